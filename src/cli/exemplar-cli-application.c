/* exemplar-cli-application.c
 *
 * "exemplar-cli application show|set|self-score|submit|return|withdraw".
 * Every rule (limits, bounds, locks, deadlines) is the model's; this file
 * only turns arguments into calls and results into text or JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-application.h"
#include "exemplar-cli-common.h"
#include "exemplar-declaration.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

/* Every subcommand starts with FILE UNIT, and says so before anything else
 * is missing. */
static const ExemplarCliLeading file_unit = {
  2, N_("Give the campaign FILE and the UNIT’s code.")
};

/* Opens FILE and finds UNIT's application; prints why when it cannot. */
static ExemplarDeclaration *
open_declaration (const char        *path,
                  const char        *unit,
                  ExemplarCampaign **campaign)
{
  *campaign = exemplar_cli_open_campaign (path);
  if (*campaign == NULL)
    return NULL;

  return exemplar_cli_find_declaration (*campaign, unit);
}

/* Subcommands */

static int
subcommand_show (const ExemplarCliCommand  *subcommand,
                 int                        argc,
                 char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the application of UNIT (its code, such as 310105001, or its name) in the "
      "campaign FILE: its state, every field of the application form, the self-score of "
      "every scored item with the totals, the evidence, the items that lack the evidence "
      "they require, whether it can still be edited and, if not, why.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  unit             {code, name, name_en}\n"
      "  state            not_applied, draft, submitted, under_evaluation, evaluated,\n"
      "                   recommended, candidate, named, withdrawn, not_recommended\n"
      "                   or objection_upheld\n"
      "  state_reason     why it was returned or withdrawn, or null\n"
      "  submitted_at     when it was submitted, ISO 8601 UTC, or null\n"
      "  editable         true while the unit may still change it\n"
      "  editable_reason  why it may not, or null\n"
      "  fields           the form in order: array of {key, section, title, type (text,\n"
      "                   number, decimal, narrative, date or boolean), required,\n"
      "                   max_chars (null when unlimited), value (the stored text, or\n"
      "                   null when empty; a confirmed boolean is \"true\")}\n"
      "  self_scores      every scored item and bonus item in rubric order: array of\n"
      "                   {code, name, kind (item or bonus), points, self_score (null\n"
      "                   when not scored), note}\n"
      "  totals           every branch in rubric order: array of {code, name, kind,\n"
      "                   points, self_total}; the bonus branch’s is capped\n"
      "  self_total       the grand total: items plus bonus up to the cap\n"
      "  evidence_count   the number of evidence files attached\n"
      "  missing_evidence items that require evidence and have none: array of\n"
      "                   {code, name}\n"
      "  missing          what stops a submission now, one sentence each\n"
      "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened or has no such unit, "
      "2 on a usage error.");
  const char *parameter = _("FILE UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &file_unit, entries, description, parameter,
                                       2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (json)
    {
      g_autofree char *data = exemplar_cli_application_json (campaign, declaration);

      exemplar_cli_write (stdout, data);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      exemplar_cli_application_text (text, campaign, declaration);
      exemplar_cli_write (stdout, text->str);
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_set (const ExemplarCliCommand  *subcommand,
                int                        argc,
                char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GString) field_list = g_string_new (NULL);
  g_autofree char *description = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  const ExemplarFormField *fields;
  const char *reason = NULL;
  gboolean valid = TRUE;
  guint n_fields;
  const char *parameter = _("FILE UNIT FIELD=VALUE…");
  int status;

  fields = exemplar_form_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (field_list, "  %-26s %s, %s\n", fields[i].key,
                            exemplar_form_field_get_title (&fields[i]),
                            exemplar_form_field_type_to_string (fields[i].type));

  description =
    g_strdup_printf (_("Sets fields of UNIT’s application form in the campaign FILE, each "
                       "given as FIELD=VALUE; an empty VALUE clears the field. All values are "
                       "checked first: if any is refused, nothing is stored. Text counts "
                       "characters, not bytes; numbers are whole and 0 or more; decimals have "
                       "at most two places; dates are YYYY-MM-DD; the commitment is true or "
                       "false. Each field stored is one audited change.\n"
                       "\n"
                       "The fields:\n"
                       "%s"
                       "\n"
                       "Exit status: 0 when every field was stored, 1 when a value is refused "
                       "or the application may no longer be changed (each reason is printed), "
                       "2 on a usage error such as an unknown field."),
                     field_list->str);

  status = exemplar_cli_parse_leading (subcommand, &file_unit, NULL, description, parameter,
                                       3, G_MAXUINT, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  for (guint i = 2; args[i] != NULL; i++)
    {
      const char *equals = strchr (args[i], '=');
      g_autofree char *key = NULL;

      if (equals == NULL)
        return exemplar_cli_usage_error (argv[0], _("“%s” is not FIELD=VALUE."), args[i]);

      key = g_strndup (args[i], equals - args[i]);
      if (exemplar_form_find_field (key) == NULL)
        return exemplar_cli_usage_error (argv[0], _("The application form has no field “%s”."), key);
      for (guint j = 0; j < keys->len; j++)
        if (g_str_equal (g_ptr_array_index (keys, j), key))
          return exemplar_cli_usage_error (argv[0], _("The field “%s” is given twice."), key);

      g_ptr_array_add (keys, g_steal_pointer (&key));
      g_ptr_array_add (values, (gpointer) (equals + 1));
    }

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_declaration_get_editable (declaration, &reason))
    {
      exemplar_cli_error ("%s", reason);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  /* All or nothing: every value is judged before the first is stored. */
  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!exemplar_form_field_validate (exemplar_form_find_field (g_ptr_array_index (keys, i)),
                                         g_ptr_array_index (values, i), &error))
        {
          exemplar_cli_error ("%s", error->message);
          valid = FALSE;
        }
    }
  if (!valid)
    {
      exemplar_cli_error ("%s", _("Nothing was stored."));
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *key = g_ptr_array_index (keys, i);

      if (!exemplar_declaration_set_field (declaration, key, g_ptr_array_index (values, i), &error))
        {
          exemplar_cli_error (_("The field “%s” could not be stored: %s"), key, error->message);
          if (i > 0)
            exemplar_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                      "The %u field before it was stored.",
                                      "The %u fields before it were stored.", i),
                         i);
          return EXEMPLAR_CLI_EXIT_FAILURE;
        }
    }

  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: %u field stored.\n",
                                       "%s: %u fields stored.\n", keys->len),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                          keys->len);
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_self_score (const ExemplarCliCommand  *subcommand,
                       int                        argc,
                       char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *total = NULL;
  g_autofree char *max = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *leaf;
  gboolean clear = FALSE;
  gboolean note_only;
  gboolean stored;
  gint64 points = 0;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, _("Say what the score rests on"), _("TEXT") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, _("Remove the self-score instead (no POINTS)"), NULL },
    { NULL }
  };
  const char *description =
    _("Records UNIT’s self-assessed POINTS for the scored item INDICATOR (its rubric "
      "code, such as 1.1.1) in the campaign FILE, with an optional note. Points go from 0 "
      "to the item’s points in steps of 0.5; bonus items are self-scored too, and their "
      "total is capped. Branches and veto items take no self-score.\n"
      "\n"
      "With - as POINTS, only the --note is stored (an empty TEXT removes it) and the "
      "item’s points stay as they are, or unset: a note may come before the score, and "
      "an item with a note but no points still counts as not self-scored. --clear removes "
      "the points and keeps the note.\n"
      "\n"
      "Prints the item’s self-score and the new total.\n"
      "\n"
      "Exit status: 0 when stored, 1 when the points are refused, the unit or indicator "
      "is unknown or the application may no longer be changed, 2 on a usage error.");
  const char *parameter = _("FILE UNIT INDICATOR POINTS");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &file_unit, entries, description, parameter,
                                       3, 4, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (!clear && g_strv_length (args) != 4)
    return exemplar_cli_usage_error (argv[0], _("Give the POINTS, or --clear."));
  if (clear && (g_strv_length (args) != 3 || note != NULL))
    return exemplar_cli_usage_error (argv[0], _("--clear takes no POINTS and no --note."));
  note_only = !clear && g_strcmp0 (args[3], "-") == 0;
  if (note_only && note == NULL)
    return exemplar_cli_usage_error (argv[0], _("With - as POINTS, give the --note to store."));

  if (!clear && !note_only && !exemplar_points_parse (args[3], &points, &error))
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  leaf = exemplar_cli_find_indicator (campaign, args[2]);
  if (leaf == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (clear)
    stored = exemplar_declaration_clear_self_score (declaration, leaf, &error);
  else if (note_only)
    stored = exemplar_declaration_set_self_note (declaration, leaf, note, &error);
  else
    stored = exemplar_declaration_set_self_score (declaration, leaf, points, note, &error);
  if (!stored)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  max = exemplar_points_format (exemplar_indicator_get_points (leaf));
  if (!exemplar_declaration_get_self_score (declaration, leaf, &points, NULL))
    /* Translators: an item's code, then the new self-assessed total. */
    line = g_strdup_printf (_("%s: no self-score; total %s\n"), exemplar_indicator_get_code (leaf), total);
  else
    {
      g_autofree char *given = exemplar_points_format (points);

      /* Translators: an item's code, its self-score, its points, then the new total. */
      line = g_strdup_printf (_("%s: %s of %s; total %s\n"), exemplar_indicator_get_code (leaf),
                              given, max, total);
    }
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_submit (const ExemplarCliCommand  *subcommand,
                   int                        argc,
                   char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *total = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  const char *description =
    _("Submits UNIT’s application in the campaign FILE. It goes in only when every "
      "required field is filled in, the truthfulness commitment is confirmed, every "
      "scored item has a self-score and the scan of the sealed opinion page is "
      "attached; otherwise each gap is listed, one per line, and nothing changes. A "
      "submitted application is locked; the office can return it for correction.\n"
      "\n"
      "Exit status: 0 when submitted, 1 when something is missing or the application "
      "cannot be submitted now (for example after the deadline), 2 on a usage error.");
  const char *parameter = _("FILE UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &file_unit, NULL, description, parameter,
                                       2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_declaration_submit (declaration, &missing, &error))
    return exemplar_cli_fail_listing (error, missing);

  total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  /* Translators: a unit's name, then its self-assessed total. */
  line = g_strdup_printf (_("%s: submitted, self-assessed total %s.\n"),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)), total);
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
decide (const ExemplarCliCommand  *subcommand,
        const char                *description,
        gboolean                   withdraw,
        int                        argc,
        char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, _("Why (required; it is recorded)"), _("TEXT") },
    { NULL }
  };
  gboolean done;
  const char *parameter = _("FILE UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &file_unit, entries, description, parameter,
                                       2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (reason == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give the reason with --reason."));

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (withdraw)
    done = exemplar_declaration_withdraw (declaration, reason, &error);
  else
    done = exemplar_declaration_return_for_correction (declaration, reason, &error);
  if (!done)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  /* Translators: a unit's name, then its application's new state. */
  line = g_strdup_printf (_("%s: %s.\n"),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                          exemplar_state_get_title (exemplar_declaration_get_state (declaration)));
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_return (const ExemplarCliCommand  *subcommand,
                   int                        argc,
                   char                     **argv)
{
  return decide (subcommand,
                 _("For the office: returns UNIT’s submitted application in the campaign FILE "
                   "for correction. It becomes a draft again, which the unit can change while "
                   "the declaration phase and its deadline allow. Possible during the "
                   "declaration and evaluation phases. The reason is recorded in the audit log "
                   "and shown with the application.\n"
                   "\n"
                   "Exit status: 0 when returned, 1 when the application is not submitted or "
                   "the phase does not allow it, 2 on a usage error such as a missing "
                   "--reason."),
                 FALSE, argc, argv);
}

static int
subcommand_withdraw (const ExemplarCliCommand  *subcommand,
                     int                        argc,
                     char                     **argv)
{
  return decide (subcommand,
                 _("For the office: records that UNIT withdraws its application in the "
                   "campaign FILE, at any stage before it is named. The reason is recorded in "
                   "the audit log and shown with the application.\n"
                   "\n"
                   "Exit status: 0 when recorded, 1 when the application is already named, "
                   "withdrawn or turned down, 2 on a usage error such as a missing --reason."),
                 TRUE, argc, argv);
}

static const ExemplarCliCommand subcommands[] = {
  { "show", N_("Show a unit’s application form, self-assessment and evidence"), subcommand_show },
  { "set", N_("Fill in fields of a unit’s application form"), subcommand_set },
  { "self-score", N_("Record a unit’s self-assessed points for an item"), subcommand_self_score },
  { "submit", N_("Submit a unit’s application, or list what is missing"), subcommand_submit },
  { "return", N_("Return a submitted application for correction"), subcommand_return },
  { "withdraw", N_("Record the withdrawal of an application"), subcommand_withdraw },
};

static const ExemplarCliGroup group = {
  .name = "application",
  .usage = N_("SUBCOMMAND [OPTION…] FILE UNIT …"),
  .description = N_("Works on one applicant unit’s application (申报表). UNIT is the unit’s code, "
                    "such as 310105001, or its name."),
  .deadlines = TRUE,
  .subcommands = subcommands,
  .n_subcommands = G_N_ELEMENTS (subcommands),
};

int
exemplar_cli_application (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv)
{
  return exemplar_cli_run_group (&group, argc, argv);
}
