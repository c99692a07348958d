/* exemplar-results-page-actions.c
 *
 * What the office does from the results: export every counted score
 * (XLSX or CSV), save a reviewer's score sheet for the selected unit as a
 * PDF with signature lines, record or clear a veto with a reason, and list
 * the flagged items. The results.* actions; the model decides, and every
 * refusal is shown as the model words it.
 *
 * The scores' export runs on a worker with its own connection (a national
 * campaign's XLSX takes seconds); a score sheet's PDF is one page or two
 * and is written at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-results-page-private.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-score-export.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

static ExemplarEvaluation *
get_evaluation (ExemplarResultsPage *self)
{
  return self->campaign != NULL ? exemplar_campaign_get_evaluation (self->campaign) : NULL;
}

static char *
safe_file_name (const char *text)
{
  return g_strdelimit (g_strdup (text != NULL ? text : ""), "/\\:*?\"<>|", '-');
}

static void
set_folder_beside_campaign (ExemplarResultsPage *self,
                            GtkFileChooser      *chooser)
{
  g_autofree char *dir = g_path_get_dirname (exemplar_campaign_get_path (self->campaign));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* Export scores */

typedef struct
{
  ExemplarResultsPage *self;
  char                *path;
} ExportDone;

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportDone *done = user_data;
  g_autoptr(ExemplarResultsPage) self = done->self;
  g_autofree char *path = done->path;
  g_autoptr(GError) error = NULL;

  g_free (done);

  if (exemplar_score_export_to_path_finish (EXEMPLAR_CAMPAIGN (source), result, &error))
    {
      g_autofree char *name = g_path_get_basename (path);
      /* Translators: a toast; %s is the file name. */
      g_autofree char *text = g_strdup_printf (_("Scores exported to “%s”"), name);

      _exemplar_results_page_add_toast (self, text);
    }
  else
    {
      _exemplar_results_page_show_error (self, _("Could Not Export the Scores"),
                                         error != NULL ? error->message : NULL);
    }
}

static void
on_export_response_cb (GtkNativeDialog     *native,
                       int                  response,
                       ExemplarResultsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      self->campaign != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) &&
      (path = g_file_get_path (file)))
    {
      /* The chosen kind when the name has no extension of its own. */
      if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".csv"))
        {
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
          const char *suffix = filter != NULL ? g_object_get_data (G_OBJECT (filter), "exemplar-suffix") : NULL;
          char *with_suffix = g_strconcat (path, suffix != NULL ? suffix : ".xlsx", NULL);

          g_free (path);
          path = with_suffix;
        }

      g_debug ("Exporting scores to %s", path);

      {
        ExportDone *done = g_new0 (ExportDone, 1);

        done->self = g_object_ref (self);
        done->path = g_strdup (path);
        exemplar_score_export_to_path_async (self->campaign, path, NULL, on_export_done_cb, done);
      }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static GtkFileFilter *
