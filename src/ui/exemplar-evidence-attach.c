/* exemplar-evidence-attach.c
 *
 * Attaching evidence files to an application: from a file chooser or by
 * dropping files on a row. The model imports on a worker; this strip shows
 * which file is being imported with a Cancel button, and when the files are
 * done says what happened: a toast for the files attached, a dialog naming
 * each refused file with the reason. Imports asked for while one runs wait
 * their turn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-declaration.h"
#include "exemplar-evidence-attach.h"
#include "exemplar-indicator.h"
#include "exemplar-window.h"

typedef struct
{
  GWeakRef             self;
  ExemplarDeclaration *declaration;
  ExemplarIndicator   *leaf;
  char                *purpose;
  GPtrArray           *files;
  GCancellable        *cancellable;
  guint                done;
  guint                cancel_index;
} Job;

struct _ExemplarEvidenceAttach
{
  AdwBin               parent_instance;

  /* Owned references */
  ExemplarDeclaration *declaration;
  GQueue               waiting;
  Job                 *current;

  /* Widgets */
  GtkRevealer         *revealer;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkButton           *cancel_button;

  guint                busy : 1;
};

G_DEFINE_FINAL_TYPE (ExemplarEvidenceAttach, exemplar_evidence_attach, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DECLARATION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void exemplar_evidence_attach_start_next (ExemplarEvidenceAttach *self);

static void
update_busy (ExemplarEvidenceAttach *self)
{
  gboolean busy = self->current != NULL || !g_queue_is_empty (&self->waiting);

  if (busy != self->busy)
    {
      self->busy = busy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

static void
job_free (Job *job)
{
  g_weak_ref_clear (&job->self);
  g_clear_object (&job->declaration);
  g_clear_object (&job->leaf);
  g_clear_pointer (&job->purpose, g_free);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static char *
display_name (const char *path)
{
  if (path == NULL)
    return g_strdup ("");

  return g_filename_display_basename (path);
}

static void
show_progress (ExemplarEvidenceAttach *self,
               guint                   done,
               guint                   total,
               const char             *current)
{
  g_autofree char *name = display_name (current);
  g_autofree char *text = NULL;

  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  if (total == 0)
    return;

  if (done >= total)
    /* Translators: the last file of an import is in; the result follows. */
    text = g_strdup (_("Finishing…"));
  else
    /* Translators: progress of an evidence import, e.g. "Importing 3 of 40: 台账.pdf". */
    text = g_strdup_printf (_("Importing %u of %u: %s"), done + 1, total, name);
  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
}

static void
on_import_progress_cb (guint       done,
                       guint       total,
                       const char *current,
                       gpointer    user_data)
{
  Job *job = user_data;
  g_autoptr(ExemplarEvidenceAttach) self = g_weak_ref_get (&job->self);

  job->done = done;

  if (self != NULL && self->current == job)
    show_progress (self, done, total, current);
}

static void
add_toast (ExemplarEvidenceAttach *self,
           const char             *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (EXEMPLAR_IS_WINDOW (root))
    exemplar_window_add_toast (EXEMPLAR_WINDOW (root), text);
  else
    g_message ("%s", text);
}

static GtkWindow *
get_parent_window (ExemplarEvidenceAttach *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Whether @result only says the file was skipped because of a cancel. */
static gboolean
skipped_by_cancel (Job  *job,
                   guint index)
{
  return job->cancel_index != G_MAXUINT && index > job->cancel_index;
}

static void
show_refused (ExemplarEvidenceAttach *self,
              Job                    *job,
              GPtrArray              *results,
              guint                   n_failed,
              guint                   n_attached)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *list;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u File Was Not Attached",
                                          "%u Files Were Not Attached",
                                          n_failed),
                             n_failed);
  dialog = adw_message_dialog_new (get_parent_window (self),
                                   heading,
                                   n_attached > 0
                                   ? _("The other files were attached. Fix these files or choose others, then attach them again.")
                                   : _("Nothing was attached. Fix these files or choose others, then attach them again."));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "refused-list");

  for (guint i = 0; i < results->len; i++)
    {
      ExemplarImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *name = NULL;
      GtkWidget *row;

      if (result->status != EXEMPLAR_IMPORT_FAILED || skipped_by_cancel (job, i))
        continue;

      name = display_name (result->path);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   result->message != NULL ? result->message : _("The file could not be attached."));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  /* A scrolled window in a message dialog gets its minimum height, not its
   * natural one: give a long list room, a short one none. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), MIN (n_failed * 64, 320));
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
summarise (ExemplarEvidenceAttach *self,
           Job                    *job,
           GPtrArray              *results,
           const GError           *error)
{
  gboolean cancelled = job->cancel_index != G_MAXUINT ||
                       g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_autofree char *text = NULL;
  guint n_stored = 0;
  guint n_duplicate = 0;
  guint n_failed = 0;
  guint n_skipped = 0;
  guint n_attached;

  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  if (error != NULL && !cancelled)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (get_parent_window (self),
                                       _("Could Not Attach the Files"),
                                       error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      ExemplarImportResult *result = g_ptr_array_index (results, i);

      switch (result->status)
        {
        case EXEMPLAR_IMPORT_STORED:
          n_stored++;
          break;

        case EXEMPLAR_IMPORT_DUPLICATE:
          n_duplicate++;
          break;

        case EXEMPLAR_IMPORT_FAILED:
        default:
          if (skipped_by_cancel (job, i))
            n_skipped++;
          else
            n_failed++;
          break;
        }
    }

  n_attached = n_stored + n_duplicate;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u file attached",
                                       "%u files attached",
                                       n_attached),
                          n_attached);

  if (n_duplicate > 0)
    {
      g_autofree char *duplicate = NULL;
      char *joined;

      duplicate = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u was already stored",
                                                "%u were already stored",
                                                n_duplicate),
                                   n_duplicate);
      /* Translators: joins "12 files attached" and "2 were already stored". */
      joined = g_strdup_printf (_("%s, %s"), text, duplicate);
      g_free (text);
      text = joined;
    }

  if (cancelled)
    {
      char *with_cancel;

      /* Translators: %s says how many files went in before the import was
       * cancelled, e.g. "Import cancelled: 3 files attached". */
      with_cancel = g_strdup_printf (_("Import cancelled: %s"), text);
      g_free (text);
      text = with_cancel;
    }

  if (n_attached > 0 || cancelled)
    add_toast (self, text);

  if (n_failed > 0)
    show_refused (self, job, results, n_failed, n_attached);
}

