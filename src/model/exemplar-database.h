/* exemplar-database.h
 *
 * The SQLite connection behind a campaign: opening, the schema and its
 * migrations, transactions and the audit log. Model-internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

/* "EXEM" in ASCII: PRAGMA application_id of every campaign file. */
#define EXEMPLAR_APPLICATION_ID 0x4558454d
/* "EXER": PRAGMA application_id of a review package (.exemplar-review),
 * a campaign file of its own kind with the same schema. */
#define EXEMPLAR_PACKAGE_APPLICATION_ID 0x45584552
#define EXEMPLAR_SCHEMA_VERSION 5

typedef enum
{
  EXEMPLAR_DATABASE_OPEN    = 0,
  EXEMPLAR_DATABASE_CREATE  = 1 << 0,
  /* With CREATE: the new file is a review package. */
  EXEMPLAR_DATABASE_PACKAGE = 1 << 1,
} ExemplarDatabaseFlags;

#define EXEMPLAR_TYPE_DATABASE (exemplar_database_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDatabase, exemplar_database, EXEMPLAR, DATABASE, GObject)

ExemplarDatabase *exemplar_database_open           (const char             *path,
                                                    ExemplarDatabaseFlags   flags,
                                                    GError                **error);
sqlite3          *exemplar_database_get_handle     (ExemplarDatabase       *self);
const char       *exemplar_database_get_path       (ExemplarDatabase       *self);
gboolean          exemplar_database_get_read_only  (ExemplarDatabase       *self);
const char       *exemplar_database_get_read_only_reason (ExemplarDatabase *self);
int               exemplar_database_get_schema_version   (ExemplarDatabase *self);
/* Whether the file is a review package (its application_id). */
gboolean          exemplar_database_get_is_package (ExemplarDatabase       *self);

gboolean          exemplar_database_begin          (ExemplarDatabase       *self,
                                                    GError                **error);
gboolean          exemplar_database_commit         (ExemplarDatabase       *self,
                                                    GError                **error);
void              exemplar_database_rollback       (ExemplarDatabase       *self);

/* Prepares @sql; returns NULL with @error set on failure. */
sqlite3_stmt     *exemplar_database_prepare        (ExemplarDatabase       *self,
                                                    const char             *sql,
                                                    GError                **error);
/* Runs @sql with no parameters and no result rows. */
gboolean          exemplar_database_exec           (ExemplarDatabase       *self,
                                                    const char             *sql,
                                                    GError                **error);
/* Steps a statement that returns no rows, and finalizes it. */
gboolean          exemplar_database_step_done      (ExemplarDatabase       *self,
                                                    sqlite3_stmt           *stmt,
                                                    GError                **error);
void              exemplar_database_set_error      (ExemplarDatabase       *self,
                                                    GError                **error);
gint64            exemplar_database_last_insert_id (ExemplarDatabase       *self);

/* Appends one row to the hash-chained audit log, inside the caller's transaction. */
gboolean          exemplar_database_audit          (ExemplarDatabase       *self,
                                                    const char             *action,
                                                    const char             *target,
                                                    const char             *detail,
                                                    GError                **error);
/* Verifies the audit chain; appends a line to @problems for each broken link. */
/* A change is one transaction: begin_write() opens it with its first
 * statement, prepare_write() and step_write() run further ones, and
 * commit_write() steps the last statement (when given), appends the audit
 * row (unless @action is NULL) and commits. Each rolls the whole change
 * back on failure, so a caller only returns. */
sqlite3_stmt     *exemplar_database_begin_write    (ExemplarDatabase       *self,
                                                    const char             *sql,
                                                    GError                **error);
sqlite3_stmt     *exemplar_database_prepare_write  (ExemplarDatabase       *self,
                                                    const char             *sql,
                                                    GError                **error);
/* Steps and finalizes @stmt, a statement that returns no rows. */
gboolean          exemplar_database_step_write     (ExemplarDatabase       *self,
                                                    sqlite3_stmt           *stmt,
                                                    GError                **error);
gboolean          exemplar_database_commit_write   (ExemplarDatabase       *self,
                                                    sqlite3_stmt           *stmt,
                                                    const char             *action,
                                                    const char             *target,
                                                    const char             *detail,
                                                    GError                **error);
gboolean          exemplar_database_verify_audit   (ExemplarDatabase       *self,
                                                    GPtrArray              *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
