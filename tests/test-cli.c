/* test-cli.c: exemplar-cli as a script sees it, through the real binary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>

#include "exemplar-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_free (Result *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("exemplar-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "campaign.exemplar", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  exemplar_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Empty bytes may have no data at all; an empty string is what we mean. */
  return data != NULL ? g_strndup (data, size) : g_strdup ("");
}

/* Runs exemplar-cli with the NULL-terminated arguments in the fixture's
 * directory, under an English UTF-8 locale so messages can be matched. */
static Result *
run_argv (Fixture     *fixture,
          const char  *lc_all,
          const char **args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("EXEMPLAR_CLI");
  Result *result;

  g_assert_nonnull (cli);

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", lc_all, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  /* Whatever the input, the program ends by itself: never by a signal. */
  g_assert_true (g_subprocess_get_if_exited (process));

  result = g_new0 (Result, 1);
  result->status = g_subprocess_get_exit_status (process);
  result->out = bytes_to_string (out);
  result->err = bytes_to_string (err);

  return result;
}

#define run(fixture, ...) run_argv ((fixture), "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_in_locale(fixture, locale, ...) \
  run_argv ((fixture), (locale), (const char *[]) { __VA_ARGS__, NULL })

static void
assert_error_message (Result *result)
{
  g_assert_true (g_str_has_prefix (result->err, "exemplar-cli: "));
  g_assert_cmpuint (strlen (result->err), >, strlen ("exemplar-cli: \n"));
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
create_campaign (Fixture *fixture)
{
  g_autoptr(Result) result = run (fixture, "new", fixture->path);

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
}

static void
sql_on_file (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* Points in the JSON are numbers; compare them exactly, in hundredths. */
static gint64
points_of (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  double value;
  gint64 hundredths;

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node) * 100;

  value = json_node_get_double (node) * 100;
  hundredths = (gint64) llround (value);
  g_assert_cmpfloat_with_epsilon (value, (double) hundredths, 1e-6);

  return hundredths;
}

static void
test_new_refuses_overwrite (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(Result) first = NULL;
  g_autoptr(Result) second = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s\n", fixture->path);

  first = run (fixture, "new", fixture->path, "--template", "changning-2023");
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->out, ==, expected);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  before = read_bytes (fixture->path);

  second = run (fixture, "new", fixture->path);
  g_assert_cmpint (second->status, ==, 1);
  g_assert_cmpstr (second->out, ==, "");
  assert_error_message (second);
  g_assert_nonnull (strstr (second->err, "already exists"));

  after = read_bytes (fixture->path);
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
  g_autoptr(Result) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info;
  JsonObject *rubric;
  JsonObject *applications;
  JsonArray *milestones;
  JsonArray *units;

  create_campaign (fixture);

  result = run (fixture, "info", fixture->path, "--json");
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");

  root = parse_json (result->out);
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
  g_assert_cmpint (json_object_get_int_member (info, "schema_version"), ==, 1);
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
  g_assert_cmpint (points_of (rubric, "total_points"), ==, 10000);
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
  gint64 points = points_of (indicator, "points");
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
  g_autoptr(Result) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *rubric;
  JsonArray *indicators;
  gint64 items = 0;
  gint64 bonus = 0;
  guint n_leaves = 0;
  gboolean fractional = FALSE;

  create_campaign (fixture);

  result = run (fixture, "rubric", fixture->path, "--json");
  g_assert_cmpint (result->status, ==, 0);

  root = parse_json (result->out);
  rubric = json_node_get_object (root);
  g_assert_cmpint (points_of (rubric, "total_points"), ==, 10000);
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
  g_assert_cmpint (bonus, ==, points_of (rubric, "bonus_cap"));
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
  g_autoptr(Result) sound = NULL;
  g_autoptr(Result) broken = NULL;
  g_autofree char *expected = NULL;

  create_campaign (fixture);

  sound = run (fixture, "check", fixture->path);
  expected = g_strdup_printf ("%s: sound\n", fixture->path);
  g_assert_cmpint (sound->status, ==, 0);
  g_assert_cmpstr (sound->out, ==, expected);

  /* Someone with sqlite3 at hand rewrites history behind Exemplar's back. */
  sql_on_file (fixture->path,
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
  g_autoptr(Result) info = run (fixture, "info", path);
  g_autoptr(Result) json = run (fixture, "info", path, "--json");
  g_autoptr(Result) rubric = run (fixture, "rubric", path);
  g_autoptr(Result) check = run (fixture, "check", path);
  Result *results[] = { info, json, rubric, check };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_assert_cmpint (results[i]->status, ==, 1);
      g_assert_cmpstr (results[i]->out, ==, "");
      assert_error_message (results[i]);
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
  g_autoptr(Result) missing_info = NULL;

  g_assert_true (g_file_set_contents (text, "申报表\nnot a campaign\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  sql_on_file (database, "CREATE TABLE campaign (id INTEGER)");
  text_before = read_bytes (text);
  database_before = read_bytes (database);

  assert_refused (fixture, text);
  assert_refused (fixture, empty);
  assert_refused (fixture, missing);
  assert_refused (fixture, fixture->dir);
  assert_refused (fixture, database);

  text_after = read_bytes (text);
  g_assert_true (g_bytes_equal (text_before, text_after));
  database_after = read_bytes (database);
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
  g_autoptr(Result) info = NULL;
  g_autoptr(Result) text = NULL;
  g_autoptr(Result) rubric = NULL;
  g_autoptr(Result) check = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  JsonObject *object;

  create_campaign (fixture);
  sql_on_file (fixture->path, "PRAGMA user_version = 99");
  before = read_bytes (fixture->path);

  info = run (fixture, "info", fixture->path, "--json");
  g_assert_cmpint (info->status, ==, 0);
  root = parse_json (info->out);
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

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_companions (fixture->path);
}

static void
test_text_output (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(Result) info = NULL;
  g_autoptr(Result) rubric = NULL;
  g_autoptr(Result) json = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  create_campaign (fixture);
  before = read_bytes (fixture->path);

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
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_companions (fixture->path);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  const char *commands[] = { "new", "templates", "info", "rubric", "check", "help" };
  g_autoptr(Result) top = run (fixture, "--help");
  g_autoptr(Result) alone = run_argv (fixture, "C.UTF-8", (const char *[]) { NULL });
  g_autoptr(Result) version = run (fixture, "--version");
  g_autoptr(Result) info_help = run (fixture, "info", "--help");
  g_autoptr(Result) rubric_help = run (fixture, "help", "rubric");

  g_assert_cmpint (top->status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", commands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli %s [OPTION", commands[i]);
      g_autoptr(Result) help = run (fixture, commands[i], "--help");

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
  g_autoptr(Result) unknown = run (fixture, "frobnicate");
  g_autoptr(Result) option_first = run (fixture, "--json");
  g_autoptr(Result) no_file = run (fixture, "info");
  g_autoptr(Result) two_files = run (fixture, "info", "a.exemplar", "b.exemplar");
  g_autoptr(Result) bad_option = run (fixture, "rubric", "--frobnicate", "a.exemplar");
  g_autoptr(Result) bad_template = run (fixture, "new", fixture->path, "--template", "nowhere-1999");
  g_autoptr(Result) no_new_file = run (fixture, "new");
  g_autoptr(Result) templates_file = run (fixture, "templates", "a.exemplar");
  g_autoptr(Result) help_unknown = run (fixture, "help", "frobnicate");
  Result *results[] = {
    unknown, option_first, no_file, two_files, bad_option, bad_template, no_new_file,
    templates_file, help_unknown,
  };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_assert_cmpint (results[i]->status, ==, 2);
      g_assert_cmpstr (results[i]->out, ==, "");
      assert_error_message (results[i]);
    }

  g_assert_nonnull (strstr (unknown->err, "frobnicate"));
  g_assert_nonnull (strstr (bad_template->err, "nowhere-1999"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(Result) list = run (fixture, "templates");
  g_autoptr(Result) from_new = run (fixture, "new", "--list-templates");
  g_autoptr(Result) json = run (fixture, "templates", "--json");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *templates;
  gboolean found = FALSE;

  g_assert_cmpint (list->status, ==, 0);
  g_assert_true (g_str_has_prefix (list->out, "changning-2023  ") ||
                 strstr (list->out, "\nchangning-2023  ") != NULL);
  g_assert_nonnull (strstr (list->out, "长宁区"));
  g_assert_cmpstr (from_new->out, ==, list->out);

  g_assert_cmpint (json->status, ==, 0);
  root = parse_json (json->out);
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

/* The application commands, judged on a day before the real deadline
 * (2023-04-30), which has passed. */
#define APPLICATION_TODAY "2023-04-20"
#define UNIT "310105001"

static void
application_set_up (Fixture       *fixture,
                    gconstpointer  user_data)
{
  fixture_set_up (fixture, user_data);
  g_setenv ("EXEMPLAR_TODAY", APPLICATION_TODAY, TRUE);
}

static void
application_tear_down (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_unsetenv ("EXEMPLAR_TODAY");
  fixture_tear_down (fixture, user_data);
}

static JsonNode *
show_json (Fixture *fixture)
{
  g_autoptr(Result) result = run (fixture, "application", "show", fixture->path, UNIT, "--json");

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  return parse_json (result->out);
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
  g_autoptr(Result) set = NULL;
  g_autoptr(Result) refused = NULL;
  g_autoptr(Result) unknown = NULL;
  g_autoptr(Result) text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonObject *field;

  create_campaign (fixture);

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
  assert_error_message (refused);
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

  g_assert_cmpint (points_of (application, "self_total"), ==, 0);
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
  g_autoptr(Result) scored = NULL;
  g_autoptr(Result) too_high = NULL;
  g_autoptr(Result) off_step = NULL;
  g_autoptr(Result) branch = NULL;
  g_autoptr(Result) cleared = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonObject *leaf;

  create_campaign (fixture);

  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.1", "2.5",
                "--note", "有领导小组文件");
  g_assert_cmpstr (scored->err, ==, "");
  g_assert_cmpint (scored->status, ==, 0);
  g_assert_nonnull (strstr (scored->out, "2.5"));

  too_high = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.2", "2");
  g_assert_cmpint (too_high->status, ==, 1);
  assert_error_message (too_high);
  g_assert_nonnull (strstr (too_high->err, "1.5"));

  off_step = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1.2", "1.25");
  g_assert_cmpint (off_step->status, ==, 1);
  g_assert_nonnull (strstr (off_step->err, "0.5"));

  branch = run (fixture, "application", "self-score", fixture->path, UNIT, "1.1", "1");
  g_assert_cmpint (branch->status, ==, 1);

  /* 3 + 3 bonus points claimed, 5 given. */
  g_clear_pointer (&scored, result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "J.1", "3");
  g_assert_cmpint (scored->status, ==, 0);
  g_clear_pointer (&scored, result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "J.2", "3");
  g_assert_cmpint (scored->status, ==, 0);
  g_clear_pointer (&scored, result_free);
  scored = run (fixture, "application", "self-score", fixture->path, UNIT, "2.1.1", "1.5");
  g_assert_cmpint (scored->status, ==, 0);

  root = show_json (fixture);
  application = json_node_get_object (root);
  leaf = member_with (application, "self_scores", "code", "1.1.1");
  g_assert_cmpint (points_of (leaf, "self_score"), ==, 250);
  g_assert_cmpint (points_of (leaf, "points"), ==, 250);
  g_assert_cmpstr (json_object_get_string_member (leaf, "note"), ==, "有领导小组文件");
  g_assert_true (json_object_get_null_member (member_with (application, "self_scores", "code", "1.1.2"),
                                              "self_score"));
  g_assert_cmpint (points_of (member_with (application, "totals", "code", "1"), "self_total"), ==, 250);
  g_assert_cmpint (points_of (member_with (application, "totals", "code", "2"), "self_total"), ==, 150);
  g_assert_cmpint (points_of (member_with (application, "totals", "code", "J"), "self_total"), ==, 500);
  g_assert_cmpint (points_of (application, "self_total"), ==, 900);
  g_clear_pointer (&root, json_node_unref);

  cleared = run (fixture, "application", "self-score", fixture->path, UNIT, "J.1", "--clear");
  g_assert_cmpint (cleared->status, ==, 0);
  root = show_json (fixture);
  g_assert_cmpint (points_of (json_node_get_object (root), "self_total"), ==, 700);
}

static void
test_application_submit (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(Result) early = NULL;
  g_autoptr(Result) set = NULL;
  g_autoptr(Result) submitted = NULL;
  g_autoptr(Result) locked = NULL;
  g_autoptr(Result) no_reason = NULL;
  g_autoptr(Result) returned = NULL;
  g_autoptr(Result) withdrawn = NULL;
  g_autoptr(Result) late = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *application;
  JsonArray *fields;

  create_campaign (fixture);

  early = run (fixture, "application", "submit", fixture->path, UNIT);
  g_assert_cmpint (early->status, ==, 1);
  g_assert_cmpstr (early->out, ==, "");
  assert_error_message (early);
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
  set = run_argv (fixture, "C.UTF-8", (const char **) args->pdata);
  g_assert_cmpstr (set->err, ==, "");
  g_assert_cmpint (set->status, ==, 0);
  g_clear_pointer (&root, json_node_unref);

  /* The self-scores and the seal scan, as the window and the import
   * would store them. */
  sql_on_file (fixture->path,
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
  g_assert_cmpint (points_of (application, "self_total"), ==, 10500);
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

  g_clear_pointer (&late, result_free);
  late = run (fixture, "check", fixture->path);
  g_assert_cmpint (late->status, ==, 0);
}

static void
test_application_help (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *subcommands[] = { "show", "set", "self-score", "submit", "return", "withdraw" };
  g_autoptr(Result) top = run (fixture, "--help");
  g_autoptr(Result) list = run (fixture, "application", "--help");
  g_autoptr(Result) alone = run (fixture, "application");
  g_autoptr(Result) unknown = run (fixture, "application", "frobnicate");
  g_autoptr(Result) show_help = run (fixture, "application", "show", "--help");

  g_assert_nonnull (strstr (top->out, "\n  application "));
  g_assert_cmpint (list->status, ==, 0);
  g_assert_cmpint (alone->status, ==, 2);
  g_assert_cmpint (unknown->status, ==, 2);
  assert_error_message (unknown);

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", subcommands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli application %s [OPTION", subcommands[i]);
      g_autoptr(Result) help = run (fixture, "application", subcommands[i], "--help");

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
draw_evidence_pdf (Fixture    *fixture,
                   const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK SC 14");

  pango_layout_set_font_description (layout, font);
  for (guint page = 1; page <= 3; page++)
    {
      g_autofree char *line = g_strdup_printf ("Guardian report page %u", page);

      cairo_move_to (cr, 60, 60);
      pango_layout_set_text (layout, line, -1);
      pango_cairo_show_layout (cr, layout);
      if (page == 2)
        {
          cairo_move_to (cr, 60, 120);
          pango_layout_set_text (layout, EVIDENCE_TEXT, -1);
          pango_cairo_show_layout (cr, layout);
        }
      cairo_show_page (cr);
    }

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

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
  g_autoptr(GBytes) bytes = read_bytes (path);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static JsonNode *
evidence_list_json (Fixture *fixture)
{
  g_autoptr(Result) result = run (fixture, "evidence", "list", fixture->path, "--json");

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  return parse_json (result->out);
}

/* Attaches the drawn PDF to the leaf; returns its SHA-256. */
static char *
add_evidence_pdf (Fixture *fixture)
{
  g_autofree char *pdf = draw_evidence_pdf (fixture, "监护报告.pdf");
  g_autoptr(Result) added = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, pdf);

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
  g_autoptr(Result) added = NULL;
  g_autoptr(Result) again = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) listed = NULL;
  JsonArray *results;
  JsonArray *attachments;
  JsonObject *result;
  JsonObject *attachment;

  create_campaign (fixture);
  good = draw_evidence_pdf (fixture, "good.pdf");
  random = write_random_pdf (fixture, "random.pdf");
  missing = g_build_filename (fixture->dir, "missing.pdf", NULL);
  sha256 = sha256_of_file (good);
  good_bytes = read_bytes (good);

  /* One result per path, in order; one bad path fails the call, but the
   * good file still goes in. */
  added = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF,
               good, random, missing, "--json");
  g_assert_cmpint (added->status, ==, 1);
  g_assert_cmpstr (added->err, ==, "");
  root = parse_json (added->out);
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
  g_autoptr(Result) got = NULL;
  g_autoptr(Result) again = NULL;
  g_autoptr(Result) unknown = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  create_campaign (fixture);
  sha256 = add_evidence_pdf (fixture);
  original = g_build_filename (fixture->dir, "监护报告.pdf", NULL);
  original_bytes = read_bytes (original);

  got = run (fixture, "evidence", "get", fixture->path, sha256, out);
  g_assert_cmpstr (got->err, ==, "");
  g_assert_cmpint (got->status, ==, 0);
  g_assert_cmpstr (got->out, ==, expected);
  written = read_bytes (out);
  g_assert_true (g_bytes_equal (written, original_bytes));

  /* An existing OUT is left as it is. */
  g_assert_true (g_file_set_contents (out, "mine", -1, NULL));
  again = run (fixture, "evidence", "get", fixture->path, sha256, out);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_cmpstr (again->out, ==, "");
  assert_error_message (again);
  g_assert_nonnull (strstr (again->err, "back.pdf"));
  after = read_bytes (out);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "mine", 4);

  unknown = run (fixture, "evidence", "get", fixture->path,
                 "0000000000000000000000000000000000000000000000000000000000000000",
                 nothing);
  g_assert_cmpint (unknown->status, ==, 1);
  assert_error_message (unknown);

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
  g_autoptr(Result) json = NULL;
  g_autoptr(Result) text = NULL;
  g_autoptr(Result) nothing = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *hits;
  JsonArray *range;
  JsonObject *hit;
  const char *snippet;
  const char *start;

  create_campaign (fixture);
  sha256 = add_evidence_pdf (fixture);

  json = run (fixture, "search", fixture->path, EVIDENCE_QUERY, "--json");
  g_assert_cmpstr (json->err, ==, "");
  g_assert_cmpint (json->status, ==, 0);
  root = parse_json (json->out);
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
  g_autoptr(Result) late = NULL;
  g_autoptr(JsonNode) listed = NULL;

  create_campaign (fixture);
  pdf = draw_evidence_pdf (fixture, "late.pdf");

  g_setenv ("EXEMPLAR_TODAY", "2023-05-01", TRUE);
  late = run (fixture, "evidence", "add", fixture->path, UNIT, EVIDENCE_LEAF, pdf);
  g_setenv ("EXEMPLAR_TODAY", APPLICATION_TODAY, TRUE);

  g_assert_cmpint (late->status, ==, 1);
  g_assert_cmpstr (late->out, ==, "");
  assert_error_message (late);
  g_assert_nonnull (strstr (late->err, "2023-04-30"));

  listed = evidence_list_json (fixture);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (listed)), ==, 0);
}

