/* exemplar-results-page-columns.c
 *
 * The ranking's columns: rank (with ties marked), unit, total, one column
 * per top-level branch of the rubric, self-score and gap, sheets counted,
 * flags. A click on a column's title sorts by it; with none chosen the
 * ranking keeps the results' order.
 *
 * GTK 4.8 keeps about 200 rows of a list built and makes a new row for
 * every new item, which for 2,000 units costs far more than a frame. So
 * the items are ExemplarRankingRow places that stay from one computation
 * (or sort) to the next: the page puts the standings in them in the order
 * shown, a row notifies only when it reads differently, and its cells are
 * refilled then, setting only what changed. The first time, when the rows
 * are built, they are added a few per frame until there are more than GTK
 * builds; the rest cost nothing and come at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-ranking-row.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

/* GTK 4.8 builds the rows of about 200 items around the one in view. */
#define BUILT_ROWS         256
/* Building rows takes at most this much of a frame. */
#define ROWS_BUDGET_USEC   6000

typedef GtkWidget *(*CellSetupFunc) (void);
typedef void       (*CellBindFunc)  (GtkWidget         *cell,
                                     ExemplarStanding  *standing,
                                     ExemplarIndicator *branch);

/* What one column's factory makes and how it fills a cell. */
typedef struct
{
  CellSetupFunc      setup;
  CellBindFunc       bind;
  ExemplarIndicator *branch;
} ColumnCells;

static void
column_cells_free (gpointer data)
{
  ColumnCells *cells = data;

  g_clear_object (&cells->branch);
  g_free (cells);
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* Setting a label's text, even the same, makes GTK lay it out again. */
static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text != NULL ? text : "") != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* Tooltips are made when asked for: setting a tooltip costs more than the
 * rest of a cell, and a row is built for each of some 200 units at once. */
typedef char *(*TooltipFunc) (ExemplarStanding *standing);

static ExemplarStanding *
get_cell_standing (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (widget), "exemplar-list-item");
      ExemplarRankingRow *row;

      if (item == NULL)
        continue;

      row = gtk_list_item_get_item (item);
      return row != NULL ? exemplar_ranking_row_get_standing (row) : NULL;
    }

  return NULL;
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  TooltipFunc func = user_data;
  ExemplarStanding *standing = get_cell_standing (widget);
  g_autofree char *text = standing != NULL ? func (standing) : NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
add_tooltip (GtkWidget   *widget,
             TooltipFunc  func)
{
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), func);
}

static gboolean
is_out_of_ranking (ExemplarStanding *standing)
{
  return exemplar_standing_get_rank (standing) == 0;
}

static GtkWidget *
create_number_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

/* A unit without a counted sheet has no scores, not zeros. */
static void
set_points (GtkWidget        *label,
            gint64            hundredths,
            ExemplarStanding *standing)
{
  g_autofree char *text = exemplar_points_format (hundredths);

  if (exemplar_standing_get_sheets (standing) == 0)
    /* Translators: in place of a score where no sheet counts yet. */
    set_text (label, C_("points", "—"));
  else
    set_text (label, text);

  set_class (label, "dim-label", is_out_of_ranking (standing));
}

/* Rank */

static char *
dup_rank_tooltip (ExemplarStanding *standing)
{
  return _exemplar_results_page_shorten (exemplar_standing_get_tie_note (standing), 500);
}

static GtkWidget *
setup_rank_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "ranking-rank");
  add_tooltip (label, dup_rank_tooltip);

  return label;
}

static void
bind_rank_cell (GtkWidget         *cell,
                ExemplarStanding  *standing,
                ExemplarIndicator *branch)
{
  guint rank = exemplar_standing_get_rank (standing);
  gboolean vetoed = exemplar_standing_get_vetoed (standing);
  g_autofree char *text = NULL;

  if (vetoed)
    text = g_strdup (_("Vetoed"));
  else if (rank == 0)
    /* Translators: the rank of a unit that is not ranked (no submitted sheet). */
    text = g_strdup (C_("rank", "—"));
  else if (exemplar_standing_get_tied (standing))
    /* Translators: a rank shared with another unit after every tie-break,
     * e.g. "=3". */
    text = g_strdup_printf (_("=%u"), rank);
  else
    text = g_strdup_printf ("%u", rank);

  set_text (cell, text);
  set_class (cell, "heading", rank > 0 && rank <= 3);
  set_class (cell, "error", vetoed);
  set_class (cell, "dim-label", !vetoed && rank == 0);
}

/* Unit */

static char *
dup_unit_code (ExemplarStanding *standing)
{
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);

  return unit != NULL ? g_strdup (exemplar_unit_get_code (unit)) : NULL;
}

