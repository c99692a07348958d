/* test-gui-results.c
 *
 * What the office sees in the Results section, checked on a real display
 * (Xvfb): nothing but a note before any sheet is submitted; then the
 * ranking in rank order with the totals as the model computes them,
 * following the reviewers' sheets as they are submitted; the selected
 * unit's items with each reviewer's points and reasons and its flagged
 * items; the table following a change of the aggregation rule; a veto
 * recorded through its dialog taking the unit out of the ranking; and the
 * chart of the protections drawn in the light and the dark style.
 *
 * Sheets are scored through the model, as a reviewer's desktop would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-application.h"
#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-protection-chart.h"
#include "exemplar-ranking-row.h"
#include "exemplar-results-page.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

#define TODAY       "2023-05-10"
#define UNIT_A      "310105001"  /* 华阳路街道 */
#define UNIT_B      "310105002"  /* 江苏路街道 */
#define UNIT_C      "310105004"  /* 新华路街道 */
#define N_REVIEWERS 3

static ExemplarApplication *app;

typedef struct
{
  char                *dir;
  char                *path;
  ExemplarCampaign    *campaign;
  ExemplarWindow      *window;
  ExemplarResultsPage *page;
  ExemplarReviewer    *reviewers[N_REVIEWERS];
} Fixture;

