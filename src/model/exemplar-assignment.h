/* exemplar-assignment.h
 *
 * One reviewer assigned to one application, in a round (or none), for the
 * whole rubric or one branch of it; and the state of the score sheet that
 * goes with it. Created through ExemplarEvaluation; the sheet itself is an
 * ExemplarScoreSheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_SHEET_NOT_STARTED,
  EXEMPLAR_SHEET_DRAFT,
  EXEMPLAR_SHEET_SUBMITTED,
} ExemplarSheetState;

/* "not_started", "draft", "submitted". */
const char *exemplar_sheet_state_to_string (ExemplarSheetState state);
/* Translated: "Not started", "Draft", "Submitted". */
const char *exemplar_sheet_state_get_title (ExemplarSheetState state);

#define EXEMPLAR_TYPE_ASSIGNMENT (exemplar_assignment_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarAssignment, exemplar_assignment, EXEMPLAR, ASSIGNMENT, GObject)

gint64               exemplar_assignment_get_id          (ExemplarAssignment *self);
ExemplarReviewer    *exemplar_assignment_get_reviewer    (ExemplarAssignment *self);
ExemplarDeclaration *exemplar_assignment_get_declaration (ExemplarAssignment *self);
/* NULL when the campaign has no rounds. */
ExemplarRound       *exemplar_assignment_get_round       (ExemplarAssignment *self);
/* The branch scored, or NULL for the whole rubric. */
ExemplarIndicator   *exemplar_assignment_get_scope       (ExemplarAssignment *self);
/* The seed of the draw that made it, or -1 when assigned by hand. */
gint64               exemplar_assignment_get_draw_seed   (ExemplarAssignment *self);
/* Notified ("state") when the sheet is started, submitted or reopened. */
ExemplarSheetState   exemplar_assignment_get_state       (ExemplarAssignment *self);
/* Number of assigned leaves with points, and of assigned leaves. */
guint                exemplar_assignment_get_n_scored    (ExemplarAssignment *self);
guint                exemplar_assignment_get_n_leaves    (ExemplarAssignment *self);
/* TRUE when this is half of a reciprocal pair: the reviewer's home unit A
 * scores B while a reviewer from B scores A (in any round). */
gboolean             exemplar_assignment_get_reciprocal  (ExemplarAssignment *self);

G_END_DECLS
