/* exemplar-publicity.h
 *
 * How a campaign ends in public (DOMAIN.md "Review, publicity, objections,
 * naming"): the expert panel's recommended list (建议名单), the member
 * units' opinions, the candidate list (拟命名名单), the publicity notice
 * (公示) with its period on the working-day calendar, objections (异议),
 * and the naming decision (命名决定) with later re-checks and revocations.
 * Owned by the campaign (exemplar_campaign_get_publicity()).
 *
 * Rules held here whatever the caller does:
 * - the recommended list, opinions, candidate list, notice and objections
 *   change only in the publicity phase; the naming decision only in the
 *   naming phase; re-checks and revocations only in the naming or closed
 *   phase (EXEMPLAR_ERROR_LOCKED_BY_PHASE); a read-only campaign refuses all;
 * - never more units than the quota (EXEMPLAR_ERROR_QUOTA_EXCEEDED), on the
 *   recommended list and on the candidate list;
 * - only ranked units (submitted sheets, not vetoed) at or above the pass
 *   line (when the campaign sets one) can be recommended;
 * - the candidate list is fixed once, from the recommended list, after
 *   every member unit has given its opinion; the recommended list and the
 *   opinions are then closed;
 * - an objection is accepted only when received within the current period
 *   and named (a unit's sealed, an individual's with name and contact);
 *   otherwise it is recorded as not accepted with the reason;
 * - an upheld removal takes the unit off the candidate list; an outcome
 *   needing re-publicity supersedes the period and starts a new one on the
 *   next working day after the resolution, with the same length;
 * - naming needs the period over and every accepted objection resolved;
 *   candidates still on the list are named, in official order.
 * Every change is one transaction with its audit row. Application states
 * follow: recommended / not_recommended, candidate, objection_upheld, named.
 * ExemplarPublicity::changed is emitted after every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-calendar.h"
#include "exemplar-document.h"
#include "exemplar-objection.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_OPINION_AGREE,     /* 同意 */
  EXEMPLAR_OPINION_DISAGREE,  /* 不同意 (needs a reason) */
  EXEMPLAR_OPINION_NONE,      /* 无意见 */
} ExemplarOpinion;

/* "agree", "disagree", "none". */
const char *exemplar_opinion_to_string   (ExemplarOpinion  opinion);
gboolean    exemplar_opinion_from_string (const char      *text,
                                          ExemplarOpinion *opinion);
/* Translated: "Agree", "Disagree", "No opinion". */
const char *exemplar_opinion_get_title   (ExemplarOpinion  opinion);

#define EXEMPLAR_TYPE_PUBLICITY (exemplar_publicity_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarPublicity, exemplar_publicity, EXEMPLAR, PUBLICITY, GObject)

ExemplarCampaign *exemplar_publicity_get_campaign   (ExemplarPublicity  *self);

/* The working-day calendar: the shipped data plus the campaign's own days. */
ExemplarCalendar *exemplar_publicity_get_calendar   (ExemplarPublicity  *self);
/* Stores an override in the campaign (audited; allowed in any phase but
 * closed) and recomputes the end of a period that has not ended yet. */
gboolean          exemplar_publicity_set_calendar_day (ExemplarPublicity *self,
                                                       const char        *day,
                                                       gboolean           working,
                                                       const char        *note,
                                                       GError           **error);
gboolean          exemplar_publicity_clear_calendar_day (ExemplarPublicity *self,
                                                         const char        *day,
                                                         GError           **error);

/* The pass line in points (0 = none, as in the notice). Settable in the
 * evaluation and publicity phases, before the list is recommended. */
guint             exemplar_publicity_get_pass_line  (ExemplarPublicity  *self);
gboolean          exemplar_publicity_set_pass_line  (ExemplarPublicity  *self,
                                                     guint               points,
                                                     GError            **error);

/* ---- Review ---------------------------------------------------------- */

/* The recommended list in the panel's order: owned array of
 * ExemplarDeclaration (empty when none yet). */
GPtrArray        *exemplar_publicity_get_recommended (ExemplarPublicity  *self);
const char       *exemplar_publicity_get_rationale  (ExemplarPublicity  *self);
/* Replaces the recommended list with @declarations (in order, no
 * duplicates). Computes the results itself to check ranks, vetoes and the
 * pass line; refuses naming the unit and the rule broken. The others of
 * the evaluated applications become not_recommended. */
