/* exemplar-results-load.c
 *
 * The snapshot of the campaign a computation starts from (main thread),
 * and reading what the results need from the file in a handful of queries
 * (any thread): the submitted sheets, then all their scores in one
 * sequential pass into the score table (sheet × leaf position), the
 * assignments and the vetoes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-results-private.h"
#include "exemplar-reviewer.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

/* How many score rows are read between two looks at the cancellable. */
#define ROWS_PER_CHECK 65536

/* The snapshot (main thread). */

void
_exemplar_results_input_free (ExemplarResultsInput *input)
{
  if (input == NULL)
    return;

  g_free (input->path);
  g_free (input->viewer_name);
  g_free (input->leaf_ids);
  g_free (input->leaf_points);
  g_free (input->leaf_branch);
  g_free (input->leaf_bonus);
  g_free (input->branch_protection);
  g_free (input->protection_branch);
  g_free (input->application_ids);
  g_free (input->self_totals);
  for (guint u = 0; u < input->n_units; u++)
    {
      g_free (input->unit_codes[u]);
      g_free (input->unit_names[u]);
    }
  g_free (input->unit_codes);
  g_free (input->unit_names);
  g_free (input->reviewer_ids);
  g_free (input->rounds);
  g_free (input);
}

void
_exemplar_results_objects_free (ExemplarResultsObjects *objects)
{
  if (objects == NULL)
    return;

  g_clear_pointer (&objects->leaves, g_ptr_array_unref);
  g_clear_pointer (&objects->branches, g_ptr_array_unref);
  g_clear_pointer (&objects->protections, g_ptr_array_unref);
  g_clear_pointer (&objects->declarations, g_ptr_array_unref);
  g_clear_pointer (&objects->reviewers, g_ptr_array_unref);
  g_clear_pointer (&objects->rounds, g_ptr_array_unref);
  g_free (objects);
}

static void
collect_leaves (ExemplarIndicator *indicator,
                guint              branch,
                GPtrArray         *leaves,
                GArray            *leaf_branch)
{
  GListModel *children;

  if (exemplar_indicator_is_leaf (indicator))
    {
      if (exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO)
        {
          g_ptr_array_add (leaves, g_object_ref (indicator));
          g_array_append_val (leaf_branch, branch);
        }
      return;
    }

  children = exemplar_indicator_get_children (indicator);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

      collect_leaves (child, branch, leaves, leaf_branch);
    }
}

/* The rubric: scored leaves, top-level branches, protections. */
static void
snapshot_rubric (ExemplarCampaign       *campaign,
                 ExemplarResultsInput   *input,
                 ExemplarResultsObjects *objects)
{
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  g_autoptr(GArray) leaf_branch = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) protection_branch = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) protections = NULL;
  GPtrArray *leaves = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *branches = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
    {
      g_autoptr(ExemplarIndicator) top = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      if (exemplar_indicator_get_kind (top) == EXEMPLAR_INDICATOR_VETO)
        continue;
      collect_leaves (top, branches->len, leaves, leaf_branch);
      g_ptr_array_add (branches, g_object_ref (top));
    }

  objects->leaves = leaves;
  objects->branches = branches;
  input->bonus_cap = exemplar_rubric_get_bonus_cap (rubric);
  input->n_leaves = leaves->len;
  input->n_branches = branches->len;
  input->leaf_branch = g_array_steal (leaf_branch, NULL);
  input->leaf_ids = g_new0 (gint64, MAX (leaves->len, 1));
  input->leaf_points = g_new0 (gint64, MAX (leaves->len, 1));
  input->leaf_bonus = g_new0 (gboolean, MAX (leaves->len, 1));
  for (guint l = 0; l < leaves->len; l++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, l);

      input->leaf_ids[l] = exemplar_indicator_get_id (leaf);
      input->leaf_points[l] = exemplar_indicator_get_points (leaf);
      input->leaf_bonus[l] = exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS;
    }

  objects->protections = g_ptr_array_new_with_free_func (g_object_unref);
  input->branch_protection = g_new0 (gboolean, MAX (branches->len, 1));
  protections = evaluation != NULL ? exemplar_evaluation_get_protections (evaluation) : NULL;
  for (guint p = 0; protections != NULL && p < protections->len; p++)
    {
      ExemplarIndicator *protection = g_ptr_array_index (protections, p);
      guint b;

      if (g_ptr_array_find (branches, protection, &b) && !input->branch_protection[b])
        {
          input->branch_protection[b] = TRUE;
          g_array_append_val (protection_branch, b);
          g_ptr_array_add (objects->protections, g_object_ref (protection));
        }
    }
  input->n_protections = protection_branch->len;
  input->protection_branch = g_array_steal (protection_branch, NULL);
}

