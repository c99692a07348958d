/* exemplar-calendar.c
 *
 * The calendar file (data/calendar/cn-workdays.json, or an edited copy) is
 * one JSON object:
 *
 *   {
 *     "source":   "the notices it transcribes",
 *     "years":    [2023, 2024, …],
 *     "holidays": [ENTRY, …],
 *     "workdays": [ENTRY, …]
 *   }
 *
 * "years" lists the years whose holidays the file gives in full;
 * "holidays" are the rest days of the public holidays, weekends inside a
 * holiday included; "workdays" are the make-up working days (调休上班).
 * An ENTRY is either one day, {"date": "YYYY-MM-DD", "name": "劳动节"}, or
 * the days from one date to another, both included, {"from": "2024-05-01",
 * "to": "2024-05-05", "name": "劳动节"}. The name is the note shown for
 * those days. Every date must be a real date in a listed year and appear
 * only once in the file, and a make-up working day must be a Saturday or a
 * Sunday. Other members ("source", "note") are for the reader and ignored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "exemplar-calendar.h"
#include "exemplar-error.h"

#define BUILTIN_PATH "/io/github/exemplar/Exemplar/calendar/cn-workdays.json"

typedef struct
{
  gboolean  working;
  char     *note;
} CalendarDay;

struct _ExemplarCalendar
{
  GObject     parent_instance;

  /* Julian day number → CalendarDay; overrides win over the file. */
  GHashTable *shipped;
  GHashTable *overrides;
  /* The years the file lists, as GINT_TO_POINTER (year). */
  GHashTable *years;
};

G_DEFINE_FINAL_TYPE (ExemplarCalendar, exemplar_calendar, G_TYPE_OBJECT)

static void
calendar_day_free (gpointer data)
{
  CalendarDay *day = data;

  g_free (day->note);
  g_free (day);
}

static CalendarDay *
calendar_day_new (gboolean    working,
                  const char *note)
{
  CalendarDay *day = g_new0 (CalendarDay, 1);

  day->working = working;
  day->note = (note != NULL && note[0] != '\0') ? g_strdup (note) : NULL;
  return day;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static const CalendarDay *
lookup_day (ExemplarCalendar *self,
            const GDate      *date)
{
  gpointer key = GUINT_TO_POINTER (g_date_get_julian (date));
  const CalendarDay *day = g_hash_table_lookup (self->overrides, key);

  if (day == NULL)
    day = g_hash_table_lookup (self->shipped, key);
  return day;
}

static gboolean
is_working (ExemplarCalendar *self,
            const GDate      *date)
{
  const CalendarDay *day = lookup_day (self, date);

  if (day != NULL)
    return day->working;
  return !is_weekend (date);
}

static GDate *
parse_day (const char  *text,
           GError     **error)
{
  GDate *date = exemplar_calendar_parse_date (text);

  if (date == NULL)
    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                 _("“%s” is not a date. Write dates as YYYY-MM-DD, for example 2024-05-06."),
                 text != NULL ? text : "");
  return date;
}

static gboolean
require_covered (ExemplarCalendar  *self,
                 GDateYear          year,
                 GError           **error)
{
  if (exemplar_calendar_covers (self, year))
    return TRUE;

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               _("The working-day calendar does not know the holidays of %u. "
                 "Add that year’s public holidays and make-up working days to the calendar, then try again."),
               (guint) year);
  return FALSE;
}

/* Moves @date to the @n-th working day counted from @date itself, checking
 * that every year it passes through is covered. */
static gboolean
advance_working_days (ExemplarCalendar  *self,
                      GDate             *date,
                      guint              n,
                      GError           **error)
{
  GDateYear year = G_DATE_BAD_YEAR;
  guint counted = 0;

  if (n == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A period must last at least one working day."));
      return FALSE;
    }

  /* Ends: the years the file and overrides can name stop at 2999, so an
   * uncovered year is always reached before GDate's range runs out. */
  for (;;)
    {
      if (g_date_get_year (date) != year)
        {
          year = g_date_get_year (date);
          if (!require_covered (self, year, error))
            return FALSE;
        }

      if (is_working (self, date) && ++counted == n)
        return TRUE;

      g_date_add_days (date, 1);
    }
}

/* Loading the calendar file. */

typedef struct
{
  const char *file;
  const char *member;
  guint       index;
  const char *name;
} EntryPlace;

static void
set_entry_error (GError           **error,
                 const EntryPlace  *place,
                 const char        *detail)
{
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               _("The calendar file “%s” is malformed at entry %u of “%s” (%s): %s "
                 "Correct the entry and load the file again."),
               place->file, place->index + 1, place->member,
               place->name != NULL ? place->name : "?", detail);
}

static void
set_file_error (GError     **error,
                const char  *file,
                const char  *detail)
{
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               _("The calendar file “%s” is malformed: %s Correct the file and load it again."),
               file, detail);
}

