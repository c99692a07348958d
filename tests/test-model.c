/* test-model.c: the model layer, headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-milestone.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-template.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* A directory, and the path of a campaign in it. */
typedef ExemplarTestFixture Fixture;

static gboolean
problems_mention (ExemplarRubric *rubric,
                  const char     *needle)
{
  GPtrArray *problems = exemplar_rubric_get_problems (rubric);

  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_points (void)
{
  struct { const char *text; gint64 value; const char *shown; } cases[] = {
    { "100", 10000, "100" }, { "2.5", 250, "2.5" }, { "0.25", 25, "0.25" },
    { " 1.50 ", 150, "1.5" }, { "0", 0, "0" }, { "-0.5", -50, "-0.5" }, { "3.", 300, "3" },
  };
  const char *bad[] = { "", "abc", "1.234", "1,5", ".", "1e3", "--1" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = NULL;
      gint64 value = -1;

      g_assert_true (exemplar_points_parse (cases[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, cases[i].value);
      shown = exemplar_points_format (value);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 0;

      g_assert_false (exemplar_points_parse (bad[i], &value, &error));
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
    }
}

static void
assert_notice_facts (ExemplarCampaign *campaign)
{
  const char *deadlines[] = { "2023-04-30", "2024-03-31", "2024-04-30", "2024-05-31" };
  const char *unit_names[] = { "华阳路街道", "江苏路街道", "新华路街道", "周家桥街道", "天山路街道",
                               "仙霞新村街道", "虹桥街道", "程家桥街道", "北新泾街道", "新泾镇" };
  GListModel *milestones = exemplar_campaign_get_milestones (campaign);
  GListModel *units = exemplar_campaign_get_units (campaign);

  g_assert_cmpstr (exemplar_campaign_get_document_number (campaign), ==, "长未保办〔2023〕1号");
  g_assert_cmpstr (exemplar_campaign_get_issuer (campaign), ==, "上海市长宁区未成年人保护委员会办公室");
  g_assert_cmpstr (exemplar_campaign_get_issued_on (campaign), ==, "2023-03-15");
  g_assert_cmpstr (exemplar_campaign_get_notice_title (campaign), ==, "关于创建未成年人保护示范街镇的通知");
  g_assert_cmpuint (exemplar_campaign_get_quota (campaign), ==, 3);
  g_assert_cmpint (exemplar_campaign_get_phase (campaign), ==, EXEMPLAR_PHASE_DECLARATION);

  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (milestones, i);
      g_assert_cmpstr (exemplar_milestone_get_deadline (milestone), ==, deadlines[i]);
      g_assert_cmpint (exemplar_milestone_get_phase (milestone), ==, (ExemplarPhase) i);
    }

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);
      const char *code = exemplar_unit_get_code (unit);

      g_assert_cmpstr (exemplar_unit_get_name (unit), ==, unit_names[i]);
      g_assert_true (g_str_has_prefix (code, "310105"));
      g_assert_cmpint (exemplar_unit_get_kind (unit), ==,
                       atoi (code + 6) >= 100 ? EXEMPLAR_UNIT_TOWN : EXEMPLAR_UNIT_SUBDISTRICT);
    }

  g_assert_cmpuint (g_list_model_get_n_items (exemplar_campaign_get_member_units (campaign)), >=, 13);
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_NOT_APPLIED), ==, 10);
}

typedef struct
{
  guint leaves;
  guint bonus;
  guint veto;
  gboolean complete;
} RubricCounts;

static void
count_indicator (gpointer item,
                 gpointer user_data)
{
  ExemplarIndicator *indicator = item;
  RubricCounts *counts = user_data;

  if (!exemplar_indicator_is_leaf (indicator))
    return;

  switch (exemplar_indicator_get_kind (indicator))
    {
    case EXEMPLAR_INDICATOR_ITEM:
      counts->leaves++;
      break;
    case EXEMPLAR_INDICATOR_BONUS:
      counts->bonus++;
      break;
    case EXEMPLAR_INDICATOR_VETO:
      counts->veto++;
      break;
    default:
      g_assert_not_reached ();
    }

  if (exemplar_indicator_get_rule (indicator) == NULL ||
      exemplar_indicator_get_methods (indicator) == NULL ||
      exemplar_indicator_get_evidence (indicator) == NULL ||
      exemplar_indicator_get_responsible (indicator) == NULL ||
      !exemplar_scoring_type_is_valid (exemplar_indicator_get_scoring_type (indicator)))
    counts->complete = FALSE;
}

