/* exemplar-declaration.h
 *
 * One applicant unit's application (申报) in a campaign: the form's fields,
 * the self-assessment and the evidence. Every change is one transaction with
 * its audit row, refused once the application is submitted, the
 * declaration deadline has passed or the campaign left its declaration phase.
 * The first change moves a not_applied application to draft.
 *
 * Properties (read-only, notified only on change): "unit", "state",
 * "state-reason" (why it was returned or withdrawn) and "self-total" (the
 * grand self-assessed total in hundredths, as exemplar_declaration_get_self_total
 * (self, NULL) gives it). The "changed" signal is emitted after any stored
 * change (a field, a self-score, evidence added or removed, the state) and
 * after the rubric changed, so a view can refresh its totals, counts and
 * coverage; nothing in memory changes before the change is committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-phase.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DECLARATION (exemplar_declaration_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDeclaration, exemplar_declaration, EXEMPLAR, DECLARATION, GObject)

ExemplarDeclaration *exemplar_declaration_new       (gint64               id,
                                                     ExemplarUnit        *unit,
                                                     ExemplarState        state);
gint64               exemplar_declaration_get_id    (ExemplarDeclaration *self);
ExemplarUnit        *exemplar_declaration_get_unit  (ExemplarDeclaration *self);
ExemplarState        exemplar_declaration_get_state (ExemplarDeclaration *self);
void                 exemplar_declaration_set_state (ExemplarDeclaration *self,
                                                     ExemplarState        state);
const char          *exemplar_declaration_get_state_reason (ExemplarDeclaration *self);
/* When it was last submitted, ISO 8601 UTC, or NULL. */
const char          *exemplar_declaration_get_submitted_at (ExemplarDeclaration *self);

/* The campaign this application belongs to (weak). */
ExemplarCampaign    *exemplar_declaration_get_campaign (ExemplarDeclaration *self);

/* Whether the applicant may still change the form, self-scores and
 * evidence; when not, @reason (may be NULL) says why, for display. The
 * answer depends on today's date too, so ask again rather than cache it;
 * @reason stays valid until the answer changes. */
gboolean             exemplar_declaration_get_editable (ExemplarDeclaration  *self,
                                                        const char          **reason);

/* Form fields (keys of exemplar-form.h). Values are stored trimmed; "" clears. */
const char          *exemplar_declaration_get_field    (ExemplarDeclaration  *self,
                                                        const char           *key);
gboolean             exemplar_declaration_set_field    (ExemplarDeclaration  *self,
                                                        const char           *key,
                                                        const char           *value,
                                                        GError              **error);

/* Self-assessment per scored leaf (item or bonus), in hundredths, within
 * 0..the leaf's points on a 0.5 step. get_self_score returns whether @leaf
 * has points; @note is set either way, since a note may be stored before
 * the points (NULL when there is none). */
gboolean             exemplar_declaration_get_self_score (ExemplarDeclaration  *self,
                                                          ExemplarIndicator    *leaf,
                                                          gint64               *points,
                                                          const char          **note);
gboolean             exemplar_declaration_set_self_score (ExemplarDeclaration  *self,
                                                          ExemplarIndicator    *leaf,
                                                          gint64                points,
                                                          const char           *note,
                                                          GError              **error);
/* Stores @note (NULL or blank clears it) on @leaf whether or not it has
 * points, leaving the points as they are; the same rules as a self-score. */
gboolean             exemplar_declaration_set_self_note  (ExemplarDeclaration  *self,
                                                          ExemplarIndicator    *leaf,
                                                          const char           *note,
                                                          GError              **error);
/* Removes @leaf's points; a note typed on it stays. */
gboolean             exemplar_declaration_clear_self_score (ExemplarDeclaration *self,
                                                            ExemplarIndicator   *leaf,
                                                            GError             **error);
/* Sum of the self-scores under @indicator (NULL = all items, bonus capped). */
gint64               exemplar_declaration_get_self_total (ExemplarDeclaration *self,
                                                          ExemplarIndicator   *indicator);

/* What stops a submission now, one line each: every empty required field
 * (by title), the commitment, every scored leaf without a self-score (code
 * and name) or with one above its points, and the scan of the sealed opinion
 * page (evidence with purpose "seal"). Empty when ready. Owned array of
 * strings. */
