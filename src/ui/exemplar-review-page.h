/* exemplar-review-page.h
 *
 * "My Assignments": what a reviewer sees when Exemplar opens their review
 * package (.exemplar-review) — their assignments, each opening the scoring
 * dialog or the application, and "Send Score Sheet…".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_REVIEW_PAGE (exemplar_review_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarReviewPage, exemplar_review_page, EXEMPLAR, REVIEW_PAGE, AdwBin)

GtkWidget        *exemplar_review_page_new          (void);
ExemplarCampaign *exemplar_review_page_get_campaign (ExemplarReviewPage *self);
void              exemplar_review_page_set_campaign (ExemplarReviewPage *self,
                                                     ExemplarCampaign   *campaign);
/* Asks where to save the score sheet, then writes it there. */
void              exemplar_review_page_send         (ExemplarReviewPage *self);
/* Writes the score sheet to @path (".exemplar-sheet" appended when
 * missing), as the file chooser does once a file is chosen; says how it
 * went in a toast, or in a message when it failed. */
gboolean          exemplar_review_page_send_to      (ExemplarReviewPage *self,
                                                     const char         *path);

G_END_DECLS
