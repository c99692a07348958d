/* exemplar-results-page-detail.c
 *
 * The selected unit below the ranking: its rank, total and notes (veto,
 * tie-break), every scored item with its aggregate and each counted
 * reviewer's points and reason, flagged items marked, and the chart of its
 * protections beside (or, on a narrow window, instead of) the items.
 *
 * The items are a list view over the rubric flattened (branches as
 * headings, leaves as rows). GTK 4.8 builds every row of so short a list,
 * and a unit's rows with all their reviewers' lines cost more than a frame:
 * when another unit is shown, the rows in view are filled at once and the
 * others a few per frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

/* Filling the rows out of view takes at most this much of a frame. */
#define BREAKDOWN_BUDGET_USEC 6000
/* Rows of the breakdown added a frame when it is first shown. */
#define ITEMS_PER_FRAME       8

/* One row of the breakdown; its widgets are reused from item to item. */
typedef struct
{
  ExemplarIndicator *indicator;
  GtkWidget         *box;
  GtkWidget         *code;
  GtkWidget         *name;
  GtkWidget         *flag;
  GtkWidget         *value;
  GtkWidget         *reviewers;
  gboolean           stale;       /* shows another standing than the page's */
} BreakdownRow;

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

static void
flatten (GListModel *indicators,
         GPtrArray  *out)
{
  guint n = g_list_model_get_n_items (indicators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (indicators, i);

      /* Veto items are never scored: the veto shows in the header. */
      if (exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO)
        continue;

      g_ptr_array_add (out, g_object_ref (indicator));
      if (!exemplar_indicator_is_leaf (indicator))
        flatten (exemplar_indicator_get_children (indicator), out);
    }
}

/* Whether the list (its rows and those still pending) holds @items. */
static gboolean
same_items (ExemplarResultsPage *self,
            GPtrArray           *items)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_shown = g_list_model_get_n_items (model);

  if (n_shown + self->pending_items->len != items->len)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(ExemplarIndicator) item = i < n_shown ? g_list_model_get_item (model, i)
                                                      : g_object_ref (g_ptr_array_index (self->pending_items, i - n_shown));

      if (item != g_ptr_array_index (items, i))
        return FALSE;
    }

  return TRUE;
}

/* Adds up to @n pending items; returns whether some are left. */
static gboolean
add_pending_items (ExemplarResultsPage *self,
                   guint                n)
{
  n = MIN (n, self->pending_items->len);
  if (n > 0)
    {
      g_list_store_splice (self->items, g_list_model_get_n_items (G_LIST_MODEL (self->items)), 0,
                           self->pending_items->pdata, n);
      g_ptr_array_remove_range (self->pending_items, 0, n);
    }

  return self->pending_items->len > 0;
}

/* Laying out a hundred rows of wrapped Chinese text at once costs several
 * frames: a few rows a frame, and only while the list is on screen (rows
 * added out of sight would all be laid out when it shows). */
static gboolean
add_items_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->breakdown_view)) ||
      add_pending_items (self, ITEMS_PER_FRAME))
    return G_SOURCE_CONTINUE;

  self->items_tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
_exemplar_results_page_flush_items (ExemplarResultsPage *self)
{
  if (self->items_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->items_tick_id);
      self->items_tick_id = 0;
    }

  add_pending_items (self, G_MAXUINT);
}

/* The items follow the rubric; refilled only when it changed, so that the
 * list keeps its scroll position as the results are recomputed. */
void
_exemplar_results_page_rebuild_items (ExemplarResultsPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->campaign != NULL)
    flatten (G_LIST_MODEL (exemplar_campaign_get_rubric (self->campaign)), items);

  if (same_items (self, items))
    return;

  g_ptr_array_set_size (self->pending_items, 0);
  g_list_store_remove_all (self->items);
  g_ptr_array_extend_and_steal (self->pending_items, g_steal_pointer (&items));

  if (self->items_tick_id == 0 && self->pending_items->len > 0)
    self->items_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), add_items_tick_cb, NULL, NULL);
}

/* Rows */

