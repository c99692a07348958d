/* exemplar-evaluation-policy.c
 *
 * The campaign's aggregation policy, the branches of its first tie-break
 * (the six protections) and the office's veto findings. The policy is read
 * from the file on each call, so every view and the command line agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

#define DEFAULT_MIN_TRIM 5
#define DEFAULT_DISAGREEMENT_PERCENT 40

typedef struct
{
  ExemplarAggregate aggregate;
  guint             min_trim;
  guint             disagreement_percent;
} Policy;

static void
read_policy (ExemplarEvaluation *self,
             Policy             *policy)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  policy->aggregate = EXEMPLAR_AGGREGATE_MEAN;
  policy->min_trim = DEFAULT_MIN_TRIM;
  policy->disagreement_percent = DEFAULT_DISAGREEMENT_PERCENT;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT aggregation, min_trim, disagreement_percent "
                                    "FROM campaign WHERE id = 1",
                                    NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return;

  if (!exemplar_aggregate_from_string ((const char *) sqlite3_column_text (stmt, 0), &policy->aggregate) ||
      policy->aggregate == EXEMPLAR_AGGREGATE_ZSCORE)
    policy->aggregate = EXEMPLAR_AGGREGATE_MEAN;
  if (sqlite3_column_int (stmt, 1) >= 3)
    policy->min_trim = (guint) sqlite3_column_int (stmt, 1);
  if (sqlite3_column_int (stmt, 2) >= 1 && sqlite3_column_int (stmt, 2) <= 100)
    policy->disagreement_percent = (guint) sqlite3_column_int (stmt, 2);
}

ExemplarAggregate
exemplar_evaluation_get_aggregate (ExemplarEvaluation *self)
{
  Policy policy;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), EXEMPLAR_AGGREGATE_MEAN);

  read_policy (self, &policy);
  return policy.aggregate;
}

guint
exemplar_evaluation_get_min_trim (ExemplarEvaluation *self)
{
  Policy policy;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), DEFAULT_MIN_TRIM);

  read_policy (self, &policy);
  return policy.min_trim;
}

guint
exemplar_evaluation_get_disagreement_percent (ExemplarEvaluation *self)
{
  Policy policy;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), DEFAULT_DISAGREEMENT_PERCENT);

  read_policy (self, &policy);
  return policy.disagreement_percent;
}

gboolean
exemplar_evaluation_set_policy (ExemplarEvaluation  *self,
                                ExemplarAggregate    aggregate,
                                guint                min_trim,
                                guint                disagreement_percent,
                                GError             **error)
{
  g_autofree char *detail = NULL;
  sqlite3_stmt *update;
  Policy old;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);

  if (!_exemplar_evaluation_check_office (self, error))
    return FALSE;

  if (aggregate == EXEMPLAR_AGGREGATE_ZSCORE)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Z-score normalisation is not exact and serves only the sensitivity "
                             "check: choose the mean, the trimmed mean or the median."));
      return FALSE;
    }
  if (aggregate > EXEMPLAR_AGGREGATE_ZSCORE)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Choose the mean, the trimmed mean or the median."));
      return FALSE;
    }
  if (min_trim < 3 || min_trim > 100)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %u is the number the user gave. */
                   _("The trimmed mean needs at least 3 score sheets to drop the highest and "
                     "the lowest; %u is not a usable minimum (3 to 100)."),
                   min_trim);
      return FALSE;
    }
  if (disagreement_percent < 1 || disagreement_percent > 100)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %u is the number the user gave. */
                   _("The disagreement threshold is a percentage of the item’s points from 1 to "
                     "100, not %u."),
                   disagreement_percent);
      return FALSE;
    }

  read_policy (self, &old);
  if (old.aggregate == aggregate && old.min_trim == min_trim &&
      old.disagreement_percent == disagreement_percent)
    return TRUE;

  update = _exemplar_evaluation_begin_write (self,
                                             "UPDATE campaign SET aggregation = ?1, min_trim = ?2, "
                                             "  disagreement_percent = ?3 WHERE id = 1",
                                             error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, exemplar_aggregate_to_string (aggregate), -1, SQLITE_STATIC);
  sqlite3_bind_int (update, 2, (int) min_trim);
  sqlite3_bind_int (update, 3, (int) disagreement_percent);

  detail = g_strdup_printf ("%s min_trim=%u disagreement=%u%% (was %s min_trim=%u disagreement=%u%%)",
                            exemplar_aggregate_to_string (aggregate), min_trim, disagreement_percent,
                            exemplar_aggregate_to_string (old.aggregate), old.min_trim,
                            old.disagreement_percent);
  if (!_exemplar_evaluation_commit_write (self, update, "evaluation.policy", "", detail, error))
    return FALSE;

  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}

