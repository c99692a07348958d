/* exemplar-declaration-workflow.c
 *
 * Where an application goes: submitted by the applicant once complete,
 * returned for correction or withdrawn by the office with a reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign-private.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evidence.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

#define SEAL_PURPOSE "seal"

static void
collect_unscored (gpointer data,
                  gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  gpointer *closure = user_data;
  ExemplarDeclaration *self = closure[0];
  GPtrArray *missing = closure[1];
  const char *code = exemplar_indicator_get_code (indicator);
  const char *name = exemplar_indicator_get_name (indicator);
  gint64 points;

  if (!exemplar_indicator_is_leaf (indicator) ||
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO)
    return;

  if (!exemplar_declaration_get_self_score (self, indicator, &points, NULL))
    g_ptr_array_add (missing, g_strdup_printf (_("Item %s %s has no self-score."), code, name));
  else if (points > exemplar_indicator_get_points (indicator))
    {
      /* The office lowered the item's points after it was self-scored. */
      g_autofree char *given = exemplar_points_format (points);
      g_autofree char *max = exemplar_points_format (exemplar_indicator_get_points (indicator));

      g_ptr_array_add (missing,
                       g_strdup_printf (_("Item %s %s: the self-score of %s is above its %s points."),
                                        code, name, given, max));
    }
}

static gboolean
has_seal_scan (ExemplarDeclaration *self)
{
  GListModel *evidence = exemplar_declaration_get_evidence (self);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ExemplarEvidence) item = g_list_model_get_item (evidence, i);

      if (g_strcmp0 (exemplar_evidence_get_purpose (item), SEAL_PURPOSE) == 0)
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
exemplar_declaration_get_missing (ExemplarDeclaration *self)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  const ExemplarFormField *fields;
  gpointer closure[2];
  guint n_fields;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);

  fields = exemplar_form_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *title = exemplar_form_field_get_title (&fields[i]);

      if (!fields[i].required || exemplar_declaration_get_field (self, fields[i].key) != NULL)
        continue;

      if (fields[i].type == EXEMPLAR_FIELD_BOOLEAN)
        g_ptr_array_add (missing, g_strdup_printf (_("“%s” is not confirmed."), title));
      else
        g_ptr_array_add (missing, g_strdup_printf (_("“%s” is not filled in."), title));
    }

  if (self->campaign != NULL)
    {
      closure[0] = self;
      closure[1] = missing;
      exemplar_rubric_foreach (_exemplar_declaration_get_rubric (self), collect_unscored, closure);
    }

  if (!has_seal_scan (self))
    g_ptr_array_add (missing,
                     g_strdup (_("The scan of the sealed page with the Party working "
                                 "committee’s opinion is not attached.")));

  return g_steal_pointer (&missing);
}

/* Stores a new state with its audit row in one transaction; memory follows
 * only after the commit. */
static gboolean
store_state (ExemplarDeclaration  *self,
             ExemplarState         state,
             const char           *reason,
             const char           *submitted_at,
             const char           *action,
             const char           *detail,
             GError              **error)
{
  ExemplarDatabase *db = _exemplar_declaration_get_database (self);
  g_autofree char *now = _exemplar_declaration_now ();
  sqlite3_stmt *update;

  if (!exemplar_database_begin (db, error))
    return FALSE;

  update = exemplar_database_prepare (db,
                                      "UPDATE application SET state = ?1, state_reason = ?2, "
                                      "  submitted_at = ?3, updated_at = ?4 WHERE id = ?5",
                                      error);
  if (update == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (update, 1, exemplar_state_to_string (state), -1, SQLITE_STATIC);
  if (reason != NULL)
    sqlite3_bind_text (update, 2, reason, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 2);
  if (submitted_at != NULL)
    sqlite3_bind_text (update, 3, submitted_at, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 3);
  sqlite3_bind_text (update, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 5, self->id);

  if (!exemplar_database_step_done (db, update, error) ||
      !exemplar_database_audit (db, action, exemplar_unit_get_code (self->unit), detail, error) ||
      !exemplar_database_commit (db, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  _exemplar_declaration_update_state (self, state, reason, submitted_at);
  _exemplar_declaration_emit_changed (self);
  return TRUE;
}

gboolean
exemplar_declaration_submit (ExemplarDeclaration  *self,
                             GPtrArray           **missing,
                             GError              **error)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *now = NULL;
  g_autofree char *total = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (missing == NULL || *missing == NULL, FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  if (!_exemplar_declaration_check_editable (self, error))
    return FALSE;

  /* A not_applied application has nothing filled in, so it always has
   * gaps: only a draft can get past this. */
  gaps = exemplar_declaration_get_missing (self);
  if (gaps->len > 0)
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The application cannot be submitted yet: %u thing is missing.",
                                                               "The application cannot be submitted yet: %u things are missing.",
                                                               gaps->len),
                                                  gaps->len);

      _exemplar_util_set_missing_error (error, summary, &gaps, missing);
      return FALSE;
    }

  now = _exemplar_declaration_now ();
  total = exemplar_points_format (exemplar_declaration_get_self_total (self, NULL));
  detail = g_strdup_printf ("self-assessed total %s", total);

  return store_state (self, EXEMPLAR_STATE_SUBMITTED, NULL, now,
                      "application.submit", detail, error);
}

static char *
dup_reason (const char *reason)
{
  char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (stripped[0] == '\0' || !g_utf8_validate (stripped, -1, NULL))
    g_clear_pointer (&stripped, g_free);

  return stripped;
}

gboolean
exemplar_declaration_return_for_correction (ExemplarDeclaration  *self,
                                            const char           *reason,
                                            GError              **error)
{
  g_autofree char *stored = NULL;
  ExemplarPhase phase;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  stored = dup_reason (reason);
  if (stored == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Say why the application is returned; the reason is recorded."));
      return FALSE;
    }

  if (!_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  if (self->state != EXEMPLAR_STATE_SUBMITTED)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Only a submitted application can be returned for correction; "
                     "this one is “%s”."),
                   exemplar_state_get_title (self->state));
      return FALSE;
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase != EXEMPLAR_PHASE_DECLARATION && phase != EXEMPLAR_PHASE_EVALUATION)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                   _("Applications can be returned only during the declaration and "
                     "evaluation phases; the campaign is in its “%s” phase."),
                   exemplar_phase_get_title (phase));
      return FALSE;
    }

  return store_state (self, EXEMPLAR_STATE_DRAFT, stored, NULL,
                      "application.return", stored, error);
}

gboolean
exemplar_declaration_withdraw (ExemplarDeclaration  *self,
                               const char           *reason,
                               GError              **error)
{
  g_autofree char *stored = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (self->campaign != NULL, FALSE);

  stored = dup_reason (reason);
  if (stored == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Say why the application is withdrawn; the reason is recorded."));
      return FALSE;
    }

  if (!_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  switch (self->state)
    {
    case EXEMPLAR_STATE_NAMED:
    case EXEMPLAR_STATE_WITHDRAWN:
    case EXEMPLAR_STATE_NOT_RECOMMENDED:
    case EXEMPLAR_STATE_OBJECTION_UPHELD:
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The application is “%s”: only an application that is not yet named, "
                     "withdrawn or turned down can be withdrawn."),
                   exemplar_state_get_title (self->state));
      return FALSE;

    default:
      break;
    }

  return store_state (self, EXEMPLAR_STATE_WITHDRAWN, stored, self->submitted_at,
                      "application.withdraw", stored, error);
}
