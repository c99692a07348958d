/* exemplar-rubric-page.c
 *
 * The rubric (创建达标体系) as a tree table, with its totals, the rules it
 * breaks, and the office's editing tools while the declaration phase lasts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric-page-private.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

G_DEFINE_FINAL_TYPE (ExemplarRubricPage, exemplar_rubric_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GListModel *
_exemplar_rubric_page_siblings_of (ExemplarRubricPage *self,
                                   ExemplarIndicator  *indicator)
{
  ExemplarIndicator *parent = exemplar_indicator_get_parent (indicator);

  return parent != NULL ? exemplar_indicator_get_children (parent) : G_LIST_MODEL (self->rubric);
}

gboolean
_exemplar_rubric_page_find_in_model (GListModel *model,
                                     gpointer    item,
                                     guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Leaves get no child model, so they show no expander; the tree is rebuilt
 * when a leaf gains a child (see tree_needs_rebuild()). */
static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  ExemplarIndicator *indicator = item;

  if (exemplar_indicator_is_leaf (indicator))
    return NULL;

  return g_object_ref (exemplar_indicator_get_children (indicator));
}

static GtkTreeListRow *
row_for_indicator (ExemplarRubricPage *self,
                   ExemplarIndicator  *indicator,
                   gboolean            expand)
{
  g_autoptr(GtkTreeListRow) parent_row = NULL;
  ExemplarIndicator *parent;
  guint index;

  if (self->tree == NULL ||
      !_exemplar_rubric_page_find_in_model (_exemplar_rubric_page_siblings_of (self, indicator),
                                            indicator, &index))
    return NULL;

  if (!(parent = exemplar_indicator_get_parent (indicator)))
    return gtk_tree_list_model_get_child_row (self->tree, index);

  if (!(parent_row = row_for_indicator (self, parent, expand)))
    return NULL;

  if (expand)
    gtk_tree_list_row_set_expanded (parent_row, TRUE);

  return gtk_tree_list_row_get_child_row (parent_row, index);
}

GHashTable *
_exemplar_rubric_page_collect_expanded (ExemplarRubricPage *self)
{
  GHashTable *expanded = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  guint n;

  if (self->tree == NULL)
    return expanded;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (expanded, gtk_tree_list_row_get_item (row));
    }

  return expanded;
}

void
_exemplar_rubric_page_restore_expanded (ExemplarRubricPage *self,
                                        GHashTable         *expanded)
{
  /* Expanding a row inserts its children after it, so they are visited too. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (g_hash_table_contains (expanded, item) && !gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
expand_first_level (ExemplarRubricPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rubric));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* A row's expandability is fixed when it is made, so a leaf that gained a
 * child, or a group that lost its last one, needs new rows. */
static gboolean
tree_needs_rebuild (ExemplarRubricPage *self)
{
  guint n;

  if (self->tree == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(ExemplarIndicator) indicator = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_is_expandable (row) == exemplar_indicator_is_leaf (indicator))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
get_list_view (ExemplarRubricPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  return NULL;
}

/* GTK 4.8 has no API to focus a row of a column view, so find the row
 * widget that shows the selected position and focus it. */
static gboolean
focus_selected_row (ExemplarRubricPage *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkWidget *list_view = get_list_view (self);

  if (list_view == NULL || selected == GTK_INVALID_LIST_POSITION)
    return TRUE;

  for (GtkWidget *row = gtk_widget_get_first_child (list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      for (GtkWidget *cell = gtk_widget_get_first_child (row);
           cell != NULL;
           cell = gtk_widget_get_next_sibling (cell))
        {
          GtkWidget *child = gtk_widget_get_first_child (cell);
          GtkTreeListRow *list_row;

          if (!GTK_IS_TREE_EXPANDER (child) ||
              !(list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (child))))
            continue;

          if (gtk_tree_list_row_get_position (list_row) == selected && gtk_widget_get_mapped (row))
            return gtk_widget_grab_focus (row);
        }
    }

  return FALSE;
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);

  /* The row widget exists once the list has laid out the scrolled-to
   * position, which may take a frame or two. */
  if (focus_selected_row (self) || ++self->focus_attempts > 5)
    {
      self->focus_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
_exemplar_rubric_page_scroll_to_selected (ExemplarRubricPage *self,
                                          gboolean            focus)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkWidget *list_view = get_list_view (self);

  if (list_view == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* An unmapped list has nothing to scroll yet; do it once it is shown. */
  if (!gtk_widget_get_mapped (list_view))
    {
      self->scroll_on_map = TRUE;
      return;
    }

  gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", selected);

  if (focus && self->focus_tick_id == 0)
    {
      self->focus_attempts = 0;
      self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
    }
}

gboolean
_exemplar_rubric_page_select (ExemplarRubricPage *self,
                              ExemplarIndicator  *indicator,
                              gboolean            focus)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (indicator == NULL || !(row = row_for_indicator (self, indicator, TRUE)))
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, gtk_tree_list_row_get_position (row));
  _exemplar_rubric_page_scroll_to_selected (self, focus);
  return TRUE;
}

static void
rebuild_tree (ExemplarRubricPage *self,
              gboolean            keep_state)
{
  g_autoptr(GHashTable) expanded = NULL;
  g_autoptr(ExemplarIndicator) selected = NULL;

  if (keep_state)
    {
      ExemplarIndicator *current = exemplar_rubric_page_get_selected (self);

      expanded = _exemplar_rubric_page_collect_expanded (self);
      if (current != NULL)
        selected = g_object_ref (current);
    }

  g_clear_object (&self->tree);

  if (self->rubric != NULL)
    self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->rubric)),
                                          FALSE, FALSE,
                                          create_children_cb, self, NULL);

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree));

  if (self->tree == NULL)
    return;

  if (expanded != NULL)
    _exemplar_rubric_page_restore_expanded (self, expanded);
  else
    expand_first_level (self);

  if (selected != NULL)
    _exemplar_rubric_page_select (self, selected, FALSE);
}

