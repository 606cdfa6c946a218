// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "historycommand.h"
#include "reportoutputs.h"

#include "analysis/comparison.h"
#include "plan/planparser.h"
#include "results/comparisonjson.h"
#include "results/texttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace scalescope::cli {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("scalescope::cli::Compare", text, comment, n);
}

QString runLabel(const storage::RunSummary& summary)
{
    //: %1 = id, %2 = name, %3 = start time
    return tr("run %1 \"%2\" (%3)")
        .arg(summary.id)
        .arg(summary.name.isEmpty() ? summary.planName : summary.name,
             summary.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString percent(double value)
{
    return QStringLiteral("%1%2 %").arg(value >= 0 ? QStringLiteral("+") : QString()).arg(value, 0, 'f', std::abs(value) < 10 ? 1 : 0);
}

QString pText(double p)
{
    return p < 0.001 ? QStringLiteral("<0.001") : QString::number(p, 'f', 3);
}

} // namespace

CompareCommand::CompareCommand(CliOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{
}

int CompareCommand::exec()
{
    QString warning;
    Result<std::unique_ptr<storage::HistoryStore>> store = openHistoryForReading(historyPath(m_options), &warning);
    if (!store) {
        m_err << tr("error: %1").arg(store.error().message) << Qt::endl;
        return ExitHistory;
    }
    if (!warning.isEmpty())
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    std::optional<storage::StoredRun> runs[2];
    const QString refs[2] = { m_options.baseRef, m_options.candidateRef };
    for (int i = 0; i < 2; ++i) {
        const Result<qint64> id = resolveRunRef(**store, refs[i]);
        Result<storage::StoredRun> run = id ? (*store)->loadRun(id.value()) : Result<storage::StoredRun>(id.error());
        if (!run) {
            m_err << tr("error: %1").arg(run.error().message) << Qt::endl;
            return ExitHistory;
        }
        runs[i] = std::move(run).value();
    }
    const storage::StoredRun& base = *runs[0];
    const storage::StoredRun& candidate = *runs[1];

    //: %1 = base run, %2 = candidate run
    m_out << tr("Comparing %1 (base) with %2 (candidate)").arg(runLabel(base.summary), runLabel(candidate.summary)) << Qt::endl;
    const analysis::RunComparison comparison = analysis::compareRuns(base.result, candidate.result);

    if (!m_options.jsonFile.isEmpty()) {
        const QByteArray json = results::comparisonToJsonBytes(
            comparison, { base.summary.id, base.summary.name, base.summary.startedAt },
            { candidate.summary.id, candidate.summary.name, candidate.summary.startedAt }, m_options.failOnRegressionPercent);
        QSaveFile file(m_options.jsonFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            m_err << tr("error: cannot write the comparison to %1: %2").arg(m_options.jsonFile, file.errorString()) << Qt::endl;
            return ExitUsage;
        }
    }

    // Written for incompatible runs too: the report explains why they cannot be compared.
    if (m_options.outputs.any()
        && !writeComparisonOutputs(m_options.outputs, base.result, { base.summary.id, base.summary.name }, candidate.result,
            { candidate.summary.id, candidate.summary.name }, comparison, m_out, m_err))
        return ExitUsage;

    if (!comparison.compatible) {
        m_err << tr("error: these runs cannot be compared:") << Qt::endl;
        for (const QString& reason : comparison.incompatibilities)
            m_err << QStringLiteral("  - ") << reason << Qt::endl;
        return ExitUsage;
    }
    print(comparison);

    if (!m_options.failOnRegressionPercent)
        return ExitOk;
    const QList<analysis::Regression> found = analysis::regressions(comparison, *m_options.failOnRegressionPercent);
    if (found.isEmpty()) {
        m_out << tr("No significant regression beyond %1 %.").arg(*m_options.failOnRegressionPercent) << Qt::endl;
        return ExitOk;
    }
    m_out << tr("REGRESSION: %n significant regression(s) beyond %1 %:", nullptr, int(found.size())).arg(*m_options.failOnRegressionPercent)
          << Qt::endl;
    for (const analysis::Regression& regression : found)
        m_out << QStringLiteral("  ") << regression.message << Qt::endl;
    return ExitThresholdsFailed;
}

void CompareCommand::print(const analysis::RunComparison& comparison)
{
    for (const QString& warning : comparison.warnings)
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    for (const QString& endpoint : comparison.incompatibleEndpoints)
        m_out << tr("not compared: %1").arg(endpoint) << Qt::endl;
    if (!comparison.onlyInBaseEndpoints.isEmpty())
        m_out << tr("only in the base run: %1").arg(comparison.onlyInBaseEndpoints.join(QStringLiteral(", "))) << Qt::endl;
    if (!comparison.onlyInCandidateEndpoints.isEmpty())
        m_out << tr("only in the candidate run: %1").arg(comparison.onlyInCandidateEndpoints.join(QStringLiteral(", "))) << Qt::endl;
    const auto cellList = [](const QList<analysis::CellKey>& keys) {
        QStringList out;
        for (const analysis::CellKey& key : keys)
            out.append(QStringLiteral("%1 @ %2").arg(key.endpoint).arg(key.size));
        return out.join(QStringLiteral(", "));
    };
    if (!comparison.onlyInBase.isEmpty())
        m_out << tr("sizes measured only in the base run: %1").arg(cellList(comparison.onlyInBase)) << Qt::endl;
    if (!comparison.onlyInCandidate.isEmpty())
        m_out << tr("sizes measured only in the candidate run: %1").arg(cellList(comparison.onlyInCandidate)) << Qt::endl;

    QList<QStringList> rows;
    for (const analysis::CellComparison& cell : comparison.cells) {
        QString verdict = analysis::changeVerdictLabel(cell.verdict);
        if (cell.isolated)
            verdict += tr(" (isolated)");
        if (cell.successRegressed)
            verdict += tr(", success rate fell");
        rows.append({ cell.endpoint, QString::number(cell.size), results::formatMs(cell.baseMedianMs),
                      results::formatMs(cell.candidateMedianMs), percent(cell.changePercent),
                      cell.test.valid ? pText(cell.pAdjusted) : QStringLiteral("—"),
                      cell.test.valid ? QString::number(cell.test.cliffsDelta, 'f', 2) : QStringLiteral("—"), verdict });
    }
    m_out << Qt::endl
          << results::formatTable({ tr("Endpoint"), tr("size"), tr("base p50 ms"), tr("cand. p50 ms"), tr("change"), tr("p (Holm)"),
                                    tr("δ"), tr("verdict") },
                                  rows)
          << Qt::endl;

    QList<QStringList> endpointRows;
    for (const analysis::EndpointComparison& endpoint : comparison.endpoints) {
        QString scaling = complexityClassName(endpoint.baseFit.bestClass);
        if (endpoint.candidateFit.bestClass != endpoint.baseFit.bestClass)
            scaling += QStringLiteral(" → ") + complexityClassName(endpoint.candidateFit.bestClass);
        QString verdict = analysis::changeVerdictLabel(endpoint.verdict);
        if (endpoint.verdict == analysis::ChangeVerdict::Slower || endpoint.verdict == analysis::ChangeVerdict::Faster)
            verdict += tr(", significant at %1 of %2 sizes")
                           .arg(endpoint.verdict == analysis::ChangeVerdict::Slower ? endpoint.slowerCells : endpoint.fasterCells)
                           .arg(endpoint.cells);
        if (endpoint.successRegressed)
            verdict += tr("; success rate fell");
        endpointRows.append({ endpoint.endpoint, verdict, scaling });
    }
    m_out << tr("By endpoint:") << Qt::endl
          << results::formatTable({ tr("Endpoint"), tr("verdict"), tr("scaling") }, endpointRows) << Qt::endl;
    if (comparison.noiseCells > 0)
        //: %1 = drift, %2 = noise, %3 = cells
        m_out << tr("Run-wide drift %1 (removed before testing), run-to-run noise of a cell median ±%2 %, from %3 cells.")
                     .arg(percent(comparison.driftPercent))
                     .arg(comparison.noisePercent, 0, 'f', 1)
                     .arg(comparison.noiseCells)
              << Qt::endl;
    m_out << comparison.summary() << Qt::endl;
}

} // namespace scalescope::cli
