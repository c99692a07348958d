/* bench-evidence.c: evidence import and search, beside their floors.
 *
 * - Importing EXEMPLAR_BENCH_MB megabytes of PDFs (default 1024), made here
 *   with cairo, next to sha256sum over the same files.
 * - Searching EXEMPLAR_BENCH_PAGES pages of Chinese text (default 50000):
 *   median and worst latency of 50 queries.
 *
 * Run with `meson test --benchmark`. It prints numbers, it asserts none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-rubric.h"
#include "exemplar-search.h"

static const char *phrases[] = {
  "家庭教育指导服务站", "强制报告制度", "未成年人保护工作站", "困境儿童分类保障", "校园周边环境治理",
  "网吧违规接纳未成年人", "监护评估", "儿童督导员", "儿童主任", "法治宣传教育", "观护帮教",
  "心理健康服务", "暑期托管服务", "社区儿童之家", "临时监护", "家庭暴力", "学生欺凌防治",
};

/* A PDF of about @megabytes, its pages noise images that do not compress. */
static void
draw_heavy_pdf (const char *path,
                guint       megabytes,
                guint32     seed)
{
  cairo_surface_t *pdf = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (pdf);
  guint pages = MAX (1, megabytes / 4);
  GRand *rand = g_rand_new_with_seed (seed);

  for (guint p = 0; p < pages; p++)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1024, 1024);
      guint32 *data = (guint32 *) cairo_image_surface_get_data (image);

      for (guint i = 0; i < 1024 * 1024; i++)
        data[i] = g_rand_int (rand);
      cairo_surface_mark_dirty (image);
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (image);
      cairo_show_page (cr);
    }

  g_rand_free (rand);
  cairo_destroy (cr);
  cairo_surface_destroy (pdf);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
bench_import (const char *dir,
              guint       total_mb)
{
  g_autofree char *path = g_build_filename (dir, "import.exemplar", NULL);
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GString) command = g_string_new ("sha256sum");
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration;
  guint per_file = 48;
  guint n_files = MAX (1, total_mb / per_file);
  gint64 t0, t1, bytes = 0;
  int status;

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("heavy-%03u.pdf", i);
      g_autofree char *file = g_build_filename (dir, name, NULL);
      GStatBuf st;

      draw_heavy_pdf (file, per_file, i + 1);
      g_stat (file, &st);
      bytes += st.st_size;
      g_ptr_array_add (files, g_file_new_for_path (file));
      g_string_append_printf (command, " '%s'", file);
    }

  /* The floor: reading and hashing the same bytes, nothing else. */
  t0 = g_get_monotonic_time ();
  {
    g_autofree char *out = NULL;
    g_spawn_command_line_sync (command->str, &out, NULL, &status, &error);
  }
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_print ("sha256sum over %u files, %.0f MB: %.2f s\n", n_files, bytes / 1e6, (t1 - t0) / 1e6);

  campaign = exemplar_campaign_new_from_template (path, "changning-2023", &error);
  g_assert_no_error (error);
  exemplar_campaign_set_today (campaign, "2023-04-20");
  declaration = exemplar_campaign_find_declaration (campaign, "310105001");

  t0 = g_get_monotonic_time ();
  results = exemplar_declaration_import_evidence (declaration, NULL, "evidence",
                                                  (GFile **) files->pdata, files->len, NULL, &error);
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpint (((ExemplarImportResult *) g_ptr_array_index (results, i))->status, ==,
                     EXEMPLAR_IMPORT_STORED);
  g_print ("exemplar import of the same files: %.2f s (%.0f MB/s)\n",
           (t1 - t0) / 1e6, bytes / 1e6 / ((t1 - t0) / 1e6));

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *file = g_file_get_path (g_ptr_array_index (files, i));
      g_unlink (file);
    }
}

