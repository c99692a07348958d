/* test-cli-evaluation.c: the evaluation through exemplar-cli, as a script
 * sees it: reviewers, the draw, score sheets, the policy, vetoes, the
 * results and the exports, on a fresh campaign made at test time.
 *
 * The worked example (points in the rubric's units; every sheet starts at
 * full marks on the items of the Changning rubric, 100 points, and nothing
 * on the bonus items; three reviewers per unit):
 *
 *   华阳路街道 (A)  one reviewer gives 1.1.1 (max 2.5) 2:
 *                   mean (2 + 2.5 + 2.5) / 3 = 2.3333…, total 99.8333… → 99.83;
 *                   median 2.5, total 100.00
 *   江苏路街道 (B)  all three give 2.1.1 (max 2) 0.5 and the bonus J.1 2:
 *                   100 − 1.5 + 2 = 100.50 under any rule
 *   新华路街道 (C)  3.1.1 (max 2) gets 0, 1 and 2: mean 1, median 1,
 *                   total 99.00; spread 2 > 40 % of 2, so 3.1.1 is flagged
 *   周家桥街道 (D)  full marks, 100.00, but vetoed: out of the ranking
 *
 * Ranked: B 100.50, A 99.83, C 99.00 under the mean; B 100.50, A 100.00,
 * C 99.00 under the median.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <poppler.h>

#include "exemplar-test-util.h"

#define UNIT_A "310105001"  /* 华阳路街道 */
#define UNIT_B "310105002"  /* 江苏路街道 */
#define UNIT_C "310105004"  /* 新华路街道 */
#define UNIT_D "310105005"  /* 周家桥街道 */
#define N_UNITS 4
#define PER_APPLICATION 3

static const char *units[N_UNITS] = { UNIT_A, UNIT_B, UNIT_C, UNIT_D };

typedef struct
{
  char *dir;
  char *path;
  /* Reviewer ids, as "reviewer add" printed them. */
  char *member;      /* 王敏, 区教育局 */
  char *expert;      /* 赵专家 */
  char *staff_a;     /* 李强, staff of A, declared a conflict with B */
  char *staff_b;     /* 张华, staff of B */
  char *staff_c;     /* 钱程, staff of C */
  /* After the draw: the reviewers of each unit, in the listed order. */
  char *assigned[N_UNITS][PER_APPLICATION];
} Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_ok(fixture, ...) \
  exemplar_test_cli_run_ok ((fixture)->dir, (const char *[]) { __VA_ARGS__, NULL })

/* A failure the user can read: exit 1 (or @status), "exemplar-cli: …" on
 * stderr containing @needle, nothing on stdout. */
static void
assert_refused (ExemplarTestCliResult *result,
                int                    status,
                const char            *needle)
{
  if (result->status != status || strstr (result->err, needle) == NULL)
    g_printerr ("status %d, stderr: %s\n", result->status, result->err);
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "exemplar-cli: "));
  g_assert_nonnull (strstr (result->err, needle));
  g_assert_cmpstr (result->out, ==, "");
}

static char *
add_reviewer_argv (Fixture     *fixture,
                   const char **args)
{
  g_autofree char *out = exemplar_test_cli_run_ok (fixture->dir, args);
  guint64 id = 0;

  g_strstrip (out);
  g_assert_true (g_ascii_string_to_unsigned (out, 10, 1, G_MAXINT64, &id, NULL));
  return g_steal_pointer (&out);
}

#define add_reviewer(fixture, ...) \
  add_reviewer_argv ((fixture), (const char *[]) { "reviewer", "add", (fixture)->path, __VA_ARGS__, NULL })

