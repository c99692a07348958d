/* exemplar-campaign.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-campaign-private.h"
#include "exemplar-database.h"
#include "exemplar-declaration-private.h"
#include "exemplar-error.h"
#include "exemplar-milestone.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-publicity-private.h"
#include "exemplar-reviewer.h"
#include "exemplar-rubric-private.h"
#include "exemplar-template.h"
#include "exemplar-unit.h"

struct _ExemplarCampaign
{
  GObject            parent_instance;

  /* Owned references */
  ExemplarDatabase  *db;
  GListStore        *milestones;
  GListStore        *units;
  GListStore        *member_units;
  GListStore        *declarations;
  ExemplarRubric    *rubric;
  ExemplarEvaluation *evaluation;
  ExemplarPublicity  *publicity;

  char              *title;
  char              *notice_title;
  char              *document_number;
  char              *issuer;
  char              *issued_on;
  char              *template_id;
  char              *today;
  guint              quota;
  ExemplarPhase      phase;
};

G_DEFINE_FINAL_TYPE (ExemplarCampaign, exemplar_campaign, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_PHASE,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
load_campaign (ExemplarCampaign  *self,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT title, notice_title, document_number, issuer, issued_on, "
                                    "       template_id, quota, phase FROM campaign WHERE id = 1",
                                    error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                           _("The file holds no campaign."));
      return FALSE;
    }

  self->title = column_dup (stmt, 0);
  self->notice_title = column_dup (stmt, 1);
  self->document_number = column_dup (stmt, 2);
  self->issuer = column_dup (stmt, 3);
  self->issued_on = column_dup (stmt, 4);
  self->template_id = column_dup (stmt, 5);
  self->quota = (guint) sqlite3_column_int (stmt, 6);
  if (!exemplar_phase_from_string ((const char *) sqlite3_column_text (stmt, 7), &self->phase))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                           _("The campaign’s phase is not one Exemplar knows."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_milestones (ExemplarCampaign  *self,
                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT phase, name, deadline FROM milestone ORDER BY position",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(ExemplarMilestone) milestone = NULL;
      ExemplarPhase phase;

      if (!exemplar_phase_from_string ((const char *) sqlite3_column_text (stmt, 0), &phase))
        continue;

      milestone = exemplar_milestone_new (phase,
                                          (const char *) sqlite3_column_text (stmt, 1),
                                          (const char *) sqlite3_column_text (stmt, 2));
      g_list_store_append (self->milestones, milestone);
    }

  return TRUE;
}

static gboolean
load_units (ExemplarCampaign  *self,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) units = NULL;
  g_autoptr(sqlite3_stmt) members = NULL;

  units = exemplar_database_prepare (self->db,
                                     "SELECT u.id, u.code, u.name, u.name_en, u.kind, a.id, a.state "
                                     "FROM unit u LEFT JOIN application a ON a.unit_id = u.id "
                                     "ORDER BY u.position",
                                     error);
  if (units == NULL)
    return FALSE;

  while (sqlite3_step (units) == SQLITE_ROW)
    {
      g_autoptr(ExemplarUnit) unit = NULL;
      g_autoptr(ExemplarDeclaration) declaration = NULL;
      ExemplarUnitKind kind = EXEMPLAR_UNIT_SUBDISTRICT;
      ExemplarState state = EXEMPLAR_STATE_NOT_APPLIED;

      exemplar_unit_kind_from_string ((const char *) sqlite3_column_text (units, 4), &kind);
      unit = exemplar_unit_new (sqlite3_column_int64 (units, 0), kind,
                                (const char *) sqlite3_column_text (units, 1),
                                (const char *) sqlite3_column_text (units, 2),
                                (const char *) sqlite3_column_text (units, 3));
      g_list_store_append (self->units, unit);

      exemplar_state_from_string ((const char *) sqlite3_column_text (units, 6), &state);
      declaration = exemplar_declaration_new (sqlite3_column_int64 (units, 5), unit, state);
      g_list_store_append (self->declarations, declaration);
    }

  members = exemplar_database_prepare (self->db,
                                       "SELECT id, code, name, name_en FROM member_unit ORDER BY position",
                                       error);
  if (members == NULL)
    return FALSE;

  while (sqlite3_step (members) == SQLITE_ROW)
    {
      g_autoptr(ExemplarUnit) unit =
        exemplar_unit_new (sqlite3_column_int64 (members, 0), EXEMPLAR_UNIT_MEMBER,
                           (const char *) sqlite3_column_text (members, 1),
                           (const char *) sqlite3_column_text (members, 2),
                           (const char *) sqlite3_column_text (members, 3));
      g_list_store_append (self->member_units, unit);
    }

  return TRUE;
}

