// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace scalescope {
struct CellResult;
struct CellStatistics;
}

namespace scalescope::ui {

/// A number of a cell the charts can show.
enum class CellMetric { P50, P95, P99, Mean, ErrorRate };

/// The metric's value for @p stats: milliseconds for latencies, percent for the error rate.
[[nodiscard]] double cellMetricValue(const CellStatistics& stats, CellMetric metric);
/// Translated name for selectors and legends ("p50", "Mean", "Error rate").
[[nodiscard]] QString cellMetricLabel(CellMetric metric);
/// The metric's value formatted with its unit ("12.3 ms", "4.0 %").
[[nodiscard]] QString formatCellMetric(double value, CellMetric metric);
/// Milliseconds with a precision that suits the magnitude ("0.042 ms", "3.21 ms", "1250 ms").
[[nodiscard]] QString formatMilliseconds(double ms);
/// The x value of a cell in the scale charts: the records the target held, or the size (sweeps, unknown count).
[[nodiscard]] double cellDatasetSize(const CellResult& cell);
/// A run time stamp for logs (durations for people: formatDuration() in labels.h) ("0:05.2", "12:40.0", "1:02:03").
[[nodiscard]] QString formatElapsed(qint64 ms);

} // namespace scalescope::ui
