/* test-gui.c
 *
 * What a user sees in the main window, checked on a real display (Xvfb):
 * the campaign's title and phase, the ten applicant units in official
 * order, the four deadlines, sections, the welcome page and its errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-new-campaign-dialog.h"
#include "exemplar-overview-page.h"
#include "exemplar-rubric-page.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-timeline.h"
#include "exemplar-welcome-page.h"
#include "exemplar-window.h"

static ExemplarApplication *app;
static char *data_home;

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
  ExemplarWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-gui-XXXXXX", "changning.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new (fixture->path, NULL);

  fixture->window = exemplar_test_window_new (app, NULL, NULL, 1000, 700);
  exemplar_test_iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
test_window_shows_campaign (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) pills = NULL;
  const char *title = exemplar_campaign_get_title (fixture->campaign);
  g_autoptr(ExemplarDeclaration) first = NULL;
  GListModel *declarations;
  GtkWidget *overview;
  gboolean title_shown = FALSE;

  exemplar_window_set_campaign (fixture->window, fixture->campaign);
  exemplar_test_iterate (300);

  g_assert_true (exemplar_window_get_campaign (fixture->window) == fixture->campaign);

  /* The header shows the campaign's title with its phase beneath. */
  titles = exemplar_test_find_all (window, ADW_TYPE_WINDOW_TITLE, NULL);
  for (guint i = 0; i < titles->len; i++)
    {
      AdwWindowTitle *window_title = g_ptr_array_index (titles, i);

      if (gtk_widget_is_drawable (GTK_WIDGET (window_title)) &&
          g_strcmp0 (adw_window_title_get_title (window_title), title) == 0)
        {
          g_assert_cmpstr (adw_window_title_get_subtitle (window_title), ==,
                           exemplar_phase_get_title (exemplar_campaign_get_phase (fixture->campaign)));
          title_shown = TRUE;
        }
    }
  g_assert_true (title_shown);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  overview = exemplar_test_find_one (window, EXEMPLAR_TYPE_OVERVIEW_PAGE);
  g_assert_true (gtk_widget_is_drawable (overview));

  /* The notice's facts. */
  texts = exemplar_test_visible_texts (overview);
  g_assert_true (exemplar_test_texts_contain (texts, "长未保办〔2023〕1号"));
  g_assert_true (exemplar_test_texts_contain (texts, "2023-03-15"));
  g_assert_true (exemplar_test_texts_contain (texts, "At most 3 units are named"));

  /* Exactly ten applicant units, in official order, none applied yet. */
  rows = exemplar_test_find_all (overview, ADW_TYPE_ACTION_ROW, "unit-row");
  g_assert_cmpuint (rows->len, ==, 10);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "华阳路街道");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 4)), ==, "天山路街道");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 9)), ==, "新泾镇");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 4)), ==, "310105006 · Subdistrict");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 9)), ==, "310105102 · Town");

  pills = exemplar_test_find_all (overview, GTK_TYPE_LABEL, "state-pill");
  g_assert_cmpuint (pills->len, >=, 10);

  /* Counts by state: only the states that occur. */
  g_assert_true (exemplar_test_texts_contain (texts, "Not applied"));
  g_assert_true (exemplar_test_texts_contain (texts, "10"));
  g_assert_false (exemplar_test_texts_contain (texts, "Submitted"));

  /* When the model changes a state, the row and the counts follow. */
  declarations = exemplar_campaign_get_declarations (fixture->campaign);
  first = g_list_model_get_item (declarations, 0);
  exemplar_declaration_set_state (first, EXEMPLAR_STATE_SUBMITTED);
  exemplar_test_iterate (100);
  g_clear_pointer (&pills, g_ptr_array_unref);
  pills = exemplar_test_find_all (g_ptr_array_index (rows, 0), GTK_TYPE_LABEL, "state-pill");
  g_assert_cmpuint (pills->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (pills, 0)), ==, "Submitted");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (overview);
  g_assert_true (exemplar_test_texts_contain (texts, "Submitted"));
  g_assert_true (exemplar_test_texts_contain (texts, "9"));
}

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "备份", NULL);
  g_autofree char *expected = g_strconcat (target, ".exemplar", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(ExemplarCampaign) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  exemplar_window_set_campaign (fixture->window, fixture->campaign);
  exemplar_test_iterate (100);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "save-copy"));

  /* The copy is a campaign of its own, with the extension added. */
  g_assert_true (exemplar_window_save_copy (fixture->window, file));
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  copy = exemplar_campaign_open (expected, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_campaign_get_title (copy), ==, exemplar_campaign_get_title (fixture->campaign));

  /* A second copy to the same name is refused, with a message. */
  g_assert_false (exemplar_window_save_copy (fixture->window, file));
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Save a Copy");
}

