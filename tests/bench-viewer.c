/* bench-viewer.c
 *
 * The evidence viewer against its floor, on a 500-page PDF drawn with
 * cairo at run time:
 *
 *  (a) poppler's own open and render of page 1 at 1000 pixels wide, on
 *      this thread, from the same kind of stream the viewer reads;
 *  (b) the viewer from load_file() to page 1's texture painted on screen,
 *      at the same size, and how much of that is GTK's frame after the
 *      texture is ready;
 *  (b') GTK alone showing a texture of that size in a window of the same
 *      size, from setting it to its frame painted: the part of (b) that
 *      is GTK's whatever the viewer does;
 *  (c) the peak memory of the process (VmHWM) while the viewer scrolls
 *      from the first page to the last, each page drawn on the way.
 *
 * Prints numbers, and which GSK renderer drew the frames (GSK_RENDERER
 * chooses; tests/meson.build runs it under GTK's default and under cairo,
 * which the GUI tests use); asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

#include "exemplar-evidence-viewer.h"
#include "exemplar-page-view.h"

#define N_PAGES     500
#define N_RUNS      7
/* 750 points at 96/72 pixels a point: 1000 pixels at zoom 1. */
#define PAGE_WIDTH  750
#define PAGE_HEIGHT 1000
#define RENDER_WIDTH 1000
#define QUIET_MS     500

static void
draw_text (cairo_t    *cr,
           double      x,
           double      y,
           double      width,
           const char *font,
           const char *text)
{
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  pango_font_description_free (description);
}

/* Pages like scanned-and-typed evidence: a heading, paragraphs of Chinese
 * and English, a table and a grey photograph box. */
static void
make_pdf (const char *path)
{
  static const char *paragraph =
    "街道依托社区党群服务中心设立家庭教育指导服务站，配备专职工作人员三名，"
    "每月开展家庭教育讲座不少于一次，全年累计服务家庭四百余户。未成年人保护工作站"
    "实行“一站多点”模式，覆盖辖区全部居民区，建立困境儿童信息台账并动态更新。"
    "The sign-in sheets, photographs and minutes of each session are attached as evidence.";
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 1; i <= N_PAGES; i++)
    {
      g_autofree char *heading = g_strdup_printf ("佐证材料 · 第 %u 页 / Evidence page %u", i, i);

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, 72, 60, PAGE_WIDTH - 144, "Sans Bold 18", heading);
      for (guint p = 0; p < 4; p++)
        draw_text (cr, 72, 120 + p * 110, PAGE_WIDTH - 144, "Serif 12", paragraph);

      cairo_set_line_width (cr, 1);
      for (guint r = 0; r <= 6; r++)
        {
          cairo_move_to (cr, 72, 580 + r * 24);
          cairo_line_to (cr, PAGE_WIDTH - 72, 580 + r * 24);
        }
      cairo_stroke (cr);

      cairo_set_source_rgb (cr, 0.8, 0.82, 0.86);
      cairo_rectangle (cr, 72, 760, PAGE_WIDTH - 144, 180);
      cairo_fill (cr);

      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static double
floor_once (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width;
  double height;
  gint64 start = g_get_monotonic_time ();

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, &error);
  g_assert_no_error (error);
  document = poppler_document_new_from_stream (G_INPUT_STREAM (stream), g_file_info_get_size (info), NULL, NULL, &error);
  g_assert_no_error (error);

  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, RENDER_WIDTH, (int) (RENDER_WIDTH * height / width));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, RENDER_WIDTH / width, RENDER_WIDTH / width);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  start = g_get_monotonic_time () - start;

  cairo_surface_destroy (surface);
  g_object_unref (page);
  g_object_unref (document);

  return start / 1000.0;
}

typedef struct
{
  ExemplarPageView *view;
  gint64            painted;
} Watch;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Watch         *watch)
{
  if (watch->painted == 0 && exemplar_page_view_get_texture (watch->view) != NULL)
    watch->painted = g_get_monotonic_time ();
}

typedef struct
{
  gint64 painted;
} PictureWatch;

