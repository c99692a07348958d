/* test-cli.c: exemplar-cli as a script sees it, through the real binary:
 * the campaign commands (new, info, rubric, check, templates), help and
 * usage errors. The application, evidence and search commands are in
 * test-cli-application.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "exemplar-database.h"
#include "exemplar-test-util.h"

/* A directory to run in, and a campaign's path in it. */
typedef ExemplarTestFixture Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_in_locale(fixture, locale, ...) \
  exemplar_test_cli_run ((fixture)->dir, (locale), (const char *[]) { __VA_ARGS__, NULL })

static void
test_new_refuses_overwrite (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) first = NULL;
  g_autoptr(ExemplarTestCliResult) second = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s\n", fixture->path);

  first = run (fixture, "new", fixture->path, "--template", "changning-2023");
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->out, ==, expected);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  before = exemplar_test_file_bytes (fixture->path);

  second = run (fixture, "new", fixture->path);
  g_assert_cmpint (second->status, ==, 1);
  g_assert_cmpstr (second->out, ==, "");
  exemplar_test_cli_assert_error_message (second);
  g_assert_nonnull (strstr (second->err, "already exists"));

  after = exemplar_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_info_json (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const char *deadlines[] = { "2023-04-30", "2024-03-31", "2024-04-30", "2024-05-31" };
  static const char *phases[] = { "declaration", "evaluation", "publicity", "naming" };
  static const char *units_in_order[] = {
    "华阳路街道", "江苏路街道", "新华路街道", "周家桥街道", "天山路街道",
    "仙霞新村街道", "虹桥街道", "程家桥街道", "北新泾街道", "新泾镇",
  };
  static const char *states[] = {
    "not_applied", "draft", "submitted", "under_evaluation", "evaluated", "recommended",
    "candidate", "named", "withdrawn", "not_recommended", "objection_upheld",
  };
  g_autoptr(ExemplarTestCliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info;
  JsonObject *rubric;
  JsonObject *applications;
  JsonArray *milestones;
  JsonArray *units;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  result = run (fixture, "info", fixture->path, "--json");
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");

  root = exemplar_test_parse_json (result->out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  info = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (info, "document_number"), ==, "长未保办〔2023〕1号");
  g_assert_cmpstr (json_object_get_string_member (info, "issuer"), ==,
                   "上海市长宁区未成年人保护委员会办公室");
  g_assert_cmpstr (json_object_get_string_member (info, "notice_title"), ==,
                   "关于创建未成年人保护示范街镇的通知");
  g_assert_cmpstr (json_object_get_string_member (info, "issued_on"), ==, "2023-03-15");
  g_assert_cmpint (json_object_get_int_member (info, "quota"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (info, "phase"), ==, "declaration");
  g_assert_cmpint (json_object_get_int_member (info, "schema_version"), ==, EXEMPLAR_SCHEMA_VERSION);
  g_assert_false (json_object_get_boolean_member (info, "read_only"));
  g_assert_true (json_object_get_null_member (info, "read_only_reason"));
  g_assert_nonnull (json_object_get_string_member (info, "title"));

  milestones = json_object_get_array_member (info, "milestones");
  g_assert_cmpuint (json_array_get_length (milestones), ==, G_N_ELEMENTS (deadlines));
  for (guint i = 0; i < G_N_ELEMENTS (deadlines); i++)
    {
      JsonObject *milestone = json_array_get_object_element (milestones, i);

      g_assert_cmpstr (json_object_get_string_member (milestone, "phase"), ==, phases[i]);
      g_assert_cmpstr (json_object_get_string_member (milestone, "deadline"), ==, deadlines[i]);
      g_assert_nonnull (json_object_get_string_member (milestone, "name"));
    }

  units = json_object_get_array_member (info, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, G_N_ELEMENTS (units_in_order));
  for (guint i = 0; i < G_N_ELEMENTS (units_in_order); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);
      const char *kind = i + 1 < G_N_ELEMENTS (units_in_order) ? "subdistrict" : "town";

      g_assert_cmpstr (json_object_get_string_member (unit, "name"), ==, units_in_order[i]);
      g_assert_cmpstr (json_object_get_string_member (unit, "kind"), ==, kind);
      g_assert_true (g_str_has_prefix (json_object_get_string_member (unit, "code"), "310105"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (units, 0), "code"),
                   ==, "310105001");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (info, "member_units")), >, 0);

  rubric = json_object_get_object_member (info, "rubric");
  g_assert_cmpint (exemplar_test_json_points (rubric, "total_points"), ==, 10000);
  g_assert_cmpint (json_object_get_int_member (rubric, "leaf_count"), >=, 40);
  g_assert_true (json_object_get_boolean_member (rubric, "valid"));

  /* Every state is there, zeros included. */
  applications = json_object_get_object_member (info, "applications");
  g_assert_cmpuint (json_object_get_size (applications), ==, G_N_ELEMENTS (states));
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    g_assert_cmpint (json_object_get_int_member (applications, states[i]), ==, i == 0 ? 10 : 0);
}

