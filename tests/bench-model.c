/* bench-model.c: how long creating and opening a campaign takes.
 *
 * Run with `meson test --benchmark`. It prints timings, it asserts none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "exemplar-campaign.h"
#include "exemplar-rubric.h"

#include "exemplar-test-util.h"

#define ROUNDS 20

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

  exemplar_test_remove_tree (dir);
  return 0;
}
