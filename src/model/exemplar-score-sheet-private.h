/* exemplar-score-sheet-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-evaluation.h"
#include "exemplar-score-sheet.h"

G_BEGIN_DECLS

/* Loads the sheet of @assignment (or an empty draft when none is stored;
 * the row is created on the first write). Used by
 * exemplar_evaluation_open_sheet(). */
ExemplarScoreSheet *_exemplar_score_sheet_new (ExemplarEvaluation  *evaluation,
                                               ExemplarAssignment  *assignment,
                                               GError             **error);
/* The assigned scored leaves of @scope (NULL = whole rubric): items and
 * bonus items, never veto items, rubric order. Owned array of
 * ExemplarIndicator. Also used by the evaluation to count leaves. */
GPtrArray          *_exemplar_score_sheet_collect_leaves (ExemplarRubric    *rubric,
                                                          ExemplarIndicator *scope);

/* One leaf's points and reason. */
typedef struct
{
  gboolean  has_points;
  gint64    points;
  char     *reason;
} ExemplarSheetScore;

/* The seal (评审成绩封存) over a sheet's content: the SHA-256, in hex, of
 * its canonical text (the assignment, its reviewer and unit, the points and
 * reason of each of @leaves, rubric order, and @comment). @scores maps an
 * indicator id (gint64 *) to its ExemplarSheetScore. The same function
 * seals a submitted sheet and checks one that comes back from a reviewer's
 * desktop (exemplar-sheet-file.h). */
char               *_exemplar_score_sheet_compute_seal (ExemplarAssignment *assignment,
                                                        GPtrArray          *leaves,
                                                        GHashTable         *scores,
                                                        const char         *comment);

/* Internal to exemplar-score-sheet*.c. */

struct _ExemplarScoreSheet
{
  GObject             parent_instance;

  /* Owned references */
  ExemplarEvaluation *evaluation;
  ExemplarAssignment *assignment;
  GHashTable         *scores;   /* indicator id (gint64 *) → ExemplarSheetScore */

  char               *comment;
  char               *submitted_at;
  char               *seal;
  gint64              id;       /* 0 until the row is written */
  ExemplarSheetState  state;
};

ExemplarSheetScore *_exemplar_score_sheet_lookup     (ExemplarScoreSheet  *self,
                                                      ExemplarIndicator   *leaf);
const char         *_exemplar_score_sheet_unit_code  (ExemplarScoreSheet  *self);
/* The current UTC time as stored in the file, e.g. 2024-04-20T08:15:00Z. */
char               *_exemplar_score_sheet_now        (void);
/* Stripped @text in @cleaned, NULL when empty; FALSE (INVALID_INPUT) when it
 * is not UTF-8 or longer than @max_chars. @what starts the message. */
gboolean            _exemplar_score_sheet_clean_text (const char          *text,
                                                      guint                max_chars,
                                                      const char          *what,
                                                      char               **cleaned,
                                                      GError             **error);
/* Refuses (READ_ONLY, LOCKED_BY_PHASE) unless the reviewer may change the
 * sheet now; a submitted sheet is sealed. */
gboolean            _exemplar_score_sheet_check_editable (ExemplarScoreSheet  *self,
                                                          GError             **error);

/* A write is: _begin_write (opens the transaction, creates the row when
 * needed, refuses a row the file holds sealed unless @sealed_ok — only a
 * reopen writes to a sealed sheet — returns its id or 0 after rolling
 * back), the caller's statements,
 * _commit_write (stamps the row, audits when @action is set, commits; rolls
 * back on failure), the caller's in-memory update, then _written. */
gint64              _exemplar_score_sheet_begin_write  (ExemplarScoreSheet  *self,
                                                        gboolean             sealed_ok,
                                                        GError             **error);
gboolean            _exemplar_score_sheet_commit_write (ExemplarScoreSheet  *self,
                                                        gint64               sheet_id,
                                                        const char          *action,
                                                        const char          *detail,
                                                        GError             **error);
void                _exemplar_score_sheet_written      (ExemplarScoreSheet  *self,
                                                        gint64               sheet_id,
                                                        ExemplarSheetState   state);

G_END_DECLS
