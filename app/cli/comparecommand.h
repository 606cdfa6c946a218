// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <QTextStream>

namespace scalescope::analysis {
struct RunComparison;
}

namespace scalescope::cli {

/// `scalescope-cli compare BASE CANDIDATE [--fail-on-regression P] [--json FILE]`: compares two stored
/// runs endpoint by endpoint and size by size, judged against noise (docs/comparison.md). Exit 1 when
/// --fail-on-regression is given and a significant regression beyond the tolerance is found; 2 when the
/// runs cannot be compared (with every reason); 5 when the history or a run cannot be read.
class CompareCommand {
public:
    explicit CompareCommand(CliOptions options);
    int exec();

private:
    void print(const analysis::RunComparison& comparison);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace scalescope::cli