static GtkWidget *
create_label (const char *css_class,
              gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
on_breakdown_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       ExemplarResultsPage      *self)
{
  BreakdownRow *row = g_new0 (BreakdownRow, 1);
  GtkWidget *line;

  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (row->box, "breakdown-row");

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (row->box), line);

  row->code = create_label ("numeric", FALSE);
  gtk_widget_set_valign (row->code, GTK_ALIGN_BASELINE);
  gtk_label_set_width_chars (GTK_LABEL (row->code), 6);
  gtk_box_append (GTK_BOX (line), row->code);

  row->name = create_label ("breakdown-name", TRUE);
  gtk_widget_set_valign (row->name, GTK_ALIGN_BASELINE);
  gtk_widget_set_hexpand (row->name, TRUE);
  gtk_box_append (GTK_BOX (line), row->name);

  row->flag = gtk_image_new_from_icon_name ("emoji-flags-symbolic");
  gtk_widget_set_valign (row->flag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->flag, "warning");
  gtk_widget_set_tooltip_text (row->flag, _("The reviewers' points are far apart: consider a re-review"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->flag),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Flagged"),
                                  -1);
  gtk_box_append (GTK_BOX (line), row->flag);

  row->value = create_label ("numeric", FALSE);
  gtk_widget_set_valign (row->value, GTK_ALIGN_BASELINE);
  gtk_label_set_xalign (GTK_LABEL (row->value), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (row->value), 11);
  gtk_widget_add_css_class (row->value, "breakdown-value");
  gtk_box_append (GTK_BOX (line), row->value);

  row->reviewers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (row->reviewers, 14 + 8);
  gtk_box_append (GTK_BOX (row->box), row->reviewers);

  g_object_set_data_full (G_OBJECT (row->box), "exemplar-breakdown-row", row, g_free);
  gtk_list_item_set_child (item, row->box);
  gtk_list_item_set_activatable (item, FALSE);
}

static GtkWidget *
create_reviewer_line (void)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *points = create_label ("numeric", FALSE);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  GtkWidget *who = create_label ("score-reviewer", TRUE);
  GtkWidget *reason = create_label ("score-reason", TRUE);

  gtk_label_set_width_chars (GTK_LABEL (points), 5);
  gtk_label_set_xalign (GTK_LABEL (points), 1.0);
  gtk_widget_set_valign (points, GTK_ALIGN_START);
  gtk_widget_add_css_class (points, "score-points");
  gtk_widget_add_css_class (who, "caption");
  gtk_widget_add_css_class (who, "dim-label");
  gtk_label_set_selectable (GTK_LABEL (reason), TRUE);
  gtk_widget_set_hexpand (texts, TRUE);

  gtk_box_append (GTK_BOX (texts), who);
  gtk_box_append (GTK_BOX (texts), reason);
  gtk_box_append (GTK_BOX (line), points);
  gtk_box_append (GTK_BOX (line), texts);

  g_object_set_data (G_OBJECT (line), "points-label", points);
  g_object_set_data (G_OBJECT (line), "who-label", who);
  g_object_set_data (G_OBJECT (line), "reason-label", reason);

  return line;
}

/* Reviewers who gave the same points in the same round without a reason
 * share a line; a reason always has a line of its own. */
typedef struct
{
  gint64         points;
  ExemplarRound *round;
  const char    *reason;
  GString       *who;
} ReviewerLine;

static void
reviewer_line_clear (gpointer data)
{
  ReviewerLine *line = data;

  g_string_free (line->who, TRUE);
}

static GArray *
group_details (GPtrArray *details)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (ReviewerLine));

  g_array_set_clear_func (lines, reviewer_line_clear);

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const ExemplarScoreDetail *detail = g_ptr_array_index (details, i);
      gboolean has_reason = detail->reason != NULL && detail->reason[0] != '\0';
      g_autofree char *label = detail->reviewer != NULL ? exemplar_reviewer_dup_label (detail->reviewer) : g_strdup ("");
      ReviewerLine *line = NULL;

      for (guint j = 0; !has_reason && j < lines->len; j++)
        {
          ReviewerLine *other = &g_array_index (lines, ReviewerLine, j);

          if (other->reason == NULL && other->points == detail->points && other->round == detail->round)
            {
              line = other;
              break;
            }
        }

      if (line != NULL)
        {
          /* Translators: the separator between reviewers' names in a list. */
          g_string_append (line->who, C_("list", ", "));
          g_string_append (line->who, label);
          continue;
        }

      g_array_set_size (lines, lines->len + 1);
      line = &g_array_index (lines, ReviewerLine, lines->len - 1);
      line->points = detail->points;
      line->round = detail->round;
      line->reason = has_reason ? detail->reason : NULL;
      line->who = g_string_new (NULL);
      if (detail->round != NULL)
        /* Translators: the round, before the names of who scored in it,
         * e.g. "书面调阅: 王敏（区教育局）、李强（区民政局）". */
        g_string_printf (line->who, _("%s: "), exemplar_round_get_name (detail->round));
      g_string_append (line->who, label);
    }

  return lines;
}

