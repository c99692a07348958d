/* exemplar-working-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-working-group-private.h"

struct _ExemplarWorkingGroup
{
  GObject        parent_instance;

  /* Owned references */
  ExemplarRound *round;
  GListStore    *members;

  char          *name;
  gint64         id;
};

G_DEFINE_FINAL_TYPE (ExemplarWorkingGroup, exemplar_working_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROUND,
  PROP_N_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_reviewers (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  gint64 x = exemplar_reviewer_get_id ((ExemplarReviewer *) a);
  gint64 y = exemplar_reviewer_get_id ((ExemplarReviewer *) b);

  return x < y ? -1 : (x > y ? 1 : 0);
}

static void
exemplar_working_group_dispose (GObject *object)
{
  ExemplarWorkingGroup *self = (ExemplarWorkingGroup *)object;

  g_clear_object (&self->round);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (exemplar_working_group_parent_class)->dispose (object);
}

static void
exemplar_working_group_finalize (GObject *object)
{
  ExemplarWorkingGroup *self = (ExemplarWorkingGroup *)object;

  g_free (self->name);

  G_OBJECT_CLASS (exemplar_working_group_parent_class)->finalize (object);
}

static void
exemplar_working_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ExemplarWorkingGroup *self = EXEMPLAR_WORKING_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROUND:
      g_value_set_object (value, self->round);
      break;

    case PROP_N_MEMBERS:
      g_value_set_uint (value, exemplar_working_group_get_n_members (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_working_group_class_init (ExemplarWorkingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_working_group_dispose;
  object_class->finalize = exemplar_working_group_finalize;
  object_class->get_property = exemplar_working_group_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ROUND] = g_param_spec_object ("round", NULL, NULL, EXEMPLAR_TYPE_ROUND, flags);
  properties[PROP_N_MEMBERS] = g_param_spec_uint ("n-members", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_working_group_init (ExemplarWorkingGroup *self)
{
  self->members = g_list_store_new (EXEMPLAR_TYPE_REVIEWER);
}

ExemplarWorkingGroup *
_exemplar_working_group_new (gint64         id,
                             const char    *name,
                             ExemplarRound *round)
{
  ExemplarWorkingGroup *self = g_object_new (EXEMPLAR_TYPE_WORKING_GROUP, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->round = round != NULL ? g_object_ref (round) : NULL;

  return self;
}

void
_exemplar_working_group_set_name (ExemplarWorkingGroup *self,
                                  const char           *name)
{
  g_return_if_fail (EXEMPLAR_IS_WORKING_GROUP (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
_exemplar_working_group_add_member (ExemplarWorkingGroup *self,
                                    ExemplarReviewer     *reviewer)
{
  g_return_if_fail (EXEMPLAR_IS_WORKING_GROUP (self));
  g_return_if_fail (EXEMPLAR_IS_REVIEWER (reviewer));

  if (exemplar_working_group_has_member (self, reviewer))
    return;

  g_list_store_insert_sorted (self->members, reviewer, compare_reviewers, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MEMBERS]);
}

gboolean
_exemplar_working_group_remove_member (ExemplarWorkingGroup *self,
                                       ExemplarReviewer     *reviewer)
{
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), FALSE);

  if (!g_list_store_find (self->members, reviewer, &position))
    return FALSE;

  g_list_store_remove (self->members, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MEMBERS]);
  return TRUE;
}

gint64
exemplar_working_group_get_id (ExemplarWorkingGroup *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), 0);

  return self->id;
}

const char *
exemplar_working_group_get_name (ExemplarWorkingGroup *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), NULL);

  return self->name;
}

ExemplarRound *
exemplar_working_group_get_round (ExemplarWorkingGroup *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), NULL);

  return self->round;
}

GListModel *
exemplar_working_group_get_members (ExemplarWorkingGroup *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), NULL);

  return G_LIST_MODEL (self->members);
}

guint
exemplar_working_group_get_n_members (ExemplarWorkingGroup *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->members));
}

gboolean
exemplar_working_group_has_member (ExemplarWorkingGroup *self,
                                   ExemplarReviewer     *reviewer)
{
  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), FALSE);

  return reviewer != NULL && g_list_store_find (self->members, reviewer, NULL);
}

char *
exemplar_working_group_dup_member_names (ExemplarWorkingGroup *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  GListModel *members;

  g_return_val_if_fail (EXEMPLAR_IS_WORKING_GROUP (self), NULL);

  members = G_LIST_MODEL (self->members);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (members, i);

      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, exemplar_reviewer_get_name (reviewer));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}
