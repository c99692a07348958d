/* exemplar-evidence-viewer.c
 *
 * The viewer opens a file through a render queue of its own, one per file,
 * and shows it as pages one under the other in an ExemplarPageColumn, which
 * has views for the pages near the view only. This file holds loading and errors,
 * zoom and fit, the properties and the public API; which pages render and
 * where they are lives in exemplar-evidence-viewer-pages.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-blob-stream.h"
#include "exemplar-evidence-viewer-private.h"
#include "exemplar-evidence.h"

#define SPINNER_DELAY     300
#define REVEAL_DELAY      250

typedef struct
{
  ExemplarEvidence *evidence;
  char             *campaign_path;
} EvidenceSource;

G_DEFINE_FINAL_TYPE (ExemplarEvidenceViewer, exemplar_evidence_viewer, ADW_TYPE_BIN)

G_DEFINE_ENUM_TYPE (ExemplarFitMode, exemplar_fit_mode,
                    G_DEFINE_ENUM_VALUE (EXEMPLAR_FIT_MODE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (EXEMPLAR_FIT_MODE_WIDTH, "width"),
                    G_DEFINE_ENUM_VALUE (EXEMPLAR_FIT_MODE_PAGE, "page"))

enum {
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_FIT_MODE,
  PROP_LOADING,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evidence_source_free (gpointer data)
{
  EvidenceSource *source = data;

  g_clear_object (&source->evidence);
  g_free (source->campaign_path);
  g_free (source);
}

/* Runs on a worker: the blob stream's connection belongs to that thread. */
static GInputStream *
open_evidence_stream (gpointer       data,
                      goffset       *size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  EvidenceSource *source = data;
  GInputStream *stream;

  if ((stream = exemplar_evidence_open_stream (source->evidence, source->campaign_path, error)))
    *size = exemplar_blob_stream_get_size (EXEMPLAR_BLOB_STREAM (stream));

  return stream;
}

static GInputStream *
open_file_stream (gpointer       data,
                  goffset       *size,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (!(stream = g_file_read (G_FILE (data), cancellable, error)) ||
      !(info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, error)))
    return NULL;

  *size = g_file_info_get_size (info);

  return G_INPUT_STREAM (g_steal_pointer (&stream));
}

static void
update_page_label (ExemplarEvidenceViewer *self)
{
  g_autofree char *label = NULL;
  g_autofree char *total = NULL;

  if (self->n_pages == 0)
    {
      gtk_label_set_label (self->page_label, "–");
      gtk_label_set_label (self->page_total_label, "");
      return;
    }

  /* Translators: the page indicator, "page / pages", e.g. "3 / 120". */
  label = g_strdup_printf (_("%u / %u"), self->page + 1, self->n_pages);
  gtk_label_set_label (self->page_label, label);

  /* Translators: after the page entry of "Go to Page": "of 120 pages". */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u page", "of %u pages", self->n_pages),
                           self->n_pages);
  gtk_label_set_label (self->page_total_label, total);
}

static void
update_zoom_label (ExemplarEvidenceViewer *self)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level in percent, e.g. "125%". */
  label = g_strdup_printf (_("%.0f%%"), self->zoom * 100);
  gtk_label_set_label (self->zoom_label, label);
}

