/* exemplar-cli-results.c
 *
 * "exemplar-cli results" and "exemplar-cli export scores|sheet|assignments".
 * Totals, ranks, ties, flags and the sensitivity check are the model's
 * (ExemplarResults); this file only prints them. The JSON keys are an
 * interface: add keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-aggregate.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-results.h"
#include "exemplar-cli-text.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-results.h"
#include "exemplar-score-export.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

/* results */

static void
standing_to_json (JsonBuilder      *builder,
                  ExemplarStanding *standing,
                  GPtrArray        *branches,
                  ExemplarCampaign *campaign)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  ExemplarDeclaration *declaration = NULL;
  g_autoptr(GPtrArray) flags = exemplar_standing_get_flags (standing);
  ExemplarUnit *unit = exemplar_standing_get_unit (standing);
  guint rank = exemplar_standing_get_rank (standing);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (unit));
  json_builder_set_member_name (builder, "rank");
  if (rank > 0)
    json_builder_add_int_value (builder, rank);
  else
    json_builder_add_null_value (builder);
  exemplar_cli_json_add_boolean (builder, "tied", exemplar_standing_get_tied (standing));
  exemplar_cli_json_add_string (builder, "tie_note", exemplar_standing_get_tie_note (standing));
  exemplar_cli_json_add_points (builder, "total", exemplar_standing_get_total (standing));

  json_builder_set_member_name (builder, "subtotals");
  json_builder_begin_object (builder);
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      exemplar_cli_json_add_points (builder, exemplar_indicator_get_code (branch),
                                    exemplar_standing_get_subtotal (standing, branch));
    }
  json_builder_end_object (builder);

  exemplar_cli_json_add_points (builder, "self_total", exemplar_standing_get_self_total (standing));
  exemplar_cli_json_add_points (builder, "gap", exemplar_standing_get_gap (standing));
  exemplar_cli_json_add_int (builder, "sheets", exemplar_standing_get_sheets (standing));
  exemplar_cli_json_add_int (builder, "assigned", exemplar_standing_get_assigned (standing));
  exemplar_cli_json_add_boolean (builder, "vetoed", exemplar_standing_get_vetoed (standing));
  exemplar_cli_json_add_string (builder, "veto_reason", exemplar_standing_get_veto_reason (standing));

  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  for (guint i = 0; flags != NULL && i < flags->len; i++)
    json_builder_add_string_value (builder, exemplar_indicator_get_code (g_ptr_array_index (flags, i)));
  json_builder_end_array (builder);

  /* The office's reviews of those flags. */
  if (unit != NULL)
    declaration = exemplar_campaign_find_declaration (campaign, exemplar_unit_get_code (unit));
  json_builder_set_member_name (builder, "reviewed_flags");
  json_builder_begin_array (builder);
  for (guint i = 0; declaration != NULL && flags != NULL && i < flags->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (flags, i);
      const char *note = NULL, *reviewed_at = NULL;

      if (!exemplar_evaluation_get_flag_review (evaluation, declaration, leaf, &note, &reviewed_at))
        continue;
      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (leaf));
      exemplar_cli_json_add_string (builder, "note", note);
      exemplar_cli_json_add_string (builder, "reviewed_at", reviewed_at);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