static void
fill_reviewer_line (GtkWidget          *widget,
                    const ReviewerLine *line)
{
  GtkWidget *points = g_object_get_data (G_OBJECT (widget), "points-label");
  GtkWidget *who = g_object_get_data (G_OBJECT (widget), "who-label");
  GtkWidget *reason = g_object_get_data (G_OBJECT (widget), "reason-label");
  g_autofree char *points_text = exemplar_points_format (line->points);

  _exemplar_results_page_set_label (GTK_LABEL (points), points_text);
  _exemplar_results_page_set_label (GTK_LABEL (who), line->who->str);
  _exemplar_results_page_set_label (GTK_LABEL (reason), line->reason != NULL ? line->reason : "");
  gtk_widget_set_visible (reason, line->reason != NULL);
}

static void
bind_reviewers (BreakdownRow *row,
                GPtrArray    *details)
{
  g_autoptr(GArray) lines = group_details (details);
  GtkWidget *widget = gtk_widget_get_first_child (row->reviewers);

  /* Reuse the lines there are, add or drop the difference. */
  for (guint i = 0; i < lines->len; i++)
    {
      if (widget == NULL)
        {
          widget = create_reviewer_line ();
          gtk_box_append (GTK_BOX (row->reviewers), widget);
        }

      fill_reviewer_line (widget, &g_array_index (lines, ReviewerLine, i));
      widget = gtk_widget_get_next_sibling (widget);
    }

  while (widget != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (widget);

      gtk_box_remove (GTK_BOX (row->reviewers), widget);
      widget = next;
    }

  gtk_widget_set_visible (row->reviewers, lines->len > 0);
}

static void
bind_row (ExemplarResultsPage *self,
          BreakdownRow        *row)
{
  ExemplarIndicator *indicator = row->indicator;
  g_autofree char *points = exemplar_points_format (exemplar_indicator_get_points (indicator));
  g_autofree char *value = NULL;
  gboolean leaf = exemplar_indicator_is_leaf (indicator);
  gboolean top = exemplar_indicator_get_parent (indicator) == NULL;
  gboolean flagged = FALSE;

  _exemplar_results_page_set_label (GTK_LABEL (row->code), exemplar_indicator_get_code (indicator));
  _exemplar_results_page_set_label (GTK_LABEL (row->name), exemplar_indicator_get_name (indicator));

  if (self->standing == NULL)
    {
      value = g_strdup (points);
    }
  else if (leaf)
    {
      g_autoptr(GPtrArray) details = exemplar_standing_get_details (self->standing, indicator);
      gint64 aggregate = 0;

      if (exemplar_standing_get_item (self->standing, indicator, &aggregate))
        {
          g_autofree char *text = exemplar_points_format (aggregate);

          /* Translators: an item's aggregate of its points, e.g. "4.5 / 5". */
          value = g_strdup_printf (_("%s / %s"), text, points);
        }
      else
        {
          /* Translators: an item nobody scored, of its points, e.g. "— / 5". */
          value = g_strdup_printf (_("— / %s"), points);
        }

      bind_reviewers (row, details);
      flagged = g_hash_table_contains (self->flagged_leaves, indicator);
    }
  else if (top)
    {
      g_autofree char *text = exemplar_points_format (exemplar_standing_get_subtotal (self->standing, indicator));

      value = g_strdup_printf (_("%s / %s"), text, points);
    }
  else
    {
      value = g_strdup (points);
    }

  if (!leaf)
    bind_reviewers (row, NULL);

  _exemplar_results_page_set_label (GTK_LABEL (row->value), value);
  gtk_widget_set_visible (row->flag, flagged);
  set_class (row->box, "flagged", flagged);
  set_class (row->box, "breakdown-branch", !leaf);
  set_class (row->box, "breakdown-top", top && !leaf);
  set_class (row->code, "heading", !leaf);
  set_class (row->name, "heading", !leaf);
  set_class (row->value, "heading", top);
  set_class (row->value, "dim-label", !leaf && !top);
}

