/* exemplar-score-sheet-workflow.c
 *
 * What closes a score sheet and opens it again: the check for gaps, the
 * seal over the content on submission (评审成绩封存), and the office's
 * reopening with a reason. Both are audited; drafts are not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-score-sheet-private.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

#define REASON_MAX_CHARS 1000

GPtrArray *
exemplar_score_sheet_get_missing (ExemplarScoreSheet *self)
{
  g_autoptr(GPtrArray) leaves = NULL;
  GPtrArray *missing;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  missing = g_ptr_array_new_with_free_func (g_free);
  leaves = exemplar_score_sheet_get_leaves (self);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      const char *code = exemplar_indicator_get_code (leaf);
      const char *name = exemplar_indicator_get_name (leaf);
      ExemplarSheetScore *score = _exemplar_score_sheet_lookup (self, leaf);

      if (score == NULL || !score->has_points)
        /* Translators: an indicator's code and name. */
        g_ptr_array_add (missing, g_strdup_printf (_("Item %s %s has no points."), code, name));
      /* Bonus points are earned, not deducted: only items need a reason
       * when they fall short of their maximum. */
      else if (score->points < exemplar_indicator_get_points (leaf) &&
               exemplar_indicator_get_kind (leaf) != EXEMPLAR_INDICATOR_BONUS &&
               score->reason == NULL)
        /* Translators: an indicator's code and name. */
        g_ptr_array_add (missing,
                         g_strdup_printf (_("Item %s %s: say why points were deducted."), code, name));
    }

  return missing;
}

/* The content the seal covers, one field a line; reasons and the comment
 * are escaped so that no text can forge a line. */
char *
_exemplar_score_sheet_compute_seal (ExemplarAssignment *assignment,
                                    GPtrArray          *leaves,
                                    GHashTable         *scores,
                                    const char         *comment)
{
  g_autofree char *escaped = g_strescape (comment != NULL ? comment : "", NULL);
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  g_autoptr(GString) text = g_string_new ("exemplar-score-sheet 1\n");

  g_string_append_printf (text, "assignment=%" G_GINT64_FORMAT "\n", exemplar_assignment_get_id (assignment));
  g_string_append_printf (text, "reviewer=%" G_GINT64_FORMAT "\n", exemplar_reviewer_get_id (reviewer));
  g_string_append_printf (text, "unit=%s\n", exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)));

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      gint64 id = exemplar_indicator_get_id (leaf);
      ExemplarSheetScore *score = g_hash_table_lookup (scores, &id);
      g_autofree char *reason = g_strescape (score != NULL && score->reason != NULL ? score->reason : "", NULL);

      g_string_append_printf (text, "%s=%" G_GINT64_FORMAT "|%s\n",
                              exemplar_indicator_get_code (leaf),
                              score != NULL ? score->points : 0, reason);
    }

  g_string_append_printf (text, "comment=%s\n", escaped);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);
}

/* Stores a new state, submission time and seal with its audit row and the
 * application's new evaluation state in one transaction; memory follows
 * only after the commit. */
static gboolean
store_state (ExemplarScoreSheet  *self,
             ExemplarSheetState   state,
             char               **submitted_at,
             char               **seal,
             const char          *action,
             const char          *detail,
             GError             **error)
{
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();
  sqlite3_stmt *update;
  gint64 sheet_id;

  if ((sheet_id = _exemplar_score_sheet_begin_write (self, state == EXEMPLAR_SHEET_DRAFT, error)) == 0)
    return FALSE;

  update = _exemplar_evaluation_prepare_write (self->evaluation,
                                               "UPDATE score_sheet SET state = ?, submitted_at = ?, seal = ? "
                                               "WHERE id = ?",
                                               error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, state == EXEMPLAR_SHEET_SUBMITTED ? "submitted" : "draft", -1, SQLITE_STATIC);
  if (*submitted_at != NULL)
    sqlite3_bind_text (update, 2, *submitted_at, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 2);
  if (*seal != NULL)
    sqlite3_bind_text (update, 3, *seal, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 3);
  sqlite3_bind_int64 (update, 4, sheet_id);
  if (!_exemplar_evaluation_step_write (self->evaluation, update, error) ||
      !_exemplar_evaluation_settle_states (self->evaluation,
                                           exemplar_assignment_get_declaration (self->assignment),
                                           changes, error))
    return FALSE;

  if (!_exemplar_score_sheet_commit_write (self, sheet_id, action, detail, error))
    return FALSE;

  g_free (self->submitted_at);
  self->submitted_at = g_steal_pointer (submitted_at);
  g_free (self->seal);
  self->seal = g_steal_pointer (seal);
  _exemplar_score_sheet_written (self, sheet_id, state);
  _exemplar_evaluation_apply_states (self->evaluation, changes);
  return TRUE;
}

