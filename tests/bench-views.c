/* bench-views.c
 *
 * The Evaluation and Results sections on a national-scale synthetic
 * campaign (2,000 applicants × the Changning rubric × 5 reviewers: 10,000
 * reviewers, 10,000 assignments, 720,000 scores), opened in a window on a
 * real display (Xvfb) the way the office uses them: open the campaign,
 * switch to the section and each of its views, scroll every long table
 * from top to bottom a page at a time letting each frame render, sort and
 * search the assignments, select units in the ranking. Beside them, the
 * floor: a plain GtkColumnView of six label columns over 10,000 strings,
 * opened and scrolled the same way, which no table of GTK 4.8 beats.
 *
 * What it measures is work on the main thread. A poll function wrapped
 * around the main context's sees when the thread waits: everything between
 * two waits is one main-loop iteration, during which input cannot be
 * handled. The target is that no frame needs over 16 ms of it, so
 * for each step it prints the longest iteration, and per frame (from one
 * "after-paint" of the window's frame clock to the next) the work done
 * towards it, as p50/p95/max, beside the 16 ms target; and for each view
 * the time from the click to its first frame on screen.
 *
 * The numbers are wall time, so the load of the machine shows in them (it
 * is printed). EXEMPLAR_BENCH_VIEWS=overview, evaluation, assignments,
 * results or floor runs one part only (overview with its floor).
 *
 * Prints numbers; asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "exemplar-application.h"
#include "exemplar-campaign.h"
#include "exemplar-demo.h"
#include "exemplar-evaluation-page.h"
#include "exemplar-evaluation.h"
#include "exemplar-overview-page.h"
#include "exemplar-results-page.h"
#include "exemplar-test-gui-util.h"
#include "exemplar-window.h"

#define UNITS              2000
#define REVIEWERS_PER_UNIT 5
#define SEED               2023
#define TARGET_MS          16.0
#define N_OPENS            3

/* Main-thread work, seen from the poll function. */
typedef struct
{
  GPollFunc  poll;
  gboolean   active;
  gint64     busy_since;      /* when the thread last stopped waiting */
  gint64     frame_since;     /* start of the work counted towards the next frame */
  gint64     frame_work;      /* work counted towards the next frame so far */
  double     longest;         /* longest iteration of this step, ms */
  GArray    *frames;          /* work per frame of this step, ms */
  guint      n_paints;        /* after-paints since the start */
} Meter;

static Meter meter;

typedef struct
{
  char       *section;
  char       *name;
  guint       n_frames;
  double      p50;
  double      p95;
  double      max;
  double      longest;
  guint       n_over;
} Step;

static GArray *steps;
static const char *section;

static void
begin_section (const char *title)
{
  section = title;
  printf ("%s\n", title);
}

static gint
meter_poll (GPollFD *fds,
            guint    n_fds,
            gint     timeout)
{
  gint64 now = g_get_monotonic_time ();
  gint ret;

  if (meter.active)
    {
      double iteration = (now - meter.busy_since) / 1000.0;

      meter.longest = MAX (meter.longest, iteration);
      meter.frame_work += now - MAX (meter.busy_since, meter.frame_since);
    }

  ret = meter.poll (fds, n_fds, timeout);
  meter.busy_since = g_get_monotonic_time ();

  return ret;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  meter.n_paints++;
  if (meter.active)
    {
      double work;

      meter.frame_work += now - MAX (meter.busy_since, meter.frame_since);
      work = meter.frame_work / 1000.0;
      g_array_append_val (meter.frames, work);
    }

  meter.frame_work = 0;
  meter.frame_since = now;
}

static void
meter_start (void)
{
  gint64 now = g_get_monotonic_time ();

  meter.active = TRUE;
  meter.busy_since = now;
  meter.frame_since = now;
  meter.frame_work = 0;
  meter.longest = 0;
  g_array_set_size (meter.frames, 0);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  fraction)
{
  guint index;

  if (values->len == 0)
    return 0;

  index = (guint) (fraction * (values->len - 1) + 0.5);
  return g_array_index (values, double, index);
}

