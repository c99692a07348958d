/* exemplar-evaluation-page-packages.c
 *
 * Scoring at the reviewers' own desktops, from the office's side: a review
 * package written for the selected reviewer, in the background with a
 * toast that can cancel it; score sheet files sent back imported, with
 * what each import did shown in a dialog; and the Returned Sheets view,
 * where the sheets that disagree with the office's wait for a decision.
 * The model checks and decides; every refusal is shown with its message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-evaluation-page-private.h"
#include "exemplar-returned-sheets-view.h"
#include "exemplar-review-package.h"
#include "exemplar-sheet-file.h"
#include "exemplar-sheet-import.h"

/* libadwaita 1.2 crashes when a toast is dismissed while it still slides
 * in (300 ms); a refusal can come back sooner than that. */
#define TOAST_SHOW_USEC (500 * G_TIME_SPAN_MILLISECOND)

/* The campaign and the cancellable are the request's own: the page may
 * have moved on to another campaign, or none, by the time it is done. */
typedef struct
{
  ExemplarEvaluationPage *page;
  ExemplarCampaign       *campaign;
  GCancellable           *cancellable;
  ExemplarReviewer       *reviewer;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->page);
  g_clear_object (&request->campaign);
  g_clear_object (&request->cancellable);
  g_clear_object (&request->reviewer);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

/* Packages go out from, and sheets come back into, the office's own
 * writable file; the model refuses the phases that take no scores with a
 * message of its own. */
static gboolean
is_office_file (ExemplarEvaluationPage *self)
{
  return self->campaign != NULL &&
         self->evaluation != NULL &&
         !exemplar_campaign_get_read_only (self->campaign) &&
         !exemplar_campaign_get_is_package (self->campaign);
}

/* The folder the office's file is in: where packages are written and
 * returned sheets are usually put. */
static void
set_folder_of_campaign (ExemplarEvaluationPage *self,
                        GtkFileChooser         *chooser)
{
  g_autofree char *dir = g_path_get_dirname (exemplar_campaign_get_path (self->campaign));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* What a chooser does with the file picked in it. */
typedef void (*ChosenFunc) (ExemplarEvaluationPage *self,
                            GtkNativeDialog        *native,
                            GFile                  *file);

static void
on_chooser_response_cb (GtkNativeDialog        *native,
                        int                     response,
                        ExemplarEvaluationPage *self)
{
  ChosenFunc chosen = (ChosenFunc) g_object_get_data (G_OBJECT (native), "exemplar-chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        chosen (self, native, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

/* A modal file chooser in the folder of the office's file, filtered to
 * @suffix when given, offering @name when given; @chosen gets the file. */
static GtkFileChooserNative *
new_chooser (ExemplarEvaluationPage *self,
             const char             *title,
             GtkFileChooserAction    action,
             const char             *accept_label,
             const char             *filter_name,
             const char             *suffix,
             const char             *name,
             ChosenFunc              chosen)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title,
                                                              _exemplar_evaluation_page_get_window (self),
                                                              action, accept_label, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (suffix != NULL)
    add_filter (GTK_FILE_CHOOSER (native), filter_name, suffix);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  set_folder_of_campaign (self, GTK_FILE_CHOOSER (native));

  g_object_set_data (G_OBJECT (native), "exemplar-chosen", (gpointer) chosen);
  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  return native;
}

/* The local path of @file with @suffix (".exemplar-review") appended when
 * missing; NULL, with an error shown under @heading, for a file that is not
 * on this computer. */
static char *
dup_local_path (ExemplarEvaluationPage *self,
                GFile                  *file,
                const char             *suffix,
                const char             *heading)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only files on this computer can be used. Choose a local folder."));
      _exemplar_evaluation_page_show_error (self, heading, error);
      return NULL;
    }

  if (suffix != NULL && !g_str_has_suffix (path, suffix))
    return g_strconcat (path, suffix, NULL);

  return g_steal_pointer (&path);
}

/* @text, one line a file or a sheet, for a message dialog: a handful
 * shows whole, a long list scrolls. */
static GtkWidget *
new_lines_view (const char *text,
                const char *css_class)
{
  GtkWidget *scrolled;
  GtkWidget *label;

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);

  return scrolled;
}

/* Exporting a review package. */

