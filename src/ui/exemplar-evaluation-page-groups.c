/* exemplar-evaluation-page-groups.c
 *
 * The Working Groups view of the Evaluation section: each 评估工作组 with
 * its round and members; adding, renaming and removing a group, and
 * choosing its members in a dialog of reviewer check rows. The rules
 * (unique names, phase locks) are the model's; refusals are shown as they
 * come.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-evaluation-page-private.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-working-group.h"

static ExemplarWorkingGroup *
find_group (ExemplarEvaluationPage *self,
            gint64                  id)
{
  guint n_items = self->groups != NULL ? g_list_model_get_n_items (self->groups) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarWorkingGroup) group = g_list_model_get_item (self->groups, i);

      if (exemplar_working_group_get_id (group) == id)
        return group;
    }

  return NULL;
}

static GtkWidget *
create_suffix_button (const char           *icon_name,
                      const char           *tooltip,
                      const char           *action_name,
                      ExemplarWorkingGroup *group)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (exemplar_working_group_get_id (group)));
  return button;
}

static GtkWidget *
create_group_row (gpointer item,
                  gpointer user_data)
{
  ExemplarWorkingGroup *group = item;
  ExemplarRound *round = exemplar_working_group_get_round (group);
  const char *name = exemplar_working_group_get_name (group);
  guint n_members = exemplar_working_group_get_n_members (group);
  g_autofree char *names = exemplar_working_group_dup_member_names (group);
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *members_tooltip = NULL;
  g_autofree char *rename_tooltip = NULL;
  g_autofree char *remove_tooltip = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (n_members > 0)
    /* Translators: how many reviewers a working group has, then their
     * names, e.g. "3 members: 王敏、李强、赵磊". */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member: %s", "%u members: %s", n_members),
                             n_members, names);
  else
    count = g_strdup (_("No members yet"));

  if (round != NULL)
    /* Translators: a working group's round, then its members, e.g.
     * "实地评估 · 3 members: 王敏、李强、赵磊". */
    subtitle = g_strdup_printf (_("%s · %s"), exemplar_round_get_name (round), count);
  else
    subtitle = g_steal_pointer (&count);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (row, "group-row");

  /* Translators: %s is a working group's name. */
  members_tooltip = g_strdup_printf (_("Choose the members of “%s”"), name);
  /* Translators: %s is a working group's name. */
  rename_tooltip = g_strdup_printf (_("Rename “%s”"), name);
  /* Translators: %s is a working group's name. */
  remove_tooltip = g_strdup_printf (_("Remove the working group “%s”"), name);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_suffix_button ("system-users-symbolic", members_tooltip,
                                                   "evaluation.edit-group-members", group));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_suffix_button ("document-edit-symbolic", rename_tooltip,
                                                   "evaluation.rename-group", group));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_suffix_button ("user-trash-symbolic", remove_tooltip,
                                                   "evaluation.remove-group", group));

  return row;
}

/* The round chosen for a new group: the list is "no particular round",
 * then the campaign's rounds in order. */
static ExemplarRound *
get_chosen_round (ExemplarEvaluationPage *self)
{
  guint selected = adw_combo_row_get_selected (self->group_round_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->rounds == NULL ||
      selected > g_list_model_get_n_items (self->rounds))
    return NULL;

  /* The list holds a reference. */
  return g_list_model_get_item (self->rounds, selected - 1);
}

/* Rebuilds the round choices when the rounds changed, keeping the choice. */
static void
update_round_choices (ExemplarEvaluationPage *self)
{
  guint n_rounds = self->rounds != NULL ? g_list_model_get_n_items (self->rounds) : 0;
  guint n_choices = g_list_model_get_n_items (G_LIST_MODEL (self->group_round_list));
  guint selected = adw_combo_row_get_selected (self->group_round_row);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean same = n_choices == n_rounds + 1;

  g_ptr_array_add (names, g_strdup (_("No particular round")));
  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(ExemplarRound) round = g_list_model_get_item (self->rounds, i);

      g_ptr_array_add (names, g_strdup (exemplar_round_get_name (round)));
    }
  g_ptr_array_add (names, NULL);

  for (guint i = 0; same && i < n_choices; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->group_round_list, i), g_ptr_array_index (names, i)) == 0;
  if (same)
    return;

  gtk_string_list_splice (self->group_round_list, 0, n_choices, (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->group_round_row, selected < n_rounds + 1 ? selected : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->group_round_row), n_rounds > 0);
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  g_autoptr(ExemplarRound) round = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (self->evaluation == NULL)
    return;

  name = gtk_editable_get_text (GTK_EDITABLE (self->group_name_row));
  round = get_chosen_round (self);
  if (exemplar_evaluation_add_working_group (self->evaluation, name, round, &error) == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The working group could not be added."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Add the Working Group"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->group_name_row), "");
  _exemplar_evaluation_page_queue_refresh (self);
}

static void
on_group_name_activated_cb (ExemplarEvaluationPage *self,
                            AdwEntryRow            *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "evaluation.add-group", NULL);
}

/* Renaming */

