/* test-cli-publicity.c: how a campaign ends, through exemplar-cli, as a
 * script sees it: the phase and what it misses, the recommended list and
 * the quota, the member units' opinions, the candidate list, the
 * publicity notice on the working-day calendar and its PDF, objections,
 * the naming decision, and the sample taken to the end.
 *
 * Every test starts from a copy of the sample campaign (`exemplar-cli
 * demo`, made once per run: in the evaluation phase, a few sheets not
 * submitted) and takes it as far as it needs with the command line.
 *
 * The period: from Friday 2024-04-26 for five working days is 04-26,
 * 04-28 (a Sunday worked for the May Day holiday), 04-29, 04-30 and, after
 * the holiday 05-01 to 05-05, 05-06. An objection received on 04-29 is
 * verified within ten working days: 04-30, 05-06 … 05-10, 05-11 (a
 * Saturday worked), 05-13, 05-14, 05-15.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "exemplar-poppler.h"
#include "exemplar-test-util.h"

#define DOCUMENT_NUMBER "长未保委〔2024〕2号"

typedef struct
{
  char *dir;
  char *path;
  /* The top three of the results, in rank order, and in official order. */
  char *top[4];             /* the top three, NULL-terminated */
  char *official[3];
} Fixture;

#define run(fixture, ...) \
  exemplar_test_cli_run ((fixture)->dir, "C.UTF-8", (const char *[]) { __VA_ARGS__, NULL })
#define run_ok(fixture, ...) \
  exemplar_test_cli_run_ok ((fixture)->dir, (const char *[]) { __VA_ARGS__, NULL })

/* The sample, made once for every test of the run. */
static char *sample_dir;
static char *sample_path;

static const char *
get_sample (void)
{
  if (sample_path == NULL)
    {
      g_autoptr(ExemplarTestCliResult) result = NULL;

      sample_dir = exemplar_test_make_dir ("exemplar-cli-publicity-sample-XXXXXX", "sample.exemplar",
                                           &sample_path);
      result = exemplar_test_cli_run (sample_dir, "C.UTF-8", (const char *[]) { "demo", sample_path, NULL });
      g_assert_cmpstr (result->err, ==, "");
      g_assert_cmpint (result->status, ==, 0);
    }

  return sample_path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GFile) source = g_file_new_for_path (get_sample ());
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = exemplar_test_make_dir ("exemplar-cli-publicity-XXXXXX", "campaign.exemplar", &fixture->path);
  target = g_file_new_for_path (fixture->path);
  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_setenv ("EXEMPLAR_TODAY", "2024-03-20", TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
  for (guint i = 0; i < 3; i++)
    {
      g_free (fixture->top[i]);
      g_free (fixture->official[i]);
    }
}

/* A failure the user can read: @status, "exemplar-cli: …" on stderr
 * containing @needle, nothing on stdout. */
static void
assert_refused (ExemplarTestCliResult *result,
                int                    status,
                const char            *needle)
{
  if (result->status != status || strstr (result->err, needle) == NULL)
    g_printerr ("status %d, stdout: %s, stderr: %s\n", result->status, result->out, result->err);
  g_assert_cmpint (result->status, ==, status);
  exemplar_test_cli_assert_error_message (result);
  g_assert_nonnull (strstr (result->err, needle));
  g_assert_cmpstr (result->out, ==, "");
}

#define assert_usage(fixture, ...)                                  \
  G_STMT_START {                                                    \
    g_autoptr(ExemplarTestCliResult) usage_result = run (fixture, __VA_ARGS__); \
    assert_refused (usage_result, 2, "--help");                     \
  } G_STMT_END

static JsonObject *
run_json_object (Fixture            *fixture,
                 const char * const *args,
                 JsonNode          **root)
{
  g_autofree char *out = exemplar_test_cli_run_ok (fixture->dir, args);

  *root = exemplar_test_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*root));
  return json_node_get_object (*root);
}

#define json_object_of(fixture, root, ...) \
  run_json_object ((fixture), (const char *[]) { __VA_ARGS__, NULL }, (root))

/* The text of the PDF at @path, its lines joined. */
static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(PopplerDocument) document = NULL;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  /* Lines wrap anywhere in Chinese, a date's digits included. */
  g_string_replace (text, "\n", "", 0);

  return g_string_free (text, FALSE);
}

