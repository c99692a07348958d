/* exemplar-cli-package.c
 *
 * "exemplar-cli package export|show": the review package (.exemplar-review)
 * the office writes for one reviewer, who scores in it with "score set" and
 * "score submit" as in the master file; "exemplar-cli sheet
 * export|import|conflicts|resolve": the score sheet file (.exemplar-sheet)
 * the reviewer sends back, its import into the master file and the office's
 * decision where it disagrees with a sheet already sealed there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-package.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-review-package.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-sheet-conflict.h"
#include "exemplar-sheet-file.h"
#include "exemplar-sheet-import.h"
#include "exemplar-unit.h"

static ExemplarUnit *
unit_of (ExemplarAssignment *assignment)
{
  return exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
}

static const char *
round_name_of (ExemplarAssignment *assignment)
{
  ExemplarRound *round = exemplar_assignment_get_round (assignment);

  return round != NULL ? exemplar_round_get_name (round) : NULL;
}

/* @reviewer's assignments in @campaign, in the evaluation's order (by
 * application in official order). */
static GPtrArray *
list_assignments (ExemplarCampaign *campaign,
                  ExemplarReviewer *reviewer)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (exemplar_campaign_get_evaluation (campaign));
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);

      if (exemplar_reviewer_get_id (exemplar_assignment_get_reviewer (assignment)) == exemplar_reviewer_get_id (reviewer))
        g_ptr_array_add (found, g_steal_pointer (&assignment));
    }

  return found;
}

/* The applications of @assignments, each once, in their order. */
static GPtrArray *
list_declarations (GPtrArray *assignments)
{
  GPtrArray *declarations = g_ptr_array_new ();

  for (guint i = 0; i < assignments->len; i++)
    {
      ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (g_ptr_array_index (assignments, i));

      if (!g_ptr_array_find (declarations, declaration, NULL))
        g_ptr_array_add (declarations, declaration);
    }

  return declarations;
}

/* An ISO 8601 UTC time as the local date and time a person reads. */
static char *
format_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return g_strdup ("—");

  utc = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (utc == NULL)
    return g_strdup (iso8601);

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* package export */

/* OUT may be a folder: the package gets its usual name in it. */
static char *
package_path (ExemplarCampaign *campaign,
              ExemplarReviewer *reviewer,
              const char       *out)
{
  g_autofree char *basename = NULL;

  if (!g_file_test (out, G_FILE_TEST_IS_DIR))
    return g_strdup (out);

  basename = exemplar_review_package_dup_basename (campaign, reviewer);
  return g_build_filename (out, basename, NULL);
}

static void
export_json (GString          *out,
             const char       *path,
             ExemplarReviewer *reviewer,
             GPtrArray        *assignments,
             GPtrArray        *declarations,
             guint             n_evidence)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *display_path = g_filename_display_name (path);
  g_autofree char *data = NULL;

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "path", display_path);
  exemplar_cli_json_add_int (builder, "reviewer", exemplar_reviewer_get_id (reviewer));
  exemplar_cli_json_add_string (builder, "reviewer_name", exemplar_reviewer_get_name (reviewer));
  exemplar_cli_json_add_int (builder, "assignments", assignments->len);
  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < declarations->len; i++)
    json_builder_add_string_value (builder,
                                   exemplar_unit_get_code (exemplar_declaration_get_unit (g_ptr_array_index (declarations, i))));
  json_builder_end_array (builder);
  exemplar_cli_json_add_int (builder, "evidence", n_evidence);
  json_builder_end_object (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
export_text (GString          *out,
             const char       *path,
             ExemplarReviewer *reviewer,
             GPtrArray        *assignments,
             GPtrArray        *declarations,
             guint             n_evidence)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = exemplar_reviewer_dup_label (reviewer);

  g_ptr_array_add (cells, g_strdup (_("Reviewer")));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT " %s", exemplar_reviewer_get_id (reviewer), label));
  g_ptr_array_add (cells, g_strdup (_("Assignments")));
  g_ptr_array_add (cells, g_strdup_printf ("%u", assignments->len));
  for (guint i = 0; i < declarations->len; i++)
    {
      ExemplarUnit *unit = exemplar_declaration_get_unit (g_ptr_array_index (declarations, i));

      g_ptr_array_add (cells, g_strdup (i == 0 ? _("Units") : ""));
      g_ptr_array_add (cells, g_strdup_printf ("%s %s", exemplar_unit_get_code (unit), exemplar_unit_get_name (unit)));
    }
  g_ptr_array_add (cells, g_strdup (_("Evidence")));
  g_ptr_array_add (cells, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", n_evidence),
                                           n_evidence));
  g_ptr_array_add (cells, g_strdup (_("Package")));
  g_ptr_array_add (cells, g_filename_display_name (path));
  exemplar_cli_text_table (out, "", cells, 2, 0);
}

