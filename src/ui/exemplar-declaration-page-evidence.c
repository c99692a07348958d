/* exemplar-declaration-page-evidence.c
 *
 * The evidence view of an application: the files attached, each opening in
 * the viewer, and its coverage: the scored items that need evidence and
 * have none, each with a way to attach some.
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
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-self-assessment.h"

typedef struct
{
  ExemplarDeclaration *declaration;
  guint                n_leaves;
  guint                n_covered;
} CoverageCount;

static void
count_leaf_cb (gpointer data,
               gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  CoverageCount *count = user_data;

  /* Bonus items are optional: coverage is about the scored items. */
  if (!exemplar_indicator_is_leaf (indicator) ||
      exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_ITEM)
    return;

  count->n_leaves++;
  if (exemplar_declaration_count_evidence (count->declaration, indicator) > 0)
    count->n_covered++;
}

void
_exemplar_declaration_count_coverage (ExemplarDeclaration *declaration,
                                      guint               *n_leaves,
                                      guint               *n_covered,
                                      guint               *n_missing)
{
  CoverageCount count = { declaration, 0, 0 };
  ExemplarCampaign *campaign = exemplar_declaration_get_campaign (declaration);
  g_autoptr(GPtrArray) missing = NULL;

  if (campaign != NULL)
    exemplar_rubric_foreach (exemplar_campaign_get_rubric (campaign), count_leaf_cb, &count);

  missing = exemplar_declaration_get_missing_evidence (declaration);

  *n_leaves = count.n_leaves;
  *n_covered = count.n_covered;
  *n_missing = missing != NULL ? missing->len : 0;
}

/* "12 of 67 items have evidence · 5 missing" */
char *
_exemplar_declaration_format_coverage (ExemplarDeclaration *declaration)
{
  g_autofree char *covered = NULL;
  g_autofree char *missing = NULL;
  guint n_leaves, n_covered, n_missing;

  _exemplar_declaration_count_coverage (declaration, &n_leaves, &n_covered, &n_missing);

  covered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u item has evidence",
                                          "%u of %u items have evidence",
                                          n_leaves),
                             n_covered, n_leaves);
  if (n_missing == 0)
    return g_steal_pointer (&covered);

  /* Translators: items that need evidence and have none. */
  missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u missing",
                                          "%u missing",
                                          n_missing),
                             n_missing);

  /* Translators: joins the evidence coverage and the missing count. */
  return g_strdup_printf (_("%s · %s"), covered, missing);
}

static const char *
describe_indicator (ExemplarDeclarationPage *self,
                    const char              *code,
                    char                   **owned)
{
  ExemplarIndicator *indicator = NULL;

  if (code == NULL)
    return _("The whole application");

  if (self->campaign != NULL)
    indicator = exemplar_rubric_find (exemplar_campaign_get_rubric (self->campaign), code);

  if (indicator == NULL)
    return code;

  /* Translators: a rubric item's code and name, e.g. "3.2.1 家长学校". */
  *owned = g_strdup_printf (_("%s %s"), code, exemplar_indicator_get_name (indicator));
  return *owned;
}

static void
on_evidence_row_activated_cb (AdwActionRow            *row,
                              ExemplarDeclarationPage *self)
{
  ExemplarEvidence *evidence = g_object_get_data (G_OBJECT (row), "exemplar-evidence");

  if (evidence != NULL && self->campaign != NULL)
    exemplar_evidence_window_open (GTK_WIDGET (row), evidence, exemplar_campaign_get_path (self->campaign));
}

static void
on_remove_response_cb (AdwMessageDialog        *dialog,
                       const char              *response,
                       ExemplarDeclarationPage *self)
{
  ExemplarEvidence *evidence = g_object_get_data (G_OBJECT (dialog), "exemplar-evidence");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->declaration == NULL)
    return;

  if (!exemplar_declaration_remove_evidence (self->declaration, evidence, &error))
    _exemplar_declaration_page_show_error (self, _("Could Not Remove the File"), error->message);
}

static void
on_remove_clicked_cb (GtkButton               *button,
                      ExemplarDeclarationPage *self)
{
  ExemplarEvidence *evidence = g_object_get_data (G_OBJECT (button), "exemplar-evidence");
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is an evidence file's title. */
  heading = g_strdup_printf (_("Remove “%s”?"), exemplar_evidence_get_title (evidence));
  dialog = adw_message_dialog_new (_exemplar_declaration_page_get_parent_window (self),
                                   heading,
                                   _("It will no longer be part of this application. Attach it again to bring it back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-evidence", g_object_ref (evidence), g_object_unref);
  g_signal_connect_object (dialog,
                           "response",
                           G_CALLBACK (on_remove_response_cb),
                           self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_evidence_row (gpointer item,
                     gpointer user_data)
{
  ExemplarEvidence *evidence = item;
  ExemplarDeclarationPage *self = user_data;
  g_autofree char *owned = NULL;
  g_autofree char *subtitle = NULL;
  const char *what;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *remove;
  guint pages = exemplar_evidence_get_pages (evidence);

  if (g_strcmp0 (exemplar_evidence_get_purpose (evidence), "seal") == 0)
    what = _("Scan of the sealed page");
  else
    what = describe_indicator (self, exemplar_evidence_get_indicator_code (evidence), &owned);

  /* Translators: an evidence file's row: what it proves, its pages and its
   * original file name, e.g. "3.2.1 家长学校 · 12 pages · 台账.pdf". */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s · %u page · %s",
                                           "%s · %u pages · %s",
                                           pages),
                              what, pages, exemplar_evidence_get_original_name (evidence));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_evidence_get_title (evidence));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "evidence-row");
  g_object_set_data_full (G_OBJECT (row), "exemplar-evidence", g_object_ref (evidence), g_object_unref);

  icon = gtk_image_new_from_icon_name (exemplar_evidence_is_pdf (evidence)
                                       ? "x-office-document-symbolic"
                                       : "image-x-generic-symbolic");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove From the Application"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, self->editable);
  gtk_widget_set_visible (remove, self->editable);
  g_object_set_data_full (G_OBJECT (remove), "exemplar-evidence", g_object_ref (evidence), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_signal_connect_object (row, "activated", G_CALLBACK (on_evidence_row_activated_cb), self, 0);

  return row;
}

