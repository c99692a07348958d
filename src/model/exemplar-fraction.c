/* exemplar-fraction.c
 *
 * Exact rational numbers over 64-bit integers, always kept normalised.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-fraction.h"

/* gcd of two magnitudes; gcd (0, 0) is 0. Works on unsigned values so that
 * the magnitude of G_MININT64 is representable. */
static guint64
gcd_u64 (guint64 a,
         guint64 b)
{
  while (b != 0)
    {
      guint64 t = a % b;

      a = b;
      b = t;
    }

  return a;
}

static guint64
magnitude (gint64 value)
{
  return value < 0 ? -(guint64) value : (guint64) value;
}

static ExemplarFraction
overflow (const char *operation)
{
  g_critical ("Fraction %s overflows 64 bits; the values are out of scale", operation);
  return EXEMPLAR_FRACTION_ZERO;
}

/* Normalises num/den computed in 128 bits, refusing results that do not
 * fit 64 bits once reduced. */
static ExemplarFraction
normalise_wide (__int128    num,
                __int128    den,
                const char *operation)
{
  unsigned __int128 a, b;
  ExemplarFraction result;

  g_assert (den != 0);

  if (den < 0)
    {
      num = -num;
      den = -den;
    }

  a = num < 0 ? -(unsigned __int128) num : (unsigned __int128) num;
  b = (unsigned __int128) den;
  while (b != 0)
    {
      unsigned __int128 t = a % b;

      a = b;
      b = t;
    }

  if (num == 0)
    return EXEMPLAR_FRACTION_ZERO;

  num /= (__int128) a;
  den /= (__int128) a;

  if (num > G_MAXINT64 || num < G_MININT64 || den > G_MAXINT64)
    return overflow (operation);

  result.num = (gint64) num;
  result.den = (gint64) den;
  return result;
}

ExemplarFraction
exemplar_fraction_new (gint64 num,
                       gint64 den)
{
  g_return_val_if_fail (den != 0, EXEMPLAR_FRACTION_ZERO);

  return normalise_wide (num, den, "construction");
}

ExemplarFraction
exemplar_fraction_from_int (gint64 value)
{
  return (ExemplarFraction) { value, 1 };
}

ExemplarFraction
exemplar_fraction_add (ExemplarFraction a,
                       ExemplarFraction b)
{
  guint64 g = gcd_u64 ((guint64) a.den, (guint64) b.den);
  gint64 da = a.den / (gint64) g;
  gint64 db = b.den / (gint64) g;
  gint64 left, right, num, den;

  /* a/A + b/B = (a·B/g + b·A/g) / (A·B/g) with g = gcd (A, B). */
  if (__builtin_mul_overflow (a.num, db, &left) ||
      __builtin_mul_overflow (b.num, da, &right) ||
      __builtin_add_overflow (left, right, &num) ||
      __builtin_mul_overflow (a.den, db, &den))
    return overflow ("addition");

  return normalise_wide (num, den, "addition");
}

ExemplarFraction
exemplar_fraction_mul (ExemplarFraction a,
                       ExemplarFraction b)
{
  gint64 g1, g2, num, den;

  if (a.num == 0 || b.num == 0)
    return EXEMPLAR_FRACTION_ZERO;

  /* Cancelling crosswise first keeps the intermediate values small and
   * the result normalised. */
  g1 = (gint64) gcd_u64 (magnitude (a.num), (guint64) b.den);
  g2 = (gint64) gcd_u64 (magnitude (b.num), (guint64) a.den);

  if (__builtin_mul_overflow (a.num / g1, b.num / g2, &num) ||
      __builtin_mul_overflow (a.den / g2, b.den / g1, &den))
    return overflow ("multiplication");

  return (ExemplarFraction) { num, den };
}

ExemplarFraction
exemplar_fraction_div_int (ExemplarFraction a,
                           gint64           divisor)
{
  g_return_val_if_fail (divisor != 0, EXEMPLAR_FRACTION_ZERO);

  return normalise_wide (a.num, (__int128) a.den * divisor, "division");
}

int
exemplar_fraction_compare (ExemplarFraction a,
                           ExemplarFraction b)
{
  /* Denominators are positive, so cross multiplication keeps the order;
   * 128 bits hold any product of two 64-bit values. */
  __int128 left = (__int128) a.num * b.den;
  __int128 right = (__int128) b.num * a.den;

  return (left > right) - (left < right);
}

ExemplarFraction
exemplar_fraction_min (ExemplarFraction a,
                       ExemplarFraction b)
{
  return exemplar_fraction_compare (a, b) <= 0 ? a : b;
}

gint64
exemplar_fraction_round (ExemplarFraction a)
{
  guint64 abs_num = magnitude (a.num);
  guint64 den = (guint64) a.den;
  guint64 quotient = abs_num / den;
  guint64 remainder = abs_num % den;

  if (a.den == 1)
    return a.num;

  /* remainder < den < 2^63, so doubling it cannot wrap. */
  if (2 * remainder >= den)
    quotient++;

  return a.num < 0 ? -(gint64) quotient : (gint64) quotient;
}

double
exemplar_fraction_to_double (ExemplarFraction a)
{
  return (double) a.num / (double) a.den;
}
