/* exemplar-document-view.h
 *
 * An ExemplarDocument on screen as it will be printed: white A4 pages
 * (paper stays white in dark style) on a neutral background, one under the
 * other, scaled to the width available (up to 100 % of the page's size in
 * points × 1.4); put it in a GtkScrolledWindow. Redraws when the document
 * is replaced. Also prints (GtkPrintOperation, A4, the same drawing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-document.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DOCUMENT_VIEW (exemplar_document_view_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDocumentView, exemplar_document_view, EXEMPLAR, DOCUMENT_VIEW, GtkWidget)

GtkWidget        *exemplar_document_view_new          (void);
ExemplarDocument *exemplar_document_view_get_document (ExemplarDocumentView *self);
/* @document may be NULL (nothing shown). */
void              exemplar_document_view_set_document (ExemplarDocumentView *self,
                                                       ExemplarDocument     *document);
/* Runs the print dialog for @document over @parent; errors are shown to
 * the user in a message dialog. @job_name is the print job's name. */
void              exemplar_document_view_print        (ExemplarDocument     *document,
                                                       GtkWindow            *parent,
                                                       const char           *job_name);

G_END_DECLS
