/* exemplar-evidence-viewer-pages.c
 *
 * The column of pages: where each page is at the current zoom, which are in
 * view and have a view in the column, which is current, scrolling to a page
 * or a hit, and the renders:
 * the pages in view first, two on either side after, jobs cancelled for
 * pages that scrolled far away, and textures beyond a memory budget dropped,
 * least recently shown first.
 * The size arithmetic is plain functions, so that the worker that opens a
 * file can render the first page at the size the viewer will ask for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-evidence-viewer-private.h"

#define PRELOAD_PAGES     2
/* The column has views for the pages in view and this many more, so that
 * a short document has a view for every page. */
#define MIN_VIEWS         8
/* Textures beyond the pages in view and beside them are kept within this,
 * so that scrolling back is instant and scrolling through 500 pages is not
 * a memory leak. */
#define CACHE_BUDGET      ((gsize) 32 * 1024 * 1024)
/* One page never takes more than this many device pixels (64 MiB); beyond
 * it a deep zoom shows the page scaled up rather than running out. */
#define MAX_RENDER_PIXELS ((gint64) 4096 * 4096)

typedef struct
{
  ExemplarEvidenceViewer *self;
  GCancellable           *cancellable;
  guint                   page;
} RenderRequest;

/* What the size of the first page's texture depends on, copied for the
 * worker that opens the file. */
typedef struct
{
  ExemplarFitMode fit_mode;
  double          zoom;
  int             view_width;
  int             view_height;
  int             scale_factor;
} FirstPageSize;

static void
render_request_free (RenderRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_free (request);
}

int
_exemplar_evidence_viewer_page_height (ExemplarEvidenceViewer *self,
                                       guint                   page)
{
  return self->offsets[page + 1] - self->offsets[page] - EXEMPLAR_PAGE_SPACING;
}

static int
column_height (ExemplarEvidenceViewer *self)
{
  return self->offsets[self->n_pages] - EXEMPLAR_PAGE_SPACING + EXEMPLAR_PAGE_MARGIN;
}

static void
size_view (ExemplarEvidenceViewer *self,
           ExemplarPageView       *view)
{
  double width;
  double height;

  exemplar_evidence_viewer_page_size (self, exemplar_page_view_get_index (view), &width, &height);
  exemplar_page_view_set_size (view, width, height, exemplar_evidence_viewer_pixels_per_point (self));
}

/* Lays the column out for the current zoom and page sizes. */
void
_exemplar_evidence_viewer_compute_offsets (ExemplarEvidenceViewer *self)
{
  double scale = exemplar_evidence_viewer_pixels_per_point (self);
  int width = 0;

  self->offsets[0] = EXEMPLAR_PAGE_MARGIN;
  for (guint i = 0; i < self->n_pages; i++)
    {
      double page_width;
      double page_height;

      exemplar_evidence_viewer_page_size (self, i, &page_width, &page_height);
      width = MAX (width, exemplar_page_view_scale_length (page_width, scale));
      self->offsets[i + 1] = self->offsets[i] + exemplar_page_view_scale_length (page_height, scale) + EXEMPLAR_PAGE_SPACING;
    }

  exemplar_page_column_set_layout (self->column, self->n_pages, self->offsets,
                                   width + 2 * EXEMPLAR_PAGE_MARGIN, column_height (self));

  for (guint i = 0; i < self->n_pages; i++)
    {
      ExemplarPageView *view = exemplar_evidence_viewer_page_view (self, i);

      if (view != NULL)
        size_view (self, view);
    }
}

/* A view that takes a page shows what the page has so far. */
void
_exemplar_evidence_viewer_bind_view (ExemplarEvidenceViewer *self,
                                     ExemplarPageView       *view)
{
  guint page = exemplar_page_view_get_index (view);
  ExemplarPageSlot *slot;

  g_assert (page < self->n_pages);

  slot = &self->slots[page];
  size_view (self, view);
  exemplar_page_view_set_texture (view, slot->texture);
  exemplar_page_view_set_error (view, slot->error);
  exemplar_page_view_set_hits (view, slot->hits, (int) page == self->hit_page ? self->hit_index : -1);
}

/* The column's y at the top of the viewport; a column shorter than the
 * viewport is centred in it. */
