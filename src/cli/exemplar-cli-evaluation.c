/* exemplar-cli-evaluation.c
 *
 * "exemplar-cli reviewer add|list", "assign" and "assignments"; the score
 * sheets are in exemplar-cli-evaluation-score.c, the policy and vetoes in
 * exemplar-cli-evaluation-policy.c. The JSON keys are an interface: add
 * keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-evaluation.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"

/* Helpers */

static char *
describe_affiliation (ExemplarReviewer *reviewer)
{
  ExemplarAffiliation affiliation = exemplar_reviewer_get_affiliation (reviewer);
  ExemplarUnit *unit = affiliation == EXEMPLAR_AFFILIATION_MEMBER ? exemplar_reviewer_get_member_unit (reviewer)
                                                                  : exemplar_reviewer_get_unit (reviewer);

  if (unit == NULL)
    return g_strdup (exemplar_affiliation_get_title (affiliation));

  /* Translators: what a reviewer belongs to, then the unit, e.g.
   * "Member unit 区教育局". */
  return g_strdup_printf (_("%s %s"), exemplar_affiliation_get_title (affiliation),
                          exemplar_unit_get_name (unit));
}

static ExemplarUnit *
find_applicant_unit (ExemplarCampaign *campaign,
                     const char       *text)
{
  ExemplarDeclaration *declaration = exemplar_cli_find_declaration (campaign, text);

  return declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;
}

