/* exemplar-declaration-page.c
 *
 * One applicant unit's application: a header with its state and whether it
 * may still be changed, the actions on it (submit; for the office, return
 * for correction and record a withdrawal), and three views: the 申报表 form
 * (exemplar-declaration-page-form.c), the self-assessment, and the evidence
 * with its coverage (exemplar-declaration-page-evidence.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration-page-private.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-attach.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-self-assessment.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

G_DEFINE_FINAL_TYPE (ExemplarDeclarationPage, exemplar_declaration_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DECLARATION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const pill_classes[] = { "neutral", "accent", "success", "error", "dim" };

/* The colour a state is shown in, as in the overview. */
void
_exemplar_state_pill_update (GtkLabel      *pill,
                             ExemplarState  state)
{
  const char *css_class;

  switch (state)
    {
    case EXEMPLAR_STATE_NAMED:
      css_class = "success";
      break;

    case EXEMPLAR_STATE_SUBMITTED:
    case EXEMPLAR_STATE_UNDER_EVALUATION:
    case EXEMPLAR_STATE_EVALUATED:
    case EXEMPLAR_STATE_RECOMMENDED:
    case EXEMPLAR_STATE_CANDIDATE:
      css_class = "accent";
      break;

    case EXEMPLAR_STATE_OBJECTION_UPHELD:
      css_class = "error";
      break;

    case EXEMPLAR_STATE_WITHDRAWN:
    case EXEMPLAR_STATE_NOT_RECOMMENDED:
      css_class = "dim";
      break;

    case EXEMPLAR_STATE_NOT_APPLIED:
    case EXEMPLAR_STATE_DRAFT:
    default:
      css_class = "neutral";
      break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (pill), pill_classes[i]);

  gtk_label_set_label (pill, exemplar_state_get_title (state));
  gtk_widget_add_css_class (GTK_WIDGET (pill), css_class);
}

void
_exemplar_declaration_page_emit_changed (ExemplarDeclarationPage *self)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

