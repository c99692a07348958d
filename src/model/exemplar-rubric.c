/* exemplar-rubric.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exemplar-campaign-private.h"
#include "exemplar-error.h"
#include "exemplar-indicator-private.h"
#include "exemplar-points.h"
#include "exemplar-rubric-private.h"

struct _ExemplarRubric
{
  GObject            parent_instance;

  /* Owned references */
  ExemplarDatabase  *db;
  GListStore        *roots;
  GHashTable        *by_code;
  GPtrArray         *problems;

  /* Weak: the campaign owns us. */
  ExemplarCampaign  *campaign;

  gint64             total_points;
  gint64             bonus_cap;
  gint64             items_sum;
  guint              leaf_count;
  gboolean           valid;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ExemplarRubric, exemplar_rubric, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_VALID,
  PROP_ITEMS_SUM,
  PROP_LEAF_COUNT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GType
exemplar_rubric_get_item_type (GListModel *model)
{
  return EXEMPLAR_TYPE_INDICATOR;
}

static guint
exemplar_rubric_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (EXEMPLAR_RUBRIC (model)->roots));
}

static gpointer
exemplar_rubric_get_item (GListModel *model,
                          guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (EXEMPLAR_RUBRIC (model)->roots), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = exemplar_rubric_get_item_type;
  iface->get_n_items = exemplar_rubric_get_n_items;
  iface->get_item = exemplar_rubric_get_item;
}

static void
on_roots_items_changed_cb (ExemplarRubric *self,
                           guint           position,
                           guint           removed,
                           guint           added,
                           GListModel     *roots)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GListStore *
store_of (ExemplarRubric    *self,
          ExemplarIndicator *parent)
{
  return parent ? _exemplar_indicator_get_store (parent) : self->roots;
}

static char *
describe (ExemplarIndicator *indicator)
{
  return g_strdup_printf ("%s %s",
                          exemplar_indicator_get_code (indicator),
                          exemplar_indicator_get_name (indicator));
}

static void
add_problem (ExemplarRubric    *self,
             ExemplarIndicator *indicator,
             GString           *own,
             char              *text)
{
  g_autofree char *owned_text = text;
  g_autofree char *name = describe (indicator);

  if (own->len > 0)
    g_string_append (own, "\n");
  g_string_append (own, text);

  g_ptr_array_add (self->problems, g_strdup_printf ("%s: %s", name, text));
}

