// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"
#include "stats/latencyhistogram.h"

#include <QList>
#include <QMutex>

#include <chrono>
#include <map>

namespace scalescope {

/// Buckets measured requests by the second of the run in which they completed. Worker threads add,
/// the controller thread takes the seconds that are over. Thread-safe; one histogram per open second
/// (in practice one or two), so memory stays flat however long the run.
class TimeSeriesRecorder {
public:
    using Clock = std::chrono::steady_clock;

    explicit TimeSeriesRecorder(Clock::time_point origin);

    /// Records one measured request that completed at @p completedAt. Requests completing before the
    /// origin count in second 0.
    void add(Clock::time_point completedAt, std::chrono::nanoseconds latency, bool failed);

    /// Removes and returns the seconds that ended at or before @p now, oldest first. Seconds without
    /// a measured request are not reported.
    [[nodiscard]] QList<TimeSeriesPoint> takeFinished(Clock::time_point now);
    /// Removes and returns every second still held, ended or not (at the end of a run).
    [[nodiscard]] QList<TimeSeriesPoint> takeAll();

private:
    struct Bucket {
        LatencyHistogram histogram;
        quint64 failures = 0;
    };
    [[nodiscard]] qint64 secondOf(Clock::time_point time) const;
    [[nodiscard]] static TimeSeriesPoint toPoint(qint64 second, const Bucket& bucket);
    QList<TimeSeriesPoint> takeBefore(qint64 second);

    const Clock::time_point m_origin;
    QMutex m_mutex;
    std::map<qint64, Bucket> m_open;
};

} // namespace scalescope
