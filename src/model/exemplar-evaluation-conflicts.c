/* exemplar-evaluation-conflicts.c
 *
 * Sheets that came back from reviewers' desktops for assignments the
 * office already held sealed with other content (sheet_conflict). They
 * wait, not applied, until the office keeps its own sheet or accepts the
 * incoming one, with a reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-sheet-conflict-private.h"
#include "exemplar-sheet-file-private.h"
#include "exemplar-unit.h"

#define REASON_MAX_CHARS 1000

static ExemplarAssignment *
find_assignment (ExemplarEvaluation *self,
                 gint64              id)
{
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_id (assignment) == id)
        return assignment;
    }

  return NULL;
}

/* One line per item whose points or reason differ between @office and
 * the checked @entry, and one for the comment. */
static GPtrArray *
list_differences (ExemplarScoreSheet     *office,
                  ExemplarSheetFileEntry *entry)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (office);
  GPtrArray *differences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 id = exemplar_indicator_get_id (leaf);
      ExemplarSheetScore *incoming = g_hash_table_lookup (entry->scores, &id);
      const char *reason = NULL;
      gint64 points = 0;
      gboolean scored = exemplar_score_sheet_get_score (office, leaf, &points, &reason);

      if (incoming == NULL)
        continue;

      if (!scored || points != incoming->points)
        {
          g_autofree char *office_text = scored ? exemplar_points_format (points) : g_strdup ("—");
          g_autofree char *incoming_text = exemplar_points_format (incoming->points);

          g_ptr_array_add (differences,
                           /* Translators: an item's code and name, the office's points,
                            * the returned sheet's points. */
                           g_strdup_printf (_("%s %s: office %s, sheet %s"),
                                            exemplar_indicator_get_code (leaf),
                                            exemplar_indicator_get_name (leaf),
                                            office_text, incoming_text));
        }
      else if (g_strcmp0 (reason, incoming->reason) != 0)
        g_ptr_array_add (differences,
                         /* Translators: an item's code and name. */
                         g_strdup_printf (_("%s %s: the reasons differ"),
                                          exemplar_indicator_get_code (leaf),
                                          exemplar_indicator_get_name (leaf)));
    }

  if (g_strcmp0 (exemplar_score_sheet_get_comment (office), entry->comment) != 0)
    g_ptr_array_add (differences, g_strdup (_("The comments differ")));

  return differences;
}

static ExemplarSheetConflict *
load_conflict (ExemplarEvaluation  *self,
               sqlite3_stmt        *row,
               GError             **error)
{
  ExemplarAssignment *assignment = find_assignment (self, sqlite3_column_int64 (row, 1));
  ExemplarConflictState state = EXEMPLAR_CONFLICT_PENDING;
  g_autoptr(ExemplarScoreSheet) office = NULL;
  g_autoptr(ExemplarSheetFileEntry) entry = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) differences = NULL;

  if (assignment == NULL)
    return NULL;

  if ((office = exemplar_evaluation_open_sheet (self, assignment, error)) == NULL)
    return NULL;

  _exemplar_conflict_state_from_string ((const char *) sqlite3_column_text (row, 3), &state);
  node = json_from_string ((const char *) sqlite3_column_text (row, 2), NULL);
  entry = _exemplar_sheet_file_entry_parse (node);

  /* The incoming sheet was checked on import; only a later change of the
   * rubric makes it fail now, and then the office learns why. */
  if (entry == NULL ||
      !_exemplar_sheet_file_entry_check (entry, self, exemplar_assignment_get_reviewer (assignment),
                                         &local_error))
    {
      differences = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (differences, g_strdup (local_error != NULL ? local_error->message
                                                                  : _("The returned sheet cannot be read.")));
    }
  else
    differences = list_differences (office, entry);

  return _exemplar_sheet_conflict_new (sqlite3_column_int64 (row, 0), assignment, state,
                                       exemplar_score_sheet_get_total (office, NULL),
                                       entry != NULL && entry->scores != NULL ? entry->total : 0,
                                       g_steal_pointer (&differences),
                                       (const char *) sqlite3_column_text (row, 4),
                                       (const char *) sqlite3_column_text (row, 5));
}

gboolean
_exemplar_evaluation_reload_conflicts (ExemplarEvaluation  *self,
                                       GError             **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert (EXEMPLAR_IS_EVALUATION (self));

  /* Nobody asked yet: the first ask loads them. */
  if (self->sheet_conflicts == NULL)
    return TRUE;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT id, assignment_id, incoming, state, decided_at, reason "
                                    "FROM sheet_conflict "
                                    "ORDER BY state = 'pending' DESC, coalesce (decided_at, '') DESC, id DESC",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      ExemplarSheetConflict *conflict = load_conflict (self, stmt, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (conflict != NULL)
        g_ptr_array_add (loaded, conflict);
    }

  g_list_store_splice (self->sheet_conflicts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sheet_conflicts)),
                       loaded->pdata, loaded->len);
  return TRUE;
}

GListModel *
exemplar_evaluation_get_sheet_conflicts (ExemplarEvaluation *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  if (self->sheet_conflicts == NULL)
    {
      self->sheet_conflicts = g_list_store_new (EXEMPLAR_TYPE_SHEET_CONFLICT);
      if (!_exemplar_evaluation_reload_conflicts (self, &error))
        g_warning ("Could not read the returned sheets: %s", error->message);
    }

  return G_LIST_MODEL (self->sheet_conflicts);
}

