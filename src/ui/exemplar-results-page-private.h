/* exemplar-results-page-private.h
 *
 * What the parts of ExemplarResultsPage share: the page itself
 * (exemplar-results-page.c: recomputing, the policy, the sensitivity
 * line), the ranking's rows and columns (exemplar-results-page-columns.c), the
 * selected unit's breakdown (exemplar-results-page-detail.c), the flagged
 * items (exemplar-results-page-flagged.c), and the exports and vetoes
 * (exemplar-results-page-actions.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-protection-chart.h"
#include "exemplar-results-page.h"

G_BEGIN_DECLS

struct _ExemplarResultsPage
{
  GtkWidget                parent_instance;

  /* Owned references */
  ExemplarCampaign        *campaign;
  ExemplarResults         *results;
  ExemplarStanding        *standing;
  GListStore              *rows;          /* ExemplarRankingRow, as shown */
  GPtrArray               *pending_rows;  /* the rows after those, not yet added */
  GHashTable              *positions;     /* unit code → row position + 1 */
  GCancellable            *cancellable;   /* the computation under way */
  GSignalGroup            *evaluation_signals;
  GSignalGroup            *campaign_signals;
  GPtrArray               *branch_columns;
  GListStore              *items;
  GPtrArray               *pending_items; /* the items after those, not yet added */
  GPtrArray               *breakdown_rows;
  GHashTable              *flagged_leaves;

  /* Template widgets */
  GtkStack                *stack;
  AdwStatusPage           *empty_page;
  GtkDropDown             *policy_dropdown;
  GtkSpinButton           *min_trim_spin;
  GtkSpinButton           *disagreement_spin;
  GtkLabel                *policy_label;
  GtkSpinner              *spinner;
  AdwButtonContent        *flagged_content;
  AdwButtonContent        *flagged_content_narrow;
  GtkRevealer             *sensitivity_revealer;
  GtkWidget               *sensitivity_box;
  GtkImage                *sensitivity_icon;
  GtkLabel                *sensitivity_label;
  GtkPaned                *paned;
  GtkColumnView           *ranking_view;
  GtkSingleSelection      *selection;
  GtkColumnViewColumn     *rank_column;
  GtkColumnViewColumn     *unit_column;
  GtkColumnViewColumn     *total_column;
  GtkColumnViewColumn     *self_column;
  GtkColumnViewColumn     *gap_column;
  GtkColumnViewColumn     *sheets_column;
  GtkColumnViewColumn     *flags_column;
  GtkStack                *detail_stack;
  GtkLabel                *unit_title;
  GtkLabel                *unit_summary;
  GtkLabel                *unit_note;
  GtkWidget               *view_switch;
  GtkToggleButton         *items_toggle;
  GtkToggleButton         *chart_toggle;
  AdwLeaflet              *detail_leaflet;
  GtkListView             *breakdown_view;
  ExemplarProtectionChart *chart;
  GtkLabel                *flagged_title;
  GtkLabel                *flagged_description;
  GtkListBox              *flagged_list;

  guint                    recompute_id;
  guint                    apply_policy_id;
  guint                    fold_idle_id;
  guint                    rows_tick_id;
  guint                    breakdown_tick_id;
  guint                    items_tick_id;
  guint                    rows_per_frame;
  gint64                   requested_at;  /* monotonic time of the request under way */
  guint                    dirty : 1;
  guint                    updating : 1;
  guint                    paned_placed : 1;
  guint                    flagged_filled : 1;
};

/* exemplar-results-page.c */
void  _exemplar_results_page_recompute_now     (ExemplarResultsPage *self);
GtkWidget *_exemplar_results_page_get_list_view (GtkColumnView *column_view);
void  _exemplar_results_page_show_error        (ExemplarResultsPage *self,
                                                const char          *heading,
                                                const char          *message);
void  _exemplar_results_page_add_toast         (ExemplarResultsPage *self,
                                                const char          *text);
GtkWindow *_exemplar_results_page_get_window   (ExemplarResultsPage *self);
char *_exemplar_results_page_shorten         (const char          *text,
                                                glong                max_chars);
/* Sets @text unless the label shows it already: any new text lays the
 * page out again, which with a ranking of 2,000 units is not free. */
void  _exemplar_results_page_set_label         (GtkLabel            *label,
                                                const char          *text);
/* "−3.5", "+2", "0": a signed difference of hundredths. */
char *_exemplar_results_page_format_signed     (gint64               hundredths);

/* exemplar-results-page-columns.c */
void  _exemplar_results_page_set_up_columns    (ExemplarResultsPage *self);
/* Adds one column per top-level branch of the results, after the total,
 * when the branches differ from the columns shown. */
void  _exemplar_results_page_update_branch_columns (ExemplarResultsPage *self);
/* Puts the results' standings in the rows, in the order shown (the
 * results' or a column's), and updates the positions. */
void  _exemplar_results_page_update_rows       (ExemplarResultsPage *self);
/* Adds the rows still pending now (a unit is to be selected there). */
void  _exemplar_results_page_flush_rows        (ExemplarResultsPage *self);

/* exemplar-results-page-detail.c */
void  _exemplar_results_page_set_up_detail     (ExemplarResultsPage *self);
void  _exemplar_results_page_rebuild_items     (ExemplarResultsPage *self);
void  _exemplar_results_page_show_standing     (ExemplarResultsPage *self,
                                                ExemplarStanding    *standing);
void  _exemplar_results_page_scroll_to_leaf    (ExemplarResultsPage *self,
                                                ExemplarIndicator   *leaf);
/* Stops filling the breakdown frame by frame (the page goes). */
void  _exemplar_results_page_stop_breakdown    (ExemplarResultsPage *self);
/* Adds the breakdown's pending items now. */
void  _exemplar_results_page_flush_items       (ExemplarResultsPage *self);

/* exemplar-results-page-flagged.c */
void  _exemplar_results_page_set_up_flagged    (ExemplarResultsPage *self);
void  _exemplar_results_page_update_flagged    (ExemplarResultsPage *self);
void  _exemplar_results_page_fill_flagged      (ExemplarResultsPage *self);
void  _exemplar_results_page_class_flagged_init (ExemplarResultsPageClass *klass);
/* Enables "Mark Reviewed…" only while flags may be reviewed. */
void  _exemplar_results_page_update_flag_review (ExemplarResultsPage *self);

/* exemplar-results-page-actions.c */
void  _exemplar_results_page_class_actions_init (ExemplarResultsPageClass *klass);
void  _exemplar_results_page_update_actions    (ExemplarResultsPage *self);
/* NULL when the policy and vetoes may change now; else why not (translated). */
char *_exemplar_results_page_dup_locked_reason (ExemplarResultsPage *self);
void  _exemplar_results_page_add_shortcuts     (ExemplarResultsPage *self);

G_END_DECLS
