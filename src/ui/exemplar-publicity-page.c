/* exemplar-publicity-page.c
 *
 * The Publicity section (评审·公示): the expert review with the member
 * units' opinions and the candidate list, the publicity notice, the
 * objections and the naming decision, each a view of its own. This file
 * holds the page, which follows the campaign's phase and its publicity:
 * everything is rebuilt from the model after each of its changes, and
 * what the phase does not allow is insensitive with a line saying why.
 * The model decides; its refusals are shown where they happened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-evaluation.h"
#include "exemplar-naming-view.h"
#include "exemplar-notice-view.h"
#include "exemplar-publicity-page-private.h"
#include "exemplar-window.h"

G_DEFINE_FINAL_TYPE (ExemplarPublicityPage, exemplar_publicity_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWindow *
_exemplar_publicity_page_get_window (ExemplarPublicityPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_exemplar_publicity_page_add_toast (ExemplarPublicityPage *self,
                                    const char            *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (root), text);
}

void
_exemplar_publicity_page_set_label (GtkLabel   *label,
                                    const char *text)
{
  if (text == NULL)
    text = "";

  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
}

gboolean
_exemplar_publicity_page_get_editable (ExemplarPublicityPage  *self,
                                       const char            **reason)
{
  ExemplarPhase phase;

  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (reason != NULL)
    *reason = NULL;

  if (self->campaign == NULL || self->publicity == NULL)
    {
      if (reason != NULL)
        *reason = _("This campaign has no review or publicity data.");
      return FALSE;
    }

  /* A read-only campaign says why above every section already. */
  if (exemplar_campaign_get_read_only (self->campaign))
    {
      if (reason != NULL)
        *reason = _("The campaign is open read-only.");
      return FALSE;
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  if (phase == EXEMPLAR_PHASE_PUBLICITY)
    return TRUE;

  if (reason != NULL)
    {
      g_free (self->editable_reason);
      if (phase < EXEMPLAR_PHASE_PUBLICITY)
        /* Translators: %s are campaign phases, e.g. "Evaluation". */
        self->editable_reason = g_strdup_printf (_("The review, the notice and objections open in the “%s” phase; the campaign is in the “%s” phase."),
                                        exemplar_phase_get_title (EXEMPLAR_PHASE_PUBLICITY),
                                        exemplar_phase_get_title (phase));
      else
        /* Translators: %s is a campaign phase, e.g. "Naming". */
        self->editable_reason = g_strdup_printf (_("The review and publicity are closed in the “%s” phase: what was decided is shown read-only."),
                                        exemplar_phase_get_title (phase));
      *reason = self->editable_reason;
    }

  return FALSE;
}

static void
update_locked (ExemplarPublicityPage *self)
{
  const char *reason = NULL;

  if (self->campaign == NULL ||
      exemplar_campaign_get_read_only (self->campaign) ||
      _exemplar_publicity_page_get_editable (self, &reason))
    {
      gtk_revealer_set_reveal_child (self->locked_revealer, FALSE);
      return;
    }

  _exemplar_publicity_page_set_label (self->locked_label, reason);
  gtk_revealer_set_reveal_child (self->locked_revealer, TRUE);
}

