/* exemplar-evaluation-reciprocal.c
 *
 * Reciprocal pairs in cross-evaluation: unit A's staff scoring unit B
 * while B's staff score A. The draw avoids them where it can; the ones
 * that remain are flagged on each assignment and listed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment-private.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-unit.h"

char *
_exemplar_evaluation_pair_key (ExemplarUnit *home,
                               ExemplarUnit *target)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                          exemplar_unit_get_id (home), exemplar_unit_get_id (target));
}

GHashTable *
_exemplar_evaluation_collect_pairs (ExemplarEvaluation *self)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarUnit *home = exemplar_reviewer_get_unit (exemplar_assignment_get_reviewer (assignment));

      if (home != NULL)
        g_hash_table_add (pairs,
                          _exemplar_evaluation_pair_key (home,
                                                         exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment))));
    }

  return pairs;
}

void
_exemplar_evaluation_update_reciprocal (ExemplarEvaluation *self)
{
  g_autoptr(GHashTable) pairs = _exemplar_evaluation_collect_pairs (self);
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarUnit *home = exemplar_reviewer_get_unit (exemplar_assignment_get_reviewer (assignment));
      gboolean reciprocal = FALSE;

      if (home != NULL)
        {
          ExemplarUnit *target =
            exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
          g_autofree char *back = _exemplar_evaluation_pair_key (target, home);

          reciprocal = g_hash_table_contains (pairs, back);
        }

      _exemplar_assignment_set_reciprocal (assignment, reciprocal);
    }
}

/* Lines "A ⇄ B: …" name the reviewers of each direction. */
static char *
reviewers_scoring (ExemplarEvaluation *self,
                   ExemplarUnit       *home,
                   ExemplarUnit       *target)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *assignments = G_LIST_MODEL (self->assignments);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);

      if (exemplar_reviewer_get_unit (reviewer) != home ||
          exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)) != target)
        continue;
      if (!g_hash_table_add (seen, reviewer))
        continue;
      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, exemplar_reviewer_get_name (reviewer));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

char *
_exemplar_evaluation_describe_pair (ExemplarEvaluation *self,
                                    ExemplarUnit       *a,
                                    ExemplarUnit       *b)
{
  g_autofree char *a_scores_b = reviewers_scoring (self, a, b);
  g_autofree char *b_scores_a = reviewers_scoring (self, b, a);

  /* Translators: a reciprocal pair of units in cross-evaluation. %1$s and
   * %2$s are units A and B, %3$s the reviewers from A who score B, %4$s the
   * reviewers from B who score A. */
  return g_strdup_printf (_("%1$s ⇄ %2$s: %3$s scores %2$s, %4$s scores %1$s"),
                          exemplar_unit_get_name (a), exemplar_unit_get_name (b),
                          a_scores_b, b_scores_a);
}

GPtrArray *
exemplar_evaluation_list_reciprocal (ExemplarEvaluation *self)
{
  g_autoptr(GHashTable) pairs = NULL;
  GPtrArray *lines;
  GListModel *units;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  lines = g_ptr_array_new_with_free_func (g_free);
  pairs = _exemplar_evaluation_collect_pairs (self);
  units = exemplar_campaign_get_units (self->campaign);

  /* Each pair once, the first unit in official order first. */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) a = g_list_model_get_item (units, i);

      for (guint j = i + 1; j < g_list_model_get_n_items (units); j++)
        {
          g_autoptr(ExemplarUnit) b = g_list_model_get_item (units, j);
          g_autofree char *ab = _exemplar_evaluation_pair_key (a, b);
          g_autofree char *ba = _exemplar_evaluation_pair_key (b, a);

          if (g_hash_table_contains (pairs, ab) && g_hash_table_contains (pairs, ba))
            g_ptr_array_add (lines, _exemplar_evaluation_describe_pair (self, a, b));
        }
    }

  return lines;
}