static ExemplarCampaign *
campaign_new_for_database (ExemplarDatabase  *db,
                           GError           **error)
{
  g_autoptr(ExemplarCampaign) self = g_object_new (EXEMPLAR_TYPE_CAMPAIGN, NULL);

  self->db = g_object_ref (db);

  if (!load_campaign (self, error) ||
      !load_milestones (self, error) ||
      !load_units (self, error))
    return NULL;

  self->rubric = _exemplar_rubric_new (db, self, error);
  if (self->rubric == NULL)
    return NULL;

  if (!_exemplar_declarations_attach (G_LIST_MODEL (self->declarations), self, error))
    return NULL;

  self->evaluation = _exemplar_evaluation_new (db, self, error);
  if (self->evaluation == NULL)
    return NULL;

  self->publicity = _exemplar_publicity_new (db, self, error);
  if (self->publicity == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

static void
exemplar_campaign_dispose (GObject *object)
{
  ExemplarCampaign *self = (ExemplarCampaign *)object;

  g_clear_object (&self->publicity);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->rubric);
  g_clear_object (&self->milestones);
  g_clear_object (&self->units);
  g_clear_object (&self->member_units);
  g_clear_object (&self->declarations);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (exemplar_campaign_parent_class)->dispose (object);
}

static void
exemplar_campaign_finalize (GObject *object)
{
  ExemplarCampaign *self = (ExemplarCampaign *)object;

  g_free (self->title);
  g_free (self->notice_title);
  g_free (self->document_number);
  g_free (self->issuer);
  g_free (self->issued_on);
  g_free (self->template_id);
  g_free (self->today);

  G_OBJECT_CLASS (exemplar_campaign_parent_class)->finalize (object);
}

static void
exemplar_campaign_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ExemplarCampaign *self = EXEMPLAR_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, exemplar_campaign_get_path (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PHASE:
      g_value_set_int (value, self->phase);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, exemplar_campaign_get_read_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_campaign_class_init (ExemplarCampaignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_campaign_dispose;
  object_class->finalize = exemplar_campaign_finalize;
  object_class->get_property = exemplar_campaign_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_PHASE] = g_param_spec_int ("phase", NULL, NULL, 0, EXEMPLAR_N_PHASES - 1, 0, flags);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_campaign_init (ExemplarCampaign *self)
{
  self->milestones = g_list_store_new (EXEMPLAR_TYPE_MILESTONE);
  self->units = g_list_store_new (EXEMPLAR_TYPE_UNIT);
  self->member_units = g_list_store_new (EXEMPLAR_TYPE_UNIT);
  self->declarations = g_list_store_new (EXEMPLAR_TYPE_DECLARATION);
}

ExemplarCampaign *
exemplar_campaign_new_from_template (const char  *path,
                                     const char  *template_id,
                                     GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(ExemplarDatabase) db = NULL;
  ExemplarCampaign *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (template_id != NULL, NULL);

  root = exemplar_template_load (template_id, error);
  if (root == NULL)
    return NULL;

  db = exemplar_database_open (path, EXEMPLAR_DATABASE_CREATE, error);
  if (db == NULL)
    return NULL;

  if (!exemplar_template_apply (root, db, error) ||
      (self = campaign_new_for_database (db, error)) == NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      /* Nothing half-made stays behind. */
      g_clear_object (&db);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      return NULL;
    }

  return self;
}

ExemplarCampaign *
exemplar_campaign_open (const char  *path,
                        GError     **error)
{
  g_autoptr(ExemplarDatabase) db = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  db = exemplar_database_open (path, EXEMPLAR_DATABASE_OPEN, error);
  if (db == NULL)
    return NULL;

  return campaign_new_for_database (db, error);
}

const char *
exemplar_campaign_get_path (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return exemplar_database_get_path (self->db);
}

gboolean
exemplar_campaign_get_read_only (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), TRUE);
  return exemplar_database_get_read_only (self->db);
}

