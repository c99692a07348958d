/* exemplar-review-package.c
 *
 * A package is written in three steps, so that a failure or a cancel at
 * any point leaves neither a file nor a change in the office's master file:
 * 1. the package, complete, in a temporary file beside @path: a new
 *    campaign file of the package kind, filled by INSERT … SELECT from the
 *    master attached to it, table by table, by a whitelist;
 * 2. the master's change (the reviewer's secret when new, the
 *    review_package row, the audit row) written but not yet committed;
 * 3. the temporary file moved onto @path (never over an existing file),
 *    then the master's change committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-error.h"
#include "exemplar-phase.h"
#include "exemplar-review-package.h"
#include "exemplar-reviewer.h"
#include "exemplar-util-private.h"

#define SECRET_LENGTH 32

/* What the export needs, copied before it starts, so that the work may run
 * on another thread with its own connections. */
typedef struct
{
  char   *master_path;
  char   *path;
  gint64  reviewer_id;
} ExportJob;

/* What the export learns from the master before writing the package. */
typedef struct
{
  char    *reviewer_name;
  guint8   secret[SECRET_LENGTH];
  gboolean new_secret;
  guint    n_assignments;
  guint    n_evidence;
  char    *uuid;
  char    *exported_at;
} ExportState;

/* The package's tables, in an order that keeps every reference to a row
 * already copied (foreign keys are checked at the commit anyway). ?1 is the
 * reviewer's id; "office" is the attached master file. Only these rows
 * leave the office: no other unit, reviewer or score, no conflict, draw,
 * working group, publicity or audit row. */
static const char * const copies[] = {
  "INSERT INTO main.campaign SELECT * FROM office.campaign",
  "INSERT INTO main.milestone SELECT * FROM office.milestone",
  /* The member units the rubric or the reviewer names. */
  "INSERT INTO main.member_unit SELECT * FROM office.member_unit "
    "WHERE id IN (SELECT responsible_id FROM office.indicator) "
    "   OR id IN (SELECT member_unit_id FROM office.reviewer WHERE id = ?1)",
  "INSERT INTO main.indicator SELECT * FROM office.indicator",
  /* The assigned units, and the reviewer's own unit (which they may not score). */
  "INSERT INTO main.unit SELECT * FROM office.unit "
    "WHERE id IN (SELECT p.unit_id FROM office.application p "
    "             JOIN office.assignment a ON a.application_id = p.id WHERE a.reviewer_id = ?1) "
    "   OR id IN (SELECT unit_id FROM office.reviewer WHERE id = ?1)",
  "INSERT INTO main.application SELECT * FROM office.application "
    "WHERE id IN (SELECT application_id FROM office.assignment WHERE reviewer_id = ?1)",
  "INSERT INTO main.application_field SELECT * FROM office.application_field "
    "WHERE application_id IN (SELECT id FROM main.application)",
  "INSERT INTO main.self_score SELECT * FROM office.self_score "
    "WHERE application_id IN (SELECT id FROM main.application)",
  "INSERT INTO main.blob SELECT * FROM office.blob "
    "WHERE sha256 IN (SELECT sha256 FROM office.evidence "
    "                 WHERE application_id IN (SELECT id FROM main.application))",
  "INSERT INTO main.evidence SELECT * FROM office.evidence "
    "WHERE application_id IN (SELECT id FROM main.application)",
  "INSERT INTO main.evidence_text (rowid, text, sha256, page) "
    "SELECT rowid, text, sha256, page FROM office.evidence_text "
    "WHERE sha256 IN (SELECT sha256 FROM main.blob)",
  "INSERT INTO main.reviewer SELECT * FROM office.reviewer WHERE id = ?1",
  "INSERT INTO main.round SELECT * FROM office.round "
    "WHERE id IN (SELECT round_id FROM office.assignment WHERE reviewer_id = ?1)",
  /* Without the draw that made them: draws stay in the office. */
  "INSERT INTO main.assignment (id, reviewer_id, application_id, round_id, scope_indicator_id, draw_id) "
    "SELECT id, reviewer_id, application_id, round_id, scope_indicator_id, NULL "
    "FROM office.assignment WHERE reviewer_id = ?1",
  "INSERT INTO main.score_sheet SELECT * FROM office.score_sheet "
    "WHERE assignment_id IN (SELECT id FROM main.assignment)",
  "INSERT INTO main.score SELECT * FROM office.score "
    "WHERE sheet_id IN (SELECT id FROM main.score_sheet)",
};

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->master_path);
  g_free (job->path);
  g_free (job);
}

static void
export_state_clear (ExportState *state)
{
  g_free (state->reviewer_name);
  g_free (state->uuid);
  g_free (state->exported_at);
  memset (state->secret, 0, sizeof state->secret);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportState, export_state_clear)