/* The first widget on screen of @type (and @css_class). */
static gpointer
find_first (gpointer    root,
            GType       type,
            const char *css_class)
{
  g_autoptr(GPtrArray) found = exemplar_test_find_drawable (root, type, css_class);

  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

static gboolean
is_on_screen (gpointer    root,
              GType       type,
              const char *css_class)
{
  g_autoptr(GPtrArray) found = exemplar_test_find_drawable (root, type, css_class);

  return found->len > 0;
}

/* The texts of the visible labels with @css_class, in reading order. */
static GStrv
label_texts (gpointer    root,
             const char *css_class)
{
  g_autoptr(GPtrArray) labels = exemplar_test_find_drawable (root, GTK_TYPE_LABEL, css_class);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_strv_builder_end (builder);
}

static gboolean
texts_contain (GStrv       texts,
               const char *needle)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      if (strstr (texts[i], needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

/* Reviewer @reviewer (1-based) scores @unit: every item at full marks and
 * every bonus item at nothing, except @changes ("CODE=POINTS …"), with a
 * reason for each deduction; then submits the sheet. */
static void
score (Fixture    *fixture,
       guint       reviewer,
       const char *unit,
       const char *changes)
{
  g_object_unref (exemplar_test_score (fixture->campaign, fixture->reviewers[reviewer - 1], unit, NULL, changes, TRUE));
}

/* Mean of three sheets on 华阳路街道: 1.1.1 (2.5) at 2.5, 2, 1; 1.1.2 (1.5)
 * at 1.5, 1.5, 1; 2.2.3 (1) at 1, 0.5, 0.5: 100 − 5 + 11.5 / 3 = 98.8333…,
 * shown 98.83; the median gives 100 − 5 + 2 + 1.5 + 0.5 = 99. 江苏路街道 at
 * full marks: 100. 新华路街道 without 1.1.2: 98.5. */
static void
score_three_units (Fixture *fixture)
{
  score (fixture, 1, UNIT_A, NULL);
  score (fixture, 2, UNIT_A, "1.1.1=2 2.2.3=0.5");
  score (fixture, 3, UNIT_A, "1.1.1=1 1.1.2=1 2.2.3=0.5");
  score (fixture, 1, UNIT_B, NULL);
  score (fixture, 2, UNIT_C, "1.1.2=0");
}

static gboolean
page_has_results (Fixture *fixture)
{
  GtkStack *stack = find_first (fixture->page, GTK_TYPE_STACK, NULL);

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "results") == 0;
}

/* The units in the ranking's rows, top to bottom. */
static GStrv
ranking_units (Fixture *fixture)
{
  return label_texts (fixture->page, "ranking-unit");
}

static void
select_unit_row (Fixture    *fixture,
                 const char *name)
{
  GtkColumnView *view = find_first (fixture->page, GTK_TYPE_COLUMN_VIEW, "ranking");
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarRankingRow) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      ExemplarStanding *standing = exemplar_ranking_row_get_standing (row);

      if (g_strcmp0 (exemplar_unit_get_name (exemplar_standing_get_unit (standing)), name) == 0)
        {
          gtk_selection_model_select_item (model, i, TRUE);
          exemplar_test_iterate (100);
          return;
        }
    }

  g_error ("No unit “%s” in the ranking", name);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* Every application submitted, 华阳路街道 self-assessed at full marks. */
  fixture->dir = exemplar_test_make_dir ("exemplar-gui-results-XXXXXX", "changning.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new_in_evaluation (fixture->path, TODAY, UNIT_A,
                                                                fixture->reviewers, N_REVIEWERS);

  fixture->window = exemplar_test_window_new (app, fixture->campaign, "results", 1280, 900);
  exemplar_test_iterate (300);

  fixture->page = find_first (fixture->window, EXEMPLAR_TYPE_RESULTS_PAGE, NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  AdwStatusPage *status = find_first (fixture->page, ADW_TYPE_STATUS_PAGE, NULL);
  g_auto(GStrv) accels = NULL;
  g_auto(GStrv) units = NULL;

  /* Reviewers exist but nobody has submitted: no table, a note saying when. */
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Results Yet");
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   "Results appear once reviewers submit their score sheets.");
  units = ranking_units (fixture);
  g_assert_cmpuint (g_strv_length (units), ==, 0);

  /* A draft is not a result either. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ExemplarScoreSheet) sheet = NULL;
    g_autoptr(GPtrArray) leaves = NULL;
    ExemplarAssignment *assignment;

    assignment = exemplar_evaluation_assign (evaluation_of (fixture), fixture->reviewers[0],
                                             exemplar_campaign_find_declaration (fixture->campaign, UNIT_A),
                                             NULL, NULL, &error);
    g_assert_no_error (error);
    sheet = exemplar_evaluation_open_sheet (evaluation_of (fixture), assignment, &error);
    g_assert_no_error (error);
    leaves = exemplar_score_sheet_get_leaves (sheet);
    g_assert_true (exemplar_score_sheet_set_points (sheet, g_ptr_array_index (leaves, 0), 100, &error));
    g_assert_no_error (error);
  }
  exemplar_test_iterate (400);
  g_assert_false (page_has_results (fixture));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-section::results");
  g_assert_cmpstr (accels[0], ==, "<Alt>5");
}

static void
test_ranking (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) units = NULL;
  g_auto(GStrv) totals = NULL;
  g_auto(GStrv) ranks = NULL;
  g_auto(GStrv) sheets = NULL;
  g_auto(GStrv) notes = NULL;
  ExemplarResults *results;

  /* Sheets submitted while the section is open show up by themselves. */
  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));
  exemplar_test_iterate (100);

  results = exemplar_results_page_get_results (fixture->page);
  g_assert_nonnull (results);

  /* Rank order, not the official order; the unscored units follow, unranked. */
  units = ranking_units (fixture);
  g_assert_cmpuint (g_strv_length (units), >=, 5);
  g_assert_cmpstr (units[0], ==, "江苏路街道");
  g_assert_cmpstr (units[1], ==, "华阳路街道");
  g_assert_cmpstr (units[2], ==, "新华路街道");

  ranks = label_texts (fixture->page, "ranking-rank");
  g_assert_cmpstr (ranks[0], ==, "1");
  g_assert_cmpstr (ranks[1], ==, "2");
  g_assert_cmpstr (ranks[2], ==, "3");
  g_assert_cmpstr (ranks[3], ==, "—");

  /* Totals to two decimals, as the model computes them exactly. */
  totals = label_texts (fixture->page, "ranking-total");
  g_assert_cmpstr (totals[0], ==, "100");
  g_assert_cmpstr (totals[1], ==, "98.83");
  g_assert_cmpstr (totals[2], ==, "98.5");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autofree char *expected = exemplar_points_format (exemplar_standing_get_total (standing));

      g_assert_cmpstr (totals[i], ==, expected);
    }

  /* Sheets counted of assigned, and why an unscored unit has no rank. */
  sheets = label_texts (fixture->page, "ranking-sheets");
  g_assert_cmpstr (sheets[0], ==, "1 / 1");
  g_assert_cmpstr (sheets[1], ==, "3 / 3");
  notes = label_texts (fixture->page, "ranking-note");
  g_assert_true (texts_contain (notes, "No submitted sheet yet"));

  /* The leader is shown below the table, with its protections charted. */
  g_assert_nonnull (exemplar_results_page_get_selected (fixture->page));
  g_assert_cmpuint (exemplar_protection_chart_get_n_axes (find_first (fixture->page, EXEMPLAR_TYPE_PROTECTION_CHART, NULL)),
                    ==, 6);

  /* The sensitivity line says what the model says. */
  {
    g_autoptr(GPtrArray) lines = exemplar_results_get_sensitivity (results);
    GtkRevealer *revealer = find_first (fixture->page, GTK_TYPE_REVEALER, NULL);
    g_auto(GStrv) texts = label_texts (revealer, NULL);

    g_assert_true (gtk_revealer_get_reveal_child (revealer));
    g_assert_cmpuint (lines->len, >, 0);
    g_assert_true (texts_contain (texts, g_ptr_array_index (lines, 0)));
  }
}

