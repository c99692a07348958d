/* exemplar-template.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-database.h"
#include "exemplar-error.h"
#include "exemplar-phase.h"
#include "exemplar-points.h"
#include "exemplar-rubric-private.h"
#include "exemplar-template.h"
#include "exemplar-unit.h"

#define TEMPLATE_PATH "/io/github/exemplar/Exemplar/templates/"

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
require_string (JsonObject  *object,
                const char  *name,
                const char  *where,
                const char **value,
                GError     **error)
{
  *value = member_string (object, name);
  if (*value == NULL || (*value)[0] == '\0')
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The template lacks “%s” in %s."), name, where);
      return FALSE;
    }
  return TRUE;
}

static gboolean
require_date (JsonObject  *object,
              const char  *name,
              const char  *where,
              const char **value,
              GError     **error)
{
  GDate date;

  if (!require_string (object, name, where, value, error))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, *value);
  if (strlen (*value) != 10 || !g_date_valid (&date))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” in %s is not a date (YYYY-MM-DD)."), *value, where);
      return FALSE;
    }
  return TRUE;
}

/* Points are written as JSON numbers; they become hundredths exactly by way
 * of their shortest decimal text, never by float multiplication. */
static gboolean
member_points (JsonObject  *object,
               const char  *name,
               const char  *where,
               gint64      *points,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  *points = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” in %s is not a number."), name, where);
      return FALSE;
    }

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    g_ascii_formatd (buffer, sizeof buffer, "%.6g", json_node_get_double (node));

  if (!exemplar_points_parse (buffer, points, error))
    {
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run (ExemplarDatabase  *db,
     sqlite3_stmt      *stmt,
     GError           **error)
{
  return stmt != NULL && exemplar_database_step_done (db, stmt, error);
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           index,
               const char   *value)
{
  if (value != NULL && value[0] != '\0')
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
apply_indicator (JsonObject        *object,
                 ExemplarDatabase  *db,
                 gint64             parent_id,
                 const char        *parent_kind,
                 guint              position,
                 GError           **error)
{
  JsonArray *children = NULL;
  const char *code;
  const char *name;
  const char *kind = member_string (object, "kind");
  const char *methods_text = NULL;
  g_autofree char *methods = NULL;
  g_autofree char *where = NULL;
  sqlite3_stmt *insert;
  gint64 points;
  gint64 id;

  if (!require_string (object, "code", _("an indicator"), &code, error))
    return FALSE;
  where = g_strdup_printf (_("indicator %s"), code);
  if (!require_string (object, "name", where, &name, error) ||
      !member_points (object, "points", where, &points, error))
    return FALSE;

  if (kind == NULL)
    kind = parent_kind ? parent_kind : "item";
  if (!exemplar_indicator_kind_from_string (kind, NULL))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s has an unknown kind “%s”."), code, kind);
      return FALSE;
    }

  if (json_object_has_member (object, "methods"))
    {
      JsonArray *array = json_object_get_array_member (object, "methods");
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        g_ptr_array_add (ids, (gpointer) json_array_get_string_element (array, i));
      g_ptr_array_add (ids, NULL);
      methods = g_strjoinv (",", (char **) ids->pdata);
      methods_text = methods;
      if (!exemplar_methods_are_valid (methods))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("Indicator %s lists an unknown evaluation method: %s."), code, methods);
          return FALSE;
        }
    }

  insert = exemplar_database_prepare (db,
                                      "INSERT INTO indicator (parent_id, position, code, name, name_en, kind, "
                                      "  points, scoring_type, rule, methods, evidence, responsible_id) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                      "  (SELECT id FROM member_unit WHERE code = ?12))",
                                      error);
  if (insert == NULL)
    return FALSE;
  if (parent_id > 0)
    sqlite3_bind_int64 (insert, 1, parent_id);
  else
    sqlite3_bind_null (insert, 1);
  sqlite3_bind_int (insert, 2, (int) position);
  sqlite3_bind_text (insert, 3, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, name, -1, SQLITE_TRANSIENT);
  bind_optional (insert, 5, member_string (object, "name_en"));
  sqlite3_bind_text (insert, 6, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 7, points);
  bind_optional (insert, 8, member_string (object, "scoring_type"));
  bind_optional (insert, 9, member_string (object, "rule"));
  bind_optional (insert, 10, methods_text);
  bind_optional (insert, 11, member_string (object, "evidence"));
  bind_optional (insert, 12, member_string (object, "responsible"));

  if (!run (db, insert, error))
    {
      g_prefix_error (error, _("Indicator %s: "), code);
      return FALSE;
    }
  id = exemplar_database_last_insert_id (db);

  if (member_string (object, "responsible") != NULL)
    {
      g_autoptr(sqlite3_stmt) check =
        exemplar_database_prepare (db, "SELECT responsible_id IS NOT NULL FROM indicator WHERE id = ?", error);

      if (check == NULL)
        return FALSE;
      sqlite3_bind_int64 (check, 1, id);
      if (sqlite3_step (check) != SQLITE_ROW || sqlite3_column_int (check, 0) == 0)
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("Indicator %s names “%s” as responsible, which is not a member unit."),
                       code, member_string (object, "responsible"));
          return FALSE;
        }
    }

  if (json_object_has_member (object, "children"))
    children = json_object_get_array_member (object, "children");

  for (guint i = 0; children != NULL && i < json_array_get_length (children); i++)
    {
      JsonNode *child = json_array_get_element (children, i);

      if (!JSON_NODE_HOLDS_OBJECT (child))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("A child of indicator %s is not an object."), code);
          return FALSE;
        }
      if (!apply_indicator (json_node_get_object (child), db, id, kind, i, error))
        return FALSE;
    }

  return TRUE;
}

