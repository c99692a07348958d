/* test-gui-viewer.c
 *
 * What a reader sees in the evidence viewer, checked on a real display
 * (Xvfb): the pages of a PDF drawn with cairo at test time, the page
 * indicator, zoom, find in Chinese and English with the hit on the right
 * page, thumbnails, an image as one page, and a clear message, never a
 * crash, for a truncated PDF and for random bytes named .pdf.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <string.h>

#include "exemplar-evidence-viewer.h"
#include "exemplar-page-view.h"
#include "exemplar-test-gui-util.h"

#define N_PAGES     5
#define PAGE_WIDTH  595
#define PAGE_HEIGHT 842
/* Where page 3's Chinese line is drawn, in points from the top. */
#define CHINESE_Y   200

static char *fixtures;

typedef struct
{
  GtkWindow              *window;
  ExemplarEvidenceViewer *viewer;
} Fixture;

static const char *
label_text (Fixture    *fixture,
            const char *css_class)
{
  g_autoptr(GPtrArray) labels = exemplar_test_find_all (fixture->viewer, GTK_TYPE_LABEL, css_class);

  g_assert_cmpuint (labels->len, ==, 1);
  return gtk_label_get_label (g_ptr_array_index (labels, 0));
}

/* The pages in the column, not the thumbnails. */
static GPtrArray *
page_views (Fixture *fixture)
{
  g_autoptr(GPtrArray) all = exemplar_test_find_all (fixture->viewer, EXEMPLAR_TYPE_PAGE_VIEW, NULL);
  GPtrArray *pages = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (all, i);

      if (gtk_widget_get_ancestor (view, GTK_TYPE_LIST_VIEW) == NULL)
        g_ptr_array_add (pages, view);
    }

  return pages;
}

static ExemplarPageView *
page_view (Fixture *fixture,
           guint    index)
{
  g_autoptr(GPtrArray) pages = page_views (fixture);

  g_assert_cmpuint (index, <, pages->len);
  return g_ptr_array_index (pages, index);
}

static GtkWidget *
button_with_tooltip (Fixture    *fixture,
                     const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = exemplar_test_find_all (fixture->viewer, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0)
        return button;
    }

  g_error ("No button says “%s”", tooltip);
  return NULL;
}

/* Five A4 pages, each saying which it is; "evidence" on pages 2 and 4, the
 * name of a family education station on page 3 only. */
