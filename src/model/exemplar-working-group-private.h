/* exemplar-working-group-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-working-group.h"

G_BEGIN_DECLS

ExemplarWorkingGroup *_exemplar_working_group_new           (gint64                id,
                                                             const char           *name,
                                                             ExemplarRound        *round);
void                  _exemplar_working_group_set_name      (ExemplarWorkingGroup *self,
                                                             const char           *name);
/* Keeps the members in id order; adding a member twice does nothing. */
void                  _exemplar_working_group_add_member    (ExemplarWorkingGroup *self,
                                                             ExemplarReviewer     *reviewer);
gboolean              _exemplar_working_group_remove_member (ExemplarWorkingGroup *self,
                                                             ExemplarReviewer     *reviewer);

G_END_DECLS
