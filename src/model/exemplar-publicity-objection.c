/* exemplar-publicity-objection.c
 *
 * Objections (异议) to candidates during the publicity period. The office
 * records every objection it receives; whether it is accepted is decided
 * here, by the rules the notice states (DOMAIN.md): received within the
 * current period, and named — a unit's with its seal, an individual's with
 * a real name and a phone. For a letter the postmark counts, so the office
 * enters the postmark's date as the received date. A not accepted objection
 * is kept with the reason, translated when it was recorded, so the record
 * says why whoever reads it later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-blob-stream.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evidence-private.h"
#include "exemplar-poppler.h"
#include "exemplar-publicity-private.h"

/* Days the office has to verify an accepted objection. */
#define VERIFY_WORKING_DAYS 10

/* How much of an objection's content names it in the candidate list's
 * removal reason. */
#define SUMMARY_LENGTH 60

#define OBJECTION_COLUMNS \
  "id, application_id, received_on, channel, from_name, from_unit, sealed, contact, content, " \
  "accepted, not_accepted_reason, verify_by, outcome, reply, resolved_on"

static char *
dup_working_days_after (ExemplarPublicity  *self,
                        const char         *day,
                        guint               n,
                        GError            **error)
{
  if (!_exemplar_publicity_check_calendar (self, error))
    return NULL;

  return exemplar_calendar_working_days_after (self->calendar, day, n, error);
}

/* "12": an objection's number in a message. G_GINT64_FORMAT cannot stand
 * inside a translatable string, so the number is formatted apart. */
static char *
dup_number (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static gboolean
is_candidate (ExemplarPublicity   *self,
              ExemplarDeclaration *declaration)
{
  return g_ptr_array_find (self->candidates, declaration, NULL);
}

/* Why an objection is not accepted, as the code the file keeps (see
 * _exemplar_objection_dup_reason_text()), or NULL when it is. The file
 * keeps a code, not a sentence, so everyone reads it in their language. */
static char *
dup_not_accepted_reason (ExemplarPublicity *self,
                         const char        *received_on,
                         const char        *from_name,
                         gboolean           from_unit,
                         gboolean           sealed,
                         const char        *contact)
{
  if (strcmp (received_on, self->period_start) < 0)
    return g_strdup_printf ("before-period %s %s", received_on, self->period_start);
  if (strcmp (received_on, self->period_end) > 0)
    return g_strdup_printf ("after-period %s %s", received_on, self->period_end);
  if (from_name == NULL)
    return g_strdup ("anonymous");
  if (from_unit && !sealed)
    return g_strdup ("unsealed");
  if (!from_unit && contact == NULL)
    return g_strdup ("no-contact");

  return NULL;
}

/* The objection as the candidate list records a removal: the start of its
 * content, on one line. */
static char *
summarize (const char *content)
{
  g_autofree char *line = g_strdup (content);
  glong length;

  g_strdelimit (line, "\r\n\t", ' ');
  length = g_utf8_strlen (line, -1);
  if (length <= SUMMARY_LENGTH)
    return g_steal_pointer (&line);

  *g_utf8_offset_to_pointer (line, SUMMARY_LENGTH) = '\0';
  return g_strconcat (line, "…", NULL);
}

static gboolean
check_own_objection (ExemplarPublicity  *self,
                     ExemplarObjection  *objection,
                     GError            **error)
{
  if (exemplar_publicity_find_objection (self, exemplar_objection_get_id (objection)) != objection)
    {
      g_autofree char *number = dup_number (exemplar_objection_get_id (objection));

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is an objection's number. */
                   _("Objection %s is not one of this campaign’s objections."), number);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_attachments (ExemplarPublicity  *self,
                  GHashTable         *by_id,
                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT objection_id, sha256, title FROM objection_attachment "
                                    "ORDER BY objection_id, rowid",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      ExemplarObjection *objection = g_hash_table_lookup (by_id, &id);

      if (objection != NULL)
        _exemplar_objection_add_attachment (objection,
                                            (const char *) sqlite3_column_text (stmt, 1),
                                            (const char *) sqlite3_column_text (stmt, 2));
    }

  return TRUE;
}

/* Private API */

/* The objections already in the list are refreshed in place, so that one
 * a caller holds stays current; new ones are appended. */
gboolean
_exemplar_publicity_load_objections (ExemplarPublicity  *self,
                                     GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->objections));
  gboolean append = TRUE;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT " OBJECTION_COLUMNS " FROM objection ORDER BY id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      ExemplarDeclaration *declaration = _exemplar_publicity_lookup (self, sqlite3_column_int64 (stmt, 1));
      ExemplarObjection *objection;

      if (declaration == NULL)
        continue;

      objection = _exemplar_objection_new_from_row (stmt, declaration);
      g_ptr_array_add (loaded, objection);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), objection);
    }

  if (!load_attachments (self, by_id, error))
    return FALSE;

  for (guint i = 0; i < loaded->len; i++)
    {
      ExemplarObjection *fresh = g_ptr_array_index (loaded, i);
      ExemplarObjection *kept = exemplar_publicity_find_objection (self, exemplar_objection_get_id (fresh));

      if (kept != NULL)
        _exemplar_objection_refresh (kept, fresh);
      g_ptr_array_add (items, g_object_ref (kept != NULL ? kept : fresh));
    }

  /* Usually the list only grew: the rows on screen stay as they are. */
  for (guint i = 0; append && i < n_items; i++)
    {
      g_autoptr(ExemplarObjection) shown = g_list_model_get_item (G_LIST_MODEL (self->objections), i);

      append = i < items->len && g_ptr_array_index (items, i) == shown;
    }

  if (append && items->len > n_items)
    g_list_store_splice (self->objections, n_items, 0, items->pdata + n_items, items->len - n_items);
  else if (!append)
    g_list_store_splice (self->objections, 0, n_items, items->pdata, items->len);

  return TRUE;
}

