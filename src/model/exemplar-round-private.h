/* exemplar-round-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-round.h"

G_BEGIN_DECLS

ExemplarRound *_exemplar_round_new (gint64          id,
                                    const char     *name,
                                    ExemplarMethod  method,
                                    guint           weight);

G_END_DECLS
