/* exemplar-demo.h
 *
 * The sample campaign a newcomer opens: the built-in template with filled
 * applications, self-scores and evidence PDFs drawn here with cairo and
 * pango, all generated from a seed so the same seed gives the same data.
 * Every name, number and text in it is made up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-types.h"

G_BEGIN_DECLS

/* Creates @path (refusing an existing file) from @template_id and fills it.
 * The title is marked as sample data. On failure nothing is left at @path. */
ExemplarCampaign *exemplar_campaign_new_demo (const char  *path,
                                              const char  *template_id,
                                              guint32      seed,
                                              GError     **error);

G_END_DECLS
