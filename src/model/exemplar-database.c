/* exemplar-database.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "exemplar-database.h"
#include "exemplar-error.h"
#include "exemplar-schema.h"

#define SQLITE_HEADER "SQLite format 3"
#define GENESIS_HASH "0000000000000000000000000000000000000000000000000000000000000000"

struct _ExemplarDatabase
{
  GObject   parent_instance;

  sqlite3  *handle;
  char     *path;
  char     *read_only_reason;
  int       schema_version;
  guint     in_transaction : 1;
  guint     is_package : 1;
};

G_DEFINE_FINAL_TYPE (ExemplarDatabase, exemplar_database, G_TYPE_OBJECT)

static void
set_sqlite_error (sqlite3  *handle,
                  int       rc,
                  GError  **error)
{
  int code = EXEMPLAR_ERROR_STORAGE;

  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
    code = EXEMPLAR_ERROR_CORRUPT;
  else if (rc == SQLITE_CONSTRAINT)
    code = EXEMPLAR_ERROR_INVALID_INPUT;
  else if (rc == SQLITE_READONLY)
    code = EXEMPLAR_ERROR_READ_ONLY;

  g_set_error (error, EXEMPLAR_ERROR, code,
               _("The campaign file could not be read or written: %s"),
               handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Reads the file's first 100 bytes (the SQLite header) without opening it as
 * a database, so that a refused file is never touched by SQLite. */
static gboolean
check_header (const char  *path,
              gboolean    *is_package,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  gsize n_read = 0;
  guint32 application_id;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                     _("There is no file at “%s”."), path);
      else
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                     _("“%s” could not be read: %s"), path, local_error->message);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
                   _("“%s” is not a file. Choose an Exemplar campaign file (.exemplar)."), path);
      return FALSE;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("“%s” could not be read: %s"), path, local_error->message);
      return FALSE;
    }

  if (n_read == 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
                   _("“%s” is empty, so it is not an Exemplar campaign."), path);
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
                   _("“%s” is not an Exemplar campaign file."), path);
      return FALSE;
    }

  application_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
                   ((guint32) header[70] << 8) | (guint32) header[71];
  if (application_id != EXEMPLAR_APPLICATION_ID && application_id != EXEMPLAR_PACKAGE_APPLICATION_ID)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
                   _("“%s” is a database, but not an Exemplar campaign file."), path);
      return FALSE;
    }

  *is_package = application_id == EXEMPLAR_PACKAGE_APPLICATION_ID;
  return TRUE;
}

static gboolean
query_int (ExemplarDatabase  *self,
           const char        *sql,
           int               *value,
           GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = exemplar_database_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->handle, rc, error);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
migrate (ExemplarDatabase  *self,
         int                from_version,
         GError           **error)
{
  for (int version = from_version + 1; version <= EXEMPLAR_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      /* Each migration is one transaction: it lands whole or not at all. */
      if (!exemplar_database_begin (self, error))
        return FALSE;

      if (!exemplar_database_exec (self, exemplar_schema_get_migration ((guint) version), error) ||
          !exemplar_database_exec (self, set_version, error) ||
          !exemplar_database_audit (self, "schema.migrate", "",
                                    set_version + strlen ("PRAGMA "), error) ||
          !exemplar_database_commit (self, error))
        {
          exemplar_database_rollback (self);
          return FALSE;
        }
    }

  self->schema_version = EXEMPLAR_SCHEMA_VERSION;
  return TRUE;
}

static gboolean
configure (ExemplarDatabase  *self,
           gboolean           writable,
           GError           **error)
{
  sqlite3_busy_timeout (self->handle, 5000);
  sqlite3_extended_result_codes (self->handle, FALSE);

  if (!exemplar_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (!writable)
    return TRUE;

  /* A crash or power cut never loses an acknowledged change. */
  return exemplar_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         exemplar_database_exec (self, "PRAGMA synchronous = FULL", error);
}

static void
exemplar_database_finalize (GObject *object)
{
  ExemplarDatabase *self = (ExemplarDatabase *)object;

  if (self->handle != NULL)
    {
      if (self->in_transaction)
        sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close_v2 (self->handle);
      self->handle = NULL;
    }

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);

  G_OBJECT_CLASS (exemplar_database_parent_class)->finalize (object);
}

static void
exemplar_database_class_init (ExemplarDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_database_finalize;
}

static void
exemplar_database_init (ExemplarDatabase *self)
{
}

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (journal);
}

