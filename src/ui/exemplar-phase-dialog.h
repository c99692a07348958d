/* exemplar-phase-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_PHASE_DIALOG (exemplar_phase_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarPhaseDialog, exemplar_phase_dialog, EXEMPLAR, PHASE_DIALOG, AdwWindow)

ExemplarPhaseDialog *exemplar_phase_dialog_new         (GtkWindow           *parent,
                                                        ExemplarCampaign    *campaign);
/* Advances as the Advance button does; FALSE (the dialog then shows why)
 * when the model refused. */
gboolean             exemplar_phase_dialog_advance     (ExemplarPhaseDialog *self);
/* Shows the page that moves the campaign back to an earlier phase. */
void                 exemplar_phase_dialog_show_reopen (ExemplarPhaseDialog *self);
/* Moves the campaign back to the phase chosen on that page with the reason
 * typed there, as confirming does; FALSE (the dialog then shows why) when
 * the model refused. */
gboolean             exemplar_phase_dialog_reopen      (ExemplarPhaseDialog *self);

G_END_DECLS
