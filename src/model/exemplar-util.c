/* exemplar-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exemplar-error.h"
#include "exemplar-util-private.h"

int
_exemplar_util_enum_find (const ExemplarEnumName *names,
                          guint                   n_names,
                          const char             *id)
{
  for (guint i = 0; id != NULL && i < n_names; i++)
    if (g_str_equal (id, names[i].id))
      return (int) i;

  return -1;
}

gboolean
_exemplar_util_set_string (char       **field,
                           const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
_exemplar_util_set_missing_error (GError     **error,
                                  const char  *summary,
                                  GPtrArray  **gaps,
                                  GPtrArray  **missing)
{
  g_autoptr(GString) message = g_string_new (summary);

  /* Without the list, the message has to carry it. */
  if (missing == NULL)
    for (guint i = 0; i < (*gaps)->len; i++)
      g_string_append_printf (message, "\n%s", (const char *) g_ptr_array_index (*gaps, i));

  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT, message->str);
  if (missing != NULL)
    *missing = g_steal_pointer (gaps);
}
