/* exemplar-results.c
 *
 * Every submitted sheet is read once (a handful of queries, not one per
 * score; exemplar-results-load.c) into a table of points indexed by sheet
 * and leaf position. Here each unit is aggregated under the mean, the
 * trimmed mean and the median in one pass: the policy's aggregate makes the
 * standings, the others only their ranking for the sensitivity check
 * (exemplar-results-rank.c). Everything on the way to totals and ranks is
 * an exact fraction; only the z-score check uses doubles.
 *
 * That work needs no object of the campaign, only a snapshot of plain
 * values, so exemplar_results_new_async() does it on a worker thread with a
 * connection of its own (WAL lets it read while the main thread writes);
 * exemplar_results_new() does the same on the campaign's connection. Back
 * on the main thread, making the results is one object per unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-results-private.h"
#include "exemplar-unit.h"

/* How many units are aggregated between two looks at the cancellable. */
#define UNITS_PER_CHECK 256

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ExemplarResults, exemplar_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
build_free_scratch (ExemplarResultsBuild *build)
{
  g_clear_pointer (&build->by_application, g_hash_table_unref);
  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    g_clear_pointer (&build->keys[a], g_free);
  g_clear_pointer (&build->points, g_free);
  g_clear_pointer (&build->point_rounds, g_free);
  g_clear_pointer (&build->document, g_free);
  g_clear_pointer (&build->items, g_free);
  g_clear_pointer (&build->bonus, g_free);
}

void
_exemplar_results_build_free (ExemplarResultsBuild *build)
{
  if (build == NULL)
    return;

  build_free_scratch (build);
  g_clear_pointer (&build->input, _exemplar_results_input_free);
  g_clear_pointer (&build->table, _exemplar_score_table_unref);
  g_clear_pointer (&build->order, g_free);
  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    g_clear_pointer (&build->tops[a], g_strfreev);
  g_clear_pointer (&build->sensitivity, g_ptr_array_unref);
  g_clear_pointer (&build->field_means, g_free);
  g_free (build);
}

/* Aggregation. */

/* A leaf's aggregate from its points, which are grouped by round. With
 * weighted rounds: the weighted mean of the rounds' aggregates, the weights
 * renormalised over the rounds that scored the leaf; when none of those
 * rounds carries a weight, the points count together as if unweighted. */
static ExemplarFraction
aggregate_leaf (ExemplarResultsBuild *build,
                ExemplarAggregate     aggregate,
                const gint64         *points,
                const guint          *rounds,
                guint                 n_points)
{
  ExemplarResultsInput *input = build->input;
  guint min_trim = input->min_trim;
  ExemplarFraction sum = EXEMPLAR_FRACTION_ZERO;
  gint64 weights = 0;

  if (!input->weighted)
    return exemplar_aggregate_points (aggregate, points, n_points, min_trim);

  for (guint start = 0, end; start < n_points; start = end)
    {
      guint weight;

      for (end = start + 1; end < n_points && rounds[end] == rounds[start]; end++)
        ;
      weight = rounds[start] == NO_ROUND ? 0 : input->rounds[rounds[start]].weight;
      if (weight == 0)
        continue;

      sum = exemplar_fraction_add (sum, exemplar_fraction_mul (exemplar_aggregate_points (aggregate, points + start,
                                                                                          end - start, min_trim),
                                                               exemplar_fraction_from_int (weight)));
      weights += weight;
    }

  if (weights == 0)
    return exemplar_aggregate_points (aggregate, points, n_points, min_trim);

  return exemplar_fraction_div_int (sum, weights);
}

static ExemplarFraction
capped (ExemplarResultsBuild *build,
        ExemplarFraction      bonus)
{
  return exemplar_fraction_min (bonus, exemplar_fraction_from_int (build->input->bonus_cap));
}

/* One unit under every exact aggregate: its items, subtotals, total and
 * flags under the policy's, every aggregate's rank key. */
