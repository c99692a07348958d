/* exemplar-results-page-flagged.c
 *
 * Every unit's flagged items, for re-review: the count on the toolbar's
 * button, and the list that replaces the selected unit's breakdown when
 * asked for, each row leading to the unit and the item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#define MAX_FLAGGED_ROWS 500

/* "Points from 2 to 5 of 5", from the counted sheets. */
static char *
describe_spread (ExemplarStanding  *standing,
                 ExemplarIndicator *leaf)
{
  g_autoptr(GPtrArray) details = exemplar_standing_get_details (standing, leaf);
  g_autofree char *points = exemplar_points_format (exemplar_indicator_get_points (leaf));
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  gint64 min = G_MAXINT64, max = G_MININT64;

  if (details == NULL || details->len == 0)
    return NULL;

  for (guint i = 0; i < details->len; i++)
    {
      const ExemplarScoreDetail *detail = g_ptr_array_index (details, i);

      min = MIN (min, detail->points);
      max = MAX (max, detail->points);
    }

  low = exemplar_points_format (min);
  high = exemplar_points_format (max);

  /* Translators: the spread of the reviewers' points on a flagged item,
   * e.g. "Points from 2 to 5 of 5, by 4 reviewers". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Points from %s to %s of %s, by %u reviewer",
                                       "Points from %s to %s of %s, by %u reviewers",
                                       details->len),
                          low, high, points, details->len);
}

static GtkWidget *
create_flagged_row (ExemplarStanding  *standing,
                    ExemplarIndicator *leaf)
{
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_spread (standing, leaf);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Translators: a flagged item: the unit, the item's code and name, e.g.
   * "华阳路街道 · 3.2.1 家长学校". */
  title = g_strdup_printf (_("%s · %s %s"),
                           unit != NULL ? exemplar_unit_get_name (unit) : "",
                           exemplar_indicator_get_code (leaf),
                           exemplar_indicator_get_name (leaf));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "flagged-row");

  g_object_set_data_full (G_OBJECT (row), "exemplar-unit-code",
                          g_strdup (unit != NULL ? exemplar_unit_get_code (unit) : NULL), g_free);
  g_object_set_data_full (G_OBJECT (row), "exemplar-leaf", g_object_ref (leaf), g_object_unref);

  return row;
}

/* The rows are made only when the list is shown, and at most this many: a
 * national campaign may flag thousands of items. */
void
_exemplar_results_page_fill_flagged (ExemplarResultsPage *self)
{
  GtkWidget *child;
  guint shown = 0;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flagged_list))))
    gtk_list_box_remove (self->flagged_list, child);

  n = self->results != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->results)) : 0;
  for (guint i = 0; i < n && shown < MAX_FLAGGED_ROWS; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (self->results), i);
      g_autoptr(GPtrArray) flags = NULL;

      if (exemplar_standing_get_n_flags (standing) == 0)
        continue;

      flags = exemplar_standing_get_flags (standing);
      for (guint j = 0; j < flags->len && shown < MAX_FLAGGED_ROWS; j++, shown++)
        gtk_list_box_append (self->flagged_list, create_flagged_row (standing, g_ptr_array_index (flags, j)));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->flagged_list), shown > 0);
  self->flagged_filled = TRUE;
}

void
_exemplar_results_page_update_flagged (ExemplarResultsPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *count = NULL;
  guint total = 0;
  guint percent;
  guint n;

  n = self->results != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->results)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      total += exemplar_standing_get_n_flags (standing);
    }

  percent = self->results != NULL ? exemplar_results_get_disagreement_percent (self->results) : 0;

  if (total > 0)
    {
      g_autofree char *reason = NULL;

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Flagged Item", "%u Flagged Items", total), total);
      /* Translators: %u is the threshold, e.g. 40; "%%" is a percent sign. */
      reason = g_strdup_printf (_("On these items the reviewers' highest and lowest points are more "
                                  "than %u%% of the item's points apart. Consider a re-review."),
                                percent);
      if (total > MAX_FLAGGED_ROWS)
        /* Translators: after the reason for the flags, e.g. "… Showing the
         * first 500." */
        description = g_strdup_printf (_("%s Showing the first %u."), reason, MAX_FLAGGED_ROWS);
      else
        description = g_steal_pointer (&reason);
    }
  else
    {
      title = g_strdup (_("No Flagged Items"));
      /* Translators: %u is the threshold, e.g. 40; "%%" is a percent sign. */
      description = g_strdup_printf (_("On every item the reviewers' points are within %u%% of the "
                                       "item's points."),
                                     percent);
    }

  _exemplar_results_page_set_label (self->flagged_title, title);
  _exemplar_results_page_set_label (self->flagged_description, description);

  /* The toolbar's button says how many there are. */
  count = g_strdup_printf ("%u", total);
  if (g_strcmp0 (adw_button_content_get_label (self->flagged_content), title) != 0)
    adw_button_content_set_label (self->flagged_content, title);
  if (g_strcmp0 (adw_button_content_get_label (self->flagged_content_narrow), count) != 0)
    adw_button_content_set_label (self->flagged_content_narrow, count);

  self->flagged_filled = FALSE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "flagged") == 0)
    _exemplar_results_page_fill_flagged (self);
}

/* Callbacks */

static void
on_flagged_list_row_activated_cb (ExemplarResultsPage *self,
                                  GtkListBoxRow       *row,
                                  GtkListBox          *list)
{
  const char *unit_code = g_object_get_data (G_OBJECT (row), "exemplar-unit-code");
  ExemplarIndicator *leaf = g_object_get_data (G_OBJECT (row), "exemplar-leaf");

  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (unit_code == NULL || !exemplar_results_page_select_unit (self, unit_code))
    return;

  gtk_stack_set_visible_child_name (self->detail_stack, "unit");
  adw_leaflet_set_visible_child_name (self->detail_leaflet, "items");
  gtk_toggle_button_set_active (self->items_toggle, TRUE);
  _exemplar_results_page_scroll_to_leaf (self, leaf);
}

void
_exemplar_results_page_set_up_flagged (ExemplarResultsPage *self)
{
  g_signal_connect_object (self->flagged_list, "row-activated",
                           G_CALLBACK (on_flagged_list_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}
