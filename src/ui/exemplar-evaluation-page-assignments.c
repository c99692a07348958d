/* exemplar-evaluation-page-assignments.c
 *
 * Who scores whom, in the Evaluation section: the assignments' table with
 * each sheet's state, the draw by lot and the assignment by hand, the score
 * sheet an assignment opens, the progress by application and by reviewer,
 * and the printable assignment and conflict report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-assign-dialog.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-draw-dialog.h"
#include "exemplar-evaluation-page-private.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-score-export.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-unit.h"

static ExemplarAssignment *
get_selected_assignment (ExemplarEvaluationPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->assignments_selection);

  return EXEMPLAR_IS_ASSIGNMENT (item) ? item : NULL;
}

static const char *
declaration_name (ExemplarDeclaration *declaration)
{
  ExemplarUnit *unit = declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;

  return unit != NULL ? exemplar_unit_get_name (unit) : "";
}

/* Applications that can be assigned: submitted or under evaluation. */
static guint
count_assignable (ExemplarEvaluationPage *self)
{
  GListModel *declarations = self->campaign != NULL ? exemplar_campaign_get_declarations (self->campaign) : NULL;
  guint n_items = declarations != NULL ? g_list_model_get_n_items (declarations) : 0;
  guint count = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      if (exemplar_evaluation_state_is_assignable (exemplar_declaration_get_state (declaration)))
        count++;
    }

  return count;
}

/* Cells of the assignments' table. */

static GtkWidget *
setup_application_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("assignment-application");
}

static void
update_application_cell (ExemplarEvaluationPage *self,
                         GtkWidget              *cell,
                         gpointer                item)
{
  gtk_label_set_label (GTK_LABEL (cell), declaration_name (exemplar_assignment_get_declaration (item)));
}

static GtkWidget *
setup_reviewer_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("assignment-reviewer");
}

static char *
dup_reviewer_label (gpointer item)
{
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (item);

  return reviewer != NULL ? exemplar_reviewer_dup_label (reviewer) : NULL;
}

static void
update_reviewer_cell (ExemplarEvaluationPage *self,
                      GtkWidget              *cell,
                      gpointer                item)
{
  g_autofree char *label = dup_reviewer_label (item);

  gtk_label_set_label (GTK_LABEL (cell), label != NULL ? label : "");
}

static char *
reviewer_tooltip (ExemplarEvaluationPage *self,
                  gpointer                item)
{
  return dup_reviewer_label (item);
}

static GtkWidget *
setup_round_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("assignment-round");
}

static void
update_round_cell (ExemplarEvaluationPage *self,
                   GtkWidget              *cell,
                   gpointer                item)
{
  ExemplarRound *round = exemplar_assignment_get_round (item);

  gtk_label_set_label (GTK_LABEL (cell), round != NULL ? exemplar_round_get_name (round) : "");
}

static GtkWidget *
setup_scope_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("assignment-scope");
}

static char *
scope_tooltip (ExemplarEvaluationPage *self,
               gpointer                item)
{
  ExemplarIndicator *scope = exemplar_assignment_get_scope (item);

  if (scope == NULL)
    return NULL;

  return g_strdup_printf ("%s %s", exemplar_indicator_get_code (scope), exemplar_indicator_get_name (scope));
}

static void
update_scope_cell (ExemplarEvaluationPage *self,
                   GtkWidget              *cell,
                   gpointer                item)
{
  g_autofree char *text = scope_tooltip (self, item);

  gtk_label_set_label (GTK_LABEL (cell), text != NULL ? text : _("Whole rubric"));
}

static GtkWidget *
setup_state_cell (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "state-pill");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "assignment-state");

  return label;
}

static void
update_state_cell (ExemplarEvaluationPage *self,
                   GtkWidget              *cell,
                   gpointer                item)
{
  ExemplarSheetState state = exemplar_assignment_get_state (item);
  g_autofree char *text = NULL;

  /* Translators: a score sheet's state and how many of its items are
   * scored, e.g. "Draft 34/72". */
  text = g_strdup_printf (_("%s %u/%u"),
                          exemplar_sheet_state_get_title (state),
                          exemplar_assignment_get_n_scored (item),
                          exemplar_assignment_get_n_leaves (item));
  gtk_label_set_label (GTK_LABEL (cell), text);

  gtk_widget_remove_css_class (cell, "dim");
  gtk_widget_remove_css_class (cell, "accent");
  gtk_widget_remove_css_class (cell, "success");
  if (state == EXEMPLAR_SHEET_SUBMITTED)
    gtk_widget_add_css_class (cell, "success");
  else if (state == EXEMPLAR_SHEET_DRAFT)
    gtk_widget_add_css_class (cell, "accent");
  else
    gtk_widget_add_css_class (cell, "dim");
}

