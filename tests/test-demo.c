/* test-demo.c: the sample campaign a newcomer opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-results.h"
#include "exemplar-score-sheet.h"
#include "exemplar-search.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* The evaluation a newcomer finds in the sample: a working group with
 * declared conflicts, two rounds of five reviewers per submitted
 * application with nobody on their own unit, most sheets submitted, and
 * results with a disagreement flag, a top 3 that depends on the rule and
 * no veto. */
static void
check_evaluation (ExemplarCampaign *campaign)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  GListModel *rounds = exemplar_evaluation_get_rounds (evaluation);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  GListModel *declarations = exemplar_campaign_get_declarations (campaign);
  g_autoptr(GHashTable) per_application = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GError) error = NULL;
  guint affiliations[3] = { 0, 0, 0 };
  guint sheets[3] = { 0, 0, 0 };
  guint conflicts = 0, submitted = 0, ranked = 0, flagged = 0;

  g_assert_cmpint (exemplar_campaign_get_phase (campaign), ==, EXEMPLAR_PHASE_EVALUATION);

  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);

      affiliations[exemplar_reviewer_get_affiliation (reviewer)]++;
      g_assert_cmpuint (g_utf8_strlen (exemplar_reviewer_get_name (reviewer), -1), >=, 2);
      for (guint c = 0; c < exemplar_reviewer_get_n_conflicts (reviewer); c++, conflicts++)
        g_assert_nonnull (strstr (exemplar_reviewer_get_conflict_reason (reviewer, c), "该街道"));
    }
  g_assert_cmpuint (affiliations[EXEMPLAR_AFFILIATION_MEMBER], ==, 6);
  g_assert_cmpuint (affiliations[EXEMPLAR_AFFILIATION_APPLICANT], ==, 10);
  g_assert_cmpuint (affiliations[EXEMPLAR_AFFILIATION_EXPERT], ==, 2);
  g_assert_cmpuint (conflicts, ==, 3);

  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 2);

  /* The on-site round has its working group, made of the reviewers who go. */
  {
    GListModel *groups = exemplar_evaluation_get_working_groups (evaluation);
    g_autoptr(ExemplarRound) onsite = g_list_model_get_item (rounds, 1);
    g_autoptr(ExemplarWorkingGroup) group = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
    group = g_list_model_get_item (groups, 0);
    g_assert_true (exemplar_working_group_get_round (group) == onsite);
    g_assert_cmpuint (exemplar_working_group_get_n_members (group), >=, 5);
    for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
      {
        g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

        if (exemplar_assignment_get_round (assignment) == onsite)
          g_assert_true (exemplar_working_group_has_member (group, exemplar_assignment_get_reviewer (assignment)));
      }
  }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
      ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
      g_autofree char *key = g_strdup_printf ("%s/%s", exemplar_unit_get_code (unit),
                                              exemplar_round_get_name (exemplar_assignment_get_round (assignment)));

      /* Nobody scores their own unit or one they declared a conflict with. */
      g_assert_true (exemplar_reviewer_get_unit (reviewer) != unit);
      g_assert_false (exemplar_reviewer_conflicts_with (reviewer, unit, NULL));
      g_assert_true (exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_UNDER_EVALUATION ||
                     exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_EVALUATED);
      g_assert_cmpint (exemplar_assignment_get_draw_seed (assignment), >=, 0);

      sheets[exemplar_assignment_get_state (assignment)]++;
      if (exemplar_assignment_get_state (assignment) == EXEMPLAR_SHEET_SUBMITTED)
        g_assert_cmpuint (exemplar_assignment_get_n_scored (assignment), ==,
                          exemplar_assignment_get_n_leaves (assignment));
      g_hash_table_insert (per_application, g_steal_pointer (&key),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_application, key)) + 1));
    }

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      /* Every submitted application is being evaluated; the ones with a
       * draft or unstarted sheet are not finished yet. */
      if (exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_UNDER_EVALUATION ||
          exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_EVALUATED)
        submitted++;
      g_assert_cmpint (exemplar_declaration_get_state (declaration), !=, EXEMPLAR_STATE_SUBMITTED);
    }
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_UNDER_EVALUATION), >=, 1);
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_UNDER_EVALUATION), <=, 3);
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_EVALUATED), >=, submitted - 3);
  g_assert_cmpuint (g_hash_table_size (per_application), ==, submitted * 2);
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, submitted * 2 * 5);
  g_assert_cmpuint (sheets[EXEMPLAR_SHEET_DRAFT], ==, 2);
  g_assert_cmpuint (sheets[EXEMPLAR_SHEET_NOT_STARTED], ==, 1);
  g_assert_cmpuint (sheets[EXEMPLAR_SHEET_SUBMITTED], ==, submitted * 2 * 5 - 3);

  /* A submitted sheet is sealed, with a reason for every deduction. */
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      g_autoptr(ExemplarScoreSheet) sheet = NULL;

      if (exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
        continue;
      sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error);
      g_assert_no_error (error);
      g_assert_nonnull (exemplar_score_sheet_get_seal (sheet));
      g_assert_false (exemplar_score_sheet_get_editable (sheet));
      g_assert_cmpuint (exemplar_score_sheet_get_missing (sheet)->len, ==, 0);
      g_assert_cmpint (exemplar_score_sheet_get_total (sheet, NULL), >, 60 * 100);
      break;
    }

  results = exemplar_results_new (campaign, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 10);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autoptr(GPtrArray) flags = exemplar_standing_get_flags (standing);

      g_assert_false (exemplar_standing_get_vetoed (standing));
      if (exemplar_standing_get_rank (standing) == 0)
        {
          g_assert_cmpuint (exemplar_standing_get_sheets (standing), ==, 0);
          continue;
        }

      ranked++;
      flagged += flags->len;
      g_assert_cmpuint (exemplar_standing_get_sheets (standing), >=, 8);
      g_assert_cmpint (exemplar_standing_get_total (standing), >, 60 * 100);
      g_assert_cmpint (exemplar_standing_get_total (standing), <=, 105 * 100);
      /* Reviewers find less than the units claimed. */
      g_assert_cmpint (exemplar_standing_get_gap (standing), <, 0);
    }
  g_assert_cmpuint (ranked, ==, submitted);
  g_assert_cmpuint (flagged, ==, 1);

  /* One strict reviewer decides the third place under the mean only. */
  g_assert_true (exemplar_results_get_sensitive (results));
}