void
_exemplar_rubric_page_show_error (ExemplarRubricPage *self,
                                  const char         *heading,
                                  const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_editable (ExemplarRubricPage *self)
{
  gboolean frozen = self->rubric != NULL && !exemplar_rubric_get_editable (self->rubric);

  if (frozen && exemplar_campaign_get_read_only (self->campaign))
    gtk_label_set_label (self->frozen_label,
                         _("The campaign is open read-only, so the rubric cannot be changed."));
  else if (frozen)
    gtk_label_set_label (self->frozen_label,
                         _("The rubric is frozen: it can only be changed during the declaration "
                           "phase, which has ended."));

  gtk_widget_set_visible (self->frozen_box, frozen);
  _exemplar_rubric_page_update_actions (self);
}

static GtkWidget *
create_problem_row (ExemplarRubricPage *self,
                    const char         *problem)
{
  g_autofree char *code = g_strndup (problem, strcspn (problem, " "));
  ExemplarIndicator *indicator = exemplar_rubric_find (self->rubric, code);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (problem);

  /* Lines about one indicator start with its code and name; those lead to it. */
  if (indicator != NULL)
    {
      g_autofree char *prefix = g_strdup_printf ("%s %s:", code, exemplar_indicator_get_name (indicator));

      if (!g_str_has_prefix (problem, prefix))
        indicator = NULL;
    }

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_add_css_class (image, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"),
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);

  /* In a box of its own, the icon's baseline stays out of the row's
   * height-for-width, which GTK 4.8 gets one pixel wrong next to a wrapping
   * label. */
  gtk_box_append (GTK_BOX (image_box), image);
  gtk_box_append (GTK_BOX (box), image_box);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), indicator != NULL);

  if (indicator != NULL)
    {
      gtk_widget_set_tooltip_text (row, _("Show this indicator"));
      g_object_set_data_full (G_OBJECT (row), "exemplar-indicator",
                              g_object_ref (indicator), g_object_unref);
    }

  return row;
}

