/* test-document.c: a formal document (公文) laid out on A4, written as PDF
 * and read back with poppler, drawn on an image, and written as HTML.
 * Headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "exemplar-document.h"
#include "exemplar-error.h"

#include "exemplar-test-util.h"

#define TITLE     "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示"
#define NUMBER    "长未保办〔2024〕5号"
#define ENTRY_1   "1. 新泾镇"
#define ENTRY_2   "2. 华阳路街道"
#define ENTRY_3   "3. 程家桥街道"
#define ISSUER    "上海市长宁区未成年人保护委员会办公室"
#define DATE      "2024年4月26日"
#define STAMP     "已结束"
/* The long paragraph begins and ends with words found nowhere else. */
#define LONG_HEAD "公示期间"
#define LONG_TAIL "特此公示。"

typedef struct
{
  char *dir;
  char *path;
  char *long_paragraph;
} Fixture;

static char *
make_long_paragraph (void)
{
  GString *text = g_string_new (LONG_HEAD);

  /* About forty lines of sixteen-point text (28 characters a line): more
   * than one page holds, ending well above the foot of the last page. */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (text, "，任何单位和个人如对拟命名单位有异议，可在第%u个工作日内以书面形式实名反映", i + 1);
  g_string_append (text, "。" LONG_TAIL);

  return g_string_free (text, FALSE);
}

static ExemplarDocument *
make_document (Fixture    *fixture,
               const char *extra_paragraph)
{
  ExemplarDocument *document = exemplar_document_new ();

  exemplar_document_add (document, EXEMPLAR_BLOCK_TITLE, TITLE);
  exemplar_document_add (document, EXEMPLAR_BLOCK_NUMBER, NUMBER);
  exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH,
                         "根据《关于创建未成年人保护示范街镇的通知》要求，经评估和审议，"
                         "现将拟命名单位名单予以公示：");
  exemplar_document_add (document, EXEMPLAR_BLOCK_ENTRY, ENTRY_1);
  exemplar_document_add (document, EXEMPLAR_BLOCK_ENTRY, ENTRY_2);
  exemplar_document_add (document, EXEMPLAR_BLOCK_ENTRY, ENTRY_3);
  if (extra_paragraph != NULL)
    exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, extra_paragraph);
  exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, fixture->long_paragraph);
  exemplar_document_add (document, EXEMPLAR_BLOCK_SIGNATURE, ISSUER);
  exemplar_document_add (document, EXEMPLAR_BLOCK_DATE, DATE);

  return document;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = exemplar_test_make_dir ("test-document-XXXXXX", "notice.pdf", &fixture->path);
  fixture->long_paragraph = make_long_paragraph ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_free (fixture->long_paragraph);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* The text of each page, as poppler reads it. */
static GPtrArray *
read_pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double width = 0, height = 0;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (fabs (width - 595.28), <, 1);
      g_assert_cmpfloat (fabs (height - 841.89), <, 1);
      g_ptr_array_add (pages, poppler_page_get_text (page));
      g_object_unref (page);
    }
  g_object_unref (document);

  return pages;
}

/* @text without white space: justified lines and line breaks put spaces
 * and newlines into what poppler reads. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gssize
find (const char *haystack,
      const char *needle)
{
  const char *at = strstr (haystack, needle);

  return at != NULL ? at - haystack : -1;
}

static void
assert_no_temporary_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, "."));
}

static void
test_document_blocks (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  g_autofree char *text = exemplar_document_dup_text (document);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (exemplar_document_get_n_blocks (document), ==, 9);
  g_assert_cmpint (exemplar_document_get_block_kind (document, 0), ==, EXEMPLAR_BLOCK_TITLE);
  g_assert_cmpint (exemplar_document_get_block_kind (document, 3), ==, EXEMPLAR_BLOCK_ENTRY);
  g_assert_cmpstr (exemplar_document_get_block_text (document, 3), ==, ENTRY_1);
  g_assert_cmpint (exemplar_document_get_block_kind (document, 8), ==, EXEMPLAR_BLOCK_DATE);

  /* One block a line, in order. */
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  g_assert_cmpstr (lines[0], ==, TITLE);
  g_assert_cmpstr (lines[1], ==, NUMBER);
  g_assert_cmpstr (lines[3], ==, ENTRY_1);
  g_assert_cmpstr (lines[4], ==, ENTRY_2);
  g_assert_cmpstr (lines[5], ==, ENTRY_3);
  g_assert_cmpstr (lines[6], ==, fixture->long_paragraph);
  g_assert_cmpstr (lines[7], ==, ISSUER);
  g_assert_cmpstr (lines[8], ==, DATE);
  g_assert_cmpstr (lines[9], ==, "");

  g_assert_null (exemplar_document_get_stamp (document));
  exemplar_document_set_stamp (document, STAMP);
  g_assert_cmpstr (exemplar_document_get_stamp (document), ==, STAMP);
  exemplar_document_set_stamp (document, NULL);
  g_assert_null (exemplar_document_get_stamp (document));
}

