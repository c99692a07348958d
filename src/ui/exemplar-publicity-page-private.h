/* exemplar-publicity-page-private.h
 *
 * The Publicity section is split by concern: the page itself, its views
 * and the phase that decides what may change (exemplar-publicity-page.c);
 * the expert review (exemplar-publicity-page-review.c); the member units'
 * opinions and the candidate list (exemplar-publicity-page-opinions.c);
 * the objections (exemplar-publicity-page-objections.c). The notice and
 * the naming decision are widgets of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-publicity-page.h"
#include "exemplar-publicity.h"

G_BEGIN_DECLS

struct _ExemplarPublicityPage
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarPublicity   *publicity;
  ExemplarResults     *results;
  GCancellable        *cancellable;
  GPtrArray           *rank_rows;       /* RankRow, in rank order */
  GPtrArray           *opinion_rows;    /* OpinionRow, member units' order */
  GListModel          *objections;
  GListModel          *opinion_units;   /* the member units the rows show */
  char                *recommended_key; /* the list the checks were set from */
  char                *editable_reason;

  /* Template widgets */
  AdwViewStack        *view_stack;
  GtkRevealer         *locked_revealer;
  GtkLabel            *locked_label;
  GtkWidget           *notice_view;
  GtkWidget           *naming_view;
  /* Review */
  GtkStack            *review_stack;
  AdwStatusPage       *review_status;
  GtkLabel            *quota_label;
  GtkListBox          *ranking_list;
  GtkRevealer         *quota_revealer;
  GtkLabel            *quota_warning;
  GtkSpinButton       *pass_line_spin;
  GtkTextView         *rationale_view;
  GtkButton           *recommend_button;
  GtkLabel            *review_hint;
  GtkLabel            *review_error;
  GtkLabel            *opinions_summary;
  GtkListBox          *opinions_list;
  GtkButton           *fix_button;
  GtkLabel            *fix_hint;
  GtkLabel            *fix_error;
  AdwPreferencesGroup *candidates_group;
  GtkListBox          *candidates_list;
  /* Objections */
  GtkButton           *record_button;
  GtkButton           *resolve_button;
  GtkLabel            *period_label;
  GtkStack            *objections_stack;
  AdwStatusPage       *objections_empty;
  GtkListBox          *objections_list;

  guint                refresh_source;
  guint                pass_line_source;
  guint                results_dirty : 1;
  guint                updating : 1;
};

/* exemplar-publicity-page.c */
GtkWindow *_exemplar_publicity_page_get_window   (ExemplarPublicityPage *self);
void       _exemplar_publicity_page_add_toast    (ExemplarPublicityPage *self,
                                                  const char            *text);
/* Whether the publicity phase's data may change now; when not, @reason
 * (may be NULL) says why, for display. */
gboolean   _exemplar_publicity_page_get_editable (ExemplarPublicityPage *self,
                                                  const char           **reason);
void       _exemplar_publicity_page_set_label    (GtkLabel              *label,
                                                  const char            *text);
void       _exemplar_publicity_page_queue_refresh (ExemplarPublicityPage *self);

/* exemplar-publicity-page-review.c */
void       _exemplar_publicity_page_review_class_init (ExemplarPublicityPageClass *klass);
void       _exemplar_publicity_page_review_init       (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_review_finalize   (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_review_update     (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_review_recompute  (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_review_apply_pass_line (ExemplarPublicityPage *self);

/* exemplar-publicity-page-opinions.c */
void       _exemplar_publicity_page_opinions_class_init (ExemplarPublicityPageClass *klass);
void       _exemplar_publicity_page_opinions_init       (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_opinions_finalize   (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_opinions_update     (ExemplarPublicityPage      *self,
                                                         gboolean                    editable,
                                                         gboolean                    fixed,
                                                         guint                       n_recommended);

/* exemplar-publicity-page-objections.c */
void       _exemplar_publicity_page_objections_class_init (ExemplarPublicityPageClass *klass);
void       _exemplar_publicity_page_objections_init       (ExemplarPublicityPage      *self);
void       _exemplar_publicity_page_objections_update     (ExemplarPublicityPage      *self);

G_END_DECLS
