/* test-evaluation.c: the evaluation's setup (reviewers, conflicts, rounds,
 * assignment by hand), its rules and locks, the policy, the protections
 * and vetoes. Headless. The draw by lot is in test-evaluation-draw.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* The ten Changning units in official order; the last one stays a draft. */
static const char *units[] = {
  "310105001", "310105002", "310105004", "310105005", "310105006",
  "310105008", "310105009", "310105010", "310105011", "310105102",
};
#define DRAFT_UNIT "310105102"
#define N_SUBMITTED 9

/* A campaign whose applications are all submitted but DRAFT_UNIT's. */
typedef ExemplarTestFixture Fixture;

static void
reopen (Fixture *fixture)
{
  g_clear_object (&fixture->campaign);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
}

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

static ExemplarUnit *
unit (Fixture    *fixture,
      const char *code)
{
  ExemplarUnit *found = exemplar_campaign_find_unit (fixture->campaign, code);

  g_assert_nonnull (found);
  return found;
}

static ExemplarDeclaration *
declaration (Fixture    *fixture,
             const char *code)
{
  return exemplar_test_find_declaration (fixture->campaign, code);
}

static guint n_items_changed;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  n_items_changed++;
}

static void
on_changed_cb (ExemplarEvaluation *evaluation,
               guint              *count)
{
  (*count)++;
}

/* Reviewers */

static void
test_reviewers (Fixture       *fixture,
                gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  ExemplarUnit *education = exemplar_test_find_member_unit (fixture->campaign, "jy");
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  ExemplarReviewer *wang, *li, *zhao;
  gint64 audit = exemplar_test_count_audit (fixture->campaign, NULL);
  gint64 zhao_id;

  g_signal_connect (reviewers, "items-changed", G_CALLBACK (on_items_changed_cb), NULL);
  n_items_changed = 0;

  wang = exemplar_evaluation_add_reviewer (evaluation, "  王敏 ", EXEMPLAR_AFFILIATION_MEMBER,
                                           education, "科长", "13800000000", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_reviewer_get_name (wang), ==, "王敏");
  g_assert_true (exemplar_reviewer_get_member_unit (wang) == education);
  g_assert_null (exemplar_reviewer_get_unit (wang));
  label = exemplar_reviewer_dup_label (wang);
  g_assert_cmpstr (label, ==, "王敏（区教育局）");
  g_assert_cmpuint (n_items_changed, ==, 1);

  li = exemplar_test_add_reviewer (fixture->campaign, "李强", EXEMPLAR_AFFILIATION_APPLICANT,
                                   unit (fixture, units[0]));
  zhao = exemplar_test_add_reviewer (fixture->campaign, "赵磊", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  zhao_id = exemplar_reviewer_get_id (zhao);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 3);
  g_assert_true (exemplar_reviewer_get_unit (li) == unit (fixture, units[0]));
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "reviewer.add"), ==, 3);

  /* Refusals leave nothing behind. */
  audit = exemplar_test_count_audit (fixture->campaign, NULL);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "  ", EXEMPLAR_AFFILIATION_EXPERT,
                                                   NULL, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_MEMBER,
                                                   NULL, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_MEMBER,
                                                   unit (fixture, units[1]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_APPLICANT,
                                                   education, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_EXPERT,
                                                   education, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 3);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM reviewer"), ==, 3);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, NULL), ==, audit);

  /* The expert joins a member unit. */
  g_assert_true (exemplar_evaluation_update_reviewer (evaluation, zhao, "赵磊", EXEMPLAR_AFFILIATION_MEMBER,
                                                      exemplar_test_find_member_unit (fixture->campaign, "mz"), "处长",
                                                      NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_reviewer_get_affiliation (zhao), ==, EXEMPLAR_AFFILIATION_MEMBER);
  g_assert_cmpstr (exemplar_reviewer_get_role (zhao), ==, "处长");
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "reviewer.update"), ==, 1);
  g_assert_false (exemplar_evaluation_update_reviewer (evaluation, zhao, "", EXEMPLAR_AFFILIATION_EXPERT,
                                                       NULL, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpstr (exemplar_reviewer_get_name (zhao), ==, "赵磊");

  g_assert_true (exemplar_evaluation_remove_reviewer (evaluation, wang, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 2);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "reviewer.remove"), ==, 1);

  g_signal_handlers_disconnect_by_func (reviewers, on_items_changed_cb, NULL);

  /* What was stored comes back. */
  reopen (fixture);
  evaluation = evaluation_of (fixture);
  reviewers = exemplar_evaluation_get_reviewers (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 2);
  zhao = exemplar_evaluation_find_reviewer (evaluation, zhao_id);
  g_assert_nonnull (zhao);
  g_assert_cmpstr (exemplar_reviewer_get_name (zhao), ==, "赵磊");
  g_assert_cmpstr (exemplar_unit_get_code (exemplar_reviewer_get_member_unit (zhao)), ==, "mz");
  g_assert_cmpstr (exemplar_reviewer_get_role (zhao), ==, "处长");
  li = g_list_model_get_item (reviewers, 0);
  g_assert_cmpstr (exemplar_unit_get_code (exemplar_reviewer_get_unit (li)), ==, units[0]);
  g_object_unref (li);
}