/* Where each of @names appears in @text, which must be in that order. */
static void
assert_in_order (const char         *text,
                 const char * const *names,
                 guint               n_names)
{
  const char *from = text;

  for (guint i = 0; i < n_names; i++)
    {
      const char *found = strstr (from, names[i]);

      if (found == NULL)
        g_printerr ("“%s” missing or out of order in:\n%s\n", names[i], text);
      g_assert_nonnull (found);
      from = found + strlen (names[i]);
    }
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_string_member (object, member);
}

/* The applicant units' codes in official order, from `info --json`. */
static GPtrArray *
list_units (Fixture    *fixture,
            const char *member)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info = json_object_of (fixture, &root, "info", fixture->path, "--json");
  JsonArray *units = json_object_get_array_member (info, member);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < json_array_get_length (units); i++)
    g_ptr_array_add (codes, g_strdup (get_string (json_array_get_object_element (units, i), "code")));

  return codes;
}

/* The name of the applicant unit @code, from `info --json`. */
static char *
dup_unit_name (Fixture    *fixture,
               const char *code)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info = json_object_of (fixture, &root, "info", fixture->path, "--json");
  JsonArray *units = json_object_get_array_member (info, "units");

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      if (g_str_equal (get_string (unit, "code"), code))
        return g_strdup (get_string (unit, "name"));
    }

  g_assert_not_reached ();
}

/* The first three ranked units of `results --json`, in rank and in
 * official order. */
static void
find_top (Fixture *fixture)
{
  g_autoptr(GPtrArray) official = list_units (fixture, "units");
  g_autoptr(JsonNode) root = NULL;
  JsonObject *results = json_object_of (fixture, &root, "results", fixture->path, "--json");
  JsonArray *standings = json_object_get_array_member (results, "units");
  guint n = 0;

  /* A test may ask again after a change: forget the last answer. */
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&fixture->top[i], g_free);
      g_clear_pointer (&fixture->official[i], g_free);
    }

  for (guint i = 0; i < json_array_get_length (standings) && n < 3; i++)
    {
      JsonObject *standing = json_array_get_object_element (standings, i);

      if (!json_object_get_null_member (standing, "rank"))
        fixture->top[n++] = g_strdup (get_string (standing, "code"));
    }
  g_assert_cmpuint (n, ==, 3);

  n = 0;
  for (guint i = 0; i < official->len; i++)
    for (guint j = 0; j < 3; j++)
      if (g_str_equal (g_ptr_array_index (official, i), fixture->top[j]))
        fixture->official[n++] = g_strdup (fixture->top[j]);
  g_assert_cmpuint (n, ==, 3);
}

/* Steps that take the sample on, each as the office types it. */

static void
advance_with_override (Fixture *fixture)
{
  g_autofree char *out = run_ok (fixture, "phase", "advance", fixture->path, "--override", "测试");

  g_assert_nonnull (strstr (out, "(publicity)"));
  g_setenv ("EXEMPLAR_TODAY", "2024-04-12", TRUE);
}

static void
recommend_top (Fixture *fixture)
{
  g_autofree char *out = NULL;

  find_top (fixture);
  out = run_ok (fixture, "recommend", fixture->path, fixture->top[0], fixture->top[1], fixture->top[2],
                "--rationale", "综合评分前三名");
  g_assert_nonnull (strstr (out, fixture->top[0]));
}

static void
give_opinions (Fixture *fixture)
{
  g_autoptr(GPtrArray) members = list_units (fixture, "member_units");

  g_assert_cmpuint (members->len, ==, 14);
  for (guint i = 0; i < members->len; i++)
    {
      const char *code = g_ptr_array_index (members, i);
      g_autofree char *out = run_ok (fixture, "opinion", fixture->path, code, i == 3 ? "none" : "agree",
                                     "--date", "2024-04-18");

      g_assert_nonnull (strstr (out, "2024-04-18"));
    }
}

static void
review (Fixture *fixture)
{
  g_autofree char *out = NULL;

  advance_with_override (fixture);
  recommend_top (fixture);
  give_opinions (fixture);
  out = run_ok (fixture, "candidates", "fix", fixture->path);
  g_assert_nonnull (strstr (out, fixture->official[0]));
}

static void
start_period (Fixture *fixture)
{
  g_autofree char *out = NULL;

  review (fixture);
  out = run_ok (fixture, "publicity", "set", fixture->path, "--start", "2024-04-26",
                "contact_person=王老师", "postcode=200050");
  g_assert_nonnull (strstr (out, "2024-04-26"));
  g_assert_nonnull (strstr (out, "2024-05-06"));
}

