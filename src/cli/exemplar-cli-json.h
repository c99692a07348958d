/* exemplar-cli-json.h
 *
 * The --json output of exemplar-cli. The keys are an interface that scripts
 * rely on: add keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-types.h"

G_BEGIN_DECLS

/* Each returns pretty-printed UTF-8 JSON ending in a newline. */
char *exemplar_cli_json_templates (void);
char *exemplar_cli_json_info      (ExemplarCampaign *campaign);
char *exemplar_cli_json_rubric    (ExemplarCampaign *campaign);

G_END_DECLS
