/* exemplar-poppler.h
 *
 * poppler-glib 22.12 declares no g_autoptr cleanups of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

#ifndef EXEMPLAR_POPPLER_AUTOPTR
#define EXEMPLAR_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif
