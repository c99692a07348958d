/* test-gui-publicity.c
 *
 * What the office sees in the Publicity section, checked on a real display
 * (Xvfb): before the review phase, a note saying when the review starts;
 * once the campaign is in it, the ranking to recommend from, the quota
 * counted and a fourth unit refused with the quota's message in view; the
 * recommended list stored as checked; the member units' opinions saved
 * row by row, a refusal shown in its row; the candidate list fixed after a
 * confirmation; and objections recorded through their dialog, shown
 * accepted or not as the model decided, then one resolved.
 *
 * Sheets are scored through the model, as the reviewers' desktops would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence-viewer.h"
#include "exemplar-evidence-window.h"
#include "exemplar-objection-dialog.h"
#include "exemplar-objection.h"
#include "exemplar-publicity-page.h"
#include "exemplar-publicity.h"
#include "exemplar-resolve-dialog.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

#define TODAY        "2023-05-10"
#define PERIOD_START "2024-04-26"
#define UNIT_A       "310105001"  /* 华阳路街道 */
#define UNIT_B       "310105002"  /* 江苏路街道 */
#define UNIT_C       "310105004"  /* 新华路街道 */
#define UNIT_D       "310105005"  /* 周家桥街道 */
#define N_REVIEWERS  1

static ExemplarApplication *app;

typedef struct
{
  char                  *dir;
  char                  *path;
  ExemplarCampaign      *campaign;
  ExemplarWindow        *window;
  ExemplarPublicityPage *page;
  ExemplarReviewer      *reviewers[N_REVIEWERS];  /* owned by the evaluation */
} Fixture;

static ExemplarPublicity *
publicity_of (Fixture *fixture)
{
  return exemplar_campaign_get_publicity (fixture->campaign);
}

static gpointer
find_id (gpointer    root,
         const char *id)
{
  GtkWidget *widget = exemplar_test_find_by_id (root, id);

  g_assert_nonnull (widget);
  return widget;
}

static gboolean
label_shows (gpointer    root,
             const char *id,
             const char *needle)
{
  GtkWidget *label = find_id (root, id);

  return gtk_widget_is_drawable (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), needle) != NULL;
}

/* 江苏路街道 at full marks (100), 华阳路街道 99.5, 新华路街道 98.5,
 * 周家桥街道 98; the other units have no sheet and no rank. */
static void
score_four_units (Fixture *fixture)
{
  static const struct { const char *unit; const char *changes; } sheets[] = {
    { UNIT_B, NULL },
    { UNIT_A, "1.1.1=2" },
    { UNIT_C, "1.1.2=0" },
    { UNIT_D, "1.1.1=1 1.1.2=1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    g_object_unref (exemplar_test_score (fixture->campaign, fixture->reviewers[0], sheets[i].unit,
                                         NULL, sheets[i].changes, TRUE));
}

static void
enter_publicity (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
}

/* The rows of the ranking, top to bottom. */
static GPtrArray *
ranking_rows (Fixture *fixture)
{
  return exemplar_test_find_all (fixture->page, ADW_TYPE_ACTION_ROW, "review-row");
}

static GtkCheckButton *
row_check (gpointer row)
{
  GtkCheckButton *check = exemplar_test_find_first (row, GTK_TYPE_CHECK_BUTTON, "review-check");

  g_assert_nonnull (check);
  return check;
}

static gboolean
ranking_shown (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = ranking_rows (fixture);

  return rows->len > 0 && gtk_widget_is_drawable (g_ptr_array_index (rows, 0));
}

/* A button activated from the keyboard shows itself pressed for a moment
 * before it is clicked. */
