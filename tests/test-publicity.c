/* test-publicity.c: the campaign's phase workflow, the recommended list,
 * the member units' opinions, the candidate list and the publicity notice.
 *
 * Each test starts from a copy of a campaign in its evaluation phase
 * scored by one expert at full marks (100.00) except on item 1.1.1 (2.5 points):
 * 新泾镇 100.00, 江苏路街道 98.50, 天山路街道 98.00, 华阳路街道 97.50;
 * 周家桥街道 scored in full but vetoed; 新华路街道's sheet left a draft;
 * the other four units have no reviewer. Headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-document.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-publicity.h"
#include "exemplar-score-sheet.h"
#include "exemplar-test-util.h"
#include "exemplar-unit.h"

#define HUAYANG     "310105001"  /* 华阳路街道, first in official order */
#define JIANGSU     "310105002"  /* 江苏路街道, second */
#define XINHUA      "310105004"  /* 新华路街道: its sheet is a draft */
#define ZHOUJIAQIAO "310105005"  /* 周家桥街道: vetoed */
#define TIANSHAN    "310105006"  /* 天山路街道, fifth */
#define HONGQIAO    "310105009"  /* 虹桥街道: no reviewer */
#define XINJING     "310105102"  /* 新泾镇, last */

#define NOTICE_TITLE "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示"
#define OVERRIDE     "评估工作组决定不再等待未提交的评分表"

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
} Fixture;

static ExemplarPublicity *
publicity_of (Fixture *fixture)
{
  return exemplar_campaign_get_publicity (fixture->campaign);
}

static ExemplarDeclaration *
declaration_of (Fixture    *fixture,
                const char *unit)
{
  return exemplar_test_find_declaration (fixture->campaign, unit);
}

/* The scored campaign, made once for every test of the run: scoring
 * item by item is hundreds of transactions. */
static char *scored_dir;
static char *scored_path;

static const char *
get_scored (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  ExemplarReviewer *reviewers[1];

  if (scored_path != NULL)
    return scored_path;

  scored_dir = exemplar_test_make_dir ("exemplar-publicity-scored-XXXXXX", "scored.exemplar", &scored_path);
  campaign = exemplar_test_campaign_new_in_evaluation (scored_path, "2024-03-10", XINJING, reviewers, 1);

  g_object_unref (exemplar_test_score (campaign, reviewers[0], XINJING, NULL, NULL, TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], JIANGSU, NULL, "1.1.1=1", TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], TIANSHAN, NULL, "1.1.1=0.5", TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], HUAYANG, NULL, "1.1.1=0", TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], ZHOUJIAQIAO, NULL, NULL, TRUE));
  g_object_unref (exemplar_test_score (campaign, reviewers[0], XINHUA, NULL, NULL, FALSE));

  g_assert_true (exemplar_evaluation_record_veto (exemplar_campaign_get_evaluation (campaign),
                                                  exemplar_test_find_declaration (campaign, ZHOUJIAQIAO),
                                                  NULL, "辖区内发生侵害未成年人权益的重大案件", &error));
  g_assert_no_error (error);

  return scored_path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) source = g_file_new_for_path (get_scored ());
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = exemplar_test_make_dir ("exemplar-publicity-XXXXXX", "campaign.exemplar", &fixture->path);
  target = g_file_new_for_path (fixture->path);
  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  fixture->campaign = exemplar_test_campaign_open (fixture->path, "2024-03-10");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* The office moves on to publicity on 2024-04-20, overriding what the
 * evaluation leaves undone. */
