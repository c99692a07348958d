/* exemplar-rubric-page-cells.c
 *
 * The cells of the rubric's tree table, one factory per column. Each cell
 * follows its indicator's notify signal, so an edit shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric-page-private.h"
#include "exemplar-unit.h"

typedef GtkWidget *(*CellSetupFunc)  (void);
typedef void       (*CellUpdateFunc) (ExemplarRubricPage *self,
                                      GtkWidget          *cell,
                                      ExemplarIndicator  *indicator);

/* What one column's factory makes and how it fills a cell. */
typedef struct
{
  ExemplarRubricPage *page;
  CellSetupFunc       setup;
  CellUpdateFunc      update;
} ColumnCells;

static GtkWidget *
create_cell_label (gboolean wrap,
                   int      lines)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);

  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }

  if (lines > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_lines (GTK_LABEL (label), lines);
    }

  return label;
}

static void
set_label_class (GtkWidget  *widget,
                 const char *css_class,
                 gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static GtkWidget *
setup_name_cell (void)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *code = create_cell_label (FALSE, 0);
  GtkWidget *name = create_cell_label (TRUE, 2);
  GtkWidget *problem = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  /* Latin codes and CJK names differ in height; line up their baselines. */
  gtk_widget_set_valign (code, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (code, "numeric");
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_valign (problem, GTK_ALIGN_START);
  gtk_widget_add_css_class (problem, "warning");
  gtk_widget_set_visible (problem, FALSE);

  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), problem);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (expander, GTK_ALIGN_START);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);

  g_object_set_data (G_OBJECT (expander), "code-label", code);
  g_object_set_data (G_OBJECT (expander), "name-label", name);
  g_object_set_data (G_OBJECT (expander), "problem-image", problem);

  return expander;
}

static void
update_name_cell (ExemplarRubricPage *self,
                  GtkWidget          *cell,
                  ExemplarIndicator  *indicator)
{
  GtkWidget *code = g_object_get_data (G_OBJECT (cell), "code-label");
  GtkWidget *name = g_object_get_data (G_OBJECT (cell), "name-label");
  GtkWidget *problem = g_object_get_data (G_OBJECT (cell), "problem-image");
  const char *name_en = exemplar_indicator_get_name_en (indicator);
  const char *problem_text = exemplar_indicator_get_problem (indicator);
  gboolean top = exemplar_indicator_get_parent (indicator) == NULL;
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (GTK_LABEL (code), exemplar_indicator_get_code (indicator));
  gtk_label_set_label (GTK_LABEL (name), exemplar_indicator_get_name (indicator));
  set_label_class (code, "heading", top);
  set_label_class (name, "heading", top);

  if (name_en != NULL)
    tooltip = g_strdup_printf ("%s\n%s", exemplar_indicator_get_name (indicator), name_en);
  else
    tooltip = g_strdup (exemplar_indicator_get_name (indicator));
  gtk_widget_set_tooltip_text (name, tooltip);

  gtk_widget_set_visible (problem, problem_text != NULL);
  gtk_widget_set_tooltip_text (problem, problem_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (problem),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, problem_text != NULL ? problem_text : "",
                                  -1);
}