/* A fresh campaign with the four units' applications submitted, as the
 * office would have them at the start of the evaluation. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-cli-evaluation-XXXXXX", "campaign.exemplar", &fixture->path);
  exemplar_test_cli_new_campaign (fixture->dir, fixture->path);
  exemplar_test_sql_on_file (fixture->path,
                             "UPDATE application SET state = 'submitted', submitted_at = '2023-04-20T08:00:00Z' "
                             "WHERE unit_id IN (SELECT id FROM unit WHERE code IN "
                             "('" UNIT_A "', '" UNIT_B "', '" UNIT_C "', '" UNIT_D "'));");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
  g_free (fixture->member);
  g_free (fixture->expert);
  g_free (fixture->staff_a);
  g_free (fixture->staff_b);
  g_free (fixture->staff_c);
  for (guint i = 0; i < N_UNITS; i++)
    for (guint j = 0; j < PER_APPLICATION; j++)
      g_free (fixture->assigned[i][j]);
}

static void
add_reviewers (Fixture *fixture)
{
  fixture->member = add_reviewer (fixture, "王敏", "--member-unit", "jy", "--role", "科长");
  fixture->expert = add_reviewer (fixture, "赵专家", "--expert");
  fixture->staff_a = add_reviewer (fixture, "李强", "--unit", UNIT_A, "--conflict", UNIT_B "=前任职");
  fixture->staff_b = add_reviewer (fixture, "张华", "--unit", UNIT_B);
  fixture->staff_c = add_reviewer (fixture, "钱程", "--unit", UNIT_C);
}

static guint
unit_index (const char *code)
{
  for (guint i = 0; i < N_UNITS; i++)
    if (g_str_equal (units[i], code))
      return i;

  g_assert_not_reached ();
}

/* Draws 3 reviewers per application with seed 7, and notes who got what. */
static void
draw (Fixture *fixture)
{
  g_autofree char *out = NULL;
  g_autofree char *list = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *assignments;
  guint filled[N_UNITS] = { 0 };

  out = run_ok (fixture, "assign", fixture->path, "--auto", "--per-application", "3", "--seed", "7");
  g_assert_nonnull (strstr (out, "Drew 12 assignments with seed 7."));

  list = run_ok (fixture, "assignments", fixture->path, "--json");
  root = exemplar_test_parse_json (list);
  assignments = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (assignments), ==, N_UNITS * PER_APPLICATION);

  for (guint i = 0; i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);
      guint unit = unit_index (json_object_get_string_member (assignment, "unit"));

      g_assert_cmpuint (filled[unit], <, PER_APPLICATION);
      fixture->assigned[unit][filled[unit]++] =
        g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (assignment, "reviewer"));
    }
}

/* Every assigned sheet as a draft at full marks on the items and nothing
 * on the bonus items, written behind the program's back, as if each
 * reviewer had typed it in; the deductions go through the CLI. */
static void
fill_sheets (Fixture *fixture)
{
  exemplar_test_sql_on_file (fixture->path,
                             "INSERT OR IGNORE INTO score_sheet (assignment_id, state) "
                             "  SELECT id, 'draft' FROM assignment;"
                             "INSERT OR IGNORE INTO score (sheet_id, indicator_id, points) "
                             "  SELECT s.id, i.id, CASE i.kind WHEN 'item' THEN i.points ELSE 0 END "
                             "  FROM score_sheet s, indicator i "
                             "  WHERE i.kind IN ('item', 'bonus') "
                             "    AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);");
}

static JsonObject *
find_reviewer (JsonArray  *reviewers,
               const char *id)
{
  for (guint i = 0; i < json_array_get_length (reviewers); i++)
    {
      JsonObject *reviewer = json_array_get_object_element (reviewers, i);
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (reviewer, "id"));

      if (g_str_equal (text, id))
        return reviewer;
    }

  g_assert_not_reached ();
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

static void
test_reviewers (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) unknown_unit = NULL;
  g_autoptr(ExemplarTestCliResult) unknown_conflict = NULL;
  g_autoptr(ExemplarTestCliResult) two_homes = NULL;
  g_autoptr(ExemplarTestCliResult) no_home = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;
  g_autofree char *added_json = NULL;
  g_autoptr(JsonNode) added = NULL;
  JsonArray *reviewers;
  JsonObject *reviewer;
  const char *keys[] = { "id", "name", "unit", "member_unit", "expert", "conflicts" };

  add_reviewers (fixture);
  g_assert_cmpstr (fixture->member, ==, "1");

  /* Bad input is refused and nothing is added. */
  unknown_unit = run (fixture, "reviewer", "add", fixture->path, "无名", "--member-unit", "nosuch");
  assert_refused (unknown_unit, 1, "nosuch");
  unknown_conflict = run (fixture, "reviewer", "add", fixture->path, "无名", "--expert",
                          "--conflict", "310105099");
  assert_refused (unknown_conflict, 1, "310105099");
  two_homes = run (fixture, "reviewer", "add", fixture->path, "无名", "--expert", "--unit", UNIT_A);
  g_assert_cmpint (two_homes->status, ==, 2);
  no_home = run (fixture, "reviewer", "add", fixture->path, "无名");
  g_assert_cmpint (no_home->status, ==, 2);

  added_json = run_ok (fixture, "reviewer", "add", fixture->path, "孙专家", "--expert", "--json");
  added = exemplar_test_parse_json (added_json);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (added), "name"), ==, "孙专家");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (added), "id"), ==, 6);

  list = run_ok (fixture, "reviewer", "list", fixture->path, "--json");
  root = exemplar_test_parse_json (list);
  reviewers = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (reviewers), ==, 6);

  for (guint i = 0; i < json_array_get_length (reviewers); i++)
    for (guint j = 0; j < G_N_ELEMENTS (keys); j++)
      g_assert_true (json_object_has_member (json_array_get_object_element (reviewers, i), keys[j]));

  reviewer = find_reviewer (reviewers, fixture->member);
  g_assert_cmpstr (json_object_get_string_member (reviewer, "name"), ==, "王敏");
  g_assert_cmpstr (json_object_get_string_member (reviewer, "member_unit"), ==, "jy");
  g_assert_true (json_object_get_null_member (reviewer, "unit"));
  g_assert_false (json_object_get_boolean_member (reviewer, "expert"));

  reviewer = find_reviewer (reviewers, fixture->expert);
  g_assert_true (json_object_get_boolean_member (reviewer, "expert"));
  g_assert_true (json_object_get_null_member (reviewer, "unit"));
  g_assert_true (json_object_get_null_member (reviewer, "member_unit"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reviewer, "conflicts")), ==, 0);

  reviewer = find_reviewer (reviewers, fixture->staff_a);
  g_assert_cmpstr (json_object_get_string_member (reviewer, "unit"), ==, UNIT_A);
  g_assert_true (json_object_get_null_member (reviewer, "member_unit"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reviewer, "conflicts")), ==, 1);
  g_assert_true (array_has_string (json_object_get_array_member (reviewer, "conflicts"), UNIT_B));
  g_assert_true (array_has_string (json_object_get_array_member (reviewer, "conflict_reasons"), "前任职"));

  /* The text says the same, readably. */
  text = run_ok (fixture, "reviewer", "list", fixture->path);
  g_assert_nonnull (strstr (text, "李强"));
  g_assert_nonnull (strstr (text, "区教育局"));
  g_assert_nonnull (strstr (text, "江苏路街道"));
}

