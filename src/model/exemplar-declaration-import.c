/* exemplar-declaration-import.c
 *
 * Evidence import: each file is checked, hashed, stored once per SHA-256 and
 * its PDF text indexed, on a worker thread with its own connection, one
 * transaction per file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evidence-private.h"
#include "exemplar-indicator.h"
#include "exemplar-probe.h"
#include "exemplar-unit.h"

#define CHUNK_SIZE (1024 * 1024)

typedef struct
{
  char                   *campaign_path;
  gint64                  application_id;
  gint64                  indicator_id;
  char                   *unit_code;
  char                   *purpose;
  GPtrArray              *files;
  gint64                  size_limit;
  GMainContext           *context;
  ExemplarImportProgress  progress;
  gpointer                progress_data;
} ImportJob;

typedef struct
{
  ImportJob *job;
  guint      done;
  guint      total;
  char      *current;
} ProgressUpdate;

static void
import_job_free (ImportJob *job)
{
  g_free (job->campaign_path);
  g_free (job->unit_code);
  g_free (job->purpose);
  g_ptr_array_unref (job->files);
  g_main_context_unref (job->context);
  g_free (job);
}

void
exemplar_import_result_free (ExemplarImportResult *result)
{
  if (result == NULL)
    return;

  g_free (result->path);
  g_free (result->sha256);
  g_free (result->message);
  g_free (result);
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;

  update->job->progress (update->done, update->total, update->current, update->job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_free (update->current);
  g_free (update);
}

static void
report_progress (ImportJob  *job,
                 guint       done,
                 const char *current)
{
  ProgressUpdate *update;

  if (job->progress == NULL)
    return;

  update = g_new0 (ProgressUpdate, 1);
  update->job = job;
  update->done = done;
  update->total = job->files->len;
  update->current = g_strdup (current);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress_cb,
                              update, progress_update_free);
}

typedef enum
{
  KIND_UNKNOWN,
  KIND_PDF,
  KIND_JPEG,
  KIND_PNG,
} FileKind;

static const char *
kind_media_type (FileKind kind)
{
  switch (kind)
    {
    case KIND_PDF:
      return "application/pdf";
    case KIND_JPEG:
      return "image/jpeg";
    case KIND_PNG:
      return "image/png";
    case KIND_UNKNOWN:
    default:
      return NULL;
    }
}

static const char *
kind_title (FileKind kind)
{
  switch (kind)
    {
    case KIND_PDF:
      return _("a PDF document");
    case KIND_JPEG:
      return _("a JPEG image");
    case KIND_PNG:
      return _("a PNG image");
    case KIND_UNKNOWN:
    default:
      return _("an unknown file type");
    }
}

static FileKind
kind_from_content (const guint8 *head,
                   gsize         n)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (n >= 5 && memcmp (head, "%PDF-", 5) == 0)
    return KIND_PDF;
  if (n >= 3 && head[0] == 0xff && head[1] == 0xd8 && head[2] == 0xff)
    return KIND_JPEG;
  if (n >= sizeof png && memcmp (head, png, sizeof png) == 0)
    return KIND_PNG;
  return KIND_UNKNOWN;
}

static FileKind
kind_from_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return KIND_PDF;
  if (g_str_has_suffix (lower, ".jpg") || g_str_has_suffix (lower, ".jpeg"))
    return KIND_JPEG;
  if (g_str_has_suffix (lower, ".png"))
    return KIND_PNG;
  return KIND_UNKNOWN;
}

/* The title a person would give the file: its name without the extension. */
static char *
title_from_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    return g_strndup (name, (gsize) (dot - name));
  return g_strdup (name);
}

/* Reads the file once: its first bytes, its last bytes and its SHA-256. */
static gboolean
scan_file (GFile         *file,
           const char    *name,
           guint8        *head,
           gsize         *n_head,
           guint8        *tail,
           gsize         *n_tail,
           char         **sha256,
           goffset       *size,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  g_autoptr(GError) local_error = NULL;
  gsize n_read;
  goffset total = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                     _("“%s” is no longer there; it may have been moved or deleted."), name);
      else
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                     _("“%s” could not be read: %s"), name, local_error->message);
      return FALSE;
    }

  *n_head = 0;
  *n_tail = 0;
  do
    {
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, &n_read,
                                    cancellable, &local_error))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                       _("“%s” could not be read: %s"), name, local_error->message);
          return FALSE;
        }

      if (total == 0)
        {
          *n_head = MIN (n_read, 16);
          memcpy (head, buffer, *n_head);
        }

      /* Keep the last 1024 bytes seen, across chunk boundaries. */
      if (n_read >= 1024)
        {
          memcpy (tail, buffer + n_read - 1024, 1024);
          *n_tail = 1024;
        }
      else if (n_read > 0)
        {
          gsize keep = MIN (*n_tail, 1024 - n_read);

          memmove (tail, tail + *n_tail - keep, keep);
          memcpy (tail + keep, buffer, n_read);
          *n_tail = keep + n_read;
        }

      g_checksum_update (checksum, buffer, n_read);
      total += (goffset) n_read;
    }
  while (n_read == CHUNK_SIZE);

  *sha256 = g_strdup (g_checksum_get_string (checksum));
  *size = total;
  return TRUE;
}

