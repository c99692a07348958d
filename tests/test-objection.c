/* test-objection.c: objections (异议) during the publicity period, and the
 * naming decision (命名决定) with its re-checks and revocations.
 *
 * Every test starts from the same campaign: three units scored, the panel
 * recommending 新泾镇, 江苏路街道 and 天山路街道 (in that order), every
 * member unit agreeing, the candidate list fixed, and the publicity period
 * starting on 2024-04-26 for 5 working days, so ending on 2024-05-06
 * (04-28 is a make-up working day, 05-01 to 05-05 the May Day holiday).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-document.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-evidence.h"
#include "exemplar-objection.h"
#include "exemplar-poppler.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

#define JIANGSU  "310105002"  /* 江苏路街道, second in official order */
#define TIANSHAN "310105006"  /* 天山路街道, fifth */
#define XINJING  "310105102"  /* 新泾镇, last */
#define HUAYANG  "310105001"  /* 华阳路街道: scored, not recommended */

#define ISSUER "上海市长宁区未成年人保护委员会办公室"

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
} Fixture;

/* The campaign every test copies, made once. */
static char *base_dir;
static char *base_path;

static ExemplarPublicity *
publicity_of (Fixture *fixture)
{
  return exemplar_campaign_get_publicity (fixture->campaign);
}

static ExemplarDeclaration *
declaration_of (Fixture    *fixture,
                const char *code)
{
  return exemplar_test_find_declaration (fixture->campaign, code);
}

static void
make_base (void)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewers[1];
  ExemplarPublicity *publicity;
  ExemplarDeclaration *recommended[3];
  GListModel *members;
  const char *end = NULL;

  base_dir = exemplar_test_make_dir ("exemplar-objection-XXXXXX", "base.exemplar", &base_path);
  campaign = exemplar_test_campaign_new_in_evaluation (base_path, "2024-03-10", XINJING, reviewers, 1);

  g_object_unref (exemplar_test_score (campaign, reviewers[0], XINJING, NULL, NULL, TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], JIANGSU, NULL, "1.1.1=1", TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], TIANSHAN, NULL, "1.1.1=0.5", TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], HUAYANG, NULL, "1.1.1=0", TRUE));

  exemplar_campaign_set_today (campaign, "2024-04-20");
  g_assert_true (exemplar_campaign_set_phase (campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);

  publicity = exemplar_campaign_get_publicity (campaign);
  recommended[0] = exemplar_test_find_declaration (campaign, XINJING);
  recommended[1] = exemplar_test_find_declaration (campaign, JIANGSU);
  recommended[2] = exemplar_test_find_declaration (campaign, TIANSHAN);
  g_assert_true (exemplar_publicity_recommend (publicity, recommended, 3, "评审得分前三", &error));
  g_assert_no_error (error);

  members = exemplar_campaign_get_member_units (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);

      g_assert_true (exemplar_publicity_set_opinion (publicity, member, EXEMPLAR_OPINION_AGREE,
                                                     NULL, "2024-04-22", &error));
      g_assert_no_error (error);
    }

  g_assert_true (exemplar_publicity_fix_candidates (publicity, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_set_period (publicity, "2024-04-26", 5, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_period (publicity, NULL, NULL, &end));
  g_assert_cmpstr (end, ==, "2024-05-06");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  if (base_path == NULL)
    make_base ();

  fixture->dir = exemplar_test_make_dir ("exemplar-objection-XXXXXX", "campaign.exemplar", &fixture->path);
  source = g_file_new_for_path (base_path);
  target = g_file_new_for_path (fixture->path);
  g_assert_true (g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  fixture->campaign = exemplar_test_campaign_open (fixture->path, "2024-04-29");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
reopen (Fixture    *fixture,
        const char *today)
{
  g_clear_object (&fixture->campaign);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, today);
}

static void
set_phase (Fixture       *fixture,
           ExemplarPhase  phase,
           const char    *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, phase, reason, &error));
  g_assert_no_error (error);
}

