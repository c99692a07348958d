/* exemplar-score-export.c
 *
 * The flat table of scores as CSV and XLSX. A row is one reviewer's points
 * on one leaf of one unit, from submitted sheets only: drafts are work in
 * progress and never leave the program. The PDFs are in
 * exemplar-score-export-pdf.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-export-private.h"
#include "exemplar-score-sheet.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

/* The columns of the flat table, in order; CSV and the XLSX "Scores" sheet
 * share them. */
static const char *score_columns[] = {
  N_("Unit code"),
  N_("Unit"),
  N_("Reviewer ID"),
  N_("Reviewer"),
  N_("Affiliation"),
  N_("Round"),
  N_("Indicator code"),
  N_("Indicator"),
  N_("Max points"),
  N_("Points"),
  N_("Reason"),
};

typedef struct
{
  ExemplarReviewer  *reviewer;
  ExemplarUnit      *unit;
  ExemplarRound     *round;     /* nullable */
  ExemplarIndicator *leaf;
  gboolean           has_points;
  gint64             points;
  const char        *reason;    /* nullable */
} ScoreRow;

typedef gboolean (*ScoreRowFunc) (const ScoreRow  *row,
                                  gpointer         user_data,
                                  GError         **error);

/* Calls @func for every leaf of every submitted sheet: applications in
 * official order, then reviewers, then leaves in rubric order, so each
 * sheet's rows stay together. */
