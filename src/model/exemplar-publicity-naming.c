/* exemplar-publicity-naming.c
 *
 * The naming decision (命名决定): once the publicity period is over and
 * every accepted objection resolved, the office names the candidates still
 * on the list, once. Later re-checks (抽查复核) and revocations are
 * recorded on the named units, also after the campaign is closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-error.h"
#include "exemplar-publicity-private.h"

/* A named unit as the file has it; self->named holds them, in official
 * order. */
typedef struct
{
  ExemplarDeclaration *declaration;
  char                *named_on;
  char                *revoked_on;
  char                *revoke_reason;
} NamedUnit;

static NamedUnit *
find_named (ExemplarPublicity   *self,
            ExemplarDeclaration *declaration)
{
  for (guint i = 0; i < self->named->len; i++)
    {
      NamedUnit *unit = g_ptr_array_index (self->named, i);

      if (unit->declaration == declaration)
        return unit;
    }

  return NULL;
}

/* A re-check or revocation of @named dated @day (today when NULL), checked
 * to follow the naming. */
static char *
dup_date_after_naming (ExemplarPublicity  *self,
                       NamedUnit          *named,
                       const char         *day,
                       GError            **error)
{
  g_autofree char *date = _exemplar_publicity_dup_date (self, day, error);

  if (date != NULL && strcmp (date, named->named_on) < 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a unit, then dates (YYYY-MM-DD). */
                   _("%s was named on %s; a re-check or revocation cannot be dated %s, before that."),
                   _exemplar_publicity_unit_name (named->declaration), named->named_on, date);
      return NULL;
    }

  return g_steal_pointer (&date);
}

/* What a re-check or a revocation needs: the naming or closed phase, and
 * @declaration named (returned in @named). */
static gboolean
check_named (ExemplarPublicity    *self,
             ExemplarDeclaration  *declaration,
             NamedUnit           **named,
             GError              **error)
{
  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_NAMING, EXEMPLAR_PHASE_CLOSED, error))
    return FALSE;

  *named = find_named (self, declaration);
  if (*named == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("%s was not named; re-checks and revocations concern named units."),
                   _exemplar_publicity_unit_name (declaration));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_can_name (ExemplarPublicity  *self,
                GError            **error)
{
  guint unresolved;

  if (!_exemplar_publicity_check_phase (self, EXEMPLAR_PHASE_NAMING, -1, error))
    return FALSE;

  if (self->decision_number != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   /* Translators: the first %s is a document number, the second a date. */
                   _("The units were named already, by decision %s of %s; a decision is made once."),
                   self->decision_number, self->decision_on);
      return FALSE;
    }
  if (self->period_id == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The candidates have not been publicised; units are named after "
                             "their publicity period."));
      return FALSE;
    }
  if (!exemplar_publicity_is_over (self))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a date, YYYY-MM-DD. */
                   _("The publicity period runs until %s; the units can be named once it is over."),
                   self->period_end);
      return FALSE;
    }

  unresolved = exemplar_publicity_count_unresolved (self);
  if (unresolved > 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: %u counts objections. */
                                "%u accepted objection is not resolved yet; record its outcome "
                                "before naming.",
                                "%u accepted objections are not resolved yet; record their "
                                "outcomes before naming.",
                                unresolved),
                   unresolved);
      return FALSE;
    }
  if (self->candidates->len == 0)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("No candidate is left on the list to name."));
      return FALSE;
    }

  return TRUE;
}

/* Private API */

void
_exemplar_publicity_named_unit_free (gpointer data)
{
  NamedUnit *named = data;

  g_object_unref (named->declaration);
  g_free (named->named_on);
  g_free (named->revoked_on);
  g_free (named->revoke_reason);
  g_free (named);
}