GPtrArray *
exemplar_evaluation_get_protections (ExemplarEvaluation *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ExemplarRubric *rubric;
  GPtrArray *protections;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);

  protections = g_ptr_array_new_with_free_func (g_object_unref);
  rubric = exemplar_campaign_get_rubric (self->campaign);
  if (rubric == NULL)
    return protections;

  stmt = exemplar_database_prepare (self->db, "SELECT protections FROM campaign WHERE id = 1", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    {
      g_auto(GStrv) codes = g_strsplit ((const char *) sqlite3_column_text (stmt, 0), ",", -1);

      for (guint i = 0; codes[i] != NULL; i++)
        {
          ExemplarIndicator *indicator = exemplar_rubric_find (rubric, g_strstrip (codes[i]));

          /* Only top-level branches: a code the office has since moved or
           * deleted drops out rather than skewing the tie-break. */
          if (indicator != NULL && exemplar_indicator_get_parent (indicator) == NULL &&
              exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_ITEM &&
              !g_ptr_array_find (protections, indicator, NULL))
            g_ptr_array_add (protections, g_object_ref (indicator));
        }
    }

  if (protections->len > 0)
    return protections;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      if (exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_ITEM &&
          !exemplar_indicator_is_leaf (indicator))
        g_ptr_array_add (protections, g_steal_pointer (&indicator));
    }

  return protections;
}

/* Veto findings */

static gboolean
check_declaration (ExemplarEvaluation   *self,
                   ExemplarDeclaration  *declaration,
                   GError              **error)
{
  if (!g_hash_table_contains (self->positions, declaration) ||
      exemplar_declaration_get_id (declaration) <= 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That application is not part of the campaign."));
      return FALSE;
    }
  return TRUE;
}

gboolean
exemplar_evaluation_record_veto (ExemplarEvaluation   *self,
                                 ExemplarDeclaration  *declaration,
                                 ExemplarIndicator    *indicator,
                                 const char           *reason,
                                 GError              **error)
{
  g_autofree char *clean_reason = _exemplar_evaluation_strip (reason);
  g_autofree char *detail = NULL;
  ExemplarUnit *unit;
  ExemplarRubric *rubric;
  sqlite3_stmt *insert;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);
  g_return_val_if_fail (indicator == NULL || EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_declaration (self, declaration, error))
    return FALSE;

  unit = exemplar_declaration_get_unit (declaration);
  if (clean_reason == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit's name. */
                   _("Say why %s is vetoed: the finding and its source."),
                   exemplar_unit_get_name (unit));
      return FALSE;
    }

  rubric = exemplar_campaign_get_rubric (self->campaign);
  if (indicator != NULL &&
      (rubric == NULL || exemplar_rubric_find (rubric, exemplar_indicator_get_code (indicator)) != indicator ||
       exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is an indicator's code. */
                   _("%s is not a veto item of the rubric: choose one of its veto items, or none."),
                   exemplar_indicator_get_code (indicator));
      return FALSE;
    }

  insert = _exemplar_evaluation_begin_write (self,
                                             "INSERT INTO veto_finding (application_id, indicator_id, reason, "
                                             "  recorded_at) VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                             error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, exemplar_declaration_get_id (declaration));
  if (indicator != NULL)
    sqlite3_bind_int64 (insert, 2, exemplar_indicator_get_id (indicator));
  else
    sqlite3_bind_null (insert, 2);
  sqlite3_bind_text (insert, 3, clean_reason, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("%s%s%s", indicator ? exemplar_indicator_get_code (indicator) : "",
                            indicator ? ": " : "", clean_reason);
  if (!_exemplar_evaluation_commit_write (self, insert, "veto.record", exemplar_unit_get_code (unit),
                                          detail, error))
    return FALSE;

  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}

gboolean
exemplar_evaluation_clear_veto (ExemplarEvaluation   *self,
                                ExemplarDeclaration  *declaration,
                                const char           *reason,
                                GError              **error)
{
  g_autofree char *clean_reason = _exemplar_evaluation_strip (reason);
  g_autofree char *findings = NULL;
  g_autofree char *detail = NULL;
  ExemplarUnit *unit;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);

  if (!_exemplar_evaluation_check_office (self, error) ||
      !check_declaration (self, declaration, error))
    return FALSE;

  unit = exemplar_declaration_get_unit (declaration);
  findings = exemplar_evaluation_dup_veto (self, declaration);
  if (findings == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is a unit's name. */
                   _("%s has no veto finding to clear."), exemplar_unit_get_name (unit));
      return FALSE;
    }

  if (clean_reason == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit's name. */
                   _("Say why the veto of %s is cleared; the reason is kept in the audit log."),
                   exemplar_unit_get_name (unit));
      return FALSE;
    }

  detail = g_strdup_printf ("%s (cleared: %s)", clean_reason, findings);
  if (!_exemplar_evaluation_delete (self, "DELETE FROM veto_finding WHERE application_id = ?",
                                    exemplar_declaration_get_id (declaration),
                                    "veto.clear", exemplar_unit_get_code (unit), detail, error))
    return FALSE;

  _exemplar_evaluation_emit_changed (self);
  return TRUE;
}

char *
exemplar_evaluation_dup_veto (ExemplarEvaluation  *self,
                              ExemplarDeclaration *declaration)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) reasons = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);

  if (exemplar_declaration_get_id (declaration) <= 0)
    return NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT reason FROM veto_finding WHERE application_id = ? ORDER BY id",
                                    NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (reasons == NULL)
        reasons = g_string_new (NULL);
      else
        g_string_append (reasons, "；");
      g_string_append (reasons, (const char *) sqlite3_column_text (stmt, 0));
    }

  return reasons ? g_string_free (g_steal_pointer (&reasons), FALSE) : NULL;
}
