/* test-gui-document.c: a formal document on screen, in the document view
 * inside a scrolled window, as the publicity and naming sections show it.
 * Runs on a display (Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "exemplar-document-view.h"

#include "exemplar-test-gui-util.h"

#define TITLE "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示"

typedef struct
{
  GtkWindow            *window;
  GtkScrolledWindow    *scroller;
  ExemplarDocumentView *view;
} Fixture;

static ExemplarDocument *
make_document (guint n_paragraphs)
{
  ExemplarDocument *document = exemplar_document_new ();

  exemplar_document_add (document, EXEMPLAR_BLOCK_TITLE, TITLE);
  exemplar_document_add (document, EXEMPLAR_BLOCK_NUMBER, "长未保办〔2024〕5号");
  exemplar_document_add (document, EXEMPLAR_BLOCK_ENTRY, "1. 新泾镇");
  for (guint i = 0; i < n_paragraphs; i++)
    exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH,
                           "公示期间，任何单位和个人如对拟命名单位有异议，可在公示期内以书面形式实名反映，"
                           "单位反映情况的应加盖公章，个人反映情况的应署真实姓名并提供联系方式。");
  exemplar_document_add (document, EXEMPLAR_BLOCK_SIGNATURE, "上海市长宁区未成年人保护委员会办公室");
  exemplar_document_add (document, EXEMPLAR_BLOCK_DATE, "2024年4月26日");

  return document;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  fixture->view = EXEMPLAR_DOCUMENT_VIEW (exemplar_document_view_new ());

  gtk_scrolled_window_set_child (fixture->scroller, GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->scroller));
  gtk_window_set_default_size (fixture->window, 700, 600);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  exemplar_test_iterate (10);
}

/* The height of one page on screen at the view's width, and the page's
 * width. */
static double
page_height (ExemplarDocumentView *view,
             double               *page_width)
{
  double width = MIN (gtk_widget_get_width (GTK_WIDGET (view)) - 48,
                      EXEMPLAR_DOCUMENT_PAGE_WIDTH * 1.4);

  if (page_width != NULL)
    *page_width = width;
  return width * EXEMPLAR_DOCUMENT_PAGE_HEIGHT / EXEMPLAR_DOCUMENT_PAGE_WIDTH;
}

/* The view drawn as a texture, as the compositor would draw it. */
static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The colour of the texture at (@x, @y): 0xRRGGBB. */
static guint32
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (4 * width * height);
  guint32 pixel;

  gdk_texture_download (texture, data, 4 * width);
  pixel = *(guint32 *) (data + 4 * (y * width + x));
  return pixel & 0xffffff;
}

static gboolean
has_ink (GdkTexture *texture,
         int         x0,
         int         y0,
         int         x1,
         int         y1)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (4 * width * height);

  gdk_texture_download (texture, data, 4 * width);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        const guchar *p = data + 4 * (y * width + x);

        if (p[0] < 80 && p[1] < 80 && p[2] < 80)
          return TRUE;
      }

  return FALSE;
}

static void
test_document_view_pages (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (6);
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *view = GTK_WIDGET (fixture->view);
  guint n_pages = exemplar_document_get_n_pages (document);
  double one_page, page_width;
  double x0;
  int paper_y;

  g_assert_cmpuint (n_pages, ==, 2);

  /* Nothing to show: no height. */
  EXEMPLAR_TEST_WAIT_UNTIL (gtk_widget_get_width (view) > 0);
  g_assert_null (exemplar_document_view_get_document (fixture->view));

  exemplar_document_view_set_document (fixture->view, document);
  g_assert_true (exemplar_document_view_get_document (fixture->view) == document);
  EXEMPLAR_TEST_WAIT_UNTIL (gtk_widget_get_height (view) > page_height (fixture->view, NULL));

  /* Both pages, one under the other, at the width the window gives. */
  one_page = page_height (fixture->view, &page_width);
  g_assert_cmpint (gtk_widget_get_width (view), <=, 700);
  g_assert_cmpint (gtk_widget_get_height (view), >=, (int) (2 * one_page));
  g_assert_cmpint (gtk_widget_get_height (view), <, (int) (3 * one_page));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (fixture->scroller)),
                     >, 2 * one_page);

  /* White paper on the background, the title's ink on it. */
  texture = render (view);
  x0 = (gtk_widget_get_width (view) - page_width) / 2;
  paper_y = 24 + (int) (one_page * 0.9);
  g_assert_cmphex (pixel_at (texture, (int) (x0 + page_width / 2), paper_y), ==, 0xffffff);
  g_assert_cmphex (pixel_at (texture, 4, 4), !=, 0xffffff);
  g_assert_true (has_ink (texture, (int) (x0 + page_width * 0.2), 24 + (int) (one_page * 0.12),
                          (int) (x0 + page_width * 0.8), 24 + (int) (one_page * 0.18)));

  /* A wider window: bigger pages, never past 140 %. */
  gtk_window_set_default_size (fixture->window, 1600, 600);
  EXEMPLAR_TEST_WAIT_UNTIL (gtk_widget_get_width (view) > 1000);
  exemplar_test_iterate (50);
  one_page = page_height (fixture->view, &page_width);
  g_assert_cmpfloat (fabs (page_width - EXEMPLAR_DOCUMENT_PAGE_WIDTH * 1.4), <, 1);
  g_assert_cmpint (gtk_widget_get_height (view), >=, (int) (2 * one_page));

  /* No document: nothing. */
  exemplar_document_view_set_document (fixture->view, NULL);
  EXEMPLAR_TEST_WAIT_UNTIL (gtk_widget_get_height (view) <= gtk_widget_get_height (GTK_WIDGET (fixture->scroller)));
}

static void
test_document_view_accessible (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (1);

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->view)),
                   ==, GTK_ACCESSIBLE_ROLE_DOCUMENT);
  exemplar_document_view_set_document (fixture->view, document);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->view), "document-view"));
}

int
main (int   argc,
      char *argv[])
{
  exemplar_test_gui_init (&argc, &argv, NULL);

  g_test_add ("/gui/document-view/pages", Fixture, NULL, fixture_set_up, test_document_view_pages, fixture_tear_down);
  g_test_add ("/gui/document-view/accessible", Fixture, NULL, fixture_set_up, test_document_view_accessible, fixture_tear_down);

  return g_test_run ();
}
