/* exemplar-sheet-conflict.h
 *
 * A sheet that came back in a score sheet file for an assignment the
 * office already holds sealed with different content. It waits, not
 * applied, until the office keeps its own sheet or accepts the incoming
 * one, with a reason (audited): exemplar_evaluation_resolve_sheet_conflict().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_CONFLICT_PENDING,
  EXEMPLAR_CONFLICT_ACCEPTED,   /* the incoming sheet replaced the office's */
  EXEMPLAR_CONFLICT_KEPT,       /* the office kept its own sheet */
} ExemplarConflictState;

#define EXEMPLAR_TYPE_SHEET_CONFLICT (exemplar_sheet_conflict_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarSheetConflict, exemplar_sheet_conflict, EXEMPLAR, SHEET_CONFLICT, GObject)

gint64                exemplar_sheet_conflict_get_id             (ExemplarSheetConflict *self);
ExemplarAssignment   *exemplar_sheet_conflict_get_assignment     (ExemplarSheetConflict *self);
ExemplarConflictState exemplar_sheet_conflict_get_state          (ExemplarSheetConflict *self);
/* Totals in hundredths: the office's sealed sheet and the incoming one. */
gint64                exemplar_sheet_conflict_get_office_total   (ExemplarSheetConflict *self);
gint64                exemplar_sheet_conflict_get_incoming_total (ExemplarSheetConflict *self);
/* One translated line per item that differs: "2.1.3 name: office 4.00, sheet 3.50". */
GPtrArray            *exemplar_sheet_conflict_dup_differences    (ExemplarSheetConflict *self);
const char           *exemplar_sheet_conflict_get_decided_at     (ExemplarSheetConflict *self);
const char           *exemplar_sheet_conflict_get_reason         (ExemplarSheetConflict *self);

G_END_DECLS
