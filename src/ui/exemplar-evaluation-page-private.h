/* exemplar-evaluation-page-private.h
 *
 * The Evaluation section is split by concern: the page itself with its
 * tables' plumbing, progress counts and empty states
 * (exemplar-evaluation-page.c), the reviewers and rounds with their actions
 * (exemplar-evaluation-page-reviewers.c), the working groups with their
 * members (exemplar-evaluation-page-groups.c), the assignments with the
 * draw, the report and the score sheets (exemplar-evaluation-page-assignments.c),
 * and review packages out and score sheets back with the Returned Sheets
 * view (exemplar-evaluation-page-packages.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-assignment.h"
#include "exemplar-evaluation-page.h"
#include "exemplar-returned-sheets-view.h"

G_BEGIN_DECLS

/* Score sheets of one application or one reviewer, by state. */
typedef struct
{
  guint n_sheets[EXEMPLAR_SHEET_SUBMITTED + 1];
} ExemplarProgress;

struct _ExemplarEvaluationPage
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarEvaluation  *evaluation;
  GListModel          *reviewers;
  GListModel          *rounds;
  GListModel          *assignments;
  GListModel          *groups;
  GPtrArray           *bound_cells;
  GHashTable          *reviewer_progress;
  GHashTable          *declaration_progress;
  GHashTable          *unit_positions;
  GHashTable          *reviewer_sort_keys;
  GtkSingleSelection  *reviewers_selection;
  GtkSingleSelection  *assignments_selection;
  GtkNoSelection      *application_progress_selection;
  GtkNoSelection      *reviewer_progress_selection;
  /* Between each table and its model: whole, but for the first frames a
   * table is shown (see attach_visible_tables()). */
  GtkSliceListModel   *reviewers_slice;
  GtkSliceListModel   *assignments_slice;
  GtkSliceListModel   *application_progress_slice;
  GtkSliceListModel   *reviewer_progress_slice;
  GtkCustomFilter     *assignments_filter;
  GtkFilterListModel  *assignments_filtered;
  GtkSortListModel    *assignments_sorted;
  GtkCustomFilter     *progress_filter;
  GtkFilterListModel  *progress_declarations;
  char                *search_text;
  ExemplarProgress     total;
  /* While a review package is written. */
  GCancellable        *export_cancellable;
  AdwToast            *export_toast;
  gint64               export_toast_shown;

  /* Template widgets */
  AdwViewStack        *view_stack;
  GtkRevealer         *locked_revealer;
  GtkLabel            *locked_label;
  GtkLabel            *reviewers_summary;
  GtkStack            *reviewers_stack;
  GtkColumnView       *reviewers_view;
  GtkColumnViewColumn *reviewer_name_column;
  GtkColumnViewColumn *reviewer_affiliation_column;
  GtkColumnViewColumn *reviewer_unit_column;
  GtkColumnViewColumn *reviewer_role_column;
  GtkColumnViewColumn *reviewer_conflicts_column;
  GtkColumnViewColumn *reviewer_load_column;
  GtkWidget           *export_package_button;
  GtkWidget           *export_package_icon_button;
  GtkWidget           *export_all_packages_button;
  GtkWidget           *export_all_packages_icon_button;
  GtkStack            *rounds_stack;
  GtkListBox          *rounds_list;
  AdwPreferencesGroup *add_round_group;
  AdwEntryRow         *round_name_row;
  AdwComboRow         *round_method_row;
  GtkStringList       *round_method_list;
  GtkSpinButton       *round_weight_spin;
  GtkStack            *groups_stack;
  GtkListBox          *groups_list;
  AdwPreferencesGroup *add_group_group;
  AdwEntryRow         *group_name_row;
  AdwComboRow         *group_round_row;
  GtkStringList       *group_round_list;
  GtkSearchEntry      *assignments_search;
  GtkLabel            *assignments_summary;
  GtkStack            *assignments_stack;
  AdwStatusPage       *assignments_empty;
  GtkColumnView       *assignments_view;
  GtkColumnViewColumn *assignment_application_column;
  GtkColumnViewColumn *assignment_reviewer_column;
  GtkColumnViewColumn *assignment_round_column;
  GtkColumnViewColumn *assignment_scope_column;
  GtkColumnViewColumn *assignment_state_column;
  GtkColumnViewColumn *assignment_reciprocal_column;
  GtkLabel            *progress_summary;
  GtkStack            *progress_outer_stack;
  GtkStack            *progress_stack;
  GtkColumnView       *application_progress_view;
  GtkColumnViewColumn *application_progress_name_column;
  GtkColumnViewColumn *application_progress_total_column;
  GtkColumnViewColumn *application_progress_not_started_column;
  GtkColumnViewColumn *application_progress_draft_column;
  GtkColumnViewColumn *application_progress_submitted_column;
  GtkColumnView       *reviewer_progress_view;
  GtkColumnViewColumn *reviewer_progress_name_column;
  GtkColumnViewColumn *reviewer_progress_total_column;
  GtkColumnViewColumn *reviewer_progress_not_started_column;
  GtkColumnViewColumn *reviewer_progress_draft_column;
  GtkColumnViewColumn *reviewer_progress_submitted_column;
  AdwViewStackPage    *returned_page;
  ExemplarReturnedSheetsView *returned_view;

  guint                refresh_source;
  guint                editable : 1;
};