static gboolean
row_in_view (ExemplarResultsPage *self,
             BreakdownRow        *row)
{
  GtkWidget *viewport = gtk_widget_get_parent (GTK_WIDGET (self->breakdown_view));
  graphene_rect_t bounds;

  if (viewport == NULL || !gtk_widget_get_mapped (row->box) ||
      !gtk_widget_compute_bounds (row->box, viewport, &bounds) || bounds.size.height <= 0)
    return FALSE;

  return bounds.origin.y + bounds.size.height >= 0 && bounds.origin.y <= gtk_widget_get_height (viewport);
}

/* Fills stale rows, those in view first, until @budget_usec is spent (all
 * of them with -1). Returns whether some are left. */
static gboolean
fill_stale_rows (ExemplarResultsPage *self,
                 gint64               budget_usec)
{
  gint64 deadline = budget_usec < 0 ? G_MAXINT64 : g_get_monotonic_time () + budget_usec;
  gboolean left = FALSE;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < self->breakdown_rows->len; i++)
        {
          BreakdownRow *row = g_ptr_array_index (self->breakdown_rows, i);

          if (!row->stale || (pass == 0 && !row_in_view (self, row)))
            continue;
          if (pass == 1 && g_get_monotonic_time () > deadline)
            {
              left = TRUE;
              break;
            }

          bind_row (self, row);
          row->stale = FALSE;
        }
    }

  return left;
}

static gboolean
fill_stale_rows_tick_cb (GtkWidget     *widget,
                         GdkFrameClock *frame_clock,
                         gpointer       user_data)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);

  if (fill_stale_rows (self, BREAKDOWN_BUDGET_USEC))
    return G_SOURCE_CONTINUE;

  self->breakdown_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* The rows in view now, the others frame by frame (and the rows of a
 * breakdown not on screen once it is). */
static void
refill_breakdown (ExemplarResultsPage *self)
{
  for (guint i = 0; i < self->breakdown_rows->len; i++)
    ((BreakdownRow *) g_ptr_array_index (self->breakdown_rows, i))->stale = TRUE;

  if (fill_stale_rows (self, 0) && self->breakdown_tick_id == 0)
    self->breakdown_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_stale_rows_tick_cb, NULL, NULL);
}

void
_exemplar_results_page_stop_breakdown (ExemplarResultsPage *self)
{
  if (self->breakdown_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->breakdown_tick_id);
      self->breakdown_tick_id = 0;
    }
  if (self->items_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->items_tick_id);
      self->items_tick_id = 0;
    }
}

static void
on_breakdown_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      ExemplarResultsPage      *self)
{
  BreakdownRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "exemplar-breakdown-row");

  row->indicator = gtk_list_item_get_item (item);
  row->stale = FALSE;
  g_ptr_array_add (self->breakdown_rows, row);
  bind_row (self, row);
}

static void
on_breakdown_unbind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        ExemplarResultsPage      *self)
{
  BreakdownRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "exemplar-breakdown-row");

  row->indicator = NULL;
  g_ptr_array_remove_fast (self->breakdown_rows, row);
}

/* The header */

