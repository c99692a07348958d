/* test-evaluation-draw.c: the draw by lot of the evaluation's assignments:
 * the rules every draw keeps over many seeds, the same seed giving the
 * same draw, existing assignments counted, and a draw that cannot be made
 * refused with nothing written. Headless.
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
#include "exemplar-reviewer.h"
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

#define N_MEMBERS 4
#define N_EXPERTS 2
#define PER_APPLICATION 3

/* One cross-evaluator per unit, member-unit staff and outside experts. */
static void
add_realistic_reviewers (ExemplarCampaign *campaign)
{
  static const char *members[N_MEMBERS] = { "mz", "jy", "sf", "fl" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *name = g_strdup_printf ("交叉评估员%u", i + 1);

      exemplar_test_add_reviewer (campaign, name, EXEMPLAR_AFFILIATION_APPLICANT,
                                  exemplar_campaign_find_unit (campaign, units[i]));
    }
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("成员单位评估员%u", i + 1);

      exemplar_test_add_reviewer (campaign, name, EXEMPLAR_AFFILIATION_MEMBER, exemplar_test_find_member_unit (campaign, members[i]));
    }
  for (guint i = 0; i < N_EXPERTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", i + 1);

      exemplar_test_add_reviewer (campaign, name, EXEMPLAR_AFFILIATION_EXPERT, NULL);
    }
}

/* A handful of conflicts chosen from @seed, as the office might record them. */
static void
add_random_conflicts (ExemplarCampaign *campaign,
                      guint32           seed)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x5eed);
  guint n = (guint) g_rand_int_range (rand, 0, 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarReviewer) reviewer =
        g_list_model_get_item (reviewers, (guint) g_rand_int_range (rand, 0, (gint32) g_list_model_get_n_items (reviewers)));
      ExemplarUnit *target = exemplar_campaign_find_unit (campaign, units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))]);
      g_autoptr(GError) error = NULL;

      if (exemplar_reviewer_get_unit (reviewer) == target)
        continue;
      exemplar_evaluation_add_conflict (evaluation, reviewer, target, "former post", &error);
      g_assert_no_error (error);
    }
}

/* "reviewer id:unit code" lines of the current assignments, in list order. */
static char *
describe_assignments (ExemplarEvaluation *evaluation)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%s\n",
                              exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (assignment)),
                              exemplar_unit_get_code (exemplar_declaration_get_unit (
                                exemplar_assignment_get_declaration (assignment))));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
copy_base (const char *base,
           const char *dir,
           guint       index)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_strdup_printf ("copy-%u.exemplar", index);
  char *path = g_build_filename (dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (base, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, &error));
  g_assert_no_error (error);
  return path;
}

/* Checks one drawn campaign against the rules, independently of the model's
 * own conflict test. */
static void
check_draw (ExemplarCampaign *campaign,
            guint32           seed)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  g_autoptr(GHashTable) per_unit = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) load = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint free_min = G_MAXUINT, free_max = 0;

  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, N_SUBMITTED * PER_APPLICATION);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarUnit *target = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      ExemplarUnit *home = exemplar_reviewer_get_unit (reviewer);
      const char *code = exemplar_unit_get_code (target);

      g_assert_cmpstr (code, !=, DRAFT_UNIT);
      g_assert_true (home != target);
      for (guint c = 0; c < exemplar_reviewer_get_n_conflicts (reviewer); c++)
        g_assert_true (exemplar_reviewer_get_conflict_unit (reviewer, c) != target);
      g_assert_cmpint (exemplar_assignment_get_draw_seed (assignment), ==, seed);

      g_hash_table_insert (per_unit, (gpointer) code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_unit, code)) + 1));
      g_hash_table_insert (load, reviewer,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (load, reviewer)) + 1));
      if (home != NULL)
        g_hash_table_add (pairs, g_strdup_printf ("%s>%s", exemplar_unit_get_code (home), code));
    }

  for (guint i = 0; i < N_SUBMITTED; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (per_unit, units[i])), ==, PER_APPLICATION);

  /* Reviewers free to score every application differ by at most one. */
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (load, reviewer));

      if (exemplar_reviewer_get_unit (reviewer) != NULL || exemplar_reviewer_get_n_conflicts (reviewer) > 0)
        continue;
      free_min = MIN (free_min, n);
      free_max = MAX (free_max, n);
    }
  if (free_max > 0)
    g_assert_cmpuint (free_max - free_min, <=, 1);

  /* The flags agree with the pairs. */
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarUnit *home = exemplar_reviewer_get_unit (exemplar_assignment_get_reviewer (assignment));
      ExemplarUnit *target = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      g_autofree char *back = NULL;

      if (home != NULL)
        back = g_strdup_printf ("%s>%s", exemplar_unit_get_code (target), exemplar_unit_get_code (home));
      g_assert_cmpint (exemplar_assignment_get_reciprocal (assignment), ==,
                       back != NULL && g_hash_table_contains (pairs, back));
    }
}

