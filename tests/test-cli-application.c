/* test-cli-application.c: exemplar-cli as a script sees it, through the
 * real binary: an application's form, self-scores and submission, its
 * evidence, and search across the evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "exemplar-test-util.h"

/* A directory to run in, and a campaign's path in it. */
typedef ExemplarTestFixture Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })

/* The application commands, judged on a day before the real deadline
 * (2023-04-30), which has passed. */
#define APPLICATION_TODAY "2023-04-20"
#define UNIT "310105001"

static void
application_set_up (Fixture       *fixture,
                    gconstpointer  user_data)
{
  exemplar_test_fixture_set_up (fixture, user_data);
  g_setenv ("EXEMPLAR_TODAY", APPLICATION_TODAY, TRUE);
}

static void
application_tear_down (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_unsetenv ("EXEMPLAR_TODAY");
  exemplar_test_fixture_tear_down (fixture, user_data);
}

static JsonNode *
show_json (Fixture *fixture)
{
  g_autoptr(ExemplarTestCliResult) result = run (fixture, "application", "show", fixture->path, UNIT, "--json");

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  return exemplar_test_parse_json (result->out);
}

static JsonObject *
member_with (JsonObject *object,
             const char *array,
             const char *key,
             const char *value)
{
  JsonArray *items = json_object_get_array_member (object, array);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member (item, key), value) == 0)
        return item;
    }

  g_error ("%s has no %s “%s”", array, key, value);
}

static const char *
field_value (JsonObject *application,
             const char *key)
{
  return json_object_get_string_member (member_with (application, "fields", "key", key), "value");
}

static void
test_application_set_show (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) set = NULL;
  g_autoptr(ExemplarTestCliResult) refused = NULL;
  g_autoptr(ExemplarTestCliResult) unknown = NULL;
  g_autoptr(ExemplarTestCliResult) text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonObject *field;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  set = run (fixture, "application", "set", fixture->path, UNIT,
             "party_secretary=王建国", "schools=12", "station_area=320.5",
             "work_family=建立家庭教育指导服务站，全年开展亲子活动48场。", "commitment=true");
  g_assert_cmpstr (set->err, ==, "");
  g_assert_cmpint (set->status, ==, 0);

  /* One bad value and nothing goes in, however good the others are. */
  refused = run (fixture, "application", "set", fixture->path, UNIT,
                 "director=赵六", "kindergartens=-1", "schools=abc");
  g_assert_cmpint (refused->status, ==, 1);
  g_assert_cmpstr (refused->out, ==, "");
  exemplar_test_cli_assert_error_message (refused);
  g_assert_nonnull (strstr (refused->err, "Kindergartens"));
  g_assert_nonnull (strstr (refused->err, "Schools"));

  unknown = run (fixture, "application", "set", fixture->path, UNIT, "mayor=赵六");
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "mayor"));

  root = show_json (fixture);
  application = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (application, "state"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (application, "unit"), "code"), ==, UNIT);
  g_assert_true (json_object_get_boolean_member (application, "editable"));
  g_assert_true (json_object_get_null_member (application, "editable_reason"));
  g_assert_cmpstr (field_value (application, "party_secretary"), ==, "王建国");
  g_assert_cmpstr (field_value (application, "schools"), ==, "12");
  g_assert_cmpstr (field_value (application, "station_area"), ==, "320.5");
  g_assert_cmpstr (field_value (application, "commitment"), ==, "true");
  g_assert_null (field_value (application, "director"));
  g_assert_null (field_value (application, "kindergartens"));

  field = member_with (application, "fields", "key", "work_family");
  g_assert_cmpstr (json_object_get_string_member (field, "type"), ==, "narrative");
  g_assert_cmpint (json_object_get_int_member (field, "max_chars"), ==, 1000);
  g_assert_cmpstr (json_object_get_string_member (field, "title"), ==, "Family protection");
  g_assert_true (json_object_get_boolean_member (field, "required"));

  g_assert_cmpint (exemplar_test_json_points (application, "self_total"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (application, "evidence_count"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (application, "missing_evidence")), >, 40);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (application, "missing")), >, 40);

  /* People see the same, by the unit's name too. */
  text = run (fixture, "application", "show", fixture->path, "华阳路街道");
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "王建国"));
  g_assert_nonnull (strstr (text->out, "Family protection"));
}