static void
test_assign (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) own = NULL;
  g_autoptr(ExemplarTestCliResult) conflict = NULL;
  g_autoptr(ExemplarTestCliResult) not_submitted = NULL;
  g_autoptr(ExemplarTestCliResult) no_count = NULL;
  g_autoptr(ExemplarTestCliResult) mixed = NULL;
  g_autoptr(JsonNode) reviewers_root = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.exemplar", NULL);
  g_autofree char *empty = NULL;
  g_autofree char *by_hand = NULL;
  g_autofree char *reviewers_json = NULL;
  g_autofree char *list = NULL;
  g_autofree char *copy_list = NULL;
  g_autofree char *copy_out = NULL;
  g_autofree char *text = NULL;
  JsonArray *assignments;
  JsonArray *reviewers;
  guint per_unit[N_UNITS] = { 0 };

  add_reviewers (fixture);

  /* The model refuses, whatever the caller: own unit, declared conflict,
   * an application that was never submitted. */
  own = run (fixture, "assign", fixture->path, "--reviewer", fixture->staff_a, "--unit", UNIT_A);
  assert_refused (own, 1, "own unit");
  conflict = run (fixture, "assign", fixture->path, "--reviewer", fixture->staff_a, "--unit", UNIT_B);
  assert_refused (conflict, 1, "前任职");
  not_submitted = run (fixture, "assign", fixture->path, "--reviewer", fixture->expert, "--unit", "310105006");
  assert_refused (not_submitted, 1, "天山路街道");
  no_count = run (fixture, "assign", fixture->path, "--auto");
  g_assert_cmpint (no_count->status, ==, 2);
  mixed = run (fixture, "assign", fixture->path, "--auto", "--per-application", "3", "--unit", UNIT_A);
  g_assert_cmpint (mixed->status, ==, 2);

  empty = run_ok (fixture, "assignments", fixture->path, "--json");
  root = exemplar_test_parse_json (empty);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 0);
  g_clear_pointer (&root, json_node_unref);

  /* The same seed on a copy gives the same draw. */
  original = g_file_new_for_path (fixture->path);
  copy = g_file_new_for_path (copy_path);
  g_file_copy (original, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  draw (fixture);
  copy_out = run_ok (fixture, "assign", copy_path, "--auto", "--per-application", "3", "--seed", "7");
  list = run_ok (fixture, "assignments", fixture->path, "--json");
  copy_list = run_ok (fixture, "assignments", copy_path, "--json");
  g_assert_cmpstr (list, ==, copy_list);

  /* Nobody on their own unit or a declared conflict; three per unit. */
  reviewers_json = run_ok (fixture, "reviewer", "list", fixture->path, "--json");
  reviewers_root = exemplar_test_parse_json (reviewers_json);
  reviewers = json_node_get_array (reviewers_root);
  root = exemplar_test_parse_json (list);
  assignments = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);
      const char *unit = json_object_get_string_member (assignment, "unit");
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (assignment, "reviewer"));
      JsonObject *reviewer = find_reviewer (reviewers, id);

      g_assert_cmpstr (json_object_get_string_member (reviewer, "unit"), !=, unit);
      g_assert_false (array_has_string (json_object_get_array_member (reviewer, "conflicts"), unit));
      g_assert_cmpstr (json_object_get_string_member (assignment, "state"), ==, "not_started");
      g_assert_true (json_object_get_null_member (assignment, "branches"));
      g_assert_true (json_object_get_null_member (assignment, "round"));
      g_assert_cmpint (json_object_get_int_member (assignment, "seed"), ==, 7);
      per_unit[unit_index (unit)]++;
    }
  for (guint i = 0; i < N_UNITS; i++)
    g_assert_cmpuint (per_unit[i], ==, PER_APPLICATION);

  /* By hand, for one branch: the member unit's reviewer scores branch 3
   * (family protection) of a unit the draw did not give them. */
  for (guint i = 0; i < N_UNITS && by_hand == NULL; i++)
    {
      gboolean taken = FALSE;

      for (guint j = 0; j < PER_APPLICATION; j++)
        taken |= g_str_equal (fixture->assigned[i][j], fixture->member);
      if (!taken)
        by_hand = run_ok (fixture, "assign", fixture->path, "--reviewer", fixture->member,
                          "--unit", units[i], "--branch", "3");
    }
  g_assert_nonnull (by_hand);
  g_assert_nonnull (strstr (by_hand, "王敏"));

  g_clear_pointer (&list, g_free);
  g_clear_pointer (&root, json_node_unref);
  list = run_ok (fixture, "assignments", fixture->path, "--json");
  root = exemplar_test_parse_json (list);
  assignments = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (assignments), ==, N_UNITS * PER_APPLICATION + 1);
  for (guint i = 0, found = 0; i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);

      if (json_object_get_null_member (assignment, "branches"))
        continue;
      g_assert_cmpuint (++found, ==, 1);
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (assignment, "branches"), 0),
                       ==, "3");
      g_assert_true (json_object_get_null_member (assignment, "seed"));
    }

  text = run_ok (fixture, "assignments", fixture->path);
  g_assert_nonnull (strstr (text, "华阳路街道"));
  g_assert_nonnull (strstr (text, "Not started"));
}

