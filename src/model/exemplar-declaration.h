/* exemplar-declaration.h
 *
 * One applicant unit's application (申报) in a campaign.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-phase.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DECLARATION (exemplar_declaration_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDeclaration, exemplar_declaration, EXEMPLAR, DECLARATION, GObject)

ExemplarDeclaration *exemplar_declaration_new       (gint64               id,
                                                     ExemplarUnit        *unit,
                                                     ExemplarState        state);
gint64               exemplar_declaration_get_id    (ExemplarDeclaration *self);
ExemplarUnit        *exemplar_declaration_get_unit  (ExemplarDeclaration *self);
ExemplarState        exemplar_declaration_get_state (ExemplarDeclaration *self);
void                 exemplar_declaration_set_state (ExemplarDeclaration *self,
                                                     ExemplarState        state);

G_END_DECLS