static void
aggregate_unit (ExemplarResultsBuild *build,
                guint                 u)
{
  ExemplarResultsInput *input = build->input;
  ExemplarScoreTable *table = build->table;
  ExemplarUnitResult *result = &table->units[u];
  ExemplarFraction *unit_items = table->items + (gsize) u * table->n_leaves;
  guint8 *unit_scored = table->scored + (gsize) u * table->n_leaves;
  ExemplarFraction *unit_subtotals = table->subtotals + (gsize) u * table->n_branches;
  gint64 *points = build->points;
  guint *rounds = build->point_rounds;
  gint64 *document = build->document;
  ExemplarFraction doc_items[N_EXACT], doc_bonus[N_EXACT];

  /* Per aggregate and branch, the items' and the bonus items' sums. */
  for (guint i = 0; i < N_EXACT * table->n_branches; i++)
    build->items[i] = build->bonus[i] = EXEMPLAR_FRACTION_ZERO;
  for (guint a = 0; a < N_EXACT; a++)
    doc_items[a] = doc_bonus[a] = EXEMPLAR_FRACTION_ZERO;

  result->first_flag = table->flags->len;

  for (guint l = 0; l < table->n_leaves; l++)
    {
      guint branch = input->leaf_branch[l];
      guint n_points = 0, n_document = 0;
      gint64 low = G_MAXINT64, high = G_MININT64;

      for (guint s = result->first_sheet; s < result->first_sheet + result->n_sheets; s++)
        {
          gint64 value = table->points[(gsize) s * table->n_leaves + l];
          guint round = table->sheet_round[s];

          if (value < 0)
            continue;
          points[n_points] = value;
          rounds[n_points++] = round;
          low = MIN (low, value);
          high = MAX (high, value);
          if (round != NO_ROUND && input->rounds[round].method == EXEMPLAR_METHOD_DOCUMENT)
            document[n_document++] = value;
        }

      if (n_points == 0)
        continue;

      unit_scored[l] = TRUE;
      /* Exact: (high − low) / points > percent / 100. */
      if ((high - low) * 100 > (gint64) input->disagreement_percent * input->leaf_points[l])
        g_array_append_val (table->flags, l);

      for (guint a = 0; a < N_EXACT; a++)
        {
          ExemplarFraction value = aggregate_leaf (build, a, points, rounds, n_points);
          ExemplarFraction *sum = (input->leaf_bonus[l] ? build->bonus : build->items) +
                                  a * table->n_branches + branch;

          if (a == input->aggregate)
            unit_items[l] = value;
          *sum = exemplar_fraction_add (*sum, value);

          if (n_document > 0)
            {
              ExemplarFraction doc = exemplar_aggregate_points (a, document, n_document, input->min_trim);
              ExemplarFraction *doc_sum = input->leaf_bonus[l] ? &doc_bonus[a] : &doc_items[a];

              *doc_sum = exemplar_fraction_add (*doc_sum, doc);
            }
        }
    }

  result->n_flags = table->flags->len - result->first_flag;

  for (guint a = 0; a < N_EXACT; a++)
    {
      ExemplarRankKey *key = &build->keys[a][u];
      const ExemplarFraction *items = build->items + a * table->n_branches;
      const ExemplarFraction *bonus = build->bonus + a * table->n_branches;
      ExemplarFraction all_items = EXEMPLAR_FRACTION_ZERO;
      ExemplarFraction all_bonus = EXEMPLAR_FRACTION_ZERO;

      key->protections = EXEMPLAR_FRACTION_ZERO;
      for (guint b = 0; b < table->n_branches; b++)
        {
          ExemplarFraction subtotal = exemplar_fraction_add (items[b], capped (build, bonus[b]));

          all_items = exemplar_fraction_add (all_items, items[b]);
          all_bonus = exemplar_fraction_add (all_bonus, bonus[b]);
          if (input->branch_protection[b])
            key->protections = exemplar_fraction_add (key->protections, subtotal);
          if (a == input->aggregate)
            unit_subtotals[b] = subtotal;
        }

      key->total = exemplar_fraction_add (all_items, capped (build, all_bonus));
      /* The document-review rounds' total, bonus capped like the total. */
      key->document = exemplar_fraction_add (doc_items[a], capped (build, doc_bonus[a]));
      if (a == input->aggregate)
        result->total = key->total;
    }
}

