// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/requestbuilder.h"
#include "engine/runtypes.h"
#include "engine/timeseriesrecorder.h"
#include "engine/workerpool.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <memory>

namespace scalescope {

/// Executes one scale-sweep run from start to end: authenticate → for each size (ascending) seed the
/// missing records → warm up → measure every endpoint → clean up exactly what it created.
///
/// execute() blocks and must run on a thread of its own (Engine provides one); the network work
/// happens in the WorkerPool's threads. cancel() may be called from any thread: the current phase
/// stops, cleanup still runs.
class RunController {
public:
    using Publisher = std::function<void(RunSnapshotPtr)>;

    /// What a cancel does to a batch. Requests that create records must never be aborted in flight:
    /// the server may have committed the record while we would never learn its id.
    enum class Cancel { AbortInFlight, FinishInFlight, Ignore };

    RunController(quint64 runId, Plan plan, RunOptions options);
    ~RunController();
    RunController(const RunController&) = delete;
    RunController& operator=(const RunController&) = delete;

    [[nodiscard]] RunResultPtr execute(const Publisher& publish);
    void cancel();

    /// QNAM when the plan asks for HTTP/2 or a proxy, the lean transport otherwise.
    [[nodiscard]] static TransportKind measuringTransport(const Plan& plan);

private:
    struct Secrets {
        QString password;
        QString token;
    };

    std::optional<Error> resolveSecrets();
    std::optional<Error> authenticate();
    std::optional<qint64> fetchCount(bool fatalOnNetworkError, std::optional<Error>& error);
    std::optional<Error> seedTo(int size, qint64& records);
    /// Measures @p endpointIndices at one size in rounds (one request of each endpoint per round) and records
    /// one cell per endpoint: one index = scale_test's grouped order, all of them = interleaved.
    std::optional<Error> measureEndpoints(int sizeIndex, int size, qint64 records, const QList<int>& endpointIndices);
    /// Requests number first … first + perEndpoint − 1 of every endpoint, the endpoints taking turns in blocks of
    /// @p block; endpointOfRequest[i] is the position in @p endpointIndices of request i.
    QList<HttpRequest> roundRequests(const QList<int>& endpointIndices, int first, int perEndpoint, int block,
                                     QList<int>& endpointOfRequest, int size);
    std::shared_ptr<Batch> runRounds(QList<HttpRequest> requests, const QList<QList<int>>& expected,
                                     const QList<int>& endpointOfRequest, bool measured, bool countsForProgress);
    void cleanup();
    /// The load test of plan.load, at dataset size @p size holding @p records (-1 when not seeded).
    std::optional<Error> runLoad(int size, qint64 records);
    [[nodiscard]] static int plannedLoadCells(const Plan& plan);

    std::shared_ptr<Batch> runBatch(QList<HttpRequest> requests, QList<int> expected, TransportKind transport,
                                    bool keepBodies, int concurrency, Cancel cancel = Cancel::AbortInFlight,
                                    std::shared_ptr<TimeSeriesRecorder> series = {});
    std::shared_ptr<Batch> runBatch(std::shared_ptr<Batch> batch, Cancel cancel, int concurrency,
                                    std::shared_ptr<TimeSeriesRecorder> series, bool countsForProgress = true);
    void logRequests(const Batch& batch);
    void setPhase(RunPhase phase);
    void addEvent(RunEvent::Level level, const QString& message);
    void publish(bool force);
    [[nodiscard]] bool cancelled() const { return m_cancelRequested.load(); }
    [[nodiscard]] int concurrency() const;
    [[nodiscard]] static bool isNetworkFailure(FailureKind kind);

    const quint64 m_runId;
    Plan m_plan;
    RunOptions m_options;
    Secrets m_secrets;
    RequestBuilder m_builder;
    std::unique_ptr<WorkerPool> m_pool;
    TransportKind m_measureTransport = TransportKind::Lean;
    std::shared_ptr<RunResult> m_result;
    QStringList m_createdIds;

    // progress
    Publisher m_publish;
    QElapsedTimer m_clock;
    qint64 m_lastPublishMs = -1000;
    RunPhase m_phase = RunPhase::Starting;
    int m_sizeIndex = -1;
    int m_endpointIndex = -1;
    int m_cellsDone = 0;
    qint64 m_unitsTotal = 1;
    qint64 m_unitsDone = 0;
    quint64 m_requestsDone = 0;
    QList<CellResult> m_pendingCells;
    QList<RunEvent> m_pendingEvents;
    std::shared_ptr<TimeSeriesRecorder> m_series; ///< measured requests per second
    TimeSeriesRecorder::Clock::time_point m_origin; ///< second 0 of the run

    // load tests
    static constexpr int kLoadProgressUnits = 10000;
    bool m_loadActive = false;
    double m_loadLevel = 0;
    QList<LoadPoint> m_pendingLoadPoints;
    QList<TimeSeriesPoint> m_pendingLoadSeries;

    // cancellation
    std::atomic<bool> m_cancelRequested { false };
    QMutex m_batchMutex;
    std::shared_ptr<Batch> m_cancellableBatch;
    bool m_abortInFlight = false;
};

} // namespace scalescope
