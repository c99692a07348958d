/* exemplar-declarations-page.c
 *
 * The Applications section: the applicant units in their official order
 * with each application's state, self-assessed total and evidence coverage;
 * the selected one's application beside the list (or over it, on a narrow
 * window); and a search over the text of every evidence file in the
 * campaign, whose hits open the viewer at their page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration-page-private.h"
#include "exemplar-declaration.h"
#include "exemplar-declarations-page.h"
#include "exemplar-evidence-window.h"
#include "exemplar-evidence.h"
#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-rubric.h"
#include "exemplar-search.h"
#include "exemplar-unit.h"

#define SEARCH_LIMIT 200

struct _ExemplarDeclarationsPage
{
  AdwBin                   parent_instance;

  /* Owned references */
  ExemplarCampaign        *campaign;
  GtkSingleSelection      *selection;
  GPtrArray               *bound_rows;
  /* The search running on a worker, and what it looks for. */
  GCancellable            *search_cancellable;
  char                    *search_query;

  /* Template widgets */
  AdwLeaflet              *leaflet;
  GtkSearchEntry          *search_entry;
  GtkStack                *list_stack;
  GtkListView             *units_view;
  GtkLabel                *results_label;
  GtkListBox              *results_list;
  AdwStatusPage           *no_results_page;
  GtkStack                *detail_stack;
  ExemplarDeclarationPage *declaration_page;
};

G_DEFINE_FINAL_TYPE (ExemplarDeclarationsPage, exemplar_declarations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One unit's row in the list; its labels follow the application. */
typedef struct
{
  ExemplarDeclaration *declaration;
  GtkLabel            *position_label;
  GtkLabel            *name_label;
  GtkLabel            *pill;
  GtkLabel            *total_label;
  GtkLabel            *coverage_label;
} UnitRow;

static void
unit_row_update (UnitRow *row)
{
  ExemplarDeclaration *declaration = row->declaration;
  ExemplarUnit *unit;
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  g_autofree char *coverage = NULL;
  guint n_files;

  if (declaration == NULL)
    return;

  unit = exemplar_declaration_get_unit (declaration);
  gtk_label_set_label (row->name_label, exemplar_unit_get_name (unit));
  _exemplar_state_pill_update (row->pill, exemplar_declaration_get_state (declaration));

  total = exemplar_points_format (exemplar_declaration_get_self_total (declaration, NULL));
  n_files = g_list_model_get_n_items (exemplar_declaration_get_evidence (declaration));
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Self-assessed %s · %u file",
                                       "Self-assessed %s · %u files",
                                       n_files),
                          total, n_files);
  gtk_label_set_label (row->total_label, text);

  coverage = _exemplar_declaration_format_coverage (declaration);
  gtk_label_set_label (row->coverage_label, coverage);
}

