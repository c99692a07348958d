/* exemplar-evaluation-page.c
 *
 * The Evaluation section: the working group's reviewers, the rounds, the
 * assignments of reviewers to applications and how far their score sheets
 * got. This file holds the page, the plumbing its tables share and the
 * progress counts; the reviewers and the assignments have files of their
 * own. The model decides what may change: every refusal is shown with its
 * message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-evaluation-page-private.h"
#include "exemplar-evaluation.h"
#include "exemplar-unit.h"

/* A table first shown is filled this many rows a frame, up to the rows
 * that GTK 4.8's lists keep made around what is on screen (200). */
#define TABLE_ROWS_PER_FRAME 16
#define TABLE_ROWS_MADE      208

G_DEFINE_FINAL_TYPE (ExemplarEvaluationPage, exemplar_evaluation_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What one column's factory makes and how it fills a cell. */
typedef struct
{
  ExemplarEvaluationPage  *page;
  ExemplarCellSetupFunc    setup;
  ExemplarCellUpdateFunc   update;
  ExemplarCellTooltipFunc  tooltip;
} ColumnCells;

static void
update_cell (GtkWidget *cell)
{
  ColumnCells *cells = g_object_get_data (G_OBJECT (cell), "exemplar-cells");
  gpointer item = g_object_get_data (G_OBJECT (cell), "exemplar-item");

  if (cells != NULL && item != NULL)
    cells->update (cells->page, cell, item);
}

static void
on_cell_item_notify_cb (GtkWidget  *cell,
                        GParamSpec *pspec,
                        GObject    *item)
{
  update_cell (cell);
}

static gboolean
on_cell_query_tooltip_cb (GtkWidget   *cell,
                          int          x,
                          int          y,
                          gboolean     keyboard,
                          GtkTooltip  *tooltip,
                          ColumnCells *cells)
{
  gpointer item = g_object_get_data (G_OBJECT (cell), "exemplar-item");
  g_autofree char *text = NULL;

  if (item == NULL || !(text = cells->tooltip (cells->page, item)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  ColumnCells              *cells)
{
  GtkWidget *cell = cells->setup ();

  g_object_set_data (G_OBJECT (cell), "exemplar-cells", cells);
  if (cells->tooltip != NULL)
    {
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), cells);
    }
  gtk_list_item_set_child (list_item, cell);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 ColumnCells              *cells)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GObject *item = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (cell), "exemplar-item", item);

  /* Sheets notify as they are scored; reviewers as they are edited. */
  g_signal_connect_object (item, "notify", G_CALLBACK (on_cell_item_notify_cb), cell, G_CONNECT_SWAPPED);
  g_ptr_array_add (cells->page->bound_cells, cell);

  update_cell (cell);
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   ColumnCells              *cells)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GObject *item = g_object_get_data (G_OBJECT (cell), "exemplar-item");

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_cell_item_notify_cb, cell);

  g_object_set_data (G_OBJECT (cell), "exemplar-item", NULL);
  g_ptr_array_remove_fast (cells->page->bound_cells, cell);
}

void
_exemplar_evaluation_page_set_cells (ExemplarEvaluationPage  *self,
                                     GtkColumnViewColumn     *column,
                                     ExemplarCellSetupFunc    setup,
                                     ExemplarCellUpdateFunc   update,
                                     ExemplarCellTooltipFunc  tooltip)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  ColumnCells *cells = g_new0 (ColumnCells, 1);

  cells->page = self;
  cells->setup = setup;
  cells->update = update;
  cells->tooltip = tooltip;

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), cells);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), cells);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), cells);
  g_object_set_data_full (G_OBJECT (factory), "exemplar-cells", cells, g_free);

  gtk_column_view_column_set_factory (column, factory);
}

/* A one-line label for a table cell, found by tests through @css_class. */
GtkWidget *
_exemplar_evaluation_page_cell_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWindow *
_exemplar_evaluation_page_get_window (ExemplarEvaluationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_exemplar_evaluation_page_show_error (ExemplarEvaluationPage *self,
                                      const char             *heading,
                                      const GError           *error)
{
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self),
                                   heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GObject            *target;
  ExemplarRemoveFunc  remove;
  char               *error_heading;
} RemoveRequest;

static void
remove_request_free (gpointer data)
{
  RemoveRequest *request = data;

  g_clear_object (&request->target);
  g_free (request->error_heading);
  g_free (request);
}

