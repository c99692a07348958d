/* exemplar-evidence-viewer-find.c
 *
 * Find in the document: one job a page on the render queue, starting at the
 * current page and wrapping round, so that the hits nearest the reader come
 * first. Results may come back out of order from the two workers; the
 * viewer goes to the first hit in search order only once every page before
 * it has answered, so the same search always lands on the same hit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-evidence-viewer-private.h"

typedef struct
{
  ExemplarEvidenceViewer *self;
  GCancellable           *cancellable;
  guint                   page;
} FindRequest;

static void
find_request_free (FindRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_free (request);
}

static void
update_match_label (ExemplarEvidenceViewer *self)
{
  g_autofree char *label = NULL;

  if (self->find_text == NULL)
    label = g_strdup ("");
  else if (self->n_matches > 0)
    /* Translators: how many times the text was found in the document. */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", self->n_matches),
                             self->n_matches);
  else if (self->find_pending > 0)
    label = g_strdup (_("Searching…"));
  else
    label = g_strdup (_("No matches"));

  gtk_label_set_label (self->match_label, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find-next", self->n_matches > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find-previous", self->n_matches > 0);
}

/* On the page's view, if it has one now; a view bound later gets them then. */
static void
show_hits (ExemplarEvidenceViewer *self,
           guint                   page)
{
  ExemplarPageView *view = exemplar_evidence_viewer_page_view (self, page);

  if (view != NULL)
    exemplar_page_view_set_hits (view, self->slots[page].hits,
                                 (int) page == self->hit_page ? self->hit_index : -1);
}

static void
select_hit (ExemplarEvidenceViewer *self,
            int                     page,
            int                     index)
{
  int old_page = self->hit_page;
  ExemplarPageSlot *slot;

  self->hit_page = page;
  self->hit_index = index;

  if (old_page >= 0 && (guint) old_page < self->n_pages)
    show_hits (self, old_page);

  if (page < 0)
    return;

  slot = &self->slots[page];
  show_hits (self, page);
  _exemplar_evidence_viewer_reveal (self, page,
                                    &g_array_index (slot->hits, graphene_rect_t, index));
}

static void
on_find_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  FindRequest *request = user_data;
  ExemplarEvidenceViewer *self = request->self;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  ExemplarPageSlot *slot;

  hits = exemplar_render_queue_find_finish (EXEMPLAR_RENDER_QUEUE (object), result, &error);

  if (hits == NULL || request->cancellable != self->find_cancellable)
    {
      find_request_free (request);
      return;
    }

  slot = &self->slots[request->page];
  g_clear_pointer (&slot->hits, g_array_unref);
  slot->hits = g_steal_pointer (&hits);
  show_hits (self, request->page);

  self->n_matches += slot->hits->len;
  self->find_pending--;

  /* Every page before this one in search order has answered: the first of
   * them with a hit is where the reader goes. */
  while (self->find_done < self->n_pages)
    {
      guint page = (self->find_start + self->find_done) % self->n_pages;
      GArray *page_hits = self->slots[page].hits;

      if (page_hits == NULL)
        break;

      if (self->hit_page < 0 && page_hits->len > 0)
        {
          self->hit_unseen = TRUE;
          select_hit (self, page, 0);
        }

      self->find_done++;
    }

  update_match_label (self);
  find_request_free (request);
}

void
_exemplar_evidence_viewer_find_clear (ExemplarEvidenceViewer *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  if (self->find_cancellable != NULL)
    {
      g_cancellable_cancel (self->find_cancellable);
      g_clear_object (&self->find_cancellable);
    }

  for (guint i = 0; i < self->n_pages; i++)
    {
      g_clear_pointer (&self->slots[i].hits, g_array_unref);
      show_hits (self, i);
    }

  g_clear_pointer (&self->find_text, g_free);
  self->n_matches = 0;
  self->find_pending = 0;
  self->find_done = 0;
  self->hit_page = -1;
  self->hit_index = -1;
  self->hit_unseen = FALSE;

  update_match_label (self);
}

void
_exemplar_evidence_viewer_find_start (ExemplarEvidenceViewer *self,
                                      const char             *text)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  /* The entry's delayed "search-changed" repeats what was asked already. */
  if (text != NULL && g_strcmp0 (text, self->find_text) == 0)
    return;

  _exemplar_evidence_viewer_find_clear (self);

  if (text == NULL || *text == '\0' ||
      _exemplar_evidence_viewer_get_kind (self) != EXEMPLAR_DOCUMENT_KIND_PDF)
    return;

  self->find_text = g_strdup (text);
  self->find_cancellable = g_cancellable_new ();
  self->find_pending = self->n_pages;
  self->find_start = self->page;

  for (guint i = 0; i < self->n_pages; i++)
    {
      FindRequest *request = g_new0 (FindRequest, 1);

      request->self = g_object_ref (self);
      request->cancellable = g_object_ref (self->find_cancellable);
      request->page = (self->find_start + i) % self->n_pages;

      exemplar_render_queue_find_async (self->queue, request->page, text,
                                        self->find_cancellable, on_find_cb, request);
    }

  update_match_label (self);
}

/* Goes to the next or previous hit in reading order, round the ends. */
void
_exemplar_evidence_viewer_find_move (ExemplarEvidenceViewer *self,
                                     gboolean                forward)
{
  int page;
  int index;

  g_assert (EXEMPLAR_IS_EVIDENCE_VIEWER (self));

  if (self->n_matches == 0)
    {
      if (self->find_text != NULL && self->find_pending == 0)
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* Enter right after typing confirms the hit the search went to. */
  if (forward && self->hit_unseen && self->hit_page >= 0)
    {
      self->hit_unseen = FALSE;
      select_hit (self, self->hit_page, self->hit_index);
      return;
    }

  self->hit_unseen = FALSE;

  if (self->hit_page < 0)
    {
      page = self->page;
      index = forward ? -1 : G_MAXINT;
    }
  else
    {
      page = self->hit_page;
      index = self->hit_index;
    }

  for (guint step = 0; step <= self->n_pages; step++)
    {
      GArray *hits = self->slots[page].hits;

      if (hits != NULL && hits->len > 0)
        {
          int next = forward ? index + 1 : MIN (index, (int) hits->len) - 1;

          if (next >= 0 && next < (int) hits->len)
            {
              select_hit (self, page, next);
              return;
            }
        }

      page = forward ? (page + 1) % (int) self->n_pages
                     : (page + (int) self->n_pages - 1) % (int) self->n_pages;
      index = forward ? -1 : G_MAXINT;
    }
}
