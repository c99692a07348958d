/* test-declaration.c: the application (申报表), self-assessment and the
 * rules that lock them, headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evidence-private.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

/* 华阳路街道, first in the official order. */
#define UNIT "310105001"
#define OTHER_UNIT "310105002"
#define BEFORE_DEADLINE "2023-04-20"

/* A directory, and the path of a campaign in it. */
typedef ExemplarTestFixture Fixture;

/* The real deadline, 2023-04-30, has passed: judge against a day before it. */
static ExemplarCampaign *
create_campaign (Fixture *fixture)
{
  return exemplar_test_campaign_new (fixture->path, BEFORE_DEADLINE);
}

static ExemplarCampaign *
reopen (Fixture *fixture)
{
  return exemplar_test_campaign_open (fixture->path, BEFORE_DEADLINE);
}

static ExemplarDeclaration *
declaration_of (ExemplarCampaign *campaign,
                const char       *unit)
{
  return exemplar_test_find_declaration (campaign, unit);
}

static ExemplarIndicator *
find (ExemplarCampaign *campaign,
      const char       *code)
{
  return exemplar_test_find_indicator (campaign, code);
}

static sqlite3 *
handle_of (ExemplarCampaign *campaign)
{
  return exemplar_database_get_handle (exemplar_campaign_get_database (campaign));
}

static char *
repeat (const char *text,
        guint       times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, text);
  return g_string_free (out, FALSE);
}

static gboolean
contains (GPtrArray  *lines,
          const char *needle)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
set_field (ExemplarDeclaration *declaration,
           const char          *key,
           const char          *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_declaration_set_field (declaration, key, value, &error));
  g_assert_no_error (error);
}

static void
set_score (ExemplarCampaign    *campaign,
           ExemplarDeclaration *declaration,
           const char          *code,
           gint64               points)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_declaration_set_self_score (declaration, find (campaign, code),
                                                      points, NULL, &error));
  g_assert_no_error (error);
}

/* A valid value for every field of the form, by type. */
static void
fill_form (ExemplarDeclaration *declaration)
{
  const ExemplarFormField *fields;
  guint n_fields;

  fields = exemplar_form_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *value = NULL;

      switch (fields[i].type)
        {
        case EXEMPLAR_FIELD_TEXT: value = "张三"; break;
        case EXEMPLAR_FIELD_NUMBER: value = "12"; break;
        case EXEMPLAR_FIELD_DECIMAL: value = "120.5"; break;
        case EXEMPLAR_FIELD_NARRATIVE: value = "建立家庭教育指导服务站，开展亲子活动。"; break;
        case EXEMPLAR_FIELD_DATE: value = "2023-04-25"; break;
        case EXEMPLAR_FIELD_BOOLEAN: value = "true"; break;
        default: g_assert_not_reached ();
        }
      set_field (declaration, fields[i].key, value);
    }
}

static void
score_leaf (gpointer data,
            gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  ExemplarDeclaration *declaration = user_data;
  g_autoptr(GError) error = NULL;

  if (!exemplar_indicator_is_leaf (indicator) ||
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO)
    return;

  g_assert_true (exemplar_declaration_set_self_score (declaration, indicator,
                                                      exemplar_indicator_get_points (indicator),
                                                      NULL, &error));
  g_assert_no_error (error);
}

static void
score_everything (ExemplarCampaign    *campaign,
                  ExemplarDeclaration *declaration)
{
  exemplar_rubric_foreach (exemplar_campaign_get_rubric (campaign), score_leaf, declaration);
}

/* Stores evidence the way the import does: bytes once per SHA-256 with
 * their text, an attachment row, then the object handed to the application. */