static void
to_publicity (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  exemplar_campaign_set_today (fixture->campaign, "2024-04-20");
  g_assert_true (exemplar_campaign_advance_phase (fixture->campaign, OVERRIDE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_PUBLICITY);
}

static void
recommend_three (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *list[] = {
    declaration_of (fixture, XINJING),
    declaration_of (fixture, JIANGSU),
    declaration_of (fixture, TIANSHAN),
  };

  g_assert_true (exemplar_publicity_recommend (publicity_of (fixture), list, G_N_ELEMENTS (list),
                                               "评审得分前三，无一票否决情形", &error));
  g_assert_no_error (error);
}

/* Every member unit agrees, except @skip (when given), which says nothing. */
static void
give_opinions (Fixture    *fixture,
               const char *skip)
{
  GListModel *members = exemplar_campaign_get_member_units (fixture->campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (exemplar_unit_get_code (member), skip) == 0)
        continue;

      g_assert_true (exemplar_publicity_set_opinion (publicity_of (fixture), member, EXEMPLAR_OPINION_AGREE,
                                                     NULL, "2024-04-22", &error));
      g_assert_no_error (error);
    }
}

static void
to_fixed_list (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  to_publicity (fixture);
  recommend_three (fixture);
  give_opinions (fixture, NULL);
  g_assert_true (exemplar_publicity_fix_candidates (publicity_of (fixture), &error));
  g_assert_no_error (error);
}

static gboolean
lines_contain (GPtrArray  *lines,
               const char *needle)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return TRUE;

  return FALSE;
}

static char *
names_of (GPtrArray *declarations)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < declarations->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            exemplar_unit_get_name (exemplar_declaration_get_unit (g_ptr_array_index (declarations, i))));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
notice_text (Fixture           *fixture,
             ExemplarDocument **out_document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarDocument) document = NULL;
  char *text;

  document = exemplar_publicity_build_notice (publicity_of (fixture), &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  text = exemplar_document_dup_text (document);
  if (out_document != NULL)
    *out_document = g_steal_pointer (&document);
  return text;
}

/* ---- The phase workflow --------------------------------------------- */

static void
test_advance_refused_then_overridden (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *detail = NULL;

  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_true (lines_contain (missing, "专家1"));
  g_assert_true (lines_contain (missing, "新华路街道"));
  g_assert_true (lines_contain (missing, "虹桥街道"));
  g_assert_false (lines_contain (missing, "江苏路街道"));

  g_assert_false (exemplar_campaign_advance_phase (fixture->campaign, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_assert_nonnull (strstr (error->message, "新华路街道"));
  g_assert_nonnull (strstr (error->message, "专家1"));
  g_clear_error (&error);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_EVALUATION);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "campaign.phase"), ==, 1);

  /* A blank reason is no reason. */
  g_assert_false (exemplar_campaign_advance_phase (fixture->campaign, "  ", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED);
  g_clear_error (&error);

  to_publicity (fixture);
  reason = exemplar_test_query_text (fixture->campaign,
                                     "SELECT override_reason FROM phase_change ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (reason, ==, OVERRIDE);
  detail = exemplar_test_query_text (fixture->campaign,
                                     "SELECT detail FROM audit WHERE action = 'campaign.phase' "
                                     "ORDER BY id DESC LIMIT 1");
  g_assert_nonnull (strstr (detail, "evaluation -> publicity"));
  g_assert_nonnull (strstr (detail, OVERRIDE));
  g_assert_nonnull (strstr (detail, "新华路街道"));

  /* Publicity has everything still to do. */
  g_clear_pointer (&missing, g_ptr_array_unref);
  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 4);
  g_assert_true (lines_contain (missing, "14"));
}

