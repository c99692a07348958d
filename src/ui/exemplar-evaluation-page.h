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
/* Shows one of the page's views: "reviewers", "rounds", "groups",
 * "assignments", "progress" or "returned" (Returned Sheets). */
void              exemplar_evaluation_page_show_view       (ExemplarEvaluationPage *self,
                                                            const char             *name);
/* Writes the assignment and conflict report to @file, as Print Assignment
 * Report… does once a file is chosen; a toast offers to open it. */
gboolean          exemplar_evaluation_page_print_report    (ExemplarEvaluationPage *self,
                                                            GFile                  *file);
/* Writes @reviewer's review package to @file in the background, as Export
 * Review Package… does once a file is chosen; toasts show the progress
 * (with Cancel) and the outcome, a dialog the model's refusal. */
void              exemplar_evaluation_page_export_package  (ExemplarEvaluationPage *self,
                                                            ExemplarReviewer       *reviewer,
                                                            GFile                  *file);
/* Writes the review package of every reviewer with assignments into
 * @folder, one after another, as Export All Review Packages… does once a
 * folder is chosen; a file already there is skipped and counted; toasts
 * show the progress (with Cancel, after the current package) and the
 * outcome, a dialog the packages the model refused. */
void              exemplar_evaluation_page_export_all_packages (ExemplarEvaluationPage *self,
                                                                GFile                  *folder);
/* Imports the score sheet file @file, as Import Score Sheet… does once a
 * file is chosen, and shows what the import did (or the refusal). */
gboolean          exemplar_evaluation_page_import_sheet    (ExemplarEvaluationPage *self,
                                                            GFile                  *file);

G_END_DECLS
