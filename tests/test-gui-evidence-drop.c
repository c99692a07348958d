/* test-gui-evidence-drop.c
 *
 * Files dropped on an application in the Applications section, checked on
 * a real display (Xvfb): a PDF, a PNG and a text file dropped on a rubric
 * item's row attach the two that can be evidence to that item, under
 * titles taken from their names, and name the text file in a message; a
 * file dropped on the application as a whole attaches to no item; and a
 * submitted application refuses the drop and keeps nothing; a file over
 * the size limit the office set from the main menu is refused, naming the
 * limit. The drop is
 * delivered through the row's own GtkDropTarget, as GTK delivers it when
 * the pointer lets go; the fixtures are drawn at test time.
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
#include "exemplar-evidence.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-unit.h"
#include "exemplar-window.h"

#define TODAY       "2023-04-20"
#define DRAFT_UNIT  "310105001"
#define LOCKED_UNIT "310105002"
#define LEAF_CODE   "1.1.1"
#define PDF_NAME    "家长学校台账.pdf"
#define PNG_NAME    "活动照片.png"
#define TXT_NAME    "说明.txt"

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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = exemplar_test_make_dir ("exemplar-gui-drop-XXXXXX", "changning.exemplar", &fixture->path);

  /* One application in draft, the others submitted and so locked. */
  g_object_unref (exemplar_test_campaign_new (fixture->path, TODAY));
  exemplar_test_submit_applications (fixture->path, DRAFT_UNIT);
  fixture->campaign = exemplar_test_campaign_open (fixture->path, TODAY);

  fixture->window = exemplar_test_window_new (app, fixture->campaign, "applications", 1280, 800);
  exemplar_test_iterate (400);

  fixture->page = exemplar_test_find_first (fixture->window, EXEMPLAR_TYPE_DECLARATIONS_PAGE, NULL);
  fixture->application = exemplar_declarations_page_get_declaration_page (fixture->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->application)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  exemplar_test_destroy_toplevels ();

  g_clear_object (&fixture->campaign);
  exemplar_test_clear_dir (&fixture->dir, &fixture->path);
}

/* A small PNG, as a phone's photo of a notice board would be. */
static void
draw_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 48);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* The PDF, the PNG and the text file, made in the fixture's directory. */
static GPtrArray *
make_files (Fixture *fixture)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, PDF_NAME, NULL);
  g_autofree char *png = g_build_filename (fixture->dir, PNG_NAME, NULL);
  g_autofree char *txt = g_build_filename (fixture->dir, TXT_NAME, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  exemplar_test_draw_pdf (pdf, "Parent school ledger, page", 2, 1, "家长学校");
  draw_png (png);
  g_file_set_contents (txt, "这不是证明材料。\n", -1, &error);
  g_assert_no_error (error);

  g_ptr_array_add (files, g_file_new_for_path (pdf));
  g_ptr_array_add (files, g_file_new_for_path (png));
  g_ptr_array_add (files, g_file_new_for_path (txt));

  return files;
}

/* The drop target of @widget itself; there must be exactly one. */
static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkDropTarget *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          found = GTK_DROP_TARGET (controller);
          n_found++;
        }
    }

  if (n_found != 1)
    g_error ("Expected one drop target on a %s, found %u", G_OBJECT_TYPE_NAME (widget), n_found);

  /* Files from a file manager arrive as a GdkFileList. */
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (found), GDK_TYPE_FILE_LIST));

  return found;
}

/* The self-assessment row of the rubric item @code. */
static GtkWidget *
find_leaf_row (Fixture    *fixture,
               const char *code)
{
  g_autoptr(GPtrArray) rows = exemplar_test_find_all (fixture->application, GTK_TYPE_LIST_BOX_ROW, "leaf-row");

  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *label = exemplar_test_find_first (g_ptr_array_index (rows, i), GTK_TYPE_LABEL, "leaf-code");

      if (label != NULL && g_strcmp0 (gtk_label_get_label (label), code) == 0)
        return g_ptr_array_index (rows, i);
    }

  g_error ("No row for rubric item %s in the self-assessment", code);
  return NULL;
}

