/* test-review-package.c: what the office hands one reviewer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-review-package.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* The sample campaign, made once and copied for each test. */
static char *sample_dir;
static char *sample_path;

typedef struct
{
  char             *dir;
  char             *path;          /* the master */
  char             *package_path;
  ExemplarCampaign *campaign;
  ExemplarReviewer *reviewer;      /* owned by the campaign */
} Fixture;

static void
ensure_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) sample = NULL;

  if (sample_path != NULL)
    return;

  sample_dir = exemplar_test_make_dir ("test-review-package-sample-XXXXXX", "sample.exemplar", &sample_path);
  sample = exemplar_campaign_new_demo (sample_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
}

/* The first reviewer with at least four assignments, one of them not
 * submitted yet, so that there is something to score in the package. */
static ExemplarReviewer *
find_reviewer_with_work (ExemplarCampaign *campaign)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
      guint n = 0, open = 0;

      for (guint j = 0; j < g_list_model_get_n_items (assignments); j++)
        {
          g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, j);

          if (exemplar_assignment_get_reviewer (assignment) != reviewer)
            continue;
          n++;
          if (exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
            open++;
        }

      if (n >= 4 && open >= 1)
        return reviewer;
    }

  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  ensure_sample ();
  fixture->dir = exemplar_test_make_dir ("test-review-package-XXXXXX", "office.exemplar", &fixture->path);
  fixture->package_path = g_build_filename (fixture->dir, "reviewer" EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);

  source = g_file_new_for_path (sample_path);
  target = g_file_new_for_path (fixture->path);
  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  fixture->campaign = exemplar_test_campaign_open (fixture->path, "2024-03-10");
  fixture->reviewer = find_reviewer_with_work (fixture->campaign);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->campaign);
  g_clear_pointer (&fixture->package_path, g_free);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
