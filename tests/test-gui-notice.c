/* test-gui-notice.c
 *
 * The end of a campaign on a real display (Xvfb): the publicity notice's
 * editor and its preview, the period counted on the working-day calendar,
 * the notice exported as a PDF that poppler reads back; the phase dialog
 * listing what is missing and refusing to move on without an override,
 * and going back a phase only with a reason;
 * the deadlines on the Overview; and the naming decision confirmed from
 * the Naming view.
 *
 * The campaign is taken to the publicity phase through the model: four
 * units scored, 新泾镇, 江苏路街道 and 天山路街道 recommended, every
 * member unit agreeing, the candidate list fixed, no period yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-document-view.h"
#include "exemplar-document.h"
#include "exemplar-naming-view.h"
#include "exemplar-notice-view.h"
#include "exemplar-overview-page.h"
#include "exemplar-phase-dialog.h"
#include "exemplar-poppler.h"
#include "exemplar-publicity-page.h"
#include "exemplar-publicity.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

#define JIANGSU  "310105002"  /* 江苏路街道, second in official order */
#define TIANSHAN "310105006"  /* 天山路街道, fifth */
#define XINJING  "310105102"  /* 新泾镇, last */
#define HUAYANG  "310105001"  /* 华阳路街道: scored, not recommended */

#define NOTICE_TITLE "关于长宁区未成年人保护示范街道(镇)拟命名名单的公示"

static ExemplarApplication *app;

typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
  ExemplarWindow   *window;
} Fixture;

static ExemplarPublicity *
publicity_of (Fixture *fixture)
{
  return exemplar_campaign_get_publicity (fixture->campaign);
}

/* The campaign in publicity with a fixed list; @fixed FALSE stops before
 * the list is recommended. */
