/* exemplar-cli-application-show.c
 *
 * The output of "exemplar-cli application show": text for people, JSON for
 * scripts. The JSON keys are an interface: add keys, never rename or remove
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-application.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

static gboolean
is_scored_leaf (ExemplarIndicator *indicator)
{
  return exemplar_indicator_is_leaf (indicator) &&
         exemplar_indicator_get_kind (indicator) != EXEMPLAR_INDICATOR_VETO;
}

static void
collect_indicator (gpointer data,
                   gpointer user_data)
{
  if (exemplar_indicator_get_kind (data) != EXEMPLAR_INDICATOR_VETO)
    g_ptr_array_add (user_data, data);
}

/* The item and bonus indicators, branches and leaves, in tree order. */
static GPtrArray *
scored_indicators (ExemplarCampaign *campaign)
{
  GPtrArray *indicators = g_ptr_array_new ();

  exemplar_rubric_foreach (exemplar_campaign_get_rubric (campaign), collect_indicator, indicators);
  return indicators;
}

/* JSON */

static void
add_json_fields (JsonBuilder         *builder,
                 ExemplarDeclaration *declaration)
{
  const ExemplarFormField *fields;
  guint n_fields;

  fields = exemplar_form_get_fields (&n_fields);

  json_builder_set_member_name (builder, "fields");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_fields; i++)
    {
      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "key", fields[i].key);
      exemplar_cli_json_add_string (builder, "section", fields[i].section);
      exemplar_cli_json_add_string (builder, "title", exemplar_form_field_get_title (&fields[i]));
      exemplar_cli_json_add_string (builder, "type",
                                    exemplar_form_field_type_to_string (fields[i].type));
      exemplar_cli_json_add_boolean (builder, "required", fields[i].required);
      json_builder_set_member_name (builder, "max_chars");
      if (fields[i].max_chars > 0)
        json_builder_add_int_value (builder, fields[i].max_chars);
      else
        json_builder_add_null_value (builder);
      exemplar_cli_json_add_string (builder, "value",
                                    exemplar_declaration_get_field (declaration, fields[i].key));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_json_assessment (JsonBuilder         *builder,
                     ExemplarCampaign    *campaign,
                     ExemplarDeclaration *declaration)
{
  g_autoptr(GPtrArray) indicators = scored_indicators (campaign);

  json_builder_set_member_name (builder, "self_scores");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (indicators, i);
      const char *note = NULL;
      gint64 points;

      if (!is_scored_leaf (leaf))
        continue;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (leaf));
      exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (leaf));
      exemplar_cli_json_add_string (builder, "kind",
                                    exemplar_indicator_kind_to_string (exemplar_indicator_get_kind (leaf)));
      exemplar_cli_json_add_points (builder, "points", exemplar_indicator_get_points (leaf));
      if (exemplar_declaration_get_self_score (declaration, leaf, &points, &note))
        exemplar_cli_json_add_points (builder, "self_score", points);
      else
        exemplar_cli_json_add_null (builder, "self_score");
      exemplar_cli_json_add_string (builder, "note", note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (indicators, i);

      if (exemplar_indicator_is_leaf (branch))
        continue;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (branch));
      exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (branch));
      exemplar_cli_json_add_string (builder, "kind",
                                    exemplar_indicator_kind_to_string (exemplar_indicator_get_kind (branch)));
      exemplar_cli_json_add_points (builder, "points", exemplar_indicator_get_points (branch));
      exemplar_cli_json_add_points (builder, "self_total",
                                    exemplar_declaration_get_self_total (declaration, branch));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  exemplar_cli_json_add_points (builder, "self_total",
                                exemplar_declaration_get_self_total (declaration, NULL));
}

char *
exemplar_cli_application_json (ExemplarCampaign    *campaign,
                               ExemplarDeclaration *declaration)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) missing_evidence = exemplar_declaration_get_missing_evidence (declaration);
  g_autoptr(GPtrArray) missing = exemplar_declaration_get_missing (declaration);
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  const char *reason = NULL;
  gboolean editable;

  editable = exemplar_declaration_get_editable (declaration, &reason);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "unit");
  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (unit));
  exemplar_cli_json_add_string (builder, "name_en", exemplar_unit_get_name_en (unit));
  json_builder_end_object (builder);

  exemplar_cli_json_add_string (builder, "state",
                                exemplar_state_to_string (exemplar_declaration_get_state (declaration)));
  exemplar_cli_json_add_string (builder, "state_reason",
                                exemplar_declaration_get_state_reason (declaration));
  exemplar_cli_json_add_string (builder, "submitted_at",
                                exemplar_declaration_get_submitted_at (declaration));
  exemplar_cli_json_add_boolean (builder, "editable", editable);
  exemplar_cli_json_add_string (builder, "editable_reason", reason);

  add_json_fields (builder, declaration);
  add_json_assessment (builder, campaign, declaration);

  exemplar_cli_json_add_int (builder, "evidence_count",
           g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration)));

  json_builder_set_member_name (builder, "missing_evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing_evidence->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (missing_evidence, i);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (leaf));
      exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (leaf));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (missing, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return exemplar_cli_json_to_data (builder);
}

/* Text */

static void
append_wrapped (GString    *out,
                const char *indent,
                const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strconcat (indent, lines[i], NULL);
      g_autofree char *wrapped = exemplar_cli_text_wrap (line, EXEMPLAR_CLI_TEXT_WIDTH);

      g_string_append (out, wrapped);
      g_string_append_c (out, '\n');
    }
}

