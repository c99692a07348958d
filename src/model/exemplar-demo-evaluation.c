/* exemplar-demo-evaluation.c
 *
 * The sample campaign's evaluation, written through the evaluation's and
 * the score sheets' public API as the office and the reviewers would:
 *
 * - 18 reviewers: six from member units, one cross-evaluator from each
 *   applicant unit and two outside experts, three of them with declared
 *   conflicts;
 * - two weighted rounds, 书面调阅 (40 %) and 评估工作组实地评估 (60 %), so
 *   the results show round weights at work and the second tie-break (the
 *   document review) has something to decide on;
 * - one draw per round, five reviewers per submitted application, and a
 *   评估工作组 for the on-site round made of the reviewers drawn for it
 *   (formed after the draw, so it changes nothing the draw picked);
 * - scores near each unit's self-assessment, with a reason for every
 *   deduction; the on-site round finds a little more than the papers do;
 *   one reviewer disagrees widely on one item (a disagreement flag); two
 *   sheets are drafts and one is not started. No veto.
 * - the third and the fourth unit are planned a little over a point apart,
 *   and one on-site reviewer of the third deducts half a point on nearly
 *   every item: under the mean that one reviewer swaps them, under the
 *   trimmed mean and the median it does not, which is what the sensitivity
 *   check exists to show.
 *
 * Everything comes from the seed. Points within one unit and item differ by
 * at most half a point except on the one planted disagreement, so that is
 * the flag the Results section shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-aggregate.h"
#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-declaration.h"
#include "exemplar-demo-private.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet-private.h"
#include "exemplar-unit.h"

#define PER_APPLICATION 5

static const char *surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
  "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
  "邓", "曹", "彭", "曾", "沈", "蒋", "陆", "顾", "钱", "施", "姚", "倪",
};

static const char *given_names[] = {
  "建华", "海燕", "志强", "丽娟", "晓峰", "秀英", "国平", "文静", "嘉怡", "振宇",
  "慧敏", "春华", "伟民", "雪梅", "立新", "佳颖", "俊杰", "红梅", "永明", "晓燕",
  "敏", "磊", "静", "勇", "婷", "军", "洁", "斌", "颖", "昊",
};

/* The member units that send a reviewer, with the post they hold. */
static const struct
{
  const char *code;
  const char *role;
} member_reviewers[] = {
  { "mz", "儿童福利科科长" },
  { "jy", "德育科副科长" },
  { "ga", "治安支队四级警长" },
  { "jcy", "第九检察部检察官" },
  { "wj", "妇幼卫生科科长" },
  { "fl", "家庭和儿童工作部部长" },
};

static const char *applicant_roles[] = {
  "未成年人保护工作站站长", "社区事务受理服务中心副主任", "儿童督导员",
  "社区自治办副主任", "平安办副主任",
};

static const char *expert_roles[] = {
  "高校教授（社会工作）",
  "律师（未成年人保护）",
};

static const char *conflict_reasons[] = {
  "曾在该街道任职",
  "亲属在该街道工作",
  "曾为该街道未保工作站提供督导服务",
};

static const char *document_reasons[] = {
  "台账资料不完整，缺少部分月份的工作记录。",
  "佐证材料以制度文件为主，未体现具体工作成效。",
  "制度已建立，但未见落实情况的过程记录。",
  "会议纪要中未见专题研究未成年人保护工作的内容。",
  "培训签到表、课件等材料不齐全。",
  "统计数据与申报表的填报口径不一致。",
  "工作总结较笼统，缺少数据支撑。",
};

static const char *onsite_reasons[] = {
  "现场查看，活动阵地开放时间未对外公示。",
  "随机访谈居民，对强制报告制度的知晓率不高。",
  "现场抽查档案，个别困境儿童档案信息未及时更新。",
  "儿童之家活动记录与现场情况不完全一致。",
  "未保工作站值班记录不连续。",
  "现场未见心理辅导室的使用记录。",
  "校园周边环境巡查记录不全，现场仍有问题点位。",
};

static const char *bonus_reasons[] = {
  "特色做法尚处于起步阶段，成效有待检验。",
  "未提供获市级以上表彰或经验推广的证明材料。",
  "创新举措与常规工作区分不明显。",
};

static const char *disagreement_reason =
  "现场核查未见该项工作开展的痕迹，与申报材料明显不符，建议复核。";