typedef GtkWidget *(*ExemplarCellSetupFunc)  (void);
typedef void       (*ExemplarCellUpdateFunc) (ExemplarEvaluationPage *self,
                                              GtkWidget              *cell,
                                              gpointer                item);
/* A cell's tooltip, asked for only when the pointer rests on it: setting
 * a tooltip while binding costs a round trip to the display server per
 * cell, which makes scrolling a long table stutter. */
typedef char      *(*ExemplarCellTooltipFunc) (ExemplarEvaluationPage *self,
                                               gpointer                item);

/* exemplar-evaluation-page.c */
void              _exemplar_evaluation_page_set_cells       (ExemplarEvaluationPage *self,
                                                             GtkColumnViewColumn    *column,
                                                             ExemplarCellSetupFunc   setup,
                                                             ExemplarCellUpdateFunc  update,
                                                             ExemplarCellTooltipFunc tooltip);
GtkWidget        *_exemplar_evaluation_page_cell_label      (const char             *css_class);
void              _exemplar_evaluation_page_queue_refresh   (ExemplarEvaluationPage *self);
const ExemplarProgress *_exemplar_evaluation_page_get_progress (ExemplarEvaluationPage *self,
                                                             gpointer                reviewer_or_declaration);
GtkWindow        *_exemplar_evaluation_page_get_window      (ExemplarEvaluationPage *self);
void              _exemplar_evaluation_page_show_error      (ExemplarEvaluationPage *self,
                                                             const char             *heading,
                                                             const GError           *error);
/* Removes @target from the evaluation with @remove once the office
 * confirms the destructive question (@heading, @body); a refusal is shown
 * under @error_heading; the page refreshes after a removal. */
typedef gboolean (*ExemplarRemoveFunc) (ExemplarEvaluation  *evaluation,
                                        gpointer             target,
                                        GError             **error);
void              _exemplar_evaluation_page_confirm_remove  (ExemplarEvaluationPage *self,
                                                             const char             *heading,
                                                             const char             *body,
                                                             GObject                *target,
                                                             ExemplarRemoveFunc      remove,
                                                             const char             *error_heading);
/* Shows @toast, taking it; its title is plain text, escaped here. */
void              _exemplar_evaluation_page_add_toast       (ExemplarEvaluationPage *self,
                                                             AdwToast               *toast);
char             *_exemplar_evaluation_page_format_progress (const ExemplarProgress *progress);

/* exemplar-evaluation-page-reviewers.c */
void              _exemplar_evaluation_page_reviewers_class_init (ExemplarEvaluationPageClass *klass);
void              _exemplar_evaluation_page_reviewers_init       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_reviewers_bind       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_reviewers_update     (ExemplarEvaluationPage      *self);
/* The reviewer selected in the Reviewers table, or NULL. */
ExemplarReviewer *_exemplar_evaluation_page_get_selected_reviewer (ExemplarEvaluationPage     *self);
/* The applications @reviewer is assigned to. */
guint             _exemplar_evaluation_page_count_load           (ExemplarEvaluationPage      *self,
                                                                  ExemplarReviewer            *reviewer);

/* exemplar-evaluation-page-groups.c */
void              _exemplar_evaluation_page_groups_class_init (ExemplarEvaluationPageClass *klass);
void              _exemplar_evaluation_page_groups_bind       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_groups_update     (ExemplarEvaluationPage      *self);

/* exemplar-evaluation-page-assignments.c */
void              _exemplar_evaluation_page_assignments_class_init (ExemplarEvaluationPageClass *klass);
void              _exemplar_evaluation_page_assignments_init       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_assignments_bind       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_assignments_update     (ExemplarEvaluationPage      *self);

/* exemplar-evaluation-page-packages.c */
void              _exemplar_evaluation_page_packages_class_init (ExemplarEvaluationPageClass *klass);
void              _exemplar_evaluation_page_packages_init       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_packages_bind       (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_packages_update     (ExemplarEvaluationPage      *self);
void              _exemplar_evaluation_page_packages_dispose    (ExemplarEvaluationPage      *self);

G_END_DECLS