/* Ends the step begun by meter_start() and prints it. */
static void
meter_stop (const char *name)
{
  Step step = { g_strdup (section), g_strdup (name), 0, 0, 0, 0, 0, 0 };

  /* The iteration that is running now ends here. */
  meter.longest = MAX (meter.longest, (g_get_monotonic_time () - meter.busy_since) / 1000.0);
  meter.active = FALSE;

  g_array_sort (meter.frames, compare_doubles);
  step.n_frames = meter.frames->len;
  step.p50 = percentile (meter.frames, 0.5);
  step.p95 = percentile (meter.frames, 0.95);
  step.max = percentile (meter.frames, 1.0);
  step.longest = meter.longest;
  for (guint i = 0; i < meter.frames->len; i++)
    step.n_over += g_array_index (meter.frames, double, i) > TARGET_MS;

  g_array_append_val (steps, step);
  printf ("  %-44s %4u frames  work/frame p50 %6.1f  p95 %6.1f  max %6.1f ms  longest iteration %6.1f ms  %s\n",
          name, step.n_frames, step.p50, step.p95, step.max, step.longest,
          step.longest <= TARGET_MS ? "ok" : "OVER 16 ms");
  fflush (stdout);
}

/* The numbers are wall time: other work on the machine shows in them. */
static void
print_load (const char *when)
{
  g_autofree char *loadavg = NULL;

  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    printf ("# load average %s: %s", when, loadavg);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms. */
static void
iterate (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @n more frames are painted; FALSE when none
 * came in @timeout_ms (nothing changed on screen). */
static gboolean
wait_frames (guint n,
             guint timeout_ms)
{
  guint target = meter.n_paints + n;
  gint64 deadline = g_get_monotonic_time () + timeout_ms * 1000;
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (meter.n_paints < target && !timed_out && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (source);

  return meter.n_paints >= target;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static gpointer
find_first (gpointer root,
            GType    type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, found);
  g_assert_cmpuint (found->len, >, 0);

  return g_ptr_array_index (found, 0);
}

/* The table on screen with the most rows. */
static GtkWidget *
find_longest_table (gpointer root,
                    guint   *n_rows)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkWidget *longest = NULL;

  *n_rows = 0;
  collect (GTK_WIDGET (root), GTK_TYPE_COLUMN_VIEW, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkColumnView *view = g_ptr_array_index (found, i);
      GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
      guint n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

      if (gtk_widget_is_drawable (GTK_WIDGET (view)) && (longest == NULL || n_items > *n_rows))
        {
          longest = GTK_WIDGET (view);
          *n_rows = n_items;
        }
    }

  g_assert_nonnull (longest);
  return longest;
}

/* Runs @switch_to, then prints how long until its first frame and how
 * much work the opening was. */
static void
open_view (const char *name,
           void      (*switch_to) (gpointer data),
           gpointer    data)
{
  g_autofree char *step_name = g_strdup_printf ("open %s", name);
  gint64 start;
  double first_frame;

  iterate (200);

  meter_start ();
  start = g_get_monotonic_time ();
  switch_to (data);
  wait_frames (1, 30000);
  first_frame = (g_get_monotonic_time () - start) / 1000.0;

  /* Then whatever it finishes after its first frame. */
  iterate (500);
  meter_stop (step_name);
  printf ("  %-44s time to first frame %.1f ms\n", "", first_frame);
}

/* Scrolls the scrolled window around @view from its top to its bottom, a
 * page at a time as Page Down does, letting a frame render after each;
 * @model is what @view shows. */
static void
scroll_view (GtkWidget  *view,
             GListModel *model,
             const char *name)
{
  g_autofree char *step_name = NULL;
  GtkAdjustment *vadjustment;
  guint n_rows;
  guint n_pages = 0;
  gint64 start;

  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (vadjustment, 0);
  iterate (200);

  meter_start ();
  start = g_get_monotonic_time ();
  while (gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment) <
         gtk_adjustment_get_upper (vadjustment) - 1)
    {
      /* A boundary between the frame just painted and this input. */
      g_main_context_iteration (NULL, FALSE);

      gtk_adjustment_set_value (vadjustment,
                                gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment));
      n_pages++;
      if (!wait_frames (1, 2000))
        break;
    }
  iterate (100);

  n_rows = g_list_model_get_n_items (model);
  step_name = g_strdup_printf ("scroll %s (%u rows, %u pages)", name, n_rows, n_pages);
  meter_stop (step_name);
  printf ("  %-44s %.1f s top to bottom\n", "", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* Scrolls the longest table on screen from its top to its bottom. */
static void
scroll_through (gpointer    root,
                const char *name)
{
  guint n_rows;
  GtkWidget *table = find_longest_table (root, &n_rows);

  scroll_view (table, G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (table))), name);
}

/* Switching views, as their buttons do. */

