/* exemplar-self-assessment-leaf.c
 *
 * One scored leaf in the self-assessment: its code and name, the points as
 * a spin button, a note, and the evidence attached to it. Typing a score and
 * pressing Enter saves it and moves on to the next leaf; leaving the field
 * saves it too. A note is saved on its own, before the leaf has points, so
 * nothing typed waits in memory. A value the model refuses is said beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-attach.h"
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-points-spin.h"
#include "exemplar-points.h"
#include "exemplar-self-assessment-private.h"

void
_exemplar_leaf_row_free (LeafRow *lr)
{
  g_clear_object (&lr->leaf);
  g_free (lr);
}

static const char *
get_campaign_path (ExemplarSelfAssessment *self)
{
  ExemplarCampaign *campaign;

  if (self->declaration == NULL ||
      !(campaign = exemplar_declaration_get_campaign (self->declaration)))
    return NULL;

  return exemplar_campaign_get_path (campaign);
}

static void
show_message (LeafRow    *lr,
              const char *message,
              gboolean    is_error)
{
  gtk_label_set_label (lr->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (lr->message_label), message != NULL);

  if (message != NULL && is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (lr->message_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (lr->message_label), "dim-label");
      gtk_widget_add_css_class (lr->row, "invalid");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (lr->message_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (lr->message_label), "dim-label");
      gtk_widget_remove_css_class (lr->row, "invalid");
    }
}

static void
open_evidence (GtkButton              *button,
               ExemplarSelfAssessment *self)
{
  ExemplarEvidence *evidence = g_object_get_data (G_OBJECT (button), "exemplar-evidence");
  const char *path = get_campaign_path (self);

  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  if (evidence != NULL && path != NULL)
    exemplar_evidence_window_open (GTK_WIDGET (button), evidence, path);
}

static GtkWidget *
create_file_button (ExemplarSelfAssessment *self,
                    ExemplarEvidence       *evidence)
{
  g_autofree char *pages = NULL;
  GtkWidget *button;
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *label;

  button = gtk_button_new ();
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "evidence-file");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, exemplar_evidence_get_original_name (evidence));
  g_object_set_data_full (G_OBJECT (button), "exemplar-evidence", g_object_ref (evidence), g_object_unref);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  icon = gtk_image_new_from_icon_name (exemplar_evidence_is_pdf (evidence)
                                       ? "x-office-document-symbolic"
                                       : "image-x-generic-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_box_append (GTK_BOX (box), icon);

  label = gtk_label_new (exemplar_evidence_get_title (evidence));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);

  if (exemplar_evidence_is_pdf (evidence))
    {
      guint n = exemplar_evidence_get_pages (evidence);

      pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n), n);
      label = gtk_label_new (pages);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_button_set_child (GTK_BUTTON (button), box);
  g_signal_connect_object (button,
                           "clicked",
                           G_CALLBACK (open_evidence),
                           self,
                           0);

  return button;
}

static char *
dup_note (LeafRow *lr)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (lr->note))));
}

static void
save_score (LeafRow *lr,
            gint64   points)
{
  ExemplarSelfAssessment *self = lr->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = dup_note (lr);

  if (self->declaration == NULL)
    return;

  if (!exemplar_declaration_set_self_score (self->declaration, lr->leaf, points, note, &error))
    {
      show_message (lr, error->message, TRUE);
      return;
    }

  lr->scored = TRUE;
  lr->points = points;
  lr->note_dirty = FALSE;
  show_message (lr, NULL, FALSE);
  _exemplar_self_assessment_update_totals (self);
  _exemplar_self_assessment_update_evidence (self);

  _exemplar_self_assessment_emit_changed (self);
}

/* Saves what the spin button shows, when it differs from what is stored. */
void
_exemplar_leaf_row_commit_points (LeafRow *lr)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (lr->spin))));
  gint64 points;

  if (lr->loading || text[0] == '\0')
    return;

  if (!exemplar_points_parse (text, &points, NULL))
    return;

  if (lr->scored && lr->points == points)
    return;

  save_score (lr, points);
}

