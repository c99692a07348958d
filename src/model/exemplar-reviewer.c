/* exemplar-reviewer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-reviewer-private.h"
#include "exemplar-unit.h"
#include "exemplar-util-private.h"

typedef struct
{
  ExemplarUnit *unit;
  char         *reason;
  guint         position;
} Conflict;

struct _ExemplarReviewer
{
  GObject              parent_instance;

  /* Owned references */
  ExemplarUnit        *unit;       /* member unit or home applicant unit */
  GArray              *conflicts;  /* of Conflict, in official order */

  char                *name;
  char                *role;
  char                *contact;
  gint64               id;
  ExemplarAffiliation  affiliation;
};

G_DEFINE_FINAL_TYPE (ExemplarReviewer, exemplar_reviewer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_AFFILIATION,
  PROP_MEMBER_UNIT,
  PROP_UNIT,
  PROP_ROLE,
  PROP_CONTACT,
  PROP_LABEL,
  PROP_N_CONFLICTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ExemplarEnumName affiliations[] = {
  { "member", N_("Member unit") },
  { "applicant", N_("Applicant unit") },
  { "expert", N_("Outside expert") },
};

static void
conflict_clear (gpointer data)
{
  Conflict *conflict = data;

  g_clear_object (&conflict->unit);
  g_clear_pointer (&conflict->reason, g_free);
}

/* Units are compared by row as well as by object, so that a unit looked
 * up again is still recognised; applicant and member units are different
 * tables. */
static gboolean
same_unit (ExemplarUnit *a,
           ExemplarUnit *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return exemplar_unit_get_id (a) == exemplar_unit_get_id (b) &&
         (exemplar_unit_get_kind (a) == EXEMPLAR_UNIT_MEMBER) ==
         (exemplar_unit_get_kind (b) == EXEMPLAR_UNIT_MEMBER);
}

static void
exemplar_reviewer_dispose (GObject *object)
{
  ExemplarReviewer *self = (ExemplarReviewer *)object;

  g_clear_object (&self->unit);
  if (self->conflicts != NULL)
    g_array_set_size (self->conflicts, 0);

  G_OBJECT_CLASS (exemplar_reviewer_parent_class)->dispose (object);
}

static void
exemplar_reviewer_finalize (GObject *object)
{
  ExemplarReviewer *self = (ExemplarReviewer *)object;

  g_clear_pointer (&self->conflicts, g_array_unref);
  g_free (self->name);
  g_free (self->role);
  g_free (self->contact);

  G_OBJECT_CLASS (exemplar_reviewer_parent_class)->finalize (object);
}

static void
exemplar_reviewer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ExemplarReviewer *self = EXEMPLAR_REVIEWER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_AFFILIATION:
      g_value_set_int (value, self->affiliation);
      break;

    case PROP_MEMBER_UNIT:
      g_value_set_object (value, exemplar_reviewer_get_member_unit (self));
      break;

    case PROP_UNIT:
      g_value_set_object (value, exemplar_reviewer_get_unit (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;

    case PROP_LABEL:
      g_value_take_string (value, exemplar_reviewer_dup_label (self));
      break;

    case PROP_N_CONFLICTS:
      g_value_set_uint (value, self->conflicts->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_reviewer_class_init (ExemplarReviewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_reviewer_dispose;
  object_class->finalize = exemplar_reviewer_finalize;
  object_class->get_property = exemplar_reviewer_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_AFFILIATION] =
    g_param_spec_int ("affiliation", NULL, NULL,
                      EXEMPLAR_AFFILIATION_MEMBER, EXEMPLAR_AFFILIATION_EXPERT,
                      EXEMPLAR_AFFILIATION_EXPERT, flags);
  properties[PROP_MEMBER_UNIT] = g_param_spec_object ("member-unit", NULL, NULL, EXEMPLAR_TYPE_UNIT, flags);
  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, EXEMPLAR_TYPE_UNIT, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_N_CONFLICTS] = g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_reviewer_init (ExemplarReviewer *self)
{
  self->conflicts = g_array_new (FALSE, TRUE, sizeof (Conflict));
  g_array_set_clear_func (self->conflicts, conflict_clear);
  self->affiliation = EXEMPLAR_AFFILIATION_EXPERT;
}

const char *
exemplar_affiliation_to_string (ExemplarAffiliation affiliation)
{
  g_return_val_if_fail (affiliation <= EXEMPLAR_AFFILIATION_EXPERT, NULL);

  return affiliations[affiliation].id;
}

gboolean
exemplar_affiliation_from_string (const char          *text,
                                  ExemplarAffiliation *affiliation)
{
  int i = _exemplar_util_enum_find (affiliations, G_N_ELEMENTS (affiliations), text);

  if (i >= 0 && affiliation != NULL)
    *affiliation = (ExemplarAffiliation) i;
  return i >= 0;
}

const char *
exemplar_affiliation_get_title (ExemplarAffiliation affiliation)
{
  g_return_val_if_fail (affiliation <= EXEMPLAR_AFFILIATION_EXPERT, NULL);

  return _(affiliations[affiliation].title);
}

ExemplarReviewer *
_exemplar_reviewer_new (gint64               id,
                        const char          *name,
                        ExemplarAffiliation  affiliation,
                        ExemplarUnit        *unit,
                        const char          *role,
                        const char          *contact)
{
  ExemplarReviewer *self = g_object_new (EXEMPLAR_TYPE_REVIEWER, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->affiliation = affiliation;
  self->unit = affiliation == EXEMPLAR_AFFILIATION_EXPERT || unit == NULL ? NULL : g_object_ref (unit);
  _exemplar_util_set_string (&self->role, role);
  _exemplar_util_set_string (&self->contact, contact);

  return self;
}

void
_exemplar_reviewer_set_fields (ExemplarReviewer    *self,
                               const char          *name,
                               ExemplarAffiliation  affiliation,
                               ExemplarUnit        *unit,
                               const char          *role,
                               const char          *contact)
{
  ExemplarAffiliation old_affiliation;
  gboolean label_changed = FALSE;

  g_return_if_fail (EXEMPLAR_IS_REVIEWER (self));

  if (affiliation == EXEMPLAR_AFFILIATION_EXPERT)
    unit = NULL;

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->name, name) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      label_changed = TRUE;
    }

  old_affiliation = self->affiliation;
  if (affiliation != self->affiliation || unit != self->unit)
    {
      gboolean was_member = old_affiliation == EXEMPLAR_AFFILIATION_MEMBER && self->unit != NULL;
      gboolean was_applicant = old_affiliation == EXEMPLAR_AFFILIATION_APPLICANT && self->unit != NULL;

      g_set_object (&self->unit, unit);
      self->affiliation = affiliation;

      if (old_affiliation != affiliation)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFILIATION]);
      if (was_member || affiliation == EXEMPLAR_AFFILIATION_MEMBER)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_UNIT]);
      if (was_applicant || affiliation == EXEMPLAR_AFFILIATION_APPLICANT)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
      label_changed = TRUE;
    }

  if (_exemplar_util_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
  if (_exemplar_util_set_string (&self->contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);

  if (label_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);

  g_object_thaw_notify (G_OBJECT (self));
}

int
_exemplar_reviewer_find_conflict (ExemplarReviewer *self,
                                  ExemplarUnit     *unit)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), -1);

  for (guint i = 0; i < self->conflicts->len; i++)
    if (same_unit (g_array_index (self->conflicts, Conflict, i).unit, unit))
      return (int) i;

  return -1;
}

