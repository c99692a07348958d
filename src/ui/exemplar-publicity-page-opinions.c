/* exemplar-publicity-page-opinions.c
 *
 * The second step of the review: each member unit's opinion (同意 /
 * 不同意 / 无意见, with its reason and date) on the recommended list,
 * saved row by row, a refusal shown in its row and what was typed kept;
 * then the candidate list (拟命名名单) fixed from the recommended list
 * after a confirmation, and shown in official order, the units taken off
 * it after an upheld objection struck through with the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-objection.h"
#include "exemplar-publicity-page-private.h"
#include "exemplar-unit.h"

/* The opinion drop-down: "none yet" first, then the opinions in their
 * enum's order. */
#define OPINION_NONE_YET 0

/* One member unit's opinion. */
typedef struct
{
  ExemplarUnit   *unit;
  AdwExpanderRow *row;
  GtkDropDown    *dropdown;
  GtkEntry       *reason;
  GtkEntry       *date;
  GtkButton      *save;
  GtkLabel       *error;
  gboolean        edited;
} OpinionRow;

static void
opinion_row_free (OpinionRow *row)
{
  g_clear_object (&row->unit);
  g_free (row);
}

static char *
format_opinion (ExemplarPublicity *publicity,
                ExemplarUnit      *unit)
{
  ExemplarOpinion opinion;
  const char *reason = NULL;
  const char *given_on = NULL;

  if (!exemplar_publicity_get_opinion (publicity, unit, &opinion, &reason, &given_on))
    return g_strdup (_("No opinion yet"));

  if (reason != NULL && reason[0] != '\0')
    /* Translators: an opinion, its date and its reason, e.g. "Disagree · 2024-04-10 · …". */
    return g_strdup_printf (_("%s · %s · %s"), exemplar_opinion_get_title (opinion), given_on ?: "", reason);

  /* Translators: an opinion and its date, e.g. "Agree · 2024-04-10". */
  return g_strdup_printf (_("%s · %s"), exemplar_opinion_get_title (opinion), given_on ?: "");
}

static void
on_opinion_edited_cb (GtkWidget  *widget,
                      GParamSpec *pspec,
                      OpinionRow *row)
{
  ExemplarPublicityPage *self = g_object_get_data (G_OBJECT (widget), "exemplar-page");

  if (self != NULL && !self->updating)
    row->edited = TRUE;
}

static void
on_opinion_save_clicked_cb (GtkButton *button,
                            gpointer   user_data)
{
  ExemplarPublicityPage *self = user_data;
  OpinionRow *row = g_object_get_data (G_OBJECT (button), "exemplar-opinion-row");
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  guint selected;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));
  g_assert (row != NULL);

  selected = gtk_drop_down_get_selected (row->dropdown);
  if (selected == OPINION_NONE_YET || selected == GTK_INVALID_LIST_POSITION)
    {
      _exemplar_publicity_page_set_label (row->error, _("Choose the opinion: agree, disagree or no opinion."));
      gtk_widget_grab_focus (GTK_WIDGET (row->dropdown));
      return;
    }

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->reason))));
  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->date))));

  if (!exemplar_publicity_set_opinion (self->publicity, row->unit,
                                       (ExemplarOpinion) (selected - 1),
                                       reason[0] != '\0' ? reason : NULL,
                                       date[0] != '\0' ? date : NULL,
                                       &error))
    {
      _exemplar_publicity_page_set_label (row->error,
                                          error != NULL ? error->message : _("The opinion could not be saved."));
      return;
    }

  row->edited = FALSE;
  _exemplar_publicity_page_set_label (row->error, NULL);
  _exemplar_publicity_page_queue_refresh (self);
}

static void
on_opinion_entry_activate_cb (GtkEntry   *entry,
                              OpinionRow *row)
{
  gtk_widget_activate (GTK_WIDGET (row->save));
}

