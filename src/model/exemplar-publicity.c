/* exemplar-publicity.c
 *
 * The publicity: loading from the file, the working-day calendar, the pass
 * line, the opinions' names and the helpers every change shares. See
 * exemplar-publicity-private.h for the other files the class is split over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-campaign-private.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-objection.h"
#include "exemplar-publicity-private.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

G_DEFINE_FINAL_TYPE (ExemplarPublicity, exemplar_publicity, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const ExemplarEnumName opinion_names[] = {
  [EXEMPLAR_OPINION_AGREE]    = { "agree", N_("Agree") },
  [EXEMPLAR_OPINION_DISAGREE] = { "disagree", N_("Disagree") },
  [EXEMPLAR_OPINION_NONE]     = { "none", N_("No opinion") },
};

/* Loading */

/* The shipped calendar with the campaign's own days on top. Without a
 * calendar the publicity still opens; setting a period then says why it
 * cannot be computed. */
static void
load_calendar (ExemplarPublicity *self)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_clear_object (&self->calendar);
  self->calendar = exemplar_calendar_new_builtin (&local_error);
  if (self->calendar == NULL)
    {
      g_warning ("No working-day calendar: %s",
                 local_error != NULL ? local_error->message : "not available");
      return;
    }

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT day, working, note FROM calendar_day ORDER BY day",
                                    &local_error);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) day_error = NULL;

      if (!exemplar_calendar_set_day (self->calendar,
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      sqlite3_column_int (stmt, 1) != 0,
                                      (const char *) sqlite3_column_text (stmt, 2),
                                      &day_error))
        g_warning ("Ignoring a stored calendar day: %s", day_error->message);
    }
}

static gboolean
load_pass_line (ExemplarPublicity  *self,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT coalesce (pass_line, 0) FROM campaign WHERE id = 1",
                                    error);
  if (stmt == NULL)
    return FALSE;

  self->pass_line = sqlite3_step (stmt) == SQLITE_ROW ? (guint) MAX (sqlite3_column_int (stmt, 0), 0) : 0;
  return TRUE;
}

static gboolean
load_period (ExemplarPublicity  *self,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  self->period_id = 0;
  self->period_days = 0;
  g_clear_pointer (&self->period_start, g_free);
  g_clear_pointer (&self->period_end, g_free);

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT id, start_on, working_days, end_on FROM publicity "
                                    "WHERE superseded = 0 ORDER BY id DESC LIMIT 1",
                                    error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      self->period_id = sqlite3_column_int64 (stmt, 0);
      self->period_start = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      self->period_days = (guint) sqlite3_column_int (stmt, 2);
      self->period_end = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }

  return TRUE;
}

/* The declarations keep an in-memory copy of their state; a publicity
 * change may have moved several, so they all catch up with the file. */
static gboolean
load_states (ExemplarPublicity  *self,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT id, state, state_reason, submitted_at FROM application",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ExemplarDeclaration *declaration = _exemplar_publicity_lookup (self, sqlite3_column_int64 (stmt, 0));
      const char *reason = (const char *) sqlite3_column_text (stmt, 2);
      ExemplarState state;

      if (declaration == NULL ||
          !exemplar_state_from_string ((const char *) sqlite3_column_text (stmt, 1), &state))
        continue;

      if (state == exemplar_declaration_get_state (declaration) &&
          g_strcmp0 (reason, exemplar_declaration_get_state_reason (declaration)) == 0)
        continue;

      _exemplar_declaration_update_state (declaration, state, reason,
                                          (const char *) sqlite3_column_text (stmt, 3));
      _exemplar_declaration_emit_changed (declaration);
    }

  return TRUE;
}

static gboolean
load_all (ExemplarPublicity  *self,
          GError            **error)
{
  return load_pass_line (self, error) &&
         _exemplar_publicity_load_review (self, error) &&
         load_period (self, error) &&
         load_states (self, error) &&
         _exemplar_publicity_load_objections (self, error) &&
         _exemplar_publicity_load_decision (self, error);
}

