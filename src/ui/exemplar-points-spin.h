/* exemplar-points-spin.h
 *
 * What the spin buttons that take points (self-scores, reviewers' scores)
 * share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For GtkSpinButton::output: shows the value with one decimal in the same
 * text in every locale, so exemplar_points_parse() reads it back; or no
 * number when @unscored and the value is 0, rather than a 0 nobody gave.
 * Returns TRUE (the text was set). */
gboolean exemplar_points_spin_show (GtkSpinButton *spin,
                                    gboolean       unscored);

G_END_DECLS
