/* exemplar-cli-json.h
 *
 * The --json output of exemplar-cli. The keys are an interface that scripts
 * rely on: add keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

/* Each returns pretty-printed UTF-8 JSON ending in a newline. */
char *exemplar_cli_json_templates   (void);
char *exemplar_cli_json_info        (ExemplarCampaign *campaign);
char *exemplar_cli_json_rubric      (ExemplarCampaign *campaign);

/* For every command's JSON: a NULL string goes out as null, and points
 * (@hundredths) as numbers with at most two decimals, e.g. 100 or 2.5. */
void  exemplar_cli_json_add_string  (JsonBuilder      *builder,
                                     const char       *member,
                                     const char       *value);
void  exemplar_cli_json_add_null    (JsonBuilder      *builder,
                                     const char       *member);
void  exemplar_cli_json_add_int     (JsonBuilder      *builder,
                                     const char       *member,
                                     gint64            value);
void  exemplar_cli_json_add_boolean (JsonBuilder      *builder,
                                     const char       *member,
                                     gboolean          value);
void  exemplar_cli_json_add_points  (JsonBuilder      *builder,
                                     const char       *member,
                                     gint64            hundredths);
/* @scope (nullable), an assignment's branch, as the "branches" member:
 * null for the whole rubric, or [code]. */
void  exemplar_cli_json_add_scope   (JsonBuilder       *builder,
                                     ExemplarIndicator *scope);
/* The builder's root, pretty-printed, each fractional number in the
 * shortest form that reads back exactly. */
char *exemplar_cli_json_to_data     (JsonBuilder      *builder);

/* Adds @item, one object of a list, to @builder. */
typedef void (*ExemplarCliJsonItemFunc) (JsonBuilder *builder,
                                         gpointer     item);
/* Adds an array with @add_item's object for each item of @items. */
void  exemplar_cli_json_add_list    (JsonBuilder             *builder,
                                     GListModel              *items,
                                     ExemplarCliJsonItemFunc  add_item);

/* Appends the readable text of all of @items to @out. */
typedef void (*ExemplarCliTextListFunc) (GString    *out,
                                         GListModel *items);
/* Writes @items to standard output: with @json, as an array of
 * @add_item's objects; otherwise as @add_text writes them. */
void  exemplar_cli_write_list       (GListModel              *items,
                                     gboolean                 json,
                                     ExemplarCliJsonItemFunc  add_item,
                                     ExemplarCliTextListFunc  add_text);

G_END_DECLS