static void
make_campaign (Fixture  *fixture,
               gboolean  fixed)
{
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewers[1];
  ExemplarDeclaration *recommended[3];
  ExemplarPublicity *publicity;
  GListModel *members;

  fixture->dir = exemplar_test_make_dir ("exemplar-gui-notice-XXXXXX", "campaign.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new_in_evaluation (fixture->path, "2024-03-10", XINJING, reviewers, 1);

  g_object_unref (exemplar_test_score (fixture->campaign, reviewers[0], XINJING, NULL, NULL, TRUE));
  g_object_unref (exemplar_test_score (fixture->campaign, reviewers[0], JIANGSU, NULL, "1.1.1=1", TRUE));
  g_object_unref (exemplar_test_score (fixture->campaign, reviewers[0], TIANSHAN, NULL, "1.1.1=0.5", TRUE));
  g_object_unref (exemplar_test_score (fixture->campaign, reviewers[0], HUAYANG, NULL, "1.1.1=0", TRUE));

  exemplar_campaign_set_today (fixture->campaign, "2024-04-20");
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);

  if (!fixed)
    return;

  publicity = publicity_of (fixture);
  recommended[0] = exemplar_test_find_declaration (fixture->campaign, XINJING);
  recommended[1] = exemplar_test_find_declaration (fixture->campaign, JIANGSU);
  recommended[2] = exemplar_test_find_declaration (fixture->campaign, TIANSHAN);
  g_assert_true (exemplar_publicity_recommend (publicity, recommended, 3, "评审得分前三", &error));
  g_assert_no_error (error);

  members = exemplar_campaign_get_member_units (fixture->campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) member = g_list_model_get_item (members, i);

      g_assert_true (exemplar_publicity_set_opinion (publicity, member, EXEMPLAR_OPINION_AGREE,
                                                     NULL, "2024-04-22", &error));
      g_assert_no_error (error);
    }

  g_assert_true (exemplar_publicity_fix_candidates (publicity, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  make_campaign (fixture, data == NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
open_window (Fixture    *fixture,
             const char *section)
{
  fixture->window = exemplar_test_window_new (app, fixture->campaign, section, 1280, 860);
  exemplar_test_iterate (200);
}

/* The Publicity section showing one of its views. */
static gpointer
show_view (Fixture    *fixture,
           const char *name,
           GType       type)
{
  gpointer page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_PUBLICITY_PAGE, NULL);
  AdwViewStack *stack = exemplar_test_find_one (page, ADW_TYPE_VIEW_STACK);
  gpointer view;

  adw_view_stack_set_visible_child_name (stack, name);
  exemplar_test_iterate (100);

  view = exemplar_test_find_first (page, type, NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  return view;
}

static gpointer
find_id (gpointer    root,
         const char *id)
{
  gpointer widget = exemplar_test_find_by_id (root, id);

  g_assert_nonnull (widget);
  return widget;
}

static char *
dup_document_text (gpointer root)
{
  ExemplarDocumentView *view = exemplar_test_find_one (root, EXEMPLAR_TYPE_DOCUMENT_VIEW);
  ExemplarDocument *document = exemplar_document_view_get_document (view);

  return document != NULL ? exemplar_document_dup_text (document) : NULL;
}

static gboolean
document_contains (gpointer    root,
                   const char *needle)
{
  g_autofree char *text = dup_document_text (root);

  return text != NULL && strstr (text, needle) != NULL;
}

static char *
dup_pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      /* Lines as laid out: a date may wrap anywhere. */
      for (const char *c = page_text; *c != '\0'; c++)
        if (*c != '\n' && *c != ' ')
          g_string_append_c (text, *c);
    }

  return g_string_free (text, FALSE);
}

static void
test_notice (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "公示-拟命名名单.pdf", NULL);
  g_autofree char *html = g_build_filename (fixture->dir, "公示-拟命名名单.html", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *html_text = NULL;
  g_autofree char *stored = NULL;
  ExemplarNoticeView *view;
  GtkWidget *title_row;
  GtkWidget *contact_row;
  AdwActionRow *end_row;
  const char *end = NULL;

  open_window (fixture, "publicity");
  view = show_view (fixture, "notice", EXEMPLAR_TYPE_NOTICE_VIEW);

  /* Every field filled in from the campaign; no period, so no preview yet. */
  title_row = exemplar_test_find_row (view, exemplar_publicity_get_field_title ("title"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, NOTICE_TITLE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_id (view, "preview_stack")), ==, "empty");

  /* The end counted live on the calendar, across the May Day holiday. */
  gtk_editable_set_text (find_id (view, "start_row"), "2024-04-26");
  gtk_spin_button_set_value (find_id (view, "days_spin"), 5);
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_label_get_text (find_id (view, "end_label")), ==, "2024-05-06");
  end_row = find_id (view, "end_row");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (end_row), "2024-04-28"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (end_row), "2024-05-01 – 2024-05-05"));

  /* A date that is not one says so, and the period cannot be set. */
  gtk_editable_set_text (find_id (view, "start_row"), "2024-02-30");
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_label_get_text (find_id (view, "end_label")), ==, "—");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  g_assert_false (gtk_widget_is_sensitive (find_id (view, "set_period_button")));

  gtk_editable_set_text (find_id (view, "start_row"), "2024-04-26");
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_sensitive (find_id (view, "set_period_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "notice.set-period", NULL));
  g_assert_true (exemplar_publicity_get_period (publicity_of (fixture), NULL, NULL, &end));
  g_assert_cmpstr (end, ==, "2024-05-06");

  /* The preview: the notice with its candidates in official order. */
  EXEMPLAR_TEST_WAIT_UNTIL (document_contains (view, "天山路街道"));
  {
    g_autofree char *text = dup_document_text (view);
    const char *jiangsu = strstr (text, "江苏路街道");
    const char *tianshan = strstr (text, "天山路街道");
    const char *xinjing = strstr (text, "新泾镇");

    g_assert_nonnull (strstr (text, NOTICE_TITLE));
    g_assert_nonnull (jiangsu);
    g_assert_true (jiangsu < tianshan && tianshan < xinjing);
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_id (view, "preview_stack")), ==, "document");

  /* A field typed in is saved on Enter, and the preview follows. */
  contact_row = exemplar_test_find_row (view, exemplar_publicity_get_field_title ("contact_person"));
  gtk_editable_set_text (GTK_EDITABLE (contact_row), "周晓明");
  exemplar_test_press_enter (contact_row);
  stored = exemplar_publicity_dup_field (publicity_of (fixture), "contact_person");
  g_assert_cmpstr (stored, ==, "周晓明");
  EXEMPLAR_TEST_WAIT_UNTIL (document_contains (view, "周晓明"));

  /* Typing alone saves too, a moment later. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "关于拟命名名单的公示");
  EXEMPLAR_TEST_WAIT_UNTIL (document_contains (view, "关于拟命名名单的公示"));

  /* Restore Default brings the campaign's title back. */
  {
    GtkWidget *restore = exemplar_test_find_first (title_row, GTK_TYPE_BUTTON, "restore-default");

    g_assert_true (gtk_widget_get_visible (restore));
    g_signal_emit_by_name (restore, "clicked");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, NOTICE_TITLE);
    g_assert_false (gtk_widget_get_visible (restore));
    EXEMPLAR_TEST_WAIT_UNTIL (document_contains (view, NOTICE_TITLE));
  }

  /* Exported as the dialog's answer is: a PDF poppler reads, and HTML. */
  g_assert_true (exemplar_notice_view_export (view, pdf));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  pdf_text = dup_pdf_text (pdf);
  g_assert_nonnull (strstr (pdf_text, "拟命名名单的公示"));
  g_assert_nonnull (strstr (pdf_text, "新泾镇"));
  g_assert_nonnull (strstr (pdf_text, "2024年5月6日"));

  g_assert_true (exemplar_notice_view_export (view, html));
  g_assert_true (g_file_get_contents (html, &html_text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html_text, NOTICE_TITLE));

  /* Once the period is over, the banner says so. */
  g_assert_false (gtk_revealer_get_reveal_child (find_id (view, "over_revealer")));
  exemplar_campaign_set_today (fixture->campaign, "2024-05-07");
  g_assert_true (exemplar_publicity_set_field (publicity_of (fixture), "fax", "021-62000124", &error));
  g_assert_no_error (error);
  EXEMPLAR_TEST_WAIT_UNTIL (gtk_revealer_get_reveal_child (find_id (view, "over_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_text (find_id (view, "over_label")), "2024-05-06"));
}

static void
test_not_fixed (Fixture       *fixture,
                gconstpointer  data)
{
  ExemplarNoticeView *notice;
  ExemplarNamingView *naming;
  AdwStatusPage *status;

  open_window (fixture, "publicity");

  notice = show_view (fixture, "notice", EXEMPLAR_TYPE_NOTICE_VIEW);
  status = find_id (notice, "status_page");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "Fix the candidate list in Review first"));

  /* Naming waits for the publicity, and says what is still missing. */
  naming = show_view (fixture, "naming", EXEMPLAR_TYPE_NAMING_VIEW);
  status = find_id (naming, "status_page");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (status)));
  g_assert_true (gtk_widget_get_visible (find_id (naming, "missing_list")));
}