GtkWindow *
_exemplar_declaration_page_get_parent_window (ExemplarDeclarationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_exemplar_declaration_page_show_error (ExemplarDeclarationPage *self,
            const char              *heading,
            const char              *body)
{
  GtkWidget *dialog = adw_message_dialog_new (_exemplar_declaration_page_get_parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast (ExemplarDeclarationPage *self,
           const char              *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (root), text);
}

void
_exemplar_declaration_page_update_summary (ExemplarDeclarationPage *self)
{
  g_autofree char *total = NULL;
  g_autofree char *of = NULL;
  g_autofree char *files = NULL;
  g_autofree char *summary = NULL;
  guint n_files;

  if (self->declaration == NULL || self->campaign == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }

  total = exemplar_points_format (exemplar_declaration_get_self_total (self->declaration, NULL));
  of = exemplar_points_format (exemplar_rubric_get_total_points (exemplar_campaign_get_rubric (self->campaign)));
  n_files = self->evidence != NULL ? g_list_model_get_n_items (self->evidence) : 0;
  files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", n_files), n_files);

  /* Translators: under the unit's name, e.g. "Self-assessed 62.5 / 100 · 14 files". */
  summary = g_strdup_printf (_("Self-assessed %s / %s · %s"), total, of, files);
  gtk_label_set_label (self->summary_label, summary);
}

static void
update_header (ExemplarDeclarationPage *self)
{
  ExemplarUnit *unit;
  ExemplarState state;
  g_autofree char *subtitle = NULL;
  const char *reason = NULL;
  gboolean editable;
  gboolean office;

  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  if (self->declaration == NULL)
    {
      gtk_label_set_label (self->unit_label, "");
      gtk_label_set_label (self->unit_subtitle, "");
      gtk_widget_set_visible (GTK_WIDGET (self->state_pill), FALSE);
      gtk_revealer_set_reveal_child (self->lock_revealer, FALSE);
      self->editable = FALSE;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.submit", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.return", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.withdraw", FALSE);
      return;
    }

  unit = exemplar_declaration_get_unit (self->declaration);
  state = exemplar_declaration_get_state (self->declaration);

  gtk_label_set_label (self->unit_label, exemplar_unit_get_name (unit));
  /* Translators: a unit's division code and its kind, e.g. "310105001 · Subdistrict". */
  subtitle = g_strdup_printf (_("%s · %s"),
                              exemplar_unit_get_code (unit),
                              exemplar_unit_kind_get_title (exemplar_unit_get_kind (unit)));
  gtk_label_set_label (self->unit_subtitle, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->state_pill), TRUE);
  _exemplar_state_pill_update (self->state_pill, state);

  editable = exemplar_declaration_get_editable (self->declaration, &reason);
  if (self->editable != editable)
    {
      self->editable = editable;

      /* The rows' remove and attach buttons follow. */
      _exemplar_declaration_page_bind_evidence (self);
      _exemplar_declaration_page_update_coverage (self);
    }

  if (!editable)
    {
      gtk_label_set_label (self->lock_label,
                           reason != NULL && reason[0] != '\0'
                           ? reason
                           : _("This application can no longer be changed."));
      gtk_revealer_set_reveal_child (self->lock_revealer, TRUE);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->lock_revealer, FALSE);
    }

  /* A reviewer reads the application in their review package; submitting
   * and the office's actions belong to the office's file. */
  office = self->campaign == NULL || !exemplar_campaign_get_is_package (self->campaign);
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button), office);
  gtk_widget_set_visible (GTK_WIDGET (self->office_menu_button), office);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.submit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.return",
                                 office && state == EXEMPLAR_STATE_SUBMITTED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "application.withdraw",
                                 office &&
                                 state != EXEMPLAR_STATE_NOT_APPLIED &&
                                 state != EXEMPLAR_STATE_WITHDRAWN &&
                                 state != EXEMPLAR_STATE_NAMED &&
                                 state != EXEMPLAR_STATE_NOT_RECOMMENDED &&
                                 state != EXEMPLAR_STATE_OBJECTION_UPHELD);

  _exemplar_declaration_page_update_form (self);
  exemplar_self_assessment_set_editable (self->self_assessment, editable);
  /* A locked application offers no attaching at all, rather than greyed
   * buttons and a hint about dropping files that would be refused. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->attach_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->attach_button), editable);
  adw_preferences_group_set_description (self->evidence_group,
                                         editable
                                         ? _("PDF, JPEG and PNG files. Files dropped on this page are attached "
                                             "to the application as a whole; drop them on an item in the "
                                             "self-assessment to attach them to it.")
                                         : NULL);

  _exemplar_declaration_page_update_summary (self);
}

static void
on_evidence_items_changed_cb (ExemplarDeclarationPage *self,
                              guint                    position,
                              guint                    removed,
                              guint                    added,
                              GListModel              *model)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  _exemplar_declaration_page_update_evidence (self);
  _exemplar_declaration_page_emit_changed (self);
}

static void
on_declaration_notify_cb (ExemplarDeclarationPage *self,
                          GParamSpec              *pspec,
                          gpointer                 object)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  update_header (self);
}

/* Any stored change: a field, a score, evidence or the state. */
static void
on_declaration_changed_cb (ExemplarDeclarationPage *self,
                           ExemplarDeclaration     *declaration)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  update_header (self);
  _exemplar_declaration_page_update_coverage (self);
}

static void
on_self_assessment_changed_cb (ExemplarDeclarationPage *self,
                               ExemplarSelfAssessment  *self_assessment)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  _exemplar_declaration_page_update_summary (self);
  _exemplar_declaration_page_update_coverage (self);
  _exemplar_declaration_page_emit_changed (self);
}

static void
on_attach_button_clicked_cb (ExemplarDeclarationPage *self,
                             GtkButton               *button)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  exemplar_evidence_attach_choose (self->attach, NULL, "evidence");
}

static void
show_missing (ExemplarDeclarationPage *self,
              GPtrArray               *missing)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *list;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Complete this %u item, then submit again. Everything entered so far is saved.",
                                       "Complete these %u items, then submit again. Everything entered so far is saved.",
                                       missing->len),
                          missing->len);
  dialog = adw_message_dialog_new (_exemplar_declaration_page_get_parent_window (self), _("The Application Is Not Complete"), body);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "missing-list");

  for (guint i = 0; i < missing->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (missing, i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }

  /* A scrolled window in a message dialog gets its minimum height, not its
   * natural one: give a long list room, a short one none. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), MIN (missing->len * 40, 320));
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarDeclarationPage *self = EXEMPLAR_DECLARATION_PAGE (widget);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  if (self->declaration == NULL)
    return;

  /* What was just typed counts. */
  exemplar_declaration_page_flush (self);

  if (exemplar_declaration_submit (self->declaration, &missing, &error))
    {
      add_toast (self, _("Application submitted"));
      update_header (self);
      _exemplar_declaration_page_emit_changed (self);
      return;
    }

  if (missing != NULL && missing->len > 0)
    show_missing (self, missing);
  else
    _exemplar_declaration_page_show_error (self, _("Could Not Submit the Application"), error != NULL ? error->message : NULL);
}