static char *
sheet_json (Fixture    *fixture,
            const char *reviewer,
            const char *unit)
{
  return run_ok (fixture, "score", "show", fixture->path, reviewer, unit, "--json");
}

static JsonObject *
find_unit (JsonArray  *standings,
           const char *code,
           guint      *position)
{
  for (guint i = 0; i < json_array_get_length (standings); i++)
    {
      JsonObject *standing = json_array_get_object_element (standings, i);

      if (g_str_equal (json_object_get_string_member (standing, "code"), code))
        {
          if (position != NULL)
            *position = i;
          return standing;
        }
    }

  g_assert_not_reached ();
}

static gint64
subtotal_of (JsonObject *standing,
             const char *branch)
{
  return exemplar_test_json_points (json_object_get_object_member (standing, "subtotals"), branch);
}

static JsonNode *
results_json (Fixture *fixture)
{
  g_autofree char *out = run_ok (fixture, "results", fixture->path, "--json");

  return exemplar_test_parse_json (out);
}

/* Splits RFC 4180 CSV into rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          p++;
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        {
          /* A bare line feed ends no record: the export writes CRLF. */
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p);
        }
    }

  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);

  return rows;
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      double width = 0, height = 0;

      poppler_page_get_size (page, &width, &height);
      /* A4, in points. */
      g_assert_cmpfloat (fabs (width - 595.28), <, 1);
      g_assert_cmpfloat (fabs (height - 841.89), <, 1);
      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);

  return g_string_free (text, FALSE);
}

static void
assert_no_temporary_files (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".out"));
}

