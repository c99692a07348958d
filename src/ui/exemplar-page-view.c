/* exemplar-page-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-page-view.h"

struct _ExemplarPageView
{
  GtkWidget   parent_instance;

  /* Owned references */
  GdkTexture *texture;
  GArray     *hits;
  char       *error;

  guint       index;
  int         current_hit;
  /* The page in points, and logical pixels per point. */
  double      width;
  double      height;
  double      scale;
};

G_DEFINE_FINAL_TYPE (ExemplarPageView, exemplar_page_view, GTK_TYPE_WIDGET)

/* Paper stays white in the dark style too: it is what was printed. */
static const GdkRGBA paper_color = { 1, 1, 1, 1 };
static const GdkRGBA shadow_color = { 0, 0, 0, 0.2 };
static const GdkRGBA edge_color = { 0, 0, 0, 0.12 };
static const GdkRGBA ink_color = { 0.2, 0.2, 0.2, 1 };
static const GdkRGBA hit_color = { 1, 0.8, 0, 0.35 };
static const GdkRGBA current_hit_color = { 1, 0.5, 0, 0.45 };
static const GdkRGBA current_hit_border = { 0.85, 0.35, 0, 1 };

static void
snapshot_error (ExemplarPageView *self,
                GtkSnapshot      *snapshot,
                int               width,
                int               height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->error);
  int text_width;
  int text_height;

  pango_layout_set_width (layout, MAX (1, width - 24) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (12, MAX (0, (height - text_height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &ink_color);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_hits (ExemplarPageView *self,
               GtkSnapshot      *snapshot,
               int               width,
               int               height)
{
  double sx = width / self->width;
  double sy = height / self->height;

  for (guint i = 0; i < self->hits->len; i++)
    {
      const graphene_rect_t *hit = &g_array_index (self->hits, graphene_rect_t, i);
      graphene_rect_t rect;

      /* A little air around the glyphs, so that the mark reads as a mark. */
      graphene_rect_init (&rect,
                          hit->origin.x * sx - 1,
                          hit->origin.y * sy - 1,
                          hit->size.width * sx + 2,
                          hit->size.height * sy + 2);

      if ((int) i == self->current_hit)
        {
          GskRoundedRect outline;

          gsk_rounded_rect_init_from_rect (&outline, &rect, 2);
          gtk_snapshot_append_color (snapshot, &current_hit_color, &rect);
          gtk_snapshot_append_border (snapshot, &outline,
                                      (float[4]) { 2, 2, 2, 2 },
                                      (GdkRGBA[4]) { current_hit_border, current_hit_border,
                                                     current_hit_border, current_hit_border });
        }
      else
        {
          gtk_snapshot_append_color (snapshot, &hit_color, &rect);
        }
    }
}

static void
exemplar_page_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ExemplarPageView *self = EXEMPLAR_PAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRoundedRect outline;

  if (width <= 0 || height <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  /* A hairline and a soft shadow: paper stands out on a light window too. */
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow_color, 0, 1, 0, 4);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &edge_color, 0, 0, 1, 0);
  gtk_snapshot_append_color (snapshot, &paper_color, &bounds);

  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
  else if (self->error != NULL)
    snapshot_error (self, snapshot, width, height);

  if (self->hits != NULL && self->width > 0 && self->height > 0)
    snapshot_hits (self, snapshot, width, height);
}

static void
exemplar_page_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  ExemplarPageView *self = EXEMPLAR_PAGE_VIEW (widget);
  double points = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;

  *minimum = *natural = exemplar_page_view_scale_length (points, self->scale);
}

static void
exemplar_page_view_finalize (GObject *object)
{
  ExemplarPageView *self = (ExemplarPageView *)object;

  g_clear_object (&self->texture);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (exemplar_page_view_parent_class)->finalize (object);
}

static void
exemplar_page_view_class_init (ExemplarPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = exemplar_page_view_finalize;

  widget_class->snapshot = exemplar_page_view_snapshot;
  widget_class->measure = exemplar_page_view_measure;

  gtk_widget_class_set_css_name (widget_class, "page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
exemplar_page_view_init (ExemplarPageView *self)
{
  self->current_hit = -1;
  self->width = 595;
  self->height = 842;
  self->scale = 1;

  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
exemplar_page_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_PAGE_VIEW, NULL);
}

guint
exemplar_page_view_get_index (ExemplarPageView *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PAGE_VIEW (self), 0);

  return self->index;
}

/* @index counts from 0; the page's accessible name counts from 1. */
void
exemplar_page_view_set_index (ExemplarPageView *self,
                              guint             index)
{
  g_autofree char *label = NULL;

  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));

  self->index = index;

  /* Translators: the accessible name of one page of an evidence file. */
  label = g_strdup_printf (_("Page %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* @width and @height in points, @scale in logical pixels per point. */
void
exemplar_page_view_set_size (ExemplarPageView *self,
                             double            width,
                             double            height,
                             double            scale)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));
  g_return_if_fail (width > 0 && height > 0 && scale > 0);

  if (self->width == width && self->height == height && self->scale == scale)
    return;

  self->width = width;
  self->height = height;
  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The size the page asks for, in logical pixels. */
void
exemplar_page_view_get_size (ExemplarPageView *self,
                             int              *width,
                             int              *height)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));

  if (width != NULL)
    *width = exemplar_page_view_scale_length (self->width, self->scale);
  if (height != NULL)
    *height = exemplar_page_view_scale_length (self->height, self->scale);
}

GdkTexture *
exemplar_page_view_get_texture (ExemplarPageView *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PAGE_VIEW (self), NULL);

  return self->texture;
}

/* A texture of any size is drawn over the whole page: an old one, rendered
 * for another zoom, stands in until the new one arrives. */
void
exemplar_page_view_set_texture (ExemplarPageView *self,
                                GdkTexture       *texture)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));
  g_return_if_fail (!texture || GDK_IS_TEXTURE (texture));

  if (texture != NULL)
    g_clear_pointer (&self->error, g_free);

  if (g_set_object (&self->texture, texture))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
exemplar_page_view_get_error (ExemplarPageView *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PAGE_VIEW (self), NULL);

  return self->error;
}

/* Shows @message in place of the page, or nothing when it is %NULL. */
void
exemplar_page_view_set_error (ExemplarPageView *self,
                              const char       *message)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));

  if (message != NULL)
    g_clear_object (&self->texture);

  if (g_strcmp0 (message, self->error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * exemplar_page_view_get_hits:
 * @current: (out) (optional): the index of the hit the reader is at, or -1
 *
 * Returns: (transfer none) (nullable): the hits drawn on the page
 */
GArray *
exemplar_page_view_get_hits (ExemplarPageView *self,
                             int              *current)
{
  g_return_val_if_fail (EXEMPLAR_IS_PAGE_VIEW (self), NULL);

  if (current != NULL)
    *current = self->current_hit;

  return self->hits;
}

/* @hits holds #graphene_rect_t in points from the page's top left corner;
 * @current is the index of the hit the reader is at, or -1. */
void
exemplar_page_view_set_hits (ExemplarPageView *self,
                             GArray           *hits,
                             int               current)
{
  g_return_if_fail (EXEMPLAR_IS_PAGE_VIEW (self));

  if (hits == self->hits && current == self->current_hit)
    return;

  if (hits != self->hits)
    {
      g_clear_pointer (&self->hits, g_array_unref);
      if (hits != NULL && hits->len > 0)
        self->hits = g_array_ref (hits);
    }

  self->current_hit = current;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
