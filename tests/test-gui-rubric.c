/* test-gui-rubric.c
 *
 * What the office sees on the Rubric page, checked on a real display (Xvfb):
 * the totals, the tree, the problems box that names the broken rule, the
 * indicator form with the model's refusals shown inside it, editing that
 * keeps the selection, a rubric frozen after the declaration phase, and
 * storage failures shown rather than swallowed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-indicator-dialog.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric-page.h"
#include "exemplar-rubric.h"
#include "exemplar-test-gui-util.h"

typedef struct
{
  char               *dir;
  ExemplarCampaign   *campaign;
  ExemplarRubric     *rubric;
  GtkWindow          *window;
  ExemplarRubricPage *page;
} Fixture;

/* The text of every label under @widget that is on screen, one per line. */
static char *
visible_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) texts = exemplar_test_visible_texts (widget);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (texts, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The rows of the tree on screen, top to bottom: each row's cells. */
static GPtrArray *
visible_rows (Fixture *fixture)
{
  GtkWidget *column_view = exemplar_test_find_by_id (GTK_WIDGET (fixture->page), "column_view");
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list_view = NULL;

  g_assert_nonnull (column_view);
  for (GtkWidget *child = gtk_widget_get_first_child (column_view); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list_view = child;
  g_assert_nonnull (list_view);

  /* The list view keeps its row widgets in list order. */
  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_is_drawable (row))
      g_ptr_array_add (rows, row);

  return rows;
}

static GtkTreeExpander *
row_expander (GtkWidget *row)
{
  GtkWidget *cell = gtk_widget_get_first_child (row);
  GtkWidget *child = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

  g_assert_true (GTK_IS_TREE_EXPANDER (child));
  return GTK_TREE_EXPANDER (child);
}

/* The "code name" a user reads in a row's first column. */
static char *
row_title (GtkWidget *row)
{
  GtkWidget *box = gtk_tree_expander_get_child (row_expander (row));
  GtkWidget *code = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (code);

  return g_strdup_printf ("%s %s",
                          gtk_label_get_label (GTK_LABEL (code)),
                          gtk_label_get_label (GTK_LABEL (name)));
}

/* The text of the row showing @code, in column @column. */
static char *
cell_text (Fixture    *fixture,
           const char *code,
           guint       column)
{
  g_autoptr(GPtrArray) rows = visible_rows (fixture);
  g_autofree char *prefix = g_strdup_printf ("%s ", code);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autofree char *title = row_title (row);
      GtkWidget *cell = gtk_widget_get_first_child (row);

      if (!g_str_has_prefix (title, prefix))
        continue;

      for (guint j = 0; j < column; j++)
        cell = gtk_widget_get_next_sibling (cell);

      return visible_text (cell);
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = exemplar_test_make_dir ("exemplar-rubric-XXXXXX", "rubric.exemplar", &path);
  fixture->campaign = exemplar_test_campaign_new (path, NULL);
  fixture->rubric = exemplar_campaign_get_rubric (fixture->campaign);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1400, 900);
  fixture->page = EXEMPLAR_RUBRIC_PAGE (exemplar_rubric_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  exemplar_rubric_page_set_campaign (fixture->page, fixture->campaign);
  gtk_window_present (fixture->window);
  exemplar_test_iterate (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, NULL);
}

static void
set_points (Fixture           *fixture,
            ExemplarIndicator *indicator,
            gint64             points)
{
  ExemplarIndicatorFields fields;
  g_autoptr(GError) error = NULL;

  exemplar_indicator_get_fields (indicator, &fields);
  fields.points = points;
  g_assert_true (exemplar_rubric_update_indicator (fixture->rubric, indicator, &fields, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (100);
}

static void
test_summary_and_tree (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *summary = exemplar_test_find_by_id (page, "summary_label");
  GtkWidget *valid = exemplar_test_find_by_id (page, "valid_box");
  GtkWidget *problems = exemplar_test_find_by_id (page, "problems_box");
  g_autoptr(GPtrArray) rows = visible_rows (fixture);
  g_autofree char *valid_text = NULL;
  guint root = 0;

  g_assert_true (exemplar_rubric_get_valid (fixture->rubric));

  g_assert_true (gtk_widget_is_drawable (summary));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "Total 100 of 100 points"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "bonus cap 5"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "scored items"));
  g_assert_true (gtk_widget_is_drawable (valid));
  valid_text = visible_text (valid);
  g_assert_cmpstr (valid_text, ==, "Valid\n");
  g_assert_false (gtk_widget_is_drawable (problems));

  /* The top level is open: every top-level indicator is on screen in
   * order, its children below it. */
  g_assert_cmpuint (rows->len, >, 10);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkTreeListRow *list_row = gtk_tree_expander_get_list_row (row_expander (row));
      g_autofree char *title = row_title (row);

      if (gtk_tree_list_row_get_depth (list_row) == 0)
        {
          g_autoptr(ExemplarIndicator) expected = g_list_model_get_item (G_LIST_MODEL (fixture->rubric), root++);
          g_autofree char *expected_title = g_strdup_printf ("%s %s",
                                                             exemplar_indicator_get_code (expected),
                                                             exemplar_indicator_get_name (expected));

          g_assert_cmpstr (title, ==, expected_title);
          g_assert_true (gtk_tree_list_row_get_expanded (list_row));
        }
      else
        g_assert_cmpuint (gtk_tree_list_row_get_depth (list_row), ==, 1);
    }
  g_assert_cmpuint (root, >=, 3);
}