static void
test_template_invariants (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  RubricCounts counts = { 0, 0, 0, TRUE };
  g_auto(GStrv) templates = exemplar_template_list ();

  g_assert_true (g_strv_contains ((const char * const *) templates, "changning-2023"));
  assert_notice_facts (campaign);
  g_assert_cmpint (exemplar_campaign_get_schema_version (campaign), ==, EXEMPLAR_SCHEMA_VERSION);

  g_assert_true (exemplar_rubric_get_valid (rubric));
  g_assert_cmpuint (exemplar_rubric_get_problems (rubric)->len, ==, 0);
  g_assert_cmpint (exemplar_rubric_get_total_points (rubric), ==, 100 * EXEMPLAR_POINTS_SCALE);
  g_assert_cmpint (exemplar_rubric_get_items_sum (rubric), ==, 100 * EXEMPLAR_POINTS_SCALE);
  g_assert_cmpint (exemplar_rubric_get_bonus_cap (rubric), >, 0);
  g_assert_true (exemplar_rubric_get_editable (rubric));

  exemplar_rubric_foreach (rubric, count_indicator, &counts);
  g_assert_cmpuint (counts.leaves, >=, 40);
  g_assert_cmpuint (counts.bonus, >=, 1);
  g_assert_cmpuint (counts.veto, >=, 1);
  g_assert_true (counts.complete);

  /* Six protections, leadership, mechanisms and the front-line base. */
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *code = g_strdup_printf ("%u", i + 1);
      g_assert_nonnull (exemplar_rubric_find (rubric, code));
    }
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(ExemplarCampaign) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_campaign_set_title (campaign, "长宁区 2023（示例）", &error));
  g_assert_no_error (error);
  g_clear_object (&campaign);

  reopened = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (exemplar_campaign_get_read_only (reopened));
  g_assert_cmpstr (exemplar_campaign_get_title (reopened), ==, "长宁区 2023（示例）");
  assert_notice_facts (reopened);
  g_assert_true (exemplar_rubric_get_valid (exemplar_campaign_get_rubric (reopened)));
  g_assert_true (exemplar_campaign_check (reopened, NULL));
}

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  ExemplarCampaign *again;

  g_assert_true (g_file_set_contents (fixture->path, "precious", -1, NULL));
  before = exemplar_test_file_bytes (fixture->path);

  again = exemplar_campaign_new_from_template (fixture->path, "changning-2023", &error);
  g_assert_null (again);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  after = exemplar_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  g_clear_error (&error);
  g_unlink (fixture->path);
  again = exemplar_campaign_new_from_template (fixture->path, "no-such-template", &error);
  g_assert_null (again);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = exemplar_test_file_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  ExemplarCampaign *campaign;

  campaign = exemplar_campaign_open (path, &error);
  g_assert_null (campaign);
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_assert_true (strstr (error->message, path) != NULL);
  after = exemplar_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuses_non_campaigns (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.exemplar", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.exemplar", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.exemplar", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.exemplar", NULL);
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;

  g_assert_true (g_file_set_contents (text, "评审材料 — not a database\n", -1, NULL));
  assert_refused_untouched (text, EXEMPLAR_ERROR_NOT_A_CAMPAIGN);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused_untouched (empty, EXEMPLAR_ERROR_NOT_A_CAMPAIGN);

  exemplar_test_sql_on_file (foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused_untouched (foreign, EXEMPLAR_ERROR_NOT_A_CAMPAIGN);

  campaign = exemplar_campaign_open (missing, &error);
  g_assert_null (campaign);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  campaign = exemplar_campaign_open (fixture->dir, &error);
  g_assert_null (campaign);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN);
}

static void
test_refuses_corrupt (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *damaged = NULL;
  gsize size;

  g_clear_object (&campaign);
  bytes = exemplar_test_file_bytes (fixture->path);
  damaged = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));

  /* Keep the 100-byte header, overwrite every page after the first. */
  for (gsize i = 4096; i < size; i++)
    damaged[i] = (guint8) (i * 131 + 7);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) damaged, (gssize) size, NULL));

  assert_refused_untouched (fixture->path, EXEMPLAR_ERROR_CORRUPT);
}

