/* exemplar-scoring-dialog-item.c
 *
 * One item of the score sheet: what the reviewer needs to judge it (points,
 * scoring rule, evidence required, the applicant's own score, the files
 * attached) and the fields for the points and the reason for a deduction.
 *
 * Everything is written to the sheet as it changes: points when typed and
 * confirmed (Enter, leaving the field, an arrow), reasons on every
 * keystroke. The sheet is the judge of what is allowed: when it refuses,
 * its message shows on the item and the field goes back to what is stored.
 * Points reach the sheet as text parsed by exemplar_points_parse(), never
 * through floating point; the spin buttons only show them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-assignment.h"
#include "exemplar-declaration.h"
#include "exemplar-indicator.h"
#include "exemplar-points-spin.h"
#include "exemplar-points.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog-private.h"

static void
show_message (ScoringItem *item,
              const char  *message)
{
  gtk_label_set_label (item->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (item->message_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (item->spin), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (item->spin), "error");
}

static const char *
stored_reason (ScoringItem *item)
{
  const char *reason = NULL;

  if (item->self->sheet != NULL)
    exemplar_score_sheet_get_score (item->self->sheet, item->leaf, NULL, &reason);

  return reason != NULL ? reason : "";
}

gboolean
_exemplar_scoring_item_needs_reason (ScoringItem *item)
{
  /* As the sheet's rule: bonus points not earned are not deductions. */
  return item->scored &&
         exemplar_indicator_get_kind (item->leaf) != EXEMPLAR_INDICATOR_BONUS &&
         item->points < exemplar_indicator_get_points (item->leaf) &&
         stored_reason (item)[0] == '\0';
}

/* A deduction without its reason is marked on the entry itself. */
static void
update_reason_required (ScoringItem *item)
{
  GtkWidget *entry = GTK_WIDGET (item->reason);
  gboolean required = _exemplar_scoring_item_needs_reason (item);

  if (required)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, _("Points were deducted: say why"));
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, NULL);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, required,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               required ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* What follows a stored change: the row, the totals, the gaps. */
static void
changed (ScoringItem *item)
{
  ExemplarScoringDialog *self = item->self;

  show_message (item, NULL);
  update_reason_required (item);
  _exemplar_scoring_dialog_update_totals (self);
  _exemplar_scoring_dialog_update_missing (self);
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   ScoringItem   *item)
{
  /* An item not scored yet shows no number. */
  return exemplar_points_spin_show (spin, !item->scored && !item->entered);
}

/* What was typed goes to the sheet here, so that a refusal keeps the value
 * the spin button had. */
static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  ScoringItem   *item)
{
  ExemplarScoringDialog *self = item->self;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_autoptr(GError) error = NULL;
  gint64 points;

  if (self->sheet == NULL || item->loading)
    return FALSE;

  if (text[0] == '\0')
    {
      /* Emptying the field takes the points back. */
      if (item->scored)
        {
          if (!exemplar_score_sheet_clear_points (self->sheet, item->leaf, &error))
            {
              show_message (item, error->message);
              return GTK_INPUT_ERROR;
            }

          item->scored = FALSE;
          item->points = 0;
          changed (item);
        }

      item->entered = FALSE;
      *new_value = 0.0;
      return TRUE;
    }

  if (!exemplar_points_parse (text, &points, &error))
    {
      show_message (item, error->message);
      return GTK_INPUT_ERROR;
    }

  if (!item->scored || item->points != points)
    {
      if (!exemplar_score_sheet_set_points (self->sheet, item->leaf, points, &error))
        {
          show_message (item, error->message);
          return GTK_INPUT_ERROR;
        }

      item->scored = TRUE;
      item->points = points;
      changed (item);
    }

  item->entered = TRUE;
  *new_value = (double) points / EXEMPLAR_POINTS_SCALE;

  return TRUE;
}

/* The arrows, the arrow keys and the wheel while editing change the value
 * without any typing: store it, or put the stored one back. */
