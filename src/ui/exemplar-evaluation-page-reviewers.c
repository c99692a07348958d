/* exemplar-evaluation-page-reviewers.c
 *
 * The working group in the Evaluation section: the reviewers' table with
 * their conflicts and load, the dialogs that add, edit and remove them, and
 * the rounds by method with their weights.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-evaluation-page-private.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer-dialog.h"
#include "exemplar-unit.h"

ExemplarReviewer *
_exemplar_evaluation_page_get_selected_reviewer (ExemplarEvaluationPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->reviewers_selection);

  return EXEMPLAR_IS_REVIEWER (item) ? item : NULL;
}

guint
_exemplar_evaluation_page_count_load (ExemplarEvaluationPage *self,
                                      ExemplarReviewer       *reviewer)
{
  const ExemplarProgress *progress = _exemplar_evaluation_page_get_progress (self, reviewer);
  guint load = 0;

  for (guint i = 0; i < G_N_ELEMENTS (progress->n_sheets); i++)
    load += progress->n_sheets[i];

  return load;
}

/* The member unit or the home applicant unit; NULL for an outside expert. */
static ExemplarUnit *
get_reviewer_unit (ExemplarReviewer *reviewer)
{
  switch (exemplar_reviewer_get_affiliation (reviewer))
    {
    case EXEMPLAR_AFFILIATION_MEMBER:
      return exemplar_reviewer_get_member_unit (reviewer);

    case EXEMPLAR_AFFILIATION_APPLICANT:
      return exemplar_reviewer_get_unit (reviewer);

    case EXEMPLAR_AFFILIATION_EXPERT:
    default:
      return NULL;
    }
}

/* Cells of the reviewers' table. */

static GtkWidget *
setup_name_cell (void)
{
  GtkWidget *label = _exemplar_evaluation_page_cell_label ("reviewer-name");

  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
update_name_cell (ExemplarEvaluationPage *self,
                  GtkWidget              *cell,
                  gpointer                item)
{
  gtk_label_set_label (GTK_LABEL (cell), exemplar_reviewer_get_name (item));
}

/* Long names are cut short in the table; the tooltip has all of it. */
static char *
name_tooltip (ExemplarEvaluationPage *self,
              gpointer                item)
{
  const char *name = exemplar_reviewer_get_name (item);
  const char *contact = exemplar_reviewer_get_contact (item);

  if (contact != NULL && contact[0] != '\0')
    return g_strdup_printf ("%s\n%s", name, contact);

  return g_strdup (name);
}

static GtkWidget *
setup_affiliation_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("reviewer-affiliation");
}

static void
update_affiliation_cell (ExemplarEvaluationPage *self,
                         GtkWidget              *cell,
                         gpointer                item)
{
  gtk_label_set_label (GTK_LABEL (cell),
                       exemplar_affiliation_get_title (exemplar_reviewer_get_affiliation (item)));
}

static GtkWidget *
setup_unit_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("reviewer-unit");
}

static void
update_unit_cell (ExemplarEvaluationPage *self,
                  GtkWidget              *cell,
                  gpointer                item)
{
  ExemplarUnit *unit = get_reviewer_unit (item);

  gtk_label_set_label (GTK_LABEL (cell), unit != NULL ? exemplar_unit_get_name (unit) : "");
}

static char *
unit_tooltip (ExemplarEvaluationPage *self,
              gpointer                item)
{
  ExemplarUnit *unit = get_reviewer_unit (item);

  return unit != NULL ? g_strdup (exemplar_unit_get_name (unit)) : NULL;
}

static GtkWidget *
setup_role_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("reviewer-role");
}

static void
update_role_cell (ExemplarEvaluationPage *self,
                  GtkWidget              *cell,
                  gpointer                item)
{
  const char *role = exemplar_reviewer_get_role (item);

  gtk_label_set_label (GTK_LABEL (cell), role != NULL ? role : "");
}

