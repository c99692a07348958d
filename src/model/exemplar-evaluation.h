/* exemplar-evaluation.h
 *
 * The evaluation of a campaign (评估): its reviewers, rounds, assignments
 * and score sheets, the aggregation policy and the office's veto findings.
 * Owned by the campaign (exemplar_campaign_get_evaluation()).
 *
 * Rules held here whatever the caller does:
 * - nobody is assigned to their own unit or to a unit they declared a
 *   conflict with (EXEMPLAR_ERROR_CONFLICT_OF_INTEREST), and a conflict
 *   cannot be declared against a unit the reviewer is already assigned to;
 * - only submitted applications (or ones under evaluation) are assigned;
 * - setup and scores change only in the declaration and evaluation phases
 *   (EXEMPLAR_ERROR_LOCKED_BY_PHASE); a read-only campaign refuses all;
 * - an assignment whose sheet has scores cannot be removed, nor can a
 *   reviewer who has one;
 * - in a round that has working groups only their members are assigned;
 * - an application's state follows its assignments: submitted →
 *   under_evaluation when it gets a reviewer, → evaluated when every one
 *   of its sheets is submitted, back to under_evaluation when one is
 *   reopened (or a new assignment is made), and back to submitted when its
 *   last assignment is removed; each in the transaction of the change.
 * Every mutation is one transaction with its audit row; the list models
 * emit items-changed and the objects notify, so views follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-aggregate.h"
#include "exemplar-assignment.h"
#include "exemplar-phase.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-sheet-conflict.h"
#include "exemplar-types.h"
#include "exemplar-working-group.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_EVALUATION (exemplar_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvaluation, exemplar_evaluation, EXEMPLAR, EVALUATION, GObject)

ExemplarCampaign   *exemplar_evaluation_get_campaign    (ExemplarEvaluation *self);

/* Lists of ExemplarReviewer (by id), ExemplarRound (by position) and
 * ExemplarAssignment (by application in official order, then reviewer). */
GListModel         *exemplar_evaluation_get_reviewers   (ExemplarEvaluation *self);
GListModel         *exemplar_evaluation_get_rounds      (ExemplarEvaluation *self);
GListModel         *exemplar_evaluation_get_assignments (ExemplarEvaluation *self);

ExemplarReviewer   *exemplar_evaluation_find_reviewer   (ExemplarEvaluation *self,
                                                         gint64              id);
ExemplarAssignment *exemplar_evaluation_find_assignment (ExemplarEvaluation *self,
                                                         ExemplarReviewer   *reviewer,
                                                         ExemplarDeclaration *declaration,
                                                         ExemplarRound      *round);

/* Reviewers. @name is required; @unit is the member unit for MEMBER, the
 * applicant unit for APPLICANT and NULL for EXPERT; @role and @contact may
 * be NULL. */
ExemplarReviewer   *exemplar_evaluation_add_reviewer    (ExemplarEvaluation  *self,
                                                         const char          *name,
                                                         ExemplarAffiliation  affiliation,
                                                         ExemplarUnit        *unit,
                                                         const char          *role,
                                                         const char          *contact,
                                                         GError             **error);
gboolean            exemplar_evaluation_update_reviewer (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         const char          *name,
                                                         ExemplarAffiliation  affiliation,
                                                         ExemplarUnit        *unit,
                                                         const char          *role,
                                                         const char          *contact,
                                                         GError             **error);
gboolean            exemplar_evaluation_remove_reviewer (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         GError             **error);
/* Declares (or, with the same unit again, changes the reason of) a
 * conflict; @reason is required (e.g. "former post", "family tie"). */
gboolean            exemplar_evaluation_add_conflict    (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         ExemplarUnit        *unit,
                                                         const char          *reason,
                                                         GError             **error);
gboolean            exemplar_evaluation_remove_conflict (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         ExemplarUnit        *unit,
                                                         GError             **error);

/* Rounds. @weight is a percent (0 = unweighted). */
ExemplarRound      *exemplar_evaluation_add_round       (ExemplarEvaluation  *self,
                                                         const char          *name,
                                                         ExemplarMethod       method,
                                                         guint                weight,
                                                         GError             **error);