/* Records an objection with `objection add … --json`; returns its id. */
static gint64
add_objection (Fixture    *fixture,
               const char *unit,
               const char *received,
               const char *from,
               gboolean    from_unit,
               gboolean    expect_accepted)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *objection;

  g_ptr_array_add (args, (gpointer) "objection");
  g_ptr_array_add (args, (gpointer) "add");
  g_ptr_array_add (args, fixture->path);
  g_ptr_array_add (args, (gpointer) unit);
  g_ptr_array_add (args, (gpointer) "--received");
  g_ptr_array_add (args, (gpointer) received);
  if (from != NULL)
    {
      g_ptr_array_add (args, (gpointer) "--from");
      g_ptr_array_add (args, (gpointer) from);
      g_ptr_array_add (args, (gpointer) "--contact");
      g_ptr_array_add (args, (gpointer) "13900001234");
    }
  if (from_unit)
    g_ptr_array_add (args, (gpointer) "--unit");
  g_ptr_array_add (args, (gpointer) "--channel");
  g_ptr_array_add (args, (gpointer) "letter");
  g_ptr_array_add (args, (gpointer) "--content");
  g_ptr_array_add (args, (gpointer) "反映儿童之家未按时开放。");
  g_ptr_array_add (args, (gpointer) "--json");
  g_ptr_array_add (args, NULL);

  objection = run_json_object (fixture, (const char * const *) args->pdata, &root);
  g_assert_cmpstr (get_string (objection, "unit"), ==, unit);
  g_assert_cmpint (json_object_get_boolean_member (objection, "accepted"), ==, expect_accepted);
  if (expect_accepted)
    g_assert_true (json_object_get_null_member (objection, "not_accepted_reason"));
  else
    g_assert_cmpstr (get_string (objection, "not_accepted_reason"), !=, "");
  g_assert_cmpstr (get_string (objection, "outcome"), ==, "pending");

  return json_object_get_int_member (objection, "id");
}

/* Tests */

static void
test_phase (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) refused = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *text = NULL;
  JsonObject *phase;
  JsonArray *missing;

  text = run_ok (fixture, "phase", fixture->path);
  g_assert_nonnull (strstr (text, "(evaluation)"));
  g_assert_nonnull (strstr (text, "2024-03-31 (11 days left)"));
  g_assert_nonnull (strstr (text, "Missing before"));

  phase = json_object_of (fixture, &root, "phase", fixture->path, "--json");
  g_assert_cmpstr (get_string (phase, "phase"), ==, "evaluation");
  g_assert_cmpstr (get_string (phase, "next"), ==, "publicity");
  g_assert_cmpstr (get_string (phase, "today"), ==, "2024-03-20");
  g_assert_cmpstr (get_string (phase, "deadline"), ==, "2024-03-31");
  g_assert_cmpint (json_object_get_int_member (phase, "days_left"), ==, 11);
  missing = json_object_get_array_member (phase, "missing");
  /* The sample leaves sheets unsubmitted; each missing line is in the text. */
  g_assert_cmpuint (json_array_get_length (missing), >, 0);
  for (guint i = 0; i < json_array_get_length (missing); i++)
    g_assert_nonnull (strstr (text, json_array_get_string_element (missing, i)));

  /* Refused: the missing lines on stderr, and the way out. */
  refused = run (fixture, "phase", "advance", fixture->path);
  assert_refused (refused, 1, "--override");
  g_assert_nonnull (strstr (refused->err, json_array_get_string_element (missing, 0)));
  g_free (run_ok (fixture, "phase", fixture->path));

  advance_with_override (fixture);
  phase = json_object_of (fixture, &after, "phase", fixture->path, "--json");
  g_assert_cmpstr (get_string (phase, "phase"), ==, "publicity");
  g_assert_cmpstr (get_string (phase, "deadline"), ==, "2024-04-30");
  g_assert_cmpint (json_object_get_int_member (phase, "days_left"), ==, 18);
}

/* The office goes back with a reason that the audit log keeps; forward
 * goes through "phase advance". */
