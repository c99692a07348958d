/* exemplar-cli-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-text.h"
#include "exemplar-indicator.h"
#include "exemplar-milestone.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

#define COLUMN_GAP 2

/* Columns of Chinese text line up only when wide characters count twice, the
 * way a terminal draws them. */
static guint
display_width_len (const char *text,
                   gssize      length)
{
  const char *end = text + (length < 0 ? (gssize) strlen (text) : length);
  guint width = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iswide (c))
        width += 2;
      else if (!g_unichar_iszerowidth (c))
        width += 1;
    }

  return width;
}

static guint
display_width (const char *text)
{
  return text != NULL ? display_width_len (text, -1) : 0;
}

static void
append_spaces (GString *out,
               guint    count)
{
  for (guint i = 0; i < count; i++)
    g_string_append_c (out, ' ');
}

static GPtrArray *
table_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
table_add (GPtrArray  *cells,
           const char *text)
{
  g_ptr_array_add (cells, g_strdup (text != NULL ? text : ""));
}

static void
append_heading (GString    *out,
                const char *heading)
{
  g_string_append_c (out, '\n');
  g_string_append (out, heading);
  g_string_append_c (out, '\n');
}

static void
append_units (GString    *out,
              GListModel *units,
              gboolean    with_kind)
{
  g_autoptr(GPtrArray) cells = table_new ();
  guint n_columns = with_kind ? 4 : 3;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

      table_add (cells, exemplar_unit_get_code (unit));
      table_add (cells, exemplar_unit_get_name (unit));
      if (with_kind)
        table_add (cells, exemplar_unit_kind_get_title (exemplar_unit_get_kind (unit)));
      table_add (cells, exemplar_unit_get_name_en (unit));
    }

  exemplar_cli_text_table (out, "  ", cells, n_columns, 0);
}

static char *
format_rubric_summary (ExemplarRubric *rubric)
{
  g_autofree char *total = exemplar_points_format (exemplar_rubric_get_total_points (rubric));
  g_autofree char *bonus = exemplar_points_format (exemplar_rubric_get_bonus_cap (rubric));
  guint leaves = exemplar_rubric_get_leaf_count (rubric);

  /* Translators: the rubric's total points, bonus cap and number of scored
   * items, e.g. "100 points, bonus up to 5, 48 scored items". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s points, bonus up to %s, %u scored item",
                                       "%s points, bonus up to %s, %u scored items",
                                       leaves),
                          total, bonus, leaves);
}

void
exemplar_cli_text_info (GString          *out,
                        ExemplarCampaign *campaign)
{
  g_autoptr(GPtrArray) facts = table_new ();
  g_autoptr(GPtrArray) dates = table_new ();
  g_autoptr(GPtrArray) counts = table_new ();
  g_autofree char *quota = NULL;
  g_autofree char *version = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *units_heading = NULL;
  g_autofree char *members_heading = NULL;
  ExemplarRubric *rubric;
  GListModel *milestones;
  GListModel *units;
  GListModel *members;
  guint n_problems;

  g_return_if_fail (out != NULL);
  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));

  rubric = exemplar_campaign_get_rubric (campaign);
  milestones = exemplar_campaign_get_milestones (campaign);
  units = exemplar_campaign_get_units (campaign);
  members = exemplar_campaign_get_member_units (campaign);
  quota = g_strdup_printf ("%u", exemplar_campaign_get_quota (campaign));
  version = g_strdup_printf ("%d", exemplar_campaign_get_schema_version (campaign));

  g_string_append (out, exemplar_campaign_get_title (campaign));
  g_string_append_c (out, '\n');
  g_string_append_c (out, '\n');

  table_add (facts, _("Notice"));
  table_add (facts, exemplar_campaign_get_notice_title (campaign));
  table_add (facts, _("Document number"));
  table_add (facts, exemplar_campaign_get_document_number (campaign));
  table_add (facts, _("Issuer"));
  table_add (facts, exemplar_campaign_get_issuer (campaign));
  table_add (facts, _("Issued on"));
  table_add (facts, exemplar_campaign_get_issued_on (campaign));
  table_add (facts, _("Phase"));
  table_add (facts, exemplar_phase_get_title (exemplar_campaign_get_phase (campaign)));
  table_add (facts, _("Units to be named"));
  table_add (facts, quota);
  table_add (facts, _("Template"));
  table_add (facts, exemplar_campaign_get_template_id (campaign));
  table_add (facts, _("File"));
  table_add (facts, exemplar_campaign_get_path (campaign));
  table_add (facts, _("File format"));
  table_add (facts, version);
  if (exemplar_campaign_get_read_only (campaign))
    {
      table_add (facts, _("Read-only"));
      /* Translators: the campaign is open read-only; the reason follows. */
      table_add (facts, _("yes"));
    }
  exemplar_cli_text_table (out, "  ", facts, 2, 0);

  if (exemplar_campaign_get_read_only (campaign))
    {
      g_autofree char *reason = g_strconcat ("  ", exemplar_campaign_get_read_only_reason (campaign), NULL);
      g_autofree char *wrapped = exemplar_cli_text_wrap (reason, EXEMPLAR_CLI_TEXT_WIDTH);

      g_string_append_printf (out, "\n%s\n", wrapped);
    }

  append_heading (out, _("Milestones"));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (milestones, i);

      table_add (dates, exemplar_milestone_get_deadline (milestone));
      table_add (dates, exemplar_milestone_get_name (milestone));
      table_add (dates, exemplar_phase_get_title (exemplar_milestone_get_phase (milestone)));
    }
  exemplar_cli_text_table (out, "  ", dates, 3, 0);

  /* Translators: a heading followed by the list of applicant units. */
  units_heading = g_strdup_printf (_("Applicant units (%u)"), g_list_model_get_n_items (units));
  append_heading (out, units_heading);
  append_units (out, units, TRUE);

  /* Translators: a heading followed by the committee's member units. */
  members_heading = g_strdup_printf (_("Member units (%u)"), g_list_model_get_n_items (members));
  append_heading (out, members_heading);
  append_units (out, members, FALSE);

  append_heading (out, _("Rubric"));
  summary = format_rubric_summary (rubric);
  g_string_append_printf (out, "  %s\n", summary);
  n_problems = exemplar_rubric_get_problems (rubric)->len;
  if (n_problems == 0)
    g_string_append_printf (out, "  %s\n", _("The rubric is sound."));
  else
    {
      g_string_append (out, "  ");
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The rubric has %u problem; “exemplar-cli rubric” lists it.",
                                           "The rubric has %u problems; “exemplar-cli rubric” lists them.",
                                           n_problems),
                              n_problems);
      g_string_append_c (out, '\n');
    }

  append_heading (out, _("Applications"));
  for (guint state = 0; state < EXEMPLAR_N_STATES; state++)
    {
      guint count = exemplar_campaign_count_state (campaign, state);

      /* Only the states some unit is in; the JSON output lists them all. */
      if (count == 0)
        continue;
      table_add (counts, exemplar_state_get_title (state));
      g_ptr_array_add (counts, g_strdup_printf ("%u", count));
    }
  exemplar_cli_text_table (out, "  ", counts, 2, 1u << 1);
}