static void
test_breakdown (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(GStrv) titles = NULL;
  g_auto(GStrv) reasons = NULL;
  g_auto(GStrv) values = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  GtkLabel *title;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));

  select_unit_row (fixture, "华阳路街道");

  title = find_first (fixture->page, GTK_TYPE_LABEL, "detail-title");
  g_assert_cmpstr (gtk_label_get_label (title), ==, "华阳路街道");
  titles = label_texts (fixture->page, "detail-summary");
  g_assert_true (texts_contain (titles, "rank 2"));
  g_assert_true (texts_contain (titles, "total 98.83"));
  g_assert_true (texts_contain (titles, "3 of 3 sheets"));

  /* Item 1.1.1 (2.5 points): 1.83 from 2.5, 2 and 1, with the reasons of
   * the two who deducted. */
  values = label_texts (fixture->page, "breakdown-value");
  g_assert_true (g_strv_contains ((const char * const *) values, "1.83 / 2.5"));
  reasons = label_texts (fixture->page, "score-reason");
  g_assert_true (g_strv_contains ((const char * const *) reasons, "1.1.1：台账不全"));
  g_assert_true (texts_contain (label_texts (fixture->page, "score-reviewer"), "专家2"));

  /* Its reviewers are 1.5 of 2.5 points apart (over 40%): flagged. */
  flagged = exemplar_test_find_drawable (fixture->page, GTK_TYPE_BOX, "flagged");
  g_assert_cmpuint (flagged->len, >=, 1);
  g_assert_true (texts_contain (label_texts (g_ptr_array_index (flagged, 0), NULL), "1.1.1"));

  /* The list of flagged items leads back to the unit and the item. */
  select_unit_row (fixture, "江苏路街道");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.show-flagged", NULL);
  exemplar_test_iterate (100);
  {
    g_autoptr(GPtrArray) rows = exemplar_test_find_drawable (fixture->page, ADW_TYPE_ACTION_ROW, "flagged-row");

    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), "华阳路街道 · 1.1.1"));
    g_signal_emit_by_name (g_ptr_array_index (rows, 0), "activate");
    exemplar_test_iterate (100);
  }
  g_assert_cmpstr (exemplar_unit_get_code (exemplar_standing_get_unit (exemplar_results_page_get_selected (fixture->page))),
                   ==, UNIT_A);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (title)));
}