static ExemplarDatabase *
create_database (const char             *path,
                 ExemplarDatabaseFlags   flags,
                 GError                **error)
{
  g_autoptr(ExemplarDatabase) self = g_object_new (EXEMPLAR_TYPE_DATABASE, NULL);
  gboolean is_package = (flags & EXEMPLAR_DATABASE_PACKAGE) != 0;
  g_autofree char *set_id =
    g_strdup_printf ("PRAGMA application_id = %d",
                     is_package ? EXEMPLAR_PACKAGE_APPLICATION_ID : EXEMPLAR_APPLICATION_ID);
  int rc;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   _("A file already exists at “%s”; choose another name."), path);
      return NULL;
    }

  self->path = g_strdup (path);
  self->is_package = is_package;
  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return NULL;
    }

  if (!exemplar_database_exec (self, set_id, error) ||
      !configure (self, TRUE, error) ||
      !migrate (self, 0, error))
    {
      g_clear_object (&self);
      remove_database_files (path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

ExemplarDatabase *
exemplar_database_open (const char             *path,
                        ExemplarDatabaseFlags   flags,
                        GError                **error)
{
  g_autoptr(ExemplarDatabase) self = NULL;
  g_autoptr(GError) local_error = NULL;
  int version = 0;
  int n_campaigns = 0;
  gboolean is_package = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (flags & EXEMPLAR_DATABASE_CREATE)
    return create_database (path, flags, error);

  if (!check_header (path, &is_package, error))
    return NULL;

  self = g_object_new (EXEMPLAR_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->is_package = is_package;

  /* Look before writing anything: a read-only connection first. Without a
   * pending write-ahead log the file alone is the whole truth, and reading it
   * as immutable keeps SQLite from creating even a -wal or -shm beside it. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
    g_autofree char *uri = g_strconcat ("file:", escaped,
                                        g_file_test (wal, G_FILE_TEST_EXISTS) ? "" : "?immutable=1",
                                        NULL);

    rc = sqlite3_open_v2 (uri, &self->handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return NULL;
    }
  sqlite3_busy_timeout (self->handle, 5000);

  if (!query_int (self, "PRAGMA user_version", &version, &local_error) ||
      !query_int (self, "SELECT count(*) FROM campaign", &n_campaigns, &local_error))
    {
      if (g_error_matches (local_error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT))
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened. Restore it from a backup copy."),
                     path);
      else
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
                     _("“%s” is not a readable Exemplar campaign: %s"),
                     path, local_error->message);
      return NULL;
    }

  if (n_campaigns != 1)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                   _("“%s” holds no campaign. Restore it from a backup copy."), path);
      return NULL;
    }

  self->schema_version = version;

  if (version > EXEMPLAR_SCHEMA_VERSION)
    {
      self->read_only_reason =
        g_strdup_printf (_("This campaign was saved by a newer version of Exemplar "
                           "(file format %d; this version knows %d). It is open read-only: "
                           "update Exemplar to change it."),
                         version, EXEMPLAR_SCHEMA_VERSION);
      if (!configure (self, FALSE, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  sqlite3_close_v2 (self->handle);
  self->handle = NULL;

  rc = sqlite3_open_v2 (path, &self->handle, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN)
    {
      sqlite3_close_v2 (self->handle);
      self->handle = NULL;
      rc = sqlite3_open_v2 (path, &self->handle, SQLITE_OPEN_READONLY, NULL);
      self->read_only_reason =
        g_strdup (_("You may not write to this file, so it is open read-only."));
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return NULL;
    }

  if (!configure (self, self->read_only_reason == NULL, error))
    return NULL;

  if (self->read_only_reason == NULL && version < EXEMPLAR_SCHEMA_VERSION &&
      !migrate (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

sqlite3 *
exemplar_database_get_handle (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), NULL);
  return self->handle;
}

const char *
exemplar_database_get_path (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), NULL);
  return self->path;
}

gboolean
exemplar_database_get_read_only (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), TRUE);
  return self->read_only_reason != NULL;
}

const char *
exemplar_database_get_read_only_reason (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), NULL);
  return self->read_only_reason;
}

int
exemplar_database_get_schema_version (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), 0);
  return self->schema_version;
}

gboolean
exemplar_database_begin (ExemplarDatabase  *self,
                         GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY,
                           self->read_only_reason);
      return FALSE;
    }

  if (!exemplar_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

gboolean
exemplar_database_commit (ExemplarDatabase  *self,
                          GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!exemplar_database_exec (self, "COMMIT", error))
    return FALSE;

  self->in_transaction = FALSE;
  return TRUE;
}

void
exemplar_database_rollback (ExemplarDatabase *self)
{
  g_return_if_fail (EXEMPLAR_IS_DATABASE (self));

  if (!self->in_transaction)
    return;

  sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
}

sqlite3_stmt *
exemplar_database_prepare (ExemplarDatabase  *self,
                           const char        *sql,
                           GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

gboolean
exemplar_database_exec (ExemplarDatabase  *self,
                        const char        *sql,
                        GError           **error)
{
  int rc;

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
exemplar_database_step_done (ExemplarDatabase  *self,
                             sqlite3_stmt      *stmt,
                             GError           **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_sqlite_error (self->handle, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

void
exemplar_database_set_error (ExemplarDatabase  *self,
                             GError           **error)
{
  set_sqlite_error (self->handle, sqlite3_errcode (self->handle), error);
}

gint64
exemplar_database_last_insert_id (ExemplarDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

static char *
audit_hash (const char *prev_hash,
            gint64      id,
            const char *at,
            const char *actor,
            const char *action,
            const char *target,
            const char *detail)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char *parts[] = { prev_hash, id_text, at, actor, action, target, detail };

  /* A unit separator between fields keeps "ab"+"c" apart from "a"+"bc". */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_checksum_update (checksum, (const guchar *) parts[i], -1);
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

gboolean
exemplar_database_audit (ExemplarDatabase  *self,
                         const char        *action,
                         const char        *target,
                         const char        *detail,
                         GError           **error)
{
  g_autoptr(sqlite3_stmt) last = NULL;
  sqlite3_stmt *insert;
  g_autofree char *prev_hash = NULL;
  g_autofree char *at = now_utc ();
  g_autofree char *hash = NULL;
  const char *actor = g_get_user_name ();
  gint64 id = 1;

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  target = target ? target : "";
  detail = detail ? detail : "";

  last = exemplar_database_prepare (self, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", error);
  if (last == NULL)
    return FALSE;
  if (sqlite3_step (last) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (last, 0) + 1;
      prev_hash = g_strdup ((const char *) sqlite3_column_text (last, 1));
    }
  else
    prev_hash = g_strdup (GENESIS_HASH);

  hash = audit_hash (prev_hash, id, at, actor, action, target, detail);

  insert = exemplar_database_prepare (self,
                                      "INSERT INTO audit (id, at, actor, action, target, detail, prev_hash, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                      error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, id);
  sqlite3_bind_text (insert, 2, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 5, target, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 6, detail, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 7, prev_hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 8, hash, -1, SQLITE_TRANSIENT);

  return exemplar_database_step_done (self, insert, error);
}

gboolean
exemplar_database_verify_audit (ExemplarDatabase *self,
                                GPtrArray        *problems)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *expected_prev = g_strdup (GENESIS_HASH);
  gint64 expected_id = 1;
  gboolean sound = TRUE;
  int rc;

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  stmt = exemplar_database_prepare (self,
                                    "SELECT id, at, actor, action, target, detail, prev_hash, hash "
                                    "FROM audit ORDER BY id",
                                    NULL);
  if (stmt == NULL)
    {
      g_ptr_array_add (problems, g_strdup (_("The audit log cannot be read.")));
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *prev_hash = (const char *) sqlite3_column_text (stmt, 6);
      const char *hash = (const char *) sqlite3_column_text (stmt, 7);
      g_autofree char *computed = NULL;

      computed = audit_hash (prev_hash ? prev_hash : "", id,
                             (const char *) sqlite3_column_text (stmt, 1),
                             (const char *) sqlite3_column_text (stmt, 2),
                             (const char *) sqlite3_column_text (stmt, 3),
                             (const char *) sqlite3_column_text (stmt, 4),
                             (const char *) sqlite3_column_text (stmt, 5));

      if (id != expected_id)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("Audit log: entry %lld is missing."),
                                            (long long) expected_id));
          sound = FALSE;
        }
      if (g_strcmp0 (prev_hash, expected_prev) != 0)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("Audit log: entry %lld does not follow "
                                              "the entry before it; the history was changed."), (long long) id));
          sound = FALSE;
        }
      if (g_strcmp0 (hash, computed) != 0)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("Audit log: entry %lld was changed "
                                              "after it was written."), (long long) id));
          sound = FALSE;
        }

      g_free (expected_prev);
      expected_prev = g_strdup (hash ? hash : "");
      expected_id = id + 1;
    }

  if (rc != SQLITE_DONE)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("The audit log cannot be read: %s"),
                                                  sqlite3_errmsg (self->handle)));
      sound = FALSE;
    }

  return sound;
}

