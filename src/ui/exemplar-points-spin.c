/* exemplar-points-spin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-points-spin.h"

static void
set_text (GtkSpinButton *spin,
          const char    *text)
{
  /* Only a real change, so the cursor does not jump while typing. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
}

gboolean
exemplar_points_spin_show (GtkSpinButton *spin,
                           gboolean       unscored)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), FALSE);

  if (unscored && value == 0.0)
    {
      set_text (spin, "");
      return TRUE;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  set_text (spin, buffer);
  return TRUE;
}
