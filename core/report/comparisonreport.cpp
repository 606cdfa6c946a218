// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// comparisonReport(): the Document of a comparison of two runs.
#include "report/charts.h"
#include "report/reportformat.h"
#include "report/reports.h"

#include "plan/planparser.h"
#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace scalescope::report {

namespace {

using namespace detail;

/// The translation context of the comparison report: lupdate reads it from the macro, so the context it extracts is
/// the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::ComparisonReport)
};

QString nameOf(const RunResult& run, const RunLabel& label)
{
    if (!label.name.isEmpty())
        return label.name;
    if (!run.plan.name.isEmpty())
        return run.plan.name;
    return Text::tr("Unnamed plan");
}

/// "base (run 12)" / "base", for legends and headers.
QString sideLabel(bool base, const RunLabel& label)
{
    if (label.historyId > 0)
        return base ? Text::tr("base (run %1)").arg(label.historyId)
                    : Text::tr("candidate (run %1)").arg(label.historyId);
    return base ? Text::tr("base") : Text::tr("candidate");
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return Text::tr("running");
    case RunStatus::Completed:
        return Text::tr("completed");
    case RunStatus::Failed:
        return Text::tr("failed");
    case RunStatus::Cancelled:
        return Text::tr("cancelled");
    case RunStatus::Interrupted:
        return Text::tr("interrupted");
    }
    return {};
}

Tone verdictTone(analysis::ChangeVerdict verdict)
{
    switch (verdict) {
    case analysis::ChangeVerdict::Faster:
        return Tone::Good;
    case analysis::ChangeVerdict::Slower:
        return Tone::Bad;
    case analysis::ChangeVerdict::Mixed:
        return Tone::Warning;
    case analysis::ChangeVerdict::NoSignificantChange:
        return Tone::Normal;
    case analysis::ChangeVerdict::Insufficient:
        return Tone::Muted;
    }
    return Tone::Normal;
}

QString signedPercent(double percent)
{
    if (!std::isfinite(percent))
        return QStringLiteral("–");
    const QString sign = percent > 0 ? QStringLiteral("+") : percent < 0 ? QStringLiteral("−") : QString();
    return sign + QString::number(std::abs(percent), 'f', std::abs(percent) >= 100 ? 0 : 1) + QStringLiteral(" %");
}

QString signedMs(double ms)
{
    return (ms > 0 ? QStringLiteral("+") : ms < 0 ? QStringLiteral("−") : QString()) + results::formatMs(std::abs(ms));
}

QString pValueText(const analysis::CellComparison& cell)
{
    if (!cell.test.valid)
        return QStringLiteral("–");
    if (cell.pAdjusted < 0.001)
        return QStringLiteral("< 0.001");
    return QString::number(cell.pAdjusted, 'g', 2);
}

QString sizesText(const QList<int>& sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts.append(QString::number(size));
    return parts.join(QStringLiteral(", "));
}

