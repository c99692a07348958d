/* exemplar-score-export-private.h
 *
 * Internal to exemplar-score-export*.c: the table exports live in
 * exemplar-score-export.c, the PDFs in exemplar-score-export-pdf.c; both
 * write beside the target and rename into place with the helpers in
 * exemplar-util-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-score-export.h"

G_BEGIN_DECLS

/* Hundredths with exactly two decimals, "7.50", "-1.25". */
char       *_exemplar_score_export_format_fixed (gint64       hundredths);
/* What a reviewer belongs to, for a table cell: the member or applicant
 * unit's name, or "Outside expert" (translated). */
const char *_exemplar_score_export_affiliation  (ExemplarReviewer *reviewer);

G_END_DECLS
