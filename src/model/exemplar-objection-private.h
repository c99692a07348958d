/* exemplar-objection-private.h
 *
 * What the publicity needs of an objection beyond
 * _exemplar_objection_new_from_row() and _exemplar_objection_add_attachment()
 * (declared in exemplar-publicity-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-publicity-private.h"

G_BEGIN_DECLS

/* Takes the state that changes after recording (outcome, reply, resolution
 * date, attachments) from @fresh, the same objection loaded again, and
 * notifies what changed. */
void _exemplar_objection_refresh (ExemplarObjection *self,
                                  ExemplarObjection *fresh);

G_END_DECLS
