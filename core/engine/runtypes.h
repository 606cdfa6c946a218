// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "load/loadtypes.h"
#include "plan/plan.h"
#include "stats/cellaccumulator.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace scalescope {

enum class RunPhase { Starting, Authenticating, Seeding, WarmingUp, Measuring, CleaningUp, Finished };
/// Interrupted is never produced by the engine: the history marks a run so when the process that ran it
/// died (SIGKILL, power loss) before it could record an end.
enum class RunStatus { Running, Completed, Failed, Cancelled, Interrupted };

QString runPhaseName(RunPhase phase); ///< stable: "authenticating", "seeding", …
QString runPhaseLabel(RunPhase phase); ///< translated
QString runStatusName(RunStatus status); ///< stable: "running", "completed", "failed", "cancelled", "interrupted"
std::optional<RunStatus> runStatusFromName(const QString& name); ///< inverse of runStatusName()

/// What the caller supplies at run time, beside the plan. Secrets live here, in memory only.
struct RunOptions {
    QString password; ///< overrides auth.password's reference when non-empty
    QString token; ///< overrides auth.token's reference when non-empty
    quint64 seed = 1; ///< template randomness
    bool cleanup = true; ///< delete the records this run created
    /// Called on the engine's controller thread for each request when set (--debug). The line
    /// never holds a secret: Authorization / Cookie / token values are redacted.
    std::function<void(const QString& line)> debugLog;
};

/// The result of one (dataset size, endpoint) cell.
struct CellResult {
    int sizeIndex = 0;
    qint64 finishedMs = 0; ///< run time when the cell finished, to order cells among events
    int size = 0; ///< nominal dataset size or sweep value
    qint64 records = -1; ///< records the target held while measuring (count request or created); -1 for sweeps
    int endpointIndex = 0;
    QString endpoint; ///< endpoint name
    QString method;
    QString path; ///< the path template, unexpanded
    CellStatistics stats;
    LatencyHistogram histogram;
    QList<qint64> samplesNs; ///< raw latencies, for significance tests
    /// First few messages per failure kind (kind name → messages), secrets redacted.
    QList<QPair<FailureKind, QString>> errorSamples;
};

/// One second of measured traffic (warm-up, seeding, login and cleanup requests are not counted).
/// Latencies come from a histogram of the requests that completed in that second.
struct TimeSeriesPoint {
    qint64 second = 0; ///< seconds since the run started: this point covers [second, second + 1)
    quint64 requests = 0; ///< measured requests completed in the second
    quint64 failures = 0; ///< of which failed (transport error, wrong status)
    double p50Ms = 0.0;
    double p95Ms = 0.0;
    double p99Ms = 0.0;
    double maxMs = 0.0;
    friend bool operator==(const TimeSeriesPoint&, const TimeSeriesPoint&) = default;
};

struct RunEvent {
    enum class Level { Info, Warning, Error };
    qint64 elapsedMs = 0;
    Level level = Level::Info;
    QString message;
};

/// An immutable view of a run's progress, published at most every 100 ms.
struct RunSnapshot {
    quint64 runId = 0;
    RunPhase phase = RunPhase::Starting;
    qint64 elapsedMs = 0;
    int sizeIndex = -1; ///< index into plan.dataset.sizes, -1 before the first size
    int size = 0;
    int endpointIndex = -1;
    int cellsDone = 0;
    int cellsTotal = 0;
    double progress = 0.0; ///< 0..1, weighted by requests
    qint64 etaMs = -1; ///< -1 when unknown
    qint64 recordsCreated = 0;
    quint64 requestsDone = 0;
    QList<CellResult> newCells; ///< cells finished since the previous snapshot
    QList<RunEvent> newEvents; ///< events since the previous snapshot
    /// Seconds that ended since the previous snapshot, oldest first (a second is published once it is over).
    QList<TimeSeriesPoint> newTimeSeries;
    /// Load tests: the seconds that ended since the previous snapshot, with levels, corrected and raw latencies,
    /// dropped and late requests and the generator's own CPU and memory.
    QList<LoadPoint> newLoadPoints;
    double loadLevel = 0; ///< load tests: users or requests/s being applied now (0 outside the load)
};
using RunSnapshotPtr = std::shared_ptr<const RunSnapshot>;

/// Everything a finished (or stopped) run produced. Holds no secret.
struct RunResult {
    quint64 runId = 0;
    Plan plan; ///< as run (overrides applied); holds only secret references
    QString transport; ///< transport that measured: "lean-http1" or "qnam"
    quint64 seed = 1;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunStatus status = RunStatus::Running;
    std::optional<Error> error;
    QList<CellResult> cells;
    QList<RunEvent> events;
    QList<TimeSeriesPoint> timeSeries; ///< every second of the run that measured something, in order
    qint64 recordsCreated = 0;
    qint64 recordsDeleted = 0;
    QStringList undeletedIds; ///< created but not deleted (cleanup failed or was disabled)
    qint64 countBefore = -1; ///< from the count request, -1 when unknown
    qint64 countAfter = -1;
    /// Set for load tests (plan.load): stages, the detailed per-second series, stress outcome, target memory.
    std::optional<LoadResult> load;
};
using RunResultPtr = std::shared_ptr<const RunResult>;

} // namespace scalescope

Q_DECLARE_METATYPE(scalescope::RunSnapshotPtr)
Q_DECLARE_METATYPE(scalescope::RunResultPtr)
