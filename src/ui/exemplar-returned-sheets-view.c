/* exemplar-returned-sheets-view.c
 *
 * The Returned Sheets view of the Evaluation section: score sheets that
 * reviewers sent back from their review packages and that disagree with a
 * sheet the office holds sealed. Each shows the unit, the reviewer and the
 * round, both totals and the items that differ. A pending one waits for the
 * office to keep its own sheet or accept the incoming one, with a reason
 * that goes to the audit log; a decided one shows the decision, when, and
 * why. The model decides what may change; a refusal is shown with its
 * message.
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
#include "exemplar-points.h"
#include "exemplar-returned-sheets-view.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-unit.h"

struct _ExemplarReturnedSheetsView
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarEvaluation  *evaluation;
  GListModel          *conflicts;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkStack            *stack;
  AdwPreferencesGroup *pending_group;
  GtkListBox          *pending_list;
  AdwPreferencesGroup *decided_group;
  GtkListBox          *decided_list;

  guint                reload_source;
  guint                n_pending;
};

G_DEFINE_FINAL_TYPE (ExemplarReturnedSheetsView, exemplar_returned_sheets_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_window (ExemplarReturnedSheetsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (ExemplarReturnedSheetsView *self,
            const char                 *heading,
            const GError               *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (get_window (self), heading, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The office decides in the phases that take scores, in its own file. */
static gboolean
can_decide (ExemplarReturnedSheetsView *self)
{
  ExemplarPhase phase;

  if (self->campaign == NULL || self->evaluation == NULL ||
      exemplar_campaign_get_read_only (self->campaign) ||
      exemplar_campaign_get_is_package (self->campaign))
    return FALSE;

  phase = exemplar_campaign_get_phase (self->campaign);
  return phase == EXEMPLAR_PHASE_DECLARATION || phase == EXEMPLAR_PHASE_EVALUATION;
}

static const char *
get_unit_name (ExemplarAssignment *assignment)
{
  ExemplarDeclaration *declaration = assignment != NULL ? exemplar_assignment_get_declaration (assignment) : NULL;

  return declaration != NULL ? exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)) : "?";
}

static const char *
get_reviewer_name (ExemplarAssignment *assignment)
{
  ExemplarReviewer *reviewer = assignment != NULL ? exemplar_assignment_get_reviewer (assignment) : NULL;

  return reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "?";
}

/* "林晓 · 书面调阅", or the reviewer alone without rounds. */
static char *
dup_reviewer_round (ExemplarAssignment *assignment)
{
  ExemplarRound *round = assignment != NULL ? exemplar_assignment_get_round (assignment) : NULL;

  if (round == NULL)
    return g_strdup (get_reviewer_name (assignment));

  /* Translators: a reviewer and the round of their sheet, e.g. "林晓 · 书面调阅". */
  return g_strdup_printf (_("%s · %s"), get_reviewer_name (assignment), exemplar_round_get_name (round));
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static const char *
get_state_title (ExemplarConflictState state)
{
  switch (state)
    {
    case EXEMPLAR_CONFLICT_ACCEPTED:
      return C_("returned sheet", "Incoming accepted");

    case EXEMPLAR_CONFLICT_KEPT:
      return C_("returned sheet", "Office's kept");

    case EXEMPLAR_CONFLICT_PENDING:
    default:
      return C_("returned sheet", "Waiting for a decision");
    }
}

/* "Accepted the incoming sheet on 2024-03-10 17:12: 现场复核后确认". */
static char *
dup_decision (ExemplarSheetConflict *conflict)
{
  g_autofree char *when = exemplar_returned_sheets_view_format_time (exemplar_sheet_conflict_get_decided_at (conflict));
  const char *reason = exemplar_sheet_conflict_get_reason (conflict);

  if (reason == NULL)
    reason = "";

  if (exemplar_sheet_conflict_get_state (conflict) == EXEMPLAR_CONFLICT_ACCEPTED)
    /* Translators: a decided conflict: the time, then the office's reason. */
    return g_strdup_printf (_("Accepted the incoming sheet on %s: %s"), when, reason);

  /* Translators: a decided conflict: the time, then the office's reason. */
  return g_strdup_printf (_("Kept the office's sheet on %s: %s"), when, reason);
}

static void
on_decide_clicked_cb (GtkButton                  *button,
                      ExemplarReturnedSheetsView *self)
{
  ExemplarSheetConflict *conflict = g_object_get_data (G_OBJECT (button), "exemplar-conflict");
  gboolean accept = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "exemplar-accept"));

  exemplar_returned_sheets_view_decide (self, conflict, accept);
}

