/* exemplar-test-util.h: helpers shared by the headless tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#include "exemplar-reviewer.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

/* A test's own directory, a campaign's path in it and, once made, the
 * campaign. */
typedef struct
{
  char             *dir;
  char             *path;
  ExemplarCampaign *campaign;
} ExemplarTestFixture;

void                 exemplar_test_fixture_set_up             (ExemplarTestFixture  *fixture,
                                                               gconstpointer         user_data);
void                 exemplar_test_fixture_set_up_submitted   (ExemplarTestFixture  *fixture,
                                                               gconstpointer         draft_unit);
void                 exemplar_test_fixture_tear_down          (ExemplarTestFixture  *fixture,
                                                               gconstpointer         user_data);

/* Files made at test time. */
char                *exemplar_test_make_dir                   (const char           *tmpl,
                                                               const char           *name,
                                                               char                **path);
void                 exemplar_test_clear_dir                  (char                **dir,
                                                               char                **path);
void                 exemplar_test_remove_tree                (const char           *path);
void                 exemplar_test_remove_campaign            (const char           *path);
GBytes              *exemplar_test_file_bytes                 (const char           *path);
void                 exemplar_test_draw_text                  (cairo_t              *cr,
                                                               double                x,
                                                               double                y,
                                                               const char           *font,
                                                               const char           *text);
/* A PNG of 800 × 800 pixels of noise, which does not compress: some
 * 1.9 MB, to go over a size limit of 1 MB. */
void                 exemplar_test_draw_noise_png             (const char           *path);
void                 exemplar_test_draw_pdf                   (const char           *path,
                                                               const char           *heading,
                                                               guint                 n_pages,
                                                               guint                 text_page,
                                                               const char           *text);

/* SQL, on a file behind the model's back or through an open campaign. */
/* SQL that takes a file of the current schema back to version 4, for the
 * migration tests of older versions (prepend it to their own undo). */
#define EXEMPLAR_TEST_UNDO_SCHEMA_V5 \
  "DROP TABLE sheet_conflict;" \
  "DROP TABLE review_package;" \
  "ALTER TABLE sheet_import DROP COLUMN package_uuid;" \
  "ALTER TABLE sheet_import DROP COLUMN sequence;" \
  "PRAGMA user_version = 4;"

void                 exemplar_test_sql_on_file                (const char           *path,
                                                               const char           *sql);
gint64               exemplar_test_sql_int_on_file            (const char           *path,
                                                               const char           *sql);
gint64               exemplar_test_query_int                  (ExemplarCampaign     *campaign,
                                                               const char           *sql);
char                *exemplar_test_query_text                 (ExemplarCampaign     *campaign,
                                                               const char           *sql);
gint64               exemplar_test_count_audit                (ExemplarCampaign     *campaign,
                                                               const char           *action);

/* Campaigns from the Changning template. */
ExemplarCampaign    *exemplar_test_campaign_new               (const char           *path,
                                                               const char           *today);
ExemplarCampaign    *exemplar_test_campaign_open              (const char           *path,
                                                               const char           *today);
void                 exemplar_test_submit_applications        (const char           *path,
                                                               const char           *draft_unit);
ExemplarCampaign    *exemplar_test_campaign_new_in_evaluation (const char           *path,
                                                               const char           *today,
                                                               const char           *self_assessed_unit,
                                                               ExemplarReviewer    **reviewers,
                                                               guint                 n_reviewers);
ExemplarIndicator   *exemplar_test_find_indicator             (ExemplarCampaign     *campaign,
                                                               const char           *code);
ExemplarDeclaration *exemplar_test_find_declaration           (ExemplarCampaign     *campaign,
                                                               const char           *unit);
ExemplarUnit        *exemplar_test_find_member_unit           (ExemplarCampaign     *campaign,
                                                               const char           *code);
ExemplarReviewer    *exemplar_test_add_reviewer               (ExemplarCampaign     *campaign,
                                                               const char           *name,
                                                               ExemplarAffiliation   affiliation,
                                                               ExemplarUnit         *unit);
ExemplarScoreSheet  *exemplar_test_score                      (ExemplarCampaign     *campaign,
                                                               ExemplarReviewer     *reviewer,
                                                               const char           *unit,
                                                               ExemplarRound        *round,
                                                               const char           *changes,
                                                               gboolean              submit);

/* exemplar-cli, run as a script runs it. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} ExemplarTestCliResult;

void                   exemplar_test_cli_result_free          (ExemplarTestCliResult *result);
ExemplarTestCliResult *exemplar_test_cli_run                  (const char            *dir,
                                                               const char            *lc_all,
                                                               const char * const    *args);
char                  *exemplar_test_cli_run_ok               (const char            *dir,
                                                               const char * const    *args);
void                   exemplar_test_cli_new_campaign         (const char            *dir,
                                                               const char            *path);
void                   exemplar_test_cli_assert_error_message (ExemplarTestCliResult *result);
JsonNode              *exemplar_test_parse_json               (const char            *text);
gint64                 exemplar_test_json_points              (JsonObject            *object,
                                                               const char            *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExemplarTestCliResult, exemplar_test_cli_result_free)

G_END_DECLS
