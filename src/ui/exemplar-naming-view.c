/* exemplar-naming-view.c
 *
 * The end of the campaign: before the naming phase, what still stands in
 * the way; in it, the decision's number, issuer and date and the units to
 * be named, confirmed once; then the decision (命名决定) as it is issued,
 * and the named units with their later re-checks (抽查复核) and any
 * revocation of a title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-document-export.h"
#include "exemplar-document-view.h"
#include "exemplar-naming-view.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

struct _ExemplarNamingView
{
  GtkWidget             parent_instance;

  /* Owned references */
  ExemplarCampaign     *campaign;
  ExemplarPublicity    *publicity;

  guint                 reload_source;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  GtkListBox           *missing_list;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwEntryRow          *number_row;
  AdwEntryRow          *issuer_row;
  AdwEntryRow          *date_row;
  GtkListBox           *candidates_list;
  GtkToggleButton      *preview_button;
  AdwLeaflet           *leaflet;
  AdwPreferencesGroup  *decision_group;
  GtkListBox           *named_list;
  ExemplarDocumentView *document_view;

  /* The decision group's rows, replaced on reload. */
  GPtrArray            *decision_rows;
};

G_DEFINE_FINAL_TYPE (ExemplarNamingView, exemplar_naming_view, GTK_TYPE_WIDGET)

/* The decision's file name, in Chinese like the decision itself. */
#define DECISION_FILE_NAME "命名决定"

