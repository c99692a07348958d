/* exemplar-cli-publicity-naming.c
 *
 * "exemplar-cli naming confirm|show|export|recheck|revoke".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-publicity.h"
#include "exemplar-declaration.h"
#include "exemplar-publicity.h"
#include "exemplar-unit.h"

/* naming confirm */

static int
subcommand_naming_confirm (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *issuer = NULL;
  ExemplarPublicity *publicity;
  const GOptionEntry entries[] = {
    { "document-number", 0, 0, G_OPTION_ARG_STRING, &number,
      _("The decision’s document number, e.g. 长未保委〔2024〕2号"), _("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, _("The decision’s date, YYYY-MM-DD"), _("DATE") },
    { "issuer", 0, 0, G_OPTION_ARG_STRING, &issuer,
      _("Who issues the decision (default: the campaign’s issuer)"), _("TEXT") },
    { NULL }
  };
  const char *description =
    _("Confirms the naming decision (命名决定) of the campaign FILE, in the naming phase, "
      "once the publicity period is over and no accepted objection is pending: the "
      "candidates still on the list are named, in official order. Once only. Prints the "
      "named units; “exemplar-cli naming export FILE OUT.pdf” writes the decision.\n"
      "\n"
      "Exit status: 0 when confirmed, 1 when the campaign refuses, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (number == NULL || *g_strstrip (number) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give the decision’s number with --document-number."));
  if (date == NULL)
    return exemplar_cli_usage_error (argv[0], _("Give the decision’s date with --date."));
  status = exemplar_cli_publicity_check_date (argv[0], "--date", date);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);

  if (!exemplar_publicity_confirm_naming (publicity, number, issuer, date, &error))
    return exemplar_cli_fail (error);

  named = exemplar_publicity_get_named (publicity);
  /* Translators: the decision's document number and date. */
  g_string_append_printf (out, _("Named by %s of %s:\n"), number, date);
  exemplar_cli_publicity_list_units (out, named, _("none"));
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* naming show */

static void
named_json (JsonBuilder         *builder,
            ExemplarPublicity   *publicity,
            ExemplarDeclaration *declaration)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  g_autoptr(GPtrArray) rechecks = exemplar_publicity_list_rechecks (publicity, declaration);
  const char *revoked_on = NULL;
  const char *reason = NULL;
  gboolean revoked;

  revoked = exemplar_publicity_get_revocation (publicity, declaration, &revoked_on, &reason);

  json_builder_begin_object (builder);
  exemplar_cli_json_add_string (builder, "code", exemplar_unit_get_code (unit));
  exemplar_cli_json_add_string (builder, "name", exemplar_unit_get_name (unit));
  exemplar_cli_json_add_string (builder, "revoked_on", revoked ? revoked_on : NULL);
  exemplar_cli_json_add_string (builder, "revocation_reason", revoked ? reason : NULL);
  json_builder_set_member_name (builder, "rechecks");
  json_builder_begin_array (builder);
  for (guint i = 0; rechecks != NULL && i < rechecks->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (rechecks, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
named_text (GString             *out,
            ExemplarPublicity   *publicity,
            ExemplarDeclaration *declaration,
            guint                position)
{
  g_autoptr(GPtrArray) rechecks = exemplar_publicity_list_rechecks (publicity, declaration);
  g_autofree char *unit = exemplar_cli_publicity_describe (declaration);
  const char *revoked_on = NULL;
  const char *reason = NULL;

  g_string_append_printf (out, "  %u. %s\n", position, unit);
  for (guint i = 0; rechecks != NULL && i < rechecks->len; i++)
    /* Translators: a re-check, "YYYY-MM-DD · result · note". */
    g_string_append_printf (out, _("       Re-checked: %s\n"), (const char *) g_ptr_array_index (rechecks, i));
  if (exemplar_publicity_get_revocation (publicity, declaration, &revoked_on, &reason))
    /* Translators: the date a title was revoked, then why. */
    g_string_append_printf (out, _("       Revoked on %s: %s\n"), revoked_on, reason);
}

static int
subcommand_naming_show (const ExemplarCliCommand  *subcommand,
                        int                        argc,
                        char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarPublicity *publicity;
  const char *number = NULL;
  const char *issuer = NULL;
  const char *decided_on = NULL;
  gboolean confirmed;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Shows the naming decision of the campaign FILE: its number, issuer and date, and "
      "the named units in official order with their re-checks and any revocation.\n"
      "\n"
      "With --json, writes one object with the keys:\n"
      "  confirmed        true once the decision is confirmed\n"
      "  document_number, issuer, date\n"
      "                   strings (date YYYY-MM-DD), or null before confirmation\n"
      "  named            array of {code, name, revoked_on, revocation_reason (null\n"
      "                   unless revoked), rechecks (array of “YYYY-MM-DD · result ·\n"
      "                   note” strings, oldest first)}\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened, 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE"), 1, 1, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  publicity = exemplar_campaign_get_publicity (campaign);
  confirmed = exemplar_publicity_get_decision (publicity, &number, &issuer, &decided_on);
  named = exemplar_publicity_get_named (publicity);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      exemplar_cli_json_add_boolean (builder, "confirmed", confirmed);
      exemplar_cli_json_add_string (builder, "document_number", confirmed ? number : NULL);
      exemplar_cli_json_add_string (builder, "issuer", confirmed ? issuer : NULL);
      exemplar_cli_json_add_string (builder, "date", confirmed ? decided_on : NULL);
      json_builder_set_member_name (builder, "named");
      json_builder_begin_array (builder);
      for (guint i = 0; i < named->len; i++)
        named_json (builder, publicity, g_ptr_array_index (named, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      exemplar_cli_publicity_write_json (builder);
    }
  else if (!confirmed)
    exemplar_cli_print ("%s\n", _("The naming decision is not confirmed yet."));
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      /* Translators: the decision's number, issuer and date. */
      g_string_append_printf (out, _("%s, %s, %s\n"), number, issuer, decided_on);
      for (guint i = 0; i < named->len; i++)
        named_text (out, publicity, g_ptr_array_index (named, i), i + 1);
      exemplar_cli_write (stdout, out->str);
    }

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* naming export */

static int
subcommand_naming_export (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  const char *description =
    _("Writes the naming decision of the campaign FILE to OUT: its title and number, the "
      "standard wording with the named units in official order, the close, the issuer and "
      "the date; a PDF on A4 with the fonts embedded when OUT ends in .pdf, a "
      "self-contained web page when it ends in .html. OUT is replaced whole or not at all.\n"
      "\n"
      "Exit status: 0 when written, 1 when the decision is not confirmed or OUT cannot be "
      "written, 2 on a usage error such as another extension.");

  return exemplar_cli_publicity_export (subcommand, description, exemplar_publicity_build_decision, argc, argv);
}

/* naming recheck, naming revoke */

static int
subcommand_naming_recheck (const ExemplarCliCommand  *subcommand,
                           int                        argc,
                           char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *result = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  ExemplarDeclaration *declaration;
  const GOptionEntry entries[] = {
    { "result", 0, 0, G_OPTION_ARG_STRING, &result, _("What the re-check found"), _("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, _("More about it"), _("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, _("When it was done, YYYY-MM-DD (default: today)"),
      _("DATE") },
    { NULL }
  };
  const char *description =
    _("Records a later re-check (抽查复核) of the named unit UNIT (code or name) of the "
      "campaign FILE, in the naming or closed phase.\n"
      "\n"
      "Exit status: 0 when recorded, 1 when the unit is not named or the campaign refuses, "
      "2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE UNIT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (result == NULL || *g_strstrip (result) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give what the re-check found with --result."));
  status = exemplar_cli_publicity_check_date (argv[0], "--date", date);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  declaration = exemplar_cli_find_declaration (campaign, args[1]);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_publicity_record_recheck (exemplar_campaign_get_publicity (campaign), declaration, date,
                                          result, note, &error))
    return exemplar_cli_fail (error);

  /* Translators: a unit's name, then what its re-check found. */
  exemplar_cli_print (_("%s: re-checked, %s\n"),
                      exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)), result);
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_naming_revoke (const ExemplarCliCommand  *subcommand,
                          int                        argc,
                          char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  ExemplarDeclaration *declaration;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, _("Why the title is revoked"), _("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, _("When, YYYY-MM-DD (default: today)"), _("DATE") },
    { NULL }
  };
  const char *description =
    _("Revokes the title of the named unit UNIT (code or name) of the campaign FILE, with "
      "the reason, in the naming or closed phase. The unit stays in the decision, marked "
      "revoked.\n"
      "\n"
      "Exit status: 0 when revoked, 1 when the unit is not named or the campaign refuses, "
      "2 on a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE UNIT"), 2, 2, argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (reason == NULL || *g_strstrip (reason) == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give the reason with --reason."));
  status = exemplar_cli_publicity_check_date (argv[0], "--date", date);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  declaration = exemplar_cli_find_declaration (campaign, args[1]);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (!exemplar_publicity_revoke (exemplar_campaign_get_publicity (campaign), declaration, reason, date, &error))
    return exemplar_cli_fail (error);

  /* Translators: a unit's name. */
  exemplar_cli_print (_("%s: title revoked\n"), exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)));
  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static const ExemplarCliCommand naming_subcommands[] = {
  { "confirm", N_("Confirm the naming decision"), subcommand_naming_confirm },
  { "show", N_("Show the decision, the named units and their re-checks"), subcommand_naming_show },
  { "export", N_("Write the naming decision to PDF or HTML"), subcommand_naming_export },
  { "recheck", N_("Record a later re-check of a named unit"), subcommand_naming_recheck },
  { "revoke", N_("Revoke a named unit’s title"), subcommand_naming_revoke },
};

static const ExemplarCliGroup naming_group = {
  .name = "naming",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Works on the naming decision (命名决定) that ends the campaign and on the "
                    "named units afterwards: re-checks and revocations."),
  .deadlines = FALSE,
  .subcommands = naming_subcommands,
  .n_subcommands = G_N_ELEMENTS (naming_subcommands),
};

int
exemplar_cli_naming (const ExemplarCliCommand  *command,
                     int                        argc,
                     char                     **argv)
{
  return exemplar_cli_run_group (&naming_group, argc, argv);
}
