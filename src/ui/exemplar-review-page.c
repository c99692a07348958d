/* exemplar-review-page.c
 *
 * Reviewer mode. A review package holds one reviewer's assignments and the
 * applications they score; this page lists them, opens the scoring dialog
 * (which shows the evidence beside the scores) or the application itself,
 * and writes the submitted sheets to a score sheet file for the office.
 * Drafts stay in the package: only submitted sheets leave it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration-page.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-points.h"
#include "exemplar-review-page.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-sheet-file.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

struct _ExemplarReviewPage
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarEvaluation  *evaluation;
  GtkFilterListModel  *assignments;

  /* The package's reviewer, whose assignments are listed. */
  gint64               reviewer_id;
  guint                refresh_source;

  /* Template widgets */
  AdwStatusPage       *status_page;
  GtkBox              *read_only_box;
  GtkLabel            *read_only_label;
  GtkButton           *send_button;
  GtkLabel            *sent_label;
  GtkStack            *assignments_stack;
  AdwPreferencesGroup *assignments_group;
  GtkListBox          *assignments_list;
};

G_DEFINE_FINAL_TYPE (ExemplarReviewPage, exemplar_review_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const pill_classes[] = { "neutral", "accent", "success" };

static ExemplarAssignment *
row_get_assignment (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "exemplar-assignment");
}

static const char *
get_state_class (ExemplarSheetState state)
{
  switch (state)
    {
    case EXEMPLAR_SHEET_SUBMITTED:
      return "success";

    case EXEMPLAR_SHEET_DRAFT:
      return "accent";

    case EXEMPLAR_SHEET_NOT_STARTED:
    default:
      return "neutral";
    }
}

/* The sheet's total, or NULL when it cannot be read. */
static char *
dup_total (ExemplarReviewPage *self,
           ExemplarAssignment *assignment)
{
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autofree char *points = NULL;

  if (self->evaluation == NULL ||
      !(sheet = exemplar_evaluation_open_sheet (self->evaluation, assignment, NULL)))
    return NULL;

  points = exemplar_points_format (exemplar_score_sheet_get_total (sheet, NULL));
  /* Translators: the running total in the scoring dialog's header, e.g. "Total 62.5 / 100". */
  return g_strdup_printf (_("Total %s"), points);
}

static void
update_row (ExemplarReviewPage *self,
            GtkWidget          *row)
{
  ExemplarAssignment *assignment = row_get_assignment (row);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  ExemplarUnit *unit = declaration != NULL ? exemplar_declaration_get_unit (declaration) : NULL;
  ExemplarRound *round = exemplar_assignment_get_round (assignment);
  ExemplarSheetState state = exemplar_assignment_get_state (assignment);
  GtkLabel *pill = g_object_get_data (G_OBJECT (row), "exemplar-pill");
  GtkLabel *total = g_object_get_data (G_OBJECT (row), "exemplar-total");
  guint n_leaves = exemplar_assignment_get_n_leaves (assignment);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unit != NULL ? exemplar_unit_get_name (unit) : "");

  if (round != NULL)
    g_string_append (subtitle, exemplar_round_get_name (round));
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append_printf (subtitle,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u item scored",
                                       "%u of %u items scored",
                                       n_leaves),
                          exemplar_assignment_get_n_scored (assignment), n_leaves);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (pill), pill_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (pill), get_state_class (state));
  gtk_label_set_label (pill, exemplar_sheet_state_get_title (state));

  if (state == EXEMPLAR_SHEET_SUBMITTED)
    {
      g_autofree char *text = dup_total (self, assignment);

      gtk_label_set_label (total, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (total), text != NULL);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (total), FALSE);
    }
}

static void
update_summary (ExemplarReviewPage *self)
{
  guint n_items = self->assignments != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->assignments)) : 0;
  guint n_submitted = 0;
  g_autofree char *description = NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (G_LIST_MODEL (self->assignments), i);

      if (exemplar_assignment_get_state (assignment) == EXEMPLAR_SHEET_SUBMITTED)
        n_submitted++;
    }

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u sheet submitted",
                                              "%u of %u sheets submitted",
                                              n_items),
                                 n_submitted, n_items);
  adw_preferences_group_set_description (self->assignments_group, description);
  gtk_stack_set_visible_child_name (self->assignments_stack, n_items > 0 ? "list" : "empty");
}