QString sideSummary(const RunResult& run, const RunLabel& label)
{
    QStringList parts;
    if (label.historyId > 0)
        parts.append(Text::tr("run %1").arg(label.historyId));
    parts.append(formatDateTime(run.startedAt));
    return parts.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------------------------------------------

Section runsSection(
    const RunResult& base, const RunLabel& baseLabel, const RunResult& candidate, const RunLabel& candidateLabel)
{
    Section section { QStringLiteral("runs"), Text::tr("The two runs"), {}, {} };
    Table table;
    table.header = { Text::tr("Property"), Text::tr("Base run"), Text::tr("Candidate run") };
    const auto add = [&](const QString& property, const QString& a, const QString& b, bool flagDifference) {
        table.rows.append({ property, a, b });
        const Tone tone = flagDifference && a != b ? Tone::Warning : Tone::Normal;
        table.tones.append({ Tone::Normal, tone, tone });
    };
    const auto id = [](const RunLabel& label) {
        return label.historyId > 0 ? QString::number(label.historyId) : QStringLiteral("–");
    };
    const auto duration = [](const RunResult& run) {
        return formatDuration(
            run.startedAt.isValid() && run.finishedAt.isValid() ? run.startedAt.msecsTo(run.finishedAt) : -1);
    };
    const auto mode = [](const RunResult& run) {
        return run.plan.measurement.concurrent
            ? Text::tr("concurrent, up to %n in flight", nullptr, run.plan.measurement.maxWorkers)
            : Text::tr("sequential");
    };
    const auto order = [](const RunResult& run) {
        return run.plan.measurement.order == MeasurementConfig::Order::Interleaved ? Text::tr("interleaved")
                                                                                   : Text::tr("grouped");
    };
    const auto cells = [](const RunResult& run) {
        int measured = 0;
        quint64 requests = 0;
        for (const CellResult& cell : run.cells) {
            measured += cell.stats.count > 0 ? 1 : 0;
            requests += cell.stats.count;
        }
        //: %1 = measured cells, %2 = measured requests
        return Text::tr("%1 cells, %2 requests").arg(measured).arg(requests);
    };
    add(Text::tr("Plan"), nameOf(base, baseLabel), nameOf(candidate, candidateLabel), false);
    add(Text::tr("Run in the history"), id(baseLabel), id(candidateLabel), false);
    add(Text::tr("Started"), formatDateTime(base.startedAt), formatDateTime(candidate.startedAt), false);
    add(Text::tr("Duration"), duration(base), duration(candidate), false);
    add(Text::tr("Status"), statusText(base.status), statusText(candidate.status), true);
    add(Text::tr("Target"), displayUrl(base.plan.target.baseUrl), displayUrl(candidate.plan.target.baseUrl), true);
    add(Text::tr("Transport"), base.transport, candidate.transport, true);
    add(Text::tr("Dataset sizes"), sizesText(base.plan.dataset.sizes), sizesText(candidate.plan.dataset.sizes), true);
    add(Text::tr("Endpoints"), QString::number(endpointNames(base).size()),
        QString::number(endpointNames(candidate).size()), true);
    add(Text::tr("Iterations per cell"), QString::number(base.plan.measurement.iterations),
        QString::number(candidate.plan.measurement.iterations), true);
    add(Text::tr("Warm-up requests per cell"), QString::number(base.plan.measurement.warmup),
        QString::number(candidate.plan.measurement.warmup), true);
    add(Text::tr("Minimum duration per cell"), formatDuration(base.plan.measurement.minDurationMs),
        formatDuration(candidate.plan.measurement.minDurationMs), true);
    add(Text::tr("Order"), order(base), order(candidate), true);
    add(Text::tr("Concurrency"), mode(base), mode(candidate), true);
    add(Text::tr("Measured"), cells(base), cells(candidate), false);
    add(Text::tr("Template seed"), QString::number(base.seed), QString::number(candidate.seed), false);
    section.blocks.append(table);
    section.blocks.append(Paragraph { Text::tr("Differences in how the runs measured are marked."), Tone::Muted });
    return section;
}

Section summarySection(const analysis::RunComparison& comparison)
{
    Section section { QStringLiteral("summary"), Text::tr("Summary"), {}, {} };
    const int slower = comparison.countCells(analysis::ChangeVerdict::Slower);
    const int faster = comparison.countCells(analysis::ChangeVerdict::Faster);
    Tone tone = Tone::Good;
    if (!comparison.compatible)
        tone = Tone::Bad;
    else if (slower > 0)
        tone = Tone::Bad;
    else if (faster == 0)
        tone = Tone::Normal;
    section.blocks.append(Paragraph { comparison.summary(), tone });

    if (!comparison.compatible) {
        BulletList reasons;
        for (const QString& reason : comparison.incompatibilities)
            reasons.items.append({ reason, {}, Tone::Bad });
        section.blocks.append(Paragraph { Text::tr("The runs cannot be compared:"), Tone::Normal });
        section.blocks.append(reasons);
        return section;
    }

    const analysis::CompareOptions& o = comparison.options;
    KeyValues kv;
    kv.items.append({ Text::tr("Cells compared"), QString::number(comparison.cells.size()) });
    kv.items.append({ Text::tr("Significantly slower"), QString::number(slower) });
    kv.items.append({ Text::tr("Significantly faster"), QString::number(faster) });
    kv.items.append({ Text::tr("No significant change"),
        QString::number(comparison.countCells(analysis::ChangeVerdict::NoSignificantChange)) });
    kv.items.append(
        { Text::tr("Too few samples"), QString::number(comparison.countCells(analysis::ChangeVerdict::Insufficient)) });
    if (comparison.noiseCells > 0) {
        //: %1 = signed percentage, %n = cells it was estimated from
        kv.items.append({ Text::tr("Run-wide drift"),
            (o.normalizeDrift ? Text::tr("%1 (from %n cell(s), removed before testing)", nullptr, comparison.noiseCells)
                              : Text::tr("%1 (from %n cell(s), not removed)", nullptr, comparison.noiseCells))
                .arg(signedPercent(comparison.driftPercent)) });
        //: %1 = percentage
        kv.items.append({ Text::tr("Run-to-run noise of a cell median"),
            Text::tr("%1 (one robust standard deviation)").arg(formatPercent(comparison.noisePercent)) });
    } else {
        kv.items.append({ Text::tr("Run-wide drift"), Text::tr("not estimated (too few cells)") });
    }
    const QString correction = o.correction == analysis::MultipleTestCorrection::Holm
        ? Text::tr("Holm-corrected over the cells")
        : Text::tr("uncorrected");
    //: %1 = "Holm-corrected over the cells" or "uncorrected", %2 = alpha, %3 = Cliff's delta, %4 = percent, %5 = ms
    kv.items.append({ Text::tr("Significance"),
        Text::tr("Mann–Whitney U on the raw samples, %1, p < %2; a change counts when also |δ| ≥ %3, the median moves "
                 "by at least %4 % and %5 ms")
            .arg(correction, QString::number(o.alpha), QString::number(o.minEffectSize),
                QString::number(o.minRelativeChange), QString::number(o.minAbsoluteChangeMs)) });
    section.blocks.append(kv);

    if (!comparison.warnings.isEmpty()) {
        BulletList warnings;
        for (const QString& warning : comparison.warnings)
            warnings.items.append({ warning, {}, Tone::Warning });
        section.blocks.append(Paragraph { Text::tr("Differences between the runs to keep in mind:"), Tone::Normal });
        section.blocks.append(warnings);
    }
    return section;
}

Section endpointsSection(const analysis::RunComparison& comparison)
{
    Section section { QStringLiteral("endpoints"), Text::tr("Verdict per endpoint"), {}, {} };
    if (comparison.endpoints.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("No endpoint was compared."), Tone::Muted });
        return section;
    }
    Table table;
    table.header = { Text::tr("Endpoint"), Text::tr("Verdict"), Text::tr("Sizes"), Text::tr("Slower"),
        Text::tr("Faster"), Text::tr("Too few samples"), Text::tr("Success rate"), Text::tr("Summary") };
    table.numericColumns = { 2, 3, 4, 5 };
    for (const analysis::EndpointComparison& e : comparison.endpoints) {
        table.rows.append({ e.endpoint, analysis::changeVerdictLabel(e.verdict), QString::number(e.cells),
            QString::number(e.slowerCells), QString::number(e.fasterCells), QString::number(e.insufficientCells),
            e.successRegressed ? Text::tr("fell") : Text::tr("held"), e.message });
        table.tones.append(
            { Tone::Normal, verdictTone(e.verdict), Tone::Normal, e.slowerCells > 0 ? Tone::Bad : Tone::Normal,
                e.fasterCells > 0 ? Tone::Good : Tone::Normal, e.insufficientCells > 0 ? Tone::Muted : Tone::Normal,
                e.successRegressed ? Tone::Bad : Tone::Normal, Tone::Normal });
    }
    section.blocks.append(table);
    return section;
}

