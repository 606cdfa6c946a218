// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "analysis/thresholds.h"
#include "engine/runtypes.h"

#include <QTextStream>

namespace scalescope::cli {

/// What a finished or stored run found, as text: the per-size tables, how each endpoint scales, the
/// findings with their recommendations and the threshold verdicts. Used by `run`, `demo` and
/// `history show`. Returns the threshold report so the caller can decide the exit code.
analysis::ThresholdReport printRunReport(QTextStream& out, QTextStream& err, const RunResult& run,
                                         const QList<analysis::Finding>& findings);

/// Just the findings block ("Findings:" and one entry per finding, most severe first).
void printFindings(QTextStream& out, const QList<analysis::Finding>& findings);

} // namespace scalescope::cli
