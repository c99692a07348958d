/* exemplar-evaluation-assign.c
 *
 * Assignment by hand: the rules that hold whatever the caller does (no
 * reviewer on their own unit or a declared conflict, only submitted
 * applications, one assignment per reviewer, application and round, only
 * working group members in a round that has groups).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment-private.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

static gboolean
check_scope (ExemplarEvaluation  *self,
             ExemplarIndicator   *scope,
             GError             **error)
{
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (self->campaign);

  if (scope == NULL)
    return TRUE;

  if (rubric == NULL || exemplar_rubric_find (rubric, exemplar_indicator_get_code (scope)) != scope)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That indicator is not part of the campaign’s rubric."));
      return FALSE;
    }

  if (exemplar_indicator_is_leaf (scope) ||
      exemplar_indicator_get_kind (scope) == EXEMPLAR_INDICATOR_VETO)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the first %s is an indicator's code, the second its name. */
                   _("%s %s cannot be assigned on its own: assign a branch of the rubric that "
                     "holds scored items, or the whole rubric."),
                   exemplar_indicator_get_code (scope), exemplar_indicator_get_name (scope));
      return FALSE;
    }

  return TRUE;
}

ExemplarAssignment *
exemplar_evaluation_assign (ExemplarEvaluation   *self,
                            ExemplarReviewer     *reviewer,
                            ExemplarDeclaration  *declaration,
                            ExemplarRound        *round,
                            ExemplarIndicator    *scope,
                            GError              **error)
{
  g_autoptr(ExemplarAssignment) assignment = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();
  g_autofree char *why = NULL;
  g_autofree char *label = NULL;
  g_autofree char *detail = NULL;
  ExemplarUnit *unit;
  sqlite3_stmt *insert;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);
  g_return_val_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round), NULL);
  g_return_val_if_fail (scope == NULL || EXEMPLAR_IS_INDICATOR (scope), NULL);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error))
    return NULL;

  if (!g_hash_table_contains (self->positions, declaration))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That application is not part of the campaign."));
      return NULL;
    }

  unit = exemplar_declaration_get_unit (declaration);
  if (exemplar_reviewer_conflicts_with (reviewer, unit, &why))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST,
                   /* Translators: the first %s is a reviewer's name, the second a unit's
                    * name, the third says why, e.g. "X works at Y and may not score
                    * their own unit." */
                   _("%s cannot be assigned to %s. %s"),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit), why);
      return NULL;
    }

  if (!_exemplar_evaluation_check_assignable (self, declaration, error) ||
      !_exemplar_evaluation_check_round (self, round, error) ||
      !_exemplar_evaluation_check_group_member (self, reviewer, round, error) ||
      !check_scope (self, scope, error))
    return NULL;

  if (exemplar_evaluation_find_assignment (self, reviewer, declaration, round) != NULL)
    {
      if (round != NULL)
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                     /* Translators: the first %s is a reviewer's name, the second a unit's
                      * name, the third a round's name. */
                     _("%s is already assigned to %s in the round “%s”."),
                     exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit),
                     exemplar_round_get_name (round));
      else
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                     /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                     _("%s is already assigned to %s."),
                     exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return NULL;
    }

  insert = _exemplar_evaluation_begin_write (self,
                                             "INSERT INTO assignment (reviewer_id, application_id, round_id, "
                                             "  scope_indicator_id) VALUES (?1, ?2, ?3, ?4)",
                                             error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_int64 (insert, 1, exemplar_reviewer_get_id (reviewer));
  sqlite3_bind_int64 (insert, 2, exemplar_declaration_get_id (declaration));
  if (round != NULL)
    sqlite3_bind_int64 (insert, 3, exemplar_round_get_id (round));
  else
    sqlite3_bind_null (insert, 3);
  if (scope != NULL)
    sqlite3_bind_int64 (insert, 4, exemplar_indicator_get_id (scope));
  else
    sqlite3_bind_null (insert, 4);
  if (!_exemplar_evaluation_step_write (self, insert, error))
    return NULL;
  assignment = _exemplar_assignment_new (exemplar_database_last_insert_id (self->db),
                                         reviewer, declaration, round, scope, -1,
                                         _exemplar_evaluation_count_leaves (self, scope));
  if (!_exemplar_evaluation_settle_states (self, declaration, changes, error))
    return NULL;

  label = exemplar_reviewer_dup_label (reviewer);
  detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT " %s; round %s; scope %s",
                            exemplar_reviewer_get_id (reviewer), label,
                            round ? exemplar_round_get_name (round) : "-",
                            scope ? exemplar_indicator_get_code (scope) : "-");
  if (!_exemplar_evaluation_commit_write (self, NULL, "assignment.add", exemplar_unit_get_code (unit),
                                          detail, error))
    return NULL;

  _exemplar_evaluation_apply_states (self, changes);
  added = g_ptr_array_new ();
  g_ptr_array_add (added, assignment);
  _exemplar_evaluation_take_assignments (self, added);

  return assignment;
}

gboolean
exemplar_evaluation_unassign (ExemplarEvaluation  *self,
                              ExemplarAssignment  *assignment,
                              GError             **error)
{
  g_autoptr(ExemplarAssignment) keep = NULL;
  g_autofree char *label = NULL;
  g_autofree char *detail = NULL;
  ExemplarReviewer *reviewer;
  ExemplarUnit *unit;
  ExemplarRound *round;
  gboolean has_work = FALSE;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment), FALSE);

  if (!_exemplar_evaluation_check_office (self, error))
    return FALSE;

  if (!g_list_store_find (self->assignments, assignment, &position))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That assignment is not one of the campaign’s assignments."));
      return FALSE;
    }

  reviewer = exemplar_assignment_get_reviewer (assignment);
  unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
  round = exemplar_assignment_get_round (assignment);

  if (!_exemplar_evaluation_sheet_has_work (self, assignment, &has_work, error))
    return FALSE;
  if (has_work)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                   _("The assignment of %s to %s cannot be removed: the score sheet already has "
                     "scores."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return FALSE;
    }

  label = exemplar_reviewer_dup_label (reviewer);
  detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT " %s; round %s",
                            exemplar_reviewer_get_id (reviewer), label,
                            round ? exemplar_round_get_name (round) : "-");
  if (!_exemplar_evaluation_delete_settling (self, "DELETE FROM assignment WHERE id = ?",
                                             exemplar_assignment_get_id (assignment),
                                             exemplar_assignment_get_declaration (assignment),
                                             "assignment.remove", exemplar_unit_get_code (unit), detail, error))
    return FALSE;

  keep = g_object_ref (assignment);
  g_list_store_remove (self->assignments, position);
  _exemplar_evaluation_finish_change (self);
  return TRUE;
}

