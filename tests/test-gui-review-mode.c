/* test-gui-review-mode.c
 *
 * What a reviewer sees when Exemplar opens their review package, checked
 * on a real display (Xvfb): the window titled for them, their assignments
 * and only theirs (no other reviewer's name, no unassigned unit anywhere in
 * the widget tree), no office section or action; a row opening the scoring
 * dialog or the application; a sheet submitted in the package shown
 * submitted with its total; "Send Score Sheet…" writing a file that the
 * office's master file then imports; and a refusal shown in a message.
 *
 * The package is exported from the sample campaign, for the reviewer who
 * has a draft there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-declaration-page.h"
#include "exemplar-demo.h"
#include "exemplar-evaluation.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-review-package.h"
#include "exemplar-review-page.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-sheet-file.h"
#include "exemplar-sheet-import.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"

#define SAMPLE_TEMPLATE "changning-2023"
#define SAMPLE_SEED     2023

static ExemplarApplication *app;
static ExemplarCampaign *sample;

typedef struct
{
  char             *dir;
  char             *master_path;
  char             *package_path;
  ExemplarCampaign *master;
  ExemplarReviewer *reviewer;       /* the master's, owned by its evaluation */
  guint             n_assignments;  /* the reviewer's, in the master */
  ExemplarWindow   *window;
} Fixture;

/* Every text anywhere in the widget tree, shown or not: labels, entries,
 * tooltips and window titles. */
static gboolean
tree_contains (GtkWidget  *widget,
               const char *needle)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && strstr (tooltip, needle) != NULL)
    return TRUE;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  if (GTK_IS_EDITABLE (widget) && strstr (gtk_editable_get_text (GTK_EDITABLE (widget)), needle) != NULL)
    return TRUE;

  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL &&
      strstr (gtk_window_get_title (GTK_WINDOW (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (tree_contains (child, needle))
        return TRUE;
    }

  return FALSE;
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), name);
}

static ExemplarReviewPage *
review_page (Fixture *fixture)
{
  ExemplarReviewPage *page = exemplar_test_find_one (fixture->window, EXEMPLAR_TYPE_REVIEW_PAGE);

  g_assert_nonnull (page);
  return page;
}

static GPtrArray *
assignment_rows (Fixture *fixture)
{
  return exemplar_test_find_all (fixture->window, ADW_TYPE_ACTION_ROW, "assignment-row");
}

static const char *
unit_name (ExemplarAssignment *assignment)
{
  return exemplar_unit_get_name (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)));
}

/* The package's assignment whose sheet is a draft. */
static ExemplarAssignment *
find_draft (ExemplarCampaign *campaign)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_state (assignment) == EXEMPLAR_SHEET_DRAFT)
        return assignment;
    }

  g_error ("No draft sheet");
  return NULL;
}

static ExemplarAssignment *
find_assignment_by_id (ExemplarCampaign *campaign,
                       gint64            id)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_id (assignment) == id)
        return assignment;
    }

  g_error ("No assignment %" G_GINT64_FORMAT, id);
  return NULL;
}

/* The row of @assignment: its unit, and its round, as a unit may be
 * scored by the same reviewer in two rounds. */
static GtkWidget *
row_of (Fixture            *fixture,
        ExemplarAssignment *assignment)
{
  g_autoptr(GPtrArray) rows = assignment_rows (fixture);
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), unit_name (assignment)) == 0 &&
          (round == NULL || g_str_has_prefix (adw_action_row_get_subtitle (row), exemplar_round_get_name (round))))
        return GTK_WIDGET (row);
    }

  g_error ("No row for %s", unit_name (assignment));
  return NULL;
}

/* Completes the sheet through the model, as the scoring dialog would:
 * full marks for every item still without points, then submits it. */
