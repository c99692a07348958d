/* exemplar-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "exemplar-campaign.h"
#include "exemplar-declaration.h"
#include "exemplar-demo.h"
#include "exemplar-demo-private.h"
#include "exemplar-form.h"
#include "exemplar-indicator.h"
#include "exemplar-milestone.h"
#include "exemplar-rubric.h"
#include "exemplar-unit.h"

/* Of the ten units, how far each got: submitted, draft or not applied. */
static const ExemplarState progress[] = {
  EXEMPLAR_STATE_SUBMITTED, EXEMPLAR_STATE_SUBMITTED, EXEMPLAR_STATE_DRAFT,
  EXEMPLAR_STATE_SUBMITTED, EXEMPLAR_STATE_SUBMITTED, EXEMPLAR_STATE_NOT_APPLIED,
  EXEMPLAR_STATE_SUBMITTED, EXEMPLAR_STATE_DRAFT, EXEMPLAR_STATE_SUBMITTED,
  EXEMPLAR_STATE_SUBMITTED,
};

static const char *surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
static const char *given = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平";

static const char *work_sentences[] = {
  "依托街道未成年人保护工作站，建立“发现、报告、应急处置、评估帮扶、监护干预”全流程工作机制。",
  "全年开展家庭教育指导服务%u场，覆盖家庭%u户，编印家庭教育指导手册并送到每一户有需要的家庭。",
  "会同派出所、学校和居委会开展校园周边环境专项整治%u次，查处违规经营行为%u起。",
  "对辖区%u名困境儿童逐一建立档案，落实分类保障，做到“一人一档、一人一策”。",
  "组织儿童督导员、儿童主任参加专题培训%u期，培训合格率达到百分之百。",
  "开展网络素养教育进校园、进社区活动%u场，引导未成年人科学、文明、安全上网。",
  "联合司法所、检察院开展法治宣传教育%u次，落实强制报告制度，全年受理报告线索%u条。",
  "引入专业社会工作服务机构运营未保站，设立心理咨询室、儿童活动室和家长学校。",
  "暑期开设爱心暑托班%u个班次，服务辖区学生%u人次，家长满意度调查满意率较高。",
};

static char *
random_name (GRand *rand)
{
  glong i = g_rand_int_range (rand, 0, (gint32) g_utf8_strlen (surnames, -1));
  glong j = g_rand_int_range (rand, 0, (gint32) g_utf8_strlen (given, -1));
  glong k = g_rand_int_range (rand, 0, (gint32) g_utf8_strlen (given, -1));
  g_autofree char *s = g_utf8_substring (surnames, i, i + 1);
  g_autofree char *a = g_utf8_substring (given, j, j + 1);
  g_autofree char *b = g_utf8_substring (given, k, k + 1);

  return g_strconcat (s, a, b, NULL);
}

static char *
random_narrative (GRand *rand,
                  guint  sentences)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sentences; i++)
    {
      const char *format = work_sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (work_sentences))];

      /* The formats are the constant table above, each with at most two %u. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_string_append_printf (text, format,
                              (guint) g_rand_int_range (rand, 3, 60),
                              (guint) g_rand_int_range (rand, 20, 900));
#pragma GCC diagnostic pop
    }

  return g_string_free (text, FALSE);
}

static gboolean
fill_form (ExemplarDeclaration  *declaration,
           GRand                *rand,
           GError              **error)
{
  guint n_fields;
  const ExemplarFormField *fields = exemplar_form_get_fields (&n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const ExemplarFormField *field = &fields[i];
      g_autofree char *value = NULL;

      switch (field->type)
        {
        case EXEMPLAR_FIELD_TEXT:
          if (g_str_equal (field->key, "contact_phone"))
            value = g_strdup_printf ("021-%08u", (guint) g_rand_int_range (rand, 20000000, 69999999));
          else if (g_str_equal (field->key, "contact_title"))
            value = g_strdup ("未保办工作人员");
          else if (g_str_equal (field->key, "station_model"))
            value = g_strdup ("政府购买服务，委托专业社会组织运营");
          else
            value = random_name (rand);
          break;

        case EXEMPLAR_FIELD_NUMBER:
          if (g_str_equal (field->key, "resident_population"))
            value = g_strdup_printf ("%u", (guint) g_rand_int_range (rand, 50000, 160000));
          else if (g_str_equal (field->key, "minors_0_17"))
            value = g_strdup_printf ("%u", (guint) g_rand_int_range (rand, 6000, 22000));
          else
            value = g_strdup_printf ("%u", (guint) g_rand_int_range (rand, 2, 40));
          break;

        case EXEMPLAR_FIELD_DECIMAL:
          value = g_strdup_printf ("%u.5", (guint) g_rand_int_range (rand, 120, 600));
          break;

        case EXEMPLAR_FIELD_NARRATIVE:
          value = random_narrative (rand, field->max_chars >= 1000 ? 6 : 2);
          break;

        case EXEMPLAR_FIELD_DATE:
          value = g_strdup_printf ("2023-04-%02u", (guint) g_rand_int_range (rand, 18, 26));
          break;

        case EXEMPLAR_FIELD_BOOLEAN:
          value = g_strdup ("true");
          break;

        default:
          g_assert_not_reached ();
        }

      if (field->max_chars > 0 && (guint) g_utf8_strlen (value, -1) > field->max_chars)
        {
          char *cut = g_utf8_substring (value, 0, field->max_chars);
          g_free (value);
          value = cut;
        }

      if (!exemplar_declaration_set_field (declaration, field->key, value, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  ExemplarDeclaration *declaration;
  GRand               *rand;
  GError             **error;
  gboolean             failed;
} ScoreData;

static void
self_score_leaf (gpointer item,
                 gpointer user_data)
{
  ExemplarIndicator *indicator = item;
  ScoreData *data = user_data;
  gint64 points = exemplar_indicator_get_points (indicator);
  gint64 steps;

  if (data->failed || !exemplar_indicator_is_leaf (indicator) ||
      exemplar_indicator_get_kind (indicator) == EXEMPLAR_INDICATOR_VETO)
    return;

  /* Most units rate themselves near the top, as applicants do. */
  steps = points / 50;
  points = 50 * MAX (0, steps - g_rand_int_range (data->rand, 0, MAX (1, (gint32) steps / 3 + 1)));
  if (!exemplar_declaration_set_self_score (data->declaration, indicator, points, NULL, data->error))
    data->failed = TRUE;
}