Section cellsSection(const analysis::RunComparison& comparison)
{
    Section section { QStringLiteral("cells"), Text::tr("Changes per cell"), {}, {} };
    if (comparison.cells.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("No cell was compared."), Tone::Muted });
        return section;
    }
    section.blocks.append(Paragraph {
        Text::tr("Medians of the raw samples in milliseconds. \"Adjusted\" is the change beyond the run-wide drift, "
                 "which decides the verdict together with the corrected p-value and Cliff's δ (positive: the "
                 "candidate is slower)."),
        Tone::Normal });
    Table table;
    table.header = { Text::tr("Endpoint"), Text::tr("Size"), Text::tr("Base p50"), Text::tr("Candidate p50"),
        Text::tr("Change"), Text::tr("Adjusted"), Text::tr("p"), Text::tr("δ"), Text::tr("Verdict") };
    table.numericColumns = { 1, 2, 3, 4, 5, 6, 7 };
    for (const analysis::CellComparison& cell : comparison.cells) {
        // The verdict and, on further lines, why it is what it is (no column of its own: mostly empty, it took the
        // width the numbers need).
        QStringList verdict { analysis::changeVerdictLabel(cell.verdict) };
        if (cell.isolated)
            verdict.append(Text::tr("isolated: the endpoint's other sizes do not confirm it"));
        if (!cell.note.isEmpty())
            verdict.append(cell.note);
        if (cell.successRegressed && !cell.successMessage.isEmpty())
            verdict.append(cell.successMessage);
        table.rows.append({ cell.endpoint, QString::number(cell.size), results::formatMs(cell.baseMedianMs),
            results::formatMs(cell.candidateMedianMs),
            signedMs(cell.changeMs) + QStringLiteral(" (") + signedPercent(cell.changePercent) + QLatin1Char(')'),
            signedPercent(cell.adjustedChangePercent), pValueText(cell),
            cell.test.valid ? QString::number(cell.test.cliffsDelta, 'f', 2) : QStringLiteral("–"),
            verdict.join(QLatin1Char('\n')) });
        const bool significant
            = cell.verdict == analysis::ChangeVerdict::Slower || cell.verdict == analysis::ChangeVerdict::Faster;
        Tone tone = cell.isolated ? Tone::Warning : verdictTone(cell.verdict);
        if (cell.successRegressed)
            tone = Tone::Bad;
        table.tones.append({ Tone::Normal, Tone::Normal, Tone::Normal, Tone::Normal, Tone::Normal,
            significant ? verdictTone(cell.verdict) : Tone::Normal, Tone::Normal, Tone::Normal, tone });
    }
    section.blocks.append(table);
    return section;
}

