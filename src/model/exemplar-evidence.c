/* exemplar-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-blob-stream.h"
#include "exemplar-evidence-private.h"

struct _ExemplarEvidence
{
  GObject  parent_instance;

  gint64   id;
  gint64   application_id;
  char    *indicator_code;
  char    *sha256;
  char    *title;
  char    *original_name;
  char    *media_type;
  char    *purpose;
  guint    pages;
  goffset  size;
};

G_DEFINE_FINAL_TYPE (ExemplarEvidence, exemplar_evidence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORIGINAL_NAME,
  PROP_INDICATOR_CODE,
  PROP_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
exemplar_evidence_finalize (GObject *object)
{
  ExemplarEvidence *self = (ExemplarEvidence *)object;

  g_free (self->indicator_code);
  g_free (self->sha256);
  g_free (self->title);
  g_free (self->original_name);
  g_free (self->media_type);
  g_free (self->purpose);

  G_OBJECT_CLASS (exemplar_evidence_parent_class)->finalize (object);
}

static void
exemplar_evidence_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ExemplarEvidence *self = EXEMPLAR_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ORIGINAL_NAME:
      g_value_set_string (value, self->original_name);
      break;

    case PROP_INDICATOR_CODE:
      g_value_set_string (value, self->indicator_code);
      break;

    case PROP_PAGES:
      g_value_set_uint (value, self->pages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evidence_class_init (ExemplarEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = exemplar_evidence_finalize;
  object_class->get_property = exemplar_evidence_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_ORIGINAL_NAME] = g_param_spec_string ("original-name", NULL, NULL, NULL, flags);
  properties[PROP_INDICATOR_CODE] = g_param_spec_string ("indicator-code", NULL, NULL, NULL, flags);
  properties[PROP_PAGES] = g_param_spec_uint ("pages", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_evidence_init (ExemplarEvidence *self)
{
}

ExemplarEvidence *
_exemplar_evidence_new_from_row (sqlite3_stmt *stmt)
{
  ExemplarEvidence *self = g_object_new (EXEMPLAR_TYPE_EVIDENCE, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->application_id = sqlite3_column_int64 (stmt, 1);
  self->indicator_code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  self->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  self->title = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  self->original_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  self->media_type = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  self->purpose = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  self->pages = (guint) sqlite3_column_int (stmt, 8);
  self->size = sqlite3_column_int64 (stmt, 9);

  return self;
}

gint64
exemplar_evidence_get_id (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), 0);
  return self->id;
}

gint64
exemplar_evidence_get_application_id (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), 0);
  return self->application_id;
}

const char *
exemplar_evidence_get_indicator_code (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->indicator_code;
}

const char *
exemplar_evidence_get_sha256 (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->sha256;
}

const char *
exemplar_evidence_get_title (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->title;
}

const char *
exemplar_evidence_get_original_name (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->original_name;
}

const char *
exemplar_evidence_get_media_type (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->media_type;
}

const char *
exemplar_evidence_get_purpose (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  return self->purpose;
}

guint
exemplar_evidence_get_pages (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), 0);
  return self->pages;
}

goffset
exemplar_evidence_get_size (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), 0);
  return self->size;
}

gboolean
exemplar_evidence_is_pdf (ExemplarEvidence *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), FALSE);
  return g_strcmp0 (self->media_type, "application/pdf") == 0;
}

GInputStream *
exemplar_evidence_open_stream (ExemplarEvidence  *self,
                               const char        *campaign_path,
                               GError           **error)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE (self), NULL);
  g_return_val_if_fail (campaign_path != NULL, NULL);

  return exemplar_blob_stream_new (campaign_path, self->sha256, error);
}
