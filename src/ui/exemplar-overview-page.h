/* exemplar-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_OVERVIEW_PAGE (exemplar_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarOverviewPage, exemplar_overview_page, EXEMPLAR, OVERVIEW_PAGE, AdwBin)

GtkWidget        *exemplar_overview_page_new          (void);
ExemplarCampaign *exemplar_overview_page_get_campaign (ExemplarOverviewPage *self);
void              exemplar_overview_page_set_campaign (ExemplarOverviewPage *self,
                                                       ExemplarCampaign     *campaign);

G_END_DECLS
