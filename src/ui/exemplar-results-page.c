/* exemplar-results-page.c
 *
 * The Results section: the ranking under the campaign's aggregation
 * policy, whether the top would change under another rule, and the
 * selected unit's scores item by item with the chart of its protections.
 *
 * Results are a snapshot (ExemplarResults): they are recomputed when the
 * evaluation changes, a moment after the last change so that a burst of
 * changes costs one computation, and only while the page is on screen; a
 * page that is not shown just notes that it is out of date. The model
 * computes on a worker thread (exemplar_results_new_async()); meanwhile
 * the page keeps showing the previous results with a spinner in the
 * toolbar, and a newer request cancels the older one. The main thread's
 * share, the request and the showing, is logged with
 * G_MESSAGES_DEBUG=Exemplar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-aggregate.h"
#include "exemplar-campaign.h"
#include "exemplar-evaluation.h"
#include "exemplar-points.h"
#include "exemplar-ranking-row.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

/* A burst of changes (a reviewer's sheet imported, a policy typed in) is
 * recomputed once, this long after the last change. */
#define RECOMPUTE_DELAY_MS    200
#define APPLY_POLICY_DELAY_MS 600

/* How much of a long line of the model is shown, and in its tooltip. */
#define SHORT_LINE_CHARS      240
#define TOOLTIP_CHARS         1500

G_DEFINE_FINAL_TYPE (ExemplarResultsPage, exemplar_results_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_RESULTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The policies a campaign may choose, in the drop-down's order. */
static const ExemplarAggregate policies[] = {
  EXEMPLAR_AGGREGATE_MEAN,
  EXEMPLAR_AGGREGATE_TRIMMED,
  EXEMPLAR_AGGREGATE_MEDIAN,
};

GtkWindow *
_exemplar_results_page_get_window (ExemplarResultsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_exemplar_results_page_show_error (ExemplarResultsPage *self,
                                   const char          *heading,
                                   const char          *message)
{
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  dialog = adw_message_dialog_new (_exemplar_results_page_get_window (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_exemplar_results_page_add_toast (ExemplarResultsPage *self,
                                  const char          *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (root), text);
}

char *
_exemplar_results_page_format_signed (gint64 hundredths)
{
  g_autofree char *magnitude = exemplar_points_format (ABS (hundredths));

  if (hundredths > 0)
    return g_strconcat ("+", magnitude, NULL);
  else if (hundredths < 0)
    /* A real minus sign, as wide as the plus. */
    return g_strconcat ("\u2212", magnitude, NULL);
  else
    return g_steal_pointer (&magnitude);
}

/* At most @max_chars characters of @text, with "…" when cut: a line of the
 * model may name every unit of a national campaign tied at a boundary. */
char *
_exemplar_results_page_shorten (const char *text,
                                glong       max_chars)
{
  g_autofree char *head = NULL;

  if (text == NULL)
    return NULL;

  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, max_chars);
  return g_strconcat (head, "…", NULL);
}

void
_exemplar_results_page_set_label (GtkLabel   *label,
                                  const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text != NULL ? text : "") != 0)
    gtk_label_set_label (label, text);
}

static ExemplarEvaluation *
get_evaluation (ExemplarResultsPage *self)
{
  return self->campaign != NULL ? exemplar_campaign_get_evaluation (self->campaign) : NULL;
}

static guint
policy_index (ExemplarAggregate aggregate)
{
  for (guint i = 0; i < G_N_ELEMENTS (policies); i++)
    {
      if (policies[i] == aggregate)
        return i;
    }

  return 0;
}

/* The controls show what the evaluation holds. */
static void
update_policy_controls (ExemplarResultsPage *self)
{
  ExemplarEvaluation *evaluation = get_evaluation (self);
  g_autofree char *locked = NULL;
  ExemplarAggregate aggregate;
  gboolean writable;

  if (evaluation == NULL)
    return;

  aggregate = exemplar_evaluation_get_aggregate (evaluation);
  locked = _exemplar_results_page_dup_locked_reason (self);
  writable = locked == NULL;

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->policy_dropdown, policy_index (aggregate));
  if (exemplar_evaluation_get_min_trim (evaluation) > 0)
    gtk_spin_button_set_value (self->min_trim_spin, exemplar_evaluation_get_min_trim (evaluation));
  if (exemplar_evaluation_get_disagreement_percent (evaluation) > 0)
    gtk_spin_button_set_value (self->disagreement_spin,
                               exemplar_evaluation_get_disagreement_percent (evaluation));
  gtk_widget_set_sensitive (GTK_WIDGET (self->min_trim_spin),
                            writable && aggregate == EXEMPLAR_AGGREGATE_TRIMMED);
  self->updating = FALSE;
}

