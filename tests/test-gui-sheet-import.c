/* test-gui-sheet-import.c
 *
 * Scoring at a reviewer's own desktop, seen from the office on a real
 * display (Xvfb): in the sample campaign, a reviewer's review package
 * exported from the Evaluation section; scored and submitted in the package
 * through the model, as the reviewer's desktop would; the score sheet file
 * sent back imported, the result dialog saying what was applied and the
 * Assignments view showing the sheet submitted; the same file again
 * changing nothing and saying so; a sheet the office had sealed otherwise
 * in the meantime waiting in Returned Sheets until the office keeps its
 * own, with a reason. Every reviewer's package exported into one folder,
 * and again into the same folder, where each file is skipped. And the refusals: a reviewer without assignments
 * gets no package, a truncated sheet file is not imported, and nothing
 * changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-evaluation-page.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-returned-sheets-view.h"
#include "exemplar-review-package.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-sheet-file.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

#define SAMPLE_TEMPLATE "changning-2023"
#define SAMPLE_SEED     2023

static ExemplarApplication *app;

typedef struct
{
  char                   *dir;
  char                   *path;
  ExemplarCampaign       *campaign;
  ExemplarWindow         *window;
  ExemplarEvaluationPage *page;
} Fixture;

static ExemplarEvaluation *
evaluation_of (ExemplarCampaign *campaign)
{
  return exemplar_campaign_get_evaluation (campaign);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static ExemplarAssignment *
find_assignment (ExemplarCampaign *campaign,
                 gint64            id)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation_of (campaign));

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_id (assignment) == id)
        return assignment;
    }

  g_error ("No assignment %" G_GINT64_FORMAT, id);
  return NULL;
}

static const char *
unit_name_of (ExemplarAssignment *assignment)
{
  return exemplar_unit_get_name (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)));
}

/* In the sample, a reviewer with a sheet the office does not hold
 * submitted (@open) and another it holds sealed (@sealed). */
static ExemplarReviewer *
find_reviewer_with_open_sheet (Fixture             *fixture,
                               ExemplarAssignment **open,
                               ExemplarAssignment **sealed)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation_of (fixture->campaign));
  guint n_items = g_list_model_get_n_items (assignments);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarAssignment) candidate = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (candidate);

      if (exemplar_assignment_get_state (candidate) == EXEMPLAR_SHEET_SUBMITTED)
        continue;

      for (guint j = 0; j < n_items; j++)
        {
          g_autoptr(ExemplarAssignment) other = g_list_model_get_item (assignments, j);

          if (exemplar_assignment_get_reviewer (other) == reviewer &&
              exemplar_assignment_get_state (other) == EXEMPLAR_SHEET_SUBMITTED)
            {
              *open = candidate;
              *sealed = other;
              return reviewer;
            }
        }
    }

  g_error ("The sample has no reviewer with an open and a sealed sheet");
  return NULL;
}

/* Full points on every item but the bonus ones, as a reviewer scores. */
static void
fill_sheet (ExemplarScoreSheet *sheet)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 points = exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS ? 0 : exemplar_indicator_get_points (leaf);

      g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, points, &error));
      g_assert_no_error (error);
    }
}

static void
submit_sheet (ExemplarScoreSheet *sheet)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_score_sheet_submit (sheet, NULL, &error));
  g_assert_no_error (error);
}

/* The first item the sheet scores above nothing, half a point lower, with
 * the reason a lower score needs. */
static void
lower_first_item (ExemplarScoreSheet *sheet)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 points = 0;

      if (!exemplar_score_sheet_get_score (sheet, leaf, &points, NULL) || points < 50)
        continue;

      g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, points - 50, &error));
      g_assert_no_error (error);
      g_assert_true (exemplar_score_sheet_set_reason (sheet, leaf, "现场复核：台账缺一期", &error));
      g_assert_no_error (error);
      return;
    }

  g_error ("The sheet has no item above zero");
}

static void
show_view (Fixture    *fixture,
           const char *name)
{
  exemplar_evaluation_page_show_view (fixture->page, name);
  exemplar_test_iterate (300);
}

static const char *
visible_view (Fixture *fixture)
{
  return adw_view_stack_get_visible_child_name (exemplar_test_find_first (fixture->page, ADW_TYPE_VIEW_STACK, NULL));
}

static void
select_reviewer (Fixture          *fixture,
                 ExemplarReviewer *reviewer)
{
  GtkColumnView *table = exemplar_test_find_first (fixture->page, GTK_TYPE_COLUMN_VIEW, "reviewers-table");
  GtkSelectionModel *model;

  show_view (fixture, "reviewers");
  model = gtk_column_view_get_model (table);
  g_assert_nonnull (model);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(ExemplarReviewer) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (item == reviewer)
        {
          gtk_selection_model_select_item (model, i, TRUE);
          exemplar_test_iterate (100);
          return;
        }
    }

  g_error ("The reviewer is not in the table");
}

