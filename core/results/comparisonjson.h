// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace scalescope::results {

/// Identifies one side of a comparison in the file.
struct ComparedRun {
    qint64 historyId = 0;
    QString name;
    QDateTime startedAt;
};

/// The comparison file (schema "scalescope-comparison", version 1; see docs/results-schema.md).
/// @p tolerancePercent: the --fail-on-regression tolerance, when one was given (regressions are listed then).
[[nodiscard]] QJsonObject comparisonToJson(const analysis::RunComparison& comparison, const ComparedRun& base,
                                           const ComparedRun& candidate, std::optional<double> tolerancePercent);
[[nodiscard]] QByteArray comparisonToJsonBytes(const analysis::RunComparison& comparison, const ComparedRun& base,
                                               const ComparedRun& candidate, std::optional<double> tolerancePercent);

} // namespace scalescope::results
