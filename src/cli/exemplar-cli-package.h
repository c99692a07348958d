/* exemplar-cli-package.h
 *
 * Scoring at a reviewer's own desktop from the command line: "exemplar-cli
 * package export|show" (the review package the office hands a reviewer)
 * and "sheet export|import|conflicts|resolve" (the signed score sheet file
 * that comes back, and the conflicts it may leave). The checks (the
 * authentication code, replays, phases, what a package may hold) are the
 * model's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"

G_BEGIN_DECLS

/* Handlers for exemplar-cli's dispatch table. */
int exemplar_cli_package (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv);
int exemplar_cli_sheet   (const ExemplarCliCommand  *command,
                          int                        argc,
                          char                     **argv);

G_END_DECLS
