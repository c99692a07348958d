/* exemplar-objection-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_OBJECTION_DIALOG (exemplar_objection_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarObjectionDialog, exemplar_objection_dialog, EXEMPLAR, OBJECTION_DIALOG, AdwWindow)

ExemplarObjectionDialog *exemplar_objection_dialog_new       (GtkWindow               *parent,
                                                              ExemplarCampaign        *campaign);
/* Adds a file to attach when saving, as Add Files… does once chosen. */
void                     exemplar_objection_dialog_add_file  (ExemplarObjectionDialog *self,
                                                              GFile                   *file);
/* Records the form as Save does; FALSE (the form then shows why) when the
 * form or the model refused it. */
gboolean                 exemplar_objection_dialog_save      (ExemplarObjectionDialog *self);

G_END_DECLS
