/* exemplar-indicator.h
 *
 * One node of the rubric (创建达标体系): a branch whose points are the sum of
 * its children's, or a scored leaf.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_INDICATOR_ITEM,
  EXEMPLAR_INDICATOR_BONUS,
  EXEMPLAR_INDICATOR_VETO,
} ExemplarIndicatorKind;

/* Editable fields of an indicator; strings are borrowed. */
typedef struct
{
  const char            *code;
  const char            *name;
  const char            *name_en;
  ExemplarIndicatorKind  kind;
  gint64                 points;
  const char            *scoring_type;
  const char            *rule;
  const char            *methods;
  const char            *evidence;
  const char            *responsible;
} ExemplarIndicatorFields;

#define EXEMPLAR_TYPE_INDICATOR (exemplar_indicator_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarIndicator, exemplar_indicator, EXEMPLAR, INDICATOR, GObject)

gint64                 exemplar_indicator_get_id           (ExemplarIndicator *self);
ExemplarIndicator     *exemplar_indicator_get_parent       (ExemplarIndicator *self);
GListModel            *exemplar_indicator_get_children     (ExemplarIndicator *self);
gboolean               exemplar_indicator_is_leaf          (ExemplarIndicator *self);
guint                  exemplar_indicator_get_depth        (ExemplarIndicator *self);
const char            *exemplar_indicator_get_code         (ExemplarIndicator *self);
const char            *exemplar_indicator_get_name         (ExemplarIndicator *self);
const char            *exemplar_indicator_get_name_en      (ExemplarIndicator *self);
ExemplarIndicatorKind  exemplar_indicator_get_kind         (ExemplarIndicator *self);
gint64                 exemplar_indicator_get_points       (ExemplarIndicator *self);
gint64                 exemplar_indicator_get_children_sum (ExemplarIndicator *self);
const char            *exemplar_indicator_get_scoring_type (ExemplarIndicator *self);
const char            *exemplar_indicator_get_rule         (ExemplarIndicator *self);
const char            *exemplar_indicator_get_methods      (ExemplarIndicator *self);
const char            *exemplar_indicator_get_evidence     (ExemplarIndicator *self);
const char            *exemplar_indicator_get_responsible  (ExemplarIndicator *self);
const char            *exemplar_indicator_get_problem      (ExemplarIndicator *self);
void                   exemplar_indicator_get_fields       (ExemplarIndicator       *self,
                                                            ExemplarIndicatorFields *fields);

const char *exemplar_indicator_kind_to_string   (ExemplarIndicatorKind  kind);
gboolean    exemplar_indicator_kind_from_string (const char            *text,
                                                 ExemplarIndicatorKind *kind);

/* Scoring types: yes_no, checklist, tiered, deduction, discretion. */
gboolean    exemplar_scoring_type_is_valid  (const char *scoring_type);
const char *exemplar_scoring_type_get_title (const char *scoring_type);

/* Methods are a comma-separated list of document, onsite, survey, interview, online. */
gboolean    exemplar_methods_are_valid      (const char *methods);
char       *exemplar_methods_format         (const char *methods);

G_END_DECLS
