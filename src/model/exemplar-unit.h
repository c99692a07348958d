/* exemplar-unit.h
 *
 * An applicant unit (街道/镇) or a member unit (成员单位) of the committee.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_UNIT_SUBDISTRICT,
  EXEMPLAR_UNIT_TOWN,
  EXEMPLAR_UNIT_MEMBER,
} ExemplarUnitKind;

#define EXEMPLAR_TYPE_UNIT (exemplar_unit_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarUnit, exemplar_unit, EXEMPLAR, UNIT, GObject)

ExemplarUnit     *exemplar_unit_new          (gint64            id,
                                              ExemplarUnitKind  kind,
                                              const char       *code,
                                              const char       *name,
                                              const char       *name_en);
gint64            exemplar_unit_get_id       (ExemplarUnit     *self);
ExemplarUnitKind  exemplar_unit_get_kind     (ExemplarUnit     *self);
const char       *exemplar_unit_get_code     (ExemplarUnit     *self);
const char       *exemplar_unit_get_name     (ExemplarUnit     *self);
const char       *exemplar_unit_get_name_en  (ExemplarUnit     *self);

const char       *exemplar_unit_kind_to_string   (ExemplarUnitKind  kind);
gboolean          exemplar_unit_kind_from_string (const char       *text,
                                                  ExemplarUnitKind *kind);
const char       *exemplar_unit_kind_get_title   (ExemplarUnitKind  kind);

G_END_DECLS