static void
on_picture_painted_cb (GdkFrameClock *clock,
                       PictureWatch  *watch)
{
  if (watch->painted == 0)
    watch->painted = g_get_monotonic_time ();
}

/* A texture like a rendered page, a fresh one each time, so that GTK
 * cannot reuse what it uploaded or converted before. */
static GdkTexture *
page_texture_new (void)
{
  int height = RENDER_WIDTH * PAGE_HEIGHT / PAGE_WIDTH;
  gsize stride = RENDER_WIDTH * 4;
  guchar *pixels = g_malloc (stride * height);
  g_autoptr(GBytes) bytes = NULL;

  memset (pixels, 0xff, stride * height);
  for (int y = 100; y < height - 100; y += 24)
    memset (pixels + y * stride + 400, 0x20, stride - 800);
  bytes = g_bytes_new_take (pixels, stride * height);

  return gdk_memory_texture_new (RENDER_WIDTH, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static double
gtk_frame_once (GtkPicture *picture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (picture));
  g_autoptr(GdkTexture) texture = page_texture_new ();
  PictureWatch watch = { 0 };
  gulong handler;
  gint64 start;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_picture_painted_cb), &watch);
  start = g_get_monotonic_time ();
  gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
  while (watch.painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return (watch.painted - start) / 1000.0;
}

static ExemplarPageView *
first_page_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ExemplarPageView *found;

      if (EXEMPLAR_IS_PAGE_VIEW (child) && gtk_widget_get_ancestor (child, GTK_TYPE_LIST_VIEW) == NULL)
        return EXEMPLAR_PAGE_VIEW (child);
      if ((found = first_page_view (child)))
        return found;
    }

  return NULL;
}

/* The column has views for the pages near the view only. */
static ExemplarPageView *
page_view_of (GtkWidget *widget,
              guint      page)
{
  for (GtkWidget *child = GTK_WIDGET (first_page_view (widget));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (exemplar_page_view_get_index (EXEMPLAR_PAGE_VIEW (child)) == page)
        return EXEMPLAR_PAGE_VIEW (child);
    }

  g_error ("Page %u has no view", page + 1);
  return NULL;
}

static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  ExemplarPageView *view = first_page_view (widget);

  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW));
}

static double
viewer_once (ExemplarEvidenceViewer *viewer,
             GFile                  *file,
             double                 *texture_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (viewer));
  Watch watch = { NULL, 0 };
  gulong handler;
  gint64 start;
  gint64 textured = 0;

  start = g_get_monotonic_time ();
  exemplar_evidence_viewer_load_file (viewer, file);

  while (exemplar_evidence_viewer_get_loading (viewer))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (exemplar_evidence_viewer_get_error (viewer));

  watch.view = first_page_view (GTK_WIDGET (viewer));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &watch);
  while (watch.painted == 0)
    {
      if (textured == 0 && exemplar_page_view_get_texture (watch.view) != NULL)
        textured = g_get_monotonic_time ();
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);

  *texture_ms = ((textured ? textured : watch.painted) - start) / 1000.0;

  g_assert_cmpint (gdk_texture_get_width (exemplar_page_view_get_texture (watch.view)), ==, RENDER_WIDTH);

  return (watch.painted - start) / 1000.0;
}

static gboolean
on_quiet_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* After page 1 the viewer measures the pages and renders the ones beside
 * it, on both workers; the floor waits until that is done rather than
 * share the CPUs with it. */
static void
wait_until_quiet (void)
{
  gboolean quiet = FALSE;

  g_timeout_add (QUIET_MS, on_quiet_cb, &quiet);
  while (!quiet)
    g_main_context_iteration (NULL, TRUE);
}

