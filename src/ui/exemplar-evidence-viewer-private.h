/* exemplar-evidence-viewer-private.h
 *
 * What the parts of ExemplarEvidenceViewer share: the viewer itself (pages,
 * zoom and loading), the column of pages with its renders and texture
 * cache (exemplar-evidence-viewer-pages.c), its actions and keys
 * (exemplar-evidence-viewer-actions.c), find in the document
 * (exemplar-evidence-viewer-find.c) and the thumbnails sidebar
 * (exemplar-evidence-viewer-thumbnails.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-evidence-viewer.h"
#include "exemplar-page-column.h"
#include "exemplar-page-view.h"
#include "exemplar-render-queue.h"

G_BEGIN_DECLS

/* A point is 1/72 inch; at zoom 1 a page shows at 96 pixels per inch. */
#define EXEMPLAR_PIXELS_PER_POINT (96.0 / 72.0)
#define EXEMPLAR_ZOOM_MIN         0.1
#define EXEMPLAR_ZOOM_MAX         4.0
/* Between pages, and around the column. */
#define EXEMPLAR_PAGE_SPACING     12
#define EXEMPLAR_PAGE_MARGIN      12

/* A page of the document, whether or not the column has a view for it. */
typedef struct
{
  /* What the page shows: its pixels, or why it has none. */
  GdkTexture             *texture;
  char                   *error;

  /* The render in flight, if any, and what it was asked for. */
  GCancellable           *cancellable;
  int                     job_width;
  int                     job_height;
  ExemplarRenderPriority  job_priority;

  /* A link in the viewer's cache while the page holds a texture. */
  GList                   link;
  gsize                   bytes;

  /* What find found on the page, or NULL before it has looked. */
  GArray                 *hits;
} ExemplarPageSlot;

struct _ExemplarEvidenceViewer
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarRenderQueue *queue;
  /* Cancelled when the document goes. */
  GCancellable        *cancellable;
  GCancellable        *find_cancellable;
  GdkTexture          *image;
  GtkStringList       *thumbnail_pages;
  GtkSingleSelection  *thumbnail_selection;
  GHashTable          *thumbnails;
  GQueue               thumbnail_order;
  char                *error;
  char                *find_text;

  /* Template widgets */
  GtkToggleButton     *sidebar_button;
  GtkMenuButton       *page_button;
  GtkPopover          *page_popover;
  GtkEntry            *page_entry;
  GtkLabel            *page_label;
  GtkLabel            *page_total_label;
  GtkMenuButton       *zoom_button;
  GtkLabel            *zoom_label;
  GtkToggleButton     *fit_width_button;
  GtkToggleButton     *fit_page_button;
  GtkToggleButton     *find_button;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *find_entry;
  GtkLabel            *match_label;
  AdwFlap             *flap;
  GtkListView         *thumbnails_view;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  GtkScrolledWindow   *scroller;
  ExemplarPageColumn  *column;
  AdwStatusPage       *error_page;

  /* The document's pages, and the top of each in the column at the
   * current zoom; offsets[n_pages] is where a next page would start. */
  ExemplarPageSlot    *slots;
  int                 *offsets;
  guint                n_pages;

  /* Slots that hold a texture, most recently shown first. */
  GQueue               cache;
  gsize                cache_bytes;

  guint                page;
  guint                pending_page;
  double               zoom;
  ExemplarFitMode      fit_mode;
  int                  fit_width;
  int                  fit_height;
  guint                fit_idle_id;
  guint                thumbnail_scroll_id;
  guint                reveal_id;
  guint                settle_id;
  guint                settle_ticks;
  guint                spinner_id;

  /* A vertical scroll position waiting for the layout, or < 0. */
  double               scroll_target;

  /* Find: pages still to search, the page it started at, how far in that
   * order every result has come, and the hit the reader is at. */
  guint                n_matches;
  guint                find_pending;
  guint                find_start;
  guint                find_done;
  int                  hit_page;
  int                  hit_index;

  guint                loading : 1;
  guint                scrolling : 1;
  guint                syncing : 1;
  guint                hit_unseen : 1;
  /* The first page is on screen, and the rest may follow. */
  guint                settled : 1;
};

static inline double
exemplar_evidence_viewer_pixels_per_point (ExemplarEvidenceViewer *self)
{
  return self->zoom * EXEMPLAR_PIXELS_PER_POINT;
}