/* An objection from a named individual with a phone number. */
static ExemplarObjection *
add_named (Fixture    *fixture,
           const char *code,
           const char *received_on)
{
  g_autoptr(GError) error = NULL;
  ExemplarObjection *objection;

  objection = exemplar_publicity_add_objection (publicity_of (fixture), declaration_of (fixture, code),
                                                received_on, EXEMPLAR_CHANNEL_PHONE, "李国平", FALSE,
                                                FALSE, "13900001234",
                                                "儿童之家周末未按公示时间开放，与申报材料不符。",
                                                &error);
  g_assert_no_error (error);
  g_assert_nonnull (objection);
  return objection;
}

static void
resolve (Fixture           *fixture,
         ExemplarObjection *objection,
         ExemplarOutcome    outcome,
         const char        *resolved_on)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_publicity_resolve_objection (publicity_of (fixture), objection, outcome,
                                                       "经核实，已书面答复。", resolved_on, &error));
  g_assert_no_error (error);
}

static void
assert_codes (GPtrArray  *declarations,
              const char *codes)
{
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < declarations->len; i++)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (g_ptr_array_index (declarations, i));

      g_string_append_printf (found, "%s%s", i > 0 ? " " : "", exemplar_unit_get_code (unit));
    }

  g_assert_cmpstr (found->str, ==, codes);
}

static void
assert_candidates (Fixture    *fixture,
                   const char *codes)
{
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (publicity_of (fixture));

  assert_codes (candidates, codes);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GString *notified = user_data;

  g_string_append_printf (notified, "%s;", pspec->name);
}

/* Objections */

static void
test_objection_accepted (Fixture       *fixture,
                         gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) objection = add_named (fixture, JIANGSU, "2024-04-29");
  g_autoptr(ExemplarObjection) sealed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_objection_get_accepted (objection));
  g_assert_null (exemplar_objection_get_not_accepted_reason (objection));
  /* Ten working days after Monday 2024-04-29: 04-30 (1); 05-01 to 05-05
   * are the May Day holiday; 05-06 (2), 05-07 (3), 05-08 (4), 05-09 (5),
   * 05-10 (6), Saturday 05-11 a make-up working day (7), Sunday 05-12 a
   * rest day, 05-13 (8), 05-14 (9), 05-15 (10). */
  g_assert_cmpstr (exemplar_objection_get_verify_by (objection), ==, "2024-05-15");
  g_assert_cmpint (exemplar_objection_get_outcome (objection), ==, EXEMPLAR_OUTCOME_PENDING);
  g_assert_cmpstr (exemplar_objection_get_from_name (objection), ==, "李国平");
  g_assert_cmpstr (exemplar_objection_get_contact (objection), ==, "13900001234");
  g_assert_true (exemplar_objection_get_declaration (objection) == declaration_of (fixture, JIANGSU));

  /* A letter is judged by its postmark, entered as the received date:
   * the last day of the period still counts. */
  sealed = exemplar_publicity_add_objection (publicity, declaration_of (fixture, XINJING), "2024-05-06",
                                             EXEMPLAR_CHANNEL_LETTER, "某某居民委员会", TRUE, TRUE,
                                             NULL, "反映活动场地长期关闭。", &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_objection_get_accepted (sealed));
  g_assert_true (exemplar_objection_get_sealed (sealed));
  g_assert_cmpint (exemplar_objection_get_channel (sealed), ==, EXEMPLAR_CHANNEL_LETTER);
  /* After 05-06: 05-07 … 05-10 (4), 05-11 (5), 05-13 … 05-17 (10). */
  g_assert_cmpstr (exemplar_objection_get_verify_by (sealed), ==, "2024-05-17");

  g_assert_cmpuint (g_list_model_get_n_items (exemplar_publicity_get_objections (publicity)), ==, 2);
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity), ==, 2);
  g_assert_true (exemplar_publicity_find_objection (publicity, exemplar_objection_get_id (objection)) == objection);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "objection.add"), ==, 2);
}

static ExemplarObjection *
add_not_accepted (Fixture     *fixture,
                  const char  *received_on,
                  const char  *from_name,
                  gboolean     from_unit,
                  gboolean     sealed,
                  const char  *contact,
                  const char  *reason)
{
  g_autoptr(GError) error = NULL;
  ExemplarObjection *objection;

  objection = exemplar_publicity_add_objection (publicity_of (fixture), declaration_of (fixture, TIANSHAN),
                                                received_on, EXEMPLAR_CHANNEL_PHONE, from_name, from_unit,
                                                sealed, contact, "材料存在拼凑情况。", &error);
  g_assert_no_error (error);
  g_assert_nonnull (objection);
  g_assert_false (exemplar_objection_get_accepted (objection));
  g_assert_cmpstr (exemplar_objection_get_not_accepted_reason (objection), ==, reason);
  g_assert_null (exemplar_objection_get_verify_by (objection));
  return objection;
}