results_json (GString          *out,
              ExemplarResults  *results,
              ExemplarCampaign *campaign)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) branches = exemplar_results_get_branches (results);
  g_autoptr(GPtrArray) sensitivity = exemplar_results_get_sensitivity (results);
  g_autofree char *data = NULL;
  GListModel *standings = G_LIST_MODEL (results);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "policy");
  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "aggregate",
                                exemplar_aggregate_to_string (exemplar_results_get_aggregate (results)));
  exemplar_cli_json_add_int (builder, "min_trim", exemplar_results_get_min_trim (results));
  exemplar_cli_json_add_int (builder, "disagreement_percent", exemplar_results_get_disagreement_percent (results));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "branches");
  json_builder_begin_array (builder);
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (branch));
      exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (branch));
      exemplar_cli_json_add_string (builder, "kind",
                                    exemplar_indicator_kind_to_string (exemplar_indicator_get_kind (branch)));
      exemplar_cli_json_add_points (builder, "points", exemplar_indicator_get_points (branch));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (standings); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (standings, i);

      standing_to_json (builder, standing, branches, campaign);
    }
  json_builder_end_array (builder);

  exemplar_cli_json_add_boolean (builder, "sensitive", exemplar_results_get_sensitive (results));
  json_builder_set_member_name (builder, "sensitivity");
  json_builder_begin_array (builder);
  for (guint i = 0; sensitivity != NULL && i < sensitivity->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (sensitivity, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
results_text (GString         *out,
              ExemplarResults *results)
{
  g_autoptr(GPtrArray) branches = exemplar_results_get_branches (results);
  g_autoptr(GPtrArray) sensitivity = exemplar_results_get_sensitivity (results);
  g_autoptr(GPtrArray) ranking = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) subtotals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) notes = g_string_new (NULL);
  GListModel *standings = G_LIST_MODEL (results);
  guint n_columns = branches->len + 1;
  guint right = 0;

  /* Translators: the policy line of "exemplar-cli results"; an aggregate
   * rule (e.g. "Trimmed mean"), the sheets from which trimming applies,
   * then a percent (%% is a percent sign). */
  g_string_append_printf (out, _("%s; trimmed from %u sheets; items flagged above a spread of %u%%.\n\n"),
                          exemplar_aggregate_get_title (exemplar_results_get_aggregate (results)),
                          exemplar_results_get_min_trim (results),
                          exemplar_results_get_disagreement_percent (results));

  exemplar_cli_text_add_cells (ranking, _("Rank"), _("Code"), _("Unit"), _("Total"), _("Self"), _("Gap"),
                               _("Sheets"), _("Flags"), NULL);

  g_ptr_array_add (subtotals, g_strdup (_("Code")));
  for (guint i = 0; i < branches->len; i++)
    {
      g_ptr_array_add (subtotals, g_strdup (exemplar_indicator_get_code (g_ptr_array_index (branches, i))));
      right |= 1u << (i + 1);
    }

  for (guint i = 0; i < g_list_model_get_n_items (standings); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (standings, i);
      ExemplarUnit *unit = exemplar_standing_get_unit (standing);
      guint rank = exemplar_standing_get_rank (standing);
      const char *tie_note = exemplar_standing_get_tie_note (standing);

      if (rank == 0)
        g_ptr_array_add (ranking, g_strdup ("—"));
      else if (exemplar_standing_get_tied (standing))
        /* Translators: a rank shared with another unit, e.g. "2=". */
        g_ptr_array_add (ranking, g_strdup_printf (_("%u="), rank));
      else
        g_ptr_array_add (ranking, g_strdup_printf ("%u", rank));
      g_ptr_array_add (ranking, g_strdup (exemplar_unit_get_code (unit)));
      g_ptr_array_add (ranking, g_strdup (exemplar_unit_get_name (unit)));
      g_ptr_array_add (ranking, exemplar_points_format (exemplar_standing_get_total (standing)));
      g_ptr_array_add (ranking, exemplar_points_format (exemplar_standing_get_self_total (standing)));
      g_ptr_array_add (ranking, exemplar_points_format (exemplar_standing_get_gap (standing)));
      /* Translators: submitted sheets counted, then sheets assigned. */
      g_ptr_array_add (ranking, g_strdup_printf (_("%u/%u"), exemplar_standing_get_sheets (standing),
                                                 exemplar_standing_get_assigned (standing)));
      g_ptr_array_add (ranking, exemplar_standing_dup_flag_codes (standing));

      g_ptr_array_add (subtotals, g_strdup (exemplar_unit_get_code (unit)));
      for (guint j = 0; j < branches->len; j++)
        g_ptr_array_add (subtotals,
                         exemplar_points_format (exemplar_standing_get_subtotal (standing,
                                                                                 g_ptr_array_index (branches, j))));

      if (exemplar_standing_get_vetoed (standing))
        /* Translators: a unit's name, then why it is vetoed. */
        g_string_append_printf (notes, _("%s is vetoed: %s\n"), exemplar_unit_get_name (unit),
                                exemplar_standing_get_veto_reason (standing) != NULL
                                ? exemplar_standing_get_veto_reason (standing) : "");
      if (tie_note != NULL)
        g_string_append_printf (notes, "%s: %s\n", exemplar_unit_get_name (unit), tie_note);
    }

  exemplar_cli_text_table (out, "", ranking, 8, (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6));

  g_string_append_printf (out, "\n%s\n", _("Subtotals by branch"));
  exemplar_cli_text_table (out, "  ", subtotals, n_columns, right);

  if (notes->len > 0)
    g_string_append_printf (out, "\n%s", notes->str);

  if (sensitivity != NULL && sensitivity->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Sensitivity"));
      for (guint i = 0; i < sensitivity->len; i++)
        {
          g_autofree char *line = exemplar_cli_text_wrap (g_ptr_array_index (sensitivity, i),
                                                          EXEMPLAR_CLI_TEXT_WIDTH - 2);
          g_auto(GStrv) lines = g_strsplit (line, "\n", -1);

          for (guint j = 0; lines[j] != NULL; j++)
            if (*lines[j] != '\0')
              g_string_append_printf (out, "  %s\n", lines[j]);
        }
    }
}

