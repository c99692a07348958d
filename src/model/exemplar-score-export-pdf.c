/* exemplar-score-export-pdf.c
 *
 * The printable PDFs of the evaluation, A4, drawn with pango and cairo: one
 * reviewer's score sheet for one unit with signature lines, and the
 * assignment and conflict report that shows nobody scores their own unit.
 *
 * Each document is laid out twice: once into nothing, to count its pages,
 * and once into the file, so every footer can say "Page 2 of 5".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "exemplar-assignment.h"
#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-phase.h"
#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-score-export-private.h"
#include "exemplar-score-sheet.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

/* A4 in PostScript points. */
#define PAGE_WIDTH     595.276
#define PAGE_HEIGHT    841.890
#define MARGIN_X       56.0
#define MARGIN_TOP     56.0
#define MARGIN_BOTTOM  64.0
#define CONTENT_WIDTH  (PAGE_WIDTH - 2 * MARGIN_X)
#define CELL_PADDING   3.0

/* "Sans" resolves to Noto Sans CJK SC for the Chinese text through
 * fontconfig, given the language below. */
#define FONT_FAMILY    "Sans"

typedef struct
{
  const char     *title;  /* translated; NULL for a table without a header */
  double          width;  /* a fraction of the content width */
  PangoAlignment  align;
  gboolean        bold;
} PdfColumn;

typedef struct
{
  cairo_t              *cr;
  PangoContext         *context;
  PangoFontDescription *body;
  PangoFontDescription *bold;
  PangoFontDescription *small;
  PangoFontDescription *heading;
  PangoFontDescription *title;
  const char           *footer;
  double                y;
  guint                 page;
  guint                 n_pages;    /* 0 while the pages are being counted */
  /* The table being drawn, whose header repeats on each new page. */
  const PdfColumn      *columns;
  guint                 n_columns;
} Pdf;

typedef void (*PdfContent) (Pdf      *pdf,
                            gpointer  user_data);

