/* exemplar-protection-chart.c
 *
 * A radar chart of the protections (the six protections of the Changning
 * rubric): on each axis a unit's subtotal as a share of the branch's
 * points, against the field's mean drawn dashed. With fewer than three
 * axes a radar says nothing, so the same data is drawn as grouped bars.
 *
 * The numbers are read from the model once, when the standing is set;
 * drawing only turns them into shapes. Shares are floating point because
 * they are only drawn: the exact values are in the table beside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Exemplar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exemplar-indicator.h"
#include "exemplar-points.h"
#include "exemplar-protection-chart.h"
#include "exemplar-results.h"
#include "exemplar-standing.h"
#include "exemplar-unit.h"

#define LABEL_GAP     8.0
#define LEGEND_GAP    16.0
#define SWATCH_SIZE   12.0
#define BAR_HEIGHT    10.0

typedef struct
{
  char   *name;
  gint64  points;
  gint64  subtotal;
  gint64  mean;
} Axis;

struct _ExemplarProtectionChart
{
  GtkWidget  parent_instance;

  /* Owned references */
  GArray    *axes;
  char      *unit_name;
};

G_DEFINE_FINAL_TYPE (ExemplarProtectionChart, exemplar_protection_chart, GTK_TYPE_WIDGET)

static void
axis_clear (gpointer data)
{
  Axis *axis = data;

  g_clear_pointer (&axis->name, g_free);
}

/* A share of the branch's points, 0..1, for drawing only. */
static double
share_of (gint64 value,
          gint64 points)
{
  if (points <= 0)
    return 0.0;

  return CLAMP ((double) value / (double) points, 0.0, 1.0);
}

/* Whole percent, rounded half up, in integers. */
static gint64
percent_of (gint64 value,
            gint64 points)
{
  if (points <= 0)
    return 0;

  return (MAX (value, 0) * 200 + points) / (2 * points);
}

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA grid;
  GdkRGBA mean;
} Palette;

/* Named colours of the theme, so that the chart follows the dark style and
 * the accent colour like the rest of the window. */
static void
get_palette (GtkWidget *widget,
             Palette   *palette)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &palette->fg);

  if (!gtk_style_context_lookup_color (context, "accent_color", &palette->accent))
    palette->accent = (GdkRGBA) { 0.11, 0.44, 0.85, 1.0 };

  palette->grid = palette->fg;
  palette->grid.alpha *= 0.18;
  palette->mean = palette->fg;
  palette->mean.alpha *= 0.7;
}

