/* exemplar-cli-evidence.c
 *
 * "exemplar-cli evidence add|list|get" and "exemplar-cli search". What may
 * be attached, when, and how it is stored and indexed is the model's; this
 * file turns arguments into calls and results into text or JSON. The JSON
 * keys are an interface: add keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "exemplar-campaign.h"
#include "exemplar-cli-common.h"
#include "exemplar-cli-evidence.h"
#include "exemplar-cli-json.h"
#include "exemplar-cli-text.h"
#include "exemplar-declaration.h"
#include "exemplar-evidence.h"
#include "exemplar-search.h"
#include "exemplar-unit.h"

#define DEFAULT_SEARCH_LIMIT 50

/* How often "evidence get" tries another temporary name. */
#define TEMPORARY_ATTEMPTS 16

static const char *
import_status_to_string (ExemplarImportStatus status)
{
  switch (status)
    {
    case EXEMPLAR_IMPORT_STORED:
      return "stored";
    case EXEMPLAR_IMPORT_DUPLICATE:
      return "duplicate";
    case EXEMPLAR_IMPORT_FAILED:
    default:
      return "error";
    }
}

static const char *
import_status_get_title (ExemplarImportStatus status)
{
  switch (status)
    {
    case EXEMPLAR_IMPORT_STORED:
      /* Translators: "evidence add" output; the file's bytes were stored. */
      return C_("import status", "stored");
    case EXEMPLAR_IMPORT_DUPLICATE:
      /* Translators: "evidence add" output; the same bytes were already
       * stored, and the file was attached without storing them again. */
      return C_("import status", "duplicate");
    case EXEMPLAR_IMPORT_FAILED:
    default:
      /* Translators: "evidence add" output; the file was refused. */
      return C_("import status", "error");
    }
}

static const char *
purpose_get_title (const char *purpose)
{
  if (g_strcmp0 (purpose, "seal") == 0)
    /* Translators: the scan of the sealed opinion page (盖章页). */
    return C_("evidence purpose", "seal page");

  return C_("evidence purpose", "evidence");
}

static char *
format_pages (guint pages)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", pages), pages);
}

/* The model marks the hit in a snippet with \x02 and \x03. Returns the
 * snippet with @open and @close in their place; @start and @end get the
 * hit's offsets in the result, in characters, or -1 when none is marked.
 * The marks are ASCII, so they never stand inside a UTF-8 sequence. */
static char *
mark_snippet (const char *snippet,
              const char *open,
              const char *close,
              glong      *start,
              glong      *end)
{
  GString *text = g_string_new (NULL);

  *start = -1;
  *end = -1;

  for (const char *p = snippet; *p != '\0'; p++)
    {
      if (*p == '\x02')
        {
          g_string_append (text, open);
          *start = g_utf8_strlen (text->str, text->len);
        }
      else if (*p == '\x03')
        {
          *end = g_utf8_strlen (text->str, text->len);
          g_string_append (text, close);
        }
      else
        g_string_append_c (text, *p);
    }

  if (*start < 0 || *end < *start)
    {
      *start = -1;
      *end = -1;
    }

  return g_string_free (text, FALSE);
}

/* Fills @units and @evidence, side by side, with every attachment of
 * @only's application, or of all applications when @only is NULL: units in
 * official order, each one's files in the order attached. */
static void
collect_evidence (ExemplarCampaign    *campaign,
                  ExemplarDeclaration *only,
                  GPtrArray           *units,
                  GPtrArray           *evidence)
{
  GListModel *all_units = exemplar_campaign_get_units (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (all_units); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (all_units, i);
      ExemplarDeclaration *declaration;
      GListModel *attached;

      declaration = exemplar_campaign_find_declaration (campaign, exemplar_unit_get_code (unit));
      if (declaration == NULL || (only != NULL && declaration != only))
        continue;

      attached = exemplar_declaration_get_evidence (declaration);
      for (guint j = 0; j < g_list_model_get_n_items (attached); j++)
        {
          g_ptr_array_add (units, g_object_ref (unit));
          g_ptr_array_add (evidence, g_list_model_get_item (attached, j));
        }
    }
}

/* evidence add */