static JsonArray *
require_array (JsonObject  *object,
               const char  *name,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The template lacks the list “%s”."), name);
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
apply_units (JsonObject        *root,
             ExemplarDatabase  *db,
             GError           **error)
{
  JsonArray *units = require_array (root, "units", error);
  JsonArray *members = units ? require_array (root, "member_units", error) : NULL;

  if (members == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);
      const char *code, *name, *kind;
      sqlite3_stmt *insert;

      if (unit == NULL ||
          !require_string (unit, "code", _("a unit"), &code, error) ||
          !require_string (unit, "name", code, &name, error) ||
          !require_string (unit, "kind", code, &kind, error))
        {
          if (unit == NULL)
            g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                                 _("A unit in the template is not an object."));
          return FALSE;
        }

      insert = exemplar_database_prepare (db,
                                          "INSERT INTO unit (code, name, name_en, kind, position) "
                                          "VALUES (?, ?, ?, ?, ?)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, name, -1, SQLITE_TRANSIENT);
      bind_optional (insert, 3, member_string (unit, "name_en"));
      sqlite3_bind_text (insert, 4, kind, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 5, (int) i);
      if (!run (db, insert, error) ||
          !run (db, exemplar_database_prepare (db,
                                               "INSERT INTO application (unit_id) "
                                               "VALUES (last_insert_rowid ())", error), error))
        {
          g_prefix_error (error, _("Unit %s: "), code);
          return FALSE;
        }
    }

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *member = json_array_get_object_element (members, i);
      const char *code, *name;
      sqlite3_stmt *insert;

      if (member == NULL ||
          !require_string (member, "code", _("a member unit"), &code, error) ||
          !require_string (member, "name", code, &name, error))
        {
          if (member == NULL)
            g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                                 _("A member unit in the template is not an object."));
          return FALSE;
        }

      insert = exemplar_database_prepare (db,
                                          "INSERT INTO member_unit (code, name, name_en, position) "
                                          "VALUES (?, ?, ?, ?)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, name, -1, SQLITE_TRANSIENT);
      bind_optional (insert, 3, member_string (member, "name_en"));
      sqlite3_bind_int (insert, 4, (int) i);
      if (!run (db, insert, error))
        {
          g_prefix_error (error, _("Member unit %s: "), code);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
apply_campaign (JsonObject        *root,
                JsonObject        *rubric,
                ExemplarDatabase  *db,
                GError           **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  const char *title, *issued_on;
  gint64 total_points, bonus_cap, pass_line;
  gint64 quota = json_object_get_int_member_with_default (root, "quota", 0);
  sqlite3_stmt *insert;

  if (!require_string (root, "title", _("the campaign"), &title, error) ||
      !require_date (root, "issued_on", _("the campaign"), &issued_on, error) ||
      !member_points (rubric, "total_points", _("the rubric"), &total_points, error) ||
      !member_points (rubric, "bonus_cap", _("the rubric"), &bonus_cap, error) ||
      !member_points (root, "pass_line", _("the campaign"), &pass_line, error))
    return FALSE;

  if (quota <= 0 || quota > 1000 || total_points <= 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The template needs a quota and a rubric total above 0."));
      return FALSE;
    }

  insert = exemplar_database_prepare (db,
                                      "INSERT INTO campaign (id, uuid, template_id, title, title_en, notice_title, "
                                      "  document_number, issuer, issued_on, quota, pass_line, total_points, "
                                      "  bonus_cap, created_at, protections) "
                                      "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                      error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_optional (insert, 2, member_string (root, "id"));
  sqlite3_bind_text (insert, 3, title, -1, SQLITE_TRANSIENT);
  bind_optional (insert, 4, member_string (root, "title_en"));
  sqlite3_bind_text (insert, 5, member_string (root, "notice_title") ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 6, member_string (root, "document_number") ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 7, member_string (root, "issuer") ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 8, issued_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 9, quota);
  if (pass_line > 0)
    sqlite3_bind_int64 (insert, 10, pass_line);
  else
    sqlite3_bind_null (insert, 10);
  sqlite3_bind_int64 (insert, 11, total_points);
  sqlite3_bind_int64 (insert, 12, bonus_cap);
  sqlite3_bind_text (insert, 13, created_at, -1, SQLITE_TRANSIENT);
  /* The top-level branches of the first tie-break and the results chart. */
  if (json_object_has_member (rubric, "protections") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (rubric, "protections")))
    {
      JsonArray *codes = json_object_get_array_member (rubric, "protections");
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; codes != NULL && i < json_array_get_length (codes); i++)
        {
          const char *code = json_array_get_string_element (codes, i);

          if (code == NULL)
            continue;
          if (joined->len > 0)
            g_string_append_c (joined, ',');
          g_string_append (joined, code);
        }
      sqlite3_bind_text (insert, 14, joined->str, -1, SQLITE_TRANSIENT);
    }

  return run (db, insert, error);
}

static gboolean
apply_milestones (JsonObject        *root,
                  ExemplarDatabase  *db,
                  GError           **error)
{
  JsonArray *milestones = require_array (root, "milestones", error);

  if (milestones == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (milestones); i++)
    {
      JsonObject *milestone = json_array_get_object_element (milestones, i);
      const char *phase = NULL, *name, *deadline;
      sqlite3_stmt *insert;

      if (milestone == NULL ||
          !require_string (milestone, "phase", _("a milestone"), &phase, error) ||
          !require_string (milestone, "name", phase, &name, error) ||
          !require_date (milestone, "deadline", phase, &deadline, error))
        {
          if (milestone == NULL)
            g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                                 _("A milestone in the template is not an object."));
          return FALSE;
        }

      insert = exemplar_database_prepare (db,
                                          "INSERT INTO milestone (phase, name, deadline, position) "
                                          "VALUES (?, ?, ?, ?)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, phase, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, deadline, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 4, (int) i);
      if (!run (db, insert, error))
        {
          g_prefix_error (error, _("Milestone %s: "), phase);
          return FALSE;
        }
    }

  return TRUE;
}

GStrv
exemplar_template_list (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (TEMPLATE_PATH, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".json"))
      {
        g_autofree char *id = g_strndup (names[i], strlen (names[i]) - strlen (".json"));
        g_strv_builder_add (builder, id);
      }

  return g_strv_builder_end (builder);
}

