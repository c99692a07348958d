/* exemplar-scoring-dialog-private.h
 *
 * The scoring dialog is split by concern: the window with its header,
 * submission, reopening and keys (exemplar-scoring-dialog.c); one item
 * with its points and reason (exemplar-scoring-dialog-item.c); the items
 * grouped by branch with their subtotals (exemplar-scoring-dialog-items.c);
 * the evidence of the selected item beside them
 * (exemplar-scoring-dialog-evidence.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-evidence-viewer.h"
#include "exemplar-scoring-dialog.h"

G_BEGIN_DECLS

/* A top-level branch of the rubric with its running subtotal. */
typedef struct
{
  ExemplarIndicator *indicator;
  GtkLabel          *subtotal_label;
  GtkListBox        *list;
  gint64             max_points;
} ScoringGroup;

/* One assigned leaf: its points, the reason for a deduction, its evidence. */
typedef struct
{
  ExemplarScoringDialog *self;
  ExemplarIndicator     *leaf;
  ScoringGroup          *group;

  GtkWidget             *row;
  GtkSpinButton         *spin;
  GtkEntry              *reason;
  GtkLabel              *message_label;
  GtkButton             *evidence_button;

  gint64                 points;
  guint                  index;
  guint                  n_evidence;
  guint                  scored : 1;
  guint                  entered : 1;
  guint                  loading : 1;
} ScoringItem;

struct _ExemplarScoringDialog
{
  AdwWindow               parent_instance;

  /* Owned references */
  ExemplarCampaign       *campaign;
  ExemplarAssignment     *assignment;
  ExemplarScoreSheet     *sheet;
  GListModel             *evidence;
  GPtrArray              *items;
  GPtrArray              *groups;
  GPtrArray              *shown_evidence;
  GtkStringList          *evidence_titles;

  /* Template widgets */
  AdwWindowTitle         *window_title;
  GtkButton              *back_button;
  GtkLabel               *total_label;
  GtkLabel               *total_short_label;
  GtkButton              *submit_button;
  GtkInfoBar             *sealed_bar;
  GtkLabel               *sealed_label;
  GtkLabel               *seal_label;
  GtkInfoBar             *locked_bar;
  GtkLabel               *locked_label;
  GtkStack               *main_stack;
  AdwStatusPage          *error_page;
  AdwLeaflet             *leaflet;
  GtkWidget              *items_page;
  GtkScrolledWindow      *items_scroller;
  GtkWidget              *missing_box;
  GtkLabel               *missing_label;
  GtkListBox             *missing_list;
  GtkBox                 *groups_box;
  GtkTextView            *comment_view;
  GtkLabel               *comment_message;
  GtkWidget              *evidence_page;
  GtkLabel               *evidence_title;
  GtkDropDown            *evidence_dropdown;
  GtkStack               *evidence_stack;
  AdwStatusPage          *evidence_status;
  ExemplarEvidenceViewer *viewer;

  ScoringItem            *current;
  gint64                  loaded_evidence_id;
  guint                   revert_source;
  guint                   revert_comment_source;
  guint                   reveal_source;
  guint                   loading : 1;
  guint                   editable : 1;
  guint                   submitted : 1;
  guint                   evidence_pending : 1;
};

/* exemplar-scoring-dialog.c */
void         _exemplar_scoring_dialog_update_header   (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_update_missing  (ExemplarScoringDialog *self);

/* exemplar-scoring-dialog-item.c */
ScoringItem *_exemplar_scoring_item_new               (ExemplarScoringDialog *self,
                                                       ExemplarIndicator     *leaf,
                                                       ScoringGroup          *group);
GPtrArray   *_exemplar_scoring_item_array_new         (void);
void         _exemplar_scoring_item_load              (ScoringItem           *item);
/* Points below the item's maximum and no reason stored. */
gboolean     _exemplar_scoring_item_needs_reason      (ScoringItem           *item);

/* exemplar-scoring-dialog-items.c */
GPtrArray   *_exemplar_scoring_group_array_new        (void);
void         _exemplar_scoring_dialog_build_items     (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_load_items      (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_set_items_editable (ExemplarScoringDialog *self,
                                                          gboolean               editable);
void         _exemplar_scoring_dialog_update_totals   (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_focus_item      (ExemplarScoringDialog *self,
                                                       guint                  index,
                                                       gboolean               reason);
/* The first item that stops a submission (no points, or a deduction without
 * a reason), or NULL. */
ScoringItem *_exemplar_scoring_dialog_first_missing   (ExemplarScoringDialog *self);
/* The item a line of the model's missing list names, or NULL. */
ScoringItem *_exemplar_scoring_dialog_find_item_in    (ExemplarScoringDialog *self,
                                                       const char            *line);
/* Saves what is typed in a focused spin button and not yet committed. */
void         _exemplar_scoring_dialog_flush           (ExemplarScoringDialog *self);

/* exemplar-scoring-dialog-evidence.c */
void         _exemplar_scoring_dialog_select_item     (ExemplarScoringDialog *self,
                                                       ScoringItem           *item);
void         _exemplar_scoring_dialog_show_evidence   (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_count_evidence  (ExemplarScoringDialog *self);
void         _exemplar_scoring_dialog_evidence_init   (ExemplarScoringDialog *self);

G_END_DECLS
