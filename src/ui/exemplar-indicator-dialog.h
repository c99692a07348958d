/* exemplar-indicator-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_INDICATOR_DIALOG (exemplar_indicator_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarIndicatorDialog, exemplar_indicator_dialog, EXEMPLAR, INDICATOR_DIALOG, AdwWindow)

ExemplarIndicatorDialog *exemplar_indicator_dialog_new                  (GtkWindow               *parent,
                                                                         ExemplarRubric          *rubric,
                                                                         ExemplarCampaign        *campaign,
                                                                         ExemplarIndicator       *indicator,
                                                                         ExemplarIndicator       *parent_indicator);
ExemplarIndicator       *exemplar_indicator_dialog_get_indicator        (ExemplarIndicatorDialog *self);
ExemplarIndicator       *exemplar_indicator_dialog_get_parent_indicator (ExemplarIndicatorDialog *self);

G_END_DECLS
