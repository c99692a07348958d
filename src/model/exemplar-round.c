/* exemplar-round.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-round-private.h"
#include "exemplar-util-private.h"

struct _ExemplarRound
{
  GObject         parent_instance;

  char           *name;
  gint64          id;
  ExemplarMethod  method;
  guint           weight;
};

G_DEFINE_FINAL_TYPE (ExemplarRound, exemplar_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_METHOD,
  PROP_WEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ExemplarEnumName methods[] = {
  { "document", N_("Document review") },
  { "onsite", N_("On-site evaluation") },
  { "cross", N_("Cross-evaluation") },
};

static void
exemplar_round_finalize (GObject *object)
{
  ExemplarRound *self = (ExemplarRound *)object;

  g_free (self->name);

  G_OBJECT_CLASS (exemplar_round_parent_class)->finalize (object);
}

static void
exemplar_round_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ExemplarRound *self = EXEMPLAR_ROUND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_METHOD:
      g_value_set_int (value, self->method);
      break;

    case PROP_WEIGHT:
      g_value_set_uint (value, self->weight);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_round_class_init (ExemplarRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = exemplar_round_finalize;
  object_class->get_property = exemplar_round_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_METHOD] =
    g_param_spec_int ("method", NULL, NULL,
                      EXEMPLAR_METHOD_DOCUMENT, EXEMPLAR_METHOD_CROSS,
                      EXEMPLAR_METHOD_DOCUMENT, flags);
  properties[PROP_WEIGHT] = g_param_spec_uint ("weight", NULL, NULL, 0, 100, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_round_init (ExemplarRound *self)
{
}

const char *
exemplar_method_to_string (ExemplarMethod method)
{
  g_return_val_if_fail (method <= EXEMPLAR_METHOD_CROSS, NULL);

  return methods[method].id;
}

gboolean
exemplar_method_from_string (const char     *text,
                             ExemplarMethod *method)
{
  int i = _exemplar_util_enum_find (methods, G_N_ELEMENTS (methods), text);

  if (i >= 0 && method != NULL)
    *method = (ExemplarMethod) i;
  return i >= 0;
}

const char *
exemplar_method_get_title (ExemplarMethod method)
{
  g_return_val_if_fail (method <= EXEMPLAR_METHOD_CROSS, NULL);

  return _(methods[method].title);
}

ExemplarRound *
_exemplar_round_new (gint64          id,
                     const char     *name,
                     ExemplarMethod  method,
                     guint           weight)
{
  ExemplarRound *self = g_object_new (EXEMPLAR_TYPE_ROUND, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->method = method;
  self->weight = weight;

  return self;
}

gint64
exemplar_round_get_id (ExemplarRound *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ROUND (self), 0);

  return self->id;
}

const char *
exemplar_round_get_name (ExemplarRound *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ROUND (self), NULL);

  return self->name;
}

ExemplarMethod
exemplar_round_get_method (ExemplarRound *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ROUND (self), EXEMPLAR_METHOD_DOCUMENT);

  return self->method;
}

guint
exemplar_round_get_weight (ExemplarRound *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ROUND (self), 0);

  return self->weight;
}