static void
test_application_self_score (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) scored = NULL;
  g_autoptr(ExemplarTestCliResult) too_high = NULL;
  g_autoptr(ExemplarTestCliResult) off_step = NULL;
  g_autoptr(ExemplarTestCliResult) branch = NULL;
  g_autoptr(ExemplarTestCliResult) cleared = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonObject *leaf;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.1", "2.5",
                "--note", "有领导小组文件");
  g_assert_cmpstr (scored->err, ==, "");
  g_assert_cmpint (scored->status, ==, 0);
  g_assert_nonnull (strstr (scored->out, "2.5"));

  too_high = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.2", "2");
  g_assert_cmpint (too_high->status, ==, 1);
  exemplar_test_cli_assert_error_message (too_high);
  g_assert_nonnull (strstr (too_high->err, "1.5"));

  off_step = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.2", "1.25");
  g_assert_cmpint (off_step->status, ==, 1);
  g_assert_nonnull (strstr (off_step->err, "0.5"));

  branch = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1", "1");
  g_assert_cmpint (branch->status, ==, 1);

  /* 3 + 3 bonus points claimed, 5 given. */
  g_clear_pointer (&scored, exemplar_test_cli_result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "J.1", "3");
  g_assert_cmpint (scored->status, ==, 0);
  g_clear_pointer (&scored, exemplar_test_cli_result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "J.2", "3");
  g_assert_cmpint (scored->status, ==, 0);
  g_clear_pointer (&scored, exemplar_test_cli_result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "2.1.1", "1.5");
  g_assert_cmpint (scored->status, ==, 0);

  root = show_json (fixture);
  application = json_node_get_object (root);
  leaf = member_with (application, "self_scores", "code", "1.1.1");
  g_assert_cmpint (exemplar_test_json_points (leaf, "self_score"), ==, 250);
  g_assert_cmpint (exemplar_test_json_points (leaf, "points"), ==, 250);
  g_assert_cmpstr (json_object_get_string_member (leaf, "note"), ==, "有领导小组文件");
  g_assert_true (json_object_get_null_member (member_with (application, "self_scores", "code", "1.1.2"),
                                              "self_score"));
  g_assert_cmpint (exemplar_test_json_points (member_with (application, "totals", "code", "1"), "self_total"), ==, 250);
  g_assert_cmpint (exemplar_test_json_points (member_with (application, "totals", "code", "2"), "self_total"), ==, 150);
  g_assert_cmpint (exemplar_test_json_points (member_with (application, "totals", "code", "J"), "self_total"), ==, 500);
  g_assert_cmpint (exemplar_test_json_points (application, "self_total"), ==, 900);
  g_clear_pointer (&root, json_node_unref);

  cleared = run (fixture, "application", "self-score", fixture->path, UNIT, "J.1", "--clear");
  g_assert_cmpint (cleared->status, ==, 0);
  root = show_json (fixture);
  g_assert_cmpint (exemplar_test_json_points (json_node_get_object (root), "self_total"), ==, 700);
}