/* FALSE with READ_ONLY when the campaign is open read-only, or
 * LOCKED_BY_PHASE once it is closed. */
static gboolean
check_not_closed (ExemplarPublicity  *self,
                  GError            **error)
{
  if (!_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  if (exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_CLOSED)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                           _("The campaign is closed and can no longer change; the office can "
                             "move it back to an earlier phase, with a reason."));
      return FALSE;
    }

  return TRUE;
}

/* Whether the campaign overrides @day in its calendar_day table. */
static gboolean
has_override (ExemplarPublicity  *self,
              const char         *day,
              gboolean           *overridden,
              GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db, "SELECT 1 FROM calendar_day WHERE day = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);

  *overridden = sqlite3_step (stmt) == SQLITE_ROW;
  return TRUE;
}

/* Inside an open transaction, after the calendar changed: a period that
 * has not ended yet gets its end computed again. */
static gboolean
update_period_end (ExemplarPublicity  *self,
                   GError            **error)
{
  g_autofree char *today = NULL;
  g_autofree char *end = NULL;
  sqlite3_stmt *stmt;

  if (self->period_id == 0 || self->calendar == NULL)
    return TRUE;

  today = _exemplar_publicity_dup_today (self);
  if (g_strcmp0 (today, self->period_end) > 0)
    return TRUE;

  end = exemplar_calendar_add_working_days (self->calendar, self->period_start,
                                            self->period_days, error);
  if (end == NULL)
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  stmt = exemplar_database_prepare_write (self->db, "UPDATE publicity SET end_on = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, end, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, self->period_id);

  return exemplar_database_step_write (self->db, stmt, error);
}

/* GObject overrides */

static void
exemplar_publicity_dispose (GObject *object)
{
  ExemplarPublicity *self = (ExemplarPublicity *)object;

  g_clear_object (&self->calendar);
  g_clear_object (&self->objections);
  g_clear_pointer (&self->recommended, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->opinions, g_hash_table_unref);
  g_clear_pointer (&self->named, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (exemplar_publicity_parent_class)->dispose (object);
}

static void
exemplar_publicity_finalize (GObject *object)
{
  ExemplarPublicity *self = (ExemplarPublicity *)object;

  g_free (self->rationale);
  g_free (self->period_start);
  g_free (self->period_end);
  g_free (self->decision_number);
  g_free (self->decision_issuer);
  g_free (self->decision_on);

  G_OBJECT_CLASS (exemplar_publicity_parent_class)->finalize (object);
}

static void
exemplar_publicity_class_init (ExemplarPublicityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_publicity_dispose;
  object_class->finalize = exemplar_publicity_finalize;

  /**
   * ExemplarPublicity::changed:
   *
   * Emitted after every change: lists, opinions, the period, fields,
   * objections, the decision or the calendar.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
exemplar_publicity_init (ExemplarPublicity *self)
{
  self->objections = g_list_store_new (EXEMPLAR_TYPE_OBJECTION);
  self->recommended = g_ptr_array_new_with_free_func (g_object_unref);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->named = g_ptr_array_new_with_free_func (_exemplar_publicity_named_unit_free);
}

/* Opinions */

const char *
exemplar_opinion_to_string (ExemplarOpinion opinion)
{
  g_return_val_if_fail ((guint) opinion < G_N_ELEMENTS (opinion_names), NULL);

  return opinion_names[opinion].id;
}

gboolean
exemplar_opinion_from_string (const char      *text,
                              ExemplarOpinion *opinion)
{
  int found = _exemplar_util_enum_find (opinion_names, G_N_ELEMENTS (opinion_names), text);

  if (found < 0)
    return FALSE;

  if (opinion != NULL)
    *opinion = (ExemplarOpinion) found;
  return TRUE;
}

const char *
exemplar_opinion_get_title (ExemplarOpinion opinion)
{
  g_return_val_if_fail ((guint) opinion < G_N_ELEMENTS (opinion_names), NULL);

  return _(opinion_names[opinion].title);
}

/* Public API */

ExemplarCampaign *
exemplar_publicity_get_campaign (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return self->campaign;
}

ExemplarCalendar *
exemplar_publicity_get_calendar (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return self->calendar;
}

gboolean
exemplar_publicity_set_calendar_day (ExemplarPublicity  *self,
                                     const char         *day,
                                     gboolean            working,
                                     const char         *note,
                                     GError            **error)
{
  g_autofree char *stripped = _exemplar_publicity_strip (note);
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!check_not_closed (self, error) ||
      !_exemplar_publicity_check_date (day, error) ||
      !_exemplar_publicity_check_calendar (self, error))
    return FALSE;

  /* The end of the period is computed on the calendar with the new day;
   * should the change fail, the calendar is read again from the file. */
  if (!exemplar_calendar_set_day (self->calendar, day, working, stripped, error))
    return FALSE;

  stmt = exemplar_database_begin_write (self->db,
                                        "INSERT INTO calendar_day (day, working, note) VALUES (?, ?, ?) "
                                        "ON CONFLICT (day) DO UPDATE SET working = excluded.working, "
                                        "note = excluded.note",
                                        error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, working ? 1 : 0);
  sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_TRANSIENT);

  /* The audit detail is a record, not interface: it stays in English. */
  detail = g_strdup_printf ("%s%s%s", working ? "working" : "rest",
                            stripped != NULL ? ": " : "", stripped != NULL ? stripped : "");
  if (!exemplar_database_step_write (self->db, stmt, error) ||
      !update_period_end (self, error) ||
      !_exemplar_publicity_commit (self, NULL, "publicity.calendar_day", day, detail, error))
    goto fail;

  return TRUE;

fail:
  load_calendar (self);
  return FALSE;
}

gboolean
exemplar_publicity_clear_calendar_day (ExemplarPublicity  *self,
                                       const char         *day,
                                       GError            **error)
{
  gboolean overridden = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!check_not_closed (self, error))
    return FALSE;

  if (self->calendar == NULL)
    return TRUE;

  /* A day the campaign never overrode has nothing to clear: no change, so
   * no audit row. */
  if (!has_override (self, day, &overridden, error))
    return FALSE;
  if (!overridden)
    return TRUE;

  exemplar_calendar_clear_day (self->calendar, day);

  stmt = exemplar_database_begin_write (self->db, "DELETE FROM calendar_day WHERE day = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);

  if (!exemplar_database_step_write (self->db, stmt, error) ||
      !update_period_end (self, error) ||
      !_exemplar_publicity_commit (self, NULL, "publicity.calendar_day", day, "cleared", error))
    goto fail;

  return TRUE;

fail:
  load_calendar (self);
  return FALSE;
}

guint
exemplar_publicity_get_pass_line (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), 0);

  return self->pass_line;
}