static char *
make_pdf (void)
{
  char *path = g_build_filename (fixtures, "evidence.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 1; i <= N_PAGES; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Page %u of %u", i, N_PAGES);

      cairo_set_source_rgb (cr, 0, 0, 0);
      exemplar_test_draw_text (cr, 72, 60, "Sans 20", heading);

      if (i == 2)
        exemplar_test_draw_text (cr, 72, 120, "Sans 14", "Photographs as evidence of the home visits.");
      if (i == 3)
        {
          exemplar_test_draw_text (cr, 72, CHINESE_Y, "Sans 28", "家庭教育指导服务站");
          exemplar_test_draw_text (cr, 72, 300, "Sans 14", "Kindergarten safety drill, spring term.");
        }
      if (i == 4)
        exemplar_test_draw_text (cr, 72, 500, "Sans 14", "More evidence follows in the annex.");

      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static char *
make_png (void)
{
  char *path = g_build_filename (fixtures, "seal.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_arc (cr, 200, 150, 100, 0, 2 * G_PI);
  cairo_set_line_width (cr, 8);
  cairo_stroke (cr);
  exemplar_test_draw_text (cr, 130, 130, "Sans 24", "盖章页");
  cairo_destroy (cr);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static char *
make_truncated (const char *pdf)
{
  char *path = g_build_filename (fixtures, "truncated.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (pdf, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length / 2, &error);
  g_assert_no_error (error);

  return path;
}

static char *
make_random (void)
{
  char *path = g_build_filename (fixtures, "random.pdf", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230315);
  g_autoptr(GError) error = NULL;
  guint32 bytes[4096];

  for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
    bytes[i] = g_rand_int (rand);
  g_file_set_contents (path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);

  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  fixture->viewer = exemplar_evidence_viewer_new ();
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->viewer));
  gtk_window_present (fixture->window);
  exemplar_test_iterate (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  exemplar_test_iterate (50);
}

static void
load (Fixture    *fixture,
      const char *name)
{
  g_autofree char *path = g_build_filename (fixtures, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  exemplar_evidence_viewer_load_file (fixture->viewer, file);
  g_assert_true (exemplar_evidence_viewer_get_loading (fixture->viewer));
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_viewer_get_loading (fixture->viewer));
  exemplar_test_iterate (50);
}

static void
test_pdf_pages (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  ExemplarPageView *first;
  GdkTexture *texture;
  int width;

  load (fixture, "evidence.pdf");

  g_assert_null (exemplar_evidence_viewer_get_error (fixture->viewer));
  g_assert_cmpuint (exemplar_evidence_viewer_get_n_pages (fixture->viewer), ==, N_PAGES);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 0);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "1 / 5");

  g_assert_true (gtk_widget_get_sensitive (button_with_tooltip (fixture, "Find in Document")));

  /* Every page has its place; the first is drawn, at the size it shows. */
  pages = page_views (fixture);
  g_assert_cmpuint (pages->len, ==, N_PAGES);
  first = g_ptr_array_index (pages, 0);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (first)));
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (first) != NULL);
  texture = exemplar_page_view_get_texture (first);
  width = gtk_widget_get_width (GTK_WIDGET (first));
  g_assert_cmpint (width, >, 300);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width * gtk_widget_get_scale_factor (GTK_WIDGET (first)));

  /* Fit width: the page fills the width of the view, less its margins. */
  g_assert_cmpint (exemplar_evidence_viewer_get_fit_mode (fixture->viewer), ==, EXEMPLAR_FIT_MODE_WIDTH);
  g_assert_cmpint (width, >, gtk_widget_get_width (GTK_WIDGET (fixture->viewer)) - 40);

  /* Next page, and a page chosen by number, move the indicator. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.next-page", NULL);
  exemplar_test_iterate (50);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 1);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "2 / 5");

  exemplar_evidence_viewer_set_page (fixture->viewer, 3);
  exemplar_test_iterate (100);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 3);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "4 / 5");
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (page_view (fixture, 3)) != NULL);

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.last-page", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "5 / 5");

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.first-page", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "1 / 5");

  /* Scrolling by hand moves the indicator too. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (first))))),
                            3 * gtk_widget_get_height (GTK_WIDGET (first)));
  exemplar_test_iterate (100);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), >=, 2);
}

static void
test_pdf_zoom (Fixture       *fixture,
               gconstpointer  data)
{
  ExemplarPageView *first;
  double zoom;
  int width;
  int height;

  load (fixture, "evidence.pdf");
  first = page_view (fixture, 0);
  width = gtk_widget_get_width (GTK_WIDGET (first));
  height = gtk_widget_get_height (GTK_WIDGET (first));
  zoom = exemplar_evidence_viewer_get_zoom (fixture->viewer);

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.zoom-in", NULL);
  exemplar_test_iterate (100);

  /* A zoom by hand ends fitting; the page grows, and is drawn again at
   * its new size. */
  g_assert_cmpfloat (exemplar_evidence_viewer_get_zoom (fixture->viewer), >, zoom);
  g_assert_cmpint (exemplar_evidence_viewer_get_fit_mode (fixture->viewer), ==, EXEMPLAR_FIT_MODE_NONE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (first)), >, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (first)), >, height);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (first) != NULL &&
              gdk_texture_get_width (exemplar_page_view_get_texture (first)) == gtk_widget_get_width (GTK_WIDGET (first)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.zoom-out", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpfloat (exemplar_evidence_viewer_get_zoom (fixture->viewer), <, zoom);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (first)), <, width);

  /* Fit page: a whole page in view. */
  exemplar_evidence_viewer_set_fit_mode (fixture->viewer, EXEMPLAR_FIT_MODE_PAGE);
  exemplar_test_iterate (100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (first)), <=,
                   gtk_widget_get_height (gtk_widget_get_ancestor (GTK_WIDGET (first), GTK_TYPE_SCROLLED_WINDOW)));

  /* The zoom follows the fit mode through the action the menu uses. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.fit-mode", "s", "width");
  exemplar_test_iterate (100);
  g_assert_cmpint (exemplar_evidence_viewer_get_fit_mode (fixture->viewer), ==, EXEMPLAR_FIT_MODE_WIDTH);
  g_assert_cmpfloat_with_epsilon (exemplar_evidence_viewer_get_zoom (fixture->viewer), zoom, 0.01);
}

static void
test_pdf_find (Fixture       *fixture,
               gconstpointer  data)
{
  ExemplarPageView *third;
  const graphene_rect_t *hit;
  GArray *hits;
  int current = -1;

  load (fixture, "evidence.pdf");

  /* Chinese: one hit, on page 3, where the line was drawn. */
  exemplar_evidence_viewer_find (fixture->viewer, "家庭教育");
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (label_text (fixture, "match-count"), "1 match") == 0);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 2);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "3 / 5");

  third = page_view (fixture, 2);
  hits = exemplar_page_view_get_hits (third, &current);
  g_assert_nonnull (hits);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (current, ==, 0);
  hit = &g_array_index (hits, graphene_rect_t, 0);
  g_assert_cmpfloat (hit->origin.x, >=, 60);
  g_assert_cmpfloat (hit->origin.y, >=, CHINESE_Y - 10);
  g_assert_cmpfloat (hit->origin.y, <=, CHINESE_Y + 40);
  g_assert_null (exemplar_page_view_get_hits (page_view (fixture, 1), NULL));
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (third) != NULL);

  /* English, any case: two pages; next goes from the one to the other. */
  exemplar_evidence_viewer_set_page (fixture->viewer, 0);
  exemplar_test_iterate (50);
  exemplar_evidence_viewer_find (fixture->viewer, "EVIDENCE");
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (label_text (fixture, "match-count"), "2 matches") == 0);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 1);
  g_assert_null (exemplar_page_view_get_hits (third, NULL));

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.find-next", NULL);
  exemplar_test_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.find-next", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.find-previous", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 1);

  /* Nothing there. */
  exemplar_evidence_viewer_find (fixture->viewer, "不存在的文字");
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (label_text (fixture, "match-count"), "No matches") == 0);

  /* Ending the search takes the marks away. */
  exemplar_evidence_viewer_find (fixture->viewer, "Kindergarten");
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (label_text (fixture, "match-count"), "1 match") == 0);
  g_assert_nonnull (exemplar_page_view_get_hits (third, NULL));
  exemplar_evidence_viewer_find (fixture->viewer, NULL);
  exemplar_test_iterate (50);
  g_assert_null (exemplar_page_view_get_hits (third, NULL));
}

