/* exemplar-search.h
 *
 * Full-text search over the text of every evidence PDF page in a campaign
 * (FTS5, trigram tokenizer, so Chinese needs no word segmentation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef struct
{
  char   *unit_code;
  char   *unit_name;
  char   *indicator_code;   /* NULL for evidence of the whole application */
  gint64  evidence_id;
  char   *sha256;
  char   *title;
  guint   page;             /* 1-based */
  char   *snippet;          /* plain text around the hit, the hit between \x02 and \x03 */
} ExemplarSearchHit;

void       exemplar_search_hit_free (ExemplarSearchHit *hit);

/* Finds @query (any length, Chinese or English, case-insensitive for ASCII)
 * across all applications; at most @limit hits, by unit order, file, page.
 * Returns a GPtrArray of ExemplarSearchHit, empty when nothing matches. */
GPtrArray *exemplar_campaign_search (ExemplarCampaign  *campaign,
                                     const char        *query,
                                     guint              limit,
                                     GError           **error);

/* The same search on a worker thread with a connection of its own, so a
 * search that must read every page (a word of one or two characters)
 * leaves the window free. Cancelling @cancellable stops it. */
void       exemplar_campaign_search_async  (ExemplarCampaign    *campaign,
                                            const char          *query,
                                            guint                limit,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray *exemplar_campaign_search_finish (ExemplarCampaign    *campaign,
                                            GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