static int
subcommand_package_export (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GPtrArray) declarations = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(ExemplarReviewer) reviewer = NULL;
  g_autofree char *path = NULL;
  ExemplarReviewer *found;
  guint n_evidence = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("For the office: writes the review package of REVIEWER (an id, or an exact name) from "
      "the campaign FILE to OUT, for them to score at their own desktop. It holds the "
      "campaign’s identity, the rubric, the reviewer’s assignments, those applications’ "
      "forms, self-scores and evidence, the reviewer’s own sheets and their secret for "
      "signing score sheets; nothing of any other unit or reviewer, no one else’s scores, "
      "no audit history. When OUT is a folder, the package gets its usual name "
      "(campaign-reviewer.exemplar-review) in it; an existing file is never overwritten. "
      "Recorded in the audit log.\n"
      "\n"
      "The reviewer opens the package in Exemplar, or scores in it with “score set” and "
      "“score submit” as in the master file, and sends back the file “sheet export” writes.\n"
      "\n"
      "Prints the reviewer, the assignments, the units, the evidence files and the "
      "package’s path.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  path           the package written\n"
      "  reviewer       the reviewer’s id; reviewer_name: string\n"
      "  assignments    how many assignments it holds\n"
      "  units          the codes of the units assigned, in official order\n"
      "  evidence       how many evidence files it holds\n"
      "\n"
      "Exit status: 0 when written, 1 when the reviewer is unknown or has no assignment, "
      "the phase is past the evaluation, FILE is itself a package or OUT exists, 2 on a "
      "usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE REVIEWER OUT"), 3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL || (found = exemplar_cli_find_reviewer (campaign, args[1])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  /* Exporting gives the reviewer a secret, which may reload them. */
  reviewer = g_object_ref (found);

  path = package_path (campaign, reviewer, args[2]);
  if (!exemplar_review_package_export (campaign, reviewer, path, NULL, &error))
    return exemplar_cli_fail (error);

  /* The package holds every evidence file of the applications assigned. */
  assignments = list_assignments (campaign, reviewer);
  declarations = list_declarations (assignments);
  for (guint i = 0; i < declarations->len; i++)
    n_evidence += g_list_model_get_n_items (exemplar_declaration_get_evidence (g_ptr_array_index (declarations, i)));

  if (json)
    export_json (out, path, reviewer, assignments, declarations, n_evidence);
  else
    export_text (out, path, reviewer, assignments, declarations, n_evidence);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* package show */

static void
show_json (GString          *out,
           ExemplarCampaign *package,
           ExemplarReviewer *reviewer,
           GPtrArray        *assignments)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *display_path = g_filename_display_name (exemplar_campaign_get_path (package));
  g_autofree char *data = NULL;

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "path", display_path);
  exemplar_cli_json_add_string (builder, "title", exemplar_campaign_get_title (package));
  exemplar_cli_json_add_string (builder, "package", exemplar_review_package_get_uuid (package));
  exemplar_cli_json_add_int (builder, "reviewer", exemplar_reviewer_get_id (reviewer));
  exemplar_cli_json_add_string (builder, "reviewer_name", exemplar_reviewer_get_name (reviewer));
  json_builder_set_member_name (builder, "assignments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < assignments->len; i++)
    {
      ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);
      ExemplarIndicator *scope = exemplar_assignment_get_scope (assignment);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_int (builder, "id", exemplar_assignment_get_id (assignment));
      exemplar_cli_json_add_string (builder, "unit", exemplar_unit_get_code (unit_of (assignment)));
      exemplar_cli_json_add_string (builder, "unit_name", exemplar_unit_get_name (unit_of (assignment)));
      exemplar_cli_json_add_string (builder, "round", round_name_of (assignment));
      exemplar_cli_json_add_scope (builder, scope);
      exemplar_cli_json_add_string (builder, "state",
                                    exemplar_sheet_state_to_string (exemplar_assignment_get_state (assignment)));
      exemplar_cli_json_add_int (builder, "scored", exemplar_assignment_get_n_scored (assignment));
      exemplar_cli_json_add_int (builder, "leaves", exemplar_assignment_get_n_leaves (assignment));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
show_text (GString          *out,
           ExemplarCampaign *package,
           ExemplarReviewer *reviewer,
           GPtrArray        *assignments)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = exemplar_reviewer_dup_label (reviewer);
  g_autofree char *labelled = g_strdup_printf ("%" G_GINT64_FORMAT " %s", exemplar_reviewer_get_id (reviewer), label);
  const char *uuid = exemplar_review_package_get_uuid (package);

  exemplar_cli_text_add_cells (cells,
                               _("Campaign"), exemplar_campaign_get_title (package),
                               _("Reviewer"), labelled,
                               _("Package"), uuid != NULL ? uuid : "—",
                               NULL);
  exemplar_cli_text_table (out, "", cells, 2, 0);
  g_string_append_c (out, '\n');
  g_ptr_array_set_size (cells, 0);

  if (assignments->len == 0)
    {
      g_string_append_printf (out, "%s\n", _("No assignment."));
      return;
    }

  exemplar_cli_text_add_cells (cells, _("Unit"), _("Round"), _("Scope"), _("Sheet"), NULL);
  for (guint i = 0; i < assignments->len; i++)
    {
      ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);
      const char *round = round_name_of (assignment);

      g_ptr_array_add (cells, g_strdup_printf ("%s %s", exemplar_unit_get_code (unit_of (assignment)),
                                               exemplar_unit_get_name (unit_of (assignment))));
      g_ptr_array_add (cells, g_strdup (round != NULL ? round : "—"));
      exemplar_cli_text_add_assignment_cells (cells, assignment);
    }
  exemplar_cli_text_table (out, "", cells, 4, 0);
}