const char *
exemplar_campaign_get_read_only_reason (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return exemplar_database_get_read_only_reason (self->db);
}

int
exemplar_campaign_get_schema_version (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), 0);
  return exemplar_database_get_schema_version (self->db);
}

const char *
exemplar_campaign_get_title (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->title;
}

const char *
exemplar_campaign_get_notice_title (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->notice_title;
}

const char *
exemplar_campaign_get_document_number (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->document_number;
}

const char *
exemplar_campaign_get_issuer (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->issuer;
}

const char *
exemplar_campaign_get_issued_on (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->issued_on;
}

const char *
exemplar_campaign_get_template_id (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->template_id;
}

guint
exemplar_campaign_get_quota (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), 0);
  return self->quota;
}

ExemplarPhase
exemplar_campaign_get_phase (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), 0);
  return self->phase;
}

GListModel *
exemplar_campaign_get_milestones (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->milestones);
}

GListModel *
exemplar_campaign_get_units (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->units);
}

GListModel *
exemplar_campaign_get_member_units (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->member_units);
}

GListModel *
exemplar_campaign_get_declarations (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->declarations);
}

ExemplarEvaluation *
exemplar_campaign_get_evaluation (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  return self->evaluation;
}

ExemplarPublicity *
exemplar_campaign_get_publicity (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  return self->publicity;
}

ExemplarRubric *
exemplar_campaign_get_rubric (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->rubric;
}

ExemplarUnit *
exemplar_campaign_find_unit (ExemplarCampaign *self,
                             const char       *code)
{
  GListModel *units;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  units = G_LIST_MODEL (self->units);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (exemplar_unit_get_code (unit), code))
        return unit;
    }

  return NULL;
}

guint
exemplar_campaign_count_state (ExemplarCampaign *self,
                               ExemplarState     state)
{
  GListModel *declarations;
  guint count = 0;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), 0);

  declarations = G_LIST_MODEL (self->declarations);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (exemplar_declaration_get_state (declaration) == state)
        count++;
    }

  return count;
}

char *
exemplar_campaign_dup_today (ExemplarCampaign *self)
{
  g_autoptr(GDateTime) now = NULL;
  const char *env;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  if (self->today != NULL)
    return g_strdup (self->today);

  env = g_getenv ("EXEMPLAR_TODAY");
  if (env != NULL && strlen (env) == 10)
    return g_strdup (env);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

void
exemplar_campaign_set_today (ExemplarCampaign *self,
                             const char       *today)
{
  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (self));
  g_return_if_fail (today == NULL || strlen (today) == 10);

  g_free (self->today);
  self->today = g_strdup (today);
}

const char *
exemplar_campaign_get_deadline (ExemplarCampaign *self,
                                ExemplarPhase     phase)
{
  GListModel *milestones;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  milestones = G_LIST_MODEL (self->milestones);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (milestones, i);

      if (exemplar_milestone_get_phase (milestone) == phase)
        return exemplar_milestone_get_deadline (milestone);
    }

  return NULL;
}

ExemplarDeclaration *
exemplar_campaign_find_declaration (ExemplarCampaign *self,
                                    const char       *unit_code)
{
  GListModel *declarations;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  declarations = G_LIST_MODEL (self->declarations);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (g_str_equal (exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)), unit_code))
        return declaration;
    }

  return NULL;
}