/* Public API */

GListModel *
exemplar_publicity_get_objections (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return G_LIST_MODEL (self->objections);
}

ExemplarObjection *
exemplar_publicity_add_objection (ExemplarPublicity    *self,
                                  ExemplarDeclaration  *declaration,
                                  const char           *received_on,
                                  ExemplarChannel       channel,
                                  const char           *from_name,
                                  gboolean              from_unit,
                                  gboolean              sealed,
                                  const char           *contact,
                                  const char           *content,
                                  GError              **error)
{
  g_autofree char *clean_name = _exemplar_publicity_strip (from_name);
  g_autofree char *clean_contact = _exemplar_publicity_strip (contact);
  g_autofree char *clean_content = _exemplar_publicity_strip (content);
  g_autofree char *reason = NULL;
  g_autofree char *verify_by = NULL;
  g_autofree char *detail = NULL;
  ExemplarObjection *objection;
  sqlite3_stmt *insert;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);
  g_return_val_if_fail (channel < EXEMPLAR_N_CHANNELS, NULL);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error))
    return NULL;

  if (self->period_id == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("No publicity period is set; set the period on the notice before "
                             "recording objections."));
      return NULL;
    }
  if (!is_candidate (self, declaration))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("%s is not on the candidate list; an objection concerns a candidate in the "
                     "notice."),
                   _exemplar_publicity_unit_name (declaration));
      return NULL;
    }
  if (!_exemplar_publicity_check_date (received_on, error))
    return NULL;
  if (clean_content == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("Write what the objection to %s says."),
                   _exemplar_publicity_unit_name (declaration));
      return NULL;
    }

  reason = dup_not_accepted_reason (self, received_on, clean_name, from_unit, sealed, clean_contact);
  if (reason == NULL)
    {
      verify_by = dup_working_days_after (self, received_on, VERIFY_WORKING_DAYS, error);
      if (verify_by == NULL)
        return NULL;
    }

  insert = exemplar_database_begin_write (self->db,
                                          "INSERT INTO objection (publicity_id, application_id, received_on, "
                                          "  channel, from_name, from_unit, sealed, contact, content, "
                                          "  accepted, not_accepted_reason, verify_by) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                          error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_int64 (insert, 1, self->period_id);
  sqlite3_bind_int64 (insert, 2, exemplar_declaration_get_id (declaration));
  sqlite3_bind_text (insert, 3, received_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, exemplar_channel_to_string (channel), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, clean_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (insert, 6, from_unit ? 1 : 0);
  sqlite3_bind_int (insert, 7, from_unit && sealed ? 1 : 0);
  sqlite3_bind_text (insert, 8, clean_contact, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 9, clean_content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (insert, 10, reason == NULL ? 1 : 0);
  sqlite3_bind_text (insert, 11, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 12, verify_by, -1, SQLITE_TRANSIENT);
  if (!exemplar_database_step_write (self->db, insert, error))
    return NULL;

  id = exemplar_database_last_insert_id (self->db);
  detail = g_strdup_printf ("%" G_GINT64_FORMAT " %s %s: %s", id, received_on,
                            exemplar_channel_to_string (channel),
                            reason == NULL ? "accepted" : reason);
  if (!_exemplar_publicity_commit (self, NULL, "objection.add", _exemplar_publicity_unit_code (declaration),
                                   detail, error))
    return NULL;

  objection = exemplar_publicity_find_objection (self, id);
  if (objection == NULL)
    {
      g_autofree char *number = dup_number (id);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   /* Translators: %s is an objection's number. */
                   _("Objection %s was recorded but could not be read back; open the campaign "
                     "again."),
                   number);
      return NULL;
    }

  return g_object_ref (objection);
}

gboolean
exemplar_publicity_attach_to_objection (ExemplarPublicity  *self,
                                        ExemplarObjection  *objection,
                                        const char         *path,
                                        GError            **error)
{
  g_auto(ExemplarCheckedFile) checked = { 0, };
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *detail = NULL;
  const char *code;
  sqlite3_stmt *insert;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (objection), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error) ||
      !check_own_objection (self, objection, error))
    return FALSE;

  id = exemplar_objection_get_id (objection);
  file = g_file_new_for_path (path);
  name = g_file_get_basename (file);
  if (!_exemplar_declaration_check_file (self->db, file, name,
                                         _exemplar_declaration_get_size_limit (self->db),
                                         NULL, &checked, NULL, error))
    return FALSE;

  /* Attaching the same file twice changes nothing. */
  for (guint i = 0; i < exemplar_objection_get_n_attachments (objection); i++)
    if (g_str_equal (exemplar_objection_get_attachment_sha256 (objection, i), checked.sha256))
      return TRUE;

  if (!exemplar_database_begin (self->db, error))
    return FALSE;
  if (!_exemplar_declaration_store_blob (self->db, file, name, &checked, NULL, error))
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  insert = exemplar_database_prepare_write (self->db,
                                            "INSERT INTO objection_attachment (objection_id, sha256, title, "
                                            "  original_name) VALUES (?, ?, ?, ?)",
                                            error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, id);
  sqlite3_bind_text (insert, 2, checked.sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, checked.title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, name, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("%" G_GINT64_FORMAT " %s %s", id, checked.sha256, name);
  code = _exemplar_publicity_unit_code (exemplar_objection_get_declaration (objection));
  return _exemplar_publicity_commit (self, insert, "objection.attach", code, detail, error);
}

