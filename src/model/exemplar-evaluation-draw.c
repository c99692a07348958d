/* exemplar-evaluation-draw.c
 *
 * The draw (抽签): fills every submitted application with reviewers,
 * never a reviewer's own unit or a declared conflict, keeping loads
 * balanced and avoiding reciprocal pairs where it can.
 *
 * The draw is a pure function of its seed, the reviewers (by id), the
 * applications (in official order) and the assignments already made in
 * the round, so the same seed on the same campaign gives the same result:
 * applications are filled one by one, each slot going to an eligible
 * reviewer with the lowest load so far, preferring one who does not make a
 * reciprocal pair, the remaining ties broken by a GRand seeded with @seed.
 *
 * When the round has working groups (评估工作组), only their members are
 * drawn: the groups are the people who go on site for that round. The
 * draw moves each application it fills to under_evaluation, in its own
 * transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "exemplar-assignment-private.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-unit.h"

typedef struct
{
  guint application;
  guint reviewer;
} Pick;

typedef struct
{
  GPtrArray  *reviewers;     /* ExemplarReviewer, by id */
  GPtrArray  *applications;  /* ExemplarDeclaration, official order */
  guint      *load;          /* per reviewer, in the round */
  guint      *have;          /* per application, in the round */
  gboolean   *eligible;      /* [application * n_reviewers + reviewer] */
  GHashTable *pairs;         /* "A:B" keys of home unit A scoring B, any round */
  GArray     *picks;         /* of Pick */
  GPtrArray  *groups;        /* the round's ExemplarWorkingGroup; empty: anyone */
} Draw;

static void
draw_clear (Draw *draw)
{
  g_clear_pointer (&draw->reviewers, g_ptr_array_unref);
  g_clear_pointer (&draw->applications, g_ptr_array_unref);
  g_clear_pointer (&draw->load, g_free);
  g_clear_pointer (&draw->have, g_free);
  g_clear_pointer (&draw->eligible, g_free);
  g_clear_pointer (&draw->pairs, g_hash_table_unref);
  g_clear_pointer (&draw->picks, g_array_unref);
  g_clear_pointer (&draw->groups, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Draw, draw_clear)

static int
compare_reviewer_ids (gconstpointer a,
                      gconstpointer b)
{
  gint64 x = exemplar_reviewer_get_id (*(ExemplarReviewer **) a);
  gint64 y = exemplar_reviewer_get_id (*(ExemplarReviewer **) b);

  return x < y ? -1 : (x > y ? 1 : 0);
}

static guint
index_of (GPtrArray *array,
          gpointer   item)
{
  guint index;

  return g_ptr_array_find (array, item, &index) ? index : G_MAXUINT;
}

/* Reads the campaign into @draw: who may score what, and what the round
 * already holds. */
static void
draw_prepare (Draw               *draw,
              ExemplarEvaluation *self,
              ExemplarRound      *round)
{
  GListModel *reviewers = G_LIST_MODEL (self->reviewers);
  GListModel *declarations = exemplar_campaign_get_declarations (self->campaign);
  GListModel *assignments = G_LIST_MODEL (self->assignments);
  g_autoptr(GHashTable) members = _exemplar_evaluation_collect_round_members (self, round);
  guint n_reviewers, n_applications;

  draw->groups = exemplar_evaluation_get_round_groups (self, round);
  draw->reviewers = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);

      if (members == NULL || g_hash_table_contains (members, reviewer))
        g_ptr_array_add (draw->reviewers, g_steal_pointer (&reviewer));
    }
  g_ptr_array_sort (draw->reviewers, compare_reviewer_ids);

  draw->applications = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (exemplar_evaluation_state_is_assignable (exemplar_declaration_get_state (declaration)))
        g_ptr_array_add (draw->applications, g_steal_pointer (&declaration));
    }

  n_reviewers = draw->reviewers->len;
  n_applications = draw->applications->len;
  draw->load = g_new0 (guint, MAX (n_reviewers, 1));
  draw->have = g_new0 (guint, MAX (n_applications, 1));
  draw->eligible = g_new0 (gboolean, MAX (n_reviewers * n_applications, 1));
  draw->pairs = _exemplar_evaluation_collect_pairs (self);
  draw->picks = g_array_new (FALSE, FALSE, sizeof (Pick));

  for (guint a = 0; a < n_applications; a++)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (g_ptr_array_index (draw->applications, a));

      for (guint r = 0; r < n_reviewers; r++)
        draw->eligible[a * n_reviewers + r] =
          !exemplar_reviewer_conflicts_with (g_ptr_array_index (draw->reviewers, r), unit, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      guint r, a;

      if (exemplar_assignment_get_round (assignment) != round)
        continue;

      r = index_of (draw->reviewers, exemplar_assignment_get_reviewer (assignment));
      a = index_of (draw->applications, exemplar_assignment_get_declaration (assignment));
      if (r != G_MAXUINT)
        draw->load[r]++;
      if (a != G_MAXUINT)
        draw->have[a]++;
      if (r != G_MAXUINT && a != G_MAXUINT)
        draw->eligible[a * n_reviewers + r] = FALSE;
    }
}

