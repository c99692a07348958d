/* exemplar-sheet-file-import.c
 *
 * Importing a score sheet file into the office's master file: every check
 * first, each refusal naming the check that failed, then one transaction
 * that records the import, applies the sheets the office does not hold
 * sealed and keeps a conflict for each it holds sealed otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-reviewer.h"
#include "exemplar-sheet-file-private.h"
#include "exemplar-sheet-file.h"
#include "exemplar-sheet-import-private.h"

/* Far above what thousands of sheets take; a bigger file is not one. */
#define MAX_FILE_SIZE (64 * 1024 * 1024)

typedef struct
{
  char      *campaign_uuid;
  char      *campaign_title;
  char      *package_uuid;
  gint64     reviewer_id;
  gint64     sequence;
  GPtrArray *entries;      /* ExemplarSheetFileEntry */
} Payload;

static void
payload_clear (Payload *payload)
{
  g_clear_pointer (&payload->campaign_uuid, g_free);
  g_clear_pointer (&payload->campaign_title, g_free);
  g_clear_pointer (&payload->package_uuid, g_free);
  g_clear_pointer (&payload->entries, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Payload, payload_clear)

/* What becomes of one sheet of the file. */
typedef enum
{
  OUTCOME_APPLY,
  OUTCOME_UNCHANGED,
  OUTCOME_KEPT,          /* the office kept its own over this very sheet before */
  OUTCOME_CONFLICT,      /* a new conflict */
  OUTCOME_PENDING,       /* the same conflict is already waiting */
} Outcome;

typedef struct
{
  Outcome  outcome;
  gint64   conflict_id;
} Plan;

static gboolean
set_incomplete_error (GError     **error,
                      const char  *name)
{
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
               /* Translators: %s is a file name. */
               _("“%s” is not a complete score sheet file: it may be truncated or damaged. Ask "
                 "the reviewer to send it again."),
               name);
  return FALSE;
}

static gboolean
read_file (const char  *path,
           const char  *name,
           char       **contents,
           gsize       *length,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GStatBuf info;

  if (g_stat (path, &info) == 0 && info.st_size > MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (info.st_size);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                   /* Translators: a file name, then its size, e.g. "80.0 MB". */
                   _("“%s” is too large to be a score sheet file (%s). Check that it is the "
                     "file the reviewer sent with “Send Score Sheet…”."),
                   name, size);
      return FALSE;
    }

  if (!g_file_get_contents (path, contents, length, &local_error))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   /* Translators: a file name, then why it could not be read. */
                   _("“%s” could not be read: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* The outer document: format, version, the payload's text and the MAC. */
static gboolean
parse_document (const char  *contents,
                gsize        length,
                const char  *name,
                char       **payload,
                char       **mac,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *object;
  JsonNode *root;
  const char *format;
  gint64 version = 0;

  if (length == 0 || !json_parser_load_from_data (parser, contents, length, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return set_incomplete_error (error, name);

  object = json_node_get_object (root);
  format = _exemplar_sheet_file_get_string (object, "format");
  if (g_strcmp0 (format, EXEMPLAR_SHEET_FILE_FORMAT) != 0 ||
      !_exemplar_sheet_file_get_int (object, "version", &version))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                   /* Translators: %s is a file name. */
                   _("“%s” is not an Exemplar score sheet file. Import the file the reviewer "
                     "wrote with “Send Score Sheet…”."),
                   name);
      return FALSE;
    }
  if (version > EXEMPLAR_SHEET_FILE_VERSION)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NEWER_VERSION,
                   /* Translators: %s is a file name. */
                   _("“%s” was written by a newer version of Exemplar. Update Exemplar to "
                     "import it."),
                   name);
      return FALSE;
    }
  *payload = g_strdup (_exemplar_sheet_file_get_string (object, "payload"));
  *mac = g_strdup (_exemplar_sheet_file_get_string (object, "hmac-sha256"));
  if (version < 1 || *payload == NULL || *mac == NULL)
    return set_incomplete_error (error, name);

  return TRUE;
}