static const char *
entry_string (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static GDate *
entry_date (JsonObject        *object,
            const char        *member,
            const EntryPlace  *place,
            GError           **error)
{
  const char *text = entry_string (object, member);
  GDate *date = exemplar_calendar_parse_date (text);
  g_autofree char *detail = NULL;

  if (date != NULL)
    return date;

  if (text == NULL)
    detail = g_strdup_printf (_("“%s” is missing or not a string."), member);
  else
    detail = g_strdup_printf (_("“%s” is not a date (YYYY-MM-DD)."), text);
  set_entry_error (error, place, detail);
  return NULL;
}

static gboolean
add_entry (ExemplarCalendar  *self,
           JsonNode          *node,
           gboolean           working,
           EntryPlace        *place,
           GError           **error)
{
  JsonObject *object;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_entry_error (error, place, _("The entry is not an object with a date and a name."));
      return FALSE;
    }

  object = json_node_get_object (node);
  place->name = entry_string (object, "name");
  if (place->name == NULL || place->name[0] == '\0')
    {
      place->name = NULL;
      set_entry_error (error, place, _("The entry has no “name”."));
      return FALSE;
    }

  if (json_object_has_member (object, "date"))
    {
      if (json_object_has_member (object, "from") || json_object_has_member (object, "to"))
        {
          set_entry_error (error, place, _("An entry has either “date” or “from” and “to”, not both."));
          return FALSE;
        }
      if ((from = entry_date (object, "date", place, error)) == NULL)
        return FALSE;
      to = g_date_copy (from);
    }
  else
    {
      if ((from = entry_date (object, "from", place, error)) == NULL ||
          (to = entry_date (object, "to", place, error)) == NULL)
        return FALSE;
      if (g_date_compare (from, to) > 0)
        {
          g_autofree char *from_text = format_date (from);
          g_autofree char *to_text = format_date (to);
          g_autofree char *detail = g_strdup_printf (_("“from” %s is after “to” %s."),
                                                     from_text, to_text);

          set_entry_error (error, place, detail);
          return FALSE;
        }
    }

  for (GDate *date = from; g_date_compare (date, to) <= 0; g_date_add_days (date, 1))
    {
      gpointer key = GUINT_TO_POINTER (g_date_get_julian (date));
      const CalendarDay *known = g_hash_table_lookup (self->shipped, key);
      g_autofree char *text = format_date (date);
      g_autofree char *detail = NULL;

      if (!g_hash_table_contains (self->years, GINT_TO_POINTER ((int) g_date_get_year (date))))
        detail = g_strdup_printf (_("%s falls in %u, which “years” does not list."),
                                  text, (guint) g_date_get_year (date));
      else if (known != NULL && known->working != working)
        detail = g_strdup_printf (_("%s is both a holiday and a make-up working day."), text);
      else if (known != NULL)
        detail = g_strdup_printf (_("%s is listed twice."), text);
      else if (working && !is_weekend (date))
        detail = g_strdup_printf (_("%s is a weekday, so it cannot be a make-up working day."), text);

      if (detail != NULL)
        {
          set_entry_error (error, place, detail);
          return FALSE;
        }

      g_hash_table_insert (self->shipped, key, calendar_day_new (working, place->name));
    }

  return TRUE;
}

static gboolean
load_years (ExemplarCalendar  *self,
            JsonObject        *root,
            const char        *file,
            GError           **error)
{
  JsonNode *node = json_object_get_member (root, "years");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (array = json_node_get_array (node)) == 0)
    {
      set_file_error (error, file, _("“years” must list the years whose holidays it gives, such as [2024, 2025]."));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gint64 year;

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_INT64 ||
          (year = json_node_get_int (element)) < 1900 || year > 2999)
        {
          g_autofree char *detail = g_strdup_printf (_("Entry %u of “years” is not a year between 1900 and 2999."),
                                                     i + 1);

          set_file_error (error, file, detail);
          return FALSE;
        }
      g_hash_table_add (self->years, GINT_TO_POINTER ((int) year));
    }

  return TRUE;
}

static gboolean
load_days (ExemplarCalendar  *self,
           JsonObject        *root,
           const char        *file,
           const char        *member,
           gboolean           working,
           GError           **error)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *detail = g_strdup_printf (_("“%s” must be a list of dated entries."), member);

      set_file_error (error, file, detail);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      EntryPlace place = { file, member, i, NULL };

      if (!add_entry (self, json_array_get_element (array, i), working, &place, error))
        return FALSE;
    }

  return TRUE;
}