static void
test_phase_set (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ExemplarTestCliResult) no_reason = NULL;
  g_autoptr(ExemplarTestCliResult) forward = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;
  JsonObject *phase;

  advance_with_override (fixture);

  no_reason = run (fixture, "phase", "set", fixture->path, "evaluation");
  assert_refused (no_reason, 1, "--reason");
  g_assert_nonnull (strstr (no_reason->err, "say why"));
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT COUNT(*) FROM phase_change WHERE to_phase = 'evaluation' "
                                                  "AND from_phase = 'publicity'"), ==, 0);

  out = run_ok (fixture, "phase", "set", fixture->path, "evaluation", "--reason", "专家组要求补评两个单位");
  g_assert_nonnull (strstr (out, "(evaluation)"));
  phase = json_object_of (fixture, &root, "phase", fixture->path, "--json");
  g_assert_cmpstr (get_string (phase, "phase"), ==, "evaluation");
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT COUNT(*) FROM audit WHERE action = 'campaign.phase' "
                                                  "AND detail = 'publicity -> evaluation: 专家组要求补评两个单位'"), ==, 1);
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT COUNT(*) FROM phase_change WHERE to_phase = 'evaluation' "
                                                  "AND override_reason = '专家组要求补评两个单位'"), ==, 1);

  /* Forward is "phase advance"'s job, with its checks. */
  forward = run (fixture, "phase", "set", fixture->path, "publicity", "--reason", "x");
  assert_refused (forward, 1, "phase advance");
  g_assert_cmpint (exemplar_test_sql_int_on_file (fixture->path,
                                                  "SELECT COUNT(*) FROM phase_change WHERE to_phase = 'publicity'"),
                   ==, 1);
}

static void
test_review (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) fixed_root = NULL;
  g_autofree char *fourth = NULL;
  g_autofree char *out = NULL;
  JsonObject *review_json;
  JsonArray *opinions;
  JsonArray *candidates;

  advance_with_override (fixture);
  find_top (fixture);

  /* A fourth name is over the quota of three. */
  units = list_units (fixture, "units");
  for (guint i = 0; i < units->len && fourth == NULL; i++)
    if (!g_strv_contains ((const char * const *) fixture->top, g_ptr_array_index (units, i)))
      fourth = g_strdup (g_ptr_array_index (units, i));
  {
    g_autoptr(ExemplarTestCliResult) over = run (fixture, "recommend", fixture->path, fixture->top[0],
                                                 fixture->top[1], fixture->top[2], fourth);
    assert_refused (over, 1, "at most 3");
  }
  {
    g_autoptr(ExemplarTestCliResult) unknown = run (fixture, "recommend", fixture->path, "no-such-unit");
    assert_refused (unknown, 1, "no-such-unit");
  }

  recommend_top (fixture);

  /* Fixing needs every member unit's opinion; a disagreement its reason. */
  {
    g_autoptr(ExemplarTestCliResult) early = run (fixture, "candidates", "fix", fixture->path);
    assert_refused (early, 1, "区民政局");
  }
  {
    g_autoptr(ExemplarTestCliResult) no_reason = run (fixture, "opinion", fixture->path, "mz", "disagree");
    g_assert_cmpint (no_reason->status, ==, 1);
    exemplar_test_cli_assert_error_message (no_reason);
  }
  {
    g_autoptr(ExemplarTestCliResult) not_member = run (fixture, "opinion", fixture->path, "xx", "agree");
    assert_refused (not_member, 1, "xx");
  }
  out = run_ok (fixture, "opinion", fixture->path, "区教育局", "disagree", "--reason", "需进一步核实");
  g_assert_nonnull (strstr (out, "区教育局: Disagree (2024-04-12)"));
  give_opinions (fixture);

  review_json = json_object_of (fixture, &root, "candidates", fixture->path, "--json");
  g_assert_cmpint (json_object_get_int_member (review_json, "quota"), ==, 3);
  g_assert_cmpstr (get_string (review_json, "rationale"), ==, "综合评分前三名");
  g_assert_false (json_object_get_boolean_member (review_json, "fixed"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (review_json, "recommended")), ==, 3);
  opinions = json_object_get_array_member (review_json, "opinions");
  g_assert_cmpuint (json_array_get_length (opinions), ==, 14);
  for (guint i = 0; i < 14; i++)
    {
      JsonObject *opinion = json_array_get_object_element (opinions, i);

      g_assert_cmpstr (get_string (opinion, "opinion"), ==, i == 3 ? "none" : "agree");
      g_assert_cmpstr (get_string (opinion, "date"), ==, "2024-04-18");
    }

  g_free (run_ok (fixture, "candidates", "fix", fixture->path));
  review_json = json_object_of (fixture, &fixed_root, "candidates", fixture->path, "--json");
  g_assert_true (json_object_get_boolean_member (review_json, "fixed"));
  candidates = json_object_get_array_member (review_json, "candidates");
  g_assert_cmpuint (json_array_get_length (candidates), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (get_string (json_array_get_object_element (candidates, i), "code"), ==,
                     fixture->official[i]);

  /* The lists are closed once fixed. */
  {
    g_autoptr(ExemplarTestCliResult) late = run (fixture, "opinion", fixture->path, "mz", "none");
    g_assert_cmpint (late->status, ==, 1);
    exemplar_test_cli_assert_error_message (late);
  }
}

