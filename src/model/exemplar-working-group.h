/* exemplar-working-group.h
 *
 * An evaluation working group (评估工作组): a named set of reviewers, for
 * one round or for none. When a round has working groups, only their
 * members are drawn or assigned in it (see exemplar_evaluation_draw()).
 * Groups are created and changed through ExemplarEvaluation, which keeps
 * them in one list.
 *
 * Properties (read-only, notified only on change): "id", "name", "round"
 * and "n-members".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_WORKING_GROUP (exemplar_working_group_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarWorkingGroup, exemplar_working_group, EXEMPLAR, WORKING_GROUP, GObject)

gint64         exemplar_working_group_get_id         (ExemplarWorkingGroup *self);
const char    *exemplar_working_group_get_name       (ExemplarWorkingGroup *self);
/* The round the group evaluates in, or NULL. */
ExemplarRound *exemplar_working_group_get_round      (ExemplarWorkingGroup *self);
/* ExemplarReviewer, by id. */
GListModel    *exemplar_working_group_get_members    (ExemplarWorkingGroup *self);
guint          exemplar_working_group_get_n_members  (ExemplarWorkingGroup *self);
gboolean       exemplar_working_group_has_member     (ExemplarWorkingGroup *self,
                                                      ExemplarReviewer     *reviewer);
/* The members' names joined with "、", or "" when there are none. */
char          *exemplar_working_group_dup_member_names (ExemplarWorkingGroup *self);

G_END_DECLS
