/* exemplar-review-package.h
 *
 * Review packages (.exemplar-review): what the office hands one reviewer
 * so that they score at their own desktop. A package is a campaign file of
 * its own kind (PRAGMA application_id EXEMPLAR_PACKAGE_APPLICATION_ID, the
 * same schema), opened with exemplar_campaign_open() like a master file, so
 * the same model code scores in both.
 *
 * It holds the campaign's identity (the campaign row, its milestones), the
 * rubric, the one reviewer (with their secret), that reviewer's
 * assignments and rounds, the assigned applications (their units, forms,
 * self-scores, evidence with its bytes and text index) and that reviewer's
 * own sheets, if any; and nothing else: no other unit's application or
 * evidence, no other reviewer, no score of anyone else, no conflicts,
 * draws, working groups, publicity or audit history. The rows are copied by
 * a whitelist, never by deleting from a copy, so nothing removed can linger
 * in free pages.
 *
 * The per-reviewer secret (32 random bytes, reviewer.secret) is made on the
 * first export and kept in the master file; score sheet files are
 * authenticated with it (exemplar-sheet-file.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_REVIEW_PACKAGE_SUFFIX ".exemplar-review"

/* Writes @reviewer's package from @campaign, the office's master file, to
 * @path: to a temporary file beside it, renamed into place only when
 * complete (so a failure or a cancel leaves nothing behind). Refuses
 * - a package campaign (NOT_PERMITTED: only the office's file issues them),
 * - a read-only campaign (READ_ONLY),
 * - phases other than declaration and evaluation (LOCKED_BY_PHASE),
 * - a reviewer with no assignments (INVALID_INPUT, naming the reviewer),
 * - an existing @path (EXISTS).
 * Records the package (review_package: uuid, reviewer, time, number of
 * assignments) and the audit row "package.export" in the master file.
 * The sync call may run on any thread: it uses its own connections. */
gboolean exemplar_review_package_export        (ExemplarCampaign     *campaign,
                                                ExemplarReviewer     *reviewer,
                                                const char           *path,
                                                GCancellable         *cancellable,
                                                GError              **error);
void     exemplar_review_package_export_async  (ExemplarCampaign     *campaign,
                                                ExemplarReviewer     *reviewer,
                                                const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean exemplar_review_package_export_finish (ExemplarCampaign     *campaign,
                                                GAsyncResult         *result,
                                                GError              **error);

/* A file name for @reviewer's package: "<campaign title>-<reviewer name>.exemplar-review",
 * with characters unsafe in file names replaced. */
char    *exemplar_review_package_dup_basename  (ExemplarCampaign     *campaign,
                                                ExemplarReviewer     *reviewer);

/* In a package: its uuid (review_package.uuid), else NULL. */
const char *exemplar_review_package_get_uuid   (ExemplarCampaign     *package);

G_END_DECLS
