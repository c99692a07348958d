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

void exemplar_cli_text_info   (GString          *out,
                               ExemplarCampaign *campaign);
void exemplar_cli_text_rubric (GString          *out,
                               ExemplarCampaign *campaign);
char *exemplar_cli_text_wrap  (const char       *text,
                               guint             width);

G_END_DECLS