int
exemplar_cli_results (const ExemplarCliCommand  *command,
                      int                        argc,
                      char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarResults) results = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *aggregate_text = NULL;
  ExemplarAggregate aggregate = EXEMPLAR_AGGREGATE_MEAN;
  gboolean json = FALSE;
  gint min_trim = -1;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { "aggregate", 0, 0, G_OPTION_ARG_STRING, &aggregate_text,
      _("See the results under another rule (mean, trimmed or median) without changing the policy"),
      _("RULE") },
    { "min-trim", 0, 0, G_OPTION_ARG_INT, &min_trim, _("With --aggregate: trim from N sheets"), _("N") },
    { NULL }
  };
  const char *description =
    _("Shows the results of the campaign FILE, computed exactly from the submitted score "
      "sheets under the campaign’s aggregation policy (see “exemplar-cli policy”): the "
      "units in rank order with their totals, self-assessed totals and the gap between "
      "them, the sheets counted, the items where reviewers disagree, the subtotal of each "
      "branch of the rubric, vetoed units with the reason, how ties were broken, and "
      "whether the top of the list would change under another rule. Units that are "
      "vetoed or have no submitted sheet are not ranked and come last.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  policy       {aggregate (mean, trimmed or median), min_trim,\n"
      "               disagreement_percent}\n"
      "  branches     the top-level branches of the rubric: array of {code, name, kind\n"
      "               (item or bonus), points}\n"
      "  units        in rank order, unranked last: array of objects with the keys\n"
      "    code, name     the unit\n"
      "    rank           1 for the first, or null when not ranked\n"
      "    tied           true when another unit shares the rank after every tie-break\n"
      "    tie_note       how a tie-break decided the rank, or null\n"
      "    total          the total, a number rounded to two decimals, e.g. 93.25\n"
      "    subtotals      each branch’s subtotal keyed by its code; the bonus is capped\n"
      "    self_total     the unit’s self-assessed total; gap: total − self_total\n"
      "    sheets         submitted sheets counted; assigned: sheets assigned\n"
      "    vetoed         true when a veto finding puts the unit out of the ranking\n"
      "    veto_reason    the reasons, or null\n"
      "    flags          the codes of the items where reviewers disagree too widely\n"
      "    reviewed_flags the flags the office has reviewed: array of {code, note,\n"
      "                   reviewed_at (UTC)}\n"
      "  sensitive    true when another rule would change the top of the list\n"
      "  sensitivity  one sentence per rule that would change it, or one saying none would\n"
      "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened or the results cannot be "
      "computed, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (aggregate_text != NULL &&
      (!exemplar_aggregate_from_string (aggregate_text, &aggregate) || aggregate == EXEMPLAR_AGGREGATE_ZSCORE))
    return exemplar_cli_usage_error (argv[0], _("--aggregate is mean, trimmed or median, not “%s”."),
                                     aggregate_text);
  if (min_trim != -1 && aggregate_text == NULL)
    return exemplar_cli_usage_error (argv[0], _("--min-trim goes with --aggregate."));
  if (min_trim != -1 && min_trim < 3)
    return exemplar_cli_usage_error (argv[0], _("--min-trim is 3 or more: trimming takes two sheets away."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (aggregate_text != NULL)
    {
      ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);

      results = exemplar_results_new_with_policy (campaign, aggregate,
                                                  min_trim != -1 ? (guint) min_trim
                                                                 : exemplar_evaluation_get_min_trim (evaluation),
                                                  &error);
    }
  else
    results = exemplar_results_new (campaign, NULL, &error);
  if (results == NULL)
    return exemplar_cli_fail (error);

  if (json)
    results_json (out, results, campaign);
  else
    results_text (out, results);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* export */

/* After an export to @path: says where it went, or why it did not. */
static int
report_written (gboolean      written,
                const GError *error,
                const char   *path)
{
  g_autofree char *display_name = NULL;

  if (!written)
    return exemplar_cli_fail (error);

  display_name = g_filename_display_name (path);
  /* Translators: a file name. */
  exemplar_cli_print (_("Wrote %s.\n"), display_name);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

typedef gboolean (*CampaignExport) (ExemplarCampaign  *campaign,
                                    const char        *path,
                                    GError           **error);

/* A subcommand that takes FILE OUT and writes the whole campaign. */
static int
export_campaign (const ExemplarCliCommand  *subcommand,
                 const char                *description,
                 CampaignExport             export,
                 int                        argc,
                 char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gboolean written;
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, _("FILE OUT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  written = export (campaign, args[1], &error);
  return report_written (written, error, args[1]);
}

static int
subcommand_export_scores (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  const char *description =
    _("Writes the scores of the campaign FILE to OUT as a flat table: one row per "
      "reviewer × unit × item of every submitted score sheet (drafts are left out), with "
      "the columns unit code, unit, reviewer id, reviewer, affiliation, round, indicator "
      "code, indicator, max points, points and reason.\n"
      "\n"
      "The format follows OUT’s extension. .csv: UTF-8 with a byte order mark, so "
      "spreadsheet programs read the Chinese, fields quoted as RFC 4180 says, points with "
      "two decimals such as 7.50. .xlsx: the same rows, with numbers as numbers, on a "
      "“Scores” sheet, and a “Summary” sheet with the ranking: rank, unit, total, each "
      "branch’s subtotal, self-assessed total, gap, sheets, veto and flags. OUT is "
      "replaced whole or not at all.\n"
      "\n"
      "Exit status: 0 when written, 1 when OUT cannot be written or has another extension, "
      "2 on a usage error.");

  return export_campaign (subcommand, description, exemplar_score_export_to_path, argc, argv);
}

static int
subcommand_export_sheet (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *round = NULL;
  gboolean written;
  const GOptionEntry entries[] = {
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("Writes REVIEWER’s score sheet for UNIT in the campaign FILE to OUT as a PDF to print "
      "(A4): every item with its points and reason, the totals, the comment, the seal and "
      "time of submission, and lines for the reviewer’s signature and the date. A draft "
      "is printed too, marked as such.\n"
      "\n"
      "Exit status: 0 when written, 1 when the reviewer, unit or assignment is unknown or "
      "OUT cannot be written, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE REVIEWER UNIT OUT"), 4, 4,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  written = exemplar_score_export_sheet_pdf (sheet, args[3], &error);
  return report_written (written, error, args[3]);
}

static int
subcommand_export_assignments (const ExemplarCliCommand  *subcommand,
                               int                        argc,
                               char                     **argv)
{
  const char *description =
    _("Writes the assignment and conflict report of the campaign FILE to OUT as a PDF to "
      "print (A4): for each application, the reviewers assigned with their affiliation and "
      "round; for each reviewer, their home unit and declared conflicts; and a closing "
      "statement checked against the data: that nobody is assigned to their own unit or to "
      "a unit they declared a conflict with, or the assignments that are, and the "
      "reciprocal pairs.\n"
      "\n"
      "Exit status: 0 when written, 1 when OUT cannot be written, 2 on a usage error.");

  return export_campaign (subcommand, description, exemplar_score_export_assignments_pdf, argc, argv);
}

static const ExemplarCliCommand export_subcommands[] = {
  { "scores", N_("Write every submitted score to a CSV or XLSX file"), subcommand_export_scores },
  { "sheet", N_("Print a reviewer’s score sheet for a unit to PDF"), subcommand_export_sheet },
  { "assignments", N_("Print the assignment and conflict report to PDF"), subcommand_export_assignments },
};

static const ExemplarCliGroup export_group = {
  .name = "export",
  .usage = N_("SUBCOMMAND [OPTION…] FILE … OUT"),
  .description = N_("Writes the evaluation out of the campaign file: the scores as a table, a "
                    "score sheet or the assignment report as a PDF to print. OUT is written to "
                    "a temporary file beside it first, so it is replaced whole or not at all."),
  .deadlines = FALSE,
  .subcommands = export_subcommands,
  .n_subcommands = G_N_ELEMENTS (export_subcommands),
};

int
exemplar_cli_export (const ExemplarCliCommand  *command,
                     int                        argc,
                     char                     **argv)
{
  return exemplar_cli_run_group (&export_group, argc, argv);
}