static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  exemplar_test_iterate (400);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-gui-publicity-XXXXXX", "changning.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new_in_evaluation (fixture->path, TODAY, UNIT_A,
                                                                fixture->reviewers, N_REVIEWERS);
  score_four_units (fixture);

  /* Opened on the Overview, then Alt+6's action, as a user goes there. */
  fixture->window = exemplar_test_window_new (app, fixture->campaign, "overview", 1200, 800);
  exemplar_test_iterate (200);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-section", g_variant_new_string ("publicity"));
  exemplar_test_iterate (200);

  fixture->page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_PUBLICITY_PAGE, NULL);
  g_assert_nonnull (fixture->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* Recommends the top three through the page. */
static void
recommend_top_three (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = ranking_rows (fixture);

  for (guint i = 0; i < 3; i++)
    gtk_widget_activate (GTK_WIDGET (row_check (g_ptr_array_index (rows, i))));
  click (find_id (fixture->page, "recommend_button"));
}

static void
give_opinions (Fixture *fixture)
{
  GListModel *members = exemplar_campaign_get_member_units (fixture->campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (members, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (exemplar_publicity_set_opinion (publicity_of (fixture), unit, EXEMPLAR_OPINION_AGREE,
                                                     NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
test_before_review (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-section::publicity");
  AdwStatusPage *status = find_id (fixture->page, "review_status");

  g_assert_cmpstr (accels[0], ==, "<Alt>6");

  /* Still evaluating: a note saying when the review starts, and why
   * nothing can be done here yet. */
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (status)));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Review Starts When the Evaluation Is Over");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "Evaluation"));
  g_assert_true (label_shows (fixture->page, "locked_label", "Evaluation"));
  g_assert_false (ranking_shown (fixture));

  /* The office advances the phase elsewhere: the ranking comes by itself. */
  enter_publicity (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (ranking_shown (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_id (fixture->page, "review_stack")), ==, "review");
  g_assert_false (gtk_revealer_get_reveal_child (find_id (fixture->page, "locked_revealer")));
}

static void
test_recommend (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) recommended = NULL;
  static const char * const expected[] = { "江苏路街道", "华阳路街道", "新华路街道", "周家桥街道" };
  GtkWidget *error_label;

  enter_publicity (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (ranking_shown (fixture));

  /* The ranked units in rank order, with their totals; then the rest. */
  rows = ranking_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==, expected[i]);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "100"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 1), "99.5"));

  /* A unit without a sheet cannot be checked, and says why. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (row_check (g_ptr_array_index (rows, 9)))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row_check (g_ptr_array_index (rows, 9)))), ==,
                   "Not ranked: no submitted score sheet");

  /* Three checked fill the quota. */
  for (guint i = 0; i < 3; i++)
    gtk_widget_activate (GTK_WIDGET (row_check (g_ptr_array_index (rows, i))));
  exemplar_test_iterate (50);
  g_assert_true (label_shows (fixture->page, "quota_label", "3 of 3 places"));
  g_assert_false (gtk_revealer_get_reveal_child (find_id (fixture->page, "quota_revealer")));

  /* A fourth: the warning says so, and the model refuses the list with
   * its own message beside the button. */
  gtk_widget_activate (GTK_WIDGET (row_check (g_ptr_array_index (rows, 3))));
  exemplar_test_iterate (300);
  g_assert_true (label_shows (fixture->page, "quota_label", "4 of 3 places"));
  g_assert_true (gtk_revealer_get_reveal_child (find_id (fixture->page, "quota_revealer")));
  g_assert_true (label_shows (fixture->page, "quota_warning", "The quota is 3 places"));

  click (find_id (fixture->page, "recommend_button"));
  error_label = find_id (fixture->page, "review_error");
  g_assert_true (gtk_widget_is_drawable (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), !=, "");
  recommended = exemplar_publicity_get_recommended (publicity_of (fixture));
  g_assert_cmpuint (recommended->len, ==, 0);
  g_clear_pointer (&recommended, g_ptr_array_unref);

  /* Back to three: stored in rank order, with the rationale. */
  gtk_widget_activate (GTK_WIDGET (row_check (g_ptr_array_index (rows, 3))));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_id (fixture->page, "rationale_view")),
                            "综合得分前三名", -1);
  click (find_id (fixture->page, "recommend_button"));

  recommended = exemplar_publicity_get_recommended (publicity_of (fixture));
  g_assert_cmpuint (recommended->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (exemplar_unit_get_name (exemplar_declaration_get_unit (g_ptr_array_index (recommended, i))),
                     ==, expected[i]);
  g_assert_cmpstr (exemplar_publicity_get_rationale (publicity_of (fixture)), ==, "综合得分前三名");
  g_assert_false (gtk_widget_is_drawable (error_label));
  g_assert_true (label_shows (fixture->page, "quota_label", "3 of 3 places"));

  /* The pass line is set before the list, not after. */
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "pass_line_spin")));
}

