/* exemplar-evidence-viewer-actions.c
 *
 * The viewer's actions, its keys and the callbacks of its header strip and
 * find bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-evidence-viewer-private.h"

#define SCROLL_STEP 48

static const double zoom_steps[] = { 0.1, 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

void
_exemplar_evidence_viewer_update_actions (ExemplarEvidenceViewer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->n_pages > 0;
  gboolean pdf = self->queue != NULL && exemplar_render_queue_get_kind (self->queue) == EXEMPLAR_DOCUMENT_KIND_PDF;

  gtk_widget_action_set_enabled (widget, "viewer.previous-page", open && self->page > 0);
  gtk_widget_action_set_enabled (widget, "viewer.first-page", open && self->page > 0);
  gtk_widget_action_set_enabled (widget, "viewer.next-page", open && self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (widget, "viewer.last-page", open && self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (widget, "viewer.go-to-page", self->n_pages > 1);
  gtk_widget_action_set_enabled (widget, "viewer.zoom-in", open && self->zoom < EXEMPLAR_ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "viewer.zoom-out", open && self->zoom > EXEMPLAR_ZOOM_MIN);
  gtk_widget_action_set_enabled (widget, "viewer.zoom-actual", open);
  gtk_widget_action_set_enabled (widget, "viewer.zoom-reset", open);
  gtk_widget_action_set_enabled (widget, "viewer.find", pdf);
  gtk_widget_action_set_enabled (widget, "viewer.find-next", pdf && self->n_matches > 0);
  gtk_widget_action_set_enabled (widget, "viewer.find-previous", pdf && self->n_matches > 0);
  gtk_widget_action_set_enabled (widget, "viewer.toggle-sidebar", self->n_pages > 1);

  gtk_widget_set_sensitive (GTK_WIDGET (self->page_button), self->n_pages > 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_button), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fit_width_button), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fit_page_button), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar_button), self->n_pages > 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->find_button), pdf);
}

void
_exemplar_evidence_viewer_sync_fit_buttons (ExemplarEvidenceViewer *self)
{
  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->fit_width_button, self->fit_mode == EXEMPLAR_FIT_MODE_WIDTH);
  gtk_toggle_button_set_active (self->fit_page_button, self->fit_mode == EXEMPLAR_FIT_MODE_PAGE);
  self->syncing = FALSE;
}

static void
on_page_entry_activate_cb (ExemplarEvidenceViewer *self,
                           GtkEntry               *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  guint64 page = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, MAX (1, self->n_pages), &page, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_error_bell (GTK_WIDGET (entry));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_popover_popdown (self->page_popover);
  exemplar_evidence_viewer_set_page (self, page - 1);
  gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
}

static void
on_page_popover_show_cb (ExemplarEvidenceViewer *self,
                         GtkPopover             *popover)
{
  g_autofree char *text = g_strdup_printf ("%u", self->page + 1);

  gtk_widget_remove_css_class (GTK_WIDGET (self->page_entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), text);
  gtk_widget_grab_focus (GTK_WIDGET (self->page_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->page_entry), 0, -1);
}

static void
on_fit_button_toggled_cb (ExemplarEvidenceViewer *self,
                          GtkToggleButton        *button)
{
  ExemplarFitMode mode = button == self->fit_width_button ? EXEMPLAR_FIT_MODE_WIDTH : EXEMPLAR_FIT_MODE_PAGE;

  if (self->syncing)
    return;

  if (gtk_toggle_button_get_active (button))
    exemplar_evidence_viewer_set_fit_mode (self, mode);
  else if (self->fit_mode == mode)
    exemplar_evidence_viewer_set_fit_mode (self, EXEMPLAR_FIT_MODE_NONE);
}

static void
on_search_mode_changed_cb (ExemplarEvidenceViewer *self,
                           GParamSpec             *pspec,
                           GtkSearchBar           *search_bar)
{
  if (gtk_search_bar_get_search_mode (search_bar))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));

      if (*text != '\0' && g_strcmp0 (text, self->find_text) != 0)
        _exemplar_evidence_viewer_find_start (self, text);
      gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
    }
  else
    {
      _exemplar_evidence_viewer_find_clear (self);
      if (self->n_pages > 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
    }
}

static void
on_find_entry_search_changed_cb (ExemplarEvidenceViewer *self,
                                 GtkSearchEntry         *entry)
{
  _exemplar_evidence_viewer_find_start (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_find_entry_activate_cb (ExemplarEvidenceViewer *self,
                           GtkSearchEntry         *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (text, self->find_text) != 0)
    _exemplar_evidence_viewer_find_start (self, text);
  else
    _exemplar_evidence_viewer_find_move (self, TRUE);
}

static void
on_find_entry_next_match_cb (ExemplarEvidenceViewer *self,
                             GtkSearchEntry         *entry)
{
  _exemplar_evidence_viewer_find_move (self, TRUE);
}

static void
on_find_entry_previous_match_cb (ExemplarEvidenceViewer *self,
                                 GtkSearchEntry         *entry)
{
  _exemplar_evidence_viewer_find_move (self, FALSE);
}

static void
on_flap_reveal_changed_cb (ExemplarEvidenceViewer *self,
                           GParamSpec             *pspec,
                           AdwFlap                *flap)
{
  _exemplar_evidence_viewer_thumbnails_load (self);
}

static void
on_pages_pressed_cb (ExemplarEvidenceViewer *self,
                     int                     n_press,
                     double                  x,
                     double                  y,
                     GtkGestureClick        *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
}

static gboolean
scroll_by_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (gtk_widget_get_ancestor (widget, EXEMPLAR_TYPE_EVIDENCE_VIEWER));
  gboolean vertical;
  double amount;
  GtkAdjustment *adjustment;

  g_variant_get (args, "(bd)", &vertical, &amount);

  adjustment = vertical ? gtk_scrolled_window_get_vadjustment (self->scroller)
                        : gtk_scrolled_window_get_hadjustment (self->scroller);

  /* A screen at a time keeps a line of the last screen in view. */
  if (fabs (amount) < 1)
    amount *= gtk_adjustment_get_page_size (adjustment) - SCROLL_STEP;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + amount);

  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              GtkShortcutAction     *action,
              GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers), action);

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);

  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Keys for the pages, caught before the scrolled window's own bindings,
 * which would turn Page Down into a screen rather than a page. */
