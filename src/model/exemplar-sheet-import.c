/* exemplar-sheet-import.c  — STUB: the model-sheet helper replaces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "exemplar-sheet-import.h"

struct _ExemplarSheetImport { GObject parent_instance; };
G_DEFINE_FINAL_TYPE (ExemplarSheetImport, exemplar_sheet_import, G_TYPE_OBJECT)
static void exemplar_sheet_import_class_init (ExemplarSheetImportClass *klass) { }
static void exemplar_sheet_import_init (ExemplarSheetImport *self) { }
ExemplarReviewer *exemplar_sheet_import_get_reviewer (ExemplarSheetImport *self) { return NULL; }
gboolean exemplar_sheet_import_get_already_imported (ExemplarSheetImport *self) { return FALSE; }
const char *exemplar_sheet_import_get_imported_at (ExemplarSheetImport *self) { return NULL; }
guint exemplar_sheet_import_get_n_applied (ExemplarSheetImport *self) { return 0; }
guint exemplar_sheet_import_get_n_unchanged (ExemplarSheetImport *self) { return 0; }
GListModel *exemplar_sheet_import_get_conflicts (ExemplarSheetImport *self) { return NULL; }
GPtrArray *exemplar_sheet_import_dup_lines (ExemplarSheetImport *self) { return g_ptr_array_new_with_free_func (g_free); }