static void
test_objection_not_accepted (Fixture       *fixture,
                             gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  GListModel *objections = exemplar_publicity_get_objections (publicity);
  g_autoptr(ExemplarObjection) objection = NULL;

  g_object_unref (add_not_accepted (fixture, "2024-04-30", NULL, FALSE, FALSE, NULL,
                                    "Anonymous objections are not accepted."));
  g_object_unref (add_not_accepted (fixture, "2024-04-30", "  ", FALSE, FALSE, "13900001234",
                                    "Anonymous objections are not accepted."));
  g_object_unref (add_not_accepted (fixture, "2024-04-30", "某物业服务有限公司", TRUE, FALSE, "021-62009876",
                                    "A unit’s objection must carry its seal."));
  g_object_unref (add_not_accepted (fixture, "2024-04-30", "王芳", FALSE, FALSE, NULL,
                                    "An individual must give a real name and a phone number."));
  g_object_unref (add_not_accepted (fixture, "2024-05-07", "李国平", FALSE, FALSE, "13900001234",
                                    "Received on 2024-05-07, after the publicity period ended on 2024-05-06."));
  g_object_unref (add_not_accepted (fixture, "2024-04-25", "李国平", FALSE, FALSE, "13900001234",
                                    "Received on 2024-04-25, before the publicity period began on 2024-04-26."));

  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 6);
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity), ==, 0);

  /* Recorded, with the reason, for whoever reads the file later. */
  reopen (fixture, "2024-05-08");
  objections = exemplar_publicity_get_objections (publicity_of (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 6);
  objection = g_list_model_get_item (objections, 2);
  g_assert_false (exemplar_objection_get_accepted (objection));
  g_assert_true (exemplar_objection_get_from_unit (objection));
  g_assert_cmpstr (exemplar_objection_get_not_accepted_reason (objection), ==,
                   "A unit’s objection must carry its seal.");
  g_assert_cmpstr (exemplar_objection_get_received_on (objection), ==, "2024-04-30");

  /* The file keeps why as a code, so each reader sees it in their own
   * language; a sentence kept by an older file is shown as it is. */
  {
    g_autofree char *stored = exemplar_test_query_text (fixture->campaign,
                                                        "SELECT group_concat (not_accepted_reason, '|') FROM "
                                                        "(SELECT not_accepted_reason FROM objection ORDER BY id)");

    g_assert_cmpstr (stored, ==,
                     "anonymous|anonymous|unsealed|no-contact|"
                     "after-period 2024-05-07 2024-05-06|before-period 2024-04-25 2024-04-26");
  }
  g_clear_object (&objection);
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path,
                             "UPDATE objection SET not_accepted_reason = '匿名来信不予受理。' WHERE id = 1");
  reopen (fixture, "2024-05-08");
  objection = g_list_model_get_item (exemplar_publicity_get_objections (publicity_of (fixture)), 0);
  g_assert_cmpstr (exemplar_objection_get_not_accepted_reason (objection), ==, "匿名来信不予受理。");
}

