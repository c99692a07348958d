/* exemplar-demo.h
 *
 * The sample campaign a newcomer opens: the built-in template with filled
 * applications, self-scores and evidence PDFs drawn here with cairo and
 * pango, and their evaluation (reviewers, rounds, a draw, score sheets), all
 * generated from a seed so the same seed gives the same data. Every name,
 * number and text in it is made up. Also the synthetic national-scale
 * campaign the benchmarks measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-phase.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

/* Creates @path (refusing an existing file) from @template_id and fills it.
 * The title is marked as sample data. On failure nothing is left at @path. */
ExemplarCampaign *exemplar_campaign_new_demo (const char  *path,
                                              const char  *template_id,
                                              guint32      seed,
                                              GError     **error);

/* The same sample taken on to @phase through the model, as the office
 * would (exemplar-demo-publicity.c): EVALUATION is the sample as above;
 * PUBLICITY adds the recommended list, the member units' opinions, the
 * candidate list, a period from 2024-04-26 and three objections; NAMING
 * resolves the accepted objection and advances; CLOSED confirms the naming
 * decision, closes the campaign and records a re-check. On failure
 * nothing is left at @path. */
ExemplarCampaign *exemplar_campaign_new_demo_in_phase (const char     *path,
                                                       const char     *template_id,
                                                       guint32         seed,
                                                       ExemplarPhase   phase,
                                                       GError        **error);

/* Bounds of exemplar_campaign_new_synthetic()'s sizes. */
#define EXEMPLAR_SYNTHETIC_MIN_UNITS 11
#define EXEMPLAR_SYNTHETIC_MAX_UNITS 100000
#define EXEMPLAR_SYNTHETIC_MAX_REVIEWERS_PER_UNIT 5

/* A national-scale campaign for benchmarks, in the evaluation phase: the
 * template's rubric and member units, @n_units made-up applicant units
 * (codes "0001"…, names "示范街道0001"…) with submitted applications
 * (self-scores only: no form, no evidence), @reviewers_per_unit
 * cross-evaluators from each unit, and one cross-evaluation round in which
 * every application is scored by five reviewers of other units, drawn from
 * @seed without reciprocal pairs, every sheet submitted and sealed. Written
 * in one transaction: 2,000 units take seconds. INVALID_INPUT when
 * @n_units or @reviewers_per_unit is out of bounds; on failure nothing is
 * left at @path. */
ExemplarCampaign *exemplar_campaign_new_synthetic (const char  *path,
                                                   const char  *template_id,
                                                   guint32      seed,
                                                   guint        n_units,
                                                   guint        reviewers_per_unit,
                                                   GError     **error);

G_END_DECLS