gboolean          exemplar_publicity_recommend      (ExemplarPublicity   *self,
                                                     ExemplarDeclaration **declarations,
                                                     guint                n_declarations,
                                                     const char          *rationale,
                                                     GError             **error);

/* A member unit's opinion on the recommended list. FALSE when it has given
 * none; the out values may be NULL. */
gboolean          exemplar_publicity_get_opinion    (ExemplarPublicity  *self,
                                                     ExemplarUnit       *member_unit,
                                                     ExemplarOpinion    *opinion,
                                                     const char        **reason,
                                                     const char        **given_on);
/* Records (or replaces) @member_unit's opinion; @given_on NULL = today;
 * a disagreement needs @reason. Needs a recommended list. */
gboolean          exemplar_publicity_set_opinion    (ExemplarPublicity  *self,
                                                     ExemplarUnit       *member_unit,
                                                     ExemplarOpinion     opinion,
                                                     const char         *reason,
                                                     const char         *given_on,
                                                     GError            **error);

/* Fixes the candidate list from the recommended list. Refuses when there
 * is no recommended list or a member unit has not given its opinion
 * (naming them). */
gboolean          exemplar_publicity_fix_candidates (ExemplarPublicity  *self,
                                                     GError            **error);
gboolean          exemplar_publicity_get_fixed      (ExemplarPublicity  *self);
/* The candidates still on the list, in official order: owned array of
 * ExemplarDeclaration. */
GPtrArray        *exemplar_publicity_get_candidates (ExemplarPublicity  *self);
/* Adds one candidate to a fixed list (e.g. a correction); refused with
 * QUOTA_EXCEEDED when the list is full, and under the rules of recommend(). */
gboolean          exemplar_publicity_add_candidate  (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration,
                                                     GError             **error);

/* ---- The publicity notice -------------------------------------------- */

/* The current (not superseded) period. FALSE when none is set; out values
 * may be NULL; strings are owned by the publicity. */
gboolean          exemplar_publicity_get_period     (ExemplarPublicity  *self,
                                                     const char        **start,
                                                     guint              *working_days,
                                                     const char        **end);
/* Sets the period: @start and @working_days (> 0); the end is computed on
 * the calendar. Needs the fixed candidate list; refused once an objection
 * has been recorded against the period. */
gboolean          exemplar_publicity_set_period     (ExemplarPublicity  *self,
                                                     const char         *start,
                                                     guint               working_days,
                                                     GError            **error);
/* Whether the period is over (today after its end). */
gboolean          exemplar_publicity_is_over        (ExemplarPublicity  *self);
/* Periods so far, oldest first, as "start/end/working_days/superseded"
 * lines for the history shown under the notice. Owned array of strings. */
GPtrArray        *exemplar_publicity_list_periods   (ExemplarPublicity  *self);

/* The notice's editable text fields, in display order, NULL-terminated:
 * "title", "basis", "objection", "contact_person", "contact_phone",
 * "supervision_phone", "fax", "email", "address", "postcode", "issuer",
 * "issued_on". */
const char * const *exemplar_publicity_list_fields  (void);
/* Translated label, e.g. "Supervision phone". */
const char       *exemplar_publicity_get_field_title (const char        *key);
/* Whether the field is a multi-line text (basis, objection). */
gboolean          exemplar_publicity_get_field_multiline (const char    *key);
/* The stored text, or the default filled in from the campaign (title from
 * the campaign's name — "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示",
 * basis naming the notice and its number, issuer and date from the
 * campaign, the objection rules from DOMAIN.md). */
char             *exemplar_publicity_dup_field      (ExemplarPublicity  *self,
                                                     const char         *key);
char             *exemplar_publicity_dup_default_field (ExemplarPublicity *self,
                                                        const char        *key);
/* Stores @value for @key; NULL or blank restores the default. Unknown keys
 * are refused. Allowed in the publicity phase. */
gboolean          exemplar_publicity_set_field      (ExemplarPublicity  *self,
                                                     const char         *key,
                                                     const char         *value,
                                                     GError            **error);
/* The notice as a document: title, basis, the candidates in official
 * order, the period with full dates and its working days, how to object,
 * the contacts, issuer and date; stamped "已结束" once the period is over.
 * Refused when the candidate list is not fixed or no period is set. */
ExemplarDocument *exemplar_publicity_build_notice   (ExemplarPublicity  *self,
                                                     GError            **error);

/* ---- Objections ------------------------------------------------------ */

