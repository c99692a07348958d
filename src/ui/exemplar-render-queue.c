/* exemplar-render-queue.c
 *
 * Two worker threads, kept for the life of the program, serve the jobs of
 * every open document, most urgent first. Poppler reads a document lazily
 * through its stream and is not safe to use from two threads at once, so a
 * worker takes no job of a document that the other worker is in; a job is
 * one page, which lets a page that just scrolled into view overtake a long
 * search. Threads outlive documents because a fresh thread pays some 20 ms
 * of font set-up on its first page. The workers open the stream themselves:
 * the evidence stream's SQLite connection belongs to the thread that opens
 * it. Opening a PDF renders its first page in the same job, so that the
 * page comes back with the document rather than after another trip
 * through the main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "exemplar-page-buffer.h"
#include "exemplar-render-queue.h"

/* poppler-glib 22.12 declares no g_autoptr cleanups of its own; the guard
 * is the one src/model/exemplar-poppler.h uses. */
#ifndef EXEMPLAR_POPPLER_AUTOPTR
#define EXEMPLAR_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define N_WORKERS      2
#define SNIFF_SIZE     1024
#define READ_CHUNK     (64 * 1024)
/* A scan larger than this is scaled down while it is decoded: 4096 pixels
 * still show a scanned A4 page at 350 dpi, in 64 MiB at most. */
#define MAX_IMAGE_SIDE 4096
/* See exemplar_render_queue_class_init(). */
#define MMAP_THRESHOLD (1024 * 1024)

typedef enum
{
  JOB_OPEN,
  JOB_MEASURE,
  JOB_RENDER,
  JOB_FIND,
} JobKind;

/* What the object shares with the jobs of its document; it lives until
 * the object and the last job have let go of it. */
typedef struct
{
  gatomicrefcount     ref_count;

  /* A worker is in the document; guarded by pool_lock. */
  gboolean            busy;

  /* Held around every call into poppler, which busy makes uncontended. */
  GMutex              document_lock;
  PopplerDocument    *document;
  GInputStream       *stream;

  ExemplarStreamFunc  func;
  gpointer            func_data;
  GDestroyNotify      func_destroy;
} Shared;

typedef struct
{
  JobKind                 kind;
  guint                   priority;
  guint64                 serial;
  guint                   page;
  int                     width;
  int                     height;
  char                   *text;
  GTask                  *task;
  Shared                 *shared;
  gboolean                claimed;

  /* Opening: the size to render the first page at. */
  ExemplarRenderSizeFunc  size_func;
  gpointer                size_data;
  GDestroyNotify          size_destroy;
} Job;

typedef struct
{
  ExemplarDocumentKind  kind;
  guint                 n_pages;
  double                width;
  double                height;
  /* An image, or a PDF's first page. */
  GdkTexture           *texture;
} OpenResult;

struct _ExemplarRenderQueue
{
  GObject               parent_instance;

  /* Owned references */
  Shared               *shared;

  ExemplarDocumentKind  kind;
  guint                 n_pages;
  /* Width and height of each page in points, pair by pair; until the
   * pages are measured, every page has the first page's size. */
  double               *sizes;
  guint                 opening : 1;
  guint                 measured : 1;
};

G_DEFINE_FINAL_TYPE (ExemplarRenderQueue, exemplar_render_queue, G_TYPE_OBJECT)

/* The pool: its jobs, in the order they came, and its workers. */
static GMutex pool_lock;
static GCond pool_cond;
static GQueue pool_jobs = G_QUEUE_INIT;
static guint64 pool_serial;
static guint pool_n_workers;

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);
  return shared;
}

static void
shared_unref (Shared *shared)
{
  if (!g_atomic_ref_count_dec (&shared->ref_count))
    return;

  g_clear_object (&shared->document);
  g_clear_object (&shared->stream);
  if (shared->func_destroy != NULL)
    shared->func_destroy (shared->func_data);
  g_mutex_clear (&shared->document_lock);
  g_free (shared);
}

static void
job_free (Job *job)
{
  g_clear_object (&job->task);
  g_clear_pointer (&job->shared, shared_unref);
  g_free (job->text);
  if (job->size_destroy != NULL)
    job->size_destroy (job->size_data);
  g_free (job);
}

