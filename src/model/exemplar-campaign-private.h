/* exemplar-campaign-private.h
 *
 * Internal to exemplar-campaign*.c: the campaign is split over
 * exemplar-campaign.c (loading, properties, the phase change) and
 * exemplar-campaign-phase.c (what is missing, advancing, days left).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-campaign.h"

G_BEGIN_DECLS

/* Moves the campaign to @phase in one transaction: the campaign row, a
 * phase_change row (with @reason as its override_reason, when not empty)
 * and the audit row "campaign.phase" ("from -> to[: reason][; skipped:
 * @skipped]"). Refused on a read-only campaign. No rule on the direction:
 * the callers decide when a reason is needed. Notifies "phase". */
gboolean _exemplar_campaign_change_phase (ExemplarCampaign  *self,
                                          ExemplarPhase      phase,
                                          const char        *reason,
                                          const char        *skipped,
                                          GError           **error);

/* FALSE with NOT_PERMITTED in a review package: what only the office
 * changes (setup, assignments, policy, phases, applications, publicity,
 * reopening a sheet) is refused there, with one message for all. */
gboolean _exemplar_campaign_check_office (ExemplarCampaign  *self,
                                          GError           **error);
/* The office's check above, then FALSE with READ_ONLY, giving the reason,
 * if the campaign is open read-only. */
gboolean _exemplar_campaign_check_office_writable (ExemplarCampaign  *self,
                                                   GError           **error);

G_END_DECLS
