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
 *   reviewer who has one.
 * Every mutation is one transaction with its audit row; the list models
 * emit items-changed and the objects notify, so views follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-aggregate.h"
#include "exemplar-assignment.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-types.h"

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
 * else NULL; @scope is a branch (NULL = the whole rubric). */
ExemplarAssignment *exemplar_evaluation_assign          (ExemplarEvaluation  *self,
                                                         ExemplarReviewer    *reviewer,
                                                         ExemplarDeclaration *declaration,
                                                         ExemplarRound       *round,
                                                         ExemplarIndicator   *scope,
                                                         GError             **error);
gboolean            exemplar_evaluation_unassign        (ExemplarEvaluation  *self,
                                                         ExemplarAssignment  *assignment,
                                                         GError             **error);
/* A draw (抽签): adds assignments so that every submitted application in
 * @round (NULL when there are no rounds) has @per_application reviewers,
 * with balanced load, never the reviewer's own unit or a declared
 * conflict, reciprocal pairs avoided where possible. The draw is stored
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

/* ExemplarEvaluation::changed is emitted after any change of reviewers,
 * rounds, assignments, scores, sheets, vetoes or policy, so results and
 * progress views can be recomputed. */

G_END_DECLS