static ExemplarWindow *window;

static void
show_section (gpointer data)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-section", g_variant_new_string (data));
}

static void
show_evaluation_view (gpointer data)
{
  exemplar_evaluation_page_show_view (find_first (window, EXEMPLAR_TYPE_EVALUATION_PAGE), data);
}

static void
show_progress_table (gpointer data)
{
  GtkStackSwitcher *switcher = find_first (find_first (window, EXEMPLAR_TYPE_EVALUATION_PAGE),
                                           GTK_TYPE_STACK_SWITCHER);

  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (switcher), data);
}

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_error ("No column titled “%s”", title);
  return NULL;
}

/* Sorts the assignments by reviewer as a click on the header does, and
 * back; then types a unit's number into the search, a key at a time. */
static void
sort_and_search (void)
{
  static const char * const typed[] = { "0", "00", "004", "0042", "004", "00", "0", "" };
  ExemplarEvaluationPage *page = find_first (window, EXEMPLAR_TYPE_EVALUATION_PAGE);
  guint n_rows;
  GtkColumnView *view = GTK_COLUMN_VIEW (find_longest_table (page, &n_rows));
  GtkEditable *search = find_first (page, GTK_TYPE_SEARCH_ENTRY);
  GtkColumnViewColumn *reviewer = find_column (view, "Reviewer");

  iterate (200);
  meter_start ();
  gtk_column_view_sort_by_column (view, reviewer, GTK_SORT_ASCENDING);
  iterate (1500);
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  iterate (1500);
  meter_stop ("sort assignments by reviewer, and back");

  meter_start ();
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      gtk_editable_set_text (search, typed[i]);
      iterate (400);
    }
  iterate (500);
  meter_stop ("type “0042” in the search, then erase it");
}

static void
bench_evaluation (void)
{
  begin_section ("Evaluation section");
  open_view ("section (reviewers view)", show_section, "evaluation");
  scroll_through (window, "reviewers");
  open_view ("view rounds", show_evaluation_view, "rounds");
  open_view ("view assignments", show_evaluation_view, "assignments");
  scroll_through (window, "assignments");
  sort_and_search ();
  open_view ("view progress", show_evaluation_view, "progress");
  scroll_through (window, "progress by application");
  open_view ("progress by reviewer", show_progress_table, "by-reviewer");
  scroll_through (window, "progress by reviewer");
  open_view ("progress by application", show_progress_table, "by-application");
}

/* Back to the Overview from another section, then down its list of the
 * applicant units. */
static void
bench_overview (ExemplarCampaign *campaign)
{
  GtkWidget *page;
  GtkWidget *units;

  begin_section ("Overview section");
  show_section ("rubric");
  iterate (1000);
  open_view ("section (from the rubric)", show_section, "overview");

  /* The list of units, whichever widget shows it. */
  page = find_first (window, EXEMPLAR_TYPE_OVERVIEW_PAGE);
  units = exemplar_test_find_by_id (page, "units_list");
  scroll_view (units, exemplar_campaign_get_declarations (campaign), "applicant units");
}

static void
bench_results (void)
{
  ExemplarResultsPage *page;
  GListModel *ranking;
  gint64 start;
  gint64 shown;
  gint64 filled;
  double first_frame;

  begin_section ("Results section");
  iterate (200);

  /* The results may be computed on the way to the first frame or after it
   * on a worker: the time until they are on screen is printed apart. */
  meter_start ();
  start = g_get_monotonic_time ();
  show_section ("results");
  wait_frames (1, 60000);
  first_frame = (g_get_monotonic_time () - start) / 1000.0;
  page = find_first (window, EXEMPLAR_TYPE_RESULTS_PAGE);
  while (exemplar_results_page_get_results (page) == NULL &&
         g_get_monotonic_time () - start < 120 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (1, 2000);
  shown = g_get_monotonic_time ();

  /* The ranking may be filled a batch at a time: until it has every unit. */
  ranking = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_first (page, GTK_TYPE_COLUMN_VIEW))));
  while (g_list_model_get_n_items (ranking) < UNITS &&
         g_get_monotonic_time () - start < 120 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (1, 2000);
  filled = g_get_monotonic_time ();

  iterate (500);
  meter_stop ("open section (ranking)");
  printf ("  %-44s time to first frame %.1f ms; to results on screen %.1f ms%s; to all %u units ranked %.1f ms\n", "",
          first_frame, (shown - start) / 1000.0,
          exemplar_results_page_get_results (page) == NULL ? " (NO RESULTS SHOWN)" : "",
          g_list_model_get_n_items (ranking), (filled - start) / 1000.0);

  scroll_through (page, "ranking");

  /* Units down the ranking, each selected as a click does, its breakdown
   * shown. */
  iterate (200);
  meter_start ();
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *code = g_strdup_printf ("%04u", 1 + i * (UNITS / 20) + i);

      g_main_context_iteration (NULL, FALSE);
      if (!exemplar_results_page_select_unit (page, code))
        printf ("  (unit %s is not in the ranking)\n", code);
      wait_frames (1, 2000);
      iterate (50);
    }
  meter_stop ("select 20 units");
}

