/* exemplar-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-error.h"

G_DEFINE_QUARK (exemplar-error-quark, exemplar_error)
