/* exemplar-notice-view-fields.c
 *
 * The notice's text fields: one-line fields as entry rows, the basis and
 * the objection rules as text views, each with "Restore Default" and the
 * model's reason under it when it refuses a value. Autosave as in the
 * application form: a moment after typing stops, at once on Enter or when
 * the field loses the focus, and whatever is pending when the view goes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-message-row.h"
#include "exemplar-notice-view-private.h"

#define SAVE_DELAY_MS 600

typedef struct
{
  ExemplarNoticeView *view;
  const char         *key;
  GtkWidget          *row;
  GtkWidget          *input;
  GtkWidget          *restore_button;
  GtkWidget          *message_row;
  GtkLabel           *message_label;
  guint               dirty : 1;
  guint               loading : 1;
} FieldView;

void
_exemplar_notice_view_set_error (GtkWidget *widget,
                                 gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static char *
field_view_dup_text (FieldView *field)
{
  if (GTK_IS_TEXT_VIEW (field->input))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));
}

static void
field_view_set_text (FieldView  *field,
                     const char *text)
{
  field->loading = TRUE;

  if (GTK_IS_TEXT_VIEW (field->input))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->input), text != NULL ? text : "");

  field->loading = FALSE;
}

static void
field_view_show_message (FieldView  *field,
                         const char *message)
{
  gtk_label_set_label (field->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (field->message_label), message != NULL);
  if (field->message_row != NULL)
    gtk_widget_set_visible (field->message_row, message != NULL);
  _exemplar_notice_view_set_error (field->row, message != NULL);
}

/* "Restore default" is offered only where the text differs from it. */
static void
field_view_update_restore (FieldView *field)
{
  ExemplarPublicity *publicity = field->view->publicity;
  g_autofree char *stored = NULL;
  g_autofree char *fallback = NULL;

  if (publicity == NULL)
    {
      gtk_widget_set_visible (field->restore_button, FALSE);
      return;
    }

  stored = exemplar_publicity_dup_field (publicity, field->key);
  fallback = exemplar_publicity_dup_default_field (publicity, field->key);
  gtk_widget_set_visible (field->restore_button, g_strcmp0 (stored, fallback) != 0);
}

static void
field_view_load (FieldView *field)
{
  g_autofree char *value = NULL;

  if (field->view->publicity != NULL)
    value = exemplar_publicity_dup_field (field->view->publicity, field->key);

  field->dirty = FALSE;
  field_view_set_text (field, value);
  field_view_show_message (field, NULL);
  field_view_update_restore (field);
}

static void
field_view_flush (FieldView *field)
{
  ExemplarPublicity *publicity = field->view->publicity;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;

  if (!field->dirty || publicity == NULL)
    return;

  field->dirty = FALSE;

  text = field_view_dup_text (field);
  stored = exemplar_publicity_dup_field (publicity, field->key);
  if (g_strcmp0 (text, stored) == 0)
    {
      field_view_show_message (field, NULL);
      return;
    }

  if (!exemplar_publicity_set_field (publicity, field->key, text, &error))
    {
      /* The text stays where it was typed, still unsaved, so that other
       * changes do not reload over it; only the reason is added. */
      field->dirty = TRUE;
      field_view_show_message (field, error->message);
      return;
    }

  field_view_show_message (field, NULL);
  field_view_update_restore (field);
}

void
_exemplar_notice_view_flush_fields (ExemplarNoticeView *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);

  for (guint i = 0; self->fields != NULL && i < self->fields->len; i++)
    field_view_flush (g_ptr_array_index (self->fields, i));
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  ExemplarNoticeView *self = user_data;

  self->save_source = 0;
  _exemplar_notice_view_flush_fields (self);

  return G_SOURCE_REMOVE;
}

