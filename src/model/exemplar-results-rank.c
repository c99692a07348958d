/* exemplar-results-rank.c
 *
 * Ranking the units on their exact keys (total, then the protections'
 * subtotal, then the document-review total), the notes that explain ties,
 * the per-reviewer z-scores and the sensitivity of the top to the rule.
 * Plain values only: this may run on a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exemplar-results-private.h"

/* Units named in a tie note or a sensitivity line before "and N others":
 * a national campaign may tie hundreds at a boundary. */
#define MAX_NAMED 3

/* Z-scores are compared at this resolution, so that two units whose
 * z-scores are equal but were summed in another order still tie. */
#define Z_RESOLUTION 1e9

/* Names and lists. */

static char *
dup_unit_label (ExemplarResultsBuild *build,
                guint                 unit)
{
  /* Translators: a unit in a sentence, its name then its code, e.g.
   * "天山路街道 (310105006)". */
  return g_strdup_printf (_("%s (%s)"), build->input->unit_names[unit], build->input->unit_codes[unit]);
}

/* "A, B, C and 4 others": the first MAX_NAMED of @n_units units, of which
 * @units holds at least those. */
static char *
dup_unit_list (ExemplarResultsBuild *build,
               const guint          *units,
               guint                 n_units)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint named = MIN (n_units, MAX_NAMED);

  for (guint i = 0; i < named; i++)
    {
      g_autofree char *label = dup_unit_label (build, units[i]);

      if (i > 0)
        /* Translators: separates units in a list, e.g. "A, B". */
        g_string_append (text, _(", "));
      g_string_append (text, label);
    }

  if (n_units > named)
    {
      guint others = n_units - named;

      g_string_append_c (text, ' ');
      /* Translators: ends a shortened list of units, e.g. "A, B, C and 4 others". */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u other", "and %u others", others),
                              others);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
aggregate_phrase (ExemplarAggregate aggregate)
{
  switch (aggregate)
    {
    case EXEMPLAR_AGGREGATE_TRIMMED:
      /* Translators: used in "Under %s, …": the aggregation rule. */
      return _("the trimmed mean");
    case EXEMPLAR_AGGREGATE_MEDIAN:
      /* Translators: used in "Under %s, …": the aggregation rule. */
      return _("the median");
    case EXEMPLAR_AGGREGATE_ZSCORE:
      /* Translators: used in "Under %s, …": the aggregation rule. */
      return _("per-reviewer z-scores");
    case EXEMPLAR_AGGREGATE_MEAN:
    default:
      /* Translators: used in "Under %s, …": the aggregation rule. */
      return _("the mean");
    }
}

static gboolean
is_ranked (ExemplarResultsBuild *build,
           guint                 unit)
{
  const ExemplarUnitResult *result = &build->table->units[unit];

  return result->n_sheets > 0 && result->veto_reason == NULL;
}

/* Per-reviewer z-score normalisation, for the sensitivity check only: each
 * sheet's total becomes (total − the reviewer's mean) / the reviewer's
 * population standard deviation over their sheets, and a unit's score is
 * the mean over its sheets. Doubles are fine here: this never decides an
 * official rank, it only says whether another rule would.
 *
 * A reviewer who scored one unit only, or gave every unit the same total,
 * has no standard deviation: their sheets say nothing about the unit
 * relative to the reviewer's habits, so they are left out rather than
 * counted as average. A unit left with no sheet has no z-score; when a
 * ranked unit has none, no ranking under z-scores exists (cross-evaluation
 * where each reviewer scores one unit is such a campaign). */
