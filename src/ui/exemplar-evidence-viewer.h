/* exemplar-evidence-viewer.h
 *
 * Reads one evidence file in place: a PDF's pages one under the other,
 * rendered on worker threads only when they come into view, or an image;
 * zoom, fit, thumbnails, a page indicator and find in the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_FIT_MODE_NONE,
  EXEMPLAR_FIT_MODE_WIDTH,
  EXEMPLAR_FIT_MODE_PAGE,
} ExemplarFitMode;

#define EXEMPLAR_TYPE_FIT_MODE (exemplar_fit_mode_get_type ())

GType exemplar_fit_mode_get_type (void) G_GNUC_CONST;

#define EXEMPLAR_TYPE_EVIDENCE_VIEWER (exemplar_evidence_viewer_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvidenceViewer, exemplar_evidence_viewer, EXEMPLAR, EVIDENCE_VIEWER, AdwBin)

ExemplarEvidenceViewer *exemplar_evidence_viewer_new           (void);
void                    exemplar_evidence_viewer_load_evidence (ExemplarEvidenceViewer *self,
                                                                ExemplarEvidence       *evidence,
                                                                const char             *campaign_path);
void                    exemplar_evidence_viewer_load_file     (ExemplarEvidenceViewer *self,
                                                                GFile                  *file);
guint                   exemplar_evidence_viewer_get_page      (ExemplarEvidenceViewer *self);
void                    exemplar_evidence_viewer_set_page      (ExemplarEvidenceViewer *self,
                                                                guint                   page);
guint                   exemplar_evidence_viewer_get_n_pages   (ExemplarEvidenceViewer *self);
double                  exemplar_evidence_viewer_get_zoom      (ExemplarEvidenceViewer *self);
void                    exemplar_evidence_viewer_set_zoom      (ExemplarEvidenceViewer *self,
                                                                double                  zoom);
ExemplarFitMode         exemplar_evidence_viewer_get_fit_mode  (ExemplarEvidenceViewer *self);
void                    exemplar_evidence_viewer_set_fit_mode  (ExemplarEvidenceViewer *self,
                                                                ExemplarFitMode         fit_mode);
gboolean                exemplar_evidence_viewer_get_loading   (ExemplarEvidenceViewer *self);
const char             *exemplar_evidence_viewer_get_error     (ExemplarEvidenceViewer *self);
void                    exemplar_evidence_viewer_find          (ExemplarEvidenceViewer *self,
                                                                const char             *text);

G_END_DECLS
