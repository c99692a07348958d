/* exemplar-scoring-dialog.c
 *
 * The scoring dialog (评分): one reviewer's score sheet for one application.
 * The items, grouped by rubric branch with their subtotals, sit beside the
 * evidence viewer; the header says whose sheet it is and keeps the running
 * total. Every change is saved at once by the sheet itself, so closing the
 * window loses nothing. Submitting checks the sheet and seals it; a sealed
 * sheet is read-only until the office reopens it with a reason.
 *
 * Only this sheet is ever read here: never another reviewer's scores, nor
 * any aggregate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-evidence-viewer.h"
#include "exemplar-indicator.h"
#include "exemplar-returned-sheets-view.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog-private.h"
#include "exemplar-unit.h"

#define SEAL_DIGITS 12

G_DEFINE_FINAL_TYPE (ExemplarScoringDialog, exemplar_scoring_dialog, ADW_TYPE_WINDOW)

static void
show_error (ExemplarScoringDialog *self,
            const char            *heading,
            const char            *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_locked_reason (ExemplarScoringDialog *self)
{
  const char *reason;

  if (exemplar_campaign_get_read_only (self->campaign))
    {
      reason = exemplar_campaign_get_read_only_reason (self->campaign);
      if (reason != NULL && reason[0] != '\0')
        return g_strdup (reason);
      return g_strdup (_("This campaign file is open read-only: the scores cannot be changed here."));
    }

  /* Translators: %s is the campaign's phase, e.g. "Review and publicity". */
  return g_strdup_printf (_("Scores can be changed only while the campaign is in its declaration or evaluation phase; it is now in “%s”."),
                          exemplar_phase_get_title (exemplar_campaign_get_phase (self->campaign)));
}

void
_exemplar_scoring_dialog_update_header (ExemplarScoringDialog *self)
{
  ExemplarRound *round;
  ExemplarIndicator *scope;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  ExemplarSheetState state;
  gboolean editable;
  guint n_scored = 0;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet == NULL)
    return;

  round = exemplar_assignment_get_round (self->assignment);
  scope = exemplar_assignment_get_scope (self->assignment);

  if (round != NULL)
    g_string_append (subtitle, exemplar_round_get_name (round));
  if (scope != NULL)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: a rubric branch's code and name, e.g. "3 家庭保护". */
      g_string_append_printf (subtitle, _("%s %s"),
                              exemplar_indicator_get_code (scope),
                              exemplar_indicator_get_name (scope));
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);

      if (item->scored)
        n_scored++;
    }
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append_printf (subtitle,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u item scored",
                                       "%u of %u items scored",
                                       self->items->len),
                          n_scored, self->items->len);
  adw_window_title_set_subtitle (self->window_title, subtitle->str);

  state = exemplar_score_sheet_get_state (self->sheet);
  editable = exemplar_score_sheet_get_editable (self->sheet);

  if (state == EXEMPLAR_SHEET_SUBMITTED)
    {
      g_autofree char *when = exemplar_returned_sheets_view_format_time (exemplar_score_sheet_get_submitted_at (self->sheet));
      g_autofree char *sealed = NULL;
      g_autofree char *seal = NULL;
      g_autofree char *digits = g_strndup (exemplar_score_sheet_get_seal (self->sheet) != NULL
                                           ? exemplar_score_sheet_get_seal (self->sheet) : "",
                                           SEAL_DIGITS);

      /* Translators: %s is when the sheet was submitted, e.g. "2023-05-08 14:30". */
      sealed = g_strdup_printf (_("Submitted on %s — sealed"), when);
      /* Translators: %s is the start of the sheet's seal (a SHA-256 digest), e.g. "3fa94c0d21b7". */
      seal = g_strdup_printf (_("Seal %s…"), digits);
      gtk_label_set_label (self->sealed_label, sealed);
      gtk_label_set_label (self->seal_label, seal);
    }

  self->submitted = state == EXEMPLAR_SHEET_SUBMITTED;
  gtk_widget_set_visible (GTK_WIDGET (self->sealed_bar), state == EXEMPLAR_SHEET_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button), state != EXEMPLAR_SHEET_SUBMITTED);

  if (!editable && state != EXEMPLAR_SHEET_SUBMITTED)
    {
      g_autofree char *reason = dup_locked_reason (self);

      gtk_label_set_label (self->locked_label, reason);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->locked_bar), !editable && state != EXEMPLAR_SHEET_SUBMITTED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.submit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.reopen", state == EXEMPLAR_SHEET_SUBMITTED);

  if (editable != self->editable)
    {
      self->editable = editable;
      _exemplar_scoring_dialog_set_items_editable (self, editable);
      gtk_text_view_set_editable (self->comment_view, editable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->comment_view), editable);
    }
}