static void
test_objection_bad_input (Fixture       *fixture,
                          gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  GListModel *objections = exemplar_publicity_get_objections (publicity);
  g_autoptr(GError) error = NULL;
  ExemplarObjection *objection;

  /* 华阳路街道 was scored but is not a candidate. */
  objection = exemplar_publicity_add_objection (publicity, declaration_of (fixture, HUAYANG), "2024-04-29",
                                                EXEMPLAR_CHANNEL_PHONE, "李国平", FALSE, FALSE,
                                                "13900001234", "材料不实。", &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "华阳路街道"));
  g_assert_null (objection);
  g_clear_error (&error);

  objection = exemplar_publicity_add_objection (publicity, declaration_of (fixture, JIANGSU), "2024-02-30",
                                                EXEMPLAR_CHANNEL_PHONE, "李国平", FALSE, FALSE,
                                                "13900001234", "材料不实。", &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2024-02-30"));
  g_assert_null (objection);
  g_clear_error (&error);

  objection = exemplar_publicity_add_objection (publicity, declaration_of (fixture, JIANGSU), "2024-04-29",
                                                EXEMPLAR_CHANNEL_PHONE, "李国平", FALSE, FALSE,
                                                "13900001234", "  \n", &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_null (objection);
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM objection"), ==, 0);
}

static void
test_objection_resolve (Fixture       *fixture,
                        gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) anonymous = NULL;
  g_autoptr(ExemplarObjection) objection = add_named (fixture, JIANGSU, "2024-04-29");
  g_autoptr(ExemplarObjection) removal = add_named (fixture, TIANSHAN, "2024-04-30");
  g_autoptr(ExemplarObjection) rectified = add_named (fixture, XINJING, "2024-04-30");
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  anonymous = add_not_accepted (fixture, "2024-04-30", NULL, FALSE, FALSE, NULL,
                                "Anonymous objections are not accepted.");
  g_assert_false (exemplar_publicity_resolve_objection (publicity, anonymous, EXEMPLAR_OUTCOME_NOT_UPHELD,
                                                        "不予受理。", "2024-05-08", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_objection_get_outcome (anonymous), ==, EXEMPLAR_OUTCOME_PENDING);

  /* A reply and an outcome are both needed. */
  g_assert_false (exemplar_publicity_resolve_objection (publicity, objection, EXEMPLAR_OUTCOME_NOT_UPHELD,
                                                        " ", "2024-05-08", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_resolve_objection (publicity, objection, EXEMPLAR_OUTCOME_PENDING,
                                                        "答复。", "2024-05-08", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity), ==, 3);

  g_signal_connect (objection, "notify", G_CALLBACK (on_notify_cb), notified);
  resolve (fixture, objection, EXEMPLAR_OUTCOME_NOT_UPHELD, "2024-05-08");
  g_assert_cmpint (exemplar_objection_get_outcome (objection), ==, EXEMPLAR_OUTCOME_NOT_UPHELD);
  g_assert_cmpstr (exemplar_objection_get_reply (objection), ==, "经核实，已书面答复。");
  g_assert_cmpstr (exemplar_objection_get_resolved_on (objection), ==, "2024-05-08");
  g_assert_nonnull (strstr (notified->str, "outcome;"));
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity), ==, 2);
  assert_candidates (fixture, JIANGSU " " TIANSHAN " " XINJING);

  /* Once only. */
  g_assert_false (exemplar_publicity_resolve_objection (publicity, objection, EXEMPLAR_OUTCOME_UPHELD_REMOVED,
                                                        "改判。", "2024-05-09", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  resolve (fixture, removal, EXEMPLAR_OUTCOME_UPHELD_REMOVED, "2024-05-09");
  assert_candidates (fixture, JIANGSU " " XINJING);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, TIANSHAN)), ==,
                   EXEMPLAR_STATE_OBJECTION_UPHELD);
  reason = exemplar_test_query_text (fixture->campaign,
                                     "SELECT removed_reason FROM candidate c JOIN application a ON a.id = c.application_id "
                                     "JOIN unit u ON u.id = a.unit_id WHERE u.code = '" TIANSHAN "'");
  g_assert_cmpstr (reason, ==, "儿童之家周末未按公示时间开放，与申报材料不符。");

  resolve (fixture, rectified, EXEMPLAR_OUTCOME_UPHELD_RECTIFIED, "2024-05-09");
  assert_candidates (fixture, JIANGSU " " XINJING);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, XINJING)), ==,
                   EXEMPLAR_STATE_CANDIDATE);
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity), ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "objection.resolve"), ==, 3);

  /* What a reader of the file finds. */
  reopen (fixture, "2024-05-10");
  assert_candidates (fixture, JIANGSU " " XINJING);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, TIANSHAN)), ==,
                   EXEMPLAR_STATE_OBJECTION_UPHELD);
  g_assert_cmpuint (exemplar_publicity_count_unresolved (publicity_of (fixture)), ==, 0);
}

