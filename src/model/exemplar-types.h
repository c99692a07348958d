/* exemplar-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ExemplarAssignment  ExemplarAssignment;
typedef struct _ExemplarCampaign    ExemplarCampaign;
typedef struct _ExemplarDatabase    ExemplarDatabase;
typedef struct _ExemplarDeclaration ExemplarDeclaration;
typedef struct _ExemplarEvaluation  ExemplarEvaluation;
typedef struct _ExemplarEvidence    ExemplarEvidence;
typedef struct _ExemplarIndicator   ExemplarIndicator;
typedef struct _ExemplarMilestone   ExemplarMilestone;
typedef struct _ExemplarResults     ExemplarResults;
typedef struct _ExemplarReviewer    ExemplarReviewer;
typedef struct _ExemplarPublicity   ExemplarPublicity;
typedef struct _ExemplarRound       ExemplarRound;
typedef struct _ExemplarRubric      ExemplarRubric;
typedef struct _ExemplarScoreSheet  ExemplarScoreSheet;
typedef struct _ExemplarSheetConflict ExemplarSheetConflict;
typedef struct _ExemplarSheetImport ExemplarSheetImport;
typedef struct _ExemplarStanding    ExemplarStanding;
typedef struct _ExemplarUnit        ExemplarUnit;
typedef struct _ExemplarWorkingGroup ExemplarWorkingGroup;

G_END_DECLS