static void
test_opinions_and_candidates (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) opinion_rows = NULL;
  g_autoptr(GPtrArray) candidate_rows = NULL;
  GListModel *members = exemplar_campaign_get_member_units (fixture->campaign);
  g_autoptr(ExemplarUnit) first = g_list_model_get_item (members, 0);
  AdwMessageDialog *dialog;
  GtkWidget *row;
  GtkWidget *row_error;
  ExemplarOpinion opinion;

  enter_publicity (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (ranking_shown (fixture));

  /* Opinions wait for the recommended list. */
  opinion_rows = exemplar_test_find_all (fixture->page, ADW_TYPE_EXPANDER_ROW, "opinion-row");
  g_assert_cmpuint (opinion_rows->len, ==, g_list_model_get_n_items (members));
  row = g_ptr_array_index (opinion_rows, 0);
  g_assert_false (gtk_widget_is_sensitive (exemplar_test_find_first (row, GTK_TYPE_BUTTON, "opinion-save")));
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "fix_button")));

  recommend_top_three (fixture);

  /* A disagreement without its reason: the model's refusal in the row. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  exemplar_test_iterate (100);
  gtk_drop_down_set_selected (exemplar_test_find_first (row, GTK_TYPE_DROP_DOWN, "opinion-choice"),
                              1 + EXEMPLAR_OPINION_DISAGREE);
  click (exemplar_test_find_first (row, GTK_TYPE_BUTTON, "opinion-save"));
  row_error = exemplar_test_find_first (row, GTK_TYPE_LABEL, "opinion-error");
  g_assert_true (gtk_widget_is_drawable (row_error));
  g_assert_false (exemplar_publicity_get_opinion (publicity_of (fixture), first, NULL, NULL, NULL));

  /* Agreeing is stored, dated today, and the row says so. */
  gtk_drop_down_set_selected (exemplar_test_find_first (row, GTK_TYPE_DROP_DOWN, "opinion-choice"),
                              1 + EXEMPLAR_OPINION_AGREE);
  click (exemplar_test_find_first (row, GTK_TYPE_BUTTON, "opinion-save"));
  g_assert_true (exemplar_publicity_get_opinion (publicity_of (fixture), first, &opinion, NULL, NULL));
  g_assert_cmpint (opinion, ==, EXEMPLAR_OPINION_AGREE);
  g_assert_false (gtk_widget_is_drawable (row_error));
  g_assert_true (label_shows (fixture->page, "opinions_summary", "1 of 14"));
  g_assert_true (label_shows (fixture->page, "fix_hint", "13 member units"));

  /* The others through the model; then the list is fixed after a
   * confirmation that says it is for good. */
  give_opinions (fixture);
  exemplar_test_iterate (100);
  click (find_id (fixture->page, "fix_button"));
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  adw_message_dialog_response (dialog, "fix");
  exemplar_test_iterate (200);

  g_assert_true (exemplar_publicity_get_fixed (publicity_of (fixture)));
  g_assert_false (gtk_widget_get_visible (find_id (fixture->page, "fix_button")));
  g_assert_true (gtk_widget_is_drawable (find_id (fixture->page, "candidates_group")));

  /* The candidate list in official order, read-only; the ranking closed. */
  candidate_rows = exemplar_test_find_all (fixture->page, ADW_TYPE_ACTION_ROW, "candidate-row");
  g_assert_cmpuint (candidate_rows->len, ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (candidate_rows, 0)), ==, "华阳路街道");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (candidate_rows, 1)), ==, "江苏路街道");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (candidate_rows, 2)), ==, "新华路街道");
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "recommend_button")));
}

/* Leaves the section and comes back, as the office does on another day. */
static void
reopen_section (Fixture *fixture)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-section", g_variant_new_string ("overview"));
  exemplar_test_iterate (100);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-section", g_variant_new_string ("publicity"));
  exemplar_test_iterate (200);
}

/* Opens the objection dialog from the page's button. */
static ExemplarObjectionDialog *
open_objection_dialog (Fixture *fixture)
{
  ExemplarObjectionDialog *dialog;

  click (find_id (fixture->page, "record_button"));
  dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_OBJECTION_DIALOG);
  g_assert_nonnull (dialog);

  return dialog;
}

