/* exemplar-demo-publicity.c
 *
 * The sample campaign taken past its evaluation, through the public API as
 * the office would, so the Publicity section and the naming decision have
 * something to show:
 *
 * - publicity: the unfinished score sheets completed and submitted, the
 *   disagreement flags reviewed, the phase advanced, the top three of the
 *   results recommended with a rationale, the fourteen member units'
 *   opinions (all 同意 but one 无意见), the candidate list fixed, the
 *   period from 2024-04-26 for five working days with the contacts filled
 *   in, and on 2024-05-01 three objections: one from a named resident,
 *   accepted and pending; one anonymous and one from a unit without its
 *   seal, both not accepted;
 * - naming: the accepted objection found not upheld and answered, and on
 *   2024-05-10 the phase advanced;
 * - closed: the naming decision 长未保委〔2024〕2号 of 2024-05-20, the phase
 *   advanced, and a later re-check of one named unit.
 *
 * Every name, number and address here is made up. The Chinese texts are
 * the office's records, data rather than interface, so not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-demo-private.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-publicity.h"
#include "exemplar-results.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#define PERIOD_START "2024-04-26"
#define PERIOD_DAYS  5

/* The committee itself names the units, as its document number says. */
#define DECISION_ISSUER "上海市长宁区未成年人保护委员会"

/* The member unit that has no opinion; every other one agrees. */
#define NO_OPINION_UNIT "wl"

static const struct
{
  const char *key;
  const char *value;
} notice_fields[] = {
  { "contact_person", "周晓明" },
  { "contact_phone", "021-62000123" },
  { "supervision_phone", "021-62000456" },
  { "fax", "021-62000124" },
  { "email", "weibaoban@example.org" },
  { "address", "长宁区示例路88号" },
  { "postcode", "200050" },
};

static const char *rationale =
  "评估工作组按照评估细则对申报街镇进行书面调阅和实地评估，"
  "综合评分排名前三且无一票否决情形，建议列入拟命名名单。";

static const char *bonus_reason = "未提供加分项的佐证材料。";

static const char *flag_note =
  "经评估工作组复核，评分差异源于实地核查发现与申报材料不符，维持各评估人员的评分。";

/* A reviewer who had not finished gives full marks where they had not
 * scored yet, and nothing on a bonus item, which needs a reason. */
static gboolean
complete_sheet (ExemplarScoreSheet  *sheet,
                GError             **error)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);

      if (exemplar_score_sheet_get_score (sheet, leaf, NULL, NULL))
        continue;

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
        {
          if (!exemplar_score_sheet_set_reason (sheet, leaf, bonus_reason, error) ||
              !exemplar_score_sheet_set_points (sheet, leaf, 0, error))
            return FALSE;
        }
      else if (!exemplar_score_sheet_set_points (sheet, leaf, exemplar_indicator_get_points (leaf), error))
        return FALSE;
    }

  return exemplar_score_sheet_submit (sheet, NULL, error);
}

static gboolean
submit_remaining_sheets (ExemplarCampaign  *campaign,
                         GError           **error)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      g_autoptr(ExemplarScoreSheet) sheet = NULL;

      sheet = exemplar_evaluation_open_sheet (evaluation, assignment, error);
      if (sheet == NULL)
        return FALSE;
      if (exemplar_score_sheet_get_state (sheet) != EXEMPLAR_SHEET_SUBMITTED &&
          !complete_sheet (sheet, error))
        return FALSE;
    }

  return TRUE;
}

/* The office looks at every disagreement flag of the complete results. */
static gboolean
review_flags (ExemplarCampaign  *campaign,
              GError           **error)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(ExemplarResults) results = exemplar_results_new (campaign, NULL, error);

  if (results == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autoptr(GPtrArray) flags = exemplar_standing_get_flags (standing);

      for (guint j = 0; flags != NULL && j < flags->len; j++)
        if (!exemplar_evaluation_review_flag (evaluation, exemplar_standing_get_declaration (standing),
                                              g_ptr_array_index (flags, j), flag_note, error))
          return FALSE;
    }

  return TRUE;
}

/* Moves on as the office would: nothing is left missing, so no override. */
static gboolean
advance (ExemplarCampaign  *campaign,
         const char        *today,
         GError           **error)
{
  exemplar_campaign_set_today (campaign, today);
  return exemplar_campaign_advance_phase (campaign, NULL, error);
}

/* The first three ranked units, in rank order. */
static gboolean
recommend_top (ExemplarCampaign  *campaign,
               GError           **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  guint quota = exemplar_campaign_get_quota (campaign);

  results = exemplar_results_new (campaign, NULL, error);
  if (results == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)) && top->len < quota; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);

      if (exemplar_standing_get_rank (standing) > 0)
        g_ptr_array_add (top, exemplar_standing_get_declaration (standing));
    }

  return exemplar_publicity_recommend (publicity, (ExemplarDeclaration **) top->pdata, top->len,
                                       rationale, error);
}