static void
update_policy_label (ExemplarResultsPage *self)
{
  g_autofree char *text = NULL;
  guint percent;

  if (self->results == NULL)
    {
      _exemplar_results_page_set_label (self->policy_label, "");
      return;
    }

  percent = exemplar_results_get_disagreement_percent (self->results);

  if (exemplar_results_get_aggregate (self->results) == EXEMPLAR_AGGREGATE_TRIMMED)
    /* Translators: the policy in force, beside its drop-down, e.g. "trimmed
     * with at least 5 sheets · flagged over a 40% spread". */
    text = g_strdup_printf (_("trimmed with at least %u sheets · flagged over a %u%% spread"),
                            exemplar_results_get_min_trim (self->results), percent);
  else
    /* Translators: e.g. "flagged over a 40% spread". */
    text = g_strdup_printf (_("flagged over a %u%% spread"), percent);

  _exemplar_results_page_set_label (self->policy_label, text);
}

static void
update_sensitivity (ExemplarResultsPage *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  const char *icon;
  gboolean sensitive;

  if (self->results == NULL ||
      !(lines = exemplar_results_get_sensitivity (self->results)) ||
      lines->len == 0)
    {
      gtk_revealer_set_reveal_child (self->sensitivity_revealer, FALSE);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = _exemplar_results_page_shorten (g_ptr_array_index (lines, i), SHORT_LINE_CHARS);
      g_autofree char *full = _exemplar_results_page_shorten (g_ptr_array_index (lines, i), TOOLTIP_CHARS);

      if (i > 0)
        {
          g_string_append_c (text, '\n');
          g_string_append_c (tooltip, '\n');
        }
      g_string_append (text, line);
      g_string_append (tooltip, full);
    }

  sensitive = exemplar_results_get_sensitive (self->results);
  if (g_strcmp0 (gtk_label_get_label (self->sensitivity_label), text->str) != 0)
    {
      gtk_label_set_label (self->sensitivity_label, text->str);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->sensitivity_label),
                                   g_strcmp0 (text->str, tooltip->str) != 0 ? tooltip->str : NULL);
    }
  icon = sensitive ? "dialog-warning-symbolic" : "emblem-ok-symbolic";
  if (g_strcmp0 (gtk_image_get_icon_name (self->sensitivity_icon), icon) != 0)
    gtk_image_set_from_icon_name (self->sensitivity_icon, icon);
  if (sensitive)
    gtk_widget_add_css_class (self->sensitivity_box, "sensitive");
  else
    gtk_widget_remove_css_class (self->sensitivity_box, "sensitive");

  gtk_revealer_set_reveal_child (self->sensitivity_revealer, TRUE);
}

static gboolean
has_counted_sheets (ExemplarResults *results)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (results));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);

      if (exemplar_standing_get_sheets (standing) > 0)
        return TRUE;
    }

  return FALSE;
}

/* GTK 4.8 has no API to reach the rows of a column view: its list view. */
GtkWidget *
_exemplar_results_page_get_list_view (GtkColumnView *column_view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  return NULL;
}

/* The position of @unit_code in the ranking as sorted on screen. */
static gboolean
find_position (ExemplarResultsPage *self,
               const char          *unit_code)
{
  return unit_code != NULL && g_hash_table_contains (self->positions, unit_code);
}