ExemplarResultsBuild *
_exemplar_results_compute (ExemplarResultsInput  *input,
                           ExemplarDatabase      *db,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(ExemplarResultsBuild) build = g_new0 (ExemplarResultsBuild, 1);
  gint64 started = g_get_monotonic_time ();
  gint64 loaded;
  guint most_sheets = 0;
  guint n_branches = MAX (input->n_branches, 1);

  build->input = input;

  if (input->viewer_id != 0 && !_exemplar_results_check_viewer (build, db, error))
    return NULL;
  if (!_exemplar_results_load (build, db, cancellable, error))
    return NULL;
  loaded = g_get_monotonic_time ();

  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    build->keys[a] = g_new0 (ExemplarRankKey, MAX (input->n_units, 1));
  for (guint u = 0; u < input->n_units; u++)
    most_sheets = MAX (most_sheets, build->table->units[u].n_sheets);
  build->points = g_new (gint64, MAX (most_sheets, 1));
  build->point_rounds = g_new (guint, MAX (most_sheets, 1));
  build->document = g_new (gint64, MAX (most_sheets, 1));
  build->items = g_new (ExemplarFraction, N_EXACT * n_branches);
  build->bonus = g_new (ExemplarFraction, N_EXACT * n_branches);

  for (guint u = 0; u < input->n_units; u++)
    {
      if (u % UNITS_PER_CHECK == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      aggregate_unit (build, u);
    }

  _exemplar_results_compute_zscores (build);
  _exemplar_results_rank_standings (build);
  _exemplar_results_compute_sensitivity (build);
  _exemplar_results_compute_field_means (build);
  build_free_scratch (build);

  g_debug ("Results of %u units from %u sheets under the %s: read in %.1f ms, computed in %.1f ms",
           input->n_units, build->table->n_sheets, exemplar_aggregate_to_string (input->aggregate),
           (loaded - started) / 1000.0, (g_get_monotonic_time () - loaded) / 1000.0);

  return g_steal_pointer (&build);
}

/* Main thread: the results of @build, the campaign's objects put back in
 * place of the positions. Steals what it keeps from @build. */
static ExemplarResults *
results_new_from_build (ExemplarResultsObjects *objects,
                        ExemplarResultsBuild   *build)
{
  ExemplarResults *self = g_object_new (EXEMPLAR_TYPE_RESULTS, NULL);
  ExemplarResultsInput *input = build->input;
  ExemplarScoreTable *table = build->table;
  gint64 started = g_get_monotonic_time ();

  _exemplar_score_table_attach (table, objects->leaves, objects->branches, objects->reviewers, objects->rounds);

  self->table = _exemplar_score_table_ref (table);
  self->aggregate = input->aggregate;
  self->min_trim = input->min_trim;
  self->disagreement_percent = input->disagreement_percent;
  self->protections = g_ptr_array_ref (objects->protections);
  self->sensitive = build->sensitive;
  self->sensitivity = g_steal_pointer (&build->sensitivity);
  self->field_means = g_steal_pointer (&build->field_means);
  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    self->tops[a] = g_steal_pointer (&build->tops[a]);

  self->standings = g_ptr_array_new_full (table->n_units, g_object_unref);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < table->n_units; i++)
    {
      guint u = build->order[i];
      ExemplarDeclaration *declaration = g_ptr_array_index (objects->declarations, u);
      ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);

      g_ptr_array_add (self->standings, _exemplar_standing_new (table, u, declaration));
      if (unit != NULL)
        g_hash_table_insert (self->by_code, (gpointer) exemplar_unit_get_code (unit),
                             g_ptr_array_index (self->standings, i));
    }

  g_debug ("Results of %u units made in %.2f ms", table->n_units, (g_get_monotonic_time () - started) / 1000.0);

  return self;
}

/* The campaign's own policy; the z-score is never one. */
static void
get_policy (ExemplarCampaign  *campaign,
            ExemplarAggregate *aggregate,
            guint             *min_trim)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);

  *aggregate = exemplar_evaluation_get_aggregate (evaluation);
  if ((guint) *aggregate >= N_EXACT)
    *aggregate = EXEMPLAR_AGGREGATE_MEAN;
  *min_trim = exemplar_evaluation_get_min_trim (evaluation);
}

/* The synchronous path: the same steps on the campaign's connection. */
static ExemplarResults *
compute_now (ExemplarCampaign   *campaign,
             ExemplarReviewer   *viewer,
             ExemplarAggregate   aggregate,
             guint               min_trim,
             GError            **error)
{
  g_autoptr(ExemplarResultsObjects) objects = NULL;
  g_autoptr(ExemplarResultsBuild) build = NULL;
  ExemplarResultsInput *input = NULL;

  _exemplar_results_snapshot (campaign, viewer, aggregate, min_trim, &input, &objects);
  build = _exemplar_results_compute (input, exemplar_campaign_get_database (campaign), NULL, error);
  if (build == NULL)
    return NULL;

  return results_new_from_build (objects, build);
}

/* The asynchronous path. The task the caller sees stays on the main thread
 * and keeps the objects; an inner task takes only the plain input to the
 * worker, so no object of the campaign is touched or released there. */

typedef struct
{
  ExemplarResultsInput *input;
} ComputeJob;

static void
compute_job_free (gpointer data)
{
  ComputeJob *job = data;

  g_clear_pointer (&job->input, _exemplar_results_input_free);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeJob *job = task_data;
  g_autoptr(ExemplarDatabase) db = NULL;
  ExemplarResultsBuild *build;
  GError *error = NULL;

  /* A connection of the worker's own, read-only, and one read transaction
   * so that every query sees the same state of the file. */
  db = exemplar_database_open (job->input->path, EXEMPLAR_DATABASE_OPEN, &error);
  if (db == NULL ||
      !exemplar_database_exec (db, "PRAGMA query_only = ON", &error) ||
      !exemplar_database_exec (db, "BEGIN", &error))
    {
      g_task_return_error (task, error);
      return;
    }

  build = _exemplar_results_compute (g_steal_pointer (&job->input), db, cancellable, &error);
  exemplar_database_exec (db, "COMMIT", NULL);

  if (build == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, build, (GDestroyNotify) _exemplar_results_build_free);
}

static void
on_computed_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(ExemplarResultsBuild) build = NULL;
  GError *error = NULL;

  build = g_task_propagate_pointer (G_TASK (result), &error);
  if (build == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A newer request took over: no need to make these. */
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, results_new_from_build (g_task_get_task_data (task), build), g_object_unref);
}

/* GListModel. */

static GType
exemplar_results_get_item_type (GListModel *model)
{
  return EXEMPLAR_TYPE_STANDING;
}

static guint
exemplar_results_get_n_items (GListModel *model)
{
  ExemplarResults *self = EXEMPLAR_RESULTS (model);

  return self->standings != NULL ? self->standings->len : 0;
}

static gpointer
exemplar_results_get_item (GListModel *model,
                           guint       position)
{
  ExemplarResults *self = EXEMPLAR_RESULTS (model);

  if (self->standings == NULL || position >= self->standings->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->standings, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = exemplar_results_get_item_type;
  iface->get_n_items = exemplar_results_get_n_items;
  iface->get_item = exemplar_results_get_item;
}

/* GObject. */

static void
exemplar_results_dispose (GObject *object)
{
  ExemplarResults *self = (ExemplarResults *)object;

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->standings, g_ptr_array_unref);
  g_clear_pointer (&self->protections, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_results_parent_class)->dispose (object);
}

static void
exemplar_results_finalize (GObject *object)
{
  ExemplarResults *self = (ExemplarResults *)object;

  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    g_clear_pointer (&self->tops[a], g_strfreev);
  g_clear_pointer (&self->sensitivity, g_ptr_array_unref);
  g_clear_pointer (&self->field_means, g_free);
  g_clear_pointer (&self->table, _exemplar_score_table_unref);

  G_OBJECT_CLASS (exemplar_results_parent_class)->finalize (object);
}

static void
exemplar_results_class_init (ExemplarResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_results_dispose;
  object_class->finalize = exemplar_results_finalize;
}

static void
exemplar_results_init (ExemplarResults *self)
{
}

/* Public API. */

