/* exemplar-document-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-document-export.h"
#include "exemplar-window.h"

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
is_html_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm");
}

static void
on_response_cb (GtkNativeDialog *native,
                int              response,
                GtkWidget       *widget)
{
  ExemplarDocument *document = g_object_get_data (G_OBJECT (native), "exemplar-document");
  const char *suffix = g_object_get_data (G_OBJECT (native), "exemplar-suffix");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))))
    {
      if (!(path = g_file_get_path (file)))
        {
          exemplar_document_export_show_error (widget, _("Could Not Export the Document"),
                                               _("Only files on this computer can be written. Choose a local folder."));
        }
      else
        {
          /* The chosen kind when the name has none of its own. */
          if (!g_str_has_suffix (path, suffix) && !is_html_path (path) &&
              !g_str_has_suffix (path, ".pdf"))
            {
              char *with_suffix = g_strconcat (path, suffix, NULL);

              g_free (path);
              path = with_suffix;
            }

          exemplar_document_export_to_path (widget, document, path);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
exemplar_document_export_choose (GtkWidget              *widget,
                                 ExemplarDocument       *document,
                                 ExemplarDocumentFormat  format,
                                 const char             *title,
                                 const char             *default_name,
                                 ExemplarCampaign       *campaign)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  gboolean html = format == EXEMPLAR_DOCUMENT_FORMAT_HTML;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (EXEMPLAR_IS_DOCUMENT (document));
  g_return_if_fail (default_name != NULL);

  native = gtk_file_chooser_native_new (title,
                                        get_window (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (html)
    {
      gtk_file_filter_set_name (filter, _("Web page (.html)"));
      gtk_file_filter_add_mime_type (filter, "text/html");
      gtk_file_filter_add_suffix (filter, "html");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF document (.pdf)"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), default_name);

  if (campaign != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (exemplar_campaign_get_path (campaign));
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  /* The document as it was when the user asked, whatever changes meanwhile. */
  g_object_set_data_full (G_OBJECT (native), "exemplar-document",
                          g_object_ref (document), g_object_unref);
  g_object_set_data (G_OBJECT (native), "exemplar-suffix", (gpointer) (html ? ".html" : ".pdf"));
  g_signal_connect_object (native, "response", G_CALLBACK (on_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

gboolean
exemplar_document_export_to_path (GtkWidget        *widget,
                                  ExemplarDocument *document,
                                  const char       *path)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (is_html_path (path))
    ok = exemplar_document_write_html (document, path, &error);
  else
    ok = exemplar_document_write_pdf (document, path, &error);

  if (!ok)
    {
      /* Translators: %s is the reason, as the model reported it. */
      g_autofree char *body = g_strdup_printf (_("%s\n\nChoose another folder or name, and check that there is enough free space."),
                                               error->message);

      exemplar_document_export_show_error (widget, _("Could Not Export the Document"), body);
      return FALSE;
    }

  window = get_window (widget);
  if (EXEMPLAR_IS_WINDOW (window))
    {
      /* Translators: a toast; %s is the full path of the file written. */
      g_autofree char *text = g_strdup_printf (_("Exported to “%s”"), path);

      exemplar_window_add_toast (EXEMPLAR_WINDOW (window), text);
    }

  return TRUE;
}

void
exemplar_document_export_show_error (GtkWidget  *widget,
                                     const char *heading,
                                     const char *body)
{
  GtkWindow *window = get_window (widget);
  GtkWidget *dialog;

  if (EXEMPLAR_IS_WINDOW (window))
    {
      exemplar_window_show_error (EXEMPLAR_WINDOW (window), heading, body);
      return;
    }

  dialog = adw_message_dialog_new (window, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