static gboolean
ends_with_marker (const guint8 *tail,
                  gsize         n_tail,
                  const guint8 *marker,
                  gsize         n_marker)
{
  if (n_tail < n_marker)
    return FALSE;

  for (gsize i = n_tail - n_marker + 1; i-- > 0;)
    if (memcmp (tail + i, marker, n_marker) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
query_exists (ExemplarDatabase  *db,
              const char        *sql,
              const char        *sha256,
              gint64             application_id,
              gint64             indicator_id,
              gboolean          *exists,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = exemplar_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    {
      sqlite3_bind_int64 (stmt, 2, application_id);
      if (indicator_id > 0)
        sqlite3_bind_int64 (stmt, 3, indicator_id);
      else
        sqlite3_bind_null (stmt, 3);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* Copies the file into a zeroblob of its size with incremental blob I/O,
 * hashing again on the way: a file that changed since it was scanned is
 * refused rather than stored under the wrong checksum. */
static gboolean
write_blob (ExemplarDatabase  *db,
            GFile             *file,
            const char        *name,
            const char        *sha256,
            goffset            size,
            const char        *media_type,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *insert;
  sqlite3_blob *blob = NULL;
  goffset offset = 0;
  gsize n_read;
  int rc;

  insert = exemplar_database_prepare (db,
                                      "INSERT INTO blob (sha256, size, media_type, data) "
                                      "VALUES (?, ?, ?, zeroblob (?))", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 2, size);
  sqlite3_bind_text (insert, 3, media_type, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 4, size);
  if (!exemplar_database_step_done (db, insert, error))
    return FALSE;

  rc = sqlite3_blob_open (exemplar_database_get_handle (db), "main", "blob", "data",
                          exemplar_database_last_insert_id (db), 1, &blob);
  if (rc != SQLITE_OK)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  stream = g_file_read (file, cancellable, &local_error);
  buffer = g_malloc (CHUNK_SIZE);
  while (stream != NULL &&
         g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, &n_read,
                                  cancellable, &local_error) &&
         n_read > 0)
    {
      if (offset + (goffset) n_read > size)
        break;
      rc = sqlite3_blob_write (blob, buffer, (int) n_read, (int) offset);
      if (rc != SQLITE_OK)
        break;
      g_checksum_update (checksum, buffer, n_read);
      offset += (goffset) n_read;
    }
  sqlite3_blob_close (blob);

  if (local_error != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("“%s” could not be read: %s"), name, local_error->message);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("“%s” could not be stored in the campaign file: %s"), name, sqlite3_errstr (rc));
      return FALSE;
    }
  if (offset != size || g_strcmp0 (g_checksum_get_string (checksum), sha256) != 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” changed while it was being attached; attach it again once it is complete."),
                   name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
index_text (ExemplarDatabase  *db,
            const char        *sha256,
            GPtrArray         *texts,
            GError           **error)
{
  for (guint i = 0; texts != NULL && i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      sqlite3_stmt *insert;

      if (text == NULL || text[0] == '\0')
        continue;

      insert = exemplar_database_prepare (db,
                                          "INSERT INTO evidence_text (text, sha256, page) VALUES (?, ?, ?)",
                                          error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, text, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, sha256, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 3, (int) i + 1);
      if (!exemplar_database_step_done (db, insert, error))
        return FALSE;
    }

  return TRUE;
}

void
_exemplar_checked_file_clear (ExemplarCheckedFile *checked)
{
  g_clear_pointer (&checked->sha256, g_free);
  g_clear_pointer (&checked->title, g_free);
  g_clear_pointer (&checked->texts, g_ptr_array_unref);
}

gint64
_exemplar_declaration_get_size_limit (ExemplarDatabase *db)
{
  g_autoptr(sqlite3_stmt) limit = NULL;

  limit = exemplar_database_prepare (db, "SELECT evidence_size_limit FROM campaign", NULL);
  if (limit != NULL && sqlite3_step (limit) == SQLITE_ROW)
    return sqlite3_column_int64 (limit, 0);

  return 200 * 1024 * 1024;
}

gboolean
_exemplar_declaration_check_file (ExemplarDatabase     *db,
                                  GFile                *file,
                                  const char           *name,
                                  gint64                size_limit,
                                  ExemplarProbe        *probe_in,
                                  ExemplarCheckedFile  *checked,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 head[16];
  guint8 tail[1024];
  gsize n_head = 0, n_tail = 0;
  FileKind kind, named_kind;
  g_autoptr(ExemplarProbe) probe = probe_in;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   _("“%s” is no longer there; it may have been moved or deleted."), name);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is not a file."), name);
      return FALSE;
    }
  if (g_file_info_get_size (info) > size_limit)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is larger than the limit of %lld MB for one evidence file."),
                   name, (long long) (size_limit / (1024 * 1024)));
      return FALSE;
    }

  /* Read as the viewer will read it, in a process of its own, while this
   * thread hashes it: a file that crashes or hangs the reader is refused
   * here and never reaches the viewer. The name says what to read it as;
   * a file whose content says otherwise is refused below. */
  named_kind = kind_from_name (name);
  if (named_kind != KIND_UNKNOWN && probe == NULL)
    {
      probe = _exemplar_probe_start (file, name, g_file_info_get_size (info), named_kind == KIND_PDF,
                                     error);
      if (probe == NULL)
        return FALSE;
    }

  if (!scan_file (file, name, head, &n_head, tail, &n_tail, &checked->sha256, &checked->size,
                  cancellable, error))
    return FALSE;

  if (checked->size == 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is empty."), name);
      return FALSE;
    }
  if (checked->size > size_limit)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is larger than the limit of %lld MB for one evidence file."),
                   name, (long long) (size_limit / (1024 * 1024)));
      return FALSE;
    }

  kind = kind_from_content (head, n_head);
  if (kind == KIND_UNKNOWN)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is not a PDF, JPEG or PNG file; only those can be attached."), name);
      return FALSE;
    }
  if (named_kind != kind)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is %s but its name says otherwise; give it the right extension and attach it again."),
                   name, kind_title (kind));
      return FALSE;
    }
  checked->media_type = kind_media_type (kind);
  checked->title = title_from_name (name);

  /* A file cut short in copying lacks its end marker. */
  if ((kind == KIND_PDF && !ends_with_marker (tail, n_tail, (const guint8 *) "%%EOF", 5)) ||
      (kind == KIND_JPEG && !ends_with_marker (tail, n_tail, (const guint8 *) "\xff\xd9", 2)) ||
      (kind == KIND_PNG && !ends_with_marker (tail, n_tail, (const guint8 *) "IEND", 4)))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is incomplete: it ends before the end of the file. Copy it again from the original."),
                   name);
      return FALSE;
    }

  if (!query_exists (db, "SELECT 1 FROM blob WHERE sha256 = ?", checked->sha256, 0, 0,
                     &checked->stored, error))
    return FALSE;

  /* A file stored already was read when it was first stored; only a
   * PDF's page count is wanted again. */
  checked->pages = 1;
  if (!_exemplar_probe_finish (probe, name, &checked->pages, checked->stored ? NULL : &checked->texts,
                               cancellable, error))
    return FALSE;

  return TRUE;
}

