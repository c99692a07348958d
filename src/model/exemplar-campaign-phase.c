/* exemplar-campaign-phase.c
 *
 * The campaign's phase workflow: what is still missing before the campaign
 * can leave its phase, moving on (with the office's override when
 * something is), and the days left to a phase's deadline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-assignment.h"
#include "exemplar-calendar.h"
#include "exemplar-campaign-private.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-evaluation.h"
#include "exemplar-indicator.h"
#include "exemplar-publicity.h"
#include "exemplar-results.h"
#include "exemplar-reviewer.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

/* At most this many names in one line; the rest are counted. */
#define MAX_NAMES 5

/* "A, B, C and 2 others". */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = MIN (names->len, MAX_NAMES);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (text, _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  if (names->len > shown)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: ends a list of names cut short,
                                          * "A, B, C and 2 others". */
                                         " and %u other", " and %u others",
                                         names->len - shown),
                            names->len - shown);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
declaration_name (ExemplarDeclaration *declaration)
{
  return exemplar_unit_get_name (exemplar_declaration_get_unit (declaration));
}

static void
list_declaration_missing (ExemplarCampaign *self,
                          GPtrArray        *missing)
{
  GListModel *declarations = exemplar_campaign_get_declarations (self);
  guint n_submitted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      switch (exemplar_declaration_get_state (declaration))
        {
        case EXEMPLAR_STATE_DRAFT:
          /* Translators: %s is a unit, e.g. 新泾镇. */
          g_ptr_array_add (missing, g_strdup_printf (_("%s: the application is still a draft."),
                                                     declaration_name (declaration)));
          break;

        case EXEMPLAR_STATE_NOT_APPLIED:
        case EXEMPLAR_STATE_WITHDRAWN:
          break;

        default:
          n_submitted++;
          break;
        }
    }

  if (n_submitted == 0)
    g_ptr_array_add (missing, g_strdup (_("No application has been submitted.")));
}

static gboolean
in_evaluation (ExemplarDeclaration *declaration)
{
  ExemplarState state = exemplar_declaration_get_state (declaration);

  return state == EXEMPLAR_STATE_SUBMITTED ||
         state == EXEMPLAR_STATE_UNDER_EVALUATION ||
         state == EXEMPLAR_STATE_EVALUATED;
}

/* Applications without reviewers, and per reviewer the sheets not
 * submitted. */
static void
list_assignments_missing (ExemplarCampaign *self,
                          GPtrArray        *missing)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self);
  GListModel *assignments = exemplar_evaluation_get_assignments (evaluation);
  GListModel *reviewers = exemplar_evaluation_get_reviewers (evaluation);
  GListModel *declarations = exemplar_campaign_get_declarations (self);
  g_autoptr(GHashTable) assigned = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) open_sheets =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (assignments, i);
      ExemplarReviewer *reviewer = exemplar_assignment_get_reviewer (assignment);
      ExemplarDeclaration *declaration = exemplar_assignment_get_declaration (assignment);
      GPtrArray *names;

      g_hash_table_add (assigned, declaration);
      if (exemplar_assignment_get_state (assignment) == EXEMPLAR_SHEET_SUBMITTED)
        continue;

      names = g_hash_table_lookup (open_sheets, reviewer);
      if (names == NULL)
        {
          names = g_ptr_array_new ();
          g_hash_table_insert (open_sheets, reviewer, names);
        }
      g_ptr_array_add (names, (gpointer) declaration_name (declaration));
    }

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (in_evaluation (declaration) && !g_hash_table_contains (assigned, declaration))
        /* Translators: %s is a unit, e.g. 新泾镇. */
        g_ptr_array_add (missing, g_strdup_printf (_("%s has no reviewer assigned."),
                                                   declaration_name (declaration)));
    }

  /* In the reviewers' order, so the list reads the same every time. */
  for (guint i = 0; i < g_list_model_get_n_items (reviewers); i++)
    {
      g_autoptr(ExemplarReviewer) reviewer = g_list_model_get_item (reviewers, i);
      GPtrArray *names = g_hash_table_lookup (open_sheets, reviewer);
      g_autofree char *joined = NULL;

      if (names == NULL)
        continue;

      joined = join_names (names);
      g_ptr_array_add (missing,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: a reviewer, a count, then units. */
                                                     "%s has %u score sheet not submitted: %s.",
                                                     "%s has %u score sheets not submitted: %s.",
                                                     names->len),
                                        exemplar_reviewer_get_name (reviewer), names->len, joined));
    }
}

/* Disagreement flags the office has not reviewed, per unit. */
static gboolean
list_flags_missing (ExemplarCampaign  *self,
                    GPtrArray         *missing,
                    GError           **error)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self);
  g_autoptr(ExemplarResults) results = NULL;

  results = exemplar_results_new (self, NULL, error);
  if (results == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(ExemplarStanding) standing = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autoptr(GPtrArray) flags = NULL;
      g_autoptr(GPtrArray) codes = NULL;
      g_autofree char *joined = NULL;

      if (exemplar_standing_get_n_flags (standing) == 0)
        continue;

      flags = exemplar_standing_get_flags (standing);
      codes = g_ptr_array_new ();
      for (guint j = 0; j < flags->len; j++)
        {
          ExemplarIndicator *indicator = g_ptr_array_index (flags, j);

          if (!exemplar_evaluation_get_flag_review (evaluation,
                                                    exemplar_standing_get_declaration (standing),
                                                    indicator, NULL, NULL))
            g_ptr_array_add (codes, (gpointer) exemplar_indicator_get_code (indicator));
        }

      if (codes->len == 0)
        continue;

      joined = join_names (codes);
      g_ptr_array_add (missing,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: a unit, a count, then item codes. */
                                                     "%s has %u disagreement flag not reviewed: %s.",
                                                     "%s has %u disagreement flags not reviewed: %s.",
                                                     codes->len),
                                        exemplar_unit_get_name (exemplar_standing_get_unit (standing)),
                                        codes->len, joined));
    }

  return TRUE;
}

