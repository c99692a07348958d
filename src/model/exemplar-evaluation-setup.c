/* exemplar-evaluation-setup.c
 *
 * Reviewers, the conflicts they declare, and the evaluation's rounds.
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
#include "exemplar-reviewer-private.h"
#include "exemplar-round-private.h"
#include "exemplar-unit.h"

static gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return TRUE;
    }

  return FALSE;
}

static gboolean
check_reviewer_fields (ExemplarEvaluation   *self,
                       const char           *name,
                       ExemplarAffiliation   affiliation,
                       ExemplarUnit         *unit,
                       GError              **error)
{
  if (name == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A reviewer needs a name."));
      return FALSE;
    }

  switch (affiliation)
    {
    case EXEMPLAR_AFFILIATION_MEMBER:
      if (unit == NULL ||
          !model_contains (exemplar_campaign_get_member_units (self->campaign), unit))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %s is a reviewer's name. */
                       _("Choose the member unit %s comes from, such as the district education bureau."),
                       name);
          return FALSE;
        }
      break;

    case EXEMPLAR_AFFILIATION_APPLICANT:
      if (unit == NULL ||
          !model_contains (exemplar_campaign_get_units (self->campaign), unit))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %s is a reviewer's name. */
                       _("Choose the applicant unit %s works at: they will never score it."),
                       name);
          return FALSE;
        }
      break;

    case EXEMPLAR_AFFILIATION_EXPERT:
      if (unit != NULL)
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %s is a reviewer's name. */
                       _("%s is an outside expert and belongs to no unit: choose a member or "
                         "applicant unit affiliation instead, or no unit."),
                       name);
          return FALSE;
        }
      break;

    default:
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A reviewer comes from a member unit, an applicant unit or outside."));
      return FALSE;
    }

  return TRUE;
}

static void
bind_reviewer (sqlite3_stmt        *stmt,
               const char          *name,
               ExemplarAffiliation  affiliation,
               ExemplarUnit        *unit,
               const char          *role,
               const char          *contact)
{
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, exemplar_affiliation_to_string (affiliation), -1, SQLITE_STATIC);
  if (affiliation == EXEMPLAR_AFFILIATION_MEMBER)
    sqlite3_bind_int64 (stmt, 3, exemplar_unit_get_id (unit));
  else
    sqlite3_bind_null (stmt, 3);
  if (affiliation == EXEMPLAR_AFFILIATION_APPLICANT)
    sqlite3_bind_int64 (stmt, 4, exemplar_unit_get_id (unit));
  else
    sqlite3_bind_null (stmt, 4);
  if (role != NULL)
    sqlite3_bind_text (stmt, 5, role, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 5);
  if (contact != NULL)
    sqlite3_bind_text (stmt, 6, contact, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
}

static char *
reviewer_detail (const char          *name,
                 ExemplarAffiliation  affiliation,
                 ExemplarUnit        *unit)
{
  return g_strdup_printf ("%s; %s%s%s", name, exemplar_affiliation_to_string (affiliation),
                          unit ? " " : "", unit ? exemplar_unit_get_code (unit) : "");
}

/* After a change to @reviewer: replaces it by itself, so list views bind
 * it again, and tells everyone. */
static void
reviewer_changed (ExemplarEvaluation *self,
                  ExemplarReviewer   *reviewer)
{
  g_autoptr(GObject) keep = g_object_ref (G_OBJECT (reviewer));
  guint position;

  /* The store may hold the only reference. */
  if (g_list_store_find (self->reviewers, keep, &position))
    g_list_store_splice (self->reviewers, position, 1, (gpointer *) &keep, 1);
  _exemplar_evaluation_finish_change (self);
}

static gboolean
assignment_matches (ExemplarAssignment *assignment,
                    ExemplarReviewer   *reviewer,
                    ExemplarRound      *round)
{
  return (reviewer != NULL && exemplar_assignment_get_reviewer (assignment) == reviewer) ||
         (round != NULL && exemplar_assignment_get_round (assignment) == round);
}

/* Whether @reviewer is assigned to score @unit. */
static gboolean
is_assigned_to (ExemplarEvaluation *self,
                ExemplarReviewer   *reviewer,
                ExemplarUnit       *unit)
{
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (assignment) == reviewer &&
          exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)) == unit)
        return TRUE;
    }

  return FALSE;
}

/* Sets @scored to the first assignment of @reviewer, or in @round, whose
 * score sheet already has scores; NULL when there is none. */