static void
set_up_page_keys (ExemplarEvidenceViewer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
  struct {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
  } named[] = {
    { GDK_KEY_Page_Down, 0, "viewer.next-page" },
    { GDK_KEY_KP_Page_Down, 0, "viewer.next-page" },
    { GDK_KEY_Page_Up, 0, "viewer.previous-page" },
    { GDK_KEY_KP_Page_Up, 0, "viewer.previous-page" },
    { GDK_KEY_Home, 0, "viewer.first-page" },
    { GDK_KEY_KP_Home, 0, "viewer.first-page" },
    { GDK_KEY_Home, GDK_CONTROL_MASK, "viewer.first-page" },
    { GDK_KEY_End, 0, "viewer.last-page" },
    { GDK_KEY_KP_End, 0, "viewer.last-page" },
    { GDK_KEY_End, GDK_CONTROL_MASK, "viewer.last-page" },
  };
  struct {
    guint           keyval;
    GdkModifierType modifiers;
    gboolean        vertical;
    double          amount;
  } scrolls[] = {
    { GDK_KEY_Down, 0, TRUE, SCROLL_STEP },
    { GDK_KEY_Up, 0, TRUE, -SCROLL_STEP },
    { GDK_KEY_Right, 0, FALSE, SCROLL_STEP },
    { GDK_KEY_Left, 0, FALSE, -SCROLL_STEP },
    { GDK_KEY_space, 0, TRUE, 0.999 },
    { GDK_KEY_space, GDK_SHIFT_MASK, TRUE, -0.999 },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    add_shortcut (shortcuts, named[i].keyval, named[i].modifiers,
                  gtk_named_action_new (named[i].action), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scrolls); i++)
    add_shortcut (shortcuts, scrolls[i].keyval, scrolls[i].modifiers,
                  gtk_callback_action_new (scroll_by_cb, NULL, NULL),
                  g_variant_new ("(bd)", scrolls[i].vertical, scrolls[i].amount));

  gtk_widget_add_controller (GTK_WIDGET (self->scroller), controller);
}

