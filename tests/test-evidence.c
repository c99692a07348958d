/* test-evidence.c: evidence import, storage, search. Fixtures are drawn
 * with cairo and pango at test time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evidence.h"
#include "exemplar-rubric.h"
#include "exemplar-search.h"

#include "exemplar-test-util.h"

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
  ExemplarDeclaration *declaration;
  ExemplarIndicator   *leaf;
} Fixture;

static char *
fixture_file (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* A PDF of @n_pages A4 pages; page @chinese_page (1-based) carries
 * Chinese text, every page an English line with its number. */
static void
draw_pdf (const char *path,
          guint       n_pages,
          guint       chinese_page,
          const char *chinese)
{
  exemplar_test_draw_pdf (path, "Guardian report page", n_pages, chinese_page, chinese);
}

static void
draw_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 48);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* A PDF whose standard security handler wants a user password that is not
 * empty: poppler refuses to open it without one. */
static void
write_encrypted_pdf (const char *path)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  gsize offsets[4];
  gsize xref;

  offsets[1] = pdf->len;
  g_string_append (pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
  offsets[3] = pdf->len;
  g_string_append (pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n");
  xref = pdf->len;
  g_string_append (pdf, "xref\n0 4\n0000000000 65535 f \n");
  for (guint i = 1; i < 4; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append (pdf,
                   "trailer << /Size 4 /Root 1 0 R /ID [<0123456789abcdef0123456789abcdef>"
                   "<0123456789abcdef0123456789abcdef>] /Encrypt << /Filter /Standard /V 1 /R 2 "
                   "/O <1111111111111111111111111111111111111111111111111111111111111111> "
                   "/U <2222222222222222222222222222222222222222222222222222222222222222> "
                   "/P -4 >> >>\n");
  g_string_append_printf (pdf, "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);

  g_assert_true (g_file_set_contents (path, pdf->str, (gssize) pdf->len, NULL));
  g_string_free (pdf, TRUE);
}

/* A file with no local path, as GVfs gives for a network share: it says
 * what it is and can be read, but cannot be handed to another program by
 * path. It stands in front of a local file. */
G_DECLARE_FINAL_TYPE (RemoteFile, remote_file, TEST, REMOTE_FILE, GObject)

struct _RemoteFile
{
  GObject  parent_instance;
  GFile   *local;
};

static void remote_file_iface_init (GFileIface *iface);

G_DEFINE_TYPE_WITH_CODE (RemoteFile, remote_file, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_FILE, remote_file_iface_init))

static GFile *
remote_file_new (const char *path)
{
  RemoteFile *self = g_object_new (remote_file_get_type (), NULL);

  self->local = g_file_new_for_path (path);
  return G_FILE (self);
}

static void
remote_file_finalize (GObject *object)
{
  g_clear_object (&TEST_REMOTE_FILE (object)->local);
  G_OBJECT_CLASS (remote_file_parent_class)->finalize (object);
}

static void
remote_file_class_init (RemoteFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = remote_file_finalize;
}

static void
remote_file_init (RemoteFile *self)
{
}

static GFile *
remote_file_dup (GFile *file)
{
  g_autofree char *path = g_file_get_path (TEST_REMOTE_FILE (file)->local);

  return remote_file_new (path);
}

static guint
remote_file_hash (GFile *file)
{
  return g_file_hash (TEST_REMOTE_FILE (file)->local);
}

static gboolean
remote_file_equal (GFile *file1,
                   GFile *file2)
{
  return TEST_IS_REMOTE_FILE (file2) &&
         g_file_equal (TEST_REMOTE_FILE (file1)->local, TEST_REMOTE_FILE (file2)->local);
}

static gboolean
remote_file_is_native (GFile *file)
{
  return FALSE;
}

static char *
remote_file_get_basename (GFile *file)
{
  return g_file_get_basename (TEST_REMOTE_FILE (file)->local);
}

static char *
remote_file_get_path (GFile *file)
{
  return NULL;
}

static char *
remote_file_get_uri (GFile *file)
{
  g_autofree char *name = g_file_get_basename (TEST_REMOTE_FILE (file)->local);

  return g_strconcat ("remote://example.invalid/", name, NULL);
}

static GFileInfo *
remote_file_query_info (GFile                *file,
                        const char           *attributes,
                        GFileQueryInfoFlags   flags,
                        GCancellable         *cancellable,
                        GError              **error)
{
  return g_file_query_info (TEST_REMOTE_FILE (file)->local, attributes, flags, cancellable, error);
}

static GFileInputStream *
remote_file_read (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return g_file_read (TEST_REMOTE_FILE (file)->local, cancellable, error);
}

static void
remote_file_iface_init (GFileIface *iface)
{
  iface->dup = remote_file_dup;
  iface->hash = remote_file_hash;
  iface->equal = remote_file_equal;
  iface->is_native = remote_file_is_native;
  iface->get_basename = remote_file_get_basename;
  iface->get_path = remote_file_get_path;
  iface->get_uri = remote_file_get_uri;
  iface->get_parse_name = remote_file_get_uri;
  iface->query_info = remote_file_query_info;
  iface->read_fn = remote_file_read;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-evidence-XXXXXX", "campaign.exemplar", &fixture->path);
  /* Inside the declaration period, so the application may take evidence. */
  fixture->campaign = exemplar_test_campaign_new (fixture->path, "2023-04-20");
  fixture->declaration = exemplar_test_find_declaration (fixture->campaign, "310105006");
  fixture->leaf = exemplar_test_find_indicator (fixture->campaign, "3.1.1");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static gint64
count_rows (Fixture    *fixture,
            const char *sql)
{
  return exemplar_test_query_int (fixture->campaign, sql);
}

static GPtrArray *
import_paths (Fixture            *fixture,
              ExemplarIndicator  *leaf,
              const char * const *names,
              GError            **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = fixture_file (fixture, names[i]);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  return exemplar_declaration_import_evidence (fixture->declaration, leaf, "evidence",
                                               (GFile **) files->pdata, files->len, NULL, error);
}

static ExemplarImportResult *
result_at (GPtrArray *results,
           guint      i)
{
  return g_ptr_array_index (results, i);
}

static void
test_import_and_dedupe (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *pdf = fixture_file (fixture, "家庭教育台账.pdf");
  g_autofree char *contents = NULL;
  g_autofree char *expected_sha = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "家庭教育台账.pdf", NULL };
  ExemplarIndicator *other = exemplar_rubric_find (exemplar_campaign_get_rubric (fixture->campaign), "3.1.2");
  gsize length;

  draw_pdf (pdf, 3, 2, "家庭教育指导服务站全年开展活动二十四场");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  expected_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  first = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpint (result_at (first, 0)->status, ==, EXEMPLAR_IMPORT_STORED);
  g_assert_cmpstr (result_at (first, 0)->sha256, ==, expected_sha);
  g_assert_cmpuint (result_at (first, 0)->pages, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (fixture->declaration)), ==, 1);
  g_assert_cmpuint (exemplar_declaration_count_evidence (fixture->declaration, fixture->leaf), ==, 1);
  /* Attaching is the first step of an application, as typing is. */
  g_assert_cmpint (exemplar_declaration_get_state (fixture->declaration), ==, EXEMPLAR_STATE_DRAFT);

  /* The same file on the same item again changes nothing. */
  again = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (again, 0)->status, ==, EXEMPLAR_IMPORT_DUPLICATE);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (fixture->declaration)), ==, 1);

  /* On another item it is attached, and still stored once. */
  elsewhere = import_paths (fixture, other, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (elsewhere, 0)->status, ==, EXEMPLAR_IMPORT_DUPLICATE);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (fixture->declaration)), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM blob"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence_text"), ==, 3);
}

