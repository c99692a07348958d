/* exemplar-resolve-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-objection.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RESOLVE_DIALOG (exemplar_resolve_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarResolveDialog, exemplar_resolve_dialog, EXEMPLAR, RESOLVE_DIALOG, AdwWindow)

ExemplarResolveDialog *exemplar_resolve_dialog_new         (GtkWindow             *parent,
                                                            ExemplarCampaign      *campaign,
                                                            ExemplarObjection     *objection);
ExemplarObjection     *exemplar_resolve_dialog_get_objection (ExemplarResolveDialog *self);
void                   exemplar_resolve_dialog_set_outcome (ExemplarResolveDialog *self,
                                                            ExemplarOutcome        outcome);
/* Resolves as Resolve does, after the confirmation that an outcome taking
 * a unit off the list or starting a new period asks for. */
void                   exemplar_resolve_dialog_resolve     (ExemplarResolveDialog *self);

G_END_DECLS
