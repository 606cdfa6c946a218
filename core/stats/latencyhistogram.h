// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>
#include <vector>

namespace scalescope {

/// Log-linear (HDR-style) latency histogram.
///
/// Values are nanoseconds from 1 µs to 1 h (values outside are clamped and counted). Relative error
/// of any reported percentile is below 1 %; memory is fixed at construction; record() is O(1) and
/// does not allocate. Two histograms merge by adding bucket counts, so workers record locally and
/// an aggregator merges.
class LatencyHistogram {
public:
    LatencyHistogram();

    void record(std::chrono::nanoseconds value);
    void recordN(std::chrono::nanoseconds value, quint64 count);
    void merge(const LatencyHistogram& other);
    void reset();

    [[nodiscard]] quint64 count() const { return m_count; }
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    /// Exact (not bucketed) extremes of what was recorded.
    [[nodiscard]] std::chrono::nanoseconds min() const;
    [[nodiscard]] std::chrono::nanoseconds max() const;
    /// Mean from bucket midpoints (within the histogram's relative error).
    [[nodiscard]] std::chrono::nanoseconds mean() const;
    /// @p p in [0, 100]. The value v such that p % of recorded values are <= v (within 1 %).
    /// Returns 0 for an empty histogram. p == 100 returns max(), p == 0 returns min().
    [[nodiscard]] std::chrono::nanoseconds percentile(double p) const;

    /// Compact binary form (non-zero buckets only) for storage; versioned.
    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] static std::optional<LatencyHistogram> deserialize(const QByteArray& data);

    friend bool operator==(const LatencyHistogram& a, const LatencyHistogram& b);

private:
    std::vector<quint64> m_counts;
    quint64 m_count = 0;
    qint64 m_minNs = 0;
    qint64 m_maxNs = 0;
};

} // namespace scalescope
