/* exemplar-notice-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_NOTICE_VIEW (exemplar_notice_view_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarNoticeView, exemplar_notice_view, EXEMPLAR, NOTICE_VIEW, GtkWidget)

GtkWidget *exemplar_notice_view_new          (void);
void       exemplar_notice_view_set_campaign (ExemplarNoticeView *self,
                                              ExemplarCampaign   *campaign);
/* Writes the notice shown to @path (HTML when it ends in .html, otherwise
 * PDF) as the export dialog does once a file is chosen. */
gboolean   exemplar_notice_view_export       (ExemplarNoticeView *self,
                                              const char         *path);

G_END_DECLS
