/* test-results.c: the totals, ranks, ties, flags and sensitivity of the
 * results, as worked examples whose expected values are worked out by hand
 * below (points in hundredths). Headless.
 *
 * Every sheet starts from full marks on the items of the Changning rubric
 * (100 points) and nothing on the bonus items, so a unit's total is 100.00
 * minus the deductions the example names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* The first units of the official order. */
#define UNIT_A "310105001"  /* 华阳路街道 */
#define UNIT_B "310105002"  /* 江苏路街道 */
#define UNIT_C "310105004"  /* 新华路街道 */
#define UNIT_D "310105005"  /* 周家桥街道 */
#define UNIT_E "310105006"  /* 天山路街道 */
#define UNIT_F "310105008"  /* 仙霞新村街道 */
#define UNIT_G "310105009"  /* 虹桥街道 */
#define TODAY "2023-05-10"
#define N_REVIEWERS 5

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
  ExemplarReviewer *reviewers[N_REVIEWERS];  /* R1 … R5 */
} Fixture;

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

static ExemplarIndicator *
find (Fixture    *fixture,
      const char *code)
{
  return exemplar_test_find_indicator (fixture->campaign, code);
}

static ExemplarDeclaration *
declaration_of (Fixture    *fixture,
                const char *unit)
{
  return exemplar_test_find_declaration (fixture->campaign, unit);
}

/* Every application submitted, 华阳路街道 self-assessed at full marks on the
 * items; the campaign in its evaluation phase with five outside experts. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-results-XXXXXX", "campaign.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new_in_evaluation (fixture->path, TODAY, UNIT_A,
                                                                fixture->reviewers, N_REVIEWERS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* Reviewer @reviewer (1-based) scores @unit in @round: every item at full
 * marks and every bonus item at nothing, except @changes; a reason for
 * every deduction. Submitted unless @submit is FALSE. */
static void
score_full (Fixture       *fixture,
            guint          reviewer,
            const char    *unit,
            ExemplarRound *round,
            const char    *changes,
            gboolean       submit)
{
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) leaves = NULL;

  sheet = exemplar_test_score (fixture->campaign, fixture->reviewers[reviewer - 1], unit, round, changes, submit);
  leaves = exemplar_score_sheet_get_leaves (sheet);
  g_assert_cmpuint (leaves->len, ==, 72);
}

static void
score (Fixture    *fixture,
       guint       reviewer,
       const char *unit,
       const char *changes)
{
  score_full (fixture, reviewer, unit, NULL, changes, TRUE);
}

static ExemplarResults *
compute (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  ExemplarResults *results = exemplar_results_new (fixture->campaign, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static ExemplarResults *
compute_with (Fixture           *fixture,
              ExemplarAggregate  aggregate,
              guint              min_trim)
{
  g_autoptr(GError) error = NULL;
  ExemplarResults *results = exemplar_results_new_with_policy (fixture->campaign, aggregate, min_trim, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static void
set_policy (Fixture           *fixture,
            ExemplarAggregate  aggregate,
            guint              min_trim,
            guint              disagreement_percent)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_evaluation_set_policy (evaluation_of (fixture), aggregate, min_trim,
                                                 disagreement_percent, &error));
  g_assert_no_error (error);
}

static ExemplarStanding *
standing_of (ExemplarResults *results,
             const char      *unit)
{
  ExemplarStanding *standing = exemplar_results_find (results, unit);

  g_assert_nonnull (standing);
  return standing;
}

static gint64
total_of (ExemplarResults *results,
          const char      *unit)
{
  return exemplar_standing_get_total (standing_of (results, unit));
}

static guint
rank_of (ExemplarResults *results,
         const char      *unit)
{
  return exemplar_standing_get_rank (standing_of (results, unit));
}

static gint64
item_of (Fixture         *fixture,
         ExemplarResults *results,
         const char      *unit,
         const char      *code)
{
  gint64 aggregate = -1;

  g_assert_true (exemplar_standing_get_item (standing_of (results, unit), find (fixture, code), &aggregate));
  return aggregate;
}

/* The unit code at @position of the ranking list. */
static const char *
code_at (ExemplarResults *results,
         guint            position)
{
  g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), position);

  g_assert_nonnull (standing);
  return exemplar_unit_get_code (exemplar_standing_get_unit (standing));
}

static void
assert_top (ExemplarResults    *results,
            ExemplarAggregate   aggregate,
            const char * const *expected)
{
  const char * const *top = exemplar_results_get_top (results, aggregate);

  g_assert_nonnull (top);
  g_assert_cmpstrv (top, expected);
}

/* Three reviewers, the mean (the default policy):
 *   1.1.1 (2.5): 2.5, 2.0, 1.0 → 5.50 / 3 = 1.8333…
 *   1.1.2 (1.5): 1.5, 1.5, 1.0 → 4.00 / 3 = 1.3333…
 *   2.2.3 (1):   1.0, 0.5, 0.5 → 2.00 / 3 = 0.6666… shown 0.67 (half up)
 * Total = 100 − 2.5 − 1.5 − 1 + 11.50 / 3 = 95 + 3.8333… = 98.8333…,
 * exactly 29650/3 hundredths, shown 98.83. */
