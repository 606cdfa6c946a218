// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparison.h"

#include "results/texttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace scalescope::analysis {

namespace {

constexpr double kHighNoisePercent = 100.0; // noise floor above which the comparison warns that it is blunt

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::Comparison)
};

QString formatPercent(double percent)
{
    const double magnitude = std::abs(percent);
    const QString number = QString::number(magnitude, 'f', magnitude < 10.0 ? 1 : 0);
    return (percent < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number + QStringLiteral(" %");
}

QString formatP(double p)
{
    if (p < 0.001)
        return QStringLiteral("p < 0.001");
    return QStringLiteral("p = ") + QString::number(p, 'g', 2);
}

QString formatDelta(double delta) { return QStringLiteral("δ = ") + QString::number(delta, 'f', 2); }

QString modeName(DatasetMode mode) { return mode == DatasetMode::Seeded ? Text::tr("seeded") : Text::tr("sweep"); }

double median(QList<double> sorted)
{
    if (sorted.isEmpty())
        return 0.0;
    const qsizetype m = sorted.size();
    return m % 2 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0;
}

QList<double> samplesMs(const CellResult& cell)
{
    QList<double> out;
    out.reserve(cell.samplesNs.size());
    for (const qint64 ns : cell.samplesNs)
        out.append(double(ns) / 1e6);
    std::sort(out.begin(), out.end());
    return out;
}

struct EndpointInfo {
    QString name;
    QString method;
    QString path;
};

// Endpoints in the order the run measured them (endpointIndex), as the cells describe them.
QList<EndpointInfo> endpointsOf(const RunResult& run)
{
    QList<const CellResult*> cells;
    for (const CellResult& cell : run.cells)
        cells.append(&cell);
    std::stable_sort(cells.begin(), cells.end(), [](auto* x, auto* y) { return x->endpointIndex < y->endpointIndex; });
    QList<EndpointInfo> out;
    QSet<QString> seen;
    for (const CellResult* cell : cells) {
        if (seen.contains(cell->endpoint))
            continue;
        seen.insert(cell->endpoint);
        out.append({ cell->endpoint, cell->method, cell->path });
    }
    return out;
}

QString namesOf(const QList<EndpointInfo>& endpoints)
{
    QStringList names;
    for (const EndpointInfo& e : endpoints)
        names.append(e.name);
    return names.join(QStringLiteral(", "));
}

QString sizeList(QList<int> sizes)
{
    std::sort(sizes.begin(), sizes.end());
    QStringList parts;
    for (const int size : sizes)
        parts.append(QString::number(size));
    return parts.join(QStringLiteral(", "));
}

QString targetText(const QUrl& url) { return url.toString(QUrl::RemoveUserInfo); }

void checkTargets(const RunResult& base, const RunResult& candidate, RunComparison& out)
{
    const QUrl& a = base.plan.target.baseUrl;
    const QUrl& b = candidate.plan.target.baseUrl;
    const auto trimmedPath = [](const QUrl& url) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        return path;
    };
    const bool sameHost = a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && trimmedPath(a) == trimmedPath(b);
    if (!sameHost) {
        //: %1, %2 = base URLs of the two runs
        out.incompatibilities.append(
            Text::tr("the runs measured different targets: %1 (base) and %2 (candidate)")
                .arg(targetText(a), targetText(b)));
    } else if (a.port() != b.port()) {
        out.warnings.append(Text::tr("the target's port differs (%1 in the base run, %2 in the candidate); compared as the "
                                     "same target")
                                .arg(a.port())
                                .arg(b.port()));
    }
}