static void
test_objection_republicity (Fixture       *fixture,
                            gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) objection = add_named (fixture, XINJING, "2024-04-30");
  g_autoptr(ExemplarObjection) early = NULL;
  g_autoptr(ExemplarObjection) inside = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  const char *start = NULL;
  const char *end = NULL;
  guint days = 0;

  exemplar_campaign_set_today (fixture->campaign, "2024-05-08");
  resolve (fixture, objection, EXEMPLAR_OUTCOME_REPUBLICITY, NULL);
  g_assert_cmpstr (exemplar_objection_get_resolved_on (objection), ==, "2024-05-08");

  /* From the next working day, Thursday 05-09, for 5 working days:
   * 05-09, 05-10, Saturday 05-11 (make-up), 05-13, 05-14. */
  g_assert_true (exemplar_publicity_get_period (publicity, &start, &days, &end));
  g_assert_cmpstr (start, ==, "2024-05-09");
  g_assert_cmpuint (days, ==, 5);
  g_assert_cmpstr (end, ==, "2024-05-14");
  g_assert_false (exemplar_publicity_is_over (publicity));

  periods = exemplar_publicity_list_periods (publicity);
  g_assert_cmpuint (periods->len, ==, 2);
  assert_candidates (fixture, JIANGSU " " TIANSHAN " " XINJING);

  /* Objections are judged against the new period. */
  early = add_not_accepted (fixture, "2024-05-08", "李国平", FALSE, FALSE, "13900001234",
                            "Received on 2024-05-08, before the publicity period began on 2024-05-09.");
  inside = add_named (fixture, TIANSHAN, "2024-05-13");
  g_assert_true (exemplar_objection_get_accepted (inside));
}