/* Validates @indicator and its subtree; returns the number of scored leaves. */
static guint
validate_indicator (ExemplarRubric    *self,
                    ExemplarIndicator *indicator,
                    ExemplarIndicator *parent)
{
  GListModel *children = exemplar_indicator_get_children (indicator);
  ExemplarIndicatorKind kind = exemplar_indicator_get_kind (indicator);
  g_autoptr(GString) own = g_string_new (NULL);
  gint64 points = exemplar_indicator_get_points (indicator);
  guint n_children = g_list_model_get_n_items (children);
  guint leaves = 0;
  gint64 sum = 0;
  guint own_problems_at = self->problems->len;

  if (parent != NULL && kind != exemplar_indicator_get_kind (parent))
    add_problem (self, indicator, own,
                 g_strdup (_("its kind differs from its parent’s; bonus and veto items "
                             "belong in their own branches")));

  if (kind == EXEMPLAR_INDICATOR_VETO && points != 0)
    add_problem (self, indicator, own, g_strdup (_("a veto item carries no points")));

  if (n_children == 0)
    {
      if (kind != EXEMPLAR_INDICATOR_VETO && points <= 0)
        add_problem (self, indicator, own, g_strdup (_("a scored item needs points above 0")));
      if (!exemplar_scoring_type_is_valid (exemplar_indicator_get_scoring_type (indicator)))
        add_problem (self, indicator, own, g_strdup (_("no scoring type is chosen")));
      if (exemplar_indicator_get_rule (indicator) == NULL)
        add_problem (self, indicator, own, g_strdup (_("the scoring rule is empty")));
      if (exemplar_indicator_get_methods (indicator) == NULL)
        add_problem (self, indicator, own, g_strdup (_("no evaluation method is chosen")));
      if (kind == EXEMPLAR_INDICATOR_BONUS && points > self->bonus_cap)
        {
          g_autofree char *p = exemplar_points_format (points);
          g_autofree char *cap = exemplar_points_format (self->bonus_cap);
          add_problem (self, indicator, own,
                       g_strdup_printf (_("its %s points exceed the bonus cap of %s"), p, cap));
        }
      _exemplar_indicator_set_children_sum (indicator, 0);
      _exemplar_indicator_set_problem (indicator, own->len ? own->str : NULL);
      return kind == EXEMPLAR_INDICATOR_VETO ? 0 : 1;
    }

  /* Children's problems follow their parent's in the list. */
  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);
      leaves += validate_indicator (self, child, indicator);
      sum += exemplar_indicator_get_points (child);
    }
  _exemplar_indicator_set_children_sum (indicator, sum);

  /* The bonus branch's leaves may add up to more than the cap: the cap
   * applies to the total after aggregation. */
  if (kind == EXEMPLAR_INDICATOR_ITEM && sum != points)
    {
      g_autofree char *p = exemplar_points_format (points);
      g_autofree char *s = exemplar_points_format (sum);
      g_autofree char *text =
        g_strdup_printf (_("its %s points differ from the sum of its children, %s"), p, s);
      g_autofree char *name = describe (indicator);

      if (own->len > 0)
        g_string_append (own, "\n");
      g_string_append (own, text);
      g_ptr_array_insert (self->problems, own_problems_at,
                          g_strdup_printf ("%s: %s", name, text));
    }

  if (kind == EXEMPLAR_INDICATOR_BONUS && parent == NULL && points != self->bonus_cap)
    {
      g_autofree char *p = exemplar_points_format (points);
      g_autofree char *cap = exemplar_points_format (self->bonus_cap);
      g_autofree char *text =
        g_strdup_printf (_("the bonus branch’s %s points differ from the bonus cap of %s"), p, cap);
      g_autofree char *name = describe (indicator);

      if (own->len > 0)
        g_string_append (own, "\n");
      g_string_append (own, text);
      g_ptr_array_insert (self->problems, own_problems_at,
                          g_strdup_printf ("%s: %s", name, text));
    }

  _exemplar_indicator_set_problem (indicator, own->len ? own->str : NULL);
  return leaves;
}

static void
validate (ExemplarRubric *self)
{
  GListModel *roots = G_LIST_MODEL (self->roots);
  gboolean was_valid = self->valid;
  gint64 old_sum = self->items_sum;
  guint old_leaves = self->leaf_count;
  guint n = g_list_model_get_n_items (roots);

  g_ptr_array_set_size (self->problems, 0);
  self->items_sum = 0;
  self->leaf_count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ExemplarIndicator) root = g_list_model_get_item (roots, i);

      self->leaf_count += validate_indicator (self, root, NULL);
      if (exemplar_indicator_get_kind (root) == EXEMPLAR_INDICATOR_ITEM)
        self->items_sum += exemplar_indicator_get_points (root);
    }

  if (self->items_sum != self->total_points)
    {
      g_autofree char *sum = exemplar_points_format (self->items_sum);
      g_autofree char *total = exemplar_points_format (self->total_points);

      g_ptr_array_insert (self->problems, 0,
                          g_strdup_printf (_("The scored items add up to %s points, not the "
                                             "rubric’s total of %s."), sum, total));
    }

  self->valid = self->problems->len == 0;

  if (was_valid != self->valid)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  if (old_sum != self->items_sum)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS_SUM]);
  if (old_leaves != self->leaf_count)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAF_COUNT]);
}

