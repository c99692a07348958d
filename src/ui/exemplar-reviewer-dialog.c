/* exemplar-reviewer-dialog.c
 *
 * The form that adds a reviewer to the evaluation working group or edits
 * one: who they are, where they come from, and the applicant units they
 * declared a conflict with. The model decides what is acceptable: when it
 * refuses, its message is shown at the top of the form and everything typed
 * stays as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer-dialog.h"
#include "exemplar-reviewer.h"
#include "exemplar-unit.h"

/* Lists with more units than this get a search entry. */
#define CONFLICTS_SEARCH_THRESHOLD 12

struct _ExemplarReviewerDialog
{
  AdwWindow            parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarReviewer    *reviewer;
  GPtrArray           *conflict_rows;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwComboRow         *affiliation_row;
  GtkStringList       *affiliation_list;
  AdwComboRow         *unit_row;
  AdwEntryRow         *role_row;
  AdwEntryRow         *contact_row;
  AdwPreferencesGroup *conflicts_group;
  GtkSearchEntry      *conflicts_search;
  GtkListBox          *conflicts_list;
};

G_DEFINE_FINAL_TYPE (ExemplarReviewerDialog, exemplar_reviewer_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_REVIEWER,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* One applicant unit in the conflicts list. */
typedef struct
{
  ExemplarUnit   *unit;
  AdwActionRow   *row;
  GtkCheckButton *check;
  GtkEntry       *reason;
} ConflictRow;

static void
conflict_row_free (ConflictRow *row)
{
  g_clear_object (&row->unit);
  g_free (row);
}

static void
show_error (ExemplarReviewerDialog *self,
            const char             *message)
{
  g_assert (EXEMPLAR_IS_REVIEWER_DIALOG (self));

  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
show_gerror (ExemplarReviewerDialog *self,
             const GError           *error,
             const char             *fallback)
{
  show_error (self, error != NULL ? error->message : fallback);
}

static ExemplarAffiliation
get_affiliation (ExemplarReviewerDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->affiliation_row);

  return selected <= EXEMPLAR_AFFILIATION_EXPERT ? (ExemplarAffiliation) selected : EXEMPLAR_AFFILIATION_MEMBER;
}

static GListModel *
units_for (ExemplarReviewerDialog *self,
           ExemplarAffiliation     affiliation)
{
  switch (affiliation)
    {
    case EXEMPLAR_AFFILIATION_MEMBER:
      return exemplar_campaign_get_member_units (self->campaign);

    case EXEMPLAR_AFFILIATION_APPLICANT:
      return exemplar_campaign_get_units (self->campaign);

    case EXEMPLAR_AFFILIATION_EXPERT:
    default:
      return NULL;
    }
}

static ExemplarUnit *
get_unit (ExemplarReviewerDialog *self)
{
  gpointer item;

  if (get_affiliation (self) == EXEMPLAR_AFFILIATION_EXPERT)
    return NULL;

  item = adw_combo_row_get_selected_item (self->unit_row);
  return EXEMPLAR_IS_UNIT (item) ? item : NULL;
}

static gboolean
select_unit (ExemplarReviewerDialog *self,
             ExemplarUnit           *unit)
{
  GListModel *model = adw_combo_row_get_model (self->unit_row);
  guint n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; unit != NULL && i < n_items; i++)
    {
      g_autoptr(ExemplarUnit) item = g_list_model_get_item (model, i);

      if (item == unit)
        {
          adw_combo_row_set_selected (self->unit_row, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* A reviewer from an applicant unit is never assigned to it: that row says
 * so instead of offering a check. */
static void
update_home_unit (ExemplarReviewerDialog *self)
{
  ExemplarUnit *home = get_affiliation (self) == EXEMPLAR_AFFILIATION_APPLICANT ? get_unit (self) : NULL;

  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      ConflictRow *row = g_ptr_array_index (self->conflict_rows, i);
      gboolean is_home = row->unit == home;
      gboolean checked = gtk_check_button_get_active (row->check);

      gtk_widget_set_sensitive (GTK_WIDGET (row->check), !is_home);
      gtk_widget_set_sensitive (GTK_WIDGET (row->reason), !is_home && checked);
      adw_action_row_set_subtitle (row->row, is_home ? _("Their own unit: never assigned") : NULL);
    }
}

static void
update_unit_row (ExemplarReviewerDialog *self)
{
  ExemplarAffiliation affiliation = get_affiliation (self);
  GListModel *units = units_for (self, affiliation);
  ExemplarUnit *previous = get_unit (self);

  if (adw_combo_row_get_model (self->unit_row) != units)
    {
      adw_combo_row_set_model (self->unit_row, units);
      if (!select_unit (self, previous) && units != NULL && g_list_model_get_n_items (units) > 0)
        adw_combo_row_set_selected (self->unit_row, 0);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), affiliation != EXEMPLAR_AFFILIATION_EXPERT);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row),
                                 affiliation == EXEMPLAR_AFFILIATION_MEMBER ? _("Member Unit") : _("Applicant Unit"));

  update_home_unit (self);
}