static void
test_objection_attachment (Fixture       *fixture,
                           gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) objection = add_named (fixture, JIANGSU, "2024-04-29");
  g_autofree char *pdf = g_build_filename (fixture->dir, "举报信.pdf", NULL);
  g_autofree char *cut = g_build_filename (fixture->dir, "cut.pdf", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "note.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  exemplar_test_draw_pdf (pdf, "Letter", 1, 1, "反映儿童之家周末关闭");
  g_signal_connect (objection, "notify::n-attachments", G_CALLBACK (on_notify_cb), notified);

  g_assert_true (exemplar_publicity_attach_to_objection (publicity, objection, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_objection_get_n_attachments (objection), ==, 1);
  g_assert_cmpstr (exemplar_objection_get_attachment_title (objection, 0), ==, "举报信");
  g_assert_cmpuint (strlen (exemplar_objection_get_attachment_sha256 (objection, 0)), ==, 64);
  g_assert_cmpstr (notified->str, ==, "n-attachments;");
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM blob"), ==, 1);

  /* The same file again changes nothing. */
  g_assert_true (exemplar_publicity_attach_to_objection (publicity, objection, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_objection_get_n_attachments (objection), ==, 1);

  /* The evidence store's checks apply. */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (cut, contents, (gssize) length / 2, NULL));
  g_assert_false (exemplar_publicity_attach_to_objection (publicity, objection, cut, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "cut.pdf"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "电话记录", -1, NULL));
  g_assert_false (exemplar_publicity_attach_to_objection (publicity, objection, text, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (exemplar_objection_get_n_attachments (objection), ==, 1);

  reopen (fixture, "2024-04-30");
  g_clear_object (&objection);
  objection = g_list_model_get_item (exemplar_publicity_get_objections (publicity_of (fixture)), 0);
  g_assert_cmpuint (exemplar_objection_get_n_attachments (objection), ==, 1);
  g_assert_cmpstr (exemplar_objection_get_attachment_title (objection, 0), ==, "举报信");
}

static GBytes *
read_stream (GInputStream *stream)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_output_stream_splice (memory, stream,
                                           G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                           G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                           NULL, &error), >, 0);
  g_assert_no_error (error);

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static void
test_objection_open_attachment (Fixture       *fixture,
                                gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) objection = add_named (fixture, JIANGSU, "2024-04-29");
  g_autofree char *pdf = g_build_filename (fixture->dir, "举报信.pdf", NULL);
  g_autoptr(ExemplarEvidence) evidence = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;

  exemplar_test_draw_pdf (pdf, "Letter", 3, 2, "反映儿童之家周末关闭");
  g_assert_true (exemplar_publicity_attach_to_objection (publicity, objection, pdf, &error));
  g_assert_no_error (error);

  evidence = exemplar_publicity_dup_attachment (publicity, objection, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exemplar_evidence_get_title (evidence), ==, "举报信");
  g_assert_cmpstr (exemplar_evidence_get_original_name (evidence), ==, "举报信.pdf");
  g_assert_cmpstr (exemplar_evidence_get_purpose (evidence), ==, "objection");
  g_assert_cmpint (exemplar_evidence_get_application_id (evidence), ==,
                   exemplar_declaration_get_id (declaration_of (fixture, JIANGSU)));
  g_assert_true (exemplar_evidence_is_pdf (evidence));
  g_assert_cmpuint (exemplar_evidence_get_pages (evidence), ==, 3);

  expected = exemplar_test_file_bytes (pdf);
  g_assert_cmpint (exemplar_evidence_get_size (evidence), ==, g_bytes_get_size (expected));
  stream = exemplar_evidence_open_stream (evidence, exemplar_campaign_get_path (fixture->campaign), &error);
  g_assert_no_error (error);
  stored = read_stream (stream);
  g_assert_true (g_bytes_equal (stored, expected));

  /* There is no second attachment. */
  g_assert_null (exemplar_publicity_dup_attachment (publicity, objection, 1, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND);
}

/* Naming */

static void
assert_naming_refused (Fixture    *fixture,
                       int         code,
                       const char *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (exemplar_publicity_confirm_naming (publicity_of (fixture), "长未保办〔2024〕3号",
                                                     NULL, "2024-05-20", &error));
  g_assert_error (error, EXEMPLAR_ERROR, code);
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_naming_refused (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(ExemplarObjection) objection = add_named (fixture, JIANGSU, "2024-04-29");
  g_autoptr(GError) error = NULL;

  exemplar_campaign_set_today (fixture->campaign, "2024-05-06");
  assert_naming_refused (fixture, EXEMPLAR_ERROR_LOCKED_BY_PHASE, NULL);

  /* The last day of the period is not over yet. */
  set_phase (fixture, EXEMPLAR_PHASE_NAMING, NULL);
  assert_naming_refused (fixture, EXEMPLAR_ERROR_INVALID_INPUT, "2024-05-06");

  /* Over, but an objection is still pending; it is resolved in the
   * publicity phase only. */
  exemplar_campaign_set_today (fixture->campaign, "2024-05-20");
  assert_naming_refused (fixture, EXEMPLAR_ERROR_INVALID_INPUT, NULL);
  g_assert_false (exemplar_publicity_resolve_objection (publicity_of (fixture), objection,
                                                        EXEMPLAR_OUTCOME_NOT_UPHELD, "答复。", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  set_phase (fixture, EXEMPLAR_PHASE_PUBLICITY, "核实异议");
  resolve (fixture, objection, EXEMPLAR_OUTCOME_NOT_UPHELD, "2024-05-10");
  set_phase (fixture, EXEMPLAR_PHASE_NAMING, NULL);

  /* A document number is needed; the decision follows the period. */
  g_assert_false (exemplar_publicity_confirm_naming (publicity_of (fixture), " ", NULL, "2024-05-20", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_confirm_naming (publicity_of (fixture), "长未保办〔2024〕3号", NULL,
                                                     "2024-05-03", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_false (exemplar_publicity_get_decision (publicity_of (fixture), NULL, NULL, NULL));
  g_assert_true (exemplar_publicity_confirm_naming (publicity_of (fixture), "长未保办〔2024〕3号", NULL,
                                                    "2024-05-20", &error));
  g_assert_no_error (error);

  /* Once only. */
  assert_naming_refused (fixture, EXEMPLAR_ERROR_EXISTS, NULL);
}

static void
confirm (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  exemplar_campaign_set_today (fixture->campaign, "2024-05-20");
  set_phase (fixture, EXEMPLAR_PHASE_NAMING, NULL);
  g_assert_true (exemplar_publicity_confirm_naming (publicity_of (fixture), "长未保办〔2024〕3号", NULL,
                                                    NULL, &error));
  g_assert_no_error (error);
}

/* The PDF's text, without white space. */
static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      /* Lines break wherever the layout wraps them: read the text whole. */
      for (const char *p = page_text; p != NULL && *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static void
test_naming_decision (Fixture       *fixture,
                      gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(ExemplarObjection) objection = add_named (fixture, TIANSHAN, "2024-04-29");
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "decision.pdf", NULL);
  g_autofree char *text = NULL;
  const char *number = NULL;
  const char *issuer = NULL;
  const char *decided_on = NULL;
  const char *jiangsu, *xinjing;
  guint n_blocks;

  g_assert_null (exemplar_publicity_build_decision (publicity, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  resolve (fixture, objection, EXEMPLAR_OUTCOME_UPHELD_REMOVED, "2024-05-08");
  confirm (fixture);

  g_assert_true (exemplar_publicity_get_decision (publicity, &number, &issuer, &decided_on));
  g_assert_cmpstr (number, ==, "长未保办〔2024〕3号");
  g_assert_cmpstr (issuer, ==, ISSUER);
  g_assert_cmpstr (decided_on, ==, "2024-05-20");

  /* Official order, not the panel's; the removed unit is not named. */
  named = exemplar_publicity_get_named (publicity);
  assert_codes (named, JIANGSU " " XINJING);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, JIANGSU)), ==, EXEMPLAR_STATE_NAMED);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, XINJING)), ==, EXEMPLAR_STATE_NAMED);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, TIANSHAN)), ==,
                   EXEMPLAR_STATE_OBJECTION_UPHELD);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "naming.confirm"), ==, 1);

  document = exemplar_publicity_build_decision (publicity, &error);
  g_assert_no_error (error);
  n_blocks = exemplar_document_get_n_blocks (document);
  g_assert_cmpuint (n_blocks, ==, 8);
  g_assert_cmpint (exemplar_document_get_block_kind (document, 0), ==, EXEMPLAR_BLOCK_TITLE);
  g_assert_cmpstr (exemplar_document_get_block_text (document, 0), ==,
                   "关于命名长宁区未成年人保护示范街道(镇)的决定");
  g_assert_cmpstr (exemplar_document_get_block_text (document, 1), ==, "长未保办〔2024〕3号");
  g_assert_cmpstr (exemplar_document_get_block_text (document, 2), ==,
                   "根据《关于创建未成年人保护示范街镇的通知》（长未保办〔2023〕1号）要求，经街道(镇)申报、"
                   "评估工作组评估、专家评审和社会公示，决定命名江苏路街道、新泾镇为长宁区未成年人保护"
                   "示范街道(镇)，现予公布。");
  g_assert_cmpint (exemplar_document_get_block_kind (document, 3), ==, EXEMPLAR_BLOCK_ENTRY);
  g_assert_cmpstr (exemplar_document_get_block_text (document, 3), ==, "1. 江苏路街道");
  g_assert_cmpstr (exemplar_document_get_block_text (document, 4), ==, "2. 新泾镇");
  g_assert_nonnull (strstr (exemplar_document_get_block_text (document, 5), "珍惜荣誉"));
  g_assert_cmpint (exemplar_document_get_block_kind (document, 6), ==, EXEMPLAR_BLOCK_SIGNATURE);
  g_assert_cmpstr (exemplar_document_get_block_text (document, 6), ==, ISSUER);
  g_assert_cmpint (exemplar_document_get_block_kind (document, 7), ==, EXEMPLAR_BLOCK_DATE);
  g_assert_cmpstr (exemplar_document_get_block_text (document, 7), ==, "2024年5月20日");

  /* The PDF the office posts reads the same. */
  g_assert_true (exemplar_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "江苏路街道、新泾镇"));
  jiangsu = strstr (text, "1.江苏路街道");
  xinjing = strstr (text, "2.新泾镇");
  g_assert_nonnull (jiangsu);
  g_assert_nonnull (xinjing);
  g_assert_true (jiangsu < xinjing);
  g_assert_nonnull (strstr (text, "2024年5月20日"));
  g_assert_nonnull (strstr (text, "长未保办〔2024〕3号"));
}

