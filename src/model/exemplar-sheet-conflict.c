/* exemplar-sheet-conflict.c
 *
 * A sheet that came back from a reviewer's desktop for an assignment the
 * office already holds sealed with other content; the office keeps its own
 * or accepts the incoming one (exemplar-evaluation-conflicts.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-assignment.h"
#include "exemplar-sheet-conflict-private.h"
#include "exemplar-util-private.h"

struct _ExemplarSheetConflict
{
  GObject                parent_instance;

  /* Owned references */
  ExemplarAssignment    *assignment;
  GPtrArray             *differences;

  char                  *decided_at;
  char                  *reason;
  gint64                 id;
  gint64                 office_total;
  gint64                 incoming_total;
  ExemplarConflictState  state;
};

G_DEFINE_FINAL_TYPE (ExemplarSheetConflict, exemplar_sheet_conflict, G_TYPE_OBJECT)

/* The words sheet_conflict.state stores. */
static const ExemplarEnumName state_names[] = {
  [EXEMPLAR_CONFLICT_PENDING] = { "pending", NULL },
  [EXEMPLAR_CONFLICT_ACCEPTED] = { "accepted", NULL },
  [EXEMPLAR_CONFLICT_KEPT] = { "kept", NULL },
};

gboolean
_exemplar_conflict_state_from_string (const char            *text,
                                      ExemplarConflictState *state)
{
  int found = _exemplar_util_enum_find (state_names, G_N_ELEMENTS (state_names), text);

  if (found < 0)
    return FALSE;

  *state = found;
  return TRUE;
}

const char *
_exemplar_conflict_state_to_string (ExemplarConflictState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (state_names), NULL);

  return state_names[state].id;
}

static void
exemplar_sheet_conflict_dispose (GObject *object)
{
  ExemplarSheetConflict *self = EXEMPLAR_SHEET_CONFLICT (object);

  g_clear_object (&self->assignment);

  G_OBJECT_CLASS (exemplar_sheet_conflict_parent_class)->dispose (object);
}

static void
exemplar_sheet_conflict_finalize (GObject *object)
{
  ExemplarSheetConflict *self = EXEMPLAR_SHEET_CONFLICT (object);

  g_clear_pointer (&self->differences, g_ptr_array_unref);
  g_free (self->decided_at);
  g_free (self->reason);

  G_OBJECT_CLASS (exemplar_sheet_conflict_parent_class)->finalize (object);
}

static void
exemplar_sheet_conflict_class_init (ExemplarSheetConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_sheet_conflict_dispose;
  object_class->finalize = exemplar_sheet_conflict_finalize;
}

static void
exemplar_sheet_conflict_init (ExemplarSheetConflict *self)
{
}

ExemplarSheetConflict *
_exemplar_sheet_conflict_new (gint64                 id,
                              ExemplarAssignment    *assignment,
                              ExemplarConflictState  state,
                              gint64                 office_total,
                              gint64                 incoming_total,
                              GPtrArray             *differences,
                              const char            *decided_at,
                              const char            *reason)
{
  ExemplarSheetConflict *self;

  g_return_val_if_fail (EXEMPLAR_IS_ASSIGNMENT (assignment), NULL);
  g_return_val_if_fail (differences != NULL, NULL);

  self = g_object_new (EXEMPLAR_TYPE_SHEET_CONFLICT, NULL);
  self->id = id;
  self->assignment = g_object_ref (assignment);
  self->state = state;
  self->office_total = office_total;
  self->incoming_total = incoming_total;
  self->differences = differences;
  self->decided_at = g_strdup (decided_at);
  self->reason = g_strdup (reason);

  return self;
}

gint64
exemplar_sheet_conflict_get_id (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), 0);

  return self->id;
}

ExemplarAssignment *
exemplar_sheet_conflict_get_assignment (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), NULL);

  return self->assignment;
}

ExemplarConflictState
exemplar_sheet_conflict_get_state (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), EXEMPLAR_CONFLICT_PENDING);

  return self->state;
}

gint64
exemplar_sheet_conflict_get_office_total (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), 0);

  return self->office_total;
}

gint64
exemplar_sheet_conflict_get_incoming_total (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), 0);

  return self->incoming_total;
}

GPtrArray *
exemplar_sheet_conflict_dup_differences (ExemplarSheetConflict *self)
{
  GPtrArray *differences;

  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), NULL);

  differences = g_ptr_array_new_full (self->differences->len, g_free);
  for (guint i = 0; i < self->differences->len; i++)
    g_ptr_array_add (differences, g_strdup (g_ptr_array_index (self->differences, i)));
  return differences;
}

const char *
exemplar_sheet_conflict_get_decided_at (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), NULL);

  return self->decided_at;
}

const char *
exemplar_sheet_conflict_get_reason (ExemplarSheetConflict *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_SHEET_CONFLICT (self), NULL);

  return self->reason;
}