/* Why a unit has no rank is said where its name is. */
static char *
dup_unit_note (ExemplarStanding *standing)
{
  if (exemplar_standing_get_vetoed (standing))
    {
      const char *reason = exemplar_standing_get_veto_reason (standing);

      /* Translators: under a vetoed unit's name; %s is the office's reason. */
      return g_strdup_printf (_("Vetoed: %s"), reason != NULL ? reason : "");
    }
  else if (exemplar_standing_get_sheets (standing) == 0)
    {
      return g_strdup (_("No submitted sheet yet"));
    }

  return NULL;
}

static GtkWidget *
setup_unit_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "ranking-unit");
  add_tooltip (name, dup_unit_code);

  gtk_label_set_xalign (GTK_LABEL (note), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (note), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "ranking-note");
  gtk_widget_set_visible (note, FALSE);
  add_tooltip (note, dup_unit_note);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), note);

  g_object_set_data (G_OBJECT (box), "name-label", name);
  g_object_set_data (G_OBJECT (box), "note-label", note);

  return box;
}

static void
bind_unit_cell (GtkWidget         *cell,
                ExemplarStanding  *standing,
                ExemplarIndicator *branch)
{
  GtkWidget *name = g_object_get_data (G_OBJECT (cell), "name-label");
  GtkWidget *note = g_object_get_data (G_OBJECT (cell), "note-label");
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);
  gboolean vetoed = exemplar_standing_get_vetoed (standing);
  g_autofree char *text = dup_unit_note (standing);

  set_text (name, unit != NULL ? exemplar_unit_get_name (unit) : "");
  set_text (note, text);
  gtk_widget_set_visible (note, text != NULL);
  set_class (note, "error", vetoed);
  set_class (note, "dim-label", !vetoed);
}

/* Total, subtotals, self-score, gap */

static GtkWidget *
setup_total_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "ranking-total");

  return label;
}

static void
bind_total_cell (GtkWidget         *cell,
                 ExemplarStanding  *standing,
                 ExemplarIndicator *branch)
{
  set_points (cell, exemplar_standing_get_total (standing), standing);
}

static GtkWidget *
setup_subtotal_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_widget_add_css_class (label, "ranking-subtotal");

  return label;
}

static void
bind_subtotal_cell (GtkWidget         *cell,
                    ExemplarStanding  *standing,
                    ExemplarIndicator *branch)
{
  set_points (cell, exemplar_standing_get_subtotal (standing, branch), standing);
}

static GtkWidget *
setup_self_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_widget_add_css_class (label, "ranking-self");

  return label;
}

static void
bind_self_cell (GtkWidget         *cell,
                ExemplarStanding  *standing,
                ExemplarIndicator *branch)
{
  g_autofree char *text = exemplar_points_format (exemplar_standing_get_self_total (standing));

  /* The applicant's own figure stands whatever the reviewers did. */
  set_text (cell, text);
  set_class (cell, "dim-label", is_out_of_ranking (standing));
}

static char *
dup_gap_tooltip (ExemplarStanding *standing)
{
  gint64 gap = exemplar_standing_get_gap (standing);

  if (exemplar_standing_get_sheets (standing) == 0 || gap == 0)
    return NULL;

  return g_strdup (gap < 0 ? _("The reviewers gave less than the unit's self-assessment")
                           : _("The reviewers gave more than the unit's self-assessment"));
}

static GtkWidget *
setup_gap_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_widget_add_css_class (label, "ranking-gap");
  add_tooltip (label, dup_gap_tooltip);

  return label;
}

static void
bind_gap_cell (GtkWidget         *cell,
               ExemplarStanding  *standing,
               ExemplarIndicator *branch)
{
  gint64 gap = exemplar_standing_get_gap (standing);
  g_autofree char *text = _exemplar_results_page_format_signed (gap);

  if (exemplar_standing_get_sheets (standing) == 0)
    {
      set_text (cell, C_("points", "—"));
      set_class (cell, "dim-label", TRUE);
      return;
    }

  set_text (cell, text);
  set_class (cell, "dim-label", is_out_of_ranking (standing) || gap == 0);
}

/* Sheets */

