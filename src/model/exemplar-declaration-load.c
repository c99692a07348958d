/* exemplar-declaration-load.c
 *
 * Reading every application of a campaign as it opens: one query per
 * table for all of them rather than a few per application, which on a
 * national campaign (thousands of applicants) was most of the opening.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-campaign.h"
#include "exemplar-declaration-private.h"
#include "exemplar-evidence-private.h"

/* Takes one row into the application it belongs to. */
typedef void (*ReadRowFunc) (ExemplarDeclaration *self,
                             sqlite3_stmt        *stmt);

static void
read_application (ExemplarDeclaration *self,
                  sqlite3_stmt        *stmt)
{
  self->state_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->submitted_at = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
}

static void
read_field (ExemplarDeclaration *self,
            sqlite3_stmt        *stmt)
{
  g_hash_table_insert (self->fields,
                       g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                       g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
}

static void
read_self_score (ExemplarDeclaration *self,
                 sqlite3_stmt        *stmt)
{
  _exemplar_self_scores_add_row (self->self_scores, stmt, 1);
}

/* Rows come in id order, the order attached. */
static void
read_evidence (ExemplarDeclaration *self,
               sqlite3_stmt        *stmt)
{
  g_autoptr(ExemplarEvidence) evidence = _exemplar_evidence_new_from_row (stmt);

  g_list_store_append (self->evidence, evidence);
}

/* Runs @sql and hands each row to @read with the application whose id is
 * in column @id_column. */
static gboolean
read_rows (ExemplarDatabase  *db,
           GHashTable        *by_id,
           const char        *sql,
           int                id_column,
           ReadRowFunc        read,
           GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = exemplar_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, id_column);
      ExemplarDeclaration *declaration = g_hash_table_lookup (by_id, &id);

      if (declaration != NULL)
        read (declaration, stmt);
    }

  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (db, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_exemplar_declarations_attach (GListModel        *declarations,
                               ExemplarCampaign  *campaign,
                               GError           **error)
{
  ExemplarDatabase *db = exemplar_campaign_get_database (campaign);
  guint n_items = g_list_model_get_n_items (declarations);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);

  g_return_val_if_fail (G_IS_LIST_MODEL (declarations), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);

  for (guint i = 0; i < n_items; i++)
    {
      ExemplarDeclaration *declaration = g_list_model_get_item (declarations, i);

      g_hash_table_insert (by_id, &declaration->id, declaration);
    }

  if (!read_rows (db, by_id,
                  "SELECT id, state_reason, submitted_at FROM application",
                  0, read_application, error) ||
      !read_rows (db, by_id,
                  "SELECT application_id, key, value FROM application_field",
                  0, read_field, error) ||
      !read_rows (db, by_id,
                  "SELECT application_id, indicator_id, points, note FROM self_score",
                  0, read_self_score, error) ||
      !read_rows (db, by_id,
                  "SELECT " EXEMPLAR_EVIDENCE_COLUMNS " "
                  "FROM evidence e JOIN blob b ON b.sha256 = e.sha256 "
                  "LEFT JOIN indicator i ON i.id = e.indicator_id "
                  "ORDER BY e.id",
                  1, read_evidence, error))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      _exemplar_declaration_set_campaign (declaration, campaign);
    }

  return TRUE;
}