static void
open_result_free (OpenResult *result)
{
  g_clear_object (&result->texture);
  g_free (result);
}

/* Takes ownership of @pixels, a page buffer cairo drew into: the texture
 * reads them without a copy and gives the buffer back when it is freed. */
static GdkTexture *
texture_new_for_pixels (guchar *pixels,
                        int     width,
                        int     height,
                        int     stride)
{
  g_autoptr(GBytes) bytes = exemplar_page_buffer_new_bytes (pixels, (gsize) height * (gsize) stride);

  /* GDK_MEMORY_DEFAULT is cairo's ARGB32 in memory order: premultiplied
   * BGRA on little-endian machines. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
on_size_prepared_cb (GdkPixbufLoader *loader,
                     int              width,
                     int              height,
                     gpointer         user_data)
{
  int side = MAX (width, height);

  if (side > MAX_IMAGE_SIDE)
    gdk_pixbuf_loader_set_size (loader,
                                MAX (1, (int) ((gint64) width * MAX_IMAGE_SIDE / side)),
                                MAX (1, (int) ((gint64) height * MAX_IMAGE_SIDE / side)));
}

static GdkTexture *
load_image (GInputStream  *stream,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GdkPixbuf) oriented = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guchar *buffer = g_malloc (READ_CHUNK);
  GdkPixbuf *pixbuf;

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), NULL);

  for (;;)
    {
      gssize n_read = g_input_stream_read (stream, buffer, READ_CHUNK, cancellable, error);

      if (n_read < 0)
        {
          gdk_pixbuf_loader_close (loader, NULL);
          return NULL;
        }

      if (n_read == 0)
        break;

      if (!gdk_pixbuf_loader_write (loader, buffer, n_read, &local_error))
        {
          gdk_pixbuf_loader_close (loader, NULL);
          break;
        }
    }

  if (local_error == NULL)
    gdk_pixbuf_loader_close (loader, &local_error);

  if (local_error == NULL && gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    g_set_error_literal (&local_error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_CORRUPT_IMAGE, "");

  if (local_error != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The image is damaged or is not a JPEG or PNG image."));
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  /* Photographs of paper come from phones that record the turn in EXIF. */
  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);

  return gdk_texture_new_for_pixbuf (oriented);
}

static gboolean
is_image (const guchar *magic,
          gsize         n_read)
{
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guchar jpeg[] = { 0xff, 0xd8, 0xff };

  return (n_read >= sizeof png && memcmp (magic, png, sizeof png) == 0) ||
         (n_read >= sizeof jpeg && memcmp (magic, jpeg, sizeof jpeg) == 0);
}

static void
set_document_error (GError **error,
                    GError  *poppler_error)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                         _("The PDF is protected with a password."));
  else if (poppler_error->domain == POPPLER_ERROR)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("The PDF is damaged or is not a PDF file."));
  else
    g_propagate_error (error, g_error_copy (poppler_error));
}

/* A page without a sane size still gets a place in the column, and says in
 * place that it cannot be shown. */
static void
page_size (PopplerDocument *document,
           int              index,
           double          *width,
           double          *height)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);

  *width = *height = 0;
  if (page != NULL)
    poppler_page_get_size (page, width, height);

  if (!isfinite (*width) || !isfinite (*height) || *width < 1 || *height < 1)
    {
      *width = 595;
      *height = 842;
    }
}

/* Every page's size: some 40 µs a page, so it waits until the first page
 * is on screen. */
static double *
measure_pages (Shared *shared)
{
  double *sizes;
  int n_pages;

  g_mutex_lock (&shared->document_lock);

  n_pages = poppler_document_get_n_pages (shared->document);
  sizes = g_new (double, 2 * (gsize) n_pages);
  for (int i = 0; i < n_pages; i++)
    page_size (shared->document, i, &sizes[2 * i], &sizes[2 * i + 1]);

  g_mutex_unlock (&shared->document_lock);

  return sizes;
}