void checkSettings(const RunResult& base, const RunResult& candidate, RunComparison& out)
{
    const MeasurementConfig& a = base.plan.measurement;
    const MeasurementConfig& b = candidate.plan.measurement;
    if (a.iterations != b.iterations)
        out.warnings.append(Text::tr("different iterations per cell: %1 in the base run, %2 in the candidate")
                                .arg(a.iterations)
                                .arg(b.iterations));
    if (a.warmup != b.warmup)
        out.warnings.append(Text::tr("different warm-up requests per cell: %1 in the base run, %2 in the candidate")
                                .arg(a.warmup)
                                .arg(b.warmup));
    const auto modeText = [](const MeasurementConfig& m) {
        return m.concurrent ? Text::tr("concurrent (%1 workers)").arg(m.maxWorkers) : Text::tr("sequential");
    };
    if (a.concurrent != b.concurrent || (a.concurrent && a.maxWorkers != b.maxWorkers))
        out.warnings.append(
            Text::tr("different concurrency: %1 in the base run, %2 in the candidate").arg(modeText(a), modeText(b)));
    if (base.transport != candidate.transport)
        out.warnings.append(Text::tr("different transports: %1 in the base run, %2 in the candidate")
                                .arg(base.transport, candidate.transport));
    const auto statusCheck = [&out](const RunResult& run, const QString& which) {
        if (run.status != RunStatus::Completed && run.status != RunStatus::Running)
            //: %1 = "base" or "candidate" (already translated), %2 = run status name
            out.warnings.append(Text::tr("the %1 run did not complete (%2): only its measured cells are compared")
                                    .arg(which, runStatusName(run.status)));
    };
    statusCheck(base, Text::tr("base"));
    statusCheck(candidate, Text::tr("candidate"));
}

const CellResult* findCell(const RunResult& run, const QString& endpoint, int size)
{
    for (const CellResult& cell : run.cells) {
        if (cell.endpoint == endpoint && cell.size == size)
            return &cell;
    }
    return nullptr;
}

bool testable(const CellComparison& cell, const CompareOptions& options)
{
    return cell.baseSamples >= std::max(1, options.minSamples)
        && cell.candidateSamples >= std::max(1, options.minSamples);
}

CellComparison measureCell(const CellResult& base, const CellResult& candidate, const CompareOptions& options)
{
    CellComparison cell;
    cell.endpoint = base.endpoint;
    cell.size = base.size;
    cell.baseRecords = base.records;
    cell.candidateRecords = candidate.records;
    const QList<double> a = samplesMs(base);
    const QList<double> b = samplesMs(candidate);
    cell.baseSamples = a.size();
    cell.candidateSamples = b.size();
    cell.baseMedianMs = a.isEmpty() ? base.stats.p50Ms : median(a);
    cell.candidateMedianMs = b.isEmpty() ? candidate.stats.p50Ms : median(b);
    cell.baseP95Ms = base.stats.p95Ms;
    cell.candidateP95Ms = candidate.stats.p95Ms;
    cell.baseSuccessRate = base.stats.successRate();
    cell.candidateSuccessRate = candidate.stats.successRate();
    cell.changeMs = cell.candidateMedianMs - cell.baseMedianMs;
    cell.changePercent = cell.baseMedianMs > 0 ? 100.0 * cell.changeMs / cell.baseMedianMs : 0.0;
    cell.adjustedChangePercent = cell.changePercent;
    cell.adjustedChangeMs = cell.changeMs;
    cell.requiredChangePercent = options.minRelativeChange;
    return cell;
}

QString cellPrefix(const CellComparison& cell)
{
    //: %1 = endpoint name, %2 = dataset size
    return Text::tr("%1 @ %2").arg(cell.endpoint).arg(cell.size);
}