static ExemplarEvidence *
attach (ExemplarCampaign    *campaign,
        ExemplarDeclaration *declaration,
        const char          *code,
        const char          *purpose,
        const char          *content)
{
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  sqlite3 *db = handle_of (campaign);
  sqlite3_stmt *stmt = NULL;
  ExemplarEvidence *evidence;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT OR IGNORE INTO blob (sha256, size, media_type, data) "
                                       "VALUES (?1, length (?2), 'application/pdf', CAST (?2 AS BLOB))",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, content, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO evidence (application_id, indicator_id, sha256, title, "
                                       "  original_name, pages, purpose, added_at) "
                                       "VALUES (?1, (SELECT id FROM indicator WHERE code = ?2), ?3, ?4, ?5, 1, ?6, "
                                       "  '2023-04-20T08:00:00Z')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, "scan.pdf", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, purpose, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  id = sqlite3_last_insert_rowid (db);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO evidence_text (text, sha256, page) VALUES (?, ?, 1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sha256, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT " EXEMPLAR_EVIDENCE_COLUMNS " "
                                       "FROM evidence e JOIN blob b ON b.sha256 = e.sha256 "
                                       "LEFT JOIN indicator i ON i.id = e.indicator_id WHERE e.id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  evidence = _exemplar_evidence_new_from_row (stmt);
  sqlite3_finalize (stmt);

  _exemplar_declaration_add_evidence (declaration, evidence);
  g_object_unref (evidence);

  return evidence;
}

/* Everything a submission needs. */
static void
complete (ExemplarCampaign    *campaign,
          ExemplarDeclaration *declaration)
{
  fill_form (declaration);
  score_everything (campaign, declaration);
  attach (campaign, declaration, NULL, "seal", "党工委意见盖章页");
}

static guint n_notified;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  n_notified++;
}

static void
on_changed_cb (ExemplarDeclaration *declaration,
               gpointer             user_data)
{
  n_notified++;
}

static void
count_item_leaf (gpointer data,
                 gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  guint *count = user_data;

  if (exemplar_indicator_is_leaf (indicator) &&
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_ITEM)
    (*count)++;
}

static void
test_fields_survive_reopen (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autofree char *narrative = repeat ("未", 1000);
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  const char *reason = NULL;

  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);
  g_assert_true (exemplar_declaration_get_editable (declaration, &reason));
  g_assert_null (reason);

  n_notified = 0;
  g_signal_connect (declaration, "notify::state", G_CALLBACK (on_notify_cb), NULL);

  /* The first edit starts the draft. */
  set_field (declaration, "party_secretary", "  王建国 ");
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);
  g_assert_cmpuint (n_notified, ==, 1);

  set_field (declaration, "resident_population", "152000");
  set_field (declaration, "station_area", "320.5");
  set_field (declaration, "work_family", narrative);
  set_field (declaration, "party_opinion_date", "2023-04-28");
  set_field (declaration, "commitment", "true");
  set_field (declaration, "contact_phone", "021-62590000");
  set_field (declaration, "contact_phone", "");
  g_assert_cmpuint (n_notified, ==, 1);

  g_clear_object (&campaign);
  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);

  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "party_secretary"), ==, "王建国");
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "resident_population"), ==, "152000");
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "station_area"), ==, "320.5");
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "work_family"), ==, narrative);
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "party_opinion_date"), ==, "2023-04-28");
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "commitment"), ==, "true");
  g_assert_null (exemplar_declaration_get_field (declaration, "contact_phone"));

  /* Other units' applications are untouched. */
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (campaign, OTHER_UNIT)),
                   ==, EXEMPLAR_STATE_NOT_APPLIED);
  g_assert_null (exemplar_declaration_get_field (declaration_of (campaign, OTHER_UNIT), "party_secretary"));

  /* "false" takes the commitment back. */
  set_field (declaration, "commitment", "false");
  g_assert_null (exemplar_declaration_get_field (declaration, "commitment"));
  g_assert_true (exemplar_campaign_check (campaign, NULL));
}