static GtkWindow *
get_window (ExemplarNamingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (ExemplarNamingView *self,
           const char         *text)
{
  GtkWindow *window = get_window (self);

  if (EXEMPLAR_IS_WINDOW (window))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (window), text);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static const char *
get_name (ExemplarDeclaration *declaration)
{
  return exemplar_unit_get_name (exemplar_declaration_get_unit (declaration));
}

static GtkWidget *
create_text_row (const char *title,
                 const char *subtitle,
                 const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (css_class != NULL)
    gtk_widget_add_css_class (row, css_class);

  return row;
}

static gboolean
can_record (ExemplarNamingView *self)
{
  return self->campaign != NULL &&
         exemplar_campaign_get_phase (self->campaign) >= EXEMPLAR_PHASE_NAMING &&
         !exemplar_campaign_get_read_only (self->campaign);
}

/* Before the decision */

static void
show_status (ExemplarNamingView *self)
{
  ExemplarPhase phase = exemplar_campaign_get_phase (self->campaign);
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *description = NULL;

  clear_list (self->missing_list);

  if (phase == EXEMPLAR_PHASE_PUBLICITY)
    {
      missing = exemplar_campaign_list_missing (self->campaign, NULL);
      for (guint i = 0; missing != NULL && i < missing->len; i++)
        gtk_list_box_append (self->missing_list,
                             create_text_row (g_ptr_array_index (missing, i), NULL, "missing-row"));

      adw_status_page_set_title (self->status_page, _("Naming Comes After the Publicity"));
      if (missing != NULL && missing->len > 0)
        description = g_strdup (_("Before the campaign can move to the naming phase:"));
      else
        description = g_strdup (_("Nothing is missing: advance the campaign to the naming phase to confirm the decision."));
    }
  else if (phase < EXEMPLAR_PHASE_PUBLICITY)
    {
      adw_status_page_set_title (self->status_page, _("No Naming Yet"));
      /* Translators: %s is the campaign's phase, e.g. "Evaluation". */
      description = g_strdup_printf (_("Units are named after the review and the publicity. The campaign is in the “%s” phase."),
                                     exemplar_phase_get_title (phase));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Naming Decision"));
      description = g_strdup (_("The campaign closed without a naming decision."));
    }

  adw_status_page_set_description (self->status_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_list), missing != NULL && missing->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

static void
show_form (ExemplarNamingView *self)
{
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (self->publicity);
  gboolean editable = can_record (self);

  /* Defaults only in empty fields: what the office typed stays. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->issuer_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->issuer_row), exemplar_campaign_get_issuer (self->campaign));
  if (gtk_editable_get_text (GTK_EDITABLE (self->date_row))[0] == '\0')
    {
      g_autofree char *today = exemplar_campaign_dup_today (self->campaign);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
    }

  clear_list (self->candidates_list);
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (candidates, i);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, get_name (declaration));

      gtk_list_box_append (self->candidates_list,
                           create_text_row (title, exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)), NULL));
    }
  if (candidates == NULL || candidates->len == 0)
    gtk_list_box_append (self->candidates_list,
                         create_text_row (_("No candidate is left on the list"), NULL, "missing"));

  gtk_widget_set_sensitive (GTK_WIDGET (self->number_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->issuer_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.confirm", editable);

  gtk_stack_set_visible_child_name (self->stack, "form");
}

/* After the decision */

static GtkWidget *
create_named_row (ExemplarNamingView  *self,
                  ExemplarDeclaration *declaration,
                  guint                position)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  const char *code = exemplar_unit_get_code (unit);
  g_autoptr(GPtrArray) rechecks = exemplar_publicity_list_rechecks (self->publicity, declaration);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) recheck = NULL;
  g_autofree char *title = g_strdup_printf ("%u. %s", position + 1, exemplar_unit_get_name (unit));
  g_autofree char *subtitle = NULL;
  const char *revoked_on = NULL;
  const char *reason = NULL;
  gboolean revoked;
  guint n_rechecks = rechecks != NULL ? rechecks->len : 0;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *button;
  GtkWidget *pill;

  revoked = exemplar_publicity_get_revocation (self->publicity, declaration, &revoked_on, &reason);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, code);
  gtk_widget_add_css_class (row, "named-row");

  if (revoked)
    /* Translators: a revoked title: the date and the reason. */
    subtitle = g_strdup_printf (_("Revoked on %s: %s"), revoked_on, reason);
  else if (n_rechecks > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u re-check", "%u re-checks", n_rechecks), n_rechecks);
  else
    subtitle = g_strdup (_("No re-check yet"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n_rechecks > 0);

  pill = gtk_label_new (revoked ? _("Revoked") : exemplar_state_get_title (EXEMPLAR_STATE_NAMED));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "state-pill");
  gtk_widget_add_css_class (pill, revoked ? "error" : "success");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), pill);
  if (revoked)
    gtk_widget_add_css_class (row, "revoked");

  recheck = g_menu_item_new (_("Record _Re-check…"), NULL);
  g_menu_item_set_action_and_target (recheck, "naming.record-recheck", "s", code);
  g_menu_append_item (menu, recheck);
  if (!revoked)
    {
      g_autoptr(GMenuItem) revoke = g_menu_item_new (_("Re_voke Title…"), NULL);

      g_menu_item_set_action_and_target (revoke, "naming.revoke", "s", code);
      g_menu_append_item (menu, revoke);
    }

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Re-check or Revoke"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_visible (button, can_record (self));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  for (guint i = 0; i < n_rechecks; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              create_text_row (g_ptr_array_index (rechecks, i), NULL, "recheck-row"));

  return row;
}

/* A fact and its value, the value wrapping before the fact does. */
static void
add_decision_row (ExemplarNamingView *self,
                  const char         *title,
                  const char         *value)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *caption = gtk_label_new (title);
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "fact-row");

  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_box_append (GTK_BOX (box), caption);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  adw_preferences_group_add (self->decision_group, row);
  g_ptr_array_add (self->decision_rows, row);
}

