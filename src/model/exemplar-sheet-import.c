/* exemplar-sheet-import.c
 *
 * What one import of a score sheet file did, sheet by sheet, for the
 * office to read: applied, unchanged, or a conflict left to decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "exemplar-points.h"
#include "exemplar-reviewer.h"
#include "exemplar-sheet-import-private.h"

struct _ExemplarSheetImport
{
  GObject           parent_instance;

  /* Owned references */
  ExemplarReviewer *reviewer;
  GListStore       *conflicts;
  GPtrArray        *lines;

  char             *imported_at;
  guint             n_applied;
  guint             n_unchanged;
  gboolean          already_imported;
};

G_DEFINE_FINAL_TYPE (ExemplarSheetImport, exemplar_sheet_import, G_TYPE_OBJECT)

static void
exemplar_sheet_import_dispose (GObject *object)
{
  ExemplarSheetImport *self = EXEMPLAR_SHEET_IMPORT (object);

  g_clear_object (&self->reviewer);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (exemplar_sheet_import_parent_class)->dispose (object);
}

static void
exemplar_sheet_import_finalize (GObject *object)
{
  ExemplarSheetImport *self = EXEMPLAR_SHEET_IMPORT (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_free (self->imported_at);

  G_OBJECT_CLASS (exemplar_sheet_import_parent_class)->finalize (object);
}

static void
exemplar_sheet_import_class_init (ExemplarSheetImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_sheet_import_dispose;
  object_class->finalize = exemplar_sheet_import_finalize;
}

static void
exemplar_sheet_import_init (ExemplarSheetImport *self)
{
  self->conflicts = g_list_store_new (EXEMPLAR_TYPE_SHEET_CONFLICT);
  self->lines = g_ptr_array_new_with_free_func (g_free);
}

ExemplarSheetImport *
_exemplar_sheet_import_new (ExemplarReviewer *reviewer,
                            gboolean          already_imported,
                            const char       *imported_at)
{
  ExemplarSheetImport *self;

  g_return_val_if_fail (EXEMPLAR_IS_REVIEWER (reviewer), NULL);

  self = g_object_new (EXEMPLAR_TYPE_SHEET_IMPORT, NULL);
  self->reviewer = g_object_ref (reviewer);
  self->already_imported = already_imported;
  self->imported_at = g_strdup (imported_at);

  if (already_imported)
    g_ptr_array_add (self->lines,
                     /* Translators: %s is the date and time (UTC) of the earlier import. */
                     g_strdup_printf (_("This file was already imported on %s; nothing changed."),
                                      imported_at));

  return self;
}

void
_exemplar_sheet_import_add_applied (ExemplarSheetImport *self,
                                    const char          *label,
                                    gint64               total)
{
  g_autofree char *points = exemplar_points_format (total);

  self->n_applied++;
  /* Translators: a unit (and round), then the sheet's total points. */
  g_ptr_array_add (self->lines, g_strdup_printf (_("%s: applied, %s points."), label, points));
}

void
_exemplar_sheet_import_add_unchanged (ExemplarSheetImport *self,
                                      const char          *label)
{
  self->n_unchanged++;
  /* Translators: a unit (and round). */
  g_ptr_array_add (self->lines, g_strdup_printf (_("%s: unchanged."), label));
}

void
_exemplar_sheet_import_add_kept (ExemplarSheetImport *self,
                                 const char          *label)
{
  self->n_unchanged++;
  g_ptr_array_add (self->lines,
                   /* Translators: a unit (and round). */
                   g_strdup_printf (_("%s: not applied; the office already decided to keep its own sheet."),
                                    label));
}

void
_exemplar_sheet_import_add_conflict (ExemplarSheetImport   *self,
                                     const char            *label,
                                     ExemplarSheetConflict *conflict)
{
  g_autofree char *office = exemplar_points_format (exemplar_sheet_conflict_get_office_total (conflict));
  g_autofree char *incoming = exemplar_points_format (exemplar_sheet_conflict_get_incoming_total (conflict));

  g_list_store_append (self->conflicts, conflict);
  g_ptr_array_add (self->lines,
                   /* Translators: a unit (and round), the office's total, the sheet's
                    * total. “Returned Sheets” is the view where the office decides. */
                   g_strdup_printf (_("%s: conflict — the office holds %s sealed, the sheet says %s; "
                                      "decide in Returned Sheets."),
                                    label, office, incoming));
}

ExemplarReviewer *
exemplar_sheet_import_get_reviewer (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), NULL);

  return self->reviewer;
}

gboolean
exemplar_sheet_import_get_already_imported (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), FALSE);

  return self->already_imported;
}

const char *
exemplar_sheet_import_get_imported_at (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), NULL);

  return self->imported_at;
}

guint
exemplar_sheet_import_get_n_applied (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), 0);

  return self->n_applied;
}

guint
exemplar_sheet_import_get_n_unchanged (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), 0);

  return self->n_unchanged;
}

GListModel *
exemplar_sheet_import_get_conflicts (ExemplarSheetImport *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), NULL);

  return G_LIST_MODEL (self->conflicts);
}

GPtrArray *
exemplar_sheet_import_dup_lines (ExemplarSheetImport *self)
{
  GPtrArray *lines;

  g_return_val_if_fail (EXEMPLAR_IS_SHEET_IMPORT (self), NULL);

  lines = g_ptr_array_new_full (self->lines->len, g_free);
  for (guint i = 0; i < self->lines->len; i++)
    g_ptr_array_add (lines, g_strdup (g_ptr_array_index (self->lines, i)));
  return lines;
}