static void
cancel_export_cb (GSimpleAction          *action,
                  GVariant               *param,
                  ExemplarEvaluationPage *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* The progress toast lives in the window's overlay, outside this page: its
 * Cancel button needs an action the overlay can reach. */
static void
install_cancel_export_action (ExemplarEvaluationPage *self,
                              GtkWidget              *overlay)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) cancel = g_simple_action_new ("cancel", NULL);

  g_signal_connect_object (cancel, "activate", G_CALLBACK (cancel_export_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (cancel));
  gtk_widget_insert_action_group (overlay, "evaluation-package", G_ACTION_GROUP (group));
}

/* The progress toast, with @text beside a spinner. */
static void
show_export_progress (ExemplarEvaluationPage *self,
                      const char             *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *label;

  label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), label);

  g_clear_object (&self->export_toast);
  self->export_toast = adw_toast_new (text);
  adw_toast_set_custom_title (self->export_toast, box);
  adw_toast_set_timeout (self->export_toast, 0);
  adw_toast_set_priority (self->export_toast, ADW_TOAST_PRIORITY_HIGH);

  if (overlay != NULL)
    {
      install_cancel_export_action (self, overlay);
      adw_toast_set_button_label (self->export_toast, _("_Cancel"));
      adw_toast_set_action_name (self->export_toast, "evaluation-package.cancel");
    }

  self->export_toast_shown = g_get_monotonic_time ();
  _exemplar_evaluation_page_add_toast (self, g_object_ref (self->export_toast));
}

/* The progress toast's text changed in place: the label beside the spinner. */
static void
set_export_progress (ExemplarEvaluationPage *self,
                     const char             *text)
{
  if (self->export_toast == NULL)
    return;

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (adw_toast_get_custom_title (self->export_toast))), text);
}

static gboolean
dismiss_toast_cb (gpointer toast)
{
  adw_toast_dismiss (toast);
  return G_SOURCE_REMOVE;
}

static void
dismiss_export_progress (ExemplarEvaluationPage *self)
{
  gint64 shown_for = g_get_monotonic_time () - self->export_toast_shown;

  if (self->export_toast == NULL)
    return;

  if (shown_for >= TOAST_SHOW_USEC)
    adw_toast_dismiss (self->export_toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) ((TOAST_SHOW_USEC - shown_for) / G_TIME_SPAN_MILLISECOND),
                        dismiss_toast_cb, g_object_ref (self->export_toast), g_object_unref);

  g_clear_object (&self->export_toast);
}

/* The export of @cancellable is over: the page can start another, unless
 * it already has (its campaign changed meanwhile). */
static void
finish_export (ExemplarEvaluationPage *self,
               GCancellable           *cancellable)
{
  if (self->export_cancellable != cancellable)
    return;

  dismiss_export_progress (self);
  g_clear_object (&self->export_cancellable);
}

/* The assignments of @reviewer in @campaign, counted in the model: the
 * page's own counts are of the campaign it shows now. */
static guint
count_assignments (ExemplarCampaign *campaign,
                   ExemplarReviewer *reviewer)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = evaluation != NULL ? exemplar_evaluation_get_assignments (evaluation) : NULL;
  guint n_items = assignments != NULL ? g_list_model_get_n_items (assignments) : 0;
  guint n_assignments = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_reviewer (assignment) == reviewer)
        n_assignments++;
    }

  return n_assignments;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ExportRequest) request = user_data;
  ExemplarEvaluationPage *self = request->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_assignments;

  /* A page taken down while the package was written cancelled it, and has
   * nothing left to show it on. */
  if (self->returned_view == NULL)
    return;

  finish_export (self, request->cancellable);
  _exemplar_evaluation_page_queue_refresh (self);

  if (!exemplar_review_package_export_finish (EXEMPLAR_CAMPAIGN (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: a toast; %s is a reviewer. */
          title = g_strdup_printf (_("Review package for %s not written: cancelled"),
                                   exemplar_reviewer_get_name (request->reviewer));
          _exemplar_evaluation_page_add_toast (self, adw_toast_new (title));
        }
      else
        {
          _exemplar_evaluation_page_show_error (self, _("Review Package Not Written"), error);
        }
      return;
    }

  n_assignments = count_assignments (request->campaign, request->reviewer);
  /* Translators: a toast once a review package is written; %s is a reviewer. */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Review package for %s written: %u assignment.",
                                        "Review package for %s written: %u assignments.",
                                        n_assignments),
                           exemplar_reviewer_get_name (request->reviewer), n_assignments);
  _exemplar_evaluation_page_add_toast (self, adw_toast_new (title));
}