static void
reviewer_to_json (JsonBuilder      *builder,
                  ExemplarReviewer *reviewer)
{
  ExemplarUnit *unit = exemplar_reviewer_get_unit (reviewer);
  ExemplarUnit *member_unit = exemplar_reviewer_get_member_unit (reviewer);
  guint n_conflicts = exemplar_reviewer_get_n_conflicts (reviewer);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "id", exemplar_reviewer_get_id (reviewer));
  exemplar_cli_json_add_string (builder, "name", exemplar_reviewer_get_name (reviewer));
  exemplar_cli_json_add_string (builder, "affiliation",
                                exemplar_affiliation_to_string (exemplar_reviewer_get_affiliation (reviewer)));
  exemplar_cli_json_add_string (builder, "unit", unit != NULL ? exemplar_unit_get_code (unit) : NULL);
  exemplar_cli_json_add_string (builder, "member_unit",
                                member_unit != NULL ? exemplar_unit_get_code (member_unit) : NULL);
  exemplar_cli_json_add_boolean (builder, "expert",
                                 exemplar_reviewer_get_affiliation (reviewer) == EXEMPLAR_AFFILIATION_EXPERT);
  exemplar_cli_json_add_string (builder, "role", exemplar_reviewer_get_role (reviewer));
  exemplar_cli_json_add_string (builder, "contact", exemplar_reviewer_get_contact (reviewer));

  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_conflicts; i++)
    json_builder_add_string_value (builder,
                                   exemplar_unit_get_code (exemplar_reviewer_get_conflict_unit (reviewer, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "conflict_reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_conflicts; i++)
    json_builder_add_string_value (builder, exemplar_reviewer_get_conflict_reason (reviewer, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char reviewer_json_keys[] =
  N_("  id               the reviewer’s id, which other commands take as REVIEWER\n"
     "  name             string\n"
     "  affiliation      member, applicant or expert\n"
     "  unit             the code of the applicant unit the reviewer works for, or null\n"
     "  member_unit      the code of the member unit the reviewer comes from, or null\n"
     "  expert           true for an outside expert\n"
     "  role, contact    strings, or null\n"
     "  conflicts        the codes of the units the reviewer declared a conflict with\n"
     "  conflict_reasons the reason of each, in the same order\n");

/* reviewer add */

typedef struct
{
  ExemplarUnit *unit;
  char         *reason;
} Conflict;

static void
conflict_free (Conflict *conflict)
{
  g_free (conflict->reason);
  g_free (conflict);
}

static int
subcommand_reviewer_add (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) conflict_args = NULL;
  g_autofree char *member_unit = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *role = NULL;
  g_autofree char *contact = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarReviewer *reviewer;
  ExemplarAffiliation affiliation = EXEMPLAR_AFFILIATION_EXPERT;
  ExemplarUnit *home = NULL;
  gboolean expert = FALSE;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "member-unit", 0, 0, G_OPTION_ARG_STRING, &member_unit,
      _("The reviewer comes from this member unit (its code or name)"), _("UNIT") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      _("The reviewer works for this applicant unit, for cross-evaluation"), _("CODE") },
    { "expert", 0, 0, G_OPTION_ARG_NONE, &expert, _("The reviewer is an outside expert"), NULL },
    { "conflict", 0, 0, G_OPTION_ARG_STRING_ARRAY, &conflict_args,
      _("The reviewer must not score this unit; “CODE=REASON” records why (repeatable)"), _("CODE") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, _("The reviewer’s post or role"), _("TEXT") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, _("How to reach the reviewer"), _("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  g_autofree char *description = NULL;
  const char *parameter = _("FILE NAME");
  int status;

  description =
    g_strdup_printf (_("Adds the reviewer NAME to the evaluation working group of the campaign FILE. "
                       "Say where the reviewer comes from with exactly one of --member-unit (a member "
                       "unit of the committee, 成员单位), --unit (an applicant unit, whose staff score "
                       "other units in cross-evaluation) or --expert. Nobody is ever assigned to their "
                       "own unit; --conflict declares another unit the reviewer must not score (a "
                       "former post, a family tie), with its reason after “=”. The reviewer and the "
                       "conflicts are recorded in the audit log.\n"
                       "\n"
                       "Prints the new reviewer’s id, which other commands take as REVIEWER.\n"
                       "\n"
                       "With --json, writes the reviewer as one object with the keys:\n"
                       "%s"
                       "\n"
                       "Exit status: 0 when added, 1 when a unit is unknown or the campaign refuses "
                       "the change, 2 on a usage error."),
                     _(reviewer_json_keys));

  status = exemplar_cli_parse (subcommand, entries, description, parameter, 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if ((member_unit != NULL) + (unit != NULL) + (expert != FALSE) != 1)
    return exemplar_cli_usage_error (argv[0], _("Give exactly one of --member-unit, --unit and --expert."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  evaluation = exemplar_campaign_get_evaluation (campaign);

  if (member_unit != NULL)
    {
      affiliation = EXEMPLAR_AFFILIATION_MEMBER;
      home = exemplar_cli_find_member_unit (campaign, member_unit);
    }
  else if (unit != NULL)
    {
      affiliation = EXEMPLAR_AFFILIATION_APPLICANT;
      home = find_applicant_unit (campaign, unit);
    }
  if (affiliation != EXEMPLAR_AFFILIATION_EXPERT && home == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  /* Every unit is looked up before anything is stored. */
  for (guint i = 0; conflict_args != NULL && conflict_args[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (conflict_args[i], "=", 2);
      Conflict *conflict;
      ExemplarUnit *target;

      target = find_applicant_unit (campaign, parts[0] != NULL ? parts[0] : "");
      if (target == NULL)
        return EXEMPLAR_CLI_EXIT_FAILURE;

      conflict = g_new0 (Conflict, 1);
      conflict->unit = target;
      conflict->reason = g_strdup (parts[0] != NULL && parts[1] != NULL && *g_strstrip (parts[1]) != '\0'
                                   ? parts[1]
                                   /* Translators: the reason recorded for a conflict of
                                    * interest declared without one. */
                                   : _("Declared by the reviewer"));
      g_ptr_array_add (conflicts, conflict);
    }

  reviewer = exemplar_evaluation_add_reviewer (evaluation, args[1], affiliation, home, role, contact, &error);
  if (reviewer == NULL)
    return exemplar_cli_fail (error);

  for (guint i = 0; i < conflicts->len; i++)
    {
      Conflict *conflict = g_ptr_array_index (conflicts, i);

      if (!exemplar_evaluation_add_conflict (evaluation, reviewer, conflict->unit, conflict->reason, &error))
        {
          /* All or nothing: the reviewer goes again, with any conflict
           * already declared. */
          exemplar_cli_error ("%s", error->message);
          g_clear_error (&error);
          if (!exemplar_evaluation_remove_reviewer (evaluation, reviewer, &error))
            exemplar_cli_error ("%s", error->message);
          else
            exemplar_cli_error ("%s", _("The reviewer was not added."));
          return EXEMPLAR_CLI_EXIT_FAILURE;
        }
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      reviewer_to_json (builder, reviewer);
      data = exemplar_cli_json_to_data (builder);
      exemplar_cli_write (stdout, data);
    }
  else
    exemplar_cli_print ("%" G_GINT64_FORMAT "\n", exemplar_reviewer_get_id (reviewer));

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* reviewer list */

static void
reviewers_text (GString    *out,
                GListModel *reviewers)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (g_list_model_get_n_items (reviewers) == 0)
    {
      g_string_append_printf (out, "%s\n", _("No reviewer yet."));
      return;
    }

  exemplar_cli_text_add_cells (cells, _("ID"), _("Name"), _("Affiliation"), _("Conflicts"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
      g_autoptr(GString) conflicts = g_string_new (NULL);

      for (guint j = 0; j < exemplar_reviewer_get_n_conflicts (reviewer); j++)
        {
          if (j > 0)
            g_string_append (conflicts, ", ");
          g_string_append (conflicts, exemplar_unit_get_name (exemplar_reviewer_get_conflict_unit (reviewer, j)));
        }

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer)));
      g_ptr_array_add (cells, g_strdup (exemplar_reviewer_get_name (reviewer)));
      g_ptr_array_add (cells, describe_affiliation (reviewer));
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&conflicts), FALSE));
    }

  exemplar_cli_text_table (out, "", cells, 4, 1u << 0);
}

static int
subcommand_reviewer_list (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *description = NULL;
  GListModel *reviewers;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  int status;

  description =
    g_strdup_printf (_("Lists the reviewers of the campaign FILE by id: name, where they come from and "
                       "the units they declared a conflict with.\n"
                       "\n"
                       "With --json, writes an array with one object per reviewer, with the keys:\n"
                       "%s"
                       "\n"
                       "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error."),
                     _(reviewer_json_keys));

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  reviewers = exemplar_evaluation_get_reviewers (exemplar_campaign_get_evaluation (campaign));

  exemplar_cli_write_list (reviewers, json, (ExemplarCliJsonItemFunc) reviewer_to_json, reviewers_text);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand reviewer_subcommands[] = {
  { "add", N_("Add a reviewer to the evaluation working group"), subcommand_reviewer_add },
  { "list", N_("List the reviewers and their declared conflicts"), subcommand_reviewer_list },
};

static const ExemplarCliGroup reviewer_group = {
  .name = "reviewer",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on the members of the evaluation working group (评估工作组成员): people "
                    "from member units, staff of applicant units who score other units, and outside "
                    "experts."),
  .deadlines = FALSE,
  .subcommands = reviewer_subcommands,
  .n_subcommands = G_N_ELEMENTS (reviewer_subcommands),
};

int
exemplar_cli_reviewer (const ExemplarCliCommand  *command,
                       int                        argc,
                       char                     **argv)
{
  return exemplar_cli_run_group (&reviewer_group, argc, argv);
}

/* assign */

static int
assign_by_hand (ExemplarCampaign *campaign,
                const char       *reviewer_text,
                const char       *unit,
                ExemplarRound    *round,
                const char       *branch)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *scope = NULL;
  ExemplarAssignment *assignment;

  reviewer = exemplar_cli_find_reviewer (campaign, reviewer_text);
  if (reviewer == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  declaration = exemplar_cli_find_declaration (campaign, unit);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (branch != NULL && (scope = exemplar_cli_find_indicator (campaign, branch)) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  assignment = exemplar_evaluation_assign (evaluation, reviewer, declaration, round, scope, &error);
  if (assignment == NULL)
    return exemplar_cli_fail (error);

  label = exemplar_reviewer_dup_label (reviewer);
  /* Translators: a reviewer ("name (affiliation)"), then a unit's name. */
  exemplar_cli_print (_("%s scores %s.\n"), label,
                      exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)));

  if (exemplar_assignment_get_reciprocal (assignment))
    exemplar_cli_print (_("Note: this makes a reciprocal pair, which “%s assignments FILE” flags.\n"),
                        EXEMPLAR_CLI_PROGRAM);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
assign_by_draw (ExemplarCampaign *campaign,
                ExemplarRound    *round,
                guint             per_application,
                guint32           seed)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint before = g_list_model_get_n_items (assignments);
  guint drawn;

  if (!exemplar_evaluation_draw (evaluation, round, per_application, seed, &warnings, &error))
    return exemplar_cli_fail (error);

  drawn = g_list_model_get_n_items (assignments) - before;
  g_string_append_printf (out,
                          /* Translators: how many assignments a draw made, then its seed. */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Drew %u assignment with seed %u.\n",
                                       "Drew %u assignments with seed %u.\n", drawn),
                          drawn, seed);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    /* Translators: a warning the draw gave, e.g. about a reciprocal pair. */
    g_string_append_printf (out, _("Note: %s\n"), (const char *) g_ptr_array_index (warnings, i));
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

int
exemplar_cli_assign (const ExemplarCliCommand  *command,
                     int                        argc,
                     char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *round_text = NULL;
  g_autofree char *branch = NULL;
  ExemplarRound *round = NULL;
  gboolean automatic = FALSE;
  gint per_application = -1;
  gint64 seed = -1;
  const GOptionEntry entries[] = {
    { "auto", 0, 0, G_OPTION_ARG_NONE, &automatic, _("Draw the assignments (抽签)"), NULL },
    { "per-application", 0, 0, G_OPTION_ARG_INT, &per_application,
      _("With --auto: reviewers each application gets"), _("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      _("With --auto: the seed of the draw (default: a random one, printed)"), _("N") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer, _("Assign this reviewer (id or name)"), _("ID") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, _("…to this unit’s application (code or name)"), _("CODE") },
    { "branch", 0, 0, G_OPTION_ARG_STRING, &branch,
      _("With --reviewer: score only this branch of the rubric"), _("CODE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_text,
      _("The evaluation round (id or name), when the campaign has rounds"), _("ROUND") },
    { NULL }
  };
  const char *description =
    _("Assigns reviewers to the submitted applications of the campaign FILE, in one of two "
      "ways.\n"
      "\n"
      "By hand, with --reviewer and --unit: the reviewer scores that unit’s application, "
      "the whole rubric or, with --branch, one branch of it. A reviewer is never assigned "
      "to their own unit or to a unit they declared a conflict with: that is refused with "
      "the reason.\n"
      "\n"
      "By draw, with --auto --per-application N: every submitted application gets N "
      "reviewers, the load spread evenly, never a reviewer’s own unit or a declared "
      "conflict, and reciprocal pairs (A’s staff score B while B’s staff score A) avoided "
      "where possible and reported where not. The seed is stored with the draw; the same "
      "seed on the same reviewers and applications gives the same assignments. When an "
      "application cannot get enough eligible reviewers, nothing is assigned and the "
      "error names it.\n"
      "\n"
      "Exit status: 0 when assigned, 1 when the campaign refuses (a conflict of interest, "
      "an application not submitted, a phase that does not allow it, an unknown reviewer "
      "or unit), 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (automatic)
    {
      if (reviewer != NULL || unit != NULL || branch != NULL)
        return exemplar_cli_usage_error (argv[0], _("--auto draws every assignment; it takes no "
                                                    "--reviewer, --unit or --branch."));
      if (per_application < 1)
        return exemplar_cli_usage_error (argv[0], _("--auto needs --per-application N, 1 or more."));
      if (seed > (gint64) G_MAXUINT32 || seed < -1)
        return exemplar_cli_usage_error (argv[0], _("The seed must be a whole number from 0 to %u."),
                                         G_MAXUINT32);
    }
  else
    {
      if (reviewer == NULL || unit == NULL)
        return exemplar_cli_usage_error (argv[0], _("Give --reviewer and --unit, or --auto."));
      if (per_application != -1 || seed != -1)
        return exemplar_cli_usage_error (argv[0], _("--per-application and --seed go with --auto."));
    }

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (round_text != NULL && (round = exemplar_cli_find_round (campaign, round_text)) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (automatic)
    return assign_by_draw (campaign, round, (guint) per_application,
                           seed >= 0 ? (guint32) seed : g_random_int ());

  return assign_by_hand (campaign, reviewer, unit, round, branch);
}

/* assignments */

static void
assignments_json (GString    *out,
                  GListModel *assignments)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      ExemplarRound *round = exemplar_assignment_get_round (assignment);
      ExemplarIndicator *scope = exemplar_assignment_get_scope (assignment);
      gint64 seed = exemplar_assignment_get_draw_seed (assignment);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_int (builder, "id", exemplar_assignment_get_id (assignment));
      exemplar_cli_json_add_int (builder, "reviewer", exemplar_reviewer_get_id (reviewer));
      exemplar_cli_json_add_string (builder, "reviewer_name", exemplar_reviewer_get_name (reviewer));
      exemplar_cli_json_add_string (builder, "unit", exemplar_unit_get_code (unit));
      exemplar_cli_json_add_string (builder, "unit_name", exemplar_unit_get_name (unit));
      exemplar_cli_json_add_scope (builder, scope);
      exemplar_cli_json_add_string (builder, "round", round != NULL ? exemplar_round_get_name (round) : NULL);
      exemplar_cli_json_add_string (builder, "state",
                                    exemplar_sheet_state_to_string (exemplar_assignment_get_state (assignment)));
      exemplar_cli_json_add_int (builder, "scored", exemplar_assignment_get_n_scored (assignment));
      exemplar_cli_json_add_int (builder, "leaves", exemplar_assignment_get_n_leaves (assignment));
      exemplar_cli_json_add_boolean (builder, "reciprocal", exemplar_assignment_get_reciprocal (assignment));
      json_builder_set_member_name (builder, "seed");
      if (seed < 0)
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, seed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
assignments_text (GString            *out,
                  ExemplarEvaluation *evaluation)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reciprocal = NULL;

  if (g_list_model_get_n_items (assignments) == 0)
    {
      g_string_append_printf (out, "%s\n", _("No assignment yet."));
      return;
    }

  exemplar_cli_text_add_cells (cells, _("Unit"), _("Reviewer"), _("Round"), _("Scope"), _("Sheet"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      ExemplarRound *round = exemplar_assignment_get_round (assignment);

      g_ptr_array_add (cells, g_strdup_printf ("%s %s", exemplar_unit_get_code (unit), exemplar_unit_get_name (unit)));
      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT " %s%s", exemplar_reviewer_get_id (reviewer),
                                               exemplar_reviewer_get_name (reviewer),
                                               exemplar_assignment_get_reciprocal (assignment) ? " ⇄" : ""));
      g_ptr_array_add (cells, g_strdup (round != NULL ? exemplar_round_get_name (round) : "—"));
      exemplar_cli_text_add_assignment_cells (cells, assignment);
    }
  exemplar_cli_text_table (out, "", cells, 5, 0);

  reciprocal = exemplar_evaluation_list_reciprocal (evaluation);
  if (reciprocal != NULL && reciprocal->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Reciprocal pairs (marked ⇄):"));
      for (guint i = 0; i < reciprocal->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (reciprocal, i));
    }
}

int
exemplar_cli_assignments (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  ExemplarEvaluation *evaluation;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the assignments of the campaign FILE, by application in official order, then "
      "by reviewer: who scores which unit, in which round, the whole rubric or one branch, "
      "and how far the score sheet is. ⇄ marks half of a reciprocal pair.\n"
      "\n"
      "With --json, writes an array with one object per assignment, with the keys:\n"
      "  id             the assignment’s id\n"
      "  reviewer       the reviewer’s id\n"
      "  reviewer_name  string\n"
      "  unit           the unit’s code\n"
      "  unit_name      string\n"
      "  branches       the codes of the rubric branches scored, or null for the whole\n"
      "                 rubric\n"
      "  round          the round’s name, or null when the campaign has no rounds\n"
      "  state          not_started, draft or submitted\n"
      "  scored         items with points; leaves: items assigned\n"
      "  reciprocal     true for half of a reciprocal pair\n"
      "  seed           the seed of the draw that made it, or null when made by hand\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  evaluation = exemplar_campaign_get_evaluation (campaign);

  if (json)
    assignments_json (out, exemplar_evaluation_get_assignments (evaluation));
  else
    assignments_text (out, evaluation);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}