static guint
get_position (ExemplarResultsPage *self,
              const char          *unit_code)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, unit_code)) - 1;
}

static ExemplarStanding *
get_selected_standing (ExemplarResultsPage *self)
{
  ExemplarRankingRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? exemplar_ranking_row_get_standing (row) : NULL;
}

static void
show_selected (ExemplarResultsPage *self)
{
  _exemplar_results_page_show_standing (self, get_selected_standing (self));
  _exemplar_results_page_update_actions (self);
}

/* Fills the rows in the order shown, the selected unit still selected
 * (or, with @select_first, the leader). */
static void
refill_rows (ExemplarResultsPage *self,
             const char          *selected_code,
             gboolean             select_first)
{
  self->updating = TRUE;
  _exemplar_results_page_update_rows (self);
  if (find_position (self, selected_code))
    {
      guint position = get_position (self, selected_code);

      if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
        _exemplar_results_page_flush_rows (self);
      gtk_single_selection_set_selected (self->selection, position);
    }
  else if (select_first && g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

static char *
dup_selected_code (ExemplarResultsPage *self)
{
  ExemplarUnit *unit = self->standing != NULL ? exemplar_standing_get_unit (self->standing) : NULL;

  return unit != NULL ? g_strdup (exemplar_unit_get_code (unit)) : NULL;
}

static void
set_results (ExemplarResultsPage *self,
             ExemplarResults     *results)
{
  g_autofree char *selected_code = dup_selected_code (self);
  gboolean had_results = self->results != NULL;

  g_set_object (&self->results, results);

  _exemplar_results_page_update_branch_columns (self);
  _exemplar_results_page_rebuild_items (self);

  /* Keep the selected unit selected across a recomputation; the first time
   * round, start with the leader. */
  refill_rows (self, selected_code, !had_results && selected_code == NULL);

  show_selected (self);
  update_policy_controls (self);
  update_policy_label (self);
  update_sensitivity (self);
  _exemplar_results_page_update_flagged (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS]);
}

static void
set_busy (ExemplarResultsPage *self,
          gboolean             busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spinner), busy ? _("Recomputing the results…") : NULL);
}

static void
cancel_request (ExemplarResultsPage *self)
{
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
}