static GtkWidget *
setup_count_cell (void)
{
  GtkWidget *label = _exemplar_evaluation_page_cell_label (NULL);

  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static GtkWidget *
setup_conflicts_cell (void)
{
  GtkWidget *label = setup_count_cell ();

  gtk_widget_add_css_class (label, "reviewer-conflicts");
  return label;
}

/* "程家桥街道: spouse works there", one line a conflict. */
static char *
conflicts_tooltip (ExemplarEvaluationPage *self,
                   gpointer                item)
{
  guint n_conflicts = exemplar_reviewer_get_n_conflicts (item);
  g_autoptr(GString) tooltip = g_string_new (NULL);

  for (guint i = 0; i < n_conflicts; i++)
    {
      ExemplarUnit *unit = exemplar_reviewer_get_conflict_unit (item, i);
      const char *reason = exemplar_reviewer_get_conflict_reason (item, i);

      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');
      /* Translators: a declared conflict in a tooltip: a unit and the reason. */
      g_string_append_printf (tooltip, _("%s: %s"),
                              unit != NULL ? exemplar_unit_get_name (unit) : "?",
                              reason != NULL ? reason : "");
    }

  return tooltip->len > 0 ? g_string_free (g_steal_pointer (&tooltip), FALSE) : NULL;
}

static void
update_conflicts_cell (ExemplarEvaluationPage *self,
                       GtkWidget              *cell,
                       gpointer                item)
{
  guint n_conflicts = exemplar_reviewer_get_n_conflicts (item);
  g_autofree char *count = g_strdup_printf ("%u", n_conflicts);

  gtk_label_set_label (GTK_LABEL (cell), count);

  /* What the tooltip shows, for screen readers too; most reviewers have
   * no conflict, and their cells are left alone. */
  if (n_conflicts > 0)
    {
      g_autofree char *description = conflicts_tooltip (self, item);

      gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      g_object_set_data (G_OBJECT (cell), "exemplar-described", GINT_TO_POINTER (TRUE));
    }
  else if (g_object_get_data (G_OBJECT (cell), "exemplar-described") != NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      g_object_set_data (G_OBJECT (cell), "exemplar-described", NULL);
    }
}

static GtkWidget *
setup_load_cell (void)
{
  GtkWidget *label = setup_count_cell ();

  gtk_widget_add_css_class (label, "reviewer-load");
  return label;
}

static void
update_load_cell (ExemplarEvaluationPage *self,
                  GtkWidget              *cell,
                  gpointer                item)
{
  g_autofree char *load = g_strdup_printf ("%u", _exemplar_evaluation_page_count_load (self, item));

  gtk_label_set_label (GTK_LABEL (cell), load);
}

/* The reviewer dialog. */

static void
on_reviewer_saved_cb (ExemplarEvaluationPage *self,
                      ExemplarReviewer       *reviewer,
                      ExemplarReviewerDialog *dialog)
{
  guint n_items;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  if (self->reviewers == NULL || reviewer == NULL)
    return;

  n_items = g_list_model_get_n_items (self->reviewers);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarReviewer) item = g_list_model_get_item (self->reviewers, i);

      if (item == reviewer)
        {
          gtk_single_selection_set_selected (self->reviewers_selection, i);
          break;
        }
    }

  _exemplar_evaluation_page_queue_refresh (self);
}

static void
open_reviewer_dialog (ExemplarEvaluationPage *self,
                      ExemplarReviewer       *reviewer)
{
  ExemplarReviewerDialog *dialog;

  if (self->campaign == NULL)
    return;

  dialog = exemplar_reviewer_dialog_new (_exemplar_evaluation_page_get_window (self), self->campaign, reviewer);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_reviewer_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_reviewer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_reviewer_dialog (EXEMPLAR_EVALUATION_PAGE (widget), NULL);
}

static void
edit_reviewer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarReviewer *reviewer = _exemplar_evaluation_page_get_selected_reviewer (self);

  if (reviewer != NULL)
    open_reviewer_dialog (self, reviewer);
}