void
_exemplar_results_compute_zscores (ExemplarResultsBuild *build)
{
  ExemplarScoreTable *table = build->table;
  ExemplarResultsInput *input = build->input;
  guint n_reviewers = MAX (input->n_reviewers, 1);
  g_autofree gint64 *totals = g_new0 (gint64, MAX (table->n_sheets, 1));
  g_autofree gint64 *sums = g_new0 (gint64, n_reviewers);
  g_autofree gint64 *lows = g_new (gint64, n_reviewers);
  g_autofree gint64 *highs = g_new (gint64, n_reviewers);
  g_autofree guint *counts = g_new0 (guint, n_reviewers);
  g_autofree double *squares = g_new0 (double, n_reviewers);
  ExemplarRankKey *keys = build->keys[EXEMPLAR_AGGREGATE_ZSCORE];
  guint n_ranked;

  for (guint r = 0; r < n_reviewers; r++)
    {
      lows[r] = G_MAXINT64;
      highs[r] = G_MININT64;
    }

  for (guint s = 0; s < table->n_sheets; s++)
    {
      const gint64 *row = table->points + (gsize) s * table->n_leaves;
      guint r = table->sheet_reviewer[s];
      gint64 items = 0, bonus = 0;

      for (guint l = 0; l < table->n_leaves; l++)
        if (row[l] > 0)
          *(input->leaf_bonus[l] ? &bonus : &items) += row[l];
      totals[s] = items + MIN (bonus, input->bonus_cap);
      sums[r] += totals[s];
      counts[r]++;
      lows[r] = MIN (lows[r], totals[s]);
      highs[r] = MAX (highs[r], totals[s]);
    }

  for (guint s = 0; s < table->n_sheets; s++)
    {
      guint r = table->sheet_reviewer[s];
      double deviation = totals[s] - (double) sums[r] / counts[r];

      squares[r] += deviation * deviation;
    }

  build->without_zscore = 0;
  n_ranked = 0;
  for (guint u = 0; u < table->n_units; u++)
    {
      const ExemplarUnitResult *result = &table->units[u];
      double z = 0;
      guint n = 0;

      for (guint s = result->first_sheet; s < result->first_sheet + result->n_sheets; s++)
        {
          guint r = table->sheet_reviewer[s];

          /* Exact, in hundredths: some spread, so a standard deviation above 0. */
          if (counts[r] < 2 || lows[r] == highs[r])
            continue;

          z += (totals[s] - (double) sums[r] / counts[r]) / sqrt (squares[r] / counts[r]);
          n++;
        }

      keys[u].has_z = n > 0;
      keys[u].z = n > 0 ? nearbyint (z / n * Z_RESOLUTION) / Z_RESOLUTION : 0;
      if (is_ranked (build, u))
        {
          n_ranked++;
          if (n == 0)
            build->without_zscore++;
        }
    }

  /* When every ranked unit is within the quota, the top is all of them
   * under any rule, z-scores or not. */
  build->has_zscores = build->without_zscore == 0 || n_ranked <= input->quota;
}

/* Ranking. */

static int
compare_exact (const void *a,
               const void *b)
{
  const ExemplarRankKey *x = a, *y = b;
  int order;

  if ((order = exemplar_fraction_compare (y->total, x->total)) != 0 ||
      (order = exemplar_fraction_compare (y->protections, x->protections)) != 0 ||
      (order = exemplar_fraction_compare (y->document, x->document)) != 0)
    return order;

  return (x->unit > y->unit) - (x->unit < y->unit);
}

static int
compare_z (const void *a,
           const void *b)
{
  const ExemplarRankKey *x = a, *y = b;

  if (x->z != y->z)
    return x->z < y->z ? 1 : -1;
  return (x->unit > y->unit) - (x->unit < y->unit);
}

static gboolean
same_rank (ExemplarAggregate      aggregate,
           const ExemplarRankKey *x,
           const ExemplarRankKey *y)
{
  if (aggregate == EXEMPLAR_AGGREGATE_ZSCORE)
    return x->z == y->z;

  return exemplar_fraction_compare (x->total, y->total) == 0 &&
         exemplar_fraction_compare (x->protections, y->protections) == 0 &&
         exemplar_fraction_compare (x->document, y->document) == 0;
}

/* The ranked units' keys under @aggregate, best first, with their ranks
 * ("1, 2, 2, 4"). Returns the number ranked. */
static guint
rank_units (ExemplarResultsBuild  *build,
            ExemplarAggregate      aggregate,
            ExemplarRankKey      **sorted,
            guint                **ranks)
{
  guint n_units = build->table->n_units;
  guint n = 0;

  *sorted = g_new0 (ExemplarRankKey, MAX (n_units, 1));
  *ranks = g_new0 (guint, MAX (n_units, 1));
  for (guint u = 0; u < n_units; u++)
    if (is_ranked (build, u))
      {
        (*sorted)[n] = build->keys[aggregate][u];
        (*sorted)[n++].unit = u;
      }

  qsort (*sorted, n, sizeof (ExemplarRankKey), aggregate == EXEMPLAR_AGGREGATE_ZSCORE ? compare_z : compare_exact);

  for (guint i = 0; i < n; i++)
    (*ranks)[i] = i > 0 && same_rank (aggregate, &(*sorted)[i - 1], &(*sorted)[i]) ? (*ranks)[i - 1] : i + 1;

  return n;
}

/* The tie notes of the units in sorted[start..end), which share a total:
 * which tie-break set each apart from the others, and which stay tied.
 * Quadratic in the group, but each note keeps only the units it names. */
