/* exemplar-rubric-page-actions.c
 *
 * The office's editing of the rubric: the rubric.* actions, their keys, and
 * the dialogs they open. The model decides; every refusal is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-indicator-dialog.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric-page-private.h"
#include "exemplar-rubric.h"

static guint
count_descendants (ExemplarIndicator *indicator)
{
  GListModel *children = exemplar_indicator_get_children (indicator);
  guint n = g_list_model_get_n_items (children);
  guint count = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);
      count += count_descendants (child);
    }

  return count;
}

static void
on_dialog_saved_cb (ExemplarRubricPage      *self,
                    ExemplarIndicator       *indicator,
                    ExemplarIndicatorDialog *dialog)
{
  ExemplarIndicator *after = g_object_get_data (G_OBJECT (dialog), "exemplar-insert-after");

  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));
  g_assert (EXEMPLAR_IS_INDICATOR (indicator));

  /* The model appends; a new sibling belongs right after the selected one. */
  if (after != NULL && exemplar_indicator_get_parent (after) == exemplar_indicator_get_parent (indicator))
    {
      GListModel *siblings = _exemplar_rubric_page_siblings_of (self, indicator);
      guint after_position;
      guint position;

      if (_exemplar_rubric_page_find_in_model (siblings, after, &after_position) &&
          _exemplar_rubric_page_find_in_model (siblings, indicator, &position) &&
          position != after_position + 1)
        {
          g_autoptr(GError) error = NULL;
          int delta = (int) after_position + 1 - (int) position;

          if (!exemplar_rubric_move_indicator (self->rubric, indicator, delta, &error))
            _exemplar_rubric_page_show_error (self, _("Could Not Place the New Indicator"), error);
        }
    }

  _exemplar_rubric_page_select (self, indicator, TRUE);
}

static void
open_dialog (ExemplarRubricPage *self,
             ExemplarIndicator  *indicator,
             ExemplarIndicator  *parent,
             ExemplarIndicator  *after)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ExemplarIndicatorDialog *dialog;

  dialog = exemplar_indicator_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->rubric, self->campaign, indicator, parent);

  if (after != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "exemplar-insert-after",
                            g_object_ref (after), g_object_unref);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);
  ExemplarIndicator *selected = exemplar_rubric_page_get_selected (self);

  open_dialog (self, NULL, selected != NULL ? exemplar_indicator_get_parent (selected) : NULL, selected);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);
  ExemplarIndicator *selected = exemplar_rubric_page_get_selected (self);

  if (selected != NULL)
    open_dialog (self, NULL, selected, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);
  ExemplarIndicator *selected = exemplar_rubric_page_get_selected (self);

  if (selected != NULL)
    open_dialog (self, selected, NULL, NULL);
}

static void
move (ExemplarRubricPage *self,
      int                 delta)
{
  ExemplarIndicator *current = exemplar_rubric_page_get_selected (self);
  g_autoptr(ExemplarIndicator) selected = NULL;
  g_autoptr(GHashTable) expanded = NULL;
  g_autoptr(GError) error = NULL;

  if (current == NULL)
    return;

  selected = g_object_ref (current);

  /* The moved rows are made anew, collapsed; open them as they were. */
  expanded = _exemplar_rubric_page_collect_expanded (self);

  /* The model puts a refused move back, which also makes the rows anew. */
  if (!exemplar_rubric_move_indicator (self->rubric, selected, delta, &error))
    _exemplar_rubric_page_show_error (self, _("Could Not Move the Indicator"), error);

  _exemplar_rubric_page_restore_expanded (self, expanded);
  _exemplar_rubric_page_select (self, selected, error == NULL);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  move (EXEMPLAR_RUBRIC_PAGE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move (EXEMPLAR_RUBRIC_PAGE (widget), +1);
}

static void
expand_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);

  if (self->tree == NULL)
    return;

  /* Expanding a row inserts its children after it, so they are visited too. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  _exemplar_rubric_page_scroll_to_selected (self, FALSE);
}

static void
collapse_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);
  ExemplarIndicator *selected;
  g_autoptr(ExemplarIndicator) top = NULL;

  if (self->tree == NULL)
    return;

  /* Keep the selection on what stays visible: the selected row's top level. */
  if ((selected = exemplar_rubric_page_get_selected (self)))
    {
      ExemplarIndicator *parent;

      top = g_object_ref (selected);
      while ((parent = exemplar_indicator_get_parent (top)))
        g_set_object (&top, parent);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rubric)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, FALSE);
    }

  if (top != NULL)
    _exemplar_rubric_page_select (self, top, FALSE);
}

