/* exemplar-unit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-unit.h"

struct _ExemplarUnit
{
  GObject           parent_instance;

  gint64            id;
  ExemplarUnitKind  kind;
  char             *code;
  char             *name;
  char             *name_en;
};

G_DEFINE_FINAL_TYPE (ExemplarUnit, exemplar_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_NAME_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_ids[] = { "subdistrict", "town", "member" };

static void
exemplar_unit_finalize (GObject *object)
{
  ExemplarUnit *self = (ExemplarUnit *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->name_en, g_free);

  G_OBJECT_CLASS (exemplar_unit_parent_class)->finalize (object);
}

static void
exemplar_unit_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ExemplarUnit *self = EXEMPLAR_UNIT (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NAME_EN:
      g_value_set_string (value, self->name_en);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_unit_class_init (ExemplarUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = exemplar_unit_finalize;
  object_class->get_property = exemplar_unit_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME_EN] =
    g_param_spec_string ("name-en", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_unit_init (ExemplarUnit *self)
{
}

ExemplarUnit *
exemplar_unit_new (gint64            id,
                   ExemplarUnitKind  kind,
                   const char       *code,
                   const char       *name,
                   const char       *name_en)
{
  ExemplarUnit *self = g_object_new (EXEMPLAR_TYPE_UNIT, NULL);

  self->id = id;
  self->kind = kind;
  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->name_en = g_strdup (name_en);

  return self;
}

gint64
exemplar_unit_get_id (ExemplarUnit *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (self), 0);
  return self->id;
}

ExemplarUnitKind
exemplar_unit_get_kind (ExemplarUnit *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (self), 0);
  return self->kind;
}

const char *
exemplar_unit_get_code (ExemplarUnit *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (self), NULL);
  return self->code;
}

const char *
exemplar_unit_get_name (ExemplarUnit *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (self), NULL);
  return self->name;
}

const char *
exemplar_unit_get_name_en (ExemplarUnit *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_UNIT (self), NULL);
  return self->name_en;
}

const char *
exemplar_unit_kind_to_string (ExemplarUnitKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

gboolean
exemplar_unit_kind_from_string (const char       *text,
                                ExemplarUnitKind *kind)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (g_str_equal (text, kind_ids[i]))
        {
          if (kind != NULL)
            *kind = (ExemplarUnitKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
exemplar_unit_kind_get_title (ExemplarUnitKind kind)
{
  switch (kind)
    {
    case EXEMPLAR_UNIT_SUBDISTRICT:
      return _("Subdistrict");
    case EXEMPLAR_UNIT_TOWN:
      return _("Town");
    case EXEMPLAR_UNIT_MEMBER:
      return _("Member unit");
    default:
      g_return_val_if_reached (NULL);
    }
}