static void
test_advance_when_complete (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *reason = NULL;

  to_fixed_list (fixture);
  g_assert_true (exemplar_publicity_set_period (publicity_of (fixture), "2024-04-26", 5, &error));
  g_assert_no_error (error);

  exemplar_campaign_set_today (fixture->campaign, "2024-05-06");
  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_true (lines_contain (missing, "2024-05-06"));
  g_clear_pointer (&missing, g_ptr_array_unref);

  exemplar_campaign_set_today (fixture->campaign, "2024-05-07");
  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 0);

  g_assert_true (exemplar_campaign_advance_phase (fixture->campaign, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_NAMING);
  reason = exemplar_test_query_text (fixture->campaign,
                                     "SELECT coalesce (override_reason, '') FROM phase_change "
                                     "ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (reason, ==, "");
}

static void
test_days_left (Fixture       *fixture,
                gconstpointer  data)
{
  int days = 0;

  exemplar_campaign_set_today (fixture->campaign, "2024-04-20");
  g_assert_true (exemplar_campaign_get_days_left (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, &days));
  g_assert_cmpint (days, ==, 10);
  g_assert_true (exemplar_campaign_get_days_left (fixture->campaign, EXEMPLAR_PHASE_NAMING, &days));
  g_assert_cmpint (days, ==, 41);
  g_assert_true (exemplar_campaign_get_days_left (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, &days));
  g_assert_cmpint (days, ==, -20);
  g_assert_false (exemplar_campaign_get_days_left (fixture->campaign, EXEMPLAR_PHASE_CLOSED, &days));
}

/* ---- The recommended list ------------------------------------------- */

static void
test_recommend_locked_in_evaluation (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recommended = NULL;
  ExemplarDeclaration *list[] = { declaration_of (fixture, XINJING) };

  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), list, 1, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  recommended = exemplar_publicity_get_recommended (publicity_of (fixture));
  g_assert_cmpuint (recommended->len, ==, 0);

  /* The pass line, though, is the evaluation's to set. */
  g_assert_true (exemplar_publicity_set_pass_line (publicity_of (fixture), 60, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exemplar_publicity_get_pass_line (publicity_of (fixture)), ==, 60);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT pass_line FROM campaign"), ==, 60);
}

static void
test_recommend_quota (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recommended = NULL;
  ExemplarDeclaration *list[] = {
    declaration_of (fixture, XINJING),
    declaration_of (fixture, JIANGSU),
    declaration_of (fixture, TIANSHAN),
    declaration_of (fixture, HUAYANG),
  };

  to_publicity (fixture);
  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), list, 4, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_QUOTA_EXCEEDED);
  g_assert_nonnull (strstr (error->message, "3"));
  g_clear_error (&error);

  recommended = exemplar_publicity_get_recommended (publicity_of (fixture));
  g_assert_cmpuint (recommended->len, ==, 0);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "publicity.recommend"), ==, 0);
}

static void
test_recommend_refuses_unranked (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *vetoed[] = { declaration_of (fixture, XINJING), declaration_of (fixture, ZHOUJIAQIAO) };
  ExemplarDeclaration *unscored[] = { declaration_of (fixture, HONGQIAO) };
  ExemplarDeclaration *twice[] = { declaration_of (fixture, XINJING), declaration_of (fixture, XINJING) };

  to_publicity (fixture);

  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), vetoed, 2, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "周家桥街道"));
  g_assert_nonnull (strstr (error->message, "重大案件"));
  g_clear_error (&error);

  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), unscored, 1, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "虹桥街道"));
  g_clear_error (&error);

  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), twice, 2, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "新泾镇"));
  g_clear_error (&error);

  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, XINJING)), !=,
                   EXEMPLAR_STATE_RECOMMENDED);
}