static void
bench_search (const char *dir,
              guint       n_pages)
{
  g_autofree char *path = g_build_filename (dir, "search.exemplar", NULL);
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  GRand *rand = g_rand_new_with_seed (7);
  sqlite3 *db;
  sqlite3_stmt *insert;
  gint64 t0, t1;

  campaign = exemplar_campaign_new_from_template (path, "changning-2023", &error);
  g_assert_no_error (error);
  db = exemplar_database_get_handle (exemplar_campaign_get_database (campaign));

  /* Page text goes straight into the index: the import path is measured
   * above, here only the search is. 100 files of n_pages / 100 pages. */
  t0 = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (guint f = 0; f < 100; f++)
    {
      g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) &f, sizeof f);
      g_autofree char *sql = g_strdup_printf ("INSERT INTO blob VALUES ('%s', 1, 'application/pdf', x'00');"
                                              "INSERT INTO evidence (application_id, sha256, title, original_name, "
                                              "pages, added_at) VALUES (%u, '%s', 'f%u', 'f%u.pdf', %u, 'now');",
                                              sha, f % 10 + 1, sha, f, f, n_pages / 100);
      sqlite3_exec (db, sql, NULL, NULL, NULL);
      sqlite3_prepare_v2 (db, "INSERT INTO evidence_text (text, sha256, page) VALUES (?, ?, ?)", -1, &insert, NULL);
      for (guint p = 1; p <= n_pages / 100; p++)
        {
          g_autoptr(GString) text = g_string_new (NULL);

          /* About 600 characters a page, as a page of a work report. */
          for (guint k = 0; k < 50; k++)
            {
              g_string_append (text, phrases[g_rand_int_range (rand, 0, G_N_ELEMENTS (phrases))]);
              g_string_append_printf (text, "%u年度工作", 2020 + g_rand_int_range (rand, 0, 4));
            }
          sqlite3_bind_text (insert, 1, text->str, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (insert, 2, sha, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (insert, 3, (int) p);
          sqlite3_step (insert);
          sqlite3_reset (insert);
        }
      sqlite3_finalize (insert);
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  t1 = g_get_monotonic_time ();
  g_print ("indexed %u pages of Chinese text in %.1f s\n", n_pages, (t1 - t0) / 1e6);

  for (guint q = 0; q < 50; q++)
    {
      g_autoptr(GPtrArray) hits = NULL;
      const char *phrase = phrases[q % G_N_ELEMENTS (phrases)];
      g_autofree char *query = q % 5 == 4 ? g_utf8_substring (phrase, 0, 2) : g_strdup (phrase);
      double ms;

      t0 = g_get_monotonic_time ();
      hits = exemplar_campaign_search (campaign, query, 200, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("search over %u pages, 50 queries of common words (200 hits max): median %.1f ms, worst %.1f ms\n",
           n_pages, g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len - 1));

  /* Words on no page: three characters or more use the trigram index; two
   * characters must read every page. */
  {
    const char *rare[] = { "海洋生物保护", "鲸鱼" };

    for (guint q = 0; q < G_N_ELEMENTS (rare); q++)
      {
        g_autoptr(GPtrArray) hits = NULL;

        t0 = g_get_monotonic_time ();
        hits = exemplar_campaign_search (campaign, rare[q], 200, &error);
        t1 = g_get_monotonic_time ();
        g_assert_no_error (error);
        g_print ("search for a word on no page (%u characters): %.1f ms\n",
                 (guint) g_utf8_strlen (rare[q], -1), (t1 - t0) / 1000.0);
      }
  }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-bench-XXXXXX", &error);
  const char *mb = g_getenv ("EXEMPLAR_BENCH_MB");
  const char *pages = g_getenv ("EXEMPLAR_BENCH_PAGES");

  g_assert_no_error (error);
  bench_search (dir, pages ? (guint) atoi (pages) : 50000);
  bench_import (dir, mb ? (guint) atoi (mb) : 1024);

  {
    g_autofree char *remove = g_strdup_printf ("rm -rf '%s'", dir);
    g_spawn_command_line_sync (remove, NULL, NULL, NULL, NULL);
  }
  return 0;
}