/* A short PDF of evidence for one rubric item, in the unit's name. */
static void
draw_evidence_pdf (const char        *path,
                   ExemplarUnit      *unit,
                   ExemplarIndicator *leaf,
                   GRand             *rand)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *title_font = pango_font_description_from_string ("Noto Serif CJK SC Bold 18");
  PangoFontDescription *body_font = pango_font_description_from_string ("Noto Sans CJK SC 11");
  guint pages = (guint) g_rand_int_range (rand, 1, 4);

  pango_layout_set_width (layout, 475 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *title = g_strdup_printf ("%s　%s %s", exemplar_unit_get_name (unit),
                                                exemplar_indicator_get_code (leaf),
                                                exemplar_indicator_get_name (leaf));
      g_autofree char *body = random_narrative (rand, 8);
      g_autofree char *footer = g_strdup_printf ("示例材料（虚构数据）　第 %u 页 / 共 %u 页", page, pages);

      cairo_move_to (cr, 60, 60);
      pango_layout_set_font_description (layout, title_font);
      pango_layout_set_text (layout, title, -1);
      pango_cairo_show_layout (cr, layout);

      cairo_move_to (cr, 60, 120);
      pango_layout_set_font_description (layout, body_font);
      pango_layout_set_text (layout, page == 1 && exemplar_indicator_get_evidence (leaf) ?
                                     exemplar_indicator_get_evidence (leaf) : body, -1);
      pango_cairo_show_layout (cr, layout);

      cairo_move_to (cr, 60, 200);
      pango_layout_set_text (layout, body, -1);
      pango_cairo_show_layout (cr, layout);

      cairo_move_to (cr, 60, 790);
      pango_layout_set_text (layout, footer, -1);
      pango_cairo_show_layout (cr, layout);
      cairo_show_page (cr);
    }

  pango_font_description_free (title_font);
  pango_font_description_free (body_font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The scan of the sealed opinion page: a PNG with a red round seal. */
static void
draw_seal_png (const char   *path,
               ExemplarUnit *unit)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 620, 877);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Serif CJK SC 20");
  g_autofree char *text = g_strdup_printf ("%s党工委意见\n\n同意申报。\n\n（盖章）\n2023年4月", exemplar_unit_get_name (unit));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, 80, 120);
  pango_cairo_show_layout (cr, layout);

  cairo_set_source_rgba (cr, 0.85, 0.1, 0.1, 0.85);
  cairo_set_line_width (cr, 6);
  cairo_arc (cr, 400, 420, 90, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_move_to (cr, 400 + 30, 420);
  for (int i = 1; i <= 5; i++)
    {
      double angle = i * 4 * G_PI / 5;
      cairo_line_to (cr, 400 + 30 * cos (angle), 420 + 30 * sin (angle));
    }
  cairo_fill (cr);

  cairo_surface_write_to_png (surface, path);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static gboolean
attach (ExemplarDeclaration  *declaration,
        ExemplarIndicator    *leaf,
        const char           *purpose,
        const char           *path,
        GError              **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) results = NULL;
  ExemplarImportResult *result;

  results = exemplar_declaration_import_evidence (declaration, leaf, purpose, &file, 1, NULL, error);
  if (results == NULL)
    return FALSE;

  result = g_ptr_array_index (results, 0);
  if (result->status == EXEMPLAR_IMPORT_FAILED)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, result->message);
      return FALSE;
    }
  return TRUE;
}

