/* exemplar-phase.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_PHASE_DECLARATION,
  EXEMPLAR_PHASE_EVALUATION,
  EXEMPLAR_PHASE_PUBLICITY,
  EXEMPLAR_PHASE_NAMING,
  EXEMPLAR_PHASE_CLOSED,
} ExemplarPhase;

#define EXEMPLAR_N_PHASES (EXEMPLAR_PHASE_CLOSED + 1)

const char *exemplar_phase_to_string   (ExemplarPhase  phase);
gboolean    exemplar_phase_from_string (const char    *text,
                                        ExemplarPhase *phase);
const char *exemplar_phase_get_title   (ExemplarPhase  phase);

/* States of one unit's application (申报). */
typedef enum
{
  EXEMPLAR_STATE_NOT_APPLIED,
  EXEMPLAR_STATE_DRAFT,
  EXEMPLAR_STATE_SUBMITTED,
  EXEMPLAR_STATE_UNDER_EVALUATION,
  EXEMPLAR_STATE_EVALUATED,
  EXEMPLAR_STATE_RECOMMENDED,
  EXEMPLAR_STATE_CANDIDATE,
  EXEMPLAR_STATE_NAMED,
  EXEMPLAR_STATE_WITHDRAWN,
  EXEMPLAR_STATE_NOT_RECOMMENDED,
  EXEMPLAR_STATE_OBJECTION_UPHELD,
} ExemplarState;

#define EXEMPLAR_N_STATES (EXEMPLAR_STATE_OBJECTION_UPHELD + 1)

const char *exemplar_state_to_string   (ExemplarState  state);
gboolean    exemplar_state_from_string (const char    *text,
                                        ExemplarState *state);
const char *exemplar_state_get_title   (ExemplarState  state);

G_END_DECLS
