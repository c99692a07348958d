/* test-gui-evaluation.c
 *
 * What the office sees in the Evaluation section, checked on a real display
 * (Xvfb): the empty states of a fresh campaign, a reviewer added through
 * the dialog's own fields with a conflict that needs its reason, a draw by
 * lot with a typed seed that is shown afterwards, nobody in the table
 * scoring their own unit, a conflicting assignment by hand refused with the
 * model's message, removal after a confirmation, the progress counts, the
 * score sheet an assignment opens, the printed report, and working groups
 * added, given members, renamed and removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-application.h"
#include "exemplar-assign-dialog.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-draw-dialog.h"
#include "exemplar-evaluation-page.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer-dialog.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"
#include "exemplar-working-group.h"

#define TODAY      "2023-04-20"
#define DRAFT_UNIT "310105010" /* 程家桥街道 */
#define SEED       "20230501"

static ExemplarApplication *app;

typedef struct
{
  char                   *dir;
  char                   *path;
  ExemplarCampaign       *campaign;
  ExemplarWindow         *window;
  ExemplarEvaluationPage *page;
} Fixture;

static const char *
label_text (gpointer label)
{
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
show_view (Fixture    *fixture,
           const char *name)
{
  exemplar_evaluation_page_show_view (fixture->page, name);
  exemplar_test_iterate (200);
}

static ExemplarEvaluation *
evaluation_of (Fixture *fixture)
{
  return exemplar_campaign_get_evaluation (fixture->campaign);
}

static ExemplarUnit *
unit_at (Fixture *fixture,
         guint    position)
{
  g_autoptr(ExemplarUnit) unit = g_list_model_get_item (exemplar_campaign_get_units (fixture->campaign), position);

  return unit;
}

/* A reviewer from each applicant unit, and two outside experts. */
static void
add_reviewers (Fixture *fixture)
{
  static const char * const names[] = {
    "张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴刚",
  };
  GListModel *units = exemplar_campaign_get_units (fixture->campaign);

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    exemplar_test_add_reviewer (fixture->campaign, names[i], EXEMPLAR_AFFILIATION_APPLICANT, unit_at (fixture, i));

  exemplar_test_add_reviewer (fixture->campaign, "孙教授", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  exemplar_test_add_reviewer (fixture->campaign, "钱研究员", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  exemplar_test_iterate (100);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean submitted = GPOINTER_TO_INT (data);

  fixture->dir = exemplar_test_make_dir ("exemplar-gui-eval-XXXXXX", "changning.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new (fixture->path, NULL);

  /* Nine applications submitted and one still a draft, as the office has
   * them when the declaration closes. */
  if (submitted)
    {
      g_clear_object (&fixture->campaign);
      exemplar_test_submit_applications (fixture->path, DRAFT_UNIT);
      fixture->campaign = exemplar_test_campaign_open (fixture->path, NULL);
    }
  exemplar_campaign_set_today (fixture->campaign, TODAY);

  fixture->window = exemplar_test_window_new (app, fixture->campaign, "evaluation", 1280, 800);
  exemplar_test_iterate (400);

  fixture->page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_EVALUATION_PAGE, NULL);
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

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_auto(GStrv) accels = NULL;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-section::evaluation");
  g_assert_cmpstr (accels[0], ==, "<Alt>4");

  /* No reviewers: the section says what to do, with a way to do it. */
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No Reviewers Yet"));
  g_assert_true (exemplar_test_texts_contain (texts, "Add Reviewer"));

  /* No application is submitted yet: nothing to assign. */
  show_view (fixture, "assignments");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "Applications appear here once submitted."));

  show_view (fixture, "progress");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "Nothing to Follow Yet"));

  show_view (fixture, "rounds");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No rounds"));

  show_view (fixture, "groups");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No working groups"));
}

/* Answers the message dialog that the action @name (on the group @group)
 * opened with @response, after @prepare (nullable) filled it in. */
