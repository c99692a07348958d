/* test-fraction.c: exact fractions and the aggregation policies, on worked
 * examples whose results are written out by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-aggregate.h"
#include "exemplar-fraction.h"

#define assert_fraction(f, n, d) \
  G_STMT_START { \
    ExemplarFraction f_ = (f); \
    g_assert_cmpint (f_.num, ==, (n)); \
    g_assert_cmpint (f_.den, ==, (d)); \
  } G_STMT_END

static void
test_fraction_normalised (void)
{
  /* 150/100 is 3/2; the sign lives in the numerator. */
  assert_fraction (exemplar_fraction_new (150, 100), 3, 2);
  assert_fraction (exemplar_fraction_new (3, -6), -1, 2);
  assert_fraction (exemplar_fraction_new (-4, -8), 1, 2);
  assert_fraction (exemplar_fraction_new (0, -7), 0, 1);
  assert_fraction (exemplar_fraction_from_int (-12), -12, 1);
  assert_fraction (EXEMPLAR_FRACTION_ZERO, 0, 1);
}

static void
test_fraction_arithmetic (void)
{
  ExemplarFraction third = exemplar_fraction_new (1, 3);
  ExemplarFraction sixth = exemplar_fraction_new (1, 6);

  /* 1/3 + 1/6 = 2/6 + 1/6 = 3/6 = 1/2. */
  assert_fraction (exemplar_fraction_add (third, sixth), 1, 2);
  /* 1/3 + (-1/3) = 0. */
  assert_fraction (exemplar_fraction_add (third, exemplar_fraction_new (-1, 3)), 0, 1);
  /* 2/3 × 9/4 = 18/12 = 3/2. */
  assert_fraction (exemplar_fraction_mul (exemplar_fraction_new (2, 3), exemplar_fraction_new (9, 4)), 3, 2);
  /* -5/7 × 14/5 = -2. */
  assert_fraction (exemplar_fraction_mul (exemplar_fraction_new (-5, 7), exemplar_fraction_new (14, 5)), -2, 1);
  /* 2250/1 ÷ 3 = 750; 3/4 ÷ -6 = -1/8. */
  assert_fraction (exemplar_fraction_div_int (exemplar_fraction_from_int (2250), 3), 750, 1);
  assert_fraction (exemplar_fraction_div_int (exemplar_fraction_new (3, 4), -6), -1, 8);
}

static void
test_fraction_compare (void)
{
  ExemplarFraction two_thirds = exemplar_fraction_new (2, 3);
  ExemplarFraction seven_tenths = exemplar_fraction_new (7, 10);
  /* Values whose cross products do not fit 64 bits still compare exactly:
   * (2^62 - 1)/2^62 < (2^62)/(2^62 + 1) because (2^62 - 1)(2^62 + 1) =
   * 2^124 - 1 < 2^124. */
  ExemplarFraction a = exemplar_fraction_new (G_GINT64_CONSTANT (4611686018427387903),
                                              G_GINT64_CONSTANT (4611686018427387904));
  ExemplarFraction b = exemplar_fraction_new (G_GINT64_CONSTANT (4611686018427387904),
                                              G_GINT64_CONSTANT (4611686018427387905));

  g_assert_cmpint (exemplar_fraction_compare (two_thirds, seven_tenths), <, 0);
  g_assert_cmpint (exemplar_fraction_compare (seven_tenths, two_thirds), >, 0);
  g_assert_cmpint (exemplar_fraction_compare (two_thirds, exemplar_fraction_new (4, 6)), ==, 0);
  g_assert_cmpint (exemplar_fraction_compare (exemplar_fraction_new (-1, 2), EXEMPLAR_FRACTION_ZERO), <, 0);
  g_assert_cmpint (exemplar_fraction_compare (a, b), <, 0);
  g_assert_cmpint (exemplar_fraction_compare (b, a), >, 0);

  assert_fraction (exemplar_fraction_min (two_thirds, seven_tenths), 2, 3);
  assert_fraction (exemplar_fraction_min (seven_tenths, two_thirds), 2, 3);
}

static void
test_fraction_round (void)
{
  /* 2/3 of a hundredth shows as 0.67 of a point: 67 hundredths from 200/3. */
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (200, 3)), ==, 67);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (2, 3)), ==, 1);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (1, 3)), ==, 0);
  /* Halves round up, and away from zero below it. */
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (1, 2)), ==, 1);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (5, 2)), ==, 3);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (-1, 2)), ==, -1);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (-1, 3)), ==, 0);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_new (-5, 3)), ==, -2);
  g_assert_cmpint (exemplar_fraction_round (exemplar_fraction_from_int (750)), ==, 750);
  g_assert_cmpfloat_with_epsilon (exemplar_fraction_to_double (exemplar_fraction_new (1, 4)), 0.25, 1e-12);
}

static void
test_fraction_overflow_subprocess (void)
{
  /* 2^62 + 2^62 = 2^63 does not fit. */
  exemplar_fraction_add (exemplar_fraction_from_int (G_GINT64_CONSTANT (4611686018427387904)),
                         exemplar_fraction_from_int (G_GINT64_CONSTANT (4611686018427387904)));
}

static void
test_fraction_overflow (void)
{
  g_test_trap_subprocess ("/fraction/overflow/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*overflows 64 bits*");
}

