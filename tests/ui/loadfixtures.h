// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Load tests built by hand for the dashboard's load views: a stress ramp (closed model, steps of 10 users that break
// at 50 with errors, then a recovery) and a concurrency sweep whose throughput follows the Universal Scalability Law,
// as the engine would publish them — per-second load points, one cell per (stage, endpoint) with a real histogram,
// the final LoadResult — and the snapshots that hand them to a RunModel.
#pragma once

#include "engine/runtypes.h"
#include "load/loadtypes.h"
#include "runfixtures.h"
#include "runmodel.h"
#include "stats/cellaccumulator.h"

#include <QList>

#include <chrono>
#include <cmath>
#include <memory>

namespace scalescope::testing {

/// A plan of @p endpoints endpoints (endpointName()) with a load section of @p kind and @p model.
inline Plan loadPlanOf(LoadConfig::Kind kind, LoadConfig::Model model = LoadConfig::Model::Closed, int endpoints = 2)
{
    Plan plan = planOf(endpoints, {}, DatasetMode::Sweep);
    plan.name = QStringLiteral("Load plan");
    LoadConfig load;
    load.kind = kind;
    load.model = model;
    load.users = 10;
    load.step = 10;
    load.maxLevel = 100;
    load.stepDurationMs = 4000;
    load.recoveryMs = 4000;
    load.durationMs = 20000;
    load.intervalMs = 5000;
    load.levels = { 1, 2, 4, 8, 16, 32 };
    plan.load = load;
    return plan;
}

/// One second of a load test at @p level: @p requests requests (@p failures failed), latencies growing with the
/// level (p50 = level / 10 ms, p95 = 2 ×, p99 = 3 ×, max = 4 ×; raw = half of the corrected), CPU 20 + level %.
inline LoadPoint loadPointAt(qint64 second, int stage, double level, quint64 requests, quint64 failures = 0,
    quint64 dropped = 0, quint64 late = 0)
{
    LoadPoint point;
    point.second = second;
    point.stage = stage;
    point.level = level;
    point.requests = requests;
    point.failures = failures;
    point.dropped = dropped;
    point.late = late;
    point.p50Ms = level / 10.0;
    point.p95Ms = point.p50Ms * 2.0;
    point.p99Ms = point.p50Ms * 3.0;
    point.maxMs = point.p50Ms * 4.0;
    point.rawP50Ms = point.p50Ms / 2.0;
    point.rawP95Ms = point.p95Ms / 2.0;
    point.rawP99Ms = point.p99Ms / 2.0;
    point.rawMaxMs = point.maxMs / 2.0;
    point.generatorCpuPercent = 20.0 + level;
    point.generatorRssMb = 50;
    return point;
}

/// The cell of endpoint @p endpointIndex in stage @p stage: @p requests requests over @p seconds, @p failures of them
/// failed (as HTTP 5xx), all at @p latencyMs.
inline CellResult loadCellOf(int stage, double level, int endpointIndex, quint64 requests, quint64 failures,
    double latencyMs, double seconds)
{
    CellAccumulator accumulator(0);
    const auto latency = std::chrono::nanoseconds(qint64(latencyMs * 1e6));
    for (quint64 k = 0; k < requests; ++k)
        accumulator.add(latency, k < failures ? FailureKind::HttpServerError : FailureKind::None);
    CellResult cell;
    cell.sizeIndex = stage;
    cell.size = int(std::lround(level));
    cell.endpointIndex = endpointIndex;
    cell.endpoint = endpointName(endpointIndex);
    cell.stats = accumulator.statistics(seconds);
    cell.histogram = accumulator.histogram();
    return cell;
}

/// A load test as the engine publishes it, second by second, and its final result.
struct ScriptedLoadRun {
    Plan plan;
    QList<LoadPoint> points; ///< every second, in order
    /// The cells of each stage and the second after which the engine publishes them (the stage's last second).
    QList<QPair<qint64, QList<CellResult>>> cellsAfter;
    RunResult result; ///< the finished run, with load set