static void
on_row_declaration_changed_cb (GtkWidget *box)
{
  unit_row_update (g_object_get_data (G_OBJECT (box), "exemplar-unit-row"));
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     ExemplarDeclarationsPage *self)
{
  UnitRow *row = g_new0 (UnitRow, 1);
  GtkWidget *box;
  GtkWidget *texts;
  GtkWidget *line;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (box, "unit-row");

  row->position_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (row->position_label, 2);
  gtk_label_set_xalign (row->position_label, 1.0);
  gtk_widget_set_valign (GTK_WIDGET (row->position_label), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (row->position_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->position_label), "numeric");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->position_label));

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (texts), line);

  row->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->name_label, 0.0);
  gtk_label_set_ellipsize (row->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->name_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (row->name_label), "unit-name");
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->name_label));

  row->pill = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (row->pill), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (row->pill), "state-pill");
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->pill));

  row->total_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->total_label, 0.0);
  gtk_label_set_ellipsize (row->total_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (row->total_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row->total_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->total_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (row->total_label), "unit-total");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (row->total_label));

  row->coverage_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->coverage_label, 0.0);
  gtk_label_set_wrap (row->coverage_label, TRUE);
  gtk_label_set_wrap_mode (row->coverage_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (row->coverage_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row->coverage_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->coverage_label), "unit-coverage");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (row->coverage_label));

  g_object_set_data_full (G_OBJECT (box), "exemplar-unit-row", row, g_free);
  gtk_list_item_set_child (item, box);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    ExemplarDeclarationsPage *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  UnitRow *row = g_object_get_data (G_OBJECT (box), "exemplar-unit-row");
  ExemplarDeclaration *declaration = gtk_list_item_get_item (item);
  g_autofree char *position = g_strdup_printf ("%u", gtk_list_item_get_position (item) + 1);

  row->declaration = declaration;
  gtk_label_set_label (row->position_label, position);

  g_signal_connect_object (declaration,
                           "changed",
                           G_CALLBACK (on_row_declaration_changed_cb),
                           box,
                           G_CONNECT_SWAPPED);

  g_ptr_array_add (self->bound_rows, box);
  unit_row_update (row);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      ExemplarDeclarationsPage *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  UnitRow *row = g_object_get_data (G_OBJECT (box), "exemplar-unit-row");

  if (row->declaration != NULL)
    {
      g_signal_handlers_disconnect_by_data (row->declaration, box);
      row->declaration = NULL;
    }

  g_ptr_array_remove_fast (self->bound_rows, box);
}

static void
refresh_rows (ExemplarDeclarationsPage *self)
{
  for (guint i = 0; i < self->bound_rows->len; i++)
    unit_row_update (g_object_get_data (g_ptr_array_index (self->bound_rows, i), "exemplar-unit-row"));
}

static void
on_declaration_page_changed_cb (ExemplarDeclarationsPage *self,
                                ExemplarDeclarationPage  *page)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  refresh_rows (self);
}

static void
show_declaration (ExemplarDeclarationsPage *self,
                  ExemplarDeclaration      *declaration)
{
  exemplar_declaration_page_set_declaration (self->declaration_page, declaration);
  gtk_stack_set_visible_child_name (self->detail_stack, declaration != NULL ? "page" : "empty");
}

static void
on_selection_notify_selected_cb (ExemplarDeclarationsPage *self,
                                 GParamSpec               *pspec,
                                 GtkSingleSelection       *selection)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  show_declaration (self, gtk_single_selection_get_selected_item (selection));
}

static void
on_units_view_activate_cb (ExemplarDeclarationsPage *self,
                           guint                     position,
                           GtkListView              *view)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

/* A click on a unit opens its application, also when folded; the keyboard
 * only moves the selection until Enter. */
static void
on_units_view_released_cb (GtkGestureClick          *gesture,
                           int                       n_press,
                           double                    x,
                           double                    y,
                           ExemplarDeclarationsPage *self)
{
  GtkWidget *picked;

  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  for (picked = gtk_widget_pick (GTK_WIDGET (self->units_view), x, y, GTK_PICK_DEFAULT);
       picked != NULL && picked != GTK_WIDGET (self->units_view);
       picked = gtk_widget_get_parent (picked))
    {
      if (gtk_widget_has_css_class (picked, "unit-row"))
        {
          adw_leaflet_set_visible_child_name (self->leaflet, "detail");
          return;
        }
    }
}

static void
on_back_button_clicked_cb (ExemplarDeclarationsPage *self,
                           GtkButton                *button)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The snippet with the hit (between \x02 and \x03) in bold, the rest escaped. */
static char *
snippet_to_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  const char *p = snippet != NULL ? snippet : "";

  while (*p != '\0')
    {
      const char *start = strchr (p, '\x02');
      const char *end;
      g_autofree char *plain = NULL;
      g_autofree char *hit = NULL;

      if (start == NULL)
        {
          plain = g_markup_escape_text (p, -1);
          g_string_append (markup, plain);
          break;
        }

      plain = g_markup_escape_text (p, start - p);
      g_string_append (markup, plain);

      start++;
      end = strchr (start, '\x03');
      hit = g_markup_escape_text (start, end != NULL ? end - start : -1);
      g_string_append_printf (markup, "<b>%s</b>", hit);

      if (end == NULL)
        break;
      p = end + 1;
    }

  /* Page text keeps the PDF's line breaks; a snippet reads as one line. */
  g_strdelimit (markup->str, "\n\r\t", ' ');

  return g_string_free (markup, FALSE);
}

