/* exemplar-new-campaign-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-window.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_NEW_CAMPAIGN_DIALOG (exemplar_new_campaign_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarNewCampaignDialog, exemplar_new_campaign_dialog, EXEMPLAR, NEW_CAMPAIGN_DIALOG, AdwWindow)

ExemplarNewCampaignDialog *exemplar_new_campaign_dialog_new             (ExemplarWindow            *window);
const char                *exemplar_new_campaign_dialog_get_template_id (ExemplarNewCampaignDialog *self);
/* Creates the campaign at @file from the selected template, as the Create
 * button does once a file is chosen. On success the campaign opens and the
 * dialog closes; on failure the dialog says why and stays. */
gboolean                   exemplar_new_campaign_dialog_create          (ExemplarNewCampaignDialog *self,
                                                                         GFile                     *file);

G_END_DECLS