static void
update_header (ExemplarResultsPage *self)
{
  ExemplarStanding *standing = self->standing;
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);
  guint rank = exemplar_standing_get_rank (standing);
  const char *tie_note = exemplar_standing_get_tie_note (standing);
  g_autofree char *total = exemplar_points_format (exemplar_standing_get_total (standing));
  g_autofree char *self_total = exemplar_points_format (exemplar_standing_get_self_total (standing));
  g_autofree char *gap = _exemplar_results_page_format_signed (exemplar_standing_get_gap (standing));
  g_autofree char *rank_text = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) note = g_string_new (NULL);

  _exemplar_results_page_set_label (self->unit_title, unit != NULL ? exemplar_unit_get_name (unit) : "");

  if (rank == 0)
    rank_text = g_strdup (_("not ranked"));
  else if (exemplar_standing_get_tied (standing))
    /* Translators: e.g. "rank 3 (tied)". */
    rank_text = g_strdup_printf (_("rank %u (tied)"), rank);
  else
    /* Translators: e.g. "rank 3". */
    rank_text = g_strdup_printf (_("rank %u"), rank);

  /* Translators: the selected unit's summary, e.g. "310105001 · rank 2 ·
   * total 87.35 · 5 of 5 sheets · self-assessed 92, gap −4.65". */
  summary = g_strdup_printf (_("%s · %s · total %s · %u of %u sheets · self-assessed %s, gap %s"),
                             unit != NULL ? exemplar_unit_get_code (unit) : "",
                             rank_text, total,
                             exemplar_standing_get_sheets (standing),
                             exemplar_standing_get_assigned (standing),
                             self_total, gap);
  _exemplar_results_page_set_label (self->unit_summary, summary);

  if (exemplar_standing_get_vetoed (standing))
    {
      const char *reason = exemplar_standing_get_veto_reason (standing);

      /* Translators: %s is the office's reason for the veto. */
      g_string_append_printf (note, _("Vetoed, out of the ranking: %s"), reason != NULL ? reason : "");
    }
  if (tie_note != NULL)
    {
      g_autofree char *short_note = _exemplar_results_page_shorten (tie_note, 240);

      g_string_append_printf (note, note->len > 0 ? "\n%s" : "%s", short_note);
    }

  _exemplar_results_page_set_label (self->unit_note, note->str);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_note), note->len > 0);
  set_class (GTK_WIDGET (self->unit_note), "error", exemplar_standing_get_vetoed (standing));
}

