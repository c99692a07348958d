/* exemplar-declarations-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-declaration-page.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_DECLARATIONS_PAGE (exemplar_declarations_page_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDeclarationsPage, exemplar_declarations_page, EXEMPLAR, DECLARATIONS_PAGE, AdwBin)

GtkWidget               *exemplar_declarations_page_new                  (void);
ExemplarCampaign        *exemplar_declarations_page_get_campaign         (ExemplarDeclarationsPage *self);
void                     exemplar_declarations_page_set_campaign         (ExemplarDeclarationsPage *self,
                                                                          ExemplarCampaign         *campaign);
ExemplarDeclarationPage *exemplar_declarations_page_get_declaration_page (ExemplarDeclarationsPage *self);
void                     exemplar_declarations_page_open                 (ExemplarDeclarationsPage *self,
                                                                          ExemplarDeclaration      *declaration);
void                     exemplar_declarations_page_search               (ExemplarDeclarationsPage *self,
                                                                          const char               *text);
gboolean                 exemplar_declarations_page_get_searching        (ExemplarDeclarationsPage *self);
void                     exemplar_declarations_page_focus_search         (ExemplarDeclarationsPage *self);

G_END_DECLS