/* The pages of the attachment stored under @sha256: 1 for an image; for a
 * PDF as an evidence row of the same bytes records them, or else counted
 * by poppler from the stored blob (objection_attachment keeps no count). */
static gboolean
count_pages (ExemplarPublicity  *self,
             const char         *sha256,
             const char         *title,
             guint              *pages,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  int n_pages;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT b.media_type, "
                                    "  (SELECT MAX (e.pages) FROM evidence e WHERE e.sha256 = b.sha256) "
                                    "FROM blob b WHERE b.sha256 = ?",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is an attached file's title. */
                   _("The file of the attachment “%s” is missing from the campaign file; attach it "
                     "again."),
                   title);
      return FALSE;
    }

  *pages = 1;
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "application/pdf") != 0)
    return TRUE;
  if (sqlite3_column_int (stmt, 1) > 0)
    {
      *pages = (guint) sqlite3_column_int (stmt, 1);
      return TRUE;
    }

  stream = exemplar_blob_stream_new (exemplar_campaign_get_path (self->campaign), sha256, error);
  if (stream == NULL)
    return FALSE;
  document = poppler_document_new_from_stream (stream,
                                               exemplar_blob_stream_get_size (EXEMPLAR_BLOB_STREAM (stream)),
                                               NULL, NULL, &local_error);
  n_pages = document != NULL ? poppler_document_get_n_pages (document) : 0;
  if (n_pages <= 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   /* Translators: an attached file's title, then poppler's message. */
                   _("The attachment “%s” cannot be read as a PDF (%s); attach the file again."),
                   title, local_error != NULL ? local_error->message : _("it has no pages"));
      return FALSE;
    }
  *pages = (guint) n_pages;

  return TRUE;
}

