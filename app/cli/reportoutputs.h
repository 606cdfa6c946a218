// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/runanalysis.h"
#include "report/reports.h"

#include <QString>
#include <QTextStream>

namespace scalescope::cli {

/// The report files one command writes: `run`, `demo`, `report` and `compare` share them, so one CI step yields
/// every artefact.
struct ReportOutputs {
    QString html;
    QString pdf;
    QString csv;
    bool csvSamples = false; ///< one CSV row per raw sample instead of per cell
    QString junit;
    QString chartsDir;
    QString chartFormat = QStringLiteral("svg"); ///< png, svg or pdf
    QString pageSize = QStringLiteral("a4"); ///< a4 or letter
    [[nodiscard]] bool any() const
    {
        return !html.isEmpty() || !pdf.isEmpty() || !csv.isEmpty() || !junit.isEmpty() || !chartsDir.isEmpty();
    }
    /// PDF and raster or PDF charts paint: the process needs a QGuiApplication (offscreen is enough).
    [[nodiscard]] bool needsPainter() const
    {
        return !pdf.isEmpty() || (!chartsDir.isEmpty() && chartFormat != QLatin1String("svg"));
    }
};

/// Writes the outputs of a run; prints one line per file written and one "error: …" per failure.
/// Returns true when every file was written.
bool writeRunOutputs(const ReportOutputs& outputs, const RunResult& run, const analysis::RunAnalysis& analysis,
    const report::RunLabel& label, QTextStream& out, QTextStream& err);

/// The same for a comparison: HTML, PDF and the overlay chart (CSV and JUnit are per run and are refused by the
/// command line for compare).
bool writeComparisonOutputs(const ReportOutputs& outputs, const RunResult& base, const report::RunLabel& baseLabel,
    const RunResult& candidate, const report::RunLabel& candidateLabel, const analysis::RunComparison& comparison,
    QTextStream& out, QTextStream& err);

} // namespace scalescope::cli
