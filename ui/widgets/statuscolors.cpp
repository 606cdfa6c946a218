// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/statuscolors.h"

namespace scalescope::ui {

namespace {
    const QColor kGreen(0x00, 0x9e, 0x73);
    const QColor kRed(0xd5, 0x3e, 0x00);
    const QColor kOrange(0xe6, 0x9f, 0x00);
    const QColor kGrey(0x8c, 0x8c, 0x8c);
    const QColor kBlue(0x00, 0x72, 0xb2);
} // namespace

QColor runStatusColor(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return kGreen;
    case RunStatus::Failed:
        return kRed;
    case RunStatus::Interrupted:
        return kOrange;
    case RunStatus::Cancelled:
        return kGrey;
    case RunStatus::Running:
        return kBlue;
    }
    return {};
}

QColor severityColor(analysis::FindingSeverity severity)
{
    switch (severity) {
    case analysis::FindingSeverity::Critical:
        return kRed;
    case analysis::FindingSeverity::Warning:
        return kOrange;
    case analysis::FindingSeverity::Info:
        return kBlue;
    }
    return {};
}

QColor verdictColor(analysis::ChangeVerdict verdict)
{
    switch (verdict) {
    case analysis::ChangeVerdict::Slower:
        return kRed;
    case analysis::ChangeVerdict::Faster:
        return kGreen;
    case analysis::ChangeVerdict::Mixed:
        return kOrange;
    case analysis::ChangeVerdict::NoSignificantChange:
        return kGrey;
    case analysis::ChangeVerdict::Insufficient:
        return {};
    }
    return {};
}

QColor passColor(bool passed)
{
    return passed ? kGreen : kRed;
}

} // namespace scalescope::ui