static void
show_decision (ExemplarNamingView *self)
{
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GPtrArray) named = exemplar_publicity_get_named (self->publicity);
  g_autoptr(GError) error = NULL;
  const char *number = NULL;
  const char *issuer = NULL;
  const char *decided_on = NULL;
  gboolean editable = can_record (self);

  exemplar_publicity_get_decision (self->publicity, &number, &issuer, &decided_on);

  for (guint i = 0; i < self->decision_rows->len; i++)
    adw_preferences_group_remove (self->decision_group, g_ptr_array_index (self->decision_rows, i));
  g_ptr_array_set_size (self->decision_rows, 0);
  add_decision_row (self, _("Document Number"), number);
  add_decision_row (self, _("Issuer"), issuer);
  add_decision_row (self, _("Date"), decided_on);

  clear_list (self->named_list);
  for (guint i = 0; named != NULL && i < named->len; i++)
    gtk_list_box_append (self->named_list, create_named_row (self, g_ptr_array_index (named, i), i));

  document = exemplar_publicity_build_decision (self->publicity, &error);
  if (document == NULL)
    g_warning ("The naming decision could not be laid out: %s", error->message);
  exemplar_document_view_set_document (self->document_view, document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.print", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.export-pdf", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.record-recheck", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.revoke", editable);

  gtk_stack_set_visible_child_name (self->stack, "decision");
}

static void
reload (ExemplarNamingView *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.confirm", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.record-recheck", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "naming.revoke", FALSE);

  if (self->campaign == NULL || self->publicity == NULL)
    {
      adw_status_page_set_title (self->status_page, _("No Campaign"));
      adw_status_page_set_description (self->status_page, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->missing_list), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }

  if (exemplar_publicity_get_decision (self->publicity, NULL, NULL, NULL))
    show_decision (self);
  else if (exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_NAMING)
    show_form (self);
  else
    show_status (self);
}

static gboolean
on_reload_idle_cb (gpointer user_data)
{
  ExemplarNamingView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a transaction, then the phase): one reload. */
static void
on_changed_cb (ExemplarNamingView *self)
{
  g_assert (EXEMPLAR_IS_NAMING_VIEW (self));

  if (self->reload_source == 0)
    self->reload_source = g_idle_add (on_reload_idle_cb, self);
}

static void
on_preview_button_toggled_cb (ExemplarNamingView *self,
                              GtkToggleButton    *button)
{
  g_assert (EXEMPLAR_IS_NAMING_VIEW (self));

  adw_leaflet_set_visible_child_name (self->leaflet,
                                      gtk_toggle_button_get_active (button) ? "preview" : "units");
}

/* Folded, the leaflet shows the units or the decision: the toggle switches. */
static void
on_leaflet_notify_cb (ExemplarNamingView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  const char *name = adw_leaflet_get_visible_child_name (self->leaflet);

  g_assert (EXEMPLAR_IS_NAMING_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->preview_button), folded);
  g_signal_handlers_block_by_func (self->preview_button, on_preview_button_toggled_cb, self);
  gtk_toggle_button_set_active (self->preview_button, folded && g_strcmp0 (name, "preview") == 0);
  g_signal_handlers_unblock_by_func (self->preview_button, on_preview_button_toggled_cb, self);
}

/* Confirming */

static void
on_confirm_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        ExemplarNamingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *date = NULL;

  if (g_strcmp0 (response, "confirm") != 0 || self->publicity == NULL)
    return;

  number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->number_row))));
  issuer = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->issuer_row))));
  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));

  if (!exemplar_publicity_confirm_naming (self->publicity, number,
                                          issuer[0] != '\0' ? issuer : NULL,
                                          date[0] != '\0' ? date : NULL,
                                          &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  reload (self);
  add_toast (self, _("Naming confirmed"));
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ExemplarNamingView *self = EXEMPLAR_NAMING_VIEW (widget);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (self->publicity == NULL)
    return;

  candidates = exemplar_publicity_get_candidates (self->publicity);

  g_string_append (body, _("These units will be named, in official order:"));
  g_string_append_c (body, '\n');
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    g_string_append_printf (body, "\n%u. %s", i + 1, get_name (g_ptr_array_index (candidates, i)));
  g_string_append (body, "\n\n");
  g_string_append (body, _("The naming cannot be undone: a title can only be revoked later, with a reason."));

  dialog = adw_message_dialog_new (get_window (self), _("Confirm the Naming?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", _("_Confirm Naming"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Re-checks and revocations: a message dialog with a few entries. */

static AdwEntryRow *
add_entry (GtkListBox *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (list, row);

  return ADW_ENTRY_ROW (row);
}

static char *
dup_entry (AdwMessageDialog *dialog,
           const char       *key)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), key);
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* The response @response waits for the entry under @required_key. */
static void
on_required_changed_cb (GtkEditable      *editable,
                        AdwMessageDialog *dialog)
{
  const char *response = g_object_get_data (G_OBJECT (dialog), "exemplar-response");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, response, text[0] != '\0');
}

static AdwMessageDialog *
create_entry_dialog (ExemplarNamingView  *self,
                     ExemplarDeclaration *declaration,
                     const char          *heading,
                     const char          *body,
                     const char          *response,
                     const char          *response_label,
                     AdwResponseAppearance appearance,
                     GtkListBox         **list)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, body);

  *list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (*list), "boxed-list");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (*list));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response, appearance);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), response, FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "exemplar-response", (gpointer) response);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-declaration",
                          g_object_ref (declaration), g_object_unref);

  return ADW_MESSAGE_DIALOG (dialog);
}