static void
test_form_table (void)
{
  const char * const *sections = exemplar_form_get_sections ();
  const ExemplarFormField *fields;
  guint n_fields;
  guint n_work = 0;

  fields = exemplar_form_get_fields (&n_fields);
  g_assert_cmpuint (n_fields, >=, 25);
  g_assert_cmpstr (sections[0], ==, "leaders");
  g_assert_cmpstr (sections[6], ==, "opinion");
  g_assert_null (sections[7]);

  for (guint i = 0; sections[i] != NULL; i++)
    g_assert_nonnull (exemplar_form_section_get_title (sections[i]));

  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_true (exemplar_form_find_field (fields[i].key) == &fields[i]);
      g_assert_true (g_strv_contains (sections, fields[i].section));
      g_assert_nonnull (exemplar_form_field_get_title (&fields[i]));
      if (g_str_equal (fields[i].section, "work"))
        {
          g_assert_cmpint (fields[i].type, ==, EXEMPLAR_FIELD_NARRATIVE);
          g_assert_cmpuint (fields[i].max_chars, ==, 1000);
          n_work++;
        }
    }

  g_assert_cmpuint (n_work, ==, 6);
  g_assert_cmpuint (exemplar_form_find_field ("highlights")->max_chars, ==, 2000);
  g_assert_cmpint (exemplar_form_find_field ("commitment")->type, ==, EXEMPLAR_FIELD_BOOLEAN);
  g_assert_null (exemplar_form_find_field ("nonsense"));
  g_assert_nonnull (exemplar_form_get_commitment_text ());
}

static void
assert_refused (ExemplarDeclaration *declaration,
                const char          *key,
                const char          *value,
                const char          *needle1,
                const char          *needle2)
{
  g_autoptr(GError) error = NULL;
  const char *before = exemplar_declaration_get_field (declaration, key);
  g_autofree char *kept = g_strdup (before);

  g_assert_false (exemplar_declaration_set_field (declaration, key, value, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  if (needle1 != NULL)
    g_assert_nonnull (strstr (error->message, needle1));
  if (needle2 != NULL)
    g_assert_nonnull (strstr (error->message, needle2));
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, key), ==, kept);
}

static void
test_field_validation (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autofree char *too_long = repeat ("护", 1001);
  g_autofree char *highlights = repeat ("亮", 2000);
  g_autofree char *long_line = repeat ("x", 51);
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  gint64 audit_before = exemplar_test_count_audit (campaign, NULL);

  /* Limits count characters: 1001 Chinese characters are 3003 bytes. */
  assert_refused (declaration, "work_family", too_long, "Family protection", "1000");
  assert_refused (declaration, "work_family", too_long, "1001", NULL);
  assert_refused (declaration, "schools", "abc", "Schools", "abc");
  assert_refused (declaration, "schools", "-1", "Schools", "-1");
  assert_refused (declaration, "schools", "1.5", "Schools", NULL);
  assert_refused (declaration, "station_area", "1.234", "area", NULL);
  assert_refused (declaration, "station_area", "-3", "area", NULL);
  assert_refused (declaration, "party_opinion_date", "2023-02-30", "Date of the opinion", NULL);
  assert_refused (declaration, "party_opinion_date", "28/04/2023", "YYYY-MM-DD", NULL);
  assert_refused (declaration, "commitment", "yes", "commitment", NULL);
  assert_refused (declaration, "party_secretary", "王\n建国", "Party secretary", "one line");
  assert_refused (declaration, "party_secretary", long_line, "50", "51");
  assert_refused (declaration, "no_such_field", "1", "no_such_field", NULL);

  /* Nothing was stored, nothing was audited, the unit did not apply. */
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);

  set_field (declaration, "highlights", highlights);
  set_field (declaration, "schools", " 7 ");
  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "schools"), ==, "7");
  set_field (declaration, "station_area", "86");
}

