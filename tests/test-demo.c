/* test-demo.c: the sample campaign a newcomer opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-error.h"
#include "exemplar-search.h"

static void
remove_campaign (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
test_demo_has_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("exemplar-demo-test-XXXXXX", &error);
  g_autofree char *first_path = g_build_filename (dir, "first.exemplar", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.exemplar", NULL);
  g_autoptr(ExemplarCampaign) first = NULL;
  g_autoptr(ExemplarCampaign) second = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  GListModel *declarations;
  guint submitted = 0, drafts = 0, not_applied = 0;

  first = exemplar_campaign_new_demo (first_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exemplar_campaign_get_title (first), "长宁区"));
  g_assert_true (exemplar_campaign_check (first, NULL));

  declarations = exemplar_campaign_get_declarations (first);
  g_assert_cmpuint (g_list_model_get_n_items (declarations), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      guint n_evidence = g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));

      switch (exemplar_declaration_get_state (declaration))
        {
        case EXEMPLAR_STATE_SUBMITTED:
          submitted++;
          g_assert_cmpuint (n_evidence, >, 1);
          g_assert_cmpint (exemplar_declaration_get_self_total (declaration, NULL), >, 50 * 100);
          g_assert_nonnull (exemplar_declaration_get_field (declaration, "work_family"));
          break;
        case EXEMPLAR_STATE_DRAFT:
          drafts++;
          g_assert_cmpuint (n_evidence, >, 1);
          break;
        case EXEMPLAR_STATE_NOT_APPLIED:
          not_applied++;
          g_assert_cmpuint (n_evidence, ==, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (submitted, >=, 5);
  g_assert_cmpuint (drafts, >=, 1);
  g_assert_cmpuint (not_applied, >=, 1);

  /* The evidence PDFs carry searchable Chinese text. */
  hits = exemplar_campaign_search (first, "示例材料", 500, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >, 10);

  /* The same seed gives the same campaign. */
  second = exemplar_campaign_new_demo (second_path, "changning-2023", 42, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(ExemplarDeclaration) a = g_list_model_get_item (exemplar_campaign_get_declarations (first), i);
      g_autoptr(ExemplarDeclaration) b = g_list_model_get_item (exemplar_campaign_get_declarations (second), i);

      g_assert_cmpint (exemplar_declaration_get_self_total (a, NULL), ==, exemplar_declaration_get_self_total (b, NULL));
      g_assert_cmpstr (exemplar_declaration_get_field (a, "party_secretary"), ==,
                       exemplar_declaration_get_field (b, "party_secretary"));
    }

  /* A second demo never overwrites a file. */
  g_clear_object (&second);
  second = exemplar_campaign_new_demo (first_path, "changning-2023", 1, &error);
  g_assert_null (second);
  g_assert_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS);

  g_clear_object (&first);
  remove_campaign (first_path);
  remove_campaign (second_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/has-content", test_demo_has_content);
  return g_test_run ();
}
