/* exemplar-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_APPLICATION (exemplar_application_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarApplication, exemplar_application, EXEMPLAR, APPLICATION, AdwApplication)

#define EXEMPLAR_RECENT_MAX 10

typedef struct _ExemplarWindow ExemplarWindow;

ExemplarApplication *exemplar_application_new                 (void);
/* A new GSettings for the application's schema, or NULL when the schema is
 * not installed (e.g. an uninstalled run without GSETTINGS_SCHEMA_DIR). */
GSettings           *exemplar_application_new_settings        (void);
GSettings           *exemplar_application_get_settings        (ExemplarApplication *self);
void                 exemplar_application_add_recent          (ExemplarApplication *self,
                                                               const char          *path);
void                 exemplar_application_remove_recent       (ExemplarApplication *self,
                                                               const char          *path);
/* The active window when it shows no campaign; otherwise a new window. */
ExemplarWindow      *exemplar_application_get_window_for_open (ExemplarApplication *self);
void                 exemplar_application_open_sample         (ExemplarApplication *self);

G_END_DECLS
