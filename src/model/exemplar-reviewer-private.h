/* exemplar-reviewer-private.h
 *
 * What ExemplarEvaluation needs to build and change reviewers: only the
 * evaluation writes them, after its transaction committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-reviewer.h"

G_BEGIN_DECLS

/* @unit is the member unit for MEMBER, the home applicant unit for
 * APPLICANT and NULL for EXPERT. */
ExemplarReviewer *_exemplar_reviewer_new             (gint64               id,
                                                      const char          *name,
                                                      ExemplarAffiliation  affiliation,
                                                      ExemplarUnit        *unit,
                                                      const char          *role,
                                                      const char          *contact);
/* Sets the fields, notifying each property that changed. */
void              _exemplar_reviewer_set_fields      (ExemplarReviewer    *self,
                                                      const char          *name,
                                                      ExemplarAffiliation  affiliation,
                                                      ExemplarUnit        *unit,
                                                      const char          *role,
                                                      const char          *contact);
/* Adds a conflict with @unit, or changes its reason; kept in @position
 * order (the caller passes the unit's position in the official order). */
void              _exemplar_reviewer_set_conflict    (ExemplarReviewer    *self,
                                                      ExemplarUnit        *unit,
                                                      guint                position,
                                                      const char          *reason);
void              _exemplar_reviewer_remove_conflict (ExemplarReviewer    *self,
                                                      ExemplarUnit        *unit);
/* The index of the conflict with @unit, or -1. */
int               _exemplar_reviewer_find_conflict   (ExemplarReviewer    *self,
                                                      ExemplarUnit        *unit);

G_END_DECLS
