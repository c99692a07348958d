/* exemplar-calendar.h
 *
 * China's working-day calendar (工作日): Monday to Friday are working days
 * and weekends rest days, except that public holidays (法定节假日) are rest
 * days and make-up working days (调休上班) are working days. The holidays
 * and make-up days come from a data file shipped in data/calendar/ (the
 * State Council's schedules for 2023–2026), compiled in as a GResource;
 * a campaign adds its own overrides (calendar_day), so the office can
 * correct or extend the calendar without a new release.
 *
 * Dates are "YYYY-MM-DD" strings throughout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_CALENDAR (exemplar_calendar_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarCalendar, exemplar_calendar, EXEMPLAR, CALENDAR, GObject)

/* The shipped calendar (resource /io/github/exemplar/Exemplar/calendar/cn-workdays.json). */
ExemplarCalendar *exemplar_calendar_new_builtin       (GError           **error);
/* A calendar file of the same format (for an edited copy and for tests).
 * A malformed file is refused with a message naming the file and the entry. */
ExemplarCalendar *exemplar_calendar_new_from_file     (const char        *path,
                                                       GError           **error);

/* Overrides one day: @working TRUE makes it a working day (调休上班),
 * FALSE a rest day (a holiday); @note (nullable) names it. An invalid date
 * is refused (EXEMPLAR_ERROR_INVALID_INPUT). */
gboolean          exemplar_calendar_set_day           (ExemplarCalendar  *self,
                                                       const char        *day,
                                                       gboolean           working,
                                                       const char        *note,
                                                       GError           **error);
/* Removes an override set with set_day(); the shipped data applies again. */
void              exemplar_calendar_clear_day         (ExemplarCalendar  *self,
                                                       const char        *day);

/* FALSE with EXEMPLAR_ERROR_INVALID_INPUT when @day is not a valid date. */
gboolean          exemplar_calendar_is_working_day    (ExemplarCalendar  *self,
                                                       const char        *day,
                                                       gboolean          *working,
                                                       GError           **error);
/* The holiday's or make-up day's name ("劳动节", "劳动节调休上班"), or NULL
 * for an ordinary weekday or weekend. */
const char       *exemplar_calendar_get_note          (ExemplarCalendar  *self,
                                                       const char        *day);
/* Whether the holidays of @year are known (shipped or overridden). */
gboolean          exemplar_calendar_covers            (ExemplarCalendar  *self,
                                                       int                year);

/* The date of the @n-th working day of a period that starts on @start:
 * @start counts as the first day when it is a working day, otherwise the
 * first working day after it does. @n >= 1. A start on 2024-04-26 with 5
 * working days ends on 2024-05-06 (04-28 is a make-up working day, 05-01
 * to 05-05 the May Day holiday). Refused (INVALID_INPUT) for an invalid
 * date, @n == 0, or a period reaching a year the calendar does not cover
 * (the message names the year and says to add its holidays). */
char             *exemplar_calendar_add_working_days  (ExemplarCalendar  *self,
                                                       const char        *start,
                                                       guint              n,
                                                       GError           **error);
/* The @n-th working day after @day (@day itself not counted): the
 * verification deadline of an objection received on @day is
 * exemplar_calendar_working_days_after (cal, day, 10). Refused as above. */
char             *exemplar_calendar_working_days_after (ExemplarCalendar *self,
                                                        const char       *day,
                                                        guint             n,
                                                        GError          **error);
/* Working days from @from to @to, both included; 0 when @to < @from.
 * -1 with @error as above. */
int               exemplar_calendar_count_working_days (ExemplarCalendar *self,
                                                        const char       *from,
                                                        const char       *to,
                                                        GError          **error);

/* Parses "YYYY-MM-DD" strictly (a real date, years 1900–2999); NULL when
 * it is not one. Free with g_date_free(). */
GDate            *exemplar_calendar_parse_date        (const char        *text);
/* "2024年5月6日" (always in Chinese: notices are Chinese documents). */
char             *exemplar_calendar_format_chinese    (const char        *day);

G_END_DECLS
