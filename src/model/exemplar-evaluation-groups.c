/* exemplar-evaluation-groups.c
 *
 * Working groups (评估工作组): named sets of reviewers, each for one round
 * or for none. A round that has working groups is drawn and assigned only
 * among their members; a group without a round restricts the campaign's
 * assignments when the campaign has no rounds, and nothing otherwise.
 * Names are unique across the campaign. Groups change under the same
 * phase rules as the rest of the evaluation's setup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-working-group-private.h"

#define NAME_MAX_CHARS 100

static ExemplarWorkingGroup *
find_group_by_id (ExemplarEvaluation *self,
                  gint64              id)
{
  GListModel *groups = G_LIST_MODEL (self->groups);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(ExemplarWorkingGroup) group = g_list_model_get_item (groups, i);

      if (exemplar_working_group_get_id (group) == id)
        return group;
    }

  return NULL;
}

gboolean
_exemplar_evaluation_load_groups (ExemplarEvaluation  *self,
                                  GError             **error)
{
  g_autoptr(sqlite3_stmt) groups = NULL;
  g_autoptr(sqlite3_stmt) members = NULL;

  groups = exemplar_database_prepare (self->db, "SELECT id, name, round_id FROM working_group ORDER BY id",
                                      error);
  if (groups == NULL)
    return FALSE;

  while (sqlite3_step (groups) == SQLITE_ROW)
    {
      g_autoptr(ExemplarWorkingGroup) group = NULL;
      ExemplarRound *round = NULL;

      if (sqlite3_column_type (groups, 2) != SQLITE_NULL)
        round = _exemplar_evaluation_find_round (self, sqlite3_column_int64 (groups, 2));
      group = _exemplar_working_group_new (sqlite3_column_int64 (groups, 0),
                                           (const char *) sqlite3_column_text (groups, 1),
                                           round);
      g_list_store_append (self->groups, group);
    }

  members = exemplar_database_prepare (self->db,
                                       "SELECT group_id, reviewer_id FROM working_group_member",
                                       error);
  if (members == NULL)
    return FALSE;

  while (sqlite3_step (members) == SQLITE_ROW)
    {
      ExemplarWorkingGroup *group = find_group_by_id (self, sqlite3_column_int64 (members, 0));
      ExemplarReviewer *reviewer = exemplar_evaluation_find_reviewer (self, sqlite3_column_int64 (members, 1));

      if (group != NULL && reviewer != NULL)
        _exemplar_working_group_add_member (group, reviewer);
    }

  return TRUE;
}

/* The groups of @round, in the list's order. */
static GPtrArray *
collect_round_groups (ExemplarEvaluation *self,
                      ExemplarRound      *round)
{
  GListModel *groups = G_LIST_MODEL (self->groups);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(ExemplarWorkingGroup) group = g_list_model_get_item (groups, i);

      if (exemplar_working_group_get_round (group) == round)
        g_ptr_array_add (found, g_steal_pointer (&group));
    }

  return found;
}

GHashTable *
_exemplar_evaluation_collect_round_members (ExemplarEvaluation *self,
                                            ExemplarRound      *round)
{
  g_autoptr(GPtrArray) groups = collect_round_groups (self, round);
  GHashTable *members;

  if (groups->len == 0)
    return NULL;

  members = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < groups->len; i++)
    {
      GListModel *list = exemplar_working_group_get_members (g_ptr_array_index (groups, i));

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (list, j);

          g_hash_table_add (members, reviewer);
        }
    }

  return members;
}

/* “A”、“B”: the names of @groups. */
static char *
join_group_names (GPtrArray *groups)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      if (i > 0)
        g_string_append (names, "、");
      g_string_append_printf (names, "“%s”",
                              exemplar_working_group_get_name (g_ptr_array_index (groups, i)));
    }

  return g_string_free (names, FALSE);
}

gboolean
_exemplar_evaluation_check_group_member (ExemplarEvaluation  *self,
                                         ExemplarReviewer    *reviewer,
                                         ExemplarRound       *round,
                                         GError             **error)
{
  g_autoptr(GPtrArray) groups = collect_round_groups (self, round);
  g_autofree char *names = NULL;

  if (groups->len == 0)
    return TRUE;

  for (guint i = 0; i < groups->len; i++)
    if (exemplar_working_group_has_member (g_ptr_array_index (groups, i), reviewer))
      return TRUE;

  names = join_group_names (groups);
  if (round != NULL)
    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                 /* Translators: %1$s is a reviewer's name, %2$s a round's name,
                  * %3$s the names of its working groups, each in quotes. */
                 _("%1$s cannot be assigned in the round “%2$s”: only members of its working "
                   "groups (%3$s) are. Add %1$s to one of them first."),
                 exemplar_reviewer_get_name (reviewer), exemplar_round_get_name (round), names);
  else
    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                 /* Translators: %1$s is a reviewer's name, %2$s the names of the
                  * working groups, each in quotes. */
                 _("%1$s cannot be assigned: only members of the working groups (%2$s) are. "
                   "Add %1$s to one of them first."),
                 exemplar_reviewer_get_name (reviewer), names);
  return FALSE;
}

