/* exemplar-ranking-row.h
 *
 * One row of the Results page's ranking: a place in the list whose
 * standing changes when the results are recomputed or re-sorted. The row
 * objects stay, so GTK keeps their widgets and only refills the cells of
 * the rows that now read differently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RANKING_ROW (exemplar_ranking_row_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarRankingRow, exemplar_ranking_row, EXEMPLAR, RANKING_ROW, GObject)

ExemplarRankingRow *exemplar_ranking_row_new          (void);
ExemplarStanding   *exemplar_ranking_row_get_standing (ExemplarRankingRow *self);
/* Shows @standing. "standing" is notified only when the row would read
 * differently: another unit, or other figures (@branches are the
 * subtotals' columns). */
void                exemplar_ranking_row_set_standing (ExemplarRankingRow *self,
                                                       ExemplarStanding   *standing,
                                                       GPtrArray          *branches);

G_END_DECLS
