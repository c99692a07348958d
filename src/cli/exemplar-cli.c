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
#include "exemplar-cli-application.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-template.h"

#define PROGRAM_NAME "exemplar-cli"
#define DEFAULT_TEMPLATE "changning-2023"

enum
{
  CLI_EXIT_SUCCESS = 0,
  CLI_EXIT_FAILURE = 1,
  CLI_EXIT_USAGE   = 2,
};

typedef struct _Command Command;

typedef int (*CommandFunc) (const Command  *command,
                            int             argc,
                            char          **argv);

struct _Command
{
  const char  *name;
  const char  *summary;
  CommandFunc  handler;
};

static const Command *find_command (const char *name);
static void print_commands (FILE *stream);

/* Output goes out as UTF-8 bytes, untouched: g_print() would convert to the
 * locale's charset and turn every Chinese character into "?" under LANG=C,
 * which is how scripts and cron jobs often run. */
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

static int usage_error (const Command *command,
                        const char    *format,
                        ...) G_GNUC_PRINTF (2, 3);

/* Prints the error and where to read more; returns the usage exit status. */
static int
usage_error (const Command *command,
             const char    *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *hint = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (command != NULL)
    hint = g_strdup_printf (_("Run “%s %s --help” to see how to use it."),
                            PROGRAM_NAME, command->name);
  else
    hint = g_strdup_printf (_("Run “%s --help” to see the commands."), PROGRAM_NAME);

  print_error ("%s", message);
  fprintf (stderr, "%s\n", hint);

  return CLI_EXIT_USAGE;
}

/* Parses @argv (argv[0] is the command's name) against @entries and
 * collects the other arguments in @files; a command whose @parameter is NULL
 * takes none. Returns CLI_EXIT_SUCCESS, or CLI_EXIT_USAGE after printing
 * why; "--help" prints the command's help and exits. */
static int
parse_command_line (const Command       *command,
                    const GOptionEntry  *entries,
                    const char          *description,
                    const char          *parameter,
                    int                  argc,
                    char               **argv,
                    char              ***files)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;
  g_autofree char *wrapped_description = NULL;
  const GOptionEntry file_entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, files, NULL, parameter },
    { NULL }
  };

  /* The usage line reads "exemplar-cli info [OPTION…] FILE". */
  prgname = g_strdup_printf ("%s %s", PROGRAM_NAME, command->name);
  g_set_prgname (prgname);

  wrapped_description = exemplar_cli_text_wrap (description, EXEMPLAR_CLI_TEXT_WIDTH);

  /* Strings are translated here already, so the context needs no domain. */
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_description (context, wrapped_description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, file_entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (command, "%s", error->message);

  if (parameter == NULL && *files != NULL && (*files)[0] != NULL)
    return usage_error (command, _("“%s” takes no file."), command->name);

  return CLI_EXIT_SUCCESS;
}

/* Checks that exactly one FILE was given. */
static int
expect_one_file (const Command *command,
                 char         **files)
{
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  if (n_files == 0)
    return usage_error (command, _("No campaign file was given."));
  if (n_files > 1)
    return usage_error (command, _("Give one campaign file, not %u."), n_files);

  return CLI_EXIT_SUCCESS;
}

static ExemplarCampaign *
open_campaign (const char *path)
{
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;

  campaign = exemplar_campaign_open (path, &error);
  if (campaign == NULL)
    print_error ("%s", error->message);

  return campaign;
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

      write_text (stdout, line);
    }
}

static int
command_templates (const Command  *command,
                   int             argc,
                   char          **argv)
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
  if (status != CLI_EXIT_SUCCESS)
    return status;

  if (json)
    {
      g_autofree char *data = exemplar_cli_json_templates ();

      write_text (stdout, data);
    }
  else
    print_templates ();

  return CLI_EXIT_SUCCESS;
}

static int
command_new (const Command  *command,
             int             argc,
             char          **argv)
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
  if (status != CLI_EXIT_SUCCESS)
    return status;

  if (list_templates)
    {
      if (files != NULL && files[0] != NULL)
        return usage_error (command, _("--list-templates takes no file."));
      print_templates ();
      return CLI_EXIT_SUCCESS;
    }

  status = expect_one_file (command, files);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  if (template_id == NULL)
    template_id = g_strdup (DEFAULT_TEMPLATE);
  if (!template_exists (template_id))
    return usage_error (command,
                        _("There is no built-in template called “%s”. "
                          "“%s templates” lists them."),
                        template_id, PROGRAM_NAME);

  /* SQLite would only say "unable to open database file". */
  parent = g_path_get_dirname (files[0]);
  if (!g_file_test (parent, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display_parent = g_filename_display_name (parent);

      print_error (_("There is no folder “%s” to create the campaign in."), display_parent);
      return CLI_EXIT_FAILURE;
    }

  campaign = exemplar_campaign_new_from_template (files[0], template_id, &error);
  if (campaign == NULL)
    {
      print_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }

  line = g_strdup_printf ("%s\n", exemplar_campaign_get_path (campaign));
  write_text (stdout, line);

  return CLI_EXIT_SUCCESS;
}