static GtkWidget *
new_decide_button (ExemplarReturnedSheetsView *self,
                   ExemplarSheetConflict      *conflict,
                   gboolean                    accept)
{
  GtkWidget *button;

  if (accept)
    {
      button = gtk_button_new_with_mnemonic (_("_Accept Incoming Sheet…"));
      gtk_widget_set_tooltip_text (button, _("Replace the office's sealed sheet by the one the reviewer returned"));
      gtk_widget_add_css_class (button, "accept-incoming-button");
    }
  else
    {
      button = gtk_button_new_with_mnemonic (_("_Keep Office's Sheet…"));
      gtk_widget_set_tooltip_text (button, _("Keep the sheet the office holds sealed and set the returned one aside"));
      gtk_widget_add_css_class (button, "keep-office-button");
    }

  g_object_set_data_full (G_OBJECT (button), "exemplar-conflict", g_object_ref (conflict), g_object_unref);
  g_object_set_data (G_OBJECT (button), "exemplar-accept", GINT_TO_POINTER (accept));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_decide_clicked_cb), self, 0);

  if (!can_decide (self))
    {
      gtk_widget_set_sensitive (button, FALSE);
      gtk_widget_set_tooltip_text (button, _("Returned sheets are decided in the declaration and evaluation phases, in the office's own writable file."));
    }

  return button;
}

/* One conflict: the unit with its state, who and which round, both totals,
 * the items that differ, and the decision or the buttons that make it. */