double
_exemplar_evidence_viewer_viewport_top (ExemplarEvidenceViewer *self,
                                        GtkAdjustment          *vadjustment)
{
  double page_size = gtk_adjustment_get_page_size (vadjustment);
  double shift = MAX (0, (page_size - column_height (self)) / 2);

  return gtk_adjustment_get_value (vadjustment) - shift;
}

/* The first page whose bottom is below @y. */
guint
_exemplar_evidence_viewer_page_at (ExemplarEvidenceViewer *self,
                                   double                  y)
{
  guint low = 0;
  guint high = self->n_pages;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (self->offsets[mid + 1] - EXEMPLAR_PAGE_SPACING <= y)
        low = mid + 1;
      else
        high = mid;
    }

  return MIN (low, self->n_pages - 1);
}

static void
visible_range (ExemplarEvidenceViewer *self,
               guint                  *first,
               guint                  *last)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double page_size = gtk_adjustment_get_page_size (vadjustment);
  double top;

  /* Before the first layout, the current page is what will be seen. */
  if (page_size <= 0)
    {
      *first = *last = self->page;
      return;
    }

  /* A position waiting for the layout is where the reader will be. */
  if (self->scroll_target >= 0)
    top = self->scroll_target;
  else
    top = _exemplar_evidence_viewer_viewport_top (self, vadjustment);

  *first = _exemplar_evidence_viewer_page_at (self, top);
  *last = _exemplar_evidence_viewer_page_at (self, top + page_size - 1);
}

/* The vertical position waits for the layout when the column has not yet
 * grown or shrunk to the size the zoom gives it. */
void
_exemplar_evidence_viewer_apply_scroll_target (ExemplarEvidenceViewer *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double upper = gtk_adjustment_get_upper (vadjustment);
  double page_size = gtk_adjustment_get_page_size (vadjustment);

  if (self->scroll_target < 0 || self->n_pages == 0 || page_size <= 0)
    return;

  if (fabs (upper - MAX (column_height (self), page_size)) > 1)
    return;

  self->scrolling = TRUE;
  gtk_adjustment_set_value (vadjustment, MIN (self->scroll_target, upper - page_size));
  self->scrolling = FALSE;
  self->scroll_target = -1;
}

void
_exemplar_evidence_viewer_scroll_to (ExemplarEvidenceViewer *self,
                                     double                  y)
{
  self->scroll_target = MAX (0, y);
  _exemplar_evidence_viewer_apply_scroll_target (self);
}

/* The page with most of itself in view; at either end of the column, the
 * page at that end, which may never have most of the view to itself. */
void
_exemplar_evidence_viewer_update_page_from_scroll (ExemplarEvidenceViewer *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (vadjustment);
  double page_size = gtk_adjustment_get_page_size (vadjustment);
  double upper = gtk_adjustment_get_upper (vadjustment);
  double top = _exemplar_evidence_viewer_viewport_top (self, vadjustment);
  double bottom = top + page_size;
  guint first;
  guint last;
  guint best;
  double best_visible = -1;

  if (self->n_pages == 0 || page_size <= 0)
    return;

  visible_range (self, &first, &last);
  best = first;

  for (guint i = first; i <= last; i++)
    {
      double visible = MIN (bottom, self->offsets[i] + _exemplar_evidence_viewer_page_height (self, i)) - MAX (top, self->offsets[i]);

      if (visible > best_visible + 0.5)
        {
          best = i;
          best_visible = visible;
        }
    }

  if (value <= 0)
    best = first;
  else if (value >= upper - page_size - 0.5)
    best = last;

  _exemplar_evidence_viewer_set_current_page (self, best);
}

/* Takes @slot's texture out of the cache's count; the slot keeps it. */
static void
uncache (ExemplarEvidenceViewer *self,
         ExemplarPageSlot       *slot)
{
  if (slot->bytes > 0)
    {
      g_queue_unlink (&self->cache, &slot->link);
      self->cache_bytes -= slot->bytes;
      slot->bytes = 0;
    }
}

/* Gives @page @texture, counted in the cache as the most recently shown. */
void
_exemplar_evidence_viewer_set_texture (ExemplarEvidenceViewer *self,
                                       guint                   page,
                                       GdkTexture             *texture)
{
  ExemplarPageSlot *slot = &self->slots[page];
  ExemplarPageView *view = exemplar_evidence_viewer_page_view (self, page);

  uncache (self, slot);
  g_set_object (&slot->texture, texture);
  if (view != NULL)
    exemplar_page_view_set_texture (view, texture);
  slot->bytes = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
  g_queue_push_head_link (&self->cache, &slot->link);
  self->cache_bytes += slot->bytes;
}

