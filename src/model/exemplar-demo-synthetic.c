/* exemplar-demo-synthetic.c
 *
 * The national-scale synthetic campaign for benchmarks: thousands of
 * applicant units, each application scored by five cross-evaluators.
 *
 * The public API writes one score per transaction, as a reviewer's typing
 * should be, and there is none for adding applicant units (they come from
 * the template). So after the template, the phase and the round are set
 * through the API, everything else is written here in one transaction with
 * prepared statements reused row after row, and the campaign is reopened
 * so that its lists load what was written. The rows are the ones the API
 * would have written: applications (evaluated) with self-scores, reviewers,
 * a draw, its assignments, sealed sheets with a reason for every
 * deduction, and one audit row for the lot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-demo.h"
#include "exemplar-demo-private.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet-private.h"

#define PER_APPLICATION 5

static const char *reasons[] = {
  "台账资料不完整，缺少部分月份的工作记录。",
  "佐证材料以制度文件为主，未体现具体工作成效。",
  "制度已建立，但未见落实情况的过程记录。",
  "现场查看，活动阵地开放时间未对外公示。",
  "随机访谈居民，对强制报告制度的知晓率不高。",
  "现场抽查档案，个别困境儿童档案信息未及时更新。",
  "未保工作站值班记录不连续。",
  "特色做法尚处于起步阶段，成效有待检验。",
};

static const char *roles[] = {
  "未成年人保护工作站站长", "社区事务受理服务中心副主任", "儿童督导员",
  "社区自治办副主任", "平安办副主任",
};

typedef struct
{
  ExemplarDatabase *db;
  GRand            *rand;
  guint             n_units;
  guint             per_unit;
  guint             n_leaves;
  char             *now;

  /* The rubric's scored leaves. */
  gint64           *leaf_ids;
  gint64           *leaf_points;
  char            **leaf_codes;

  /* Per unit, in official order. */
  char            **codes;
  gint64           *unit_ids;
  gint64           *application_ids;
  gint64           *base;          /* [unit × leaf]: what reviewers agree on */
  gint64           *reviewer_ids;  /* [unit × per_unit] */

  /* The reasons, and as the seal writes them. */
  char             *escaped[G_N_ELEMENTS (reasons)];

  sqlite3_stmt     *insert_unit;
  sqlite3_stmt     *insert_application;
  sqlite3_stmt     *insert_self_score;
  sqlite3_stmt     *insert_reviewer;
  sqlite3_stmt     *insert_assignment;
  sqlite3_stmt     *insert_sheet;
  sqlite3_stmt     *insert_score;

  guint             n_sheets;
  guint64           n_scores;
} Synthetic;

static void
synthetic_clear (Synthetic *self)
{
  g_clear_pointer (&self->insert_unit, sqlite3_finalize);
  g_clear_pointer (&self->insert_application, sqlite3_finalize);
  g_clear_pointer (&self->insert_self_score, sqlite3_finalize);
  g_clear_pointer (&self->insert_reviewer, sqlite3_finalize);
  g_clear_pointer (&self->insert_assignment, sqlite3_finalize);
  g_clear_pointer (&self->insert_sheet, sqlite3_finalize);
  g_clear_pointer (&self->insert_score, sqlite3_finalize);
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    g_clear_pointer (&self->escaped[i], g_free);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->now, g_free);
  g_clear_pointer (&self->leaf_ids, g_free);
  g_clear_pointer (&self->leaf_points, g_free);
  g_clear_pointer (&self->leaf_codes, g_strfreev);
  g_clear_pointer (&self->codes, g_strfreev);
  g_clear_pointer (&self->unit_ids, g_free);
  g_clear_pointer (&self->application_ids, g_free);
  g_clear_pointer (&self->base, g_free);
  g_clear_pointer (&self->reviewer_ids, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Synthetic, synthetic_clear)

