/* exemplar-rubric-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RUBRIC_PAGE (exemplar_rubric_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarRubricPage, exemplar_rubric_page, EXEMPLAR, RUBRIC_PAGE, GtkWidget)

GtkWidget         *exemplar_rubric_page_new              (void);
ExemplarCampaign  *exemplar_rubric_page_get_campaign     (ExemplarRubricPage *self);
void               exemplar_rubric_page_set_campaign     (ExemplarRubricPage *self,
                                                          ExemplarCampaign   *campaign);
ExemplarIndicator *exemplar_rubric_page_get_selected     (ExemplarRubricPage *self);
gboolean           exemplar_rubric_page_select_indicator (ExemplarRubricPage *self,
                                                          ExemplarIndicator  *indicator);

G_END_DECLS
