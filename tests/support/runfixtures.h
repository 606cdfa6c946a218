// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small runs built by hand for the dashboard views' tests: a plan of numbered endpoints, cells whose statistics
// are known multiples of their median, time-series points, and the snapshots that hand them to a RunModel.
// (syntheticrun.h has a whole finished run of the demo plan instead.)
#pragma once

#include "engine/runtypes.h"
#include "plan/plan.h"
#include "runmodel.h"

#include <QList>
#include <QString>

#include <memory>

namespace scalescope::testing {

/// Defaults QT_QPA_PLATFORM to offscreen, so that a GUI suite run directly (not through ctest) needs no display.
/// Call it from a namespace-scope initialiser: `const bool kOffscreen = testing::defaultToOffscreen();`.
inline bool defaultToOffscreen()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}

/// The name planOf() gives endpoint @p endpointIndex: "E0", "E1", …
inline QString endpointName(int endpointIndex)
{
    return QStringLiteral("E%1").arg(endpointIndex);
}

/// A plan named "Plan" with @p endpoints endpoints (endpointName()) measured at @p sizes.
inline Plan planOf(int endpoints, QList<int> sizes, DatasetMode mode = DatasetMode::Seeded)
{
    Plan plan;
    plan.name = QStringLiteral("Plan");
    plan.dataset.mode = mode;
    plan.dataset.sizes = std::move(sizes);
    for (int e = 0; e < endpoints; ++e) {
        EndpointConfig endpoint;
        endpoint.name = endpointName(e);
        plan.endpoints.append(endpoint);
    }
    return plan;
}

/// A measured cell of endpoint @p endpointIndex at size @p size (the target held @p size records): @p successes
/// of 100 requests succeeded, and the statistics are distinct multiples of @p p50 so that every one can be told
/// apart: mean 1.2 ×, p95 1.5 ×, p99 2 ×, max 4 ×.
inline CellResult cellOf(int sizeIndex, int size, int endpointIndex, double p50, quint64 successes = 100)
{
    CellResult cell;
    cell.sizeIndex = sizeIndex;
    cell.size = size;
    cell.records = size;
    cell.endpointIndex = endpointIndex;
    cell.endpoint = endpointName(endpointIndex);
    cell.stats.count = 100;
    cell.stats.successes = successes;
    cell.stats.p50Ms = p50;
    cell.stats.meanMs = p50 * 1.2;
    cell.stats.p95Ms = p50 * 1.5;
    cell.stats.p99Ms = p50 * 2.0;
    cell.stats.maxMs = p50 * 4.0;
    return cell;
}

/// Second @p second of a run: @p requests requests, @p failures of them failed, latencies growing with the
/// second (p50 = 1 + second ms, p95 = 2 + second, p99 = 3 + second, max = 4 + second).
inline TimeSeriesPoint pointAt(qint64 second, quint64 requests = 100, quint64 failures = 0)
{
    TimeSeriesPoint point;
    point.second = second;
    point.requests = requests;
    point.failures = failures;
    point.p50Ms = 1.0 + double(second);
    point.p95Ms = 2.0 + double(second);
    point.p99Ms = 3.0 + double(second);
    point.maxMs = 4.0 + double(second);
    return point;
}

/// A snapshot of a run being measured that brings @p cells.
inline RunSnapshotPtr snapshotWith(QList<CellResult> cells)
{
    auto snapshot = std::make_shared<RunSnapshot>();
    snapshot->phase = RunPhase::Measuring;
    snapshot->newCells = std::move(cells);
    return snapshot;
}

/// A snapshot of a run being measured that brings @p points.
inline RunSnapshotPtr snapshotWith(QList<TimeSeriesPoint> points)
{
    auto snapshot = std::make_shared<RunSnapshot>();
    snapshot->phase = RunPhase::Measuring;
    snapshot->newTimeSeries = std::move(points);
    return snapshot;
}

/// Hands @p cells to @p model in one snapshot.
inline void apply(ui::RunModel& model, QList<CellResult> cells)
{
    model.applySnapshot(snapshotWith(std::move(cells)));
}

/// Hands @p points to @p model in one snapshot.
inline void apply(ui::RunModel& model, QList<TimeSeriesPoint> points)
{
    model.applySnapshot(snapshotWith(std::move(points)));
}

} // namespace scalescope::testing