static gboolean
parse_payload (const char  *text,
               const char  *name,
               Payload     *payload,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *object;
  JsonNode *root;
  JsonNode *sheets;

  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return set_incomplete_error (error, name);

  object = json_node_get_object (root);
  sheets = json_object_get_member (object, "sheets");
  payload->campaign_uuid = g_strdup (_exemplar_sheet_file_get_string (object, "campaign"));
  payload->campaign_title = g_strdup (_exemplar_sheet_file_get_string (object, "campaign-title"));
  payload->package_uuid = g_strdup (_exemplar_sheet_file_get_string (object, "package"));
  if (payload->campaign_uuid == NULL || payload->package_uuid == NULL ||
      !_exemplar_sheet_file_get_int (object, "reviewer", &payload->reviewer_id) ||
      !_exemplar_sheet_file_get_int (object, "sequence", &payload->sequence) ||
      sheets == NULL || !JSON_NODE_HOLDS_ARRAY (sheets))
    return set_incomplete_error (error, name);
  payload->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _exemplar_sheet_file_entry_free);

  for (guint i = 0; i < json_array_get_length (json_node_get_array (sheets)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (sheets), i);
      ExemplarSheetFileEntry *entry = _exemplar_sheet_file_entry_parse (node);

      if (entry == NULL)
        return set_incomplete_error (error, name);
      g_ptr_array_add (payload->entries, entry);
    }

  return TRUE;
}

static gboolean
check_campaign (ExemplarDatabase  *db,
                Payload           *payload,
                const char        *name,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = exemplar_database_prepare (db, "SELECT uuid FROM campaign", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), payload->campaign_uuid) == 0)
    return TRUE;

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
               /* Translators: a file name, then the title of the campaign it belongs to. */
               _("“%s” belongs to another campaign (“%s”), not to this one. Import it into that "
                 "campaign’s file."),
               name, payload->campaign_title != NULL ? payload->campaign_title : "?");
  return FALSE;
}

/* The reviewer the office issued the package to, when it did. */
static ExemplarReviewer *
check_package (ExemplarEvaluation  *evaluation,
               Payload             *payload,
               const char          *name,
               GError             **error)
{
  ExemplarDatabase *db = _exemplar_evaluation_get_database (evaluation);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ExemplarReviewer *reviewer;

  stmt = exemplar_database_prepare (db, "SELECT reviewer_id FROM review_package WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, payload->package_uuid, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name. */
                   _("“%s” was made for a review package this office did not issue. Only sheets "
                     "from packages exported from this campaign file can be imported."),
                   name);
      return NULL;
    }

  reviewer = exemplar_evaluation_find_reviewer (evaluation, sqlite3_column_int64 (stmt, 0));
  if (reviewer == NULL || exemplar_reviewer_get_id (reviewer) != payload->reviewer_id)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name. */
                   _("“%s” names a reviewer other than the one its review package was issued to. "
                     "Nothing was imported."),
                   name);
      return NULL;
    }

  return reviewer;
}

/* Compares two MACs in hex in time that does not depend on where they differ. */
static gboolean
equal_macs (const char *expected,
            const char *given)
{
  gsize length = strlen (expected);
  guchar difference = 0;

  if (strlen (given) != length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    difference |= (guchar) (expected[i] ^ g_ascii_tolower (given[i]));

  return difference == 0;
}

static gboolean
check_mac (ExemplarDatabase  *db,
           ExemplarReviewer  *reviewer,
           const char        *payload,
           const char        *mac,
           const char        *name,
           GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHmac) hmac = NULL;

  stmt = exemplar_database_prepare (db, "SELECT secret FROM reviewer WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_reviewer_get_id (reviewer));

  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_BLOB &&
      sqlite3_column_bytes (stmt, 0) > 0)
    {
      hmac = g_hmac_new (G_CHECKSUM_SHA256, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      g_hmac_update (hmac, (const guchar *) payload, strlen (payload));
      if (equal_macs (g_hmac_get_string (hmac), mac))
        return TRUE;
    }

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
               /* Translators: %s is a file name. */
               _("“%s” does not carry a valid authentication code: it was changed after the "
                 "reviewer sent it, or not made from their review package. Nothing was imported."),
               name);
  return FALSE;
}

