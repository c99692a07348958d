/* exemplar-score-sheet.c
 *
 * One reviewer's score sheet for one application: the points and reasons
 * per assigned leaf, written at once on every change, and the seal that
 * closes it on submission.
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
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet-private.h"
#include "exemplar-unit.h"

/* Reviewers score in half points, as the rubric's own points go. */
#define POINTS_STEP 50
#define REASON_MAX_CHARS 1000
#define COMMENT_MAX_CHARS 4000

G_DEFINE_FINAL_TYPE (ExemplarScoreSheet, exemplar_score_sheet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sheet_score_free (gpointer data)
{
  ExemplarSheetScore *score = data;

  g_free (score->reason);
  g_free (score);
}

static void
collect_in (GListModel *model,
            GPtrArray  *leaves)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (model, i);

      if (!exemplar_indicator_is_leaf (indicator))
        collect_in (exemplar_indicator_get_children (indicator), leaves);
      else if (exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO)
        g_ptr_array_add (leaves, g_object_ref (indicator));
    }
}

static ExemplarRubric *
get_rubric (ExemplarScoreSheet *self)
{
  return exemplar_campaign_get_rubric (exemplar_evaluation_get_campaign (self->evaluation));
}

static ExemplarDatabase *
get_database (ExemplarScoreSheet *self)
{
  return _exemplar_evaluation_get_database (self->evaluation);
}

const char *
_exemplar_score_sheet_unit_code (ExemplarScoreSheet *self)
{
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (self->assignment);

  return exemplar_unit_get_code (exemplar_declaration_get_unit (declaration));
}

static gboolean
is_under (ExemplarIndicator *indicator,
          ExemplarIndicator *ancestor)
{
  for (; indicator != NULL; indicator = exemplar_indicator_get_parent (indicator))
    if (indicator == ancestor)
      return TRUE;

  return FALSE;
}

/* A scored leaf of this campaign's rubric within the assignment's scope. */
static gboolean
is_assigned_leaf (ExemplarScoreSheet *self,
                  ExemplarIndicator  *leaf)
{
  ExemplarIndicator *scope = exemplar_assignment_get_scope (self->assignment);

  return exemplar_indicator_is_leaf (leaf) &&
         exemplar_indicator_get_kind (leaf) != EXEMPLAR_INDICATOR_VETO &&
         exemplar_rubric_find (get_rubric (self), exemplar_indicator_get_code (leaf)) == leaf &&
         (scope == NULL || is_under (leaf, scope));
}

ExemplarSheetScore *
_exemplar_score_sheet_lookup (ExemplarScoreSheet *self,
                              ExemplarIndicator  *leaf)
{
  gint64 id = exemplar_indicator_get_id (leaf);

  return g_hash_table_lookup (self->scores, &id);
}

static guint
count_scored (ExemplarScoreSheet *self,
              GPtrArray          *leaves)
{
  guint n_scored = 0;

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarSheetScore *score = _exemplar_score_sheet_lookup (self, g_ptr_array_index (leaves, i));

      if (score != NULL && score->has_points)
        n_scored++;
    }

  return n_scored;
}

static char *
format_local_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL || (utc = g_date_time_new_from_iso8601 (iso8601, NULL)) == NULL)
    return g_strdup (iso8601 != NULL ? iso8601 : "?");

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

char *
_exemplar_score_sheet_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
_exemplar_score_sheet_clean_text (const char  *text,
                                  guint        max_chars,
                                  const char  *what,
                                  char       **cleaned,
                                  GError     **error)
{
  g_autofree char *stripped = NULL;
  glong n_chars;

  *cleaned = NULL;
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      /* Translators: %s is what was typed, e.g. "The reason for 3.2.1". */
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("%s is not valid UTF-8 text."), what);
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (text));
  n_chars = g_utf8_strlen (stripped, -1);
  if (n_chars > (glong) max_chars)
    {
      /* Translators: %s is what was typed, e.g. "The reason for 3.2.1". */
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("%s may have at most %u characters; this one has %ld. Shorten it."),
                   what, max_chars, n_chars);
      return FALSE;
    }

  if (stripped[0] != '\0')
    *cleaned = g_steal_pointer (&stripped);
  return TRUE;
}

gboolean
_exemplar_score_sheet_check_editable (ExemplarScoreSheet  *self,
                                      GError             **error)
{
  g_autofree char *when = NULL;

  if (!_exemplar_evaluation_check_editable (self->evaluation, error))
    return FALSE;

  if (self->state != EXEMPLAR_SHEET_SUBMITTED)
    return TRUE;

  when = format_local_time (self->submitted_at);
  /* Translators: %s is the date and time of submission. */
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
               _("This sheet was submitted on %s and is sealed; only the office can reopen "
                 "it, with a reason."),
               when);
  return FALSE;
}

