/* STUB: replaced by the document helper */
#include "config.h"

#include "exemplar-document-view.h"

struct _ExemplarDocumentView
{
  GtkWidget         parent_instance;
  ExemplarDocument *document;
};

G_DEFINE_FINAL_TYPE (ExemplarDocumentView, exemplar_document_view, GTK_TYPE_WIDGET)

static void
exemplar_document_view_dispose (GObject *object)
{
  g_clear_object (&EXEMPLAR_DOCUMENT_VIEW (object)->document);
  G_OBJECT_CLASS (exemplar_document_view_parent_class)->dispose (object);
}

static void
exemplar_document_view_class_init (ExemplarDocumentViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = exemplar_document_view_dispose;
}

static void
exemplar_document_view_init (ExemplarDocumentView *self)
{
  (void) self;
}

GtkWidget *
exemplar_document_view_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_DOCUMENT_VIEW, NULL);
}

ExemplarDocument *
exemplar_document_view_get_document (ExemplarDocumentView *self)
{
  return self->document;
}

void
exemplar_document_view_set_document (ExemplarDocumentView *self,
                                     ExemplarDocument     *document)
{
  g_set_object (&self->document, document);
}

void
exemplar_document_view_print (ExemplarDocument *document,
                              GtkWindow        *parent,
                              const char       *job_name)
{
  (void) document; (void) parent; (void) job_name;
}
