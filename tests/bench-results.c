/* bench-results.c: how long the results of a national-scale campaign take,
 * beside the floor: the same aggregate as one SQL query.
 *
 * Builds a synthetic campaign of 2,000 units x the Changning rubric x 5
 * reviewers once, then times over several rounds (median and worst):
 * - exemplar_results_new(), the full recompute including loading;
 * - the mean per unit and leaf over the submitted sheets, summed per unit
 *   with the bonus capped, ordered, as one query in the sqlite3 shell
 *   (skipped when there is no sqlite3 program) and through the C API.
 * The issue aims for the results within 2x of the shell's floor.
 *
 * Run with `meson test --benchmark`. It prints timings; it asserts only
 * that what it timed did its work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "exemplar-campaign.h"
#include "exemplar-demo.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#include "exemplar-test-util.h"

#define UNITS 2000
#define ROUNDS 7

static const char floor_sql[] =
  "WITH item AS ("
  "  SELECT a.application_id AS application, sc.indicator_id AS leaf, avg (sc.points) AS mean"
  "  FROM score sc"
  "  JOIN score_sheet s ON s.id = sc.sheet_id AND s.state = 'submitted'"
  "  JOIN assignment a ON a.id = s.assignment_id"
  "  WHERE sc.points IS NOT NULL"
  "  GROUP BY a.application_id, sc.indicator_id) "
  "SELECT u.code,"
  "  sum (CASE WHEN i.kind = 'bonus' THEN 0 ELSE item.mean END) +"
  "  min ((SELECT bonus_cap FROM campaign),"
  "       sum (CASE WHEN i.kind = 'bonus' THEN item.mean ELSE 0 END)) AS total "
  "FROM item"
  "  JOIN indicator i ON i.id = item.leaf"
  "  JOIN application ap ON ap.id = item.application"
  "  JOIN unit u ON u.id = ap.unit_id "
  "GROUP BY item.application "
  "ORDER BY total DESC, u.position;";

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

/* Sorts @times and returns the median, in ms; @worst gets the slowest. */
static double
median_ms (gint64 *times,
           guint   n,
           double *worst)
{
  qsort (times, n, sizeof (gint64), compare_times);
  *worst = times[n - 1] / 1000.0;
  return (n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2) / 1000.0;
}

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* KiB on Linux */
}

typedef struct
{
  guint  rows;
  char  *top_code;
  double top_total;
} FloorRows;

static int
on_floor_row (void  *user_data,
              int    n_columns,
              char **values,
              char **names)
{
  FloorRows *rows = user_data;

  if (rows->rows++ == 0)
    {
      rows->top_code = g_strdup (values[0]);
      rows->top_total = g_ascii_strtod (values[1], NULL);
    }
  return 0;
}

/* The floor in the sqlite3 shell: a new process opening the file, as
 * someone checking the totals by hand would. FALSE when there is none. */
static gboolean
time_shell (const char *path,
            gint64     *times)
{
  g_autofree char *program = g_find_program_in_path ("sqlite3");

  if (program == NULL)
    return FALSE;

  for (guint r = 0; r < ROUNDS; r++)
    {
      const char *argv[] = { program, "-readonly", path, floor_sql, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;
      gint64 t0 = g_get_monotonic_time ();

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                    NULL, NULL, &status, &error);
      times[r] = g_get_monotonic_time () - t0;
      g_assert_no_error (error);
      g_spawn_check_wait_status (status, &error);
      g_assert_no_error (error);
    }

  return TRUE;
}

/* The floor through the C API, on a connection opened once. */
static void
time_c_api (const char *path,
            gint64     *times,
            FloorRows  *rows)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint r = 0; r < ROUNDS; r++)
    {
      char *message = NULL;
      gint64 t0;

      g_clear_pointer (&rows->top_code, g_free);
      rows->rows = 0;
      t0 = g_get_monotonic_time ();
      if (sqlite3_exec (db, floor_sql, on_floor_row, rows, &message) != SQLITE_OK)
        g_error ("The floor query failed: %s", message);
      times[r] = g_get_monotonic_time () - t0;
    }
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-bench-results-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  gint64 results_times[ROUNDS], shell_times[ROUNDS], api_times[ROUNDS];
  FloorRows rows = { 0 };
  gint64 top_total = 0;
  double results_ms, shell_ms = 0, api_ms, worst;
  gboolean have_shell;
  gint64 t0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "national.exemplar", NULL);

  t0 = g_get_monotonic_time ();
  campaign = exemplar_campaign_new_synthetic (path, "changning-2023", 2023, UNITS, 1, &error);
  g_assert_no_error (error);
  g_print ("build %d units x 72 leaves x 5 reviewers (720,000 scores): %.1f s, peak RSS %.0f MiB\n",
           UNITS, (g_get_monotonic_time () - t0) / 1e6, peak_rss_mib ());

  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(ExemplarResults) results = NULL;
      g_autoptr(ExemplarStanding) top = NULL;

      t0 = g_get_monotonic_time ();
      results = exemplar_results_new (campaign, NULL, &error);
      results_times[r] = g_get_monotonic_time () - t0;
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, UNITS);
      top = g_list_model_get_item (G_LIST_MODEL (results), 0);
      top_total = exemplar_standing_get_total (top);
    }
  results_ms = median_ms (results_times, ROUNDS, &worst);
  g_print ("exemplar_results_new (load + all aggregates): median %.1f ms, worst %.1f ms (%d rounds)\n",
           results_ms, worst, ROUNDS);

  have_shell = time_shell (path, shell_times);
  if (have_shell)
    {
      shell_ms = median_ms (shell_times, ROUNDS, &worst);
      g_print ("floor, one query in the sqlite3 shell:       median %.1f ms, worst %.1f ms\n",
               shell_ms, worst);
    }
  else
    g_print ("floor, one query in the sqlite3 shell:       skipped, no sqlite3 program in PATH\n");

  time_c_api (path, api_times, &rows);
  api_ms = median_ms (api_times, ROUNDS, &worst);
  g_print ("floor, the same query through sqlite3_exec:  median %.1f ms, worst %.1f ms\n", api_ms, worst);
  g_assert_cmpuint (rows.rows, ==, UNITS);
  g_print ("top total: results %.2f, floor %.2f (%s)\n", top_total / 100.0, rows.top_total / 100.0, rows.top_code);

  if (have_shell)
    g_print ("ratio results / shell floor: %.2fx (the issue aims within 2x)\n", results_ms / shell_ms);
  g_print ("ratio results / C API floor: %.2fx\n", results_ms / api_ms);
  g_print ("peak RSS: %.0f MiB\n", peak_rss_mib ());

  g_free (rows.top_code);
  g_clear_object (&campaign);
  exemplar_test_remove_tree (dir);
  return 0;
}
