/* exemplar-cli-evaluation.h
 *
 * The evaluation from the command line: "exemplar-cli reviewer add|list",
 * "assign", "assignments", "score set|comment|submit|reopen|show",
 * "policy set|show" and "veto". Every rule (conflicts of interest, bounds,
 * locks) is the model's; these files only turn arguments into calls and
 * results into text or JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

/* Handlers for exemplar-cli's dispatch table. */
int                 exemplar_cli_reviewer      (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);
int                 exemplar_cli_assign        (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);
int                 exemplar_cli_assignments   (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);
/* exemplar-cli-evaluation-policy.c */
int                 exemplar_cli_policy        (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);
int                 exemplar_cli_veto          (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);
/* exemplar-cli-evaluation-score.c */
int                 exemplar_cli_score         (const ExemplarCliCommand  *command,
                                                int                        argc,
                                                char                     **argv);

G_END_DECLS