static void
update_summary (ExemplarRubricPage *self)
{
  GtkWidget *child;
  GPtrArray *problems;
  g_autofree char *items_sum = NULL;
  g_autofree char *total = NULL;
  g_autofree char *bonus_cap = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  gboolean valid;
  guint leaves;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))))
    gtk_list_box_remove (self->problems_list, child);

  if (self->rubric == NULL)
    {
      gtk_label_set_label (self->summary_label, NULL);
      gtk_widget_set_visible (self->valid_box, FALSE);
      gtk_widget_set_visible (self->problems_box, FALSE);
      return;
    }

  items_sum = exemplar_points_format (exemplar_rubric_get_items_sum (self->rubric));
  total = exemplar_points_format (exemplar_rubric_get_total_points (self->rubric));
  bonus_cap = exemplar_points_format (exemplar_rubric_get_bonus_cap (self->rubric));
  leaves = exemplar_rubric_get_leaf_count (self->rubric);

  /* Translators: the rubric's summary line, e.g. "Total 100 of 100 points ·
   * bonus cap 5 · 52 scored items". The first %s is what the items add up
   * to, the second the rubric's total, the third the cap on bonus points. */
  summary = g_strdup_printf (ngettext ("Total %s of %s points · bonus cap %s · %u scored item",
                                       "Total %s of %s points · bonus cap %s · %u scored items",
                                       leaves),
                             items_sum, total, bonus_cap, leaves);
  gtk_label_set_label (self->summary_label, summary);

  valid = exemplar_rubric_get_valid (self->rubric);
  problems = exemplar_rubric_get_problems (self->rubric);

  gtk_widget_set_visible (self->valid_box, valid);
  gtk_widget_set_visible (self->problems_box, !valid);

  if (valid)
    return;

  title = g_strdup_printf (ngettext ("The rubric breaks %u rule",
                                     "The rubric breaks %u rules",
                                     problems->len),
                           problems->len);
  gtk_label_set_label (self->problems_title, title);

  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problems_list,
                         create_problem_row (self, g_ptr_array_index (problems, i)));
}

static void
update_stack (ExemplarRubricPage *self)
{
  gboolean empty = self->rubric != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->rubric)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "tree");
}

static void
reload_member_units (ExemplarRubricPage *self)
{
  GListModel *units;

  g_hash_table_remove_all (self->member_units);

  if (self->campaign == NULL || !(units = exemplar_campaign_get_member_units (self->campaign)))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      ExemplarUnit *unit = g_list_model_get_item (units, i);

      g_hash_table_insert (self->member_units, (gpointer) exemplar_unit_get_code (unit), unit);
    }
}

/* Callbacks */

static void
on_rubric_changed_cb (ExemplarRubricPage *self,
                      ExemplarRubric     *rubric)
{
  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  if (tree_needs_rebuild (self))
    rebuild_tree (self, TRUE);

  update_summary (self);
  update_stack (self);
  _exemplar_rubric_page_update_actions (self);
}

static void
on_campaign_state_cb (ExemplarRubricPage *self,
                      GParamSpec         *pspec,
                      ExemplarCampaign   *campaign)
{
  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  update_editable (self);
}

static void
on_selection_selected_item_cb (ExemplarRubricPage *self,
                               GParamSpec         *pspec,
                               GtkSingleSelection *selection)
{
  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  _exemplar_rubric_page_update_actions (self);
}

static void
on_column_view_activate_cb (ExemplarRubricPage *self,
                            guint               position,
                            GtkColumnView      *column_view)
{
  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "rubric.edit", NULL);
}

static void
on_problems_list_row_activated_cb (ExemplarRubricPage *self,
                                   GtkListBoxRow      *row,
                                   GtkListBox         *list_box)
{
  ExemplarIndicator *indicator = g_object_get_data (G_OBJECT (row), "exemplar-indicator");

  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  if (indicator != NULL)
    _exemplar_rubric_page_select (self, indicator, TRUE);
}

