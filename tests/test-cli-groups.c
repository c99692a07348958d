/* test-cli-groups.c: working groups and flag reviews through exemplar-cli,
 * as a script sees them, on a campaign in its evaluation phase made at
 * test time: nine submitted applications, four experts, two rounds, and
 * 新华路街道's item 3.1.1 scored 0, 1 and 2 of 2 by three of them, so that
 * it is flagged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "exemplar-campaign.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"

#include "exemplar-test-util.h"

#define DRAFT_UNIT "310105102"
#define FLAGGED_UNIT "310105004"  /* 新华路街道 */

typedef ExemplarTestFixture Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_ok(fixture, ...) \
  exemplar_test_cli_run_ok ((fixture)->dir, (const char *[]) { __VA_ARGS__, NULL })

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
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ExemplarReviewer *experts[4];
  g_autoptr(GError) error = NULL;
  ExemplarEvaluation *evaluation;
  const char *points[3] = { "3.1.1=0", "3.1.1=1", "3.1.1=2" };

  exemplar_test_fixture_set_up_submitted (fixture, DRAFT_UNIT);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, NULL, &error));
  g_assert_no_error (error);
  evaluation = exemplar_campaign_get_evaluation (fixture->campaign);

  for (guint i = 0; i < G_N_ELEMENTS (experts); i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", i + 1);

      experts[i] = exemplar_test_add_reviewer (fixture->campaign, name, EXEMPLAR_AFFILIATION_EXPERT, NULL);
    }
  g_assert_nonnull (exemplar_evaluation_add_round (evaluation, "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 0, &error));
  g_assert_no_error (error);
  g_assert_nonnull (exemplar_evaluation_add_round (evaluation, "实地评估", EXEMPLAR_METHOD_ONSITE, 0, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(ExemplarScoreSheet) sheet = NULL;
      g_autoptr(ExemplarRound) round = g_list_model_get_item (exemplar_evaluation_get_rounds (evaluation), 0);

      sheet = exemplar_test_score (fixture->campaign, experts[i], FLAGGED_UNIT, round, points[i], TRUE);
    }

  g_clear_object (&fixture->campaign);
}

static JsonNode *
list_groups (Fixture *fixture)
{
  g_autofree char *out = run_ok (fixture, "group", "list", fixture->path, "--json");

  return exemplar_test_parse_json (out);
}

static void
test_groups (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) duplicate = NULL;
  g_autoptr(ExemplarTestCliResult) outsider = NULL;
  g_autoptr(ExemplarTestCliResult) unknown = NULL;
  g_autoptr(ExemplarTestCliResult) locked = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) added = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *assigned = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *removed = NULL;
  JsonObject *group;
  JsonArray *members;

  empty = run_ok (fixture, "group", "list", fixture->path);
  g_assert_cmpstr (empty, ==, "No working groups.\n");

  out = run_ok (fixture, "group", "add", fixture->path, "实地评估工作组", "--round", "实地评估", "--json");
  added = exemplar_test_parse_json (out);
  group = json_node_get_object (added);
  g_assert_cmpstr (json_object_get_string_member (group, "name"), ==, "实地评估工作组");
  g_assert_cmpstr (json_object_get_string_member (group, "round"), ==, "实地评估");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (group, "members")), ==, 0);

  duplicate = run (fixture, "group", "add", fixture->path, "实地评估工作组");
  assert_refused (duplicate, 1, "实地评估工作组");

  g_free (run_ok (fixture, "group", "member", "add", fixture->path, "实地评估工作组", "1"));
  text = run_ok (fixture, "group", "member", "add", fixture->path, "实地评估工作组", "专家2");
  g_assert_nonnull (strstr (text, "专家1、专家2"));

  root = list_groups (fixture);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  group = json_array_get_object_element (json_node_get_array (root), 0);
  members = json_object_get_array_member (group, "members");
  g_assert_cmpuint (json_array_get_length (members), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (members, 0), "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (members, 1), "name"), ==, "专家2");
  g_clear_pointer (&root, json_node_unref);

  /* The on-site round now takes only the group's members. */
  outsider = run (fixture, "assign", fixture->path, "--reviewer", "4", "--unit", "310105001", "--round", "实地评估");
  assert_refused (outsider, 1, "实地评估工作组");
  assigned = run_ok (fixture, "assign", fixture->path, "--reviewer", "2", "--unit", "310105001", "--round", "实地评估");

  g_free (run_ok (fixture, "group", "member", "remove", fixture->path, "实地评估工作组", "1"));
  unknown = run (fixture, "group", "member", "remove", fixture->path, "实地评估工作组", "1");
  assert_refused (unknown, 1, "专家1");

  renamed = run_ok (fixture, "group", "rename", fixture->path, "1", "第一组");
  g_assert_nonnull (strstr (renamed, "第一组"));
  removed = run_ok (fixture, "group", "remove", fixture->path, "第一组");
  g_assert_nonnull (strstr (removed, "第一组"));
  root = list_groups (fixture);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 0);

  /* After the evaluation, groups are locked. */
  exemplar_test_sql_on_file (fixture->path, "UPDATE campaign SET phase = 'publicity'");
  locked = run (fixture, "group", "add", fixture->path, "第二组");
  assert_refused (locked, 1, "Publicity");
}

