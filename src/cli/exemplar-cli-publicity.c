/* exemplar-cli-publicity.c
 *
 * "exemplar-cli phase [advance|set]", "recommend", "opinion" and
 * "candidates [fix]", and what the exemplar-cli-publicity*.c files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-calendar.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-publicity.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-document.h"
#include "exemplar-error.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"

/* Shared helpers */

int
exemplar_cli_publicity_run (const ExemplarCliGroup    *group,
                            ExemplarCliHandler         fallback,
                            const ExemplarCliCommand  *command,
                            int                        argc,
                            char                     **argv)
{
  for (guint i = 0; argc >= 2 && i < group->n_subcommands; i++)
    if (g_str_equal (group->subcommands[i].name, argv[1]))
      return exemplar_cli_run_group (group, argc, argv);

  return fallback (command, argc, argv);
}

int
exemplar_cli_publicity_check_date (const char *command,
                                   const char *option,
                                   const char *text)
{
  g_autoptr(GDate) date = NULL;

  if (text == NULL)
    return EXEMPLAR_CLI_EXIT_SUCCESS;

  date = exemplar_calendar_parse_date (text);
  if (date == NULL)
    /* Translators: %s is an option such as --date, then what was given. */
    return exemplar_cli_usage_error (command, _("%s takes a date as YYYY-MM-DD, not “%s”."), option, text);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
check_output (const char *command,
              const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".html"))
    return EXEMPLAR_CLI_EXIT_SUCCESS;

  return exemplar_cli_usage_error (command, _("OUT must end in .pdf or .html, not “%s”."), path);
}

static int
write_document (ExemplarDocument *document,
                const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *display_name = NULL;
  gboolean written;

  if (g_str_has_suffix (lower, ".pdf"))
    written = exemplar_document_write_pdf (document, path, &error);
  else
    written = exemplar_document_write_html (document, path, &error);
  if (!written)
    return exemplar_cli_fail (error);

  display_name = g_filename_display_name (path);
  /* Translators: a file name. */
  exemplar_cli_print (_("Wrote %s.\n"), display_name);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

int
exemplar_cli_publicity_export (const ExemplarCliCommand  *subcommand,
                               const char                *description,
                               ExemplarCliPublicityBuild  build,
                               int                        argc,
                               char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE OUT"), 2, 2, argc, argv, &args);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = check_output (argv[0], args[1]);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  document = build (exemplar_campaign_get_publicity (campaign), &error);
  if (document == NULL)
    return exemplar_cli_fail (error);

  return write_document (document, args[1]);
}

static void
unit_json (JsonBuilder         *builder,
           ExemplarDeclaration *declaration)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (unit));
  json_builder_end_object (builder);
}

char *
exemplar_cli_publicity_describe (ExemplarDeclaration *declaration)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);

  /* Translators: a unit's name, then its code. */
  return g_strdup_printf (_("%s (%s)"), exemplar_unit_get_name (unit), exemplar_unit_get_code (unit));
}

void
exemplar_cli_publicity_list_units (GString    *out,
                                   GPtrArray  *declarations,
                                   const char *none)
{
  if (declarations->len == 0)
    g_string_append_printf (out, "  %s\n", none);

  for (guint i = 0; i < declarations->len; i++)
    {
      g_autofree char *unit = exemplar_cli_publicity_describe (g_ptr_array_index (declarations, i));

      g_string_append_printf (out, "  %u. %s\n", i + 1, unit);
    }
}

void
exemplar_cli_publicity_units_json (JsonBuilder *builder,
                                   const char  *member,
                                   GPtrArray   *declarations)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < declarations->len; i++)
    unit_json (builder, g_ptr_array_index (declarations, i));
  json_builder_end_array (builder);
}

void
exemplar_cli_publicity_write_json (JsonBuilder *builder)
{
  g_autofree char *data = exemplar_cli_json_to_data (builder);

  exemplar_cli_write (stdout, data);
}

/* phase */

