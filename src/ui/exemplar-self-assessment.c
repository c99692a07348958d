/* exemplar-self-assessment.c
 *
 * The applicant's self-assessment (自评): every scored leaf of the rubric
 * with its points, a note and the evidence attached to it, grouped by the
 * top-level branches with their subtotals and the grand total kept live.
 *
 * Points go to the model as text parsed by exemplar_points_parse(), never
 * through floating point; the spin buttons only show them. A leaf not yet
 * scored shows an empty spin button rather than a 0 that was never given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-self-assessment-private.h"

G_DEFINE_FINAL_TYPE (ExemplarSelfAssessment, exemplar_self_assessment, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DECLARATION,
  PROP_EDITABLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
branch_view_free (BranchView *bv)
{
  g_clear_object (&bv->indicator);
  g_free (bv);
}

/* "6.5 / 8" */
static char *
format_fraction (gint64 value,
                 gint64 of)
{
  g_autofree char *a = exemplar_points_format (value);
  g_autofree char *b = exemplar_points_format (of);

  /* Translators: points given out of points possible, e.g. "6.5 / 8". */
  return g_strdup_printf (_("%s / %s"), a, b);
}

void
_exemplar_self_assessment_update_totals (ExemplarSelfAssessment *self)
{
  g_autofree char *total = NULL;
  g_autofree char *scored = NULL;
  guint n_scored = 0;

  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  if (self->declaration == NULL || self->rubric == NULL)
    return;

  for (guint i = 0; i < self->leaves->len; i++)
    {
      LeafRow *lr = g_ptr_array_index (self->leaves, i);

      if (lr->scored)
        n_scored++;
    }

  total = format_fraction (exemplar_declaration_get_self_total (self->declaration, NULL),
                           exemplar_rubric_get_total_points (self->rubric));
  gtk_label_set_label (self->total_label, total);

  scored = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u item scored",
                                         "%u of %u items scored",
                                         self->leaves->len),
                            n_scored, self->leaves->len);
  gtk_label_set_label (self->scored_label, scored);

  for (guint i = 0; i < self->branches->len; i++)
    {
      BranchView *bv = g_ptr_array_index (self->branches, i);
      g_autofree char *subtotal = NULL;

      subtotal = format_fraction (exemplar_declaration_get_self_total (self->declaration, bv->indicator),
                                  exemplar_indicator_get_points (bv->indicator));
      gtk_label_set_label (bv->subtotal_label, subtotal);

      if (bv->expander != NULL)
        {
          g_autofree char *subtitle = NULL;
          guint branch_scored = 0;

          for (guint j = bv->first_leaf; j < bv->first_leaf + bv->n_leaves; j++)
            {
              LeafRow *lr = g_ptr_array_index (self->leaves, j);

              if (lr->scored)
                branch_scored++;
            }

          subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u of %u item scored",
                                                   "%u of %u items scored",
                                                   bv->n_leaves),
                                      branch_scored, bv->n_leaves);
          adw_expander_row_set_subtitle (bv->expander, subtitle);
        }
    }
}

void
_exemplar_self_assessment_update_evidence (ExemplarSelfAssessment *self)
{
  g_autoptr(GHashTable) by_code = NULL;
  g_autoptr(GHashTable) missing = NULL;
  g_autoptr(GPtrArray) missing_leaves = NULL;
  guint n_items;

  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  if (self->declaration == NULL)
    return;

  by_code = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  n_items = self->evidence != NULL ? g_list_model_get_n_items (self->evidence) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarEvidence) evidence = g_list_model_get_item (self->evidence, i);
      const char *code = exemplar_evidence_get_indicator_code (evidence);
      GPtrArray *list;

      if (code == NULL || g_strcmp0 (exemplar_evidence_get_purpose (evidence), "seal") == 0)
        continue;

      if (!(list = g_hash_table_lookup (by_code, code)))
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_code, (gpointer) exemplar_evidence_get_indicator_code (evidence), list);
        }
      g_ptr_array_add (list, g_object_ref (evidence));
    }

  missing = g_hash_table_new (NULL, NULL);
  missing_leaves = exemplar_declaration_get_missing_evidence (self->declaration);
  for (guint i = 0; missing_leaves != NULL && i < missing_leaves->len; i++)
    g_hash_table_add (missing, g_ptr_array_index (missing_leaves, i));

  for (guint i = 0; i < self->branches->len; i++)
    {
      BranchView *bv = g_ptr_array_index (self->branches, i);

      if (bv->warning != NULL)
        gtk_widget_set_visible (bv->warning, FALSE);
    }

  for (guint i = 0; i < self->leaves->len; i++)
    {
      LeafRow *lr = g_ptr_array_index (self->leaves, i);
      gboolean is_missing = g_hash_table_contains (missing, lr->leaf);

      _exemplar_leaf_row_show_evidence (lr,
                                        g_hash_table_lookup (by_code, exemplar_indicator_get_code (lr->leaf)),
                                        is_missing);
      if (is_missing && lr->top->warning != NULL)
        gtk_widget_set_visible (lr->top->warning, TRUE);
    }
}