/* Lets go of @files over @target, as GTK does at the end of a drag;
 * returns whether the target took them. */
static gboolean
drop_files (GtkDropTarget *target,
            GPtrArray     *files)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array ((GFile **) files->pdata, files->len));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);

  return handled;
}

/* Runs the main loop until the dropped files are imported; the worker has
 * no deadline, the test only guards against a hang. */
static void
wait_for_import (ExemplarEvidenceAttach *attach,
                 ExemplarDeclaration    *declaration,
                 guint                   n_before)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (exemplar_evidence_attach_get_busy (attach))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("The dropped files were still being imported after a minute: "
                 "%u of the application's evidence files before the drop, %u now",
                 n_before, g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)));
      exemplar_test_iterate (10);
    }
  exemplar_test_iterate (100);
}

/* The toast currently shown over the window says @text. */
static gboolean
toast_says (Fixture    *fixture,
            const char *text)
{
  AdwToastOverlay *overlay = exemplar_test_find_first (fixture->window, ADW_TYPE_TOAST_OVERLAY, NULL);
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  /* The overlay's children besides its content are the toasts. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != content && exemplar_test_shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static guint
count_evidence (ExemplarDeclaration *declaration)
{
  return g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));
}

/* The application's evidence file titled @title, or NULL. */
static ExemplarEvidence *
find_evidence (ExemplarDeclaration *declaration,
               const char          *title)
{
  GListModel *evidence = exemplar_declaration_get_evidence (declaration);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ExemplarEvidence) item = g_list_model_get_item (evidence, i);

      if (g_strcmp0 (exemplar_evidence_get_title (item), title) == 0)
        return item;
    }

  return NULL;
}

/* The evidence view's row titled @title; there must be one. */
static AdwActionRow *
find_evidence_row (Fixture    *fixture,
                   const char *title)
{
  g_autoptr(GPtrArray) rows = exemplar_test_find_all (fixture->application, ADW_TYPE_ACTION_ROW, "evidence-row");

  for (guint i = 0; i < rows->len; i++)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
        return g_ptr_array_index (rows, i);
    }

  g_error ("No evidence row titled “%s”", title);
  return NULL;
}

