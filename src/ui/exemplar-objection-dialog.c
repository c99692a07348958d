/* exemplar-objection-dialog.c
 *
 * The form the office fills when an objection (异议) to a candidate comes
 * in during the publicity period: the candidate, when it was received (for
 * a letter, the postmark), the channel, who it is from, what it says and
 * the files that came with it. The model decides whether it is accepted;
 * the form only checks that the date reads as a date. A refusal of the
 * model shows at the top of the form and everything typed stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-objection-dialog.h"
#include "exemplar-objection.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"

struct _ExemplarObjectionDialog
{
  AdwWindow        parent_instance;

  /* Owned references */
  ExemplarCampaign *campaign;
  GPtrArray        *candidates;   /* ExemplarDeclaration, as in the drop-down */
  GPtrArray        *files;        /* GFile to attach */

  /* Template widgets */
  GtkButton        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwComboRow      *candidate_row;
  GtkStringList    *candidate_list;
  AdwEntryRow      *received_row;
  GtkLabel         *received_message;
  AdwComboRow      *channel_row;
  GtkStringList    *channel_list;
  GtkToggleButton  *individual_toggle;
  GtkToggleButton  *unit_toggle;
  AdwEntryRow      *name_row;
  AdwActionRow     *sealed_row;
  GtkSwitch        *sealed_switch;
  AdwEntryRow      *contact_row;
  GtkTextView      *content_view;
  GtkListBox       *attachments_list;
};

G_DEFINE_FINAL_TYPE (ExemplarObjectionDialog, exemplar_objection_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (ExemplarObjectionDialog *self,
            const char              *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static ExemplarPublicity *
get_publicity (ExemplarObjectionDialog *self)
{
  return self->campaign != NULL ? exemplar_campaign_get_publicity (self->campaign) : NULL;
}

/* "YYYY-MM-DD" naming a real day. */
static gboolean
is_valid_date (const char *text)
{
  unsigned int year, month, day;
  char tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

static gboolean
check_received (ExemplarObjectionDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->received_row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean valid = is_valid_date (stripped);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->received_row), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->received_message), FALSE);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->received_row), "error");
      gtk_label_set_label (self->received_message,
                           _("Enter the date it was received as YYYY-MM-DD, for example 2024-04-28; for a letter, the postmark date."));
      gtk_widget_set_visible (GTK_WIDGET (self->received_message), TRUE);
    }

  return valid;
}

static ExemplarChannel
get_channel (ExemplarObjectionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->channel_row);

  return selected < EXEMPLAR_N_CHANNELS ? (ExemplarChannel) selected : EXEMPLAR_CHANNEL_PHONE;
}

static void
update_from (ExemplarObjectionDialog *self)
{
  gboolean unit = gtk_toggle_button_get_active (self->unit_toggle);

  gtk_widget_set_visible (GTK_WIDGET (self->sealed_row), unit);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 unit ? _("_Name of the unit (empty when anonymous)")
                                      : _("_Name (empty when anonymous)"));
}

static void
on_from_toggled_cb (ExemplarObjectionDialog *self,
                    GtkToggleButton         *toggle)
{
  g_assert (EXEMPLAR_IS_OBJECTION_DIALOG (self));

  update_from (self);
}

static void
on_received_changed_cb (ExemplarObjectionDialog *self,
                        GtkEditable             *editable)
{
  g_assert (EXEMPLAR_IS_OBJECTION_DIALOG (self));

  check_received (self);
}

static void
on_channel_selected_cb (ExemplarObjectionDialog *self,
                        GParamSpec              *pspec,
                        AdwComboRow             *row)
{
  g_assert (EXEMPLAR_IS_OBJECTION_DIALOG (self));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               get_channel (self) == EXEMPLAR_CHANNEL_LETTER
                               ? _("The postmark date counts as the received date")
                               : NULL);
}

