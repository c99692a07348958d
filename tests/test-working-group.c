/* test-working-group.c: working groups (评估工作组) and what they do to the
 * draw and to assignment by hand, the office's review of flagged items,
 * the applications' evaluation states, and the file's move to schema
 * version 3. Headless.
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
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"
#include "exemplar-working-group.h"

#include "exemplar-database.h"
#include "exemplar-test-util.h"

#define FIRST_UNIT "310105001"
#define SECOND_UNIT "310105002"
#define DRAFT_UNIT "310105102"
#define N_REVIEWERS 8

typedef ExemplarTestFixture Fixture;

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

static void
reopen (Fixture *fixture)
{
  g_clear_object (&fixture->campaign);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
}

static ExemplarReviewer *
add_expert (Fixture    *fixture,
            const char *name)
{
  return exemplar_test_add_reviewer (fixture->campaign, name, EXEMPLAR_AFFILIATION_EXPERT, NULL);
}

static ExemplarRound *
add_round (Fixture        *fixture,
           const char     *name,
           ExemplarMethod  method)
{
  g_autoptr(GError) error = NULL;
  ExemplarRound *round = exemplar_evaluation_add_round (evaluation_of (fixture), name, method, 0, &error);

  g_assert_no_error (error);
  return round;
}

static ExemplarWorkingGroup *
add_group (Fixture       *fixture,
           const char    *name,
           ExemplarRound *round)
{
  g_autoptr(GError) error = NULL;
  ExemplarWorkingGroup *group = exemplar_evaluation_add_working_group (evaluation_of (fixture), name, round, &error);

  g_assert_no_error (error);
  g_assert_nonnull (group);
  return group;
}

static void
add_member (Fixture              *fixture,
            ExemplarWorkingGroup *group,
            ExemplarReviewer     *reviewer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_evaluation_add_group_member (evaluation_of (fixture), group, reviewer, &error));
  g_assert_no_error (error);
}

static ExemplarState
state_of (Fixture    *fixture,
          const char *unit)
{
  return exemplar_declaration_get_state (exemplar_test_find_declaration (fixture->campaign, unit));
}

/* The state as the file holds it. */
static char *
stored_state (Fixture    *fixture,
              const char *unit)
{
  g_autofree char *sql = g_strdup_printf ("SELECT a.state FROM application a JOIN unit u ON u.id = a.unit_id "
                                          "WHERE u.code = '%s'", unit);

  return exemplar_test_query_text (fixture->campaign, sql);
}

