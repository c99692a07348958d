/* exemplar-self-assessment-private.h
 *
 * The self-assessment is split by concern: the class with its branches and
 * totals (exemplar-self-assessment.c) and one leaf's row with its score,
 * note and evidence (exemplar-self-assessment-leaf.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-self-assessment.h"

G_BEGIN_DECLS

#define NOTE_SAVE_DELAY_MS 600

typedef struct _LeafRow LeafRow;

/* A branch of the rubric shown with its subtotal: a top-level branch as an
 * expander row, a deeper one as a heading row inside it. */
typedef struct
{
  ExemplarIndicator *indicator;
  AdwExpanderRow    *expander;
  GtkLabel          *subtotal_label;
  GtkWidget         *warning;
  guint              first_leaf;
  guint              n_leaves;
} BranchView;

struct _LeafRow
{
  ExemplarSelfAssessment *self;
  ExemplarIndicator      *leaf;
  BranchView             *top;

  GtkWidget              *row;
  GtkSpinButton          *spin;
  GtkEntry               *note;
  GtkWidget              *warning;
  GtkLabel               *message_label;
  GtkLabel               *count_label;
  GtkWidget              *attach_button;
  GtkWidget              *files_box;

  gint64                  points;
  guint                   index;
  guint                   scored : 1;
  guint                   entered : 1;
  guint                   note_dirty : 1;
  guint                   loading : 1;
};

struct _ExemplarSelfAssessment
{
  AdwBin                  parent_instance;

  /* Owned references */
  ExemplarDeclaration    *declaration;
  ExemplarRubric         *rubric;
  ExemplarEvidenceAttach *attach;
  GListModel             *evidence;
  GPtrArray              *leaves;
  GPtrArray              *branches;

  /* Template widgets */
  GtkLabel               *total_label;
  GtkLabel               *total_caption;
  GtkLabel               *scored_label;
  GtkListBox             *branches_list;

  guint                   note_source;
  guint                   editable : 1;
};

/* exemplar-self-assessment.c */
void     _exemplar_self_assessment_update_totals     (ExemplarSelfAssessment *self);
void     _exemplar_self_assessment_update_evidence   (ExemplarSelfAssessment *self);
void     _exemplar_self_assessment_focus_leaf_index  (ExemplarSelfAssessment *self,
                                                      guint                   index);
void     _exemplar_self_assessment_schedule_notes    (ExemplarSelfAssessment *self);
void     _exemplar_self_assessment_emit_changed      (ExemplarSelfAssessment *self);

/* exemplar-self-assessment-leaf.c */
LeafRow *_exemplar_leaf_row_new            (ExemplarSelfAssessment *self,
                                            ExemplarIndicator      *leaf,
                                            BranchView             *top);
void     _exemplar_leaf_row_free           (LeafRow                *lr);
void     _exemplar_leaf_row_load           (LeafRow                *lr);
void     _exemplar_leaf_row_show_evidence  (LeafRow                *lr,
                                            GPtrArray              *files,
                                            gboolean                missing);
void     _exemplar_leaf_row_commit_points  (LeafRow                *lr);
void     _exemplar_leaf_row_commit_note    (LeafRow                *lr);

G_END_DECLS