static void
test_notice (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "notice.pdf", NULL);
  g_autofree char *html = g_build_filename (fixture->dir, "notice.html", NULL);
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autofree char *html_text = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  JsonObject *notice;
  JsonObject *fields;
  JsonArray *units;

  start_period (fixture);

  notice = json_object_of (fixture, &root, "publicity", "show", fixture->path, "--json");
  g_assert_cmpstr (get_string (notice, "start"), ==, "2024-04-26");
  g_assert_cmpstr (get_string (notice, "end"), ==, "2024-05-06");
  g_assert_cmpint (json_object_get_int_member (notice, "working_days"), ==, 5);
  g_assert_false (json_object_get_boolean_member (notice, "over"));
  units = json_object_get_array_member (notice, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      g_assert_cmpstr (get_string (unit, "code"), ==, fixture->official[i]);
      g_ptr_array_add (names, dup_unit_name (fixture, fixture->official[i]));
      g_assert_cmpstr (get_string (unit, "name"), ==, g_ptr_array_index (names, i));
    }
  fields = json_object_get_object_member (notice, "fields");
  g_assert_cmpstr (get_string (fields, "contact_person"), ==, "王老师");
  g_assert_cmpstr (get_string (fields, "postcode"), ==, "200050");
  g_assert_cmpstr (get_string (fields, "title"), ==, "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示");

  text = run_ok (fixture, "publicity", "show", fixture->path);
  g_assert_true (g_str_has_prefix (text, "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示\n"));
  assert_in_order (text, (const char * const *) names->pdata, 3);
  g_assert_nonnull (strstr (text, "王老师"));

  /* The posted notice: the names in official order and the full dates. */
  written = run_ok (fixture, "publicity", "export", fixture->path, pdf);
  g_assert_nonnull (strstr (written, "notice.pdf"));
  {
    g_autofree char *pdf_content = pdf_text (pdf);

    assert_in_order (pdf_content, (const char * const *) names->pdata, 3);
    g_assert_nonnull (strstr (pdf_content, "2024年4月26日"));
    g_assert_nonnull (strstr (pdf_content, "2024年5月6日"));
    g_assert_null (strstr (pdf_content, "已结束"));
  }
  g_free (run_ok (fixture, "publicity", "export", fixture->path, html));
  g_assert_true (g_file_get_contents (html, &html_text, NULL, NULL));
  assert_in_order (html_text, (const char * const *) names->pdata, 3);

  /* Over once today is after the end. */
  g_setenv ("EXEMPLAR_TODAY", "2024-05-07", TRUE);
  {
    g_autoptr(JsonNode) over_root = NULL;
    JsonObject *over = json_object_of (fixture, &over_root, "publicity", "show", fixture->path, "--json");

    g_autofree char *over_text = NULL;

    g_assert_true (json_object_get_boolean_member (over, "over"));
    over_text = run_ok (fixture, "publicity", "show", fixture->path);
    g_assert_true (g_str_has_prefix (over_text, "已结束\n"));
  }
}

