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
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

#define PROGRAM_NAME "exemplar-cli"
#define COMMAND_NAME "application"

enum
{
  CLI_EXIT_SUCCESS = 0,
  CLI_EXIT_FAILURE = 1,
  CLI_EXIT_USAGE   = 2,
};

typedef struct _Subcommand Subcommand;

typedef int (*SubcommandFunc) (const Subcommand  *subcommand,
                               int                argc,
                               char             **argv);

struct _Subcommand
{
  const char     *name;
  const char     *summary;
  SubcommandFunc  handler;
};

static void print_subcommands (FILE *stream);

/* As in exemplar-cli.c: UTF-8 out, untouched by the locale's charset. */
static void
write_text (FILE       *stream,
            const char *text)
{
  fputs (text, stream);
}

static void print_error (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fflush (stdout);
  fprintf (stderr, "%s: %s\n", PROGRAM_NAME, message);
}

static int usage_error (const Subcommand *subcommand,
                        const char       *format,
                        ...) G_GNUC_PRINTF (2, 3);

static int
usage_error (const Subcommand *subcommand,
             const char       *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *hint = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (subcommand != NULL)
    hint = g_strdup_printf (_("Run “%s %s %s --help” to see how to use it."),
                            PROGRAM_NAME, COMMAND_NAME, subcommand->name);
  else
    hint = g_strdup_printf (_("Run “%s %s --help” to see its subcommands."),
                            PROGRAM_NAME, COMMAND_NAME);

  print_error ("%s", message);
  fprintf (stderr, "%s\n", hint);

  return CLI_EXIT_USAGE;
}

/* Parses @argv (argv[0] is the subcommand's name) against @entries; the
 * other arguments land in @args, and there must be @min_args to @max_args
 * of them. "--help" prints the subcommand's help and exits. */
static int
parse_command_line (const Subcommand     *subcommand,
                    const GOptionEntry   *entries,
                    const char           *description,
                    const char           *parameter,
                    guint                 min_args,
                    guint                 max_args,
                    int                   argc,
                    char                **argv,
                    char               ***args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;
  g_autofree char *wrapped_description = NULL;
  const GOptionEntry arg_entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, args, NULL, parameter },
    { NULL }
  };
  guint n_args;

  prgname = g_strdup_printf ("%s %s %s", PROGRAM_NAME, COMMAND_NAME, subcommand->name);
  g_set_prgname (prgname);

  wrapped_description = exemplar_cli_text_wrap (description, EXEMPLAR_CLI_TEXT_WIDTH);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _(subcommand->summary));
  g_option_context_set_description (context, wrapped_description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, arg_entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (subcommand, "%s", error->message);

  n_args = *args != NULL ? g_strv_length (*args) : 0;
  if (n_args < 2)
    return usage_error (subcommand, _("Give the campaign FILE and the UNIT’s code."));
  if (n_args < min_args)
    return usage_error (subcommand, _("“%s” needs %s."), subcommand->name, parameter);
  if (n_args > max_args)
    return usage_error (subcommand, _("Too many arguments: “%s” takes %s."), subcommand->name, parameter);

  return CLI_EXIT_SUCCESS;
}

/* Opens FILE and finds UNIT's application, by code or by name; prints why
 * when it cannot. */
static ExemplarDeclaration *
open_declaration (const char        *path,
                  const char        *unit,
                  ExemplarCampaign **campaign)
{
  g_autoptr(GError) error = NULL;
  GListModel *units;

  *campaign = exemplar_campaign_open (path, &error);
  if (*campaign == NULL)
    {
      print_error ("%s", error->message);
      return NULL;
    }

  units = exemplar_campaign_get_units (*campaign);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) candidate = g_list_model_get_item (units, i);

      if (g_str_equal (exemplar_unit_get_code (candidate), unit) ||
          g_str_equal (exemplar_unit_get_name (candidate), unit))
        return exemplar_campaign_find_declaration (*campaign, exemplar_unit_get_code (candidate));
    }

  print_error (_("The campaign has no applicant unit “%s”; “%s info FILE” lists them."),
               unit, PROGRAM_NAME);
  return NULL;
}

static ExemplarIndicator *
find_indicator (ExemplarCampaign *campaign,
                const char       *code)
{
  ExemplarIndicator *indicator = exemplar_rubric_find (exemplar_campaign_get_rubric (campaign), code);

  if (indicator == NULL)
    print_error (_("The rubric has no indicator “%s”; “%s rubric FILE” lists them."),
                 code, PROGRAM_NAME);

  return indicator;
}

/* Subcommands */

