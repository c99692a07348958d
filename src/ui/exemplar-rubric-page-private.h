/* exemplar-rubric-page-private.h
 *
 * What the parts of ExemplarRubricPage share: the page itself, its cells
 * (exemplar-rubric-page-cells.c) and its editing actions
 * (exemplar-rubric-page-actions.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-rubric-page.h"

G_BEGIN_DECLS

struct _ExemplarRubricPage
{
  GtkWidget            parent_instance;

  /* Owned references */
  ExemplarCampaign    *campaign;
  ExemplarRubric      *rubric;
  GtkTreeListModel    *tree;
  GHashTable          *member_units;
  GSignalGroup        *rubric_signals;
  GSignalGroup        *campaign_signals;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkWidget           *valid_box;
  GtkWidget           *frozen_box;
  GtkLabel            *frozen_label;
  GtkWidget           *problems_box;
  GtkLabel            *problems_title;
  GtkListBox          *problems_list;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *points_column;
  GtkColumnViewColumn *scoring_column;
  GtkColumnViewColumn *methods_column;
  GtkColumnViewColumn *evidence_column;
  GtkColumnViewColumn *responsible_column;
  GtkColumnViewColumn *marks_column;

  guint                focus_tick_id;
  guint                focus_attempts;
  guint                scroll_tick_id;
  guint                scroll_on_map : 1;
};

/* exemplar-rubric-page.c */
GListModel *_exemplar_rubric_page_siblings_of        (ExemplarRubricPage *self,
                                                      ExemplarIndicator  *indicator);
gboolean    _exemplar_rubric_page_find_in_model      (GListModel         *model,
                                                      gpointer            item,
                                                      guint              *position);
GHashTable *_exemplar_rubric_page_collect_expanded   (ExemplarRubricPage *self);
void        _exemplar_rubric_page_restore_expanded   (ExemplarRubricPage *self,
                                                      GHashTable         *expanded);
void        _exemplar_rubric_page_scroll_to_selected (ExemplarRubricPage *self,
                                                      gboolean            focus);
gboolean    _exemplar_rubric_page_select             (ExemplarRubricPage *self,
                                                      ExemplarIndicator  *indicator,
                                                      gboolean            focus);
void        _exemplar_rubric_page_show_error         (ExemplarRubricPage *self,
                                                      const char         *heading,
                                                      const GError       *error);

/* exemplar-rubric-page-actions.c */
void        _exemplar_rubric_page_class_actions_init (ExemplarRubricPageClass *klass);
void        _exemplar_rubric_page_update_actions     (ExemplarRubricPage      *self);

/* exemplar-rubric-page-cells.c */
void        _exemplar_rubric_page_set_up_columns     (ExemplarRubricPage *self);

G_END_DECLS