static OpenResult *
open_document (Shared        *shared,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  OpenResult *result;
  guchar magic[SNIFF_SIZE];
  goffset size = -1;
  gsize n_read = 0;
  int n_pages;

  if (!(stream = shared->func (shared->func_data, &size, cancellable, error)))
    return NULL;

  if (!G_IS_SEEKABLE (stream) || !g_seekable_can_seek (G_SEEKABLE (stream)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The file cannot be read in place."));
      return NULL;
    }

  if (!g_input_stream_read_all (stream, magic, sizeof magic, &n_read, cancellable, error) ||
      !g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, cancellable, error))
    return NULL;

  if (n_read == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is empty."));
      return NULL;
    }

  if (is_image (magic, n_read))
    {
      GdkTexture *image;

      if (!(image = load_image (stream, cancellable, error)))
        return NULL;

      result = g_new0 (OpenResult, 1);
      result->kind = EXEMPLAR_DOCUMENT_KIND_IMAGE;
      result->n_pages = 1;
      result->texture = image;
      /* An image pixel is a pixel at 96 dpi, as a point is 1/72 inch. */
      result->width = gdk_texture_get_width (image) * 72.0 / 96.0;
      result->height = gdk_texture_get_height (image) * 72.0 / 96.0;
      return result;
    }

  g_mutex_lock (&shared->document_lock);

  document = poppler_document_new_from_stream (stream, size, NULL, cancellable, &local_error);
  if (document == NULL)
    {
      g_mutex_unlock (&shared->document_lock);
      set_document_error (error, local_error);
      return NULL;
    }

  if ((n_pages = poppler_document_get_n_pages (document)) <= 0)
    {
      g_mutex_unlock (&shared->document_lock);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The PDF has no pages."));
      return NULL;
    }

  result = g_new0 (OpenResult, 1);
  result->kind = EXEMPLAR_DOCUMENT_KIND_PDF;
  result->n_pages = n_pages;
  page_size (document, 0, &result->width, &result->height);

  shared->document = g_steal_pointer (&document);
  shared->stream = g_steal_pointer (&stream);

  g_mutex_unlock (&shared->document_lock);

  return result;
}

static GdkTexture *
render_page (Shared        *shared,
             Job           *job,
             GError       **error)
{
  cairo_surface_t *surface = NULL;
  guchar *pixels = NULL;
  cairo_status_t status;
  gboolean rendered = FALSE;
  int stride;
  cairo_t *cr;

  stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, job->width);
  if (stride > 0)
    pixels = exemplar_page_buffer_acquire ((gsize) stride * (gsize) job->height);
  if (pixels != NULL)
    surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32,
                                                   job->width, job->height, stride);
  if (pixels == NULL || cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      if (surface != NULL)
        cairo_surface_destroy (surface);
      exemplar_page_buffer_release (pixels);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                           _("There is not enough memory to show this page."));
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  g_mutex_lock (&shared->document_lock);
  if (shared->document != NULL)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (shared->document, job->page);
      double width = 0;
      double height = 0;

      if (page != NULL)
        poppler_page_get_size (page, &width, &height);

      if (isfinite (width) && isfinite (height) && width >= 1 && height >= 1)
        {
          cairo_scale (cr, job->width / width, job->height / height);
          poppler_page_render (page, cr);
          rendered = TRUE;
        }
    }
  g_mutex_unlock (&shared->document_lock);

  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  if (!rendered || status != CAIRO_STATUS_SUCCESS)
    {
      exemplar_page_buffer_release (pixels);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This page is damaged and cannot be shown."));
      return NULL;
    }

  return texture_new_for_pixels (pixels, job->width, job->height, stride);
}

/* A first page that fails here is asked for again, and says why then. */
static GdkTexture *
render_first_page (Shared     *shared,
                   Job        *job,
                   OpenResult *opened)
{
  g_autoptr(GError) error = NULL;

  if (job->size_func == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (job->task)))
    return NULL;

  job->page = 0;
  job->size_func (opened->width, opened->height, job->size_data, &job->width, &job->height);
  if (job->width <= 0 || job->height <= 0)
    return NULL;

  return render_page (shared, job, &error);
}

