/* exemplar-publicity-page-objections.c
 *
 * The objections (异议) received during the publicity period: when and how
 * each came, from whom, about which candidate, whether it was accepted
 * (and if not why), its verification deadline on the working-day
 * calendar, its outcome and the reply. Recording one and resolving one
 * happen in dialogs of their own; the list follows the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-calendar.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"
#include "exemplar-objection-dialog.h"
#include "exemplar-objection.h"
#include "exemplar-publicity-page-private.h"
#include "exemplar-resolve-dialog.h"
#include "exemplar-unit.h"

/* A pending objection's deadline is flagged this many working days ahead. */
#define DEADLINE_WARNING_DAYS 2

static ExemplarObjection *
row_get_objection (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "exemplar-objection") : NULL;
}

static ExemplarObjection *
get_selected (ExemplarPublicityPage *self)
{
  return row_get_objection (gtk_list_box_get_selected_row (self->objections_list));
}

static gboolean
can_resolve (ExemplarPublicityPage *self,
             ExemplarObjection     *objection)
{
  return objection != NULL &&
         exemplar_objection_get_accepted (objection) &&
         exemplar_objection_get_outcome (objection) == EXEMPLAR_OUTCOME_PENDING &&
         _exemplar_publicity_page_get_editable (self, NULL);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

/* Who it came from, as the office reads it: "张三 (individual)",
 * "某某居委会 (unit, sealed)", "Anonymous". */
static char *
format_from (ExemplarObjection *objection)
{
  const char *name = exemplar_objection_get_from_name (objection);

  if (name == NULL || name[0] == '\0')
    return g_strdup (_("Anonymous"));

  if (!exemplar_objection_get_from_unit (objection))
    /* Translators: an objection from a person; %s is the name. */
    return g_strdup_printf (_("%s (individual)"), name);

  if (exemplar_objection_get_sealed (objection))
    /* Translators: an objection from a unit, with its seal; %s is the unit. */
    return g_strdup_printf (_("%s (unit, sealed)"), name);

  /* Translators: an objection from a unit, without its seal; %s is the unit. */
  return g_strdup_printf (_("%s (unit, not sealed)"), name);
}

/* The verification deadline, and whether it is close or past. */
static void
set_deadline (ExemplarPublicityPage *self,
              GtkWidget             *label,
              ExemplarObjection     *objection,
              const char            *today)
{
  ExemplarCalendar *calendar = exemplar_publicity_get_calendar (self->publicity);
  const char *verify_by = exemplar_objection_get_verify_by (objection);
  gboolean pending = exemplar_objection_get_outcome (objection) == EXEMPLAR_OUTCOME_PENDING;
  g_autofree char *text = NULL;
  int left;

  if (verify_by == NULL)
    {
      gtk_widget_set_visible (label, FALSE);
      return;
    }

  if (pending && g_strcmp0 (today, verify_by) > 0)
    {
      /* Translators: %s is the verification deadline, which has passed. */
      text = g_strdup_printf (_("Verification overdue since %s"), verify_by);
      gtk_widget_add_css_class (label, "error");
    }
  else
    {
      /* Translators: %s is the verification deadline. */
      text = g_strdup_printf (_("Verify by %s"), verify_by);

      /* Working days left after today, up to the deadline included. */
      left = calendar != NULL ? exemplar_calendar_count_working_days (calendar, today, verify_by, NULL) : -1;
      if (left > 0 && calendar != NULL)
        {
          gboolean working = FALSE;

          if (exemplar_calendar_is_working_day (calendar, today, &working, NULL) && working)
            left--;
        }
      if (pending && left >= 0 && left <= DEADLINE_WARNING_DAYS)
        gtk_widget_add_css_class (label, "warning");
    }

  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
on_attachment_clicked_cb (ExemplarPublicityPage *self,
                          GtkButton             *button)
{
  ExemplarObjection *objection = g_object_get_data (G_OBJECT (button), "exemplar-objection");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "exemplar-attachment-index"));
  g_autoptr(ExemplarEvidence) evidence = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->campaign == NULL || self->publicity == NULL || objection == NULL)
    return;

  evidence = exemplar_publicity_dup_attachment (self->publicity, objection, index, &error);
  if (evidence == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (_exemplar_publicity_page_get_window (self),
                                                  _("Could Not Open the Attachment"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  exemplar_evidence_window_open (GTK_WIDGET (button), evidence, exemplar_campaign_get_path (self->campaign));
}

/* A link-like button that opens the attachment at @index in the evidence
 * viewer. */
static GtkWidget *
make_attachment_button (ExemplarPublicityPage *self,
                        ExemplarObjection     *objection,
                        guint                  index)
{
  g_autofree char *text = NULL;
  GtkWidget *button;

  /* Translators: a button opening an objection's attached file; %s is its
   * title, e.g. "Open 举报信". */
  text = g_strdup_printf (_("Open %s"), exemplar_objection_get_attachment_title (objection, index));
  button = gtk_button_new_with_label (text);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "objection-attachment");
  gtk_widget_set_tooltip_text (button, _("Show the attached file in the evidence viewer"));
  g_object_set_data_full (G_OBJECT (button), "exemplar-objection", g_object_ref (objection), g_object_unref);
  g_object_set_data (G_OBJECT (button), "exemplar-attachment-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_attachment_clicked_cb), self, G_CONNECT_SWAPPED);

  return button;
}

static GtkWidget *
make_row (ExemplarPublicityPage *self,
          ExemplarObjection     *objection,
          const char            *today)
{
  ExemplarDeclaration *declaration = exemplar_objection_get_declaration (objection);
  ExemplarUnit *unit = declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;
  ExemplarOutcome outcome = exemplar_objection_get_outcome (objection);
  gboolean accepted = exemplar_objection_get_accepted (objection);
  guint n_attachments = exemplar_objection_get_n_attachments (objection);
  g_autofree char *from = format_from (objection);
  g_autofree char *meta = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  gtk_box_append (GTK_BOX (box), heading);
  label = add_label (heading, unit != NULL ? exemplar_unit_get_name (unit) : "", "objection-candidate");
  gtk_widget_add_css_class (label, "heading");
  label = add_label (heading, accepted ? _("Accepted") : _("Not accepted"), "objection-status");
  gtk_widget_add_css_class (label, accepted ? "accepted" : "not-accepted");
  if (accepted)
    {
      label = add_label (heading, exemplar_outcome_get_title (outcome), "objection-outcome");
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      if (outcome == EXEMPLAR_OUTCOME_PENDING)
        gtk_widget_add_css_class (label, "dim-label");
    }

  /* Translators: when and how an objection came and from whom, e.g.
   * "Received 2024-04-28 · Letter · 张三 (individual)". */
  meta = g_strdup_printf (_("Received %s · %s · %s"),
                          exemplar_objection_get_received_on (objection),
                          exemplar_channel_get_title (exemplar_objection_get_channel (objection)),
                          from);
  label = add_label (box, meta, "objection-meta");
  gtk_widget_add_css_class (label, "dim-label");

  if (!accepted)
    {
      const char *reason = exemplar_objection_get_not_accepted_reason (objection);

      label = add_label (box, reason != NULL ? reason : "", "objection-reason");
      gtk_widget_add_css_class (label, "warning");
    }
  else
    {
      label = add_label (box, NULL, "objection-deadline");
      set_deadline (self, label, objection, today);
    }

  label = add_label (box, exemplar_objection_get_content (objection), "objection-content");
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, exemplar_objection_get_content (objection));

  if (n_attachments > 0)
    {
      GtkWidget *attachments = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (attachments), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (attachments), 4);
      gtk_widget_add_css_class (attachments, "objection-attachments");
      for (guint i = 0; i < n_attachments; i++)
        gtk_flow_box_append (GTK_FLOW_BOX (attachments), make_attachment_button (self, objection, i));
      gtk_box_append (GTK_BOX (box), attachments);
    }

  if (outcome != EXEMPLAR_OUTCOME_PENDING)
    {
      g_autofree char *reply = NULL;

      /* Translators: the date an objection was resolved and the reply sent. */
      reply = g_strdup_printf (_("Reply of %s: %s"),
                               exemplar_objection_get_resolved_on (objection) ?: "",
                               exemplar_objection_get_reply (objection) ?: "");
      add_label (box, reply, "objection-reply");
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "objection-row");
  g_object_set_data_full (G_OBJECT (row), "exemplar-objection", g_object_ref (objection), g_object_unref);

  return row;
}