static void
fill_objection (ExemplarObjectionDialog *dialog,
                guint                    candidate,
                const char              *name,
                const char              *content)
{
  adw_combo_row_set_selected (find_id (dialog, "candidate_row"), candidate);
  adw_combo_row_set_selected (find_id (dialog, "channel_row"), EXEMPLAR_CHANNEL_LETTER);
  gtk_editable_set_text (find_id (dialog, "name_row"), name != NULL ? name : "");
  gtk_editable_set_text (find_id (dialog, "contact_row"), name != NULL ? "13800000000" : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_id (dialog, "content_view")), content, -1);
}

static void
test_objections (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ExemplarObjection) accepted = NULL;
  g_autoptr(ExemplarObjection) anonymous = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "来信.pdf", NULL);
  g_autofree char *received = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  ExemplarObjectionDialog *dialog;
  ExemplarResolveDialog *resolve;
  ExemplarEvidenceWindow *viewer_window;
  ExemplarEvidenceViewer *viewer;
  GtkButton *attachment;
  g_autoptr(GtkLabel) resolve_error = NULL;
  AdwStatusPage *empty;
  GtkWidget *message;
  GtkWidget *deadline;
  GListModel *objections;

  enter_publicity (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (ranking_shown (fixture));
  recommend_top_three (fixture);
  give_opinions (fixture);
  g_assert_true (exemplar_publicity_fix_candidates (publicity_of (fixture), &error));
  g_assert_no_error (error);

  exemplar_publicity_page_show_view (fixture->page, "objections");
  exemplar_test_iterate (100);

  /* No period yet: nothing to record against. */
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "record_button")));
  g_assert_true (label_shows (fixture->page, "period_label", "Notice view"));

  exemplar_campaign_set_today (fixture->campaign, PERIOD_START);
  g_assert_true (exemplar_publicity_set_period (publicity_of (fixture), PERIOD_START, 5, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (100);

  /* The period across the May Day holiday, and none received yet. */
  g_assert_true (label_shows (fixture->page, "period_label", "2024-04-26 to 2024-05-06"));
  exemplar_campaign_set_today (fixture->campaign, "2024-04-29");
  empty = find_id (fixture->page, "objections_empty");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Objections");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "2024-05-06"));
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "resolve_button")));

  /* A named resident's letter, with a scan. The date starts at today and
   * is checked as it is typed. */
  dialog = open_objection_dialog (fixture);
  received = g_strdup (gtk_editable_get_text (find_id (dialog, "received_row")));
  g_assert_cmpstr (received, ==, "2024-04-29");
  message = find_id (dialog, "received_message");
  gtk_editable_set_text (find_id (dialog, "received_row"), "2024-04-31");
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_drawable (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "YYYY-MM-DD"));
  g_assert_false (exemplar_objection_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (exemplar_publicity_get_objections (publicity_of (fixture))), ==, 0);
  gtk_editable_set_text (find_id (dialog, "received_row"), "2024-04-28");
  exemplar_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (message));

  fill_objection (dialog, 1, "张三", "反映该街道未成年人保护工作站未实际运行。");
  exemplar_test_draw_pdf (pdf, "来信", 1, 1, "来信扫描件");
  pdf_file = g_file_new_for_path (pdf);
  exemplar_objection_dialog_add_file (dialog, pdf_file);
  click (find_id (dialog, "save_button"));
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_OBJECTION_DIALOG) == NULL);

  objections = exemplar_publicity_get_objections (publicity_of (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 1);
  accepted = g_list_model_get_item (objections, 0);
  g_assert_true (exemplar_objection_get_accepted (accepted));
  g_assert_cmpuint (exemplar_objection_get_n_attachments (accepted), ==, 1);

  /* It shows as the model decided, with its deadline and its scan. */
  rows = exemplar_test_find_all (fixture->page, GTK_TYPE_LIST_BOX_ROW, "objection-row");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "江苏路街道"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "Accepted"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), "张三 (individual)"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0), exemplar_objection_get_verify_by (accepted)));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 0),
                                           exemplar_objection_get_attachment_title (accepted, 0)));

  /* The scan opens in the evidence viewer from its button. */
  attachment = exemplar_test_find_first (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON, "objection-attachment");
  g_assert_cmpstr (gtk_button_get_label (attachment), ==, "Open 来信");
  click (attachment);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW) != NULL);
  viewer_window = exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (viewer_window)), ==, "来信");
  viewer = EXEMPLAR_EVIDENCE_VIEWER (exemplar_evidence_window_get_viewer (viewer_window));
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_viewer_get_loading (viewer) &&
                            exemplar_evidence_viewer_get_n_pages (viewer) == 1);
  g_assert_null (exemplar_evidence_viewer_get_error (viewer));
  gtk_widget_activate_action (GTK_WIDGET (viewer_window), "window.close", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* An anonymous call is recorded, not accepted, with the model's reason. */
  dialog = open_objection_dialog (fixture);
  fill_objection (dialog, 0, NULL, "匿名电话反映情况。");
  click (find_id (dialog, "save_button"));
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_OBJECTION_DIALOG) == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 2);
  anonymous = g_list_model_get_item (objections, 1);
  g_assert_false (exemplar_objection_get_accepted (anonymous));
  rows = exemplar_test_find_all (fixture->page, GTK_TYPE_LIST_BOX_ROW, "objection-row");
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 1), "Not accepted"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 1), "Anonymous"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (rows, 1),
                                           exemplar_objection_get_not_accepted_reason (anonymous)));

  /* Opened again on the deadline's day, the pending one is flagged; a
   * day after, it is overdue. */
  exemplar_campaign_set_today (fixture->campaign, exemplar_objection_get_verify_by (accepted));
  reopen_section (fixture);
  deadline = exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "objection-deadline");
  g_assert_true (gtk_widget_has_css_class (deadline, "warning"));
  exemplar_campaign_set_today (fixture->campaign, "2024-06-03");
  reopen_section (fixture);
  deadline = exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "objection-deadline");
  g_assert_true (gtk_widget_has_css_class (deadline, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (deadline)), "overdue"));
  exemplar_campaign_set_today (fixture->campaign, "2024-05-08");
  reopen_section (fixture);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = exemplar_test_find_all (fixture->page, GTK_TYPE_LIST_BOX_ROW, "objection-row");

  /* Only the accepted, pending one can be resolved. */
  gtk_list_box_select_row (find_id (fixture->page, "objections_list"), g_ptr_array_index (rows, 1));
  exemplar_test_iterate (50);
  g_assert_false (gtk_widget_is_sensitive (find_id (fixture->page, "resolve_button")));
  gtk_list_box_select_row (find_id (fixture->page, "objections_list"), g_ptr_array_index (rows, 0));
  exemplar_test_iterate (50);
  click (find_id (fixture->page, "resolve_button"));

  resolve = exemplar_test_find_toplevel (EXEMPLAR_TYPE_RESOLVE_DIALOG);
  g_assert_nonnull (resolve);
  exemplar_resolve_dialog_set_outcome (resolve, EXEMPLAR_OUTCOME_NOT_UPHELD);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_id (resolve, "reply_view")),
                            "经核查，工作站正常运行，异议不成立。", -1);
  resolve_error = g_object_ref (find_id (resolve, "error_label"));
  click (find_id (resolve, "resolve_button"));
  g_assert_cmpstr (gtk_label_get_text (resolve_error), ==, "");
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_RESOLVE_DIALOG) == NULL);

  g_clear_object (&accepted);
  accepted = g_list_model_get_item (objections, 0);
  g_assert_cmpint (exemplar_objection_get_outcome (accepted), ==, EXEMPLAR_OUTCOME_NOT_UPHELD);
  g_assert_true (exemplar_test_shows_text (fixture->page, exemplar_outcome_get_title (EXEMPLAR_OUTCOME_NOT_UPHELD)));
  g_assert_true (exemplar_test_shows_text (fixture->page, "异议不成立"));
}

static void
add_test (const char *name,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-publicity-home-XXXXXX");
  app = exemplar_test_application_new ();

  add_test ("/gui/publicity/before-review", test_before_review);
  add_test ("/gui/publicity/recommend", test_recommend);
  add_test ("/gui/publicity/opinions-and-candidates", test_opinions_and_candidates);
  add_test ("/gui/publicity/objections", test_objections);

  status = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return status;
}