static void
test_draw_seeds (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *base = g_strdup (fixture->path);
  guint n_seeds = g_test_slow () ? 1000 : 200;
  guint n_reciprocal_warnings = 0;
  guint overall_spread_max = 0;

  add_realistic_reviewers (fixture->campaign);
  g_clear_object (&fixture->campaign);

  for (guint32 seed = 1; seed <= n_seeds; seed++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(ExemplarCampaign) campaign = NULL;
      g_autofree char *path = copy_base (base, fixture->dir, 0);
      g_autofree char *drawn = NULL;
      ExemplarEvaluation *evaluation;
      GListModel *reviewers;
      guint min = G_MAXUINT, max = 0;

      campaign = exemplar_test_campaign_open (path, NULL);
      evaluation = exemplar_campaign_get_evaluation (campaign);
      add_random_conflicts (campaign, seed);

      g_assert_true (exemplar_evaluation_draw (evaluation, NULL, PER_APPLICATION, seed, &warnings, &error));
      g_assert_no_error (error);
      check_draw (campaign, seed);
      n_reciprocal_warnings += warnings->len;
      {
        g_autoptr(GPtrArray) pairs = exemplar_evaluation_list_reciprocal (evaluation);

        g_assert_cmpuint (warnings->len, ==, pairs->len);
      }

      reviewers = exemplar_evaluation_get_reviewers (evaluation);
      for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
        {
          g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
          guint n = 0;

          for (guint j = 0; j < g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)); j++)
            {
              g_autoptr(ExemplarAssignment) assignment =
                g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), j);

              n += exemplar_assignment_get_reviewer (assignment) == reviewer;
            }
          min = MIN (min, n);
          max = MAX (max, n);
        }
      overall_spread_max = MAX (overall_spread_max, max - min);

      /* The same seed on a fresh copy gives the same assignments; every
       * twentieth seed, to keep the test quick. */
      if (seed % 20 == 0)
        {
          g_autoptr(ExemplarCampaign) again = NULL;
          g_autofree char *again_path = copy_base (base, fixture->dir, 1);
          g_autofree char *redrawn = NULL;

          drawn = describe_assignments (evaluation);
          again = exemplar_test_campaign_open (again_path, NULL);
          add_random_conflicts (again, seed);
          g_assert_true (exemplar_evaluation_draw (exemplar_campaign_get_evaluation (again), NULL,
                                                   PER_APPLICATION, seed, NULL, &error));
          g_assert_no_error (error);
          redrawn = describe_assignments (exemplar_campaign_get_evaluation (again));
          g_assert_cmpstr (drawn, ==, redrawn);
          g_clear_object (&again);
        }

      /* Stored with its parameters and surviving a reopen. */
      if (seed == 1)
        {
          g_autofree char *before = describe_assignments (evaluation);
          g_autofree char *after = NULL;

          g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM draw WHERE seed = 1 AND "
                                                              "json_extract (parameters, '$.per_application') = 3"), ==, 1);
          g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM assignment WHERE draw_id IS NULL"),
                           ==, 0);
          g_assert_cmpint (exemplar_test_count_audit (campaign, "assignment.draw"), ==, 1);
          g_clear_object (&campaign);
          campaign = exemplar_test_campaign_open (path, NULL);
          after = describe_assignments (exemplar_campaign_get_evaluation (campaign));
          g_assert_cmpstr (before, ==, after);
          check_draw (campaign, seed);
        }
    }

  /* Sixteen reviewers for 27 slots: loads stay within two even with the
   * conflicts; not every draw can avoid reciprocal pairs. */
  g_assert_cmpuint (overall_spread_max, <=, 2);
  g_test_message ("%u reciprocal pairs flagged over %u draws", n_reciprocal_warnings, n_seeds);
}

static void
test_draw_counts_existing (Fixture       *fixture,
                           gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (fixture->campaign);
  ExemplarDeclaration *first = exemplar_test_find_declaration (fixture->campaign, units[0]);
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *expert;
  guint on_first = 0;

  add_realistic_reviewers (fixture->campaign);
  expert = exemplar_evaluation_find_reviewer (evaluation, 16);
  g_assert_nonnull (exemplar_evaluation_assign (evaluation, expert, first, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (exemplar_evaluation_draw (evaluation, NULL, 2, 7, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, N_SUBMITTED * 2);
  for (guint i = 0; i < N_SUBMITTED * 2; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), i);

      if (exemplar_assignment_get_declaration (assignment) == first)
        on_first++;
    }
  g_assert_cmpuint (on_first, ==, 2);

  /* Drawing again to the same number adds nothing. */
  g_assert_true (exemplar_evaluation_draw (evaluation, NULL, 2, 8, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, N_SUBMITTED * 2);
}

static void
test_draw_unsatisfiable (Fixture       *fixture,
                         gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (fixture->campaign);
  g_autoptr(GError) error = NULL;
  gint64 audit;
  guint n_reviewers;

  add_realistic_reviewers (fixture->campaign);
  n_reviewers = g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation));
  audit = exemplar_test_count_audit (fixture->campaign, NULL);

  /* Everyone, but each unit's own cross-evaluator may not score it. */
  g_assert_false (exemplar_evaluation_draw (evaluation, NULL, n_reviewers, 1, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "华阳路街道"));
  g_clear_error (&error);

  g_assert_false (exemplar_evaluation_draw (evaluation, NULL, 0, 1, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM assignment"), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM draw"), ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, NULL), ==, audit);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)), ==, 0);

  /* Exactly all the others is possible. */
  g_assert_true (exemplar_evaluation_draw (evaluation, NULL, n_reviewers - 1, 1, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/evaluation/" name, Fixture, DRAFT_UNIT, exemplar_test_fixture_set_up_submitted, func, \
              exemplar_test_fixture_tear_down)

  ADD ("draw-seeds", test_draw_seeds);
  ADD ("draw-counts-existing", test_draw_counts_existing);
  ADD ("draw-unsatisfiable", test_draw_unsatisfiable);

#undef ADD

  return g_test_run ();
}