static const char *comments[] = {
  "总体工作扎实，建议进一步规范台账管理。",
  "亮点较多，建议加强部门间的数据共享。",
  "基础工作到位，网络保护方面仍需加强。",
  "建议扩大家庭教育指导服务的覆盖面。",
  "阵地建设规范，队伍专业化水平有待提升。",
};

/* How often a unit's papers and site lose half a point or a point on an
 * item against its own assessment, in percent: one line per submitted
 * unit, shuffled by the seed. */
static const gint32 unit_strictness[] = { 10, 14, 18, 21, 25, 31, 37 };

/* One submitted application's scoring plan: the points most reviewers
 * agree on per leaf, and the leaves where some find half a point less. */
typedef struct
{
  gint64   *base;
  gboolean *contested;
} Plan;

static void
plan_free (gpointer data)
{
  Plan *plan = data;

  g_free (plan->base);
  g_free (plan->contested);
  g_free (plan);
}

typedef struct
{
  ExemplarCampaign    *campaign;
  ExemplarEvaluation  *evaluation;
  GRand               *rand;
  GHashTable          *names;      /* names given so far */
  GPtrArray           *leaves;     /* scored leaves of the whole rubric */
  GHashTable          *positions;  /* leaf id → position in leaves + 1 */
  GHashTable          *plans;      /* ExemplarDeclaration → Plan */
  GPtrArray           *submitted;  /* ExemplarDeclaration, official order */

  /* The planned third and fourth, and the strict reviewer between them. */
  ExemplarDeclaration *third;
  ExemplarDeclaration *fourth;
  ExemplarReviewer    *strict;

  /* The planted disagreement. */
  ExemplarAssignment  *disagreeing;
  ExemplarIndicator   *disputed;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->names, g_hash_table_unref);
  g_clear_pointer (&demo->leaves, g_ptr_array_unref);
  g_clear_pointer (&demo->positions, g_hash_table_unref);
  g_clear_pointer (&demo->plans, g_hash_table_unref);
  g_clear_pointer (&demo->submitted, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

static const char *
pick (Demo        *demo,
      const char **strings,
      guint        n_strings)
{
  return strings[g_rand_int_range (demo->rand, 0, (gint32) n_strings)];
}

#define PICK(demo, array) pick ((demo), (array), G_N_ELEMENTS (array))

char *
_exemplar_demo_dup_name (GRand *rand)
{
  return g_strconcat (surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))],
                      given_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (given_names))],
                      NULL);
}

/* A name nobody else in the working group has. */
static char *
unique_name (Demo *demo)
{
  for (;;)
    {
      char *name = _exemplar_demo_dup_name (demo->rand);

      if (!g_hash_table_contains (demo->names, name))
        {
          g_hash_table_add (demo->names, g_strdup (name));
          return name;
        }
      g_free (name);
    }
}

static ExemplarReviewer *
add_reviewer (Demo                 *demo,
              ExemplarAffiliation   affiliation,
              ExemplarUnit         *unit,
              const char           *role,
              GError              **error)
{
  g_autofree char *name = unique_name (demo);
  g_autofree char *contact = NULL;

  if (affiliation == EXEMPLAR_AFFILIATION_MEMBER)
    contact = g_strdup_printf ("021-%08d", g_rand_int_range (demo->rand, 22000000, 62999999));
  else
    contact = g_strdup_printf ("1%d%08d", g_rand_int_range (demo->rand, 30, 90),
                               g_rand_int_range (demo->rand, 0, 99999999));

  return exemplar_evaluation_add_reviewer (demo->evaluation, name, affiliation, unit, role, contact, error);
}

static ExemplarUnit *
find_member_unit (ExemplarCampaign *campaign,
                  const char       *code)
{
  GListModel *members = exemplar_campaign_get_member_units (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (members, i);

      if (g_str_equal (exemplar_unit_get_code (unit), code))
        return unit;
    }

  return NULL;
}

/* The working group, and the conflicts three of its members declare with
 * submitted units (so that the draw has to respect them). */
