// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QString>
#include <QStringList>

namespace scalescope::results {

/// A plain-text table with a header row; columns after the first are right-aligned.
[[nodiscard]] QString formatTable(const QStringList& header, const QList<QStringList>& rows);

/// One table per dataset size: endpoint, n, success %, mean, p50, p95, p99, max (ms).
[[nodiscard]] QString formatSizeTables(const RunResult& run);

/// "12.35" for milliseconds, with precision that suits the magnitude.
[[nodiscard]] QString formatMs(double ms);

/// Load tests: per stage (with cells) a table of its endpoints, then every stage in one table — level, requests/s,
/// corrected and raw latencies, errors, dropped and late requests — and the stress outcome.
[[nodiscard]] QString formatLoadTables(const RunResult& run);

/// "Step 3", "Recovery", "Interval 4", "Stage 1": a stage's name in tables and events (translated).
[[nodiscard]] QString loadStageName(const LoadStage& stage, const LoadResult& load);

} // namespace scalescope::results
