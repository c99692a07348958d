/* exemplar-timeline.c
 *
 * The campaign's milestones as a vertical list of rows, so it fits a narrow
 * window and reads well with a screen reader: one row per deadline, the
 * current phase marked, and a sentence saying where today falls.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "exemplar-campaign.h"
#include "exemplar-milestone.h"
#include "exemplar-calendar.h"
#include "exemplar-timeline.h"

struct _ExemplarTimeline
{
  GtkWidget         parent_instance;

  /* Owned references */
  ExemplarCampaign *campaign;
  GListModel       *milestones;
  char             *today;

  /* Child widgets */
  GtkLabel         *summary_label;
  GtkListBox       *list_box;
};

G_DEFINE_FINAL_TYPE (ExemplarTimeline, exemplar_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parses a strict YYYY-MM-DD date; the result is invalid on failure. */
static void
parse_date (const char *text,
            GDate      *date)
{
  GDate *parsed = text != NULL ? exemplar_calendar_parse_date (text) : NULL;

  g_date_clear (date, 1);
  if (parsed != NULL)
    {
      *date = *parsed;
      g_date_free (parsed);
    }
}

static void
get_today (ExemplarTimeline *self,
           GDate            *date,
           char            **text)
{
  g_autofree char *campaign_today = NULL;

  /* A date set on the widget (tests), else the campaign's today, which
   * follows EXEMPLAR_TODAY and what a demo set, like every deadline rule. */
  if (self->today == NULL && self->campaign != NULL)
    campaign_today = exemplar_campaign_dup_today (self->campaign);
  parse_date (self->today != NULL ? self->today : campaign_today, date);

  if (!g_date_valid (date))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (date,
                      g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }

  *text = g_strdup_printf ("%04u-%02u-%02u",
                           g_date_get_year (date),
                           g_date_get_month (date),
                           g_date_get_day (date));
}

static void
clear_rows (ExemplarTimeline *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))))
    gtk_list_box_remove (self->list_box, child);
}

