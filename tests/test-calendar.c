/* test-calendar.c: China's working-day calendar, on dates whose results
 * are counted out by hand in the comments against the State Council's
 * holiday schedules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "exemplar-calendar.h"
#include "exemplar-error.h"

static ExemplarCalendar *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  ExemplarCalendar *calendar = exemplar_calendar_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (calendar);
  return calendar;
}

static void
assert_add (ExemplarCalendar *calendar,
            const char       *start,
            guint             n,
            const char       *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *end = exemplar_calendar_add_working_days (calendar, start, n, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (end, ==, expected);
}

static void
assert_after (ExemplarCalendar *calendar,
              const char       *day,
              guint             n,
              const char       *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *end = exemplar_calendar_working_days_after (calendar, day, n, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (end, ==, expected);
}

static void
assert_count (ExemplarCalendar *calendar,
              const char       *from,
              const char       *to,
              int               expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (exemplar_calendar_count_working_days (calendar, from, to, &error), ==, expected);
  g_assert_no_error (error);
}

static gboolean
working (ExemplarCalendar *calendar,
         const char       *day)
{
  g_autoptr(GError) error = NULL;
  gboolean result = FALSE;

  g_assert_true (exemplar_calendar_is_working_day (calendar, day, &result, &error));
  g_assert_no_error (error);
  return result;
}

/* Writes @contents to a temporary calendar file and loads it; returns the
 * error it was refused with. */