static void
test_exact_bytes_back (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *pdf = fixture_file (fixture, "report.pdf");
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarEvidence) evidence = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  const char *names[] = { "report.pdf", NULL };
  guint8 head[5];
  gsize length;

  draw_pdf (pdf, 40, 7, "困境儿童分类保障");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));

  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (results, 0)->status, ==, EXEMPLAR_IMPORT_STORED);

  evidence = g_list_model_get_item (exemplar_declaration_get_evidence (fixture->declaration), 0);
  g_assert_cmpstr (exemplar_evidence_get_title (evidence), ==, "report");
  g_assert_cmpstr (exemplar_evidence_get_original_name (evidence), ==, "report.pdf");
  g_assert_cmpstr (exemplar_evidence_get_media_type (evidence), ==, "application/pdf");
  g_assert_cmpuint (exemplar_evidence_get_pages (evidence), ==, 40);
  g_assert_cmpint (exemplar_evidence_get_size (evidence), ==, (goffset) length);

  stream = exemplar_evidence_open_stream (evidence, fixture->path, &error);
  g_assert_no_error (error);
  g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);

  /* The viewer seeks; so does poppler. */
  g_clear_object (&stream);
  stream = exemplar_evidence_open_stream (evidence, fixture->path, &error);
  g_assert_true (g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, &error));
  g_assert_cmpint (g_input_stream_read (stream, head, sizeof head, NULL, &error), ==, 5);
  g_assert_cmpmem (head, 5, "%PDF-", 5);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *good = fixture_file (fixture, "good.pdf");
  g_autofree char *truncated = fixture_file (fixture, "truncated.pdf");
  g_autofree char *random = fixture_file (fixture, "random.pdf");
  g_autofree char *empty = fixture_file (fixture, "empty.pdf");
  g_autofree char *png = fixture_file (fixture, "photo.png");
  g_autofree char *png_as_pdf = fixture_file (fixture, "photo-renamed.pdf");
  g_autofree char *encrypted = fixture_file (fixture, "locked.pdf");
  g_autofree char *text = fixture_file (fixture, "notes.txt");
  g_autofree char *broken_png = fixture_file (fixture, "scan-broken.png");
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "truncated.pdf", "random.pdf", "good.pdf", "empty.pdf", "photo-renamed.pdf",
                          "locked.pdf", "gone.pdf", "notes.txt", "photo.png", "scan-broken.png", NULL };
  guint8 noise[4096];
  gsize length;

  draw_pdf (good, 2, 1, "未成年人保护工作站");
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, (gssize) (length * 2 / 3), NULL));
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int ();
  noise[0] = 'x';
  g_assert_true (g_file_set_contents (random, (const char *) noise, sizeof noise, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  draw_png (png);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (png_as_pdf, contents, (gssize) length, NULL));
  /* A PNG whose signature and end are whole but whose image data is not:
   * only decoding it shows. */
  for (gsize i = 40; i + 16 < length; i++)
    contents[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (broken_png, contents, (gssize) length, NULL));
  write_encrypted_pdf (encrypted);
  g_assert_true (g_file_set_contents (text, "监护评估记录", -1, NULL));

  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 10);

  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = result_at (results, i);
      g_autofree char *name = g_path_get_basename (result->path);

      if (g_str_equal (name, "good.pdf") || g_str_equal (name, "photo.png"))
        {
          g_assert_cmpint (result->status, ==, EXEMPLAR_IMPORT_STORED);
          g_assert_null (result->message);
          continue;
        }

      g_assert_cmpint (result->status, ==, EXEMPLAR_IMPORT_FAILED);
      g_assert_nonnull (result->message);
      /* Every message names its file. */
      g_assert_nonnull (strstr (result->message, name));
      if (g_str_equal (name, "locked.pdf"))
        g_assert_nonnull (strstr (result->message, "password"));
      if (g_str_equal (name, "empty.pdf"))
        g_assert_nonnull (strstr (result->message, "empty"));
      if (g_str_equal (name, "photo-renamed.pdf"))
        g_assert_nonnull (strstr (result->message, "PNG"));
      if (g_str_equal (name, "scan-broken.png"))
        g_assert_nonnull (strstr (result->message, "cannot be read as an image"));
    }

  /* Only the two good files left anything behind. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM blob"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence_text"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (fixture->declaration)), ==, 2);
  g_assert_true (exemplar_campaign_check (fixture->campaign, NULL));
}

/* A file whose reader crashes, hangs or answers nonsense is refused with a
 * message that names it; the import, this process and the other files go
 * on, and nothing of the refused files is stored. */
