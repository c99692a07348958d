/* exemplar-publicity-page-review.c
 *
 * The first part of the Publicity section: the expert panel's recommended
 * list chosen from the ranking (never more than the quota, never a vetoed
 * unit or one below the pass line); the member units' opinions on it and
 * the candidate list follow in exemplar-publicity-page-opinions.c. The ranking is the results' snapshot,
 * computed on a worker as the Results section does; the checks start from
 * the stored list and keep what the user ticks until the stored list
 * changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-objection.h"
#include "exemplar-points.h"
#include "exemplar-publicity-page-private.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

/* Each stored change of the pass line is audited: store it once the spin
 * stops moving. */
#define APPLY_PASS_LINE_DELAY_MS 800

/* One unit of the ranking. */
typedef struct
{
  ExemplarStanding *standing;
  AdwActionRow     *row;
  GtkCheckButton   *check;
  gboolean          eligible;
} RankRow;

static void
rank_row_free (RankRow *row)
{
  g_clear_object (&row->standing);
  g_free (row);
}

static ExemplarDeclaration *
rank_row_get_declaration (RankRow *row)
{
  return exemplar_standing_get_declaration (row->standing);
}

static GPtrArray *
get_recommended (ExemplarPublicityPage *self)
{
  GPtrArray *recommended = self->publicity != NULL ? exemplar_publicity_get_recommended (self->publicity) : NULL;

  return recommended != NULL ? recommended : g_ptr_array_new ();
}

static gboolean
get_fixed (ExemplarPublicityPage *self)
{
  return self->publicity != NULL && exemplar_publicity_get_fixed (self->publicity);
}

static guint
get_quota (ExemplarPublicityPage *self)
{
  return self->campaign != NULL ? exemplar_campaign_get_quota (self->campaign) : 0;
}

static gboolean
array_contains (GPtrArray *array,
                gpointer   item)
{
  return array != NULL && g_ptr_array_find (array, item, NULL);
}

/* The stored list as text, to see whether it changed since the checks
 * were set from it. */
static char *
dup_recommended_key (ExemplarPublicityPage *self,
                     GPtrArray             *recommended)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < recommended->len; i++)
    g_string_append_printf (key, "%" G_GINT64_FORMAT ",",
                            exemplar_declaration_get_id (g_ptr_array_index (recommended, i)));
  g_string_append_c (key, '|');
  if (self->publicity != NULL)
    g_string_append (key, exemplar_publicity_get_rationale (self->publicity) ?: "");

  return g_string_free (key, FALSE);
}

static guint
count_checked (ExemplarPublicityPage *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rank_rows->len; i++)
    {
      RankRow *row = g_ptr_array_index (self->rank_rows, i);

      if (gtk_check_button_get_active (row->check))
        n++;
    }

  return n;
}

/* Why @standing cannot be recommended, or NULL when it can. */
static char *
dup_ineligible_reason (ExemplarPublicityPage *self,
                       ExemplarStanding      *standing)
{
  guint pass_line = self->publicity != NULL ? exemplar_publicity_get_pass_line (self->publicity) : 0;

  if (exemplar_standing_get_vetoed (standing))
    {
      const char *reason = exemplar_standing_get_veto_reason (standing);

      if (reason != NULL && reason[0] != '\0')
        /* Translators: %s is the reason of the veto. */
        return g_strdup_printf (_("Vetoed: %s"), reason);
      return g_strdup (_("Vetoed"));
    }

  if (exemplar_standing_get_rank (standing) == 0)
    return g_strdup (_("Not ranked: no submitted score sheet"));

  if (pass_line > 0 && exemplar_standing_get_total (standing) < (gint64) pass_line * 100)
    /* Translators: %u is the pass line in points. */
    return g_strdup_printf (_("Below the pass line of %u points"), pass_line);

  return NULL;
}

