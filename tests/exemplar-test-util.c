/* exemplar-test-util.c: helpers shared by the headless tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-test-util.h"
#include "exemplar-unit.h"

/* The template every test campaign is made from. */
#define TEMPLATE "changning-2023"

/* A new directory from @tmpl, as g_dir_make_tmp() takes it; when @path is
 * given, it receives @name inside the directory. */
char *
exemplar_test_make_dir (const char  *tmpl,
                        const char  *name,
                        char       **path)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  if (path != NULL)
    *path = g_build_filename (dir, name, NULL);

  return dir;
}

/* Fixtures */

/* A new directory named after the test program, and the path of a
 * campaign file inside it, not made yet. */
void
exemplar_test_fixture_set_up (ExemplarTestFixture *fixture,
                              gconstpointer        user_data)
{
  g_autofree char *name = g_path_get_basename (g_get_prgname () != NULL ? g_get_prgname () : "exemplar-test");
  g_autofree char *tmpl = g_strconcat (name, "-XXXXXX", NULL);

  fixture->dir = exemplar_test_make_dir (tmpl, "campaign.exemplar", &fixture->path);
}

/* The same, with a campaign whose applications are all submitted, except
 * that of the unit whose code is @draft_unit (if not NULL), which stays a
 * draft. */
void
exemplar_test_fixture_set_up_submitted (ExemplarTestFixture *fixture,
                                        gconstpointer        draft_unit)
{
  exemplar_test_fixture_set_up (fixture, NULL);
  g_object_unref (exemplar_test_campaign_new (fixture->path, NULL));
  exemplar_test_submit_applications (fixture->path, draft_unit);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
}