static void
change_page_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);

  if (self->n_pages == 0)
    return;

  if (g_str_equal (action_name, "viewer.next-page"))
    exemplar_evidence_viewer_set_page (self, MIN (self->page + 1, self->n_pages - 1));
  else if (g_str_equal (action_name, "viewer.previous-page"))
    exemplar_evidence_viewer_set_page (self, self->page > 0 ? self->page - 1 : 0);
  else if (g_str_equal (action_name, "viewer.first-page"))
    exemplar_evidence_viewer_set_page (self, 0);
  else if (g_str_equal (action_name, "viewer.last-page"))
    exemplar_evidence_viewer_set_page (self, self->n_pages - 1);
}

static void
go_to_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);

  gtk_menu_button_popup (self->page_button);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);
  double zoom = self->zoom;

  if (g_str_equal (action_name, "viewer.zoom-in"))
    {
      zoom = EXEMPLAR_ZOOM_MAX;
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        {
          if (zoom_steps[i] > self->zoom * 1.01)
            {
              zoom = zoom_steps[i];
              break;
            }
        }
    }
  else if (g_str_equal (action_name, "viewer.zoom-out"))
    {
      zoom = EXEMPLAR_ZOOM_MIN;
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        {
          if (zoom_steps[i - 1] < self->zoom * 0.99)
            {
              zoom = zoom_steps[i - 1];
              break;
            }
        }
    }
  else if (g_str_equal (action_name, "viewer.zoom-actual"))
    {
      zoom = 1.0;
    }
  else if (g_str_equal (action_name, "viewer.zoom-reset"))
    {
      exemplar_evidence_viewer_set_fit_mode (self, EXEMPLAR_FIT_MODE_WIDTH);
      return;
    }

  exemplar_evidence_viewer_set_zoom (self, zoom);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);

  if (g_str_equal (action_name, "viewer.find"))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
      gtk_editable_select_region (GTK_EDITABLE (self->find_entry), 0, -1);
    }
  else
    {
      _exemplar_evidence_viewer_find_move (self, g_str_equal (action_name, "viewer.find-next"));
    }
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

void
_exemplar_evidence_viewer_class_actions_init (ExemplarEvidenceViewerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fit_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_find_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_find_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_find_entry_next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_find_entry_previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_changed_cb);

  gtk_widget_class_install_action (widget_class, "viewer.previous-page", NULL, change_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.next-page", NULL, change_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.first-page", NULL, change_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.last-page", NULL, change_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.go-to-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-actual", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_property_action (widget_class, "viewer.fit-mode", "fit-mode");
  gtk_widget_class_install_action (widget_class, "viewer.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "viewer.find-next", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "viewer.find-previous", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "viewer.toggle-sidebar", NULL, toggle_sidebar_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "viewer.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "viewer.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "viewer.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "viewer.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "viewer.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "viewer.go-to-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "viewer.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "viewer.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "viewer.previous-page", NULL);
}

void
_exemplar_evidence_viewer_actions_init (ExemplarEvidenceViewer *self)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  g_signal_connect_object (self->page_popover,
                           "show",
                           G_CALLBACK (on_page_popover_show_cb),
                           self,
                           G_CONNECT_SWAPPED);

  set_up_page_keys (self);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_object (controller,
                           "pressed",
                           G_CALLBACK (on_pages_pressed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), controller);

  /* Shift+Enter is Enter backwards, as in the search of a web browser. */
  controller = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                                                            gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK)),
                               gtk_named_action_new ("viewer.find-previous"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self->find_entry), controller);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->find_entry));
}