export (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_review_package_export (fixture->campaign, fixture->reviewer,
                                                 fixture->package_path, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count_on_package (Fixture    *fixture,
                  const char *sql)
{
  return exemplar_test_sql_int_on_file (fixture->package_path, sql);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/* The package holds the reviewer's share of the campaign and nothing more,
 * read from the file as any program would. */
static void
test_contents (Fixture       *fixture,
               gconstpointer  user_data)
{
  gint64 id = exemplar_reviewer_get_id (fixture->reviewer);
  g_autofree char *sql = NULL;
  g_autofree char *master_secret = NULL;
  g_autofree char *package_secret = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  gint64 n_assignments;

  export (fixture);

  /* One file to carry, of its own kind. */
  wal = g_strconcat (fixture->package_path, "-wal", NULL);
  shm = g_strconcat (fixture->package_path, "-shm", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_on_package (fixture, "PRAGMA application_id"), ==, EXEMPLAR_PACKAGE_APPLICATION_ID);
  g_assert_cmpint (count_on_package (fixture, "PRAGMA user_version"), ==, EXEMPLAR_SCHEMA_VERSION);

  /* The reviewer, their assignments and the assigned applications only. */
  sql = g_strdup_printf ("SELECT count(*) FROM assignment WHERE reviewer_id = %" G_GINT64_FORMAT, id);
  n_assignments = exemplar_test_query_int (fixture->campaign, sql);
  g_assert_cmpint (n_assignments, >=, 4);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM reviewer"), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM reviewer WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (count_on_package (fixture, sql), ==, 1);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM assignment"), ==, n_assignments);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM assignment WHERE draw_id IS NOT NULL"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM application"), ==,
                   count_on_package (fixture, "SELECT count(DISTINCT application_id) FROM assignment"));
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM application WHERE id NOT IN "
                                     "(SELECT application_id FROM assignment)"), ==, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM application_field WHERE application_id NOT IN "
                                     "(SELECT application_id FROM assignment)"), ==, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM self_score WHERE application_id NOT IN "
                                     "(SELECT application_id FROM assignment)"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM application_field"), >, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM self_score"), >, 0);

  /* Their evidence, with its bytes and text; no other unit's. */
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM evidence"), >, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM evidence WHERE application_id NOT IN "
                                     "(SELECT application_id FROM assignment)"), ==, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence)"),
                   ==, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM evidence WHERE sha256 NOT IN (SELECT sha256 FROM blob)"),
                   ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM evidence_text"), >, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM evidence_text WHERE sha256 NOT IN (SELECT sha256 FROM blob)"),
                   ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM indicator"), ==,
                   exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM indicator"));

  /* Their own sheets only: no score of anyone else. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM score s JOIN score_sheet h ON h.id = s.sheet_id "
                         "JOIN assignment a ON a.id = h.assignment_id WHERE a.reviewer_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM score"), ==,
                   exemplar_test_query_int (fixture->campaign, sql));
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM score"), >, 0);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM score_sheet WHERE assignment_id NOT IN "
                                     "(SELECT id FROM assignment)"), ==, 0);

  /* Nothing of the office's own business. */
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM conflict"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM draw"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM working_group"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM working_group_member"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM recommendation"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM objection"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM phase_change"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM flag_review"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM veto_finding"), ==, 0);
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM sheet_import"), ==, 0);

  /* Its own history only: made, then "package.create"; none of the office's. */
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM audit WHERE action = 'package.create'"), ==, 1);
  g_assert_cmpint (count_on_package (fixture,
                                     "SELECT count(*) FROM audit WHERE action NOT IN ('package.create', 'schema.migrate')"),
                   ==, 0);

  /* One review_package row, in both files; the same secret in both. */
  g_assert_cmpint (count_on_package (fixture, "SELECT count(*) FROM review_package"), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM review_package"), ==, 1);
  g_assert_cmpint (count_on_package (fixture, "SELECT assignments FROM review_package"), ==, n_assignments);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "package.export"), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT hex (secret) FROM reviewer WHERE id = %" G_GINT64_FORMAT, id);
  master_secret = exemplar_test_query_text (fixture->campaign, sql);
  g_assert_cmpuint (strlen (master_secret), ==, 64);
  g_assert_cmpint (count_on_package (fixture, "SELECT length (secret) FROM reviewer"), ==, 32);
  {
    g_autoptr(ExemplarCampaign) package = exemplar_test_campaign_open (fixture->package_path, "2024-03-10");
    g_autofree char *uuid_sql = g_strdup_printf ("SELECT count(*) FROM review_package WHERE uuid = '%s'",
                                                 exemplar_review_package_get_uuid (package));

    package_secret = exemplar_test_query_text (package, "SELECT hex (secret) FROM reviewer");
    g_assert_cmpint (exemplar_test_query_int (fixture->campaign, uuid_sql), ==, 1);
  }
  g_assert_cmpstr (master_secret, ==, package_secret);
  g_assert_null (exemplar_review_package_get_uuid (fixture->campaign));

  /* A second package keeps the secret. */
  {
    g_autofree char *second = g_build_filename (fixture->dir, "second" EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);
    g_autofree char *again = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (exemplar_review_package_export (fixture->campaign, fixture->reviewer, second, NULL, &error));
    g_assert_no_error (error);
    again = exemplar_test_query_text (fixture->campaign, sql);
    g_assert_cmpstr (again, ==, master_secret);
    g_assert_cmpint (exemplar_test_sql_int_on_file (second, "SELECT hex (secret) = (SELECT hex (secret) FROM reviewer) FROM reviewer"),
                     ==, 1);
    g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM review_package"), ==, 2);
  }

  /* Nothing else was left beside the package: the master, its log, the two packages. */
  g_assert_cmpuint (count_files (fixture->dir), <=, 5);
}

static ExemplarAssignment *
find_assignment (ExemplarCampaign *campaign,
                 gint64            id)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_id (assignment) == id)
        return assignment;
    }

  return NULL;
}