static void
test_objections (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) resolved_root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *out = NULL;
  JsonArray *list;
  JsonObject *accepted;
  gint64 id;

  start_period (fixture);
  g_setenv ("EXEMPLAR_TODAY", "2024-05-01", TRUE);

  id = add_objection (fixture, fixture->official[1], "2024-04-29", "李国平", FALSE, TRUE);
  add_objection (fixture, fixture->official[1], "2024-04-30", NULL, FALSE, FALSE);
  add_objection (fixture, fixture->official[0], "2024-04-30", "某物业公司", TRUE, FALSE);
  add_objection (fixture, fixture->official[0], "2024-05-07", "王海燕", FALSE, FALSE);

  /* The text form: the id first, then the verdict. */
  text = run_ok (fixture, "objection", "add", fixture->path, fixture->official[2], "--received", "2024-04-30",
                 "--channel", "phone", "--content", "匿名来电");
  g_assert_true (g_ascii_isdigit (text[0]));
  g_assert_nonnull (strstr (text, "\nNot accepted: "));

  out = run_ok (fixture, "objection", "list", fixture->path, "--json");
  root = exemplar_test_parse_json (out);
  list = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (list), ==, 5);
  accepted = json_array_get_object_element (list, 0);
  g_assert_cmpint (json_object_get_int_member (accepted, "id"), ==, id);
  g_assert_cmpstr (get_string (accepted, "verify_by"), ==, "2024-05-15");
  g_assert_cmpstr (get_string (accepted, "channel"), ==, "letter");
  g_assert_cmpstr (get_string (accepted, "from_name"), ==, "李国平");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (list, 1), "from_name"));

  /* Only an accepted, pending objection is resolved, once. */
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  assert_usage (fixture, "objection", "resolve", fixture->path, id_text, "pending", "--reply", "r");
  assert_usage (fixture, "objection", "resolve", fixture->path, id_text, "not_upheld");
  {
    g_autoptr(ExemplarTestCliResult) unknown = run (fixture, "objection", "resolve", fixture->path, "999",
                                                    "not_upheld", "--reply", "r");
    assert_refused (unknown, 1, "999");
  }
  g_free (run_ok (fixture, "objection", "resolve", fixture->path, id_text, "not_upheld",
                  "--reply", "经核查反映情况不属实。", "--date", "2024-05-09"));
  {
    g_autoptr(ExemplarTestCliResult) again = run (fixture, "objection", "resolve", fixture->path, id_text,
                                                  "upheld_removed", "--reply", "r");
    g_assert_cmpint (again->status, ==, 1);
    exemplar_test_cli_assert_error_message (again);
  }

  g_free (out);
  out = run_ok (fixture, "objection", "list", fixture->path, "--json");
  resolved_root = exemplar_test_parse_json (out);
  list = json_node_get_array (resolved_root);
  accepted = json_array_get_object_element (list, 0);
  g_assert_cmpstr (get_string (accepted, "outcome"), ==, "not_upheld");
  g_assert_cmpstr (get_string (accepted, "resolved_on"), ==, "2024-05-09");
  g_assert_cmpstr (get_string (accepted, "reply"), ==, "经核查反映情况不属实。");
}

