/* exemplar-milestone.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-phase.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_MILESTONE (exemplar_milestone_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarMilestone, exemplar_milestone, EXEMPLAR, MILESTONE, GObject)

ExemplarMilestone *exemplar_milestone_new          (ExemplarPhase      phase,
                                                    const char        *name,
                                                    const char        *deadline);
ExemplarPhase      exemplar_milestone_get_phase    (ExemplarMilestone *self);
const char        *exemplar_milestone_get_name     (ExemplarMilestone *self);
const char        *exemplar_milestone_get_deadline (ExemplarMilestone *self);

G_END_DECLS