static void
test_mean (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GPtrArray) branches = NULL;
  g_autoptr(GPtrArray) protections = NULL;
  g_autoptr(GPtrArray) sensitivity = NULL;
  ExemplarStanding *a;
  ExemplarScoreDetail *detail;
  ExemplarFraction exact;

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, "1.1.1=2 2.2.3=0.5");
  score (fixture, 3, UNIT_A, "1.1.1=1 1.1.2=1 2.2.3=0.5");
  score (fixture, 1, UNIT_B, NULL);

  results = compute (fixture);
  g_assert_cmpint (exemplar_results_get_aggregate (results), ==, EXEMPLAR_AGGREGATE_MEAN);
  a = standing_of (results, UNIT_A);

  exact = exemplar_standing_get_total_exact (a);
  g_assert_cmpint (exact.num, ==, 29650);
  g_assert_cmpint (exact.den, ==, 3);
  g_assert_cmpint (exemplar_standing_get_total (a), ==, 9883);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "1.1.1"), ==, 183);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "1.1.2"), ==, 133);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "2.2.3"), ==, 67);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "3.1.1"), ==, 200);

  /* Branch 1 = 8 − 2.5 − 1.5 + 9.50 / 3 = 7.1666…; branch 2 = 10 − 1 + 2 / 3. */
  g_assert_cmpint (exemplar_standing_get_subtotal (a, find (fixture, "1")), ==, 717);
  g_assert_cmpint (exemplar_standing_get_subtotal (a, find (fixture, "2")), ==, 967);
  g_assert_cmpint (exemplar_standing_get_subtotal (a, find (fixture, "3")), ==, 1200);
  g_assert_cmpint (exemplar_standing_get_subtotal (a, find (fixture, "J")), ==, 0);

  /* Self-assessed at 100.00: the reviewers gave 1.17 less. */
  g_assert_cmpint (exemplar_standing_get_self_total (a), ==, 10000);
  g_assert_cmpint (exemplar_standing_get_gap (a), ==, -117);
  g_assert_cmpuint (exemplar_standing_get_sheets (a), ==, 3);
  g_assert_cmpuint (exemplar_standing_get_assigned (a), ==, 3);
  g_assert_false (exemplar_standing_get_vetoed (a));

  /* Spreads over 40% of the item: 1.5 of 2.5 on 1.1.1, 0.5 of 1 on 2.2.3;
   * 0.5 of 1.5 on 1.1.2 is under. */
  flags = exemplar_standing_get_flags (a);
  g_assert_cmpuint (flags->len, ==, 2);
  g_assert_true (g_ptr_array_index (flags, 0) == find (fixture, "1.1.1"));
  g_assert_true (g_ptr_array_index (flags, 1) == find (fixture, "2.2.3"));

  details = exemplar_standing_get_details (a, find (fixture, "1.1.1"));
  g_assert_cmpuint (details->len, ==, 3);
  detail = g_ptr_array_index (details, 0);
  g_assert_true (detail->reviewer == fixture->reviewers[0]);
  g_assert_cmpint (detail->points, ==, 250);
  g_assert_null (detail->reason);
  g_assert_null (detail->round);
  detail = g_ptr_array_index (details, 1);
  g_assert_true (detail->reviewer == fixture->reviewers[1]);
  g_assert_cmpint (detail->points, ==, 200);
  g_assert_cmpstr (detail->reason, ==, "1.1.1：台账不全");
  detail = g_ptr_array_index (details, 2);
  g_assert_cmpint (detail->points, ==, 100);

  /* 江苏路街道 at full marks leads; the units nobody scored follow, unranked,
   * in official order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 10);
  g_assert_cmpstr (code_at (results, 0), ==, UNIT_B);
  g_assert_cmpstr (code_at (results, 1), ==, UNIT_A);
  g_assert_cmpstr (code_at (results, 2), ==, UNIT_C);
  g_assert_cmpstr (code_at (results, 3), ==, UNIT_D);
  g_assert_cmpuint (rank_of (results, UNIT_B), ==, 1);
  g_assert_cmpuint (rank_of (results, UNIT_A), ==, 2);
  g_assert_cmpuint (rank_of (results, UNIT_C), ==, 0);
  g_assert_cmpuint (exemplar_standing_get_sheets (standing_of (results, UNIT_C)), ==, 0);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 10000);
  g_assert_null (exemplar_standing_get_tie_note (standing_of (results, UNIT_B)));
  g_assert_false (exemplar_standing_get_item (standing_of (results, UNIT_C), find (fixture, "1.1.1"), NULL));

  /* Nine item branches and the bonus branch; the six protections, whose
   * field mean runs over the two ranked units: 12.00 on family protection. */
  branches = exemplar_results_get_branches (results);
  g_assert_cmpuint (branches->len, ==, 10);
  g_assert_true (g_ptr_array_index (branches, 9) == find (fixture, "J"));
  protections = exemplar_results_get_protections (results);
  g_assert_cmpuint (protections->len, ==, 6);
  g_assert_true (g_ptr_array_index (protections, 0) == find (fixture, "3"));
  g_assert_cmpint (exemplar_results_get_field_mean (results, 0), ==, 1200);

  /* Two ranked units fill the top 3 under any rule. */
  g_assert_false (exemplar_results_get_sensitive (results));
  sensitivity = exemplar_results_get_sensitivity (results);
  g_assert_cmpuint (sensitivity->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sensitivity, 0), ==,
                   "The top 3 is the same under every aggregation rule.");
  assert_top (results, EXEMPLAR_AGGREGATE_MEAN, (const char *[]) { UNIT_B, UNIT_A, NULL });
}

/* 华阳路街道: five sheets, 1.1.1 at 2.5, 2.5, 2.0, 1.0, 0.0.
 * 江苏路街道: four sheets, 1.1.1 at 2.5, 2.0, 1.0, 0.0. */