static void
on_confirm_remove_response_cb (ExemplarEvaluationPage *self,
                               const char             *response,
                               AdwMessageDialog       *dialog)
{
  RemoveRequest *request = g_object_get_data (G_OBJECT (dialog), "exemplar-remove");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->evaluation == NULL)
    return;

  if (!request->remove (self->evaluation, request->target, &error))
    {
      _exemplar_evaluation_page_show_error (self, request->error_heading, error);
      return;
    }

  _exemplar_evaluation_page_queue_refresh (self);
}

void
_exemplar_evaluation_page_confirm_remove (ExemplarEvaluationPage *self,
                                          const char             *heading,
                                          const char             *body,
                                          GObject                *target,
                                          ExemplarRemoveFunc      remove,
                                          const char             *error_heading)
{
  RemoveRequest *request = g_new0 (RemoveRequest, 1);
  GtkWidget *dialog;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  request->target = g_object_ref (target);
  request->remove = remove;
  request->error_heading = g_strdup (error_heading);

  dialog = adw_message_dialog_new (_exemplar_evaluation_page_get_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "exemplar-remove", request, remove_request_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_remove_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_exemplar_evaluation_page_add_toast (ExemplarEvaluationPage *self,
                                     AdwToast               *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  /* A toast's title is Pango markup; ours are plain text, with reviewers'
   * and files' names in them. */
  if (adw_toast_get_title (toast) != NULL)
    {
      title = g_markup_escape_text (adw_toast_get_title (toast), -1);
      adw_toast_set_title (toast, title);
    }

  /* The overlay takes @toast; an AdwToast is a plain GObject, not
   * floating. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* "3 not started · 5 draft · 4 submitted" */
char *
_exemplar_evaluation_page_format_progress (const ExemplarProgress *progress)
{
  /* Translators: counts of score sheets by state, e.g. "3 not started · 5 draft · 4 submitted". */
  return g_strdup_printf (_("%u not started · %u draft · %u submitted"),
                          progress->n_sheets[EXEMPLAR_SHEET_NOT_STARTED],
                          progress->n_sheets[EXEMPLAR_SHEET_DRAFT],
                          progress->n_sheets[EXEMPLAR_SHEET_SUBMITTED]);
}

const ExemplarProgress *
_exemplar_evaluation_page_get_progress (ExemplarEvaluationPage *self,
                                        gpointer                reviewer_or_declaration)
{
  static const ExemplarProgress none = { { 0 } };
  const ExemplarProgress *progress = NULL;

  if (EXEMPLAR_IS_REVIEWER (reviewer_or_declaration))
    progress = g_hash_table_lookup (self->reviewer_progress, reviewer_or_declaration);
  else if (EXEMPLAR_IS_DECLARATION (reviewer_or_declaration))
    progress = g_hash_table_lookup (self->declaration_progress, reviewer_or_declaration);

  return progress != NULL ? progress : &none;
}

static guint
progress_sum (const ExemplarProgress *progress)
{
  guint sum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (progress->n_sheets); i++)
    sum += progress->n_sheets[i];

  return sum;
}

static void
count_sheet (GHashTable         *table,
             gpointer            key,
             ExemplarSheetState  state)
{
  ExemplarProgress *progress;

  if (key == NULL)
    return;

  if (!(progress = g_hash_table_lookup (table, key)))
    {
      progress = g_new0 (ExemplarProgress, 1);
      g_hash_table_insert (table, key, progress);
    }

  progress->n_sheets[state]++;
}

static gboolean
same_keys (GHashTable *a,
           GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!g_hash_table_contains (b, key))
        return FALSE;
    }

  return TRUE;
}

/* One pass over the assignments: sheets by reviewer, by application and
 * in all; 10,000 assignments take about a millisecond. TRUE when the
 * applications that have sheets changed, and so the rows of their table. */
static gboolean
count_progress (ExemplarEvaluationPage *self)
{
  guint n_items = self->assignments != NULL ? g_list_model_get_n_items (self->assignments) : 0;
  g_autoptr(GHashTable) previous = g_steal_pointer (&self->declaration_progress);

  self->declaration_progress = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_remove_all (self->reviewer_progress);
  memset (&self->total, 0, sizeof self->total);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarAssignment) assignment = g_list_model_get_item (self->assignments, i);
      ExemplarSheetState state = exemplar_assignment_get_state (assignment);

      if ((guint) state >= G_N_ELEMENTS (self->total.n_sheets))
        state = EXEMPLAR_SHEET_NOT_STARTED;

      count_sheet (self->reviewer_progress, exemplar_assignment_get_reviewer (assignment), state);
      count_sheet (self->declaration_progress, exemplar_assignment_get_declaration (assignment), state);
      self->total.n_sheets[state]++;
    }

  return !same_keys (previous, self->declaration_progress);
}

