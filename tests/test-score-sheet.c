/* test-score-sheet.c: a reviewer's score sheet (评分表): bounds, reasons,
 * totals, submission and its seal, the office's reopening, the locks, and
 * drafts that survive a killed process. Headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"

#include "exemplar-test-util.h"

/* 华阳路街道, first in the official order. */
#define UNIT "310105001"
#define TODAY "2023-04-20"

typedef struct
{
  char               *dir;
  char               *path;
  ExemplarCampaign   *campaign;
  ExemplarAssignment *assignment;
  ExemplarScoreSheet *sheet;
} Fixture;

static ExemplarIndicator *
find (Fixture    *fixture,
      const char *code)
{
  return exemplar_test_find_indicator (fixture->campaign, code);
}

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

static ExemplarScoreSheet *
open_sheet (Fixture            *fixture,
            ExemplarAssignment *assignment)
{
  g_autoptr(GError) error = NULL;
  ExemplarScoreSheet *sheet;

  sheet = exemplar_evaluation_open_sheet (evaluation_of (fixture), assignment, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

/* The campaign's only assignment, as a fresh process finds it. */
static ExemplarAssignment *
first_assignment (ExemplarCampaign *campaign)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));
  ExemplarAssignment *assignment;

  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 1);
  assignment = g_list_model_get_item (assignments, 0);
  g_object_unref (assignment);
  return assignment;
}

/* Closes and reopens the file, then finds the sheet again. */
static void
reload (Fixture *fixture)
{
  g_clear_object (&fixture->sheet);
  g_clear_object (&fixture->campaign);

  fixture->campaign = exemplar_test_campaign_open (fixture->path, TODAY);
  fixture->assignment = first_assignment (fixture->campaign);
  fixture->sheet = open_sheet (fixture, fixture->assignment);
}

/* A campaign whose applications are submitted, in the evaluation phase,
 * with one outside expert assigned to 华阳路街道 for the branch named by
 * @user_data (NULL: the whole rubric). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *scope_code = user_data;
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewer;

  fixture->dir = exemplar_test_make_dir ("exemplar-score-sheet-XXXXXX", "campaign.exemplar", &fixture->path);
  g_object_unref (exemplar_test_campaign_new (fixture->path, NULL));
  exemplar_test_sql_on_file (fixture->path, "UPDATE application SET state = 'submitted'");

  fixture->campaign = exemplar_test_campaign_open (fixture->path, TODAY);
  exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, NULL, &error);
  g_assert_no_error (error);

  reviewer = exemplar_test_add_reviewer (fixture->campaign, "陈立", EXEMPLAR_AFFILIATION_EXPERT, NULL);

  fixture->assignment = exemplar_evaluation_assign (evaluation_of (fixture), reviewer,
                                                    exemplar_campaign_find_declaration (fixture->campaign, UNIT),
                                                    NULL,
                                                    scope_code != NULL ? find (fixture, scope_code) : NULL,
                                                    &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->assignment);

  fixture->sheet = open_sheet (fixture, fixture->assignment);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->sheet);
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  return exemplar_test_query_int (fixture->campaign, sql);
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  return exemplar_test_query_text (fixture->campaign, sql);
}

static void
set_points (Fixture    *fixture,
            const char *code,
            gint64      points)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, code), points, &error));
  g_assert_no_error (error);
}

static void
set_reason (Fixture    *fixture,
            const char *code,
            const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_score_sheet_set_reason (fixture->sheet, find (fixture, code), reason, &error));
  g_assert_no_error (error);
}

static void
assert_points_refused (Fixture    *fixture,
                       const char *code,
                       gint64      points,
                       const char *expected_in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, code), points, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, expected_in_message));
}

/* Points outside 0..max or off the 0.5 step are refused, and nothing is
 * written: not even the sheet's row. */