static GtkWidget *
setup_reciprocal_cell (void)
{
  GtkWidget *image = gtk_image_new_from_icon_name ("media-playlist-repeat-symbolic");

  gtk_widget_set_halign (image, GTK_ALIGN_START);
  gtk_widget_add_css_class (image, "warning");
  gtk_widget_add_css_class (image, "assignment-reciprocal");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reciprocal pair"),
                                  -1);

  return image;
}

static void
update_reciprocal_cell (ExemplarEvaluationPage *self,
                        GtkWidget              *cell,
                        gpointer                item)
{
  gtk_widget_set_visible (cell, exemplar_assignment_get_reciprocal (item));
}

static char *
reciprocal_tooltip (ExemplarEvaluationPage *self,
                    gpointer                item)
{
  return g_strdup (_("Reciprocal pair: a reviewer from the application's unit scores this reviewer's unit too"));
}

/* Cells of the progress tables: an application or a reviewer, and counts. */

static GtkWidget *
setup_progress_name_cell (void)
{
  return _exemplar_evaluation_page_cell_label ("progress-name");
}

static void
update_progress_name_cell (ExemplarEvaluationPage *self,
                           GtkWidget              *cell,
                           gpointer                item)
{
  if (EXEMPLAR_IS_REVIEWER (item))
    {
      g_autofree char *label = exemplar_reviewer_dup_label (item);

      gtk_label_set_label (GTK_LABEL (cell), label != NULL ? label : "");
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (cell), declaration_name (item));
    }
}

static GtkWidget *
setup_progress_count_cell (void)
{
  GtkWidget *label = _exemplar_evaluation_page_cell_label ("progress-count");

  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
set_count (GtkWidget *cell,
           guint      count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (GTK_LABEL (cell), text);
}

static void
update_progress_total_cell (ExemplarEvaluationPage *self,
                            GtkWidget              *cell,
                            gpointer                item)
{
  const ExemplarProgress *progress = _exemplar_evaluation_page_get_progress (self, item);
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (progress->n_sheets); i++)
    total += progress->n_sheets[i];

  set_count (cell, total);
}

static void
update_progress_not_started_cell (ExemplarEvaluationPage *self,
                                  GtkWidget              *cell,
                                  gpointer                item)
{
  set_count (cell, _exemplar_evaluation_page_get_progress (self, item)->n_sheets[EXEMPLAR_SHEET_NOT_STARTED]);
}

static void
update_progress_draft_cell (ExemplarEvaluationPage *self,
                            GtkWidget              *cell,
                            gpointer                item)
{
  set_count (cell, _exemplar_evaluation_page_get_progress (self, item)->n_sheets[EXEMPLAR_SHEET_DRAFT]);
}

static void
update_progress_submitted_cell (ExemplarEvaluationPage *self,
                                GtkWidget              *cell,
                                gpointer                item)
{
  set_count (cell, _exemplar_evaluation_page_get_progress (self, item)->n_sheets[EXEMPLAR_SHEET_SUBMITTED]);
}

/* Filtering and sorting the assignments. */

static gboolean
contains_casefolded (const char *haystack,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
assignment_filter_func (gpointer item,
                        gpointer user_data)
{
  ExemplarEvaluationPage *self = user_data;
  ExemplarReviewer *reviewer;
  ExemplarDeclaration *declaration;

  if (self->search_text == NULL || self->search_text[0] == '\0')
    return TRUE;

  reviewer = exemplar_assignment_get_reviewer (item);
  declaration = exemplar_assignment_get_declaration (item);

  if (contains_casefolded (declaration_name (declaration), self->search_text))
    return TRUE;

  if (declaration != NULL &&
      contains_casefolded (exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)), self->search_text))
    return TRUE;

  if (reviewer != NULL)
    {
      g_autofree char *label = exemplar_reviewer_dup_label (reviewer);

      if (contains_casefolded (label, self->search_text))
        return TRUE;
    }

  return FALSE;
}