typedef gboolean (*ReasonFunc) (ExemplarDeclaration  *declaration,
                                const char           *reason,
                                GError              **error);

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  const char *response = g_object_get_data (G_OBJECT (dialog), "exemplar-response");

  adw_message_dialog_set_response_enabled (dialog, response, text[0] != '\0');
}

static void
on_reason_response_cb (AdwMessageDialog        *dialog,
                       const char              *response,
                       ExemplarDeclarationPage *self)
{
  ReasonFunc func = g_object_get_data (G_OBJECT (dialog), "exemplar-func");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "exemplar-entry");
  const char *expected = g_object_get_data (G_OBJECT (dialog), "exemplar-response");
  const char *done = g_object_get_data (G_OBJECT (dialog), "exemplar-done");
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, expected) != 0 || self->declaration == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!func (self->declaration, reason, &error))
    {
      _exemplar_declaration_page_show_error (self, adw_message_dialog_get_heading (dialog), error->message);
      return;
    }

  add_toast (self, done);
  update_header (self);
  _exemplar_declaration_page_emit_changed (self);
}

static void
ask_reason (ExemplarDeclarationPage *self,
            const char              *heading,
            const char              *body,
            const char              *response,
            const char              *response_label,
            const char              *done,
            ReasonFunc               func)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (_exemplar_declaration_page_get_parent_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), response, FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (recorded in the audit log)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data (G_OBJECT (dialog), "exemplar-func", func);
  g_object_set_data (G_OBJECT (dialog), "exemplar-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-response", g_strdup (response), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-done", g_strdup (done), g_free);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reason_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarDeclarationPage *self = EXEMPLAR_DECLARATION_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->declaration == NULL)
    return;

  /* Translators: %s is the applicant unit, e.g. "华阳路街道". */
  heading = g_strdup_printf (_("Return the Application of %s?"),
                             exemplar_unit_get_name (exemplar_declaration_get_unit (self->declaration)));
  ask_reason (self,
              heading,
              _("The unit can correct and submit it again. Say what needs correcting."),
              "return",
              _("_Return for Correction"),
              _("Application returned for correction"),
              exemplar_declaration_return_for_correction);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ExemplarDeclarationPage *self = EXEMPLAR_DECLARATION_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->declaration == NULL)
    return;

  /* Translators: %s is the applicant unit, e.g. "华阳路街道". */
  heading = g_strdup_printf (_("Record the Withdrawal of %s?"),
                             exemplar_unit_get_name (exemplar_declaration_get_unit (self->declaration)));
  ask_reason (self,
              heading,
              _("The application leaves the campaign. Record why, as the unit gave it."),
              "withdraw",
              _("_Record Withdrawal"),
              _("Withdrawal recorded"),
              exemplar_declaration_withdraw);
}

static void
exemplar_declaration_page_unmap (GtkWidget *widget)
{
  /* Hidden behind another section, another application or a closing window:
   * what was typed is saved now. */
  exemplar_declaration_page_flush (EXEMPLAR_DECLARATION_PAGE (widget));

  GTK_WIDGET_CLASS (exemplar_declaration_page_parent_class)->unmap (widget);
}

static void
exemplar_declaration_page_dispose (GObject *object)
{
  ExemplarDeclarationPage *self = (ExemplarDeclarationPage *)object;

  if (self->declaration != NULL)
    exemplar_declaration_page_flush (self);

  if (self->evidence_list != NULL)
    gtk_list_box_bind_model (self->evidence_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_DECLARATION_PAGE);

  g_clear_object (&self->evidence);
  g_clear_object (&self->declaration);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_declaration_page_parent_class)->dispose (object);
}

static void
exemplar_declaration_page_finalize (GObject *object)
{
  ExemplarDeclarationPage *self = (ExemplarDeclarationPage *)object;

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->missing_shown, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_declaration_page_parent_class)->finalize (object);
}