static PangoLayout *
pdf_layout (Pdf                  *pdf,
            const char           *text,
            PangoFontDescription *font,
            double                width,
            PangoAlignment        align)
{
  PangoLayout *layout = pango_layout_new (pdf->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
pdf_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *page = NULL;
  double y = PAGE_HEIGHT - MARGIN_BOTTOM + 24;

  /* While the pages are counted, this page stands in for the last one:
   * the text only needs about the right width. */
  /* Translators: the footer of a printed page. */
  page = g_strdup_printf (_("Page %u of %u"), pdf->page, MAX (pdf->n_pages, pdf->page));

  left = pdf_layout (pdf, pdf->footer, pdf->small, CONTENT_WIDTH * 0.7, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  right = pdf_layout (pdf, page, pdf->small, CONTENT_WIDTH * 0.3, PANGO_ALIGN_RIGHT);

  cairo_set_source_rgb (pdf->cr, 0.4, 0.4, 0.4);
  cairo_move_to (pdf->cr, MARGIN_X, y);
  pango_cairo_show_layout (pdf->cr, left);
  cairo_move_to (pdf->cr, MARGIN_X + CONTENT_WIDTH * 0.7, y);
  pango_cairo_show_layout (pdf->cr, right);
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
}

static void
pdf_begin_page (Pdf *pdf)
{
  pdf->page++;
  pdf->y = MARGIN_TOP;
}

static void
pdf_end_page (Pdf *pdf)
{
  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
}

static void pdf_table_header (Pdf *pdf);

static void
pdf_break (Pdf *pdf)
{
  pdf_end_page (pdf);
  pdf_begin_page (pdf);
  if (pdf->columns != NULL)
    pdf_table_header (pdf);
}

/* Starts a new page unless @height fits on this one; never on a page
 * still empty, where nothing would fit better. */
static void
pdf_ensure (Pdf    *pdf,
            double  height)
{
  if (pdf->y + height > PAGE_HEIGHT - MARGIN_BOTTOM && pdf->y > MARGIN_TOP)
    pdf_break (pdf);
}

/* Text over the content width, indented by @indent, broken across pages
 * between lines. */
static void
pdf_paragraph (Pdf                  *pdf,
               const char           *text,
               PangoFontDescription *font,
               double                indent,
               double                space_after)
{
  g_autoptr(PangoLayout) layout = pdf_layout (pdf, text, font, CONTENT_WIDTH - indent, PANGO_ALIGN_LEFT);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline;
      double height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - logical.y);

      pdf_ensure (pdf, height);
      cairo_move_to (pdf->cr, MARGIN_X + indent + pango_units_to_double (logical.x), pdf->y + baseline);
      pango_cairo_show_layout_line (pdf->cr, line);
      pdf->y += height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  pdf->y += space_after;
}

/* A heading stays with at least a few lines of what follows it. */
static void
pdf_heading (Pdf        *pdf,
             const char *text)
{
  pdf->y += 8;
  pdf_ensure (pdf, 60);
  pdf_paragraph (pdf, text, pdf->heading, 0, 6);
}

static void
pdf_bullet (Pdf        *pdf,
            const char *text)
{
  g_autofree char *line = g_strdup_printf ("• %s", text);

  pdf_paragraph (pdf, line, pdf->body, 12, 2);
}

/* @none when @items is empty, else @intro in @intro_font over a bullet
 * for each item. */
static void
pdf_bullets (Pdf                  *pdf,
             GPtrArray            *items,
             const char           *none,
             const char           *intro,
             PangoFontDescription *intro_font)
{
  if (items == NULL || items->len == 0)
    {
      pdf_paragraph (pdf, none, pdf->body, 0, 6);
      return;
    }

  pdf_paragraph (pdf, intro, intro_font, 0, 4);
  for (guint i = 0; i < items->len; i++)
    pdf_bullet (pdf, g_ptr_array_index (items, i));
  pdf->y += 4;
}

static void
pdf_draw_row (Pdf                   *pdf,
              const char * const    *cells,
              PangoFontDescription  *font,
              gboolean               shaded)
{
  PangoLayout *layouts[16] = { NULL };
  double height = 0;
  double x = MARGIN_X;

  g_assert (pdf->n_columns <= G_N_ELEMENTS (layouts));

  for (guint i = 0; i < pdf->n_columns; i++)
    {
      const PdfColumn *column = &pdf->columns[i];
      PangoFontDescription *cell_font = column->bold ? pdf->bold : font;

      layouts[i] = pdf_layout (pdf, cells[i], cell_font,
                               column->width * CONTENT_WIDTH - 2 * CELL_PADDING, column->align);
      height = MAX (height, layout_height (layouts[i]));
    }
  height += 2 * CELL_PADDING;

  if (!shaded)
    pdf_ensure (pdf, height);

  if (shaded)
    {
      cairo_set_source_rgb (pdf->cr, 0.9, 0.9, 0.9);
      cairo_rectangle (pdf->cr, MARGIN_X, pdf->y, CONTENT_WIDTH, height);
      cairo_fill (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0, 0, 0);
    }

  for (guint i = 0; i < pdf->n_columns; i++)
    {
      cairo_move_to (pdf->cr, x + CELL_PADDING, pdf->y + CELL_PADDING);
      pango_cairo_show_layout (pdf->cr, layouts[i]);
      x += pdf->columns[i].width * CONTENT_WIDTH;
      g_object_unref (layouts[i]);
    }

  pdf->y += height;
  cairo_set_source_rgb (pdf->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
  cairo_line_to (pdf->cr, MARGIN_X + CONTENT_WIDTH, pdf->y);
  cairo_stroke (pdf->cr);
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
}

static void
pdf_table_header (Pdf *pdf)
{
  const char *titles[16];

  if (pdf->columns[0].title == NULL)
    return;

  for (guint i = 0; i < pdf->n_columns && i < G_N_ELEMENTS (titles); i++)
    titles[i] = pdf->columns[i].title;
  pdf_draw_row (pdf, titles, pdf->bold, TRUE);
}

static void
pdf_table_begin (Pdf             *pdf,
                 const PdfColumn *columns,
                 guint            n_columns)
{
  pdf->columns = NULL;
  /* The header and a row or two, or a new page. */
  pdf_ensure (pdf, 60);
  pdf->columns = columns;
  pdf->n_columns = n_columns;
  pdf_table_header (pdf);
}

static void
pdf_table_row (Pdf                *pdf,
               const char * const *cells,
               gboolean            bold)
{
  pdf_draw_row (pdf, cells, bold ? pdf->bold : pdf->body, FALSE);
}

static void
pdf_table_end (Pdf *pdf)
{
  pdf->columns = NULL;
  pdf->n_columns = 0;
  pdf->y += 10;
}

/* Two labelled lines to sign on, side by side. */
static void
pdf_signatures (Pdf        *pdf,
                const char *first,
                const char *second)
{
  const char *labels[2] = { first, second };
  double half = CONTENT_WIDTH / 2;

  pdf_ensure (pdf, 72);
  pdf->y += 36;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(PangoLayout) layout = pdf_layout (pdf, labels[i], pdf->body, half, PANGO_ALIGN_LEFT);
      double x = MARGIN_X + i * half;
      double baseline = pango_units_to_double (pango_layout_get_baseline (layout));
      int width = 0;

      pango_layout_get_pixel_size (layout, &width, NULL);
      cairo_move_to (pdf->cr, x, pdf->y);
      pango_cairo_show_layout (pdf->cr, layout);

      cairo_set_line_width (pdf->cr, 0.75);
      cairo_move_to (pdf->cr, x + width + 6, pdf->y + baseline + 2);
      cairo_line_to (pdf->cr, x + half - 24, pdf->y + baseline + 2);
      cairo_stroke (pdf->cr);
    }

  pdf->y += 24;
}

/* Lays the content out on @surface; returns the number of pages. */
static guint
pdf_run (cairo_surface_t *surface,
         const char      *footer,
         guint            n_pages,
         PdfContent       content,
         gpointer         user_data)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  Pdf pdf = { 0 };

  pdf.cr = cairo_create (surface);
  pdf.context = pango_cairo_create_context (pdf.cr);
  /* Unhinted metrics, so the layout does not depend on a screen. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pdf.context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (pdf.context, pango_language_from_string ("zh-cn"));

  pdf.body = pango_font_description_from_string (FONT_FAMILY " 9.5");
  pdf.bold = pango_font_description_from_string (FONT_FAMILY " Bold 9.5");
  pdf.small = pango_font_description_from_string (FONT_FAMILY " 7.5");
  pdf.heading = pango_font_description_from_string (FONT_FAMILY " Bold 12");
  pdf.title = pango_font_description_from_string (FONT_FAMILY " Bold 15");
  pdf.footer = footer;
  pdf.n_pages = n_pages;

  pdf_begin_page (&pdf);
  content (&pdf, user_data);
  pdf_end_page (&pdf);

  pango_font_description_free (pdf.body);
  pango_font_description_free (pdf.bold);
  pango_font_description_free (pdf.small);
  pango_font_description_free (pdf.heading);
  pango_font_description_free (pdf.title);
  g_object_unref (pdf.context);
  cairo_destroy (pdf.cr);

  return pdf.page;
}

static gboolean
pdf_write (const char  *path,
           const char  *title,
           const char  *footer,
           PdfContent   content,
           gpointer     user_data,
           GError     **error)
{
  g_autofree char *temp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  /* A stream without a writer lays out and throws the bytes away. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  n_pages = pdf_run (surface, footer, 0, content, user_data);
  cairo_surface_destroy (surface);

  temp_path = _exemplar_util_create_temp (path, error);
  if (temp_path == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (temp_path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Exemplar " PACKAGE_VERSION);
  pdf_run (surface, footer, n_pages, content, user_data);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, cairo_status_to_string (status));
      return FALSE;
    }

  return _exemplar_util_commit_temp (temp_path, path, error);
}

/* Helpers for both documents */

static char *
format_points (gint64 hundredths)
{
  return exemplar_points_format (hundredths);
}

static char *
format_local_time (const char *iso8601)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return NULL;

  time = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (time == NULL)
    return g_strdup (iso8601);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
describe_unit (ExemplarUnit *unit)
{
  /* Translators: a unit's name, then its code, e.g. "华阳路街道 (310105001)". */
  return g_strdup_printf (_("%s (%s)"), exemplar_unit_get_name (unit), exemplar_unit_get_code (unit));
}

/* "区教育局 (Member unit)", or "Outside expert". */
static char *
describe_affiliation (ExemplarReviewer *reviewer)
{
  ExemplarAffiliation affiliation = exemplar_reviewer_get_affiliation (reviewer);

  if (affiliation == EXEMPLAR_AFFILIATION_EXPERT)
    return g_strdup (exemplar_affiliation_get_title (affiliation));

  /* Translators: a unit's name, then what the unit is to the reviewer,
   * e.g. "区教育局 (Member unit)". */
  return g_strdup_printf (_("%s (%s)"), _exemplar_score_export_affiliation (reviewer),
                          exemplar_affiliation_get_title (affiliation));
}

static char *
describe_scope (ExemplarIndicator *scope)
{
  if (scope == NULL)
    return g_strdup (_("Whole rubric"));

  return g_strdup_printf ("%s %s", exemplar_indicator_get_code (scope), exemplar_indicator_get_name (scope));
}

static ExemplarIndicator *
top_level_of (ExemplarIndicator *indicator)
{
  while (exemplar_indicator_get_parent (indicator) != NULL)
    indicator = exemplar_indicator_get_parent (indicator);

  return indicator;
}

/* The score sheet */

static void
draw_sheet_leaves (Pdf                *pdf,
                   ExemplarScoreSheet *sheet,
                   GPtrArray          *leaves)
{
  const PdfColumn columns[] = {
    { _("Code"), 0.09, PANGO_ALIGN_LEFT, FALSE },
    { _("Item"), 0.36, PANGO_ALIGN_LEFT, FALSE },
    { _("Max"), 0.09, PANGO_ALIGN_RIGHT, FALSE },
    { _("Points"), 0.13, PANGO_ALIGN_RIGHT, FALSE },
    { _("Reason"), 0.33, PANGO_ALIGN_LEFT, FALSE },
  };

  pdf_table_begin (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, i);
      g_autofree char *max = format_points (exemplar_indicator_get_points (leaf));
      g_autofree char *points = NULL;
      const char *reason = NULL;
      gint64 value = 0;
      const char *cells[5];

      if (exemplar_score_sheet_get_score (sheet, leaf, &value, &reason))
        points = format_points (value);

      cells[0] = exemplar_indicator_get_code (leaf);
      cells[1] = exemplar_indicator_get_name (leaf);
      cells[2] = max;
      cells[3] = points != NULL ? points : "—";
      cells[4] = reason;
      pdf_table_row (pdf, cells, FALSE);
    }
  pdf_table_end (pdf);
}

