/* exemplar-cli-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-json.h"
#include "exemplar-indicator.h"
#include "exemplar-milestone.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-template.h"
#include "exemplar-unit.h"

static void
append_shortest (GString *out,
                 double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  g_string_append (out, buf);
}

/* json-glib 1.6 writes every double with 17 significant digits, so 0.3
 * comes out as 0.29999999999999999. Rewrite each fractional number in the
 * shortest form that reads back as the same double, so people and scripts
 * both see 0.3. Strings are copied untouched. */
static char *
shorten_numbers (const char *json)
{
  GString *out = g_string_sized_new (strlen (json) + 1);
  const char *p = json;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          const char *start = p++;

          while (*p != '\0' && *p != '"')
            p += (*p == '\\' && p[1] != '\0') ? 2 : 1;
          if (*p == '"')
            p++;
          g_string_append_len (out, start, p - start);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          gboolean fractional = FALSE;

          for (; *p != '\0' && strchr ("+-0123456789.eE", *p) != NULL; p++)
            if (*p == '.' || *p == 'e' || *p == 'E')
              fractional = TRUE;

          if (fractional)
            append_shortest (out, g_ascii_strtod (start, NULL));
          else
            g_string_append_len (out, start, p - start);
        }
      else
        g_string_append_c (out, *p++);
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/* Points are exact hundredths: whole points go out as JSON integers, and only
 * fractional ones as doubles, which hold two decimals closely enough to read
 * back exactly once shortened (see shorten_numbers()). */
void
exemplar_cli_json_add_points (JsonBuilder *builder,
                              const char  *member,
                              gint64       hundredths)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, member);
  if (hundredths % EXEMPLAR_POINTS_SCALE == 0)
    json_builder_add_int_value (builder, hundredths / EXEMPLAR_POINTS_SCALE);
  else
    json_builder_add_double_value (builder, (double) hundredths / EXEMPLAR_POINTS_SCALE);
}

void
exemplar_cli_json_add_string (JsonBuilder *builder,
                              const char  *member,
                              const char  *value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
exemplar_cli_json_add_int (JsonBuilder *builder,
                           const char  *member,
                           gint64       value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
exemplar_cli_json_add_boolean (JsonBuilder *builder,
                               const char  *member,
                               gboolean     value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

void
exemplar_cli_json_add_null (JsonBuilder *builder,
                            const char  *member)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, member);
  json_builder_add_null_value (builder);
}

/* An assignment's scope as the "branches" member: null when the reviewer
 * scores the whole rubric, otherwise the one branch's code in an array,
 * so that scripts need not change if a scope ever spans several. */
void
exemplar_cli_json_add_scope (JsonBuilder       *builder,
                             ExemplarIndicator *scope)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (scope == NULL || EXEMPLAR_IS_INDICATOR (scope));

  json_builder_set_member_name (builder, "branches");
  if (scope == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, exemplar_indicator_get_code (scope));
  json_builder_end_array (builder);
}

char *
exemplar_cli_json_to_data (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (JSON_IS_BUILDER (builder), NULL);

  generator = json_generator_new ();
  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, NULL);

  return shorten_numbers (data);
}

static void
add_unit (JsonBuilder  *builder,
          ExemplarUnit *unit,
          gboolean      with_kind)
{
  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (unit));
  exemplar_cli_json_add_string (builder, "name_en", exemplar_unit_get_name_en (unit));
  if (with_kind)
    exemplar_cli_json_add_string (builder, "kind",
                                  exemplar_unit_kind_to_string (exemplar_unit_get_kind (unit)));
  json_builder_end_object (builder);
}

static void
add_units (JsonBuilder *builder,
           const char  *key,
           GListModel  *units,
           gboolean     with_kind)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      add_unit (builder, unit, with_kind);
    }
  json_builder_end_array (builder);
}

char *
exemplar_cli_json_templates (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_auto(GStrv) ids = exemplar_template_list ();

  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *title = exemplar_template_get_title (ids[i]);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "id", ids[i]);
      exemplar_cli_json_add_string (builder, "title", title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return exemplar_cli_json_to_data (builder);
}

