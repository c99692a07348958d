/* exemplar-new-campaign-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-error.h"
#include "exemplar-new-campaign-dialog.h"
#include "exemplar-template.h"
#include "exemplar-window.h"

struct _ExemplarNewCampaignDialog
{
  AdwWindow            parent_instance;

  /* Weak references */
  ExemplarWindow      *window;

  /* Owned references */
  GPtrArray           *checks;
  GtkWidget           *group_leader;

  /* Template widgets */
  AdwPreferencesGroup *template_group;
  GtkButton           *create_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (ExemplarNewCampaignDialog, exemplar_new_campaign_dialog, ADW_TYPE_WINDOW)

static void
exemplar_new_campaign_dialog_show_error (ExemplarNewCampaignDialog *self,
                                         const char                *message)
{
  g_assert (EXEMPLAR_IS_NEW_CAMPAIGN_DIALOG (self));

  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
exemplar_new_campaign_dialog_add_templates (ExemplarNewCampaignDialog *self)
{
  g_auto(GStrv) ids = exemplar_template_list ();
  GtkCheckButton *group;

  /* A check button draws as a radio only in a group of two or more, so an
   * unshown leader keeps a single template looking like a choice. */
  self->group_leader = g_object_ref_sink (gtk_check_button_new ());
  group = GTK_CHECK_BUTTON (self->group_leader);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *title = exemplar_template_get_title (ids[i]);
      GtkWidget *row;
      GtkWidget *check;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : ids[i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ids[i]);

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      g_object_set_data_full (G_OBJECT (check), "template-id", g_strdup (ids[i]), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      adw_preferences_group_add (self->template_group, row);
      g_ptr_array_add (self->checks, check);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), self->checks->len > 0);
}

static char *
suggest_name (const char *template_id)
{
  g_autofree char *title = exemplar_template_get_title (template_id);
  const char *base = title != NULL ? title : template_id;

  return g_strconcat (g_strdelimit (g_strdup (base), "/\\", '-'), ".exemplar", NULL);
}

static void
on_file_chooser_response_cb (GtkNativeDialog           *native,
                             int                        response,
                             ExemplarNewCampaignDialog *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (EXEMPLAR_IS_NEW_CAMPAIGN_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        exemplar_new_campaign_dialog_create (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
on_create_button_clicked_cb (ExemplarNewCampaignDialog *self,
                             GtkButton                 *button)
{
  const char *template_id;
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *documents;

  g_assert (EXEMPLAR_IS_NEW_CAMPAIGN_DIALOG (self));

  if (!(template_id = exemplar_new_campaign_dialog_get_template_id (self)))
    return;

  native = gtk_file_chooser_native_new (_("Save New Campaign"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("C_reate"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, _("Campaigns"));
  gtk_file_filter_add_mime_type (filter, "application/x-exemplar-campaign");
  gtk_file_filter_add_suffix (filter, "exemplar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  name = suggest_name (template_id);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (on_file_chooser_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
exemplar_new_campaign_dialog_dispose (GObject *object)
{
  ExemplarNewCampaignDialog *self = (ExemplarNewCampaignDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_NEW_CAMPAIGN_DIALOG);

  g_clear_weak_pointer (&self->window);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->group_leader);

  G_OBJECT_CLASS (exemplar_new_campaign_dialog_parent_class)->dispose (object);
}

static void
exemplar_new_campaign_dialog_class_init (ExemplarNewCampaignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_new_campaign_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-new-campaign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarNewCampaignDialog, template_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNewCampaignDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNewCampaignDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNewCampaignDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_create_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
exemplar_new_campaign_dialog_init (ExemplarNewCampaignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_ptr_array_new ();

  exemplar_new_campaign_dialog_add_templates (self);
}

ExemplarNewCampaignDialog *
exemplar_new_campaign_dialog_new (ExemplarWindow *window)
{
  ExemplarNewCampaignDialog *self;

  g_return_val_if_fail (EXEMPLAR_IS_WINDOW (window), NULL);

  self = g_object_new (EXEMPLAR_TYPE_NEW_CAMPAIGN_DIALOG,
                       "transient-for", window,
                       NULL);
  g_set_weak_pointer (&self->window, window);

  return self;
}

/**
 * exemplar_new_campaign_dialog_get_template_id:
 *
 * Returns: (nullable): the id of the selected template
 */
const char *
exemplar_new_campaign_dialog_get_template_id (ExemplarNewCampaignDialog *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_NEW_CAMPAIGN_DIALOG (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        return g_object_get_data (G_OBJECT (check), "template-id");
    }

  return NULL;
}

gboolean
exemplar_new_campaign_dialog_create (ExemplarNewCampaignDialog *self,
                                     GFile                     *file)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *template_id;
  ExemplarWindow *window;
  GtkApplication *app;

  g_return_val_if_fail (EXEMPLAR_IS_NEW_CAMPAIGN_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(template_id = exemplar_new_campaign_dialog_get_template_id (self)))
    {
      exemplar_new_campaign_dialog_show_error (self, _("Choose a template first."));
      return FALSE;
    }

  if (!(path = g_file_get_path (file)))
    {
      exemplar_new_campaign_dialog_show_error (self, _("Only folders on this computer can hold a campaign. Choose a local folder."));
      return FALSE;
    }

  if (!g_str_has_suffix (path, ".exemplar"))
    {
      char *with_suffix = g_strconcat (path, ".exemplar", NULL);

      g_free (path);
      path = with_suffix;
    }

  if (!(campaign = exemplar_campaign_new_from_template (path, template_id, &error)))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS))
        /* Translators: %s is a file path. */
        message = g_strdup_printf (_("A file is already there: “%s”. Nothing was overwritten. Choose another name, or use Open… to work on that campaign."),
                                   path);
      else
        /* Translators: %s is the reason. */
        message = g_strdup_printf (_("The campaign could not be created: %s"), error->message);

      exemplar_new_campaign_dialog_show_error (self, message);
      return FALSE;
    }

  exemplar_new_campaign_dialog_show_error (self, NULL);

  /* Never replace a campaign that a window already shows. */
  window = self->window;
  app = window != NULL ? gtk_window_get_application (GTK_WINDOW (window)) : NULL;
  if (window == NULL || exemplar_window_get_campaign (window) != NULL)
    window = exemplar_window_new (EXEMPLAR_IS_APPLICATION (app) ? EXEMPLAR_APPLICATION (app) : NULL);

  exemplar_window_set_campaign (window, campaign);
  gtk_window_present (GTK_WINDOW (window));

  if (EXEMPLAR_IS_APPLICATION (app))
    exemplar_application_add_recent (EXEMPLAR_APPLICATION (app), path);

  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}
