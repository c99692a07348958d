/* exemplar-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_WELCOME_PAGE (exemplar_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarWelcomePage, exemplar_welcome_page, EXEMPLAR, WELCOME_PAGE, AdwBin)

GtkWidget *exemplar_welcome_page_new (void);

G_END_DECLS