static gboolean
check_leaf (ExemplarScoreSheet  *self,
            ExemplarIndicator   *leaf,
            GError             **error)
{
  if (is_assigned_leaf (self, leaf))
    return TRUE;

  /* Translators: the first two %s are an indicator's code and name. */
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               _("Item %s %s is not scored on this sheet: only the items and bonus items "
                 "assigned to this reviewer are, never a branch or a veto item."),
               exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf));
  return FALSE;
}

gint64
_exemplar_score_sheet_begin_write (ExemplarScoreSheet  *self,
                                   gboolean             sealed_ok,
                                   GError             **error)
{
  ExemplarDatabase *db = get_database (self);
  g_autoptr(sqlite3_stmt) select = NULL;
  sqlite3_stmt *insert;

  if (!exemplar_database_begin (db, error))
    return 0;

  if (self->id == 0)
    {
      insert = _exemplar_evaluation_prepare_write (self->evaluation,
                                                   "INSERT INTO score_sheet (assignment_id, state) "
                                                   "VALUES (?, 'draft') ON CONFLICT (assignment_id) DO NOTHING",
                                                   error);
      if (insert == NULL)
        return 0;
      sqlite3_bind_int64 (insert, 1, exemplar_assignment_get_id (self->assignment));
      if (!_exemplar_evaluation_step_write (self->evaluation, insert, error))
        return 0;
    }

  select = _exemplar_evaluation_prepare_write (self->evaluation,
                                               "SELECT id, state FROM score_sheet WHERE assignment_id = ?", error);
  if (select == NULL)
    return 0;
  sqlite3_bind_int64 (select, 1, exemplar_assignment_get_id (self->assignment));
  if (sqlite3_step (select) != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      exemplar_database_rollback (db);
      return 0;
    }

  /* The file, not this object, has the last word: a score sheet imported
   * from the reviewer's desktop, or another window, may have sealed it
   * since this sheet was opened. */
  if (!sealed_ok && g_strcmp0 ((const char *) sqlite3_column_text (select, 1), "submitted") == 0)
    {
      exemplar_database_rollback (db);
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                           _("This sheet was submitted and sealed since it was opened, perhaps "
                             "by a score sheet imported from the reviewer; close it and open it "
                             "again to see what it holds."));
      return 0;
    }

  return sqlite3_column_int64 (select, 0);
}

gboolean
_exemplar_score_sheet_commit_write (ExemplarScoreSheet  *self,
                                    gint64               sheet_id,
                                    const char          *action,
                                    const char          *detail,
                                    GError             **error)
{
  g_autofree char *now = _exemplar_score_sheet_now ();
  sqlite3_stmt *touch;

  touch = _exemplar_evaluation_prepare_write (self->evaluation,
                                              "UPDATE score_sheet SET updated_at = ? WHERE id = ?", error);
  if (touch == NULL)
    return FALSE;
  sqlite3_bind_text (touch, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (touch, 2, sheet_id);

  return _exemplar_evaluation_commit_write (self->evaluation, touch, action,
                                            _exemplar_score_sheet_unit_code (self), detail, error);
}

/* After a stored change: the sheet exists in @state, the assignment's
 * summary follows, and everyone watching hears of it. */
void
_exemplar_score_sheet_written (ExemplarScoreSheet *self,
                               gint64              sheet_id,
                               ExemplarSheetState  state)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (self);

  self->id = sheet_id;
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }

  _exemplar_assignment_set_progress (self->assignment, self->state, count_scored (self, leaves));
  g_signal_emit (self, signals[CHANGED], 0);
  _exemplar_evaluation_emit_changed (self->evaluation);
}

/* Writes the new content of one leaf's row (no points and no reason
 * removes it) in its own transaction, then keeps it in memory. */