/* A note on a leaf without points is stored alone, the points left unset. */
static void
save_note (LeafRow *lr)
{
  ExemplarSelfAssessment *self = lr->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = dup_note (lr);

  if (self->declaration == NULL)
    return;

  if (!exemplar_declaration_set_self_note (self->declaration, lr->leaf, note, &error))
    {
      show_message (lr, error->message, TRUE);
      return;
    }

  lr->note_dirty = FALSE;
  show_message (lr, NULL, FALSE);

  _exemplar_self_assessment_emit_changed (self);
}

void
_exemplar_leaf_row_commit_note (LeafRow *lr)
{
  if (!lr->note_dirty || lr->loading)
    return;

  if (lr->scored)
    save_score (lr, lr->points);
  else
    save_note (lr);
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  LeafRow       *lr)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_autoptr(GError) error = NULL;
  gint64 max_points = exemplar_indicator_get_points (lr->leaf);
  gint64 points;

  if (text[0] == '\0')
    {
      /* Emptying a given score puts it back; an unscored leaf stays unscored. */
      *new_value = lr->scored ? (double) lr->points / EXEMPLAR_POINTS_SCALE : 0.0;
      return TRUE;
    }

  if (!exemplar_points_parse (text, &points, &error))
    {
      show_message (lr, error->message, TRUE);
      return GTK_INPUT_ERROR;
    }

  if (points < 0 || points > max_points)
    {
      g_autofree char *max_text = exemplar_points_format (max_points);
      g_autofree char *message = NULL;

      /* Translators: %s is the item's points, e.g. "2.5". */
      message = g_strdup_printf (_("This item has at most %s points."), max_text);
      show_message (lr, message, TRUE);

      /* The spin button keeps the score it had. */
      return GTK_INPUT_ERROR;
    }

  lr->entered = TRUE;
  *new_value = (double) points / EXEMPLAR_POINTS_SCALE;

  return TRUE;
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   LeafRow       *lr)
{
  return exemplar_points_spin_show (spin, !lr->scored && !lr->entered);
}

static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          LeafRow       *lr)
{
  if (lr->loading)
    return;

  _exemplar_leaf_row_commit_points (lr);
}

static void
on_spin_activate_cb (GtkText *text,
                     LeafRow *lr)
{
  _exemplar_leaf_row_commit_points (lr);
  _exemplar_self_assessment_focus_leaf_index (lr->self, lr->index + 1);
}

static void
on_spin_focus_leave_cb (GtkEventControllerFocus *controller,
                        LeafRow                 *lr)
{
  gtk_spin_button_update (lr->spin);
  _exemplar_leaf_row_commit_points (lr);
}

/* A wheel over a spin button that is not being edited scrolls the page:
 * scrolling through the form must never change a score by accident. */
static gboolean
on_spin_scroll_cb (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   LeafRow                  *lr)
{
  GtkWidget *spin = GTK_WIDGET (lr->spin);
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  double step;

  if (gtk_widget_get_state_flags (spin) & GTK_STATE_FLAG_FOCUS_WITHIN)
    return FALSE;

  if (!(scrolled = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW)))
    return TRUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  else
    step = 1.0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);

  return TRUE;
}

static void
on_note_changed_cb (GtkEditable *editable,
                    LeafRow     *lr)
{
  ExemplarSelfAssessment *self = lr->self;

  if (lr->loading)
    return;

  lr->note_dirty = TRUE;

  _exemplar_self_assessment_schedule_notes (self);
}

static void
on_note_activate_cb (GtkEntry *entry,
                     LeafRow  *lr)
{
  _exemplar_leaf_row_commit_note (lr);
  _exemplar_self_assessment_focus_leaf_index (lr->self, lr->index + 1);
}

static void
on_note_focus_leave_cb (GtkEventControllerFocus *controller,
                        LeafRow                 *lr)
{
  _exemplar_leaf_row_commit_note (lr);
}

static void
on_attach_clicked_cb (GtkButton *button,
                      LeafRow   *lr)
{
  if (lr->self->attach != NULL)
    exemplar_evidence_attach_choose (lr->self->attach, lr->leaf, "evidence");
}

