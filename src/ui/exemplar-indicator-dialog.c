/* exemplar-indicator-dialog.c
 *
 * The form that adds an indicator to the rubric or edits one. The model
 * decides what is acceptable: when it refuses, its message is shown at the
 * top of the form and everything typed stays as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-indicator-dialog.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

struct _ExemplarIndicatorDialog
{
  AdwWindow             parent_instance;

  /* Owned references */
  ExemplarRubric       *rubric;
  ExemplarCampaign     *campaign;
  ExemplarIndicator    *indicator;
  ExemplarIndicator    *parent_indicator;
  GPtrArray            *unit_codes;
  GPtrArray            *method_checks;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *save_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwEntryRow          *code_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *name_en_row;
  AdwComboRow          *kind_row;
  AdwActionRow         *points_row;
  GtkSpinButton        *points_spin;
  AdwComboRow          *responsible_row;
  GtkStringList        *responsible_list;
  AdwPreferencesGroup  *scoring_group;
  AdwComboRow          *scoring_type_row;
  GtkStringList        *scoring_type_list;
  AdwPreferencesGroup  *rule_group;
  GtkTextView          *rule_view;
  AdwPreferencesGroup  *methods_group;
  AdwPreferencesGroup  *evidence_group;
  GtkTextView          *evidence_view;
};

G_DEFINE_FINAL_TYPE (ExemplarIndicatorDialog, exemplar_indicator_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_RUBRIC,
  PROP_CAMPAIGN,
  PROP_INDICATOR,
  PROP_PARENT_INDICATOR,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Index 0 of the scoring type list is "not chosen yet". */
static const char * const scoring_type_ids[] = {
  "yes_no", "checklist", "tiered", "deduction", "discretion",
};

static const char * const method_ids[] = {
  "document", "onsite", "survey", "interview", "online",
};

static gboolean
is_branch (ExemplarIndicatorDialog *self)
{
  return self->indicator != NULL && !exemplar_indicator_is_leaf (self->indicator);
}

static ExemplarIndicator *
effective_parent (ExemplarIndicatorDialog *self)
{
  if (self->indicator != NULL)
    return exemplar_indicator_get_parent (self->indicator);
  return self->parent_indicator;
}

/* The next free code under @parent: one past the highest last number among
 * its children ("1.2" with 1.2.1 and 1.2.2 gives "1.2.3"), skipping codes
 * already used elsewhere in the rubric. */
static char *
suggest_code (ExemplarRubric    *rubric,
              ExemplarIndicator *parent)
{
  GListModel *siblings = parent != NULL ? exemplar_indicator_get_children (parent) : G_LIST_MODEL (rubric);
  const char *prefix = parent != NULL ? exemplar_indicator_get_code (parent) : NULL;
  gsize prefix_len = prefix != NULL ? strlen (prefix) : 0;
  guint64 next = 1;

  for (guint i = 0; i < g_list_model_get_n_items (siblings); i++)
    {
      g_autoptr(ExemplarIndicator) sibling = g_list_model_get_item (siblings, i);
      const char *code = exemplar_indicator_get_code (sibling);
      const char *tail = code;
      guint64 number;

      if (prefix != NULL)
        {
          if (!g_str_has_prefix (code, prefix) || code[prefix_len] != '.')
            continue;
          tail = code + prefix_len + 1;
        }

      if (g_ascii_string_to_unsigned (tail, 10, 0, G_MAXUINT32, &number, NULL))
        next = MAX (next, number + 1);
    }

  for (;;)
    {
      g_autofree char *code = NULL;

      if (prefix != NULL)
        code = g_strdup_printf ("%s.%" G_GUINT64_FORMAT, prefix, next);
      else
        code = g_strdup_printf ("%" G_GUINT64_FORMAT, next);

      if (exemplar_rubric_find (rubric, code) == NULL)
        return g_steal_pointer (&code);

      next++;
    }
}

static void
show_error (ExemplarIndicatorDialog *self,
            const char              *message)
{
  g_assert (EXEMPLAR_IS_INDICATOR_DIALOG (self));

  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
set_text_view (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
get_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter begin;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &begin, &end, FALSE));
}

static void
update_points_sensitivity (ExemplarIndicatorDialog *self)
{
  gboolean veto = adw_combo_row_get_selected (self->kind_row) == EXEMPLAR_INDICATOR_VETO;

  if (veto)
    gtk_spin_button_set_value (self->points_spin, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->points_spin), !veto);
}