static gboolean
add_reviewers (Demo    *demo,
               GError **error)
{
  GListModel *units = exemplar_campaign_get_units (demo->campaign);
  g_autoptr(GPtrArray) declaring = g_ptr_array_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();

  /* Reviewers and rounds belong to the evaluation's lists: the pointers
   * returned are borrowed. */
  for (guint i = 0; i < demo->submitted->len; i++)
    g_ptr_array_add (targets, g_ptr_array_index (demo->submitted, i));

  for (guint i = 0; i < G_N_ELEMENTS (member_reviewers); i++)
    {
      ExemplarUnit *unit = find_member_unit (demo->campaign, member_reviewers[i].code);
      ExemplarReviewer *reviewer;

      if (unit == NULL)
        continue;
      reviewer = add_reviewer (demo, EXEMPLAR_AFFILIATION_MEMBER, unit, member_reviewers[i].role, error);
      if (reviewer == NULL)
        return FALSE;
      if (i == 1 || i == 4)
        g_ptr_array_add (declaring, reviewer);
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      if (add_reviewer (demo, EXEMPLAR_AFFILIATION_APPLICANT, unit, PICK (demo, applicant_roles), error) == NULL)
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (expert_roles); i++)
    {
      ExemplarReviewer *reviewer = add_reviewer (demo, EXEMPLAR_AFFILIATION_EXPERT, NULL, expert_roles[i], error);
      if (reviewer == NULL)
        return FALSE;
      if (i > 0)
        g_ptr_array_add (declaring, reviewer);
    }

  for (guint i = 0; i < declaring->len && targets->len > 0; i++)
    {
      guint k = (guint) g_rand_int_range (demo->rand, 0, (gint32) targets->len);
      ExemplarDeclaration *declaration = g_ptr_array_index (targets, k);

      if (!exemplar_evaluation_add_conflict (demo->evaluation, g_ptr_array_index (declaring, i),
                                             exemplar_declaration_get_unit (declaration),
                                             conflict_reasons[i % G_N_ELEMENTS (conflict_reasons)], error))
        return FALSE;
      g_ptr_array_remove_index_fast (targets, k);
    }

  return TRUE;
}

/* The working group that goes on site: everyone drawn for that round. It
 * takes nothing from the demo's random stream, so the scores stay the same. */
static gboolean
add_onsite_group (Demo           *demo,
                  ExemplarRound  *onsite,
                  GError        **error)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (demo->evaluation);
  g_autoptr(GHashTable) added = g_hash_table_new (NULL, NULL);
  ExemplarWorkingGroup *group;

  group = exemplar_evaluation_add_working_group (demo->evaluation, "实地评估工作组", onsite, error);
  if (group == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);

      if (exemplar_assignment_get_round (assignment) != onsite || !g_hash_table_add (added, reviewer))
        continue;
      if (!exemplar_evaluation_add_group_member (demo->evaluation, group, reviewer, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_rounds_and_draw (Demo    *demo,
                     GError **error)
{
  ExemplarRound *document;
  ExemplarRound *onsite;

  document = exemplar_evaluation_add_round (demo->evaluation, "书面调阅", EXEMPLAR_METHOD_DOCUMENT, 40, error);
  if (document == NULL)
    return FALSE;
  onsite = exemplar_evaluation_add_round (demo->evaluation, "评估工作组实地评估", EXEMPLAR_METHOD_ONSITE, 60, error);
  if (onsite == NULL)
    return FALSE;

  /* The draws keep their own seeds, taken from the demo's. */
  return exemplar_evaluation_draw (demo->evaluation, document, PER_APPLICATION,
                                   (guint32) g_rand_int (demo->rand), NULL, error) &&
         exemplar_evaluation_draw (demo->evaluation, onsite, PER_APPLICATION,
                                   (guint32) g_rand_int (demo->rand), NULL, error) &&
         add_onsite_group (demo, onsite, error);
}

/* What most reviewers give each item of @declaration: its self-score, less
 * a step now and then. */
static void
plan_application (Demo                *demo,
                  ExemplarDeclaration *declaration,
                  gint32               strictness)
{
  Plan *plan = g_new0 (Plan, 1);

  plan->base = g_new0 (gint64, demo->leaves->len);
  plan->contested = g_new0 (gboolean, demo->leaves->len);

  for (guint l = 0; l < demo->leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);
      gint64 max = exemplar_indicator_get_points (leaf);
      gint64 points = max;
      gint64 step = max >= 200 ? 100 : 50;

      exemplar_declaration_get_self_score (declaration, leaf, &points, NULL);
      if (g_rand_int_range (demo->rand, 0, 100) < strictness)
        points -= g_rand_boolean (demo->rand) ? step : 50;
      plan->base[l] = CLAMP (points, 0, max);

      /* Half a point between reviewers stays under the disagreement
       * threshold only on items of 1.5 points or more. */
      plan->contested[l] = max >= 150 && plan->base[l] >= 50 &&
                           g_rand_int_range (demo->rand, 0, 100) < 30;
    }

  g_hash_table_insert (demo->plans, declaration, plan);
}

static void
plan_applications (Demo *demo)
{
  g_autofree gint32 *strictness = g_new0 (gint32, MAX (demo->submitted->len, 1));

  for (guint i = 0; i < demo->submitted->len; i++)
    strictness[i] = unit_strictness[i % G_N_ELEMENTS (unit_strictness)];
  for (guint i = demo->submitted->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (demo->rand, 0, (gint32) i);
      gint32 swap = strictness[i - 1];

      strictness[i - 1] = strictness[j];
      strictness[j] = swap;
    }

  for (guint i = 0; i < demo->submitted->len; i++)
    plan_application (demo, g_ptr_array_index (demo->submitted, i), strictness[i]);
}

/* Contested items cost, on average, half a point from 30 % of the document
 * reviewers and 60 % of the on-site ones: 24 hundredths once weighted. */
#define EXPECTED_CONTESTED 24

/* What @plan's unit should roughly total, in hundredths. */
static gint64
plan_total (Demo *demo,
            Plan *plan)
{
  gint64 items = 0, bonus = 0;

  for (guint l = 0; l < demo->leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);
      gint64 value = plan->base[l] - (plan->contested[l] ? EXPECTED_CONTESTED : 0);

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
        bonus += value;
      else
        items += value;
    }

  return items + MIN (bonus, exemplar_rubric_get_bonus_cap (exemplar_campaign_get_rubric (demo->campaign)));
}

