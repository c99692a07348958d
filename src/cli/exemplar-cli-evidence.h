/* exemplar-cli-evidence.h
 *
 * "exemplar-cli evidence add|list|get" and "exemplar-cli search": evidence
 * files into and out of a campaign, and the search through their text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"

G_BEGIN_DECLS

/* Handlers for exemplar-cli's dispatch table. For "evidence", @argv[1] is
 * the subcommand. Each returns the exit status. */
int exemplar_cli_evidence (const ExemplarCliCommand  *command,
                           int                        argc,
                           char                     **argv);
int exemplar_cli_search   (const ExemplarCliCommand  *command,
                           int                        argc,
                           char                     **argv);

G_END_DECLS