static void
on_affiliation_selected_cb (ExemplarReviewerDialog *self,
                            GParamSpec             *pspec,
                            AdwComboRow            *row)
{
  g_assert (EXEMPLAR_IS_REVIEWER_DIALOG (self));

  if (self->campaign != NULL)
    update_unit_row (self);
}

static void
on_unit_selected_cb (ExemplarReviewerDialog *self,
                     GParamSpec             *pspec,
                     AdwComboRow            *row)
{
  g_assert (EXEMPLAR_IS_REVIEWER_DIALOG (self));

  update_home_unit (self);
}

static void
on_conflict_check_toggled_cb (ExemplarReviewerDialog *self,
                              GtkCheckButton         *check)
{
  ConflictRow *row = g_object_get_data (G_OBJECT (check), "exemplar-conflict-row");

  g_assert (EXEMPLAR_IS_REVIEWER_DIALOG (self));

  update_home_unit (self);

  /* Checking a unit asks for the reason next. */
  if (gtk_check_button_get_active (check) && gtk_widget_get_mapped (GTK_WIDGET (row->reason)))
    gtk_widget_grab_focus (GTK_WIDGET (row->reason));
}

static void
on_conflicts_search_changed_cb (ExemplarReviewerDialog *self,
                                GtkSearchEntry         *entry)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);

  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      ConflictRow *row = g_ptr_array_index (self->conflict_rows, i);
      g_autofree char *name = g_utf8_casefold (exemplar_unit_get_name (row->unit), -1);
      gboolean visible = needle[0] == '\0' ||
                         strstr (name, needle) != NULL ||
                         strstr (exemplar_unit_get_code (row->unit), needle) != NULL ||
                         gtk_check_button_get_active (row->check);

      gtk_widget_set_visible (GTK_WIDGET (row->row), visible);
    }
}

static void
set_reason_label (ConflictRow *row)
{
  g_autofree char *label = NULL;

  /* Translators: the accessible name of a conflict's reason; %s is a unit. */
  label = g_strdup_printf (_("Reason for the conflict with %s"), exemplar_unit_get_name (row->unit));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->reason),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
