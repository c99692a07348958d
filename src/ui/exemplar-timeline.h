/* exemplar-timeline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_TIMELINE (exemplar_timeline_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarTimeline, exemplar_timeline, EXEMPLAR, TIMELINE, GtkWidget)

GtkWidget        *exemplar_timeline_new          (void);
ExemplarCampaign *exemplar_timeline_get_campaign (ExemplarTimeline *self);
void              exemplar_timeline_set_campaign (ExemplarTimeline *self,
                                                  ExemplarCampaign *campaign);
/* The date the deadlines are measured against, as YYYY-MM-DD; NULL (the
 * default) means the current local date. */
const char       *exemplar_timeline_get_today    (ExemplarTimeline *self);
void              exemplar_timeline_set_today    (ExemplarTimeline *self,
                                                  const char       *today);

G_END_DECLS