static void
test_document_pdf (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *all = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *long_paragraph = squeeze (fixture->long_paragraph);
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_true (exemplar_document_write_pdf (document, fixture->path, &error));
  g_assert_no_error (error);
  assert_no_temporary_files (fixture->dir);

  pages = read_pdf_pages (fixture->path);
  g_assert_cmpuint (pages->len, >=, 2);
  g_assert_cmpuint (pages->len, ==, exemplar_document_get_n_pages (document));

  first = squeeze (g_ptr_array_index (pages, 0));
  last = squeeze (g_ptr_array_index (pages, pages->len - 1));

  /* The first page: the title, the number, the list in order, and the
   * start of the long paragraph, whose end is on the last page with the
   * issuer and the date. */
  g_assert_cmpint (find (first, TITLE), ==, 0);
  g_assert_cmpint (find (first, TITLE), <, find (first, NUMBER));
  g_assert_cmpint (find (first, NUMBER), <, find (first, "1.新泾镇"));
  g_assert_cmpint (find (first, "1.新泾镇"), <, find (first, "2.华阳路街道"));
  g_assert_cmpint (find (first, "2.华阳路街道"), <, find (first, "3.程家桥街道"));
  g_assert_cmpint (find (first, "3.程家桥街道"), <, find (first, LONG_HEAD));
  g_assert_cmpint (find (first, LONG_TAIL), ==, -1);
  g_assert_cmpint (find (first, ISSUER), ==, -1);

  g_assert_cmpint (find (last, LONG_TAIL), >=, 0);
  g_assert_cmpint (find (last, LONG_TAIL), <, find (last, ISSUER));
  g_assert_cmpint (find (last, ISSUER), <, find (last, DATE));
  g_assert_cmpint (find (last, TITLE), ==, -1);

  /* Nothing is lost at a page break: the long paragraph reads whole
   * across the pages. */
  for (guint i = 0; i < pages->len; i++)
    g_string_append (joined, g_ptr_array_index (pages, i));
  all = squeeze (joined->str);
  g_assert_cmpint (find (all, long_paragraph), >, 0);
  expected = squeeze ("长未保办〔2024〕5号");
  g_assert_cmpint (find (all, expected), >, 0);

  /* No stamp unless set. */
  g_assert_cmpint (find (all, STAMP), ==, -1);
}

static void
test_document_pdf_fonts (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  PopplerDocument *pdf;
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  g_assert_true (exemplar_document_write_pdf (document, fixture->path, &error));
  g_assert_no_error (error);

  uri = g_filename_to_uri (fixture->path, NULL, NULL);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  /* Every font is in the file, so the notice prints the same anywhere. */
  info = poppler_font_info_new (pdf);
  while (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s, embedded %d", poppler_fonts_iter_get_name (iter),
                          poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);
  g_object_unref (pdf);

  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_document_stamp (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  guint n_pages = exemplar_document_get_n_pages (document);

  exemplar_document_set_stamp (document, STAMP);
  /* The stamp sits in the top margin: the pages stay as they were. */
  g_assert_cmpuint (exemplar_document_get_n_pages (document), ==, n_pages);

  g_assert_true (exemplar_document_write_pdf (document, fixture->path, &error));
  g_assert_no_error (error);

  pages = read_pdf_pages (fixture->path);
  g_assert_cmpuint (pages->len, ==, n_pages);
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *text = squeeze (g_ptr_array_index (pages, i));

      g_assert_cmpint (find (text, STAMP), >=, 0);
    }
}

/* The fraction of pixels in @rect that are red, and that are dark. */
static void
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1,
           double          *red,
           double          *dark)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n_red = 0, n_dark = 0, n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        n++;
        if (r > 150 && g < 100 && b < 100)
          n_red++;
        else if (r < 100 && g < 100 && b < 100)
          n_dark++;
      }

  *red = (double) n_red / n;
  *dark = (double) n_dark / n;
}

