/* exemplar-publicity-review.c
 *
 * The expert panel's recommended list (建议名单), the member units'
 * opinions on it, and the candidate list (拟命名名单) fixed from it.
 *
 * Which applications a recommendation moves: the listed ones become
 * recommended; every other application the evaluation has reached
 * (submitted, under evaluation, evaluated, or recommended or not by an
 * earlier list) becomes not_recommended. Drafts and withdrawn ones keep
 * their state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-points.h"
#include "exemplar-publicity-private.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

/* One member unit's stored opinion. */
typedef struct
{
  ExemplarOpinion  opinion;
  char            *reason;
  char            *given_on;
} OpinionRow;

static void
opinion_row_free (gpointer data)
{
  OpinionRow *row = data;

  g_free (row->reason);
  g_free (row->given_on);
  g_free (row);
}

static ExemplarUnit *
find_member_unit (ExemplarPublicity *self,
                  gint64             id)
{
  GListModel *members = exemplar_campaign_get_member_units (self->campaign);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (members, i);

      if (exemplar_unit_get_id (unit) == id)
        return unit;
    }

  return NULL;
}

static gboolean
load_recommended (ExemplarPublicity  *self,
                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_ptr_array_set_size (self->recommended, 0);
  g_clear_pointer (&self->rationale, g_free);

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT application_id, rationale FROM recommendation ORDER BY rank",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ExemplarDeclaration *declaration = _exemplar_publicity_lookup (self, sqlite3_column_int64 (stmt, 0));

      if (declaration != NULL)
        g_ptr_array_add (self->recommended, g_object_ref (declaration));
      if (self->rationale == NULL && sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        self->rationale = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }

  return TRUE;
}

static gboolean
load_opinions (ExemplarPublicity  *self,
               GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_clear_pointer (&self->opinions, g_hash_table_unref);
  self->opinions = g_hash_table_new_full (NULL, NULL, NULL, opinion_row_free);

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT member_unit_id, opinion, reason, given_on FROM member_opinion",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ExemplarUnit *unit = find_member_unit (self, sqlite3_column_int64 (stmt, 0));
      OpinionRow *row;
      ExemplarOpinion opinion;

      if (unit == NULL ||
          !exemplar_opinion_from_string ((const char *) sqlite3_column_text (stmt, 1), &opinion))
        continue;

      row = g_new0 (OpinionRow, 1);
      row->opinion = opinion;
      row->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->given_on = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_hash_table_insert (self->opinions, unit, row);
    }

  return TRUE;
}

/* The candidates still on the list, in the official order of the units. */
static gboolean
load_candidates (ExemplarPublicity  *self,
                 GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) on_list = g_hash_table_new (NULL, NULL);
  GListModel *declarations = exemplar_campaign_get_declarations (self->campaign);

  g_ptr_array_set_size (self->candidates, 0);
  self->fixed = FALSE;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT application_id, removed_at IS NULL FROM candidate",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ExemplarDeclaration *declaration = _exemplar_publicity_lookup (self, sqlite3_column_int64 (stmt, 0));

      self->fixed = TRUE;
      if (declaration != NULL && sqlite3_column_int (stmt, 1) != 0)
        g_hash_table_add (on_list, declaration);
    }

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (g_hash_table_contains (on_list, declaration))
        g_ptr_array_add (self->candidates, g_object_ref (declaration));
    }

  return TRUE;
}

/* Whether @declaration may be on the list: ranked (a submitted sheet, no
 * veto) and, when the campaign sets one, at or above the pass line. */
