/* test-gui-applications.c
 *
 * What an applicant and the office see in the Applications section, checked
 * on a real display (Xvfb): the ten units in official order, the 申报表 form
 * saving what is typed (on focus-out, after a pause, when the window
 * closes), narrative limits, refused values kept in place, self-scores with
 * live subtotals, a note saved before its item has points, submitting with gaps, a locked application, evidence
 * attached from a PDF drawn with cairo at test time, and a search hit that
 * opens the viewer at its page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration-page.h"
#include "exemplar-declaration.h"
#include "exemplar-declarations-page.h"
#include "exemplar-evidence-attach.h"
#include "exemplar-evidence-viewer.h"
#include "exemplar-evidence-window.h"
#include "exemplar-form.h"
#include "exemplar-rubric.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-window.h"

#define TODAY          "2023-04-20"
#define AFTER_DEADLINE "2023-05-02"
#define CHINESE        "家长学校台账记录完整"

static ExemplarApplication *app;

typedef struct
{
  char                     *dir;
  char                     *path;
  ExemplarCampaign         *campaign;
  ExemplarWindow           *window;
  ExemplarDeclarationsPage *page;
  ExemplarDeclarationPage  *application;
} Fixture;

static const char *
field_title (const char *key)
{
  const ExemplarFormField *field = exemplar_form_find_field (key);

  g_assert_nonnull (field);
  return exemplar_form_field_get_title (field);
}

/* What the same campaign file holds when opened anew. */
static char *
stored_field (Fixture    *fixture,
              const char *key)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration;

  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  declaration = exemplar_campaign_find_declaration (campaign, "310105001");
  g_assert_nonnull (declaration);

  return g_strdup (exemplar_declaration_get_field (declaration, key));
}

/* Whether @code has points in the file opened anew; *@note gets its note. */
static gboolean
stored_self_score (Fixture     *fixture,
                   const char  *code,
                   char       **note)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *leaf;
  const char *stored = NULL;
  gboolean scored;

  campaign = exemplar_campaign_open (fixture->path, &error);
  g_assert_no_error (error);
  declaration = exemplar_campaign_find_declaration (campaign, "310105001");
  leaf = exemplar_rubric_find (exemplar_campaign_get_rubric (campaign), code);
  g_assert_nonnull (leaf);
  scored = exemplar_declaration_get_self_score (declaration, leaf, NULL, &stored);
  *note = g_strdup (stored);

  return scored;
}

static void
fixture_set_up_at (Fixture    *fixture,
                   const char *today)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-gui-apps-XXXXXX", "changning.exemplar", &fixture->path);
  fixture->campaign = exemplar_test_campaign_new (fixture->path, today);

  fixture->window = exemplar_test_window_new (app, fixture->campaign, "applications", 1280, 800);
  exemplar_test_iterate (400);

  fixture->page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_DECLARATIONS_PAGE, NULL);
  fixture->application = exemplar_declarations_page_get_declaration_page (fixture->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_at (fixture, data != NULL ? data : TODAY);
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
test_units (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) names = exemplar_test_find_all (fixture->page, GTK_TYPE_LABEL, "unit-name");
  g_autoptr(GPtrArray) coverage = exemplar_test_find_all (fixture->page, GTK_TYPE_LABEL, "unit-coverage");
  g_autoptr(GPtrArray) pills = exemplar_test_find_all (fixture->page, GTK_TYPE_LABEL, "state-pill");
  g_autoptr(GPtrArray) texts = NULL;
  g_auto(GStrv) accels = NULL;

  /* Ten units, in the notice's order, none applied yet. */
  g_assert_cmpuint (names->len, ==, 10);
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (names, 0)), ==, "华阳路街道");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (names, 4)), ==, "天山路街道");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (names, 9)), ==, "新泾镇");
  for (guint i = 0; i < names->len; i++)
    g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (names, 0)));

  g_assert_cmpuint (pills->len, >=, 10);
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (pills, 0)), ==, "Not applied");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (coverage, 0)), ==,
                   "0 of 67 items have evidence · 67 missing");

  /* The first application is open beside the list. */
  texts = exemplar_test_visible_texts (fixture->application);
  g_assert_true (exemplar_test_texts_contain (texts, "华阳路街道"));
  g_assert_true (exemplar_test_texts_contain (texts, "310105001 · Subdistrict"));
  g_assert_true (exemplar_test_texts_contain (texts, "Self-assessed 0 / 100 · 0 files"));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-section::applications");
  g_assert_cmpstr (accels[0], ==, "<Alt>3");
}

