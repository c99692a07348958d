/* exemplar-cli-common.h
 *
 * What every exemplar-cli command shares: how output and errors are
 * written, how a command's options are parsed and its --help shown, how a
 * command with subcommands dispatches them, and how FILE, UNIT and
 * INDICATOR arguments are looked up.
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

void                 exemplar_cli_write            (FILE                      *stream,
                                                    const char                *text);
void                 exemplar_cli_error            (const char                *format,
                                                    ...) G_GNUC_PRINTF (1, 2);
/* Prints the error and where to read more about @command (NULL for the
 * list of commands); returns EXEMPLAR_CLI_EXIT_USAGE. */
int                  exemplar_cli_usage_error      (const char                *command,
                                                    const char                *format,
                                                    ...) G_GNUC_PRINTF (2, 3);

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

/* Runs the subcommand named in @argv[1], or lists them. */
int                  exemplar_cli_run_group        (const ExemplarCliGroup    *group,
                                                    int                        argc,
                                                    char                     **argv);

/* Each prints why and returns NULL when there is no such thing. UNIT is a
 * unit's code or name; the declaration and indicator belong to @campaign. */
ExemplarCampaign    *exemplar_cli_open_campaign    (const char                *path);
ExemplarDeclaration *exemplar_cli_find_declaration (ExemplarCampaign          *campaign,
                                                    const char                *unit);
ExemplarIndicator   *exemplar_cli_find_indicator   (ExemplarCampaign          *campaign,
                                                    const char                *code);

G_END_DECLS