static void
add_method_rows (ExemplarIndicatorDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_ids); i++)
    {
      g_autofree char *title = exemplar_methods_format (method_ids[i]);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      adw_preferences_group_add (self->methods_group, row);
      g_ptr_array_add (self->method_checks, check);
    }
}

static void
add_choices (ExemplarIndicatorDialog *self)
{
  GListModel *units = exemplar_campaign_get_member_units (self->campaign);

  gtk_string_list_append (self->scoring_type_list, _("Not Chosen"));
  for (guint i = 0; i < G_N_ELEMENTS (scoring_type_ids); i++)
    gtk_string_list_append (self->scoring_type_list,
                            exemplar_scoring_type_get_title (scoring_type_ids[i]));

  /* Translators: no member unit is responsible for the indicator. */
  gtk_string_list_append (self->responsible_list, _("None"));
  g_ptr_array_add (self->unit_codes, NULL);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      gtk_string_list_append (self->responsible_list, exemplar_unit_get_name (unit));
      g_ptr_array_add (self->unit_codes, g_strdup (exemplar_unit_get_code (unit)));
    }
}

static void
select_scoring_type (ExemplarIndicatorDialog *self,
                     const char              *scoring_type)
{
  guint selected = 0;

  for (guint i = 0; scoring_type != NULL && i < G_N_ELEMENTS (scoring_type_ids); i++)
    if (g_str_equal (scoring_type, scoring_type_ids[i]))
      selected = i + 1;

  adw_combo_row_set_selected (self->scoring_type_row, selected);
}

static void
select_responsible (ExemplarIndicatorDialog *self,
                    const char              *code)
{
  guint selected = 0;

  for (guint i = 1; code != NULL && i < self->unit_codes->len; i++)
    if (g_strcmp0 (code, g_ptr_array_index (self->unit_codes, i)) == 0)
      selected = i;

  adw_combo_row_set_selected (self->responsible_row, selected);
}

static void
check_methods (ExemplarIndicatorDialog *self,
               const char              *methods)
{
  g_auto(GStrv) ids = g_strsplit (methods != NULL ? methods : "", ",", -1);

  for (guint i = 0; i < self->method_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->method_checks, i);
      gboolean active = FALSE;

      for (guint j = 0; ids[j] != NULL; j++)
        if (g_str_equal (g_strstrip (ids[j]), method_ids[i]))
          active = TRUE;

      gtk_check_button_set_active (check, active);
    }
}

static char *
checked_methods (ExemplarIndicatorDialog *self)
{
  g_autoptr(GString) methods = g_string_new (NULL);

  for (guint i = 0; i < self->method_checks->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (self->method_checks, i)))
        continue;
      if (methods->len > 0)
        g_string_append_c (methods, ',');
      g_string_append (methods, method_ids[i]);
    }

  return g_string_free (g_steal_pointer (&methods), FALSE);
}

