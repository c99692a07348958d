/* exemplar-cli-evaluation-score.c
 *
 * "exemplar-cli score set|comment|submit|reopen|show": one reviewer's score
 * sheet for one unit. Bounds, steps, reasons, seals and locks are the
 * score sheet's rules; this file turns arguments into calls.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-evaluation.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"

/* Every subcommand starts with FILE REVIEWER UNIT and says so first. */
static const ExemplarCliLeading sheet_args = {
  3, N_("Give the campaign FILE, the REVIEWER’s id and the UNIT’s code.")
};

static const char *
unit_name_of (ExemplarScoreSheet *sheet)
{
  ExemplarAssignment *assignment = exemplar_score_sheet_get_assignment (sheet);

  return exemplar_unit_get_name (exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment)));
}

static ExemplarIndicator *
top_level_of (ExemplarIndicator *indicator)
{
  while (exemplar_indicator_get_parent (indicator) != NULL)
    indicator = exemplar_indicator_get_parent (indicator);

  return indicator;
}

/* The top-level branches of the sheet's leaves, in rubric order. */
static GPtrArray *
collect_branches (GPtrArray *leaves)
{
  GPtrArray *branches = g_ptr_array_new ();

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *branch = top_level_of (g_ptr_array_index (leaves, i));

      if (!g_ptr_array_find (branches, branch, NULL))
        g_ptr_array_add (branches, branch);
    }

  return branches;
}

/* score set */