static void
score_spread (Fixture *fixture)
{
  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, NULL);
  score (fixture, 3, UNIT_A, "1.1.1=2");
  score (fixture, 4, UNIT_A, "1.1.1=1");
  score (fixture, 5, UNIT_A, "1.1.1=0");

  score (fixture, 1, UNIT_B, NULL);
  score (fixture, 2, UNIT_B, "1.1.1=2");
  score (fixture, 3, UNIT_B, "1.1.1=1");
  score (fixture, 4, UNIT_B, "1.1.1=0");
}

/* Trimmed with at least 5 sheets:
 *   华阳路街道 drops 2.5 and 0.0: (2.5 + 2.0 + 1.0) / 3 = 1.8333…,
 *     total 97.5 + 1.8333… = 99.3333… → 99.33;
 *   江苏路街道 has 4 sheets, too few: the mean, 5.5 / 4 = 1.375 → 1.38,
 *     total 97.5 + 1.375 = 98.875 → 98.88 (half up).
 * The plain mean of 华阳路街道 is 8.0 / 5 = 1.6, total 99.10; trimming at 4
 * sheets gives 江苏路街道 (2.0 + 1.0) / 2 = 1.5, total 99.00. */
static void
test_trimmed (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarResults) mean = NULL;
  g_autoptr(ExemplarResults) trim_at_4 = NULL;

  score_spread (fixture);
  set_policy (fixture, EXEMPLAR_AGGREGATE_TRIMMED, 5, 40);

  results = compute (fixture);
  g_assert_cmpint (exemplar_results_get_aggregate (results), ==, EXEMPLAR_AGGREGATE_TRIMMED);
  g_assert_cmpuint (exemplar_results_get_min_trim (results), ==, 5);
  g_assert_cmpint (total_of (results, UNIT_A), ==, 9933);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "1.1.1"), ==, 183);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 9888);
  g_assert_cmpint (item_of (fixture, results, UNIT_B, "1.1.1"), ==, 138);
  g_assert_cmpuint (rank_of (results, UNIT_A), ==, 1);
  g_assert_cmpuint (rank_of (results, UNIT_B), ==, 2);
  g_assert_cmpuint (exemplar_standing_get_sheets (standing_of (results, UNIT_A)), ==, 5);

  mean = compute_with (fixture, EXEMPLAR_AGGREGATE_MEAN, 5);
  g_assert_cmpint (total_of (mean, UNIT_A), ==, 9910);
  g_assert_cmpint (total_of (mean, UNIT_B), ==, 9888);

  trim_at_4 = compute_with (fixture, EXEMPLAR_AGGREGATE_TRIMMED, 4);
  g_assert_cmpint (total_of (trim_at_4, UNIT_A), ==, 9933);
  g_assert_cmpint (total_of (trim_at_4, UNIT_B), ==, 9900);
}

/* The median: 华阳路街道 2.0 (the middle of five), total 99.50;
 * 江苏路街道 (1.0 + 2.0) / 2 = 1.5 (the two middle of four), total 99.00. */
static void
test_median (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;

  score_spread (fixture);
  set_policy (fixture, EXEMPLAR_AGGREGATE_MEDIAN, 5, 40);

  results = compute (fixture);
  g_assert_cmpint (exemplar_results_get_aggregate (results), ==, EXEMPLAR_AGGREGATE_MEDIAN);
  g_assert_cmpint (total_of (results, UNIT_A), ==, 9950);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "1.1.1"), ==, 200);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 9900);
  g_assert_cmpint (item_of (fixture, results, UNIT_B, "1.1.1"), ==, 150);
}

/* Bonus items aggregate first, then the sum is capped at 5:
 *   华阳路街道: J.1 (3 + 3) / 2 = 3, J.2 (3 + 2) / 2 = 2.5, J.3 (1 + 0) / 2 = 0.5;
 *     6.00 capped to 5.00, total 105.00 (not 106.00);
 *   江苏路街道: J.1 at 2 from both, total 102.00. */
static void
test_bonus_cap (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  ExemplarStanding *a;

  score (fixture, 1, UNIT_A, "J.1=3 J.2=3 J.3=1");
  score (fixture, 2, UNIT_A, "J.1=3 J.2=2");
  score (fixture, 1, UNIT_B, "J.1=2");
  score (fixture, 2, UNIT_B, "J.1=2");

  results = compute (fixture);
  a = standing_of (results, UNIT_A);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "J.1"), ==, 300);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "J.2"), ==, 250);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "J.3"), ==, 50);
  g_assert_cmpint (exemplar_standing_get_subtotal (a, find (fixture, "J")), ==, 500);
  g_assert_cmpint (exemplar_standing_get_total (a), ==, 10500);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 10200);
  g_assert_cmpint (exemplar_standing_get_subtotal (standing_of (results, UNIT_B), find (fixture, "J")), ==, 200);
  g_assert_cmpuint (rank_of (results, UNIT_A), ==, 1);
}

