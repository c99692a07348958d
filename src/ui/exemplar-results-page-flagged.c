/* exemplar-results-page-flagged.c
 *
 * Every unit's flagged items, for re-review: the count on the toolbar's
 * button, and the list that replaces the selected unit's breakdown when
 * asked for, each row leading to the unit and the item, with "Mark
 * Reviewed…" for the office's note; reviewed items say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-rubric.h"
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

/* The office's review of @leaf's flag on @standing's unit: its note, or
 * NULL when the flag is not reviewed. */
static const char *
get_review_note (ExemplarResultsPage *self,
                 ExemplarStanding    *standing,
                 ExemplarIndicator   *leaf)
{
  ExemplarDeclaration *declaration = exemplar_standing_get_declaration (standing);
  const char *note = NULL;

  if (self->campaign == NULL || declaration == NULL)
    return NULL;

  exemplar_evaluation_get_flag_review (exemplar_campaign_get_evaluation (self->campaign),
                                       declaration, leaf, &note, NULL);
  return note;
}

static GtkWidget *
create_flagged_row (ExemplarResultsPage *self,
                    ExemplarStanding    *standing,
                    ExemplarIndicator   *leaf)
{
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);
  const char *note = get_review_note (self, standing, leaf);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_spread (standing, leaf);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  GtkWidget *review = gtk_button_new_with_mnemonic (note != NULL ? _("_Edit Review…") : _("_Mark Reviewed…"));

  /* Translators: a flagged item: the unit, the item's code and name, e.g.
   * "华阳路街道 · 3.2.1 家长学校". */
  title = g_strdup_printf (_("%s · %s %s"),
                           unit != NULL ? exemplar_unit_get_name (unit) : "",
                           exemplar_indicator_get_code (leaf),
                           exemplar_indicator_get_name (leaf));

  if (note != NULL)
    {
      g_autofree char *spread = g_steal_pointer (&subtitle);

      /* Translators: under a flagged item the office reviewed: the spread
       * of the points, then the review's note, e.g. "Points from 0 to 2 of
       * 2, by 3 reviewers · Reviewed: 已现场复核". */
      subtitle = g_strdup_printf (_("%s · Reviewed: %s"), spread != NULL ? spread : "", note);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      gtk_widget_add_css_class (row, "reviewed");
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  gtk_widget_set_valign (review, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (review, "flagged-review-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (review), "results.review-flag");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (review),
                                          g_variant_new ("(ss)",
                                                         unit != NULL ? exemplar_unit_get_code (unit) : "",
                                                         exemplar_indicator_get_code (leaf)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), review);
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
        gtk_list_box_append (self->flagged_list, create_flagged_row (self, standing, g_ptr_array_index (flags, j)));
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

/* Reviewing a flag */

static void
on_review_note_changed_cb (GtkEditable      *editable,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "review", text[0] != '\0');
}

static void
on_review_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       ExemplarResultsPage *self)
{
  ExemplarDeclaration *declaration = g_object_get_data (G_OBJECT (dialog), "exemplar-declaration");
  ExemplarIndicator *leaf = g_object_get_data (G_OBJECT (dialog), "exemplar-leaf");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "exemplar-entry");
  ExemplarEvaluation *evaluation;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->campaign == NULL)
    return;
  evaluation = exemplar_campaign_get_evaluation (self->campaign);

  if (g_strcmp0 (response, "review") == 0)
    done = exemplar_evaluation_review_flag (evaluation, declaration, leaf, gtk_editable_get_text (entry), &error);
  else if (g_strcmp0 (response, "clear") == 0)
    done = exemplar_evaluation_clear_flag_review (evaluation, declaration, leaf, &error);
  else
    return;

  if (!done)
    {
      _exemplar_results_page_show_error (self, _("Could Not Record the Review"),
                                         error != NULL ? error->message : NULL);
      return;
    }

  _exemplar_results_page_add_toast (self, g_str_equal (response, "review") ? _("Flag marked reviewed")
                                                                           : _("Review taken back"));
}

static void
review_flag_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  ExemplarDeclaration *declaration;
  ExemplarIndicator *leaf;
  const char *unit_code, *leaf_code;
  const char *note = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  g_variant_get (param, "(&s&s)", &unit_code, &leaf_code);
  if (self->campaign == NULL ||
      (declaration = exemplar_campaign_find_declaration (self->campaign, unit_code)) == NULL ||
      (leaf = exemplar_rubric_find (exemplar_campaign_get_rubric (self->campaign), leaf_code)) == NULL)
    return;

  exemplar_evaluation_get_flag_review (exemplar_campaign_get_evaluation (self->campaign),
                                       declaration, leaf, &note, NULL);

  /* Translators: the unit's name, then the item's code, e.g. "华阳路街道 3.1.1". */
  heading = g_strdup_printf (_("Review the Flag on %s %s"),
                             exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)), leaf_code);
  dialog = adw_message_dialog_new (_exemplar_results_page_get_window (self), heading,
                                   _("Say how the disagreement was looked into, e.g. re-scored on site or "
                                     "explained by the evidence. The note is recorded in the audit log."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), NULL);
  if (note != NULL)
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "clear", _("_Not Reviewed"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "review", _("_Mark Reviewed"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "review", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "review", note != NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "review");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), note != NULL ? note : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Review note (recorded in the audit log)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review note"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data (G_OBJECT (dialog), "exemplar-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-declaration", g_object_ref (declaration), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-leaf", g_object_ref (leaf), g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_review_note_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Flags are reviewed during the evaluation, in a writable campaign. */
void
_exemplar_results_page_update_flag_review (ExemplarResultsPage *self)
{
  gboolean enabled = self->campaign != NULL &&
                     !exemplar_campaign_get_read_only (self->campaign) &&
                     exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_EVALUATION;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.review-flag", enabled);
}

void
_exemplar_results_page_class_flagged_init (ExemplarResultsPageClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "results.review-flag", "(ss)", review_flag_action);
}

void
_exemplar_results_page_set_up_flagged (ExemplarResultsPage *self)
{
  g_signal_connect_object (self->flagged_list, "row-activated",
                           G_CALLBACK (on_flagged_list_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}