/* The sheet was submitted or reopened by someone else holding it. */
static void
on_sheet_state_cb (ExemplarScoringDialog *self,
                   GParamSpec            *pspec,
                   ExemplarScoreSheet    *sheet)
{
  gboolean submitted = exemplar_score_sheet_get_state (sheet) == EXEMPLAR_SHEET_SUBMITTED;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  /* A draft's first write changes its state too; that is ours, and the
   * fields already show it. */
  if (submitted == self->submitted)
    return;

  if (submitted)
    gtk_widget_set_visible (self->missing_box, FALSE);
  _exemplar_scoring_dialog_load_items (self);
}

/* Whether @stored, the sheet as stored now, moved on from this window's
 * copy: an imported score sheet sealed it, the office accepted an
 * incoming sheet over it, or another window reopened it. */
static gboolean
sheet_moved_on (ExemplarScoringDialog *self,
                ExemplarScoreSheet    *stored)
{
  return exemplar_score_sheet_get_state (stored) != exemplar_score_sheet_get_state (self->sheet) ||
         g_strcmp0 (exemplar_score_sheet_get_seal (stored), exemplar_score_sheet_get_seal (self->sheet)) != 0;
}

/* Reads the sheet again and, if it moved on without this window, shows
 * what is stored now. */
static void
follow_stored_sheet (ExemplarScoringDialog *self)
{
  g_autoptr(ExemplarScoreSheet) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = exemplar_evaluation_open_sheet (exemplar_campaign_get_evaluation (self->campaign),
                                           self->assignment, &error);
  if (stored == NULL)
    {
      show_error (self, _("Could Not Read the Score Sheet Again"), error->message);
      return;
    }
  if (!sheet_moved_on (self, stored))
    return;

  g_signal_handlers_disconnect_by_data (self->sheet, self);
  g_set_object (&self->sheet, stored);
  g_signal_connect_object (self->sheet, "notify::state", G_CALLBACK (on_sheet_state_cb), self,
                           G_CONNECT_SWAPPED);

  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view),
                            exemplar_score_sheet_get_comment (self->sheet) != NULL
                            ? exemplar_score_sheet_get_comment (self->sheet) : "", -1);
  self->loading = FALSE;
  if (exemplar_score_sheet_get_state (self->sheet) == EXEMPLAR_SHEET_SUBMITTED)
    gtk_widget_set_visible (self->missing_box, FALSE);
  /* Ends in the header too, through the totals. */
  _exemplar_scoring_dialog_load_items (self);
}

/* A state this window did not write: the stored sheet moved on. */
static void
on_assignment_state_cb (ExemplarScoringDialog *self,
                        GParamSpec            *pspec,
                        ExemplarAssignment    *assignment)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet != NULL &&
      exemplar_assignment_get_state (assignment) != exemplar_score_sheet_get_state (self->sheet))
    follow_stored_sheet (self);
}

/* A sealed sheet changes content without changing state when the office
 * accepts an incoming sheet over it, and the returned sheets are read
 * again then; a draft here is written only by this window, and its state
 * changes are caught above. Not the evaluation's "changed", which every
 * write emits, each keystroke here included. */
static void
on_sheet_conflicts_changed_cb (ExemplarScoringDialog *self)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet != NULL && exemplar_score_sheet_get_state (self->sheet) == EXEMPLAR_SHEET_SUBMITTED)
    follow_stored_sheet (self);
}

static void
on_missing_row_activated_cb (GtkListBox            *list,
                             GtkListBoxRow         *row,
                             ExemplarScoringDialog *self)
{
  ScoringItem *item = g_object_get_data (G_OBJECT (row), "exemplar-scoring-item");

  if (item != NULL)
    _exemplar_scoring_dialog_focus_item (self, item->index, item->scored);
}

