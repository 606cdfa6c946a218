// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "common/result.h"
#include "engine/runtypes.h"
#include "plan/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace scalescope::storage {

/// The schema version this build writes (stored in `PRAGMA user_version`). Older files are migrated
/// forward on a read-write open; see docs/history.md for the history of versions.
inline constexpr int kSchemaVersion = 5;
/// `PRAGMA application_id` of every ScaleScope history file ("SCSH"): tells our files from other
/// applications' SQLite databases.
inline constexpr qint32 kApplicationId = 0x53435348;

/// What a run is stored with when it starts. Pass the plan as run (overrides applied): it is stored
/// through planToJson, so only secret *references* can reach the file.
struct RunHeader {
    QString name; ///< user-facing name; may be empty (the plan name is shown instead)
    Plan plan;
    quint64 seed = 1;
    QString transport; ///< may be empty here; finishRun() takes RunResult::transport when set
    QDateTime startedAt; ///< invalid: now
    QString toolVersion; ///< empty: this build's SCALESCOPE_VERSION
};

/// Filters for listRuns(). Default: every run.
struct RunQuery {
    int limit = 0; ///< > 0: at most this many (the newest)
    QString tag; ///< non-empty: only runs carrying this tag
    QString text; ///< non-empty: name or plan name contains it (case-insensitive for ASCII)
    std::optional<RunStatus> status;
};

/// One line of the run list. Built without reading any cell, sample or histogram.
struct RunSummary {
    qint64 id = 0;
    QString name;
    QStringList tags; ///< sorted
    QString notes;
    RunStatus status = RunStatus::Running;
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC; invalid while running
    QString planName;
    QUrl baseUrl;
    QString toolVersion;
    QString transport;
    quint64 seed = 1;
    int cellCount = 0; ///< cells stored so far
    QStringList endpoints; ///< the plan's endpoint names, in plan order
    QList<int> sizes; ///< the plan's dataset sizes
    std::optional<Error> error;
    std::optional<double> worstP95Ms; ///< the highest p95 of a cell with requests; none before the first cell
    /// Threshold checks made and failed when the run ended (setThresholdOutcome()); none while running, for an
    /// interrupted run, and for runs stored before schema v4.
    std::optional<int> thresholdChecks;
    std::optional<int> thresholdFailures;
};

/// A run read back in full.
struct StoredRun {
    RunSummary summary;
    /// runId holds the history id (not the engine's transient id); the plan is parsed back with parsePlan.
    RunResult result;
    QList<analysis::Finding> findings;
};

/// The run history: one SQLite file (QSQLITE driver) holding every run, its cells (with histograms and
/// raw samples), events, time series and findings.
///
/// Threading: one connection per thread. A HistoryStore owns one QSqlDatabase connection with a unique
/// name, opened by open() on the calling thread; every member function must be called on that thread
/// (asserted in debug builds). A second thread opens its own HistoryStore on the same file: SQLite's WAL
/// mode lets readers proceed while one writer writes, and a busy timeout covers short write conflicts, so
/// a CLI run and the GUI can share the file.
///
/// Writes are incremental: beginRun() creates the row, each add…() call is one transaction committed at
/// once, finishRun() records the end. A process killed mid-run leaves everything committed so far; the
/// next read-write open marks such a run Interrupted.
class HistoryStore {
public:
    enum class Access {
        ReadWrite, ///< create the file if missing, migrate it, recover interrupted runs
        ReadOnly, ///< never writes; a file from a newer ScaleScope is accepted if this build can read it
    };

    /// `<GenericDataLocation>/ScaleScope/history.sqlite` (Linux: ~/.local/share/ScaleScope/history.sqlite),
    /// the same for the CLI and the GUI whatever their application names; creates the directory. Empty if
    /// no writable location exists.
    [[nodiscard]] static QString defaultPath();

    /// Opens (ReadWrite: creates or migrates) the history database at @p path.
    /// Refuses, without modifying the file: something that is not SQLite, another application's SQLite
    /// database, a file written by a newer ScaleScope (ReadWrite only), a missing file (ReadOnly only).
    /// Errors are ErrorKind::Io and name the path and the reason.
    [[nodiscard]] static Result<std::unique_ptr<HistoryStore>> open(const QString& path, Access access = Access::ReadWrite);

    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Access access() const { return m_access; }
    /// The file's schema version (kSchemaVersion after a read-write open; may be higher read-only).
    [[nodiscard]] int fileSchemaVersion() const { return m_fileVersion; }