void
_exemplar_evidence_viewer_set_current_page (ExemplarEvidenceViewer *self,
                                            guint                   page)
{
  if (self->page == page)
    return;

  self->page = page;
  update_page_label (self);
  _exemplar_evidence_viewer_update_actions (self);
  _exemplar_evidence_viewer_thumbnails_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static gboolean
start_spinner_cb (gpointer data)
{
  ExemplarEvidenceViewer *self = data;

  self->spinner_id = 0;
  gtk_spinner_start (self->spinner);

  return G_SOURCE_REMOVE;
}

/* A spinner that shows for a moment only is a flicker: it waits. */
static void
set_loading (ExemplarEvidenceViewer *self,
             gboolean                loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;

  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_spinner_stop (self->spinner);
  if (loading)
    self->spinner_id = g_timeout_add (SPINNER_DELAY, start_spinner_cb, self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_error (ExemplarEvidenceViewer *self,
           const char             *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);
  adw_status_page_set_description (self->error_page, message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static double
fit_zoom (ExemplarEvidenceViewer *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->stack));
  int height = gtk_widget_get_height (GTK_WIDGET (self->stack));
  double page_width = 0;
  double page_height = 0;

  if (self->n_pages == 0 || width <= 2 * EXEMPLAR_PAGE_MARGIN || height <= 2 * EXEMPLAR_PAGE_MARGIN)
    return self->zoom;

  if (self->fit_mode == EXEMPLAR_FIT_MODE_WIDTH)
    {
      /* The widest page fits, so that no page needs scrolling sideways. */
      for (guint i = 0; i < self->n_pages; i++)
        {
          double w;

          exemplar_evidence_viewer_page_size (self, i, &w, NULL);
          page_width = MAX (page_width, w);
        }
    }
  else
    {
      exemplar_evidence_viewer_page_size (self, self->page, &page_width, &page_height);
    }

  self->fit_width = width;
  self->fit_height = height;

  return _exemplar_evidence_viewer_zoom_to_fit (self->fit_mode, self->zoom, width, height, page_width, page_height);
}

/* Sizes the pages for @zoom and keeps in view what was in view: the same
 * point of the page at the top, and the same horizontal centre. */
static void
relayout (ExemplarEvidenceViewer *self,
          double                  zoom)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  gboolean zoom_changed = zoom != self->zoom;
  double fraction = 0;
  double hcentre = 0.5;
  guint anchor = self->page;

  if (self->n_pages > 0 && gtk_adjustment_get_page_size (vadjustment) > 0)
    {
      double top = _exemplar_evidence_viewer_viewport_top (self, vadjustment);
      double hupper = gtk_adjustment_get_upper (hadjustment);

      if (self->scroll_target >= 0)
        top = self->scroll_target;

      anchor = _exemplar_evidence_viewer_page_at (self, MAX (0, top));
      fraction = (top - self->offsets[anchor]) / _exemplar_evidence_viewer_page_height (self, anchor);
      if (hupper > 0)
        hcentre = (gtk_adjustment_get_value (hadjustment) + gtk_adjustment_get_page_size (hadjustment) / 2) / hupper;
    }

  self->zoom = zoom;

  if (self->n_pages > 0)
    {
      _exemplar_evidence_viewer_compute_offsets (self);
      if (gtk_adjustment_get_page_size (vadjustment) > 0)
        _exemplar_evidence_viewer_scroll_to (self, self->offsets[anchor] + fraction * _exemplar_evidence_viewer_page_height (self, anchor));
      gtk_adjustment_set_value (hadjustment,
                                hcentre * gtk_adjustment_get_upper (hadjustment) - gtk_adjustment_get_page_size (hadjustment) / 2);
    }

  if (zoom_changed)
    {
      update_zoom_label (self);
      _exemplar_evidence_viewer_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  _exemplar_evidence_viewer_update_visible (self);
}

static void
apply_zoom (ExemplarEvidenceViewer *self,
            double                  zoom)
{
  zoom = CLAMP (zoom, EXEMPLAR_ZOOM_MIN, EXEMPLAR_ZOOM_MAX);
  if (fabs (zoom - self->zoom) < 1e-4)
    return;

  relayout (self, zoom);
}

static gboolean
refit_cb (gpointer data)
{
  ExemplarEvidenceViewer *self = data;

  self->fit_idle_id = 0;

  if (self->fit_mode != EXEMPLAR_FIT_MODE_NONE)
    apply_zoom (self, fit_zoom (self));

  return G_SOURCE_REMOVE;
}

/* The zoom that fits follows the view's size; changing it changes the
 * pages' sizes, which cannot happen during the allocation that told of the
 * new size, so it follows right after. */
static void
queue_refit (ExemplarEvidenceViewer *self)
{
  if (self->fit_mode != EXEMPLAR_FIT_MODE_NONE &&
      self->n_pages > 0 &&
      self->fit_idle_id == 0 &&
      (gtk_widget_get_width (GTK_WIDGET (self->stack)) != self->fit_width ||
       gtk_widget_get_height (GTK_WIDGET (self->stack)) != self->fit_height))
    self->fit_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refit_cb, self, NULL);
}

static void
clear_document (ExemplarEvidenceViewer *self)
{
  guint old_n_pages = self->n_pages;
  guint old_page = self->page;

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  g_clear_handle_id (&self->reveal_id, g_source_remove);
  if (self->settle_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->settle_id);
      self->settle_id = 0;
    }
  self->settled = FALSE;
  _exemplar_evidence_viewer_find_clear (self);
  _exemplar_evidence_viewer_thumbnails_clear (self);

  for (guint i = 0; i < self->n_pages; i++)
    _exemplar_evidence_viewer_clear_slot (&self->slots[i]);

  if (self->column != NULL)
    exemplar_page_column_set_layout (self->column, 0, NULL, 0, 0);

  g_queue_init (&self->cache);
  self->cache_bytes = 0;
  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->offsets, g_free);
  self->n_pages = 0;
  self->page = 0;
  self->scroll_target = -1;

  g_clear_object (&self->image);
  g_clear_object (&self->queue);

  if (old_n_pages != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (old_page != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
on_measure_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ExemplarEvidenceViewer) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!exemplar_render_queue_measure_finish (EXEMPLAR_RENDER_QUEUE (object), result, &error) ||
      self->queue != EXEMPLAR_RENDER_QUEUE (object))
    return;

  /* Most documents have pages of one size, and nothing moves. */
  relayout (self, self->fit_mode != EXEMPLAR_FIT_MODE_NONE ? fit_zoom (self) : self->zoom);
}