static void
list_publicity_missing (ExemplarCampaign *self,
                        GPtrArray        *missing)
{
  ExemplarPublicity *publicity = exemplar_campaign_get_publicity (self);
  GListModel *members = exemplar_campaign_get_member_units (self);
  g_autoptr(GPtrArray) recommended = exemplar_publicity_get_recommended (publicity);
  g_autoptr(GPtrArray) silent = g_ptr_array_new ();
  const char *end = NULL;
  guint unresolved;

  if (recommended->len == 0)
    g_ptr_array_add (missing, g_strdup (_("The panel’s recommended list is not recorded.")));

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(ExemplarUnit) unit = g_list_model_get_item (members, i);

      if (!exemplar_publicity_get_opinion (publicity, unit, NULL, NULL, NULL))
        g_ptr_array_add (silent, (gpointer) exemplar_unit_get_name (unit));
    }

  if (silent->len > 0)
    {
      g_autofree char *joined = join_names (silent);

      g_ptr_array_add (missing,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: a count, then the units' names. */
                                                     "%u member unit has not given its opinion: %s.",
                                                     "%u member units have not given their opinion: %s.",
                                                     silent->len),
                                        silent->len, joined));
    }

  if (!exemplar_publicity_get_fixed (publicity))
    g_ptr_array_add (missing, g_strdup (_("The candidate list is not fixed.")));

  if (!exemplar_publicity_get_period (publicity, NULL, NULL, &end))
    g_ptr_array_add (missing, g_strdup (_("No publicity period is set.")));
  else if (!exemplar_publicity_is_over (publicity))
    /* Translators: %s is a date, YYYY-MM-DD. */
    g_ptr_array_add (missing, g_strdup_printf (_("The publicity period runs until %s."), end));

  unresolved = exemplar_publicity_count_unresolved (publicity);
  if (unresolved > 0)
    g_ptr_array_add (missing,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u objection is not resolved.",
                                                   "%u objections are not resolved.",
                                                   unresolved),
                                      unresolved));
}

/* Public API */

GPtrArray *
exemplar_campaign_list_missing (ExemplarCampaign  *self,
                                GError           **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), NULL);

  switch (exemplar_campaign_get_phase (self))
    {
    case EXEMPLAR_PHASE_DECLARATION:
      list_declaration_missing (self, missing);
      break;

    case EXEMPLAR_PHASE_EVALUATION:
      list_assignments_missing (self, missing);
      if (!list_flags_missing (self, missing, error))
        return NULL;
      break;

    case EXEMPLAR_PHASE_PUBLICITY:
      list_publicity_missing (self, missing);
      break;

    case EXEMPLAR_PHASE_NAMING:
      if (!exemplar_publicity_get_decision (exemplar_campaign_get_publicity (self), NULL, NULL, NULL))
        g_ptr_array_add (missing, g_strdup (_("The naming decision is not confirmed.")));
      break;

    case EXEMPLAR_PHASE_CLOSED:
    default:
      break;
    }

  return g_steal_pointer (&missing);
}

gboolean
exemplar_campaign_advance_phase (ExemplarCampaign  *self,
                                 const char        *override_reason,
                                 GError           **error)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *skipped = NULL;
  ExemplarPhase phase;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  phase = exemplar_campaign_get_phase (self);
  if (phase == EXEMPLAR_PHASE_CLOSED)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                           _("The campaign is closed: there is no phase after this one."));
      return FALSE;
    }

  if (!_exemplar_campaign_check_office_writable (self, error))
    return FALSE;

  missing = exemplar_campaign_list_missing (self, error);
  if (missing == NULL)
    return FALSE;

  reason = g_strstrip (g_strdup (override_reason != NULL ? override_reason : ""));
  if (missing->len > 0 && reason[0] == '\0')
    {
      g_autoptr(GString) message = g_string_new (NULL);

      g_string_printf (message,
                       g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: %s is a phase, e.g. "Evaluation". */
                                    "The “%s” phase cannot end yet: %u thing is missing. The "
                                    "office can move on anyway, giving the reason.",
                                    "The “%s” phase cannot end yet: %u things are missing. The "
                                    "office can move on anyway, giving the reason.",
                                    missing->len),
                       exemplar_phase_get_title (phase), missing->len);
      for (guint i = 0; i < missing->len; i++)
        g_string_append_printf (message, "\n%s", (const char *) g_ptr_array_index (missing, i));

      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, message->str);
      return FALSE;
    }

  /* Only an override is recorded: moving on with nothing missing needs
   * no reason, and a reason given anyway is kept as said. */
  g_ptr_array_add (missing, NULL);
  skipped = g_strjoinv ("; ", (char **) missing->pdata);

  return _exemplar_campaign_change_phase (self, phase + 1, reason, skipped, error);
}

gboolean
exemplar_campaign_get_days_left (ExemplarCampaign *self,
                                 ExemplarPhase     phase,
                                 int              *days)
{
  g_autofree char *today = NULL;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  const char *deadline;

  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (self), FALSE);

  deadline = exemplar_campaign_get_deadline (self, phase);
  if (deadline == NULL)
    return FALSE;

  today = exemplar_campaign_dup_today (self);
  from = exemplar_calendar_parse_date (today);
  to = exemplar_calendar_parse_date (deadline);
  if (from == NULL || to == NULL)
    return FALSE;

  if (days != NULL)
    *days = g_date_days_between (from, to);
  return TRUE;
}