ExemplarProbe *
_exemplar_declaration_start_probe (GFile      *file,
                                   const char *name)
{
  FileKind kind = kind_from_name (name);
  g_autoptr(GFileInfo) info = NULL;

  if (kind == KIND_UNKNOWN)
    return NULL;

  /* The size lengthens the probe's time; a file that cannot be asked is
   * refused by _exemplar_declaration_check_file(). */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return _exemplar_probe_start (file, name, g_file_info_get_size (info), kind == KIND_PDF, NULL);
}

gboolean
_exemplar_declaration_store_blob (ExemplarDatabase     *db,
                                  GFile                *file,
                                  const char           *name,
                                  ExemplarCheckedFile  *checked,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  if (checked->stored)
    return TRUE;

  return write_blob (db, file, name, checked->sha256, checked->size, checked->media_type,
                     cancellable, error) &&
         index_text (db, checked->sha256, checked->texts, error);
}

static gboolean
store_file (ImportJob             *job,
            ExemplarDatabase      *db,
            GFile                 *file,
            const char            *name,
            ExemplarProbe         *probe,
            ExemplarImportResult  *result,
            GCancellable          *cancellable,
            GError               **error)
{
  g_auto(ExemplarCheckedFile) checked = { 0, };
  g_autofree char *detail = NULL;
  gboolean attached = FALSE;
  sqlite3_stmt *insert;

  if (!_exemplar_declaration_check_file (db, file, name, job->size_limit, probe, &checked,
                                         cancellable, error))
    return FALSE;
  result->sha256 = g_strdup (checked.sha256);
  result->pages = checked.pages;

  if (!query_exists (db, "SELECT 1 FROM evidence WHERE sha256 = ?1 AND application_id = ?2 "
                         "AND indicator_id IS ?3",
                     result->sha256, job->application_id, job->indicator_id, &attached, error))
    return FALSE;

  if (attached)
    {
      /* Attaching the same file to the same item twice changes nothing. */
      result->status = EXEMPLAR_IMPORT_DUPLICATE;
      return TRUE;
    }

  if (!exemplar_database_begin (db, error))
    return FALSE;

  if (!_exemplar_declaration_store_blob (db, file, name, &checked, cancellable, error))
    goto failed;

  insert = exemplar_database_prepare (db,
                                      "INSERT INTO evidence (application_id, indicator_id, sha256, title, "
                                      "  original_name, pages, purpose, added_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                      error);
  if (insert == NULL)
    goto failed;
  sqlite3_bind_int64 (insert, 1, job->application_id);
  if (job->indicator_id > 0)
    sqlite3_bind_int64 (insert, 2, job->indicator_id);
  else
    sqlite3_bind_null (insert, 2);
  sqlite3_bind_text (insert, 3, result->sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, checked.title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (insert, 6, (int) result->pages);
  sqlite3_bind_text (insert, 7, job->purpose, -1, SQLITE_TRANSIENT);
  if (!exemplar_database_step_done (db, insert, error))
    goto failed;
  result->evidence_id = exemplar_database_last_insert_id (db);

  /* Attaching is the applicant's first step as much as typing is. */
  insert = exemplar_database_prepare (db,
                                      "UPDATE application SET state = 'draft', "
                                      "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                      "WHERE id = ? AND state = 'not_applied'",
                                      error);
  if (insert == NULL)
    goto failed;
  sqlite3_bind_int64 (insert, 1, job->application_id);
  if (!exemplar_database_step_done (db, insert, error))
    goto failed;

  detail = g_strdup_printf ("%s %s (%s)", result->sha256, name, job->purpose);
  if (!exemplar_database_audit (db, "evidence.add", job->unit_code, detail, error) ||
      !exemplar_database_commit (db, error))
    goto failed;

  result->status = checked.stored ? EXEMPLAR_IMPORT_DUPLICATE : EXEMPLAR_IMPORT_STORED;
  return TRUE;

failed:
  exemplar_database_rollback (db);
  return FALSE;
}

static GPtrArray *
run_import (ImportJob     *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(ExemplarDatabase) db = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) exemplar_import_result_free);
  g_autoptr(ExemplarProbe) next_probe = NULL;

  db = exemplar_database_open (job->campaign_path, EXEMPLAR_DATABASE_OPEN, error);
  if (db == NULL)
    return NULL;

  for (guint i = 0; i < job->files->len; i++)
    {
      GFile *file = g_ptr_array_index (job->files, i);
      ExemplarImportResult *result = g_new0 (ExemplarImportResult, 1);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(ExemplarProbe) probe = NULL;

      result->path = g_file_get_path (file);
      if (result->path == NULL)
        result->path = g_file_get_uri (file);
      g_ptr_array_add (results, result);

      if (g_cancellable_is_cancelled (cancellable))
        {
          result->status = EXEMPLAR_IMPORT_FAILED;
          result->message = g_strdup_printf (_("“%s” was not attached: the import was cancelled."), name);
          continue;
        }

      report_progress (job, i, name);

      /* The next file's probe reads it while this one is hashed and
       * written: the probe is the slower part, and has a core to itself. */
      probe = g_steal_pointer (&next_probe);
      if (i + 1 < job->files->len)
        {
          GFile *next = g_ptr_array_index (job->files, i + 1);
          g_autofree char *next_name = g_file_get_basename (next);

          next_probe = _exemplar_declaration_start_probe (next, next_name);
        }

      if (!store_file (job, db, file, name, g_steal_pointer (&probe), result, cancellable, &local_error))
        {
          result->status = EXEMPLAR_IMPORT_FAILED;
          result->pages = 0;
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            result->message = g_strdup_printf (_("“%s” was not attached: the import was cancelled."), name);
          else
            result->message = g_strdup (local_error->message);
        }
    }

  report_progress (job, job->files->len, NULL);
  return g_steal_pointer (&results);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *results = run_import (task_data, cancellable, &error);

  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static ImportJob *
import_job_new (ExemplarDeclaration     *self,
                ExemplarIndicator       *leaf,
                const char              *purpose,
                GFile                  **files,
                guint                    n_files,
                ExemplarImportProgress   progress,
                gpointer                 progress_data,
                GError                 **error)
{
  ExemplarCampaign *campaign = exemplar_declaration_get_campaign (self);
  ExemplarDatabase *db = exemplar_campaign_get_database (campaign);
  ImportJob *job;

  if (g_strcmp0 (purpose, "evidence") != 0 && g_strcmp0 (purpose, "seal") != 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is not a purpose for evidence."), purpose ? purpose : "");
      return NULL;
    }
  if (leaf != NULL && (!exemplar_indicator_is_leaf (leaf) ||
                       exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_VETO))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Evidence is attached to a scored item; %s is not one."),
                   exemplar_indicator_get_code (leaf));
      return NULL;
    }
  if (!_exemplar_declaration_check_editable (self, error))
    return NULL;

  job = g_new0 (ImportJob, 1);
  job->campaign_path = g_strdup (exemplar_campaign_get_path (campaign));
  job->application_id = exemplar_declaration_get_id (self);
  job->indicator_id = leaf ? exemplar_indicator_get_id (leaf) : 0;
  job->unit_code = g_strdup (exemplar_unit_get_code (exemplar_declaration_get_unit (self)));
  job->purpose = g_strdup (purpose);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  job->size_limit = _exemplar_declaration_get_size_limit (db);

  return job;
}