static GtkWidget *
create_row (ExemplarReturnedSheetsView *self,
            ExemplarSheetConflict      *conflict)
{
  ExemplarAssignment *assignment = exemplar_sheet_conflict_get_assignment (conflict);
  ExemplarConflictState state = exemplar_sheet_conflict_get_state (conflict);
  g_autoptr(GPtrArray) differences = exemplar_sheet_conflict_dup_differences (conflict);
  g_autofree char *who = dup_reviewer_round (assignment);
  g_autofree char *office = exemplar_points_format (exemplar_sheet_conflict_get_office_total (conflict));
  g_autofree char *incoming = exemplar_points_format (exemplar_sheet_conflict_get_incoming_total (conflict));
  g_autofree char *totals = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *unit_label = new_label (get_unit_name (assignment), "heading");
  GtkWidget *state_label = new_label (get_state_title (state), "returned-sheet-state");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "returned-sheet-row");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_widget_set_hexpand (unit_label, TRUE);
  gtk_widget_add_css_class (unit_label, "returned-sheet-unit");
  gtk_widget_add_css_class (state_label, state == EXEMPLAR_CONFLICT_PENDING ? "warning" : "dim-label");
  gtk_label_set_xalign (GTK_LABEL (state_label), 1);
  gtk_box_append (GTK_BOX (header), unit_label);
  gtk_box_append (GTK_BOX (header), state_label);
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (box), new_label (who, "dim-label"));

  /* Translators: the totals of the two sheets that disagree, in points. */
  totals = g_strdup_printf (_("Office's sealed sheet %s · returned sheet %s"), office, incoming);
  gtk_box_append (GTK_BOX (box), new_label (totals, "returned-sheet-totals"));

  for (guint i = 0; differences != NULL && i < differences->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (differences, i));
      GtkWidget *label = new_label (line, "returned-sheet-difference");

      gtk_widget_set_margin_start (label, 6);
      gtk_box_append (GTK_BOX (box), label);
    }

  if (state == EXEMPLAR_CONFLICT_PENDING)
    {
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_widget_set_halign (buttons, GTK_ALIGN_END);
      gtk_widget_set_margin_top (buttons, 6);
      gtk_box_append (GTK_BOX (buttons), new_decide_button (self, conflict, FALSE));
      gtk_box_append (GTK_BOX (buttons), new_decide_button (self, conflict, TRUE));
      gtk_box_append (GTK_BOX (box), buttons);
    }
  else
    {
      g_autofree char *decision = dup_decision (conflict);

      gtk_box_append (GTK_BOX (box), new_label (decision, "returned-sheet-decision"));
    }

  /* Translators: what a screen reader says of a returned sheet: the unit,
   * the reviewer (and round), the state. */
  accessible = g_strdup_printf (_("%s, %s: %s"), get_unit_name (assignment), who, get_state_title (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
rebuild (ExemplarReturnedSheetsView *self)
{
  guint n_items = self->conflicts != NULL ? g_list_model_get_n_items (self->conflicts) : 0;
  guint n_pending = 0;
  guint n_decided = 0;
  g_autofree char *summary = NULL;

  clear_list (self->pending_list);
  clear_list (self->decided_list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarSheetConflict) conflict = g_list_model_get_item (self->conflicts, i);

      if (exemplar_sheet_conflict_get_state (conflict) == EXEMPLAR_CONFLICT_PENDING)
        {
          gtk_list_box_append (self->pending_list, create_row (self, conflict));
          n_pending++;
        }
      else
        {
          gtk_list_box_append (self->decided_list, create_row (self, conflict));
          n_decided++;
        }
    }

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->pending_group), n_pending > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->decided_group), n_decided > 0);

  if (n_items > 0)
    /* Translators: counts of returned sheets above their list, e.g. "2 waiting for a decision · 1 decided". */
    summary = g_strdup_printf (_("%u waiting for a decision · %u decided"), n_pending, n_decided);
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");

  if (self->n_pending != n_pending)
    {
      self->n_pending = n_pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  ExemplarReturnedSheetsView *self = user_data;

  self->reload_source = 0;
  exemplar_returned_sheets_view_reload (self);

  return G_SOURCE_REMOVE;
}

/* An import or a decision changes sheets by the dozen: read once after. */
static void
queue_reload (ExemplarReturnedSheetsView *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, self, NULL);
}

static void
set_conflicts (ExemplarReturnedSheetsView *self,
               GListModel                 *conflicts)
{
  if (self->conflicts == conflicts)
    return;

  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);

  g_set_object (&self->conflicts, conflicts);

  if (conflicts != NULL)
    g_signal_connect_object (conflicts, "items-changed", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
}

/* The reason dialog. */

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "decide", text[0] != '\0');
}

static void
on_decide_response_cb (AdwMessageDialog           *dialog,
                       const char                 *response,
                       ExemplarReturnedSheetsView *self)
{
  ExemplarSheetConflict *conflict = g_object_get_data (G_OBJECT (dialog), "exemplar-conflict");
  gboolean accept = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "exemplar-accept"));
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "decide") != 0 || self->evaluation == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!exemplar_evaluation_resolve_sheet_conflict (self->evaluation, conflict, accept, reason, &error))
    show_error (self, _("Could Not Decide the Returned Sheet"), error);

  exemplar_returned_sheets_view_reload (self);
}

