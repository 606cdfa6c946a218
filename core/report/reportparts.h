// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/report: the parts of a run report that the report of a scale sweep (runreport.cpp) and the report
// of a load test (loadreport.cpp) share, some of them also used by the comparison report. Texts in the "scalescope::report::Reports" translation context.

#include "analysis/runanalysis.h"
#include "engine/runtypes.h"
#include "report/document.h"
#include "report/reports.h"

#include <QList>
#include <QPair>
#include <QString>

namespace scalescope::report::detail {

/// The label's name, the plan's name or "Unnamed plan".
[[nodiscard]] QString runName(const RunResult& run, const RunLabel& label);
[[nodiscard]] QString statusLabel(RunStatus status);
/// Normal when every request of the cell succeeded, Warning from 99 %, Bad below.
[[nodiscard]] Tone successTone(const CellStatistics& stats);
/// A threshold for people: "p95 ≤ 300 ms", "error rate ≤ 1 %", "throughput ≥ 100 req/s", "growth at most O(n)".
[[nodiscard]] QString thresholdText(const Threshold& threshold);
/// How the run authenticated, never a secret.
[[nodiscard]] QString authText(const AuthConfig& auth);
[[nodiscard]] QString datasetText(const Plan& plan);
[[nodiscard]] QString transportText(const RunResult& run);
/// -1 when the start or the end is unknown.
[[nodiscard]] qint64 durationMs(const RunResult& run);
/// "Headers sent with every request": their names, never their values.
void appendHeaderNames(KeyValues& kv, const Plan& plan);
/// Tool, history id, start, end, duration, status, template seed and the records created and deleted.
void appendRunFacts(KeyValues& kv, const RunResult& run, const RunLabel& label);

/// "findings": the analysis' findings, most severe first, each with its recommendation.
[[nodiscard]] Section findingsSection(const analysis::RunAnalysis& analysis);
/// "thresholds" of a scale sweep: the verdicts per threshold and endpoint, the failed checks.
[[nodiscard]] Section thresholdsSection(const RunResult& run, const analysis::RunAnalysis& analysis);
/// "errors": failures by kind, the cells with failures and their first messages, warnings and errors of the run.
[[nodiscard]] Section errorsSection(const RunResult& run);

/// runReport() and runCharts() of a load test (RunResult::load set).
[[nodiscard]] Document loadRunReport(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label);
[[nodiscard]] QList<QPair<QString, Chart>> loadRunCharts(const RunResult& run);

} // namespace scalescope::report::detail