gboolean
exemplar_publicity_set_pass_line (ExemplarPublicity  *self,
                                  guint               points,
                                  GError            **error)
{
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_EVALUATION, EXEMPLAR_PHASE_PUBLICITY, error))
    return FALSE;

  if (points == self->pass_line)
    return TRUE;

  if (self->recommended->len > 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The pass line cannot change once the list is recommended: the "
                             "recommendation was judged against it."));
      return FALSE;
    }

  stmt = exemplar_database_begin_write (self->db, "UPDATE campaign SET pass_line = ? WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  if (points > 0)
    sqlite3_bind_int (stmt, 1, (int) points);

  detail = g_strdup_printf ("%u -> %u", self->pass_line, points);
  return _exemplar_publicity_commit (self, stmt, "campaign.pass_line", "", detail, error);
}

/* Private API */

char *
_exemplar_publicity_strip (const char *text)
{
  char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);
  return stripped;
}

const char *
_exemplar_publicity_unit_name (ExemplarDeclaration *declaration)
{
  return exemplar_unit_get_name (exemplar_declaration_get_unit (declaration));
}

const char *
_exemplar_publicity_unit_code (ExemplarDeclaration *declaration)
{
  return exemplar_unit_get_code (exemplar_declaration_get_unit (declaration));
}

