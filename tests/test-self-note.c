/* test-self-note.c: a note typed on a self-assessed item before its points
 * is stored at once, survives a killed process, counts as no self-score,
 * obeys the same locks, and files of schema version 3 keep their
 * self-scores when they move to version 4. Headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"

#include "exemplar-test-util.h"

/* 华阳路街道, first in the official order. */
#define UNIT "310105001"
#define BEFORE_DEADLINE "2023-04-20"
#define NOTE "见党工委专题会议纪要"

typedef ExemplarTestFixture Fixture;

static ExemplarDeclaration *
declaration_of (ExemplarCampaign *campaign)
{
  return exemplar_test_find_declaration (campaign, UNIT);
}

static ExemplarIndicator *
find (ExemplarCampaign *campaign,
      const char       *code)
{
  return exemplar_test_find_indicator (campaign, code);
}

static ExemplarCampaign *
reopen (Fixture *fixture)
{
  return exemplar_test_campaign_open (fixture->path, BEFORE_DEADLINE);
}

static void
set_note (ExemplarCampaign *campaign,
          const char       *code,
          const char       *note)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, code),
                                                     note, &error));
  g_assert_no_error (error);
}

/* Asserts @code has no points and carries @note. */
static void
assert_note_only (ExemplarCampaign *campaign,
                  const char       *code,
                  const char       *note)
{
  const char *stored = "unset";
  gint64 points = -1;

  g_assert_false (exemplar_declaration_get_self_score (declaration_of (campaign), find (campaign, code),
                                                       &points, &stored));
  g_assert_cmpint (points, ==, -1);
  g_assert_cmpstr (stored, ==, note);
}

static gboolean
mentions (GPtrArray  *lines,
          const char *needle)
{
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static guint
count_unscored_lines (GPtrArray *lines)
{
  guint n = 0;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), "has no self-score") != NULL)
      n++;
  return n;
}

/* Every scored leaf of @unit at full points but 1.1.1, written behind the
 * model's back, as a unit that has scored everything else. */
static void
score_all_but_one (const char *path)
{
  exemplar_test_sql_on_file (path,
                             "INSERT INTO self_score (application_id, indicator_id, points) "
                             "  SELECT a.id, i.id, i.points FROM application a JOIN unit u ON u.id = a.unit_id, "
                             "    indicator i "
                             "  WHERE u.code = '" UNIT "' AND i.kind IN ('item', 'bonus') AND i.code <> '1.1.1' "
                             "    AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);");
}

static void
test_survives_reopen (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
  g_autoptr(GError) error = NULL;
  ExemplarIndicator *leaf;
  gint64 audit_before;
  gint64 points = 0;
  const char *note = NULL;

  /* Stored at once, trimmed; the application became a draft. */
  set_note (campaign, "1.1.1", "  " NOTE "  ");
  assert_note_only (campaign, "1.1.1", NOTE);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (campaign)), ==, EXEMPLAR_STATE_DRAFT);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration_of (campaign), NULL), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count (*) FROM self_score WHERE points IS NULL"), ==, 1);

  g_clear_object (&campaign);
  campaign = reopen (fixture);
  assert_note_only (campaign, "1.1.1", NOTE);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration_of (campaign), NULL), ==, 0);

  /* The same note again writes nothing. */
  audit_before = exemplar_test_count_audit (campaign, "application.self_score");
  set_note (campaign, "1.1.1", NOTE);
  g_assert_cmpint (exemplar_test_count_audit (campaign, "application.self_score"), ==, audit_before);

  /* Scoring the item later keeps the note the caller passes along. */
  leaf = find (campaign, "1.1.1");
  g_assert_true (exemplar_declaration_set_self_score (declaration_of (campaign), leaf, 200, NOTE, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_declaration_get_self_score (declaration_of (campaign), leaf, &points, &note));
  g_assert_cmpint (points, ==, 200);
  g_assert_cmpstr (note, ==, NOTE);

  /* A note alone on a scored item leaves its points. */
  set_note (campaign, "1.1.1", "另见工作台账");
  g_assert_true (exemplar_declaration_get_self_score (declaration_of (campaign), leaf, &points, &note));
  g_assert_cmpint (points, ==, 200);
  g_assert_cmpstr (note, ==, "另见工作台账");

  /* Clearing the points keeps what was typed. */
  g_assert_true (exemplar_declaration_clear_self_score (declaration_of (campaign), leaf, &error));
  g_assert_no_error (error);
  assert_note_only (campaign, "1.1.1", "另见工作台账");
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration_of (campaign), NULL), ==, 0);
  g_clear_object (&campaign);
  campaign = reopen (fixture);
  assert_note_only (campaign, "1.1.1", "另见工作台账");

  /* Emptying the note of an unscored item leaves no row behind. */
  set_note (campaign, "1.1.1", "   ");
  assert_note_only (campaign, "1.1.1", NULL);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count (*) FROM self_score"), ==, 0);
}