static int
subcommand_show (const Subcommand  *subcommand,
                 int                argc,
                 char             **argv)
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
  int status;

  status = parse_command_line (subcommand, entries, description, _("FILE UNIT"), 2, 2,
                               argc, argv, &args);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return CLI_EXIT_FAILURE;

  if (json)
    {
      g_autofree char *data = exemplar_cli_application_json (campaign, declaration);

      write_text (stdout, data);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      exemplar_cli_application_text (text, campaign, declaration);
      write_text (stdout, text->str);
    }

  return CLI_EXIT_SUCCESS;
}

static int
subcommand_set (const Subcommand  *subcommand,
                int                argc,
                char             **argv)
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

  status = parse_command_line (subcommand, NULL, description, _("FILE UNIT FIELD=VALUE…"), 3, G_MAXUINT,
                               argc, argv, &args);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  for (guint i = 2; args[i] != NULL; i++)
    {
      const char *equals = strchr (args[i], '=');
      g_autofree char *key = NULL;

      if (equals == NULL)
        return usage_error (subcommand, _("“%s” is not FIELD=VALUE."), args[i]);

      key = g_strndup (args[i], equals - args[i]);
      if (exemplar_form_find_field (key) == NULL)
        return usage_error (subcommand, _("The application form has no field “%s”."), key);
      for (guint j = 0; j < keys->len; j++)
        if (g_str_equal (g_ptr_array_index (keys, j), key))
          return usage_error (subcommand, _("The field “%s” is given twice."), key);

      g_ptr_array_add (keys, g_steal_pointer (&key));
      g_ptr_array_add (values, (gpointer) (equals + 1));
    }

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return CLI_EXIT_FAILURE;

  if (!exemplar_declaration_get_editable (declaration, &reason))
    {
      print_error ("%s", reason);
      return CLI_EXIT_FAILURE;
    }

  /* All or nothing: every value is judged before the first is stored. */
  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!exemplar_form_field_validate (exemplar_form_find_field (g_ptr_array_index (keys, i)),
                                         g_ptr_array_index (values, i), &error))
        {
          print_error ("%s", error->message);
          valid = FALSE;
        }
    }
  if (!valid)
    {
      print_error ("%s", _("Nothing was stored."));
      return CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *key = g_ptr_array_index (keys, i);

      if (!exemplar_declaration_set_field (declaration, key, g_ptr_array_index (values, i), &error))
        {
          print_error (_("The field “%s” could not be stored: %s"), key, error->message);
          if (i > 0)
            print_error (g_dngettext (GETTEXT_PACKAGE,
                                      "The %u field before it was stored.",
                                      "The %u fields before it were stored.", i),
                         i);
          return CLI_EXIT_FAILURE;
        }
    }

  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: %u field stored.\n",
                                       "%s: %u fields stored.\n", keys->len),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                          keys->len);
  write_text (stdout, line);

  return CLI_EXIT_SUCCESS;
}

static int
subcommand_self_score (const Subcommand  *subcommand,
                       int                argc,
                       char             **argv)
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
      "Prints the item’s self-score and the new total.\n"
      "\n"
      "Exit status: 0 when stored, 1 when the points are refused, the unit or indicator "
      "is unknown or the application may no longer be changed, 2 on a usage error.");
  int status;

  status = parse_command_line (subcommand, entries, description, _("FILE UNIT INDICATOR POINTS"),
                               3, 4, argc, argv, &args);
  if (status != CLI_EXIT_SUCCESS)
    return status;
  if (!clear && g_strv_length (args) != 4)
    return usage_error (subcommand, _("Give the POINTS, or --clear."));
  if (clear && (g_strv_length (args) != 3 || note != NULL))
    return usage_error (subcommand, _("--clear takes no POINTS and no --note."));

  if (!clear && !exemplar_points_parse (args[3], &points, &error))
    {
      print_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return CLI_EXIT_FAILURE;
  leaf = find_indicator (campaign, args[2]);
  if (leaf == NULL)
    return CLI_EXIT_FAILURE;

  if (clear ? !exemplar_declaration_clear_self_score (declaration, leaf, &error)
            : !exemplar_declaration_set_self_score (declaration, leaf, points, note, &error))
    {
      print_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }

  total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  max = exemplar_points_format (exemplar_indicator_get_points (leaf));
  if (clear)
    /* Translators: an item's code, then the new self-assessed total. */
    line = g_strdup_printf (_("%s: no self-score; total %s\n"), exemplar_indicator_get_code (leaf), total);
  else
    {
      g_autofree char *given = exemplar_points_format (points);

      /* Translators: an item's code, its self-score, its points, then the new total. */
      line = g_strdup_printf (_("%s: %s of %s; total %s\n"), exemplar_indicator_get_code (leaf),
                              given, max, total);
    }
  write_text (stdout, line);

  return CLI_EXIT_SUCCESS;
}

