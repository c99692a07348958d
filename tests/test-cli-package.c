/* test-cli-package.c: review packages and score sheet files through
 * exemplar-cli, as the office's and a reviewer's scripts see them, on the
 * sample campaign: a package out, scores in it, the signed sheet back into
 * the master file; and every refusal leaving the master file byte for byte
 * as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "exemplar-test-util.h"

/* The sample's own today: in the evaluation phase. */
#define SAMPLE_TODAY "2024-03-10"
#define ITEM "1.1.1"  /* 领导小组与职责分工, 2.5 points */

typedef ExemplarTestFixture Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_ok(fixture, ...) \
  exemplar_test_cli_run_ok ((fixture)->dir, (const char *[]) { __VA_ARGS__, NULL })

/* The reviewer the tests work with: one who has a draft left and sheets
 * submitted, and one of those submitted sheets. */
typedef struct
{
  char   *reviewer;      /* the reviewer's id, as REVIEWER */
  char   *unit;          /* the unit of a submitted sheet */
  char   *round;         /* its round */
  char   *other_unit;    /* the unit of another submitted sheet */
  char   *other_round;
  GArray *assignments;   /* the ids of all the reviewer's assignments */
} Reviewer;

/* The sample, made once for every test of the run. */
static char *sample_dir;
static char *sample_path;

static const char *
get_sample (void)
{
  if (sample_path == NULL)
    {
      g_autoptr(ExemplarTestCliResult) result = NULL;

      sample_dir = exemplar_test_make_dir ("exemplar-cli-package-sample-XXXXXX", "sample.exemplar", &sample_path);
      result = exemplar_test_cli_run (sample_dir, "C.UTF-8", (const char *[]) { "demo", sample_path, NULL });
      g_assert_cmpstr (result->err, ==, "");
      g_assert_cmpint (result->status, ==, 0);
    }

  return sample_path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GFile) source = g_file_new_for_path (get_sample ());
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = exemplar_test_make_dir ("exemplar-cli-package-XXXXXX", "campaign.exemplar", &fixture->path);
  target = g_file_new_for_path (fixture->path);
  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_setenv ("EXEMPLAR_TODAY", SAMPLE_TODAY, TRUE);
}

static void
reviewer_clear (Reviewer *reviewer)
{
  g_free (reviewer->reviewer);
  g_free (reviewer->unit);
  g_free (reviewer->round);
  g_free (reviewer->other_unit);
  g_free (reviewer->other_round);
  g_clear_pointer (&reviewer->assignments, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reviewer, reviewer_clear)

static char *
in_dir (Fixture    *fixture,
        const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* From "assignments --json": the first reviewer with a draft, two of
 * their submitted sheets and all their assignments. */
static void
pick_reviewer (Fixture  *fixture,
               Reviewer *reviewer)
{
  g_autofree char *out = run_ok (fixture, "assignments", fixture->path, "--json");
  g_autoptr(JsonNode) root = exemplar_test_parse_json (out);
  JsonArray *assignments = json_node_get_array (root);
  gint64 id = -1;

  for (guint i = 0; id < 0 && i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);

      if (g_str_equal (json_object_get_string_member (assignment, "state"), "draft"))
        id = json_object_get_int_member (assignment, "reviewer");
    }
  g_assert_cmpint (id, >, 0);

  reviewer->reviewer = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  reviewer->assignments = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);
      gint64 assignment_id = json_object_get_int_member (assignment, "id");
      const char *unit = json_object_get_string_member (assignment, "unit");
      const char *round = json_object_get_string_member (assignment, "round");

      if (json_object_get_int_member (assignment, "reviewer") != id)
        continue;

      g_array_append_val (reviewer->assignments, assignment_id);
      if (!g_str_equal (json_object_get_string_member (assignment, "state"), "submitted"))
        continue;
      if (reviewer->unit == NULL)
        {
          reviewer->unit = g_strdup (unit);
          reviewer->round = g_strdup (round);
        }
      else if (reviewer->other_unit == NULL)
        {
          reviewer->other_unit = g_strdup (unit);
          reviewer->other_round = g_strdup (round);
        }
    }
  g_assert_nonnull (reviewer->other_unit);
}

