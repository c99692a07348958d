/* exemplar-declaration-page-form.c
 *
 * The application form (申报表), built from the model's field table: one
 * group per section, one-line fields as entry rows, narratives as text views
 * with a live character count, the commitment as a switch, and the scan of
 * the sealed opinion page as an attachment row.
 *
 * Autosave: a field is saved a moment after typing stops, at once when it
 * loses the focus, and every pending field when the page is hidden, shows
 * another application or goes away, so nothing typed is lost. A value the
 * model refuses stays in its field with the reason underneath.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration-page-private.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"
#include "exemplar-form.h"
#include "exemplar-message-row.h"

#define SAVE_DELAY_MS 600

typedef struct
{
  ExemplarDeclarationPage *page;
  const ExemplarFormField *field;
  GtkWidget               *row;
  GtkWidget               *input;
  GtkWidget               *message_row;
  GtkLabel                *message_label;
  GtkLabel                *count_label;
  guint                    dirty : 1;
  guint                    loading : 1;
} FieldView;

static char *
field_view_dup_text (FieldView *view)
{
  switch (view->field->type)
    {
    case EXEMPLAR_FIELD_NARRATIVE:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view->input));
        GtkTextIter start, end;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      }

    case EXEMPLAR_FIELD_BOOLEAN:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (view->input)) ? "true" : "");

    case EXEMPLAR_FIELD_TEXT:
    case EXEMPLAR_FIELD_NUMBER:
    case EXEMPLAR_FIELD_DECIMAL:
    case EXEMPLAR_FIELD_DATE:
    default:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (view->input)));
    }
}

static void
field_view_set_text (FieldView  *view,
                     const char *text)
{
  view->loading = TRUE;

  if (text == NULL)
    text = "";

  switch (view->field->type)
    {
    case EXEMPLAR_FIELD_NARRATIVE:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view->input)), text, -1);
      break;

    case EXEMPLAR_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (view->input), g_strcmp0 (text, "true") == 0);
      break;

    case EXEMPLAR_FIELD_TEXT:
    case EXEMPLAR_FIELD_NUMBER:
    case EXEMPLAR_FIELD_DECIMAL:
    case EXEMPLAR_FIELD_DATE:
    default:
      gtk_editable_set_text (GTK_EDITABLE (view->input), text);
      break;
    }

  view->loading = FALSE;
}

static void
field_view_show_message (FieldView  *view,
                         const char *message)
{
  gboolean shown = message != NULL;

  gtk_label_set_label (view->message_label, shown ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (view->message_label), shown);

  if (view->message_row != NULL)
    gtk_widget_set_visible (view->message_row, shown);

  if (shown)
    gtk_widget_add_css_class (view->row, "error");
  else
    gtk_widget_remove_css_class (view->row, "error");
}

static void
field_view_update_count (FieldView *view)
{
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  guint n_chars;

  if (view->count_label == NULL)
    return;

  text = field_view_dup_text (view);
  n_chars = g_utf8_strlen (text, -1);

  if (view->field->max_chars > 0)
    /* Translators: a narrative's length and its limit in characters, e.g. "823 / 1000". */
    count = g_strdup_printf (_("%u / %u"), n_chars, view->field->max_chars);
  else
    count = g_strdup_printf ("%u", n_chars);
  gtk_label_set_label (view->count_label, count);

  if (view->field->max_chars > 0 && n_chars > view->field->max_chars)
    {
      g_autoptr(GError) error = NULL;

      gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "error");

      /* Say so while typing, in the model's words, not only once it refuses. */
      if (!exemplar_form_field_validate (view->field, text, &error))
        field_view_show_message (view, error->message);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (view->count_label), "error");
    }
}