static void
answer_group_dialog (Fixture              *fixture,
                     const char           *name,
                     ExemplarWorkingGroup *group,
                     void                (*prepare) (AdwMessageDialog *dialog),
                     const char           *response)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), name, "x", exemplar_working_group_get_id (group));
  exemplar_test_iterate (200);
  dialog = exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), exemplar_working_group_get_name (group)));
  if (prepare != NULL)
    prepare (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  exemplar_test_iterate (300);
}

/* Checks the first two reviewers (张伟, 李娜). */
static void
check_two_members (AdwMessageDialog *dialog)
{
  g_autoptr(GPtrArray) checks = exemplar_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON, NULL);

  g_assert_cmpuint (checks->len, ==, 12);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
}

static void
type_new_name (AdwMessageDialog *dialog)
{
  GtkEditable *entry = exemplar_test_find_first (dialog, GTK_TYPE_ENTRY, NULL);

  gtk_editable_set_text (entry, "第一组");
}

static void
test_working_groups (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *groups = exemplar_evaluation_get_working_groups (evaluation_of (fixture));
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarWorkingGroup *group;
  GtkWidget *name_row;

  add_reviewers (fixture);
  g_assert_nonnull (exemplar_evaluation_add_round (evaluation_of (fixture), "实地评估", EXEMPLAR_METHOD_ONSITE, 0, &error));
  g_assert_no_error (error);
  show_view (fixture, "groups");
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No working groups"));

  /* A group is added from the form, for the round chosen there. */
  name_row = exemplar_test_find_by_id (fixture->page, "group_name_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (exemplar_test_find_by_id (fixture->page, "group_round_row")), 1);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "实地评估工作组");
  exemplar_test_press_enter (name_row);
  exemplar_test_iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  group = g_list_model_get_item (groups, 0);
  g_object_unref (group);
  g_assert_cmpstr (exemplar_round_get_name (exemplar_working_group_get_round (group)), ==, "实地评估");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "实地评估工作组"));
  g_assert_true (exemplar_test_texts_contain (texts, "No members yet"));

  /* The same name again is refused with the model's message. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "实地评估工作组");
  exemplar_test_press_enter (name_row);
  exemplar_test_iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  g_assert_true (exemplar_test_shows_text (exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "already"));
  gtk_window_destroy (exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  exemplar_test_iterate (100);

  /* Members are checked in a dialog; the row lists them. */
  answer_group_dialog (fixture, "evaluation.edit-group-members", group, check_two_members, "apply");
  group = g_list_model_get_item (groups, 0);
  g_object_unref (group);
  g_assert_cmpuint (exemplar_working_group_get_n_members (group), ==, 2);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "2 members: 张伟、李娜"));

  answer_group_dialog (fixture, "evaluation.rename-group", group, type_new_name, "rename");
  g_assert_cmpstr (exemplar_working_group_get_name (group), ==, "第一组");
  g_assert_true (exemplar_test_shows_text (fixture->page, "第一组"));

  /* Removing asks first. */
  answer_group_dialog (fixture, "evaluation.remove-group", group, NULL, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  answer_group_dialog (fixture, "evaluation.remove-group", group, NULL, "remove");
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 0);
  g_assert_true (exemplar_test_shows_text (fixture->page, "No working groups"));

  /* After the evaluation the form is locked. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (300);
  g_assert_false (gtk_widget_is_sensitive (name_row));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "第二组");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.add-group", NULL);
  exemplar_test_iterate (200);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 0);
  g_assert_null (exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static ExemplarReviewerDialog *
open_reviewer_dialog (Fixture    *fixture,
                      const char *action)
{
  ExemplarReviewerDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL);
  exemplar_test_iterate (300);
  dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_REVIEWER_DIALOG);
  g_assert_nonnull (dialog);

  return dialog;
}

/* The conflict row of @unit_name: its check and its reason. */
static GtkWidget *
conflict_row (gpointer    dialog,
              const char *unit_name,
              GtkWidget **check,
              GtkWidget **reason)
{
  GtkWidget *row = exemplar_test_find_row (dialog, unit_name);

  g_assert_true (gtk_widget_has_css_class (row, "conflict-row"));
  *check = exemplar_test_find_first (row, GTK_TYPE_CHECK_BUTTON, NULL);
  *reason = exemplar_test_find_first (row, GTK_TYPE_ENTRY, "conflict-reason");

  return row;
}

