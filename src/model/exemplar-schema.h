/* exemplar-schema.h
 *
 * The campaign file's schema as forward-only migrations; model-internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N (1-based) takes a file from user_version N-1 to N. */
const char *exemplar_schema_get_migration (guint version);

G_END_DECLS