static void
on_changed_cb (ExemplarEvaluation *evaluation,
               guint              *count)
{
  (*count)++;
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

#define ASSERT_STATE(fixture, unit, expected) \
  G_STMT_START { \
    g_autofree char *stored_ = stored_state ((fixture), (unit)); \
    g_assert_cmpstr (exemplar_state_to_string (state_of ((fixture), (unit))), ==, (expected)); \
    g_assert_cmpstr (stored_, ==, (expected)); \
  } G_STMT_END

/* Working groups */

static void
test_groups (Fixture       *fixture,
             gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  GListModel *groups = exemplar_evaluation_get_working_groups (evaluation);
  ExemplarRound *onsite = add_round (fixture, "实地评估", EXEMPLAR_METHOD_ONSITE);
  ExemplarReviewer *wang = add_expert (fixture, "王敏");
  ExemplarReviewer *li = add_expert (fixture, "李强");
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  ExemplarWorkingGroup *first, *second;
  guint changed = 0;
  gint64 wang_id;

  g_signal_connect (evaluation, "changed", G_CALLBACK (on_changed_cb), &changed);

  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 0);
  first = add_group (fixture, "  第一组 ", onsite);
  g_assert_cmpstr (exemplar_working_group_get_name (first), ==, "第一组");
  g_assert_true (exemplar_working_group_get_round (first) == onsite);
  second = add_group (fixture, "专家组", NULL);
  g_assert_null (exemplar_working_group_get_round (second));
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  g_assert_true (exemplar_evaluation_find_working_group (evaluation, "第一组") == first);
  g_assert_cmpuint (changed, ==, 2);

  /* Names are required and unique. */
  g_assert_null (exemplar_evaluation_add_working_group (evaluation, "  ", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_working_group (evaluation, "第一组", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "第一组"));
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_rename_working_group (evaluation, second, "第一组", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);

  g_assert_true (exemplar_evaluation_rename_working_group (evaluation, second, "外请专家组", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_working_group_get_name (second), ==, "外请专家组");
  /* Keeping its own name is no clash. */
  g_assert_true (exemplar_evaluation_rename_working_group (evaluation, second, "外请专家组", &error));
  g_assert_no_error (error);

  /* Members. */
  add_member (fixture, first, li);
  add_member (fixture, first, wang);
  g_assert_cmpuint (exemplar_working_group_get_n_members (first), ==, 2);
  g_assert_true (exemplar_working_group_has_member (first, wang));
  names = exemplar_working_group_dup_member_names (first);
  g_assert_cmpstr (names, ==, "王敏、李强");
  g_assert_false (exemplar_evaluation_add_group_member (evaluation, first, wang, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_remove_group_member (evaluation, second, wang, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (exemplar_evaluation_remove_group_member (evaluation, first, li, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_working_group_has_member (first, li));

  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "group.add"), ==, 2);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "group.rename"), ==, 1);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "group.member.add"), ==, 2);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "group.member.remove"), ==, 1);

  /* Everything is in the file. */
  wang_id = exemplar_reviewer_get_id (wang);
  reopen (fixture);
  evaluation = evaluation_of (fixture);
  groups = exemplar_evaluation_get_working_groups (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  first = exemplar_evaluation_find_working_group (evaluation, "第一组");
  g_assert_nonnull (first);
  g_assert_cmpstr (exemplar_round_get_name (exemplar_working_group_get_round (first)), ==, "实地评估");
  g_assert_cmpuint (exemplar_working_group_get_n_members (first), ==, 1);
  wang = exemplar_evaluation_find_reviewer (evaluation, wang_id);
  g_assert_true (exemplar_working_group_has_member (first, wang));

  /* Removing a group; removing a reviewer drops them from their groups. */
  second = exemplar_evaluation_find_working_group (evaluation, "外请专家组");
  g_assert_true (exemplar_evaluation_remove_working_group (evaluation, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  g_assert_true (exemplar_evaluation_remove_reviewer (evaluation, wang, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_working_group_get_n_members (first), ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "group.remove"), ==, 1);

  /* Removing a round removes its groups. */
  g_assert_true (exemplar_evaluation_remove_round (evaluation, exemplar_working_group_get_round (first), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 0);

  reopen (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_working_groups (evaluation_of (fixture))), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count (*) FROM working_group_member"), ==, 0);
}

static void
test_group_locks (Fixture       *fixture,
                  gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarReviewer *wang = add_expert (fixture, "王敏");
  ExemplarWorkingGroup *group = add_group (fixture, "第一组", NULL);
  g_autoptr(GError) error = NULL;
  gint64 audit;

  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  audit = exemplar_test_count_audit (fixture->campaign, NULL);

#define ASSERT_LOCKED(call) \
  G_STMT_START { \
    g_assert_false ((call)); \
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE); \
    g_clear_error (&error); \
  } G_STMT_END

  ASSERT_LOCKED (exemplar_evaluation_add_working_group (evaluation, "第二组", NULL, &error) != NULL);
  ASSERT_LOCKED (exemplar_evaluation_rename_working_group (evaluation, group, "第二组", &error));
  ASSERT_LOCKED (exemplar_evaluation_add_group_member (evaluation, group, wang, &error));
  ASSERT_LOCKED (exemplar_evaluation_remove_group_member (evaluation, group, wang, &error));
  ASSERT_LOCKED (exemplar_evaluation_remove_working_group (evaluation, group, &error));

#undef ASSERT_LOCKED

  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, NULL), ==, audit);
  g_assert_cmpstr (exemplar_working_group_get_name (group), ==, "第一组");
  g_assert_cmpuint (exemplar_working_group_get_n_members (group), ==, 0);
}

/* Eight experts; the on-site round's group has the first four. */
static ExemplarRound *
set_up_rounds (Fixture               *fixture,
               ExemplarReviewer     **reviewers,
               ExemplarRound        **document,
               ExemplarWorkingGroup **group)
{
  ExemplarRound *onsite;

  for (guint i = 0; i < N_REVIEWERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", i + 1);

      reviewers[i] = add_expert (fixture, name);
    }

  *document = add_round (fixture, "书面调阅", EXEMPLAR_METHOD_DOCUMENT);
  onsite = add_round (fixture, "实地评估", EXEMPLAR_METHOD_ONSITE);
  *group = add_group (fixture, "实地评估工作组", onsite);
  for (guint i = 0; i < 4; i++)
    add_member (fixture, *group, reviewers[i]);

  return onsite;
}