static int
subcommand_package_show (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  ExemplarReviewer *reviewer;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the review package PACKAGE: the campaign, the reviewer it was made for and "
      "their assignments, each with the state of its score sheet and how many of its items "
      "have points.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  path, title    the package and the campaign’s title\n"
      "  package        the package’s id (a UUID)\n"
      "  reviewer       the reviewer’s id; reviewer_name: string\n"
      "  assignments    array of {id, unit (its code), unit_name, round (null when the\n"
      "                 campaign has no rounds), branches (the rubric branches scored, null\n"
      "                 for the whole rubric), state (not_started, draft or submitted),\n"
      "                 scored (items with points), leaves (items assigned)}\n"
      "\n"
      "Exit status: 0 on success, 1 when PACKAGE cannot be opened or is not a review "
      "package, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("PACKAGE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  package = exemplar_cli_open_campaign (args[0]);
  if (package == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (!exemplar_campaign_get_is_package (package))
    {
      g_autofree char *display_name = g_filename_display_name (args[0]);

      exemplar_cli_error (_("“%s” is a campaign’s master file, not a review package; “%s assignments "
                            "FILE” lists its assignments."),
                          display_name, EXEMPLAR_CLI_PROGRAM);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  reviewer = exemplar_campaign_get_package_reviewer (package);
  assignments = list_assignments (package, reviewer);

  if (json)
    show_json (out, package, reviewer, assignments);
  else
    show_text (out, package, reviewer, assignments);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand package_subcommands[] = {
  { "export", N_("Write a reviewer’s review package (office)"), subcommand_package_export },
  { "show", N_("Show a review package’s reviewer and assignments"), subcommand_package_show },
};

static const ExemplarCliGroup package_group = {
  .name = "package",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on review packages (.exemplar-review): what the office hands one "
                    "reviewer so they score at their own desktop. In a package, “score set”, "
                    "“score comment”, “score submit” and “score show” work as in the master "
                    "file; “sheet export” writes the score sheet file to send back."),
  .deadlines = FALSE,
  .subcommands = package_subcommands,
  .n_subcommands = G_N_ELEMENTS (package_subcommands),
};

int
exemplar_cli_package (const ExemplarCliCommand  *command,
                      int                        argc,
                      char                     **argv)
{
  return exemplar_cli_run_group (&package_group, argc, argv);
}

/* sheet export */

static int
subcommand_sheet_export (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) package = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *display_path = NULL;
  guint n_sheets = 0;
  guint n_drafts = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("For the reviewer: writes the submitted score sheets of the review package PACKAGE "
      "to the score sheet file OUT (.exemplar-sheet), signed with the reviewer’s secret so "
      "that the office can tell it came from this package unchanged. Drafts stay in the "
      "package. An existing file is never overwritten. Send OUT to the office, who reads "
      "it with “sheet import”.\n"
      "\n"
      "Prints how many sheets were written, and how many drafts were left out.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  path     the file written\n"
      "  sheets   how many submitted sheets it holds\n"
      "  drafts   how many sheets were left out because they are not submitted\n"
      "\n"
      "Exit status: 0 when written, 1 when PACKAGE is not a review package, has no "
      "submitted sheet or OUT exists, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("PACKAGE OUT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  package = exemplar_cli_open_campaign (args[0]);
  if (package == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_sheet_file_write (package, args[1], &n_sheets, &n_drafts, &error))
    return exemplar_cli_fail (error);

  display_path = g_filename_display_name (args[1]);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "path", display_path);
      exemplar_cli_json_add_int (builder, "sheets", n_sheets);
      exemplar_cli_json_add_int (builder, "drafts", n_drafts);
      json_builder_end_object (builder);
      data = exemplar_cli_json_to_data (builder);
      g_string_append (out, data);
    }
  else
    {
      /* Translators: how many score sheets, then a file name. */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Wrote %u score sheet to %s.\n",
                                                "Wrote %u score sheets to %s.\n", n_sheets),
                              n_sheets, display_path);
      if (n_drafts > 0)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u draft not included: submit it first.\n",
                                                  "%u drafts not included: submit them first.\n", n_drafts),
                                n_drafts);
    }
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* sheet import, conflicts, resolve */