JsonNode *
exemplar_template_load (const char  *template_id,
                        GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *data;
  gsize size;

  g_return_val_if_fail (template_id != NULL, NULL);

  path = g_strconcat (TEMPLATE_PATH, template_id, ".json", NULL);
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL || strchr (template_id, '/') != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                   _("There is no built-in template called “%s”."), template_id);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The template “%s” is not a JSON object."), template_id);
      return NULL;
    }

  return json_parser_steal_root (parser);
}

char *
exemplar_template_get_title (const char *template_id)
{
  g_autoptr(JsonNode) root = exemplar_template_load (template_id, NULL);
  const char *title;

  if (root == NULL)
    return NULL;

  title = member_string (json_node_get_object (root), "title");
  return g_strdup (title ? title : template_id);
}

gboolean
exemplar_template_apply (JsonNode          *root,
                         ExemplarDatabase  *db,
                         GError           **error)
{
  g_autoptr(ExemplarRubric) rubric = NULL;
  JsonObject *object;
  JsonObject *rubric_object;
  JsonArray *indicators;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (root != NULL, FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DATABASE (db), FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "rubric") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "rubric")))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The template has no rubric."));
      return FALSE;
    }

  object = json_node_get_object (root);
  rubric_object = json_object_get_object_member (object, "rubric");
  indicators = require_array (rubric_object, "indicators", error);
  if (indicators == NULL)
    return FALSE;

  if (!exemplar_database_begin (db, error))
    return FALSE;

  if (!apply_campaign (object, rubric_object, db, error) ||
      !apply_milestones (object, db, error) ||
      !apply_units (object, db, error))
    goto failed;

  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *indicator = json_array_get_object_element (indicators, i);

      if (indicator == NULL)
        {
          g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                               _("An indicator in the template is not an object."));
          goto failed;
        }
      if (!apply_indicator (indicator, db, 0, NULL, i, error))
        goto failed;
    }

  /* A rubric whose points do not add up is refused, naming the indicator. */
  rubric = _exemplar_rubric_new (db, NULL, error);
  if (rubric == NULL)
    goto failed;
  if (!exemplar_rubric_get_valid (rubric))
    {
      GPtrArray *problems = exemplar_rubric_get_problems (rubric);

      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The template’s rubric is not sound: %s"),
                   (const char *) g_ptr_array_index (problems, 0));
      goto failed;
    }

  detail = g_strdup_printf ("template %s", member_string (object, "id") ?: "");
  if (!exemplar_database_audit (db, "campaign.create", "", detail, error) ||
      !exemplar_database_commit (db, error))
    goto failed;

  return TRUE;

failed:
  exemplar_database_rollback (db);
  return FALSE;
}