/* Measuring every page and rendering the pages beside the first wait until
 * the first is on screen, so that it has the workers to itself. */
static void
settle (ExemplarEvidenceViewer *self)
{
  self->settled = TRUE;

  if (self->queue == NULL || self->n_pages == 0)
    return;

  if (!exemplar_render_queue_get_measured (self->queue))
    exemplar_render_queue_measure_async (self->queue, self->cancellable, on_measure_cb, g_object_ref (self));

  _exemplar_evidence_viewer_update_visible (self);
}

/* The first tick comes in the frame that paints the first page; the
 * second after it. */
static gboolean
settle_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (widget);

  if (self->settle_ticks++ == 0)
    return G_SOURCE_CONTINUE;

  self->settle_id = 0;
  settle (self);

  return G_SOURCE_REMOVE;
}

/* The pages come into sight with the first page drawn on them, so that
 * the first frame a reader sees is the page, not blank paper. */
void
_exemplar_evidence_viewer_reveal_pages (ExemplarEvidenceViewer *self)
{
  g_clear_handle_id (&self->reveal_id, g_source_remove);
  gtk_stack_set_visible_child_name (self->stack, "document");
  gtk_widget_set_opacity (GTK_WIDGET (self->scroller), 1);
  set_loading (self, FALSE);

  if (self->settled || self->settle_id != 0)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->settle_ticks = 0;
      self->settle_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), settle_tick_cb, NULL, NULL);
    }
  else
    {
      settle (self);
    }
}

static gboolean
reveal_timeout_cb (gpointer data)
{
  ExemplarEvidenceViewer *self = data;

  self->reveal_id = 0;
  _exemplar_evidence_viewer_reveal_pages (self);

  return G_SOURCE_REMOVE;
}

