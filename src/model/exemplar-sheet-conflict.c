/* exemplar-sheet-conflict.c  — STUB: the model-sheet helper replaces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-sheet-conflict.h"

struct _ExemplarSheetConflict { GObject parent_instance; };
G_DEFINE_FINAL_TYPE (ExemplarSheetConflict, exemplar_sheet_conflict, G_TYPE_OBJECT)
static void exemplar_sheet_conflict_class_init (ExemplarSheetConflictClass *klass) { }
static void exemplar_sheet_conflict_init (ExemplarSheetConflict *self) { }
gint64 exemplar_sheet_conflict_get_id (ExemplarSheetConflict *self) { return 0; }
ExemplarAssignment *exemplar_sheet_conflict_get_assignment (ExemplarSheetConflict *self) { return NULL; }
ExemplarConflictState exemplar_sheet_conflict_get_state (ExemplarSheetConflict *self) { return EXEMPLAR_CONFLICT_PENDING; }
gint64 exemplar_sheet_conflict_get_office_total (ExemplarSheetConflict *self) { return 0; }
gint64 exemplar_sheet_conflict_get_incoming_total (ExemplarSheetConflict *self) { return 0; }
GPtrArray *exemplar_sheet_conflict_dup_differences (ExemplarSheetConflict *self) { return g_ptr_array_new_with_free_func (g_free); }
const char *exemplar_sheet_conflict_get_decided_at (ExemplarSheetConflict *self) { return NULL; }
const char *exemplar_sheet_conflict_get_reason (ExemplarSheetConflict *self) { return NULL; }