static GtkWidget *
create_hit_row (ExemplarDeclarationsPage *self,
                const ExemplarSearchHit  *hit,
                const char               *query)
{
  g_autofree char *where = NULL;
  g_autofree char *file = NULL;
  g_autofree char *markup = NULL;
  ExemplarIndicator *indicator = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;

  if (hit->indicator_code != NULL)
    indicator = exemplar_rubric_find (exemplar_campaign_get_rubric (self->campaign), hit->indicator_code);

  if (indicator != NULL)
    /* Translators: a search hit's unit and rubric item, e.g. "华阳路街道 · 3.2.1 家长学校". */
    where = g_strdup_printf (_("%s · %s %s"),
                             hit->unit_name,
                             hit->indicator_code,
                             exemplar_indicator_get_name (indicator));
  else if (hit->indicator_code != NULL)
    where = g_strdup_printf (_("%s · %s"), hit->unit_name, hit->indicator_code);
  else
    /* Translators: a search hit in evidence for a whole application, e.g. "华阳路街道 · Whole application". */
    where = g_strdup_printf (_("%s · Whole application"), hit->unit_name);

  /* Translators: a search hit's file and page, e.g. "家长学校台账 · page 2". */
  file = g_strdup_printf (_("%s · page %u"), hit->title, hit->page);

  row = gtk_list_box_row_new ();
  gtk_widget_add_css_class (row, "search-hit");
  g_object_set_data_full (G_OBJECT (row), "exemplar-unit-code", g_strdup (hit->unit_code), g_free);
  g_object_set_data_full (G_OBJECT (row), "exemplar-query", g_strdup (query), g_free);
  g_object_set_data_full (G_OBJECT (row), "exemplar-evidence-id",
                          g_memdup2 (&hit->evidence_id, sizeof hit->evidence_id), g_free);
  g_object_set_data (G_OBJECT (row), "exemplar-page", GUINT_TO_POINTER (hit->page));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  label = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "hit-where");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (file);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "hit-file");
  gtk_box_append (GTK_BOX (box), label);

  markup = snippet_to_markup (hit->snippet);
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "hit-snippet");
  gtk_box_append (GTK_BOX (box), label);

  return row;
}

static void
clear_results (ExemplarDeclarationsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))))
    gtk_list_box_remove (self->results_list, child);
}

static void
show_search_results (ExemplarDeclarationsPage *self,
                     GPtrArray                *hits,
                     const GError             *error)
{
  g_autofree char *count = NULL;

  if (hits == NULL)
    {
      adw_status_page_set_title (self->no_results_page, _("Search Failed"));
      adw_status_page_set_description (self->no_results_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      return;
    }

  if (hits->len == 0)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is what was searched for. */
      description = g_strdup_printf (_("No page of any evidence file contains “%s”."), self->search_query);
      adw_status_page_set_title (self->no_results_page, _("No matches"));
      adw_status_page_set_description (self->no_results_page, description);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    gtk_list_box_append (self->results_list, create_hit_row (self, g_ptr_array_index (hits, i), self->search_query));

  if (hits->len >= SEARCH_LIMIT)
    count = g_strdup_printf (_("The first %u matches"), hits->len);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", hits->len), hits->len);
  gtk_label_set_label (self->results_label, count);

  gtk_stack_set_visible_child_name (self->list_stack, "results");
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ExemplarDeclarationsPage) self = user_data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = exemplar_campaign_search_finish (EXEMPLAR_CAMPAIGN (source), result, &error);

  /* A newer search, or the page going away, cancelled this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->search_cancellable);
  clear_results (self);
  show_search_results (self, hits, error);
}

/* Searches on a worker; reading every page for a short word takes long
 * enough in a big campaign to be felt if the window waited for it. */
static void
run_search (ExemplarDeclarationsPage *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  if (query[0] == '\0' || self->campaign == NULL)
    {
      clear_results (self);
      gtk_stack_set_visible_child_name (self->list_stack, "units");
      return;
    }

  g_free (self->search_query);
  self->search_query = g_steal_pointer (&query);
  self->search_cancellable = g_cancellable_new ();
  exemplar_campaign_search_async (self->campaign, self->search_query, SEARCH_LIMIT,
                                  self->search_cancellable, on_search_done_cb, g_object_ref (self));
}

static void
on_search_changed_cb (ExemplarDeclarationsPage *self,
                      GtkSearchEntry           *entry)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  run_search (self);
}

