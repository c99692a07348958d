/* exemplar-notice-view.c
 *
 * The publicity notice (公示) of the candidate list: on the left its
 * period on the working-day calendar and every text field, filled in from
 * the campaign; on the right the notice as it will be posted, rebuilt
 * whenever the publicity changes. Print, PDF and HTML from the toolbar.
 * The text fields and their autosave are in exemplar-notice-view-fields.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-calendar.h"
#include "exemplar-campaign.h"
#include "exemplar-document-export.h"
#include "exemplar-document-view.h"
#include "exemplar-notice-view-private.h"
#include "exemplar-publicity.h"
#include "exemplar-window.h"

G_DEFINE_FINAL_TYPE (ExemplarNoticeView, exemplar_notice_view, GTK_TYPE_WIDGET)

/* The notice's file name, in Chinese like the notice itself. */
#define NOTICE_FILE_NAME "公示-拟命名名单"

gboolean
_exemplar_notice_view_is_editable (ExemplarNoticeView *self)
{
  return self->campaign != NULL &&
         exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_PUBLICITY &&
         !exemplar_campaign_get_read_only (self->campaign);
}

/* The period */

static void
append_run (GString    *text,
            const char *run_start,
            const char *run_end,
            const char *run_note)
{
  if (run_note == NULL)
    return;

  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (g_strcmp0 (run_start, run_end) == 0)
    /* Translators: a day in the period and its note, e.g. "2024-04-28 劳动节调休上班". */
    g_string_append_printf (text, _("%s %s"), run_start, run_note);
  else
    /* Translators: days in the period and their note, e.g. "2024-05-01 – 2024-05-05 劳动节". */
    g_string_append_printf (text, _("%s – %s %s"), run_start, run_end, run_note);
}

/* One note per run of days with the same name: "2024-05-01 – 2024-05-05 劳动节". */
static char *
describe_period_days (ExemplarCalendar *calendar,
                      const char       *start,
                      const char       *end)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *run_start = NULL;
  g_autofree char *run_end = NULL;
  const char *run_note = NULL;
  GDate *day = exemplar_calendar_parse_date (start);
  GDate *last = exemplar_calendar_parse_date (end);

  if (day == NULL || last == NULL)
    goto out;

  for (; g_date_compare (day, last) <= 0; g_date_add_days (day, 1))
    {
      char key[16];
      const char *note;

      g_date_strftime (key, sizeof key, "%Y-%m-%d", day);
      note = exemplar_calendar_get_note (calendar, key);

      if (note != NULL && g_strcmp0 (note, run_note) == 0)
        {
          g_free (run_end);
          run_end = g_strdup (key);
          continue;
        }

      append_run (text, run_start, run_end, run_note);

      run_note = note;
      g_free (run_start);
      g_free (run_end);
      run_start = g_strdup (key);
      run_end = g_strdup (key);
    }

  append_run (text, run_start, run_end, run_note);

out:
  g_clear_pointer (&day, g_date_free);
  g_clear_pointer (&last, g_date_free);

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static gboolean
compute_end (ExemplarNoticeView  *self,
             char               **end,
             GError             **error)
{
  ExemplarCalendar *calendar = exemplar_publicity_get_calendar (self->publicity);
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  guint n = gtk_spin_button_get_value_as_int (self->days_spin);
  GDate *date;

  if ((date = exemplar_calendar_parse_date (start)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           start[0] == '\0' ? _("Enter the first day of the period, e.g. 2024-04-26.")
                                            : _("Enter the start as a date, YYYY-MM-DD, e.g. 2024-04-26."));
      return FALSE;
    }
  g_date_free (date);

  *end = exemplar_calendar_add_working_days (calendar, start, n, error);
  return *end != NULL;
}

