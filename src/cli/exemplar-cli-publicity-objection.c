/* exemplar-cli-publicity-objection.c
 *
 * "exemplar-cli objection add|list|resolve" and "calendar [set|clear]".
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
#include "exemplar-objection.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"

/* The longest range "calendar FILE FROM TO" lists. */
#define MAX_CALENDAR_DAYS 366

static const char objection_json_keys[] =
  N_("  id               the objection’s id, which “objection resolve” takes\n"
     "  unit, unit_name  the candidate objected to: its code and name\n"
     "  received_on      YYYY-MM-DD (a letter’s postmark date)\n"
     "  channel          phone, letter, fax, email or visit\n"
     "  from_name        the unit or person it came from, or null when anonymous\n"
     "  from_unit        true when it came from a unit\n"
     "  sealed           true when a unit’s objection carries its seal\n"
     "  contact, content strings (contact may be null)\n"
     "  accepted         true when it was received within the period and named\n"
     "  not_accepted_reason\n"
     "                   why it was not accepted, or null\n"
     "  verify_by        the verification deadline (10 working days after receipt),\n"
     "                   YYYY-MM-DD, or null when not accepted\n"
     "  outcome          pending, not_upheld, upheld_removed, upheld_rectified or\n"
     "                   republicity\n"
     "  reply, resolved_on\n"
     "                   the reply sent and its date, or null\n"
     "  attachments      array of {sha256, title}\n");

