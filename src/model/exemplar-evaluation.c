/* exemplar-evaluation.c
 *
 * The evaluation: loading from the file, the lists and the edit rules
 * shared by every change. See exemplar-evaluation-private.h for the other
 * files the class is split over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment-private.h"
#include "exemplar-campaign-private.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer-private.h"
#include "exemplar-round-private.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet-private.h"
#include "exemplar-unit.h"

G_DEFINE_FINAL_TYPE (ExemplarEvaluation, exemplar_evaluation, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Loading */

/* Units by id: looking each reviewer's unit up in a list of thousands
 * would make opening a national campaign take seconds. */
static GHashTable *
index_units_by_id (GListModel *units)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n_items = units != NULL ? g_list_model_get_n_items (units) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);
      gint64 *id = g_new (gint64, 1);

      *id = exemplar_unit_get_id (unit);
      g_hash_table_insert (by_id, id, unit);
    }

  return by_id;
}

static ExemplarUnit *
find_unit_by_id (GHashTable *by_id,
                 gint64      id)
{
  return g_hash_table_lookup (by_id, &id);
}

guint
_exemplar_evaluation_unit_position (ExemplarEvaluation *self,
                                    ExemplarUnit       *unit)
{
  GListModel *units = exemplar_campaign_get_units (self->campaign);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) item = g_list_model_get_item (units, i);

      if (item == unit)
        return i;
    }

  return G_MAXUINT;
}

static guint
round_position (ExemplarEvaluation *self,
                ExemplarRound      *round)
{
  guint position;

  if (round == NULL)
    return 0;
  if (g_list_store_find (self->rounds, round, &position))
    return position + 1;
  return G_MAXUINT;
}

/* Official order of the application, then reviewer, then round. */
static int
compare_assignments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  ExemplarEvaluation *self = user_data;
  ExemplarAssignment *x = (ExemplarAssignment *) a;
  ExemplarAssignment *y = (ExemplarAssignment *) b;
  guint px = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions,
                                                    exemplar_assignment_get_declaration (x)));
  guint py = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions,
                                                    exemplar_assignment_get_declaration (y)));
  gint64 rx, ry;
  guint ox, oy;

  if (px != py)
    return px < py ? -1 : 1;

  rx = exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (x));
  ry = exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (y));
  if (rx != ry)
    return rx < ry ? -1 : 1;

  ox = round_position (self, exemplar_assignment_get_round (x));
  oy = round_position (self, exemplar_assignment_get_round (y));
  if (ox != oy)
    return ox < oy ? -1 : 1;

  rx = exemplar_assignment_get_id (x);
  ry = exemplar_assignment_get_id (y);
  return rx < ry ? -1 : (rx > ry ? 1 : 0);
}

static int
compare_assignment_pointers (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  return compare_assignments (*(gpointer *) a, *(gpointer *) b, user_data);
}

static void
collect_indicator (gpointer data,
                   gpointer user_data)
{
  GHashTable *by_id = user_data;
  ExemplarIndicator *indicator = data;

  g_hash_table_insert (by_id, GINT_TO_POINTER ((int) exemplar_indicator_get_id (indicator)), indicator);
}