/**
 * exemplar_evaluation_page_export_package:
 * @self: a #ExemplarEvaluationPage
 * @reviewer: the reviewer the package is for
 * @file: where it goes; ".exemplar-review" is appended when missing
 *
 * Writes @reviewer's review package in the background, as Export Review
 * Package… does once a file is chosen: a toast shows the progress and can
 * cancel it, another says what was written; a refusal of the model is
 * shown with its message.
 */
void
exemplar_evaluation_page_export_package (ExemplarEvaluationPage *self,
                                         ExemplarReviewer       *reviewer,
                                         GFile                  *file)
{
  g_autofree char *path = NULL;
  g_autofree char *progress = NULL;
  ExportRequest *request;

  g_return_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self));
  g_return_if_fail (EXEMPLAR_IS_REVIEWER (reviewer));
  g_return_if_fail (G_IS_FILE (file));

  if (self->campaign == NULL || self->export_cancellable != NULL)
    return;

  if (!(path = dup_local_path (self, file, EXEMPLAR_REVIEW_PACKAGE_SUFFIX, _("Review Package Not Written"))))
    return;

  self->export_cancellable = g_cancellable_new ();
  request = g_new0 (ExportRequest, 1);
  request->page = g_object_ref (self);
  request->campaign = g_object_ref (self->campaign);
  request->cancellable = g_object_ref (self->export_cancellable);
  request->reviewer = g_object_ref (reviewer);

  /* Translators: shown while a review package is written; %s is a reviewer. */
  progress = g_strdup_printf (_("Writing the review package for %s…"), exemplar_reviewer_get_name (reviewer));
  show_export_progress (self, progress);
  _exemplar_evaluation_page_packages_update (self);

  exemplar_review_package_export_async (request->campaign, reviewer, path, request->cancellable,
                                        on_export_done_cb, request);
}

static void
export_chosen (ExemplarEvaluationPage *self,
               GtkNativeDialog        *native,
               GFile                  *file)
{
  ExemplarReviewer *reviewer = g_object_get_data (G_OBJECT (native), "exemplar-reviewer");

  exemplar_evaluation_page_export_package (self, reviewer, file);
}

static void
export_package_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  ExemplarReviewer *reviewer = _exemplar_evaluation_page_get_selected_reviewer (self);
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (reviewer == NULL || self->campaign == NULL)
    return;

  name = exemplar_review_package_dup_basename (self->campaign, reviewer);
  native = new_chooser (self, _("Export Review Package"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                        _("Review packages"), EXEMPLAR_REVIEW_PACKAGE_SUFFIX + 1, name, export_chosen);
  g_object_set_data_full (G_OBJECT (native), "exemplar-reviewer", g_object_ref (reviewer), g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Exporting every reviewer's review package into one folder, one after
 * another; Cancel stops after the package being written, so every file
 * left in the folder is complete. */

/* As ExportRequest, the campaign and the cancellable are the request's own. */
typedef struct
{
  ExemplarEvaluationPage *page;
  ExemplarCampaign       *campaign;
  GCancellable           *cancellable;
  char                   *folder;
  GPtrArray              *reviewers;
  guint                   next;
  guint                   n_written;
  guint                   n_skipped;
  GString                *failures;
} ExportAllRequest;

static void
export_all_request_free (ExportAllRequest *request)
{
  g_clear_object (&request->page);
  g_clear_object (&request->campaign);
  g_clear_object (&request->cancellable);
  g_free (request->folder);
  g_ptr_array_unref (request->reviewers);
  g_string_free (request->failures, TRUE);
  g_free (request);
}

/* The reviewers with at least one assignment: those a package can be
 * written for. */
static GPtrArray *
dup_reviewers_with_assignments (ExemplarEvaluationPage *self)
{
  GPtrArray *reviewers = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = self->reviewers != NULL ? g_list_model_get_n_items (self->reviewers) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (self->reviewers, i);

      if (_exemplar_evaluation_page_count_load (self, reviewer) > 0)
        g_ptr_array_add (reviewers, g_steal_pointer (&reviewer));
    }

  return reviewers;
}

static void
show_export_all_result (ExportAllRequest *request,
                        gboolean          cancelled)
{
  ExemplarEvaluationPage *self = request->page;
  g_autofree char *folder_name = g_filename_display_basename (request->folder);
  g_autoptr(GString) text = g_string_new (NULL);

  if (cancelled)
    /* Translators: a toast; the numbers of packages written and to write. */
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                        "Export cancelled: %u of %u review package written.",
                                        "Export cancelled: %u of %u review packages written.",
                                        request->reviewers->len),
                     request->n_written, request->reviewers->len);
  else
    /* Translators: a toast; %u is a number of packages, %s a folder. */
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                        "%u review package written to “%s”.",
                                        "%u review packages written to “%s”.",
                                        request->n_written),
                     request->n_written, folder_name);

  if (request->n_skipped > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: follows the number of packages written. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u skipped: a file with that name is already in the folder.",
                                                 "%u skipped: a file with that name is already in the folder.",
                                                 request->n_skipped),
                              request->n_skipped);
    }

  if (request->failures->len > 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self),
                                                  _("Some Review Packages Not Written"), text->str);

      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                          new_lines_view (request->failures->str, "export-failure-lines"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  _exemplar_evaluation_page_add_toast (self, adw_toast_new (text->str));
}

