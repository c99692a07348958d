/* exemplar-results-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RESULTS_PAGE (exemplar_results_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarResultsPage, exemplar_results_page, EXEMPLAR, RESULTS_PAGE, GtkWidget)

GtkWidget        *exemplar_results_page_new          (void);
ExemplarCampaign *exemplar_results_page_get_campaign (ExemplarResultsPage *self);
void              exemplar_results_page_set_campaign (ExemplarResultsPage *self,
                                                      ExemplarCampaign    *campaign);
/* The results shown (recomputed after the evaluation changes while the
 * page is on screen), or NULL. */
ExemplarResults  *exemplar_results_page_get_results  (ExemplarResultsPage *self);
/* The selected unit's standing, or NULL. */
ExemplarStanding *exemplar_results_page_get_selected (ExemplarResultsPage *self);
/* Selects @unit_code in the ranking and shows its breakdown; FALSE when it
 * is not in the results. */
gboolean          exemplar_results_page_select_unit  (ExemplarResultsPage *self,
                                                      const char          *unit_code);

G_END_DECLS
