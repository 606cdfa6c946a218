// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include "engine/engine.h"
#include "storage/historystore.h"
#include "storage/runrecorder.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace scalescope::demo {
class DemoTargetThread;
}

namespace scalescope::cli {

/// `scalescope-cli run PLAN` and `scalescope-cli demo`: loads and overrides the plan, runs it with
/// live progress while storing it in the history cell by cell, prints the per-size tables, scaling,
/// findings and thresholds, and writes the results file.
class RunCommand : public QObject {
    Q_OBJECT
public:
    explicit RunCommand(CliOptions options, QObject* parent = nullptr);
    ~RunCommand() override;
    Q_DISABLE_COPY_MOVE(RunCommand)

    /// Runs to the end (own event loop) and returns the process exit code.
    int exec();

private:
    Result<Plan> preparePlan();
    void printSweepHeader(const Plan& plan);
    void printLoadHeader(const Plan& plan);
    void onSnapshot(const RunSnapshotPtr& snapshot);
    void onFinished(const RunResultPtr& result);
    void onInterrupted();
    void printEvent(const RunEvent& event);
    void printCell(const CellResult& cell, const RunSnapshot& snapshot);
    void drawProgress(const RunSnapshot& snapshot);
    void clearProgress();
    bool writeResults(const RunResult& result);
    std::optional<Error> openHistory(const Plan& plan, quint64 seed);
    void reportStorageError(const std::optional<Error>& error);
    int exitCodeFor(const RunResult& result) const;

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_progressShown = false;
    int m_interrupts = 0;
    int m_cellsPrinted = 0;
    int m_exitCode = ExitOk;
    bool m_storageErrorShown = false;
    std::unique_ptr<storage::HistoryStore> m_store;
    std::unique_ptr<storage::RunRecorder> m_recorder; ///< null with --no-history
    Engine m_engine;
    std::unique_ptr<demo::DemoTargetThread> m_demoTarget;
};

} // namespace scalescope::cli