create_filter (const char *name,
               const char *mime_type,
               const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix + 1);
  g_object_set_data (G_OBJECT (filter), "exemplar-suffix", (gpointer) suffix);

  return filter;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  g_autoptr(GtkFileFilter) xlsx = NULL;
  g_autoptr(GtkFileFilter) csv = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (self->campaign == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Export Scores"),
                                        _exemplar_results_page_get_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  xlsx = create_filter (_("Excel workbook (.xlsx)"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
  csv = create_filter (_("CSV table (.csv)"), "text/csv", ".csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), xlsx);

  title = safe_file_name (exemplar_campaign_get_title (self->campaign));
  /* Translators: the suggested file name of the exported scores; %s is the
   * campaign title. */
  name = g_strdup_printf (_("%s scores.xlsx"), title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  set_folder_beside_campaign (self, GTK_FILE_CHOOSER (native));

  g_signal_connect_object (native, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Score sheet PDF */

static GPtrArray *
list_assignments (ExemplarResultsPage *self,
                  ExemplarStanding    *standing)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  ExemplarEvaluation *evaluation = get_evaluation (self);
  ExemplarDeclaration *declaration = exemplar_standing_get_declaration (standing);
  GListModel *assignments;
  guint n;

  if (evaluation == NULL || declaration == NULL ||
      !(assignments = exemplar_evaluation_get_assignments (evaluation)))
    return found;

  n = g_list_model_get_n_items (assignments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_declaration (assignment) == declaration)
        g_ptr_array_add (found, g_steal_pointer (&assignment));
    }

  return found;
}

static char *
describe_assignment (ExemplarAssignment *assignment)
{
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  ExemplarRound *round = exemplar_assignment_get_round (assignment);
  const char *state = exemplar_sheet_state_get_title (exemplar_assignment_get_state (assignment));
  g_autofree char *label = reviewer != NULL ? exemplar_reviewer_dup_label (reviewer) : g_strdup ("");

  if (round != NULL)
    /* Translators: a reviewer's sheet to print: who, round, state, e.g.
     * "王敏（区教育局） · 书面调阅 · Submitted". */
    return g_strdup_printf (_("%s · %s · %s"), label, exemplar_round_get_name (round), state);

  /* Translators: a reviewer's sheet to print: who and its state, e.g.
   * "王敏（区教育局） · Submitted". */
  return g_strdup_printf (_("%s · %s"), label, state);
}

static void
on_sheet_file_response_cb (GtkNativeDialog     *native,
                           int                  response,
                           ExemplarResultsPage *self)
{
  ExemplarAssignment *assignment = g_object_get_data (G_OBJECT (native), "exemplar-assignment");
  ExemplarEvaluation *evaluation = get_evaluation (self);
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      evaluation != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) &&
      (path = g_file_get_path (file)))
    {
      if (!g_str_has_suffix (path, ".pdf"))
        {
          char *with_suffix = g_strconcat (path, ".pdf", NULL);

          g_free (path);
          path = with_suffix;
        }

      if ((sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error)) &&
          exemplar_score_export_sheet_pdf (sheet, path, &error))
        {
          g_autofree char *name = g_path_get_basename (path);
          /* Translators: a toast; %s is the file name. */
          g_autofree char *text = g_strdup_printf (_("Score sheet saved as “%s”"), name);

          _exemplar_results_page_add_toast (self, text);
        }
      else
        {
          _exemplar_results_page_show_error (self, _("Could Not Save the Score Sheet"),
                                             error != NULL ? error->message : NULL);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
choose_sheet_file (ExemplarResultsPage *self,
                   ExemplarAssignment  *assignment)
{
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  ExemplarUnit *unit = declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *unit_name = safe_file_name (unit != NULL ? exemplar_unit_get_name (unit) : NULL);
  g_autofree char *reviewer_name = safe_file_name (reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : NULL);
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Score Sheet"),
                                        _exemplar_results_page_get_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* Translators: the suggested file name of a score sheet: the unit and the
   * reviewer, e.g. "华阳路街道 王敏 score sheet.pdf". */
  name = g_strdup_printf (_("%s %s score sheet.pdf"), unit_name, reviewer_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  set_folder_beside_campaign (self, GTK_FILE_CHOOSER (native));

  g_object_set_data_full (G_OBJECT (native), "exemplar-assignment",
                          g_object_ref (assignment), g_object_unref);
  g_signal_connect_object (native, "response", G_CALLBACK (on_sheet_file_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_sheet_choice_response_cb (AdwMessageDialog    *dialog,
                             const char          *response,
                             ExemplarResultsPage *self)
{
  GPtrArray *assignments = g_object_get_data (G_OBJECT (dialog), "exemplar-assignments");
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "exemplar-dropdown");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (g_strcmp0 (response, "save") != 0 || selected >= assignments->len)
    return;

  choose_sheet_file (self, g_ptr_array_index (assignments, selected));
}

static void
print_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  ExemplarUnit *unit;
  GtkWidget *dialog;
  GtkWidget *dropdown;

  if (self->standing == NULL)
    return;

  unit = exemplar_standing_get_unit (self->standing);
  assignments = list_assignments (self, self->standing);

  if (assignments->len == 0)
    {
      /* Translators: %s is the applicant unit. */
      body = g_strdup_printf (_("No reviewer is assigned to %s, so it has no score sheet yet. "
                                "Assign reviewers in the Evaluation section."),
                              unit != NULL ? exemplar_unit_get_name (unit) : "");
      _exemplar_results_page_show_error (self, _("No Score Sheet to Print"), body);
      return;
    }

  for (guint i = 0; i < assignments->len; i++)
    {
      g_autofree char *label = describe_assignment (g_ptr_array_index (assignments, i));

      gtk_string_list_append (labels, label);
    }

  /* Translators: %s is the applicant unit. */
  body = g_strdup_printf (_("Choose whose sheet for %s to save as a PDF, with the points, "
                            "reasons and signature lines, ready to print."),
                          unit != NULL ? exemplar_unit_get_name (unit) : "");
  dialog = adw_message_dialog_new (_exemplar_results_page_get_window (self),
                                   _("Print a Score Sheet"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save PDF…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reviewer"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-assignments",
                          g_steal_pointer (&assignments), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "exemplar-dropdown", dropdown);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sheet_choice_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Vetoes */

static void
collect_veto_items (gpointer data,
                    gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  GPtrArray *found = user_data;

  if (exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO &&
      exemplar_indicator_is_leaf (indicator))
    g_ptr_array_add (found, g_object_ref (indicator));
}

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  const char *response = g_object_get_data (G_OBJECT (dialog), "exemplar-response");

  adw_message_dialog_set_response_enabled (dialog, response, text[0] != '\0');
}

static void
on_veto_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     ExemplarResultsPage *self)
{
  ExemplarEvaluation *evaluation = get_evaluation (self);
  ExemplarDeclaration *declaration = g_object_get_data (G_OBJECT (dialog), "exemplar-declaration");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "exemplar-entry");
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "exemplar-dropdown");
  GPtrArray *items = g_object_get_data (G_OBJECT (dialog), "exemplar-items");
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (evaluation == NULL || declaration == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "record") == 0)
    {
      guint selected = gtk_drop_down_get_selected (dropdown);
      ExemplarIndicator *indicator = NULL;

      /* The first choice is "no particular item". */
      if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= items->len)
        indicator = g_ptr_array_index (items, selected - 1);

      done = exemplar_evaluation_record_veto (evaluation, declaration, indicator, reason, &error);
      if (done)
        _exemplar_results_page_add_toast (self, _("Veto recorded"));
    }
  else if (g_strcmp0 (response, "clear") == 0)
    {
      done = exemplar_evaluation_clear_veto (evaluation, declaration, reason, &error);
      if (done)
        _exemplar_results_page_add_toast (self, _("Veto cleared"));
    }
  else
    {
      return;
    }

  if (!done)
    {
      _exemplar_results_page_show_error (self, adw_message_dialog_get_heading (dialog),
                                         error != NULL ? error->message : NULL);
      return;
    }

  /* The office sees the unit leave (or rejoin) the ranking at once. */
  _exemplar_results_page_recompute_now (self);
}

static GtkWidget *
create_veto_dialog (ExemplarResultsPage *self,
                    const char          *heading,
                    const char          *body,
                    const char          *response,
                    const char          *response_label,
                    GtkWidget           *extra)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (_exemplar_results_page_get_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              g_str_equal (response, "record") ? ADW_RESPONSE_DESTRUCTIVE
                                                                              : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), response, FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (recorded in the audit log)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_object_set_data (G_OBJECT (dialog), "exemplar-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-response", g_strdup (response), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-declaration",
                          g_object_ref (exemplar_standing_get_declaration (self->standing)),
                          g_object_unref);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_veto_response_cb), self, 0);

  return dialog;
}

