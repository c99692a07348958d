/* exemplar-evaluation-conflicts.c  — STUB: the model-sheet helper replaces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"

GListModel *
exemplar_evaluation_get_sheet_conflicts (ExemplarEvaluation *self)
{
  static GListStore *empty;
  if (empty == NULL)
    empty = g_list_store_new (EXEMPLAR_TYPE_SHEET_CONFLICT);
  return G_LIST_MODEL (empty);
}

gboolean
exemplar_evaluation_resolve_sheet_conflict (ExemplarEvaluation *self, ExemplarSheetConflict *conflict,
                                            gboolean accept, const char *reason, GError **error)
{
  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, "STUB");
  return FALSE;
}