static void
unassign_all (Fixture *fixture)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  g_autoptr(GError) error = NULL;

  while (g_list_model_get_n_items (assignments) > 0)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, 0);

      g_assert_true (exemplar_evaluation_unassign (evaluation, assignment, &error));
      g_assert_no_error (error);
    }
}

static void
test_group_draw (Fixture       *fixture,
                 gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  ExemplarReviewer *reviewers[N_REVIEWERS];
  ExemplarWorkingGroup *group, *small;
  ExemplarRound *document, *onsite;
  g_autoptr(GError) error = NULL;

  onsite = set_up_rounds (fixture, reviewers, &document, &group);

  /* Over many seeds, the on-site round draws only the group's members,
   * and the document round (no group) draws from everyone. */
  for (guint32 seed = 1; seed <= 12; seed++)
    {
      g_autoptr(GHashTable) document_reviewers = g_hash_table_new (NULL, NULL);

      g_assert_true (exemplar_evaluation_draw (evaluation, onsite, 2, seed, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (exemplar_evaluation_draw (evaluation, document, 3, seed, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 9 * (2 + 3));

      for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
        {
          g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
          ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);

          if (exemplar_assignment_get_round (assignment) == onsite)
            g_assert_true (exemplar_working_group_has_member (group, reviewer));
          else
            g_hash_table_add (document_reviewers, reviewer);
        }
      /* Balanced load over eight reviewers: every one of them is drawn. */
      g_assert_cmpuint (g_hash_table_size (document_reviewers), ==, N_REVIEWERS);

      unassign_all (fixture);
    }

  /* A group too small for the draw: nothing is drawn, and the error says
   * which group limits it. */
  g_assert_true (exemplar_evaluation_remove_working_group (evaluation, group, &error));
  g_assert_no_error (error);
  small = add_group (fixture, "小组", onsite);
  add_member (fixture, small, reviewers[7]);
  g_assert_false (exemplar_evaluation_draw (evaluation, onsite, 2, 7, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "小组"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 0);

  g_assert_true (exemplar_evaluation_draw (evaluation, onsite, 1, 7, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      g_assert_true (exemplar_assignment_get_reviewer (assignment) == reviewers[7]);
    }
}

static void
test_group_assign (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarDeclaration *first = exemplar_test_find_declaration (fixture->campaign, FIRST_UNIT);
  ExemplarReviewer *reviewers[N_REVIEWERS];
  ExemplarWorkingGroup *group, *second;
  ExemplarRound *document, *onsite;
  g_autoptr(GError) error = NULL;

  onsite = set_up_rounds (fixture, reviewers, &document, &group);
  second = add_group (fixture, "第二组", onsite);

  /* A non-member is refused in the grouped round, naming its groups. */
  g_assert_null (exemplar_evaluation_assign (evaluation, reviewers[5], first, onsite, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "专家6"));
  g_assert_nonnull (strstr (error->message, "实地评估工作组"));
  g_assert_nonnull (strstr (error->message, "第二组"));
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "assignment.add"), ==, 0);

  /* A member of either group, and anyone in the other round, is fine. */
  g_assert_nonnull (exemplar_evaluation_assign (evaluation, reviewers[0], first, onsite, NULL, &error));
  g_assert_no_error (error);
  add_member (fixture, second, reviewers[5]);
  g_assert_nonnull (exemplar_evaluation_assign (evaluation, reviewers[5], first, onsite, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (exemplar_evaluation_assign (evaluation, reviewers[6], first, document, NULL, &error));
  g_assert_no_error (error);

  /* Leaving the group keeps the assignments already made. */
  g_assert_true (exemplar_evaluation_remove_group_member (evaluation, second, reviewers[5], &error));
  g_assert_no_error (error);
  g_assert_nonnull (exemplar_evaluation_find_assignment (evaluation, reviewers[5], first, onsite));
}

/* Flag review */

static void
test_flag_review (Fixture       *fixture,
                  gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarDeclaration *first = exemplar_test_find_declaration (fixture->campaign, FIRST_UNIT);
  ExemplarIndicator *leaf = exemplar_test_find_indicator (fixture->campaign, "3.1.1");
  ExemplarIndicator *branch = exemplar_test_find_indicator (fixture->campaign, "3.1");
  g_autoptr(GError) error = NULL;
  const char *note = NULL, *reviewed_at = NULL;

  g_assert_false (exemplar_evaluation_get_flag_review (evaluation, first, leaf, &note, &reviewed_at));
  g_assert_null (note);

  /* A note is required; only scored items are flagged. */
  g_assert_false (exemplar_evaluation_review_flag (evaluation, first, leaf, "  ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_review_flag (evaluation, first, branch, "已复核", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (exemplar_evaluation_review_flag (evaluation, first, leaf, " 已现场复核，分差有据 ", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_evaluation_get_flag_review (evaluation, first, leaf, &note, &reviewed_at));
  g_assert_cmpstr (note, ==, "已现场复核，分差有据");
  g_assert_nonnull (reviewed_at);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "flag.review"), ==, 1);

  /* Reviewing again replaces the note; it is in the file. */
  g_assert_true (exemplar_evaluation_review_flag (evaluation, first, leaf, "复评后一致", &error));
  g_assert_no_error (error);
  reopen (fixture);
  evaluation = evaluation_of (fixture);
  first = exemplar_test_find_declaration (fixture->campaign, FIRST_UNIT);
  leaf = exemplar_test_find_indicator (fixture->campaign, "3.1.1");
  g_assert_true (exemplar_evaluation_get_flag_review (evaluation, first, leaf, &note, NULL));
  g_assert_cmpstr (note, ==, "复评后一致");
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count (*) FROM flag_review"), ==, 1);

  g_assert_true (exemplar_evaluation_clear_flag_review (evaluation, first, leaf, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_evaluation_get_flag_review (evaluation, first, leaf, NULL, NULL));
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "flag.clear"), ==, 1);

  /* Only during the evaluation. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_evaluation_review_flag (evaluation, first, leaf, "复评后一致", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_get_flag_review (evaluation, first, leaf, NULL, NULL));
}

/* Application states */

static void
test_states (Fixture       *fixture,
             gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = evaluation_of (fixture);
  ExemplarDeclaration *first = exemplar_test_find_declaration (fixture->campaign, FIRST_UNIT);
  ExemplarDeclaration *second = exemplar_test_find_declaration (fixture->campaign, SECOND_UNIT);
  ExemplarReviewer *wang = add_expert (fixture, "王敏");
  ExemplarReviewer *li = add_expert (fixture, "李强");
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) li_units = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  ExemplarAssignment *waiting, *lone;
  guint notified = 0;

  g_signal_connect (first, "notify::state", G_CALLBACK (on_notify_cb), &notified);
  ASSERT_STATE (fixture, FIRST_UNIT, "submitted");

  /* Assigning moves a submitted application under evaluation. */
  sheet = exemplar_test_score (fixture->campaign, wang, FIRST_UNIT, NULL, "", TRUE);
  ASSERT_STATE (fixture, FIRST_UNIT, "evaluated");
  g_assert_cmpuint (notified, ==, 2);
  waiting = exemplar_evaluation_assign (evaluation, li, first, NULL, NULL, &error);
  g_assert_no_error (error);
  ASSERT_STATE (fixture, FIRST_UNIT, "under_evaluation");

  /* Without the unfinished assignment every sheet is submitted. */
  g_assert_true (exemplar_evaluation_unassign (evaluation, waiting, &error));
  g_assert_no_error (error);
  ASSERT_STATE (fixture, FIRST_UNIT, "evaluated");

  /* Reopening a sheet puts it back under evaluation; submitting again
   * finishes it. */
  g_assert_true (exemplar_score_sheet_reopen (sheet, "补充材料后复评", &error));
  g_assert_no_error (error);
  ASSERT_STATE (fixture, FIRST_UNIT, "under_evaluation");
  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);
  ASSERT_STATE (fixture, FIRST_UNIT, "evaluated");

  /* The last assignment going takes it back to submitted. */
  lone = exemplar_evaluation_assign (evaluation, li, second, NULL, NULL, &error);
  g_assert_no_error (error);
  ASSERT_STATE (fixture, SECOND_UNIT, "under_evaluation");
  g_assert_true (exemplar_evaluation_unassign (evaluation, lone, &error));
  g_assert_no_error (error);
  ASSERT_STATE (fixture, SECOND_UNIT, "submitted");

  /* A draw moves every application it fills; a draft is not drawn. */
  g_assert_true (exemplar_evaluation_draw (evaluation, NULL, 1, 3, NULL, &error));
  g_assert_no_error (error);
  ASSERT_STATE (fixture, SECOND_UNIT, "under_evaluation");
  ASSERT_STATE (fixture, FIRST_UNIT, "evaluated");
  ASSERT_STATE (fixture, DRAFT_UNIT, "draft");
  g_assert_cmpuint (exemplar_campaign_count_state (fixture->campaign, EXEMPLAR_STATE_SUBMITTED), ==, 0);

  /* Removing a reviewer with unscored assignments settles their units
   * (one reviewer each, so they have none left). */
  for (guint i = 0; i < g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation)); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation), i);

      if (exemplar_assignment_get_reviewer (assignment) == li)
        g_ptr_array_add (li_units, g_strdup (exemplar_unit_get_code (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)))));
    }
  g_assert_cmpuint (li_units->len, >=, 3);
  g_assert_true (exemplar_evaluation_remove_reviewer (evaluation, li, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < li_units->len; i++)
    ASSERT_STATE (fixture, g_ptr_array_index (li_units, i), "submitted");

  reopen (fixture);
  ASSERT_STATE (fixture, FIRST_UNIT, "evaluated");
  for (guint i = 0; i < li_units->len; i++)
    ASSERT_STATE (fixture, g_ptr_array_index (li_units, i), "submitted");
}