gboolean
exemplar_campaign_set_title (ExemplarCampaign  *self,
                             const char        *title,
                             GError           **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  if (!_exemplar_campaign_check_office_writable (self, error))
    return FALSE;

  if (self->phase == EXEMPLAR_PHASE_CLOSED)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                           _("The campaign is closed and can no longer change; the office can "
                             "move it back to an earlier phase, with a reason."));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (title ? title : ""));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The campaign needs a title."));
      return FALSE;
    }

  if (g_strcmp0 (stripped, self->title) == 0)
    return TRUE;

  if (!exemplar_database_begin (self->db, error))
    return FALSE;

  update = exemplar_database_prepare (self->db, "UPDATE campaign SET title = ? WHERE id = 1", error);
  if (update != NULL)
    sqlite3_bind_text (update, 1, stripped, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("%s -> %s", self->title, stripped);
  if (update == NULL ||
      !exemplar_database_step_done (self->db, update, error) ||
      !exemplar_database_audit (self->db, "campaign.title", "", detail, error) ||
      !exemplar_database_commit (self->db, error))
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  g_free (self->title);
  self->title = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  return TRUE;
}

gint64
exemplar_campaign_get_evidence_size_limit (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), 0);

  return _exemplar_declaration_get_size_limit (self->db);
}

gboolean
exemplar_campaign_set_evidence_size_limit (ExemplarCampaign  *self,
                                           gint64             bytes,
                                           GError           **error)
{
  gint64 old_limit;
  g_autofree char *detail = NULL;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  if (!_exemplar_campaign_check_office_writable (self, error))
    return FALSE;

  if (bytes < (gint64) EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB * 1024 * 1024 ||
      bytes > (gint64) EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB * 1024 * 1024)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The limit for one evidence file is from %d MB to %d MB."),
                   EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB, EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB);
      return FALSE;
    }

  old_limit = exemplar_campaign_get_evidence_size_limit (self);
  if (bytes == old_limit)
    return TRUE;

  update = exemplar_database_begin_write (self->db, "UPDATE campaign SET evidence_size_limit = ?", error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, bytes);

  detail = g_strdup_printf ("%" G_GINT64_FORMAT " -> %" G_GINT64_FORMAT, old_limit, bytes);
  return exemplar_database_commit_write (self->db, update, "campaign.evidence-limit", "", detail, error);
}

/* VACUUM INTO writes a consistent, compact copy even while the campaign is
 * open in WAL mode; a plain file copy could miss the latest changes. */
gboolean
exemplar_campaign_save_copy (ExemplarCampaign  *self,
                             const char        *path,
                             GError           **error)
{
  sqlite3_stmt *vacuum;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   _("A file already exists at “%s”; choose another name."), path);
      return FALSE;
    }

  vacuum = exemplar_database_prepare (self->db, "VACUUM INTO ?", error);
  if (vacuum == NULL)
    return FALSE;
  sqlite3_bind_text (vacuum, 1, path, -1, SQLITE_TRANSIENT);

  if (!exemplar_database_step_done (self->db, vacuum, error))
    {
      g_unlink (path);
      return FALSE;
    }

  return TRUE;
}

gboolean
exemplar_campaign_check (ExemplarCampaign  *self,
                         GPtrArray        **problems)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) integrity = NULL;
  g_autoptr(sqlite3_stmt) foreign = NULL;
  gboolean sound;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  integrity = exemplar_database_prepare (self->db, "PRAGMA integrity_check", NULL);
  while (integrity != NULL && sqlite3_step (integrity) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (integrity, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup_printf (_("Storage: %s"), line));
    }

  foreign = exemplar_database_prepare (self->db, "PRAGMA foreign_key_check", NULL);
  while (foreign != NULL && sqlite3_step (foreign) == SQLITE_ROW)
    g_ptr_array_add (found,
                     g_strdup_printf (_("Table %s, row %lld, points to a missing row in %s."),
                                      (const char *) sqlite3_column_text (foreign, 0),
                                      (long long) sqlite3_column_int64 (foreign, 1),
                                      (const char *) sqlite3_column_text (foreign, 2)));

  exemplar_database_verify_audit (self->db, found);

  sound = found->len == 0;
  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return sound;
}

