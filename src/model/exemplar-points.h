/* exemplar-points.h
 *
 * Points are fixed-point integers in hundredths of a point, never floats, so
 * that totals, averages and ties are exact and reproducible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EXEMPLAR_POINTS_SCALE 100

char     *exemplar_points_format (gint64       hundredths);
gboolean  exemplar_points_parse  (const char  *text,
                                  gint64      *hundredths,
                                  GError     **error);

G_END_DECLS