/* ExemplarObjection, oldest first. */
GListModel       *exemplar_publicity_get_objections (ExemplarPublicity  *self);
/* Records an objection to @declaration (a candidate) received on
 * @received_on (for a letter, the postmark's date). Returns a new reference
 * to it (it is in get_objections() too), accepted or not (see its
 * not_accepted_reason);
 * NULL with an error only for bad input: an invalid date, empty content,
 * not a candidate, no period set. @from_name NULL = anonymous; @sealed
 * only matters for a unit. */
ExemplarObjection *exemplar_publicity_add_objection (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration,
                                                     const char          *received_on,
                                                     ExemplarChannel      channel,
                                                     const char          *from_name,
                                                     gboolean             from_unit,
                                                     gboolean             sealed,
                                                     const char          *contact,
                                                     const char          *content,
                                                     GError             **error);
/* Stores the file at @path through the evidence store (content-addressed,
 * same checks and size limit as evidence) and attaches it. */
gboolean          exemplar_publicity_attach_to_objection (ExemplarPublicity *self,
                                                          ExemplarObjection *objection,
                                                          const char        *path,
                                                          GError           **error);
/* The attachment at @index of @objection as evidence to show in the
 * evidence viewer: its title, original name, media type, size and pages
 * from the stored blob; application id: the candidate's; purpose
 * "objection"; id: minus the attachment's row id, so it never equals an
 * evidence row's. NOT_FOUND for a bad @index. */
ExemplarEvidence *exemplar_publicity_dup_attachment (ExemplarPublicity *self,
                                                     ExemplarObjection *objection,
                                                     guint              index,
                                                     GError           **error);
/* Resolves an accepted, pending objection; @reply (required) is what was
 * sent to the objector; @resolved_on NULL = today. */
gboolean          exemplar_publicity_resolve_objection (ExemplarPublicity *self,
                                                        ExemplarObjection *objection,
                                                        ExemplarOutcome    outcome,
                                                        const char        *reply,
                                                        const char        *resolved_on,
                                                        GError           **error);
/* The objection with @id (owned by the publicity), or NULL. */
ExemplarObjection *exemplar_publicity_find_objection (ExemplarPublicity *self,
                                                      gint64             id);
/* Accepted objections without an outcome. */
guint             exemplar_publicity_count_unresolved (ExemplarPublicity *self);

/* ---- Naming ---------------------------------------------------------- */

/* Names the candidates still on the list: needs the naming phase, the
 * period over and no pending objection. @issuer NULL = the campaign's
 * issuer; @decided_on NULL = today. Once only. */
gboolean          exemplar_publicity_confirm_naming (ExemplarPublicity  *self,
                                                     const char         *document_number,
                                                     const char         *issuer,
                                                     const char         *decided_on,
                                                     GError            **error);
/* FALSE until confirmed; out values may be NULL, owned by the publicity. */
gboolean          exemplar_publicity_get_decision   (ExemplarPublicity  *self,
                                                     const char        **document_number,
                                                     const char        **issuer,
                                                     const char        **decided_on);
/* Named units in official order (revoked ones too): owned array of
 * ExemplarDeclaration. */
GPtrArray        *exemplar_publicity_get_named      (ExemplarPublicity  *self);
/* The revocation's date and reason, or FALSE when not revoked. */
gboolean          exemplar_publicity_get_revocation (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration,
                                                     const char         **revoked_on,
                                                     const char         **reason);
/* The decision as a document: title, number, "根据…申报、评估和评审，决定
 * 命名…为长宁区未成年人保护示范街道(镇)，现予公布。", the named units in
 * official order, an encouraging close, issuer and date. Refused before
 * confirmation. */
ExemplarDocument *exemplar_publicity_build_decision (ExemplarPublicity  *self,
                                                     GError            **error);
/* A later re-check (抽查复核) of a named unit: date (NULL = today), result
 * (required), note (nullable). */
gboolean          exemplar_publicity_record_recheck (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration,
                                                     const char          *checked_on,
                                                     const char          *result,
                                                     const char          *note,
                                                     GError             **error);
/* "YYYY-MM-DD · result · note" lines, oldest first. Owned array of strings. */
GPtrArray        *exemplar_publicity_list_rechecks  (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration);
/* Revokes a named unit's title with a reason (required); @revoked_on NULL
 * = today. */
gboolean          exemplar_publicity_revoke         (ExemplarPublicity   *self,
                                                     ExemplarDeclaration *declaration,
                                                     const char          *reason,
                                                     const char          *revoked_on,
                                                     GError             **error);

G_END_DECLS