static char *
dup_sheets_tooltip (ExemplarStanding *standing)
{
  guint sheets = exemplar_standing_get_sheets (standing);
  guint assigned = exemplar_standing_get_assigned (standing);

  if (sheets >= assigned)
    return NULL;

  /* Translators: a tooltip, e.g. "1 of 5 assigned sheets is not submitted yet". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u assigned sheets is not submitted yet",
                                       "%u of %u assigned sheets are not submitted yet",
                                       assigned - sheets),
                          assigned - sheets, assigned);
}

static GtkWidget *
setup_sheets_cell (void)
{
  GtkWidget *label = create_number_label ();

  gtk_widget_add_css_class (label, "ranking-sheets");
  add_tooltip (label, dup_sheets_tooltip);

  return label;
}

static void
bind_sheets_cell (GtkWidget         *cell,
                  ExemplarStanding  *standing,
                  ExemplarIndicator *branch)
{
  guint sheets = exemplar_standing_get_sheets (standing);
  guint assigned = exemplar_standing_get_assigned (standing);
  g_autofree char *text = NULL;

  /* Translators: sheets counted of sheets assigned, e.g. "4 / 5". */
  text = g_strdup_printf (_("%u / %u"), sheets, assigned);
  set_text (cell, text);
  set_class (cell, "warning", sheets < assigned);
}

/* Flags */

static char *
dup_flags_tooltip (ExemplarStanding *standing)
{
  g_autoptr(GPtrArray) flags = NULL;
  GString *tooltip;

  if (exemplar_standing_get_n_flags (standing) == 0)
    return NULL;

  flags = exemplar_standing_get_flags (standing);
  tooltip = g_string_new (NULL);
  for (guint i = 0; i < flags->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (flags, i);

      g_string_append_printf (tooltip, i > 0 ? "\n%s %s" : "%s %s",
                              exemplar_indicator_get_code (leaf),
                              exemplar_indicator_get_name (leaf));
    }

  return g_string_free (tooltip, FALSE);
}

static GtkWidget *
setup_flags_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *image = gtk_image_new_from_icon_name ("emoji-flags-symbolic");
  GtkWidget *count = create_number_label ();

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_add_css_class (image, "warning");
  gtk_widget_set_visible (image, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Flagged items"),
                                  -1);
  gtk_widget_add_css_class (count, "ranking-flags");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), count);
  add_tooltip (box, dup_flags_tooltip);

  g_object_set_data (G_OBJECT (box), "flag-image", image);
  g_object_set_data (G_OBJECT (box), "count-label", count);

  return box;
}

static void
bind_flags_cell (GtkWidget         *cell,
                 ExemplarStanding  *standing,
                 ExemplarIndicator *branch)
{
  GtkWidget *image = g_object_get_data (G_OBJECT (cell), "flag-image");
  GtkWidget *count = g_object_get_data (G_OBJECT (cell), "count-label");
  guint n = exemplar_standing_get_n_flags (standing);
  g_autofree char *text = g_strdup_printf ("%u", n);

  set_text (count, n > 0 ? text : "");
  gtk_widget_set_visible (image, n > 0);
}

/* Factories */

static void
fill_cell (GtkListItem *item)
{
  ColumnCells *cells = g_object_get_data (G_OBJECT (item), "exemplar-cells");
  ExemplarRankingRow *row = gtk_list_item_get_item (item);
  ExemplarStanding *standing = row != NULL ? exemplar_ranking_row_get_standing (row) : NULL;

  if (standing != NULL)
    cells->bind (gtk_list_item_get_child (item), standing, cells->branch);
}

static void
on_row_standing_cb (ExemplarRankingRow *row,
                    GParamSpec         *pspec,
                    GtkListItem        *item)
{
  fill_cell (item);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ColumnCells              *cells)
{
  GtkWidget *child = cells->setup ();

  g_object_set_data (G_OBJECT (item), "exemplar-cells", cells);
  g_object_set_data (G_OBJECT (child), "exemplar-list-item", item);
  gtk_list_item_set_child (item, child);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            ColumnCells              *cells)
{
  ExemplarRankingRow *row = gtk_list_item_get_item (item);
  gulong handler;

  fill_cell (item);
  handler = g_signal_connect (row, "notify::standing", G_CALLBACK (on_row_standing_cb), item);
  g_object_set_data (G_OBJECT (item), "exemplar-row-handler", GSIZE_TO_POINTER (handler));
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnCells              *cells)
{
  ExemplarRankingRow *row = gtk_list_item_get_item (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (item), "exemplar-row-handler"));

  if (row != NULL && handler != 0)
    g_signal_handler_disconnect (row, handler);
}

static GtkListItemFactory *
create_factory (CellSetupFunc      setup,
                CellBindFunc       bind,
                ExemplarIndicator *branch)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnCells *cells = g_new0 (ColumnCells, 1);

  cells->setup = setup;
  cells->bind = bind;
  cells->branch = branch != NULL ? g_object_ref (branch) : NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), cells);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), cells);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), cells);
  g_object_set_data_full (G_OBJECT (factory), "exemplar-cells", cells, column_cells_free);

  return factory;
}

