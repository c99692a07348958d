/* exemplar-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-milestone.h"
#include "exemplar-overview-page.h"
#include "exemplar-timeline.h"
#include "exemplar-unit.h"

struct _ExemplarOverviewPage
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  GListModel          *declarations;

  guint                update_counts_source;

  /* Template widgets */
  GtkLabel            *title_label;
  GtkLabel            *notice_label;
  GtkLabel            *document_number_label;
  GtkLabel            *issuer_label;
  GtkLabel            *issued_on_label;
  GtkLabel            *quota_label;
  GtkListBox          *deadlines_list;
  ExemplarTimeline    *timeline;
  AdwPreferencesGroup *units_group;
  GtkListView         *units_list;
  AdwPreferencesGroup *states_group;
  GtkListBox          *states_list;
};

G_DEFINE_FINAL_TYPE (ExemplarOverviewPage, exemplar_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const pill_classes[] = { "neutral", "accent", "success", "error", "dim" };

/* The colour a state is shown in: done well, in progress, out, or waiting. */
static const char *
get_state_class (ExemplarState state)
{
  switch (state)
    {
    case EXEMPLAR_STATE_NAMED:
      return "success";

    case EXEMPLAR_STATE_SUBMITTED:
    case EXEMPLAR_STATE_UNDER_EVALUATION:
    case EXEMPLAR_STATE_EVALUATED:
    case EXEMPLAR_STATE_RECOMMENDED:
    case EXEMPLAR_STATE_CANDIDATE:
      return "accent";

    case EXEMPLAR_STATE_OBJECTION_UPHELD:
      return "error";

    case EXEMPLAR_STATE_WITHDRAWN:
    case EXEMPLAR_STATE_NOT_RECOMMENDED:
      return "dim";

    case EXEMPLAR_STATE_NOT_APPLIED:
    case EXEMPLAR_STATE_DRAFT:
    default:
      return "neutral";
    }
}

static void
update_pill (GtkLabel      *pill,
             ExemplarState  state)
{
  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (pill), pill_classes[i]);

  gtk_label_set_label (pill, exemplar_state_get_title (state));
  gtk_widget_add_css_class (GTK_WIDGET (pill), get_state_class (state));
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL && text[0] != '\0' ? text : "—");
}

static void
exemplar_overview_page_update_counts (ExemplarOverviewPage *self)
{
  guint counts[EXEMPLAR_N_STATES] = { 0 };
  guint n_items = self->declarations != NULL ? g_list_model_get_n_items (self->declarations) : 0;
  GtkWidget *child;
  guint n_shown = 0;

  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  g_clear_handle_id (&self->update_counts_source, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->states_list))))
    gtk_list_box_remove (self->states_list, child);

  /* One pass for every state: a national campaign has thousands of units. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (self->declarations, i);

      counts[exemplar_declaration_get_state (declaration)]++;
    }

  for (guint state = 0; state < EXEMPLAR_N_STATES; state++)
    {
      guint count = counts[state];
      g_autofree char *text = NULL;
      GtkWidget *row;
      GtkWidget *label;

      if (count == 0)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_state_get_title (state));

      text = g_strdup_printf ("%u", count);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "state-count");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

      gtk_list_box_append (self->states_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->states_group), n_shown > 0);
}

/* Only the deadlines that need the office now: one within a week, or the
 * current phase's once passed. */
static void
exemplar_overview_page_update_deadlines (ExemplarOverviewPage *self)
{
  GListModel *milestones = self->campaign != NULL ? exemplar_campaign_get_milestones (self->campaign) : NULL;
  guint n_items = milestones != NULL ? g_list_model_get_n_items (milestones) : 0;
  ExemplarPhase phase = self->campaign != NULL ? exemplar_campaign_get_phase (self->campaign) : EXEMPLAR_PHASE_CLOSED;
  GtkWidget *child;
  guint n_shown = 0;

  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->deadlines_list))))
    gtk_list_box_remove (self->deadlines_list, child);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarMilestone) milestone = g_list_model_get_item (milestones, i);
      ExemplarPhase milestone_phase = exemplar_milestone_get_phase (milestone);
      g_autofree char *status = NULL;
      g_autofree char *subtitle = NULL;
      const char *style;
      const char *icon_name;
      GtkWidget *row;
      GtkWidget *icon;
      GtkWidget *label;
      int days;

      if (milestone_phase < phase ||
          !exemplar_campaign_get_days_left (self->campaign, milestone_phase, &days))
        continue;

      if (days < 0 && milestone_phase == phase)
        {
          status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Deadline passed %d day ago",
                                                 "Deadline passed %d days ago",
                                                 -days),
                                    -days);
          style = "error";
          icon_name = "dialog-error-symbolic";
        }
      else if (days == 0)
        {
          status = g_strdup (_("Due today"));
          style = "warning";
          icon_name = "alarm-symbolic";
        }
      else if (days > 0 && days <= 7)
        {
          status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days), days);
          style = "warning";
          icon_name = "alarm-symbolic";
        }
      else
        {
          continue;
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_phase_get_title (milestone_phase));
      /* Translators: a deadline's name in the notice and its date, e.g. "自愿申报 · by 2023-04-30". */
      subtitle = g_strdup_printf (_("%s · by %s"),
                                  exemplar_milestone_get_name (milestone),
                                  exemplar_milestone_get_deadline (milestone));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (row, "deadline-row");
      gtk_widget_add_css_class (row, style);

      icon = gtk_image_new_from_icon_name (icon_name);
      gtk_widget_add_css_class (icon, style);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      label = gtk_label_new (status);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "deadline-status");
      gtk_widget_add_css_class (label, style);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

      gtk_list_box_append (self->deadlines_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->deadlines_list), n_shown > 0);
}

