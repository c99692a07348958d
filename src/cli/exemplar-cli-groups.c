/* exemplar-cli-groups.c
 *
 * "exemplar-cli group …": the evaluation's working groups (评估工作组) and
 * their members; "exemplar-cli flag review|clear": the office's review of
 * an item flagged for disagreement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-groups.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-unit.h"
#include "exemplar-working-group.h"

/* GROUP is a working group's name or id. */
static ExemplarWorkingGroup *
find_group (ExemplarCampaign *campaign,
            const char       *text)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *groups = exemplar_evaluation_get_working_groups (evaluation);
  ExemplarWorkingGroup *group = exemplar_evaluation_find_working_group (evaluation, text);
  gint64 id = 0;

  if (group != NULL)
    return group;

  if (exemplar_cli_parse_id (text, &id))
    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(ExemplarWorkingGroup) candidate = g_list_model_get_item (groups, i);

        if (exemplar_working_group_get_id (candidate) == id)
          return candidate;
      }

  exemplar_cli_error (_("The campaign has no working group “%s”; “%s group list FILE” shows them."),
                      text, EXEMPLAR_CLI_PROGRAM);
  return NULL;
}

/* "第一组 (实地评估): 王敏、李强" */
static void
group_text (GString              *out,
            ExemplarWorkingGroup *group)
{
  ExemplarRound *round = exemplar_working_group_get_round (group);
  g_autofree char *names = exemplar_working_group_dup_member_names (group);

  g_string_append_printf (out, "%" G_GINT64_FORMAT "  %s", exemplar_working_group_get_id (group),
                          exemplar_working_group_get_name (group));
  if (round != NULL)
    g_string_append_printf (out, "  (%s)", exemplar_round_get_name (round));
  g_string_append_printf (out, ": %s\n", names[0] != '\0' ? names : _("no members"));
}

static void
groups_text (GString    *out,
             GListModel *groups)
{
  exemplar_cli_text_add_each (out, groups, _("No working groups."), (ExemplarCliTextItemFunc) group_text);
}

static void
group_json (JsonBuilder          *builder,
            ExemplarWorkingGroup *group)
{
  ExemplarRound *round = exemplar_working_group_get_round (group);
  GListModel *members = exemplar_working_group_get_members (group);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "id", exemplar_working_group_get_id (group));
  exemplar_cli_json_add_string (builder, "name", exemplar_working_group_get_name (group));
  exemplar_cli_json_add_string (builder, "round", round != NULL ? exemplar_round_get_name (round) : NULL);
  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (members, i);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_int (builder, "id", exemplar_reviewer_get_id (reviewer));
      exemplar_cli_json_add_string (builder, "name", exemplar_reviewer_get_name (reviewer));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static int
