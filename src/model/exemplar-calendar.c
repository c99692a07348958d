/* STUB generated: replace */
#include "config.h"
#include "exemplar-calendar.h"

struct _ExemplarCalendar { GObject parent_instance; };
G_DEFINE_FINAL_TYPE (ExemplarCalendar, exemplar_calendar, G_TYPE_OBJECT)
static void exemplar_calendar_class_init (ExemplarCalendarClass *klass) { (void) klass; }
static void exemplar_calendar_init (ExemplarCalendar *self) { (void) self; }
ExemplarCalendar *
exemplar_calendar_new_builtin (GError **error)
{
  (void) error;
  return NULL;
}

ExemplarCalendar *
exemplar_calendar_new_from_file (const char *path, GError **error)
{
  (void) path; (void) error;
  return NULL;
}

gboolean
exemplar_calendar_set_day (ExemplarCalendar *self, const char *day, gboolean working, const char *note, GError **error)
{
  (void) self; (void) day; (void) working; (void) note; (void) error;
  return 0;
}

void
exemplar_calendar_clear_day (ExemplarCalendar *self, const char *day)
{
  (void) self; (void) day;
  
}

gboolean
exemplar_calendar_is_working_day (ExemplarCalendar *self, const char *day, gboolean *working, GError **error)
{
  (void) self; (void) day; (void) working; (void) error;
  return 0;
}

const char *
exemplar_calendar_get_note (ExemplarCalendar *self, const char *day)
{
  (void) self; (void) day;
  return NULL;
}

gboolean
exemplar_calendar_covers (ExemplarCalendar *self, int year)
{
  (void) self; (void) year;
  return 0;
}

char *
exemplar_calendar_add_working_days (ExemplarCalendar *self, const char *start, guint n, GError **error)
{
  (void) self; (void) start; (void) n; (void) error;
  return NULL;
}

char *
exemplar_calendar_working_days_after (ExemplarCalendar *self, const char *day, guint n, GError **error)
{
  (void) self; (void) day; (void) n; (void) error;
  return NULL;
}

int
exemplar_calendar_count_working_days (ExemplarCalendar *self, const char *from, const char *to, GError **error)
{
  (void) self; (void) from; (void) to; (void) error;
  return 0;
}

GDate *
exemplar_calendar_parse_date (const char *text)
{
  (void) text;
  return NULL;
}

char *
exemplar_calendar_format_chinese (const char *day)
{
  (void) day;
  return NULL;
}