static void
complete_and_submit (ExemplarCampaign   *campaign,
                     ExemplarAssignment *assignment)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GPtrArray) missing = NULL;

  sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (sheet);

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 points;
      const char *reason;

      if (exemplar_score_sheet_get_score (sheet, leaf, &points, &reason))
        {
          if (points < exemplar_indicator_get_points (leaf) && (reason == NULL || reason[0] == '\0'))
            g_assert_true (exemplar_score_sheet_set_reason (sheet, leaf, "台账不全", &error));
        }
      else
        {
          g_assert_true (exemplar_score_sheet_set_points (sheet, leaf, exemplar_indicator_get_points (leaf), &error));
        }
      g_assert_no_error (error);
    }

  g_assert_true (exemplar_score_sheet_submit (sheet, &missing, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  GListModel *assignments;

  fixture->dir = exemplar_test_make_dir ("exemplar-gui-review-XXXXXX", "master.exemplar", &fixture->master_path);
  fixture->package_path = g_build_filename (fixture->dir, "package" EXEMPLAR_REVIEW_PACKAGE_SUFFIX, NULL);

  g_assert_true (exemplar_campaign_save_copy (sample, fixture->master_path, &error));
  g_assert_no_error (error);
  fixture->master = exemplar_campaign_open (fixture->master_path, &error);
  g_assert_no_error (error);

  fixture->reviewer = exemplar_assignment_get_reviewer (find_draft (fixture->master));
  assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (fixture->master));
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (assignment) == fixture->reviewer)
        fixture->n_assignments++;
    }
  g_assert_cmpuint (fixture->n_assignments, >, 1);

  g_assert_true (exemplar_review_package_export (fixture->master, fixture->reviewer, fixture->package_path, NULL, &error));
  g_assert_no_error (error);

  /* Opened as a double-click on the file opens it. */
  fixture->window = exemplar_test_window_new (app, NULL, NULL, 1100, 760);
  file = g_file_new_for_path (fixture->package_path);
  exemplar_window_open_file (fixture->window, file);
  exemplar_test_iterate (300);
  g_assert_nonnull (exemplar_window_get_campaign (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();
  g_clear_object (&fixture->master);
  g_clear_pointer (&fixture->package_path, g_free);
  exemplar_test_clear_dir (&fixture->dir, &fixture->master_path);
}

static void
test_mode (Fixture       *fixture,
           gconstpointer  data)
{
  ExemplarCampaign *package = exemplar_window_get_campaign (fixture->window);
  const char *name = exemplar_reviewer_get_name (fixture->reviewer);
  g_autofree char *subtitle = g_strdup_printf ("Review package for %s", name);
  g_autoptr(GPtrArray) rows = assignment_rows (fixture);
  g_autoptr(GHashTable) assigned_units = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (fixture->master));
  GListModel *reviewers = exemplar_evaluation_get_reviewers (exemplar_campaign_get_evaluation (fixture->master));
  GListModel *declarations = exemplar_campaign_get_declarations (fixture->master);
  ExemplarWindow *office;
  AdwWindowTitle *title;

  g_assert_true (exemplar_campaign_get_is_package (package));

  /* Titled for the reviewer; the office's sections are not there. */
  title = ADW_WINDOW_TITLE (exemplar_test_find_by_id (fixture->window, "review_title"));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (title)));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, subtitle);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, exemplar_campaign_get_title (fixture->master));
  g_assert_false (gtk_widget_is_drawable (exemplar_test_find_by_id (fixture->window, "sidebar_list")));
  g_assert_false (gtk_widget_is_drawable (exemplar_test_find_by_id (fixture->window, "content_stack")));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (review_page (fixture))));
  g_assert_true (exemplar_test_shows_text (fixture->window, subtitle));
  g_assert_true (exemplar_test_shows_text (fixture->window, "My Assignments"));

  /* No office function. */
  g_assert_false (action_enabled (fixture, "advance-phase"));
  g_assert_false (action_enabled (fixture, "reopen-phase"));
  g_assert_false (action_enabled (fixture, "save-copy"));
  g_assert_false (action_enabled (fixture, "show-section"));
  g_assert_true (action_enabled (fixture, "send-sheet"));
  g_assert_true (action_enabled (fixture, "close-campaign"));

  /* Exactly the reviewer's assignments, each on screen. */
  g_assert_cmpuint (rows->len, ==, fixture->n_assignments);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (rows, i)));

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (assignment) == fixture->reviewer)
        {
          g_hash_table_add (assigned_units, (gpointer) unit_name (assignment));
          g_assert_true (gtk_widget_is_drawable (row_of (fixture, assignment)));
        }
    }

  /* Nothing of anyone else, shown or hidden. */
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) other = g_list_model_get_item (reviewers, i);
      const char *other_name = exemplar_reviewer_get_name (other);

      if (other != fixture->reviewer && strstr (name, other_name) == NULL)
        {
          if (tree_contains (GTK_WIDGET (fixture->window), other_name))
            g_error ("Another reviewer, %s, appears in %s's package", other_name, name);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      const char *unit = exemplar_unit_get_name (exemplar_declaration_get_unit (declaration));

      if (!g_hash_table_contains (assigned_units, unit))
        {
          if (tree_contains (GTK_WIDGET (fixture->window), unit))
            g_error ("An unassigned unit, %s, appears in %s's package", unit, name);
        }
    }

  /* The office's own file, beside it, keeps its sections and actions. */
  office = exemplar_test_window_new (app, fixture->master, NULL, 1100, 760);
  exemplar_test_iterate (200);
  g_assert_true (gtk_widget_is_drawable (exemplar_test_find_by_id (office, "sidebar_list")));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (exemplar_test_find_one (office, EXEMPLAR_TYPE_REVIEW_PAGE))));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (office), "advance-phase"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (office), "send-sheet"));
}