static OpinionRow *
make_opinion_row (ExemplarPublicityPage *self,
                  ExemplarUnit          *unit)
{
  OpinionRow *row = g_new0 (OpinionRow, 1);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *label = NULL;
  GtkWidget *box;
  GtkWidget *controls;
  GtkWidget *inner;

  row->unit = g_object_ref (unit);

  row->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), exemplar_unit_get_name (unit));
  gtk_widget_add_css_class (GTK_WIDGET (row->row), "opinion-row");

  /* "—" until the unit has answered. */
  gtk_string_list_append (choices, "—");
  for (ExemplarOpinion opinion = EXEMPLAR_OPINION_AGREE; opinion <= EXEMPLAR_OPINION_NONE; opinion++)
    gtk_string_list_append (choices, exemplar_opinion_get_title (opinion) ?: exemplar_opinion_to_string (opinion) ?: "?");
  row->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (row->dropdown), GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a member unit's opinion; %s is the unit. */
  label = g_strdup_printf (_("Opinion of %s"), exemplar_unit_get_name (unit));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (GTK_WIDGET (row->dropdown), "opinion-choice");

  row->reason = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (row->reason), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->reason), 10);
  gtk_entry_set_placeholder_text (row->reason, _("Reason (needed to disagree)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (row->reason), "opinion-reason");

  row->date = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (row->date), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (row->date), 11);
  gtk_entry_set_placeholder_text (row->date, _("YYYY-MM-DD"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->date), _("The date of the opinion; empty means today"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (row->date), "opinion-date");

  row->save = GTK_BUTTON (gtk_button_new_with_label (_("Save")));
  gtk_widget_add_css_class (GTK_WIDGET (row->save), "opinion-save");
  g_object_set_data (G_OBJECT (row->save), "exemplar-opinion-row", row);
  g_signal_connect_object (row->save, "clicked", G_CALLBACK (on_opinion_save_clicked_cb), self, 0);

  row->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->error, 0);
  gtk_label_set_wrap (row->error, TRUE);
  gtk_label_set_wrap_mode (row->error, PANGO_WRAP_WORD_CHAR);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->error), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Error"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (row->error), "error");
  gtk_widget_add_css_class (GTK_WIDGET (row->error), "opinion-error");
  gtk_widget_set_visible (GTK_WIDGET (row->error), FALSE);

  g_object_set_data (G_OBJECT (row->dropdown), "exemplar-page", self);
  g_object_set_data (G_OBJECT (row->reason), "exemplar-page", self);
  g_object_set_data (G_OBJECT (row->date), "exemplar-page", self);
  g_signal_connect (row->dropdown, "notify::selected", G_CALLBACK (on_opinion_edited_cb), row);
  g_signal_connect (row->reason, "notify::text", G_CALLBACK (on_opinion_edited_cb), row);
  g_signal_connect (row->date, "notify::text", G_CALLBACK (on_opinion_edited_cb), row);
  g_signal_connect (row->reason, "activate", G_CALLBACK (on_opinion_entry_activate_cb), row);
  g_signal_connect (row->date, "activate", G_CALLBACK (on_opinion_entry_activate_cb), row);

  controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (row->dropdown));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (row->reason));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (row->date));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (row->save));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), controls);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->error));

  inner = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (inner), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (inner), box);
  adw_expander_row_add_row (row->row, inner);

  return row;
}

static void
rebuild_opinions (ExemplarPublicityPage *self)
{
  GListModel *units = self->campaign != NULL ? exemplar_campaign_get_member_units (self->campaign) : NULL;
  guint n_units = units != NULL ? g_list_model_get_n_items (units) : 0;
  GtkWidget *child;

  if (units == self->opinion_units && self->opinion_rows->len == n_units)
    return;

  g_set_object (&self->opinion_units, units);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->opinions_list))))
    gtk_list_box_remove (self->opinions_list, child);
  g_ptr_array_set_size (self->opinion_rows, 0);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);
      OpinionRow *row = make_opinion_row (self, unit);

      gtk_list_box_append (self->opinions_list, GTK_WIDGET (row->row));
      g_ptr_array_add (self->opinion_rows, row);
    }
}