static void
test_drop_on_item (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) files = make_files (fixture);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  ExemplarDeclaration *declaration = exemplar_declaration_page_get_declaration (fixture->application);
  ExemplarEvidenceAttach *attach = exemplar_declaration_page_get_attach (fixture->application);
  ExemplarEvidence *pdf;
  ExemplarEvidence *png;
  GtkWindow *dialog;
  GtkWidget *row;
  AdwActionRow *evidence_row;

  g_assert_cmpstr (exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)), ==, DRAFT_UNIT);
  g_assert_true (exemplar_declaration_get_editable (declaration, NULL));
  g_assert_cmpuint (count_evidence (declaration), ==, 0);

  /* The item's row, open in the self-assessment as a user would see it. */
  exemplar_declaration_page_show_view (fixture->application, "self-assessment");
  adw_expander_row_set_expanded (exemplar_test_find_first (fixture->application, ADW_TYPE_EXPANDER_ROW, "branch-row"), TRUE);
  exemplar_test_iterate (300);
  row = find_leaf_row (fixture, LEAF_CODE);
  g_assert_true (gtk_widget_is_drawable (row));
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (row, GTK_TYPE_LABEL, "evidence-count")), ==,
                   "No evidence attached yet");

  /* The row takes the drop, and the import runs while the window stays live. */
  g_assert_true (drop_files (find_drop_target (row), files));
  g_assert_true (exemplar_evidence_attach_get_busy (attach));
  wait_for_import (attach, declaration, 0);

  /* The PDF and the PNG went in, for that item, under their names. */
  g_assert_cmpuint (count_evidence (declaration), ==, 2);
  pdf = find_evidence (declaration, "家长学校台账");
  png = find_evidence (declaration, "活动照片");
  g_assert_nonnull (pdf);
  g_assert_nonnull (png);
  g_assert_cmpstr (exemplar_evidence_get_indicator_code (pdf), ==, LEAF_CODE);
  g_assert_cmpstr (exemplar_evidence_get_indicator_code (png), ==, LEAF_CODE);
  g_assert_cmpstr (exemplar_evidence_get_purpose (pdf), ==, "evidence");
  g_assert_cmpstr (exemplar_evidence_get_original_name (pdf), ==, PDF_NAME);
  g_assert_cmpstr (exemplar_evidence_get_original_name (png), ==, PNG_NAME);
  g_assert_true (exemplar_evidence_is_pdf (pdf));
  g_assert_cmpuint (exemplar_evidence_get_pages (pdf), ==, 2);
  g_assert_false (exemplar_evidence_is_pdf (png));
  g_assert_null (find_evidence (declaration, "说明"));

  /* The text file is named with the reason; the others are said to be in. */
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "1 File Was Not Attached");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The other files were attached. Fix these files or choose others, then attach them again.");
  texts = exemplar_test_visible_texts (dialog);
  g_assert_true (exemplar_test_texts_contain (texts, TXT_NAME));
  g_assert_true (exemplar_test_texts_contain (texts, "“" TXT_NAME "” is not a PDF, JPEG or PNG file"));
  g_assert_false (exemplar_test_texts_contain (texts, PDF_NAME));
  g_assert_false (exemplar_test_texts_contain (texts, PNG_NAME));
  EXEMPLAR_TEST_WAIT_UNTIL (toast_says (fixture, "2 files attached"));

  gtk_window_close (dialog);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));

  /* The item's row lists the two files by title, in the order dropped. */
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (row, GTK_TYPE_LABEL, "evidence-count")), ==,
                   "2 files attached");
  buttons = exemplar_test_find_drawable (row, GTK_TYPE_BUTTON, "evidence-file");
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (buttons, 0), "家长学校台账"));
  g_assert_true (exemplar_test_shows_text (g_ptr_array_index (buttons, 1), "活动照片"));
  g_assert_false (exemplar_test_shows_text (row, "说明"));

  /* So does the evidence view, each row saying which item it proves. */
  exemplar_declaration_page_show_view (fixture->application, "evidence");
  exemplar_test_iterate (200);
  evidence_row = find_evidence_row (fixture, "家长学校台账");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (evidence_row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (evidence_row), LEAF_CODE));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (evidence_row), PDF_NAME));
  evidence_row = find_evidence_row (fixture, "活动照片");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (evidence_row), LEAF_CODE));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (evidence_row), PNG_NAME));
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (fixture->page, GTK_TYPE_LABEL, "unit-coverage")), ==,
                   "1 of 67 items have evidence · 66 missing");
}

static void
test_drop_on_application (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "年度工作总结.pdf", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  ExemplarDeclaration *declaration = exemplar_declaration_page_get_declaration (fixture->application);
  ExemplarEvidenceAttach *attach = exemplar_declaration_page_get_attach (fixture->application);
  ExemplarEvidence *evidence;
  AdwActionRow *row;

  exemplar_test_draw_pdf (pdf, "Annual summary, page", 1, 1, "年度工作总结");
  g_ptr_array_add (files, g_file_new_for_path (pdf));

  /* Dropped anywhere else on the application page: the application as a whole. */
  exemplar_declaration_page_show_view (fixture->application, "evidence");
  exemplar_test_iterate (100);
  g_assert_true (drop_files (find_drop_target (GTK_WIDGET (fixture->application)), files));
  wait_for_import (attach, declaration, 0);

  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  EXEMPLAR_TEST_WAIT_UNTIL (toast_says (fixture, "1 file attached"));

  g_assert_cmpuint (count_evidence (declaration), ==, 1);
  evidence = find_evidence (declaration, "年度工作总结");
  g_assert_nonnull (evidence);
  g_assert_null (exemplar_evidence_get_indicator_code (evidence));
  g_assert_cmpstr (exemplar_evidence_get_purpose (evidence), ==, "evidence");

  row = find_evidence_row (fixture, "年度工作总结");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "The whole application"));
}