static gboolean
load_reviewers (ExemplarEvaluation  *self,
                GError             **error)
{
  g_autoptr(GHashTable) units = index_units_by_id (exemplar_campaign_get_units (self->campaign));
  g_autoptr(GHashTable) members = index_units_by_id (exemplar_campaign_get_member_units (self->campaign));
  g_autoptr(GHashTable) reviewers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) conflicts = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT id, name, affiliation, member_unit_id, unit_id, role, contact "
                                    "FROM reviewer ORDER BY id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(ExemplarReviewer) reviewer = NULL;
      ExemplarAffiliation affiliation = EXEMPLAR_AFFILIATION_EXPERT;
      ExemplarUnit *unit = NULL;
      gint64 *id = g_new (gint64, 1);

      exemplar_affiliation_from_string ((const char *) sqlite3_column_text (stmt, 2), &affiliation);
      if (affiliation == EXEMPLAR_AFFILIATION_MEMBER)
        unit = find_unit_by_id (members, sqlite3_column_int64 (stmt, 3));
      else if (affiliation == EXEMPLAR_AFFILIATION_APPLICANT)
        unit = find_unit_by_id (units, sqlite3_column_int64 (stmt, 4));

      reviewer = _exemplar_reviewer_new (sqlite3_column_int64 (stmt, 0),
                                         (const char *) sqlite3_column_text (stmt, 1),
                                         affiliation, unit,
                                         (const char *) sqlite3_column_text (stmt, 5),
                                         (const char *) sqlite3_column_text (stmt, 6));
      g_list_store_append (self->reviewers, reviewer);
      *id = exemplar_reviewer_get_id (reviewer);
      g_hash_table_insert (reviewers, id, reviewer);
    }

  conflicts = exemplar_database_prepare (self->db,
                                         "SELECT reviewer_id, unit_id, reason FROM conflict",
                                         error);
  if (conflicts == NULL)
    return FALSE;

  while (sqlite3_step (conflicts) == SQLITE_ROW)
    {
      gint64 reviewer_id = sqlite3_column_int64 (conflicts, 0);
      ExemplarReviewer *reviewer = g_hash_table_lookup (reviewers, &reviewer_id);
      ExemplarUnit *unit = find_unit_by_id (units, sqlite3_column_int64 (conflicts, 1));

      if (reviewer != NULL && unit != NULL)
        _exemplar_reviewer_set_conflict (reviewer, unit, _exemplar_evaluation_unit_position (self, unit),
                                         (const char *) sqlite3_column_text (conflicts, 2));
    }

  return TRUE;
}

static gboolean
load_rounds (ExemplarEvaluation  *self,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT id, name, method, weight FROM round ORDER BY position, id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(ExemplarRound) round = NULL;
      ExemplarMethod method = EXEMPLAR_METHOD_DOCUMENT;

      exemplar_method_from_string ((const char *) sqlite3_column_text (stmt, 2), &method);
      round = _exemplar_round_new (sqlite3_column_int64 (stmt, 0),
                                   (const char *) sqlite3_column_text (stmt, 1),
                                   method,
                                   (guint) CLAMP (sqlite3_column_int (stmt, 3), 0, 100));
      g_list_store_append (self->rounds, round);
    }

  return TRUE;
}

ExemplarRound *
_exemplar_evaluation_find_round (ExemplarEvaluation *self,
                                 gint64              id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(ExemplarRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (exemplar_round_get_id (round) == id)
        return round;
    }

  return NULL;
}

static void
add_count (GHashTable         *counts,
           ExemplarAssignment *assignment,
           guint               count)
{
  if (assignment != NULL && count > 0)
    g_hash_table_insert (counts, assignment,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, assignment)) + count));
}

/* Each sheet's state and its count of scored leaves (score rows with
 * points, for leaves in the assignment's scope), read from the file. */
