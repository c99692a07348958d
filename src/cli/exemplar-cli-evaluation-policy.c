/* exemplar-cli-evaluation-policy.c
 *
 * "exemplar-cli policy set|show" and "exemplar-cli veto": the office's
 * choices that decide the results. The rules (bounds of the policy, what a
 * veto needs) are the model's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-aggregate.h"
#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-evaluation.h"
#include "exemplar-cli-json.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation.h"
#include "exemplar-unit.h"

/* policy */

static void
policy_text (GString            *out,
             ExemplarEvaluation *evaluation)
{
  g_string_append_printf (out, "%s  %s (%s)\n", _("Aggregate"),
                          exemplar_aggregate_get_title (exemplar_evaluation_get_aggregate (evaluation)),
                          exemplar_aggregate_to_string (exemplar_evaluation_get_aggregate (evaluation)));
  g_string_append_printf (out,
                          /* Translators: the trimmed mean applies only from this many sheets. */
                          _("Trimmed from %u sheets\n"),
                          exemplar_evaluation_get_min_trim (evaluation));
  g_string_append_printf (out,
                          /* Translators: a percent of an item's points; %% is a percent sign. */
                          _("Disagreement flag above %u%% of an item’s points\n"),
                          exemplar_evaluation_get_disagreement_percent (evaluation));
}