/* A veto puts the best-scored unit out of the ranking, with its reason. */
static void
test_veto (Fixture       *fixture,
           gconstpointer  user_data)
{
  const char *reason = "未履行强制报告义务（2023年6月个案）";
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) results = NULL;
  ExemplarStanding *a;

  score (fixture, 1, UNIT_A, "J.1=3");
  score (fixture, 1, UNIT_B, "1.1.1=2");
  g_assert_true (exemplar_evaluation_record_veto (evaluation_of (fixture), declaration_of (fixture, UNIT_A),
                                                  find (fixture, "F.2"), reason, &error));
  g_assert_no_error (error);

  results = compute (fixture);
  a = standing_of (results, UNIT_A);
  g_assert_true (exemplar_standing_get_vetoed (a));
  g_assert_cmpstr (exemplar_standing_get_veto_reason (a), ==, reason);
  g_assert_cmpuint (exemplar_standing_get_rank (a), ==, 0);
  /* Its scores are still shown. */
  g_assert_cmpint (exemplar_standing_get_total (a), ==, 10300);

  g_assert_cmpuint (rank_of (results, UNIT_B), ==, 1);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 9950);
  g_assert_false (exemplar_standing_get_vetoed (standing_of (results, UNIT_B)));
  g_assert_cmpstr (code_at (results, 0), ==, UNIT_B);
  g_assert_cmpstr (code_at (results, 1), ==, UNIT_A);
  assert_top (results, EXEMPLAR_AGGREGATE_MEAN, (const char *[]) { UNIT_B, NULL });
}

/* Four units, totals 100, 99, 99, 99:
 *   周家桥街道 at full marks: 100.00, rank 1;
 *   华阳路街道 loses 1.0 on 1.1.1 (organisation, not a protection): 99.00, protections 83.00;
 *   新华路街道 loses 1.0 on 1.2.1 (organisation too): 99.00, protections 83.00;
 *   江苏路街道 loses 1.0 on 3.1.1 (family protection): 99.00, protections 82.00.
 * The protections put 江苏路街道 last; 华阳路街道 and 新华路街道 stay tied
 * (no rounds, so no document review to tell them apart): ranks 1, 2, 2, 4. */
static void
test_ties (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  ExemplarStanding *a, *b, *c, *d;

  score (fixture, 1, UNIT_A, "1.1.1=1.5");
  score (fixture, 1, UNIT_B, "3.1.1=1");
  score (fixture, 1, UNIT_C, "1.2.1=0.5");
  score (fixture, 1, UNIT_D, NULL);

  results = compute (fixture);
  a = standing_of (results, UNIT_A);
  b = standing_of (results, UNIT_B);
  c = standing_of (results, UNIT_C);
  d = standing_of (results, UNIT_D);

  g_assert_cmpint (exemplar_standing_get_total (a), ==, 9900);
  g_assert_cmpint (exemplar_standing_get_total (b), ==, 9900);
  g_assert_cmpint (exemplar_standing_get_total (c), ==, 9900);
  g_assert_cmpuint (exemplar_standing_get_rank (d), ==, 1);
  g_assert_cmpuint (exemplar_standing_get_rank (a), ==, 2);
  g_assert_cmpuint (exemplar_standing_get_rank (c), ==, 2);
  g_assert_cmpuint (exemplar_standing_get_rank (b), ==, 4);
  g_assert_false (exemplar_standing_get_tied (d));
  g_assert_true (exemplar_standing_get_tied (a));
  g_assert_true (exemplar_standing_get_tied (c));
  g_assert_false (exemplar_standing_get_tied (b));

  g_assert_cmpstr (code_at (results, 0), ==, UNIT_D);
  g_assert_cmpstr (code_at (results, 1), ==, UNIT_A);
  g_assert_cmpstr (code_at (results, 2), ==, UNIT_C);
  g_assert_cmpstr (code_at (results, 3), ==, UNIT_B);

  g_assert_null (exemplar_standing_get_tie_note (d));
  g_assert_cmpstr (exemplar_standing_get_tie_note (a), ==,
                   "Same total as 江苏路街道 (310105002); ranked by the protections subtotal. "
                   "Tied with 新华路街道 (310105004): the same total, protections subtotal and "
                   "document-review total.");
  g_assert_cmpstr (exemplar_standing_get_tie_note (b), ==,
                   "Same total as 华阳路街道 (310105001), 新华路街道 (310105004); "
                   "ranked by the protections subtotal.");

  /* Ties at the boundary of the top 3 are all in it. */
  assert_top (results, EXEMPLAR_AGGREGATE_MEAN, (const char *[]) { UNIT_D, UNIT_A, UNIT_C, NULL });
}

/* Weighted rounds: document review 40%, on-site 60%.
 *   华阳路街道: document 1.0, on-site 2.5 on 1.1.1 → 0.4 × 1.0 + 0.6 × 2.5 = 1.9, total 99.40;
 *   江苏路街道: document 2.5, on-site 1.5 → 1.0 + 0.9 = 1.9, total 99.40;
 *   新华路街道: on-site only, 2.0: the weights renormalise over the rounds
 *     that scored it, so 2.0, total 99.50 (not 0.6 × 2.0).
 * The protections are equal; the document review (98.50 against 100.00)
 * puts 江苏路街道 ahead. */
