/* exemplar-publicity-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_PUBLICITY_PAGE (exemplar_publicity_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarPublicityPage, exemplar_publicity_page, EXEMPLAR, PUBLICITY_PAGE, AdwBin)

GtkWidget        *exemplar_publicity_page_new          (void);
ExemplarCampaign *exemplar_publicity_page_get_campaign (ExemplarPublicityPage *self);
void              exemplar_publicity_page_set_campaign (ExemplarPublicityPage *self,
                                                        ExemplarCampaign      *campaign);
/* "review", "notice", "objections" or "naming". */
void              exemplar_publicity_page_show_view    (ExemplarPublicityPage *self,
                                                        const char            *name);

G_END_DECLS