static ExemplarDeclaration *
find_declaration (ExemplarNamingView *self,
                  GVariant           *param)
{
  if (self->campaign == NULL || param == NULL)
    return NULL;

  return exemplar_campaign_find_declaration (self->campaign, g_variant_get_string (param, NULL));
}

static void
on_recheck_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        ExemplarNamingView *self)
{
  ExemplarDeclaration *declaration = g_object_get_data (G_OBJECT (dialog), "exemplar-declaration");
  g_autofree char *date = dup_entry (dialog, "date");
  g_autofree char *result = dup_entry (dialog, "result");
  g_autofree char *note = dup_entry (dialog, "note");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "record") != 0 || self->publicity == NULL)
    return;

  if (!exemplar_publicity_record_recheck (self->publicity, declaration, date, result, note, &error))
    {
      exemplar_document_export_show_error (GTK_WIDGET (self), _("Could Not Record the Re-check"), error->message);
      return;
    }

  add_toast (self, _("Re-check recorded"));
}

static void
record_recheck_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ExemplarNamingView *self = EXEMPLAR_NAMING_VIEW (widget);
  ExemplarDeclaration *declaration = find_declaration (self, param);
  g_autofree char *heading = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;
  GtkListBox *list;
  AdwEntryRow *result;

  if (declaration == NULL)
    return;

  today = exemplar_campaign_dup_today (self->campaign);
  /* Translators: %s is a named unit. */
  heading = g_strdup_printf (_("Re-check of %s"), get_name (declaration));
  dialog = create_entry_dialog (self, declaration, heading,
                                _("A later check (抽查复核) that the unit still meets the standard. It is kept with the unit's title."),
                                "record", _("_Record"), ADW_RESPONSE_SUGGESTED, &list);

  g_object_set_data (G_OBJECT (dialog), "date", add_entry (list, _("Date (YYYY-MM-DD)"), today));
  result = add_entry (list, _("Result"), NULL);
  g_object_set_data (G_OBJECT (dialog), "result", result);
  g_object_set_data (G_OBJECT (dialog), "note", add_entry (list, _("Note (optional)"), NULL));
  g_signal_connect (result, "changed", G_CALLBACK (on_required_changed_cb), dialog);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recheck_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (result));
}

static void
on_revoke_response_cb (AdwMessageDialog   *dialog,
                       const char         *response,
                       ExemplarNamingView *self)
{
  ExemplarDeclaration *declaration = g_object_get_data (G_OBJECT (dialog), "exemplar-declaration");
  g_autofree char *reason = dup_entry (dialog, "reason");
  g_autofree char *date = dup_entry (dialog, "date");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "revoke") != 0 || self->publicity == NULL)
    return;

  if (!exemplar_publicity_revoke (self->publicity, declaration, reason, date, &error))
    {
      exemplar_document_export_show_error (GTK_WIDGET (self), _("Could Not Revoke the Title"), error->message);
      return;
    }

  add_toast (self, _("Title revoked"));
}

