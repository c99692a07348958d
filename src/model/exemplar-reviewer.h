/* exemplar-reviewer.h
 *
 * A member of the evaluation working group (评估工作组成员): someone from a
 * member unit (成员单位), staff of an applicant unit scoring other units in
 * cross-evaluation, or an outside expert; with the units they declared a
 * conflict with. Reviewers are created and changed through
 * ExemplarEvaluation, which keeps them in one list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_AFFILIATION_MEMBER,
  EXEMPLAR_AFFILIATION_APPLICANT,
  EXEMPLAR_AFFILIATION_EXPERT,
} ExemplarAffiliation;

/* "member", "applicant", "expert" (the schema's words). */
const char *exemplar_affiliation_to_string   (ExemplarAffiliation  affiliation);
gboolean    exemplar_affiliation_from_string (const char          *text,
                                              ExemplarAffiliation *affiliation);
/* Translated: "Member unit", "Applicant unit", "Outside expert". */
const char *exemplar_affiliation_get_title   (ExemplarAffiliation  affiliation);

#define EXEMPLAR_TYPE_REVIEWER (exemplar_reviewer_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarReviewer, exemplar_reviewer, EXEMPLAR, REVIEWER, GObject)

gint64              exemplar_reviewer_get_id          (ExemplarReviewer *self);
const char         *exemplar_reviewer_get_name        (ExemplarReviewer *self);
ExemplarAffiliation exemplar_reviewer_get_affiliation (ExemplarReviewer *self);
/* The member unit (an ExemplarUnit of the campaign's member units) for
 * EXEMPLAR_AFFILIATION_MEMBER, else NULL. */
ExemplarUnit       *exemplar_reviewer_get_member_unit (ExemplarReviewer *self);
/* The home applicant unit for EXEMPLAR_AFFILIATION_APPLICANT, else NULL. */
ExemplarUnit       *exemplar_reviewer_get_unit        (ExemplarReviewer *self);
const char         *exemplar_reviewer_get_role        (ExemplarReviewer *self);
const char         *exemplar_reviewer_get_contact     (ExemplarReviewer *self);
/* "Name (affiliation)" for lists and reports, e.g. "王敏（区教育局）". */
char               *exemplar_reviewer_dup_label       (ExemplarReviewer *self);

/* Declared conflicts: applicant units the reviewer must not score. */
guint               exemplar_reviewer_get_n_conflicts     (ExemplarReviewer *self);
ExemplarUnit       *exemplar_reviewer_get_conflict_unit   (ExemplarReviewer *self,
                                                           guint             index);
const char         *exemplar_reviewer_get_conflict_reason (ExemplarReviewer *self,
                                                           guint             index);
/* TRUE when the reviewer may not score @unit: their own unit or a declared
 * conflict; @reason (nullable) gets a translated sentence saying which. */
gboolean            exemplar_reviewer_conflicts_with      (ExemplarReviewer *self,
                                                           ExemplarUnit     *unit,
                                                           char            **reason);

G_END_DECLS