static void
test_self_score_bounds (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  ExemplarIndicator *leaf = find (campaign, "1.1.1");  /* 2.5 points */
  const gint64 refused[] = { 300, -50, 125, 10 };
  const char *note = NULL;
  gint64 points = -1;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (exemplar_declaration_set_self_score (declaration, leaf, refused[i], NULL, &error));
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
      /* The message gives the item and its bounds. */
      g_assert_nonnull (strstr (error->message, "1.1.1"));
      g_assert_nonnull (strstr (error->message, "2.5"));
      g_assert_nonnull (strstr (error->message, "0.5"));
      g_clear_error (&error);
    }
  g_assert_false (exemplar_declaration_get_self_score (declaration, leaf, NULL, NULL));

  /* Branches and veto items are not self-scored. */
  g_assert_false (exemplar_declaration_set_self_score (declaration, find (campaign, "1.1"), 0, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_set_self_score (declaration, find (campaign, "F.1"), 0, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_declaration_set_self_score (declaration, leaf, 250, " 有制度文件 ", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_declaration_get_self_score (declaration, leaf, &points, &note));
  g_assert_cmpint (points, ==, 250);
  g_assert_cmpstr (note, ==, "有制度文件");

  g_assert_true (exemplar_declaration_set_self_score (declaration, leaf, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_declaration_get_self_score (declaration, leaf, &points, &note));
  g_assert_cmpint (points, ==, 0);
  g_assert_null (note);

  g_assert_true (exemplar_declaration_set_self_score (declaration, leaf, 150, NULL, &error));
  g_clear_object (&campaign);
  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_true (exemplar_declaration_get_self_score (declaration, find (campaign, "1.1.1"), &points, NULL));
  g_assert_cmpint (points, ==, 150);

  g_assert_true (exemplar_declaration_clear_self_score (declaration, find (campaign, "1.1.1"), &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_declaration_get_self_score (declaration, find (campaign, "1.1.1"), NULL, NULL));
}

static void
test_totals (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  gint64 notified_total = -1;

  n_notified = 0;
  g_signal_connect (declaration, "notify::self-total", G_CALLBACK (on_notify_cb), NULL);

  set_score (campaign, declaration, "1.1.1", 250);
  set_score (campaign, declaration, "1.1.2", 100);
  set_score (campaign, declaration, "1.2.3", 50);
  set_score (campaign, declaration, "2.1.1", 150);

  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "1.1")), ==, 350);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "1.2")), ==, 50);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "1")), ==, 400);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "1.1.1")), ==, 250);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 550);
  g_assert_cmpuint (n_notified, ==, 4);

  /* 3 + 3 + 2 bonus points claimed, 5 given: the cap holds. */
  set_score (campaign, declaration, "J.1", 300);
  set_score (campaign, declaration, "J.2", 300);
  set_score (campaign, declaration, "J.3", 200);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, find (campaign, "J")), ==, 500);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 1050);
  g_object_get (declaration, "self-total", &notified_total, NULL);
  g_assert_cmpint (notified_total, ==, 1050);

  /* Below the cap nothing is lost. */
  g_assert_true (exemplar_declaration_clear_self_score (declaration, find (campaign, "J.1"), &error));
  g_assert_true (exemplar_declaration_clear_self_score (declaration, find (campaign, "J.2"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 750);

  /* Full marks on every item and every bonus item: 100 + 5. */
  score_everything (campaign, declaration);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 10500);
  g_clear_object (&campaign);

  campaign = reopen (fixture);
  g_object_get (declaration_of (campaign, UNIT), "self-total", &notified_total, NULL);
  g_assert_cmpint (notified_total, ==, 10500);
}