static ExemplarPhaseDialog *
open_phase_dialog (Fixture *fixture)
{
  ExemplarPhaseDialog *dialog;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "advance-phase"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "advance-phase", NULL);
  EXEMPLAR_TEST_WAIT_UNTIL ((dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_PHASE_DIALOG)) != NULL);
  exemplar_test_iterate (100);

  return dialog;
}

static gboolean
deadline_shown (Fixture    *fixture,
                const char *text,
                const char *style)
{
  gpointer overview = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_OVERVIEW_PAGE, NULL);
  g_autoptr(GPtrArray) labels = exemplar_test_find_drawable (overview, GTK_TYPE_LABEL, "deadline-status");

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return gtk_widget_has_css_class (label, style);
    }

  return FALSE;
}

static void
test_phase_dialog (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarPhaseDialog *dialog;
  GtkWidget *advance;

  /* The publicity deadline (2024-04-30) four days away. */
  exemplar_campaign_set_today (fixture->campaign, "2024-04-26");
  open_window (fixture, "overview");
  g_assert_true (deadline_shown (fixture, "4 days left", "warning"));

  dialog = open_phase_dialog (fixture);
  g_assert_true (exemplar_test_shows_text (dialog, exemplar_phase_get_title (EXEMPLAR_PHASE_PUBLICITY)));
  g_assert_true (exemplar_test_shows_text (dialog, exemplar_phase_get_title (EXEMPLAR_PHASE_NAMING)));

  /* What the model says is missing, one row each. */
  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, >, 0);
  for (guint i = 0; i < missing->len; i++)
    g_assert_true (exemplar_test_shows_text (dialog, g_ptr_array_index (missing, i)));

  /* Without an override, Advance is off, and the model refuses anyway. */
  advance = find_id (dialog, "advance_button");
  g_assert_false (gtk_widget_is_sensitive (advance));
  g_assert_false (exemplar_phase_dialog_advance (dialog));
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_PUBLICITY);
  g_assert_true (gtk_revealer_get_reveal_child (find_id (dialog, "error_revealer")));

  /* The override needs a reason, and looks like what it is. */
  gtk_switch_set_active (find_id (dialog, "override_switch"), TRUE);
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_drawable (find_id (dialog, "reason_row")));
  g_assert_false (gtk_widget_is_sensitive (advance));
  gtk_editable_set_text (find_id (dialog, "reason_row"), "区委要求提前命名");
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_sensitive (advance));
  g_assert_true (gtk_widget_has_css_class (advance, "destructive-action"));

  g_signal_emit_by_name (advance, "clicked");
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_PHASE_DIALOG) == NULL);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_NAMING);
  g_assert_cmpint (exemplar_test_count_audit (fixture->campaign, "campaign.phase"), >, 0);

  /* The Overview follows: the naming deadline is weeks away. */
  EXEMPLAR_TEST_WAIT_UNTIL (!deadline_shown (fixture, "4 days left", "warning"));

  /* Past the naming deadline while still naming: an error. */
  exemplar_campaign_set_today (fixture->campaign, "2024-06-05");
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, "重新公示", &error));
  g_assert_no_error (error);
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_NAMING, NULL, &error));
  g_assert_no_error (error);
  EXEMPLAR_TEST_WAIT_UNTIL (deadline_shown (fixture, "Deadline passed 5 days ago", "error"));
}

