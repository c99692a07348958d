/* exemplar-sheet-file-entry.c
 *
 * One sheet as a score sheet file carries it: written from a submitted
 * sheet in a review package, read back in the office, checked against the
 * office's assignments and rubric, and stored sealed as the reviewer
 * sealed it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation-private.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-rubric.h"
#include "exemplar-sheet-file-private.h"
#include "exemplar-unit.h"

/* Reviewers score in half points, as the score sheet takes them. */
#define POINTS_STEP 50

void
_exemplar_sheet_file_entry_build (JsonBuilder        *builder,
                                  ExemplarScoreSheet *sheet)
{
  ExemplarAssignment *assignment = exemplar_score_sheet_get_assignment (sheet);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  ExemplarRound *round = exemplar_assignment_get_round (assignment);
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "assignment");
  json_builder_add_int_value (builder, exemplar_assignment_get_id (assignment));
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, exemplar_unit_get_code (exemplar_declaration_get_unit (declaration)));
  json_builder_set_member_name (builder, "round");
  if (round != NULL)
    json_builder_add_int_value (builder, exemplar_round_get_id (round));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "submitted-at");
  json_builder_add_string_value (builder, exemplar_score_sheet_get_submitted_at (sheet));
  json_builder_set_member_name (builder, "seal");
  json_builder_add_string_value (builder, exemplar_score_sheet_get_seal (sheet));
  json_builder_set_member_name (builder, "comment");
  if (exemplar_score_sheet_get_comment (sheet) != NULL)
    json_builder_add_string_value (builder, exemplar_score_sheet_get_comment (sheet));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      const char *reason = NULL;
      gint64 points = 0;

      if (!exemplar_score_sheet_get_score (sheet, leaf, &points, &reason))
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, exemplar_indicator_get_code (leaf));
      json_builder_set_member_name (builder, "points");
      json_builder_add_int_value (builder, points);
      json_builder_set_member_name (builder, "reason");
      if (reason != NULL)
        json_builder_add_string_value (builder, reason);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Reading */

gboolean
_exemplar_sheet_file_get_int (JsonObject *object,
                              const char *member,
                              gint64     *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  *value = json_node_get_int (node);
  return TRUE;
}

const char *
_exemplar_sheet_file_get_string (JsonObject *object,
                                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* A copy of a string member, or (when @nullable) NULL for null; FALSE
 * when it is neither. */
static gboolean
dup_string (JsonObject  *object,
            const char  *member,
            gboolean     nullable,
            char       **value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = g_strdup (_exemplar_sheet_file_get_string (object, member));
  return *value != NULL || (nullable && node != NULL && JSON_NODE_HOLDS_NULL (node));
}

void
_exemplar_sheet_file_entry_free (ExemplarSheetFileEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->unit_code);
  g_free (entry->submitted_at);
  g_free (entry->seal);
  g_free (entry->comment);
  g_clear_pointer (&entry->codes, g_ptr_array_unref);
  g_clear_pointer (&entry->points, g_array_unref);
  g_clear_pointer (&entry->reasons, g_ptr_array_unref);
  g_clear_pointer (&entry->node, json_node_unref);
  g_clear_object (&entry->assignment);
  g_clear_pointer (&entry->scores, g_hash_table_unref);
  g_free (entry);
}

static gboolean
parse_items (ExemplarSheetFileEntry *entry,
             JsonObject             *object)
{
  JsonNode *node = json_object_get_member (object, "items");
  JsonArray *items;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  items = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item_node = json_array_get_element (items, i);
      JsonObject *item;
      char *code = NULL;
      char *reason = NULL;
      gint64 points = 0;

      if (!JSON_NODE_HOLDS_OBJECT (item_node))
        return FALSE;
      item = json_node_get_object (item_node);
      if (!dup_string (item, "code", FALSE, &code))
        return FALSE;
      g_ptr_array_add (entry->codes, code);
      if (!_exemplar_sheet_file_get_int (item, "points", &points) ||
          !dup_string (item, "reason", TRUE, &reason))
        return FALSE;
      g_array_append_val (entry->points, points);
      g_ptr_array_add (entry->reasons, reason);
    }

  return TRUE;
}