/* Steps an INSERT and makes its statement ready for the next row. */
static gboolean
insert_row (Synthetic     *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (self->db, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_all (Synthetic  *self,
             GError    **error)
{
  self->insert_unit = exemplar_database_prepare (self->db,
                                                 "INSERT INTO unit (code, name, name_en, kind, position) "
                                                 "VALUES (?1, ?2, ?3, 'subdistrict', ?4)",
                                                 error);
  if (self->insert_unit == NULL)
    return FALSE;
  self->insert_application = exemplar_database_prepare (self->db,
                                                        "INSERT INTO application (unit_id, state, submitted_at, updated_at) "
                                                        "VALUES (?1, 'evaluated', ?2, ?2)",
                                                        error);
  if (self->insert_application == NULL)
    return FALSE;
  self->insert_self_score = exemplar_database_prepare (self->db,
                                                       "INSERT INTO self_score (application_id, indicator_id, points) "
                                                       "VALUES (?1, ?2, ?3)",
                                                       error);
  if (self->insert_self_score == NULL)
    return FALSE;
  self->insert_reviewer = exemplar_database_prepare (self->db,
                                                     "INSERT INTO reviewer (name, affiliation, unit_id, role, contact) "
                                                     "VALUES (?1, 'applicant', ?2, ?3, ?4)",
                                                     error);
  if (self->insert_reviewer == NULL)
    return FALSE;
  self->insert_assignment = exemplar_database_prepare (self->db,
                                                       "INSERT INTO assignment (reviewer_id, application_id, round_id, draw_id) "
                                                       "VALUES (?1, ?2, ?3, ?4)",
                                                       error);
  if (self->insert_assignment == NULL)
    return FALSE;
  self->insert_sheet = exemplar_database_prepare (self->db,
                                                  "INSERT INTO score_sheet (assignment_id, state, updated_at, submitted_at, seal) "
                                                  "VALUES (?1, 'submitted', ?2, ?2, ?3)",
                                                  error);
  if (self->insert_sheet == NULL)
    return FALSE;
  self->insert_score = exemplar_database_prepare (self->db,
                                                  "INSERT INTO score (sheet_id, indicator_id, points, reason) "
                                                  "VALUES (?1, ?2, ?3, ?4)",
                                                  error);
  return self->insert_score != NULL;
}

static void
load_leaves (Synthetic      *self,
             ExemplarRubric *rubric)
{
  g_autoptr(GPtrArray) leaves = _exemplar_score_sheet_collect_leaves (rubric, NULL);

  self->n_leaves = leaves->len;
  self->leaf_ids = g_new0 (gint64, MAX (leaves->len, 1));
  self->leaf_points = g_new0 (gint64, MAX (leaves->len, 1));
  self->leaf_codes = g_new0 (char *, leaves->len + 1);

  for (guint l = 0; l < leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, l);

      self->leaf_ids[l] = exemplar_indicator_get_id (leaf);
      self->leaf_points[l] = exemplar_indicator_get_points (leaf);
      self->leaf_codes[l] = g_strdup (exemplar_indicator_get_code (leaf));
    }
}

/* The template's units make way for the synthetic ones; each gets a
 * submitted application whose self-scores are a little above what the
 * reviewers will agree on. */
static gboolean
write_units (Synthetic  *self,
             GError    **error)
{
  g_autofree char *largest = g_strdup_printf ("%u", self->n_units);
  int width = MAX (4, (int) strlen (largest));

  if (!exemplar_database_exec (self->db, "DELETE FROM application; DELETE FROM unit;", error))
    return FALSE;

  self->codes = g_new0 (char *, self->n_units + 1);
  self->unit_ids = g_new0 (gint64, self->n_units);
  self->application_ids = g_new0 (gint64, self->n_units);
  self->base = g_new0 (gint64, (gsize) self->n_units * MAX (self->n_leaves, 1));

  for (guint u = 0; u < self->n_units; u++)
    {
      g_autofree char *name = NULL;
      g_autofree char *name_en = NULL;
      gint64 *base = &self->base[(gsize) u * self->n_leaves];
      /* How often this unit loses a step against the full points. */
      gint32 strictness = g_rand_int_range (self->rand, 10, 60);

      self->codes[u] = g_strdup_printf ("%0*u", width, u + 1);
      name = g_strdup_printf ("示范街道%s", self->codes[u]);
      name_en = g_strdup_printf ("Model Subdistrict %s", self->codes[u]);

      sqlite3_bind_text (self->insert_unit, 1, self->codes[u], -1, SQLITE_STATIC);
      sqlite3_bind_text (self->insert_unit, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (self->insert_unit, 3, name_en, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (self->insert_unit, 4, u);
      if (!insert_row (self, self->insert_unit, error))
        return FALSE;

      self->unit_ids[u] = exemplar_database_last_insert_id (self->db);

      sqlite3_bind_int64 (self->insert_application, 1, self->unit_ids[u]);
      sqlite3_bind_text (self->insert_application, 2, self->now, -1, SQLITE_STATIC);
      if (!insert_row (self, self->insert_application, error))
        return FALSE;
      self->application_ids[u] = exemplar_database_last_insert_id (self->db);

      for (guint l = 0; l < self->n_leaves; l++)
        {
          gint64 max = self->leaf_points[l];
          gint64 step = max >= 200 ? 100 : 50;
          gint64 points = max;
          gint64 claimed;

          if (g_rand_int_range (self->rand, 0, 100) < strictness)
            points -= step;
          base[l] = CLAMP (points, 0, max);
          claimed = base[l] + (g_rand_boolean (self->rand) ? 50 : 0);

          sqlite3_bind_int64 (self->insert_self_score, 1, self->application_ids[u]);
          sqlite3_bind_int64 (self->insert_self_score, 2, self->leaf_ids[l]);
          sqlite3_bind_int64 (self->insert_self_score, 3, MIN (max, claimed));
          if (!insert_row (self, self->insert_self_score, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_reviewers (Synthetic  *self,
                 GError    **error)
{
  self->reviewer_ids = g_new0 (gint64, (gsize) self->n_units * self->per_unit);

  for (guint u = 0; u < self->n_units; u++)
    for (guint k = 0; k < self->per_unit; k++)
      {
        g_autofree char *name = _exemplar_demo_dup_name (self->rand);
        g_autofree char *contact = g_strdup_printf ("1%d%08d", g_rand_int_range (self->rand, 30, 90),
                                                    g_rand_int_range (self->rand, 0, 99999999));

        sqlite3_bind_text (self->insert_reviewer, 1, name, -1, SQLITE_STATIC);
        sqlite3_bind_int64 (self->insert_reviewer, 2, self->unit_ids[u]);
        sqlite3_bind_text (self->insert_reviewer, 3, roles[(u + k) % G_N_ELEMENTS (roles)], -1, SQLITE_STATIC);
        sqlite3_bind_text (self->insert_reviewer, 4, contact, -1, SQLITE_STATIC);
        if (!insert_row (self, self->insert_reviewer, error))
          return FALSE;
        self->reviewer_ids[(gsize) u * self->per_unit + k] = exemplar_database_last_insert_id (self->db);
      }

  return TRUE;
}

/* The text exemplar_score_sheet_submit() seals, which must stay the same
 * as in exemplar-score-sheet-workflow.c (tests/test-demo.c reopens and
 * resubmits a synthetic sheet to check that the seal comes out equal). */
static char *
dup_seal (Synthetic    *self,
          gint64        assignment_id,
          gint64        reviewer_id,
          const char   *unit_code,
          const gint64 *points,
          const int    *reason)
{
  GString *text = g_string_sized_new (64 + 24 * self->n_leaves);
  char *seal;

  g_string_append (text, "exemplar-score-sheet 1\n");
  g_string_append_printf (text, "assignment=%" G_GINT64_FORMAT "\n", assignment_id);
  g_string_append_printf (text, "reviewer=%" G_GINT64_FORMAT "\n", reviewer_id);
  g_string_append_printf (text, "unit=%s\n", unit_code);
  for (guint l = 0; l < self->n_leaves; l++)
    g_string_append_printf (text, "%s=%" G_GINT64_FORMAT "|%s\n", self->leaf_codes[l], points[l],
                            reason[l] >= 0 ? self->escaped[reason[l]] : "");
  g_string_append (text, "comment=\n");

  seal = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str, text->len);
  g_string_free (text, TRUE);
  return seal;
}

/* One sheet: the unit's agreed points, half a point less now and then,
 * and a reason for every deduction. */
static gboolean
write_sheet (Synthetic  *self,
             guint       unit,
             gint64      reviewer_id,
             gint64      round_id,
             gint64      draw_id,
             GError    **error)
{
  const gint64 *base = &self->base[(gsize) unit * self->n_leaves];
  g_autofree gint64 *points = g_new (gint64, MAX (self->n_leaves, 1));
  g_autofree int *reason = g_new (int, MAX (self->n_leaves, 1));
  g_autofree char *seal = NULL;
  gint64 assignment_id, sheet_id;

  for (guint l = 0; l < self->n_leaves; l++)
    {
      points[l] = base[l];
      if (self->leaf_points[l] >= 150 && points[l] >= 50 && g_rand_int_range (self->rand, 0, 100) < 15)
        points[l] -= 50;
      reason[l] = points[l] < self->leaf_points[l] ? g_rand_int_range (self->rand, 0, G_N_ELEMENTS (reasons)) : -1;
    }

  sqlite3_bind_int64 (self->insert_assignment, 1, reviewer_id);
  sqlite3_bind_int64 (self->insert_assignment, 2, self->application_ids[unit]);
  sqlite3_bind_int64 (self->insert_assignment, 3, round_id);
  sqlite3_bind_int64 (self->insert_assignment, 4, draw_id);
  if (!insert_row (self, self->insert_assignment, error))
    return FALSE;
  assignment_id = exemplar_database_last_insert_id (self->db);

  seal = dup_seal (self, assignment_id, reviewer_id, self->codes[unit], points, reason);
  sqlite3_bind_int64 (self->insert_sheet, 1, assignment_id);
  sqlite3_bind_text (self->insert_sheet, 2, self->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (self->insert_sheet, 3, seal, -1, SQLITE_STATIC);
  if (!insert_row (self, self->insert_sheet, error))
    return FALSE;
  sheet_id = exemplar_database_last_insert_id (self->db);

  for (guint l = 0; l < self->n_leaves; l++)
    {
      sqlite3_bind_int64 (self->insert_score, 1, sheet_id);
      sqlite3_bind_int64 (self->insert_score, 2, self->leaf_ids[l]);
      sqlite3_bind_int64 (self->insert_score, 3, points[l]);
      if (reason[l] >= 0)
        sqlite3_bind_text (self->insert_score, 4, reasons[reason[l]], -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (self->insert_score, 4);
      if (!insert_row (self, self->insert_score, error))
        return FALSE;
    }

  self->n_sheets++;
  self->n_scores += self->n_leaves;
  return TRUE;
}

/* The draw: the units are shuffled into a ring and each is scored by the
 * five that follow it, one reviewer of each in turn. Nobody scores their
 * own unit, loads are equal, and with more than ten units no two units
 * score each other (offsets 1–5 one way are never 1–5 the other way). */
static gboolean
write_assignments (Synthetic  *self,
                   gint64      round_id,
                   guint32     seed,
                   GError    **error)
{
  g_autofree guint *ring = g_new (guint, self->n_units);
  g_autofree guint *position = g_new (guint, self->n_units);
  g_autofree char *parameters = NULL;
  sqlite3_stmt *stmt;
  gint64 draw_id;

  parameters = g_strdup_printf ("{\"round\":%" G_GINT64_FORMAT ",\"per_application\":%d}",
                                round_id, PER_APPLICATION);
  stmt = exemplar_database_prepare (self->db, "INSERT INTO draw (seed, parameters, drawn_at) VALUES (?1, ?2, ?3)",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seed);
  sqlite3_bind_text (stmt, 2, parameters, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->now, -1, SQLITE_STATIC);
  if (!exemplar_database_step_done (self->db, stmt, error))
    return FALSE;
  draw_id = exemplar_database_last_insert_id (self->db);

  for (guint u = 0; u < self->n_units; u++)
    ring[u] = u;
  for (guint u = self->n_units; u > 1; u--)
    {
      guint j = (guint) g_rand_int_range (self->rand, 0, (gint32) u);
      guint swap = ring[u - 1];

      ring[u - 1] = ring[j];
      ring[j] = swap;
    }
  for (guint p = 0; p < self->n_units; p++)
    position[ring[p]] = p;

  for (guint u = 0; u < self->n_units; u++)
    for (guint offset = 1; offset <= PER_APPLICATION; offset++)
      {
        guint home = ring[(position[u] + offset) % self->n_units];
        /* A unit's staff score the five units before it, by turns. */
        guint k = (offset - 1) % self->per_unit;

        if (!write_sheet (self, u, self->reviewer_ids[(gsize) home * self->per_unit + k],
                          round_id, draw_id, error))
          return FALSE;
      }

  return TRUE;
}

static gboolean
write_all (Synthetic  *self,
           gint64      round_id,
           guint32     seed,
           GError    **error)
{
  g_autofree char *detail = NULL;

  if (!exemplar_database_begin (self->db, error))
    return FALSE;

  if (!prepare_all (self, error) ||
      !write_units (self, error) ||
      !write_reviewers (self, error) ||
      !write_assignments (self, round_id, seed, error))
    goto fail;

  detail = g_strdup_printf ("seed %u; %u units, %u reviewers, %u sheets, %" G_GUINT64_FORMAT " scores",
                            seed, self->n_units, self->n_units * self->per_unit,
                            self->n_sheets, self->n_scores);
  if (!exemplar_database_audit (self->db, "demo.synthetic", "", detail, error) ||
      !exemplar_database_commit (self->db, error))
    goto fail;

  return TRUE;

fail:
  exemplar_database_rollback (self->db);
  return FALSE;
}

static void
remove_campaign_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
build (ExemplarCampaign  *campaign,
       guint32            seed,
       guint              n_units,
       guint              reviewers_per_unit,
       GError           **error)
{
  g_auto(Synthetic) self = { 0 };
  g_autofree char *title = NULL;
  ExemplarRound *round;

  /* Translators: the title of a synthetic benchmark campaign; %s is the
   * template's title, %u the number of made-up applicant units. */
  title = g_strdup_printf (_("%s (Synthetic Data, %u Units)"), exemplar_campaign_get_title (campaign), n_units);
  if (!exemplar_campaign_set_title (campaign, title, error) ||
      !exemplar_campaign_set_phase (campaign, EXEMPLAR_PHASE_EVALUATION, NULL, error))
    return FALSE;

  round = exemplar_evaluation_add_round (exemplar_campaign_get_evaluation (campaign), "交叉评估",
                                         EXEMPLAR_METHOD_CROSS, 0, error);
  if (round == NULL)
    return FALSE;

  self.db = exemplar_campaign_get_database (campaign);
  self.rand = g_rand_new_with_seed (seed);
  self.n_units = n_units;
  self.per_unit = reviewers_per_unit;
  self.now = _exemplar_score_sheet_now ();
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    self.escaped[i] = g_strescape (reasons[i], NULL);
  load_leaves (&self, exemplar_campaign_get_rubric (campaign));

  return write_all (&self, exemplar_round_get_id (round), seed, error);
}

ExemplarCampaign *
exemplar_campaign_new_synthetic (const char  *path,
                                 const char  *template_id,
                                 guint32      seed,
                                 guint        n_units,
                                 guint        reviewers_per_unit,
                                 GError     **error)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (n_units < EXEMPLAR_SYNTHETIC_MIN_UNITS || n_units > EXEMPLAR_SYNTHETIC_MAX_UNITS)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the numbers are the bounds and what was asked. */
                   _("A synthetic campaign has from %u to %u units, not %u; "
                     "the sample campaign without a size has the template’s own units."),
                   EXEMPLAR_SYNTHETIC_MIN_UNITS, EXEMPLAR_SYNTHETIC_MAX_UNITS, n_units);
      return NULL;
    }
  if (reviewers_per_unit < 1 || reviewers_per_unit > EXEMPLAR_SYNTHETIC_MAX_REVIEWERS_PER_UNIT)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the numbers are the bounds and what was asked. */
                   _("Each unit sends from %u to %u reviewers, not %u: its staff score %u other units in all."),
                   1, EXEMPLAR_SYNTHETIC_MAX_REVIEWERS_PER_UNIT, reviewers_per_unit, PER_APPLICATION);
      return NULL;
    }

  campaign = exemplar_campaign_new_from_template (path, template_id, error);
  if (campaign == NULL)
    return NULL;

  if (!build (campaign, seed, n_units, reviewers_per_unit, &local_error))
    {
      g_clear_object (&campaign);
      remove_campaign_file (path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* The campaign's lists were loaded before the units were replaced. */
  g_clear_object (&campaign);
  campaign = exemplar_campaign_open (path, error);
  if (campaign == NULL)
    remove_campaign_file (path);

  return g_steal_pointer (&campaign);
}