gboolean            exemplar_evaluation_remove_round    (ExemplarEvaluation  *self,
                                                         ExemplarRound       *round,
                                                         GError             **error);

/* Assignment by hand. @round is required when the campaign has rounds,
 * else NULL; @scope is a branch (NULL = the whole rubric). In a round
 * that has working groups, a reviewer outside them is refused
 * (INVALID_INPUT naming the groups). */
ExemplarAssignment *exemplar_evaluation_assign          (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         ExemplarDeclaration *declaration,
                                                         ExemplarRound       *round,
                                                         ExemplarIndicator   *scope,
                                                         GError             **error);
gboolean            exemplar_evaluation_unassign        (ExemplarEvaluation  *self,
                                                         ExemplarAssignment  *assignment,
                                                         GError             **error);
/* Whether an application in @state is evaluated, so may be assigned
 * reviewers: submitted, under evaluation or evaluated (a later round). */
gboolean            exemplar_evaluation_state_is_assignable (ExemplarState state);

/* A draw (抽签): adds assignments so that every submitted application in
 * @round (NULL when there are no rounds) has @per_application reviewers,
 * with balanced load, never the reviewer's own unit or a declared
 * conflict, reciprocal pairs avoided where possible. When @round has
 * working groups, only their members are drawn. The draw is stored
 * with @seed; the same seed on the same reviewers and applications gives
 * the same assignments. When some application cannot get enough eligible
 * reviewers nothing is written and the error names it. @warnings (nullable)
 * gets one translated line per reciprocal pair that could not be avoided. */
gboolean            exemplar_evaluation_draw            (ExemplarEvaluation  *self,
                                                         ExemplarRound       *round,
                                                         guint                per_application,
                                                         guint32              seed,
                                                         GPtrArray          **warnings,
                                                         GError             **error);
/* Lines "A ⇄ B: reviewer X scores B, reviewer Y scores A", translated, for
 * every reciprocal pair among the current assignments. Owned array. */
GPtrArray          *exemplar_evaluation_list_reciprocal (ExemplarEvaluation  *self);

/* Working groups (评估工作组), ExemplarWorkingGroup in creation order. A
 * group serves one round (or none, in a campaign without rounds); when a
 * round has groups, only their members are drawn or assigned in it. Names
 * are required and unique (EXISTS). Removing a group or a member leaves
 * the assignments already made. */
GListModel         *exemplar_evaluation_get_working_groups   (ExemplarEvaluation   *self);
ExemplarWorkingGroup *exemplar_evaluation_find_working_group (ExemplarEvaluation   *self,
                                                              const char           *name);
/* The groups serving @round (NULL: the groups without a round). Owned
 * array of ExemplarWorkingGroup, empty when anyone may be assigned. */
GPtrArray          *exemplar_evaluation_get_round_groups     (ExemplarEvaluation   *self,
                                                              ExemplarRound        *round);
ExemplarWorkingGroup *exemplar_evaluation_add_working_group  (ExemplarEvaluation   *self,
                                                              const char           *name,
                                                              ExemplarRound        *round,
                                                              GError              **error);
gboolean            exemplar_evaluation_rename_working_group (ExemplarEvaluation   *self,
                                                              ExemplarWorkingGroup *group,
                                                              const char           *name,
                                                              GError              **error);
gboolean            exemplar_evaluation_remove_working_group (ExemplarEvaluation   *self,
                                                              ExemplarWorkingGroup *group,
                                                              GError              **error);
gboolean            exemplar_evaluation_add_group_member     (ExemplarEvaluation   *self,
                                                              ExemplarWorkingGroup *group,
                                                              ExemplarReviewer     *reviewer,
                                                              GError              **error);
gboolean            exemplar_evaluation_remove_group_member  (ExemplarEvaluation   *self,
                                                              ExemplarWorkingGroup *group,
                                                              ExemplarReviewer     *reviewer,
                                                              GError              **error);

/* The score sheet of @assignment (created on first write). New reference. */
ExemplarScoreSheet *exemplar_evaluation_open_sheet      (ExemplarEvaluation  *self,
                                                         ExemplarAssignment  *assignment,
                                                         GError             **error);