static void
test_score_and_results (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) missing = NULL;
  g_autoptr(ExemplarTestCliResult) no_reason = NULL;
  g_autoptr(ExemplarTestCliResult) unknown_unit = NULL;
  g_autoptr(ExemplarTestCliResult) off_step = NULL;
  g_autoptr(ExemplarTestCliResult) too_many = NULL;
  g_autoptr(ExemplarTestCliResult) unknown_indicator = NULL;
  g_autoptr(ExemplarTestCliResult) not_assigned = NULL;
  g_autoptr(ExemplarTestCliResult) no_reopen_reason = NULL;
  g_autoptr(ExemplarTestCliResult) sealed = NULL;
  g_autoptr(ExemplarTestCliResult) no_veto_reason = NULL;
  g_autoptr(ExemplarTestCliResult) zscore = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) sheet = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *reopened = NULL;
  g_autofree char *text = NULL;
  const char *reviewer_a;
  JsonObject *object;
  JsonObject *policy;
  JsonArray *standings;
  gint64 audit_rows;
  guint position = 0;

  add_reviewers (fixture);
  draw (fixture);
  reviewer_a = fixture->assigned[0][0];

  /* Submitting an empty sheet names what is missing; nothing changes. */
  missing = run (fixture, "score", "submit", fixture->path, reviewer_a, UNIT_A);
  assert_refused (missing, 1, "1.1.2");
  g_assert_nonnull (strstr (missing->err, "9.3.2"));

  fill_sheets (fixture);

  /* A deduction needs a reason before the sheet goes in. */
  out = run_ok (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "1.1.1", "2");
  g_assert_nonnull (strstr (out, "1.1.1: 2 of 2.5"));
  no_reason = run (fixture, "score", "submit", fixture->path, reviewer_a, UNIT_A);
  assert_refused (no_reason, 1, "1.1.1");
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "1.1.1", "2", "--reason", "会议记录不全");
  g_assert_nonnull (strstr (out, "sheet total 99.5"));

  /* Bad input: refused with a message, and the sheet is as it was. */
  before = sheet_json (fixture, reviewer_a, UNIT_A);
  audit_rows = exemplar_test_sql_int_on_file (fixture->path, "SELECT count(*) FROM audit");
  unknown_unit = run (fixture, "score", "set", fixture->path, reviewer_a, "310105099", "1.1.1", "1");
  assert_refused (unknown_unit, 1, "310105099");
  too_many = run (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "1.1.1", "7.3");
  assert_refused (too_many, 1, "1.1.1");
  off_step = run (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "1.1.1", "2.3");
  assert_refused (off_step, 1, "0.5");
  unknown_indicator = run (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "9.9.9", "1");
  assert_refused (unknown_indicator, 1, "9.9.9");
  not_assigned = run (fixture, "score", "set", fixture->path, fixture->staff_a, UNIT_A, "1.1.1", "1");
  assert_refused (not_assigned, 1, "not assigned");
  after = sheet_json (fixture, reviewer_a, UNIT_A);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path, "SELECT count(*) FROM audit"), ==, audit_rows);

  sheet = exemplar_test_parse_json (after);
  object = json_node_get_object (sheet);
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "draft");
  g_assert_cmpint (exemplar_test_json_points (object, "total"), ==, 9950);
  g_assert_cmpint (exemplar_test_json_points (json_object_get_object_member (object, "subtotals"), "1"), ==, 750);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "missing")), ==, 0);

  /* The worked example (see the top of the file). */
  for (guint j = 0; j < PER_APPLICATION; j++)
    {
      g_autofree char *b1 = run_ok (fixture, "score", "set", fixture->path, fixture->assigned[1][j], UNIT_B,
                                    "2.1.1", "0.5", "--reason", "制度未落实");
      g_autofree char *b2 = run_ok (fixture, "score", "set", fixture->path, fixture->assigned[1][j], UNIT_B,
                                    "J.1", "2");
    }
  {
    g_autofree char *c1 = run_ok (fixture, "score", "set", fixture->path, fixture->assigned[2][0], UNIT_C,
                                  "3.1.1", "0", "--reason", "无阵地");
    /* Commas and quotes in a reason survive the CSV. */
    g_autofree char *c2 = run_ok (fixture, "score", "set", fixture->path, fixture->assigned[2][1], UNIT_C,
                                  "3.1.1", "1", "--reason", "依据\"台账\",缺2项");
    g_autofree char *comment = run_ok (fixture, "score", "comment", fixture->path, fixture->assigned[2][1],
                                       UNIT_C, "总体较好");
  }

  for (guint i = 0; i < N_UNITS; i++)
    for (guint j = 0; j < PER_APPLICATION; j++)
      {
        g_autofree char *submitted = run_ok (fixture, "score", "submit", fixture->path,
                                             fixture->assigned[i][j], units[i]);

        g_assert_nonnull (strstr (submitted, "submitted"));
      }

  /* A sealed sheet refuses changes until the office reopens it. */
  sealed = run (fixture, "score", "set", fixture->path, reviewer_a, UNIT_A, "1.1.1", "2.5");
  g_assert_cmpint (sealed->status, ==, 1);
  no_reopen_reason = run (fixture, "score", "reopen", fixture->path, reviewer_a, UNIT_A);
  g_assert_cmpint (no_reopen_reason->status, ==, 2);
  audit_rows = exemplar_test_sql_int_on_file (fixture->path, "SELECT count(*) FROM audit");
  reopened = run_ok (fixture, "score", "reopen", fixture->path, reviewer_a, UNIT_A, "--reason", "评分有误，需复核");
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path, "SELECT count(*) FROM audit"), >, audit_rows);
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT count(*) FROM audit WHERE detail LIKE '%评分有误%'"),
                   >=, 1);

  /* Only submitted sheets count: A stands at full marks on two sheets. */
  root = results_json (fixture);
  standings = json_object_get_array_member (json_node_get_object (root), "units");
  object = find_unit (standings, UNIT_A, NULL);
  g_assert_cmpint (json_object_get_int_member (object, "sheets"), ==, 2);
  g_assert_cmpint (exemplar_test_json_points (object, "total"), ==, 10000);
  g_clear_pointer (&root, json_node_unref);

  g_free (run_ok (fixture, "score", "submit", fixture->path, reviewer_a, UNIT_A));

  /* The veto needs a reason, and puts D out of the ranking. */
  no_veto_reason = run (fixture, "veto", fixture->path, UNIT_D);
  g_assert_cmpint (no_veto_reason->status, ==, 2);
  g_free (run_ok (fixture, "veto", fixture->path, UNIT_D, "--reason", "发生重大安全责任事故"));

  root = results_json (fixture);
  policy = json_object_get_object_member (json_node_get_object (root), "policy");
  g_assert_cmpstr (json_object_get_string_member (policy, "aggregate"), ==, "mean");
  g_assert_cmpint (json_object_get_int_member (policy, "min_trim"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (policy, "disagreement_percent"), ==, 40);
  standings = json_object_get_array_member (json_node_get_object (root), "units");
  g_assert_cmpuint (json_array_get_length (standings), ==, 10);

  object = find_unit (standings, UNIT_B, &position);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "rank"), ==, 1);
  g_assert_cmpint (exemplar_test_json_points (object, "total"), ==, 10050);
  g_assert_cmpint (subtotal_of (object, "2"), ==, 850);
  g_assert_cmpint (subtotal_of (object, "J"), ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "flags")), ==, 0);

  object = find_unit (standings, UNIT_A, &position);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "rank"), ==, 2);
  g_assert_cmpint (exemplar_test_json_points (object, "total"), ==, 9983);
  g_assert_cmpint (subtotal_of (object, "1"), ==, 783);
  g_assert_cmpint (json_object_get_int_member (object, "sheets"), ==, 3);
  g_assert_false (json_object_get_boolean_member (object, "vetoed"));

  object = find_unit (standings, UNIT_C, &position);
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "rank"), ==, 3);
  g_assert_cmpint (exemplar_test_json_points (object, "total"), ==, 9900);
  g_assert_cmpint (subtotal_of (object, "3"), ==, 1100);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "flags")), ==, 1);
  g_assert_true (array_has_string (json_object_get_array_member (object, "flags"), "3.1.1"));

  object = find_unit (standings, UNIT_D, &position);
  g_assert_cmpuint (position, ==, 3);
  g_assert_true (json_object_get_null_member (object, "rank"));
  g_assert_true (json_object_get_boolean_member (object, "vetoed"));
  g_assert_nonnull (strstr (json_object_get_string_member (object, "veto_reason"), "重大安全责任事故"));

  object = json_node_get_object (root);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "sensitivity")), >=, 1);
  g_assert_nonnull (json_array_get_string_element (json_object_get_array_member (object, "sensitivity"), 0));
  g_clear_pointer (&root, json_node_unref);

  /* The text names the policy and the ranking, in order. */
  text = run_ok (fixture, "results", fixture->path);
  g_assert_nonnull (strstr (text, "Mean"));
  g_assert_true (strstr (text, "江苏路街道") < strstr (text, "华阳路街道"));
  g_assert_nonnull (strstr (text, "99.83"));
  g_assert_nonnull (strstr (text, "重大安全责任事故"));

  /* Another policy: the median takes A back to full marks. */
  zscore = run (fixture, "policy", "set", fixture->path, "--aggregate", "zscore");
  g_assert_cmpint (zscore->status, ==, 2);
  g_free (run_ok (fixture, "policy", "set", fixture->path, "--aggregate", "median"));
  root = results_json (fixture);
  policy = json_object_get_object_member (json_node_get_object (root), "policy");
  g_assert_cmpstr (json_object_get_string_member (policy, "aggregate"), ==, "median");
  g_assert_cmpint (json_object_get_int_member (policy, "min_trim"), ==, 5);
  standings = json_object_get_array_member (json_node_get_object (root), "units");
  g_assert_cmpint (exemplar_test_json_points (find_unit (standings, UNIT_B, &position), "total"), ==, 10050);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpint (exemplar_test_json_points (find_unit (standings, UNIT_A, &position), "total"), ==, 10000);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpint (exemplar_test_json_points (find_unit (standings, UNIT_C, &position), "total"), ==, 9900);
  g_assert_cmpuint (position, ==, 2);
}