static void
on_evidence_items_changed_cb (ExemplarSelfAssessment *self,
                              guint                   position,
                              guint                   removed,
                              guint                   added,
                              GListModel             *model)
{
  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  _exemplar_self_assessment_update_evidence (self);
}

static gboolean
on_note_timeout_cb (gpointer user_data)
{
  ExemplarSelfAssessment *self = user_data;

  self->note_source = 0;

  for (guint i = 0; i < self->leaves->len; i++)
    _exemplar_leaf_row_commit_note (g_ptr_array_index (self->leaves, i));

  return G_SOURCE_REMOVE;
}

void
_exemplar_self_assessment_schedule_notes (ExemplarSelfAssessment *self)
{
  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  g_clear_handle_id (&self->note_source, g_source_remove);
  self->note_source = g_timeout_add (NOTE_SAVE_DELAY_MS, on_note_timeout_cb, self);
}

void
_exemplar_self_assessment_emit_changed (ExemplarSelfAssessment *self)
{
  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
_exemplar_self_assessment_focus_leaf_index (ExemplarSelfAssessment *self,
                  guint                   index)
{
  LeafRow *lr;

  if (index >= self->leaves->len)
    return;

  lr = g_ptr_array_index (self->leaves, index);
  adw_expander_row_set_expanded (lr->top->expander, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (lr->spin));
}

static BranchView *
create_branch_view (ExemplarSelfAssessment *self,
                    ExemplarIndicator      *indicator,
                    BranchView             *top)
{
  BranchView *bv = g_new0 (BranchView, 1);
  g_autofree char *title = NULL;

  bv->indicator = g_object_ref (indicator);
  bv->subtotal_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (bv->subtotal_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (bv->subtotal_label), "subtotal");
  gtk_widget_set_valign (GTK_WIDGET (bv->subtotal_label), GTK_ALIGN_CENTER);

  /* Translators: a rubric branch's code and name, e.g. "3 家庭保护". */
  title = g_strdup_printf (_("%s %s"),
                           exemplar_indicator_get_code (indicator),
                           exemplar_indicator_get_name (indicator));

  if (top == NULL)
    {
      bv->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (bv->expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bv->expander), title);
      gtk_widget_add_css_class (GTK_WIDGET (bv->expander), "branch-row");

      bv->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (bv->warning, "warning");
      gtk_widget_set_visible (bv->warning, FALSE);
      gtk_widget_set_tooltip_text (bv->warning, _("Some items in this branch need evidence that is not attached"));
      adw_expander_row_add_action (bv->expander, bv->warning);
      adw_expander_row_add_action (bv->expander, GTK_WIDGET (bv->subtotal_label));
    }
  else
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (title);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_add_css_class (row, "subbranch-row");

      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 4);

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (bv->subtotal_label));
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

      adw_expander_row_add_row (top->expander, row);
    }

  g_ptr_array_add (self->branches, bv);

  return bv;
}

static gboolean
has_scored_leaves (ExemplarIndicator *indicator)
{
  GListModel *children;
  guint n_children;

  if (exemplar_indicator_is_leaf (indicator))
    return exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO;

  children = exemplar_indicator_get_children (indicator);
  n_children = g_list_model_get_n_items (children);
  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

      if (has_scored_leaves (child))
        return TRUE;
    }

  return FALSE;
}

static void
add_children (ExemplarSelfAssessment *self,
              ExemplarIndicator      *indicator,
              BranchView             *top)
{
  GListModel *children = exemplar_indicator_get_children (indicator);
  guint n_children = g_list_model_get_n_items (children);

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

      if (!has_scored_leaves (child))
        continue;

      if (exemplar_indicator_is_leaf (child))
        {
          LeafRow *lr = _exemplar_leaf_row_new (self, child, top);

          adw_expander_row_add_row (top->expander, lr->row);
          top->n_leaves++;
        }
      else
        {
          create_branch_view (self, child, top);
          add_children (self, child, top);
        }
    }
}

static void exemplar_self_assessment_build  (ExemplarSelfAssessment *self);
static void exemplar_self_assessment_reload (ExemplarSelfAssessment *self);

/* The office changed the rubric while applications are being written. */
static void
on_rubric_changed_cb (ExemplarSelfAssessment *self,
                      ExemplarRubric         *rubric)
{
  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  exemplar_self_assessment_build (self);
  exemplar_self_assessment_reload (self);
}