ExemplarSheetConflict *
_exemplar_evaluation_find_sheet_conflict (ExemplarEvaluation *self,
                                          gint64              id)
{
  GListModel *conflicts = exemplar_evaluation_get_sheet_conflicts (self);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ExemplarSheetConflict) conflict = g_list_model_get_item (conflicts, i);

      if (exemplar_sheet_conflict_get_id (conflict) == id)
        return conflict;
    }

  return NULL;
}

/* The incoming sheet of the pending conflict @id as the file holds it,
 * checked again against today's rubric; NULL with INVALID_INPUT when the
 * conflict was decided meanwhile. */
static ExemplarSheetFileEntry *
read_incoming (ExemplarEvaluation     *self,
               ExemplarSheetConflict  *conflict,
               GError                **error)
{
  ExemplarAssignment *assignment = exemplar_sheet_conflict_get_assignment (conflict);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(ExemplarSheetFileEntry) entry = NULL;
  g_autoptr(JsonNode) node = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT incoming FROM sheet_conflict WHERE id = ? AND state = 'pending'",
                                    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exemplar_sheet_conflict_get_id (conflict));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The office has already decided about this returned sheet."));
      return NULL;
    }

  node = json_from_string ((const char *) sqlite3_column_text (stmt, 0), NULL);
  if ((entry = _exemplar_sheet_file_entry_parse (node)) == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                           _("The returned sheet cannot be read: the campaign file is damaged."));
      return NULL;
    }
  if (!_exemplar_sheet_file_entry_check (entry, self, exemplar_assignment_get_reviewer (assignment), error))
    return NULL;

  return g_steal_pointer (&entry);
}

gboolean
exemplar_evaluation_resolve_sheet_conflict (ExemplarEvaluation     *self,
                                            ExemplarSheetConflict  *conflict,
                                            gboolean                accept,
                                            const char             *reason,
                                            GError                **error)
{
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();
  g_autoptr(ExemplarSheetFileEntry) entry = NULL;
  g_autoptr(ExemplarScoreSheet) office = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *now = NULL;
  g_autofree char *detail = NULL;
  ExemplarAssignment *assignment;
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;
  const char *office_seal;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = _exemplar_evaluation_strip (reason);
  if (stored == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           accept ? _("Say why the incoming sheet replaces the office’s; the reason is recorded.")
                                  : _("Say why the office keeps its own sheet; the reason is recorded."));
      return FALSE;
    }
  if (!g_utf8_validate (stored, -1, NULL) || g_utf8_strlen (stored, -1) > REASON_MAX_CHARS)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The reason must be text of at most %u characters."), REASON_MAX_CHARS);
      return FALSE;
    }

  if (!_exemplar_evaluation_check_office (self, error))
    return FALSE;

  if (exemplar_sheet_conflict_get_state (conflict) != EXEMPLAR_CONFLICT_PENDING)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The office has already decided about this returned sheet."));
      return FALSE;
    }

  assignment = exemplar_sheet_conflict_get_assignment (conflict);
  reviewer = exemplar_assignment_get_reviewer (assignment);
  declaration = exemplar_assignment_get_declaration (assignment);
  if ((entry = read_incoming (self, conflict, error)) == NULL ||
      (office = exemplar_evaluation_open_sheet (self, assignment, error)) == NULL)
    return FALSE;

  now = _exemplar_score_sheet_now ();
  office_seal = exemplar_score_sheet_get_seal (office) != NULL ? exemplar_score_sheet_get_seal (office) : "none";
  if (accept)
    detail = g_strdup_printf ("accepted the sheet of reviewer %" G_GINT64_FORMAT " %s (seal %s), "
                              "replacing the office's (seal %s): %s",
                              exemplar_reviewer_get_id (reviewer), exemplar_reviewer_get_name (reviewer),
                              entry->seal, office_seal, stored);
  else
    detail = g_strdup_printf ("kept the office's sheet (seal %s), not that of reviewer %" G_GINT64_FORMAT
                              " %s (seal %s): %s",
                              office_seal, exemplar_reviewer_get_id (reviewer),
                              exemplar_reviewer_get_name (reviewer), entry->seal, stored);

  update = _exemplar_evaluation_begin_write (self,
                                             "UPDATE sheet_conflict SET state = ?, decided_at = ?, reason = ? "
                                             "WHERE id = ? AND state = 'pending'",
                                             error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, _exemplar_conflict_state_to_string (accept ? EXEMPLAR_CONFLICT_ACCEPTED
                                                                            : EXEMPLAR_CONFLICT_KEPT),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 3, stored, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 4, exemplar_sheet_conflict_get_id (conflict));
  if (!_exemplar_evaluation_step_write (self, update, error))
    return FALSE;
  /* Another window on the same file may have decided since this one
   * loaded the conflict. */
  if (sqlite3_changes (exemplar_database_get_handle (self->db)) != 1)
    {
      exemplar_database_rollback (self->db);
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The office has already decided about this returned sheet."));
      return FALSE;
    }

  if (accept &&
      (!_exemplar_sheet_file_entry_store (entry, self, error) ||
       !_exemplar_evaluation_settle_states (self, declaration, changes, error)))
    return FALSE;

  if (!_exemplar_evaluation_commit_write (self, NULL, "sheet.conflict",
                                          exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)),
                                          detail, error))
    return FALSE;

  _exemplar_evaluation_apply_states (self, changes);
  _exemplar_evaluation_reload_sheets (self);
  return TRUE;
}