/* The time this very file was imported (NULL when never) and the latest
 * sequence imported from its package (0 when none). */
static gboolean
find_earlier (ExemplarDatabase  *db,
              const char        *package_uuid,
              const char        *sha256,
              char             **imported_at,
              gint64            *latest,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (db,
                                    "SELECT (SELECT imported_at FROM sheet_import "
                                    "        WHERE package_uuid = ?1 AND sha256 = ?2 ORDER BY id LIMIT 1), "
                                    "  (SELECT coalesce (max (sequence), 0) FROM sheet_import WHERE package_uuid = ?1)",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, package_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sha256, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  *imported_at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *latest = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* Every sheet an assignment of @reviewer, once, valid and sealed as it says. */
static gboolean
check_entries (ExemplarEvaluation  *evaluation,
               ExemplarReviewer    *reviewer,
               Payload             *payload,
               const char          *name,
               GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < payload->entries->len; i++)
    {
      ExemplarSheetFileEntry *entry = g_ptr_array_index (payload->entries, i);

      if (!_exemplar_sheet_file_entry_check (entry, evaluation, reviewer, error))
        {
          /* Translators: %s is a file name; the reason follows. */
          g_prefix_error (error, _("“%s” was not imported. "), name);
          return FALSE;
        }
      if (!g_hash_table_add (seen, entry->assignment))
        {
          g_autofree char *label = _exemplar_sheet_file_dup_assignment_label (entry->assignment);

          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: a file name, then a unit (and round). */
                       _("“%s” holds two sheets for %s. Nothing was imported."), name, label);
          return FALSE;
        }
    }

  return TRUE;
}

/* What becomes of @entry: applied unless the office holds the assignment
 * sealed; unchanged when sealed alike; otherwise a conflict, unless the
 * office already decided about this very sheet. */
static gboolean
plan_entry (ExemplarEvaluation      *evaluation,
            ExemplarSheetFileEntry  *entry,
            Plan                    *plan,
            GError                 **error)
{
  ExemplarDatabase *db = _exemplar_evaluation_get_database (evaluation);
  g_autoptr(ExemplarScoreSheet) office = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  plan->conflict_id = 0;
  if ((office = exemplar_evaluation_open_sheet (evaluation, entry->assignment, error)) == NULL)
    return FALSE;

  if (exemplar_score_sheet_get_state (office) != EXEMPLAR_SHEET_SUBMITTED)
    {
      plan->outcome = OUTCOME_APPLY;
      return TRUE;
    }
  if (g_strcmp0 (exemplar_score_sheet_get_seal (office), entry->seal) == 0)
    {
      plan->outcome = OUTCOME_UNCHANGED;
      return TRUE;
    }

  stmt = exemplar_database_prepare (db,
                                    "SELECT id, state FROM sheet_conflict "
                                    "WHERE assignment_id = ? AND json_extract (incoming, '$.seal') = ? "
                                    "  AND state IN ('pending', 'kept') "
                                    "ORDER BY id DESC LIMIT 1",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->assignment_id);
  sqlite3_bind_text (stmt, 2, entry->seal, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      plan->conflict_id = sqlite3_column_int64 (stmt, 0);
      plan->outcome = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "kept") == 0
                      ? OUTCOME_KEPT : OUTCOME_PENDING;
    }
  else if (rc == SQLITE_DONE)
    plan->outcome = OUTCOME_CONFLICT;
  else
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_conflict (ExemplarEvaluation      *evaluation,
                 gint64                   import_id,
                 ExemplarSheetFileEntry  *entry,
                 gint64                  *conflict_id,
                 GError                 **error)
{
  g_autofree char *incoming = _exemplar_sheet_file_entry_dup_json (entry);
  sqlite3_stmt *insert;

  insert = _exemplar_evaluation_prepare_write (evaluation,
                                               "INSERT INTO sheet_conflict (import_id, assignment_id, incoming) "
                                               "VALUES (?, ?, ?)",
                                               error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, import_id);
  sqlite3_bind_int64 (insert, 2, entry->assignment_id);
  sqlite3_bind_text (insert, 3, incoming, -1, SQLITE_TRANSIENT);
  if (!_exemplar_evaluation_step_write (evaluation, insert, error))
    return FALSE;

  *conflict_id = exemplar_database_last_insert_id (_exemplar_evaluation_get_database (evaluation));
  return TRUE;
}