static char *
dup_reviewer_label (ExemplarScoreSheet *self)
{
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (self->assignment);

  return g_strdup_printf ("reviewer %" G_GINT64_FORMAT " %s",
                          exemplar_reviewer_get_id (reviewer), exemplar_reviewer_get_name (reviewer));
}

gboolean
exemplar_score_sheet_submit (ExemplarScoreSheet  *self,
                             GPtrArray          **missing,
                             GError             **error)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autofree char *seal = NULL;
  g_autofree char *now = NULL;
  g_autofree char *total = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);
  g_return_val_if_fail (missing == NULL || *missing == NULL, FALSE);

  if (!_exemplar_score_sheet_check_editable (self, error))
    return FALSE;

  gaps = exemplar_score_sheet_get_missing (self);
  if (gaps->len > 0)
    {
      /* Translators: %u is the number of gaps, listed after this line. */
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The sheet cannot be submitted yet: %u thing is missing.",
                                                               "The sheet cannot be submitted yet: %u things are missing.",
                                                               gaps->len),
                                                  gaps->len);

      _exemplar_util_set_missing_error (error, summary, &gaps, missing);
      return FALSE;
    }

  leaves = exemplar_score_sheet_get_leaves (self);
  seal = _exemplar_score_sheet_compute_seal (self->assignment, leaves, self->scores, self->comment);
  now = _exemplar_score_sheet_now ();
  total = exemplar_points_format (exemplar_score_sheet_get_total (self, NULL));
  reviewer = dup_reviewer_label (self);
  detail = g_strdup_printf ("%s, total %s, seal %s", reviewer, total, seal);

  return store_state (self, EXEMPLAR_SHEET_SUBMITTED, &now, &seal, "sheet.submit", detail, error);
}

gboolean
exemplar_score_sheet_reopen (ExemplarScoreSheet  *self,
                             const char          *reason,
                             GError             **error)
{
  g_autofree char *stored = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *no_time = NULL;
  g_autofree char *no_seal = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);

  if (!_exemplar_score_sheet_clean_text (reason, REASON_MAX_CHARS, _("The reason for reopening"), &stored, error))
    return FALSE;
  if (stored == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Say why the sheet is reopened; the reason is recorded."));
      return FALSE;
    }

  /* The office's override of the seal: only the phase and a read-only
   * campaign still stop it. */
  if (!_exemplar_evaluation_check_office (self->evaluation, error))
    return FALSE;

  if (self->state != EXEMPLAR_SHEET_SUBMITTED)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("This sheet is not submitted, so there is nothing to reopen; the "
                             "reviewer can still change it."));
      return FALSE;
    }

  reviewer = dup_reviewer_label (self);
  detail = g_strdup_printf ("%s, seal %s: %s", reviewer, self->seal != NULL ? self->seal : "none", stored);

  return store_state (self, EXEMPLAR_SHEET_DRAFT, &no_time, &no_seal, "sheet.reopen", detail, error);
}

const char *
exemplar_score_sheet_get_seal (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  return self->state == EXEMPLAR_SHEET_SUBMITTED ? self->seal : NULL;
}

const char *
exemplar_score_sheet_get_submitted_at (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  return self->state == EXEMPLAR_SHEET_SUBMITTED ? self->submitted_at : NULL;
}
