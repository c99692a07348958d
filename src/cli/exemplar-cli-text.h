/* exemplar-cli-text.h
 *
 * The readable (non-JSON) output of exemplar-cli, for people at a terminal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-types.h"

G_BEGIN_DECLS

/* Long text is wrapped to fit an 80-column terminal. */
#define EXEMPLAR_CLI_TEXT_WIDTH 79

void  exemplar_cli_text_info   (GString          *out,
                                ExemplarCampaign *campaign);
void  exemplar_cli_text_rubric (GString          *out,
                                ExemplarCampaign *campaign);
char *exemplar_cli_text_wrap   (const char       *text,
                                guint             width);
/* Appends @add_item's text for each of @items to @out, or @empty on a
 * line of its own when there are none. */
typedef void (*ExemplarCliTextItemFunc) (GString  *out,
                                         gpointer  item);
void  exemplar_cli_text_add_each (GString                 *out,
                                  GListModel              *items,
                                  const char              *empty,
                                  ExemplarCliTextItemFunc  add_item);
/* Appends a copy of each string, up to NULL, to @cells: a table's header
 * or a row. */
void  exemplar_cli_text_add_cells (GPtrArray     *cells,
                                   ...) G_GNUC_NULL_TERMINATED;
/* Appends @assignment's Scope cell (its branch's code, or "all") and
 * Sheet cell (its state and items scored of items assigned) to @cells. */
void  exemplar_cli_text_add_assignment_cells (GPtrArray          *cells,
                                              ExemplarAssignment *assignment);
/* Writes @cells (strings, @n_columns per row; NULL reads as "") as rows
 * after @indent, each column as wide as its widest cell on a terminal, so
 * Chinese lines up too. Columns whose bit is set in @right_aligned are
 * aligned on the right, as numbers are. */
void  exemplar_cli_text_table  (GString          *out,
                                const char       *indent,
                                GPtrArray        *cells,
                                guint             n_columns,
                                guint             right_aligned);

G_END_DECLS