sqlite3_stmt *
exemplar_database_begin_write (ExemplarDatabase  *self,
                               const char        *sql,
                               GError           **error)
{
  if (!exemplar_database_begin (self, error))
    return NULL;

  return exemplar_database_prepare_write (self, sql, error);
}

sqlite3_stmt *
exemplar_database_prepare_write (ExemplarDatabase  *self,
                                 const char        *sql,
                                 GError           **error)
{
  sqlite3_stmt *stmt = exemplar_database_prepare (self, sql, error);

  if (stmt == NULL)
    exemplar_database_rollback (self);

  return stmt;
}

gboolean
exemplar_database_step_write (ExemplarDatabase  *self,
                              sqlite3_stmt      *stmt,
                              GError           **error)
{
  if (!exemplar_database_step_done (self, stmt, error))
    {
      exemplar_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

gboolean
exemplar_database_commit_write (ExemplarDatabase  *self,
                                sqlite3_stmt      *stmt,
                                const char        *action,
                                const char        *target,
                                const char        *detail,
                                GError           **error)
{
  if (stmt != NULL && !exemplar_database_step_write (self, stmt, error))
    return FALSE;

  if ((action != NULL && !exemplar_database_audit (self, action, target, detail, error)) ||
      !exemplar_database_commit (self, error))
    {
      exemplar_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

gboolean
exemplar_database_get_is_package (ExemplarDatabase *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (self), FALSE);
  return self->is_package;
}
