/* exemplar-standing.c
 *
 * A unit's line in the results, and the score table the lines share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-declaration.h"
#include "exemplar-indicator.h"
#include "exemplar-reviewer.h"
#include "exemplar-round.h"
#include "exemplar-standing-private.h"

G_DEFINE_FINAL_TYPE (ExemplarStanding, exemplar_standing, G_TYPE_OBJECT)

/* The score table. */

static void
score_table_clear (gpointer data)
{
  ExemplarScoreTable *table = data;

  for (guint u = 0; table->units != NULL && u < table->n_units; u++)
    {
      g_free (table->units[u].veto_reason);
      g_free (table->units[u].tie_note);
    }
  g_clear_pointer (&table->units, g_free);
  g_clear_pointer (&table->points, g_free);
  g_clear_pointer (&table->reasons, g_free);
  g_clear_pointer (&table->chunk, g_string_chunk_free);
  g_clear_pointer (&table->sheet_reviewer, g_free);
  g_clear_pointer (&table->sheet_round, g_free);
  g_clear_pointer (&table->items, g_free);
  g_clear_pointer (&table->scored, g_free);
  g_clear_pointer (&table->subtotals, g_free);
  g_clear_pointer (&table->flags, g_array_unref);
  g_clear_pointer (&table->leaves, g_ptr_array_unref);
  g_clear_pointer (&table->branches, g_ptr_array_unref);
  g_clear_pointer (&table->reviewers, g_ptr_array_unref);
  g_clear_pointer (&table->rounds, g_ptr_array_unref);
  g_clear_pointer (&table->leaf_positions, g_hash_table_unref);
}

ExemplarScoreTable *
_exemplar_score_table_new (guint n_leaves,
                           guint n_branches,
                           guint n_units)
{
  ExemplarScoreTable *table = g_atomic_rc_box_new0 (ExemplarScoreTable);
  gsize cells = (gsize) n_units * n_leaves;
  gsize subtotals = (gsize) n_units * n_branches;

  table->n_leaves = n_leaves;
  table->n_branches = n_branches;
  table->n_units = n_units;
  table->units = g_new0 (ExemplarUnitResult, MAX (n_units, 1));
  table->items = g_new (ExemplarFraction, MAX (cells, 1));
  table->scored = g_new0 (guint8, MAX (cells, 1));
  table->subtotals = g_new (ExemplarFraction, MAX (subtotals, 1));
  table->flags = g_array_new (FALSE, FALSE, sizeof (guint));
  table->chunk = g_string_chunk_new (4096);
  for (gsize i = 0; i < cells; i++)
    table->items[i] = EXEMPLAR_FRACTION_ZERO;
  for (gsize i = 0; i < subtotals; i++)
    table->subtotals[i] = EXEMPLAR_FRACTION_ZERO;
  for (guint u = 0; u < n_units; u++)
    table->units[u].total = EXEMPLAR_FRACTION_ZERO;

  return table;
}

void
_exemplar_score_table_set_n_sheets (ExemplarScoreTable *table,
                                    guint               n_sheets)
{
  gsize cells = (gsize) n_sheets * table->n_leaves;

  g_assert (table->points == NULL);

  table->n_sheets = n_sheets;
  table->sheet_reviewer = g_new0 (guint, MAX (n_sheets, 1));
  table->sheet_round = g_new0 (guint, MAX (n_sheets, 1));
  table->points = g_new (gint64, MAX (cells, 1));
  table->reasons = g_new0 (const char *, MAX (cells, 1));
  for (gsize i = 0; i < cells; i++)
    table->points[i] = -1;
}

