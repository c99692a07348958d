/* exemplar-cli-publicity.h
 *
 * How a campaign ends, from the command line: "exemplar-cli phase",
 * "recommend", "opinion" and "candidates" here; "publicity" in
 * exemplar-cli-publicity-notice.c; "objection" and "calendar" in
 * exemplar-cli-publicity-objection.c; "naming" in
 * exemplar-cli-publicity-naming.c. Every rule (the quota, the
 * pass line, phase locks, which objections are accepted, working days) is
 * the model's (ExemplarPublicity, ExemplarCampaign); these files only turn
 * arguments into calls and results into text or JSON. The JSON keys are
 * an interface: add keys, never rename or remove them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "exemplar-cli-common.h"
#include "exemplar-document.h"
#include "exemplar-types.h"

G_BEGIN_DECLS

/* Handlers for exemplar-cli's dispatch table. */
int          exemplar_cli_phase          (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
int          exemplar_cli_recommend      (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
int          exemplar_cli_opinion        (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
int          exemplar_cli_candidates     (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
/* exemplar-cli-publicity-notice.c */
int          exemplar_cli_publicity      (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
/* exemplar-cli-publicity-objection.c */
int          exemplar_cli_objection      (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
int          exemplar_cli_calendar       (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
/* exemplar-cli-publicity-naming.c */
int          exemplar_cli_naming         (const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);

/* Shared by the exemplar-cli-publicity*.c files. */

/* Runs @group's subcommand when @argv[1] names one, else @fallback, the
 * command's own action ("phase FILE" beside "phase advance FILE"). */
int          exemplar_cli_publicity_run  (const ExemplarCliGroup    *group,
                                          ExemplarCliHandler         fallback,
                                          const ExemplarCliCommand  *command,
                                          int                        argc,
                                          char                     **argv);
/* A usage error unless @text (an option's value, named @option) is a date
 * YYYY-MM-DD; NULL passes. Returns an exit status. */
int          exemplar_cli_publicity_check_date (const char          *command,
                                                const char          *option,
                                                const char          *text);
/* Builds one of the campaign's formal documents. */
typedef ExemplarDocument *(*ExemplarCliPublicityBuild) (ExemplarPublicity  *publicity,
                                                        GError            **error);
/* Runs "… export FILE OUT": the document @build makes from FILE's
 * publicity, written to OUT as PDF or HTML after its extension (a usage
 * error for another one), saying where it went. Returns an exit status. */
int          exemplar_cli_publicity_export (const ExemplarCliCommand  *subcommand,
                                            const char                *description,
                                            ExemplarCliPublicityBuild  build,
                                            int                        argc,
                                            char                     **argv);
/* "江苏路街道 (310105002)". */
char        *exemplar_cli_publicity_describe (ExemplarDeclaration   *declaration);
/* Appends "  1. 江苏路街道 (310105002)" for each of @declarations, or
 * @none on a line when there are none. */
void         exemplar_cli_publicity_list_units (GString             *out,
                                                GPtrArray           *declarations,
                                                const char          *none);
/* Adds @member, an array of {code, name} of @declarations' units. */
void         exemplar_cli_publicity_units_json (JsonBuilder         *builder,
                                                const char          *member,
                                                GPtrArray           *declarations);
/* Writes @builder's JSON to stdout. */
void         exemplar_cli_publicity_write_json (JsonBuilder         *builder);

G_END_DECLS
