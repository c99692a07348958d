/* exemplar-template.h
 *
 * Built-in campaign templates: JSON documents compiled into the program as
 * resources under /io/github/exemplar/Exemplar/templates/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

/* A NULL-terminated array of template ids, e.g. "changning-2023". */
GStrv       exemplar_template_list       (void);
/* The template's display title, or NULL when there is no such template. */
char       *exemplar_template_get_title  (const char       *template_id);
JsonNode   *exemplar_template_load       (const char       *template_id,
                                          GError          **error);
/* Fills a freshly created database from a template document; refuses a
 * rubric whose points do not add up, naming the indicator. */
gboolean    exemplar_template_apply      (JsonNode         *root,
                                          ExemplarDatabase *db,
                                          GError          **error);

G_END_DECLS
