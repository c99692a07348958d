/* exemplar-document.c
 *
 * The blocks of a formal document, its layout on A4 and its outputs: the
 * pages drawn with cairo (screen, printer and PDF share one drawing) and
 * the HTML page. The layout is computed once into lines placed on pages,
 * then every output draws those lines, so a page break falls at the same
 * place everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "exemplar-document.h"
#include "exemplar-error.h"
#include "exemplar-util-private.h"

#define MM               (72.0 / 25.4)
#define MARGIN_TOP       (37 * MM)
#define MARGIN_BOTTOM    (35 * MM)
#define MARGIN_LEFT      (28 * MM)
#define MARGIN_RIGHT     (26 * MM)
#define CONTENT_WIDTH    (EXEMPLAR_DOCUMENT_PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
#define CONTENT_BOTTOM   (EXEMPLAR_DOCUMENT_PAGE_HEIGHT - MARGIN_BOTTOM)

#define FONT_FAMILIES    "Noto Serif CJK SC,Source Han Serif SC,SimSun,serif"
#define TITLE_SIZE       22.0
#define BODY_SIZE        16.0
#define STAMP_SIZE       20.0
/* Twenty-two lines of body text fill a page, as GB/T 9704 sets them;
 * other text keeps the same proportion to its size. */
#define BODY_LINE        ((CONTENT_BOTTOM - MARGIN_TOP) / 22)
#define LINE_SPACING     (BODY_LINE / BODY_SIZE)

#define STAMP_ANGLE      (-8.0 * G_PI / 180.0)
#define STAMP_RED        0.80, 0.07, 0.12

typedef struct
{
  ExemplarBlockKind  kind;
  char              *text;
} Block;

/* One line of a block's layout, placed on a page. */
typedef struct
{
  PangoLayoutLine *line;
  guint            page;
  double           x;
  double           baseline;
} PlacedLine;

/* The document laid out: the lines in reading order, page by page. The
 * layouts are kept because their lines point into them. */
typedef struct
{
  GPtrArray   *layouts;
  GArray      *lines;
  PangoLayout *stamp;
  guint        n_pages;
} DocumentLayout;

struct _ExemplarDocument
{
  GObject         parent_instance;

  GArray         *blocks;
  char           *stamp;
  DocumentLayout *layout;   /* NULL until needed, dropped on a change */
};

G_DEFINE_FINAL_TYPE (ExemplarDocument, exemplar_document, G_TYPE_OBJECT)

/* How each kind of block is set. */
typedef struct
{
  double         size;
  gboolean       bold;
  PangoAlignment align;
  gboolean       justify;
  double         indent;        /* the first line, in ems */
  double         inset_left;    /* every line, in ems */
  double         inset_right;   /* every line, in ems */
  double         space_before;  /* points, dropped at the top of a page */
  double         space_after;
} BlockStyle;

static const BlockStyle block_styles[] = {
  [EXEMPLAR_BLOCK_TITLE]     = { TITLE_SIZE, TRUE,  PANGO_ALIGN_CENTER, FALSE, 0, 0, 0, 0,             BODY_LINE / 2 },
  [EXEMPLAR_BLOCK_NUMBER]    = { BODY_SIZE,  FALSE, PANGO_ALIGN_CENTER, FALSE, 0, 0, 0, 0,             BODY_LINE },
  [EXEMPLAR_BLOCK_PARAGRAPH] = { BODY_SIZE,  FALSE, PANGO_ALIGN_LEFT,   TRUE,  2, 0, 0, 0,             0 },
  [EXEMPLAR_BLOCK_ENTRY]     = { BODY_SIZE,  FALSE, PANGO_ALIGN_LEFT,   FALSE, 0, 2, 0, 0,             0 },
  [EXEMPLAR_BLOCK_SIGNATURE] = { BODY_SIZE,  FALSE, PANGO_ALIGN_RIGHT,  FALSE, 0, 0, 2, 2 * BODY_LINE, 0 },
  [EXEMPLAR_BLOCK_DATE]      = { BODY_SIZE,  FALSE, PANGO_ALIGN_RIGHT,  FALSE, 0, 0, 2, 0,             0 },
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->text, g_free);
}

