/* exemplar-publicity-notice.c
 *
 * The publicity notice (公示): its period on the working-day calendar, its
 * editable text fields with defaults from the campaign, and the notice as
 * a document.
 *
 * The notice is a Chinese official document: the default texts and the
 * wording the document is built from are data, not interface, and stay in
 * Chinese whatever the interface language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-error.h"
#include "exemplar-publicity-private.h"

typedef struct
{
  const char *key;
  const char *title;
  gboolean    multiline;
  const char *label;     /* the notice's line for a contact, Chinese data */
} NoticeField;

static const NoticeField notice_fields[] = {
  { "title", N_("Title"), FALSE, NULL },
  { "basis", N_("Basis and purpose"), TRUE, NULL },
  { "objection", N_("How to object"), TRUE, NULL },
  { "contact_person", N_("Contact person"), FALSE, "联系人" },
  { "contact_phone", N_("Contact phone"), FALSE, "联系电话" },
  { "supervision_phone", N_("Supervision phone"), FALSE, "监督电话" },
  { "fax", N_("Fax"), FALSE, "传真" },
  { "email", N_("E-mail"), FALSE, "电子邮箱" },
  { "address", N_("Address"), FALSE, "通讯地址" },
  { "postcode", N_("Postcode"), FALSE, "邮政编码" },
  { "issuer", N_("Issuer"), FALSE, NULL },
  { "issued_on", N_("Date issued"), FALSE, NULL },
};

static const char * const field_keys[] = {
  "title", "basis", "objection", "contact_person", "contact_phone",
  "supervision_phone", "fax", "email", "address", "postcode", "issuer",
  "issued_on", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_keys) == G_N_ELEMENTS (notice_fields) + 1);

/* The objection rules of DOMAIN.md, as the notice states them. */
static const char objection_rules[] =
  "公示期间，任何单位和个人对拟命名对象有异议的，可通过电话、信函、传真、电子邮件或来访等方式"
  "向我办反映。信函以邮戳日期为准。单位反映情况须加盖公章，个人反映情况须署真实姓名并留联系电话；"
  "匿名反映不予受理。";

static const NoticeField *
find_field (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (notice_fields); i++)
    if (g_str_equal (notice_fields[i].key, key))
      return &notice_fields[i];

  return NULL;
}

static gboolean
check_period (ExemplarPublicity  *self,
              GError            **error)
{
  if (self->period_id != 0)
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("No publicity period is set; set its start and length first."));
  return FALSE;
}

static gboolean
check_fixed (ExemplarPublicity  *self,
             GError            **error)
{
  if (self->fixed)
    return TRUE;

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                       _("The candidate list is not fixed yet; the notice publishes it, so fix "
                         "it first."));
  return FALSE;
}

/* Whether objections were recorded against the current period: its dates
 * are then what they were judged against. */
static gboolean
period_has_objections (ExemplarPublicity  *self,
                       gboolean           *has_objections,
                       GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT count(*) FROM objection WHERE publicity_id = ?",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->period_id);

  *has_objections = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
  return TRUE;
}

static char *
dup_stored_field (ExemplarPublicity *self,
                  const char        *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (self->period_id == 0)
    return NULL;

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT value FROM publicity_field WHERE publicity_id = ? AND key = ?",
                                    NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, self->period_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* "2024年4月26日", or @day as it is when it is not a date. */
static char *
format_day (const char *day)
{
  char *chinese = exemplar_calendar_format_chinese (day);

  return chinese != NULL ? chinese : g_strdup (day);
}

static void
add_field (ExemplarPublicity *self,
           ExemplarDocument  *document,
           ExemplarBlockKind  kind,
           const char        *key)
{
  g_autofree char *text = exemplar_publicity_dup_field (self, key);

  exemplar_document_add (document, kind, text);
}

/* Public API */

gboolean
exemplar_publicity_get_period (ExemplarPublicity  *self,
                               const char        **start,
                               guint              *working_days,
                               const char        **end)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (self->period_id == 0)
    return FALSE;

  if (start != NULL)
    *start = self->period_start;
  if (working_days != NULL)
    *working_days = self->period_days;
  if (end != NULL)
    *end = self->period_end;
  return TRUE;
}

