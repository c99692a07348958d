/* test-sheet-file.c: score sheet files (.exemplar-sheet) from review
 * packages back into the office's file: the round trip equals scoring in
 * the office, the same file twice changes nothing, every refusal leaves the
 * master file as it was, and conflicts wait for the office's decision.
 * Headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-results.h"
#include "exemplar-review-package.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-sheet-conflict.h"
#include "exemplar-sheet-file.h"
#include "exemplar-sheet-import.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* The sample is judged on its own day, in the evaluation phase. */
#define TODAY "2024-03-10"

/* What every reviewer scores differently from full marks in the tests. */
#define CHANGES "1.1.1=1 J.1=2"
#define OTHER_CHANGES "1.1.1=0.5"

/* The sample campaign, made once for the whole program. */
static char *sample_dir;
static char *sample_path;

typedef struct
{
  char             *dir;
  char             *master_path;
  ExemplarCampaign *master;
  gint64            reviewer_id;   /* a reviewer with a draft among sealed sheets */
  gint64            draft_id;      /* that draft's assignment */
} Fixture;

/* Files */

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static ExemplarCampaign *
open_campaign (const char *path)
{
  return exemplar_test_campaign_open (path, TODAY);
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = exemplar_test_make_dir ("test-sheet-file-XXXXXX", "master.exemplar", &fixture->master_path);
  copy_file (sample_path, fixture->master_path);
  fixture->master = open_campaign (fixture->master_path);

  fixture->draft_id = exemplar_test_query_int (fixture->master,
                                               "SELECT a.id FROM assignment a "
                                               "JOIN score_sheet s ON s.assignment_id = a.id "
                                               "WHERE s.state = 'draft' ORDER BY a.id LIMIT 1");
  fixture->reviewer_id = exemplar_test_query_int (fixture->master,
                                                  "SELECT a.reviewer_id FROM assignment a "
                                                  "JOIN score_sheet s ON s.assignment_id = a.id "
                                                  "WHERE s.state = 'draft' ORDER BY a.id LIMIT 1");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->master);
  g_clear_pointer (&fixture->master_path, g_free);
  exemplar_test_clear_dir (&fixture->dir, NULL);
}

/* Model helpers */

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

  g_error ("No assignment %" G_GINT64_FORMAT, id);
  return NULL;
}

/* @changes is "CODE=POINTS …": every item at full marks and every bonus
 * item at nothing otherwise, a reason for each deduction. */
static gint64
lookup_change (const char *changes,
               const char *code,
               gint64      points)
{
  g_auto(GStrv) words = g_strsplit (changes, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (words[i], "=", 2);

      if (g_strcmp0 (pair[0], code) == 0)
        return (gint64) (g_ascii_strtod (pair[1], NULL) * 100);
    }

  return points;
}

/* Scores the sheet of assignment @id in @campaign (a master or a package)
 * and submits it. */
static void
score (ExemplarCampaign *campaign,
       gint64            id,
       const char       *changes,
       const char       *comment)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GError) error = NULL;

  sheet = exemplar_evaluation_open_sheet (evaluation, find_assignment (campaign, id), &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (sheet);

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 maximum = exemplar_indicator_get_points (leaf);
      gint64 points = lookup_change (changes, exemplar_indicator_get_code (leaf),
                                     exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS ? 0 : maximum);
      g_autofree char *reason = g_strdup_printf ("%s：台账不全", exemplar_indicator_get_code (leaf));

      g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, points, &error));
      g_assert_no_error (error);
      g_assert_true (exemplar_score_sheet_set_reason (sheet, leaf, points < maximum ? reason : NULL, &error));
      g_assert_no_error (error);
    }

  g_assert_true (exemplar_score_sheet_set_comment (sheet, comment, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);
}

