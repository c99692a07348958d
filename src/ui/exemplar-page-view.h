/* exemplar-page-view.h
 *
 * One page of an evidence file on screen: white paper at the page's size
 * and scale, the rendered texture on it once there is one, the hits of a
 * search on top, or in place of the texture a message when the page cannot
 * be shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_PAGE_VIEW (exemplar_page_view_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarPageView, exemplar_page_view, EXEMPLAR, PAGE_VIEW, GtkWidget)

GtkWidget  *exemplar_page_view_new         (void);
guint       exemplar_page_view_get_index   (ExemplarPageView *self);
void        exemplar_page_view_set_index   (ExemplarPageView *self,
                                            guint             index);
void        exemplar_page_view_set_size    (ExemplarPageView *self,
                                            double            width,
                                            double            height,
                                            double            scale);
void        exemplar_page_view_get_size    (ExemplarPageView *self,
                                            int              *width,
                                            int              *height);
GdkTexture *exemplar_page_view_get_texture (ExemplarPageView *self);
void        exemplar_page_view_set_texture (ExemplarPageView *self,
                                            GdkTexture       *texture);
const char *exemplar_page_view_get_error   (ExemplarPageView *self);
void        exemplar_page_view_set_error   (ExemplarPageView *self,
                                            const char       *message);
GArray     *exemplar_page_view_get_hits    (ExemplarPageView *self,
                                            int              *current);
void        exemplar_page_view_set_hits    (ExemplarPageView *self,
                                            GArray           *hits,
                                            int               current);

/* The size in pixels that @points take at @scale; the viewer lays out its
 * column with the same arithmetic as the pages measure themselves. */
static inline int
exemplar_page_view_scale_length (double points,
                                 double scale)
{
  return MAX (1, (int) (points * scale + 0.5));
}

G_END_DECLS
