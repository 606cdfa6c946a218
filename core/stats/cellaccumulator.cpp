// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/cellaccumulator.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

constexpr double kNsPerMs = 1e6;

double toMs(std::chrono::nanoseconds value)
{
    return double(value.count()) / kNsPerMs;
}

} // namespace

CellAccumulator::CellAccumulator(int rawSampleCap)
    : m_rawCap(std::max(0, rawSampleCap))
{
}

void CellAccumulator::add(std::chrono::nanoseconds latency, FailureKind failure, qint64 bytesReceived,
                          qint64 bytesSent)
{
    // Same convention as LatencyHistogram: a negative reading is a clock artefact and counts as 0.
    const qint64 ns = std::max<qint64>(latency.count(), 0);
    m_histogram.record(std::chrono::nanoseconds(ns));
    if (m_raw.size() < m_rawCap)
        m_raw.append(ns);

    if (failure == FailureKind::None) {
        ++m_successes;
    } else {
        const auto kind = std::size_t(failure);
        ++m_failures[kind < kFailureKindCount ? kind : std::size_t(FailureKind::Other)];
    }

    // Welford's online update; stable where the naive sum of squares cancels catastrophically.
    const double x = double(ns);
    const double delta = x - m_mean;
    m_mean += delta / double(m_histogram.count());
    m_m2 += delta * (x - m_mean);

    m_bytesReceived += bytesReceived;
    m_bytesSent += bytesSent;
}

void CellAccumulator::merge(const CellAccumulator& other)
{
    if (&other == this) {
        const CellAccumulator copy = other;
        merge(copy);
        return;
    }
    const quint64 nb = other.count();
    if (nb == 0)
        return;
    const quint64 na = count();

    // Chan, Golub and LeVeque's pairwise combination of mean and M2.
    const double n = double(na + nb);
    const double delta = other.m_mean - m_mean;
    m_mean += delta * (double(nb) / n);
    m_m2 += other.m_m2 + delta * delta * (double(na) * double(nb) / n);

    m_histogram.merge(other.m_histogram);
    const qsizetype room = qsizetype(m_rawCap) - m_raw.size();
    if (room > 0)
        m_raw.append(other.m_raw.mid(0, std::min(room, other.m_raw.size())));
    for (std::size_t i = 0; i < kFailureKindCount; ++i)
        m_failures[i] += other.m_failures[i];
    m_successes += other.m_successes;
    m_bytesReceived += other.m_bytesReceived;
    m_bytesSent += other.m_bytesSent;
}

CellStatistics CellAccumulator::statistics(double wallSeconds) const
{
    CellStatistics stats;
    const quint64 n = count();
    stats.count = n;
    stats.successes = m_successes;
    stats.failures = m_failures;
    stats.wallSeconds = wallSeconds;
    stats.bytesReceived = m_bytesReceived;
    stats.bytesSent = m_bytesSent;
    if (wallSeconds > 0 && std::isfinite(wallSeconds))
        stats.throughput = double(n) / wallSeconds;
    if (n == 0)
        return stats;

    stats.minMs = toMs(m_histogram.min());
    stats.maxMs = toMs(m_histogram.max());
    stats.meanMs = m_mean / kNsPerMs;
    stats.stddevMs = n >= 2 ? std::sqrt(std::max(0.0, m_m2) / double(n - 1)) / kNsPerMs : 0.0;
    stats.p50Ms = toMs(m_histogram.percentile(50));
    stats.p90Ms = toMs(m_histogram.percentile(90));
    stats.p95Ms = toMs(m_histogram.percentile(95));
    stats.p99Ms = toMs(m_histogram.percentile(99));
    return stats;
}

} // namespace scalescope
