/* exemplar-cli-publicity-notice.c
 *
 * "exemplar-cli publicity set|show|export": the publicity notice (公示).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-publicity.h"
#include "exemplar-document.h"
#include "exemplar-publicity.h"

#define DEFAULT_WORKING_DAYS 5

/* publicity */

/* The KEY=VALUE arguments after FILE, checked against the notice's fields
 * before anything is stored. */
static int
parse_fields (const char  *command,
              char       **args,
              GPtrArray   *pairs)
{
  const char * const *keys = exemplar_publicity_list_fields ();

  for (guint i = 0; args[i] != NULL; i++)
    {
      const char *equals = strchr (args[i], '=');
      g_autofree char *key = NULL;

      if (equals == NULL)
        return exemplar_cli_usage_error (command, _("“%s” is not FIELD=VALUE."), args[i]);

      key = g_strndup (args[i], (gsize) (equals - args[i]));
      if (!g_strv_contains (keys, key))
        {
          g_autofree char *known = g_strjoinv (", ", (char **) keys);

          return exemplar_cli_usage_error (command, _("The notice has no field “%s”; its fields are %s."),
                                           key, known);
        }
      g_ptr_array_add (pairs, g_steal_pointer (&key));
      g_ptr_array_add (pairs, g_strdup (equals + 1));
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static void
print_period (ExemplarPublicity *publicity)
{
  const char *start = NULL;
  const char *end = NULL;
  guint working_days = 0;

  if (!exemplar_publicity_get_period (publicity, &start, &working_days, &end))
    return;

  exemplar_cli_print (_("Start:         %s\n"), start);
  exemplar_cli_print (_("End:           %s\n"), end);
  exemplar_cli_print (_("Working days:  %u\n"), working_days);
}

static int
subcommand_publicity_set (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *start = NULL;
  g_autofree char *description = NULL;
  g_autofree char *keys = NULL;
  ExemplarPublicity *publicity;
  gint64 working_days = DEFAULT_WORKING_DAYS;
  const GOptionEntry entries[] = {
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, _("The first day of the period, YYYY-MM-DD"), _("DATE") },
    { "working-days", 0, 0, G_OPTION_ARG_INT64, &working_days,
      _("How many working days the period lasts (default 5)"), _("N") },
    { NULL }
  };
  int status;

  keys = g_strjoinv (", ", (char **) exemplar_publicity_list_fields ());
  description =
    g_strdup_printf (_("Sets the publicity period (公示期) of the campaign FILE: it starts on --start "
                       "(or the first working day after it) and lasts --working-days working days "
                       "on China’s calendar, holidays and make-up working days included; the end "
                       "is computed. A start on 2024-04-26 with 5 working days ends on 2024-05-06. "
                       "Needs the fixed candidate list; the period cannot change once an objection "
                       "is recorded against it.\n"
                       "\n"
                       "FIELD=VALUE sets a text of the notice, an empty VALUE restores its default. "
                       "The fields are: %s.\n"
                       "\n"
                       "Prints the period’s start, end and working days.\n"
                       "\n"
                       "Exit status: 0 when set, 1 when the campaign refuses, 2 on a usage error."),
                     keys);

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE [FIELD=VALUE…]"), 1, G_MAXUINT,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (start == NULL && args[1] == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give --start, FIELD=VALUE or both."));
  if (start == NULL && working_days != DEFAULT_WORKING_DAYS)
    return exemplar_cli_usage_error (argv[0], _("--working-days needs --start."));
  if (working_days < 1 || working_days > 366)
    return exemplar_cli_usage_error (argv[0], _("--working-days must be from 1 to 366."));
  status = exemplar_cli_publicity_check_date (argv[0], "--start", start);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = parse_fields (argv[0], args + 1, pairs);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);

  if (start != NULL && !exemplar_publicity_set_period (publicity, start, (guint) working_days, &error))
    return exemplar_cli_fail (error);

  for (guint i = 0; i < pairs->len; i += 2)
    if (!exemplar_publicity_set_field (publicity, g_ptr_array_index (pairs, i), g_ptr_array_index (pairs, i + 1),
                                       &error))
      return exemplar_cli_fail (error);

  print_period (publicity);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static void