static void
test_drop_on_submitted (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) files = make_files (fixture);
  ExemplarDeclaration *declaration = exemplar_campaign_find_declaration (fixture->campaign, LOCKED_UNIT);
  ExemplarEvidenceAttach *attach = exemplar_declaration_page_get_attach (fixture->application);
  const char *reason = NULL;
  GtkWidget *row;

  exemplar_declarations_page_open (fixture->page, declaration);
  exemplar_declaration_page_show_view (fixture->application, "self-assessment");
  adw_expander_row_set_expanded (exemplar_test_find_first (fixture->application, ADW_TYPE_EXPANDER_ROW, "branch-row"), TRUE);
  exemplar_test_iterate (300);
  g_assert_true (exemplar_declaration_page_get_declaration (fixture->application) == declaration);

  /* The page says why it is locked. */
  g_assert_false (exemplar_declaration_get_editable (declaration, &reason));
  g_assert_nonnull (reason);
  g_assert_true (exemplar_test_shows_text (fixture->application, reason));

  /* Neither the item's row nor the page takes the files. */
  row = find_leaf_row (fixture, LEAF_CODE);
  g_assert_false (drop_files (find_drop_target (row), files));
  g_assert_false (drop_files (find_drop_target (GTK_WIDGET (fixture->application)), files));
  g_assert_false (exemplar_evidence_attach_get_busy (attach));
  exemplar_test_iterate (200);

  /* Nothing was added, nothing claims it was, nothing asks about it. */
  g_assert_cmpuint (count_evidence (declaration), ==, 0);
  g_assert_cmpint (exemplar_test_query_int (fixture->campaign, "SELECT count(*) FROM evidence"), ==, 0);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  g_assert_false (toast_says (fixture, "attached"));
  g_assert_cmpstr (gtk_label_get_label (exemplar_test_find_first (row, GTK_TYPE_LABEL, "evidence-count")), ==,
                   "No evidence attached yet");
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *big = g_build_filename (fixture->dir, "扫描件.png", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) texts = NULL;
  ExemplarDeclaration *declaration = exemplar_declaration_page_get_declaration (fixture->application);
  ExemplarEvidenceAttach *attach = exemplar_declaration_page_get_attach (fixture->application);
  GtkSpinButton *spin;
  GtkWindow *dialog;

  /* The menu's Evidence Size Limit… asks, showing the limit now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.evidence-limit", NULL));
  exemplar_test_iterate (100);
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Evidence Size Limit");
  spin = exemplar_test_find_first (dialog, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 200);

  /* Typing 1 and Enter sets it and closes the question. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "1");
  exemplar_test_press_enter (spin);
  exemplar_test_iterate (100);
  g_assert_null (exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window)));
  g_assert_cmpint (exemplar_campaign_get_evidence_size_limit (fixture->campaign), ==, 1024 * 1024);

  /* A scan over it is refused, and the message says the limit. */
  exemplar_test_draw_noise_png (big);
  g_ptr_array_add (files, g_file_new_for_path (big));
  g_assert_true (drop_files (find_drop_target (GTK_WIDGET (fixture->application)), files));
  wait_for_import (attach, declaration, 0);
  g_assert_cmpuint (count_evidence (declaration), ==, 0);
  dialog = exemplar_test_find_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  texts = exemplar_test_visible_texts (dialog);
  g_assert_true (exemplar_test_texts_contain (texts, "“扫描件.png” is larger than the limit of 1 MB"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  home = exemplar_test_gui_init (&argc, &argv, "exemplar-gui-drop-home-XXXXXX");
  app = exemplar_test_application_new ();

  g_test_add ("/gui/evidence-drop/item", Fixture, NULL, fixture_set_up, test_drop_on_item, fixture_tear_down);
  g_test_add ("/gui/evidence-drop/application", Fixture, NULL, fixture_set_up, test_drop_on_application, fixture_tear_down);
  g_test_add ("/gui/evidence-drop/submitted", Fixture, NULL, fixture_set_up, test_drop_on_submitted, fixture_tear_down);
  g_test_add ("/gui/evidence-drop/size-limit", Fixture, NULL, fixture_set_up, test_size_limit, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  exemplar_test_remove_tree (home);

  return ret;
}
