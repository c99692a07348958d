/* exemplar-draw-dialog.c
 *
 * The draw by lot (抽签): a round, how many reviewers each application
 * gets, and the seed that decides. Afterwards the dialog shows the seed to
 * write down and any reciprocal pair that could not be avoided. The model
 * draws; when it refuses, its message stays above the form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-draw-dialog.h"
#include "exemplar-evaluation.h"

#define DEFAULT_PER_APPLICATION 5

struct _ExemplarDrawDialog
{
  AdwWindow         parent_instance;

  /* Owned references */
  ExemplarCampaign *campaign;

  /* Template widgets */
  GtkButton        *cancel_button;
  GtkButton        *draw_button;
  GtkButton        *done_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkStack         *stack;
  AdwComboRow      *round_row;
  GtkSpinButton    *per_application_spin;
  AdwEntryRow      *seed_row;
  AdwStatusPage    *result_page;
  GtkLabel         *seed_label;
  AdwPreferencesGroup *warnings_group;
  GtkListBox       *warnings_list;
};

G_DEFINE_FINAL_TYPE (ExemplarDrawDialog, exemplar_draw_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (ExemplarDrawDialog *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
dup_round_name (ExemplarRound *round)
{
  return g_strdup (exemplar_round_get_name (round));
}

static void
new_seed (ExemplarDrawDialog *self)
{
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT32_FORMAT, g_random_int ());

  gtk_editable_set_text (GTK_EDITABLE (self->seed_row), seed);
}

static gboolean
parse_seed (const char *text,
            guint32    *seed)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 value;

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXUINT32, &value, NULL))
    return FALSE;

  *seed = (guint32) value;
  return TRUE;
}

static void
show_result (ExemplarDrawDialog *self,
             guint32             seed,
             guint               n_added,
             GPtrArray          *warnings)
{
  g_autofree char *seed_text = g_strdup_printf ("%" G_GUINT32_FORMAT, seed);
  g_autofree char *description = NULL;

  /* Translators: %u is the number of assignments the draw made. */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u assignment was added. Keep the seed: the same seed on the same reviewers and applications draws the same assignments.",
                                              "%u assignments were added. Keep the seed: the same seed on the same reviewers and applications draws the same assignments.",
                                              n_added),
                                 n_added);
  adw_status_page_set_description (self->result_page, description);
  gtk_label_set_label (self->seed_label, seed_text);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (warnings, i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("media-playlist-repeat-symbolic"));
      gtk_widget_add_css_class (row, "draw-warning");
      gtk_list_box_append (self->warnings_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), warnings != NULL && warnings->len > 0);

  show_error (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->draw_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->done_button), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->done_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ExemplarDrawDialog *self = EXEMPLAR_DRAW_DIALOG (widget);
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self->campaign);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *assignments;
  gpointer round = NULL;
  guint per_application;
  guint n_before;
  guint n_after;
  guint32 seed;

  if (evaluation == NULL)
    {
      show_error (self, _("This campaign has no evaluation to draw reviewers for."));
      return;
    }

  if (!parse_seed (gtk_editable_get_text (GTK_EDITABLE (self->seed_row)), &seed))
    {
      show_error (self, _("The seed must be a whole number from 0 to 4294967295. Type one, or pick one at random."));
      gtk_widget_grab_focus (GTK_WIDGET (self->seed_row));
      return;
    }

  if (gtk_widget_get_visible (GTK_WIDGET (self->round_row)))
    round = adw_combo_row_get_selected_item (self->round_row);

  gtk_spin_button_update (self->per_application_spin);
  per_application = (guint) gtk_spin_button_get_value_as_int (self->per_application_spin);

  assignments = exemplar_evaluation_get_assignments (evaluation);
  n_before = assignments != NULL ? g_list_model_get_n_items (assignments) : 0;

  if (!exemplar_evaluation_draw (evaluation, EXEMPLAR_IS_ROUND (round) ? round : NULL,
                                 per_application, seed, &warnings, &error))
    {
      show_error (self, error != NULL ? error->message : _("The reviewers could not be drawn."));
      return;
    }

  n_after = assignments != NULL ? g_list_model_get_n_items (assignments) : 0;
  show_result (self, seed, n_after > n_before ? n_after - n_before : 0, warnings);
}

