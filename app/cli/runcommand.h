// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include "engine/engine.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace scalescope::analysis {
struct ThresholdReport;
}

namespace scalescope::demo {
class DemoTargetThread;
}

namespace scalescope::cli {

/// `scalescope-cli run PLAN` and `scalescope-cli demo`: loads and overrides the plan, runs it with
/// live progress, prints the per-size tables and writes the results file.
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
    void onSnapshot(const RunSnapshotPtr& snapshot);
    void onFinished(const RunResultPtr& result);
    void onInterrupted();
    void printEvent(const RunEvent& event);
    void printCell(const CellResult& cell, const RunSnapshot& snapshot);
    void drawProgress(const RunSnapshot& snapshot);
    void clearProgress();
    bool writeResults(const RunResult& result);
    void printThresholds(const analysis::ThresholdReport& report);
    void printScaling(const RunResult& result);
    int exitCodeFor(const RunResult& result) const;

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_progressShown = false;
    int m_interrupts = 0;
    int m_cellsPrinted = 0;
    int m_exitCode = ExitOk;
    Engine m_engine;
    std::unique_ptr<demo::DemoTargetThread> m_demoTarget;
};

} // namespace scalescope::cli