Section classesSection(const analysis::RunComparison& comparison)
{
    Section section { QStringLiteral("classes"), Text::tr("Complexity classes"), {}, {} };
    if (comparison.endpoints.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("No endpoint was compared."), Tone::Muted });
        return section;
    }
    section.blocks.append(Paragraph { Text::tr("How each endpoint's median grows with the dataset in either run, "
                                               "fitted on the sizes both runs measured."),
        Tone::Normal });
    Table table;
    table.header = { Text::tr("Endpoint"), Text::tr("Base"), Text::tr("Candidate"), Text::tr("Base slope"),
        Text::tr("Candidate slope"), Text::tr("Change") };
    int changed = 0;
    const auto name = [](ComplexityClass c) {
        return c == ComplexityClass::Inconclusive ? Text::tr("inconclusive") : complexityClassName(c);
    };
    for (const analysis::EndpointComparison& e : comparison.endpoints) {
        const ComplexityClass a = e.baseFit.bestClass;
        const ComplexityClass b = e.candidateFit.bestClass;
        QString change;
        Tone tone = Tone::Normal;
        if (a == ComplexityClass::Inconclusive || b == ComplexityClass::Inconclusive) {
            change = Text::tr("cannot tell");
            tone = Tone::Muted;
        } else if (a == b) {
            change = Text::tr("same");
        } else if (int(b) > int(a)) {
            change = Text::tr("grows faster");
            tone = Tone::Bad;
            ++changed;
        } else {
            change = Text::tr("grows slower");
            tone = Tone::Good;
            ++changed;
        }
        table.rows.append(
            { e.endpoint, name(a), name(b), e.baseFit.slopeInWords(), e.candidateFit.slopeInWords(), change });
        table.tones.append({ Tone::Normal, Tone::Normal, tone, Tone::Normal, Tone::Normal, tone });
    }
    section.blocks.append(
        Paragraph { changed == 0 ? Text::tr("No endpoint changed its complexity class.")
                                 : Text::tr("%n endpoint(s) changed their complexity class.", nullptr, changed),
            changed == 0 ? Tone::Good : Tone::Warning });
    section.blocks.append(table);
    return section;
}