ExemplarEvidence *
exemplar_publicity_dup_attachment (ExemplarPublicity  *self,
                                   ExemplarObjection  *objection,
                                   guint               index,
                                   GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sha256;
  const char *title;
  guint pages = 0;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (objection), NULL);

  if (!check_own_objection (self, objection, error))
    return NULL;
  if (index >= exemplar_objection_get_n_attachments (objection))
    {
      g_autofree char *number = dup_number (exemplar_objection_get_id (objection));

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: an objection's number, then an attachment's position (1, 2…). */
                   _("Objection %s has no attachment %u; reload the campaign and try again."),
                   number, index + 1);
      return NULL;
    }

  sha256 = exemplar_objection_get_attachment_sha256 (objection, index);
  title = exemplar_objection_get_attachment_title (objection, index);
  if (!count_pages (self, sha256, title, &pages, error))
    return NULL;

  /* The columns of EXEMPLAR_EVIDENCE_COLUMNS, in order. */
  stmt = exemplar_database_prepare (self->db,
                                    "SELECT -a.rowid, o.application_id, NULL, a.sha256, a.title, "
                                    "  a.original_name, b.media_type, 'objection', ?3, b.size "
                                    "FROM objection_attachment a JOIN objection o ON o.id = a.objection_id "
                                    "JOIN blob b ON b.sha256 = a.sha256 "
                                    "WHERE a.objection_id = ?1 AND a.sha256 = ?2",
                                    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exemplar_objection_get_id (objection));
  sqlite3_bind_text (stmt, 2, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) pages);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is an attached file's title. */
                   _("The attachment “%s” is no longer stored; reload the campaign and try again."),
                   title);
      return NULL;
    }

  return _exemplar_evidence_new_from_row (stmt);
}

