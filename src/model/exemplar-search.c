/* exemplar-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-database.h"
#include "exemplar-error.h"
#include "exemplar-search.h"

/* Characters of context on each side of a hit in a snippet. */
#define CONTEXT_CHARS 24

void
exemplar_search_hit_free (ExemplarSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->unit_code);
  g_free (hit->unit_name);
  g_free (hit->indicator_code);
  g_free (hit->sha256);
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

/* Page text from poppler has hard line breaks; a snippet reads as one line.
 * Between two CJK characters a break is dropped (Chinese has no spaces),
 * elsewhere it becomes a space. */
static void
flatten (GString *text)
{
  for (gsize i = 0; i < text->len; i++)
    {
      if (text->str[i] != '\n' && text->str[i] != '\r' && text->str[i] != '\t')
        continue;

      if (text->str[i] != '\t' && i > 0 && i + 1 < text->len &&
          ((guchar) text->str[i - 1] & 0x80) && ((guchar) text->str[i + 1] & 0x80))
        {
          g_string_erase (text, (gssize) i, 1);
          i--;
        }
      else
        text->str[i] = ' ';
    }
}

/* Cuts CONTEXT_CHARS characters around the first case-insensitive
 * occurrence of @query in @text and marks it with \x02 … \x03. */
static char *
make_snippet (const char *text,
              const char *query)
{
  g_autofree char *text_folded = g_utf8_casefold (text, -1);
  g_autofree char *query_folded = g_utf8_casefold (query, -1);
  g_autoptr(GString) snippet = g_string_new (NULL);
  const char *found = strstr (text_folded, query_folded);
  glong hit_start, hit_length, from, to, total;
  const char *a, *b, *c, *d;

  if (found == NULL)
    {
      g_autofree char *start = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 2 * CONTEXT_CHARS));
      g_string_append (snippet, start);
      flatten (snippet);
      return g_string_free (g_steal_pointer (&snippet), FALSE);
    }

  /* Case folding ASCII and CJK keeps character counts, so offsets carry
   * over from the folded text to the original. */
  hit_start = g_utf8_pointer_to_offset (text_folded, found);
  hit_length = g_utf8_strlen (query_folded, -1);
  total = g_utf8_strlen (text, -1);
  from = MAX (0, hit_start - CONTEXT_CHARS);
  to = MIN (total, hit_start + hit_length + CONTEXT_CHARS);

  a = g_utf8_offset_to_pointer (text, from);
  b = g_utf8_offset_to_pointer (text, MIN (hit_start, total));
  c = g_utf8_offset_to_pointer (text, MIN (hit_start + hit_length, total));
  d = g_utf8_offset_to_pointer (text, to);

  if (from > 0)
    g_string_append (snippet, "…");
  g_string_append_len (snippet, a, b - a);
  g_string_append_c (snippet, '\x02');
  g_string_append_len (snippet, b, c - b);
  g_string_append_c (snippet, '\x03');
  g_string_append_len (snippet, c, d - c);
  if (to < total)
    g_string_append (snippet, "…");

  flatten (snippet);
  return g_string_free (g_steal_pointer (&snippet), FALSE);
}

static char *
escape_like (const char *query)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = query; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

/* Stops a query between steps once @user_data, a GCancellable, is
 * cancelled. */