gboolean
_exemplar_publicity_load_decision (ExemplarPublicity  *self,
                                   GError            **error)
{
  g_autoptr(sqlite3_stmt) decision = NULL;
  g_autoptr(sqlite3_stmt) units = NULL;

  g_assert (EXEMPLAR_IS_PUBLICITY (self));

  g_clear_pointer (&self->decision_number, g_free);
  g_clear_pointer (&self->decision_issuer, g_free);
  g_clear_pointer (&self->decision_on, g_free);
  g_ptr_array_set_size (self->named, 0);

  decision = exemplar_database_prepare (self->db,
                                        "SELECT document_number, issuer, decided_on FROM naming_decision "
                                        "WHERE id = 1",
                                        error);
  if (decision == NULL)
    return FALSE;
  if (sqlite3_step (decision) == SQLITE_ROW)
    {
      self->decision_number = g_strdup ((const char *) sqlite3_column_text (decision, 0));
      self->decision_issuer = g_strdup ((const char *) sqlite3_column_text (decision, 1));
      self->decision_on = g_strdup ((const char *) sqlite3_column_text (decision, 2));
    }

  units = exemplar_database_prepare (self->db,
                                     "SELECT n.application_id, n.named_on, n.revoked_on, n.revoke_reason "
                                     "FROM named_unit n JOIN application a ON a.id = n.application_id "
                                     "JOIN unit u ON u.id = a.unit_id ORDER BY u.position",
                                     error);
  if (units == NULL)
    return FALSE;
  while (sqlite3_step (units) == SQLITE_ROW)
    {
      ExemplarDeclaration *declaration = _exemplar_publicity_lookup (self, sqlite3_column_int64 (units, 0));
      NamedUnit *unit;

      if (declaration == NULL)
        continue;

      unit = g_new0 (NamedUnit, 1);
      unit->declaration = g_object_ref (declaration);
      unit->named_on = g_strdup ((const char *) sqlite3_column_text (units, 1));
      unit->revoked_on = g_strdup ((const char *) sqlite3_column_text (units, 2));
      unit->revoke_reason = g_strdup ((const char *) sqlite3_column_text (units, 3));
      g_ptr_array_add (self->named, unit);
    }

  return TRUE;
}

/* Public API */

gboolean
exemplar_publicity_confirm_naming (ExemplarPublicity  *self,
                                   const char         *document_number,
                                   const char         *issuer,
                                   const char         *decided_on,
                                   GError            **error)
{
  g_autofree char *clean_number = _exemplar_publicity_strip (document_number);
  g_autofree char *clean_issuer = NULL;
  g_autofree char *date = NULL;
  g_autofree char *codes = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (!check_can_name (self, error))
    return FALSE;

  if (clean_number == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Give the naming decision its document number, e.g. 长未保办〔2024〕3号."));
      return FALSE;
    }
  clean_issuer = _exemplar_publicity_strip (issuer != NULL ? issuer
                                                          : exemplar_campaign_get_issuer (self->campaign));
  if (clean_issuer == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Name the issuer of the naming decision, the office that signs it."));
      return FALSE;
    }
  date = _exemplar_publicity_dup_date (self, decided_on, error);
  if (date == NULL)
    return FALSE;
  if (strcmp (date, self->period_end) <= 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: the %s are dates, YYYY-MM-DD. */
                   _("The decision cannot be dated %s: the publicity period ended on %s, and the "
                     "units are named after it."),
                   date, self->period_end);
      return FALSE;
    }

  stmt = exemplar_database_begin_write (self->db,
                                        "INSERT INTO naming_decision (id, document_number, issuer, decided_on) "
                                        "VALUES (1, ?, ?, ?)",
                                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, clean_number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_issuer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  if (!exemplar_database_step_write (self->db, stmt, error))
    return FALSE;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      ExemplarDeclaration *declaration = g_ptr_array_index (self->candidates, i);

      stmt = exemplar_database_prepare_write (self->db,
                                              "INSERT INTO named_unit (application_id, named_on) VALUES (?, ?)",
                                              error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
      if (!exemplar_database_step_write (self->db, stmt, error))
        return FALSE;
      if (!_exemplar_publicity_write_state (self, declaration, EXEMPLAR_STATE_NAMED, error))
        {
          exemplar_database_rollback (self->db);
          return FALSE;
        }
    }

  codes = _exemplar_publicity_join_codes ((ExemplarDeclaration **) self->candidates->pdata,
                                          self->candidates->len, " ");
  return _exemplar_publicity_commit (self, NULL, "naming.confirm", clean_number, codes, error);
}

