/* exemplar-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-declarations-page.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-page.h"
#include "exemplar-evidence-limit-dialog.h"
#include "exemplar-overview-page.h"
#include "exemplar-phase-dialog.h"
#include "exemplar-publicity-page.h"
#include "exemplar-results-page.h"
#include "exemplar-review-page.h"
#include "exemplar-reviewer.h"
#include "exemplar-rubric-page.h"
#include "exemplar-welcome-page.h"
#include "exemplar-window.h"

struct _ExemplarWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned references */
  ExemplarCampaign     *campaign;
  GSettings            *settings;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkMenuButton        *welcome_menu_button;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *campaign_menu_button;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *content_stack;
  ExemplarOverviewPage *overview_page;
  ExemplarRubricPage   *rubric_page;
  ExemplarDeclarationsPage *declarations_page;
  ExemplarResultsPage  *results_page;
  ExemplarEvaluationPage *evaluation_page;
  ExemplarPublicityPage *publicity_page;
  AdwWindowTitle       *review_title;
  GtkMenuButton        *review_menu_button;
  ExemplarReviewPage   *review_page;
};

G_DEFINE_FINAL_TYPE (ExemplarWindow, exemplar_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const sections[] = { "overview", "rubric", "applications", "evaluation", "results", "publicity" };

static gboolean
is_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_strcmp0 (name, sections[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
set_action_enabled (ExemplarWindow *self,
                    const char     *name,
                    gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
exemplar_window_update_title (ExemplarWindow *self)
{
  g_assert (EXEMPLAR_IS_WINDOW (self));

  if (self->campaign != NULL)
    {
      const char *title = exemplar_campaign_get_title (self->campaign);
      ExemplarPhase phase = exemplar_campaign_get_phase (self->campaign);

      adw_window_title_set_title (self->window_title, title);
      adw_window_title_set_subtitle (self->window_title, exemplar_phase_get_title (phase));
      gtk_window_set_title (GTK_WINDOW (self), title);

      if (exemplar_campaign_get_is_package (self->campaign))
        {
          ExemplarReviewer *reviewer = exemplar_campaign_get_package_reviewer (self->campaign);
          g_autofree char *subtitle = NULL;

          /* Translators: the window's subtitle and the heading of the reviewer's
           * page when a review package is open; %s is the reviewer, e.g. "林晓". */
          subtitle = g_strdup_printf (_("Review package for %s"),
                                      reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "");
          adw_window_title_set_title (self->review_title, title);
          adw_window_title_set_subtitle (self->review_title, subtitle);
        }
    }
  else
    {
      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Exemplar"));
    }
}

static void
exemplar_window_update_view (ExemplarWindow *self)
{
  gboolean has_campaign;
  gboolean is_package;
  gboolean is_office;

  g_assert (EXEMPLAR_IS_WINDOW (self));

  has_campaign = self->campaign != NULL;
  is_package = has_campaign && exemplar_campaign_get_is_package (self->campaign);
  /* A review package is the reviewer's client: no office functions. */
  is_office = has_campaign && !is_package;

  gtk_stack_set_visible_child_name (self->main_stack,
                                    is_package ? "review" : has_campaign ? "campaign" : "welcome");

  /* Only the menu button that is on screen answers F10. */
  gtk_menu_button_set_primary (self->welcome_menu_button, !has_campaign);
  gtk_menu_button_set_primary (self->campaign_menu_button, is_office);
  gtk_menu_button_set_primary (self->review_menu_button, is_package);

  set_action_enabled (self, "save-copy", is_office);
  set_action_enabled (self, "close-campaign", has_campaign);
  set_action_enabled (self, "show-section", is_office);
  set_action_enabled (self, "send-sheet", is_package);
  set_action_enabled (self, "evidence-limit",
                      is_office && !exemplar_campaign_get_read_only (self->campaign));
  set_action_enabled (self, "advance-phase",
                      is_office &&
                      !exemplar_campaign_get_read_only (self->campaign) &&
                      exemplar_campaign_get_phase (self->campaign) != EXEMPLAR_PHASE_CLOSED);
  set_action_enabled (self, "reopen-phase",
                      is_office &&
                      !exemplar_campaign_get_read_only (self->campaign) &&
                      exemplar_campaign_get_phase (self->campaign) > EXEMPLAR_PHASE_DECLARATION);

  if (has_campaign && exemplar_campaign_get_read_only (self->campaign))
    {
      const char *reason = exemplar_campaign_get_read_only_reason (self->campaign);

      /* The model's reason is a whole sentence that says what to do. */
      if (reason == NULL || reason[0] == '\0')
        reason = _("This campaign is open read-only: changes cannot be saved.");

      gtk_label_set_label (self->read_only_label, reason);
      gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->read_only_revealer, FALSE);
    }

  exemplar_window_update_title (self);
}

static void
exemplar_window_show_section (ExemplarWindow *self,
                              const char     *name)
{
  GtkWidget *child;

  g_assert (EXEMPLAR_IS_WINDOW (self));
  g_assert (is_section (name));

  gtk_stack_set_visible_child_name (self->content_stack, name);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (child));
          break;
        }
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
on_campaign_notify_cb (ExemplarWindow   *self,
                       GParamSpec       *pspec,
                       ExemplarCampaign *campaign)
{
  g_assert (EXEMPLAR_IS_WINDOW (self));
  g_assert (EXEMPLAR_IS_CAMPAIGN (campaign));

  exemplar_window_update_view (self);
}

static void
on_sidebar_row_activated_cb (ExemplarWindow *self,
                             GtkListBoxRow  *row,
                             GtkListBox     *list_box)
{
  const char *name;

  g_assert (EXEMPLAR_IS_WINDOW (self));
  g_assert (GTK_IS_LIST_BOX_ROW (row));

  name = gtk_widget_get_name (GTK_WIDGET (row));
  if (is_section (name))
    exemplar_window_show_section (self, name);
}

static void
on_back_button_clicked_cb (ExemplarWindow *self,
                           GtkButton      *button)
{
  g_assert (EXEMPLAR_IS_WINDOW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_save_copy_response_cb (GtkNativeDialog *native,
                          int              response,
                          ExemplarWindow  *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (EXEMPLAR_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        exemplar_window_save_copy (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
exemplar_window_save_copy_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  ExemplarWindow *self = user_data;
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *safe_title = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  g_assert (EXEMPLAR_IS_WINDOW (self));

  if (self->campaign == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Save a Copy"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, _("Campaigns"));
  gtk_file_filter_add_mime_type (filter, "application/x-exemplar-campaign");
  gtk_file_filter_add_suffix (filter, "exemplar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  safe_title = g_strdelimit (g_strdup (exemplar_campaign_get_title (self->campaign)), "/\\", '-');
  /* Translators: the suggested file name of a copy; %s is the campaign title. */
  name = g_strdup_printf (_("%s copy.exemplar"), safe_title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  dir = g_path_get_dirname (exemplar_campaign_get_path (self->campaign));
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (on_save_copy_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
exemplar_window_close_campaign_action (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  exemplar_window_set_campaign (user_data, NULL);
}

static void
exemplar_window_close_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  gtk_window_close (user_data);
}

static void
exemplar_window_show_section_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  ExemplarWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);

  if (!is_section (name))
    {
      g_warning ("No section named “%s”", name);
      return;
    }

  exemplar_window_show_section (self, name);
}

static void
exemplar_window_advance_phase_action (GSimpleAction *action,
                                      GVariant      *param,
                                      gpointer       user_data)
{
  ExemplarWindow *self = user_data;

  if (self->campaign != NULL)
    gtk_window_present (GTK_WINDOW (exemplar_phase_dialog_new (GTK_WINDOW (self), self->campaign)));
}

static void
exemplar_window_reopen_phase_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  ExemplarWindow *self = user_data;
  ExemplarPhaseDialog *dialog;

  if (self->campaign == NULL)
    return;

  dialog = exemplar_phase_dialog_new (GTK_WINDOW (self), self->campaign);
  exemplar_phase_dialog_show_reopen (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exemplar_window_send_sheet_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  ExemplarWindow *self = user_data;

  if (self->campaign != NULL && exemplar_campaign_get_is_package (self->campaign))
    exemplar_review_page_send (self->review_page);
}

static void
exemplar_window_evidence_limit_action (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  ExemplarWindow *self = user_data;

  if (self->campaign != NULL && !exemplar_campaign_get_is_package (self->campaign))
    exemplar_evidence_limit_dialog_present (GTK_WINDOW (self), self->campaign);
}

static const GActionEntry win_actions[] = {
  { "save-copy", exemplar_window_save_copy_action },
  { "close-campaign", exemplar_window_close_campaign_action },
  { "close", exemplar_window_close_action },
  { "show-section", exemplar_window_show_section_action, "s" },
  { "advance-phase", exemplar_window_advance_phase_action },
  { "reopen-phase", exemplar_window_reopen_phase_action },
  { "send-sheet", exemplar_window_send_sheet_action },
  { "evidence-limit", exemplar_window_evidence_limit_action },
};

static gboolean
exemplar_window_close_request (GtkWindow *window)
{
  ExemplarWindow *self = EXEMPLAR_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (self->settings, "window-maximized", maximized);

      if (!maximized)
        {
          int width, height;

          gtk_window_get_default_size (window, &width, &height);
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (exemplar_window_parent_class)->close_request (window);
}

static void
exemplar_window_dispose (GObject *object)
{
  ExemplarWindow *self = (ExemplarWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_WINDOW);

  g_clear_object (&self->campaign);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (exemplar_window_parent_class)->dispose (object);
}

static void
exemplar_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ExemplarWindow *self = EXEMPLAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ExemplarWindow *self = EXEMPLAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_window_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_window_class_init (ExemplarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = exemplar_window_dispose;
  object_class->get_property = exemplar_window_get_property;
  object_class->set_property = exemplar_window_set_property;

  window_class->close_request = exemplar_window_close_request;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, campaign_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, rubric_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, declarations_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, results_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, evaluation_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, publicity_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, review_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, review_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarWindow, review_page);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);

  g_type_ensure (EXEMPLAR_TYPE_DECLARATIONS_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_EVALUATION_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_OVERVIEW_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_PUBLICITY_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_RESULTS_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_REVIEW_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_RUBRIC_PAGE);
  g_type_ensure (EXEMPLAR_TYPE_WELCOME_PAGE);
}

static void
exemplar_window_init (ExemplarWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_actions,
                                   G_N_ELEMENTS (win_actions),
                                   self);

  g_signal_connect_object (self->sidebar_list,
                           "row-activated",
                           G_CALLBACK (on_sidebar_row_activated_cb),
                           self,
                           G_CONNECT_SWAPPED);

  if ((self->settings = exemplar_application_new_settings ()))
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, 0));

  exemplar_window_update_view (self);
}

ExemplarWindow *
exemplar_window_new (ExemplarApplication *application)
{
  g_return_val_if_fail (!application || EXEMPLAR_IS_APPLICATION (application), NULL);

  return g_object_new (EXEMPLAR_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * exemplar_window_open_file:
 * @self: a #ExemplarWindow
 * @file: a campaign file
 *
 * Opens @file and shows it. When it cannot be opened, a message says why
 * and the window keeps what it showed.
 */
void
exemplar_window_open_file (ExemplarWindow *self,
                           GFile          *file)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  GtkApplication *app;

  g_return_if_fail (EXEMPLAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The heading names the file; the model's message gives the full path. */
  display_name = g_file_get_basename (file);

  if (!(path = g_file_get_path (file)))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);

      exemplar_window_show_error (self,
                                  heading,
                                  _("Only campaign files on this computer can be opened. Copy the file to a local folder first."));
      return;
    }

  if (!(campaign = exemplar_campaign_open (path, &error)))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);
      g_autofree char *body = NULL;

      /* Translators: %s is the reason, as the model reported it. */
      body = g_strdup_printf (_("%s\n\nCheck that this is an Exemplar campaign (a .exemplar file) and that you may read it."),
                              error->message);
      exemplar_window_show_error (self, heading, body);
      return;
    }

  exemplar_window_set_campaign (self, campaign);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (EXEMPLAR_IS_APPLICATION (app))
    exemplar_application_add_recent (EXEMPLAR_APPLICATION (app), path);
}

/**
 * exemplar_window_get_campaign:
 *
 * Returns: (transfer none) (nullable): the campaign shown, if any
 */
ExemplarCampaign *
exemplar_window_get_campaign (ExemplarWindow *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WINDOW (self), NULL);

  return self->campaign;
}

/* Shows @campaign, or the welcome page when @campaign is %NULL. */
void
exemplar_window_set_campaign (ExemplarWindow   *self,
                              ExemplarCampaign *campaign)
{
  ExemplarCampaign *office;
  gboolean is_package;

  g_return_if_fail (EXEMPLAR_IS_WINDOW (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign,
                                          G_CALLBACK (on_campaign_notify_cb),
                                          self);

  g_set_object (&self->campaign, campaign);

  /* A package shows only the reviewer's page; the office's sections
   * never see it. */
  is_package = campaign != NULL && exemplar_campaign_get_is_package (campaign);
  office = is_package ? NULL : campaign;

  exemplar_overview_page_set_campaign (self->overview_page, office);
  exemplar_rubric_page_set_campaign (self->rubric_page, office);
  exemplar_declarations_page_set_campaign (self->declarations_page, office);
  exemplar_results_page_set_campaign (self->results_page, office);
  exemplar_evaluation_page_set_campaign (self->evaluation_page, office);
  exemplar_publicity_page_set_campaign (self->publicity_page, office);
  exemplar_review_page_set_campaign (self->review_page, is_package ? campaign : NULL);

  if (campaign != NULL)
    {
      g_signal_connect_object (campaign,
                               "notify::title",
                               G_CALLBACK (on_campaign_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign,
                               "notify::phase",
                               G_CALLBACK (on_campaign_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign,
                               "notify::read-only",
                               G_CALLBACK (on_campaign_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);

      if (office != NULL)
        exemplar_window_show_section (self, "overview");
    }

  exemplar_window_update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

void
exemplar_window_show_error (ExemplarWindow *self,
                            const char     *heading,
                            const char     *body)
{
  GtkWidget *dialog;

  g_return_if_fail (EXEMPLAR_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
exemplar_window_add_toast (ExemplarWindow *self,
                           const char     *title)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (EXEMPLAR_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  /* A toast's title is Pango markup; @title is plain text, often with a
   * name or a file's name in it. */
  markup = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/**
 * exemplar_window_save_copy:
 * @self: a #ExemplarWindow
 * @file: where the copy goes; ".exemplar" is appended when missing
 *
 * Saves a copy of the campaign, as Save a Copy… does once a file is chosen.
 * Success shows a toast; a failure, a message that says what to do.
 *
 * Returns: %TRUE when the copy was saved
 */
gboolean
exemplar_window_save_copy (ExemplarWindow *self,
                           GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->campaign == NULL)
    return FALSE;

  if (!(path = g_file_get_path (file)))
    {
      exemplar_window_show_error (self,
                                  _("Could Not Save a Copy"),
                                  _("Only files on this computer can be written. Choose a local folder."));
      return FALSE;
    }

  if (!g_str_has_suffix (path, ".exemplar"))
    {
      char *with_suffix = g_strconcat (path, ".exemplar", NULL);

      g_free (path);
      path = with_suffix;
    }

  if (!exemplar_campaign_save_copy (self->campaign, path, &error))
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS))
        /* Translators: %s says that a file is already there. */
        body = g_strdup_printf (_("%s\n\nA copy never replaces an existing file. The campaign itself is unchanged."),
                                error->message);
      else
        /* Translators: %s is the reason the copy failed. */
        body = g_strdup_printf (_("%s\n\nThe campaign itself is unchanged. Choose another name or folder, and check that there is enough free space."),
                                error->message);
      exemplar_window_show_error (self, _("Could Not Save a Copy"), body);
      return FALSE;
    }

  exemplar_window_add_toast (self, _("Copy saved"));

  return TRUE;
}
