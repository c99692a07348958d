/* exemplar-evaluation-flags.c
 *
 * The office's review of a disagreement flag: after looking at an item the
 * reviewers scored far apart (and perhaps asking for a re-review), the
 * office marks it reviewed with a note. One review per application and
 * item; reviews are made during the evaluation phase and audited. The
 * flags themselves are computed by ExemplarResults; a review is kept even
 * when later scores clear the flag, so the note is not lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign-private.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet-private.h"
#include "exemplar-unit.h"

#define NOTE_MAX_CHARS 1000

typedef struct
{
  char *note;
  char *reviewed_at;
} ExemplarFlagReview;

void
_exemplar_flag_review_free (gpointer data)
{
  ExemplarFlagReview *review = data;

  g_free (review->note);
  g_free (review->reviewed_at);
  g_free (review);
}

static char *
review_key (gint64 application_id,
            gint64 indicator_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, application_id, indicator_id);
}

static void
remember (ExemplarEvaluation *self,
          gint64              application_id,
          gint64              indicator_id,
          const char         *note,
          const char         *reviewed_at)
{
  ExemplarFlagReview *review = g_new0 (ExemplarFlagReview, 1);

  review->note = g_strdup (note);
  review->reviewed_at = g_strdup (reviewed_at);
  g_hash_table_replace (self->flag_reviews, review_key (application_id, indicator_id), review);
}

gboolean
_exemplar_evaluation_load_flag_reviews (ExemplarEvaluation  *self,
                                        GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT application_id, indicator_id, note, reviewed_at FROM flag_review",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    remember (self, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
              (const char *) sqlite3_column_text (stmt, 2), (const char *) sqlite3_column_text (stmt, 3));

  return TRUE;
}

/* The office reviews flags during the evaluation, on the campaign's own
 * applications and scored items. */
static gboolean
check_reviewable (ExemplarEvaluation   *self,
                  ExemplarDeclaration  *declaration,
                  ExemplarIndicator    *indicator,
                  GError              **error)
{
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (self->campaign);
  ExemplarPhase phase;

  if (!_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase != EXEMPLAR_PHASE_EVALUATION)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                   /* Translators: %s is a phase, e.g. "Review and publicity". */
                   _("Flagged items are reviewed during the evaluation; the campaign is in its "
                     "“%s” phase."),
                   exemplar_phase_get_title (phase));
      return FALSE;
    }

  if (!g_hash_table_contains (self->positions, declaration))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That application is not part of the campaign."));
      return FALSE;
    }

  if (rubric == NULL || exemplar_rubric_find (rubric, exemplar_indicator_get_code (indicator)) != indicator ||
      !exemplar_indicator_is_leaf (indicator) ||
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is an indicator's code. */
                   _("%s is not a scored item of the campaign’s rubric, so it cannot be flagged."),
                   exemplar_indicator_get_code (indicator));
      return FALSE;
    }

  return TRUE;
}

static char *
review_target (ExemplarDeclaration *declaration,
               ExemplarIndicator   *indicator)
{
  return g_strdup_printf ("%s %s", exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)),
                          exemplar_indicator_get_code (indicator));
}

/* Public API */

gboolean
exemplar_evaluation_review_flag (ExemplarEvaluation   *self,
                                 ExemplarDeclaration  *declaration,
                                 ExemplarIndicator    *indicator,
                                 const char           *note,
                                 GError              **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *now = NULL;
  g_autofree char *target = NULL;
  sqlite3_stmt *upsert;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  if (!_exemplar_score_sheet_clean_text (note, NOTE_MAX_CHARS, _("The review note"), &clean, error))
    return FALSE;
  if (clean == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Write a note saying how the flag was reviewed (e.g. “re-scored on "
                             "site”, “spread explained by the evidence”); it is recorded."));
      return FALSE;
    }

  if (!check_reviewable (self, declaration, indicator, error))
    return FALSE;

  now = _exemplar_score_sheet_now ();
  upsert = _exemplar_evaluation_begin_write (self,
                                             "INSERT INTO flag_review (application_id, indicator_id, note, reviewed_at) "
                                             "VALUES (?1, ?2, ?3, ?4) "
                                             "ON CONFLICT (application_id, indicator_id) "
                                             "DO UPDATE SET note = excluded.note, reviewed_at = excluded.reviewed_at",
                                             error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, exemplar_declaration_get_id (declaration));
  sqlite3_bind_int64 (upsert, 2, exemplar_indicator_get_id (indicator));
  sqlite3_bind_text (upsert, 3, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (upsert, 4, now, -1, SQLITE_TRANSIENT);

  target = review_target (declaration, indicator);
  if (!_exemplar_evaluation_commit_write (self, upsert, "flag.review", target, clean, error))
    return FALSE;

  remember (self, exemplar_declaration_get_id (declaration), exemplar_indicator_get_id (indicator),
            clean, now);
  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}

gboolean
exemplar_evaluation_get_flag_review (ExemplarEvaluation   *self,
                                     ExemplarDeclaration  *declaration,
                                     ExemplarIndicator    *indicator,
                                     const char          **note,
                                     const char          **reviewed_at)
{
  g_autofree char *key = NULL;
  ExemplarFlagReview *review;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  key = review_key (exemplar_declaration_get_id (declaration), exemplar_indicator_get_id (indicator));
  review = g_hash_table_lookup (self->flag_reviews, key);

  if (note != NULL)
    *note = review != NULL ? review->note : NULL;
  if (reviewed_at != NULL)
    *reviewed_at = review != NULL ? review->reviewed_at : NULL;
  return review != NULL;
}

gboolean
exemplar_evaluation_clear_flag_review (ExemplarEvaluation   *self,
                                       ExemplarDeclaration  *declaration,
                                       ExemplarIndicator    *indicator,
                                       GError              **error)
{
  g_autofree char *key = NULL;
  g_autofree char *target = NULL;
  sqlite3_stmt *delete;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  if (!check_reviewable (self, declaration, indicator, error))
    return FALSE;

  key = review_key (exemplar_declaration_get_id (declaration), exemplar_indicator_get_id (indicator));
  if (!g_hash_table_contains (self->flag_reviews, key))
    return TRUE;

  delete = _exemplar_evaluation_begin_write (self,
                                             "DELETE FROM flag_review WHERE application_id = ?1 AND indicator_id = ?2",
                                             error);
  if (delete == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, exemplar_declaration_get_id (declaration));
  sqlite3_bind_int64 (delete, 2, exemplar_indicator_get_id (indicator));

  target = review_target (declaration, indicator);
  if (!_exemplar_evaluation_commit_write (self, delete, "flag.clear", target, "", error))
    return FALSE;

  g_hash_table_remove (self->flag_reviews, key);
  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}