void
exemplar_returned_sheets_view_decide (ExemplarReturnedSheetsView *self,
                                      ExemplarSheetConflict      *conflict,
                                      gboolean                    accept)
{
  ExemplarAssignment *assignment;
  g_autofree char *office = NULL;
  g_autofree char *incoming = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  g_return_if_fail (EXEMPLAR_IS_RETURNED_SHEETS_VIEW (self));
  g_return_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (conflict));

  assignment = exemplar_sheet_conflict_get_assignment (conflict);
  office = exemplar_points_format (exemplar_sheet_conflict_get_office_total (conflict));
  incoming = exemplar_points_format (exemplar_sheet_conflict_get_incoming_total (conflict));

  if (accept)
    /* Translators: %1$s is a unit, %2$s the office's total, %3$s a reviewer, %4$s their total. */
    body = g_strdup_printf (_("The office's sealed sheet for %1$s (%2$s) is replaced by the one %3$s returned (%4$s), sealed as they sealed it. Say why; the reason is recorded in the audit log."),
                            get_unit_name (assignment), office, get_reviewer_name (assignment), incoming);
  else
    /* Translators: %1$s is a reviewer, %2$s their total, %3$s a unit, %4$s the office's total. */
    body = g_strdup_printf (_("The sheet %1$s returned (%2$s) is set aside and the office's sealed sheet for %3$s (%4$s) stands. Say why; the reason is recorded in the audit log."),
                            get_reviewer_name (assignment), incoming, get_unit_name (assignment), office);

  dialog = adw_message_dialog_new (get_window (self),
                                   accept ? _("Accept the Incoming Sheet?") : _("Keep the Office's Sheet?"),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "decide", accept ? _("_Accept Incoming Sheet") : _("_Keep Office's Sheet"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decide",
                                              accept ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decide", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decide");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (recorded in the audit log)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-conflict", g_object_ref (conflict), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "exemplar-accept", GINT_TO_POINTER (accept));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* GObject. */

static void
exemplar_returned_sheets_view_dispose (GObject *object)
{
  ExemplarReturnedSheetsView *self = (ExemplarReturnedSheetsView *)object;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluation, self);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (self->campaign, self);
  set_conflicts (self, NULL);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->campaign);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_RETURNED_SHEETS_VIEW);

  G_OBJECT_CLASS (exemplar_returned_sheets_view_parent_class)->dispose (object);
}

static void
exemplar_returned_sheets_view_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  ExemplarReturnedSheetsView *self = EXEMPLAR_RETURNED_SHEETS_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_returned_sheets_view_class_init (ExemplarReturnedSheetsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_returned_sheets_view_dispose;
  object_class->get_property = exemplar_returned_sheets_view_get_property;

  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-returned-sheets-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, pending_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, pending_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, decided_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReturnedSheetsView, decided_list);
}

static void
exemplar_returned_sheets_view_init (ExemplarReturnedSheetsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  rebuild (self);
}

GtkWidget *
exemplar_returned_sheets_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_RETURNED_SHEETS_VIEW, NULL);
}

void
exemplar_returned_sheets_view_set_campaign (ExemplarReturnedSheetsView *self,
                                            ExemplarCampaign           *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_RETURNED_SHEETS_VIEW (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluation, self);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (self->campaign, self);
  set_conflicts (self, NULL);
  g_clear_object (&self->evaluation);
  g_set_object (&self->campaign, campaign);

  if (campaign != NULL)
    {
      g_set_object (&self->evaluation, exemplar_campaign_get_evaluation (campaign));
      g_signal_connect_object (campaign, "notify::phase", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign, "notify::read-only", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
    }

  /* A decision changes sheets, and the evaluation says so. */
  if (self->evaluation != NULL)
    g_signal_connect_object (self->evaluation, "changed", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  exemplar_returned_sheets_view_reload (self);
}

void
exemplar_returned_sheets_view_reload (ExemplarReturnedSheetsView *self)
{
  g_return_if_fail (EXEMPLAR_IS_RETURNED_SHEETS_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  set_conflicts (self, self->evaluation != NULL ? exemplar_evaluation_get_sheet_conflicts (self->evaluation) : NULL);
  rebuild (self);
}

guint
exemplar_returned_sheets_view_get_n_pending (ExemplarReturnedSheetsView *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RETURNED_SHEETS_VIEW (self), 0);

  return self->n_pending;
}

char *
exemplar_returned_sheets_view_format_time (const char *iso)
{
  g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL)
    return g_strdup ("");

  if (!(utc = g_date_time_new_from_iso8601 (iso, utc_zone)))
    return g_strdup (iso);

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
