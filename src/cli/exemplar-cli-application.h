/* exemplar-cli-application.h
 *
 * "exemplar-cli application SUBCOMMAND": one unit's application form,
 * self-assessment and submission, and the office's return and withdrawal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

/* A handler for exemplar-cli's dispatch table: @argv[0] is "application",
 * @argv[1] the subcommand. Returns the exit status. */
int   exemplar_cli_application      (const ExemplarCliCommand  *command,
                                     int                        argc,
                                     char                     **argv);

/* exemplar-cli-application-show.c: the output of "application show". */
char *exemplar_cli_application_json (ExemplarCampaign          *campaign,
                                     ExemplarDeclaration       *declaration);
void  exemplar_cli_application_text (GString                   *out,
                                     ExemplarCampaign          *campaign,
                                     ExemplarDeclaration       *declaration);

G_END_DECLS