/* The window "View Application" opened: the only window other than the
 * main one that shows an application. */
static GtkWindow *
find_application_window (Fixture *fixture)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    {
      g_autoptr(GPtrArray) pages = NULL;

      if (iter->data == (gpointer) fixture->window || !gtk_widget_get_visible (iter->data))
        continue;

      pages = exemplar_test_find_all (iter->data, EXEMPLAR_TYPE_DECLARATION_PAGE, NULL);
      if (pages->len > 0)
        {
          g_assert_null (found);
          found = iter->data;
        }
    }

  return found;
}

/* Clicks the view switcher's tab titled @title, as a user picks a view. */
static void
switch_view (GtkWidget  *root,
             const char *title)
{
  g_autoptr(GPtrArray) tabs = exemplar_test_find_drawable (root, GTK_TYPE_TOGGLE_BUTTON, NULL);

  for (guint i = 0; i < tabs->len; i++)
    {
      GtkWidget *tab = g_ptr_array_index (tabs, i);

      if (exemplar_test_shows_text (tab, title))
        {
          gtk_widget_activate (tab);
          exemplar_test_iterate (300);
          return;
        }
    }

  g_error ("No tab “%s”", title);
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  ExemplarCampaign *package = exemplar_window_get_campaign (fixture->window);
  ExemplarAssignment *draft = find_draft (package);
  GtkWidget *row = row_of (fixture, draft);
  GtkWidget *button;
  ExemplarScoringDialog *dialog;

  g_assert_true (tree_contains (row, "Draft"));
  g_assert_false (tree_contains (row, "Total"));

  /* Enter on the row opens its sheet in the scoring dialog. */
  gtk_widget_activate (row);
  exemplar_test_iterate (300);
  dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_SCORING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (strstr (gtk_window_get_title (GTK_WINDOW (dialog)), unit_name (draft)) != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  exemplar_test_iterate (100);

  /* Its button offers the application, as the unit submitted it
   * (test_application opens it). */
  button = exemplar_test_find_first (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "View Application");
  g_assert_true (gtk_widget_is_sensitive (button));

  /* Submitted in the package (as the scoring dialog does), the row follows. */
  complete_and_submit (package, draft);
  exemplar_test_iterate (100);
  g_assert_true (tree_contains (row, "Submitted"));
  g_assert_false (tree_contains (row, "Draft"));
  g_assert_true (exemplar_test_shows_text (row, "Total "));
}

static void
test_application (Fixture       *fixture,
                  gconstpointer  data)
{
  ExemplarCampaign *package = exemplar_window_get_campaign (fixture->window);
  ExemplarAssignment *draft = find_draft (package);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (draft);
  const char *name = unit_name (draft);
  GListModel *evidence = exemplar_declaration_get_evidence (declaration);
  GListModel *declarations = exemplar_campaign_get_declarations (fixture->master);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  ExemplarDeclarationPage *page;
  GtkWindow *window;
  AdwWindowTitle *title;

  g_assert_null (find_application_window (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >, 0);

  /* The row's button opens the unit's application in a window of its own,
   * with no size warning on the way (the harness makes one fatal). */
  gtk_widget_activate (exemplar_test_find_first (row_of (fixture, draft), GTK_TYPE_BUTTON, NULL));
  exemplar_test_iterate (500);
  window = find_application_window (fixture);
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (window)));
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (window), ==, name);
  title = exemplar_test_find_one (window, ADW_TYPE_WINDOW_TITLE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, name);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Application");

  page = exemplar_test_find_one (window, EXEMPLAR_TYPE_DECLARATION_PAGE);
  g_assert_true (exemplar_declaration_page_get_declaration (page) == declaration);
  g_assert_true (gtk_widget_is_drawable (exemplar_test_find_by_id (page, "unit_label")));
  g_assert_true (exemplar_test_shows_text (page, name));

  /* Locked, and it says why in the reviewer's terms. */
  g_assert_true (exemplar_test_shows_text (page, "This application came in your review package: it is shown as "
                                                 "the office holds it and cannot be changed here."));

  /* Nothing to submit and none of the office's actions. */
  g_assert_false (gtk_widget_get_visible (exemplar_test_find_by_id (page, "submit_button")));
  g_assert_false (gtk_widget_get_visible (exemplar_test_find_by_id (page, "office_menu_button")));
  g_assert_null (exemplar_test_find_message_dialog (window));

  /* Its evidence, each file listed; nothing to remove, attach or drop. */
  switch_view (GTK_WIDGET (window), "Evidence");
  rows = exemplar_test_find_drawable (page, ADW_TYPE_ACTION_ROW, "evidence-row");
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (evidence));
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ExemplarEvidence) file = g_list_model_get_item (evidence, i);

      g_assert_true (exemplar_test_shows_text (page, exemplar_evidence_get_title (file)));
    }
  buttons = exemplar_test_find_drawable (page, GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), !=, "Remove From the Application");
      g_assert_false (exemplar_test_shows_text (button, "Attach…"));
    }
  g_assert_false (gtk_widget_is_drawable (exemplar_test_find_by_id (page, "attach_button")));
  g_assert_false (exemplar_test_shows_text (page, "Files dropped on this page"));

  /* This unit only: no other application is shown or reachable from here,
   * not even another one assigned to the same reviewer. */
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_campaign_get_declarations (package)), >, 1);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) other = g_list_model_get_item (declarations, i);
      const char *other_name = exemplar_unit_get_name (exemplar_declaration_get_unit (other));

      if (strstr (name, other_name) == NULL && tree_contains (GTK_WIDGET (window), other_name))
        g_error ("Another unit, %s, appears in the application of %s", other_name, name);
    }
}

