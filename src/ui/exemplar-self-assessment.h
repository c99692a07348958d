/* exemplar-self-assessment.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-evidence-attach.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_SELF_ASSESSMENT (exemplar_self_assessment_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarSelfAssessment, exemplar_self_assessment, EXEMPLAR, SELF_ASSESSMENT, AdwBin)

GtkWidget           *exemplar_self_assessment_new             (void);
ExemplarDeclaration *exemplar_self_assessment_get_declaration (ExemplarSelfAssessment *self);
void                 exemplar_self_assessment_set_declaration (ExemplarSelfAssessment *self,
                                                               ExemplarDeclaration    *declaration);
void                 exemplar_self_assessment_set_attach      (ExemplarSelfAssessment *self,
                                                               ExemplarEvidenceAttach *attach);
gboolean             exemplar_self_assessment_get_editable    (ExemplarSelfAssessment *self);
void                 exemplar_self_assessment_set_editable    (ExemplarSelfAssessment *self,
                                                               gboolean                editable);
void                 exemplar_self_assessment_flush           (ExemplarSelfAssessment *self);
gboolean             exemplar_self_assessment_focus_leaf      (ExemplarSelfAssessment *self,
                                                               ExemplarIndicator      *leaf);

G_END_DECLS
