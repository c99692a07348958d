/* exemplar-evidence-limit-dialog.h
 *
 * Asks the office for the largest evidence file the campaign takes, in
 * megabytes, and sets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-campaign.h"

G_BEGIN_DECLS

/* Presents the question over @parent; the limit is set when the office
 * answers Set, and a refusal is shown in a dialog of its own. */
void exemplar_evidence_limit_dialog_present (GtkWindow        *parent,
                                             ExemplarCampaign *campaign);

G_END_DECLS