static GArray *
find_in_page (Shared *shared,
              Job    *job)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GList *matches = NULL;
  double height = 0;

  g_mutex_lock (&shared->document_lock);
  if (shared->document != NULL)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (shared->document, job->page);

      if (page != NULL)
        {
          poppler_page_get_size (page, NULL, &height);
          matches = poppler_page_find_text_with_options (page, job->text, POPPLER_FIND_DEFAULT);
        }
    }
  g_mutex_unlock (&shared->document_lock);

  /* Poppler counts y from the bottom of the page; the widgets count from
   * the top. */
  for (const GList *iter = matches; iter != NULL; iter = iter->next)
    {
      const PopplerRectangle *match = iter->data;
      graphene_rect_t rect;

      graphene_rect_init (&rect,
                          MIN (match->x1, match->x2),
                          height - MAX (match->y1, match->y2),
                          fabs (match->x2 - match->x1),
                          fabs (match->y2 - match->y1));
      g_array_append_val (hits, rect);
    }

  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);

  return hits;
}

static void
job_run (Shared *shared,
         Job    *job)
{
  GCancellable *cancellable = g_task_get_cancellable (job->task);
  GError *error = NULL;

  /* A job whose page scrolled away or whose document was closed ends here,
   * before it touches the document. */
  if (g_task_return_error_if_cancelled (job->task))
    return;

  switch (job->kind)
    {
    case JOB_OPEN:
      {
        OpenResult *result = open_document (shared, cancellable, &error);

        if (result != NULL && result->kind == EXEMPLAR_DOCUMENT_KIND_PDF)
          result->texture = render_first_page (shared, job, result);

        if (result != NULL)
          g_task_return_pointer (job->task, result, (GDestroyNotify) open_result_free);
        else
          g_task_return_error (job->task, error);
      }
      break;

    case JOB_MEASURE:
      g_task_return_pointer (job->task, measure_pages (shared), g_free);
      break;

    case JOB_RENDER:
      {
        GdkTexture *texture = render_page (shared, job, &error);

        if (texture != NULL)
          g_task_return_pointer (job->task, texture, g_object_unref);
        else
          g_task_return_error (job->task, error);
      }
      break;

    case JOB_FIND:
      g_task_return_pointer (job->task, find_in_page (shared, job), (GDestroyNotify) g_array_unref);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The most urgent job of a document no worker is in, and of those the
 * oldest; or a cancelled job, which ends without touching its document. */
static Job *
pool_pop_job (void)
{
  GList *best = NULL;
  Job *job;

  for (GList *iter = pool_jobs.head; iter != NULL; iter = iter->next)
    {
      Job *candidate = iter->data;

      if (g_cancellable_is_cancelled (g_task_get_cancellable (candidate->task)))
        {
          best = iter;
          break;
        }

      if (candidate->shared->busy)
        continue;

      if (best == NULL || candidate->priority < ((Job *) best->data)->priority)
        best = iter;
    }

  if (best == NULL)
    return NULL;

  job = best->data;
  g_queue_delete_link (&pool_jobs, best);

  if (!g_cancellable_is_cancelled (g_task_get_cancellable (job->task)))
    {
      job->shared->busy = TRUE;
      job->claimed = TRUE;
    }

  return job;
}

static gpointer
worker_main (gpointer data)
{
  for (;;)
    {
      Job *job;

      g_mutex_lock (&pool_lock);
      while (!(job = pool_pop_job ()))
        g_cond_wait (&pool_cond, &pool_lock);
      g_mutex_unlock (&pool_lock);

      job_run (job->shared, job);

      if (job->claimed)
        {
          g_mutex_lock (&pool_lock);
          job->shared->busy = FALSE;
          g_cond_broadcast (&pool_cond);
          g_mutex_unlock (&pool_lock);
        }

      job_free (job);
    }

  return NULL;
}

static void
exemplar_render_queue_push (ExemplarRenderQueue *self,
                            Job                 *job)
{
  job->shared = shared_ref (self->shared);

  g_mutex_lock (&pool_lock);

  job->serial = pool_serial++;
  g_queue_push_tail (&pool_jobs, job);

  /* Workers start with the first job and stay. */
  while (pool_n_workers < N_WORKERS)
    {
      g_thread_unref (g_thread_new ("exemplar-render", worker_main, NULL));
      pool_n_workers++;
    }

  g_cond_signal (&pool_cond);
  g_mutex_unlock (&pool_lock);
}

/* May run on a worker thread, when a worker drops the last task. */
static void
exemplar_render_queue_finalize (GObject *object)
{
  ExemplarRenderQueue *self = (ExemplarRenderQueue *)object;

  g_clear_pointer (&self->shared, shared_unref);
  g_clear_pointer (&self->sizes, g_free);

  G_OBJECT_CLASS (exemplar_render_queue_parent_class)->finalize (object);
}

static void
exemplar_render_queue_class_init (ExemplarRenderQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_render_queue_finalize;

#ifdef __GLIBC__
  /* Pages come and go as buffers of megabytes, ours and the renderer's
   * copies of them. glibc raises its mmap threshold to the size of each
   * such buffer freed, and from then on carves them out of its heaps, where
   * freed pages stay resident: scrolling through 500 pages grew the process
   * by some 90 MiB. A fixed threshold gives every buffer of a megabyte or
   * more its own mapping, returned to the system when it is freed. */
  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD);
#endif
}

static void
exemplar_render_queue_init (ExemplarRenderQueue *self)
{
  self->shared = g_new0 (Shared, 1);
  g_atomic_ref_count_init (&self->shared->ref_count);
  g_mutex_init (&self->shared->document_lock);
}

/**
 * exemplar_render_queue_new:
 * @func: opens the file's bytes; called on a worker thread
 * @user_data: for @func; it must be safe to use from another thread
 * @destroy: frees @user_data, on whichever thread lets go last
 */
ExemplarRenderQueue *
exemplar_render_queue_new (ExemplarStreamFunc func,
                           gpointer           user_data,
                           GDestroyNotify     destroy)
{
  ExemplarRenderQueue *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (EXEMPLAR_TYPE_RENDER_QUEUE, NULL);
  self->shared->func = func;
  self->shared->func_data = user_data;
  self->shared->func_destroy = destroy;

  return self;
}

static Job *
job_new (ExemplarRenderQueue    *self,
         JobKind                 kind,
         ExemplarRenderPriority  priority,
         GCancellable           *cancellable,
         GAsyncReadyCallback     callback,
         gpointer                user_data,
         gpointer                source_tag)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->priority = priority;
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, source_tag);

  return job;
}