static void
note_ties (ExemplarResultsBuild  *build,
           const ExemplarRankKey *sorted,
           guint                  start,
           guint                  end)
{
  for (guint i = start; i < end; i++)
    {
      ExemplarUnitResult *result = &build->table->units[sorted[i].unit];
      guint tied[MAX_NAMED], decided[MAX_NAMED];
      guint n_tied = 0, n_decided = 0;
      g_autoptr(GString) note = g_string_new (NULL);
      gboolean by_protections = FALSE, by_document = FALSE;

      for (guint j = start; j < end; j++)
        {
          if (j == i)
            continue;

          if (exemplar_fraction_compare (sorted[i].protections, sorted[j].protections) != 0)
            by_protections = TRUE;
          else if (exemplar_fraction_compare (sorted[i].document, sorted[j].document) != 0)
            by_document = TRUE;
          else
            {
              if (n_tied < MAX_NAMED)
                tied[n_tied] = sorted[j].unit;
              n_tied++;
              continue;
            }

          if (n_decided < MAX_NAMED)
            decided[n_decided] = sorted[j].unit;
          n_decided++;
        }

      if (n_decided > 0)
        {
          g_autofree char *names = dup_unit_list (build, decided, n_decided);

          if (by_protections && by_document)
            /* Translators: %s is a list of units. */
            g_string_append_printf (note, _("Same total as %s; ranked by the protections subtotal, "
                                            "then by the document-review total."), names);
          else if (by_protections)
            /* Translators: %s is a list of units. */
            g_string_append_printf (note, _("Same total as %s; ranked by the protections subtotal."), names);
          else
            /* Translators: %s is a list of units. */
            g_string_append_printf (note, _("Same total as %s; ranked by the document-review total."), names);
        }

      if (n_tied > 0)
        {
          g_autofree char *names = dup_unit_list (build, tied, n_tied);

          if (note->len > 0)
            g_string_append_c (note, ' ');
          /* Translators: %s is a list of units. */
          g_string_append_printf (note, _("Tied with %s: the same total, protections subtotal and "
                                          "document-review total."), names);
          result->tied = TRUE;
        }

      result->tie_note = g_string_free (g_steal_pointer (&note), FALSE);
    }
}

/* The order of the standings (rank order, unranked last in official
 * order), with ranks and tie notes under the policy's aggregate. */
void
_exemplar_results_rank_standings (ExemplarResultsBuild *build)
{
  ExemplarScoreTable *table = build->table;
  g_autofree ExemplarRankKey *sorted = NULL;
  g_autofree guint *ranks = NULL;
  guint n = rank_units (build, build->input->aggregate, &sorted, &ranks);
  guint position = 0;

  build->order = g_new0 (guint, MAX (table->n_units, 1));
  for (guint i = 0; i < n; i++)
    {
      table->units[sorted[i].unit].rank = ranks[i];
      build->order[position++] = sorted[i].unit;
    }

  for (guint start = 0, end; start < n; start = end)
    {
      for (end = start + 1;
           end < n && exemplar_fraction_compare (sorted[start].total, sorted[end].total) == 0;
           end++)
        ;
      if (end - start > 1)
        note_ties (build, sorted, start, end);
    }

  for (guint u = 0; u < table->n_units; u++)
    if (!is_ranked (build, u))
      build->order[position++] = u;
}

/* Sensitivity. */

/* The units ranked within the quota under @aggregate. Ranks run 1, 2, 2,
 * 4: every unit ranked within the quota is in, so units tied at the
 * boundary all are. */
static GArray *
find_top (ExemplarResultsBuild *build,
          ExemplarAggregate     aggregate)
{
  GArray *top = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree ExemplarRankKey *sorted = NULL;
  g_autofree guint *ranks = NULL;
  guint n;

  if (aggregate == EXEMPLAR_AGGREGATE_ZSCORE && build->without_zscore > 0)
    {
      if (!build->has_zscores)
        return top;
      /* All ranked units are in, whatever their order. */
      aggregate = build->input->aggregate;
    }

  n = rank_units (build, aggregate, &sorted, &ranks);
  for (guint i = 0; i < n && ranks[i] <= build->input->quota; i++)
    g_array_append_val (top, sorted[i].unit);

  return top;
}

static GStrv
dup_codes (ExemplarResultsBuild *build,
           GArray               *units)
{
  GStrv codes = g_new0 (char *, units->len + 1);

  for (guint i = 0; i < units->len; i++)
    codes[i] = g_strdup (build->input->unit_codes[g_array_index (units, guint, i)]);

  return codes;
}

/* The units of @units that @in does not mark, in @units' order. */
static GArray *
units_missing (GArray         *units,
               const gboolean *in)
{
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < units->len; i++)
    if (!in[g_array_index (units, guint, i)])
      g_array_append_val (missing, g_array_index (units, guint, i));

  return missing;
}