subcommand_group_add (const ExemplarCliCommand  *subcommand,
                      int                        argc,
                      char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *round_text = NULL;
  ExemplarWorkingGroup *group;
  ExemplarRound *round = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_text,
      _("The round the group evaluates in (its name or id)"), _("ROUND") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write the new group as JSON"), NULL },
    { NULL }
  };
  const char *description =
    _("Adds a working group (评估工作组) called NAME to the campaign FILE; names are unique. "
      "With --round, the group serves that round: once a round has working groups, its draw "
      "picks only among their members and a reviewer outside them cannot be assigned in it. "
      "Recorded in the audit log.\n"
      "\n"
      "Prints the group’s id, name and round; with --json, one object as “group list --json” "
      "writes them.\n"
      "\n"
      "Exit status: 0 when added, 1 when the round is unknown or the campaign refuses the "
      "group (a name in use, a locked phase), 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, C_("group", "FILE NAME"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (round_text != NULL && (round = exemplar_cli_find_round (campaign, round_text)) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  group = exemplar_evaluation_add_working_group (exemplar_campaign_get_evaluation (campaign),
                                                 args[1], round, &error);
  if (group == NULL)
    return exemplar_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      group_json (builder, group);
      data = exemplar_cli_json_to_data (builder);
      g_string_append (out, data);
    }
  else
    group_text (out, group);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_group_list (const ExemplarCliCommand  *subcommand,
                       int                        argc,
                       char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  GListModel *groups;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the working groups of the campaign FILE with their round and members.\n"
      "\n"
      "With --json, writes an array of objects with the keys:\n"
      "  id       the group’s id\n"
      "  name     its name\n"
      "  round    the name of the round it serves, or null\n"
      "  members  array of {id, name}: the reviewers in it, by id\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  groups = exemplar_evaluation_get_working_groups (exemplar_campaign_get_evaluation (campaign));

  exemplar_cli_write_list (groups, json, (ExemplarCliJsonItemFunc) group_json, groups_text);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_group_rename (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarWorkingGroup *group;
  const char *description =
    _("Renames the working group GROUP (its name or id) of the campaign FILE to NAME; names "
      "are unique. Recorded in the audit log.\n"
      "\n"
      "Exit status: 0 when renamed, 1 when the group is unknown or the campaign refuses the "
      "name, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE GROUP NAME"), 3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL || (group = find_group (campaign, args[1])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_evaluation_rename_working_group (exemplar_campaign_get_evaluation (campaign),
                                                 group, args[2], &error))
    return exemplar_cli_fail (error);

  group_text (out, group);
  exemplar_cli_write (stdout, out->str);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_group_remove (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *name = NULL;
  ExemplarWorkingGroup *group;
  const char *description =
    _("Removes the working group GROUP (its name or id) from the campaign FILE. The "
      "assignments its members already have stay. Recorded in the audit log.\n"
      "\n"
      "Exit status: 0 when removed, 1 when the group is unknown or the campaign refuses the "
      "change, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE GROUP"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL || (group = find_group (campaign, args[1])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  name = g_strdup (exemplar_working_group_get_name (group));
  if (!exemplar_evaluation_remove_working_group (exemplar_campaign_get_evaluation (campaign), group, &error))
    return exemplar_cli_fail (error);

  /* Translators: %s is a working group's name. */
  exemplar_cli_print (_("Removed the working group “%s”.\n"), name);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* "group member add|remove FILE GROUP REVIEWER" */
static int
change_member (const ExemplarCliCommand  *subcommand,
               int                        argc,
               char                     **argv,
               gboolean                   add)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarWorkingGroup *group;
  ExemplarReviewer *reviewer;
  gboolean done;
  const char *description = add
    ? _("Adds the reviewer REVIEWER (an id, or an exact name) to the working group GROUP (its "
        "name or id) of the campaign FILE. Recorded in the audit log.\n"
        "\n"
        "Prints the group with its members.\n"
        "\n"
        "Exit status: 0 when added, 1 when the group or reviewer is unknown or the campaign "
        "refuses the change, 2 on a usage error.")
    : _("Takes the reviewer REVIEWER (an id, or an exact name) out of the working group GROUP "
        "(its name or id) of the campaign FILE. The assignments they already have stay. "
        "Recorded in the audit log.\n"
        "\n"
        "Prints the group with its members.\n"
        "\n"
        "Exit status: 0 when removed, 1 when the group or reviewer is unknown, the reviewer is "
        "not in the group or the campaign refuses the change, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE GROUP REVIEWER"), 3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL ||
      (group = find_group (campaign, args[1])) == NULL ||
      (reviewer = exemplar_cli_find_reviewer (campaign, args[2])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  evaluation = exemplar_campaign_get_evaluation (campaign);
  if (add)
    done = exemplar_evaluation_add_group_member (evaluation, group, reviewer, &error);
  else
    done = exemplar_evaluation_remove_group_member (evaluation, group, reviewer, &error);
  if (!done)
    return exemplar_cli_fail (error);

  group_text (out, group);
  exemplar_cli_write (stdout, out->str);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_member_add (const ExemplarCliCommand  *subcommand,
                       int                        argc,
                       char                     **argv)
{
  return change_member (subcommand, argc, argv, TRUE);
}

static int
subcommand_member_remove (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  return change_member (subcommand, argc, argv, FALSE);
}

static const ExemplarCliCommand member_subcommands[] = {
  { "add", N_("Add a reviewer to a working group"), subcommand_member_add },
  { "remove", N_("Take a reviewer out of a working group"), subcommand_member_remove },
};

static const ExemplarCliGroup member_group = {
  .name = "group member",
  .usage = N_("SUBCOMMAND FILE GROUP REVIEWER"),
  .description = N_("Changes who is in a working group."),
  .deadlines = FALSE,
  .subcommands = member_subcommands,
  .n_subcommands = G_N_ELEMENTS (member_subcommands),
};

static int
subcommand_group_member (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  return exemplar_cli_run_group (&member_group, argc, argv);
}

static const ExemplarCliCommand group_subcommands[] = {
  { "add", N_("Add a working group, optionally for one round"), subcommand_group_add },
  { "list", N_("List the working groups with their rounds and members"), subcommand_group_list },
  { "rename", N_("Rename a working group"), subcommand_group_rename },
  { "remove", N_("Remove a working group"), subcommand_group_remove },
  { "member", N_("Add a reviewer to a group or take one out"), subcommand_group_member },
};

static const ExemplarCliGroup group_group = {
  .name = "group",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on the evaluation’s working groups (评估工作组). When a round has "
                    "working groups, only their members are drawn or assigned in it."),
  .deadlines = FALSE,
  .subcommands = group_subcommands,
  .n_subcommands = G_N_ELEMENTS (group_subcommands),
};

int
exemplar_cli_group (const ExemplarCliCommand  *command,
                    int                        argc,
                    char                     **argv)
{
  return exemplar_cli_run_group (&group_group, argc, argv);
}

/* flag */

static int
change_flag_review (const ExemplarCliCommand  *subcommand,
                    int                        argc,
                    char                     **argv,
                    gboolean                   review)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *note = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *indicator;
  gboolean done;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, _("How the flag was reviewed (required; it is recorded)"), _("TEXT") },
    { NULL }
  };
  const char *description = review
    ? _("For the office: marks the item INDICATOR of UNIT in the campaign FILE as reviewed after "
        "its disagreement flag, with a note saying how (e.g. re-scored on site). Reviewing again "
        "replaces the note. Only during the evaluation phase; recorded in the audit log. "
        "“results --json” lists the reviewed flags with their notes.\n"
        "\n"
        "Exit status: 0 when recorded, 1 when the unit or indicator is unknown or the campaign "
        "refuses the change, 2 on a usage error such as a missing --note.")
    : _("For the office: takes back the review of the item INDICATOR of UNIT in the campaign "
        "FILE. Only during the evaluation phase; recorded in the audit log.\n"
        "\n"
        "Exit status: 0 when cleared, 1 when the unit or indicator is unknown or the campaign "
        "refuses the change, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, review ? entries : NULL, description,
                               _("FILE UNIT INDICATOR"), 3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (review && note == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give the note with --note."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL ||
      (declaration = exemplar_cli_find_declaration (campaign, args[1])) == NULL ||
      (indicator = exemplar_cli_find_indicator (campaign, args[2])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  evaluation = exemplar_campaign_get_evaluation (campaign);
  if (review)
    done = exemplar_evaluation_review_flag (evaluation, declaration, indicator, note, &error);
  else
    done = exemplar_evaluation_clear_flag_review (evaluation, declaration, indicator, &error);
  if (!done)
    return exemplar_cli_fail (error);

  if (review)
    /* Translators: a unit's name, an item's code, then the review note. */
    exemplar_cli_print (_("%s %s: reviewed: %s\n"),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                        exemplar_indicator_get_code (indicator), note);
  else
    /* Translators: a unit's name, an item's code. */
    exemplar_cli_print (_("%s %s: not reviewed.\n"),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                        exemplar_indicator_get_code (indicator));
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_flag_review (const ExemplarCliCommand  *subcommand,
                        int                        argc,
                        char                     **argv)
{
  return change_flag_review (subcommand, argc, argv, TRUE);
}

static int
subcommand_flag_clear (const ExemplarCliCommand  *subcommand,
                       int                        argc,
                       char                     **argv)
{
  return change_flag_review (subcommand, argc, argv, FALSE);
}

static const ExemplarCliCommand flag_subcommands[] = {
  { "review", N_("Mark a flagged item reviewed, with a note"), subcommand_flag_review },
  { "clear", N_("Take back the review of a flagged item"), subcommand_flag_clear },
};

static const ExemplarCliGroup flag_group = {
  .name = "flag",
  .usage = N_("SUBCOMMAND [OPTION…] FILE UNIT INDICATOR"),
  .description = N_("Records the office’s review of items flagged because the reviewers’ points "
                    "are too far apart."),
  .deadlines = FALSE,
  .subcommands = flag_subcommands,
  .n_subcommands = G_N_ELEMENTS (flag_subcommands),
};

int
exemplar_cli_flag (const ExemplarCliCommand  *command,
                   int                        argc,
                   char                     **argv)
{
  return exemplar_cli_run_group (&flag_group, argc, argv);
}