static void
test_recommend_pass_line (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *below[] = { declaration_of (fixture, XINJING), declaration_of (fixture, JIANGSU) };
  ExemplarDeclaration *at[] = { declaration_of (fixture, XINJING) };

  to_publicity (fixture);
  g_assert_true (exemplar_publicity_set_pass_line (publicity_of (fixture), 99, &error));
  g_assert_no_error (error);

  /* 98.50 is below 99. */
  g_assert_false (exemplar_publicity_recommend (publicity_of (fixture), below, 2, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "江苏路街道"));
  g_assert_nonnull (strstr (error->message, "98.5"));
  g_clear_error (&error);

  /* Exactly on the line is enough. */
  g_assert_true (exemplar_publicity_set_pass_line (publicity_of (fixture), 100, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_recommend (publicity_of (fixture), at, 1, NULL, &error));
  g_assert_no_error (error);

  /* The recommendation was judged against the line: it stays. */
  g_assert_false (exemplar_publicity_set_pass_line (publicity_of (fixture), 0, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_cmpuint (exemplar_publicity_get_pass_line (publicity_of (fixture)), ==, 100);
}

static void
test_recommend_states (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) recommended = NULL;
  g_autofree char *names = NULL;

  to_publicity (fixture);
  recommend_three (fixture);

  recommended = exemplar_publicity_get_recommended (publicity_of (fixture));
  names = names_of (recommended);
  g_assert_cmpstr (names, ==, "新泾镇,江苏路街道,天山路街道");
  g_assert_cmpstr (exemplar_publicity_get_rationale (publicity_of (fixture)), ==, "评审得分前三，无一票否决情形");

  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, XINJING)), ==, EXEMPLAR_STATE_RECOMMENDED);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, TIANSHAN)), ==, EXEMPLAR_STATE_RECOMMENDED);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, HUAYANG)), ==, EXEMPLAR_STATE_NOT_RECOMMENDED);
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, ZHOUJIAQIAO)), ==, EXEMPLAR_STATE_NOT_RECOMMENDED);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign,
                                            "SELECT count(*) FROM application WHERE state = 'recommended'"), ==, 3);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "publicity.recommend"), ==, 1);
}

/* ---- Opinions and the candidate list --------------------------------- */