static void
on_campaign_notify_phase_cb (ExemplarOverviewPage *self,
                             GParamSpec           *pspec,
                             ExemplarCampaign     *campaign)
{
  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  exemplar_overview_page_update_deadlines (self);
}

static gboolean
on_update_counts_cb (gpointer user_data)
{
  ExemplarOverviewPage *self = user_data;

  self->update_counts_source = 0;
  exemplar_overview_page_update_counts (self);

  return G_SOURCE_REMOVE;
}

/* Once per main-loop iteration, before the next frame: a draw or an import
 * may change thousands of states at once. */
static void
exemplar_overview_page_queue_update_counts (ExemplarOverviewPage *self)
{
  if (self->update_counts_source == 0)
    self->update_counts_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_update_counts_cb, self, NULL);
}

static void
on_declaration_notify_state_cb (ExemplarOverviewPage *self,
                                GParamSpec           *pspec,
                                ExemplarDeclaration  *declaration)
{
  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  exemplar_overview_page_queue_update_counts (self);
}

static void
follow_states (ExemplarOverviewPage *self,
               guint                 position,
               guint                 n_added)
{
  for (guint i = position; i < position + n_added; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (self->declarations, i);

      g_signal_connect_object (declaration,
                               "notify::state",
                               G_CALLBACK (on_declaration_notify_state_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }
}

static void
unfollow_states (ExemplarOverviewPage *self)
{
  guint n_items = g_list_model_get_n_items (self->declarations);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (self->declarations, i);

      g_signal_handlers_disconnect_by_func (declaration, on_declaration_notify_state_cb, self);
    }
}

/* A unit's row is made once and shows whichever unit scrolls into it. */

static void
on_row_declaration_notify_state_cb (ExemplarDeclaration *declaration,
                                    GParamSpec          *pspec,
                                    GtkLabel            *pill)
{
  g_assert (EXEMPLAR_IS_DECLARATION (declaration));
  g_assert (GTK_IS_LABEL (pill));

  update_pill (pill, exemplar_declaration_get_state (declaration));
}

/* The unit's place in the official order. */
static void
update_number (GtkListItem *list_item)
{
  GtkLabel *number = g_object_get_data (G_OBJECT (list_item), "number");
  guint position = gtk_list_item_get_position (list_item);
  g_autofree char *text = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  text = g_strdup_printf ("%u", position + 1);
  gtk_label_set_label (number, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (number),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
on_list_item_notify_position_cb (GtkListItem *list_item,
                                 GParamSpec  *pspec,
                                 gpointer     user_data)
{
  update_number (list_item);
}

static void
on_unit_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *row;
  GtkWidget *number;
  GtkWidget *pill;

  row = adw_action_row_new ();
  gtk_widget_add_css_class (row, "unit-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  number = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 1.0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  pill = gtk_label_new (NULL);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "state-pill");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  g_object_set_data (G_OBJECT (list_item), "number", number);
  g_object_set_data (G_OBJECT (list_item), "pill", pill);
  g_signal_connect (list_item, "notify::position", G_CALLBACK (on_list_item_notify_position_cb), NULL);

  /* The row, not the list's own item, takes the focus, as in a boxed list:
   * the arrow keys move between units and the screen reader reads the row. */
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, row);
}

static void
on_unit_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  ExemplarDeclaration *declaration = gtk_list_item_get_item (list_item);
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkLabel *pill = g_object_get_data (G_OBJECT (list_item), "pill");
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), exemplar_unit_get_name (unit));
  gtk_widget_set_tooltip_text (row, exemplar_unit_get_name_en (unit));

  /* Translators: a unit's division code and its kind, e.g. "310105001 · Subdistrict". */
  subtitle = g_strdup_printf (_("%s · %s"),
                              exemplar_unit_get_code (unit),
                              exemplar_unit_kind_get_title (exemplar_unit_get_kind (unit)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  update_number (list_item);
  update_pill (pill, exemplar_declaration_get_state (declaration));
  g_signal_connect_object (declaration,
                           "notify::state",
                           G_CALLBACK (on_row_declaration_notify_state_cb),
                           pill,
                           0);
}

static void
on_unit_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  ExemplarDeclaration *declaration = gtk_list_item_get_item (list_item);
  GtkLabel *pill = g_object_get_data (G_OBJECT (list_item), "pill");

  if (declaration != NULL)
    g_signal_handlers_disconnect_by_func (declaration, on_row_declaration_notify_state_cb, pill);
}