static gboolean
refresh_progress (ExemplarEvaluation  *self,
                  GError             **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) leaf_sets = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) states = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_sheet = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) sheets = NULL;
  g_autoptr(sqlite3_stmt) scores = NULL;
  ExemplarAssignment *current = NULL;
  GHashTable *current_leaves = NULL;
  gint64 current_sheet = -1;
  guint current_count = 0;
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (self->campaign);
  GListModel *assignments = G_LIST_MODEL (self->assignments);
  guint n = g_list_model_get_n_items (assignments);
  g_autofree gint64 *ids = g_new0 (gint64, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarIndicator *scope = exemplar_assignment_get_scope (assignment);

      ids[i] = exemplar_assignment_get_id (assignment);
      g_hash_table_insert (by_id, &ids[i], assignment);

      if (!g_hash_table_contains (leaf_sets, scope))
        {
          g_autoptr(GPtrArray) leaves = _exemplar_score_sheet_collect_leaves (rubric, scope);
          GHashTable *set = g_hash_table_new (NULL, NULL);

          for (guint j = 0; leaves != NULL && j < leaves->len; j++)
            g_hash_table_add (set, GINT_TO_POINTER ((int) exemplar_indicator_get_id (g_ptr_array_index (leaves, j))));
          g_hash_table_insert (leaf_sets, scope, set);
        }
      _exemplar_assignment_set_n_leaves (assignment,
                                         g_hash_table_size (g_hash_table_lookup (leaf_sets, scope)));
    }

  sheets = exemplar_database_prepare (self->db, "SELECT id, assignment_id, state FROM score_sheet", error);
  if (sheets == NULL)
    return FALSE;
  while (sqlite3_step (sheets) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (sheets, 1);
      ExemplarAssignment *assignment = g_hash_table_lookup (by_id, &id);
      ExemplarSheetState state = EXEMPLAR_SHEET_DRAFT;
      gint64 *sheet_id;

      if (assignment == NULL)
        continue;
      if (g_strcmp0 ((const char *) sqlite3_column_text (sheets, 2), "submitted") == 0)
        state = EXEMPLAR_SHEET_SUBMITTED;
      g_hash_table_insert (states, assignment, GINT_TO_POINTER (state + 1));

      sheet_id = g_new (gint64, 1);
      *sheet_id = sqlite3_column_int64 (sheets, 0);
      g_hash_table_insert (by_sheet, sheet_id, assignment);
    }

  /* A national campaign has hundreds of thousands of scores, stored sheet
   * by sheet: each sheet is looked up once, not each score. */
  scores = exemplar_database_prepare (self->db,
                                      "SELECT sheet_id, indicator_id FROM score WHERE points IS NOT NULL",
                                      error);
  if (scores == NULL)
    return FALSE;
  while (sqlite3_step (scores) == SQLITE_ROW)
    {
      gint64 sheet = sqlite3_column_int64 (scores, 0);

      if (sheet != current_sheet)
        {
          add_count (counts, current, current_count);
          current_sheet = sheet;
          current = g_hash_table_lookup (by_sheet, &sheet);
          current_leaves = current != NULL ? g_hash_table_lookup (leaf_sets, exemplar_assignment_get_scope (current)) : NULL;
          current_count = 0;
        }

      if (current_leaves != NULL &&
          g_hash_table_contains (current_leaves, GINT_TO_POINTER (sqlite3_column_int (scores, 1))))
        current_count++;
    }
  add_count (counts, current, current_count);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      guint state = GPOINTER_TO_UINT (g_hash_table_lookup (states, assignment));

      _exemplar_assignment_set_progress (assignment,
                                         state == 0 ? EXEMPLAR_SHEET_NOT_STARTED : state - 1,
                                         GPOINTER_TO_UINT (g_hash_table_lookup (counts, assignment)));
    }

  return TRUE;
}

static gboolean
load_assignments (ExemplarEvaluation  *self,
                  GError             **error)
{
  g_autoptr(GHashTable) declarations = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) indicators = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) reviewers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListModel *model = exemplar_campaign_get_declarations (self->campaign);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (self->campaign);
  guint n = g_list_model_get_n_items (model);
  g_autofree gint64 *ids = g_new0 (gint64, MAX (n, 1));
  g_autofree gint64 *reviewer_ids = NULL;
  guint n_reviewers;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (model, i);

      ids[i] = exemplar_declaration_get_id (declaration);
      if (ids[i] > 0)
        g_hash_table_insert (declarations, &ids[i], declaration);
    }

  if (rubric != NULL)
    exemplar_rubric_foreach (rubric, collect_indicator, indicators);

  n_reviewers = g_list_model_get_n_items (G_LIST_MODEL (self->reviewers));
  reviewer_ids = g_new0 (gint64, MAX (n_reviewers, 1));
  for (guint i = 0; i < n_reviewers; i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (G_LIST_MODEL (self->reviewers), i);

      reviewer_ids[i] = exemplar_reviewer_get_id (reviewer);
      g_hash_table_insert (reviewers, &reviewer_ids[i], reviewer);
    }

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT a.id, a.reviewer_id, a.application_id, a.round_id, "
                                    "  a.scope_indicator_id, d.seed "
                                    "FROM assignment a LEFT JOIN draw d ON d.id = a.draw_id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 application_id = sqlite3_column_int64 (stmt, 2);
      gint64 reviewer_id = sqlite3_column_int64 (stmt, 1);
      ExemplarReviewer *reviewer = g_hash_table_lookup (reviewers, &reviewer_id);
      ExemplarDeclaration *declaration = g_hash_table_lookup (declarations, &application_id);
      ExemplarRound *round = NULL;
      ExemplarIndicator *scope = NULL;

      if (reviewer == NULL || declaration == NULL)
        continue;
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        round = _exemplar_evaluation_find_round (self, sqlite3_column_int64 (stmt, 3));
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        scope = g_hash_table_lookup (indicators, GINT_TO_POINTER (sqlite3_column_int (stmt, 4)));

      g_ptr_array_add (loaded,
                       _exemplar_assignment_new (sqlite3_column_int64 (stmt, 0), reviewer, declaration,
                                                 round, scope,
                                                 sqlite3_column_type (stmt, 5) == SQLITE_NULL
                                                   ? -1 : sqlite3_column_int64 (stmt, 5),
                                                 0));
    }

  g_ptr_array_sort_with_data (loaded, compare_assignment_pointers, self);
  g_list_store_splice (self->assignments, 0, 0, loaded->pdata, loaded->len);

  return refresh_progress (self, error);
}