static JsonNode *
show_sheet (Fixture    *fixture,
            const char *file,
            const char *reviewer,
            const char *unit,
            const char *round,
            char      **text)
{
  g_autofree char *out = run_ok (fixture, "score", "show", file, reviewer, unit, "--round", round, "--json");
  JsonNode *root = exemplar_test_parse_json (out);

  if (text != NULL)
    *text = g_steal_pointer (&out);
  return root;
}

/* ITEM's points on a sheet shown by "score show --json", in hundredths. */
static gint64
item_points (JsonNode *sheet)
{
  JsonArray *items = json_object_get_array_member (json_node_get_object (sheet), "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "code"), ITEM))
        return exemplar_test_json_points (item, "points");
    }

  g_assert_not_reached ();
}

/* Sets ITEM to other points than it has and submits the sheet again. */
static void
change_and_submit (Fixture    *fixture,
                   const char *file,
                   const char *reviewer,
                   const char *unit,
                   const char *round)
{
  g_autoptr(JsonNode) sheet = show_sheet (fixture, file, reviewer, unit, round, NULL);

  if (item_points (sheet) == 250)
    g_free (run_ok (fixture, "score", "set", file, reviewer, unit, ITEM, "2", "--round", round,
                    "--reason", "分工文件未见签发"));
  else
    g_free (run_ok (fixture, "score", "set", file, reviewer, unit, ITEM, "2.5", "--round", round));
  g_free (run_ok (fixture, "score", "submit", file, reviewer, unit, "--round", round));
}

/* A refusal the user can read: @status, "exemplar-cli: …" on stderr
 * containing @needle, nothing on stdout. */
static void
assert_refused (ExemplarTestCliResult *result,
                int                    status,
                const char            *needle)
{
  if (result->status != status || strstr (result->err, needle) == NULL)
    g_printerr ("status %d, stdout: %s, stderr: %s\n", result->status, result->out, result->err);
  g_assert_cmpint (result->status, ==, status);
  exemplar_test_cli_assert_error_message (result);
  g_assert_nonnull (strstr (result->err, needle));
  g_assert_cmpstr (result->out, ==, "");
}

/* The master file is exactly @before, with nothing left beside it. */
static void
assert_unchanged (Fixture *fixture,
                  GBytes  *before)
{
  g_autoptr(GBytes) after = exemplar_test_file_bytes (fixture->path);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_bytes_equal (before, after));
}

static void
export_package (Fixture    *fixture,
                const char *reviewer,
                const char *package)
{
  g_free (run_ok (fixture, "package", "export", fixture->path, reviewer, package));
  g_assert_true (g_file_test (package, G_FILE_TEST_IS_REGULAR));
}

static JsonObject *
import_json (Fixture    *fixture,
             const char *sheet,
             JsonNode  **root)
{
  g_autofree char *out = run_ok (fixture, "sheet", "import", fixture->path, sheet, "--json");

  *root = exemplar_test_parse_json (out);
  return json_node_get_object (*root);
}

/* A copy of the score sheet file @path with one digit of the first
 * item's points changed inside the payload, the MAC left as it was. */
static void
tamper (const char *path,
        const char *tampered)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *payload = NULL;
  JsonObject *file;
  char *digit;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  file = json_node_get_object (json_parser_get_root (parser));
  payload = g_strdup (json_object_get_string_member (file, "payload"));

  digit = strstr (payload, "\"points\"");
  g_assert_nonnull (digit);
  while (*digit != '\0' && !g_ascii_isdigit (*digit))
    digit++;
  g_assert_true (g_ascii_isdigit (*digit));
  *digit = (char) ('0' + (*digit - '0' + 1) % 10);
  json_object_set_string_member (file, "payload", payload);

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, tampered, &error);
  g_assert_no_error (error);
}

