/* exemplar-declaration.c
 *
 * The application object, its edit rules, the form's fields and the
 * evidence list. Self-assessment lives in exemplar-declaration-assessment.c,
 * submission and the office's decisions in exemplar-declaration-workflow.c,
 * evidence import in exemplar-declaration-import.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign-private.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-evidence-private.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

G_DEFINE_FINAL_TYPE (ExemplarDeclaration, exemplar_declaration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_STATE,
  PROP_STATE_REASON,
  PROP_SELF_TOTAL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
unit_code (ExemplarDeclaration *self)
{
  return exemplar_unit_get_code (self->unit);
}

/* Returns the application's evidence as stored, ordered by id, which is
 * the order attached. */
static GPtrArray *
read_evidence (ExemplarDeclaration  *self,
               GError              **error)
{
  ExemplarDatabase *db = _exemplar_declaration_get_database (self);
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = exemplar_database_prepare (db,
                                    "SELECT " EXEMPLAR_EVIDENCE_COLUMNS " "
                                    "FROM evidence e JOIN blob b ON b.sha256 = e.sha256 "
                                    "LEFT JOIN indicator i ON i.id = e.indicator_id "
                                    "WHERE e.application_id = ? ORDER BY e.id",
                                    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, self->id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (evidence, _exemplar_evidence_new_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return NULL;
    }

  return g_steal_pointer (&evidence);
}

/* An indicator's code can change or the indicator can go; the evidence
 * objects carry the code they were read with, so re-read them when that
 * happened. */
static void
refresh_evidence (ExemplarDeclaration *self)
{
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *current = G_LIST_MODEL (self->evidence);
  guint n_current = g_list_model_get_n_items (current);
  gboolean same = TRUE;

  stored = read_evidence (self, &error);
  if (stored == NULL)
    {
      g_warning ("Cannot re-read the evidence of %s: %s", unit_code (self), error->message);
      return;
    }

  same = stored->len == n_current;
  for (guint i = 0; same && i < n_current; i++)
    {
      g_autoptr(ExemplarEvidence) old = g_list_model_get_item (current, i);
      ExemplarEvidence *fresh = g_ptr_array_index (stored, i);

      same = exemplar_evidence_get_id (old) == exemplar_evidence_get_id (fresh) &&
             g_strcmp0 (exemplar_evidence_get_indicator_code (old),
                        exemplar_evidence_get_indicator_code (fresh)) == 0;
    }

  if (!same)
    g_list_store_splice (self->evidence, 0, n_current, stored->pdata, stored->len);
}

static void
on_rubric_changed_cb (ExemplarDeclaration *self,
                      ExemplarRubric      *rubric)
{
  g_autoptr(GError) error = NULL;

  /* Deleting an indicator deletes its self-scores with it (ON DELETE
   * CASCADE), and new points change what a total means. */
  if (!_exemplar_declaration_load_self_scores (self, &error))
    g_warning ("Cannot re-read the self-assessment of %s: %s", unit_code (self), error->message);

  refresh_evidence (self);
  _exemplar_declaration_update_self_total (self);
  _exemplar_declaration_emit_changed (self);
}

static void
exemplar_declaration_dispose (GObject *object)
{
  ExemplarDeclaration *self = (ExemplarDeclaration *)object;

  g_clear_object (&self->unit);
  g_clear_object (&self->evidence);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->self_scores, g_hash_table_unref);

  G_OBJECT_CLASS (exemplar_declaration_parent_class)->dispose (object);
}

static void
exemplar_declaration_finalize (GObject *object)
{
  ExemplarDeclaration *self = (ExemplarDeclaration *)object;

  g_free (self->state_reason);
  g_free (self->submitted_at);
  g_free (self->editable_reason);

  G_OBJECT_CLASS (exemplar_declaration_parent_class)->finalize (object);
}