static void
update_header (ExemplarReviewPage *self)
{
  ExemplarReviewer *reviewer = NULL;
  g_autofree char *title = NULL;
  g_autofree char *campaign_title = NULL;
  g_autofree char *description = NULL;

  if (self->campaign != NULL)
    reviewer = exemplar_campaign_get_package_reviewer (self->campaign);

  /* Translators: the window's subtitle and the heading of the reviewer's
   * page when a review package is open; %s is the reviewer, e.g. "林晓". */
  title = g_strdup_printf (_("Review package for %s"),
                           reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : "");
  adw_status_page_set_title (self->status_page, title);

  /* The status page's description is markup. */
  campaign_title = g_markup_escape_text (self->campaign != NULL ? exemplar_campaign_get_title (self->campaign) : "", -1);
  description = g_strdup_printf ("%s\n%s",
                                 campaign_title,
                                 _("Your drafts stay in this file on this computer. "
                                   "When you have submitted your sheets, send the score sheet to the office."));
  adw_status_page_set_description (self->status_page, description);

  /* The scoring dialog says the same once opened; here it is said first. */
  if (self->campaign != NULL && exemplar_campaign_get_read_only (self->campaign))
    {
      const char *reason = exemplar_campaign_get_read_only_reason (self->campaign);

      if (reason == NULL || reason[0] == '\0')
        reason = _("This package is open read-only: scores cannot be saved.");
      gtk_label_set_label (self->read_only_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_box), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_box), FALSE);
    }
}

static void
on_campaign_notify_cb (ExemplarReviewPage *self,
                       GParamSpec         *pspec,
                       ExemplarCampaign   *campaign)
{
  update_header (self);
}

static void
on_assignment_notify_cb (ExemplarAssignment *assignment,
                         GParamSpec         *pspec,
                         GtkWidget          *row)
{
  ExemplarReviewPage *self;

  g_assert (EXEMPLAR_IS_ASSIGNMENT (assignment));
  g_assert (ADW_IS_ACTION_ROW (row));

  self = EXEMPLAR_REVIEW_PAGE (gtk_widget_get_ancestor (row, EXEMPLAR_TYPE_REVIEW_PAGE));
  if (self == NULL)
    return;

  update_row (self, row);
  if (g_strcmp0 (pspec->name, "state") == 0)
    update_summary (self);
}

/* The application form, self-assessment and evidence, as the applicant
 * submitted them; nothing in it can be changed from a package. */
static void
open_application (ExemplarReviewPage  *self,
                  ExemplarDeclaration *declaration)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (exemplar_unit_get_name (unit), _("Application"));
  GtkWidget *page = exemplar_declaration_page_new ();
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_title (GTK_WINDOW (window), exemplar_unit_get_name (unit));
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (GTK_WINDOW (root)));

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, controller);

  exemplar_declaration_page_set_declaration (EXEMPLAR_DECLARATION_PAGE (page), declaration);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_application_clicked_cb (GtkButton *button,
                           GtkWidget *row)
{
  ExemplarReviewPage *self = EXEMPLAR_REVIEW_PAGE (gtk_widget_get_ancestor (row, EXEMPLAR_TYPE_REVIEW_PAGE));
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (row_get_assignment (row));

  if (self != NULL && declaration != NULL)
    open_application (self, declaration);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ExemplarReviewPage *self = user_data;
  ExemplarAssignment *assignment = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *total = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_from_icon_name ("x-office-document-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "assignment-row");
  g_object_set_data_full (G_OBJECT (row), "exemplar-assignment", g_object_ref (assignment), g_object_unref);
  g_object_set_data (G_OBJECT (row), "exemplar-pill", pill);
  g_object_set_data (G_OBJECT (row), "exemplar-total", total);

  gtk_widget_add_css_class (total, "numeric");
  gtk_widget_set_valign (total, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), total);

  gtk_widget_add_css_class (pill, "state-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("View Application"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("View Application"),
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_application_clicked_cb), row, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_signal_connect_object (assignment, "notify::state", G_CALLBACK (on_assignment_notify_cb), row, 0);
  g_signal_connect_object (assignment, "notify::n-scored", G_CALLBACK (on_assignment_notify_cb), row, 0);

  update_row (self, row);

  return row;
}