static void
field_view_flush (FieldView *view)
{
  ExemplarDeclarationPage *self = view->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;
  const char *stored;

  if (!view->dirty || self->declaration == NULL)
    return;

  view->dirty = FALSE;

  text = field_view_dup_text (view);
  stripped = g_strstrip (g_strdup (text));
  stored = exemplar_declaration_get_field (self->declaration, view->field->key);

  if (g_strcmp0 (stripped, stored != NULL ? stored : "") == 0)
    {
      field_view_show_message (view, NULL);
      field_view_update_count (view);
      return;
    }

  if (!exemplar_declaration_set_field (self->declaration, view->field->key, text, &error))
    {
      /* The text stays where it was typed; only the reason is added. */
      field_view_show_message (view, error->message);
      return;
    }

  field_view_show_message (view, NULL);
  field_view_update_count (view);

  _exemplar_declaration_page_emit_changed (self);
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  ExemplarDeclarationPage *self = user_data;

  self->save_source = 0;
  _exemplar_declaration_page_flush_form (self);

  return G_SOURCE_REMOVE;
}

static void
field_view_changed (FieldView *view)
{
  ExemplarDeclarationPage *self = view->page;

  if (view->loading)
    return;

  view->dirty = TRUE;
  field_view_update_count (view);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_editable_changed_cb (GtkEditable *editable,
                        FieldView   *view)
{
  field_view_changed (view);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      FieldView     *view)
{
  field_view_changed (view);
}

static void
on_switch_active_cb (GtkSwitch  *widget,
                     GParamSpec *pspec,
                     FieldView  *view)
{
  if (view->loading)
    return;

  /* A switch is one deliberate act: save it now. */
  view->dirty = TRUE;
  field_view_flush (view);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   FieldView               *view)
{
  field_view_flush (view);
}

static void
on_entry_activated_cb (AdwEntryRow *row,
                       FieldView   *view)
{
  field_view_flush (view);
}

static void
on_calendar_day_selected_cb (GtkCalendar *calendar,
                             FieldView   *view)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (view->input), text);
  field_view_flush (view);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_date_popover_show_cb (GtkPopover *popover,
                         FieldView  *view)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (view->input));
  int year, month, day;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

      g_signal_handlers_block_by_func (calendar, on_calendar_day_selected_cb, view);
      gtk_calendar_select_day (calendar, date);
      g_signal_handlers_unblock_by_func (calendar, on_calendar_day_selected_cb, view);
    }
}

/* A preferences row, so that the group keeps it right under its field. */
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

static void
add_focus_leave (GtkWidget *widget,
                 FieldView *view)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), view);
  gtk_widget_add_controller (widget, controller);
}

static void
build_entry_field (FieldView           *view,
                   AdwPreferencesGroup *group)
{
  const ExemplarFormField *field = view->field;
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_form_field_get_title (field));
  gtk_widget_set_name (row, field->key);
  gtk_widget_add_css_class (row, "field-row");

  switch (field->type)
    {
    case EXEMPLAR_FIELD_NUMBER:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
      break;

    case EXEMPLAR_FIELD_DECIMAL:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
      break;

    case EXEMPLAR_FIELD_DATE:
      {
        GtkWidget *button = gtk_menu_button_new ();
        GtkWidget *popover = gtk_popover_new ();
        GtkWidget *calendar = gtk_calendar_new ();

        gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
        gtk_widget_set_tooltip_text (button, _("Choose a Date"));
        gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (button, "flat");
        gtk_popover_set_child (GTK_POPOVER (popover), calendar);
        gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

        g_signal_connect (popover, "show", G_CALLBACK (on_date_popover_show_cb), view);
        g_signal_connect (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb), view);
      }
      break;

    case EXEMPLAR_FIELD_TEXT:
    case EXEMPLAR_FIELD_NARRATIVE:
    case EXEMPLAR_FIELD_BOOLEAN:
    default:
      break;
    }

  view->row = row;
  view->input = row;
  view->message_label = GTK_LABEL (create_message_label ());
  view->message_row = exemplar_message_row_new (view->message_label);

  g_signal_connect (row, "changed", G_CALLBACK (on_editable_changed_cb), view);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), view);
  add_focus_leave (row, view);

  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, view->message_row);
}