/* The assignments are filtered a batch per main-loop iteration (the model
 * is incremental), so typing never stalls. A key typed only narrows the
 * search: the assignments shown are checked again, and those that still
 * match stay where they are, rows and all; erasing one, the other way. */
static void
set_search_text (ExemplarEvaluationPage *self,
                 const char             *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *previous = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search_text = g_utf8_casefold (stripped, -1);
  if (previous == NULL || g_str_equal (previous, self->search_text))
    return;

  if (strstr (self->search_text, previous) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (previous, self->search_text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (GTK_FILTER (self->assignments_filter), change);
}

static void
on_assignments_search_changed_cb (ExemplarEvaluationPage *self,
                                  GtkSearchEntry         *entry)
{
  set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  _exemplar_evaluation_page_assignments_update (self);
}

static void
on_assignments_shown_changed_cb (ExemplarEvaluationPage *self)
{
  _exemplar_evaluation_page_assignments_update (self);
}

static int
compare_applications (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  ExemplarEvaluationPage *self = user_data;
  ExemplarDeclaration *da = exemplar_assignment_get_declaration ((gpointer) a);
  ExemplarDeclaration *db = exemplar_assignment_get_declaration ((gpointer) b);
  guint pa = da != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_positions, exemplar_declaration_get_unit (da))) : 0;
  guint pb = db != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_positions, exemplar_declaration_get_unit (db))) : 0;

  return pa < pb ? GTK_ORDERING_SMALLER : pa > pb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Collating two names normalizes both each time: sorting 10,000
 * assignments compares some 130,000 times, so each name is made a
 * collation key once. */
static const char *
reviewer_sort_key (ExemplarEvaluationPage *self,
                   ExemplarReviewer       *reviewer)
{
  char *key;

  if (reviewer == NULL)
    return "";

  if (!(key = g_hash_table_lookup (self->reviewer_sort_keys, reviewer)))
    {
      key = g_utf8_collate_key (exemplar_reviewer_get_name (reviewer), -1);
      g_hash_table_insert (self->reviewer_sort_keys, reviewer, key);
    }

  return key;
}

