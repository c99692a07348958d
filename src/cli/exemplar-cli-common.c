/* exemplar-cli-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"

static void
print_error_valist (const char *format,
                    va_list     args) G_GNUC_PRINTF (1, 0);

static void
print_error_valist (const char *format,
                    va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  /* What went to stdout before the error comes before it on a terminal. */
  fflush (stdout);
  fprintf (stderr, "%s: %s\n", EXEMPLAR_CLI_PROGRAM, message);
}

static void
print_group (const ExemplarCliGroup *group,
             FILE                   *stream)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *description = NULL;
  int width = 0;

  for (guint i = 0; i < group->n_subcommands; i++)
    width = MAX (width, (int) strlen (group->subcommands[i].name));

  g_string_append_printf (text, "%s\n  %s %s %s\n\n", _("Usage:"), EXEMPLAR_CLI_PROGRAM, group->name,
                          _(group->usage));
  description = exemplar_cli_text_wrap (_(group->description), EXEMPLAR_CLI_TEXT_WIDTH);
  g_string_append_printf (text, "%s\n\n", description);

  g_string_append_printf (text, "%s\n", _("Subcommands:"));
  for (guint i = 0; i < group->n_subcommands; i++)
    g_string_append_printf (text, "  %-*s  %s\n", width, group->subcommands[i].name,
                            _(group->subcommands[i].summary));

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s %s SUBCOMMAND --help” to see its options and output."),
                          EXEMPLAR_CLI_PROGRAM, group->name);
  g_string_append_c (text, '\n');
  if (group->deadlines)
    {
      g_autofree char *note = NULL;

      note = exemplar_cli_text_wrap (_("Deadlines are judged against today’s date, or the date in "
                                       "the EXEMPLAR_TODAY environment variable (YYYY-MM-DD) when it "
                                       "is set."),
                                     EXEMPLAR_CLI_TEXT_WIDTH);
      g_string_append_printf (text, "%s\n", note);
    }

  exemplar_cli_write (stream, text->str);
}

/* The unit of @units whose code or name is @text, or NULL. */
static ExemplarUnit *
lookup_unit (GListModel *units,
             const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (exemplar_unit_get_code (unit), text) || g_str_equal (exemplar_unit_get_name (unit), text))
        return unit;
    }

  return NULL;
}

/* Output goes out as UTF-8 bytes, untouched: g_print() would convert to the
 * locale's charset and turn every Chinese character into "?" under LANG=C,
 * which is how scripts and cron jobs often run. */
void
exemplar_cli_write (FILE       *stream,
                    const char *text)
{
  g_return_if_fail (stream != NULL);
  g_return_if_fail (text != NULL);

  fputs (text, stream);
}

void
exemplar_cli_print (const char *format,
                    ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  exemplar_cli_write (stdout, text);
}

void
exemplar_cli_error (const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  print_error_valist (format, args);
  va_end (args);
}

int
exemplar_cli_fail (const GError *error)
{
  g_return_val_if_fail (error != NULL, EXEMPLAR_CLI_EXIT_FAILURE);

  exemplar_cli_error ("%s", error->message);
  return EXEMPLAR_CLI_EXIT_FAILURE;
}

int
exemplar_cli_fail_listing (const GError *error,
                           GPtrArray    *items)
{
  exemplar_cli_fail (error);
  for (guint i = 0; items != NULL && i < items->len; i++)
    fprintf (stderr, "  - %s\n", (const char *) g_ptr_array_index (items, i));

  return EXEMPLAR_CLI_EXIT_FAILURE;
}

int
exemplar_cli_usage_error (const char *command,
                          const char *format,
                          ...)
{
  g_autofree char *hint = NULL;
  va_list args;

  va_start (args, format);
  print_error_valist (format, args);
  va_end (args);

  if (command != NULL)
    hint = g_strdup_printf (_("Run “%s %s --help” to see how to use it."),
                            EXEMPLAR_CLI_PROGRAM, command);
  else
    hint = g_strdup_printf (_("Run “%s --help” to see the commands."), EXEMPLAR_CLI_PROGRAM);
  fprintf (stderr, "%s\n", hint);

  return EXEMPLAR_CLI_EXIT_USAGE;
}

gboolean
exemplar_cli_parse_id (const char *text,
                       gint64     *id)
{
  guint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;

  *id = (gint64) value;
  return TRUE;
}

