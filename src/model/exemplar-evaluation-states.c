/* exemplar-evaluation-states.c
 *
 * The applications' evaluation states follow their assignments and score
 * sheets: a submitted application is under evaluation once it has a
 * reviewer, evaluated when every one of its sheets is submitted, and goes
 * back when a sheet is reopened or its last assignment is removed. The
 * state is written in the same transaction as the change that moves it,
 * and the declaration's in-memory copy follows after the commit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-campaign.h"
#include "exemplar-declaration-private.h"
#include "exemplar-evaluation-private.h"

static gboolean
is_evaluation_state (ExemplarState state)
{
  return state == EXEMPLAR_STATE_SUBMITTED ||
         state == EXEMPLAR_STATE_UNDER_EVALUATION ||
         state == EXEMPLAR_STATE_EVALUATED;
}

static ExemplarState
state_for (gint64 n_assignments,
           gint64 n_submitted)
{
  if (n_assignments == 0)
    return EXEMPLAR_STATE_SUBMITTED;
  if (n_submitted >= n_assignments)
    return EXEMPLAR_STATE_EVALUATED;
  return EXEMPLAR_STATE_UNDER_EVALUATION;
}

GArray *
_exemplar_evaluation_new_state_changes (void)
{
  return g_array_new (FALSE, FALSE, sizeof (ExemplarStateChange));
}

gboolean
_exemplar_evaluation_settle_states (ExemplarEvaluation   *self,
                                    ExemplarDeclaration  *declaration,
                                    GArray               *changes,
                                    GError              **error)
{
  g_autoptr(GArray) found = _exemplar_evaluation_new_state_changes ();
  g_autoptr(sqlite3_stmt) select = NULL;

  g_assert (EXEMPLAR_IS_EVALUATION (self));
  g_assert (changes != NULL);

  select = _exemplar_evaluation_prepare_write (self,
                                               "SELECT ap.id, ap.state, "
                                               "  (SELECT count (*) FROM assignment a WHERE a.application_id = ap.id), "
                                               "  (SELECT count (*) FROM assignment a JOIN score_sheet s ON s.assignment_id = a.id "
                                               "   WHERE a.application_id = ap.id AND s.state = 'submitted') "
                                               "FROM application ap "
                                               "WHERE ap.state IN ('submitted', 'under_evaluation', 'evaluated') "
                                               "  AND (?1 = 0 OR ap.id = ?1)",
                                               error);
  if (select == NULL)
    return FALSE;
  sqlite3_bind_int64 (select, 1, declaration != NULL ? exemplar_declaration_get_id (declaration) : 0);

  while (sqlite3_step (select) == SQLITE_ROW)
    {
      ExemplarStateChange change = { sqlite3_column_int64 (select, 0), EXEMPLAR_STATE_SUBMITTED };
      ExemplarState stored = EXEMPLAR_STATE_SUBMITTED;

      exemplar_state_from_string ((const char *) sqlite3_column_text (select, 1), &stored);
      change.state = state_for (sqlite3_column_int64 (select, 2), sqlite3_column_int64 (select, 3));
      if (change.state != stored)
        g_array_append_val (found, change);
    }
  g_clear_pointer (&select, sqlite3_finalize);

  for (guint i = 0; i < found->len; i++)
    {
      ExemplarStateChange *change = &g_array_index (found, ExemplarStateChange, i);
      sqlite3_stmt *update;

      update = _exemplar_evaluation_prepare_write (self, "UPDATE application SET state = ? WHERE id = ?", error);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_text (update, 1, exemplar_state_to_string (change->state), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 2, change->application_id);
      if (!_exemplar_evaluation_step_write (self, update, error))
        return FALSE;
    }

  g_array_append_vals (changes, found->data, found->len);
  return TRUE;
}

void
_exemplar_evaluation_apply_states (ExemplarEvaluation *self,
                                   GArray             *changes)
{
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree gint64 *ids = NULL;
  GListModel *declarations;
  guint n;

  g_assert (EXEMPLAR_IS_EVALUATION (self));

  if (changes == NULL || changes->len == 0)
    return;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  declarations = exemplar_campaign_get_declarations (self->campaign);
  n = g_list_model_get_n_items (declarations);
  ids = g_new (gint64, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      ExemplarDeclaration *declaration = g_list_model_get_item (declarations, i);

      ids[i] = exemplar_declaration_get_id (declaration);
      g_hash_table_insert (by_id, &ids[i], declaration);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      ExemplarStateChange *change = &g_array_index (changes, ExemplarStateChange, i);
      ExemplarDeclaration *declaration = g_hash_table_lookup (by_id, &change->application_id);

      if (declaration == NULL || !is_evaluation_state (exemplar_declaration_get_state (declaration)))
        continue;

      _exemplar_declaration_update_state (declaration, change->state,
                                          exemplar_declaration_get_state_reason (declaration),
                                          exemplar_declaration_get_submitted_at (declaration));
      _exemplar_declaration_emit_changed (declaration);
    }
}

gboolean
_exemplar_evaluation_delete_settling (ExemplarEvaluation   *self,
                                      const char           *sql,
                                      gint64                id,
                                      ExemplarDeclaration  *declaration,
                                      const char           *action,
                                      const char           *target,
                                      const char           *detail,
                                      GError              **error)
{
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();
  sqlite3_stmt *delete = _exemplar_evaluation_begin_write (self, sql, error);

  if (delete == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, id);

  if (!_exemplar_evaluation_step_write (self, delete, error) ||
      !_exemplar_evaluation_settle_states (self, declaration, changes, error) ||
      !_exemplar_evaluation_commit_write (self, NULL, action, target, detail, error))
    return FALSE;

  _exemplar_evaluation_apply_states (self, changes);
  return TRUE;
}
