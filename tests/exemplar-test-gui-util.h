/* exemplar-test-gui-util.h: helpers shared by the tests that run on a
 * display (Xvfb): the main loop, finding widgets as a user finds them,
 * and the application and its windows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exemplar-application.h"
#include "exemplar-test-util.h"
#include "exemplar-types.h"
#include "exemplar-window.h"

G_BEGIN_DECLS

/* Setting up. */
char                *exemplar_test_gui_init            (int                 *argc,
                                                        char              ***argv,
                                                        const char          *home_tmpl);
ExemplarApplication *exemplar_test_application_new     (void);
ExemplarWindow      *exemplar_test_window_new          (ExemplarApplication *app,
                                                        ExemplarCampaign    *campaign,
                                                        const char          *section,
                                                        int                  width,
                                                        int                  height);
void                 exemplar_test_destroy_toplevels   (void);

/* The main loop. */
void                 exemplar_test_iterate             (guint                ms);
gboolean             exemplar_test_set_flag_cb         (gpointer             flag);

/* Runs the main loop until @condition holds, for 20 seconds at most. */
#define EXEMPLAR_TEST_WAIT_UNTIL(condition)                                   \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;         \
    while (!(condition))                                                      \
      {                                                                       \
        if (g_get_monotonic_time () > deadline_)                              \
          g_error ("Timed out waiting for %s", #condition);                   \
        exemplar_test_iterate (10);                                           \
      }                                                                       \
  } G_STMT_END

/* Widgets, depth-first in child order: what a reader meets top to bottom. */
GPtrArray           *exemplar_test_find_all            (gpointer             root,
                                                        GType                type,
                                                        const char          *css_class);
GPtrArray           *exemplar_test_find_drawable       (gpointer             root,
                                                        GType                type,
                                                        const char          *css_class);
gpointer             exemplar_test_find_first          (gpointer             root,
                                                        GType                type,
                                                        const char          *css_class);
gpointer             exemplar_test_find_one            (gpointer             root,
                                                        GType                type);
GtkWidget           *exemplar_test_find_by_id          (gpointer             root,
                                                        const char          *id);
GtkWidget           *exemplar_test_find_row            (gpointer             root,
                                                        const char          *title);
gpointer             exemplar_test_find_toplevel       (GType                type);
gpointer             exemplar_test_find_message_dialog (GtkWindow           *parent);

/* What a user reads. */
GPtrArray           *exemplar_test_visible_texts       (gpointer             root);
gboolean             exemplar_test_texts_contain       (GPtrArray           *texts,
                                                        const char          *needle);
gboolean             exemplar_test_shows_text          (gpointer             root,
                                                        const char          *needle);

/* What a user does. */
void                 exemplar_test_focus               (gpointer             widget);
void                 exemplar_test_press_enter         (gpointer             editable);

G_END_DECLS