static gboolean
store_score (ExemplarScoreSheet  *self,
             ExemplarIndicator   *leaf,
             gboolean             has_points,
             gint64               points,
             char               **reason,
             GError             **error)
{
  gint64 indicator_id = exemplar_indicator_get_id (leaf);
  sqlite3_stmt *upsert;
  sqlite3_stmt *prune;
  ExemplarSheetScore *score;
  gint64 sheet_id;

  score = _exemplar_score_sheet_lookup (self, leaf);
  if ((score != NULL ? score->has_points : FALSE) == has_points &&
      (!has_points || score->points == points) &&
      g_strcmp0 (score != NULL ? score->reason : NULL, *reason) == 0)
    return TRUE;

  if ((sheet_id = _exemplar_score_sheet_begin_write (self, FALSE, error)) == 0)
    return FALSE;

  upsert = _exemplar_evaluation_prepare_write (self->evaluation,
                                               "INSERT INTO score (sheet_id, indicator_id, points, reason) "
                                               "VALUES (?1, ?2, ?3, ?4) "
                                               "ON CONFLICT (sheet_id, indicator_id) "
                                               "DO UPDATE SET points = excluded.points, reason = excluded.reason",
                                               error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, sheet_id);
  sqlite3_bind_int64 (upsert, 2, indicator_id);
  if (has_points)
    sqlite3_bind_int64 (upsert, 3, points);
  else
    sqlite3_bind_null (upsert, 3);
  if (*reason != NULL)
    sqlite3_bind_text (upsert, 4, *reason, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (upsert, 4);
  if (!_exemplar_evaluation_step_write (self->evaluation, upsert, error))
    return FALSE;

  prune = _exemplar_evaluation_prepare_write (self->evaluation,
                                              "DELETE FROM score WHERE sheet_id = ? AND indicator_id = ? "
                                              "  AND points IS NULL AND reason IS NULL "
                                              "  AND evidence_checked = 0 AND veto_hit = 0",
                                              error);
  if (prune == NULL)
    return FALSE;
  sqlite3_bind_int64 (prune, 1, sheet_id);
  sqlite3_bind_int64 (prune, 2, indicator_id);
  if (!_exemplar_evaluation_step_write (self->evaluation, prune, error))
    return FALSE;

  /* Drafts are work in progress: not audited. */
  if (!_exemplar_score_sheet_commit_write (self, sheet_id, NULL, NULL, error))
    return FALSE;

  if (!has_points && *reason == NULL)
    g_hash_table_remove (self->scores, &indicator_id);
  else
    {
      if (score == NULL)
        {
          score = g_new0 (ExemplarSheetScore, 1);
          g_hash_table_insert (self->scores, g_memdup2 (&indicator_id, sizeof indicator_id), score);
        }
      score->has_points = has_points;
      score->points = has_points ? points : 0;
      g_free (score->reason);
      score->reason = g_steal_pointer (reason);
    }

  _exemplar_score_sheet_written (self, sheet_id, EXEMPLAR_SHEET_DRAFT);
  return TRUE;
}

static gboolean
load (ExemplarScoreSheet  *self,
      GError             **error)
{
  ExemplarDatabase *db = get_database (self);
  g_autoptr(sqlite3_stmt) sheet = NULL;
  g_autoptr(sqlite3_stmt) scores = NULL;
  int rc;

  sheet = exemplar_database_prepare (db,
                                     "SELECT id, state, comment, submitted_at, seal FROM score_sheet "
                                     "WHERE assignment_id = ?",
                                     error);
  if (sheet == NULL)
    return FALSE;
  sqlite3_bind_int64 (sheet, 1, exemplar_assignment_get_id (self->assignment));

  rc = sqlite3_step (sheet);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  self->id = sqlite3_column_int64 (sheet, 0);
  self->state = g_strcmp0 ((const char *) sqlite3_column_text (sheet, 1), "submitted") == 0
                ? EXEMPLAR_SHEET_SUBMITTED : EXEMPLAR_SHEET_DRAFT;
  self->comment = g_strdup ((const char *) sqlite3_column_text (sheet, 2));
  self->submitted_at = g_strdup ((const char *) sqlite3_column_text (sheet, 3));
  self->seal = g_strdup ((const char *) sqlite3_column_text (sheet, 4));

  scores = exemplar_database_prepare (db,
                                      "SELECT indicator_id, points, reason FROM score WHERE sheet_id = ?",
                                      error);
  if (scores == NULL)
    return FALSE;
  sqlite3_bind_int64 (scores, 1, self->id);

  while ((rc = sqlite3_step (scores)) == SQLITE_ROW)
    {
      gint64 indicator_id = sqlite3_column_int64 (scores, 0);
      ExemplarSheetScore *score = g_new0 (ExemplarSheetScore, 1);

      score->has_points = sqlite3_column_type (scores, 1) != SQLITE_NULL;
      score->points = sqlite3_column_int64 (scores, 1);
      score->reason = g_strdup ((const char *) sqlite3_column_text (scores, 2));
      g_hash_table_insert (self->scores, g_memdup2 (&indicator_id, sizeof indicator_id), score);
    }

  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  return TRUE;
}

static void
exemplar_score_sheet_dispose (GObject *object)
{
  ExemplarScoreSheet *self = (ExemplarScoreSheet *) object;

  g_clear_object (&self->assignment);
  g_clear_object (&self->evaluation);

  G_OBJECT_CLASS (exemplar_score_sheet_parent_class)->dispose (object);
}

static void
exemplar_score_sheet_finalize (GObject *object)
{
  ExemplarScoreSheet *self = (ExemplarScoreSheet *) object;

  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_free (self->comment);
  g_free (self->submitted_at);
  g_free (self->seal);

  G_OBJECT_CLASS (exemplar_score_sheet_parent_class)->finalize (object);
}

static void
exemplar_score_sheet_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarScoreSheet *self = EXEMPLAR_SCORE_SHEET (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_score_sheet_class_init (ExemplarScoreSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_score_sheet_dispose;
  object_class->finalize = exemplar_score_sheet_finalize;
  object_class->get_property = exemplar_score_sheet_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      EXEMPLAR_SHEET_NOT_STARTED, EXEMPLAR_SHEET_SUBMITTED, EXEMPLAR_SHEET_NOT_STARTED,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarScoreSheet::changed:
   *
   * Emitted after a change to the sheet was stored: points, a reason, the
   * comment, submission or reopening.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
exemplar_score_sheet_init (ExemplarScoreSheet *self)
{
  self->scores = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, sheet_score_free);
  self->state = EXEMPLAR_SHEET_NOT_STARTED;
}

GPtrArray *
_exemplar_score_sheet_collect_leaves (ExemplarRubric    *rubric,
                                      ExemplarIndicator *scope)
{
  GPtrArray *leaves;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (rubric), NULL);
  g_return_val_if_fail (scope == NULL || EXEMPLAR_IS_INDICATOR (scope), NULL);

  leaves = g_ptr_array_new_with_free_func (g_object_unref);

  if (scope == NULL)
    collect_in (G_LIST_MODEL (rubric), leaves);
  else if (!exemplar_indicator_is_leaf (scope))
    collect_in (exemplar_indicator_get_children (scope), leaves);
  else if (exemplar_indicator_get_kind (scope) != EXEMPLAR_INDICATOR_VETO)
    g_ptr_array_add (leaves, g_object_ref (scope));

  return leaves;
}

ExemplarScoreSheet *
_exemplar_score_sheet_new (ExemplarEvaluation  *evaluation,
                           ExemplarAssignment  *assignment,
                           GError             **error)
{
  g_autoptr(ExemplarScoreSheet) self = NULL;
  g_autoptr(GPtrArray) leaves = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment), NULL);

  self = g_object_new (EXEMPLAR_TYPE_SCORE_SHEET, NULL);
  self->evaluation = g_object_ref (evaluation);
  self->assignment = g_object_ref (assignment);

  if (!load (self, error))
    return NULL;

  leaves = exemplar_score_sheet_get_leaves (self);
  _exemplar_assignment_set_progress (assignment, self->state, count_scored (self, leaves));

  return g_steal_pointer (&self);
}