static void
refresh (ExemplarPublicityPage *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  update_locked (self);
  _exemplar_publicity_page_review_update (self);
  _exemplar_publicity_page_objections_update (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  ExemplarPublicityPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* A change of phase notifies several properties at once: rebuild once. */
void
_exemplar_publicity_page_queue_refresh (ExemplarPublicityPage *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* Callbacks */

static void
on_publicity_changed_cb (ExemplarPublicityPage *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  /* Refreshed at once, not on idle: what a click changed is on screen
   * before the next event. */
  refresh (self);
}

static void
on_campaign_state_cb (ExemplarPublicityPage *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  /* Entering the publicity phase is when the ranking matters. */
  self->results_dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _exemplar_publicity_page_review_recompute (self);

  _exemplar_publicity_page_queue_refresh (self);
}

static void
on_evaluation_changed_cb (ExemplarPublicityPage *self)
{
  g_assert (EXEMPLAR_IS_PUBLICITY_PAGE (self));

  self->results_dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _exemplar_publicity_page_review_recompute (self);
}

static void
disconnect_models (ExemplarPublicityPage *self)
{
  if (self->campaign != NULL)
    {
      ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self->campaign);

      g_signal_handlers_disconnect_by_data (self->campaign, self);
      if (evaluation != NULL)
        g_signal_handlers_disconnect_by_data (evaluation, self);
    }
  if (self->publicity != NULL)
    g_signal_handlers_disconnect_by_data (self->publicity, self);
  if (self->objections != NULL)
    g_signal_handlers_disconnect_by_data (self->objections, self);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  g_clear_object (&self->objections);
  g_clear_object (&self->publicity);
  g_clear_object (&self->results);
}

/* GtkWidget */

static void
exemplar_publicity_page_map (GtkWidget *widget)
{
  ExemplarPublicityPage *self = (ExemplarPublicityPage *)widget;

  GTK_WIDGET_CLASS (exemplar_publicity_page_parent_class)->map (widget);

  if (self->results_dirty)
    _exemplar_publicity_page_review_recompute (self);

  /* The date may have moved on: deadlines and the period are judged
   * against today. */
  refresh (self);
}

static void
exemplar_publicity_page_unmap (GtkWidget *widget)
{
  ExemplarPublicityPage *self = (ExemplarPublicityPage *)widget;

  if (self->pass_line_source != 0)
    _exemplar_publicity_page_review_apply_pass_line (self);

  GTK_WIDGET_CLASS (exemplar_publicity_page_parent_class)->unmap (widget);
}

/* GObject */

static void
exemplar_publicity_page_dispose (GObject *object)
{
  ExemplarPublicityPage *self = (ExemplarPublicityPage *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->pass_line_source, g_source_remove);

  disconnect_models (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_PUBLICITY_PAGE);

  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_publicity_page_parent_class)->dispose (object);
}

static void
exemplar_publicity_page_finalize (GObject *object)
{
  ExemplarPublicityPage *self = (ExemplarPublicityPage *)object;

  _exemplar_publicity_page_review_finalize (self);
  _exemplar_publicity_page_opinions_finalize (self);
  g_clear_pointer (&self->editable_reason, g_free);

  G_OBJECT_CLASS (exemplar_publicity_page_parent_class)->finalize (object);
}

static void
exemplar_publicity_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ExemplarPublicityPage *self = EXEMPLAR_PUBLICITY_PAGE (object);

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
exemplar_publicity_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ExemplarPublicityPage *self = EXEMPLAR_PUBLICITY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_publicity_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_publicity_page_class_init (ExemplarPublicityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_publicity_page_dispose;
  object_class->finalize = exemplar_publicity_page_finalize;
  object_class->get_property = exemplar_publicity_page_get_property;
  object_class->set_property = exemplar_publicity_page_set_property;

  widget_class->map = exemplar_publicity_page_map;
  widget_class->unmap = exemplar_publicity_page_unmap;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EXEMPLAR_TYPE_NOTICE_VIEW);
  g_type_ensure (EXEMPLAR_TYPE_NAMING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-publicity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, locked_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, locked_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, notice_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarPublicityPage, naming_view);

  _exemplar_publicity_page_review_class_init (klass);
  _exemplar_publicity_page_opinions_class_init (klass);
  _exemplar_publicity_page_objections_class_init (klass);

  gtk_widget_class_set_css_name (widget_class, "publicitypage");
}

static void
exemplar_publicity_page_init (ExemplarPublicityPage *self)
{
  self->results_dirty = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  _exemplar_publicity_page_review_init (self);
  _exemplar_publicity_page_opinions_init (self);
  _exemplar_publicity_page_objections_init (self);

  refresh (self);
}

GtkWidget *
exemplar_publicity_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_PUBLICITY_PAGE, NULL);
}

ExemplarCampaign *
exemplar_publicity_page_get_campaign (ExemplarPublicityPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_publicity_page_set_campaign (ExemplarPublicityPage *self,
                                      ExemplarCampaign      *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_PUBLICITY_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  /* A pass line still being typed belongs to the campaign shown so far. */
  if (self->pass_line_source != 0)
    _exemplar_publicity_page_review_apply_pass_line (self);

  disconnect_models (self);
  g_set_object (&self->campaign, campaign);

  if (campaign != NULL)
    {
      ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (campaign);

      g_set_object (&self->publicity, exemplar_campaign_get_publicity (campaign));

      g_signal_connect_object (campaign, "notify::phase", G_CALLBACK (on_campaign_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign, "notify::read-only", G_CALLBACK (on_campaign_state_cb), self, G_CONNECT_SWAPPED);
      if (evaluation != NULL && g_signal_lookup ("changed", EXEMPLAR_TYPE_EVALUATION) != 0)
        g_signal_connect_object (evaluation, "changed", G_CALLBACK (on_evaluation_changed_cb), self, G_CONNECT_SWAPPED);

      if (self->publicity != NULL)
        {
          if (g_signal_lookup ("changed", EXEMPLAR_TYPE_PUBLICITY) != 0)
            g_signal_connect_object (self->publicity, "changed", G_CALLBACK (on_publicity_changed_cb),
                                     self, G_CONNECT_SWAPPED);
          g_set_object (&self->objections, exemplar_publicity_get_objections (self->publicity));
          if (self->objections != NULL)
            g_signal_connect_object (self->objections, "items-changed",
                                     G_CALLBACK (_exemplar_publicity_page_queue_refresh), self,
                                     G_CONNECT_SWAPPED);
        }
    }

  exemplar_notice_view_set_campaign (EXEMPLAR_NOTICE_VIEW (self->notice_view), campaign);
  exemplar_naming_view_set_campaign (EXEMPLAR_NAMING_VIEW (self->naming_view), campaign);

  self->results_dirty = TRUE;
  if (campaign != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    _exemplar_publicity_page_review_recompute (self);

  refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

void
exemplar_publicity_page_show_view (ExemplarPublicityPage *self,
                                   const char            *name)
{
  g_return_if_fail (EXEMPLAR_IS_PUBLICITY_PAGE (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