LeafRow *
_exemplar_leaf_row_new (ExemplarSelfAssessment *self,
                 ExemplarIndicator      *leaf,
                 BranchView             *top)
{
  LeafRow *lr = g_new0 (LeafRow, 1);
  g_autofree char *max_text = NULL;
  g_autofree char *max_points = NULL;
  g_autofree char *spin_label = NULL;
  const char *evidence_text = exemplar_indicator_get_evidence (leaf);
  GtkEventController *controller;
  GtkAdjustment *adjustment;
  GtkWidget *box;
  GtkWidget *line;
  GtkWidget *label;
  GtkWidget *code;
  GtkWidget *icon;

  lr->self = self;
  lr->leaf = g_object_ref (leaf);
  lr->top = top;
  lr->index = self->leaves->len;

  lr->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (lr->row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (lr->row), FALSE);
  gtk_widget_set_focusable (lr->row, FALSE);
  gtk_widget_add_css_class (lr->row, "leaf-row");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (lr->row), box);

  /* Code, name and the warning when required evidence is missing. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  code = gtk_label_new (exemplar_indicator_get_code (leaf));
  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_widget_add_css_class (code, "leaf-code");
  gtk_label_set_xalign (GTK_LABEL (code), 0.0);
  gtk_widget_set_valign (code, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), code);

  label = gtk_label_new (exemplar_indicator_get_name (leaf));
  gtk_widget_add_css_class (label, "leaf-name");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, exemplar_indicator_get_rule (leaf));
  gtk_box_append (GTK_BOX (line), label);

  lr->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (lr->warning, "warning");
  gtk_widget_set_valign (lr->warning, GTK_ALIGN_START);
  gtk_widget_set_visible (lr->warning, FALSE);
  gtk_widget_set_tooltip_text (lr->warning, _("This item needs evidence, and none is attached"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (lr->warning),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Evidence missing"),
                                  -1);
  gtk_box_append (GTK_BOX (line), lr->warning);

  if (evidence_text != NULL && evidence_text[0] != '\0')
    {
      g_autofree char *caption = NULL;

      /* Translators: the evidence a rubric item asks for, e.g. "Evidence: 工作方案、会议纪要". */
      caption = g_strdup_printf (_("Evidence: %s"), evidence_text);
      label = gtk_label_new (caption);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (box), label);
    }

  /* Points and note. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  adjustment = gtk_adjustment_new (0.0,
                                   0.0,
                                   (double) exemplar_indicator_get_points (leaf) / EXEMPLAR_POINTS_SCALE,
                                   0.5, 1.0, 0.0);
  lr->spin = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 0.5, 1));
  gtk_spin_button_set_snap_to_ticks (lr->spin, TRUE);
  gtk_spin_button_set_update_policy (lr->spin, GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (lr->spin), 4);
  gtk_widget_set_valign (GTK_WIDGET (lr->spin), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (lr->spin), "self-score");
  /* Translators: the accessible name of a self-score, e.g. "Self-score for 3.2.1". */
  spin_label = g_strdup_printf (_("Self-score for %s"), exemplar_indicator_get_code (leaf));
  gtk_accessible_update_property (GTK_ACCESSIBLE (lr->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spin_label,
                                  -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (lr->spin));

  max_points = exemplar_points_format (exemplar_indicator_get_points (leaf));
  /* Translators: after a self-score: the item's points, e.g. "/ 2.5". */
  max_text = g_strdup_printf (_("/ %s"), max_points);
  label = gtk_label_new (max_text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (line), label);

  lr->note = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (lr->note, _("Note"));
  gtk_widget_set_hexpand (GTK_WIDGET (lr->note), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (lr->note), "self-note");
  gtk_editable_set_width_chars (GTK_EDITABLE (lr->note), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (lr->note),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"),
                                  -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (lr->note));

  lr->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (lr->message_label, TRUE);
  gtk_label_set_wrap_mode (lr->message_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (lr->message_label, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (lr->message_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (lr->message_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (lr->message_label));

  /* Evidence: how many, attach more, and the files themselves. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), line);

  icon = gtk_image_new_from_icon_name ("mail-attachment-symbolic");
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_box_append (GTK_BOX (line), icon);

  lr->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (lr->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (lr->count_label), "evidence-count");
  gtk_label_set_xalign (lr->count_label, 0.0);
  gtk_widget_set_hexpand (GTK_WIDGET (lr->count_label), TRUE);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (lr->count_label));

  lr->attach_button = gtk_button_new_with_mnemonic (_("_Attach…"));
  gtk_widget_add_css_class (lr->attach_button, "flat");
  gtk_widget_set_tooltip_text (lr->attach_button, _("Attach PDF, JPEG or PNG files as evidence for this item; files can also be dropped here"));
  g_signal_connect (lr->attach_button, "clicked", G_CALLBACK (on_attach_clicked_cb), lr);
  gtk_box_append (GTK_BOX (line), lr->attach_button);

  lr->files_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (lr->files_box, FALSE);
  gtk_box_append (GTK_BOX (box), lr->files_box);

  /* The row lives as long as this object's lists; the handlers go with it. */
  g_signal_connect (lr->spin, "input", G_CALLBACK (on_spin_input_cb), lr);
  g_signal_connect (lr->spin, "output", G_CALLBACK (on_spin_output_cb), lr);
  g_signal_connect (lr->spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), lr);
  /* GtkSpinButton::activate is newer than GTK 4.8; its text's is not, and
   * the spin button updates its value from it first. */
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (lr->spin)),
                    "activate",
                    G_CALLBACK (on_spin_activate_cb),
                    lr);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_spin_focus_leave_cb), lr);
  gtk_widget_add_controller (GTK_WIDGET (lr->spin), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_spin_scroll_cb), lr);
  gtk_widget_add_controller (GTK_WIDGET (lr->spin), controller);

  g_signal_connect (lr->note, "changed", G_CALLBACK (on_note_changed_cb), lr);
  g_signal_connect (lr->note, "activate", G_CALLBACK (on_note_activate_cb), lr);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_note_focus_leave_cb), lr);
  gtk_widget_add_controller (GTK_WIDGET (lr->note), controller);

  if (self->attach != NULL)
    exemplar_evidence_attach_add_drop_target (self->attach, lr->row, leaf, "evidence");

  /* The row owns its state, so its handlers never outlive it. */
  g_object_set_data_full (G_OBJECT (lr->row), "exemplar-leaf-row", lr, (GDestroyNotify) _exemplar_leaf_row_free);
  g_ptr_array_add (self->leaves, lr);

  return lr;
}

