/* exemplar-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

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

void
_exemplar_util_set_storage_error (GError     **error,
                                  const char  *path,
                                  const char  *detail)
{
  g_autofree char *display_name = g_filename_display_name (path);

  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
               /* Translators: a file name, then why it failed. */
               _("“%s” could not be written: %s. Check that the folder exists, that you may "
                 "write in it and that the disk is not full."),
               display_name, detail);
}

char *
_exemplar_util_create_temp (const char  *path,
                            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *pattern = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temp_path = g_build_filename (dir, pattern, NULL);
  int fd;

  /* Beside the target, so that the final rename stays on one file system
   * and replaces the old file in one step. */
  fd = g_mkstemp_full (temp_path, O_RDWR, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      _exemplar_util_set_storage_error (error, path, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  return g_steal_pointer (&temp_path);
}

gboolean
_exemplar_util_commit_temp (const char  *temp_path,
                            const char  *path,
                            GError     **error)
{
  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      _exemplar_util_set_storage_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