static void
on_row_activated_cb (ExemplarReviewPage *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list_box)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_REVIEW_PAGE (self));

  if (self->campaign == NULL)
    return;

  dialog = exemplar_scoring_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->campaign,
                                        row_get_assignment (GTK_WIDGET (row)));
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_assignments_items_changed_cb (ExemplarReviewPage *self,
                                 guint               position,
                                 guint               removed,
                                 guint               added,
                                 GListModel         *model)
{
  update_summary (self);
}

static gboolean
refresh_rows_idle_cb (gpointer user_data)
{
  ExemplarReviewPage *self = user_data;

  self->refresh_source = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->assignments_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_ACTION_ROW (row))
        update_row (self, row);
    }

  update_summary (self);

  return G_SOURCE_REMOVE;
}

/* A sheet's total or an item count can change without its assignment
 * telling the row, e.g. when a sheet is written through another handle.
 * Every write says so, each keystroke in a scoring dialog included, and a
 * row reads its sheet from the file: once after a burst. */
static void
on_evaluation_changed_cb (ExemplarReviewPage *self,
                          ExemplarEvaluation *evaluation)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_rows_idle_cb, self, NULL);
}

static void
show_error (ExemplarReviewPage *self,
            const char         *heading,
            const char         *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_show_error (EXEMPLAR_WINDOW (root), heading, body);
  else
    g_warning ("%s: %s", heading, body);
}

static char *
dup_sheet_basename (ExemplarReviewPage *self)
{
  ExemplarReviewer *reviewer = exemplar_campaign_get_package_reviewer (self->campaign);
  g_autofree char *today = exemplar_campaign_dup_today (self->campaign);
  g_autofree char *name = NULL;

  name = g_strdup_printf ("%s-%s%s",
                          reviewer != NULL ? exemplar_reviewer_get_name (reviewer) : _("Reviewer"),
                          today,
                          EXEMPLAR_SHEET_FILE_SUFFIX);

  return g_strdelimit (g_steal_pointer (&name), "/\\:", '-');
}