static ExemplarCalendar *
calendar_new_from_data (const char  *data,
                        gsize        length,
                        const char  *file,
                        GError     **error)
{
  g_autoptr(ExemplarCalendar) self = g_object_new (EXEMPLAR_TYPE_CALENDAR, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_autofree char *detail = g_strconcat (local_error->message, ".", NULL);

      set_file_error (error, file, detail);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_file_error (error, file, _("It is not a JSON object with “years”, “holidays” and “workdays”."));
      return NULL;
    }

  if (!load_years (self, json_node_get_object (root), file, error) ||
      !load_days (self, json_node_get_object (root), file, "holidays", FALSE, error) ||
      !load_days (self, json_node_get_object (root), file, "workdays", TRUE, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
exemplar_calendar_finalize (GObject *object)
{
  ExemplarCalendar *self = (ExemplarCalendar *)object;

  g_clear_pointer (&self->shipped, g_hash_table_unref);
  g_clear_pointer (&self->overrides, g_hash_table_unref);
  g_clear_pointer (&self->years, g_hash_table_unref);

  G_OBJECT_CLASS (exemplar_calendar_parent_class)->finalize (object);
}

static void
exemplar_calendar_class_init (ExemplarCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_calendar_finalize;
}

static void
exemplar_calendar_init (ExemplarCalendar *self)
{
  self->shipped = g_hash_table_new_full (NULL, NULL, NULL, calendar_day_free);
  self->overrides = g_hash_table_new_full (NULL, NULL, NULL, calendar_day_free);
  self->years = g_hash_table_new (NULL, NULL);
}

ExemplarCalendar *
exemplar_calendar_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return calendar_new_from_data (data, length, BUILTIN_PATH, error);
}

ExemplarCalendar *
exemplar_calendar_new_from_file (const char  *path,
                                 GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("The calendar file “%s” could not be read: %s"),
                   display, local_error->message);
      return NULL;
    }

  return calendar_new_from_data (contents, length, display, error);
}

gboolean
exemplar_calendar_set_day (ExemplarCalendar  *self,
                           const char        *day,
                           gboolean           working,
                           const char        *note,
                           GError           **error)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), FALSE);

  if ((date = parse_day (day, error)) == NULL)
    return FALSE;

  g_hash_table_replace (self->overrides,
                        GUINT_TO_POINTER (g_date_get_julian (date)),
                        calendar_day_new (!!working, note));
  return TRUE;
}

void
exemplar_calendar_clear_day (ExemplarCalendar *self,
                             const char       *day)
{
  g_autoptr(GDate) date = NULL;

  g_return_if_fail (EXEMPLAR_IS_CALENDAR (self));

  if ((date = exemplar_calendar_parse_date (day)) != NULL)
    g_hash_table_remove (self->overrides, GUINT_TO_POINTER (g_date_get_julian (date)));
}

gboolean
exemplar_calendar_is_working_day (ExemplarCalendar  *self,
                                  const char        *day,
                                  gboolean          *working,
                                  GError           **error)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), FALSE);

  if ((date = parse_day (day, error)) == NULL)
    return FALSE;

  if (working != NULL)
    *working = is_working (self, date);
  return TRUE;
}

const char *
exemplar_calendar_get_note (ExemplarCalendar *self,
                            const char       *day)
{
  g_autoptr(GDate) date = NULL;
  const CalendarDay *known;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), NULL);

  if ((date = exemplar_calendar_parse_date (day)) == NULL)
    return NULL;

  known = lookup_day (self, date);
  return known != NULL ? known->note : NULL;
}

gboolean
exemplar_calendar_covers (ExemplarCalendar *self,
                          int               year)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), FALSE);

  if (g_hash_table_contains (self->years, GINT_TO_POINTER (year)))
    return TRUE;

  /* The office extends the calendar by entering a year's days itself. */
  g_hash_table_iter_init (&iter, self->overrides);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, GPOINTER_TO_UINT (key));
      if ((int) g_date_get_year (&date) == year)
        return TRUE;
    }

  return FALSE;
}

char *
exemplar_calendar_add_working_days (ExemplarCalendar  *self,
                                    const char        *start,
                                    guint              n,
                                    GError           **error)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), NULL);

  if ((date = parse_day (start, error)) == NULL ||
      !advance_working_days (self, date, n, error))
    return NULL;

  return format_date (date);
}

char *
exemplar_calendar_working_days_after (ExemplarCalendar  *self,
                                      const char        *day,
                                      guint              n,
                                      GError           **error)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), NULL);

  if ((date = parse_day (day, error)) == NULL)
    return NULL;

  g_date_add_days (date, 1);
  if (!advance_working_days (self, date, n, error))
    return NULL;

  return format_date (date);
}

int
exemplar_calendar_count_working_days (ExemplarCalendar  *self,
                                      const char        *from,
                                      const char        *to,
                                      GError           **error)
{
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) last = NULL;
  GDateYear year = G_DATE_BAD_YEAR;
  int count = 0;

  g_return_val_if_fail (EXEMPLAR_IS_CALENDAR (self), -1);

  if ((date = parse_day (from, error)) == NULL ||
      (last = parse_day (to, error)) == NULL)
    return -1;

  for (; g_date_compare (date, last) <= 0; g_date_add_days (date, 1))
    {
      if (g_date_get_year (date) != year)
        {
          year = g_date_get_year (date);
          if (!require_covered (self, year, error))
            return -1;
        }
      if (is_working (self, date))
        count++;
    }

  return count;
}

GDate *
exemplar_calendar_parse_date (const char *text)
{
  guint year = 0, month = 0, day = 0;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return NULL;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < 1900 || year > 2999 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

char *
exemplar_calendar_format_chinese (const char *day)
{
  g_autoptr(GDate) date = exemplar_calendar_parse_date (day);

  if (date == NULL)
    return NULL;

  /* Not translated: the date belongs to a Chinese official document. */
  return g_strdup_printf ("%u年%u月%u日",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}
