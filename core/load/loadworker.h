// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/loadbucket.h"
#include "net/transport.h"
#include "plan/plan.h"

#include <QList>

#include <chrono>
#include <memory>

namespace scalescope {

/// What one load worker sends and how.
struct LoadWorkerSetup {
    using Clock = std::chrono::steady_clock;
    LoadConfig::Model model = LoadConfig::Model::Closed;
    QList<QList<HttpRequest>> variants; ///< per endpoint: concrete requests, taken in turn (empty: never sent)
    QList<QList<int>> expected; ///< per endpoint: expected statuses (empty = any 2xx)
    QList<int> weights; ///< per endpoint: relative share of requests (0 = never)
    int thinkMinMs = 0; ///< closed model: pause between a user's answer and its next request
    int thinkMaxMs = 0;
    int maxInFlight = 1000; ///< open model: beyond this many in flight a due request is dropped (counted)
    TransportKind transport = TransportKind::Lean;
    TransportOptions options; ///< maxConnectionsPerHost: this worker's connections
    quint64 seed = 1; ///< endpoint choice and think times
    Clock::time_point origin; ///< second 0 of the run
    int sampleCapPerSecond = 2000; ///< raw latencies kept per endpoint and second
};

/// One thread generating load: N closed-model users or an open-model arrival schedule, on its own transport,
/// recording every completed request into per-second buckets. No QObject, signal or allocation beyond the
/// transport's per request; statistics are taken by the controller thread with take() (a mutex held for a
/// few hundred nanoseconds per request and per take).
///
/// Closed model: setLevel(users) starts or retires users; each user sends, waits for the answer, thinks for a
/// uniform [thinkMin, thinkMax], sends again. Latency = raw latency.
/// Open model: setLevel(rate) sets the arrival rate; request k is due at t₀ + k / rate whatever the answers.
/// Latency is measured from the due time (corrected) and from the actual hand-off to the network (raw); a due
/// request beyond maxInFlight in flight is dropped, one handed off more than kLateMs after its due time is late.
class LoadWorker {
public:
    explicit LoadWorker(LoadWorkerSetup setup, int index);
    ~LoadWorker(); ///< stops (aborting what is in flight) and joins the thread
    LoadWorker(const LoadWorker&) = delete;
    LoadWorker& operator=(const LoadWorker&) = delete;

    /// Users (closed) or requests per second (open) of this worker. Thread-safe; takes effect in the worker.
    void setLevel(double level);
    /// Stops sending; waits up to @p grace for the requests in flight, then aborts the rest. Blocks.
    void stop(std::chrono::milliseconds grace);
    /// stop() in two halves, so that several workers stop at once: beginStop() returns at once, waitStopped()
    /// blocks until the worker has stopped (at most grace + 5 s).
    void beginStop(std::chrono::milliseconds grace);
    void waitStopped();
    /// The seconds recorded since the previous call. Thread-safe.
    [[nodiscard]] LoadSeconds take();
    /// Requests accepted by the transport and not completed. Thread-safe.
    [[nodiscard]] int inFlight() const;

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace scalescope