static void
on_send_response_cb (GtkNativeDialog    *native,
                     int                 response,
                     ExemplarReviewPage *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (EXEMPLAR_IS_REVIEW_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        exemplar_review_page_send_to (self, path);
      else if (file != NULL)
        show_error (self,
                    _("Could Not Send the Score Sheet"),
                    _("Only files on this computer can be written. Choose a local folder."));
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
exemplar_review_page_dispose (GObject *object)
{
  ExemplarReviewPage *self = (ExemplarReviewPage *)object;

  exemplar_review_page_set_campaign (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  /* The bin's child is a template child: let the bin drop it first, or
   * both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_REVIEW_PAGE);

  G_OBJECT_CLASS (exemplar_review_page_parent_class)->dispose (object);
}

static void
exemplar_review_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarReviewPage *self = EXEMPLAR_REVIEW_PAGE (object);

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
exemplar_review_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ExemplarReviewPage *self = EXEMPLAR_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_review_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_review_page_class_init (ExemplarReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_review_page_dispose;
  object_class->get_property = exemplar_review_page_get_property;
  object_class->set_property = exemplar_review_page_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, read_only_box);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, send_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, sent_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, assignments_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, assignments_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarReviewPage, assignments_list);
}

static void
exemplar_review_page_init (ExemplarReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->assignments_list,
                           "row-activated",
                           G_CALLBACK (on_row_activated_cb),
                           self,
                           G_CONNECT_SWAPPED);

  update_header (self);
  update_summary (self);
}

GtkWidget *
exemplar_review_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_REVIEW_PAGE, NULL);
}

ExemplarCampaign *
exemplar_review_page_get_campaign (ExemplarReviewPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEW_PAGE (self), NULL);

  return self->campaign;
}

static gboolean
is_package_reviewer (gpointer item,
                     gpointer user_data)
{
  ExemplarReviewPage *self = user_data;
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (item);

  return reviewer != NULL && exemplar_reviewer_get_id (reviewer) == self->reviewer_id;
}

/* Shows @campaign's assignments, which in a package are its reviewer's;
 * the filter keeps it so whatever else the file might hold. */
void
exemplar_review_page_set_campaign (ExemplarReviewPage *self,
                                   ExemplarCampaign   *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_REVIEW_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_cb, self);
  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluation, on_evaluation_changed_cb, self);
  if (self->assignments != NULL)
    g_signal_handlers_disconnect_by_func (self->assignments, on_assignments_items_changed_cb, self);

  gtk_list_box_bind_model (self->assignments_list, NULL, NULL, NULL, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  g_clear_object (&self->assignments);
  g_clear_object (&self->evaluation);
  g_set_object (&self->campaign, campaign);

  if (campaign != NULL && exemplar_campaign_get_evaluation (campaign) != NULL)
    {
      ExemplarReviewer *reviewer = exemplar_campaign_get_package_reviewer (campaign);
      GtkCustomFilter *filter;

      g_signal_connect_object (campaign,
                               "notify::read-only",
                               G_CALLBACK (on_campaign_notify_cb),
                               self,
                               G_CONNECT_SWAPPED);

      self->evaluation = g_object_ref (exemplar_campaign_get_evaluation (campaign));
      self->reviewer_id = reviewer != NULL ? exemplar_reviewer_get_id (reviewer) : 0;
      filter = gtk_custom_filter_new (is_package_reviewer, self, NULL);
      self->assignments = gtk_filter_list_model_new (g_object_ref (exemplar_evaluation_get_assignments (self->evaluation)),
                                                     GTK_FILTER (filter));

      g_signal_connect_object (self->evaluation,
                               "changed",
                               G_CALLBACK (on_evaluation_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->assignments,
                               "items-changed",
                               G_CALLBACK (on_assignments_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->assignments_list,
                               G_LIST_MODEL (self->assignments),
                               create_row,
                               self,
                               NULL);
    }

  gtk_label_set_label (self->sent_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->sent_label), FALSE);

  update_header (self);
  update_summary (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

void
exemplar_review_page_send (ExemplarReviewPage *self)
{
  GtkRoot *root;
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (EXEMPLAR_IS_REVIEW_PAGE (self));

  if (self->campaign == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  native = gtk_file_chooser_native_new (_("Send Score Sheet"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, _("Score Sheets"));
  gtk_file_filter_add_mime_type (filter, "application/x-exemplar-sheet");
  gtk_file_filter_add_suffix (filter, EXEMPLAR_SHEET_FILE_SUFFIX + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  name = dup_sheet_basename (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  dir = g_path_get_dirname (exemplar_campaign_get_path (self->campaign));
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (on_send_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

gboolean
exemplar_review_page_send_to (ExemplarReviewPage *self,
                              const char         *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *written = NULL;
  g_autofree char *message = NULL;
  guint n_sheets = 0;
  guint n_drafts = 0;
  GtkRoot *root;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->campaign == NULL)
    return FALSE;

  if (g_str_has_suffix (path, EXEMPLAR_SHEET_FILE_SUFFIX))
    full_path = g_strdup (path);
  else
    full_path = g_strconcat (path, EXEMPLAR_SHEET_FILE_SUFFIX, NULL);

  if (!exemplar_sheet_file_write (self->campaign, full_path, &n_sheets, &n_drafts, &error))
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS))
        /* Translators: %s says that a file is already there. */
        body = g_strdup_printf (_("%s\n\nA score sheet never replaces an existing file. Choose another name."),
                                error->message);
      else
        body = g_strdup (error->message);
      show_error (self, _("Could Not Send the Score Sheet"), body);
      return FALSE;
    }

  basename = g_path_get_basename (full_path);
  /* Translators: %u is the number of sheets, %s the file's name. */
  written = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u sheet written to “%s”. Send this file to the office.",
                                          "%u sheets written to “%s”. Send this file to the office.",
                                          n_sheets),
                             n_sheets, basename);
  if (n_drafts > 0)
    {
      g_autofree char *drafts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u sheet is still a draft and was not included.",
                                                              "%u sheets are still drafts and were not included.",
                                                              n_drafts),
                                                 n_drafts);

      /* Translators: two sentences in a row: what was written, then what was left out. */
      message = g_strdup_printf (_("%s %s"), written, drafts);
    }
  else
    {
      message = g_steal_pointer (&written);
    }

  gtk_label_set_label (self->sent_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->sent_label), TRUE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (root), message);

  return TRUE;
}