static void
test_rounds (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GPtrArray) details = NULL;
  ExemplarRound *document, *onsite;

  document = exemplar_evaluation_add_round (evaluation_of (fixture), "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 40, &error);
  g_assert_no_error (error);
  onsite = exemplar_evaluation_add_round (evaluation_of (fixture), "实地评估", EXEMPLAR_METHOD_ONSITE, 60, &error);
  g_assert_no_error (error);

  score_full (fixture, 1, UNIT_A, document, "1.1.1=1", TRUE);
  score_full (fixture, 2, UNIT_A, onsite, NULL, TRUE);
  score_full (fixture, 1, UNIT_B, document, NULL, TRUE);
  score_full (fixture, 2, UNIT_B, onsite, "1.1.1=1.5", TRUE);
  score_full (fixture, 2, UNIT_C, onsite, "1.1.1=2", TRUE);

  results = compute (fixture);
  g_assert_cmpint (item_of (fixture, results, UNIT_A, "1.1.1"), ==, 190);
  g_assert_cmpint (total_of (results, UNIT_A), ==, 9940);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 9940);
  g_assert_cmpint (total_of (results, UNIT_C), ==, 9950);
  g_assert_cmpuint (rank_of (results, UNIT_C), ==, 1);
  g_assert_cmpuint (rank_of (results, UNIT_B), ==, 2);
  g_assert_cmpuint (rank_of (results, UNIT_A), ==, 3);
  g_assert_false (exemplar_standing_get_tied (standing_of (results, UNIT_B)));
  g_assert_cmpstr (exemplar_standing_get_tie_note (standing_of (results, UNIT_B)), ==,
                   "Same total as 华阳路街道 (310105001); ranked by the document-review total.");

  details = exemplar_standing_get_details (standing_of (results, UNIT_A), find (fixture, "1.1.1"));
  g_assert_cmpuint (details->len, ==, 2);
  g_assert_true (((ExemplarScoreDetail *) g_ptr_array_index (details, 0))->round == document);
  g_assert_true (((ExemplarScoreDetail *) g_ptr_array_index (details, 1))->round == onsite);
}

/* Only submitted sheets count: a third reviewer's draft at 0 on 1.1.1
 * changes nothing. (2.5 + 1.5) / 2 = 2.0, total 99.50, from 2 of 3 sheets. */
static void
test_only_submitted (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) before = NULL;
  g_autoptr(ExemplarResults) after = NULL;
  g_autoptr(GPtrArray) details = NULL;
  ExemplarStanding *a;

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, "1.1.1=1.5");
  before = compute (fixture);
  g_assert_cmpint (total_of (before, UNIT_A), ==, 9950);

  score_full (fixture, 3, UNIT_A, NULL, "1.1.1=0", FALSE);
  after = compute (fixture);
  a = standing_of (after, UNIT_A);
  g_assert_cmpint (exemplar_standing_get_total (a), ==, 9950);
  g_assert_cmpint (item_of (fixture, after, UNIT_A, "1.1.1"), ==, 200);
  g_assert_cmpuint (exemplar_standing_get_sheets (a), ==, 2);
  g_assert_cmpuint (exemplar_standing_get_assigned (a), ==, 3);
  details = exemplar_standing_get_details (a, find (fixture, "1.1.1"));
  g_assert_cmpuint (details->len, ==, 2);
}

/* 40% of 1.1.1's 2.5 points is 1.0: a spread of exactly 1.0 is not flagged,
 * 1.5 is; at 60% (1.5) neither is. */
static void
test_disagreement (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarResults) relaxed = NULL;
  g_autoptr(GPtrArray) flags_a = NULL;
  g_autoptr(GPtrArray) flags_b = NULL;
  g_autoptr(GPtrArray) relaxed_b = NULL;

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, "1.1.1=1.5");
  score (fixture, 1, UNIT_B, NULL);
  score (fixture, 2, UNIT_B, "1.1.1=1");

  results = compute (fixture);
  g_assert_cmpuint (exemplar_results_get_disagreement_percent (results), ==, 40);
  flags_a = exemplar_standing_get_flags (standing_of (results, UNIT_A));
  g_assert_cmpuint (flags_a->len, ==, 0);
  flags_b = exemplar_standing_get_flags (standing_of (results, UNIT_B));
  g_assert_cmpuint (flags_b->len, ==, 1);
  g_assert_true (g_ptr_array_index (flags_b, 0) == find (fixture, "1.1.1"));

  set_policy (fixture, EXEMPLAR_AGGREGATE_MEAN, 5, 60);
  relaxed = compute (fixture);
  relaxed_b = exemplar_standing_get_flags (standing_of (relaxed, UNIT_B));
  g_assert_cmpuint (relaxed_b->len, ==, 0);
}

/* Three reviewers score four units on 1.1.1 (2.5 points), all else full:
 *            R1   R2   R3    mean     median
 *   华阳路   2.5  2.5  0.0   1.6667   2.5
 *   江苏路   2.5  2.5  2.5   2.5      2.5
 *   新华路   2.5  2.5  2.0   2.3333   2.5
 *   周家桥   2.0  2.0  1.5   1.8333   2.0
 * Top 3 under the mean: 江苏路 100.00, 新华路 99.83, 周家桥 99.33 (华阳路
 * 99.17 fourth); under the median 华阳路, 江苏路 and 新华路 share 100.00 and
 * 周家桥 (99.50) drops out. The trimmed mean needs 5 sheets: the mean.
 * Z-scores: R1 and R2 gave 100, 100, 100, 99.5 (mean 99.875, SD 0.2165),
 * R3 97.5, 100, 99.5, 99 (mean 99, SD 0.9354); the units' mean z are
 * 江苏路 0.74, 新华路 0.56, 华阳路 −0.15, 周家桥 −1.15: as the median. */
