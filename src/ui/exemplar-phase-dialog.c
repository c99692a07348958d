/* exemplar-phase-dialog.c
 *
 * Moving the campaign to its next phase: the phase it leaves and the one
 * it enters, what is still missing as the model lists it, and, when
 * something is, the office's override with a reason that the audit log
 * keeps. A second page moves the campaign back to an earlier phase, with a
 * reason and after a confirmation. The model decides; a refusal is shown
 * at the top of the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-phase-dialog.h"
#include "exemplar-window.h"

struct _ExemplarPhaseDialog
{
  AdwWindow            parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;

  guint                n_missing;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *advance_button;
  GtkButton           *reopen_button;
  GtkStack            *stack;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkLabel            *current_label;
  GtkLabel            *next_label;
  AdwPreferencesGroup *missing_group;
  GtkListBox          *missing_list;
  AdwPreferencesGroup *override_group;
  GtkSwitch           *override_switch;
  AdwEntryRow         *reason_row;
  AdwPreferencesGroup *reopen_group;
  AdwComboRow         *reopen_phase_row;
  GtkStringList       *reopen_phases;
  AdwEntryRow         *reopen_reason_row;
};

G_DEFINE_FINAL_TYPE (ExemplarPhaseDialog, exemplar_phase_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (ExemplarPhaseDialog *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Whether the office may change the phase at all. */
static gboolean
can_change (ExemplarPhaseDialog *self)
{
  return !exemplar_campaign_get_read_only (self->campaign);
}

/* Why the campaign cannot go back to an earlier phase, or NULL. */
static const char *
why_not_back (ExemplarPhaseDialog *self)
{
  if (!can_change (self))
    return exemplar_campaign_get_read_only_reason (self->campaign);
  if (exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_DECLARATION)
    return _("The campaign is in its first phase: there is no earlier phase to reopen.");
  return NULL;
}

static gboolean
can_go_back (ExemplarPhaseDialog *self)
{
  return why_not_back (self) == NULL;
}

/* The phases before the current one, the nearest first, as the combo row
 * lists them. */
static ExemplarPhase
get_reopen_phase (ExemplarPhaseDialog *self)
{
  ExemplarPhase phase = exemplar_campaign_get_phase (self->campaign);
  guint selected = adw_combo_row_get_selected (self->reopen_phase_row);

  g_assert (phase > EXEMPLAR_PHASE_DECLARATION);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= phase)
    selected = 0;

  return phase - 1 - selected;
}

static gboolean
is_overriding (ExemplarPhaseDialog *self)
{
  return self->n_missing > 0 && gtk_switch_get_active (self->override_switch);
}

static void
update_advance (ExemplarPhaseDialog *self)
{
  g_autofree char *reason = dup_text (self->reason_row);
  gboolean overriding = is_overriding (self);
  gboolean can_advance;

  can_advance = exemplar_campaign_get_phase (self->campaign) != EXEMPLAR_PHASE_CLOSED &&
                can_change (self) &&
                (self->n_missing == 0 || (overriding && reason[0] != '\0'));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phase.advance", can_advance);

  /* Skipping what the rules ask for is not the ordinary way forward. */
  if (overriding)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->advance_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->advance_button), "destructive-action");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->advance_button), "destructive-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->advance_button), "suggested-action");
    }
}

static void
update_reopen (ExemplarPhaseDialog *self)
{
  g_autofree char *reason = dup_text (self->reopen_reason_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phase.show-reopen", can_go_back (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phase.reopen", can_go_back (self) && reason[0] != '\0');
}

static void
fill_reopen (ExemplarPhaseDialog *self)
{
  ExemplarPhase phase = exemplar_campaign_get_phase (self->campaign);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->reopen_phases));

  gtk_string_list_splice (self->reopen_phases, 0, n_items, NULL);
  for (ExemplarPhase earlier = phase; earlier > EXEMPLAR_PHASE_DECLARATION; earlier--)
    gtk_string_list_append (self->reopen_phases, exemplar_phase_get_title (earlier - 1));
  adw_combo_row_set_selected (self->reopen_phase_row, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->reopen_group), can_go_back (self));
  update_reopen (self);
}

static GtkWidget *
create_missing_row (const char *text,
                    const char *icon_name,
                    const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, css_class);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, "missing-row");

  return row;
}

