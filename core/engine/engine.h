// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QObject>

#include <memory>
#include <thread>

namespace scalescope {

class RunController;

/// The transport that measures @p plan's requests: "lean-http1", or "qnam" when the plan asks for HTTP/2
/// or a proxy. Known before the run starts (the history records it from the first cell on).
[[nodiscard]] QString measuringTransportName(const Plan& plan);

/// Runs plans. Lives in the caller's (GUI or CLI main) thread; the run itself executes on a
/// controller thread plus a worker pool. Results arrive as immutable snapshots at most every
/// 100 ms and one final RunResult; anything tagged with a superseded run id is dropped.
class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    /// Starts a run of a validated plan. Returns its id, or 0 when a run is already going on.
    quint64 start(const Plan& plan, const RunOptions& options);
    /// Stops the current run: measuring stops promptly, cleanup still runs, runFinished follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_controller != nullptr; }
    [[nodiscard]] quint64 currentRunId() const { return m_runId; }

Q_SIGNALS:
    void snapshotReady(scalescope::RunSnapshotPtr snapshot);
    void runFinished(scalescope::RunResultPtr result);

private:
    void finish(quint64 runId, RunResultPtr result);

    quint64 m_runId = 0;
    std::shared_ptr<RunController> m_controller;
    std::thread m_thread;
};

} // namespace scalescope