static void
test_newer_version_read_only (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  ExemplarRubric *rubric;
  ExemplarIndicator *leaf;
  ExemplarIndicatorFields fields;

  g_clear_object (&campaign);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");
  before = exemplar_test_file_bytes (fixture->path);

  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_get_read_only (campaign));
  g_assert_nonnull (strstr (exemplar_campaign_get_read_only_reason (campaign), "99"));
  assert_notice_facts (campaign);

  g_assert_false (exemplar_campaign_set_title (campaign, "changed", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);

  rubric = exemplar_campaign_get_rubric (campaign);
  g_assert_false (exemplar_rubric_get_editable (rubric));
  leaf = exemplar_rubric_find (rubric, "1.1.1");
  g_assert_nonnull (leaf);
  exemplar_indicator_get_fields (leaf, &fields);
  fields.points += 50;
  g_assert_false (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);

  g_clear_object (&campaign);
  after = exemplar_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_rubric_validation_names_indicator (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarIndicator *leaf = exemplar_rubric_find (rubric, "1.1.1");
  ExemplarIndicator *parent = exemplar_indicator_get_parent (leaf);
  g_autoptr(GError) error = NULL;
  ExemplarIndicatorFields fields;
  g_autofree char *parent_code = g_strdup (exemplar_indicator_get_code (parent));
  gint64 original;

  exemplar_indicator_get_fields (leaf, &fields);
  original = fields.points;
  fields.points = original + 50;
  g_assert_true (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
  g_assert_no_error (error);

  g_assert_false (exemplar_rubric_get_valid (rubric));
  g_assert_true (problems_mention (rubric, parent_code));
  g_assert_nonnull (exemplar_indicator_get_problem (parent));
  g_assert_null (exemplar_indicator_get_problem (leaf));
  g_assert_cmpint (exemplar_indicator_get_children_sum (parent), ==,
                   exemplar_indicator_get_points (parent) + 50);

  fields.points = original;
  g_assert_true (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
  g_assert_true (exemplar_rubric_get_valid (rubric));
  g_assert_null (exemplar_indicator_get_problem (parent));
}

static void
test_rubric_refuses_bad_fields (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarIndicator *leaf = exemplar_rubric_find (rubric, "1.1.1");
  ExemplarIndicatorFields fields;
  gint64 audit_before = exemplar_test_count_audit (campaign, NULL);
  struct { const char *code; const char *name; gint64 points; const char *methods; const char *responsible; } bad[] = {
    { "1.1.2", "dup", 100, "document", NULL },
    { "", "no code", 100, "document", NULL },
    { "x y", "spaces", 100, "document", NULL },
    { "1.1.1", "", 100, "document", NULL },
    { "1.1.1", "too many", 10100, "document", NULL },
    { "1.1.1", "negative", -50, "document", NULL },
    { "1.1.1", "method", 100, "document,telepathy", NULL },
    { "1.1.1", "member", 100, "document", "nobody" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      exemplar_indicator_get_fields (leaf, &fields);
      fields.code = bad[i].code;
      fields.name = bad[i].name;
      fields.points = bad[i].points;
      fields.methods = bad[i].methods;
      fields.responsible = bad[i].responsible;
      g_assert_false (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
    }

  /* A veto item carries no points. */
  {
    g_autoptr(GError) error = NULL;
    ExemplarIndicator *veto_branch = NULL;
    GListModel *roots = G_LIST_MODEL (rubric);

    for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
      {
        g_autoptr(ExemplarIndicator) root = g_list_model_get_item (roots, i);
        if (exemplar_indicator_get_kind (root) == EXEMPLAR_INDICATOR_VETO)
          veto_branch = root;
      }
    g_assert_nonnull (veto_branch);
    fields = (ExemplarIndicatorFields) { .code = "F.99", .name = "否决", .kind = EXEMPLAR_INDICATOR_VETO,
                                         .points = 100 };
    g_assert_null (exemplar_rubric_add_indicator (rubric, veto_branch, &fields, &error));
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  }

  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  g_assert_cmpstr (exemplar_indicator_get_code (leaf), ==, "1.1.1");
  g_assert_true (exemplar_rubric_get_valid (rubric));
}

static void
test_failed_mutation_leaves_no_trace (Fixture       *fixture,
                                      gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(ExemplarCampaign) reopened = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarIndicator *leaf = exemplar_rubric_find (rubric, "1.1.1");
  ExemplarIndicatorFields fields;
  gint64 original = exemplar_indicator_get_points (leaf);
  gint64 audit_before = exemplar_test_count_audit (campaign, NULL);
  sqlite3 *db = exemplar_database_get_handle (exemplar_campaign_get_database (campaign));

  /* The audit append fails after the UPDATE ran: the whole action must go. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit "
                                 "BEGIN SELECT RAISE (ABORT, 'disk gone'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  exemplar_indicator_get_fields (leaf, &fields);
  fields.points = original + 100;
  g_assert_false (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (exemplar_indicator_get_points (leaf), ==, original);
  g_assert_true (exemplar_rubric_get_valid (rubric));
  g_clear_error (&error);

  g_assert_false (exemplar_campaign_set_title (campaign, "不应保存", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  sqlite3_exec (db, "DROP TRIGGER temp.fail_audit", NULL, NULL, NULL);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  g_clear_object (&campaign);

  reopened = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_indicator_get_points (exemplar_rubric_find (exemplar_campaign_get_rubric (reopened), "1.1.1")),
                   ==, original);
  g_assert_cmpstr (exemplar_campaign_get_title (reopened), !=, "不应保存");
}

static void
test_audit_chain (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  int rc;

  g_assert_true (exemplar_campaign_set_title (campaign, "一", &error));
  g_assert_true (exemplar_campaign_set_title (campaign, "二", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), >=, 4);
  g_assert_true (exemplar_campaign_check (campaign, &problems));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Append-only: the file itself refuses changes to history. */
  db = exemplar_database_get_handle (exemplar_campaign_get_database (campaign));
  rc = sqlite3_exec (db, "UPDATE audit SET detail = 'x' WHERE id = 2", NULL, NULL, NULL);
  g_assert_cmpint (rc, !=, SQLITE_OK);
  rc = sqlite3_exec (db, "DELETE FROM audit WHERE id = 2", NULL, NULL, NULL);
  g_assert_cmpint (rc, !=, SQLITE_OK);
  g_clear_object (&campaign);

  /* Someone who drops the trigger and edits a row is still found out. */
  exemplar_test_sql_on_file (fixture->path,
               "DROP TRIGGER audit_no_update;"
               "UPDATE audit SET detail = 'template forged' WHERE id = 2;");
  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (exemplar_campaign_check (campaign, &problems));
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "2"));
}

static JsonNode *
load_template_with (const char *code,
                    gint64      points_delta_hundredths)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = exemplar_template_load ("changning-2023", &error);
  JsonObject *rubric;
  JsonArray *stack;

  g_assert_no_error (error);
  rubric = json_object_get_object_member (json_node_get_object (root), "rubric");
  stack = json_object_get_array_member (rubric, "indicators");

  /* Walk down the codes "1", "1.1", "1.1.1". */
  for (;;)
    {
      JsonObject *found = NULL;

      for (guint i = 0; i < json_array_get_length (stack); i++)
        {
          JsonObject *object = json_array_get_object_element (stack, i);
          const char *this_code = json_object_get_string_member (object, "code");

          if (g_str_has_prefix (code, this_code) &&
              (code[strlen (this_code)] == '\0' || code[strlen (this_code)] == '.'))
            found = object;
        }
      g_assert_nonnull (found);
      if (g_str_equal (json_object_get_string_member (found, "code"), code))
        {
          double points = json_object_get_double_member (found, "points");
          json_object_set_double_member (found, "points", points + points_delta_hundredths / 100.0);
          return root;
        }
      stack = json_object_get_array_member (found, "children");
    }
}

static void
test_template_refused_names_indicator (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(JsonNode) root = load_template_with ("2.1.1", 50);
  g_autoptr(ExemplarDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;

  db = exemplar_database_open (fixture->path, EXEMPLAR_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  g_assert_false (exemplar_template_apply (root, db, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  /* The branch above the changed leaf is named, and the rubric is refused whole. */
  g_assert_nonnull (strstr (error->message, "2.1 "));
  g_clear_object (&db);
  g_clear_error (&error);

  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_null (campaign);
  g_assert_nonnull (error);
}

static void
test_rubric_frozen_after_declaration (Fixture       *fixture,
                                      gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(GError) error = NULL;
  ExemplarIndicatorFields fields;
  ExemplarRubric *rubric;
  ExemplarIndicator *leaf;

  g_clear_object (&campaign);
  exemplar_test_sql_on_file (fixture->path, "UPDATE campaign SET phase = 'evaluation'");
  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);

  rubric = exemplar_campaign_get_rubric (campaign);
  g_assert_false (exemplar_rubric_get_editable (rubric));
  leaf = exemplar_rubric_find (rubric, "1.1.1");
  exemplar_indicator_get_fields (leaf, &fields);
  fields.points += 50;
  g_assert_false (exemplar_rubric_update_indicator (rubric, leaf, &fields, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_rubric_delete_indicator (rubric, leaf, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_rubric_move_indicator (rubric, leaf, 1, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_nonnull (exemplar_rubric_find (rubric, "1.1.1"));
}

static void
test_rubric_add_move_delete_persist (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(GError) error = NULL;
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarIndicator *branch = exemplar_rubric_find (rubric, "1.1");
  GListModel *children = exemplar_indicator_get_children (branch);
  guint n_before = g_list_model_get_n_items (children);
  ExemplarIndicatorFields fields = {
    .code = "1.1.9", .name = "新增指标", .kind = EXEMPLAR_INDICATOR_ITEM, .points = 50,
    .scoring_type = "yes_no", .rule = "有则得分", .methods = "document", .evidence = "文件",
    .responsible = "mz",
  };
  ExemplarIndicator *added;
  g_autoptr(ExemplarIndicator) first = NULL;
  g_autoptr(ExemplarIndicator) second = NULL;
  g_autofree char *first_code = NULL;
  g_autofree char *second_code = NULL;

  added = exemplar_rubric_add_indicator (rubric, branch, &fields, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, n_before + 1);
  g_assert_true (exemplar_indicator_get_parent (added) == branch);
  /* Branch 1.1 now has half a point more than it says. */
  g_assert_false (exemplar_rubric_get_valid (rubric));
  g_assert_true (problems_mention (rubric, "1.1 "));

  g_assert_true (exemplar_rubric_move_indicator (rubric, added, -1, &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_rubric_move_indicator (rubric, exemplar_rubric_find (rubric, "1"), -1, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  first = g_list_model_get_item (children, n_before - 1);
  second = g_list_model_get_item (children, n_before);
  first_code = g_strdup (exemplar_indicator_get_code (first));
  second_code = g_strdup (exemplar_indicator_get_code (second));
  g_assert_cmpstr (first_code, ==, "1.1.9");

  g_clear_object (&campaign);
  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  rubric = exemplar_campaign_get_rubric (campaign);
  branch = exemplar_rubric_find (rubric, "1.1");
  children = exemplar_indicator_get_children (branch);
  g_clear_object (&first);
  first = g_list_model_get_item (children, n_before - 1);
  g_assert_cmpstr (exemplar_indicator_get_code (first), ==, "1.1.9");
  g_assert_cmpstr (exemplar_indicator_get_responsible (first), ==, "mz");

  g_assert_true (exemplar_rubric_delete_indicator (rubric, first, &error));
  g_assert_no_error (error);
  g_assert_null (exemplar_rubric_find (rubric, "1.1.9"));
  g_assert_true (exemplar_rubric_get_valid (rubric));

  /* Deleting a branch takes its children along. */
  g_assert_true (exemplar_rubric_delete_indicator (rubric, branch, &error));
  g_assert_no_error (error);
  g_assert_null (exemplar_rubric_find (rubric, "1.1.1"));
  g_assert_false (exemplar_rubric_get_valid (rubric));
  g_assert_true (problems_mention (rubric, "1 "));
  g_assert_true (exemplar_campaign_check (campaign, NULL));
}

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = exemplar_test_campaign_new (fixture->path, NULL);
  g_autoptr(ExemplarCampaign) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "副本.exemplar", NULL);

  g_assert_true (exemplar_campaign_set_title (campaign, "备份前", &error));
  g_assert_true (exemplar_campaign_save_copy (campaign, copy_path, &error));
  g_assert_no_error (error);

  g_assert_false (exemplar_campaign_save_copy (campaign, copy_path, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);

  copy = exemplar_campaign_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_campaign_get_title (copy), ==, "备份前");
  g_assert_true (exemplar_campaign_check (copy, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/" path, Fixture, NULL, exemplar_test_fixture_set_up, func, exemplar_test_fixture_tear_down)

  g_test_add_func ("/model/points/exact", test_points);
  ADD ("template/invariants", test_template_invariants);
  ADD ("template/refused-names-indicator", test_template_refused_names_indicator);
  ADD ("campaign/reopen", test_reopen);
  ADD ("campaign/create-refuses-existing", test_create_refuses_existing);
  ADD ("campaign/refuses-non-campaigns", test_refuses_non_campaigns);
  ADD ("campaign/refuses-corrupt", test_refuses_corrupt);
  ADD ("campaign/newer-version-read-only", test_newer_version_read_only);
  ADD ("campaign/failed-mutation-leaves-no-trace", test_failed_mutation_leaves_no_trace);
  ADD ("campaign/save-copy", test_save_copy);
  ADD ("audit/chain", test_audit_chain);
  ADD ("rubric/validation-names-indicator", test_rubric_validation_names_indicator);
  ADD ("rubric/refuses-bad-fields", test_rubric_refuses_bad_fields);
  ADD ("rubric/frozen-after-declaration", test_rubric_frozen_after_declaration);
  ADD ("rubric/add-move-delete-persist", test_rubric_add_move_delete_persist);

#undef ADD

  return g_test_run ();
}