static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *secretary = exemplar_test_find_row (fixture->application, field_title ("party_secretary"));
  GtkWidget *director = exemplar_test_find_row (fixture->application, field_title ("director"));
  GtkWidget *leader = exemplar_test_find_row (fixture->application, field_title ("leader_in_charge"));
  GtkWidget *contact = exemplar_test_find_row (fixture->application, field_title ("contact_name"));
  g_autofree char *saved = NULL;
  g_autoptr(GPtrArray) pills = NULL;

  /* Leaving a field saves it at once. */
  exemplar_test_focus (secretary);
  gtk_editable_set_text (GTK_EDITABLE (secretary), "张三");
  exemplar_test_focus (director);
  saved = stored_field (fixture, "party_secretary");
  g_assert_cmpstr (saved, ==, "张三");

  /* The first change made the application a draft, and the list says so. */
  pills = exemplar_test_find_all (fixture->page, GTK_TYPE_LABEL, "state-pill");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (pills, 0)), ==, "Draft");

  /* A pause in typing saves too. */
  gtk_editable_set_text (GTK_EDITABLE (director), "李四");
  exemplar_test_iterate (1000);
  g_clear_pointer (&saved, g_free);
  saved = stored_field (fixture, "director");
  g_assert_cmpstr (saved, ==, "李四");

  /* Switching to another application saves what was just typed. */
  gtk_editable_set_text (GTK_EDITABLE (leader), "王五");
  exemplar_declarations_page_open (fixture->page,
                                   exemplar_campaign_find_declaration (fixture->campaign, "310105002"));
  g_clear_pointer (&saved, g_free);
  saved = stored_field (fixture, "leader_in_charge");
  g_assert_cmpstr (saved, ==, "王五");

  /* So does closing the window straight after typing. */
  exemplar_declarations_page_open (fixture->page,
                                   exemplar_campaign_find_declaration (fixture->campaign, "310105001"));
  exemplar_test_iterate (100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (secretary)), ==, "张三");
  gtk_editable_set_text (GTK_EDITABLE (contact), "赵六");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_pointer (&saved, g_free);
  saved = stored_field (fixture, "contact_name");
  g_assert_cmpstr (saved, ==, "赵六");
}

static void
test_refused_value (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *population = exemplar_test_find_row (fixture->application, field_title ("resident_population"));
  GtkWidget *children = exemplar_test_find_row (fixture->application, field_title ("minors_0_17"));
  g_autofree char *saved = NULL;
  GtkWidget *below;
  GtkLabel *message;

  exemplar_test_focus (population);
  gtk_editable_set_text (GTK_EDITABLE (population), "about 80,000");
  exemplar_test_focus (children);

  /* The reason shows right under the field, and what was typed stays. */
  below = gtk_widget_get_next_sibling (population);
  message = exemplar_test_find_first (below, GTK_TYPE_LABEL, "field-message");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_label (message), !=, "");
  g_assert_true (gtk_widget_has_css_class (population, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (population)), ==, "about 80,000");
  saved = stored_field (fixture, "resident_population");
  g_assert_null (saved);

  /* Corrected, it is saved and the message goes. */
  exemplar_test_focus (population);
  gtk_editable_set_text (GTK_EDITABLE (population), "80000");
  exemplar_test_focus (children);
  g_assert_false (gtk_widget_has_css_class (population, "error"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (message)));
  saved = stored_field (fixture, "resident_population");
  g_assert_cmpstr (saved, ==, "80000");
}

static void
test_narrative_limit (Fixture       *fixture,
                      gconstpointer  data)
{
  const ExemplarFormField *field = exemplar_form_find_field ("work_family");
  GtkWidget *row = exemplar_test_find_row (fixture->application, exemplar_form_field_get_title (field));
  GtkTextView *view = exemplar_test_find_first (row, GTK_TYPE_TEXT_VIEW, NULL);
  GtkLabel *count = exemplar_test_find_first (row, GTK_TYPE_LABEL, "char-count");
  GtkLabel *message = exemplar_test_find_first (row, GTK_TYPE_LABEL, "field-message");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept = NULL;
  GtkTextIter start, end;

  g_assert_cmpuint (field->max_chars, ==, 1000);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "家庭教育指导站已覆盖全部居委。", -1);
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "15 / 1000");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (count), "error"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (message)));

  /* Five characters over the limit: the count turns red and says why. */
  for (guint i = 0; i < field->max_chars + 5; i++)
    g_string_append (text, "字");
  exemplar_test_focus (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text->str, -1);
  exemplar_test_iterate (50);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "1005 / 1000");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (count), "error"));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "1000"));

  /* Saving is refused; the text is kept where it was typed. */
  exemplar_declaration_page_flush (fixture->application);
  exemplar_test_iterate (50);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (message)));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  kept = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpuint (g_utf8_strlen (kept, -1), ==, 1005);
  saved = stored_field (fixture, "work_family");
  g_assert_true (saved == NULL || g_utf8_strlen (saved, -1) <= 1000);
}

