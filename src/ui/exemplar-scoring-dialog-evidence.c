/* exemplar-scoring-dialog-evidence.c
 *
 * The evidence beside the scores: the files the applicant attached to the
 * selected item, one at a time in the evidence viewer. In a narrow window
 * the viewer is a page of its own, opened from an item's evidence button;
 * nothing is loaded there until it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-viewer.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog-private.h"

static gboolean
is_item_evidence (ExemplarEvidence *evidence,
                  const char       *code)
{
  return g_strcmp0 (exemplar_evidence_get_purpose (evidence), "seal") != 0 &&
         g_strcmp0 (exemplar_evidence_get_indicator_code (evidence), code) == 0;
}

static gboolean
evidence_page_is_shown (ExemplarScoringDialog *self)
{
  return !adw_leaflet_get_folded (self->leaflet) ||
         adw_leaflet_get_visible_child (self->leaflet) == self->evidence_page;
}

/* Loads the chosen file into the viewer, unless the viewer is out of sight. */
static void
load_selected (ExemplarScoringDialog *self)
{
  ExemplarEvidence *evidence;
  guint selected;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->shown_evidence->len == 0)
    {
      gtk_stack_set_visible_child_name (self->evidence_stack, "none");
      self->evidence_pending = FALSE;
      return;
    }

  if (!evidence_page_is_shown (self))
    {
      self->evidence_pending = TRUE;
      return;
    }

  self->evidence_pending = FALSE;

  selected = gtk_drop_down_get_selected (self->evidence_dropdown);
  if (selected >= self->shown_evidence->len)
    selected = 0;
  evidence = g_ptr_array_index (self->shown_evidence, selected);

  if (exemplar_evidence_get_id (evidence) != self->loaded_evidence_id)
    {
      self->loaded_evidence_id = exemplar_evidence_get_id (evidence);
      exemplar_evidence_viewer_load_evidence (self->viewer,
                                              evidence,
                                              exemplar_campaign_get_path (self->campaign));
    }

  gtk_stack_set_visible_child_name (self->evidence_stack, "viewer");
}

static void
update_navigation (ExemplarScoringDialog *self)
{
  gboolean on_evidence = adw_leaflet_get_folded (self->leaflet) &&
                         adw_leaflet_get_visible_child (self->leaflet) == self->evidence_page;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), on_evidence);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.back", on_evidence);

  if (self->evidence_pending && evidence_page_is_shown (self))
    load_selected (self);
}

static void
on_leaflet_notify_cb (ExemplarScoringDialog *self,
                      GParamSpec            *pspec,
                      AdwLeaflet            *leaflet)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  update_navigation (self);
}

static void
on_dropdown_selected_cb (ExemplarScoringDialog *self,
                         GParamSpec            *pspec,
                         GtkDropDown           *dropdown)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (!self->loading)
    load_selected (self);
}

/* Lists the selected item's files, keeping the one shown if it is still there. */
static void
refresh_shown (ExemplarScoringDialog *self)
{
  ScoringItem *item = self->current;
  const char *code;
  g_autofree char *title = NULL;
  guint n_items;
  guint keep = 0;

  g_ptr_array_set_size (self->shown_evidence, 0);

  if (item == NULL)
    {
      gtk_label_set_label (self->evidence_title, "");
      gtk_widget_set_visible (GTK_WIDGET (self->evidence_dropdown), FALSE);
      adw_status_page_set_title (self->evidence_status, _("No Item Selected"));
      adw_status_page_set_description (self->evidence_status,
                                       _("The evidence of the item being scored shows here."));
      gtk_stack_set_visible_child_name (self->evidence_stack, "none");
      return;
    }

  code = exemplar_indicator_get_code (item->leaf);
  n_items = self->evidence != NULL ? g_list_model_get_n_items (self->evidence) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarEvidence) evidence = g_list_model_get_item (self->evidence, i);

      if (!is_item_evidence (evidence, code))
        continue;

      if (exemplar_evidence_get_id (evidence) == self->loaded_evidence_id)
        keep = self->shown_evidence->len;
      g_ptr_array_add (self->shown_evidence, g_object_ref (evidence));
    }

  /* Translators: above the evidence viewer: the item's code and name, e.g. "Evidence for 1.1.1 成立领导小组". */
  title = g_strdup_printf (_("Evidence for %s %s"), code, exemplar_indicator_get_name (item->leaf));
  gtk_label_set_label (self->evidence_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->evidence_title), title);

  self->loading = TRUE;
  gtk_string_list_splice (self->evidence_titles,
                          0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->evidence_titles)),
                          NULL);
  for (guint i = 0; i < self->shown_evidence->len; i++)
    gtk_string_list_append (self->evidence_titles,
                            exemplar_evidence_get_title (g_ptr_array_index (self->shown_evidence, i)));
  gtk_drop_down_set_selected (self->evidence_dropdown, keep);
  self->loading = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->evidence_dropdown), self->shown_evidence->len > 0);

  if (self->shown_evidence->len == 0)
    {
      g_autofree char *description = NULL;

      adw_status_page_set_title (self->evidence_status, _("No Evidence Attached"));
      /* Translators: %s is an item's code, e.g. "1.1.1". */
      description = g_strdup_printf (_("The applicant attached no files to item %s."), code);
      adw_status_page_set_description (self->evidence_status, description);
    }

  load_selected (self);
}

