/* exemplar-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-demo.h"
#include "exemplar-new-campaign-dialog.h"
#include "exemplar-window.h"

#define SAMPLE_TEMPLATE_ID "changning-2023"
#define SAMPLE_BASENAME    "sample-changning-2023.exemplar"
#define SAMPLE_SEED        2023

struct _ExemplarApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  GSettings      *settings;

  /* --sample was given to the primary instance. */
  guint           open_sample_on_activate : 1;
};

G_DEFINE_FINAL_TYPE (ExemplarApplication, exemplar_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the sample campaign (Changning 2023)"), NULL },
  { NULL }
};

/* The sample takes seconds to draw and store, so it is made on a worker
 * with a connection of its own, and then opened like any file. */
static void
create_sample_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0750) != 0)
    {
      int errsv = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errsv),
                               _("Could not create the folder “%s”: %s"),
                               dir, g_strerror (errsv));
      return;
    }

  campaign = exemplar_campaign_new_demo (path, SAMPLE_TEMPLATE_ID, SAMPLE_SEED, &error);
  if (campaign == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

typedef struct
{
  ExemplarApplication *self;
  ExemplarWindow      *window;
  char                *path;
} SampleRequest;

static void
sample_request_free (SampleRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->window);
  g_free (request->path);
  g_free (request);
}

static void
on_sample_created_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SampleRequest *request = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    exemplar_window_show_error (request->window,
                                _("Could Not Create the Sample Campaign"),
                                error->message);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (request->path);
      exemplar_window_open_file (request->window, file);
    }

  sample_request_free (request);
}

static void
on_open_response_cb (GtkNativeDialog     *native,
                     int                  response,
                     ExemplarApplication *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (EXEMPLAR_IS_APPLICATION (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        g_application_open (G_APPLICATION (self), &file, 1, "");
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
exemplar_application_new_action (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  ExemplarNewCampaignDialog *dialog;

  /* The dialog opens the new campaign in a new window when its parent
   * already shows one. */
  if (!EXEMPLAR_IS_WINDOW (parent))
    {
      parent = GTK_WINDOW (exemplar_application_get_window_for_open (self));
      gtk_window_present (parent);
    }

  dialog = exemplar_new_campaign_dialog_new (EXEMPLAR_WINDOW (parent));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exemplar_application_open_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) campaigns = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Campaign"),
                                        parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  /* Reviewers open the review packages the office sent them the same way. */
  gtk_file_filter_set_name (campaigns, _("Campaigns and Review Packages"));
  gtk_file_filter_add_mime_type (campaigns, "application/x-exemplar-campaign");
  gtk_file_filter_add_mime_type (campaigns, "application/x-exemplar-review");
  gtk_file_filter_add_suffix (campaigns, "exemplar");
  gtk_file_filter_add_suffix (campaigns, "exemplar-review");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), campaigns);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), campaigns);

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (on_open_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
exemplar_application_open_file_action (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  g_application_open (G_APPLICATION (self), &file, 1, "");
}

static void
exemplar_application_remove_recent_action (GSimpleAction *action,
                                           GVariant      *param,
                                           gpointer       user_data)
{
  exemplar_application_remove_recent (user_data, g_variant_get_string (param, NULL));
}

static void
exemplar_application_sample_action (GSimpleAction *action,
                                    GVariant      *param,
                                    gpointer       user_data)
{
  exemplar_application_open_sample (user_data);
}

static void
exemplar_application_quit_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Closing each window first lets it remember its size. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (iter->data);

  g_application_quit (G_APPLICATION (self));
}

static void
exemplar_application_about_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;
  static const char *developers[] = {
    N_("The Exemplar authors"),
    NULL
  };
  static const char *sources[] = {
    "上海市长宁区未成年人保护委员会办公室（长未保办〔2023〕1号）",
    NULL
  };
  const char *translated_developers[G_N_ELEMENTS (developers)] = { NULL };

  for (guint i = 0; developers[i] != NULL; i++)
    translated_developers[i] = _(developers[i]);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Exemplar"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Exemplar authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Run a model-site creation campaign (示范创建评审) from the call for applications to the naming of the winners."),
                        "copyright", _("© 2023 The Exemplar authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", translated_developers,
                        /* Translators: put your names here, one per line, e.g. "张三 <zhangsan@example.com>". */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Built-in Template Based on the Notice of"),
                                                sources);
  gtk_window_present (GTK_WINDOW (about));
}