static GtkWidget *
create_row (guint              position,
            ExemplarMilestone *milestone,
            ExemplarPhase      campaign_phase,
            const GDate       *today)
{
  ExemplarPhase phase = exemplar_milestone_get_phase (milestone);
  gboolean current = phase == campaign_phase;
  const char *name = exemplar_milestone_get_name (milestone);
  const char *deadline_text = exemplar_milestone_get_deadline (milestone);
  const char *icon_name;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *status = NULL;
  g_autofree char *description = NULL;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *status_label;
  GDate deadline;
  int days;

  parse_date (deadline_text, &deadline);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "timeline-row");

  /* Translators: "1. Declaration": a step number and a phase title. */
  title = g_strdup_printf (_("%u. %s"), position + 1, exemplar_phase_get_title (phase));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  /* Translators: the step's name in the notice, then its deadline, e.g. "自愿申报 · by 2023-04-30". */
  subtitle = g_strdup_printf (_("%s · by %s"), name, deadline_text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (!g_date_valid (&deadline))
    {
      status = g_strdup (_("No valid deadline"));
      icon_name = "dialog-warning-symbolic";
      gtk_widget_add_css_class (row, "invalid");
    }
  else if ((days = g_date_days_between (today, &deadline)) < 0 && current)
    {
      /* The phase is still open after its deadline. */
      status = g_strdup (_("Overdue"));
      icon_name = "alarm-symbolic";
      gtk_widget_add_css_class (row, "overdue");
    }
  else if (days < 0 && phase > campaign_phase)
    {
      /* The date went by before the campaign reached the phase. */
      status = g_strdup (_("Deadline passed"));
      icon_name = "dialog-warning-symbolic";
      gtk_widget_add_css_class (row, "overdue");
    }
  else if (days < 0)
    {
      status = g_strdup (_("Passed"));
      icon_name = "emblem-ok-symbolic";
      gtk_widget_add_css_class (row, "passed");
    }
  else if (days == 0)
    {
      status = g_strdup (_("Due today"));
      icon_name = "alarm-symbolic";
      gtk_widget_add_css_class (row, "due");
    }
  else
    {
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day", "In %d days", days), days);
      icon_name = "x-office-calendar-symbolic";
      gtk_widget_add_css_class (row, "upcoming");
    }

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, "timeline-marker");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  status_label = gtk_label_new (status);
  gtk_widget_add_css_class (status_label, "timeline-status");
  gtk_widget_add_css_class (status_label, "caption");
  /* A status is a word or two; wrapped, Chinese would break between any two
   * characters once the row squeezes it. */
  gtk_label_set_wrap (GTK_LABEL (status_label), FALSE);
  gtk_label_set_justify (GTK_LABEL (status_label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (GTK_LABEL (status_label), 1.0);

  if (current)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *pill = gtk_label_new (_("Current phase"));

      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_set_halign (pill, GTK_ALIGN_END);
      gtk_widget_add_css_class (pill, "state-pill");
      gtk_widget_add_css_class (pill, "accent");
      gtk_box_append (GTK_BOX (box), pill);
      gtk_box_append (GTK_BOX (box), status_label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_widget_add_css_class (row, "current");

      /* Translators: a screen-reader description of a timeline row. */
      description = g_strdup_printf (_("Current phase. %s, deadline %s: %s"), name, deadline_text, status);
    }
  else
    {
      gtk_widget_set_valign (status_label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_label);

      /* Translators: a screen-reader description of a timeline row. */
      description = g_strdup_printf (_("%s, deadline %s: %s"), name, deadline_text, status);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return row;
}

static char *
format_summary (ExemplarTimeline *self,
                const GDate      *today,
                const char       *today_text)
{
  guint n_items = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  g_autoptr(ExemplarMilestone) last = NULL;

  if (n_items == 0)
    return g_strdup (_("This campaign has no deadlines."));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (self->milestones, i);
      const char *deadline_text = exemplar_milestone_get_deadline (milestone);
      const char *phase_title = exemplar_phase_get_title (exemplar_milestone_get_phase (milestone));
      GDate deadline;
      int days;

      parse_date (deadline_text, &deadline);
      if (!g_date_valid (&deadline))
        continue;

      days = g_date_days_between (today, &deadline);

      if (days == 0)
        /* Translators: the first %s is a date, the second a phase title. */
        return g_strdup_printf (_("Today, %s, is the %s deadline."), today_text, phase_title);

      if (days > 0)
        /* Translators: "12 days until the Evaluation deadline (2024-03-31)". */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%d day until the %s deadline (%s)",
                                             "%d days until the %s deadline (%s)",
                                             days),
                                days, phase_title, deadline_text);

      g_set_object (&last, milestone);
    }

  if (last == NULL)
    return g_strdup (_("This campaign has no valid deadlines."));

  /* Translators: "Today, 2026-11-29, is after the last deadline (2024-05-31)". */
  return g_strdup_printf (_("Today, %s, is after the last deadline (%s)"),
                          today_text, exemplar_milestone_get_deadline (last));
}

static void
exemplar_timeline_rebuild (ExemplarTimeline *self)
{
  g_autofree char *today_text = NULL;
  g_autofree char *summary = NULL;
  ExemplarPhase phase = EXEMPLAR_PHASE_CLOSED;
  GDate today;
  guint n_items;

  g_assert (EXEMPLAR_IS_TIMELINE (self));

  clear_rows (self);
  get_today (self, &today, &today_text);

  if (self->campaign != NULL)
    phase = exemplar_campaign_get_phase (self->campaign);

  n_items = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (self->milestones, i);

      gtk_list_box_append (self->list_box, create_row (i, milestone, phase, &today));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n_items > 0);

  summary = format_summary (self, &today, today_text);
  if (phase == EXEMPLAR_PHASE_CLOSED && self->campaign != NULL)
    {
      /* Translators: %s says where today falls among the deadlines. */
      g_autofree char *closed = g_strdup_printf (_("The campaign is closed. %s"), summary);

      g_free (summary);
      summary = g_steal_pointer (&closed);
    }

  gtk_label_set_label (self->summary_label, summary);
}