/* The floor: GTK's own column view with six columns of plain labels
 * over 10,000 strings, in a window of the same size. What opening and
 * scrolling it costs a frame, no table of this toolkit can do for less. */

static GtkColumnView     *floor_view;
static GtkSelectionModel *floor_model;

static void
on_floor_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_floor_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (string));
}

static void
attach_floor_model (gpointer data)
{
  gtk_column_view_set_model (floor_view, floor_model);
}

static void
bench_floor (void)
{
  static const char * const titles[] = { "Application", "Reviewer", "Round", "Scope", "State", "Pair" };
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkWidget *floor_window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GdkFrameClock *clock;
  gulong handler;

  for (guint i = 0; i < UNITS * REVIEWERS_PER_UNIT; i++)
    {
      g_autofree char *text = g_strdup_printf ("示范街道%04u · 评审员%05u（示范街道%04u）",
                                               i / REVIEWERS_PER_UNIT + 1, i + 1, (i * 7) % UNITS + 1);

      gtk_string_list_append (strings, text);
    }
  floor_model = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (strings)));

  floor_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (floor_view, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_floor_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_floor_bind_cb), NULL);
      column = gtk_column_view_column_new (titles[i], factory);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (floor_view, column);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (floor_view));
  gtk_window_set_child (GTK_WINDOW (floor_window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (floor_window), 1280, 800);
  gtk_window_present (GTK_WINDOW (floor_window));
  iterate (300);

  clock = gtk_widget_get_frame_clock (floor_window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);

  begin_section ("Floor: a plain GtkColumnView, 6 columns of labels, 10,000 rows");
  open_view ("table (first rows made)", attach_floor_model, NULL);
  scroll_through (floor_window, "table");

  g_signal_handler_disconnect (clock, handler);
  gtk_window_destroy (GTK_WINDOW (floor_window));
  g_clear_object (&floor_model);
  iterate (100);
}

/* The floor of the Overview's list: GTK's own list view of plain labels
 * over 2,000 strings, in a scrolled window as high as the Overview's list
 * may grow. */

static GtkListView       *floor_list;
static GtkSelectionModel *floor_list_model;

static void
attach_floor_list_model (gpointer data)
{
  gtk_list_view_set_model (floor_list, floor_list_model);
}

static void
bench_floor_list (void)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *floor_window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GdkFrameClock *clock;
  gulong handler;

  for (guint i = 0; i < UNITS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u 示范街道%04u · Subdistrict · Evaluated", i + 1, i + 1);

      gtk_string_list_append (strings, text);
    }
  floor_list_model = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (strings)));

  g_signal_connect (factory, "setup", G_CALLBACK (on_floor_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_floor_bind_cb), NULL);
  floor_list = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (floor_list));
  gtk_window_set_child (GTK_WINDOW (floor_window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (floor_window), 720, 640);
  gtk_window_present (GTK_WINDOW (floor_window));
  iterate (300);

  clock = gtk_widget_get_frame_clock (floor_window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);

  begin_section ("Floor: a plain GtkListView of labels, 2,000 rows");
  open_view ("list (first rows made)", attach_floor_list_model, NULL);
  scroll_view (GTK_WIDGET (floor_list), G_LIST_MODEL (floor_list_model), "list");

  g_signal_handler_disconnect (clock, handler);
  gtk_window_destroy (GTK_WINDOW (floor_window));
  g_clear_object (&floor_list_model);
  iterate (100);
}