/* What the same seed must reproduce: who scores whom, and the totals. */
static char *
dup_evaluation_summary (ExemplarCampaign *campaign)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));
  g_autoptr(ExemplarResults) results = exemplar_results_new (campaign, NULL, NULL);
  GString *summary = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      g_string_append_printf (summary, "%s→%s:%d ",
                              exemplar_reviewer_get_name (exemplar_assignment_get_reviewer (assignment)),
                              exemplar_unit_get_code (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment))),
                              exemplar_assignment_get_state (assignment));
    }

  g_assert_nonnull (results);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_string_append_printf (summary, "%s=%" G_GINT64_FORMAT " ",
                              exemplar_unit_get_code (exemplar_standing_get_unit (standing)),
                              exemplar_standing_get_total (standing));
    }

  return g_string_free (summary, FALSE);
}

static void
test_demo_has_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-demo-test-XXXXXX", &error);
  g_autofree char *first_path = g_build_filename (dir, "first.exemplar", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.exemplar", NULL);
  g_autoptr(ExemplarCampaign) first = NULL;
  g_autoptr(ExemplarCampaign) second = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *first_summary = NULL;
  g_autofree char *second_summary = NULL;
  GListModel *declarations;
  guint submitted = 0, drafts = 0, not_applied = 0;

  first = exemplar_campaign_new_demo (first_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exemplar_campaign_get_title (first), "长宁区"));
  g_assert_true (exemplar_campaign_check (first, NULL));

  declarations = exemplar_campaign_get_declarations (first);
  g_assert_cmpuint (g_list_model_get_n_items (declarations), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      guint n_evidence = g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));

      switch (exemplar_declaration_get_state (declaration))
        {
        case EXEMPLAR_STATE_UNDER_EVALUATION:
        case EXEMPLAR_STATE_EVALUATED:
          submitted++;
          g_assert_cmpuint (n_evidence, >, 1);
          g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), >, 50 * 100);
          g_assert_nonnull (exemplar_declaration_get_field (declaration, "work_family"));
          break;
        case EXEMPLAR_STATE_DRAFT:
          drafts++;
          g_assert_cmpuint (n_evidence, >, 1);
          break;
        case EXEMPLAR_STATE_NOT_APPLIED:
          not_applied++;
          g_assert_cmpuint (n_evidence, ==, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (submitted, >=, 5);
  g_assert_cmpuint (drafts, >=, 1);
  g_assert_cmpuint (not_applied, >=, 1);

  /* The evidence PDFs carry searchable Chinese text. */
  hits = exemplar_campaign_search (first, "示例材料", 500, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >, 10);

  check_evaluation (first);

  /* The same seed gives the same campaign. */
  second = exemplar_campaign_new_demo (second_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ExemplarDeclaration) a = g_list_model_get_item (exemplar_campaign_get_declarations (first), i);
      g_autoptr(ExemplarDeclaration) b = g_list_model_get_item (exemplar_campaign_get_declarations (second), i);

      g_assert_cmpint (exemplar_declaration_get_self_total (a, NULL), ==, exemplar_declaration_get_self_total (b, NULL));
      g_assert_cmpstr (exemplar_declaration_get_field (a, "party_secretary"), ==,
                       exemplar_declaration_get_field (b, "party_secretary"));
    }
  first_summary = dup_evaluation_summary (first);
  second_summary = dup_evaluation_summary (second);
  g_assert_cmpstr (first_summary, ==, second_summary);

  /* A second demo never overwrites a file. */
  g_clear_object (&second);
  second = exemplar_campaign_new_demo (first_path, "changning-2023", 1, &error);
  g_assert_null (second);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);

  g_clear_object (&first);
  exemplar_test_remove_tree (dir);
}