/* Every application must be able to get its reviewers before anything is
 * drawn; choices for one never take eligibility from another. */
static gboolean
draw_check (Draw     *draw,
            guint     per_application,
            GError  **error)
{
  guint n_reviewers = draw->reviewers->len;

  for (guint a = 0; a < draw->applications->len; a++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (draw->applications, a);
      guint need = per_application > draw->have[a] ? per_application - draw->have[a] : 0;
      guint available = 0;

      for (guint r = 0; r < n_reviewers; r++)
        if (draw->eligible[a * n_reviewers + r])
          available++;

      if (available < need && draw->groups->len > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < draw->groups->len; i++)
            g_string_append_printf (names, "%s“%s”", i > 0 ? "、" : "",
                                    exemplar_working_group_get_name (g_ptr_array_index (draw->groups, i)));
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %1$s is a unit's name, %2$u the number of reviewers
                        * asked for, %3$u how many may score it, %4$s the names of the
                        * round's working groups, each in quotes. */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%1$s cannot get %2$u reviewer: only %3$u may score it. This round "
                                    "draws only from its working groups (%4$s), leaving out the unit’s "
                                    "own staff, reviewers who declared a conflict and those already "
                                    "assigned. Add members to the groups or ask for fewer per "
                                    "application; nothing was drawn.",
                                    "%1$s cannot get %2$u reviewers: only %3$u may score it. This round "
                                    "draws only from its working groups (%4$s), leaving out the unit’s "
                                    "own staff, reviewers who declared a conflict and those already "
                                    "assigned. Add members to the groups or ask for fewer per "
                                    "application; nothing was drawn.",
                                    per_application),
                       exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                       per_application, available + draw->have[a], names->str);
          return FALSE;
        }

      if (available < need)
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %1$s is a unit's name, %2$u the number of reviewers
                        * asked for, %3$u how many may score it. */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%1$s cannot get %2$u reviewer: only %3$u may score it (its own "
                                    "staff, reviewers who declared a conflict and those already "
                                    "assigned are left out). Add reviewers or ask for fewer per "
                                    "application; nothing was drawn.",
                                    "%1$s cannot get %2$u reviewers: only %3$u may score it (its own "
                                    "staff, reviewers who declared a conflict and those already "
                                    "assigned are left out). Add reviewers or ask for fewer per "
                                    "application; nothing was drawn.",
                                    per_application),
                       exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                       per_application, available + draw->have[a]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
makes_reciprocal (Draw             *draw,
                  ExemplarReviewer *reviewer,
                  ExemplarUnit     *target)
{
  ExemplarUnit *home = exemplar_reviewer_get_unit (reviewer);
  g_autofree char *back = NULL;

  if (home == NULL)
    return FALSE;
  back = _exemplar_evaluation_pair_key (target, home);
  return g_hash_table_contains (draw->pairs, back);
}

