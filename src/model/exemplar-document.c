/* STUB generated: replace */
#include "config.h"
#include "exemplar-document.h"

struct _ExemplarDocument { GObject parent_instance; };
G_DEFINE_FINAL_TYPE (ExemplarDocument, exemplar_document, G_TYPE_OBJECT)
static void exemplar_document_class_init (ExemplarDocumentClass *klass) { (void) klass; }
static void exemplar_document_init (ExemplarDocument *self) { (void) self; }
ExemplarDocument *
exemplar_document_new (void)
{
  
  return NULL;
}

void
exemplar_document_add (ExemplarDocument *self, ExemplarBlockKind kind, const char *text)
{
  (void) self; (void) kind; (void) text;
  
}

guint
exemplar_document_get_n_blocks (ExemplarDocument *self)
{
  (void) self;
  return 0;
}

ExemplarBlockKind
exemplar_document_get_block_kind (ExemplarDocument *self, guint index)
{
  (void) self; (void) index;
  return (ExemplarBlockKind) 0;
}

const char *
exemplar_document_get_block_text (ExemplarDocument *self, guint index)
{
  (void) self; (void) index;
  return NULL;
}

void
exemplar_document_set_stamp (ExemplarDocument *self, const char *stamp)
{
  (void) self; (void) stamp;
  
}

const char *
exemplar_document_get_stamp (ExemplarDocument *self)
{
  (void) self;
  return NULL;
}

char *
exemplar_document_dup_text (ExemplarDocument *self)
{
  (void) self;
  return NULL;
}

guint
exemplar_document_get_n_pages (ExemplarDocument *self)
{
  (void) self;
  return 0;
}

void
exemplar_document_draw_page (ExemplarDocument *self, cairo_t *cr, guint page, double width)
{
  (void) self; (void) cr; (void) page; (void) width;
  
}

gboolean
exemplar_document_write_pdf (ExemplarDocument *self, const char *path, GError **error)
{
  (void) self; (void) path; (void) error;
  return 0;
}

char *
exemplar_document_to_html (ExemplarDocument *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_document_write_html (ExemplarDocument *self, const char *path, GError **error)
{
  (void) self; (void) path; (void) error;
  return 0;
}

