/* exemplar-returned-sheets-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-sheet-conflict.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RETURNED_SHEETS_VIEW (exemplar_returned_sheets_view_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarReturnedSheetsView, exemplar_returned_sheets_view, EXEMPLAR, RETURNED_SHEETS_VIEW, AdwBin)

GtkWidget *exemplar_returned_sheets_view_new           (void);
void       exemplar_returned_sheets_view_set_campaign  (ExemplarReturnedSheetsView *self,
                                                        ExemplarCampaign           *campaign);
/* Reads the conflicts anew; the view also follows the evaluation's changes. */
void       exemplar_returned_sheets_view_reload        (ExemplarReturnedSheetsView *self);
/* The conflicts still waiting for the office's decision. */
guint      exemplar_returned_sheets_view_get_n_pending (ExemplarReturnedSheetsView *self);
/* Asks for the reason of a decision on @conflict, as "Keep Office's
 * Sheet…" (@accept FALSE) and "Accept Incoming Sheet…" (@accept TRUE) do,
 * then decides it. */
void       exemplar_returned_sheets_view_decide        (ExemplarReturnedSheetsView *self,
                                                        ExemplarSheetConflict      *conflict,
                                                        gboolean                    accept);

/* "2024-03-10 17:12" in local time from an ISO 8601 UTC time as the model
 * stores it; the Evaluation section shows import and decision times so,
 * and the scoring dialog when a sheet was submitted. */
char      *exemplar_returned_sheets_view_format_time   (const char                 *iso);

G_END_DECLS
