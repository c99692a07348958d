/* exemplar-rubric-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-rubric.h"

G_BEGIN_DECLS

/* Loads the rubric stored in @db and validates it. @campaign (weak, may be
 * NULL) decides whether the rubric may be edited. */
ExemplarRubric *_exemplar_rubric_new (ExemplarDatabase  *db,
                                      ExemplarCampaign  *campaign,
                                      GError           **error);

G_END_DECLS
