/* exemplar-evaluation-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-evaluation.h"
#include "exemplar-phase.h"

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
/* As check_editable(), and NOT_PERMITTED in a review package: for what
 * only the office changes (setup, assignments, draws, groups, policy,
 * flag reviews, reopening a sheet). */
gboolean            _exemplar_evaluation_check_office   (ExemplarEvaluation  *self,
                                                         GError             **error);
/* Emits ExemplarEvaluation::changed. */
void                _exemplar_evaluation_emit_changed   (ExemplarEvaluation *self);

/* Internal to exemplar-evaluation*.c: the class is split over
 * exemplar-evaluation.c (loading, lists, shared edit rules),
 * exemplar-evaluation-reciprocal.c (reciprocal pairs),
 * exemplar-evaluation-setup.c (reviewers, conflicts, rounds),
 * exemplar-evaluation-groups.c (working groups),
 * exemplar-evaluation-assign.c (assignment by hand),
 * exemplar-evaluation-draw.c (the draw),
 * exemplar-evaluation-states.c (the applications' evaluation states),
 * exemplar-evaluation-flags.c (the office's review of flagged items) and
 * exemplar-evaluation-policy.c (policy, protections, vetoes). */

struct _ExemplarEvaluation
{
  GObject            parent_instance;

  /* Owned references */
  ExemplarDatabase  *db;
  GListStore        *reviewers;
  GListStore        *rounds;
  GListStore        *assignments;
  GListStore        *groups;
  GHashTable        *positions;     /* ExemplarDeclaration → official position + 1 */
  GHashTable        *flag_reviews;  /* "application id:indicator id" → ExemplarFlagReview */
  GListStore        *sheet_conflicts;  /* NULL until asked for */

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
/* Whether @declaration's application may be assigned (submitted, under
 * evaluation or evaluated); otherwise sets INVALID_INPUT naming the unit and its state. */
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

/* The round with @id, or NULL. */
ExemplarRound      *_exemplar_evaluation_find_round        (ExemplarEvaluation  *self,
                                                            gint64               id);
/* Sets every assignment's reciprocal flag from the current assignments. */
void                _exemplar_evaluation_update_reciprocal (ExemplarEvaluation  *self);

/* exemplar-evaluation-groups.c */
gboolean            _exemplar_evaluation_load_groups       (ExemplarEvaluation  *self,
                                                            GError             **error);
/* The members of @round's working groups (a set of ExemplarReviewer), or
 * NULL when the round has none and anyone may be drawn. */
GHashTable         *_exemplar_evaluation_collect_round_members (ExemplarEvaluation *self,
                                                                ExemplarRound      *round);
/* INVALID_INPUT naming the groups when @round has working groups and
 * @reviewer is in none of them. */
gboolean            _exemplar_evaluation_check_group_member (ExemplarEvaluation  *self,
                                                             ExemplarReviewer    *reviewer,
                                                             ExemplarRound       *round,
                                                             GError             **error);
/* After @reviewer or @round was deleted (the file dropped their groups'
 * rows): drops them from the groups in memory. */
void                _exemplar_evaluation_forget_in_groups  (ExemplarEvaluation  *self,
                                                            ExemplarReviewer    *reviewer,
                                                            ExemplarRound       *round);

/* exemplar-evaluation-states.c: an application moves submitted →
 * under_evaluation when assigned, → evaluated when every assignment's
 * sheet is submitted, and back when a sheet is reopened or the last
 * assignment goes. */
typedef struct
{
  gint64        application_id;
  ExemplarState state;
} ExemplarStateChange;

/* Inside an open write: brings the stored state of @declaration (NULL:
 * of every application) in line with its assignments and sheets as the
 * file now holds them, appending to @changes what memory must follow after
 * the commit. Applications outside submitted, under_evaluation and
 * evaluated are left alone. */
gboolean            _exemplar_evaluation_settle_states     (ExemplarEvaluation  *self,
                                                            ExemplarDeclaration *declaration,
                                                            GArray              *changes,
                                                            GError             **error);
/* As _exemplar_evaluation_delete(), for a statement that removes
 * assignments: settles the state of @declaration (NULL: of every
 * application) in the same transaction, and in memory after the commit. */
gboolean            _exemplar_evaluation_delete_settling   (ExemplarEvaluation  *self,
                                                            const char          *sql,
                                                            gint64               id,
                                                            ExemplarDeclaration *declaration,
                                                            const char          *action,
                                                            const char          *target,
                                                            const char          *detail,
                                                            GError             **error);
/* After the commit: the declarations' in-memory states follow @changes. */
void                _exemplar_evaluation_apply_states      (ExemplarEvaluation  *self,
                                                            GArray              *changes);
/* A new GArray of ExemplarStateChange. */
GArray             *_exemplar_evaluation_new_state_changes (void);

/* exemplar-evaluation-flags.c */
gboolean            _exemplar_evaluation_load_flag_reviews (ExemplarEvaluation  *self,
                                                            GError             **error);
void                _exemplar_flag_review_free             (gpointer             data);

/* After a change that wrote sheets behind their objects' backs (an
 * imported score sheet file, an accepted conflict): the assignments'
 * progress and the conflicts are read again from the file and "changed"
 * is emitted. The change is stored already: a failure to read only warns. */
void                _exemplar_evaluation_reload_sheets     (ExemplarEvaluation  *self);

/* exemplar-evaluation-conflicts.c: the sheets that came back and disagree
 * with what the office holds sealed. */
gboolean            _exemplar_evaluation_reload_conflicts  (ExemplarEvaluation  *self,
                                                            GError             **error);
ExemplarSheetConflict *_exemplar_evaluation_find_sheet_conflict (ExemplarEvaluation *self,
                                                                 gint64              id);

G_END_DECLS
