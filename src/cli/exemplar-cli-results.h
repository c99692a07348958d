/* exemplar-cli-results.h
 *
 * "exemplar-cli results" (the ranking, exactly as the model computes it)
 * and "exemplar-cli export scores|sheet|assignments" (the tables and PDFs
 * of the evaluation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"

G_BEGIN_DECLS

/* Handlers for exemplar-cli's dispatch table. */
int exemplar_cli_results (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv);
int exemplar_cli_export  (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv);

G_END_DECLS