static void
test_application_submit (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ExemplarTestCliResult) early = NULL;
  g_autoptr(ExemplarTestCliResult) set = NULL;
  g_autoptr(ExemplarTestCliResult) submitted = NULL;
  g_autoptr(ExemplarTestCliResult) locked = NULL;
  g_autoptr(ExemplarTestCliResult) no_reason = NULL;
  g_autoptr(ExemplarTestCliResult) returned = NULL;
  g_autoptr(ExemplarTestCliResult) withdrawn = NULL;
  g_autoptr(ExemplarTestCliResult) late = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonArray *fields;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  early = run (fixture, "application", "submit", fixture->path, UNIT);
  g_assert_cmpint (early->status, ==, 1);
  g_assert_cmpstr (early->out, ==, "");
  exemplar_test_cli_assert_error_message (early);
  g_assert_nonnull (strstr (early->err, "Truthfulness commitment"));
  g_assert_nonnull (strstr (early->err, "\n  - Item 1.1.2 "));
  g_assert_nonnull (strstr (early->err, "seal"));

  /* Every field, by its type, in one call. */
  root = show_json (fixture);
  fields = json_object_get_array_member (json_node_get_object (root), "fields");
  g_ptr_array_add (args, g_strdup ("application"));
  g_ptr_array_add (args, g_strdup ("set"));
  g_ptr_array_add (args, g_strdup (fixture->path));
  g_ptr_array_add (args, g_strdup (UNIT));
  for (guint i = 0; i < json_array_get_length (fields); i++)
    {
      JsonObject *field = json_array_get_object_element (fields, i);
      const char *type = json_object_get_string_member (field, "type");
      const char *value = g_str_equal (type, "number") ? "8" :
                          g_str_equal (type, "decimal") ? "86.5" :
                          g_str_equal (type, "date") ? "2023-04-25" :
                          g_str_equal (type, "boolean") ? "true" : "长宁区未成年人保护工作";

      g_ptr_array_add (args, g_strdup_printf ("%s=%s", json_object_get_string_member (field, "key"), value));
    }
  g_ptr_array_add (args, NULL);
  set = exemplar_test_cli_run (fixture->dir, "C.UTF-8", (const char * const *) args->pdata);
  g_assert_cmpstr (set->err, ==, "");
  g_assert_cmpint (set->status, ==, 0);
  g_clear_pointer (&root, json_node_unref);

  /* The self-scores and the seal scan, as the window and the import
   * would store them. */
  exemplar_test_sql_on_file (fixture->path,
                             "INSERT INTO self_score (application_id, indicator_id, points) "
                             "  SELECT a.id, i.id, i.points FROM application a JOIN unit u ON u.id = a.unit_id, indicator i "
                             "  WHERE u.code = '" UNIT "' AND i.kind != 'veto' "
                             "    AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);"
                             "INSERT INTO blob (sha256, size, media_type, data) "
                             "  VALUES ('" "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" "', 4, "
                             "          'image/png', x'89504e47');"
                             "INSERT INTO evidence (application_id, sha256, title, original_name, pages, purpose, added_at) "
                             "  SELECT a.id, '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', "
                             "         '盖章页', 'seal.png', 1, 'seal', '2023-04-25T08:00:00Z' "
                             "  FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.code = '" UNIT "';");

  submitted = run (fixture, "application", "submit", fixture->path, UNIT);
  g_assert_cmpstr (submitted->err, ==, "");
  g_assert_cmpint (submitted->status, ==, 0);
  g_assert_nonnull (strstr (submitted->out, "105"));

  root = show_json (fixture);
  application = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (application, "state"), ==, "submitted");
  g_assert_nonnull (json_object_get_string_member (application, "submitted_at"));
  g_assert_false (json_object_get_boolean_member (application, "editable"));
  g_assert_nonnull (strstr (json_object_get_string_member (application, "editable_reason"), "submitted"));
  g_assert_cmpint (exemplar_test_json_points (application, "self_total"), ==, 10500);
  g_assert_cmpint (json_object_get_int_member (application, "evidence_count"), ==, 1);
  g_clear_pointer (&root, json_node_unref);

  locked = run (fixture, "application", "set", fixture->path, UNIT, "director=李四");
  g_assert_cmpint (locked->status, ==, 1);
  g_assert_nonnull (strstr (locked->err, "submitted"));

  no_reason = run (fixture, "application", "return", fixture->path, UNIT);
  g_assert_cmpint (no_reason->status, ==, 2);

  returned = run (fixture, "application", "return", fixture->path, UNIT, "--reason", "盖章页不清晰");
  g_assert_cmpstr (returned->err, ==, "");
  g_assert_cmpint (returned->status, ==, 0);
  root = show_json (fixture);
  application = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (application, "state"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (application, "state_reason"), ==, "盖章页不清晰");
  g_assert_true (json_object_get_boolean_member (application, "editable"));
  g_clear_pointer (&root, json_node_unref);

  /* After the deadline the form is locked, and says why. */
  g_setenv ("EXEMPLAR_TODAY", "2023-05-01", TRUE);
  late = run (fixture, "application", "set", fixture->path, UNIT, "director=李四");
  g_setenv ("EXEMPLAR_TODAY", APPLICATION_TODAY, TRUE);
  g_assert_cmpint (late->status, ==, 1);
  g_assert_nonnull (strstr (late->err, "2023-04-30"));

  withdrawn = run (fixture, "application", "withdraw", fixture->path, UNIT, "--reason", "本年度暂不申报");
  g_assert_cmpint (withdrawn->status, ==, 0);
  root = show_json (fixture);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "state"), ==, "withdrawn");
  g_clear_pointer (&root, json_node_unref);

  g_clear_pointer (&late, exemplar_test_cli_result_free);
  late = run (fixture, "check", fixture->path);
  g_assert_cmpint (late->status, ==, 0);
}