static int
command_info (const Command  *command,
              int             argc,
              char          **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
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
      "a usage error.");
  int status;

  status = parse_command_line (command, entries, description, _("FILE"), argc, argv, &files);
  if (status == CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  campaign = open_campaign (files[0]);
  if (campaign == NULL)
    return CLI_EXIT_FAILURE;

  if (json)
    {
      g_autofree char *data = exemplar_cli_json_info (campaign);

      write_text (stdout, data);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      exemplar_cli_text_info (text, campaign);
      write_text (stdout, text->str);
    }

  return CLI_EXIT_SUCCESS;
}

static int
command_rubric (const Command  *command,
                int             argc,
                char          **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
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
      "a usage error.");
  int status;

  status = parse_command_line (command, entries, description, _("FILE"), argc, argv, &files);
  if (status == CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  campaign = open_campaign (files[0]);
  if (campaign == NULL)
    return CLI_EXIT_FAILURE;

  if (json)
    {
      g_autofree char *data = exemplar_cli_json_rubric (campaign);

      write_text (stdout, data);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      exemplar_cli_text_rubric (text, campaign);
      write_text (stdout, text->str);
    }

  return CLI_EXIT_SUCCESS;
}

static int
command_check (const Command  *command,
               int             argc,
               char          **argv)
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
  if (status == CLI_EXIT_SUCCESS)
    status = expect_one_file (command, files);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  campaign = open_campaign (files[0]);
  if (campaign == NULL)
    return CLI_EXIT_FAILURE;

  display_name = g_filename_display_name (files[0]);

  if (exemplar_campaign_check (campaign, &problems))
    {
      /* Translators: %s is a file name; the campaign file has no problem. */
      g_autofree char *line = g_strdup_printf (_("%s: sound"), display_name);

      write_text (stdout, line);
      write_text (stdout, "\n");
      return CLI_EXIT_SUCCESS;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s\n", display_name,
                                               (const char *) g_ptr_array_index (problems, i));

      write_text (stdout, line);
    }

  return CLI_EXIT_FAILURE;
}

static int
command_help (const Command  *command,
              int             argc,
              char          **argv)
{
  g_auto(GStrv) topics = NULL;
  const Command *topic;
  char *help_argv[3] = { NULL, (char *) "--help", NULL };
  const char *description =
    _("Shows how to use COMMAND, as “exemplar-cli COMMAND --help” does. Without "
      "COMMAND, lists the commands.\n"
      "\n"
      "Exit status: 0 on success, 2 on a usage error.");
  int status;

  status = parse_command_line (command, NULL, description, _("[COMMAND]"), argc, argv, &topics);
  if (status != CLI_EXIT_SUCCESS)
    return status;

  if (topics == NULL || topics[0] == NULL)
    {
      print_commands (stdout);
      return CLI_EXIT_SUCCESS;
    }
  if (topics[1] != NULL)
    return usage_error (command, _("Give one command to explain, not %u."), g_strv_length (topics));

  topic = find_command (topics[0]);
  if (topic == NULL)
    return usage_error (NULL, _("There is no command called “%s”."), topics[0]);

  /* A command prints its own help, and exits, when asked with --help. */
  help_argv[0] = topics[0];
  return topic->handler (topic, 2, help_argv);
}

static const Command commands[] = {
  { "new", N_("Create a campaign file from a built-in template"), command_new },
  { "templates", N_("List the built-in campaign templates"), command_templates },
  { "info", N_("Show a campaign’s facts, units and progress"), command_info },
  { "rubric", N_("Show a campaign’s rubric (scoring standard)"), command_rubric },
  { "check", N_("Verify a campaign file and its audit log"), command_check },
  { "application", N_("Fill in, self-assess and submit a unit’s application"), exemplar_cli_application },
  { "help", N_("Show how to use a command"), command_help },
};

static const Command *
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
                          _("Usage:"), PROGRAM_NAME, _("COMMAND [OPTION…] [FILE]"));
  g_string_append_printf (text, "%s\n\n", _("Runs a model-site campaign from the command line."));

  g_string_append_printf (text, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));

  g_string_append_printf (text, "\n%s\n", _("Options:"));
  g_string_append_printf (text, "  %-*s  %s\n", width, "--help", _("Show this list of commands"));
  g_string_append_printf (text, "  %-*s  %s\n", width, "--version", _("Show the program’s version"));

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” to see a command’s options and output."),
                          PROGRAM_NAME);
  g_string_append_c (text, '\n');

  write_text (stream, text->str);
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
  const Command *command;
  int status;

  setup_i18n ();
  g_set_prgname (PROGRAM_NAME);

  if (argc < 2)
    {
      print_commands (stderr);
      return CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "-?"))
    {
      print_commands (stdout);
      return CLI_EXIT_SUCCESS;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_autofree char *line = g_strdup_printf ("%s %s\n", PROGRAM_NAME, PACKAGE_VERSION);

      write_text (stdout, line);
      return CLI_EXIT_SUCCESS;
    }

  if (argv[1][0] == '-')
    return usage_error (NULL, _("Unknown option “%s”; a command comes first."), argv[1]);

  command = find_command (argv[1]);
  if (command == NULL)
    return usage_error (NULL, _("There is no command called “%s”."), argv[1]);

  status = command->handler (command, argc - 1, argv + 1);

  /* A full disk or a closed pipe must not pass for success. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      print_error ("%s", _("The output could not be written."));
      return CLI_EXIT_FAILURE;
    }

  return status;
}