static int
compare_reviewers (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  ExemplarEvaluationPage *self = user_data;
  int result = strcmp (reviewer_sort_key (self, exemplar_assignment_get_reviewer ((gpointer) a)),
                       reviewer_sort_key (self, exemplar_assignment_get_reviewer ((gpointer) b)));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_states (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ExemplarSheetState sa = exemplar_assignment_get_state ((gpointer) a);
  ExemplarSheetState sb = exemplar_assignment_get_state ((gpointer) b);
  guint na = exemplar_assignment_get_n_scored ((gpointer) a);
  guint nb = exemplar_assignment_get_n_scored ((gpointer) b);

  if (sa != sb)
    return sa < sb ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  return na < nb ? GTK_ORDERING_SMALLER : na > nb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
set_sorter (GtkColumnViewColumn *column,
            GCompareDataFunc     compare,
            gpointer             data)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, data, NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

/* Draw, assign, unassign. */

static void
draw_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarDrawDialog *dialog;

  if (self->campaign == NULL)
    return;

  dialog = exemplar_draw_dialog_new (_exemplar_evaluation_page_get_window (self), self->campaign);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
select_assignment (ExemplarEvaluationPage *self,
                   ExemplarAssignment     *assignment)
{
  GListModel *model = G_LIST_MODEL (self->assignments_selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarAssignment) item = g_list_model_get_item (model, i);

      if (item == assignment)
        {
          gtk_single_selection_set_selected (self->assignments_selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_assigned_cb (ExemplarEvaluationPage *self,
                ExemplarAssignment     *assignment,
                ExemplarAssignDialog   *dialog)
{
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  g_autofree char *title = NULL;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  /* A filter that hides the new assignment would hide that it worked.
   * Filtering is finished at once, for the assignment to be selected. */
  if (self->search_text != NULL && self->search_text[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->assignments_search), "");
      set_search_text (self, NULL);
      gtk_filter_list_model_set_incremental (self->assignments_filtered, FALSE);
      gtk_filter_list_model_set_incremental (self->assignments_filtered, TRUE);
    }

  select_assignment (self, assignment);

  /* Translators: a toast; the reviewer's name and the application's unit. */
  title = g_strdup_printf (_("%s will score %s"),
                           reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "",
                           declaration_name (exemplar_assignment_get_declaration (assignment)));
  _exemplar_evaluation_page_add_toast (self, adw_toast_new (title));
  _exemplar_evaluation_page_queue_refresh (self);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarAssignDialog *dialog;
  gpointer reviewer;

  if (self->campaign == NULL)
    return;

  /* The reviewer chosen in the Reviewers view is the likely one. */
  reviewer = gtk_single_selection_get_selected_item (self->reviewers_selection);

  dialog = exemplar_assign_dialog_new (_exemplar_evaluation_page_get_window (self), self->campaign,
                                       EXEMPLAR_IS_REVIEWER (reviewer) ? reviewer : NULL);
  g_signal_connect_object (dialog, "assigned", G_CALLBACK (on_assigned_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_unassign_response_cb (ExemplarEvaluationPage *self,
                         const char             *response,
                         AdwMessageDialog       *dialog)
{
  ExemplarAssignment *assignment = g_object_get_data (G_OBJECT (dialog), "exemplar-assignment");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "unassign") != 0 || self->evaluation == NULL)
    return;

  if (!exemplar_evaluation_unassign (self->evaluation, assignment, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The assignment could not be removed."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Unassign"), error);
      return;
    }

  _exemplar_evaluation_page_queue_refresh (self);
}

static void
unassign_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarAssignment *assignment = get_selected_assignment (self);
  ExemplarReviewer *reviewer;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (assignment == NULL)
    return;

  reviewer = exemplar_assignment_get_reviewer (assignment);

  /* Translators: the reviewer's name and the application's unit. */
  heading = g_strdup_printf (_("Stop %s Scoring %s?"),
                             reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "",
                             declaration_name (exemplar_assignment_get_declaration (assignment)));
  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self), heading,
                                   _("A sheet that already has scores cannot be removed. The change is recorded in the audit log."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "unassign", _("_Unassign"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unassign", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-assignment", g_object_ref (assignment), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unassign_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_sheet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarAssignment *assignment = get_selected_assignment (self);
  GtkWidget *dialog;

  if (assignment == NULL || self->campaign == NULL)
    return;

  dialog = exemplar_scoring_dialog_new (_exemplar_evaluation_page_get_window (self), self->campaign, assignment);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_assignments_view_activate_cb (ExemplarEvaluationPage *self,
                                 guint                   position,
                                 GtkColumnView          *view)
{
  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  gtk_single_selection_set_selected (self->assignments_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "evaluation.open-sheet", NULL);
}

static void
on_assignments_selection_changed_cb (ExemplarEvaluationPage *self)
{
  _exemplar_evaluation_page_assignments_update (self);
}

/* The assignment and conflict report. */

static void
open_report_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWidget *overlay = user_data;
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (overlay)));
  if (!g_app_info_launch_default_for_uri (g_variant_get_string (param, NULL), context, &error))
    g_warning ("Could not open the assignment report: %s", error->message);
}

/* The toast lives in the window's overlay, outside this page: its Open
 * button needs an action the overlay can reach. */
static void
install_open_report_action (GtkWidget *overlay)
{
  static const GActionEntry entries[] = {
    { "open", open_report_action, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), overlay);
  gtk_widget_insert_action_group (overlay, "evaluation-report", G_ACTION_GROUP (group));
}

static void
on_report_response_cb (GtkNativeDialog        *native,
                       int                     response,
                       ExemplarEvaluationPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        exemplar_evaluation_page_print_report (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *safe_title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->campaign == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Print Assignment Report"),
                                        _exemplar_evaluation_page_get_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  safe_title = g_strdelimit (g_strdup (exemplar_campaign_get_title (self->campaign)), "/\\", '-');
  /* Translators: the suggested file name of the report; %s is the campaign title. */
  name = g_strdup_printf (_("%s assignments.pdf"), safe_title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  dir = g_path_get_dirname (exemplar_campaign_get_path (self->campaign));
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_signal_connect_object (native, "response", G_CALLBACK (on_report_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_exemplar_evaluation_page_assignments_class_init (ExemplarEvaluationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_assignments_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_assignments_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "evaluation.draw", NULL, draw_action);
  gtk_widget_class_install_action (widget_class, "evaluation.assign", NULL, assign_action);
  gtk_widget_class_install_action (widget_class, "evaluation.unassign", NULL, unassign_action);
  gtk_widget_class_install_action (widget_class, "evaluation.open-sheet", NULL, open_sheet_action);
  gtk_widget_class_install_action (widget_class, "evaluation.print-report", NULL, print_report_action);
}

void
_exemplar_evaluation_page_assignments_init (ExemplarEvaluationPage *self)
{
  GtkSorter *sorter;
  GtkEventController *controller;

  /* The column view gets its model when the Assignments view is first
   * shown (see attach_visible_tables()); searching and sorting work a
   * batch per main-loop iteration. */
  self->assignments_filter = gtk_custom_filter_new (assignment_filter_func, self, NULL);
  self->assignments_filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->assignments_filter)));
  gtk_filter_list_model_set_incremental (self->assignments_filtered, TRUE);

  sorter = gtk_column_view_get_sorter (self->assignments_view);
  self->assignments_sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->assignments_filtered)),
                                                      sorter != NULL ? g_object_ref (sorter) : NULL);
  gtk_sort_list_model_set_incremental (self->assignments_sorted, TRUE);
  g_signal_connect_object (self->assignments_sorted, "items-changed",
                           G_CALLBACK (on_assignments_shown_changed_cb), self, G_CONNECT_SWAPPED);

  self->assignments_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->assignments_sorted)), 0, G_MAXUINT);
  self->assignments_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->assignments_slice)));
  gtk_single_selection_set_autoselect (self->assignments_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->assignments_selection, TRUE);
  g_signal_connect_object (self->assignments_selection, "notify::selected",
                           G_CALLBACK (on_assignments_selection_changed_cb), self, G_CONNECT_SWAPPED);

  _exemplar_evaluation_page_set_cells (self, self->assignment_application_column, setup_application_cell, update_application_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->assignment_reviewer_column, setup_reviewer_cell, update_reviewer_cell, reviewer_tooltip);
  _exemplar_evaluation_page_set_cells (self, self->assignment_round_column, setup_round_cell, update_round_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->assignment_scope_column, setup_scope_cell, update_scope_cell, scope_tooltip);
  _exemplar_evaluation_page_set_cells (self, self->assignment_state_column, setup_state_cell, update_state_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->assignment_reciprocal_column, setup_reciprocal_cell, update_reciprocal_cell, reciprocal_tooltip);

  set_sorter (self->assignment_application_column, compare_applications, self);
  set_sorter (self->assignment_reviewer_column, compare_reviewers, self);
  set_sorter (self->assignment_state_column, compare_states, self);

  /* Delete asks before removing the selected assignment. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("evaluation.unassign")));
  gtk_widget_add_controller (GTK_WIDGET (self->assignments_view), controller);

  /* Progress by application and by reviewer, each table given its model
   * when first shown, as above. */
  self->application_progress_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->progress_declarations)), 0, G_MAXUINT);
  self->application_progress_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->application_progress_slice)));
  self->reviewer_progress_slice = gtk_slice_list_model_new (NULL, 0, G_MAXUINT);
  self->reviewer_progress_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->reviewer_progress_slice)));
  _exemplar_evaluation_page_set_cells (self, self->application_progress_name_column, setup_progress_name_cell, update_progress_name_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->application_progress_total_column, setup_progress_count_cell, update_progress_total_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->application_progress_not_started_column, setup_progress_count_cell, update_progress_not_started_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->application_progress_draft_column, setup_progress_count_cell, update_progress_draft_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->application_progress_submitted_column, setup_progress_count_cell, update_progress_submitted_cell, NULL);

  _exemplar_evaluation_page_set_cells (self, self->reviewer_progress_name_column, setup_progress_name_cell, update_progress_name_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_progress_total_column, setup_progress_count_cell, update_progress_total_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_progress_not_started_column, setup_progress_count_cell, update_progress_not_started_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_progress_draft_column, setup_progress_count_cell, update_progress_draft_cell, NULL);
  _exemplar_evaluation_page_set_cells (self, self->reviewer_progress_submitted_column, setup_progress_count_cell, update_progress_submitted_cell, NULL);
}