static void
exemplar_declaration_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarDeclaration *self = EXEMPLAR_DECLARATION (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;

    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_STATE_REASON:
      g_value_set_string (value, self->state_reason);
      break;

    case PROP_SELF_TOTAL:
      g_value_set_int64 (value, self->self_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_declaration_class_init (ExemplarDeclarationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_declaration_dispose;
  object_class->finalize = exemplar_declaration_finalize;
  object_class->get_property = exemplar_declaration_get_property;

  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL,
                         EXEMPLAR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      0, EXEMPLAR_N_STATES - 1, EXEMPLAR_STATE_NOT_APPLIED,
                      flags);
  properties[PROP_STATE_REASON] =
    g_param_spec_string ("state-reason", NULL, NULL, NULL, flags);
  properties[PROP_SELF_TOTAL] =
    g_param_spec_int64 ("self-total", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarDeclaration::changed:
   *
   * Emitted after a change to the application was stored, or after the
   * rubric it is assessed against changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
exemplar_declaration_init (ExemplarDeclaration *self)
{
  self->evidence = g_list_store_new (EXEMPLAR_TYPE_EVIDENCE);
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->self_scores = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             _exemplar_self_score_free);
}

ExemplarDeclaration *
exemplar_declaration_new (gint64         id,
                          ExemplarUnit  *unit,
                          ExemplarState  state)
{
  ExemplarDeclaration *self;

  g_return_val_if_fail (EXEMPLAR_IS_UNIT (unit), NULL);

  self = g_object_new (EXEMPLAR_TYPE_DECLARATION, NULL);
  self->id = id;
  self->unit = g_object_ref (unit);
  self->state = state;

  return self;
}

gint64
exemplar_declaration_get_id (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  return self->id;
}

ExemplarUnit *
exemplar_declaration_get_unit (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return self->unit;
}

ExemplarState
exemplar_declaration_get_state (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  return self->state;
}

/* Updates the in-memory state after the model has stored it. */
void
exemplar_declaration_set_state (ExemplarDeclaration *self,
                                ExemplarState        state)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATION (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
exemplar_declaration_get_state_reason (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return self->state_reason;
}

const char *
exemplar_declaration_get_submitted_at (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return self->submitted_at;
}

ExemplarCampaign *
exemplar_declaration_get_campaign (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return self->campaign;
}

void
_exemplar_declaration_set_campaign (ExemplarDeclaration *self,
                                    ExemplarCampaign    *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATION (self));
  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));
  g_return_if_fail (self->campaign == NULL);

  self->campaign = campaign;
  _exemplar_declaration_update_self_total (self);

  g_signal_connect_object (exemplar_campaign_get_rubric (campaign), "changed",
                           G_CALLBACK (on_rubric_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

ExemplarDatabase *
_exemplar_declaration_get_database (ExemplarDeclaration *self)
{
  g_assert (self->campaign != NULL);
  return exemplar_campaign_get_database (self->campaign);
}

ExemplarRubric *
_exemplar_declaration_get_rubric (ExemplarDeclaration *self)
{
  g_assert (self->campaign != NULL);
  return exemplar_campaign_get_rubric (self->campaign);
}

char *
_exemplar_declaration_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

void
_exemplar_declaration_emit_changed (ExemplarDeclaration *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_exemplar_declaration_update_state (ExemplarDeclaration *self,
                                    ExemplarState        state,
                                    const char          *reason,
                                    const char          *submitted_at)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->state_reason, reason) != 0)
    {
      g_free (self->state_reason);
      self->state_reason = g_strdup (reason);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE_REASON]);
    }

  /* @submitted_at may be our own copy. */
  if (self->submitted_at != submitted_at)
    {
      g_free (self->submitted_at);
      self->submitted_at = g_strdup (submitted_at);
    }

  exemplar_declaration_set_state (self, state);

  g_object_thaw_notify (G_OBJECT (self));
}

void
_exemplar_declaration_update_self_total (ExemplarDeclaration *self)
{
  gint64 total = exemplar_declaration_get_self_total (self, NULL);

  if (total == self->self_total)
    return;

  self->self_total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_TOTAL]);
}

/* Returns NULL when the applicant may edit; otherwise why not, and the
 * error code that goes with it. */
