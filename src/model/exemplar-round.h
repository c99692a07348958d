/* exemplar-round.h
 *
 * An evaluation round by method: 书面调阅 document review, 评估工作组实地
 * on-site evaluation, 交叉评估 cross-evaluation; with an optional weight (in
 * percent) used when rounds are weighted. Created through
 * ExemplarEvaluation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_METHOD_DOCUMENT,
  EXEMPLAR_METHOD_ONSITE,
  EXEMPLAR_METHOD_CROSS,
} ExemplarMethod;

/* "document", "onsite", "cross". */
const char *exemplar_method_to_string   (ExemplarMethod  method);
gboolean    exemplar_method_from_string (const char     *text,
                                         ExemplarMethod *method);
/* Translated: "Document review", "On-site evaluation", "Cross-evaluation". */
const char *exemplar_method_get_title   (ExemplarMethod  method);

#define EXEMPLAR_TYPE_ROUND (exemplar_round_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarRound, exemplar_round, EXEMPLAR, ROUND, GObject)

gint64         exemplar_round_get_id     (ExemplarRound *self);
const char    *exemplar_round_get_name   (ExemplarRound *self);
ExemplarMethod exemplar_round_get_method (ExemplarRound *self);
/* Percent, 0 when the round is unweighted. */
guint          exemplar_round_get_weight (ExemplarRound *self);

G_END_DECLS