static const char *
conflict_state_to_string (ExemplarConflictState state)
{
  switch (state)
    {
    case EXEMPLAR_CONFLICT_PENDING:
      return "pending";
    case EXEMPLAR_CONFLICT_ACCEPTED:
      return "accepted";
    case EXEMPLAR_CONFLICT_KEPT:
      return "kept";
    default:
      g_assert_not_reached ();
    }
}

static const char *
conflict_state_get_title (ExemplarConflictState state)
{
  switch (state)
    {
    case EXEMPLAR_CONFLICT_PENDING:
      return _("waiting for the office");
    case EXEMPLAR_CONFLICT_ACCEPTED:
      return _("incoming sheet accepted");
    case EXEMPLAR_CONFLICT_KEPT:
      return _("office’s sheet kept");
    default:
      g_assert_not_reached ();
    }
}

static void
conflict_json (JsonBuilder           *builder,
               ExemplarSheetConflict *conflict)
{
  ExemplarAssignment *assignment = exemplar_sheet_conflict_get_assignment (conflict);
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  g_autoptr(GPtrArray) differences = exemplar_sheet_conflict_dup_differences (conflict);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "id", exemplar_sheet_conflict_get_id (conflict));
  exemplar_cli_json_add_int (builder, "reviewer", exemplar_reviewer_get_id (reviewer));
  exemplar_cli_json_add_string (builder, "reviewer_name", exemplar_reviewer_get_name (reviewer));
  exemplar_cli_json_add_string (builder, "unit", exemplar_unit_get_code (unit_of (assignment)));
  exemplar_cli_json_add_string (builder, "unit_name", exemplar_unit_get_name (unit_of (assignment)));
  exemplar_cli_json_add_string (builder, "round", round_name_of (assignment));
  exemplar_cli_json_add_string (builder, "state",
                                conflict_state_to_string (exemplar_sheet_conflict_get_state (conflict)));
  exemplar_cli_json_add_points (builder, "office_total", exemplar_sheet_conflict_get_office_total (conflict));
  exemplar_cli_json_add_points (builder, "incoming_total", exemplar_sheet_conflict_get_incoming_total (conflict));
  json_builder_set_member_name (builder, "differences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < differences->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (differences, i));
  json_builder_end_array (builder);
  exemplar_cli_json_add_string (builder, "decided_at", exemplar_sheet_conflict_get_decided_at (conflict));
  exemplar_cli_json_add_string (builder, "reason", exemplar_sheet_conflict_get_reason (conflict));
  json_builder_end_object (builder);
}

