// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace scalescope::analysis {

/// What a finding is about. The stable names (findingKindName) are stored in the history and exported.
enum class FindingKind {
    Complexity, ///< how an endpoint scales (one per endpoint, also when inconclusive)
    NonLinearGrowth, ///< latency grows faster than the data (O(n log n), O(n²))
    Cliff, ///< a jump between neighbouring sizes far outside the fitted model
    SuccessDecline, ///< the success rate falls as the data grows
    OutlierEndpoint, ///< far slower than its sibling endpoints at the same size
    Projection, ///< the size at which the fitted curve crosses a threshold
    ScalingCeiling, ///< scales worse than the plan allows ("at most O(n)")
    Threshold, ///< a threshold of the plan failed
    // Load tests (loadFindings())
    BreakingPoint, ///< stress: where the ramp broke (or that it did not) and whether the target recovered
    Saturation, ///< concurrency sweep: the Universal Scalability Law's peak, or that throughput still rises
    LatencyTrend, ///< endurance: p95 or error rate growing (or stable) over the hours
    MemoryGrowth, ///< the target's memory growing (or stable) under load, or its source failing
    GeneratorSaturated, ///< the load generator could not keep up: its numbers are suspect
    CoordinatedOmission, ///< open model: latency from intended send times far above the raw latency
};

enum class FindingSeverity { Info, Warning, Critical };

/// One statement about a run, in plain words, tied to the numbers behind it.
struct Finding {
    FindingKind kind = FindingKind::Complexity;
    FindingSeverity severity = FindingSeverity::Info;
    QString endpoint; ///< endpoint name; empty for run-wide findings
    std::optional<int> size; ///< the dataset size it is about, if one; load findings: the level (users, requests/s)
    QString message; ///< translated, with its numbers: "List prompts grows linearly, +0.9 ms per 100 records"
    QString recommendation; ///< translated, may be empty: "Paginate it or add an index."
    friend bool operator==(const Finding&, const Finding&) = default;
};

[[nodiscard]] QString findingKindName(FindingKind kind); ///< stable: "complexity", "cliff", …
[[nodiscard]] std::optional<FindingKind> findingKindFromName(const QString& name);
[[nodiscard]] QString findingSeverityName(FindingSeverity severity); ///< stable: "info", "warning", "critical"
[[nodiscard]] std::optional<FindingSeverity> findingSeverityFromName(const QString& name);

} // namespace scalescope::analysis