static void
append_text_fields (GString             *out,
                    ExemplarDeclaration *declaration)
{
  const char * const *sections = exemplar_form_get_sections ();
  const ExemplarFormField *fields;
  guint n_fields;

  fields = exemplar_form_get_fields (&n_fields);

  for (guint s = 0; sections[s] != NULL; s++)
    {
      g_string_append_printf (out, "\n%s\n", exemplar_form_section_get_title (sections[s]));

      for (guint i = 0; i < n_fields; i++)
        {
          const ExemplarFormField *field = &fields[i];
          const char *value = exemplar_declaration_get_field (declaration, field->key);
          const char *title = exemplar_form_field_get_title (field);

          if (!g_str_equal (field->section, sections[s]))
            continue;

          if (field->type == EXEMPLAR_FIELD_BOOLEAN)
            {
              g_string_append_printf (out, "  %s: %s\n", title,
                                      value != NULL ? _("confirmed") : _("not confirmed"));
              append_wrapped (out, "    ", exemplar_form_get_commitment_text ());
            }
          else if (field->type == EXEMPLAR_FIELD_NARRATIVE)
            {
              guint length = value != NULL ? (guint) g_utf8_strlen (value, -1) : 0;

              /* Translators: a narrative's title, then how long it is and may be. */
              g_string_append_printf (out, _("  %s (%u of at most %u characters):\n"),
                                      title, length, field->max_chars);
              append_wrapped (out, "    ", value != NULL ? value : "—");
            }
          else
            g_string_append_printf (out, "  %s: %s\n", title, value != NULL ? value : "—");
        }
    }
}

static void
append_text_assessment (GString             *out,
                        ExemplarCampaign    *campaign,
                        ExemplarDeclaration *declaration)
{
  g_autoptr(GPtrArray) indicators = scored_indicators (campaign);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  g_autofree char *total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  g_autofree char *full = exemplar_points_format (exemplar_rubric_get_total_points (rubric));
  g_autofree char *cap = exemplar_points_format (exemplar_rubric_get_bonus_cap (rubric));

  g_string_append_printf (out, "\n%s\n", _("Self-assessment"));

  for (guint i = 0; i < indicators->len; i++)
    {
      ExemplarIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autofree char *points = exemplar_points_format (exemplar_indicator_get_points (indicator));
      g_autofree char *indent = g_strnfill (2 + 2 * exemplar_indicator_get_depth (indicator), ' ');
      g_autofree char *self = NULL;
      const char *note = NULL;
      gint64 value;

      if (!exemplar_indicator_is_leaf (indicator))
        self = exemplar_points_format (exemplar_declaration_get_self_total (declaration, indicator));
      else if (exemplar_declaration_get_self_score (declaration, indicator, &value, &note))
        self = exemplar_points_format (value);
      else
        self = g_strdup ("—");

      /* Translators: code, name, the self-assessed points and the item's points. */
      g_string_append_printf (out, _("%s%s %s: %s of %s"), indent,
                              exemplar_indicator_get_code (indicator),
                              exemplar_indicator_get_name (indicator), self, points);
      if (note != NULL)
        g_string_append_printf (out, " — %s", note);
      g_string_append_c (out, '\n');
    }

  /* Translators: the self-assessed total, the rubric's total and the bonus cap. */
  g_string_append_printf (out, _("  Total: %s (items out of %s, plus bonus up to %s)\n"), total, full, cap);
}

void
exemplar_cli_application_text (GString             *out,
                               ExemplarCampaign    *campaign,
                               ExemplarDeclaration *declaration)
{
  g_autoptr(GPtrArray) missing_evidence = exemplar_declaration_get_missing_evidence (declaration);
  g_autoptr(GPtrArray) missing = exemplar_declaration_get_missing (declaration);
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  ExemplarState state = exemplar_declaration_get_state (declaration);
  const char *reason = NULL;
  guint n_evidence;

  g_string_append_printf (out, "%s (%s)\n", exemplar_unit_get_name (unit), exemplar_unit_get_code (unit));
  g_string_append_printf (out, _("State: %s\n"), exemplar_state_get_title (state));
  if (exemplar_declaration_get_state_reason (declaration) != NULL)
    g_string_append_printf (out, _("Reason: %s\n"), exemplar_declaration_get_state_reason (declaration));
  if (exemplar_declaration_get_submitted_at (declaration) != NULL)
    g_string_append_printf (out, _("Submitted: %s\n"), exemplar_declaration_get_submitted_at (declaration));
  if (exemplar_declaration_get_editable (declaration, &reason))
    g_string_append (out, _("Editable: yes\n"));
  else
    g_string_append_printf (out, _("Editable: no. %s\n"), reason);

  append_text_fields (out, declaration);
  append_text_assessment (out, campaign, declaration);

  n_evidence = g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Evidence: %u file\n", "Evidence: %u files\n",
                                            n_evidence),
                          n_evidence);
  if (missing_evidence->len > 0)
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u item lacks the evidence it requires:\n",
                                         "%u items lack the evidence they require:\n",
                                         missing_evidence->len),
                            missing_evidence->len);
  for (guint i = 0; i < missing_evidence->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (missing_evidence, i);

      g_string_append_printf (out, "  %s %s\n", exemplar_indicator_get_code (leaf),
                              exemplar_indicator_get_name (leaf));
    }

  if (state != EXEMPLAR_STATE_NOT_APPLIED && state != EXEMPLAR_STATE_DRAFT)
    return;

  g_string_append_c (out, '\n');
  if (missing->len == 0)
    g_string_append (out, _("Ready to submit.\n"));
  else
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Before it can be submitted, %u thing is missing:\n",
                                         "Before it can be submitted, %u things are missing:\n",
                                         missing->len),
                            missing->len);
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (out, "  - %s\n", (const char *) g_ptr_array_index (missing, i));
}