/* Shows the end of the period as typed, before it is set. */
static void
update_end (ExemplarNoticeView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;
  g_autofree char *notes = NULL;
  gboolean valid;

  if (self->publicity == NULL)
    return;

  valid = compute_end (self, &end, &error);

  gtk_label_set_label (self->end_label, valid ? end : "—");
  _exemplar_notice_view_set_error (GTK_WIDGET (self->start_row), !valid && gtk_editable_get_text (GTK_EDITABLE (self->start_row))[0] != '\0');
  _exemplar_notice_view_set_error (GTK_WIDGET (self->end_row), !valid);

  if (valid)
    notes = describe_period_days (exemplar_publicity_get_calendar (self->publicity),
                                  gtk_editable_get_text (GTK_EDITABLE (self->start_row)), end);
  adw_action_row_set_subtitle (self->end_row, valid ? (notes != NULL ? notes : "") : error->message);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notice.set-period", valid && _exemplar_notice_view_is_editable (self));
}

static void
load_period (ExemplarNoticeView *self)
{
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GPtrArray) periods = NULL;
  const char *start = NULL;
  const char *end = NULL;
  guint working_days = 0;
  gboolean has_period = FALSE;

  if (self->publicity != NULL)
    has_period = exemplar_publicity_get_period (self->publicity, &start, &working_days, &end);

  self->loading_period = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), has_period ? start : "");
  gtk_spin_button_set_value (self->days_spin, has_period ? working_days : 5);
  self->loading_period = FALSE;

  if (has_period)
    /* Translators: the period set; the dates and the number of working days. */
    g_string_append_printf (description,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Set: %s to %s, %u working day.",
                                         "Set: %s to %s, %u working days.",
                                         working_days),
                            start, end, working_days);
  else
    g_string_append (description, _("Not set yet. The end is counted in working days on the official calendar, holidays and make-up days included."));

  if (self->publicity != NULL &&
      (periods = exemplar_publicity_list_periods (self->publicity)) != NULL &&
      periods->len > 1)
    {
      for (guint i = 0; i < periods->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (periods, i), "/", 4);

          if (g_strv_length (parts) < 4 || g_strcmp0 (parts[3], "0") == 0 || parts[3][0] == '\0')
            continue;

          g_string_append_c (description, '\n');
          /* Translators: an earlier publicity period, replaced by a new one. */
          g_string_append_printf (description, _("Superseded: %s to %s."), parts[0], parts[1]);
        }
    }

  adw_preferences_group_set_description (self->period_group, description->str);
  update_end (self);
}

/* The preview */

