/* exemplar-page-buffer.h
 *
 * Pixel buffers for rendered pages, kept for reuse once the texture that
 * held one is freed. Safe to use from any thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A buffer of at least @size bytes, uninitialised, or %NULL if there is
 * not enough memory. Give it back with exemplar_page_buffer_release(). */
guchar *exemplar_page_buffer_acquire (gsize size);

/* Wraps @data, a buffer from exemplar_page_buffer_acquire(), in bytes of
 * length @size that give the buffer back when they are freed. */
GBytes *exemplar_page_buffer_new_bytes (guchar *data,
                                        gsize   size);

void    exemplar_page_buffer_release (guchar *data);

G_END_DECLS
