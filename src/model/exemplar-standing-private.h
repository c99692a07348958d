/* exemplar-standing-private.h
 *
 * What ExemplarResults needs to build its standings: the score table they
 * share, which holds every counted sheet's points and every unit's outcome
 * as plain values (filled by a computation that may run on a worker
 * thread), and the campaign's objects those values refer to by position
 * (attached on the main thread once the computation is done). A standing
 * is then only a unit's row of the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-standing.h"

G_BEGIN_DECLS

/* A sheet of a campaign without rounds. */
#define EXEMPLAR_NO_ROUND G_MAXUINT

/* One unit's outcome. */
typedef struct
{
  /* The unit's counted sheets: table rows first_sheet .. first_sheet + n_sheets. */
  guint            first_sheet;
  guint            n_sheets;
  guint            n_assigned;
  /* Its flagged leaves: flags[first_flag .. first_flag + n_flags]. */
  guint            first_flag;
  guint            n_flags;
  guint            rank;         /* 0 when not ranked */
  gboolean         tied;
  ExemplarFraction total;
  gint64           self_total;
  char            *veto_reason;  /* NULL when not vetoed */
  char            *tie_note;     /* translated, or NULL */
} ExemplarUnitResult;

/* Immutable once the results are made; reference counted, so a standing's
 * details outlive the results that made it. */
typedef struct
{
  /* Plain values: positions, points, fractions, strings. */
  guint               n_leaves;
  guint               n_branches;
  guint               n_units;
  guint               n_sheets;
  gint64             *points;          /* n_sheets × n_leaves; -1 when not scored */
  const char        **reasons;         /* n_sheets × n_leaves, nullable, in chunk */
  GStringChunk       *chunk;
  guint              *sheet_reviewer;  /* n_sheets: position in reviewers */
  guint              *sheet_round;     /* n_sheets: position in rounds, or EXEMPLAR_NO_ROUND */
  ExemplarUnitResult *units;           /* n_units, official order */
  ExemplarFraction   *items;           /* n_units × n_leaves: the policy's leaf aggregates */
  guint8             *scored;          /* n_units × n_leaves: someone scored the leaf */
  ExemplarFraction   *subtotals;       /* n_units × n_branches, bonus capped */
  GArray             *flags;           /* guint leaf positions, unit after unit */

  /* The campaign's objects, attached on the main thread. */
  GPtrArray          *leaves;          /* ExemplarIndicator, scored leaves in rubric order */
  GPtrArray          *branches;        /* ExemplarIndicator, top-level item and bonus branches */
  GPtrArray          *reviewers;       /* ExemplarReviewer, the evaluation's order */
  GPtrArray          *rounds;          /* ExemplarRound, the evaluation's order */
  GHashTable         *leaf_positions;  /* ExemplarIndicator * → position + 1 */
} ExemplarScoreTable;

/* An empty table: every unit unscored, no sheet yet. */
ExemplarScoreTable *_exemplar_score_table_new         (guint               n_leaves,
                                                       guint               n_branches,
                                                       guint               n_units);
/* Sizes the sheet arrays for @n_sheets sheets, all unscored. */
void                _exemplar_score_table_set_n_sheets (ExemplarScoreTable *table,
                                                        guint               n_sheets);
/* Main thread: the objects the positions refer to. Takes references. */
void                _exemplar_score_table_attach      (ExemplarScoreTable *table,
                                                       GPtrArray          *leaves,
                                                       GPtrArray          *branches,
                                                       GPtrArray          *reviewers,
                                                       GPtrArray          *rounds);
ExemplarScoreTable *_exemplar_score_table_ref         (ExemplarScoreTable *table);
void                _exemplar_score_table_unref       (ExemplarScoreTable *table);
/* The position of @leaf among the table's leaves, or -1. */
int                 _exemplar_score_table_find_leaf   (ExemplarScoreTable *table,
                                                       ExemplarIndicator  *leaf);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarScoreTable, _exemplar_score_table_unref)

struct _ExemplarStanding
{
  GObject                   parent_instance;

  /* Owned references */
  ExemplarScoreTable       *table;
  ExemplarDeclaration      *declaration;
  GPtrArray               **details;   /* n_leaves, built on demand */

  /* The unit's row of the table. */
  guint                     unit;
  const ExemplarUnitResult *result;
};

/* The standing of the unit at @unit in the table (official order). */
ExemplarStanding *_exemplar_standing_new (ExemplarScoreTable  *table,
                                          guint                unit,
                                          ExemplarDeclaration *declaration);

G_END_DECLS