static void
new_seed_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  new_seed (EXEMPLAR_DRAW_DIALOG (widget));
}

static void
on_seed_activated_cb (ExemplarDrawDialog *self,
                      AdwEntryRow        *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "draw.run", NULL);
}

static void
on_per_application_activate_cb (ExemplarDrawDialog *self,
                                GtkText            *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "draw.run", NULL);
}

static void
fill_form (ExemplarDrawDialog *self)
{
  ExemplarEvaluation *evaluation = exemplar_campaign_get_evaluation (self->campaign);
  GListModel *rounds = evaluation != NULL ? exemplar_evaluation_get_rounds (evaluation) : NULL;
  GListModel *reviewers = evaluation != NULL ? exemplar_evaluation_get_reviewers (evaluation) : NULL;
  guint n_reviewers = reviewers != NULL ? g_list_model_get_n_items (reviewers) : 0;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->per_application_spin);

  adw_combo_row_set_expression (self->round_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (dup_round_name), NULL, NULL));
  adw_combo_row_set_model (self->round_row, rounds);
  gtk_widget_set_visible (GTK_WIDGET (self->round_row), rounds != NULL && g_list_model_get_n_items (rounds) > 0);

  /* Nobody can draw more reviewers than there are. */
  gtk_adjustment_set_upper (adjustment, MAX (n_reviewers, 1));
  gtk_spin_button_set_value (self->per_application_spin, CLAMP (DEFAULT_PER_APPLICATION, 1, MAX (n_reviewers, 1)));

  /* GTK 4.8 spin buttons do not activate the default widget: Enter in
   * the count draws, as it does in the seed. */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->per_application_spin)),
                           "activate", G_CALLBACK (on_per_application_activate_cb),
                           self, G_CONNECT_SWAPPED);

  new_seed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->per_application_spin));
}

static void
exemplar_draw_dialog_constructed (GObject *object)
{
  ExemplarDrawDialog *self = (ExemplarDrawDialog *)object;

  G_OBJECT_CLASS (exemplar_draw_dialog_parent_class)->constructed (object);

  g_assert (EXEMPLAR_IS_CAMPAIGN (self->campaign));

  fill_form (self);
}

static void
exemplar_draw_dialog_dispose (GObject *object)
{
  ExemplarDrawDialog *self = (ExemplarDrawDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_DRAW_DIALOG);

  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_draw_dialog_parent_class)->dispose (object);
}

static void
exemplar_draw_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ExemplarDrawDialog *self = EXEMPLAR_DRAW_DIALOG (object);

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
exemplar_draw_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ExemplarDrawDialog *self = EXEMPLAR_DRAW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_draw_dialog_class_init (ExemplarDrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = exemplar_draw_dialog_constructed;
  object_class->dispose = exemplar_draw_dialog_dispose;
  object_class->get_property = exemplar_draw_dialog_get_property;
  object_class->set_property = exemplar_draw_dialog_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-draw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, draw_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, round_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, per_application_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, seed_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, result_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, seed_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDrawDialog, warnings_list);
  gtk_widget_class_bind_template_callback (widget_class, on_seed_activated_cb);

  gtk_widget_class_install_action (widget_class, "draw.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "draw.new-seed", NULL, new_seed_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
exemplar_draw_dialog_init (ExemplarDrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * exemplar_draw_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @campaign: the campaign whose reviewers are drawn
 *
 * Returns: (transfer none): a new dialog, not yet shown; GTK owns it
 */
ExemplarDrawDialog *
exemplar_draw_dialog_new (GtkWindow        *parent,
                          ExemplarCampaign *campaign)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_CAMPAIGN (campaign), NULL);

  return g_object_new (EXEMPLAR_TYPE_DRAW_DIALOG,
                       "transient-for", parent,
                       "campaign", campaign,
                       NULL);
}