static void
on_declarations_items_changed_cb (ExemplarOverviewPage *self,
                                  guint                 position,
                                  guint                 removed,
                                  guint                 added,
                                  GListModel           *model)
{
  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  follow_states (self, position, added);
  exemplar_overview_page_update_counts (self);
}

static void
on_campaign_notify_title_cb (ExemplarOverviewPage *self,
                             GParamSpec           *pspec,
                             ExemplarCampaign     *campaign)
{
  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  set_label (self->title_label, exemplar_campaign_get_title (campaign));
}

static void
exemplar_overview_page_reload (ExemplarOverviewPage *self)
{
  ExemplarCampaign *campaign = self->campaign;

  g_assert (EXEMPLAR_IS_OVERVIEW_PAGE (self));

  if (campaign != NULL)
    {
      guint quota = exemplar_campaign_get_quota (campaign);
      g_autofree char *quota_text = NULL;

      set_label (self->title_label, exemplar_campaign_get_title (campaign));
      set_label (self->notice_label, exemplar_campaign_get_notice_title (campaign));
      set_label (self->document_number_label, exemplar_campaign_get_document_number (campaign));
      set_label (self->issuer_label, exemplar_campaign_get_issuer (campaign));
      set_label (self->issued_on_label, exemplar_campaign_get_issued_on (campaign));

      if (quota > 0)
        quota_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "At most %u unit is named",
                                                   "At most %u units are named",
                                                   quota),
                                      quota);
      else
        quota_text = g_strdup (_("No limit"));
      set_label (self->quota_label, quota_text);
    }
  else
    {
      set_label (self->title_label, NULL);
      set_label (self->notice_label, NULL);
      set_label (self->document_number_label, NULL);
      set_label (self->issuer_label, NULL);
      set_label (self->issued_on_label, NULL);
      set_label (self->quota_label, NULL);
    }

  exemplar_timeline_set_campaign (self->timeline, campaign);
  exemplar_overview_page_update_deadlines (self);

  if (self->declarations != NULL)
    {
      g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (self->declarations));

      gtk_list_view_set_model (self->units_list, GTK_SELECTION_MODEL (selection));
    }
  else
    {
      gtk_list_view_set_model (self->units_list, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->units_group), self->declarations != NULL);

  exemplar_overview_page_update_counts (self);
}

static void
exemplar_overview_page_dispose (GObject *object)
{
  ExemplarOverviewPage *self = (ExemplarOverviewPage *)object;

  g_clear_handle_id (&self->update_counts_source, g_source_remove);

  if (self->units_list != NULL)
    gtk_list_view_set_model (self->units_list, NULL);
  if (self->declarations != NULL)
    unfollow_states (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_OVERVIEW_PAGE);

  g_clear_object (&self->declarations);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_overview_page_parent_class)->dispose (object);
}

static void
exemplar_overview_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ExemplarOverviewPage *self = EXEMPLAR_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_overview_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ExemplarOverviewPage *self = EXEMPLAR_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_overview_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_overview_page_class_init (ExemplarOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_overview_page_dispose;
  object_class->get_property = exemplar_overview_page_get_property;
  object_class->set_property = exemplar_overview_page_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, document_number_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, issuer_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, issued_on_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, quota_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, deadlines_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, units_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, units_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, states_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarOverviewPage, states_list);

  gtk_widget_class_bind_template_callback (widget_class, on_unit_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_unbind_cb);

  g_type_ensure (EXEMPLAR_TYPE_TIMELINE);
}

static void
exemplar_overview_page_init (ExemplarOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  exemplar_overview_page_reload (self);
}

GtkWidget *
exemplar_overview_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_OVERVIEW_PAGE, NULL);
}

ExemplarCampaign *
exemplar_overview_page_get_campaign (ExemplarOverviewPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_OVERVIEW_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_overview_page_set_campaign (ExemplarOverviewPage *self,
                                     ExemplarCampaign     *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_title_cb, self);
      g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_notify_phase_cb, self);
    }
  if (self->declarations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->declarations, on_declarations_items_changed_cb, self);
      unfollow_states (self);
    }

  g_set_object (&self->campaign, campaign);
  g_clear_object (&self->declarations);

  if (campaign != NULL)
    {
      self->declarations = g_object_ref (exemplar_campaign_get_declarations (campaign));

      g_signal_connect_object (campaign,
                               "notify::title",
                               G_CALLBACK (on_campaign_notify_title_cb),
                               self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign,
                               "notify::phase",
                               G_CALLBACK (on_campaign_notify_phase_cb),
                               self,
                               G_CONNECT_SWAPPED);
      follow_states (self, 0, g_list_model_get_n_items (self->declarations));
      g_signal_connect_object (self->declarations,
                               "items-changed",
                               G_CALLBACK (on_declarations_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  exemplar_overview_page_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}
