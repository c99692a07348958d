/* test-gui-scoring.c
 *
 * What a reviewer sees in the scoring dialog, checked on a real display
 * (Xvfb): whose sheet it is, points and reasons typed into the widgets
 * landing in the campaign file at once (read back from disk after the
 * window is gone), Enter moving on to the next item, a refused value kept
 * out, a deduction asking for its reason, submitting with gaps listing
 * them, a complete sheet sealed read-only and reopened by the office, the
 * evidence of an item beside the scores (and as a page of its own in a
 * narrow window), and nothing of another reviewer's sheet anywhere in the
 * dialog.
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
#include "exemplar-evidence-viewer.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer.h"
#include "exemplar-rubric.h"
#include "exemplar-score-sheet.h"
#include "exemplar-scoring-dialog.h"
#include "exemplar-test-gui-util.h"

#define TODAY        "2023-04-20"
#define UNIT         "310105001"
#define REVIEWER     "王敏"
#define OTHER        "李雷"
#define OTHER_REASON "另一评审的保密理由XYZZY"
#define OTHER_COMMENT "另一评审的总体意见PLUGH"

static ExemplarApplication *app;

typedef struct
{
  char               *dir;
  char               *path;
  ExemplarCampaign   *campaign;
  ExemplarAssignment *assignment;
  GtkWindow          *parent;
  GtkWindow          *dialog;
} Fixture;

/* Every text anywhere in the widget tree, shown or not: labels, entries,
 * text views, tooltips and window titles. */