/* Follows the campaign's assignments. */
void
_exemplar_evaluation_page_assignments_bind (ExemplarEvaluationPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->assignments_search), "");
  set_search_text (self, NULL);

  gtk_filter_list_model_set_model (self->assignments_filtered, self->assignments);
  gtk_single_selection_set_selected (self->assignments_selection, GTK_INVALID_LIST_POSITION);

  gtk_slice_list_model_set_model (self->reviewer_progress_slice, self->reviewers);
}

void
_exemplar_evaluation_page_assignments_update (ExemplarEvaluationPage *self)
{
  guint n_assignments = self->assignments != NULL ? g_list_model_get_n_items (self->assignments) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->assignments_sorted));
  guint n_reviewers = self->reviewers != NULL ? g_list_model_get_n_items (self->reviewers) : 0;
  guint n_assignable = count_assignable (self);
  gboolean selected = get_selected_assignment (self) != NULL;
  g_autofree char *summary = NULL;

  if (n_assignments > 0)
    {
      gtk_stack_set_visible_child_name (self->assignments_stack, "list");
    }
  else if (n_assignable == 0)
    {
      gtk_stack_set_visible_child_name (self->assignments_stack, "no-applications");
    }
  else
    {
      g_autofree char *description = NULL;

      if (n_reviewers == 0)
        /* Translators: %u is a number of submitted applications. */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u application is waiting for reviewers. Add reviewers first, in the Reviewers view.",
                                                    "%u applications are waiting for reviewers. Add reviewers first, in the Reviewers view.",
                                                    n_assignable),
                                       n_assignable);
      else
        /* Translators: %u is a number of submitted applications. */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u application is waiting for reviewers. Draw them by lot or assign them by hand.",
                                                    "%u applications are waiting for reviewers. Draw them by lot or assign them by hand.",
                                                    n_assignable),
                                       n_assignable);
      adw_status_page_set_description (self->assignments_empty, description);
      gtk_stack_set_visible_child_name (self->assignments_stack, "empty");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->assignments_search), n_assignments > 0);
  gtk_column_view_column_set_visible (self->assignment_round_column,
                                      self->rounds != NULL && g_list_model_get_n_items (self->rounds) > 0);

  if (n_assignments > 0)
    {
      g_autofree char *counts = _exemplar_evaluation_page_format_progress (&self->total);

      if (n_shown != n_assignments)
        /* Translators: a filtered table, e.g. "12 of 35 assignments shown", then sheet counts. */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u assignment shown · %s",
                                                "%u of %u assignments shown · %s",
                                                n_assignments),
                                   n_shown, n_assignments, counts);
      else
        /* Translators: the number of assignments, then sheet counts. */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u assignment · %s",
                                                "%u assignments · %s",
                                                n_assignments),
                                   n_assignments, counts);
    }
  gtk_label_set_label (self->assignments_summary, summary != NULL ? summary : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.draw",
                                 self->editable && n_reviewers > 0 && n_assignable > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.assign",
                                 self->editable && n_reviewers > 0 && n_assignable > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.unassign", self->editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.open-sheet", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.print-report", n_assignments > 0 || n_reviewers > 0);
}