char *
exemplar_cli_json_info (ExemplarCampaign *campaign)
{
  g_autoptr(JsonBuilder) builder = NULL;
  ExemplarRubric *rubric;
  GListModel *milestones;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  builder = json_builder_new ();
  rubric = exemplar_campaign_get_rubric (campaign);
  milestones = exemplar_campaign_get_milestones (campaign);

  json_builder_begin_object (builder);

  exemplar_cli_json_add_string (builder, "path", exemplar_campaign_get_path (campaign));
  exemplar_cli_json_add_string (builder, "title", exemplar_campaign_get_title (campaign));
  exemplar_cli_json_add_string (builder, "notice_title",
                                exemplar_campaign_get_notice_title (campaign));
  exemplar_cli_json_add_string (builder, "document_number",
                                exemplar_campaign_get_document_number (campaign));
  exemplar_cli_json_add_string (builder, "issuer", exemplar_campaign_get_issuer (campaign));
  exemplar_cli_json_add_string (builder, "issued_on", exemplar_campaign_get_issued_on (campaign));
  exemplar_cli_json_add_string (builder, "template_id",
                                exemplar_campaign_get_template_id (campaign));
  exemplar_cli_json_add_int (builder, "quota", exemplar_campaign_get_quota (campaign));
  exemplar_cli_json_add_string (builder, "phase",
                                exemplar_phase_to_string (exemplar_campaign_get_phase (campaign)));
  exemplar_cli_json_add_int (builder, "schema_version",
                             exemplar_campaign_get_schema_version (campaign));
  exemplar_cli_json_add_boolean (builder, "read_only", exemplar_campaign_get_read_only (campaign));
  exemplar_cli_json_add_string (builder, "read_only_reason",
                                exemplar_campaign_get_read_only_reason (campaign));

  json_builder_set_member_name (builder, "milestones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (milestones, i);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "phase",
                                    exemplar_phase_to_string (exemplar_milestone_get_phase (milestone)));
      exemplar_cli_json_add_string (builder, "name", exemplar_milestone_get_name (milestone));
      exemplar_cli_json_add_string (builder, "deadline",
                                    exemplar_milestone_get_deadline (milestone));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_units (builder, "units", exemplar_campaign_get_units (campaign), TRUE);
  add_units (builder, "member_units", exemplar_campaign_get_member_units (campaign), FALSE);

  json_builder_set_member_name (builder, "rubric");
  json_builder_begin_object (builder);
  exemplar_cli_json_add_points (builder, "total_points", exemplar_rubric_get_total_points (rubric));
  exemplar_cli_json_add_points (builder, "bonus_cap", exemplar_rubric_get_bonus_cap (rubric));
  exemplar_cli_json_add_points (builder, "items_sum", exemplar_rubric_get_items_sum (rubric));
  exemplar_cli_json_add_int (builder, "leaf_count", exemplar_rubric_get_leaf_count (rubric));
  exemplar_cli_json_add_boolean (builder, "valid", exemplar_rubric_get_valid (rubric));
  exemplar_cli_json_add_int (builder, "problem_count", exemplar_rubric_get_problems (rubric)->len);
  json_builder_end_object (builder);

  /* Every state, zeros included, so a script never meets a missing key. */
  json_builder_set_member_name (builder, "applications");
  json_builder_begin_object (builder);
  for (guint state = 0; state < EXEMPLAR_N_STATES; state++)
    exemplar_cli_json_add_int (builder, exemplar_state_to_string (state),
             exemplar_campaign_count_state (campaign, state));
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return exemplar_cli_json_to_data (builder);
}

static void
add_methods (JsonBuilder *builder,
             const char  *methods)
{
  g_auto(GStrv) ids = g_strsplit (methods != NULL ? methods : "", ",", -1);

  json_builder_set_member_name (builder, "methods");
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_strstrip (ids[i]);
      if (ids[i][0] != '\0')
        json_builder_add_string_value (builder, ids[i]);
    }
  json_builder_end_array (builder);
}

static void
add_indicator (JsonBuilder       *builder,
               ExemplarIndicator *indicator)
{
  json_builder_begin_object (builder);

  exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (indicator));
  exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (indicator));
  exemplar_cli_json_add_string (builder, "name_en", exemplar_indicator_get_name_en (indicator));
  exemplar_cli_json_add_string (builder, "kind",
                                exemplar_indicator_kind_to_string (exemplar_indicator_get_kind (indicator)));
  exemplar_cli_json_add_points (builder, "points", exemplar_indicator_get_points (indicator));
  exemplar_cli_json_add_string (builder, "problem", exemplar_indicator_get_problem (indicator));

  if (exemplar_indicator_is_leaf (indicator))
    {
      exemplar_cli_json_add_string (builder, "scoring_type",
                                    exemplar_indicator_get_scoring_type (indicator));
      exemplar_cli_json_add_string (builder, "rule", exemplar_indicator_get_rule (indicator));
      add_methods (builder, exemplar_indicator_get_methods (indicator));
      exemplar_cli_json_add_string (builder, "evidence",
                                    exemplar_indicator_get_evidence (indicator));
      exemplar_cli_json_add_string (builder, "responsible",
                                    exemplar_indicator_get_responsible (indicator));
    }
  else
    {
      GListModel *children = exemplar_indicator_get_children (indicator);

      json_builder_set_member_name (builder, "children");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

          add_indicator (builder, child);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

char *
exemplar_cli_json_rubric (ExemplarCampaign *campaign)
{
  g_autoptr(JsonBuilder) builder = NULL;
  ExemplarRubric *rubric;
  GPtrArray *problems;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  builder = json_builder_new ();
  rubric = exemplar_campaign_get_rubric (campaign);
  problems = exemplar_rubric_get_problems (rubric);

  json_builder_begin_object (builder);

  exemplar_cli_json_add_points (builder, "total_points", exemplar_rubric_get_total_points (rubric));
  exemplar_cli_json_add_points (builder, "bonus_cap", exemplar_rubric_get_bonus_cap (rubric));
  exemplar_cli_json_add_points (builder, "items_sum", exemplar_rubric_get_items_sum (rubric));
  exemplar_cli_json_add_int (builder, "leaf_count", exemplar_rubric_get_leaf_count (rubric));
  exemplar_cli_json_add_boolean (builder, "valid", exemplar_rubric_get_valid (rubric));

  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (problems, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      add_indicator (builder, indicator);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return exemplar_cli_json_to_data (builder);
}

void
exemplar_cli_json_add_list (JsonBuilder             *builder,
                            GListModel              *items,
                            ExemplarCliJsonItemFunc  add_item)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_item (builder, item);
    }
  json_builder_end_array (builder);
}

void
exemplar_cli_write_list (GListModel              *items,
                         gboolean                 json,
                         ExemplarCliJsonItemFunc  add_item,
                         ExemplarCliTextListFunc  add_text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      exemplar_cli_json_add_list (builder, items, add_item);
      data = exemplar_cli_json_to_data (builder);
      g_string_append (out, data);
    }
  else
    add_text (out, items);

  exemplar_cli_write (stdout, out->str);
}