static void
test_policy (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(GStrv) totals = NULL;
  g_auto(GStrv) units = NULL;
  g_auto(GStrv) after = NULL;
  GtkDropDown *dropdown;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));
  select_unit_row (fixture, "华阳路街道");

  totals = label_texts (fixture->page, "ranking-total");
  g_assert_cmpstr (totals[1], ==, "98.83");

  /* The median, chosen in the toolbar, is the campaign's policy now, and
   * the table follows: 华阳路街道 has 99. */
  dropdown = find_first (fixture->page, GTK_TYPE_DROP_DOWN, NULL);
  gtk_drop_down_set_selected (dropdown, 2);
  g_assert_cmpint (exemplar_evaluation_get_aggregate (evaluation_of (fixture)), ==, EXEMPLAR_AGGREGATE_MEDIAN);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_results_get_aggregate (exemplar_results_page_get_results (fixture->page)) ==
                            EXEMPLAR_AGGREGATE_MEDIAN);
  exemplar_test_iterate (100);

  units = ranking_units (fixture);
  after = label_texts (fixture->page, "ranking-total");
  g_assert_cmpstr (units[1], ==, "华阳路街道");
  g_assert_cmpstr (after[1], ==, "99");

  /* The selected unit stays selected, its breakdown renewed. */
  g_assert_cmpstr (exemplar_unit_get_code (exemplar_standing_get_unit (exemplar_results_page_get_selected (fixture->page))),
                   ==, UNIT_A);
  g_assert_true (g_strv_contains ((const char * const *) label_texts (fixture->page, "breakdown-value"), "2 / 2.5"));
}

static void
test_policy_locked (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkDropDown *dropdown;
  GtkSpinButton *spin;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));

  dropdown = find_first (fixture->page, GTK_TYPE_DROP_DOWN, NULL);
  spin = GTK_SPIN_BUTTON (exemplar_test_find_by_id (fixture->page, "disagreement_spin"));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (dropdown)));

  /* After the evaluation phase the policy and vetoes are fixed: the
   * controls do not respond, and their tooltip says why. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (200);

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (dropdown)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (spin)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (dropdown)), "Publicity"));
  select_unit_row (fixture, "华阳路街道");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.record-veto", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  g_assert_cmpint (exemplar_evaluation_get_aggregate (evaluation_of (fixture)), ==, EXEMPLAR_AGGREGATE_MEAN);

  /* Back in the evaluation (with the office's reason), they respond again. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_EVALUATION, "复评", &error));
  g_assert_no_error (error);
  exemplar_test_iterate (200);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (dropdown)));
  g_assert_null (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (dropdown)), "fixed"));
}

/* The office marks a flagged item reviewed with a note, from the list. */
static void
test_flag_review (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  const char *note = NULL;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.show-flagged", NULL);
  exemplar_test_iterate (100);

  buttons = exemplar_test_find_drawable (fixture->page, GTK_TYPE_BUTTON, "flagged-review-button");
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 0)), ==, "_Mark Reviewed…");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  exemplar_test_iterate (200);

  /* A note is required. */
  dialog = ADW_MESSAGE_DIALOG (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "1.1.1"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "review"));
  entry = find_first (dialog, GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (entry, "已现场复核，分差有据");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "review"));
  adw_message_dialog_response (dialog, "review");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (exemplar_evaluation_get_flag_review (evaluation_of (fixture),
                                                      exemplar_test_find_declaration (fixture->campaign, UNIT_A),
                                                      exemplar_test_find_indicator (fixture->campaign, "1.1.1"),
                                                      &note, NULL));
  g_assert_cmpstr (note, ==, "已现场复核，分差有据");

  /* The list shows it reviewed, with the note. */
  EXEMPLAR_TEST_WAIT_UNTIL (is_on_screen (fixture->page, ADW_TYPE_ACTION_ROW, "reviewed"));
  rows = exemplar_test_find_drawable (fixture->page, ADW_TYPE_ACTION_ROW, "reviewed");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), "Reviewed: 已现场复核"));
}