static char *
dup_locked_reason (ExemplarDeclaration *self,
                   ExemplarError       *code)
{
  g_autoptr(GError) office_error = NULL;
  g_autofree char *today = NULL;
  const char *deadline;
  ExemplarPhase phase;

  *code = EXEMPLAR_ERROR_LOCKED_BY_PHASE;

  if (self->campaign == NULL)
    return g_strdup (_("The application is not part of an open campaign."));

  if (exemplar_campaign_get_read_only (self->campaign))
    {
      *code = EXEMPLAR_ERROR_READ_ONLY;
      return g_strdup (exemplar_campaign_get_read_only_reason (self->campaign));
    }

  if (!_exemplar_campaign_check_office (self->campaign, &office_error))
    {
      /* Said to the reviewer reading it, rather than the office's rule. */
      *code = office_error->code;
      return g_strdup (_("This application came in your review package: it is shown as the "
                         "office holds it and cannot be changed here."));
    }

  if (self->id == 0)
    {
      *code = EXEMPLAR_ERROR_CORRUPT;
      return g_strdup_printf (_("The campaign file holds no application record for %s."),
                              exemplar_unit_get_name (self->unit));
    }

  switch (self->state)
    {
    case EXEMPLAR_STATE_NOT_APPLIED:
    case EXEMPLAR_STATE_DRAFT:
      break;

    case EXEMPLAR_STATE_SUBMITTED:
      {
        g_autoptr(GDateTime) utc = NULL;
        g_autoptr(GDateTime) local = NULL;
        g_autofree char *date = NULL;

        /* Stored in UTC; people think of the day where they are. */
        if (self->submitted_at != NULL &&
            (utc = g_date_time_new_from_iso8601 (self->submitted_at, NULL)) != NULL)
          {
            local = g_date_time_to_local (utc);
            date = g_date_time_format (local, "%Y-%m-%d");
            return g_strdup_printf (_("The application was submitted on %s; only the office "
                                      "can return it for correction."), date);
          }
        return g_strdup (_("The application was submitted; only the office can return it "
                           "for correction."));
      }

    case EXEMPLAR_STATE_WITHDRAWN:
      return g_strdup (_("The application was withdrawn."));

    default:
      return g_strdup_printf (_("The application is past its declaration (it is now “%s”)."),
                              exemplar_state_get_title (self->state));
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase != EXEMPLAR_PHASE_DECLARATION)
    return g_strdup_printf (_("The declaration phase is over: the campaign is in its “%s” phase."),
                            exemplar_phase_get_title (phase));

  /* Dates are YYYY-MM-DD, so comparing the text compares the days. */
  deadline = exemplar_campaign_get_deadline (self->campaign, EXEMPLAR_PHASE_DECLARATION);
  today = exemplar_campaign_dup_today (self->campaign);
  if (deadline != NULL && g_strcmp0 (today, deadline) > 0)
    return g_strdup_printf (_("The declaration deadline, %s, has passed."), deadline);

  return NULL;
}

gboolean
exemplar_declaration_get_editable (ExemplarDeclaration  *self,
                                   const char          **reason)
{
  g_autofree char *now = NULL;
  ExemplarError code;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);

  /* The reason is kept so the caller may borrow it until the answer
   * changes. */
  now = dup_locked_reason (self, &code);
  if (g_strcmp0 (now, self->editable_reason) != 0)
    {
      g_free (self->editable_reason);
      self->editable_reason = g_steal_pointer (&now);
    }

  if (reason != NULL)
    *reason = self->editable_reason;

  return self->editable_reason == NULL;
}

gboolean
_exemplar_declaration_check_editable (ExemplarDeclaration  *self,
                                      GError              **error)
{
  g_autofree char *reason = NULL;
  ExemplarError code;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);

  reason = dup_locked_reason (self, &code);
  if (reason == NULL)
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, code, reason);
  return FALSE;
}

gboolean
_exemplar_declaration_begin_edit (ExemplarDeclaration  *self,
                                  GError              **error)
{
  return _exemplar_declaration_check_editable (self, error) &&
         exemplar_database_begin (_exemplar_declaration_get_database (self), error);
}