static PangoLayout *
create_layout (ExemplarProtectionChart *self,
               const char              *text,
               gboolean                 small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

/* The label of an axis: its name, and the unit's share under it. */
static PangoLayout *
create_axis_layout (ExemplarProtectionChart *self,
                    const Axis              *axis)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = g_markup_escape_text (axis->name, -1);
  PangoLayout *layout;

  /* Translators: a chart label: a protection's name and the unit's share
   * of its points, e.g. "家庭保护\n85%". Keep the markup and the line break. */
  text = g_strdup_printf (_("%s\n<small><b>%d%%</b></small>"),
                          escaped, (int) percent_of (axis->subtotal, axis->points));

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_markup (layout, text, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  return layout;
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

static void
set_source_alpha (cairo_t       *cr,
                  const GdkRGBA *rgba,
                  double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

/* The legend, centred at the bottom; returns its height. Its two entries go
 * on two lines when one does not hold them. */
static double
draw_legend (ExemplarProtectionChart *self,
             cairo_t                 *cr,
             const Palette           *palette,
             double                   width,
             double                   height)
{
  g_autoptr(PangoLayout) unit = create_layout (self, self->unit_name != NULL ? self->unit_name : "", FALSE);
  g_autoptr(PangoLayout) mean = create_layout (self, _("Field mean"), FALSE);
  int unit_w, unit_h, mean_w, mean_h;
  double entry1, entry2, line_h, y, x;
  gboolean stacked;

  pango_layout_get_pixel_size (unit, &unit_w, &unit_h);
  pango_layout_get_pixel_size (mean, &mean_w, &mean_h);

  entry1 = SWATCH_SIZE + 6 + unit_w;
  entry2 = SWATCH_SIZE * 2 + 6 + mean_w;
  line_h = MAX (unit_h, mean_h);
  stacked = entry1 + LEGEND_GAP + entry2 > width;

  y = height - (stacked ? 2 * line_h + 4 : line_h);
  x = stacked ? (width - entry1) / 2 : (width - entry1 - LEGEND_GAP - entry2) / 2;
  x = MAX (x, 0);

  set_source_alpha (cr, &palette->accent, 0.35);
  cairo_rectangle (cr, x, y + (line_h - SWATCH_SIZE) / 2, SWATCH_SIZE, SWATCH_SIZE);
  cairo_fill_preserve (cr);
  set_source (cr, &palette->accent);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  set_source (cr, &palette->fg);
  cairo_move_to (cr, x + SWATCH_SIZE + 6, y + (line_h - unit_h) / 2);
  pango_cairo_show_layout (cr, unit);

  if (stacked)
    {
      x = MAX ((width - entry2) / 2, 0);
      y += line_h + 4;
    }
  else
    {
      x += entry1 + LEGEND_GAP;
    }

  set_source (cr, &palette->mean);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_move_to (cr, x, y + line_h / 2);
  cairo_line_to (cr, x + SWATCH_SIZE * 2, y + line_h / 2);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  set_source (cr, &palette->fg);
  cairo_move_to (cr, x + SWATCH_SIZE * 2 + 6, y + (line_h - mean_h) / 2);
  pango_cairo_show_layout (cr, mean);

  return stacked ? 2 * line_h + 4 : line_h;
}

static void
polygon_path (cairo_t *cr,
              double   cx,
              double   cy,
              double   radius,
              guint    n,
              double  *shares)
{
  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double r = radius * (shares != NULL ? shares[i] : 1.0);

      if (i == 0)
        cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      else
        cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }

  cairo_close_path (cr);
}

static void
draw_radar (ExemplarProtectionChart *self,
            cairo_t                 *cr,
            const Palette           *palette,
            double                   width,
            double                   height)
{
  guint n = self->axes->len;
  g_autofree double *unit = g_new (double, n);
  g_autofree double *mean = g_new (double, n);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  int label_w = 0, label_h = 0;
  double cx, cy, radius;

  for (guint i = 0; i < n; i++)
    {
      const Axis *axis = &g_array_index (self->axes, Axis, i);
      PangoLayout *layout = create_axis_layout (self, axis);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
      g_ptr_array_add (layouts, layout);

      unit[i] = share_of (axis->subtotal, axis->points);
      mean[i] = share_of (axis->mean, axis->points);
    }

  /* Room for the labels on every side. */
  radius = MIN (width / 2 - label_w - LABEL_GAP, height / 2 - label_h - LABEL_GAP);
  if (radius < 24)
    return;

  cx = width / 2;
  cy = height / 2;

  /* The grid: rings at every quarter, and the spokes. */
  set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 1);
  for (guint ring = 1; ring <= 4; ring++)
    {
      polygon_path (cr, cx, cy, radius * ring / 4.0, n, NULL);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;

      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
      cairo_stroke (cr);
    }

  /* The unit, filled, under the field's mean, dashed. */
  polygon_path (cr, cx, cy, radius, n, unit);
  set_source_alpha (cr, &palette->accent, 0.25);
  cairo_fill_preserve (cr);
  set_source (cr, &palette->accent);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double r = radius * unit[i];

      cairo_arc (cr, cx + r * cos (angle), cy + r * sin (angle), 3, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  polygon_path (cr, cx, cy, radius, n, mean);
  set_source (cr, &palette->mean);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Labels outside the rim, pushed away from the centre. */
  set_source (cr, &palette->fg);
  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double x = cx + (radius + LABEL_GAP) * cos (angle);
      double y = cy + (radius + LABEL_GAP) * sin (angle);
      PangoLayout *layout = g_ptr_array_index (layouts, i);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);

      if (cos (angle) > 0.3)
        ;
      else if (cos (angle) < -0.3)
        x -= w;
      else
        x -= w / 2.0;

      if (sin (angle) > 0.3)
        ;
      else if (sin (angle) < -0.3)
        y -= h;
      else
        y -= h / 2.0;

      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* One group per axis: its name, the unit's bar and the mean's bar. */
static void
draw_bars (ExemplarProtectionChart *self,
           cairo_t                 *cr,
           const Palette           *palette,
           double                   width,
           double                   height)
{
  guint n = self->axes->len;
  int label_w = 0;
  double group_h, bar_w, y;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = create_layout (self, g_array_index (self->axes, Axis, i).name, FALSE);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_w = MAX (label_w, w);
    }

  group_h = MIN (height / n, 3 * BAR_HEIGHT + 24);
  bar_w = width - label_w - 2 * LABEL_GAP - 48;
  if (bar_w < 24)
    return;

  y = (height - group_h * n) / 2;
  for (guint i = 0; i < n; i++, y += group_h)
    {
      const Axis *axis = &g_array_index (self->axes, Axis, i);
      g_autoptr(PangoLayout) name = create_layout (self, axis->name, FALSE);
      g_autofree char *percent = g_strdup_printf ("%" G_GINT64_FORMAT "%%", percent_of (axis->subtotal, axis->points));
      g_autoptr(PangoLayout) value = create_layout (self, percent, TRUE);
      double x = label_w + 2 * LABEL_GAP;
      double bar_y = y + (group_h - 2 * BAR_HEIGHT - 4) / 2;
      int w, h;

      pango_layout_get_pixel_size (name, &w, &h);
      set_source (cr, &palette->fg);
      cairo_move_to (cr, label_w + LABEL_GAP - w, y + (group_h - h) / 2);
      pango_cairo_show_layout (cr, name);

      set_source (cr, &palette->grid);
      cairo_rectangle (cr, x, bar_y, bar_w, BAR_HEIGHT);
      cairo_fill (cr);
      set_source (cr, &palette->accent);
      cairo_rectangle (cr, x, bar_y, bar_w * share_of (axis->subtotal, axis->points), BAR_HEIGHT);
      cairo_fill (cr);

      set_source (cr, &palette->mean);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_move_to (cr, x, bar_y + BAR_HEIGHT + 4 + BAR_HEIGHT / 2);
      cairo_line_to (cr, x + bar_w * share_of (axis->mean, axis->points), bar_y + BAR_HEIGHT + 4 + BAR_HEIGHT / 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      pango_layout_get_pixel_size (value, &w, &h);
      set_source (cr, &palette->fg);
      cairo_move_to (cr, x + bar_w + LABEL_GAP, bar_y + (BAR_HEIGHT - h) / 2);
      pango_cairo_show_layout (cr, value);
    }
}

static char *
describe_axis (const Axis *axis)
{
  g_autofree char *subtotal = exemplar_points_format (axis->subtotal);
  g_autofree char *points = exemplar_points_format (axis->points);
  g_autofree char *mean = exemplar_points_format (axis->mean);

  /* Translators: one axis of the protections chart, e.g. "家庭保护: 13.5 of
   * 15 points (90%), field mean 12 (80%)". */
  return g_strdup_printf (_("%s: %s of %s points (%d%%), field mean %s (%d%%)"),
                          axis->name, subtotal, points, (int) percent_of (axis->subtotal, axis->points),
                          mean, (int) percent_of (axis->mean, axis->points));
}

static void
update_accessible (ExemplarProtectionChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < self->axes->len; i++)
    {
      g_autofree char *line = describe_axis (&g_array_index (self->axes, Axis, i));

      if (i > 0)
        g_string_append (description, "; ");
      g_string_append (description, line);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/* GtkWidget */

static gboolean
exemplar_protection_chart_query_tooltip (GtkWidget  *widget,
                                         int         x,
                                         int         y,
                                         gboolean    keyboard_mode,
                                         GtkTooltip *tooltip)
{
  ExemplarProtectionChart *self = EXEMPLAR_PROTECTION_CHART (widget);
  guint n = self->axes->len;
  g_autofree char *text = NULL;
  double dx, dy, angle;
  guint index;

  if (n == 0)
    return FALSE;

  if (n < 3 || keyboard_mode)
    {
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *line = describe_axis (&g_array_index (self->axes, Axis, i));

          g_string_append_printf (all, i > 0 ? "\n%s" : "%s", line);
        }

      gtk_tooltip_set_text (tooltip, all->str);
      return TRUE;
    }

  /* The axis nearest the pointer's direction from the centre. */
  dx = x - gtk_widget_get_width (widget) / 2.0;
  dy = y - gtk_widget_get_height (widget) / 2.0;
  angle = atan2 (dy, dx) + G_PI / 2;
  if (angle < 0)
    angle += 2 * G_PI;
  index = (guint) lround (angle / (2 * G_PI / n)) % n;

  text = describe_axis (&g_array_index (self->axes, Axis, index));
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
exemplar_protection_chart_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 220;
      *natural = 320;
    }
  else
    {
      *minimum = 240;
      *natural = 360;
    }
}

static void
exemplar_protection_chart_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  ExemplarProtectionChart *self = EXEMPLAR_PROTECTION_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  Palette palette;
  double legend;
  cairo_t *cr;

  if (self->axes->len == 0 || width <= 0 || height <= 0)
    return;

  get_palette (widget, &palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  legend = draw_legend (self, cr, &palette, width, height);

  if (self->axes->len >= 3)
    draw_radar (self, cr, &palette, width, height - legend - LABEL_GAP);
  else
    draw_bars (self, cr, &palette, width, height - legend - LABEL_GAP);

  cairo_destroy (cr);
}

static void
exemplar_protection_chart_css_changed (GtkWidget         *widget,
                                       GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (exemplar_protection_chart_parent_class)->css_changed (widget, change);

  /* The colours come from the theme: redraw when it changes (dark style). */
  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
exemplar_protection_chart_finalize (GObject *object)
{
  ExemplarProtectionChart *self = (ExemplarProtectionChart *)object;

  g_clear_pointer (&self->axes, g_array_unref);
  g_clear_pointer (&self->unit_name, g_free);

  G_OBJECT_CLASS (exemplar_protection_chart_parent_class)->finalize (object);
}

static void
exemplar_protection_chart_class_init (ExemplarProtectionChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = exemplar_protection_chart_finalize;

  widget_class->measure = exemplar_protection_chart_measure;
  widget_class->snapshot = exemplar_protection_chart_snapshot;
  widget_class->query_tooltip = exemplar_protection_chart_query_tooltip;
  widget_class->css_changed = exemplar_protection_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "protectionchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
exemplar_protection_chart_init (ExemplarProtectionChart *self)
{
  self->axes = g_array_new (FALSE, TRUE, sizeof (Axis));
  g_array_set_clear_func (self->axes, axis_clear);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Protections chart"),
                                  -1);
}

GtkWidget *
exemplar_protection_chart_new (void)
{
  return g_object_new (EXEMPLAR_TYPE_PROTECTION_CHART, NULL);
}

void
exemplar_protection_chart_set_standing (ExemplarProtectionChart *self,
                                        ExemplarResults         *results,
                                        ExemplarStanding        *standing)
{
  g_autoptr(GPtrArray) protections = NULL;

  g_return_if_fail (EXEMPLAR_IS_PROTECTION_CHART (self));
  g_return_if_fail (!results || EXEMPLAR_IS_RESULTS (results));
  g_return_if_fail (!standing || EXEMPLAR_IS_STANDING (standing));

  g_array_set_size (self->axes, 0);
  g_clear_pointer (&self->unit_name, g_free);

  if (results != NULL && standing != NULL &&
      (protections = exemplar_results_get_protections (results)) != NULL)
    {
      ExemplarUnit *unit = exemplar_standing_get_unit (standing);

      self->unit_name = g_strdup (unit != NULL ? exemplar_unit_get_name (unit) : "");

      for (guint i = 0; i < protections->len; i++)
        {
          ExemplarIndicator *branch = g_ptr_array_index (protections, i);
          Axis axis = {
            .name = g_strdup (exemplar_indicator_get_name (branch)),
            .points = exemplar_indicator_get_points (branch),
            .subtotal = exemplar_standing_get_subtotal (standing, branch),
            .mean = exemplar_results_get_field_mean (results, i),
          };

          g_array_append_val (self->axes, axis);
        }
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
exemplar_protection_chart_get_n_axes (ExemplarProtectionChart *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_PROTECTION_CHART (self), 0);

  return self->axes->len;
}