static void
test_aggregate_strings (void)
{
  ExemplarAggregate aggregate = EXEMPLAR_AGGREGATE_MEAN;

  for (guint i = 0; i < EXEMPLAR_N_AGGREGATES; i++)
    {
      g_assert_true (exemplar_aggregate_from_string (exemplar_aggregate_to_string (i), &aggregate));
      g_assert_cmpint (aggregate, ==, i);
      g_assert_nonnull (exemplar_aggregate_get_title (i));
    }

  g_assert_cmpstr (exemplar_aggregate_to_string (EXEMPLAR_AGGREGATE_TRIMMED), ==, "trimmed");
  g_assert_true (exemplar_aggregate_from_string ("median", &aggregate));
  g_assert_cmpint (aggregate, ==, EXEMPLAR_AGGREGATE_MEDIAN);
  g_assert_false (exemplar_aggregate_from_string ("average", &aggregate));
  g_assert_false (exemplar_aggregate_from_string (NULL, &aggregate));
  g_assert_cmpint (aggregate, ==, EXEMPLAR_AGGREGATE_MEDIAN);
  g_assert_cmpstr (exemplar_aggregate_get_title (EXEMPLAR_AGGREGATE_TRIMMED), ==, "Trimmed mean");
}

static void
test_aggregate_mean (void)
{
  /* (8 + 7.5 + 7) / 3 = 22.5 / 3 = 7.5 points. */
  const gint64 three[] = { 800, 750, 700 };
  /* (2 + 1.5) / 2 = 1.75 points = 175 hundredths. */
  const gint64 two[] = { 200, 150 };
  /* (2 + 2 + 1.5) / 3 = 5.5 / 3 = 550/3 hundredths, shown as 1.83. */
  const gint64 thirds[] = { 200, 200, 150 };

  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, three, 3, 5), 750, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, two, 2, 5), 175, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, thirds, 3, 5), 550, 3);
  g_assert_cmpint (exemplar_fraction_round (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN,
                                                                       thirds, 3, 5)), ==, 183);
  /* Nobody scored: zero, for every policy. */
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, NULL, 0, 5), 0, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_TRIMMED, NULL, 0, 5), 0, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN, NULL, 0, 5), 0, 1);
  /* The z-score is only a sensitivity check; as a policy it is the mean. */
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_ZSCORE, three, 3, 5), 750, 1);
}

static void
test_aggregate_trimmed (void)
{
  /* Five sheets, unsorted: drop 9 and 5, (8 + 7.5 + 7) / 3 = 7.5. */
  const gint64 five[] = { 700, 900, 500, 800, 750 };
  const gint64 five_copy[] = { 700, 900, 500, 800, 750 };
  /* Four sheets with min_trim 5: too few to trim, so the plain mean,
   * (9 + 8 + 7.5 + 5) / 4 = 29.5 / 4 = 7.375 = 2950/4 = 1475/2 hundredths. */
  const gint64 four[] = { 900, 800, 750, 500 };
  /* Ties at the ends drop one copy only: {6, 6, 6, 4, 4} → (6 + 6 + 4) / 3 = 16/3. */
  const gint64 ties[] = { 600, 600, 600, 400, 400 };

  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_TRIMMED, five, 5, 5), 750, 1);
  g_assert_cmpmem (five, sizeof five, five_copy, sizeof five_copy);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_TRIMMED, four, 4, 5), 1475, 2);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, four, 4, 5), 1475, 2);
  /* With min_trim 3 the same four are trimmed: (8 + 7.5) / 2 = 7.75. */
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_TRIMMED, four, 4, 3), 775, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_TRIMMED, ties, 5, 5), 1600, 3);
  /* The mean of the five for comparison: 37.5 / 5 = 7.3 ≠ 7.5. */
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEAN, five, 5, 5), 730, 1);
}

static void
test_aggregate_median (void)
{
  /* Odd count: the middle of {5, 7, 7.5, 8, 9} is 7.5. */
  const gint64 five[] = { 700, 900, 500, 800, 750 };
  /* Even count: the middles of {5, 7.5, 8, 9} are 7.5 and 8, so 7.75. */
  const gint64 four[] = { 900, 500, 800, 750 };
  /* Two sheets: (0.5 + 1) / 2 = 0.75 → 75 hundredths. */
  const gint64 two[] = { 100, 50 };
  const gint64 five_copy[] = { 700, 900, 500, 800, 750 };

  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN, five, 5, 5), 750, 1);
  g_assert_cmpmem (five, sizeof five, five_copy, sizeof five_copy);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN, four, 4, 5), 775, 1);
  assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN, two, 2, 5), 75, 1);
  /* Off the 0.5 step the middle is still exact: (0.5 + 0.75) / 2 =
   * 125/2 hundredths, shown as 0.63 (half up). */
  {
    const gint64 odd[] = { 75, 50 };

    assert_fraction (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN, odd, 2, 5), 125, 2);
    g_assert_cmpint (exemplar_fraction_round (exemplar_aggregate_points (EXEMPLAR_AGGREGATE_MEDIAN,
                                                                         odd, 2, 5)), ==, 63);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fraction/normalised", test_fraction_normalised);
  g_test_add_func ("/fraction/arithmetic", test_fraction_arithmetic);
  g_test_add_func ("/fraction/compare", test_fraction_compare);
  g_test_add_func ("/fraction/round", test_fraction_round);
  g_test_add_func ("/fraction/overflow", test_fraction_overflow);
  g_test_add_func ("/fraction/overflow/subprocess", test_fraction_overflow_subprocess);
  g_test_add_func ("/aggregate/strings", test_aggregate_strings);
  g_test_add_func ("/aggregate/mean", test_aggregate_mean);
  g_test_add_func ("/aggregate/trimmed", test_aggregate_trimmed);
  g_test_add_func ("/aggregate/median", test_aggregate_median);

  return g_test_run ();
}