/* Returns how many member units have given their opinion. */
static guint
update_opinions (ExemplarPublicityPage *self,
                 gboolean               sensitive)
{
  guint n_given = 0;

  rebuild_opinions (self);

  self->updating = TRUE;
  for (guint i = 0; i < self->opinion_rows->len; i++)
    {
      OpinionRow *row = g_ptr_array_index (self->opinion_rows, i);
      g_autofree char *text = format_opinion (self->publicity, row->unit);
      ExemplarOpinion opinion;
      const char *reason = NULL;
      const char *given_on = NULL;
      gboolean given;

      given = exemplar_publicity_get_opinion (self->publicity, row->unit, &opinion, &reason, &given_on);
      if (given)
        n_given++;

      adw_expander_row_set_subtitle (row->row, text);
      if (given)
        gtk_widget_remove_css_class (GTK_WIDGET (row->row), "opinion-missing");
      else
        gtk_widget_add_css_class (GTK_WIDGET (row->row), "opinion-missing");

      /* What the user is typing stays until it is saved. */
      if (!row->edited)
        {
          gtk_drop_down_set_selected (row->dropdown, given ? (guint) opinion + 1 : OPINION_NONE_YET);
          gtk_editable_set_text (GTK_EDITABLE (row->reason), given && reason != NULL ? reason : "");
          gtk_editable_set_text (GTK_EDITABLE (row->date), given && given_on != NULL ? given_on : "");
        }

      gtk_widget_set_sensitive (GTK_WIDGET (row->dropdown), sensitive);
      gtk_widget_set_sensitive (GTK_WIDGET (row->reason), sensitive);
      gtk_widget_set_sensitive (GTK_WIDGET (row->date), sensitive);
      gtk_widget_set_sensitive (GTK_WIDGET (row->save), sensitive);
    }
  self->updating = FALSE;

  return n_given;
}

/* Why @declaration left the list: the upheld objection's reply, or the
 * reason stored with its state. */
static char *
dup_removal_reason (ExemplarPublicityPage *self,
                    ExemplarDeclaration   *declaration)
{
  guint n = self->objections != NULL ? g_list_model_get_n_items (self->objections) : 0;
  const char *state_reason;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarObjection) objection = g_list_model_get_item (self->objections, i);

      if (exemplar_objection_get_declaration (objection) == declaration &&
          exemplar_objection_get_outcome (objection) == EXEMPLAR_OUTCOME_UPHELD_REMOVED)
        /* Translators: why a unit left the candidate list: the date and the reply to the objection. */
        return g_strdup_printf (_("Objection upheld on %s: %s"),
                                exemplar_objection_get_resolved_on (objection) ?: "",
                                exemplar_objection_get_reply (objection) ?: "");
    }

  state_reason = exemplar_declaration_get_state_reason (declaration);
  return g_strdup (state_reason != NULL && state_reason[0] != '\0' ? state_reason : _("Objection upheld"));
}

static void
update_candidates (ExemplarPublicityPage *self,
                   gboolean               fixed)
{
  g_autoptr(GPtrArray) candidates = NULL;
  GListModel *declarations;
  GtkWidget *child;
  guint n;

  gtk_widget_set_visible (GTK_WIDGET (self->candidates_group), fixed);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->candidates_list))))
    gtk_list_box_remove (self->candidates_list, child);

  if (!fixed)
    return;

  candidates = exemplar_publicity_get_candidates (self->publicity);
  declarations = exemplar_campaign_get_declarations (self->campaign);
  n = declarations != NULL ? g_list_model_get_n_items (declarations) : 0;

  /* Official order, the removed ones where they were. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
      gboolean on_list = candidates != NULL && g_ptr_array_find (candidates, declaration, NULL);
      gboolean removed = exemplar_declaration_get_state (declaration) == EXEMPLAR_STATE_OBJECTION_UPHELD;
      GtkWidget *row;

      if (!on_list && !removed)
        continue;

      row = adw_action_row_new ();
      gtk_widget_add_css_class (row, "candidate-row");
      if (removed)
        {
          g_autofree char *title = g_markup_printf_escaped ("<s>%s</s>", exemplar_unit_get_name (unit));
          g_autofree char *reason = dup_removal_reason (self, declaration);
          g_autofree char *subtitle = g_markup_escape_text (reason, -1);

          /* Struck through, with why it left the list. */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_widget_add_css_class (row, "candidate-removed");
        }
      else
        {
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_unit_get_name (unit));
        }

      gtk_list_box_append (self->candidates_list, row);
    }
}

