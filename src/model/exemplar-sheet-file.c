/* exemplar-sheet-file.c  — STUB: the model-sheet helper replaces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-error.h"
#include "exemplar-sheet-file.h"

gboolean
exemplar_sheet_file_write (ExemplarCampaign *package, const char *path, guint *n_sheets,
                           guint *n_drafts, GError **error)
{
  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, "STUB");
  return FALSE;
}

ExemplarSheetImport *
exemplar_sheet_file_import (ExemplarCampaign *campaign, const char *path, GError **error)
{
  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, "STUB");
  return NULL;
}