/**
 * exemplar_render_queue_open_async:
 * @size_func: (nullable): the size to render a PDF's first page at, called
 *   on the worker once the page's size is known; %NULL renders no page
 * @size_data: for @size_func; it must be safe to use from another thread
 * @size_destroy: frees @size_data, on whichever thread lets go last
 */
void
exemplar_render_queue_open_async (ExemplarRenderQueue    *self,
                                  ExemplarRenderSizeFunc  size_func,
                                  gpointer                size_data,
                                  GDestroyNotify          size_destroy,
                                  GCancellable           *cancellable,
                                  GAsyncReadyCallback     callback,
                                  gpointer                user_data)
{
  Job *job;

  g_return_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->opening && self->kind == EXEMPLAR_DOCUMENT_KIND_NONE);

  self->opening = TRUE;
  job = job_new (self, JOB_OPEN, EXEMPLAR_RENDER_PRIORITY_URGENT, cancellable, callback, user_data,
                 exemplar_render_queue_open_async);
  job->size_func = size_func;
  job->size_data = size_data;
  job->size_destroy = size_destroy;
  exemplar_render_queue_push (self, job);
}

/**
 * exemplar_render_queue_open_finish:
 * @texture: (out) (optional): for an image, its texture; for a PDF, its
 *   first page at the size the size function chose, or %NULL
 *
 * Returns: %TRUE when the file opened; the kind, pages and sizes are known
 *   from then on.
 */
gboolean
exemplar_render_queue_open_finish (ExemplarRenderQueue  *self,
                                   GAsyncResult         *result,
                                   GdkTexture          **texture,
                                   GError              **error)
{
  OpenResult *opened;

  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  self->opening = FALSE;

  if (!(opened = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  self->kind = opened->kind;
  self->n_pages = opened->n_pages;
  self->measured = opened->n_pages == 1;
  g_free (self->sizes);
  self->sizes = g_new (double, 2 * (gsize) opened->n_pages);
  for (guint i = 0; i < opened->n_pages; i++)
    {
      self->sizes[2 * i] = opened->width;
      self->sizes[2 * i + 1] = opened->height;
    }
  if (texture != NULL)
    *texture = g_steal_pointer (&opened->texture);

  open_result_free (opened);

  return TRUE;
}

ExemplarDocumentKind
exemplar_render_queue_get_kind (ExemplarRenderQueue *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), EXEMPLAR_DOCUMENT_KIND_NONE);

  return self->kind;
}

