/* STUB generated: replace */
#include "config.h"
#include "exemplar-campaign.h"

GPtrArray *
exemplar_campaign_list_missing (ExemplarCampaign *self, GError **error)
{
  (void) self; (void) error;
  return NULL;
}

gboolean
exemplar_campaign_advance_phase (ExemplarCampaign *self, const char *override_reason, GError **error)
{
  (void) self; (void) override_reason; (void) error;
  return 0;
}

gboolean
exemplar_campaign_get_days_left (ExemplarCampaign *self, ExemplarPhase phase, int *days)
{
  (void) self; (void) phase; (void) days;
  return 0;
}

