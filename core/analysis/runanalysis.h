// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "analysis/thresholds.h"

namespace scalescope::analysis {

/// Everything the analysis says about one run: what the CLI prints, the history stores and the GUI's
/// findings panel shows.
struct RunAnalysis {
    QList<Finding> findings; ///< findFindings(), most severe first
    ThresholdReport thresholds; ///< evaluateThresholds() of the run's own plan
};

/// findFindings() and evaluateThresholds() of @p run. A pure function.
[[nodiscard]] RunAnalysis analyzeRun(const RunResult& run);

} // namespace scalescope::analysis