static void
test_naming_closed (Fixture       *fixture,
                    gconstpointer  user_data)
{
  ExemplarPublicity *publicity = publicity_of (fixture);
  g_autoptr(GPtrArray) rechecks = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarObjection *objection;
  const char *revoked_on = NULL;
  const char *reason = NULL;

  /* Nothing is named yet: re-checks are refused in publicity. */
  g_assert_false (exemplar_publicity_record_recheck (publicity, declaration_of (fixture, JIANGSU),
                                                     "2024-04-29", "合格", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  confirm (fixture);
  set_phase (fixture, EXEMPLAR_PHASE_CLOSED, NULL);

  /* Everything else is read-only. */
  objection = exemplar_publicity_add_objection (publicity, declaration_of (fixture, JIANGSU), "2024-05-21",
                                                EXEMPLAR_CHANNEL_PHONE, "李国平", FALSE, FALSE,
                                                "13900001234", "材料不实。", &error);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_assert_null (objection);
  g_clear_error (&error);
  assert_naming_refused (fixture, EXEMPLAR_ERROR_LOCKED_BY_PHASE, NULL);

  /* Re-checks and revocations still work, on named units only. */
  g_assert_false (exemplar_publicity_record_recheck (publicity, declaration_of (fixture, HUAYANG),
                                                     "2025-03-01", "合格", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_record_recheck (publicity, declaration_of (fixture, JIANGSU),
                                                     "2025-03-01", " ", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_publicity_record_recheck (publicity, declaration_of (fixture, JIANGSU),
                                                    "2025-03-01", "合格", "台账完整", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_record_recheck (publicity, declaration_of (fixture, TIANSHAN),
                                                    "2025-03-02", "不合格", NULL, &error));
  g_assert_no_error (error);
  rechecks = exemplar_publicity_list_rechecks (publicity, declaration_of (fixture, TIANSHAN));
  g_assert_cmpuint (rechecks->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rechecks, 0), ==, "2025-03-02 · 不合格");

  g_assert_false (exemplar_publicity_revoke (publicity, declaration_of (fixture, TIANSHAN), "", "2025-03-10",
                                             &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_true (exemplar_publicity_revoke (publicity, declaration_of (fixture, TIANSHAN),
                                            "复核不合格，整改不到位", "2025-03-10", &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_publicity_revoke (publicity, declaration_of (fixture, TIANSHAN),
                                             "再次撤销", "2025-03-11", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "naming.recheck"), ==, 2);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "naming.revoke"), ==, 1);

  /* A revoked unit stays on the list of named units, with its revocation. */
  reopen (fixture, "2025-03-12");
  publicity = publicity_of (fixture);
  named = exemplar_publicity_get_named (publicity);
  assert_codes (named, JIANGSU " " TIANSHAN " " XINJING);
  g_assert_true (exemplar_publicity_get_revocation (publicity, declaration_of (fixture, TIANSHAN),
                                                    &revoked_on, &reason));
  g_assert_cmpstr (revoked_on, ==, "2025-03-10");
  g_assert_cmpstr (reason, ==, "复核不合格，整改不到位");
  g_assert_false (exemplar_publicity_get_revocation (publicity, declaration_of (fixture, JIANGSU), NULL, NULL));
  g_clear_pointer (&rechecks, g_ptr_array_unref);
  rechecks = exemplar_publicity_list_rechecks (publicity, declaration_of (fixture, JIANGSU));
  g_assert_cmpuint (rechecks->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rechecks, 0), ==, "2025-03-01 · 合格 · 台账完整");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/objection/accepted", test_objection_accepted);
  ADD ("/objection/not-accepted", test_objection_not_accepted);
  ADD ("/objection/bad-input", test_objection_bad_input);
  ADD ("/objection/resolve", test_objection_resolve);
  ADD ("/objection/republicity", test_objection_republicity);
  ADD ("/objection/attachment", test_objection_attachment);
  ADD ("/objection/open-attachment", test_objection_open_attachment);
  ADD ("/naming/refused", test_naming_refused);
  ADD ("/naming/decision", test_naming_decision);
  ADD ("/naming/closed", test_naming_closed);

#undef ADD

  status = g_test_run ();

  if (base_dir != NULL)
    exemplar_test_clear_dir (&base_dir, &base_path);

  return status;
}