void
_exemplar_evaluation_forget_in_groups (ExemplarEvaluation *self,
                                       ExemplarReviewer   *reviewer,
                                       ExemplarRound      *round)
{
  GListModel *groups = G_LIST_MODEL (self->groups);

  for (guint i = g_list_model_get_n_items (groups); i > 0; i--)
    {
      g_autoptr(ExemplarWorkingGroup) group = g_list_model_get_item (groups, i - 1);

      if (round != NULL && exemplar_working_group_get_round (group) == round)
        g_list_store_remove (self->groups, i - 1);
      else if (reviewer != NULL && _exemplar_working_group_remove_member (group, reviewer))
        g_list_store_splice (self->groups, i - 1, 1, (gpointer *) &group, 1);
    }
}

/* After a change to @group: replaces it by itself, so list views bind it
 * again, and tells everyone. */
static void
group_changed (ExemplarEvaluation   *self,
               ExemplarWorkingGroup *group)
{
  g_autoptr(ExemplarWorkingGroup) keep = g_object_ref (group);
  guint position;

  if (g_list_store_find (self->groups, keep, &position))
    g_list_store_splice (self->groups, position, 1, (gpointer *) &keep, 1);
  _exemplar_evaluation_emit_changed (self);
}

static gboolean
check_group (ExemplarEvaluation    *self,
             ExemplarWorkingGroup  *group,
             GError               **error)
{
  if (!g_list_store_find (self->groups, group, NULL))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That working group is not one of the campaign’s working groups."));
      return FALSE;
    }
  return TRUE;
}

/* Strips @name into @clean; refuses an empty, overlong or taken name
 * (@group may keep its own). */
static gboolean
check_name (ExemplarEvaluation    *self,
            const char            *name,
            ExemplarWorkingGroup  *group,
            char                 **clean,
            GError               **error)
{
  ExemplarWorkingGroup *other;

  *clean = _exemplar_evaluation_strip (name);
  if (*clean == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Give the working group a name, e.g. “评估工作组第一组”."));
      return FALSE;
    }

  if (g_utf8_strlen (*clean, -1) > NAME_MAX_CHARS)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %d is a number of characters. */
                   _("A working group’s name may be at most %d characters long."),
                   NAME_MAX_CHARS);
      return FALSE;
    }

  other = exemplar_evaluation_find_working_group (self, *clean);
  if (other != NULL && other != group)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   /* Translators: %s is a working group's name. */
                   _("There is already a working group called “%s”: choose another name."),
                   *clean);
      return FALSE;
    }

  return TRUE;
}

static char *
group_target (ExemplarWorkingGroup *group)
{
  return g_strdup_printf ("group %" G_GINT64_FORMAT, exemplar_working_group_get_id (group));
}

/* Adds or removes one member in its own transaction, audited. */
static gboolean
store_member (ExemplarEvaluation    *self,
              ExemplarWorkingGroup  *group,
              ExemplarReviewer      *reviewer,
              gboolean               add,
              GError               **error)
{
  g_autofree char *target = group_target (group);
  g_autofree char *label = exemplar_reviewer_dup_label (reviewer);
  g_autofree char *detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT " %s",
                                             exemplar_reviewer_get_id (reviewer), label);
  sqlite3_stmt *stmt;

  stmt = _exemplar_evaluation_begin_write (self,
                                           add ? "INSERT INTO working_group_member (group_id, reviewer_id) VALUES (?1, ?2)"
                                               : "DELETE FROM working_group_member WHERE group_id = ?1 AND reviewer_id = ?2",
                                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_working_group_get_id (group));
  sqlite3_bind_int64 (stmt, 2, exemplar_reviewer_get_id (reviewer));

  if (!_exemplar_evaluation_commit_write (self, stmt, add ? "group.member.add" : "group.member.remove",
                                          target, detail, error))
    return FALSE;

  if (add)
    _exemplar_working_group_add_member (group, reviewer);
  else
    _exemplar_working_group_remove_member (group, reviewer);
  group_changed (self, group);
  return TRUE;
}

/* Public API */

GListModel *
exemplar_evaluation_get_working_groups (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return G_LIST_MODEL (self->groups);
}

ExemplarWorkingGroup *
exemplar_evaluation_find_working_group (ExemplarEvaluation *self,
                                        const char         *name)
{
  g_autofree char *clean = NULL;
  GListModel *groups;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  clean = _exemplar_evaluation_strip (name);
  if (clean == NULL)
    return NULL;

  groups = G_LIST_MODEL (self->groups);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(ExemplarWorkingGroup) group = g_list_model_get_item (groups, i);

      if (g_strcmp0 (exemplar_working_group_get_name (group), clean) == 0)
        return group;
    }

  return NULL;
}