static void
test_conflicts (Fixture       *fixture,
                gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarReviewer *reviewer = exemplar_test_add_reviewer (fixture->campaign, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  gint64 id = exemplar_reviewer_get_id (reviewer);

  g_assert_false (exemplar_evaluation_add_conflict (evaluation, reviewer, unit (fixture, units[2]),
                                                    "  ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (exemplar_reviewer_get_n_conflicts (reviewer), ==, 0);

  g_assert_true (exemplar_evaluation_add_conflict (evaluation, reviewer, unit (fixture, units[2]),
                                                   "former post", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_add_conflict (evaluation, reviewer, unit (fixture, units[0]),
                                                   "family tie", &error));
  g_assert_no_error (error);
  /* The same unit again changes the reason. */
  g_assert_true (exemplar_evaluation_add_conflict (evaluation, reviewer, unit (fixture, units[2]),
                                                   "former deputy head", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_reviewer_get_n_conflicts (reviewer), ==, 2);
  /* Kept in official order. */
  g_assert_true (exemplar_reviewer_get_conflict_unit (reviewer, 0) == unit (fixture, units[0]));
  g_assert_cmpstr (exemplar_reviewer_get_conflict_reason (reviewer, 1), ==, "former deputy head");
  g_assert_true (exemplar_reviewer_conflicts_with (reviewer, unit (fixture, units[2]), &why));
  g_assert_nonnull (strstr (why, "former deputy head"));
  g_assert_false (exemplar_reviewer_conflicts_with (reviewer, unit (fixture, units[1]), NULL));
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "conflict.add"), ==, 3);

  /* A conflict with a unit already assigned is refused. */
  g_assert_nonnull (exemplar_evaluation_assign (evaluation, reviewer, declaration (fixture, units[1]),
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_evaluation_add_conflict (evaluation, reviewer, unit (fixture, units[1]),
                                                    "former post", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST);
  g_clear_error (&error);
  g_assert_false (exemplar_reviewer_conflicts_with (reviewer, unit (fixture, units[1]), NULL));

  g_assert_true (exemplar_evaluation_remove_conflict (evaluation, reviewer, unit (fixture, units[0]), &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_evaluation_remove_conflict (evaluation, reviewer, unit (fixture, units[0]), &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "conflict.remove"), ==, 1);

  reopen (fixture);
  reviewer = exemplar_evaluation_find_reviewer (evaluation_of (fixture), id);
  g_assert_cmpuint (exemplar_reviewer_get_n_conflicts (reviewer), ==, 1);
  g_assert_cmpstr (exemplar_unit_get_code (exemplar_reviewer_get_conflict_unit (reviewer, 0)), ==, units[2]);
  g_assert_cmpstr (exemplar_reviewer_get_conflict_reason (reviewer, 0), ==, "former deputy head");
}

/* Assignment by hand */

static void
test_assign_refusals (Fixture       *fixture,
                      gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (fixture->campaign);
  ExemplarReviewer *li = exemplar_test_add_reviewer (fixture->campaign, "李强", EXEMPLAR_AFFILIATION_APPLICANT,
                                                     unit (fixture, units[0]));
  ExemplarReviewer *wang = exemplar_test_add_reviewer (fixture->campaign, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  g_autoptr(GError) error = NULL;
  ExemplarAssignment *assignment;
  gint64 audit;

  g_assert_true (exemplar_evaluation_add_conflict (evaluation, wang, unit (fixture, units[3]),
                                                   "former post", &error));
  g_assert_no_error (error);
  audit = exemplar_test_count_audit (fixture->campaign, NULL);

  /* Own unit. */
  g_assert_null (exemplar_evaluation_assign (evaluation, li, declaration (fixture, units[0]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST);
  g_assert_nonnull (strstr (error->message, "李强"));
  g_assert_nonnull (strstr (error->message, "华阳路街道"));
  g_clear_error (&error);

  /* Declared conflict. */
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[3]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST);
  g_assert_nonnull (strstr (error->message, "王敏"));
  g_assert_nonnull (strstr (error->message, "周家桥街道"));
  g_clear_error (&error);

  /* A draft application. */
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, DRAFT_UNIT), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "新泾镇"));
  g_clear_error (&error);

  /* A leaf or a veto branch is not a scope. */
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL,
                                             exemplar_rubric_find (rubric, "J.1"), &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL,
                                             exemplar_rubric_find (rubric, "F"), &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Nothing was written. */
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM assignment"), ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, NULL), ==, audit);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, 0);

  /* A branch scope, then the same again. */
  assignment = exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL,
                                           exemplar_rubric_find (rubric, "3"), &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_assignment_get_scope (assignment) == exemplar_rubric_find (rubric, "3"));
  /* Branch 3 has 3 + 2 + 2 leaves in the Changning rubric. */
  g_assert_cmpuint (exemplar_assignment_get_n_leaves (assignment), ==, 7);
  g_assert_cmpint (exemplar_assignment_get_state (assignment), ==, EXEMPLAR_SHEET_NOT_STARTED);
  g_assert_cmpint (exemplar_assignment_get_draw_seed (assignment), ==, -1);
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "assignment.add"), ==, 1);

  assignment = exemplar_evaluation_assign (evaluation, li, declaration (fixture, units[4]), NULL, NULL, &error);
  g_assert_no_error (error);
  /* The whole rubric: 67 items and 5 bonus items; veto items are not scored. */
  g_assert_cmpuint (exemplar_assignment_get_n_leaves (assignment), ==, 72);

  /* Listed in official order. */
  {
    GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
    g_autoptr(ExemplarAssignment) first = g_list_model_get_item (assignments, 0);

    g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 2);
    g_assert_true (exemplar_assignment_get_declaration (first) == declaration (fixture, units[1]));
  }

  g_assert_true (exemplar_evaluation_unassign (evaluation, assignment, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "assignment.remove"), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM assignment"), ==, 1);

  /* The reviewer cannot move to a unit they score. */
  g_assert_false (exemplar_evaluation_update_reviewer (evaluation, wang, "王敏", EXEMPLAR_AFFILIATION_APPLICANT,
                                                       unit (fixture, units[1]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST);
  g_clear_error (&error);
}

/* Work in a sheet protects the assignment and the reviewer. */
static void
test_scored_sheet (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarReviewer *wang = exemplar_test_add_reviewer (fixture->campaign, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  g_autoptr(GError) error = NULL;
  ExemplarAssignment *assignment;
  gint64 reviewer_id = exemplar_reviewer_get_id (wang);
  g_autofree char *sql = NULL;

  assignment = exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL, NULL, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf ("INSERT INTO score_sheet (assignment_id, state) VALUES (%" G_GINT64_FORMAT ", 'draft');"
                         "INSERT INTO score (sheet_id, indicator_id, points) "
                         "  SELECT last_insert_rowid (), id, 100 FROM indicator WHERE code IN ('1.1.1', '1.1.2');"
                         "INSERT INTO score (sheet_id, indicator_id, points, reason) "
                         "  SELECT (SELECT max (id) FROM score_sheet), id, NULL, 'typing' FROM indicator "
                         "  WHERE code = '1.2.1';",
                         exemplar_assignment_get_id (assignment));
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path, sql);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
  evaluation = evaluation_of (fixture);

  assignment = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), 0);
  g_object_unref (assignment);
  g_assert_cmpint (exemplar_assignment_get_state (assignment), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_cmpuint (exemplar_assignment_get_n_scored (assignment), ==, 2);

  g_assert_false (exemplar_evaluation_unassign (evaluation, assignment, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  wang = exemplar_evaluation_find_reviewer (evaluation, reviewer_id);
  g_assert_false (exemplar_evaluation_remove_reviewer (evaluation, wang, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM score"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation)), ==, 1);
}

static void
test_rounds (Fixture       *fixture,
             gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarReviewer *wang = exemplar_test_add_reviewer (fixture->campaign, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  g_autoptr(GError) error = NULL;
  ExemplarAssignment *before, *assignment;
  ExemplarRound *document, *cross;

  before = exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_null (exemplar_evaluation_add_round (evaluation, "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 101, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_round (evaluation, " ", EXEMPLAR_METHOD_DOCUMENT, 50, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  document = exemplar_evaluation_add_round (evaluation, "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 60, &error);
  g_assert_no_error (error);
  cross = exemplar_evaluation_add_round (evaluation, "交叉评估", EXEMPLAR_METHOD_CROSS, 40, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_rounds (evaluation)), ==, 2);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "round.add"), ==, 2);

  /* The assignment made before rounds joined the first one. */
  g_assert_true (exemplar_assignment_get_round (before) == document);

  /* With rounds, the round is required. */
  g_assert_null (exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[2]), NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  assignment = exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[1]), cross, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_find_assignment (evaluation, wang, declaration (fixture, units[1]), cross)
                 == assignment);

  reopen (fixture);
  evaluation = evaluation_of (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_rounds (evaluation)), ==, 2);
  cross = g_list_model_get_item (exemplar_evaluation_get_rounds (evaluation), 1);
  g_object_unref (cross);
  g_assert_cmpstr (exemplar_round_get_name (cross), ==, "交叉评估");
  g_assert_cmpint (exemplar_round_get_method (cross), ==, EXEMPLAR_METHOD_CROSS);
  g_assert_cmpuint (exemplar_round_get_weight (cross), ==, 40);

  /* Removing a round takes its unscored assignments with it. */
  g_assert_true (exemplar_evaluation_remove_round (evaluation, cross, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM assignment"), ==, 1);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "round.remove"), ==, 1);
}

static void
test_reciprocal (Fixture       *fixture,
                 gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarReviewer *a = exemplar_test_add_reviewer (fixture->campaign, "李强", EXEMPLAR_AFFILIATION_APPLICANT,
                                                    unit (fixture, units[0]));
  ExemplarReviewer *b = exemplar_test_add_reviewer (fixture->campaign, "陈静", EXEMPLAR_AFFILIATION_APPLICANT,
                                                    unit (fixture, units[1]));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  ExemplarAssignment *ab, *ba;

  ab = exemplar_evaluation_assign (evaluation, a, declaration (fixture, units[1]), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (exemplar_assignment_get_reciprocal (ab));
  ba = exemplar_evaluation_assign (evaluation, b, declaration (fixture, units[0]), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_assignment_get_reciprocal (ab));
  g_assert_true (exemplar_assignment_get_reciprocal (ba));

  lines = exemplar_evaluation_list_reciprocal (evaluation);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (lines, 0), "李强"));
  g_assert_nonnull (strstr (g_ptr_array_index (lines, 0), "陈静"));
  g_assert_nonnull (strstr (g_ptr_array_index (lines, 0), "华阳路街道"));

  reopen (fixture);
  evaluation = evaluation_of (fixture);
  ab = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), 0);
  g_object_unref (ab);
  g_assert_true (exemplar_assignment_get_reciprocal (ab));

  g_assert_true (exemplar_evaluation_unassign (evaluation, ab, &error));
  g_assert_no_error (error);
  ba = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), 0);
  g_object_unref (ba);
  g_assert_false (exemplar_assignment_get_reciprocal (ba));
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = exemplar_evaluation_list_reciprocal (evaluation);
  g_assert_cmpuint (lines->len, ==, 0);
}