gboolean
exemplar_publicity_resolve_objection (ExemplarPublicity  *self,
                                      ExemplarObjection  *objection,
                                      ExemplarOutcome     outcome,
                                      const char         *reply,
                                      const char         *resolved_on,
                                      GError            **error)
{
  ExemplarDeclaration *declaration;
  g_autofree char *clean_reply = _exemplar_publicity_strip (reply);
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (objection), FALSE);
  g_return_val_if_fail (outcome < EXEMPLAR_N_OUTCOMES, FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error) ||
      !check_own_objection (self, objection, error))
    return FALSE;

  id = exemplar_objection_get_id (objection);
  number = dup_number (id);
  declaration = exemplar_objection_get_declaration (objection);
  if (!exemplar_objection_get_accepted (objection))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: an objection's number, then why it was not accepted. */
                   _("Objection %s was not accepted (%s), so it has no outcome to record."),
                   number, exemplar_objection_get_not_accepted_reason (objection));
      return FALSE;
    }
  if (exemplar_objection_get_outcome (objection) != EXEMPLAR_OUTCOME_PENDING)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: an objection's number, then a date, YYYY-MM-DD. */
                   _("Objection %s was already resolved on %s."),
                   number, exemplar_objection_get_resolved_on (objection));
      return FALSE;
    }
  if (outcome == EXEMPLAR_OUTCOME_PENDING)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is an objection's number. */
                   _("Choose the outcome of objection %s: not upheld, upheld and removed, "
                     "upheld and rectified, or re-publicity."),
                   number);
      return FALSE;
    }
  if (clean_reply == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is an objection's number. */
                   _("Write the reply sent to the objector of objection %s."), number);
      return FALSE;
    }

  date = _exemplar_publicity_dup_date (self, resolved_on, error);
  if (date == NULL)
    return FALSE;
  if (strcmp (date, exemplar_objection_get_received_on (objection)) < 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the %s are dates, YYYY-MM-DD. */
                   _("An objection received on %s cannot be resolved on %s, before it came."),
                   exemplar_objection_get_received_on (objection), date);
      return FALSE;
    }

  stmt = exemplar_database_begin_write (self->db,
                                        "UPDATE objection SET outcome = ?, reply = ?, resolved_on = ? "
                                        "WHERE id = ?",
                                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exemplar_outcome_to_string (outcome), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clean_reply, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  if (outcome == EXEMPLAR_OUTCOME_UPHELD_REMOVED && is_candidate (self, declaration))
    {
      g_autofree char *summary = summarize (exemplar_objection_get_content (objection));

      stmt = exemplar_database_prepare_write (self->db,
                                              "UPDATE candidate SET removed_at = ?, removed_reason = ? "
                                              "WHERE application_id = ?",
                                              error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, summary, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, exemplar_declaration_get_id (declaration));
      if (!exemplar_database_step_write (self->db, stmt, error) ||
          !_exemplar_publicity_write_state (self, declaration, EXEMPLAR_STATE_OBJECTION_UPHELD, error))
        {
          exemplar_database_rollback (self->db);
          return FALSE;
        }
    }
  else if (outcome == EXEMPLAR_OUTCOME_REPUBLICITY)
    {
      /* The new period starts on the next working day, as long as the old. */
      g_autofree char *start = dup_working_days_after (self, date, 1, error);

      if (start == NULL ||
          !_exemplar_publicity_start_period (self, start, self->period_days, error))
        {
          exemplar_database_rollback (self->db);
          return FALSE;
        }
    }

  detail = g_strdup_printf ("%" G_GINT64_FORMAT " %s %s", id, exemplar_outcome_to_string (outcome), date);
  return _exemplar_publicity_commit (self, NULL, "objection.resolve",
                                     _exemplar_publicity_unit_code (declaration), detail, error);
}

ExemplarObjection *
exemplar_publicity_find_objection (ExemplarPublicity *self,
                                   gint64             id)
{
  GListModel *objections;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  objections = G_LIST_MODEL (self->objections);
  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(ExemplarObjection) objection = g_list_model_get_item (objections, i);

      if (exemplar_objection_get_id (objection) == id)
        return objection;
    }

  return NULL;
}

guint
exemplar_publicity_count_unresolved (ExemplarPublicity *self)
{
  GListModel *objections;
  guint count = 0;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), 0);

  objections = G_LIST_MODEL (self->objections);
  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(ExemplarObjection) objection = g_list_model_get_item (objections, i);

      if (exemplar_objection_get_accepted (objection) &&
          exemplar_objection_get_outcome (objection) == EXEMPLAR_OUTCOME_PENDING)
        count++;
    }

  return count;
}