    // ---- writing a run incrementally (ReadWrite only) ----

    /// Creates a run with status running, owned by this process (pid, process start time, hostname).
    [[nodiscard]] Result<qint64> beginRun(const RunHeader& header);
    /// Appends cells (one transaction). Histograms and raw samples are stored as BLOBs.
    [[nodiscard]] std::optional<Error> addCells(qint64 runId, const QList<CellResult>& cells);
    /// Appends (or replaces, by second) time-series points (one transaction).
    [[nodiscard]] std::optional<Error> addTimeSeries(qint64 runId, const QList<TimeSeriesPoint>& points);
    /// Appends events (one transaction).
    [[nodiscard]] std::optional<Error> addEvents(qint64 runId, const QList<RunEvent>& events);
    /// Records the end of a run: status, finishedAt (now if invalid), error, record counts, undeleted ids,
    /// and the transport when @p result names one. Cells/events/series are not touched: add them first.
    [[nodiscard]] std::optional<Error> finishRun(qint64 runId, const RunResult& result);
    /// Replaces the run's findings.
    [[nodiscard]] std::optional<Error> setFindings(qint64 runId, const QList<analysis::Finding>& findings);
    /// Records how many threshold checks the finished run made and how many failed (the verdict in the run list).
    [[nodiscard]] std::optional<Error> setThresholdOutcome(qint64 runId, int checks, int failures);
    /// Stores a complete run in one transaction (begin + cells + series + events + finish). For imports.
    [[nodiscard]] Result<qint64> saveRun(const RunHeader& header, const RunResult& result);

    // ---- reading ----

    /// Summaries, newest first (by start time, then id). Reads no cell rows.
    [[nodiscard]] Result<QList<RunSummary>> listRuns(const RunQuery& query = {}) const;
    /// One run in full. Unknown id: "no run with id N in <path>".
    [[nodiscard]] Result<StoredRun> loadRun(qint64 runId) const;

    // ---- editing (ReadWrite only) ----

    /// Deletes the run with its cells, events, series, findings and tags.
    [[nodiscard]] std::optional<Error> deleteRun(qint64 runId);
    /// Adds a tag (no-op if present). Tags are trimmed and must not be empty.
    [[nodiscard]] std::optional<Error> addTag(qint64 runId, const QString& tag);
    /// Removes a tag; a tag the run does not carry is an error naming it.
    [[nodiscard]] std::optional<Error> removeTag(qint64 runId, const QString& tag);
    [[nodiscard]] std::optional<Error> setNotes(qint64 runId, const QString& notes);
    [[nodiscard]] std::optional<Error> rename(qint64 runId, const QString& name);

    /// Marks Interrupted every running run whose owner process is gone: on this host, its pid is not alive,
    /// or is alive with another process start time. finishedAt becomes the time of the run's last write.
    /// Runs of other hosts and of live processes are left alone. Called by a read-write open(); returns the
    /// number of runs marked.
    [[nodiscard]] Result<int> recoverInterruptedRuns();

private:
    HistoryStore(QString path, QString connectionName, Access access);

    [[nodiscard]] std::optional<Error> initialize();
    [[nodiscard]] std::optional<Error> migrate();
    [[nodiscard]] std::optional<Error> checkWritable() const;
    [[nodiscard]] std::optional<Error> checkRunExists(qint64 runId) const;
    [[nodiscard]] Error noSuchRun(qint64 runId) const;
    [[nodiscard]] Error sqlError(const QString& what, const QString& reason) const;
    [[nodiscard]] std::optional<Error> inTransaction(const QString& what, const std::function<std::optional<Error>()>& work);
    [[nodiscard]] Result<qint64> insertRun(const RunHeader& header);
    [[nodiscard]] std::optional<Error> insertCells(qint64 runId, const QList<CellResult>& cells);
    [[nodiscard]] std::optional<Error> insertTimeSeries(qint64 runId, const QList<TimeSeriesPoint>& points);
    [[nodiscard]] std::optional<Error> insertEvents(qint64 runId, const QList<RunEvent>& events);
    [[nodiscard]] std::optional<Error> updateFinished(qint64 runId, const RunResult& result);
    [[nodiscard]] std::optional<Error> touch(qint64 runId, int addedCells);
    void assertThread() const;

    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_fileVersion = 0;
    QThread* m_thread = nullptr;
};

} // namespace scalescope::storage
