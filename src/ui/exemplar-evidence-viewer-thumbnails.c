/* exemplar-evidence-viewer-thumbnails.c
 *
 * The thumbnails sidebar: a list view, so that only the rows in sight
 * exist; a row asks for its small render when it is bound to a page and
 * cancels it when it is recycled. The list gets its model the first time
 * the sidebar opens, so a reader who never opens it renders none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-evidence-viewer-private.h"

#define THUMBNAIL_WIDTH  120
#define THUMBNAIL_HEIGHT 160
/* About 120 × 170 × 4 bytes each: 16 MiB at most. */
#define MAX_THUMBNAILS   200

typedef struct
{
  ExemplarEvidenceViewer *self;
  GtkListItem            *item;
  GCancellable           *cancellable;
  guint                   page;
} ThumbnailRequest;

static void
thumbnail_request_free (ThumbnailRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->item);
  g_clear_object (&request->cancellable);
  g_free (request);
}

static void
cancel_and_unref (gpointer data)
{
  g_cancellable_cancel (data);
  g_object_unref (data);
}

static ExemplarPageView *
item_page_view (GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  return EXEMPLAR_PAGE_VIEW (gtk_widget_get_first_child (box));
}

static void
remember_thumbnail (ExemplarEvidenceViewer *self,
                    guint                   page,
                    GdkTexture             *texture)
{
  gpointer key = GUINT_TO_POINTER (page);

  if (g_hash_table_contains (self->thumbnails, key))
    g_queue_remove (&self->thumbnail_order, key);

  g_hash_table_insert (self->thumbnails, key, g_object_ref (texture));
  g_queue_push_head (&self->thumbnail_order, key);

  while (self->thumbnail_order.length > MAX_THUMBNAILS)
    g_hash_table_remove (self->thumbnails, g_queue_pop_tail (&self->thumbnail_order));
}

static void
on_thumbnail_rendered_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  ThumbnailRequest *request = user_data;
  ExemplarEvidenceViewer *self = request->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = exemplar_render_queue_render_finish (EXEMPLAR_RENDER_QUEUE (object), result, &error);

  if (texture != NULL && EXEMPLAR_RENDER_QUEUE (object) == self->queue)
    {
      remember_thumbnail (self, request->page, texture);

      /* The row may show another page by now. */
      if (g_object_get_data (G_OBJECT (request->item), "exemplar-cancellable") == request->cancellable)
        exemplar_page_view_set_texture (item_page_view (request->item), texture);
    }

  thumbnail_request_free (request);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ExemplarEvidenceViewer   *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), exemplar_page_view_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            ExemplarEvidenceViewer   *self)
{
  ExemplarPageView *view = item_page_view (item);
  GtkWidget *label = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  guint page = gtk_list_item_get_position (item);
  GdkTexture *texture;
  g_autofree char *number = NULL;
  double width;
  double height;
  double scale;
  int scale_factor;

  if (self->queue == NULL || page >= self->n_pages)
    return;

  exemplar_render_queue_get_page_size (self->queue, page, &width, &height);
  scale = MIN (THUMBNAIL_WIDTH / width, THUMBNAIL_HEIGHT / height);
  exemplar_page_view_set_index (view, page);
  exemplar_page_view_set_size (view, width, height, scale);

  number = g_strdup_printf ("%u", page + 1);
  gtk_label_set_label (GTK_LABEL (label), number);

  if (self->image != NULL)
    {
      exemplar_page_view_set_texture (view, self->image);
      return;
    }

  if ((texture = g_hash_table_lookup (self->thumbnails, GUINT_TO_POINTER (page))))
    {
      exemplar_page_view_set_texture (view, texture);
    }
  else
    {
      ThumbnailRequest *request = g_new0 (ThumbnailRequest, 1);
      GCancellable *cancellable = g_cancellable_new ();

      exemplar_page_view_set_texture (view, NULL);
      g_object_set_data_full (G_OBJECT (item), "exemplar-cancellable", cancellable, cancel_and_unref);

      request->self = g_object_ref (self);
      request->item = g_object_ref (item);
      request->cancellable = g_object_ref (cancellable);
      request->page = page;

      scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
      exemplar_render_queue_render_async (self->queue, page,
                                          exemplar_page_view_scale_length (width, scale * scale_factor),
                                          exemplar_page_view_scale_length (height, scale * scale_factor),
                                          EXEMPLAR_RENDER_PRIORITY_LOW,
                                          cancellable, on_thumbnail_rendered_cb, request);
    }
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ExemplarEvidenceViewer   *self)
{
  g_object_set_data (G_OBJECT (item), "exemplar-cancellable", NULL);
  exemplar_page_view_set_texture (item_page_view (item), NULL);
}