static void
test_reader_failures (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *fake = g_test_build_filename (G_TEST_BUILT, "fake-evidence-probe", NULL);
  g_autofree char *real = g_strdup (g_getenv ("EXEMPLAR_EVIDENCE_PROBE"));
  const char *names[] = { "crash.pdf", "good.pdf", "hang.pdf", "garbage.png", "photo.png", NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_assert_nonnull (real);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = fixture_file (fixture, names[i]);

      if (g_str_has_suffix (path, ".png"))
        draw_png (path);
      else
        draw_pdf (path, 2, 2, "强制报告制度");
    }

  g_setenv ("EXEMPLAR_REAL_EVIDENCE_PROBE", real, TRUE);
  g_setenv ("EXEMPLAR_EVIDENCE_PROBE", fake, TRUE);
  g_setenv ("EXEMPLAR_PROBE_TIMEOUT", "2", TRUE);
  start = g_get_monotonic_time ();
  results = import_paths (fixture, fixture->leaf, names, &error);
  g_setenv ("EXEMPLAR_EVIDENCE_PROBE", real, TRUE);
  g_unsetenv ("EXEMPLAR_PROBE_TIMEOUT");
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 5);

  /* The hung reader was given up, not waited for. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_USEC_PER_SEC);

  g_assert_cmpint (result_at (results, 0)->status, ==, EXEMPLAR_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 0)->message, "“crash.pdf” crashed the reader"));
  g_assert_cmpint (result_at (results, 1)->status, ==, EXEMPLAR_IMPORT_STORED);
  g_assert_cmpuint (result_at (results, 1)->pages, ==, 2);
  g_assert_cmpint (result_at (results, 2)->status, ==, EXEMPLAR_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 2)->message, "“hang.pdf” took longer than 2 seconds"));
  g_assert_cmpint (result_at (results, 3)->status, ==, EXEMPLAR_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 3)->message, "garbage.png"));
  g_assert_cmpint (result_at (results, 4)->status, ==, EXEMPLAR_IMPORT_STORED);

  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM blob"), ==, 2);
  /* The good PDF's text came back from the reader into the index. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence_text "
                                        "WHERE evidence_text MATCH '强制报告'"), ==, 1);
  g_assert_true (exemplar_campaign_check (fixture->campaign, NULL));
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *png = fixture_file (fixture, "scan-big.png");
  g_autofree char *pdf = fixture_file (fixture, "small.pdf");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "scan-big.png", "small.pdf", NULL };
  const gint64 mb = 1024 * 1024;

  exemplar_test_draw_noise_png (png);
  draw_pdf (pdf, 2, 1, "超过大小限制");

  g_assert_cmpint (exemplar_campaign_get_evidence_size_limit (fixture->campaign), ==, 200 * mb);

  /* Out of bounds: refused, and the limit stays. */
  g_assert_false (exemplar_campaign_set_evidence_size_limit (fixture->campaign, 0, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_campaign_set_evidence_size_limit (fixture->campaign, 901 * mb, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_campaign_get_evidence_size_limit (fixture->campaign), ==, 200 * mb);

  g_assert_true (exemplar_campaign_set_evidence_size_limit (fixture->campaign, 1 * mb, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_campaign_get_evidence_size_limit (fixture->campaign), ==, 1 * mb);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit "
                                        "WHERE action = 'campaign.evidence-limit'"), ==, 1);

  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (results, 0)->status, ==, EXEMPLAR_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 0)->message, "“scan-big.png” is larger than the limit of 1 MB"));
  g_assert_cmpint (result_at (results, 1)->status, ==, EXEMPLAR_IMPORT_STORED);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM blob"), ==, 1);

  /* A higher limit takes the file. */
  g_assert_true (exemplar_campaign_set_evidence_size_limit (fixture->campaign, 3 * mb, &error));
  g_clear_pointer (&results, g_ptr_array_unref);
  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (results, 0)->status, ==, EXEMPLAR_IMPORT_STORED);
}