static gboolean
tree_contains (GtkWidget  *widget,
               const char *needle)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && strstr (tooltip, needle) != NULL)
    return TRUE;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  if (GTK_IS_EDITABLE (widget) && strstr (gtk_editable_get_text (GTK_EDITABLE (widget)), needle) != NULL)
    return TRUE;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      g_autofree char *text = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      if (strstr (text, needle) != NULL)
        return TRUE;
    }

  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL &&
      strstr (gtk_window_get_title (GTK_WINDOW (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (tree_contains (child, needle))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_focus_within (GtkWindow *window,
                  gpointer   widget)
{
  GtkWidget *focus_widget = gtk_root_get_focus (GTK_ROOT (window));

  return focus_widget != NULL &&
         (focus_widget == widget || gtk_widget_is_ancestor (focus_widget, widget));
}

/* A key pressed in @window as its shortcuts see it: Xvfb gives no way to
 * type, so the window's own shortcut for the key is looked up and run, as
 * GTK does on a key press that no field inside takes first. */
static gboolean
press_key (GtkWindow       *window,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          /* A shortcut whose action does not apply here lets the key go on. */
          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            GTK_WIDGET (window),
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

static ExemplarReviewer *
find_reviewer (ExemplarEvaluation *evaluation,
               const char         *name)
{
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);

      if (g_strcmp0 (exemplar_reviewer_get_name (reviewer), name) == 0)
        return reviewer;
    }

  g_error ("No reviewer %s", name);
  return NULL;
}

/* The sheet as the campaign file holds it, opened anew from disk. */
static ExemplarScoreSheet *
stored_sheet (Fixture           *fixture,
              ExemplarCampaign **campaign_out)
{
  g_autoptr(GError) error = NULL;
  ExemplarCampaign *campaign;
  ExemplarEvaluation *evaluation;
  ExemplarAssignment *assignment;
  ExemplarScoreSheet *sheet;

  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  evaluation = exemplar_campaign_get_evaluation (campaign);
  assignment = exemplar_evaluation_find_assignment (evaluation,
                                                    find_reviewer (evaluation, REVIEWER),
                                                    exemplar_campaign_find_declaration (campaign, UNIT),
                                                    NULL);
  g_assert_nonnull (assignment);
  sheet = exemplar_evaluation_open_sheet (evaluation, assignment, &error);
  g_assert_no_error (error);

  *campaign_out = campaign;
  return sheet;
}

static void
open_dialog (Fixture *fixture)
{
  fixture->dialog = GTK_WINDOW (exemplar_scoring_dialog_new (fixture->parent, fixture->campaign, fixture->assignment));
  g_assert_nonnull (fixture->dialog);
  gtk_window_set_default_size (fixture->dialog, 1280, 800);
  gtk_window_present (fixture->dialog);
  exemplar_test_iterate (300);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarCampaign) created = NULL;
  g_autoptr(ExemplarScoreSheet) other_sheet = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) file = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *first;
  ExemplarReviewer *reviewer;
  ExemplarReviewer *other;
  ExemplarAssignment *other_assignment;

  fixture->dir = exemplar_test_make_dir ("exemplar-gui-scoring-XXXXXX", "changning.exemplar", &fixture->path);

  /* The applicant attaches a PDF of two pages to 1.1.1 while the
   * application is a draft. */
  created = exemplar_test_campaign_new (fixture->path, TODAY);
  pdf = g_build_filename (fixture->dir, "会议纪要.pdf", NULL);
  exemplar_test_draw_pdf (pdf, "领导小组会议纪要 page", 2, 0, NULL);
  file = g_file_new_for_path (pdf);
  declaration = exemplar_test_find_declaration (created, UNIT);
  first = exemplar_test_find_indicator (created, "1.1.1");
  exemplar_declaration_set_self_score (declaration, first, 150, NULL, &error);
  g_assert_no_error (error);
  results = exemplar_declaration_import_evidence (declaration, first, "evidence", &file, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_object (&created);

  /* Every application submitted, as the office receives them. */
  exemplar_test_sql_on_file (fixture->path, "UPDATE application SET state='submitted'");

  fixture->campaign = exemplar_test_campaign_open (fixture->path, TODAY);
  evaluation = exemplar_campaign_get_evaluation (fixture->campaign);
  declaration = exemplar_test_find_declaration (fixture->campaign, UNIT);
  first = exemplar_test_find_indicator (fixture->campaign, "1.1.1");

  reviewer = exemplar_test_add_reviewer (fixture->campaign, REVIEWER, EXEMPLAR_AFFILIATION_EXPERT, NULL);
  fixture->assignment = exemplar_evaluation_assign (evaluation, reviewer, declaration, NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_ref (fixture->assignment);

  /* Another reviewer of the same application, with a sheet of their own. */
  other = exemplar_test_add_reviewer (fixture->campaign, OTHER, EXEMPLAR_AFFILIATION_EXPERT, NULL);
  other_assignment = exemplar_evaluation_assign (evaluation, other, declaration, NULL, NULL, &error);
  g_assert_no_error (error);
  other_sheet = exemplar_evaluation_open_sheet (evaluation, other_assignment, &error);
  g_assert_no_error (error);
  g_assert_true (exemplar_score_sheet_set_points (other_sheet, first, 50, &error));
  g_assert_true (exemplar_score_sheet_set_reason (other_sheet, first, OTHER_REASON, &error));
  g_assert_true (exemplar_score_sheet_set_comment (other_sheet, OTHER_COMMENT, &error));
  g_assert_no_error (error);

  fixture->parent = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_present (fixture->parent);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->assignment);
  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkLabel *total;
  GtkLabel *subtotal;
  GtkTextBuffer *comment;
  const char *reason = NULL;
  gint64 points = -1;

  open_dialog (fixture);

  /* Whose sheet it is, the items with their points, the applicant's own score. */
  g_assert_cmpstr (gtk_window_get_title (fixture->dialog), ==, "Scoring: 华阳路街道 — " REVIEWER);
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "Scoring: 华阳路街道 — " REVIEWER));
  g_assert_true (exemplar_test_texts_contain (texts, "1 组织领导"));
  g_assert_true (exemplar_test_texts_contain (texts, "Self-score 1.5"));
  g_assert_true (exemplar_test_texts_contain (texts, "0 of 72 items scored"));

  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  reasons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_ENTRY, "scoring-reason");
  g_assert_cmpuint (spins->len, ==, 72);
  g_assert_cmpuint (reasons->len, ==, 72);
  total = exemplar_test_find_first (fixture->dialog, GTK_TYPE_LABEL, "scoring-total");
  subtotal = exemplar_test_find_first (fixture->dialog, GTK_TYPE_LABEL, "subtotal");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "Total 0 / 100");
  g_assert_cmpstr (gtk_label_get_label (subtotal), ==, "0 / 8");

  /* Nothing given yet shows no number; the dialog starts on the first item. */
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "");
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, 0)));

  /* Type 1 and press Enter: saved, the totals follow; a deduction takes the
   * keyboard to its reason. */
  exemplar_test_focus (g_ptr_array_index (spins, 0));
  gtk_editable_set_text (g_ptr_array_index (spins, 0), "1");
  exemplar_test_press_enter (g_ptr_array_index (spins, 0));
  exemplar_test_iterate (50);
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (reasons, 0)));
  g_assert_cmpstr (gtk_label_get_label (total), ==, "Total 1 / 100");
  g_assert_cmpstr (gtk_label_get_label (subtotal), ==, "1 / 8");

  /* 1 of the item's 2 points: the reason is now visibly required. */
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (reasons, 0), "error"));
  gtk_editable_set_text (g_ptr_array_index (reasons, 0), "会议纪要不全");
  exemplar_test_iterate (20);
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (reasons, 0), "error"));

  /* Enter in the reason: on to the next item. */
  exemplar_test_press_enter (g_ptr_array_index (reasons, 0));
  exemplar_test_iterate (50);
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, 1)));

  /* Half points, by typing and leaving the field. */
  exemplar_test_focus (g_ptr_array_index (spins, 1));
  gtk_editable_set_text (g_ptr_array_index (spins, 1), "1.5");
  exemplar_test_focus (g_ptr_array_index (spins, 2));
  g_assert_cmpstr (gtk_label_get_label (total), ==, "Total 2.5 / 100");

  /* The comment is saved as it is typed. */
  comment = gtk_text_view_get_buffer (exemplar_test_find_first (fixture->dialog, GTK_TYPE_TEXT_VIEW, "scoring-comment"));
  gtk_text_buffer_set_text (comment, "整体工作扎实", -1);
  exemplar_test_iterate (20);

  /* Closed straight away: everything is in the file. */
  gtk_window_close (fixture->dialog);
  exemplar_test_iterate (50);
  sheet = stored_sheet (fixture, &campaign);
  g_assert_true (exemplar_score_sheet_get_score (sheet, exemplar_test_find_indicator (campaign, "1.1.1"),
                                                 &points, &reason));
  g_assert_cmpint (points, ==, 100);
  g_assert_cmpstr (reason, ==, "会议纪要不全");
  g_assert_true (exemplar_score_sheet_get_score (sheet, exemplar_test_find_indicator (campaign, "1.1.2"),
                                                 &points, NULL));
  g_assert_cmpint (points, ==, 150);
  g_assert_cmpstr (exemplar_score_sheet_get_comment (sheet), ==, "整体工作扎实");
  g_assert_cmpint (exemplar_score_sheet_get_total (sheet, NULL), ==, 250);

  /* Opened again, the dialog shows what is stored. */
  open_dialog (fixture);
  g_clear_pointer (&spins, g_ptr_array_unref);
  g_clear_pointer (&reasons, g_ptr_array_unref);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  reasons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_ENTRY, "scoring-reason");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "1.0");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 1)), ==, "1.5");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (reasons, 0)), ==, "会议纪要不全");
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->dialog, GTK_TYPE_LABEL, "scoring-total")),
                   ==, "Total 2.5 / 100");
  /* The first item left to do has the keyboard. */
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, 2)));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *row;
  GtkSpinButton *spin;

  open_dialog (fixture);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  spin = g_ptr_array_index (spins, 0);

  exemplar_test_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "2");
  exemplar_test_press_enter (spin);
  exemplar_test_iterate (50);

  /* More than the item's points: the sheet's reason shows on the row, the
   * field goes back to the stored value and the keyboard stays. */
  exemplar_test_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "9");
  exemplar_test_press_enter (spin);
  exemplar_test_iterate (50);
  row = gtk_widget_get_ancestor (GTK_WIDGET (spin), GTK_TYPE_LIST_BOX_ROW);
  texts = exemplar_test_visible_texts (row);
  g_assert_true (exemplar_test_texts_contain (texts, "1.1.1"));
  g_assert_true (exemplar_test_texts_contain (texts, "9"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2.0");
  g_assert_true (has_focus_within (fixture->dialog, spin));
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->dialog, GTK_TYPE_LABEL, "scoring-total")),
                   ==, "Total 2 / 100");

  /* Not on a half-point step: refused too. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "1.3");
  exemplar_test_press_enter (spin);
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2.0");

  /* A valid value clears the message. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "0.5");
  exemplar_test_press_enter (spin);
  exemplar_test_iterate (50);
  g_assert_false (gtk_widget_is_drawable (exemplar_test_find_first (row, GTK_TYPE_LABEL, "item-message")));

  gtk_window_destroy (fixture->dialog);
  sheet = stored_sheet (fixture, &campaign);
  g_assert_cmpint (exemplar_score_sheet_get_total (sheet, NULL), ==, 50);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *list;

  open_dialog (fixture);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");

  /* The first item has full points; everything else is still to do. */
  exemplar_test_focus (g_ptr_array_index (spins, 0));
  gtk_editable_set_text (g_ptr_array_index (spins, 0), "2.5");
  exemplar_test_press_enter (g_ptr_array_index (spins, 0));
  exemplar_test_iterate (50);
  exemplar_test_focus (g_ptr_array_index (spins, 5));

  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "scoring.submit", NULL);
  exemplar_test_iterate (100);

  /* No confirmation for a sheet that cannot go: the gaps, in the dialog. */
  g_assert_null (exemplar_test_find_message_dialog (fixture->dialog));
  list = exemplar_test_find_first (fixture->dialog, GTK_TYPE_LIST_BOX, "missing-list");
  g_assert_true (gtk_widget_is_drawable (list));
  lines = exemplar_test_find_all (list, GTK_TYPE_LIST_BOX_ROW, NULL);
  g_assert_cmpuint (lines->len, ==, 71);
  texts = exemplar_test_visible_texts (list);
  g_assert_true (exemplar_test_texts_contain (texts, "1.1.2"));
  g_assert_false (exemplar_test_texts_contain (texts, "1.1.1 "));

  /* The keyboard is on the first item left to do. */
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, 1)));

  /* Nothing was sealed. */
  g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (spins, 0)));

  /* A deduction without a reason is a gap too, and the list follows. */
  gtk_editable_set_text (g_ptr_array_index (spins, 1), "1");
  exemplar_test_press_enter (g_ptr_array_index (spins, 1));
  exemplar_test_iterate (50);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = exemplar_test_find_all (list, GTK_TYPE_LIST_BOX_ROW, NULL);
  g_assert_cmpuint (lines->len, ==, 71);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (list);
  g_assert_true (exemplar_test_texts_contain (texts, "1.1.2"));

  /* Activating a line goes to its item. */
  gtk_widget_activate (g_ptr_array_index (lines, lines->len - 1));
  exemplar_test_iterate (50);
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, spins->len - 1)));
}

