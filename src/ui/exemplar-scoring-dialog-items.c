/* exemplar-scoring-dialog-items.c
 *
 * The items of a score sheet, grouped by the rubric's top-level branches
 * with their running subtotals and the overall total; moving the keyboard
 * from item to item; finding what still stops a submission. One item's row
 * is in exemplar-scoring-dialog-item.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog-private.h"

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
_exemplar_scoring_dialog_update_totals (ExemplarScoringDialog *self)
{
  ExemplarIndicator *scope;
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  gint64 max;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet == NULL)
    return;

  scope = exemplar_assignment_get_scope (self->assignment);
  if (scope != NULL)
    max = exemplar_indicator_get_points (scope);
  else
    max = exemplar_rubric_get_total_points (exemplar_campaign_get_rubric (self->campaign));

  total = format_fraction (exemplar_score_sheet_get_total (self->sheet, NULL), max);
  /* Translators: the running total in the scoring dialog's header, e.g. "Total 62.5 / 100". */
  text = g_strdup_printf (_("Total %s"), total);
  gtk_label_set_label (self->total_label, text);
  /* A narrow header keeps the numbers alone. */
  gtk_label_set_label (self->total_short_label, total);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->total_short_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->total_short_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  for (guint i = 0; i < self->groups->len; i++)
    {
      ScoringGroup *group = g_ptr_array_index (self->groups, i);
      g_autofree char *subtotal = NULL;

      subtotal = format_fraction (exemplar_score_sheet_get_total (self->sheet, group->indicator),
                                  group->max_points);
      gtk_label_set_label (group->subtotal_label, subtotal);
    }

  _exemplar_scoring_dialog_update_header (self);
}

static void
on_row_selected_cb (GtkListBox            *list,
                    GtkListBoxRow         *row,
                    ExemplarScoringDialog *self)
{
  ScoringItem *item;

  if (row == NULL || !(item = g_object_get_data (G_OBJECT (row), "exemplar-scoring-item")))
    return;

  _exemplar_scoring_dialog_select_item (self, item);
}

static ExemplarIndicator *
top_level_of (ExemplarIndicator *indicator)
{
  while (exemplar_indicator_get_parent (indicator) != NULL)
    indicator = exemplar_indicator_get_parent (indicator);

  return indicator;
}

/* "3 家庭保护" */
static char *
dup_title (ExemplarIndicator *indicator)
{
  /* Translators: a rubric branch's code and name, e.g. "3 家庭保护". */
  return g_strdup_printf (_("%s %s"),
                          exemplar_indicator_get_code (indicator),
                          exemplar_indicator_get_name (indicator));
}

static void
scoring_group_free (ScoringGroup *group)
{
  g_clear_object (&group->indicator);
  g_free (group);
}

static ScoringGroup *
create_group (ExemplarScoringDialog *self,
              ExemplarIndicator     *top)
{
  ScoringGroup *group = g_new0 (ScoringGroup, 1);
  g_autofree char *title = dup_title (top);
  GtkWidget *box;
  GtkWidget *line;
  GtkWidget *label;

  group->indicator = g_object_ref (top);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (box, "scoring-group");

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), line);

  label = gtk_label_new (title);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_add_css_class (label, "group-title");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);

  group->subtotal_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (group->subtotal_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (group->subtotal_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (group->subtotal_label), "subtotal");
  gtk_widget_set_valign (GTK_WIDGET (group->subtotal_label), GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (group->subtotal_label));

  group->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (group->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (group->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect_object (group->list, "row-selected", G_CALLBACK (on_row_selected_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group->list));

  gtk_box_append (self->groups_box, box);
  g_ptr_array_add (self->groups, group);

  return group;
}

static void
add_heading (ScoringGroup      *group,
             ExemplarIndicator *branch)
{
  g_autofree char *title = dup_title (branch);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "subbranch-row");

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);

  gtk_list_box_append (group->list, row);
}

void
_exemplar_scoring_dialog_build_items (ExemplarScoringDialog *self)
{
  g_autoptr(GPtrArray) leaves = NULL;
  ExemplarRubric *rubric;
  ScoringGroup *group = NULL;
  ExemplarIndicator *heading = NULL;
  gint64 bonus_cap;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));
  g_assert (self->items->len == 0);

  if (self->sheet == NULL)
    return;

  rubric = exemplar_campaign_get_rubric (self->campaign);
  bonus_cap = rubric != NULL ? exemplar_rubric_get_bonus_cap (rubric) : 0;
  leaves = exemplar_score_sheet_get_leaves (self->sheet);

  for (guint i = 0; leaves != NULL && i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      ExemplarIndicator *top = top_level_of (leaf);
      ExemplarIndicator *parent = exemplar_indicator_get_parent (leaf);
      ScoringItem *item;

      if (group == NULL || group->indicator != top)
        {
          group = create_group (self, top);
          heading = NULL;
        }

      /* The sub-branch an item belongs to, above its first item. */
      if (parent != NULL && parent != top && parent != heading)
        {
          add_heading (group, parent);
          heading = parent;
        }

      item = _exemplar_scoring_item_new (self, leaf, group);
      gtk_list_box_append (group->list, item->row);
      group->max_points += exemplar_indicator_get_points (leaf);
    }

  /* Bonus points count only up to the rubric's cap. */
  for (guint i = 0; i < self->groups->len; i++)
    {
      ScoringGroup *g = g_ptr_array_index (self->groups, i);

      if (exemplar_indicator_get_kind (g->indicator) == EXEMPLAR_INDICATOR_BONUS && bonus_cap > 0)
        g->max_points = MIN (g->max_points, bonus_cap);
    }
}