static void
test_problems_box (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *summary = exemplar_test_find_by_id (page, "summary_label");
  GtkWidget *valid = exemplar_test_find_by_id (page, "valid_box");
  GtkWidget *problems = exemplar_test_find_by_id (page, "problems_box");
  ExemplarIndicator *leaf = exemplar_rubric_find (fixture->rubric, "1.1.1");
  ExemplarIndicator *parent = exemplar_indicator_get_parent (leaf);
  gint64 points = exemplar_indicator_get_points (leaf);
  g_autofree char *text = NULL;
  g_autofree char *parent_points = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean named = FALSE;

  g_assert_nonnull (parent);
  g_assert_cmpstr (exemplar_indicator_get_code (parent), ==, "1.1");

  set_points (fixture, leaf, points + 50 * 100);

  /* The summary row no longer says "Valid"; the totals themselves still hold. */
  g_assert_true (gtk_widget_is_drawable (problems));
  g_assert_false (gtk_widget_is_drawable (valid));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "Total 100 of 100 points"));

  /* One line names the parent and says its sum differs. */
  text = visible_text (problems);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "1.1 ") && strstr (lines[i], "differ") && strstr (lines[i], "sum"))
      named = TRUE;
  g_assert_true (named);

  /* The tree shows it too, at once: the group's points and its children's sum. */
  parent_points = cell_text (fixture, "1.1", 1);
  expected = g_strdup_printf ("4 (children %d)", 4 + 50);
  g_assert_nonnull (parent_points);
  g_assert_nonnull (strstr (parent_points, expected));

  set_points (fixture, leaf, points);

  g_assert_false (gtk_widget_is_drawable (problems));
  g_assert_true (gtk_widget_is_drawable (valid));
  g_clear_pointer (&parent_points, g_free);
  parent_points = cell_text (fixture, "1.1", 1);
  g_assert_cmpstr (parent_points, ==, "4\n");
}

static void
test_dialog_saves_points (Fixture       *fixture,
                          gconstpointer  data)
{
  ExemplarIndicator *leaf = exemplar_rubric_find (fixture->rubric, "1.1.2");
  ExemplarIndicatorDialog *dialog;
  GtkWidget *spin;
  GtkWidget *save;
  g_autofree char *shown = NULL;
  gboolean destroyed = FALSE;

  g_assert_cmpint (exemplar_indicator_get_points (leaf), ==, 150);

  dialog = exemplar_indicator_dialog_new (fixture->window, fixture->rubric, fixture->campaign, leaf, NULL);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (exemplar_test_set_flag_cb), &destroyed);
  gtk_window_present (GTK_WINDOW (dialog));
  exemplar_test_iterate (100);

  spin = exemplar_test_find_by_id (GTK_WIDGET (dialog), "points_spin");
  save = exemplar_test_find_by_id (GTK_WIDGET (dialog), "save_button");
  g_assert_true (gtk_widget_is_drawable (spin));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 1.5);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2.35);
  g_signal_emit_by_name (save, "clicked");
  exemplar_test_iterate (100);

  g_assert_true (destroyed);
  g_assert_cmpint (exemplar_indicator_get_points (leaf), ==, 235);

  /* The tree shows the new points without being told. */
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, leaf));
  exemplar_test_iterate (100);
  shown = cell_text (fixture, "1.1.2", 1);
  g_assert_cmpstr (shown, ==, "2.35\n");
}