static void
field_view_changed (FieldView *field)
{
  ExemplarNoticeView *self = field->view;

  if (field->loading)
    return;

  field->dirty = TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_field_editable_changed_cb (GtkEditable *editable,
                              FieldView   *field)
{
  field_view_changed (field);
}

static void
on_field_buffer_changed_cb (GtkTextBuffer *buffer,
                            FieldView     *field)
{
  field_view_changed (field);
}

static void
on_field_activated_cb (AdwEntryRow *row,
                       FieldView   *field)
{
  field_view_flush (field);
}

static void
on_field_focus_leave_cb (GtkEventControllerFocus *controller,
                         FieldView               *field)
{
  field_view_flush (field);
}

static void
on_field_restore_clicked_cb (GtkButton *button,
                             FieldView *field)
{
  ExemplarPublicity *publicity = field->view->publicity;
  g_autoptr(GError) error = NULL;

  if (publicity == NULL)
    return;

  field->dirty = FALSE;
  if (!exemplar_publicity_set_field (publicity, field->key, NULL, &error))
    {
      field_view_show_message (field, error->message);
      return;
    }

  field_view_load (field);
}

static GtkWidget *
create_restore_button (FieldView *field)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  g_autofree char *label = NULL;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Restore Default"));
  /* Translators: the accessible name of a button; %s is a field, e.g. "Title". */
  label = g_strdup_printf (_("Restore the default %s"), exemplar_publicity_get_field_title (field->key));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "restore-default");
  g_signal_connect (button, "clicked", G_CALLBACK (on_field_restore_clicked_cb), field);

  return button;
}

static GtkWidget *
create_message_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "field-message");
  gtk_widget_set_visible (label, FALSE);

  return label;
}

/* A row of its own, so that the group keeps the reason right under its field. */
static void
add_focus_leave (GtkWidget *widget,
                 FieldView *field)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "leave", G_CALLBACK (on_field_focus_leave_cb), field);
  gtk_widget_add_controller (widget, controller);
}

static void
build_entry_field (ExemplarNoticeView *self,
                   FieldView          *field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_publicity_get_field_title (field->key));
  gtk_widget_set_name (row, field->key);
  gtk_widget_add_css_class (row, "field-row");

  field->row = row;
  field->input = row;
  field->restore_button = create_restore_button (field);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), field->restore_button);
  field->message_label = GTK_LABEL (create_message_label ());
  field->message_row = exemplar_message_row_new (field->message_label);

  g_signal_connect (row, "changed", G_CALLBACK (on_field_editable_changed_cb), field);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_field_activated_cb), field);
  add_focus_leave (row, field);

  adw_preferences_group_add (self->fields_group, row);
  adw_preferences_group_add (self->fields_group, field->message_row);
}

static void
build_text_field (ExemplarNoticeView *self,
                  FieldView          *field)
{
  const char *title_text = exemplar_publicity_get_field_title (field->key);
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (title_text);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *text_view = gtk_text_view_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_name (row, field->key);
  gtk_widget_add_css_class (row, "field-row");
  gtk_widget_add_css_class (row, "narrative-row");

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "narrative-title");
  gtk_box_append (GTK_BOX (header), title);

  field->restore_button = create_restore_button (field);
  gtk_box_append (GTK_BOX (header), field->restore_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_widget_set_size_request (text_view, -1, 96);
  gtk_widget_add_css_class (text_view, "notice-text-view");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  gtk_box_append (GTK_BOX (box), frame);

  field->message_label = GTK_LABEL (create_message_label ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (field->message_label));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  field->row = row;
  field->input = text_view;

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)),
                    "changed", G_CALLBACK (on_field_buffer_changed_cb), field);
  add_focus_leave (text_view, field);

  adw_preferences_group_add (self->fields_group, row);
}

/* Builds the rows once; the notice's fields do not change. */
void
_exemplar_notice_view_build_fields (ExemplarNoticeView *self)
{
  const char * const *keys = exemplar_publicity_list_fields ();

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      FieldView *field = g_new0 (FieldView, 1);

      field->view = self;
      field->key = keys[i];

      if (exemplar_publicity_get_field_multiline (keys[i]))
        build_text_field (self, field);
      else
        build_entry_field (self, field);

      g_ptr_array_add (self->fields, field);
    }
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Loads the fields, or with @all FALSE those not being typed into. */
void
_exemplar_notice_view_load_fields (ExemplarNoticeView *self,
                                   gboolean            all)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldView *field = g_ptr_array_index (self->fields, i);

      if (!all && (field->dirty || has_focus_within (field->input)))
        continue;

      field_view_load (field);
    }
}

void
_exemplar_notice_view_set_fields_editable (ExemplarNoticeView *self,
                                           gboolean            editable)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldView *field = g_ptr_array_index (self->fields, i);

      gtk_widget_set_sensitive (field->input, editable);
      gtk_widget_set_sensitive (field->restore_button, editable);
    }
}
