/* exemplar-naming-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_NAMING_VIEW (exemplar_naming_view_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarNamingView, exemplar_naming_view, EXEMPLAR, NAMING_VIEW, GtkWidget)

GtkWidget *exemplar_naming_view_new          (void);
void       exemplar_naming_view_set_campaign (ExemplarNamingView *self,
                                              ExemplarCampaign   *campaign);

G_END_DECLS
