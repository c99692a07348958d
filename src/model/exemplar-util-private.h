/* exemplar-util-private.h
 *
 * Small helpers that several model classes share: enum names looked up in
 * a table, optional strings, the error for a form with gaps, and files
 * written through a temporary file.
 * Model-internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One value of an enum: its word in the schema and its title, marked
 * with N_() and translated by the caller. */
typedef struct
{
  const char *id;
  const char *title;
} ExemplarEnumName;

/* The position of @id in @names, or -1 when @id is NULL or not there. */
int      _exemplar_util_enum_find          (const ExemplarEnumName  *names,
                                            guint                    n_names,
                                            const char              *id);
/* Replaces *@field by a copy of @value, an empty @value by NULL; returns
 * whether it changed. */
gboolean _exemplar_util_set_string         (char                   **field,
                                            const char              *value);
/* Sets INVALID_INPUT with @summary (translated, it counts @gaps). A caller
 * that asks for the list gets @gaps in @missing; otherwise the message
 * carries them, one a line. */
void     _exemplar_util_set_missing_error  (GError                 **error,
                                            const char              *summary,
                                            GPtrArray              **gaps,
                                            GPtrArray              **missing);

/* Files written beside the target and renamed into place, so a failure
 * never leaves a half-written file. */

/* Sets STORAGE: "… could not be written: @detail …", naming @path. */
void     _exemplar_util_set_storage_error  (GError                 **error,
                                            const char              *path,
                                            const char              *detail);
/* Creates an empty temporary file beside @path (same folder, so the rename
 * is atomic) and returns its name; NULL with STORAGE naming @path. */
char    *_exemplar_util_create_temp        (const char              *path,
                                            GError                 **error);
/* Renames @temp_path onto @path, readable as an ordinary file; on failure
 * removes @temp_path and sets STORAGE naming @path. */
gboolean _exemplar_util_commit_temp        (const char              *temp_path,
                                            const char              *path,
                                            GError                 **error);

G_END_DECLS
