// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/runtypes.h"
#include "storage/historystore.h"

#include <QObject>
#include <QPair>
#include <QSet>

#include <optional>

namespace scalescope {
class Engine;
}

namespace scalescope::storage {

/// Writes one run to the history while it runs: each snapshot's new cells, time-series points and events
/// are committed as soon as the snapshot arrives (so a killed process loses at most the last ~100 ms), and
/// the final RunResult closes the run.
///
/// Lives on the thread of its HistoryStore (the thread that opened it; normally the Engine's thread).
/// Storage errors never stop the run: they are reported through writeFailed() and lastError(), and later
/// snapshots are still attempted.
class RunRecorder : public QObject {
    Q_OBJECT
public:
    /// @p store must outlive the recorder and belong to the recorder's thread.
    explicit RunRecorder(HistoryStore& store, QObject* parent = nullptr);
    ~RunRecorder() override;
    Q_DISABLE_COPY_MOVE(RunRecorder)

    /// Connects Engine::snapshotReady and Engine::runFinished to onSnapshot() and onFinished().
    void attach(Engine* engine);

    /// Creates the run's row (status running). Call before the engine starts; false (and writeFailed)
    /// when the history cannot store it. A recorder records one run at a time; begin() again after
    /// onFinished() for the next one.
    bool begin(const RunHeader& header);

    /// History id of the current (or last) run, 0 before begin() succeeded.
    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] bool isRecording() const { return m_recording; }
    /// The most recent storage error, if any.
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Stores the snapshot's newCells, newTimeSeries and newEvents (one transaction each), at once.
    /// Snapshots of another engine run than the first one seen since begin() are ignored.
    void onSnapshot(const scalescope::RunSnapshotPtr& snapshot);
    /// Records the run's end (status, error, record counts, …) and stops recording. Cells, seconds and
    /// events of the result that no snapshot carried are stored first; then the run's findings and threshold
    /// verdict (analysis::analyzeRun()).
    void onFinished(const scalescope::RunResultPtr& result);

Q_SIGNALS:
    /// A write failed; the run goes on. The message names the database and the reason.
    void writeFailed(const scalescope::Error& error);
    /// The run is completely stored under history id @p runId.
    void runRecorded(qint64 runId);

private:
    void report(const std::optional<Error>& error);
    void storeCells(const QList<CellResult>& cells);
    void storeTimeSeries(const QList<TimeSeriesPoint>& points);
    void storeEvents(const QList<RunEvent>& events);

    HistoryStore& m_store;
    qint64 m_runId = 0;
    quint64 m_engineRunId = 0;
    bool m_recording = false;
    QSet<QPair<int, int>> m_storedCells; ///< (sizeIndex, endpointIndex)
    QSet<qint64> m_storedSeconds;
    qsizetype m_storedEvents = 0;
    std::optional<Error> m_lastError;
};

} // namespace scalescope::storage
