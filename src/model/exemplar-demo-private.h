/* exemplar-demo-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-types.h"

G_BEGIN_DECLS

/* Takes the sample campaign, its applications filled and submitted, into
 * the evaluation phase and evaluates it: reviewers with declared
 * conflicts, a document review and an on-site round, a draw, and score
 * sheets (most submitted, a few not) generated from @seed, so the Results
 * section has something to show. Used by exemplar_campaign_new_demo(). */
gboolean _exemplar_demo_fill_evaluation (ExemplarCampaign  *campaign,
                                         guint32            seed,
                                         GError           **error);

/* A made-up Chinese name, e.g. "陈建华". */
char    *_exemplar_demo_dup_name        (GRand             *rand);

G_END_DECLS