static GtkWidget *
setup_points_cell (void)
{
  GtkWidget *label = create_cell_label (TRUE, 0);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
update_points_cell (ExemplarRubricPage *self,
                    GtkWidget          *cell,
                    ExemplarIndicator  *indicator)
{
  ExemplarIndicatorKind kind = exemplar_indicator_get_kind (indicator);
  gint64 points = exemplar_indicator_get_points (indicator);
  gint64 sum = exemplar_indicator_get_children_sum (indicator);
  g_autofree char *text = exemplar_points_format (points);
  gboolean differs;

  /* A bonus group's items may add up to more than its cap, by design. */
  differs = kind == EXEMPLAR_INDICATOR_ITEM && !exemplar_indicator_is_leaf (indicator) && sum != points;

  if (kind == EXEMPLAR_INDICATOR_VETO && points == 0)
    {
      /* Translators: shown instead of points for a veto item. */
      gtk_label_set_label (GTK_LABEL (cell), C_("points", "—"));
      gtk_widget_set_tooltip_text (cell, _("A veto item carries no points"));
    }
  else if (differs)
    {
      g_autofree char *sum_text = exemplar_points_format (sum);
      g_autofree char *label = NULL;
      g_autofree char *tooltip = NULL;

      /* Translators: a group's points and, in brackets, what its children
       * add up to when that differs, e.g. "8 (children 8.5)". */
      label = g_strdup_printf (_("%s (children %s)"), text, sum_text);
      tooltip = g_strdup_printf (_("The children add up to %s points, not %s."), sum_text, text);
      gtk_label_set_label (GTK_LABEL (cell), label);
      gtk_widget_set_tooltip_text (cell, tooltip);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (cell), text);
      gtk_widget_set_tooltip_text (cell, NULL);
    }

  set_label_class (cell, "warning", differs);
  set_label_class (cell, "heading", exemplar_indicator_get_parent (indicator) == NULL);
}

static GtkWidget *
setup_scoring_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *type = create_cell_label (FALSE, 0);
  GtkWidget *rule = create_cell_label (TRUE, 3);

  gtk_widget_add_css_class (type, "caption-heading");
  gtk_box_append (GTK_BOX (box), type);
  gtk_box_append (GTK_BOX (box), rule);

  g_object_set_data (G_OBJECT (box), "type-label", type);
  g_object_set_data (G_OBJECT (box), "rule-label", rule);

  return box;
}

static void
update_scoring_cell (ExemplarRubricPage *self,
                     GtkWidget          *cell,
                     ExemplarIndicator  *indicator)
{
  GtkWidget *type = g_object_get_data (G_OBJECT (cell), "type-label");
  GtkWidget *rule = g_object_get_data (G_OBJECT (cell), "rule-label");
  gboolean leaf = exemplar_indicator_is_leaf (indicator);
  const char *title = leaf ? exemplar_scoring_type_get_title (exemplar_indicator_get_scoring_type (indicator)) : "";
  const char *rule_text = leaf ? exemplar_indicator_get_rule (indicator) : NULL;

  gtk_label_set_label (GTK_LABEL (type), title);
  gtk_widget_set_visible (type, title[0] != '\0');
  gtk_label_set_label (GTK_LABEL (rule), rule_text);
  gtk_widget_set_visible (rule, rule_text != NULL);
  gtk_widget_set_tooltip_text (rule, rule_text);
}

static GtkWidget *
setup_methods_cell (void)
{
  return create_cell_label (TRUE, 0);
}

static void
update_methods_cell (ExemplarRubricPage *self,
                     GtkWidget          *cell,
                     ExemplarIndicator  *indicator)
{
  g_autofree char *methods = NULL;

  if (exemplar_indicator_is_leaf (indicator))
    methods = exemplar_methods_format (exemplar_indicator_get_methods (indicator));

  gtk_label_set_label (GTK_LABEL (cell), methods);
}

static GtkWidget *
setup_evidence_cell (void)
{
  return create_cell_label (TRUE, 3);
}

static void
update_evidence_cell (ExemplarRubricPage *self,
                      GtkWidget          *cell,
                      ExemplarIndicator  *indicator)
{
  const char *evidence = exemplar_indicator_is_leaf (indicator) ? exemplar_indicator_get_evidence (indicator) : NULL;

  gtk_label_set_label (GTK_LABEL (cell), evidence);
  gtk_widget_set_tooltip_text (cell, evidence);
}

static GtkWidget *
setup_responsible_cell (void)
{
  return create_cell_label (TRUE, 2);
}

static void
update_responsible_cell (ExemplarRubricPage *self,
                         GtkWidget          *cell,
                         ExemplarIndicator  *indicator)
{
  const char *code = exemplar_indicator_get_responsible (indicator);
  ExemplarUnit *unit = code != NULL ? g_hash_table_lookup (self->member_units, code) : NULL;

  if (unit != NULL)
    {
      gtk_label_set_label (GTK_LABEL (cell), exemplar_unit_get_name (unit));
      gtk_widget_set_tooltip_text (cell, exemplar_unit_get_name_en (unit));
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (cell), code);
      gtk_widget_set_tooltip_text (cell, NULL);
    }
}

