/* exemplar-evidence-probe.c
 *
 * Reads one evidence file the way the viewer will, in a process of its
 * own, so that a file which crashes or hangs a decoder costs only this
 * process: the import refuses the file, and the program, its window and
 * the other files of the import carry on. A PDF is opened with poppler,
 * each page's text is taken for the search index and each page is drawn
 * small, which parses its content, fonts and images; an image is decoded
 * with GdkPixbuf. Files that the viewer later shows have been through all
 * of this once already.
 *
 *   exemplar-evidence-probe pdf --text PATH
 *   exemplar-evidence-probe image PATH
 *
 * The answer goes to standard output as one serialized GVariant of type
 * EXEMPLAR_PROBE_TYPE (see exemplar-probe.h): a code, the
 * number of pages, the decoder's message and, for a PDF, each page's
 * text. The exit status is 0 whenever an answer was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <locale.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "exemplar-probe.h"

/* Each page is drawn into a box this many pixels square: enough to run
 * every drawing operation, cheap enough for 500 pages. */
#define PROBE_WIDTH 96
/* Address space the probe may use. A file built to exhaust memory fails
 * here instead of pushing the desktop into swap. Not under AddressSanitizer,
 * which reserves terabytes of address space up front. */
#define PROBE_MEMORY_LIMIT ((rlim_t) 4 << 30)

static void
limit_memory (void)
{
#if !defined(__SANITIZE_ADDRESS__)
  struct rlimit limit = { PROBE_MEMORY_LIMIT, PROBE_MEMORY_LIMIT };

  setrlimit (RLIMIT_AS, &limit);
#endif
}

static int
answer (ExemplarProbeCode  code,
        guint              n_pages,
        const char        *message,
        GPtrArray         *texts)
{
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE_STRING_ARRAY);
  g_autoptr(GVariant) variant = NULL;
  const guint8 *data;
  gsize size;

  for (guint i = 0; texts != NULL && i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      /* GVariant strings are UTF-8 without embedded nuls; poppler's text
       * is UTF-8, but a damaged file may say otherwise. */
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        text = "";
      g_variant_builder_add (builder, "s", text);
    }

  variant = g_variant_ref_sink (g_variant_new (EXEMPLAR_PROBE_TYPE, (guint32) code, (guint32) n_pages,
                                               message != NULL && g_utf8_validate (message, -1, NULL) ? message : "",
                                               builder));
  data = g_variant_get_data (variant);
  size = g_variant_get_size (variant);

  while (size > 0)
    {
      ssize_t n = write (STDOUT_FILENO, data, size);

      if (n < 0)
        return 1;
      data += n;
      size -= (gsize) n;
    }

  return 0;
}

static gboolean
draw_page (PopplerPage *page)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  double width = 0;
  double height = 0;
  double scale;
  cairo_t *cr;

  poppler_page_get_size (page, &width, &height);
  if (!(width >= 1 && height >= 1 && width < 1e6 && height < 1e6))
    return FALSE;

  /* Fitted into the box, not drawn to its width: a very tall page
   * would need a surface taller than cairo allows. */
  scale = PROBE_WIDTH / MAX (width, height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (1, (int) (width * scale)),
                                        MAX (1, (int) (height * scale)));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return status == CAIRO_STATUS_SUCCESS;
}

static int
probe_pdf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  int n_pages;

  document = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  if (document == NULL)
    return answer (g_error_matches (error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED)
                   ? EXEMPLAR_PROBE_ENCRYPTED : EXEMPLAR_PROBE_DAMAGED,
                   0, error->message, NULL);

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_object_unref (document);
      return answer (EXEMPLAR_PROBE_NO_PAGES, 0, NULL, NULL);
    }

  texts = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      gboolean drawn = page != NULL && draw_page (page);

      g_ptr_array_add (texts, page != NULL ? poppler_page_get_text (page) : NULL);
      g_clear_object (&page);

      if (!drawn)
        {
          g_autofree char *message = g_strdup_printf ("page %d cannot be drawn", i + 1);

          g_object_unref (document);
          return answer (EXEMPLAR_PROBE_DAMAGED, (guint) n_pages, message, NULL);
        }
    }

  g_object_unref (document);
  return answer (EXEMPLAR_PROBE_OK, (guint) n_pages, NULL, texts);
}

static int
probe_image (const char *path)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  /* Decoded at a small size, as the thumbnails are; the decoder still
   * reads every byte of the image. */
  pixbuf = gdk_pixbuf_new_from_file_at_size (path, 256, 256, &error);
  if (pixbuf == NULL)
    return answer (EXEMPLAR_PROBE_DAMAGED, 0, error->message, NULL);

  return answer (EXEMPLAR_PROBE_OK, 1, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  limit_memory ();

  if (argc == 3 && strcmp (argv[1], "image") == 0)
    return probe_image (argv[2]);
  if (argc == 4 && strcmp (argv[1], "pdf") == 0 && strcmp (argv[2], "--text") == 0)
    return probe_pdf (argv[3]);

  fprintf (stderr, "Usage: %s pdf --text PATH | image PATH\n", argv[0]);
  return 2;
}