static void
objection_json (JsonBuilder       *builder,
                ExemplarObjection *objection)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_objection_get_declaration (objection));

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "id", exemplar_objection_get_id (objection));
  exemplar_cli_json_add_string (builder, "unit", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "unit_name", exemplar_unit_get_name (unit));
  exemplar_cli_json_add_string (builder, "received_on", exemplar_objection_get_received_on (objection));
  exemplar_cli_json_add_string (builder, "channel",
                                exemplar_channel_to_string (exemplar_objection_get_channel (objection)));
  exemplar_cli_json_add_string (builder, "from_name", exemplar_objection_get_from_name (objection));
  exemplar_cli_json_add_boolean (builder, "from_unit", exemplar_objection_get_from_unit (objection));
  exemplar_cli_json_add_boolean (builder, "sealed", exemplar_objection_get_sealed (objection));
  exemplar_cli_json_add_string (builder, "contact", exemplar_objection_get_contact (objection));
  exemplar_cli_json_add_string (builder, "content", exemplar_objection_get_content (objection));
  exemplar_cli_json_add_boolean (builder, "accepted", exemplar_objection_get_accepted (objection));
  exemplar_cli_json_add_string (builder, "not_accepted_reason",
                                exemplar_objection_get_not_accepted_reason (objection));
  exemplar_cli_json_add_string (builder, "verify_by", exemplar_objection_get_verify_by (objection));
  exemplar_cli_json_add_string (builder, "outcome",
                                exemplar_outcome_to_string (exemplar_objection_get_outcome (objection)));
  exemplar_cli_json_add_string (builder, "reply", exemplar_objection_get_reply (objection));
  exemplar_cli_json_add_string (builder, "resolved_on", exemplar_objection_get_resolved_on (objection));

  json_builder_set_member_name (builder, "attachments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < exemplar_objection_get_n_attachments (objection); i++)
    {
      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "sha256", exemplar_objection_get_attachment_sha256 (objection, i));
      exemplar_cli_json_add_string (builder, "title", exemplar_objection_get_attachment_title (objection, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* objection add */

static int
subcommand_objection_add (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarObjection) objection = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) attachments = NULL;
  g_autofree char *received = NULL;
  g_autofree char *from = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *channel_text = NULL;
  g_autofree char *content = NULL;
  g_autofree char *description = NULL;
  ExemplarPublicity *publicity;
  ExemplarDeclaration *declaration;
  ExemplarChannel channel;
  gboolean from_unit = FALSE;
  gboolean sealed = FALSE;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "received", 0, 0, G_OPTION_ARG_STRING, &received,
      _("When it was received, YYYY-MM-DD; for a letter, the postmark date"), _("DATE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      _("The person’s real name or the unit’s name (none: anonymous)"), _("NAME") },
    { "unit", 0, 0, G_OPTION_ARG_NONE, &from_unit, _("It comes from a unit, not a person"), NULL },
    { "sealed", 0, 0, G_OPTION_ARG_NONE, &sealed, _("With --unit: it carries the unit’s seal"), NULL },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, _("A phone number or address to reply to"), _("TEXT") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &channel_text,
      _("How it came: phone, letter, fax, email or visit"), _("CHANNEL") },
    { "content", 0, 0, G_OPTION_ARG_STRING, &content, _("What it says"), _("TEXT") },
    { "attach", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &attachments,
      _("Store this file with the objection (repeatable)"), _("PATH") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  int status;

  description =
    g_strdup_printf (_("Records an objection (异议) to the candidate UNIT (code or name) of the campaign "
                       "FILE, in the review and publicity phase. It is accepted only when received "
                       "within the current publicity period and named: a unit’s with its seal "
                       "(--unit --sealed), a person’s with the real name and a contact. Otherwise it "
                       "is recorded as not accepted, with the reason. An accepted objection must be "
                       "verified within 10 working days of receipt. --attach stores files (a scan of "
                       "the letter) in the campaign, as evidence is stored.\n"
                       "\n"
                       "Prints the objection’s id on the first line, then whether it was accepted: "
                       "the verification deadline, or why not.\n"
                       "\n"
                       "With --json, writes the objection as one object with the keys:\n"
                       "%s"
                       "\n"
                       "Exit status: 0 when recorded, accepted or not; 1 when the unit is not a "
                       "candidate, there is no period or an attachment cannot be stored; 2 on a "
                       "usage error."),
                     _(objection_json_keys));

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE UNIT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (received == NULL)
    return exemplar_cli_usage_error (argv[0], _("Say when the objection was received with --received."));
  if (channel_text == NULL)
    return exemplar_cli_usage_error (argv[0], _("Say how the objection came with --channel."));
  if (!exemplar_channel_from_string (channel_text, &channel))
    return exemplar_cli_usage_error (argv[0], _("--channel must be phone, letter, fax, email or visit, not “%s”."),
                                     channel_text);
  if (content == NULL || *g_strstrip (content) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give what the objection says with --content."));
  if (sealed && !from_unit)
    return exemplar_cli_usage_error (argv[0], _("--sealed is for a unit’s objection; add --unit."));
  if (from_unit && from == NULL)
    return exemplar_cli_usage_error (argv[0], _("--unit needs the unit’s name in --from."));
  status = exemplar_cli_publicity_check_date (argv[0], "--received", received);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);
  declaration = exemplar_cli_find_declaration (campaign, args[1]);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  objection = exemplar_publicity_add_objection (publicity, declaration, received, channel, from, from_unit,
                                                sealed, contact, content, &error);
  if (objection == NULL)
    return exemplar_cli_fail (error);

  for (guint i = 0; attachments != NULL && attachments[i] != NULL; i++)
    if (!exemplar_publicity_attach_to_objection (publicity, objection, attachments[i], &error))
      {
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, exemplar_objection_get_id (objection));

        exemplar_cli_fail (error);
        /* Translators: %s is the objection's id. */
        exemplar_cli_error (_("Objection %s was recorded without this file and the ones after it."), id);
        return EXEMPLAR_CLI_EXIT_FAILURE;
      }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      objection_json (builder, objection);
      exemplar_cli_publicity_write_json (builder);
    }
  else
    {
      exemplar_cli_print ("%" G_GINT64_FORMAT "\n", exemplar_objection_get_id (objection));
      if (exemplar_objection_get_accepted (objection))
        exemplar_cli_print (_("Accepted; to be verified by %s.\n"), exemplar_objection_get_verify_by (objection));
      else
        exemplar_cli_print (_("Not accepted: %s\n"), exemplar_objection_get_not_accepted_reason (objection));
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* objection list */

static void
objections_text (GString    *out,
                 GListModel *objections)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (g_list_model_get_n_items (objections) == 0)
    {
      g_string_append_printf (out, "%s\n", _("No objection yet."));
      return;
    }

  exemplar_cli_text_add_cells (cells, _("ID"), _("Received"), _("Unit"), _("From"), _("Channel"),
                               _("Accepted"), _("Verify by"), _("Outcome"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(ExemplarObjection) objection = g_list_model_get_item (objections, i);
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_objection_get_declaration (objection));
      const char *from = exemplar_objection_get_from_name (objection);
      gboolean accepted = exemplar_objection_get_accepted (objection);

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, exemplar_objection_get_id (objection)));
      exemplar_cli_text_add_cells (cells, exemplar_objection_get_received_on (objection),
                                   exemplar_unit_get_name (unit),
                                   from != NULL ? from : _("anonymous"),
                                   exemplar_channel_get_title (exemplar_objection_get_channel (objection)),
                                   accepted ? _("yes") : _("no"),
                                   accepted ? exemplar_objection_get_verify_by (objection) : "",
                                   accepted ? exemplar_outcome_get_title (exemplar_objection_get_outcome (objection))
                                            : exemplar_objection_get_not_accepted_reason (objection),
                                   NULL);
    }

  exemplar_cli_text_table (out, "", cells, 8, 1u << 0);
}