static void
index_indicator (ExemplarRubric    *self,
                 ExemplarIndicator *indicator,
                 gboolean           add)
{
  GListModel *children = exemplar_indicator_get_children (indicator);

  if (add)
    g_hash_table_insert (self->by_code, g_strdup (exemplar_indicator_get_code (indicator)), indicator);
  else
    g_hash_table_remove (self->by_code, exemplar_indicator_get_code (indicator));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ExemplarIndicator) child = g_list_model_get_item (children, i);
      index_indicator (self, child, add);
    }
}

static gboolean
load (ExemplarRubric  *self,
      GError         **error)
{
  g_autoptr(sqlite3_stmt) totals = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  totals = exemplar_database_prepare (self->db, "SELECT total_points, bonus_cap FROM campaign", error);
  if (totals == NULL)
    return FALSE;
  if (sqlite3_step (totals) == SQLITE_ROW)
    {
      self->total_points = sqlite3_column_int64 (totals, 0);
      self->bonus_cap = sqlite3_column_int64 (totals, 1);
    }

  stmt = exemplar_database_prepare (self->db,
                                    "SELECT i.id, i.parent_id, i.code, i.name, i.name_en, i.kind, i.points, "
                                    "       i.scoring_type, i.rule, i.methods, i.evidence, m.code "
                                    "FROM indicator i LEFT JOIN member_unit m ON m.id = i.responsible_id "
                                    "ORDER BY i.parent_id IS NOT NULL, i.parent_id, i.position, i.id",
                                    error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ExemplarIndicatorFields fields = { 0 };
      ExemplarIndicator *indicator;
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 parent_id = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, 1);

      fields.code = (const char *) sqlite3_column_text (stmt, 2);
      fields.name = (const char *) sqlite3_column_text (stmt, 3);
      fields.name_en = (const char *) sqlite3_column_text (stmt, 4);
      exemplar_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &fields.kind);
      fields.points = sqlite3_column_int64 (stmt, 6);
      fields.scoring_type = (const char *) sqlite3_column_text (stmt, 7);
      fields.rule = (const char *) sqlite3_column_text (stmt, 8);
      fields.methods = (const char *) sqlite3_column_text (stmt, 9);
      fields.evidence = (const char *) sqlite3_column_text (stmt, 10);
      fields.responsible = (const char *) sqlite3_column_text (stmt, 11);

      indicator = _exemplar_indicator_new (id, &fields);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), indicator);
      g_ptr_array_add (order, indicator);
      g_array_append_val (parents, parent_id);
    }

  if (rc != SQLITE_DONE)
    {
      exemplar_database_set_error (self->db, error);
      return FALSE;
    }

  for (guint i = 0; i < order->len; i++)
    {
      ExemplarIndicator *indicator = g_ptr_array_index (order, i);
      gint64 parent_id = g_array_index (parents, gint64, i);
      ExemplarIndicator *parent = NULL;

      if (parent_id != 0)
        parent = g_hash_table_lookup (by_id, &parent_id);

      _exemplar_indicator_set_parent (indicator, parent);
      g_list_store_append (store_of (self, parent), indicator);
      g_hash_table_insert (self->by_code, g_strdup (exemplar_indicator_get_code (indicator)), indicator);
    }

  return TRUE;
}

static void
exemplar_rubric_dispose (GObject *object)
{
  ExemplarRubric *self = (ExemplarRubric *)object;

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_object (&self->roots);
  g_clear_object (&self->db);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (exemplar_rubric_parent_class)->dispose (object);
}