/* The synthetic campaign for benchmarks, small: what the bulk writer puts
 * in the file is what the model would have written itself. */
static void
test_demo_synthetic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-demo-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "synthetic.exemplar", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.exemplar", NULL);
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarCampaign) none = NULL;
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(ExemplarAssignment) first = NULL;
  g_autoptr(GPtrArray) reciprocal = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *seal = NULL;
  ExemplarEvaluation *evaluation;
  GListModel *assignments;

  /* Ten units or fewer is the sample's size, not a synthetic one. */
  none = exemplar_campaign_new_synthetic (refused, "changning-2023", 1, 10, 1, &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_null (none);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  none = exemplar_campaign_new_synthetic (refused, "changning-2023", 1, 12, 6, &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  campaign = exemplar_campaign_new_synthetic (path, "changning-2023", 7, 12, 2, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_check (campaign, &problems));
  g_assert_cmpint (exemplar_campaign_get_phase (campaign), ==, EXEMPLAR_PHASE_EVALUATION);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_campaign_get_units (campaign)), ==, 12);
  g_assert_nonnull (exemplar_campaign_find_declaration (campaign, "0012"));
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_EVALUATED), ==, 12);

  evaluation = exemplar_campaign_get_evaluation (campaign);
  assignments = exemplar_evaluation_get_assignments (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation)), ==, 24);
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 12 * 5);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));

      g_assert_true (exemplar_reviewer_get_unit (exemplar_assignment_get_reviewer (assignment)) != unit);
      g_assert_cmpint (exemplar_assignment_get_state (assignment), ==, EXEMPLAR_SHEET_SUBMITTED);
      g_assert_cmpint (exemplar_assignment_get_draw_seed (assignment), ==, 7);
      g_assert_cmpuint (exemplar_assignment_get_n_scored (assignment), ==, 72);
    }
  reciprocal = exemplar_evaluation_list_reciprocal (evaluation);
  g_assert_cmpuint (reciprocal->len, ==, 0);

  results = exemplar_results_new (campaign, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_cmpuint (exemplar_standing_get_rank (standing), >, 0);
      g_assert_cmpuint (exemplar_standing_get_sheets (standing), ==, 5);
      g_assert_cmpint (exemplar_standing_get_total (standing), >, 50 * 100);
      g_assert_cmpint (exemplar_standing_get_total (standing), <=, exemplar_standing_get_self_total (standing));
    }

  /* The seal written in bulk is the one the sheet computes: reopening and
   * submitting the same content again seals it the same. */
  first = g_list_model_get_item (assignments, 0);
  sheet = exemplar_evaluation_open_sheet (evaluation, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_score_sheet_get_missing (sheet)->len, ==, 0);
  seal = g_strdup (exemplar_score_sheet_get_seal (sheet));
  g_assert_nonnull (seal);
  g_assert_true (exemplar_score_sheet_reopen (sheet, "复核种子数据", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_score_sheet_get_seal (sheet), ==, seal);

  g_clear_object (&sheet);
  g_clear_object (&results);
  g_clear_object (&campaign);
  exemplar_test_remove_tree (dir);
}

static int
run_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("EXEMPLAR_CLI");
  int status = -1;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* "exemplar-cli demo FILE --units N [--reviewers-per-unit N]". */
static void
test_demo_cli_sizes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-demo-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sized.exemplar", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.exemplar", NULL);
  g_autoptr(ExemplarCampaign) campaign = NULL;

  g_assert_cmpint (run_cli ((const char *[]) { "demo", refused, "--units", "10", NULL }), ==, 2);
  g_assert_cmpint (run_cli ((const char *[]) { "demo", refused, "--reviewers-per-unit", "2", NULL }), ==, 2);
  g_assert_cmpint (run_cli ((const char *[]) { "demo", refused, "--units", "12", "--reviewers-per-unit", "6", NULL }), ==, 2);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli ((const char *[]) { "demo", path, "--units", "13", "--reviewers-per-unit", "2",
                                                "--seed", "5", NULL }), ==, 0);
  campaign = exemplar_campaign_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_campaign_get_units (campaign)), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (exemplar_campaign_get_evaluation (campaign))), ==, 26);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign))), ==, 65);

  g_clear_object (&campaign);
  exemplar_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/has-content", test_demo_has_content);
  g_test_add_func ("/demo/synthetic", test_demo_synthetic);
  g_test_add_func ("/demo/cli-sizes", test_demo_cli_sizes);
  return g_test_run ();
}