/* Office → package → scores → sheet → office, and the same sheet again. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_auto(Reviewer) reviewer = { 0 };
  g_autoptr(ExemplarTestCliResult) master_show = NULL;
  g_autoptr(ExemplarTestCliResult) replay = NULL;
  g_autoptr(ExemplarTestCliResult) exists = NULL;
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(JsonNode) shown = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(GBytes) imported_bytes = NULL;
  g_autofree char *package = in_dir (fixture, "package.exemplar-review");
  g_autofree char *first = in_dir (fixture, "first.exemplar-sheet");
  g_autofree char *second = in_dir (fixture, "second.exemplar-sheet");
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *written_text = NULL;
  g_autofree char *again_text = NULL;
  g_autofree char *in_package = NULL;
  g_autofree char *in_master = NULL;
  JsonObject *object;
  JsonArray *array;

  pick_reviewer (fixture, &reviewer);
  g_free (run_ok (fixture, "score", "reopen", fixture->path, reviewer.reviewer, reviewer.unit,
                  "--round", reviewer.round, "--reason", "请评审人线下复核"));

  out = run_ok (fixture, "package", "export", fixture->path, reviewer.reviewer, package, "--json");
  exported = exemplar_test_parse_json (out);
  object = json_node_get_object (exported);
  g_assert_cmpint (json_object_get_int_member (object, "reviewer"), ==, g_ascii_strtoll (reviewer.reviewer, NULL, 10));
  g_assert_cmpint (json_object_get_int_member (object, "assignments"), ==, reviewer.assignments->len);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "units")), >, 0);
  g_assert_true (g_file_test (package, G_FILE_TEST_IS_REGULAR));

  exists = run (fixture, "package", "export", fixture->path, reviewer.reviewer, package);
  assert_refused (exists, 1, "package.exemplar-review");

  /* The package holds that reviewer's assignments and no other. */
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, "package", "show", package, "--json");
  shown = exemplar_test_parse_json (out);
  object = json_node_get_object (shown);
  g_assert_cmpint (json_object_get_int_member (object, "reviewer"), ==, g_ascii_strtoll (reviewer.reviewer, NULL, 10));
  array = json_object_get_array_member (object, "assignments");
  g_assert_cmpuint (json_array_get_length (array), ==, reviewer.assignments->len);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gint64 id = json_object_get_int_member (json_array_get_object_element (array, i), "id");
      gboolean found = FALSE;

      for (guint j = 0; j < reviewer.assignments->len; j++)
        found |= g_array_index (reviewer.assignments, gint64, j) == id;
      g_assert_true (found);
    }
  text = run_ok (fixture, "package", "show", package);
  g_assert_nonnull (strstr (text, reviewer.unit));

  /* The reviewer scores in the package as in the master file. */
  change_and_submit (fixture, package, reviewer.reviewer, reviewer.unit, reviewer.round);

  g_clear_pointer (&out, g_free);
  written_text = run_ok (fixture, "sheet", "export", package, first);
  g_assert_nonnull (strstr (written_text, "1 draft not included: submit it first."));
  out = run_ok (fixture, "sheet", "export", package, second, "--json");
  written = exemplar_test_parse_json (out);
  object = json_node_get_object (written);
  g_assert_cmpint (json_object_get_int_member (object, "sheets"), ==, reviewer.assignments->len - 1);
  g_assert_cmpint (json_object_get_int_member (object, "drafts"), ==, 1);

  before = show_sheet (fixture, fixture->path, reviewer.reviewer, reviewer.unit, reviewer.round, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (before), "state"), ==, "draft");

  object = import_json (fixture, second, &imported);
  g_assert_false (json_object_get_boolean_member (object, "already_imported"));
  g_assert_cmpint (json_object_get_int_member (object, "applied"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "unchanged"), ==, reviewer.assignments->len - 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "conflicts")), ==, 0);

  /* The master file now holds the sheet exactly as the package does. */
  g_clear_pointer (&before, json_node_unref);
  before = show_sheet (fixture, package, reviewer.reviewer, reviewer.unit, reviewer.round, &in_package);
  g_clear_pointer (&before, json_node_unref);
  before = show_sheet (fixture, fixture->path, reviewer.reviewer, reviewer.unit, reviewer.round, &in_master);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (before), "state"), ==, "submitted");
  g_assert_cmpstr (in_master, ==, in_package);

  /* The same file again changes nothing, not a byte. */
  imported_bytes = exemplar_test_file_bytes (fixture->path);
  again_text = run_ok (fixture, "sheet", "import", fixture->path, second);
  g_assert_nonnull (strstr (again_text, "Already imported on "));
  g_assert_nonnull (strstr (again_text, "nothing changed"));
  assert_unchanged (fixture, imported_bytes);
  object = import_json (fixture, second, &again);
  g_assert_true (json_object_get_boolean_member (object, "already_imported"));
  assert_unchanged (fixture, imported_bytes);

  /* An older file of the same package is a replay. */
  replay = run (fixture, "sheet", "import", fixture->path, first);
  g_assert_cmpint (replay->status, ==, 1);
  exemplar_test_cli_assert_error_message (replay);
  g_assert_cmpstr (replay->out, ==, "");
  assert_unchanged (fixture, imported_bytes);

  master_show = run (fixture, "package", "show", fixture->path);
  assert_refused (master_show, 1, "not a review package");
}