static void
fill (ExemplarPhaseDialog *self)
{
  ExemplarPhase phase = exemplar_campaign_get_phase (self->campaign);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->missing_list))))
    gtk_list_box_remove (self->missing_list, child);

  gtk_label_set_label (self->current_label, exemplar_phase_get_title (phase));
  gtk_label_set_label (self->next_label,
                       phase < EXEMPLAR_PHASE_CLOSED ? exemplar_phase_get_title (phase + 1) : "—");

  self->n_missing = 0;

  if (phase == EXEMPLAR_PHASE_CLOSED)
    {
      show_error (self, _("The campaign is closed: there is no phase after this one."));
      gtk_widget_set_visible (GTK_WIDGET (self->missing_group), FALSE);
    }
  else if (!(missing = exemplar_campaign_list_missing (self->campaign, &error)))
    {
      show_error (self, error != NULL ? error->message : _("What is missing could not be read."));
      gtk_widget_set_visible (GTK_WIDGET (self->missing_group), FALSE);
    }
  else if (missing->len == 0)
    {
      gtk_list_box_append (self->missing_list,
                           create_missing_row (_("Nothing is missing"), "emblem-ok-symbolic", "success"));
    }
  else
    {
      for (guint i = 0; i < missing->len; i++)
        gtk_list_box_append (self->missing_list,
                             create_missing_row (g_ptr_array_index (missing, i), "dialog-warning-symbolic", "warning"));
      self->n_missing = missing->len;
    }

  if (phase != EXEMPLAR_PHASE_CLOSED && exemplar_campaign_get_read_only (self->campaign))
    show_error (self, exemplar_campaign_get_read_only_reason (self->campaign));

  gtk_widget_set_visible (GTK_WIDGET (self->override_group), self->n_missing > 0);
  update_advance (self);
  fill_reopen (self);
}

/* Tells the window the campaign's new phase, reached going @back or
 * forward, and closes. */