static gboolean
give_opinions (ExemplarCampaign  *campaign,
               GError           **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  GListModel *members = exemplar_campaign_get_member_units (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);
      g_autofree char *given_on = g_strdup_printf ("2024-04-%02u", 15 + i % 6);
      ExemplarOpinion opinion = g_str_equal (exemplar_unit_get_code (member), NO_OPINION_UNIT)
                                ? EXEMPLAR_OPINION_NONE : EXEMPLAR_OPINION_AGREE;

      if (!exemplar_publicity_set_opinion (publicity, member, opinion, NULL, given_on, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
set_notice (ExemplarPublicity  *publicity,
            GError            **error)
{
  if (!exemplar_publicity_set_period (publicity, PERIOD_START, PERIOD_DAYS, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (notice_fields); i++)
    if (!exemplar_publicity_set_field (publicity, notice_fields[i].key, notice_fields[i].value, error))
      return FALSE;

  return TRUE;
}

/* One accepted objection (the one naming resolves), one anonymous and one
 * from a unit without its seal. Returns the accepted one. */
static ExemplarObjection *
record_objections (ExemplarCampaign  *campaign,
                   GError           **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  g_autoptr(GPtrArray) candidates = exemplar_publicity_get_candidates (publicity);
  g_autoptr(ExemplarObjection) accepted = NULL;
  g_autoptr(ExemplarObjection) anonymous = NULL;
  g_autoptr(ExemplarObjection) unsealed = NULL;
  ExemplarDeclaration *target;

  if (candidates->len == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The sample campaign has no candidate to object to."));
      return NULL;
    }
  target = g_ptr_array_index (candidates, candidates->len > 1 ? 1 : 0);

  exemplar_campaign_set_today (campaign, "2024-05-01");
  accepted = exemplar_publicity_add_objection (publicity, target, "2024-04-29", EXEMPLAR_CHANNEL_LETTER,
                                               "李国平", FALSE, FALSE, "13900001234",
                                               "反映该街道儿童之家周末未按公示时间开放，"
                                               "与申报材料所述“全年常态化开放”不符，请予核实。",
                                               error);
  if (accepted == NULL)
    return NULL;

  anonymous = exemplar_publicity_add_objection (publicity, target, "2024-04-30", EXEMPLAR_CHANNEL_PHONE,
                                                NULL, FALSE, FALSE, NULL,
                                                "来电称该街道创建材料存在拼凑情况，未留姓名和联系方式。",
                                                error);
  if (anonymous == NULL)
    return NULL;

  unsealed = exemplar_publicity_add_objection (publicity, g_ptr_array_index (candidates, 0), "2024-04-30",
                                               EXEMPLAR_CHANNEL_FAX, "某物业服务有限公司", TRUE, FALSE,
                                               "021-62009876",
                                               "反映辖区某小区未成年人活动场地设施老化，"
                                               "传真件未加盖单位公章。",
                                               error);
  if (unsealed == NULL)
    return NULL;

  return g_steal_pointer (&accepted);
}

static gboolean
take_to_naming (ExemplarCampaign   *campaign,
                ExemplarObjection  *objection,
                GError            **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);

  exemplar_campaign_set_today (campaign, "2024-05-09");
  if (!exemplar_publicity_resolve_objection (publicity, objection, EXEMPLAR_OUTCOME_NOT_UPHELD,
                                             "经实地核查，该街道儿童之家按公示时间开放，"
                                             "活动记录齐全，反映情况不属实。已于2024年5月9日"
                                             "电话并书面答复反映人。",
                                             "2024-05-09", error))
    return FALSE;

  return advance (campaign, "2024-05-10", error);
}

static gboolean
take_to_closed (ExemplarCampaign  *campaign,
                GError           **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  g_autoptr(GPtrArray) named = NULL;

  exemplar_campaign_set_today (campaign, "2024-05-20");
  if (!exemplar_publicity_confirm_naming (publicity, "长未保委〔2024〕2号", DECISION_ISSUER,
                                          "2024-05-20", error) ||
      !advance (campaign, "2024-05-20", error))
    return FALSE;

  named = exemplar_publicity_get_named (publicity);
  if (named->len == 0)
    return TRUE;

  exemplar_campaign_set_today (campaign, "2024-11-20");
  return exemplar_publicity_record_recheck (publicity, g_ptr_array_index (named, 0), "2024-11-20",
                                            "复核合格",
                                            "抽查工作台账并实地查看儿童之家，各项工作持续开展。",
                                            error);
}

static gboolean
fill_publicity (ExemplarCampaign  *campaign,
                ExemplarPhase      phase,
                GError           **error)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (campaign);
  g_autoptr(ExemplarObjection) objection = NULL;

  exemplar_campaign_set_today (campaign, "2024-03-28");
  if (!submit_remaining_sheets (campaign, error) ||
      !review_flags (campaign, error) ||
      !advance (campaign, "2024-04-10", error))
    return FALSE;

  exemplar_campaign_set_today (campaign, "2024-04-12");
  if (!recommend_top (campaign, error) ||
      !give_opinions (campaign, error))
    return FALSE;

  exemplar_campaign_set_today (campaign, "2024-04-23");
  if (!exemplar_publicity_fix_candidates (publicity, error) ||
      !set_notice (publicity, error))
    return FALSE;

  objection = record_objections (campaign, error);
  if (objection == NULL)
    return FALSE;
  if (phase == EXEMPLAR_PHASE_PUBLICITY)
    return TRUE;

  if (!take_to_naming (campaign, objection, error))
    return FALSE;
  if (phase == EXEMPLAR_PHASE_NAMING)
    return TRUE;

  return take_to_closed (campaign, error);
}

ExemplarCampaign *
exemplar_campaign_new_demo_in_phase (const char     *path,
                                     const char     *template_id,
                                     guint32         seed,
                                     ExemplarPhase   phase,
                                     GError        **error)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (phase >= EXEMPLAR_PHASE_EVALUATION && phase <= EXEMPLAR_PHASE_CLOSED, NULL);

  campaign = exemplar_campaign_new_demo (path, template_id, seed, error);
  if (campaign == NULL || phase == EXEMPLAR_PHASE_EVALUATION)
    return g_steal_pointer (&campaign);

  if (fill_publicity (campaign, phase, error))
    {
      exemplar_campaign_set_today (campaign, NULL);
      return g_steal_pointer (&campaign);
    }

  /* As exemplar_campaign_new_demo() does: nothing is left at @path. */
  g_clear_object (&campaign);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  return NULL;
}
