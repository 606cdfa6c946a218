// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>

namespace scalescope::ui {

namespace {
    /// The translation context of these labels (lupdate reads it from the macro).
    class Labels {
        Q_DECLARE_TR_FUNCTIONS(scalescope::ui::Labels)
    };
} // namespace

QString runStatusLabel(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return Labels::tr("Running");
    case RunStatus::Completed:
        return Labels::tr("Completed");
    case RunStatus::Failed:
        return Labels::tr("Failed");
    case RunStatus::Cancelled:
        return Labels::tr("Cancelled");
    case RunStatus::Interrupted:
        return Labels::tr("Interrupted");
    }
    return {};
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        //: milliseconds
        return Labels::tr("%1 ms").arg(ms);
    if (ms < 60000)
        //: seconds with one decimal
        return Labels::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        //: minutes and seconds
        return Labels::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: hours and minutes
    return Labels::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString thresholdVerdictLabel(std::optional<int> checks, std::optional<int> failures)
{
    if (!checks || !failures)
        return QStringLiteral("—");
    if (*checks == 0)
        return Labels::tr("no thresholds");
    if (*failures == 0)
        return Labels::tr("passed (%n check(s))", nullptr, *checks);
    //: %1 = failed checks, %2 = all checks
    return Labels::tr("%1 of %2 failed").arg(*failures).arg(*checks);
}

} // namespace scalescope::ui