/* The item whose evidence shows beside the scores. */
void
_exemplar_scoring_dialog_select_item (ExemplarScoringDialog *self,
                                      ScoringItem           *item)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (self->current == item)
    return;

  if (self->current != NULL && self->current->group->list != (item ? item->group->list : NULL))
    gtk_list_box_unselect_all (self->current->group->list);

  self->current = item;

  if (item != NULL)
    gtk_list_box_select_row (item->group->list, GTK_LIST_BOX_ROW (item->row));

  refresh_shown (self);
}

/* Brings the viewer into sight: in a narrow window, as its own page. */
void
_exemplar_scoring_dialog_show_evidence (ExemplarScoringDialog *self)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->evidence_page);

  load_selected (self);
}

/* Each item's evidence button says how many files it has. */
void
_exemplar_scoring_dialog_count_evidence (ExemplarScoringDialog *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  n_items = self->evidence != NULL ? g_list_model_get_n_items (self->evidence) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      ExemplarEvidence *evidence = g_list_model_get_item (self->evidence, i);
      const char *code = exemplar_evidence_get_indicator_code (evidence);

      g_ptr_array_add (keep, evidence);
      if (code == NULL || !is_item_evidence (evidence, code))
        continue;

      g_hash_table_insert (counts, (gpointer) code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) + 1));
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      ScoringItem *item = g_ptr_array_index (self->items, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, exemplar_indicator_get_code (item->leaf)));
      g_autofree char *label = NULL;

      item->n_evidence = count;
      if (count == 0)
        label = g_strdup (_("No files"));
      else
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", count), count);

      gtk_button_set_label (item->evidence_button, label);
      gtk_widget_set_sensitive (GTK_WIDGET (item->evidence_button), count > 0);
    }
}

static void
on_evidence_items_changed_cb (ExemplarScoringDialog *self,
                              guint                  position,
                              guint                  removed,
                              guint                  added,
                              GListModel            *model)
{
  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  _exemplar_scoring_dialog_count_evidence (self);
  refresh_shown (self);
}

void
_exemplar_scoring_dialog_evidence_init (ExemplarScoringDialog *self)
{
  ExemplarDeclaration *declaration;

  g_assert (EXEMPLAR_IS_SCORING_DIALOG (self));

  declaration = exemplar_assignment_get_declaration (self->assignment);
  if (declaration != NULL)
    {
      self->evidence = g_object_ref (exemplar_declaration_get_evidence (declaration));
      g_signal_connect_object (self->evidence,
                               "items-changed",
                               G_CALLBACK (on_evidence_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  gtk_drop_down_set_model (self->evidence_dropdown, G_LIST_MODEL (self->evidence_titles));
  g_signal_connect_object (self->evidence_dropdown,
                           "notify::selected",
                           G_CALLBACK (on_dropdown_selected_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet,
                           "notify::folded",
                           G_CALLBACK (on_leaflet_notify_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet,
                           "notify::visible-child",
                           G_CALLBACK (on_leaflet_notify_cb),
                           self,
                           G_CONNECT_SWAPPED);

  _exemplar_scoring_dialog_count_evidence (self);
  refresh_shown (self);
  update_navigation (self);
}
