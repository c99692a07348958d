/* exemplar-phase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-phase.h"

static const struct {
  const char *id;
  const char *title;
} phases[EXEMPLAR_N_PHASES] = {
  { "declaration", N_("Declaration") },
  { "evaluation", N_("Evaluation") },
  { "publicity", N_("Review and Publicity") },
  { "naming", N_("Naming") },
  { "closed", N_("Closed") },
};

static const struct {
  const char *id;
  const char *title;
} states[EXEMPLAR_N_STATES] = {
  { "not_applied", N_("Not applied") },
  { "draft", N_("Draft") },
  { "submitted", N_("Submitted") },
  { "under_evaluation", N_("Under evaluation") },
  { "evaluated", N_("Evaluated") },
  { "recommended", N_("Recommended") },
  { "candidate", N_("Candidate") },
  { "named", N_("Named") },
  { "withdrawn", N_("Withdrawn") },
  { "not_recommended", N_("Not recommended") },
  { "objection_upheld", N_("Objection upheld") },
};

const char *
exemplar_phase_to_string (ExemplarPhase phase)
{
  g_return_val_if_fail (phase < EXEMPLAR_N_PHASES, NULL);
  return phases[phase].id;
}

gboolean
exemplar_phase_from_string (const char    *text,
                            ExemplarPhase *phase)
{
  for (guint i = 0; text != NULL && i < EXEMPLAR_N_PHASES; i++)
    {
      if (g_str_equal (text, phases[i].id))
        {
          if (phase != NULL)
            *phase = (ExemplarPhase) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
exemplar_phase_get_title (ExemplarPhase phase)
{
  g_return_val_if_fail (phase < EXEMPLAR_N_PHASES, NULL);
  return _(phases[phase].title);
}

const char *
exemplar_state_to_string (ExemplarState state)
{
  g_return_val_if_fail (state < EXEMPLAR_N_STATES, NULL);
  return states[state].id;
}

gboolean
exemplar_state_from_string (const char    *text,
                            ExemplarState *state)
{
  for (guint i = 0; text != NULL && i < EXEMPLAR_N_STATES; i++)
    {
      if (g_str_equal (text, states[i].id))
        {
          if (state != NULL)
            *state = (ExemplarState) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
exemplar_state_get_title (ExemplarState state)
{
  g_return_val_if_fail (state < EXEMPLAR_N_STATES, NULL);
  return _(states[state].title);
}