static void
update_counter (ExemplarPublicityPage *self)
{
  guint checked = count_checked (self);
  guint quota = get_quota (self);
  g_autofree char *counter = NULL;

  /* Translators: how many of the quota's places the checked units take,
   * e.g. "2 of 3 places". */
  counter = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u place", "%u of %u places", quota),
                             checked, quota);
  _exemplar_publicity_page_set_label (self->quota_label, counter);

  if (checked > quota)
    {
      g_autofree char *warning = NULL;

      /* Translators: the quota and how many units are checked. */
      warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The quota is %u place and %u units are checked: the recommended list can hold no more than the quota. Uncheck %u.",
                                              "The quota is %u places and %u units are checked: the recommended list can hold no more than the quota. Uncheck %u.",
                                              quota),
                                 quota, checked, checked - quota);
      gtk_label_set_label (self->quota_warning, warning);
      gtk_widget_add_css_class (GTK_WIDGET (self->quota_label), "warning");
      gtk_revealer_set_reveal_child (self->quota_revealer, TRUE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quota_label), "warning");
      gtk_revealer_set_reveal_child (self->quota_revealer, FALSE);
    }
}

static void
on_rank_check_toggled_cb (ExemplarPublicityPage *self,
                          GtkCheckButton        *check)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  update_counter (self);
}

static void
rebuild_ranking (ExemplarPublicityPage *self)
{
  GtkWidget *child;
  guint n_items;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->ranking_list))))
    gtk_list_box_remove (self->ranking_list, child);
  g_ptr_array_set_size (self->rank_rows, 0);

  /* The checks are set anew from the stored list. */
  g_clear_pointer (&self->recommended_key, g_free);

  n_items = self->results != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->results)) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      RankRow *row = g_new0 (RankRow, 1);
      ExemplarUnit *unit;
      GtkWidget *rank;
      GtkWidget *total;
      g_autofree char *rank_text = NULL;
      g_autofree char *total_text = NULL;

      row->standing = g_list_model_get_item (G_LIST_MODEL (self->results), i);
      unit = exemplar_standing_get_unit (row->standing);

      row->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), exemplar_unit_get_name (unit));
      gtk_widget_add_css_class (GTK_WIDGET (row->row), "review-row");

      row->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (row->check), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (row->check), "review-check");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, exemplar_unit_get_name (unit),
                                      -1);
      g_signal_connect_object (row->check, "toggled", G_CALLBACK (on_rank_check_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (row->row, GTK_WIDGET (row->check));

      rank_text = exemplar_standing_get_rank (row->standing) > 0
                  ? g_strdup_printf ("%u", exemplar_standing_get_rank (row->standing))
                  : g_strdup ("—");
      rank = gtk_label_new (rank_text);
      gtk_label_set_width_chars (GTK_LABEL (rank), 3);
      gtk_label_set_xalign (GTK_LABEL (rank), 1);
      gtk_widget_add_css_class (rank, "review-rank");
      gtk_widget_add_css_class (rank, "numeric");
      adw_action_row_add_prefix (row->row, rank);

      total_text = exemplar_standing_get_sheets (row->standing) > 0
                   ? exemplar_points_format (exemplar_standing_get_total (row->standing))
                   : g_strdup ("—");
      total = gtk_label_new (total_text);
      gtk_widget_add_css_class (total, "review-total");
      gtk_widget_add_css_class (total, "numeric");
      adw_action_row_add_suffix (row->row, total);

      adw_action_row_set_activatable_widget (row->row, GTK_WIDGET (row->check));

      gtk_list_box_append (self->ranking_list, GTK_WIDGET (row->row));
      g_ptr_array_add (self->rank_rows, row);
    }
}

static void
update_ranking (ExemplarPublicityPage *self,
                gboolean               editable,
                gboolean               fixed)
{
  g_autoptr(GPtrArray) recommended = get_recommended (self);
  g_autofree char *key = dup_recommended_key (self, recommended);
  gboolean sync = g_strcmp0 (key, self->recommended_key) != 0;

  self->updating = TRUE;

  for (guint i = 0; i < self->rank_rows->len; i++)
    {
      RankRow *row = g_ptr_array_index (self->rank_rows, i);
      g_autofree char *reason = dup_ineligible_reason (self, row->standing);
      gboolean on_list = array_contains (recommended, rank_row_get_declaration (row));

      row->eligible = reason == NULL;
      adw_action_row_set_subtitle (row->row, reason != NULL ? reason : (on_list ? _("Recommended") : ""));
      gtk_widget_set_tooltip_text (GTK_WIDGET (row->row), reason);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row->check), reason);

      if (sync)
        gtk_check_button_set_active (row->check, on_list);
      else if (!row->eligible && gtk_check_button_get_active (row->check) && !on_list)
        gtk_check_button_set_active (row->check, FALSE);

      /* A stored unit that became ineligible stays uncheckable. */
      gtk_widget_set_sensitive (GTK_WIDGET (row->check),
                                editable && !fixed && (row->eligible || gtk_check_button_get_active (row->check)));
      gtk_widget_set_sensitive (GTK_WIDGET (row->row), row->eligible || on_list);
    }

  if (sync)
    {
      const char *rationale = self->publicity != NULL ? exemplar_publicity_get_rationale (self->publicity) : NULL;

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale_view), rationale ?: "", -1);
      g_free (self->recommended_key);
      self->recommended_key = g_steal_pointer (&key);
      _exemplar_publicity_page_set_label (self->review_error, NULL);
    }

  self->updating = FALSE;

  update_counter (self);
}