static void
placed_line_clear (gpointer data)
{
  PlacedLine *placed = data;

  g_clear_pointer (&placed->line, pango_layout_line_unref);
}

static void
document_layout_free (DocumentLayout *layout)
{
  g_array_unref (layout->lines);
  g_ptr_array_unref (layout->layouts);
  g_clear_object (&layout->stamp);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DocumentLayout, document_layout_free)

static void
invalidate_layout (ExemplarDocument *self)
{
  g_clear_pointer (&self->layout, document_layout_free);
}

/* Layout */

/* Unhinted metrics and unrounded positions, so a line breaks at the same
 * place at every scale and on every surface. */
static PangoContext *
create_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Layout units are points: a 16 pt body is 16 units high, not the 21.3
   * of pangocairo's default 96 dpi, so 28 characters fill a line. */
  pango_cairo_context_set_resolution (context, 72.0);

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));

  return context;
}

static PangoLayout *
create_block_layout (PangoContext     *context,
                     const BlockStyle *style,
                     const char       *text)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  double width = CONTENT_WIDTH - (style->inset_left + style->inset_right) * style->size;
  PangoAttrList *attrs;

  pango_font_description_set_family_static (font, FONT_FAMILIES);
  pango_font_description_set_size (font, pango_units_from_double (style->size));
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  pango_layout_set_justify (layout, style->justify);
  pango_layout_set_indent (layout, pango_units_from_double (style->indent * style->size));
  /* Lines a fixed distance apart whichever font is found, so the pages
   * break alike on every computer (and as the HTML's line-height). */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs,
                          pango_attr_line_height_new_absolute (pango_units_from_double (style->size * LINE_SPACING)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* The height of @layout's lines from @first on; lines in a run that must
 * stay on one page. */
static double
layout_height_from (PangoLayout *layout,
                    int          first)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = -1;
  double bottom = 0;
  int index = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (index++ < first)
        continue;
      if (top < 0)
        top = pango_units_to_double (y0);
      bottom = pango_units_to_double (y1);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return top < 0 ? 0 : bottom - top;
}

static DocumentLayout *
document_layout_new (ExemplarDocument *self,
                     PangoFontMap     *font_map)
{
  PangoContext *context = create_context (font_map);
  g_autoptr(DocumentLayout) result = g_new0 (DocumentLayout, 1);
  guint page = 0;
  double y = MARGIN_TOP;

  result->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  result->lines = g_array_new (FALSE, TRUE, sizeof (PlacedLine));
  g_array_set_clear_func (result->lines, placed_line_clear);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      const BlockStyle *style = &block_styles[block->kind];
      PangoLayout *layout = create_block_layout (context, style, block->text);
      double x = MARGIN_LEFT + style->inset_left * style->size;
      PangoLayoutIter *iter;
      double keep = 0;

      g_ptr_array_add (result->layouts, layout);

      /* The issuer and the date under it are never parted. */
      if (block->kind == EXEMPLAR_BLOCK_SIGNATURE)
        {
          keep = layout_height_from (layout, 0);
          if (i + 1 < self->blocks->len &&
              g_array_index (self->blocks, Block, i + 1).kind == EXEMPLAR_BLOCK_DATE)
            {
              const Block *date = &g_array_index (self->blocks, Block, i + 1);
              g_autoptr(PangoLayout) next = create_block_layout (context, &block_styles[date->kind],
                                                                 date->text);

              keep += layout_height_from (next, 0);
            }
        }

      if (y > MARGIN_TOP)
        y += style->space_before;
      if (keep > 0 && y + keep > CONTENT_BOTTOM && y > MARGIN_TOP)
        {
          page++;
          y = MARGIN_TOP;
        }

      iter = pango_layout_get_iter (layout);
      do
        {
          PlacedLine placed = { 0 };
          PangoRectangle logical;
          int y0, y1;
          double height;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          height = pango_units_to_double (y1 - y0);

          /* A line that does not fit goes to the next page, unless the
           * page is still empty and nothing would fit better. */
          if (y + height > CONTENT_BOTTOM && y > MARGIN_TOP)
            {
              page++;
              y = MARGIN_TOP;
            }

          placed.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
          placed.page = page;
          placed.x = x + pango_units_to_double (logical.x);
          placed.baseline = y + pango_units_to_double (pango_layout_iter_get_baseline (iter) - y0);
          g_array_append_val (result->lines, placed);
          y += height;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      y += style->space_after;
    }

  result->n_pages = page + 1;

  if (self->stamp != NULL)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_new ();

      result->stamp = pango_layout_new (context);
      pango_font_description_set_family_static (font, FONT_FAMILIES);
      pango_font_description_set_size (font, pango_units_from_double (STAMP_SIZE));
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (result->stamp, font);
      pango_layout_set_text (result->stamp, self->stamp, -1);
    }

  /* The layouts keep the context alive. */
  g_object_unref (context);

  return g_steal_pointer (&result);
}

