/* exemplar-blob-stream.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "exemplar-blob-stream.h"
#include "exemplar-error.h"

struct _ExemplarBlobStream
{
  GInputStream   parent_instance;

  sqlite3       *db;
  sqlite3_blob  *blob;
  goffset        size;
  goffset        position;
};

static void seekable_iface_init (GSeekableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ExemplarBlobStream, exemplar_blob_stream, G_TYPE_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_SEEKABLE, seekable_iface_init))

static goffset
exemplar_blob_stream_tell (GSeekable *seekable)
{
  return EXEMPLAR_BLOB_STREAM (seekable)->position;
}

static gboolean
exemplar_blob_stream_can_seek (GSeekable *seekable)
{
  return TRUE;
}

static gboolean
exemplar_blob_stream_seek (GSeekable     *seekable,
                           goffset        offset,
                           GSeekType      type,
                           GCancellable  *cancellable,
                           GError       **error)
{
  ExemplarBlobStream *self = EXEMPLAR_BLOB_STREAM (seekable);
  goffset target;

  switch (type)
    {
    case G_SEEK_SET:
      target = offset;
      break;
    case G_SEEK_CUR:
      target = self->position + offset;
      break;
    case G_SEEK_END:
      target = self->size + offset;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (target < 0 || target > self->size)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Cannot seek outside the evidence file."));
      return FALSE;
    }

  self->position = target;
  return TRUE;
}

static gboolean
exemplar_blob_stream_can_truncate (GSeekable *seekable)
{
  return FALSE;
}

static gboolean
exemplar_blob_stream_truncate (GSeekable     *seekable,
                               goffset        offset,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("Evidence cannot be changed once stored."));
  return FALSE;
}

static void
seekable_iface_init (GSeekableIface *iface)
{
  iface->tell = exemplar_blob_stream_tell;
  iface->can_seek = exemplar_blob_stream_can_seek;
  iface->seek = exemplar_blob_stream_seek;
  iface->can_truncate = exemplar_blob_stream_can_truncate;
  iface->truncate_fn = exemplar_blob_stream_truncate;
}

static gssize
exemplar_blob_stream_read_fn (GInputStream  *stream,
                              void          *buffer,
                              gsize          count,
                              GCancellable  *cancellable,
                              GError       **error)
{
  ExemplarBlobStream *self = EXEMPLAR_BLOB_STREAM (stream);
  goffset available = self->size - self->position;
  int n;
  int rc;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  if (available <= 0)
    return 0;

  n = (int) MIN ((goffset) MIN (count, (gsize) G_MAXINT), available);
  rc = sqlite3_blob_read (self->blob, buffer, n, (int) self->position);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("The evidence could not be read from the campaign file: %s"),
                   sqlite3_errstr (rc));
      return -1;
    }

  self->position += n;
  return n;
}

static gboolean
exemplar_blob_stream_close_fn (GInputStream  *stream,
                               GCancellable  *cancellable,
                               GError       **error)
{
  ExemplarBlobStream *self = EXEMPLAR_BLOB_STREAM (stream);

  g_clear_pointer (&self->blob, sqlite3_blob_close);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  return TRUE;
}

static void
exemplar_blob_stream_finalize (GObject *object)
{
  ExemplarBlobStream *self = (ExemplarBlobStream *)object;

  g_clear_pointer (&self->blob, sqlite3_blob_close);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  G_OBJECT_CLASS (exemplar_blob_stream_parent_class)->finalize (object);
}

static void
exemplar_blob_stream_class_init (ExemplarBlobStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = exemplar_blob_stream_finalize;
  stream_class->read_fn = exemplar_blob_stream_read_fn;
  stream_class->close_fn = exemplar_blob_stream_close_fn;
}

static void
exemplar_blob_stream_init (ExemplarBlobStream *self)
{
}

GInputStream *
exemplar_blob_stream_new (const char  *path,
                          const char  *sha256,
                          GError     **error)
{
  g_autoptr(ExemplarBlobStream) self = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 rowid = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  self = g_object_new (EXEMPLAR_TYPE_BLOB_STREAM, NULL);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (self->db, 5000);
      rc = sqlite3_prepare_v2 (self->db, "SELECT rowid, length (data) FROM blob WHERE sha256 = ?",
                               -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          rowid = sqlite3_column_int64 (stmt, 0);
          self->size = sqlite3_column_int64 (stmt, 1);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                       _("The campaign holds no evidence file with checksum %s."), sha256);
          return NULL;
        }
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_OK)
    rc = sqlite3_blob_open (self->db, "main", "blob", "data", rowid, 0, &self->blob);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("The evidence could not be read from the campaign file: %s"),
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  return G_INPUT_STREAM (g_steal_pointer (&self));
}

goffset
exemplar_blob_stream_get_size (ExemplarBlobStream *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_BLOB_STREAM (self), 0);
  return self->size;
}
