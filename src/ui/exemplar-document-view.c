/* exemplar-document-view.c
 *
 * The pages of an ExemplarDocument one under the other, each drawn by the
 * document itself onto white paper, so the screen shows what the printer
 * and the PDF get. The widget is as tall as its pages at the width it is
 * given (height for width), for a GtkScrolledWindow to scroll.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "exemplar-document-view.h"

/* Pixels around the pages and between them. */
#define PADDING        24
#define SPACING        24
/* The widest a page gets, relative to its size in points. */
#define MAX_ZOOM       1.4
#define MIN_PAGE_WIDTH 160

struct _ExemplarDocumentView
{
  GtkWidget         parent_instance;

  /* Owned references */
  ExemplarDocument *document;
};

G_DEFINE_FINAL_TYPE (ExemplarDocumentView, exemplar_document_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Layout */

static double
page_width_for (int width)
{
  return CLAMP (width - 2 * PADDING, MIN_PAGE_WIDTH, EXEMPLAR_DOCUMENT_PAGE_WIDTH * MAX_ZOOM);
}

static double
page_height_for (double page_width)
{
  return page_width * EXEMPLAR_DOCUMENT_PAGE_HEIGHT / EXEMPLAR_DOCUMENT_PAGE_WIDTH;
}

static int
height_for (ExemplarDocumentView *self,
            int                   width)
{
  guint n_pages;

  if (self->document == NULL)
    return 0;

  n_pages = exemplar_document_get_n_pages (self->document);
  return (int) ceil (2 * PADDING + n_pages * page_height_for (page_width_for (width)) +
                     (n_pages - 1) * SPACING);
}

static void
update_accessible (ExemplarDocumentView *self)
{
  const char *title = NULL;
  g_autofree char *text = NULL;

  if (self->document == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  for (guint i = 0; i < exemplar_document_get_n_blocks (self->document); i++)
    if (exemplar_document_get_block_kind (self->document, i) == EXEMPLAR_BLOCK_TITLE)
      {
        title = exemplar_document_get_block_text (self->document, i);
        break;
      }

  /* The pages are pictures to a screen reader: the text goes with them. */
  text = exemplar_document_dup_text (self->document);
  if (title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
}

/* Printing */

static void
on_print_draw_page_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       gpointer           user_data)
{
  ExemplarDocument *document = user_data;

  exemplar_document_draw_page (document, gtk_print_context_get_cairo_context (context), page,
                               gtk_print_context_get_width (context));
}

static void
show_print_error (GtkWindow    *parent,
                  const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Could Not Print the Document"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GtkWidget overrides */

static GtkSizeRequestMode
exemplar_document_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
exemplar_document_view_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  ExemplarDocumentView *self = EXEMPLAR_DOCUMENT_VIEW (widget);
  int natural_width = (int) ceil (EXEMPLAR_DOCUMENT_PAGE_WIDTH) + 2 * PADDING;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_PAGE_WIDTH + 2 * PADDING;
      *natural = natural_width;
    }
  else
    *minimum = *natural = height_for (self, for_size >= 0 ? for_size : natural_width);
}

static void
exemplar_document_view_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  ExemplarDocumentView *self = EXEMPLAR_DOCUMENT_VIEW (widget);
  const GdkRGBA paper = { 1, 1, 1, 1 };
  const GdkRGBA shadow = { 0, 0, 0, 0.25 };
  const GdkRGBA edge[4] = {
    { 0, 0, 0, 0.15 }, { 0, 0, 0, 0.15 }, { 0, 0, 0, 0.15 }, { 0, 0, 0, 0.15 },
  };
  const float edge_widths[4] = { 1, 1, 1, 1 };
  int width = gtk_widget_get_width (widget);
  double page_width = page_width_for (width);
  double page_height = page_height_for (page_width);
  double x = floor ((width - page_width) / 2);
  guint n_pages;

  if (self->document == NULL)
    return;

  n_pages = exemplar_document_get_n_pages (self->document);
  for (guint page = 0; page < n_pages; page++)
    {
      double y = PADDING + page * (page_height + SPACING);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, y, page_width, page_height);
      GskRoundedRect outline;
      cairo_t *cr;

      gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
      gtk_snapshot_append_color (snapshot, &paper, &bounds);

      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_translate (cr, x, y);
      exemplar_document_draw_page (self->document, cr, page, page_width);
      cairo_destroy (cr);

      gtk_snapshot_append_border (snapshot, &outline, edge_widths, edge);
    }
}

/* GObject overrides */

static void
exemplar_document_view_dispose (GObject *object)
{
  ExemplarDocumentView *self = EXEMPLAR_DOCUMENT_VIEW (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (exemplar_document_view_parent_class)->dispose (object);
}

static void
exemplar_document_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ExemplarDocumentView *self = EXEMPLAR_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_document_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ExemplarDocumentView *self = EXEMPLAR_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      exemplar_document_view_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_document_view_class_init (ExemplarDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_document_view_dispose;
  object_class->get_property = exemplar_document_view_get_property;
  object_class->set_property = exemplar_document_view_set_property;

  widget_class->get_request_mode = exemplar_document_view_get_request_mode;
  widget_class->measure = exemplar_document_view_measure;
  widget_class->snapshot = exemplar_document_view_snapshot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         EXEMPLAR_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "documentview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
exemplar_document_view_init (ExemplarDocumentView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "document-view");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

/* Public API */

GtkWidget *
exemplar_document_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_DOCUMENT_VIEW, NULL);
}

ExemplarDocument *
exemplar_document_view_get_document (ExemplarDocumentView *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DOCUMENT_VIEW (self), NULL);

  return self->document;
}

void
exemplar_document_view_set_document (ExemplarDocumentView *self,
                                     ExemplarDocument     *document)
{
  g_return_if_fail (EXEMPLAR_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (document == NULL || EXEMPLAR_IS_DOCUMENT (document));

  /* The same document may have changed since: draw it again anyway. */
  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
exemplar_document_view_print (ExemplarDocument *document,
                              GtkWindow        *parent,
                              const char       *job_name)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GError) error = NULL;
  GtkPaperSize *paper;
  GtkPrintOperationResult result;

  g_return_if_fail (EXEMPLAR_IS_DOCUMENT (document));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  /* A4 on the whole sheet: the document keeps its own margins, so the
   * print matches the PDF line for line. */
  page_setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_paper_size_free (paper);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (page_setup, 0, GTK_UNIT_POINTS);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, exemplar_document_get_n_pages (document));
  if (job_name != NULL)
    gtk_print_operation_set_job_name (operation, job_name);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_print_draw_page_cb),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  /* Synchronous: the dialog is modal and the pages are few. */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_print_error (parent, error);
}
