// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/finding.h"

namespace scalescope::analysis {

namespace {
    constexpr FindingKind allKinds[] = { FindingKind::Complexity, FindingKind::NonLinearGrowth, FindingKind::Cliff,
        FindingKind::SuccessDecline, FindingKind::OutlierEndpoint, FindingKind::Projection, FindingKind::ScalingCeiling,
        FindingKind::Threshold, FindingKind::BreakingPoint, FindingKind::Saturation, FindingKind::LatencyTrend,
        FindingKind::MemoryGrowth, FindingKind::GeneratorSaturated, FindingKind::CoordinatedOmission };
    constexpr FindingSeverity allSeverities[] = { FindingSeverity::Info, FindingSeverity::Warning,
        FindingSeverity::Critical };
}

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Complexity: return QStringLiteral("complexity");
    case FindingKind::NonLinearGrowth: return QStringLiteral("non_linear_growth");
    case FindingKind::Cliff: return QStringLiteral("cliff");
    case FindingKind::SuccessDecline: return QStringLiteral("success_decline");
    case FindingKind::OutlierEndpoint: return QStringLiteral("outlier_endpoint");
    case FindingKind::Projection: return QStringLiteral("projection");
    case FindingKind::ScalingCeiling: return QStringLiteral("scaling_ceiling");
    case FindingKind::Threshold: return QStringLiteral("threshold");
    case FindingKind::BreakingPoint: return QStringLiteral("breaking_point");
    case FindingKind::Saturation: return QStringLiteral("saturation");
    case FindingKind::LatencyTrend: return QStringLiteral("latency_trend");
    case FindingKind::MemoryGrowth: return QStringLiteral("memory_growth");
    case FindingKind::GeneratorSaturated: return QStringLiteral("generator_saturated");
    case FindingKind::CoordinatedOmission: return QStringLiteral("coordinated_omission");
    }
    return {};
}

std::optional<FindingKind> findingKindFromName(const QString& name)
{
    for (const FindingKind kind : allKinds) {
        if (findingKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info: return QStringLiteral("info");
    case FindingSeverity::Warning: return QStringLiteral("warning");
    case FindingSeverity::Critical: return QStringLiteral("critical");
    }
    return {};
}

std::optional<FindingSeverity> findingSeverityFromName(const QString& name)
{
    for (const FindingSeverity severity : allSeverities) {
        if (findingSeverityName(severity) == name)
            return severity;
    }
    return std::nullopt;
}

} // namespace scalescope::analysis