/* "#3  310105004 新华路街道 · 林晓 · 书面调阅: waiting for the office", then
 * the totals, the items that differ and the office's decision. */
static void
conflict_text (GString               *out,
               ExemplarSheetConflict *conflict)
{
  ExemplarAssignment *assignment = exemplar_sheet_conflict_get_assignment (conflict);
  ExemplarUnit *unit = unit_of (assignment);
  g_autoptr(GPtrArray) differences = exemplar_sheet_conflict_dup_differences (conflict);
  g_autofree char *office = exemplar_points_format (exemplar_sheet_conflict_get_office_total (conflict));
  g_autofree char *incoming = exemplar_points_format (exemplar_sheet_conflict_get_incoming_total (conflict));
  const char *round = round_name_of (assignment);
  const char *reason = exemplar_sheet_conflict_get_reason (conflict);

  g_string_append_printf (out, "#%" G_GINT64_FORMAT "  %s %s · %s%s%s: %s\n",
                          exemplar_sheet_conflict_get_id (conflict),
                          exemplar_unit_get_code (unit), exemplar_unit_get_name (unit),
                          exemplar_reviewer_get_name (exemplar_assignment_get_reviewer (assignment)),
                          round != NULL ? " · " : "", round != NULL ? round : "",
                          conflict_state_get_title (exemplar_sheet_conflict_get_state (conflict)));
  /* Translators: the totals of the office's sealed sheet and of the one that came back. */
  g_string_append_printf (out, _("  Total: office %s, incoming sheet %s\n"), office, incoming);
  for (guint i = 0; i < differences->len; i++)
    g_string_append_printf (out, "    %s\n", (const char *) g_ptr_array_index (differences, i));
  if (exemplar_sheet_conflict_get_state (conflict) != EXEMPLAR_CONFLICT_PENDING)
    {
      g_autofree char *decided_at = format_time (exemplar_sheet_conflict_get_decided_at (conflict));

      /* Translators: when the office decided, then its reason. */
      g_string_append_printf (out, _("  Decided %s: %s\n"), decided_at, reason != NULL ? reason : "");
    }
}

static void
conflicts_text (GString    *out,
                GListModel *conflicts)
{
  exemplar_cli_text_add_each (out, conflicts, _("No returned sheet differs from the office’s."),
                              (ExemplarCliTextItemFunc) conflict_text);
}

static void
import_json (GString             *out,
             ExemplarSheetImport *import)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;
  ExemplarReviewer *reviewer = exemplar_sheet_import_get_reviewer (import);
  GListModel *conflicts = exemplar_sheet_import_get_conflicts (import);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_int (builder, "reviewer", exemplar_reviewer_get_id (reviewer));
  exemplar_cli_json_add_string (builder, "reviewer_name", exemplar_reviewer_get_name (reviewer));
  exemplar_cli_json_add_boolean (builder, "already_imported", exemplar_sheet_import_get_already_imported (import));
  exemplar_cli_json_add_string (builder, "imported_at", exemplar_sheet_import_get_imported_at (import));
  exemplar_cli_json_add_int (builder, "applied", exemplar_sheet_import_get_n_applied (import));
  exemplar_cli_json_add_int (builder, "unchanged", exemplar_sheet_import_get_n_unchanged (import));
  json_builder_set_member_name (builder, "conflicts");
  exemplar_cli_json_add_list (builder, conflicts, (ExemplarCliJsonItemFunc) conflict_json);
  json_builder_end_object (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
import_text (GString             *out,
             ExemplarSheetImport *import,
             const char          *file)
{
  g_autoptr(GPtrArray) lines = NULL;
  guint n_conflicts;

  if (exemplar_sheet_import_get_already_imported (import))
    {
      g_autofree char *imported_at = format_time (exemplar_sheet_import_get_imported_at (import));

      /* Translators: when the same score sheet file was imported before. */
      g_string_append_printf (out, _("Already imported on %s; nothing changed.\n"), imported_at);
      return;
    }

  n_conflicts = g_list_model_get_n_items (exemplar_sheet_import_get_conflicts (import));
  lines = exemplar_sheet_import_dup_lines (import);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));

  if (n_conflicts > 0)
    {
      g_autofree char *display_name = g_filename_display_name (file);

      g_string_append_printf (out,
                              /* Translators: how many sheets, the program, the campaign file. */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u sheet was not applied: it differs from the one the office "
                                           "holds sealed. “%s sheet conflicts %s” shows it; “sheet resolve” "
                                           "decides.\n",
                                           "%u sheets were not applied: they differ from the ones the office "
                                           "holds sealed. “%s sheet conflicts %s” shows them; “sheet resolve” "
                                           "decides.\n",
                                           n_conflicts),
                              n_conflicts, EXEMPLAR_CLI_PROGRAM, display_name);
    }
}