/* The import in one transaction: its sheet_import row, the sheets, the
 * conflicts, the applications' states and the audit row. */
static gboolean
store_import (ExemplarEvaluation  *evaluation,
              ExemplarReviewer    *reviewer,
              Payload             *payload,
              Plan                *plans,
              const char          *sha256,
              const char          *imported_at,
              GArray              *changes,
              GError             **error)
{
  ExemplarDatabase *db = _exemplar_evaluation_get_database (evaluation);
  guint counts[OUTCOME_PENDING + 1] = { 0 };
  g_autofree char *outcome = NULL;
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *insert;
  gint64 import_id;

  for (guint i = 0; i < payload->entries->len; i++)
    counts[plans[i].outcome]++;
  outcome = g_strdup_printf ("%u applied, %u unchanged, %u conflicts",
                             counts[OUTCOME_APPLY], counts[OUTCOME_UNCHANGED] + counts[OUTCOME_KEPT],
                             counts[OUTCOME_CONFLICT] + counts[OUTCOME_PENDING]);

  insert = _exemplar_evaluation_begin_write (evaluation,
                                             "INSERT INTO sheet_import (reviewer_id, sha256, imported_at, "
                                             "  outcome, package_uuid, sequence) VALUES (?, ?, ?, ?, ?, ?)",
                                             error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, exemplar_reviewer_get_id (reviewer));
  sqlite3_bind_text (insert, 2, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, imported_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, outcome, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 5, payload->package_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 6, payload->sequence);
  if (!_exemplar_evaluation_step_write (evaluation, insert, error))
    return FALSE;
  import_id = exemplar_database_last_insert_id (db);

  for (guint i = 0; i < payload->entries->len; i++)
    {
      ExemplarSheetFileEntry *entry = g_ptr_array_index (payload->entries, i);

      if ((plans[i].outcome == OUTCOME_APPLY && !_exemplar_sheet_file_entry_store (entry, evaluation, error)) ||
          (plans[i].outcome == OUTCOME_CONFLICT &&
           !insert_conflict (evaluation, import_id, entry, &plans[i].conflict_id, error)))
        return FALSE;
    }

  if (!_exemplar_evaluation_settle_states (evaluation, NULL, changes, error))
    return FALSE;

  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer));
  detail = g_strdup_printf ("%s, file sha256 %s, package %s file %" G_GINT64_FORMAT ": %s",
                            exemplar_reviewer_get_name (reviewer), sha256, payload->package_uuid,
                            payload->sequence, outcome);
  return _exemplar_evaluation_commit_write (evaluation, NULL, "sheet.import", target, detail, error);
}