static int
on_progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static GPtrArray *
search_database (ExemplarDatabase  *db,
                 const char        *query,
                 guint              limit,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) exemplar_search_hit_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) text_stmt = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *pattern = NULL;
  gboolean use_match;
  int rc;

  trimmed = g_strstrip (g_strdup (query ? query : ""));
  if (trimmed[0] == '\0' || limit == 0)
    return g_steal_pointer (&hits);

  /* The trigram index answers queries of three characters or more; shorter
   * ones (two-character Chinese words are common) scan the text instead. */
  use_match = g_utf8_strlen (trimmed, -1) >= 3;
  if (use_match)
    {
      GString *phrase = g_string_new ("\"");

      for (const char *p = trimmed; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (phrase, '"');
          g_string_append_c (phrase, *p);
        }
      g_string_append_c (phrase, '"');
      pattern = g_string_free (phrase, FALSE);
    }
  else
    {
      g_autofree char *escaped = escape_like (trimmed);
      pattern = g_strconcat ("%", escaped, "%", NULL);
    }

  /* Only the first @limit matching pages in index order are read, so a word
   * that is on every page costs no more than a rare one; they are then put in
   * unit order for display. The page text is fetched for those pages alone. */
  stmt = exemplar_database_prepare (db,
                                    use_match ?
                                    "SELECT u.code, u.name, i.code, e.id, e.sha256, e.title, f.page, f.r, u.position "
                                    "FROM (SELECT rowid AS r, sha256, page FROM evidence_text "
                                    "      WHERE evidence_text MATCH ?1 LIMIT ?2) f "
                                    "JOIN evidence e ON e.sha256 = f.sha256 "
                                    "JOIN application a ON a.id = e.application_id "
                                    "JOIN unit u ON u.id = a.unit_id "
                                    "LEFT JOIN indicator i ON i.id = e.indicator_id "
                                    "ORDER BY u.position, e.id, f.page LIMIT ?2"
                                    :
                                    "SELECT u.code, u.name, i.code, e.id, e.sha256, e.title, f.page, f.r, u.position "
                                    "FROM (SELECT rowid AS r, sha256, page FROM evidence_text "
                                    "      WHERE text LIKE ?1 ESCAPE '\\' LIMIT ?2) f "
                                    "JOIN evidence e ON e.sha256 = f.sha256 "
                                    "JOIN application a ON a.id = e.application_id "
                                    "JOIN unit u ON u.id = a.unit_id "
                                    "LEFT JOIN indicator i ON i.id = e.indicator_id "
                                    "ORDER BY u.position, e.id, f.page LIMIT ?2",
                                    error);
  if (stmt == NULL)
    return NULL;
  text_stmt = exemplar_database_prepare (db, "SELECT text FROM evidence_text WHERE rowid = ?", error);
  if (text_stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) MIN (limit, (guint) G_MAXINT));

  if (cancellable != NULL)
    sqlite3_progress_handler (exemplar_database_get_handle (db), 1000, on_progress_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ExemplarSearchHit *hit = g_new0 (ExemplarSearchHit, 1);

      hit->unit_code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      hit->unit_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      hit->indicator_code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      hit->evidence_id = sqlite3_column_int64 (stmt, 3);
      hit->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      hit->page = (guint) sqlite3_column_int (stmt, 6);

      sqlite3_reset (text_stmt);
      sqlite3_bind_int64 (text_stmt, 1, sqlite3_column_int64 (stmt, 7));
      if (sqlite3_step (text_stmt) == SQLITE_ROW)
        hit->snippet = make_snippet ((const char *) sqlite3_column_text (text_stmt, 0), trimmed);
      else
        hit->snippet = g_strdup ("");
      g_ptr_array_add (hits, hit);
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (exemplar_database_get_handle (db), 0, NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("The search could not be run: %s"),
                   sqlite3_errmsg (exemplar_database_get_handle (db)));
      return NULL;
    }

  return g_steal_pointer (&hits);
}

GPtrArray *
exemplar_campaign_search (ExemplarCampaign  *campaign,
                          const char        *query,
                          guint              limit,
                          GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  return search_database (exemplar_campaign_get_database (campaign), query, limit, NULL, error);
}

typedef struct
{
  char  *path;
  char  *query;
  guint  limit;
} SearchJob;

static void
search_job_free (SearchJob *job)
{
  g_free (job->path);
  g_free (job->query);
  g_free (job);
}

/* A connection of the worker's own: the campaign's belongs to the main
 * thread. SQLite's WAL lets it read while the main thread writes. */
static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  g_autoptr(ExemplarDatabase) db = NULL;
  GError *error = NULL;
  GPtrArray *hits;

  db = exemplar_database_open (job->path, EXEMPLAR_DATABASE_OPEN, &error);
  hits = db != NULL ? search_database (db, job->query, job->limit, cancellable, &error) : NULL;

  if (hits != NULL)
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
exemplar_campaign_search_async (ExemplarCampaign    *campaign,
                                const char          *query,
                                guint                limit,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchJob *job;

  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));

  task = g_task_new (campaign, cancellable, callback, user_data);
  g_task_set_source_tag (task, exemplar_campaign_search_async);

  /* A file open read-only may not take a second connection that could
   * write; it is searched here, on the campaign's own. */
  if (exemplar_campaign_get_read_only (campaign))
    {
      GError *error = NULL;
      GPtrArray *hits = exemplar_campaign_search (campaign, query, limit, &error);

      if (hits != NULL)
        g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
      else
        g_task_return_error (task, error);
      return;
    }

  job = g_new0 (SearchJob, 1);
  job->path = g_strdup (exemplar_campaign_get_path (campaign));
  job->query = g_strdup (query ? query : "");
  job->limit = limit;
  g_task_set_task_data (task, job, (GDestroyNotify) search_job_free);
  g_task_run_in_thread (task, search_thread);
}

GPtrArray *
exemplar_campaign_search_finish (ExemplarCampaign  *campaign,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, campaign), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