static void
add_results_json (GString    *out,
                  GPtrArray  *results,
                  char      **paths)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *path = g_filename_display_name (paths[i]);
      gboolean failed = result->status == EXEMPLAR_IMPORT_FAILED;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "path", path);
      exemplar_cli_json_add_string (builder, "status", import_status_to_string (result->status));
      exemplar_cli_json_add_string (builder, "sha256", failed ? NULL : result->sha256);
      if (failed)
        {
          json_builder_set_member_name (builder, "pages");
          json_builder_add_null_value (builder);
        }
      else
        exemplar_cli_json_add_int (builder, "pages", result->pages);
      exemplar_cli_json_add_string (builder, "message", failed ? result->message : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
add_results_text (GString    *out,
                  GPtrArray  *results,
                  char      **paths)
{
  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = g_ptr_array_index (results, i);
      const char *status = import_status_get_title (result->status);

      if (result->status == EXEMPLAR_IMPORT_FAILED)
        g_string_append_printf (out, "%s  %s\n", status, result->message);
      else
        {
          g_autofree char *path = g_filename_display_name (paths[i]);
          g_autofree char *pages = format_pages (result->pages);

          g_string_append_printf (out, "%s  %s  %s  %s\n", status, result->sha256, pages, path);
        }
    }
}