static void
update_pass_line (ExemplarPublicityPage *self,
                  gboolean               editable,
                  GPtrArray             *recommended)
{
  guint pass_line = self->publicity != NULL ? exemplar_publicity_get_pass_line (self->publicity) : 0;

  if (self->pass_line_source == 0 &&
      (guint) gtk_spin_button_get_value_as_int (self->pass_line_spin) != pass_line)
    {
      self->updating = TRUE;
      gtk_spin_button_set_value (self->pass_line_spin, pass_line);
      self->updating = FALSE;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->pass_line_spin), editable && recommended->len == 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pass_line_spin),
                               recommended->len > 0
                               ? _("The pass line is set before the list is recommended")
                               : _("Units with a lower total cannot be recommended; 0 means no pass line, as in the notice"));
}

void
_exemplar_publicity_page_review_update (ExemplarPublicityPage *self)
{
  g_autoptr(GPtrArray) recommended = NULL;
  const char *reason = NULL;
  gboolean editable;
  gboolean fixed;
  ExemplarPhase phase;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->campaign == NULL || self->publicity == NULL)
    {
      adw_status_page_set_title (self->review_status, _("Review Unavailable"));
      adw_status_page_set_description (self->review_status,
                                       self->campaign != NULL ? _("This campaign has no review or publicity data.") : NULL);
      gtk_stack_set_visible_child_name (self->review_stack, "before");
      return;
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase < EXEMPLAR_PHASE_PUBLICITY)
    {
      g_autofree char *description = NULL;

      /* Translators: the first %s is the campaign's phase, the second the
       * review and publicity phase. */
      description = g_strdup_printf (_("The campaign is in the “%s” phase. Once every score sheet is in, advance it to “%s” on the Overview: the ranking then shows here for the expert panel's recommendation."),
                                     exemplar_phase_get_title (phase),
                                     exemplar_phase_get_title (EXEMPLAR_PHASE_PUBLICITY));
      adw_status_page_set_title (self->review_status, _("Review Starts When the Evaluation Is Over"));
      adw_status_page_set_description (self->review_status, description);
      gtk_stack_set_visible_child_name (self->review_stack, "before");
      return;
    }

  gtk_stack_set_visible_child_name (self->review_stack, "review");

  editable = _exemplar_publicity_page_get_editable (self, &reason);
  fixed = get_fixed (self);
  recommended = get_recommended (self);

  update_ranking (self, editable, fixed);
  update_pass_line (self, editable, recommended);

  gtk_text_view_set_editable (self->rationale_view, editable && !fixed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recommend_button), editable && !fixed && self->results != NULL);
  if (!editable)
    _exemplar_publicity_page_set_label (self->review_hint, reason);
  else if (fixed)
    _exemplar_publicity_page_set_label (self->review_hint, _("The candidate list is fixed: the recommended list is closed."));
  else if (self->results == NULL)
    _exemplar_publicity_page_set_label (self->review_hint, _("Computing the ranking…"));
  else
    _exemplar_publicity_page_set_label (self->review_hint, NULL);

  _exemplar_publicity_page_opinions_update (self, editable, fixed, recommended->len);
}

/* The ranking */

static void
on_results_ready_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ExemplarPublicityPage) self = user_data;
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GError) error = NULL;

  results = exemplar_results_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (results == NULL)
    {
      g_clear_object (&self->results);
      rebuild_ranking (self);
      _exemplar_publicity_page_set_label (self->review_error,
                                          error != NULL ? error->message : _("The ranking could not be computed."));
      return;
    }

  g_set_object (&self->results, results);
  rebuild_ranking (self);
  _exemplar_publicity_page_review_update (self);
}

