/* exemplar-evaluation-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-evaluation.h"

G_BEGIN_DECLS

/* Loads reviewers, rounds and assignments stored in @db. @campaign is weak:
 * the campaign owns the evaluation. */
ExemplarEvaluation *_exemplar_evaluation_new (ExemplarDatabase  *db,
                                              ExemplarCampaign  *campaign,
                                              GError           **error);
ExemplarDatabase   *_exemplar_evaluation_get_database (ExemplarEvaluation *self);
/* FALSE with READ_ONLY or LOCKED_BY_PHASE unless scores and setup may
 * change now (a writable campaign in the declaration or evaluation phase). */
gboolean            _exemplar_evaluation_check_editable (ExemplarEvaluation  *self,
                                                         GError             **error);
/* Emits ExemplarEvaluation::changed. */
void                _exemplar_evaluation_emit_changed   (ExemplarEvaluation *self);

/* Internal to exemplar-evaluation*.c: the class is split over
 * exemplar-evaluation.c (loading, lists, reciprocal flags),
 * exemplar-evaluation-setup.c (reviewers, conflicts, rounds),
 * exemplar-evaluation-assign.c (assignment by hand),
 * exemplar-evaluation-draw.c (the draw) and
 * exemplar-evaluation-policy.c (policy, protections, vetoes). */

struct _ExemplarEvaluation
{
  GObject            parent_instance;

  /* Owned references */
  ExemplarDatabase  *db;
  GListStore        *reviewers;
  GListStore        *rounds;
  GListStore        *assignments;
  GHashTable        *positions;  /* ExemplarDeclaration → official position + 1 */

  /* Weak: the campaign owns us. */
  ExemplarCampaign  *campaign;
};

/* Refreshes the reciprocal flags and emits "changed". */
void                _exemplar_evaluation_finish_change     (ExemplarEvaluation  *self);
/* @text stripped, or NULL when empty. */
char               *_exemplar_evaluation_strip             (const char          *text);
/* NOT_FOUND unless @reviewer is in the list. */
gboolean            _exemplar_evaluation_check_reviewer    (ExemplarEvaluation  *self,
                                                            ExemplarReviewer    *reviewer,
                                                            GError             **error);
/* Whether @assignment's sheet is submitted or has any score row. */
gboolean            _exemplar_evaluation_sheet_has_work    (ExemplarEvaluation  *self,
                                                            ExemplarAssignment  *assignment,
                                                            gboolean            *has_work,
                                                            GError             **error);
/* @unit's position in the official order. */
guint               _exemplar_evaluation_unit_position     (ExemplarEvaluation  *self,
                                                            ExemplarUnit        *unit);

/* A change is one transaction: begin_write() opens it with its first
 * statement, prepare_write() and step_write() run further ones, and
 * commit_write() steps the last statement (when given), appends the audit
 * row (unless @action is NULL: drafts are not audited) and commits. Each rolls the whole change back on failure, so a
 * caller only returns. */
sqlite3_stmt       *_exemplar_evaluation_begin_write       (ExemplarEvaluation  *self,
                                                            const char          *sql,
                                                            GError             **error);
sqlite3_stmt       *_exemplar_evaluation_prepare_write     (ExemplarEvaluation  *self,
                                                            const char          *sql,
                                                            GError             **error);
/* Steps and finalizes @stmt, a statement that returns no rows. */
gboolean            _exemplar_evaluation_step_write        (ExemplarEvaluation  *self,
                                                            sqlite3_stmt        *stmt,
                                                            GError             **error);
gboolean            _exemplar_evaluation_commit_write      (ExemplarEvaluation  *self,
                                                            sqlite3_stmt        *stmt,
                                                            const char          *action,
                                                            const char          *target,
                                                            const char          *detail,
                                                            GError             **error);
/* Runs @sql, a statement with the one parameter @id, as a change of its
 * own: begin, the statement, the audit row, commit. */
gboolean            _exemplar_evaluation_delete            (ExemplarEvaluation  *self,
                                                            const char          *sql,
                                                            gint64               id,
                                                            const char          *action,
                                                            const char          *target,
                                                            const char          *detail,
                                                            GError             **error);
/* Whether @declaration's application may be assigned (submitted or under
 * evaluation); otherwise sets INVALID_INPUT naming the unit and its state. */
gboolean            _exemplar_evaluation_check_assignable  (ExemplarEvaluation  *self,
                                                            ExemplarDeclaration *declaration,
                                                            GError             **error);
/* Checks @round against the campaign's rounds: required when there are
 * rounds, NULL when there are none. */
gboolean            _exemplar_evaluation_check_round       (ExemplarEvaluation  *self,
                                                            ExemplarRound       *round,
                                                            GError             **error);
guint               _exemplar_evaluation_count_leaves      (ExemplarEvaluation  *self,
                                                            ExemplarIndicator   *scope);
/* Adds committed assignments to the list, in order (one by hand in its
 * place, more with one items-changed), then refreshes the reciprocal flags
 * and emits "changed". With none, only refreshes the flags. */
void                _exemplar_evaluation_take_assignments  (ExemplarEvaluation  *self,
                                                            GPtrArray           *assignments);
/* "A:B" for a reviewer of home unit A scoring unit B. */
char               *_exemplar_evaluation_pair_key          (ExemplarUnit        *home,
                                                            ExemplarUnit        *target);
/* The set of pair keys of the current assignments. */
GHashTable         *_exemplar_evaluation_collect_pairs     (ExemplarEvaluation  *self);
/* One translated line for the reciprocal pair of units @a and @b. */
char               *_exemplar_evaluation_describe_pair     (ExemplarEvaluation  *self,
                                                            ExemplarUnit        *a,
                                                            ExemplarUnit        *b);

G_END_DECLS