static int
compare_planned (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  Demo *demo = user_data;
  gint64 x = plan_total (demo, g_hash_table_lookup (demo->plans, *(ExemplarDeclaration **) a));
  gint64 y = plan_total (demo, g_hash_table_lookup (demo->plans, *(ExemplarDeclaration **) b));

  return x > y ? -1 : (x < y ? 1 : 0);
}

/* The planned third and fourth. */
static void
pick_boundary (Demo *demo)
{
  g_autoptr(GPtrArray) ranking = g_ptr_array_new ();

  if (demo->submitted->len < 4)
    return;

  for (guint i = 0; i < demo->submitted->len; i++)
    g_ptr_array_add (ranking, g_ptr_array_index (demo->submitted, i));
  g_ptr_array_sort_with_data (ranking, compare_planned, demo);
  demo->third = g_ptr_array_index (ranking, 2);
  demo->fourth = g_ptr_array_index (ranking, 3);
}

static gboolean
scores (ExemplarAssignment  *assignment,
        ExemplarDeclaration *declaration)
{
  return declaration != NULL && exemplar_assignment_get_declaration (assignment) == declaration;
}

static gboolean
is_onsite (ExemplarAssignment *assignment)
{
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  return round != NULL && exemplar_round_get_method (round) == EXEMPLAR_METHOD_ONSITE;
}

/* The strict reviewer: one of the planned third's on-site reviewers,
 * preferably one who does not also score the fourth. */
static void
pick_strict (Demo      *demo,
             GPtrArray *assignments)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GHashTable) fourth = g_hash_table_new (NULL, NULL);

  if (demo->third == NULL)
    return;

  for (guint i = 0; i < assignments->len; i++)
    {
      ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);

      if (scores (assignment, demo->fourth))
        g_hash_table_add (fourth, exemplar_assignment_get_reviewer (assignment));
    }

  for (guint pass = 0; pass < 2 && candidates->len == 0; pass++)
    for (guint i = 0; i < assignments->len; i++)
      {
        ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);
        ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);

        if (scores (assignment, demo->third) && is_onsite (assignment) &&
            (pass == 1 || !g_hash_table_contains (fourth, reviewer)))
          g_ptr_array_add (candidates, reviewer);
      }

  if (candidates->len > 0)
    demo->strict = g_ptr_array_index (candidates, g_rand_int_range (demo->rand, 0, (gint32) candidates->len));
}

/* The planted disagreement: one on-site reviewer of one application finds
 * a two-point item not done at all, where the others give it most points.
 * Not on the planned third or fourth, whose order it could blur. */