static gboolean
check_recommendable (ExemplarPublicity    *self,
                     ExemplarResults      *results,
                     ExemplarDeclaration  *declaration,
                     GError              **error)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  ExemplarStanding *standing = exemplar_results_find (results, exemplar_unit_get_code (unit));
  ExemplarFraction line;

  if (standing != NULL && exemplar_standing_get_vetoed (standing))
    {
      const char *reason = exemplar_standing_get_veto_reason (standing);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, then the veto's reason. */
                   _("%s cannot be recommended: it was vetoed (%s)."),
                   exemplar_unit_get_name (unit), reason != NULL ? reason : _("no reason recorded"));
      return FALSE;
    }

  if (standing == NULL || exemplar_standing_get_rank (standing) == 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("%s cannot be recommended: it is not ranked, as no score sheet of it "
                     "has been submitted."),
                   exemplar_unit_get_name (unit));
      return FALSE;
    }

  line = exemplar_fraction_from_int ((gint64) self->pass_line * 100);
  if (self->pass_line > 0 &&
      exemplar_fraction_compare (exemplar_standing_get_total_exact (standing), line) < 0)
    {
      g_autofree char *total = exemplar_points_format (exemplar_standing_get_total (standing));

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit, its total in points, the pass line in points. */
                   _("%s cannot be recommended: its total of %s points is below the pass "
                     "line of %u points."),
                   exemplar_unit_get_name (unit), total, self->pass_line);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_quota (ExemplarPublicity  *self,
             guint               n_units,
             GError            **error)
{
  guint quota = exemplar_campaign_get_quota (self->campaign);

  if (n_units <= quota)
    return TRUE;

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_QUOTA_EXCEEDED,
               g_dngettext (GETTEXT_PACKAGE,
                            /* Translators: the campaign's quota, then how many units the
                             * list would hold. */
                            "The campaign names at most %u unit; the list would hold %u. "
                            "Take a unit off first.",
                            "The campaign names at most %u units; the list would hold %u. "
                            "Take a unit off first.",
                            quota),
               quota, n_units);
  return FALSE;
}

static gboolean
check_not_fixed (ExemplarPublicity  *self,
                 GError            **error)
{
  if (!self->fixed)
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("The candidate list is fixed: the recommended list and the member "
                         "units’ opinions are closed."));
  return FALSE;
}

static gboolean
in_evaluation (ExemplarDeclaration *declaration)
{
  switch (exemplar_declaration_get_state (declaration))
    {
    case EXEMPLAR_STATE_SUBMITTED:
    case EXEMPLAR_STATE_UNDER_EVALUATION:
    case EXEMPLAR_STATE_EVALUATED:
    case EXEMPLAR_STATE_RECOMMENDED:
    case EXEMPLAR_STATE_NOT_RECOMMENDED:
      return TRUE;

    default:
      return FALSE;
    }
}

/* Inside an open transaction: puts @declaration on the candidate list, as
 * fixed at @now. A unit taken off by an upheld objection comes back on its
 * old row. */
static gboolean
write_candidate (ExemplarPublicity    *self,
                 ExemplarDeclaration  *declaration,
                 const char           *now,
                 GError              **error)
{
  sqlite3_stmt *stmt;

  stmt = exemplar_database_prepare_write (self->db,
                                          "INSERT INTO candidate (application_id, fixed_at) VALUES (?, ?) "
                                          "ON CONFLICT (application_id) DO UPDATE SET "
                                          "fixed_at = excluded.fixed_at, removed_at = NULL, "
                                          "removed_reason = NULL",
                                          error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);

  return exemplar_database_step_write (self->db, stmt, error) &&
         _exemplar_publicity_write_state (self, declaration, EXEMPLAR_STATE_CANDIDATE, error);
}

static GPtrArray *
copy_declarations (GPtrArray *declarations)
{
  GPtrArray *copy = g_ptr_array_new_full (declarations->len, g_object_unref);

  for (guint i = 0; i < declarations->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (declarations, i)));

  return copy;
}

/* Private API */

gboolean
_exemplar_publicity_load_review (ExemplarPublicity  *self,
                                 GError            **error)
{
  return load_recommended (self, error) &&
         load_opinions (self, error) &&
         load_candidates (self, error);
}

/* Public API */

GPtrArray *
exemplar_publicity_get_recommended (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return copy_declarations (self->recommended);
}

const char *
exemplar_publicity_get_rationale (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return self->rationale;
}

