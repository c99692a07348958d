/* exemplar-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-application.h"
#include "exemplar-welcome-page.h"

struct _ExemplarWelcomePage
{
  AdwBin                parent_instance;

  /* Owned references */
  GSettings            *settings;
  GPtrArray            *recent_rows;

  /* Template widgets */
  AdwPreferencesGroup  *recent_group;
};

G_DEFINE_FINAL_TYPE (ExemplarWelcomePage, exemplar_welcome_page, ADW_TYPE_BIN)

/* The folder of @path, with the home folder shortened to "~". */
static char *
format_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (home_len > 1 &&
      g_str_has_prefix (dir, home) &&
      (dir[home_len] == '\0' || dir[home_len] == G_DIR_SEPARATOR))
    return g_strconcat ("~", dir + home_len, NULL);

  return g_steal_pointer (&dir);
}

static GtkWidget *
create_recent_row (const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *folder = format_folder (path);
  GtkWidget *row;
  char *dot;

  if ((dot = strrchr (basename, '.')) && dot != basename)
    *dot = '\0';

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
  gtk_widget_set_tooltip_text (row, path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-file");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);
    }
  else
    {
      GtkWidget *remove;
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;

      /* Translators: shown for a recent campaign whose file is gone; %s is its folder. */
      subtitle = g_strdup_printf (_("File not found · %s"), folder);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (row, "missing");

      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove From Recent Campaigns"));
      /* Translators: %s is a file name without its extension. */
      label = g_strdup_printf (_("Remove “%s” from recent campaigns"), basename);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "app.remove-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", path);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }

  return row;
}

static void
exemplar_welcome_page_reload (ExemplarWelcomePage *self)
{
  g_auto(GStrv) recent = NULL;
  guint n = 0;

  g_assert (EXEMPLAR_IS_WELCOME_PAGE (self));

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);

  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-campaigns");

  for (guint i = 0; recent != NULL && recent[i] != NULL && n < EXEMPLAR_RECENT_MAX; i++)
    {
      GtkWidget *row;

      if (!g_path_is_absolute (recent[i]))
        continue;

      row = create_recent_row (recent[i]);
      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), n > 0);
}

static void
on_recent_changed_cb (ExemplarWelcomePage *self,
                      const char          *key,
                      GSettings           *settings)
{
  g_assert (EXEMPLAR_IS_WELCOME_PAGE (self));

  exemplar_welcome_page_reload (self);
}

/* Files may have come or gone while the page was hidden. */
static void
exemplar_welcome_page_map (GtkWidget *widget)
{
  exemplar_welcome_page_reload (EXEMPLAR_WELCOME_PAGE (widget));

  GTK_WIDGET_CLASS (exemplar_welcome_page_parent_class)->map (widget);
}

static void
exemplar_welcome_page_dispose (GObject *object)
{
  ExemplarWelcomePage *self = (ExemplarWelcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_WELCOME_PAGE);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_welcome_page_parent_class)->dispose (object);
}

static void
exemplar_welcome_page_class_init (ExemplarWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_welcome_page_dispose;

  widget_class->map = exemplar_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarWelcomePage, recent_group);
}

static void
exemplar_welcome_page_init (ExemplarWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent_rows = g_ptr_array_new ();

  if ((self->settings = exemplar_application_new_settings ()))
    g_signal_connect_object (self->settings,
                             "changed::recent-campaigns",
                             G_CALLBACK (on_recent_changed_cb),
                             self,
                             G_CONNECT_SWAPPED);

  exemplar_welcome_page_reload (self);
}

GtkWidget *
exemplar_welcome_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_WELCOME_PAGE, NULL);
}
