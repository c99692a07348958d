/* exemplar-form.c
 *
 * The application form (申报表) as one static table, so the model, the
 * window and exemplar-cli agree on every field's key, order, type and
 * limit. Limits count characters, not bytes: a 1000-character narrative in
 * Chinese is about 3000 bytes of UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "exemplar-error.h"
#include "exemplar-form.h"

/* Whole numbers are counts of people, schools or staff; twelve digits is
 * far beyond any of them and keeps every value inside a gint64. */
#define MAX_NUMBER_DIGITS 12

static const char * const sections[] = {
  "leaders",
  "contact",
  "facts",
  "work",
  "highlights",
  "commitment",
  "opinion",
  NULL,
};

static const struct {
  const char *id;
  const char *title;
} section_titles[] = {
  { "leaders", N_("Leaders") },
  { "contact", N_("Contact") },
  { "facts", N_("Basic facts") },
  { "work", N_("Work by the six protections") },
  { "highlights", N_("Highlights and honours") },
  { "commitment", N_("Commitment") },
  { "opinion", N_("Opinion of the Party working committee") },
};

static const ExemplarFormField fields[] = {
  /* Translators: 街道党工委书记 or 镇党委书记. */
  { "party_secretary", "leaders", N_("Party secretary"), EXEMPLAR_FIELD_TEXT, 50, TRUE },
  /* Translators: 街道办事处主任 or 镇长. */
  { "director", "leaders", N_("Director or town mayor"), EXEMPLAR_FIELD_TEXT, 50, TRUE },
  /* Translators: 分管领导, the leader responsible for the protection of minors. */
  { "leader_in_charge", "leaders", N_("Leader in charge"), EXEMPLAR_FIELD_TEXT, 50, TRUE },

  { "contact_name", "contact", N_("Contact person"), EXEMPLAR_FIELD_TEXT, 50, TRUE },
  { "contact_title", "contact", N_("Contact’s position"), EXEMPLAR_FIELD_TEXT, 50, TRUE },
  { "contact_phone", "contact", N_("Contact phone"), EXEMPLAR_FIELD_TEXT, 30, TRUE },

  { "resident_population", "facts", N_("Resident population"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  { "minors_0_17", "facts", N_("Minors aged 0–17"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  /* Translators: 居委会. */
  { "neighbourhood_committees", "facts", N_("Neighbourhood committees"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  { "schools", "facts", N_("Schools"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  { "kindergartens", "facts", N_("Kindergartens"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  /* Translators: 困境儿童. */
  { "children_in_difficulty", "facts", N_("Children in difficulty"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  /* Translators: 未成年人保护工作站 is the minor protection station. */
  { "station_area", "facts", N_("Protection station area (m²)"), EXEMPLAR_FIELD_DECIMAL, 0, TRUE },
  { "station_staff", "facts", N_("Protection station staff"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  { "station_model", "facts", N_("Protection station operating model"), EXEMPLAR_FIELD_TEXT, 200, TRUE },
  /* Translators: 儿童督导员. */
  { "child_supervisors", "facts", N_("Child supervisors"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },
  /* Translators: 儿童主任. */
  { "child_directors", "facts", N_("Child directors"), EXEMPLAR_FIELD_NUMBER, 0, TRUE },

  { "work_family", "work", N_("Family protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },
  { "work_school", "work", N_("School protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },
  { "work_social", "work", N_("Social protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },
  { "work_online", "work", N_("Online protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },
  { "work_government", "work", N_("Government protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },
  { "work_judicial", "work", N_("Judicial protection"), EXEMPLAR_FIELD_NARRATIVE, 1000, TRUE },

  /* Translators: 特色亮点及品牌项目. */
  { "highlights", "highlights", N_("Highlights and brand projects"), EXEMPLAR_FIELD_NARRATIVE, 2000, TRUE },
  /* Not every unit has been honoured yet, so this one may stay empty. */
  { "honours", "highlights", N_("Honours"), EXEMPLAR_FIELD_NARRATIVE, 1000, FALSE },

  { "commitment", "commitment", N_("Truthfulness commitment"), EXEMPLAR_FIELD_BOOLEAN, 0, TRUE },

  /* Translators: 街道党工委（镇党委）意见. */
  { "party_opinion", "opinion", N_("Opinion of the Party working committee"), EXEMPLAR_FIELD_NARRATIVE, 500, TRUE },
  { "party_opinion_date", "opinion", N_("Date of the opinion"), EXEMPLAR_FIELD_DATE, 0, TRUE },
};

const char * const *
exemplar_form_get_sections (void)
{
  return sections;
}

const char *
exemplar_form_section_get_title (const char *section)
{
  g_return_val_if_fail (section != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (section_titles); i++)
    if (g_str_equal (section_titles[i].id, section))
      return _(section_titles[i].title);

  return NULL;
}

const ExemplarFormField *
exemplar_form_get_fields (guint *n_fields)
{
  if (n_fields != NULL)
    *n_fields = G_N_ELEMENTS (fields);
  return fields;
}

const ExemplarFormField *
exemplar_form_find_field (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].key, key))
      return &fields[i];

  return NULL;
}

const char *
exemplar_form_field_get_title (const ExemplarFormField *field)
{
  g_return_val_if_fail (field != NULL, NULL);
  return _(field->title);
}

const char *
exemplar_form_field_type_to_string (ExemplarFieldType type)
{
  static const char * const names[] = { "text", "number", "decimal", "narrative", "date", "boolean" };

  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (names), NULL);
  return names[type];
}

const char *
exemplar_form_get_commitment_text (void)
{
  /* Translators: the wording of the form is fixed: 本单位承诺所报材料真实准确，
   * 如有不实，取消申报资格。 */
  return _("This unit commits that the materials it submits are true and accurate; "
           "if any of them proves untrue, the unit loses its eligibility to apply.");
}

static gboolean
is_whole_number (const char *text)
{
  gsize n_digits = strspn (text, "0123456789");

  return n_digits > 0 && n_digits <= MAX_NUMBER_DIGITS && text[n_digits] == '\0';
}

/* Digits, then optionally a point and one or two digits: "120", "86.5". */
static gboolean
is_decimal (const char *text)
{
  gsize n_whole = strspn (text, "0123456789");
  gsize n_frac;

  if (n_whole == 0 || n_whole > MAX_NUMBER_DIGITS)
    return FALSE;
  if (text[n_whole] == '\0')
    return TRUE;
  if (text[n_whole] != '.')
    return FALSE;

  n_frac = strspn (text + n_whole + 1, "0123456789");
  return n_frac >= 1 && n_frac <= 2 && text[n_whole + 1 + n_frac] == '\0';
}

static gboolean
is_date (const char *text)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      strspn (text, "0123456789-") != 10)
    return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 1900 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
exemplar_form_field_validate (const ExemplarFormField  *field,
                              const char               *value,
                              GError                  **error)
{
  g_autofree char *stripped = NULL;
  const char *title;

  g_return_val_if_fail (field != NULL, FALSE);

  if (value == NULL)
    return TRUE;

  title = exemplar_form_field_get_title (field);

  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The text given for “%s” is not valid UTF-8."), title);
      return FALSE;
    }

  /* Values are stored trimmed, so they are judged trimmed. */
  stripped = g_strstrip (g_strdup (value));
  if (stripped[0] == '\0')
    return TRUE;

  switch (field->type)
    {
    case EXEMPLAR_FIELD_TEXT:
      if (strpbrk (stripped, "\r\n") != NULL)
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("“%s” takes one line; remove the line breaks."), title);
          return FALSE;
        }
      G_GNUC_FALLTHROUGH;

    case EXEMPLAR_FIELD_NARRATIVE:
      {
        glong length = g_utf8_strlen (stripped, -1);

        if (field->max_chars > 0 && length > (glong) field->max_chars)
          {
            g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                         _("“%s” may have at most %u characters; this text has %u."),
                         title, field->max_chars, (guint) length);
            return FALSE;
          }
      }
      return TRUE;

    case EXEMPLAR_FIELD_NUMBER:
      if (!is_whole_number (stripped))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("“%s” takes a whole number of 0 or more, such as 12; “%s” is not one."),
                       title, stripped);
          return FALSE;
        }
      return TRUE;

    case EXEMPLAR_FIELD_DECIMAL:
      if (!is_decimal (stripped))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("“%s” takes a number of 0 or more with at most two decimals, "
                         "such as 120.5; “%s” is not one."),
                       title, stripped);
          return FALSE;
        }
      return TRUE;

    case EXEMPLAR_FIELD_DATE:
      if (!is_date (stripped))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("“%s” takes a date written YYYY-MM-DD, such as 2023-04-28; "
                         "“%s” is not one."),
                       title, stripped);
          return FALSE;
        }
      return TRUE;

    case EXEMPLAR_FIELD_BOOLEAN:
      if (!g_str_equal (stripped, "true") && !g_str_equal (stripped, "false"))
        {
          g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("“%s” is either true (confirmed) or false; “%s” is neither."),
                       title, stripped);
          return FALSE;
        }
      return TRUE;

    default:
      break;
    }

  g_assert_not_reached ();
  return FALSE;
}

/* The value as stored: trimmed, and NULL for "" and for a boolean that is
 * not set, which is stored as no row at all. */
char *
exemplar_form_field_normalize (const ExemplarFormField *field,
                               const char              *value)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (field != NULL, NULL);

  if (value == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (value));
  if (stripped[0] == '\0')
    return NULL;
  if (field->type == EXEMPLAR_FIELD_BOOLEAN && !g_str_equal (stripped, "true"))
    return NULL;

  return g_steal_pointer (&stripped);
}