static void
test_naming (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "decision.pdf", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  JsonObject *decision;
  JsonArray *named;

  start_period (fixture);

  /* Not before the period is over. */
  g_setenv ("EXEMPLAR_TODAY", "2024-05-06", TRUE);
  {
    g_autoptr(ExemplarTestCliResult) early = run (fixture, "phase", "advance", fixture->path);
    g_assert_cmpint (early->status, ==, 1);
    exemplar_test_cli_assert_error_message (early);
  }
  g_setenv ("EXEMPLAR_TODAY", "2024-05-10", TRUE);
  out = run_ok (fixture, "phase", "advance", fixture->path);
  g_assert_nonnull (strstr (out, "(naming)"));

  assert_usage (fixture, "naming", "confirm", fixture->path, "--date", "2024-05-20");
  assert_usage (fixture, "naming", "confirm", fixture->path, "--document-number", DOCUMENT_NUMBER,
                "--date", "20 May");
  g_free (out);
  out = run_ok (fixture, "naming", "confirm", fixture->path, "--document-number", DOCUMENT_NUMBER,
                "--date", "2024-05-20");
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (names, dup_unit_name (fixture, fixture->official[i]));
  assert_in_order (out, (const char * const *) names->pdata, 3);

  g_free (run_ok (fixture, "naming", "export", fixture->path, pdf));
  {
    g_autofree char *text = pdf_text (pdf);

    g_assert_nonnull (strstr (text, DOCUMENT_NUMBER));
    assert_in_order (text, (const char * const *) names->pdata, 3);
    g_assert_nonnull (strstr (text, "2024年5月20日"));
  }

  g_free (out);
  out = run_ok (fixture, "phase", "advance", fixture->path);
  g_assert_nonnull (strstr (out, "(closed)"));
  g_free (run_ok (fixture, "naming", "recheck", fixture->path, fixture->official[0], "--result", "复核合格",
                  "--date", "2024-11-20"));
  g_free (run_ok (fixture, "naming", "revoke", fixture->path, fixture->official[2], "--reason", "复核不合格",
                  "--date", "2024-12-01"));

  decision = json_object_of (fixture, &root, "naming", "show", fixture->path, "--json");
  g_assert_true (json_object_get_boolean_member (decision, "confirmed"));
  g_assert_cmpstr (get_string (decision, "document_number"), ==, DOCUMENT_NUMBER);
  g_assert_cmpstr (get_string (decision, "date"), ==, "2024-05-20");
  named = json_object_get_array_member (decision, "named");
  g_assert_cmpuint (json_array_get_length (named), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (named, 0),
                                                                         "rechecks")), ==, 1);
  g_assert_cmpstr (get_string (json_array_get_object_element (named, 2), "revoked_on"), ==, "2024-12-01");
  g_assert_cmpstr (get_string (json_array_get_object_element (named, 2), "revocation_reason"), ==, "复核不合格");
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) changed_root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  JsonArray *days;

  out = run_ok (fixture, "calendar", fixture->path, "2024-04-26", "2024-05-06", "--json");
  root = exemplar_test_parse_json (out);
  days = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (days), ==, 11);
  /* 04-28, a Sunday, is worked; 05-01 is the holiday; 05-06 a Monday. */
  g_assert_cmpstr (get_string (json_array_get_object_element (days, 2), "date"), ==, "2024-04-28");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (days, 2), "working"));
  g_assert_nonnull (get_string (json_array_get_object_element (days, 2), "note"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (days, 1), "working"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (days, 5), "working"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (days, 10), "working"));

  text = run_ok (fixture, "calendar", fixture->path, "2024-05-01", "2024-05-01");
  g_assert_nonnull (strstr (text, "2024-05-01"));
  g_assert_nonnull (strstr (text, "rest"));

  g_free (run_ok (fixture, "calendar", "set", fixture->path, "2024-05-06", "rest", "--note", "测试休息日"));
  g_free (out);
  out = run_ok (fixture, "calendar", fixture->path, "2024-05-06", "2024-05-06", "--json");
  changed_root = exemplar_test_parse_json (out);
  days = json_node_get_array (changed_root);
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (days, 0), "working"));
  g_assert_cmpstr (get_string (json_array_get_object_element (days, 0), "note"), ==, "测试休息日");

  g_free (text);
  text = run_ok (fixture, "calendar", "clear", fixture->path, "2024-05-06");
  g_assert_nonnull (strstr (text, "working"));
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autofree char *out_doc = g_build_filename (fixture->dir, "notice.doc", NULL);

  assert_usage (fixture, "phase");
  assert_usage (fixture, "phase", "advance", fixture->path, "--override", " ");
  assert_usage (fixture, "phase", "set", fixture->path);
  assert_usage (fixture, "phase", "set", fixture->path, "review", "--reason", "x");
  assert_usage (fixture, "phase", "set", fixture->path, "declaration", "--reason", " ");
  assert_usage (fixture, "recommend", fixture->path);
  assert_usage (fixture, "opinion", fixture->path, "mz", "maybe");
  assert_usage (fixture, "opinion", fixture->path, "mz", "agree", "--date", "2024-02-30");
  assert_usage (fixture, "candidates", "fix");
  assert_usage (fixture, "publicity", "set", fixture->path);
  assert_usage (fixture, "publicity", "set", fixture->path, "--start", "2024-13-01");
  assert_usage (fixture, "publicity", "set", fixture->path, "--start", "2024-04-26", "--working-days", "0");
  assert_usage (fixture, "publicity", "set", fixture->path, "--start", "2024-04-26", "colour=red");
  assert_usage (fixture, "publicity", "export", fixture->path, out_doc);
  assert_usage (fixture, "publicity", "nonsense", fixture->path);
  assert_usage (fixture, "objection", "add", fixture->path, "310105001", "--received", "2024-04-29",
                "--from", "张三", "--content", "x");
  assert_usage (fixture, "objection", "add", fixture->path, "310105001", "--received", "2024-04-29",
                "--channel", "pigeon", "--content", "x");
  assert_usage (fixture, "objection", "add", fixture->path, "310105001", "--received", "2024-04-29",
                "--from", "张三", "--sealed", "--channel", "fax", "--content", "x");
  assert_usage (fixture, "objection", "resolve", fixture->path, "one", "not_upheld", "--reply", "r");
  assert_usage (fixture, "naming", "export", fixture->path, "decision.txt");
  assert_usage (fixture, "naming", "recheck", fixture->path, "310105001");
  assert_usage (fixture, "calendar", fixture->path, "2024-05-06", "2024-04-26");
  assert_usage (fixture, "calendar", "set", fixture->path, "2024-05-01", "maybe");
  assert_usage (fixture, "demo", "x.exemplar", "--phase", "declaration");

  /* Nothing was written by a usage error. */
  g_assert_false (g_file_test (out_doc, G_FILE_TEST_EXISTS));
  {
    g_autoptr(JsonNode) root = NULL;
    JsonObject *phase = json_object_of (fixture, &root, "phase", fixture->path, "--json");

    g_assert_cmpstr (get_string (phase, "phase"), ==, "evaluation");
  }
}