static ExemplarSheetImport *
report (ExemplarEvaluation *evaluation,
        ExemplarReviewer   *reviewer,
        Payload            *payload,
        Plan               *plans,
        const char         *imported_at)
{
  ExemplarSheetImport *import = _exemplar_sheet_import_new (reviewer, FALSE, imported_at);

  for (guint i = 0; i < payload->entries->len; i++)
    {
      ExemplarSheetFileEntry *entry = g_ptr_array_index (payload->entries, i);
      g_autofree char *label = _exemplar_sheet_file_dup_assignment_label (entry->assignment);
      ExemplarSheetConflict *conflict;

      switch (plans[i].outcome)
        {
        case OUTCOME_APPLY:
          _exemplar_sheet_import_add_applied (import, label, entry->total);
          break;

        case OUTCOME_UNCHANGED:
          _exemplar_sheet_import_add_unchanged (import, label);
          break;

        case OUTCOME_KEPT:
          _exemplar_sheet_import_add_kept (import, label);
          break;

        case OUTCOME_CONFLICT:
        case OUTCOME_PENDING:
          conflict = _exemplar_evaluation_find_sheet_conflict (evaluation, plans[i].conflict_id);
          if (conflict != NULL)
            _exemplar_sheet_import_add_conflict (import, label, conflict);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return import;
}

ExemplarSheetImport *
exemplar_sheet_file_import (ExemplarCampaign  *campaign,
                            const char        *path,
                            GError           **error)
{
  ExemplarEvaluation *evaluation;
  ExemplarDatabase *db;
  ExemplarReviewer *reviewer;
  g_auto(Payload) payload = { 0 };
  g_autoptr(GArray) changes = _exemplar_evaluation_new_state_changes ();
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *payload_text = NULL;
  g_autofree char *mac = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *earlier = NULL;
  g_autofree char *now = NULL;
  g_autofree Plan *plans = NULL;
  gint64 latest = 0;
  gsize length = 0;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (exemplar_campaign_get_is_package (campaign))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                           _("Score sheet files are imported into the office’s campaign file, not "
                             "into a review package."));
      return NULL;
    }

  evaluation = exemplar_campaign_get_evaluation (campaign);
  db = exemplar_campaign_get_database (campaign);
  name = g_filename_display_basename (path);

  if (!read_file (path, name, &contents, &length, error) ||
      !parse_document (contents, length, name, &payload_text, &mac, error) ||
      !parse_payload (payload_text, name, &payload, error) ||
      !check_campaign (db, &payload, name, error) ||
      (reviewer = check_package (evaluation, &payload, name, error)) == NULL ||
      !check_mac (db, reviewer, payload_text, mac, name, error))
    return NULL;

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  if (!find_earlier (db, payload.package_uuid, sha256, &earlier, &latest, error))
    return NULL;
  if (earlier != NULL)
    return _exemplar_sheet_import_new (reviewer, TRUE, earlier);
  if (payload.sequence < latest)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                   /* Translators: a file name, then two numbers: the file's own and
                    * that of the newest file imported from the same package. */
                   _("“%s” is older than a score sheet already imported from the same package "
                     "(this is file %u, file %u was imported): nothing was imported."),
                   name, (guint) payload.sequence, (guint) latest);
      return NULL;
    }

  if (!check_entries (evaluation, reviewer, &payload, name, error))
    return NULL;
  if (!_exemplar_evaluation_check_editable (evaluation, error))
    {
      g_prefix_error (error, _("“%s” was not imported. "), name);
      return NULL;
    }

  plans = g_new0 (Plan, MAX (payload.entries->len, 1));
  for (guint i = 0; i < payload.entries->len; i++)
    if (!plan_entry (evaluation, g_ptr_array_index (payload.entries, i), &plans[i], error))
      return NULL;

  now = _exemplar_score_sheet_now ();
  if (!store_import (evaluation, reviewer, &payload, plans, sha256, now, changes, error))
    return NULL;

  _exemplar_evaluation_apply_states (evaluation, changes);
  _exemplar_evaluation_reload_sheets (evaluation);

  return report (evaluation, reviewer, &payload, plans, now);
}