static void
fill_missing (ExemplarScoringDialog *self,
              GPtrArray             *missing)
{
  g_autofree char *text = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->missing_list))))
    gtk_list_box_remove (self->missing_list, child);

  for (guint i = 0; i < missing->len; i++)
    {
      const char *line = g_ptr_array_index (missing, i);
      ScoringItem *item = _exemplar_scoring_dialog_find_item_in (self, line);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (line);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_add_css_class (label, "missing-line");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);

      /* A line that names an item leads to it. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), item != NULL);
      g_object_set_data (G_OBJECT (row), "exemplar-scoring-item", item);

      gtk_list_box_append (self->missing_list, row);
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Complete this %u thing, then submit again. Everything entered so far is saved.",
                                       "Complete these %u things, then submit again. Everything entered so far is saved.",
                                       missing->len),
                          missing->len);
  gtk_label_set_label (self->missing_label, text);
  gtk_widget_set_visible (self->missing_box, missing->len > 0);
}

/* While the gaps are listed, the list follows the changes that fill them. */
void
_exemplar_scoring_dialog_update_missing (ExemplarScoringDialog *self)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet == NULL || !gtk_widget_get_visible (self->missing_box))
    return;

  missing = exemplar_score_sheet_get_missing (self->sheet);
  if (missing == NULL)
    missing = g_ptr_array_new ();
  fill_missing (self, missing);
}

static void
show_missing (ExemplarScoringDialog *self,
              GPtrArray             *missing)
{
  ScoringItem *first;

  fill_missing (self, missing);

  if ((first = _exemplar_scoring_dialog_first_missing (self)) != NULL)
    _exemplar_scoring_dialog_focus_item (self, first->index, first->scored);
}

static void
submit (ExemplarScoringDialog *self)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  if (!exemplar_score_sheet_submit (self->sheet, &missing, &error))
    {
      if (missing != NULL && missing->len > 0)
        show_missing (self, missing);
      else
        show_error (self, _("Could Not Submit the Score Sheet"), error != NULL ? error->message : NULL);
      return;
    }

  gtk_widget_set_visible (self->missing_box, FALSE);
  _exemplar_scoring_dialog_update_header (self);
}

static void
on_submit_response_cb (AdwMessageDialog      *dialog,
                       const char            *response,
                       ExemplarScoringDialog *self)
{
  if (g_strcmp0 (response, "submit") == 0 && self->sheet != NULL)
    submit (self);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (widget);
  g_autoptr(GPtrArray) missing = NULL;
  GtkWidget *dialog;

  if (self->sheet == NULL)
    return;

  /* What was just typed counts. */
  _exemplar_scoring_dialog_flush (self);

  /* Gaps first: there is nothing to confirm yet. */
  missing = exemplar_score_sheet_get_missing (self->sheet);
  if (missing != NULL && missing->len > 0)
    {
      show_missing (self, missing);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Submit the Score Sheet?"),
                                   _("Submitting seals the sheet: the scores can no longer be changed unless the office reopens it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "submit", _("_Submit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "submit", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "submit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_submit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reopen_reason_changed_cb (GtkEditable      *editable,
                             AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", text[0] != '\0');
}

static void
on_reopen_response_cb (AdwMessageDialog      *dialog,
                       const char            *response,
                       ExemplarScoringDialog *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reopen") != 0 || self->sheet == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!exemplar_score_sheet_reopen (self->sheet, reason, &error))
    {
      show_error (self, _("Could Not Reopen the Score Sheet"), error->message);
      return;
    }

  _exemplar_scoring_dialog_load_items (self);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->sheet == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Reopen the Score Sheet?"),
                                   _("The seal is broken and the reviewer can change the scores again, then submits anew. Say why; the reason is recorded in the audit log."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reopen", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reopen", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reopen");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (recorded in the audit log)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for reopening"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reopen_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
hide_missing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (widget);

  gtk_widget_set_visible (self->missing_box, FALSE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  if (self->current != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->current->spin));
}

static gboolean
revert_comment_cb (gpointer user_data)
{
  ExemplarScoringDialog *self = user_data;
  const char *comment;

  self->revert_comment_source = 0;

  if (self->sheet == NULL)
    return G_SOURCE_REMOVE;

  comment = exemplar_score_sheet_get_comment (self->sheet);
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), comment != NULL ? comment : "", -1);
  self->loading = FALSE;

  return G_SOURCE_REMOVE;
}

static void
on_comment_changed_cb (ExemplarScoringDialog *self,
                       GtkTextBuffer         *buffer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet == NULL || self->loading)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (!exemplar_score_sheet_set_comment (self->sheet, text, &error))
    {
      gtk_label_set_label (self->comment_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->comment_message), TRUE);
      /* Not from inside the buffer's own change. */
      if (self->revert_comment_source == 0)
        self->revert_comment_source = g_idle_add (revert_comment_cb, self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->comment_message), FALSE);
  _exemplar_scoring_dialog_update_missing (self);
}