int
exemplar_cli_parse (const ExemplarCliCommand  *command,
                    const GOptionEntry        *entries,
                    const char                *description,
                    const char                *parameter,
                    guint                      min_args,
                    guint                      max_args,
                    int                        argc,
                    char                     **argv,
                    char                    ***args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;
  g_autofree char *wrapped_description = NULL;
  const char *name;
  const GOptionEntry arg_entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, args, NULL, parameter },
    { NULL }
  };
  guint n_args;

  g_return_val_if_fail (command != NULL, EXEMPLAR_CLI_EXIT_USAGE);
  g_return_val_if_fail (argc > 0 && argv != NULL, EXEMPLAR_CLI_EXIT_USAGE);
  g_return_val_if_fail (args != NULL && *args == NULL, EXEMPLAR_CLI_EXIT_USAGE);

  name = argv[0];

  /* The usage line reads "exemplar-cli application show [OPTION…] FILE UNIT". */
  prgname = g_strdup_printf ("%s %s", EXEMPLAR_CLI_PROGRAM, name);
  g_set_prgname (prgname);

  wrapped_description = exemplar_cli_text_wrap (description, EXEMPLAR_CLI_TEXT_WIDTH);

  /* Strings are translated here already, so the context needs no domain. */
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_description (context, wrapped_description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, arg_entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return exemplar_cli_usage_error (name, "%s", error->message);

  n_args = *args != NULL ? g_strv_length (*args) : 0;
  if (n_args > 0 && max_args == 0)
    return exemplar_cli_usage_error (name, _("“%s” takes no file."), name);
  if (n_args < min_args)
    return exemplar_cli_usage_error (name, _("“%s” needs %s."), name, parameter);
  if (n_args > max_args)
    return exemplar_cli_usage_error (name, _("Too many arguments: “%s” takes %s."), name, parameter);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

int
exemplar_cli_parse_leading (const ExemplarCliCommand  *command,
                            const ExemplarCliLeading  *leading,
                            const GOptionEntry        *entries,
                            const char                *description,
                            const char                *parameter,
                            guint                      min_args,
                            guint                      max_args,
                            int                        argc,
                            char                     **argv,
                            char                    ***args)
{
  int status;
  guint n_args;

  g_return_val_if_fail (leading != NULL, EXEMPLAR_CLI_EXIT_USAGE);

  /* exemplar_cli_parse() is asked for no minimum, so that the leading
   * arguments are named first. */
  status = exemplar_cli_parse (command, entries, description, parameter, 0, max_args, argc, argv, args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  n_args = *args != NULL ? g_strv_length (*args) : 0;
  if (n_args < leading->n_args)
    return exemplar_cli_usage_error (argv[0], "%s", _(leading->hint));
  if (n_args < min_args)
    return exemplar_cli_usage_error (argv[0], _("“%s” needs %s."), argv[0], parameter);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

int
exemplar_cli_run_group (const ExemplarCliGroup  *group,
                        int                      argc,
                        char                   **argv)
{
  g_autofree char *hint = NULL;

  g_return_val_if_fail (group != NULL, EXEMPLAR_CLI_EXIT_USAGE);

  if (argc < 2)
    {
      print_group (group, stderr);
      return EXEMPLAR_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "-?"))
    {
      print_group (group, stdout);
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  for (guint i = 0; i < group->n_subcommands; i++)
    {
      const ExemplarCliCommand *subcommand = &group->subcommands[i];
      g_autofree char *name = NULL;
      g_autofree char **sub_argv = NULL;

      if (!g_str_equal (subcommand->name, argv[1]))
        continue;

      /* The subcommand sees itself by its full name, as its usage line and
       * errors give it. Only the array is new; the strings are argv's. */
      name = g_strdup_printf ("%s %s", group->name, subcommand->name);
      sub_argv = g_new0 (char *, argc);
      sub_argv[0] = name;
      for (int j = 2; j < argc; j++)
        sub_argv[j - 1] = argv[j];

      return subcommand->handler (subcommand, argc - 1, sub_argv);
    }

  exemplar_cli_error (_("“%s” has no subcommand “%s”."), group->name, argv[1]);
  hint = g_strdup_printf (_("Run “%s %s --help” to see its subcommands."),
                          EXEMPLAR_CLI_PROGRAM, group->name);
  fprintf (stderr, "%s\n", hint);

  return EXEMPLAR_CLI_EXIT_USAGE;
}

ExemplarCampaign *
exemplar_cli_open_campaign (const char *path)
{
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;

  g_return_val_if_fail (path != NULL, NULL);

  campaign = exemplar_campaign_open (path, &error);
  if (campaign == NULL)
    exemplar_cli_error ("%s", error->message);

  return campaign;
}

ExemplarDeclaration *
exemplar_cli_find_declaration (ExemplarCampaign *campaign,
                               const char       *unit)
{
  ExemplarUnit *found;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (unit != NULL, NULL);

  found = lookup_unit (exemplar_campaign_get_units (campaign), unit);
  if (found != NULL)
    return exemplar_campaign_find_declaration (campaign, exemplar_unit_get_code (found));

  exemplar_cli_error (_("The campaign has no applicant unit “%s”; “%s info FILE” lists them."),
                      unit, EXEMPLAR_CLI_PROGRAM);
  return NULL;
}

ExemplarUnit *
exemplar_cli_find_member_unit (ExemplarCampaign *campaign,
                               const char       *unit)
{
  ExemplarUnit *found;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (unit != NULL, NULL);

  found = lookup_unit (exemplar_campaign_get_member_units (campaign), unit);
  if (found == NULL)
    exemplar_cli_error (_("The campaign has no member unit “%s”; “%s info FILE” lists them."),
                        unit, EXEMPLAR_CLI_PROGRAM);

  return found;
}

ExemplarIndicator *
exemplar_cli_find_indicator (ExemplarCampaign *campaign,
                             const char       *code)
{
  ExemplarIndicator *indicator;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  indicator = exemplar_rubric_find (exemplar_campaign_get_rubric (campaign), code);
  if (indicator == NULL)
    exemplar_cli_error (_("The rubric has no indicator “%s”; “%s rubric FILE” lists them."),
                        code, EXEMPLAR_CLI_PROGRAM);

  return indicator;
}

GOptionEntry
exemplar_cli_round_entry (char **round)
{
  GOptionEntry entry = {
    "round", 0, 0, G_OPTION_ARG_STRING, round,
    _("The round, when the reviewer scores the unit in several"), _("ROUND")
  };

  return entry;
}

ExemplarReviewer *
exemplar_cli_find_reviewer (ExemplarCampaign *campaign,
                            const char       *reviewer)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  ExemplarReviewer *found = NULL;
  guint n_found = 0;
  gint64 id;

  g_return_val_if_fail (reviewer != NULL, NULL);

  if (exemplar_cli_parse_id (reviewer, &id))
    {
      found = exemplar_evaluation_find_reviewer (evaluation, id);
      n_found = found != NULL ? 1 : 0;
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
      {
        g_autoptr(ExemplarReviewer) candidate = g_list_model_get_item (reviewers, i);

        if (g_str_equal (exemplar_reviewer_get_name (candidate), reviewer))
          {
            found = candidate;
            n_found++;
          }
      }

  if (n_found == 1)
    return found;

  if (n_found > 1)
    exemplar_cli_error (_("Several reviewers are called “%s”; give the ID that “%s reviewer list "
                          "FILE” shows."),
                        reviewer, EXEMPLAR_CLI_PROGRAM);
  else
    exemplar_cli_error (_("The campaign has no reviewer “%s”; “%s reviewer list FILE” lists them."),
                        reviewer, EXEMPLAR_CLI_PROGRAM);
  return NULL;
}

ExemplarRound *
exemplar_cli_find_round (ExemplarCampaign *campaign,
                         const char       *round)
{
  GListModel *rounds = exemplar_evaluation_get_rounds (exemplar_campaign_get_evaluation (campaign));
  gint64 id = 0;
  gboolean by_id;

  g_return_val_if_fail (round != NULL, NULL);

  by_id = exemplar_cli_parse_id (round, &id);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ExemplarRound) candidate = g_list_model_get_item (rounds, i);

      if ((by_id && exemplar_round_get_id (candidate) == id) ||
          g_str_equal (exemplar_round_get_name (candidate), round))
        return candidate;
    }

  exemplar_cli_error (_("The campaign has no evaluation round “%s”; “%s assignments FILE” shows "
                        "the rounds in use."),
                      round, EXEMPLAR_CLI_PROGRAM);
  return NULL;
}

ExemplarAssignment *
exemplar_cli_find_assignment (ExemplarCampaign    *campaign,
                              ExemplarReviewer    *reviewer,
                              ExemplarDeclaration *declaration,
                              ExemplarRound       *round)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));
  ExemplarAssignment *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) candidate = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (candidate) != reviewer ||
          exemplar_assignment_get_declaration (candidate) != declaration ||
          (round != NULL && exemplar_assignment_get_round (candidate) != round))
        continue;

      found = candidate;
      n_found++;
    }

  if (n_found == 1)
    return found;

  if (n_found > 1)
    exemplar_cli_error (_("%s scores %s in several rounds; choose one with --round."),
                        exemplar_reviewer_get_name (reviewer),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)));
  else
    exemplar_cli_error (_("%s is not assigned to %s; “%s assignments FILE” lists the assignments."),
                        exemplar_reviewer_get_name (reviewer),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                        EXEMPLAR_CLI_PROGRAM);
  return NULL;
}

ExemplarScoreSheet *
exemplar_cli_open_sheet (const char        *path,
                         const char        *reviewer_text,
                         const char        *unit,
                         const char        *round_text,
                         ExemplarCampaign **campaign)
{
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;
  ExemplarAssignment *assignment;
  ExemplarRound *round = NULL;
  ExemplarScoreSheet *sheet;

  *campaign = exemplar_cli_open_campaign (path);
  if (*campaign == NULL)
    return NULL;

  reviewer = exemplar_cli_find_reviewer (*campaign, reviewer_text);
  if (reviewer == NULL)
    return NULL;
  declaration = exemplar_cli_find_declaration (*campaign, unit);
  if (declaration == NULL)
    return NULL;
  if (round_text != NULL && (round = exemplar_cli_find_round (*campaign, round_text)) == NULL)
    return NULL;
  assignment = exemplar_cli_find_assignment (*campaign, reviewer, declaration, round);
  if (assignment == NULL)
    return NULL;

  sheet = exemplar_evaluation_open_sheet (exemplar_campaign_get_evaluation (*campaign), assignment, &error);
  if (sheet == NULL)
    exemplar_cli_error ("%s", error->message);

  return sheet;
}