static void export_all_next (ExportAllRequest *request);

static void
on_export_all_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ExportAllRequest *request = user_data;
  ExemplarReviewer *reviewer = g_ptr_array_index (request->reviewers, request->next - 1);
  g_autoptr(GError) error = NULL;

  /* A page taken down meanwhile has nothing left to show it on. */
  if (request->page->returned_view == NULL)
    {
      g_clear_pointer (&request, export_all_request_free);
      return;
    }

  if (exemplar_review_package_export_finish (EXEMPLAR_CAMPAIGN (source), result, &error))
    request->n_written++;
  else if (g_error_matches (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS))
    request->n_skipped++;
  else
    g_string_append_printf (request->failures, "%s%s: %s", request->failures->len > 0 ? "\n" : "",
                            exemplar_reviewer_get_name (reviewer), error->message);

  export_all_next (request);
}

static void
export_all_next (ExportAllRequest *request)
{
  ExemplarEvaluationPage *self = request->page;
  gboolean cancelled = g_cancellable_is_cancelled (request->cancellable);
  g_autofree char *progress = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  ExemplarReviewer *reviewer;

  if (cancelled || request->next == request->reviewers->len)
    {
      finish_export (self, request->cancellable);
      _exemplar_evaluation_page_queue_refresh (self);
      _exemplar_evaluation_page_packages_update (self);
      show_export_all_result (request, cancelled && request->next < request->reviewers->len);
      export_all_request_free (request);
      return;
    }

  reviewer = g_ptr_array_index (request->reviewers, request->next++);
  /* Translators: shown while review packages are written, one after another. */
  progress = g_strdup_printf (_("Exporting review packages: %u of %u…"), request->next, request->reviewers->len);
  if (self->export_toast == NULL)
    show_export_progress (self, progress);
  else
    set_export_progress (self, progress);

  name = exemplar_review_package_dup_basename (request->campaign, reviewer);
  path = g_build_filename (request->folder, name, NULL);
  /* Not cancellable: Cancel stops after this one, which is then complete. */
  exemplar_review_package_export_async (request->campaign, reviewer, path, NULL, on_export_all_done_cb, request);
}

/**
 * exemplar_evaluation_page_export_all_packages:
 * @self: a #ExemplarEvaluationPage
 * @folder: the folder the packages go to
 *
 * Writes the review package of every reviewer with assignments into
 * @folder, one after another in the background, as Export All Review
 * Packages… does once a folder is chosen. A file already in @folder is
 * skipped and counted; a toast shows the progress and can cancel after the
 * package being written; at the end a toast says what was written, or a
 * dialog lists the packages the model refused, with its messages.
 */
void
exemplar_evaluation_page_export_all_packages (ExemplarEvaluationPage *self,
                                              GFile                  *folder)
{
  g_autofree char *path = NULL;
  ExportAllRequest *request;

  g_return_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (self->campaign == NULL || self->export_cancellable != NULL)
    return;

  if (!(path = dup_local_path (self, folder, NULL, _("Review Packages Not Written"))))
    return;

  self->export_cancellable = g_cancellable_new ();
  request = g_new0 (ExportAllRequest, 1);
  request->page = g_object_ref (self);
  request->campaign = g_object_ref (self->campaign);
  request->cancellable = g_object_ref (self->export_cancellable);
  request->folder = g_steal_pointer (&path);
  request->reviewers = dup_reviewers_with_assignments (self);
  request->failures = g_string_new (NULL);

  _exemplar_evaluation_page_packages_update (self);
  export_all_next (request);
}