static void
test_self_score (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) expanders = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkLabel *subtotal;
  GtkLabel *total;
  GtkLabel *unit_total;
  GtkWidget *focus_widget;
  GtkWidget *second_row;

  exemplar_declaration_page_show_view (fixture->application, "self-assessment");
  exemplar_test_iterate (100);

  /* One expander per scored top-level branch: nine domains and the bonus. */
  expanders = exemplar_test_find_all (fixture->application, ADW_TYPE_EXPANDER_ROW, "branch-row");
  g_assert_cmpuint (expanders->len, ==, 10);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (expanders, 0)), ==, "1 组织领导");
  adw_expander_row_set_expanded (g_ptr_array_index (expanders, 0), TRUE);
  exemplar_test_iterate (300);

  subtotal = exemplar_test_find_first (g_ptr_array_index (expanders, 0), GTK_TYPE_LABEL, "subtotal");
  total = exemplar_test_find_first (fixture->application, GTK_TYPE_LABEL, "self-total-value");
  g_assert_cmpstr (gtk_label_get_label (subtotal), ==, "0 / 8");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "0 / 100");

  /* Unscored items show no number rather than a 0 nobody gave. */
  spins = exemplar_test_find_all (fixture->application, GTK_TYPE_SPIN_BUTTON, "self-score");
  g_assert_cmpuint (spins->len, ==, 72);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "");

  /* Type 2 and press Enter: saved, totals follow, the next item is next. */
  exemplar_test_focus (g_ptr_array_index (spins, 0));
  gtk_editable_set_text (g_ptr_array_index (spins, 0), "2");
  exemplar_test_press_enter (g_ptr_array_index (spins, 0));
  exemplar_test_iterate (100);

  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (subtotal)));
  g_assert_cmpstr (gtk_label_get_label (subtotal), ==, "2 / 8");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "2 / 100");
  focus_widget = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus_widget);
  g_assert_true (gtk_widget_is_ancestor (focus_widget, g_ptr_array_index (spins, 1)));

  unit_total = exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "unit-total");
  g_assert_cmpstr (gtk_label_get_label (unit_total), ==, "Self-assessed 2 · 0 files");

  /* Half points add up exactly. */
  gtk_editable_set_text (g_ptr_array_index (spins, 1), "1.5");
  exemplar_test_press_enter (g_ptr_array_index (spins, 1));
  exemplar_test_iterate (100);
  g_assert_cmpstr (gtk_label_get_label (subtotal), ==, "3.5 / 8");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "3.5 / 100");

  /* More than the item's points is refused with a reason beside it. */
  gtk_editable_set_text (g_ptr_array_index (spins, 2), "9");
  exemplar_test_press_enter (g_ptr_array_index (spins, 2));
  exemplar_test_iterate (100);
  second_row = gtk_widget_get_ancestor (g_ptr_array_index (spins, 2), GTK_TYPE_LIST_BOX_ROW);
  texts = exemplar_test_visible_texts (second_row);
  g_assert_true (exemplar_test_texts_contain (texts, "at most"));
  g_assert_cmpstr (gtk_label_get_label (total), ==, "3.5 / 100");
}

/* A note typed on an item without points is saved after a pause, and when
 * the window closes straight after typing; the item stays unscored. */
static void
test_self_note (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) expanders = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkLabel *total;

  exemplar_declaration_page_show_view (fixture->application, "self-assessment");
  exemplar_test_iterate (100);
  expanders = exemplar_test_find_all (fixture->application, ADW_TYPE_EXPANDER_ROW, "branch-row");
  adw_expander_row_set_expanded (g_ptr_array_index (expanders, 0), TRUE);
  exemplar_test_iterate (300);

  notes = exemplar_test_find_all (fixture->application, GTK_TYPE_ENTRY, "self-note");
  spins = exemplar_test_find_all (fixture->application, GTK_TYPE_SPIN_BUTTON, "self-score");
  total = exemplar_test_find_first (fixture->application, GTK_TYPE_LABEL, "self-total-value");
  g_assert_cmpuint (notes->len, ==, 72);

  exemplar_test_focus (g_ptr_array_index (notes, 0));
  gtk_editable_set_text (g_ptr_array_index (notes, 0), CHINESE);
  exemplar_test_iterate (1000);
  g_assert_false (stored_self_score (fixture, "1.1.1", &first));
  g_assert_cmpstr (first, ==, CHINESE);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "0 / 100");
  texts = exemplar_test_visible_texts (fixture->application);
  g_assert_false (exemplar_test_texts_contain (texts, "once the item has a score"));

  gtk_editable_set_text (g_ptr_array_index (notes, 1), "见年度工作要点");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_false (stored_self_score (fixture, "1.1.2", &second));
  g_assert_cmpstr (second, ==, "见年度工作要点");
}