static void
test_window_size (Fixture       *fixture,
                  gconstpointer  data)
{
  GSettings *settings = exemplar_application_get_settings (app);

  g_assert_nonnull (settings);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 820, 610);
  exemplar_test_iterate (100);
  gtk_window_close (GTK_WINDOW (fixture->window));
  exemplar_test_iterate (100);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  static const char *deadlines[] = { "2023-04-30", "2024-03-31", "2024-04-30", "2024-05-31" };
  ExemplarTimeline *timeline;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GPtrArray) current = NULL;

  exemplar_window_set_campaign (fixture->window, fixture->campaign);
  timeline = exemplar_test_find_one (GTK_WIDGET (fixture->window), EXEMPLAR_TYPE_TIMELINE);

  exemplar_timeline_set_today (timeline, "2024-03-19");
  exemplar_test_iterate (200);

  /* Four milestones, in order, each with its deadline. */
  rows = exemplar_test_find_all (GTK_WIDGET (timeline), ADW_TYPE_ACTION_ROW, "timeline-row");
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (deadlines));
  for (guint i = 0; i < rows->len; i++)
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)), deadlines[i]));

  /* The declaration phase is still open after its deadline: overdue. */
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, 0), "overdue"));
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, 1), "upcoming"));

  texts = exemplar_test_visible_texts (GTK_WIDGET (timeline));
  g_assert_true (exemplar_test_texts_contain (texts, "12 days until the Evaluation deadline (2024-03-31)"));

  /* A new campaign is in its declaration phase: the first row is current. */
  current = exemplar_test_find_all (GTK_WIDGET (timeline), ADW_TYPE_ACTION_ROW, "current");
  g_assert_cmpuint (current->len, ==, 1);
  g_assert_true (g_ptr_array_index (current, 0) == g_ptr_array_index (rows, 0));

  exemplar_timeline_set_today (timeline, "2026-11-29");
  exemplar_test_iterate (100);
  later = exemplar_test_visible_texts (GTK_WIDGET (timeline));
  g_assert_true (exemplar_test_texts_contain (later, "Today, 2026-11-29, is after the last deadline (2024-05-31)"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = exemplar_test_find_all (GTK_WIDGET (timeline), ADW_TYPE_ACTION_ROW, "timeline-row");
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (deadlines));
  /* The campaign is still declaring: the later phases' dates went by
   * before it reached them, which is a warning, not a tick. */
  for (guint i = 1; i < rows->len; i++)
    {
      g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, i), "passed"));
      g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, i), "overdue"));
    }
  g_assert_true (exemplar_test_texts_contain (later, "Deadline passed"));
}