static void
test_application_help (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *subcommands[] = { "show", "set", "self-score", "submit", "return", "withdraw" };
  g_autoptr(ExemplarTestCliResult) top = run (fixture, "--help");
  g_autoptr(ExemplarTestCliResult) list = run (fixture, "application", "--help");
  g_autoptr(ExemplarTestCliResult) alone = run (fixture, "application");
  g_autoptr(ExemplarTestCliResult) unknown = run (fixture, "application", "frobnicate");
  g_autoptr(ExemplarTestCliResult) show_help = run (fixture, "application", "show", "--help");

  g_assert_nonnull (strstr (top->out, "\n  application "));
  g_assert_cmpint (list->status, ==, 0);
  g_assert_cmpint (alone->status, ==, 2);
  g_assert_cmpint (unknown->status, ==, 2);
  exemplar_test_cli_assert_error_message (unknown);

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", subcommands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli application %s [OPTION", subcommands[i]);
      g_autoptr(ExemplarTestCliResult) help = run (fixture, "application", subcommands[i], "--help");

      g_assert_nonnull (strstr (list->out, listed));
      g_assert_cmpint (help->status, ==, 0);
      g_assert_nonnull (strstr (help->out, usage));
    }

  /* The JSON keys are documented where a script writer looks. */
  g_assert_nonnull (strstr (show_help->out, "self_scores"));
  g_assert_nonnull (strstr (show_help->out, "missing_evidence"));
  g_assert_nonnull (strstr (show_help->out, "editable_reason"));
}

/* Evidence and search. The PDF's Chinese text stands on its second page
 * only, so a hit on page 2 is the right page and not luck. */
#define EVIDENCE_LEAF "3.1.1"
#define EVIDENCE_TEXT "未成年人保护工作站全年接待咨询三百余次"
#define EVIDENCE_QUERY "接待咨询"

static char *
evidence_pdf (Fixture    *fixture,
              const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  exemplar_test_draw_pdf (path, "Guardian report page", 3, 2, EVIDENCE_TEXT);
  return path;
}

/* Bytes that are no PDF at all, though the name says so. */
static char *
write_random_pdf (Fixture    *fixture,
                  const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230420);
  guint32 words[1024];

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = g_rand_int (rand);
  g_assert_true (g_file_set_contents (path, (const char *) words, sizeof words, NULL));

  return path;
}

static char *
sha256_of_file (const char *path)
{
  g_autoptr(GBytes) bytes = exemplar_test_file_bytes (path);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static JsonNode *
evidence_list_json (Fixture *fixture)
{
  g_autoptr(ExemplarTestCliResult) result = run (fixture, "evidence", "list", fixture->path, "--json");

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  return exemplar_test_parse_json (result->out);
}

/* Attaches the drawn PDF to the leaf; returns its SHA-256. */
static char *
add_evidence_pdf (Fixture *fixture)
{
  g_autofree char *pdf = evidence_pdf (fixture, "监护报告.pdf");
  g_autoptr(ExemplarTestCliResult) added = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, pdf);

  g_assert_cmpstr (added->err, ==, "");
  g_assert_cmpint (added->status, ==, 0);
  g_assert_true (g_str_has_prefix (added->out, "stored  "));

  return sha256_of_file (pdf);
}