static void
fill_form (ExemplarIndicatorDialog *self)
{
  ExemplarIndicator *parent = effective_parent (self);
  ExemplarIndicatorFields fields = { 0 };
  g_autofree char *suggested = NULL;
  gboolean branch = is_branch (self);

  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->points_spin),
                            (double) exemplar_rubric_get_total_points (self->rubric) / EXEMPLAR_POINTS_SCALE);

  if (self->indicator != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf ("%s %s",
                                                   exemplar_indicator_get_code (self->indicator),
                                                   exemplar_indicator_get_name (self->indicator));

      exemplar_indicator_get_fields (self->indicator, &fields);
      adw_window_title_set_title (self->window_title,
                                  branch ? _("Edit Indicator Group") : _("Edit Indicator"));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    {
      suggested = suggest_code (self->rubric, parent);
      fields.code = suggested;
      fields.kind = parent != NULL ? exemplar_indicator_get_kind (parent) : EXEMPLAR_INDICATOR_ITEM;
      fields.responsible = parent != NULL ? exemplar_indicator_get_responsible (parent) : NULL;

      adw_window_title_set_title (self->window_title, _("New Indicator"));
      if (parent != NULL)
        {
          g_autofree char *subtitle = NULL;

          /* Translators: the subtitle of a new indicator's form; %s are the
           * parent's code and name. */
          subtitle = g_strdup_printf (_("Under %s %s"),
                                      exemplar_indicator_get_code (parent),
                                      exemplar_indicator_get_name (parent));
          adw_window_title_set_subtitle (self->window_title, subtitle);
        }
      else
        adw_window_title_set_subtitle (self->window_title, _("Top level"));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), fields.code != NULL ? fields.code : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), fields.name != NULL ? fields.name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_en_row), fields.name_en != NULL ? fields.name_en : "");

  adw_combo_row_set_selected (self->kind_row, fields.kind);
  /* A child takes its parent's kind; the model refuses anything else. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), parent == NULL);

  gtk_spin_button_set_value (self->points_spin, (double) fields.points / EXEMPLAR_POINTS_SCALE);
  update_points_sensitivity (self);

  if (branch)
    {
      g_autofree char *sum = exemplar_points_format (exemplar_indicator_get_children_sum (self->indicator));
      g_autofree char *subtitle = NULL;

      /* Translators: %s is a number of points. */
      subtitle = g_strdup_printf (_("Its children add up to %s"), sum);
      adw_action_row_set_subtitle (self->points_row, subtitle);
    }

  select_responsible (self, fields.responsible);
  select_scoring_type (self, fields.scoring_type);
  set_text_view (self->rule_view, fields.rule);
  check_methods (self, fields.methods);
  set_text_view (self->evidence_view, fields.evidence);

  /* Scoring details belong to leaves; a group's points come from its children. */
  if (branch)
    gtk_window_set_default_size (GTK_WINDOW (self), 600, 520);
  gtk_widget_set_visible (GTK_WIDGET (self->scoring_group), !branch);
  gtk_widget_set_visible (GTK_WIDGET (self->rule_group), !branch);
  gtk_widget_set_visible (GTK_WIDGET (self->methods_group), !branch);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_group), !branch);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static gboolean
