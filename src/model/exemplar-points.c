/* exemplar-points.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-error.h"
#include "exemplar-points.h"

/* Formats hundredths without trailing zeros: 10000 → "100", 250 → "2.5",
 * 125 → "1.25", -50 → "-0.5". */
char *
exemplar_points_format (gint64 hundredths)
{
  const char *sign = hundredths < 0 ? "-" : "";
  guint64 abs_value = hundredths < 0 ? (guint64) -hundredths : (guint64) hundredths;
  guint64 whole = abs_value / EXEMPLAR_POINTS_SCALE;
  guint64 frac = abs_value % EXEMPLAR_POINTS_SCALE;

  if (frac == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, whole);
  if (frac % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT, sign, whole, frac / 10);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02" G_GUINT64_FORMAT, sign, whole, frac);
}

/* Parses "12", "2.5", "0.25", "-1" exactly into hundredths; no floating
 * point is involved, so "0.1" + "0.2" is exactly "0.3". */
gboolean
exemplar_points_parse (const char  *text,
                       gint64      *hundredths,
                       GError     **error)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 whole = 0;
  guint64 frac = 0;
  guint n_digits = 0;
  guint n_frac = 0;

  g_return_val_if_fail (hundredths != NULL, FALSE);

  if (text == NULL)
    goto invalid;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');

  for (; g_ascii_isdigit (*p); p++)
    {
      whole = whole * 10 + (guint64) (*p - '0');
      if (whole > G_MAXINT64 / (EXEMPLAR_POINTS_SCALE * 10))
        goto invalid;
      n_digits++;
    }

  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          if (n_frac >= 2)
            {
              if (*p != '0')
                {
                  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                               _("“%s” has more than two decimals; points are kept to hundredths"),
                               text);
                  return FALSE;
                }
              continue;
            }
          frac = frac * 10 + (guint64) (*p - '0');
          n_frac++;
          n_digits++;
        }
      if (n_frac == 1)
        frac *= 10;
    }

  while (g_ascii_isspace (*p))
    p++;

  if (*p != '\0' || n_digits == 0)
    goto invalid;

  *hundredths = (gint64) (whole * EXEMPLAR_POINTS_SCALE + frac);
  if (negative)
    *hundredths = -*hundredths;
  return TRUE;

invalid:
  g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
               _("“%s” is not a number of points"), text ? text : "");
  return FALSE;
}