static void
draw_run (Draw   *draw,
          guint   per_application,
          guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *candidates = g_new0 (guint, MAX (draw->reviewers->len, 1));
  guint n_reviewers = draw->reviewers->len;

  for (guint a = 0; a < draw->applications->len; a++)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (g_ptr_array_index (draw->applications, a));

      while (draw->have[a] < per_application)
        {
          guint best_load = G_MAXUINT;
          gboolean best_reciprocal = TRUE;
          guint n_candidates = 0;
          ExemplarReviewer *reviewer;
          ExemplarUnit *home;
          Pick pick;

          for (guint r = 0; r < n_reviewers; r++)
            {
              gboolean reciprocal;

              if (!draw->eligible[a * n_reviewers + r] || draw->load[r] > best_load)
                continue;

              reciprocal = makes_reciprocal (draw, g_ptr_array_index (draw->reviewers, r), unit);
              if (draw->load[r] < best_load ||
                  (draw->load[r] == best_load && !reciprocal && best_reciprocal))
                {
                  best_load = draw->load[r];
                  best_reciprocal = reciprocal;
                  n_candidates = 0;
                }
              if (draw->load[r] == best_load && reciprocal == best_reciprocal)
                candidates[n_candidates++] = r;
            }

          /* draw_check() made sure there is someone. */
          g_assert (n_candidates > 0);

          pick.application = a;
          pick.reviewer = candidates[n_candidates > 1 ? g_rand_int_range (rand, 0, (gint32) n_candidates) : 0];
          g_array_append_val (draw->picks, pick);

          draw->eligible[a * n_reviewers + pick.reviewer] = FALSE;
          draw->load[pick.reviewer]++;
          draw->have[a]++;

          reviewer = g_ptr_array_index (draw->reviewers, pick.reviewer);
          home = exemplar_reviewer_get_unit (reviewer);
          if (home != NULL)
            g_hash_table_add (draw->pairs, _exemplar_evaluation_pair_key (home, unit));
        }
    }
}

static char *
parameters_to_json (ExemplarRound *round,
                    guint          per_application)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "round");
  if (round != NULL)
    json_builder_add_int_value (builder, exemplar_round_get_id (round));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "per_application");
  json_builder_add_int_value (builder, per_application);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Writes the draw, its assignments and the applications' new states in
 * one transaction; returns the new assignments (not yet in the list) or
 * NULL, and the states in @changes. */
