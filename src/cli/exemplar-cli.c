/* exemplar-cli.c
 *
 * exemplar-cli: the campaign model for scripts, with no GTK. Each command
 * parses its own options, so "exemplar-cli COMMAND --help" documents exactly
 * that command, including the keys of its --json output.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-demo.h"
#include "exemplar-cli-application.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-evaluation.h"
#include "exemplar-cli-groups.h"
#include "exemplar-cli-evidence.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-package.h"
#include "exemplar-cli-publicity.h"
#include "exemplar-cli-results.h"
#include "exemplar-cli-text.h"
#include "exemplar-template.h"

#define DEFAULT_TEMPLATE "changning-2023"

static const ExemplarCliCommand *find_command (const char *name);
static void print_commands (FILE *stream);

/* These commands count their files themselves (expect_one_file()), in
 * their own words; one without @parameter takes none. */
static int
parse_command_line (const ExemplarCliCommand  *command,
                    const GOptionEntry        *entries,
                    const char                *description,
                    const char                *parameter,
                    int                        argc,
                    char                     **argv,
                    char                    ***files)
{
  return exemplar_cli_parse (command, entries, description, parameter,
                             0, parameter != NULL ? G_MAXUINT : 0, argc, argv, files);
}

/* Checks that exactly one FILE was given. */
static int
expect_one_file (const ExemplarCliCommand  *command,
                 char                     **files)
{
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  if (n_files == 0)
    return exemplar_cli_usage_error (command->name, _("No campaign file was given."));
  if (n_files > 1)
    return exemplar_cli_usage_error (command->name, _("Give one campaign file, not %u."), n_files);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static gboolean
template_exists (const char *template_id)
{
  g_auto(GStrv) ids = exemplar_template_list ();

  return g_strv_contains ((const char * const *) ids, template_id);
}

static void
print_templates (void)
{
  g_auto(GStrv) ids = exemplar_template_list ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *title = exemplar_template_get_title (ids[i]);
      g_autofree char *line = g_strdup_printf ("%s  %s\n", ids[i], title);

      exemplar_cli_write (stdout, line);
    }
}