static long
read_status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, key)))
    return -1;

  return strtol (line + strlen (key) + 1, NULL, 10);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  double floor_ms[N_RUNS];
  double viewer_ms[N_RUNS];
  double texture_ms[N_RUNS];
  double frame_ms[N_RUNS];
  double first_viewer_ms;
  GtkWidget *picture;
  GtkWindow *window;
  ExemplarEvidenceViewer *viewer;
  GtkAdjustment *vadjustment;
  long baseline_kib;
  gint64 start;
  double floor_median;
  double viewer_median;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("exemplar-bench-viewer-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "evidence-500.pdf", NULL);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  make_pdf (path);
  printf ("# %d-page PDF drawn with cairo in %.0f ms\n", N_PAGES, (g_get_monotonic_time () - start) / 1000.0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 900);
  viewer = exemplar_evidence_viewer_new ();
  gtk_window_set_child (window, GTK_WIDGET (viewer));
  gtk_window_present (window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  /* Zoom 1 shows the page 1000 pixels wide, the size the floor renders. */
  exemplar_evidence_viewer_set_fit_mode (viewer, EXEMPLAR_FIT_MODE_NONE);
  exemplar_evidence_viewer_set_zoom (viewer, 1.0);

  baseline_kib = read_status_kib ("VmHWM:");
  printf ("renderer: %s (GSK_RENDERER=%s)\n",
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "");

  /* Alternate, so that neither gets the warmer caches. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      floor_ms[i] = floor_once (path);
      viewer_ms[i] = viewer_once (viewer, file, &texture_ms[i]);
      wait_until_quiet ();
    }

  first_viewer_ms = viewer_ms[0];
  floor_median = median (floor_ms, N_RUNS);
  viewer_median = median (viewer_ms, N_RUNS);
  printf ("open + page 1 at %d px, poppler alone (floor): median %.1f ms (min %.1f, max %.1f)\n",
          RENDER_WIDTH, floor_median, floor_ms[0], floor_ms[N_RUNS - 1]);
  printf ("load_file to page 1 painted, viewer:          median %.1f ms (min %.1f, max %.1f)\n",
          viewer_median, viewer_ms[0], viewer_ms[N_RUNS - 1]);
  printf ("  of which load_file to page 1's texture ready: median %.1f ms; the rest is GTK's frame\n",
          median (texture_ms, N_RUNS));
  printf ("  the first load in this process (no page buffers to reuse yet): %.1f ms\n", first_viewer_ms);
  printf ("ratio viewer / floor: %.2f (aim ≤ 1.3)\n", viewer_median / floor_median);

  printf ("peak RSS (VmHWM) after the loads above: %.0f MiB\n", read_status_kib ("VmHWM:") / 1024.0);

  /* GTK alone: the same window showing a texture of the page's size. */
  picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
  g_object_ref (viewer);
  gtk_window_set_child (window, picture);
  for (guint i = 0; i < N_RUNS; i++)
    {
      frame_ms[i] = gtk_frame_once (GTK_PICTURE (picture));
      wait_until_quiet ();
    }
  printf ("a texture of that size set on a GtkPicture to painted, GTK alone: median %.1f ms\n",
          median (frame_ms, N_RUNS));
  printf ("ratio viewer / (floor + GTK alone): %.2f\n",
          viewer_median / (floor_median + median (frame_ms, N_RUNS)));
  gtk_window_set_child (window, GTK_WIDGET (viewer));
  g_object_unref (viewer);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  /* Scroll from the first page to the last, a screen at a time, waiting at
   * each stop until the pages in view are drawn. */
  vadjustment = gtk_scrolled_window_get_vadjustment (find_scroller (GTK_WIDGET (viewer)));
  start = g_get_monotonic_time ();
  while (exemplar_evidence_viewer_get_page (viewer) + 1 < N_PAGES)
    {
      ExemplarPageView *view;
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      guint page;

      gtk_adjustment_set_value (vadjustment,
                                gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment));
      g_main_context_iteration (NULL, FALSE);

      page = exemplar_evidence_viewer_get_page (viewer);
      view = page_view_of (GTK_WIDGET (viewer), page);

      while (exemplar_page_view_get_texture (view) == NULL && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
    }

  printf ("scrolled through %d pages, each drawn, in %.1f s\n", N_PAGES, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  printf ("peak RSS (VmHWM): %.0f MiB before loading, %.0f MiB after scrolling to the end (aim < 400 MiB); now %.0f MiB\n",
          baseline_kib / 1024.0, read_status_kib ("VmHWM:") / 1024.0, read_status_kib ("VmRSS:") / 1024.0);

  gtk_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