static void
plant_disagreement (Demo      *demo,
                    GPtrArray *assignments)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  ExemplarDeclaration *declaration;
  Plan *plan;

  for (guint pass = 0; pass < 2 && candidates->len == 0; pass++)
    for (guint i = 0; i < assignments->len; i++)
      {
        ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);

        if (is_onsite (assignment) &&
            exemplar_assignment_get_reviewer (assignment) != demo->strict &&
            (pass == 1 || (!scores (assignment, demo->third) && !scores (assignment, demo->fourth))))
          g_ptr_array_add (candidates, assignment);
      }
  if (candidates->len == 0)
    return;

  demo->disagreeing = g_ptr_array_index (candidates, g_rand_int_range (demo->rand, 0, (gint32) candidates->len));
  declaration = exemplar_assignment_get_declaration (demo->disagreeing);
  plan = g_hash_table_lookup (demo->plans, declaration);
  g_ptr_array_set_size (candidates, 0);

  for (guint l = 0; l < demo->leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_ITEM &&
          exemplar_indicator_get_points (leaf) == 200 && plan->base[l] >= 150)
        g_ptr_array_add (candidates, leaf);
    }
  if (candidates->len > 0)
    demo->disputed = g_ptr_array_index (candidates, g_rand_int_range (demo->rand, 0, (gint32) candidates->len));
}

static const char *
pick_reason (Demo              *demo,
             ExemplarIndicator *leaf,
             ExemplarMethod     method)
{
  if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
    return PICK (demo, bonus_reasons);
  if (method == EXEMPLAR_METHOD_ONSITE)
    return PICK (demo, onsite_reasons);
  return PICK (demo, document_reasons);
}

static ExemplarMethod
get_method (ExemplarAssignment *assignment)
{
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  return round != NULL ? exemplar_round_get_method (round) : EXEMPLAR_METHOD_ONSITE;
}

/* One reviewer's points on one leaf. */
static gint64
score_leaf (Demo               *demo,
            ExemplarAssignment *assignment,
            Plan               *plan,
            guint               l)
{
  ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);
  gint64 max = exemplar_indicator_get_points (leaf);
  gint64 points = plan->base[l];

  if (assignment == demo->disagreeing && leaf == demo->disputed)
    return 50;

  if (exemplar_assignment_get_reviewer (assignment) == demo->strict)
    {
      if (max >= 150)
        points -= 50;
    }
  else if (plan->contested[l])
    {
      /* On site the working group sees more than the papers show. */
      if (g_rand_int_range (demo->rand, 0, 100) < (get_method (assignment) == EXEMPLAR_METHOD_ONSITE ? 60 : 30))
        points -= 50;
    }

  return CLAMP (points, 0, max);
}

typedef enum
{
  FILL_SUBMIT,
  FILL_DRAFT,
  FILL_NONE,
} Fill;

/* Every sheet's points, before anything is written. */
typedef struct
{
  GPtrArray *assignments;
  Fill      *fills;
  gint64    *points;   /* [assignment × leaf] */
} Sheets;

static void
sheets_clear (Sheets *sheets)
{
  g_clear_pointer (&sheets->assignments, g_ptr_array_unref);
  g_clear_pointer (&sheets->fills, g_free);
  g_clear_pointer (&sheets->points, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sheets, sheets_clear)

/* @declaration's total (as a double: it only steers the plan) under
 * @aggregate from the submitted sheets, weighting rounds as the results
 * do. */
static double
sheets_total (Demo                *demo,
              Sheets              *sheets,
              ExemplarDeclaration *declaration,
              ExemplarAggregate    aggregate)
{
  GListModel *rounds = exemplar_evaluation_get_rounds (demo->evaluation);
  guint n_rounds = g_list_model_get_n_items (rounds);
  g_autofree gint64 *values = g_new0 (gint64, sheets->assignments->len);
  double items = 0, bonus = 0;

  for (guint l = 0; l < demo->leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);
      double value = 0;

      for (guint r = 0; r < n_rounds; r++)
        {
          g_autoptr(ExemplarRound) round = g_list_model_get_item (rounds, r);
          guint n = 0;

          for (guint a = 0; a < sheets->assignments->len; a++)
            {
              ExemplarAssignment *assignment = g_ptr_array_index (sheets->assignments, a);

              if (sheets->fills[a] == FILL_SUBMIT && scores (assignment, declaration) &&
                  exemplar_assignment_get_round (assignment) == round)
                values[n++] = sheets->points[a * demo->leaves->len + l];
            }
          value += exemplar_round_get_weight (round) / 100.0 *
                   exemplar_fraction_to_double (exemplar_aggregate_points (aggregate, values, n, 5));
        }

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
        bonus += value;
      else
        items += value;
    }

  return items + MIN (bonus, (double) exemplar_rubric_get_bonus_cap (exemplar_campaign_get_rubric (demo->campaign)));
}