static void
test_bounds (Fixture       *fixture,
             gconstpointer  user_data)
{
  gint64 points = -1;

  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_NOT_STARTED);

  /* 1.1.1 领导小组与职责分工 is worth 2.5 points. */
  assert_points_refused (fixture, "1.1.1", 300, "2.5");
  assert_points_refused (fixture, "1.1.1", -50, "1.1.1");
  assert_points_refused (fixture, "1.1.1", 125, "0.5");
  assert_points_refused (fixture, "1.1.1", 10, "1.1.1");
  /* A branch and a veto item are not scored. */
  assert_points_refused (fixture, "1.1", 100, "1.1");
  assert_points_refused (fixture, "F.1", 0, "F.1");

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score_sheet"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score"), ==, 0);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_NOT_STARTED);
  g_assert_false (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.1"), &points, NULL));

  /* The bounds themselves are fine. */
  set_points (fixture, "1.1.1", 250);
  set_points (fixture, "1.1.2", 0);
  g_assert_true (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.1"), &points, NULL));
  g_assert_cmpint (points, ==, 250);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score WHERE points IS NOT NULL"), ==, 2);

  /* A refusal after that leaves the stored points alone. */
  assert_points_refused (fixture, "1.1.1", 275, "2.5");
  g_assert_cmpint (query_int (fixture, "SELECT points FROM score WHERE indicator_id = (SELECT id FROM indicator WHERE code = '1.1.1')"),
                   ==, 250);
}

/* A reviewer assigned one branch scores nothing outside it. */
static void
test_scope (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (fixture->sheet);
  const char * const expected[] = { "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3" };

  g_assert_cmpuint (leaves->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < leaves->len; i++)
    g_assert_cmpstr (exemplar_indicator_get_code (g_ptr_array_index (leaves, i)), ==, expected[i]);

  assert_points_refused (fixture, "2.1.1", 100, "2.1.1");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score"), ==, 0);
  set_points (fixture, "1.2.3", 100);
  g_assert_cmpuint (exemplar_assignment_get_n_scored (fixture->assignment), ==, 1);
  g_assert_cmpuint (exemplar_assignment_get_n_leaves (fixture->assignment), ==, 5);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
on_changed_cb (gpointer  emitter,
               guint    *count)
{
  (*count)++;
}

/* A reason may come before the points; both survive a reload. */
static void
test_reason_before_points (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  const char *reason = NULL;
  gint64 points = -1;
  guint n_state = 0;
  guint n_changed = 0;
  guint n_evaluation_changed = 0;

  g_signal_connect (fixture->sheet, "notify::state", G_CALLBACK (on_notify_cb), &n_state);
  g_signal_connect (fixture->sheet, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  g_signal_connect (evaluation_of (fixture), "changed", G_CALLBACK (on_changed_cb), &n_evaluation_changed);

  set_reason (fixture, "1.1.2", "  未见年度专题研究会议纪要  ");
  g_assert_false (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), &points, &reason));
  g_assert_cmpstr (reason, ==, "未见年度专题研究会议纪要");
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_cmpint (exemplar_assignment_get_state (fixture->assignment), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_cmpuint (n_state, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_evaluation_changed, ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score WHERE points IS NULL AND reason IS NOT NULL"), ==, 1);

  set_points (fixture, "1.1.2", 100);
  g_assert_true (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), &points, &reason));
  g_assert_cmpint (points, ==, 100);
  g_assert_cmpstr (reason, ==, "未见年度专题研究会议纪要");
  g_assert_cmpuint (n_state, ==, 1);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (exemplar_assignment_get_n_scored (fixture->assignment), ==, 1);

  g_assert_true (exemplar_score_sheet_set_comment (fixture->sheet, "材料较齐全", &error));
  g_assert_no_error (error);

  /* Drafts are not audited. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE action LIKE 'sheet.%'"), ==, 0);

  reload (fixture);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_true (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), &points, &reason));
  g_assert_cmpint (points, ==, 100);
  g_assert_cmpstr (reason, ==, "未见年度专题研究会议纪要");
  g_assert_cmpstr (exemplar_score_sheet_get_comment (fixture->sheet), ==, "材料较齐全");

  /* Clearing the points keeps the reason; clearing the reason too leaves
   * nothing behind. */
  g_assert_true (exemplar_score_sheet_clear_points (fixture->sheet, find (fixture, "1.1.2"), &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), NULL, &reason));
  g_assert_cmpstr (reason, ==, "未见年度专题研究会议纪要");
  set_reason (fixture, "1.1.2", "");
  g_assert_false (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), NULL, &reason));
  g_assert_null (reason);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score"), ==, 0);
}

