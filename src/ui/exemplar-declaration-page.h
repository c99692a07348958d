/* exemplar-declaration-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-evidence-attach.h"
#include "exemplar-self-assessment.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DECLARATION_PAGE (exemplar_declaration_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDeclarationPage, exemplar_declaration_page, EXEMPLAR, DECLARATION_PAGE, AdwBin)

GtkWidget              *exemplar_declaration_page_new                 (void);
ExemplarDeclaration    *exemplar_declaration_page_get_declaration     (ExemplarDeclarationPage *self);
void                    exemplar_declaration_page_set_declaration     (ExemplarDeclarationPage *self,
                                                                       ExemplarDeclaration     *declaration);
void                    exemplar_declaration_page_flush               (ExemplarDeclarationPage *self);
void                    exemplar_declaration_page_show_view           (ExemplarDeclarationPage *self,
                                                                       const char              *name);
ExemplarEvidenceAttach *exemplar_declaration_page_get_attach          (ExemplarDeclarationPage *self);
ExemplarSelfAssessment *exemplar_declaration_page_get_self_assessment (ExemplarDeclarationPage *self);

G_END_DECLS