/* GtkWidget */

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);

  if (!gtk_widget_get_child_visible (widget) || gtk_widget_get_width (widget) == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick_id = 0;
  self->scroll_on_map = FALSE;
  _exemplar_rubric_page_scroll_to_selected (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
exemplar_rubric_page_map (GtkWidget *widget)
{
  ExemplarRubricPage *self = (ExemplarRubricPage *)widget;

  GTK_WIDGET_CLASS (exemplar_rubric_page_parent_class)->map (widget);

  /* Scroll once the rows have been measured, after the first layout. */
  if (self->scroll_on_map && self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (widget, scroll_tick_cb, NULL, NULL);
}

/* GObject */

static void
exemplar_rubric_page_dispose (GObject *object)
{
  ExemplarRubricPage *self = (ExemplarRubricPage *)object;
  GtkWidget *child;

  if (self->focus_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick_id);
      self->focus_tick_id = 0;
    }

  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_RUBRIC_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  if (self->rubric_signals != NULL)
    g_signal_group_set_target (self->rubric_signals, NULL);
  if (self->campaign_signals != NULL)
    g_signal_group_set_target (self->campaign_signals, NULL);

  g_clear_object (&self->rubric_signals);
  g_clear_object (&self->campaign_signals);
  g_clear_object (&self->tree);
  g_clear_object (&self->rubric);
  g_clear_object (&self->campaign);
  g_clear_pointer (&self->member_units, g_hash_table_unref);

  G_OBJECT_CLASS (exemplar_rubric_page_parent_class)->dispose (object);
}

static void
exemplar_rubric_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (object);

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
exemplar_rubric_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_rubric_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_rubric_page_class_init (ExemplarRubricPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_rubric_page_dispose;
  object_class->get_property = exemplar_rubric_page_get_property;
  object_class->set_property = exemplar_rubric_page_set_property;

  widget_class->map = exemplar_rubric_page_map;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-rubric-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, valid_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, frozen_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, frozen_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, problems_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, problems_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, points_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, scoring_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, methods_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, evidence_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, responsible_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarRubricPage, marks_column);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_list_row_activated_cb);

  _exemplar_rubric_page_class_actions_init (klass);

  gtk_widget_class_set_css_name (widget_class, "rubricpage");
}

static void
exemplar_rubric_page_init (ExemplarRubricPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->member_units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  self->rubric_signals = g_signal_group_new (EXEMPLAR_TYPE_RUBRIC);
  g_signal_group_connect_object (self->rubric_signals, "changed",
                                 G_CALLBACK (on_rubric_changed_cb), self,
                                 G_CONNECT_SWAPPED);

  self->campaign_signals = g_signal_group_new (EXEMPLAR_TYPE_CAMPAIGN);
  g_signal_group_connect_object (self->campaign_signals, "notify::phase",
                                 G_CALLBACK (on_campaign_state_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->campaign_signals, "notify::read-only",
                                 G_CALLBACK (on_campaign_state_cb), self,
                                 G_CONNECT_SWAPPED);

  _exemplar_rubric_page_set_up_columns (self);

  update_editable (self);
}

GtkWidget *
exemplar_rubric_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_RUBRIC_PAGE, NULL);
}

ExemplarCampaign *
exemplar_rubric_page_get_campaign (ExemplarRubricPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_rubric_page_set_campaign (ExemplarRubricPage *self,
                                   ExemplarCampaign   *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_RUBRIC_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (!g_set_object (&self->campaign, campaign))
    return;

  g_clear_object (&self->rubric);
  if (campaign != NULL)
    self->rubric = g_object_ref (exemplar_campaign_get_rubric (campaign));

  g_signal_group_set_target (self->rubric_signals, self->rubric);
  g_signal_group_set_target (self->campaign_signals, campaign);

  reload_member_units (self);
  rebuild_tree (self, FALSE);
  update_summary (self);
  update_stack (self);
  update_editable (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

/**
 * exemplar_rubric_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected indicator
 */
ExemplarIndicator *
exemplar_rubric_page_get_selected (ExemplarRubricPage *self)
{
  ExemplarIndicator *indicator;
  GtkTreeListRow *row;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC_PAGE (self), NULL);

  if (!(row = gtk_single_selection_get_selected_item (self->selection)))
    return NULL;

  /* The row keeps its item alive. */
  if ((indicator = gtk_tree_list_row_get_item (row)))
    g_object_unref (indicator);

  return indicator;
}

/**
 * exemplar_rubric_page_select_indicator:
 * @indicator: (nullable): the indicator to select, or %NULL to clear
 *
 * Selects @indicator, expanding its ancestors and scrolling to it.
 *
 * Returns: %TRUE if @indicator is in the rubric and now selected
 */
gboolean
exemplar_rubric_page_select_indicator (ExemplarRubricPage *self,
                                       ExemplarIndicator  *indicator)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC_PAGE (self), FALSE);
  g_return_val_if_fail (!indicator || EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  return _exemplar_rubric_page_select (self, indicator, FALSE);
}