/* Page Up and Page Down scroll the items, wherever the focus is among them:
 * a spin button would otherwise take them to change the points. The
 * viewer keeps its own. */
static gboolean
scroll_items_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkAdjustment *adjustment;
  double direction = g_variant_get_double (args);

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->evidence_page))
    return FALSE;

  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->evidence_page)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (self->items_scroller);
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment) +
                            direction * gtk_adjustment_get_page_size (adjustment) * 0.9);

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

/* Caught before the focused field sees them: a text view would take
 * Ctrl+Enter as a new line, a spin button Page Up as ten more points. */
static void
set_up_keys (ExemplarScoringDialog *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  add_shortcut (shortcuts, GDK_KEY_Return, GDK_CONTROL_MASK, gtk_named_action_new ("scoring.submit"), NULL);
  add_shortcut (shortcuts, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, gtk_named_action_new ("scoring.submit"), NULL);
  add_shortcut (shortcuts, GDK_KEY_Page_Up, 0,
                gtk_callback_action_new (scroll_items_cb, NULL, NULL), g_variant_new_double (-1.0));
  add_shortcut (shortcuts, GDK_KEY_KP_Page_Up, 0,
                gtk_callback_action_new (scroll_items_cb, NULL, NULL), g_variant_new_double (-1.0));
  add_shortcut (shortcuts, GDK_KEY_Page_Down, 0,
                gtk_callback_action_new (scroll_items_cb, NULL, NULL), g_variant_new_double (1.0));
  add_shortcut (shortcuts, GDK_KEY_KP_Page_Down, 0,
                gtk_callback_action_new (scroll_items_cb, NULL, NULL), g_variant_new_double (1.0));

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static gboolean
exemplar_scoring_dialog_close_request (GtkWindow *window)
{
  ExemplarScoringDialog *self = EXEMPLAR_SCORING_DIALOG (window);

  /* Points typed a moment ago, without Enter, are kept too. */
  _exemplar_scoring_dialog_flush (self);

  return GTK_WINDOW_CLASS (exemplar_scoring_dialog_parent_class)->close_request (window);
}

static void
exemplar_scoring_dialog_dispose (GObject *object)
{
  ExemplarScoringDialog *self = (ExemplarScoringDialog *)object;

  if (self->items != NULL)
    _exemplar_scoring_dialog_flush (self);

  g_clear_handle_id (&self->revert_source, g_source_remove);
  g_clear_handle_id (&self->revert_comment_source, g_source_remove);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  self->current = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_SCORING_DIALOG);

  g_clear_object (&self->sheet);
  g_clear_object (&self->evidence);
  g_clear_object (&self->assignment);
  g_clear_object (&self->campaign);
  g_clear_object (&self->evidence_titles);
  if (self->shown_evidence != NULL)
    g_ptr_array_set_size (self->shown_evidence, 0);

  G_OBJECT_CLASS (exemplar_scoring_dialog_parent_class)->dispose (object);
}

static void
exemplar_scoring_dialog_finalize (GObject *object)
{
  ExemplarScoringDialog *self = (ExemplarScoringDialog *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->shown_evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_scoring_dialog_parent_class)->finalize (object);
}