static void
test_dialog_shows_refusal (Fixture       *fixture,
                           gconstpointer  data)
{
  ExemplarIndicator *leaf = exemplar_rubric_find (fixture->rubric, "1.1.2");
  ExemplarIndicatorDialog *dialog;
  GtkWidget *code;
  GtkWidget *save;
  GtkWidget *error_label;
  GtkWidget *error_revealer;
  gboolean destroyed = FALSE;

  dialog = exemplar_indicator_dialog_new (fixture->window, fixture->rubric, fixture->campaign, leaf, NULL);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (exemplar_test_set_flag_cb), &destroyed);
  gtk_window_present (GTK_WINDOW (dialog));
  exemplar_test_iterate (100);

  code = exemplar_test_find_by_id (GTK_WIDGET (dialog), "code_row");
  save = exemplar_test_find_by_id (GTK_WIDGET (dialog), "save_button");
  error_label = exemplar_test_find_by_id (GTK_WIDGET (dialog), "error_label");
  error_revealer = exemplar_test_find_by_id (GTK_WIDGET (dialog), "error_revealer");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (error_revealer)));

  gtk_editable_set_text (GTK_EDITABLE (code), "1.1.1");
  g_signal_emit_by_name (save, "clicked");
  exemplar_test_iterate (300);

  /* Still open, with the model's reason on top and the typed code kept. */
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (error_revealer)));
  g_assert_true (gtk_widget_is_drawable (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "1.1.1"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "already used"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "1.1.1");
  g_assert_cmpstr (exemplar_indicator_get_code (leaf), ==, "1.1.2");

  /* Escape is Cancel. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  exemplar_test_iterate (100);
  g_assert_true (destroyed);
  g_assert_cmpstr (exemplar_indicator_get_code (leaf), ==, "1.1.2");
}

static void
fill_new_indicator (const char *name)
{
  ExemplarIndicatorDialog *dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_INDICATOR_DIALOG);
  GtkWidget *name_row;

  g_assert_nonnull (dialog);
  name_row = exemplar_test_find_by_id (GTK_WIDGET (dialog), "name_row");
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  g_signal_emit_by_name (exemplar_test_find_by_id (GTK_WIDGET (dialog), "save_button"), "clicked");
  exemplar_test_iterate (200);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_INDICATOR_DIALOG));
}

static void
test_page_editing (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  ExemplarIndicator *first = exemplar_rubric_find (fixture->rubric, "1.1.1");
  ExemplarIndicator *second = exemplar_rubric_find (fixture->rubric, "1.1.2");
  ExemplarIndicator *added;
  GListModel *siblings = exemplar_indicator_get_children (exemplar_indicator_get_parent (first));
  g_autoptr(ExemplarIndicator) item = NULL;
  g_autofree char *shown = NULL;
  AdwMessageDialog *confirm;

  /* Add after the selected one: the new sibling lands right below it. */
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, first));
  exemplar_test_iterate (50);
  gtk_widget_activate_action (page, "rubric.add", NULL);
  exemplar_test_iterate (100);
  fill_new_indicator ("新增指标");

  added = exemplar_rubric_page_get_selected (fixture->page);
  g_assert_nonnull (added);
  g_assert_cmpstr (exemplar_indicator_get_code (added), ==, "1.1.3");
  g_assert_cmpstr (exemplar_indicator_get_name (added), ==, "新增指标");
  item = g_list_model_get_item (siblings, 1);
  g_assert_true (item == (gpointer) added);
  g_clear_object (&item);
  shown = cell_text (fixture, "1.1.3", 0);
  g_assert_nonnull (shown);
  g_assert_nonnull (strstr (shown, "新增指标"));

  /* Move it down and the selection follows. */
  gtk_widget_activate_action (page, "rubric.move-down", NULL);
  exemplar_test_iterate (100);
  item = g_list_model_get_item (siblings, 2);
  g_assert_true (item == (gpointer) added);
  g_clear_object (&item);
  g_assert_true (exemplar_rubric_page_get_selected (fixture->page) == added);

  /* A child of a leaf shows up under it, in a tree made anew. */
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, second));
  gtk_widget_activate_action (page, "rubric.add-child", NULL);
  exemplar_test_iterate (100);
  fill_new_indicator ("子指标");
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_indicator_get_children (second)), ==, 1);
  g_assert_cmpstr (exemplar_indicator_get_code (exemplar_rubric_page_get_selected (fixture->page)), ==, "1.1.2.1");
  g_clear_pointer (&shown, g_free);
  shown = cell_text (fixture, "1.1.2.1", 0);
  g_assert_nonnull (shown);
  g_assert_nonnull (strstr (shown, "子指标"));

  /* Delete the group, after a confirmation that counts the child. */
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, second));
  gtk_widget_activate_action (page, "rubric.delete", NULL);
  exemplar_test_iterate (100);
  confirm = exemplar_test_find_message_dialog (NULL);
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (confirm), "1.1.2"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "1 child indicator"));
  adw_message_dialog_response (confirm, "delete");
  exemplar_test_iterate (100);

  g_assert_null (exemplar_rubric_find (fixture->rubric, "1.1.2"));
  g_assert_null (exemplar_rubric_find (fixture->rubric, "1.1.2.1"));
  g_assert_nonnull (exemplar_rubric_page_get_selected (fixture->page));
  g_clear_pointer (&shown, g_free);
  shown = cell_text (fixture, "1.1.2", 0);
  g_assert_null (shown);
}

