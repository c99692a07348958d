/* exemplar-test-gui-util.c: helpers shared by the tests that run on a
 * display (Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exemplar-test-gui-util.h"

/* Setting up */

/* The environment every test on a display runs in: messages in English,
 * settings in memory, no date from outside; with @home_tmpl, a home of its
 * own for what the application writes (returned, to be removed at the
 * end). Then GTK and libadwaita. */
char *
exemplar_test_gui_init (int          *argc,
                        char       ***argv,
                        const char   *home_tmpl)
{
  char *home = NULL;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_unsetenv ("EXEMPLAR_TODAY");

  /* Before GTK starts, which reads the data directory once. */
  if (home_tmpl != NULL)
    {
      g_autofree char *data_home = NULL;

      home = exemplar_test_make_dir (home_tmpl, "data", &data_home);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  return home;
}

ExemplarApplication *
exemplar_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  ExemplarApplication *app;

  /* No application id: no D-Bus, which a test display may not have. */
  app = g_object_new (EXEMPLAR_TYPE_APPLICATION,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      "resource-base-path", "/io/github/exemplar/Exemplar",
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* A main window of @width × @height on screen, showing @campaign at
 * @section when they are given. */
ExemplarWindow *
exemplar_test_window_new (ExemplarApplication *app,
                          ExemplarCampaign    *campaign,
                          const char          *section,
                          int                  width,
                          int                  height)
{
  ExemplarWindow *window = exemplar_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  if (campaign != NULL)
    exemplar_window_set_campaign (window, campaign);
  if (section != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-section",
                                    g_variant_new_string (section));

  return window;
}

/* Every window gone, as at the end of a test. */
void
exemplar_test_destroy_toplevels (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    gtk_window_destroy (iter->data);
  exemplar_test_iterate (50);
}

/* The main loop */

/* Sets the gboolean at @flag; as a source, runs once. */
gboolean
exemplar_test_set_flag_cb (gpointer flag)
{
  *(gboolean *) flag = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms and then until idle, so that models, layout,
 * mapping and transitions have caught up. */
void
exemplar_test_iterate (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, exemplar_test_set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Widgets */

static void
collect (GtkWidget  *widget,
         GType       type,
         const char *css_class,
         GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        g_ptr_array_add (found, child);

      collect (child, type, css_class, found);
    }
}

/* The widgets of @type (and @css_class, if given) below @root. */
GPtrArray *
exemplar_test_find_all (gpointer    root,
                        GType       type,
                        const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, css_class, found);
  return found;
}

/* Only those on screen. */
GPtrArray *
exemplar_test_find_drawable (gpointer    root,
                             GType       type,
                             const char *css_class)
{
  g_autoptr(GPtrArray) all = exemplar_test_find_all (root, type, css_class);
  GPtrArray *drawable = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      if (gtk_widget_is_drawable (g_ptr_array_index (all, i)))
        g_ptr_array_add (drawable, g_ptr_array_index (all, i));
    }

  return drawable;
}

/* The first of them; there must be one. */
gpointer
exemplar_test_find_first (gpointer    root,
                          GType       type,
                          const char *css_class)
{
  g_autoptr(GPtrArray) found = exemplar_test_find_all (root, type, css_class);

  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

/* The only widget of @type below @root. */
gpointer
exemplar_test_find_one (gpointer root,
                        GType    type)
{
  g_autoptr(GPtrArray) found = exemplar_test_find_all (root, type, NULL);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The widget a template names @id, or NULL. */
GtkWidget *
exemplar_test_find_by_id (gpointer    root,
                          const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (root));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), id) == 0)
        return child;
      if ((found = exemplar_test_find_by_id (child, id)))
        return found;
    }

  return NULL;
}

/* The form row a user finds by its title; there must be one. */
GtkWidget *
exemplar_test_find_row (gpointer    root,
                        const char *title)
{
  g_autoptr(GPtrArray) rows = exemplar_test_find_all (root, ADW_TYPE_PREFERENCES_ROW, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
        return g_ptr_array_index (rows, i);
    }

  g_error ("No row titled “%s”", title);
  return NULL;
}

/* The visible window of @type, or NULL. */
gpointer
exemplar_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (iter->data, type) && gtk_widget_get_visible (iter->data))
        return iter->data;
    }

  return NULL;
}

/* The visible AdwMessageDialog of @parent (of any window when NULL), or NULL. */
gpointer
exemplar_test_find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (iter->data) &&
          (parent == NULL || gtk_window_get_transient_for (iter->data) == parent) &&
          gtk_widget_get_visible (iter->data))
        return iter->data;
    }

  return NULL;
}

/* What a user reads */

/* The text of the labels on screen below @root, in reading order; the
 * strings belong to the labels. */
GPtrArray *
exemplar_test_visible_texts (gpointer root)
{
  g_autoptr(GPtrArray) labels = exemplar_test_find_drawable (root, GTK_TYPE_LABEL, NULL);
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));

  return texts;
}

gboolean
exemplar_test_texts_contain (GPtrArray  *texts,
                             const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    {
      if (strstr (g_ptr_array_index (texts, i), needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Whether a label on screen below @root says @needle. */
gboolean
exemplar_test_shows_text (gpointer    root,
                          const char *needle)
{
  g_autoptr(GPtrArray) texts = exemplar_test_visible_texts (root);

  return exemplar_test_texts_contain (texts, needle);
}

/* What a user does */

/* Moves the keyboard focus to @widget, as clicking or tabbing into it does. */
void
exemplar_test_focus (gpointer widget)
{
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (widget)));
  exemplar_test_iterate (20);
}

/* Enter in a text field: its text's activation, which the key binds to. */
void
exemplar_test_press_enter (gpointer editable)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (editable)), "activate");
}