void
_exemplar_reviewer_set_conflict (ExemplarReviewer *self,
                                 ExemplarUnit     *unit,
                                 guint             position,
                                 const char       *reason)
{
  Conflict conflict = { 0, };
  int index;
  guint i;

  g_return_if_fail (EXEMPLAR_IS_REVIEWER (self));
  g_return_if_fail (EXEMPLAR_IS_UNIT (unit));

  index = _exemplar_reviewer_find_conflict (self, unit);
  if (index >= 0)
    {
      Conflict *existing = &g_array_index (self->conflicts, Conflict, index);

      g_free (existing->reason);
      existing->reason = g_strdup (reason);
      return;
    }

  for (i = 0; i < self->conflicts->len; i++)
    if (g_array_index (self->conflicts, Conflict, i).position > position)
      break;

  conflict.unit = g_object_ref (unit);
  conflict.reason = g_strdup (reason);
  conflict.position = position;
  g_array_insert_val (self->conflicts, i, conflict);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

void
_exemplar_reviewer_remove_conflict (ExemplarReviewer *self,
                                    ExemplarUnit     *unit)
{
  int index;

  g_return_if_fail (EXEMPLAR_IS_REVIEWER (self));

  index = _exemplar_reviewer_find_conflict (self, unit);
  if (index < 0)
    return;

  g_array_remove_index (self->conflicts, (guint) index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

gint64
exemplar_reviewer_get_id (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), 0);

  return self->id;
}

const char *
exemplar_reviewer_get_name (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  return self->name;
}

ExemplarAffiliation
exemplar_reviewer_get_affiliation (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), EXEMPLAR_AFFILIATION_EXPERT);

  return self->affiliation;
}