static void
draw_sheet_totals (Pdf                *pdf,
                   ExemplarScoreSheet *sheet,
                   GPtrArray          *leaves)
{
  g_autoptr(GPtrArray) branches = g_ptr_array_new ();
  const PdfColumn columns[] = {
    { _("Code"), 0.09, PANGO_ALIGN_LEFT, FALSE },
    { _("Branch"), 0.53, PANGO_ALIGN_LEFT, FALSE },
    { _("Max"), 0.19, PANGO_ALIGN_RIGHT, FALSE },
    { _("Points"), 0.19, PANGO_ALIGN_RIGHT, FALSE },
  };
  g_autofree char *total = NULL;
  g_autofree char *total_max = NULL;
  const char *cells[4];
  gint64 max_sum = 0;

  for (guint i = 0; i < leaves->len; i++)
    {
      ExemplarIndicator *branch = top_level_of (g_ptr_array_index (leaves, i));

      if (!g_ptr_array_find (branches, branch, NULL))
        g_ptr_array_add (branches, branch);
    }

  pdf_heading (pdf, _("Totals"));
  pdf_table_begin (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);
      g_autofree char *max = format_points (exemplar_indicator_get_points (branch));
      g_autofree char *points = format_points (exemplar_score_sheet_get_total (sheet, branch));

      max_sum += exemplar_indicator_get_points (branch);
      cells[0] = exemplar_indicator_get_code (branch);
      cells[1] = exemplar_indicator_get_name (branch);
      cells[2] = max;
      cells[3] = points;
      pdf_table_row (pdf, cells, FALSE);
    }

  total_max = format_points (max_sum);
  total = format_points (exemplar_score_sheet_get_total (sheet, NULL));
  cells[0] = "";
  cells[1] = _("Total");
  cells[2] = total_max;
  cells[3] = total;
  pdf_table_row (pdf, cells, TRUE);
  pdf_table_end (pdf);
}