/* Submits every sheet of the worked example's first units, for exports. */
static void
submit_all (Fixture *fixture)
{
  add_reviewers (fixture);
  draw (fixture);
  fill_sheets (fixture);

  g_free (run_ok (fixture, "score", "set", fixture->path, fixture->assigned[0][0], UNIT_A,
                  "1.1.1", "2", "--reason", "会议记录不全"));
  g_free (run_ok (fixture, "score", "set", fixture->path, fixture->assigned[2][1], UNIT_C,
                  "3.1.1", "1", "--reason", "依据\"台账\",缺2项\n另见附件"));
  g_free (run_ok (fixture, "score", "comment", fixture->path, fixture->assigned[0][0], UNIT_A, "总体较好"));

  for (guint i = 0; i < N_UNITS; i++)
    for (guint j = 0; j < PER_APPLICATION; j++)
      g_free (run_ok (fixture, "score", "submit", fixture->path, fixture->assigned[i][j], units[i]));
}

static gboolean
zip_lists (const char *path,
           const char *member)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  if (unzip != NULL)
    {
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      const char *argv[] = { unzip, "-l", path, NULL };
      int wait_status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &wait_status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
      return strstr (out, member) != NULL;
    }

  /* Without unzip: the central directory at the end holds every member's
   * name uncompressed, after the signature PK\1\2. */
  bytes = exemplar_test_file_bytes (path);
  data = g_bytes_get_data (bytes, &size);
  for (gsize i = 0; i + 46 + strlen (member) <= size; i++)
    if (memcmp (data + i, "PK\x01\x02", 4) == 0)
      {
        guint name_length = (guint8) data[i + 28] | ((guint8) data[i + 29] << 8);

        if (name_length == strlen (member) && i + 46 + name_length <= size &&
            memcmp (data + i + 46, member, name_length) == 0)
          return TRUE;
      }

  return FALSE;
}

