/* exemplar-evidence-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_EVIDENCE_WINDOW (exemplar_evidence_window_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvidenceWindow, exemplar_evidence_window, EXEMPLAR, EVIDENCE_WINDOW, AdwWindow)

ExemplarEvidenceWindow *exemplar_evidence_window_new          (GtkWindow              *parent,
                                                               ExemplarEvidence       *evidence,
                                                               const char             *campaign_path);
ExemplarEvidenceWindow *exemplar_evidence_window_open         (GtkWidget              *from,
                                                               ExemplarEvidence       *evidence,
                                                               const char             *campaign_path);
ExemplarEvidence       *exemplar_evidence_window_get_evidence (ExemplarEvidenceWindow *self);
GtkWidget              *exemplar_evidence_window_get_viewer   (ExemplarEvidenceWindow *self);
void                    exemplar_evidence_window_show_page    (ExemplarEvidenceWindow *self,
                                                               guint                   page,
                                                               const char             *find_text);

G_END_DECLS