ExemplarAssignment *
exemplar_score_sheet_get_assignment (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  return self->assignment;
}

ExemplarSheetState
exemplar_score_sheet_get_state (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), EXEMPLAR_SHEET_NOT_STARTED);

  return self->state;
}

gboolean
exemplar_score_sheet_get_editable (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);

  return self->state != EXEMPLAR_SHEET_SUBMITTED &&
         _exemplar_evaluation_check_editable (self->evaluation, NULL);
}

GPtrArray *
exemplar_score_sheet_get_leaves (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  return _exemplar_score_sheet_collect_leaves (get_rubric (self),
                                               exemplar_assignment_get_scope (self->assignment));
}

gboolean
exemplar_score_sheet_get_score (ExemplarScoreSheet  *self,
                                ExemplarIndicator   *leaf,
                                gint64              *points,
                                const char         **reason)
{
  ExemplarSheetScore *score = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  if (is_assigned_leaf (self, leaf))
    score = _exemplar_score_sheet_lookup (self, leaf);

  if (points != NULL)
    *points = score != NULL && score->has_points ? score->points : 0;
  if (reason != NULL)
    *reason = score != NULL ? score->reason : NULL;

  return score != NULL && score->has_points;
}

gboolean
exemplar_score_sheet_set_points (ExemplarScoreSheet  *self,
                                 ExemplarIndicator   *leaf,
                                 gint64               points,
                                 GError             **error)
{
  ExemplarSheetScore *score;
  g_autofree char *reason = NULL;
  gint64 max;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  if (!_exemplar_score_sheet_check_editable (self, error) || !check_leaf (self, leaf, error))
    return FALSE;

  max = exemplar_indicator_get_points (leaf);
  if (points < 0 || points > max || points % POINTS_STEP != 0)
    {
      g_autofree char *max_text = exemplar_points_format (max);
      g_autofree char *given = exemplar_points_format (points);

      /* Translators: item code, item name, its maximum points, the points typed. */
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Item %s %s takes between 0 and %s points, in steps of 0.5; %s is not "
                     "allowed."),
                   exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf),
                   max_text, given);
      return FALSE;
    }

  score = _exemplar_score_sheet_lookup (self, leaf);
  reason = score != NULL ? g_strdup (score->reason) : NULL;
  return store_score (self, leaf, TRUE, points, &reason, error);
}