Section unmatchedSection(const analysis::RunComparison& comparison)
{
    Section section { QStringLiteral("unmatched"), Text::tr("Not compared"), {}, {} };
    KeyValues kv;
    const auto cellsText = [](const QList<analysis::CellKey>& keys) {
        QStringList parts;
        for (const analysis::CellKey& key : keys)
            //: a cell, %1 = endpoint, %2 = size
            parts.append(Text::tr("%1 at size %2").arg(key.endpoint).arg(key.size));
        return parts.join(QStringLiteral("; "));
    };
    if (!comparison.onlyInBaseEndpoints.isEmpty())
        kv.items.append(
            { Text::tr("Endpoints only in the base run"), comparison.onlyInBaseEndpoints.join(QStringLiteral(", ")) });
    if (!comparison.onlyInCandidateEndpoints.isEmpty())
        kv.items.append({ Text::tr("Endpoints only in the candidate run"),
            comparison.onlyInCandidateEndpoints.join(QStringLiteral(", ")) });
    if (!comparison.onlyInBase.isEmpty())
        kv.items.append({ Text::tr("Cells only in the base run"), cellsText(comparison.onlyInBase) });
    if (!comparison.onlyInCandidate.isEmpty())
        kv.items.append({ Text::tr("Cells only in the candidate run"), cellsText(comparison.onlyInCandidate) });
    if (!kv.items.isEmpty())
        section.blocks.append(kv);
    if (!comparison.incompatibleEndpoints.isEmpty()) {
        BulletList list;
        for (const QString& message : comparison.incompatibleEndpoints)
            list.items.append({ message, {}, Tone::Warning });
        section.blocks.append(
            Paragraph { Text::tr("Endpoints of the same name that measure different requests:"), Tone::Normal });
        section.blocks.append(list);
    }
    if (!comparison.compatible && !comparison.incompatibilities.isEmpty()) {
        BulletList list;
        for (const QString& reason : comparison.incompatibilities)
            list.items.append({ reason, {}, Tone::Bad });
        section.blocks.append(Paragraph { Text::tr("Nothing was compared, because:"), Tone::Normal });
        section.blocks.append(list);
    }
    if (section.blocks.isEmpty())
        section.blocks.append(
            Paragraph { Text::tr("Both runs measured the same endpoints at the same sizes."), Tone::Good });
    return section;
}

} // namespace

Document comparisonReport(const RunResult& base, const RunLabel& baseLabel, const RunResult& candidate,
    const RunLabel& candidateLabel, const analysis::RunComparison& comparison)
{
    Document document;
    const QString baseName = nameOf(base, baseLabel);
    const QString candidateName = nameOf(candidate, candidateLabel);
    document.title = baseName == candidateName
        //: the report title, %1 = plan name
        ? Text::tr("%1 — comparison").arg(baseName)
        //: the report title, %1 = base plan name, %2 = candidate plan name
        : Text::tr("%1 vs %2 — comparison").arg(baseName, candidateName);
    //: %1 = base run ("run 12, 2026-12-01 09:00:00 UTC"), %2 = candidate run
    document.subtitle = Text::tr("base: %1 · candidate: %2")
                            .arg(sideSummary(base, baseLabel), sideSummary(candidate, candidateLabel));
    document.toolVersion = QStringLiteral("ScaleScope " SCALESCOPE_VERSION);
    document.generatedAt = QDateTime::currentDateTimeUtc();

    document.sections.append(runsSection(base, baseLabel, candidate, candidateLabel));
    document.sections.append(summarySection(comparison));
    Section overlay { QStringLiteral("overlay"), Text::tr("Response time of both runs"), {}, {} };
    if (!comparison.compatible)
        overlay.blocks.append(Paragraph { Text::tr("Nothing to draw: the runs cannot be compared."), Tone::Muted });
    overlay.blocks.append(comparisonChart(comparison, sideLabel(true, baseLabel), sideLabel(false, candidateLabel)));
    document.sections.append(overlay);
    document.sections.append(endpointsSection(comparison));
    document.sections.append(cellsSection(comparison));
    document.sections.append(classesSection(comparison));
    document.sections.append(unmatchedSection(comparison));
    return document;
}

} // namespace scalescope::report