/* @reviewer_id's review package, exported from @master to @name. */
static char *
export_package (Fixture          *fixture,
                ExemplarCampaign *master,
                gint64            reviewer_id,
                const char       *name)
{
  g_autoptr(GError) error = NULL;
  char *path = path_in (fixture, name);

  ExemplarReviewer *reviewer = exemplar_evaluation_find_reviewer (exemplar_campaign_get_evaluation (master),
                                                                  reviewer_id);

  g_assert_true (exemplar_review_package_export (master, reviewer, path, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* The package at @package_path sends its sheets to @name. */
static char *
write_sheet (Fixture    *fixture,
             const char *package_path,
             const char *name)
{
  g_autoptr(ExemplarCampaign) package = open_campaign (package_path);
  g_autoptr(GError) error = NULL;
  char *path = path_in (fixture, name);
  guint n_sheets = 0, n_drafts = 0;

  g_assert_true (exemplar_campaign_get_is_package (package));
  g_assert_true (exemplar_sheet_file_write (package, path, &n_sheets, &n_drafts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sheets, >, 0);
  return path;
}

/* The package for the fixture's reviewer, its draft scored with @changes
 * and submitted there, sent as @name. */
static char *
scored_sheet_file (Fixture    *fixture,
                   const char *changes,
                   const char *name)
{
  g_autofree char *package_name = g_strconcat (name, EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);
  g_autofree char *package_path = export_package (fixture, fixture->master, fixture->reviewer_id, package_name);
  g_autoptr(ExemplarCampaign) package = open_campaign (package_path);

  score (package, fixture->draft_id, changes, "材料翔实");
  g_clear_object (&package);
  return write_sheet (fixture, package_path, name);
}

static ExemplarSheetImport *
import_ok (ExemplarCampaign *campaign,
           const char       *path)
{
  g_autoptr(GError) error = NULL;
  ExemplarSheetImport *import = exemplar_sheet_file_import (campaign, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* Everything an import may change, as text: the sheets with their points,
 * reasons and seals, the applications' states, the imports, conflicts and
 * the audit log. */
static char *
dump_content (ExemplarCampaign *campaign)
{
  return exemplar_test_query_text (campaign,
    "SELECT group_concat (line, char (10)) FROM ("
    "  SELECT 'sheet ' || a.id || ' ' || s.state || ' ' || coalesce (s.seal, '-') || ' ' || "
    "    coalesce (s.comment, '-') || ' ' || coalesce (s.submitted_at, '-') || ' ' || "
    "    coalesce (s.updated_at, '-') || ' ' || "
    "    (SELECT coalesce (group_concat (sc.indicator_id || '=' || coalesce (sc.points, '-') || '|' || "
    "       coalesce (sc.reason, ''), ';'), '') "
    "     FROM (SELECT * FROM score WHERE sheet_id = s.id ORDER BY indicator_id) sc) AS line "
    "  FROM assignment a LEFT JOIN score_sheet s ON s.assignment_id = a.id "
    "  UNION ALL SELECT 'application ' || id || ' ' || state FROM application "
    "  UNION ALL SELECT 'imports ' || count (*) || ' ' || coalesce (group_concat (sha256 || outcome), '') FROM sheet_import "
    "  UNION ALL SELECT 'conflicts ' || count (*) || ' ' || coalesce (group_concat (state), '') FROM sheet_conflict "
    "  UNION ALL SELECT 'audit ' || count (*) || ' ' || coalesce (max (hash), '') FROM audit "
    "  ORDER BY 1)");
}

/* The sheets of @reviewer_id as points, reasons, comment, seal and time. */
static char *
dump_sheets (ExemplarCampaign *campaign,
             gint64            reviewer_id)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT group_concat (line, char (10)) FROM ("
    "  SELECT a.id || ' ' || s.state || ' ' || s.seal || ' ' || coalesce (s.comment, '-') || ' ' || "
    "    s.submitted_at || ' ' || "
    "    (SELECT group_concat (sc.indicator_id || '=' || sc.points || '|' || coalesce (sc.reason, ''), ';') "
    "     FROM (SELECT * FROM score WHERE sheet_id = s.id ORDER BY indicator_id) sc) AS line "
    "  FROM assignment a JOIN score_sheet s ON s.assignment_id = a.id "
    "  WHERE a.reviewer_id = %" G_GINT64_FORMAT " ORDER BY a.id)",
    reviewer_id);

  return exemplar_test_query_text (campaign, sql);
}

/* Every unit's total and rank. */
static char *
dump_results (ExemplarCampaign *campaign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarResults) results = exemplar_results_new (campaign, NULL, &error);
  GListModel *units = exemplar_campaign_get_units (campaign);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);
      ExemplarStanding *standing = exemplar_results_find (results, exemplar_unit_get_code (unit));

      if (standing != NULL)
        g_string_append_printf (text, "%s %" G_GINT64_FORMAT " %u\n", exemplar_unit_get_code (unit),
                                exemplar_standing_get_total (standing), exemplar_standing_get_rank (standing));
    }

  return g_string_free (text, FALSE);
}

/* Imports @sheet_path into the fixture's master and expects a refusal
 * with @code whose message holds @needle; the master file is then the same
 * byte for byte. */
static void
assert_refused (Fixture    *fixture,
                const char *sheet_path,
                int         code,
                const char *needle)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autofree char *content = NULL;
  g_autofree char *content_after = NULL;

  content = dump_content (fixture->master);
  g_clear_object (&fixture->master);
  before = exemplar_test_file_bytes (fixture->master_path);

  fixture->master = open_campaign (fixture->master_path);
  import = exemplar_sheet_file_import (fixture->master, sheet_path, &error);
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_assert_null (import);
  g_test_message ("%s", error->message);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” not in the message: %s", needle, error->message);
  content_after = dump_content (fixture->master);
  g_assert_cmpstr (content, ==, content_after);

  g_clear_object (&fixture->master);
  after = exemplar_test_file_bytes (fixture->master_path);
  g_assert_true (g_bytes_equal (before, after));
  fixture->master = open_campaign (fixture->master_path);
}

/* The JSON document of a sheet file, and its payload, to forge from. */
static JsonObject *
read_document (const char  *path,
               JsonObject **payload)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) inner = NULL;
  JsonObject *document;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  root = exemplar_test_parse_json (text);
  document = json_object_ref (json_node_get_object (root));
  inner = exemplar_test_parse_json (json_object_get_string_member (document, "payload"));
  *payload = json_object_ref (json_node_get_object (inner));
  return document;
}