/* Shows the stored attachments in the declaration's evidence list. */
static void
adopt_results (ExemplarDeclaration *self,
               GPtrArray           *results)
{
  ExemplarDatabase *db = exemplar_campaign_get_database (exemplar_declaration_get_campaign (self));

  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = g_ptr_array_index (results, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (result->status == EXEMPLAR_IMPORT_FAILED || result->evidence_id == 0)
        continue;

      stmt = exemplar_database_prepare (db,
                                        "SELECT " EXEMPLAR_EVIDENCE_COLUMNS " "
                                        "FROM evidence e JOIN blob b ON b.sha256 = e.sha256 "
                                        "LEFT JOIN indicator i ON i.id = e.indicator_id WHERE e.id = ?",
                                        NULL);
      if (stmt == NULL)
        continue;
      sqlite3_bind_int64 (stmt, 1, result->evidence_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(ExemplarEvidence) evidence = _exemplar_evidence_new_from_row (stmt);
          _exemplar_declaration_add_evidence (self, evidence);
        }
    }
}

void
exemplar_declaration_import_evidence_async (ExemplarDeclaration     *self,
                                            ExemplarIndicator       *leaf,
                                            const char              *purpose,
                                            GFile                  **files,
                                            guint                    n_files,
                                            GCancellable            *cancellable,
                                            ExemplarImportProgress   progress,
                                            gpointer                 progress_data,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ImportJob *job;

  g_return_if_fail (EXEMPLAR_IS_DECLARATION (self));
  g_return_if_fail (files != NULL || n_files == 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, exemplar_declaration_import_evidence_async);

  job = import_job_new (self, leaf, purpose, files, n_files, progress, progress_data, &error);
  if (job == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

GPtrArray *
exemplar_declaration_import_evidence_finish (ExemplarDeclaration  *self,
                                             GAsyncResult         *result,
                                             GError              **error)
{
  GPtrArray *results;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  results = g_task_propagate_pointer (G_TASK (result), error);
  if (results != NULL)
    adopt_results (self, results);

  return results;
}

GPtrArray *
exemplar_declaration_import_evidence (ExemplarDeclaration  *self,
                                      ExemplarIndicator    *leaf,
                                      const char           *purpose,
                                      GFile               **files,
                                      guint                 n_files,
                                      GCancellable         *cancellable,
                                      GError              **error)
{
  ImportJob *job;
  GPtrArray *results;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);

  job = import_job_new (self, leaf, purpose, files, n_files, NULL, NULL, error);
  if (job == NULL)
    return NULL;

  results = run_import (job, cancellable, error);
  import_job_free (job);

  if (results != NULL)
    adopt_results (self, results);

  return results;
}