/* Moves all of the fourth's points, half a point per item, until under the
 * median it stands 1–1.5 points below the third: then the strict
 * reviewer's deductions (about 2.5 points under the mean) swap them under
 * the mean only. */
static void
balance_boundary (Demo   *demo,
                  Sheets *sheets)
{
  double gap;

  if (demo->third == NULL || demo->strict == NULL)
    return;

  gap = sheets_total (demo, sheets, demo->third, EXEMPLAR_AGGREGATE_MEDIAN) -
        sheets_total (demo, sheets, demo->fourth, EXEMPLAR_AGGREGATE_MEDIAN);

  for (guint l = 0; l < demo->leaves->len && (gap > 150 || gap < 100); l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (demo->leaves, l);
      gint64 max = exemplar_indicator_get_points (leaf);
      gint64 shift = gap > 150 ? 50 : -50;
      gboolean fits = TRUE;

      if (exemplar_indicator_get_kind (leaf) != EXEMPLAR_INDICATOR_ITEM || max < 150 || leaf == demo->disputed)
        continue;

      for (guint a = 0; a < sheets->assignments->len && fits; a++)
        {
          gint64 value = sheets->points[a * demo->leaves->len + l] + shift;

          if (scores (g_ptr_array_index (sheets->assignments, a), demo->fourth))
            fits = value >= 0 && value <= max;
        }
      if (!fits)
        continue;

      for (guint a = 0; a < sheets->assignments->len; a++)
        if (scores (g_ptr_array_index (sheets->assignments, a), demo->fourth))
          sheets->points[a * demo->leaves->len + l] += shift;
      gap -= shift;
    }
}

static gboolean
write_sheet (Demo                *demo,
             ExemplarAssignment  *assignment,
             Fill                 fill,
             const gint64        *points,
             GError             **error)
{
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  guint n_fill;

  if (fill == FILL_NONE)
    return TRUE;

  sheet = exemplar_evaluation_open_sheet (demo->evaluation, assignment, error);
  if (sheet == NULL)
    return FALSE;

  leaves = exemplar_score_sheet_get_leaves (sheet);
  n_fill = leaves->len;
  /* A draft is a reviewer interrupted part of the way through. */
  if (fill == FILL_DRAFT)
    n_fill = leaves->len * (guint) g_rand_int_range (demo->rand, 30, 70) / 100;

  for (guint i = 0; i < n_fill; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 id = exemplar_indicator_get_id (leaf);
      guint l = GPOINTER_TO_UINT (g_hash_table_lookup (demo->positions, &id));

      if (l == 0)
        continue;

      if (points[l - 1] < exemplar_indicator_get_points (leaf))
        {
          const char *reason = leaf == demo->disputed && assignment == demo->disagreeing ?
                               disagreement_reason : pick_reason (demo, leaf, get_method (assignment));

          if (!exemplar_score_sheet_set_reason (sheet, leaf, reason, error))
            return FALSE;
        }
      if (!exemplar_score_sheet_set_points (sheet, leaf, points[l - 1], error))
        return FALSE;
    }

  if (fill == FILL_DRAFT)
    return TRUE;

  if (g_rand_boolean (demo->rand) &&
      !exemplar_score_sheet_set_comment (sheet, PICK (demo, comments), error))
    return FALSE;

  return exemplar_score_sheet_submit (sheet, NULL, error);
}