/* @first: (nullable): page 1, rendered while the file opened */
static void
show_pages (ExemplarEvidenceViewer *self,
            GdkTexture             *first)
{
  self->n_pages = exemplar_render_queue_get_n_pages (self->queue);
  self->slots = g_new0 (ExemplarPageSlot, self->n_pages);
  self->offsets = g_new0 (int, self->n_pages + 1);

  /* Fit before the first page is asked for, so that it renders once. */
  if (self->fit_mode != EXEMPLAR_FIT_MODE_NONE)
    self->zoom = fit_zoom (self);

  /* A page asked for while the file opened. */
  self->page = MIN (self->pending_page, self->n_pages - 1);
  self->pending_page = 0;

  for (guint i = 0; i < self->n_pages; i++)
    self->slots[i].link.data = &self->slots[i];

  /* Outside the cache: it is all there is to show. */
  if (self->image != NULL)
    self->slots[0].texture = g_object_ref (self->image);
  else if (first != NULL && self->page == 0)
    _exemplar_evidence_viewer_set_texture (self, 0, first);

  /* Nothing to do when page 1 came at the size it shows at. */
  if (exemplar_render_queue_get_kind (self->queue) == EXEMPLAR_DOCUMENT_KIND_PDF)
    _exemplar_evidence_viewer_ensure_render (self, self->page, EXEMPLAR_RENDER_PRIORITY_URGENT);

  _exemplar_evidence_viewer_compute_offsets (self);
  self->scrolling = TRUE;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), 0);
  self->scrolling = FALSE;
  if (self->page > 0)
    _exemplar_evidence_viewer_scroll_to (self, self->offsets[self->page] - EXEMPLAR_PAGE_SPACING / 2);

  update_page_label (self);
  update_zoom_label (self);
  _exemplar_evidence_viewer_update_actions (self);
  _exemplar_evidence_viewer_thumbnails_load (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);

  /* A page that did not come with the file is laid out out of sight while
   * it renders, so that the first frame a reader sees is the page. */
  gtk_widget_set_opacity (GTK_WIDGET (self->scroller), self->slots[self->page].texture != NULL);
  gtk_stack_set_visible_child_name (self->stack, "document");
  if (self->slots[self->page].texture != NULL)
    _exemplar_evidence_viewer_reveal_pages (self);
  else
    self->reveal_id = g_timeout_add (REVEAL_DELAY, reveal_timeout_cb, self);

  _exemplar_evidence_viewer_update_visible (self);

  if (self->page != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  /* Text asked for while the file opened. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    _exemplar_evidence_viewer_find_start (self, gtk_editable_get_text (GTK_EDITABLE (self->find_entry)));
}

static void
on_open_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ExemplarEvidenceViewer) self = user_data;
  ExemplarRenderQueue *queue = EXEMPLAR_RENDER_QUEUE (object);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  gboolean opened;

  opened = exemplar_render_queue_open_finish (queue, result, &texture, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || queue != self->queue)
    return;

  if (!opened)
    {
      g_debug ("Evidence could not be opened: %s", error->message);
      set_error (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      _exemplar_evidence_viewer_update_actions (self);
      set_loading (self, FALSE);
    }
  else
    {
      if (exemplar_render_queue_get_kind (queue) == EXEMPLAR_DOCUMENT_KIND_IMAGE)
        self->image = g_steal_pointer (&texture);
      show_pages (self, texture);
    }
}

static void
exemplar_evidence_viewer_load (ExemplarEvidenceViewer *self,
                               ExemplarStreamFunc      func,
                               gpointer                data,
                               GDestroyNotify          destroy)
{
  clear_document (self);
  self->pending_page = 0;

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  set_error (self, NULL);
  update_page_label (self);
  _exemplar_evidence_viewer_update_actions (self);

  self->queue = exemplar_render_queue_new (func, data, destroy);
  self->cancellable = g_cancellable_new ();

  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_loading (self, TRUE);

  exemplar_render_queue_open_async (self->queue,
                                    _exemplar_evidence_viewer_first_page_size,
                                    _exemplar_evidence_viewer_first_page_size_new (self),
                                    g_free,
                                    self->cancellable, on_open_cb, g_object_ref (self));
}

/* A window moved to a screen of another scale needs sharper or lighter
 * textures. */
static void
on_scale_factor_changed_cb (ExemplarEvidenceViewer *self,
                            GParamSpec             *pspec,
                            gpointer                user_data)
{
  _exemplar_evidence_viewer_update_visible (self);
}

static void
on_vadjustment_value_changed_cb (ExemplarEvidenceViewer *self,
                                 GtkAdjustment          *adjustment)
{
  if (self->n_pages == 0)
    return;

  /* A position the viewer chose says itself which page is current. */
  if (!self->scrolling && self->scroll_target < 0)
    _exemplar_evidence_viewer_update_page_from_scroll (self);

  _exemplar_evidence_viewer_update_visible (self);
}

static void
on_vadjustment_changed_cb (ExemplarEvidenceViewer *self,
                           GtkAdjustment          *adjustment)
{
  if (self->n_pages == 0)
    return;

  _exemplar_evidence_viewer_apply_scroll_target (self);
  queue_refit (self);
  _exemplar_evidence_viewer_update_visible (self);
}

static void
on_hadjustment_changed_cb (ExemplarEvidenceViewer *self,
                           GtkAdjustment          *adjustment)
{
  queue_refit (self);
}

static void
exemplar_evidence_viewer_dispose (GObject *object)
{
  ExemplarEvidenceViewer *self = (ExemplarEvidenceViewer *)object;

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  clear_document (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_EVIDENCE_VIEWER);

  g_clear_object (&self->thumbnail_selection);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);

  G_OBJECT_CLASS (exemplar_evidence_viewer_parent_class)->dispose (object);
}

