/* exemplar-declaration-private.h
 *
 * What the campaign and the evidence import need of a declaration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-declaration.h"

G_BEGIN_DECLS

/* Called once by the campaign after loading: the declaration keeps @campaign
 * weakly and reads its fields, self-scores and evidence from the database. */
gboolean _exemplar_declaration_attach   (ExemplarDeclaration  *self,
                                         ExemplarCampaign     *campaign,
                                         GError              **error);
/* Appends evidence stored by an import (on the main context). */
void     _exemplar_declaration_add_evidence (ExemplarDeclaration *self,
                                             ExemplarEvidence    *evidence);
/* Refuses unless the applicant may change the application now; sets
 * EXEMPLAR_ERROR_LOCKED_BY_PHASE (or READ_ONLY) with the reason. */
gboolean _exemplar_declaration_check_editable (ExemplarDeclaration  *self,
                                               GError              **error);

G_END_DECLS