static void
test_pdf_thumbnails (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) thumbnails = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  GtkWidget *list;

  load (fixture, "evidence.pdf");

  lists = exemplar_test_find_all (fixture->viewer, GTK_TYPE_LIST_VIEW, NULL);
  g_assert_cmpuint (lists->len, ==, 1);
  list = g_ptr_array_index (lists, 0);
  g_assert_false (gtk_widget_is_drawable (list));

  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.toggle-sidebar", NULL);
  exemplar_test_iterate (300);
  g_assert_true (gtk_widget_is_drawable (list));

  /* Each page has a small picture of itself, rendered lazily. */
  thumbnails = exemplar_test_find_all (list, EXEMPLAR_TYPE_PAGE_VIEW, NULL);
  g_assert_cmpuint (thumbnails->len, ==, N_PAGES);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (g_ptr_array_index (thumbnails, 0)) != NULL);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (thumbnails, 0)), <=, 120);

  /* Choosing one goes to its page. */
  gtk_widget_activate_action (list, "list.select-item", "(ubb)", 2, FALSE, FALSE);
  exemplar_test_iterate (100);
  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 2);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "3 / 5");
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  ExemplarPageView *only;
  GdkTexture *texture;
  int width;

  load (fixture, "seal.png");

  g_assert_null (exemplar_evidence_viewer_get_error (fixture->viewer));
  g_assert_cmpuint (exemplar_evidence_viewer_get_n_pages (fixture->viewer), ==, 1);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "1 / 1");

  only = page_view (fixture, 0);
  texture = exemplar_page_view_get_texture (only);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 400);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 300);

  /* Zoom works on an image as on a page; at 100% a pixel is a pixel. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.zoom-actual", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (only)), ==, 400);
  width = gtk_widget_get_width (GTK_WIDGET (only));
  gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.zoom-in", NULL);
  exemplar_test_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (only)), >, width);

  g_assert_cmpstr (label_text (fixture, "zoom-level"), ==, "125%");

  /* There is no text in an image to find. */
  g_assert_false (gtk_widget_get_sensitive (button_with_tooltip (fixture, "Find in Document")));
}

static void
check_refused (Fixture    *fixture,
               const char *name)
{
  const char *error;

  load (fixture, name);

  /* A message in place, saying why, and nothing else. */
  error = exemplar_evidence_viewer_get_error (fixture->viewer);
  g_assert_nonnull (error);
  g_assert_true (exemplar_test_shows_text (fixture->viewer, "This File Cannot Be Shown"));
  g_assert_true (exemplar_test_shows_text (fixture->viewer, error));
  g_assert_cmpuint (exemplar_evidence_viewer_get_n_pages (fixture->viewer), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (button_with_tooltip (fixture, "Find in Document")));
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  check_refused (fixture, "truncated.pdf");
  g_assert_cmpstr (exemplar_evidence_viewer_get_error (fixture->viewer), ==,
                   "The PDF is damaged or is not a PDF file.");
}

