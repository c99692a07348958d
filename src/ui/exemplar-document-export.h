/* exemplar-document-export.h
 *
 * Saving a formal document (the publicity notice, the naming decision) as
 * the office asks for it: a save dialog with a suggested name beside the
 * campaign, the file written, and a toast naming it or a message saying
 * why it could not be. Shared by the Notice and Naming views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "exemplar-document.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_DOCUMENT_FORMAT_PDF,
  EXEMPLAR_DOCUMENT_FORMAT_HTML,
} ExemplarDocumentFormat;

/* Runs the save dialog over @widget's window for @document; @title is the
 * dialog's title, @default_name the suggested file name, @campaign (nullable)
 * the campaign whose folder is offered. */
void     exemplar_document_export_choose  (GtkWidget              *widget,
                                           ExemplarDocument       *document,
                                           ExemplarDocumentFormat  format,
                                           const char             *title,
                                           const char             *default_name,
                                           ExemplarCampaign       *campaign);
/* Writes @document to @path (PDF unless it ends in .html or .htm) as the
 * dialog's answer does, then tells the user with a toast or a message. */
gboolean exemplar_document_export_to_path (GtkWidget              *widget,
                                           ExemplarDocument       *document,
                                           const char             *path);

/* Shows @heading and @body over @widget's window, as the window shows
 * errors when it is an ExemplarWindow; used for the views' other errors
 * too. */
void     exemplar_document_export_show_error (GtkWidget       *widget,
                                              const char      *heading,
                                              const char      *body);

G_END_DECLS
