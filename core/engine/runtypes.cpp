// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runtypes.h"

#include <QCoreApplication>

namespace scalescope {

QString runPhaseName(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Starting: return QStringLiteral("starting");
    case RunPhase::Authenticating: return QStringLiteral("authenticating");
    case RunPhase::Seeding: return QStringLiteral("seeding");
    case RunPhase::WarmingUp: return QStringLiteral("warming_up");
    case RunPhase::Measuring: return QStringLiteral("measuring");
    case RunPhase::CleaningUp: return QStringLiteral("cleaning_up");
    case RunPhase::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString runPhaseLabel(RunPhase phase)
{
    const char* text = "";
    switch (phase) {
    case RunPhase::Starting: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Starting"); break;
    case RunPhase::Authenticating: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Logging in"); break;
    case RunPhase::Seeding: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Seeding"); break;
    case RunPhase::WarmingUp: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Warming up"); break;
    case RunPhase::Measuring: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Measuring"); break;
    case RunPhase::CleaningUp: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Cleaning up"); break;
    case RunPhase::Finished: text = QT_TRANSLATE_NOOP("scalescope::RunPhase", "Finished"); break;
    }
    return QCoreApplication::translate("scalescope::RunPhase", text);
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Completed: return QStringLiteral("completed");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(const QString& name)
{
    for (const RunStatus status : { RunStatus::Running, RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled,
             RunStatus::Interrupted }) {
        if (runStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace scalescope