static void
test_veto (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(GStrv) units = NULL;
  g_auto(GStrv) ranks = NULL;
  g_auto(GStrv) notes = NULL;
  GtkWindow *dialog;
  GtkEditable *entry;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));
  select_unit_row (fixture, "华阳路街道");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.record-veto", NULL);
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);

  /* No reason, no veto. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));
  entry = find_first (dialog, GTK_TYPE_TEXT, NULL);
  gtk_editable_set_text (entry, "发生未成年人重大安全事故");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "record");
  exemplar_test_iterate (200);

  /* 华阳路街道 is out of the ranking, with the reason where its name is. */
  units = ranking_units (fixture);
  ranks = label_texts (fixture->page, "ranking-rank");
  notes = label_texts (fixture->page, "ranking-note");
  g_assert_cmpstr (units[0], ==, "江苏路街道");
  g_assert_cmpstr (units[1], ==, "新华路街道");
  g_assert_cmpstr (ranks[1], ==, "2");
  g_assert_true (g_strv_contains ((const char * const *) ranks, "Vetoed"));
  g_assert_true (texts_contain (notes, "发生未成年人重大安全事故"));
  g_assert_true (exemplar_standing_get_vetoed (exemplar_results_page_get_selected (fixture->page)));
}

/* Saves under @name in the fixture's folder through the file chooser. */
static char *
save_as (Fixture    *fixture,
         const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkFileChooser *chooser;

  EXEMPLAR_TEST_WAIT_UNTIL ((chooser = exemplar_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  exemplar_test_iterate (200);
  gtk_file_chooser_set_file (chooser, file, &error);
  g_assert_no_error (error);
  exemplar_test_iterate (300);
  gtk_file_chooser_set_current_name (chooser, name);
  exemplar_test_iterate (100);
  g_signal_emit_by_name (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT), "clicked");

  return path;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));

  /* The flat table: one row per reviewer × unit × item, Chinese intact. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.export", NULL);
  path = save_as (fixture, "成绩.csv");
  EXEMPLAR_TEST_WAIT_UNTIL (g_file_test (path, G_FILE_TEST_EXISTS));
  exemplar_test_iterate (100);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "华阳路街道"));
  g_assert_nonnull (strstr (contents, "1.1.1：台账不全"));
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
}

static void
test_print_sheet (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  gsize length;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));
  select_unit_row (fixture, "华阳路街道");

  /* Three reviewers scored the unit: the office picks whose sheet. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "results.print-sheet", NULL);
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Print a Score Sheet");
  {
    GtkDropDown *reviewer = find_first (dialog, GTK_TYPE_DROP_DOWN, NULL);
    GListModel *choices = gtk_drop_down_get_model (reviewer);

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
    gtk_drop_down_set_selected (reviewer, 1);
    g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), "专家2"));
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");

  path = save_as (fixture, "评分表.pdf");
  EXEMPLAR_TEST_WAIT_UNTIL (g_file_test (path, G_FILE_TEST_EXISTS));
  exemplar_test_iterate (100);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) switches = NULL;
  g_autoptr(GPtrArray) toggles = NULL;
  GtkWidget *chart;
  GtkWidget *breakdown;

  score_three_units (fixture);
  EXEMPLAR_TEST_WAIT_UNTIL (page_has_results (fixture));

  /* Wide: the items and the chart side by side, no buttons to switch (the
   * results arrive from a worker; the leaflet unfolds when next laid out). */
  EXEMPLAR_TEST_WAIT_UNTIL (is_on_screen (fixture->page, EXEMPLAR_TYPE_PROTECTION_CHART, NULL));
  chart = find_first (fixture->page, EXEMPLAR_TYPE_PROTECTION_CHART, NULL);
  breakdown = find_first (fixture->page, GTK_TYPE_LIST_VIEW, "breakdown");
  g_assert_true (gtk_widget_is_drawable (chart));
  g_assert_true (gtk_widget_is_drawable (breakdown));
  switches = exemplar_test_find_drawable (fixture->page, GTK_TYPE_BOX, "view-switch");
  g_assert_cmpuint (switches->len, ==, 0);

  /* On a phone-sized window they take turns, and two buttons choose. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 800);
  exemplar_test_iterate (500);
  toggles = exemplar_test_find_drawable (find_first (fixture->page, GTK_TYPE_BOX, "view-switch"), GTK_TYPE_TOGGLE_BUTTON, NULL);
  g_assert_cmpuint (toggles->len, ==, 2);
  g_assert_true (gtk_widget_is_drawable (breakdown));
  g_assert_false (gtk_widget_is_drawable (chart));

  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 1), TRUE);
  exemplar_test_iterate (500);
  g_assert_true (gtk_widget_is_drawable (chart));
  g_assert_false (gtk_widget_is_drawable (breakdown));
}

/* The chart drawn into an image: how many pixels it covers, and how light
 * they are on average (0 black … 1 white). */
