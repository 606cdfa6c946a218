// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finished load tests built by hand for the report tests (tst_reports, tst_render): stages, a per-second series, a
// cell per (stage, endpoint), the stress outcome, the target's memory — no network, deterministic.
#pragma once

#include "engine/runtypes.h"
#include "stats/cellaccumulator.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>

namespace scalescope::testing {

struct LoadRunOptions {
    LoadConfig::Kind kind = LoadConfig::Kind::Load;
    LoadConfig::Model model = LoadConfig::Model::Closed;
    /// Open model: the target stalls for a while in the hold, so that p99 and max from the intended send times
    /// (kStallMs) are far above the raw ones (kRawP99Ms): what a closed-loop tool would have reported.
    bool stall = false;
    int secondsPerStage = 10;
    int intervals = 12; ///< endurance: intervals of the hold
    bool saturated = false; ///< generator saturated for a few seconds, requests dropped and late
    quint32 seed = 1;
};

inline constexpr double kStallP99Ms = 1500.0;
inline constexpr double kStallMaxMs = 1980.0;
inline constexpr double kRawP99Ms = 12.0;
inline constexpr double kRawMaxMs = 25.0;

/// The endpoints of syntheticLoadRun(): two with weights 3 and 1, and one that load tests do not send (weight 0).
inline QStringList loadEndpointNames()
{
    return { QStringLiteral("Get item"), QStringLiteral("List items"), QStringLiteral("Unweighted") };
}

/// A finished load test of kind and model as asked. Levels: Load/Endurance 10 users or 100 requests/s; Stress steps
/// 10, 20, 30, 40 (+ recovery at 10), broken at the fourth by its error rate; ConcurrencySweep 1 … 32 users with a
/// throughput that follows the Universal Scalability Law (λ 100, σ 0.05, κ 0.002). Endurance samples the target's
/// memory ("pid 4242"), growing by 1 MB a minute.
inline RunResult syntheticLoadRun(const LoadRunOptions& options = {})
{
    RunResult run;
    run.runId = 1;
    run.transport = QStringLiteral("lean-http1");
    run.status = RunStatus::Completed;
    run.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    Plan& plan = run.plan;
    plan.name = QStringLiteral("Load API");
    plan.target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000"));
    plan.dataset.mode = DatasetMode::Seeded;
    plan.dataset.sizes = { 100 };
    const QStringList names = loadEndpointNames();
    const QStringList paths = { QStringLiteral("/api/items/{id}/"), QStringLiteral("/api/items/"),
        QStringLiteral("/api/other/") };
    const QList<int> weights = { 3, 1, 0 };
    for (qsizetype e = 0; e < names.size(); ++e) {
        EndpointConfig endpoint;
        endpoint.name = names.at(e);
        endpoint.request.path = paths.at(e);
        endpoint.expectedStatus = { 200 };
        endpoint.weight = weights.at(e);
        plan.endpoints.append(endpoint);
    }
    plan.thresholds = { Threshold { {}, ThresholdMetric::P95, 50.0, {} } };

    // One LoadConfig, the result's own: GCC 12 warns of a maybe-uninitialised QList when LoadConfig's default
    // constructor is inlined twice into one function.
    LoadConfig& config = run.load.emplace().config;
    config.kind = options.kind;
    config.model = options.model;
    config.users = 10;
    config.rate = 100;
    config.step = 10;
    config.maxLevel = 100;
    config.stepDurationMs = options.secondsPerStage * 1000;
    config.durationMs = options.secondsPerStage * 1000;
    config.recoveryMs = options.secondsPerStage * 1000;
    config.intervalMs = 60000;
    config.levels = { 1, 2, 4, 8, 16, 32 };
    if (options.kind == LoadConfig::Kind::ConcurrencySweep)
        config.model = LoadConfig::Model::Closed;
    const bool open = config.model == LoadConfig::Model::Open;
    LoadResult& load = *run.load;
    load.threads = 2;
    load.connections = open ? config.maxInFlight : 40;

    struct StagePlan {
        LoadStage::Role role;
        double level;
        qint64 seconds;
    };
    QList<StagePlan> stages;
    const double base = open ? config.rate : config.users;
    switch (options.kind) {
    case LoadConfig::Kind::Load:
        stages = { { LoadStage::Role::Hold, base, options.secondsPerStage } };
        break;
    case LoadConfig::Kind::Endurance:
        config.durationMs = options.intervals * config.intervalMs;
        stages = { { LoadStage::Role::Hold, base, qint64(options.intervals) * 60 } };
        break;
    case LoadConfig::Kind::Stress:
        for (int k = 0; k < 4; ++k)
            stages.append({ LoadStage::Role::Step, base + k * config.step, options.secondsPerStage });
        stages.append({ LoadStage::Role::Recovery, base, options.secondsPerStage });
        break;
    case LoadConfig::Kind::ConcurrencySweep:
        for (int users : config.levels)
            stages.append({ LoadStage::Role::Hold, double(users), options.secondsPerStage });
        break;
    }

    QRandomGenerator random(options.seed);
    const qint64 start = 3; // login and seeding before the load
    qint64 second = start;
    const auto usl = [](double n) { return 100.0 * n / (1.0 + 0.05 * (n - 1.0) + 0.002 * n * (n - 1.0)); };
    for (qsizetype s = 0; s < stages.size(); ++s) {
        const StagePlan& p = stages.at(s);
        const bool breaking = options.kind == LoadConfig::Kind::Stress && s == 3;
        const double throughput = options.kind == LoadConfig::Kind::ConcurrencySweep ? usl(p.level)
            : open                                                                  ? p.level
                                                                                    : p.level * 50.0;
        const double p50 = 2.0 + (options.kind == LoadConfig::Kind::Stress ? 3.0 * double(s % 4) : 0.0);
        const double errorShare = breaking ? 0.12 : 0.0;
        LoadStage stage;
        stage.index = int(s);
        stage.role = p.role;
        stage.level = p.level;
        stage.startMs = second * 1000;
        stage.endMs = (second + p.seconds) * 1000;
        stage.throughput = throughput;
        stage.requests = quint64(std::llround(throughput * double(p.seconds)));
        stage.failures = quint64(std::llround(double(stage.requests) * errorShare));
        stage.failuresByKind[std::size_t(FailureKind::HttpServerError)] = stage.failures;
        stage.p50Ms = p50;
        stage.p95Ms = p50 * 3.0;
        stage.p99Ms = p50 * 5.0;
        stage.maxMs = p50 * 10.0;
        stage.meanMs = p50 * 1.3;
        stage.rawP50Ms = stage.p50Ms;
        stage.rawP95Ms = stage.p95Ms;
        stage.rawP99Ms = stage.p99Ms;
        stage.rawMaxMs = stage.maxMs;
        if (open && options.stall && p.role == LoadStage::Role::Hold) {
            stage.p99Ms = kStallP99Ms;
            stage.maxMs = kStallMaxMs;
            stage.rawP99Ms = kRawP99Ms;
            stage.rawMaxMs = kRawMaxMs;
        }
        load.stages.append(stage);

        for (qint64 t = 0; t < p.seconds; ++t, ++second) {
            LoadPoint point;
            point.second = second;
            point.level = p.level;
            point.stage = int(s);
            point.requests = quint64(std::llround(throughput * (0.95 + 0.1 * random.generateDouble())));
            point.failures = quint64(std::llround(double(point.requests) * errorShare));
            point.p50Ms = p50 * (0.9 + 0.2 * random.generateDouble());
            point.p95Ms = point.p50Ms * 3.0;
            point.p99Ms = point.p50Ms * 5.0;
            point.maxMs = point.p50Ms * 10.0;
            point.rawP50Ms = point.p50Ms;
            point.rawP95Ms = point.p95Ms;
            point.rawP99Ms = point.p99Ms;
            point.rawMaxMs = point.maxMs;
            point.generatorCpuPercent = 40.0 + 10.0 * random.generateDouble();
            point.generatorRssMb = 30.0 + 0.01 * double(second);
            const bool stalling = open && options.stall && t >= 4 && t < 6;
            if (stalling) {
                // Nothing answered for two seconds: the requests due then complete late, all at once.
                point.p99Ms = kStallP99Ms;
                point.maxMs = kStallMaxMs;
                point.p95Ms = kStallP99Ms * 0.9;
                point.rawP99Ms = kRawP99Ms;
                point.rawMaxMs = kRawMaxMs;
            }
            if (options.saturated && t < 3) {
                point.generatorCpuPercent = 195.0;
                point.late = 20;
                point.dropped = open ? 5 : 0;
                ++load.saturatedSeconds;
            }
            load.stages.last().dropped += point.dropped;
            load.stages.last().late += point.late;
            load.totalRequests += point.requests;
            load.totalFailures += point.failures;
            load.totalDropped += point.dropped;
            load.totalLate += point.late;
            load.series.append(point);
        }

        // The cells: one per stage and endpoint that load tests send.
        for (qsizetype e = 0; e < names.size(); ++e) {
            if (weights.at(e) == 0)
                continue;
            CellAccumulator accumulator;
            const int samples = 200;
            for (int i = 0; i < samples; ++i) {
                double ms = p50 * (e == 1 ? 1.5 : 1.0) * (0.7 + 0.6 * random.generateDouble());
                if (breaking && i % 10 == 0)
                    ms *= 8.0;
                if (open && options.stall && p.role == LoadStage::Role::Hold && i % 25 == 0)
                    ms = kStallP99Ms + double(i);
                const bool failed = breaking && i % 8 == 0;
                accumulator.add(std::chrono::nanoseconds(qint64(ms * 1e6)),
                    failed ? FailureKind::HttpServerError : FailureKind::None, 512, 100);
            }
            CellResult cell;
            cell.sizeIndex = int(s);
            cell.size = int(std::lround(p.level));
            cell.records = 100;
            cell.endpointIndex = int(e);
            cell.endpoint = names.at(e);
            cell.method = QStringLiteral("GET");
            cell.path = paths.at(e);
            cell.stats = accumulator.statistics(double(p.seconds));
            cell.histogram = accumulator.histogram();
            cell.samplesNs = accumulator.rawSamples();
            cell.finishedMs = stage.endMs;
            if (breaking)
                cell.errorSamples = { { FailureKind::HttpServerError,
                    QStringLiteral("HTTP 503 from GET %1: overloaded").arg(cell.path) } };
            run.cells.append(cell);
        }
    }

    if (options.kind == LoadConfig::Kind::Endurance) {
        // The hold's intervals, with a p95 that creeps up.
        const LoadStage hold = load.stages.first();
        for (int i = 0; i < options.intervals; ++i) {
            LoadStage interval = hold;
            interval.index = i + 1;
            interval.role = LoadStage::Role::Interval;
            interval.startMs = hold.startMs + qint64(i) * 60000;
            interval.endMs = interval.startMs + 60000;
            interval.requests = hold.requests / quint64(options.intervals);
            interval.p95Ms = hold.p95Ms * (1.0 + 0.05 * i);
            interval.p99Ms = hold.p99Ms * (1.0 + 0.05 * i);
            load.stages.append(interval);
        }
        config.memoryPid = 4242;
        load.targetMemorySource = QStringLiteral("pid 4242");
        for (qint64 t = 0; t <= qint64(options.intervals) * 60; t += 10)
            load.targetMemory.append({ (start + t) * 1000, 120.0 + double(t) / 60.0 });
    }
    if (options.kind == LoadConfig::Kind::Stress) {
        load.stress.reason = StressOutcome::Reason::ErrorRate;
        load.stress.breakingStage = 3;
        load.stress.lastGoodStage = 2;
        load.stress.recoveryStage = 4;
        load.stress.detail = open ? QStringLiteral("error rate 12.0 % > 5 % at 130 requests/s")
                                  : QStringLiteral("error rate 12.0 % > 5 % at 40 users");
    }
    plan.load = config;
    for (const LoadPoint& point : run.load->series) {
        if (point.requests > 0)
            run.timeSeries.append(TimeSeriesPoint { point.second, point.requests, point.failures, point.p50Ms,
                point.p95Ms, point.p99Ms, point.maxMs });
    }
    run.finishedAt = run.startedAt.addSecs(second + 2);
    return run;
}

} // namespace scalescope::testing
