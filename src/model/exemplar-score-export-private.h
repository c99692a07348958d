/* exemplar-score-export-private.h
 *
 * Internal to exemplar-score-export*.c: the table exports live in
 * exemplar-score-export.c, the PDFs in exemplar-score-export-pdf.c; both
 * write beside the target and rename into place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-score-export.h"

G_BEGIN_DECLS

/* Creates an empty temporary file beside @path (same folder, so the rename
 * is atomic) and returns its name; NULL with STORAGE naming @path. */
char       *_exemplar_score_export_create_temp  (const char  *path,
                                                 GError     **error);
/* Renames @temp_path onto @path, readable as an ordinary file; on failure
 * removes @temp_path and sets STORAGE naming @path. */
gboolean    _exemplar_score_export_commit_temp  (const char  *temp_path,
                                                 const char  *path,
                                                 GError     **error);
/* Sets STORAGE: "… could not be written: @detail …", naming @path. */
void        _exemplar_score_export_set_storage_error (GError     **error,
                                                      const char  *path,
                                                      const char  *detail);
/* Hundredths with exactly two decimals, "7.50", "-1.25". */
char       *_exemplar_score_export_format_fixed (gint64       hundredths);
/* What a reviewer belongs to, for a table cell: the member or applicant
 * unit's name, or "Outside expert" (translated). */
const char *_exemplar_score_export_affiliation  (ExemplarReviewer *reviewer);

G_END_DECLS