static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          ScoringItem   *item)
{
  ExemplarScoringDialog *self = item->self;
  g_autoptr(GError) error = NULL;
  gint64 points;

  if (self->sheet == NULL || item->loading)
    return;

  if (gtk_editable_get_text (GTK_EDITABLE (spin))[0] == '\0')
    return;

  points = (gint64) llround (gtk_spin_button_get_value (spin) * EXEMPLAR_POINTS_SCALE);
  if (item->scored && item->points == points)
    return;

  if (!exemplar_score_sheet_set_points (self->sheet, item->leaf, points, &error))
    {
      item->loading = TRUE;
      gtk_spin_button_set_value (spin, (double) item->points / EXEMPLAR_POINTS_SCALE);
      on_spin_output_cb (spin, item);
      item->loading = FALSE;
      show_message (item, error->message);
      return;
    }

  item->scored = TRUE;
  item->entered = TRUE;
  item->points = points;
  changed (item);
}

static void
on_spin_activate_cb (GtkText     *text,
                     ScoringItem *item)
{
  /* The spin button has read its text by now; a refused value stays put. */
  if (gtk_widget_get_visible (GTK_WIDGET (item->message_label)))
    return;

  /* A deduction wants its reason next; otherwise on to the next item. */
  if (_exemplar_scoring_item_needs_reason (item))
    gtk_widget_grab_focus (GTK_WIDGET (item->reason));
  else
    _exemplar_scoring_dialog_focus_item (item->self, item->index + 1, FALSE);
}

static void
on_spin_focus_leave_cb (GtkEventControllerFocus *controller,
                        ScoringItem             *item)
{
  gtk_spin_button_update (item->spin);
}

/* A wheel over a spin button that is not being edited scrolls the items:
 * scrolling through the sheet must never change a score by accident. */
static gboolean
on_spin_scroll_cb (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   ScoringItem              *item)
{
  GtkAdjustment *adjustment;
  double step;

  if (gtk_widget_get_state_flags (GTK_WIDGET (item->spin)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (item->self->items_scroller);
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  else
    step = 1.0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);

  return TRUE;
}

static gboolean
revert_reasons_cb (gpointer user_data)
{
  ExemplarScoringDialog *self = user_data;

  self->revert_source = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);
      const char *reason = stored_reason (item);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (item->reason)), reason) != 0)
        {
          item->loading = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (item->reason), reason);
          item->loading = FALSE;
        }
    }

  return G_SOURCE_REMOVE;
}

static void
on_reason_changed_cb (GtkEditable *editable,
                      ScoringItem *item)
{
  ExemplarScoringDialog *self = item->self;
  g_autoptr(GError) error = NULL;

  if (self->sheet == NULL || item->loading)
    return;

  if (!exemplar_score_sheet_set_reason (self->sheet, item->leaf, gtk_editable_get_text (editable), &error))
    {
      show_message (item, error->message);
      /* Not from inside the entry's own change. */
      if (self->revert_source == 0)
        self->revert_source = g_idle_add (revert_reasons_cb, self);
      return;
    }

  changed (item);
}

static void
on_reason_activate_cb (GtkEntry    *entry,
                       ScoringItem *item)
{
  _exemplar_scoring_dialog_focus_item (item->self, item->index + 1, FALSE);
}

static void
on_row_focus_enter_cb (GtkEventControllerFocus *controller,
                       ScoringItem             *item)
{
  _exemplar_scoring_dialog_select_item (item->self, item);
}

static void
on_evidence_clicked_cb (GtkButton   *button,
                        ScoringItem *item)
{
  _exemplar_scoring_dialog_select_item (item->self, item);
  _exemplar_scoring_dialog_show_evidence (item->self);
}

static GtkWidget *
caption_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  return label;
}

