/* exemplar-sheet-file.h
 *
 * Score sheet files (.exemplar-sheet): what a reviewer sends back from a
 * review package. A JSON document (json-glib):
 *
 *   { "format": "exemplar-sheet", "version": 1,
 *     "payload": "<the payload, JSON text>",
 *     "hmac-sha256": "<hex HMAC-SHA256 of the payload's UTF-8 bytes>" }
 *
 * The payload names the campaign (uuid), the package (uuid), the reviewer
 * (id and name), the file's sequence number in its package (1, 2, … one
 * more on every export), the time, and the submitted sheets: assignment id,
 * unit code, round id, submitted_at, seal, comment, and per item the
 * rubric code, points (hundredths), reason. The MAC (GLib's GHmac) is keyed
 * with the reviewer's secret, which only the package and the master file
 * hold. Drafts never leave the package.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-sheet-import.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_SHEET_FILE_SUFFIX ".exemplar-sheet"

/* From @package (a campaign opened from a review package), writes its
 * submitted sheets to @path (atomically), increments the package's
 * sheet_sequence and audits "sheet.export". @n_sheets gets the number
 * written, @n_drafts the number of sheets left out because they are not
 * submitted. Refuses a master file (NOT_PERMITTED), a package with no
 * submitted sheet (INVALID_INPUT: "Submit at least one sheet first") and
 * an existing @path (EXISTS). */
gboolean             exemplar_sheet_file_write  (ExemplarCampaign  *package,
                                                 const char        *path,
                                                 guint             *n_sheets,
                                                 guint             *n_drafts,
                                                 GError           **error);

/* Verifies the file at @path and applies it to @campaign, the office's
 * master file, in one transaction. Checks, in order, each refusal naming
 * the check that failed and changing nothing:
 * - it is a score sheet file, whole (not truncated, valid JSON, the right
 *   format and a version this program reads)           CORRUPT / NEWER_VERSION
 * - the campaign is this one                            NOT_PERMITTED
 * - the reviewer is known here and was issued the package NOT_FOUND
 * - the authentication code matches (tampered or forged) NOT_PERMITTED
 * - it is not older than a file of the same package already imported
 *   (a replay)                                          NOT_PERMITTED
 * - every sheet belongs to an assignment of that reviewer (id, unit and
 *   round agree) and its items and points are valid    INVALID_INPUT
 * - the phase allows scores (declaration or evaluation) LOCKED_BY_PHASE
 * The same file imported again changes nothing and says so
 * (exemplar_sheet_import_get_already_imported()). A sheet the office holds
 * sealed with different content is a conflict: stored in sheet_conflict,
 * reported, not applied. Sheets not yet sealed in the office are written
 * and sealed as the reviewer sealed them; the applications' states follow.
 * The import (sheet_import row) and the audit row "sheet.import" land in
 * the same transaction. */
ExemplarSheetImport *exemplar_sheet_file_import (ExemplarCampaign  *campaign,
                                                 const char        *path,
                                                 GError           **error);

G_END_DECLS