gboolean
exemplar_publicity_get_decision (ExemplarPublicity  *self,
                                 const char        **document_number,
                                 const char        **issuer,
                                 const char        **decided_on)
{
  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);

  if (document_number != NULL)
    *document_number = self->decision_number;
  if (issuer != NULL)
    *issuer = self->decision_issuer;
  if (decided_on != NULL)
    *decided_on = self->decision_on;

  return self->decision_number != NULL;
}

GPtrArray *
exemplar_publicity_get_named (ExemplarPublicity *self)
{
  GPtrArray *declarations;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  declarations = g_ptr_array_new_full (self->named->len, g_object_unref);
  for (guint i = 0; i < self->named->len; i++)
    {
      NamedUnit *unit = g_ptr_array_index (self->named, i);

      g_ptr_array_add (declarations, g_object_ref (unit->declaration));
    }

  return declarations;
}

gboolean
exemplar_publicity_get_revocation (ExemplarPublicity    *self,
                                   ExemplarDeclaration  *declaration,
                                   const char          **revoked_on,
                                   const char          **reason)
{
  NamedUnit *named;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);

  named = find_named (self, declaration);
  if (named == NULL || named->revoked_on == NULL)
    return FALSE;

  if (revoked_on != NULL)
    *revoked_on = named->revoked_on;
  if (reason != NULL)
    *reason = named->revoke_reason;
  return TRUE;
}

ExemplarDocument *
exemplar_publicity_build_decision (ExemplarPublicity  *self,
                                   GError            **error)
{
  g_autoptr(ExemplarDocument) document = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GString) units = g_string_new (NULL);
  g_autofree char *honour = NULL;
  g_autofree char *title = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);

  if (self->decision_number == NULL)
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("The naming decision has not been confirmed yet; confirm it in the "
                             "naming phase first."));
      return NULL;
    }

  /* The decision's list joins names with the ideographic comma. */
  named = exemplar_publicity_get_named (self);
  for (guint i = 0; i < named->len; i++)
    g_string_append_printf (units, "%s%s", i > 0 ? "、" : "",
                            _exemplar_publicity_unit_name (g_ptr_array_index (named, i)));

  /* The wording below is the decision's, an official Chinese document:
   * data, not user interface, so it is not translated. */
  honour = _exemplar_publicity_dup_honour (self);
  title = g_strdup_printf ("关于命名%s的决定", honour);
  decision = g_strdup_printf ("根据《%s》（%s）要求，经街道(镇)申报、评估工作组评估、专家评审和社会"
                              "公示，决定命名%s为%s，现予公布。",
                              exemplar_campaign_get_notice_title (self->campaign),
                              exemplar_campaign_get_document_number (self->campaign),
                              units->str, honour);
  date = exemplar_calendar_format_chinese (self->decision_on);

  document = exemplar_document_new ();
  exemplar_document_add (document, EXEMPLAR_BLOCK_TITLE, title);
  exemplar_document_add (document, EXEMPLAR_BLOCK_NUMBER, self->decision_number);
  exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH, decision);
  _exemplar_publicity_add_entries (document, named);
  exemplar_document_add (document, EXEMPLAR_BLOCK_PARAGRAPH,
                         "希望被命名的街道(镇)珍惜荣誉，再接再厉，不断健全未成年人保护工作体系，"
                         "持续提升工作水平，充分发挥示范引领作用；各街道(镇)要学习借鉴示范街道(镇)"
                         "的经验做法，推动全区未成年人保护工作高质量发展。");
  exemplar_document_add (document, EXEMPLAR_BLOCK_SIGNATURE, self->decision_issuer);
  exemplar_document_add (document, EXEMPLAR_BLOCK_DATE, date);

  return g_steal_pointer (&document);
}