/* Totals per branch and overall; the bonus is capped only overall. */
static void
test_totals (Fixture       *fixture,
             gconstpointer  user_data)
{
  set_points (fixture, "1.1.1", 250);
  set_points (fixture, "1.1.2", 100);
  set_points (fixture, "1.2.1", 150);
  set_points (fixture, "2.1.1", 200);
  set_points (fixture, "J.1", 300);
  set_points (fixture, "J.2", 300);

  /* 1.1: 2.5 + 1 = 3.5; 1: 3.5 + 1.5 = 5; J: 3 + 3 = 6, over the cap of 5;
   * overall: 5 + 2 + min (6, 5) = 12. */
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "1.1")), ==, 350);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "1")), ==, 500);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "2")), ==, 200);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "J")), ==, 600);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "1.1.1")), ==, 250);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, find (fixture, "3")), ==, 0);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, NULL), ==, 1200);

  /* Below the cap the bonus counts in full: 7 + 3 = 10. */
  set_points (fixture, "J.2", 0);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, NULL), ==, 1000);
}

static void
assert_missing (ExemplarScoreSheet *sheet,
                const char * const *expected,
                guint               n_expected)
{
  g_autoptr(GPtrArray) missing = exemplar_score_sheet_get_missing (sheet);

  g_assert_cmpuint (missing->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (g_ptr_array_index (missing, i), ==, expected[i]);
}

static void
fill_branch_1 (Fixture *fixture)
{
  set_points (fixture, "1.1.1", 250);
  set_points (fixture, "1.1.2", 100);
  set_reason (fixture, "1.1.2", "研究部署仅一次");
  set_points (fixture, "1.2.1", 150);
  set_points (fixture, "1.2.2", 150);
  set_points (fixture, "1.2.3", 100);
}

/* What stops a submission, in rubric order. */
static void
test_missing (Fixture       *fixture,
              gconstpointer  user_data)
{
  const char * const all[] = {
    "Item 1.1.1 领导小组与职责分工 has no points.",
    "Item 1.1.2 研究部署 has no points.",
    "Item 1.2.1 纳入年度计划 has no points.",
    "Item 1.2.2 经费保障 has no points.",
    "Item 1.2.3 纳入绩效评价 has no points.",
  };
  const char * const some[] = {
    "Item 1.1.2 研究部署: say why points were deducted.",
    "Item 1.2.2 经费保障 has no points.",
    "Item 1.2.3 纳入绩效评价 has no points.",
  };

  assert_missing (fixture->sheet, all, G_N_ELEMENTS (all));

  set_points (fixture, "1.1.1", 250);
  set_points (fixture, "1.1.2", 100);
  set_points (fixture, "1.2.1", 150);
  assert_missing (fixture->sheet, some, G_N_ELEMENTS (some));

  set_reason (fixture, "1.1.2", "研究部署仅一次");
  assert_missing (fixture->sheet, some + 1, G_N_ELEMENTS (some) - 1);

  set_points (fixture, "1.2.2", 150);
  set_points (fixture, "1.2.3", 100);
  assert_missing (fixture->sheet, NULL, 0);
}

static void
assert_sealed (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (exemplar_score_sheet_get_editable (fixture->sheet));

  g_assert_false (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, "1.2.3"), 50, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_nonnull (strstr (error->message, "sealed"));
  g_assert_nonnull (strstr (error->message, "reopen"));
  g_clear_error (&error);

  g_assert_false (exemplar_score_sheet_set_reason (fixture->sheet, find (fixture, "1.2.3"), "补充", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  g_assert_false (exemplar_score_sheet_clear_points (fixture->sheet, find (fixture, "1.1.1"), &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  g_assert_false (exemplar_score_sheet_set_comment (fixture->sheet, "改", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  g_assert_false (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
}

/* Submission checks the gaps, then seals: later changes are refused. */
static void
test_submit (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *seal = NULL;
  g_autofree char *detail = NULL;
  guint n_state = 0;

  set_points (fixture, "1.1.1", 250);
  g_assert_false (exemplar_score_sheet_submit (fixture->sheet, &missing, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (missing);
  g_assert_cmpuint (missing->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "Item 1.1.2 研究部署 has no points.");
  g_clear_error (&error);
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* Without the list, the message carries it. */
  g_assert_false (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "Item 1.2.3 纳入绩效评价 has no points."));
  g_clear_error (&error);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_null (exemplar_score_sheet_get_seal (fixture->sheet));

  fill_branch_1 (fixture);
  g_signal_connect (fixture->sheet, "notify::state", G_CALLBACK (on_notify_cb), &n_state);
  g_assert_true (exemplar_score_sheet_submit (fixture->sheet, &missing, &error));
  g_assert_no_error (error);
  g_assert_null (missing);
  g_assert_cmpuint (n_state, ==, 1);

  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_cmpint (exemplar_assignment_get_state (fixture->assignment), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_cmpuint (exemplar_assignment_get_n_scored (fixture->assignment), ==, 5);
  g_assert_nonnull (exemplar_score_sheet_get_submitted_at (fixture->sheet));
  g_assert_true (g_str_has_suffix (exemplar_score_sheet_get_submitted_at (fixture->sheet), "Z"));
  seal = g_strdup (exemplar_score_sheet_get_seal (fixture->sheet));
  g_assert_nonnull (seal);
  g_assert_cmpuint (strlen (seal), ==, 64);
  g_assert_cmpuint (strspn (seal, "0123456789abcdef"), ==, 64);

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE action = 'sheet.submit'"), ==, 1);
  detail = query_text (fixture, "SELECT detail FROM audit WHERE action = 'sheet.submit'");
  g_assert_nonnull (strstr (detail, seal));

  assert_sealed (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT points FROM score WHERE indicator_id = (SELECT id FROM indicator WHERE code = '1.2.3')"),
                   ==, 100);

  /* The seal is stored: a reload finds the same sheet, still sealed. */
  reload (fixture);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_cmpstr (exemplar_score_sheet_get_seal (fixture->sheet), ==, seal);
  assert_sealed (fixture);
}

/* Only the office reopens a sealed sheet, with a reason, audited; the
 * seal then follows the content. */
static void
test_reopen (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_seal = NULL;
  g_autofree char *detail = NULL;
  gint64 audits;

  /* A draft has nothing to reopen. */
  g_assert_false (exemplar_score_sheet_reopen (fixture->sheet, "复核", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  fill_branch_1 (fixture);
  g_assert_true (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_no_error (error);
  first_seal = g_strdup (exemplar_score_sheet_get_seal (fixture->sheet));
  audits = query_int (fixture, "SELECT count(*) FROM audit");

  g_assert_false (exemplar_score_sheet_reopen (fixture->sheet, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_reopen (fixture->sheet, "   ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit"), ==, audits);

  g_assert_true (exemplar_score_sheet_reopen (fixture->sheet, "评分依据有误，需复核 1.2.3", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_cmpint (exemplar_assignment_get_state (fixture->assignment), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_null (exemplar_score_sheet_get_seal (fixture->sheet));
  g_assert_null (exemplar_score_sheet_get_submitted_at (fixture->sheet));
  g_assert_true (exemplar_score_sheet_get_editable (fixture->sheet));

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE action = 'sheet.reopen'"), ==, 1);
  detail = query_text (fixture, "SELECT detail FROM audit WHERE action = 'sheet.reopen'");
  g_assert_nonnull (strstr (detail, "评分依据有误，需复核 1.2.3"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM score_sheet WHERE seal IS NULL AND state = 'draft'"), ==, 1);

  /* Unlocked: the reviewer corrects, and the new seal differs. */
  set_points (fixture, "1.2.3", 50);
  set_reason (fixture, "1.2.3", "绩效评价未覆盖全部科室");
  g_assert_true (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_score_sheet_get_seal (fixture->sheet), !=, first_seal);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE action = 'sheet.submit'"), ==, 2);
}

/* A sheet sealed behind an open sheet's back — by a score sheet imported
 * from the reviewer's desktop, or in another window — is not written
 * through the stale one: the file has the last word. */
static void
test_sealed_elsewhere (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(ExemplarScoreSheet) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *seal = NULL;

  fill_branch_1 (fixture);
  other = open_sheet (fixture, fixture->assignment);
  g_assert_true (exemplar_score_sheet_submit (other, NULL, &error));
  g_assert_no_error (error);

  /* The first object still believes it holds a draft. */
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_false (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, "1.1.1"), 0, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_nonnull (strstr (error->message, "open it again"));
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_set_comment (fixture->sheet, "改过", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  /* Nothing moved: the points, the comment and the seal are the other's. */
  g_assert_cmpint (query_int (fixture, "SELECT points FROM score WHERE indicator_id = "
                                       "(SELECT id FROM indicator WHERE code = '1.1.1')"), ==, 250);
  g_assert_cmpint (query_int (fixture, "SELECT comment IS NULL FROM score_sheet"), ==, 1);
  g_clear_pointer (&seal, g_free);
  seal = query_text (fixture, "SELECT seal FROM score_sheet");
  g_assert_cmpstr (seal, ==, exemplar_score_sheet_get_seal (other));
}

/* Outside the declaration and evaluation phases nothing moves, not even
 * the office's reopening. */
static void
test_phase_lock (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fill_branch_1 (fixture);
  g_assert_true (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (exemplar_score_sheet_reopen (fixture->sheet, "复核", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_SUBMITTED);

  /* Back in evaluation the office may reopen; in publicity a draft is
   * locked too. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, "复核评分", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_reopen (fixture->sheet, "复核", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (exemplar_score_sheet_get_editable (fixture->sheet));
  g_assert_false (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, "1.2.3"), 50, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_set_reason (fixture->sheet, find (fixture, "1.2.3"), "补充", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_submit (fixture->sheet, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  g_assert_cmpint (query_int (fixture, "SELECT points FROM score WHERE indicator_id = (SELECT id FROM indicator WHERE code = '1.2.3')"),
                   ==, 100);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  set_points (fixture, "1.1.1", 250);
  g_clear_object (&fixture->sheet);
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");
  reload (fixture);

  g_assert_false (exemplar_score_sheet_get_editable (fixture->sheet));
  g_assert_false (exemplar_score_sheet_set_points (fixture->sheet, find (fixture, "1.1.1"), 200, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (exemplar_score_sheet_set_comment (fixture->sheet, "只读", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_assert_cmpint (exemplar_score_sheet_get_total (fixture->sheet, NULL), ==, 250);
}

/* Every change is written when the call returns: a process killed right
 * after typing (no chance to flush or close) loses nothing. */
static void
test_killed_process (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char *reason = NULL;
  gint64 points = -1;
  int status = 0;
  pid_t child;

  g_clear_object (&fixture->sheet);
  g_clear_object (&fixture->campaign);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      ExemplarCampaign *doomed = exemplar_campaign_open (fixture->path, NULL);
      ExemplarEvaluation *evaluation;
      ExemplarScoreSheet *sheet;
      ExemplarIndicator *leaf;
      GListModel *assignments;
      ExemplarAssignment *assignment;

      if (doomed == NULL)
        _exit (3);
      evaluation = exemplar_campaign_get_evaluation (doomed);
      assignments = exemplar_evaluation_get_assignments (evaluation);
      if (g_list_model_get_n_items (assignments) != 1)
        _exit (4);
      assignment = g_list_model_get_item (assignments, 0);
      sheet = exemplar_evaluation_open_sheet (evaluation, assignment, NULL);
      leaf = exemplar_rubric_find (exemplar_campaign_get_rubric (doomed), "1.1.2");
      if (sheet == NULL || leaf == NULL ||
          !exemplar_score_sheet_set_points (sheet, leaf, 100, NULL) ||
          !exemplar_score_sheet_set_reason (sheet, leaf, "研究部署仅一次", NULL))
        _exit (5);
      raise (SIGKILL);
      _exit (6);
    }

  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  reload (fixture);
  g_assert_cmpint (exemplar_score_sheet_get_state (fixture->sheet), ==, EXEMPLAR_SHEET_DRAFT);
  g_assert_true (exemplar_score_sheet_get_score (fixture->sheet, find (fixture, "1.1.2"), &points, &reason));
  g_assert_cmpint (points, ==, 100);
  g_assert_cmpstr (reason, ==, "研究部署仅一次");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, scope, func) \
  g_test_add ("/score-sheet/" path, Fixture, scope, fixture_set_up, func, fixture_tear_down)

  ADD ("bounds", NULL, test_bounds);
  ADD ("scope", "1", test_scope);
  ADD ("reason-before-points", NULL, test_reason_before_points);
  ADD ("totals", NULL, test_totals);
  ADD ("missing", "1", test_missing);
  ADD ("submit", "1", test_submit);
  ADD ("reopen", "1", test_reopen);
  ADD ("sealed-elsewhere", "1", test_sealed_elsewhere);
  ADD ("phase-lock", "1", test_phase_lock);
  ADD ("read-only", NULL, test_read_only);
  ADD ("killed-process", NULL, test_killed_process);

#undef ADD

  return g_test_run ();
}
