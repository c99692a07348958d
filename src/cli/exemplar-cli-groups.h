/* exemplar-cli-groups.h
 *
 * Working groups and flag reviews from the command line: "exemplar-cli
 * group add|list|rename|remove|member add|member remove" and "flag
 * review|clear". The rules (unique names, phase locks, notes required)
 * are the model's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exemplar-cli-common.h"

G_BEGIN_DECLS

int exemplar_cli_group (const ExemplarCliCommand  *command,
                        int                        argc,
                        char                     **argv);
int exemplar_cli_flag  (const ExemplarCliCommand  *command,
                        int                        argc,
                        char                     **argv);

G_END_DECLS