static ExportJob *
export_job_new (ExemplarCampaign *campaign,
                ExemplarReviewer *reviewer,
                const char       *path)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->master_path = g_strdup (exemplar_campaign_get_path (campaign));
  job->path = g_strdup (path);
  job->reviewer_id = exemplar_reviewer_get_id (reviewer);

  return job;
}

/* GLib has no source of secrets: the kernel's is used. */
static gboolean
fill_random (guint8  *buffer,
             gsize    length,
             GError **error)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved_errno = errno;

          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                       _("No random key could be made for the reviewer: %s"),
                       g_strerror (saved_errno));
          return FALSE;
        }
      done += (gsize) n;
    }

  return TRUE;
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* The checks of the contract, in its order, on the master's own
 * connection; fills @state with the reviewer and their secret. */
static gboolean
check_master (ExemplarDatabase  *master,
              ExportJob         *job,
              ExportState       *state,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) campaign = NULL;
  g_autoptr(sqlite3_stmt) reviewer = NULL;
  ExemplarPhase phase = EXEMPLAR_PHASE_DECLARATION;

  if (exemplar_database_get_is_package (master))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                   _("“%s” is a review package: only the office’s campaign file can issue "
                     "review packages."), job->master_path);
      return FALSE;
    }

  if (exemplar_database_get_read_only (master))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_READ_ONLY,
                           exemplar_database_get_read_only_reason (master));
      return FALSE;
    }

  campaign = exemplar_database_prepare (master, "SELECT phase FROM campaign WHERE id = 1", error);
  if (campaign == NULL)
    return FALSE;
  if (sqlite3_step (campaign) == SQLITE_ROW)
    exemplar_phase_from_string ((const char *) sqlite3_column_text (campaign, 0), &phase);
  if (phase != EXEMPLAR_PHASE_DECLARATION && phase != EXEMPLAR_PHASE_EVALUATION)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                   /* Translators: %s is a phase, e.g. "Review and publicity". */
                   _("Review packages are issued only during the declaration and evaluation "
                     "phases; the campaign is in its “%s” phase."),
                   exemplar_phase_get_title (phase));
      return FALSE;
    }

  reviewer = exemplar_database_prepare (master,
                                        "SELECT r.name, r.secret, "
                                        "  (SELECT count(*) FROM assignment a WHERE a.reviewer_id = r.id) "
                                        "FROM reviewer r WHERE r.id = ?",
                                        error);
  if (reviewer == NULL)
    return FALSE;
  sqlite3_bind_int64 (reviewer, 1, job->reviewer_id);
  if (sqlite3_step (reviewer) != SQLITE_ROW)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("The reviewer is no longer in the campaign."));
      return FALSE;
    }

  state->reviewer_name = g_strdup ((const char *) sqlite3_column_text (reviewer, 0));
  state->n_assignments = (guint) sqlite3_column_int (reviewer, 2);
  if (state->n_assignments == 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("%s has no assignments, so there is nothing to put in a review package; "
                     "assign applications to them first."),
                   state->reviewer_name);
      return FALSE;
    }

  if (g_file_test (job->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   _("A file already exists at “%s”; choose another name."), job->path);
      return FALSE;
    }

  /* The secret is made once, on the first export, and kept: every package
   * of the reviewer and every sheet file they send share it. */
  if (sqlite3_column_type (reviewer, 1) == SQLITE_BLOB &&
      sqlite3_column_bytes (reviewer, 1) == SECRET_LENGTH)
    memcpy (state->secret, sqlite3_column_blob (reviewer, 1), SECRET_LENGTH);
  else if (fill_random (state->secret, SECRET_LENGTH, error))
    state->new_secret = TRUE;
  else
    return FALSE;

  state->uuid = g_uuid_string_random ();
  state->exported_at = now_utc ();
  return TRUE;
}

static void
remove_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* Records the package in @db, the package itself or the master: its
 * review_package row and, when @with_secret, the reviewer's secret. In the
 * package the names resolve to its own tables (main), not the attached
 * master's. */
static gboolean
store_package (ExemplarDatabase  *db,
               ExportJob         *job,
               ExportState       *state,
               gboolean           with_secret,
               GError           **error)
{
  sqlite3_stmt *stmt;

  if (with_secret)
    {
      stmt = exemplar_database_prepare (db, "UPDATE main.reviewer SET secret = ? WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_blob (stmt, 1, state->secret, SECRET_LENGTH, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, job->reviewer_id);
      if (!exemplar_database_step_done (db, stmt, error))
        return FALSE;
    }

  stmt = exemplar_database_prepare (db,
                                    "INSERT INTO main.review_package "
                                    "(uuid, reviewer_id, exported_at, assignments, sheet_sequence) "
                                    "VALUES (?, ?, ?, ?, 0)",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, state->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, job->reviewer_id);
  sqlite3_bind_text (stmt, 3, state->exported_at, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) state->n_assignments);
  return exemplar_database_step_done (db, stmt, error);
}