static gboolean
find_scored_assignment (ExemplarEvaluation  *self,
                        ExemplarReviewer    *reviewer,
                        ExemplarRound       *round,
                        ExemplarAssignment **scored,
                        GError             **error)
{
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  *scored = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      gboolean has_work = FALSE;

      if (!assignment_matches (assignment, reviewer, round))
        continue;
      if (!_exemplar_evaluation_sheet_has_work (self, assignment, &has_work, error))
        return FALSE;
      if (has_work)
        {
          *scored = g_steal_pointer (&assignment);
          break;
        }
    }

  return TRUE;
}

/* After @reviewer or @round was deleted: drops it from its list, and its
 * assignments and working groups (deleted with it) from theirs. */
static void
drop_with_assignments (ExemplarEvaluation *self,
                       ExemplarReviewer   *reviewer,
                       ExemplarRound      *round)
{
  GListStore *store = reviewer != NULL ? self->reviewers : self->rounds;
  g_autoptr(GObject) keep = g_object_ref (reviewer != NULL ? G_OBJECT (reviewer) : G_OBJECT (round));
  GListModel *assignments = G_LIST_MODEL (self->assignments);
  guint position;

  for (guint i = g_list_model_get_n_items (assignments); i > 0; i--)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i - 1);

      if (assignment_matches (assignment, reviewer, round))
        g_list_store_remove (self->assignments, i - 1);
    }

  _exemplar_evaluation_forget_in_groups (self, reviewer, round);
  if (g_list_store_find (store, keep, &position))
    g_list_store_remove (store, position);
  _exemplar_evaluation_finish_change (self);
}

ExemplarReviewer *
exemplar_evaluation_add_reviewer (ExemplarEvaluation   *self,
                                  const char           *name,
                                  ExemplarAffiliation   affiliation,
                                  ExemplarUnit         *unit,
                                  const char           *role,
                                  const char           *contact,
                                  GError              **error)
{
  g_autofree char *clean_name = _exemplar_evaluation_strip (name);
  g_autofree char *clean_role = _exemplar_evaluation_strip (role);
  g_autofree char *clean_contact = _exemplar_evaluation_strip (contact);
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(ExemplarReviewer) reviewer = NULL;
  sqlite3_stmt *insert;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (unit == NULL || EXEMPLAR_IS_UNIT (unit), NULL);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_reviewer_fields (self, clean_name, affiliation, unit, error))
    return NULL;

  insert = _exemplar_evaluation_begin_write (self,
                                             "INSERT INTO reviewer (name, affiliation, member_unit_id, unit_id, "
                                             "  role, contact) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                             error);
  if (insert == NULL)
    return NULL;
  bind_reviewer (insert, clean_name, affiliation, unit, clean_role, clean_contact);
  if (!_exemplar_evaluation_step_write (self, insert, error))
    return NULL;

  id = exemplar_database_last_insert_id (self->db);
  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, id);
  detail = reviewer_detail (clean_name, affiliation, unit);
  if (!_exemplar_evaluation_commit_write (self, NULL, "reviewer.add", target, detail, error))
    return NULL;

  reviewer = _exemplar_reviewer_new (id, clean_name, affiliation, unit, clean_role, clean_contact);
  g_list_store_append (self->reviewers, reviewer);
  _exemplar_evaluation_finish_change (self);

  return reviewer;
}

gboolean
exemplar_evaluation_update_reviewer (ExemplarEvaluation   *self,
                                     ExemplarReviewer     *reviewer,
                                     const char           *name,
                                     ExemplarAffiliation   affiliation,
                                     ExemplarUnit         *unit,
                                     const char           *role,
                                     const char           *contact,
                                     GError              **error)
{
  g_autofree char *clean_name = _exemplar_evaluation_strip (name);
  g_autofree char *clean_role = _exemplar_evaluation_strip (role);
  g_autofree char *clean_contact = _exemplar_evaluation_strip (contact);
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);
  g_return_val_if_fail (unit == NULL || EXEMPLAR_IS_UNIT (unit), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error) ||
      !check_reviewer_fields (self, clean_name, affiliation, unit, error))
    return FALSE;

  /* A new home unit must not be one they already score. */
  if (affiliation == EXEMPLAR_AFFILIATION_APPLICANT && is_assigned_to (self, reviewer, unit))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST,
                   /* Translators: the first %s is a reviewer's name, the
                    * second and third a unit's name. */
                   _("%s is assigned to score %s and so cannot work at %s: remove that "
                     "assignment first."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit),
                   exemplar_unit_get_name (unit));
      return FALSE;
    }

  update = _exemplar_evaluation_begin_write (self,
                                             "UPDATE reviewer SET name = ?1, affiliation = ?2, member_unit_id = ?3, "
                                             "  unit_id = ?4, role = ?5, contact = ?6 WHERE id = ?7",
                                             error);
  if (update == NULL)
    return FALSE;
  bind_reviewer (update, clean_name, affiliation, unit, clean_role, clean_contact);
  sqlite3_bind_int64 (update, 7, exemplar_reviewer_get_id (reviewer));

  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer));
  detail = reviewer_detail (clean_name, affiliation, unit);
  if (!_exemplar_evaluation_commit_write (self, update, "reviewer.update", target, detail, error))
    return FALSE;

  _exemplar_reviewer_set_fields (reviewer, clean_name, affiliation, unit, clean_role, clean_contact);
  reviewer_changed (self, reviewer);
  return TRUE;
}