static void
test_show_section (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_auto(GStrv) accels = NULL;
  GtkWidget *rubric;
  GtkWidget *overview;
  GtkWidget *stack;

  exemplar_window_set_campaign (fixture->window, fixture->campaign);
  exemplar_test_iterate (100);

  rubric = exemplar_test_find_one (window, EXEMPLAR_TYPE_RUBRIC_PAGE);
  overview = exemplar_test_find_one (window, EXEMPLAR_TYPE_OVERVIEW_PAGE);
  stack = gtk_widget_get_ancestor (rubric, GTK_TYPE_STACK);
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (stack)) == overview);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-section",
                                  g_variant_new_string ("rubric"));
  exemplar_test_iterate (400);
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (stack)) == rubric);
  g_assert_true (gtk_widget_get_mapped (rubric));
  g_assert_false (gtk_widget_get_mapped (overview));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-section::rubric");
  g_assert_cmpstr (accels[0], ==, "<Alt>2");

  /* Closing the campaign brings back the welcome page. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "close-campaign", NULL);
  exemplar_test_iterate (400);
  g_assert_null (exemplar_window_get_campaign (fixture->window));
  g_assert_true (gtk_widget_get_mapped (exemplar_test_find_one (window, EXEMPLAR_TYPE_WELCOME_PAGE)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save-copy"));
}

static void
test_open_not_a_campaign (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char contents[] = "姓名,得分\nThis is a spreadsheet, not a campaign.\n";
  g_autofree char *path = g_build_filename (fixture->dir, "scores.exemplar", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWindow *dialog;
  gsize length;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  exemplar_window_open_file (fixture->window, file);
  exemplar_test_iterate (300);

  /* The welcome page stays, and a dialog says what happened. */
  g_assert_null (exemplar_window_get_campaign (fixture->window));
  g_assert_true (gtk_widget_get_mapped (exemplar_test_find_one (window, EXEMPLAR_TYPE_WELCOME_PAGE)));
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "scores.exemplar"));

  /* Nothing was written to the file, nor beside it. */
  g_file_get_contents (path, &after, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, length, contents, strlen (contents));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  gtk_window_close (dialog);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (window)));
}

