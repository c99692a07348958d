/* exemplar-evaluation-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_EVALUATION_PAGE (exemplar_evaluation_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvaluationPage, exemplar_evaluation_page, EXEMPLAR, EVALUATION_PAGE, AdwBin)

GtkWidget        *exemplar_evaluation_page_new             (void);
ExemplarCampaign *exemplar_evaluation_page_get_campaign    (ExemplarEvaluationPage *self);
void              exemplar_evaluation_page_set_campaign    (ExemplarEvaluationPage *self,
                                                            ExemplarCampaign       *campaign);
/* Shows one of the page's views: "reviewers", "rounds", "assignments" or
 * "progress". */
void              exemplar_evaluation_page_show_view       (ExemplarEvaluationPage *self,
                                                            const char             *name);
/* Writes the assignment and conflict report to @file, as Print Assignment
 * Report… does once a file is chosen; a toast offers to open it. */
gboolean          exemplar_evaluation_page_print_report    (ExemplarEvaluationPage *self,
                                                            GFile                  *file);

G_END_DECLS