static void
test_sensitivity (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarResults) by_median = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) median_lines = NULL;

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, NULL);
  score (fixture, 3, UNIT_A, "1.1.1=0");
  score (fixture, 1, UNIT_B, NULL);
  score (fixture, 2, UNIT_B, NULL);
  score (fixture, 3, UNIT_B, NULL);
  score (fixture, 1, UNIT_C, NULL);
  score (fixture, 2, UNIT_C, NULL);
  score (fixture, 3, UNIT_C, "1.1.1=2");
  score (fixture, 1, UNIT_D, "1.1.1=2");
  score (fixture, 2, UNIT_D, "1.1.1=2");
  score (fixture, 3, UNIT_D, "1.1.1=1.5");

  results = compute (fixture);
  g_assert_cmpint (total_of (results, UNIT_B), ==, 10000);
  g_assert_cmpint (total_of (results, UNIT_C), ==, 9983);
  g_assert_cmpint (total_of (results, UNIT_D), ==, 9933);
  g_assert_cmpint (total_of (results, UNIT_A), ==, 9917);
  assert_top (results, EXEMPLAR_AGGREGATE_MEAN, (const char *[]) { UNIT_B, UNIT_C, UNIT_D, NULL });
  assert_top (results, EXEMPLAR_AGGREGATE_TRIMMED, (const char *[]) { UNIT_B, UNIT_C, UNIT_D, NULL });
  assert_top (results, EXEMPLAR_AGGREGATE_MEDIAN, (const char *[]) { UNIT_A, UNIT_B, UNIT_C, NULL });
  assert_top (results, EXEMPLAR_AGGREGATE_ZSCORE, (const char *[]) { UNIT_B, UNIT_C, UNIT_A, NULL });

  g_assert_true (exemplar_results_get_sensitive (results));
  lines = exemplar_results_get_sensitivity (results);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "Under the median, 华阳路街道 (310105001) would enter and "
                   "周家桥街道 (310105005) leave the top 3.");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==,
                   "Under per-reviewer z-scores, 华阳路街道 (310105001) would enter and "
                   "周家桥街道 (310105005) leave the top 3.");

  /* Seen from the median, the mean and the trimmed mean are the others. */
  by_median = compute_with (fixture, EXEMPLAR_AGGREGATE_MEDIAN, 5);
  g_assert_cmpuint (rank_of (by_median, UNIT_A), ==, 1);
  g_assert_cmpuint (rank_of (by_median, UNIT_B), ==, 1);
  g_assert_cmpuint (rank_of (by_median, UNIT_C), ==, 1);
  g_assert_cmpuint (rank_of (by_median, UNIT_D), ==, 4);
  median_lines = exemplar_results_get_sensitivity (by_median);
  g_assert_cmpuint (median_lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (median_lines, 0), ==,
                   "Under the mean, 周家桥街道 (310105005) would enter and "
                   "华阳路街道 (310105001) leave the top 3.");
  g_assert_cmpstr (g_ptr_array_index (median_lines, 1), ==,
                   "Under the trimmed mean, 周家桥街道 (310105005) would enter and "
                   "华阳路街道 (310105001) leave the top 3.");
}

/* One lenient and one harsh reviewer, each scoring three units, one sheet
 * per unit (points are totals):
 *   专家1: 华阳路 100, 江苏路 99.5, 新华路 99       mean 99.5, SD 0.4082
 *   专家2: 周家桥 98.5, 天山路 98, 仙霞新村 96.5   mean 97.6667, SD 0.8498
 * z = (total − mean) / SD: 华阳路 1.2247, 周家桥 0.9806, 天山路 0.3922,
 * 江苏路 0, 新华路 −1.2247, 仙霞新村 −1.3728. So the mean's top 3 (华阳路,
 * 江苏路, 新华路) becomes 华阳路, 周家桥, 天山路 under z-scores.
 * Then 专家3 scores 虹桥街道 alone: one sheet has no standard deviation,
 * so 虹桥街道 has no z-score and the check no longer applies. */
static void
test_zscore (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarResults) with_single = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) single_lines = NULL;
  const char * const *top;

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 1, UNIT_B, "1.1.1=2");
  score (fixture, 1, UNIT_C, "1.1.1=1.5");
  score (fixture, 2, UNIT_D, "1.1.1=1");
  score (fixture, 2, UNIT_E, "1.1.1=0.5");
  score (fixture, 2, UNIT_F, "1.1.1=0 1.1.2=0.5");

  results = compute (fixture);
  g_assert_cmpint (total_of (results, UNIT_D), ==, 9850);
  g_assert_cmpint (total_of (results, UNIT_F), ==, 9650);
  assert_top (results, EXEMPLAR_AGGREGATE_MEAN, (const char *[]) { UNIT_A, UNIT_B, UNIT_C, NULL });
  assert_top (results, EXEMPLAR_AGGREGATE_MEDIAN, (const char *[]) { UNIT_A, UNIT_B, UNIT_C, NULL });
  assert_top (results, EXEMPLAR_AGGREGATE_ZSCORE, (const char *[]) { UNIT_A, UNIT_D, UNIT_E, NULL });

  g_assert_true (exemplar_results_get_sensitive (results));
  lines = exemplar_results_get_sensitivity (results);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "Under per-reviewer z-scores, 周家桥街道 (310105005), 天山路街道 (310105006) would enter "
                   "and 江苏路街道 (310105002), 新华路街道 (310105004) leave the top 3.");

  score (fixture, 3, UNIT_G, "1.1.1=2");
  with_single = compute (fixture);
  g_assert_cmpuint (rank_of (with_single, UNIT_G), ==, 2);
  top = exemplar_results_get_top (with_single, EXEMPLAR_AGGREGATE_ZSCORE);
  g_assert_nonnull (top);
  g_assert_null (top[0]);
  g_assert_false (exemplar_results_get_sensitive (with_single));
  single_lines = exemplar_results_get_sensitivity (with_single);
  g_assert_cmpuint (single_lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (single_lines, 0), ==,
                   "The top 3 is the same under the mean, the trimmed mean and the median.");
  g_assert_cmpstr (g_ptr_array_index (single_lines, 1), ==,
                   "Per-reviewer z-scores were not checked: 1 ranked unit has no score sheet from a reviewer "
                   "who scored two or more units with different totals.");
}