/* The layout on screen and on paper, made in the thread that draws. */
static DocumentLayout *
ensure_layout (ExemplarDocument *self)
{
  if (self->layout == NULL)
    self->layout = document_layout_new (self, pango_cairo_font_map_get_default ());

  return self->layout;
}

/* Drawing */

/* The stamp: red text in a red rounded frame, turned a little, at the top
 * right of the page above the text. */
static void
draw_stamp (cairo_t     *cr,
            PangoLayout *stamp)
{
  PangoRectangle logical;
  double padding = STAMP_SIZE * 0.4;
  double radius = STAMP_SIZE * 0.35;
  double width, height;

  pango_layout_get_extents (stamp, NULL, &logical);
  width = pango_units_to_double (logical.width) + 2 * padding;
  height = pango_units_to_double (logical.height) + 2 * padding;

  cairo_save (cr);
  cairo_translate (cr,
                   EXEMPLAR_DOCUMENT_PAGE_WIDTH - MARGIN_RIGHT - width / 2,
                   MARGIN_TOP / 2);
  cairo_rotate (cr, STAMP_ANGLE);
  cairo_translate (cr, -width / 2, -height / 2);

  cairo_set_source_rgb (cr, STAMP_RED);
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);

  cairo_move_to (cr, padding - pango_units_to_double (logical.x),
                 padding - pango_units_to_double (logical.y));
  pango_cairo_show_layout (cr, stamp);
  cairo_restore (cr);
}

static void
draw_layout_page (DocumentLayout *layout,
                  cairo_t        *cr,
                  guint           page)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < layout->lines->len; i++)
    {
      const PlacedLine *placed = &g_array_index (layout->lines, PlacedLine, i);

      if (placed->page < page)
        continue;
      if (placed->page > page)
        break;

      cairo_move_to (cr, placed->x, placed->baseline);
      pango_cairo_show_layout_line (cr, placed->line);
    }

  if (layout->stamp != NULL)
    draw_stamp (cr, layout->stamp);

  cairo_restore (cr);
}

static const char *
find_title (ExemplarDocument *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == EXEMPLAR_BLOCK_TITLE)
        return block->text;
    }

  return NULL;
}

/* HTML */

