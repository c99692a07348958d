/* exemplar-campaign.h
 *
 * The open campaign: owns the database connection of one .exemplar file and
 * the models over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-phase.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_CAMPAIGN (exemplar_campaign_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarCampaign, exemplar_campaign, EXEMPLAR, CAMPAIGN, GObject)

/* Creation refuses to overwrite an existing file. */
ExemplarCampaign *exemplar_campaign_new_from_template (const char        *path,
                                                       const char        *template_id,
                                                       GError           **error);
ExemplarCampaign *exemplar_campaign_open              (const char        *path,
                                                       GError           **error);

const char       *exemplar_campaign_get_path            (ExemplarCampaign  *self);
gboolean          exemplar_campaign_get_read_only       (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_read_only_reason (ExemplarCampaign *self);
int               exemplar_campaign_get_schema_version  (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_title           (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_notice_title    (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_document_number (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_issuer          (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_issued_on       (ExemplarCampaign  *self);
const char       *exemplar_campaign_get_template_id     (ExemplarCampaign  *self);
guint             exemplar_campaign_get_quota           (ExemplarCampaign  *self);
ExemplarPhase     exemplar_campaign_get_phase           (ExemplarCampaign  *self);

/* Lists of ExemplarMilestone, ExemplarUnit (applicants, in official order),
 * ExemplarUnit (member units) and ExemplarDeclaration (one per applicant). */
GListModel       *exemplar_campaign_get_milestones      (ExemplarCampaign  *self);
GListModel       *exemplar_campaign_get_units           (ExemplarCampaign  *self);
GListModel       *exemplar_campaign_get_member_units    (ExemplarCampaign  *self);
GListModel       *exemplar_campaign_get_declarations    (ExemplarCampaign  *self);
ExemplarRubric   *exemplar_campaign_get_rubric          (ExemplarCampaign  *self);
ExemplarEvaluation *exemplar_campaign_get_evaluation    (ExemplarCampaign  *self);
ExemplarPublicity  *exemplar_campaign_get_publicity     (ExemplarCampaign  *self);
/* The office moves the campaign to @phase. Moving forward needs no reason;
 * moving back (reopening what a phase closed) needs @reason. Recorded in
 * phase_change and audited; notifies "phase". */
gboolean          exemplar_campaign_set_phase           (ExemplarCampaign  *self,
                                                         ExemplarPhase      phase,
                                                         const char        *reason,
                                                         GError           **error);
/* What is still missing before the campaign can leave its current phase,
 * one translated line each (empty array when nothing is):
 * - declaration: applications still in draft; none submitted;
 * - evaluation: submitted applications without reviewers, sheets not
 *   submitted (per reviewer), disagreement flags not reviewed;
 * - publicity: no recommended list, member units without an opinion, the
 *   candidate list not fixed, no period, the period not over, objections
 *   not resolved;
 * - naming: the naming decision not confirmed.
 * Owned array of strings; NULL with @error when the data cannot be read. */
GPtrArray        *exemplar_campaign_list_missing        (ExemplarCampaign  *self,
                                                         GError           **error);
/* Moves to the next phase. When something is missing, refuses
 * (EXEMPLAR_ERROR_NOT_PERMITTED, the message lists it) unless
 * @override_reason is given; the override and what it skipped are recorded
 * in phase_change and the audit log. Refused in the closed phase. */
gboolean          exemplar_campaign_advance_phase       (ExemplarCampaign  *self,
                                                         const char        *override_reason,
                                                         GError           **error);
/* Days from today to @phase's deadline (negative once passed); FALSE when
 * the phase has no deadline. */
gboolean          exemplar_campaign_get_days_left       (ExemplarCampaign  *self,
                                                         ExemplarPhase      phase,
                                                         int               *days);
ExemplarUnit     *exemplar_campaign_find_unit           (ExemplarCampaign  *self,
                                                         const char        *code);
guint             exemplar_campaign_count_state         (ExemplarCampaign  *self,
                                                         ExemplarState      state);

/* The date deadlines are judged against, YYYY-MM-DD: today's local date,
 * or the EXEMPLAR_TODAY environment variable, or what was set (tests, demos). */
char             *exemplar_campaign_dup_today           (ExemplarCampaign  *self);
void              exemplar_campaign_set_today           (ExemplarCampaign  *self,
                                                         const char        *today);
/* The deadline of @phase, YYYY-MM-DD, or NULL. */
const char       *exemplar_campaign_get_deadline        (ExemplarCampaign  *self,
                                                         ExemplarPhase      phase);
ExemplarDeclaration *exemplar_campaign_find_declaration (ExemplarCampaign  *self,
                                                         const char        *unit_code);

gboolean          exemplar_campaign_set_title           (ExemplarCampaign  *self,
                                                         const char        *title,
                                                         GError           **error);
/* The largest evidence file the campaign takes, in bytes: 200 MB unless
 * the office set another limit, from 1 MB to 900 MB (SQLite keeps a file
 * in one piece of at most 1,000,000,000 bytes). Setting it is audited and
 * applies to files attached from then on. */
#define EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB 1
#define EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB 900
gint64            exemplar_campaign_get_evidence_size_limit (ExemplarCampaign  *self);
gboolean          exemplar_campaign_set_evidence_size_limit (ExemplarCampaign  *self,
                                                             gint64             bytes,
                                                             GError           **error);
gboolean          exemplar_campaign_save_copy           (ExemplarCampaign  *self,
                                                         const char        *path,
                                                         GError           **error);

/* Integrity, foreign keys and the audit chain. Returns TRUE when sound;
 * otherwise @problems holds one human-readable line per problem. */
gboolean          exemplar_campaign_check               (ExemplarCampaign  *self,
                                                         GPtrArray        **problems);

/* In a review package (.exemplar-review): the reviewer it was made for.
 * NULL in the office's master file. A package refuses every office change
 * (setup, assignments, reopening a sheet, phases, applications, publicity:
 * NOT_PERMITTED); its reviewer scores and submits their own sheets. */
ExemplarReviewer *exemplar_campaign_get_package_reviewer (ExemplarCampaign *self);
gboolean          exemplar_campaign_get_is_package      (ExemplarCampaign  *self);

/* The campaign's database; for the model layer only. */
ExemplarDatabase *exemplar_campaign_get_database        (ExemplarCampaign  *self);

G_END_DECLS