static int
subcommand_add (const ExemplarCliCommand  *subcommand,
                int                        argc,
                char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *purpose = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *declaration;
  ExemplarIndicator *leaf = NULL;
  gboolean json = FALSE;
  gboolean all_in = TRUE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { "purpose", 0, 0, G_OPTION_ARG_STRING, &purpose,
      _("What the files are: evidence (the default) or seal"), _("PURPOSE") },
    { NULL }
  };
  const char *description =
    _("Attaches the files PATH… to UNIT’s application in the campaign FILE: as evidence "
      "for the scored item INDICATOR (its rubric code, such as 3.1.1), or for the "
      "application as a whole when INDICATOR is “-”. UNIT is the unit’s code, such as "
      "310105001, or its name. PDF, JPEG and PNG files are taken. Each file is checked, "
      "stored inside the campaign file under its SHA-256, once however often it is "
      "attached, and the text of a PDF is indexed for “exemplar-cli search”. A file that "
      "is refused leaves nothing behind, and the other files still go in. With --purpose "
      "seal, the files are the scan of the sealed opinion page (盖章页) that a submission "
      "needs.\n"
      "\n"
      "Prints one line per PATH, in order: “stored SHA256 PAGES pages PATH”; "
      "“duplicate SHA256 PAGES pages PATH” when the same bytes were already in the "
      "campaign (the file is attached and its bytes kept once); or “error MESSAGE”.\n"
      "\n"
      "With --json, writes an array with one object per PATH, in order, with the keys:\n"
      "  path      the PATH as given\n"
      "  status    stored, duplicate or error\n"
      "  sha256    the SHA-256 of the file’s bytes, in hex, or null on error\n"
      "  pages     the number of pages (1 for an image), or null on error\n"
      "  message   why the file was refused, or null\n"
      "\n"
      "Exit status: 0 when every file went in (stored or duplicate), 1 when a file was "
      "refused or the whole call is (FILE cannot be opened, the unit or indicator is "
      "unknown, or the application may no longer be changed), 2 on a usage error.");
  const char *parameter = _("FILE UNIT INDICATOR PATH…");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, parameter, 4, G_MAXUINT,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (purpose == NULL)
    purpose = g_strdup ("evidence");
  else if (!g_str_equal (purpose, "evidence") && !g_str_equal (purpose, "seal"))
    return exemplar_cli_usage_error (argv[0], _("--purpose is evidence or seal, not “%s”."),
                                     purpose);

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  declaration = exemplar_cli_find_declaration (campaign, args[1]);
  if (declaration == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (!g_str_equal (args[2], "-"))
    {
      leaf = exemplar_cli_find_indicator (campaign, args[2]);
      if (leaf == NULL)
        return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  for (guint i = 3; args[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (args[i]));

  results = exemplar_declaration_import_evidence (declaration, leaf, purpose,
                                                  (GFile **) files->pdata, files->len,
                                                  NULL, &error);
  if (results == NULL)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }
  g_assert (results->len == files->len);

  if (json)
    add_results_json (out, results, args + 3);
  else
    add_results_text (out, results, args + 3);
  exemplar_cli_write (stdout, out->str);

  for (guint i = 0; i < results->len; i++)
    if (((ExemplarImportResult *) g_ptr_array_index (results, i))->status == EXEMPLAR_IMPORT_FAILED)
      all_in = FALSE;

  return all_in ? EXEMPLAR_CLI_EXIT_SUCCESS : EXEMPLAR_CLI_EXIT_FAILURE;
}

/* evidence list */

static void
list_json (GString   *out,
           GPtrArray *units,
           GPtrArray *evidence)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < evidence->len; i++)
    {
      ExemplarEvidence *item = g_ptr_array_index (evidence, i);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "unit",
                                    exemplar_unit_get_code (g_ptr_array_index (units, i)));
      exemplar_cli_json_add_string (builder, "indicator",
                                    exemplar_evidence_get_indicator_code (item));
      exemplar_cli_json_add_string (builder, "sha256", exemplar_evidence_get_sha256 (item));
      exemplar_cli_json_add_string (builder, "title", exemplar_evidence_get_title (item));
      exemplar_cli_json_add_string (builder, "original_name",
                                    exemplar_evidence_get_original_name (item));
      exemplar_cli_json_add_string (builder, "media_type", exemplar_evidence_get_media_type (item));
      exemplar_cli_json_add_int (builder, "pages", exemplar_evidence_get_pages (item));
      exemplar_cli_json_add_int (builder, "size", exemplar_evidence_get_size (item));
      exemplar_cli_json_add_string (builder, "purpose", exemplar_evidence_get_purpose (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
list_text (GString   *out,
           GPtrArray *units,
           GPtrArray *evidence)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total_size = NULL;
  goffset total = 0;

  if (evidence->len == 0)
    {
      g_string_append_printf (out, "%s\n", _("No evidence is attached."));
      return;
    }

  g_ptr_array_add (cells, g_strdup (_("Unit")));
  g_ptr_array_add (cells, g_strdup (_("Item")));
  g_ptr_array_add (cells, g_strdup (_("Pages")));
  g_ptr_array_add (cells, g_strdup (_("Size")));
  g_ptr_array_add (cells, g_strdup (_("Purpose")));
  g_ptr_array_add (cells, g_strdup (_("SHA-256")));
  g_ptr_array_add (cells, g_strdup (_("Title")));

  for (guint i = 0; i < evidence->len; i++)
    {
      ExemplarEvidence *item = g_ptr_array_index (evidence, i);
      const char *indicator = exemplar_evidence_get_indicator_code (item);

      g_ptr_array_add (cells, g_strdup (exemplar_unit_get_name (g_ptr_array_index (units, i))));
      g_ptr_array_add (cells, g_strdup (indicator != NULL ? indicator : "—"));
      g_ptr_array_add (cells, g_strdup_printf ("%u", exemplar_evidence_get_pages (item)));
      g_ptr_array_add (cells, g_format_size (exemplar_evidence_get_size (item)));
      g_ptr_array_add (cells, g_strdup (purpose_get_title (exemplar_evidence_get_purpose (item))));
      g_ptr_array_add (cells, g_strdup (exemplar_evidence_get_sha256 (item)));
      g_ptr_array_add (cells, g_strdup (exemplar_evidence_get_title (item)));
      total += exemplar_evidence_get_size (item);
    }

  /* Pages and size are numbers, aligned on the right. */
  exemplar_cli_text_table (out, "", cells, 7, (1u << 2) | (1u << 3));

  total_size = g_format_size (total);
  g_string_append_c (out, '\n');
  /* Translators: the number of attachments listed, then their total size. */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u file, %s\n", "%u files, %s\n",
                                            evidence->len),
                          evidence->len, total_size);
}