static void
exemplar_application_help_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  ExemplarApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri (parent, "help:exemplar", GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { "new", exemplar_application_new_action },
  { "open", exemplar_application_open_action },
  { "open-file", exemplar_application_open_file_action, "s" },
  { "remove-recent", exemplar_application_remove_recent_action, "s" },
  { "sample", exemplar_application_sample_action },
  { "quit", exemplar_application_quit_action },
  { "about", exemplar_application_about_action },
  { "help", exemplar_application_help_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new", { "<Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.save-copy", { "<Control><Shift>s", NULL } },
  { "win.send-sheet", { "<Control><Shift>e", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.show-section::overview", { "<Alt>1", NULL } },
  { "win.show-section::rubric", { "<Alt>2", NULL } },
  { "win.show-section::applications", { "<Alt>3", NULL } },
  { "win.show-section::evaluation", { "<Alt>4", NULL } },
  { "win.show-section::results", { "<Alt>5", NULL } },
  { "win.show-section::publicity", { "<Alt>6", NULL } },
};

static int
exemplar_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  ExemplarApplication *self = EXEMPLAR_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_contains (options, "sample"))
    return -1;

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* A running instance opens the sample itself; this one is done. */
  if (g_application_get_is_remote (application))
    {
      g_action_group_activate_action (G_ACTION_GROUP (application), "sample", NULL);
      return EXIT_SUCCESS;
    }

  self->open_sample_on_activate = TRUE;

  return -1;
}

static void
exemplar_application_startup (GApplication *application)
{
  ExemplarApplication *self = EXEMPLAR_APPLICATION (application);

  G_APPLICATION_CLASS (exemplar_application_parent_class)->startup (application);

  g_set_application_name (_("Exemplar"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  if (!(self->settings = exemplar_application_new_settings ()))
    g_warning ("The settings schema %s is not installed; "
               "recent campaigns and the window size are not remembered. "
               "Set GSETTINGS_SCHEMA_DIR to run uninstalled.",
               APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);
}

static void
exemplar_application_activate (GApplication *application)
{
  ExemplarApplication *self = EXEMPLAR_APPLICATION (application);
  GtkWindow *window;

  if (self->open_sample_on_activate)
    {
      self->open_sample_on_activate = FALSE;
      exemplar_application_open_sample (self);
      return;
    }

  if (!(window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    window = GTK_WINDOW (exemplar_window_new (self));

  gtk_window_present (window);
}

static void
exemplar_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  ExemplarApplication *self = EXEMPLAR_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      ExemplarWindow *window = exemplar_application_get_window_for_open (self);

      gtk_window_present (GTK_WINDOW (window));
      exemplar_window_open_file (window, files[i]);
    }

  if (self->open_sample_on_activate)
    {
      self->open_sample_on_activate = FALSE;
      exemplar_application_open_sample (self);
    }
}

static void
exemplar_application_dispose (GObject *object)
{
  ExemplarApplication *self = (ExemplarApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (exemplar_application_parent_class)->dispose (object);
}

static void
exemplar_application_class_init (ExemplarApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = exemplar_application_dispose;

  app_class->handle_local_options = exemplar_application_handle_local_options;
  app_class->startup = exemplar_application_startup;
  app_class->activate = exemplar_application_activate;
  app_class->open = exemplar_application_open;
}

static void
exemplar_application_init (ExemplarApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[FILE…]"));
}

ExemplarApplication *
exemplar_application_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/exemplar/Exemplar",
                       NULL);
}

GSettings *
exemplar_application_new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * exemplar_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL
 *   when the schema is not installed.
 */
GSettings *
exemplar_application_get_settings (ExemplarApplication *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* Keeps the list newest first, without duplicates, at most EXEMPLAR_RECENT_MAX. */
void
exemplar_application_add_recent (ExemplarApplication *self,
                                 const char          *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (EXEMPLAR_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-campaigns");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);

  for (guint i = 0; old[i] != NULL && n < EXEMPLAR_RECENT_MAX; i++)
    {
      if (g_str_equal (old[i], path))
        continue;

      g_strv_builder_add (builder, old[i]);
      n++;
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-campaigns", (const char * const *)recent);
}

void
exemplar_application_remove_recent (ExemplarApplication *self,
                                    const char          *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;

  g_return_if_fail (EXEMPLAR_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-campaigns");
  builder = g_strv_builder_new ();

  for (guint i = 0; old[i] != NULL; i++)
    {
      if (!g_str_equal (old[i], path))
        g_strv_builder_add (builder, old[i]);
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-campaigns", (const char * const *)recent);
}

static gboolean
is_free_window (GtkWindow *window)
{
  return EXEMPLAR_IS_WINDOW (window) &&
         exemplar_window_get_campaign (EXEMPLAR_WINDOW (window)) == NULL;
}

/**
 * exemplar_application_get_window_for_open:
 *
 * Returns: (transfer none): a window that shows no campaign, the active one
 *   first, or else a new window; opening never replaces an open campaign.
 */
ExemplarWindow *
exemplar_application_get_window_for_open (ExemplarApplication *self)
{
  GtkWindow *active;

  g_return_val_if_fail (EXEMPLAR_IS_APPLICATION (self), NULL);

  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (is_free_window (active))
    return EXEMPLAR_WINDOW (active);

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self));
       iter != NULL;
       iter = iter->next)
    {
      if (is_free_window (iter->data))
        return EXEMPLAR_WINDOW (iter->data);
    }

  return exemplar_window_new (self);
}

/* Opens the sample campaign, creating it the first time in the user's data
 * folder: the built-in template with made-up applications and evidence. */
void
exemplar_application_open_sample (ExemplarApplication *self)
{
  g_autofree char *path = NULL;
  ExemplarWindow *window;

  g_return_if_fail (EXEMPLAR_IS_APPLICATION (self));

  path = g_build_filename (g_get_user_data_dir (), "exemplar", SAMPLE_BASENAME, NULL);
  window = exemplar_application_get_window_for_open (self);
  gtk_window_present (GTK_WINDOW (window));

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GTask) task = NULL;
      SampleRequest *request = g_new0 (SampleRequest, 1);

      request->self = g_object_ref (self);
      request->window = g_object_ref (window);
      request->path = g_strdup (path);

      exemplar_window_add_toast (window, _("Preparing the sample campaign…"));
      task = g_task_new (self, NULL, on_sample_created_cb, request);
      g_task_set_task_data (task, g_strdup (path), g_free);
      g_task_run_in_thread (task, create_sample_thread);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      exemplar_window_open_file (window, file);
    }
}