static void
on_delete_response_cb (ExemplarRubricPage *self,
                       const char         *response,
                       AdwMessageDialog   *dialog)
{
  ExemplarIndicator *indicator = g_object_get_data (G_OBJECT (dialog), "exemplar-indicator");
  g_autoptr(ExemplarIndicator) next = NULL;
  g_autoptr(GHashTable) expanded = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *siblings;
  guint position;
  guint n;

  g_assert (EXEMPLAR_IS_RUBRIC_PAGE (self));

  if (g_strcmp0 (response, "delete") != 0 || self->rubric == NULL)
    return;

  /* Select the next sibling afterwards, or the previous one, or the parent. */
  siblings = _exemplar_rubric_page_siblings_of (self, indicator);
  n = g_list_model_get_n_items (siblings);
  if (_exemplar_rubric_page_find_in_model (siblings, indicator, &position))
    {
      if (position + 1 < n)
        next = g_list_model_get_item (siblings, position + 1);
      else if (position > 0)
        next = g_list_model_get_item (siblings, position - 1);
    }
  if (next == NULL && exemplar_indicator_get_parent (indicator) != NULL)
    next = g_object_ref (exemplar_indicator_get_parent (indicator));

  expanded = _exemplar_rubric_page_collect_expanded (self);

  if (!exemplar_rubric_delete_indicator (self->rubric, indicator, &error))
    {
      /* The indicator is back in its place, in rows made anew. */
      _exemplar_rubric_page_restore_expanded (self, expanded);
      _exemplar_rubric_page_select (self, indicator, FALSE);
      _exemplar_rubric_page_show_error (self, _("Could Not Delete the Indicator"), error);
      return;
    }

  _exemplar_rubric_page_select (self, next, TRUE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarRubricPage *self = EXEMPLAR_RUBRIC_PAGE (widget);
  ExemplarIndicator *selected = exemplar_rubric_page_get_selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint descendants;

  if (selected == NULL)
    return;

  descendants = count_descendants (selected);

  /* Translators: %s are an indicator's code and name. */
  heading = g_strdup_printf (_("Delete “%s %s”?"),
                             exemplar_indicator_get_code (selected),
                             exemplar_indicator_get_name (selected));
  if (descendants > 0)
    body = g_strdup_printf (ngettext ("Its %u child indicator will be deleted with it. "
                                      "The change is recorded in the audit log.",
                                      "Its %u child indicators will be deleted with it. "
                                      "The change is recorded in the audit log.",
                                      descendants),
                            descendants);
  else
    body = g_strdup (_("The change is recorded in the audit log."));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-indicator",
                          g_object_ref (selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_exemplar_rubric_page_class_actions_init (ExemplarRubricPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "rubric.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "rubric.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "rubric.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "rubric.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "rubric.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "rubric.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "rubric.expand-all", NULL, expand_all_action);
  gtk_widget_class_install_action (widget_class, "rubric.collapse-all", NULL, collapse_all_action);

  /* Ctrl+Up and Ctrl+Down are in the template's capture-phase shortcut
   * controller: the list view would take them first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "rubric.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "rubric.delete", NULL);
}

void
_exemplar_rubric_page_update_actions (ExemplarRubricPage *self)
{
  ExemplarIndicator *selected = exemplar_rubric_page_get_selected (self);
  gboolean editable = self->rubric != NULL && exemplar_rubric_get_editable (self->rubric);
  guint position = 0;
  guint n_siblings = 0;

  if (selected != NULL)
    {
      GListModel *siblings = _exemplar_rubric_page_siblings_of (self, selected);

      n_siblings = g_list_model_get_n_items (siblings);
      _exemplar_rubric_page_find_in_model (siblings, selected, &position);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.add-child", editable && selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.edit", editable && selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.move-up",
                                 editable && selected != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.move-down",
                                 editable && selected != NULL && position + 1 < n_siblings);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rubric.delete", editable && selected != NULL);
}
