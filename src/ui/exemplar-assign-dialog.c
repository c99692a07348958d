/* exemplar-assign-dialog.c
 *
 * Assignment by hand: one reviewer to one submitted application, in a
 * round when the campaign has rounds, for the whole rubric or one branch.
 * The form warns of a conflict as soon as both are chosen; the model
 * refuses it whatever the form does, and its message stays above the form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assign-dialog.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

struct _ExemplarAssignDialog
{
  AdwWindow           parent_instance;

  /* Owned references */
  ExemplarCampaign   *campaign;
  ExemplarReviewer   *reviewer;
  GtkFilterListModel *applications;
  GPtrArray          *scopes;

  /* Template widgets */
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  AdwComboRow        *reviewer_row;
  AdwComboRow        *application_row;
  AdwComboRow        *round_row;
  AdwComboRow        *scope_row;
  GtkStringList      *scope_list;
};

G_DEFINE_FINAL_TYPE (ExemplarAssignDialog, exemplar_assign_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_REVIEWER,
  N_PROPS
};

enum {
  ASSIGNED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (ExemplarAssignDialog *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
dup_reviewer_label (ExemplarReviewer *reviewer)
{
  return exemplar_reviewer_dup_label (reviewer);
}

static char *
dup_round_name (ExemplarRound *round)
{
  return g_strdup (exemplar_round_get_name (round));
}

static gboolean
is_assignable (gpointer item,
               gpointer user_data)
{
  return exemplar_evaluation_state_is_assignable (exemplar_declaration_get_state (item));
}

static gpointer
selected (AdwComboRow *row,
          GType        type)
{
  gpointer item;

  if (!gtk_widget_get_visible (GTK_WIDGET (row)))
    return NULL;

  item = adw_combo_row_get_selected_item (row);
  return G_TYPE_CHECK_INSTANCE_TYPE (item, type) ? item : NULL;
}

/* Branches a reviewer can be given instead of the whole rubric: the top
 * level and the level below it. */
static void
add_scopes (ExemplarAssignDialog *self,
            GListModel           *indicators,
            guint                 depth)
{
  guint n_items = indicators != NULL ? g_list_model_get_n_items (indicators) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *title = NULL;

      if (exemplar_indicator_is_leaf (indicator))
        continue;

      title = g_strdup_printf ("%s%s %s",
                               depth > 0 ? "    " : "",
                               exemplar_indicator_get_code (indicator),
                               exemplar_indicator_get_name (indicator));
      gtk_string_list_append (self->scope_list, title);
      g_ptr_array_add (self->scopes, g_object_ref (indicator));

      if (depth == 0)
        add_scopes (self, exemplar_indicator_get_children (indicator), depth + 1);
    }
}

static void
on_choice_changed_cb (ExemplarAssignDialog *self,
                      GParamSpec           *pspec,
                      AdwComboRow          *row)
{
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;
  g_autofree char *reason = NULL;

  g_assert (EXEMPLAR_IS_ASSIGN_DIALOG (self));

  reviewer = selected (self->reviewer_row, EXEMPLAR_TYPE_REVIEWER);
  declaration = selected (self->application_row, EXEMPLAR_TYPE_DECLARATION);

  if (reviewer != NULL && declaration != NULL &&
      exemplar_reviewer_conflicts_with (reviewer, exemplar_declaration_get_unit (declaration), &reason))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->application_row),
                                   reason != NULL ? reason : _("This reviewer may not score this unit."));
      gtk_widget_add_css_class (GTK_WIDGET (self->application_row), "conflict");
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->application_row), NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->application_row), "conflict");
    }

  show_error (self, NULL);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ExemplarAssignDialog *self = EXEMPLAR_ASSIGN_DIALOG (widget);
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self->campaign);
  ExemplarReviewer *reviewer = selected (self->reviewer_row, EXEMPLAR_TYPE_REVIEWER);
  ExemplarDeclaration *declaration = selected (self->application_row, EXEMPLAR_TYPE_DECLARATION);
  ExemplarRound *round = selected (self->round_row, EXEMPLAR_TYPE_ROUND);
  ExemplarIndicator *scope = NULL;
  ExemplarAssignment *assignment;
  g_autoptr(GError) error = NULL;
  guint scope_index;

  if (evaluation == NULL)
    {
      show_error (self, _("This campaign has no evaluation to assign reviewers in."));
      return;
    }

  if (reviewer == NULL || declaration == NULL)
    {
      show_error (self, _("Choose a reviewer and a submitted application."));
      return;
    }

  scope_index = adw_combo_row_get_selected (self->scope_row);
  if (scope_index > 0 && scope_index <= self->scopes->len)
    scope = g_ptr_array_index (self->scopes, scope_index - 1);

  assignment = exemplar_evaluation_assign (evaluation, reviewer, declaration, round, scope, &error);
  if (assignment == NULL)
    {
      show_error (self, error != NULL ? error->message : _("The reviewer could not be assigned."));
      return;
    }

  g_signal_emit (self, signals[ASSIGNED], 0, assignment);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill_form (ExemplarAssignDialog *self)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self->campaign);
  GListModel *reviewers = evaluation != NULL ? exemplar_evaluation_get_reviewers (evaluation) : NULL;
  GListModel *rounds = evaluation != NULL ? exemplar_evaluation_get_rounds (evaluation) : NULL;
  GtkExpression *unit;

  adw_combo_row_set_expression (self->reviewer_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (dup_reviewer_label), NULL, NULL));
  adw_combo_row_set_model (self->reviewer_row, reviewers);

  self->applications = gtk_filter_list_model_new (g_object_ref (exemplar_campaign_get_declarations (self->campaign)),
                                                  GTK_FILTER (gtk_custom_filter_new (is_assignable, NULL, NULL)));
  unit = gtk_property_expression_new (EXEMPLAR_TYPE_DECLARATION, NULL, "unit");
  adw_combo_row_set_expression (self->application_row,
                                gtk_property_expression_new (EXEMPLAR_TYPE_UNIT, unit, "name"));
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (self->applications));

  adw_combo_row_set_expression (self->round_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (dup_round_name), NULL, NULL));
  adw_combo_row_set_model (self->round_row, rounds);
  gtk_widget_set_visible (GTK_WIDGET (self->round_row), rounds != NULL && g_list_model_get_n_items (rounds) > 0);

  gtk_string_list_append (self->scope_list, _("Whole rubric"));
  add_scopes (self, G_LIST_MODEL (exemplar_campaign_get_rubric (self->campaign)), 0);
  adw_combo_row_set_selected (self->scope_row, 0);

  /* Start from the reviewer chosen in the section, when there was one. */
  for (guint i = 0; self->reviewer != NULL && reviewers != NULL && i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) item = g_list_model_get_item (reviewers, i);

      if (item == self->reviewer)
        adw_combo_row_set_selected (self->reviewer_row, i);
    }

  on_choice_changed_cb (self, NULL, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->reviewer_row));
}

