/* exemplar-objection.c
 *
 * An objection is loaded from its row by the publicity. When the publicity
 * reloads after a change, it refreshes the objects it already holds
 * (_exemplar_objection_refresh()) instead of replacing them, so an
 * objection a caller keeps stays current and notifies "outcome", "reply",
 * "resolved-on" and "n-attachments" when they change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-declaration.h"
#include "exemplar-publicity-private.h"
#include "exemplar-util-private.h"

typedef struct
{
  char *sha256;
  char *title;
} Attachment;

struct _ExemplarObjection
{
  GObject              parent_instance;

  /* Owned references */
  ExemplarDeclaration *declaration;
  GArray              *attachments;  /* Attachment */

  gint64               id;
  char                *received_on;
  char                *from_name;
  char                *contact;
  char                *content;
  char                *not_accepted_reason;
  char                *verify_by;
  char                *reply;
  char                *resolved_on;
  ExemplarChannel      channel;
  ExemplarOutcome      outcome;
  gboolean             from_unit;
  gboolean             sealed;
  gboolean             accepted;
};

G_DEFINE_FINAL_TYPE (ExemplarObjection, exemplar_objection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECEIVED_ON,
  PROP_FROM_NAME,
  PROP_ACCEPTED,
  PROP_OUTCOME,
  PROP_REPLY,
  PROP_RESOLVED_ON,
  PROP_N_ATTACHMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ExemplarEnumName channels[] = {
  { "phone", N_("Phone") },
  { "letter", N_("Letter") },
  { "fax", N_("Fax") },
  { "email", N_("E-mail") },
  { "visit", N_("In person") },
};

static const ExemplarEnumName outcomes[] = {
  { "pending", N_("Pending") },
  { "not_upheld", N_("Not upheld") },
  { "upheld_removed", N_("Upheld, removed") },
  { "upheld_rectified", N_("Upheld, rectified and kept") },
  { "republicity", N_("Re-publicity needed") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (channels) == EXEMPLAR_N_CHANNELS);
G_STATIC_ASSERT (G_N_ELEMENTS (outcomes) == EXEMPLAR_N_OUTCOMES);

static void
attachment_clear (gpointer data)
{
  Attachment *attachment = data;

  g_free (attachment->sha256);
  g_free (attachment->title);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

static void
exemplar_objection_dispose (GObject *object)
{
  ExemplarObjection *self = (ExemplarObjection *)object;

  g_clear_object (&self->declaration);

  G_OBJECT_CLASS (exemplar_objection_parent_class)->dispose (object);
}

static void
exemplar_objection_finalize (GObject *object)
{
  ExemplarObjection *self = (ExemplarObjection *)object;

  g_array_unref (self->attachments);
  g_free (self->received_on);
  g_free (self->from_name);
  g_free (self->contact);
  g_free (self->content);
  g_free (self->not_accepted_reason);
  g_free (self->verify_by);
  g_free (self->reply);
  g_free (self->resolved_on);

  G_OBJECT_CLASS (exemplar_objection_parent_class)->finalize (object);
}

static void
exemplar_objection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ExemplarObjection *self = EXEMPLAR_OBJECTION (object);

  switch (prop_id)
    {
    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    case PROP_FROM_NAME:
      g_value_set_string (value, self->from_name);
      break;

    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;

    case PROP_OUTCOME:
      g_value_set_int (value, (int) self->outcome);
      break;

    case PROP_REPLY:
      g_value_set_string (value, self->reply);
      break;

    case PROP_RESOLVED_ON:
      g_value_set_string (value, self->resolved_on);
      break;

    case PROP_N_ATTACHMENTS:
      g_value_set_uint (value, self->attachments->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_objection_class_init (ExemplarObjectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags notified = flags | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = exemplar_objection_dispose;
  object_class->finalize = exemplar_objection_finalize;
  object_class->get_property = exemplar_objection_get_property;

  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, flags);
  properties[PROP_FROM_NAME] = g_param_spec_string ("from-name", NULL, NULL, NULL, flags);
  properties[PROP_ACCEPTED] = g_param_spec_boolean ("accepted", NULL, NULL, FALSE, flags);
  /* An ExemplarOutcome. */
  properties[PROP_OUTCOME] = g_param_spec_int ("outcome", NULL, NULL,
                                               0, EXEMPLAR_N_OUTCOMES - 1, 0, notified);
  properties[PROP_REPLY] = g_param_spec_string ("reply", NULL, NULL, NULL, notified);
  properties[PROP_RESOLVED_ON] = g_param_spec_string ("resolved-on", NULL, NULL, NULL, notified);
  properties[PROP_N_ATTACHMENTS] = g_param_spec_uint ("n-attachments", NULL, NULL,
                                                      0, G_MAXUINT, 0, notified);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_objection_init (ExemplarObjection *self)
{
  self->attachments = g_array_new (FALSE, TRUE, sizeof (Attachment));
  g_array_set_clear_func (self->attachments, attachment_clear);
}

const char *
exemplar_channel_to_string (ExemplarChannel channel)
{
  g_return_val_if_fail (channel < EXEMPLAR_N_CHANNELS, NULL);

  return channels[channel].id;
}

gboolean
exemplar_channel_from_string (const char      *text,
                              ExemplarChannel *channel)
{
  int i = _exemplar_util_enum_find (channels, G_N_ELEMENTS (channels), text);

  if (i >= 0 && channel != NULL)
    *channel = (ExemplarChannel) i;
  return i >= 0;
}

const char *
exemplar_channel_get_title (ExemplarChannel channel)
{
  g_return_val_if_fail (channel < EXEMPLAR_N_CHANNELS, NULL);

  return _(channels[channel].title);
}

const char *
exemplar_outcome_to_string (ExemplarOutcome outcome)
{
  g_return_val_if_fail (outcome < EXEMPLAR_N_OUTCOMES, NULL);

  return outcomes[outcome].id;
}

gboolean
exemplar_outcome_from_string (const char      *text,
                              ExemplarOutcome *outcome)
{
  int i = _exemplar_util_enum_find (outcomes, G_N_ELEMENTS (outcomes), text);

  if (i >= 0 && outcome != NULL)
    *outcome = (ExemplarOutcome) i;
  return i >= 0;
}

const char *
exemplar_outcome_get_title (ExemplarOutcome outcome)
{
  g_return_val_if_fail (outcome < EXEMPLAR_N_OUTCOMES, NULL);

  return _(outcomes[outcome].title);
}

char *
_exemplar_objection_dup_reason_text (const char *code)
{
  g_auto(GStrv) words = NULL;

  if (code == NULL)
    return NULL;

  words = g_strsplit (code, " ", 3);
  if (g_strv_length (words) == 3 && g_str_equal (words[0], "before-period"))
    /* Translators: the %s are dates, YYYY-MM-DD. */
    return g_strdup_printf (_("Received on %s, before the publicity period began on %s."),
                            words[1], words[2]);
  if (g_strv_length (words) == 3 && g_str_equal (words[0], "after-period"))
    /* Translators: the %s are dates, YYYY-MM-DD. */
    return g_strdup_printf (_("Received on %s, after the publicity period ended on %s."),
                            words[1], words[2]);
  if (g_str_equal (code, "anonymous"))
    return g_strdup (_("Anonymous objections are not accepted."));
  if (g_str_equal (code, "unsealed"))
    return g_strdup (_("A unit’s objection must carry its seal."));
  if (g_str_equal (code, "no-contact"))
    return g_strdup (_("An individual must give a real name and a phone number."));

  /* Files written before the codes kept the sentence itself. */
  return g_strdup (code);
}

ExemplarObjection *
_exemplar_objection_new_from_row (sqlite3_stmt        *stmt,
                                  ExemplarDeclaration *declaration)
{
  ExemplarObjection *self = g_object_new (EXEMPLAR_TYPE_OBJECTION, NULL);

  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), self);

  self->declaration = g_object_ref (declaration);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->received_on = dup_column (stmt, 2);
  if (!exemplar_channel_from_string ((const char *) sqlite3_column_text (stmt, 3), &self->channel))
    self->channel = EXEMPLAR_CHANNEL_PHONE;
  self->from_name = dup_column (stmt, 4);
  self->from_unit = sqlite3_column_int (stmt, 5) != 0;
  self->sealed = sqlite3_column_int (stmt, 6) != 0;
  self->contact = dup_column (stmt, 7);
  self->content = dup_column (stmt, 8);
  self->accepted = sqlite3_column_int (stmt, 9) != 0;
  self->not_accepted_reason = _exemplar_objection_dup_reason_text ((const char *) sqlite3_column_text (stmt, 10));
  self->verify_by = dup_column (stmt, 11);
  /* A pending objection has no outcome in the file (NULL). */
  if (!exemplar_outcome_from_string ((const char *) sqlite3_column_text (stmt, 12), &self->outcome))
    self->outcome = EXEMPLAR_OUTCOME_PENDING;
  self->reply = dup_column (stmt, 13);
  self->resolved_on = dup_column (stmt, 14);

  return self;
}

void
_exemplar_objection_add_attachment (ExemplarObjection *self,
                                    const char        *sha256,
                                    const char        *title)
{
  Attachment attachment;

  g_return_if_fail (EXEMPLAR_IS_OBJECTION (self));
  g_return_if_fail (sha256 != NULL);

  attachment.sha256 = g_strdup (sha256);
  attachment.title = g_strdup (title ? title : "");
  g_array_append_val (self->attachments, attachment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ATTACHMENTS]);
}

void
_exemplar_objection_refresh (ExemplarObjection *self,
                             ExemplarObjection *fresh)
{
  gboolean same_attachments;

  g_return_if_fail (EXEMPLAR_IS_OBJECTION (self));
  g_return_if_fail (EXEMPLAR_IS_OBJECTION (fresh));
  g_return_if_fail (self->id == fresh->id);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->outcome != fresh->outcome)
    {
      self->outcome = fresh->outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }
  if (_exemplar_util_set_string (&self->reply, fresh->reply))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPLY]);
  if (_exemplar_util_set_string (&self->resolved_on, fresh->resolved_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLVED_ON]);

  same_attachments = self->attachments->len == fresh->attachments->len;
  for (guint i = 0; same_attachments && i < self->attachments->len; i++)
    same_attachments = g_str_equal (g_array_index (self->attachments, Attachment, i).sha256,
                                    g_array_index (fresh->attachments, Attachment, i).sha256);
  if (!same_attachments)
    {
      g_array_set_size (self->attachments, 0);
      for (guint i = 0; i < fresh->attachments->len; i++)
        {
          Attachment *attachment = &g_array_index (fresh->attachments, Attachment, i);

          _exemplar_objection_add_attachment (self, attachment->sha256, attachment->title);
        }
    }

  g_object_thaw_notify (G_OBJECT (self));
}