void
_exemplar_publicity_page_review_recompute (ExemplarPublicityPage *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  self->results_dirty = FALSE;

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  /* Before the review the ranking is the Results section's business. */
  if (self->campaign == NULL || exemplar_campaign_get_phase (self->campaign) < EXEMPLAR_PHASE_PUBLICITY)
    {
      self->results_dirty = self->campaign != NULL;
      return;
    }

  self->cancellable = g_cancellable_new ();
  exemplar_results_new_async (self->campaign, NULL, self->cancellable, on_results_ready_cb, g_object_ref (self));
}

/* Callbacks */

void
_exemplar_publicity_page_review_apply_pass_line (ExemplarPublicityPage *self)
{
  g_autoptr(GError) error = NULL;
  guint points;

  g_clear_handle_id (&self->pass_line_source, g_source_remove);

  if (self->publicity == NULL)
    return;

  points = gtk_spin_button_get_value_as_int (self->pass_line_spin);
  if (points == exemplar_publicity_get_pass_line (self->publicity))
    return;

  if (!exemplar_publicity_set_pass_line (self->publicity, points, &error))
    {
      _exemplar_publicity_page_set_label (self->review_error,
                                          error != NULL ? error->message : _("The pass line could not be changed."));
      self->updating = TRUE;
      gtk_spin_button_set_value (self->pass_line_spin, exemplar_publicity_get_pass_line (self->publicity));
      self->updating = FALSE;
      return;
    }

  _exemplar_publicity_page_queue_refresh (self);
}

static gboolean
apply_pass_line_timeout_cb (gpointer user_data)
{
  ExemplarPublicityPage *self = user_data;

  self->pass_line_source = 0;
  _exemplar_publicity_page_review_apply_pass_line (self);

  return G_SOURCE_REMOVE;
}

static void
on_pass_line_changed_cb (ExemplarPublicityPage *self,
                         GtkSpinButton         *spin)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->updating)
    return;

  g_clear_handle_id (&self->pass_line_source, g_source_remove);
  self->pass_line_source = g_timeout_add (APPLY_PASS_LINE_DELAY_MS, apply_pass_line_timeout_cb, self);
}

static void
on_recommend_clicked_cb (ExemplarPublicityPage *self,
                         GtkButton             *button)
{
  g_autoptr(GPtrArray) declarations = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *rationale = NULL;
  g_autofree char *toast = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->publicity == NULL)
    return;

  /* A pass line still waiting to be stored counts. */
  if (self->pass_line_source != 0)
    _exemplar_publicity_page_review_apply_pass_line (self);

  for (guint i = 0; i < self->rank_rows->len; i++)
    {
      RankRow *row = g_ptr_array_index (self->rank_rows, i);

      if (gtk_check_button_get_active (row->check))
        g_ptr_array_add (declarations, rank_row_get_declaration (row));
    }

  buffer = gtk_text_view_get_buffer (self->rationale_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  rationale = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  if (!exemplar_publicity_recommend (self->publicity,
                                     (ExemplarDeclaration **) declarations->pdata, declarations->len,
                                     rationale[0] != '\0' ? rationale : NULL,
                                     &error))
    {
      _exemplar_publicity_page_set_label (self->review_error,
                                          error != NULL ? error->message : _("The recommended list could not be saved."));
      return;
    }

  _exemplar_publicity_page_set_label (self->review_error, NULL);
  /* Translators: a toast; %u units are on the recommended list. */
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recommended list saved: %u unit", "Recommended list saved: %u units",
                                        declarations->len),
                           declarations->len);
  _exemplar_publicity_page_add_toast (self, toast);
  _exemplar_publicity_page_queue_refresh (self);
}

void
_exemplar_publicity_page_review_class_init (ExemplarPublicityPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, review_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, review_status);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, quota_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, ranking_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, quota_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, quota_warning);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, pass_line_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, recommend_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, review_hint);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, review_error);
  gtk_widget_class_bind_template_callback (widget_class, on_pass_line_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recommend_clicked_cb);
}

void
_exemplar_publicity_page_review_init (ExemplarPublicityPage *self)
{
  self->rank_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rank_row_free);
}

void
_exemplar_publicity_page_review_finalize (ExemplarPublicityPage *self)
{
  g_clear_pointer (&self->rank_rows, g_ptr_array_unref);
  g_clear_pointer (&self->recommended_key, g_free);
}