static void
exemplar_evidence_viewer_finalize (GObject *object)
{
  ExemplarEvidenceViewer *self = (ExemplarEvidenceViewer *)object;

  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->find_text, g_free);

  G_OBJECT_CLASS (exemplar_evidence_viewer_parent_class)->finalize (object);
}

static void
exemplar_evidence_viewer_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_FIT_MODE:
      g_value_set_enum (value, self->fit_mode);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evidence_viewer_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ExemplarEvidenceViewer *self = EXEMPLAR_EVIDENCE_VIEWER (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      exemplar_evidence_viewer_set_page (self, g_value_get_uint (value));
      break;

    case PROP_ZOOM:
      exemplar_evidence_viewer_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_FIT_MODE:
      exemplar_evidence_viewer_set_fit_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evidence_viewer_class_init (ExemplarEvidenceViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_evidence_viewer_dispose;
  object_class->finalize = exemplar_evidence_viewer_finalize;
  object_class->get_property = exemplar_evidence_viewer_get_property;
  object_class->set_property = exemplar_evidence_viewer_set_property;

  /**
   * ExemplarEvidenceViewer:page:
   *
   * The current page, from 0.
   */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * ExemplarEvidenceViewer:zoom:
   *
   * 1 shows a page at its printed size on a 96 dpi screen, and an image
   * one pixel for a pixel.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         EXEMPLAR_ZOOM_MIN, EXEMPLAR_ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIT_MODE] =
    g_param_spec_enum ("fit-mode", NULL, NULL,
                       EXEMPLAR_TYPE_FIT_MODE, EXEMPLAR_FIT_MODE_WIDTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * ExemplarEvidenceViewer:error:
   *
   * Why the file cannot be shown, or %NULL when it can.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-evidence-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, page_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, page_popover);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, page_entry);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, page_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, page_total_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, fit_width_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, fit_page_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, find_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, find_entry);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, match_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, flap);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, thumbnails_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, spinner);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, scroller);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceViewer, error_page);
  _exemplar_evidence_viewer_class_actions_init (klass);

  g_type_ensure (EXEMPLAR_TYPE_PAGE_COLUMN);
}

static void
exemplar_evidence_viewer_init (ExemplarEvidenceViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->fit_mode = EXEMPLAR_FIT_MODE_WIDTH;
  self->scroll_target = -1;
  self->hit_page = -1;
  self->hit_index = -1;
  g_queue_init (&self->cache);

  g_signal_connect_object (self->column,
                           "bind",
                           G_CALLBACK (_exemplar_evidence_viewer_bind_view),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller),
                           "value-changed",
                           G_CALLBACK (on_vadjustment_value_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller),
                           "changed",
                           G_CALLBACK (on_vadjustment_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller),
                           "changed",
                           G_CALLBACK (on_hadjustment_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  _exemplar_evidence_viewer_actions_init (self);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed_cb), NULL);
  _exemplar_evidence_viewer_thumbnails_init (self);

  _exemplar_evidence_viewer_sync_fit_buttons (self);
  update_page_label (self);
  update_zoom_label (self);
  _exemplar_evidence_viewer_update_actions (self);
}