static void
on_rubric_changed_cb (ExemplarEvaluation *self,
                      ExemplarRubric     *rubric)
{
  g_autoptr(GError) error = NULL;

  if (!refresh_progress (self, &error))
    g_warning ("Could not recount the score sheets: %s", error->message);
  _exemplar_evaluation_emit_changed (self);
}

void
_exemplar_evaluation_reload_sheets (ExemplarEvaluation *self)
{
  g_autoptr(GError) error = NULL;

  if (!refresh_progress (self, &error) || !_exemplar_evaluation_reload_conflicts (self, &error))
    g_warning ("Could not read the score sheets again: %s", error->message);
  _exemplar_evaluation_emit_changed (self);
}

/* GObject */

static void
exemplar_evaluation_dispose (GObject *object)
{
  ExemplarEvaluation *self = (ExemplarEvaluation *)object;

  g_clear_object (&self->assignments);
  g_clear_object (&self->groups);
  g_clear_object (&self->rounds);
  g_clear_object (&self->reviewers);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->flag_reviews, g_hash_table_unref);
  g_clear_object (&self->sheet_conflicts);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (exemplar_evaluation_parent_class)->dispose (object);
}

static void
exemplar_evaluation_class_init (ExemplarEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_evaluation_dispose;

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
exemplar_evaluation_init (ExemplarEvaluation *self)
{
  self->reviewers = g_list_store_new (EXEMPLAR_TYPE_REVIEWER);
  self->rounds = g_list_store_new (EXEMPLAR_TYPE_ROUND);
  self->assignments = g_list_store_new (EXEMPLAR_TYPE_ASSIGNMENT);
  self->groups = g_list_store_new (EXEMPLAR_TYPE_WORKING_GROUP);
  self->positions = g_hash_table_new (NULL, NULL);
  self->flag_reviews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _exemplar_flag_review_free);
}

ExemplarEvaluation *
_exemplar_evaluation_new (ExemplarDatabase  *db,
                          ExemplarCampaign  *campaign,
                          GError           **error)
{
  g_autoptr(ExemplarEvaluation) self = NULL;
  GListModel *declarations;
  ExemplarRubric *rubric;

  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (EXEMPLAR_TYPE_EVALUATION, NULL);
  self->db = g_object_ref (db);
  self->campaign = campaign;

  declarations = exemplar_campaign_get_declarations (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      g_hash_table_insert (self->positions, declaration, GUINT_TO_POINTER (i + 1));
    }

  if (!load_reviewers (self, error) ||
      !load_rounds (self, error) ||
      !_exemplar_evaluation_load_groups (self, error) ||
      !load_assignments (self, error) ||
      !_exemplar_evaluation_load_flag_reviews (self, error))
    return NULL;

  _exemplar_evaluation_take_assignments (self, NULL);

  rubric = exemplar_campaign_get_rubric (campaign);
  if (rubric != NULL)
    g_signal_connect_object (rubric, "changed", G_CALLBACK (on_rubric_changed_cb),
                             self, G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

/* Shared with the other exemplar-evaluation*.c files */

ExemplarDatabase *
_exemplar_evaluation_get_database (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return self->db;
}

gboolean
_exemplar_evaluation_check_editable (ExemplarEvaluation  *self,
                                     GError             **error)
{
  ExemplarPhase phase;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);

  if (exemplar_campaign_get_read_only (self->campaign))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY,
                           exemplar_campaign_get_read_only_reason (self->campaign));
      return FALSE;
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase != EXEMPLAR_PHASE_DECLARATION && phase != EXEMPLAR_PHASE_EVALUATION)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                   /* Translators: %s is a phase, e.g. "Review and publicity". */
                   _("The evaluation is closed: the campaign is in its “%s” phase. Reviewers, "
                     "assignments and scores change only in the declaration and evaluation "
                     "phases; the office can move the campaign back, with a reason."),
                   exemplar_phase_get_title (phase));
      return FALSE;
    }

  return TRUE;
}