static gboolean
foreach_score_row (ExemplarCampaign  *campaign,
                   ScoreRowFunc       func,
                   gpointer           user_data,
                   GError           **error)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      g_autoptr(ExemplarScoreSheet) sheet = NULL;
      g_autoptr(GPtrArray) leaves = NULL;
      ScoreRow row = { 0 };

      if (exemplar_assignment_get_state (assignment) != EXEMPLAR_SHEET_SUBMITTED)
        continue;

      sheet = exemplar_evaluation_open_sheet (evaluation, assignment, error);
      if (sheet == NULL)
        return FALSE;
      if (exemplar_score_sheet_get_state (sheet) != EXEMPLAR_SHEET_SUBMITTED)
        continue;

      row.reviewer = exemplar_assignment_get_reviewer (assignment);
      row.unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      row.round = exemplar_assignment_get_round (assignment);

      leaves = exemplar_score_sheet_get_leaves (sheet);
      for (guint j = 0; j < leaves->len; j++)
        {
          row.leaf = g_ptr_array_index (leaves, j);
          row.points = 0;
          row.reason = NULL;
          row.has_points = exemplar_score_sheet_get_score (sheet, row.leaf, &row.points, &row.reason);

          if (!func (&row, user_data, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Shared helpers (exemplar-score-export-private.h) */

char *
_exemplar_score_export_format_fixed (gint64 hundredths)
{
  guint64 magnitude = hundredths < 0 ? (guint64) -hundredths : (guint64) hundredths;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", hundredths < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

const char *
_exemplar_score_export_affiliation (ExemplarReviewer *reviewer)
{
  ExemplarUnit *unit = NULL;

  switch (exemplar_reviewer_get_affiliation (reviewer))
    {
    case EXEMPLAR_AFFILIATION_MEMBER:
      unit = exemplar_reviewer_get_member_unit (reviewer);
      break;
    case EXEMPLAR_AFFILIATION_APPLICANT:
      unit = exemplar_reviewer_get_unit (reviewer);
      break;
    case EXEMPLAR_AFFILIATION_EXPERT:
    default:
      break;
    }

  if (unit != NULL)
    return exemplar_unit_get_name (unit);

  return exemplar_affiliation_get_title (exemplar_reviewer_get_affiliation (reviewer));
}

/* CSV */

typedef struct
{
  FILE    *file;
  GString *line;
} CsvWriter;

/* RFC 4180: a field with a comma, a quote or a line break is quoted, and
 * quotes inside are doubled. Each field is followed by a comma, and
 * csv_write_line() drops the last one. */
static void
csv_append_field (GString    *line,
                  const char *value)
{
  if (value == NULL || strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (line, value != NULL ? value : "");
      g_string_append_c (line, ',');
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append (line, "\",");
}

static void
csv_write_line (CsvWriter *writer)
{
  if (writer->line->len > 0)
    g_string_truncate (writer->line, writer->line->len - 1);
  g_string_append (writer->line, "\r\n");
  fwrite (writer->line->str, 1, writer->line->len, writer->file);
  g_string_truncate (writer->line, 0);
}

static gboolean
csv_write_row (const ScoreRow  *row,
               gpointer         user_data,
               GError         **error)
{
  CsvWriter *writer = user_data;
  g_autofree char *reviewer_id = g_strdup_printf ("%" G_GINT64_FORMAT, exemplar_reviewer_get_id (row->reviewer));
  g_autofree char *max = _exemplar_score_export_format_fixed (exemplar_indicator_get_points (row->leaf));
  g_autofree char *points = row->has_points ? _exemplar_score_export_format_fixed (row->points) : NULL;

  csv_append_field (writer->line, exemplar_unit_get_code (row->unit));
  csv_append_field (writer->line, exemplar_unit_get_name (row->unit));
  csv_append_field (writer->line, reviewer_id);
  csv_append_field (writer->line, exemplar_reviewer_get_name (row->reviewer));
  csv_append_field (writer->line, _exemplar_score_export_affiliation (row->reviewer));
  csv_append_field (writer->line, row->round != NULL ? exemplar_round_get_name (row->round) : NULL);
  csv_append_field (writer->line, exemplar_indicator_get_code (row->leaf));
  csv_append_field (writer->line, exemplar_indicator_get_name (row->leaf));
  csv_append_field (writer->line, max);
  csv_append_field (writer->line, points);
  csv_append_field (writer->line, row->reason);
  csv_write_line (writer);

  return !ferror (writer->file);
}

gboolean
exemplar_score_export_csv (ExemplarCampaign  *campaign,
                           const char        *path,
                           GError           **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *temp_path = NULL;
  CsvWriter writer = { NULL, line };
  gboolean written;
  int saved_errno = 0;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp_path = _exemplar_util_create_temp (path, error);
  if (temp_path == NULL)
    return FALSE;

  writer.file = g_fopen (temp_path, "wb");
  if (writer.file == NULL)
    {
      saved_errno = errno;
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }

  /* The byte order mark tells spreadsheet programs the file is UTF-8, so
   * the Chinese names come out right when the file is double-clicked. */
  fputs ("\xEF\xBB\xBF", writer.file);
  for (guint i = 0; i < G_N_ELEMENTS (score_columns); i++)
    csv_append_field (line, _(score_columns[i]));
  csv_write_line (&writer);

  written = foreach_score_row (campaign, csv_write_row, &writer, &local_error);
  if (written && local_error == NULL && ferror (writer.file))
    written = FALSE;
  if (fflush (writer.file) != 0 || fsync (fileno (writer.file)) != 0)
    {
      saved_errno = errno;
      written = FALSE;
    }
  if (fclose (writer.file) != 0 && written)
    {
      saved_errno = errno;
      written = FALSE;
    }

  if (!written)
    {
      g_unlink (temp_path);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        _exemplar_util_set_storage_error (error, path,
                                                  g_strerror (saved_errno != 0 ? saved_errno : EIO));
      return FALSE;
    }

  return _exemplar_util_commit_temp (temp_path, path, error);
}

/* XLSX */

typedef struct
{
  lxw_worksheet *sheet;
  lxw_format    *number;
  lxw_format    *integer;
  lxw_row_t      row;
  lxw_error      status;  /* the first failure, LXW_NO_ERROR until then */
} XlsxWriter;

static void
xlsx_string (XlsxWriter *writer,
             lxw_col_t   col,
             const char *value)
{
  lxw_error status;

  if (writer->status != LXW_NO_ERROR || value == NULL || *value == '\0')
    return;

  status = worksheet_write_string (writer->sheet, writer->row, col, value, NULL);
  if (status != LXW_NO_ERROR)
    writer->status = status;
}

static void
xlsx_number (XlsxWriter *writer,
             lxw_col_t   col,
             double      value,
             lxw_format *format)
{
  lxw_error status;

  if (writer->status != LXW_NO_ERROR)
    return;

  status = worksheet_write_number (writer->sheet, writer->row, col, value, format);
  if (status != LXW_NO_ERROR)
    writer->status = status;
}

static void
xlsx_points (XlsxWriter *writer,
             lxw_col_t   col,
             gint64      hundredths)
{
  xlsx_number (writer, col, (double) hundredths / 100.0, writer->number);
}

static gboolean
xlsx_write_score_row (const ScoreRow  *row,
                      gpointer         user_data,
                      GError         **error)
{
  XlsxWriter *writer = user_data;

  xlsx_string (writer, 0, exemplar_unit_get_code (row->unit));
  xlsx_string (writer, 1, exemplar_unit_get_name (row->unit));
  xlsx_number (writer, 2, (double) exemplar_reviewer_get_id (row->reviewer), writer->integer);
  xlsx_string (writer, 3, exemplar_reviewer_get_name (row->reviewer));
  xlsx_string (writer, 4, _exemplar_score_export_affiliation (row->reviewer));
  xlsx_string (writer, 5, row->round != NULL ? exemplar_round_get_name (row->round) : NULL);
  xlsx_string (writer, 6, exemplar_indicator_get_code (row->leaf));
  xlsx_string (writer, 7, exemplar_indicator_get_name (row->leaf));
  xlsx_points (writer, 8, exemplar_indicator_get_points (row->leaf));
  if (row->has_points)
    xlsx_points (writer, 9, row->points);
  xlsx_string (writer, 10, row->reason);
  writer->row++;

  /* Errors are collected in the writer and reported once, with the path. */
  return TRUE;
}

static void
xlsx_header (XlsxWriter  *writer,
             lxw_format  *bold,
             const char **titles,
             guint        n_titles)
{
  for (guint i = 0; i < n_titles && writer->status == LXW_NO_ERROR; i++)
    {
      lxw_error status = worksheet_write_string (writer->sheet, 0, (lxw_col_t) i, titles[i], bold);

      if (status != LXW_NO_ERROR)
        writer->status = status;
    }
  writer->row = 1;
}

/* A worksheet named @title (translated), or its English @fallback when the
 * translation is not a valid sheet name (too long, or with []:*?/\). */
static lxw_worksheet *
add_worksheet (lxw_workbook *workbook,
               const char   *title,
               const char   *fallback)
{
  if (workbook_validate_sheet_name (workbook, title) == LXW_NO_ERROR)
    return workbook_add_worksheet (workbook, title);

  return workbook_add_worksheet (workbook, fallback);
}

static void
xlsx_write_summary (XlsxWriter      *writer,
                    lxw_format      *bold,
                    ExemplarResults *results)
{
  g_autoptr(GPtrArray) branches = exemplar_results_get_branches (results);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (results));
  lxw_col_t col;

  g_ptr_array_add (titles, g_strdup (_("Rank")));
  g_ptr_array_add (titles, g_strdup (_("Unit code")));
  g_ptr_array_add (titles, g_strdup (_("Unit")));
  g_ptr_array_add (titles, g_strdup (_("Total")));
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      g_ptr_array_add (titles, g_strdup_printf ("%s %s", exemplar_indicator_get_code (branch),
                                                exemplar_indicator_get_name (branch)));
    }
  g_ptr_array_add (titles, g_strdup (_("Self-assessed total")));
  g_ptr_array_add (titles, g_strdup (_("Gap")));
  g_ptr_array_add (titles, g_strdup (_("Sheets")));
  g_ptr_array_add (titles, g_strdup (_("Vetoed")));
  g_ptr_array_add (titles, g_strdup (_("Flags")));
  xlsx_header (writer, bold, (const char **) titles->pdata, titles->len);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);
      ExemplarUnit *unit = exemplar_standing_get_unit (standing);
      g_autofree char *flags = exemplar_standing_dup_flag_codes (standing);
      guint rank = exemplar_standing_get_rank (standing);

      if (rank > 0)
        xlsx_number (writer, 0, rank, writer->integer);
      xlsx_string (writer, 1, exemplar_unit_get_code (unit));
      xlsx_string (writer, 2, exemplar_unit_get_name (unit));
      xlsx_points (writer, 3, exemplar_standing_get_total (standing));
      col = 4;
      for (guint j = 0; j < branches->len; j++)
        xlsx_points (writer, col++, exemplar_standing_get_subtotal (standing, g_ptr_array_index (branches, j)));
      xlsx_points (writer, col++, exemplar_standing_get_self_total (standing));
      xlsx_points (writer, col++, exemplar_standing_get_gap (standing));
      xlsx_number (writer, col++, exemplar_standing_get_sheets (standing), writer->integer);
      if (exemplar_standing_get_vetoed (standing))
        {
          const char *reason = exemplar_standing_get_veto_reason (standing);

          xlsx_string (writer, col, reason != NULL && *reason != '\0' ? reason : _("Yes"));
        }
      col++;
      xlsx_string (writer, col, flags);
      writer->row++;
    }
}

gboolean
exemplar_score_export_xlsx (ExemplarCampaign  *campaign,
                            const char        *path,
                            GError           **error)
{
  g_autoptr(ExemplarResults) results = NULL;
  g_autofree char *temp_path = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
  lxw_workbook *workbook;
  lxw_format *bold;
  XlsxWriter scores = { 0 };
  XlsxWriter summary = { 0 };
  lxw_error status = LXW_NO_ERROR;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The office's view of the ranking: no reviewer is asking. */
  results = exemplar_results_new (campaign, NULL, error);
  if (results == NULL)
    return FALSE;

  temp_path = _exemplar_util_create_temp (path, error);
  if (temp_path == NULL)
    return FALSE;

  /* Constant memory: rows go to disk as they are written, so a national
   * campaign's half a million scores do not sit in memory. */
  workbook = workbook_new_opt (temp_path, &options);
  if (workbook == NULL)
    {
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, _("the spreadsheet could not be started"));
      return FALSE;
    }

  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  scores.number = summary.number = workbook_add_format (workbook);
  format_set_num_format (scores.number, "0.00");
  scores.integer = summary.integer = workbook_add_format (workbook);
  format_set_num_format (scores.integer, "0");

  /* Translators: the name of a worksheet in the XLSX export; at most 31
   * characters, none of []:*?/\ */
  scores.sheet = add_worksheet (workbook, _("Scores"), "Scores");
  /* Translators: the name of a worksheet in the XLSX export; at most 31
   * characters, none of []:*?/\ */
  summary.sheet = add_worksheet (workbook, _("Summary"), "Summary");
  if (scores.sheet == NULL || summary.sheet == NULL)
    scores.status = LXW_ERROR_MEMORY_MALLOC_FAILED;

  if (scores.status == LXW_NO_ERROR)
    {
      const char *titles[G_N_ELEMENTS (score_columns)];

      for (guint i = 0; i < G_N_ELEMENTS (score_columns); i++)
        titles[i] = _(score_columns[i]);

      worksheet_set_column (scores.sheet, 1, 1, 14, NULL);
      worksheet_set_column (scores.sheet, 3, 5, 14, NULL);
      worksheet_set_column (scores.sheet, 7, 7, 30, NULL);
      worksheet_set_column (scores.sheet, 10, 10, 40, NULL);
      worksheet_freeze_panes (scores.sheet, 1, 0);
      xlsx_header (&scores, bold, titles, G_N_ELEMENTS (titles));
    }
  if (scores.status == LXW_NO_ERROR)
    {
      g_autoptr(GError) local_error = NULL;

      if (!foreach_score_row (campaign, xlsx_write_score_row, &scores, &local_error))
        {
          workbook_close (workbook);
          g_unlink (temp_path);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (scores.status == LXW_NO_ERROR)
    {
      worksheet_set_column (summary.sheet, 2, 2, 14, NULL);
      worksheet_freeze_panes (summary.sheet, 1, 3);
      xlsx_write_summary (&summary, bold, results);
    }

  status = scores.status != LXW_NO_ERROR ? scores.status : summary.status;

  /* Closing writes the file, and frees the workbook whatever happens. */
  if (status == LXW_NO_ERROR)
    status = workbook_close (workbook);
  else
    workbook_close (workbook);

  if (status != LXW_NO_ERROR)
    {
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, lxw_strerror (status));
      return FALSE;
    }

  return _exemplar_util_commit_temp (temp_path, path, error);
}

gboolean
exemplar_score_export_to_path (ExemplarCampaign  *campaign,
                               const char        *path,
                               GError           **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".csv"))
    return exemplar_score_export_csv (campaign, path, error);
  if (g_str_has_suffix (lower, ".xlsx"))
    return exemplar_score_export_xlsx (campaign, path, error);

  {
    g_autofree char *display_name = g_filename_display_name (path);

    g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                 _("“%s” ends neither in .csv nor in .xlsx; name the file with the extension of "
                   "the format to write."),
                 display_name);
  }
  return FALSE;
}

typedef struct
{
  char *campaign_path;
  char *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->campaign_path);
  g_free (job->path);
  g_free (job);
}

/* On the worker: its own campaign object over its own connection, never
 * the caller's. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(ExemplarCampaign) campaign = NULL;
  GError *error = NULL;

  campaign = exemplar_campaign_open (job->campaign_path, &error);
  if (campaign == NULL || !exemplar_score_export_to_path (campaign, job->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
exemplar_score_export_to_path_async (ExemplarCampaign    *campaign,
                                     const char          *path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign));
  g_return_if_fail (path != NULL);

  task = g_task_new (campaign, cancellable, callback, user_data);
  g_task_set_source_tag (task, exemplar_score_export_to_path_async);

  job = g_new0 (ExportJob, 1);
  job->campaign_path = g_strdup (exemplar_campaign_get_path (campaign));
  job->path = g_strdup (path);
  g_task_set_task_data (task, job, export_job_free);

  g_task_run_in_thread (task, export_thread);
}

gboolean
exemplar_score_export_to_path_finish (ExemplarCampaign  *campaign,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, campaign), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