static void
on_selected_changed_cb (ExemplarEvidenceViewer *self,
                        GParamSpec             *pspec,
                        GtkSingleSelection     *selection)
{
  guint selected = gtk_single_selection_get_selected (selection);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION || selected >= self->n_pages)
    return;

  exemplar_evidence_viewer_set_page (self, selected);
}

void
_exemplar_evidence_viewer_thumbnails_init (ExemplarEvidenceViewer *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  self->thumbnails = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_queue_init (&self->thumbnail_order);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->thumbnails_view, factory);

  self->thumbnail_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->thumbnail_selection, FALSE);
  g_signal_connect_object (self->thumbnail_selection,
                           "notify::selected",
                           G_CALLBACK (on_selected_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->thumbnails_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"),
                                  -1);
}

/* Gives the list its pages once the sidebar is open. */
void
_exemplar_evidence_viewer_thumbnails_load (ExemplarEvidenceViewer *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  if (self->n_pages == 0 || self->thumbnail_pages != NULL || !adw_flap_get_reveal_flap (self->flap))
    return;

  self->thumbnail_pages = gtk_string_list_new (NULL);
  for (guint i = 0; i < self->n_pages; i++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", i + 1);
      gtk_string_list_append (self->thumbnail_pages, number);
    }

  self->syncing = TRUE;
  gtk_single_selection_set_model (self->thumbnail_selection, G_LIST_MODEL (self->thumbnail_pages));
  gtk_list_view_set_model (self->thumbnails_view, GTK_SELECTION_MODEL (self->thumbnail_selection));
  self->syncing = FALSE;

  _exemplar_evidence_viewer_thumbnails_sync (self);
}

void
_exemplar_evidence_viewer_thumbnails_clear (ExemplarEvidenceViewer *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  self->syncing = TRUE;
  if (self->thumbnails_view != NULL)
    gtk_list_view_set_model (self->thumbnails_view, NULL);
  if (self->thumbnail_selection != NULL)
    gtk_single_selection_set_model (self->thumbnail_selection, NULL);
  self->syncing = FALSE;

  g_clear_handle_id (&self->thumbnail_scroll_id, g_source_remove);
  g_clear_object (&self->thumbnail_pages);
  if (self->thumbnails != NULL)
    g_hash_table_remove_all (self->thumbnails);
  g_queue_clear (&self->thumbnail_order);
}

/* GTK 4.8's "list.scroll-to-item" guesses where rows it has not measured
 * are; rows of equal pages are of equal height, which makes a better guess
 * from any one row. */
static gboolean
scroll_to_current_cb (gpointer data)
{
  ExemplarEvidenceViewer *self = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->thumbnails_view));
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->thumbnails_view));
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  double row_height;
  double top;

  if (self->thumbnail_pages == NULL || self->page >= self->n_pages)
    {
      self->thumbnail_scroll_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Not laid out yet: try again at the next frame or so. */
  if (row == NULL || (row_height = gtk_widget_get_height (row)) <= 0 || page_size <= 0)
    return G_SOURCE_CONTINUE;

  self->thumbnail_scroll_id = 0;

  top = self->page * row_height;
  if (top < value || top + row_height > value + page_size)
    gtk_adjustment_set_value (adjustment, top - (page_size - row_height) / 2);

  return G_SOURCE_REMOVE;
}

/* Selects the current page's thumbnail and scrolls the list to it, once
 * the list has been laid out: a list that just got its model cannot. */
void
_exemplar_evidence_viewer_thumbnails_sync (ExemplarEvidenceViewer *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  if (self->thumbnail_pages == NULL || self->page >= self->n_pages)
    return;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->thumbnail_selection, self->page);
  self->syncing = FALSE;

  if (self->thumbnail_scroll_id == 0)
    self->thumbnail_scroll_id = g_timeout_add (20, scroll_to_current_cb, self);
}
