/* exemplar-declaration-assessment.c
 *
 * The self-assessment (自评): points per scored leaf, in hundredths, a note
 * that may be stored before the points, and the totals over the rubric tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"

/* Self-scores move in half points, as the rubric's own points do. */
#define SELF_SCORE_STEP 50
#define NOTE_MAX_CHARS 500

void
_exemplar_self_score_free (gpointer data)
{
  ExemplarSelfScore *score = data;

  g_free (score->note);
  g_free (score);
}

void
_exemplar_self_scores_add_row (GHashTable   *scores,
                               sqlite3_stmt *stmt,
                               int           column)
{
  gint64 id = sqlite3_column_int64 (stmt, column);
  ExemplarSelfScore *score = g_new0 (ExemplarSelfScore, 1);

  /* A row without points holds a note typed before the score. */
  score->scored = sqlite3_column_type (stmt, column + 1) != SQLITE_NULL;
  score->points = score->scored ? sqlite3_column_int64 (stmt, column + 1) : 0;
  score->note = g_strdup ((const char *) sqlite3_column_text (stmt, column + 2));
  g_hash_table_insert (scores, g_memdup2 (&id, sizeof id), score);
}

gboolean
_exemplar_declaration_load_self_scores (ExemplarDeclaration  *self,
                                        GError              **error)
{
  ExemplarDatabase *db = _exemplar_declaration_get_database (self);
  g_autoptr(GHashTable) scores = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = exemplar_database_prepare (db,
                                    "SELECT indicator_id, points, note FROM self_score "
                                    "WHERE application_id = ?",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);

  scores = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, _exemplar_self_score_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      _exemplar_self_scores_add_row (scores, stmt, 0);
    }

  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  g_hash_table_unref (self->self_scores);
  self->self_scores = g_steal_pointer (&scores);
  return TRUE;
}

static gboolean
is_scored_leaf (ExemplarIndicator *indicator)
{
  return exemplar_indicator_is_leaf (indicator) &&
         exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO;
}

static ExemplarSelfScore *
lookup (ExemplarDeclaration *self,
        ExemplarIndicator   *leaf)
{
  gint64 id = exemplar_indicator_get_id (leaf);

  return g_hash_table_lookup (self->self_scores, &id);
}

/* Refuses an indicator of another campaign, one deleted from the rubric,
 * a branch and a veto item. */
static gboolean
check_leaf (ExemplarDeclaration  *self,
            ExemplarIndicator    *leaf,
            GError              **error)
{
  const char *code = exemplar_indicator_get_code (leaf);

  if (exemplar_rubric_find (_exemplar_declaration_get_rubric (self), code) != leaf)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   _("Indicator %s is not in this campaign’s rubric."), code);
      return FALSE;
    }

  if (!is_scored_leaf (leaf))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("%s %s is not a scored item: only items without sub-items, and bonus "
                     "items, are self-assessed."),
                   code, exemplar_indicator_get_name (leaf));
      return FALSE;
    }

  return TRUE;
}

/* Checks @note and sets *@stored to it trimmed, or to NULL when blank. */
static gboolean
check_note (ExemplarIndicator  *leaf,
            const char         *note,
            char              **stored,
            GError            **error)
{
  const char *code = exemplar_indicator_get_code (leaf);
  g_autofree char *trimmed = NULL;

  *stored = NULL;
  if (note == NULL)
    return TRUE;

  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The note on %s is not valid UTF-8 text."), code);
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (note));
  if (g_utf8_strlen (trimmed, -1) > NOTE_MAX_CHARS)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The note on %s may have at most %u characters; this one has %u."),
                   code, NOTE_MAX_CHARS, (guint) g_utf8_strlen (trimmed, -1));
      return FALSE;
    }

  if (trimmed[0] != '\0')
    *stored = g_steal_pointer (&trimmed);
  return TRUE;
}

gboolean
exemplar_declaration_get_self_score (ExemplarDeclaration  *self,
                                     ExemplarIndicator    *leaf,
                                     gint64               *points,
                                     const char          **note)
{
  ExemplarSelfScore *score = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  /* A leaf that became a branch keeps its old row until it is cleared;
   * it no longer counts. */
  if (is_scored_leaf (leaf))
    score = lookup (self, leaf);

  if (note != NULL)
    *note = score != NULL ? score->note : NULL;
  if (score == NULL || !score->scored)
    return FALSE;

  if (points != NULL)
    *points = score->points;

  return TRUE;
}