/* The package opens as a campaign of its own kind, for scoring. */
static void
test_open (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarReviewer *reviewer;
  ExemplarAssignment *open = NULL;
  GListModel *assignments;
  guint n_master = 0;

  export (fixture);
  g_assert_false (exemplar_campaign_get_is_package (fixture->campaign));
  g_assert_null (exemplar_campaign_get_package_reviewer (fixture->campaign));

  package = exemplar_test_campaign_open (fixture->package_path, "2024-03-10");
  g_assert_true (exemplar_campaign_get_is_package (package));
  g_assert_false (exemplar_campaign_get_read_only (package));
  g_assert_cmpstr (exemplar_campaign_get_title (package), ==, exemplar_campaign_get_title (fixture->campaign));
  g_assert_true (exemplar_campaign_check (package, &problems));
  g_assert_cmpuint (problems->len, ==, 0);

  reviewer = exemplar_campaign_get_package_reviewer (package);
  g_assert_nonnull (reviewer);
  g_assert_cmpint (exemplar_reviewer_get_id (reviewer), ==, exemplar_reviewer_get_id (fixture->reviewer));
  g_assert_cmpstr (exemplar_reviewer_get_name (reviewer), ==, exemplar_reviewer_get_name (fixture->reviewer));

  evaluation = exemplar_campaign_get_evaluation (package);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_evaluation_get_reviewers (evaluation)), ==, 1);
  assignments = exemplar_evaluation_get_assignments (evaluation);
  for (guint i = 0; i < g_list_model_get_n_items (exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (fixture->campaign))); i++)
    {
      g_autoptr(ExemplarAssignment) assignment =
        g_list_model_get_item (exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (fixture->campaign)), i);

      if (exemplar_assignment_get_reviewer (assignment) == fixture->reviewer)
        n_master++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, n_master);

  /* Each assignment as the office has it, with its progress. */
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarAssignment *office = find_assignment (fixture->campaign, exemplar_assignment_get_id (assignment));

      g_assert_nonnull (office);
      g_assert_true (exemplar_assignment_get_reviewer (assignment) == reviewer);
      g_assert_cmpstr (exemplar_unit_get_code (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment))),
                       ==, exemplar_unit_get_code (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (office))));
      g_assert_cmpint (exemplar_assignment_get_state (assignment), ==, exemplar_assignment_get_state (office));
      g_assert_cmpuint (exemplar_assignment_get_n_scored (assignment), ==, exemplar_assignment_get_n_scored (office));
      if (open == NULL && exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
        open = assignment;
    }
  g_assert_nonnull (open);

  /* The declarations are the assigned units (and the reviewer's own, if any). */
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_campaign_get_declarations (package)), <=,
                    g_list_model_get_n_items (assignments) + 1);

  /* The reviewer scores and submits there as at the office. */
  sheet = exemplar_evaluation_open_sheet (evaluation, open, &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (sheet);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 points = exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS ? 0 : exemplar_indicator_get_points (leaf);

      g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, points, &error));
      g_assert_no_error (error);
    }
  g_assert_true (exemplar_score_sheet_set_comment (sheet, "材料齐全。", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_assignment_get_state (open), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_nonnull (exemplar_score_sheet_get_seal (sheet));
  g_assert_cmpint (exemplar_test_count_audit (package, "sheet.submit"), ==, 1);

  /* The office's changes are refused. */
  g_assert_false (exemplar_score_sheet_reopen (sheet, "重新评分", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_false (exemplar_campaign_set_phase (package, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (exemplar_campaign_advance_phase (package, "跳过", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_campaign_get_phase (package), ==, EXEMPLAR_PHASE_EVALUATION);

  g_assert_null (exemplar_evaluation_assign (evaluation, reviewer,
                                             exemplar_assignment_get_declaration (open),
                                             exemplar_assignment_get_round (open), NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (exemplar_evaluation_unassign (evaluation, open, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_null (exemplar_evaluation_add_reviewer (evaluation, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL,
                                                   NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_false (exemplar_declaration_return_for_correction (exemplar_assignment_get_declaration (open),
                                                               "材料不全", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_set_field (exemplar_assignment_get_declaration (open),
                                                  "contact_name", "张三", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  g_assert_false (exemplar_evaluation_record_veto (evaluation, exemplar_assignment_get_declaration (open),
                                                  NULL, "重大安全事故", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (exemplar_campaign_set_title (package, "另一个标题", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (exemplar_rubric_get_editable (exemplar_campaign_get_rubric (package)));

  g_assert_cmpint (exemplar_test_count_audit (package, "assignment.add"), ==, 0);

  /* Still sound after the reviewer's work; and opened again, the same. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (exemplar_campaign_check (package, &problems));
  g_clear_object (&sheet);
  g_clear_object (&package);
  package = exemplar_test_campaign_open (fixture->package_path, "2024-03-10");
  g_assert_true (exemplar_campaign_get_is_package (package));
  g_assert_nonnull (exemplar_review_package_get_uuid (package));
}

static void
assert_refused (Fixture          *fixture,
                ExemplarCampaign *campaign,
                ExemplarReviewer *reviewer,
                const char       *path,
                int               code)
{
  g_autoptr(GError) error = NULL;
  guint n_files = count_files (fixture->dir);
  gint64 n_packages = exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM review_package");
  gint64 n_exports = exemplar_test_count_audit (fixture->campaign, "package.export");

  g_assert_false (exemplar_review_package_export (campaign, reviewer, path, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM review_package"), ==, n_packages);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "package.export"), ==, n_exports);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (fixture->campaign);
  g_autoptr(GError) error = NULL;
  g_autofree char *existing = g_build_filename (fixture->dir, "existing" EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);
  ExemplarReviewer *idle;

  /* A reviewer without assignments: named in the message. */
  idle = exemplar_evaluation_add_reviewer (evaluation, "王敏", EXEMPLAR_AFFILIATION_EXPERT, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_refused (fixture, fixture->campaign, idle, fixture->package_path, EXEMPLAR_ERROR_INVALID_INPUT);
  {
    g_autoptr(GError) named = NULL;

    exemplar_review_package_export (fixture->campaign, idle, fixture->package_path, NULL, &named);
    g_assert_nonnull (strstr (named->message, "王敏"));
  }

  /* An existing file is never replaced. */
  g_assert_true (g_file_set_contents (existing, "mine", -1, NULL));
  assert_refused (fixture, fixture->campaign, fixture->reviewer, existing, EXEMPLAR_ERROR_EXISTS);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "mine");
  }

  /* A cancelled export leaves nothing. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    guint n_files = count_files (fixture->dir);

    g_cancellable_cancel (cancellable);
    g_assert_false (exemplar_review_package_export (fixture->campaign, fixture->reviewer,
                                                    fixture->package_path, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
    g_assert_false (g_file_test (fixture->package_path, G_FILE_TEST_EXISTS));
    g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM review_package"), ==, 0);
    g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM reviewer WHERE secret IS NOT NULL"),
                     ==, 0);
  }

  /* A package issues no packages. */
  export (fixture);
  {
    g_autoptr(ExemplarCampaign) package = exemplar_test_campaign_open (fixture->package_path, "2024-03-10");
    g_autofree char *from_package = g_build_filename (fixture->dir, "again" EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);
    guint n_files = count_files (fixture->dir);

    g_assert_false (exemplar_review_package_export (package, exemplar_campaign_get_package_reviewer (package),
                                                    from_package, NULL, &error));
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
    g_clear_error (&error);
    g_assert_false (g_file_test (from_package, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
    g_assert_cmpint (exemplar_test_query_int (package, "SELECT count(*) FROM review_package"), ==, 1);
  }
  g_unlink (fixture->package_path);

  /* Not once the evaluation is over. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  assert_refused (fixture, fixture->campaign, fixture->reviewer, fixture->package_path, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_CLOSED, NULL, &error));
  g_assert_no_error (error);
  assert_refused (fixture, fixture->campaign, fixture->reviewer, fixture->package_path, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
}

typedef struct
{
  GError   *error;
  gboolean  done;
} AsyncResult;

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *outcome = user_data;

  exemplar_review_package_export_finish (EXEMPLAR_CAMPAIGN (source), result, &outcome->error);
  outcome->done = TRUE;
}

/* The same from a worker thread, while the office keeps its file open. */
static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autofree char *basename = exemplar_review_package_dup_basename (fixture->campaign, fixture->reviewer);
  g_autofree char *path = g_build_filename (fixture->dir, basename, NULL);
  AsyncResult outcome = { NULL, FALSE };

  g_assert_true (g_str_has_suffix (basename, EXEMPLAR_REVIEW_PACKAGE_SUFFIX));
  g_assert_nonnull (strstr (basename, exemplar_reviewer_get_name (fixture->reviewer)));
  g_assert_nonnull (strstr (basename, exemplar_campaign_get_title (fixture->campaign)));

  exemplar_review_package_export_async (fixture->campaign, fixture->reviewer, path, NULL, on_exported_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);

  g_assert_cmpint (exemplar_test_sql_int_on_file (path, "PRAGMA application_id"), ==, EXEMPLAR_PACKAGE_APPLICATION_ID);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "package.export"), ==, 1);
}

/* Unsafe characters leave the file name. */
static void
test_basename (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_true (exemplar_campaign_set_title (fixture->campaign, "2024/评估: \"A\" <B>|C?*\\", &error));
  g_assert_no_error (error);
  name = exemplar_review_package_dup_basename (fixture->campaign, fixture->reviewer);
  g_assert_null (strpbrk (name, "/\\:*?\"<>|"));
  g_assert_true (g_str_has_prefix (name, "2024_评估_ _A_ _B__C___-"));
  g_assert_true (g_str_has_suffix (name, EXEMPLAR_REVIEW_PACKAGE_SUFFIX));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/review-package/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("contents", test_contents);
  ADD ("open", test_open);
  ADD ("refusals", test_refusals);
  ADD ("async", test_async);
  ADD ("basename", test_basename);

#undef ADD

  status = g_test_run ();

  if (sample_dir != NULL)
    exemplar_test_clear_dir (&sample_dir, &sample_path);

  return status;
}
