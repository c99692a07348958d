/* exemplar-document.h
 *
 * A formal document (公文) as the office prints and posts it: the
 * publicity notice (公示) and the naming decision (命名决定). A list of
 * blocks — title, document number, paragraphs, list entries, the issuer
 * and the date — laid out on A4 with pango/cairo the same way on screen,
 * on paper (GtkPrintOperation) and in the PDF, and written as HTML for the
 * website. Model code: no GTK.
 *
 * Layout: A4 (595.28 × 841.89 pt), margins 37 mm top, 35 mm bottom, 28 mm
 * left, 26 mm right (GB/T 9704 proportions); title 22 pt bold serif
 * ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif) centred;
 * body 16 pt serif, 22 lines a page, paragraphs indented two characters;
 * issuer and date right-aligned; a stamp (e.g. "已结束") drawn in red at
 * the top right of every page when set. Fonts are embedded in the PDF
 * (cairo subsets them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_BLOCK_TITLE,      /* centred, bold, large */
  EXEMPLAR_BLOCK_NUMBER,     /* the document number, centred under the title */
  EXEMPLAR_BLOCK_PARAGRAPH,  /* body text, first line indented two characters */
  EXEMPLAR_BLOCK_ENTRY,      /* a list entry ("1. 新泾镇"), indented, kept as given */
  EXEMPLAR_BLOCK_SIGNATURE,  /* the issuer, right-aligned, space above */
  EXEMPLAR_BLOCK_DATE,       /* the date, right-aligned under the issuer */
} ExemplarBlockKind;

#define EXEMPLAR_DOCUMENT_PAGE_WIDTH  595.28
#define EXEMPLAR_DOCUMENT_PAGE_HEIGHT 841.89

#define EXEMPLAR_TYPE_DOCUMENT (exemplar_document_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarDocument, exemplar_document, EXEMPLAR, DOCUMENT, GObject)

ExemplarDocument  *exemplar_document_new             (void);
void               exemplar_document_add             (ExemplarDocument  *self,
                                                      ExemplarBlockKind  kind,
                                                      const char        *text);
guint              exemplar_document_get_n_blocks    (ExemplarDocument  *self);
ExemplarBlockKind  exemplar_document_get_block_kind  (ExemplarDocument  *self,
                                                      guint              index);
const char        *exemplar_document_get_block_text  (ExemplarDocument  *self,
                                                      guint              index);
/* A stamp drawn on every page ("已结束" once a publicity period is over),
 * or NULL for none. */
void               exemplar_document_set_stamp       (ExemplarDocument  *self,
                                                      const char        *stamp);
const char        *exemplar_document_get_stamp       (ExemplarDocument  *self);
/* The blocks' text, one per line, for the CLI and tests. */
char              *exemplar_document_dup_text        (ExemplarDocument  *self);

/* Pages at the A4 layout (laid out once, then cached until a change). */
guint              exemplar_document_get_n_pages     (ExemplarDocument  *self);
/* Draws page @page (0-based) onto @cr, scaled so the page is @width
 * device units wide, origin at the page's top-left corner; the caller
 * paints the paper. Used by the on-screen view and by printing. */
void               exemplar_document_draw_page       (ExemplarDocument  *self,
                                                      cairo_t           *cr,
                                                      guint              page,
                                                      double             width);

/* Written to a temporary file beside @path and renamed into place, so a
 * failure leaves no half-written file. */
gboolean           exemplar_document_write_pdf       (ExemplarDocument  *self,
                                                      const char        *path,
                                                      GError           **error);
/* A self-contained HTML5 page (UTF-8, inline CSS, text escaped). */
char              *exemplar_document_to_html         (ExemplarDocument  *self);
gboolean           exemplar_document_write_html      (ExemplarDocument  *self,
                                                      const char        *path,
                                                      GError           **error);

G_END_DECLS