static const char html_style[] =
  "body { margin: 0; background: #e8e8e8; }\n"
  "main { position: relative; box-sizing: border-box; max-width: 210mm; margin: 2em auto;\n"
  "       padding: 37mm 26mm 35mm 28mm; background: #fff; color: #000;\n"
  "       font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", serif;\n"
  "       font-size: 16pt; line-height: 1.8; }\n"
  "h1 { margin: 0 0 0.5em; font-size: 22pt; font-weight: bold; text-align: center; }\n"
  "p { margin: 0; }\n"
  ".number { margin-bottom: 1.8em; text-align: center; }\n"
  ".paragraph { text-align: justify; text-indent: 2em; }\n"
  "ol.entries { margin: 0; padding: 0 0 0 2em; list-style: none; }\n"
  ".signature, .date { padding-right: 2em; text-align: right; }\n"
  ".signature { margin-top: 3.6em; }\n"
  ".stamp { position: absolute; top: 12mm; right: 26mm; padding: 0.2em 0.5em;\n"
  "         border: 2.5pt solid #cc121f; border-radius: 0.4em; color: #cc121f;\n"
  "         font-size: 20pt; font-weight: bold; transform: rotate(-8deg); }\n"
  "@media (max-width: 210mm) { main { margin: 0; padding: 2em 1.5em; } .stamp { top: 0.5em; right: 1em; } }\n"
  "@media print { body { background: none; } main { margin: 0; } }\n";

/* Escaped, with line breaks inside a block kept. */
static void
append_escaped (GString    *html,
                const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      if (i > 0)
        g_string_append (html, "<br>");
      g_string_append (html, escaped);
    }
}

/* GObject overrides */

static void
exemplar_document_finalize (GObject *object)
{
  ExemplarDocument *self = EXEMPLAR_DOCUMENT (object);

  invalidate_layout (self);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->stamp, g_free);

  G_OBJECT_CLASS (exemplar_document_parent_class)->finalize (object);
}

static void
exemplar_document_class_init (ExemplarDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_document_finalize;
}

static void
exemplar_document_init (ExemplarDocument *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
}

/* Public API */

ExemplarDocument *
exemplar_document_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_DOCUMENT, NULL);
}

void
exemplar_document_add (ExemplarDocument  *self,
                       ExemplarBlockKind  kind,
                       const char        *text)
{
  Block block;

  g_return_if_fail (EXEMPLAR_IS_DOCUMENT (self));
  g_return_if_fail (kind <= EXEMPLAR_BLOCK_DATE);
  g_return_if_fail (text != NULL);

  block.kind = kind;
  block.text = g_strdup (text);
  g_array_append_val (self->blocks, block);
  invalidate_layout (self);
}

guint
exemplar_document_get_n_blocks (ExemplarDocument *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), 0);

  return self->blocks->len;
}

ExemplarBlockKind
exemplar_document_get_block_kind (ExemplarDocument *self,
                                  guint             index)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), EXEMPLAR_BLOCK_PARAGRAPH);
  g_return_val_if_fail (index < self->blocks->len, EXEMPLAR_BLOCK_PARAGRAPH);

  return g_array_index (self->blocks, Block, index).kind;
}

const char *
exemplar_document_get_block_text (ExemplarDocument *self,
                                  guint             index)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_array_index (self->blocks, Block, index).text;
}

void
exemplar_document_set_stamp (ExemplarDocument *self,
                             const char       *stamp)
{
  g_return_if_fail (EXEMPLAR_IS_DOCUMENT (self));

  if (_exemplar_util_set_string (&self->stamp, stamp))
    invalidate_layout (self);
}

const char *
exemplar_document_get_stamp (ExemplarDocument *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), NULL);

  return self->stamp;
}

char *
exemplar_document_dup_text (ExemplarDocument *self)
{
  GString *text;

  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      g_string_append (text, g_array_index (self->blocks, Block, i).text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

guint
exemplar_document_get_n_pages (ExemplarDocument *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), 0);

  return ensure_layout (self)->n_pages;
}

