/* exemplar-page-column.c
 *
 * A column of five hundred page widgets costs GTK a measure, an allocation
 * and a snapshot of each on every frame that changes the layout, which made
 * the first page of a long file appear well after its pixels were ready.
 * Where the pages are is known from their sizes alone, so the column
 * measures itself from its owner's offsets and keeps widgets for the range
 * of pages it is given, in page order, placed at their offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <string.h>

#include "exemplar-page-column.h"

struct _ExemplarPageColumn
{
  GtkWidget  parent_instance;

  /* Owned references */
  /* Views out of the column, waiting to be used again. */
  GPtrArray *spare;

  /* The views in the column, for pages first, first + 1, and so on; the
   * column's children own them. */
  GPtrArray *views;
  guint      first;

  /* The top of each page, and the column's size, in pixels. */
  int       *offsets;
  guint      n_pages;
  int        width;
  int        height;
};

G_DEFINE_FINAL_TYPE (ExemplarPageColumn, exemplar_page_column, GTK_TYPE_WIDGET)

enum {
  BIND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A recycled view forgets its page before it shows another. */
static void
recycle_view (ExemplarPageColumn *self,
              ExemplarPageView   *view)
{
  exemplar_page_view_set_texture (view, NULL);
  exemplar_page_view_set_error (view, NULL);
  exemplar_page_view_set_hits (view, NULL, -1);

  g_ptr_array_add (self->spare, g_object_ref (view));
  gtk_widget_unparent (GTK_WIDGET (view));
}

static ExemplarPageView *
take_view (ExemplarPageColumn *self)
{
  if (self->spare->len > 0)
    return g_ptr_array_steal_index_fast (self->spare, self->spare->len - 1);

  return g_object_ref_sink (EXEMPLAR_PAGE_VIEW (exemplar_page_view_new ()));
}

static void
exemplar_page_column_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  ExemplarPageColumn *self = EXEMPLAR_PAGE_COLUMN (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
}

/* Each page centred across the column, at its offset down it. */
static void
exemplar_page_column_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  ExemplarPageColumn *self = EXEMPLAR_PAGE_COLUMN (widget);

  for (guint i = 0; i < self->views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->views, i);
      int view_width;
      int view_height;

      gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &view_width, NULL, NULL);
      gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, view_width, NULL, &view_height, NULL, NULL);
      gtk_widget_size_allocate (view,
                                &(GtkAllocation) {
                                  (width - view_width) / 2,
                                  self->offsets[self->first + i],
                                  view_width,
                                  view_height
                                },
                                -1);
    }
}

static void
exemplar_page_column_dispose (GObject *object)
{
  ExemplarPageColumn *self = (ExemplarPageColumn *)object;
  GtkWidget *child;

  if (self->views != NULL)
    g_ptr_array_set_size (self->views, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->spare, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_page_column_parent_class)->dispose (object);
}

static void
exemplar_page_column_finalize (GObject *object)
{
  ExemplarPageColumn *self = (ExemplarPageColumn *)object;

  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->offsets, g_free);

  G_OBJECT_CLASS (exemplar_page_column_parent_class)->finalize (object);
}

static void
exemplar_page_column_class_init (ExemplarPageColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_page_column_dispose;
  object_class->finalize = exemplar_page_column_finalize;

  widget_class->measure = exemplar_page_column_measure;
  widget_class->size_allocate = exemplar_page_column_size_allocate;

  /**
   * ExemplarPageColumn::bind:
   * @view: an empty view, whose index is the page it now shows
   *
   * Emitted when a view takes a page, after the column has its new range.
   */
  signals[BIND] =
    g_signal_new ("bind",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, EXEMPLAR_TYPE_PAGE_VIEW);

  gtk_widget_class_set_css_name (widget_class, "pages");
}

static void
exemplar_page_column_init (ExemplarPageColumn *self)
{
  self->views = g_ptr_array_new ();
  self->spare = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
exemplar_page_column_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_PAGE_COLUMN, NULL);
}