static void
draw_sheet (Pdf      *pdf,
            gpointer  user_data)
{
  ExemplarScoreSheet *sheet = user_data;
  ExemplarAssignment *assignment = exemplar_score_sheet_get_assignment (sheet);
  ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
  ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
  ExemplarRound *round = exemplar_assignment_get_round (assignment);
  ExemplarCampaign *campaign = exemplar_declaration_get_campaign (declaration);
  g_autoptr(GPtrArray) leaves = exemplar_score_sheet_get_leaves (sheet);
  g_autofree char *unit = describe_unit (exemplar_declaration_get_unit (declaration));
  g_autofree char *affiliation = describe_affiliation (reviewer);
  g_autofree char *scope = describe_scope (exemplar_assignment_get_scope (assignment));
  const char *comment = exemplar_score_sheet_get_comment (sheet);
  const PdfColumn info_columns[] = {
    { NULL, 0.2, PANGO_ALIGN_LEFT, TRUE },
    { NULL, 0.8, PANGO_ALIGN_LEFT, FALSE },
  };
  const char *info[][2] = {
    { _("Unit"), unit },
    { _("Reviewer"), exemplar_reviewer_get_name (reviewer) },
    { _("Affiliation"), affiliation },
    { _("Round"), round != NULL ? exemplar_round_get_name (round) : _("None") },
    { _("Scope"), scope },
    { _("State"), exemplar_sheet_state_get_title (exemplar_score_sheet_get_state (sheet)) },
  };

  pdf_paragraph (pdf, campaign != NULL ? exemplar_campaign_get_title (campaign) : NULL, pdf->title, 0, 4);
  /* Translators: the title of the printed score sheet (评分表). */
  pdf_paragraph (pdf, _("Score sheet"), pdf->heading, 0, 10);

  pdf_table_begin (pdf, info_columns, G_N_ELEMENTS (info_columns));
  for (guint i = 0; i < G_N_ELEMENTS (info); i++)
    pdf_table_row (pdf, info[i], FALSE);
  pdf_table_end (pdf);

  draw_sheet_leaves (pdf, sheet, leaves);
  draw_sheet_totals (pdf, sheet, leaves);

  pdf_heading (pdf, _("Comment"));
  pdf_paragraph (pdf, comment != NULL && *comment != '\0' ? comment : _("No comment."), pdf->body, 0, 6);

  if (exemplar_score_sheet_get_state (sheet) == EXEMPLAR_SHEET_SUBMITTED)
    {
      g_autofree char *when = format_local_time (exemplar_score_sheet_get_submitted_at (sheet));
      /* Translators: when the score sheet was submitted (sealed). */
      g_autofree char *submitted = g_strdup_printf (_("Submitted and sealed on %s."), when != NULL ? when : "—");
      /* Translators: the SHA-256 seal over the sheet's content, 64 hex digits. */
      g_autofree char *seal = g_strdup_printf (_("Seal (SHA-256): %s"), exemplar_score_sheet_get_seal (sheet));

      pdf_paragraph (pdf, submitted, pdf->body, 0, 2);
      pdf_paragraph (pdf, seal, pdf->small, 0, 6);
    }
  else
    pdf_paragraph (pdf, _("Not submitted: this sheet is a draft and its scores may still change."),
                   pdf->bold, 0, 6);

  /* Translators: under a printed score sheet (评估人签名 / 日期). */
  pdf_signatures (pdf, _("Reviewer’s signature"), _("Date"));
}