gboolean
exemplar_evaluation_remove_reviewer (ExemplarEvaluation  *self,
                                     ExemplarReviewer    *reviewer,
                                     GError             **error)
{
  g_autoptr(ExemplarAssignment) scored = NULL;
  g_autofree char *target = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error) ||
      !find_scored_assignment (self, reviewer, NULL, &scored, error))
    return FALSE;

  if (scored != NULL)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (scored));

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                   _("%s cannot be removed: their score sheet for %s already has scores. "
                     "Scores that were given are kept."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return FALSE;
    }

  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer));
  label = exemplar_reviewer_dup_label (reviewer);
  if (!_exemplar_evaluation_delete_settling (self, "DELETE FROM reviewer WHERE id = ?",
                                             exemplar_reviewer_get_id (reviewer), NULL,
                                             "reviewer.remove", target, label, error))
    return FALSE;

  drop_with_assignments (self, reviewer, NULL);
  return TRUE;
}

static gboolean
check_applicant_unit (ExemplarEvaluation  *self,
                      ExemplarUnit        *unit,
                      GError             **error)
{
  if (!model_contains (exemplar_campaign_get_units (self->campaign), unit))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit's name. */
                   _("%s is not one of the campaign’s applicant units."),
                   exemplar_unit_get_name (unit));
      return FALSE;
    }
  return TRUE;
}

gboolean
exemplar_evaluation_add_conflict (ExemplarEvaluation  *self,
                                  ExemplarReviewer    *reviewer,
                                  ExemplarUnit        *unit,
                                  const char          *reason,
                                  GError             **error)
{
  g_autofree char *clean_reason = _exemplar_evaluation_strip (reason);
  g_autofree char *detail = NULL;
  sqlite3_stmt *upsert;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (unit), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error) ||
      !check_applicant_unit (self, unit, error))
    return FALSE;

  if (clean_reason == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                   _("Say why %s may not score %s, such as a former post or a family tie."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return FALSE;
    }

  if (is_assigned_to (self, reviewer, unit))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CONFLICT_OF_INTEREST,
                   /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                   _("%s is already assigned to score %s: remove that assignment before "
                     "declaring the conflict."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return FALSE;
    }

  upsert = _exemplar_evaluation_begin_write (self,
                                             "INSERT INTO conflict (reviewer_id, unit_id, reason) VALUES (?1, ?2, ?3) "
                                             "ON CONFLICT (reviewer_id, unit_id) DO UPDATE SET reason = excluded.reason",
                                             error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, exemplar_reviewer_get_id (reviewer));
  sqlite3_bind_int64 (upsert, 2, exemplar_unit_get_id (unit));
  sqlite3_bind_text (upsert, 3, clean_reason, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT ": %s",
                            exemplar_reviewer_get_id (reviewer), clean_reason);
  if (!_exemplar_evaluation_commit_write (self, upsert, "conflict.add", exemplar_unit_get_code (unit),
                                          detail, error))
    return FALSE;

  _exemplar_reviewer_set_conflict (reviewer, unit, _exemplar_evaluation_unit_position (self, unit), clean_reason);
  reviewer_changed (self, reviewer);
  return TRUE;
}