static void
exemplar_declaration_page_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ExemplarDeclarationPage *self = EXEMPLAR_DECLARATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      g_value_set_object (value, self->declaration);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_declaration_page_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ExemplarDeclarationPage *self = EXEMPLAR_DECLARATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      exemplar_declaration_page_set_declaration (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_declaration_page_class_init (ExemplarDeclarationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_declaration_page_dispose;
  object_class->finalize = exemplar_declaration_page_finalize;
  object_class->get_property = exemplar_declaration_page_get_property;
  object_class->set_property = exemplar_declaration_page_set_property;

  widget_class->unmap = exemplar_declaration_page_unmap;

  properties[PROP_DECLARATION] =
    g_param_spec_object ("declaration", NULL, NULL,
                         EXEMPLAR_TYPE_DECLARATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarDeclarationPage::changed:
   *
   * Something in the application was saved: a field, a self-score,
   * evidence or its state.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-declaration-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, unit_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, state_pill);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, unit_subtitle);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, submit_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, office_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, lock_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, lock_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, form_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, self_assessment);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, evidence_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, attach_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, coverage_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, missing_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationPage, attach);
  gtk_widget_class_bind_template_callback (widget_class, on_attach_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "application.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "application.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "application.withdraw", NULL, withdraw_action);

  g_type_ensure (EXEMPLAR_TYPE_EVIDENCE_ATTACH);
  g_type_ensure (EXEMPLAR_TYPE_SELF_ASSESSMENT);
}

static void
exemplar_declaration_page_init (ExemplarDeclarationPage *self)
{
  GtkWidget *placeholder;

  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->missing_shown = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Every item that needs evidence has some"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->missing_list, placeholder);

  exemplar_self_assessment_set_attach (self->self_assessment, self->attach);
  exemplar_evidence_attach_add_drop_target (self->attach, GTK_WIDGET (self), NULL, "evidence");

  g_signal_connect_object (self->self_assessment,
                           "changed",
                           G_CALLBACK (on_self_assessment_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  _exemplar_declaration_page_build_form (self);
  update_header (self);
  _exemplar_declaration_page_update_form (self);
}

GtkWidget *
exemplar_declaration_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_DECLARATION_PAGE, NULL);
}

ExemplarDeclaration *
exemplar_declaration_page_get_declaration (ExemplarDeclarationPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self), NULL);

  return self->declaration;
}

/**
 * exemplar_declaration_page_set_declaration:
 * @self: a #ExemplarDeclarationPage
 * @declaration: (nullable): the application to show
 *
 * Shows @declaration, after saving what was typed into the one shown.
 */
void
exemplar_declaration_page_set_declaration (ExemplarDeclarationPage *self,
                                           ExemplarDeclaration     *declaration)
{
  ExemplarCampaign *campaign = NULL;

  g_return_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self));
  g_return_if_fail (!declaration || EXEMPLAR_IS_DECLARATION (declaration));

  if (self->declaration == declaration)
    return;

  exemplar_declaration_page_flush (self);

  if (declaration != NULL)
    campaign = exemplar_declaration_get_campaign (declaration);

  if (self->declaration != NULL)
    g_signal_handlers_disconnect_by_func (self->declaration, on_declaration_changed_cb, self);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_declaration_notify_cb, self);
  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_func (self->evidence, on_evidence_items_changed_cb, self);

  g_clear_object (&self->evidence);
  g_set_object (&self->declaration, declaration);
  g_set_object (&self->campaign, campaign);

  if (declaration != NULL)
    {
      self->evidence = g_object_ref (exemplar_declaration_get_evidence (declaration));

      g_signal_connect_object (declaration,
                               "changed",
                               G_CALLBACK (on_declaration_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->evidence,
                               "items-changed",
                               G_CALLBACK (on_evidence_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  if (self->campaign != NULL)
    {
      g_signal_connect_object (self->campaign,
                               "notify::phase",
                               G_CALLBACK (on_declaration_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->campaign,
                               "notify::read-only",
                               G_CALLBACK (on_declaration_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  exemplar_evidence_attach_set_declaration (self->attach, declaration);
  exemplar_self_assessment_set_declaration (self->self_assessment, declaration);

  _exemplar_declaration_page_bind_evidence (self);

  _exemplar_declaration_page_load_form (self);
  update_header (self);
  _exemplar_declaration_page_update_evidence (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECLARATION]);
}

/**
 * exemplar_declaration_page_flush:
 * @self: a #ExemplarDeclarationPage
 *
 * Saves now every field, score and note typed and not yet saved.
 */
void
exemplar_declaration_page_flush (ExemplarDeclarationPage *self)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self));

  _exemplar_declaration_page_flush_form (self);

  if (self->self_assessment != NULL)
    exemplar_self_assessment_flush (self->self_assessment);
}

/* Shows "form", "self-assessment" or "evidence". */
void
exemplar_declaration_page_show_view (ExemplarDeclarationPage *self,
                                     const char              *name)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

ExemplarEvidenceAttach *
exemplar_declaration_page_get_attach (ExemplarDeclarationPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self), NULL);

  return self->attach;
}

ExemplarSelfAssessment *
exemplar_declaration_page_get_self_assessment (ExemplarDeclarationPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION_PAGE (self), NULL);

  return self->self_assessment;
}