static void
collect_leaves (gpointer item,
                gpointer user_data)
{
  if (exemplar_indicator_is_leaf (item) &&
      exemplar_indicator_get_kind (item) == EXEMPLAR_INDICATOR_ITEM)
    g_ptr_array_add (user_data, item);
}

static gboolean
fill_declaration (ExemplarCampaign     *campaign,
                  ExemplarDeclaration  *declaration,
                  ExemplarState         target,
                  const char           *scratch,
                  GRand                *rand,
                  GError              **error)
{
  ExemplarUnit *unit = exemplar_declaration_get_unit (declaration);
  ExemplarRubric *rubric = exemplar_campaign_get_rubric (campaign);
  g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
  ScoreData score_data = { declaration, rand, error, FALSE };
  g_autofree char *seal = NULL;
  guint n_evidence;

  if (target == EXEMPLAR_STATE_NOT_APPLIED)
    return TRUE;

  if (!fill_form (declaration, rand, error))
    return FALSE;

  exemplar_rubric_foreach (rubric, self_score_leaf, &score_data);
  if (score_data.failed)
    return FALSE;

  /* Evidence for a handful of items, so coverage has gaps to show. */
  exemplar_rubric_foreach (rubric, collect_leaves, leaves);
  n_evidence = (guint) g_rand_int_range (rand, 6, 12);
  for (guint i = 0; i < n_evidence && leaves->len > 0; i++)
    {
      guint pick = (guint) g_rand_int_range (rand, 0, (gint32) leaves->len);
      ExemplarIndicator *leaf = g_ptr_array_index (leaves, pick);
      g_autofree char *name = g_strdup_printf ("%s %s.pdf", exemplar_indicator_get_code (leaf),
                                               exemplar_indicator_get_name (leaf));
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_ptr_array_remove_index_fast (leaves, pick);
      draw_evidence_pdf (path, unit, leaf, rand);
      if (!attach (declaration, leaf, "evidence", path, error))
        return FALSE;
      g_unlink (path);
    }

  seal = g_build_filename (scratch, "党工委意见（盖章页）.png", NULL);
  draw_seal_png (seal, unit);
  if (!attach (declaration, NULL, "seal", seal, error))
    return FALSE;
  g_unlink (seal);

  if (target == EXEMPLAR_STATE_SUBMITTED)
    {
      g_autoptr(GPtrArray) missing = NULL;

      if (!exemplar_declaration_submit (declaration, &missing, error))
        return FALSE;
    }

  return TRUE;
}

ExemplarCampaign *
exemplar_campaign_new_demo (const char  *path,
                            const char  *template_id,
                            guint32      seed,
                            GError     **error)
{
  g_autoptr(ExemplarCampaign) campaign = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *scratch = NULL;
  g_autofree char *title = NULL;
  GListModel *declarations;
  const char *deadline;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, NULL);

  campaign = exemplar_campaign_new_from_template (path, template_id, error);
  if (campaign == NULL)
    return NULL;

  /* The applications are filled as they would have been, just before the
   * declaration deadline. */
  deadline = exemplar_campaign_get_deadline (campaign, EXEMPLAR_PHASE_DECLARATION);
  if (deadline != NULL)
    {
      g_autofree char *before = g_strndup (deadline, 8);
      g_autofree char *day = g_strconcat (before, "20", NULL);
      exemplar_campaign_set_today (campaign, day);
    }

  scratch = g_dir_make_tmp ("exemplar-demo-XXXXXX", error);
  if (scratch == NULL)
    ok = FALSE;

  declarations = exemplar_campaign_get_declarations (campaign);
  for (guint i = 0; ok && i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(ExemplarDeclaration) declaration = g_list_model_get_item (declarations, i);

      ok = fill_declaration (campaign, declaration, progress[i % G_N_ELEMENTS (progress)],
                             scratch, rand, error);
    }

  /* Translators: the title of the built-in sample campaign, %s is the template's title. */
  title = g_strdup_printf (_("%s (Sample Data)"), exemplar_campaign_get_title (campaign));
  if (ok)
    ok = exemplar_campaign_set_title (campaign, title, error);
  if (ok)
    ok = _exemplar_demo_fill_evaluation (campaign, seed, error);

  if (scratch != NULL)
    g_rmdir (scratch);

  if (!ok)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_clear_object (&campaign);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      return NULL;
    }

  exemplar_campaign_set_today (campaign, NULL);
  return g_steal_pointer (&campaign);
}
