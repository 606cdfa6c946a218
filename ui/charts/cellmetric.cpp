// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/cellmetric.h"

#include "engine/runtypes.h"
#include "stats/cellaccumulator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace scalescope::ui {

double cellMetricValue(const CellStatistics& stats, CellMetric metric)
{
    switch (metric) {
    case CellMetric::P50: return stats.p50Ms;
    case CellMetric::P95: return stats.p95Ms;
    case CellMetric::P99: return stats.p99Ms;
    case CellMetric::Mean: return stats.meanMs;
    case CellMetric::ErrorRate: return stats.count ? 100.0 * (1.0 - stats.successRate()) : 0.0;
    }
    return 0.0;
}

QString cellMetricLabel(CellMetric metric)
{
    switch (metric) {
    case CellMetric::P50: return QCoreApplication::translate("scalescope::ui::CellMetric", "p50");
    case CellMetric::P95: return QCoreApplication::translate("scalescope::ui::CellMetric", "p95");
    case CellMetric::P99: return QCoreApplication::translate("scalescope::ui::CellMetric", "p99");
    case CellMetric::Mean: return QCoreApplication::translate("scalescope::ui::CellMetric", "Mean");
    case CellMetric::ErrorRate: return QCoreApplication::translate("scalescope::ui::CellMetric", "Error rate");
    }
    return {};
}

QString formatMilliseconds(double ms)
{
    const double magnitude = std::abs(ms);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    //: %1 = a duration in milliseconds
    return QCoreApplication::translate("scalescope::ui::CellMetric", "%1 ms").arg(ms, 0, 'f', decimals);
}

QString formatCellMetric(double value, CellMetric metric)
{
    if (metric == CellMetric::ErrorRate) {
        //: %1 = a percentage
        return QCoreApplication::translate("scalescope::ui::CellMetric", "%1 %").arg(value, 0, 'f', value < 10 ? 1 : 0);
    }
    return formatMilliseconds(value);
}

double cellDatasetSize(const CellResult& cell)
{
    return cell.records >= 0 ? double(cell.records) : double(cell.size);
}

QString formatElapsed(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 tenths = ms / 100;
    const qint64 seconds = tenths / 10;
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2.%3")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

} // namespace scalescope::ui