static void
on_milestones_items_changed_cb (ExemplarTimeline *self,
                                guint             position,
                                guint             removed,
                                guint             added,
                                GListModel       *model)
{
  exemplar_timeline_rebuild (self);
}

static void
on_campaign_notify_phase_cb (ExemplarTimeline *self,
                             GParamSpec       *pspec,
                             ExemplarCampaign *campaign)
{
  exemplar_timeline_rebuild (self);
}

/* The date may have changed while the widget was hidden. */
static void
exemplar_timeline_map (GtkWidget *widget)
{
  ExemplarTimeline *self = EXEMPLAR_TIMELINE (widget);

  if (self->today == NULL)
    exemplar_timeline_rebuild (self);

  GTK_WIDGET_CLASS (exemplar_timeline_parent_class)->map (widget);
}

static void
exemplar_timeline_dispose (GObject *object)
{
  ExemplarTimeline *self = (ExemplarTimeline *)object;
  GtkWidget *child;

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_phase_cb, self);
  if (self->milestones != NULL)
    g_signal_handlers_disconnect_by_func (self->milestones, on_milestones_items_changed_cb, self);

  g_clear_object (&self->campaign);
  g_clear_object (&self->milestones);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  self->summary_label = NULL;
  self->list_box = NULL;

  G_OBJECT_CLASS (exemplar_timeline_parent_class)->dispose (object);
}

static void
exemplar_timeline_finalize (GObject *object)
{
  ExemplarTimeline *self = (ExemplarTimeline *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (exemplar_timeline_parent_class)->finalize (object);
}

static void
exemplar_timeline_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ExemplarTimeline *self = EXEMPLAR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_timeline_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ExemplarTimeline *self = EXEMPLAR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_timeline_set_campaign (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      exemplar_timeline_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_timeline_class_init (ExemplarTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_timeline_dispose;
  object_class->finalize = exemplar_timeline_finalize;
  object_class->get_property = exemplar_timeline_get_property;
  object_class->set_property = exemplar_timeline_set_property;

  widget_class->map = exemplar_timeline_map;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
exemplar_timeline_init (ExemplarTimeline *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_wrap_mode (self->summary_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->summary_label, 0.0);
  gtk_label_set_selectable (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "timeline-summary");
  gtk_widget_set_parent (GTK_WIDGET (self->summary_label), GTK_WIDGET (self));

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Deadlines"),
                                  -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list_box), GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->summary_label, NULL,
                                  -1);

  exemplar_timeline_rebuild (self);
}

GtkWidget *
exemplar_timeline_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_TIMELINE, NULL);
}

ExemplarCampaign *
exemplar_timeline_get_campaign (ExemplarTimeline *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_TIMELINE (self), NULL);

  return self->campaign;
}

void
exemplar_timeline_set_campaign (ExemplarTimeline *self,
                                ExemplarCampaign *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_TIMELINE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_phase_cb, self);
  if (self->milestones != NULL)
    g_signal_handlers_disconnect_by_func (self->milestones, on_milestones_items_changed_cb, self);

  g_set_object (&self->campaign, campaign);
  g_clear_object (&self->milestones);

  if (campaign != NULL)
    {
      self->milestones = g_object_ref (exemplar_campaign_get_milestones (campaign));

      g_signal_connect_object (campaign,
                               "notify::phase",
                               G_CALLBACK (on_campaign_notify_phase_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->milestones,
                               "items-changed",
                               G_CALLBACK (on_milestones_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  exemplar_timeline_rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

const char *
exemplar_timeline_get_today (ExemplarTimeline *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_TIMELINE (self), NULL);

  return self->today;
}

void
exemplar_timeline_set_today (ExemplarTimeline *self,
                             const char       *today)
{
  GDate date;

  g_return_if_fail (EXEMPLAR_IS_TIMELINE (self));

  if (today != NULL)
    {
      parse_date (today, &date);
      g_return_if_fail (g_date_valid (&date));
    }

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);

  exemplar_timeline_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}