static gboolean
same_details (ExemplarStanding  *a,
              ExemplarStanding  *b,
              ExemplarIndicator *leaf)
{
  g_autoptr(GPtrArray) details_a = exemplar_standing_get_details (a, leaf);
  g_autoptr(GPtrArray) details_b = exemplar_standing_get_details (b, leaf);

  if (details_a->len != details_b->len)
    return FALSE;

  for (guint i = 0; i < details_a->len; i++)
    {
      const ExemplarScoreDetail *x = g_ptr_array_index (details_a, i);
      const ExemplarScoreDetail *y = g_ptr_array_index (details_b, i);

      if (x->reviewer != y->reviewer || x->round != y->round || x->points != y->points ||
          g_strcmp0 (x->reason, y->reason) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Whether the breakdown of @b reads as that of @a: a recomputation after
 * other units' sheets leaves the selected unit's items as they were, and
 * rebinding every row of them would cost a long frame for nothing. */
static gboolean
same_breakdown (ExemplarResultsPage *self,
                ExemplarStanding    *a,
                ExemplarStanding    *b)
{
  GListModel *items = G_LIST_MODEL (self->items);
  g_autoptr(GPtrArray) flags_a = NULL;
  g_autoptr(GPtrArray) flags_b = NULL;
  guint n = g_list_model_get_n_items (items);

  if (exemplar_standing_get_declaration (a) != exemplar_standing_get_declaration (b) ||
      exemplar_standing_get_n_flags (a) != exemplar_standing_get_n_flags (b))
    return FALSE;

  flags_a = exemplar_standing_get_flags (a);
  flags_b = exemplar_standing_get_flags (b);
  for (guint i = 0; i < flags_a->len; i++)
    {
      if (g_ptr_array_index (flags_a, i) != g_ptr_array_index (flags_b, i))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (items, i);

      if (exemplar_indicator_is_leaf (indicator))
        {
          gint64 value_a = 0, value_b = 0;

          if (exemplar_standing_get_item (a, indicator, &value_a) != exemplar_standing_get_item (b, indicator, &value_b) ||
              value_a != value_b || !same_details (a, b, indicator))
            return FALSE;
        }
      else if (exemplar_indicator_get_parent (indicator) == NULL &&
               exemplar_standing_get_subtotal (a, indicator) != exemplar_standing_get_subtotal (b, indicator))
        {
          return FALSE;
        }
    }

  return TRUE;
}

void
_exemplar_results_page_show_standing (ExemplarResultsPage *self,
                                      ExemplarStanding    *standing)
{
  g_autoptr(GPtrArray) flags = NULL;
  ExemplarUnit *before = self->standing != NULL ? exemplar_standing_get_unit (self->standing) : NULL;
  ExemplarUnit *after = standing != NULL ? exemplar_standing_get_unit (standing) : NULL;
  const char *shown = gtk_stack_get_visible_child_name (self->detail_stack);
  gboolean other_unit;
  gboolean same;

  /* A re-sort brings the same standing: nothing changed. */
  if (standing == self->standing && standing != NULL)
    return;

  /* A recomputation brings a new standing of the same unit. */
  other_unit = before == NULL || after == NULL ||
               g_strcmp0 (exemplar_unit_get_code (before), exemplar_unit_get_code (after)) != 0;
  same = !other_unit && same_breakdown (self, self->standing, standing);

  g_set_object (&self->standing, standing);

  if (!same)
    {
      g_hash_table_remove_all (self->flagged_leaves);
      if (standing != NULL && (flags = exemplar_standing_get_flags (standing)))
        {
          for (guint i = 0; i < flags->len; i++)
            g_hash_table_add (self->flagged_leaves, g_ptr_array_index (flags, i));
        }

      refill_breakdown (self);
    }

  /* The field's means move with the other units. */
  exemplar_protection_chart_set_standing (self->chart, standing != NULL ? self->results : NULL, standing);

  if (standing == NULL)
    {
      if (g_strcmp0 (shown, "flagged") != 0)
        gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  update_header (self);

  /* The flagged items stay up while the same unit's results are renewed. */
  if (other_unit || g_strcmp0 (shown, "none") == 0)
    gtk_stack_set_visible_child_name (self->detail_stack, "unit");
}

void
_exemplar_results_page_scroll_to_leaf (ExemplarResultsPage *self,
                                       ExemplarIndicator   *leaf)
{
  guint n;

  _exemplar_results_page_flush_items (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarIndicator) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item == leaf)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->breakdown_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
}

/* Callbacks */

static void
on_view_toggled_cb (ExemplarResultsPage *self,
                    GtkToggleButton     *button)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (gtk_toggle_button_get_active (button))
    adw_leaflet_set_visible_child_name (self->detail_leaflet,
                                        button == self->chart_toggle ? "chart" : "items");
}

static gboolean
update_view_switch_cb (gpointer user_data)
{
  ExemplarResultsPage *self = user_data;
  gboolean folded = adw_leaflet_get_folded (self->detail_leaflet);

  self->fold_idle_id = 0;

  /* Folded, the items and the chart take turns; the buttons choose. */
  gtk_widget_set_visible (self->view_switch, folded);
  if (folded)
    adw_leaflet_set_visible_child_name (self->detail_leaflet,
                                        gtk_toggle_button_get_active (self->chart_toggle) ? "chart" : "items");

  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated, when its siblings have
 * their sizes already: show or hide the buttons just after. */
static void
on_detail_leaflet_folded_cb (ExemplarResultsPage *self,
                             GParamSpec          *pspec,
                             AdwLeaflet          *leaflet)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (self->fold_idle_id == 0)
    /* Before the next frame: while rows are added frame by frame, an idle
     * of default priority would wait for them all. */
    self->fold_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_view_switch_cb, self, NULL);
}

void
_exemplar_results_page_set_up_detail (ExemplarResultsPage *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;

  self->items = g_list_store_new (EXEMPLAR_TYPE_INDICATOR);
  self->pending_items = g_ptr_array_new_with_free_func (g_object_unref);
  self->breakdown_rows = g_ptr_array_new ();
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items))));
  gtk_list_view_set_model (self->breakdown_view, selection);
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_breakdown_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_breakdown_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_breakdown_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->breakdown_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->items_toggle, "toggled",
                           G_CALLBACK (on_view_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_toggle, "toggled",
                           G_CALLBACK (on_view_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->detail_leaflet, "notify::folded",
                           G_CALLBACK (on_detail_leaflet_folded_cb), self,
                           G_CONNECT_SWAPPED);

}