static void
update_locked (ExemplarEvaluationPage *self)
{
  ExemplarPhase phase;
  gboolean editable;

  if (self->campaign == NULL || self->evaluation == NULL)
    {
      self->editable = FALSE;
      gtk_revealer_set_reveal_child (self->locked_revealer, FALSE);
      return;
    }

  phase = exemplar_campaign_get_phase (self->campaign);
  editable = !exemplar_campaign_get_read_only (self->campaign) && phase <= EXEMPLAR_PHASE_EVALUATION;
  self->editable = editable;

  /* A read-only campaign says so above every section already. */
  if (!editable && !exemplar_campaign_get_read_only (self->campaign))
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a campaign phase, e.g. "Review and publicity". */
      text = g_strdup_printf (_("Reviewers, rounds and assignments are fixed in the “%s” phase. Score sheets can still be read and the report printed."),
                              exemplar_phase_get_title (phase));
      gtk_label_set_label (self->locked_label, text);
      gtk_revealer_set_reveal_child (self->locked_revealer, TRUE);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->locked_revealer, FALSE);
    }
}

static void
update_progress_view (ExemplarEvaluationPage *self,
                      gboolean                rows_changed)
{
  guint n_sheets = progress_sum (&self->total);

  gtk_stack_set_visible_child_name (self->progress_outer_stack, n_sheets > 0 ? "tables" : "empty");

  if (n_sheets > 0)
    {
      g_autofree char *counts = _exemplar_evaluation_page_format_progress (&self->total);
      g_autofree char *text = NULL;

      /* Translators: "%u sheets" followed by their counts by state. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet: %s", "%u sheets: %s", n_sheets),
                              n_sheets, counts);
      gtk_label_set_label (self->progress_summary, text);
    }
  else
    {
      gtk_label_set_label (self->progress_summary, "");
    }

  /* Refiltering makes the table rebuild every row: only when the rows
   * differ. The counts in rows that stay are updated in place. */
  if (rows_changed && self->progress_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->progress_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
refresh (ExemplarEvaluationPage *self)
{
  gboolean rows_changed;

  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  rows_changed = count_progress (self);
  update_locked (self);
  g_hash_table_remove_all (self->reviewer_sort_keys);

  _exemplar_evaluation_page_reviewers_update (self);
  _exemplar_evaluation_page_groups_update (self);
  _exemplar_evaluation_page_assignments_update (self);
  update_progress_view (self, rows_changed);

  for (guint i = 0; i < self->bound_cells->len; i++)
    update_cell (g_ptr_array_index (self->bound_cells, i));
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  ExemplarEvaluationPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a draw adds hundreds of assignments); count once
 * after the burst. */
void
_exemplar_evaluation_page_queue_refresh (ExemplarEvaluationPage *self)
{
  g_assert (EXEMPLAR_IS_EVALUATION_PAGE (self));

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_model_changed_cb (ExemplarEvaluationPage *self)
{
  _exemplar_evaluation_page_queue_refresh (self);
}

static gboolean
progress_filter_func (gpointer item,
                      gpointer user_data)
{
  ExemplarEvaluationPage *self = user_data;

  return g_hash_table_contains (self->declaration_progress, item);
}

static void
disconnect_models (ExemplarEvaluationPage *self)
{
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (self->campaign, self);
  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluation, self);
  if (self->reviewers != NULL)
    g_signal_handlers_disconnect_by_data (self->reviewers, self);
  if (self->rounds != NULL)
    g_signal_handlers_disconnect_by_data (self->rounds, self);
  if (self->assignments != NULL)
    g_signal_handlers_disconnect_by_data (self->assignments, self);
  if (self->groups != NULL)
    g_signal_handlers_disconnect_by_data (self->groups, self);

  g_clear_object (&self->groups);
  g_clear_object (&self->reviewers);
  g_clear_object (&self->rounds);
  g_clear_object (&self->assignments);
  g_clear_object (&self->evaluation);
}

static void
connect_model (ExemplarEvaluationPage *self,
               gpointer                model)
{
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
grow_table_cb (GtkWidget     *view,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  GtkSliceListModel *slice = user_data;
  guint size = gtk_slice_list_model_get_size (slice);

  if (size >= TABLE_ROWS_MADE)
    {
      gtk_slice_list_model_set_size (slice, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (slice, size + TABLE_ROWS_PER_FRAME);
  return G_SOURCE_CONTINUE;
}

static void
attach_table (GtkColumnView     *view,
              GtkSelectionModel *model,
              GtkSliceListModel *slice)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (gtk_column_view_get_model (view) != NULL)
    return;

  /* Fewer rows for a few frames would lose a selection past them. */
  selected = gtk_selection_model_get_selection (model);
  if (gtk_bitset_is_empty (selected))
    {
      gtk_slice_list_model_set_size (slice, TABLE_ROWS_PER_FRAME);
      gtk_widget_add_tick_callback (GTK_WIDGET (view), grow_table_cb, g_object_ref (slice), g_object_unref);
    }

  gtk_column_view_set_model (view, model);
}

/* A table makes the rows of a couple of hundred items as soon as it has
 * a model, shown or not, and in one go: 100 ms or more with six columns.
 * So each table gets its model the first time it is shown, so that
 * opening a campaign or the section makes one table, not four; and it is
 * filled a screenful a frame, until it has all the rows it keeps made. */
static void
attach_visible_tables (ExemplarEvaluationPage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);
  const char *progress = gtk_stack_get_visible_child_name (self->progress_stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || view == NULL)
    return;

  if (g_str_equal (view, "reviewers"))
    attach_table (self->reviewers_view, GTK_SELECTION_MODEL (self->reviewers_selection), self->reviewers_slice);
  else if (g_str_equal (view, "assignments"))
    attach_table (self->assignments_view, GTK_SELECTION_MODEL (self->assignments_selection), self->assignments_slice);
  else if (g_str_equal (view, "progress") && g_strcmp0 (progress, "by-reviewer") == 0)
    attach_table (self->reviewer_progress_view, GTK_SELECTION_MODEL (self->reviewer_progress_selection),
                  self->reviewer_progress_slice);
  else if (g_str_equal (view, "progress"))
    attach_table (self->application_progress_view, GTK_SELECTION_MODEL (self->application_progress_selection),
                  self->application_progress_slice);
}

static void
on_map_cb (ExemplarEvaluationPage *self)
{
  attach_visible_tables (self);

  /* Applications are submitted in another section; count them anew. */
  _exemplar_evaluation_page_queue_refresh (self);
}

static void
exemplar_evaluation_page_dispose (GObject *object)
{
  ExemplarEvaluationPage *self = (ExemplarEvaluationPage *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  _exemplar_evaluation_page_packages_dispose (self);

  if (self->progress_declarations != NULL)
    gtk_filter_list_model_set_model (self->progress_declarations, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_EVALUATION_PAGE);

  disconnect_models (self);
  g_clear_object (&self->campaign);
  g_clear_object (&self->reviewers_selection);
  g_clear_object (&self->assignments_selection);
  g_clear_object (&self->assignments_filter);
  g_clear_object (&self->assignments_filtered);
  g_clear_object (&self->assignments_sorted);
  g_clear_object (&self->progress_filter);
  g_clear_object (&self->progress_declarations);
  g_clear_object (&self->application_progress_selection);
  g_clear_object (&self->reviewer_progress_selection);
  g_clear_object (&self->reviewers_slice);
  g_clear_object (&self->assignments_slice);
  g_clear_object (&self->application_progress_slice);
  g_clear_object (&self->reviewer_progress_slice);

  G_OBJECT_CLASS (exemplar_evaluation_page_parent_class)->dispose (object);
}

static void
exemplar_evaluation_page_finalize (GObject *object)
{
  ExemplarEvaluationPage *self = (ExemplarEvaluationPage *)object;

  g_clear_pointer (&self->bound_cells, g_ptr_array_unref);
  g_clear_pointer (&self->reviewer_progress, g_hash_table_unref);
  g_clear_pointer (&self->declaration_progress, g_hash_table_unref);
  g_clear_pointer (&self->unit_positions, g_hash_table_unref);
  g_clear_pointer (&self->reviewer_sort_keys, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (exemplar_evaluation_page_parent_class)->finalize (object);
}

static void
exemplar_evaluation_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (object);

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
exemplar_evaluation_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ExemplarEvaluationPage *self = EXEMPLAR_EVALUATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_evaluation_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evaluation_page_class_init (ExemplarEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_evaluation_page_dispose;
  object_class->finalize = exemplar_evaluation_page_finalize;
  object_class->get_property = exemplar_evaluation_page_get_property;
  object_class->set_property = exemplar_evaluation_page_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, locked_revealer);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, locked_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewers_summary);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewers_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewers_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_name_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_affiliation_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_unit_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_role_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_conflicts_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_load_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, rounds_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, add_round_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, round_name_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, round_method_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, round_method_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, round_weight_spin);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, groups_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, add_group_group);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, group_name_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, group_round_row);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, group_round_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignments_search);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignments_summary);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignments_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignments_empty);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignments_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_application_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_reviewer_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_round_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_scope_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_state_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, assignment_reciprocal_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, progress_summary);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, progress_outer_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, progress_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_name_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_total_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_not_started_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_draft_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, application_progress_submitted_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_name_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_total_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_not_started_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_draft_column);
  gtk_widget_class_bind_template_child (widget_class, ExemplarEvaluationPage, reviewer_progress_submitted_column);

  _exemplar_evaluation_page_reviewers_class_init (klass);
  _exemplar_evaluation_page_groups_class_init (klass);
  _exemplar_evaluation_page_assignments_class_init (klass);
  _exemplar_evaluation_page_packages_class_init (klass);
}

