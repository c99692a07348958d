/* exemplar-resolve-dialog.c
 *
 * The outcome of an accepted objection's verification, the date and the
 * reply sent to the objector. Each outcome says what it does; the two that
 * change the publicity for good (a removal from the candidate list, a new
 * publicity period) are confirmed first. A refusal of the model shows at
 * the top of the form and everything typed stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-publicity.h"
#include "exemplar-resolve-dialog.h"
#include "exemplar-unit.h"

struct _ExemplarResolveDialog
{
  AdwWindow          parent_instance;

  /* Owned references */
  ExemplarCampaign  *campaign;
  ExemplarObjection *objection;

  /* Template widgets */
  GtkButton         *resolve_button;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkLabel          *summary_label;
  AdwActionRow      *not_upheld_row;
  GtkCheckButton    *not_upheld_check;
  AdwActionRow      *removed_row;
  GtkCheckButton    *removed_check;
  AdwActionRow      *rectified_row;
  GtkCheckButton    *rectified_check;
  AdwActionRow      *republicity_row;
  GtkCheckButton    *republicity_check;
  AdwEntryRow       *date_row;
  GtkTextView       *reply_view;
};

G_DEFINE_FINAL_TYPE (ExemplarResolveDialog, exemplar_resolve_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_OBJECTION,
  N_PROPS
};

enum {
  RESOLVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (ExemplarResolveDialog *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static GtkCheckButton *
get_check (ExemplarResolveDialog *self,
           ExemplarOutcome        outcome)
{
  switch (outcome)
    {
    case EXEMPLAR_OUTCOME_NOT_UPHELD:
      return self->not_upheld_check;
    case EXEMPLAR_OUTCOME_UPHELD_REMOVED:
      return self->removed_check;
    case EXEMPLAR_OUTCOME_UPHELD_RECTIFIED:
      return self->rectified_check;
    case EXEMPLAR_OUTCOME_REPUBLICITY:
      return self->republicity_check;
    case EXEMPLAR_OUTCOME_PENDING:
    default:
      return NULL;
    }
}

static ExemplarOutcome
get_outcome (ExemplarResolveDialog *self)
{
  for (ExemplarOutcome outcome = EXEMPLAR_OUTCOME_NOT_UPHELD; outcome < EXEMPLAR_N_OUTCOMES; outcome++)
    {
      if (gtk_check_button_get_active (get_check (self, outcome)))
        return outcome;
    }

  return EXEMPLAR_OUTCOME_PENDING;
}

static const char *
get_unit_name (ExemplarResolveDialog *self)
{
  ExemplarDeclaration *declaration = exemplar_objection_get_declaration (self->objection);

  return declaration != NULL ? exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)) : "";
}

static void
do_resolve (ExemplarResolveDialog *self)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (self->campaign);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reply_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *reply = NULL;
  g_autofree char *date = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  reply = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));

  if (publicity == NULL ||
      !exemplar_publicity_resolve_objection (publicity, self->objection, get_outcome (self),
                                             reply, date[0] != '\0' ? date : NULL, &error))
    {
      show_error (self, error != NULL ? error->message : _("The objection could not be resolved."));
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[RESOLVED], 0, self->objection);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_confirm_response_cb (AdwMessageDialog      *dialog,
                        const char            *response,
                        ExemplarResolveDialog *self)
{
  if (g_strcmp0 (response, "resolve") == 0)
    do_resolve (self);
}