add_conflict_rows (ExemplarReviewerDialog *self)
{
  GListModel *units = exemplar_campaign_get_units (self->campaign);
  guint n_units = units != NULL ? g_list_model_get_n_items (units) : 0;

  for (guint i = 0; i < n_units; i++)
    {
      ConflictRow *row = g_new0 (ConflictRow, 1);

      row->unit = g_list_model_get_item (units, i);

      row->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), exemplar_unit_get_name (row->unit));
      gtk_widget_add_css_class (GTK_WIDGET (row->row), "conflict-row");

      row->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (row->check), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, exemplar_unit_get_name (row->unit),
                                      -1);
      g_object_set_data (G_OBJECT (row->check), "exemplar-conflict-row", row);
      adw_action_row_add_prefix (row->row, GTK_WIDGET (row->check));
      adw_action_row_set_activatable_widget (row->row, GTK_WIDGET (row->check));

      row->reason = GTK_ENTRY (gtk_entry_new ());
      gtk_widget_set_valign (GTK_WIDGET (row->reason), GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (row->reason), 12);
      gtk_entry_set_placeholder_text (row->reason, _("Reason"));
      gtk_entry_set_activates_default (row->reason, TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (row->reason), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (row->reason), "conflict-reason");
      set_reason_label (row);
      adw_action_row_add_suffix (row->row, GTK_WIDGET (row->reason));

      g_signal_connect_object (row->check, "toggled", G_CALLBACK (on_conflict_check_toggled_cb),
                               self, G_CONNECT_SWAPPED);

      gtk_list_box_append (self->conflicts_list, GTK_WIDGET (row->row));
      g_ptr_array_add (self->conflict_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_search), n_units > CONFLICTS_SEARCH_THRESHOLD);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), n_units > 0);
}

static ConflictRow *
find_conflict_row (ExemplarReviewerDialog *self,
                   ExemplarUnit           *unit)
{
  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      ConflictRow *row = g_ptr_array_index (self->conflict_rows, i);

      if (row->unit == unit)
        return row;
    }

  return NULL;
}

