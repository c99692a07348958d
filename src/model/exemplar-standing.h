/* exemplar-standing.h
 *
 * One unit's line in the results: rank, exact total, subtotals, self-score
 * and gap, sheets counted, veto, disagreement flags, and per leaf every
 * reviewer's points and reason. Made by ExemplarResults; immutable.
 *
 * Values are hundredths of a point; exact fractions are rounded half up to
 * hundredths for display (ranking uses the exact values).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-fraction.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_STANDING (exemplar_standing_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarStanding, exemplar_standing, EXEMPLAR, STANDING, GObject)

/* One reviewer's points on one leaf, from a submitted sheet. */
typedef struct
{
  ExemplarReviewer *reviewer;
  ExemplarRound    *round;      /* nullable */
  gint64            points;
  const char       *reason;     /* nullable */
} ExemplarScoreDetail;

ExemplarDeclaration *exemplar_standing_get_declaration (ExemplarStanding *self);
ExemplarUnit        *exemplar_standing_get_unit        (ExemplarStanding *self);
/* 1-based; 0 when not ranked (vetoed or no submitted sheet). */
guint                exemplar_standing_get_rank        (ExemplarStanding *self);
/* TRUE when another unit shares the rank after every tie-break. */
gboolean             exemplar_standing_get_tied        (ExemplarStanding *self);
ExemplarFraction     exemplar_standing_get_total_exact (ExemplarStanding *self);
gint64               exemplar_standing_get_total       (ExemplarStanding *self);
/* Subtotal of a top-level indicator (for the bonus branch: capped). */
gint64               exemplar_standing_get_subtotal    (ExemplarStanding *self,
                                                        ExemplarIndicator *branch);
gint64               exemplar_standing_get_self_total  (ExemplarStanding *self);
/* total − self total, hundredths (negative when reviewers gave less). */
gint64               exemplar_standing_get_gap         (ExemplarStanding *self);
/* Submitted sheets counted; and assigned sheets in all. */
guint                exemplar_standing_get_sheets      (ExemplarStanding *self);
guint                exemplar_standing_get_assigned    (ExemplarStanding *self);
gboolean             exemplar_standing_get_vetoed      (ExemplarStanding *self);
const char          *exemplar_standing_get_veto_reason (ExemplarStanding *self);
/* Flagged leaves (reviewers' spread over the threshold). Owned array of
 * ExemplarIndicator. */
GPtrArray           *exemplar_standing_get_flags       (ExemplarStanding *self);
/* The number of flagged leaves, without building the array. */
guint                exemplar_standing_get_n_flags     (ExemplarStanding *self);
/* The flagged leaves' codes joined with ", " ("" when none), for tables
 * and exports. */
char                *exemplar_standing_dup_flag_codes  (ExemplarStanding *self);
/* The leaf's aggregate, hundredths rounded; FALSE when nobody scored it. */
gboolean             exemplar_standing_get_item        (ExemplarStanding  *self,
                                                        ExemplarIndicator *leaf,
                                                        gint64            *aggregate);
/* Every counted reviewer's points on @leaf. Owned array of
 * ExemplarScoreDetail (pointers valid as long as the standing). */
GPtrArray           *exemplar_standing_get_details     (ExemplarStanding  *self,
                                                        ExemplarIndicator *leaf);
/* The explanation of the rank when a tie-break decided it or a tie stands,
 * translated, or NULL. */
const char          *exemplar_standing_get_tie_note    (ExemplarStanding *self);

G_END_DECLS