guint
exemplar_render_queue_get_n_pages (ExemplarRenderQueue *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), 0);

  return self->n_pages;
}

/* In points; an image's pixels count as pixels at 96 dpi. Until the pages
 * are measured, every page has the first page's size. */
void
exemplar_render_queue_get_page_size (ExemplarRenderQueue *self,
                                     guint                page,
                                     double              *width,
                                     double              *height)
{
  g_return_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self));
  g_return_if_fail (page < self->n_pages);

  if (width != NULL)
    *width = self->sizes[2 * page];
  if (height != NULL)
    *height = self->sizes[2 * page + 1];
}

gboolean
exemplar_render_queue_get_measured (ExemplarRenderQueue *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), FALSE);

  return self->measured;
}

/* Measures every page of a PDF; until then they all have the first page's
 * size. Runs after the pages on screen, before the ones beside them. */
void
exemplar_render_queue_measure_async (ExemplarRenderQueue *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self));
  g_return_if_fail (self->kind == EXEMPLAR_DOCUMENT_KIND_PDF);

  exemplar_render_queue_push (self, job_new (self, JOB_MEASURE, EXEMPLAR_RENDER_PRIORITY_HIGH,
                                             cancellable, callback, user_data,
                                             exemplar_render_queue_measure_async));
}

/**
 * exemplar_render_queue_measure_finish:
 *
 * Returns: %TRUE when the pages are measured, and
 *   exemplar_render_queue_get_page_size() tells each page's own size.
 */
gboolean
exemplar_render_queue_measure_finish (ExemplarRenderQueue  *self,
                                      GAsyncResult         *result,
                                      GError              **error)
{
  double *sizes;

  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!(sizes = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  g_free (self->sizes);
  self->sizes = sizes;
  self->measured = TRUE;

  return TRUE;
}

/* Renders @page of a PDF into a @width × @height texture, in device pixels. */
void
exemplar_render_queue_render_async (ExemplarRenderQueue    *self,
                                    guint                   page,
                                    int                     width,
                                    int                     height,
                                    ExemplarRenderPriority  priority,
                                    GCancellable           *cancellable,
                                    GAsyncReadyCallback     callback,
                                    gpointer                user_data)
{
  Job *job;

  g_return_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self));
  g_return_if_fail (self->kind == EXEMPLAR_DOCUMENT_KIND_PDF);
  g_return_if_fail (page < self->n_pages);
  g_return_if_fail (width > 0 && height > 0);

  job = job_new (self, JOB_RENDER, priority, cancellable, callback, user_data,
                 exemplar_render_queue_render_async);
  job->page = page;
  job->width = width;
  job->height = height;
  exemplar_render_queue_push (self, job);
}

GdkTexture *
exemplar_render_queue_render_finish (ExemplarRenderQueue  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Finds @text on @page of a PDF, ignoring case. */
void
exemplar_render_queue_find_async (ExemplarRenderQueue *self,
                                  guint                page,
                                  const char          *text,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Job *job;

  g_return_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self));
  g_return_if_fail (self->kind == EXEMPLAR_DOCUMENT_KIND_PDF);
  g_return_if_fail (page < self->n_pages);
  g_return_if_fail (text != NULL);

  job = job_new (self, JOB_FIND, EXEMPLAR_RENDER_PRIORITY_HIGH, cancellable, callback, user_data,
                 exemplar_render_queue_find_async);
  job->page = page;
  job->text = g_strdup (text);
  exemplar_render_queue_push (self, job);
}

/**
 * exemplar_render_queue_find_finish:
 *
 * Returns: (transfer full): the hits as #graphene_rect_t in points, from the
 *   top left corner of the page, in reading order.
 */
GArray *
exemplar_render_queue_find_finish (ExemplarRenderQueue  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_RENDER_QUEUE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