/* In points; before the pages are measured, the first page's size. */
static inline void
exemplar_evidence_viewer_page_size (ExemplarEvidenceViewer *self,
                                    guint                   page,
                                    double                 *width,
                                    double                 *height)
{
  exemplar_render_queue_get_page_size (self->queue, page, width, height);
}

/* The view showing @page, or %NULL while the page is far from view. */
static inline ExemplarPageView *
exemplar_evidence_viewer_page_view (ExemplarEvidenceViewer *self,
                                    guint                   page)
{
  return exemplar_page_column_get_view (self->column, page);
}

/* exemplar-evidence-viewer.c */
ExemplarDocumentKind _exemplar_evidence_viewer_get_kind                (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_set_current_page        (ExemplarEvidenceViewer *self,
                                                                        guint                   page);
void                 _exemplar_evidence_viewer_reveal_pages            (ExemplarEvidenceViewer *self);

/* exemplar-evidence-viewer-pages.c */
void                 _exemplar_evidence_viewer_compute_offsets         (ExemplarEvidenceViewer *self);
int                  _exemplar_evidence_viewer_page_height             (ExemplarEvidenceViewer *self,
                                                                        guint                   page);
double               _exemplar_evidence_viewer_viewport_top            (ExemplarEvidenceViewer *self,
                                                                        GtkAdjustment          *vadjustment);
guint                _exemplar_evidence_viewer_page_at                 (ExemplarEvidenceViewer *self,
                                                                        double                  y);
void                 _exemplar_evidence_viewer_apply_scroll_target     (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_scroll_to               (ExemplarEvidenceViewer *self,
                                                                        double                  y);
void                 _exemplar_evidence_viewer_update_page_from_scroll (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_ensure_render           (ExemplarEvidenceViewer *self,
                                                                        guint                   page,
                                                                        ExemplarRenderPriority  priority);
void                 _exemplar_evidence_viewer_texture_size            (double                  page_width,
                                                                        double                  page_height,
                                                                        double                  scale,
                                                                        int                     scale_factor,
                                                                        int                    *width,
                                                                        int                    *height);
double               _exemplar_evidence_viewer_zoom_to_fit             (ExemplarFitMode         fit_mode,
                                                                        double                  zoom,
                                                                        int                     width,
                                                                        int                     height,
                                                                        double                  page_width,
                                                                        double                  page_height);
gpointer             _exemplar_evidence_viewer_first_page_size_new     (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_first_page_size         (double                  width,
                                                                        double                  height,
                                                                        gpointer                data,
                                                                        int                    *pixel_width,
                                                                        int                    *pixel_height);
void                 _exemplar_evidence_viewer_set_texture             (ExemplarEvidenceViewer *self,
                                                                        guint                   page,
                                                                        GdkTexture             *texture);
void                 _exemplar_evidence_viewer_cancel_render           (ExemplarPageSlot       *slot);
void                 _exemplar_evidence_viewer_clear_slot              (ExemplarPageSlot       *slot);
void                 _exemplar_evidence_viewer_bind_view               (ExemplarEvidenceViewer *self,
                                                                        ExemplarPageView       *view);
void                 _exemplar_evidence_viewer_update_visible          (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_show_page               (ExemplarEvidenceViewer *self,
                                                                        guint                   page);
void                 _exemplar_evidence_viewer_reveal                  (ExemplarEvidenceViewer *self,
                                                                        guint                   page,
                                                                        const graphene_rect_t  *area);

/* exemplar-evidence-viewer-actions.c */
void                 _exemplar_evidence_viewer_class_actions_init (ExemplarEvidenceViewerClass *klass);
void                 _exemplar_evidence_viewer_actions_init       (ExemplarEvidenceViewer      *self);
void                 _exemplar_evidence_viewer_update_actions     (ExemplarEvidenceViewer      *self);
void                 _exemplar_evidence_viewer_sync_fit_buttons   (ExemplarEvidenceViewer      *self);

/* exemplar-evidence-viewer-find.c */
void                 _exemplar_evidence_viewer_find_start     (ExemplarEvidenceViewer *self,
                                                               const char             *text);
void                 _exemplar_evidence_viewer_find_clear     (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_find_move      (ExemplarEvidenceViewer *self,
                                                               gboolean                forward);

/* exemplar-evidence-viewer-thumbnails.c */
void                 _exemplar_evidence_viewer_thumbnails_init  (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_thumbnails_load  (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_thumbnails_clear (ExemplarEvidenceViewer *self);
void                 _exemplar_evidence_viewer_thumbnails_sync  (ExemplarEvidenceViewer *self);

G_END_DECLS