gboolean
exemplar_publicity_set_period (ExemplarPublicity  *self,
                               const char         *start,
                               guint               working_days,
                               GError            **error)
{
  g_autofree char *detail = NULL;
  gboolean has_objections = FALSE;
  gint64 old_id;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error) ||
      !check_fixed (self, error))
    return FALSE;

  if (working_days == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("A publicity period lasts at least one working day; usually five."));
      return FALSE;
    }

  if (self->period_id != 0 && !period_has_objections (self, &has_objections, error))
    return FALSE;

  if (has_objections)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the %s are dates, YYYY-MM-DD. */
                   _("The period from %s to %s cannot change: objections were recorded "
                     "against it. An objection that needs a new publicity starts a new period."),
                   self->period_start, self->period_end);
      return FALSE;
    }

  /* A correction replaces the period (its fields move to the new row);
   * only a re-publicity leaves a superseded period in the history. */
  old_id = self->period_id;
  if (!exemplar_database_begin (self->db, error) ||
      !_exemplar_publicity_start_period (self, start, working_days, error))
    return FALSE;

  if (old_id != 0)
    {
      sqlite3_stmt *stmt = exemplar_database_prepare_write (self->db,
                                                            "DELETE FROM publicity WHERE id = ?",
                                                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, old_id);
      if (!exemplar_database_step_write (self->db, stmt, error))
        return FALSE;
    }

  detail = g_strdup_printf ("%s +%u", start, working_days);
  return _exemplar_publicity_commit (self, NULL, "publicity.period", "", detail, error);
}

gboolean
exemplar_publicity_is_over (ExemplarPublicity *self)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (self->period_id == 0)
    return FALSE;

  today = _exemplar_publicity_dup_today (self);
  return g_strcmp0 (today, self->period_end) > 0;
}

GPtrArray *
exemplar_publicity_list_periods (ExemplarPublicity *self)
{
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT start_on, end_on, working_days, superseded FROM publicity "
                                    "ORDER BY id",
                                    NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (periods, g_strdup_printf ("%s/%s/%d/%d",
                                               (const char *) sqlite3_column_text (stmt, 0),
                                               (const char *) sqlite3_column_text (stmt, 1),
                                               sqlite3_column_int (stmt, 2),
                                               sqlite3_column_int (stmt, 3)));

  return g_steal_pointer (&periods);
}

const char * const *
exemplar_publicity_list_fields (void)
{
  return field_keys;
}

const char *
exemplar_publicity_get_field_title (const char *key)
{
  const NoticeField *field = find_field (key);

  g_return_val_if_fail (field != NULL, NULL);

  return _(field->title);
}

gboolean
exemplar_publicity_get_field_multiline (const char *key)
{
  const NoticeField *field = find_field (key);

  g_return_val_if_fail (field != NULL, FALSE);

  return field->multiline;
}

char *
exemplar_publicity_dup_field (ExemplarPublicity *self,
                              const char        *key)
{
  char *stored;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);
  g_return_val_if_fail (find_field (key) != NULL, NULL);

  stored = dup_stored_field (self, key);
  if (stored != NULL)
    return stored;

  return exemplar_publicity_dup_default_field (self, key);
}