gboolean
_exemplar_evaluation_check_office (ExemplarEvaluation  *self,
                                   GError             **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);

  return _exemplar_campaign_check_office (self->campaign, error) &&
         _exemplar_evaluation_check_editable (self, error);
}

void
_exemplar_evaluation_emit_changed (ExemplarEvaluation *self)
{
  g_return_if_fail (EXEMPLAR_IS_EVALUATION (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

sqlite3_stmt *
_exemplar_evaluation_begin_write (ExemplarEvaluation  *self,
                                  const char          *sql,
                                  GError             **error)
{
  return exemplar_database_begin_write (self->db, sql, error);
}

sqlite3_stmt *
_exemplar_evaluation_prepare_write (ExemplarEvaluation  *self,
                                    const char          *sql,
                                    GError             **error)
{
  return exemplar_database_prepare_write (self->db, sql, error);
}

gboolean
_exemplar_evaluation_step_write (ExemplarEvaluation  *self,
                                 sqlite3_stmt        *stmt,
                                 GError             **error)
{
  return exemplar_database_step_write (self->db, stmt, error);
}

gboolean
_exemplar_evaluation_commit_write (ExemplarEvaluation  *self,
                                   sqlite3_stmt        *stmt,
                                   const char          *action,
                                   const char          *target,
                                   const char          *detail,
                                   GError             **error)
{
  return exemplar_database_commit_write (self->db, stmt, action, target, detail, error);
}

gboolean
_exemplar_evaluation_delete (ExemplarEvaluation  *self,
                             const char          *sql,
                             gint64               id,
                             const char          *action,
                             const char          *target,
                             const char          *detail,
                             GError             **error)
{
  sqlite3_stmt *delete = _exemplar_evaluation_begin_write (self, sql, error);

  if (delete == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, id);

  return _exemplar_evaluation_commit_write (self, delete, action, target, detail, error);
}

/* An evaluated application gets reviewers for a later round too. */
gboolean
exemplar_evaluation_state_is_assignable (ExemplarState state)
{
  return state == EXEMPLAR_STATE_SUBMITTED ||
         state == EXEMPLAR_STATE_UNDER_EVALUATION ||
         state == EXEMPLAR_STATE_EVALUATED;
}

gboolean
_exemplar_evaluation_check_assignable (ExemplarEvaluation   *self,
                                       ExemplarDeclaration  *declaration,
                                       GError              **error)
{
  ExemplarState state = exemplar_declaration_get_state (declaration);

  if (exemplar_evaluation_state_is_assignable (state))
    return TRUE;

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               /* Translators: the first %s is a unit's name, the second its
                * application's state, e.g. "Draft". */
               _("%s cannot be assigned reviewers: its application is “%s”. Only submitted "
                 "applications are evaluated."),
               exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
               exemplar_state_get_title (state));
  return FALSE;
}

gboolean
_exemplar_evaluation_check_round (ExemplarEvaluation  *self,
                                  ExemplarRound       *round,
                                  GError             **error)
{
  guint n_rounds = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));

  if (round == NULL && n_rounds > 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The campaign evaluates in rounds: choose the round of the assignment."));
      return FALSE;
    }

  if (round != NULL && !g_list_store_find (self->rounds, round, NULL))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That round is not one of the campaign’s rounds."));
      return FALSE;
    }

  return TRUE;
}

guint
_exemplar_evaluation_count_leaves (ExemplarEvaluation *self,
                                   ExemplarIndicator  *scope)
{
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (self->campaign);
  g_autoptr(GPtrArray) leaves = NULL;

  if (rubric == NULL)
    return 0;
  leaves = _exemplar_score_sheet_collect_leaves (rubric, scope);
  return leaves != NULL ? leaves->len : 0;
}