/* Lines and notes name three units and count the rest.
 *   华阳路, 江苏路, 新华路: one sheet each, all full marks (100);
 *   周家桥, 天山路, 仙霞新村, 虹桥: three sheets, 1.1.1 at 2.5, 2.5, 0:
 *     mean 100 − 2.5 / 3 = 99.17, median 100.
 * Under the mean the first three tie at the top; under the median all
 * seven tie at 100, so the four others would also enter the top 3. Every
 * reviewer gave all their units the same total: no z-score anywhere. */
static void
test_long_lists (Fixture       *fixture,
                 gconstpointer  user_data)
{
  const char *others[] = { UNIT_D, UNIT_E, UNIT_F, UNIT_G };
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(ExemplarResults) by_median = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) median_lines = NULL;
  const char *zscore_line = "Per-reviewer z-scores were not checked: 7 ranked units have no score sheet "
                            "from a reviewer who scored two or more units with different totals.";

  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 1, UNIT_B, NULL);
  score (fixture, 1, UNIT_C, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      score (fixture, 1, others[i], NULL);
      score (fixture, 2, others[i], NULL);
      score (fixture, 3, others[i], "1.1.1=0");
    }

  results = compute (fixture);
  g_assert_cmpuint (rank_of (results, UNIT_A), ==, 1);
  g_assert_cmpuint (rank_of (results, UNIT_G), ==, 4);
  g_assert_cmpint (total_of (results, UNIT_G), ==, 9917);
  g_assert_cmpstr (exemplar_standing_get_tie_note (standing_of (results, UNIT_A)), ==,
                   "Tied with 江苏路街道 (310105002), 新华路街道 (310105004): the same total, "
                   "protections subtotal and document-review total.");
  g_assert_cmpstr (exemplar_standing_get_tie_note (standing_of (results, UNIT_G)), ==,
                   "Tied with 周家桥街道 (310105005), 天山路街道 (310105006), 仙霞新村街道 (310105008): "
                   "the same total, protections subtotal and document-review total.");

  g_assert_true (exemplar_results_get_sensitive (results));
  lines = exemplar_results_get_sensitivity (results);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "Under the median, 周家桥街道 (310105005), 天山路街道 (310105006), "
                   "仙霞新村街道 (310105008) and 1 other would also enter the top 3.");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, zscore_line);

  by_median = compute_with (fixture, EXEMPLAR_AGGREGATE_MEDIAN, 5);
  g_assert_cmpuint (rank_of (by_median, UNIT_G), ==, 1);
  g_assert_true (exemplar_standing_get_tied (standing_of (by_median, UNIT_A)));
  g_assert_cmpstr (exemplar_standing_get_tie_note (standing_of (by_median, UNIT_A)), ==,
                   "Tied with 江苏路街道 (310105002), 新华路街道 (310105004), 周家桥街道 (310105005) "
                   "and 3 others: the same total, protections subtotal and document-review total.");
  median_lines = exemplar_results_get_sensitivity (by_median);
  g_assert_cmpuint (median_lines->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (median_lines, 0), ==,
                   "Under the mean, 周家桥街道 (310105005), 天山路街道 (310105006), "
                   "仙霞新村街道 (310105008) and 1 other would leave the top 3.");
  g_assert_cmpstr (g_ptr_array_index (median_lines, 1), ==,
                   "Under the trimmed mean, 周家桥街道 (310105005), 天山路街道 (310105006), "
                   "仙霞新村街道 (310105008) and 1 other would leave the top 3.");
  g_assert_cmpstr (g_ptr_array_index (median_lines, 2), ==, zscore_line);
}

