// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/timeseriesrecorder.h"

#include <QMutexLocker>

#include <limits>

namespace scalescope {

TimeSeriesRecorder::TimeSeriesRecorder(Clock::time_point origin)
    : m_origin(origin)
{
}

qint64 TimeSeriesRecorder::secondOf(Clock::time_point time) const
{
    if (time <= m_origin)
        return 0;
    return qint64(std::chrono::duration_cast<std::chrono::seconds>(time - m_origin).count());
}

void TimeSeriesRecorder::add(Clock::time_point completedAt, std::chrono::nanoseconds latency, bool failed)
{
    const qint64 second = secondOf(completedAt);
    QMutexLocker lock(&m_mutex);
    Bucket& bucket = m_open[second];
    bucket.histogram.record(latency);
    if (failed)
        ++bucket.failures;
}

TimeSeriesPoint TimeSeriesRecorder::toPoint(qint64 second, const Bucket& bucket)
{
    const LatencyHistogram& h = bucket.histogram;
    const auto ms = [](std::chrono::nanoseconds value) { return double(value.count()) / 1e6; };
    TimeSeriesPoint point;
    point.second = second;
    point.requests = h.count();
    point.failures = bucket.failures;
    point.p50Ms = ms(h.percentile(50));
    point.p95Ms = ms(h.percentile(95));
    point.p99Ms = ms(h.percentile(99));
    point.maxMs = ms(h.max());
    return point;
}

QList<TimeSeriesPoint> TimeSeriesRecorder::takeBefore(qint64 second)
{
    QList<TimeSeriesPoint> points;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_open.begin(); it != m_open.end() && it->first < second;) {
        points.append(toPoint(it->first, it->second));
        it = m_open.erase(it);
    }
    return points;
}

QList<TimeSeriesPoint> TimeSeriesRecorder::takeFinished(Clock::time_point now)
{
    return takeBefore(secondOf(now));
}

QList<TimeSeriesPoint> TimeSeriesRecorder::takeAll()
{
    return takeBefore(std::numeric_limits<qint64>::max());
}

} // namespace scalescope
