/* exemplar-declaration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-declaration-private.h"
#include "exemplar-unit.h"

struct _ExemplarDeclaration
{
  GObject        parent_instance;

  /* Owned references */
  ExemplarUnit  *unit;

  /* Weak: the campaign owns us. */
  ExemplarCampaign *campaign;

  gint64         id;
  ExemplarState  state;
};

G_DEFINE_FINAL_TYPE (ExemplarDeclaration, exemplar_declaration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
exemplar_declaration_dispose (GObject *object)
{
  ExemplarDeclaration *self = (ExemplarDeclaration *)object;

  g_clear_object (&self->unit);

  G_OBJECT_CLASS (exemplar_declaration_parent_class)->dispose (object);
}

static void
exemplar_declaration_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarDeclaration *self = EXEMPLAR_DECLARATION (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;

    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_declaration_class_init (ExemplarDeclarationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_declaration_dispose;
  object_class->get_property = exemplar_declaration_get_property;

  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL,
                         EXEMPLAR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      0, EXEMPLAR_N_STATES - 1, EXEMPLAR_STATE_NOT_APPLIED,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_declaration_init (ExemplarDeclaration *self)
{
}

ExemplarDeclaration *
exemplar_declaration_new (gint64         id,
                          ExemplarUnit  *unit,
                          ExemplarState  state)
{
  ExemplarDeclaration *self;

  g_return_val_if_fail (EXEMPLAR_IS_UNIT (unit), NULL);

  self = g_object_new (EXEMPLAR_TYPE_DECLARATION, NULL);
  self->id = id;
  self->unit = g_object_ref (unit);
  self->state = state;

  return self;
}

gint64
exemplar_declaration_get_id (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  return self->id;
}

ExemplarUnit *
exemplar_declaration_get_unit (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), NULL);
  return self->unit;
}

ExemplarState
exemplar_declaration_get_state (ExemplarDeclaration *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (self), 0);
  return self->state;
}

/* Updates the in-memory state after the model has stored it. */
void
exemplar_declaration_set_state (ExemplarDeclaration *self,
                                ExemplarState        state)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATION (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

gboolean
_exemplar_declaration_attach (ExemplarDeclaration  *self,
                              ExemplarCampaign     *campaign,
                              GError              **error)
{
  self->campaign = campaign;
  return TRUE;
}