/**
 * exemplar_page_column_set_layout:
 * @offsets: (array length=n_pages): the top of each page in the column
 * @width: the column's width, pages and margins
 * @height: the column's height, pages and margins
 *
 * Places the pages. The views keep their pages; the caller resizes them.
 */
void
exemplar_page_column_set_layout (ExemplarPageColumn *self,
                                 guint               n_pages,
                                 const int          *offsets,
                                 int                 width,
                                 int                 height)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_COLUMN (self));
  g_return_if_fail (n_pages == 0 || offsets != NULL);

  /* Pages beyond the new end lose their views first. */
  if (n_pages < self->first + self->views->len)
    exemplar_page_column_set_range (self, self->first, n_pages > 0 ? n_pages - 1 : 0);
  if (n_pages == 0)
    exemplar_page_column_set_range (self, 1, 0);

  /* Measuring a document's pages mostly finds what was assumed. */
  if (n_pages == self->n_pages && width == self->width && height == self->height &&
      (n_pages == 0 || memcmp (offsets, self->offsets, n_pages * sizeof (int)) == 0))
    return;

  g_free (self->offsets);
  self->offsets = n_pages > 0 ? g_memdup2 (offsets, n_pages * sizeof (int)) : NULL;
  self->n_pages = n_pages;
  self->width = MAX (0, width);
  self->height = MAX (0, height);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * exemplar_page_column_set_range:
 *
 * Gives pages @first to @last, within the column's pages, a view each;
 * other pages have none. @first beyond @last leaves the column empty.
 */
void
exemplar_page_column_set_range (ExemplarPageColumn *self,
                                guint               first,
                                guint               last)
{
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) bound = NULL;
  GtkWidget *previous = NULL;

  g_return_if_fail (EXEMPLAR_IS_PAGE_COLUMN (self));

  if (self->n_pages == 0 || first >= self->n_pages)
    first = 1, last = 0;
  else
    last = MIN (last, self->n_pages - 1);

  if (first > last && self->views->len == 0)
    return;
  if (first == self->first && last + 1 == first + self->views->len)
    return;

  views = g_ptr_array_sized_new (first <= last ? last - first + 1 : 0);
  bound = g_ptr_array_new ();

  for (guint i = 0; i < self->views->len; i++)
    {
      guint page = self->first + i;

      if (page < first || page > last)
        recycle_view (self, g_ptr_array_index (self->views, i));
    }

  for (guint page = first; page <= last && first <= last; page++)
    {
      ExemplarPageView *view = NULL;

      if (page >= self->first && page < self->first + self->views->len)
        view = g_ptr_array_index (self->views, page - self->first);

      if (view == NULL)
        {
          view = take_view (self);
          exemplar_page_view_set_index (view, page);
          gtk_widget_insert_after (GTK_WIDGET (view), GTK_WIDGET (self), previous);
          g_object_unref (view);
          g_ptr_array_add (bound, view);
        }
      else if (gtk_widget_get_prev_sibling (GTK_WIDGET (view)) != previous)
        {
          gtk_widget_insert_after (GTK_WIDGET (view), GTK_WIDGET (self), previous);
        }

      g_ptr_array_add (views, view);
      previous = GTK_WIDGET (view);
    }

  g_ptr_array_unref (self->views);
  self->views = g_steal_pointer (&views);
  self->first = first;

  for (guint i = 0; i < bound->len; i++)
    g_signal_emit (self, signals[BIND], 0, g_ptr_array_index (bound, i));

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * exemplar_page_column_get_view:
 *
 * Returns: (transfer none) (nullable): the view showing @page, if any
 */
ExemplarPageView *
exemplar_page_column_get_view (ExemplarPageColumn *self,
                               guint               page)
{
  g_return_val_if_fail (EXEMPLAR_IS_PAGE_COLUMN (self), NULL);

  if (page < self->first || page >= self->first + self->views->len)
    return NULL;

  return g_ptr_array_index (self->views, page - self->first);
}