static void
test_add_reviewer (Fixture       *fixture,
                   gconstpointer  data)
{
  ExemplarReviewerDialog *dialog;
  ExemplarReviewer *reviewer;
  GtkWidget *home_check, *home_reason;
  GtkWidget *check, *reason;
  GtkWidget *home_row;
  GtkLabel *error_label;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation_of (fixture));

  dialog = open_reviewer_dialog (fixture, "evaluation.add-reviewer");

  /* Staff of 华阳路街道, for cross-evaluation. */
  gtk_editable_set_text (GTK_EDITABLE (exemplar_test_find_row (dialog, "Name")), "王敏");
  adw_combo_row_set_selected (ADW_COMBO_ROW (exemplar_test_find_row (dialog, "Affiliation")), EXEMPLAR_AFFILIATION_APPLICANT);
  exemplar_test_iterate (50);
  adw_combo_row_set_selected (ADW_COMBO_ROW (exemplar_test_find_row (dialog, "Applicant Unit")), 0);
  gtk_editable_set_text (GTK_EDITABLE (exemplar_test_find_row (dialog, "Role")), "副主任");
  exemplar_test_iterate (50);

  /* Their own unit needs no declaration: it is never assigned. */
  home_row = conflict_row (dialog, "华阳路街道", &home_check, &home_reason);
  g_assert_false (gtk_widget_is_sensitive (home_check));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (home_row)), ==, "Their own unit: never assigned");

  /* A conflict without its reason is refused, and the form stays. */
  conflict_row (dialog, "江苏路街道", &check, &reason);
  g_assert_false (gtk_widget_is_sensitive (reason));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_sensitive (reason));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "reviewer.save", NULL);
  exemplar_test_iterate (100);
  g_assert_true (exemplar_test_find_toplevel (EXEMPLAR_TYPE_REVIEWER_DIALOG) == dialog);
  error_label = exemplar_test_find_first (dialog, GTK_TYPE_LABEL, "dialog-error");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "江苏路街道"));
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 0);

  /* With the reason it is stored, and the dialog closes. */
  gtk_editable_set_text (GTK_EDITABLE (reason), "former post");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "reviewer.save", NULL);
  exemplar_test_iterate (300);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_REVIEWER_DIALOG));

  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 1);
  reviewer = g_list_model_get_item (reviewers, 0);
  g_object_unref (reviewer);
  g_assert_cmpstr (exemplar_reviewer_get_name (reviewer), ==, "王敏");
  g_assert_true (exemplar_reviewer_get_unit (reviewer) == unit_at (fixture, 0));
  g_assert_cmpuint (exemplar_reviewer_get_n_conflicts (reviewer), ==, 1);
  g_assert_cmpstr (exemplar_reviewer_get_conflict_reason (reviewer, 0), ==, "former post");

  /* The table shows them. */
  names = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-name");
  units = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-unit");
  conflicts = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-conflicts");
  loads = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-load");
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (label_text (names->pdata[0]), ==, "王敏");
  g_assert_cmpstr (label_text (units->pdata[0]), ==, "华阳路街道");
  g_assert_cmpstr (label_text (conflicts->pdata[0]), ==, "1");
  g_assert_cmpstr (label_text (loads->pdata[0]), ==, "0");
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "1 reviewer"));
  g_assert_false (exemplar_test_texts_contain (texts, "No Reviewers Yet"));

  /* Editing shows what was stored; withdrawing the conflict removes it. */
  dialog = open_reviewer_dialog (fixture, "evaluation.edit-reviewer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (exemplar_test_find_row (dialog, "Name"))), ==, "王敏");
  conflict_row (dialog, "江苏路街道", &check, &reason);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, "former post");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "reviewer.save", NULL);
  exemplar_test_iterate (300);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_REVIEWER_DIALOG));
  g_assert_cmpuint (exemplar_reviewer_get_n_conflicts (reviewer), ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-conflicts");
  g_assert_cmpstr (label_text (conflicts->pdata[0]), ==, "0");
}