char *
exemplar_publicity_dup_default_field (ExemplarPublicity *self,
                                      const char        *key)
{
  g_autofree char *honour = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);
  g_return_val_if_fail (find_field (key) != NULL, NULL);

  honour = _exemplar_publicity_dup_honour (self);

  if (g_str_equal (key, "title"))
    return g_strdup_printf ("关于%s拟命名名单的公示", honour);

  if (g_str_equal (key, "basis"))
    {
      const char *notice = exemplar_campaign_get_notice_title (self->campaign);
      const char *number = exemplar_campaign_get_document_number (self->campaign);
      g_autofree char *source = NULL;

      if (notice != NULL && notice[0] != '\0')
        source = g_strdup_printf ("根据《%s》%s%s%s要求，", notice,
                                  number != NULL && number[0] != '\0' ? "（" : "",
                                  number != NULL ? number : "",
                                  number != NULL && number[0] != '\0' ? "）" : "");
      else
        source = g_strdup ("");

      return g_strdup_printf ("%s经街道(镇)申报、评估工作组评估、专家评审和成员单位审议，"
                              "拟命名以下%u个街道(镇)为%s。为广泛听取社会各界意见，"
                              "接受群众监督，现予以公示。",
                              source, self->candidates->len, honour);
    }

  if (g_str_equal (key, "objection"))
    return g_strdup (objection_rules);

  if (g_str_equal (key, "issuer"))
    return g_strdup (exemplar_campaign_get_issuer (self->campaign));

  if (g_str_equal (key, "issued_on"))
    return self->period_start != NULL ? g_strdup (self->period_start)
                                      : _exemplar_publicity_dup_today (self);

  /* Contacts are the office's own: nothing to derive them from. */
  return g_strdup ("");
}

gboolean
exemplar_publicity_set_field (ExemplarPublicity  *self,
                              const char         *key,
                              const char         *value,
                              GError            **error)
{
  g_autofree char *stripped = _exemplar_publicity_strip (value);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_PUBLICITY, -1, error))
    return FALSE;

  if (find_field (key) == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a field's key, e.g. contact_phone. */
                   _("The notice has no field “%s”."), key != NULL ? key : "");
      return FALSE;
    }

  if (!check_period (self, error))
    return FALSE;

  if (stripped == NULL)
    {
      stmt = exemplar_database_begin_write (self->db,
                                            "DELETE FROM publicity_field WHERE publicity_id = ? AND key = ?",
                                            error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      stmt = exemplar_database_begin_write (self->db,
                                            "INSERT INTO publicity_field (publicity_id, key, value) "
                                            "VALUES (?, ?, ?) ON CONFLICT (publicity_id, key) "
                                            "DO UPDATE SET value = excluded.value",
                                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, 1, self->period_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);

  return _exemplar_publicity_commit (self, stmt, "publicity.field", key,
                                     stripped != NULL ? stripped : "", error);
}

ExemplarDocument *
exemplar_publicity_build_notice (ExemplarPublicity  *self,
                                 GError            **error)
{
  g_autoptr(ExemplarDocument) document = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *period = NULL;
  g_autofree char *issued_on = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  if (!check_fixed (self, error) || !check_period (self, error))
    return NULL;

  document = exemplar_document_new ();
  add_field (self, document, EXEMPLAR_BLOCK_TITLE, "title");
  add_field (self, document, EXEMPLAR_BLOCK_PARAGRAPH, "basis");

  _exemplar_publicity_add_entries (document, self->candidates);

  start = format_day (self->period_start);
  end = format_day (self->period_end);
  period = g_strdup_printf ("公示时间：%s至%s（%u个工作日）。", start, end, self->period_days);
  exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, period);

  add_field (self, document, EXEMPLAR_BLOCK_PARAGRAPH, "objection");

  /* Only the contacts the office filled in. */
  for (guint i = 0; i < G_N_ELEMENTS (notice_fields); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *line = NULL;

      if (notice_fields[i].label == NULL)
        continue;

      value = exemplar_publicity_dup_field (self, notice_fields[i].key);
      if (value == NULL || value[0] == '\0')
        continue;

      line = g_strdup_printf ("%s：%s", notice_fields[i].label, value);
      exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, line);
    }

  add_field (self, document, EXEMPLAR_BLOCK_SIGNATURE, "issuer");

  issued_on = exemplar_publicity_dup_field (self, "issued_on");
  date = format_day (issued_on);
  exemplar_document_add (document, EXEMPLAR_BLOCK_DATE, date);

  if (exemplar_publicity_is_over (self))
    exemplar_document_set_stamp (document, "已结束");

  return g_steal_pointer (&document);
}