static void
rebuild_preview (ExemplarNoticeView *self)
{
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *end = NULL;
  gboolean over;

  if (self->publicity != NULL)
    document = exemplar_publicity_build_notice (self->publicity, &error);

  exemplar_document_view_set_document (self->document_view, document);

  if (document != NULL)
    {
      gtk_stack_set_visible_child_name (self->preview_stack, "document");
    }
  else
    {
      adw_status_page_set_description (self->preview_status,
                                       error != NULL ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->preview_stack, "empty");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notice.print", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notice.export-pdf", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notice.export-html", document != NULL);
  gtk_widget_set_sensitive (self->export_button, document != NULL);

  over = self->publicity != NULL &&
         exemplar_publicity_get_period (self->publicity, NULL, NULL, &end) &&
         exemplar_publicity_is_over (self->publicity);
  if (over)
    {
      /* "已结束" is the stamp the notice carries, in Chinese as posted. */
      g_autofree char *text = g_strdup_printf (_("%s · The publicity period ended on %s."), "已结束", end);

      gtk_label_set_label (self->over_label, text);
    }
  gtk_revealer_set_reveal_child (self->over_revealer, over);
}

static gboolean
on_rebuild_idle_cb (gpointer user_data)
{
  ExemplarNoticeView *self = user_data;

  self->rebuild_source = 0;
  rebuild_preview (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (ExemplarNoticeView *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (on_rebuild_idle_cb, self);
}

/* State */

static void
show_status (ExemplarNoticeView *self,
             const char         *icon_name,
             const char         *title,
             const char         *description)
{
  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

static void
update_state (ExemplarNoticeView *self)
{
  gboolean editable = _exemplar_notice_view_is_editable (self);
  ExemplarPhase phase;

  if (self->campaign == NULL || self->publicity == NULL)
    {
      show_status (self, "x-office-document-symbolic", _("No Campaign"), NULL);
      return;
    }

  phase = exemplar_campaign_get_phase (self->campaign);

  if (phase < EXEMPLAR_PHASE_PUBLICITY)
    {
      /* Translators: %s is the campaign's phase, e.g. "Evaluation". */
      g_autofree char *description = g_strdup_printf (_("The notice publishes the candidate list after the review. The campaign is in the “%s” phase."),
                                                      exemplar_phase_get_title (phase));

      show_status (self, "x-office-document-symbolic", _("No Notice Yet"), description);
      return;
    }

  if (!exemplar_publicity_get_fixed (self->publicity))
    {
      show_status (self, "view-list-symbolic", _("No Candidate List Yet"),
                   _("Fix the candidate list in Review first: the notice publishes it."));
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "notice");

  gtk_widget_set_sensitive (GTK_WIDGET (self->start_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->days_spin), editable);
  _exemplar_notice_view_set_fields_editable (self, editable);

  update_end (self);
}

static void
reload (ExemplarNoticeView *self)
{
  load_period (self);
  _exemplar_notice_view_load_fields (self, TRUE);
  update_state (self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild_preview (self);
}

/* Callbacks */

static void
on_publicity_changed_cb (ExemplarNoticeView *self,
                         ExemplarPublicity  *publicity)
{
  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  _exemplar_notice_view_load_fields (self, FALSE);
  update_state (self);
  queue_rebuild (self);
}

static void
on_campaign_notify_cb (ExemplarNoticeView *self,
                       GParamSpec         *pspec,
                       ExemplarCampaign   *campaign)
{
  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  update_state (self);
  queue_rebuild (self);
}

static void
on_period_changed_cb (ExemplarNoticeView *self)
{
  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  if (!self->loading_period)
    update_end (self);
}

static void
on_start_activated_cb (ExemplarNoticeView *self)
{
  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "notice.set-period", NULL);
}

static void
on_preview_button_toggled_cb (ExemplarNoticeView *self,
                              GtkToggleButton    *button)
{
  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  if (gtk_toggle_button_get_active (button))
    _exemplar_notice_view_flush_fields (self);

  adw_leaflet_set_visible_child_name (self->leaflet,
                                      gtk_toggle_button_get_active (button) ? "preview" : "editor");
}

/* Folded, the leaflet shows the editor or the preview: the toggle switches. */
static void
on_leaflet_notify_cb (ExemplarNoticeView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  const char *name = adw_leaflet_get_visible_child_name (self->leaflet);

  g_assert (EXEMPLAR_IS_NOTICE_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->preview_button), folded);
  g_signal_handlers_block_by_func (self->preview_button, on_preview_button_toggled_cb, self);
  gtk_toggle_button_set_active (self->preview_button, folded && g_strcmp0 (name, "preview") == 0);
  g_signal_handlers_unblock_by_func (self->preview_button, on_preview_button_toggled_cb, self);
}

/* Actions */

static void
set_period_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ExemplarNoticeView *self = EXEMPLAR_NOTICE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  guint n = gtk_spin_button_get_value_as_int (self->days_spin);
  const char *end = NULL;
  GtkRoot *root;

  if (self->publicity == NULL || !_exemplar_notice_view_is_editable (self))
    return;

  if (!exemplar_publicity_set_period (self->publicity, start, n, &error))
    {
      _exemplar_notice_view_set_error (GTK_WIDGET (self->end_row), TRUE);
      adw_action_row_set_subtitle (self->end_row, error->message);
      return;
    }

  load_period (self);

  root = gtk_widget_get_root (widget);
  if (EXEMPLAR_IS_WINDOW (root) && exemplar_publicity_get_period (self->publicity, &start, NULL, &end))
    {
      /* Translators: a toast; the first and last day of the publicity period. */
      g_autofree char *text = g_strdup_printf (_("Publicity period set: %s to %s"), start, end);

      exemplar_window_add_toast (EXEMPLAR_WINDOW (root), text);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  ExemplarNoticeView *self = EXEMPLAR_NOTICE_VIEW (widget);
  ExemplarDocument *document = exemplar_document_view_get_document (self->document_view);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (document != NULL)
    exemplar_document_view_print (document, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NOTICE_FILE_NAME);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarNoticeView *self = EXEMPLAR_NOTICE_VIEW (widget);
  ExemplarDocument *document;
  gboolean html = g_str_equal (action_name, "notice.export-html");
  g_autofree char *name = g_strconcat (NOTICE_FILE_NAME, html ? ".html" : ".pdf", NULL);

  _exemplar_notice_view_flush_fields (self);
  if (self->rebuild_source != 0)
    {
      g_clear_handle_id (&self->rebuild_source, g_source_remove);
      rebuild_preview (self);
    }

  if ((document = exemplar_document_view_get_document (self->document_view)) == NULL)
    return;

  exemplar_document_export_choose (widget, document,
                                   html ? EXEMPLAR_DOCUMENT_FORMAT_HTML : EXEMPLAR_DOCUMENT_FORMAT_PDF,
                                   html ? _("Export the Notice as HTML") : _("Export the Notice as PDF"),
                                   name, self->campaign);
}

/* GObject */

static void
exemplar_notice_view_unmap (GtkWidget *widget)
{
  _exemplar_notice_view_flush_fields (EXEMPLAR_NOTICE_VIEW (widget));

  GTK_WIDGET_CLASS (exemplar_notice_view_parent_class)->unmap (widget);
}

static void
exemplar_notice_view_dispose (GObject *object)
{
  ExemplarNoticeView *self = (ExemplarNoticeView *)object;

  _exemplar_notice_view_flush_fields (self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_cb, self);
  if (self->publicity != NULL)
    g_signal_handlers_disconnect_by_func (self->publicity, on_publicity_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_NOTICE_VIEW);

  g_clear_object (&self->publicity);
  g_clear_object (&self->campaign);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_notice_view_parent_class)->dispose (object);
}

static void
exemplar_notice_view_class_init (ExemplarNoticeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_notice_view_dispose;
  widget_class->unmap = exemplar_notice_view_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "noticeview");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-notice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, status_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, over_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, over_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, preview_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, export_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, form_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, period_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, start_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, days_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, end_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, end_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, fields_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, preview_status);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNoticeView, document_view);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_button_toggled_cb);

  gtk_widget_class_install_action (widget_class, "notice.set-period", NULL, set_period_action);
  gtk_widget_class_install_action (widget_class, "notice.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "notice.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "notice.export-html", NULL, export_action);

  g_type_ensure (EXEMPLAR_TYPE_DOCUMENT_VIEW);
}