static void
show_results (ExemplarResultsPage *self,
              ExemplarResults     *results,
              const GError        *error)
{
  set_results (self, results);

  if (results == NULL && error != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Results Unavailable"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (results == NULL || !has_counted_sheets (results))
    {
      adw_status_page_set_title (self->empty_page, _("No Results Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Results appear once reviewers submit their score sheets."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
    }
}

static void
on_results_ready_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ExemplarResultsPage) self = user_data;
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 arrived, shown;

  /* Cancelled: a newer request, another campaign, or the page is gone. */
  results = exemplar_results_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  arrived = g_get_monotonic_time ();
  show_results (self, results, error);
  set_busy (self, FALSE);
  shown = g_get_monotonic_time ();

  g_debug ("Results of “%s” shown %.1f ms after the request; showing them took %.1f ms of the main thread",
           self->campaign != NULL ? exemplar_campaign_get_title (self->campaign) : "",
           (arrived - self->requested_at) / 1000.0, (shown - arrived) / 1000.0);
}

void
_exemplar_results_page_recompute_now (ExemplarResultsPage *self)
{
  gint64 requested;

  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->dirty = FALSE;
  cancel_request (self);

  if (self->campaign == NULL)
    {
      set_results (self, NULL);
      set_busy (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Until the first results arrive there is nothing else to show. */
  if (self->results == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Computing the Results…"));
      adw_status_page_set_description (self->empty_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  self->requested_at = g_get_monotonic_time ();
  self->cancellable = g_cancellable_new ();
  exemplar_results_new_async (self->campaign, NULL, self->cancellable, on_results_ready_cb, g_object_ref (self));
  set_busy (self, TRUE);
  requested = g_get_monotonic_time ();

  g_debug ("Results of “%s” requested; the request took %.1f ms of the main thread",
           exemplar_campaign_get_title (self->campaign), (requested - self->requested_at) / 1000.0);
}

static gboolean
recompute_timeout_cb (gpointer user_data)
{
  ExemplarResultsPage *self = user_data;

  self->recompute_id = 0;
  _exemplar_results_page_recompute_now (self);

  return G_SOURCE_REMOVE;
}

/* Out of date: recompute soon when on screen, else when shown. */
static void
invalidate (ExemplarResultsPage *self)
{
  self->dirty = TRUE;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->recompute_id == 0)
    self->recompute_id = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_timeout_cb, self);
}

static void
apply_policy (ExemplarResultsPage *self)
{
  ExemplarEvaluation *evaluation = get_evaluation (self);
  g_autoptr(GError) error = NULL;
  ExemplarAggregate aggregate;
  guint min_trim;
  guint percent;
  guint selected;

  g_clear_handle_id (&self->apply_policy_id, g_source_remove);

  if (evaluation == NULL)
    return;

  selected = gtk_drop_down_get_selected (self->policy_dropdown);
  aggregate = policies[MIN (selected, G_N_ELEMENTS (policies) - 1)];
  min_trim = gtk_spin_button_get_value_as_int (self->min_trim_spin);
  percent = gtk_spin_button_get_value_as_int (self->disagreement_spin);

  if (aggregate == exemplar_evaluation_get_aggregate (evaluation) &&
      min_trim == exemplar_evaluation_get_min_trim (evaluation) &&
      percent == exemplar_evaluation_get_disagreement_percent (evaluation))
    return;

  if (!exemplar_evaluation_set_policy (evaluation, aggregate, min_trim, percent, &error))
    {
      /* The controls go back to what still holds. */
      update_policy_controls (self);
      _exemplar_results_page_show_error (self, _("Could Not Change the Aggregation"),
                                         error != NULL ? error->message : NULL);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->min_trim_spin), aggregate == EXEMPLAR_AGGREGATE_TRIMMED);
}

static gboolean
apply_policy_timeout_cb (gpointer user_data)
{
  ExemplarResultsPage *self = user_data;

  self->apply_policy_id = 0;
  apply_policy (self);

  return G_SOURCE_REMOVE;
}

/* Callbacks */

static void
on_evaluation_changed_cb (ExemplarResultsPage *self,
                          ExemplarEvaluation  *evaluation)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  invalidate (self);
}

static void
on_campaign_state_cb (ExemplarResultsPage *self,
                      GParamSpec          *pspec,
                      ExemplarCampaign    *campaign)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  _exemplar_results_page_update_actions (self);
  update_policy_controls (self);
}

static void
on_policy_dropdown_selected_cb (ExemplarResultsPage *self,
                                GParamSpec          *pspec,
                                GtkDropDown         *dropdown)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (!self->updating)
    apply_policy (self);
}

/* Each stored change of the policy is audited: wait until the spin stops
 * moving before storing it. */
static void
on_policy_spin_changed_cb (ExemplarResultsPage *self,
                           GtkSpinButton       *spin)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (self->updating)
    return;

  g_clear_handle_id (&self->apply_policy_id, g_source_remove);
  self->apply_policy_id = g_timeout_add (APPLY_POLICY_DELAY_MS, apply_policy_timeout_cb, self);
}

static void
on_selection_selected_item_cb (ExemplarResultsPage *self,
                               GParamSpec          *pspec,
                               GtkSingleSelection  *selection)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  if (self->updating)
    return;

  show_selected (self);
}

static void
on_ranking_view_activate_cb (ExemplarResultsPage *self,
                             guint                position,
                             GtkColumnView       *view)
{
  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
  show_selected (self);
}

static void
on_ranking_sorter_changed_cb (ExemplarResultsPage *self,
                              GtkSorterChange      change,
                              GtkSorter           *sorter)
{
  g_autofree char *selected_code = dup_selected_code (self);

  g_assert (EXEMPLAR_IS_RESULTS_PAGE (self));

  refill_rows (self, selected_code, FALSE);
  show_selected (self);
}