/* Shows what is stored for the leaf, dropping what was not saved. */
void
_exemplar_leaf_row_load (LeafRow *lr)
{
  ExemplarSelfAssessment *self = lr->self;
  const char *note = NULL;
  gint64 points = 0;

  lr->loading = TRUE;

  lr->scored = self->declaration != NULL &&
               exemplar_declaration_get_self_score (self->declaration, lr->leaf, &points, &note);
  lr->points = lr->scored ? points : 0;
  lr->entered = FALSE;
  lr->note_dirty = FALSE;

  gtk_spin_button_set_value (lr->spin, (double) lr->points / EXEMPLAR_POINTS_SCALE);
  /* set_value() skips the output when the value is unchanged. */
  on_spin_output_cb (lr->spin, lr);
  gtk_editable_set_text (GTK_EDITABLE (lr->note), note != NULL ? note : "");
  show_message (lr, NULL, FALSE);

  lr->loading = FALSE;
}

/* @files: (nullable): the leaf's evidence files, in the order attached. */
void
_exemplar_leaf_row_show_evidence (LeafRow   *lr,
                                  GPtrArray *files,
                                  gboolean   missing)
{
  ExemplarSelfAssessment *self = lr->self;
  guint count = exemplar_declaration_count_evidence (self->declaration, lr->leaf);
  g_autofree char *count_text = NULL;
  GtkWidget *child;

  if (count == 0)
    count_text = g_strdup (_("No evidence attached yet"));
  else
    count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u file attached",
                                               "%u files attached",
                                               count),
                                  count);
  gtk_label_set_label (lr->count_label, count_text);

  gtk_widget_set_visible (lr->warning, missing);

  while ((child = gtk_widget_get_first_child (lr->files_box)))
    gtk_box_remove (GTK_BOX (lr->files_box), child);

  for (guint i = 0; files != NULL && i < files->len; i++)
    gtk_box_append (GTK_BOX (lr->files_box), create_file_button (self, g_ptr_array_index (files, i)));

  gtk_widget_set_visible (lr->files_box, files != NULL && files->len > 0);
}