static void
on_import_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(ExemplarEvidenceAttach) self = g_weak_ref_get (&job->self);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = exemplar_declaration_import_evidence_finish (EXEMPLAR_DECLARATION (object), result, &error);

  if (self != NULL && self->current == job)
    {
      self->current = NULL;
      summarise (self, job, results, error);
      exemplar_evidence_attach_start_next (self);
    }

  job_free (job);
}

static void
exemplar_evidence_attach_start_next (ExemplarEvidenceAttach *self)
{
  Job *job;

  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  if (self->current != NULL)
    return;

  if (!(job = g_queue_pop_head (&self->waiting)))
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      update_busy (self);
      return;
    }

  self->current = job;

  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  show_progress (self,
                 0,
                 job->files->len,
                 g_file_peek_path (g_ptr_array_index (job->files, 0)));
  gtk_revealer_set_reveal_child (self->revealer, TRUE);

  exemplar_declaration_import_evidence_async (job->declaration,
                                              job->leaf,
                                              job->purpose,
                                              (GFile **) job->files->pdata,
                                              job->files->len,
                                              job->cancellable,
                                              on_import_progress_cb,
                                              job,
                                              on_import_cb,
                                              job);

  update_busy (self);
}

static void
on_cancel_button_clicked_cb (ExemplarEvidenceAttach *self,
                             GtkButton              *button)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  exemplar_evidence_attach_cancel (self);
}

static void
on_chooser_response_cb (GtkNativeDialog        *native,
                        int                     response,
                        ExemplarEvidenceAttach *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      guint n_items = g_list_model_get_n_items (model);

      for (guint i = 0; i < n_items; i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));

      if (files->len > 0)
        exemplar_evidence_attach_import (self,
                                         g_object_get_data (G_OBJECT (native), "exemplar-leaf"),
                                         g_object_get_data (G_OBJECT (native), "exemplar-purpose"),
                                         (GFile **) files->pdata,
                                         files->len);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static gboolean
can_attach (ExemplarEvidenceAttach *self)
{
  return self->declaration != NULL &&
         exemplar_declaration_get_editable (self->declaration, NULL);
}

static gboolean
on_drop_target_accept_cb (GtkDropTarget          *target,
                          GdkDrop                *drop,
                          ExemplarEvidenceAttach *self)
{
  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  return can_attach (self) &&
         gdk_content_formats_contain_gtype (gdk_drop_get_formats (drop), GDK_TYPE_FILE_LIST);
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget          *target,
                        const GValue           *value,
                        double                  x,
                        double                  y,
                        ExemplarEvidenceAttach *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *list;

  g_assert (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !can_attach (self))
    return FALSE;

  for (list = gdk_file_list_get_files (g_value_get_boxed (value)); list != NULL; list = list->next)
    g_ptr_array_add (files, list->data);

  if (files->len == 0)
    return FALSE;

  exemplar_evidence_attach_import (self,
                                   g_object_get_data (G_OBJECT (target), "exemplar-leaf"),
                                   g_object_get_data (G_OBJECT (target), "exemplar-purpose"),
                                   (GFile **) files->pdata,
                                   files->len);

  return TRUE;
}

