/* exemplar-aggregate.c
 *
 * The aggregation policies over one item's points: mean, trimmed mean
 * (去掉一个最高分和一个最低分) and median, exact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "exemplar-aggregate.h"

static const char * const names[EXEMPLAR_N_AGGREGATES] = {
  [EXEMPLAR_AGGREGATE_MEAN] = "mean",
  [EXEMPLAR_AGGREGATE_TRIMMED] = "trimmed",
  [EXEMPLAR_AGGREGATE_MEDIAN] = "median",
  [EXEMPLAR_AGGREGATE_ZSCORE] = "zscore",
};

const char *
exemplar_aggregate_to_string (ExemplarAggregate aggregate)
{
  g_return_val_if_fail ((guint) aggregate < EXEMPLAR_N_AGGREGATES, NULL);

  return names[aggregate];
}

gboolean
exemplar_aggregate_from_string (const char        *text,
                                ExemplarAggregate *aggregate)
{
  g_return_val_if_fail (aggregate != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < EXEMPLAR_N_AGGREGATES; i++)
    if (g_str_equal (text, names[i]))
      {
        *aggregate = (ExemplarAggregate) i;
        return TRUE;
      }

  return FALSE;
}

const char *
exemplar_aggregate_get_title (ExemplarAggregate aggregate)
{
  switch (aggregate)
    {
    case EXEMPLAR_AGGREGATE_MEAN:
      return _("Mean");
    case EXEMPLAR_AGGREGATE_TRIMMED:
      /* Translators: the mean after dropping the highest and the lowest score. */
      return _("Trimmed mean");
    case EXEMPLAR_AGGREGATE_MEDIAN:
      return _("Median");
    case EXEMPLAR_AGGREGATE_ZSCORE:
      /* Translators: scores normalised per reviewer before averaging. */
      return _("Z-score");
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_points (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The mean of @n values; their sum of hundredths never nears 64 bits. */
static ExemplarFraction
mean_of (const gint64 *values,
         guint         n)
{
  gint64 sum = 0;

  g_assert (n > 0);

  for (guint i = 0; i < n; i++)
    if (__builtin_add_overflow (sum, values[i], &sum))
      {
        g_critical ("The sum of %u points overflows 64 bits", n);
        return EXEMPLAR_FRACTION_ZERO;
      }

  return exemplar_fraction_new (sum, n);
}

ExemplarFraction
exemplar_aggregate_points (ExemplarAggregate  aggregate,
                           const gint64      *points,
                           guint              n_points,
                           guint              min_trim)
{
  g_autofree gint64 *sorted = NULL;

  g_return_val_if_fail (points != NULL || n_points == 0, EXEMPLAR_FRACTION_ZERO);

  if (n_points == 0)
    return EXEMPLAR_FRACTION_ZERO;

  switch (aggregate)
    {
    case EXEMPLAR_AGGREGATE_TRIMMED:
      /* Dropping one highest and one lowest needs something left over. */
      if (n_points < MAX (min_trim, 3))
        return mean_of (points, n_points);
      sorted = g_memdup2 (points, n_points * sizeof *points);
      qsort (sorted, n_points, sizeof *sorted, compare_points);
      return mean_of (sorted + 1, n_points - 2);

    case EXEMPLAR_AGGREGATE_MEDIAN:
      sorted = g_memdup2 (points, n_points * sizeof *points);
      qsort (sorted, n_points, sizeof *sorted, compare_points);
      if (n_points % 2 == 1)
        return exemplar_fraction_from_int (sorted[n_points / 2]);
      return mean_of (sorted + n_points / 2 - 1, 2);

    case EXEMPLAR_AGGREGATE_MEAN:
    case EXEMPLAR_AGGREGATE_ZSCORE:
    default:
      return mean_of (points, n_points);
    }
}