static gboolean
run_copies (ExemplarDatabase  *package,
            ExportJob         *job,
            ExportState       *state,
            GCancellable      *cancellable,
            GError           **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      stmt = exemplar_database_prepare (package, copies[i], error);
      if (stmt == NULL)
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int64 (stmt, 1, job->reviewer_id);
      if (!exemplar_database_step_done (package, stmt, error))
        return FALSE;
    }

  if (!store_package (package, job, state, TRUE, error))
    return FALSE;

  stmt = exemplar_database_prepare (package, "SELECT count(*) FROM main.evidence", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    state->n_evidence = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return TRUE;
}

/* Fills the new package at @temp_path from the master, in one read of the
 * master (one snapshot) and one write of the package, then gives it its
 * first audit row and leaves it one file, without a write-ahead log. */
static gboolean
fill_package (ExemplarDatabase  *package,
              ExportJob         *job,
              ExportState       *state,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *attach;

  attach = exemplar_database_prepare (package, "ATTACH DATABASE ? AS office", error);
  if (attach == NULL)
    return FALSE;
  sqlite3_bind_text (attach, 1, job->master_path, -1, SQLITE_STATIC);
  if (!exemplar_database_step_done (package, attach, error))
    return FALSE;

  /* A deferred transaction only reads the master, never locks it for writing. */
  if (!exemplar_database_exec (package, "BEGIN", error))
    {
      exemplar_database_exec (package, "DETACH DATABASE office", NULL);
      return FALSE;
    }

  if (!exemplar_database_exec (package, "PRAGMA defer_foreign_keys = ON", error) ||
      !run_copies (package, job, state, cancellable, error) ||
      !exemplar_database_exec (package, "COMMIT", error))
    {
      exemplar_database_exec (package, "ROLLBACK", NULL);
      exemplar_database_exec (package, "DETACH DATABASE office", NULL);
      return FALSE;
    }

  if (!exemplar_database_exec (package, "DETACH DATABASE office", error))
    return FALSE;

  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, job->reviewer_id);
  detail = g_strdup_printf ("%s: package %s, %u assignments, %u evidence files",
                            state->reviewer_name, state->uuid,
                            state->n_assignments, state->n_evidence);
  if (!exemplar_database_begin (package, error))
    return FALSE;
  if (!exemplar_database_audit (package, "package.create", target, detail, error) ||
      !exemplar_database_commit (package, error))
    {
      exemplar_database_rollback (package);
      return FALSE;
    }

  return exemplar_database_exec (package, "PRAGMA journal_mode = DELETE", error);
}

/* Inside the master's open write: the secret (when new, or unchanged since
 * it was read), the review_package row and the audit row. */
static gboolean
record_in_master (ExemplarDatabase  *master,
                  ExportJob         *job,
                  ExportState       *state,
                  GError           **error)
{
  g_autoptr(sqlite3_stmt) current = NULL;
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;
  gboolean same;

  current = exemplar_database_prepare (master, "SELECT secret FROM reviewer WHERE id = ?", error);
  if (current == NULL)
    return FALSE;
  sqlite3_bind_int64 (current, 1, job->reviewer_id);
  if (sqlite3_step (current) != SQLITE_ROW)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("The reviewer is no longer in the campaign."));
      return FALSE;
    }

  if (sqlite3_column_type (current, 0) == SQLITE_NULL)
    same = state->new_secret;
  else
    same = !state->new_secret && sqlite3_column_bytes (current, 0) == SECRET_LENGTH &&
           memcmp (sqlite3_column_blob (current, 0), state->secret, SECRET_LENGTH) == 0;
  if (!same)
    {
      /* Another export of the same reviewer got there first. */
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("The package for %s could not be written because another one was made "
                     "at the same time; export it again."), state->reviewer_name);
      return FALSE;
    }

  if (!store_package (master, job, state, state->new_secret, error))
    return FALSE;

  target = g_strdup_printf ("reviewer %" G_GINT64_FORMAT, job->reviewer_id);
  detail = g_strdup_printf ("%s: %u assignments, %u evidence files, package %s",
                            state->reviewer_name, state->n_assignments, state->n_evidence,
                            state->uuid);
  return exemplar_database_audit (master, "package.export", target, detail, error);
}

/* Puts @temp_path at @path, never over a file that appeared there
 * meanwhile: a hard link fails when the name is taken. */