static char *
dup_change_line (ExemplarResultsBuild *build,
                 ExemplarAggregate     aggregate,
                 GArray               *entering,
                 GArray               *leaving)
{
  g_autofree char *enter_names = dup_unit_list (build, (guint *) entering->data, entering->len);
  g_autofree char *leave_names = dup_unit_list (build, (guint *) leaving->data, leaving->len);
  const char *rule = aggregate_phrase (aggregate);
  guint quota = build->input->quota;

  if (entering->len > 0 && leaving->len > 0)
    /* Translators: "Under the median, 天山路街道 (310105006) would enter and
     * 华阳路街道 (310105001) leave the top 3." */
    return g_strdup_printf (_("Under %s, %s would enter and %s leave the top %u."),
                            rule, enter_names, leave_names, quota);
  else if (entering->len > 0)
    /* Translators: "Under the median, 天山路街道 (310105006) would also enter the
     * top 3." (a tie at the boundary widens it) */
    return g_strdup_printf (_("Under %s, %s would also enter the top %u."), rule, enter_names, quota);
  else
    /* Translators: "Under the median, 华阳路街道 (310105001) would leave the top 3." */
    return g_strdup_printf (_("Under %s, %s would leave the top %u."), rule, leave_names, quota);
}

void
_exemplar_results_compute_sensitivity (ExemplarResultsBuild *build)
{
  guint n_units = build->table->n_units;
  GArray *tops[EXEMPLAR_N_AGGREGATES];
  g_autofree gboolean *in_policy = g_new0 (gboolean, MAX (n_units, 1));
  g_autofree gboolean *in_other = g_new0 (gboolean, MAX (n_units, 1));
  ExemplarAggregate policy = build->input->aggregate;
  guint quota = build->input->quota;

  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    {
      tops[a] = find_top (build, a);
      build->tops[a] = dup_codes (build, tops[a]);
    }
  for (guint i = 0; i < tops[policy]->len; i++)
    in_policy[g_array_index (tops[policy], guint, i)] = TRUE;

  build->sensitivity = g_ptr_array_new_with_free_func (g_free);
  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    {
      g_autoptr(GArray) entering = NULL;
      g_autoptr(GArray) leaving = NULL;

      if (a == policy || (a == EXEMPLAR_AGGREGATE_ZSCORE && !build->has_zscores))
        continue;

      memset (in_other, 0, sizeof (gboolean) * MAX (n_units, 1));
      for (guint i = 0; i < tops[a]->len; i++)
        in_other[g_array_index (tops[a], guint, i)] = TRUE;

      entering = units_missing (tops[a], in_policy);
      leaving = units_missing (tops[policy], in_other);
      if (entering->len == 0 && leaving->len == 0)
        continue;

      build->sensitive = TRUE;
      g_ptr_array_add (build->sensitivity, dup_change_line (build, a, entering, leaving));
    }

  if (!build->sensitive && build->has_zscores)
    /* Translators: %u is the quota, e.g. "The top 3 is the same under every aggregation rule." */
    g_ptr_array_add (build->sensitivity,
                     g_strdup_printf (_("The top %u is the same under every aggregation rule."), quota));
  else if (!build->sensitive)
    /* Translators: %u is the quota, e.g. "The top 3 is the same under the mean, the
     * trimmed mean and the median." (z-scores could not be checked) */
    g_ptr_array_add (build->sensitivity,
                     g_strdup_printf (_("The top %u is the same under the mean, the trimmed mean and the median."),
                                      quota));

  if (!build->has_zscores)
    /* Translators: %u is a number of units. A reviewer's z-scores need a
     * spread of totals: two or more units, not all scored alike. */
    g_ptr_array_add (build->sensitivity,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Per-reviewer z-scores were not checked: %u ranked unit has "
                                                   "no score sheet from a reviewer who scored two or more units "
                                                   "with different totals.",
                                                   "Per-reviewer z-scores were not checked: %u ranked units have "
                                                   "no score sheet from a reviewer who scored two or more units "
                                                   "with different totals.",
                                                   build->without_zscore),
                                      build->without_zscore));

  for (guint a = 0; a < EXEMPLAR_N_AGGREGATES; a++)
    g_array_unref (tops[a]);
}

void
_exemplar_results_compute_field_means (ExemplarResultsBuild *build)
{
  ExemplarResultsInput *input = build->input;
  ExemplarScoreTable *table = build->table;

  build->field_means = g_new0 (gint64, MAX (input->n_protections, 1));
  for (guint p = 0; p < input->n_protections; p++)
    {
      guint branch = input->protection_branch[p];
      ExemplarFraction sum = EXEMPLAR_FRACTION_ZERO;
      guint n = 0;

      for (guint i = 0; i < table->n_units; i++)
        {
          guint u = build->order[i];

          if (table->units[u].rank == 0)
            break;
          sum = exemplar_fraction_add (sum, table->subtotals[(gsize) u * table->n_branches + branch]);
          n++;
        }

      build->field_means[p] = n > 0 ? exemplar_fraction_round (exemplar_fraction_div_int (sum, n)) : 0;
    }
}