/**
 * exemplar_evaluation_page_print_report:
 * @self: a #ExemplarEvaluationPage
 * @file: where the PDF goes; ".pdf" is appended when missing
 *
 * Returns: %TRUE when the report was written
 */
gboolean
exemplar_evaluation_page_print_report (ExemplarEvaluationPage *self,
                                       GFile                  *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) written = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->campaign == NULL)
    return FALSE;

  if (!(path = g_file_get_path (file)))
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only files on this computer can be written. Choose a local folder."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Print the Assignment Report"), error);
      return FALSE;
    }

  if (!g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
    {
      char *with_suffix = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = with_suffix;
    }

  if (!exemplar_score_export_assignments_pdf (self->campaign, path, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("The report could not be written."));
      _exemplar_evaluation_page_show_error (self, _("Could Not Print the Assignment Report"), error);
      return FALSE;
    }

  written = g_file_new_for_path (path);
  uri = g_file_get_uri (written);
  basename = g_file_get_basename (written);

  /* Translators: a toast; %s is a file name. */
  title = g_strdup_printf (_("Saved “%s”"), basename);
  toast = adw_toast_new (title);

  if ((overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY)))
    {
      install_open_report_action (overlay);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_detailed_action_name (toast, "evaluation-report.open");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }

  _exemplar_evaluation_page_add_toast (self, toast);

  return TRUE;
}