static void
revoke_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarNamingView *self = EXEMPLAR_NAMING_VIEW (widget);
  ExemplarDeclaration *declaration = find_declaration (self, param);
  g_autofree char *heading = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;
  GtkListBox *list;
  AdwEntryRow *reason;

  if (declaration == NULL)
    return;

  today = exemplar_campaign_dup_today (self->campaign);
  /* Translators: %s is a named unit. */
  heading = g_strdup_printf (_("Revoke the Title of %s?"), get_name (declaration));
  dialog = create_entry_dialog (self, declaration, heading,
                                _("The unit stays in the decision, marked revoked with the reason. This cannot be undone and is recorded in the audit log."),
                                "revoke", _("_Revoke Title"), ADW_RESPONSE_DESTRUCTIVE, &list);

  reason = add_entry (list, _("Reason"), NULL);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_object_set_data (G_OBJECT (dialog), "date", add_entry (list, _("Date (YYYY-MM-DD)"), today));
  g_signal_connect (reason, "changed", G_CALLBACK (on_required_changed_cb), dialog);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_revoke_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (reason));
}

/* The document */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  ExemplarNamingView *self = EXEMPLAR_NAMING_VIEW (widget);
  ExemplarDocument *document = exemplar_document_view_get_document (self->document_view);

  if (document != NULL)
    exemplar_document_view_print (document, get_window (self), DECISION_FILE_NAME);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ExemplarNamingView *self = EXEMPLAR_NAMING_VIEW (widget);
  ExemplarDocument *document = exemplar_document_view_get_document (self->document_view);

  if (document != NULL)
    exemplar_document_export_choose (widget, document, EXEMPLAR_DOCUMENT_FORMAT_PDF,
                                     _("Export the Naming Decision as PDF"),
                                     DECISION_FILE_NAME ".pdf", self->campaign);
}

/* GObject */

static void
exemplar_naming_view_dispose (GObject *object)
{
  ExemplarNamingView *self = (ExemplarNamingView *)object;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_changed_cb, self);
  if (self->publicity != NULL)
    g_signal_handlers_disconnect_by_func (self->publicity, on_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_NAMING_VIEW);

  g_clear_object (&self->publicity);
  g_clear_object (&self->campaign);
  g_clear_pointer (&self->decision_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_naming_view_parent_class)->dispose (object);
}

static void
exemplar_naming_view_class_init (ExemplarNamingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_naming_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "namingview");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-naming-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, status_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, missing_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, number_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, date_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, candidates_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, preview_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, decision_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, named_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarNamingView, document_view);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_notify_cb);

  gtk_widget_class_install_action (widget_class, "naming.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "naming.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "naming.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "naming.record-recheck", "s", record_recheck_action);
  gtk_widget_class_install_action (widget_class, "naming.revoke", "s", revoke_action);

  g_type_ensure (EXEMPLAR_TYPE_DOCUMENT_VIEW);
}

static void
exemplar_naming_view_init (ExemplarNamingView *self)
{
  self->decision_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  reload (self);
  on_leaflet_notify_cb (self);
}

GtkWidget *
exemplar_naming_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_NAMING_VIEW, NULL);
}

void
exemplar_naming_view_set_campaign (ExemplarNamingView *self,
                                   ExemplarCampaign   *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_NAMING_VIEW (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_changed_cb, self);
  if (self->publicity != NULL)
    g_signal_handlers_disconnect_by_func (self->publicity, on_changed_cb, self);

  g_set_object (&self->campaign, campaign);
  if (campaign != NULL)
    g_set_object (&self->publicity, exemplar_campaign_get_publicity (campaign));
  else
    g_clear_object (&self->publicity);

  /* A new campaign's own defaults, not the last one's. */
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->issuer_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);

  if (self->campaign != NULL)
    {
      g_signal_connect_object (self->campaign, "notify::phase",
                               G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->campaign, "notify::read-only",
                               G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->publicity != NULL)
    g_signal_connect_object (self->publicity, "changed",
                             G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
}
