/* exemplar-declaration-private.h
 *
 * What the campaign and the evidence import need of a declaration, and what
 * the files the class is split over (exemplar-declaration*.c) share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-probe.h"
#include "exemplar-declaration.h"

G_BEGIN_DECLS

/* Called once by the campaign after loading (exemplar-declaration-load.c):
 * each of @declarations keeps @campaign weakly and gets its fields,
 * self-scores and evidence, read for all of them at once. */
gboolean _exemplar_declarations_attach  (GListModel           *declarations,
                                         ExemplarCampaign     *campaign,
                                         GError              **error);
/* Appends evidence stored by an import (on the main context). The import's
 * transaction is expected to have moved a not_applied application to draft,
 * as every first edit does; the state is read back from the file here. */
void     _exemplar_declaration_add_evidence (ExemplarDeclaration *self,
                                             ExemplarEvidence    *evidence);
/* Refuses unless the applicant may change the application now; sets
 * EXEMPLAR_ERROR_LOCKED_BY_PHASE (or READ_ONLY) with the reason. */
gboolean _exemplar_declaration_check_editable (ExemplarDeclaration  *self,
                                               GError              **error);

/* How a file becomes a content-addressed blob (exemplar-declaration-import.c),
 * shared with what else stores files the way evidence is stored (objections'
 * attachments). */
typedef struct
{
  char        *sha256;
  char        *title;       /* the file's name without its extension */
  const char  *media_type;
  GPtrArray   *texts;       /* a PDF's pages' text, to index when not stored yet */
  goffset      size;
  guint        pages;
  gboolean     stored;      /* the blob is in the file already */
} ExemplarCheckedFile;

void     _exemplar_checked_file_clear      (ExemplarCheckedFile  *checked);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExemplarCheckedFile, _exemplar_checked_file_clear)

/* The campaign's limit for one evidence file, in bytes. */
gint64   _exemplar_declaration_get_size_limit (ExemplarDatabase  *db);
/* Checks @file as evidence is checked (a regular file, not empty, within
 * @size_limit, a PDF, JPEG or PNG named for what it is, complete, a PDF
 * that opens) and fills @checked (zero-initialised by the caller, cleared
 * with _exemplar_checked_file_clear()), reading the file once; @name names
 * it in the errors. @probe, if not %NULL, is the file's probe from
 * _exemplar_declaration_start_probe(), started earlier so that it could
 * run beside other work; it is consumed. */
gboolean _exemplar_declaration_check_file  (ExemplarDatabase     *db,
                                            GFile                *file,
                                            const char           *name,
                                            gint64                size_limit,
                                            ExemplarProbe        *probe,
                                            ExemplarCheckedFile  *checked,
                                            GCancellable         *cancellable,
                                            GError              **error);
/* Starts reading @file in the probe process as what @name says it is, or
 * returns %NULL if the name says nothing the probe reads or the probe
 * cannot start (_exemplar_declaration_check_file() then says why). */
ExemplarProbe *_exemplar_declaration_start_probe (GFile       *file,
                                                  const char  *name);
/* Inside an open transaction: stores the checked file's bytes (and a PDF's
 * text for search) unless they are stored already. Does not roll back. */
gboolean _exemplar_declaration_store_blob  (ExemplarDatabase     *db,
                                            GFile                *file,
                                            const char           *name,
                                            ExemplarCheckedFile  *checked,
                                            GCancellable         *cancellable,
                                            GError              **error);

/* Internal to exemplar-declaration*.c. */

/* A stored row; a note may come before the points (scored FALSE). */
typedef struct
{
  gint64    points;
  char     *note;
  gboolean  scored;
} ExemplarSelfScore;

struct _ExemplarDeclaration
{
  GObject           parent_instance;

  /* Owned references */
  ExemplarUnit     *unit;
  GListStore       *evidence;
  GHashTable       *fields;       /* key → value, both owned */
  GHashTable       *self_scores;  /* indicator id (gint64 *) → ExemplarSelfScore */

  /* Weak: the campaign owns us. */
  ExemplarCampaign *campaign;

  char             *state_reason;
  char             *submitted_at;
  char             *editable_reason;
  gint64            id;
  gint64            self_total;
  ExemplarState     state;
};

/* Once its rows are read: keeps @campaign weakly, computes the self-total
 * and follows the rubric's changes. */
void              _exemplar_declaration_set_campaign (ExemplarDeclaration  *self,
                                                      ExemplarCampaign     *campaign);
ExemplarDatabase *_exemplar_declaration_get_database (ExemplarDeclaration  *self);
ExemplarRubric   *_exemplar_declaration_get_rubric   (ExemplarDeclaration  *self);
/* The current UTC time as stored in the file, e.g. 2023-04-20T08:15:00Z. */
char             *_exemplar_declaration_now          (void);

/* An applicant's edit is: _begin_edit (checks the rules, opens the
 * transaction), the caller's own statements, _commit_edit (stamps the
 * application, moves not_applied to draft, audits, commits; rolls back
 * on any failure), the caller's in-memory update, then _edited. */
gboolean _exemplar_declaration_begin_edit  (ExemplarDeclaration  *self,
                                            GError              **error);
gboolean _exemplar_declaration_commit_edit (ExemplarDeclaration  *self,
                                            const char           *action,
                                            const char           *detail,
                                            GError              **error);
void     _exemplar_declaration_edited      (ExemplarDeclaration  *self);

/* Sets the stored state's in-memory copy after a commit, with notifications. */
void     _exemplar_declaration_update_state (ExemplarDeclaration *self,
                                             ExemplarState        state,
                                             const char          *reason,
                                             const char          *submitted_at);
void     _exemplar_declaration_emit_changed (ExemplarDeclaration *self);
/* Recomputes "self-total" and notifies when it changed. */
void     _exemplar_declaration_update_self_total (ExemplarDeclaration *self);

/* exemplar-declaration-assessment.c */
gboolean _exemplar_declaration_load_self_scores (ExemplarDeclaration  *self,
                                                 GError              **error);
void     _exemplar_self_score_free               (gpointer             data);
/* Adds the self-score on the row @stmt is on to @scores: indicator id,
 * points (NULL before they are given) and note from @column on. */
void     _exemplar_self_scores_add_row           (GHashTable          *scores,
                                                  sqlite3_stmt        *stmt,
                                                  int                  column);

G_END_DECLS
