/* exemplar-evidence-attach.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_EVIDENCE_ATTACH (exemplar_evidence_attach_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvidenceAttach, exemplar_evidence_attach, EXEMPLAR, EVIDENCE_ATTACH, AdwBin)

GtkWidget           *exemplar_evidence_attach_new             (void);
ExemplarDeclaration *exemplar_evidence_attach_get_declaration (ExemplarEvidenceAttach *self);
void                 exemplar_evidence_attach_set_declaration (ExemplarEvidenceAttach *self,
                                                               ExemplarDeclaration    *declaration);
gboolean             exemplar_evidence_attach_get_busy        (ExemplarEvidenceAttach *self);
void                 exemplar_evidence_attach_choose          (ExemplarEvidenceAttach *self,
                                                               ExemplarIndicator      *leaf,
                                                               const char             *purpose);
void                 exemplar_evidence_attach_import          (ExemplarEvidenceAttach *self,
                                                               ExemplarIndicator      *leaf,
                                                               const char             *purpose,
                                                               GFile                 **files,
                                                               guint                   n_files);
void                 exemplar_evidence_attach_cancel          (ExemplarEvidenceAttach *self);
void                 exemplar_evidence_attach_add_drop_target (ExemplarEvidenceAttach *self,
                                                               GtkWidget              *widget,
                                                               ExemplarIndicator      *leaf,
                                                               const char             *purpose);

G_END_DECLS
