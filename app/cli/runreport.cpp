// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

#include "analysis/complexity.h"
#include "results/texttable.h"

#include <QCoreApplication>

namespace scalescope::cli {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("scalescope::cli::RunReport", text, comment, n);
}

void printScaling(QTextStream& out, const RunResult& run)
{
    if (run.cells.isEmpty() || run.plan.dataset.sizes.size() < 3)
        return;
    QList<QStringList> rows;
    for (const EndpointConfig& endpoint : run.plan.endpoints) {
        const analysis::ComplexityFit fit = analysis::classifyEndpoint(run.cells, endpoint.name);
        rows.append({ endpoint.name, analysis::complexityName(fit.bestClass),
                      fit.bestClass == ComplexityClass::Inconclusive ? fit.reason : fit.slopeInWords() });
    }
    out << tr("How each endpoint scales (median latency vs dataset size):") << Qt::endl
        << results::formatTable({ tr("Endpoint"), tr("class"), tr("growth") }, rows) << Qt::endl;
}

void printThresholds(QTextStream& out, QTextStream& err, const analysis::ThresholdReport& report)
{
    for (const QString& endpoint : report.unmatched)
        err << tr("warning: a threshold names the endpoint \"%1\", which the plan does not measure").arg(endpoint) << Qt::endl;
    if (report.verdicts.isEmpty())
        return;
    const int failures = report.failureCount();
    if (failures == 0) {
        out << tr("Thresholds: all %n check(s) passed", nullptr, int(report.verdicts.size())) << Qt::endl;
        return;
    }
    //: %1 = failed checks, %2 = all checks
    out << tr("Thresholds: %1 of %2 checks FAILED").arg(failures).arg(report.verdicts.size()) << Qt::endl;
    constexpr int kShown = 20;
    int shown = 0;
    for (const analysis::ThresholdVerdict& verdict : report.verdicts) {
        if (verdict.passed)
            continue;
        if (shown++ == kShown) {
            out << tr("  … and %n more", nullptr, failures - kShown) << Qt::endl;
            break;
        }
        out << QStringLiteral("  ") << verdict.message << Qt::endl;
    }
}

} // namespace

void printFindings(QTextStream& out, const QList<analysis::Finding>& findings)
{
    // The scaling table above already states each endpoint's class: plain "how it scales" statements
    // without anything to act on are left out here.
    QList<analysis::Finding> shown;
    for (const analysis::Finding& finding : findings) {
        if (finding.kind == analysis::FindingKind::Complexity && finding.severity == analysis::FindingSeverity::Info
            && finding.recommendation.isEmpty())
            continue;
        shown.append(finding);
    }
    if (shown.isEmpty())
        return;
    out << tr("Findings:") << Qt::endl;
    for (const analysis::Finding& finding : std::as_const(shown)) {
        QString marker;
        switch (finding.severity) {
        case analysis::FindingSeverity::Critical: marker = tr("critical"); break;
        case analysis::FindingSeverity::Warning: marker = tr("warning"); break;
        case analysis::FindingSeverity::Info: marker = tr("info"); break;
        }
        out << QStringLiteral("  [%1] ").arg(marker) << finding.message << Qt::endl;
        if (!finding.recommendation.isEmpty())
            out << QStringLiteral("      → ") << finding.recommendation << Qt::endl;
    }
    out << Qt::endl;
}

analysis::ThresholdReport printRunReport(QTextStream& out, QTextStream& err, const RunResult& run,
                                         const QList<analysis::Finding>& findings)
{
    if (run.load) {
        out << Qt::endl << results::formatLoadTables(run);
    } else {
        out << Qt::endl << results::formatSizeTables(run);
        printScaling(out, run);
    }
    printFindings(out, findings);
    const analysis::ThresholdReport thresholds = analysis::evaluateThresholds(run.plan, run.cells);
    printThresholds(out, err, thresholds);
    return thresholds;
}

} // namespace scalescope::cli