static int
subcommand_submit (const Subcommand  *subcommand,
                   int                argc,
                   char             **argv)
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
  int status;

  status = parse_command_line (subcommand, NULL, description, _("FILE UNIT"), 2, 2,
                               argc, argv, &args);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return CLI_EXIT_FAILURE;

  if (!exemplar_declaration_submit (declaration, &missing, &error))
    {
      print_error ("%s", error->message);
      for (guint i = 0; missing != NULL && i < missing->len; i++)
        fprintf (stderr, "  - %s\n", (const char *) g_ptr_array_index (missing, i));
      return CLI_EXIT_FAILURE;
    }

  total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  /* Translators: a unit's name, then its self-assessed total. */
  line = g_strdup_printf (_("%s: submitted, self-assessed total %s.\n"),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)), total);
  write_text (stdout, line);

  return CLI_EXIT_SUCCESS;
}

static int
decide (const Subcommand  *subcommand,
        const char        *description,
        gboolean           withdraw,
        int                argc,
        char             **argv)
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
  int status;

  status = parse_command_line (subcommand, entries, description, _("FILE UNIT"), 2, 2,
                               argc, argv, &args);
  if (status != CLI_EXIT_SUCCESS)
    return status;
  if (reason == NULL)
    return usage_error (subcommand, _("Give the reason with --reason."));

  declaration = open_declaration (args[0], args[1], &campaign);
  if (declaration == NULL)
    return CLI_EXIT_FAILURE;

  if (withdraw)
    done = exemplar_declaration_withdraw (declaration, reason, &error);
  else
    done = exemplar_declaration_return_for_correction (declaration, reason, &error);
  if (!done)
    {
      print_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }

  /* Translators: a unit's name, then its application's new state. */
  line = g_strdup_printf (_("%s: %s.\n"),
                          exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                          exemplar_state_get_title (exemplar_declaration_get_state (declaration)));
  write_text (stdout, line);

  return CLI_EXIT_SUCCESS;
}

static int
subcommand_return (const Subcommand  *subcommand,
                   int                argc,
                   char             **argv)
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
subcommand_withdraw (const Subcommand  *subcommand,
                     int                argc,
                     char             **argv)
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

static const Subcommand subcommands[] = {
  { "show", N_("Show a unit’s application form, self-assessment and evidence"), subcommand_show },
  { "set", N_("Fill in fields of a unit’s application form"), subcommand_set },
  { "self-score", N_("Record a unit’s self-assessed points for an item"), subcommand_self_score },
  { "submit", N_("Submit a unit’s application, or list what is missing"), subcommand_submit },
  { "return", N_("Return a submitted application for correction"), subcommand_return },
  { "withdraw", N_("Record the withdrawal of an application"), subcommand_withdraw },
};

static void
print_subcommands (FILE *stream)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *intro = NULL;
  g_autofree char *today = NULL;
  int width = 0;

  today = exemplar_cli_text_wrap (_("Deadlines are judged against today’s date, or the date in "
                                    "the EXEMPLAR_TODAY environment variable (YYYY-MM-DD) when it "
                                    "is set."),
                                  EXEMPLAR_CLI_TEXT_WIDTH);

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    width = MAX (width, (int) strlen (subcommands[i].name));

  g_string_append_printf (text, "%s\n  %s %s %s\n\n", _("Usage:"), PROGRAM_NAME, COMMAND_NAME,
                          _("SUBCOMMAND [OPTION…] FILE UNIT …"));
  intro = exemplar_cli_text_wrap (_("Works on one applicant unit’s application (申报表). UNIT is "
                                    "the unit’s code, such as 310105001, or its name."),
                                  EXEMPLAR_CLI_TEXT_WIDTH);
  g_string_append_printf (text, "%s\n\n", intro);
  g_string_append_printf (text, "%s\n", _("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_string_append_printf (text, "  %-*s  %s\n", width, subcommands[i].name, _(subcommands[i].summary));

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s %s SUBCOMMAND --help” to see its options and output."),
                          PROGRAM_NAME, COMMAND_NAME);
  g_string_append_c (text, '\n');
  g_string_append (text, today);
  g_string_append_c (text, '\n');

  write_text (stream, text->str);
}

int
exemplar_cli_application (const struct _Command  *command,
                          int                     argc,
                          char                  **argv)
{
  if (argc < 2)
    {
      print_subcommands (stderr);
      return CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "-?"))
    {
      print_subcommands (stdout);
      return CLI_EXIT_SUCCESS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (subcommands[i].name, argv[1]))
      return subcommands[i].handler (&subcommands[i], argc - 1, argv + 1);

  return usage_error (NULL, _("“%s” has no subcommand “%s”."), COMMAND_NAME, argv[1]);
}