ExemplarSheetFileEntry *
_exemplar_sheet_file_entry_parse (JsonNode *node)
{
  g_autoptr(ExemplarSheetFileEntry) entry = g_new0 (ExemplarSheetFileEntry, 1);
  JsonObject *object;
  JsonNode *round;

  entry->codes = g_ptr_array_new_with_free_func (g_free);
  entry->points = g_array_new (FALSE, FALSE, sizeof (gint64));
  entry->reasons = g_ptr_array_new_with_free_func (g_free);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  entry->node = json_node_copy (node);
  object = json_node_get_object (node);

  round = json_object_get_member (object, "round");
  if (round == NULL ||
      !(JSON_NODE_HOLDS_NULL (round) || _exemplar_sheet_file_get_int (object, "round", &entry->round_id)))
    return NULL;

  if (!_exemplar_sheet_file_get_int (object, "assignment", &entry->assignment_id) ||
      !dup_string (object, "unit", FALSE, &entry->unit_code) ||
      !dup_string (object, "submitted-at", FALSE, &entry->submitted_at) ||
      !dup_string (object, "seal", FALSE, &entry->seal) ||
      !dup_string (object, "comment", TRUE, &entry->comment) ||
      !parse_items (entry, object))
    return NULL;

  return g_steal_pointer (&entry);
}

char *
_exemplar_sheet_file_entry_dup_json (ExemplarSheetFileEntry *entry)
{
  return json_to_string (entry->node, FALSE);
}

/* Checking */

char *
_exemplar_sheet_file_dup_assignment_label (ExemplarAssignment *assignment)
{
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  const char *unit = exemplar_unit_get_name (exemplar_declaration_get_unit (declaration));
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  if (round == NULL)
    return g_strdup (unit);

  /* Translators: a unit's name and, in brackets, a round's name. */
  return g_strdup_printf (_("%s (%s)"), unit, exemplar_round_get_name (round));
}

static ExemplarAssignment *
find_assignment (ExemplarEvaluation *evaluation,
                 gint64              id)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_assignment_get_id (assignment) == id)
        return assignment;
    }

  return NULL;
}

/* The assignment the entry names, when it is @reviewer's with the same
 * unit and round. */
static ExemplarAssignment *
resolve_assignment (ExemplarSheetFileEntry  *entry,
                    ExemplarEvaluation      *evaluation,
                    ExemplarReviewer        *reviewer,
                    GError                 **error)
{
  ExemplarCampaign *campaign = exemplar_evaluation_get_campaign (evaluation);
  ExemplarAssignment *assignment = find_assignment (evaluation, entry->assignment_id);
  ExemplarUnit *unit;
  ExemplarRound *round;

  if (assignment != NULL)
    {
      round = exemplar_assignment_get_round (assignment);
      unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      if (exemplar_assignment_get_reviewer (assignment) == reviewer &&
          g_strcmp0 (exemplar_unit_get_code (unit), entry->unit_code) == 0 &&
          (round != NULL ? exemplar_round_get_id (round) : 0) == entry->round_id)
        return assignment;
    }

  unit = exemplar_campaign_find_unit (campaign, entry->unit_code);
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               /* Translators: a unit's name, then a reviewer's name. */
               _("The file holds a sheet for %s that is not assigned to %s."),
               unit != NULL ? exemplar_unit_get_name (unit) : entry->unit_code,
               exemplar_reviewer_get_name (reviewer));
  return NULL;
}

static void
sheet_score_free (gpointer data)
{
  ExemplarSheetScore *score = data;

  g_free (score->reason);
  g_free (score);
}

static gboolean
has_text (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  return stripped != NULL && stripped[0] != '\0';
}

/* The points of @leaf at @index of the entry: in bounds, on the step, and
 * with a reason when an item falls short of its maximum. */