static void
test_flag_review (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) no_note = NULL;
  g_autoptr(ExemplarTestCliResult) empty_note = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(JsonNode) cleared = NULL;
  g_autofree char *results = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *results_after = NULL;
  g_autofree char *results_cleared = NULL;
  JsonObject *unit = NULL;
  JsonArray *units;
  JsonArray *reviews;

  results = run_ok (fixture, "results", fixture->path, "--json");
  before = exemplar_test_parse_json (results);
  units = json_object_get_array_member (json_node_get_object (before), "units");
  for (guint i = 0; i < json_array_get_length (units); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (units, i), "code"), FLAGGED_UNIT))
      unit = json_array_get_object_element (units, i);
  g_assert_nonnull (unit);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (unit, "flags"), 0), ==, "3.1.1");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (unit, "reviewed_flags")), ==, 0);

  no_note = run (fixture, "flag", "review", fixture->path, FLAGGED_UNIT, "3.1.1");
  assert_refused (no_note, 2, "--note");
  empty_note = run (fixture, "flag", "review", fixture->path, FLAGGED_UNIT, "3.1.1", "--note", " ");
  assert_refused (empty_note, 1, "note");

  reviewed = run_ok (fixture, "flag", "review", fixture->path, FLAGGED_UNIT, "3.1.1", "--note", "已现场复核");
  g_assert_nonnull (strstr (reviewed, "已现场复核"));

  results_after = run_ok (fixture, "results", fixture->path, "--json");
  after = exemplar_test_parse_json (results_after);
  units = json_object_get_array_member (json_node_get_object (after), "units");
  for (guint i = 0; i < json_array_get_length (units); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (units, i), "code"), FLAGGED_UNIT))
      unit = json_array_get_object_element (units, i);
  reviews = json_object_get_array_member (unit, "reviewed_flags");
  g_assert_cmpuint (json_array_get_length (reviews), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reviews, 0), "code"), ==, "3.1.1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reviews, 0), "note"), ==, "已现场复核");

  g_free (run_ok (fixture, "flag", "clear", fixture->path, FLAGGED_UNIT, "3.1.1"));
  results_cleared = run_ok (fixture, "results", fixture->path, "--json");
  cleared = exemplar_test_parse_json (results_cleared);
  units = json_object_get_array_member (json_node_get_object (cleared), "units");
  for (guint i = 0; i < json_array_get_length (units); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (units, i), "code"), FLAGGED_UNIT))
      unit = json_array_get_object_element (units, i);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (unit, "reviewed_flags")), ==, 0);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *group = run_ok (fixture, "group", "--help");
  g_autofree char *list = run_ok (fixture, "group", "list", "--help");
  g_autofree char *member = run_ok (fixture, "group", "member", "--help");
  g_autofree char *flag = run_ok (fixture, "flag", "review", "--help");

  g_assert_nonnull (strstr (group, "member"));
  g_assert_nonnull (strstr (list, "members"));
  g_assert_nonnull (strstr (member, "remove"));
  g_assert_nonnull (strstr (flag, "--note"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli-groups/" name, Fixture, NULL, fixture_set_up, func, exemplar_test_fixture_tear_down)

  ADD ("groups", test_groups);
  ADD ("flag-review", test_flag_review);
  ADD ("help", test_help);

#undef ADD

  return g_test_run ();
}
