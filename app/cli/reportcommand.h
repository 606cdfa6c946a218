// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <QTextStream>

namespace scalescope::cli {

/// `scalescope-cli report RUN|--last [--html F] [--pdf F] [--charts DIR --format …] [--csv F] [--json F] [--junit F]`:
/// the reports and exports of a stored run. Exit 0 when every file was written, 2 when one could not be, 5 when the
/// history or the run cannot be read.
class ReportCommand {
public:
    explicit ReportCommand(CliOptions options);
    int exec();

private:
    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace scalescope::cli