void decideCell(CellComparison& cell, const CompareOptions& options, double driftPercent)
{
    const QString prefix = cellPrefix(cell);
    QString change = formatPercent(cell.changePercent);
    if (driftPercent != 0.0 && cell.test.valid)
        //: %1 = raw change, %2 = change beyond the drift, %3 = run-wide drift; e.g. "+416 %; +127 % beyond the
        //: run-wide +127 %"
        change = Text::tr("%1; %2 beyond the run-wide %3")
                     .arg(change, formatPercent(cell.adjustedChangePercent), formatPercent(driftPercent));
    const QString medians
        = Text::tr("%1 → %2 ms (%3)")
              .arg(results::formatMs(cell.baseMedianMs), results::formatMs(cell.candidateMedianMs), change);
    if (!cell.test.valid) {
        cell.verdict = ChangeVerdict::Insufficient;
        if (cell.baseSamples == 0 || cell.candidateSamples == 0) {
            const QString which = cell.baseSamples == 0 && cell.candidateSamples == 0 ? Text::tr("either run")
                : cell.baseSamples == 0                                               ? Text::tr("the base run")
                                                                                      : Text::tr("the candidate run");
            //: %1 = "endpoint @ size", %2 = medians, %3 = which run lacks samples
            cell.message = Text::tr("%1: %2, not tested: no raw samples in %3").arg(prefix, medians, which);
        } else {
            cell.message = Text::tr("%1: %2, not tested: too few samples (%3 and %4; at least %5 per run needed)")
                               .arg(prefix, medians)
                               .arg(cell.baseSamples)
                               .arg(cell.candidateSamples)
                               .arg(options.minSamples);
        }
        return;
    }

    const double delta = cell.test.cliffsDelta;
    QStringList shortfalls;
    if (cell.pAdjusted >= options.alpha)
        shortfalls.append(QString()); // the p-value says it: no note needed
    if (std::abs(delta) < options.minEffectSize)
        shortfalls.append(Text::tr("|δ| below the %1 minimum effect").arg(options.minEffectSize, 0, 'f', 2));
    // Compared as ratios, so that +25 % slower and 20 % faster (1/1.25) are the same size of change.
    const double ratio = 1.0 + cell.adjustedChangePercent / 100.0;
    if (ratio <= 0.0 || std::abs(std::log(ratio)) < std::log1p(cell.requiredChangePercent / 100.0))
        shortfalls.append(cell.requiredChangePercent > options.minRelativeChange
                ? Text::tr("change below the run-to-run noise floor of %1")
                      .arg(formatPercent(cell.requiredChangePercent).mid(1))
                : Text::tr("change below the %1 minimum").arg(formatPercent(cell.requiredChangePercent).mid(1)));
    if (std::abs(cell.adjustedChangeMs) < options.minAbsoluteChangeMs)
        shortfalls.append(Text::tr("change below the %1 ms minimum").arg(options.minAbsoluteChangeMs, 0, 'g', 3));
    if (shortfalls.isEmpty() && (delta > 0) != (cell.adjustedChangeMs > 0))
        shortfalls.append(Text::tr("the median and δ point in opposite directions"));

    if (shortfalls.isEmpty()) {
        cell.verdict = cell.adjustedChangeMs > 0 ? ChangeVerdict::Slower : ChangeVerdict::Faster;
    } else {
        cell.verdict = ChangeVerdict::NoSignificantChange;
        if (cell.pAdjusted < options.alpha)
            cell.note = shortfalls.join(QStringLiteral("; "));
    }
    const QString verdictText = cell.verdict == ChangeVerdict::NoSignificantChange
        ? changeVerdictLabel(cell.verdict)
        : Text::tr("%1, significant").arg(changeVerdictLabel(cell.verdict));
    //: %1 = "endpoint @ size", %2 = "3.9 → 12.1 ms (+210 %)", %3 = verdict, %4 = "p < 0.001", %5 = "δ = 0.98"
    cell.message
        = Text::tr("%1: %2, %3 (%4, %5)")
              .arg(prefix, medians, verdictText, formatP(cell.pAdjusted), formatDelta(delta));
    if (!cell.note.isEmpty())
        cell.message += QStringLiteral(": ") + cell.note;
}

QString percentRange(QList<double> changes)
{
    std::sort(changes.begin(), changes.end());
    if (changes.size() == 1 || formatPercent(changes.front()) == formatPercent(changes.back()))
        return formatPercent(changes.front());
    return Text::tr("%1 … %2").arg(formatPercent(changes.front()), formatPercent(changes.back()));
}

