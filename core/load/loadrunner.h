// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"
#include "load/loadbucket.h"
#include "load/loadtypes.h"
#include "net/transport.h"

#include <QList>
#include <QMutex>
#include <QStringList>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace scalescope {

class LoadWorker;
class GeneratorMonitor;
class TargetMemoryMonitor;

/// Whether a stress step meets one of the plan's stop conditions, judged against the previous step. Checked in
/// order: error rate above stopErrorRatePercent, p95 above stopP95Ms, and — with stopOnThroughputPlateau — a
/// throughput that rose by less than a quarter of the load's rise (users 10 → 20 is +100 %; +20 % throughput or
/// less is a plateau) or fell. Returns Reason::None when the step is fine; @p detail gets the numbers (translated).
[[nodiscard]] StressOutcome::Reason stressStopReason(const LoadConfig& config, const LoadStage& step,
                                                     const LoadStage* previous, QString* detail = nullptr);

/// Executes the load part of a run (plan.load): the schedule of levels (spawn ramps, warm-up, stages, a stress
/// ramp with its stop conditions and recovery, the intervals of an endurance run), on LoadWorker threads, and turns
/// what they record into per-second points, stages and cells. run() blocks the calling (controller) thread, ticking
/// about every 100 ms; the caller publishes what the take…() functions return from its tick callback.
class LoadRunner {
public:
    using Clock = std::chrono::steady_clock;

    struct Setup {
        LoadConfig config;
        QList<QList<HttpRequest>> variants; ///< per endpoint, concrete requests (empty = weight 0)
        QList<QList<int>> expected; ///< per endpoint
        QList<int> weights; ///< per endpoint
        QStringList names, methods, paths; ///< per endpoint, for the cells
        TransportKind transport = TransportKind::Lean;
        TransportOptions options; ///< timeout, TLS; connections are set by the runner
        quint64 seed = 1;
        Clock::time_point origin; ///< the run's second 0
        qint64 records = -1; ///< the dataset the target held, for the cells
        int threads = 0; ///< worker threads, 0 = one per core
    };

    struct Callbacks {
        std::function<bool()> cancelled;
        std::function<void(RunEvent::Level, const QString&)> event;
        std::function<void()> tick; ///< about every 100 ms
    };

    explicit LoadRunner(Setup setup);
    ~LoadRunner();
    LoadRunner(const LoadRunner&) = delete;
    LoadRunner& operator=(const LoadRunner&) = delete;

    void run(const Callbacks& callbacks);

    /// Since the previous call: finished seconds (as load points and as plain time-series points) and cells.
    [[nodiscard]] QList<LoadPoint> takeNewPoints() { return std::exchange(m_newPoints, {}); }
    [[nodiscard]] QList<TimeSeriesPoint> takeNewTimeSeries() { return std::exchange(m_newSeries, {}); }
    [[nodiscard]] QList<CellResult> takeNewCells() { return std::exchange(m_newCells, {}); }
    [[nodiscard]] double level() const { return m_level; }
    [[nodiscard]] int stage() const { return m_currentStage; }
    /// 0..1 of the planned schedule (a stress ramp counts up to its max level).
    [[nodiscard]] double progress() const;
    [[nodiscard]] quint64 requestsDone() const { return m_result.totalRequests; }

    /// The outcome; call after run().
    [[nodiscard]] const LoadResult& result() const { return m_result; }

private:
    struct EndpointAgg {
        CellAccumulator corrected { 0 };
        std::vector<qint64> reservoir;
        quint64 seen = 0;
        QList<QPair<FailureKind, QString>> errorSamples;
    };
    struct StageAgg {
        LoadStage stage;
        qint64 firstSecond = 0;
        qint64 endSecond = 0; ///< exclusive
        bool withCells = true;
        std::vector<EndpointAgg> endpoints;
        LatencyHistogram corrected;
        LatencyHistogram raw;
        CellAccumulator all { 0 };
    };
    struct SecondInfo {
        double levelSum = 0;
        int ticks = 0;
        int stage = -1;
        int interval = -1; ///< endurance: the Interval stage of this second
    };

    [[nodiscard]] qint64 nowMs() const;
    /// Holds @p level (a function of the run time) until @p untilMs, ticking. False when cancelled.
    bool drive(qint64 untilMs, const std::function<double(qint64)>& level);
    /// Ramps from @p from to @p to at the spawn rate (closed model) or at once. False when cancelled.
    bool ramp(double from, double to);
    /// A measured stage of whole seconds starting at the next second boundary. Returns its index, -1 when cancelled.
    /// @p levelAt, when set, gives the level at a fraction 0..1 of the stage (a ramping arrival rate).
    int measure(LoadStage::Role role, double level, qint64 durationMs, const std::function<double(double)>& levelAt = {});
    /// Holds @p level for the plan's warm-up, unmeasured. False when cancelled.
    bool warmUp(double level);
    /// Keeps the level until stage @p index is final. False when cancelled.
    bool waitFinal(int index, double level);
    void setLevel(double level);
    void collect();
    void finalizeSeconds(bool all);
    void finalizeSecond(qint64 second, const LoadSecond* data);
    void finalizeStage(StageAgg& agg);
    void addToStage(StageAgg& agg, const LoadSecond& data);
    void event(RunEvent::Level level, const QString& message);
    void runStress();
    void startWorkers(double maxLevel);
    void stopWorkers();
    void raiseFileLimit(int connections);
    void sampleTargetMemory();
    [[nodiscard]] qint64 plannedMs() const;

    Setup m_setup;
    const Callbacks* m_callbacks = nullptr;
    std::vector<std::unique_ptr<LoadWorker>> m_workers;
    std::unique_ptr<GeneratorMonitor> m_generator;
    std::unique_ptr<TargetMemoryMonitor> m_targetMemory;
    int m_cores = 1;
    qint64 m_startMs = 0;

    std::map<qint64, LoadSecond> m_open; ///< merged from the workers, not yet final
    std::map<qint64, SecondInfo> m_seconds; ///< the schedule's view of each second
    std::map<int, StageAgg> m_stages; ///< by index, until final
    std::optional<qint64> m_intervalSeconds; ///< endurance: interval length, with m_holdStage
    int m_holdStage = -1;
    int m_nextStageIndex = 0;
    int m_currentStage = -1;
    qint64 m_lastFinalSecond = -1;
    double m_level = 0;
    double m_postedLevel = -1;
    bool m_saturatedWarned = false;

    LoadResult m_result;
    QList<LoadPoint> m_newPoints;
    QList<TimeSeriesPoint> m_newSeries;
    QList<CellResult> m_newCells;
};

} // namespace scalescope
