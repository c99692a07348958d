/* STUB generated: replace */
#include "config.h"
#include "exemplar-publicity-private.h"

G_DEFINE_FINAL_TYPE (ExemplarPublicity, exemplar_publicity, G_TYPE_OBJECT)
static void exemplar_publicity_class_init (ExemplarPublicityClass *klass) { (void) klass; }
static void exemplar_publicity_init (ExemplarPublicity *self) { (void) self; }
const char *
exemplar_opinion_to_string (ExemplarOpinion opinion)
{
  (void) opinion;
  return NULL;
}

gboolean
exemplar_opinion_from_string (const char *text, ExemplarOpinion *opinion)
{
  (void) text; (void) opinion;
  return 0;
}

const char *
exemplar_opinion_get_title (ExemplarOpinion opinion)
{
  (void) opinion;
  return NULL;
}

ExemplarCampaign *
exemplar_publicity_get_campaign (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

ExemplarCalendar *
exemplar_publicity_get_calendar (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_publicity_set_calendar_day (ExemplarPublicity *self, const char *day, gboolean working, const char *note, GError **error)
{
  (void) self; (void) day; (void) working; (void) note; (void) error;
  return 0;
}

gboolean
exemplar_publicity_clear_calendar_day (ExemplarPublicity *self, const char *day, GError **error)
{
  (void) self; (void) day; (void) error;
  return 0;
}

guint
exemplar_publicity_get_pass_line (ExemplarPublicity *self)
{
  (void) self;
  return 0;
}

gboolean
exemplar_publicity_set_pass_line (ExemplarPublicity *self, guint points, GError **error)
{
  (void) self; (void) points; (void) error;
  return 0;
}

GPtrArray *
exemplar_publicity_get_recommended (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

const char *
exemplar_publicity_get_rationale (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_publicity_recommend (ExemplarPublicity *self, ExemplarDeclaration **declarations, guint n_declarations, const char *rationale, GError **error)
{
  (void) self; (void) declarations; (void) n_declarations; (void) rationale; (void) error;
  return 0;
}

gboolean
exemplar_publicity_get_opinion (ExemplarPublicity *self, ExemplarUnit *member_unit, ExemplarOpinion *opinion, const char **reason, const char **given_on)
{
  (void) self; (void) member_unit; (void) opinion; (void) reason; (void) given_on;
  return 0;
}

gboolean
exemplar_publicity_set_opinion (ExemplarPublicity *self, ExemplarUnit *member_unit, ExemplarOpinion opinion, const char *reason, const char *given_on, GError **error)
{
  (void) self; (void) member_unit; (void) opinion; (void) reason; (void) given_on; (void) error;
  return 0;
}

gboolean
exemplar_publicity_fix_candidates (ExemplarPublicity *self, GError **error)
{
  (void) self; (void) error;
  return 0;
}

gboolean
exemplar_publicity_get_fixed (ExemplarPublicity *self)
{
  (void) self;
  return 0;
}

GPtrArray *
exemplar_publicity_get_candidates (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_publicity_add_candidate (ExemplarPublicity *self, ExemplarDeclaration *declaration, GError **error)
{
  (void) self; (void) declaration; (void) error;
  return 0;
}

gboolean
exemplar_publicity_get_period (ExemplarPublicity *self, const char **start, guint *working_days, const char **end)
{
  (void) self; (void) start; (void) working_days; (void) end;
  return 0;
}

gboolean
exemplar_publicity_set_period (ExemplarPublicity *self, const char *start, guint working_days, GError **error)
{
  (void) self; (void) start; (void) working_days; (void) error;
  return 0;
}

gboolean
exemplar_publicity_is_over (ExemplarPublicity *self)
{
  (void) self;
  return 0;
}

GPtrArray *
exemplar_publicity_list_periods (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

const char * const *
exemplar_publicity_list_fields (void)
{
  
  return NULL;
}

const char *
exemplar_publicity_get_field_title (const char *key)
{
  (void) key;
  return NULL;
}

gboolean
exemplar_publicity_get_field_multiline (const char *key)
{
  (void) key;
  return 0;
}

char *
exemplar_publicity_dup_field (ExemplarPublicity *self, const char *key)
{
  (void) self; (void) key;
  return NULL;
}

char *
exemplar_publicity_dup_default_field (ExemplarPublicity *self, const char *key)
{
  (void) self; (void) key;
  return NULL;
}

gboolean
exemplar_publicity_set_field (ExemplarPublicity *self, const char *key, const char *value, GError **error)
{
  (void) self; (void) key; (void) value; (void) error;
  return 0;
}

ExemplarDocument *
exemplar_publicity_build_notice (ExemplarPublicity *self, GError **error)
{
  (void) self; (void) error;
  return NULL;
}

GListModel *
exemplar_publicity_get_objections (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

ExemplarObjection *
exemplar_publicity_add_objection (ExemplarPublicity *self, ExemplarDeclaration *declaration, const char *received_on, ExemplarChannel channel, const char *from_name, gboolean from_unit, gboolean sealed, const char *contact, const char *content, GError **error)
{
  (void) self; (void) declaration; (void) received_on; (void) channel; (void) from_name; (void) from_unit; (void) sealed; (void) contact; (void) content; (void) error;
  return NULL;
}

gboolean
exemplar_publicity_attach_to_objection (ExemplarPublicity *self, ExemplarObjection *objection, const char *path, GError **error)
{
  (void) self; (void) objection; (void) path; (void) error;
  return 0;
}

gboolean
exemplar_publicity_resolve_objection (ExemplarPublicity *self, ExemplarObjection *objection, ExemplarOutcome outcome, const char *reply, const char *resolved_on, GError **error)
{
  (void) self; (void) objection; (void) outcome; (void) reply; (void) resolved_on; (void) error;
  return 0;
}

ExemplarObjection *
exemplar_publicity_find_objection (ExemplarPublicity *self, gint64 id)
{
  (void) self; (void) id;
  return NULL;
}

guint
exemplar_publicity_count_unresolved (ExemplarPublicity *self)
{
  (void) self;
  return 0;
}

gboolean
exemplar_publicity_confirm_naming (ExemplarPublicity *self, const char *document_number, const char *issuer, const char *decided_on, GError **error)
{
  (void) self; (void) document_number; (void) issuer; (void) decided_on; (void) error;
  return 0;
}

gboolean
exemplar_publicity_get_decision (ExemplarPublicity *self, const char **document_number, const char **issuer, const char **decided_on)
{
  (void) self; (void) document_number; (void) issuer; (void) decided_on;
  return 0;
}

GPtrArray *
exemplar_publicity_get_named (ExemplarPublicity *self)
{
  (void) self;
  return NULL;
}

gboolean
exemplar_publicity_get_revocation (ExemplarPublicity *self, ExemplarDeclaration *declaration, const char **revoked_on, const char **reason)
{
  (void) self; (void) declaration; (void) revoked_on; (void) reason;
  return 0;
}

ExemplarDocument *
exemplar_publicity_build_decision (ExemplarPublicity *self, GError **error)
{
  (void) self; (void) error;
  return NULL;
}

gboolean
exemplar_publicity_record_recheck (ExemplarPublicity *self, ExemplarDeclaration *declaration, const char *checked_on, const char *result, const char *note, GError **error)
{
  (void) self; (void) declaration; (void) checked_on; (void) result; (void) note; (void) error;
  return 0;
}

GPtrArray *
exemplar_publicity_list_rechecks (ExemplarPublicity *self, ExemplarDeclaration *declaration)
{
  (void) self; (void) declaration;
  return NULL;
}

gboolean
exemplar_publicity_revoke (ExemplarPublicity *self, ExemplarDeclaration *declaration, const char *reason, const char *revoked_on, GError **error)
{
  (void) self; (void) declaration; (void) reason; (void) revoked_on; (void) error;
  return 0;
}


ExemplarPublicity *
_exemplar_publicity_new (ExemplarDatabase *db, ExemplarCampaign *campaign, GError **error)
{
  ExemplarPublicity *self = g_object_new (EXEMPLAR_TYPE_PUBLICITY, NULL);
  (void) error;
  self->db = g_object_ref (db);
  self->campaign = campaign;
  return self;
}