/* Returns the indicator's points in hundredths after checking that a scored
 * branch's points are the sum of its children's; counts the scored leaves.
 * The bonus branch holds the cap, which its items may add up to more than. */
static gint64
walk_indicator (JsonObject *indicator,
                guint      *n_leaves)
{
  gint64 points = exemplar_test_json_points (indicator, "points");
  const char *code = json_object_get_string_member (indicator, "code");

  g_assert_nonnull (code);
  g_assert_nonnull (json_object_get_string_member (indicator, "name"));
  g_assert_true (json_object_get_null_member (indicator, "problem"));

  if (json_object_has_member (indicator, "children"))
    {
      JsonArray *children = json_object_get_array_member (indicator, "children");
      gint64 sum = 0;

      g_assert_cmpuint (json_array_get_length (children), >, 0);
      g_assert_false (json_object_has_member (indicator, "rule"));
      for (guint i = 0; i < json_array_get_length (children); i++)
        sum += walk_indicator (json_array_get_object_element (children, i), n_leaves);

      if (g_str_equal (json_object_get_string_member (indicator, "kind"), "bonus"))
        g_assert_cmpint (sum, >=, points);
      else if (sum != points)
        g_error ("%s has %" G_GINT64_FORMAT " hundredths, its children %" G_GINT64_FORMAT,
                 code, points, sum);
    }
  else
    {
      g_assert_nonnull (json_object_get_string_member (indicator, "scoring_type"));
      g_assert_nonnull (json_object_get_string_member (indicator, "rule"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (indicator, "methods")), >, 0);
      g_assert_true (json_object_has_member (indicator, "evidence"));
      g_assert_true (json_object_has_member (indicator, "responsible"));
      if (!g_str_equal (json_object_get_string_member (indicator, "kind"), "veto"))
        (*n_leaves)++;
    }

  return points;
}