/* A member's text, or NULL when there is no unzip to read it. */
static char *
zip_member_text (const char *path,
                 const char *member)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;
  const char *argv[] = { unzip, "-p", path, member, NULL };

  if (unzip == NULL)
    return NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));

  return out;
}

static void
test_export_scores (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) unknown_format = NULL;
  g_autoptr(ExemplarTestCliResult) no_folder = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GBytes) xlsx = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *csv_path = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (fixture->dir, "out.xlsx", NULL);
  g_autofree char *txt_path = g_build_filename (fixture->dir, "out.txt", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "nosuch", "out.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *list = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *scores_xml = NULL;
  g_autofree char *summary_xml = NULL;
  JsonArray *assignments;
  gsize length = 0;
  gint64 expected_rows = 0;
  gboolean found_deduction = FALSE;
  gboolean found_quoted = FALSE;

  submit_all (fixture);

  out = run_ok (fixture, "export", "scores", fixture->path, csv_path);
  g_assert_nonnull (strstr (out, "out.csv"));
  g_assert_true (g_file_get_contents (csv_path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (contents, length, NULL));

  /* One row per reviewer × unit × item of the submitted sheets. */
  list = run_ok (fixture, "assignments", fixture->path, "--json");
  root = exemplar_test_parse_json (list);
  assignments = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (assignments); i++)
    {
      JsonObject *assignment = json_array_get_object_element (assignments, i);

      g_assert_cmpstr (json_object_get_string_member (assignment, "state"), ==, "submitted");
      expected_rows += json_object_get_int_member (assignment, "leaves");
    }
  g_assert_cmpint (expected_rows, ==, 12 * 72);

  rows = parse_csv (contents + 3);
  g_assert_cmpuint (rows->len, ==, expected_rows + 1);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0), ==, "Unit code");
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (row->len, ==, 11);
      if (i == 0)
        continue;

      if (g_str_equal (g_ptr_array_index (row, 0), UNIT_A) &&
          g_str_equal (g_ptr_array_index (row, 2), fixture->assigned[0][0]) &&
          g_str_equal (g_ptr_array_index (row, 6), "1.1.1"))
        {
          g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "华阳路街道");
          g_assert_cmpstr (g_ptr_array_index (row, 8), ==, "2.50");
          g_assert_cmpstr (g_ptr_array_index (row, 9), ==, "2.00");
          g_assert_cmpstr (g_ptr_array_index (row, 10), ==, "会议记录不全");
          found_deduction = TRUE;
        }
      if (g_str_equal (g_ptr_array_index (row, 0), UNIT_C) &&
          g_str_equal (g_ptr_array_index (row, 6), "3.1.1") &&
          g_str_equal (g_ptr_array_index (row, 9), "1.00"))
        {
          g_assert_cmpstr (g_ptr_array_index (row, 10), ==, "依据\"台账\",缺2项\n另见附件");
          found_quoted = TRUE;
        }
    }
  g_assert_true (found_deduction);
  g_assert_true (found_quoted);

  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, "export", "scores", fixture->path, xlsx_path);
  xlsx = exemplar_test_file_bytes (xlsx_path);
  g_assert_cmpuint (g_bytes_get_size (xlsx), >, 4);
  g_assert_cmpmem (g_bytes_get_data (xlsx, NULL), 2, "PK", 2);
  g_assert_true (zip_lists (xlsx_path, "xl/worksheets/sheet1.xml"));
  g_assert_true (zip_lists (xlsx_path, "xl/worksheets/sheet2.xml"));
  scores_xml = zip_member_text (xlsx_path, "xl/worksheets/sheet1.xml");
  summary_xml = zip_member_text (xlsx_path, "xl/worksheets/sheet2.xml");
  if (scores_xml != NULL && summary_xml != NULL)
    {
      /* Scores as numbers, the reason as text; the summary has A's total. */
      g_assert_nonnull (strstr (scores_xml, "<v>2.5</v>"));
      g_assert_nonnull (strstr (scores_xml, "会议记录不全"));
      g_assert_nonnull (strstr (summary_xml, "华阳路街道"));
      g_assert_nonnull (strstr (summary_xml, "<v>99.83</v>"));
    }

  unknown_format = run (fixture, "export", "scores", fixture->path, txt_path);
  assert_refused (unknown_format, 1, ".xlsx");
  g_assert_false (g_file_test (txt_path, G_FILE_TEST_EXISTS));
  no_folder = run (fixture, "export", "scores", fixture->path, missing_path);
  assert_refused (no_folder, 1, "nosuch");

  assert_no_temporary_files (fixture);
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *sheet_path = g_build_filename (fixture->dir, "out-sheet.pdf", NULL);
  g_autofree char *report_path = g_build_filename (fixture->dir, "out-report.pdf", NULL);
  g_autofree char *sheet = NULL;
  g_autofree char *report = NULL;
  g_autoptr(ExemplarTestCliResult) unknown = NULL;

  submit_all (fixture);

  g_free (run_ok (fixture, "export", "sheet", fixture->path, fixture->assigned[0][0], UNIT_A, sheet_path));
  sheet = pdf_text (sheet_path);
  g_assert_nonnull (strstr (sheet, "华阳路街道"));
  g_assert_nonnull (strstr (sheet, "会议记录不全"));
  g_assert_nonnull (strstr (sheet, "总体较好"));
  g_assert_nonnull (strstr (sheet, "Reviewer’s signature"));
  g_assert_nonnull (strstr (sheet, "Date"));
  g_assert_nonnull (strstr (sheet, "SHA-256"));
  /* The last item and the total made it past the page breaks. */
  g_assert_nonnull (strstr (sheet, "9.3.2"));
  g_assert_nonnull (strstr (sheet, "99.5"));

  g_free (run_ok (fixture, "export", "assignments", fixture->path, report_path));
  report = pdf_text (report_path);
  g_assert_nonnull (strstr (report, "No reviewer is assigned to their own unit or to a unit they declared"));
  g_assert_nonnull (strstr (report, "周家桥街道"));
  g_assert_nonnull (strstr (report, "前任职"));
  g_assert_nonnull (strstr (report, "区教育局"));

  unknown = run (fixture, "export", "sheet", fixture->path, "99", UNIT_A, sheet_path);
  assert_refused (unknown, 1, "99");

  assert_no_temporary_files (fixture);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  static const char *commands[] = {
    "reviewer", "assign", "assignments", "score", "policy", "veto", "results", "export",
  };
  static const char *results_keys[] = {
    "policy", "units", "rank", "total", "subtotals", "sheets", "vetoed", "veto_reason", "flags",
    "sensitivity", "min_trim", "disagreement_percent",
  };
  g_autofree char *help = run_ok (fixture, "help");
  g_autofree char *results_help = run_ok (fixture, "results", "--help");
  g_autofree char *assignments_help = run_ok (fixture, "help", "assignments");
  g_autofree char *list_help = run_ok (fixture, "reviewer", "list", "--help");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (help, line));
    }
  for (guint i = 0; i < G_N_ELEMENTS (results_keys); i++)
    g_assert_nonnull (strstr (results_help, results_keys[i]));
  g_assert_nonnull (strstr (assignments_help, "branches"));
  g_assert_nonnull (strstr (list_help, "member_unit"));
  g_assert_nonnull (strstr (list_help, "conflicts"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli-evaluation/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("reviewers", test_reviewers);
  ADD ("assign", test_assign);
  ADD ("score-and-results", test_score_and_results);
  ADD ("export-scores", test_export_scores);
  ADD ("export-pdf", test_export_pdf);
  ADD ("help", test_help);

  return g_test_run ();
}
