/* exemplar-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-application.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_WINDOW (exemplar_window_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarWindow, exemplar_window, EXEMPLAR, WINDOW, AdwApplicationWindow)

ExemplarWindow   *exemplar_window_new          (ExemplarApplication *application);
void              exemplar_window_open_file    (ExemplarWindow      *self,
                                                GFile               *file);
ExemplarCampaign *exemplar_window_get_campaign (ExemplarWindow      *self);
void              exemplar_window_set_campaign (ExemplarWindow      *self,
                                                ExemplarCampaign    *campaign);
gboolean          exemplar_window_save_copy    (ExemplarWindow      *self,
                                                GFile               *file);
/* Presents a modal message: @heading says what happened, @body what to do. */
void              exemplar_window_show_error   (ExemplarWindow      *self,
                                                const char          *heading,
                                                const char          *body);
/* Shows @title, plain text (not markup), in a toast. */
void              exemplar_window_add_toast    (ExemplarWindow      *self,
                                                const char          *title);

G_END_DECLS