static void
exemplar_notice_view_init (ExemplarNoticeView *self)
{
  self->fields = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  _exemplar_notice_view_build_fields (self);
  reload (self);
  on_leaflet_notify_cb (self);
}

GtkWidget *
exemplar_notice_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_NOTICE_VIEW, NULL);
}

void
exemplar_notice_view_set_campaign (ExemplarNoticeView *self,
                                   ExemplarCampaign   *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_NOTICE_VIEW (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  _exemplar_notice_view_flush_fields (self);

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_cb, self);
  if (self->publicity != NULL)
    g_signal_handlers_disconnect_by_func (self->publicity, on_publicity_changed_cb, self);

  g_set_object (&self->campaign, campaign);
  if (campaign != NULL)
    g_set_object (&self->publicity, exemplar_campaign_get_publicity (campaign));
  else
    g_clear_object (&self->publicity);

  if (self->campaign != NULL)
    {
      g_signal_connect_object (self->campaign, "notify::phase",
                               G_CALLBACK (on_campaign_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->campaign, "notify::read-only",
                               G_CALLBACK (on_campaign_notify_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->publicity != NULL)
    g_signal_connect_object (self->publicity, "changed",
                             G_CALLBACK (on_publicity_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
}

/**
 * exemplar_notice_view_export:
 * @self: a #ExemplarNoticeView
 * @path: where to write; HTML when it ends in .html, otherwise PDF
 *
 * Writes the notice shown, as the export dialog does once a file is chosen.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
exemplar_notice_view_export (ExemplarNoticeView *self,
                             const char         *path)
{
  ExemplarDocument *document;

  g_return_val_if_fail (EXEMPLAR_IS_NOTICE_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  _exemplar_notice_view_flush_fields (self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild_preview (self);

  if ((document = exemplar_document_view_get_document (self->document_view)) == NULL)
    return FALSE;

  return exemplar_document_export_to_path (GTK_WIDGET (self), document, path);
}