static void
test_submit_with_gaps (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) pills = NULL;
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->application), "application.submit", NULL);
  exemplar_test_iterate (200);

  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The Application Is Not Complete");

  /* Each gap is named: a required field and an unscored item. */
  texts = exemplar_test_visible_texts (GTK_WIDGET (dialog));
  g_assert_true (exemplar_test_texts_contain (texts, field_title ("party_secretary")));
  g_assert_true (exemplar_test_texts_contain (texts, "1.1.1"));

  gtk_window_close (dialog);
  exemplar_test_iterate (100);

  pills = exemplar_test_find_all (fixture->application, GTK_TYPE_LABEL, "state-pill");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (pills, 0)), !=, "Submitted");
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *secretary = exemplar_test_find_row (fixture->application, field_title ("party_secretary"));
  g_autoptr(GPtrArray) texts = exemplar_test_visible_texts (fixture->application);
  g_autoptr(GPtrArray) spins = NULL;

  /* After the deadline: the reason once at the top, and nothing to type in. */
  g_assert_true (exemplar_test_texts_contain (texts, "2023-04-30"));
  g_assert_false (gtk_widget_is_sensitive (secretary));
  g_assert_false (gtk_widget_get_sensitive (exemplar_test_find_first (fixture->application, GTK_TYPE_TEXT_VIEW, NULL)));
  g_assert_false (gtk_widget_is_sensitive (exemplar_test_find_first (fixture->application, GTK_TYPE_SWITCH, NULL)));

  spins = exemplar_test_find_all (fixture->application, GTK_TYPE_SPIN_BUTTON, "self-score");
  for (guint i = 0; i < spins->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (spins, i)));

  g_assert_false (gtk_widget_is_sensitive (exemplar_test_find_first (fixture->application, GTK_TYPE_BUTTON,
                                                                     "suggested-action")));
}