static void
exemplar_evaluation_page_init (ExemplarEvaluationPage *self)
{
  self->bound_cells = g_ptr_array_new ();
  self->reviewer_progress = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->declaration_progress = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->unit_positions = g_hash_table_new (NULL, NULL);
  self->reviewer_sort_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->progress_filter = gtk_custom_filter_new (progress_filter_func, self, NULL);
  self->progress_declarations = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->progress_filter)));

  _exemplar_evaluation_page_reviewers_init (self);
  _exemplar_evaluation_page_assignments_init (self);
  _exemplar_evaluation_page_packages_init (self);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (attach_visible_tables), self);
  g_signal_connect_swapped (self->progress_stack, "notify::visible-child-name",
                            G_CALLBACK (attach_visible_tables), self);

  refresh (self);
}

GtkWidget *
exemplar_evaluation_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_EVALUATION_PAGE, NULL);
}

ExemplarCampaign *
exemplar_evaluation_page_get_campaign (ExemplarEvaluationPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_evaluation_page_set_campaign (ExemplarEvaluationPage *self,
                                       ExemplarCampaign       *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  disconnect_models (self);
  g_set_object (&self->campaign, campaign);
  g_hash_table_remove_all (self->unit_positions);

  if (campaign != NULL)
    {
      GListModel *units = exemplar_campaign_get_units (campaign);

      /* The model lags behind the other helpers at times: everything of it
       * may still be missing, and the page then shows an empty evaluation. */
      g_set_object (&self->evaluation, exemplar_campaign_get_evaluation (campaign));
      if (self->evaluation != NULL)
        {
          g_set_object (&self->reviewers, exemplar_evaluation_get_reviewers (self->evaluation));
          g_set_object (&self->rounds, exemplar_evaluation_get_rounds (self->evaluation));
          g_set_object (&self->assignments, exemplar_evaluation_get_assignments (self->evaluation));
          g_set_object (&self->groups, exemplar_evaluation_get_working_groups (self->evaluation));

          if (g_signal_lookup ("changed", EXEMPLAR_TYPE_EVALUATION) != 0)
            g_signal_connect_object (self->evaluation, "changed",
                                     G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
        }

      connect_model (self, self->reviewers);
      connect_model (self, self->rounds);
      connect_model (self, self->assignments);
      connect_model (self, self->groups);

      g_signal_connect_object (campaign, "notify::phase", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (campaign, "notify::read-only", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);

      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(ExemplarUnit) unit = g_list_model_get_item (units, i);

          g_hash_table_insert (self->unit_positions, unit, GUINT_TO_POINTER (i + 1));
        }
    }

  /* Count before the tables bind their cells, which read the counts. */
  count_progress (self);

  gtk_filter_list_model_set_model (self->progress_declarations,
                                   campaign != NULL ? exemplar_campaign_get_declarations (campaign) : NULL);
  _exemplar_evaluation_page_reviewers_bind (self);
  _exemplar_evaluation_page_groups_bind (self);
  _exemplar_evaluation_page_assignments_bind (self);
  _exemplar_evaluation_page_packages_bind (self);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

void
exemplar_evaluation_page_show_view (ExemplarEvaluationPage *self,
                                    const char             *name)
{
  g_return_if_fail (EXEMPLAR_IS_EVALUATION_PAGE (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