char *
_exemplar_publicity_join_codes (ExemplarDeclaration * const *declarations,
                                guint                        n_declarations,
                                const char                  *separator)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < n_declarations; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? separator : "",
                            _exemplar_publicity_unit_code (declarations[i]));

  return g_string_free (codes, FALSE);
}

void
_exemplar_publicity_add_entries (ExemplarDocument *document,
                                 GPtrArray        *declarations)
{
  for (guint i = 0; i < declarations->len; i++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (declarations, i);
      g_autofree char *entry = g_strdup_printf ("%u. %s", i + 1, _exemplar_publicity_unit_name (declaration));

      exemplar_document_add (document, EXEMPLAR_BLOCK_ENTRY, entry);
    }
}

gboolean
_exemplar_publicity_check_date (const char  *day,
                                GError     **error)
{
  g_autoptr(GDate) date = day != NULL ? exemplar_calendar_parse_date (day) : NULL;

  if (date != NULL)
    return TRUE;

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               /* Translators: %s is what was entered as a date. */
               _("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2024-04-29."),
               day != NULL ? day : "");
  return FALSE;
}

char *
_exemplar_publicity_dup_date (ExemplarPublicity  *self,
                              const char         *day,
                              GError            **error)
{
  g_autofree char *date = day != NULL ? g_strdup (day) : _exemplar_publicity_dup_today (self);

  if (!_exemplar_publicity_check_date (date, error))
    return NULL;

  return g_steal_pointer (&date);
}

gboolean
_exemplar_publicity_check_calendar (ExemplarPublicity  *self,
                                    GError            **error)
{
  if (self->calendar != NULL)
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                       _("The working-day calendar could not be loaded, so working days cannot "
                         "be counted; reinstall Exemplar."));
  return FALSE;
}

ExemplarPublicity *
_exemplar_publicity_new (ExemplarDatabase  *db,
                         ExemplarCampaign  *campaign,
                         GError           **error)
{
  g_autoptr(ExemplarPublicity) self = g_object_new (EXEMPLAR_TYPE_PUBLICITY, NULL);

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  self->db = g_object_ref (db);
  self->campaign = campaign;

  load_calendar (self);
  if (!load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

ExemplarDeclaration *
_exemplar_publicity_lookup (ExemplarPublicity *self,
                            gint64             application_id)
{
  GListModel *declarations = exemplar_campaign_get_declarations (self->campaign);
  guint n = g_list_model_get_n_items (declarations);

  /* Keyed once (and again if the list changed): a scan per row made
   * loading a national campaign quadratic in its units. The campaign's
   * list holds the declarations. */
  if (self->by_id == NULL || g_hash_table_size (self->by_id) != n)
    {
      g_clear_pointer (&self->by_id, g_hash_table_unref);
      self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
          gint64 *key = g_new (gint64, 1);

          *key = exemplar_declaration_get_id (declaration);
          g_hash_table_insert (self->by_id, key, declaration);
        }
    }

  return g_hash_table_lookup (self->by_id, &application_id);
}

gboolean
_exemplar_publicity_check_phase (ExemplarPublicity  *self,
                                 ExemplarPhase       phase,
                                 int                 other,
                                 GError            **error)
{
  ExemplarPhase current;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  if (!_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  current = exemplar_campaign_get_phase (self->campaign);
  if (current == phase || (other >= 0 && current == (ExemplarPhase) other))
    return TRUE;

  if (other >= 0)
    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                 /* Translators: the %s are phases, e.g. "Review and publicity". */
                 _("This changes only in the “%s” or “%s” phase, and the campaign is in its "
                   "“%s” phase; the office moves the campaign between phases."),
                 exemplar_phase_get_title (phase), exemplar_phase_get_title ((ExemplarPhase) other),
                 exemplar_phase_get_title (current));
  else
    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                 /* Translators: the %s are phases, e.g. "Review and publicity". */
                 _("This changes only in the “%s” phase, and the campaign is in its “%s” "
                   "phase; the office moves the campaign between phases."),
                 exemplar_phase_get_title (phase), exemplar_phase_get_title (current));
  return FALSE;
}