/* Sorters, on standings: bigger first for points, as a ranking reads;
 * units out of the ranking last. */

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint rank_a = exemplar_standing_get_rank ((ExemplarStanding *) a);
  guint rank_b = exemplar_standing_get_rank ((ExemplarStanding *) b);

  if (rank_a == rank_b)
    return GTK_ORDERING_EQUAL;
  if (rank_a == 0)
    return GTK_ORDERING_LARGER;
  if (rank_b == 0)
    return GTK_ORDERING_SMALLER;

  return rank_a < rank_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static int
compare_values (gint64 a,
                gint64 b)
{
  if (a == b)
    return GTK_ORDERING_EQUAL;

  return a > b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static int
compare_total (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare_values (exemplar_standing_get_total ((ExemplarStanding *) a),
                         exemplar_standing_get_total ((ExemplarStanding *) b));
}

static int
compare_subtotal (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_values (exemplar_standing_get_subtotal ((ExemplarStanding *) a, user_data),
                         exemplar_standing_get_subtotal ((ExemplarStanding *) b, user_data));
}

static int
compare_self (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return compare_values (exemplar_standing_get_self_total ((ExemplarStanding *) a),
                         exemplar_standing_get_self_total ((ExemplarStanding *) b));
}

static int
compare_gap (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return compare_values (exemplar_standing_get_gap ((ExemplarStanding *) a),
                         exemplar_standing_get_gap ((ExemplarStanding *) b));
}

static int
compare_flags (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare_values (exemplar_standing_get_n_flags ((ExemplarStanding *) a),
                         exemplar_standing_get_n_flags ((ExemplarStanding *) b));
}

static void
set_up_column (GtkColumnViewColumn *column,
               CellSetupFunc        setup,
               CellBindFunc         bind,
               GCompareDataFunc     compare)
{
  g_autoptr(GtkListItemFactory) factory = create_factory (setup, bind, NULL);

  gtk_column_view_column_set_factory (column, factory);

  if (compare != NULL)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL));

      gtk_column_view_column_set_sorter (column, sorter);
    }
}

void
_exemplar_results_page_set_up_columns (ExemplarResultsPage *self)
{
  set_up_column (self->rank_column, setup_rank_cell, bind_rank_cell, compare_rank);
  set_up_column (self->unit_column, setup_unit_cell, bind_unit_cell, NULL);
  set_up_column (self->total_column, setup_total_cell, bind_total_cell, compare_total);
  set_up_column (self->self_column, setup_self_cell, bind_self_cell, compare_self);
  set_up_column (self->gap_column, setup_gap_cell, bind_gap_cell, compare_gap);
  set_up_column (self->sheets_column, setup_sheets_cell, bind_sheets_cell, NULL);
  set_up_column (self->flags_column, setup_flags_cell, bind_flags_cell, compare_flags);
}

static gboolean
branches_match (GPtrArray *columns,
                GPtrArray *branches)
{
  guint n = branches != NULL ? branches->len : 0;

  if (columns->len != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      ExemplarIndicator *shown = g_object_get_data (g_ptr_array_index (columns, i), "exemplar-branch");

      if (shown != g_ptr_array_index (branches, i) ||
          g_strcmp0 (gtk_column_view_column_get_title (g_ptr_array_index (columns, i)),
                     exemplar_indicator_get_name (shown)) != 0)
        return FALSE;
    }

  return TRUE;
}

static guint
column_position (GtkColumnView       *view,
                 GtkColumnViewColumn *column)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) other = g_list_model_get_item (columns, i);

      if (other == column)
        return i;
    }

  return n;
}

void
_exemplar_results_page_update_branch_columns (ExemplarResultsPage *self)
{
  g_autoptr(GPtrArray) branches = NULL;
  guint position;

  if (self->results == NULL)
    return;

  branches = exemplar_results_get_branches (self->results);
  if (branches_match (self->branch_columns, branches))
    return;

  for (guint i = 0; i < self->branch_columns->len; i++)
    gtk_column_view_remove_column (self->ranking_view, g_ptr_array_index (self->branch_columns, i));
  g_ptr_array_set_size (self->branch_columns, 0);

  if (branches == NULL)
    return;

  position = column_position (self->ranking_view, self->total_column) + 1;

  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);
      g_autoptr(GtkListItemFactory) factory = create_factory (setup_subtotal_cell, bind_subtotal_cell, branch);
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_subtotal, g_object_ref (branch), g_object_unref));
      GtkColumnViewColumn *column;

      column = gtk_column_view_column_new (exemplar_indicator_get_name (branch), g_steal_pointer (&factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, 84);
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_set_data_full (G_OBJECT (column), "exemplar-branch", g_object_ref (branch), g_object_unref);

      gtk_column_view_insert_column (self->ranking_view, position + i, column);
      g_ptr_array_add (self->branch_columns, column);
    }
}