static void
exemplar_evidence_attach_dispose (GObject *object)
{
  ExemplarEvidenceAttach *self = (ExemplarEvidenceAttach *)object;
  Job *job;

  /* A running import finishes its current file on the worker; its
   * callback finds this object gone and only frees the job. */
  if (self->current != NULL)
    {
      g_cancellable_cancel (self->current->cancellable);
      self->current = NULL;
    }

  while ((job = g_queue_pop_head (&self->waiting)))
    job_free (job);

  g_clear_object (&self->declaration);

  G_OBJECT_CLASS (exemplar_evidence_attach_parent_class)->dispose (object);
}

static void
exemplar_evidence_attach_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ExemplarEvidenceAttach *self = EXEMPLAR_EVIDENCE_ATTACH (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      g_value_set_object (value, self->declaration);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, exemplar_evidence_attach_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evidence_attach_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ExemplarEvidenceAttach *self = EXEMPLAR_EVIDENCE_ATTACH (object);

  switch (prop_id)
    {
    case PROP_DECLARATION:
      exemplar_evidence_attach_set_declaration (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_evidence_attach_class_init (ExemplarEvidenceAttachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = exemplar_evidence_attach_dispose;
  object_class->get_property = exemplar_evidence_attach_get_property;
  object_class->set_property = exemplar_evidence_attach_set_property;

  properties[PROP_DECLARATION] =
    g_param_spec_object ("declaration", NULL, NULL,
                         EXEMPLAR_TYPE_DECLARATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
exemplar_evidence_attach_init (ExemplarEvidenceAttach *self)
{
  GtkWidget *box;
  GtkWidget *texts;

  g_queue_init (&self->waiting);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "attach-progress");

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);

  self->progress_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->progress_label, 0.0);
  gtk_label_set_ellipsize (self->progress_label, PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "numeric");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->progress_label));

  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->progress_label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->progress_bar));

  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  gtk_widget_set_valign (GTK_WIDGET (self->cancel_button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_button), _("Stop before the next file"));
  g_signal_connect_object (self->cancel_button,
                           "clicked",
                           G_CALLBACK (on_cancel_button_clicked_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->cancel_button));

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (self->revealer, box);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
}

GtkWidget *
exemplar_evidence_attach_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_EVIDENCE_ATTACH, NULL);
}

ExemplarDeclaration *
exemplar_evidence_attach_get_declaration (ExemplarEvidenceAttach *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self), NULL);

  return self->declaration;
}

/* Imports already running or waiting keep the application they were asked
 * for; only new ones go to @declaration. */
void
exemplar_evidence_attach_set_declaration (ExemplarEvidenceAttach *self,
                                          ExemplarDeclaration    *declaration)
{
  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self));
  g_return_if_fail (!declaration || EXEMPLAR_IS_DECLARATION (declaration));

  if (g_set_object (&self->declaration, declaration))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECLARATION]);
}

/* Whether an import is running or waiting. */
gboolean
exemplar_evidence_attach_get_busy (ExemplarEvidenceAttach *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self), FALSE);

  return self->busy;
}

/**
 * exemplar_evidence_attach_choose:
 * @self: a #ExemplarEvidenceAttach
 * @leaf: (nullable): the scored leaf the files prove, or %NULL for the
 *   application as a whole
 * @purpose: "evidence", or "seal" for the scan of the sealed page
 *
 * Lets the user choose PDF, JPEG and PNG files, then imports them.
 */