static void
on_remove_file_clicked_cb (ExemplarObjectionDialog *self,
                           GtkButton               *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GFile *file = g_object_get_data (G_OBJECT (button), "exemplar-file");

  g_assert (EXEMPLAR_IS_OBJECTION_DIALOG (self));

  g_ptr_array_remove (self->files, file);
  if (row != NULL)
    gtk_list_box_remove (self->attachments_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->attachments_list), self->files->len > 0);
}

void
exemplar_objection_dialog_add_file (ExemplarObjectionDialog *self,
                                    GFile                   *file)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row;
  GtkWidget *remove;

  g_return_if_fail (EXEMPLAR_IS_OBJECTION_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  for (guint i = 0; i < self->files->len; i++)
    {
      if (g_file_equal (g_ptr_array_index (self->files, i), file))
        return;
    }

  g_ptr_array_add (self->files, g_object_ref (file));
  name = g_file_get_basename (file);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_widget_add_css_class (row, "attachment-row");

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* Translators: the accessible name of a button; %s is a file name. */
  label = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (remove), "exemplar-file", file);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_file_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  gtk_list_box_append (self->attachments_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->attachments_list), TRUE);
}

static void
on_files_response_cb (GtkNativeDialog         *native,
                      int                      response,
                      ExemplarObjectionDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      guint n = files != NULL ? g_list_model_get_n_items (files) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          exemplar_objection_dialog_add_file (self, file);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ExemplarObjectionDialog *self = EXEMPLAR_OBJECTION_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Attach Files"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Attach"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  gtk_file_filter_set_name (filter, _("PDF, JPEG and PNG files"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  g_signal_connect_object (native, "response", G_CALLBACK (on_files_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static char *
dup_content (ExemplarObjectionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->content_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
dup_entry (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The files that could not be attached: the objection is recorded all the
 * same, so the parent window says which and why. */
static void
report_attach_failures (ExemplarObjectionDialog *self,
                        GString                 *failures)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Some Files Were Not Attached"), NULL);
  /* Translators: %s lists the files and why each was refused. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The objection is recorded. These files were not attached:\n%s"),
                                  failures->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * exemplar_objection_dialog_save:
 * @self: a #ExemplarObjectionDialog
 *
 * Records the objection, then attaches the files. Emits ::saved with the
 * objection, accepted or not, as the model decided.
 *
 * Returns: %TRUE when the objection was recorded
 */
gboolean
exemplar_objection_dialog_save (ExemplarObjectionDialog *self)
{
  ExemplarPublicity *publicity;
  g_autoptr(ExemplarObjection) objection = NULL;
  ExemplarDeclaration *declaration;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autofree char *received = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *content = NULL;
  gboolean from_unit;
  guint selected;

  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION_DIALOG (self), FALSE);

  if (!(publicity = get_publicity (self)))
    {
      show_error (self, _("This campaign has no publicity to record objections for."));
      return FALSE;
    }

  selected = adw_combo_row_get_selected (self->candidate_row);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->candidates->len)
    {
      show_error (self, _("Choose the candidate the objection is about. Only units on the candidate list can be objected to."));
      gtk_widget_grab_focus (GTK_WIDGET (self->candidate_row));
      return FALSE;
    }
  declaration = g_ptr_array_index (self->candidates, selected);

  if (!check_received (self))
    {
      show_error (self, gtk_label_get_label (self->received_message));
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return FALSE;
    }

  received = dup_entry (self->received_row);
  name = dup_entry (self->name_row);
  contact = dup_entry (self->contact_row);
  content = dup_content (self);
  from_unit = gtk_toggle_button_get_active (self->unit_toggle);

  objection = exemplar_publicity_add_objection (publicity, declaration, received, get_channel (self),
                                                name[0] != '\0' ? name : NULL,
                                                from_unit,
                                                from_unit && gtk_switch_get_active (self->sealed_switch),
                                                contact[0] != '\0' ? contact : NULL,
                                                content,
                                                &error);
  if (objection == NULL)
    {
      show_error (self, error != NULL ? error->message : _("The objection could not be recorded."));
      return FALSE;
    }

  for (guint i = 0; i < self->files->len; i++)
    {
      GFile *file = g_ptr_array_index (self->files, i);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) attach_error = NULL;

      if (path == NULL ||
          !exemplar_publicity_attach_to_objection (publicity, objection, path, &attach_error))
        {
          g_autofree char *basename = g_file_get_basename (file);

          g_string_append_printf (failures, "\n%s: %s", basename,
                                  attach_error != NULL ? attach_error->message : _("only files on this computer can be attached"));
        }
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, objection);

  if (failures->len > 0)
    report_attach_failures (self, failures);

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarObjectionDialog *self = EXEMPLAR_OBJECTION_DIALOG (widget);

  if (exemplar_objection_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activated_cb (ExemplarObjectionDialog *self,
                       AdwEntryRow             *row)
{
  g_assert (EXEMPLAR_IS_OBJECTION_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "objection.save", NULL);
}

static void
fill_form (ExemplarObjectionDialog *self)
{
  ExemplarPublicity *publicity = get_publicity (self);
  g_autoptr(GPtrArray) candidates = publicity != NULL ? exemplar_publicity_get_candidates (publicity) : NULL;
  g_autofree char *today = exemplar_campaign_dup_today (self->campaign);

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (candidates, i);

      g_ptr_array_add (self->candidates, g_object_ref (declaration));
      gtk_string_list_append (self->candidate_list, exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)));
    }

  for (ExemplarChannel channel = EXEMPLAR_CHANNEL_PHONE; channel < EXEMPLAR_N_CHANNELS; channel++)
    gtk_string_list_append (self->channel_list, exemplar_channel_get_title (channel) ?: exemplar_channel_to_string (channel) ?: "?");
  adw_combo_row_set_selected (self->channel_row, EXEMPLAR_CHANNEL_PHONE);

  gtk_editable_set_text (GTK_EDITABLE (self->received_row), today);
  check_received (self);
  update_from (self);

  if (self->candidates->len == 0)
    show_error (self, _("The candidate list is empty: there is no candidate to object to."));
}

static void
exemplar_objection_dialog_constructed (GObject *object)
{
  ExemplarObjectionDialog *self = (ExemplarObjectionDialog *)object;

  G_OBJECT_CLASS (exemplar_objection_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  fill_form (self);
}

static void
exemplar_objection_dialog_dispose (GObject *object)
{
  ExemplarObjectionDialog *self = (ExemplarObjectionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_OBJECTION_DIALOG);

  g_clear_object (&self->campaign);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_objection_dialog_parent_class)->dispose (object);
}

static void
exemplar_objection_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ExemplarObjectionDialog *self = EXEMPLAR_OBJECTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_objection_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ExemplarObjectionDialog *self = EXEMPLAR_OBJECTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_objection_dialog_class_init (ExemplarObjectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = exemplar_objection_dialog_constructed;
  object_class->dispose = exemplar_objection_dialog_dispose;
  object_class->get_property = exemplar_objection_dialog_get_property;
  object_class->set_property = exemplar_objection_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarObjectionDialog::saved:
   * @self: the dialog
   * @objection: the objection recorded, accepted or not
   *
   * Emitted after the model has recorded the objection, just before the
   * dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, EXEMPLAR_TYPE_OBJECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-objection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, received_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, received_message);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, channel_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, individual_toggle);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, unit_toggle);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, sealed_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, sealed_switch);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, content_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarObjectionDialog, attachments_list);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_received_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_channel_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_toggled_cb);

  gtk_widget_class_install_action (widget_class, "objection.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "objection.add-files", NULL, add_files_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "objection.save", NULL);
}

static void
exemplar_objection_dialog_init (ExemplarObjectionDialog *self)
{
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->files = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_objection_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign, for its candidates and its publicity
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarObjectionDialog *
exemplar_objection_dialog_new (GtkWindow        *parent,
                               ExemplarCampaign *campaign)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  return g_object_new (EXEMPLAR_TYPE_OBJECTION_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       NULL);
}