static void
test_random (Fixture       *fixture,
             gconstpointer  data)
{
  check_refused (fixture, "random.pdf");
  g_assert_cmpstr (exemplar_evidence_viewer_get_error (fixture->viewer), ==,
                   "The PDF is damaged or is not a PDF file.");
}

static void
test_missing_then_good (Fixture       *fixture,
                        gconstpointer  data)
{
  check_refused (fixture, "vanished.pdf");

  /* The next file shows normally, without the old message. */
  load (fixture, "evidence.pdf");
  g_assert_null (exemplar_evidence_viewer_get_error (fixture->viewer));
  g_assert_false (exemplar_test_shows_text (fixture->viewer, "This File Cannot Be Shown"));
  g_assert_cmpuint (exemplar_evidence_viewer_get_n_pages (fixture->viewer), ==, N_PAGES);
}

/* Loading again before the first load finished shows the second file. */
static void
test_load_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixtures, "evidence.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);

  exemplar_evidence_viewer_load_file (fixture->viewer, file);
  load (fixture, "seal.png");
  exemplar_test_iterate (200);
  g_assert_cmpuint (exemplar_evidence_viewer_get_n_pages (fixture->viewer), ==, 1);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "1 / 1");
}

/* What a search hit across the campaign does: open the file at a page
 * with the words marked, asked for before the file has opened. */
static void
test_open_at_hit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixtures, "evidence.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  GArray *hits;

  exemplar_evidence_viewer_load_file (fixture->viewer, file);
  exemplar_evidence_viewer_set_page (fixture->viewer, 2);
  exemplar_evidence_viewer_find (fixture->viewer, "家庭教育");
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_viewer_get_loading (fixture->viewer));
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (label_text (fixture, "match-count"), "1 match") == 0);

  g_assert_cmpuint (exemplar_evidence_viewer_get_page (fixture->viewer), ==, 2);
  g_assert_cmpstr (label_text (fixture, "page-indicator"), ==, "3 / 5");
  hits = exemplar_page_view_get_hits (page_view (fixture, 2), NULL);
  g_assert_nonnull (hits);
  g_assert_cmpuint (hits->len, ==, 1);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_page_view_get_texture (page_view (fixture, 2)) != NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *pdf = NULL;
  g_autofree char *png = NULL;
  g_autofree char *truncated = NULL;
  g_autofree char *random = NULL;
  int ret;

  exemplar_test_gui_init (&argc, &argv, NULL);

  fixtures = exemplar_test_make_dir ("exemplar-viewer-XXXXXX", NULL, NULL);
  pdf = make_pdf ();
  png = make_png ();
  truncated = make_truncated (pdf);
  random = make_random ();

  g_test_add ("/gui/viewer/pdf-pages", Fixture, NULL, fixture_set_up, test_pdf_pages, fixture_tear_down);
  g_test_add ("/gui/viewer/pdf-zoom", Fixture, NULL, fixture_set_up, test_pdf_zoom, fixture_tear_down);
  g_test_add ("/gui/viewer/pdf-find", Fixture, NULL, fixture_set_up, test_pdf_find, fixture_tear_down);
  g_test_add ("/gui/viewer/pdf-thumbnails", Fixture, NULL, fixture_set_up, test_pdf_thumbnails, fixture_tear_down);
  g_test_add ("/gui/viewer/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/gui/viewer/truncated-pdf", Fixture, NULL, fixture_set_up, test_truncated, fixture_tear_down);
  g_test_add ("/gui/viewer/random-bytes", Fixture, NULL, fixture_set_up, test_random, fixture_tear_down);
  g_test_add ("/gui/viewer/missing-then-good", Fixture, NULL, fixture_set_up, test_missing_then_good, fixture_tear_down);
  g_test_add ("/gui/viewer/open-at-hit", Fixture, NULL, fixture_set_up, test_open_at_hit, fixture_tear_down);
  g_test_add ("/gui/viewer/load-twice", Fixture, NULL, fixture_set_up, test_load_twice, fixture_tear_down);

  ret = g_test_run ();

  exemplar_test_clear_dir (&fixtures, NULL);

  return ret;
}
