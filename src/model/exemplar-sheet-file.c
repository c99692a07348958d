/* exemplar-sheet-file.c
 *
 * Writing a score sheet file (.exemplar-sheet) from a review package: the
 * submitted sheets in a payload, authenticated with HMAC-SHA256 under the
 * reviewer's secret. The import into the office's file is in
 * exemplar-sheet-file-import.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-reviewer.h"
#include "exemplar-score-sheet.h"
#include "exemplar-sheet-file-private.h"
#include "exemplar-sheet-file.h"
#include "exemplar-util-private.h"

typedef struct
{
  char   *campaign_uuid;
  char   *campaign_title;
  char   *package_uuid;
  gint64  reviewer_id;
  gint64  sequence;
  GBytes *secret;
} PackageIdentity;

static void
package_identity_clear (PackageIdentity *identity)
{
  g_clear_pointer (&identity->campaign_uuid, g_free);
  g_clear_pointer (&identity->campaign_title, g_free);
  g_clear_pointer (&identity->package_uuid, g_free);
  g_clear_pointer (&identity->secret, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PackageIdentity, package_identity_clear)

static gboolean
set_damaged_package_error (GError **error)
{
  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_CORRUPT,
                       _("This review package does not name its reviewer and secret: it is "
                         "damaged. Ask the office for a new package."));
  return FALSE;
}

/* The campaign, the package's one review_package row and the reviewer's
 * secret, as the package file holds them. */
static gboolean
read_identity (ExemplarDatabase  *db,
               PackageIdentity   *identity,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (db,
                                    "SELECT c.uuid, c.title, p.uuid, p.reviewer_id, p.sheet_sequence, r.secret "
                                    "FROM campaign c, review_package p JOIN reviewer r ON r.id = p.reviewer_id",
                                    error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      sqlite3_column_type (stmt, 5) != SQLITE_BLOB || sqlite3_column_bytes (stmt, 5) < 16)
    return set_damaged_package_error (error);

  identity->campaign_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  identity->campaign_title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  identity->package_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  identity->reviewer_id = sqlite3_column_int64 (stmt, 3);
  identity->sequence = sqlite3_column_int64 (stmt, 4);
  identity->secret = g_bytes_new (sqlite3_column_blob (stmt, 5), sqlite3_column_bytes (stmt, 5));

  /* A second row would mean the package is not what the office wrote. */
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return set_damaged_package_error (error);

  return TRUE;
}

/* The reviewer's submitted sheets, added to @builder; the others counted. */
static gboolean
build_sheets (ExemplarCampaign  *package,
              ExemplarReviewer  *reviewer,
              JsonBuilder       *builder,
              guint             *n_sheets,
              guint             *n_drafts,
              GError           **error)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (package);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      g_autoptr(ExemplarScoreSheet) sheet = NULL;

      if (exemplar_assignment_get_reviewer (assignment) != reviewer)
        continue;

      if (exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
        {
          (*n_drafts)++;
          continue;
        }

      if ((sheet = exemplar_evaluation_open_sheet (evaluation, assignment, error)) == NULL)
        return FALSE;
      _exemplar_sheet_file_entry_build (builder, sheet);
      (*n_sheets)++;
    }

  return TRUE;
}

/* The payload's JSON text: who, which package, which file of it, the sheets. */
static char *
dup_payload (ExemplarCampaign  *package,
             PackageIdentity   *identity,
             ExemplarReviewer  *reviewer,
             guint             *n_sheets,
             guint             *n_drafts,
             GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *now = _exemplar_score_sheet_now ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "campaign");
  json_builder_add_string_value (builder, identity->campaign_uuid);
  json_builder_set_member_name (builder, "campaign-title");
  json_builder_add_string_value (builder, identity->campaign_title);
  json_builder_set_member_name (builder, "package");
  json_builder_add_string_value (builder, identity->package_uuid);
  json_builder_set_member_name (builder, "reviewer");
  json_builder_add_int_value (builder, identity->reviewer_id);
  json_builder_set_member_name (builder, "reviewer-name");
  json_builder_add_string_value (builder, exemplar_reviewer_get_name (reviewer));
  json_builder_set_member_name (builder, "sequence");
  json_builder_add_int_value (builder, identity->sequence + 1);
  json_builder_set_member_name (builder, "exported-at");
  json_builder_add_string_value (builder, now);
  json_builder_set_member_name (builder, "sheets");
  json_builder_begin_array (builder);
  if (!build_sheets (package, reviewer, builder, n_sheets, n_drafts, error))
    return NULL;
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char *
dup_document (const char *payload,
              GBytes     *secret)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHmac) hmac = NULL;
  gsize key_length = 0;
  const guchar *key = g_bytes_get_data (secret, &key_length);

  hmac = g_hmac_new (G_CHECKSUM_SHA256, key, key_length);
  g_hmac_update (hmac, (const guchar *) payload, strlen (payload));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, EXEMPLAR_SHEET_FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, EXEMPLAR_SHEET_FILE_VERSION);
  json_builder_set_member_name (builder, "payload");
  json_builder_add_string_value (builder, payload);
  json_builder_set_member_name (builder, "hmac-sha256");
  json_builder_add_string_value (builder, g_hmac_get_string (hmac));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* @contents to a new temporary file beside @path, flushed to the disk. */