static int
command_templates (const ExemplarCliCommand  *command,
                   int                        argc,
                   char                     **argv)
{
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the built-in campaign templates that “exemplar-cli new --template” "
      "accepts: one line per template, its id and its title.\n"
      "\n"
      "With --json, writes an array of objects with the keys:\n"
      "  id       the template id, e.g. changning-2023\n"
      "  title    the campaign title the template sets\n"
      "\n"
      "Exit status: 0 on success, 2 on a usage error.");
  int status;

  status = parse_command_line (command, entries, description, NULL, argc, argv, &files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (json)
    {
      g_autofree char *data = exemplar_cli_json_templates ();

      exemplar_cli_write (stdout, data);
    }
  else
    print_templates ();

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
command_new (const ExemplarCliCommand  *command,
             int                        argc,
             char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *line = NULL;
  gboolean list_templates = FALSE;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id,
      _("Start from the built-in template ID (default: changning-2023)"), _("ID") },
    { "list-templates", 0, 0, G_OPTION_ARG_NONE, &list_templates,
      _("List the built-in templates instead of creating a file"), NULL },
    { NULL }
  };
  const char *description =
    _("Creates the campaign file FILE from a built-in template: the notice’s facts, "
      "milestones, applicant and member units and the rubric. An existing file is "
      "never overwritten. On success the path of the new file is written on its own "
      "line.\n"
      "\n"
      "Exit status: 0 when the file was created, 1 when it cannot be created (for "
      "example because a file already exists there), 2 on a usage error such as an "
      "unknown template.");
  int status;

  status = parse_command_line (command, entries, description, _("FILE"), argc, argv, &files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (list_templates)
    {
      if (files != NULL && files[0] != NULL)
        return exemplar_cli_usage_error (command->name, _("--list-templates takes no file."));
      print_templates ();
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  status = expect_one_file (command, files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (template_id == NULL)
    template_id = g_strdup (DEFAULT_TEMPLATE);
  if (!template_exists (template_id))
    return exemplar_cli_usage_error (command->name,
                        _("There is no built-in template called “%s”. "
                          "“%s templates” lists them."),
                        template_id, EXEMPLAR_CLI_PROGRAM);

  /* SQLite would only say "unable to open database file". */
  parent = g_path_get_dirname (files[0]);
  if (!g_file_test (parent, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display_parent = g_filename_display_name (parent);

      exemplar_cli_error (_("There is no folder “%s” to create the campaign in."), display_parent);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  campaign = exemplar_campaign_new_from_template (files[0], template_id, &error);
  if (campaign == NULL)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  line = g_strdup_printf ("%s\n", exemplar_campaign_get_path (campaign));
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

typedef char *(*CampaignToJson) (ExemplarCampaign *campaign);
typedef void  (*CampaignToText) (GString          *out,
                                 ExemplarCampaign *campaign);

/* "info" and "rubric": one FILE in, the campaign out as text or JSON. */
static int
show_campaign (const ExemplarCliCommand  *command,
               const char                *description,
               CampaignToJson             to_json,
               CampaignToText             to_text,
               int                        argc,
               char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  int status;

  status = parse_command_line (command, entries, description, _("FILE"), argc, argv, &files);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (files[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (json)
    {
      g_autofree char *data = to_json (campaign);

      exemplar_cli_write (stdout, data);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      to_text (text, campaign);
      exemplar_cli_write (stdout, text->str);
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
command_info (const ExemplarCliCommand  *command,
              int                        argc,
              char                     **argv)
{
  return show_campaign (command,
                        _("Shows the campaign in FILE: the notice it follows, its phase, milestones, "
                          "applicant and member units, the rubric’s totals and how many applications are "
                          "in each state. A file written by a newer version of Exemplar is shown "
                          "read-only.\n"
                          "\n"
                          "With --json, writes one object with the keys:\n"
                          "  path, title, notice_title, document_number, issuer, template_id\n"
                          "                   strings (null when not set)\n"
                          "  issued_on        date, YYYY-MM-DD (null when not set)\n"
                          "  quota            how many units may be named, integer\n"
                          "  phase            declaration, evaluation, publicity, naming or closed\n"
                          "  schema_version   the file format, integer\n"
                          "  read_only        true when the file cannot be changed\n"
                          "  read_only_reason why, or null\n"
                          "  milestones       array of {phase, name, deadline (YYYY-MM-DD)}, in order\n"
                          "  units            the applicant units in official order: array of\n"
                          "                   {code, name, name_en, kind (subdistrict or town)}\n"
                          "  member_units     array of {code, name, name_en}\n"
                          "  rubric           {total_points, bonus_cap, items_sum, leaf_count, valid,\n"
                          "                   problem_count}\n"
                          "  applications     every application state (not_applied, draft, submitted,\n"
                          "                   under_evaluation, evaluated, recommended, candidate, named,\n"
                          "                   withdrawn, not_recommended, objection_upheld) mapped to the\n"
                          "                   number of units in it, zeros included\n"
                          "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
                          "\n"
                          "Exit status: 0 on success, 1 when FILE cannot be opened as a campaign, 2 on "
                          "a usage error."),
                        exemplar_cli_json_info, exemplar_cli_text_info, argc, argv);
}

static int
command_rubric (const ExemplarCliCommand  *command,
                int                        argc,
                char                     **argv)
{
  return show_campaign (command,
                        _("Shows the rubric (the scoring standard) of the campaign in FILE as a tree: "
                          "each indicator’s code, name and points, indented by level. [bonus] and [veto] "
                          "mark those blocks; “!” marks an indicator with a problem, and the problems are "
                          "listed at the end.\n"
                          "\n"
                          "With --json, writes one object with the keys:\n"
                          "  total_points, bonus_cap, items_sum\n"
                          "                   points\n"
                          "  leaf_count       the number of scored items\n"
                          "  valid            true when the rubric has no problem\n"
                          "  problems         array of strings, “CODE NAME: what is wrong”\n"
                          "  indicators       the top-level indicators, in order\n"
                          "Each indicator is an object with the keys:\n"
                          "  code, name, name_en\n"
                          "                   strings (name_en may be null)\n"
                          "  kind             item, bonus or veto\n"
                          "  points           points; a scored branch’s are the sum of its children’s,\n"
                          "                   the bonus branch’s are the bonus cap\n"
                          "  problem          what is wrong with the indicator, or null\n"
                          "  children         on a branch only: its indicators, in order\n"
                          "  scoring_type     on a leaf only: yes_no, checklist, tiered, deduction or\n"
                          "                   discretion\n"
                          "  rule, evidence   on a leaf only: strings\n"
                          "  methods          on a leaf only: array of document, onsite, survey,\n"
                          "                   interview, online\n"
                          "  responsible      on a leaf only: a member unit’s code, or null\n"
                          "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
                          "\n"
                          "Exit status: 0 on success, 1 when FILE cannot be opened as a campaign, 2 on "
                          "a usage error."),
                        exemplar_cli_json_rubric, exemplar_cli_text_rubric, argc, argv);
}

static int
command_check (const ExemplarCliCommand  *command,
               int                        argc,
               char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *display_name = NULL;
  g_auto(GStrv) files = NULL;
  const char *description =
    _("Verifies the campaign file FILE: the database’s integrity, the links between "
      "its records and the hash chain of its audit log, which shows whether its "
      "history was changed behind Exemplar’s back.\n"
      "\n"
      "Prints “FILE: sound”, or one line “FILE: problem” per problem found.\n"
      "\n"
      "Exit status: 0 when the file is sound, 1 when a problem is found or FILE "
      "cannot be opened, 2 on a usage error.");
  int status;

  status = parse_command_line (command, NULL, description, _("FILE"), argc, argv, &files);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (files[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  display_name = g_filename_display_name (files[0]);

  if (exemplar_campaign_check (campaign, &problems))
    {
      /* Translators: %s is a file name; the campaign file has no problem. */
      g_autofree char *line = g_strdup_printf (_("%s: sound"), display_name);

      exemplar_cli_write (stdout, line);
      exemplar_cli_write (stdout, "\n");
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s\n", display_name,
                                               (const char *) g_ptr_array_index (problems, i));

      exemplar_cli_write (stdout, line);
    }

  return EXEMPLAR_CLI_EXIT_FAILURE;
}

static int
command_demo (const ExemplarCliCommand  *command,
              int                        argc,
              char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display_name = NULL;
  g_auto(GStrv) files = NULL;
  gint64 seed = 2023;
  gint64 units = 0;
  gint64 per_unit = 0;
  g_autofree char *phase_text = NULL;
  ExemplarPhase phase = EXEMPLAR_PHASE_EVALUATION;
  const GOptionEntry entries[] = {
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, N_("The seed that decides the made-up data (default 2023)"), N_("N") },
    { "units", 0, 0, G_OPTION_ARG_INT64, &units, N_("Build a synthetic campaign of N applicant units (more than 10)"), N_("N") },
    { "reviewers-per-unit", 0, 0, G_OPTION_ARG_INT64, &per_unit,
      N_("With --units, the cross-evaluators each unit sends (1 to 5, default 1)"), N_("N") },
    { "phase", 0, 0, G_OPTION_ARG_STRING, &phase_text,
      N_("Take the sample on to publicity, naming or closed (default: evaluation)"), N_("PHASE") },
    { NULL }
  };
  const char *description =
    _("Creates FILE as the sample campaign a newcomer sees: the Changning 2023 "
      "template with made-up applications, self-scores and evidence PDFs, some "
      "submitted, some in draft and one not applied; and their evaluation: a "
      "working group with declared conflicts, a document review and an on-site "
      "round drawn by lot, score sheets mostly submitted. The same seed gives the "
      "same campaign. Every name and number in it is invented. FILE must not exist.\n"
      "\n"
      "With --phase, takes the sample further, as the office would. publicity: every "
      "sheet submitted, the top three recommended, the member units’ opinions, the "
      "candidate list fixed, the publicity period from 2024-04-26 for five working days "
      "and three objections, one accepted and pending, two not accepted. naming: the "
      "objection resolved and the campaign in the naming phase. closed: the naming "
      "decision 长未保委〔2024〕2号 of 2024-05-20, the campaign closed and one named "
      "unit re-checked.\n"
      "\n"
      "With --units N, creates instead a synthetic campaign for benchmarks: the "
      "template’s rubric, N made-up units (示范街道0001…) with submitted "
      "applications but no form or evidence, --reviewers-per-unit cross-evaluators "
      "from each unit, five reviewers per application and every sheet submitted.\n"
      "\n"
      "Exit status: 0 when created, 1 when it could not be, 2 on a usage error.");
  int status;

  status = parse_command_line (command, entries, description, _("FILE"), argc, argv, &files);
  if (status == EXEMPLAR_CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (seed < 0 || seed > G_MAXUINT32)
    return exemplar_cli_usage_error (command->name, _("The seed must be a whole number from 0 to %u."),
                                     G_MAXUINT32);
  if (units != 0 && (units < EXEMPLAR_SYNTHETIC_MIN_UNITS || units > EXEMPLAR_SYNTHETIC_MAX_UNITS))
    return exemplar_cli_usage_error (command->name,
                                     /* Translators: the bounds of --units. */
                                     _("--units must be from %u to %u; without it the sample has the template’s own units."),
                                     EXEMPLAR_SYNTHETIC_MIN_UNITS, EXEMPLAR_SYNTHETIC_MAX_UNITS);
  if (per_unit != 0 && units == 0)
    return exemplar_cli_usage_error (command->name, _("--reviewers-per-unit needs --units."));
  if (phase_text != NULL &&
      (!exemplar_phase_from_string (phase_text, &phase) || phase < EXEMPLAR_PHASE_EVALUATION))
    return exemplar_cli_usage_error (command->name,
                                     _("--phase must be evaluation, publicity, naming or closed, not “%s”."),
                                     phase_text);
  if (phase_text != NULL && units != 0)
    return exemplar_cli_usage_error (command->name, _("--phase is for the sample, not with --units."));
  if (per_unit < 0 || per_unit > EXEMPLAR_SYNTHETIC_MAX_REVIEWERS_PER_UNIT)
    return exemplar_cli_usage_error (command->name,
                                     /* Translators: the upper bound of --reviewers-per-unit. */
                                     _("--reviewers-per-unit must be from 1 to %u."),
                                     EXEMPLAR_SYNTHETIC_MAX_REVIEWERS_PER_UNIT);

  if (units != 0)
    campaign = exemplar_campaign_new_synthetic (files[0], DEFAULT_TEMPLATE, (guint32) seed,
                                                (guint) units, per_unit != 0 ? (guint) per_unit : 1, &error);
  else
    campaign = exemplar_campaign_new_demo_in_phase (files[0], DEFAULT_TEMPLATE, (guint32) seed, phase, &error);
  if (campaign == NULL)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  display_name = g_filename_display_name (files[0]);
  exemplar_cli_write (stdout, display_name);
  exemplar_cli_write (stdout, "\n");
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
command_help (const ExemplarCliCommand  *command,
              int                        argc,
              char                     **argv)
{
  g_auto(GStrv) topics = NULL;
  const ExemplarCliCommand *topic;
  char *help_argv[3] = { NULL, (char *) "--help", NULL };
  const char *description =
    _("Shows how to use COMMAND, as “exemplar-cli COMMAND --help” does. Without "
      "COMMAND, lists the commands.\n"
      "\n"
      "Exit status: 0 on success, 2 on a usage error.");
  int status;

  status = parse_command_line (command, NULL, description, _("[COMMAND]"), argc, argv, &topics);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (topics == NULL || topics[0] == NULL)
    {
      print_commands (stdout);
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }
  if (topics[1] != NULL)
    return exemplar_cli_usage_error (command->name, _("Give one command to explain, not %u."), g_strv_length (topics));

  topic = find_command (topics[0]);
  if (topic == NULL)
    return exemplar_cli_usage_error (NULL, _("There is no command called “%s”."), topics[0]);

  /* A command prints its own help, and exits, when asked with --help. */
  help_argv[0] = topics[0];
  return topic->handler (topic, 2, help_argv);
}

static const ExemplarCliCommand commands[] = {
  { "new", N_("Create a campaign file from a built-in template"), command_new },
  { "templates", N_("List the built-in campaign templates"), command_templates },
  { "info", N_("Show a campaign’s facts, units and progress"), command_info },
  { "rubric", N_("Show a campaign’s rubric (scoring standard)"), command_rubric },
  { "check", N_("Verify a campaign file and its audit log"), command_check },
  { "application", N_("Fill in, self-assess and submit a unit’s application"), exemplar_cli_application },
  { "evidence", N_("Attach evidence files to applications, list them, get them back"), exemplar_cli_evidence },
  { "search", N_("Search the text of all evidence PDFs in a campaign"), exemplar_cli_search },
  { "reviewer", N_("Add and list the reviewers of the evaluation"), exemplar_cli_reviewer },
  { "group", N_("Add working groups and their members, list them"), exemplar_cli_group },
  { "assign", N_("Assign reviewers to applications, by hand or by draw"), exemplar_cli_assign },
  { "assignments", N_("List who scores which unit, and how far their sheets are"), exemplar_cli_assignments },
  { "score", N_("Fill in, submit and reopen a reviewer’s score sheet"), exemplar_cli_score },
  { "package", N_("Write a reviewer’s review package, or show one"), exemplar_cli_package },
  { "sheet", N_("Write, import and settle returned score sheet files"), exemplar_cli_sheet },
  { "policy", N_("Set or show how reviewers’ points are aggregated"), exemplar_cli_policy },
  { "veto", N_("Record or clear a veto finding against a unit"), exemplar_cli_veto },
  { "flag", N_("Record the office’s review of a flagged item"), exemplar_cli_flag },
  { "results", N_("Show the totals, ranking, flags and sensitivity"), exemplar_cli_results },
  { "export", N_("Write scores to CSV/XLSX, score sheets and reports to PDF"), exemplar_cli_export },
  { "phase", N_("Show the campaign’s phase and what is missing, move it on or back"), exemplar_cli_phase },
  { "recommend", N_("Record the expert panel’s recommended list"), exemplar_cli_recommend },
  { "opinion", N_("Record a member unit’s opinion on the recommended list"), exemplar_cli_opinion },
  { "candidates", N_("Show the review and the candidate list, or fix it"), exemplar_cli_candidates },
  { "publicity", N_("Set, show and export the publicity notice"), exemplar_cli_publicity },
  { "objection", N_("Record, list and resolve objections to candidates"), exemplar_cli_objection },
  { "calendar", N_("List or change the working-day calendar"), exemplar_cli_calendar },
  { "naming", N_("Confirm and export the naming decision, re-check, revoke"), exemplar_cli_naming },
  { "demo", N_("Create the sample campaign with made-up applications and evidence"), command_demo },
  { "help", N_("Show how to use a command"), command_help },
};

static const ExemplarCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

static void
print_commands (FILE *stream)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));

  g_string_append_printf (text, "%s\n  %s %s\n\n",
                          _("Usage:"), EXEMPLAR_CLI_PROGRAM, _("COMMAND [OPTION…] [FILE]"));
  g_string_append_printf (text, "%s\n\n", _("Runs a model-site campaign from the command line."));

  g_string_append_printf (text, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));

  g_string_append_printf (text, "\n%s\n", _("Options:"));
  g_string_append_printf (text, "  %-*s  %s\n", width, "--help", _("Show this list of commands"));
  g_string_append_printf (text, "  %-*s  %s\n", width, "--version", _("Show the program’s version"));

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” to see a command’s options and output."),
                          EXEMPLAR_CLI_PROGRAM);
  g_string_append_c (text, '\n');

  exemplar_cli_write (stream, text->str);
}

static void
setup_i18n (void)
{
  const char *localedir = g_getenv ("EXEMPLAR_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  /* Our output is always UTF-8, whatever the locale's charset. */
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  const ExemplarCliCommand *command;
  int status;

  setup_i18n ();
  g_set_prgname (EXEMPLAR_CLI_PROGRAM);

  if (argc < 2)
    {
      print_commands (stderr);
      return EXEMPLAR_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "-?"))
    {
      print_commands (stdout);
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_autofree char *line = g_strdup_printf ("%s %s\n", EXEMPLAR_CLI_PROGRAM, PACKAGE_VERSION);

      exemplar_cli_write (stdout, line);
      return EXEMPLAR_CLI_EXIT_SUCCESS;
    }

  if (argv[1][0] == '-')
    return exemplar_cli_usage_error (NULL, _("Unknown option “%s”; a command comes first."), argv[1]);

  command = find_command (argv[1]);
  if (command == NULL)
    return exemplar_cli_usage_error (NULL, _("There is no command called “%s”."), argv[1]);

  status = command->handler (command, argc - 1, argv + 1);

  /* A full disk or a closed pipe must not pass for success. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      exemplar_cli_error ("%s", _("The output could not be written."));
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  return status;
}
