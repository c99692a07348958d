/* exemplar-evidence-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "exemplar-evidence.h"

G_BEGIN_DECLS

/* The columns _exemplar_evidence_new_from_row() reads, in order, from
 * "FROM evidence e JOIN blob b ON b.sha256 = e.sha256
 *  LEFT JOIN indicator i ON i.id = e.indicator_id". */
#define EXEMPLAR_EVIDENCE_COLUMNS \
  "e.id, e.application_id, i.code, e.sha256, e.title, e.original_name, b.media_type, " \
  "e.purpose, e.pages, b.size"

ExemplarEvidence *_exemplar_evidence_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