static void
exemplar_rubric_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ExemplarRubric *self = EXEMPLAR_RUBRIC (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_ITEMS_SUM:
      g_value_set_int64 (value, self->items_sum);
      break;

    case PROP_LEAF_COUNT:
      g_value_set_uint (value, self->leaf_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
exemplar_rubric_class_init (ExemplarRubricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = exemplar_rubric_dispose;
  object_class->get_property = exemplar_rubric_get_property;

  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, FALSE, flags);
  properties[PROP_ITEMS_SUM] = g_param_spec_int64 ("items-sum", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LEAF_COUNT] = g_param_spec_uint ("leaf-count", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ExemplarRubric::changed:
   *
   * Emitted after a mutation has been stored and the tree re-validated.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
exemplar_rubric_init (ExemplarRubric *self)
{
  self->roots = g_list_store_new (EXEMPLAR_TYPE_INDICATOR);
  self->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_object (self->roots, "items-changed",
                           G_CALLBACK (on_roots_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

ExemplarRubric *
_exemplar_rubric_new (ExemplarDatabase  *db,
                      ExemplarCampaign  *campaign,
                      GError           **error)
{
  g_autoptr(ExemplarRubric) self = g_object_new (EXEMPLAR_TYPE_RUBRIC, NULL);

  self->db = g_object_ref (db);
  self->campaign = campaign;

  if (!load (self, error))
    return NULL;

  validate (self);
  return g_steal_pointer (&self);
}

gint64
exemplar_rubric_get_total_points (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), 0);
  return self->total_points;
}

gint64
exemplar_rubric_get_bonus_cap (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), 0);
  return self->bonus_cap;
}

gint64
exemplar_rubric_get_items_sum (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), 0);
  return self->items_sum;
}

guint
exemplar_rubric_get_leaf_count (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), 0);
  return self->leaf_count;
}

gboolean
exemplar_rubric_get_valid (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), FALSE);
  return self->valid;
}

gboolean
exemplar_rubric_get_editable (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), FALSE);

  return self->campaign != NULL &&
         !exemplar_campaign_get_read_only (self->campaign) &&
         !exemplar_campaign_get_is_package (self->campaign) &&
         exemplar_campaign_get_phase (self->campaign) == EXEMPLAR_PHASE_DECLARATION;
}

GPtrArray *
exemplar_rubric_get_problems (ExemplarRubric *self)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), NULL);
  return self->problems;
}

ExemplarIndicator *
exemplar_rubric_find (ExemplarRubric *self,
                      const char     *code)
{
  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (self->by_code, code);
}

static void
foreach_in (GListModel *model,
            GFunc       func,
            gpointer    user_data)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ExemplarIndicator) indicator = g_list_model_get_item (model, i);

      func (indicator, user_data);
      foreach_in (exemplar_indicator_get_children (indicator), func, user_data);
    }
}

/* Calls @func on every indicator, parents before children, in tree order. */
void
exemplar_rubric_foreach (ExemplarRubric *self,
                         GFunc           func,
                         gpointer        user_data)
{
  g_return_if_fail (EXEMPLAR_IS_RUBRIC (self));
  foreach_in (G_LIST_MODEL (self->roots), func, user_data);
}

static gboolean
check_editable (ExemplarRubric  *self,
                GError         **error)
{
  if (self->campaign != NULL && !_exemplar_campaign_check_office_writable (self->campaign, error))
    return FALSE;

  if (!exemplar_rubric_get_editable (self))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_LOCKED_BY_PHASE,
                           _("The rubric is frozen: it can only be changed during the "
                             "declaration phase."));
      return FALSE;
    }

  return TRUE;
}

/* The field rules every stored indicator obeys; the tree's structural
 * rules are left to validate(), so the office can edit step by step. */
