/* exemplar-ranking-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-fraction.h"
#include "exemplar-ranking-row.h"
#include "exemplar-standing.h"

struct _ExemplarRankingRow
{
  GObject           parent_instance;

  /* Owned references */
  ExemplarStanding *standing;
};

G_DEFINE_FINAL_TYPE (ExemplarRankingRow, exemplar_ranking_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STANDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_flags (ExemplarStanding *a,
            ExemplarStanding *b)
{
  g_autoptr(GPtrArray) flags_a = NULL;
  g_autoptr(GPtrArray) flags_b = NULL;

  if (exemplar_standing_get_n_flags (a) != exemplar_standing_get_n_flags (b))
    return FALSE;
  if (exemplar_standing_get_n_flags (a) == 0)
    return TRUE;

  flags_a = exemplar_standing_get_flags (a);
  flags_b = exemplar_standing_get_flags (b);
  for (guint i = 0; i < flags_a->len; i++)
    {
      if (g_ptr_array_index (flags_a, i) != g_ptr_array_index (flags_b, i))
        return FALSE;
    }

  return TRUE;
}

/* Everything a cell of the ranking shows. */
static gboolean
reads_the_same (ExemplarStanding *a,
                ExemplarStanding *b,
                GPtrArray        *branches)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (exemplar_standing_get_declaration (a) != exemplar_standing_get_declaration (b) ||
      exemplar_standing_get_rank (a) != exemplar_standing_get_rank (b) ||
      exemplar_standing_get_tied (a) != exemplar_standing_get_tied (b) ||
      exemplar_fraction_compare (exemplar_standing_get_total_exact (a), exemplar_standing_get_total_exact (b)) != 0 ||
      exemplar_standing_get_self_total (a) != exemplar_standing_get_self_total (b) ||
      exemplar_standing_get_sheets (a) != exemplar_standing_get_sheets (b) ||
      exemplar_standing_get_assigned (a) != exemplar_standing_get_assigned (b) ||
      g_strcmp0 (exemplar_standing_get_veto_reason (a), exemplar_standing_get_veto_reason (b)) != 0 ||
      g_strcmp0 (exemplar_standing_get_tie_note (a), exemplar_standing_get_tie_note (b)) != 0 ||
      !same_flags (a, b))
    return FALSE;

  for (guint i = 0; branches != NULL && i < branches->len; i++)
    {
      ExemplarIndicator *branch = g_ptr_array_index (branches, i);

      if (exemplar_standing_get_subtotal (a, branch) != exemplar_standing_get_subtotal (b, branch))
        return FALSE;
    }

  return TRUE;
}

static void
exemplar_ranking_row_dispose (GObject *object)
{
  ExemplarRankingRow *self = (ExemplarRankingRow *)object;

  g_clear_object (&self->standing);

  G_OBJECT_CLASS (exemplar_ranking_row_parent_class)->dispose (object);
}

static void
exemplar_ranking_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarRankingRow *self = EXEMPLAR_RANKING_ROW (object);

  switch (prop_id)
    {
    case PROP_STANDING:
      g_value_set_object (value, self->standing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_ranking_row_class_init (ExemplarRankingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_ranking_row_dispose;
  object_class->get_property = exemplar_ranking_row_get_property;

  properties[PROP_STANDING] =
    g_param_spec_object ("standing", NULL, NULL,
                         EXEMPLAR_TYPE_STANDING,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_ranking_row_init (ExemplarRankingRow *self)
{
}

ExemplarRankingRow *
exemplar_ranking_row_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_RANKING_ROW, NULL);
}

ExemplarStanding *
exemplar_ranking_row_get_standing (ExemplarRankingRow *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RANKING_ROW (self), NULL);

  return self->standing;
}

void
exemplar_ranking_row_set_standing (ExemplarRankingRow *self,
                                   ExemplarStanding   *standing,
                                   GPtrArray          *branches)
{
  gboolean same;

  g_return_if_fail (EXEMPLAR_IS_RANKING_ROW (self));
  g_return_if_fail (standing == NULL || EXEMPLAR_IS_STANDING (standing));

  if (self->standing == standing)
    return;

  same = reads_the_same (self->standing, standing, branches);
  g_set_object (&self->standing, standing);

  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDING]);
}
