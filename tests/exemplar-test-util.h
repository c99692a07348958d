/* exemplar-test-util.h: helpers shared by the headless tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void    exemplar_test_remove_tree (const char *path);
void    exemplar_test_sql_on_file (const char *path,
                                   const char *sql);
GBytes *exemplar_test_file_bytes  (const char *path);

G_END_DECLS
