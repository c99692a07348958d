/* fake-evidence-probe.c: stands in for exemplar-evidence-probe in the
 * tests, to show what the import does when the reader of a file crashes,
 * hangs or answers nonsense, which no file made at test time can be
 * relied on to do to poppler. It acts on the file's name:
 *
 *   …crash…    dies of SIGSEGV, as a reader with a bug would;
 *   …hang…     never answers;
 *   …garbage…  writes bytes that are not an answer;
 *
 * and hands any other file to the real probe, named by
 * EXEMPLAR_REAL_EVIDENCE_PROBE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  const char *path = argv[argc - 1];
  const char *real = getenv ("EXEMPLAR_REAL_EVIDENCE_PROBE");

  if (strstr (path, "crash") != NULL)
    {
      signal (SIGSEGV, SIG_DFL);
      raise (SIGSEGV);
    }
  if (strstr (path, "hang") != NULL)
    for (;;)
      pause ();
  if (strstr (path, "garbage") != NULL)
    {
      fputs ("\x01\x02 not an answer", stdout);
      return 0;
    }

  if (real == NULL)
    return 3;
  argv[0] = (char *) real;
  execv (real, argv);
  return 4;
}