static int
subcommand_sheet_import (const ExemplarCliCommand  *subcommand,
                         int                        argc,
                         char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(ExemplarSheetImport) import = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("For the office: reads the score sheet file SHEET a reviewer sent back from their "
      "review package into the campaign FILE. It is checked first: that it is a whole score "
      "sheet file, of this campaign, from a reviewer who was given a package, with a valid "
      "authentication code, not older than a file of the same package already imported, "
      "every sheet for an assignment of that reviewer, and in a phase that takes scores. "
      "When a check fails, the message names it and nothing changes. Importing the same "
      "file again changes nothing. A sheet the office already holds sealed with other "
      "points is not applied: it waits in “sheet conflicts” for the office to decide. "
      "Recorded in the audit log.\n"
      "\n"
      "Prints one line per sheet: applied, unchanged or in conflict.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  reviewer          the reviewer’s id; reviewer_name: string\n"
      "  already_imported  true when this file was imported before and nothing changed\n"
      "  imported_at       when it was imported (ISO 8601 UTC)\n"
      "  applied           how many sheets were written and sealed\n"
      "  unchanged         how many the office already held identical\n"
      "  conflicts         array of the conflicts found, each as “sheet conflicts --json”\n"
      "                    writes them\n"
      "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
      "\n"
      "Exit status: 0 when imported (also when some sheets are in conflict, or the file "
      "was imported before), 1 when it is refused, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE SHEET"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  import = exemplar_sheet_file_import (campaign, args[1], &error);
  if (import == NULL)
    return exemplar_cli_fail (error);

  if (json)
    import_json (out, import);
  else
    import_text (out, import, args[0]);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_sheet_conflicts (const ExemplarCliCommand  *subcommand,
                            int                        argc,
                            char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_auto(GStrv) args = NULL;
  GListModel *conflicts;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the returned score sheets of the campaign FILE that differ from a sheet the "
      "office holds sealed: those waiting for the office’s decision first, then those "
      "decided, newest first. Each shows both totals and the items that differ.\n"
      "\n"
      "With --json, writes an array of objects with the keys:\n"
      "  id               the conflict’s id, for “sheet resolve”\n"
      "  reviewer         the reviewer’s id; reviewer_name: string\n"
      "  unit, unit_name  the unit’s code and name\n"
      "  round            the round’s name, or null\n"
      "  state            pending, accepted (the incoming sheet replaced the office’s) or\n"
      "                   kept (the office kept its own)\n"
      "  office_total, incoming_total\n"
      "                   the two sheets’ totals, in points\n"
      "  differences      one sentence per item that differs\n"
      "  decided_at       when the office decided (ISO 8601 UTC), or null\n"
      "  reason           the office’s reason, or null\n"
      "Points are numbers with at most two decimals, e.g. 100 or 2.5.\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  conflicts = exemplar_evaluation_get_sheet_conflicts (exemplar_campaign_get_evaluation (campaign));

  exemplar_cli_write_list (conflicts, json, (ExemplarCliJsonItemFunc) conflict_json, conflicts_text);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* The conflict @id of @campaign, or NULL; a new reference. */
static ExemplarSheetConflict *
lookup_conflict (ExemplarCampaign *campaign,
                 gint64            id)
{
  GListModel *conflicts = exemplar_evaluation_get_sheet_conflicts (exemplar_campaign_get_evaluation (campaign));

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ExemplarSheetConflict) candidate = g_list_model_get_item (conflicts, i);

      if (exemplar_sheet_conflict_get_id (candidate) == id)
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* CONFLICT_ID among @campaign's conflicts: "#3" as "sheet conflicts"
 * shows it, or 3. A new reference, since deciding reloads the list. */
static ExemplarSheetConflict *
find_conflict (ExemplarCampaign *campaign,
               const char       *text)
{
  const char *digits = text[0] == '#' ? text + 1 : text;
  ExemplarSheetConflict *conflict = NULL;
  gint64 id = 0;

  if (exemplar_cli_parse_id (digits, &id))
    conflict = lookup_conflict (campaign, id);
  if (conflict == NULL)
    exemplar_cli_error (_("The campaign has no returned sheet in conflict with the id “%s”; “%s sheet "
                          "conflicts FILE” lists them."),
                        text, EXEMPLAR_CLI_PROGRAM);

  return conflict;
}

static int
subcommand_sheet_resolve (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(ExemplarSheetConflict) conflict = NULL;
  g_autoptr(ExemplarSheetConflict) decided = NULL;
  g_autofree char *reason = NULL;
  gboolean accept;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, _("Why (required; it is recorded)"), _("TEXT") },
    { NULL }
  };
  const char *description =
    _("For the office: decides the returned sheet in conflict CONFLICT_ID (as “sheet "
      "conflicts” lists it) in the campaign FILE. “keep” keeps the office’s sealed sheet; "
      "“accept” replaces it by the incoming one, sealed as the reviewer sealed it, and the "
      "results follow. The reason is recorded in the audit log. Only during the declaration "
      "and evaluation phases, and only once.\n"
      "\n"
      "Prints the conflict as “sheet conflicts” does, decided.\n"
      "\n"
      "Exit status: 0 when decided, 1 when the conflict is unknown or already decided or the "
      "campaign refuses, 2 on a usage error such as a missing --reason.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE CONFLICT_ID keep|accept"),
                               3, 3, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (!g_str_equal (args[2], "keep") && !g_str_equal (args[2], "accept"))
    return exemplar_cli_usage_error (argv[0], _("Say “keep” or “accept”, not “%s”."), args[2]);
  /* A blank reason is as missing as none: a usage error, not the model's refusal. */
  if (reason == NULL || *g_strstrip (reason) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give the reason with --reason."));
  accept = g_str_equal (args[2], "accept");

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL || (conflict = find_conflict (campaign, args[1])) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_evaluation_resolve_sheet_conflict (exemplar_campaign_get_evaluation (campaign),
                                                   conflict, accept, reason, &error))
    return exemplar_cli_fail (error);

  decided = lookup_conflict (campaign, exemplar_sheet_conflict_get_id (conflict));
  conflict_text (out, decided != NULL ? decided : conflict);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand sheet_subcommands[] = {
  { "export", N_("Write a package’s submitted sheets to a signed file (reviewer)"), subcommand_sheet_export },
  { "import", N_("Check a returned score sheet file and apply it (office)"), subcommand_sheet_import },
  { "conflicts", N_("List returned sheets that differ from the office’s"), subcommand_sheet_conflicts },
  { "resolve", N_("Keep the office’s sheet or accept the returned one"), subcommand_sheet_resolve },
};

static const ExemplarCliGroup sheet_group = {
  .name = "sheet",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on score sheet files (.exemplar-sheet): the submitted sheets a "
                    "reviewer sends back from a review package, signed with HMAC-SHA256 under "
                    "the reviewer’s secret, and their import into the office’s master file."),
  .deadlines = FALSE,
  .subcommands = sheet_subcommands,
  .n_subcommands = G_N_ELEMENTS (sheet_subcommands),
};

int
exemplar_cli_sheet (const ExemplarCliCommand  *command,
                    int                        argc,
                    char                     **argv)
{
  return exemplar_cli_run_group (&sheet_group, argc, argv);
}
