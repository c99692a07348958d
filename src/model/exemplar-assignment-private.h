/* exemplar-assignment-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-assignment.h"

G_BEGIN_DECLS

ExemplarAssignment *_exemplar_assignment_new (gint64               id,
                                              ExemplarReviewer    *reviewer,
                                              ExemplarDeclaration *declaration,
                                              ExemplarRound       *round,
                                              ExemplarIndicator   *scope,
                                              gint64               draw_seed,
                                              guint                n_leaves);
/* The score sheet keeps the assignment's summary up to date (notifies
 * "state" and "n-scored"). */
void                _exemplar_assignment_set_progress (ExemplarAssignment *self,
                                                       ExemplarSheetState  state,
                                                       guint               n_scored);
/* When the first round is added, assignments made without rounds join it. */
void                _exemplar_assignment_set_round    (ExemplarAssignment *self,
                                                       ExemplarRound      *round);
/* The evaluation recounts the assigned leaves when the rubric changes. */
void                _exemplar_assignment_set_n_leaves (ExemplarAssignment *self,
                                                       guint               n_leaves);
void                _exemplar_assignment_set_reciprocal (ExemplarAssignment *self,
                                                         gboolean            reciprocal);

G_END_DECLS
