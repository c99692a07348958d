/* exemplar-probe.h
 *
 * Reading an evidence file in the exemplar-evidence-probe process (see
 * src/probe/exemplar-evidence-probe.c), and what that process answers.
 * Shared by the model and the probe; no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The probe's answer: code, pages, the decoder's message, page texts. */
#define EXEMPLAR_PROBE_TYPE "(uusas)"

typedef enum
{
  EXEMPLAR_PROBE_OK,
  EXEMPLAR_PROBE_ENCRYPTED,
  EXEMPLAR_PROBE_DAMAGED,
  EXEMPLAR_PROBE_NO_PAGES,
} ExemplarProbeCode;

typedef struct _ExemplarProbe ExemplarProbe;

/* Starts reading @file in a probe process, as a PDF (its pages and each
 * page's text) or as an image, while the caller goes on with other work
 * on it, such as hashing. @size, the file's size, lengthens the time the
 * probe is given. Returns %NULL with an INVALID_INPUT error naming @name
 * if @file has no local path, or a STORAGE error if the probe cannot be
 * started. */
ExemplarProbe *_exemplar_probe_start  (GFile          *file,
                                       const char     *name,
                                       goffset         size,
                                       gboolean        is_pdf,
                                       GError        **error);

/* Waits for the probe's answer. A file the probe refuses, crashes on or
 * takes too long over is an INVALID_INPUT error naming @name. For a PDF,
 * sets @pages and, when @texts is given, a new array of each page's text.
 * The probe is killed if @cancellable is cancelled. */
gboolean       _exemplar_probe_finish (ExemplarProbe  *probe,
                                       const char     *name,
                                       guint          *pages,
                                       GPtrArray     **texts,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* Kills the probe if it is still running. */
void           _exemplar_probe_free   (ExemplarProbe  *probe);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarProbe, _exemplar_probe_free)

G_END_DECLS
