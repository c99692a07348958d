/* STUB generated: replace */
#include "config.h"
#include "exemplar-objection.h"

struct _ExemplarObjection { GObject parent_instance; };
G_DEFINE_FINAL_TYPE (ExemplarObjection, exemplar_objection, G_TYPE_OBJECT)
static void exemplar_objection_class_init (ExemplarObjectionClass *klass) { (void) klass; }
static void exemplar_objection_init (ExemplarObjection *self) { (void) self; }
const char *
exemplar_channel_to_string (ExemplarChannel channel)
{
  (void) channel;
  return NULL;
}

gboolean
exemplar_channel_from_string (const char *text, ExemplarChannel *channel)
{
  (void) text; (void) channel;
  return 0;
}

const char *
exemplar_channel_get_title (ExemplarChannel channel)
{
  (void) channel;
  return NULL;
}

const char *
exemplar_outcome_to_string (ExemplarOutcome outcome)
{
  (void) outcome;
  return NULL;
}

gboolean
exemplar_outcome_from_string (const char *text, ExemplarOutcome *outcome)
{
  (void) text; (void) outcome;
  return 0;
}

const char *
exemplar_outcome_get_title (ExemplarOutcome outcome)
{
  (void) outcome;
  return NULL;
}

gint64
exemplar_objection_get_id (ExemplarObjection *self)
{
  (void) self;
  return 0;
}

ExemplarDeclaration *
exemplar_objection_get_declaration (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

const char *
exemplar_objection_get_received_on (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

ExemplarChannel
exemplar_objection_get_channel (ExemplarObjection *self)
{
  (void) self;
  return (ExemplarChannel) 0;
}

const char *
exemplar_objection_get_from_name (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_objection_get_from_unit (ExemplarObjection *self)
{
  (void) self;
  return 0;
}

gboolean
exemplar_objection_get_sealed (ExemplarObjection *self)
{
  (void) self;
  return 0;
}

const char *
exemplar_objection_get_contact (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

const char *
exemplar_objection_get_content (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_objection_get_accepted (ExemplarObjection *self)
{
  (void) self;
  return 0;
}

const char *
exemplar_objection_get_not_accepted_reason (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

const char *
exemplar_objection_get_verify_by (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

ExemplarOutcome
exemplar_objection_get_outcome (ExemplarObjection *self)
{
  (void) self;
  return (ExemplarOutcome) 0;
}

const char *
exemplar_objection_get_reply (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

const char *
exemplar_objection_get_resolved_on (ExemplarObjection *self)
{
  (void) self;
  return NULL;
}

guint
exemplar_objection_get_n_attachments (ExemplarObjection *self)
{
  (void) self;
  return 0;
}

const char *
exemplar_objection_get_attachment_sha256 (ExemplarObjection *self, guint index)
{
  (void) self; (void) index;
  return NULL;
}

const char *
exemplar_objection_get_attachment_title (ExemplarObjection *self, guint index)
{
  (void) self; (void) index;
  return NULL;
}

