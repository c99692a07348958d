/* exemplar-score-export.h
 *
 * The scores leave the program: a flat table (one row per reviewer × unit ×
 * leaf, only submitted sheets) as CSV (UTF-8 with BOM, so spreadsheet
 * programs read the Chinese) or XLSX with a summary sheet of the ranking
 * (libxlsxwriter); and printable PDFs (pango/cairo, A4): the score sheet of
 * one reviewer × one unit with signature lines, and the assignment and
 * conflict report that shows nobody scores their own unit.
 *
 * Files are written to a temporary name beside @path and renamed into
 * place, so a failure never leaves half a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

gboolean exemplar_score_export_csv         (ExemplarCampaign   *campaign,
                                            const char         *path,
                                            GError            **error);
gboolean exemplar_score_export_xlsx        (ExemplarCampaign   *campaign,
                                            const char         *path,
                                            GError            **error);
/* Chooses by the extension of @path (.csv or .xlsx); INVALID_INPUT else. */
gboolean exemplar_score_export_to_path     (ExemplarCampaign   *campaign,
                                            const char         *path,
                                            GError            **error);
/* The same on a worker, which opens the campaign's file on a connection of
 * its own; for exports too long for the main thread (a national campaign's
 * XLSX). Writes to @path only through the usual temporary file. */
void     exemplar_score_export_to_path_async  (ExemplarCampaign    *campaign,
                                               const char          *path,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean exemplar_score_export_to_path_finish (ExemplarCampaign    *campaign,
                                               GAsyncResult        *result,
                                               GError             **error);
gboolean exemplar_score_export_sheet_pdf   (ExemplarScoreSheet *sheet,
                                            const char         *path,
                                            GError            **error);
gboolean exemplar_score_export_assignments_pdf (ExemplarCampaign *campaign,
                                                const char       *path,
                                                GError          **error);

G_END_DECLS
