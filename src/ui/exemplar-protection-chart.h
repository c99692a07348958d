/* exemplar-protection-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_PROTECTION_CHART (exemplar_protection_chart_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarProtectionChart, exemplar_protection_chart, EXEMPLAR, PROTECTION_CHART, GtkWidget)

GtkWidget *exemplar_protection_chart_new          (void);
/* Shows @standing's protections against the field's mean in @results;
 * NULL for either clears the chart. */
void       exemplar_protection_chart_set_standing (ExemplarProtectionChart *self,
                                                   ExemplarResults         *results,
                                                   ExemplarStanding        *standing);
/* The number of axes drawn (0 when empty). */
guint      exemplar_protection_chart_get_n_axes   (ExemplarProtectionChart *self);

G_END_DECLS
