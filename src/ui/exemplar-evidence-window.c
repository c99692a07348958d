/* exemplar-evidence-window.c
 *
 * A window holding the evidence viewer for one attached file. Search hits
 * and evidence lists open it at a page with words to find; the viewer may
 * still be loading then, so the request waits until the pages are known.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-evidence-viewer.h"
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"

struct _ExemplarEvidenceWindow
{
  AdwWindow               parent_instance;

  /* Owned references */
  ExemplarEvidence       *evidence;
  char                   *campaign_path;
  char                   *pending_find;

  /* Template widgets */
  AdwWindowTitle         *window_title;
  ExemplarEvidenceViewer *viewer;

  guint                   pending_page;
  guint                   has_pending : 1;
};

G_DEFINE_FINAL_TYPE (ExemplarEvidenceWindow, exemplar_evidence_window, ADW_TYPE_WINDOW)

static void
exemplar_evidence_window_apply_pending (ExemplarEvidenceWindow *self)
{
  guint n_pages;

  g_assert (EXEMPLAR_IS_EVIDENCE_WINDOW (self));

  if (!self->has_pending)
    return;

  n_pages = exemplar_evidence_viewer_get_n_pages (self->viewer);
  if (exemplar_evidence_viewer_get_loading (self->viewer) || n_pages == 0)
    return;

  self->has_pending = FALSE;

  exemplar_evidence_viewer_set_page (self->viewer, MIN (self->pending_page, n_pages - 1));

  if (self->pending_find != NULL)
    {
      g_autofree char *text = g_steal_pointer (&self->pending_find);

      exemplar_evidence_viewer_find (self->viewer, text);
    }
}

static void
on_viewer_notify_cb (ExemplarEvidenceWindow *self,
                     GParamSpec             *pspec,
                     ExemplarEvidenceViewer *viewer)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_WINDOW (self));

  exemplar_evidence_window_apply_pending (self);
}

static void
exemplar_evidence_window_dispose (GObject *object)
{
  ExemplarEvidenceWindow *self = (ExemplarEvidenceWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_EVIDENCE_WINDOW);

  g_clear_object (&self->evidence);

  G_OBJECT_CLASS (exemplar_evidence_window_parent_class)->dispose (object);
}

static void
exemplar_evidence_window_finalize (GObject *object)
{
  ExemplarEvidenceWindow *self = (ExemplarEvidenceWindow *)object;

  g_clear_pointer (&self->campaign_path, g_free);
  g_clear_pointer (&self->pending_find, g_free);

  G_OBJECT_CLASS (exemplar_evidence_window_parent_class)->finalize (object);
}

static void
exemplar_evidence_window_class_init (ExemplarEvidenceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_evidence_window_dispose;
  object_class->finalize = exemplar_evidence_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-evidence-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvidenceWindow, viewer);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (EXEMPLAR_TYPE_EVIDENCE_VIEWER);
}

static void
exemplar_evidence_window_init (ExemplarEvidenceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->viewer,
                           "notify::loading",
                           G_CALLBACK (on_viewer_notify_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->viewer,
                           "notify::n-pages",
                           G_CALLBACK (on_viewer_notify_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

/**
 * exemplar_evidence_window_new:
 * @parent: (nullable): the window it belongs to
 * @evidence: the evidence to show
 * @campaign_path: the campaign file the evidence's bytes live in
 *
 * Returns: (transfer none): a new window, not yet presented
 */
ExemplarEvidenceWindow *
exemplar_evidence_window_new (GtkWindow        *parent,
                              ExemplarEvidence *evidence,
                              const char       *campaign_path)
{
  ExemplarEvidenceWindow *self;
  g_autofree char *subtitle = NULL;
  guint pages;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (campaign_path != NULL, NULL);

  self = g_object_new (EXEMPLAR_TYPE_EVIDENCE_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "title", exemplar_evidence_get_title (evidence),
                       NULL);

  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  self->evidence = g_object_ref (evidence);
  self->campaign_path = g_strdup (campaign_path);

  pages = exemplar_evidence_get_pages (evidence);
  /* Translators: the evidence viewer's subtitle: the file's original name
   * and its number of pages, e.g. "家长学校台账.pdf · 12 pages". */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u page", "%s · %u pages", pages),
                              exemplar_evidence_get_original_name (evidence),
                              pages);
  adw_window_title_set_title (self->window_title, exemplar_evidence_get_title (evidence));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  exemplar_evidence_viewer_load_evidence (self->viewer, evidence, campaign_path);

  return self;
}

/**
 * exemplar_evidence_window_open:
 * @from: a widget in the window the request comes from
 * @evidence: the evidence to show
 * @campaign_path: the campaign file the evidence's bytes live in
 *
 * Presents the window already showing @evidence, or a new one.
 *
 * Returns: (transfer none): the window
 */
ExemplarEvidenceWindow *
exemplar_evidence_window_open (GtkWidget        *from,
                               ExemplarEvidence *evidence,
                               const char       *campaign_path)
{
  g_autoptr(GList) toplevels = NULL;
  ExemplarEvidenceWindow *self = NULL;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (campaign_path != NULL, NULL);

  toplevels = gtk_window_list_toplevels ();
  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    {
      ExemplarEvidenceWindow *window = iter->data;

      if (EXEMPLAR_IS_EVIDENCE_WINDOW (window) &&
          exemplar_evidence_get_id (window->evidence) == exemplar_evidence_get_id (evidence) &&
          g_strcmp0 (window->campaign_path, campaign_path) == 0)
        {
          self = window;
          break;
        }
    }

  if (self == NULL)
    {
      root = gtk_widget_get_root (from);
      self = exemplar_evidence_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           evidence,
                                           campaign_path);
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}

ExemplarEvidence *
exemplar_evidence_window_get_evidence (ExemplarEvidenceWindow *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_WINDOW (self), NULL);

  return self->evidence;
}

GtkWidget *
exemplar_evidence_window_get_viewer (ExemplarEvidenceWindow *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_WINDOW (self), NULL);

  return GTK_WIDGET (self->viewer);
}

/**
 * exemplar_evidence_window_show_page:
 * @self: a #ExemplarEvidenceWindow
 * @page: the page to show, counted from 0
 * @find_text: (nullable): words to highlight on the pages
 *
 * Shows @page, once the document is loaded if it is still loading.
 */
void
exemplar_evidence_window_show_page (ExemplarEvidenceWindow *self,
                                    guint                   page,
                                    const char             *find_text)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_WINDOW (self));

  self->pending_page = page;
  g_free (self->pending_find);
  self->pending_find = find_text != NULL && find_text[0] != '\0' ? g_strdup (find_text) : NULL;
  self->has_pending = TRUE;

  exemplar_evidence_window_apply_pending (self);
}