static void
on_stop_search_cb (ExemplarDeclarationsPage *self,
                   GtkSearchEntry           *entry)
{
  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  run_search (self);
}

static ExemplarEvidence *
find_evidence (ExemplarDeclaration *declaration,
               gint64               evidence_id)
{
  GListModel *evidence = exemplar_declaration_get_evidence (declaration);
  guint n_items = g_list_model_get_n_items (evidence);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarEvidence) item = g_list_model_get_item (evidence, i);

      if (exemplar_evidence_get_id (item) == evidence_id)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
on_results_row_activated_cb (ExemplarDeclarationsPage *self,
                             GtkListBoxRow            *row,
                             GtkListBox               *list)
{
  const char *unit_code = g_object_get_data (G_OBJECT (row), "exemplar-unit-code");
  const char *query = g_object_get_data (G_OBJECT (row), "exemplar-query");
  const gint64 *evidence_id = g_object_get_data (G_OBJECT (row), "exemplar-evidence-id");
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "exemplar-page"));
  g_autoptr(ExemplarEvidence) evidence = NULL;
  ExemplarDeclaration *declaration;
  ExemplarEvidenceWindow *window;

  g_assert (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  if (self->campaign == NULL ||
      !(declaration = exemplar_campaign_find_declaration (self->campaign, unit_code)))
    return;

  /* The application the hit belongs to is shown behind the viewer. */
  exemplar_declarations_page_open (self, declaration);

  if (!(evidence = find_evidence (declaration, *evidence_id)))
    return;

  window = exemplar_evidence_window_open (GTK_WIDGET (row), evidence, exemplar_campaign_get_path (self->campaign));
  exemplar_evidence_window_show_page (window, page > 0 ? page - 1 : 0, query);
}

static gboolean
on_find_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  exemplar_declarations_page_focus_search (EXEMPLAR_DECLARATIONS_PAGE (widget));

  return TRUE;
}