ExemplarDocumentKind
_exemplar_evidence_viewer_get_kind (ExemplarEvidenceViewer *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  return self->queue != NULL ? exemplar_render_queue_get_kind (self->queue) : EXEMPLAR_DOCUMENT_KIND_NONE;
}

ExemplarEvidenceViewer *
exemplar_evidence_viewer_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_EVIDENCE_VIEWER, NULL);
}

/**
 * exemplar_evidence_viewer_load_evidence:
 * @campaign_path: the campaign file that stores the evidence
 *
 * Shows @evidence, streamed from the campaign file on a worker thread.
 */
void
exemplar_evidence_viewer_load_evidence (ExemplarEvidenceViewer *self,
                                        ExemplarEvidence       *evidence,
                                        const char             *campaign_path)
{
  EvidenceSource *source;

  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE (evidence));
  g_return_if_fail (campaign_path != NULL);

  source = g_new0 (EvidenceSource, 1);
  source->evidence = g_object_ref (evidence);
  source->campaign_path = g_strdup (campaign_path);

  exemplar_evidence_viewer_load (self, open_evidence_stream, source, evidence_source_free);
}

/**
 * exemplar_evidence_viewer_load_file:
 *
 * Shows a PDF, JPEG or PNG file, read in place on a worker thread.
 */
void
exemplar_evidence_viewer_load_file (ExemplarEvidenceViewer *self,
                                    GFile                  *file)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));
  g_return_if_fail (G_IS_FILE (file));

  exemplar_evidence_viewer_load (self, open_file_stream, g_object_ref (file), g_object_unref);
}

guint
exemplar_evidence_viewer_get_page (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), 0);

  return self->page;
}

/* @page counts from 0; beyond the last page means the last page. */
void
exemplar_evidence_viewer_set_page (ExemplarEvidenceViewer *self,
                                   guint                   page)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  /* While the file opens, the page waits for it. */
  if (self->n_pages == 0)
    {
      if (self->loading)
        self->pending_page = page;
      return;
    }

  _exemplar_evidence_viewer_show_page (self, MIN (page, self->n_pages - 1));
}

guint
exemplar_evidence_viewer_get_n_pages (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), 0);

  return self->n_pages;
}

double
exemplar_evidence_viewer_get_zoom (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), 1.0);

  return self->zoom;
}

/* A zoom chosen by hand ends fitting. */
void
exemplar_evidence_viewer_set_zoom (ExemplarEvidenceViewer *self,
                                   double                  zoom)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  exemplar_evidence_viewer_set_fit_mode (self, EXEMPLAR_FIT_MODE_NONE);
  apply_zoom (self, zoom);
}

ExemplarFitMode
exemplar_evidence_viewer_get_fit_mode (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), EXEMPLAR_FIT_MODE_NONE);

  return self->fit_mode;
}

void
exemplar_evidence_viewer_set_fit_mode (ExemplarEvidenceViewer *self,
                                       ExemplarFitMode         fit_mode)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));
  g_return_if_fail (fit_mode <= EXEMPLAR_FIT_MODE_PAGE);

  if (self->fit_mode == fit_mode)
    return;

  self->fit_mode = fit_mode;
  _exemplar_evidence_viewer_sync_fit_buttons (self);

  if (fit_mode != EXEMPLAR_FIT_MODE_NONE)
    apply_zoom (self, fit_zoom (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_MODE]);
}

gboolean
exemplar_evidence_viewer_get_loading (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), FALSE);

  return self->loading;
}

const char *
exemplar_evidence_viewer_get_error (ExemplarEvidenceViewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self), NULL);

  return self->error;
}

/**
 * exemplar_evidence_viewer_find:
 * @text: (nullable): what to find, ignoring case; %NULL or "" ends finding
 *
 * Highlights every hit and goes to the first one from the current page on;
 * while the file opens, it waits for it.
 */
void
exemplar_evidence_viewer_find (ExemplarEvidenceViewer *self,
                               const char             *text)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  if (text == NULL || *text == '\0')
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return;
    }

  /* The entry says what is being found; its change starts the search. */
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->find_entry), text);
  _exemplar_evidence_viewer_find_start (self, text);
}