static void
add_indicator_rows (GPtrArray         *cells,
                    ExemplarIndicator *indicator)
{
  GListModel *children = exemplar_indicator_get_children (indicator);
  ExemplarIndicatorKind kind = exemplar_indicator_get_kind (indicator);
  g_autoptr(GString) label = g_string_new (NULL);

  /* A mark in the margin points at the lines the problem list explains. */
  g_string_append (label, exemplar_indicator_get_problem (indicator) != NULL ? "! " : "  ");
  for (guint depth = 0; depth < exemplar_indicator_get_depth (indicator); depth++)
    g_string_append (label, "  ");
  g_string_append_printf (label, "%s %s",
                          exemplar_indicator_get_code (indicator),
                          exemplar_indicator_get_name (indicator));

  /* Mark only where the kind starts, not on every item below it. */
  if (exemplar_indicator_get_parent (indicator) == NULL ||
      exemplar_indicator_get_kind (exemplar_indicator_get_parent (indicator)) != kind)
    {
      if (kind == EXEMPLAR_INDICATOR_BONUS)
        /* Translators: marks the bonus block of the rubric. */
        g_string_append_printf (label, " %s", _("[bonus]"));
      else if (kind == EXEMPLAR_INDICATOR_VETO)
        /* Translators: marks the veto list (一票否决) of the rubric. */
        g_string_append_printf (label, " %s", _("[veto]"));
    }

  g_ptr_array_add (cells, g_string_free (g_steal_pointer (&label), FALSE));
  if (kind == EXEMPLAR_INDICATOR_VETO)
    table_add (cells, NULL);
  else
    g_ptr_array_add (cells, exemplar_points_format (exemplar_indicator_get_points (indicator)));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);

      add_indicator_rows (cells, child);
    }
}

void
exemplar_cli_text_rubric (GString          *out,
                          ExemplarCampaign *campaign)
{
  g_autoptr(GPtrArray) cells = table_new ();
  g_autofree char *summary = NULL;
  ExemplarRubric *rubric;
  GPtrArray *problems;

  g_return_if_fail (out != NULL);
  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));

  rubric = exemplar_campaign_get_rubric (campaign);
  problems = exemplar_rubric_get_problems (rubric);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      add_indicator_rows (cells, indicator);
    }

  /* No indent: each row starts with the margin for problem marks. */
  exemplar_cli_text_table (out, "", cells, 2, 1u << 1);

  summary = format_rubric_summary (rubric);
  g_string_append_printf (out, "\n%s\n", summary);

  if (problems->len == 0)
    {
      g_string_append (out, _("The rubric is sound."));
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u problem:",
                                       "%u problems:",
                                       problems->len),
                          problems->len);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (out, "! %s\n", (const char *) g_ptr_array_index (problems, i));
}

