/* exemplar-cli-common.h
 *
 * What every exemplar-cli command shares: how output and errors are
 * written, how a command's options are parsed and its --help shown, how a
 * command with subcommands dispatches them, and how FILE, UNIT,
 * INDICATOR, REVIEWER and ROUND arguments are looked up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include <glib.h>

#include "exemplar-types.h"

G_BEGIN_DECLS

#define EXEMPLAR_CLI_PROGRAM "exemplar-cli"

enum
{
  EXEMPLAR_CLI_EXIT_SUCCESS = 0,
  EXEMPLAR_CLI_EXIT_FAILURE = 1,
  EXEMPLAR_CLI_EXIT_USAGE   = 2,
};

typedef struct _ExemplarCliCommand ExemplarCliCommand;

/* Runs @command. @argv[0] is the command as typed after the program's name,
 * such as "info" or "application show"; the rest are its arguments.
 * Returns the exit status. */
typedef int (*ExemplarCliHandler) (const ExemplarCliCommand  *command,
                                   int                        argc,
                                   char                     **argv);

struct _ExemplarCliCommand
{
  const char         *name;
  const char         *summary;  /* marked with N_(), translated where shown */
  ExemplarCliHandler  handler;
};

/* A command made of subcommands, such as "application". The strings are
 * marked with N_() and translated where shown. */
typedef struct
{
  const char               *name;
  const char               *usage;        /* what follows the name on the usage line */
  const char               *description;  /* a paragraph under the usage line */
  gboolean                  deadlines;    /* whether to say how deadlines are judged */
  const ExemplarCliCommand *subcommands;
  guint                     n_subcommands;
} ExemplarCliGroup;

/* The arguments every subcommand of a group starts with, such as FILE
 * UNIT: how many, and what to say when they are missing (marked with
 * N_(), translated where shown). */
typedef struct
{
  guint       n_args;
  const char *hint;
} ExemplarCliLeading;

void                 exemplar_cli_write            (FILE                      *stream,
                                                    const char                *text);
/* Formats and writes to stdout, as exemplar_cli_write() does. */
void                 exemplar_cli_print            (const char                *format,
                                                    ...) G_GNUC_PRINTF (1, 2);
void                 exemplar_cli_error            (const char                *format,
                                                    ...) G_GNUC_PRINTF (1, 2);
/* Prints @error's message; returns EXEMPLAR_CLI_EXIT_FAILURE. */
int                  exemplar_cli_fail             (const GError              *error);
/* The same, then each of @items (strings; may be NULL) on a line of its
 * own: what is missing before a submission can go in. */
int                  exemplar_cli_fail_listing     (const GError              *error,
                                                    GPtrArray                 *items);
/* Prints the error and where to read more about @command (NULL for the
 * list of commands); returns EXEMPLAR_CLI_EXIT_USAGE. */
int                  exemplar_cli_usage_error      (const char                *command,
                                                    const char                *format,
                                                    ...) G_GNUC_PRINTF (2, 3);

/* Reads @text as a database id: decimal digits only, 1 to G_MAXINT64.
 * Returns FALSE, leaving @id alone, when it is not one. */
gboolean             exemplar_cli_parse_id         (const char                *text,
                                                    gint64                    *id);

/* Parses @argv against @entries; the other arguments land in @args, and
 * there must be @min_args to @max_args of them. @parameter names them on
 * the usage line ("FILE UNIT"), NULL when the command takes none.
 * "--help" prints the command's help and exits. Returns
 * EXEMPLAR_CLI_EXIT_SUCCESS, or EXEMPLAR_CLI_EXIT_USAGE after printing why. */
int                  exemplar_cli_parse            (const ExemplarCliCommand  *command,
                                                    const GOptionEntry        *entries,
                                                    const char                *description,
                                                    const char                *parameter,
                                                    guint                      min_args,
                                                    guint                      max_args,
                                                    int                        argc,
                                                    char                     **argv,
                                                    char                    ***args);

/* Like exemplar_cli_parse(), for a command whose arguments always start
 * with the same @leading ones: when fewer are given, it says so before
 * anything else is missing. */
int                  exemplar_cli_parse_leading    (const ExemplarCliCommand  *command,
                                                    const ExemplarCliLeading  *leading,
                                                    const GOptionEntry        *entries,
                                                    const char                *description,
                                                    const char                *parameter,
                                                    guint                      min_args,
                                                    guint                      max_args,
                                                    int                        argc,
                                                    char                     **argv,
                                                    char                    ***args);

/* Runs the subcommand named in @argv[1], or lists them. */
int                  exemplar_cli_run_group        (const ExemplarCliGroup    *group,
                                                    int                        argc,
                                                    char                     **argv);

/* The --round option of the commands that open a score sheet, stored in
 * @round. */
GOptionEntry         exemplar_cli_round_entry      (char                     **round);

/* Each prints why and returns NULL when there is no such thing. UNIT is a
 * unit's code or name; REVIEWER a reviewer's id or exact name; ROUND a
 * round's id or name. What is found belongs to @campaign. */
ExemplarCampaign    *exemplar_cli_open_campaign    (const char                *path);
ExemplarDeclaration *exemplar_cli_find_declaration (ExemplarCampaign          *campaign,
                                                    const char                *unit);
ExemplarUnit        *exemplar_cli_find_member_unit (ExemplarCampaign          *campaign,
                                                    const char                *unit);
ExemplarIndicator   *exemplar_cli_find_indicator   (ExemplarCampaign          *campaign,
                                                    const char                *code);
ExemplarReviewer    *exemplar_cli_find_reviewer    (ExemplarCampaign          *campaign,
                                                    const char                *reviewer);
ExemplarRound       *exemplar_cli_find_round       (ExemplarCampaign          *campaign,
                                                    const char                *round);
/* The one assignment of @reviewer to @declaration, in @round when it is
 * not NULL; when the reviewer scores the unit in several rounds, asks for
 * --round. */
ExemplarAssignment  *exemplar_cli_find_assignment  (ExemplarCampaign          *campaign,
                                                    ExemplarReviewer          *reviewer,
                                                    ExemplarDeclaration       *declaration,
                                                    ExemplarRound             *round);
/* Opens FILE and the score sheet of REVIEWER × UNIT (in ROUND, nullable).
 * A new reference. */
ExemplarScoreSheet  *exemplar_cli_open_sheet       (const char                *path,
                                                    const char                *reviewer,
                                                    const char                *unit,
                                                    const char                *round,
                                                    ExemplarCampaign         **campaign);

G_END_DECLS