static int
subcommand_list (const ExemplarCliCommand  *subcommand,
                 int                        argc,
                 char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  ExemplarDeclaration *only = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  const char *description =
    _("Lists the evidence attached to the applications in the campaign FILE, or to UNIT’s "
      "alone (its code, such as 310105001, or its name): units in official order, each "
      "unit’s files in the order attached. Each row shows the unit, the item (“—” for "
      "the application as a whole), the pages, the size, the purpose, the SHA-256 and the "
      "title.\n"
      "\n"
      "With --json, writes an array of objects with the keys:\n"
      "  unit           the unit’s code\n"
      "  indicator      the item’s rubric code, or null for the application as a whole\n"
      "  sha256         the SHA-256 of the bytes, in hex; “evidence get” takes it\n"
      "  title          the title shown for the file\n"
      "  original_name  the file’s name when it was attached\n"
      "  media_type     application/pdf, image/jpeg or image/png\n"
      "  pages          the number of pages (1 for an image)\n"
      "  size           the size in bytes\n"
      "  purpose        evidence, or seal for the scan of the sealed opinion page\n"
      "\n"
      "Exit status: 0 on success, 1 when FILE cannot be opened or has no such unit, 2 on "
      "a usage error.");
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE [UNIT]"), 1, 2,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;
  if (args[1] != NULL)
    {
      only = exemplar_cli_find_declaration (campaign, args[1]);
      if (only == NULL)
        return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  collect_evidence (campaign, only, units, evidence);

  if (json)
    list_json (out, units, evidence);
  else
    list_text (out, units, evidence);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* evidence get */

/* Copies @input to the new file @target through a temporary file beside it,
 * renamed to @target once complete: a reader never sees half a file, and a
 * failed write leaves nothing behind. */
static gboolean
write_new_file (GInputStream  *input,
                GFile         *target,
                GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GFileOutputStream) output = NULL;
  g_autofree char *basename = g_file_get_basename (target);

  if (parent == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("There is no folder to write the file in."));
      return FALSE;
    }

  /* Beside @target, so the rename stays on one file system. */
  for (guint attempt = 0; output == NULL; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = g_strdup_printf (".%s.%08x.part", basename, g_random_int ());

      g_clear_object (&temporary);
      temporary = g_file_get_child (parent, name);
      output = g_file_create (temporary, G_FILE_CREATE_NONE, NULL, &local_error);
      if (output == NULL &&
          (attempt + 1 >= TEMPORARY_ATTEMPTS ||
           !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  /* Without G_FILE_COPY_OVERWRITE, a file that appeared at @target in the
   * meantime is refused rather than replaced. */
  if (g_output_stream_splice (G_OUTPUT_STREAM (output), input,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0 ||
      !g_file_move (temporary, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (output), NULL, NULL);
      g_file_delete (temporary, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static int
subcommand_get (const ExemplarCliCommand  *subcommand,
                int                        argc,
                char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *display_target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) args = NULL;
  ExemplarEvidence *found = NULL;
  const char *description =
    _("Writes the exact bytes of the evidence file stored under SHA256 in the campaign "
      "FILE to the new file OUT, and prints OUT. “evidence list” shows each file’s "
      "SHA-256. An existing OUT is never overwritten. The bytes go to a temporary file "
      "beside OUT, which becomes OUT once complete, so a failed write leaves nothing "
      "behind.\n"
      "\n"
      "Exit status: 0 when written, 1 when FILE cannot be opened, holds no evidence with "
      "that SHA-256, or OUT exists or cannot be written, 2 on a usage error.");
  const char *parameter = _("FILE SHA256 OUT");
  int status;

  status = exemplar_cli_parse (subcommand, NULL, description, parameter, 3, 3,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  /* Hashes are stored in lower case; one copied from elsewhere may not be. */
  sha256 = g_ascii_strdown (args[1], -1);
  collect_evidence (campaign, NULL, units, evidence);
  for (guint i = 0; i < evidence->len && found == NULL; i++)
    if (g_str_equal (exemplar_evidence_get_sha256 (g_ptr_array_index (evidence, i)), sha256))
      found = g_ptr_array_index (evidence, i);
  if (found == NULL)
    {
      exemplar_cli_error (_("The campaign holds no evidence with the SHA-256 “%s”; "
                            "“%s evidence list FILE” lists them."),
                          args[1], EXEMPLAR_CLI_PROGRAM);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  target = g_file_new_for_path (args[2]);
  display_target = g_filename_display_name (args[2]);
  folder = g_path_get_dirname (args[2]);
  if (g_file_query_exists (target, NULL))
    {
      exemplar_cli_error (_("“%s” already exists; it is not overwritten."), display_target);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }
  /* Otherwise GIO would name the temporary file in its message. */
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display_folder = g_filename_display_name (folder);

      exemplar_cli_error (_("There is no folder “%s” to write the file in."), display_folder);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  input = exemplar_evidence_open_stream (found, exemplar_campaign_get_path (campaign), &error);
  if (input == NULL || !write_new_file (input, target, &error))
    {
      exemplar_cli_error (_("“%s” could not be written: %s"), display_target, error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  line = g_strdup_printf ("%s\n", display_target);
  exemplar_cli_write (stdout, line);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* search */

static void
search_json (GString   *out,
             GPtrArray *hits)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < hits->len; i++)
    {
      ExemplarSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = NULL;
      glong start, end;

      snippet = mark_snippet (hit->snippet, "", "", &start, &end);

      json_builder_begin_object (builder);
      exemplar_cli_json_add_string (builder, "unit", hit->unit_code);
      exemplar_cli_json_add_string (builder, "unit_name", hit->unit_name);
      exemplar_cli_json_add_string (builder, "indicator", hit->indicator_code);
      exemplar_cli_json_add_string (builder, "sha256", hit->sha256);
      exemplar_cli_json_add_string (builder, "title", hit->title);
      exemplar_cli_json_add_int (builder, "page", hit->page);
      exemplar_cli_json_add_string (builder, "snippet", snippet);
      json_builder_set_member_name (builder, "snippet_hit");
      if (start >= 0)
        {
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, start);
          json_builder_add_int_value (builder, end);
          json_builder_end_array (builder);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  data = exemplar_cli_json_to_data (builder);
  g_string_append (out, data);
}

static void
search_text (GString    *out,
             GPtrArray  *hits,
             const char *query,
             guint       limit)
{
  if (hits->len == 0)
    {
      g_string_append_printf (out, _("Nothing was found for “%s”.\n"), query);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      ExemplarSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = NULL;
      glong start, end;

      /* The brackets Chinese text uses for emphasis, which no terminal
       * needs colours for. */
      snippet = mark_snippet (hit->snippet, "【", "】", &start, &end);

      /* Translators: a search hit: the unit's name and code, the item (or
       * "—" for the application as a whole), the file's title and the page. */
      g_string_append_printf (out, _("%s %s  %s  %s, page %u\n"),
                              hit->unit_name, hit->unit_code,
                              hit->indicator_code != NULL ? hit->indicator_code : "—",
                              hit->title, hit->page);
      g_string_append_printf (out, "  %s\n", snippet);
    }

  g_string_append_c (out, '\n');
  if (hits->len >= limit)
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Showing the first %u hit; a higher --limit may show more.\n",
                                         "Showing the first %u hits; a higher --limit may show more.\n",
                                         hits->len),
                            hits->len);
  else
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE, "%u hit.\n", "%u hits.\n", hits->len),
                            hits->len);
}

int
exemplar_cli_search (const ExemplarCliCommand  *command,
                     int                        argc,
                     char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  int limit = DEFAULT_SEARCH_LIMIT;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, _("Show at most N hits (default: 50)"), _("N") },
    { NULL }
  };
  const char *description =
    _("Searches the text of every evidence PDF page in the campaign FILE for QUERY, in "
      "Chinese or English (ASCII letters in any case), and lists the hits by unit in "
      "official order, then file and page. Each hit shows the unit, the item (“—” for "
      "evidence of the application as a whole), the file’s title and the page, and "
      "under it the text around the hit, the hit in 【】. Scanned pages without a text "
      "layer cannot be found.\n"
      "\n"
      "With --json, writes an array of objects with the keys:\n"
      "  unit         the unit’s code\n"
      "  unit_name    the unit’s name\n"
      "  indicator    the item’s rubric code, or null for the application as a whole\n"
      "  sha256       the SHA-256 of the file; “evidence get” takes it\n"
      "  title        the file’s title\n"
      "  page         the page, counted from 1\n"
      "  snippet      the text around the hit, on one line\n"
      "  snippet_hit  [start, end]: where the hit stands in snippet, in characters\n"
      "               counted from 0, end excluded; null when it is not marked\n"
      "\n"
      "Exit status: 0 on success, whether anything was found or not; 1 when FILE "
      "cannot be opened or the search fails; 2 on a usage error.");
  int status;

  status = exemplar_cli_parse (command, entries, description, _("FILE QUERY"), 2, 2,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;
  if (limit < 1)
    return exemplar_cli_usage_error (argv[0], _("--limit takes a whole number of 1 or more."));
  if (!g_utf8_validate (args[1], -1, NULL))
    return exemplar_cli_usage_error (argv[0], _("The QUERY is not UTF-8 text."));
  query = g_strstrip (g_strdup (args[1]));
  if (query[0] == '\0')
    return exemplar_cli_usage_error (argv[0], _("Give the text to search for as QUERY."));

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  hits = exemplar_campaign_search (campaign, query, (guint) limit, &error);
  if (hits == NULL)
    {
      exemplar_cli_error ("%s", error->message);
      return EXEMPLAR_CLI_EXIT_FAILURE;
    }

  if (json)
    search_json (out, hits);
  else
    search_text (out, hits, query, (guint) limit);
  exemplar_cli_write (stdout, out->str);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

static int
subcommand_limit (const ExemplarCliCommand  *subcommand,
                  int                        argc,
                  char                     **argv)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  gint64 megabytes = 0;
  gint64 limit;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, _("Write JSON instead of text"), NULL },
    { NULL }
  };
  g_autofree char *description =
    g_strdup_printf (_("Shows the largest evidence file the campaign FILE takes, in megabytes "
                       "(MB of 1,048,576 bytes), or sets it to MB, from %d to %d. A file larger "
                       "than the limit is refused when it is attached; files attached before "
                       "stay. The default is 200. Setting the limit is recorded in the audit log.\n"
                       "\n"
                       "Prints the limit, as “200 MB”; with --json, an object with the key "
                       "“megabytes”.\n"
                       "\n"
                       "Exit status: 0 on success, 1 when FILE cannot be opened or the campaign "
                       "refuses the change, 2 on a usage error."),
                     EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB, EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB);
  int status;

  status = exemplar_cli_parse (subcommand, entries, description, _("FILE [MB]"), 1, 2,
                               argc, argv, &args);
  if (status != EXEMPLAR_CLI_EXIT_SUCCESS)
    return status;

  if (args[1] != NULL &&
      !g_ascii_string_to_signed (args[1], 10, EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB,
                                 EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB, &megabytes, NULL))
    return exemplar_cli_usage_error (argv[0], _("MB is a whole number from %d to %d, not “%s”."),
                                     EXEMPLAR_EVIDENCE_SIZE_LIMIT_MIN_MB,
                                     EXEMPLAR_EVIDENCE_SIZE_LIMIT_MAX_MB, args[1]);

  campaign = exemplar_cli_open_campaign (args[0]);
  if (campaign == NULL)
    return EXEMPLAR_CLI_EXIT_FAILURE;

  if (args[1] != NULL &&
      !exemplar_campaign_set_evidence_size_limit (campaign, megabytes * 1024 * 1024, &error))
    return exemplar_cli_fail (error);

  limit = exemplar_campaign_get_evidence_size_limit (campaign) / (1024 * 1024);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *data = NULL;

      json_builder_begin_object (builder);
      exemplar_cli_json_add_int (builder, "megabytes", limit);
      json_builder_end_object (builder);
      data = exemplar_cli_json_to_data (builder);
      exemplar_cli_write (stdout, data);
    }
  else
    /* Translators: the evidence size limit, in megabytes. */
    exemplar_cli_print (_("%lld MB\n"), (long long) limit);

  return EXEMPLAR_CLI_EXIT_SUCCESS;
}

/* The evidence command */

static const ExemplarCliCommand subcommands[] = {
  { "add", N_("Attach PDF, JPEG or PNG files to a unit’s application"), subcommand_add },
  { "list", N_("List the evidence attached to the applications"), subcommand_list },
  { "get", N_("Write an evidence file’s exact bytes to a new file"), subcommand_get },
  { "limit", N_("Show or set the largest evidence file a campaign takes"), subcommand_limit },
};

static const ExemplarCliGroup group = {
  .name = "evidence",
  .usage = N_("SUBCOMMAND [OPTION…] FILE …"),
  .description = N_("Attaches evidence files (PDF, JPEG, PNG) to the applications in a campaign, "
                    "lists them and gives their bytes back. The files are stored inside the "
                    "campaign file under their SHA-256, once however often they are attached."),
  .deadlines = TRUE,
  .subcommands = subcommands,
  .n_subcommands = G_N_ELEMENTS (subcommands),
};

int
exemplar_cli_evidence (const ExemplarCliCommand  *command,
                       int                        argc,
                       char                     **argv)
{
  return exemplar_cli_run_group (&group, argc, argv);
}
