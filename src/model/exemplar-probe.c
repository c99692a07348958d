/* exemplar-probe.c
 *
 * Runs exemplar-evidence-probe on one file and reads its answer. The
 * probe is found, in order: where EXEMPLAR_EVIDENCE_PROBE says (the tests
 * point it at the build); beside the running program (a build tree); in
 * the installed libexec folder. It gets a minute, plus a second for each
 * megabyte of the file, before it is taken for hung and killed;
 * EXEMPLAR_PROBE_TIMEOUT sets the minute to another number of seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "exemplar-error.h"
#include "exemplar-probe.h"

#define PROBE_NAME         "exemplar-evidence-probe"
#define PROBE_TIMEOUT      60
#define PROBE_BYTES_A_SECOND (1024 * 1024)

typedef struct
{
  GSubprocess *process;
  GBytes      *output;
  GError      *error;
  gboolean     done;
  gboolean     timed_out;
} Run;

static char *
find_probe (void)
{
  const char *path = g_getenv ("EXEMPLAR_EVIDENCE_PROBE");
  g_autofree char *self = NULL;

  if (path != NULL && *path != '\0')
    return g_strdup (path);

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *beside = g_build_filename (dir, PROBE_NAME, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&beside);
    }

  return g_build_filename (LIBEXECDIR, PROBE_NAME, NULL);
}

static guint
probe_timeout (goffset size)
{
  const char *setting = g_getenv ("EXEMPLAR_PROBE_TIMEOUT");
  guint64 seconds = PROBE_TIMEOUT;

  if (setting != NULL && *setting != '\0')
    seconds = MAX (1, g_ascii_strtoull (setting, NULL, 10));

  return (guint) MIN (seconds + (guint64) MAX (size, 0) / PROBE_BYTES_A_SECOND, G_MAXUINT / 1000);
}

static void
on_communicated_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (object), result, &run->output, NULL, &run->error);
  run->done = TRUE;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  /* The answer may have come in the same iteration: it stands. */
  if (run->done)
    return G_SOURCE_REMOVE;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);

  return G_SOURCE_REMOVE;
}

struct _ExemplarProbe
{
  GSubprocess *process;
  goffset      size;
  gboolean     is_pdf;
};

ExemplarProbe *
_exemplar_probe_start (GFile       *file,
                       const char  *name,
                       goffset      size,
                       gboolean     is_pdf,
                       GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *probe_path = NULL;
  g_autofree char *path = g_file_get_path (file);
  ExemplarProbe *probe;
  GSubprocess *process;

  /* The probe reads a path; a file elsewhere (a network share seen
   * through GVfs, say) has none. */
  if (path == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is not a file on this computer; copy it here and attach it again."),
                   name);
      return NULL;
    }

  probe_path = find_probe ();
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  if (is_pdf)
    process = g_subprocess_launcher_spawn (launcher, &local_error, probe_path, "pdf", "--text", path, NULL);
  else
    process = g_subprocess_launcher_spawn (launcher, &local_error, probe_path, "image", path, NULL);
  if (process == NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   /* Translators: why the checker did not start. */
                   _("Evidence cannot be checked, because the evidence checker did not start (%s). "
                     "Reinstall Exemplar."),
                   local_error->message);
      return NULL;
    }

  probe = g_new0 (ExemplarProbe, 1);
  probe->process = process;
  probe->size = size;
  probe->is_pdf = is_pdf;

  return probe;
}

void
_exemplar_probe_free (ExemplarProbe *probe)
{
  if (probe == NULL)
    return;

  if (probe->process != NULL)
    {
      g_subprocess_force_exit (probe->process);
      g_subprocess_wait (probe->process, NULL, NULL);
      g_object_unref (probe->process);
    }
  g_free (probe);
}