gboolean
exemplar_publicity_recommend (ExemplarPublicity    *self,
                              ExemplarDeclaration **declarations,
                              guint                 n_declarations,
                              const char           *rationale,
                              GError              **error)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  g_autofree char *detail = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *now = NULL;
  GListModel *all;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (declarations != NULL || n_declarations == 0, FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error) ||
      !check_not_fixed (self, error))
    return FALSE;

  if (n_declarations == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The recommended list is empty; choose the units the panel "
                             "recommends."));
      return FALSE;
    }

  if (!check_quota (self, n_declarations, error))
    return FALSE;

  results = exemplar_results_new (self->campaign, NULL, error);
  if (results == NULL)
    return FALSE;

  for (guint i = 0; i < n_declarations; i++)
    {
      g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declarations[i]), FALSE);

      if (!g_hash_table_add (listed, declarations[i]))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: %s is a unit, e.g. 新泾镇. */
                       _("%s is on the list twice; name each unit once."),
                       _exemplar_publicity_unit_name (declarations[i]));
          return FALSE;
        }

      if (!check_recommendable (self, results, declarations[i], error))
        return FALSE;
    }

  detail = _exemplar_publicity_join_codes (declarations, n_declarations, ",");
  stripped = _exemplar_publicity_strip (rationale);
  now = _exemplar_declaration_now ();

  stmt = exemplar_database_begin_write (self->db, "DELETE FROM recommendation", error);
  if (stmt == NULL || !exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  for (guint i = 0; i < n_declarations; i++)
    {
      stmt = exemplar_database_prepare_write (self->db,
                                              "INSERT INTO recommendation (application_id, rank, "
                                              "rationale, recorded_at) VALUES (?, ?, ?, ?)",
                                              error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declarations[i]));
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
      if (!exemplar_database_step_write (self->db, stmt, error) ||
          !_exemplar_publicity_write_state (self, declarations[i], EXEMPLAR_STATE_RECOMMENDED, error))
        return FALSE;
    }

  all = exemplar_campaign_get_declarations (self->campaign);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (all, i);

      if (g_hash_table_contains (listed, declaration) || !in_evaluation (declaration))
        continue;

      if (!_exemplar_publicity_write_state (self, declaration, EXEMPLAR_STATE_NOT_RECOMMENDED, error))
        return FALSE;
    }

  return _exemplar_publicity_commit (self, NULL, "publicity.recommend", "", detail, error);
}

gboolean
exemplar_publicity_get_opinion (ExemplarPublicity  *self,
                                ExemplarUnit       *member_unit,
                                ExemplarOpinion    *opinion,
                                const char        **reason,
                                const char        **given_on)
{
  OpinionRow *row;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (member_unit), FALSE);

  row = g_hash_table_lookup (self->opinions, member_unit);
  if (row == NULL)
    return FALSE;

  if (opinion != NULL)
    *opinion = row->opinion;
  if (reason != NULL)
    *reason = row->reason;
  if (given_on != NULL)
    *given_on = row->given_on;
  return TRUE;
}

gboolean
exemplar_publicity_set_opinion (ExemplarPublicity  *self,
                                ExemplarUnit       *member_unit,
                                ExemplarOpinion     opinion,
                                const char         *reason,
                                const char         *given_on,
                                GError            **error)
{
  g_autofree char *stripped = _exemplar_publicity_strip (reason);
  g_autofree char *day = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (member_unit), FALSE);
  g_return_val_if_fail ((guint) opinion <= EXEMPLAR_OPINION_NONE, FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error) ||
      !check_not_fixed (self, error))
    return FALSE;

  if (self->recommended->len == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("There is no recommended list yet for the member units to give "
                             "their opinion on."));
      return FALSE;
    }

  if (find_member_unit (self, exemplar_unit_get_id (member_unit)) != member_unit)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is a unit, e.g. 区民政局. */
                   _("%s is not a member unit of this campaign."),
                   exemplar_unit_get_name (member_unit));
      return FALSE;
    }

  if (opinion == EXEMPLAR_OPINION_DISAGREE && stripped == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a member unit, e.g. 区民政局. */
                   _("%s disagrees: record the reason it gave."),
                   exemplar_unit_get_name (member_unit));
      return FALSE;
    }

  day = _exemplar_publicity_dup_date (self, given_on, error);
  if (day == NULL)
    return FALSE;

  stmt = exemplar_database_begin_write (self->db,
                                        "INSERT INTO member_opinion (member_unit_id, opinion, reason, given_on) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (member_unit_id) DO UPDATE SET "
                                        "opinion = excluded.opinion, reason = excluded.reason, "
                                        "given_on = excluded.given_on",
                                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_unit_get_id (member_unit));
  sqlite3_bind_text (stmt, 2, exemplar_opinion_to_string (opinion), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("%s %s%s%s", day, exemplar_opinion_to_string (opinion),
                            stripped != NULL ? ": " : "", stripped != NULL ? stripped : "");
  return _exemplar_publicity_commit (self, stmt, "publicity.opinion",
                                     exemplar_unit_get_code (member_unit), detail, error);
}