ExemplarResults *
exemplar_results_new (ExemplarCampaign  *campaign,
                      ExemplarReviewer  *viewer,
                      GError           **error)
{
  ExemplarAggregate aggregate;
  guint min_trim;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (viewer == NULL || EXEMPLAR_IS_REVIEWER (viewer), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  get_policy (campaign, &aggregate, &min_trim);

  return compute_now (campaign, viewer, aggregate, min_trim, error);
}

void
exemplar_results_new_async (ExemplarCampaign    *campaign,
                            ExemplarReviewer    *viewer,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  ExemplarResultsObjects *objects = NULL;
  ComputeJob *job;
  ExemplarAggregate aggregate;
  guint min_trim;

  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));
  g_return_if_fail (viewer == NULL || EXEMPLAR_IS_REVIEWER (viewer));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (campaign, cancellable, callback, user_data);
  g_task_set_source_tag (task, exemplar_results_new_async);

  get_policy (campaign, &aggregate, &min_trim);

  /* Without a file there is no second connection to read through. */
  if (exemplar_campaign_get_path (campaign) == NULL)
    {
      g_autoptr(GError) error = NULL;
      ExemplarResults *results = compute_now (campaign, viewer, aggregate, min_trim, &error);

      if (results == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, results, g_object_unref);
      return;
    }

  job = g_new0 (ComputeJob, 1);
  _exemplar_results_snapshot (campaign, viewer, aggregate, min_trim, &job->input, &objects);
  g_task_set_task_data (task, objects, (GDestroyNotify) _exemplar_results_objects_free);

  worker = g_task_new (NULL, cancellable, on_computed_cb, g_object_ref (task));
  g_task_set_source_tag (worker, compute_thread);
  g_task_set_task_data (worker, job, compute_job_free);
  g_task_run_in_thread (worker, compute_thread);
}

ExemplarResults *
exemplar_results_new_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == exemplar_results_new_async, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

ExemplarResults *
exemplar_results_new_with_policy (ExemplarCampaign   *campaign,
                                  ExemplarAggregate   aggregate,
                                  guint               min_trim,
                                  GError            **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((guint) aggregate >= N_EXACT)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Z-score normalisation is only a check of the ranking, not an aggregation "
                             "policy: choose the mean, the trimmed mean or the median."));
      return NULL;
    }

  if (min_trim < 3)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The trimmed mean drops the highest and the lowest score, so it needs at least "
                     "3 sheets, not %u: give a minimum of 3 or more."), min_trim);
      return NULL;
    }

  return compute_now (campaign, NULL, aggregate, min_trim, error);
}

ExemplarAggregate
exemplar_results_get_aggregate (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), EXEMPLAR_AGGREGATE_MEAN);

  return self->aggregate;
}

guint
exemplar_results_get_min_trim (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), 0);

  return self->min_trim;
}

guint
exemplar_results_get_disagreement_percent (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), 0);

  return self->disagreement_percent;
}

ExemplarStanding *
exemplar_results_find (ExemplarResults *self,
                       const char      *unit_code)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  return g_hash_table_lookup (self->by_code, unit_code);
}

static gpointer
ref_object (gconstpointer object,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

static GPtrArray *
copy_objects (GPtrArray *array)
{
  GPtrArray *copy = g_ptr_array_copy (array, ref_object, NULL);

  g_ptr_array_set_free_func (copy, g_object_unref);
  return copy;
}

GPtrArray *
exemplar_results_get_branches (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), NULL);

  return copy_objects (self->table->branches);
}

GPtrArray *
exemplar_results_get_protections (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), NULL);

  return copy_objects (self->protections);
}

gint64
exemplar_results_get_field_mean (ExemplarResults *self,
                                 guint            protection_index)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), 0);
  g_return_val_if_fail (protection_index < self->protections->len, 0);

  return self->field_means[protection_index];
}

const char * const *
exemplar_results_get_top (ExemplarResults   *self,
                          ExemplarAggregate  aggregate)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), NULL);
  g_return_val_if_fail ((guint) aggregate < EXEMPLAR_N_AGGREGATES, NULL);

  return (const char * const *) self->tops[aggregate];
}

gboolean
exemplar_results_get_sensitive (ExemplarResults *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), FALSE);

  return self->sensitive;
}

static gpointer
dup_string (gconstpointer string,
            gpointer      user_data)
{
  return g_strdup (string);
}

GPtrArray *
exemplar_results_get_sensitivity (ExemplarResults *self)
{
  GPtrArray *lines;

  g_return_val_if_fail (EXEMPLAR_IS_RESULTS (self), NULL);

  lines = g_ptr_array_copy (self->sensitivity, dup_string, NULL);
  g_ptr_array_set_free_func (lines, g_free);
  return lines;
}
