/* exemplar-fraction.h
 *
 * Exact rational numbers for aggregation: points are hundredths, a mean of
 * them is a fraction, and totals, ranks and ties are decided on fractions so
 * that no floating point enters the official result. Model-internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Always normalised: den > 0 and gcd (|num|, den) == 1. */
typedef struct
{
  gint64 num;
  gint64 den;
} ExemplarFraction;

#define EXEMPLAR_FRACTION_ZERO ((ExemplarFraction) { 0, 1 })

ExemplarFraction exemplar_fraction_new          (gint64           num,
                                                 gint64           den);
ExemplarFraction exemplar_fraction_from_int     (gint64           value);
/* Sum and product; overflow of 64 bits is a programming error of the
 * caller's scale (points are small) and aborts with a critical. */
ExemplarFraction exemplar_fraction_add          (ExemplarFraction a,
                                                 ExemplarFraction b);
ExemplarFraction exemplar_fraction_mul          (ExemplarFraction a,
                                                 ExemplarFraction b);
ExemplarFraction exemplar_fraction_div_int      (ExemplarFraction a,
                                                 gint64           divisor);
/* <0, 0, >0 exactly (128-bit cross multiplication). */
int              exemplar_fraction_compare      (ExemplarFraction a,
                                                 ExemplarFraction b);
ExemplarFraction exemplar_fraction_min          (ExemplarFraction a,
                                                 ExemplarFraction b);
/* Rounded half up (away from zero for halves) to an integer: a mean of
 * hundredths shown to 2 decimals. */
gint64           exemplar_fraction_round        (ExemplarFraction a);
double           exemplar_fraction_to_double    (ExemplarFraction a);

G_END_DECLS