GPtrArray *
exemplar_evaluation_get_round_groups (ExemplarEvaluation *self,
                                      ExemplarRound      *round)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round), NULL);

  return collect_round_groups (self, round);
}

ExemplarWorkingGroup *
exemplar_evaluation_add_working_group (ExemplarEvaluation  *self,
                                       const char          *name,
                                       ExemplarRound       *round,
                                       GError             **error)
{
  g_autoptr(ExemplarWorkingGroup) group = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *insert;
  gint64 id;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round), NULL);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_name (self, name, NULL, &clean, error))
    return NULL;

  if (round != NULL && !_exemplar_evaluation_check_round (self, round, error))
    return NULL;

  insert = _exemplar_evaluation_begin_write (self, "INSERT INTO working_group (name, round_id) VALUES (?1, ?2)",
                                             error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, clean, -1, SQLITE_TRANSIENT);
  if (round != NULL)
    sqlite3_bind_int64 (insert, 2, exemplar_round_get_id (round));
  else
    sqlite3_bind_null (insert, 2);
  if (!_exemplar_evaluation_step_write (self, insert, error))
    return NULL;

  id = exemplar_database_last_insert_id (self->db);
  target = g_strdup_printf ("group %" G_GINT64_FORMAT, id);
  detail = g_strdup_printf ("%s; round %s", clean, round != NULL ? exemplar_round_get_name (round) : "-");
  if (!_exemplar_evaluation_commit_write (self, NULL, "group.add", target, detail, error))
    return NULL;

  group = _exemplar_working_group_new (id, clean, round);
  g_list_store_append (self->groups, group);
  _exemplar_evaluation_emit_changed (self);

  return group;
}

gboolean
exemplar_evaluation_rename_working_group (ExemplarEvaluation    *self,
                                          ExemplarWorkingGroup  *group,
                                          const char            *name,
                                          GError               **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (group), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_group (self, group, error) ||
      !check_name (self, name, group, &clean, error))
    return FALSE;

  if (g_strcmp0 (clean, exemplar_working_group_get_name (group)) == 0)
    return TRUE;

  update = _exemplar_evaluation_begin_write (self, "UPDATE working_group SET name = ?1 WHERE id = ?2", error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 2, exemplar_working_group_get_id (group));

  target = group_target (group);
  detail = g_strdup_printf ("%s → %s", exemplar_working_group_get_name (group), clean);
  if (!_exemplar_evaluation_commit_write (self, update, "group.rename", target, detail, error))
    return FALSE;

  _exemplar_working_group_set_name (group, clean);
  group_changed (self, group);
  return TRUE;
}

gboolean
exemplar_evaluation_remove_working_group (ExemplarEvaluation    *self,
                                          ExemplarWorkingGroup  *group,
                                          GError               **error)
{
  g_autoptr(ExemplarWorkingGroup) keep = NULL;
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (group), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_group (self, group, error))
    return FALSE;

  /* Its assignments stay: a group only says who may be assigned next. */
  target = group_target (group);
  detail = exemplar_working_group_dup_member_names (group);
  if (!_exemplar_evaluation_delete (self, "DELETE FROM working_group WHERE id = ?",
                                    exemplar_working_group_get_id (group),
                                    "group.remove", target, detail, error))
    return FALSE;

  keep = g_object_ref (group);
  if (g_list_store_find (self->groups, group, &position))
    g_list_store_remove (self->groups, position);
  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}

gboolean
exemplar_evaluation_add_group_member (ExemplarEvaluation    *self,
                                      ExemplarWorkingGroup  *group,
                                      ExemplarReviewer      *reviewer,
                                      GError               **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (group), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_group (self, group, error) ||
      !_exemplar_evaluation_check_reviewer (self, reviewer, error))
    return FALSE;

  if (exemplar_working_group_has_member (group, reviewer))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   /* Translators: the first %s is a reviewer's name, the second a working group's. */
                   _("%s is already a member of “%s”."),
                   exemplar_reviewer_get_name (reviewer), exemplar_working_group_get_name (group));
      return FALSE;
    }

  return store_member (self, group, reviewer, TRUE, error);
}

gboolean
exemplar_evaluation_remove_group_member (ExemplarEvaluation    *self,
                                         ExemplarWorkingGroup  *group,
                                         ExemplarReviewer      *reviewer,
                                         GError               **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (group), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_group (self, group, error))
    return FALSE;

  if (!exemplar_working_group_has_member (group, reviewer))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: the first %s is a reviewer's name, the second a working group's. */
                   _("%s is not a member of “%s”."),
                   exemplar_reviewer_get_name (reviewer), exemplar_working_group_get_name (group));
      return FALSE;
    }

  /* Their assignments stay: membership only says who may be assigned next. */
  return store_member (self, group, reviewer, FALSE, error);
}
