/* exemplar-indicator-private.h
 *
 * What the rubric needs to build and update its indicators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-indicator.h"

G_BEGIN_DECLS

ExemplarIndicator *_exemplar_indicator_new          (gint64                         id,
                                                     const ExemplarIndicatorFields *fields);
void               _exemplar_indicator_set_fields   (ExemplarIndicator             *self,
                                                     const ExemplarIndicatorFields *fields);
void               _exemplar_indicator_set_problem  (ExemplarIndicator             *self,
                                                     const char                    *problem);
void               _exemplar_indicator_set_children_sum (ExemplarIndicator         *self,
                                                     gint64                         sum);
GListStore        *_exemplar_indicator_get_store    (ExemplarIndicator             *self);
void               _exemplar_indicator_set_parent   (ExemplarIndicator             *self,
                                                     ExemplarIndicator             *parent);

G_END_DECLS
