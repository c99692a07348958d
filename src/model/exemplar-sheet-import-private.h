/* exemplar-sheet-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-sheet-conflict.h"
#include "exemplar-sheet-import.h"

G_BEGIN_DECLS

/* The outcome of importing a file from @reviewer at @imported_at; when
 * @already_imported, that of the earlier import of the same file, with
 * nothing applied now. Sheets are added in the file's order. */
ExemplarSheetImport *_exemplar_sheet_import_new          (ExemplarReviewer      *reviewer,
                                                          gboolean               already_imported,
                                                          const char            *imported_at);
/* @label names the sheet: "新华路街道 (书面调阅)". */
void                 _exemplar_sheet_import_add_applied   (ExemplarSheetImport   *self,
                                                           const char            *label,
                                                           gint64                 total);
void                 _exemplar_sheet_import_add_unchanged (ExemplarSheetImport   *self,
                                                           const char            *label);
/* A sheet the office already decided against, keeping its own. Counted
 * as unchanged. */
void                 _exemplar_sheet_import_add_kept      (ExemplarSheetImport   *self,
                                                           const char            *label);
void                 _exemplar_sheet_import_add_conflict  (ExemplarSheetImport   *self,
                                                           const char            *label,
                                                           ExemplarSheetConflict *conflict);

G_END_DECLS