/* Writes @document with @payload (its text signed with @secret when
 * given, else keeping the document's MAC) to @name. */
static char *
write_forged (Fixture    *fixture,
              JsonObject *document,
              JsonObject *payload,
              GBytes     *secret,
              const char *name)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), payload);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autofree char *contents = NULL;
  char *path = path_in (fixture, name);

  json_object_set_string_member (document, "payload", text);
  if (secret != NULL)
    {
      g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, g_bytes_get_data (secret, NULL),
                                          g_bytes_get_size (secret));

      g_hmac_update (hmac, (const guchar *) text, strlen (text));
      json_object_set_string_member (document, "hmac-sha256", g_hmac_get_string (hmac));
    }

  json_node_unref (node);
  node = json_node_init_object (json_node_alloc (), document);
  contents = json_to_string (node, TRUE);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* The reviewer's secret as the master file keeps it. */
static GBytes *
read_secret (ExemplarCampaign *campaign,
             gint64            reviewer_id)
{
  sqlite3 *db = exemplar_database_get_handle (exemplar_campaign_get_database (campaign));
  sqlite3_stmt *stmt = NULL;
  GBytes *secret;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT secret FROM reviewer WHERE id = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, reviewer_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_bytes (stmt, 0), ==, 32);
  secret = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);

  return secret;
}

static void
assert_line (ExemplarSheetImport *import,
             const char          *needle)
{
  g_autoptr(GPtrArray) lines = exemplar_sheet_import_dup_lines (import);

  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return;

  g_error ("No line holds “%s”", needle);
}

/* @sql gives the same text in @a and @b. */
static void
assert_same (ExemplarCampaign *a,
             ExemplarCampaign *b,
             const char       *sql)
{
  g_autofree char *in_a = exemplar_test_query_text (a, sql);
  g_autofree char *in_b = exemplar_test_query_text (b, sql);

  g_assert_cmpstr (in_a, ==, in_b);
}

/* Tests */