/* A digit changed in the payload: the authentication code fails. */
static void
test_tampered (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_auto(Reviewer) reviewer = { 0 };
  g_autoptr(ExemplarTestCliResult) refused = NULL;
  g_autoptr(ExemplarTestCliResult) from_master = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *package = in_dir (fixture, "package.exemplar-review");
  g_autofree char *sheet = in_dir (fixture, "sheet.exemplar-sheet");
  g_autofree char *tampered = in_dir (fixture, "tampered.exemplar-sheet");
  g_autofree char *not_written = in_dir (fixture, "master.exemplar-sheet");

  pick_reviewer (fixture, &reviewer);
  export_package (fixture, reviewer.reviewer, package);
  g_free (run_ok (fixture, "sheet", "export", package, sheet));
  tamper (sheet, tampered);

  before = exemplar_test_file_bytes (fixture->path);
  refused = run (fixture, "sheet", "import", fixture->path, tampered);
  assert_refused (refused, 1, "authentication code");
  assert_unchanged (fixture, before);

  /* Only a package sends sheets. */
  from_master = run (fixture, "sheet", "export", fixture->path, not_written);
  g_assert_cmpint (from_master->status, ==, 1);
  exemplar_test_cli_assert_error_message (from_master);
  g_assert_false (g_file_test (not_written, G_FILE_TEST_EXISTS));
  assert_unchanged (fixture, before);
}

