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
/* ExemplarObjection from a row "SELECT id, application_id, received_on,
 * channel, from_name, from_unit, sealed, contact, content, accepted,
 * not_accepted_reason, verify_by, outcome, reply, resolved_on" — in
 * exemplar-objection.c. */
ExemplarObjection *_exemplar_objection_new_from_row (sqlite3_stmt        *stmt,
                                                     ExemplarDeclaration *declaration);
void         _exemplar_objection_add_attachment (ExemplarObjection  *self,
                                                 const char         *sha256,
                                                 const char         *title);

G_END_DECLS