/* A process killed right after the note was typed (no chance to flush or
 * close) loses nothing. */
static void
test_survives_killed_process (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
  int status = 0;
  pid_t child;

  g_clear_object (&campaign);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      ExemplarCampaign *doomed = exemplar_campaign_open (fixture->path, NULL);
      ExemplarDeclaration *declaration;

      if (doomed == NULL)
        _exit (3);
      exemplar_campaign_set_today (doomed, BEFORE_DEADLINE);
      declaration = exemplar_campaign_find_declaration (doomed, UNIT);
      if (!exemplar_declaration_set_self_note (declaration,
                                               exemplar_rubric_find (exemplar_campaign_get_rubric (doomed), "1.1.1"),
                                               NOTE, NULL))
        _exit (4);
      raise (SIGKILL);
      _exit (5);
    }

  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  campaign = reopen (fixture);
  assert_note_only (campaign, "1.1.1", NOTE);
}

/* A note is not a score: submitting still names the item, and no total
 * moves. */
static void
test_not_a_score (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration;
  gint64 total;
  gint64 branch;

  g_clear_object (&campaign);
  score_all_but_one (fixture->path);
  campaign = reopen (fixture);
  declaration = declaration_of (campaign);

  total = exemplar_declaration_get_self_total (declaration, NULL);
  branch = exemplar_declaration_get_self_total (declaration, find (campaign, "1.1"));
  missing = exemplar_declaration_get_missing (declaration);
  g_assert_cmpuint (count_unscored_lines (missing), ==, 1);
  g_clear_pointer (&missing, g_ptr_array_unref);

  set_note (campaign, "1.1.1", NOTE);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, total);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "1.1")), ==, branch);

  g_assert_false (exemplar_declaration_submit (declaration, &missing, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_cmpuint (count_unscored_lines (missing), ==, 1);
  g_assert_true (mentions (missing, "Item 1.1.1 "));
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);
}