static void
exemplar_declarations_page_dispose (GObject *object)
{
  ExemplarDeclarationsPage *self = (ExemplarDeclarationsPage *)object;

  if (self->units_view != NULL)
    gtk_list_view_set_model (self->units_view, NULL);

  /* The leaflet is both the bin's child and a template child: let the bin
   * let go of it first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), EXEMPLAR_TYPE_DECLARATIONS_PAGE);

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (exemplar_declarations_page_parent_class)->dispose (object);
}

static void
exemplar_declarations_page_finalize (GObject *object)
{
  ExemplarDeclarationsPage *self = (ExemplarDeclarationsPage *)object;

  g_clear_pointer (&self->bound_rows, g_ptr_array_unref);
  g_free (self->search_query);

  G_OBJECT_CLASS (exemplar_declarations_page_parent_class)->finalize (object);
}

static void
exemplar_declarations_page_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  ExemplarDeclarationsPage *self = EXEMPLAR_DECLARATIONS_PAGE (object);

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
exemplar_declarations_page_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  ExemplarDeclarationsPage *self = EXEMPLAR_DECLARATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      exemplar_declarations_page_set_campaign (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_declarations_page_class_init (ExemplarDeclarationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = exemplar_declarations_page_dispose;
  object_class->finalize = exemplar_declarations_page_finalize;
  object_class->get_property = exemplar_declarations_page_get_property;
  object_class->set_property = exemplar_declarations_page_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         EXEMPLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/exemplar/Exemplar/ui/exemplar-declarations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, units_view);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, results_label);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ExemplarDeclarationsPage, declaration_page);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_units_view_activate_cb);

  g_type_ensure (EXEMPLAR_TYPE_DECLARATION_PAGE);
}

static void
exemplar_declarations_page_init (ExemplarDeclarationsPage *self)
{
  GtkListItemFactory *factory;
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkShortcut *shortcut;

  self->bound_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->units_view, factory);
  g_object_unref (factory);

  gesture = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_BUBBLE);
  g_signal_connect_object (gesture,
                           "released",
                           G_CALLBACK (on_units_view_released_cb),
                           self,
                           0);
  gtk_widget_add_controller (GTK_WIDGET (self->units_view), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect_object (self->declaration_page,
                           "changed",
                           G_CALLBACK (on_declaration_page_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  /* Ctrl+F searches while this section is on screen, wherever the focus is;
   * global shortcuts of unmapped widgets are skipped. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                               gtk_callback_action_new (on_find_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
exemplar_declarations_page_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_DECLARATIONS_PAGE, NULL);
}

ExemplarCampaign *
exemplar_declarations_page_get_campaign (ExemplarDeclarationsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self), NULL);

  return self->campaign;
}

void
exemplar_declarations_page_set_campaign (ExemplarDeclarationsPage *self,
                                         ExemplarCampaign         *campaign)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self));
  g_return_if_fail (!campaign || EXEMPLAR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  /* Saves what was typed into the application shown before it goes. */
  show_declaration (self, NULL);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_notify_selected_cb, self);
  gtk_list_view_set_model (self->units_view, NULL);
  g_clear_object (&self->selection);

  g_set_object (&self->campaign, campaign);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  clear_results (self);
  gtk_stack_set_visible_child_name (self->list_stack, "units");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  if (campaign != NULL)
    {
      GListModel *declarations = exemplar_campaign_get_declarations (campaign);

      self->selection = gtk_single_selection_new (g_object_ref (declarations));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection,
                               "notify::selected",
                               G_CALLBACK (on_selection_notify_selected_cb),
                               self,
                               G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->units_view, GTK_SELECTION_MODEL (self->selection));

      /* On a wide window the first application is there to read at once. */
      if (g_list_model_get_n_items (declarations) > 0)
        gtk_single_selection_set_selected (self->selection, 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

ExemplarDeclarationPage *
exemplar_declarations_page_get_declaration_page (ExemplarDeclarationsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self), NULL);

  return self->declaration_page;
}

/* Selects @declaration and shows its application, over the list when narrow. */
void
exemplar_declarations_page_open (ExemplarDeclarationsPage *self,
                                 ExemplarDeclaration      *declaration)
{
  GListModel *model;
  guint n_items;

  g_return_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self));
  g_return_if_fail (EXEMPLAR_IS_DECLARATION (declaration));

  if (self->selection == NULL)
    return;

  model = gtk_single_selection_get_model (self->selection);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ExemplarDeclaration) item = g_list_model_get_item (model, i);

      if (item == declaration)
        {
          gtk_single_selection_set_selected (self->selection, i);
          adw_leaflet_set_visible_child_name (self->leaflet, "detail");
          return;
        }
    }
}

/* Searches the campaign's evidence for @text now, as typing it would; the
 * hits are listed when the search is done (see get_searching()). */
void
exemplar_declarations_page_search (ExemplarDeclarationsPage *self,
                                   const char               *text)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  run_search (self);
}

/* Whether a search is still running. */
gboolean
exemplar_declarations_page_get_searching (ExemplarDeclarationsPage *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self), FALSE);

  return self->search_cancellable != NULL;
}

void
exemplar_declarations_page_focus_search (ExemplarDeclarationsPage *self)
{
  g_return_if_fail (EXEMPLAR_IS_DECLARATIONS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