/* The applicants in official order, with their self totals. */
static void
snapshot_units (ExemplarCampaign       *campaign,
                ExemplarResultsInput   *input,
                ExemplarResultsObjects *objects)
{
  GListModel *declarations = exemplar_campaign_get_declarations (campaign);
  guint n = g_list_model_get_n_items (declarations);

  objects->declarations = g_ptr_array_new_full (n, g_object_unref);
  input->n_units = n;
  input->application_ids = g_new0 (gint64, MAX (n, 1));
  input->self_totals = g_new0 (gint64, MAX (n, 1));
  input->unit_codes = g_new0 (char *, MAX (n, 1));
  input->unit_names = g_new0 (char *, MAX (n, 1));

  for (guint u = 0; u < n; u++)
    {
      ExemplarDeclaration *declaration = g_list_model_get_item (declarations, u);
      ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);

      g_ptr_array_add (objects->declarations, declaration);
      input->application_ids[u] = exemplar_declaration_get_id (declaration);
      /* The declaration keeps its self total up to date ("self-total"). */
      input->self_totals[u] = declaration->self_total;
      input->unit_codes[u] = g_strdup (unit != NULL ? exemplar_unit_get_code (unit) : "");
      input->unit_names[u] = g_strdup (unit != NULL ? exemplar_unit_get_name (unit) : "");
    }
}

static void
snapshot_evaluation (ExemplarCampaign       *campaign,
                     ExemplarResultsInput   *input,
                     ExemplarResultsObjects *objects)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *reviewers = evaluation != NULL ? exemplar_evaluation_get_reviewers (evaluation) : NULL;
  GListModel *rounds = evaluation != NULL ? exemplar_evaluation_get_rounds (evaluation) : NULL;
  guint n_reviewers = reviewers != NULL ? g_list_model_get_n_items (reviewers) : 0;
  guint n_rounds = rounds != NULL ? g_list_model_get_n_items (rounds) : 0;

  objects->reviewers = g_ptr_array_new_full (n_reviewers, g_object_unref);
  input->n_reviewers = n_reviewers;
  input->reviewer_ids = g_new0 (gint64, MAX (n_reviewers, 1));
  for (guint i = 0; i < n_reviewers; i++)
    {
      ExemplarReviewer *reviewer = g_list_model_get_item (reviewers, i);

      g_ptr_array_add (objects->reviewers, reviewer);
      input->reviewer_ids[i] = exemplar_reviewer_get_id (reviewer);
    }

  objects->rounds = g_ptr_array_new_full (n_rounds, g_object_unref);
  input->n_rounds = n_rounds;
  input->rounds = g_new0 (ExemplarRoundInfo, MAX (n_rounds, 1));
  for (guint i = 0; i < n_rounds; i++)
    {
      ExemplarRound *round = g_list_model_get_item (rounds, i);

      g_ptr_array_add (objects->rounds, round);
      input->rounds[i].id = exemplar_round_get_id (round);
      input->rounds[i].weight = exemplar_round_get_weight (round);
      input->rounds[i].method = exemplar_round_get_method (round);
      if (input->rounds[i].weight > 0)
        input->weighted = TRUE;
    }

  if (evaluation != NULL)
    input->disagreement_percent = exemplar_evaluation_get_disagreement_percent (evaluation);
}

void
_exemplar_results_snapshot (ExemplarCampaign        *campaign,
                            ExemplarReviewer        *viewer,
                            ExemplarAggregate        aggregate,
                            guint                    min_trim,
                            ExemplarResultsInput   **input_out,
                            ExemplarResultsObjects **objects_out)
{
  ExemplarResultsInput *input = g_new0 (ExemplarResultsInput, 1);
  ExemplarResultsObjects *objects = g_new0 (ExemplarResultsObjects, 1);

  input->path = g_strdup (exemplar_campaign_get_path (campaign));
  if (viewer != NULL)
    {
      input->viewer_id = exemplar_reviewer_get_id (viewer);
      input->viewer_name = g_strdup (exemplar_reviewer_get_name (viewer));
    }
  input->aggregate = aggregate;
  input->min_trim = min_trim;
  /* The notice names the top 3; a campaign without a quota is read the same way. */
  input->quota = exemplar_campaign_get_quota (campaign) > 0 ? exemplar_campaign_get_quota (campaign) : 3;

  snapshot_rubric (campaign, input, objects);
  snapshot_units (campaign, input, objects);
  snapshot_evaluation (campaign, input, objects);

  *input_out = input;
  *objects_out = objects;
}

/* Reading the file (any thread). */

