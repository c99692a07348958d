/* exemplar-assign-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_ASSIGN_DIALOG (exemplar_assign_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarAssignDialog, exemplar_assign_dialog, EXEMPLAR, ASSIGN_DIALOG, AdwWindow)

ExemplarAssignDialog *exemplar_assign_dialog_new (GtkWindow        *parent,
                                                  ExemplarCampaign *campaign,
                                                  ExemplarReviewer *reviewer);

G_END_DECLS
