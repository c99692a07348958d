/* exemplar-blob-stream.h
 *
 * A seekable input stream over one evidence blob, read with SQLite's
 * incremental blob I/O so a 200 MB PDF is never copied whole into memory
 * or onto disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_BLOB_STREAM (exemplar_blob_stream_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarBlobStream, exemplar_blob_stream, EXEMPLAR, BLOB_STREAM, GInputStream)

/* Opens the blob stored under @sha256 in the campaign file at @path, with a
 * connection of its own so the stream may be read on any one thread. */
GInputStream *exemplar_blob_stream_new      (const char          *path,
                                             const char          *sha256,
                                             GError             **error);
goffset       exemplar_blob_stream_get_size (ExemplarBlobStream  *self);

G_END_DECLS