gboolean
_exemplar_results_check_viewer (ExemplarResultsBuild  *build,
                                ExemplarDatabase      *db,
                                GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 open_sheets;

  stmt = exemplar_database_prepare (db,
                                    "SELECT count(*) FROM assignment a "
                                    "LEFT JOIN score_sheet s ON s.assignment_id = a.id "
                                    "WHERE a.reviewer_id = ? AND (s.state IS NULL OR s.state <> 'submitted')",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, build->input->viewer_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  open_sheets = sqlite3_column_int64 (stmt, 0);
  if (open_sheets > 0)
    {
      /* Translators: %s is a reviewer, %u a number of score sheets. */
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s still has %u score sheet to submit; the results and other "
                                "reviewers’ scores are shown only after all of one’s own sheets "
                                "are submitted.",
                                "%s still has %u score sheets to submit; the results and other "
                                "reviewers’ scores are shown only after all of one’s own sheets "
                                "are submitted.",
                                (gulong) open_sheets),
                   build->input->viewer_name, (guint) open_sheets);
      return FALSE;
    }

  return TRUE;
}

/* Positions by id: @ids[i] → i + 1. The keys point into @ids. */
static GHashTable *
index_ids (const gint64 *ids,
           guint         n)
{
  GHashTable *positions = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < n; i++)
    g_hash_table_insert (positions, (gpointer) &ids[i], GUINT_TO_POINTER (i + 1));

  return positions;
}

static int
unit_of_application (ExemplarResultsBuild *build,
                     gint64                application_id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (build->by_application, &application_id)) - 1;
}

typedef struct
{
  gint64 id;
  guint  unit;
  guint  reviewer;
  guint  round;
} SheetRow;

/* The submitted sheets, grouped by unit and ordered by round within it so
 * that a leaf's points of one round are contiguous. */
static gboolean
load_sheets (ExemplarResultsBuild  *build,
             ExemplarDatabase      *db,
             GHashTable           **sheet_positions,
             gint64               **sheet_ids,
             GError               **error)
{
  ExemplarResultsInput *input = build->input;
  ExemplarScoreTable *table = build->table;
  g_autoptr(GHashTable) reviewer_positions = index_ids (input->reviewer_ids, input->n_reviewers);
  g_autoptr(GHashTable) round_positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (SheetRow));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  for (guint i = 0; i < input->n_rounds; i++)
    g_hash_table_insert (round_positions, &input->rounds[i].id, GUINT_TO_POINTER (i + 1));

  stmt = exemplar_database_prepare (db,
                                    "SELECT s.id, a.reviewer_id, a.application_id, a.round_id "
                                    "FROM score_sheet s JOIN assignment a ON a.id = s.assignment_id "
                                    "LEFT JOIN round r ON r.id = a.round_id "
                                    "WHERE s.state = 'submitted' "
                                    "ORDER BY a.application_id, r.position, a.round_id, a.reviewer_id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 reviewer_id = sqlite3_column_int64 (stmt, 1);
      gint64 round_id = sqlite3_column_int64 (stmt, 3);
      guint reviewer = GPOINTER_TO_UINT (g_hash_table_lookup (reviewer_positions, &reviewer_id));
      guint round = GPOINTER_TO_UINT (g_hash_table_lookup (round_positions, &round_id));
      int unit = unit_of_application (build, sqlite3_column_int64 (stmt, 2));
      SheetRow row;

      /* The snapshot was taken from the same file a moment ago, so this
       * only skips rows written since (the next computation counts them). */
      if (unit < 0 || reviewer == 0)
        continue;

      row.id = sqlite3_column_int64 (stmt, 0);
      row.unit = unit;
      row.reviewer = reviewer - 1;
      row.round = sqlite3_column_type (stmt, 3) == SQLITE_NULL || round == 0 ? NO_ROUND : round - 1;
      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  _exemplar_score_table_set_n_sheets (table, rows->len);
  *sheet_ids = g_new0 (gint64, MAX (rows->len, 1));
  *sheet_positions = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint s = 0; s < rows->len; s++)
    {
      SheetRow *row = &g_array_index (rows, SheetRow, s);
      ExemplarUnitResult *unit = &table->units[row->unit];

      if (unit->n_sheets == 0)
        unit->first_sheet = s;
      unit->n_sheets++;

      table->sheet_reviewer[s] = row->reviewer;
      table->sheet_round[s] = row->round;
      (*sheet_ids)[s] = row->id;
      g_hash_table_insert (*sheet_positions, &(*sheet_ids)[s], GUINT_TO_POINTER (s + 1));
    }

  return TRUE;
}

