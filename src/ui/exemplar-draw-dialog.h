/* exemplar-draw-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DRAW_DIALOG (exemplar_draw_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDrawDialog, exemplar_draw_dialog, EXEMPLAR, DRAW_DIALOG, AdwWindow)

ExemplarDrawDialog *exemplar_draw_dialog_new (GtkWindow        *parent,
                                              ExemplarCampaign *campaign);

G_END_DECLS