GPtrArray           *exemplar_declaration_get_missing  (ExemplarDeclaration  *self);
/* Submitting checks required fields, the commitment and that every scored
 * leaf is self-scored; when something is missing it returns FALSE with
 * EXEMPLAR_ERROR_INVALID_INPUT and @missing lists each gap, one line each
 * (as exemplar_declaration_get_missing gives them). */
gboolean             exemplar_declaration_submit       (ExemplarDeclaration  *self,
                                                        GPtrArray           **missing,
                                                        GError              **error);
/* The office returns a submitted application for correction (while the
 * campaign is in its declaration or evaluation phase; it becomes a draft
 * again), or records a withdrawal (from any state before named); both need
 * a reason, which is audited and kept as the state reason. */
gboolean             exemplar_declaration_return_for_correction (ExemplarDeclaration *self,
                                                                 const char          *reason,
                                                                 GError             **error);
gboolean             exemplar_declaration_withdraw     (ExemplarDeclaration  *self,
                                                        const char           *reason,
                                                        GError              **error);

/* A GListModel of ExemplarEvidence attached to this application, in the
 * order attached; updated when evidence is added or removed. */
GListModel          *exemplar_declaration_get_evidence (ExemplarDeclaration  *self);
/* Evidence attached to @leaf; NULL counts what is attached to the
 * application as a whole (including the seal scan). */
guint                exemplar_declaration_count_evidence (ExemplarDeclaration *self,
                                                          ExemplarIndicator   *leaf);
/* Scored leaves that require evidence and have none attached (owned array
 * of borrowed ExemplarIndicator pointers, tree order). */
GPtrArray           *exemplar_declaration_get_missing_evidence (ExemplarDeclaration *self);
/* Detaches @evidence under the edit rules; its bytes and indexed text go
 * too unless other evidence or an objection still uses them. */
gboolean             exemplar_declaration_remove_evidence (ExemplarDeclaration  *self,
                                                           ExemplarEvidence     *evidence,
                                                           GError              **error);

/* Evidence import (exemplar-declaration-import.c). */
typedef enum
{
  EXEMPLAR_IMPORT_STORED,     /* new bytes, stored */
  EXEMPLAR_IMPORT_DUPLICATE,  /* the same bytes were already in the campaign; attached, stored once */
  EXEMPLAR_IMPORT_FAILED,     /* refused; message says why */
} ExemplarImportStatus;

typedef struct
{
  char                 *path;     /* the file as given */
  char                 *sha256;   /* NULL when failed before hashing */
  guint                 pages;    /* PDF pages, 1 for an image, 0 when failed */
  ExemplarImportStatus  status;
  char                 *message;  /* why it failed, naming the file; NULL otherwise */
  gint64                evidence_id;
} ExemplarImportResult;

void exemplar_import_result_free (ExemplarImportResult *result);

/* Called on the caller's main context as files are done. */
typedef void (*ExemplarImportProgress) (guint       done,
                                        guint       total,
                                        const char *current,
                                        gpointer    user_data);

/* Imports @files as evidence for @leaf (NULL = the application as a whole)
 * with @purpose ("evidence" or "seal") on a worker thread with its own
 * connection. Each file is checked (type by content and name, size limit,
 * not empty, a PDF that poppler can open without a password), hashed,
 * stored once per SHA-256 and its PDF text indexed, in one transaction per
 * file: a refused or vanished file leaves nothing behind and the others
 * still go in. Cancelling stops before the next file. The result is a
 * GPtrArray of ExemplarImportResult, one per file, in order. */
void       exemplar_declaration_import_evidence_async  (ExemplarDeclaration     *self,
                                                        ExemplarIndicator       *leaf,
                                                        const char              *purpose,
                                                        GFile                  **files,
                                                        guint                    n_files,
                                                        GCancellable            *cancellable,
                                                        ExemplarImportProgress   progress,
                                                        gpointer                 progress_data,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
GPtrArray *exemplar_declaration_import_evidence_finish (ExemplarDeclaration     *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);
/* The same, blocking, for the command line. */
GPtrArray *exemplar_declaration_import_evidence        (ExemplarDeclaration     *self,
                                                        ExemplarIndicator       *leaf,
                                                        const char              *purpose,
                                                        GFile                  **files,
                                                        guint                    n_files,
                                                        GCancellable            *cancellable,
                                                        GError                 **error);

G_END_DECLS
