/* exemplar-page-column.h
 *
 * The column of pages in the evidence viewer: as tall and wide as every
 * page one under the other, at places it is told, but with page views for
 * a few pages only, the ones near the view, recycled as the reader
 * scrolls. A view that takes a new page is emptied and announced with
 * ::bind, so that its owner gives it that page's size, pixels and hits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-page-view.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_PAGE_COLUMN (exemplar_page_column_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarPageColumn, exemplar_page_column, EXEMPLAR, PAGE_COLUMN, GtkWidget)

GtkWidget        *exemplar_page_column_new        (void);
void              exemplar_page_column_set_layout (ExemplarPageColumn *self,
                                                   guint               n_pages,
                                                   const int          *offsets,
                                                   int                 width,
                                                   int                 height);
void              exemplar_page_column_set_range  (ExemplarPageColumn *self,
                                                   guint               first,
                                                   guint               last);
ExemplarPageView *exemplar_page_column_get_view   (ExemplarPageColumn *self,
                                                   guint               page);

G_END_DECLS