gboolean
exemplar_score_export_sheet_pdf (ExemplarScoreSheet  *sheet,
                                 const char          *path,
                                 GError             **error)
{
  ExemplarAssignment *assignment;
  ExemplarDeclaration *declaration;
  ExemplarCampaign *campaign;
  g_autofree char *title = NULL;
  g_autofree char *footer = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_SCORE_SHEET (sheet), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  assignment = exemplar_score_sheet_get_assignment (sheet);
  declaration = exemplar_assignment_get_declaration (assignment);
  campaign = exemplar_declaration_get_campaign (declaration);

  /* Translators: the PDF's title: a unit's name, then a reviewer's name. */
  title = g_strdup_printf (_("Score sheet: %s, %s"),
                           exemplar_unit_get_name (exemplar_declaration_get_unit (declaration)),
                           exemplar_reviewer_get_name (exemplar_assignment_get_reviewer (assignment)));
  footer = g_strdup_printf ("%s · %s", campaign != NULL ? exemplar_campaign_get_title (campaign) : "", title);

  return pdf_write (path, title, footer, draw_sheet, sheet, error);
}

/* The assignment and conflict report */

static void
draw_application_assignments (Pdf                 *pdf,
                              ExemplarDeclaration *declaration,
                              GPtrArray           *assignments)
{
  g_autofree char *unit = describe_unit (exemplar_declaration_get_unit (declaration));
  const PdfColumn columns[] = {
    { _("Reviewer"), 0.20, PANGO_ALIGN_LEFT, FALSE },
    { _("Affiliation"), 0.30, PANGO_ALIGN_LEFT, FALSE },
    { _("Round"), 0.13, PANGO_ALIGN_LEFT, FALSE },
    { _("Scope"), 0.19, PANGO_ALIGN_LEFT, FALSE },
    { _("Sheet"), 0.18, PANGO_ALIGN_LEFT, FALSE },
  };

  /* The unit's name stays with the table's header and first row. */
  pdf->y += 4;
  pdf_ensure (pdf, 100);
  pdf_paragraph (pdf, unit, pdf->bold, 0, 3);

  if (assignments == NULL || assignments->len == 0)
    {
      pdf_paragraph (pdf, _("No reviewer is assigned."), pdf->body, 12, 6);
      return;
    }

  pdf_table_begin (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < assignments->len; i++)
    {
      ExemplarAssignment *assignment = g_ptr_array_index (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarRound *round = exemplar_assignment_get_round (assignment);
      g_autofree char *affiliation = describe_affiliation (reviewer);
      g_autofree char *scope = describe_scope (exemplar_assignment_get_scope (assignment));
      g_autofree char *name = NULL;
      const char *cells[5];

      if (exemplar_assignment_get_reciprocal (assignment))
        /* Translators: marks half of a reciprocal pair in the report. */
        name = g_strdup_printf (_("%s (reciprocal)"), exemplar_reviewer_get_name (reviewer));
      else
        name = g_strdup (exemplar_reviewer_get_name (reviewer));

      cells[0] = name;
      cells[1] = affiliation;
      cells[2] = round != NULL ? exemplar_round_get_name (round) : "—";
      cells[3] = scope;
      cells[4] = exemplar_sheet_state_get_title (exemplar_assignment_get_state (assignment));
      pdf_table_row (pdf, cells, FALSE);
    }
  pdf_table_end (pdf);
}

static void
draw_reviewers (Pdf        *pdf,
                GListModel *reviewers,
                GHashTable *loads)
{
  const PdfColumn columns[] = {
    { _("ID"), 0.06, PANGO_ALIGN_RIGHT, FALSE },
    { _("Reviewer"), 0.17, PANGO_ALIGN_LEFT, FALSE },
    { _("Home unit"), 0.28, PANGO_ALIGN_LEFT, FALSE },
    { _("Declared conflicts"), 0.33, PANGO_ALIGN_LEFT, FALSE },
    { _("Assigned"), 0.16, PANGO_ALIGN_RIGHT, FALSE },
  };

  pdf_heading (pdf, _("Reviewers and declared conflicts"));
  if (g_list_model_get_n_items (reviewers) == 0)
    {
      pdf_paragraph (pdf, _("No reviewer is registered."), pdf->body, 0, 6);
      return;
    }

  pdf_table_begin (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, exemplar_reviewer_get_id (reviewer));
      g_autofree char *home = describe_affiliation (reviewer);
      g_autofree char *load = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (loads, reviewer)));
      g_autoptr(GString) conflicts = g_string_new (NULL);
      const char *cells[5];

      for (guint j = 0; j < exemplar_reviewer_get_n_conflicts (reviewer); j++)
        {
          g_autofree char *unit = describe_unit (exemplar_reviewer_get_conflict_unit (reviewer, j));
          const char *reason = exemplar_reviewer_get_conflict_reason (reviewer, j);

          if (conflicts->len > 0)
            g_string_append_c (conflicts, '\n');
          /* Translators: a unit, then why the reviewer declared a conflict with it. */
          g_string_append_printf (conflicts, _("%s: %s"), unit, reason != NULL ? reason : "");
        }

      cells[0] = id;
      cells[1] = exemplar_reviewer_get_name (reviewer);
      cells[2] = home;
      cells[3] = conflicts->len > 0 ? conflicts->str : _("None");
      cells[4] = load;
      pdf_table_row (pdf, cells, FALSE);
    }
  pdf_table_end (pdf);
}