static void
test_rubric_json (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *rubric;
  JsonArray *indicators;
  gint64 items = 0;
  gint64 bonus = 0;
  guint n_leaves = 0;
  gboolean fractional = FALSE;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  result = run (fixture, "rubric", fixture->path, "--json");
  g_assert_cmpint (result->status, ==, 0);

  root = exemplar_test_parse_json (result->out);
  rubric = json_node_get_object (root);
  g_assert_cmpint (exemplar_test_json_points (rubric, "total_points"), ==, 10000);
  g_assert_true (json_object_get_boolean_member (rubric, "valid"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (rubric, "problems")), ==, 0);

  indicators = json_object_get_array_member (rubric, "indicators");
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *indicator = json_array_get_object_element (indicators, i);
      const char *kind = json_object_get_string_member (indicator, "kind");
      gint64 points = walk_indicator (indicator, &n_leaves);

      if (g_str_equal (kind, "item"))
        items += points;
      else if (g_str_equal (kind, "bonus"))
        bonus += points;
      else
        g_assert_cmpstr (kind, ==, "veto");
    }

  g_assert_cmpint (items, ==, 10000);
  g_assert_cmpint (bonus, ==, exemplar_test_json_points (rubric, "bonus_cap"));
  g_assert_cmpint (n_leaves, ==, json_object_get_int_member (rubric, "leaf_count"));
  g_assert_cmpuint (n_leaves, >=, 40);

  /* Fractional points read as people write them: 2.5, never 2.4999…. */
  for (const char *p = result->out; (p = strstr (p, "\"points\" : ")) != NULL; p++)
    {
      const char *number = p + strlen ("\"points\" : ");
      const char *end = number + strspn (number, "0123456789.");
      const char *dot = memchr (number, '.', end - number);

      if (dot != NULL)
        {
          fractional = TRUE;
          g_assert_cmpint (end - dot - 1, <=, 2);
        }
    }
  g_assert_true (fractional);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) sound = NULL;
  g_autoptr(ExemplarTestCliResult) broken = NULL;
  g_autofree char *expected = NULL;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);

  sound = run (fixture, "check", fixture->path);
  expected = g_strdup_printf ("%s: sound\n", fixture->path);
  g_assert_cmpint (sound->status, ==, 0);
  g_assert_cmpstr (sound->out, ==, expected);

  /* Someone with sqlite3 at hand rewrites history behind Exemplar's back. */
  exemplar_test_sql_on_file (fixture->path,
                             "DROP TRIGGER audit_no_update;"
                             "UPDATE audit SET detail = 'forged' WHERE id = (SELECT min (id) FROM audit);");

  broken = run (fixture, "check", fixture->path);
  g_assert_cmpint (broken->status, ==, 1);
  g_assert_true (g_str_has_prefix (broken->out, fixture->path));
  g_assert_nonnull (strstr (broken->out, "Audit log"));
  g_assert_nonnull (strstr (broken->out, "changed"));
  g_assert_null (strstr (broken->out, "sound"));
}

static void
assert_refused (Fixture    *fixture,
                const char *path)
{
  g_autoptr(ExemplarTestCliResult) info = run (fixture, "info", path);
  g_autoptr(ExemplarTestCliResult) json = run (fixture, "info", path, "--json");
  g_autoptr(ExemplarTestCliResult) rubric = run (fixture, "rubric", path);
  g_autoptr(ExemplarTestCliResult) check = run (fixture, "check", path);
  ExemplarTestCliResult *results[] = { info, json, rubric, check };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_assert_cmpint (results[i]->status, ==, 1);
      g_assert_cmpstr (results[i]->out, ==, "");
      exemplar_test_cli_assert_error_message (results[i]);
    }
}

static void
assert_no_companions (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (companion, G_FILE_TEST_EXISTS));
    }
}

