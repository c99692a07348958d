/* exemplar-scoring-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_SCORING_DIALOG (exemplar_scoring_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarScoringDialog, exemplar_scoring_dialog, EXEMPLAR, SCORING_DIALOG, AdwWindow)

GtkWidget *exemplar_scoring_dialog_new (GtkWindow          *parent,
                                        ExemplarCampaign   *campaign,
                                        ExemplarAssignment *assignment);

G_END_DECLS
