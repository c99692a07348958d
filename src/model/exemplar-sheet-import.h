/* exemplar-sheet-import.h
 *
 * What one import of a score sheet file did (exemplar_sheet_file_import()):
 * the reviewer, the sheets applied, those unchanged (the office already
 * held them identical), and the conflicts left for the office to decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_SHEET_IMPORT (exemplar_sheet_import_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarSheetImport, exemplar_sheet_import, EXEMPLAR, SHEET_IMPORT, GObject)

ExemplarReviewer *exemplar_sheet_import_get_reviewer         (ExemplarSheetImport *self);
/* TRUE when this very file was imported before; nothing changed. */
gboolean          exemplar_sheet_import_get_already_imported (ExemplarSheetImport *self);
/* The earlier import's time (ISO 8601 UTC) when already imported, else this one's. */
const char       *exemplar_sheet_import_get_imported_at      (ExemplarSheetImport *self);
guint             exemplar_sheet_import_get_n_applied        (ExemplarSheetImport *self);
guint             exemplar_sheet_import_get_n_unchanged      (ExemplarSheetImport *self);
/* The conflicts this import found, ExemplarSheetConflict. */
GListModel       *exemplar_sheet_import_get_conflicts        (ExemplarSheetImport *self);
/* One translated line per sheet: "林晓 — 新华路街道 (书面调阅): applied, 86.50."
 * / "… unchanged" / "… conflict: the office holds 84.00 sealed, the sheet
 * says 86.50". Owned array of strings. */
GPtrArray        *exemplar_sheet_import_dup_lines            (ExemplarSheetImport *self);

G_END_DECLS