void
_exemplar_publicity_page_opinions_update (ExemplarPublicityPage *self,
                                          gboolean               editable,
                                          gboolean               fixed,
                                          guint                  n_recommended)
{
  guint n_members;
  guint n_given;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  n_given = update_opinions (self, editable && !fixed && n_recommended > 0);
  n_members = self->opinion_rows->len;

  if (n_recommended == 0)
    _exemplar_publicity_page_set_label (self->opinions_summary,
                                        _("The member units give their opinion on the recommended list: recommend it first."));
  else
    {
      g_autofree char *summary = NULL;

      /* Translators: e.g. "9 of 14 member units have given their opinion". */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u member unit has given its opinion",
                                              "%u of %u member units have given their opinion",
                                              n_members),
                                 n_given, n_members);
      _exemplar_publicity_page_set_label (self->opinions_summary, summary);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->fix_button), !fixed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fix_button), editable && !fixed && n_recommended > 0);
  if (fixed)
    _exemplar_publicity_page_set_label (self->fix_hint, NULL);
  else if (n_recommended == 0)
    _exemplar_publicity_page_set_label (self->fix_hint, _("The candidate list is fixed from the recommended list."));
  else if (n_given < n_members)
    {
      g_autofree char *hint = NULL;

      /* Translators: %u member units have not answered yet. */
      hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Waiting for the opinion of %u member unit.",
                                           "Waiting for the opinions of %u member units.",
                                           n_members - n_given),
                              n_members - n_given);
      _exemplar_publicity_page_set_label (self->fix_hint, hint);
    }
  else
    _exemplar_publicity_page_set_label (self->fix_hint, _("Every member unit has given its opinion: the candidate list can be fixed."));

  if (fixed)
    _exemplar_publicity_page_set_label (self->fix_error, NULL);

  update_candidates (self, fixed);
}

/* Callbacks */

static void
on_fix_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    ExemplarPublicityPage *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (g_strcmp0 (response, "fix") != 0 || self->publicity == NULL)
    return;

  if (!exemplar_publicity_fix_candidates (self->publicity, &error))
    {
      _exemplar_publicity_page_set_label (self->fix_error,
                                          error != NULL ? error->message : _("The candidate list could not be fixed."));
      return;
    }

  _exemplar_publicity_page_set_label (self->fix_error, NULL);
  _exemplar_publicity_page_add_toast (self, _("Candidate list fixed"));
  _exemplar_publicity_page_queue_refresh (self);
}

static void
on_fix_clicked_cb (ExemplarPublicityPage *self,
                   GtkButton             *button)
{
  g_autoptr(GPtrArray) recommended = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->publicity == NULL)
    return;

  recommended = exemplar_publicity_get_recommended (self->publicity);
  for (guint i = 0; i < recommended->len; i++)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (g_ptr_array_index (recommended, i));

      if (i > 0)
        /* Translators: between unit names in a list. */
        g_string_append (names, _(", "));
      g_string_append (names, exemplar_unit_get_name (unit));
    }

  /* Translators: %s lists the recommended units. */
  body = g_strdup_printf (_("The candidate list will be the recommended units: %s. The recommended list and the member units' opinions are then closed. This cannot be undone."),
                          names->str);
  dialog = adw_message_dialog_new (_exemplar_publicity_page_get_window (self),
                                   _("Fix the Candidate List?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "fix", _("_Fix Candidate List"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "fix", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_fix_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_exemplar_publicity_page_opinions_class_init (ExemplarPublicityPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, opinions_summary);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, opinions_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, fix_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, fix_hint);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, fix_error);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, candidates_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, candidates_list);
  gtk_widget_class_bind_template_callback (widget_class, on_fix_clicked_cb);
}

void
_exemplar_publicity_page_opinions_init (ExemplarPublicityPage *self)
{
  self->opinion_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) opinion_row_free);
}

void
_exemplar_publicity_page_opinions_finalize (ExemplarPublicityPage *self)
{
  g_clear_pointer (&self->opinion_rows, g_ptr_array_unref);
  g_clear_object (&self->opinion_units);
}