/* Policy. @min_trim >= 3; @disagreement_percent 1..100. */
ExemplarAggregate   exemplar_evaluation_get_aggregate   (ExemplarEvaluation  *self);
guint               exemplar_evaluation_get_min_trim    (ExemplarEvaluation  *self);
guint               exemplar_evaluation_get_disagreement_percent (ExemplarEvaluation *self);
gboolean            exemplar_evaluation_set_policy      (ExemplarEvaluation  *self,
                                                         ExemplarAggregate    aggregate,
                                                         guint                min_trim,
                                                         guint                disagreement_percent,
                                                         GError             **error);
/* The top-level indicators whose subtotal is the first tie-break and the
 * results chart's axes (the six protections in the Changning template);
 * all top-level item branches when the campaign names none. Owned array
 * of ExemplarIndicator. */
GPtrArray          *exemplar_evaluation_get_protections (ExemplarEvaluation  *self);

/* Veto findings (一票否决) recorded by the office, with a reason; @indicator
 * is a veto item or NULL. A vetoed application is out of the ranking. */
gboolean            exemplar_evaluation_record_veto     (ExemplarEvaluation  *self,
                                                         ExemplarDeclaration *declaration,
                                                         ExemplarIndicator   *indicator,
                                                         const char          *reason,
                                                         GError             **error);
gboolean            exemplar_evaluation_clear_veto      (ExemplarEvaluation  *self,
                                                         ExemplarDeclaration *declaration,
                                                         const char          *reason,
                                                         GError             **error);
/* The recorded reasons joined with "；", or NULL when not vetoed. */
char               *exemplar_evaluation_dup_veto        (ExemplarEvaluation  *self,
                                                         ExemplarDeclaration *declaration);

/* The office's review of a disagreement flag on @indicator (a scored
 * item) of @declaration: @note is required (INVALID_INPUT), the campaign
 * must be in the evaluation phase (LOCKED_BY_PHASE); reviewing again
 * replaces the note. Audited; also stored in the file's flag_review table.
 * get_flag_review() returns whether the item was reviewed, with the note
 * and the UTC time (owned by the evaluation, valid until the next change). */
gboolean            exemplar_evaluation_review_flag     (ExemplarEvaluation   *self,
                                                         ExemplarDeclaration  *declaration,
                                                         ExemplarIndicator    *indicator,
                                                         const char           *note,
                                                         GError              **error);
gboolean            exemplar_evaluation_get_flag_review (ExemplarEvaluation   *self,
                                                         ExemplarDeclaration  *declaration,
                                                         ExemplarIndicator    *indicator,
                                                         const char          **note,
                                                         const char          **reviewed_at);
gboolean            exemplar_evaluation_clear_flag_review (ExemplarEvaluation *self,
                                                           ExemplarDeclaration *declaration,
                                                           ExemplarIndicator  *indicator,
                                                           GError            **error);

/* ExemplarEvaluation::changed is emitted after any change of reviewers,
 * rounds, working groups, assignments, scores, sheets, vetoes, flag
 * reviews or policy, so results and
 * progress views can be recomputed. */

/* Score sheets that came back from reviewers' desktops and disagree with
 * what the office holds sealed (exemplar-sheet-file.h), pending first, then
 * decided, newest first. ExemplarSheetConflict. */
GListModel         *exemplar_evaluation_get_sheet_conflicts   (ExemplarEvaluation    *self);
/* The office decides a pending conflict, with @reason (required): @accept
 * replaces its sealed sheet by the incoming one (sealed as the reviewer
 * sealed it); otherwise it keeps its own. One transaction, audited
 * ("sheet.conflict"); results and states follow. Refused outside the
 * declaration and evaluation phases, in a package, or when decided. */
gboolean            exemplar_evaluation_resolve_sheet_conflict (ExemplarEvaluation   *self,
                                                                ExemplarSheetConflict *conflict,
                                                                gboolean              accept,
                                                                const char           *reason,
                                                                GError              **error);

G_END_DECLS