static void
announce (ExemplarPhaseDialog *self,
          gboolean             back)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *title = exemplar_phase_get_title (exemplar_campaign_get_phase (self->campaign));

  if (EXEMPLAR_IS_WINDOW (parent))
    {
      g_autofree char *text = NULL;

      if (back)
        /* Translators: a toast; %s is the earlier phase the campaign went back to. */
        text = g_strdup_printf (_("The campaign is back in the “%s” phase"), title);
      else
        /* Translators: a toast; %s is the phase the campaign entered. */
        text = g_strdup_printf (_("The campaign is now in the “%s” phase"), title);
      exemplar_window_add_toast (EXEMPLAR_WINDOW (parent), text);
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
on_override_changed_cb (ExemplarPhaseDialog *self)
{
  g_assert (EXEMPLAR_IS_PHASE_DIALOG (self));

  update_advance (self);

  if (gtk_switch_get_active (self->override_switch) &&
      gtk_widget_get_mapped (GTK_WIDGET (self->reason_row)) &&
      !gtk_widget_has_focus (GTK_WIDGET (self->reason_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
}

static void
on_reason_activated_cb (ExemplarPhaseDialog *self)
{
  g_assert (EXEMPLAR_IS_PHASE_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "phase.advance", NULL);
}

static void
on_reopen_changed_cb (ExemplarPhaseDialog *self)
{
  g_assert (EXEMPLAR_IS_PHASE_DIALOG (self));

  update_reopen (self);
}

static void
on_reopen_activated_cb (ExemplarPhaseDialog *self)
{
  g_assert (EXEMPLAR_IS_PHASE_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "phase.reopen", NULL);
}

static void
on_reopen_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       ExemplarPhaseDialog *self)
{
  g_assert (EXEMPLAR_IS_PHASE_DIALOG (self));

  /* This dialog may close below while @dialog is still being answered;
   * @dialog must not keep pointing at it. A refusal shows here anyway. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "reopen") == 0)
    exemplar_phase_dialog_reopen (self);
}

static void
advance_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  exemplar_phase_dialog_advance (EXEMPLAR_PHASE_DIALOG (widget));
}

static void
show_reopen_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  exemplar_phase_dialog_show_reopen (EXEMPLAR_PHASE_DIALOG (widget));
}

/* Going back unlocks what the later phases settled: ask once more, with
 * the phases and the reason spelled out. */
static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarPhaseDialog *self = EXEMPLAR_PHASE_DIALOG (widget);
  ExemplarPhase phase = get_reopen_phase (self);
  g_autofree char *reason = dup_text (self->reopen_reason_row);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is the earlier phase the campaign goes back to. */
  heading = g_strdup_printf (_("Reopen the “%s” Phase?"), exemplar_phase_get_title (phase));
  /* Translators: the phase the campaign is in, the phase it goes back to,
   * then the reason the office gave. */
  body = g_strdup_printf (_("The campaign leaves the “%s” phase and goes back to “%s”: what the "
                            "phases after it locked can be changed again, and the campaign must "
                            "advance through them again. The reason is recorded in the audit "
                            "log:\n\n%s"),
                          exemplar_phase_get_title (exemplar_campaign_get_phase (self->campaign)),
                          exemplar_phase_get_title (phase), reason);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen Phase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reopen", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exemplar_phase_dialog_constructed (GObject *object)
{
  ExemplarPhaseDialog *self = (ExemplarPhaseDialog *)object;

  G_OBJECT_CLASS (exemplar_phase_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  fill (self);
}

static void
exemplar_phase_dialog_dispose (GObject *object)
{
  ExemplarPhaseDialog *self = (ExemplarPhaseDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_PHASE_DIALOG);

  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_phase_dialog_parent_class)->dispose (object);
}

static void
exemplar_phase_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ExemplarPhaseDialog *self = EXEMPLAR_PHASE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_phase_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ExemplarPhaseDialog *self = EXEMPLAR_PHASE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_phase_dialog_class_init (ExemplarPhaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = exemplar_phase_dialog_constructed;
  object_class->dispose = exemplar_phase_dialog_dispose;
  object_class->get_property = exemplar_phase_dialog_get_property;
  object_class->set_property = exemplar_phase_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-phase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, advance_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, current_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, next_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, missing_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, missing_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, override_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, override_switch);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reopen_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reopen_phase_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reopen_phases);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPhaseDialog, reopen_reason_row);
  gtk_widget_class_bind_template_callback (widget_class, on_override_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reopen_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reopen_activated_cb);

  gtk_widget_class_install_action (widget_class, "phase.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "phase.show-reopen", NULL, show_reopen_action);
  gtk_widget_class_install_action (widget_class, "phase.reopen", NULL, reopen_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
exemplar_phase_dialog_init (ExemplarPhaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_phase_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign to move on
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarPhaseDialog *
exemplar_phase_dialog_new (GtkWindow        *parent,
                           ExemplarCampaign *campaign)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  return g_object_new (EXEMPLAR_TYPE_PHASE_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       NULL);
}

gboolean
exemplar_phase_dialog_advance (ExemplarPhaseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PHASE_DIALOG (self), FALSE);

  reason = dup_text (self->reason_row);

  if (!exemplar_campaign_advance_phase (self->campaign,
                                        is_overriding (self) && reason[0] != '\0' ? reason : NULL,
                                        &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  announce (self, FALSE);

  return TRUE;
}

void
exemplar_phase_dialog_show_reopen (ExemplarPhaseDialog *self)
{
  g_return_if_fail (EXEMPLAR_IS_PHASE_DIALOG (self));

  gtk_stack_set_visible_child_name (self->stack, "reopen");
  adw_window_title_set_title (self->window_title, _("Reopen Previous Phase"));
  gtk_window_set_title (GTK_WINDOW (self), _("Reopen Previous Phase"));
  gtk_widget_set_visible (GTK_WIDGET (self->advance_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button), TRUE);
  /* Enter must not reach a destructive change without the confirmation. */
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);

  show_error (self, why_not_back (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self->reopen_reason_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->reopen_reason_row));
}

gboolean
exemplar_phase_dialog_reopen (ExemplarPhaseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PHASE_DIALOG (self), FALSE);

  if (!can_go_back (self))
    {
      show_error (self, why_not_back (self));
      return FALSE;
    }

  reason = dup_text (self->reopen_reason_row);
  if (!exemplar_campaign_set_phase (self->campaign, get_reopen_phase (self), reason, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  announce (self, TRUE);

  return TRUE;
}