static void
test_submit_lists_missing (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  const ExemplarFormField *fields;
  guint n_fields;
  guint n_required = 0;
  gint64 audit_before;

  fields = exemplar_form_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    n_required += fields[i].required;

  set_field (declaration, "party_secretary", "王建国");
  set_score (campaign, declaration, "1.1.1", 200);
  audit_before = exemplar_test_count_audit (campaign, NULL);

  g_assert_false (exemplar_declaration_submit (declaration, &missing, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (missing);

  /* Every empty required field but the one filled in, the commitment among
   * them; every scored leaf (items and bonus items) but the one scored; the
   * seal scan. */
  g_assert_cmpuint (missing->len, ==, (n_required - 1) + (exemplar_rubric_get_leaf_count (rubric) - 1) + 1);
  g_assert_true (contains (missing, "Director or town mayor"));
  g_assert_true (contains (missing, "Family protection"));
  g_assert_true (contains (missing, "Truthfulness commitment"));
  g_assert_true (contains (missing, "1.1.2 "));
  g_assert_true (contains (missing, "J.5 "));
  g_assert_true (contains (missing, "seal"));
  g_assert_false (contains (missing, "Party secretary"));
  g_assert_false (contains (missing, "Honours"));
  g_assert_false (contains (missing, "1.1.1 "));
  g_assert_false (contains (missing, "F.1 "));
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  g_clear_pointer (&missing, g_ptr_array_unref);
  g_clear_error (&error);

  /* Without a list to fill, the message carries it. */
  g_assert_false (exemplar_declaration_submit (declaration, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Truthfulness commitment"));
  g_clear_error (&error);

  complete (campaign, declaration);
  missing = exemplar_declaration_get_missing (declaration);
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_ptr_array_unref);

  g_assert_true (exemplar_declaration_submit (declaration, &missing, &error));
  g_assert_no_error (error);
  g_assert_null (missing);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_SUBMITTED);
  g_assert_nonnull (exemplar_declaration_get_submitted_at (declaration));
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM audit WHERE action = 'application.submit' "
                                                      "AND target = '" UNIT "'"), ==, 1);

  g_clear_object (&campaign);
  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_SUBMITTED);
  g_assert_nonnull (exemplar_declaration_get_submitted_at (declaration));
  g_assert_cmpuint (exemplar_campaign_count_state (campaign, EXEMPLAR_STATE_SUBMITTED), ==, 1);
}

/* Every kind of edit fails with @code and changes nothing, in memory or in
 * the file. */
static void
assert_every_edit_refused (ExemplarCampaign    *campaign,
                           ExemplarDeclaration *declaration,
                           int                  code,
                           const char          *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(ExemplarEvidence) evidence = NULL;
  g_autofree char *secretary = g_strdup (exemplar_declaration_get_field (declaration, "party_secretary"));
  ExemplarState state = exemplar_declaration_get_state (declaration);
  gint64 total = exemplar_declaration_get_self_total (declaration, NULL);
  guint n_evidence = g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));
  gint64 audit_before = exemplar_test_count_audit (campaign, NULL);
  const char *reason = NULL;

  g_assert_false (exemplar_declaration_get_editable (declaration, &reason));
  g_assert_nonnull (strstr (reason, needle));

  g_assert_false (exemplar_declaration_set_field (declaration, "party_secretary", "李四", &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
  g_clear_error (&error);

  g_assert_false (exemplar_declaration_set_self_score (declaration, find (campaign, "1.1.1"), 0, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_clear_error (&error);

  g_assert_false (exemplar_declaration_clear_self_score (declaration, find (campaign, "1.1.2"), &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_clear_error (&error);

  g_assert_false (exemplar_declaration_submit (declaration, &missing, &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  g_assert_null (missing);
  g_clear_error (&error);

  if (n_evidence > 0)
    {
      evidence = g_list_model_get_item (exemplar_declaration_get_evidence (declaration), 0);
      g_assert_false (exemplar_declaration_remove_evidence (declaration, evidence, &error));
      g_assert_error (error, EXEMPLAR_ERROR, code);
      g_clear_error (&error);
    }

  g_assert_cmpstr (exemplar_declaration_get_field (declaration, "party_secretary"), ==, secretary);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, state);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, total);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)), ==, n_evidence);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
}

static void
test_locked_after_submit (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);

  complete (campaign, declaration);
  g_assert_true (exemplar_declaration_submit (declaration, NULL, &error));
  g_assert_no_error (error);

  assert_every_edit_refused (campaign, declaration, EXEMPLAR_ERROR_LOCKED_BY_PHASE, "submitted");
  g_clear_object (&campaign);

  /* The lock is in the file, not in one object. */
  campaign = reopen (fixture);
  assert_every_edit_refused (campaign, declaration_of (campaign, UNIT),
                             EXEMPLAR_ERROR_LOCKED_BY_PHASE, "submitted");
}

static void
test_locked_after_deadline (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);

  set_field (declaration, "party_secretary", "王建国");
  set_score (campaign, declaration, "1.1.2", 100);
  attach (campaign, declaration, "1.1.1", "evidence", "工作制度");

  /* The deadline day itself still counts. */
  exemplar_campaign_set_today (campaign, "2023-04-30");
  set_field (declaration, "director", "赵六");

  exemplar_campaign_set_today (campaign, "2023-05-01");
  assert_every_edit_refused (campaign, declaration, EXEMPLAR_ERROR_LOCKED_BY_PHASE, "2023-04-30");
}