static gboolean
check_item (ExemplarSheetFileEntry  *entry,
            guint                    index,
            ExemplarIndicator       *leaf,
            const char              *label,
            GError                 **error)
{
  gint64 points = g_array_index (entry->points, gint64, index);
  const char *reason = g_ptr_array_index (entry->reasons, index);
  gint64 max = exemplar_indicator_get_points (leaf);

  if (points < 0 || points > max || points % POINTS_STEP != 0)
    {
      g_autofree char *given = exemplar_points_format (points);
      g_autofree char *max_text = exemplar_points_format (max);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit (and round), an item's code and name, the
                    * points given, the item's maximum. */
                   _("The sheet for %s gives item %s %s %s points; it takes 0 to %s, in steps of 0.5."),
                   label, exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf),
                   given, max_text);
      return FALSE;
    }

  if (points < max && exemplar_indicator_get_kind (leaf) != EXEMPLAR_INDICATOR_BONUS && !has_text (reason))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit (and round), then an item's code and name. */
                   _("The sheet for %s deducts points on item %s %s without saying why."),
                   label, exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf));
      return FALSE;
    }

  return TRUE;
}

/* Every assigned leaf once, nothing else; fills the entry's scores and total. */
static gboolean
check_items (ExemplarSheetFileEntry  *entry,
             ExemplarRubric          *rubric,
             GPtrArray               *leaves,
             const char              *label,
             GError                 **error)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 items = 0;
  gint64 bonus = 0;

  for (guint i = 0; i < entry->codes->len; i++)
    {
      const char *code = g_ptr_array_index (entry->codes, i);

      if (!g_hash_table_insert (by_code, (gpointer) code, GUINT_TO_POINTER (i + 1)))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: a unit (and round), then an item's code. */
                       _("The sheet for %s scores item %s twice."), label, code);
          return FALSE;
        }
    }

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_code, exemplar_indicator_get_code (leaf)));
      ExemplarSheetScore *score;
      gint64 id = exemplar_indicator_get_id (leaf);

      if (index == 0)
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       /* Translators: a unit (and round), then an item's code and name. */
                       _("The sheet for %s does not score item %s %s, which the rubric asks for."),
                       label, exemplar_indicator_get_code (leaf), exemplar_indicator_get_name (leaf));
          return FALSE;
        }
      if (!check_item (entry, index - 1, leaf, label, error))
        return FALSE;
      g_hash_table_remove (by_code, exemplar_indicator_get_code (leaf));

      score = g_new0 (ExemplarSheetScore, 1);
      score->has_points = TRUE;
      score->points = g_array_index (entry->points, gint64, index - 1);
      score->reason = g_strdup (g_ptr_array_index (entry->reasons, index - 1));
      g_hash_table_insert (entry->scores, g_memdup2 (&id, sizeof id), score);

      if (exemplar_indicator_get_kind (leaf) == EXEMPLAR_INDICATOR_BONUS)
        bonus += score->points;
      else
        items += score->points;
    }

  if (g_hash_table_size (by_code) > 0)
    {
      GHashTableIter iter;
      const char *code = NULL;

      g_hash_table_iter_init (&iter, by_code);
      g_hash_table_iter_next (&iter, (gpointer *) &code, NULL);
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit (and round), then an item's code. */
                   _("The sheet for %s scores item %s, which is not on this reviewer’s sheet in "
                     "this campaign’s rubric."),
                   label, code);
      return FALSE;
    }

  /* As the score sheet totals: bonus points up to the rubric's cap. */
  entry->total = items + MIN (bonus, exemplar_rubric_get_bonus_cap (rubric));
  return TRUE;
}

gboolean
_exemplar_sheet_file_entry_check (ExemplarSheetFileEntry  *entry,
                                  ExemplarEvaluation      *evaluation,
                                  ExemplarReviewer        *reviewer,
                                  GError                 **error)
{
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (exemplar_evaluation_get_campaign (evaluation));
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(GDateTime) submitted_at = NULL;
  g_autofree char *label = NULL;
  g_autofree char *seal = NULL;
  ExemplarAssignment *assignment;

  g_clear_object (&entry->assignment);
  g_clear_pointer (&entry->scores, g_hash_table_unref);

  if ((assignment = resolve_assignment (entry, evaluation, reviewer, error)) == NULL)
    return FALSE;

  label = _exemplar_sheet_file_dup_assignment_label (assignment);
  if ((submitted_at = g_date_time_new_from_iso8601 (entry->submitted_at, NULL)) == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit (and round). */
                   _("The sheet for %s does not say when it was submitted."), label);
      return FALSE;
    }

  entry->scores = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, sheet_score_free);
  leaves = _exemplar_score_sheet_collect_leaves (rubric, exemplar_assignment_get_scope (assignment));
  if (!check_items (entry, rubric, leaves, label, error))
    return FALSE;

  /* The MAC already vouches for the content; the seal is a second, cheap
   * look at the same thing, made by the code that sealed it. */
  seal = _exemplar_score_sheet_compute_seal (assignment, leaves, entry->scores, entry->comment);
  if (g_strcmp0 (seal, entry->seal) != 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED,
                   /* Translators: a unit (and round). */
                   _("The seal of the sheet for %s does not match its points: the sheet was "
                     "changed after it was submitted."),
                   label);
      return FALSE;
    }

  entry->assignment = g_object_ref (assignment);
  return TRUE;
}