gboolean
exemplar_evaluation_remove_conflict (ExemplarEvaluation  *self,
                                     ExemplarReviewer    *reviewer,
                                     ExemplarUnit        *unit,
                                     GError             **error)
{
  g_autofree char *detail = NULL;
  sqlite3_stmt *delete;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (unit), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error))
    return FALSE;

  if (_exemplar_reviewer_find_conflict (reviewer, unit) < 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: the first %s is a reviewer's name, the second a unit's name. */
                   _("%s declared no conflict with %s."),
                   exemplar_reviewer_get_name (reviewer), exemplar_unit_get_name (unit));
      return FALSE;
    }

  delete = _exemplar_evaluation_begin_write (self,
                                             "DELETE FROM conflict WHERE reviewer_id = ? AND unit_id = ?",
                                             error);
  if (delete == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, exemplar_reviewer_get_id (reviewer));
  sqlite3_bind_int64 (delete, 2, exemplar_unit_get_id (unit));

  detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer));
  if (!_exemplar_evaluation_commit_write (self, delete, "conflict.remove", exemplar_unit_get_code (unit),
                                          detail, error))
    return FALSE;

  _exemplar_reviewer_remove_conflict (reviewer, unit);
  reviewer_changed (self, reviewer);
  return TRUE;
}

/* Rounds */

ExemplarRound *
exemplar_evaluation_add_round (ExemplarEvaluation  *self,
                               const char          *name,
                               ExemplarMethod       method,
                               guint                weight,
                               GError             **error)
{
  g_autofree char *clean_name = _exemplar_evaluation_strip (name);
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(ExemplarRound) round = NULL;
  GListModel *assignments;
  gboolean first;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  assignments = G_LIST_MODEL (self->assignments);
  first = g_list_model_get_n_items (G_LIST_MODEL (self->rounds)) == 0;

  if (!_exemplar_evaluation_check_office (self, error))
    return NULL;

  if (clean_name == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A round needs a name, such as “Cross-evaluation”."));
      return NULL;
    }
  if (method > EXEMPLAR_METHOD_CROSS)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A round is a document review, an on-site evaluation or a cross-evaluation."));
      return NULL;
    }
  if (weight > 100)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %u is a number the user typed. */
                   _("A round’s weight is a percentage from 0 to 100, not %u."), weight);
      return NULL;
    }

  stmt = _exemplar_evaluation_begin_write (self,
                                           "INSERT INTO round (name, method, weight, position) "
                                           "VALUES (?1, ?2, ?3, (SELECT coalesce (max (position), -1) + 1 FROM round))",
                                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, clean_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, exemplar_method_to_string (method), -1, SQLITE_STATIC);
  if (weight > 0)
    sqlite3_bind_int (stmt, 3, (int) weight);
  else
    sqlite3_bind_null (stmt, 3);
  if (!_exemplar_evaluation_step_write (self, stmt, error))
    return NULL;
  id = exemplar_database_last_insert_id (self->db);

  /* Assignments made before the campaign had rounds join its first one:
   * with rounds, every assignment belongs to one. */
  stmt = NULL;
  if (first)
    {
      stmt = _exemplar_evaluation_prepare_write (self,
                                                 "UPDATE assignment SET round_id = ? WHERE round_id IS NULL",
                                                 error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, id);
    }

  target = g_strdup_printf ("round %" G_GINT64_FORMAT, id);
  detail = g_strdup_printf ("%s; %s; %u%%", clean_name, exemplar_method_to_string (method), weight);
  if (!_exemplar_evaluation_commit_write (self, stmt, "round.add", target, detail, error))
    return NULL;

  round = _exemplar_round_new (id, clean_name, method, weight);
  g_list_store_append (self->rounds, round);
  for (guint i = 0; first && i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      _exemplar_assignment_set_round (assignment, round);
    }
  _exemplar_evaluation_finish_change (self);

  return round;
}

gboolean
exemplar_evaluation_remove_round (ExemplarEvaluation  *self,
                                  ExemplarRound       *round,
                                  GError             **error)
{
  g_autoptr(ExemplarAssignment) scored = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_ROUND (round), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_round (self, round, error) ||
      !find_scored_assignment (self, NULL, round, &scored, error))
    return FALSE;

  if (scored != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a round's name. */
                   _("The round “%s” cannot be removed: some of its score sheets already have scores."),
                   exemplar_round_get_name (round));
      return FALSE;
    }

  /* Its assignments (none scored) go with it. */
  target = g_strdup_printf ("round %" G_GINT64_FORMAT, exemplar_round_get_id (round));
  if (!_exemplar_evaluation_delete_settling (self, "DELETE FROM round WHERE id = ?",
                                             exemplar_round_get_id (round), NULL,
                                             "round.remove", target, exemplar_round_get_name (round), error))
    return FALSE;

  drop_with_assignments (self, NULL, round);
  return TRUE;
}