static void
test_evidence_help (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *subcommands[] = { "add", "list", "get" };
  g_autoptr(Result) top = run (fixture, "--help");
  g_autoptr(Result) list = run (fixture, "evidence", "--help");
  g_autoptr(Result) unknown = run (fixture, "evidence", "frobnicate");
  g_autoptr(Result) add_help = run (fixture, "evidence", "add", "--help");
  g_autoptr(Result) list_help = run (fixture, "evidence", "list", "--help");
  g_autoptr(Result) search_help = run (fixture, "search", "--help");
  g_autoptr(Result) no_query = run (fixture, "search", "a.exemplar");
  g_autoptr(Result) bad_purpose = run (fixture, "evidence", "add", "a.exemplar", UNIT, "-", "a.pdf",
                                       "--purpose", "decoration");

  g_assert_nonnull (strstr (top->out, "\n  evidence "));
  g_assert_nonnull (strstr (top->out, "\n  search "));
  g_assert_cmpint (list->status, ==, 0);
  g_assert_cmpint (unknown->status, ==, 2);
  assert_error_message (unknown);
  g_assert_cmpint (no_query->status, ==, 2);
  g_assert_cmpint (bad_purpose->status, ==, 2);
  g_assert_nonnull (strstr (bad_purpose->err, "decoration"));

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", subcommands[i]);
      g_autofree char *usage = g_strdup_printf ("exemplar-cli evidence %s [OPTION", subcommands[i]);
      g_autoptr(Result) help = run (fixture, "evidence", subcommands[i], "--help");

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
  g_test_add ("/cli/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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

#define ADD(name, func) \
  g_test_add ("/cli/" name, Fixture, NULL, application_set_up, func, application_tear_down)

  ADD ("application/set-show", test_application_set_show);
  ADD ("application/self-score", test_application_self_score);
  ADD ("application/submit-return-withdraw", test_application_submit);
  ADD ("application/help", test_application_help);
  ADD ("evidence/add", test_evidence_add);
  ADD ("evidence/get", test_evidence_get);
  ADD ("evidence/after-deadline", test_evidence_after_deadline);
  ADD ("evidence/help", test_evidence_help);
  ADD ("search", test_search);

#undef ADD

  return g_test_run ();
}