/* The closing statement is computed from the assignments, never assumed:
 * the model refuses conflicting assignments, and this checks it did. */
static void
draw_statement (Pdf                *pdf,
                ExemplarEvaluation *evaluation)
{
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  g_autoptr(GPtrArray) violations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reciprocal = exemplar_evaluation_list_reciprocal (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarUnit *unit = exemplar_declaration_get_unit (exemplar_assignment_get_declaration (assignment));
      g_autofree char *reason = NULL;

      if (exemplar_reviewer_conflicts_with (reviewer, unit, &reason))
        {
          g_autofree char *label = exemplar_reviewer_dup_label (reviewer);
          g_autofree char *target = describe_unit (unit);

          /* Translators: a reviewer, the unit they are assigned to, then why
           * they may not score it. */
          g_ptr_array_add (violations, g_strdup_printf (_("%s is assigned to %s: %s"), label, target,
                                                        reason != NULL ? reason : ""));
        }
    }

  pdf_heading (pdf, _("Statement"));
  pdf_bullets (pdf, violations,
               _("No reviewer is assigned to their own unit or to a unit they declared a "
                 "conflict with."),
               _("These assignments break the conflict-of-interest rules and must be "
                 "removed:"),
               pdf->bold);
  pdf_bullets (pdf, reciprocal,
               _("No reciprocal pair: no two units’ staff score each other."),
               _("Reciprocal pairs, where one unit’s staff score another unit while "
                 "that unit’s staff score the first:"),
               pdf->body);
}