void
_exemplar_score_table_attach (ExemplarScoreTable *table,
                              GPtrArray          *leaves,
                              GPtrArray          *branches,
                              GPtrArray          *reviewers,
                              GPtrArray          *rounds)
{
  g_assert (table->leaves == NULL);
  g_assert (leaves->len == table->n_leaves);
  g_assert (branches->len == table->n_branches);

  table->leaves = g_ptr_array_ref (leaves);
  table->branches = g_ptr_array_ref (branches);
  table->reviewers = g_ptr_array_ref (reviewers);
  table->rounds = g_ptr_array_ref (rounds);
  table->leaf_positions = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < leaves->len; i++)
    g_hash_table_insert (table->leaf_positions, g_ptr_array_index (leaves, i), GUINT_TO_POINTER (i + 1));
}

ExemplarScoreTable *
_exemplar_score_table_ref (ExemplarScoreTable *table)
{
  return g_atomic_rc_box_acquire (table);
}

void
_exemplar_score_table_unref (ExemplarScoreTable *table)
{
  g_atomic_rc_box_release_full (table, score_table_clear);
}

int
_exemplar_score_table_find_leaf (ExemplarScoreTable *table,
                                 ExemplarIndicator  *leaf)
{
  if (table->leaf_positions == NULL)
    return -1;

  return GPOINTER_TO_INT (g_hash_table_lookup (table->leaf_positions, leaf)) - 1;
}

/* The standing. */

static void
exemplar_standing_dispose (GObject *object)
{
  ExemplarStanding *self = (ExemplarStanding *)object;

  if (self->details != NULL)
    for (guint i = 0; i < self->table->n_leaves; i++)
      g_clear_pointer (&self->details[i], g_ptr_array_unref);
  g_clear_pointer (&self->details, g_free);
  g_clear_object (&self->declaration);

  G_OBJECT_CLASS (exemplar_standing_parent_class)->dispose (object);
}

static void
exemplar_standing_finalize (GObject *object)
{
  ExemplarStanding *self = (ExemplarStanding *)object;

  self->result = NULL;
  g_clear_pointer (&self->table, _exemplar_score_table_unref);

  G_OBJECT_CLASS (exemplar_standing_parent_class)->finalize (object);
}

static void
exemplar_standing_class_init (ExemplarStandingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_standing_dispose;
  object_class->finalize = exemplar_standing_finalize;
}

static void
exemplar_standing_init (ExemplarStanding *self)
{
}

ExemplarStanding *
_exemplar_standing_new (ExemplarScoreTable  *table,
                        guint                unit,
                        ExemplarDeclaration *declaration)
{
  ExemplarStanding *self = g_object_new (EXEMPLAR_TYPE_STANDING, NULL);

  g_assert (unit < table->n_units);

  self->table = _exemplar_score_table_ref (table);
  self->declaration = g_object_ref (declaration);
  self->unit = unit;
  self->result = &table->units[unit];

  return self;
}

ExemplarDeclaration *
exemplar_standing_get_declaration (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  return self->declaration;
}

ExemplarUnit *
exemplar_standing_get_unit (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  return exemplar_declaration_get_unit (self->declaration);
}

guint
exemplar_standing_get_rank (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return self->result->rank;
}

gboolean
exemplar_standing_get_tied (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), FALSE);

  return self->result->tied;
}

ExemplarFraction
exemplar_standing_get_total_exact (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), EXEMPLAR_FRACTION_ZERO);

  return self->result->total;
}

gint64
exemplar_standing_get_total (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return exemplar_fraction_round (self->result->total);
}

gint64
exemplar_standing_get_subtotal (ExemplarStanding  *self,
                                ExemplarIndicator *branch)
{
  ExemplarScoreTable *table;

  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (branch), 0);

  table = self->table;
  for (guint i = 0; i < table->n_branches; i++)
    if (g_ptr_array_index (table->branches, i) == branch)
      return exemplar_fraction_round (table->subtotals[(gsize) self->unit * table->n_branches + i]);

  return 0;
}

gint64
exemplar_standing_get_self_total (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return self->result->self_total;
}

gint64
exemplar_standing_get_gap (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return exemplar_fraction_round (self->result->total) - self->result->self_total;
}