static void
test_evidence_add (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *good = NULL;
  g_autofree char *random = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) good_bytes = NULL;
  g_autoptr(ExemplarTestCliResult) added = NULL;
  g_autoptr(ExemplarTestCliResult) again = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) listed = NULL;
  JsonArray *results;
  JsonArray *attachments;
  JsonObject *result;
  JsonObject *attachment;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  good = evidence_pdf (fixture, "good.pdf");
  random = write_random_pdf (fixture, "random.pdf");
  missing = g_build_filename (fixture->dir, "missing.pdf", NULL);
  sha256 = sha256_of_file (good);
  good_bytes = exemplar_test_file_bytes (good);

  /* One result per path, in order; one bad path fails the call, but the
   * good file still goes in. */
  added = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF,
               good, random, missing, "--json");
  g_assert_cmpint (added->status, ==, 1);
  g_assert_cmpstr (added->err, ==, "");
  root = exemplar_test_parse_json (added->out);
  results = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (results), ==, 3);

  result = json_array_get_object_element (results, 0);
  g_assert_cmpstr (json_object_get_string_member (result, "path"), ==, good);
  g_assert_cmpstr (json_object_get_string_member (result, "status"), ==, "stored");
  g_assert_cmpstr (json_object_get_string_member (result, "sha256"), ==, sha256);
  g_assert_cmpint (json_object_get_int_member (result, "pages"), ==, 3);
  g_assert_true (json_object_get_null_member (result, "message"));

  for (guint i = 1; i < 3; i++)
    {
      const char *name = i == 1 ? "random.pdf" : "missing.pdf";

      result = json_array_get_object_element (results, i);
      g_assert_cmpstr (json_object_get_string_member (result, "status"), ==, "error");
      g_assert_true (json_object_get_null_member (result, "sha256"));
      g_assert_true (json_object_get_null_member (result, "pages"));
      g_assert_nonnull (strstr (json_object_get_string_member (result, "message"), name));
    }

  /* The same bytes again: attached, not stored twice, and said so. */
  again = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, good);
  expected = g_strdup_printf ("duplicate  %s  3 pages  %s\n", sha256, good);
  g_assert_cmpstr (again->err, ==, "");
  g_assert_cmpint (again->status, ==, 0);
  g_assert_cmpstr (again->out, ==, expected);

  listed = evidence_list_json (fixture);
  attachments = json_node_get_array (listed);
  g_assert_cmpuint (json_array_get_length (attachments), >=, 1);
  for (guint i = 0; i < json_array_get_length (attachments); i++)
    {
      attachment = json_array_get_object_element (attachments, i);
      g_assert_cmpstr (json_object_get_string_member (attachment, "unit"), ==, UNIT);
      g_assert_cmpstr (json_object_get_string_member (attachment, "indicator"), ==, EVIDENCE_LEAF);
      g_assert_cmpstr (json_object_get_string_member (attachment, "sha256"), ==, sha256);
      g_assert_cmpstr (json_object_get_string_member (attachment, "original_name"), ==, "good.pdf");
      g_assert_cmpstr (json_object_get_string_member (attachment, "media_type"), ==, "application/pdf");
      g_assert_cmpstr (json_object_get_string_member (attachment, "purpose"), ==, "evidence");
      g_assert_cmpint (json_object_get_int_member (attachment, "pages"), ==, 3);
      g_assert_nonnull (json_object_get_string_member (attachment, "title"));
      g_assert_cmpint (json_object_get_int_member (attachment, "size"), ==, g_bytes_get_size (good_bytes));
    }
}