/* The note follows the self-score's rules: scored leaves only, at most 500
 * characters, and nothing once submitted, after the deadline or when the
 * file is read-only. A refusal leaves no trace. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_note = g_string_new (NULL);
  gint64 audit_before;

  for (guint i = 0; i < 501; i++)
    g_string_append (long_note, "字");

  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1"),
                                                      NOTE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      long_note->str, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "500"));
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count (*) FROM self_score"), ==, 0);

  /* After the deadline. */
  set_note (campaign, "1.1.2", NOTE);
  exemplar_campaign_set_today (campaign, "2023-05-01");
  audit_before = exemplar_test_count_audit (campaign, NULL);
  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      NOTE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_nonnull (strstr (error->message, "2023-04-30"));
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1.2"),
                                                      NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  assert_note_only (campaign, "1.1.1", NULL);
  assert_note_only (campaign, "1.1.2", NOTE);

  /* After submission, in memory and in the file. */
  g_clear_object (&campaign);
  exemplar_test_submit_applications (fixture->path, NULL);
  campaign = reopen (fixture);
  audit_before = exemplar_test_count_audit (campaign, NULL);
  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      NOTE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_nonnull (strstr (error->message, "submitted"));
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  assert_note_only (campaign, "1.1.1", NULL);
  g_clear_object (&campaign);
  campaign = reopen (fixture);
  assert_note_only (campaign, "1.1.1", NULL);
  assert_note_only (campaign, "1.1.2", NOTE);

  /* A file from a newer Exemplar opens read-only. */
  g_clear_object (&campaign);
  exemplar_test_sql_on_file (fixture->path, "UPDATE application SET state = 'draft'; PRAGMA user_version = 99");
  campaign = reopen (fixture);
  g_assert_false (exemplar_declaration_set_self_note (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      NOTE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
}

/* A version 3 file, whose self_score.points could not be empty, moves to
 * version 4 when opened, keeping every self-score and note, its keys and
 * its cascades. */
static void
test_migrate_v3 (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  g_autofree char *sql = NULL;
  const char *note = NULL;
  gint64 points = 0;

  g_assert_true (exemplar_declaration_set_self_score (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      250, NOTE, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_declaration_set_self_score (declaration_of (campaign), find (campaign, "J.1"),
                                                      100, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&campaign);

  /* The table as versions 1 to 3 made it. */
  exemplar_test_sql_on_file (fixture->path,
                             EXEMPLAR_TEST_UNDO_SCHEMA_V5
                             "CREATE TABLE self_score_v3 ("
                             "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,"
                             "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
                             "  points INTEGER NOT NULL CHECK (points >= 0),"
                             "  note TEXT,"
                             "  PRIMARY KEY (application_id, indicator_id)"
                             ");"
                             "INSERT INTO self_score_v3 SELECT * FROM self_score;"
                             "DROP TABLE self_score;"
                             "ALTER TABLE self_score_v3 RENAME TO self_score;"
                             "PRAGMA user_version = 3;");
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT \"notnull\" FROM pragma_table_info ('self_score') "
                                                  "WHERE name = 'points'"), ==, 1);

  campaign = reopen (fixture);
  g_assert_cmpint (exemplar_campaign_get_schema_version (campaign), ==, EXEMPLAR_SCHEMA_VERSION);
  g_assert_false (exemplar_campaign_get_read_only (campaign));
  version = exemplar_test_query_text (campaign,
                                      "SELECT detail FROM audit WHERE action = 'schema.migrate' "
                                      "ORDER BY id DESC LIMIT 1 OFFSET 1");
  g_assert_cmpstr (version, ==, "user_version = 4");
  g_assert_true (exemplar_campaign_check (campaign, NULL));

  g_assert_true (exemplar_declaration_get_self_score (declaration_of (campaign), find (campaign, "1.1.1"),
                                                      &points, &note));
  g_assert_cmpint (points, ==, 250);
  g_assert_cmpstr (note, ==, NOTE);
  g_assert_true (exemplar_declaration_get_self_score (declaration_of (campaign), find (campaign, "J.1"),
                                                      &points, &note));
  g_assert_cmpint (points, ==, 100);
  g_assert_null (note);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration_of (campaign), NULL), ==, 350);

  /* Points may now be empty, but never negative; the keys still hold. */
  g_assert_cmpint (exemplar_test_query_int (campaign,
                                            "SELECT \"notnull\" FROM pragma_table_info ('self_score') "
                                            "WHERE name = 'points'"), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (campaign,
                                            "SELECT count (*) FROM pragma_foreign_key_list ('self_score') "
                                            "WHERE on_delete = 'CASCADE'"), ==, 2);
  g_assert_cmpint (exemplar_test_query_int (campaign,
                                            "SELECT count (*) FROM pragma_table_info ('self_score') WHERE pk > 0"),
                   ==, 2);
  sql = exemplar_test_query_text (campaign, "SELECT sql FROM sqlite_master WHERE name = 'self_score'");
  g_assert_nonnull (strstr (sql, "CHECK (points IS NULL OR points >= 0)"));

  set_note (campaign, "1.1.2", NOTE);
  g_clear_object (&campaign);
  campaign = reopen (fixture);
  assert_note_only (campaign, "1.1.2", NOTE);

  /* Deleting an item still deletes its self-score rows with it. */
  g_assert_true (exemplar_rubric_delete_indicator (exemplar_campaign_get_rubric (campaign), find (campaign, "1.1.2"),
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count (*) FROM self_score"), ==, 2);
}

/* The command line stores a note alone with - as the points. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(ExemplarTestCliResult) refused = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;
  g_autofree char *shown = NULL;
  JsonArray *scores;
  JsonObject *item = NULL;

  g_clear_object (&campaign);
  g_setenv ("EXEMPLAR_TODAY", BEFORE_DEADLINE, TRUE);

  out = exemplar_test_cli_run_ok (fixture->dir, (const char *[]) {
                                    "application", "self-score", fixture->path, UNIT, "1.1.1", "-",
                                    "--note", NOTE, NULL });
  g_assert_nonnull (strstr (out, "1.1.1: no self-score; total 0"));

  shown = exemplar_test_cli_run_ok (fixture->dir, (const char *[]) {
                                      "application", "show", fixture->path, UNIT, "--json", NULL });
  root = exemplar_test_parse_json (shown);
  scores = json_object_get_array_member (json_node_get_object (root), "self_scores");
  for (guint i = 0; i < json_array_get_length (scores); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (scores, i), "code"), "1.1.1") == 0)
      item = json_array_get_object_element (scores, i);
  g_assert_nonnull (item);
  g_assert_true (json_object_get_null_member (item, "self_score"));
  g_assert_cmpstr (json_object_get_string_member (item, "note"), ==, NOTE);

  /* - without a note is a usage error. */
  refused = exemplar_test_cli_run (fixture->dir, "C.UTF-8", (const char *[]) {
                                     "application", "self-score", fixture->path, UNIT, "1.1.1", "-", NULL });
  g_assert_cmpint (refused->status, ==, 2);
  g_assert_nonnull (strstr (refused->err, "--note"));

  g_unsetenv ("EXEMPLAR_TODAY");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/self-note/" path, Fixture, NULL, exemplar_test_fixture_set_up, func, \
              exemplar_test_fixture_tear_down)

  ADD ("survives-reopen", test_survives_reopen);
  ADD ("survives-killed-process", test_survives_killed_process);
  ADD ("not-a-score", test_not_a_score);
  ADD ("refused", test_refused);
  ADD ("migrate-v3", test_migrate_v3);
  ADD ("cli", test_cli);

#undef ADD

  return g_test_run ();
}