/* Office → package → scores → sheet → office equals scoring in the office
 * directly; the same file again changes nothing. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *direct_path = path_in (fixture, "direct.exemplar");
  g_autofree char *package_path = NULL;
  g_autofree char *sheet_path = NULL;
  g_autoptr(ExemplarCampaign) direct = NULL;
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(ExemplarSheetImport) again = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *package_sheets = NULL;
  g_autofree char *master_sheets = NULL;
  g_autofree char *direct_results = NULL;
  g_autofree char *master_results = NULL;
  g_autofree char *content = NULL;
  ExemplarAssignment *assignment;
  guint n_sheets = 0, n_drafts = 0;
  gint64 n_assigned;
  g_autoptr(GError) error = NULL;

  /* The office's own copy, where the same sheet is scored directly. */
  g_clear_object (&fixture->master);
  copy_file (fixture->master_path, direct_path);
  fixture->master = open_campaign (fixture->master_path);

  package_path = export_package (fixture, fixture->master, fixture->reviewer_id, "package.exemplar-review");
  package = open_campaign (package_path);

  /* A package with a draft left sends the others and counts it. */
  sheet_path = path_in (fixture, "early.exemplar-sheet");
  g_assert_true (exemplar_sheet_file_write (package, sheet_path, &n_sheets, &n_drafts, &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM assignment WHERE reviewer_id = %" G_GINT64_FORMAT,
                                            fixture->reviewer_id);

    n_assigned = exemplar_test_query_int (package, sql);
  }
  g_assert_cmpuint (n_drafts, ==, 1);
  g_assert_cmpuint (n_sheets, ==, n_assigned - 1);
  g_clear_pointer (&sheet_path, g_free);
  g_assert_cmpint (exemplar_test_query_int (package, "SELECT sheet_sequence FROM review_package"), ==, 1);
  g_assert_cmpint (exemplar_test_count_audit (package, "sheet.export"), ==, 1);

  /* An existing file is never overwritten, and the number stays. */
  sheet_path = path_in (fixture, "early.exemplar-sheet");
  g_assert_false (exemplar_sheet_file_write (package, sheet_path, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_clear_pointer (&sheet_path, g_free);
  g_assert_cmpint (exemplar_test_query_int (package, "SELECT sheet_sequence FROM review_package"), ==, 1);

  score (package, fixture->draft_id, CHANGES, "材料翔实");
  package_sheets = dump_sheets (package, fixture->reviewer_id);
  g_clear_object (&package);
  sheet_path = write_sheet (fixture, package_path, "sheet.exemplar-sheet");

  direct = open_campaign (direct_path);
  score (direct, fixture->draft_id, CHANGES, "材料翔实");

  import = import_ok (fixture->master, sheet_path);
  g_assert_false (exemplar_sheet_import_get_already_imported (import));
  g_assert_cmpuint (exemplar_sheet_import_get_n_applied (import), ==, 1);
  g_assert_cmpuint (exemplar_sheet_import_get_n_unchanged (import), ==, n_assigned - 1);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_sheet_import_get_conflicts (import)), ==, 0);
  g_assert_cmpint (exemplar_reviewer_get_id (exemplar_sheet_import_get_reviewer (import)), ==, fixture->reviewer_id);
  assert_line (import, "applied");
  assert_line (import, "unchanged");

  /* The model follows without reopening the file. */
  assignment = find_assignment (fixture->master, fixture->draft_id);
  g_assert_cmpint (exemplar_assignment_get_state (assignment), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_cmpuint (exemplar_assignment_get_n_scored (assignment), ==, exemplar_assignment_get_n_leaves (assignment));

  /* The master holds the package's sheets: points, reasons, seal, time. */
  master_sheets = dump_sheets (fixture->master, fixture->reviewer_id);
  g_assert_cmpstr (master_sheets, ==, package_sheets);
  g_assert_cmpint (exemplar_test_count_audit (fixture->master, "sheet.import"), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->master, "SELECT count (*) FROM sheet_import"), ==, 1);

  /* … and equals scoring in the office directly: the sheets, seals and
   * states, not the times, imports and audit rows, which differ by design. */
  assert_same (fixture->master, direct, "SELECT group_concat (id || state) FROM application");
  assert_same (fixture->master, direct,
               "SELECT group_concat (assignment_id || state || seal || coalesce (comment, '')) FROM "
               "(SELECT * FROM score_sheet ORDER BY assignment_id)");
  assert_same (fixture->master, direct,
               "SELECT group_concat (sheet_id || ':' || indicator_id || '=' || points || coalesce (reason, '')) "
               "FROM (SELECT * FROM score ORDER BY sheet_id, indicator_id)");
  master_results = dump_results (fixture->master);
  direct_results = dump_results (direct);
  g_assert_cmpstr (master_results, ==, direct_results);

  /* The same file again: nothing changes, not even the audit log. */
  content = dump_content (fixture->master);
  g_clear_object (&fixture->master);
  before = exemplar_test_file_bytes (fixture->master_path);
  fixture->master = open_campaign (fixture->master_path);
  again = import_ok (fixture->master, sheet_path);
  g_assert_true (exemplar_sheet_import_get_already_imported (again));
  g_assert_cmpstr (exemplar_sheet_import_get_imported_at (again), ==, exemplar_sheet_import_get_imported_at (import));
  g_assert_cmpuint (exemplar_sheet_import_get_n_applied (again), ==, 0);
  {
    g_autofree char *content_after = dump_content (fixture->master);

    g_assert_cmpstr (content, ==, content_after);
  }
  g_clear_object (&fixture->master);
  after = exemplar_test_file_bytes (fixture->master_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A package with nothing submitted has nothing to send; the office's own
 * file sends nothing. */
static void
test_write_refusals (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *package_path = NULL;
  g_autofree char *sheet_path = path_in (fixture, "nothing.exemplar-sheet");
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(GError) error = NULL;
  gint64 reviewer_id;

  /* The office reopens all of the reviewer's sealed sheets first. */
  reviewer_id = fixture->reviewer_id;
  {
    GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (fixture->master));

    for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
      {
        g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
        g_autoptr(ExemplarScoreSheet) sheet = NULL;

        if (exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (assignment)) != reviewer_id ||
            exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
          continue;
        sheet = exemplar_evaluation_open_sheet (exemplar_campaign_get_evaluation (fixture->master), assignment, &error);
        g_assert_no_error (error);
        g_assert_true (exemplar_score_sheet_reopen (sheet, "重新评分", &error));
        g_assert_no_error (error);
      }
  }

  package_path = export_package (fixture, fixture->master, reviewer_id, "package.exemplar-review");
  package = open_campaign (package_path);
  g_assert_false (exemplar_sheet_file_write (package, sheet_path, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "Submit at least one sheet first"));
  g_clear_error (&error);
  g_assert_false (g_file_test (sheet_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (exemplar_test_query_int (package, "SELECT sheet_sequence FROM review_package"), ==, 0);

  g_assert_false (exemplar_sheet_file_write (fixture->master, sheet_path, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);
  g_assert_false (g_file_test (sheet_path, G_FILE_TEST_EXISTS));

  /* Nor does a package import anything. */
  g_assert_null (exemplar_sheet_file_import (package, package_path, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
}

/* Damaged and forged files: each refused, the master file unchanged. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *sheet_path = scored_sheet_file (fixture, CHANGES, "sheet.exemplar-sheet");
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (sheet_path, &contents, &length, NULL));

  /* Truncated: half the bytes. */
  {
    g_autofree char *path = path_in (fixture, "half.exemplar-sheet");

    g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
    assert_refused (fixture, path, EXEMPLAR_ERROR_CORRUPT, "not a complete score sheet file");
  }

  /* Empty, and random bytes. */
  {
    g_autofree char *empty = path_in (fixture, "empty.exemplar-sheet");
    g_autofree char *noise = path_in (fixture, "noise.exemplar-sheet");
    g_autoptr(GRand) rand = g_rand_new_with_seed (7);
    g_autofree guchar *bytes = g_new (guchar, 4096);

    for (guint i = 0; i < 4096; i++)
      bytes[i] = g_rand_int_range (rand, 0, 256);
    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    g_assert_true (g_file_set_contents (noise, (const char *) bytes, 4096, NULL));
    assert_refused (fixture, empty, EXEMPLAR_ERROR_CORRUPT, "not a complete score sheet file");
    assert_refused (fixture, noise, EXEMPLAR_ERROR_CORRUPT, "not a complete score sheet file");
  }

  /* A missing file. */
  {
    g_autofree char *path = path_in (fixture, "missing.exemplar-sheet");

    assert_refused (fixture, path, EXEMPLAR_ERROR_STORAGE, "missing.exemplar-sheet");
  }

  /* A newer format. */
  {
    g_autoptr(JsonObject) payload = NULL;
    g_autoptr(JsonObject) document = read_document (sheet_path, &payload);
    g_autofree char *path = NULL;

    json_object_set_int_member (document, "version", 2);
    path = write_forged (fixture, document, payload, NULL, "newer.exemplar-sheet");
    assert_refused (fixture, path, EXEMPLAR_ERROR_NEWER_VERSION, "newer version");
  }

  /* Tampered: one point changed, the MAC kept. */
  {
    g_autoptr(JsonObject) payload = NULL;
    g_autoptr(JsonObject) document = read_document (sheet_path, &payload);
    g_autofree char *path = NULL;
    JsonArray *sheets;
    JsonObject *item;

    sheets = json_object_get_array_member (payload, "sheets");
    item = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (sheets, 0), "items"), 0);
    json_object_set_int_member (item, "points", json_object_get_int_member (item, "points") == 0 ? 50 : 0);
    path = write_forged (fixture, document, payload, NULL, "tampered.exemplar-sheet");
    assert_refused (fixture, path, EXEMPLAR_ERROR_NOT_PERMITTED, "valid authentication code");
  }

  /* A wrong MAC on the untouched payload. */
  {
    g_autoptr(JsonObject) payload = NULL;
    g_autoptr(JsonObject) document = read_document (sheet_path, &payload);
    g_autofree char *path = NULL;

    json_object_set_string_member (document, "hmac-sha256",
                                   "0000000000000000000000000000000000000000000000000000000000000000");
    path = write_forged (fixture, document, payload, NULL, "wrong-mac.exemplar-sheet");
    assert_refused (fixture, path, EXEMPLAR_ERROR_NOT_PERMITTED, "valid authentication code");
  }

  /* Signed with the right secret, but for another reviewer's assignment. */
  {
    g_autoptr(GBytes) secret = read_secret (fixture->master, fixture->reviewer_id);
    g_autoptr(JsonObject) payload = NULL;
    g_autoptr(JsonObject) document = read_document (sheet_path, &payload);
    g_autofree char *path = NULL;
    g_autofree char *sql = g_strdup_printf ("SELECT id FROM assignment WHERE reviewer_id != %" G_GINT64_FORMAT
                                            " ORDER BY id LIMIT 1", fixture->reviewer_id);
    gint64 other = exemplar_test_query_int (fixture->master, sql);
    ExemplarAssignment *assignment = find_assignment (fixture->master, other);
    ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
    JsonObject *sheet;

    sheet = json_array_get_object_element (json_object_get_array_member (payload, "sheets"), 0);
    json_object_set_int_member (sheet, "assignment", other);
    json_object_set_string_member (sheet, "unit", exemplar_unit_get_code (unit));
    json_object_set_int_member (sheet, "round", exemplar_round_get_id (exemplar_assignment_get_round (assignment)));
    path = write_forged (fixture, document, payload, secret, "other-reviewer.exemplar-sheet");
    assert_refused (fixture, path, EXEMPLAR_ERROR_INVALID_INPUT, "that is not assigned to");
  }

  /* Signed with the right secret, but not a valid sheet: points off the
   * step or above the maximum, a deduction without a reason, an item
   * missing. */
  {
    g_autoptr(GBytes) secret = read_secret (fixture->master, fixture->reviewer_id);
    struct {
      const char *name;
      gint64      points;   /* -1: no change */
      gboolean    no_reason;
      gboolean    drop;
      const char *needle;
    } cases[] = {
      { "off-step.exemplar-sheet", 25, FALSE, FALSE, "in steps of 0.5" },
      { "too-many.exemplar-sheet", 100000, FALSE, FALSE, "in steps of 0.5" },
      { "no-reason.exemplar-sheet", -1, TRUE, FALSE, "without saying why" },
      { "missing-item.exemplar-sheet", -1, FALSE, TRUE, "does not score item" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *path = NULL;
        JsonObject *sheet = NULL;
        JsonArray *items;
        JsonObject *item;

        g_autoptr(JsonObject) payload = NULL;
        g_autoptr(JsonObject) document = read_document (sheet_path, &payload);
        for (guint j = 0; j < json_array_get_length (json_object_get_array_member (payload, "sheets")); j++)
          if (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (payload, "sheets"), j),
                                          "assignment") == fixture->draft_id)
            sheet = json_array_get_object_element (json_object_get_array_member (payload, "sheets"), j);
        g_assert_nonnull (sheet);
        items = json_object_get_array_member (sheet, "items");
        /* CHANGES deducts on 1.1.1, the first item. */
        item = json_array_get_object_element (items, 0);
        g_assert_cmpstr (json_object_get_string_member (item, "code"), ==, "1.1.1");
        if (cases[i].points >= 0)
          json_object_set_int_member (item, "points", cases[i].points);
        if (cases[i].no_reason)
          json_object_set_null_member (item, "reason");
        if (cases[i].drop)
          json_array_remove_element (items, 0);
        path = write_forged (fixture, document, payload, secret, cases[i].name);
        assert_refused (fixture, path, EXEMPLAR_ERROR_INVALID_INPUT, cases[i].needle);
      }
  }

  /* The right file, in the wrong phase. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (exemplar_campaign_set_phase (fixture->master, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
    g_assert_no_error (error);
    assert_refused (fixture, sheet_path, EXEMPLAR_ERROR_LOCKED_BY_PHASE, "sheet.exemplar-sheet");
    g_assert_true (exemplar_campaign_set_phase (fixture->master, EXEMPLAR_PHASE_EVALUATION, "补录评分表", &error));
    g_assert_no_error (error);
  }

  /* After all that, the file itself still imports. */
  {
    g_autoptr(ExemplarSheetImport) import = import_ok (fixture->master, sheet_path);

    g_assert_cmpuint (exemplar_sheet_import_get_n_applied (import), ==, 1);
  }
}

/* A package the office did not issue, and one of another campaign. */
static void
test_foreign (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *copy_path = path_in (fixture, "copy.exemplar");
  g_autofree char *other_path = path_in (fixture, "other.exemplar");
  g_autofree char *package_path = NULL;
  g_autofree char *other_package_path = NULL;
  g_autofree char *sheet_path = NULL;
  g_autofree char *other_sheet_path = NULL;
  g_autoptr(ExemplarCampaign) copy = NULL;
  g_autoptr(ExemplarCampaign) other = NULL;
  g_autoptr(ExemplarCampaign) package = NULL;
  ExemplarReviewer *reviewers[1];

  /* A copy of the master issues a package the master never heard of. */
  g_clear_object (&fixture->master);
  copy_file (fixture->master_path, copy_path);
  fixture->master = open_campaign (fixture->master_path);
  copy = open_campaign (copy_path);
  package_path = export_package (fixture, copy, fixture->reviewer_id, "copy.exemplar-review");
  package = open_campaign (package_path);
  score (package, fixture->draft_id, CHANGES, NULL);
  g_clear_object (&package);
  sheet_path = write_sheet (fixture, package_path, "copy.exemplar-sheet");
  assert_refused (fixture, sheet_path, EXEMPLAR_ERROR_NOT_FOUND, "did not issue");

  /* Another campaign made from the same template. */
  other = exemplar_test_campaign_new_in_evaluation (other_path, TODAY, "310105001", reviewers, 1);
  g_object_unref (exemplar_test_score (other, reviewers[0], "310105001", NULL, CHANGES, FALSE));
  other_package_path = export_package (fixture, other, exemplar_reviewer_get_id (reviewers[0]), "other.exemplar-review");
  package = open_campaign (other_package_path);
  score (package, exemplar_test_query_int (package, "SELECT id FROM assignment"), CHANGES, NULL);
  g_clear_object (&package);
  other_sheet_path = write_sheet (fixture, other_package_path, "other.exemplar-sheet");
  assert_refused (fixture, other_sheet_path, EXEMPLAR_ERROR_NOT_PERMITTED, "belongs to another campaign");
}

/* An older file of the same package after a newer one is a replay. */
static void
test_replay (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *package_path = export_package (fixture, fixture->master, fixture->reviewer_id,
                                                  "package.exemplar-review");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(ExemplarCampaign) package = open_campaign (package_path);
  g_autoptr(ExemplarSheetImport) import = NULL;

  score (package, fixture->draft_id, CHANGES, NULL);
  g_clear_object (&package);
  first = write_sheet (fixture, package_path, "first.exemplar-sheet");
  second = write_sheet (fixture, package_path, "second.exemplar-sheet");

  import = import_ok (fixture->master, second);
  g_assert_cmpuint (exemplar_sheet_import_get_n_applied (import), ==, 1);
  assert_refused (fixture, first, EXEMPLAR_ERROR_NOT_PERMITTED, "older than a score sheet already imported");
}

/* The office holds the sheet sealed otherwise: a conflict, decided with a
 * reason either way. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (fixture->master);
  g_autofree char *sheet_path = NULL;
  g_autofree char *office_sheets = NULL;
  g_autofree char *after_sheets = NULL;
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(ExemplarSheetImport) again = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  ExemplarSheetConflict *conflict;
  GListModel *conflicts = exemplar_evaluation_get_sheet_conflicts (evaluation);

  /* The reviewer scores at home; the office enters a paper sheet meanwhile. */
  sheet_path = scored_sheet_file (fixture, CHANGES, "sheet.exemplar-sheet");
  score (fixture->master, fixture->draft_id, OTHER_CHANGES, NULL);
  office_sheets = dump_sheets (fixture->master, fixture->reviewer_id);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);

  import = import_ok (fixture->master, sheet_path);
  g_assert_cmpuint (exemplar_sheet_import_get_n_applied (import), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_sheet_import_get_conflicts (import)), ==, 1);
  assert_line (import, "conflict");
  after_sheets = dump_sheets (fixture->master, fixture->reviewer_id);
  g_assert_cmpstr (after_sheets, ==, office_sheets);

  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_object_unref (conflict);
  g_assert_cmpint (exemplar_sheet_conflict_get_state (conflict), ==, EXEMPLAR_CONFLICT_PENDING);
  g_assert_cmpint (exemplar_assignment_get_id (exemplar_sheet_conflict_get_assignment (conflict)), ==, fixture->draft_id);
  /* The office gave 0.5 on 1.1.1, the reviewer 1 and a bonus of 2. */
  g_assert_cmpint (exemplar_sheet_conflict_get_incoming_total (conflict) - exemplar_sheet_conflict_get_office_total (conflict),
                   ==, 250);
  differences = exemplar_sheet_conflict_dup_differences (conflict);
  g_assert_cmpuint (differences->len, >=, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (differences, 0), "1.1.1"));

  /* The same sheet again in a newer file adds no second conflict. */
  {
    g_autofree char *package_path = path_in (fixture, "sheet.exemplar-sheet" EXEMPLAR_REVIEW_PACKAGE_SUFFIX);
    g_autofree char *newer = write_sheet (fixture, package_path, "newer.exemplar-sheet");

    again = import_ok (fixture->master, newer);
    g_assert_cmpuint (g_list_model_get_n_items (exemplar_sheet_import_get_conflicts (again)), ==, 1);
    g_assert_cmpint (exemplar_test_query_int (fixture->master, "SELECT count (*) FROM sheet_conflict"), ==, 1);
  }

  /* A reason is required. */
  conflict = g_list_model_get_item (conflicts, 0);
  g_object_unref (conflict);
  g_assert_false (exemplar_evaluation_resolve_sheet_conflict (evaluation, conflict, TRUE, "  ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->master, "sheet.conflict"), ==, 0);

  /* Accepting replaces the office's sheet with the reviewer's. */
  g_assert_true (exemplar_evaluation_resolve_sheet_conflict (evaluation, conflict, TRUE, "以专家提交为准", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->master, "sheet.conflict"), ==, 1);
  g_assert_cmpint (exemplar_test_query_int (fixture->master,
                                            "SELECT count (*) FROM sheet_conflict WHERE state = 'accepted' "
                                            "AND reason = '以专家提交为准' AND decided_at IS NOT NULL"), ==, 1);
  sheet = exemplar_evaluation_open_sheet (evaluation, find_assignment (fixture->master, fixture->draft_id), &error);
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_score_sheet_get_state (sheet), ==, EXEMPLAR_SHEET_SUBMITTED);
  {
    g_autoptr(JsonObject) document = NULL;
    g_autoptr(JsonObject) payload = NULL;
    JsonArray *sheets;
    const char *seal = NULL;

    document = read_document (sheet_path, &payload);
    sheets = json_object_get_array_member (payload, "sheets");
    for (guint i = 0; i < json_array_get_length (sheets); i++)
      if (json_object_get_int_member (json_array_get_object_element (sheets, i), "assignment") == fixture->draft_id)
        seal = json_object_get_string_member (json_array_get_object_element (sheets, i), "seal");
    g_assert_cmpstr (exemplar_score_sheet_get_seal (sheet), ==, seal);
  }

  /* Decided once: not again. */
  conflict = g_list_model_get_item (conflicts, 0);
  g_object_unref (conflict);
  g_assert_cmpint (exemplar_sheet_conflict_get_state (conflict), ==, EXEMPLAR_CONFLICT_ACCEPTED);
  g_assert_cmpstr (exemplar_sheet_conflict_get_reason (conflict), ==, "以专家提交为准");
  g_assert_false (exemplar_evaluation_resolve_sheet_conflict (evaluation, conflict, FALSE, "再议", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
}

/* Keeping the office's sheet changes no score, and the same sheet coming
 * back later is not a new conflict. */
static void
test_conflict_keep (Fixture       *fixture,
                    gconstpointer  user_data)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (fixture->master);
  g_autofree char *sheet_path = scored_sheet_file (fixture, CHANGES, "sheet.exemplar-sheet");
  g_autofree char *package_path = path_in (fixture, "sheet.exemplar-sheet" EXEMPLAR_REVIEW_PACKAGE_SUFFIX);
  g_autofree char *office_sheets = NULL;
  g_autofree char *after_sheets = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(ExemplarSheetImport) again = NULL;
  g_autoptr(ExemplarSheetConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;

  score (fixture->master, fixture->draft_id, OTHER_CHANGES, NULL);
  office_sheets = dump_sheets (fixture->master, fixture->reviewer_id);
  import = import_ok (fixture->master, sheet_path);
  conflict = g_list_model_get_item (exemplar_sheet_import_get_conflicts (import), 0);

  g_assert_true (exemplar_evaluation_resolve_sheet_conflict (evaluation, conflict, FALSE, "纸质评分表为准", &error));
  g_assert_no_error (error);
  after_sheets = dump_sheets (fixture->master, fixture->reviewer_id);
  g_assert_cmpstr (after_sheets, ==, office_sheets);
  g_assert_cmpint (exemplar_test_query_int (fixture->master,
                                            "SELECT count (*) FROM sheet_conflict WHERE state = 'kept'"), ==, 1);
  g_assert_cmpint (exemplar_test_count_audit (fixture->master, "sheet.conflict"), ==, 1);

  newer = write_sheet (fixture, package_path, "newer.exemplar-sheet");
  again = import_ok (fixture->master, newer);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_sheet_import_get_conflicts (again)), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (fixture->master, "SELECT count (*) FROM sheet_conflict"), ==, 1);
  after_sheets = (g_free (after_sheets), dump_sheets (fixture->master, fixture->reviewer_id));
  g_assert_cmpstr (after_sheets, ==, office_sheets);

  /* Outside the declaration and evaluation phases nothing is decided. */
  g_assert_true (exemplar_campaign_set_phase (fixture->master, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_evaluation_resolve_sheet_conflict (evaluation, conflict, TRUE, "理由", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) sample = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  sample_dir = exemplar_test_make_dir ("test-sheet-file-sample-XXXXXX", "sample.exemplar", &sample_path);
  sample = exemplar_campaign_new_demo (sample_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
  g_clear_object (&sample);

#define ADD(path, func) \
  g_test_add ("/sheet-file/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("write-refusals", test_write_refusals);
  ADD ("refusals", test_refusals);
  ADD ("foreign", test_foreign);
  ADD ("replay", test_replay);
  ADD ("conflict", test_conflict);
  ADD ("conflict-keep", test_conflict_keep);

#undef ADD

  status = g_test_run ();
  exemplar_test_clear_dir (&sample_dir, &sample_path);
  return status;
}