static void
test_opinions_and_fix (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(ExemplarCampaign) reopened = NULL;
  g_autofree char *names = NULL;
  ExemplarPublicity *publicity;
  ExemplarUnit *wbb;
  ExemplarOpinion opinion;
  const char *reason = NULL;
  const char *given_on = NULL;

  to_publicity (fixture);
  publicity = publicity_of (fixture);
  wbb = exemplar_test_find_member_unit (fixture->campaign, "wbb");

  /* Opinions are on a recommended list. */
  g_assert_false (exemplar_publicity_set_opinion (publicity, wbb, EXEMPLAR_OPINION_AGREE, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  recommend_three (fixture);
  give_opinions (fixture, "wbb");

  g_assert_false (exemplar_publicity_set_opinion (publicity, wbb, EXEMPLAR_OPINION_DISAGREE, " ", NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "区未保办"));
  g_clear_error (&error);

  g_assert_false (exemplar_publicity_fix_candidates (publicity, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "区未保办"));
  g_assert_null (strstr (error->message, "区民政局"));
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_get_fixed (publicity));

  /* No list to publish yet. */
  g_assert_false (exemplar_publicity_set_period (publicity, "2024-04-26", 5, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_publicity_set_opinion (publicity, wbb, EXEMPLAR_OPINION_DISAGREE,
                                                 "天山路街道台账不全", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_opinion (publicity, wbb, &opinion, &reason, &given_on));
  g_assert_cmpint (opinion, ==, EXEMPLAR_OPINION_DISAGREE);
  g_assert_cmpstr (reason, ==, "天山路街道台账不全");
  g_assert_cmpstr (given_on, ==, "2024-04-20");

  g_assert_true (exemplar_publicity_fix_candidates (publicity, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_fixed (publicity));

  /* In official order, not the panel's. */
  candidates = exemplar_publicity_get_candidates (publicity);
  names = names_of (candidates);
  g_assert_cmpstr (names, ==, "江苏路街道,天山路街道,新泾镇");
  g_assert_cmpint (exemplar_declaration_get_state (declaration_of (fixture, JIANGSU)), ==, EXEMPLAR_STATE_CANDIDATE);

  /* Opinions and the recommendation are closed now. */
  g_assert_false (exemplar_publicity_set_opinion (publicity, wbb, EXEMPLAR_OPINION_AGREE, NULL, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_fix_candidates (publicity, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* The model refuses a fourth name. */
  g_assert_false (exemplar_publicity_add_candidate (publicity, declaration_of (fixture, HUAYANG), &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_QUOTA_EXCEEDED);
  g_clear_error (&error);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = exemplar_publicity_get_candidates (publicity);
  g_assert_cmpuint (candidates->len, ==, 3);

  /* All of it is in the file. */
  g_clear_object (&fixture->campaign);
  reopened = exemplar_test_campaign_open (fixture->path, "2024-04-20");
  publicity = exemplar_campaign_get_publicity (reopened);
  g_assert_true (exemplar_publicity_get_fixed (publicity));
  g_clear_pointer (&candidates, g_ptr_array_unref);
  g_clear_pointer (&names, g_free);
  candidates = exemplar_publicity_get_candidates (publicity);
  names = names_of (candidates);
  g_assert_cmpstr (names, ==, "江苏路街道,天山路街道,新泾镇");
  g_assert_true (exemplar_publicity_get_opinion (publicity, exemplar_test_find_member_unit (reopened, "wbb"),
                                                 &opinion, &reason, NULL));
  g_assert_cmpstr (reason, ==, "天山路街道台账不全");
  g_assert_cmpint (exemplar_test_count_audit (reopened, "publicity.opinion"), ==, 14);
}

/* ---- The notice ------------------------------------------------------ */

static void
test_notice (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  ExemplarPublicity *publicity;
  const char *end = NULL;
  guint working_days = 0;

  to_fixed_list (fixture);
  publicity = publicity_of (fixture);

  g_assert_false (exemplar_publicity_build_notice (publicity, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* 04-28 is a make-up working day, 05-01 to 05-05 the May Day holiday. */
  g_assert_true (exemplar_publicity_set_period (publicity, "2024-04-26", 5, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_period (publicity, NULL, &working_days, &end));
  g_assert_cmpuint (working_days, ==, 5);
  g_assert_cmpstr (end, ==, "2024-05-06");

  title = exemplar_publicity_dup_field (publicity, "title");
  g_assert_cmpstr (title, ==, NOTICE_TITLE);

  g_assert_true (exemplar_publicity_set_field (publicity, "contact_phone", "021-62000123", &error));
  g_assert_no_error (error);
  g_assert_false (exemplar_publicity_set_field (publicity, "colour", "red", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  exemplar_campaign_set_today (fixture->campaign, "2024-05-06");
  g_assert_false (exemplar_publicity_is_over (publicity));
  text = notice_text (fixture, &document);
  g_assert_true (g_str_has_prefix (text, NOTICE_TITLE "\n"));
  g_assert_nonnull (strstr (text, "《关于创建未成年人保护示范街镇的通知》（长未保办〔2023〕1号）"));
  g_assert_nonnull (strstr (text, "拟命名以下3个街道(镇)为长宁区未成年人保护示范街道(镇)"));
  g_assert_nonnull (strstr (text, "\n1. 江苏路街道\n2. 天山路街道\n3. 新泾镇\n"));
  g_assert_nonnull (strstr (text, "2024年4月26日至2024年5月6日（5个工作日）"));
  g_assert_nonnull (strstr (text, "匿名"));
  g_assert_nonnull (strstr (text, "联系电话：021-62000123"));
  g_assert_null (strstr (text, "传真："));
  g_assert_true (g_str_has_suffix (text, "上海市长宁区未成年人保护委员会办公室\n2024年4月26日\n"));
  g_assert_cmpint (exemplar_document_get_block_kind (document, 0), ==, EXEMPLAR_BLOCK_TITLE);
  g_assert_null (exemplar_document_get_stamp (document));
  g_clear_object (&document);
  g_clear_pointer (&text, g_free);

  exemplar_campaign_set_today (fixture->campaign, "2024-05-07");
  g_assert_true (exemplar_publicity_is_over (publicity));
  text = notice_text (fixture, &document);
  g_assert_cmpstr (exemplar_document_get_stamp (document), ==, "已结束");

  /* A correction replaces the period and keeps the fields. */
  exemplar_campaign_set_today (fixture->campaign, "2024-04-24");
  g_assert_true (exemplar_publicity_set_period (publicity, "2024-04-25", 5, &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_period (publicity, NULL, NULL, &end));
  g_assert_cmpstr (end, ==, "2024-04-30");
  periods = exemplar_publicity_list_periods (publicity);
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (periods, 0), ==, "2024-04-25/2024-04-30/5/0");
  g_clear_pointer (&text, g_free);
  text = exemplar_publicity_dup_field (publicity, "contact_phone");
  g_assert_cmpstr (text, ==, "021-62000123");
}

static void
test_calendar_day_moves_end (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ExemplarPublicity *publicity;
  const char *end = NULL;

  to_fixed_list (fixture);
  publicity = publicity_of (fixture);
  g_assert_true (exemplar_publicity_set_period (publicity, "2024-04-26", 5, &error));
  g_assert_no_error (error);

  /* A day off the office adds pushes the end of a running period. */
  exemplar_campaign_set_today (fixture->campaign, "2024-04-27");
  g_assert_true (exemplar_publicity_set_calendar_day (publicity, "2024-04-29", FALSE, "区级调整", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_period (publicity, NULL, NULL, &end));
  g_assert_cmpstr (end, ==, "2024-05-07");
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM calendar_day"), ==, 1);

  g_assert_false (exemplar_publicity_set_calendar_day (publicity, "2024-02-30", FALSE, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (exemplar_publicity_clear_calendar_day (publicity, "2024-04-29", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_publicity_get_period (publicity, NULL, NULL, &end));
  g_assert_cmpstr (end, ==, "2024-05-06");
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "publicity.calendar_day"), ==, 2);

  /* A day the campaign does not override has nothing to clear. */
  g_assert_true (exemplar_publicity_clear_calendar_day (publicity, "2024-04-29", &error));
  g_assert_no_error (error);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "publicity.calendar_day"), ==, 2);
}

/* ---- Locks ----------------------------------------------------------- */

static void
test_read_only_refuses (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  ExemplarDeclaration *list[1];

  to_publicity (fixture);
  g_clear_object (&fixture->campaign);
  exemplar_test_sql_on_file (fixture->path, "PRAGMA user_version = 99");

  campaign = exemplar_test_campaign_open (fixture->path, "2024-04-20");
  g_assert_true (exemplar_campaign_get_read_only (campaign));
  list[0] = exemplar_test_find_declaration (campaign, XINJING);

  g_assert_false (exemplar_publicity_recommend (exemplar_campaign_get_publicity (campaign), list, 1, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (exemplar_campaign_advance_phase (campaign, OVERRIDE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_set_calendar_day (exemplar_campaign_get_publicity (campaign),
                                                       "2024-04-29", FALSE, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (exemplar_campaign_get_phase (campaign), ==, EXEMPLAR_PHASE_PUBLICITY);
}

static void
test_closed_refuses (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;

  to_fixed_list (fixture);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_CLOSED, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (exemplar_campaign_set_title (fixture->campaign, "另一个标题", &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_campaign_advance_phase (fixture->campaign, OVERRIDE, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_set_calendar_day (publicity_of (fixture), "2024-04-29", FALSE, NULL, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);
  g_assert_false (exemplar_publicity_set_period (publicity_of (fixture), "2024-04-26", 5, &error));
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE);
  g_clear_error (&error);

  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/publicity/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("phase/advance-refused-then-overridden", test_advance_refused_then_overridden);
  ADD ("phase/advance-when-complete", test_advance_when_complete);
  ADD ("phase/days-left", test_days_left);
  ADD ("review/locked-in-evaluation", test_recommend_locked_in_evaluation);
  ADD ("review/quota", test_recommend_quota);
  ADD ("review/refuses-unranked", test_recommend_refuses_unranked);
  ADD ("review/pass-line", test_recommend_pass_line);
  ADD ("review/states", test_recommend_states);
  ADD ("review/opinions-and-fix", test_opinions_and_fix);
  ADD ("notice/period-and-document", test_notice);
  ADD ("notice/calendar-day-moves-end", test_calendar_day_moves_end);
  ADD ("locks/read-only", test_read_only_refuses);
  ADD ("locks/closed", test_closed_refuses);

#undef ADD

  status = g_test_run ();
  exemplar_test_clear_dir (&scored_dir, &scored_path);
  return status;
}