gboolean
exemplar_publicity_fix_candidates (ExemplarPublicity  *self,
                                   GError            **error)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *detail = NULL;
  g_autofree char *now = NULL;
  GListModel *members;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error))
    return FALSE;

  if (self->fixed)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The candidate list is already fixed; a correction adds one "
                             "candidate at a time."));
      return FALSE;
    }

  if (self->recommended->len == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("There is no recommended list to fix the candidates from; record "
                             "the panel’s recommendation first."));
      return FALSE;
    }

  members = exemplar_campaign_get_member_units (self->campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (members, i);

      if (!g_hash_table_contains (self->opinions, unit))
        g_ptr_array_add (gaps, g_strdup (exemplar_unit_get_name (unit)));
    }

  if (gaps->len > 0)
    {
      g_autofree char *summary =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The candidate list cannot be fixed yet: %u member unit "
                                      "has not given its opinion.",
                                      "The candidate list cannot be fixed yet: %u member units "
                                      "have not given their opinion.",
                                      gaps->len),
                         gaps->len);

      _exemplar_util_set_missing_error (error, summary, &gaps, NULL);
      return FALSE;
    }

  now = _exemplar_declaration_now ();

  if (!exemplar_database_begin (self->db, error))
    return FALSE;

  for (guint i = 0; i < self->recommended->len; i++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (self->recommended, i);

      if (!write_candidate (self, declaration, now, error))
        return FALSE;
    }

  detail = _exemplar_publicity_join_codes ((ExemplarDeclaration **) self->recommended->pdata,
                                           self->recommended->len, ",");
  return _exemplar_publicity_commit (self, NULL, "publicity.fix_candidates", "", detail, error);
}

gboolean
exemplar_publicity_get_fixed (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  return self->fixed;
}

GPtrArray *
exemplar_publicity_get_candidates (ExemplarPublicity *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  return copy_declarations (self->candidates);
}

gboolean
exemplar_publicity_add_candidate (ExemplarPublicity    *self,
                                  ExemplarDeclaration  *declaration,
                                  GError              **error)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autofree char *now = NULL;
  ExemplarUnit *unit;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error))
    return FALSE;

  unit = exemplar_declaration_get_unit (declaration);
  if (!self->fixed)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The candidate list is not fixed yet; fix it from the recommended "
                             "list first."));
      return FALSE;
    }

  if (g_ptr_array_find (self->candidates, declaration, NULL))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("%s is already on the candidate list."), exemplar_unit_get_name (unit));
      return FALSE;
    }

  if (!check_quota (self, self->candidates->len + 1, error))
    return FALSE;

  results = exemplar_results_new (self->campaign, NULL, error);
  if (results == NULL || !check_recommendable (self, results, declaration, error))
    return FALSE;

  now = _exemplar_declaration_now ();
  if (!exemplar_database_begin (self->db, error) ||
      !write_candidate (self, declaration, now, error))
    return FALSE;

  return _exemplar_publicity_commit (self, NULL, "publicity.add_candidate",
                                     exemplar_unit_get_code (unit), "", error);
}