static void
fill_form (ExemplarReviewerDialog *self)
{
  static const ExemplarAffiliation affiliations[] = {
    EXEMPLAR_AFFILIATION_MEMBER, EXEMPLAR_AFFILIATION_APPLICANT, EXEMPLAR_AFFILIATION_EXPERT,
  };

  /* The row's factory takes the expression when its model is set. */
  adw_combo_row_set_expression (self->unit_row,
                                gtk_property_expression_new (EXEMPLAR_TYPE_UNIT, NULL, "name"));

  for (guint i = 0; i < G_N_ELEMENTS (affiliations); i++)
    gtk_string_list_append (self->affiliation_list, exemplar_affiliation_get_title (affiliations[i]));
  add_conflict_rows (self);

  if (self->reviewer != NULL)
    {
      const char *role = exemplar_reviewer_get_role (self->reviewer);
      const char *contact = exemplar_reviewer_get_contact (self->reviewer);
      ExemplarAffiliation affiliation = exemplar_reviewer_get_affiliation (self->reviewer);
      guint n_conflicts = exemplar_reviewer_get_n_conflicts (self->reviewer);

      adw_window_title_set_title (self->window_title, _("Edit Reviewer"));
      adw_window_title_set_subtitle (self->window_title, exemplar_reviewer_get_name (self->reviewer));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Reviewer"));

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), exemplar_reviewer_get_name (self->reviewer));
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), role != NULL ? role : "");
      gtk_editable_set_text (GTK_EDITABLE (self->contact_row), contact != NULL ? contact : "");

      adw_combo_row_set_selected (self->affiliation_row, affiliation);
      update_unit_row (self);
      if (affiliation == EXEMPLAR_AFFILIATION_MEMBER)
        select_unit (self, exemplar_reviewer_get_member_unit (self->reviewer));
      else if (affiliation == EXEMPLAR_AFFILIATION_APPLICANT)
        select_unit (self, exemplar_reviewer_get_unit (self->reviewer));

      for (guint i = 0; i < n_conflicts; i++)
        {
          ConflictRow *row = find_conflict_row (self, exemplar_reviewer_get_conflict_unit (self->reviewer, i));
          const char *reason = exemplar_reviewer_get_conflict_reason (self->reviewer, i);

          if (row == NULL)
            continue;

          gtk_editable_set_text (GTK_EDITABLE (row->reason), reason != NULL ? reason : "");
          gtk_check_button_set_active (row->check, TRUE);
        }
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Reviewer"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Reviewer"));
      adw_combo_row_set_selected (self->affiliation_row, EXEMPLAR_AFFILIATION_MEMBER);
      update_unit_row (self);
    }

  update_home_unit (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* The conflict the reviewer has declared with @unit, if any. */
static gboolean
stored_conflict (ExemplarReviewer  *reviewer,
                 ExemplarUnit      *unit,
                 const char       **reason)
{
  guint n_conflicts = reviewer != NULL ? exemplar_reviewer_get_n_conflicts (reviewer) : 0;

  for (guint i = 0; i < n_conflicts; i++)
    {
      if (exemplar_reviewer_get_conflict_unit (reviewer, i) == unit)
        {
          *reason = exemplar_reviewer_get_conflict_reason (reviewer, i);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
save_conflicts (ExemplarReviewerDialog *self,
                ExemplarEvaluation     *evaluation,
                ExemplarUnit           *home)
{
  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      ConflictRow *row = g_ptr_array_index (self->conflict_rows, i);
      g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->reason))));
      gboolean wanted = gtk_check_button_get_active (row->check) && row->unit != home;
      const char *stored_reason = NULL;
      gboolean stored = stored_conflict (self->reviewer, row->unit, &stored_reason);
      g_autoptr(GError) error = NULL;

      if (wanted && (!stored || g_strcmp0 (stored_reason, reason) != 0))
        {
          if (!exemplar_evaluation_add_conflict (evaluation, self->reviewer, row->unit, reason, &error))
            {
              show_gerror (self, error, _("The conflict could not be declared."));
              return FALSE;
            }
        }
      else if (!wanted && stored)
        {
          if (!exemplar_evaluation_remove_conflict (evaluation, self->reviewer, row->unit, &error))
            {
              show_gerror (self, error, _("The conflict could not be withdrawn."));
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * exemplar_reviewer_dialog_save:
 * @self: a #ExemplarReviewerDialog
 *
 * Stores the reviewer, then their conflicts. A new reviewer stored before
 * a conflict is refused stays stored: saving again edits it.
 *
 * Returns: %TRUE when everything was stored
 */
gboolean
exemplar_reviewer_dialog_save (ExemplarReviewerDialog *self)
{
  ExemplarEvaluation *evaluation;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *contact = NULL;
  ExemplarAffiliation affiliation;
  ExemplarUnit *unit;
  ExemplarUnit *home;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER_DIALOG (self), FALSE);

  if (!(evaluation = exemplar_campaign_get_evaluation (self->campaign)))
    {
      show_error (self, _("This campaign has no evaluation to add reviewers to."));
      return FALSE;
    }

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));
  contact = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->contact_row))));
  affiliation = get_affiliation (self);
  unit = get_unit (self);
  home = affiliation == EXEMPLAR_AFFILIATION_APPLICANT ? unit : NULL;

  /* A conflict without its reason is refused by the model too; say which
   * unit lacks one before anything is stored. */
  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      ConflictRow *row = g_ptr_array_index (self->conflict_rows, i);
      g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->reason))));

      if (gtk_check_button_get_active (row->check) && row->unit != home && reason[0] == '\0')
        {
          g_autofree char *message = NULL;

          /* Translators: %s is an applicant unit. */
          message = g_strdup_printf (_("Give the reason for the conflict with %s, for example a former post or a family tie."),
                                     exemplar_unit_get_name (row->unit));
          show_error (self, message);
          gtk_widget_set_visible (GTK_WIDGET (row->row), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (row->reason));
          return FALSE;
        }
    }

  if (self->reviewer == NULL)
    {
      ExemplarReviewer *added;

      added = exemplar_evaluation_add_reviewer (evaluation, name, affiliation, unit,
                                                role[0] != '\0' ? role : NULL,
                                                contact[0] != '\0' ? contact : NULL,
                                                &error);
      if (added == NULL)
        {
          show_gerror (self, error, _("The reviewer could not be added."));
          return FALSE;
        }

      self->reviewer = g_object_ref (added);
      adw_window_title_set_title (self->window_title, _("Edit Reviewer"));
      adw_window_title_set_subtitle (self->window_title, exemplar_reviewer_get_name (added));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER]);
    }
  else if (!exemplar_evaluation_update_reviewer (evaluation, self->reviewer, name, affiliation, unit,
                                                 role[0] != '\0' ? role : NULL,
                                                 contact[0] != '\0' ? contact : NULL,
                                                 &error))
    {
      show_gerror (self, error, _("The reviewer could not be changed."));
      return FALSE;
    }

  if (!save_conflicts (self, evaluation, home))
    return FALSE;

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, self->reviewer);

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarReviewerDialog *self = EXEMPLAR_REVIEWER_DIALOG (widget);

  if (exemplar_reviewer_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activated_cb (ExemplarReviewerDialog *self,
                       AdwEntryRow            *row)
{
  g_assert (EXEMPLAR_IS_REVIEWER_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "reviewer.save", NULL);
}

static void
exemplar_reviewer_dialog_constructed (GObject *object)
{
  ExemplarReviewerDialog *self = (ExemplarReviewerDialog *)object;

  G_OBJECT_CLASS (exemplar_reviewer_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  fill_form (self);
}

static void
exemplar_reviewer_dialog_dispose (GObject *object)
{
  ExemplarReviewerDialog *self = (ExemplarReviewerDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_REVIEWER_DIALOG);

  g_clear_object (&self->campaign);
  g_clear_object (&self->reviewer);
  g_clear_pointer (&self->conflict_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_reviewer_dialog_parent_class)->dispose (object);
}

static void
exemplar_reviewer_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ExemplarReviewerDialog *self = EXEMPLAR_REVIEWER_DIALOG (object);

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
exemplar_reviewer_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ExemplarReviewerDialog *self = EXEMPLAR_REVIEWER_DIALOG (object);

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
exemplar_reviewer_dialog_class_init (ExemplarReviewerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = exemplar_reviewer_dialog_constructed;
  object_class->dispose = exemplar_reviewer_dialog_dispose;
  object_class->get_property = exemplar_reviewer_dialog_get_property;
  object_class->set_property = exemplar_reviewer_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN, flags);
  /* The reviewer being edited; after a new one is stored, that one. */
  properties[PROP_REVIEWER] =
    g_param_spec_object ("reviewer", NULL, NULL, EXEMPLAR_TYPE_REVIEWER, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarReviewerDialog::saved:
   * @self: the dialog
   * @reviewer: the reviewer that was added or changed
   *
   * Emitted after the model has stored the form, just before the dialog
   * closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, EXEMPLAR_TYPE_REVIEWER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-reviewer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, affiliation_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, affiliation_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, conflicts_search);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewerDialog, conflicts_list);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_affiliation_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_conflicts_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "reviewer.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "reviewer.save", NULL);
}

static void
exemplar_reviewer_dialog_init (ExemplarReviewerDialog *self)
{
  self->conflict_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_row_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_reviewer_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign, for its units and its evaluation
 * @reviewer: (nullable): the reviewer to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarReviewerDialog *
exemplar_reviewer_dialog_new (GtkWindow        *parent,
                              ExemplarCampaign *campaign,
                              ExemplarReviewer *reviewer)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (!reviewer || EXEMPLAR_IS_REVIEWER (reviewer), NULL);

  return g_object_new (EXEMPLAR_TYPE_REVIEWER_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       "reviewer", reviewer,
                       NULL);
}

ExemplarReviewer *
exemplar_reviewer_dialog_get_reviewer (ExemplarReviewerDialog *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER_DIALOG (self), NULL);

  return self->reviewer;
}