static void
wrap_line (GString    *out,
           const char *line,
           guint       width)
{
  gsize indent = strspn (line, " ");
  guint column = indent;
  gboolean row_empty = TRUE;
  const char *p = line + indent;

  g_string_append_len (out, line, indent);

  while (*p != '\0')
    {
      const char *spaces = p;
      const char *word;
      guint word_width;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;

      /* A word runs to the next space; a wide character is a word of its
       * own, since Chinese text may break between any two of them. */
      word = p;
      if (g_unichar_iswide (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      else
        while (*p != '\0' && *p != ' ' && !g_unichar_iswide (g_utf8_get_char (p)))
          p = g_utf8_next_char (p);
      word_width = display_width_len (word, p - word);

      if (!row_empty && column + (word - spaces) + word_width > width)
        {
          g_string_append_c (out, '\n');
          append_spaces (out, indent);
          column = indent;
        }
      else
        {
          g_string_append_len (out, spaces, word - spaces);
          column += word - spaces;
        }

      g_string_append_len (out, word, p - word);
      column += word_width;
      row_empty = FALSE;
    }
}

/* GOptionContext prints a description as it is, so long lines would run to
 * the terminal's edge and break anywhere. Lines wider than @width are wrapped
 * at spaces, or between Chinese characters; continuation lines keep the
 * line's indent. Lines that fit, such as the lists of JSON keys, are kept as
 * they are. */
char *
exemplar_cli_text_wrap (const char *text,
                        guint       width)
{
  g_auto(GStrv) lines = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  lines = g_strsplit (text, "\n", -1);
  out = g_string_sized_new (strlen (text) + 16);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      if (display_width (lines[i]) <= width)
        g_string_append (out, lines[i]);
      else
        wrap_line (out, lines[i], width);
    }

  return g_string_free (out, FALSE);
}

void
exemplar_cli_text_add_cells (GPtrArray *cells,
                             ...)
{
  const char *cell;
  va_list args;

  g_return_if_fail (cells != NULL);

  va_start (args, cells);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (cells, g_strdup (cell));
  va_end (args);
}

void
exemplar_cli_text_add_assignment_cells (GPtrArray          *cells,
                                        ExemplarAssignment *assignment)
{
  ExemplarIndicator *scope;

  g_return_if_fail (cells != NULL);
  g_return_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment));

  scope = exemplar_assignment_get_scope (assignment);
  g_ptr_array_add (cells, g_strdup (scope != NULL ? exemplar_indicator_get_code (scope) : _("all")));
  /* Translators: a sheet's state, then items scored of items assigned. */
  g_ptr_array_add (cells, g_strdup_printf (_("%s %u/%u"),
                                           exemplar_sheet_state_get_title (exemplar_assignment_get_state (assignment)),
                                           exemplar_assignment_get_n_scored (assignment),
                                           exemplar_assignment_get_n_leaves (assignment)));
}

void
exemplar_cli_text_table (GString    *out,
                         const char *indent,
                         GPtrArray  *cells,
                         guint       n_columns,
                         guint       right_aligned)
{
  g_autofree guint *widths = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (indent != NULL);
  g_return_if_fail (cells != NULL);
  g_return_if_fail (n_columns > 0 && cells->len % n_columns == 0);

  widths = g_new0 (guint, n_columns);

  for (guint i = 0; i < cells->len; i++)
    widths[i % n_columns] = MAX (widths[i % n_columns],
                                 display_width (g_ptr_array_index (cells, i)));

  for (guint row = 0; row < cells->len / n_columns; row++)
    {
      gsize line_start = out->len;

      g_string_append (out, indent);
      for (guint column = 0; column < n_columns; column++)
        {
          const char *cell = g_ptr_array_index (cells, row * n_columns + column);
          guint padding = widths[column] - display_width (cell);

          if (column > 0)
            append_spaces (out, COLUMN_GAP);
          if (right_aligned & (1u << column))
            append_spaces (out, padding);
          g_string_append (out, cell != NULL ? cell : "");
          if (!(right_aligned & (1u << column)))
            append_spaces (out, padding);
        }

      /* Padding the last column leaves trailing blanks; drop them. */
      while (out->len > line_start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }
}

void
exemplar_cli_text_add_each (GString                 *out,
                            GListModel              *items,
                            const char              *empty,
                            ExemplarCliTextItemFunc  add_item)
{
  guint n_items = g_list_model_get_n_items (items);

  if (n_items == 0)
    g_string_append_printf (out, "%s\n", empty);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_item (out, item);
    }
}