/* The office goes back a phase from the dialog's second page: a reason
 * first, then a destructive confirmation; the audit log keeps the reason. */
static void
test_reopen_phase (Fixture       *fixture,
                   gconstpointer  data)
{
  ExemplarPhaseDialog *dialog;
  AdwMessageDialog *confirm;
  GtkWidget *reopen;
  GListModel *phases;

  open_window (fixture, "overview");

  dialog = open_phase_dialog (fixture);
  g_assert_true (gtk_widget_is_drawable (find_id (dialog, "show_reopen_row")));
  gtk_widget_activate (find_id (dialog, "show_reopen_row"));
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (find_id (dialog, "stack")), "reopen") == 0);
  exemplar_test_iterate (50);

  /* The earlier phases, the nearest first. */
  phases = adw_combo_row_get_model (find_id (dialog, "reopen_phase_row"));
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (phases), 0), ==,
                   exemplar_phase_get_title (EXEMPLAR_PHASE_EVALUATION));
  g_assert_true (exemplar_test_shows_text (dialog, "audit log"));

  /* No reason: the button is off, and the model refuses anyway. */
  reopen = find_id (dialog, "reopen_button");
  g_assert_true (gtk_widget_is_drawable (reopen));
  g_assert_false (gtk_widget_is_drawable (find_id (dialog, "advance_button")));
  g_assert_true (gtk_widget_has_css_class (reopen, "destructive-action"));
  g_assert_false (gtk_widget_is_sensitive (reopen));
  g_assert_false (exemplar_phase_dialog_reopen (dialog));
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_PUBLICITY);
  g_assert_true (gtk_revealer_get_reveal_child (find_id (dialog, "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_text (find_id (dialog, "error_label")), "say why"));

  /* With one, a confirmation that names both phases and the reason. */
  gtk_editable_set_text (find_id (dialog, "reopen_reason_row"), "专家组要求补评");
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_sensitive (reopen));
  g_signal_emit_by_name (reopen, "clicked");
  EXEMPLAR_TEST_WAIT_UNTIL ((confirm = exemplar_test_find_message_dialog (GTK_WINDOW (dialog))) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "专家组要求补评"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (confirm, "reopen"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_PUBLICITY);
  adw_message_dialog_response (confirm, "reopen");

  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_PHASE_DIALOG) == NULL);
  g_assert_cmpint (exemplar_campaign_get_phase (fixture->campaign), ==, EXEMPLAR_PHASE_EVALUATION);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign,
                                            "SELECT COUNT(*) FROM audit WHERE action = 'campaign.phase' "
                                            "AND detail = 'publicity -> evaluation: 专家组要求补评'"), ==, 1);

  /* The window's menu opens the same page directly. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "reopen-phase"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "reopen-phase", NULL);
  EXEMPLAR_TEST_WAIT_UNTIL ((dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_PHASE_DIALOG)) != NULL);
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_id (dialog, "stack")), ==, "reopen");
  phases = adw_combo_row_get_model (find_id (dialog, "reopen_phase_row"));
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (phases), 0), ==,
                   exemplar_phase_get_title (EXEMPLAR_PHASE_DECLARATION));
}

static guint
count_widgets (gpointer    root,
               GType       type,
               const char *css_class)
{
  g_autoptr(GPtrArray) found = exemplar_test_find_all (root, type, css_class);

  return found->len;
}

static void
test_naming (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  ExemplarNamingView *view;
  AdwMessageDialog *dialog;

  /* The period set and over, nothing missing: the campaign moves on. */
  g_assert_true (exemplar_publicity_set_period (publicity_of (fixture), "2024-04-26", 5, &error));
  g_assert_no_error (error);
  exemplar_campaign_set_today (fixture->campaign, "2024-05-07");
  missing = exemplar_campaign_list_missing (fixture->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 0);

  open_window (fixture, "publicity");
  view = show_view (fixture, "naming", EXEMPLAR_TYPE_NAMING_VIEW);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_id (view, "stack")), ==, "status");

  {
    ExemplarPhaseDialog *phase_dialog = open_phase_dialog (fixture);

    g_assert_true (exemplar_test_shows_text (phase_dialog, "Nothing is missing"));
    g_assert_false (gtk_widget_get_visible (find_id (phase_dialog, "override_group")));
    g_assert_true (gtk_widget_has_css_class (find_id (phase_dialog, "advance_button"), "suggested-action"));
    g_assert_true (exemplar_phase_dialog_advance (phase_dialog));
  }

  /* The form: the campaign's issuer and today filled in. */
  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (find_id (view, "stack")), "form") == 0);
  g_assert_cmpstr (gtk_editable_get_text (find_id (view, "issuer_row")), ==,
                   exemplar_campaign_get_issuer (fixture->campaign));
  g_assert_cmpstr (gtk_editable_get_text (find_id (view, "date_row")), ==, "2024-05-07");
  gtk_editable_set_text (find_id (view, "number_row"), "长未保委〔2024〕2号");

  /* Confirming lists the units in official order and warns. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "naming.confirm", NULL));
  EXEMPLAR_TEST_WAIT_UNTIL ((dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window))) != NULL);
  {
    const char *body = adw_message_dialog_get_body (dialog);

    g_assert_nonnull (strstr (body, "1. 江苏路街道"));
    g_assert_nonnull (strstr (body, "3. 新泾镇"));
    g_assert_nonnull (strstr (body, "cannot be undone"));
  }
  adw_message_dialog_response (dialog, "confirm");

  EXEMPLAR_TEST_WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (find_id (view, "stack")), "decision") == 0);
  g_assert_true (exemplar_publicity_get_decision (publicity_of (fixture), NULL, NULL, NULL));
  g_assert_true (document_contains (view, "现予公布"));
  g_assert_true (document_contains (view, "长未保委〔2024〕2号"));
  g_assert_cmpuint (count_widgets (view, ADW_TYPE_EXPANDER_ROW, "named-row"), ==, 3);

  /* A revocation, recorded through its dialog, marks the unit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "naming.revoke", "s", TIANSHAN));
  EXEMPLAR_TEST_WAIT_UNTIL ((dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window))) != NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  {
    g_autoptr(GPtrArray) entries = exemplar_test_find_all (dialog, ADW_TYPE_ENTRY_ROW, NULL);

    gtk_editable_set_text (g_ptr_array_index (entries, 0), "复核不达标");
  }
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  adw_message_dialog_response (dialog, "revoke");
  g_assert_true (exemplar_publicity_get_revocation (publicity_of (fixture),
                                                    exemplar_test_find_declaration (fixture->campaign, TIANSHAN),
                                                    NULL, NULL));
  EXEMPLAR_TEST_WAIT_UNTIL (count_widgets (view, ADW_TYPE_EXPANDER_ROW, "revoked") == 1);
}

static void
add_test (const char    *path,
          gconstpointer  data,
          void         (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-notice-home-XXXXXX");
  app = exemplar_test_application_new ();

  add_test ("/gui/notice/edit-and-export", NULL, test_notice);
  add_test ("/gui/notice/not-fixed", "not-fixed", test_not_fixed);
  add_test ("/gui/notice/phase-dialog", NULL, test_phase_dialog);
  add_test ("/gui/notice/reopen-phase", NULL, test_reopen_phase);
  add_test ("/gui/notice/naming", NULL, test_naming);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