static void
on_render_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  RenderRequest *request = user_data;
  ExemplarEvidenceViewer *self = request->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarPageSlot *slot;

  texture = exemplar_render_queue_render_finish (EXEMPLAR_RENDER_QUEUE (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      self->queue != EXEMPLAR_RENDER_QUEUE (object) ||
      request->page >= self->n_pages ||
      self->slots[request->page].cancellable != request->cancellable)
    {
      render_request_free (request);
      return;
    }

  slot = &self->slots[request->page];
  g_clear_object (&slot->cancellable);

  if (texture == NULL)
    {
      ExemplarPageView *view = exemplar_evidence_viewer_page_view (self, request->page);

      g_debug ("Page %u could not be rendered: %s", request->page + 1, error->message);
      uncache (self, slot);
      g_clear_object (&slot->texture);
      g_free (slot->error);
      slot->error = g_strdup (error->message);
      if (view != NULL)
        exemplar_page_view_set_error (view, error->message);
    }
  else
    {
      _exemplar_evidence_viewer_set_texture (self, request->page, texture);
    }

  if (self->reveal_id != 0 && request->page == self->page)
    _exemplar_evidence_viewer_reveal_pages (self);

  render_request_free (request);

  _exemplar_evidence_viewer_update_visible (self);
}

void
_exemplar_evidence_viewer_cancel_render (ExemplarPageSlot *slot)
{
  if (slot->cancellable != NULL)
    {
      g_cancellable_cancel (slot->cancellable);
      g_clear_object (&slot->cancellable);
    }
}

/* Forgets everything about the page; the cache is let go of as a whole. */
void
_exemplar_evidence_viewer_clear_slot (ExemplarPageSlot *slot)
{
  _exemplar_evidence_viewer_cancel_render (slot);
  g_clear_object (&slot->texture);
  g_clear_pointer (&slot->error, g_free);
  g_clear_pointer (&slot->hits, g_array_unref);
  slot->bytes = 0;
}

/* The size in device pixels of the texture of a page @page_width ×
 * @page_height points at @scale pixels a point. Plain arithmetic, so that
 * a worker can size the first page as the viewer would. */
void
_exemplar_evidence_viewer_texture_size (double  page_width,
                                        double  page_height,
                                        double  scale,
                                        int     scale_factor,
                                        int    *width,
                                        int    *height)
{
  /* What the page view measures, before there may be a page view. */
  double w = (double) exemplar_page_view_scale_length (page_width, scale) * scale_factor;
  double h = (double) exemplar_page_view_scale_length (page_height, scale) * scale_factor;

  if (w * h > MAX_RENDER_PIXELS)
    {
      double shrink = sqrt (MAX_RENDER_PIXELS / (w * h));

      w *= shrink;
      h *= shrink;
    }

  *width = MAX (1, (int) w);
  *height = MAX (1, (int) h);
}

/* The size in device pixels a page's texture should have now. */
static void
wanted_size (ExemplarEvidenceViewer *self,
             guint                   page,
             int                    *width,
             int                    *height)
{
  double w;
  double h;

  exemplar_evidence_viewer_page_size (self, page, &w, &h);
  _exemplar_evidence_viewer_texture_size (w, h, exemplar_evidence_viewer_pixels_per_point (self),
                                          gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                          width, height);
}

/* The zoom that fits a page of @page_width × @page_height points in a view
 * of @width × @height pixels; @zoom where nothing is to fit. Plain
 * arithmetic, so that a worker can size the first page as the viewer
 * would. */
double
_exemplar_evidence_viewer_zoom_to_fit (ExemplarFitMode fit_mode,
                                       double          zoom,
                                       int             width,
                                       int             height,
                                       double          page_width,
                                       double          page_height)
{
  double fit_width = (width - 2 * EXEMPLAR_PAGE_MARGIN) / (page_width * EXEMPLAR_PIXELS_PER_POINT);

  if (fit_mode == EXEMPLAR_FIT_MODE_NONE || width <= 2 * EXEMPLAR_PAGE_MARGIN || height <= 2 * EXEMPLAR_PAGE_MARGIN)
    return zoom;

  if (fit_mode == EXEMPLAR_FIT_MODE_WIDTH)
    zoom = fit_width;
  else
    zoom = MIN (fit_width, (height - 2 * EXEMPLAR_PAGE_MARGIN) / (page_height * EXEMPLAR_PIXELS_PER_POINT));

  return CLAMP (zoom, EXEMPLAR_ZOOM_MIN, EXEMPLAR_ZOOM_MAX);
}