static GError *
load_refused (const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(ExemplarCalendar) calendar = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("exemplar-calendar-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  calendar = exemplar_calendar_new_from_file (path, &load_error);
  g_assert_null (calendar);
  g_assert_error (load_error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  /* The message names the file. */
  g_assert_nonnull (strstr (load_error->message, "exemplar-calendar-"));
  g_unlink (path);
  return g_steal_pointer (&load_error);
}

static void
test_calendar_may_day_publicity (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();

  /* The contract's example: 04-26 Fri (1), 04-27 Sat rest, 04-28 Sun
   * make-up working day (2), 04-29 Mon (3), 04-30 Tue (4), 05-01 to 05-05
   * May Day holiday, 05-06 Mon (5). */
  assert_add (calendar, "2024-04-26", 5, "2024-05-06");
  assert_add (calendar, "2024-04-26", 1, "2024-04-26");

  g_assert_true (working (calendar, "2024-04-28"));
  g_assert_false (working (calendar, "2024-04-27"));
  g_assert_false (working (calendar, "2024-05-01"));
  g_assert_false (working (calendar, "2024-05-04"));
  g_assert_true (working (calendar, "2024-05-11"));
  g_assert_true (working (calendar, "2024-05-10"));
  g_assert_false (working (calendar, "2024-05-12"));

  g_assert_cmpstr (exemplar_calendar_get_note (calendar, "2024-05-01"), ==, "劳动节");
  g_assert_cmpstr (exemplar_calendar_get_note (calendar, "2024-04-28"), ==, "劳动节调休上班");
  g_assert_null (exemplar_calendar_get_note (calendar, "2024-05-07"));
  g_assert_null (exemplar_calendar_get_note (calendar, "2024-05-12"));
}

static void
test_calendar_start_on_rest_day (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();

  /* A start inside the holiday counts from 05-06, the first working day. */
  assert_add (calendar, "2024-05-01", 1, "2024-05-06");
  assert_add (calendar, "2024-05-04", 2, "2024-05-07");
  /* 04-27 is a Saturday; the next day is the make-up Sunday. */
  assert_add (calendar, "2024-04-27", 1, "2024-04-28");
  /* An ordinary weekend: Saturday 03-09 → Monday 03-11 (1), … Friday
   * 03-15 (5). */
  assert_add (calendar, "2024-03-09", 1, "2024-03-11");
  assert_add (calendar, "2024-03-09", 5, "2024-03-15");
}

static void
test_calendar_objection_deadline (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();

  /* An objection received Monday 2024-04-29; its ten working days, 04-29
   * itself not counted: 04-30 Tue (1); 05-01 to 05-05 holiday; 05-06 Mon
   * (2), 05-07 (3), 05-08 (4), 05-09 (5), 05-10 Fri (6), 05-11 Sat make-up
   * (7); 05-12 Sun rest; 05-13 Mon (8), 05-14 (9), 05-15 Wed (10). */
  assert_after (calendar, "2024-04-29", 10, "2024-05-15");
  /* One working day after Friday 04-26 is the make-up Sunday 04-28. */
  assert_after (calendar, "2024-04-26", 1, "2024-04-28");
  /* Received on a holiday: 05-06 (1), 05-07 (2). */
  assert_after (calendar, "2024-05-03", 2, "2024-05-07");
}

static void
test_calendar_spring_festival (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();

  /* 2024: 02-08 Thu (1), 02-09 Fri (2, 除夕 is not a holiday that year);
   * 02-10 to 02-17 Spring Festival; 02-18 Sun make-up (3), 02-19 Mon (4),
   * 02-20 Tue (5). */
  assert_add (calendar, "2024-02-08", 5, "2024-02-20");
  /* After Friday 02-02: 02-03 Sat rest, 02-04 Sun make-up (1), 02-05 (2),
   * 02-06 (3). */
  assert_after (calendar, "2024-02-02", 3, "2024-02-06");
  g_assert_cmpstr (exemplar_calendar_get_note (calendar, "2024-02-12"), ==, "春节");

  /* February 2024 has 29 days from a Thursday: four whole weeks and one
   * Thursday, so 21 weekdays; minus 02-12 to 02-16 (5) plus the make-up
   * Sundays 02-04 and 02-18 (2) = 18. */
  assert_count (calendar, "2024-02-01", "2024-02-29", 18);

  /* 2025 across the year's first weeks: 01-24 Fri (1), 01-26 Sun make-up
   * (2), 01-27 Mon (3); 01-28 to 02-04 Spring Festival; 02-05 Wed (4). */
  assert_add (calendar, "2025-01-24", 4, "2025-02-05");
}

static void
test_calendar_count (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();

  /* 04-26 to 05-06 holds the five working days of the May Day example. */
  assert_count (calendar, "2024-04-26", "2024-05-06", 5);
  assert_count (calendar, "2024-05-01", "2024-05-05", 0);
  assert_count (calendar, "2024-04-28", "2024-04-28", 1);
  assert_count (calendar, "2024-05-06", "2024-04-26", 0);

  /* The official working-day totals: days − weekends − holidays on
   * weekdays + make-up days.
   * 2023: 365 from a Sunday → 105 weekend days, 260 weekdays; holidays on
   *   weekdays 1+5+1+3+2+6 = 18; 7 make-up days → 249.
   * 2024: 366 from a Monday → 104 weekend days, 262 weekdays; holidays on
   *   weekdays 1+5+2+3+1+2+5 = 19; 8 make-up days → 251.
   * 2025: 365 from a Wednesday → 261 weekdays; 1+6+1+3+1+6 = 18; 5
   *   make-up days → 248.
   * 2026: 365 from a Thursday → 261 weekdays; 2+6+1+3+1+1+5 = 19; 6
   *   make-up days → 248. */
  assert_count (calendar, "2023-01-01", "2023-12-31", 249);
  assert_count (calendar, "2024-01-01", "2024-12-31", 251);
  assert_count (calendar, "2025-01-01", "2025-12-31", 248);
  assert_count (calendar, "2026-01-01", "2026-12-31", 248);
}

static void
test_calendar_shipped_years (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();
  /* Holidays on weekdays and make-up days per year, from the schedules
   * (see test_calendar_count); their difference is the statutory days
   * off: 11 in 2023 and 2024, 13 from 2025. */
  const struct { int year; int rest_weekdays; int working_weekends; } expected[] = {
    { 2023, 18, 7 },
    { 2024, 19, 8 },
    { 2025, 18, 5 },
    { 2026, 19, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, expected[i].year);
      int rest_weekdays = 0;
      int working_weekends = 0;

      g_assert_true (exemplar_calendar_covers (calendar, expected[i].year));
      for (; (int) g_date_get_year (date) == expected[i].year; g_date_add_days (date, 1))
        {
          char text[11];
          GDateWeekday weekday = g_date_get_weekday (date);
          gboolean weekend = weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
          gboolean is_working;

          g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
          is_working = working (calendar, text);
          if (!weekend && !is_working)
            {
              rest_weekdays++;
              /* Every rest weekday is a named holiday. */
              g_assert_nonnull (exemplar_calendar_get_note (calendar, text));
            }
          else if (weekend && is_working)
            working_weekends++;
        }

      g_assert_cmpint (rest_weekdays, ==, expected[i].rest_weekdays);
      g_assert_cmpint (working_weekends, ==, expected[i].working_weekends);
    }

  g_assert_false (exemplar_calendar_covers (calendar, 2022));
  g_assert_false (exemplar_calendar_covers (calendar, 2027));
}

static void
test_calendar_overrides (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();
  g_autoptr(GError) error = NULL;

  /* The office closes on 05-06: the period moves on to 05-07. */
  g_assert_true (exemplar_calendar_set_day (calendar, "2024-05-06", FALSE, "区内调整", &error));
  g_assert_no_error (error);
  g_assert_false (working (calendar, "2024-05-06"));
  g_assert_cmpstr (exemplar_calendar_get_note (calendar, "2024-05-06"), ==, "区内调整");
  assert_add (calendar, "2024-04-26", 5, "2024-05-07");

  exemplar_calendar_clear_day (calendar, "2024-05-06");
  g_assert_true (working (calendar, "2024-05-06"));
  g_assert_null (exemplar_calendar_get_note (calendar, "2024-05-06"));
  assert_add (calendar, "2024-04-26", 5, "2024-05-06");

  /* Working Saturday 05-04 inside the holiday: 04-26 (1), 04-28 (2), 04-29
   * (3), 04-30 (4), 05-04 (5). */
  g_assert_true (exemplar_calendar_set_day (calendar, "2024-05-04", TRUE, NULL, &error));
  g_assert_no_error (error);
  assert_add (calendar, "2024-04-26", 5, "2024-05-04");
  g_assert_null (exemplar_calendar_get_note (calendar, "2024-05-04"));
  assert_count (calendar, "2024-05-01", "2024-05-05", 1);
  exemplar_calendar_clear_day (calendar, "2024-05-04");
  g_assert_cmpstr (exemplar_calendar_get_note (calendar, "2024-05-04"), ==, "劳动节");
  assert_count (calendar, "2024-05-01", "2024-05-05", 0);

  g_assert_false (exemplar_calendar_set_day (calendar, "2024-05-32", FALSE, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2024-05-32"));
}

static void
test_calendar_uncovered_year (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;

  /* 2026-12-31 is a Thursday, the last day the shipped data knows. */
  assert_after (calendar, "2026-12-30", 1, "2026-12-31");

  end = exemplar_calendar_add_working_days (calendar, "2026-12-25", 10, &error);
  g_assert_null (end);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2027"));
  g_clear_error (&error);

  end = exemplar_calendar_working_days_after (calendar, "2026-12-30", 2, &error);
  g_assert_null (end);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2027"));
  g_clear_error (&error);

  g_assert_cmpint (exemplar_calendar_count_working_days (calendar, "2026-12-01", "2027-01-10", &error), ==, -1);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2027"));
  g_clear_error (&error);

  g_assert_null (exemplar_calendar_add_working_days (calendar, "2022-06-01", 1, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2022"));
  g_clear_error (&error);

  /* Entering 2027's New Year's Day makes the year known to the calendar:
   * 12-31 Thu (1), 2027-01-01 Fri holiday, 01-04 Mon (2). */
  g_assert_true (exemplar_calendar_set_day (calendar, "2027-01-01", FALSE, "元旦", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_calendar_covers (calendar, 2027));
  assert_after (calendar, "2026-12-30", 2, "2027-01-04");
  exemplar_calendar_clear_day (calendar, "2027-01-01");
  g_assert_false (exemplar_calendar_covers (calendar, 2027));
}

static void
test_calendar_invalid_dates (void)
{
  g_autoptr(ExemplarCalendar) calendar = builtin ();
  const char *invalid[] = { "2024-02-30", "2024-5-1", "", "2023-02-29", "2024-13-01",
                            "1899-12-31", "3000-01-01", "2024/05/01", "2024-05-01 ", "２０２４-05-01" };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDate) date = exemplar_calendar_parse_date (invalid[i]);
      gboolean result = TRUE;
      g_autofree char *end = NULL;

      g_assert_null (date);
      g_assert_null (exemplar_calendar_format_chinese (invalid[i]));

      g_assert_false (exemplar_calendar_is_working_day (calendar, invalid[i], &result, &error));
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, invalid[i]));
      g_clear_error (&error);

      end = exemplar_calendar_add_working_days (calendar, invalid[i], 5, &error);
      g_assert_null (end);
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
      g_clear_error (&error);

      g_assert_cmpint (exemplar_calendar_count_working_days (calendar, "2024-01-01", invalid[i], &error), ==, -1);
      g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
      g_assert_null (exemplar_calendar_get_note (calendar, invalid[i]));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *end = exemplar_calendar_add_working_days (calendar, "2024-04-26", 0, &error);

    g_assert_null (end);
    g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  }

  {
    g_autoptr(GDate) leap = exemplar_calendar_parse_date ("2024-02-29");

    g_assert_nonnull (leap);
    g_assert_cmpint (g_date_get_day (leap), ==, 29);
    g_assert_cmpint (g_date_get_month (leap), ==, G_DATE_FEBRUARY);
    g_assert_cmpint (g_date_get_year (leap), ==, 2024);
  }
}

static void
test_calendar_format_chinese (void)
{
  g_autofree char *may = exemplar_calendar_format_chinese ("2024-05-06");
  g_autofree char *dec = exemplar_calendar_format_chinese ("2023-12-31");

  g_assert_cmpstr (may, ==, "2024年5月6日");
  g_assert_cmpstr (dec, ==, "2023年12月31日");
}

static void
test_calendar_malformed_file (void)
{
  g_autoptr(GError) bad_date = NULL;
  g_autoptr(GError) both = NULL;
  g_autoptr(GError) unlisted = NULL;
  g_autoptr(GError) weekday = NULL;
  g_autoptr(GError) twice = NULL;
  g_autoptr(GError) no_years = NULL;
  g_autoptr(GError) not_json = NULL;
  g_autoptr(GError) missing = NULL;

  bad_date = load_refused ("{\"years\": [2024], \"holidays\": ["
                           "{\"date\": \"2024-01-01\", \"name\": \"元旦\"},"
                           "{\"date\": \"2024-02-30\", \"name\": \"劳动节\"}], \"workdays\": []}");
  g_assert_nonnull (strstr (bad_date->message, "2024-02-30"));
  g_assert_nonnull (strstr (bad_date->message, "劳动节"));
  g_assert_nonnull (strstr (bad_date->message, "holidays"));

  both = load_refused ("{\"years\": [2024], "
                       "\"holidays\": [{\"from\": \"2024-05-01\", \"to\": \"2024-05-05\", \"name\": \"劳动节\"}],"
                       "\"workdays\": [{\"date\": \"2024-05-04\", \"name\": \"劳动节调休上班\"}]}");
  g_assert_nonnull (strstr (both->message, "2024-05-04"));
  g_assert_nonnull (strstr (both->message, "workdays"));

  unlisted = load_refused ("{\"years\": [2024], "
                           "\"holidays\": [{\"date\": \"2025-01-01\", \"name\": \"元旦\"}], \"workdays\": []}");
  g_assert_nonnull (strstr (unlisted->message, "2025-01-01"));
  g_assert_nonnull (strstr (unlisted->message, "元旦"));

  /* 2024-04-29 is a Monday. */
  weekday = load_refused ("{\"years\": [2024], \"holidays\": [], "
                          "\"workdays\": [{\"date\": \"2024-04-29\", \"name\": \"劳动节调休上班\"}]}");
  g_assert_nonnull (strstr (weekday->message, "2024-04-29"));

  twice = load_refused ("{\"years\": [2024], \"holidays\": ["
                        "{\"from\": \"2024-10-01\", \"to\": \"2024-10-07\", \"name\": \"国庆节\"},"
                        "{\"date\": \"2024-10-07\", \"name\": \"国庆节\"}], \"workdays\": []}");
  g_assert_nonnull (strstr (twice->message, "2024-10-07"));

  no_years = load_refused ("{\"holidays\": [], \"workdays\": []}");
  g_assert_nonnull (strstr (no_years->message, "years"));

  not_json = load_refused ("{\"years\": [2024], \"holidays\": [");
  missing = load_refused ("{\"years\": [2024], \"holidays\": [{\"name\": \"元旦\"}], \"workdays\": []}");
  g_assert_nonnull (strstr (missing->message, "元旦"));
}

static void
test_calendar_file_roundtrip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCalendar) calendar = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("exemplar-calendar-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path,
                       "{\"source\": \"test\", \"years\": [2024], "
                       "\"holidays\": [{\"from\": \"2024-05-01\", \"to\": \"2024-05-03\", \"name\": \"劳动节\"}],"
                       "\"workdays\": [{\"date\": \"2024-04-28\", \"name\": \"劳动节调休上班\"}]}",
                       -1, &error);
  g_assert_no_error (error);

  calendar = exemplar_calendar_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (calendar);
  g_unlink (path);

  /* A shorter holiday: 04-26 (1), 04-28 (2), 04-29 (3), 04-30 (4), 05-06
   * Mon (5) since 05-04 and 05-05 are an ordinary weekend. */
  assert_add (calendar, "2024-04-26", 5, "2024-05-06");
  assert_add (calendar, "2024-04-26", 4, "2024-04-30");
  g_assert_true (exemplar_calendar_covers (calendar, 2024));
  g_assert_false (exemplar_calendar_covers (calendar, 2025));

  g_assert_null (exemplar_calendar_new_from_file ("/nonexistent/calendar.json", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "calendar.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/may-day-publicity", test_calendar_may_day_publicity);
  g_test_add_func ("/calendar/start-on-rest-day", test_calendar_start_on_rest_day);
  g_test_add_func ("/calendar/objection-deadline", test_calendar_objection_deadline);
  g_test_add_func ("/calendar/spring-festival", test_calendar_spring_festival);
  g_test_add_func ("/calendar/count", test_calendar_count);
  g_test_add_func ("/calendar/shipped-years", test_calendar_shipped_years);
  g_test_add_func ("/calendar/overrides", test_calendar_overrides);
  g_test_add_func ("/calendar/uncovered-year", test_calendar_uncovered_year);
  g_test_add_func ("/calendar/invalid-dates", test_calendar_invalid_dates);
  g_test_add_func ("/calendar/format-chinese", test_calendar_format_chinese);
  g_test_add_func ("/calendar/malformed-file", test_calendar_malformed_file);
  g_test_add_func ("/calendar/file-roundtrip", test_calendar_file_roundtrip);

  return g_test_run ();
}