static char *
describe_deadline (ExemplarCampaign *campaign,
                   ExemplarPhase     phase)
{
  const char *deadline = exemplar_campaign_get_deadline (campaign, phase);
  int days = 0;

  if (deadline == NULL || !exemplar_campaign_get_days_left (campaign, phase, &days))
    return g_strdup (_("none"));
  if (days == 0)
    /* Translators: a deadline, YYYY-MM-DD. */
    return g_strdup_printf (_("%s (today)"), deadline);
  if (days > 0)
    /* Translators: a deadline, YYYY-MM-DD, then the days until it. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d day left)", "%s (%d days left)", days),
                            deadline, days);
  /* Translators: a deadline, YYYY-MM-DD, then the days since it. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (passed %d day ago)", "%s (passed %d days ago)", -days),
                          deadline, -days);
}

static void
phase_json (ExemplarCampaign *campaign,
            GPtrArray        *missing)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *today = exemplar_campaign_dup_today (campaign);
  ExemplarPhase phase = exemplar_campaign_get_phase (campaign);
  int days = 0;

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "phase", exemplar_phase_to_string (phase));
  exemplar_cli_json_add_string (builder, "title", exemplar_phase_get_title (phase));
  exemplar_cli_json_add_string (builder, "next",
                                phase < EXEMPLAR_PHASE_CLOSED ? exemplar_phase_to_string (phase + 1) : NULL);
  exemplar_cli_json_add_string (builder, "today", today);
  exemplar_cli_json_add_string (builder, "deadline", exemplar_campaign_get_deadline (campaign, phase));
  if (exemplar_campaign_get_days_left (campaign, phase, &days))
    exemplar_cli_json_add_int (builder, "days_left", days);
  else
    exemplar_cli_json_add_null (builder, "days_left");
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (missing, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  exemplar_cli_publicity_write_json (builder);
}

static void
phase_text (ExemplarCampaign *campaign,
            GPtrArray        *missing,
            const char       *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *deadline = NULL;
  ExemplarPhase phase = exemplar_campaign_get_phase (campaign);

  deadline = describe_deadline (campaign, phase);
  g_string_append_printf (out, _("Phase:     %s (%s)\n"), exemplar_phase_get_title (phase),
                          exemplar_phase_to_string (phase));
  g_string_append_printf (out, _("Deadline:  %s\n"), deadline);

  if (phase == EXEMPLAR_PHASE_CLOSED)
    g_string_append_printf (out, "%s\n", _("The campaign is closed."));
  else if (missing->len == 0)
    g_string_append_printf (out, _("Nothing is missing: “%s phase advance %s” moves on to %s.\n"),
                            EXEMPLAR_CLI_PROGRAM, path, exemplar_phase_get_title (phase + 1));
  else
    {
      g_string_append_printf (out, _("Missing before %s:\n"), exemplar_phase_get_title (phase + 1));
      for (guint i = 0; i < missing->len; i++)
        g_string_append_printf (out, "  - %s\n", (const char *) g_ptr_array_index (missing, i));
    }

  exemplar_cli_write (stdout, out->str);
}

static int
phase_show (const ExemplarCliCommand  *command,
            int                        argc,
            char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the phase of the campaign FILE (declaration → evaluation → review and "
      "publicity → naming → closed), its deadline with the days left, and what is still "
      "missing before the campaign can move on: applications in draft, sheets not "
      "submitted, flags not reviewed, the recommended list, member units’ opinions, the "
      "candidate list, the publicity period, objections not resolved, the naming decision. "
      "“exemplar-cli phase advance FILE” moves on; “exemplar-cli phase set FILE PHASE "
      "--reason TEXT” moves back.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  phase            declaration, evaluation, publicity, naming or closed\n"
      "  title            the phase’s name, translated\n"
      "  next             the phase “phase advance” moves to, or null when closed\n"
      "  today            the date deadlines are judged against, YYYY-MM-DD\n"
      "  deadline         the phase’s deadline, YYYY-MM-DD, or null\n"
      "  days_left        days from today to the deadline, negative once passed, or\n"
      "                   null\n"
      "  missing          what is still missing, array of strings (empty when nothing)\n"
      "\n"
      "Deadlines are judged against today’s date, or the date in the EXEMPLAR_TODAY "
      "environment variable (YYYY-MM-DD) when it is set.\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  missing = exemplar_campaign_list_missing (campaign, &error);
  if (missing == NULL)
    return exemplar_cli_fail (error);

  if (json)
    phase_json (campaign, missing);
  else
    phase_text (campaign, missing, args[0]);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static void
print_phase (ExemplarCampaign *campaign)
{
  ExemplarPhase phase = exemplar_campaign_get_phase (campaign);

  exemplar_cli_print (_("Phase:     %s (%s)\n"), exemplar_phase_get_title (phase),
                      exemplar_phase_to_string (phase));
}

static int
subcommand_phase_advance (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "override", 0, 0, G_OPTION_ARG_STRING, &reason,
      _("Move on although something is missing, for this reason (recorded)"), _("REASON") },
    { NULL }
  };
  const char *description =
    _("Moves the campaign FILE to its next phase and prints the new one. When something "
      "is still missing (see “exemplar-cli phase FILE”), the campaign stays where it is, "
      "the missing things are listed and the exit status is 1, unless --override gives "
      "the reason to move on anyway; the reason and what it skipped are recorded in the "
      "audit log. Each phase locks what the previous one decided.\n"
      "\n"
      "Exit status: 0 when the campaign moved on, 1 when it did not, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (reason != NULL && *g_strstrip (reason) == '\0')
    return exemplar_cli_usage_error (argv[0], _("--override needs a reason."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_campaign_advance_phase (campaign, reason, &error))
    {
      exemplar_cli_fail (error);
      if (g_error_matches (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED))
        exemplar_cli_error (_("Complete what is missing, or give --override REASON to move on anyway."));
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  print_phase (campaign);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_phase_set (const ExemplarCliCommand  *subcommand,
                      int                        argc,
                      char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  ExemplarPhase current;
  ExemplarPhase phase;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      _("Why the campaign goes back (required, recorded)"), _("TEXT") },
    { NULL }
  };
  const char *description =
    _("Moves the campaign FILE back to the earlier phase PHASE (declaration, evaluation, "
      "publicity, naming) and prints the new one, reopening what the later phases "
      "locked; the campaign then advances through them again with “exemplar-cli phase "
      "advance FILE” and its checks. Going back needs --reason; the reason and the "
      "phases are recorded in the audit log. Moving forward is refused here: “phase "
      "advance” checks what is missing first.\n"
      "\n"
      "Exit status: 0 when the campaign is in PHASE, 1 when it refused (no reason, a "
      "later phase, a read-only file), 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE PHASE"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (!exemplar_phase_from_string (args[1], &phase))
    return exemplar_cli_usage_error (argv[0], _("PHASE must be declaration, evaluation, publicity, naming "
                                                "or closed, not “%s”."), args[1]);
  if (reason != NULL && *g_strstrip (reason) == '\0')
    return exemplar_cli_usage_error (argv[0], _("--reason needs a reason."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  current = exemplar_campaign_get_phase (campaign);
  if (phase > current)
    {
      /* Translators: the phase asked for, then the program's name and
       * FILE, as typed. */
      exemplar_cli_error (_("“phase set” only moves a campaign back. To move on to “%s”, run “%s phase "
                            "advance %s”, which checks what is still missing first."),
                          exemplar_phase_get_title (phase), EXEMPLAR_CLI_PROGRAM, args[0]);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  if (!exemplar_campaign_set_phase (campaign, phase, reason, &error))
    {
      exemplar_cli_fail (error);
      if (phase < current && reason == NULL)
        exemplar_cli_error (_("Give --reason TEXT to go back."));
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  print_phase (campaign);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand phase_subcommands[] = {
  { "advance", N_("Move the campaign to its next phase"), subcommand_phase_advance },
  { "set", N_("Move the campaign back to an earlier phase, with a reason"), subcommand_phase_set },
};

static const ExemplarCliGroup phase_group = {
  .name = "phase",
  .usage = N_("[SUBCOMMAND] [OPTION…] FILE"),
  .description = N_("Shows the campaign’s phase and what is missing before it can move on, "
                    "moves it on, or moves it back with a reason."),
  .deadlines = TRUE,
  .subcommands = phase_subcommands,
  .n_subcommands = G_N_ELEMENTS (phase_subcommands),
};

int
exemplar_cli_phase (const ExemplarCliCommand  *command,
                    int                        argc,
                    char                     **argv)
{
  return exemplar_cli_publicity_run (&phase_group, phase_show, command, argc, argv);
}

/* recommend */

int
exemplar_cli_recommend (const ExemplarCliCommand  *command,
                        int                        argc,
                        char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) declarations = g_ptr_array_new ();
  g_autoptr(GPtrArray) recommended = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *rationale = NULL;
  ExemplarPublicity *publicity;
  const GOptionEntry entries[] = {
    { "rationale", 0, 0, G_OPTION_ARG_STRING, &rationale,
      _("Why the panel recommends these units (recorded)"), _("TEXT") },
    { NULL }
  };
  const char *description =
    _("Records the expert panel’s recommended list (建议名单) of the campaign FILE: the "
      "units UNIT… (codes or names), in the panel’s order, replacing any earlier list. "
      "The list never holds more units than the quota, and only ranked units (submitted "
      "sheets, no veto) at or above the pass line, when there is one, can be on it; the "
      "other evaluated units become not recommended. Allowed in the review and publicity "
      "phase, until the candidate list is fixed. Prints the list.\n"
      "\n"
      "Exit status: 0 when recorded, 1 when a unit is unknown or the campaign refuses "
      "the list (naming the unit and the rule), 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE UNIT…"), 2, G_MAXUINT,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);

  for (guint i = 1; args[i] != NULL; i++)
    {
      ExemplarDeclaration *declaration = exemplar_cli_find_declaration (campaign, args[i]);

      if (declaration == NULL)
        return EXEMPLAR_CLI_EXIT_FAILURE;
      g_ptr_array_add (declarations, declaration);
    }

  if (!exemplar_publicity_recommend (publicity, (ExemplarDeclaration **) declarations->pdata,
                                     declarations->len, rationale, &error))
    return exemplar_cli_fail (error);

  recommended = exemplar_publicity_get_recommended (publicity);
  g_string_append_printf (out, "%s\n", _("Recommended, in the panel’s order:"));
  exemplar_cli_publicity_list_units (out, recommended, _("none"));
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* opinion */

int
exemplar_cli_opinion (const ExemplarCliCommand  *command,
                      int                        argc,
                      char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  const char *given_on = NULL;
  ExemplarOpinion opinion;
  ExemplarUnit *member;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      _("Why the member unit holds this opinion (needed to disagree)"), _("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      _("When the opinion was given, YYYY-MM-DD (default: today)"), _("DATE") },
    { NULL }
  };
  const char *description =
    _("Records the opinion of the member unit MEMBER_UNIT (成员单位: its code, such as "
      "“mz”, or its name, such as “区民政局”) on the recommended list of the campaign "
      "FILE: agree (同意), disagree (不同意, with --reason) or none (无意见), replacing "
      "an earlier one. Needs a recommended list; allowed until the candidate list is "
      "fixed. “exemplar-cli info FILE” lists the member units. Prints the opinion as "
      "recorded.\n"
      "\n"
      "Exit status: 0 when recorded, 1 when the unit is unknown or the campaign refuses, "
      "2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE MEMBER_UNIT agree|disagree|none"),
                               3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (!exemplar_opinion_from_string (args[2], &opinion))
    return exemplar_cli_usage_error (argv[0], _("The opinion must be agree, disagree or none, not “%s”."),
                                     args[2]);
  status = exemplar_cli_publicity_check_date (argv[0], "--date", date);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  member = exemplar_cli_find_member_unit (campaign, args[1]);
  if (member == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_publicity_set_opinion (exemplar_campaign_get_publicity (campaign), member, opinion,
                                       reason, date, &error))
    return exemplar_cli_fail (error);

  exemplar_publicity_get_opinion (exemplar_campaign_get_publicity (campaign), member, NULL, NULL, &given_on);
  /* Translators: a member unit, its opinion and the date it was given. */
  exemplar_cli_print (_("%s: %s (%s)\n"), exemplar_unit_get_name (member), exemplar_opinion_get_title (opinion),
                      given_on != NULL ? given_on : "");
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* candidates */

static void
candidates_json (ExemplarCampaign *campaign)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  GListModel *members = exemplar_campaign_get_member_units (campaign);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) recommended = exemplar_publicity_get_recommended (publicity);
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (publicity);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "quota", exemplar_campaign_get_quota (campaign));
  exemplar_cli_publicity_units_json (builder, "recommended", recommended);
  exemplar_cli_json_add_string (builder, "rationale", exemplar_publicity_get_rationale (publicity));

  json_builder_set_member_name (builder, "opinions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);
      ExemplarOpinion opinion = EXEMPLAR_OPINION_NONE;
      const char *reason = NULL;
      const char *given_on = NULL;
      gboolean given;

      given = exemplar_publicity_get_opinion (publicity, member, &opinion, &reason, &given_on);
      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (member));
      exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (member));
      exemplar_cli_json_add_string (builder, "opinion", given ? exemplar_opinion_to_string (opinion) : NULL);
      exemplar_cli_json_add_string (builder, "reason", given ? reason : NULL);
      exemplar_cli_json_add_string (builder, "date", given ? given_on : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  exemplar_cli_json_add_boolean (builder, "fixed", exemplar_publicity_get_fixed (publicity));
  exemplar_cli_publicity_units_json (builder, "candidates", candidates);
  json_builder_end_object (builder);

  exemplar_cli_publicity_write_json (builder);
}