static void
record_veto_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  ExemplarUnit *unit;
  GtkWidget *dropdown;
  GtkWidget *dialog;

  if (self->standing == NULL || exemplar_standing_get_declaration (self->standing) == NULL)
    return;

  unit = exemplar_standing_get_unit (self->standing);
  exemplar_rubric_foreach (exemplar_campaign_get_rubric (self->campaign), collect_veto_items, items);

  gtk_string_list_append (labels, _("No particular veto item"));
  for (guint i = 0; i < items->len; i++)
    {
      ExemplarIndicator *indicator = g_ptr_array_index (items, i);
      g_autofree char *label = g_strdup_printf ("%s %s",
                                                exemplar_indicator_get_code (indicator),
                                                exemplar_indicator_get_name (indicator));

      gtk_string_list_append (labels, label);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Veto item"),
                                  -1);

  /* Translators: %s is the applicant unit, e.g. "华阳路街道". */
  heading = g_strdup_printf (_("Record a Veto for %s?"), unit != NULL ? exemplar_unit_get_name (unit) : "");
  dialog = create_veto_dialog (self, heading,
                               _("A vetoed unit leaves the ranking whatever its scores. Choose the "
                                 "negative-list item it breaks, and say what was found."),
                               "record", _("_Record Veto"), dropdown);

  g_object_set_data (G_OBJECT (dialog), "exemplar-dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "exemplar-items",
                          g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "exemplar-entry"));
}

