/* exemplar-evidence.h
 *
 * One attached evidence file: its bytes live once in the campaign file under
 * their SHA-256, this object describes one attachment of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_TYPE_EVIDENCE (exemplar_evidence_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarEvidence, exemplar_evidence, EXEMPLAR, EVIDENCE, GObject)

gint64       exemplar_evidence_get_id             (ExemplarEvidence  *self);
gint64       exemplar_evidence_get_application_id (ExemplarEvidence  *self);
/* The rubric code of the leaf it proves, or NULL for the whole application. */
const char  *exemplar_evidence_get_indicator_code (ExemplarEvidence  *self);
const char  *exemplar_evidence_get_sha256         (ExemplarEvidence  *self);
const char  *exemplar_evidence_get_title          (ExemplarEvidence  *self);
const char  *exemplar_evidence_get_original_name  (ExemplarEvidence  *self);
/* "application/pdf", "image/jpeg" or "image/png". */
const char  *exemplar_evidence_get_media_type     (ExemplarEvidence  *self);
/* "evidence", or "seal" for the scan of the sealed opinion page. */
const char  *exemplar_evidence_get_purpose        (ExemplarEvidence  *self);
guint        exemplar_evidence_get_pages          (ExemplarEvidence  *self);
goffset      exemplar_evidence_get_size           (ExemplarEvidence  *self);
gboolean     exemplar_evidence_is_pdf             (ExemplarEvidence  *self);

/* A seekable stream of the stored bytes (incremental blob I/O), for the
 * viewer; open it on the thread that reads it. */
GInputStream *exemplar_evidence_open_stream       (ExemplarEvidence  *self,
                                                   const char        *campaign_path,
                                                   GError           **error);

G_END_DECLS