gboolean
exemplar_score_sheet_clear_points (ExemplarScoreSheet  *self,
                                   ExemplarIndicator   *leaf,
                                   GError             **error)
{
  ExemplarSheetScore *score;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  if (!_exemplar_score_sheet_check_editable (self, error) || !check_leaf (self, leaf, error))
    return FALSE;

  score = _exemplar_score_sheet_lookup (self, leaf);
  reason = score != NULL ? g_strdup (score->reason) : NULL;
  return store_score (self, leaf, FALSE, 0, &reason, error);
}

gboolean
exemplar_score_sheet_set_reason (ExemplarScoreSheet  *self,
                                 ExemplarIndicator   *leaf,
                                 const char          *reason,
                                 GError             **error)
{
  g_autofree char *what = NULL;
  g_autofree char *stored = NULL;
  ExemplarSheetScore *score;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  if (!_exemplar_score_sheet_check_editable (self, error) || !check_leaf (self, leaf, error))
    return FALSE;

  /* Translators: %s is an indicator code; the phrase starts a sentence. */
  what = g_strdup_printf (_("The reason for %s"), exemplar_indicator_get_code (leaf));
  if (!_exemplar_score_sheet_clean_text (reason, REASON_MAX_CHARS, what, &stored, error))
    return FALSE;

  score = _exemplar_score_sheet_lookup (self, leaf);
  return store_score (self, leaf,
                      score != NULL && score->has_points,
                      score != NULL ? score->points : 0,
                      &stored, error);
}

const char *
exemplar_score_sheet_get_comment (ExemplarScoreSheet *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), NULL);

  return self->comment;
}

gboolean
exemplar_score_sheet_set_comment (ExemplarScoreSheet  *self,
                                  const char          *comment,
                                  GError             **error)
{
  g_autofree char *stored = NULL;
  sqlite3_stmt *update;
  gint64 sheet_id;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), FALSE);

  if (!_exemplar_score_sheet_check_editable (self, error) ||
      !_exemplar_score_sheet_clean_text (comment, COMMENT_MAX_CHARS, _("The comment"), &stored, error))
    return FALSE;

  if (g_strcmp0 (stored, self->comment) == 0)
    return TRUE;

  if ((sheet_id = _exemplar_score_sheet_begin_write (self, FALSE, error)) == 0)
    return FALSE;

  update = _exemplar_evaluation_prepare_write (self->evaluation,
                                               "UPDATE score_sheet SET comment = ? WHERE id = ?", error);
  if (update == NULL)
    return FALSE;
  if (stored != NULL)
    sqlite3_bind_text (update, 1, stored, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 1);
  sqlite3_bind_int64 (update, 2, sheet_id);
  if (!_exemplar_evaluation_step_write (self->evaluation, update, error))
    return FALSE;

  if (!_exemplar_score_sheet_commit_write (self, sheet_id, NULL, NULL, error))
    return FALSE;

  g_free (self->comment);
  self->comment = g_steal_pointer (&stored);
  _exemplar_score_sheet_written (self, sheet_id, EXEMPLAR_SHEET_DRAFT);
  return TRUE;
}

gint64
exemplar_score_sheet_get_total (ExemplarScoreSheet *self,
                                ExemplarIndicator  *indicator)
{
  g_autoptr(GPtrArray) leaves = NULL;
  gint64 items = 0;
  gint64 bonus = 0;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (self), 0);
  g_return_val_if_fail (indicator == NULL || EXEMPLAR_IS_INDICATOR (indicator), 0);

  leaves = exemplar_score_sheet_get_leaves (self);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      ExemplarSheetScore *score = _exemplar_score_sheet_lookup (self, leaf);

      if (score == NULL || !score->has_points ||
          (indicator != NULL && !is_under (leaf, indicator)))
        continue;

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
        bonus += score->points;
      else
        items += score->points;
    }

  if (indicator == NULL)
    bonus = MIN (bonus, exemplar_rubric_get_bonus_cap (get_rubric (self)));

  return items + bonus;
}