gboolean
_exemplar_declaration_commit_edit (ExemplarDeclaration  *self,
                                   const char           *action,
                                   const char           *detail,
                                   GError              **error)
{
  ExemplarDatabase *db = _exemplar_declaration_get_database (self);
  g_autofree char *now = _exemplar_declaration_now ();
  sqlite3_stmt *touch;

  touch = exemplar_database_prepare (db,
                                     "UPDATE application SET updated_at = ?, "
                                     "  state = CASE state WHEN 'not_applied' THEN 'draft' ELSE state END "
                                     "WHERE id = ?",
                                     error);
  if (touch != NULL)
    {
      sqlite3_bind_text (touch, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (touch, 2, self->id);
    }

  if (touch == NULL ||
      !exemplar_database_step_done (db, touch, error) ||
      !exemplar_database_audit (db, action, unit_code (self), detail, error) ||
      !exemplar_database_commit (db, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  return TRUE;
}

void
_exemplar_declaration_edited (ExemplarDeclaration *self)
{
  if (self->state == EXEMPLAR_STATE_NOT_APPLIED)
    exemplar_declaration_set_state (self, EXEMPLAR_STATE_DRAFT);

  _exemplar_declaration_emit_changed (self);
}

const char *
exemplar_declaration_get_field (ExemplarDeclaration *self,
                                const char          *key)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->fields, key);
}

gboolean
exemplar_declaration_set_field (ExemplarDeclaration  *self,
                                const char           *key,
                                const char           *value,
                                GError              **error)
{
  const ExemplarFormField *field;
  g_autofree char *stored = NULL;
  g_autofree char *detail = NULL;
  ExemplarDatabase *db;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  field = exemplar_form_find_field (key);
  if (field == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The application form has no field “%s”."), key);
      return FALSE;
    }

  if (!_exemplar_declaration_check_editable (self, error) ||
      !exemplar_form_field_validate (field, value, error))
    return FALSE;

  stored = exemplar_form_field_normalize (field, value);
  if (g_strcmp0 (stored, exemplar_declaration_get_field (self, key)) == 0)
    return TRUE;

  db = _exemplar_declaration_get_database (self);
  if (!_exemplar_declaration_begin_edit (self, error))
    return FALSE;

  if (stored == NULL)
    stmt = exemplar_database_prepare (db,
                                      "DELETE FROM application_field "
                                      "WHERE application_id = ?1 AND key = ?2",
                                      error);
  else
    stmt = exemplar_database_prepare (db,
                                      "INSERT INTO application_field (application_id, key, value) "
                                      "VALUES (?1, ?2, ?3) "
                                      "ON CONFLICT (application_id, key) DO UPDATE SET value = excluded.value",
                                      error);
  if (stmt == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, self->id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  if (stored != NULL)
    sqlite3_bind_text (stmt, 3, stored, -1, SQLITE_TRANSIENT);

  /* A narrative would swamp the audit log; its length says enough. */
  if (stored == NULL)
    detail = g_strdup_printf ("%s cleared", key);
  else if (field->type == EXEMPLAR_FIELD_NARRATIVE)
    detail = g_strdup_printf ("%s: %ld characters", key, g_utf8_strlen (stored, -1));
  else
    detail = g_strdup_printf ("%s: %s", key, stored);

  if (!exemplar_database_step_done (db, stmt, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  if (!_exemplar_declaration_commit_edit (self, "application.field", detail, error))
    return FALSE;

  if (stored != NULL)
    g_hash_table_insert (self->fields, g_strdup (key), g_steal_pointer (&stored));
  else
    g_hash_table_remove (self->fields, key);

  _exemplar_declaration_edited (self);
  return TRUE;
}

GListModel *
exemplar_declaration_get_evidence (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return G_LIST_MODEL (self->evidence);
}

guint
exemplar_declaration_count_evidence (ExemplarDeclaration *self,
                                     ExemplarIndicator   *leaf)
{
  GListModel *evidence;
  const char *code;
  guint count = 0;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  g_return_val_if_fail (leaf == NULL || EXEMPLAR_IS_INDICATOR (leaf), 0);

  evidence = G_LIST_MODEL (self->evidence);
  code = leaf != NULL ? exemplar_indicator_get_code (leaf) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(ExemplarEvidence) item = g_list_model_get_item (evidence, i);

      if (g_strcmp0 (exemplar_evidence_get_indicator_code (item), code) == 0)
        count++;
    }

  return count;
}

static void
collect_missing_evidence (gpointer data,
                          gpointer user_data)
{
  ExemplarIndicator *indicator = data;
  gpointer *closure = user_data;
  ExemplarDeclaration *self = closure[0];
  GPtrArray *missing = closure[1];
  const char *required = exemplar_indicator_get_evidence (indicator);

  if (exemplar_indicator_is_leaf (indicator) &&
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_ITEM &&
      required != NULL && required[0] != '\0' &&
      exemplar_declaration_count_evidence (self, indicator) == 0)
    g_ptr_array_add (missing, indicator);
}

GPtrArray *
exemplar_declaration_get_missing_evidence (ExemplarDeclaration *self)
{
  GPtrArray *missing;
  gpointer closure[2];

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);

  missing = g_ptr_array_new ();
  if (self->campaign == NULL)
    return missing;

  closure[0] = self;
  closure[1] = missing;
  exemplar_rubric_foreach (_exemplar_declaration_get_rubric (self), collect_missing_evidence, closure);

  return missing;
}

void
_exemplar_declaration_add_evidence (ExemplarDeclaration *self,
                                    ExemplarEvidence    *evidence)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ExemplarState state;

  g_return_if_fail (EXEMPLAR_IS_DECLARATION (self));
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE (evidence));
  g_return_if_fail (exemplar_evidence_get_application_id (evidence) == self->id);

  g_list_store_append (self->evidence, evidence);

  /* The import wrote on a connection of its own; follow what it stored. */
  stmt = exemplar_database_prepare (_exemplar_declaration_get_database (self),
                                    "SELECT state FROM application WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->id);
      if (sqlite3_step (stmt) == SQLITE_ROW &&
          exemplar_state_from_string ((const char *) sqlite3_column_text (stmt, 0), &state))
        exemplar_declaration_set_state (self, state);
    }

  _exemplar_declaration_emit_changed (self);
}

