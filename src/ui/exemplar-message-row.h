/* exemplar-message-row.h
 *
 * The row under a form field that says what is wrong with it: an error
 * icon and a label, hidden until there is something to say. Shared by
 * the application form and the notice editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A new, hidden, unfocusable list row holding @label (which the caller
 * owns the text of) after an error icon. */
GtkWidget *exemplar_message_row_new (GtkLabel *label);

G_END_DECLS