static void
test_refuses_bad_files (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.exemplar", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.exemplar", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.exemplar", NULL);
  g_autofree char *database = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autoptr(GBytes) text_before = NULL;
  g_autoptr(GBytes) text_after = NULL;
  g_autoptr(GBytes) database_before = NULL;
  g_autoptr(GBytes) database_after = NULL;
  g_autoptr(ExemplarTestCliResult) missing_info = NULL;

  g_assert_true (g_file_set_contents (text, "申报表\nnot a campaign\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  exemplar_test_sql_on_file (database, "CREATE TABLE campaign (id INTEGER)");
  text_before = exemplar_test_file_bytes (text);
  database_before = exemplar_test_file_bytes (database);

  assert_refused (fixture, text);
  assert_refused (fixture, empty);
  assert_refused (fixture, missing);
  assert_refused (fixture, fixture->dir);
  assert_refused (fixture, database);

  text_after = exemplar_test_file_bytes (text);
  g_assert_true (g_bytes_equal (text_before, text_after));
  database_after = exemplar_test_file_bytes (database);
  g_assert_true (g_bytes_equal (database_before, database_after));
  assert_no_companions (text);
  assert_no_companions (empty);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  missing_info = run (fixture, "info", missing);
  g_assert_nonnull (strstr (missing_info->err, "missing.exemplar"));
}

static void
test_newer_version_is_read_only (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) info = NULL;
  g_autoptr(ExemplarTestCliResult) text = NULL;
  g_autoptr(ExemplarTestCliResult) rubric = NULL;
  g_autoptr(ExemplarTestCliResult) check = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  JsonObject *object;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");
  before = exemplar_test_file_bytes (fixture->path);

  info = run (fixture, "info", fixture->path, "--json");
  g_assert_cmpint (info->status, ==, 0);
  root = exemplar_test_parse_json (info->out);
  object = json_node_get_object (root);
  g_assert_true (json_object_get_boolean_member (object, "read_only"));
  g_assert_cmpint (json_object_get_int_member (object, "schema_version"), ==, 99);
  g_assert_nonnull (strstr (json_object_get_string_member (object, "read_only_reason"), "newer"));

  text = run (fixture, "info", fixture->path);
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "newer version"));

  rubric = run (fixture, "rubric", fixture->path);
  g_assert_cmpint (rubric->status, ==, 0);
  check = run (fixture, "check", fixture->path);
  g_assert_cmpint (check->status, ==, 0);

  after = exemplar_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_companions (fixture->path);
}