static void
update_resolve_button (ExemplarPublicityPage *self)
{
  ExemplarObjection *selected;
  gboolean resolvable;

  /* The list's rows go while the template is disposed. */
  if (self->objections_list == NULL || self->resolve_button == NULL)
    return;

  selected = get_selected (self);
  resolvable = can_resolve (self, selected);

  gtk_widget_set_sensitive (GTK_WIDGET (self->resolve_button), resolvable);

  if (resolvable)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button), _("Record the outcome of the verification and the reply"));
  else if (selected == NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button), _("Select an accepted objection to resolve it"));
  else if (!exemplar_objection_get_accepted (selected))
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button), _("An objection that was not accepted has no outcome"));
  else if (exemplar_objection_get_outcome (selected) != EXEMPLAR_OUTCOME_PENDING)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button), _("This objection is resolved already"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button), NULL);
}

void
_exemplar_publicity_page_objections_update (ExemplarPublicityPage *self)
{
  g_autofree char *today = NULL;
  const char *start = NULL;
  const char *end = NULL;
  const char *reason = NULL;
  guint working_days = 0;
  gboolean has_period;
  gboolean editable;
  gint64 selected_id = -1;
  ExemplarObjection *selected;
  GtkWidget *child;
  guint n;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->campaign == NULL || self->publicity == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->resolve_button), FALSE);
      _exemplar_publicity_page_set_label (self->period_label, NULL);
      adw_status_page_set_description (self->objections_empty, NULL);
      gtk_stack_set_visible_child_name (self->objections_stack, "empty");
      return;
    }

  today = exemplar_campaign_dup_today (self->campaign);
  editable = _exemplar_publicity_page_get_editable (self, &reason);
  has_period = exemplar_publicity_get_period (self->publicity, &start, &working_days, &end);

  if (has_period)
    {
      g_autofree char *text = NULL;

      if (exemplar_publicity_is_over (self->publicity))
        /* Translators: the publicity period, over; %u working days. */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Publicity period %s to %s (%u working day), over",
                                             "Publicity period %s to %s (%u working days), over",
                                             working_days),
                                start, end, working_days);
      else
        /* Translators: the publicity period; %u working days. */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Publicity period %s to %s (%u working day)",
                                             "Publicity period %s to %s (%u working days)",
                                             working_days),
                                start, end, working_days);
      _exemplar_publicity_page_set_label (self->period_label, text);
    }
  else
    {
      _exemplar_publicity_page_set_label (self->period_label,
                                          _("No publicity period yet: objections are recorded once the period is set in the Notice view."));
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), editable && has_period);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->record_button),
                               !editable ? reason
                               : !has_period ? _("Set the publicity period in the Notice view first")
                               : _("Record an objection received by phone, letter, fax, e-mail or in person"));

  /* The rows are remade; the selected objection stays selected. */
  if ((selected = get_selected (self)))
    selected_id = exemplar_objection_get_id (selected);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->objections_list))))
    gtk_list_box_remove (self->objections_list, child);

  n = self->objections != NULL ? g_list_model_get_n_items (self->objections) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarObjection) objection = g_list_model_get_item (self->objections, i);
      GtkWidget *row = make_row (self, objection, today);

      gtk_list_box_append (self->objections_list, row);
      if (exemplar_objection_get_id (objection) == selected_id)
        gtk_list_box_select_row (self->objections_list, GTK_LIST_BOX_ROW (row));
    }

  if (n == 0)
    {
      g_autofree char *description = NULL;

      if (has_period)
        /* Translators: the dates of the publicity period. */
        description = g_strdup_printf (_("No objection has been recorded for the publicity period from %s to %s."),
                                       start, end);
      else
        description = g_strdup (_("Objections can be recorded once the candidate list is fixed and the publicity period is set in the Notice view."));
      adw_status_page_set_description (self->objections_empty, description);
    }

  gtk_stack_set_visible_child_name (self->objections_stack, n > 0 ? "list" : "empty");
  update_resolve_button (self);
}