ExemplarUnit *
exemplar_reviewer_get_member_unit (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  return self->affiliation == EXEMPLAR_AFFILIATION_MEMBER ? self->unit : NULL;
}

ExemplarUnit *
exemplar_reviewer_get_unit (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  return self->affiliation == EXEMPLAR_AFFILIATION_APPLICANT ? self->unit : NULL;
}

const char *
exemplar_reviewer_get_role (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  return self->role;
}

const char *
exemplar_reviewer_get_contact (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  return self->contact;
}

char *
exemplar_reviewer_dup_label (ExemplarReviewer *self)
{
  const char *affiliation;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);

  if (self->unit != NULL)
    affiliation = exemplar_unit_get_name (self->unit);
  else
    affiliation = exemplar_affiliation_get_title (self->affiliation);

  /* Translators: a reviewer in lists and reports: their name, then their
   * unit (or "Outside expert") in full-width parentheses, e.g. 王敏（区教育局）. */
  return g_strdup_printf (_("%s（%s）"), self->name, affiliation);
}

guint
exemplar_reviewer_get_n_conflicts (ExemplarReviewer *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), 0);

  return self->conflicts->len;
}

ExemplarUnit *
exemplar_reviewer_get_conflict_unit (ExemplarReviewer *self,
                                     guint             index)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);

  return g_array_index (self->conflicts, Conflict, index).unit;
}

const char *
exemplar_reviewer_get_conflict_reason (ExemplarReviewer *self,
                                       guint             index)
{
  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);

  return g_array_index (self->conflicts, Conflict, index).reason;
}

gboolean
exemplar_reviewer_conflicts_with (ExemplarReviewer  *self,
                                  ExemplarUnit      *unit,
                                  char             **reason)
{
  int index;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (self), TRUE);
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (unit), TRUE);

  if (self->affiliation == EXEMPLAR_AFFILIATION_APPLICANT && same_unit (self->unit, unit))
    {
      if (reason != NULL)
        /* Translators: the first %s is a reviewer's name, the second a unit's name. */
        *reason = g_strdup_printf (_("%s works at %s and may not score their own unit."),
                                   self->name, exemplar_unit_get_name (unit));
      return TRUE;
    }

  index = _exemplar_reviewer_find_conflict (self, unit);
  if (index >= 0)
    {
      if (reason != NULL)
        /* Translators: the first %s is a reviewer's name, the second a unit's
         * name, the third the reason given, e.g. "former post". */
        *reason = g_strdup_printf (_("%s declared a conflict of interest with %s (%s)."),
                                   self->name, exemplar_unit_get_name (unit),
                                   g_array_index (self->conflicts, Conflict, index).reason);
      return TRUE;
    }

  if (reason != NULL)
    *reason = NULL;
  return FALSE;
}
