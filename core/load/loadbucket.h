// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "stats/cellaccumulator.h"
#include "stats/latencyhistogram.h"

#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <vector>

namespace scalescope {

/// One endpoint's requests that completed within one second of a load test.
struct EndpointSecond {
    explicit EndpointSecond(int sampleCap)
        : corrected(sampleCap)
    {
    }
    CellAccumulator corrected; ///< latency from the intended send time; failures by kind; bytes; first samples
    LatencyHistogram raw; ///< latency from the moment the request was handed to the network
    QList<QPair<FailureKind, QString>> errorSamples; ///< a few messages, the first of each kind

    void merge(const EndpointSecond& other);
};

/// Everything of one second of a load test, per endpoint, as one worker (or all of them, merged) saw it.
struct LoadSecond {
    LoadSecond(int endpoints, int sampleCap);
    std::vector<EndpointSecond> endpoints;
    quint64 dropped = 0;
    quint64 late = 0;

    void merge(const LoadSecond& other);
};

/// A worker's seconds since the previous take: second of the run → what completed in it.
using LoadSeconds = std::map<qint64, LoadSecond>;

/// Error messages kept per failure kind and endpoint (per second and in a cell).
inline constexpr int kErrorSamplesPerKind = 3;
/// Whether @p samples has room for another message of @p kind (fewer than kErrorSamplesPerKind of it).
[[nodiscard]] bool wantsErrorSample(const QList<QPair<FailureKind, QString>>& samples, FailureKind kind);
/// Adds @p message to @p samples when wantsErrorSample().
void addErrorSample(QList<QPair<FailureKind, QString>>& samples, FailureKind kind, const QString& message);

} // namespace scalescope
