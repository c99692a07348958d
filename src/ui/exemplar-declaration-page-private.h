/* exemplar-declaration-page-private.h
 *
 * The application page is split by concern: the page itself with its header
 * and actions (exemplar-declaration-page.c), the 申报表 form with its
 * autosave (exemplar-declaration-page-form.c), and the evidence list with
 * its coverage (exemplar-declaration-page-evidence.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exemplar-declaration-page.h"
#include "exemplar-phase.h"

G_BEGIN_DECLS

struct _ExemplarDeclarationPage
{
  AdwBin                  parent_instance;

  /* Owned references */
  ExemplarDeclaration    *declaration;
  ExemplarCampaign       *campaign;
  GListModel             *evidence;
  GPtrArray              *fields;
  GPtrArray              *missing_shown;

  /* Template widgets */
  GtkLabel               *unit_label;
  GtkLabel               *state_pill;
  GtkLabel               *unit_subtitle;
  GtkLabel               *summary_label;
  GtkButton              *submit_button;
  GtkMenuButton          *office_menu_button;
  GtkRevealer            *lock_revealer;
  GtkLabel               *lock_label;
  AdwViewStack           *view_stack;
  GtkBox                 *form_box;
  ExemplarSelfAssessment *self_assessment;
  GtkStack               *evidence_stack;
  GtkListBox             *evidence_list;
  AdwPreferencesGroup    *evidence_group;
  GtkButton              *attach_button;
  AdwPreferencesGroup    *coverage_group;
  GtkListBox             *missing_list;
  ExemplarEvidenceAttach *attach;

  /* The seal scan's row, built with the form. */
  AdwActionRow           *seal_row;
  GtkWidget              *seal_open_button;
  GtkWidget              *seal_attach_button;

  guint                   save_source;
  guint                   editable : 1;
  guint                   missing_editable : 1;
};

/* Evidence coverage of @declaration's scored leaves. */
void _exemplar_declaration_count_coverage (ExemplarDeclaration *declaration,
                                           guint               *n_leaves,
                                           guint               *n_covered,
                                           guint               *n_missing);
char *_exemplar_declaration_format_coverage (ExemplarDeclaration *declaration);
/* Shows @state in a .state-pill label, coloured as in the overview. */
void  _exemplar_state_pill_update            (GtkLabel            *pill,
                                              ExemplarState        state);

/* exemplar-declaration-page.c */
GtkWindow *_exemplar_declaration_page_get_parent_window (ExemplarDeclarationPage *self);
void       _exemplar_declaration_page_show_error        (ExemplarDeclarationPage *self,
                                                         const char              *heading,
                                                         const char              *body);
void       _exemplar_declaration_page_update_summary    (ExemplarDeclarationPage *self);

/* exemplar-declaration-page-evidence.c */
void _exemplar_declaration_page_bind_evidence   (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_update_evidence (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_update_coverage (ExemplarDeclarationPage *self);

/* exemplar-declaration-page-form.c */
void _exemplar_declaration_page_build_form     (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_load_form      (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_flush_form     (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_update_form    (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_update_seal    (ExemplarDeclarationPage *self);
void _exemplar_declaration_page_emit_changed   (ExemplarDeclarationPage *self);

G_END_DECLS