gint64
exemplar_objection_get_id (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), 0);

  return self->id;
}

ExemplarDeclaration *
exemplar_objection_get_declaration (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->declaration;
}

const char *
exemplar_objection_get_received_on (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->received_on;
}

ExemplarChannel
exemplar_objection_get_channel (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), EXEMPLAR_CHANNEL_PHONE);

  return self->channel;
}

const char *
exemplar_objection_get_from_name (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->from_name;
}

gboolean
exemplar_objection_get_from_unit (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), FALSE);

  return self->from_unit;
}

gboolean
exemplar_objection_get_sealed (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), FALSE);

  return self->sealed;
}

const char *
exemplar_objection_get_contact (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->contact;
}

const char *
exemplar_objection_get_content (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->content;
}

gboolean
exemplar_objection_get_accepted (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), FALSE);

  return self->accepted;
}

const char *
exemplar_objection_get_not_accepted_reason (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->accepted ? NULL : self->not_accepted_reason;
}

const char *
exemplar_objection_get_verify_by (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->accepted ? self->verify_by : NULL;
}

ExemplarOutcome
exemplar_objection_get_outcome (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), EXEMPLAR_OUTCOME_PENDING);

  return self->outcome;
}

const char *
exemplar_objection_get_reply (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->reply;
}

const char *
exemplar_objection_get_resolved_on (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);

  return self->resolved_on;
}

guint
exemplar_objection_get_n_attachments (ExemplarObjection *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), 0);

  return self->attachments->len;
}

const char *
exemplar_objection_get_attachment_sha256 (ExemplarObjection *self,
                                          guint              index)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);
  g_return_val_if_fail (index < self->attachments->len, NULL);

  return g_array_index (self->attachments, Attachment, index).sha256;
}

const char *
exemplar_objection_get_attachment_title (ExemplarObjection *self,
                                         guint              index)
{
  g_return_val_if_fail (EXEMPLAR_IS_OBJECTION (self), NULL);
  g_return_val_if_fail (index < self->attachments->len, NULL);

  return g_array_index (self->attachments, Attachment, index).title;
}
