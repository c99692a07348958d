/* exemplar-page-buffer.c
 *
 * A page at fit width is a buffer of several megabytes. A fresh buffer of
 * that size is fresh memory from the kernel, and the first write to each
 * of its 4 KiB pages is a page fault: some 1,300 of them for a page 1000
 * pixels wide, which cost 17-20 ms on a virtual machine, several times
 * what poppler takes to draw the page. Buffers given back here are kept,
 * up to POOL_BYTES in all, and handed out again to the next page that
 * fits in one, already resident. Beyond that they go back to the system
 * (see exemplar_render_queue_class_init() for why glibc is told to map
 * them singly), so scrolling through a long document does not keep what
 * it no longer shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include "exemplar-page-buffer.h"

/* Buffers smaller than this come from malloc's heaps, which reuse them
 * anyway: thumbnails and small zooms. */
#define MIN_POOLED_SIZE (1024 * 1024)
/* Three pages 1000 pixels wide: enough for scrolling to reuse what the
 * cache evicts, little enough to keep while nothing is shown. */
#define POOL_BYTES      (16 * 1024 * 1024)
/* A buffer is handed out for a page at most this many times smaller than
 * it, so that one large zoom does not pin its buffers to small pages. */
#define MAX_WASTE       2

typedef struct
{
  gsize  size;
  /* Keeps data 16-byte aligned, as cairo and GDK expect of rows. */
  gsize  padding;
  guchar data[];
} PageBuffer;

static GMutex  pool_lock;
static GSList *pool;
static gsize   pool_bytes;

static PageBuffer *
page_buffer_from_data (guchar *data)
{
  return (PageBuffer *) (data - G_STRUCT_OFFSET (PageBuffer, data));
}

guchar *
exemplar_page_buffer_acquire (gsize size)
{
  PageBuffer *buffer = NULL;

  if (size >= MIN_POOLED_SIZE)
    {
      GSList *best = NULL;

      g_mutex_lock (&pool_lock);
      for (GSList *l = pool; l != NULL; l = l->next)
        {
          PageBuffer *candidate = l->data;

          if (candidate->size >= size && candidate->size / MAX_WASTE <= size &&
              (best == NULL || candidate->size < ((PageBuffer *) best->data)->size))
            best = l;
        }
      if (best != NULL)
        {
          buffer = best->data;
          pool_bytes -= buffer->size;
          pool = g_slist_delete_link (pool, best);
        }
      g_mutex_unlock (&pool_lock);
    }

  if (buffer == NULL)
    {
      if (size > G_MAXSIZE - sizeof (PageBuffer))
        return NULL;
      buffer = g_try_malloc (sizeof (PageBuffer) + size);
      if (buffer == NULL)
        return NULL;
      buffer->size = size;
    }

  return buffer->data;
}

void
exemplar_page_buffer_release (guchar *data)
{
  PageBuffer *buffer;

  if (data == NULL)
    return;

  buffer = page_buffer_from_data (data);
  if (buffer->size >= MIN_POOLED_SIZE)
    {
      g_mutex_lock (&pool_lock);
      if (pool_bytes + buffer->size <= POOL_BYTES)
        {
          pool = g_slist_prepend (pool, buffer);
          pool_bytes += buffer->size;
          buffer = NULL;
        }
      g_mutex_unlock (&pool_lock);
    }

  g_free (buffer);
}

GBytes *
exemplar_page_buffer_new_bytes (guchar *data,
                                gsize   size)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (size <= page_buffer_from_data (data)->size, NULL);

  return g_bytes_new_with_free_func (data, size,
                                     (GDestroyNotify) exemplar_page_buffer_release,
                                     data);
}