static void
test_remove_reviewer (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation_of (fixture));
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *view;
  AdwMessageDialog *dialog;

  exemplar_test_add_reviewer (fixture->campaign, "孙教授", EXEMPLAR_AFFILIATION_EXPERT, NULL);
  exemplar_test_iterate (200);

  /* Nothing selected, nothing to remove. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.remove-reviewer", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  view = exemplar_test_find_first (fixture->page, GTK_TYPE_COLUMN_VIEW, "reviewers-table");
  gtk_selection_model_select_item (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)), 0, TRUE);
  exemplar_test_iterate (50);

  /* It asks first; cancelling keeps the reviewer. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.remove-reviewer", NULL);
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "孙教授"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  exemplar_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.remove-reviewer", NULL);
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  exemplar_test_iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (reviewers), ==, 0);

  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No Reviewers Yet"));
}

static void
test_draw (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation_of (fixture));
  ExemplarDrawDialog *dialog;
  GtkWidget *seed_row;
  GtkWidget *seed_label;
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GPtrArray) reviewer_cells = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  guint total_load = 0;

  /* Without reviewers there is nobody to draw. */
  show_view (fixture, "assignments");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.draw", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_DRAW_DIALOG));
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "9 applications are waiting for reviewers"));

  add_reviewers (fixture);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.draw", NULL);
  exemplar_test_iterate (300);
  dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_DRAW_DIALOG);
  g_assert_nonnull (dialog);

  /* Five by default; a random seed ready to be replaced by a chosen one. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (exemplar_test_find_first (dialog, GTK_TYPE_SPIN_BUTTON, NULL)), ==, 5);
  seed_row = exemplar_test_find_row (dialog, "Seed");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (seed_row)), !=, "");

  /* A seed that is not a number is refused before anything is drawn. */
  gtk_editable_set_text (GTK_EDITABLE (seed_row), "lot");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "draw.run", NULL);
  exemplar_test_iterate (100);
  g_assert_true (gtk_widget_is_drawable (exemplar_test_find_first (dialog, GTK_TYPE_LABEL, "dialog-error")));
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 0);

  gtk_spin_button_set_value (exemplar_test_find_first (dialog, GTK_TYPE_SPIN_BUTTON, NULL), 3);
  gtk_editable_set_text (GTK_EDITABLE (seed_row), SEED);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "draw.run", NULL);
  exemplar_test_iterate (300);

  /* The seed stays on screen to be written down. */
  seed_label = exemplar_test_find_first (dialog, GTK_TYPE_LABEL, "draw-seed");
  g_assert_true (gtk_widget_is_drawable (seed_label));
  g_assert_cmpstr (label_text (seed_label), ==, SEED);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "27 assignments were added"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  exemplar_test_iterate (200);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_DRAW_DIALOG));

  /* Nine submitted applications × 3 reviewers; nobody on their own unit. */
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 27);
  for (guint i = 0; i < 27; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);

      g_assert_cmpint (exemplar_assignment_get_draw_seed (assignment), ==, g_ascii_strtoll (SEED, NULL, 10));
      g_assert_true (exemplar_reviewer_get_unit (reviewer) != exemplar_declaration_get_unit (declaration));
      g_assert_cmpstr (exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)), !=, DRAFT_UNIT);
    }

  /* The table says the same, row by row: the reviewer's label carries their
   * unit in brackets, never the application's. */
  applications = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-application");
  reviewer_cells = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-reviewer");
  states = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-state");
  g_assert_cmpuint (applications->len, >=, 10);
  g_assert_cmpuint (applications->len, ==, reviewer_cells->len);
  for (guint i = 0; i < applications->len; i++)
    {
      g_autofree char *own = g_strdup_printf ("（%s）", label_text (applications->pdata[i]));

      g_assert_cmpstr (label_text (applications->pdata[i]), !=, "");
      g_assert_null (strstr (label_text (reviewer_cells->pdata[i]), own));
      g_assert_cmpstr (label_text (states->pdata[i]), ==, "Not started 0/72");
    }
  g_assert_cmpstr (label_text (applications->pdata[0]), ==, "华阳路街道");

  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "27 assignments · 27 not started · 0 draft · 0 submitted"));

  /* Filtering by a unit keeps its three rows. */
  gtk_editable_set_text (GTK_EDITABLE (exemplar_test_find_first (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL)), "江苏路");
  exemplar_test_iterate (400);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "of 27 assignments shown"));
  gtk_editable_set_text (GTK_EDITABLE (exemplar_test_find_first (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL)), "");
  exemplar_test_iterate (400);

  /* Each reviewer's load adds up to the draw; progress counts every sheet. */
  show_view (fixture, "reviewers");
  loads = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "reviewer-load");
  g_assert_cmpuint (loads->len, ==, 12);
  for (guint i = 0; i < loads->len; i++)
    {
      guint load = (guint) g_ascii_strtoull (label_text (loads->pdata[i]), NULL, 10);

      /* Balanced: 27 sheets over 12 reviewers is 2 or 3 each. */
      g_assert_cmpuint (load, >=, 2);
      g_assert_cmpuint (load, <=, 3);
      total_load += load;
    }
  g_assert_cmpuint (total_load, ==, 27);

  show_view (fixture, "progress");
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "27 sheets: 27 not started · 0 draft · 0 submitted"));

  /* One row per application with reviewers: the draft has none. */
  progress = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "progress-name");
  g_assert_cmpuint (progress->len, ==, 9);
  for (guint i = 0; i < progress->len; i++)
    g_assert_cmpstr (label_text (progress->pdata[i]), !=, "程家桥街道");
  g_assert_cmpstr (label_text (progress->pdata[1]), ==, "江苏路街道");
}

