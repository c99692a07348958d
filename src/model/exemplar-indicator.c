/* exemplar-indicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-indicator-private.h"
#include "exemplar-util-private.h"

struct _ExemplarIndicator
{
  GObject                parent_instance;

  /* Owned references */
  GListStore            *children;

  /* Weak: the parent owns us through its children store. */
  ExemplarIndicator     *parent;

  gint64                 id;
  char                  *code;
  char                  *name;
  char                  *name_en;
  ExemplarIndicatorKind  kind;
  gint64                 points;
  gint64                 children_sum;
  char                  *scoring_type;
  char                  *rule;
  char                  *methods;
  char                  *evidence;
  char                  *responsible;
  char                  *problem;
};

G_DEFINE_FINAL_TYPE (ExemplarIndicator, exemplar_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_NAME_EN,
  PROP_KIND,
  PROP_POINTS,
  PROP_CHILDREN_SUM,
  PROP_SCORING_TYPE,
  PROP_RULE,
  PROP_METHODS,
  PROP_EVIDENCE,
  PROP_RESPONSIBLE,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_ids[] = { "item", "bonus", "veto" };

static const struct {
  const char *id;
  const char *title;
} scoring_types[] = {
  { "yes_no", N_("Yes or no") },
  { "checklist", N_("Checklist") },
  { "tiered", N_("Tiers") },
  { "deduction", N_("Deductions") },
  { "discretion", N_("Discretion") },
};

static const struct {
  const char *id;
  const char *title;
} methods[] = {
  { "document", N_("Document review") },
  { "onsite", N_("On-site visit") },
  { "survey", N_("Survey") },
  { "interview", N_("Interviews") },
  { "online", N_("Online check") },
};

static void
exemplar_indicator_dispose (GObject *object)
{
  ExemplarIndicator *self = (ExemplarIndicator *)object;

  g_clear_object (&self->children);

  G_OBJECT_CLASS (exemplar_indicator_parent_class)->dispose (object);
}

static void
exemplar_indicator_finalize (GObject *object)
{
  ExemplarIndicator *self = (ExemplarIndicator *)object;

  g_free (self->code);
  g_free (self->name);
  g_free (self->name_en);
  g_free (self->scoring_type);
  g_free (self->rule);
  g_free (self->methods);
  g_free (self->evidence);
  g_free (self->responsible);
  g_free (self->problem);

  G_OBJECT_CLASS (exemplar_indicator_parent_class)->finalize (object);
}

static void
exemplar_indicator_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ExemplarIndicator *self = EXEMPLAR_INDICATOR (object);

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

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_POINTS:
      g_value_set_int64 (value, self->points);
      break;

    case PROP_CHILDREN_SUM:
      g_value_set_int64 (value, self->children_sum);
      break;

    case PROP_SCORING_TYPE:
      g_value_set_string (value, self->scoring_type);
      break;

    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;

    case PROP_METHODS:
      g_value_set_string (value, self->methods);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_indicator_class_init (ExemplarIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_indicator_dispose;
  object_class->finalize = exemplar_indicator_finalize;
  object_class->get_property = exemplar_indicator_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, G_N_ELEMENTS (kind_ids) - 1, 0, flags);
  properties[PROP_POINTS] = g_param_spec_int64 ("points", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHILDREN_SUM] = g_param_spec_int64 ("children-sum", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SCORING_TYPE] = g_param_spec_string ("scoring-type", NULL, NULL, NULL, flags);
  properties[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, NULL, flags);
  properties[PROP_METHODS] = g_param_spec_string ("methods", NULL, NULL, NULL, flags);
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, flags);
  properties[PROP_RESPONSIBLE] = g_param_spec_string ("responsible", NULL, NULL, NULL, flags);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_indicator_init (ExemplarIndicator *self)
{
  self->children = g_list_store_new (EXEMPLAR_TYPE_INDICATOR);
}

ExemplarIndicator *
_exemplar_indicator_new (gint64                         id,
                         const ExemplarIndicatorFields *fields)
{
  ExemplarIndicator *self = g_object_new (EXEMPLAR_TYPE_INDICATOR, NULL);

  self->id = id;
  _exemplar_indicator_set_fields (self, fields);

  return self;
}

void
_exemplar_indicator_set_fields (ExemplarIndicator             *self,
                                const ExemplarIndicatorFields *fields)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (_exemplar_util_set_string (&self->code, fields->code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
  if (_exemplar_util_set_string (&self->name, fields->name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (_exemplar_util_set_string (&self->name_en, fields->name_en))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_EN]);
  if (_exemplar_util_set_string (&self->scoring_type, fields->scoring_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORING_TYPE]);
  if (_exemplar_util_set_string (&self->rule, fields->rule))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULE]);
  if (_exemplar_util_set_string (&self->methods, fields->methods))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHODS]);
  if (_exemplar_util_set_string (&self->evidence, fields->evidence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
  if (_exemplar_util_set_string (&self->responsible, fields->responsible))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);

  if (self->kind != fields->kind)
    {
      self->kind = fields->kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }

  if (self->points != fields->points)
    {
      self->points = fields->points;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINTS]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
_exemplar_indicator_set_problem (ExemplarIndicator *self,
                                 const char        *problem)
{
  if (_exemplar_util_set_string (&self->problem, problem))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

void
_exemplar_indicator_set_children_sum (ExemplarIndicator *self,
                                      gint64             sum)
{
  if (self->children_sum == sum)
    return;

  self->children_sum = sum;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILDREN_SUM]);
}