static void
candidates_text (ExemplarCampaign *campaign)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  GListModel *members = exemplar_campaign_get_member_units (campaign);
  g_autoptr(GPtrArray) recommended = exemplar_publicity_get_recommended (publicity);
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (publicity);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *rationale = exemplar_publicity_get_rationale (publicity);

  g_string_append_printf (out, _("Recommended (quota %u):\n"), exemplar_campaign_get_quota (campaign));
  exemplar_cli_publicity_list_units (out, recommended, _("none yet"));
  if (rationale != NULL)
    g_string_append_printf (out, _("Rationale: %s\n"), rationale);

  g_string_append_printf (out, "\n%s\n", _("Member units’ opinions:"));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);
      ExemplarOpinion opinion = EXEMPLAR_OPINION_NONE;
      const char *reason = NULL;
      const char *given_on = NULL;
      gboolean given;

      given = exemplar_publicity_get_opinion (publicity, member, &opinion, &reason, &given_on);
      exemplar_cli_text_add_cells (cells, exemplar_unit_get_code (member), exemplar_unit_get_name (member),
                                   given ? exemplar_opinion_get_title (opinion) : _("not given"),
                                   given ? given_on : "", given && reason != NULL ? reason : "", NULL);
    }
  exemplar_cli_text_table (out, "  ", cells, 5, 0);

  g_string_append_printf (out, "\n%s\n", exemplar_publicity_get_fixed (publicity)
                                         ? _("Candidate list (fixed), in official order:")
                                         : _("Candidate list (not fixed yet):"));
  exemplar_cli_publicity_list_units (out, candidates, _("none yet"));

  exemplar_cli_write (stdout, out->str);
}