static void
export_all_chosen (ExemplarEvaluationPage *self,
                   GtkNativeDialog        *native,
                   GFile                  *folder)
{
  exemplar_evaluation_page_export_all_packages (self, folder);
}

static void
export_all_packages_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  GtkFileChooserNative *native;

  if (self->campaign == NULL)
    return;

  native = new_chooser (self, _("Export All Review Packages"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                        _("_Export"), NULL, NULL, NULL, export_all_chosen);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Importing a score sheet. */

static void
on_import_result_response_cb (ExemplarEvaluationPage *self,
                              const char             *response,
                              AdwMessageDialog       *dialog)
{
  if (g_strcmp0 (response, "review") == 0)
    exemplar_evaluation_page_show_view (self, "returned");
}

/* One line a sheet, as the model says what it did with each; a reviewer
 * sends a handful, a long list scrolls. */
static GtkWidget *
new_import_lines (ExemplarSheetImport *import)
{
  g_autoptr(GPtrArray) lines = exemplar_sheet_import_dup_lines (import);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (lines, i));
    }

  if (text->len == 0)
    return NULL;

  return new_lines_view (text->str, "sheet-import-lines");
}

static void
show_import_result (ExemplarEvaluationPage *self,
                    ExemplarSheetImport    *import)
{
  ExemplarReviewer *reviewer = exemplar_sheet_import_get_reviewer (import);
  const char *name = reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "?";
  GListModel *conflicts = exemplar_sheet_import_get_conflicts (import);
  guint n_conflicts = conflicts != NULL ? g_list_model_get_n_items (conflicts) : 0;
  g_autofree char *when = exemplar_returned_sheets_view_format_time (exemplar_sheet_import_get_imported_at (import));
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *lines = NULL;

  if (exemplar_sheet_import_get_already_imported (import))
    {
      /* Translators: %s is the time of the earlier import. */
      body = g_strdup_printf (_("This score sheet was already imported on %s; nothing changed."), when);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      /* Translators: the score sheet's sender and when it was imported. */
      g_string_printf (text, _("From %s, imported %s."), name, when);
      if (n_conflicts > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u sheet disagrees with the one the office holds sealed and was not applied: decide it in Returned Sheets.",
                                               "%u sheets disagree with the ones the office holds sealed and were not applied: decide them in Returned Sheets.",
                                               n_conflicts),
                                  n_conflicts);
        }
      body = g_string_free (g_steal_pointer (&text), FALSE);
      lines = new_import_lines (import);
    }

  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self), _("Score Sheet Imported"), body);
  if (lines != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), lines);

  if (n_conflicts > 0 && !exemplar_sheet_import_get_already_imported (import))
    {
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "close", _("_Close"),
                                        "review", _("_Review Conflicts"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "review", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "review");
    }
  else
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_result_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * exemplar_evaluation_page_import_sheet:
 * @self: a #ExemplarEvaluationPage
 * @file: a score sheet file (.exemplar-sheet)
 *
 * Imports @file into the campaign as Import Score Sheet… does once a file
 * is chosen, and shows what the import did ("Score Sheet Imported"), or
 * the model's refusal ("Score Sheet Not Imported"), which changes nothing.
 *
 * Returns: %TRUE when the file was imported, or had been already
 */
gboolean
exemplar_evaluation_page_import_sheet (ExemplarEvaluationPage *self,
                                       GFile                  *file)
{
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->campaign == NULL)
    return FALSE;

  if (!(path = dup_local_path (self, file, NULL, _("Score Sheet Not Imported"))))
    return FALSE;

  if (!(import = exemplar_sheet_file_import (self->campaign, path, &error)))
    {
      _exemplar_evaluation_page_show_error (self, _("Score Sheet Not Imported"), error);
      return FALSE;
    }

  exemplar_returned_sheets_view_reload (self->returned_view);
  _exemplar_evaluation_page_queue_refresh (self);
  show_import_result (self, import);

  return TRUE;
}

static void
import_chosen (ExemplarEvaluationPage *self,
               GtkNativeDialog        *native,
               GFile                  *file)
{
  exemplar_evaluation_page_import_sheet (self, file);
}

