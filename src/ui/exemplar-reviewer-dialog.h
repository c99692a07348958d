/* exemplar-reviewer-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_REVIEWER_DIALOG (exemplar_reviewer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarReviewerDialog, exemplar_reviewer_dialog, EXEMPLAR, REVIEWER_DIALOG, AdwWindow)

ExemplarReviewerDialog *exemplar_reviewer_dialog_new          (GtkWindow              *parent,
                                                               ExemplarCampaign       *campaign,
                                                               ExemplarReviewer       *reviewer);
ExemplarReviewer       *exemplar_reviewer_dialog_get_reviewer (ExemplarReviewerDialog *self);
/* Stores the form as Save does; FALSE (the form then shows why) when the
 * model refused it. */
gboolean                exemplar_reviewer_dialog_save         (ExemplarReviewerDialog *self);

G_END_DECLS