static gboolean
check_fields (ExemplarRubric                *self,
              ExemplarIndicator             *indicator,
              ExemplarIndicator             *parent,
              const ExemplarIndicatorFields *fields,
              GError                       **error)
{
  ExemplarIndicator *same_code;
  g_autofree char *code = g_strstrip (g_strdup (fields->code ? fields->code : ""));
  g_autofree char *name = g_strstrip (g_strdup (fields->name ? fields->name : ""));

  if (code[0] == '\0')
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                           _("Every indicator needs a code, such as 3.2.1."));
      return FALSE;
    }

  if (g_utf8_strlen (code, -1) > 32 || strpbrk (code, " \t\n") != NULL)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The code “%s” is not usable: codes are short and have no spaces."), code);
      return FALSE;
    }

  same_code = g_hash_table_lookup (self->by_code, code);
  if (same_code != NULL && same_code != indicator)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("The code “%s” is already used by “%s”."),
                   code, exemplar_indicator_get_name (same_code));
      return FALSE;
    }

  if (name[0] == '\0')
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s needs a name."), code);
      return FALSE;
    }

  if (fields->points < 0 || fields->points > self->total_points)
    {
      g_autofree char *total = exemplar_points_format (self->total_points);
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s: points must be between 0 and the total of %s."), code, total);
      return FALSE;
    }

  if (fields->kind == EXEMPLAR_INDICATOR_VETO && fields->points != 0)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s is a veto item, which carries no points."), code);
      return FALSE;
    }

  if (parent != NULL && fields->kind != exemplar_indicator_get_kind (parent))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s must be of the same kind as its parent %s."),
                   code, exemplar_indicator_get_code (parent));
      return FALSE;
    }

  if (fields->scoring_type != NULL && fields->scoring_type[0] != '\0' &&
      !exemplar_scoring_type_is_valid (fields->scoring_type))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s: “%s” is not a scoring type."), code, fields->scoring_type);
      return FALSE;
    }

  if (!exemplar_methods_are_valid (fields->methods))
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s: “%s” is not a list of evaluation methods."), code, fields->methods);
      return FALSE;
    }

  return TRUE;
}

/* Binds the fields to parameters 1–10 of an INSERT or UPDATE; the
 * responsible member unit is looked up by code, so an unknown one fails
 * the NOT NULL check below. */
static void
bind_fields (sqlite3_stmt                  *stmt,
             const ExemplarIndicatorFields *fields)
{
  const char *texts[] = { fields->code, fields->name, fields->name_en };
  const char *leaf_texts[] = { fields->scoring_type, fields->rule, fields->methods, fields->evidence };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i] ? texts[i] : ""));
      if (stripped[0] != '\0' || i < 2)
        sqlite3_bind_text (stmt, (int) i + 1, stripped, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, (int) i + 1);
    }
  sqlite3_bind_text (stmt, 4, exemplar_indicator_kind_to_string (fields->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, fields->points);
  for (guint i = 0; i < G_N_ELEMENTS (leaf_texts); i++)
    {
      if (leaf_texts[i] != NULL && leaf_texts[i][0] != '\0')
        sqlite3_bind_text (stmt, (int) i + 6, leaf_texts[i], -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, (int) i + 6);
    }
  if (fields->responsible != NULL && fields->responsible[0] != '\0')
    sqlite3_bind_text (stmt, 10, fields->responsible, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 10);
}

static gboolean
check_responsible (ExemplarRubric                *self,
                   const ExemplarIndicatorFields *fields,
                   GError                       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (fields->responsible == NULL || fields->responsible[0] == '\0')
    return TRUE;

  stmt = exemplar_database_prepare (self->db, "SELECT 1 FROM member_unit WHERE code = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fields->responsible, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("“%s” is not one of the campaign’s member units."), fields->responsible);
      return FALSE;
    }

  return TRUE;
}

static void
finish_change (ExemplarRubric *self)
{
  validate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
commit_with_audit (ExemplarRubric  *self,
                   const char      *action,
                   const char      *target,
                   const char      *detail,
                   GError         **error)
{
  if (!exemplar_database_audit (self->db, action, target, detail, error) ||
      !exemplar_database_commit (self->db, error))
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }
  return TRUE;
}