/* Schema */

/* A version 2 file, as Exemplar wrote it before flag reviews and unique
 * group names, moves through version 3 to the current one when opened,
 * keeping its groups. */
static void
test_migrate_v2 (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  ExemplarWorkingGroup *group;

  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path,
                             EXEMPLAR_TEST_UNDO_SCHEMA_V5
                             "DROP TABLE flag_review;"
                             "DROP INDEX working_group_name;"
                             "DROP INDEX working_group_member_reviewer;"
                             "INSERT INTO reviewer (name, affiliation) VALUES ('王敏', 'expert');"
                             "INSERT INTO working_group (name) VALUES ('第一组');"
                             "INSERT INTO working_group_member SELECT g.id, r.id FROM working_group g, reviewer r;"
                             "PRAGMA user_version = 2;");
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path, "PRAGMA user_version"), ==, 2);

  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
  g_assert_cmpint (exemplar_campaign_get_schema_version (fixture->campaign), ==, EXEMPLAR_SCHEMA_VERSION);
  g_assert_false (exemplar_campaign_get_read_only (fixture->campaign));
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "PRAGMA user_version"), ==,
                   EXEMPLAR_SCHEMA_VERSION);
  version = exemplar_test_query_text (fixture->campaign,
                                      "SELECT detail FROM audit WHERE action = 'schema.migrate' "
                                      "ORDER BY id DESC LIMIT 1 OFFSET 2");
  g_assert_cmpstr (version, ==, "user_version = 3");
  g_assert_true (exemplar_campaign_check (fixture->campaign, NULL));

  group = exemplar_evaluation_find_working_group (evaluation_of (fixture), "第一组");
  g_assert_nonnull (group);
  g_assert_cmpuint (exemplar_working_group_get_n_members (group), ==, 1);

  /* The new table and index work. */
  g_assert_true (exemplar_evaluation_review_flag (evaluation_of (fixture),
                                                  exemplar_test_find_declaration (fixture->campaign, FIRST_UNIT),
                                                  exemplar_test_find_indicator (fixture->campaign, "3.1.1"),
                                                  "已复核", &error));
  g_assert_no_error (error);
  g_assert_null (exemplar_evaluation_add_working_group (evaluation_of (fixture), "第一组", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign,
                                            "SELECT count (*) FROM sqlite_master WHERE name = 'working_group_name'"), ==, 1);
}

/* The fixture: the Changning campaign in its evaluation phase, every
 * application submitted but DRAFT_UNIT's. */
static void
set_up (Fixture       *fixture,
        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  exemplar_test_fixture_set_up_submitted (fixture, DRAFT_UNIT);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/working-group/" name, Fixture, NULL, set_up, func, exemplar_test_fixture_tear_down)

  ADD ("groups", test_groups);
  ADD ("locks", test_group_locks);
  ADD ("draw", test_group_draw);
  ADD ("assign", test_group_assign);
  ADD ("flag-review", test_flag_review);
  ADD ("states", test_states);
  ADD ("migrate-v2", test_migrate_v2);

#undef ADD

  return g_test_run ();
}