static void
on_rename_group_response_cb (ExemplarEvaluationPage *self,
                             const char             *response,
                             AdwMessageDialog       *dialog)
{
  ExemplarWorkingGroup *group = g_object_get_data (G_OBJECT (dialog), "exemplar-group");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "exemplar-entry");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0 || self->evaluation == NULL)
    return;

  if (!exemplar_evaluation_rename_working_group (self->evaluation, group, gtk_editable_get_text (entry), &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The working group could not be renamed."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Rename the Working Group"), error);
    }
}

static void
on_rename_entry_activate_cb (AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
rename_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarWorkingGroup *group = find_group (self, g_variant_get_int64 (param));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (group == NULL)
    return;

  /* Translators: %s is a working group's name. */
  heading = g_strdup_printf (_("Rename “%s”"), exemplar_working_group_get_name (group));
  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self), heading,
                                   _("Working group names are unique. The change is recorded in the audit log."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), exemplar_working_group_get_name (group));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-group", g_object_ref (group), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "exemplar-entry", entry);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_rename_entry_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_group_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Removing */

static void
remove_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarWorkingGroup *group = find_group (self, g_variant_get_int64 (param));
  g_autofree char *heading = NULL;

  if (group == NULL)
    return;

  /* Translators: %s is a working group's name. */
  heading = g_strdup_printf (_("Remove the Working Group “%s”?"), exemplar_working_group_get_name (group));
  _exemplar_evaluation_page_confirm_remove (self, heading, _("The assignments its members already have stay. The change is recorded in the audit log."),
                                            G_OBJECT (group), (ExemplarRemoveFunc) exemplar_evaluation_remove_working_group,
                                            _("Could Not Remove the Working Group"));
}

/* Members: a check row per reviewer; applying adds and removes the
 * difference, one audited change each. */

static void
on_members_response_cb (ExemplarEvaluationPage *self,
                        const char             *response,
                        AdwMessageDialog       *dialog)
{
  ExemplarWorkingGroup *group = g_object_get_data (G_OBJECT (dialog), "exemplar-group");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "exemplar-checks");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "apply") != 0 || self->evaluation == NULL)
    return;

  for (guint i = 0; i < checks->len && error == NULL; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      ExemplarReviewer *reviewer = g_object_get_data (G_OBJECT (check), "exemplar-reviewer");
      gboolean wanted = gtk_check_button_get_active (check);

      if (wanted == exemplar_working_group_has_member (group, reviewer))
        continue;
      if (wanted)
        exemplar_evaluation_add_group_member (self->evaluation, group, reviewer, &error);
      else
        exemplar_evaluation_remove_group_member (self->evaluation, group, reviewer, &error);
    }

  if (error != NULL)
    _exemplar_evaluation_page_show_error (self, _("Could Not Change the Members"), error);
  _exemplar_evaluation_page_queue_refresh (self);
}

static void
edit_group_members_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarWorkingGroup *group = find_group (self, g_variant_get_int64 (param));
  g_autofree char *heading = NULL;
  GPtrArray *checks;
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *list;
  guint n_reviewers;

  if (group == NULL || self->reviewers == NULL)
    return;

  n_reviewers = g_list_model_get_n_items (self->reviewers);
  /* Translators: %s is a working group's name. */
  heading = g_strdup_printf (_("Members of “%s”"), exemplar_working_group_get_name (group));
  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self), heading,
                                   n_reviewers > 0
                                     ? _("Check the reviewers who belong to the group. Each change is recorded in the audit log.")
                                     : _("Add reviewers in the Reviewers view first."));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "group-members-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reviewers"), -1);

  checks = g_ptr_array_new ();
  for (guint i = 0; i < n_reviewers; i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (self->reviewers, i);
      g_autofree char *label = exemplar_reviewer_dup_label (reviewer);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), exemplar_working_group_has_member (group, reviewer));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "exemplar-reviewer", g_object_ref (reviewer), g_object_unref);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (checks, check);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_visible (scrolled, n_reviewers > 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", n_reviewers > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-group", g_object_ref (group), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-checks", checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_members_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_exemplar_evaluation_page_groups_class_init (ExemplarEvaluationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_group_name_activated_cb);

  gtk_widget_class_install_action (widget_class, "evaluation.add-group", NULL, add_group_action);
  gtk_widget_class_install_action (widget_class, "evaluation.rename-group", "x", rename_group_action);
  gtk_widget_class_install_action (widget_class, "evaluation.remove-group", "x", remove_group_action);
  gtk_widget_class_install_action (widget_class, "evaluation.edit-group-members", "x", edit_group_members_action);
}

/* Follows the campaign's working groups. */
void
_exemplar_evaluation_page_groups_bind (ExemplarEvaluationPage *self)
{
  gtk_list_box_bind_model (self->groups_list, self->groups, create_group_row, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->group_name_row), "");
  update_round_choices (self);
  adw_combo_row_set_selected (self->group_round_row, 0);
}

void
_exemplar_evaluation_page_groups_update (ExemplarEvaluationPage *self)
{
  guint n_groups = self->groups != NULL ? g_list_model_get_n_items (self->groups) : 0;

  update_round_choices (self);
  gtk_stack_set_visible_child_name (self->groups_stack, n_groups > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_group_group), self->editable && self->evaluation != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.add-group", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.rename-group", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.remove-group", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.edit-group-members", self->editable);
}