static void
test_text_output (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) info = NULL;
  g_autoptr(ExemplarTestCliResult) rubric = NULL;
  g_autoptr(ExemplarTestCliResult) json = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  before = exemplar_test_file_bytes (fixture->path);

  /* Chinese survives even when the locale's charset is plain ASCII. */
  info = run_in_locale (fixture, "C", "info", fixture->path);
  g_assert_cmpint (info->status, ==, 0);
  g_assert_true (g_utf8_validate (info->out, -1, NULL));
  g_assert_nonnull (strstr (info->out, "长未保办〔2023〕1号"));
  g_assert_nonnull (strstr (info->out, "华阳路街道"));
  g_assert_nonnull (strstr (info->out, "2024-05-31"));
  g_assert_nonnull (strstr (info->out, "The rubric is sound."));

  json = run_in_locale (fixture, "C", "info", fixture->path, "--json");
  g_assert_nonnull (strstr (json->out, "上海市长宁区未成年人保护委员会办公室"));

  rubric = run_in_locale (fixture, "C", "rubric", fixture->path);
  g_assert_cmpint (rubric->status, ==, 0);
  g_assert_nonnull (strstr (rubric->out, "[bonus]"));
  g_assert_nonnull (strstr (rubric->out, "[veto]"));
  g_assert_nonnull (strstr (rubric->out, "The rubric is sound."));
  g_assert_null (strstr (rubric->out, "\n! "));

  /* Looking at a campaign never changes it. */
  after = exemplar_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_companions (fixture->path);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  const char *commands[] = { "new", "templates", "info", "rubric", "check", "help" };
  g_autoptr(ExemplarTestCliResult) top = run (fixture, "--help");
  g_autoptr(ExemplarTestCliResult) alone = exemplar_test_cli_run (fixture->dir, "C.UTF-8", (const char *[]) { NULL });
  g_autoptr(ExemplarTestCliResult) version = run (fixture, "--version");
  g_autoptr(ExemplarTestCliResult) info_help = run (fixture, "info", "--help");
  g_autoptr(ExemplarTestCliResult) rubric_help = run (fixture, "help", "rubric");

  g_assert_cmpint (top->status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", commands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli %s [OPTION", commands[i]);
      g_autoptr(ExemplarTestCliResult) help = run (fixture, commands[i], "--help");

      g_assert_nonnull (strstr (top->out, listed));
      g_assert_cmpint (help->status, ==, 0);
      g_assert_nonnull (strstr (help->out, usage));
      g_assert_cmpstr (help->err, ==, "");
    }

  /* Alone, it shows the commands but fails, so a script notices. */
  g_assert_cmpint (alone->status, ==, 2);
  g_assert_nonnull (strstr (alone->err, "\n  info "));

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "exemplar-cli " PACKAGE_VERSION "\n");

  /* The JSON keys are documented where a script writer looks. */
  g_assert_nonnull (strstr (info_help->out, "--json"));
  g_assert_nonnull (strstr (info_help->out, "document_number"));
  g_assert_nonnull (strstr (info_help->out, "applications"));
  g_assert_cmpint (rubric_help->status, ==, 0);
  g_assert_nonnull (strstr (rubric_help->out, "scoring_type"));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) unknown = run (fixture, "frobnicate");
  g_autoptr(ExemplarTestCliResult) option_first = run (fixture, "--json");
  g_autoptr(ExemplarTestCliResult) no_file = run (fixture, "info");
  g_autoptr(ExemplarTestCliResult) two_files = run (fixture, "info", "a.exemplar", "b.exemplar");
  g_autoptr(ExemplarTestCliResult) bad_option = run (fixture, "rubric", "--frobnicate", "a.exemplar");
  g_autoptr(ExemplarTestCliResult) bad_template = run (fixture, "new", fixture->path, "--template", "nowhere-1999");
  g_autoptr(ExemplarTestCliResult) no_new_file = run (fixture, "new");
  g_autoptr(ExemplarTestCliResult) templates_file = run (fixture, "templates", "a.exemplar");
  g_autoptr(ExemplarTestCliResult) help_unknown = run (fixture, "help", "frobnicate");
  ExemplarTestCliResult *results[] = {
    unknown, option_first, no_file, two_files, bad_option, bad_template, no_new_file,
    templates_file, help_unknown,
  };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_assert_cmpint (results[i]->status, ==, 2);
      g_assert_cmpstr (results[i]->out, ==, "");
      exemplar_test_cli_assert_error_message (results[i]);
    }

  g_assert_nonnull (strstr (unknown->err, "frobnicate"));
  g_assert_nonnull (strstr (bad_template->err, "nowhere-1999"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) list = run (fixture, "templates");
  g_autoptr(ExemplarTestCliResult) from_new = run (fixture, "new", "--list-templates");
  g_autoptr(ExemplarTestCliResult) json = run (fixture, "templates", "--json");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *templates;
  gboolean found = FALSE;

  g_assert_cmpint (list->status, ==, 0);
  g_assert_true (g_str_has_prefix (list->out, "changning-2023  ") ||
                 strstr (list->out, "\nchangning-2023  ") != NULL);
  g_assert_nonnull (strstr (list->out, "长宁区"));
  g_assert_cmpstr (from_new->out, ==, list->out);

  g_assert_cmpint (json->status, ==, 0);
  root = exemplar_test_parse_json (json->out);
  templates = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (templates); i++)
    {
      JsonObject *template = json_array_get_object_element (templates, i);

      if (g_str_equal (json_object_get_string_member (template, "id"), "changning-2023"))
        found = TRUE;
      g_assert_nonnull (json_object_get_string_member (template, "title"));
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli/" name, Fixture, NULL, exemplar_test_fixture_set_up, func, exemplar_test_fixture_tear_down)

  ADD ("new/refuses-overwrite", test_new_refuses_overwrite);
  ADD ("info/json", test_info_json);
  ADD ("info/refuses-bad-files", test_refuses_bad_files);
  ADD ("info/newer-version", test_newer_version_is_read_only);
  ADD ("info/text", test_text_output);
  ADD ("rubric/json", test_rubric_json);
  ADD ("check/audit-chain", test_check);
  ADD ("help", test_help);
  ADD ("usage-errors", test_usage_errors);
  ADD ("templates", test_templates);

#undef ADD

  return g_test_run ();
}