static void
test_locked_outside_declaration_phase (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);

  set_field (declaration_of (campaign, UNIT), "party_secretary", "王建国");
  g_clear_object (&campaign);
  exemplar_test_sql_on_file (fixture->path, "UPDATE campaign SET phase = 'evaluation'");

  campaign = reopen (fixture);
  assert_every_edit_refused (campaign, declaration_of (campaign, UNIT),
                             EXEMPLAR_ERROR_LOCKED_BY_PHASE, "Evaluation");
}

/* Every edit is written when the call returns: a process killed right after
 * typing (no chance to flush or close) loses nothing. */
static void
test_edits_survive_a_killed_process (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  const char *note = NULL;
  gint64 points = 0;
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
      if (!exemplar_declaration_set_field (declaration, "party_secretary", "王建国", NULL) ||
          !exemplar_declaration_set_self_score (declaration,
                                                exemplar_rubric_find (exemplar_campaign_get_rubric (doomed), "1.1.1"),
                                                100, "党工委专题会议纪要", NULL))
        _exit (4);
      raise (SIGKILL);
      _exit (5);
    }

  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  campaign = reopen (fixture);
  g_assert_cmpstr (exemplar_declaration_get_field (declaration_of (campaign, UNIT), "party_secretary"),
                   ==, "王建国");
  g_assert_true (exemplar_declaration_get_self_score (declaration_of (campaign, UNIT),
                                                      find (campaign, "1.1.1"), &points, &note));
  g_assert_cmpint (points, ==, 100);
  g_assert_cmpstr (note, ==, "党工委专题会议纪要");
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration;

  g_clear_object (&campaign);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");
  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);

  g_assert_false (exemplar_declaration_set_field (declaration, "party_secretary", "李四", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_withdraw (declaration, "不再申报", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);
}

static void
test_return_for_correction (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  gint64 audit_before;

  complete (campaign, declaration);

  /* Only a submitted application goes back. */
  g_assert_false (exemplar_declaration_return_for_correction (declaration, "资料不全", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_declaration_submit (declaration, NULL, &error));
  g_assert_no_error (error);
  audit_before = exemplar_test_count_audit (campaign, NULL);

  g_assert_false (exemplar_declaration_return_for_correction (declaration, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_return_for_correction (declaration, "  \n ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_SUBMITTED);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);

  g_assert_true (exemplar_declaration_return_for_correction (declaration, "佐证材料不清晰，请补充", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);
  g_assert_cmpstr (exemplar_declaration_get_state_reason (declaration), ==, "佐证材料不清晰，请补充");
  g_assert_true (exemplar_declaration_get_editable (declaration, NULL));
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM audit WHERE action = 'application.return' "
                                                      "AND detail = '佐证材料不清晰，请补充'"), ==, 1);

  /* Editing works again, and it can go back in. */
  set_field (declaration, "honours", "2022年度上海市未成年人保护工作先进集体");
  g_assert_true (exemplar_declaration_submit (declaration, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (exemplar_declaration_get_state_reason (declaration));
  g_clear_object (&campaign);

  /* In the evaluation phase the office may still return it. */
  exemplar_test_sql_on_file (fixture->path, "UPDATE campaign SET phase = 'evaluation'");
  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_true (exemplar_declaration_return_for_correction (declaration, "补充盖章页", &error));
  g_assert_no_error (error);
  g_clear_object (&campaign);

  exemplar_test_sql_on_file (fixture->path,
               "UPDATE application SET state = 'submitted' WHERE id = "
               "(SELECT a.id FROM application a JOIN unit u ON u.id = a.unit_id WHERE u.code = '" UNIT "');"
               "UPDATE campaign SET phase = 'publicity'");
  campaign = reopen (fixture);
  g_assert_false (exemplar_declaration_return_for_correction (declaration_of (campaign, UNIT), "太晚", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
}

static void
test_withdraw (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);

  set_field (declaration, "party_secretary", "王建国");

  g_assert_false (exemplar_declaration_withdraw (declaration, "", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);

  g_assert_true (exemplar_declaration_withdraw (declaration, "本年度暂不申报", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_WITHDRAWN);

  g_assert_false (exemplar_declaration_withdraw (declaration, "再次", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  assert_every_edit_refused (campaign, declaration, EXEMPLAR_ERROR_LOCKED_BY_PHASE, "withdrawn");
  g_clear_object (&campaign);

  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_WITHDRAWN);
  g_assert_cmpstr (exemplar_declaration_get_state_reason (declaration), ==, "本年度暂不申报");
  g_assert_cmpint (exemplar_test_count_audit (campaign, "application.withdraw"), ==, 1);
}

static void
test_failed_mutation_leaves_no_trace (Fixture       *fixture,
                                      gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  gint64 audit_before = exemplar_test_count_audit (campaign, NULL);
  sqlite3 *db = handle_of (campaign);

  n_notified = 0;
  g_signal_connect (declaration, "changed", G_CALLBACK (on_changed_cb), NULL);

  /* The audit append fails after the change ran: the whole action goes. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit "
                                 "BEGIN SELECT RAISE (ABORT, 'disk gone'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (exemplar_declaration_set_field (declaration, "party_secretary", "王建国", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_set_self_score (declaration, find (campaign, "1.1.1"), 250, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (exemplar_declaration_withdraw (declaration, "本年度暂不申报", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_null (exemplar_declaration_get_field (declaration, "party_secretary"));
  g_assert_false (exemplar_declaration_get_self_score (declaration, find (campaign, "1.1.1"), NULL, NULL));
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 0);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);
  g_assert_cmpuint (n_notified, ==, 0);

  sqlite3_exec (db, "DROP TRIGGER temp.fail_audit", NULL, NULL, NULL);
  g_assert_cmpint (exemplar_test_count_audit (campaign, NULL), ==, audit_before);
  g_clear_object (&campaign);

  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_null (exemplar_declaration_get_field (declaration, "party_secretary"));
  g_assert_false (exemplar_declaration_get_self_score (declaration, find (campaign, "1.1.1"), NULL, NULL));
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM application WHERE state != 'not_applied'"),
                   ==, 0);
}

static void
test_evidence (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  ExemplarDeclaration *other = declaration_of (campaign, OTHER_UNIT);
  ExemplarEvidence *own;
  ExemplarEvidence *shared;
  guint n_missing_before;
  guint n_items = 0;

  missing = exemplar_declaration_get_missing_evidence (declaration);
  n_missing_before = missing->len;
  /* Every item of the template asks for evidence; bonus items are optional. */
  exemplar_rubric_foreach (exemplar_campaign_get_rubric (campaign), count_item_leaf, &n_items);
  g_assert_cmpuint (n_missing_before, ==, n_items);
  g_assert_true (g_ptr_array_index (missing, 0) == find (campaign, "1.1.1"));
  g_clear_pointer (&missing, g_ptr_array_unref);

  own = attach (campaign, declaration, "1.1.1", "evidence", "工作制度汇编");
  shared = attach (campaign, declaration, "1.1.2", "evidence", "区级联合发文");
  attach (campaign, other, "1.1.2", "evidence", "区级联合发文");
  attach (campaign, declaration, NULL, "seal", "盖章页");
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_NOT_APPLIED);

  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)), ==, 3);
  g_assert_cmpuint (exemplar_declaration_count_evidence (declaration, find (campaign, "1.1.1")), ==, 1);
  g_assert_cmpuint (exemplar_declaration_count_evidence (declaration, NULL), ==, 1);
  missing = exemplar_declaration_get_missing_evidence (declaration);
  g_assert_cmpuint (missing->len, ==, n_missing_before - 2);
  g_assert_true (g_ptr_array_index (missing, 0) == find (campaign, "1.2.1"));
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* Bytes another unit uses stay. */
  g_assert_true (exemplar_declaration_remove_evidence (declaration, shared, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM blob"), ==, 3);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM evidence_text"), ==, 4);
  g_assert_cmpint (exemplar_declaration_get_state (declaration), ==, EXEMPLAR_STATE_DRAFT);

  /* Bytes nothing else uses go, with their text. */
  g_assert_true (exemplar_declaration_remove_evidence (declaration, own, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM blob"), ==, 2);
  g_assert_cmpint (exemplar_test_query_int (campaign, "SELECT count(*) FROM evidence_text "
                                                      "WHERE evidence_text MATCH '工作制度'"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (other)), ==, 1);
  g_assert_cmpint (exemplar_test_count_audit (campaign, "application.evidence_remove"), ==, 2);

  /* Another unit's evidence is not this application's to remove. */
  {
    g_autoptr(ExemplarEvidence) theirs = g_list_model_get_item (exemplar_declaration_get_evidence (other), 0);

    g_assert_false (exemplar_declaration_remove_evidence (declaration, theirs, &error));
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_clear_object (&campaign);

  campaign = reopen (fixture);
  declaration = declaration_of (campaign, UNIT);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)), ==, 1);
  g_assert_true (exemplar_campaign_check (campaign, NULL));
}

static void
test_follows_rubric_changes (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(ExemplarCampaign) campaign = create_campaign (fixture);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration = declaration_of (campaign, UNIT);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarIndicatorFields fields;

  set_score (campaign, declaration, "1.1.1", 250);
  set_score (campaign, declaration, "1.1.2", 150);
  attach (campaign, declaration, "1.1.1", "evidence", "工作制度汇编");

  /* The office lowers an item below the self-score: submission says so. */
  exemplar_indicator_get_fields (find (campaign, "1.1.1"), &fields);
  fields.points = 200;
  fields.code = "1.1.9";
  g_assert_true (exemplar_rubric_update_indicator (rubric, find (campaign, "1.1.1"), &fields, &error));
  g_assert_no_error (error);
  missing = exemplar_declaration_get_missing (declaration);
  g_assert_true (contains (missing, "1.1.9"));
  g_assert_true (contains (missing, "2.5"));
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* The evidence follows the new code. */
  g_assert_cmpuint (exemplar_declaration_count_evidence (declaration, find (campaign, "1.1.9")), ==, 1);

  /* Deleting an item deletes its self-score; the total follows. */
  g_assert_true (exemplar_rubric_delete_indicator (rubric, find (campaign, "1.1.2"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), ==, 250);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/declaration/" path, Fixture, NULL, exemplar_test_fixture_set_up, func, \
              exemplar_test_fixture_tear_down)

  g_test_add_func ("/declaration/form/table", test_form_table);
  ADD ("fields/survive-reopen", test_fields_survive_reopen);
  ADD ("fields/validation", test_field_validation);
  ADD ("self-score/bounds", test_self_score_bounds);
  ADD ("self-score/totals", test_totals);
  ADD ("submit/lists-missing", test_submit_lists_missing);
  ADD ("lock/after-submit", test_locked_after_submit);
  ADD ("lock/after-deadline", test_locked_after_deadline);
  ADD ("lock/outside-declaration-phase", test_locked_outside_declaration_phase);
  ADD ("lock/read-only", test_read_only);
  ADD ("autosave/survives-killed-process", test_edits_survive_a_killed_process);
  ADD ("office/return-for-correction", test_return_for_correction);
  ADD ("office/withdraw", test_withdraw);
  ADD ("failed-mutation-leaves-no-trace", test_failed_mutation_leaves_no_trace);
  ADD ("evidence/remove-and-coverage", test_evidence);
  ADD ("rubric-changes", test_follows_rubric_changes);

#undef ADD

  return g_test_run ();
}