static void
draw_assignments (Pdf      *pdf,
                  gpointer  user_data)
{
  ExemplarCampaign *campaign = user_data;
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  GListModel *declarations = exemplar_campaign_get_declarations (campaign);
  g_autoptr(GHashTable) by_declaration = g_hash_table_new_full (NULL, NULL, NULL,
                                                                (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) loads = g_hash_table_new (NULL, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *made = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *made_line = NULL;
  g_autofree char *counts = NULL;
  guint n_applications = 0;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      GPtrArray *list = g_hash_table_lookup (by_declaration, declaration);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_declaration, declaration, list);
        }
      g_ptr_array_add (list, g_object_ref (assignment));
      g_hash_table_insert (loads, reviewer,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (loads, reviewer)) + 1));
    }

  pdf_paragraph (pdf, exemplar_campaign_get_title (campaign), pdf->title, 0, 4);
  /* Translators: the title of the printed report (评审分配与回避情况). */
  pdf_paragraph (pdf, _("Assignment and conflict report"), pdf->heading, 0, 4);
  /* Translators: when the report was made, e.g. 2024-04-20 09:30. */
  made_line = g_strdup_printf (_("Made on %s."), made);
  pdf_paragraph (pdf, made_line, pdf->small, 0, 4);

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (g_hash_table_contains (by_declaration, declaration))
        n_applications++;
    }
  /* Translators: a summary line; the three numbers are counted in the report. */
  counts = g_strdup_printf (_("Applications with reviewers: %u. Reviewers: %u. Assignments: %u."),
                            n_applications, g_list_model_get_n_items (reviewers),
                            g_list_model_get_n_items (assignments));
  pdf_paragraph (pdf, counts, pdf->body, 0, 6);

  pdf_heading (pdf, _("Assignments by application"));
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);
      GPtrArray *list = g_hash_table_lookup (by_declaration, declaration);
      ExemplarState state = exemplar_declaration_get_state (declaration);

      /* Units that did not apply, or whose application was not submitted,
       * are not evaluated and have no place here. */
      if (list == NULL && !exemplar_evaluation_state_is_assignable (state))
        continue;

      draw_application_assignments (pdf, declaration, list);
    }

  draw_reviewers (pdf, reviewers, loads);
  draw_statement (pdf, evaluation);

  /* Translators: under the printed report: who prepared it, and when. */
  pdf_signatures (pdf, _("Prepared by"), _("Date"));
}

gboolean
exemplar_score_export_assignments_pdf (ExemplarCampaign  *campaign,
                                       const char        *path,
                                       GError           **error)
{
  g_autofree char *footer = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  footer = g_strdup_printf ("%s · %s", exemplar_campaign_get_title (campaign),
                            _("Assignment and conflict report"));

  return pdf_write (path, _("Assignment and conflict report"), footer, draw_assignments, campaign, error);
}
