/* exemplar-sheet-conflict-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-sheet-conflict.h"

G_BEGIN_DECLS

/* A conflict as the evaluation loads it from sheet_conflict, with the
 * totals and the differences worked out then. Takes @differences. */
ExemplarSheetConflict *_exemplar_sheet_conflict_new (gint64                 id,
                                                     ExemplarAssignment    *assignment,
                                                     ExemplarConflictState  state,
                                                     gint64                 office_total,
                                                     gint64                 incoming_total,
                                                     GPtrArray             *differences,
                                                     const char            *decided_at,
                                                     const char            *reason);
gboolean               _exemplar_conflict_state_from_string (const char            *text,
                                                             ExemplarConflictState *state);
const char            *_exemplar_conflict_state_to_string   (ExemplarConflictState  state);

G_END_DECLS