/* The visible toolbar button bound to @action. */
static GtkWidget *
find_button (Fixture    *fixture,
             const char *action)
{
  g_autoptr(GPtrArray) buttons = exemplar_test_find_drawable (fixture->page, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }

  return NULL;
}

static void
test_actions_follow_selection (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  ExemplarIndicator *first = exemplar_rubric_find (fixture->rubric, "1");
  ExemplarIndicator *last = exemplar_rubric_find (fixture->rubric, "F");
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(ExemplarIndicator) item = NULL;
  GtkWidget *column_view = exemplar_test_find_by_id (page, "column_view");
  GtkSelectionModel *model = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));

  g_assert_null (exemplar_rubric_page_get_selected (fixture->page));
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.add")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.add-child")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.edit")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-up")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-down")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.delete")));

  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, first));
  exemplar_test_iterate (50);
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-up")));
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-down")));
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.edit")));
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.delete")));

  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, last));
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-up")));
  g_assert_false (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-down")));

  /* Moving keeps the selection on the moved row and its children open. */
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, first));
  gtk_widget_activate_action (page, "rubric.move-down", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (NULL));
  g_assert_true (exemplar_rubric_page_get_selected (fixture->page) == first);
  item = g_list_model_get_item (G_LIST_MODEL (fixture->rubric), 1);
  g_assert_true (item == (gpointer) first);
  row = g_list_model_get_item (G_LIST_MODEL (model), gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)));
  g_assert_true (gtk_tree_list_row_get_expanded (row));
  g_assert_true (gtk_widget_is_sensitive (find_button (fixture, "rubric.move-up")));
}