ExemplarIndicator *
exemplar_rubric_add_indicator (ExemplarRubric                *self,
                               ExemplarIndicator             *parent,
                               const ExemplarIndicatorFields *fields,
                               GError                       **error)
{
  g_autoptr(ExemplarIndicator) indicator = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *insert;
  GListStore *store;
  ExemplarIndicatorFields stored;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), NULL);
  g_return_val_if_fail (!parent || EXEMPLAR_IS_INDICATOR (parent), NULL);
  g_return_val_if_fail (fields != NULL, NULL);

  if (!check_editable (self, error) ||
      !check_fields (self, NULL, parent, fields, error) ||
      !check_responsible (self, fields, error))
    return NULL;

  store = store_of (self, parent);
  position = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (!exemplar_database_begin (self->db, error))
    return NULL;

  insert = exemplar_database_prepare (self->db,
                                      "INSERT INTO indicator (code, name, name_en, kind, points, scoring_type, "
                                      "  rule, methods, evidence, responsible_id, parent_id, position) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                      "  (SELECT id FROM member_unit WHERE code = ?10), ?11, ?12)",
                                      error);
  if (insert == NULL)
    {
      exemplar_database_rollback (self->db);
      return NULL;
    }
  bind_fields (insert, fields);
  if (parent != NULL)
    sqlite3_bind_int64 (insert, 11, exemplar_indicator_get_id (parent));
  else
    sqlite3_bind_null (insert, 11);
  sqlite3_bind_int (insert, 12, (int) position);

  if (!exemplar_database_step_done (self->db, insert, error))
    {
      exemplar_database_rollback (self->db);
      return NULL;
    }

  stored = *fields;
  code = g_strstrip (g_strdup (fields->code));
  name = g_strstrip (g_strdup (fields->name));
  stored.code = code;
  stored.name = name;
  indicator = _exemplar_indicator_new (exemplar_database_last_insert_id (self->db), &stored);

  detail = g_strdup_printf ("%s %s", code, name);
  if (!commit_with_audit (self, "rubric.add", code, detail, error))
    return NULL;

  _exemplar_indicator_set_parent (indicator, parent);
  g_hash_table_insert (self->by_code, g_strdup (code), indicator);
  g_list_store_append (store, indicator);
  finish_change (self);

  return indicator;
}

gboolean
exemplar_rubric_update_indicator (ExemplarRubric                *self,
                                  ExemplarIndicator             *indicator,
                                  const ExemplarIndicatorFields *fields,
                                  GError                       **error)
{
  g_autofree char *old_code = NULL;
  g_autofree char *old_points = NULL;
  g_autofree char *new_points = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  ExemplarIndicatorFields stored;
  sqlite3_stmt *update;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!check_editable (self, error) ||
      !check_fields (self, indicator, exemplar_indicator_get_parent (indicator), fields, error) ||
      !check_responsible (self, fields, error))
    return FALSE;

  if (!exemplar_database_begin (self->db, error))
    return FALSE;

  update = exemplar_database_prepare (self->db,
                                      "UPDATE indicator SET code = ?1, name = ?2, name_en = ?3, kind = ?4, "
                                      "  points = ?5, scoring_type = ?6, rule = ?7, methods = ?8, evidence = ?9, "
                                      "  responsible_id = (SELECT id FROM member_unit WHERE code = ?10) "
                                      "WHERE id = ?11",
                                      error);
  if (update == NULL)
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }
  bind_fields (update, fields);
  sqlite3_bind_int64 (update, 11, exemplar_indicator_get_id (indicator));

  if (!exemplar_database_step_done (self->db, update, error))
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }

  old_code = g_strdup (exemplar_indicator_get_code (indicator));
  old_points = exemplar_points_format (exemplar_indicator_get_points (indicator));
  new_points = exemplar_points_format (fields->points);
  code = g_strstrip (g_strdup (fields->code));
  name = g_strstrip (g_strdup (fields->name));
  detail = g_strdup_printf ("%s %s; points %s -> %s", code, name, old_points, new_points);

  if (!commit_with_audit (self, "rubric.update", old_code, detail, error))
    return FALSE;

  stored = *fields;
  stored.code = code;
  stored.name = name;
  g_hash_table_remove (self->by_code, old_code);
  _exemplar_indicator_set_fields (indicator, &stored);
  g_hash_table_insert (self->by_code, g_strdup (code), indicator);
  finish_change (self);

  return TRUE;
}

