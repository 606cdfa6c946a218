// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QList>
#include <QString>

namespace scalescope::analysis {

/// Stable metric name as in plan files: "p95", "error_rate", "throughput", …
[[nodiscard]] QString thresholdMetricName(ThresholdMetric metric);
/// The metric's value in a cell: ms for latencies, percent for the error rate, requests/s for throughput.
[[nodiscard]] double thresholdMetricValue(ThresholdMetric metric, const CellStatistics& stats);

/// One threshold checked against one measured cell.
struct ThresholdVerdict {
    Threshold threshold;
    QString endpoint;
    int size = 0; ///< -1 for a scaling ceiling (judged over every size)
    double value = 0.0; ///< for a scaling ceiling: the evidence (BIC difference) for a worse class
    bool passed = true;
    QString message; ///< "List prompts at size 500: p95 312 ms exceeds 300 ms"
};

struct ThresholdReport {
    QList<ThresholdVerdict> verdicts; ///< every (threshold, matching cell) pair, in plan then run order
    [[nodiscard]] int failureCount() const;
    [[nodiscard]] bool passed() const { return failureCount() == 0; }
    /// Thresholds that named an endpoint the plan does not measure (reported, never silently ignored).
    QStringList unmatched;
};

/// Checks every threshold of @p plan against every cell of its endpoint(s) at every size: a latency or
/// error-rate threshold passes when the value does not exceed the limit, a throughput one when the value
/// reaches it. Cells without measured requests are skipped. Scaling ceilings are judged once per endpoint
/// (evaluateScalingCeilings()) and come last. A pure function.
[[nodiscard]] ThresholdReport evaluateThresholds(const Plan& plan, const QList<CellResult>& cells);

} // namespace scalescope::analysis
