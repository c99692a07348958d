/* exemplar-aggregate.h
 *
 * How the reviewers' points on one item become the item's aggregate: pure
 * functions over hundredths, exact (see exemplar-fraction.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-fraction.h"

G_BEGIN_DECLS

/**
 * ExemplarAggregate:
 * @EXEMPLAR_AGGREGATE_MEAN: the arithmetic mean (the default)
 * @EXEMPLAR_AGGREGATE_TRIMMED: drop one highest and one lowest, then the
 *   mean; only with at least min_trim sheets, else the plain mean
 * @EXEMPLAR_AGGREGATE_MEDIAN: the median (mean of the two middle values
 *   for an even count)
 * @EXEMPLAR_AGGREGATE_ZSCORE: per-reviewer z-score normalisation; only for
 *   the sensitivity check, never a campaign's policy (it needs floating
 *   point and is not exact)
 */
typedef enum
{
  EXEMPLAR_AGGREGATE_MEAN,
  EXEMPLAR_AGGREGATE_TRIMMED,
  EXEMPLAR_AGGREGATE_MEDIAN,
  EXEMPLAR_AGGREGATE_ZSCORE,
} ExemplarAggregate;

#define EXEMPLAR_N_AGGREGATES (EXEMPLAR_AGGREGATE_ZSCORE + 1)

/* "mean", "trimmed", "median", "zscore". */
const char      *exemplar_aggregate_to_string   (ExemplarAggregate  aggregate);
gboolean         exemplar_aggregate_from_string (const char        *text,
                                                 ExemplarAggregate *aggregate);
/* Translated, for display: "Mean", "Trimmed mean", "Median", "Z-score". */
const char      *exemplar_aggregate_get_title   (ExemplarAggregate  aggregate);

/* The aggregate of @n_points values (hundredths) under @aggregate
 * (MEAN, TRIMMED or MEDIAN; ZSCORE is treated as MEAN). @n_points == 0
 * gives zero. @points is not modified. */
ExemplarFraction exemplar_aggregate_points      (ExemplarAggregate  aggregate,
                                                 const gint64      *points,
                                                 guint              n_points,
                                                 guint              min_trim);

G_END_DECLS