guint
exemplar_standing_get_sheets (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return self->result->n_sheets;
}

guint
exemplar_standing_get_assigned (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return self->result->n_assigned;
}

gboolean
exemplar_standing_get_vetoed (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), FALSE);

  return self->result->veto_reason != NULL;
}

const char *
exemplar_standing_get_veto_reason (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  return self->result->veto_reason;
}

GPtrArray *
exemplar_standing_get_flags (ExemplarStanding *self)
{
  const ExemplarUnitResult *result;
  GPtrArray *flags;

  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  result = self->result;
  flags = g_ptr_array_new_full (result->n_flags, g_object_unref);
  for (guint i = 0; i < result->n_flags; i++)
    {
      guint leaf = g_array_index (self->table->flags, guint, result->first_flag + i);

      g_ptr_array_add (flags, g_object_ref (g_ptr_array_index (self->table->leaves, leaf)));
    }

  return flags;
}

guint
exemplar_standing_get_n_flags (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), 0);

  return self->result->n_flags;
}

char *
exemplar_standing_dup_flag_codes (ExemplarStanding *self)
{
  GString *text;

  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->result->n_flags; i++)
    {
      guint leaf = g_array_index (self->table->flags, guint, self->result->first_flag + i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, exemplar_indicator_get_code (g_ptr_array_index (self->table->leaves, leaf)));
    }

  return g_string_free (text, FALSE);
}

gboolean
exemplar_standing_get_item (ExemplarStanding  *self,
                            ExemplarIndicator *leaf,
                            gint64            *aggregate)
{
  gsize cell;
  int position;

  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), FALSE);

  position = _exemplar_score_table_find_leaf (self->table, leaf);
  cell = (gsize) self->unit * self->table->n_leaves + MAX (position, 0);
  if (position < 0 || !self->table->scored[cell])
    {
      if (aggregate != NULL)
        *aggregate = 0;
      return FALSE;
    }

  if (aggregate != NULL)
    *aggregate = exemplar_fraction_round (self->table->items[cell]);
  return TRUE;
}

/* Built the first time a leaf is asked for: only the unit the user opens
 * needs them, so the results never allocate per score. */
GPtrArray *
exemplar_standing_get_details (ExemplarStanding  *self,
                               ExemplarIndicator *leaf)
{
  const ExemplarUnitResult *result;
  ExemplarScoreTable *table;
  GPtrArray *details;
  int position;

  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (leaf), NULL);

  table = self->table;
  result = self->result;
  position = _exemplar_score_table_find_leaf (table, leaf);
  if (position < 0)
    return g_ptr_array_new ();

  if (self->details == NULL)
    self->details = g_new0 (GPtrArray *, table->n_leaves);

  details = self->details[position];
  if (details == NULL)
    {
      details = g_ptr_array_new_with_free_func (g_free);
      for (guint s = result->first_sheet; s < result->first_sheet + result->n_sheets; s++)
        {
          gsize cell = (gsize) s * table->n_leaves + position;
          guint round = table->sheet_round[s];
          ExemplarScoreDetail *detail;

          if (table->points[cell] < 0)
            continue;

          detail = g_new0 (ExemplarScoreDetail, 1);
          detail->reviewer = g_ptr_array_index (table->reviewers, table->sheet_reviewer[s]);
          detail->round = round == EXEMPLAR_NO_ROUND ? NULL : g_ptr_array_index (table->rounds, round);
          detail->points = table->points[cell];
          detail->reason = table->reasons[cell];
          g_ptr_array_add (details, detail);
        }
      self->details[position] = details;
    }

  /* The details themselves stay the standing's (the copy would inherit
   * the free function). */
  details = g_ptr_array_copy (details, NULL, NULL);
  g_ptr_array_set_free_func (details, NULL);
  return details;
}

const char *
exemplar_standing_get_tie_note (ExemplarStanding *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_STANDING (self), NULL);

  return self->result->tie_note;
}