void
exemplar_document_draw_page (ExemplarDocument *self,
                             cairo_t          *cr,
                             guint             page,
                             double            width)
{
  DocumentLayout *layout;
  double scale;

  g_return_if_fail (EXEMPLAR_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0);

  layout = ensure_layout (self);
  g_return_if_fail (page < layout->n_pages);

  scale = width / EXEMPLAR_DOCUMENT_PAGE_WIDTH;
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  draw_layout_page (layout, cr, page);
  cairo_restore (cr);
}

gboolean
exemplar_document_write_pdf (ExemplarDocument  *self,
                             const char        *path,
                             GError           **error)
{
  g_autoptr(PangoFontMap) font_map = NULL;
  g_autoptr(DocumentLayout) layout = NULL;
  g_autofree char *temp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *title;
  cairo_t *cr;

  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp_path = _exemplar_util_create_temp (path, error);
  if (temp_path == NULL)
    return FALSE;

  /* A font map of its own, so a worker thread may write the PDF while
   * the window draws the same document. */
  font_map = pango_cairo_font_map_new ();
  layout = document_layout_new (self, font_map);

  surface = cairo_pdf_surface_create (temp_path, EXEMPLAR_DOCUMENT_PAGE_WIDTH,
                                      EXEMPLAR_DOCUMENT_PAGE_HEIGHT);
  title = find_title (self);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Exemplar " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint page = 0; page < layout->n_pages; page++)
    {
      draw_layout_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);

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

char *
exemplar_document_to_html (ExemplarDocument *self)
{
  GString *html;
  const char *title;
  gboolean in_entries = FALSE;

  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), NULL);

  title = find_title (self);
  html = g_string_new ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>");
  append_escaped (html, title != NULL ? title : "");
  g_string_append_printf (html, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", html_style);

  if (self->stamp != NULL)
    {
      g_string_append (html, "<div class=\"stamp\">");
      append_escaped (html, self->stamp);
      g_string_append (html, "</div>\n");
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      static const char *classes[] = {
        [EXEMPLAR_BLOCK_TITLE] = NULL,
        [EXEMPLAR_BLOCK_NUMBER] = "number",
        [EXEMPLAR_BLOCK_PARAGRAPH] = "paragraph",
        [EXEMPLAR_BLOCK_ENTRY] = NULL,
        [EXEMPLAR_BLOCK_SIGNATURE] = "signature",
        [EXEMPLAR_BLOCK_DATE] = "date",
      };

      if (block->kind == EXEMPLAR_BLOCK_ENTRY && !in_entries)
        g_string_append (html, "<ol class=\"entries\">\n");
      else if (block->kind != EXEMPLAR_BLOCK_ENTRY && in_entries)
        g_string_append (html, "</ol>\n");
      in_entries = block->kind == EXEMPLAR_BLOCK_ENTRY;

      if (block->kind == EXEMPLAR_BLOCK_TITLE)
        g_string_append (html, "<h1>");
      else if (block->kind == EXEMPLAR_BLOCK_ENTRY)
        g_string_append (html, "<li>");
      else
        g_string_append_printf (html, "<p class=\"%s\">", classes[block->kind]);

      append_escaped (html, block->text);

      if (block->kind == EXEMPLAR_BLOCK_TITLE)
        g_string_append (html, "</h1>\n");
      else if (block->kind == EXEMPLAR_BLOCK_ENTRY)
        g_string_append (html, "</li>\n");
      else
        g_string_append (html, "</p>\n");
    }
  if (in_entries)
    g_string_append (html, "</ol>\n");

  g_string_append (html, "</main>\n</body>\n</html>\n");

  return g_string_free (html, FALSE);
}

gboolean
exemplar_document_write_html (ExemplarDocument  *self,
                              const char        *path,
                              GError           **error)
{
  g_autofree char *html = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  html = exemplar_document_to_html (self);

  /* Consistent: written to a temporary file and renamed into place. */
  if (!g_file_set_contents_full (path, html, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      _exemplar_util_set_storage_error (error, path, local_error->message);
      return FALSE;
    }

  return TRUE;
}