static void
exemplar_assign_dialog_constructed (GObject *object)
{
  ExemplarAssignDialog *self = (ExemplarAssignDialog *)object;

  G_OBJECT_CLASS (exemplar_assign_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  fill_form (self);
}

static void
exemplar_assign_dialog_dispose (GObject *object)
{
  ExemplarAssignDialog *self = (ExemplarAssignDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_ASSIGN_DIALOG);

  g_clear_object (&self->campaign);
  g_clear_object (&self->reviewer);
  g_clear_object (&self->applications);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_assign_dialog_parent_class)->dispose (object);
}

static void
exemplar_assign_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ExemplarAssignDialog *self = EXEMPLAR_ASSIGN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_REVIEWER:
      g_value_set_object (value, self->reviewer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_assign_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ExemplarAssignDialog *self = EXEMPLAR_ASSIGN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    case PROP_REVIEWER:
      self->reviewer = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_assign_dialog_class_init (ExemplarAssignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = exemplar_assign_dialog_constructed;
  object_class->dispose = exemplar_assign_dialog_dispose;
  object_class->get_property = exemplar_assign_dialog_get_property;
  object_class->set_property = exemplar_assign_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN, flags);
  /* The reviewer chosen at first, if any. */
  properties[PROP_REVIEWER] =
    g_param_spec_object ("reviewer", NULL, NULL, EXEMPLAR_TYPE_REVIEWER, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarAssignDialog::assigned:
   * @self: the dialog
   * @assignment: the assignment the model made
   *
   * Emitted just before the dialog closes.
   */
  signals[ASSIGNED] =
    g_signal_new ("assigned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, EXEMPLAR_TYPE_ASSIGNMENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-assign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, application_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, round_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarAssignDialog, scope_list);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "assign.run", NULL, run_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
exemplar_assign_dialog_init (ExemplarAssignDialog *self)
{
  self->scopes = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_assign_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign to assign in
 * @reviewer: (nullable): the reviewer chosen at first
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarAssignDialog *
exemplar_assign_dialog_new (GtkWindow        *parent,
                            ExemplarCampaign *campaign,
                            ExemplarReviewer *reviewer)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (!reviewer || EXEMPLAR_IS_REVIEWER (reviewer), NULL);

  return g_object_new (EXEMPLAR_TYPE_ASSIGN_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       "reviewer", reviewer,
                       NULL);
}
