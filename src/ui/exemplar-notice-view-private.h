/* exemplar-notice-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-campaign.h"
#include "exemplar-document-view.h"
#include "exemplar-notice-view.h"
#include "exemplar-publicity.h"

G_BEGIN_DECLS

struct _ExemplarNoticeView
{
  GtkWidget             parent_instance;

  /* Owned references */
  ExemplarCampaign     *campaign;
  ExemplarPublicity    *publicity;
  GPtrArray            *fields;

  guint                 save_source;
  guint                 rebuild_source;
  guint                 loading_period : 1;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  GtkRevealer          *over_revealer;
  GtkLabel             *over_label;
  GtkToggleButton      *preview_button;
  GtkWidget            *export_button;
  AdwLeaflet           *leaflet;
  GtkBox               *form_box;
  AdwPreferencesGroup  *period_group;
  AdwEntryRow          *start_row;
  GtkSpinButton        *days_spin;
  AdwActionRow         *end_row;
  GtkLabel             *end_label;
  AdwPreferencesGroup  *fields_group;
  GtkStack             *preview_stack;
  AdwStatusPage        *preview_status;
  ExemplarDocumentView *document_view;
};

gboolean _exemplar_notice_view_is_editable         (ExemplarNoticeView *self);
void     _exemplar_notice_view_set_error           (GtkWidget          *widget,
                                                    gboolean            error);

/* exemplar-notice-view-fields.c */
void     _exemplar_notice_view_build_fields        (ExemplarNoticeView *self);
void     _exemplar_notice_view_load_fields         (ExemplarNoticeView *self,
                                                    gboolean            all);
void     _exemplar_notice_view_flush_fields        (ExemplarNoticeView *self);
void     _exemplar_notice_view_set_fields_editable (ExemplarNoticeView *self,
                                                    gboolean            editable);

G_END_DECLS
