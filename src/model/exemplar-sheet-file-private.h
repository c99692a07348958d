/* exemplar-sheet-file-private.h
 *
 * Internal to exemplar-sheet-file*.c and the evaluation's conflicts: the
 * file is split over exemplar-sheet-file.c (writing a file from a review
 * package), exemplar-sheet-file-import.c (verifying and importing one into
 * the office's file) and exemplar-sheet-file-entry.c (one sheet as a file
 * carries it: to JSON, from JSON, checked, stored).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "exemplar-score-sheet-private.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_SHEET_FILE_FORMAT "exemplar-sheet"
#define EXEMPLAR_SHEET_FILE_VERSION 1

/* One sheet as a score sheet file carries it (a member of the payload's
 * "sheets"), and as sheet_conflict.incoming keeps it:
 *   { "assignment": 12, "unit": "0101", "round": 3 or null,
 *     "submitted-at": "…", "seal": "<hex>", "comment": "…" or null,
 *     "items": [ { "code": "1.1.1", "points": 150, "reason": "…" or null } ] } */
typedef struct
{
  gint64              assignment_id;
  char               *unit_code;
  gint64              round_id;      /* 0 when the campaign has no rounds */
  char               *submitted_at;
  char               *seal;
  char               *comment;
  GPtrArray          *codes;         /* char *, item order */
  GArray             *points;        /* gint64, hundredths */
  GPtrArray          *reasons;       /* char * or NULL */
  JsonNode           *node;          /* the object as read */

  /* Set by _exemplar_sheet_file_entry_check(). */
  ExemplarAssignment *assignment;
  GHashTable         *scores;        /* indicator id (gint64 *) → ExemplarSheetScore */
  gint64              total;
} ExemplarSheetFileEntry;

/* A member of @object that is an integer, or a string (else NULL). */
gboolean                _exemplar_sheet_file_get_int     (JsonObject             *object,
                                                          const char             *member,
                                                          gint64                 *value);
const char             *_exemplar_sheet_file_get_string  (JsonObject             *object,
                                                          const char             *member);

/* A submitted @sheet as a JSON object, added to @builder as its next value. */
void                    _exemplar_sheet_file_entry_build (JsonBuilder            *builder,
                                                          ExemplarScoreSheet     *sheet);
/* The entry @node holds, or NULL when it is not one (a damaged file). */
ExemplarSheetFileEntry *_exemplar_sheet_file_entry_parse (JsonNode               *node);
void                    _exemplar_sheet_file_entry_free  (ExemplarSheetFileEntry *entry);
/* The entry's JSON text, as sheet_conflict.incoming keeps it. */
char                   *_exemplar_sheet_file_entry_dup_json (ExemplarSheetFileEntry *entry);
/* Checks @entry against @evaluation: an assignment of @reviewer (id, unit
 * and round agree), every assigned leaf once with points in bounds and a
 * reason for a deduction, nothing else, and a seal that matches the
 * content; sets its assignment, scores and total. INVALID_INPUT (or
 * NOT_PERMITTED for a seal that does not match), a message that names the
 * sheet ("The sheet for 新华路街道 …"). */
gboolean                _exemplar_sheet_file_entry_check (ExemplarSheetFileEntry *entry,
                                                          ExemplarEvaluation     *evaluation,
                                                          ExemplarReviewer       *reviewer,
                                                          GError                **error);
/* Inside an open write: the checked @entry becomes the stored sheet of its
 * assignment, its points, reasons and comment, sealed as the reviewer
 * sealed it. Rolls back on failure. */
gboolean                _exemplar_sheet_file_entry_store (ExemplarSheetFileEntry *entry,
                                                          ExemplarEvaluation     *evaluation,
                                                          GError                **error);
/* "新华路街道 (书面调阅)": the unit's name and, when there are rounds, the round's. */
char                   *_exemplar_sheet_file_dup_assignment_label (ExemplarAssignment *assignment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarSheetFileEntry, _exemplar_sheet_file_entry_free)

G_END_DECLS