void
exemplar_test_fixture_tear_down (ExemplarTestFixture *fixture,
                                 gconstpointer        user_data)
{
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* Files */

/* Removes the directory *@dir and everything in it; frees and clears
 * *@dir and, if given, *@path. */
void
exemplar_test_clear_dir (char **dir,
                         char **path)
{
  if (*dir != NULL)
    exemplar_test_remove_tree (*dir);
  g_clear_pointer (dir, g_free);
  if (path != NULL)
    g_clear_pointer (path, g_free);
}

/* Removes the campaign file at @path and the files SQLite keeps beside it. */
void
exemplar_test_remove_campaign (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* Removes @path and everything below it. */
void
exemplar_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        exemplar_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

GBytes *
exemplar_test_file_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* @text in @font with its top left corner at @x, @y. */
void
exemplar_test_draw_text (cairo_t    *cr,
                         double      x,
                         double      y,
                         const char *font,
                         const char *text)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/* A PDF of @n_pages A4 pages at @path, each headed "@heading N" with its
 * number; page @text_page (1-based; 0 for none) carries @text below the
 * heading, in a font with Chinese. */
void
exemplar_test_draw_noise_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 800);
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);

  for (guint i = 0; i < 800 * 800; i++)
    data[i] = g_test_rand_int ();
  cairo_surface_mark_dirty (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

void
exemplar_test_draw_pdf (const char *path,
                        const char *heading,
                        guint       n_pages,
                        guint       text_page,
                        const char *text)
{
  static const char font[] = "Noto Sans CJK SC 14";
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s %u", heading, i);

      exemplar_test_draw_text (cr, 60, 60, font, line);
      if (i == text_page)
        exemplar_test_draw_text (cr, 60, 120, font, text);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* SQL */

/* Runs SQL on the file behind the model's back, as another program would. */
void
exemplar_test_sql_on_file (const char *path,
                           const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* The first column of the one row @sql returns, read from the file as
 * another program would. */
gint64
exemplar_test_sql_int_on_file (const char *path,
                               const char *sql)
{
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  value = query_int (db, sql);
  sqlite3_close (db);

  return value;
}

static sqlite3 *
handle_of (ExemplarCampaign *campaign)
{
  return exemplar_database_get_handle (exemplar_campaign_get_database (campaign));
}

/* The first column of the one row @sql returns, through the campaign's
 * own connection. */
gint64
exemplar_test_query_int (ExemplarCampaign *campaign,
                         const char       *sql)
{
  return query_int (handle_of (campaign), sql);
}

char *
exemplar_test_query_text (ExemplarCampaign *campaign,
                          const char       *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle_of (campaign), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* The audit rows with @action, or all of them when @action is NULL. */
gint64
exemplar_test_count_audit (ExemplarCampaign *campaign,
                           const char       *action)
{
  g_autofree char *sql = NULL;

  if (action == NULL)
    return exemplar_test_query_int (campaign, "SELECT count(*) FROM audit");

  sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE action = '%s'", action);
  return exemplar_test_query_int (campaign, sql);
}

/* Campaigns */

/* A new campaign at @path, judged on @today when it is given. */
ExemplarCampaign *
exemplar_test_campaign_new (const char *path,
                            const char *today)
{
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;

  campaign = exemplar_campaign_new_from_template (path, TEMPLATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (campaign);
  if (today != NULL)
    exemplar_campaign_set_today (campaign, today);

  return campaign;
}

ExemplarCampaign *
exemplar_test_campaign_open (const char *path,
                             const char *today)
{
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;

  campaign = exemplar_campaign_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (campaign);
  if (today != NULL)
    exemplar_campaign_set_today (campaign, today);

  return campaign;
}

/* Every application in the file at @path submitted, except @draft_unit's
 * (if given), which stays a draft: as the office has them when the
 * declaration closes. */
void
exemplar_test_submit_applications (const char *path,
                                   const char *draft_unit)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("UPDATE application SET state = 'submitted', "
                         "  submitted_at = '2023-04-25T08:00:00Z';"
                         "UPDATE application SET state = 'draft', submitted_at = NULL "
                         "  WHERE unit_id = (SELECT id FROM unit WHERE code = '%s');",
                         draft_unit != NULL ? draft_unit : "");
  exemplar_test_sql_on_file (path, sql);
}

/* A new campaign at @path whose applications are all submitted, with
 * @self_assessed_unit self-assessed at full marks on the items; in its
 * evaluation phase on @today, with @n_reviewers outside experts named
 * 专家1, 专家2 … stored in @reviewers. */
ExemplarCampaign *
exemplar_test_campaign_new_in_evaluation (const char        *path,
                                          const char        *today,
                                          const char        *self_assessed_unit,
                                          ExemplarReviewer **reviewers,
                                          guint              n_reviewers)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  ExemplarCampaign *campaign;

  g_object_unref (exemplar_test_campaign_new (path, NULL));
  sql = g_strdup_printf ("UPDATE application SET state = 'submitted';"
                         "INSERT INTO self_score (application_id, indicator_id, points) "
                         "  SELECT a.id, i.id, i.points FROM application a JOIN unit u ON u.id = a.unit_id, "
                         "    indicator i "
                         "  WHERE u.code = '%s' AND i.kind = 'item' "
                         "    AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id);",
                         self_assessed_unit);
  exemplar_test_sql_on_file (path, sql);

  campaign = exemplar_test_campaign_open (path, today);
  g_assert_true (exemplar_campaign_set_phase (campaign, EXEMPLAR_PHASE_EVALUATION, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_reviewers; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", i + 1);

      reviewers[i] = exemplar_test_add_reviewer (campaign, name, EXEMPLAR_AFFILIATION_EXPERT, NULL);
    }

  return campaign;
}

ExemplarIndicator *
exemplar_test_find_indicator (ExemplarCampaign *campaign,
                              const char       *code)
{
  ExemplarIndicator *indicator = exemplar_rubric_find (exemplar_campaign_get_rubric (campaign), code);

  g_assert_nonnull (indicator);
  return indicator;
}

ExemplarDeclaration *
exemplar_test_find_declaration (ExemplarCampaign *campaign,
                                const char       *unit)
{
  ExemplarDeclaration *declaration = exemplar_campaign_find_declaration (campaign, unit);

  g_assert_nonnull (declaration);
  return declaration;
}

/* The member unit (成员单位) with @code; there must be one. */
ExemplarUnit *
exemplar_test_find_member_unit (ExemplarCampaign *campaign,
                                const char       *code)
{
  GListModel *members = exemplar_campaign_get_member_units (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);

      if (g_str_equal (exemplar_unit_get_code (member), code))
        return member;
    }

  g_error ("No member unit %s", code);
  return NULL;
}

ExemplarReviewer *
exemplar_test_add_reviewer (ExemplarCampaign    *campaign,
                            const char          *name,
                            ExemplarAffiliation  affiliation,
                            ExemplarUnit        *unit)
{
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewer;

  reviewer = exemplar_evaluation_add_reviewer (exemplar_campaign_get_evaluation (campaign),
                                               name, affiliation, unit, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reviewer);
  return reviewer;
}

/* @changes is "CODE=POINTS …", e.g. "1.1.1=1.5 J.1=3". */
static gboolean
lookup_change (const char *changes,
               const char *code,
               gint64     *points)
{
  g_auto(GStrv) words = g_strsplit (changes != NULL ? changes : "", " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *equals = strchr (words[i], '=');
      g_autoptr(GError) error = NULL;

      if (equals == NULL || strncmp (words[i], code, equals - words[i]) != 0 ||
          code[equals - words[i]] != '\0')
        continue;

      g_assert_true (exemplar_points_parse (equals + 1, points, &error));
      g_assert_no_error (error);
      return TRUE;
    }

  return FALSE;
}

/* @reviewer, assigned @unit in @round, scores every item at full marks and
 * every bonus item at nothing, except @changes, with a reason for every
 * deduction; the sheet is submitted unless @submit is FALSE. */
ExemplarScoreSheet *
exemplar_test_score (ExemplarCampaign *campaign,
                     ExemplarReviewer *reviewer,
                     const char       *unit,
                     ExemplarRound    *round,
                     const char       *changes,
                     gboolean          submit)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  ExemplarAssignment *assignment;

  assignment = exemplar_evaluation_assign (evaluation, reviewer, exemplar_test_find_declaration (campaign, unit),
                                           round, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assignment);

  sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (sheet);

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 maximum = exemplar_indicator_get_points (leaf);
      gint64 points = exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS ? 0 : maximum;

      lookup_change (changes, exemplar_indicator_get_code (leaf), &points);
      g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, points, &error));
      g_assert_no_error (error);
      if (points < maximum)
        {
          g_autofree char *reason = g_strdup_printf ("%s：台账不全", exemplar_indicator_get_code (leaf));

          g_assert_true (exemplar_score_sheet_set_reason (sheet, leaf, reason, &error));
          g_assert_no_error (error);
        }
    }

  if (submit)
    {
      g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&sheet);
}