static void
select_objection (ExemplarPublicityPage *self,
                  ExemplarObjection     *objection)
{
  gint64 id = exemplar_objection_get_id (objection);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->objections_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ExemplarObjection *shown = row_get_objection (GTK_LIST_BOX_ROW (child));

      if (shown != NULL && exemplar_objection_get_id (shown) == id)
        {
          gtk_list_box_select_row (self->objections_list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

/* Callbacks */

static void
on_objection_saved_cb (ExemplarPublicityPage   *self,
                       ExemplarObjection       *objection,
                       ExemplarObjectionDialog *dialog)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  _exemplar_publicity_page_objections_update (self);
  select_objection (self, objection);
  update_resolve_button (self);

  if (exemplar_objection_get_accepted (objection))
    _exemplar_publicity_page_add_toast (self, _("Objection recorded and accepted"));
  else
    _exemplar_publicity_page_add_toast (self, _("Objection recorded as not accepted"));
}

static void
on_objection_resolved_cb (ExemplarPublicityPage *self,
                          ExemplarObjection     *objection,
                          ExemplarResolveDialog *dialog)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  _exemplar_publicity_page_objections_update (self);
  _exemplar_publicity_page_add_toast (self, _("Objection resolved"));
}

static void
on_record_clicked_cb (ExemplarPublicityPage *self,
                      GtkButton             *button)
{
  ExemplarObjectionDialog *dialog;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->campaign == NULL)
    return;

  dialog = exemplar_objection_dialog_new (_exemplar_publicity_page_get_window (self), self->campaign);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_objection_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_resolve_dialog (ExemplarPublicityPage *self,
                     ExemplarObjection     *objection)
{
  ExemplarResolveDialog *dialog;

  if (!can_resolve (self, objection))
    return;

  dialog = exemplar_resolve_dialog_new (_exemplar_publicity_page_get_window (self), self->campaign, objection);
  g_signal_connect_object (dialog, "resolved", G_CALLBACK (on_objection_resolved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_resolve_clicked_cb (ExemplarPublicityPage *self,
                       GtkButton             *button)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  open_resolve_dialog (self, get_selected (self));
}

static void
on_objections_row_selected_cb (ExemplarPublicityPage *self,
                               GtkListBoxRow         *row,
                               GtkListBox            *list)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  update_resolve_button (self);
}

static void
on_objections_row_activated_cb (ExemplarPublicityPage *self,
                                GtkListBoxRow         *row,
                                GtkListBox            *list)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  open_resolve_dialog (self, row_get_objection (row));
}

void
_exemplar_publicity_page_objections_class_init (ExemplarPublicityPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, record_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, objections_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, objections_empty);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, objections_list);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_resolve_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_objections_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_objections_row_activated_cb);
}

void
_exemplar_publicity_page_objections_init (ExemplarPublicityPage *self)
{
  update_resolve_button (self);
}