    /// The snapshots of seconds [from, to): their points and the cells of the stages that ended in them.
    [[nodiscard]] RunSnapshotPtr snapshot(qint64 from, qint64 to) const
    {
        auto snapshot = std::make_shared<RunSnapshot>();
        snapshot->phase = RunPhase::Measuring;
        for (const LoadPoint& point : points) {
            if (point.second >= from && point.second < to) {
                snapshot->newLoadPoints.append(point);
                snapshot->loadLevel = point.level;
                snapshot->newTimeSeries.append(TimeSeriesPoint { point.second, point.requests, point.failures,
                    point.p50Ms, point.p95Ms, point.p99Ms, point.maxMs });
            }
        }
        for (const auto& [after, cells] : cellsAfter) {
            if (after >= from && after < to)
                snapshot->newCells.append(cells);
        }
        return snapshot;
    }
};

/// Adds a stage of @p seconds seconds at @p level to @p run from second @p start: @p perSecond requests each second
/// of which @p failuresPerSecond failed, spread over the plan's endpoints; returns the stage.
inline LoadStage addStage(ScriptedLoadRun& run, LoadStage::Role role, int index, double level, qint64 start,
    int seconds, quint64 perSecond, quint64 failuresPerSecond, double latencyMs)
{
    for (int s = 0; s < seconds; ++s)
        run.points.append(loadPointAt(start + s, index, level, perSecond, failuresPerSecond));
    const int endpoints = int(run.plan.endpoints.size());
    QList<CellResult> cells;
    for (int e = 0; e < endpoints; ++e)
        cells.append(loadCellOf(index, level, e, perSecond * quint64(seconds) / quint64(endpoints),
            failuresPerSecond * quint64(seconds) / quint64(endpoints), latencyMs * (1.0 + 0.5 * e), double(seconds)));
    run.cellsAfter.append({ start + seconds - 1, cells });
    run.result.cells.append(cells);
    LoadStage stage;
    stage.index = index;
    stage.role = role;
    stage.level = level;
    stage.startMs = start * 1000;
    stage.endMs = (start + seconds) * 1000;
    stage.requests = perSecond * quint64(seconds);
    stage.failures = failuresPerSecond * quint64(seconds);
    stage.throughput = double(perSecond);
    stage.p50Ms = latencyMs;
    stage.p95Ms = latencyMs * 1.5;
    stage.p99Ms = latencyMs * 1.5;
    stage.maxMs = latencyMs * 1.5;
    return stage;
}

/// A stress ramp of 10, 20, 30, 40, 50 users (4 s each, after 1 s of warm-up): throughput 100 per user until 40 users,
/// then flat with 20 % errors at 50 — the breaking point; then 4 s of recovery at 10 users.
inline ScriptedLoadRun stressRun(LoadConfig::Model model = LoadConfig::Model::Closed)
{
    ScriptedLoadRun run;
    run.plan = loadPlanOf(LoadConfig::Kind::Stress, model);
    run.points.append(loadPointAt(0, -1, 10, 50)); // warm-up: no stage
    LoadResult load;
    load.config = *run.plan.load;
    qint64 second = 1;
    int index = 0;
    for (const int users : { 10, 20, 30, 40, 50 }) {
        const quint64 perSecond = quint64(users <= 40 ? users * 100 : 4000);
        const quint64 failures = users == 50 ? 800 : 0;
        load.stages.append(addStage(run, LoadStage::Role::Step, index++, users, second, 4, perSecond, failures, users / 10.0));
        second += 4;
    }
    load.stages.append(addStage(run, LoadStage::Role::Recovery, index, 10, second, 4, 1000, 0, 1.0));
    load.stress.reason = StressOutcome::Reason::ErrorRate;
    load.stress.breakingStage = 4;
    load.stress.lastGoodStage = 3;
    load.stress.recoveryStage = 5;
    load.stress.detail = QStringLiteral("error rate 20.0 % > 5 % at 50 users");
    load.series = run.points;
    for (const LoadPoint& point : std::as_const(run.points)) {
        load.totalRequests += point.requests;
        load.totalFailures += point.failures;
    }
    run.result.plan = run.plan;
    run.result.status = RunStatus::Completed;
    run.result.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    run.result.finishedAt = run.result.startedAt.addSecs(second + 4);
    for (const LoadPoint& point : std::as_const(run.points))
        run.result.timeSeries.append(
            TimeSeriesPoint { point.second, point.requests, point.failures, point.p50Ms, point.p95Ms, point.p99Ms, point.maxMs });
    run.result.load = load;
    return run;
}

/// A concurrency sweep at 1, 2, 4, 8, 16, 32 users (3 s each) whose throughput follows the USL with λ = 100,
/// σ = 0.05, κ = 0.002 (a peak near 22 users).
inline ScriptedLoadRun sweepRun()
{
    ScriptedLoadRun run;
    run.plan = loadPlanOf(LoadConfig::Kind::ConcurrencySweep);
    run.plan.load->stepDurationMs = 3000;
    LoadResult load;
    load.config = *run.plan.load;
    qint64 second = 0;
    int index = 0;
    for (const int users : run.plan.load->levels) {
        const double n = users;
        const double x = 100.0 * n / (1.0 + 0.05 * (n - 1.0) + 0.002 * n * (n - 1.0));
        load.stages.append(addStage(run, LoadStage::Role::Hold, index++, n, second, 3, quint64(std::lround(x)), 0, n / x * 1000.0));
        second += 3;
    }
    load.series = run.points;
    run.result.plan = run.plan;
    run.result.status = RunStatus::Completed;
    run.result.load = load;
    return run;
}

} // namespace scalescope::testing