static int
subcommand_set (const ExemplarCliCommand  *subcommand,
                int                        argc,
                char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *round = NULL;
  g_autofree char *total = NULL;
  ExemplarIndicator *leaf;
  gboolean clear = FALSE;
  gint64 points = 0;
  guint n_args;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      _("Why points were deducted (needed below the maximum)"), _("TEXT") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, _("Remove the points instead (no POINTS)"), NULL },
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("Records REVIEWER’s POINTS for the scored item INDICATOR (its rubric code, such as "
      "1.1.1) on the score sheet of UNIT in the campaign FILE. Points are decimals from 0 "
      "to the item’s points in steps of 0.5, such as 7.5. Points below the maximum need a "
      "reason before the sheet can be submitted; give it with --reason, now or later. "
      "Each change is stored at once; a submitted sheet is sealed and refuses changes "
      "until the office reopens it.\n"
      "\n"
      "Prints the item’s points and the sheet’s total.\n"
      "\n"
      "Exit status: 0 when stored, 1 when the points are refused (out of bounds, not on a "
      "0.5 step), the reviewer, unit or indicator is unknown, the reviewer is not assigned "
      "to the unit, or the sheet may not change, 2 on a usage error.");
  const char *parameter = _("FILE REVIEWER UNIT INDICATOR POINTS");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &sheet_args, entries, description, parameter,
                                       4, 5, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  n_args = g_strv_length (args);
  if (!clear && n_args != 5)
    return exemplar_cli_usage_error (argv[0], _("Give the POINTS, or --clear."));
  if (clear && n_args != 4)
    return exemplar_cli_usage_error (argv[0], _("--clear takes no POINTS."));

  if (!clear && !exemplar_points_parse (args[4], &points, &error))
    return exemplar_cli_fail (error);

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  leaf = exemplar_cli_find_indicator (campaign, args[3]);
  if (leaf == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (clear ? !exemplar_score_sheet_clear_points (sheet, leaf, &error)
            : !exemplar_score_sheet_set_points (sheet, leaf, points, &error))
    return exemplar_cli_fail (error);
  if (reason != NULL && !exemplar_score_sheet_set_reason (sheet, leaf, reason, &error))
    {
      exemplar_cli_error ("%s", error->message);
      exemplar_cli_error ("%s", _("The points were stored, the reason was not."));
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  total = exemplar_points_format (exemplar_score_sheet_get_total (sheet, NULL));
  if (clear)
    /* Translators: an item's code, then the sheet's new total. */
    exemplar_cli_print (_("%s: no points; sheet total %s\n"), exemplar_indicator_get_code (leaf), total);
  else
    {
      g_autofree char *given = exemplar_points_format (points);
      g_autofree char *max = exemplar_points_format (exemplar_indicator_get_points (leaf));

      /* Translators: an item's code, its points, its maximum, then the sheet's new total. */
      exemplar_cli_print (_("%s: %s of %s; sheet total %s\n"), exemplar_indicator_get_code (leaf),
                          given, max, total);
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* score comment */

static int
subcommand_comment (const ExemplarCliCommand  *subcommand,
                    int                        argc,
                    char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *round = NULL;
  const GOptionEntry entries[] = {
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("Sets REVIEWER’s overall comment on UNIT’s score sheet in the campaign FILE; an empty "
      "TEXT clears it.\n"
      "\n"
      "Exit status: 0 when stored, 1 when the sheet may not change or is not found, 2 on a "
      "usage error.");
  const char *parameter = _("FILE REVIEWER UNIT TEXT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &sheet_args, entries, description, parameter,
                                       4, 4, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_score_sheet_set_comment (sheet, args[3], &error))
    return exemplar_cli_fail (error);

  /* Translators: a unit's name. */
  exemplar_cli_print (_("%s: comment stored.\n"), unit_name_of (sheet));

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* score submit */

static int
subcommand_submit (const ExemplarCliCommand  *subcommand,
                   int                        argc,
                   char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *round = NULL;
  g_autofree char *total = NULL;
  const GOptionEntry entries[] = {
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("Submits REVIEWER’s score sheet for UNIT in the campaign FILE. It goes in only when "
      "every assigned item has points and every deduction a reason; otherwise each gap is "
      "listed, one per line, and nothing changes. A submitted sheet is sealed (评审成绩封存): "
      "its content is fixed under a SHA-256 seal, and only the office can reopen it.\n"
      "\n"
      "Exit status: 0 when submitted, 1 when something is missing or the sheet cannot be "
      "submitted now, 2 on a usage error.");
  const char *parameter = _("FILE REVIEWER UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &sheet_args, entries, description, parameter,
                                       3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_score_sheet_submit (sheet, &missing, &error))
    return exemplar_cli_fail_listing (error, missing);

  total = exemplar_points_format (exemplar_score_sheet_get_total (sheet, NULL));
  /* Translators: a unit's name, then the sheet's total. */
  exemplar_cli_print (_("%s: score sheet submitted and sealed, total %s.\n"), unit_name_of (sheet), total);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* score reopen */

static int
subcommand_reopen (const ExemplarCliCommand  *subcommand,
                   int                        argc,
                   char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *round = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, _("Why (required; it is recorded)"), _("TEXT") },
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("For the office: reopens REVIEWER’s submitted score sheet for UNIT in the campaign "
      "FILE, so the reviewer can change it; it becomes a draft again and no longer counts "
      "in the results until it is submitted again. The reason is recorded in the audit "
      "log.\n"
      "\n"
      "Exit status: 0 when reopened, 1 when the sheet is not submitted or the campaign "
      "refuses, 2 on a usage error such as a missing --reason.");
  const char *parameter = _("FILE REVIEWER UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &sheet_args, entries, description, parameter,
                                       3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (reason == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give the reason with --reason."));

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_score_sheet_reopen (sheet, reason, &error))
    return exemplar_cli_fail (error);

  /* Translators: a unit's name. */
  exemplar_cli_print (_("%s: score sheet reopened as a draft.\n"), unit_name_of (sheet));

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* score show */

static void
sheet_json (GString            *out,
            ExemplarScoreSheet *sheet)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);
  g_autoptr(GPtrArray) branches = collect_branches (leaves);
  g_autoptr(GPtrArray) missing = exemplar_score_sheet_get_missing (sheet);
  g_autofree char *data = NULL;
  ExemplarAssignment *assignment = exemplar_score_sheet_get_assignment (sheet);
  ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "reviewer",
                             exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (assignment)));
  exemplar_cli_json_add_string (builder, "unit", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "round", round != NULL ? exemplar_round_get_name (round) : NULL);
  exemplar_cli_json_add_string (builder, "state",
                                exemplar_sheet_state_to_string (exemplar_score_sheet_get_state (sheet)));
  exemplar_cli_json_add_boolean (builder, "editable", exemplar_score_sheet_get_editable (sheet));

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      const char *reason = NULL;
      gint64 points = 0;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "code", exemplar_indicator_get_code (leaf));
      exemplar_cli_json_add_string (builder, "name", exemplar_indicator_get_name (leaf));
      exemplar_cli_json_add_points (builder, "max", exemplar_indicator_get_points (leaf));
      if (exemplar_score_sheet_get_score (sheet, leaf, &points, &reason))
        exemplar_cli_json_add_points (builder, "points", points);
      else
        exemplar_cli_json_add_null (builder, "points");
      exemplar_cli_json_add_string (builder, "reason", reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "subtotals");
  json_builder_begin_object (builder);
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      exemplar_cli_json_add_points (builder, exemplar_indicator_get_code (branch),
                                    exemplar_score_sheet_get_total (sheet, branch));
    }
  json_builder_end_object (builder);
  exemplar_cli_json_add_points (builder, "total", exemplar_score_sheet_get_total (sheet, NULL));
  exemplar_cli_json_add_string (builder, "comment", exemplar_score_sheet_get_comment (sheet));
  exemplar_cli_json_add_string (builder, "submitted_at", exemplar_score_sheet_get_submitted_at (sheet));
  exemplar_cli_json_add_string (builder, "seal", exemplar_score_sheet_get_seal (sheet));

  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < missing->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (missing, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
sheet_text (GString            *out,
            ExemplarScoreSheet *sheet)
{
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);
  g_autoptr(GPtrArray) branches = collect_branches (leaves);
  g_autoptr(GPtrArray) missing = exemplar_score_sheet_get_missing (sheet);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = NULL;
  g_autofree char *total = NULL;
  ExemplarAssignment *assignment = exemplar_score_sheet_get_assignment (sheet);
  ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
  ExemplarRound *round = exemplar_assignment_get_round (assignment);
  const char *comment = exemplar_score_sheet_get_comment (sheet);

  label = exemplar_reviewer_dup_label (exemplar_assignment_get_reviewer (assignment));
  g_ptr_array_add (cells, g_strdup (_("Unit")));
  g_ptr_array_add (cells, g_strdup_printf ("%s %s", exemplar_unit_get_code (unit), exemplar_unit_get_name (unit)));
  exemplar_cli_text_add_cells (cells,
                               _("Reviewer"), label,
                               _("Round"), round != NULL ? exemplar_round_get_name (round) : "—",
                               _("State"), exemplar_sheet_state_get_title (exemplar_score_sheet_get_state (sheet)),
                               NULL);
  if (exemplar_score_sheet_get_seal (sheet) != NULL)
    {
      const char *submitted_at = exemplar_score_sheet_get_submitted_at (sheet);

      exemplar_cli_text_add_cells (cells,
                                   _("Submitted"), submitted_at != NULL ? submitted_at : "",
                                   _("Seal"), exemplar_score_sheet_get_seal (sheet),
                                   NULL);
    }
  exemplar_cli_text_table (out, "", cells, 2, 0);
  g_string_append_c (out, '\n');
  g_ptr_array_set_size (cells, 0);

  exemplar_cli_text_add_cells (cells, _("Code"), _("Item"), _("Max"), _("Points"), _("Reason"), NULL);
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      const char *reason = NULL;
      gint64 points = 0;
      gboolean scored = exemplar_score_sheet_get_score (sheet, leaf, &points, &reason);

      g_ptr_array_add (cells, g_strdup (exemplar_indicator_get_code (leaf)));
      g_ptr_array_add (cells, g_strdup (exemplar_indicator_get_name (leaf)));
      g_ptr_array_add (cells, exemplar_points_format (exemplar_indicator_get_points (leaf)));
      g_ptr_array_add (cells, scored ? exemplar_points_format (points) : g_strdup ("—"));
      g_ptr_array_add (cells, g_strdup (reason != NULL ? reason : ""));
    }
  exemplar_cli_text_table (out, "", cells, 5, (1u << 2) | (1u << 3));

  g_string_append_c (out, '\n');
  g_ptr_array_set_size (cells, 0);
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      g_ptr_array_add (cells, g_strdup (exemplar_indicator_get_code (branch)));
      g_ptr_array_add (cells, g_strdup (exemplar_indicator_get_name (branch)));
      g_ptr_array_add (cells, exemplar_points_format (exemplar_score_sheet_get_total (sheet, branch)));
    }
  total = exemplar_points_format (exemplar_score_sheet_get_total (sheet, NULL));
  exemplar_cli_text_add_cells (cells, "", _("Total"), total, NULL);
  exemplar_cli_text_table (out, "", cells, 3, 1u << 2);

  g_string_append_printf (out, "\n%s  %s\n", _("Comment"), comment != NULL ? comment : "—");
  if (missing->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Before submitting:"));
      for (guint i = 0; i < missing->len; i++)
        g_string_append_printf (out, "  - %s\n", (const char *) g_ptr_array_index (missing, i));
    }
}

static int
subcommand_show (const ExemplarCliCommand  *subcommand,
                 int                        argc,
                 char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarScoreSheet) sheet = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  g_autofree char *round = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    exemplar_cli_round_entry (&round),
    { NULL }
  };
  const char *description =
    _("Shows REVIEWER’s score sheet for UNIT in the campaign FILE: every assigned item with "
      "its points and reason, the totals per branch and overall, the comment, the seal of "
      "a submitted sheet and what still stops a submission.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  reviewer      the reviewer’s id\n"
      "  unit          the unit’s code\n"
      "  round         the round’s name, or null\n"
      "  state         not_started, draft or submitted\n"
      "  editable      true while the reviewer may change it\n"
      "  items         array of {code, name, max, points (null when not scored), reason}\n"
      "  subtotals     the total under each top-level branch, keyed by its code\n"
      "  total         the sheet’s total, the bonus capped\n"
      "  comment, submitted_at (ISO 8601 UTC), seal (SHA-256 in hex)\n"
      "                strings, or null\n"
      "  missing       what stops a submission, one sentence each\n"
      "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
      "\n"
      "Exit status: 0 on success, 1 when the reviewer, unit or assignment is unknown, 2 on "
      "a usage error.");
  const char *parameter = _("FILE REVIEWER UNIT");
  int status;

  status = exemplar_cli_parse_leading (subcommand, &sheet_args, entries, description, parameter,
                                       3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  sheet = exemplar_cli_open_sheet (args[0], args[1], args[2], round, &campaign);
  if (sheet == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (json)
    sheet_json (out, sheet);
  else
    sheet_text (out, sheet);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand subcommands[] = {
  { "set", N_("Record a reviewer’s points for an item"), subcommand_set },
  { "comment", N_("Set a reviewer’s overall comment on a unit"), subcommand_comment },
  { "submit", N_("Submit and seal a score sheet, or list what is missing"), subcommand_submit },
  { "reopen", N_("Reopen a submitted score sheet (office)"), subcommand_reopen },
  { "show", N_("Show a reviewer’s score sheet for a unit"), subcommand_show },
};

static const ExemplarCliGroup group = {
  .name = "score",
  .usage = N_("SUBCOMMAND [OPTION…] FILE REVIEWER UNIT …"),
  .description = N_("Works on one reviewer’s score sheet (评分表) for one unit. REVIEWER is the "
                    "reviewer’s id, as “exemplar-cli reviewer list” shows it, or their name; UNIT "
                    "is the unit’s code, such as 310105001, or its name."),
  .deadlines = FALSE,
  .subcommands = subcommands,
  .n_subcommands = G_N_ELEMENTS (subcommands),
};

int
exemplar_cli_score (const ExemplarCliCommand  *command,
                    int                        argc,
                    char                     **argv)
{
  return exemplar_cli_run_group (&group, argc, argv);
}