static void
on_paned_max_position_cb (ExemplarResultsPage *self,
                          GParamSpec          *pspec,
                          GtkPaned            *paned)
{
  int max_position = 0;

  g_object_get (paned, "max-position", &max_position, NULL);

  /* The ranking takes a little under half the height at first; then the
   * divider stays where the user puts it. */
  if (!self->paned_placed && max_position > 300)
    {
      self->paned_placed = TRUE;
      gtk_paned_set_position (paned, max_position * 9 / 20);
    }
}

/* GtkWidget */

static void
exemplar_results_page_map (GtkWidget *widget)
{
  ExemplarResultsPage *self = (ExemplarResultsPage *)widget;

  GTK_WIDGET_CLASS (exemplar_results_page_parent_class)->map (widget);

  if (self->dirty)
    _exemplar_results_page_recompute_now (self);
}

static void
exemplar_results_page_unmap (GtkWidget *widget)
{
  ExemplarResultsPage *self = (ExemplarResultsPage *)widget;

  /* A change still waiting is computed when the page is shown again. */
  if (self->recompute_id != 0)
    {
      g_clear_handle_id (&self->recompute_id, g_source_remove);
      self->dirty = TRUE;
    }

  if (self->apply_policy_id != 0)
    apply_policy (self);

  GTK_WIDGET_CLASS (exemplar_results_page_parent_class)->unmap (widget);
}

/* GObject */

static void
exemplar_results_page_dispose (GObject *object)
{
  ExemplarResultsPage *self = (ExemplarResultsPage *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  g_clear_handle_id (&self->apply_policy_id, g_source_remove);
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);

  cancel_request (self);
  _exemplar_results_page_stop_breakdown (self);
  if (self->rows_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick_id);
      self->rows_tick_id = 0;
    }
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  if (self->breakdown_view != NULL)
    gtk_list_view_set_model (self->breakdown_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_RESULTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  if (self->evaluation_signals != NULL)
    g_signal_group_set_target (self->evaluation_signals, NULL);
  if (self->campaign_signals != NULL)
    g_signal_group_set_target (self->campaign_signals, NULL);

  g_clear_object (&self->evaluation_signals);
  g_clear_object (&self->campaign_signals);
  g_clear_object (&self->standing);
  g_clear_object (&self->results);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->pending_rows, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_pointer (&self->pending_items, g_ptr_array_unref);
  g_clear_object (&self->campaign);
  g_clear_pointer (&self->branch_columns, g_ptr_array_unref);
  g_clear_pointer (&self->flagged_leaves, g_hash_table_unref);
  g_clear_pointer (&self->breakdown_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_results_page_parent_class)->dispose (object);
}

static void
exemplar_results_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_RESULTS:
      g_value_set_object (value, self->results);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_results_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_results_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_results_page_class_init (ExemplarResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_results_page_dispose;
  object_class->get_property = exemplar_results_page_get_property;
  object_class->set_property = exemplar_results_page_set_property;

  widget_class->map = exemplar_results_page_map;
  widget_class->unmap = exemplar_results_page_unmap;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RESULTS] =
    g_param_spec_object ("results", NULL, NULL,
                         EXEMPLAR_TYPE_RESULTS,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, policy_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, min_trim_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, disagreement_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, policy_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flagged_content);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flagged_content_narrow);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, sensitivity_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, sensitivity_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, sensitivity_icon);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, sensitivity_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, ranking_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, rank_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, total_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, self_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, gap_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, sheets_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flags_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, unit_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, unit_summary);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, unit_note);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, view_switch);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, items_toggle);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, chart_toggle);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, detail_leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, breakdown_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flagged_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flagged_description);
  gtk_widget_class_bind_template_child (widget_class, ExemplarResultsPage, flagged_list);
  gtk_widget_class_bind_template_callback (widget_class, on_policy_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_policy_spin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ranking_view_activate_cb);

  _exemplar_results_page_class_actions_init (klass);

  gtk_widget_class_set_css_name (widget_class, "resultspage");

  g_type_ensure (EXEMPLAR_TYPE_PROTECTION_CHART);
}