static void
test_open_file_adds_recent (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.exemplar", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  GSettings *settings = exemplar_application_get_settings (app);
  g_auto(GStrv) recent = NULL;
  GtkWidget *welcome;

  g_assert_nonnull (settings);
  g_settings_reset (settings, "recent-campaigns");

  /* Newest first, at most ten, no duplicates. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("/nowhere/%u.exemplar", i);

      exemplar_application_add_recent (app, name);
    }
  exemplar_application_add_recent (app, "/nowhere/5.exemplar");
  recent = g_settings_get_strv (settings, "recent-campaigns");
  g_assert_cmpuint (g_strv_length (recent), ==, EXEMPLAR_RECENT_MAX);
  g_assert_cmpstr (recent[0], ==, "/nowhere/5.exemplar");
  g_assert_cmpstr (recent[1], ==, "/nowhere/11.exemplar");
  g_assert_false (g_strv_contains ((const char * const *) recent + 1, "/nowhere/5.exemplar"));

  g_settings_reset (settings, "recent-campaigns");
  exemplar_application_add_recent (app, missing);

  /* Opening a campaign puts it at the top of the list. */
  g_clear_object (&fixture->campaign);
  exemplar_window_open_file (fixture->window, file);
  exemplar_test_iterate (200);
  g_assert_nonnull (exemplar_window_get_campaign (fixture->window));
  g_clear_pointer (&recent, g_strfreev);
  recent = g_settings_get_strv (settings, "recent-campaigns");
  g_assert_cmpstr (recent[0], ==, fixture->path);
  g_assert_cmpstr (recent[1], ==, missing);

  /* The welcome page lists both; the missing one says so. */
  exemplar_window_set_campaign (fixture->window, NULL);
  exemplar_test_iterate (400);
  welcome = exemplar_test_find_one (GTK_WIDGET (fixture->window), EXEMPLAR_TYPE_WELCOME_PAGE);
  rows = exemplar_test_find_all (welcome, ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "changning");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==, "gone");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 1)), "File not found"));

  /* Removing it from the list removes its row. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "remove-recent", g_variant_new_string (missing));
  exemplar_test_iterate (100);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = exemplar_test_find_all (welcome, ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
}

static void
test_new_campaign_dialog (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "新建", NULL);
  g_autofree char *expected = g_strconcat (target, ".exemplar", NULL);
  g_autoptr(GFile) existing = g_file_new_for_path (fixture->path);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GPtrArray) texts = NULL;
  ExemplarNewCampaignDialog *dialog;
  ExemplarCampaign *campaign;

  dialog = exemplar_new_campaign_dialog_new (fixture->window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  exemplar_test_iterate (100);

  g_assert_cmpstr (exemplar_new_campaign_dialog_get_template_id (dialog), ==, "changning-2023");

  /* A file already there is refused, said in the dialog, and kept. */
  g_assert_false (exemplar_new_campaign_dialog_create (dialog, existing));
  exemplar_test_iterate (400);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  texts = exemplar_test_visible_texts (GTK_WIDGET (dialog));
  g_assert_true (exemplar_test_texts_contain (texts, "already there"));
  g_assert_null (exemplar_window_get_campaign (fixture->window));

  /* A new name gets the extension, opens in the window, closes the dialog. */
  g_assert_true (exemplar_new_campaign_dialog_create (dialog, file));
  exemplar_test_iterate (100);
  g_assert_null (dialog);
  campaign = exemplar_window_get_campaign (fixture->window);
  g_assert_nonnull (campaign);
  g_assert_cmpstr (exemplar_campaign_get_path (campaign), ==, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *sample = g_build_filename (data_home, "exemplar", "sample-changning-2023.exemplar", NULL);
  ExemplarCampaign *campaign;

  g_assert_false (g_file_test (sample, G_FILE_TEST_EXISTS));

  /* The window without a campaign is active, so it shows the sample. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "sample", NULL);

  /* It is drawn and stored on a worker; the window stays responsive. */
  for (guint waited = 0; waited < 120 && exemplar_window_get_campaign (fixture->window) == NULL; waited++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

      if (EXEMPLAR_IS_WINDOW (active) && exemplar_window_get_campaign (EXEMPLAR_WINDOW (active)) != NULL)
        break;
      exemplar_test_iterate (500);
    }

  g_assert_true (g_file_test (sample, G_FILE_TEST_IS_REGULAR));
  campaign = exemplar_window_get_campaign (fixture->window);
  if (campaign == NULL)
    {
      /* The window manager-less display may not have made it active. */
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

      g_assert_true (EXEMPLAR_IS_WINDOW (active));
      campaign = exemplar_window_get_campaign (EXEMPLAR_WINDOW (active));
    }
  g_assert_nonnull (campaign);
  g_assert_true (g_str_has_suffix (exemplar_campaign_get_title (campaign), "(Sample Data)"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  /* Keep the sample campaign and anything else out of the user's home. */
  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-home-XXXXXX");
  data_home = g_build_filename (home, "data", NULL);
  app = exemplar_test_application_new ();

  g_test_add ("/gui/window/campaign", Fixture, NULL, fixture_set_up, test_window_shows_campaign, fixture_tear_down);
  g_test_add ("/gui/window/timeline", Fixture, NULL, fixture_set_up, test_timeline, fixture_tear_down);
  g_test_add ("/gui/window/show-section", Fixture, NULL, fixture_set_up, test_show_section, fixture_tear_down);
  g_test_add ("/gui/window/open-not-a-campaign", Fixture, NULL, fixture_set_up, test_open_not_a_campaign, fixture_tear_down);
  g_test_add ("/gui/window/save-copy", Fixture, NULL, fixture_set_up, test_save_copy, fixture_tear_down);
  g_test_add ("/gui/window/size", Fixture, NULL, fixture_set_up, test_window_size, fixture_tear_down);
  g_test_add ("/gui/window/recent", Fixture, NULL, fixture_set_up, test_open_file_adds_recent, fixture_tear_down);
  g_test_add ("/gui/new-campaign-dialog", Fixture, NULL, fixture_set_up, test_new_campaign_dialog, fixture_tear_down);
  g_test_add ("/gui/sample", Fixture, NULL, fixture_set_up, test_sample, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);
  g_clear_pointer (&data_home, g_free);

  return ret;
}
