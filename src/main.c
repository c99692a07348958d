/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "exemplar-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ExemplarApplication) app = NULL;
  const char *localedir;

  /* EXEMPLAR_LOCALEDIR lets an uninstalled build find its translations. */
  localedir = g_getenv ("EXEMPLAR_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = exemplar_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