static void
test_submit (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *confirm;
  GtkEditable *entry;
  const char *seal;
  guint last;

  /* Every item but the last has its points already. */
  sheet = exemplar_evaluation_open_sheet (exemplar_campaign_get_evaluation (fixture->campaign),
                                          fixture->assignment, &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (sheet);
  for (guint i = 0; i + 1 < leaves->len; i++)
    {
      ExemplarIndicator *indicator = g_ptr_array_index (leaves, i);

      g_assert_true (exemplar_score_sheet_set_points (sheet, indicator,
                                                      exemplar_indicator_get_points (indicator), &error));
    }
  g_clear_object (&sheet);

  open_dialog (fixture);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  reasons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_ENTRY, "scoring-reason");
  last = spins->len - 1;
  g_assert_true (has_focus_within (fixture->dialog, g_ptr_array_index (spins, last)));

  /* The last one typed, with Ctrl+Enter straight after: it counts. */
  gtk_editable_set_text (g_ptr_array_index (spins, last), "0");
  gtk_editable_set_text (g_ptr_array_index (reasons, last), "无加分项目");
  exemplar_test_focus (g_ptr_array_index (spins, last));
  gtk_editable_set_text (g_ptr_array_index (spins, last), "0");
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "scoring.submit", NULL);
  exemplar_test_iterate (100);

  /* Asked first; cancelling leaves it a draft. */
  confirm = exemplar_test_find_message_dialog (fixture->dialog);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  exemplar_test_iterate (100);
  g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (spins, 0)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "scoring.submit", NULL);
  exemplar_test_iterate (100);
  confirm = exemplar_test_find_message_dialog (fixture->dialog);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "submit");
  exemplar_test_iterate (100);

  /* Sealed: nothing can be typed, the banner says when and shows the seal. */
  for (guint i = 0; i < spins->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (spins, i)));
  g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (reasons, 0)));
  g_assert_false (gtk_widget_is_sensitive (exemplar_test_find_first (fixture->dialog, GTK_TYPE_TEXT_VIEW, "scoring-comment")));
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "— sealed"));

  sheet = stored_sheet (fixture, &campaign);
  g_assert_cmpint (exemplar_score_sheet_get_state (sheet), ==, EXEMPLAR_SHEET_SUBMITTED);
  seal = exemplar_score_sheet_get_seal (sheet);
  g_assert_nonnull (seal);
  {
    g_autofree char *first = g_strndup (seal, 12);

    g_assert_true (exemplar_test_texts_contain (texts, first));
  }
  g_clear_object (&sheet);
  g_clear_object (&campaign);

  /* The office reopens it, with a reason. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "scoring.reopen", NULL);
  exemplar_test_iterate (100);
  confirm = exemplar_test_find_message_dialog (fixture->dialog);
  g_assert_nonnull (confirm);
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (confirm)));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (confirm), "reopen"));
  gtk_editable_set_text (entry, "评审组要求复核1.1.1");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (confirm), "reopen"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "reopen");
  exemplar_test_iterate (100);

  g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (spins, 0)));
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_false (exemplar_test_texts_contain (texts, "— sealed"));

  sheet = stored_sheet (fixture, &campaign);
  g_assert_cmpint (exemplar_score_sheet_get_state (sheet), ==, EXEMPLAR_SHEET_DRAFT);
}

static void
test_others_hidden (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) reasons = NULL;

  open_dialog (fixture);

  /* The other reviewer gave 1.1.1 half a point with a reason and a comment:
   * none of it is anywhere in this reviewer's dialog. */
  g_assert_false (tree_contains (GTK_WIDGET (fixture->dialog), OTHER_REASON));
  g_assert_false (tree_contains (GTK_WIDGET (fixture->dialog), OTHER_COMMENT));
  g_assert_false (tree_contains (GTK_WIDGET (fixture->dialog), OTHER));

  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  reasons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_ENTRY, "scoring-reason");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (reasons, 0)), ==, "");
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->dialog, GTK_TYPE_LABEL, "scoring-total")),
                   ==, "Total 0 / 100");
}