static void
test_evidence_get (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *sha256 = NULL;
  g_autofree char *original = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "back.pdf", NULL);
  g_autofree char *nothing = g_build_filename (fixture->dir, "nothing.pdf", NULL);
  g_autofree char *expected = g_strdup_printf ("%s\n", out);
  g_autoptr(GBytes) original_bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(ExemplarTestCliResult) got = NULL;
  g_autoptr(ExemplarTestCliResult) again = NULL;
  g_autoptr(ExemplarTestCliResult) unknown = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  sha256 = add_evidence_pdf (fixture);
  original = g_build_filename (fixture->dir, "监护报告.pdf", NULL);
  original_bytes = exemplar_test_file_bytes (original);

  got = run (fixture, "evidence", "get", fixture->path, sha256, out);
  g_assert_cmpstr (got->err, ==, "");
  g_assert_cmpint (got->status, ==, 0);
  g_assert_cmpstr (got->out, ==, expected);
  written = exemplar_test_file_bytes (out);
  g_assert_true (g_bytes_equal (written, original_bytes));

  /* An existing OUT is left as it is. */
  g_assert_true (g_file_set_contents (out, "mine", -1, NULL));
  again = run (fixture, "evidence", "get", fixture->path, sha256, out);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_cmpstr (again->out, ==, "");
  exemplar_test_cli_assert_error_message (again);
  g_assert_nonnull (strstr (again->err, "back.pdf"));
  after = exemplar_test_file_bytes (out);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "mine", 4);

  unknown = run (fixture, "evidence", "get", fixture->path,
                 "0000000000000000000000000000000000000000000000000000000000000000",
                 nothing);
  g_assert_cmpint (unknown->status, ==, 1);
  exemplar_test_cli_assert_error_message (unknown);

  /* No temporary file is left beside OUT. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
  g_assert_false (g_file_test (nothing, G_FILE_TEST_EXISTS));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *sha256 = NULL;
  g_autofree char *hit_text = NULL;
  g_autoptr(ExemplarTestCliResult) json = NULL;
  g_autoptr(ExemplarTestCliResult) text = NULL;
  g_autoptr(ExemplarTestCliResult) nothing = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *hits;
  JsonArray *range;
  JsonObject *hit;
  const char *snippet;
  const char *start;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  sha256 = add_evidence_pdf (fixture);

  json = run (fixture, "search", fixture->path, EVIDENCE_QUERY, "--json");
  g_assert_cmpstr (json->err, ==, "");
  g_assert_cmpint (json->status, ==, 0);
  root = exemplar_test_parse_json (json->out);
  hits = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (hits), ==, 1);

  hit = json_array_get_object_element (hits, 0);
  g_assert_cmpint (json_object_get_int_member (hit, "page"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (hit, "unit"), ==, UNIT);
  g_assert_cmpstr (json_object_get_string_member (hit, "unit_name"), ==, "华阳路街道");
  g_assert_cmpstr (json_object_get_string_member (hit, "indicator"), ==, EVIDENCE_LEAF);
  g_assert_cmpstr (json_object_get_string_member (hit, "sha256"), ==, sha256);
  g_assert_nonnull (json_object_get_string_member (hit, "title"));

  /* The snippet is plain text; the hit is found by its offsets, in characters. */
  snippet = json_object_get_string_member (hit, "snippet");
  g_assert_null (strchr (snippet, '\x02'));
  g_assert_null (strchr (snippet, '\x03'));
  range = json_object_get_array_member (hit, "snippet_hit");
  g_assert_cmpuint (json_array_get_length (range), ==, 2);
  start = g_utf8_offset_to_pointer (snippet, json_array_get_int_element (range, 0));
  hit_text = g_strndup (start, g_utf8_offset_to_pointer (snippet, json_array_get_int_element (range, 1)) - start);
  g_assert_cmpstr (hit_text, ==, EVIDENCE_QUERY);

  text = run (fixture, "search", fixture->path, EVIDENCE_QUERY);
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "【" EVIDENCE_QUERY "】"));
  g_assert_nonnull (strstr (text->out, "page 2"));

  nothing = run (fixture, "search", fixture->path, "不存在的词语", "--json");
  g_assert_cmpint (nothing->status, ==, 0);
  g_assert_cmpstr (nothing->out, ==, "[]\n");
}

static void
test_evidence_after_deadline (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *pdf = NULL;
  g_autoptr(ExemplarTestCliResult) late = NULL;
  g_autoptr(JsonNode) listed = NULL;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  pdf = evidence_pdf (fixture, "late.pdf");

  g_setenv ("EXEMPLAR_TODAY", "2023-05-01", TRUE);
  late = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, pdf);
  g_setenv ("EXEMPLAR_TODAY", APPLICATION_TODAY, TRUE);

  g_assert_cmpint (late->status, ==, 1);
  g_assert_cmpstr (late->out, ==, "");
  exemplar_test_cli_assert_error_message (late);
  g_assert_nonnull (strstr (late->err, "2023-04-30"));

  listed = evidence_list_json (fixture);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (listed)), ==, 0);
}

/* The office sees and sets the largest evidence file; a file over it is
 * refused, naming the limit. */