/* The worst stall of each section, and where. */
static void
print_summary (void)
{
  printf ("Summary: longest main-loop iteration (target ≤ %.0f ms)\n", TARGET_MS);
  for (guint i = 0; i < steps->len; i++)
    {
      Step *worst = &g_array_index (steps, Step, i);
      guint over = 0;

      if (i > 0 && g_str_equal (g_array_index (steps, Step, i - 1).section, worst->section))
        continue;

      for (guint j = i; j < steps->len && g_str_equal (g_array_index (steps, Step, j).section, worst->section); j++)
        {
          Step *step = &g_array_index (steps, Step, j);

          over += step->n_over;
          if (step->longest > worst->longest)
            worst = step;
        }

      printf ("  %-44s %6.1f ms in “%s”; %u frames over %.0f ms of work\n",
              worst->section, worst->longest, worst->name, over, TARGET_MS);
    }
}

static void
clear_step (gpointer data)
{
  Step *step = data;

  g_free (step->section);
  g_free (step->name);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExemplarApplication) app = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autofree char *home = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *path = NULL;
  double open_ms[N_OPENS];
  /* One part only: "overview", "evaluation", "assignments", "results" or "floor". */
  const char *only = g_getenv ("EXEMPLAR_BENCH_VIEWS");
  GdkFrameClock *clock;
  gint64 start;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_unsetenv ("EXEMPLAR_TODAY");

  home = g_dir_make_tmp ("exemplar-bench-views-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  path = g_build_filename (home, "national.exemplar", NULL);

  gtk_init ();
  adw_init ();
  print_load ("before");

  meter.frames = g_array_new (FALSE, FALSE, sizeof (double));
  steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (steps, clear_step);

  start = g_get_monotonic_time ();
  campaign = exemplar_campaign_new_synthetic (path, "changning-2023", SEED, UNITS, REVIEWERS_PER_UNIT, &error);
  g_assert_no_error (error);
  printf ("# synthetic campaign: %u units × %u reviewers per unit, made in %.1f s\n",
          UNITS, REVIEWERS_PER_UNIT, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_clear_object (&campaign);

  /* Opening it, the evaluation loaded with it, is the model's part. */
  for (guint i = 0; i < N_OPENS; i++)
    {
      g_clear_object (&campaign);
      start = g_get_monotonic_time ();
      campaign = exemplar_campaign_open (path, &error);
      g_assert_no_error (error);
      open_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (open_ms, N_OPENS, sizeof (double), compare_doubles);
  printf ("# exemplar_campaign_open (with %u reviewers, %u assignments): median %.0f ms (min %.0f, max %.0f)\n",
          g_list_model_get_n_items (exemplar_evaluation_get_reviewers (exemplar_campaign_get_evaluation (campaign))),
          g_list_model_get_n_items (exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign))),
          open_ms[N_OPENS / 2], open_ms[0], open_ms[N_OPENS - 1]);

  /* No application id: no D-Bus, which a test display may not have. */
  app = g_object_new (EXEMPLAR_TYPE_APPLICATION,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      "resource-base-path", "/io/github/exemplar/Exemplar",
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = exemplar_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  meter.poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, meter_poll);

  printf ("Main-thread work per frame, target ≤ %.0f ms (every number in ms of wall time the thread did not wait)\n",
          TARGET_MS);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  begin_section ("Window");
  meter_start ();
  start = g_get_monotonic_time ();
  exemplar_window_set_campaign (window, campaign);
  printf ("  %-44s %.1f ms inside exemplar_window_set_campaign()\n", "set campaign",
          (g_get_monotonic_time () - start) / 1000.0);
  wait_frames (1, 30000);
  iterate (500);
  meter_stop ("open campaign (overview)");

  if (g_strcmp0 (only, "assignments") == 0)
    {
      begin_section ("Evaluation section");
      open_view ("section", show_section, "evaluation");
      open_view ("view assignments", show_evaluation_view, "assignments");
      sort_and_search ();
    }
  if (only == NULL || g_str_equal (only, "overview"))
    bench_overview (campaign);
  if (only == NULL || g_str_equal (only, "evaluation"))
    bench_evaluation ();
  if (only == NULL || g_str_equal (only, "results"))
    bench_results ();

  /* Last, with the caches as warm as for the views above. */
  if (only == NULL || g_str_equal (only, "floor"))
    bench_floor ();
  if (only == NULL || g_str_equal (only, "overview") || g_str_equal (only, "floor"))
    bench_floor_list ();

  print_summary ();
  print_load ("after");

  g_main_context_set_poll_func (NULL, meter.poll);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
  g_clear_object (&campaign);
  exemplar_test_remove_tree (home);
  g_array_unref (meter.frames);
  g_array_unref (steps);

  return 0;
}