static void
on_results_ready_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static ExemplarResults *
compute_async (Fixture           *fixture,
               ExemplarReviewer  *viewer,
               GCancellable      *cancellable,
               GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  exemplar_results_new_async (fixture->campaign, viewer, cancellable, on_results_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return exemplar_results_new_finish (result, error);
}

/* The worker reads through its own connection and finds what the
 * campaign's connection finds; a request superseded by a newer one is
 * cancelled; a reviewer with a sheet to submit is refused there too. */
static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) now = NULL;
  g_autoptr(ExemplarResults) later = NULL;
  g_autoptr(ExemplarResults) cancelled = NULL;
  g_autoptr(ExemplarResults) refused = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GPtrArray) details = NULL;
  guint n;

  score (fixture, 1, UNIT_A, "1.1.1=2");
  score (fixture, 2, UNIT_A, "1.1.1=0.5 2.2.3=0.5");
  score (fixture, 1, UNIT_B, NULL);
  score_full (fixture, 3, UNIT_C, NULL, "1.1.1=2", FALSE);

  now = compute (fixture);
  later = compute_async (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (later);

  n = g_list_model_get_n_items (G_LIST_MODEL (now));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (later)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarStanding) a = g_list_model_get_item (G_LIST_MODEL (now), i);
      g_autoptr(ExemplarStanding) b = g_list_model_get_item (G_LIST_MODEL (later), i);

      /* The same campaign objects, the same figures. */
      g_assert_true (exemplar_standing_get_declaration (a) == exemplar_standing_get_declaration (b));
      g_assert_cmpuint (exemplar_standing_get_rank (a), ==, exemplar_standing_get_rank (b));
      g_assert_cmpint (exemplar_standing_get_total (a), ==, exemplar_standing_get_total (b));
      g_assert_cmpuint (exemplar_standing_get_n_flags (a), ==, exemplar_standing_get_n_flags (b));
    }
  /* 1.1.1 at (2 + 0.5) / 2 = 1.25 of 2.5, 2.2.3 at (1 + 0.5) / 2 = 0.75 of
   * 1: 100 − 1.25 − 0.25 = 98.50; both spreads over 40% of the item. */
  g_assert_cmpint (total_of (later, UNIT_A), ==, 9850);
  g_assert_cmpuint (rank_of (later, UNIT_B), ==, 1);
  g_assert_cmpuint (exemplar_standing_get_n_flags (standing_of (later, UNIT_A)), ==, 2);
  details = exemplar_standing_get_details (standing_of (later, UNIT_A), find (fixture, "2.2.3"));
  g_assert_cmpuint (details->len, ==, 2);
  g_assert_true (((ExemplarScoreDetail *) g_ptr_array_index (details, 1))->reviewer == fixture->reviewers[1]);
  g_assert_cmpstr (((ExemplarScoreDetail *) g_ptr_array_index (details, 1))->reason, ==, "2.2.3：台账不全");

  /* A newer request cancels the older one, which reports it. */
  exemplar_results_new_async (fixture->campaign, NULL, cancellable, on_results_ready_cb, &first);
  g_cancellable_cancel (cancellable);
  exemplar_results_new_async (fixture->campaign, NULL, NULL, on_results_ready_cb, &second);
  while (first == NULL || second == NULL)
    g_main_context_iteration (NULL, TRUE);
  cancelled = exemplar_results_new_finish (first, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled);
  g_clear_error (&error);
  g_clear_object (&later);
  later = exemplar_results_new_finish (second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (total_of (later, UNIT_A), ==, 9850);

  refused = compute_async (fixture, fixture->reviewers[2], NULL, &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "专家3"));
}

/* A reviewer sees the results only once all of their sheets are in. */
static void
test_viewer (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) refused = NULL;
  g_autoptr(ExemplarResults) not_started = NULL;
  g_autoptr(ExemplarResults) allowed = NULL;
  g_autoptr(ExemplarResults) office = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  ExemplarAssignment *assignment;

  score (fixture, 1, UNIT_A, NULL);
  score_full (fixture, 1, UNIT_B, NULL, "1.1.1=2", FALSE);
  g_assert_nonnull (exemplar_evaluation_assign (evaluation_of (fixture), fixture->reviewers[1],
                                                declaration_of (fixture, UNIT_A), NULL, NULL, &error));
  g_assert_no_error (error);

  refused = exemplar_results_new (fixture->campaign, fixture->reviewers[0], &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "专家1"));
  g_assert_nonnull (strstr (error->message, "1 score sheet to submit"));
  g_clear_error (&error);

  not_started = exemplar_results_new (fixture->campaign, fixture->reviewers[1], &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_assert_null (not_started);
  g_clear_error (&error);

  /* The office sees them all along. */
  office = compute (fixture);
  g_assert_cmpuint (rank_of (office, UNIT_A), ==, 1);

  assignment = exemplar_evaluation_find_assignment (evaluation_of (fixture), fixture->reviewers[0],
                                                    declaration_of (fixture, UNIT_B), NULL);
  g_assert_nonnull (assignment);
  sheet = exemplar_evaluation_open_sheet (evaluation_of (fixture), assignment, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);

  allowed = exemplar_results_new (fixture->campaign, fixture->reviewers[0], &error);
  g_assert_no_error (error);
  g_assert_nonnull (allowed);
  g_assert_cmpint (total_of (allowed, UNIT_B), ==, 9950);
}

/* Z-score is a check, not a policy; a trimmed mean needs 3 sheets. */
static void
test_bad_policy (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) zscore = NULL;
  g_autoptr(ExemplarResults) two = NULL;

  zscore = exemplar_results_new_with_policy (fixture->campaign, EXEMPLAR_AGGREGATE_ZSCORE, 5, &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_null (zscore);
  g_clear_error (&error);

  two = exemplar_results_new_with_policy (fixture->campaign, EXEMPLAR_AGGREGATE_TRIMMED, 2, &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_null (two);
}

int
main (int   argc,
      char *argv[])
{
  /* Every score is its own durable transaction; on a tmpfs their fsyncs
   * cost nothing (durability is test-score-sheet's business). */
  if (g_getenv ("TMPDIR") == NULL && g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) &&
      g_access ("/dev/shm", W_OK) == 0)
    g_setenv ("TMPDIR", "/dev/shm", TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/results/mean", test_mean);
  ADD ("/results/trimmed", test_trimmed);
  ADD ("/results/median", test_median);
  ADD ("/results/bonus-cap", test_bonus_cap);
  ADD ("/results/veto", test_veto);
  ADD ("/results/ties", test_ties);
  ADD ("/results/rounds", test_rounds);
  ADD ("/results/only-submitted", test_only_submitted);
  ADD ("/results/disagreement", test_disagreement);
  ADD ("/results/sensitivity", test_sensitivity);
  ADD ("/results/zscore", test_zscore);
  ADD ("/results/long-lists", test_long_lists);
  ADD ("/results/async", test_async);
  ADD ("/results/viewer", test_viewer);
  ADD ("/results/bad-policy", test_bad_policy);

#undef ADD

  return g_test_run ();
}
