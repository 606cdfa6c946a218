// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/loadbucket.h"

#include <algorithm>

namespace scalescope {

bool wantsErrorSample(const QList<QPair<FailureKind, QString>>& samples, FailureKind kind)
{
    const auto sameKind = [kind](const QPair<FailureKind, QString>& sample) { return sample.first == kind; };
    return std::count_if(samples.begin(), samples.end(), sameKind) < kErrorSamplesPerKind;
}

void addErrorSample(QList<QPair<FailureKind, QString>>& samples, FailureKind kind, const QString& message)
{
    if (wantsErrorSample(samples, kind))
        samples.append({ kind, message });
}

void EndpointSecond::merge(const EndpointSecond& other)
{
    corrected.merge(other.corrected);
    raw.merge(other.raw);
    for (const auto& [kind, message] : other.errorSamples)
        addErrorSample(errorSamples, kind, message);
}

LoadSecond::LoadSecond(int endpointCount, int sampleCap)
{
    endpoints.reserve(std::size_t(std::max(0, endpointCount)));
    for (int e = 0; e < endpointCount; ++e)
        endpoints.emplace_back(sampleCap);
}

void LoadSecond::merge(const LoadSecond& other)
{
    for (std::size_t e = 0; e < std::min(endpoints.size(), other.endpoints.size()); ++e)
        endpoints[e].merge(other.endpoints[e]);
    dropped += other.dropped;
    late += other.late;
}

} // namespace scalescope