static GPtrArray *
draw_store (Draw                *draw,
            ExemplarEvaluation  *self,
            ExemplarRound       *round,
            guint                per_application,
            guint32              seed,
            GArray              *changes,
            GError             **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *parameters = parameters_to_json (round, per_application);
  g_autofree char *detail = NULL;
  g_autofree char *target = NULL;
  guint n_leaves = _exemplar_evaluation_count_leaves (self, NULL);
  sqlite3_stmt *stmt;
  gint64 draw_id;

  stmt = _exemplar_evaluation_begin_write (self,
                                           "INSERT INTO draw (seed, parameters, drawn_at) "
                                           "VALUES (?1, ?2, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, seed);
  sqlite3_bind_text (stmt, 2, parameters, -1, SQLITE_TRANSIENT);
  if (!_exemplar_evaluation_step_write (self, stmt, error))
    return NULL;
  draw_id = exemplar_database_last_insert_id (self->db);

  for (guint i = 0; i < draw->picks->len; i++)
    {
      Pick *pick = &g_array_index (draw->picks, Pick, i);
      ExemplarReviewer *reviewer = g_ptr_array_index (draw->reviewers, pick->reviewer);
      ExemplarDeclaration *declaration = g_ptr_array_index (draw->applications, pick->application);

      stmt = _exemplar_evaluation_prepare_write (self,
                                                 "INSERT INTO assignment (reviewer_id, application_id, round_id, draw_id) "
                                                 "VALUES (?1, ?2, ?3, ?4)",
                                                 error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, exemplar_reviewer_get_id (reviewer));
      sqlite3_bind_int64 (stmt, 2, exemplar_declaration_get_id (declaration));
      if (round != NULL)
        sqlite3_bind_int64 (stmt, 3, exemplar_round_get_id (round));
      else
        sqlite3_bind_null (stmt, 3);
      sqlite3_bind_int64 (stmt, 4, draw_id);
      if (!_exemplar_evaluation_step_write (self, stmt, error))
        return NULL;

      g_ptr_array_add (added,
                       _exemplar_assignment_new (exemplar_database_last_insert_id (self->db),
                                                 reviewer, declaration, round, NULL, seed, n_leaves));
    }

  if (!_exemplar_evaluation_settle_states (self, NULL, changes, error))
    return NULL;

  target = g_strdup_printf ("draw %" G_GINT64_FORMAT, draw_id);
  detail = g_strdup_printf ("seed %u; %s; %u assignments", seed, parameters, draw->picks->len);
  if (!_exemplar_evaluation_commit_write (self, NULL, "assignment.draw", target, detail, error))
    return NULL;

  return g_steal_pointer (&added);
}

/* One line per reciprocal pair that the draw made, units in official order. */
static GPtrArray *
draw_warnings (Draw               *draw,
               ExemplarEvaluation *self)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (ExemplarUnit *) * 2);

  for (guint i = 0; i < draw->picks->len; i++)
    {
      Pick *pick = &g_array_index (draw->picks, Pick, i);
      ExemplarReviewer *reviewer = g_ptr_array_index (draw->reviewers, pick->reviewer);
      ExemplarUnit *target = exemplar_declaration_get_unit (g_ptr_array_index (draw->applications,
                                                                               pick->application));
      ExemplarUnit *home = exemplar_reviewer_get_unit (reviewer);
      ExemplarUnit *pair[2];

      if (home == NULL || !makes_reciprocal (draw, reviewer, target))
        continue;

      if (_exemplar_evaluation_unit_position (self, home) < _exemplar_evaluation_unit_position (self, target))
        {
          pair[0] = home;
          pair[1] = target;
        }
      else
        {
          pair[0] = target;
          pair[1] = home;
        }

      if (g_hash_table_add (seen, _exemplar_evaluation_pair_key (pair[0], pair[1])))
        g_array_append_val (found, pair);
    }

  for (guint i = 0; i < found->len; i++)
    {
      ExemplarUnit **pair = &g_array_index (found, ExemplarUnit *, i * 2);

      g_ptr_array_add (warnings, _exemplar_evaluation_describe_pair (self, pair[0], pair[1]));
    }

  return warnings;
}

gboolean
exemplar_evaluation_draw (ExemplarEvaluation  *self,
                          ExemplarRound       *round,
                          guint                per_application,
                          guint32              seed,
                          GPtrArray          **warnings,
                          GError             **error)
{
  g_auto(Draw) draw = { 0, };
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round), FALSE);
  g_return_val_if_fail (warnings == NULL || *warnings == NULL, FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !_exemplar_evaluation_check_round (self, round, error))
    return FALSE;

  if (per_application == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Ask for at least one reviewer per application."));
      return FALSE;
    }

  draw_prepare (&draw, self, round);

  if (draw.applications->len == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("No application has been submitted yet, so there is nothing to draw."));
      return FALSE;
    }

  if (!draw_check (&draw, per_application, error))
    return FALSE;

  draw_run (&draw, per_application, seed);

  if (draw.picks->len > 0)
    {
      added = draw_store (&draw, self, round, per_application, seed, changes, error);
      if (added == NULL)
        return FALSE;
      _exemplar_evaluation_apply_states (self, changes);
      _exemplar_evaluation_take_assignments (self, added);
    }

  if (warnings != NULL)
    *warnings = draw_warnings (&draw, self);

  return TRUE;
}