/* Waits for the probe and returns its answer, or %NULL with @error set. */
static GVariant *
wait_for_answer (ExemplarProbe  *probe,
                 const char     *name,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autoptr(GSubprocess) process = g_steal_pointer (&probe->process);
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GVariant) answer = NULL;
  g_autoptr(GBytes) output = NULL;
  GSource *timeout;
  guint seconds = probe_timeout (probe->size);
  Run run = { process, NULL, NULL, FALSE, FALSE };

  /* The import runs on a worker; the probe is waited for on a context of
   * this thread's own, with the timeout beside it. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  g_subprocess_communicate_async (process, NULL, cancellable, on_communicated_cb, &run);
  timeout = g_timeout_source_new_seconds (seconds);
  g_source_set_callback (timeout, on_timeout_cb, &run, NULL);
  g_source_attach (timeout, context);
  while (!run.done)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timeout);
  g_source_unref (timeout);

  if (run.error != NULL)
    {
      /* Cancelled: the probe is not wanted any more. */
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
    }
  g_main_context_pop_thread_default (context);

  output = g_steal_pointer (&run.output);
  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return NULL;
    }

  if (run.timed_out)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a file's name, then a number of seconds. */
                   _("“%s” took longer than %u seconds to read and was given up; it may be damaged. "
                     "Save it again from the program that made it and attach it again."),
                   name, seconds);
      return NULL;
    }

  if (g_subprocess_get_if_signaled (process))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   /* Translators: a file's name, then the number of the signal that stopped the reader. */
                   _("“%s” crashed the reader that checks evidence (signal %d), so it is damaged. "
                     "Save it again from the program that made it and attach it again."),
                   name, g_subprocess_get_term_sig (process));
      return NULL;
    }

  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0 ||
      output == NULL || g_bytes_get_size (output) == 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   /* Translators: a file's name, then the checker's exit status. */
                   _("“%s” could not be checked: the evidence checker failed (status %d). Reinstall Exemplar."),
                   name, g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1);
      return NULL;
    }

  /* GVariant reads any bytes safely; the probe writes normal form, so
   * anything else is not its answer. */
  answer = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (EXEMPLAR_PROBE_TYPE), output, FALSE));
  if (!g_variant_is_normal_form (answer))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_STORAGE,
                   _("“%s” could not be checked: the evidence checker gave an answer that makes no sense. "
                     "Reinstall Exemplar."),
                   name);
      return NULL;
    }

  return g_steal_pointer (&answer);
}

static gboolean
refuse (guint32      code,
        const char  *message,
        const char  *name,
        gboolean     is_pdf,
        GError     **error)
{
  switch (code)
    {
    case EXEMPLAR_PROBE_OK:
      return TRUE;

    case EXEMPLAR_PROBE_ENCRYPTED:
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is protected by a password; save it without protection and attach it again."),
                   name);
      return FALSE;

    case EXEMPLAR_PROBE_NO_PAGES:
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” has no pages."), name);
      return FALSE;

    case EXEMPLAR_PROBE_DAMAGED:
    default:
      if (is_pdf)
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                     _("“%s” is damaged and cannot be read as a PDF (%s)."), name, message);
      else
        g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                     /* Translators: a file's name, then the image decoder's message. */
                     _("“%s” is damaged and cannot be read as an image (%s)."), name, message);
      return FALSE;
    }
}

gboolean
_exemplar_probe_finish (ExemplarProbe  *probe,
                        const char     *name,
                        guint          *pages,
                        GPtrArray     **texts,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GVariant) answer = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  const char *message;
  guint32 code;
  guint32 n_pages;
  char *text;

  g_return_val_if_fail (probe->process != NULL, FALSE);

  answer = wait_for_answer (probe, name, cancellable, error);
  if (answer == NULL)
    return FALSE;

  g_variant_get (answer, "(uu&sas)", &code, &n_pages, &message, &iter);
  if (code == EXEMPLAR_PROBE_OK && n_pages == 0)
    code = probe->is_pdf ? EXEMPLAR_PROBE_NO_PAGES : EXEMPLAR_PROBE_DAMAGED;
  if (code == EXEMPLAR_PROBE_OK && probe->is_pdf && g_variant_iter_n_children (iter) != n_pages)
    code = EXEMPLAR_PROBE_DAMAGED;
  if (!refuse (code, message, name, probe->is_pdf, error))
    return FALSE;

  if (pages != NULL)
    *pages = n_pages;
  if (texts != NULL)
    {
      *texts = g_ptr_array_new_full (n_pages, g_free);
      while (g_variant_iter_next (iter, "s", &text))
        g_ptr_array_add (*texts, text);
    }

  return TRUE;
}