static void
on_missing_attach_clicked_cb (GtkButton               *button,
                              ExemplarDeclarationPage *self)
{
  ExemplarIndicator *leaf = g_object_get_data (G_OBJECT (button), "exemplar-leaf");

  exemplar_evidence_attach_choose (self->attach, leaf, "evidence");
}

static void
on_missing_row_activated_cb (AdwActionRow            *row,
                             ExemplarDeclarationPage *self)
{
  ExemplarIndicator *leaf = g_object_get_data (G_OBJECT (row), "exemplar-leaf");

  exemplar_declaration_page_show_view (self, "self-assessment");
  exemplar_self_assessment_focus_leaf (self->self_assessment, leaf);
}

static gboolean
same_leaves (GPtrArray *a,
             GPtrArray *b)
{
  guint len_a = a != NULL ? a->len : 0;
  guint len_b = b != NULL ? b->len : 0;

  if (len_a != len_b)
    return FALSE;

  for (guint i = 0; i < len_a; i++)
    {
      if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
        return FALSE;
    }

  return TRUE;
}

void
_exemplar_declaration_page_update_coverage (ExemplarDeclarationPage *self)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *coverage = NULL;
  GtkListBoxRow *old_row;

  if (self->declaration != NULL)
    {
      coverage = _exemplar_declaration_format_coverage (self->declaration);
      adw_preferences_group_set_description (self->coverage_group, coverage);
      missing = exemplar_declaration_get_missing_evidence (self->declaration);
    }

  /* Most changes leave the same items uncovered: keep their rows. */
  if (same_leaves (self->missing_shown, missing) && self->missing_editable == self->editable)
    return;

  while ((old_row = gtk_list_box_get_row_at_index (self->missing_list, 0)))
    gtk_list_box_remove (self->missing_list, GTK_WIDGET (old_row));

  g_ptr_array_set_size (self->missing_shown, 0);
  self->missing_editable = self->editable;

  for (guint i = 0; missing != NULL && i < missing->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (missing, i);
      g_autofree char *title = NULL;
      const char *evidence_text = exemplar_indicator_get_evidence (leaf);
      GtkWidget *row;
      GtkWidget *icon;
      GtkWidget *button;

      /* Translators: a rubric item's code and name, e.g. "3.2.1 家长学校". */
      title = g_strdup_printf (_("%s %s"), exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf));

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (evidence_text != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), evidence_text);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Show this item in the self-assessment"));
      gtk_widget_add_css_class (row, "missing-row");
      g_object_set_data_full (G_OBJECT (row), "exemplar-leaf", g_object_ref (leaf), g_object_unref);

      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      button = gtk_button_new_with_mnemonic (_("_Attach…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (button, self->editable);
      gtk_widget_set_visible (button, self->editable);
      g_object_set_data_full (G_OBJECT (button), "exemplar-leaf", g_object_ref (leaf), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_missing_attach_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      g_signal_connect_object (row, "activated", G_CALLBACK (on_missing_row_activated_cb), self, 0);

      exemplar_evidence_attach_add_drop_target (self->attach, row, leaf, "evidence");

      gtk_list_box_append (self->missing_list, row);
      g_ptr_array_add (self->missing_shown, g_object_ref (leaf));
    }
}

void
_exemplar_declaration_page_update_evidence (ExemplarDeclarationPage *self)
{
  guint n_items = self->evidence != NULL ? g_list_model_get_n_items (self->evidence) : 0;

  gtk_stack_set_visible_child_name (self->evidence_stack, n_items > 0 ? "list" : "empty");
  _exemplar_declaration_page_update_coverage (self);
  _exemplar_declaration_page_update_summary (self);
  _exemplar_declaration_page_update_seal (self);
}

/* Lists the application's evidence, with remove buttons as editable as it is. */
void
_exemplar_declaration_page_bind_evidence (ExemplarDeclarationPage *self)
{
  g_assert (EXEMPLAR_IS_DECLARATION_PAGE (self));

  gtk_list_box_bind_model (self->evidence_list,
                           self->evidence,
                           self->evidence != NULL ? create_evidence_row : NULL,
                           self,
                           NULL);
}