static void
test_document_draw_page (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  /* Half size: the drawing scales to the width asked for. */
  int width = 298, height = 421;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  double red, dark;

  exemplar_document_set_stamp (document, STAMP);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  exemplar_document_draw_page (document, cr, 0, width);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The title in black across the top of the text. */
  count_ink (surface, 40, 50, 260, 70, &red, &dark);
  g_assert_cmpfloat (dark, >, 0.02);
  g_assert_cmpfloat (red, ==, 0);
  /* The stamp in red at the top right, above the text. */
  count_ink (surface, 180, 0, 285, 50, &red, &dark);
  g_assert_cmpfloat (red, >, 0.02);
  /* Nothing in the bottom margin. */
  count_ink (surface, 0, 400, width, height, &red, &dark);
  g_assert_cmpfloat (red + dark, ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_document_pages_cached (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  guint n_pages = exemplar_document_get_n_pages (document);

  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (exemplar_document_get_n_pages (document), ==, n_pages);

  /* Adding text lays the document out again. */
  for (guint i = 0; i < 3; i++)
    exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, fixture->long_paragraph);
  g_assert_cmpuint (exemplar_document_get_n_pages (document), >, n_pages + 1);

  /* An empty document is one blank page. */
  g_clear_object (&document);
  document = exemplar_document_new ();
  g_assert_cmpuint (exemplar_document_get_n_pages (document), ==, 1);
}

static void
test_document_pdf_error (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "notice.pdf", NULL);
  g_autofree char *html_path = g_build_filename (missing, "notice.html", NULL);

  g_assert_false (exemplar_document_write_pdf (document, path, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "notice.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (exemplar_document_write_html (document, html_path, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "notice.html"));
  g_assert_false (g_file_test (html_path, G_FILE_TEST_EXISTS));
  assert_no_temporary_files (fixture->dir);
}

static void
test_document_html (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(ExemplarDocument) document = make_document (fixture, "联系人：<script>alert(\"x\")</script> & 张三");
  g_autofree char *html = exemplar_document_to_html (document);
  g_autofree char *html_path = g_build_filename (fixture->dir, "notice.html", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  gssize list;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<title>" TITLE "</title>"));
  g_assert_nonnull (strstr (html, "<h1>" TITLE "</h1>"));

  /* Text is text, never markup. */
  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 张三"));

  /* The list, in order, in one list. */
  list = find (html, "<ol");
  g_assert_cmpint (list, >, 0);
  g_assert_cmpint (list, <, find (html, "<li>" ENTRY_1 "</li>"));
  g_assert_cmpint (find (html, ENTRY_1), <, find (html, ENTRY_2));
  g_assert_cmpint (find (html, ENTRY_2), <, find (html, ENTRY_3));
  g_assert_cmpint (find (html, ENTRY_3), <, find (html, "</ol>"));
  g_assert_null (strstr (html + list + 1, "<ol"));
  g_assert_cmpint (find (html, "</ol>"), <, find (html, ISSUER));
  g_assert_cmpint (find (html, ISSUER), <, find (html, DATE));
  g_assert_nonnull (strstr (html, "text-indent: 2em"));
  g_assert_nonnull (strstr (html, fixture->long_paragraph));
  g_assert_null (strstr (html, "class=\"stamp\""));

  exemplar_document_set_stamp (document, STAMP);
  g_clear_pointer (&html, g_free);
  html = exemplar_document_to_html (document);
  g_assert_nonnull (strstr (html, "<div class=\"stamp\">" STAMP "</div>"));

  g_assert_true (exemplar_document_write_html (document, html_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &written, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, html);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/document/blocks", Fixture, NULL, fixture_set_up, test_document_blocks, fixture_tear_down);
  g_test_add ("/document/pdf", Fixture, NULL, fixture_set_up, test_document_pdf, fixture_tear_down);
  g_test_add ("/document/pdf-fonts", Fixture, NULL, fixture_set_up, test_document_pdf_fonts, fixture_tear_down);
  g_test_add ("/document/stamp", Fixture, NULL, fixture_set_up, test_document_stamp, fixture_tear_down);
  g_test_add ("/document/draw-page", Fixture, NULL, fixture_set_up, test_document_draw_page, fixture_tear_down);
  g_test_add ("/document/pages-cached", Fixture, NULL, fixture_set_up, test_document_pages_cached, fixture_tear_down);
  g_test_add ("/document/pdf-error", Fixture, NULL, fixture_set_up, test_document_pdf_error, fixture_tear_down);
  g_test_add ("/document/html", Fixture, NULL, fixture_set_up, test_document_html, fixture_tear_down);

  return g_test_run ();
}