/* The button on screen that runs @action. */
static GtkWidget *
find_action_button (gpointer    root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = exemplar_test_find_drawable (root, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
        return g_ptr_array_index (buttons, i);
    }

  g_error ("No button on screen for %s", action);
  return NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (Fixture *fixture)
{
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)) != NULL);
  exemplar_test_iterate (100);

  return exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  exemplar_test_iterate (300);
}

/* Exported through the page, as Export Review Package… does once a file
 * is chosen; the toast says when it is written. */
static char *
export_package (Fixture          *fixture,
                ExemplarReviewer *reviewer,
                guint             n_assignments)
{
  g_autofree char *path = path_in (fixture, "package.exemplar-review");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *toast = NULL;

  toast = g_strdup_printf ("Review package for %s written: %u assignments.",
                           exemplar_reviewer_get_name (reviewer), n_assignments);
  exemplar_evaluation_page_export_package (fixture->page, reviewer, file);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_shows_text (fixture->window, toast));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return g_steal_pointer (&path);
}

static char *
write_sheet_file (Fixture          *fixture,
                  ExemplarCampaign *package,
                  const char       *name)
{
  char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  guint n_sheets = 0;

  g_assert_true (exemplar_sheet_file_write (package, path, &n_sheets, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sheets, >, 0);

  return path;
}

static AdwMessageDialog *
import_sheet (Fixture    *fixture,
              const char *path,
              gboolean    imported)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (exemplar_evaluation_page_import_sheet (fixture->page, file) == imported);
  return wait_for_message_dialog (fixture);
}

/* The state cell of @assignment's row in the Assignments view, found by
 * filtering the table by its reviewer as the office would. */
static const char *
assignment_state_text (Fixture            *fixture,
                       ExemplarAssignment *assignment)
{
  GtkEditable *search = exemplar_test_find_first (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  const char *unit = unit_name_of (assignment);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GPtrArray) states = NULL;

  show_view (fixture, "assignments");
  gtk_editable_set_text (search, exemplar_reviewer_get_name (exemplar_assignment_get_reviewer (assignment)));
  exemplar_test_iterate (500);

  applications = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-application");
  states = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-state");
  g_assert_cmpuint (applications->len, ==, states->len);

  for (guint i = 0; i < applications->len; i++)
    {
      if (strstr (gtk_label_get_text (g_ptr_array_index (applications, i)), unit) != NULL)
        return gtk_label_get_text (g_ptr_array_index (states, i));
    }

  g_error ("No row for %s in the Assignments view", unit);
  return NULL;
}

static GPtrArray *
returned_rows (Fixture    *fixture,
               const char *list)
{
  GtkWidget *box = exemplar_test_find_first (fixture->page, GTK_TYPE_LIST_BOX, list);

  g_assert_nonnull (box);
  return exemplar_test_find_drawable (box, GTK_TYPE_LIST_BOX_ROW, "returned-sheet-row");
}