static void
exemplar_results_page_init (ExemplarResultsPage *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  self->branch_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->flagged_leaves = g_hash_table_new (NULL, NULL);
  self->dirty = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The ranking in rank order, or as sorted by a click on a column's title. */
  self->rows = g_list_store_new (EXEMPLAR_TYPE_RANKING_ROW);
  self->pending_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));
  g_signal_connect_object (gtk_column_view_get_sorter (self->ranking_view), "changed",
                           G_CALLBACK (on_ranking_sorter_changed_cb), self,
                           G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (policies); i++)
    gtk_string_list_append (titles, exemplar_aggregate_get_title (policies[i]));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->policy_dropdown, G_LIST_MODEL (titles));
  self->updating = FALSE;

  g_signal_connect_object (self->paned, "notify::max-position",
                           G_CALLBACK (on_paned_max_position_cb), self,
                           G_CONNECT_SWAPPED);

  self->evaluation_signals = g_signal_group_new (EXEMPLAR_TYPE_EVALUATION);
  g_signal_group_connect_object (self->evaluation_signals, "changed",
                                 G_CALLBACK (on_evaluation_changed_cb), self,
                                 G_CONNECT_SWAPPED);

  self->campaign_signals = g_signal_group_new (EXEMPLAR_TYPE_CAMPAIGN);
  g_signal_group_connect_object (self->campaign_signals, "notify::phase",
                                 G_CALLBACK (on_campaign_state_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->campaign_signals, "notify::read-only",
                                 G_CALLBACK (on_campaign_state_cb), self,
                                 G_CONNECT_SWAPPED);

  _exemplar_results_page_set_up_columns (self);
  _exemplar_results_page_set_up_detail (self);
  _exemplar_results_page_set_up_flagged (self);
  _exemplar_results_page_add_shortcuts (self);
  _exemplar_results_page_update_actions (self);
}

GtkWidget *
exemplar_results_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_RESULTS_PAGE, NULL);
}

ExemplarCampaign *
exemplar_results_page_get_campaign (ExemplarResultsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_results_page_set_campaign (ExemplarResultsPage *self,
                                    ExemplarCampaign    *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_RESULTS_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  /* Another campaign's results never show, not even for a moment. */
  cancel_request (self);
  set_busy (self, FALSE);
  set_results (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");

  g_set_object (&self->campaign, campaign);
  g_signal_group_set_target (self->evaluation_signals, get_evaluation (self));
  g_signal_group_set_target (self->campaign_signals, campaign);

  _exemplar_results_page_rebuild_items (self);
  update_policy_controls (self);

  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _exemplar_results_page_recompute_now (self);

  _exemplar_results_page_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

/**
 * exemplar_results_page_get_results:
 *
 * Returns: (transfer none) (nullable): the results shown
 */
ExemplarResults *
exemplar_results_page_get_results (ExemplarResultsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS_PAGE (self), NULL);

  return self->results;
}

/**
 * exemplar_results_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected unit's standing
 */
ExemplarStanding *
exemplar_results_page_get_selected (ExemplarResultsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS_PAGE (self), NULL);

  return self->standing;
}

gboolean
exemplar_results_page_select_unit (ExemplarResultsPage *self,
                                   const char          *unit_code)
{
  GtkWidget *list_view;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_RESULTS_PAGE (self), FALSE);
  g_return_val_if_fail (unit_code != NULL, FALSE);

  if (!find_position (self, unit_code))
    return FALSE;

  position = get_position (self, unit_code);
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    _exemplar_results_page_flush_rows (self);

  gtk_single_selection_set_selected (self->selection, position);
  if ((list_view = _exemplar_results_page_get_list_view (self->ranking_view)))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
  show_selected (self);

  return TRUE;
}