static void
test_assign_by_hand (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation_of (fixture));
  ExemplarAssignDialog *dialog;
  GtkWidget *application_row;
  const char *subtitle;
  GtkLabel *error_label;
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarReviewer *reviewer;

  reviewer = exemplar_test_add_reviewer (fixture->campaign, "张伟", EXEMPLAR_AFFILIATION_APPLICANT, unit_at (fixture, 0));
  exemplar_evaluation_add_conflict (evaluation_of (fixture), reviewer, unit_at (fixture, 2), "family tie", &error);
  g_assert_no_error (error);
  show_view (fixture, "assignments");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.assign", NULL);
  exemplar_test_iterate (300);
  dialog = exemplar_test_find_toplevel (EXEMPLAR_TYPE_ASSIGN_DIALOG);
  g_assert_nonnull (dialog);

  /* Their own unit: the form warns and the model refuses. */
  application_row = exemplar_test_find_row (dialog, "Application");
  adw_combo_row_set_selected (ADW_COMBO_ROW (application_row), 0);
  exemplar_test_iterate (50);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (application_row));
  g_assert_nonnull (strstr (subtitle, "华阳路街道"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "assign.run", NULL);
  exemplar_test_iterate (100);
  g_assert_true (exemplar_test_find_toplevel (EXEMPLAR_TYPE_ASSIGN_DIALOG) == dialog);
  error_label = exemplar_test_find_first (dialog, GTK_TYPE_LABEL, "dialog-error");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "华阳路街道"));

  /* A declared conflict: refused too. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (application_row), 2);
  exemplar_test_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "assign.run", NULL);
  exemplar_test_iterate (100);
  g_assert_true (exemplar_test_find_toplevel (EXEMPLAR_TYPE_ASSIGN_DIALOG) == dialog);
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 0);

  /* Another unit is fine. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (application_row), 1);
  exemplar_test_iterate (50);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (application_row));
  g_assert_true (subtitle == NULL || subtitle[0] == '\0');
  gtk_widget_activate_action (GTK_WIDGET (dialog), "assign.run", NULL);
  exemplar_test_iterate (300);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_ASSIGN_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 1);

  applications = exemplar_test_find_drawable (fixture->page, GTK_TYPE_LABEL, "assignment-application");
  g_assert_cmpuint (applications->len, ==, 1);
  g_assert_cmpstr (label_text (applications->pdata[0]), ==, "江苏路街道");
}

static void
test_open_sheet_and_report (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = g_build_filename (fixture->dir, "report", NULL);
  g_autofree char *written = g_strconcat (report, ".pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (report);
  GtkWidget *view;
  gsize length;

  add_reviewers (fixture);
  g_assert_true (exemplar_evaluation_draw (evaluation_of (fixture), NULL, 2, 7, NULL, &error));
  g_assert_no_error (error);
  show_view (fixture, "assignments");

  /* Activating a row opens its score sheet. */
  view = exemplar_test_find_first (fixture->page, GTK_TYPE_COLUMN_VIEW, "assignments-table");
  g_signal_emit_by_name (view, "activate", 0);
  exemplar_test_iterate (500);
  g_assert_nonnull (exemplar_test_find_toplevel (EXEMPLAR_TYPE_SCORING_DIALOG));
  gtk_window_destroy (exemplar_test_find_toplevel (EXEMPLAR_TYPE_SCORING_DIALOG));
  exemplar_test_iterate (100);

  /* The report lands where it was asked to, as a PDF. */
  g_assert_true (exemplar_evaluation_page_print_report (fixture->page, file));
  exemplar_test_iterate (100);
  g_assert_true (g_file_get_contents (written, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *locked;

  add_reviewers (fixture);
  g_assert_true (exemplar_evaluation_draw (evaluation_of (fixture), NULL, 2, 7, NULL, &error));
  g_assert_no_error (error);

  /* Once the evaluation is over, the section says why nothing changes. */
  g_assert_true (exemplar_campaign_set_phase (fixture->campaign, EXEMPLAR_PHASE_PUBLICITY, NULL, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (400);

  locked = exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "evaluation-locked");
  g_assert_true (gtk_widget_is_drawable (locked));
  g_assert_nonnull (strstr (label_text (locked), "fixed"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.add-reviewer", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_REVIEWER_DIALOG));

  /* The report can still be printed and the sheets read. */
  show_view (fixture, "assignments");
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "18 assignments"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "evaluation.draw", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_DRAW_DIALOG));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  gboolean add_shown = FALSE;

  add_reviewers (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  exemplar_test_iterate (500);

  /* The section covers the sidebar and still offers every action. */
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (fixture->page)));
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "Reviewers"));
  g_assert_true (exemplar_test_texts_contain (texts, "Assignments"));
  g_assert_true (exemplar_test_texts_contain (texts, "张伟"));

  buttons = exemplar_test_find_drawable (fixture->page, GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (buttons->pdata[i]));

      if (g_strcmp0 (action, "evaluation.add-reviewer") == 0)
        add_shown = TRUE;
    }
  g_assert_true (add_shown);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-eval-home-XXXXXX");
  app = exemplar_test_application_new ();

  g_test_add ("/gui/evaluation/empty", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/gui/evaluation/add-reviewer", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_add_reviewer, fixture_tear_down);
  g_test_add ("/gui/evaluation/remove-reviewer", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_remove_reviewer, fixture_tear_down);
  g_test_add ("/gui/evaluation/draw", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_draw, fixture_tear_down);
  g_test_add ("/gui/evaluation/assign-by-hand", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_assign_by_hand, fixture_tear_down);
  g_test_add ("/gui/evaluation/open-sheet-and-report", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_open_sheet_and_report, fixture_tear_down);
  g_test_add ("/gui/evaluation/working-groups", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_working_groups, fixture_tear_down);
  g_test_add ("/gui/evaluation/locked", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_locked, fixture_tear_down);
  g_test_add ("/gui/evaluation/narrow", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_narrow, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
