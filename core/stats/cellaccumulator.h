// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "stats/latencyhistogram.h"

#include <QList>

#include <array>
#include <chrono>

namespace scalescope {

/// The numbers of one (endpoint, size) cell, or of any set of requests. Latencies in milliseconds.
struct CellStatistics {
    quint64 count = 0; ///< measured requests
    quint64 successes = 0;
    std::array<quint64, kFailureKindCount> failures {}; ///< indexed by FailureKind; [None] stays 0
    double minMs = 0, meanMs = 0, stddevMs = 0;
    double p50Ms = 0, p90Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
    double throughput = 0; ///< completed requests per second of wall time
    double wallSeconds = 0;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;

    [[nodiscard]] quint64 failureCount() const { return count - successes; }
    [[nodiscard]] double successRate() const { return count ? double(successes) / double(count) : 0.0; }
};

/// Accumulates measured requests: a histogram of every latency, exact mean and standard deviation
/// (Welford), failures by kind, bytes, and — up to a cap — the raw latencies for significance tests.
/// Latency statistics cover every completed request, failed ones included (a fast 500 is still a
/// response time), as JMeter and k6 do; the success rate tells them apart.
class CellAccumulator {
public:
    explicit CellAccumulator(int rawSampleCap = 100000);

    void add(std::chrono::nanoseconds latency, FailureKind failure, qint64 bytesReceived = 0, qint64 bytesSent = 0);
    void merge(const CellAccumulator& other);

    [[nodiscard]] CellStatistics statistics(double wallSeconds) const;
    [[nodiscard]] const LatencyHistogram& histogram() const { return m_histogram; }
    /// Raw latencies in nanoseconds, in arrival order, at most rawSampleCap of them.
    [[nodiscard]] const QList<qint64>& rawSamples() const { return m_raw; }
    [[nodiscard]] quint64 count() const { return m_histogram.count(); }

private:
    LatencyHistogram m_histogram;
    QList<qint64> m_raw;
    int m_rawCap;
    std::array<quint64, kFailureKindCount> m_failures {};
    quint64 m_successes = 0;
    double m_mean = 0; // Welford, in ns
    double m_m2 = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;
};

} // namespace scalescope