static void
test_evidence_limit (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *pdf = evidence_pdf (fixture, "监护报告.pdf");
  g_autoptr(ExemplarTestCliResult) shown = NULL;
  g_autoptr(ExemplarTestCliResult) zero = NULL;
  g_autoptr(ExemplarTestCliResult) words = NULL;
  g_autoptr(ExemplarTestCliResult) set = NULL;
  g_autoptr(ExemplarTestCliResult) added = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GFileOutputStream) stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, NULL);
  g_autofree char *padding = g_strnfill (1536 * 1024, ' ');

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  shown = run (fixture, "evidence", "limit", fixture->path);
  zero = run (fixture, "evidence", "limit", fixture->path, "0");
  words = run (fixture, "evidence", "limit", fixture->path, "lots");

  g_assert_cmpint (shown->status, ==, 0);
  g_assert_cmpstr (shown->out, ==, "200 MB\n");
  g_assert_cmpint (zero->status, ==, 2);
  g_assert_nonnull (strstr (zero->err, "from 1 to 900"));
  g_assert_cmpint (words->status, ==, 2);
  g_assert_nonnull (strstr (words->err, "lots"));

  set = run (fixture, "evidence", "limit", fixture->path, "1", "--json");
  g_assert_cmpint (set->status, ==, 0);
  node = exemplar_test_parse_json (set->out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "megabytes"), ==, 1);

  /* The PDF made larger than 1 MB, its end marker still last. */
  g_assert_nonnull (stream);
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (stream), padding, strlen (padding),
                                            NULL, NULL, NULL));
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (stream), "\n%%EOF\n", 7, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL));
  added = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, pdf);
  g_assert_cmpint (added->status, ==, 1);
  g_assert_nonnull (strstr (added->out, "larger than the limit of 1 MB"));
}

static void
test_evidence_help (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *subcommands[] = { "add", "list", "get", "limit" };
  g_autoptr(ExemplarTestCliResult) top = run (fixture, "--help");
  g_autoptr(ExemplarTestCliResult) list = run (fixture, "evidence", "--help");
  g_autoptr(ExemplarTestCliResult) unknown = run (fixture, "evidence", "frobnicate");
  g_autoptr(ExemplarTestCliResult) add_help = run (fixture, "evidence", "add", "--help");
  g_autoptr(ExemplarTestCliResult) list_help = run (fixture, "evidence", "list", "--help");
  g_autoptr(ExemplarTestCliResult) search_help = run (fixture, "search", "--help");
  g_autoptr(ExemplarTestCliResult) no_query = run (fixture, "search", "a.exemplar");
  g_autoptr(ExemplarTestCliResult) bad_purpose = run (fixture, "evidence", "add", "a.exemplar", UNIT, "-", "a.pdf",
                                       "--purpose", "decoration");

  g_assert_nonnull (strstr (top->out, "\n  evidence "));
  g_assert_nonnull (strstr (top->out, "\n  search "));
  g_assert_cmpint (list->status, ==, 0);
  g_assert_cmpint (unknown->status, ==, 2);
  exemplar_test_cli_assert_error_message (unknown);
  g_assert_cmpint (no_query->status, ==, 2);
  g_assert_cmpint (bad_purpose->status, ==, 2);
  g_assert_nonnull (strstr (bad_purpose->err, "decoration"));

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", subcommands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli evidence %s [OPTION", subcommands[i]);
      g_autoptr(ExemplarTestCliResult) help = run (fixture, "evidence", subcommands[i], "--help");

      g_assert_nonnull (strstr (list->out, listed));
      g_assert_cmpint (help->status, ==, 0);
      g_assert_nonnull (strstr (help->out, usage));
    }

  /* The JSON keys are documented where a script writer looks. */
  g_assert_nonnull (strstr (add_help->out, "duplicate"));
  g_assert_nonnull (strstr (add_help->out, "message"));
  g_assert_nonnull (strstr (list_help->out, "original_name"));
  g_assert_nonnull (strstr (list_help->out, "media_type"));
  g_assert_nonnull (strstr (search_help->out, "snippet_hit"));
  g_assert_nonnull (strstr (search_help->out, "unit_name"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli/" name, Fixture, NULL, application_set_up, func, application_tear_down)

  ADD ("application/set-show", test_application_set_show);
  ADD ("application/self-score", test_application_self_score);
  ADD ("application/submit-return-withdraw", test_application_submit);
  ADD ("application/help", test_application_help);
  ADD ("evidence/add", test_evidence_add);
  ADD ("evidence/get", test_evidence_get);
  ADD ("evidence/after-deadline", test_evidence_after_deadline);
  ADD ("evidence/limit", test_evidence_limit);
  ADD ("evidence/help", test_evidence_help);
  ADD ("search", test_search);

#undef ADD

  return g_test_run ();
}
