/* exemplar-results.h
 *
 * The totals and the ranking, computed exactly from the submitted score
 * sheets under an aggregation policy (DOMAIN.md "Evaluation"):
 *
 * - per leaf and round, the item aggregate over the submitted sheets
 *   (mean | trimmed with at least min_trim sheets, else mean | median);
 * - when rounds have weights, the leaf's aggregate is the weighted mean of
 *   the rounds that have sheets for it; else all sheets count together;
 * - a unit's total is the sum of its items' aggregates plus the bonus
 *   items' aggregates capped at the rubric's bonus cap;
 * - vetoed units and units without a submitted sheet are not ranked;
 * - ranks on exact fractions; ties broken by the protections' subtotal,
 *   then the document-review rounds' total; still equal → the same rank;
 * - a leaf is flagged when the spread of its points (max − min over the
 *   sheets) exceeds disagreement_percent of the leaf's points;
 * - sensitivity: the top (quota) units under mean, trimmed, median and
 *   per-reviewer z-score normalisation, compared with the policy's. A
 *   sheet's z-score needs its reviewer to have scored two or more units,
 *   not all alike; when a ranked unit has no such sheet, the z-score check
 *   does not apply and a line says so. Lines and tie notes name a few
 *   units and count the others.
 *
 * A results object is a snapshot; recompute after ExemplarEvaluation::changed.
 * It is a GListModel of ExemplarStanding in rank order (unranked last, in
 * official order).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-aggregate.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RESULTS (exemplar_results_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarResults, exemplar_results, EXEMPLAR, RESULTS, GObject)

/* Computes under the campaign's policy. @viewer, when not NULL, is the
 * reviewer asking: refused (EXEMPLAR_ERROR_NOT_PERMITTED) while any of their
 * sheets is unsubmitted, so nobody sees others' scores or the aggregates
 * before submitting their own. */
ExemplarResults   *exemplar_results_new            (ExemplarCampaign  *campaign,
                                                    ExemplarReviewer  *viewer,
                                                    GError           **error);
/* The same, off the main thread: only a snapshot of plain values is taken
 * from the campaign here; a worker reads the scores through a read-only
 * connection of its own and computes everything; the standings are made
 * back on the main thread, before @callback. Cancel @cancellable when a
 * newer request supersedes this one: finish then fails with
 * G_IO_ERROR_CANCELLED. */
void               exemplar_results_new_async     (ExemplarCampaign    *campaign,
                                                   ExemplarReviewer    *viewer,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
ExemplarResults   *exemplar_results_new_finish    (GAsyncResult        *result,
                                                   GError             **error);
/* The same under another policy (not ZSCORE). */
ExemplarResults   *exemplar_results_new_with_policy (ExemplarCampaign  *campaign,
                                                     ExemplarAggregate  aggregate,
                                                     guint              min_trim,
                                                     GError           **error);

ExemplarAggregate  exemplar_results_get_aggregate  (ExemplarResults   *self);
guint              exemplar_results_get_min_trim   (ExemplarResults   *self);
guint              exemplar_results_get_disagreement_percent (ExemplarResults *self);
/* The standing of @unit_code, or NULL. */
ExemplarStanding  *exemplar_results_find           (ExemplarResults   *self,
                                                    const char        *unit_code);
/* The top-level indicators of the subtotals (item branches and the bonus
 * branch, rubric order) and the protections (see ExemplarEvaluation).
 * Owned arrays of ExemplarIndicator. */
GPtrArray         *exemplar_results_get_branches   (ExemplarResults   *self);
GPtrArray         *exemplar_results_get_protections (ExemplarResults  *self);
/* Field mean of each protection's subtotal over the ranked units, hundredths
 * rounded half up, in the order of get_protections. */
gint64             exemplar_results_get_field_mean (ExemplarResults   *self,
                                                    guint              protection_index);

/* The unit codes of the top @quota ranked units under @aggregate (units
 * tied at the boundary all included), NULL-terminated, owned; empty for
 * ZSCORE when the z-score check does not apply. */
const char * const *exemplar_results_get_top       (ExemplarResults   *self,
                                                    ExemplarAggregate  aggregate);
/* TRUE when the top under some other aggregate differs from the policy's. */
gboolean           exemplar_results_get_sensitive  (ExemplarResults   *self);
/* One translated line per aggregate that changes the top: "Under the
 * median, 天山路街道 (006) would enter and 华阳路街道 (002) leave the top 3.",
 * (at most a few units named, then "and N others"), a line when the
 * z-score check does not apply, or one line saying the top is the same
 * under every rule. Owned. */
GPtrArray         *exemplar_results_get_sensitivity (ExemplarResults  *self);

G_END_DECLS