/* The office holds a sheet sealed with other points than the one that
 * comes back: a conflict, until the office decides with a reason. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_auto(Reviewer) reviewer = { 0 };
  g_autoptr(ExemplarTestCliResult) no_reason = NULL;
  g_autoptr(ExemplarTestCliResult) blank_reason = NULL;
  g_autoptr(ExemplarTestCliResult) twice = NULL;
  g_autoptr(ExemplarTestCliResult) unknown = NULL;
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) listed = NULL;
  g_autoptr(JsonNode) decided = NULL;
  g_autoptr(JsonNode) office = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *package = in_dir (fixture, "package.exemplar-review");
  g_autofree char *sheet = in_dir (fixture, "sheet.exemplar-sheet");
  g_autofree char *none = NULL;
  g_autofree char *import_text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  JsonObject *conflict;
  JsonArray *conflicts;

  pick_reviewer (fixture, &reviewer);
  export_package (fixture, reviewer.reviewer, package);
  g_free (run_ok (fixture, "sheet", "export", package, sheet));

  /* Meanwhile the office changes that reviewer's sealed sheet. */
  g_free (run_ok (fixture, "score", "reopen", fixture->path, reviewer.reviewer, reviewer.other_unit,
                  "--round", reviewer.other_round, "--reason", "现场复核后更正"));
  change_and_submit (fixture, fixture->path, reviewer.reviewer, reviewer.other_unit, reviewer.other_round);
  office = show_sheet (fixture, fixture->path, reviewer.reviewer, reviewer.other_unit, reviewer.other_round, NULL);

  none = run_ok (fixture, "sheet", "conflicts", fixture->path);
  g_assert_cmpstr (none, ==, "No returned sheet differs from the office’s.\n");

  object = import_json (fixture, sheet, &imported);
  conflicts = json_object_get_array_member (object, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  conflict = json_array_get_object_element (conflicts, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "unit"), ==, reviewer.other_unit);
  g_assert_cmpint (json_object_get_int_member (object, "applied"), ==, 0);

  out = run_ok (fixture, "sheet", "conflicts", fixture->path, "--json");
  listed = exemplar_test_parse_json (out);
  conflicts = json_node_get_array (listed);
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  conflict = json_array_get_object_element (conflicts, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "state"), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (conflict, "unit"), ==, reviewer.other_unit);
  g_assert_cmpint (exemplar_test_json_points (conflict, "office_total"), ==,
                   exemplar_test_json_points (json_node_get_object (office), "total"));
  g_assert_cmpint (exemplar_test_json_points (conflict, "office_total"), !=,
                   exemplar_test_json_points (conflict, "incoming_total"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (conflict, "differences")), ==, 1);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (conflict, "id"));

  text = run_ok (fixture, "sheet", "conflicts", fixture->path);
  g_assert_nonnull (strstr (text, reviewer.other_unit));
  g_assert_nonnull (strstr (text, ITEM));

  no_reason = run (fixture, "sheet", "resolve", fixture->path, id, "keep");
  assert_refused (no_reason, 2, "--reason");
  /* A blank reason is no reason: the same usage error, not the model's refusal. */
  blank_reason = run (fixture, "sheet", "resolve", fixture->path, id, "keep", "--reason", "  ");
  assert_refused (blank_reason, 2, "--reason");
  g_assert_cmpstr (blank_reason->err, ==, no_reason->err);
  unknown = run (fixture, "sheet", "resolve", fixture->path, "999", "keep", "--reason", "x");
  assert_refused (unknown, 1, "999");

  resolved = run_ok (fixture, "sheet", "resolve", fixture->path, id, "keep", "--reason", "以现场复核结果为准");
  g_assert_nonnull (strstr (resolved, "以现场复核结果为准"));

  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, "sheet", "conflicts", fixture->path, "--json");
  decided = exemplar_test_parse_json (out);
  conflict = json_array_get_object_element (json_node_get_array (decided), 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "state"), ==, "kept");
  g_assert_cmpstr (json_object_get_string_member (conflict, "reason"), ==, "以现场复核结果为准");

  /* The office's sheet stands. */
  after = show_sheet (fixture, fixture->path, reviewer.reviewer, reviewer.other_unit, reviewer.other_round, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (after), "seal"), ==,
                   json_object_get_string_member (json_node_get_object (office), "seal"));

  twice = run (fixture, "sheet", "resolve", fixture->path, id, "accept", "--reason", "改为采纳");
  g_assert_cmpint (twice->status, ==, 1);
  exemplar_test_cli_assert_error_message (twice);
}

/* A reviewer with nothing to score gets no package. */
static void
test_no_assignments (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) refused = NULL;
  g_autofree char *package = in_dir (fixture, "package.exemplar-review");

  g_free (run_ok (fixture, "reviewer", "add", fixture->path, "周新", "--expert"));
  refused = run (fixture, "package", "export", fixture->path, "周新", package);
  assert_refused (refused, 1, "周新");
  g_assert_false (g_file_test (package, G_FILE_TEST_EXISTS));
}

static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *commands = run_ok (fixture, "--help");
  g_autofree char *package = run_ok (fixture, "package", "--help");
  g_autofree char *export = run_ok (fixture, "package", "export", "--help");
  g_autofree char *sheet = run_ok (fixture, "sheet", "--help");
  g_autofree char *import = run_ok (fixture, "sheet", "import", "--help");
  g_autofree char *resolve = run_ok (fixture, "sheet", "resolve", "--help");

  g_assert_nonnull (strstr (commands, "package"));
  g_assert_nonnull (strstr (commands, "sheet"));
  g_assert_nonnull (strstr (package, "show"));
  g_assert_nonnull (strstr (export, "units"));
  g_assert_nonnull (strstr (sheet, "conflicts"));
  g_assert_nonnull (strstr (import, "already_imported"));
  g_assert_nonnull (strstr (resolve, "--reason"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli-package/" name, Fixture, NULL, fixture_set_up, func, exemplar_test_fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("tampered", test_tampered);
  ADD ("conflict", test_conflict);
  ADD ("no-assignments", test_no_assignments);
  ADD ("help", test_help);

#undef ADD

  status = g_test_run ();
  exemplar_test_clear_dir (&sample_dir, &sample_path);
  return status;
}