ScoringItem *
_exemplar_scoring_item_new (ExemplarScoringDialog *self,
                            ExemplarIndicator     *leaf,
                            ScoringGroup          *group)
{
  ScoringItem *item = g_new0 (ScoringItem, 1);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (self->assignment);
  const char *code = exemplar_indicator_get_code (leaf);
  const char *rule = exemplar_indicator_get_rule (leaf);
  const char *evidence = exemplar_indicator_get_evidence (leaf);
  const char *scoring_type = exemplar_indicator_get_scoring_type (leaf);
  g_autofree char *max_text = exemplar_points_format (exemplar_indicator_get_points (leaf));
  g_autofree char *text = NULL;
  GtkEventController *controller;
  GtkAdjustment *adjustment;
  GtkWidget *box;
  GtkWidget *line;
  GtkWidget *label;
  gint64 self_points = 0;

  item->self = self;
  item->leaf = g_object_ref (leaf);
  item->group = group;
  item->index = self->items->len;

  item->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item->row), FALSE);
  gtk_widget_set_focusable (item->row, FALSE);
  gtk_widget_add_css_class (item->row, "scoring-item");
  g_object_set_data (G_OBJECT (item->row), "exemplar-scoring-item", item);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item->row), box);

  /* Code, name and the item's points. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  label = gtk_label_new (code);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "item-code");
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), label);

  label = gtk_label_new (exemplar_indicator_get_name (leaf));
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "item-name");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);

  /* Translators: an item's points, e.g. "2.5 points"; the plural follows
   * whether it is exactly one point. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s point", "%s points",
                                       exemplar_indicator_get_points (leaf) == EXEMPLAR_POINTS_SCALE ? 1 : 2),
                          max_text);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "item-points");
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), label);
  g_clear_pointer (&text, g_free);

  /* How it is scored and what proves it. */
  if (rule != NULL && rule[0] != '\0')
    {
      if (scoring_type != NULL && exemplar_scoring_type_is_valid (scoring_type))
        /* Translators: the scoring type and the rule of an item, e.g. "Deduction: 未建立…扣1分". */
        text = g_strdup_printf (_("%s: %s"), exemplar_scoring_type_get_title (scoring_type), rule);
      else
        text = g_strdup (rule);
      gtk_box_append (GTK_BOX (box), caption_label (text, "item-rule"));
      g_clear_pointer (&text, g_free);
    }

  if (evidence != NULL && evidence[0] != '\0')
    {
      /* Translators: the evidence a rubric item asks for, e.g. "Evidence: 工作方案、会议纪要". */
      text = g_strdup_printf (_("Evidence: %s"), evidence);
      gtk_box_append (GTK_BOX (box), caption_label (text, "item-evidence"));
      g_clear_pointer (&text, g_free);
    }

  /* The applicant's own score and the files they attached. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  if (declaration != NULL && exemplar_declaration_get_self_score (declaration, leaf, &self_points, NULL))
    {
      g_autofree char *value = exemplar_points_format (self_points);

      /* Translators: the applicant's self-assessed points for an item, e.g. "Self-score 1.5". */
      text = g_strdup_printf (_("Self-score %s"), value);
    }
  else
    {
      text = g_strdup (_("No self-score"));
    }
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "item-self-score");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);
  g_clear_pointer (&text, g_free);

  item->evidence_button = GTK_BUTTON (gtk_button_new ());
  gtk_widget_add_css_class (GTK_WIDGET (item->evidence_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (item->evidence_button), "item-evidence-button");
  gtk_widget_set_focus_on_click (GTK_WIDGET (item->evidence_button), FALSE);
  /* Translators: the accessible name of the button that shows an item's evidence files. */
  text = g_strdup_printf (_("Evidence for %s"), code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->evidence_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  g_clear_pointer (&text, g_free);
  g_signal_connect (item->evidence_button, "clicked", G_CALLBACK (on_evidence_clicked_cb), item);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (item->evidence_button));

  /* Points and the reason for a deduction. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  adjustment = gtk_adjustment_new (0.0,
                                   0.0,
                                   (double) exemplar_indicator_get_points (leaf) / EXEMPLAR_POINTS_SCALE,
                                   0.5, 1.0, 0.0);
  item->spin = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 0.5, 1));
  gtk_spin_button_set_snap_to_ticks (item->spin, TRUE);
  gtk_spin_button_set_update_policy (item->spin, GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (item->spin), 4);
  gtk_widget_set_valign (GTK_WIDGET (item->spin), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (item->spin), "scoring-points");
  /* Translators: the accessible name of an item's points, e.g. "Points for 3.2.1, at most 2". */
  text = g_strdup_printf (_("Points for %s, at most %s"), code, max_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  g_clear_pointer (&text, g_free);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (item->spin));

  /* Translators: after the points given: the item's points, e.g. "/ 2". */
  text = g_strdup_printf (_("/ %s"), max_text);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (line), label);
  g_clear_pointer (&text, g_free);

  item->reason = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (item->reason, _("Reason for any deduction"));
  gtk_widget_set_hexpand (GTK_WIDGET (item->reason), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (item->reason), 8);
  gtk_widget_add_css_class (GTK_WIDGET (item->reason), "scoring-reason");
  /* Translators: the accessible name of the reason for a deduction, e.g. "Reason for 3.2.1". */
  text = g_strdup_printf (_("Reason for %s"), code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->reason),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  g_clear_pointer (&text, g_free);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (item->reason));

  item->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (item->message_label, TRUE);
  gtk_label_set_wrap_mode (item->message_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (item->message_label, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (item->message_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (item->message_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (item->message_label), "item-message");
  gtk_widget_set_visible (GTK_WIDGET (item->message_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (item->message_label));

  /* The items live as long as the dialog; their handlers go with the rows. */
  g_signal_connect (item->spin, "input", G_CALLBACK (on_spin_input_cb), item);
  g_signal_connect (item->spin, "output", G_CALLBACK (on_spin_output_cb), item);
  g_signal_connect (item->spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), item);
  /* GtkSpinButton::activate is newer than GTK 4.8; its text's is not, and
   * the spin button reads its value from it first. */
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (item->spin)),
                    "activate",
                    G_CALLBACK (on_spin_activate_cb),
                    item);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_spin_focus_leave_cb), item);
  gtk_widget_add_controller (GTK_WIDGET (item->spin), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_spin_scroll_cb), item);
  gtk_widget_add_controller (GTK_WIDGET (item->spin), controller);

  g_signal_connect (item->reason, "changed", G_CALLBACK (on_reason_changed_cb), item);
  g_signal_connect (item->reason, "activate", G_CALLBACK (on_reason_activate_cb), item);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_row_focus_enter_cb), item);
  gtk_widget_add_controller (item->row, controller);

  g_ptr_array_add (self->items, item);

  return item;
}

static void
scoring_item_free (ScoringItem *item)
{
  g_clear_object (&item->leaf);
  g_free (item);
}

GPtrArray *
_exemplar_scoring_item_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) scoring_item_free);
}

/* Shows what the sheet holds for the item, dropping whatever was not saved. */
void
_exemplar_scoring_item_load (ScoringItem *item)
{
  ExemplarScoringDialog *self = item->self;
  const char *reason = NULL;
  gint64 points = 0;

  item->loading = TRUE;

  item->scored = self->sheet != NULL &&
                 exemplar_score_sheet_get_score (self->sheet, item->leaf, &points, &reason);
  item->points = item->scored ? points : 0;
  item->entered = FALSE;

  gtk_spin_button_set_value (item->spin, (double) item->points / EXEMPLAR_POINTS_SCALE);
  /* set_value() skips the output when the value is unchanged. */
  on_spin_output_cb (item->spin, item);
  gtk_editable_set_text (GTK_EDITABLE (item->reason), reason != NULL ? reason : "");
  show_message (item, NULL);
  update_reason_required (item);

  item->loading = FALSE;
}