char *
_exemplar_publicity_dup_honour (ExemplarPublicity *self)
{
  const char *title = exemplar_campaign_get_title (self->campaign);
  const char *end;
  GString *honour;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  /* "长宁区未成年人保护示范街镇创建（2023）" confers "长宁区未成年人保护示范
   * 街道(镇)": the documents write the honour out in full. A title without
   * "创建" is taken up to its year in brackets, or whole. */
  end = strstr (title, "创建");
  if (end == NULL)
    end = strstr (title, "（");
  if (end == NULL)
    end = strstr (title, "(");
  if (end == NULL)
    end = title + strlen (title);

  honour = g_string_new_len (title, end - title);
  if (g_str_has_suffix (honour->str, "街镇"))
    {
      g_string_truncate (honour, honour->len - strlen ("街镇"));
      g_string_append (honour, "街道(镇)");
    }

  return g_string_free (honour, FALSE);
}

char *
_exemplar_publicity_dup_today (ExemplarPublicity *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  return exemplar_campaign_dup_today (self->campaign);
}

gboolean
_exemplar_publicity_write_state (ExemplarPublicity    *self,
                                 ExemplarDeclaration  *declaration,
                                 ExemplarState         state,
                                 GError              **error)
{
  g_autofree char *now = _exemplar_declaration_now ();
  sqlite3_stmt *stmt;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));
  g_assert (EXEMPLAR_IS_DECLARATION (declaration));

  /* A new state makes the reason given for the old one stale. */
  stmt = exemplar_database_prepare_write (self->db,
                                          "UPDATE application SET state = ?, state_reason = NULL, "
                                          "updated_at = ? WHERE id = ?",
                                          error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exemplar_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, exemplar_declaration_get_id (declaration));

  return exemplar_database_step_write (self->db, stmt, error);
}

gboolean
_exemplar_publicity_start_period (ExemplarPublicity  *self,
                                  const char         *start,
                                  guint               working_days,
                                  GError            **error)
{
  g_autofree char *end = NULL;
  sqlite3_stmt *stmt;
  gint64 period_id;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));
  g_assert (working_days > 0);

  if (!_exemplar_publicity_check_calendar (self, error))
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  end = exemplar_calendar_add_working_days (self->calendar, start, working_days, error);
  if (end == NULL)
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  stmt = exemplar_database_prepare_write (self->db,
                                          "UPDATE publicity SET superseded = 1 WHERE superseded = 0",
                                          error);
  if (stmt == NULL || !exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  stmt = exemplar_database_prepare_write (self->db,
                                          "INSERT INTO publicity (start_on, working_days, end_on) "
                                          "VALUES (?, ?, ?)",
                                          error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) working_days);
  sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);
  if (!exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  period_id = exemplar_database_last_insert_id (self->db);
  if (self->period_id == 0)
    return TRUE;

  stmt = exemplar_database_prepare_write (self->db,
                                          "INSERT INTO publicity_field (publicity_id, key, value) "
                                          "SELECT ?, key, value FROM publicity_field WHERE publicity_id = ?",
                                          error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, period_id);
  sqlite3_bind_int64 (stmt, 2, self->period_id);

  return exemplar_database_step_write (self->db, stmt, error);
}

void
_exemplar_publicity_finish_change (ExemplarPublicity *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  if (!load_all (self, &error))
    g_warning ("Could not read the publicity back: %s", error->message);

  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
_exemplar_publicity_commit (ExemplarPublicity  *self,
                            sqlite3_stmt       *stmt,
                            const char         *action,
                            const char         *subject,
                            const char         *detail,
                            GError            **error)
{
  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  if (!exemplar_database_commit_write (self->db, stmt, action, subject, detail, error))
    return FALSE;

  _exemplar_publicity_finish_change (self);
  return TRUE;
}
