// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace scalescope {

class PoolWorker;
class TimeSeriesRecorder;

/// What is kept of one request of a batch: enough to measure and to read ids, not the whole reply.
struct RequestOutcome {
    FailureKind failure = FailureKind::None;
    int status = 0;
    std::chrono::nanoseconds latency { 0 };
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    QString errorMessage; ///< set when failure != None
    QByteArray body; ///< only when the batch keeps bodies
    QByteArray location; ///< the Location header, only when the batch keeps bodies
    bool completed = false; ///< false when the batch was cancelled before this request was sent
};

/// A list of requests executed across the pool with a bounded number in flight.
/// Shared between the controller thread (which waits on it) and the worker threads.
class Batch {
public:
    Batch(QList<HttpRequest> requests, QList<int> expectedStatus, TransportKind transport, bool keepBodies);
    /// Requests of several endpoints: request i expects the statuses expectedPerGroup[groupOfRequest[i]].
    Batch(QList<HttpRequest> requests, QList<QList<int>> expectedPerGroup, QList<int> groupOfRequest,
          TransportKind transport);

    [[nodiscard]] int size() const { return int(m_requests.size()); }
    [[nodiscard]] const HttpRequest& request(int index) const { return m_requests.at(index); }
    [[nodiscard]] const RequestOutcome& outcome(int index) const { return m_outcomes.at(std::size_t(index)); }
    [[nodiscard]] TransportKind transport() const { return m_transport; }
    [[nodiscard]] int finishedCount() const;

    /// Every request of this batch that completes (not cancelled) is also added to @p series, from the
    /// worker thread, as it completes. Set before the batch runs.
    void recordInto(std::shared_ptr<TimeSeriesRecorder> series) { m_series = std::move(series); }

    /// Stops handing out requests; in-flight requests still complete (or are aborted by the pool).
    void cancel();
    [[nodiscard]] bool isCancelled() const;

private:
    friend class PoolWorker;
    friend class WorkerPool;

    std::optional<int> take(); // next request index to send, if any
    void complete(int index, const HttpResult& result);
    bool waitDone(int timeoutMs); // true when nothing is left in flight and nothing left to take

    const QList<HttpRequest> m_requests;
    const QList<QList<int>> m_expected; ///< one list per group
    const QList<int> m_groupOfRequest; ///< empty: every request is of group 0
    const TransportKind m_transport;
    const bool m_keepBodies;
    std::shared_ptr<TimeSeriesRecorder> m_series;
    std::vector<RequestOutcome> m_outcomes;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    bool m_cancelled = false;
};

/// Worker threads, each owning its transports (a lean HTTP/1.1 one and a QNetworkAccessManager one,
/// created lazily in the worker's thread). The controller thread hands it batches and blocks in
/// run() until they are done; nothing network-related crosses threads.
class WorkerPool {
public:
    /// @p options.maxConnectionsPerHost applies per worker.
    WorkerPool(int threadCount, const TransportOptions& options);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    [[nodiscard]] int threadCount() const { return int(m_workers.size()); }

    /// Executes @p batch with at most @p concurrency requests in flight across the pool.
    /// Blocks the calling thread (never a pool thread); calls @p tick about every @p tickMs while waiting.
    void run(const std::shared_ptr<Batch>& batch, int concurrency, const std::function<void()>& tick, int tickMs = 100);

    /// Cancels @p batch and aborts whatever of it is in flight. Thread-safe.
    void abort(const std::shared_ptr<Batch>& batch);

    /// Name of the transport that carries @p kind ("lean-http1", "qnam").
    [[nodiscard]] static QString transportName(TransportKind kind);

private:
    std::vector<QThread*> m_threads;
    std::vector<PoolWorker*> m_workers;
};

} // namespace scalescope