static void
remove_reviewer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarReviewer *reviewer = _exemplar_evaluation_page_get_selected_reviewer (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint load;

  if (reviewer == NULL)
    return;

  load = _exemplar_evaluation_page_count_load (self, reviewer);

  /* Translators: %s is a reviewer's name. */
  heading = g_strdup_printf (_("Remove “%s”?"), exemplar_reviewer_get_name (reviewer));
  if (load > 0)
    /* Translators: the body of the question whether to remove a reviewer. */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "They are assigned to %u application; those assignments go with them. "
                                         "A reviewer whose sheets have scores cannot be removed. "
                                         "The change is recorded in the audit log.",
                                         "They are assigned to %u applications; those assignments go with them. "
                                         "A reviewer whose sheets have scores cannot be removed. "
                                         "The change is recorded in the audit log.",
                                         load),
                            load);
  else
    body = g_strdup (_("The change is recorded in the audit log."));

  _exemplar_evaluation_page_confirm_remove (self, heading, body,
                                            G_OBJECT (reviewer), (ExemplarRemoveFunc) exemplar_evaluation_remove_reviewer,
                                            _("Could Not Remove the Reviewer"));
}

static void
on_reviewers_view_activate_cb (ExemplarEvaluationPage *self,
                               guint                   position,
                               GtkColumnView          *view)
{
  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  gtk_single_selection_set_selected (self->reviewers_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "evaluation.edit-reviewer", NULL);
}

static void
on_reviewers_selection_changed_cb (ExemplarEvaluationPage *self)
{
  _exemplar_evaluation_page_reviewers_update (self);
}

/* Rounds. */

static ExemplarRound *
find_round (ExemplarEvaluationPage *self,
            gint64                  id)
{
  guint n_items = self->rounds != NULL ? g_list_model_get_n_items (self->rounds) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarRound) round = g_list_model_get_item (self->rounds, i);

      if (exemplar_round_get_id (round) == id)
        return round;
    }

  return NULL;
}

static GtkWidget *
create_round_row (gpointer item,
                  gpointer user_data)
{
  ExemplarRound *round = item;
  const char *method = exemplar_method_get_title (exemplar_round_get_method (round));
  guint weight = exemplar_round_get_weight (round);
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  if (weight > 0)
    /* Translators: a round's method and weight, e.g. "Document review · weight 40%". */
    subtitle = g_strdup_printf (_("%s · weight %u%%"), method, weight);
  else
    /* Translators: a round's method, e.g. "Cross-evaluation · unweighted". */
    subtitle = g_strdup_printf (_("%s · unweighted"), method);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_round_get_name (round));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "round-row");

  /* Translators: %s is a round's name. */
  tooltip = g_strdup_printf (_("Remove the round “%s”"), exemplar_round_get_name (round));
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "evaluation.remove-round");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (exemplar_round_get_id (round)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
add_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarMethod method;
  guint weight;

  if (self->evaluation == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->round_name_row))));
  method = (ExemplarMethod) adw_combo_row_get_selected (self->round_method_row);
  gtk_spin_button_update (self->round_weight_spin);
  weight = (guint) gtk_spin_button_get_value_as_int (self->round_weight_spin);

  if (exemplar_evaluation_add_round (self->evaluation, name, method, weight, &error) == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The round could not be added."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Add the Round"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->round_name_row), "");
  gtk_spin_button_set_value (self->round_weight_spin, 0);
  _exemplar_evaluation_page_queue_refresh (self);
}

static void
on_round_name_activated_cb (ExemplarEvaluationPage *self,
                            AdwEntryRow            *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "evaluation.add-round", NULL);
}

static void
remove_round_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarRound *round = find_round (self, g_variant_get_int64 (param));
  g_autofree char *heading = NULL;

  if (round == NULL)
    return;

  /* Translators: %s is a round's name. */
  heading = g_strdup_printf (_("Remove the Round “%s”?"), exemplar_round_get_name (round));
  _exemplar_evaluation_page_confirm_remove (self, heading, _("A round that has assignments cannot be removed. The change is recorded in the audit log."),
                                            G_OBJECT (round), (ExemplarRemoveFunc) exemplar_evaluation_remove_round,
                                            _("Could Not Remove the Round"));
}

