/* exemplar-rubric.h
 *
 * The rubric as a tree: the rubric itself is a GListModel of the top-level
 * indicators, and each indicator's children are a GListModel too, so a
 * GtkTreeListModel can show it.
 *
 * Every successful mutation lands in one transaction with its audit row,
 * updates the affected child list (items-changed), re-validates the whole
 * tree (each indicator's "problem" property, the rubric's "valid" property)
 * and then emits ExemplarRubric::changed.
 *
 * Field rules refused by the mutations: empty code or name, a duplicate code,
 * negative points, points above the total, an unknown scoring type, methods
 * or responsible member unit, veto items with points, any edit outside the
 * declaration phase (EXEMPLAR_ERROR_LOCKED_BY_PHASE).
 * Structural rules reported by validation (the tree may break them while the
 * office edits): a branch's points equal the sum of its children's, the items
 * add up to the total points, the bonus branch equals the bonus cap, a leaf
 * has a scoring rule and methods.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-indicator.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_RUBRIC (exemplar_rubric_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarRubric, exemplar_rubric, EXEMPLAR, RUBRIC, GObject)

gint64             exemplar_rubric_get_total_points   (ExemplarRubric  *self);
gint64             exemplar_rubric_get_bonus_cap      (ExemplarRubric  *self);
gint64             exemplar_rubric_get_items_sum      (ExemplarRubric  *self);
guint              exemplar_rubric_get_leaf_count     (ExemplarRubric  *self);
gboolean           exemplar_rubric_get_valid          (ExemplarRubric  *self);
gboolean           exemplar_rubric_get_editable       (ExemplarRubric  *self);
/* Problems as "CODE NAME: what is wrong" lines, tree order; owned by the rubric. */
GPtrArray         *exemplar_rubric_get_problems       (ExemplarRubric  *self);
ExemplarIndicator *exemplar_rubric_find               (ExemplarRubric  *self,
                                                       const char      *code);
void               exemplar_rubric_foreach            (ExemplarRubric  *self,
                                                       GFunc            func,
                                                       gpointer         user_data);

ExemplarIndicator *exemplar_rubric_add_indicator      (ExemplarRubric                *self,
                                                       ExemplarIndicator             *parent,
                                                       const ExemplarIndicatorFields *fields,
                                                       GError                       **error);
gboolean           exemplar_rubric_update_indicator   (ExemplarRubric                *self,
                                                       ExemplarIndicator             *indicator,
                                                       const ExemplarIndicatorFields *fields,
                                                       GError                       **error);
gboolean           exemplar_rubric_move_indicator     (ExemplarRubric                *self,
                                                       ExemplarIndicator             *indicator,
                                                       int                            delta,
                                                       GError                       **error);
gboolean           exemplar_rubric_delete_indicator   (ExemplarRubric                *self,
                                                       ExemplarIndicator             *indicator,
                                                       GError                       **error);

G_END_DECLS
