/* exemplar-form.h
 *
 * The application form (申报表): its fields, their sections and limits. The
 * values live in the application_field table, keyed by the field's key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  EXEMPLAR_FIELD_TEXT,       /* one line */
  EXEMPLAR_FIELD_NUMBER,     /* a whole number >= 0 */
  EXEMPLAR_FIELD_DECIMAL,    /* a number >= 0 with up to two decimals, e.g. an area */
  EXEMPLAR_FIELD_NARRATIVE,  /* several paragraphs, limited to max_chars characters */
  EXEMPLAR_FIELD_DATE,       /* YYYY-MM-DD */
  EXEMPLAR_FIELD_BOOLEAN,    /* "true" or absent; "false" is accepted and clears it */
} ExemplarFieldType;

typedef struct
{
  const char        *key;        /* e.g. "party_secretary" */
  const char        *section;    /* e.g. "leaders" */
  const char        *title;      /* untranslated; use exemplar_form_field_get_title() */
  ExemplarFieldType  type;
  guint              max_chars;  /* narratives and text; 0 = no limit */
  gboolean           required;   /* needed to submit */
} ExemplarFormField;

/* Sections in form order: leaders, contact, facts, work, highlights,
 * commitment, opinion. */
const char * const      *exemplar_form_get_sections       (void);
const char              *exemplar_form_section_get_title  (const char              *section);
const ExemplarFormField *exemplar_form_get_fields         (guint                   *n_fields);
const ExemplarFormField *exemplar_form_find_field         (const char              *key);
const char              *exemplar_form_field_get_title    (const ExemplarFormField *field);
/* "text", "number", "decimal", "narrative", "date" or "boolean". */
const char              *exemplar_form_field_type_to_string (ExemplarFieldType      type);

/* Checks @value against the field's type and limit; NULL or "" clears it.
 * Values are judged trimmed; limits count characters, not bytes, and the
 * message names the field, its limit and the length given. */
gboolean                 exemplar_form_field_validate     (const ExemplarFormField *field,
                                                           const char              *value,
                                                           GError                 **error);
/* The value as stored: trimmed, or NULL when it clears the field. */
char                    *exemplar_form_field_normalize    (const ExemplarFormField *field,
                                                           const char              *value);

/* The wording of the truthfulness commitment the applicant confirms. */
const char              *exemplar_form_get_commitment_text (void);

G_END_DECLS
