// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "plan/plan.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace scalescope {

/// One second of a load test (all endpoints together). Latencies in milliseconds.
///
/// "Corrected" latencies run from the request's *intended* send time to the last byte of its response: in the open
/// model the schedule says when a request was due, so a stall of the target (or of the generator) shows up in every
/// request that should have been sent during it — coordinated omission cannot hide it. In the closed model there is
/// no schedule: a user sends when its previous answer and think time are over, so corrected == raw.
/// "Raw" (uncorrected) latencies run from the moment the request was handed to the network, what a closed-loop
/// tool (JMeter, Locust, wrk without -R) reports.
struct LoadPoint {
    qint64 second = 0; ///< seconds since the run started: covers [second, second + 1)
    double level = 0; ///< users running (closed) or the target arrival rate in requests/s (open) during that second
    int stage = -1; ///< index into LoadResult::stages, -1 during warm-up / spawn ramps that belong to no stage
    quint64 requests = 0; ///< requests completed in the second
    quint64 failures = 0; ///< of which failed (transport error, wrong status)
    quint64 dropped = 0; ///< open model: due requests not sent because maxInFlight were in flight
    quint64 late = 0; ///< open model: requests handed to the network more than kLateMs after their intended time
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0; ///< corrected
    double rawP50Ms = 0, rawP95Ms = 0, rawP99Ms = 0, rawMaxMs = 0; ///< uncorrected
    qint64 bytesReceived = 0;
    /// The generator itself (this process): CPU in percent of one core (200 = two cores busy), resident memory.
    double generatorCpuPercent = -1; ///< -1 = not measured
    double generatorRssMb = -1;
    friend bool operator==(const LoadPoint&, const LoadPoint&) = default;
};

/// "late": a request handed to the network more than this after its intended send time (open model).
inline constexpr double kLateMs = 5.0;

/// One sample of the target's resident memory (Prometheus process_resident_memory_bytes, or /proc/PID).
struct MemorySample {
    qint64 elapsedMs = 0; ///< since the run started
    double rssMb = 0;
    friend bool operator==(const MemorySample&, const MemorySample&) = default;
};

/// A stage of a load test: one level held for a while, all endpoints together (per endpoint: RunResult::cells with
/// CellResult::sizeIndex == the stage's index and CellResult::size == the level, rounded).
struct LoadStage {
    enum class Role {
        Hold, ///< Load and Endurance: the level; ConcurrencySweep: one level of the sweep
        Step, ///< Stress: one step of the ramp
        Recovery, ///< Stress: back at the start level after the breaking point
        Interval, ///< Endurance: one intervalMs of the hold (per-interval statistics, for trends)
    };
    int index = 0;
    Role role = Role::Hold;
    double level = 0; ///< users (closed) or requests/s (open)
    qint64 startMs = 0; ///< run time
    qint64 endMs = 0;
    quint64 requests = 0;
    quint64 failures = 0;
    std::array<quint64, kFailureKindCount> failuresByKind {}; ///< indexed by FailureKind
    quint64 dropped = 0;
    quint64 late = 0;
    double throughput = 0; ///< completed requests per second
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0, meanMs = 0; ///< corrected
    double rawP50Ms = 0, rawP95Ms = 0, rawP99Ms = 0, rawMaxMs = 0; ///< uncorrected
    [[nodiscard]] double errorRatePercent() const { return requests ? 100.0 * double(failures) / double(requests) : 0; }
    friend bool operator==(const LoadStage&, const LoadStage&) = default;
};

/// What a stress ramp found. A breaking point is the first step that met a stop condition.
struct StressOutcome {
    enum class Reason { None, ErrorRate, P95, ThroughputPlateau, MaxLevel, Cancelled };
    Reason reason = Reason::None; ///< None: the ramp ended at maxLevel without breaking (then reason MaxLevel)
    std::optional<int> breakingStage; ///< index into stages of the step that met the condition
    std::optional<int> lastGoodStage; ///< the step before it (none when the first step broke)
    std::optional<int> recoveryStage; ///< the recovery stage, when one ran
    QString detail; ///< translated, with numbers: "error rate 12.4 % > 5 % at 180 users"
    friend bool operator==(const StressOutcome&, const StressOutcome&) = default;
};

/// Everything a load test produced beyond the cells and the RunResult's plain per-second series.
struct LoadResult {
    LoadConfig config; ///< as run
    QList<LoadStage> stages; ///< in run order
    QList<LoadPoint> series; ///< one per second in which something completed (or was dropped), in order
    QList<MemorySample> targetMemory; ///< empty without memoryMetricsUrl / memoryPid
    QString targetMemorySource; ///< "http://…/metrics" (redacted) or "pid 1234"; empty when none
    QString targetMemoryError; ///< translated, set when the source failed (e.g. "did not answer within 2 s")
    StressOutcome stress; ///< Stress only
    quint64 totalRequests = 0;
    quint64 totalFailures = 0;
    quint64 totalDropped = 0;
    quint64 totalLate = 0;
    /// Seconds in which the generator used more than 90 % of the cores it had (or sent over 1 % late): its own
    /// numbers are then suspect. Counted over the measured part of the run.
    int saturatedSeconds = 0;
    int connections = 0; ///< connections the transport was allowed, over all worker threads
    int threads = 0; ///< worker threads that generated the load
    friend bool operator==(const LoadResult&, const LoadResult&) = default;
};

/// The first level of a load test: users (closed model) or requests/s (open model).
[[nodiscard]] double loadStartLevel(const LoadConfig& config);
/// Stress: the steps of the ramp from the start level by `step` up to `maxLevel` (at least 1).
[[nodiscard]] int stressStepCount(const LoadConfig& config);

/// Stable names for files and JSON: "load", "stress", "endurance", "concurrency-sweep"; "closed", "open".
[[nodiscard]] QString loadKindName(LoadConfig::Kind kind);
[[nodiscard]] std::optional<LoadConfig::Kind> loadKindFromName(const QString& name);
[[nodiscard]] QString loadModelName(LoadConfig::Model model);
[[nodiscard]] std::optional<LoadConfig::Model> loadModelFromName(const QString& name);
[[nodiscard]] QString loadStageRoleName(LoadStage::Role role); ///< "hold", "step", "recovery", "interval"
[[nodiscard]] std::optional<LoadStage::Role> loadStageRoleFromName(const QString& name);
[[nodiscard]] QString stressReasonName(StressOutcome::Reason reason); ///< "none", "error-rate", "p95", "plateau", "max-level", "cancelled"
[[nodiscard]] std::optional<StressOutcome::Reason> stressReasonFromName(const QString& name);
/// Translated: "Load test", "Stress test", "Endurance test", "Concurrency sweep"; "closed model (virtual users)", …
[[nodiscard]] QString loadKindLabel(LoadConfig::Kind kind);
[[nodiscard]] QString loadModelLabel(LoadConfig::Model model);
/// "users" or "requests/s", translated: the unit of a level.
[[nodiscard]] QString loadLevelUnit(LoadConfig::Model model);

} // namespace scalescope
