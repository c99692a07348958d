/* exemplar-evidence-limit-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-document-export.h"
#include "exemplar-evidence-limit-dialog.h"

#define MB (1024 * 1024)

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          user_data)
{
  ExemplarCampaign *campaign = g_object_get_data (G_OBJECT (dialog), "campaign");
  GtkSpinButton *spin = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "set"))
    return;

  gtk_spin_button_update (spin);
  if (exemplar_campaign_set_evidence_size_limit (campaign,
                                                 (gint64) gtk_spin_button_get_value_as_int (spin) * MB,
                                                 &error))
    return;

  /* Over the window: the question closes with this response. */
  exemplar_document_export_show_error (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (dialog))),
                                       _("Could Not Set the Limit"), error->message);
}

/* Enter in the number answers Set, as the default response would. GTK
 * 4.8's spin button has no activate signal of its own; its text field
 * does. Not activates-default: the default button would answer only after
 * its 250 ms pressed look. Destroyed, not closed: closing answers the close
 * response too. */
static void
on_spin_activate_cb (GtkText          *text,
                     AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "set");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
exemplar_evidence_limit_dialog_present (GtkWindow        *parent,
                                        ExemplarCampaign *campaign)
{
  AdwMessageDialog *dialog;
  GtkWidget *spin;
  GtkWidget *box;
  GtkWidget *unit;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Evidence Size Limit"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The largest file that can be attached as evidence, from %d to %d MB. "
                                    "A larger file is refused when it is attached; files attached before "
                                    "stay. The change is recorded in the audit log."),
                                  EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB, EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB);

  spin = gtk_spin_button_new_with_range (EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB,
                                         EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB, 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             (double) (exemplar_campaign_get_evidence_size_limit (campaign) / MB));
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Largest evidence file, in megabytes"),
                                  -1);
  /* Translators: the unit after the evidence size limit's number. */
  unit = gtk_label_new (_("MB"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), unit);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "set", _("_Set Limit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "set");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "campaign", g_object_ref (campaign), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), spin);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate",
                    G_CALLBACK (on_spin_activate_cb), dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (spin);
}
