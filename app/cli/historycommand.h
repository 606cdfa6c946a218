// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include "storage/historystore.h"

#include <QTextStream>

#include <memory>

namespace scalescope::cli {

/// The database `--db` names, or the default one.
[[nodiscard]] QString historyPath(const CliOptions& options);

/// Opens the history to read it: read-write when possible (which also marks runs of dead processes
/// interrupted), read-only when the file can only be read (e.g. written by a newer ScaleScope — then
/// @p warning says why). A missing file is an error naming it.
[[nodiscard]] Result<std::unique_ptr<storage::HistoryStore>> openHistoryForReading(const QString& path, QString* warning);

/// "12", "last" or "last~N" → a history id.
[[nodiscard]] Result<qint64> resolveRunRef(const storage::HistoryStore& store, const QString& ref);

/// `scalescope-cli history list|show|delete|tag|untag|note`.
class HistoryCommand {
public:
    explicit HistoryCommand(CliOptions options);
    /// Returns the process exit code.
    int exec();

private:
    int list(storage::HistoryStore& store);
    int show(storage::HistoryStore& store, qint64 id);
    int edit(storage::HistoryStore& store, qint64 id);
    int fail(const Error& error);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace scalescope::cli
