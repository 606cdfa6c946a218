// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// comparisonReport(): the Document of a comparison of two runs.
#include "report/charts.h"
#include "report/reportformat.h"
#include "report/reportparts.h"
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

QString dash()
{
    return QStringLiteral("–");
}

// --- Load tests -------------------------------------------------------------------------------------------------

/// Two stages put side by side: a stage of the base run and one of the candidate.
struct StagePair {
    const LoadStage* base = nullptr;
    const LoadStage* candidate = nullptr;
    bool sameLevel = false; ///< same model and the same level
};

struct StagePairing {
    QList<StagePair> pairs; ///< in the base run's order
    QList<const LoadStage*> onlyInBase;
    QList<const LoadStage*> onlyInCandidate;
};

/// Stages (without the intervals of an endurance hold) paired by role and level when the models agree, the rest by
/// role and order: Step 3 with Step 3, Hold with Hold, Recovery with Recovery.
StagePairing pairStages(const LoadResult& base, const LoadResult& candidate)
{
    StagePairing out;
    const QList<const LoadStage*> a = cellStages(base);
    const QList<const LoadStage*> b = cellStages(candidate);
    QList<int> partner(a.size(), -1);
    QList<bool> taken(b.size(), false);
    const bool sameModel = base.config.model == candidate.config.model;
    if (sameModel) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            for (qsizetype j = 0; j < b.size(); ++j) {
                if (!taken[j] && a[i]->role == b[j]->role && std::abs(a[i]->level - b[j]->level) < 0.5) {
                    partner[i] = int(j);
                    taken[j] = true;
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (partner[i] >= 0)
            continue;
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (!taken[j] && a[i]->role == b[j]->role) {
                partner[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (partner[i] < 0) {
            out.onlyInBase.append(a[i]);
            continue;
        }
        const LoadStage* c = b[partner[i]];
        out.pairs.append({ a[i], c, sameModel && std::abs(a[i]->level - c->level) < 0.5 });
    }
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (!taken[j])
            out.onlyInCandidate.append(b[j]);
    }
    return out;
}

QString pairName(const StagePair& pair, const LoadResult& base, const LoadResult& candidate)
{
    const QString a = results::loadStageName(*pair.base, base);
    const QString b = results::loadStageName(*pair.candidate, candidate);
    //: two stages paired, %1 = of the base run, %2 = of the candidate
    return a == b ? a : Text::tr("%1 / %2").arg(a, b);
}

/// Bad when the candidate's value is at least twice the base's (and 1 ms more), Good when at most half.
Tone ratioTone(double base, double candidate)
{
    if (candidate >= 2.0 * base && candidate - base >= 1.0)
        return Tone::Bad;
    if (base >= 2.0 * candidate && base - candidate >= 1.0)
        return Tone::Good;
    return Tone::Normal;
}

QString throughputText(double value)
{
    return QString::number(value, 'f', value < 100 ? 1 : 0);
}

Section loadStagesSection(const RunResult& base, const RunLabel& baseLabel, const RunResult& candidate,
    const RunLabel& candidateLabel, const StagePairing& pairing)
{
    const LoadResult& a = *base.load;
    const LoadResult& b = *candidate.load;
    Section section { QStringLiteral("load-stages"), Text::tr("Stages side by side"), {}, {} };
    section.blocks.append(Paragraph {
        Text::tr("Every stage of both runs in adjacent rows, latencies in milliseconds. Open-model runs measure from "
                 "each request's intended send time, their raw p99 and max from the moment it was sent; in closed-model "
                 "runs both are the same. A marked value is at least twice the other run's."),
        Tone::Normal });
    Table table;
    table.header = { Text::tr("Stage"), Text::tr("Run"), Text::tr("Level"), Text::tr("req/s"), Text::tr("p50"),
        Text::tr("p99"), Text::tr("Max"), Text::tr("Raw p99"), Text::tr("Raw max"), Text::tr("Errors"),
        Text::tr("Dropped"), Text::tr("Late") };
    table.numericColumns = { 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    const auto row = [&](const QString& name, const QString& run, const LoadStage& stage, const LoadResult& load,
                         const LoadStage& other, bool levelDiffers) {
        const bool open = load.config.model == LoadConfig::Model::Open;
        table.rows.append({ name, run, levelText(stage.level, load.config.model), throughputText(stage.throughput),
            results::formatMs(stage.p50Ms), results::formatMs(stage.p99Ms), results::formatMs(stage.maxMs),
            results::formatMs(stage.rawP99Ms), results::formatMs(stage.rawMaxMs),
            formatPercent(stage.errorRatePercent()), open ? QString::number(stage.dropped) : dash(),
            open ? QString::number(stage.late) : dash() });
        const auto larger = [](double mine, double theirs) {
            return mine >= 2.0 * theirs && mine - theirs >= 1.0 ? Tone::Warning : Tone::Normal;
        };
        table.tones.append({ Tone::Normal, Tone::Normal, levelDiffers ? Tone::Warning : Tone::Normal, Tone::Normal,
            Tone::Normal, larger(stage.p99Ms, other.p99Ms), larger(stage.maxMs, other.maxMs), Tone::Normal,
            Tone::Normal, stage.failures > 0 ? Tone::Bad : Tone::Normal,
            stage.dropped > 0 ? Tone::Bad : Tone::Normal, stage.late > 0 ? Tone::Warning : Tone::Normal });
    };
    for (const StagePair& pair : pairing.pairs) {
        const QString name = pairName(pair, a, b);
        row(name, sideLabel(true, baseLabel), *pair.base, a, *pair.candidate, !pair.sameLevel);
        row(name, sideLabel(false, candidateLabel), *pair.candidate, b, *pair.base, !pair.sameLevel);
    }
    if (table.rows.isEmpty())
        section.blocks.append(Paragraph { Text::tr("No stage of one run has a counterpart in the other."), Tone::Muted });
    else
        section.blocks.append(table);
    return section;
}

Section loadEndpointsSection(const RunResult& base, const RunResult& candidate, const StagePairing& pairing)
{
    Section section { QStringLiteral("load-endpoints"), Text::tr("Endpoints per stage"), {}, {} };
    Table table;
    table.header = { Text::tr("Stage"), Text::tr("Endpoint"), Text::tr("Base p99"), Text::tr("Candidate p99"),
        Text::tr("Base max"), Text::tr("Candidate max"), Text::tr("Base req/s"), Text::tr("Candidate req/s") };
    table.numericColumns = { 2, 3, 4, 5, 6, 7 };
    const QStringList names = endpointNames(base);
    const bool sameModel = base.load->config.model == candidate.load->config.model;
    for (const StagePair& pair : pairing.pairs) {
        const QString name = pairName(pair, *base.load, *candidate.load);
        for (const QString& endpoint : names) {
            const CellResult* a = findStageCell(base, pair.base->index, endpoint);
            const CellResult* b = findStageCell(candidate, pair.candidate->index, endpoint);
            if (!a || !b || a->stats.count == 0 || b->stats.count == 0)
                continue;
            table.rows.append({ name, endpoint, results::formatMs(a->stats.p99Ms), results::formatMs(b->stats.p99Ms),
                results::formatMs(a->stats.maxMs), results::formatMs(b->stats.maxMs),
                throughputText(a->stats.throughput), throughputText(b->stats.throughput) });
            // Same model: the candidate judged against the base. Different models: the larger value marked.
            const auto tones = [&](double x, double y) -> std::pair<Tone, Tone> {
                if (sameModel)
                    return { Tone::Normal, ratioTone(x, y) };
                return { x >= 2.0 * y && x - y >= 1.0 ? Tone::Warning : Tone::Normal,
                    y >= 2.0 * x && y - x >= 1.0 ? Tone::Warning : Tone::Normal };
            };
            const auto [p99Base, p99Candidate] = tones(a->stats.p99Ms, b->stats.p99Ms);
            const auto [maxBase, maxCandidate] = tones(a->stats.maxMs, b->stats.maxMs);
            table.tones.append({ Tone::Normal, Tone::Normal, p99Base, p99Candidate, maxBase, maxCandidate, Tone::Normal,
                Tone::Normal });
        }
    }
    if (table.rows.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("No endpoint was measured in a stage of both runs."), Tone::Muted });
    } else {
        section.blocks.append(Paragraph {
            sameModel ? Text::tr("Latencies in milliseconds; a candidate value at least twice the base's is marked as "
                                 "worse, at most half as better.")
                      : Text::tr("Latencies in milliseconds; a value at least twice the other run's is marked. The "
                                 "models differ, so a lower value is not better: it may be a hidden stall."),
            Tone::Normal });
        section.blocks.append(table);
    }
    QStringList only;
    for (const LoadStage* stage : pairing.onlyInBase)
        //: a stage only one run has, %1 = stage
        only.append(Text::tr("%1 (base run only)").arg(stageText(*stage, *base.load)));
    for (const LoadStage* stage : pairing.onlyInCandidate)
        only.append(Text::tr("%1 (candidate run only)").arg(stageText(*stage, *candidate.load)));
    if (!only.isEmpty())
        //: %1 = list of stages
        section.blocks.append(
            Paragraph { Text::tr("Not paired: %1.").arg(only.join(QStringLiteral("; "))), Tone::Muted });
    return section;
}

/// What the reader must know before reading two load runs side by side: a different model or kind, how the stages
/// were paired.
QList<Block> loadNotes(const RunResult& base, const RunResult& candidate, const StagePairing& pairing,
    const analysis::RunComparison& comparison)
{
    QList<Block> blocks;
    const LoadConfig& a = base.load->config;
    const LoadConfig& b = candidate.load->config;
    if (a.kind != b.kind)
        //: %1 = kind of the base run, %2 = of the candidate
        blocks.append(Paragraph { Text::tr("The runs are different kinds of load test: %1 in the base run, %2 in the "
                                           "candidate.")
                                      .arg(loadKindLabel(a.kind), loadKindLabel(b.kind)),
            Tone::Warning });
    if (a.model != b.model) {
        const bool baseOpen = a.model == LoadConfig::Model::Open;
        //: %1 = model of the base run, %2 = of the candidate
        blocks.append(Paragraph {
            Text::tr("The runs use different load models: the base run the %1, the candidate the %2. Their levels are "
                     "in different units, so their stages are paired by order.")
                .arg(loadModelLabel(a.model), loadModelLabel(b.model)),
            Tone::Warning });
        //: %1 = "base" or "candidate" (the open-model run), %2 = the other one
        blocks.append(Paragraph {
            Text::tr("The open model (the %1 run) measures every request from its intended send time, so a stall of "
                     "the target shows in its p99 and max; the closed model's users (the %2 run) wait for each "
                     "answer and send fewer requests while it lasts, which hides the stall (coordinated omission). "
                     "The open run's raw p99 and max are what a closed-loop tool would have reported.")
                .arg(baseOpen ? Text::tr("base") : Text::tr("candidate"),
                    baseOpen ? Text::tr("candidate") : Text::tr("base")),
            Tone::Normal });
    } else if (!pairing.pairs.isEmpty()) {
        const bool all = std::all_of(
            pairing.pairs.begin(), pairing.pairs.end(), [](const StagePair& pair) { return pair.sameLevel; });
        blocks.append(all ? Paragraph { Text::tr("Every stage is paired with the stage at the same level."), Tone::Good }
                          : Paragraph { Text::tr("Some stages ran at different levels in the two runs (marked): "
                                                 "they are paired by order."),
                              Tone::Warning });
    }
    if (!comparison.compatible)
        blocks.append(Paragraph { Text::tr("The significance tests pair cells by endpoint and level; where the levels "
                                           "differ they are not made, but the stages are still shown side by side."),
            Tone::Muted });
    return blocks;
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
    add(Text::tr("Status"), statusLabel(base.status), statusLabel(candidate.status), true);
    add(Text::tr("Target"), displayUrl(base.plan.target.baseUrl), displayUrl(candidate.plan.target.baseUrl), true);
    add(Text::tr("Transport"), base.transport, candidate.transport, true);
    add(Text::tr("Dataset sizes"), sizesText(base.plan.dataset.sizes), sizesText(candidate.plan.dataset.sizes), true);
    add(Text::tr("Endpoints"), QString::number(endpointNames(base).size()),
        QString::number(endpointNames(candidate).size()), true);
    if (base.load || candidate.load) {
        // Load tests: how the load was made, not how the cells of a sweep were measured.
        const auto kind = [](const RunResult& run) {
            return run.load ? loadKindLabel(run.load->config.kind) : Text::tr("scale test");
        };
        const auto model = [](const RunResult& run) {
            return run.load ? loadModelLabel(run.load->config.model) : dash();
        };
        const auto levels = [](const RunResult& run) {
            if (!run.load)
                return dash();
            QStringList parts;
            for (const LoadStage* stage : cellStages(*run.load))
                parts.append(svgNumber(stage->level, 1));
            //: %1 = the levels of the stages, %2 = their unit
            return Text::tr("%1 %2").arg(parts.join(QStringLiteral(", ")), loadLevelUnit(run.load->config.model));
        };
        const auto generator = [](const RunResult& run) {
            return run.load ? Text::tr("%1 thread(s), %2 connection(s)")
                                  .arg(run.load->threads)
                                  .arg(run.load->connections)
                            : dash();
        };
        add(Text::tr("Test"), kind(base), kind(candidate), true);
        add(Text::tr("Load model"), model(base), model(candidate), true);
        add(Text::tr("Stage levels"), levels(base), levels(candidate), true);
        add(Text::tr("Load generator"), generator(base), generator(candidate), false);
    } else {
        add(Text::tr("Iterations per cell"), QString::number(base.plan.measurement.iterations),
            QString::number(candidate.plan.measurement.iterations), true);
        add(Text::tr("Warm-up requests per cell"), QString::number(base.plan.measurement.warmup),
            QString::number(candidate.plan.measurement.warmup), true);
        add(Text::tr("Minimum duration per cell"), formatDuration(base.plan.measurement.minDurationMs),
            formatDuration(candidate.plan.measurement.minDurationMs), true);
        add(Text::tr("Order"), order(base), order(candidate), true);
        add(Text::tr("Concurrency"), mode(base), mode(candidate), true);
    }
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

Section cellsSection(const analysis::RunComparison& comparison, bool load)
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
    table.header = { Text::tr("Endpoint"), load ? Text::tr("Level") : Text::tr("Size"), Text::tr("Base p50"),
        Text::tr("Candidate p50"),
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

Section unmatchedSection(const analysis::RunComparison& comparison, bool load)
{
    Section section { QStringLiteral("unmatched"), Text::tr("Not compared"), {}, {} };
    KeyValues kv;
    const auto cellsText = [load](const QList<analysis::CellKey>& keys) {
        QStringList parts;
        for (const analysis::CellKey& key : keys)
            parts.append(load
                    //: a cell of a load test, %1 = endpoint, %2 = level
                    ? Text::tr("%1 at level %2").arg(key.endpoint).arg(key.size)
                    //: a cell, %1 = endpoint, %2 = size
                    : Text::tr("%1 at size %2").arg(key.endpoint).arg(key.size));
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
            Paragraph { load ? Text::tr("Both runs measured the same endpoints at the same levels.")
                             : Text::tr("Both runs measured the same endpoints at the same sizes."),
                Tone::Good });
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
    if (base.load && candidate.load) {
        const StagePairing pairing = pairStages(*base.load, *candidate.load);
        document.sections.last().blocks.append(loadNotes(base, candidate, pairing, comparison));
        Section overlay { QStringLiteral("load-overlay"), Text::tr("p99 and max of both runs over time"), {}, {} };
        overlay.blocks.append(loadComparisonChart(
            base, candidate, sideLabel(true, baseLabel), sideLabel(false, candidateLabel)));
        document.sections.append(overlay);
        document.sections.append(loadStagesSection(base, baseLabel, candidate, candidateLabel, pairing));
        document.sections.append(loadEndpointsSection(base, candidate, pairing));
        document.sections.append(endpointsSection(comparison));
        document.sections.append(cellsSection(comparison, true));
        document.sections.append(unmatchedSection(comparison, true));
        return document;
    }
    if (base.load || candidate.load)
        document.sections.last().blocks.append(Paragraph {
            Text::tr("One run is a load test, the other a scale test: their cells measure different things."),
            Tone::Warning });
    Section overlay { QStringLiteral("overlay"), Text::tr("Response time of both runs"), {}, {} };
    if (!comparison.compatible)
        overlay.blocks.append(Paragraph { Text::tr("Nothing to draw: the runs cannot be compared."), Tone::Muted });
    overlay.blocks.append(comparisonChart(comparison, sideLabel(true, baseLabel), sideLabel(false, candidateLabel)));
    document.sections.append(overlay);
    document.sections.append(endpointsSection(comparison));
    document.sections.append(cellsSection(comparison, false));
    document.sections.append(classesSection(comparison));
    document.sections.append(unmatchedSection(comparison, false));
    return document;
}

} // namespace scalescope::report