GListStore *
_exemplar_indicator_get_store (ExemplarIndicator *self)
{
  return self->children;
}

void
_exemplar_indicator_set_parent (ExemplarIndicator *self,
                                ExemplarIndicator *parent)
{
  self->parent = parent;
}

gint64
exemplar_indicator_get_id (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), 0);
  return self->id;
}

ExemplarIndicator *
exemplar_indicator_get_parent (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->parent;
}

/* Always a list, empty for a leaf, so that a leaf that gains a child shows it. */
GListModel *
exemplar_indicator_get_children (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return G_LIST_MODEL (self->children);
}

gboolean
exemplar_indicator_is_leaf (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), TRUE);
  return g_list_model_get_n_items (G_LIST_MODEL (self->children)) == 0;
}

guint
exemplar_indicator_get_depth (ExemplarIndicator *self)
{
  guint depth = 0;

  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), 0);

  for (ExemplarIndicator *p = self->parent; p != NULL; p = p->parent)
    depth++;

  return depth;
}

const char *
exemplar_indicator_get_code (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->code;
}

const char *
exemplar_indicator_get_name (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->name;
}

const char *
exemplar_indicator_get_name_en (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->name_en;
}

ExemplarIndicatorKind
exemplar_indicator_get_kind (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), 0);
  return self->kind;
}

gint64
exemplar_indicator_get_points (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), 0);
  return self->points;
}

gint64
exemplar_indicator_get_children_sum (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), 0);
  return self->children_sum;
}

const char *
exemplar_indicator_get_scoring_type (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->scoring_type;
}

const char *
exemplar_indicator_get_rule (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->rule;
}

const char *
exemplar_indicator_get_methods (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->methods;
}

const char *
exemplar_indicator_get_evidence (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->evidence;
}

const char *
exemplar_indicator_get_responsible (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->responsible;
}

const char *
exemplar_indicator_get_problem (ExemplarIndicator *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (self), NULL);
  return self->problem;
}

void
exemplar_indicator_get_fields (ExemplarIndicator       *self,
                               ExemplarIndicatorFields *fields)
{
  g_return_if_fail (EXEMPLAR_IS_INDICATOR (self));
  g_return_if_fail (fields != NULL);

  fields->code = self->code;
  fields->name = self->name;
  fields->name_en = self->name_en;
  fields->kind = self->kind;
  fields->points = self->points;
  fields->scoring_type = self->scoring_type;
  fields->rule = self->rule;
  fields->methods = self->methods;
  fields->evidence = self->evidence;
  fields->responsible = self->responsible;
}

const char *
exemplar_indicator_kind_to_string (ExemplarIndicatorKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

gboolean
exemplar_indicator_kind_from_string (const char            *text,
                                     ExemplarIndicatorKind *kind)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (g_str_equal (text, kind_ids[i]))
        {
          if (kind != NULL)
            *kind = (ExemplarIndicatorKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
exemplar_scoring_type_is_valid (const char *scoring_type)
{
  for (guint i = 0; scoring_type != NULL && i < G_N_ELEMENTS (scoring_types); i++)
    if (g_str_equal (scoring_type, scoring_types[i].id))
      return TRUE;
  return FALSE;
}

const char *
exemplar_scoring_type_get_title (const char *scoring_type)
{
  for (guint i = 0; scoring_type != NULL && i < G_N_ELEMENTS (scoring_types); i++)
    if (g_str_equal (scoring_type, scoring_types[i].id))
      return _(scoring_types[i].title);
  return "";
}

static const char *
method_title (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (g_str_equal (id, methods[i].id))
      return _(methods[i].title);
  return NULL;
}

gboolean
exemplar_methods_are_valid (const char *list)
{
  g_auto(GStrv) ids = NULL;

  if (list == NULL || list[0] == '\0')
    return TRUE;

  ids = g_strsplit (list, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    if (method_title (g_strstrip (ids[i])) == NULL)
      return FALSE;

  return TRUE;
}

/* "document,onsite" → "Document review, On-site visit", translated. */
char *
exemplar_methods_format (const char *list)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) ids = NULL;

  if (list == NULL)
    return g_strdup ("");

  ids = g_strsplit (list, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *title = method_title (g_strstrip (ids[i]));

      if (title == NULL)
        continue;
      if (text->len > 0)
        /* Translators: separates evaluation methods in a list. */
        g_string_append (text, _(", "));
      g_string_append (text, title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
