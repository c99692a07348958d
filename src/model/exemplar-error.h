/* exemplar-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EXEMPLAR_ERROR (exemplar_error_quark ())

/**
 * ExemplarError:
 * @EXEMPLAR_ERROR_INVALID_INPUT: a value was out of bounds, malformed or missing
 * @EXEMPLAR_ERROR_LOCKED_BY_PHASE: the campaign's phase forbids the change
 * @EXEMPLAR_ERROR_CONFLICT_OF_INTEREST: a reviewer may not score that unit
 * @EXEMPLAR_ERROR_QUOTA_EXCEEDED: more units than the quota allows
 * @EXEMPLAR_ERROR_NOT_A_CAMPAIGN: the file is not an Exemplar campaign
 * @EXEMPLAR_ERROR_NEWER_VERSION: the file was written by a newer Exemplar
 * @EXEMPLAR_ERROR_CORRUPT: the file is damaged
 * @EXEMPLAR_ERROR_STORAGE: reading or writing the file failed
 * @EXEMPLAR_ERROR_NOT_FOUND: no such object
 * @EXEMPLAR_ERROR_READ_ONLY: the campaign is open read-only
 * @EXEMPLAR_ERROR_EXISTS: the target already exists
 * @EXEMPLAR_ERROR_NOT_PERMITTED: the person asking may not see or do this
 */
typedef enum
{
  EXEMPLAR_ERROR_INVALID_INPUT,
  EXEMPLAR_ERROR_LOCKED_BY_PHASE,
  EXEMPLAR_ERROR_CONFLICT_OF_INTEREST,
  EXEMPLAR_ERROR_QUOTA_EXCEEDED,
  EXEMPLAR_ERROR_NOT_A_CAMPAIGN,
  EXEMPLAR_ERROR_NEWER_VERSION,
  EXEMPLAR_ERROR_CORRUPT,
  EXEMPLAR_ERROR_STORAGE,
  EXEMPLAR_ERROR_NOT_FOUND,
  EXEMPLAR_ERROR_READ_ONLY,
  EXEMPLAR_ERROR_EXISTS,
  EXEMPLAR_ERROR_NOT_PERMITTED,
} ExemplarError;

GQuark exemplar_error_quark (void);

G_END_DECLS
