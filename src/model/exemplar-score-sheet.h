/* exemplar-score-sheet.h
 *
 * One reviewer's score sheet for one application (评分表): points per
 * assigned leaf within its bounds on a 0.5 step, a reason for every
 * deduction, a comment; sealed on submission (评审成绩封存).
 *
 * Every change is written at once, in its own transaction, so closing the
 * window or killing the program loses nothing. Drafts are not audited (they
 * are work in progress); submitting and reopening are. Changes are refused
 * once the sheet is submitted, outside the declaration and evaluation
 * phases (EXEMPLAR_ERROR_LOCKED_BY_PHASE) and in a read-only campaign.
 *
 * The sheet shows only its own reviewer's scores: nothing here reaches
 * another reviewer's sheet or the aggregates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-assignment.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_SCORE_SHEET (exemplar_score_sheet_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarScoreSheet, exemplar_score_sheet, EXEMPLAR, SCORE_SHEET, GObject)

ExemplarAssignment *exemplar_score_sheet_get_assignment (ExemplarScoreSheet *self);
ExemplarSheetState  exemplar_score_sheet_get_state      (ExemplarScoreSheet *self);
gboolean            exemplar_score_sheet_get_editable   (ExemplarScoreSheet *self);
/* The assigned scored leaves (items and bonus items under the assignment's
 * scope; veto items are never scored), in rubric order. Owned array of
 * ExemplarIndicator. */
GPtrArray          *exemplar_score_sheet_get_leaves     (ExemplarScoreSheet *self);

/* FALSE when the leaf has no points yet; @reason may still be set. */
gboolean            exemplar_score_sheet_get_score      (ExemplarScoreSheet *self,
                                                         ExemplarIndicator  *leaf,
                                                         gint64             *points,
                                                         const char        **reason);
/* @points in hundredths, 0..the leaf's points on a 0.5 step. */
gboolean            exemplar_score_sheet_set_points     (ExemplarScoreSheet *self,
                                                         ExemplarIndicator  *leaf,
                                                         gint64              points,
                                                         GError            **error);
gboolean            exemplar_score_sheet_clear_points   (ExemplarScoreSheet *self,
                                                         ExemplarIndicator  *leaf,
                                                         GError            **error);
/* The reason for a deduction; may be typed before the points. "" clears. */
gboolean            exemplar_score_sheet_set_reason     (ExemplarScoreSheet *self,
                                                         ExemplarIndicator  *leaf,
                                                         const char         *reason,
                                                         GError            **error);
const char         *exemplar_score_sheet_get_comment    (ExemplarScoreSheet *self);
gboolean            exemplar_score_sheet_set_comment    (ExemplarScoreSheet *self,
                                                         const char         *comment,
                                                         GError            **error);

/* Sum of the points under @indicator (NULL = the whole sheet, bonus capped
 * at the rubric's bonus cap), in hundredths. */
gint64              exemplar_score_sheet_get_total      (ExemplarScoreSheet *self,
                                                         ExemplarIndicator  *indicator);

/* What stops a submission, one translated line each: every assigned leaf
 * without points ("Item 3.2.1 name has no points."), every deduction without
 * a reason. Owned array of strings, empty when ready. */
GPtrArray          *exemplar_score_sheet_get_missing    (ExemplarScoreSheet *self);
/* Seals the sheet: checks as get_missing (INVALID_INPUT, @missing gets the
 * lines), stores the submission time and a SHA-256 seal over the content,
 * audited. */
gboolean            exemplar_score_sheet_submit         (ExemplarScoreSheet *self,
                                                         GPtrArray         **missing,
                                                         GError            **error);
/* The office reopens a submitted sheet with a reason (required), audited;
 * it becomes a draft again. */
gboolean            exemplar_score_sheet_reopen         (ExemplarScoreSheet *self,
                                                         const char         *reason,
                                                         GError            **error);
/* The seal (hex SHA-256) of a submitted sheet, else NULL. */
const char         *exemplar_score_sheet_get_seal       (ExemplarScoreSheet *self);
const char         *exemplar_score_sheet_get_submitted_at (ExemplarScoreSheet *self);

G_END_DECLS
