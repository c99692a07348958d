/* exemplar-results-private.h
 *
 * What the files ExemplarResults is split over share. One computation runs
 * in three steps:
 *
 * 1. on the main thread, a snapshot of what it needs from the campaign:
 *    plain values (ExemplarResultsInput: ids, points, positions, names, the
 *    policy, the file's path) and, apart, the objects they stand for
 *    (ExemplarResultsObjects), which only the main thread touches;
 * 2. on any thread, with a connection of its own or the campaign's: the
 *    scores read (exemplar-results-load.c), aggregated (exemplar-results.c),
 *    ranked, explained and checked for sensitivity (exemplar-results-rank.c),
 *    all into plain values (ExemplarResultsBuild and its score table);
 * 3. on the main thread, the results and their standings made from the
 *    build and the objects: no more than an object per unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-database.h"
#include "exemplar-results.h"
#include "exemplar-round.h"
#include "exemplar-standing-private.h"

G_BEGIN_DECLS

/* The exact aggregates: MEAN, TRIMMED and MEDIAN are 0, 1 and 2. */
#define N_EXACT (EXEMPLAR_AGGREGATE_MEDIAN + 1)
#define NO_ROUND EXEMPLAR_NO_ROUND

struct _ExemplarResults
{
  GObject              parent_instance;

  /* Owned references */
  ExemplarScoreTable  *table;
  GPtrArray           *standings;     /* rank order, unranked last */
  GHashTable          *by_code;       /* unit code → ExemplarStanding (borrowed) */
  GPtrArray           *protections;   /* ExemplarIndicator */
  GPtrArray           *sensitivity;   /* translated lines */
  GStrv                tops[EXEMPLAR_N_AGGREGATES];
  gint64              *field_means;   /* one per protection */

  ExemplarAggregate    aggregate;
  guint                min_trim;
  guint                disagreement_percent;
  gboolean             sensitive;
};

typedef struct
{
  gint64         id;
  guint          weight;
  ExemplarMethod method;
} ExemplarRoundInfo;

/* What a computation needs from the campaign, as plain values that a
 * worker may read while the main thread goes on. Positions index the
 * arrays of ExemplarResultsObjects. */
typedef struct
{
  char              *path;               /* the campaign file */
  gint64             viewer_id;          /* 0: the office */
  char              *viewer_name;

  ExemplarAggregate  aggregate;
  guint              min_trim;
  guint              disagreement_percent;
  guint              quota;
  gint64             bonus_cap;

  guint              n_leaves;           /* scored leaves, rubric order */
  gint64            *leaf_ids;
  gint64            *leaf_points;
  guint             *leaf_branch;        /* the top-level branch of each */
  gboolean          *leaf_bonus;
  guint              n_branches;
  gboolean          *branch_protection;
  guint              n_protections;
  guint             *protection_branch;  /* the branch of each protection */

  guint              n_units;            /* official order */
  gint64            *application_ids;
  gint64            *self_totals;
  char             **unit_codes;
  char             **unit_names;

  guint              n_reviewers;
  gint64            *reviewer_ids;
  guint              n_rounds;
  ExemplarRoundInfo *rounds;
  gboolean           weighted;
} ExemplarResultsInput;

/* The campaign's objects behind the input's positions: main thread only. */
typedef struct
{
  GPtrArray *leaves;        /* ExemplarIndicator */
  GPtrArray *branches;      /* ExemplarIndicator */
  GPtrArray *protections;   /* ExemplarIndicator */
  GPtrArray *declarations;  /* ExemplarDeclaration, official order */
  GPtrArray *reviewers;     /* ExemplarReviewer */
  GPtrArray *rounds;        /* ExemplarRound */
} ExemplarResultsObjects;

/* What ranks a unit under one aggregate. */
typedef struct
{
  ExemplarFraction total;
  ExemplarFraction protections;
  ExemplarFraction document;
  double           z;
  gboolean         has_z;
  guint            unit;
} ExemplarRankKey;

/* One computation, plain values only. */
typedef struct
{
  ExemplarResultsInput *input;
  ExemplarScoreTable   *table;

  /* Found */
  guint                *order;            /* n_units: rank order, unranked last */
  GStrv                 tops[EXEMPLAR_N_AGGREGATES];
  GPtrArray            *sensitivity;      /* translated lines */
  gboolean              sensitive;
  gint64               *field_means;      /* n_protections */

  /* On the way */
  GHashTable           *by_application;   /* gint64 * → unit position + 1 */
  ExemplarRankKey      *keys[EXEMPLAR_N_AGGREGATES];  /* per unit */
  gboolean              has_zscores;      /* every ranked unit has one */
  guint                 without_zscore;   /* ranked units that have none */
  gint64               *points;           /* scratch of aggregate_unit() */
  guint                *point_rounds;
  gint64               *document;
  ExemplarFraction     *items;            /* N_EXACT × n_branches */
  ExemplarFraction     *bonus;            /* N_EXACT × n_branches */
} ExemplarResultsBuild;

/* exemplar-results-load.c */

/* Main thread: the snapshot. @viewer may be NULL. */
void                  _exemplar_results_snapshot     (ExemplarCampaign        *campaign,
                                                      ExemplarReviewer        *viewer,
                                                      ExemplarAggregate        aggregate,
                                                      guint                    min_trim,
                                                      ExemplarResultsInput   **input,
                                                      ExemplarResultsObjects **objects);
void                  _exemplar_results_input_free   (ExemplarResultsInput    *input);
void                  _exemplar_results_objects_free (ExemplarResultsObjects  *objects);
/* Refused while the input's viewer has a sheet to submit. */
gboolean              _exemplar_results_check_viewer (ExemplarResultsBuild    *build,
                                                      ExemplarDatabase        *db,
                                                      GError                 **error);
/* The submitted sheets and their scores, the assignments and the veto
 * findings, into the build's table. */
gboolean              _exemplar_results_load         (ExemplarResultsBuild    *build,
                                                      ExemplarDatabase        *db,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);

/* exemplar-results.c */

/* Any thread: the whole computation on @db. Takes @input. */
ExemplarResultsBuild *_exemplar_results_compute      (ExemplarResultsInput    *input,
                                                      ExemplarDatabase        *db,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);
void                  _exemplar_results_build_free   (ExemplarResultsBuild    *build);

/* exemplar-results-rank.c */
void                  _exemplar_results_compute_zscores     (ExemplarResultsBuild *build);
void                  _exemplar_results_rank_standings      (ExemplarResultsBuild *build);
void                  _exemplar_results_compute_sensitivity (ExemplarResultsBuild *build);
void                  _exemplar_results_compute_field_means (ExemplarResultsBuild *build);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarResultsBuild, _exemplar_results_build_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarResultsInput, _exemplar_results_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarResultsObjects, _exemplar_results_objects_free)

G_END_DECLS
