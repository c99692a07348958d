/* bench-model.c: how long creating and opening a campaign takes: the
 * Changning template's, and the national-scale synthetic one (2,000
 * applicants, 10,000 reviewers and assignments, 720,000 scores). Beside
 * the synthetic campaign's opening, the floor: the sqlite3 shell running
 * the very statements the opening ran (captured with a trace), printing
 * their rows to /dev/null, which no object model built from them beats.
 *
 * Run with `meson test --benchmark`. It prints timings, it asserts none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>

#include "exemplar-campaign.h"
#include "exemplar-demo.h"
#include "exemplar-rubric.h"

#include "exemplar-test-util.h"

#define ROUNDS 20
#define SYNTHETIC_UNITS 2000
#define SYNTHETIC_REVIEWERS_PER_UNIT 5
#define SYNTHETIC_ROUNDS 5

/* The statements run while capturing, expanded with their parameters. */
static GString *captured;

static int
on_trace_cb (unsigned int  type,
             void         *context,
             void         *statement,
             void         *sql)
{
  char *expanded;

  /* Statements run by triggers come as comments: their parent runs them. */
  if (captured == NULL || g_str_has_prefix (sql, "--"))
    return 0;

  expanded = sqlite3_expanded_sql (statement);
  g_string_append_printf (captured, "%s;\n", expanded != NULL ? expanded : (const char *) sql);
  sqlite3_free (expanded);

  return 0;
}

static int
trace_connection (sqlite3                     *db,
                  char                       **error_message,
                  const struct sqlite3_api_routines *api)
{
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, on_trace_cb, NULL);
  return SQLITE_OK;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Runs @script in the sqlite3 shell on @path; the wall time in µs, or -1
 * without the shell. */
static gint64
run_shell (const char *path,
           const char *script)
{
  g_autoptr(GSubprocess) shell = NULL;
  g_autoptr(GBytes) input = g_bytes_new_static (script, strlen (script));
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  shell = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                            G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                            G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                            &error, "sqlite3", "-readonly", path, NULL);
  if (shell == NULL)
    return -1;
  g_subprocess_communicate (shell, input, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  return g_get_monotonic_time () - start;
}

/* Opening the synthetic campaign, then the shell on the same statements. */
static void
bench_synthetic (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "national.exemplar", NULL);
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  gint64 open_times[SYNTHETIC_ROUNDS];
  gint64 shell_times[SYNTHETIC_ROUNDS];
  guint n_statements = 0;
  gint64 start = g_get_monotonic_time ();

  campaign = exemplar_campaign_new_synthetic (path, "changning-2023", 2023,
                                              SYNTHETIC_UNITS, SYNTHETIC_REVIEWERS_PER_UNIT, &error);
  g_assert_no_error (error);
  g_clear_object (&campaign);
  g_print ("synthetic campaign (%u units × %u reviewers per unit) made in %.1f s\n",
           SYNTHETIC_UNITS, SYNTHETIC_REVIEWERS_PER_UNIT,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  for (guint i = 0; i < SYNTHETIC_ROUNDS; i++)
    {
      /* The first opening's statements are the shell's script. */
      if (i == 0)
        captured = g_string_new (NULL);

      start = g_get_monotonic_time ();
      campaign = exemplar_campaign_open (path, &error);
      g_assert_no_error (error);
      open_times[i] = g_get_monotonic_time () - start;
      g_clear_object (&campaign);

      if (i == 0)
        script = g_string_free (g_steal_pointer (&captured), FALSE);
    }

  for (const char *c = script; *c != '\0'; c++)
    n_statements += *c == '\n';

  for (guint i = 0; i < SYNTHETIC_ROUNDS; i++)
    shell_times[i] = run_shell (path, script);

  qsort (open_times, SYNTHETIC_ROUNDS, sizeof (gint64), compare_times);
  qsort (shell_times, SYNTHETIC_ROUNDS, sizeof (gint64), compare_times);
  g_print ("open synthetic campaign: median %.1f ms (min %.1f, max %.1f; %d rounds; %u statements)\n",
           open_times[SYNTHETIC_ROUNDS / 2] / 1000.0, open_times[0] / 1000.0,
           open_times[SYNTHETIC_ROUNDS - 1] / 1000.0, SYNTHETIC_ROUNDS, n_statements);
  if (shell_times[0] < 0)
    g_print ("  floor: no sqlite3 shell on the PATH\n");
  else
    g_print ("  floor, the sqlite3 shell running the same statements: median %.1f ms (min %.1f, max %.1f)\n",
             shell_times[SYNTHETIC_ROUNDS / 2] / 1000.0, shell_times[0] / 1000.0,
             shell_times[SYNTHETIC_ROUNDS - 1] / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  gint64 create_total = 0;
  gint64 open_total = 0;
  gint64 create_max = 0;
  gint64 open_max = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.exemplar", NULL);

  sqlite3_auto_extension ((void (*) (void)) trace_connection);

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(ExemplarCampaign) created = NULL;
      g_autoptr(ExemplarCampaign) opened = NULL;
      gint64 t0, t1, t2;

      exemplar_test_remove_campaign (path);
      t0 = g_get_monotonic_time ();
      created = exemplar_campaign_new_from_template (path, "changning-2023", &error);
      g_assert_no_error (error);
      g_clear_object (&created);
      t1 = g_get_monotonic_time ();
      opened = exemplar_campaign_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (exemplar_rubric_get_valid (exemplar_campaign_get_rubric (opened)));
      t2 = g_get_monotonic_time ();

      create_total += t1 - t0;
      open_total += t2 - t1;
      create_max = MAX (create_max, t1 - t0);
      open_max = MAX (open_max, t2 - t1);
    }

  g_print ("create from template: mean %.1f ms, worst %.1f ms (%d rounds)\n",
           create_total / 1000.0 / ROUNDS, create_max / 1000.0, ROUNDS);
  g_print ("open and load rubric: mean %.1f ms, worst %.1f ms (%d rounds)\n",
           open_total / 1000.0 / ROUNDS, open_max / 1000.0, ROUNDS);

  bench_synthetic (dir);

  exemplar_test_remove_tree (dir);
  return 0;
}