/* Each command explains itself, its --json keys included. */
static void
test_help (Fixture       *fixture,
           gconstpointer  user_data)
{
  static const struct
  {
    const char *args[3];
    const char *keys[4];
  } helps[] = {
    { { "phase", "--help" }, { "days_left", "missing", "deadline" } },
    { { "phase", "advance", "--help" }, { "--override" } },
    { { "phase", "set", "--help" }, { "--reason", "audit log", "phase advance" } },
    { { "candidates", "--help" }, { "recommended", "opinions", "fixed", "candidates" } },
    { { "publicity", "show", "--help" }, { "working_days", "over", "units", "fields" } },
    { { "publicity", "set", "--help" }, { "--start", "--working-days", "contact_person" } },
    { { "objection", "add", "--help" }, { "accepted", "not_accepted_reason", "verify_by", "--sealed" } },
    { { "objection", "list", "--help" }, { "outcome", "attachments" } },
    { { "naming", "show", "--help" }, { "document_number", "rechecks", "revoked_on" } },
    { { "calendar", "--help" }, { "working", "note" } },
    { { "demo", "--help" }, { "--phase" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
    {
      g_autofree char *out = exemplar_test_cli_run_ok (fixture->dir, helps[i].args);

      for (guint j = 0; j < G_N_ELEMENTS (helps[i].keys) && helps[i].keys[j] != NULL; j++)
        {
          if (strstr (out, helps[i].keys[j]) == NULL)
            g_printerr ("%s %s: no %s in\n%s", helps[i].args[0], helps[i].args[1], helps[i].keys[j], out);
          g_assert_nonnull (strstr (out, helps[i].keys[j]));
        }
    }
}

static void
test_demo_closed (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "closed.exemplar", NULL);
  g_autoptr(JsonNode) phase_root = NULL;
  g_autoptr(JsonNode) naming_root = NULL;
  g_autoptr(JsonNode) objections_root = NULL;
  g_autofree char *out = NULL;
  JsonObject *phase;
  JsonObject *decision;
  JsonArray *objections;
  JsonArray *named;

  g_free (run_ok (fixture, "demo", path, "--phase", "closed"));

  phase = run_json_object (fixture, (const char *[]) { "phase", path, "--json", NULL }, &phase_root);
  g_assert_cmpstr (get_string (phase, "phase"), ==, "closed");

  decision = run_json_object (fixture, (const char *[]) { "naming", "show", path, "--json", NULL }, &naming_root);
  g_assert_cmpstr (get_string (decision, "document_number"), ==, DOCUMENT_NUMBER);
  g_assert_cmpstr (get_string (decision, "date"), ==, "2024-05-20");
  named = json_object_get_array_member (decision, "named");
  g_assert_cmpuint (json_array_get_length (named), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (named, 0),
                                                                         "rechecks")), ==, 1);

  out = exemplar_test_cli_run_ok (fixture->dir, (const char *[]) { "objection", "list", path, "--json", NULL });
  objections_root = exemplar_test_parse_json (out);
  objections = json_node_get_array (objections_root);
  g_assert_cmpuint (json_array_get_length (objections), ==, 3);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (objections, 0), "accepted"));
  g_assert_cmpstr (get_string (json_array_get_object_element (objections, 0), "outcome"), ==, "not_upheld");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (objections, 1), "accepted"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (objections, 2), "accepted"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli-publicity/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("phase", test_phase);
  ADD ("phase-set", test_phase_set);
  ADD ("review", test_review);
  ADD ("notice", test_notice);
  ADD ("objections", test_objections);
  ADD ("naming", test_naming);
  ADD ("calendar", test_calendar);
  ADD ("usage", test_usage);
  ADD ("help", test_help);
  ADD ("demo-closed", test_demo_closed);

  status = g_test_run ();
  exemplar_test_clear_dir (&sample_dir, &sample_path);
  return status;
}
