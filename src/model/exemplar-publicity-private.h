/* exemplar-publicity-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-phase.h"
#include "exemplar-publicity.h"

G_BEGIN_DECLS

/* Loads what is stored in @db. @campaign is weak: the campaign owns the
 * publicity. */
ExemplarPublicity *_exemplar_publicity_new (ExemplarDatabase  *db,
                                            ExemplarCampaign  *campaign,
                                            GError           **error);

/* Internal to exemplar-publicity*.c: the class is split over
 * exemplar-publicity.c (loading, the calendar, the pass line, opinions'
 * enum, the shared helpers below), exemplar-publicity-review.c (the
 * recommended list, opinions, the candidate list),
 * exemplar-publicity-notice.c (the period, the fields, the notice
 * document), exemplar-publicity-objection.c (objections) and
 * exemplar-publicity-naming.c (the decision, re-checks, revocations). */

struct _ExemplarPublicity
{
  GObject            parent_instance;

  /* Owned references */
  ExemplarDatabase  *db;
  ExemplarCalendar  *calendar;
  GListStore        *objections;      /* ExemplarObjection, by id */
  GPtrArray         *recommended;     /* ExemplarDeclaration, panel order */
  GPtrArray         *candidates;      /* ExemplarDeclaration on the list, official order */
  GHashTable        *opinions;        /* ExemplarUnit (member) → opinion row, see -review.c */
  GPtrArray         *named;           /* named units, official order, see -naming.c */
  GHashTable        *by_id;           /* application id → ExemplarDeclaration (weak), see lookup() */
  char              *rationale;
  gboolean           fixed;           /* the candidate list is fixed */
  guint              pass_line;       /* campaign.pass_line, 0 = none */

  /* The current period (period_id 0 when none). */
  gint64             period_id;
  char              *period_start;
  char              *period_end;
  guint              period_days;

  /* The naming decision (decision_number NULL until confirmed). */
  char              *decision_number;
  char              *decision_issuer;
  char              *decision_on;

  /* Weak: the campaign owns us. */
  ExemplarCampaign  *campaign;
};

/* Helpers the parts share (exemplar-publicity.c) */

/* A copy of @text without the white space around it; NULL when nothing is
 * left. */
char        *_exemplar_publicity_strip          (const char          *text);
/* The name and the code of the unit @declaration is from. */
const char  *_exemplar_publicity_unit_name      (ExemplarDeclaration *declaration);
const char  *_exemplar_publicity_unit_code      (ExemplarDeclaration *declaration);
/* The units' codes joined with @separator, for an audit row. */
char        *_exemplar_publicity_join_codes     (ExemplarDeclaration * const *declarations,
                                                 guint                n_declarations,
                                                 const char          *separator);
/* Adds @declarations (ExemplarDeclaration) to @document as numbered
 * entries, "1. 新泾镇", as the notice and the decision list them. */
void         _exemplar_publicity_add_entries    (ExemplarDocument    *document,
                                                 GPtrArray           *declarations);
/* FALSE with INVALID_INPUT, naming @day, unless @day is a YYYY-MM-DD
 * date. */
gboolean     _exemplar_publicity_check_date     (const char          *day,
                                                 GError             **error);
/* @day, or the campaign's today when @day is NULL, checked to be a date. */
char        *_exemplar_publicity_dup_date       (ExemplarPublicity   *self,
                                                 const char          *day,
                                                 GError             **error);
/* FALSE with NOT_FOUND when the working-day calendar could not be loaded. */
gboolean     _exemplar_publicity_check_calendar (ExemplarPublicity   *self,
                                                 GError             **error);

/* FALSE with READ_ONLY, or LOCKED_BY_PHASE naming the phase needed, unless
 * the campaign is writable and in @phase (or @other, when not -1). */
gboolean     _exemplar_publicity_check_phase    (ExemplarPublicity  *self,
                                                 ExemplarPhase       phase,
                                                 int                 other,
                                                 GError            **error);
/* The declaration of application @application_id, or NULL. */
ExemplarDeclaration *_exemplar_publicity_lookup (ExemplarPublicity  *self,
                                                 gint64              application_id);
/* The campaign's today, YYYY-MM-DD. */
char        *_exemplar_publicity_dup_today      (ExemplarPublicity  *self);
/* Inside an open transaction: stores @declaration's new state (the
 * in-memory copy follows in finish_change). */
gboolean     _exemplar_publicity_write_state    (ExemplarPublicity   *self,
                                                 ExemplarDeclaration *declaration,
                                                 ExemplarState        state,
                                                 GError             **error);
/* Inside an open transaction: supersedes the current period (if any) and
 * inserts a new one from @start for @working_days, its end computed on the
 * calendar; copies the old period's fields to the new one. */
gboolean     _exemplar_publicity_start_period   (ExemplarPublicity  *self,
                                                 const char         *start,
                                                 guint               working_days,
                                                 GError            **error);
/* After a commit: reloads everything from the file (lists, period,
 * decision, objections, the declarations' states) and emits "changed". */
void         _exemplar_publicity_finish_change  (ExemplarPublicity  *self);
/* Ends a change: exemplar_database_commit_write() with its audit row,
 * then _exemplar_publicity_finish_change(). */
gboolean     _exemplar_publicity_commit         (ExemplarPublicity  *self,
                                                 sqlite3_stmt       *stmt,
                                                 const char         *action,
                                                 const char         *subject,
                                                 const char         *detail,
                                                 GError            **error);

/* The honour the campaign confers, e.g. "长宁区未成年人保护示范街道(镇)",
 * derived from the campaign's title (the part before "创建", with 街镇
 * written out as 街道(镇) as the official documents do). Chinese data. */
char        *_exemplar_publicity_dup_honour     (ExemplarPublicity  *self);

/* Loaders called by the reload (exemplar-publicity-review.c: the
 * recommended list, opinions and candidates; exemplar-publicity-objection.c
 * and exemplar-publicity-naming.c). */
gboolean     _exemplar_publicity_load_review     (ExemplarPublicity *self,
                                                  GError           **error);
gboolean     _exemplar_publicity_load_objections (ExemplarPublicity *self,
                                                  GError           **error);
gboolean     _exemplar_publicity_load_decision   (ExemplarPublicity *self,
                                                  GError           **error);
/* The free function of the named units' array (exemplar-publicity-naming.c). */
void         _exemplar_publicity_named_unit_free (gpointer           data);
/* ExemplarObjection from a row "SELECT id, application_id, received_on,
 * channel, from_name, from_unit, sealed, contact, content, accepted,
 * not_accepted_reason, verify_by, outcome, reply, resolved_on" — in
 * exemplar-objection.c. */
/* The translated sentence for a stored not-accepted code ("anonymous",
 * "unsealed", "no-contact", "before-period RECEIVED START", "after-period
 * RECEIVED END"); any other text is returned as it is. */
char              *_exemplar_objection_dup_reason_text (const char *code);
ExemplarObjection *_exemplar_objection_new_from_row (sqlite3_stmt        *stmt,
                                                     ExemplarDeclaration *declaration);
void         _exemplar_objection_add_attachment (ExemplarObjection  *self,
                                                 const char         *sha256,
                                                 const char         *title);
/* Takes the state that changes after recording (outcome, reply, resolution
 * date, attachments) from @fresh, the same objection loaded again, and
 * notifies what changed. */
void         _exemplar_objection_refresh        (ExemplarObjection  *self,
                                                 ExemplarObjection  *fresh);

G_END_DECLS