static int
subcommand_objection_list (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *description = NULL;
  GListModel *objections;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  int status;

  description =
    g_strdup_printf (_("Lists the objections recorded in the campaign FILE, oldest first: when they "
                       "came, about which candidate, from whom, whether they were accepted, the "
                       "verification deadline and the outcome (or why they were not accepted).\n"
                       "\n"
                       "With --json, writes an array with one object per objection, with the keys:\n"
                       "%s"
                       "\n"
                       "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error."),
                     _(objection_json_keys));

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  objections = exemplar_publicity_get_objections (exemplar_campaign_get_publicity (campaign));

  exemplar_cli_write_list (objections, json, (ExemplarCliJsonItemFunc) objection_json, objections_text);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* objection resolve */

static int
subcommand_objection_resolve (const ExemplarCliCommand  *subcommand,
                              int                        argc,
                              char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reply = NULL;
  g_autofree char *date = NULL;
  ExemplarPublicity *publicity;
  ExemplarObjection *objection;
  ExemplarOutcome outcome;
  gint64 id = 0;
  const char *start = NULL;
  const char *end = NULL;
  const GOptionEntry entries[] = {
    { "reply", 0, 0, G_OPTION_ARG_STRING, &reply, _("The reply sent to the objector"), _("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, _("When it was resolved, YYYY-MM-DD (default: today)"),
      _("DATE") },
    { NULL }
  };
  const char *description =
    _("Resolves the accepted objection ID (as “objection list” shows) of the campaign FILE "
      "after its verification, with the reply sent to the objector. OUTCOME is one of:\n"
      "  not_upheld         不成立: the candidate stays\n"
      "  upheld_removed     成立: the unit is taken off the candidate list\n"
      "  upheld_rectified   成立, rectified: the unit stays\n"
      "  republicity        a new publicity period is needed; it starts on the next\n"
      "                     working day with the same length\n"
      "Prints the outcome, and the new period when there is one.\n"
      "\n"
      "Exit status: 0 when resolved, 1 when there is no such pending objection or the "
      "campaign refuses, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE ID OUTCOME"), 3, 3,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (!exemplar_cli_parse_id (args[1], &id))
    return exemplar_cli_usage_error (argv[0], _("ID must be an objection’s number, not “%s”."), args[1]);
  if (!exemplar_outcome_from_string (args[2], &outcome) || outcome == EXEMPLAR_OUTCOME_PENDING)
    return exemplar_cli_usage_error (argv[0], _("OUTCOME must be not_upheld, upheld_removed, upheld_rectified "
                                                "or republicity, not “%s”."),
                                     args[2]);
  if (reply == NULL || *g_strstrip (reply) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give the reply sent to the objector with --reply."));
  status = exemplar_cli_publicity_check_date (argv[0], "--date", date);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);
  objection = exemplar_publicity_find_objection (publicity, id);
  if (objection == NULL)
    {
      exemplar_cli_error (_("The campaign has no objection %s; “%s objection list FILE” lists them."),
                          args[1], EXEMPLAR_CLI_PROGRAM);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  if (!exemplar_publicity_resolve_objection (publicity, objection, outcome, reply, date, &error))
    return exemplar_cli_fail (error);

  /* Translators: the objection's id, its outcome and the date. */
  exemplar_cli_print (_("Objection %s: %s (%s)\n"), args[1], exemplar_outcome_get_title (outcome),
                      exemplar_objection_get_resolved_on (objection));
  if (outcome == EXEMPLAR_OUTCOME_REPUBLICITY && exemplar_publicity_get_period (publicity, &start, NULL, &end))
    /* Translators: the first and last day of a publicity period. */
    exemplar_cli_print (_("New publicity period: %s to %s\n"), start, end);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand objection_subcommands[] = {
  { "add", N_("Record an objection to a candidate"), subcommand_objection_add },
  { "list", N_("List the objections and their outcomes"), subcommand_objection_list },
  { "resolve", N_("Record an objection’s outcome and the reply"), subcommand_objection_resolve },
};

static const ExemplarCliGroup objection_group = {
  .name = "objection",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on the objections (异议) to the candidates received during the "
                    "publicity period: recording them, whether they are accepted, their "
                    "verification and outcome."),
  .deadlines = TRUE,
  .subcommands = objection_subcommands,
  .n_subcommands = G_N_ELEMENTS (objection_subcommands),
};

int
exemplar_cli_objection (const ExemplarCliCommand  *command,
                        int                        argc,
                        char                     **argv)
{
  return exemplar_cli_run_group (&objection_group, argc, argv);
}

/* calendar */

static int
calendar_show (const ExemplarCliCommand  *command,
               int                        argc,
               char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarCalendar *calendar;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the days from FROM to TO (YYYY-MM-DD, both included, at most a year) on the "
      "working-day calendar of the campaign FILE: China’s official calendar, with its "
      "public holidays and make-up working days (调休), and the campaign’s own changes. "
      "One line a day: the date, the weekday, working or rest, and the holiday’s name.\n"
      "“exemplar-cli calendar set FILE DATE work|rest” changes a day, "
      "“exemplar-cli calendar clear FILE DATE” undoes the change.\n"
      "\n"
      "With --json, writes an array with one object per day, with the keys:\n"
      "  date             YYYY-MM-DD\n"
      "  working          true for a working day\n"
      "  note             the holiday or make-up day’s name, or null\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened or the calendar does not "
      "cover a year, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE FROM TO"), 3, 3, argc, argv, &args);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = exemplar_cli_publicity_check_date (argv[0], "FROM", args[1]);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = exemplar_cli_publicity_check_date (argv[0], "TO", args[2]);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  from = exemplar_calendar_parse_date (args[1]);
  to = exemplar_calendar_parse_date (args[2]);
  if (g_date_compare (from, to) > 0)
    return exemplar_cli_usage_error (argv[0], _("FROM must not be after TO."));
  if (g_date_days_between (from, to) >= MAX_CALENDAR_DAYS)
    return exemplar_cli_usage_error (argv[0], _("List at most %u days at a time."), MAX_CALENDAR_DAYS);

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  calendar = exemplar_publicity_get_calendar (exemplar_campaign_get_publicity (campaign));

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  for (; g_date_compare (from, to) <= 0; g_date_add_days (from, 1))
    {
      char day[16];
      char weekday[64];
      gboolean working = FALSE;
      const char *note;

      g_date_strftime (day, sizeof day, "%Y-%m-%d", from);
      if (!exemplar_calendar_is_working_day (calendar, day, &working, &error))
        return exemplar_cli_fail (error);
      note = exemplar_calendar_get_note (calendar, day);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "date", day);
      exemplar_cli_json_add_boolean (builder, "working", working);
      exemplar_cli_json_add_string (builder, "note", note);
      json_builder_end_object (builder);

      g_date_strftime (weekday, sizeof weekday, "%a", from);
      exemplar_cli_text_add_cells (cells, day, weekday, working ? _("working") : _("rest"),
                                   note != NULL ? note : "", NULL);
    }
  json_builder_end_array (builder);

  if (json)
    exemplar_cli_publicity_write_json (builder);
  else
    {
      exemplar_cli_text_table (out, "", cells, 4, 0);
      exemplar_cli_write (stdout, out->str);
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_calendar_set (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *note = NULL;
  gboolean working;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, _("What the day is, e.g. a holiday’s name"), _("TEXT") },
    { NULL }
  };
  const char *description =
    _("Makes DATE a working day (work, such as a make-up working day) or a rest day (rest, "
      "such as a holiday) in the calendar of the campaign FILE, whatever the shipped "
      "calendar says; for a year the shipped calendar does not cover yet, or a correction. "
      "The end of a publicity period that is not over yet is computed again. Recorded in "
      "the audit log; refused once the campaign is closed.\n"
      "\n"
      "Exit status: 0 when set, 1 when the campaign refuses, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE DATE work|rest"), 3, 3,
                               argc, argv, &args);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = exemplar_cli_publicity_check_date (argv[0], "DATE", args[1]);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (g_str_equal (args[2], "work"))
    working = TRUE;
  else if (g_str_equal (args[2], "rest"))
    working = FALSE;
  else
    return exemplar_cli_usage_error (argv[0], _("Say work or rest, not “%s”."), args[2]);

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_publicity_set_calendar_day (exemplar_campaign_get_publicity (campaign), args[1], working,
                                            note, &error))
    return exemplar_cli_fail (error);

  /* Translators: a date, then "working" or "rest". */
  exemplar_cli_print (_("%s: %s\n"), args[1], working ? _("working") : _("rest"));
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_calendar_clear (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarCalendar *calendar;
  gboolean working = FALSE;
  const char *description =
    _("Removes the campaign’s own change to DATE in the calendar of the campaign FILE, so "
      "the shipped calendar applies again, and prints what the day is now.\n"
      "\n"
      "Exit status: 0 when removed, 1 when the campaign refuses, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE DATE"), 2, 2, argc, argv, &args);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = exemplar_cli_publicity_check_date (argv[0], "DATE", args[1]);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  calendar = exemplar_publicity_get_calendar (exemplar_campaign_get_publicity (campaign));

  if (!exemplar_publicity_clear_calendar_day (exemplar_campaign_get_publicity (campaign), args[1], &error) ||
      !exemplar_calendar_is_working_day (calendar, args[1], &working, &error))
    return exemplar_cli_fail (error);

  exemplar_cli_print (_("%s: %s\n"), args[1], working ? _("working") : _("rest"));
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand calendar_subcommands[] = {
  { "set", N_("Make a day a working day or a rest day"), subcommand_calendar_set },
  { "clear", N_("Undo the campaign’s change to a day"), subcommand_calendar_clear },
};

static const ExemplarCliGroup calendar_group = {
  .name = "calendar",
  .usage = N_("[SUBCOMMAND] [OPTION…] FILE …"),
  .description = N_("Lists the working days and rest days that publicity periods and "
                    "verification deadlines are counted on, or changes one."),
  .deadlines = FALSE,
  .subcommands = calendar_subcommands,
  .n_subcommands = G_N_ELEMENTS (calendar_subcommands),
};

int
exemplar_cli_calendar (const ExemplarCliCommand  *command,
                       int                        argc,
                       char                     **argv)
{
  return exemplar_cli_publicity_run (&calendar_group, calendar_show, command, argc, argv);
}