/* Runs on the worker that opens the file. Until the pages are measured,
 * every page has the first page's size, so the viewer will ask for this
 * size too. */
void
_exemplar_evidence_viewer_first_page_size (double    width,
                                           double    height,
                                           gpointer  data,
                                           int      *pixel_width,
                                           int      *pixel_height)
{
  FirstPageSize *size = data;
  double zoom = _exemplar_evidence_viewer_zoom_to_fit (size->fit_mode, size->zoom,
                                                      size->view_width, size->view_height,
                                                      width, height);

  _exemplar_evidence_viewer_texture_size (width, height, zoom * EXEMPLAR_PIXELS_PER_POINT,
                                          size->scale_factor, pixel_width, pixel_height);
}

/* What the first page's size depends on, for
 * _exemplar_evidence_viewer_first_page_size() on a worker; free with
 * g_free(). */
gpointer
_exemplar_evidence_viewer_first_page_size_new (ExemplarEvidenceViewer *self)
{
  FirstPageSize *size = g_new (FirstPageSize, 1);

  size->fit_mode = self->fit_mode;
  size->zoom = self->zoom;
  size->view_width = gtk_widget_get_width (GTK_WIDGET (self->stack));
  size->view_height = gtk_widget_get_height (GTK_WIDGET (self->stack));
  size->scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return size;
}

void
_exemplar_evidence_viewer_ensure_render (ExemplarEvidenceViewer *self,
                                         guint                   page,
                                         ExemplarRenderPriority  priority)
{
  ExemplarPageSlot *slot = &self->slots[page];
  GdkTexture *texture = slot->texture;
  RenderRequest *request;
  int width;
  int height;

  /* A page that failed once fails again; its message stays. */
  if (slot->error != NULL)
    return;

  wanted_size (self, page, &width, &height);

  if (texture != NULL &&
      gdk_texture_get_width (texture) == width &&
      gdk_texture_get_height (texture) == height)
    return;

  if (slot->cancellable != NULL)
    {
      if (slot->job_width == width && slot->job_height == height && slot->job_priority <= priority)
        return;

      _exemplar_evidence_viewer_cancel_render (slot);
    }

  slot->cancellable = g_cancellable_new ();
  slot->job_width = width;
  slot->job_height = height;
  slot->job_priority = priority;

  request = g_new0 (RenderRequest, 1);
  request->self = g_object_ref (self);
  request->cancellable = g_object_ref (slot->cancellable);
  request->page = page;

  exemplar_render_queue_render_async (self->queue, page, width, height, priority,
                                      slot->cancellable, on_render_cb, request);
}

/* Drops the least recently shown textures of pages outside [@keep_first,
 * @keep_last] until the rest fit the budget. */
static void
trim_cache (ExemplarEvidenceViewer *self,
            guint                   keep_first,
            guint                   keep_last)
{
  GList *link = self->cache.tail;

  while (link != NULL && self->cache_bytes > CACHE_BUDGET)
    {
      ExemplarPageSlot *slot = link->data;
      GList *prev = link->prev;
      guint page = slot - self->slots;

      if (page < keep_first || page > keep_last)
        {
          ExemplarPageView *view = exemplar_evidence_viewer_page_view (self, page);

          uncache (self, slot);
          g_clear_object (&slot->texture);
          if (view != NULL)
            exemplar_page_view_set_texture (view, NULL);
        }

      link = prev;
    }
}

/* Views for the pages in view and the pages around them, at least
 * MIN_VIEWS, as many after as before where the document allows. */
static void
update_views (ExemplarEvidenceViewer *self,
              guint                   first,
              guint                   last)
{
  guint n_views = MAX (last - first + 1 + 2 * PRELOAD_PAGES, MIN_VIEWS);
  guint start;

  n_views = MIN (n_views, self->n_pages);
  start = first - MIN (first, (n_views - (last - first + 1)) / 2);
  start = MIN (start, self->n_pages - n_views);

  exemplar_page_column_set_range (self->column, start, start + n_views - 1);
}