static void
exemplar_self_assessment_clear (ExemplarSelfAssessment *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->branches_list))))
    gtk_list_box_remove (self->branches_list, child);

  g_ptr_array_set_size (self->leaves, 0);
  g_ptr_array_set_size (self->branches, 0);
}

static void
exemplar_self_assessment_build (ExemplarSelfAssessment *self)
{
  guint n_items;

  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  exemplar_self_assessment_clear (self);

  if (self->rubric == NULL)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->rubric));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->rubric), i);
      BranchView *top;

      if (!has_scored_leaves (indicator))
        continue;

      top = create_branch_view (self, indicator, NULL);
      top->first_leaf = self->leaves->len;

      if (exemplar_indicator_is_leaf (indicator))
        {
          LeafRow *lr = _exemplar_leaf_row_new (self, indicator, top);

          adw_expander_row_add_row (top->expander, lr->row);
          top->n_leaves++;
        }
      else
        {
          add_children (self, indicator, top);
        }

      gtk_list_box_append (self->branches_list, GTK_WIDGET (top->expander));
    }
}

static void
update_sensitivity (ExemplarSelfAssessment *self)
{
  gboolean editable = self->editable && self->declaration != NULL;

  for (guint i = 0; i < self->leaves->len; i++)
    {
      LeafRow *lr = g_ptr_array_index (self->leaves, i);

      gtk_widget_set_sensitive (GTK_WIDGET (lr->spin), editable);
      gtk_widget_set_sensitive (GTK_WIDGET (lr->note), editable);
      gtk_widget_set_sensitive (lr->attach_button, editable);
    }
}

static void
exemplar_self_assessment_reload (ExemplarSelfAssessment *self)
{
  g_assert (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  for (guint i = 0; i < self->leaves->len; i++)
    _exemplar_leaf_row_load (g_ptr_array_index (self->leaves, i));

  _exemplar_self_assessment_update_totals (self);
  _exemplar_self_assessment_update_evidence (self);
  update_sensitivity (self);
}

static void
exemplar_self_assessment_dispose (GObject *object)
{
  ExemplarSelfAssessment *self = (ExemplarSelfAssessment *)object;

  /* Notes typed a moment ago are saved before their rows go. */
  if (self->leaves != NULL)
    {
      exemplar_self_assessment_flush (self);
      exemplar_self_assessment_clear (self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_SELF_ASSESSMENT);

  g_clear_object (&self->evidence);
  g_clear_object (&self->declaration);
  g_clear_object (&self->rubric);
  g_clear_object (&self->attach);

  G_OBJECT_CLASS (exemplar_self_assessment_parent_class)->dispose (object);
}

static void
exemplar_self_assessment_finalize (GObject *object)
{
  ExemplarSelfAssessment *self = (ExemplarSelfAssessment *)object;

  g_clear_pointer (&self->leaves, g_ptr_array_unref);
  g_clear_pointer (&self->branches, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_self_assessment_parent_class)->finalize (object);
}

static void
exemplar_self_assessment_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ExemplarSelfAssessment *self = EXEMPLAR_SELF_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      g_value_set_object (value, self->declaration);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_self_assessment_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ExemplarSelfAssessment *self = EXEMPLAR_SELF_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      exemplar_self_assessment_set_declaration (self, g_value_get_object (value));
      break;

    case PROP_EDITABLE:
      exemplar_self_assessment_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_self_assessment_class_init (ExemplarSelfAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_self_assessment_dispose;
  object_class->finalize = exemplar_self_assessment_finalize;
  object_class->get_property = exemplar_self_assessment_get_property;
  object_class->set_property = exemplar_self_assessment_set_property;

  properties[PROP_DECLARATION] =
    g_param_spec_object ("declaration", NULL, NULL,
                         EXEMPLAR_TYPE_DECLARATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarSelfAssessment::changed:
   *
   * A self-score or note was saved.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-self-assessment.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarSelfAssessment, total_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarSelfAssessment, total_caption);
  gtk_widget_class_bind_template_child (widget_class, ExemplarSelfAssessment, scored_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarSelfAssessment, branches_list);
}

static void
exemplar_self_assessment_init (ExemplarSelfAssessment *self)
{
  self->editable = TRUE;
  self->leaves = g_ptr_array_new ();
  self->branches = g_ptr_array_new_with_free_func ((GDestroyNotify) branch_view_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
exemplar_self_assessment_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_SELF_ASSESSMENT, NULL);
}

ExemplarDeclaration *
exemplar_self_assessment_get_declaration (ExemplarSelfAssessment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self), NULL);

  return self->declaration;
}