/* Storing */

static gint64
ensure_sheet_row (ExemplarEvaluation  *evaluation,
                  gint64               assignment_id,
                  GError             **error)
{
  ExemplarDatabase *db = _exemplar_evaluation_get_database (evaluation);
  g_autoptr(sqlite3_stmt) select = NULL;
  sqlite3_stmt *insert;

  insert = _exemplar_evaluation_prepare_write (evaluation,
                                               "INSERT INTO score_sheet (assignment_id, state) "
                                               "VALUES (?, 'draft') ON CONFLICT (assignment_id) DO NOTHING",
                                               error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_int64 (insert, 1, assignment_id);
  if (!_exemplar_evaluation_step_write (evaluation, insert, error))
    return 0;

  select = _exemplar_evaluation_prepare_write (evaluation,
                                               "SELECT id FROM score_sheet WHERE assignment_id = ?", error);
  if (select == NULL)
    return 0;
  sqlite3_bind_int64 (select, 1, assignment_id);
  if (sqlite3_step (select) != SQLITE_ROW)
    {
      exemplar_database_set_error (db, error);
      exemplar_database_rollback (db);
      return 0;
    }

  return sqlite3_column_int64 (select, 0);
}

gboolean
_exemplar_sheet_file_entry_store (ExemplarSheetFileEntry  *entry,
                                  ExemplarEvaluation      *evaluation,
                                  GError                 **error)
{
  g_autofree char *now = _exemplar_score_sheet_now ();
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *update;
  gint64 sheet_id;

  g_assert (entry->assignment != NULL && entry->scores != NULL);

  if ((sheet_id = ensure_sheet_row (evaluation, entry->assignment_id, error)) == 0)
    return FALSE;

  g_hash_table_iter_init (&iter, entry->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ExemplarSheetScore *score = value;
      sqlite3_stmt *upsert;

      upsert = _exemplar_evaluation_prepare_write (evaluation,
                                                   "INSERT INTO score (sheet_id, indicator_id, points, reason) "
                                                   "VALUES (?1, ?2, ?3, ?4) "
                                                   "ON CONFLICT (sheet_id, indicator_id) "
                                                   "DO UPDATE SET points = excluded.points, reason = excluded.reason",
                                                   error);
      if (upsert == NULL)
        return FALSE;
      sqlite3_bind_int64 (upsert, 1, sheet_id);
      sqlite3_bind_int64 (upsert, 2, *(gint64 *) key);
      sqlite3_bind_int64 (upsert, 3, score->points);
      if (score->reason != NULL)
        sqlite3_bind_text (upsert, 4, score->reason, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (upsert, 4);
      if (!_exemplar_evaluation_step_write (evaluation, upsert, error))
        return FALSE;
    }

  update = _exemplar_evaluation_prepare_write (evaluation,
                                               "UPDATE score_sheet SET state = 'submitted', comment = ?, "
                                               "  submitted_at = ?, seal = ?, updated_at = ? WHERE id = ?",
                                               error);
  if (update == NULL)
    return FALSE;
  if (entry->comment != NULL)
    sqlite3_bind_text (update, 1, entry->comment, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (update, 1);
  sqlite3_bind_text (update, 2, entry->submitted_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 3, entry->seal, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 5, sheet_id);

  return _exemplar_evaluation_step_write (evaluation, update, error);
}