static gboolean
run_with_text (ExemplarDatabase  *db,
               const char        *sql,
               const char        *text,
               GError           **error)
{
  sqlite3_stmt *stmt = exemplar_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  return exemplar_database_step_done (db, stmt, error);
}

gboolean
exemplar_declaration_remove_evidence (ExemplarDeclaration  *self,
                                      ExemplarEvidence     *evidence,
                                      GError              **error)
{
  g_autoptr(ExemplarEvidence) keep = NULL;
  g_autoptr(sqlite3_stmt) used = NULL;
  g_autofree char *detail = NULL;
  ExemplarDatabase *db;
  sqlite3_stmt *delete;
  const char *sha256;
  gboolean in_use;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (evidence), FALSE);

  if (!g_list_store_find (self->evidence, evidence, &position))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   _("“%s” is not attached to the application of %s."),
                   exemplar_evidence_get_title (evidence), exemplar_unit_get_name (self->unit));
      return FALSE;
    }

  if (!_exemplar_declaration_begin_edit (self, error))
    return FALSE;

  keep = g_object_ref (evidence);
  db = _exemplar_declaration_get_database (self);
  sha256 = exemplar_evidence_get_sha256 (evidence);

  delete = exemplar_database_prepare (db, "DELETE FROM evidence WHERE id = ? AND application_id = ?", error);
  if (delete == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (delete, 1, exemplar_evidence_get_id (evidence));
  sqlite3_bind_int64 (delete, 2, self->id);
  if (!exemplar_database_step_done (db, delete, error))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  /* The same bytes may prove something for another unit, or back an
   * objection; they stay as long as anything points at them. */
  used = exemplar_database_prepare (db,
                                    "SELECT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?1) "
                                    "    OR EXISTS (SELECT 1 FROM objection_attachment WHERE sha256 = ?1)",
                                    error);
  if (used == NULL)
    {
      exemplar_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (used, 1, sha256, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (used) != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      exemplar_database_rollback (db);
      return FALSE;
    }

  in_use = sqlite3_column_int (used, 0) != 0;
  sqlite3_reset (used);

  if (!in_use &&
      (!run_with_text (db, "DELETE FROM evidence_text WHERE sha256 = ?", sha256, error) ||
       !run_with_text (db, "DELETE FROM blob WHERE sha256 = ?", sha256, error)))
    {
      exemplar_database_rollback (db);
      return FALSE;
    }

  detail = g_strdup_printf ("%s (%s) %s",
                            exemplar_evidence_get_title (evidence),
                            exemplar_evidence_get_original_name (evidence),
                            sha256);
  if (!_exemplar_declaration_commit_edit (self, "application.evidence_remove", detail, error))
    return FALSE;

  g_list_store_remove (self->evidence, position);
  _exemplar_declaration_edited (self);

  return TRUE;
}