static void
build_narrative_field (FieldView           *view,
                       AdwPreferencesGroup *group)
{
  const ExemplarFormField *field = view->field;
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (exemplar_form_field_get_title (field));
  GtkWidget *text_view = gtk_text_view_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_form_field_get_title (field));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_name (row, field->key);
  gtk_widget_add_css_class (row, "field-row");
  gtk_widget_add_css_class (row, "narrative-row");

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "narrative-title");
  gtk_box_append (GTK_BOX (box), title);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_widget_set_size_request (text_view, -1, 96);
  gtk_widget_add_css_class (text_view, "narrative-view");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), text_view);

  view->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "char-count");
  gtk_widget_set_halign (GTK_WIDGET (view->count_label), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (view->count_label), GTK_ALIGN_START);
  gtk_widget_set_hexpand (GTK_WIDGET (view->count_label), TRUE);
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (view->count_label));
  gtk_box_append (GTK_BOX (box), footer);

  /* The reason a value is refused spans the row, under the count. */
  view->message_label = GTK_LABEL (create_message_label ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (view->message_label));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_form_field_get_title (field));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  view->row = row;
  view->input = text_view;

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)),
                    "changed",
                    G_CALLBACK (on_buffer_changed_cb),
                    view);
  add_focus_leave (text_view, view);

  adw_preferences_group_add (group, row);
}

static void
build_boolean_field (FieldView           *view,
                     AdwPreferencesGroup *group)
{
  const ExemplarFormField *field = view->field;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_form_field_get_title (field));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, field->key);

  /* The applicant confirms the commitment's own words. */
  if (g_strcmp0 (field->key, "commitment") == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), exemplar_form_get_commitment_text ());
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_widget_add_css_class (row, "field-row");

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

  view->row = row;
  view->input = toggle;
  view->message_label = GTK_LABEL (create_message_label ());
  view->message_row = exemplar_message_row_new (view->message_label);

  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), view);

  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, view->message_row);
}

static ExemplarEvidence *
find_latest_seal (ExemplarDeclarationPage *self,
                  guint                   *n_seals)
{
  ExemplarEvidence *latest = NULL;
  guint n_items;

  *n_seals = 0;

  if (self->evidence == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (self->evidence);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarEvidence) evidence = g_list_model_get_item (self->evidence, i);

      if (g_strcmp0 (exemplar_evidence_get_purpose (evidence), "seal") == 0)
        {
          (*n_seals)++;
          g_set_object (&latest, evidence);
        }
    }

  return latest;
}

static void
on_seal_open_clicked_cb (ExemplarDeclarationPage *self,
                         GtkButton               *button)
{
  g_autoptr(ExemplarEvidence) seal = NULL;
  guint n_seals;

  seal = find_latest_seal (self, &n_seals);
  if (seal != NULL && self->campaign != NULL)
    exemplar_evidence_window_open (GTK_WIDGET (button), seal, exemplar_campaign_get_path (self->campaign));
}

static void
on_seal_attach_clicked_cb (ExemplarDeclarationPage *self,
                           GtkButton               *button)
{
  exemplar_evidence_attach_choose (self->attach, NULL, "seal");
}

static void
build_seal_row (ExemplarDeclarationPage *self,
                AdwPreferencesGroup     *group)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Scan of the Sealed Page"));
  gtk_widget_add_css_class (row, "seal-row");

  self->seal_open_button = gtk_button_new_with_mnemonic (_("_Open"));
  gtk_widget_set_valign (self->seal_open_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->seal_open_button, "flat");
  g_signal_connect_object (self->seal_open_button,
                           "clicked",
                           G_CALLBACK (on_seal_open_clicked_cb),
                           self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->seal_open_button);

  self->seal_attach_button = gtk_button_new_with_mnemonic (_("_Attach…"));
  gtk_widget_set_valign (self->seal_attach_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->seal_attach_button, _("Attach a PDF or image of the signed and sealed opinion page; a file can also be dropped here"));
  g_signal_connect_object (self->seal_attach_button,
                           "clicked",
                           G_CALLBACK (on_seal_attach_clicked_cb),
                           self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->seal_attach_button);

  exemplar_evidence_attach_add_drop_target (self->attach, row, NULL, "seal");

  self->seal_row = ADW_ACTION_ROW (row);
  adw_preferences_group_add (group, row);
}