void
_exemplar_evidence_viewer_update_visible (ExemplarEvidenceViewer *self)
{
  guint first;
  guint last;
  guint keep_first;
  guint keep_last;
  guint preload = PRELOAD_PAGES;
  int width;
  int height;
  gsize page_bytes;

  if (self->n_pages == 0)
    return;

  visible_range (self, &first, &last);
  update_views (self, first, last);

  if (exemplar_render_queue_get_kind (self->queue) != EXEMPLAR_DOCUMENT_KIND_PDF)
    return;

  /* At a deep zoom, fewer neighbours fit in the budget, but always one on
   * either side, or turning a page would wait for its render each time;
   * before the first page is on screen, none come. */
  wanted_size (self, first, &width, &height);
  page_bytes = MAX ((gsize) width * height * 4, 1);
  preload = self->settled ? MIN (preload, MAX (1, (CACHE_BUDGET / page_bytes) / 2)) : 0;

  keep_first = first > preload ? first - preload : 0;
  keep_last = MIN (last + preload, self->n_pages - 1);

  for (guint i = first; i <= last; i++)
    _exemplar_evidence_viewer_ensure_render (self, i, EXEMPLAR_RENDER_PRIORITY_URGENT);

  /* Below before above: readers mostly read on. */
  for (guint i = last + 1; i <= keep_last; i++)
    _exemplar_evidence_viewer_ensure_render (self, i, EXEMPLAR_RENDER_PRIORITY_LOW);
  for (guint i = first; i > keep_first; i--)
    _exemplar_evidence_viewer_ensure_render (self, i - 1, EXEMPLAR_RENDER_PRIORITY_LOW);

  for (guint i = 0; i < self->n_pages; i++)
    {
      if ((i < keep_first || i > keep_last) && self->slots[i].cancellable != NULL)
        _exemplar_evidence_viewer_cancel_render (&self->slots[i]);
    }

  trim_cache (self, keep_first, keep_last);
}

/* Makes @page current and scrolls its top into view. */
void
_exemplar_evidence_viewer_show_page (ExemplarEvidenceViewer *self,
                                     guint                   page)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));
  g_assert (page < self->n_pages);

  _exemplar_evidence_viewer_set_current_page (self, page);
  _exemplar_evidence_viewer_scroll_to (self, self->offsets[page] - EXEMPLAR_PAGE_SPACING / 2);
  _exemplar_evidence_viewer_update_visible (self);
}

/* Makes @page current and scrolls so that @area, in points on the page, is
 * in view, a third of the way down when it has to move. */
void
_exemplar_evidence_viewer_reveal (ExemplarEvidenceViewer *self,
                                  guint                   page,
                                  const graphene_rect_t  *area)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  double scale = exemplar_evidence_viewer_pixels_per_point (self);
  double page_size = gtk_adjustment_get_page_size (vadjustment);
  double top = self->offsets[page] + area->origin.y * scale;
  double bottom = top + area->size.height * scale;
  double value = self->scroll_target >= 0 ? self->scroll_target : gtk_adjustment_get_value (vadjustment);
  double hpage_size = gtk_adjustment_get_page_size (hadjustment);
  double hupper = gtk_adjustment_get_upper (hadjustment);

  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));
  g_assert (page < self->n_pages);

  _exemplar_evidence_viewer_set_current_page (self, page);

  if (page_size <= 0 || top < value || bottom > value + page_size)
    _exemplar_evidence_viewer_scroll_to (self, top - MAX (page_size, 0) / 3);

  /* Sideways only when the page is wider than the view; pages are centred
   * in the column. */
  if (hupper > hpage_size + 1)
    {
      double width;
      double left;
      double hvalue = gtk_adjustment_get_value (hadjustment);

      exemplar_evidence_viewer_page_size (self, page, &width, NULL);
      left = (hupper - exemplar_page_view_scale_length (width, scale)) / 2 + area->origin.x * scale;

      if (left < hvalue || left + area->size.width * scale > hvalue + hpage_size)
        gtk_adjustment_set_value (hadjustment, left - hpage_size / 3);
    }

  _exemplar_evidence_viewer_update_visible (self);
}