static int
candidates_show (const ExemplarCliCommand  *command,
                 int                        argc,
                 char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the review of the campaign FILE: the expert panel’s recommended list and its "
      "rationale, each member unit’s opinion, and the candidate list (拟命名名单). "
      "“exemplar-cli candidates fix FILE” fixes the candidate list.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  quota            how many units may be named, integer\n"
      "  recommended      the recommended list in the panel’s order: array of\n"
      "                   {code, name}\n"
      "  rationale        string, or null\n"
      "  opinions         every member unit, in order: array of {code, name, opinion\n"
      "                   (agree, disagree, none, or null when not given), reason,\n"
      "                   date (YYYY-MM-DD)}\n"
      "  fixed            true once the candidate list is fixed\n"
      "  candidates       the units still on the candidate list, in official order:\n"
      "                   array of {code, name}\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (json)
    candidates_json (campaign);
  else
    candidates_text (campaign);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_candidates_fix (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarPublicity *publicity;
  const char *description =
    _("Fixes the candidate list (拟命名名单) of the campaign FILE from the recommended "
      "list, once every member unit has given its opinion; the recommended list and the "
      "opinions are closed from then on. Prints the list in official order.\n"
      "\n"
      "Exit status: 0 when fixed, 1 when the campaign refuses (naming what is missing), "
      "2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);

  if (!exemplar_publicity_fix_candidates (publicity, &error))
    return exemplar_cli_fail (error);

  candidates = exemplar_publicity_get_candidates (publicity);
  g_string_append_printf (out, "%s\n", _("Candidate list (fixed), in official order:"));
  exemplar_cli_publicity_list_units (out, candidates, _("none"));
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand candidates_subcommands[] = {
  { "fix", N_("Fix the candidate list from the recommended list"), subcommand_candidates_fix },
};

static const ExemplarCliGroup candidates_group = {
  .name = "candidates",
  .usage = N_("[SUBCOMMAND] [OPTION…] FILE"),
  .description = N_("Shows the recommended list, the member units’ opinions and the candidate "
                    "list, or fixes the candidate list."),
  .deadlines = FALSE,
  .subcommands = candidates_subcommands,
  .n_subcommands = G_N_ELEMENTS (candidates_subcommands),
};

int
exemplar_cli_candidates (const ExemplarCliCommand  *command,
                         int                        argc,
                         char                     **argv)
{
  return exemplar_cli_publicity_run (&candidates_group, candidates_show, command, argc, argv);
}