static gboolean
move_into_place (const char  *temp_path,
                 const char  *path,
                 GError     **error)
{
  int saved_errno;

  if (link (temp_path, path) == 0)
    {
      g_unlink (temp_path);
      return TRUE;
    }

  saved_errno = errno;
  if (saved_errno != EEXIST && !g_file_test (path, G_FILE_TEST_EXISTS))
    /* A file system without hard links. */
    return _exemplar_util_commit_temp (temp_path, path, error);

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
               _("A file already exists at “%s”; choose another name."), path);
  return FALSE;
}

static gboolean
export_job_run (ExportJob     *job,
                GCancellable  *cancellable,
                GError       **error)
{
  g_auto(ExportState) state = { 0, };
  g_autoptr(ExemplarDatabase) master = NULL;
  g_autoptr(ExemplarDatabase) package = NULL;
  g_autofree char *temp_path = NULL;

  master = exemplar_database_open (job->master_path, EXEMPLAR_DATABASE_OPEN, error);
  if (master == NULL || !check_master (master, job, &state, error))
    return FALSE;

  /* A unique name beside @path, given to SQLite to create afresh. */
  temp_path = _exemplar_util_create_temp (job->path, error);
  if (temp_path == NULL)
    return FALSE;
  g_unlink (temp_path);

  package = exemplar_database_open (temp_path, EXEMPLAR_DATABASE_CREATE | EXEMPLAR_DATABASE_PACKAGE, error);
  if (package == NULL ||
      !fill_package (package, job, &state, cancellable, error))
    {
      g_clear_object (&package);
      remove_files (temp_path);
      return FALSE;
    }
  g_clear_object (&package);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !exemplar_database_begin (master, error))
    {
      remove_files (temp_path);
      return FALSE;
    }

  if (!record_in_master (master, job, &state, error) ||
      !move_into_place (temp_path, job->path, error))
    {
      exemplar_database_rollback (master);
      remove_files (temp_path);
      return FALSE;
    }

  if (!exemplar_database_commit (master, error))
    {
      exemplar_database_rollback (master);
      g_unlink (job->path);
      return FALSE;
    }

  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (export_job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

gboolean
exemplar_review_package_export (ExemplarCampaign  *campaign,
                                ExemplarReviewer  *reviewer,
                                const char        *path,
                                GCancellable      *cancellable,
                                GError           **error)
{
  ExportJob *job;
  gboolean done;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = export_job_new (campaign, reviewer, path);
  done = export_job_run (job, cancellable, error);
  export_job_free (job);

  return done;
}

void
exemplar_review_package_export_async (ExemplarCampaign    *campaign,
                                      ExemplarReviewer    *reviewer,
                                      const char          *path,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));
  g_return_if_fail (EXEMPLAR_IS_REVIEWER (reviewer));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (campaign, cancellable, callback, user_data);
  g_task_set_source_tag (task, exemplar_review_package_export_async);
  g_task_set_task_data (task, export_job_new (campaign, reviewer, path), export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
exemplar_review_package_export_finish (ExemplarCampaign  *campaign,
                                       GAsyncResult      *result,
                                       GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, campaign), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == exemplar_review_package_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
append_safe (GString    *name,
             const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (name, '_');
      else
        g_string_append_unichar (name, c);
    }
}

char *
exemplar_review_package_dup_basename (ExemplarCampaign *campaign,
                                      ExemplarReviewer *reviewer)
{
  GString *name = g_string_new (NULL);

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), NULL);

  append_safe (name, exemplar_campaign_get_title (campaign));
  g_string_append_c (name, '-');
  append_safe (name, exemplar_reviewer_get_name (reviewer));
  g_string_append (name, EXEMPLAR_REVIEW_PACKAGE_SUFFIX);

  return g_string_free (name, FALSE);
}

/* A package's uuid never changes: read once, kept with the campaign. */
static GQuark
package_uuid_quark (void)
{
  return g_quark_from_static_string ("exemplar-review-package-uuid");
}

const char *
exemplar_review_package_get_uuid (ExemplarCampaign *package)
{
  GQuark quark = package_uuid_quark ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *uuid;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (package), NULL);

  if (!exemplar_campaign_get_is_package (package))
    return NULL;

  uuid = g_object_get_qdata (G_OBJECT (package), quark);
  if (uuid != NULL)
    return uuid;

  stmt = exemplar_database_prepare (exemplar_campaign_get_database (package),
                                    "SELECT uuid FROM review_package LIMIT 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  g_object_set_qdata_full (G_OBJECT (package), quark,
                           g_strdup ((const char *) sqlite3_column_text (stmt, 0)), g_free);
  return g_object_get_qdata (G_OBJECT (package), quark);
}