void
_exemplar_evaluation_page_reviewers_class_init (ExemplarEvaluationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_reviewers_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_name_activated_cb);

  gtk_widget_class_install_action (widget_class, "evaluation.add-reviewer", NULL, add_reviewer_action);
  gtk_widget_class_install_action (widget_class, "evaluation.edit-reviewer", NULL, edit_reviewer_action);
  gtk_widget_class_install_action (widget_class, "evaluation.remove-reviewer", NULL, remove_reviewer_action);
  gtk_widget_class_install_action (widget_class, "evaluation.add-round", NULL, add_round_action);
  gtk_widget_class_install_action (widget_class, "evaluation.remove-round", "x", remove_round_action);
}

void
_exemplar_evaluation_page_reviewers_init (ExemplarEvaluationPage *self)
{
  static const ExemplarMethod methods[] = {
    EXEMPLAR_METHOD_DOCUMENT, EXEMPLAR_METHOD_ONSITE, EXEMPLAR_METHOD_CROSS,
  };
  GtkEventController *controller;

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    gtk_string_list_append (self->round_method_list, exemplar_method_get_title (methods[i]));

  self->reviewers_slice = gtk_slice_list_model_new (NULL, 0, G_MAXUINT);
  self->reviewers_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->reviewers_slice)));
  gtk_single_selection_set_autoselect (self->reviewers_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->reviewers_selection, TRUE);
  g_signal_connect_object (self->reviewers_selection, "notify::selected",
                           G_CALLBACK (on_reviewers_selection_changed_cb), self, G_CONNECT_SWAPPED);

  /* The column view gets its model when the Reviewers view is first shown
   * (see attach_visible_tables()). */
  _exemplar_evaluation_page_set_cells (self, self->reviewer_name_column, setup_name_cell, update_name_cell, name_tooltip);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_affiliation_column, setup_affiliation_cell, update_affiliation_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_unit_column, setup_unit_cell, update_unit_cell, unit_tooltip);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_role_column, setup_role_cell, update_role_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_conflicts_column, setup_conflicts_cell, update_conflicts_cell, conflicts_tooltip);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_load_column, setup_load_cell, update_load_cell, NULL);

  /* Delete asks before removing the selected reviewer. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("evaluation.remove-reviewer")));
  gtk_widget_add_controller (GTK_WIDGET (self->reviewers_view), controller);
}

/* Follows the campaign's reviewers and rounds. */
void
_exemplar_evaluation_page_reviewers_bind (ExemplarEvaluationPage *self)
{
  gtk_slice_list_model_set_model (self->reviewers_slice, self->reviewers);
  gtk_single_selection_set_selected (self->reviewers_selection, GTK_INVALID_LIST_POSITION);

  gtk_list_box_bind_model (self->rounds_list, self->rounds, create_round_row, NULL, NULL);

  adw_combo_row_set_selected (self->round_method_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->round_name_row), "");
  gtk_spin_button_set_value (self->round_weight_spin, 0);
}

void
_exemplar_evaluation_page_reviewers_update (ExemplarEvaluationPage *self)
{
  guint n_reviewers = self->reviewers != NULL ? g_list_model_get_n_items (self->reviewers) : 0;
  guint n_rounds = self->rounds != NULL ? g_list_model_get_n_items (self->rounds) : 0;
  gboolean selected = _exemplar_evaluation_page_get_selected_reviewer (self) != NULL;
  g_autofree char *summary = NULL;

  gtk_stack_set_visible_child_name (self->reviewers_stack, n_reviewers > 0 ? "list" : "empty");

  if (n_reviewers > 0)
    /* Translators: the number of reviewers above their table. */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reviewer", "%u reviewers", n_reviewers),
                               n_reviewers);
  gtk_label_set_label (self->reviewers_summary, summary != NULL ? summary : "");

  gtk_stack_set_visible_child_name (self->rounds_stack, n_rounds > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_round_group), self->editable);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.add-reviewer", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.edit-reviewer", self->editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.remove-reviewer", self->editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.add-round", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.remove-round", self->editable);

  _exemplar_evaluation_page_packages_update (self);
}