/* Builds the form's rows once; the field table does not change. */
void
_exemplar_declaration_page_build_form (ExemplarDeclarationPage *self)
{
  const char * const *sections = exemplar_form_get_sections ();
  const ExemplarFormField *fields;
  AdwPreferencesGroup *last_group = NULL;
  guint n_fields = 0;

  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  fields = exemplar_form_get_fields (&n_fields);

  for (guint s = 0; sections != NULL && sections[s] != NULL; s++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_title (group, exemplar_form_section_get_title (sections[s]));
      gtk_widget_set_name (GTK_WIDGET (group), sections[s]);

      for (guint i = 0; i < n_fields; i++)
        {
          FieldView *view;

          if (g_strcmp0 (fields[i].section, sections[s]) != 0)
            continue;

          view = g_new0 (FieldView, 1);
          view->page = self;
          view->field = &fields[i];

          switch (fields[i].type)
            {
            case EXEMPLAR_FIELD_NARRATIVE:
              build_narrative_field (view, group);
              break;

            case EXEMPLAR_FIELD_BOOLEAN:
              build_boolean_field (view, group);
              break;

            case EXEMPLAR_FIELD_TEXT:
            case EXEMPLAR_FIELD_NUMBER:
            case EXEMPLAR_FIELD_DECIMAL:
            case EXEMPLAR_FIELD_DATE:
            default:
              build_entry_field (view, group);
              break;
            }

          g_ptr_array_add (self->fields, view);
        }

      if (g_strcmp0 (sections[s], "opinion") == 0)
        build_seal_row (self, group);

      gtk_box_append (self->form_box, GTK_WIDGET (group));
      last_group = group;
    }

  if (self->seal_row == NULL && last_group != NULL)
    build_seal_row (self, last_group);
}

/* Shows the current application's values, dropping unsaved state. */
void
_exemplar_declaration_page_load_form (ExemplarDeclarationPage *self)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldView *view = g_ptr_array_index (self->fields, i);
      const char *value = NULL;

      if (self->declaration != NULL)
        value = exemplar_declaration_get_field (self->declaration, view->field->key);

      view->dirty = FALSE;
      field_view_set_text (view, value);
      field_view_show_message (view, NULL);
      field_view_update_count (view);
    }

  _exemplar_declaration_page_update_seal (self);
}

/* Saves every field typed into and not yet saved. */
void
_exemplar_declaration_page_flush_form (ExemplarDeclarationPage *self)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->fields == NULL)
    return;

  for (guint i = 0; i < self->fields->len; i++)
    field_view_flush (g_ptr_array_index (self->fields, i));
}

/* Follows whether the application may be changed. */
void
_exemplar_declaration_page_update_form (ExemplarDeclarationPage *self)
{
  gboolean editable = self->editable && self->declaration != NULL;

  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldView *view = g_ptr_array_index (self->fields, i);

      gtk_widget_set_sensitive (view->input, editable);

      /* An entry row's own editing happens in the row itself. */
      if (view->row != view->input)
        gtk_widget_set_sensitive (view->row, TRUE);
    }

  if (self->seal_attach_button != NULL)
    {
      gtk_widget_set_sensitive (self->seal_attach_button, editable);
      gtk_widget_set_visible (self->seal_attach_button, editable);
    }
}

void
_exemplar_declaration_page_update_seal (ExemplarDeclarationPage *self)
{
  g_autoptr(ExemplarEvidence) seal = NULL;
  guint n_seals = 0;

  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  if (self->seal_row == NULL)
    return;

  seal = find_latest_seal (self, &n_seals);

  if (seal == NULL)
    adw_action_row_set_subtitle (self->seal_row, _("No scan attached yet"));
  else
    adw_action_row_set_subtitle (self->seal_row, exemplar_evidence_get_title (seal));

  gtk_widget_set_visible (self->seal_open_button, seal != NULL);
}