static void
render_chart (GtkWidget *chart,
              guint     *covered,
              double    *lightness)
{
  int width = gtk_widget_get_width (chart);
  int height = gtk_widget_get_height (chart);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double sum = 0;
  guchar *data;
  int stride;

  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  /* Nothing drawn at all. */
  *covered = 0;
  *lightness = 0;
  if (node == NULL)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      for (int x = 0; x < width; x++)
        {
          guint32 pixel = *(guint32 *) (data + y * stride + x * 4);
          guint alpha = pixel >> 24;

          if (alpha < 128)
            continue;

          /* Premultiplied: divide the colour by the alpha. */
          sum += (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / (3.0 * alpha);
          (*covered)++;
        }
    }

  *lightness = *covered > 0 ? sum / *covered : 0;
  cairo_surface_destroy (surface);
}

static void
test_chart (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = exemplar_protection_chart_new ();
  guint empty_covered, light_covered, dark_covered;
  double empty_lightness, light_lightness, dark_lightness;

  score_three_units (fixture);
  results = exemplar_results_new (fixture->campaign, NULL, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 480, 420);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  exemplar_test_iterate (200);

  /* Nothing to draw before a unit is given. */
  g_assert_cmpuint (exemplar_protection_chart_get_n_axes (EXEMPLAR_PROTECTION_CHART (chart)), ==, 0);
  render_chart (chart, &empty_covered, &empty_lightness);
  g_assert_cmpuint (empty_covered, ==, 0);

  /* 华阳路街道 against the field: six axes with their Chinese names. */
  exemplar_protection_chart_set_standing (EXEMPLAR_PROTECTION_CHART (chart), results,
                                          exemplar_results_find (results, UNIT_A));
  g_assert_cmpuint (exemplar_protection_chart_get_n_axes (EXEMPLAR_PROTECTION_CHART (chart)), ==, 6);
  g_assert_cmpstr (exemplar_indicator_get_name (exemplar_test_find_indicator (fixture->campaign, "3")), !=, "");
  exemplar_test_iterate (100);
  render_chart (chart, &light_covered, &light_lightness);
  g_assert_cmpuint (light_covered, >, 2000);

  /* In the dark style the lines and labels turn light. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  exemplar_test_iterate (200);
  render_chart (chart, &dark_covered, &dark_lightness);
  g_assert_cmpuint (dark_covered, >, 2000);
  g_assert_cmpfloat (dark_lightness, >, light_lightness + 0.2);

  /* Too narrow for a radar with labels: still no critical, still a legend. */
  gtk_window_set_default_size (GTK_WINDOW (window), 120, 120);
  exemplar_test_iterate (200);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_test (const char *name,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-results-home-XXXXXX");
  app = exemplar_test_application_new ();

  add_test ("/gui/results/empty", test_empty);
  add_test ("/gui/results/ranking", test_ranking);
  add_test ("/gui/results/breakdown", test_breakdown);
  add_test ("/gui/results/policy", test_policy);
  add_test ("/gui/results/policy-locked", test_policy_locked);
  add_test ("/gui/results/flag-review", test_flag_review);
  add_test ("/gui/results/veto", test_veto);
  add_test ("/gui/results/export", test_export);
  add_test ("/gui/results/print-sheet", test_print_sheet);
  add_test ("/gui/results/narrow", test_narrow);
  add_test ("/gui/results/chart", test_chart);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