static void
clear_veto_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);
  g_autofree char *heading = NULL;
  ExemplarUnit *unit;
  GtkWidget *dialog;

  if (self->standing == NULL || exemplar_standing_get_declaration (self->standing) == NULL)
    return;

  unit = exemplar_standing_get_unit (self->standing);

  /* Translators: %s is the applicant unit, e.g. "华阳路街道". */
  heading = g_strdup_printf (_("Clear the Veto of %s?"), unit != NULL ? exemplar_unit_get_name (unit) : "");
  dialog = create_veto_dialog (self, heading,
                               _("The unit rejoins the ranking with its scores. Say why the "
                                 "finding no longer holds."),
                               "clear", _("C_lear Veto"), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "exemplar-entry"));
}

/* Flagged items */

static void
show_flagged_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);

  if (!self->flagged_filled)
    _exemplar_results_page_fill_flagged (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "flagged");
}

static void
hide_flagged_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarResultsPage *self = EXEMPLAR_RESULTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->detail_stack, self->standing != NULL ? "unit" : "none");
}

/* The evaluation's setup (policy and vetoes among it) changes only in a
 * writable campaign during the declaration and evaluation phases, as the
 * model rules; the page says so rather than letting the model refuse. */
char *
_exemplar_results_page_dup_locked_reason (ExemplarResultsPage *self)
{
  ExemplarPhase phase;

  if (self->campaign == NULL)
    return g_strdup ("");

  if (exemplar_campaign_get_read_only (self->campaign))
    return g_strdup (exemplar_campaign_get_read_only_reason (self->campaign));

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase != EXEMPLAR_PHASE_DECLARATION && phase != EXEMPLAR_PHASE_EVALUATION)
    /* Translators: %s is a phase, e.g. "Review and Publicity". */
    return g_strdup_printf (_("Policy and vetoes are fixed: the campaign is in its “%s” phase"),
                            exemplar_phase_get_title (phase));

  return NULL;
}

/* Shows @locked as @widget's tooltip, or its own tooltip when NULL. */
static void
set_locked_tooltip (GtkWidget  *widget,
                    const char *locked)
{
  const char *own = g_object_get_data (G_OBJECT (widget), "exemplar-own-tooltip");

  if (own == NULL)
    {
      own = gtk_widget_get_tooltip_text (widget);
      g_object_set_data_full (G_OBJECT (widget), "exemplar-own-tooltip", g_strdup (own != NULL ? own : ""), g_free);
      own = g_object_get_data (G_OBJECT (widget), "exemplar-own-tooltip");
    }

  gtk_widget_set_tooltip_text (widget, locked != NULL && locked[0] != '\0' ? locked : own);
}

void
_exemplar_results_page_update_actions (ExemplarResultsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autofree char *locked = _exemplar_results_page_dup_locked_reason (self);
  gboolean writable = locked == NULL;
  gboolean has_results = self->results != NULL;
  gboolean has_unit = self->standing != NULL && exemplar_standing_get_declaration (self->standing) != NULL;
  gboolean vetoed = has_unit && exemplar_standing_get_vetoed (self->standing);

  gtk_widget_action_set_enabled (widget, "results.export", has_results);
  gtk_widget_action_set_enabled (widget, "results.print-sheet", has_unit);
  gtk_widget_action_set_enabled (widget, "results.record-veto", writable && has_unit && !vetoed);
  gtk_widget_action_set_enabled (widget, "results.clear-veto", writable && vetoed);
  gtk_widget_action_set_enabled (widget, "results.show-flagged", has_results);
  gtk_widget_action_set_enabled (widget, "results.hide-flagged", has_results);

  gtk_widget_set_sensitive (GTK_WIDGET (self->policy_dropdown), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->disagreement_spin), writable);
  set_locked_tooltip (GTK_WIDGET (self->policy_dropdown), locked);
  set_locked_tooltip (GTK_WIDGET (self->disagreement_spin), locked);
  _exemplar_results_page_update_flag_review (self);
}

/* Ctrl+E and Ctrl+P work while the section is on screen, wherever the
 * focus is; global shortcuts of unmapped widgets are skipped. */
void
_exemplar_results_page_add_shortcuts (ExemplarResultsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("results.export")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_p, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("results.print-sheet")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_exemplar_results_page_class_actions_init (ExemplarResultsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "results.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "results.print-sheet", NULL, print_sheet_action);
  gtk_widget_class_install_action (widget_class, "results.record-veto", NULL, record_veto_action);
  gtk_widget_class_install_action (widget_class, "results.clear-veto", NULL, clear_veto_action);
  gtk_widget_class_install_action (widget_class, "results.show-flagged", NULL, show_flagged_action);
  gtk_widget_class_install_action (widget_class, "results.hide-flagged", NULL, hide_flagged_action);
  _exemplar_results_page_class_flagged_init (klass);

}