/* The points (and reasons) of the submitted sheets, in one query. */
static gboolean
load_scores (ExemplarResultsBuild  *build,
             ExemplarDatabase      *db,
             GCancellable          *cancellable,
             GError               **error)
{
  ExemplarScoreTable *table = build->table;
  g_autoptr(GHashTable) sheet_positions = NULL;
  g_autoptr(GHashTable) leaf_positions = index_ids (build->input->leaf_ids, build->input->n_leaves);
  g_autofree gint64 *sheet_ids = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 last_sheet_id = -1;
  guint last_sheet = 0;
  guint n_rows = 0;
  int rc;

  if (!load_sheets (build, db, &sheet_positions, &sheet_ids, error))
    return FALSE;

  /* One sequential pass over the table: the sheets already say which are
   * submitted, and a join would walk the scores through their index in
   * random order instead. */
  stmt = exemplar_database_prepare (db,
                                    "SELECT sheet_id, indicator_id, points, reason FROM score "
                                    "WHERE points IS NOT NULL",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 sheet_id = sqlite3_column_int64 (stmt, 0);
      gint64 leaf_id = sqlite3_column_int64 (stmt, 1);
      const char *reason;
      guint leaf;
      gsize cell;

      if (++n_rows % ROWS_PER_CHECK == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      /* A sheet's scores mostly come together: look it up once. */
      if (sheet_id != last_sheet_id)
        {
          last_sheet_id = sheet_id;
          last_sheet = GPOINTER_TO_UINT (g_hash_table_lookup (sheet_positions, &sheet_id));
        }
      leaf = GPOINTER_TO_UINT (g_hash_table_lookup (leaf_positions, &leaf_id));
      if (last_sheet == 0 || leaf == 0)
        continue;

      cell = (gsize) (last_sheet - 1) * table->n_leaves + (leaf - 1);
      table->points[cell] = sqlite3_column_int64 (stmt, 2);
      reason = (const char *) sqlite3_column_text (stmt, 3);
      if (reason != NULL && reason[0] != '\0')
        table->reasons[cell] = g_string_chunk_insert (table->chunk, reason);
    }
  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  return TRUE;
}

/* Assigned sheets per unit and the office's veto findings. */
static gboolean
load_assignments_and_vetoes (ExemplarResultsBuild  *build,
                             ExemplarDatabase      *db,
                             GError               **error)
{
  ExemplarScoreTable *table = build->table;
  g_autoptr(sqlite3_stmt) counts = NULL;
  g_autoptr(sqlite3_stmt) vetoes = NULL;
  int rc;

  counts = exemplar_database_prepare (db, "SELECT application_id, count(*) FROM assignment GROUP BY application_id",
                                      error);
  if (counts == NULL)
    return FALSE;
  while ((rc = sqlite3_step (counts)) == SQLITE_ROW)
    {
      int unit = unit_of_application (build, sqlite3_column_int64 (counts, 0));

      if (unit >= 0)
        table->units[unit].n_assigned = sqlite3_column_int (counts, 1);
    }
  if (rc != SQLITE_DONE)
    goto fail;

  vetoes = exemplar_database_prepare (db, "SELECT application_id, reason FROM veto_finding ORDER BY application_id, id",
                                      error);
  if (vetoes == NULL)
    return FALSE;
  while ((rc = sqlite3_step (vetoes)) == SQLITE_ROW)
    {
      int unit = unit_of_application (build, sqlite3_column_int64 (vetoes, 0));
      const char *reason = (const char *) sqlite3_column_text (vetoes, 1);
      ExemplarUnitResult *result;
      char *joined;

      if (unit < 0)
        continue;

      result = &table->units[unit];
      reason = reason != NULL ? reason : "";
      joined = result->veto_reason == NULL ? g_strdup (reason)
                                           : g_strconcat (result->veto_reason, "；", reason, NULL);
      g_free (result->veto_reason);
      result->veto_reason = joined;
    }
  if (rc != SQLITE_DONE)
    goto fail;

  return TRUE;

fail:
  exemplar_database_set_error (db, error);
  return FALSE;
}

gboolean
_exemplar_results_load (ExemplarResultsBuild  *build,
                        ExemplarDatabase      *db,
                        GCancellable          *cancellable,
                        GError               **error)
{
  ExemplarResultsInput *input = build->input;

  build->table = _exemplar_score_table_new (input->n_leaves, input->n_branches, input->n_units);
  build->by_application = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint u = 0; u < input->n_units; u++)
    {
      build->table->units[u].self_total = input->self_totals[u];
      if (input->application_ids[u] > 0)
        g_hash_table_insert (build->by_application, &input->application_ids[u], GUINT_TO_POINTER (u + 1));
    }

  return load_scores (build, db, cancellable, error) &&
         load_assignments_and_vetoes (build, db, error);
}