exemplar_indicator_dialog_save (ExemplarIndicatorDialog *self)
{
  ExemplarIndicatorFields fields = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *methods = NULL;
  char points_text[G_ASCII_DTOSTR_BUF_SIZE];
  guint scoring_type;
  guint responsible;

  g_assert (EXEMPLAR_IS_INDICATOR_DIALOG (self));

  if (self->indicator != NULL)
    exemplar_indicator_get_fields (self->indicator, &fields);

  /* Take what is typed in the spin button even if it was never committed,
   * and go through text so that 2.35 is 235 hundredths, not 234. */
  gtk_spin_button_update (self->points_spin);
  g_ascii_formatd (points_text, sizeof points_text, "%.2f", gtk_spin_button_get_value (self->points_spin));
  if (!exemplar_points_parse (points_text, &fields.points, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  fields.code = gtk_editable_get_text (GTK_EDITABLE (self->code_row));
  fields.name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  fields.name_en = gtk_editable_get_text (GTK_EDITABLE (self->name_en_row));
  fields.kind = (ExemplarIndicatorKind) adw_combo_row_get_selected (self->kind_row);

  responsible = adw_combo_row_get_selected (self->responsible_row);
  fields.responsible = responsible < self->unit_codes->len ? g_ptr_array_index (self->unit_codes, responsible) : NULL;

  /* A group keeps whatever leaf fields it had; the form does not show them. */
  if (!is_branch (self))
    {
      scoring_type = adw_combo_row_get_selected (self->scoring_type_row);
      fields.scoring_type = scoring_type > 0 && scoring_type <= G_N_ELEMENTS (scoring_type_ids)
                            ? scoring_type_ids[scoring_type - 1] : NULL;
      fields.rule = rule = get_text_view (self->rule_view);
      fields.methods = methods = checked_methods (self);
      fields.evidence = evidence = get_text_view (self->evidence_view);
    }

  if (self->indicator != NULL)
    {
      if (!exemplar_rubric_update_indicator (self->rubric, self->indicator, &fields, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  else
    {
      ExemplarIndicator *added;

      added = exemplar_rubric_add_indicator (self->rubric, self->parent_indicator, &fields, &error);
      if (added == NULL)
        {
          show_error (self, error->message);
          return FALSE;
        }
      self->indicator = g_object_ref (added);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, self->indicator);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarIndicatorDialog *self = EXEMPLAR_INDICATOR_DIALOG (widget);

  if (exemplar_indicator_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activated_cb (ExemplarIndicatorDialog *self,
                       AdwEntryRow             *row)
{
  g_assert (EXEMPLAR_IS_INDICATOR_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "indicator.save", NULL);
}

static void
on_kind_row_selected_cb (ExemplarIndicatorDialog *self,
                         GParamSpec              *pspec,
                         AdwComboRow             *row)
{
  g_assert (EXEMPLAR_IS_INDICATOR_DIALOG (self));

  update_points_sensitivity (self);
}

static void
exemplar_indicator_dialog_constructed (GObject *object)
{
  ExemplarIndicatorDialog *self = (ExemplarIndicatorDialog *)object;

  G_OBJECT_CLASS (exemplar_indicator_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_RUBRIC (self->rubric));
  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  add_choices (self);
  add_method_rows (self);
  fill_form (self);
}

static void
exemplar_indicator_dialog_dispose (GObject *object)
{
  ExemplarIndicatorDialog *self = (ExemplarIndicatorDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_INDICATOR_DIALOG);

  g_clear_object (&self->rubric);
  g_clear_object (&self->campaign);
  g_clear_object (&self->indicator);
  g_clear_object (&self->parent_indicator);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_clear_pointer (&self->method_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_indicator_dialog_parent_class)->dispose (object);
}

static void
exemplar_indicator_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ExemplarIndicatorDialog *self = EXEMPLAR_INDICATOR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_RUBRIC:
      g_value_set_object (value, self->rubric);
      break;

    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_INDICATOR:
      g_value_set_object (value, self->indicator);
      break;

    case PROP_PARENT_INDICATOR:
      g_value_set_object (value, self->parent_indicator);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_indicator_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ExemplarIndicatorDialog *self = EXEMPLAR_INDICATOR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_RUBRIC:
      self->rubric = g_value_dup_object (value);
      break;

    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    case PROP_INDICATOR:
      self->indicator = g_value_dup_object (value);
      break;

    case PROP_PARENT_INDICATOR:
      self->parent_indicator = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_indicator_dialog_class_init (ExemplarIndicatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = exemplar_indicator_dialog_constructed;
  object_class->dispose = exemplar_indicator_dialog_dispose;
  object_class->get_property = exemplar_indicator_dialog_get_property;
  object_class->set_property = exemplar_indicator_dialog_set_property;

  properties[PROP_RUBRIC] =
    g_param_spec_object ("rubric", NULL, NULL, EXEMPLAR_TYPE_RUBRIC, flags);
  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN, flags);
  /* The indicator being edited; after a new one is saved, that one. */
  properties[PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, EXEMPLAR_TYPE_INDICATOR, flags);
  properties[PROP_PARENT_INDICATOR] =
    g_param_spec_object ("parent-indicator", NULL, NULL, EXEMPLAR_TYPE_INDICATOR, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarIndicatorDialog::saved:
   * @self: the dialog
   * @indicator: the indicator that was added or changed
   *
   * Emitted after the model has stored the form, just before the dialog
   * closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, EXEMPLAR_TYPE_INDICATOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-indicator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, points_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, points_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, responsible_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, scoring_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, scoring_type_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, scoring_type_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, rule_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, rule_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, methods_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarIndicatorDialog, evidence_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "indicator.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "indicator.save", NULL);
}

static void
exemplar_indicator_dialog_init (ExemplarIndicatorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  self->method_checks = g_ptr_array_new ();
}

/**
 * exemplar_indicator_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @rubric: the rubric to change
 * @campaign: the campaign, for its member units
 * @indicator: (nullable): the indicator to edit, or %NULL to add one
 * @parent_indicator: (nullable): where a new indicator goes; %NULL for the top level
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarIndicatorDialog *
exemplar_indicator_dialog_new (GtkWindow         *parent,
                               ExemplarRubric    *rubric,
                               ExemplarCampaign  *campaign,
                               ExemplarIndicator *indicator,
                               ExemplarIndicator *parent_indicator)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (rubric), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (!indicator || EXEMPLAR_IS_INDICATOR (indicator), NULL);
  g_return_val_if_fail (!parent_indicator || EXEMPLAR_IS_INDICATOR (parent_indicator), NULL);

  return g_object_new (EXEMPLAR_TYPE_INDICATOR_DIALOG,
                       "transient-for", parent,
                       "rubric", rubric,
                       "campaign", campaign,
                       "indicator", indicator,
                       "parent-indicator", parent_indicator,
                       NULL);
}

ExemplarIndicator *
exemplar_indicator_dialog_get_indicator (ExemplarIndicatorDialog *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR_DIALOG (self), NULL);

  return self->indicator;
}

ExemplarIndicator *
exemplar_indicator_dialog_get_parent_indicator (ExemplarIndicatorDialog *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR_DIALOG (self), NULL);

  return self->parent_indicator;
}