GPtrArray *
_exemplar_scoring_group_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) scoring_group_free);
}

/* Shows what the sheet holds, dropping whatever was not saved. */
void
_exemplar_scoring_dialog_load_items (ExemplarScoringDialog *self)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  for (guint i = 0; i < self->items->len; i++)
    _exemplar_scoring_item_load (g_ptr_array_index (self->items, i));

  _exemplar_scoring_dialog_update_totals (self);
}

void
_exemplar_scoring_dialog_set_items_editable (ExemplarScoringDialog *self,
                                             gboolean               editable)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);

      /* A field made insensitive while it has the focus is not told it
       * lost it, and its cursor goes on blinking: let go of it first. A
       * sheet sealed from elsewhere does this while the reader is in a
       * field. */
      if (!editable && focus != NULL &&
          (focus == GTK_WIDGET (item->spin) || gtk_widget_is_ancestor (focus, GTK_WIDGET (item->spin)) ||
           focus == GTK_WIDGET (item->reason) || gtk_widget_is_ancestor (focus, GTK_WIDGET (item->reason))))
        {
          gtk_window_set_focus (GTK_WINDOW (self), NULL);
          focus = NULL;
        }

      gtk_widget_set_sensitive (GTK_WIDGET (item->spin), editable);
      gtk_editable_set_editable (GTK_EDITABLE (item->reason), editable);
      gtk_widget_set_sensitive (GTK_WIDGET (item->reason), editable);
    }
}

/* Scrolls the selected item fully into sight once the items are laid out:
 * focusing it may come before a change of size (the list of gaps
 * appearing above) that moves it again. */
static gboolean
reveal_current_cb (gpointer user_data)
{
  ExemplarScoringDialog *self = user_data;
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->items_scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->items_scroller);
  double x, y, height, page;

  self->reveal_source = 0;

  if (self->current == NULL ||
      !gtk_widget_translate_coordinates (self->current->row, viewport, 0, 0, &x, &y))
    return G_SOURCE_REMOVE;

  height = gtk_widget_get_height (self->current->row);
  page = gtk_adjustment_get_page_size (adjustment);

  if (y < 0 || height > page)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
  else if (y + height > page)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y + height - page + 12);

  return G_SOURCE_REMOVE;
}

/* Moves the keyboard to an item's points (or its reason), or past the last
 * item to the comment. */
void
_exemplar_scoring_dialog_focus_item (ExemplarScoringDialog *self,
                                     guint                  index,
                                     gboolean               reason)
{
  ScoringItem *item;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (index >= self->items->len)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->comment_view));
      return;
    }

  item = g_ptr_array_index (self->items, index);
  _exemplar_scoring_dialog_select_item (self, item);
  gtk_widget_grab_focus (reason ? GTK_WIDGET (item->reason) : GTK_WIDGET (item->spin));

  if (self->reveal_source == 0)
    self->reveal_source = g_idle_add (reveal_current_cb, self);
}

ScoringItem *
_exemplar_scoring_dialog_first_missing (ExemplarScoringDialog *self)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);

      if (!item->scored || _exemplar_scoring_item_needs_reason (item))
        return item;
    }

  return NULL;
}

static gboolean
is_code_char (char c)
{
  return g_ascii_isalnum (c) || c == '.';
}

/* Whether @code stands on its own in @line: "1.1" is not in "1.1.2", but
 * it is in "Item 1.1." at the end of a sentence. */
static gboolean
mentions_code (const char *line,
               const char *code)
{
  gsize len = strlen (code);

  if (len == 0)
    return FALSE;

  for (const char *p = strstr (line, code); p != NULL; p = strstr (p + 1, code))
    {
      const char *after = p + len;
      gboolean starts = p == line || !is_code_char (p[-1]);
      gboolean ends = *after == '\0' ||
                      !is_code_char (*after) ||
                      (*after == '.' && !g_ascii_isalnum (after[1]));

      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

ScoringItem *
_exemplar_scoring_dialog_find_item_in (ExemplarScoringDialog *self,
                                       const char            *line)
{
  ScoringItem *found = NULL;
  gsize found_len = 0;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));
  g_assert (line != NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);
      const char *code = exemplar_indicator_get_code (item->leaf);

      if (strlen (code) > found_len && mentions_code (line, code))
        {
          found = item;
          found_len = strlen (code);
        }
    }

  return found;
}

void
_exemplar_scoring_dialog_flush (ExemplarScoringDialog *self)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->sheet == NULL || self->items == NULL)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);

      if (gtk_widget_get_state_flags (GTK_WIDGET (item->spin)) & GTK_STATE_FLAG_FOCUS_WITHIN)
        gtk_spin_button_update (item->spin);
    }
}
