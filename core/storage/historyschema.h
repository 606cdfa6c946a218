// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: the history database's DDL, as forward migration steps.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace scalescope::storage::detail {

/// One forward migration: the statements that take a file from version `from` to `from + 1`.
/// They run in one transaction together with the `PRAGMA user_version` update.
struct MigrationStep {
    int from = 0;
    QStringList statements;
};

/// Every step from version 0 (an empty file) to kSchemaVersion, in order. Steps are never edited once
/// shipped: a schema change is a new step appended here (and kSchemaVersion raised).
[[nodiscard]] const QList<MigrationStep>& migrationSteps();

/// Tables this build reads, each with the columns it reads: used to check that a file written by a
/// newer ScaleScope is still readable.
[[nodiscard]] const QList<QPair<QString, QStringList>>& readColumns();

} // namespace scalescope::storage::detail