static void
test_search_finds_chinese (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *pdf = fixture_file (fixture, "ledger.pdf");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "ledger.pdf", NULL };
  ExemplarSearchHit *hit;

  draw_pdf (pdf, 5, 4, "强制报告制度落实情况台账");
  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);

  hits = exemplar_campaign_search (fixture->campaign, "强制报告", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpuint (hit->page, ==, 4);
  g_assert_cmpstr (hit->unit_code, ==, "310105006");
  g_assert_cmpstr (hit->unit_name, ==, "天山路街道");
  g_assert_cmpstr (hit->indicator_code, ==, "3.1.1");
  g_assert_cmpstr (hit->title, ==, "ledger");
  g_assert_nonnull (strstr (hit->snippet, "\x02强制报告\x03"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Two characters: shorter than a trigram. */
  hits = exemplar_campaign_search (fixture->campaign, "台账", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpuint (((ExemplarSearchHit *) g_ptr_array_index (hits, 0))->page, ==, 4);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* English, any case, on every page. */
  hits = exemplar_campaign_search (fixture->campaign, "guardian REPORT", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 5);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = exemplar_campaign_search (fixture->campaign, "不存在的词语", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Characters that mean something to FTS or LIKE are just text. */
  hits = exemplar_campaign_search (fixture->campaign, "\"%_*", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GPtrArray *
search_on_worker (Fixture       *fixture,
                  const char    *query,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  exemplar_campaign_search_async (fixture->campaign, query, 50, cancellable, on_search_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return exemplar_campaign_search_finish (fixture->campaign, result, error);
}

/* The window's search runs on a worker with a connection of its own: the
 * same hits as on the campaign's connection, and none once cancelled. */
static void
test_search_on_worker (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *pdf = fixture_file (fixture, "ledger.pdf");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "ledger.pdf", NULL };

  draw_pdf (pdf, 5, 4, "强制报告制度落实情况台账");
  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_no_error (error);

  hits = search_on_worker (fixture, "强制报告", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpuint (((ExemplarSearchHit *) g_ptr_array_index (hits, 0))->page, ==, 4);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = search_on_worker (fixture, "台账", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (strstr (((ExemplarSearchHit *) g_ptr_array_index (hits, 0))->snippet, "\x02台账\x03"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  g_cancellable_cancel (cancellable);
  hits = search_on_worker (fixture, "台账", cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (hits);
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *results;
  GError    *error;
  guint      last_done;
  guint      total;
  guint      calls;
} AsyncState;

static void
on_progress (guint       done,
             guint       total,
             const char *current,
             gpointer    user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpuint (done, >=, state->last_done);
  state->last_done = done;
  state->total = total;
  state->calls++;
}

static void
on_imported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->results = exemplar_declaration_import_evidence_finish (EXEMPLAR_DECLARATION (object), result,
                                                                &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async_progress_and_cancel (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, NULL, 0, 0, 0 };

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("file-%u.pdf", i);
      g_autofree char *path = fixture_file (fixture, name);
      g_autofree char *words = g_strdup_printf ("第%u份材料", i);

      draw_pdf (path, 2, 1, words);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  exemplar_declaration_import_evidence_async (fixture->declaration, fixture->leaf, "evidence",
                                              (GFile **) files->pdata, files->len, NULL,
                                              on_progress, &state, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_cmpuint (state.results->len, ==, 6);
  g_assert_cmpuint (state.total, ==, 6);
  g_assert_cmpuint (state.last_done, ==, 6);
  g_assert_cmpuint (state.calls, >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_declaration_get_evidence (fixture->declaration)), ==, 6);
  g_clear_pointer (&state.results, g_ptr_array_unref);

  /* Cancelled before it starts: nothing goes in, and each file says so. */
  g_ptr_array_set_size (files, 0);
  {
    g_autofree char *path = fixture_file (fixture, "later.pdf");
    draw_pdf (path, 1, 1, "稍后");
    g_ptr_array_add (files, g_file_new_for_path (path));
  }
  g_cancellable_cancel (cancellable);
  exemplar_declaration_import_evidence_async (fixture->declaration, fixture->leaf, "evidence",
                                              (GFile **) files->pdata, files->len, cancellable,
                                              NULL, NULL, on_imported, &state);
  g_main_loop_run (state.loop);
  if (state.results != NULL)
    {
      g_assert_cmpint (result_at (state.results, 0)->status, ==, EXEMPLAR_IMPORT_FAILED);
      g_clear_pointer (&state.results, g_ptr_array_unref);
    }
  else
    g_clear_error (&state.error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 6);

  g_main_loop_unref (state.loop);
}

static void
test_refused_outside_declaration (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autofree char *pdf = fixture_file (fixture, "late.pdf");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "late.pdf", NULL };

  draw_pdf (pdf, 1, 1, "逾期材料");
  exemplar_campaign_set_today (fixture->campaign, "2023-05-01");

  results = import_paths (fixture, fixture->leaf, names, &error);
  g_assert_null (results);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 0);
}

/* A file with no local path (one on a network share, seen through GVfs)
 * cannot be handed to the reader. Each such file is refused with a message
 * that names it, whether it comes first or its reader would be started
 * while the file before it is stored; the local file between them is
 * stored. */
static void
test_refused_without_path (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *remote_pdf = fixture_file (fixture, "remote.pdf");
  g_autofree char *good = fixture_file (fixture, "good.pdf");
  g_autofree char *remote_png = fixture_file (fixture, "remote.png");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *refused[] = { "remote.pdf", NULL, "remote.png" };

  draw_pdf (remote_pdf, 1, 1, "异地材料");
  draw_pdf (good, 1, 1, "本地材料");
  draw_png (remote_png);
  g_ptr_array_add (files, remote_file_new (remote_pdf));
  g_ptr_array_add (files, g_file_new_for_path (good));
  g_ptr_array_add (files, remote_file_new (remote_png));

  results = exemplar_declaration_import_evidence (fixture->declaration, fixture->leaf, "evidence",
                                                  (GFile **) files->pdata, files->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 3);

  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = result_at (results, i);
      g_autofree char *expected = NULL;

      if (refused[i] == NULL)
        {
          g_assert_cmpint (result->status, ==, EXEMPLAR_IMPORT_STORED);
          continue;
        }

      expected = g_strdup_printf ("“%s” is not a file on this computer", refused[i]);
      g_assert_cmpint (result->status, ==, EXEMPLAR_IMPORT_FAILED);
      g_assert_nonnull (result->message);
      g_assert_nonnull (strstr (result->message, expected));
    }

  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM blob"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/evidence/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("import-and-dedupe", test_import_and_dedupe);
  ADD ("exact-bytes-back", test_exact_bytes_back);
  ADD ("refusals", test_refusals);
  ADD ("reader-failures", test_reader_failures);
  ADD ("size-limit", test_size_limit);
  ADD ("search-finds-chinese", test_search_finds_chinese);
  ADD ("search-on-worker", test_search_on_worker);
  ADD ("async-progress-and-cancel", test_async_progress_and_cancel);
  ADD ("refused-outside-declaration", test_refused_outside_declaration);
  ADD ("refused-without-path", test_refused_without_path);

#undef ADD

  return g_test_run ();
}