static void
exemplar_scoring_dialog_class_init (ExemplarScoringDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = exemplar_scoring_dialog_dispose;
  object_class->finalize = exemplar_scoring_dialog_finalize;

  window_class->close_request = exemplar_scoring_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-scoring-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, total_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, total_short_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, submit_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, sealed_bar);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, sealed_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, seal_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, locked_bar);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, locked_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, items_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, items_scroller);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, missing_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, missing_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, missing_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, groups_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, comment_message);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, evidence_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, evidence_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, evidence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, evidence_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, evidence_status);
  gtk_widget_class_bind_template_child (widget_class, ExemplarScoringDialog, viewer);

  gtk_widget_class_install_action (widget_class, "scoring.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "scoring.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "scoring.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "scoring.hide-missing", NULL, hide_missing_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "scoring.back", NULL);

  g_type_ensure (EXEMPLAR_TYPE_EVIDENCE_VIEWER);
}

static void
exemplar_scoring_dialog_init (ExemplarScoringDialog *self)
{
  self->items = _exemplar_scoring_item_array_new ();
  self->groups = _exemplar_scoring_group_array_new ();
  self->shown_evidence = g_ptr_array_new_with_free_func (g_object_unref);
  self->evidence_titles = gtk_string_list_new (NULL);
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_up_keys (self);

  g_signal_connect_object (self->missing_list,
                           "row-activated",
                           G_CALLBACK (on_missing_row_activated_cb),
                           self,
                           0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view),
                           "changed",
                           G_CALLBACK (on_comment_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

/**
 * exemplar_scoring_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @campaign: the open campaign
 * @assignment: the reviewer and application to score
 *
 * Opens @assignment's score sheet for scoring.
 *
 * Returns: (transfer none): a new window, not yet presented
 */
GtkWidget *
exemplar_scoring_dialog_new (GtkWindow          *parent,
                             ExemplarCampaign   *campaign,
                             ExemplarAssignment *assignment)
{
  ExemplarScoringDialog *self;
  ExemplarEvaluation *evaluation;
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;
  ExemplarUnit *unit;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *comment;
  ScoringItem *first;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment), NULL);

  reviewer = exemplar_assignment_get_reviewer (assignment);
  declaration = exemplar_assignment_get_declaration (assignment);
  unit = declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;

  /* Translators: the scoring dialog's title: the applicant unit and the
   * reviewer, e.g. "Scoring: 华阳路街道 — 王敏". */
  title = g_strdup_printf (_("Scoring: %s — %s"),
                           unit != NULL ? exemplar_unit_get_name (unit) : "",
                           reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "");

  self = g_object_new (EXEMPLAR_TYPE_SCORING_DIALOG,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "title", title,
                       NULL);

  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  adw_window_title_set_title (self->window_title, title);

  self->campaign = g_object_ref (campaign);
  self->assignment = g_object_ref (assignment);

  evaluation = exemplar_campaign_get_evaluation (campaign);
  if (evaluation != NULL)
    self->sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error);

  if (self->sheet == NULL)
    {
      adw_status_page_set_description (self->error_page,
                                       error != NULL ? error->message : _("The campaign has no evaluation to score."));
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_widget_set_visible (GTK_WIDGET (self->submit_button), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.submit", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.reopen", FALSE);
      return GTK_WIDGET (self);
    }

  g_signal_connect_object (self->sheet,
                           "notify::state",
                           G_CALLBACK (on_sheet_state_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assignment,
                           "notify::state",
                           G_CALLBACK (on_assignment_state_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (exemplar_evaluation_get_sheet_conflicts (evaluation),
                           "items-changed",
                           G_CALLBACK (on_sheet_conflicts_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  _exemplar_scoring_dialog_build_items (self);
  _exemplar_scoring_dialog_evidence_init (self);

  comment = exemplar_score_sheet_get_comment (self->sheet);
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), comment != NULL ? comment : "", -1);
  self->loading = FALSE;

  _exemplar_scoring_dialog_load_items (self);

  /* Start where the work is: the first item not yet done. */
  first = _exemplar_scoring_dialog_first_missing (self);
  if (first == NULL && self->items->len > 0)
    first = g_ptr_array_index (self->items, 0);
  if (first != NULL && self->editable)
    _exemplar_scoring_dialog_focus_item (self, first->index, first->scored);
  else if (first != NULL)
    _exemplar_scoring_dialog_select_item (self, first);

  return GTK_WIDGET (self);
}