static guint
returned_badge (Fixture *fixture)
{
  AdwViewStack *stack = exemplar_test_find_first (fixture->page, ADW_TYPE_VIEW_STACK, NULL);
  AdwViewStackPage *page = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "returned"));

  return adw_view_stack_page_get_badge_number (page);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = exemplar_test_make_dir ("exemplar-gui-sheet-XXXXXX", "sample.exemplar", &fixture->path);
  fixture->campaign = exemplar_campaign_new_demo (fixture->path, SAMPLE_TEMPLATE, SAMPLE_SEED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_EVALUATION);

  fixture->window = exemplar_test_window_new (app, fixture->campaign, "evaluation", 1280, 800);
  exemplar_test_iterate (400);

  fixture->page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_EVALUATION_PAGE, NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();
  fixture->window = NULL;
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  ExemplarAssignment *open = NULL, *sealed = NULL;
  ExemplarReviewer *reviewer = find_reviewer_with_open_sheet (fixture, &open, &sealed);
  gint64 open_id = exemplar_assignment_get_id (open);
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(ExemplarScoreSheet) package_sheet = NULL;
  g_autoptr(ExemplarScoreSheet) office_sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *package_path = NULL;
  g_autofree char *first_sheet = NULL;
  g_autofree char *second_sheet = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *button;
  GtkEditable *reason;
  GtkWidget *scoring;
  GtkWidget *submit;
  guint load = 0;

  for (guint i = 0; i < g_list_model_get_n_items (exemplar_evaluation_get_assignments (evaluation_of (fixture->campaign))); i++)
    {
      g_autoptr(ExemplarAssignment) item = g_list_model_get_item (exemplar_evaluation_get_assignments (evaluation_of (fixture->campaign)), i);

      load += exemplar_assignment_get_reviewer (item) == reviewer;
    }

  /* The Returned Sheets view starts empty, and says so. */
  show_view (fixture, "returned");
  g_assert_true (exemplar_test_shows_text (fixture->page, "No returned sheets disagree with the office's"));
  g_assert_cmpuint (returned_badge (fixture), ==, 0);

  /* The reviewer's package, from the Reviewers view. */
  select_reviewer (fixture, reviewer);
  button = find_action_button (fixture->page, "evaluation.export-package");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), exemplar_reviewer_get_name (reviewer)));
  package_path = export_package (fixture, reviewer, load);

  /* At the reviewer's desktop: the open sheet scored and submitted. */
  package = exemplar_campaign_open (package_path, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_get_is_package (package));
  package_sheet = exemplar_evaluation_open_sheet (evaluation_of (package), find_assignment (package, open_id), &error);
  g_assert_no_error (error);
  fill_sheet (package_sheet);
  submit_sheet (package_sheet);
  first_sheet = write_sheet_file (fixture, package, "first.exemplar-sheet");

  /* Back in the office, with that sheet open for scoring in a window of
   * its own, as a member of staff might have left it. */
  scoring = exemplar_scoring_dialog_new (GTK_WINDOW (fixture->window), fixture->campaign, open);
  gtk_window_present (GTK_WINDOW (scoring));
  exemplar_test_iterate (300);
  g_assert_false (exemplar_test_shows_text (scoring, "sealed"));
  submit = find_action_button (scoring, "scoring.submit");

  /* Applied, and the Assignments view shows it. */
  dialog = import_sheet (fixture, first_sheet, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Score Sheet Imported");
  g_assert_true (exemplar_test_shows_text (dialog, exemplar_reviewer_get_name (reviewer)));
  g_assert_true (exemplar_test_shows_text (dialog, "applied"));
  g_assert_false (adw_message_dialog_has_response (dialog, "review"));
  respond (dialog, "close");
  g_assert_cmpint (exemplar_assignment_get_state (open), ==, EXEMPLAR_SHEET_SUBMITTED);
  g_assert_true (g_str_has_prefix (assignment_state_text (fixture, open), "Submitted"));

  /* The open scoring window follows: it shows the sheet sealed, with the
   * reviewer's scores, and no longer offers to submit it. */
  exemplar_test_iterate (100);
  g_assert_true (exemplar_test_shows_text (scoring, "sealed"));
  g_assert_false (gtk_widget_get_visible (submit));
  gtk_window_destroy (GTK_WINDOW (scoring));
  exemplar_test_iterate (100);

  /* The same file again changes nothing, and says so. */
  dialog = import_sheet (fixture, first_sheet, TRUE);
  g_assert_true (exemplar_test_shows_text (dialog, "This score sheet was already imported on"));
  g_assert_true (exemplar_test_shows_text (dialog, "nothing changed"));
  respond (dialog, "close");

  /* Meanwhile the office re-scores a sheet it held sealed; the reviewer's
   * next file disagrees with it. */
  office_sheet = exemplar_evaluation_open_sheet (evaluation_of (fixture->campaign), sealed, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_reopen (office_sheet, "现场复核", &error));
  g_assert_no_error (error);
  lower_first_item (office_sheet);
  submit_sheet (office_sheet);
  second_sheet = write_sheet_file (fixture, package, "second.exemplar-sheet");

  dialog = import_sheet (fixture, second_sheet, TRUE);
  g_assert_true (exemplar_test_shows_text (dialog, "conflict"));
  g_assert_true (adw_message_dialog_has_response (dialog, "review"));
  respond (dialog, "review");
  g_assert_cmpstr (visible_view (fixture), ==, "returned");
  g_assert_cmpuint (returned_badge (fixture), ==, 1);

  rows = returned_rows (fixture, "returned-pending-list");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), unit_name_of (sealed)));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), exemplar_reviewer_get_name (reviewer)));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "Waiting for a decision"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "office"));

  /* Keeping the office's sheet needs a reason. */
  button = exemplar_test_find_first (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON, "keep-office-button");
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_signal_emit_by_name (button, "clicked");
  dialog = wait_for_message_dialog (fixture);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "decide"));
  reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (reason, "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "decide"));
  gtk_editable_set_text (reason, "办公室现场复核为准");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "decide"));
  respond (dialog, "decide");

  /* Decided: with the reason, and no longer waiting. */
  g_assert_false (gtk_widget_is_drawable (exemplar_test_find_first (fixture->page, GTK_TYPE_LIST_BOX, "returned-pending-list")));
  rows = returned_rows (fixture, "returned-decided-list");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "Kept the office's sheet on"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "办公室现场复核为准"));
  buttons = exemplar_test_find_all (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON, NULL);
  g_assert_cmpuint (buttons->len, ==, 0);
  g_assert_cmpuint (returned_badge (fixture), ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "sheet.conflict"), ==, 1);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  ExemplarReviewer *newcomer = exemplar_test_add_reviewer (fixture->campaign, "周新", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  g_autofree char *package_path = path_in (fixture, "newcomer.exemplar-review");
  g_autofree char *truncated_path = path_in (fixture, "truncated.exemplar-sheet");
  g_autoptr(GFile) package_file = g_file_new_for_path (package_path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *button;
  gint64 n_imports;

  /* A reviewer without assignments gets no package: the button says why. */
  exemplar_test_iterate (300);
  select_reviewer (fixture, newcomer);
  button = find_action_button (fixture->page, "evaluation.export-package");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "has no assignments"));

  /* Asked all the same, the model refuses with its message. */
  exemplar_evaluation_page_export_package (fixture->page, newcomer, package_file);
  dialog = wait_for_message_dialog (fixture);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Review Package Not Written");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "周新"));
  respond (dialog, "close");
  g_assert_false (g_file_test (package_path, G_FILE_TEST_EXISTS));

  /* A truncated sheet file: refused with the model's message, nothing changed. */
  n_imports = exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM sheet_import");
  g_assert_true (g_file_set_contents (truncated_path, "{\"format\":\"exemplar-sheet\",\"vers", -1, &error));
  g_assert_no_error (error);
  dialog = import_sheet (fixture, truncated_path, FALSE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Score Sheet Not Imported");
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  respond (dialog, "close");
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM sheet_import"), ==, n_imports);
}

