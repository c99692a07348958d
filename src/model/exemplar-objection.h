/* exemplar-objection.h
 *
 * An objection (异议) to a candidate during the publicity period, recorded
 * by the office: when and how it came, from whom, about which candidate,
 * what it says; whether it was accepted (within the period and named: a
 * unit's with its seal, an individual's with a real name and a phone) and
 * if not why; the verification deadline (10 working days after receipt);
 * the outcome and the reply sent. Created through ExemplarPublicity; the
 * object notifies when it is resolved or gets an attachment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_CHANNEL_PHONE,
  EXEMPLAR_CHANNEL_LETTER,   /* the postmark date counts as the received date */
  EXEMPLAR_CHANNEL_FAX,
  EXEMPLAR_CHANNEL_EMAIL,
  EXEMPLAR_CHANNEL_VISIT,
} ExemplarChannel;

#define EXEMPLAR_N_CHANNELS (EXEMPLAR_CHANNEL_VISIT + 1)

/* "phone", "letter", "fax", "email", "visit". */
const char *exemplar_channel_to_string   (ExemplarChannel  channel);
gboolean    exemplar_channel_from_string (const char      *text,
                                          ExemplarChannel *channel);
/* Translated: "Phone", "Letter", "Fax", "E-mail", "In person". */
const char *exemplar_channel_get_title   (ExemplarChannel  channel);

typedef enum
{
  EXEMPLAR_OUTCOME_PENDING,           /* not yet resolved */
  EXEMPLAR_OUTCOME_NOT_UPHELD,        /* 不成立 */
  EXEMPLAR_OUTCOME_UPHELD_REMOVED,    /* 成立，取消拟命名资格 */
  EXEMPLAR_OUTCOME_UPHELD_RECTIFIED,  /* 成立，整改后保留 */
  EXEMPLAR_OUTCOME_REPUBLICITY,       /* 需重新公示 */
} ExemplarOutcome;

#define EXEMPLAR_N_OUTCOMES (EXEMPLAR_OUTCOME_REPUBLICITY + 1)

/* "pending", "not_upheld", "upheld_removed", "upheld_rectified", "republicity". */
const char *exemplar_outcome_to_string   (ExemplarOutcome  outcome);
gboolean    exemplar_outcome_from_string (const char      *text,
                                          ExemplarOutcome *outcome);
/* Translated: "Pending", "Not upheld", "Upheld, removed", "Upheld,
 * rectified and kept", "Re-publicity needed". */
const char *exemplar_outcome_get_title   (ExemplarOutcome  outcome);

#define EXEMPLAR_TYPE_OBJECTION (exemplar_objection_get_type ())

G_DECLARE_FINAL_TYPE (ExemplarObjection, exemplar_objection, EXEMPLAR, OBJECTION, GObject)

gint64               exemplar_objection_get_id                  (ExemplarObjection *self);
/* The candidate objected to. */
ExemplarDeclaration *exemplar_objection_get_declaration         (ExemplarObjection *self);
const char          *exemplar_objection_get_received_on         (ExemplarObjection *self);
ExemplarChannel      exemplar_objection_get_channel             (ExemplarObjection *self);
/* The unit's or the person's name; NULL when anonymous. */
const char          *exemplar_objection_get_from_name           (ExemplarObjection *self);
gboolean             exemplar_objection_get_from_unit           (ExemplarObjection *self);
gboolean             exemplar_objection_get_sealed              (ExemplarObjection *self);
const char          *exemplar_objection_get_contact             (ExemplarObjection *self);
const char          *exemplar_objection_get_content             (ExemplarObjection *self);
gboolean             exemplar_objection_get_accepted            (ExemplarObjection *self);
/* Why it was not accepted (translated, stored); NULL when accepted. */
const char          *exemplar_objection_get_not_accepted_reason (ExemplarObjection *self);
/* The verification deadline; NULL when not accepted. */
const char          *exemplar_objection_get_verify_by           (ExemplarObjection *self);
ExemplarOutcome      exemplar_objection_get_outcome             (ExemplarObjection *self);
const char          *exemplar_objection_get_reply               (ExemplarObjection *self);
const char          *exemplar_objection_get_resolved_on         (ExemplarObjection *self);
/* Attachments' SHA-256 (hex) and titles, in the order added. */
guint                exemplar_objection_get_n_attachments       (ExemplarObjection *self);
const char          *exemplar_objection_get_attachment_sha256   (ExemplarObjection *self,
                                                                 guint              index);
const char          *exemplar_objection_get_attachment_title    (ExemplarObjection *self,
                                                                 guint              index);

G_END_DECLS