static gboolean
store_positions (ExemplarRubric  *self,
                 GListModel      *siblings,
                 GError         **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (siblings); i++)
    {
      g_autoptr(ExemplarIndicator) sibling = g_list_model_get_item (siblings, i);
      sqlite3_stmt *update = exemplar_database_prepare (self->db,
                                                        "UPDATE indicator SET position = ? WHERE id = ?",
                                                        error);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_int (update, 1, (int) i);
      sqlite3_bind_int64 (update, 2, exemplar_indicator_get_id (sibling));
      if (!exemplar_database_step_done (self->db, update, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
exemplar_rubric_move_indicator (ExemplarRubric     *self,
                                ExemplarIndicator  *indicator,
                                int                 delta,
                                GError            **error)
{
  g_autoptr(ExemplarIndicator) keep = NULL;
  GListStore *store;
  guint position;
  guint n_items;
  gint64 target;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  if (!check_editable (self, error))
    return FALSE;

  store = store_of (self, exemplar_indicator_get_parent (indicator));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (!g_list_store_find (store, indicator, &position))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That indicator is no longer in the rubric."));
      return FALSE;
    }

  target = (gint64) position + delta;
  if (delta == 0 || target < 0 || target >= n_items)
    {
      g_set_error (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_INVALID_INPUT,
                   _("Indicator %s cannot move further that way."),
                   exemplar_indicator_get_code (indicator));
      return FALSE;
    }

  keep = g_object_ref (indicator);
  g_list_store_remove (store, position);
  g_list_store_insert (store, (guint) target, indicator);

  if (!exemplar_database_begin (self->db, error) ||
      !store_positions (self, G_LIST_MODEL (store), error) ||
      !commit_with_audit (self, "rubric.move", exemplar_indicator_get_code (indicator),
                          delta < 0 ? "up" : "down", error))
    {
      exemplar_database_rollback (self->db);
      g_list_store_remove (store, (guint) target);
      g_list_store_insert (store, position, indicator);
      return FALSE;
    }

  finish_change (self);
  return TRUE;
}

gboolean
exemplar_rubric_delete_indicator (ExemplarRubric     *self,
                                  ExemplarIndicator  *indicator,
                                  GError            **error)
{
  g_autoptr(ExemplarIndicator) keep = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *delete;
  GListStore *store;
  guint position;

  g_return_val_if_fail (EXEMPLAR_IS_RUBRIC (self), FALSE);
  g_return_val_if_fail (EXEMPLAR_IS_INDICATOR (indicator), FALSE);

  if (!check_editable (self, error))
    return FALSE;

  store = store_of (self, exemplar_indicator_get_parent (indicator));
  if (!g_list_store_find (store, indicator, &position))
    {
      g_set_error_literal (error, EXEMPLAR_ERROR, EXEMPLAR_ERROR_NOT_FOUND,
                           _("That indicator is no longer in the rubric."));
      return FALSE;
    }

  keep = g_object_ref (indicator);
  detail = g_strdup_printf ("%s %s", exemplar_indicator_get_code (indicator),
                            exemplar_indicator_get_name (indicator));

  if (!exemplar_database_begin (self->db, error))
    return FALSE;

  delete = exemplar_database_prepare (self->db, "DELETE FROM indicator WHERE id = ?", error);
  if (delete == NULL)
    {
      exemplar_database_rollback (self->db);
      return FALSE;
    }
  sqlite3_bind_int64 (delete, 1, exemplar_indicator_get_id (indicator));

  g_list_store_remove (store, position);
  if (!exemplar_database_step_done (self->db, delete, error) ||
      !store_positions (self, G_LIST_MODEL (store), error) ||
      !commit_with_audit (self, "rubric.delete", exemplar_indicator_get_code (indicator), detail, error))
    {
      exemplar_database_rollback (self->db);
      g_list_store_insert (store, position, indicator);
      return FALSE;
    }

  index_indicator (self, indicator, FALSE);
  _exemplar_indicator_set_parent (indicator, NULL);
  finish_change (self);
  return TRUE;
}