static void
test_evidence_and_search (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "家长学校台账.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  ExemplarEvidenceAttach *attach = exemplar_declaration_page_get_attach (fixture->application);
  ExemplarIndicator *leaf = exemplar_test_find_indicator (fixture->campaign, "1.1.1");
  ExemplarEvidenceWindow *window;
  ExemplarEvidenceViewer *viewer;
  const char *title;
  GtkWidget *hit;

  /* Three pages; the Chinese words on the second. */
  exemplar_test_draw_pdf (pdf, "Parent school ledger, page", 3, 2, CHINESE);

  /* Nothing attached yet, and the page says so. */
  exemplar_declaration_page_show_view (fixture->application, "evidence");
  exemplar_test_iterate (100);
  texts = exemplar_test_visible_texts (fixture->application);
  g_assert_true (exemplar_test_texts_contain (texts, "No evidence attached yet"));

  /* Attach a PDF to item 1.1.1; the window stays live while it imports. */
  exemplar_evidence_attach_import (attach, leaf, "evidence", &file, 1);
  g_assert_true (exemplar_evidence_attach_get_busy (attach));
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_attach_get_busy (attach));
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));

  rows = exemplar_test_find_all (fixture->application, ADW_TYPE_ACTION_ROW, "evidence-row");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (rows, 0)));
  title = adw_preferences_row_get_title (g_ptr_array_index (rows, 0));
  g_assert_nonnull (strstr (title, "家长学校台账"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), "1.1.1"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), "3 pages"));

  /* The item's row counts it, and the unit's row in the list too. */
  exemplar_declaration_page_show_view (fixture->application, "self-assessment");
  adw_expander_row_set_expanded (exemplar_test_find_first (fixture->application, ADW_TYPE_EXPANDER_ROW, "branch-row"), TRUE);
  exemplar_test_iterate (300);
  counts = exemplar_test_find_all (fixture->application, GTK_TYPE_LABEL, "evidence-count");
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (counts, 0)), ==, "1 file attached");
  g_assert_true (gtk_widget_is_drawable (g_ptr_array_index (counts, 0)));
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "unit-total")), ==,
                   "Self-assessed 0 · 1 file");
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "unit-coverage")), ==,
                   "1 of 67 items have evidence · 66 missing");

  /* Words that appear nowhere: say so. The search runs on a worker, and
   * the window goes on meanwhile. */
  exemplar_declarations_page_search (fixture->page, "绝无此内容");
  g_assert_true (exemplar_declarations_page_get_searching (fixture->page));
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_declarations_page_get_searching (fixture->page));
  exemplar_test_iterate (100);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "No matches"));

  /* The Chinese words on page 2: one hit, on page 2, with the words in bold.
   * A search typed over one still running replaces it: only the last one's
   * hits are listed. */
  exemplar_declarations_page_search (fixture->page, "台账");
  exemplar_declarations_page_search (fixture->page, "家长学校台账记录");
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_declarations_page_get_searching (fixture->page));
  exemplar_test_iterate (100);
  hits = exemplar_test_find_all (fixture->page, GTK_TYPE_LIST_BOX_ROW, "search-hit");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_true (gtk_widget_is_drawable (hit));
  g_assert_nonnull (strstr (gtk_label_get_label (exemplar_test_find_first (hit, GTK_TYPE_LABEL, "hit-where")),
                            "华阳路街道"));
  g_assert_nonnull (strstr (gtk_label_get_label (exemplar_test_find_first (hit, GTK_TYPE_LABEL, "hit-where")),
                            "1.1.1"));
  g_assert_nonnull (strstr (gtk_label_get_label (exemplar_test_find_first (hit, GTK_TYPE_LABEL, "hit-file")),
                            "page 2"));
  g_assert_nonnull (strstr (gtk_label_get_label (exemplar_test_find_first (hit, GTK_TYPE_LABEL, "hit-snippet")),
                            "<b>家长学校台账记录</b>"));

  /* Activating it opens the viewer at page 2. */
  gtk_widget_activate (hit);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW) != NULL);
  window = exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  viewer = EXEMPLAR_EVIDENCE_VIEWER (exemplar_evidence_window_get_viewer (window));
  EXEMPLAR_TEST_WAIT_UNTIL (!exemplar_evidence_viewer_get_loading (viewer) &&
              exemplar_evidence_viewer_get_n_pages (viewer) == 3);
  EXEMPLAR_TEST_WAIT_UNTIL (exemplar_evidence_viewer_get_page (viewer) == 1);
  g_assert_null (exemplar_evidence_viewer_get_error (viewer));

  /* Escape closes it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_toplevel (EXEMPLAR_TYPE_EVIDENCE_WINDOW));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) names = NULL;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  exemplar_test_iterate (400);

  /* Folded: an application covers the list, with a way back to it. */
  exemplar_declarations_page_open (fixture->page,
                                   exemplar_campaign_find_declaration (fixture->campaign, "310105006"));
  exemplar_test_iterate (500);
  texts = exemplar_test_visible_texts (fixture->page);
  g_assert_true (exemplar_test_texts_contain (texts, "天山路街道"));
  g_assert_true (exemplar_test_texts_contain (texts, "Applications"));
  names = exemplar_test_find_all (fixture->page, GTK_TYPE_LABEL, "unit-name");
  for (guint i = 0; i < names->len; i++)
    g_assert_false (gtk_widget_is_drawable (g_ptr_array_index (names, i)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-apps-home-XXXXXX");
  app = exemplar_test_application_new ();

  g_test_add ("/gui/applications/units", Fixture, NULL, fixture_set_up, test_units, fixture_tear_down);
  g_test_add ("/gui/applications/autosave", Fixture, NULL, fixture_set_up, test_autosave, fixture_tear_down);
  g_test_add ("/gui/applications/refused-value", Fixture, NULL, fixture_set_up, test_refused_value, fixture_tear_down);
  g_test_add ("/gui/applications/narrative-limit", Fixture, NULL, fixture_set_up, test_narrative_limit, fixture_tear_down);
  g_test_add ("/gui/applications/self-score", Fixture, NULL, fixture_set_up, test_self_score, fixture_tear_down);
  g_test_add ("/gui/applications/self-note", Fixture, NULL, fixture_set_up, test_self_note, fixture_tear_down);
  g_test_add ("/gui/applications/submit-with-gaps", Fixture, NULL, fixture_set_up, test_submit_with_gaps, fixture_tear_down);
  g_test_add ("/gui/applications/locked", Fixture, AFTER_DEADLINE, fixture_set_up, test_locked, fixture_tear_down);
  g_test_add ("/gui/applications/evidence-and-search", Fixture, NULL, fixture_set_up, test_evidence_and_search, fixture_tear_down);
  g_test_add ("/gui/applications/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