static char *
write_temp (const char  *path,
            const char  *contents,
            GError     **error)
{
  g_autofree char *temp_path = _exemplar_util_create_temp (path, error);
  FILE *file;
  gboolean written;
  int saved_errno = 0;

  if (temp_path == NULL)
    return NULL;

  if ((file = g_fopen (temp_path, "wb")) == NULL)
    {
      saved_errno = errno;
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, g_strerror (saved_errno));
      return NULL;
    }

  written = fputs (contents, file) >= 0 && fputc ('\n', file) != EOF;
  if (!written)
    saved_errno = errno;
  if (fflush (file) != 0 || fsync (fileno (file)) != 0)
    {
      saved_errno = errno;
      written = FALSE;
    }
  if (fclose (file) != 0 && written)
    {
      saved_errno = errno;
      written = FALSE;
    }

  if (!written)
    {
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, g_strerror (saved_errno != 0 ? saved_errno : EIO));
      return NULL;
    }

  return g_steal_pointer (&temp_path);
}

gboolean
exemplar_sheet_file_write (ExemplarCampaign  *package,
                           const char        *path,
                           guint             *n_sheets,
                           guint             *n_drafts,
                           GError           **error)
{
  ExemplarDatabase *db;
  g_auto(PackageIdentity) identity = { 0 };
  g_autofree char *payload = NULL;
  g_autofree char *document = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *detail = NULL;
  ExemplarReviewer *reviewer;
  sqlite3_stmt *update;
  guint written = 0;
  guint drafts = 0;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (package), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!exemplar_campaign_get_is_package (package))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                           _("Score sheet files are sent from a review package; this is the "
                             "office’s campaign file, where they are imported."));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   _("A file already exists at “%s”; choose another name."), path);
      return FALSE;
    }

  db = exemplar_campaign_get_database (package);
  if (!read_identity (db, &identity, error))
    return FALSE;
  reviewer = exemplar_evaluation_find_reviewer (exemplar_campaign_get_evaluation (package),
                                                identity.reviewer_id);
  if (reviewer == NULL)
    return set_damaged_package_error (error);

  if ((payload = dup_payload (package, &identity, reviewer, &written, &drafts, error)) == NULL)
    return FALSE;
  if (written == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("No sheet is submitted yet, so there is nothing to send. Submit at "
                             "least one sheet first."));
      return FALSE;
    }

  document = dup_document (payload, identity.secret);
  if ((temp_path = write_temp (path, document, error)) == NULL)
    return FALSE;

  /* The file is complete before its number is spent; a failure to store
   * the number leaves no file behind, so numbers and files agree. */
  update = exemplar_database_begin_write (db,
                                          "UPDATE review_package SET sheet_sequence = sheet_sequence + 1 "
                                          "WHERE uuid = ?",
                                          error);
  if (update == NULL)
    {
      g_unlink (temp_path);
      return FALSE;
    }
  sqlite3_bind_text (update, 1, identity.package_uuid, -1, SQLITE_TRANSIENT);
  detail = g_strdup_printf ("reviewer %" G_GINT64_FORMAT " %s, file %" G_GINT64_FORMAT
                            " of package %s: %u sheets, %u not submitted",
                            identity.reviewer_id, exemplar_reviewer_get_name (reviewer),
                            identity.sequence + 1, identity.package_uuid, written, drafts);
  if (!exemplar_database_commit_write (db, update, "sheet.export", identity.package_uuid, detail, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }

  if (!_exemplar_util_commit_temp (temp_path, path, error))
    return FALSE;

  if (n_sheets != NULL)
    *n_sheets = written;
  if (n_drafts != NULL)
    *n_drafts = drafts;
  return TRUE;
}