gboolean
exemplar_publicity_record_recheck (ExemplarPublicity    *self,
                                   ExemplarDeclaration  *declaration,
                                   const char           *checked_on,
                                   const char           *result,
                                   const char           *note,
                                   GError              **error)
{
  g_autofree char *clean_result = _exemplar_publicity_strip (result);
  g_autofree char *clean_note = _exemplar_publicity_strip (note);
  g_autofree char *date = NULL;
  g_autofree char *detail = NULL;
  NamedUnit *named;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);

  if (!check_named (self, declaration, &named, error))
    return FALSE;

  if (clean_result == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("Write what the re-check of %s found."),
                   _exemplar_publicity_unit_name (declaration));
      return FALSE;
    }
  date = dup_date_after_naming (self, named, checked_on, error);
  if (date == NULL)
    return FALSE;

  stmt = exemplar_database_begin_write (self->db,
                                        "INSERT INTO recheck (application_id, checked_on, result, note) "
                                        "VALUES (?, ?, ?, ?)",
                                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_result, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, clean_note, -1, SQLITE_TRANSIENT);

  detail = g_strdup_printf ("%s %s", date, clean_result);
  return _exemplar_publicity_commit (self, stmt, "naming.recheck",
                                     _exemplar_publicity_unit_code (declaration), detail, error);
}

GPtrArray *
exemplar_publicity_list_rechecks (ExemplarPublicity   *self,
                                  ExemplarDeclaration *declaration)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), NULL);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), NULL);

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT checked_on, result, note FROM recheck WHERE application_id = ? "
                                    "ORDER BY checked_on, id",
                                    &error);
  if (stmt == NULL)
    {
      g_warning ("Could not read the re-checks of %s: %s",
                 _exemplar_publicity_unit_name (declaration), error->message);
      return g_steal_pointer (&lines);
    }
  sqlite3_bind_int64 (stmt, 1, exemplar_declaration_get_id (declaration));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *note = (const char *) sqlite3_column_text (stmt, 2);

      g_ptr_array_add (lines, g_strdup_printf ("%s · %s%s%s",
                                               (const char *) sqlite3_column_text (stmt, 0),
                                               (const char *) sqlite3_column_text (stmt, 1),
                                               note != NULL ? " · " : "",
                                               note != NULL ? note : ""));
    }

  return g_steal_pointer (&lines);
}

gboolean
exemplar_publicity_revoke (ExemplarPublicity    *self,
                           ExemplarDeclaration  *declaration,
                           const char           *reason,
                           const char           *revoked_on,
                           GError              **error)
{
  g_autofree char *clean_reason = _exemplar_publicity_strip (reason);
  g_autofree char *date = NULL;
  g_autofree char *detail = NULL;
  NamedUnit *named;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (EXEMPLAR_IS_PUBLICITY (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_DECLARATION (declaration), FALSE);

  if (!check_named (self, declaration, &named, error))
    return FALSE;

  if (named->revoked_on != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_EXISTS,
                   /* Translators: %s are a unit and a date (YYYY-MM-DD). */
                   _("The title of %s was revoked already, on %s."),
                   _exemplar_publicity_unit_name (declaration), named->revoked_on);
      return FALSE;
    }
  if (clean_reason == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: %s is a unit, e.g. 新泾镇. */
                   _("Give the reason the title of %s is revoked."),
                   _exemplar_publicity_unit_name (declaration));
      return FALSE;
    }
  date = dup_date_after_naming (self, named, revoked_on, error);
  if (date == NULL)
    return FALSE;

  stmt = exemplar_database_begin_write (self->db,
                                        "UPDATE named_unit SET revoked_on = ?, revoke_reason = ? "
                                        "WHERE application_id = ?",
                                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, exemplar_declaration_get_id (declaration));

  detail = g_strdup_printf ("%s %s", date, clean_reason);
  return _exemplar_publicity_commit (self, stmt, "naming.revoke",
                                     _exemplar_publicity_unit_code (declaration), detail, error);
}