void describeEndpoint(EndpointComparison& endpoint, const QList<const CellComparison*>& cells)
{
    QList<double> slower;
    QList<double> faster;
    for (const CellComparison* cell : cells) {
        if (cell->verdict == ChangeVerdict::Slower && !cell->isolated)
            slower.append(cell->changePercent);
        else if (cell->verdict == ChangeVerdict::Faster && !cell->isolated)
            faster.append(cell->changePercent);
    }
    const int tested = endpoint.cells - endpoint.insufficientCells;
    QString text;
    switch (endpoint.verdict) {
    case ChangeVerdict::Slower:
        //: %1 = endpoint, %2 of %3 sizes, %4 = range of median changes
        text = Text::tr("%1: slower, significant at %2 of %3 sizes (median %4)")
                   .arg(endpoint.endpoint)
                   .arg(endpoint.slowerCells)
                   .arg(endpoint.cells)
                   .arg(percentRange(slower));
        break;
    case ChangeVerdict::Faster:
        text = Text::tr("%1: faster, significant at %2 of %3 sizes (median %4)")
                   .arg(endpoint.endpoint)
                   .arg(endpoint.fasterCells)
                   .arg(endpoint.cells)
                   .arg(percentRange(faster));
        break;
    case ChangeVerdict::Mixed:
        text = Text::tr("%1: mixed, significantly slower at %2 size(s) (median %3) and faster at %4 (median %5) of %6")
                   .arg(endpoint.endpoint)
                   .arg(endpoint.slowerCells)
                   .arg(percentRange(slower))
                   .arg(endpoint.fasterCells)
                   .arg(percentRange(faster))
                   .arg(endpoint.cells);
        break;
    case ChangeVerdict::NoSignificantChange:
        text = Text::tr("%1: no significant change at %n size(s)", nullptr, tested).arg(endpoint.endpoint);
        break;
    case ChangeVerdict::Insufficient:
        text = Text::tr("%1: too few samples to compare at any size").arg(endpoint.endpoint);
        break;
    }
    const auto isolated
        = std::count_if(cells.begin(), cells.end(), [](const CellComparison* c) { return c->isolated; });
    if (isolated > 0)
        text += Text::tr("; isolated change at %n size(s), not confirmed at the others", nullptr, int(isolated));
    if (endpoint.verdict != ChangeVerdict::Insufficient && endpoint.insufficientCells > 0)
        text += Text::tr("; %n size(s) not tested (too few samples)", nullptr, endpoint.insufficientCells);
    if (endpoint.successRegressed)
        text += Text::tr("; success rate fell");
    if (endpoint.classChanged)
        //: %1, %2 = complexity classes such as O(n) and O(n²)
        text += Text::tr("; scaling %1 → %2")
                    .arg(complexityName(endpoint.baseFit.bestClass), complexityName(endpoint.candidateFit.bestClass));
    endpoint.message = text;
}

QList<CellResult> cellsOf(const RunResult& run, const QString& endpoint, const QSet<int>& sizes)
{
    QList<CellResult> out;
    for (const CellResult& cell : run.cells) {
        if (cell.endpoint == endpoint && sizes.contains(cell.size))
            out.append(cell);
    }
    return out;
}

} // namespace

QString changeVerdictName(ChangeVerdict verdict)
{
    switch (verdict) {
    case ChangeVerdict::Faster: return QStringLiteral("faster");
    case ChangeVerdict::Slower: return QStringLiteral("slower");
    case ChangeVerdict::Mixed: return QStringLiteral("mixed");
    case ChangeVerdict::NoSignificantChange: return QStringLiteral("no-change");
    case ChangeVerdict::Insufficient: return QStringLiteral("insufficient");
    }
    return {};
}

QString changeVerdictLabel(ChangeVerdict verdict)
{
    switch (verdict) {
    case ChangeVerdict::Faster: return Text::tr("faster");
    case ChangeVerdict::Slower: return Text::tr("slower");
    case ChangeVerdict::Mixed: return Text::tr("mixed");
    case ChangeVerdict::NoSignificantChange: return Text::tr("no significant change");
    case ChangeVerdict::Insufficient: return Text::tr("too few samples");
    }
    return {};
}

int RunComparison::countCells(ChangeVerdict verdict) const
{
    return int(
        std::count_if(cells.begin(), cells.end(), [verdict](const CellComparison& c) { return c.verdict == verdict; }));
}

