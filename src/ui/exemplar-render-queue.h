/* exemplar-render-queue.h
 *
 * One evidence file opened on worker threads: the PDF (or image) is read
 * from a stream that the workers open themselves, pages are measured,
 * rendered into textures and searched there, most urgent job first, and
 * every job honours its cancellable before it touches the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RENDER_QUEUE (exemplar_render_queue_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarRenderQueue, exemplar_render_queue, EXEMPLAR, RENDER_QUEUE, GObject)

typedef enum
{
  EXEMPLAR_DOCUMENT_KIND_NONE,
  EXEMPLAR_DOCUMENT_KIND_PDF,
  EXEMPLAR_DOCUMENT_KIND_IMAGE,
} ExemplarDocumentKind;

/* Lower runs first; jobs of one priority run in the order they came. */
typedef enum
{
  EXEMPLAR_RENDER_PRIORITY_URGENT, /* pages on screen */
  EXEMPLAR_RENDER_PRIORITY_HIGH,   /* find */
  EXEMPLAR_RENDER_PRIORITY_LOW,    /* pages beside the visible ones, thumbnails */
} ExemplarRenderPriority;

/* Called on a worker thread: opens a new seekable stream over the file's
 * bytes and says how many there are. */
typedef GInputStream *(*ExemplarStreamFunc) (gpointer       user_data,
                                             goffset       *size,
                                             GCancellable  *cancellable,
                                             GError       **error);

/* Called on a worker thread with the first page's size in points: the
 * size in device pixels to render it at, which @user_data alone decides. */
typedef void (*ExemplarRenderSizeFunc) (double    width,
                                        double    height,
                                        gpointer  user_data,
                                        int      *pixel_width,
                                        int      *pixel_height);

ExemplarRenderQueue  *exemplar_render_queue_new            (ExemplarStreamFunc      func,
                                                            gpointer                user_data,
                                                            GDestroyNotify          destroy);
void                  exemplar_render_queue_open_async     (ExemplarRenderQueue    *self,
                                                            ExemplarRenderSizeFunc  size_func,
                                                            gpointer                size_data,
                                                            GDestroyNotify          size_destroy,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
gboolean              exemplar_render_queue_open_finish    (ExemplarRenderQueue    *self,
                                                            GAsyncResult           *result,
                                                            GdkTexture            **texture,
                                                            GError                **error);
ExemplarDocumentKind  exemplar_render_queue_get_kind       (ExemplarRenderQueue    *self);
guint                 exemplar_render_queue_get_n_pages    (ExemplarRenderQueue    *self);
void                  exemplar_render_queue_get_page_size  (ExemplarRenderQueue    *self,
                                                            guint                   page,
                                                            double                 *width,
                                                            double                 *height);
gboolean              exemplar_render_queue_get_measured   (ExemplarRenderQueue    *self);
void                  exemplar_render_queue_measure_async  (ExemplarRenderQueue    *self,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
gboolean              exemplar_render_queue_measure_finish (ExemplarRenderQueue    *self,
                                                            GAsyncResult           *result,
                                                            GError                **error);
void                  exemplar_render_queue_render_async   (ExemplarRenderQueue    *self,
                                                            guint                   page,
                                                            int                     width,
                                                            int                     height,
                                                            ExemplarRenderPriority  priority,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
GdkTexture           *exemplar_render_queue_render_finish  (ExemplarRenderQueue    *self,
                                                            GAsyncResult           *result,
                                                            GError                **error);
void                  exemplar_render_queue_find_async     (ExemplarRenderQueue    *self,
                                                            guint                   page,
                                                            const char             *text,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
GArray               *exemplar_render_queue_find_finish    (ExemplarRenderQueue    *self,
                                                            GAsyncResult           *result,
                                                            GError                **error);

G_END_DECLS