static int
compare_by_sorter (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return gtk_sorter_compare (user_data, *(gpointer *) a, *(gpointer *) b);
}

/* Adds pending rows: @n of them, or all when the list already has more
 * than GTK builds. */
static void
add_pending_rows (ExemplarResultsPage *self,
                  guint                n)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (n_rows >= BUILT_ROWS)
    n = self->pending_rows->len;
  n = MIN (n, self->pending_rows->len);
  if (n == 0)
    return;

  g_list_store_splice (self->rows, n_rows, 0, self->pending_rows->pdata, n);
  g_ptr_array_remove_range (self->pending_rows, 0, n);
}

static gboolean
add_rows_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  gint64 start = g_get_monotonic_time ();
  gint64 spent;

  add_pending_rows (self, self->rows_per_frame);
  spent = g_get_monotonic_time () - start;

  /* As many rows next time as fit the budget at this frame's pace. */
  if (spent < ROWS_BUDGET_USEC / 2)
    self->rows_per_frame = MIN (self->rows_per_frame * 2, BUILT_ROWS);
  else if (spent > ROWS_BUDGET_USEC)
    self->rows_per_frame = MAX (self->rows_per_frame / 2, 1);

  if (self->pending_rows->len > 0)
    return G_SOURCE_CONTINUE;

  self->rows_tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
_exemplar_results_page_flush_rows (ExemplarResultsPage *self)
{
  if (self->rows_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick_id);
      self->rows_tick_id = 0;
    }

  if (self->pending_rows->len > 0)
    {
      g_list_store_splice (self->rows, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), 0,
                           self->pending_rows->pdata, self->pending_rows->len);
      g_ptr_array_set_size (self->pending_rows, 0);
    }
}

void
_exemplar_results_page_update_rows (ExemplarResultsPage *self)
{
  GListModel *rows = G_LIST_MODEL (self->rows);
  GtkSorter *sorter = gtk_column_view_get_sorter (self->ranking_view);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) branches = NULL;
  guint n = self->results != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->results)) : 0;
  guint n_shown = g_list_model_get_n_items (rows);
  guint n_rows = n_shown + self->pending_rows->len;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (self->results), i));

  /* A stable sort: what the column leaves equal stays in rank order. */
  if (n > 1 && sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    g_ptr_array_sort_with_data (order, compare_by_sorter, sorter);

  if (self->results != NULL)
    branches = exemplar_results_get_branches (self->results);

  g_hash_table_remove_all (self->positions);
  for (guint i = 0; i < n; i++)
    {
      ExemplarStanding *standing = g_ptr_array_index (order, i);
      ExemplarUnit *unit = exemplar_standing_get_unit (standing);

      if (i < n_shown)
        {
          g_autoptr(ExemplarRankingRow) row = g_list_model_get_item (rows, i);

          exemplar_ranking_row_set_standing (row, standing, branches);
        }
      else if (i < n_rows)
        {
          exemplar_ranking_row_set_standing (g_ptr_array_index (self->pending_rows, i - n_shown), standing, branches);
        }
      else
        {
          ExemplarRankingRow *row = exemplar_ranking_row_new ();

          exemplar_ranking_row_set_standing (row, standing, branches);
          g_ptr_array_add (self->pending_rows, row);
        }

      if (unit != NULL)
        g_hash_table_insert (self->positions, (gpointer) exemplar_unit_get_code (unit), GUINT_TO_POINTER (i + 1));
    }

  if (n < n_rows)
    {
      if (n >= n_shown)
        {
          g_ptr_array_remove_range (self->pending_rows, n - n_shown, n_rows - n);
        }
      else
        {
          g_ptr_array_set_size (self->pending_rows, 0);
          g_list_store_splice (self->rows, n, n_shown - n, NULL, 0);
        }
    }

  /* The first rows now, the others frame by frame. */
  if (self->pending_rows->len > 0)
    {
      if (self->rows_per_frame == 0)
        self->rows_per_frame = 4;
      add_pending_rows (self, self->rows_per_frame);
      if (self->pending_rows->len > 0 && self->rows_tick_id == 0)
        self->rows_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), add_rows_tick_cb, NULL, NULL);
    }
}