/* Policy, protections, vetoes */

static void
test_policy (Fixture       *fixture,
             gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) protections = NULL;

  g_assert_cmpint (exemplar_evaluation_get_aggregate (evaluation), ==, EXEMPLAR_AGGREGATE_MEAN);
  g_assert_cmpuint (exemplar_evaluation_get_min_trim (evaluation), ==, 5);
  g_assert_cmpuint (exemplar_evaluation_get_disagreement_percent (evaluation), ==, 40);

  g_assert_false (exemplar_evaluation_set_policy (evaluation, EXEMPLAR_AGGREGATE_ZSCORE, 5, 40, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_set_policy (evaluation, EXEMPLAR_AGGREGATE_TRIMMED, 2, 40, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_set_policy (evaluation, EXEMPLAR_AGGREGATE_TRIMMED, 5, 0, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_evaluation_set_policy (evaluation, EXEMPLAR_AGGREGATE_TRIMMED, 4, 30, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "evaluation.policy"), ==, 1);

  reopen (fixture);
  evaluation = evaluation_of (fixture);
  g_assert_cmpint (exemplar_evaluation_get_aggregate (evaluation), ==, EXEMPLAR_AGGREGATE_TRIMMED);
  g_assert_cmpuint (exemplar_evaluation_get_min_trim (evaluation), ==, 4);
  g_assert_cmpuint (exemplar_evaluation_get_disagreement_percent (evaluation), ==, 30);

  /* The Changning template names the six protections, branches 3 to 8. */
  protections = exemplar_evaluation_get_protections (evaluation);
  g_assert_cmpuint (protections->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *code = g_strdup_printf ("%u", i + 3);

      g_assert_cmpstr (exemplar_indicator_get_code (g_ptr_array_index (protections, i)), ==, code);
    }
  g_clear_pointer (&protections, g_ptr_array_unref);

  /* Without a list, every top-level item branch (not the bonus or veto). */
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path, "UPDATE campaign SET protections = NULL");
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
  protections = exemplar_evaluation_get_protections (evaluation_of (fixture));
  g_assert_cmpuint (protections->len, ==, 9);
}

static void
test_veto (Fixture       *fixture,
           gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (fixture->campaign);
  ExemplarDeclaration *target = declaration (fixture, units[2]);
  g_autoptr(GError) error = NULL;
  g_autofree char *veto = NULL;
  guint n_changed = 0;

  g_assert_null (exemplar_evaluation_dup_veto (evaluation, target));
  g_assert_false (exemplar_evaluation_record_veto (evaluation, target, NULL, " ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_record_veto (evaluation, target, exemplar_rubric_find (rubric, "3.1.1"),
                                                   "重大事件", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_dup_veto (evaluation, target));

  g_assert_true (exemplar_evaluation_record_veto (evaluation, target, exemplar_rubric_find (rubric, "F.1"),
                                                  "辖区内发生侵害未成年人重大案件", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_record_veto (evaluation, target, NULL, "瞒报", &error));
  g_assert_no_error (error);
  veto = exemplar_evaluation_dup_veto (evaluation, target);
  g_assert_cmpstr (veto, ==, "辖区内发生侵害未成年人重大案件；瞒报");
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "veto.record"), ==, 2);

  g_assert_false (exemplar_evaluation_clear_veto (evaluation, target, "", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_clear_veto (evaluation, declaration (fixture, units[3]), "核实无误", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  reopen (fixture);
  evaluation = evaluation_of (fixture);
  target = declaration (fixture, units[2]);
  g_clear_pointer (&veto, g_free);
  veto = exemplar_evaluation_dup_veto (evaluation, target);
  g_assert_nonnull (veto);

  g_signal_connect (evaluation, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  g_assert_true (exemplar_evaluation_clear_veto (evaluation, target, "经复核，案件不在创建期内", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_null (exemplar_evaluation_dup_veto (evaluation, target));
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "veto.clear"), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign,
                              "SELECT count(*) FROM audit WHERE action = 'veto.clear' "
                              "AND detail LIKE '%案件不在创建期内%'"), ==, 1);
}

/* Locks */

static void
test_locks (Fixture       *fixture,
            gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *wang = exemplar_test_add_reviewer (fixture->campaign, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  ExemplarReviewer *li = exemplar_test_add_reviewer (fixture->campaign, "李强", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  ExemplarAssignment *assignment;
  ExemplarRound *round;
  gint64 audit;

  round = exemplar_evaluation_add_round (evaluation, "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 0, &error);
  g_assert_no_error (error);
  assignment = exemplar_evaluation_assign (evaluation, wang, declaration (fixture, units[0]), round, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_add_conflict (evaluation, wang, unit (fixture, units[5]), "former post", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_record_veto (evaluation, declaration (fixture, units[1]), NULL, "瞒报", &error));
  g_assert_no_error (error);

  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  audit = exemplar_test_count_audit (fixture->campaign, NULL);

#define ASSERT_LOCKED(call) \
  G_STMT_START { \
    g_assert_false ((call)); \
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE); \
    g_clear_error (&error); \
  } G_STMT_END

  ASSERT_LOCKED (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_EXPERT, NULL, NULL, NULL, &error) != NULL);
  ASSERT_LOCKED (exemplar_evaluation_update_reviewer (evaluation, wang, "周", EXEMPLAR_AFFILIATION_EXPERT, NULL, NULL, NULL, &error));
  ASSERT_LOCKED (exemplar_evaluation_remove_reviewer (evaluation, li, &error));
  ASSERT_LOCKED (exemplar_evaluation_add_conflict (evaluation, li, unit (fixture, units[1]), "former post", &error));
  ASSERT_LOCKED (exemplar_evaluation_remove_conflict (evaluation, wang, unit (fixture, units[5]), &error));
  ASSERT_LOCKED (exemplar_evaluation_add_round (evaluation, "交叉评估", EXEMPLAR_METHOD_CROSS, 0, &error) != NULL);
  ASSERT_LOCKED (exemplar_evaluation_remove_round (evaluation, round, &error));
  ASSERT_LOCKED (exemplar_evaluation_assign (evaluation, li, declaration (fixture, units[0]), round, NULL, &error) != NULL);
  ASSERT_LOCKED (exemplar_evaluation_unassign (evaluation, assignment, &error));
  ASSERT_LOCKED (exemplar_evaluation_draw (evaluation, round, 1, 1, NULL, &error));
  ASSERT_LOCKED (exemplar_evaluation_set_policy (evaluation, EXEMPLAR_AGGREGATE_MEDIAN, 5, 40, &error));
  ASSERT_LOCKED (exemplar_evaluation_record_veto (evaluation, declaration (fixture, units[2]), NULL, "瞒报", &error));
  ASSERT_LOCKED (exemplar_evaluation_clear_veto (evaluation, declaration (fixture, units[1]), "核实", &error));

#undef ASSERT_LOCKED

  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, NULL), ==, audit);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, 1);

  /* Back in the evaluation phase, with a reason, it opens again. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, "补充评分", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_unassign (evaluation, assignment, &error));
  g_assert_no_error (error);

  /* A file from a newer Exemplar opens read-only and refuses every change,
   * its evaluation loaded all the same. */
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
  evaluation = evaluation_of (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation)), ==, 2);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "周", EXEMPLAR_AFFILIATION_EXPERT,
                                                   NULL, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/evaluation/" name, Fixture, DRAFT_UNIT, exemplar_test_fixture_set_up_submitted, func, \
              exemplar_test_fixture_tear_down)

  ADD ("reviewers", test_reviewers);
  ADD ("conflicts", test_conflicts);
  ADD ("assign-refusals", test_assign_refusals);
  ADD ("scored-sheet", test_scored_sheet);
  ADD ("rounds", test_rounds);
  ADD ("reciprocal", test_reciprocal);
  ADD ("policy", test_policy);
  ADD ("veto", test_veto);
  ADD ("locks", test_locks);

#undef ADD

  return g_test_run ();
}