static int
subcommand_policy_set (const ExemplarCliCommand  *subcommand,
                       int                        argc,
                       char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *aggregate_text = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarAggregate aggregate = EXEMPLAR_AGGREGATE_MEAN;
  gint min_trim = -1;
  gint disagreement = -1;
  const GOptionEntry entries[] = {
    { "aggregate", 0, 0, G_OPTION_ARG_STRING, &aggregate_text,
      _("How an item’s points are combined: mean, trimmed or median"), _("RULE") },
    { "min-trim", 0, 0, G_OPTION_ARG_INT, &min_trim,
      _("The trimmed mean applies from N sheets (3 or more)"), _("N") },
    { "disagreement", 0, 0, G_OPTION_ARG_INT, &disagreement,
      _("Flag an item when reviewers’ spread exceeds PERCENT of its points"), _("PERCENT") },
    { NULL }
  };
  const char *description =
    _("Sets how the campaign FILE aggregates the reviewers’ points on each item: the mean "
      "(the default); the trimmed mean, which drops one highest and one lowest score when "
      "an item has at least --min-trim sheets (default 5) and is the plain mean below that; "
      "or the median. --disagreement sets when an item is flagged for re-review (default 40, "
      "percent of the item’s points). What is not given stays as it was. The change is "
      "recorded in the audit log.\n"
      "\n"
      "Prints the policy now in force.\n"
      "\n"
      "Exit status: 0 when set, 1 when the campaign refuses the change, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (aggregate_text == NULL && min_trim == -1 && disagreement == -1)
    return exemplar_cli_usage_error (argv[0], _("Give --aggregate, --min-trim or --disagreement."));
  if (aggregate_text != NULL &&
      (!exemplar_aggregate_from_string (aggregate_text, &aggregate) || aggregate == EXEMPLAR_AGGREGATE_ZSCORE))
    return exemplar_cli_usage_error (argv[0], _("--aggregate is mean, trimmed or median, not “%s”."),
                                     aggregate_text);
  if (min_trim != -1 && min_trim < 3)
    return exemplar_cli_usage_error (argv[0], _("--min-trim is 3 or more: trimming takes two sheets away."));
  if (disagreement != -1 && (disagreement < 1 || disagreement > 100))
    return exemplar_cli_usage_error (argv[0], _("--disagreement is a percent from 1 to 100."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  evaluation = exemplar_campaign_get_evaluation (campaign);

  if (aggregate_text == NULL)
    aggregate = exemplar_evaluation_get_aggregate (evaluation);
  if (min_trim == -1)
    min_trim = (gint) exemplar_evaluation_get_min_trim (evaluation);
  if (disagreement == -1)
    disagreement = (gint) exemplar_evaluation_get_disagreement_percent (evaluation);

  if (!exemplar_evaluation_set_policy (evaluation, aggregate, (guint) min_trim, (guint) disagreement, &error))
    return exemplar_cli_fail (error);

  policy_text (out, evaluation);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_policy_show (const ExemplarCliCommand  *subcommand,
                        int                        argc,
                        char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  ExemplarEvaluation *evaluation;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows how the campaign FILE aggregates the reviewers’ points.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  aggregate             mean, trimmed or median\n"
      "  min_trim              the trimmed mean applies from this many sheets\n"
      "  disagreement_percent  an item is flagged when the reviewers’ spread exceeds\n"
      "                        this percent of its points\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  evaluation = exemplar_campaign_get_evaluation (campaign);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "aggregate",
                                    exemplar_aggregate_to_string (exemplar_evaluation_get_aggregate (evaluation)));
      exemplar_cli_json_add_int (builder, "min_trim", exemplar_evaluation_get_min_trim (evaluation));
      exemplar_cli_json_add_int (builder, "disagreement_percent",
                                 exemplar_evaluation_get_disagreement_percent (evaluation));
      json_builder_end_object (builder);
      data = exemplar_cli_json_to_data (builder);
      g_string_append (out, data);
    }
  else
    policy_text (out, evaluation);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand policy_subcommands[] = {
  { "set", N_("Choose how reviewers’ points are aggregated"), subcommand_policy_set },
  { "show", N_("Show how reviewers’ points are aggregated"), subcommand_policy_show },
};

static const ExemplarCliGroup policy_group = {
  .name = "policy",
  .usage = N_("SUBCOMMAND [OPTION…] FILE"),
  .description = N_("Works on the campaign’s aggregation policy: how the reviewers’ points on an "
                    "item make the item’s score, and when reviewers disagree too widely."),
  .deadlines = FALSE,
  .subcommands = policy_subcommands,
  .n_subcommands = G_N_ELEMENTS (policy_subcommands),
};

int
exemplar_cli_policy (const ExemplarCliCommand  *command,
                     int                        argc,
                     char                     **argv)
{
  return exemplar_cli_run_group (&policy_group, argc, argv);
}

/* veto */

int
exemplar_cli_veto (const ExemplarCliCommand  *command,
                   int                        argc,
                   char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *indicator_code = NULL;
  g_autofree char *veto = NULL;
  ExemplarEvaluation *evaluation;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *indicator = NULL;
  gboolean clear = FALSE;
  gboolean done;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, _("Why (required; it is recorded)"), _("TEXT") },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &indicator_code,
      _("The veto item of the rubric the finding falls under"), _("CODE") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, _("Clear the unit’s veto findings instead"), NULL },
    { NULL }
  };
  const char *description =
    _("For the office: records a veto finding (一票否决) against UNIT in the campaign FILE, "
      "with its reason and, with --indicator, the veto item of the rubric it falls under. "
      "A vetoed unit is out of the ranking, shown with the reason. With --clear, the unit’s "
      "veto findings are cleared instead, again with a reason. Both are recorded in the "
      "audit log.\n"
      "\n"
      "Exit status: 0 when recorded, 1 when the unit or indicator is unknown or the campaign "
      "refuses the change, 2 on a usage error such as a missing --reason.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE UNIT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (reason == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give the reason with --reason."));
  if (clear && indicator_code != NULL)
    return exemplar_cli_usage_error (argv[0], _("--clear takes no --indicator."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  evaluation = exemplar_campaign_get_evaluation (campaign);
  declaration = exemplar_cli_find_declaration (campaign, args[1]);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (indicator_code != NULL && (indicator = exemplar_cli_find_indicator (campaign, indicator_code)) == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (clear)
    done = exemplar_evaluation_clear_veto (evaluation, declaration, reason, &error);
  else
    done = exemplar_evaluation_record_veto (evaluation, declaration, indicator, reason, &error);
  if (!done)
    return exemplar_cli_fail (error);

  veto = exemplar_evaluation_dup_veto (evaluation, declaration);
  if (veto != NULL)
    /* Translators: a unit's name, then the reasons of its veto findings. */
    exemplar_cli_print (_("%s: vetoed, out of the ranking: %s\n"),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)), veto);
  else
    /* Translators: a unit's name. */
    exemplar_cli_print (_("%s: no veto finding.\n"),
                        exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)));

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}