void
exemplar_resolve_dialog_resolve (ExemplarResolveDialog *self)
{
  ExemplarOutcome outcome;
  g_autofree char *body = NULL;
  const char *heading;
  GtkWidget *dialog;

  g_return_if_fail (EXEMPLAR_IS_RESOLVE_DIALOG (self));

  outcome = get_outcome (self);
  if (outcome == EXEMPLAR_OUTCOME_PENDING)
    {
      show_error (self, _("Choose the outcome of the verification."));
      gtk_widget_grab_focus (GTK_WIDGET (self->not_upheld_check));
      return;
    }

  if (outcome != EXEMPLAR_OUTCOME_UPHELD_REMOVED && outcome != EXEMPLAR_OUTCOME_REPUBLICITY)
    {
      do_resolve (self);
      return;
    }

  if (outcome == EXEMPLAR_OUTCOME_UPHELD_REMOVED)
    {
      heading = _("Take the Unit off the Candidate List?");
      /* Translators: %s is the unit objected to. */
      body = g_strdup_printf (_("%s will be taken off the candidate list and will not be named. This cannot be undone."),
                              get_unit_name (self));
    }
  else
    {
      heading = _("Start a New Publicity Period?");
      body = g_strdup (_("The current publicity period ends and a new one of the same length starts on the next working day; the notice is published again. This cannot be undone."));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "resolve", _("_Resolve"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resolve", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  exemplar_resolve_dialog_resolve (EXEMPLAR_RESOLVE_DIALOG (widget));
}

static void
on_entry_activated_cb (ExemplarResolveDialog *self,
                       AdwEntryRow           *row)
{
  g_assert (EXEMPLAR_IS_RESOLVE_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "resolve.resolve", NULL);
}

static void
fill_form (ExemplarResolveDialog *self)
{
  AdwActionRow *rows[] = { NULL, self->not_upheld_row, self->removed_row, self->rectified_row, self->republicity_row };
  const char *from = exemplar_objection_get_from_name (self->objection);
  g_autofree char *today = exemplar_campaign_dup_today (self->campaign);
  g_autofree char *summary = NULL;

  for (ExemplarOutcome outcome = EXEMPLAR_OUTCOME_NOT_UPHELD; outcome < EXEMPLAR_N_OUTCOMES; outcome++)
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (rows[outcome]);

      adw_preferences_row_set_title (row, exemplar_outcome_get_title (outcome) ?: exemplar_outcome_to_string (outcome) ?: "?");
      gtk_accessible_update_property (GTK_ACCESSIBLE (get_check (self, outcome)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, adw_preferences_row_get_title (row),
                                      -1);
    }

  /* Translators: an objection, e.g. "About 华阳路街道, received 2024-04-28
   * by letter from 张三, to verify by 2024-05-13:" then what it says. */
  summary = g_strdup_printf (_("About %s, received %s (%s) from %s, to verify by %s:\n%s"),
                             get_unit_name (self),
                             exemplar_objection_get_received_on (self->objection),
                             exemplar_channel_get_title (exemplar_objection_get_channel (self->objection)),
                             from != NULL && from[0] != '\0' ? from : _("Anonymous"),
                             exemplar_objection_get_verify_by (self->objection) ?: "—",
                             exemplar_objection_get_content (self->objection) ?: "");
  gtk_label_set_label (self->summary_label, summary);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

static void
exemplar_resolve_dialog_constructed (GObject *object)
{
  ExemplarResolveDialog *self = (ExemplarResolveDialog *)object;

  G_OBJECT_CLASS (exemplar_resolve_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));
  g_assert (EXEMPLAR_IS_OBJECTION (self->objection));

  fill_form (self);
}

static void
exemplar_resolve_dialog_dispose (GObject *object)
{
  ExemplarResolveDialog *self = (ExemplarResolveDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_RESOLVE_DIALOG);

  g_clear_object (&self->campaign);
  g_clear_object (&self->objection);

  G_OBJECT_CLASS (exemplar_resolve_dialog_parent_class)->dispose (object);
}

static void
exemplar_resolve_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ExemplarResolveDialog *self = EXEMPLAR_RESOLVE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_OBJECTION:
      g_value_set_object (value, self->objection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_resolve_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ExemplarResolveDialog *self = EXEMPLAR_RESOLVE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    case PROP_OBJECTION:
      self->objection = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_resolve_dialog_class_init (ExemplarResolveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = exemplar_resolve_dialog_constructed;
  object_class->dispose = exemplar_resolve_dialog_dispose;
  object_class->get_property = exemplar_resolve_dialog_get_property;
  object_class->set_property = exemplar_resolve_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN, flags);
  properties[PROP_OBJECTION] =
    g_param_spec_object ("objection", NULL, NULL, EXEMPLAR_TYPE_OBJECTION, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarResolveDialog::resolved:
   * @self: the dialog
   * @objection: the objection resolved
   *
   * Emitted after the model has stored the outcome, just before the
   * dialog closes.
   */
  signals[RESOLVED] =
    g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, EXEMPLAR_TYPE_OBJECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-resolve-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, not_upheld_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, not_upheld_check);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, removed_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, removed_check);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, rectified_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, rectified_check);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, republicity_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, republicity_check);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResolveDialog, reply_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "resolve.resolve", NULL, resolve_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
exemplar_resolve_dialog_init (ExemplarResolveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_resolve_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign, for its publicity
 * @objection: an accepted, pending objection
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarResolveDialog *
exemplar_resolve_dialog_new (GtkWindow         *parent,
                             ExemplarCampaign  *campaign,
                             ExemplarObjection *objection)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (objection), NULL);

  return g_object_new (EXEMPLAR_TYPE_RESOLVE_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       "objection", objection,
                       NULL);
}

ExemplarObjection *
exemplar_resolve_dialog_get_objection (ExemplarResolveDialog *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESOLVE_DIALOG (self), NULL);

  return self->objection;
}

void
exemplar_resolve_dialog_set_outcome (ExemplarResolveDialog *self,
                                     ExemplarOutcome        outcome)
{
  GtkCheckButton *check;

  g_return_if_fail (EXEMPLAR_IS_RESOLVE_DIALOG (self));

  if ((check = get_check (self, outcome)))
    gtk_check_button_set_active (check, TRUE);
}