/* The reviewers with at least one assignment, by id: whom a package can be
 * written for. */
static GHashTable *
dup_reviewers_with_assignments (Fixture *fixture)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation_of (fixture->campaign));
  GHashTable *reviewers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);

      g_hash_table_replace (reviewers, g_memdup2 (&(gint64) { exemplar_reviewer_get_id (reviewer) }, sizeof (gint64)),
                            g_object_ref (reviewer));
    }

  return reviewers;
}

static void
test_export_all (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) expected = dup_reviewers_with_assignments (fixture);
  g_autofree char *folder_path = path_in (fixture, "packages");
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autofree char *written = NULL;
  g_autofree char *skipped = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  const char *name;
  guint n_files = 0;

  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  g_assert_cmpuint (g_hash_table_size (expected), >, 1);

  /* Every reviewer with assignments, into the chosen folder. */
  show_view (fixture, "reviewers");
  button = find_action_button (fixture->page, "evaluation.export-all-packages");
  g_assert_true (gtk_widget_is_sensitive (button));
  written = g_strdup_printf ("%u review packages written to “packages”.", g_hash_table_size (expected));
  exemplar_evaluation_page_export_all_packages (fixture->page, folder);
  g_assert_false (gtk_widget_is_sensitive (button));
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_shows_text (fixture->window, written));
  g_assert_true (gtk_widget_is_sensitive (button));

  /* One package a reviewer, each opening as that reviewer's package under
   * the name the model gives it. */
  dir = g_dir_open (folder_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder_path, name, NULL);
      g_autoptr(ExemplarCampaign) package = NULL;
      g_autofree char *basename = NULL;
      ExemplarReviewer *reviewer;
      gint64 id;

      g_assert_true (g_str_has_suffix (name, ".exemplar-review"));
      package = exemplar_campaign_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (exemplar_campaign_get_is_package (package));
      id = exemplar_reviewer_get_id (exemplar_campaign_get_package_reviewer (package));
      reviewer = g_hash_table_lookup (expected, &id);
      g_assert_nonnull (reviewer);
      basename = exemplar_review_package_dup_basename (fixture->campaign, reviewer);
      g_assert_cmpstr (name, ==, basename);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, g_hash_table_size (expected));

  /* Again into the same folder: every file is already there, skipped and
   * said so, and nothing is refused. */
  skipped = g_strdup_printf ("0 review packages written to “packages”. %u skipped: a file with that name is already in the folder.",
                             g_hash_table_size (expected));
  exemplar_evaluation_page_export_all_packages (fixture->page, folder);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_shows_text (fixture->window, skipped));
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-sheet-home-XXXXXX");
  app = exemplar_test_application_new ();

  g_test_add ("/gui/sheet-import/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/gui/sheet-import/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/gui/sheet-import/export-all", Fixture, NULL, fixture_set_up, test_export_all, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return status;
}