static void
import_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (widget);
  GtkFileChooserNative *native;

  if (self->campaign == NULL)
    return;

  native = new_chooser (self, _("Import Score Sheet"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                        _("Score sheets"), EXEMPLAR_SHEET_FILE_SUFFIX + 1, NULL, import_chosen);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The Returned Sheets view's badge counts the sheets waiting for the
 * office, so that they are seen from the other views. */
static void
on_returned_pending_changed_cb (ExemplarEvaluationPage *self)
{
  guint n_pending = exemplar_returned_sheets_view_get_n_pending (self->returned_view);

  adw_view_stack_page_set_badge_number (self->returned_page, n_pending);
  adw_view_stack_page_set_needs_attention (self->returned_page, n_pending > 0);
}

void
_exemplar_evaluation_page_packages_class_init (ExemplarEvaluationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (EXEMPLAR_TYPE_RETURNED_SHEETS_VIEW);

  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, export_package_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, export_package_icon_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, export_all_packages_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, export_all_packages_icon_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, returned_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, returned_page);

  gtk_widget_class_install_action (widget_class, "evaluation.export-package", NULL, export_package_action);
  gtk_widget_class_install_action (widget_class, "evaluation.export-all-packages", NULL, export_all_packages_action);
  gtk_widget_class_install_action (widget_class, "evaluation.import-sheet", NULL, import_sheet_action);
}

void
_exemplar_evaluation_page_packages_init (ExemplarEvaluationPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Ctrl+I works while the section is on screen, wherever the focus is. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_i, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("evaluation.import-sheet")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->returned_view, "notify::n-pending",
                           G_CALLBACK (on_returned_pending_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_exemplar_evaluation_page_packages_bind (ExemplarEvaluationPage *self)
{
  /* A package being written is of the campaign shown before: stop it (an
   * Export All after the package being written). The request finishes on
   * its own campaign and then lets the page export again. */
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);

  exemplar_returned_sheets_view_set_campaign (self->returned_view, self->campaign);
  on_returned_pending_changed_cb (self);
}

/* Why an export can or cannot be used, on its two buttons (wide and narrow). */
static void
set_export_tooltip (GtkWidget  *button,
                    GtkWidget  *icon_button,
                    const char *tooltip)
{
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_tooltip_text (icon_button, tooltip);
}

static void
update_export_all (ExemplarEvaluationPage *self,
                   gboolean                office)
{
  g_autoptr(GPtrArray) reviewers = dup_reviewers_with_assignments (self);
  const char *tooltip;

  if (self->export_cancellable != NULL)
    tooltip = _("A review package is being written");
  else if (!office)
    tooltip = _("Review packages are written from the office's own writable campaign file");
  else if (reviewers->len == 0)
    tooltip = _("No reviewer has assignments yet: assign applications to reviewers first");
  else
    tooltip = _("Write the review package of every reviewer with assignments into one folder");
  set_export_tooltip (self->export_all_packages_button, self->export_all_packages_icon_button, tooltip);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.export-all-packages",
                                 office && reviewers->len > 0 && self->export_cancellable == NULL);
}

void
_exemplar_evaluation_page_packages_update (ExemplarEvaluationPage *self)
{
  ExemplarReviewer *reviewer = _exemplar_evaluation_page_get_selected_reviewer (self);
  gboolean office = is_office_file (self);
  guint load = reviewer != NULL ? _exemplar_evaluation_page_count_load (self, reviewer) : 0;
  g_autofree char *tooltip = NULL;

  if (self->export_cancellable != NULL)
    tooltip = g_strdup (_("A review package is being written"));
  else if (!office)
    tooltip = g_strdup (_("Review packages are written from the office's own writable campaign file"));
  else if (reviewer == NULL)
    tooltip = g_strdup (_("Select a reviewer to write their review package"));
  else if (load == 0)
    /* Translators: %s is a reviewer. */
    tooltip = g_strdup_printf (_("%s has no assignments yet: assign applications to them first"),
                               exemplar_reviewer_get_name (reviewer));
  else
    /* Translators: %s is a reviewer. */
    tooltip = g_strdup_printf (_("Write a review package for %s to score their assignments at their own desktop"),
                               exemplar_reviewer_get_name (reviewer));
  set_export_tooltip (self->export_package_button, self->export_package_icon_button, tooltip);
  update_export_all (self, office);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.export-package",
                                 office && load > 0 && self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.import-sheet", office);
}

void
_exemplar_evaluation_page_packages_dispose (ExemplarEvaluationPage *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_toast);
  g_clear_object (&self->export_cancellable);
}
