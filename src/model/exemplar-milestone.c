/* exemplar-milestone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-milestone.h"

struct _ExemplarMilestone
{
  GObject        parent_instance;

  ExemplarPhase  phase;
  char          *name;
  char          *deadline;
};

G_DEFINE_FINAL_TYPE (ExemplarMilestone, exemplar_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DEADLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
exemplar_milestone_finalize (GObject *object)
{
  ExemplarMilestone *self = (ExemplarMilestone *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->deadline, g_free);

  G_OBJECT_CLASS (exemplar_milestone_parent_class)->finalize (object);
}

static void
exemplar_milestone_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ExemplarMilestone *self = EXEMPLAR_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_milestone_class_init (ExemplarMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_milestone_finalize;
  object_class->get_property = exemplar_milestone_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_milestone_init (ExemplarMilestone *self)
{
}

ExemplarMilestone *
exemplar_milestone_new (ExemplarPhase  phase,
                        const char    *name,
                        const char    *deadline)
{
  ExemplarMilestone *self = g_object_new (EXEMPLAR_TYPE_MILESTONE, NULL);

  self->phase = phase;
  self->name = g_strdup (name);
  self->deadline = g_strdup (deadline);

  return self;
}

ExemplarPhase
exemplar_milestone_get_phase (ExemplarMilestone *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_MILESTONE (self), 0);
  return self->phase;
}

const char *
exemplar_milestone_get_name (ExemplarMilestone *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_MILESTONE (self), NULL);
  return self->name;
}

const char *
exemplar_milestone_get_deadline (ExemplarMilestone *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_MILESTONE (self), NULL);
  return self->deadline;
}