void
_exemplar_evaluation_finish_change (ExemplarEvaluation *self)
{
  _exemplar_evaluation_update_reciprocal (self);
  _exemplar_evaluation_emit_changed (self);
}

void
_exemplar_evaluation_take_assignments (ExemplarEvaluation *self,
                                       GPtrArray          *added)
{
  GListModel *model = G_LIST_MODEL (self->assignments);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) all = NULL;

  if (added == NULL || added->len == 0)
    {
      _exemplar_evaluation_update_reciprocal (self);
      return;
    }

  /* One by hand goes in its place; a draw replaces the list in one go. */
  if (added->len == 1)
    {
      g_list_store_insert_sorted (self->assignments, g_ptr_array_index (added, 0),
                                  compare_assignments, self);
      _exemplar_evaluation_finish_change (self);
      return;
    }

  all = g_ptr_array_new_full (n + added->len, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (all, g_object_ref (g_ptr_array_index (added, i)));
  g_ptr_array_sort_with_data (all, compare_assignment_pointers, self);

  g_list_store_splice (self->assignments, 0, n, all->pdata, all->len);
  _exemplar_evaluation_finish_change (self);
}

char *
_exemplar_evaluation_strip (const char *text)
{
  char *stripped;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);
  return stripped;
}

gboolean
_exemplar_evaluation_check_reviewer (ExemplarEvaluation  *self,
                                     ExemplarReviewer    *reviewer,
                                     GError             **error)
{
  if (!g_list_store_find (self->reviewers, reviewer, NULL))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That reviewer is not one of the campaign’s reviewers."));
      return FALSE;
    }
  return TRUE;
}

/* Public API */

ExemplarCampaign *
exemplar_evaluation_get_campaign (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return self->campaign;
}

GListModel *
exemplar_evaluation_get_reviewers (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return G_LIST_MODEL (self->reviewers);
}

GListModel *
exemplar_evaluation_get_rounds (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return G_LIST_MODEL (self->rounds);
}

GListModel *
exemplar_evaluation_get_assignments (ExemplarEvaluation *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  return G_LIST_MODEL (self->assignments);
}

ExemplarReviewer *
exemplar_evaluation_find_reviewer (ExemplarEvaluation *self,
                                   gint64              id)
{
  GListModel *reviewers;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  reviewers = G_LIST_MODEL (self->reviewers);
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);

      if (exemplar_reviewer_get_id (reviewer) == id)
        return reviewer;
    }

  return NULL;
}

ExemplarAssignment *
exemplar_evaluation_find_assignment (ExemplarEvaluation  *self,
                                     ExemplarReviewer    *reviewer,
                                     ExemplarDeclaration *declaration,
                                     ExemplarRound       *round)
{
  GListModel *assignments;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);

  assignments = G_LIST_MODEL (self->assignments);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (assignment) == reviewer &&
          exemplar_assignment_get_declaration (assignment) == declaration &&
          exemplar_assignment_get_round (assignment) == round)
        return assignment;
    }

  return NULL;
}

/* A submitted sheet, or one with any score row (points or a reason), has
 * work in it that must not vanish with its assignment. */
gboolean
_exemplar_evaluation_sheet_has_work (ExemplarEvaluation  *self,
                                     ExemplarAssignment  *assignment,
                                     gboolean            *has_work,
                                     GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT sh.state = 'submitted' OR "
                                    "  EXISTS (SELECT 1 FROM score sc WHERE sc.sheet_id = sh.id) "
                                    "FROM score_sheet sh WHERE sh.assignment_id = ?",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_assignment_get_id (assignment));

  *has_work = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

ExemplarScoreSheet *
exemplar_evaluation_open_sheet (ExemplarEvaluation  *self,
                                ExemplarAssignment  *assignment,
                                GError             **error)
{
  ExemplarScoreSheet *sheet;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment), NULL);

  if (!g_list_store_find (self->assignments, assignment, NULL))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That assignment is not one of the campaign’s assignments."));
      return NULL;
    }

  sheet = _exemplar_score_sheet_new (self, assignment, error);
  if (sheet == NULL && error != NULL && *error == NULL)
    g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                         _("The score sheet could not be opened."));
  return sheet;
}

