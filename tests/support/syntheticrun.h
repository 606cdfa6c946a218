// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A finished run of the bundled demo plan with latencies of known shape, for the analysis views' tests and
// the documentation screenshots: no network, deterministic for a seed.
#pragma once

#include "engine/runtypes.h"
#include "plan/planparser.h"
#include "stats/cellaccumulator.h"

#include <QRandomGenerator>

#include <cmath>
#include <functional>

namespace scalescope::testing {

/// The median latency (ms) of endpoint @p endpointIndex at @p n records.
using LatencyShape = std::function<double(int endpointIndex, double n)>;

/// The demo target's documented shapes: List O(n), Search O(n), Get O(1), Count O(1), Stats O(n), Duplicates O(n²).
inline double demoShape(int endpointIndex, double n)
{
    switch (endpointIndex) {
    case 0:
        return 0.15 + 0.0055 * n; // List prompts
    case 1:
        return 0.12 + 0.0024 * n; // Search prompts
    case 4:
        return 0.12 + 0.001 * n; // Prompt stats
    case 5:
        return 0.11 + 0.00017 * n * n; // Find duplicates
    default:
        return 0.12; // Get, Count
    }
}

/// @p samples raw samples per cell spread ±@p noise around the shape's median, @p failuresEvery-th request failing
/// (0: none). Times: started at @p startedAt, one cell per 200 ms, a time-series point per second.
inline RunResult syntheticRun(const LatencyShape& shape = demoShape, quint32 seed = 1, int samples = 60,
    double noise = 0.10, int failuresEvery = 0, QDateTime startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC))
{
    RunResult run;
    run.plan = loadPlanFile(QStringLiteral(":/plans/demo.json")).value();
    run.transport = QStringLiteral("lean-http1");
    run.status = RunStatus::Completed;
    run.startedAt = startedAt;
    QRandomGenerator random(seed);
    qint64 elapsedMs = 0;
    for (int si = 0; si < run.plan.dataset.sizes.size(); ++si) {
        const int size = run.plan.dataset.sizes.at(si);
        for (int ei = 0; ei < run.plan.endpoints.size(); ++ei) {
            CellAccumulator accumulator;
            const double median = shape(ei, size);
            for (int i = 0; i < samples; ++i) {
                const double factor = 1.0 + noise * (random.generateDouble() - 0.5) * 2.0;
                const bool failed = failuresEvery > 0 && i % failuresEvery == failuresEvery - 1;
                accumulator.add(std::chrono::nanoseconds(qint64(median * factor * 1e6)),
                    failed ? FailureKind::HttpServerError : FailureKind::None, 2048, 120);
            }
            elapsedMs += 200;
            CellResult cell;
            cell.sizeIndex = si;
            cell.size = size;
            cell.records = size;
            cell.endpointIndex = ei;
            cell.endpoint = run.plan.endpoints.at(ei).name;
            cell.method = run.plan.endpoints.at(ei).request.method;
            cell.path = run.plan.endpoints.at(ei).request.path;
            cell.stats = accumulator.statistics(std::max(0.001, median * samples / 1000.0));
            cell.histogram = accumulator.histogram();
            cell.samplesNs = accumulator.rawSamples();
            cell.finishedMs = elapsedMs;
            if (failuresEvery > 0)
                cell.errorSamples = { { FailureKind::HttpServerError, QStringLiteral("HTTP 500 from GET %1: boom").arg(cell.path) } };
            run.cells.append(cell);
        }
        run.events.append({ elapsedMs, RunEvent::Level::Info, QStringLiteral("Seeded %1 records (dataset now %1)").arg(size) });
    }
    for (qint64 second = 0; second * 1000 < elapsedMs; ++second) {
        TimeSeriesPoint point;
        point.second = second;
        point.requests = 800 + quint64(random.bounded(200));
        point.failures = failuresEvery > 0 ? point.requests / quint64(failuresEvery) : 0;
        point.p50Ms = 0.2 + 0.1 * double(second);
        point.p95Ms = point.p50Ms * 2.5;
        point.p99Ms = point.p50Ms * 4;
        point.maxMs = point.p50Ms * 6;
        run.timeSeries.append(point);
    }
    run.events.append({ elapsedMs, RunEvent::Level::Info, QStringLiteral("Run completed: 30 cell(s) measured") });
    run.finishedAt = startedAt.addMSecs(elapsedMs);
    return run;
}

} // namespace scalescope::testing
