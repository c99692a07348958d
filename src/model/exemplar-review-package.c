/* exemplar-review-package.c  — STUB: the model-package helper replaces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exemplar-campaign.h"
#include "exemplar-error.h"
#include "exemplar-review-package.h"

gboolean
exemplar_review_package_export (ExemplarCampaign *campaign, ExemplarReviewer *reviewer,
                                const char *path, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, "STUB");
  return FALSE;
}

void
exemplar_review_package_export_async (ExemplarCampaign *campaign, ExemplarReviewer *reviewer,
                                      const char *path, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (campaign, cancellable, callback, user_data);
  g_task_return_new_error (task, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_PERMITTED, "STUB");
  g_object_unref (task);
}

gboolean
exemplar_review_package_export_finish (ExemplarCampaign *campaign, GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
exemplar_review_package_dup_basename (ExemplarCampaign *campaign, ExemplarReviewer *reviewer)
{
  return g_strdup ("STUB" EXEMPLAR_REVIEW_PACKAGE_SUFFIX);
}

const char *
exemplar_review_package_get_uuid (ExemplarCampaign *package)
{
  return NULL;
}