static gboolean
fill_sheets (Demo    *demo,
             GError **error)
{
  GListModel *model = exemplar_evaluation_get_assignments (demo->evaluation);
  g_auto(Sheets) sheets = { 0 };
  guint n_leaves = demo->leaves->len;
  guint unfinished = 0;

  sheets.assignments = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sheets.assignments, g_list_model_get_item (model, i));
  if (sheets.assignments->len == 0)
    return TRUE;

  plan_applications (demo);
  pick_boundary (demo);
  pick_strict (demo, sheets.assignments);
  plant_disagreement (demo, sheets.assignments);

  /* Two drafts and one sheet not started yet; none of them planted above. */
  sheets.fills = g_new0 (Fill, sheets.assignments->len);
  for (guint tries = 0; unfinished < 3 && tries < 1000; tries++)
    {
      guint k = (guint) g_rand_int_range (demo->rand, 0, (gint32) sheets.assignments->len);
      ExemplarAssignment *assignment = g_ptr_array_index (sheets.assignments, k);

      if (sheets.fills[k] != FILL_SUBMIT || assignment == demo->disagreeing ||
          exemplar_assignment_get_reviewer (assignment) == demo->strict ||
          scores (assignment, demo->third) || scores (assignment, demo->fourth))
        continue;
      sheets.fills[k] = unfinished < 2 ? FILL_DRAFT : FILL_NONE;
      unfinished++;
    }

  sheets.points = g_new0 (gint64, (gsize) sheets.assignments->len * n_leaves);
  for (guint a = 0; a < sheets.assignments->len; a++)
    {
      ExemplarAssignment *assignment = g_ptr_array_index (sheets.assignments, a);
      Plan *plan = g_hash_table_lookup (demo->plans, exemplar_assignment_get_declaration (assignment));

      for (guint l = 0; plan != NULL && l < n_leaves; l++)
        sheets.points[a * n_leaves + l] = score_leaf (demo, assignment, plan, l);
    }
  balance_boundary (demo, &sheets);

  for (guint a = 0; a < sheets.assignments->len; a++)
    if (!write_sheet (demo, g_ptr_array_index (sheets.assignments, a), sheets.fills[a],
                      &sheets.points[a * n_leaves], error))
      return FALSE;

  return TRUE;
}

static gboolean
evaluate (Demo    *demo,
          GError **error)
{
  GListModel *declarations = exemplar_campaign_get_declarations (demo->campaign);

  demo->submitted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_SUBMITTED)
        g_ptr_array_add (demo->submitted, g_steal_pointer (&declaration));
    }

  demo->leaves = _exemplar_score_sheet_collect_leaves (exemplar_campaign_get_rubric (demo->campaign), NULL);
  for (guint l = 0; l < demo->leaves->len; l++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = exemplar_indicator_get_id (g_ptr_array_index (demo->leaves, l));
      g_hash_table_insert (demo->positions, id, GUINT_TO_POINTER (l + 1));
    }

  return add_reviewers (demo, error) &&
         add_rounds_and_draw (demo, error) &&
         fill_sheets (demo, error);
}

gboolean
_exemplar_demo_fill_evaluation (ExemplarCampaign  *campaign,
                                guint32            seed,
                                GError           **error)
{
  g_auto(Demo) demo = { 0 };
  ExemplarDatabase *db = exemplar_campaign_get_database (campaign);
  const char *deadline;
  gboolean ok;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);

  demo.campaign = campaign;
  demo.evaluation = exemplar_campaign_get_evaluation (campaign);
  /* Its own stream, so that changing the applications' data does not
   * change who scores what. */
  demo.rand = g_rand_new_with_seed (seed ^ 0x45564131u);
  demo.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  demo.positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  demo.plans = g_hash_table_new_full (NULL, NULL, NULL, plan_free);

  if (!exemplar_campaign_set_phase (campaign, EXEMPLAR_PHASE_EVALUATION, NULL, error))
    return FALSE;

  /* The working group meets a few weeks before the evaluation deadline. */
  deadline = exemplar_campaign_get_deadline (campaign, EXEMPLAR_PHASE_EVALUATION);
  if (deadline != NULL)
    {
      g_autofree char *month = g_strndup (deadline, 8);
      g_autofree char *day = g_strconcat (month, "10", NULL);

      exemplar_campaign_set_today (campaign, day);
    }

  /* Every score is its own transaction, as a reviewer's typing is; waiting
   * for the disk on each of thousands would take most of a minute, and a
   * sample that fails half-way is deleted anyway. */
  if (!exemplar_database_exec (db, "PRAGMA synchronous = OFF", error))
    return FALSE;

  ok = evaluate (&demo, error);

  if (!exemplar_database_exec (db, "PRAGMA synchronous = FULL", ok ? error : NULL))
    ok = FALSE;

  return ok;
}