static void
test_send (Fixture       *fixture,
           gconstpointer  data)
{
  ExemplarCampaign *package = exemplar_window_get_campaign (fixture->window);
  ExemplarAssignment *draft = find_draft (package);
  gint64 draft_id = exemplar_assignment_get_id (draft);
  g_autofree char *chosen = g_build_filename (fixture->dir, "sheet", NULL);
  g_autofree char *written = g_strconcat (chosen, EXEMPLAR_SHEET_FILE_SUFFIX, NULL);
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *message;

  g_assert_cmpint (exemplar_assignment_get_state (find_assignment_by_id (fixture->master, draft_id)),
                   ==, EXEMPLAR_SHEET_DRAFT);

  complete_and_submit (package, draft);
  exemplar_test_iterate (100);

  /* The file chooser's answer, without the suffix typed. */
  g_assert_true (exemplar_review_page_send_to (review_page (fixture), chosen));
  exemplar_test_iterate (100);
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  g_assert_true (exemplar_test_shows_text (fixture->window, "written to “sheet.exemplar-sheet”. Send this file to the office."));

  /* The office imports it: the draft it held is now the reviewer's sealed sheet. */
  import = exemplar_sheet_file_import (fixture->master, written, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_false (exemplar_sheet_import_get_already_imported (import));
  g_assert_cmpint (exemplar_assignment_get_state (find_assignment_by_id (fixture->master, draft_id)),
                   ==, EXEMPLAR_SHEET_SUBMITTED);

  /* A second send to the same file is refused, and says so. */
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  g_assert_false (exemplar_review_page_send_to (review_page (fixture), written));
  exemplar_test_iterate (100);
  message = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Send the Score Sheet");
  g_assert_true (strstr (adw_message_dialog_get_body (message), "never replaces an existing file") != NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  g_autofree char *sample_dir = NULL;
  g_autofree char *sample_path = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-review-home-XXXXXX");
  app = exemplar_test_application_new ();

  /* Drawn once; every test works on a copy. */
  sample_dir = exemplar_test_make_dir ("exemplar-gui-review-sample-XXXXXX", "sample.exemplar", &sample_path);
  sample = exemplar_campaign_new_demo (sample_path, SAMPLE_TEMPLATE, SAMPLE_SEED, &error);
  g_assert_no_error (error);

  g_test_add ("/gui/review-mode/mode", Fixture, NULL, fixture_set_up, test_mode, fixture_tear_down);
  g_test_add ("/gui/review-mode/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/gui/review-mode/application", Fixture, NULL, fixture_set_up, test_application, fixture_tear_down);
  g_test_add ("/gui/review-mode/send", Fixture, NULL, fixture_set_up, test_send, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&sample);
  g_clear_object (&app);
  exemplar_test_clear_dir (&sample_dir, &sample_path);
  exemplar_test_remove_tree (home);

  return ret;
}