ExemplarDatabase *
exemplar_campaign_get_database (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);
  return self->db;
}

gboolean
_exemplar_campaign_change_phase (ExemplarCampaign  *self,
                                 ExemplarPhase      phase,
                                 const char        *reason,
                                 const char        *skipped,
                                 GError           **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GString) detail = NULL;
  g_autoptr(GDateTime) utc = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (phase < EXEMPLAR_N_PHASES, FALSE);

  if (exemplar_campaign_get_read_only (self))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY,
                           exemplar_campaign_get_read_only_reason (self));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (reason ? reason : ""));
  utc = g_date_time_new_now_utc ();
  now = g_date_time_format_iso8601 (utc);

  stmt = exemplar_database_begin_write (self->db, "UPDATE campaign SET phase = ? WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exemplar_phase_to_string (phase), -1, SQLITE_STATIC);
  if (!exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  stmt = exemplar_database_prepare_write (self->db,
                                          "INSERT INTO phase_change (from_phase, to_phase, changed_at, override_reason) "
                                          "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exemplar_phase_to_string (self->phase), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, exemplar_phase_to_string (phase), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (stripped[0] != '\0')
    sqlite3_bind_text (stmt, 4, stripped, -1, SQLITE_STATIC);

  detail = g_string_new (NULL);
  g_string_printf (detail, "%s -> %s", exemplar_phase_to_string (self->phase),
                   exemplar_phase_to_string (phase));
  if (stripped[0] != '\0')
    g_string_append_printf (detail, ": %s", stripped);
  if (skipped != NULL && skipped[0] != '\0')
    g_string_append_printf (detail, "; skipped: %s", skipped);

  if (!exemplar_database_commit_write (self->db, stmt, "campaign.phase", "", detail->str, error))
    return FALSE;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  return TRUE;
}

gboolean
exemplar_campaign_set_phase (ExemplarCampaign  *self,
                             ExemplarPhase      phase,
                             const char        *reason,
                             GError           **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (phase < EXEMPLAR_N_PHASES, FALSE);

  if (!_exemplar_campaign_check_office (self, error))
    return FALSE;

  if (phase == self->phase)
    return TRUE;

  stripped = g_strstrip (g_strdup (reason ? reason : ""));
  if (phase < self->phase && stripped[0] == '\0')
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Going back to the “%s” phase reopens what the “%s” phase closed; "
                     "say why, the reason is recorded."),
                   exemplar_phase_get_title (phase), exemplar_phase_get_title (self->phase));
      return FALSE;
    }

  return _exemplar_campaign_change_phase (self, phase, stripped, NULL, error);
}

gboolean
_exemplar_campaign_check_office (ExemplarCampaign  *self,
                                 GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  if (!exemplar_campaign_get_is_package (self))
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                       _("This is a review package: only the office’s campaign file can change "
                         "reviewers, assignments, the policy, applications, the phase or "
                         "publicity, or reopen a sheet."));
  return FALSE;
}

gboolean
_exemplar_campaign_check_office_writable (ExemplarCampaign  *self,
                                          GError           **error)
{
  if (!_exemplar_campaign_check_office (self, error))
    return FALSE;

  if (exemplar_campaign_get_read_only (self))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY,
                           exemplar_campaign_get_read_only_reason (self));
      return FALSE;
    }

  return TRUE;
}

/* A package names its reviewer in its one review_package row. */
ExemplarReviewer *
exemplar_campaign_get_package_reviewer (ExemplarCampaign *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  if (!exemplar_campaign_get_is_package (self) || self->evaluation == NULL)
    return NULL;

  stmt = exemplar_database_prepare (self->db, "SELECT reviewer_id FROM review_package LIMIT 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return exemplar_evaluation_find_reviewer (self->evaluation, sqlite3_column_int64 (stmt, 0));
}

gboolean
exemplar_campaign_get_is_package (ExemplarCampaign *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);
  return exemplar_database_get_is_package (self->db);
}
