// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/runanalysis.h"

#include "analysis/findings.h"

namespace scalescope::analysis {

RunAnalysis analyzeRun(const RunResult& run)
{
    return RunAnalysis { findFindings(run), evaluateThresholds(run.plan, run.cells) };
}

} // namespace scalescope::analysis