QString RunComparison::summary() const
{
    if (!compatible)
        return Text::tr("Runs cannot be compared: %1").arg(incompatibilities.join(QStringLiteral("; ")));
    QString text = Text::tr("Compared %n cell(s): ", nullptr, int(cells.size()))
        + Text::tr("%1 slower, %2 faster, %3 no significant change")
              .arg(countCells(ChangeVerdict::Slower))
              .arg(countCells(ChangeVerdict::Faster))
              .arg(countCells(ChangeVerdict::NoSignificantChange));
    if (const int insufficient = countCells(ChangeVerdict::Insufficient))
        text += Text::tr(", %n with too few samples", nullptr, insufficient);
    const auto successDrops
        = std::count_if(cells.begin(), cells.end(), [](const CellComparison& c) { return c.successRegressed; });
    if (successDrops > 0)
        text += Text::tr("; success rate fell in %n cell(s)", nullptr, int(successDrops));
    return text;
}

RunComparison compareRuns(const RunResult& base, const RunResult& candidate, const CompareOptions& options)
{
    RunComparison out;
    out.options = options;

    const auto noCells = [&out](const RunResult& run, const QString& which) {
        if (!run.cells.isEmpty())
            return;
        if (run.error)
            //: %1 = "base" or "candidate" (translated), %2 = the run's error message
            out.incompatibilities.append(
                Text::tr("the %1 run has no measured cell (it failed: %2)").arg(which, run.error->message));
        else
            out.incompatibilities.append(Text::tr("the %1 run has no measured cell").arg(which));
    };
    noCells(base, Text::tr("base"));
    noCells(candidate, Text::tr("candidate"));
    checkTargets(base, candidate, out);
    if (base.plan.dataset.mode != candidate.plan.dataset.mode)
        out.incompatibilities.append(Text::tr("different dataset modes: %1 in the base run, %2 in the candidate")
                                         .arg(modeName(base.plan.dataset.mode), modeName(candidate.plan.dataset.mode)));
    checkSettings(base, candidate, out);
    if (base.load.has_value() != candidate.load.has_value())
        out.incompatibilities.append(base.load ? Text::tr("the base run is a load test, the candidate a scale sweep")
                                               : Text::tr("the base run is a scale sweep, the candidate a load test"));
    else if (base.load && base.load->config.model != candidate.load->config.model)
        //: %1, %2 = "open model (arrival rate)", "closed model (virtual users)"
        out.incompatibilities.append(Text::tr("different load models: %1 in the base run, %2 in the candidate — their "
                                              "levels are in different units (the reports show the stages side by side)")
                                         .arg(loadModelLabel(base.load->config.model),
                                              loadModelLabel(candidate.load->config.model)));

    // Endpoints: matched by name; the same name with another method or path measures something else.
    const QList<EndpointInfo> baseEndpoints = endpointsOf(base);
    const QList<EndpointInfo> candidateEndpoints = endpointsOf(candidate);
    QStringList common;
    for (const EndpointInfo& e : baseEndpoints) {
        const auto match = std::find_if(candidateEndpoints.begin(), candidateEndpoints.end(),
            [&e](const EndpointInfo& c) { return c.name == e.name; });
        if (match == candidateEndpoints.end()) {
            out.onlyInBaseEndpoints.append(e.name);
        } else if (match->method.compare(e.method, Qt::CaseInsensitive) != 0 || match->path != e.path) {
            //: %1 = endpoint name, %2 %3 = method and path in the base run, %4 %5 = in the candidate
            out.incompatibleEndpoints.append(Text::tr("%1: %2 %3 in the base run but %4 %5 in the candidate; not compared")
                                                 .arg(e.name, e.method, e.path, match->method, match->path));
        } else {
            common.append(e.name);
        }
    }
    for (const EndpointInfo& c : candidateEndpoints) {
        if (std::none_of(
                baseEndpoints.begin(), baseEndpoints.end(), [&c](const EndpointInfo& e) { return e.name == c.name; }))
            out.onlyInCandidateEndpoints.append(c.name);
    }
    if (common.isEmpty() && !base.cells.isEmpty() && !candidate.cells.isEmpty()) {
        if (out.incompatibleEndpoints.isEmpty())
            //: %1, %2 = comma-separated endpoint names
            out.incompatibilities.append(Text::tr("no endpoint in common (the base run measured %1; the candidate %2)")
                                             .arg(namesOf(baseEndpoints), namesOf(candidateEndpoints)));
        else
            out.incompatibilities.append(Text::tr("no endpoint in common with the same method and path"));
    }

    // Sizes measured by each run for the comparable endpoints.
    QSet<int> baseSizes;
    QSet<int> candidateSizes;
    for (const CellResult& cell : base.cells) {
        if (common.contains(cell.endpoint))
            baseSizes.insert(cell.size);
    }
    for (const CellResult& cell : candidate.cells) {
        if (common.contains(cell.endpoint))
            candidateSizes.insert(cell.size);
    }
    const QSet<int> commonSizes = QSet<int>(baseSizes).intersect(candidateSizes);
    if (!common.isEmpty() && commonSizes.isEmpty() && base.load && candidate.load
        && base.load->config.model == candidate.load->config.model)
        out.incompatibilities.append(Text::tr("no load level in common (the base run ran at %1; the candidate at %2 %3)")
                                         .arg(sizeList(baseSizes.values()), sizeList(candidateSizes.values()),
                                              loadLevelUnit(base.load->config.model)));
    else if (!common.isEmpty() && commonSizes.isEmpty() && !base.load && !candidate.load)
        out.incompatibilities.append(Text::tr("no dataset size in common (the base run measured %1; the candidate %2)")
                                         .arg(sizeList(baseSizes.values()), sizeList(candidateSizes.values())));

    out.compatible = out.incompatibilities.isEmpty();
    if (!out.compatible)
        return out;

    QList<int> sizesInOrder = commonSizes.values();
    std::sort(sizesInOrder.begin(), sizesInOrder.end());
    QSet<int> recordWarnings;
    for (const QString& name : std::as_const(common)) {
        QList<int> sizes;
        for (const CellResult& cell : base.cells) {
            if (cell.endpoint == name && !sizes.contains(cell.size))
                sizes.append(cell.size);
        }
        for (const CellResult& cell : candidate.cells) {
            if (cell.endpoint == name && !sizes.contains(cell.size))
                sizes.append(cell.size);
        }
        std::sort(sizes.begin(), sizes.end());
        for (const int size : std::as_const(sizes)) {
            const CellResult* b = findCell(base, name, size);
            const CellResult* c = findCell(candidate, name, size);
            if (!c) {
                out.onlyInBase.append({ name, size });
                continue;
            }
            if (!b) {
                out.onlyInCandidate.append({ name, size });
                continue;
            }
            if (b->records >= 0 && c->records >= 0 && b->records != c->records && !recordWarnings.contains(size)) {
                recordWarnings.insert(size);
                out.warnings.append(Text::tr("at size %1 the target held %2 records in the base run but %3 in the candidate")
                                        .arg(size)
                                        .arg(b->records)
                                        .arg(c->records));
            }
            out.cells.append(measureCell(*b, *c, options));
        }
    }

    // Run-wide drift and run-to-run noise, from the log ratios of the testable cells' medians. Robust (median,
    // MAD): a regression of one endpoint moves a few cells and barely moves either estimate.
    // With fewer than kMinEndpointsForNoise endpoints, one regressed endpoint could be half the cells and would
    // drag the median with it.
    QList<double> logRatios;
    QSet<QString> noiseEndpoints;
    for (const CellComparison& cell : std::as_const(out.cells)) {
        if (testable(cell, options) && cell.baseMedianMs > 0 && cell.candidateMedianMs > 0) {
            logRatios.append(std::log(cell.candidateMedianMs / cell.baseMedianMs));
            noiseEndpoints.insert(cell.endpoint);
        }
    }
    double driftLog = 0.0;
    double noiseFloorPercent = 0.0;
    if (logRatios.size() >= kMinCellsForNoise && noiseEndpoints.size() >= kMinEndpointsForNoise) {
        std::sort(logRatios.begin(), logRatios.end());
        const double center = median(logRatios);
        QList<double> deviations;
        for (const double r : std::as_const(logRatios))
            deviations.append(std::abs(r - center));
        std::sort(deviations.begin(), deviations.end());
        const double spread = 1.4826 * median(deviations);
        out.noiseCells = int(logRatios.size());
        out.noisePercent = 100.0 * (std::exp(spread) - 1.0);
        if (options.normalizeDrift) {
            driftLog = center;
            out.driftPercent = 100.0 * (std::exp(center) - 1.0);
        }
        if (options.noiseFloorSigmas > 0)
            noiseFloorPercent = 100.0 * (std::exp(options.noiseFloorSigmas * spread) - 1.0);
        if (noiseFloorPercent >= kHighNoisePercent)
            //: %1 = typical run-to-run change of one cell, %2 = smallest detectable change (both e.g. "85 %")
            out.warnings.append(
                Text::tr("the cells' medians differ by about ±%1 between the runs beyond any common drift, so "
                         "changes below %2 cannot be told from noise: the machine was probably busy; re-run "
                         "both runs on a quieter machine or with more iterations")
                    .arg(formatPercent(out.noisePercent).mid(1), formatPercent(noiseFloorPercent).mid(1)));
        if (options.normalizeDrift && std::abs(out.driftPercent) >= options.minRelativeChange) {
            //: %1 = e.g. "85 %", %2 = "slower" or "faster", %n = cells
            out.driftMessage
                = Text::tr("the candidate run is %1 %2 across the board (median of %n cell(s)): either the "
                           "machine's load changed between the runs or a change affects every endpoint; the "
                           "verdicts below are relative to this drift",
                    nullptr, out.noiseCells)
                      .arg(formatPercent(out.driftPercent).mid(1),
                           out.driftPercent > 0 ? Text::tr("slower") : Text::tr("faster"));
            out.warnings.append(out.driftMessage);
        }
    }
    const double driftFactor = std::exp(driftLog);
    for (qsizetype i = 0; i < out.cells.size(); ++i) {
        CellComparison& cell = out.cells[i];
        cell.requiredChangePercent = std::max(options.minRelativeChange, noiseFloorPercent);
        if (!testable(cell, options))
            continue;
        const CellResult* b = findCell(base, cell.endpoint, cell.size);
        const CellResult* c = findCell(candidate, cell.endpoint, cell.size);
        QList<double> scaled = samplesMs(*c);
        for (double& v : scaled)
            v /= driftFactor;
        cell.test = mannWhitneyU(samplesMs(*b), scaled);
        cell.adjustedChangeMs = cell.candidateMedianMs / driftFactor - cell.baseMedianMs;
        cell.adjustedChangePercent = cell.baseMedianMs > 0 ? 100.0 * cell.adjustedChangeMs / cell.baseMedianMs : 0.0;
    }

    // One family of tests over all testable cells (and one for the success rates): with 30 cells at α = 1 %, an
    // uncorrected comparison of two identical runs would flag a cell about a quarter of the time.
    QList<qsizetype> tested;
    QList<double> pValues;
    QList<qsizetype> successTested;
    QList<double> successPValues;
    for (qsizetype i = 0; i < out.cells.size(); ++i) {
        const CellComparison& cell = out.cells[i];
        if (cell.test.valid) {
            tested.append(i);
            pValues.append(cell.test.pValue);
        }
        const CellResult* b = findCell(base, cell.endpoint, cell.size);
        const CellResult* c = findCell(candidate, cell.endpoint, cell.size);
        if (b->stats.count > 0 && c->stats.count > 0) {
            successTested.append(i);
            successPValues.append(
                fisherExactGreater(b->stats.failureCount(), b->stats.count, c->stats.failureCount(), c->stats.count));
        }
    }
    const bool holm = options.correction == MultipleTestCorrection::Holm;
    const QList<double> adjusted = holm ? holmAdjust(pValues) : pValues;
    for (qsizetype k = 0; k < tested.size(); ++k)
        out.cells[tested[k]].pAdjusted = adjusted[k];
    const QList<double> successAdjusted = holm ? holmAdjust(successPValues) : successPValues;
    for (qsizetype k = 0; k < successTested.size(); ++k) {
        CellComparison& cell = out.cells[successTested[k]];
        cell.successPAdjusted = successAdjusted[k];
        const double dropPoints = 100.0 * (cell.baseSuccessRate - cell.candidateSuccessRate);
        if (cell.successPAdjusted < options.alpha && dropPoints >= options.minSuccessRateDrop) {
            cell.successRegressed = true;
            //: %1 = "endpoint @ size", %2 → %3 = success rates in percent, %4 = "p = 0.003"
            cell.successMessage = Text::tr("%1: success rate fell from %2 % to %3 % (%4)")
                                      .arg(cellPrefix(cell))
                                      .arg(100.0 * cell.baseSuccessRate, 0, 'f', 1)
                                      .arg(100.0 * cell.candidateSuccessRate, 0, 'f', 1)
                                      .arg(formatP(cell.successPAdjusted));
        }
    }
    for (CellComparison& cell : out.cells)
        decideCell(cell, options, out.driftPercent);

    for (const QString& name : std::as_const(common)) {
        EndpointComparison endpoint;
        endpoint.endpoint = name;
        QList<const CellComparison*> cells;
        for (const CellComparison& cell : std::as_const(out.cells)) {
            if (cell.endpoint != name)
                continue;
            cells.append(&cell);
            ++endpoint.cells;
            endpoint.slowerCells += cell.verdict == ChangeVerdict::Slower;
            endpoint.fasterCells += cell.verdict == ChangeVerdict::Faster;
            endpoint.insufficientCells += cell.verdict == ChangeVerdict::Insufficient;
            endpoint.successRegressed = endpoint.successRegressed || cell.successRegressed;
        }
        if (endpoint.cells == 0)
            continue; // measured by both, but never at a common size: listed in onlyInBase / onlyInCandidate
        const int testedCells = endpoint.cells - endpoint.insufficientCells;
        const int need = std::max(1, int(std::ceil(options.minConsistentFraction * testedCells - 1e-9)));
        const bool slower = endpoint.slowerCells >= need;
        const bool faster = endpoint.fasterCells >= need;
        if (testedCells == 0)
            endpoint.verdict = ChangeVerdict::Insufficient;
        else if (slower && faster)
            endpoint.verdict = ChangeVerdict::Mixed;
        else if (slower)
            endpoint.verdict = ChangeVerdict::Slower;
        else if (faster)
            endpoint.verdict = ChangeVerdict::Faster;
        else
            endpoint.verdict = ChangeVerdict::NoSignificantChange;
        for (qsizetype i = 0; i < out.cells.size(); ++i) {
            CellComparison& cell = out.cells[i];
            if (cell.endpoint != name)
                continue;
            cell.isolated = (cell.verdict == ChangeVerdict::Slower && !slower)
                || (cell.verdict == ChangeVerdict::Faster && !faster);
            if (cell.isolated)
                //: appended to a cell's message
                cell.message += Text::tr("; isolated: not confirmed at the endpoint's other sizes");
        }

        QSet<int> sizes;
        for (const CellComparison* cell : std::as_const(cells))
            sizes.insert(cell->size);
        endpoint.baseFit = classifyEndpoint(cellsOf(base, name, sizes), name);
        endpoint.candidateFit = classifyEndpoint(cellsOf(candidate, name, sizes), name);
        endpoint.classChanged = endpoint.baseFit.bestClass != ComplexityClass::Inconclusive
            && endpoint.candidateFit.bestClass != ComplexityClass::Inconclusive
            && endpoint.baseFit.bestClass != endpoint.candidateFit.bestClass;
        describeEndpoint(endpoint, cells);
        out.endpoints.append(endpoint);
    }
    return out;
}

QList<Regression> regressions(const RunComparison& comparison, double tolerancePercent)
{
    QList<Regression> out;
    if (!comparison.compatible)
        return out;
    if (comparison.options.normalizeDrift && comparison.noiseCells > 0
        && comparison.driftPercent > std::max(tolerancePercent, comparison.options.minRelativeChange)) {
        out.append({ Regression::Kind::RunWide, QString(), 0, comparison.driftPercent, comparison.driftMessage });
    }
    for (const CellComparison& cell : comparison.cells) {
        if (cell.verdict == ChangeVerdict::Slower && !cell.isolated && cell.adjustedChangePercent > tolerancePercent)
            out.append(
                { Regression::Kind::Latency, cell.endpoint, cell.size, cell.adjustedChangePercent, cell.message });
        if (cell.successRegressed)
            out.append({ Regression::Kind::SuccessRate, cell.endpoint, cell.size,
                100.0 * (cell.candidateSuccessRate - cell.baseSuccessRate), cell.successMessage });
    }
    return out;
}

} // namespace scalescope::analysis