gboolean
exemplar_declaration_set_self_score (ExemplarDeclaration  *self,
                                     ExemplarIndicator    *leaf,
                                     gint64                points,
                                     const char           *note,
                                     GError              **error)
{
  ExemplarDatabase *db;
  ExemplarSelfScore *old;
  g_autofree char *stored_note = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *detail = NULL;
  const char *code;
  sqlite3_stmt *upsert;
  gint64 max;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  if (!_exemplar_declaration_check_editable (self, error) ||
      !check_leaf (self, leaf, error))
    return FALSE;

  code = exemplar_indicator_get_code (leaf);
  max = exemplar_indicator_get_points (leaf);
  if (points < 0 || points > max || points % SELF_SCORE_STEP != 0)
    {
      g_autofree char *max_text = exemplar_points_format (max);
      g_autofree char *given = exemplar_points_format (points);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The self-score for %s %s must be between 0 and %s points, in steps "
                     "of 0.5; %s is not."),
                   code, exemplar_indicator_get_name (leaf), max_text, given);
      return FALSE;
    }

  if (!check_note (leaf, note, &stored_note, error))
    return FALSE;

  old = lookup (self, leaf);
  if (old != NULL && old->scored && old->points == points && g_strcmp0 (old->note, stored_note) == 0)
    return TRUE;

  db = _exemplar_declaration_get_database (self);
  if (!exemplar_database_begin (db, error))
    return FALSE;

  upsert = exemplar_database_prepare (db,
                                      "INSERT INTO self_score (application_id, indicator_id, points, note) "
                                      "VALUES (?1, ?2, ?3, ?4) "
                                      "ON CONFLICT (application_id, indicator_id) "
                                      "DO UPDATE SET points = excluded.points, note = excluded.note",
                                      error);
  if (upsert == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (upsert, 1, self->id);
  sqlite3_bind_int64 (upsert, 2, exemplar_indicator_get_id (leaf));
  sqlite3_bind_int64 (upsert, 3, points);
  if (stored_note != NULL)
    sqlite3_bind_text (upsert, 4, stored_note, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (upsert, 4);

  if (!exemplar_database_step_done (db, upsert, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  old_text = old != NULL && old->scored ? exemplar_points_format (old->points) : g_strdup ("none");
  new_text = exemplar_points_format (points);
  detail = g_strdup_printf ("%s: %s -> %s", code, old_text, new_text);
  if (!_exemplar_declaration_commit_edit (self, "application.self_score", detail, error))
    return FALSE;

  if (old != NULL)
    {
      old->points = points;
      old->scored = TRUE;
      g_free (old->note);
      old->note = g_steal_pointer (&stored_note);
    }
  else
    {
      ExemplarSelfScore *score = g_new0 (ExemplarSelfScore, 1);

      score->points = points;
      score->scored = TRUE;
      score->note = g_steal_pointer (&stored_note);
      id = exemplar_indicator_get_id (leaf);
      g_hash_table_insert (self->self_scores, g_memdup2 (&id, sizeof id), score);
    }

  _exemplar_declaration_update_self_total (self);
  _exemplar_declaration_edited (self);
  return TRUE;
}

gboolean
exemplar_declaration_set_self_note (ExemplarDeclaration  *self,
                                    ExemplarIndicator    *leaf,
                                    const char           *note,
                                    GError              **error)
{
  ExemplarDatabase *db;
  ExemplarSelfScore *old;
  g_autofree char *stored_note = NULL;
  g_autofree char *detail = NULL;
  const char *code;
  sqlite3_stmt *stmt;
  gboolean drop_row;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  if (!_exemplar_declaration_check_editable (self, error) ||
      !check_leaf (self, leaf, error) ||
      !check_note (leaf, note, &stored_note, error))
    return FALSE;

  old = lookup (self, leaf);
  if (old != NULL ? g_strcmp0 (old->note, stored_note) == 0 : stored_note == NULL)
    return TRUE;

  /* A row left with neither points nor a note says nothing: it goes. */
  drop_row = stored_note == NULL && old != NULL && !old->scored;
  code = exemplar_indicator_get_code (leaf);
  id = exemplar_indicator_get_id (leaf);

  db = _exemplar_declaration_get_database (self);
  if (!exemplar_database_begin (db, error))
    return FALSE;

  if (drop_row)
    stmt = exemplar_database_prepare (db,
                                      "DELETE FROM self_score WHERE application_id = ?1 AND indicator_id = ?2",
                                      error);
  else
    stmt = exemplar_database_prepare (db,
                                      "INSERT INTO self_score (application_id, indicator_id, points, note) "
                                      "VALUES (?1, ?2, NULL, ?3) "
                                      "ON CONFLICT (application_id, indicator_id) "
                                      "DO UPDATE SET note = excluded.note",
                                      error);
  if (stmt == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, self->id);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!drop_row)
    {
      if (stored_note != NULL)
        sqlite3_bind_text (stmt, 3, stored_note, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 3);
    }

  if (!exemplar_database_step_done (db, stmt, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  /* As for a narrative, the note's length says enough in the audit log. */
  if (stored_note != NULL)
    detail = g_strdup_printf ("%s: note of %ld characters", code, g_utf8_strlen (stored_note, -1));
  else
    detail = g_strdup_printf ("%s: note cleared", code);
  if (!_exemplar_declaration_commit_edit (self, "application.self_score", detail, error))
    return FALSE;

  if (drop_row)
    g_hash_table_remove (self->self_scores, &id);
  else if (old != NULL)
    {
      g_free (old->note);
      old->note = g_steal_pointer (&stored_note);
    }
  else
    {
      ExemplarSelfScore *score = g_new0 (ExemplarSelfScore, 1);

      score->note = g_steal_pointer (&stored_note);
      g_hash_table_insert (self->self_scores, g_memdup2 (&id, sizeof id), score);
    }

  _exemplar_declaration_edited (self);
  return TRUE;
}

gboolean
exemplar_declaration_clear_self_score (ExemplarDeclaration  *self,
                                       ExemplarIndicator    *leaf,
                                       GError              **error)
{
  ExemplarDatabase *db;
  ExemplarSelfScore *old;
  g_autofree char *old_text = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *delete;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  if (!_exemplar_declaration_check_editable (self, error) ||
      !check_leaf (self, leaf, error))
    return FALSE;

  old = lookup (self, leaf);
  if (old == NULL || !old->scored)
    return TRUE;

  db = _exemplar_declaration_get_database (self);
  if (!exemplar_database_begin (db, error))
    return FALSE;

  /* The note typed on the item stays when its points go. */
  if (old->note != NULL)
    delete = exemplar_database_prepare (db,
                                        "UPDATE self_score SET points = NULL "
                                        "WHERE application_id = ? AND indicator_id = ?",
                                        error);
  else
    delete = exemplar_database_prepare (db,
                                        "DELETE FROM self_score WHERE application_id = ? AND indicator_id = ?",
                                        error);
  if (delete == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  id = exemplar_indicator_get_id (leaf);
  sqlite3_bind_int64 (delete, 1, self->id);
  sqlite3_bind_int64 (delete, 2, id);
  if (!exemplar_database_step_done (db, delete, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  old_text = exemplar_points_format (old->points);
  detail = g_strdup_printf ("%s: %s -> none", exemplar_indicator_get_code (leaf), old_text);
  if (!_exemplar_declaration_commit_edit (self, "application.self_score", detail, error))
    return FALSE;

  if (old->note != NULL)
    {
      old->scored = FALSE;
      old->points = 0;
    }
  else
    g_hash_table_remove (self->self_scores, &id);
  _exemplar_declaration_update_self_total (self);
  _exemplar_declaration_edited (self);
  return TRUE;
}

static gint64
sum_leaves (ExemplarDeclaration *self,
            ExemplarIndicator   *indicator)
{
  GListModel *children = exemplar_indicator_get_children (indicator);
  guint n_children = g_list_model_get_n_items (children);
  gint64 sum = 0;

  if (n_children == 0)
    {
      gint64 points = 0;

      exemplar_declaration_get_self_score (self, indicator, &points, NULL);
      return points;
    }

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

      sum += sum_leaves (self, child);
    }

  return sum;
}

gint64
exemplar_declaration_get_self_total (ExemplarDeclaration *self,
                                     ExemplarIndicator   *indicator)
{
  ExemplarRubric *rubric;
  GListModel *roots;
  gint64 items = 0;
  gint64 bonus = 0;
  gint64 cap;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  g_return_val_if_fail (indicator == NULL || EXEMPLAR_IS_INDICATOR (indicator), 0);

  if (self->campaign == NULL)
    return 0;

  rubric = _exemplar_declaration_get_rubric (self);
  cap = exemplar_rubric_get_bonus_cap (rubric);

  /* The bonus block may hold more points than it can give: its total is
   * capped, as the campaign's rules say. */
  if (indicator != NULL)
    {
      gint64 sum = sum_leaves (self, indicator);

      if (exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_BONUS)
        sum = MIN (sum, cap);
      return sum;
    }

  roots = G_LIST_MODEL (rubric);
  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      g_autoptr(ExemplarIndicator) root = g_list_model_get_item (roots, i);

      switch (exemplar_indicator_get_kind (root))
        {
        case EXEMPLAR_INDICATOR_ITEM:
          items += sum_leaves (self, root);
          break;

        case EXEMPLAR_INDICATOR_BONUS:
          bonus += sum_leaves (self, root);
          break;

        case EXEMPLAR_INDICATOR_VETO:
        default:
          break;
        }
    }

  return items + MIN (bonus, cap);
}