/* exemplar-cli */

void
exemplar_test_cli_result_free (ExemplarTestCliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Empty bytes may have no data at all; an empty string is what we mean. */
  return data != NULL ? g_strndup (data, size) : g_strdup ("");
}

/* Runs exemplar-cli with the NULL-terminated @args in @dir under the
 * locale @lc_all (an English UTF-8 one, so messages can be matched). */
ExemplarTestCliResult *
exemplar_test_cli_run (const char         *dir,
                       const char         *lc_all,
                       const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("EXEMPLAR_CLI");
  ExemplarTestCliResult *result;

  g_assert_nonnull (cli);

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", lc_all, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  /* Whatever the input, the program ends by itself: never by a signal. */
  g_assert_true (g_subprocess_get_if_exited (process));

  result = g_new0 (ExemplarTestCliResult, 1);
  result->status = g_subprocess_get_exit_status (process);
  result->out = bytes_to_string (out);
  result->err = bytes_to_string (err);

  return result;
}

/* Runs in a UTF-8 locale and expects success with nothing on stderr;
 * returns stdout. */
char *
exemplar_test_cli_run_ok (const char         *dir,
                          const char * const *args)
{
  g_autoptr(ExemplarTestCliResult) result = exemplar_test_cli_run (dir, "C.UTF-8", args);

  if (result->status != 0)
    g_printerr ("%s: %s", args[0], result->err);
  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);

  return g_steal_pointer (&result->out);
}

/* `exemplar-cli new @path`, run in @dir, as a script starts. */
void
exemplar_test_cli_new_campaign (const char *dir,
                                const char *path)
{
  g_autoptr(ExemplarTestCliResult) result = exemplar_test_cli_run (dir, "C.UTF-8", (const char *[]) { "new", path, NULL });

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A message a user can read: "exemplar-cli: " and something after it. */
void
exemplar_test_cli_assert_error_message (ExemplarTestCliResult *result)
{
  g_assert_true (g_str_has_prefix (result->err, "exemplar-cli: "));
  g_assert_cmpuint (strlen (result->err), >, strlen ("exemplar-cli: \n"));
}

JsonNode *
exemplar_test_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* Points in the JSON are numbers; compared exactly, in hundredths. */
gint64
exemplar_test_json_points (JsonObject *object,
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