void
exemplar_evidence_attach_choose (ExemplarEvidenceAttach *self,
                                 ExemplarIndicator      *leaf,
                                 const char             *purpose)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  g_autofree char *title = NULL;

  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self));
  g_return_if_fail (!leaf || EXEMPLAR_IS_INDICATOR (leaf));
  g_return_if_fail (purpose != NULL);

  if (!can_attach (self))
    return;

  if (g_strcmp0 (purpose, "seal") == 0)
    title = g_strdup (_("Attach the Scan of the Sealed Page"));
  else if (leaf != NULL)
    /* Translators: the file chooser's title; %s is a rubric item's code, e.g. "3.2.1". */
    title = g_strdup_printf (_("Attach Evidence for %s"), exemplar_indicator_get_code (leaf));
  else
    title = g_strdup (_("Attach Evidence"));

  native = gtk_file_chooser_native_new (title,
                                        get_parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Attach"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  gtk_file_filter_set_name (all, _("PDF Documents and Images"));
  gtk_file_filter_add_mime_type (all, "application/pdf");
  gtk_file_filter_add_mime_type (all, "image/jpeg");
  gtk_file_filter_add_mime_type (all, "image/png");
  gtk_file_filter_add_suffix (all, "pdf");
  gtk_file_filter_add_suffix (all, "jpg");
  gtk_file_filter_add_suffix (all, "jpeg");
  gtk_file_filter_add_suffix (all, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  gtk_file_filter_set_name (pdf, _("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), pdf);

  gtk_file_filter_set_name (images, _("JPEG and PNG Images"));
  gtk_file_filter_add_mime_type (images, "image/jpeg");
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_suffix (images, "jpg");
  gtk_file_filter_add_suffix (images, "jpeg");
  gtk_file_filter_add_suffix (images, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), images);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), all);

  if (leaf != NULL)
    g_object_set_data_full (G_OBJECT (native), "exemplar-leaf", g_object_ref (leaf), g_object_unref);
  g_object_set_data_full (G_OBJECT (native), "exemplar-purpose", g_strdup (purpose), g_free);

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (on_chooser_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * exemplar_evidence_attach_import:
 * @self: a #ExemplarEvidenceAttach
 * @leaf: (nullable): the scored leaf the files prove, or %NULL for the
 *   application as a whole
 * @purpose: "evidence" or "seal"
 * @files: (array length=n_files): the files
 * @n_files: how many
 *
 * Imports @files into the current application on a worker, after any
 * import already running.
 */
void
exemplar_evidence_attach_import (ExemplarEvidenceAttach  *self,
                                 ExemplarIndicator       *leaf,
                                 const char              *purpose,
                                 GFile                  **files,
                                 guint                    n_files)
{
  Job *job;

  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self));
  g_return_if_fail (!leaf || EXEMPLAR_IS_INDICATOR (leaf));
  g_return_if_fail (purpose != NULL);
  g_return_if_fail (files != NULL || n_files == 0);

  if (self->declaration == NULL || n_files == 0)
    return;

  job = g_new0 (Job, 1);
  g_weak_ref_init (&job->self, self);
  job->declaration = g_object_ref (self->declaration);
  job->leaf = leaf ? g_object_ref (leaf) : NULL;
  job->purpose = g_strdup (purpose);
  job->files = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->cancellable = g_cancellable_new ();
  job->cancel_index = G_MAXUINT;

  g_queue_push_tail (&self->waiting, job);

  if (self->current == NULL)
    exemplar_evidence_attach_start_next (self);
}

/* Stops the running import before its next file and drops those waiting. */
void
exemplar_evidence_attach_cancel (ExemplarEvidenceAttach *self)
{
  Job *job;

  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self));

  while ((job = g_queue_pop_head (&self->waiting)))
    job_free (job);

  if (self->current != NULL)
    {
      /* The file being imported may still go in; those after it are skipped. */
      self->current->cancel_index = self->current->done;
      g_cancellable_cancel (self->current->cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      gtk_label_set_label (self->progress_label, _("Cancelling…"));
    }

  update_busy (self);
}

/**
 * exemplar_evidence_attach_add_drop_target:
 * @self: a #ExemplarEvidenceAttach
 * @widget: where files may be dropped
 * @leaf: (nullable): the scored leaf the files prove, or %NULL
 * @purpose: "evidence" or "seal"
 *
 * Lets files dropped on @widget be attached, while the application may
 * be changed.
 */
void
exemplar_evidence_attach_add_drop_target (ExemplarEvidenceAttach *self,
                                          GtkWidget              *widget,
                                          ExemplarIndicator      *leaf,
                                          const char             *purpose)
{
  GtkDropTarget *target;

  g_return_if_fail (EXEMPLAR_IS_EVIDENCE_ATTACH (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (!leaf || EXEMPLAR_IS_INDICATOR (leaf));
  g_return_if_fail (purpose != NULL);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  if (leaf != NULL)
    g_object_set_data_full (G_OBJECT (target), "exemplar-leaf", g_object_ref (leaf), g_object_unref);
  g_object_set_data_full (G_OBJECT (target), "exemplar-purpose", g_strdup (purpose), g_free);

  g_signal_connect_object (target,
                           "accept",
                           G_CALLBACK (on_drop_target_accept_cb),
                           self,
                           0);
  g_signal_connect_object (target,
                           "drop",
                           G_CALLBACK (on_drop_target_drop_cb),
                           self,
                           0);

  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}