notice_json (ExemplarPublicity *publicity)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (publicity);
  const char * const *keys = exemplar_publicity_list_fields ();
  const char *start = NULL;
  const char *end = NULL;
  guint working_days = 0;
  gboolean has_period;

  has_period = exemplar_publicity_get_period (publicity, &start, &working_days, &end);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "start", has_period ? start : NULL);
  exemplar_cli_json_add_string (builder, "end", has_period ? end : NULL);
  if (has_period)
    exemplar_cli_json_add_int (builder, "working_days", working_days);
  else
    exemplar_cli_json_add_null (builder, "working_days");
  exemplar_cli_json_add_boolean (builder, "over", has_period && exemplar_publicity_is_over (publicity));
  exemplar_cli_publicity_units_json (builder, "units", candidates);

  json_builder_set_member_name (builder, "fields");
  json_builder_begin_object (builder);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = exemplar_publicity_dup_field (publicity, keys[i]);

      exemplar_cli_json_add_string (builder, keys[i], value);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  exemplar_cli_publicity_write_json (builder);
}

static int
subcommand_publicity_show (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarDocument) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *text = NULL;
  ExemplarPublicity *publicity;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the publicity notice (公示) of the campaign FILE as text, one block a line: "
      "title, basis, the candidates in official order, the period with full dates, how to "
      "object, the contacts, issuer and date; once the period is over, a first line says "
      "已结束. "
      "Needs the fixed candidate list and a period.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  start, end       the current period’s first and last day, YYYY-MM-DD, or null\n"
      "  working_days     the period’s length in working days, or null\n"
      "  over             true once today is after the end\n"
      "  units            the candidates in official order: array of {code, name}\n"
      "  fields           the notice’s texts, each field’s key mapped to its text (the\n"
      "                   default when not set)\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened or the notice cannot be "
      "made yet, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);

  if (json)
    {
      notice_json (publicity);
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  notice = exemplar_publicity_build_notice (publicity, &error);
  if (notice == NULL)
    return exemplar_cli_fail (error);
  text = exemplar_document_dup_text (notice);
  /* The stamp ("已结束") comes first, as it sits at the top of the page. */
  if (exemplar_document_get_stamp (notice) != NULL)
    exemplar_cli_print ("%s\n", exemplar_document_get_stamp (notice));
  exemplar_cli_write (stdout, text);
  if (!g_str_has_suffix (text, "\n"))
    exemplar_cli_write (stdout, "\n");

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_publicity_export (const ExemplarCliCommand  *subcommand,
                             int                        argc,
                             char                     **argv)
{
  const char *description =
    _("Writes the publicity notice of the campaign FILE to OUT, as the office posts it: a "
      "PDF on A4 with the fonts embedded when OUT ends in .pdf, a self-contained web page "
      "when it ends in .html. OUT is replaced whole or not at all.\n"
      "\n"
      "Exit status: 0 when written, 1 when the notice cannot be made yet or OUT cannot be "
      "written, 2 on a usage error such as another extension.");

  return exemplar_cli_publicity_export (subcommand, description, exemplar_publicity_build_notice, argc, argv);
}

static const ExemplarCliCommand publicity_subcommands[] = {
  { "set", N_("Set the publicity period and the notice’s texts"), subcommand_publicity_set },
  { "show", N_("Show the publicity notice"), subcommand_publicity_show },
  { "export", N_("Write the publicity notice to PDF or HTML"), subcommand_publicity_export },
};

static const ExemplarCliGroup publicity_group = {
  .name = "publicity",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on the publicity notice (公示) of the candidate list: its period on the "
                    "working-day calendar, its texts, and the PDF or web page the office posts."),
  .deadlines = TRUE,
  .subcommands = publicity_subcommands,
  .n_subcommands = G_N_ELEMENTS (publicity_subcommands),
};

int
exemplar_cli_publicity (const ExemplarCliCommand  *command,
                        int                        argc,
                        char                     **argv)
{
  return exemplar_cli_run_group (&publicity_group, argc, argv);
}