static void
test_evidence (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  ExemplarEvidenceViewer *viewer;
  AdwLeaflet *leaflet;

  open_dialog (fixture);
  leaflet = exemplar_test_find_first (fixture->dialog, ADW_TYPE_LEAFLET, NULL);
  viewer = exemplar_test_find_first (fixture->dialog, EXEMPLAR_TYPE_EVIDENCE_VIEWER, NULL);
  buttons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_BUTTON, "item-evidence-button");
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 0)), ==, "1 file");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 1)), ==, "No files");

  /* The first item is selected: its PDF is open beside the scores. */
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_viewer_get_loading (viewer) &&
              exemplar_evidence_viewer_get_n_pages (viewer) == 2);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (viewer)));
  g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (spins, 0)));

  /* Moving on to an item with no files says so. */
  exemplar_test_focus (g_ptr_array_index (spins, 1));
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "No Evidence Attached"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (viewer)));

  /* Narrow: the items fill the window; the evidence is a page of its own. */
  gtk_window_set_default_size (fixture->dialog, 360, 720);
  exemplar_test_iterate (400);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (spins, 1)));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (viewer)));

  gtk_widget_activate (g_ptr_array_index (buttons, 0));
  exemplar_test_iterate (400);
  EXEMPLAR_TEST_WAIT_UNTIL (!adw_leaflet_get_child_transition_running (leaflet));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (viewer)));
  g_assert_false (gtk_widget_is_drawable (g_ptr_array_index (spins, 0)));

  /* And back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "scoring.back", NULL);
  EXEMPLAR_TEST_WAIT_UNTIL (!adw_leaflet_get_child_transition_running (leaflet));
  g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (spins, 0)));
}

static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *spin;
  double before;

  open_dialog (fixture);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  reasons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_ENTRY, "scoring-reason");
  buttons = exemplar_test_find_all (fixture->dialog, GTK_TYPE_BUTTON, "item-evidence-button");
  spin = g_ptr_array_index (spins, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW)));

  /* Every control has a name for a screen reader. */
  for (guint i = 0; i < spins->len; i++)
    {
      g_assert_true (gtk_test_accessible_has_property (g_ptr_array_index (spins, i), GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_test_accessible_has_property (g_ptr_array_index (reasons, i), GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_test_accessible_has_property (g_ptr_array_index (buttons, i), GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  g_assert_true (gtk_test_accessible_has_property (exemplar_test_find_first (fixture->dialog, GTK_TYPE_TEXT_VIEW, "scoring-comment"),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* Page Down scrolls the items, even from a spin button, whose points stay;
   * Page Up comes back. */
  exemplar_test_focus (spin);
  before = gtk_adjustment_get_value (adjustment);
  g_assert_true (press_key (fixture->dialog, GDK_KEY_Page_Down, 0));
  exemplar_test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");
  g_assert_true (press_key (fixture->dialog, GDK_KEY_Page_Up, 0));
  exemplar_test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, before);

  /* Ctrl+Enter submits: with nothing scored, the gaps show. */
  g_assert_true (press_key (fixture->dialog, GDK_KEY_Return, GDK_CONTROL_MASK));
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_drawable (exemplar_test_find_first (fixture->dialog, GTK_TYPE_LIST_BOX, "missing-list")));

  /* Ctrl+W closes the dialog. */
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  g_assert_true (press_key (fixture->dialog, GDK_KEY_w, GDK_CONTROL_MASK));
  exemplar_test_iterate (100);
  g_assert_null (fixture->dialog);
}

/* Another window of the office changes the sheet while this one is open:
 * submits it, then reopens it, lowers an item with a reason and submits
 * it again. This window follows each time, from the stored sheet. */
static void
test_changed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ExemplarScoreSheet) other = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full = NULL;
  GtkEditable *spin = NULL;
  gint64 points = 0;

  open_dialog (fixture);
  spins = exemplar_test_find_all (fixture->dialog, GTK_TYPE_SPIN_BUTTON, "scoring-points");
  g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (spins, 0)));

  other = exemplar_evaluation_open_sheet (exemplar_campaign_get_evaluation (fixture->campaign),
                                          fixture->assignment, &error);
  g_assert_no_error (error);
  leaves = exemplar_score_sheet_get_leaves (other);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);

      points = exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS ? 0 : exemplar_indicator_get_points (leaf);
      g_assert_true (exemplar_score_sheet_set_points (other, leaf, points, &error));
      g_assert_no_error (error);
    }
  g_assert_true (exemplar_score_sheet_submit (other, NULL, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (100);

  /* Sealed here too, with the points the other window gave. */
  for (guint i = 0; i < spins->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (spins, i)));
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "— sealed"));

  /* The first item above nothing: its field shows full points. */
  for (guint i = 0; i < leaves->len && spin == NULL; i++)
    if (exemplar_score_sheet_get_score (other, g_ptr_array_index (leaves, i), &points, NULL) && points >= 50)
      spin = g_ptr_array_index (spins, i);
  g_assert_nonnull (spin);
  full = g_strdup (gtk_editable_get_text (spin));

  /* Reopened, lowered with a reason and sealed again elsewhere. */
  g_assert_true (exemplar_score_sheet_reopen (other, "现场复核", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);

      if (!exemplar_score_sheet_get_score (other, leaf, &points, NULL) || points < 50)
        continue;
      g_assert_true (exemplar_score_sheet_set_points (other, leaf, points - 50, &error));
      g_assert_true (exemplar_score_sheet_set_reason (other, leaf, "现场复核：台账缺一期", &error));
      g_assert_no_error (error);
      break;
    }
  g_assert_true (exemplar_score_sheet_submit (other, NULL, &error));
  g_assert_no_error (error);
  exemplar_test_iterate (100);

  g_assert_cmpstr (gtk_editable_get_text (spin), !=, full);
  g_assert_true (tree_contains (GTK_WIDGET (fixture->dialog), "现场复核：台账缺一期"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "— sealed"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-scoring-home-XXXXXX");
  app = exemplar_test_application_new ();

  g_test_add ("/gui/scoring/autosave", Fixture, NULL, fixture_set_up, test_autosave, fixture_tear_down);
  g_test_add ("/gui/scoring/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/gui/scoring/missing", Fixture, NULL, fixture_set_up, test_missing, fixture_tear_down);
  g_test_add ("/gui/scoring/submit", Fixture, NULL, fixture_set_up, test_submit, fixture_tear_down);
  g_test_add ("/gui/scoring/others-hidden", Fixture, NULL, fixture_set_up, test_others_hidden, fixture_tear_down);
  g_test_add ("/gui/scoring/evidence", Fixture, NULL, fixture_set_up, test_evidence, fixture_tear_down);
  g_test_add ("/gui/scoring/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/gui/scoring/changed-elsewhere", Fixture, NULL, fixture_set_up, test_changed_elsewhere, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