static GtkWidget *
setup_marks_cell (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "state-pill");

  return label;
}

static void
update_marks_cell (ExemplarRubricPage *self,
                   GtkWidget          *cell,
                   ExemplarIndicator  *indicator)
{
  ExemplarIndicatorKind kind = exemplar_indicator_get_kind (indicator);

  if (kind == EXEMPLAR_INDICATOR_BONUS)
    {
      gtk_label_set_label (GTK_LABEL (cell), C_("indicator mark", "Bonus"));
      gtk_widget_set_tooltip_text (cell, _("Bonus points, capped, on top of the total"));
    }
  else if (kind == EXEMPLAR_INDICATOR_VETO)
    {
      gtk_label_set_label (GTK_LABEL (cell), C_("indicator mark", "Veto"));
      gtk_widget_set_tooltip_text (cell, _("A veto item: a breach disqualifies the applicant"));
    }

  gtk_widget_set_visible (cell, kind != EXEMPLAR_INDICATOR_ITEM);
  set_label_class (cell, "accent", kind == EXEMPLAR_INDICATOR_BONUS);
  set_label_class (cell, "error", kind == EXEMPLAR_INDICATOR_VETO);
}

static void
on_indicator_notify_cb (ExemplarIndicator *indicator,
                        GParamSpec        *pspec,
                        GtkListItem       *list_item)
{
  ColumnCells *cells = g_object_get_data (G_OBJECT (list_item), "exemplar-cells");

  cells->update (cells->page, gtk_list_item_get_child (list_item), indicator);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  ColumnCells              *cells)
{
  g_object_set_data (G_OBJECT (list_item), "exemplar-cells", cells);
  gtk_list_item_set_child (list_item, cells->setup ());
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 ColumnCells              *cells)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autoptr(ExemplarIndicator) indicator = gtk_tree_list_row_get_item (row);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), row);

  /* Any change of the indicator refreshes the cell, so edits show at once.
   * The row forgets its item when it leaves the tree, so keep it here for
   * unbinding. */
  g_signal_connect (indicator, "notify", G_CALLBACK (on_indicator_notify_cb), list_item);
  g_object_set_data_full (G_OBJECT (list_item), "exemplar-indicator",
                          g_object_ref (indicator), g_object_unref);
  cells->update (cells->page, child, indicator);
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   ColumnCells              *cells)
{
  ExemplarIndicator *indicator = g_object_get_data (G_OBJECT (list_item), "exemplar-indicator");
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (indicator != NULL)
    {
      g_signal_handlers_disconnect_by_func (indicator, on_indicator_notify_cb, list_item);
      g_object_set_data (G_OBJECT (list_item), "exemplar-indicator", NULL);
    }

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
}

static void
column_cells_free (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

static void
set_up_column (ExemplarRubricPage  *self,
               GtkColumnViewColumn *column,
               CellSetupFunc        setup,
               CellUpdateFunc       update)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  ColumnCells *cells = g_new0 (ColumnCells, 1);

  cells->page = self;
  cells->setup = setup;
  cells->update = update;

  g_signal_connect_data (factory, "setup", G_CALLBACK (on_cell_setup_cb),
                         cells, column_cells_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), cells);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), cells);

  gtk_column_view_column_set_factory (column, factory);
}

void
_exemplar_rubric_page_set_up_columns (ExemplarRubricPage *self)
{
  set_up_column (self, self->name_column, setup_name_cell, update_name_cell);
  set_up_column (self, self->points_column, setup_points_cell, update_points_cell);
  set_up_column (self, self->scoring_column, setup_scoring_cell, update_scoring_cell);
  set_up_column (self, self->methods_column, setup_methods_cell, update_methods_cell);
  set_up_column (self, self->evidence_column, setup_evidence_cell, update_evidence_cell);
  set_up_column (self, self->responsible_column, setup_responsible_cell, update_responsible_cell);
  set_up_column (self, self->marks_column, setup_marks_cell, update_marks_cell);
}
