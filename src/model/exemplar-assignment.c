/* exemplar-assignment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment-private.h"
#include "exemplar-declaration.h"
#include "exemplar-indicator.h"

struct _ExemplarAssignment
{
  GObject              parent_instance;

  /* Owned references */
  ExemplarReviewer    *reviewer;
  ExemplarDeclaration *declaration;
  ExemplarRound       *round;
  ExemplarIndicator   *scope;

  gint64               id;
  gint64               draw_seed;
  ExemplarSheetState   state;
  guint                n_scored;
  guint                n_leaves;
  gboolean             reciprocal;
};

G_DEFINE_FINAL_TYPE (ExemplarAssignment, exemplar_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEWER,
  PROP_DECLARATION,
  PROP_ROUND,
  PROP_SCOPE,
  PROP_STATE,
  PROP_N_SCORED,
  PROP_N_LEAVES,
  PROP_RECIPROCAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *state_ids[] = { "not_started", "draft", "submitted" };

static void
exemplar_assignment_dispose (GObject *object)
{
  ExemplarAssignment *self = (ExemplarAssignment *)object;

  g_clear_object (&self->reviewer);
  g_clear_object (&self->declaration);
  g_clear_object (&self->round);
  g_clear_object (&self->scope);

  G_OBJECT_CLASS (exemplar_assignment_parent_class)->dispose (object);
}

static void
exemplar_assignment_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ExemplarAssignment *self = EXEMPLAR_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_REVIEWER:
      g_value_set_object (value, self->reviewer);
      break;

    case PROP_DECLARATION:
      g_value_set_object (value, self->declaration);
      break;

    case PROP_ROUND:
      g_value_set_object (value, self->round);
      break;

    case PROP_SCOPE:
      g_value_set_object (value, self->scope);
      break;

    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_N_SCORED:
      g_value_set_uint (value, self->n_scored);
      break;

    case PROP_N_LEAVES:
      g_value_set_uint (value, self->n_leaves);
      break;

    case PROP_RECIPROCAL:
      g_value_set_boolean (value, self->reciprocal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_assignment_class_init (ExemplarAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_assignment_dispose;
  object_class->get_property = exemplar_assignment_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REVIEWER] =
    g_param_spec_object ("reviewer", NULL, NULL, EXEMPLAR_TYPE_REVIEWER, flags);
  properties[PROP_DECLARATION] =
    g_param_spec_object ("declaration", NULL, NULL, EXEMPLAR_TYPE_DECLARATION, flags);
  properties[PROP_ROUND] = g_param_spec_object ("round", NULL, NULL, EXEMPLAR_TYPE_ROUND, flags);
  properties[PROP_SCOPE] = g_param_spec_object ("scope", NULL, NULL, EXEMPLAR_TYPE_INDICATOR, flags);
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      EXEMPLAR_SHEET_NOT_STARTED, EXEMPLAR_SHEET_SUBMITTED,
                      EXEMPLAR_SHEET_NOT_STARTED, flags);
  properties[PROP_N_SCORED] = g_param_spec_uint ("n-scored", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_LEAVES] = g_param_spec_uint ("n-leaves", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_RECIPROCAL] = g_param_spec_boolean ("reciprocal", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_assignment_init (ExemplarAssignment *self)
{
  self->draw_seed = -1;
}

const char *
exemplar_sheet_state_to_string (ExemplarSheetState state)
{
  g_return_val_if_fail (state <= EXEMPLAR_SHEET_SUBMITTED, NULL);

  return state_ids[state];
}

const char *
exemplar_sheet_state_get_title (ExemplarSheetState state)
{
  switch (state)
    {
    case EXEMPLAR_SHEET_NOT_STARTED:
      return _("Not started");
    case EXEMPLAR_SHEET_DRAFT:
      return _("Draft");
    case EXEMPLAR_SHEET_SUBMITTED:
      return _("Submitted");
    default:
      g_return_val_if_reached (NULL);
    }
}

ExemplarAssignment *
_exemplar_assignment_new (gint64               id,
                          ExemplarReviewer    *reviewer,
                          ExemplarDeclaration *declaration,
                          ExemplarRound       *round,
                          ExemplarIndicator   *scope,
                          gint64               draw_seed,
                          guint                n_leaves)
{
  ExemplarAssignment *self;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);
  g_return_val_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round), NULL);
  g_return_val_if_fail (scope == NULL || EXEMPLAR_IS_INDICATOR (scope), NULL);

  self = g_object_new (EXEMPLAR_TYPE_ASSIGNMENT, NULL);
  self->id = id;
  self->reviewer = g_object_ref (reviewer);
  self->declaration = g_object_ref (declaration);
  self->round = round ? g_object_ref (round) : NULL;
  self->scope = scope ? g_object_ref (scope) : NULL;
  self->draw_seed = draw_seed;
  self->n_leaves = n_leaves;

  return self;
}

void
_exemplar_assignment_set_progress (ExemplarAssignment *self,
                                   ExemplarSheetState  state,
                                   guint               n_scored)
{
  g_return_if_fail (EXEMPLAR_IS_ASSIGNMENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  if (self->n_scored != n_scored)
    {
      self->n_scored = n_scored;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SCORED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
_exemplar_assignment_set_round (ExemplarAssignment *self,
                                ExemplarRound      *round)
{
  g_return_if_fail (EXEMPLAR_IS_ASSIGNMENT (self));
  g_return_if_fail (round == NULL || EXEMPLAR_IS_ROUND (round));

  if (g_set_object (&self->round, round))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

void
_exemplar_assignment_set_n_leaves (ExemplarAssignment *self,
                                   guint               n_leaves)
{
  g_return_if_fail (EXEMPLAR_IS_ASSIGNMENT (self));

  if (self->n_leaves == n_leaves)
    return;
  self->n_leaves = n_leaves;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LEAVES]);
}

void
_exemplar_assignment_set_reciprocal (ExemplarAssignment *self,
                                     gboolean            reciprocal)
{
  g_return_if_fail (EXEMPLAR_IS_ASSIGNMENT (self));

  reciprocal = !!reciprocal;
  if (self->reciprocal == reciprocal)
    return;
  self->reciprocal = reciprocal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPROCAL]);
}

gint64
exemplar_assignment_get_id (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), 0);

  return self->id;
}

ExemplarReviewer *
exemplar_assignment_get_reviewer (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), NULL);

  return self->reviewer;
}

ExemplarDeclaration *
exemplar_assignment_get_declaration (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), NULL);

  return self->declaration;
}

ExemplarRound *
exemplar_assignment_get_round (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), NULL);

  return self->round;
}

ExemplarIndicator *
exemplar_assignment_get_scope (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), NULL);

  return self->scope;
}

gint64
exemplar_assignment_get_draw_seed (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), -1);

  return self->draw_seed;
}

ExemplarSheetState
exemplar_assignment_get_state (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), EXEMPLAR_SHEET_NOT_STARTED);

  return self->state;
}

guint
exemplar_assignment_get_n_scored (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), 0);

  return self->n_scored;
}

guint
exemplar_assignment_get_n_leaves (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), 0);

  return self->n_leaves;
}

gboolean
exemplar_assignment_get_reciprocal (ExemplarAssignment *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (self), FALSE);

  return self->reciprocal;
}