static void
test_frozen (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autofree char *path = g_strdup (exemplar_campaign_get_path (fixture->campaign));
  g_autoptr(GError) error = NULL;
  const char * const actions[] = {
    "rubric.add", "rubric.add-child", "rubric.edit", "rubric.move-up", "rubric.move-down", "rubric.delete",
  };
  GtkWidget *frozen = exemplar_test_find_by_id (page, "frozen_box");
  g_autofree char *caption = NULL;

  g_assert_false (gtk_widget_is_drawable (frozen));

  /* The declaration phase is over: the same file, opened again. */
  exemplar_rubric_page_set_campaign (fixture->page, NULL);
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (path, "UPDATE campaign SET phase = 'evaluation'");
  fixture->campaign = exemplar_campaign_open (path, &error);
  g_assert_no_error (error);
  fixture->rubric = exemplar_campaign_get_rubric (fixture->campaign);
  exemplar_rubric_page_set_campaign (fixture->page, fixture->campaign);
  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, exemplar_rubric_find (fixture->rubric, "2")));
  exemplar_test_iterate (100);

  g_assert_true (gtk_widget_is_drawable (frozen));
  caption = visible_text (frozen);
  g_assert_nonnull (strstr (caption, "frozen"));
  g_assert_nonnull (strstr (caption, "declaration phase"));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_false (gtk_widget_is_sensitive (find_button (fixture, actions[i])));

  /* Nor do the keys or a double click get round it. */
  gtk_widget_activate_action (page, "rubric.delete", NULL);
  gtk_widget_activate_action (page, "rubric.edit", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (NULL));
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_INDICATOR_DIALOG));
}

static void
test_refusal_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  ExemplarIndicator *first = exemplar_rubric_find (fixture->rubric, "1");
  sqlite3 *db = exemplar_database_get_handle (exemplar_campaign_get_database (fixture->campaign));
  g_autoptr(ExemplarIndicator) item = NULL;
  AdwMessageDialog *message;

  /* Storage fails halfway: the model refuses, the page says why. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit "
                                 "BEGIN SELECT RAISE (ABORT, 'disk gone'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (exemplar_rubric_page_select_indicator (fixture->page, first));
  gtk_widget_activate_action (page, "rubric.move-down", NULL);
  exemplar_test_iterate (100);

  message = exemplar_test_find_message_dialog (NULL);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "disk gone"));
  item = g_list_model_get_item (G_LIST_MODEL (fixture->rubric), 0);
  g_assert_true (item == (gpointer) first);
  g_assert_true (exemplar_rubric_page_get_selected (fixture->page) == first);
  adw_message_dialog_response (message, "close");
  exemplar_test_iterate (50);

  /* A refused delete leaves the indicator where it was, still selected. */
  gtk_widget_activate_action (page, "rubric.delete", NULL);
  exemplar_test_iterate (100);
  message = exemplar_test_find_message_dialog (NULL);
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "delete");
  exemplar_test_iterate (100);
  message = exemplar_test_find_message_dialog (NULL);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "disk gone"));
  g_assert_true (exemplar_rubric_find (fixture->rubric, "1") == first);
  g_assert_true (exemplar_rubric_page_get_selected (fixture->page) == first);

  sqlite3_exec (db, "DROP TRIGGER temp.fail_audit", NULL, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  exemplar_test_gui_init (&argc, &argv, NULL);

  g_test_add ("/gui/rubric/summary-and-tree", Fixture, NULL, fixture_set_up, test_summary_and_tree, fixture_tear_down);
  g_test_add ("/gui/rubric/problems-box", Fixture, NULL, fixture_set_up, test_problems_box, fixture_tear_down);
  g_test_add ("/gui/rubric/dialog-saves-points", Fixture, NULL, fixture_set_up, test_dialog_saves_points, fixture_tear_down);
  g_test_add ("/gui/rubric/dialog-shows-refusal", Fixture, NULL, fixture_set_up, test_dialog_shows_refusal, fixture_tear_down);
  g_test_add ("/gui/rubric/page-editing", Fixture, NULL, fixture_set_up, test_page_editing, fixture_tear_down);
  g_test_add ("/gui/rubric/actions", Fixture, NULL, fixture_set_up, test_actions_follow_selection, fixture_tear_down);

  g_test_add ("/gui/rubric/frozen", Fixture, NULL, fixture_set_up, test_frozen, fixture_tear_down);
  g_test_add ("/gui/rubric/refusal-shown", Fixture, NULL, fixture_set_up, test_refusal_shown, fixture_tear_down);

  return g_test_run ();
}