void
exemplar_self_assessment_set_declaration (ExemplarSelfAssessment *self,
                                          ExemplarDeclaration    *declaration)
{
  ExemplarRubric *rubric = NULL;

  g_return_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (!declaration || EXEMPLAR_IS_DECLARATION (declaration));

  if (self->declaration == declaration)
    return;

  exemplar_self_assessment_flush (self);

  if (self->evidence != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->evidence,
                                            G_CALLBACK (on_evidence_items_changed_cb),
                                            self);
      g_clear_object (&self->evidence);
    }

  g_set_object (&self->declaration, declaration);

  if (declaration != NULL)
    {
      ExemplarCampaign *campaign = exemplar_declaration_get_campaign (declaration);

      if (campaign != NULL)
        rubric = exemplar_campaign_get_rubric (campaign);

      self->evidence = g_object_ref (exemplar_declaration_get_evidence (declaration));
      g_signal_connect_object (self->evidence,
                               "items-changed",
                               G_CALLBACK (on_evidence_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  /* Declarations of one campaign share its rubric: build the rows once. */
  if (rubric != self->rubric)
    {
      if (self->rubric != NULL)
        g_signal_handlers_disconnect_by_func (self->rubric, on_rubric_changed_cb, self);

      g_set_object (&self->rubric, rubric);

      if (rubric != NULL)
        g_signal_connect_object (rubric,
                                 "changed",
                                 G_CALLBACK (on_rubric_changed_cb),
                                 self,
                                 G_CONNECT_SWAPPED);

      exemplar_self_assessment_build (self);
    }

  if (self->rubric != NULL && exemplar_rubric_get_bonus_cap (self->rubric) > 0)
    {
      g_autofree char *cap = exemplar_points_format (exemplar_rubric_get_bonus_cap (self->rubric));
      g_autofree char *caption = NULL;

      /* Translators: under the self-assessed total; %s is the bonus cap, e.g. "5". */
      caption = g_strdup_printf (_("Including bonus points, which count up to %s"), cap);
      gtk_label_set_label (self->total_caption, caption);
      gtk_widget_set_visible (GTK_WIDGET (self->total_caption), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->total_caption), FALSE);
    }

  exemplar_self_assessment_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECLARATION]);
}

/* Files dropped on a leaf's row, and its Attach… button, go through @attach. */
void
exemplar_self_assessment_set_attach (ExemplarSelfAssessment *self,
                                     ExemplarEvidenceAttach *attach)
{
  g_return_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (!attach || EXEMPLAR_IS_EVIDENCE_ATTACH (attach));

  if (g_set_object (&self->attach, attach) && self->rubric != NULL)
    {
      exemplar_self_assessment_build (self);
      exemplar_self_assessment_reload (self);
    }
}

gboolean
exemplar_self_assessment_get_editable (ExemplarSelfAssessment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self), FALSE);

  return self->editable;
}

void
exemplar_self_assessment_set_editable (ExemplarSelfAssessment *self,
                                       gboolean                editable)
{
  g_return_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  editable = !!editable;

  if (self->editable == editable)
    return;

  self->editable = editable;
  update_sensitivity (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * exemplar_self_assessment_flush:
 * @self: a #ExemplarSelfAssessment
 *
 * Saves now whatever was typed and not yet saved.
 */
void
exemplar_self_assessment_flush (ExemplarSelfAssessment *self)
{
  g_return_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self));

  g_clear_handle_id (&self->note_source, g_source_remove);

  if (self->declaration == NULL || self->leaves == NULL)
    return;

  for (guint i = 0; i < self->leaves->len; i++)
    {
      LeafRow *lr = g_ptr_array_index (self->leaves, i);

      if (gtk_widget_get_state_flags (GTK_WIDGET (lr->spin)) & GTK_STATE_FLAG_FOCUS_WITHIN)
        {
          gtk_spin_button_update (lr->spin);
          _exemplar_leaf_row_commit_points (lr);
        }

      _exemplar_leaf_row_commit_note (lr);
    }
}

/* Shows @leaf's row, its branch expanded, with its score focused. */
gboolean
exemplar_self_assessment_focus_leaf (ExemplarSelfAssessment *self,
                                     ExemplarIndicator      *leaf)
{
  g_return_val_if_fail (EXEMPLAR_IS_SELF_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  for (guint i = 0; i < self->leaves->len; i++)
    {
      LeafRow *lr = g_ptr_array_index (self->leaves, i);

      if (lr->leaf == leaf ||
          g_strcmp0 (exemplar_indicator_get_code (lr->leaf), exemplar_indicator_get_code (leaf)) == 0)
        {
          _exemplar_self_assessment_focus_leaf_index (self, i);
          return TRUE;
        }
    }

  return FALSE;
}