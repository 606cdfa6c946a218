// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// loadRunReport(): the Document of a load test (RunResult::load set) — the load, not the scale-sweep sections.
#include "report/charts.h"
#include "report/reportformat.h"
#include "report/reportparts.h"
#include "report/reports.h"

#include "analysis/loadanalysis.h"
#include "analysis/thresholds.h"
#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>

namespace scalescope::report::detail {

namespace {

/// The translation context of the report texts (the run report's): lupdate reads it from the macro, so the context
/// it extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::Reports)
};

constexpr int kMaxIntervalRows = 120; // endurance intervals listed one by one
constexpr int kMaxFailedChecks = 100;
/// A stage's p99 from the intended send times at least this many times its raw p99 (and kStallMinMs more) means
/// requests queued behind the schedule: a stall that a closed-loop tool would not have reported.
constexpr double kStallRatio = 2.0;
constexpr double kStallMinMs = 1.0;

QString dash()
{
    return QStringLiteral("–");
}

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString rate(double requestsPerSecond)
{
    //: a throughput, %1 = requests per second
    return Text::tr("%1 req/s").arg(number(requestsPerSecond, requestsPerSecond < 100 ? 1 : 0));
}

bool isOpen(const LoadResult& load)
{
    return load.config.model == LoadConfig::Model::Open;
}

bool stalled(const LoadStage& stage)
{
    return stage.requests > 0 && stage.p99Ms >= kStallRatio * stage.rawP99Ms && stage.p99Ms - stage.rawP99Ms >= kStallMinMs;
}

/// The stage whose p99 most exceeds its raw p99 (open model), or nullptr when none does by kStallRatio.
const LoadStage* worstStall(const LoadResult& load)
{
    const LoadStage* worst = nullptr;
    for (const LoadStage* stage : cellStages(load)) {
        if (stalled(*stage) && (!worst || stage->p99Ms - stage->rawP99Ms > worst->p99Ms - worst->rawP99Ms))
            worst = stage;
    }
    return worst;
}

const LoadStage* firstOfRole(const LoadResult& load, LoadStage::Role role)
{
    for (const LoadStage& stage : load.stages) {
        if (stage.role == role)
            return &stage;
    }
    return nullptr;
}

const LoadStage* stageAt(const LoadResult& load, const std::optional<int>& index)
{
    return index ? findStage(load, *index) : nullptr;
}

/// "1 870 req/s, p95 21.2 ms, p99 29.2 ms, errors 0 %": a stage in one line.
QString stageNumbers(const LoadStage& stage)
{
    //: a stage's results, %1 = throughput, %2 = p95, %3 = p99, %4 = error rate
    return Text::tr("%1, p95 %2, p99 %3, errors %4")
        .arg(rate(stage.throughput), formatMsUnit(stage.p95Ms), formatMsUnit(stage.p99Ms),
            formatPercent(stage.errorRatePercent()));
}

QList<analysis::UslPoint> uslPoints(const LoadResult& load)
{
    QList<analysis::UslPoint> points;
    for (const LoadStage& stage : load.stages) {
        if (stage.role == LoadStage::Role::Hold && stage.requests > 0)
            points.append({ stage.level, stage.throughput });
    }
    return points;
}

QList<const LoadStage*> intervals(const LoadResult& load)
{
    QList<const LoadStage*> out;
    for (const LoadStage& stage : load.stages) {
        if (stage.role == LoadStage::Role::Interval)
            out.append(&stage);
    }
    return out;
}

analysis::Trend intervalTrend(const LoadResult& load, bool errorRate)
{
    QList<QPair<double, double>> points;
    for (const LoadStage* stage : intervals(load)) {
        if (stage->requests > 0)
            points.append({ double(stage->startMs + stage->endMs) / 2000.0,
                errorRate ? stage->errorRatePercent() : stage->p95Ms });
    }
    return analysis::trendPerHour(points);
}

analysis::Trend memoryTrend(const LoadResult& load)
{
    QList<QPair<double, double>> points;
    for (const MemorySample& sample : load.targetMemory)
        points.append({ double(sample.elapsedMs) / 1000.0, sample.rssMb });
    return analysis::trendPerHour(points);
}

/// "+3.2 ms per hour (+12 % per hour), significant (p = 0.001)"; @p unit follows the number.
QString trendText(const analysis::Trend& trend, const QString& unit)
{
    if (!trend.ok)
        //: %1 = why there is no trend
        return Text::tr("not estimated: %1").arg(trend.reason);
    const QString sign = trend.slopePerHour > 0 ? QStringLiteral("+") : QString();
    const QString slope = sign + QString::number(trend.slopePerHour, 'f', 2) + unit;
    const QString relative = (trend.relativePerHour > 0 ? QStringLiteral("+") : QString())
        + QString::number(100.0 * trend.relativePerHour, 'f', 1) + QStringLiteral(" %");
    const QString p = QString::number(trend.pValue, 'g', 2);
    if (trend.significant)
        //: a trend, %1 = change per hour with its unit, %2 = relative change per hour, %3 = p-value
        return Text::tr("%1 per hour (%2 per hour), significant (p = %3)").arg(slope, relative, p);
    //: a trend, %1 = change per hour with its unit, %2 = relative change per hour, %3 = p-value
    return Text::tr("%1 per hour (%2 per hour), not significant (p = %3)").arg(slope, relative, p);
}

bool hasMemorySection(const LoadResult& load)
{
    return load.config.kind == LoadConfig::Kind::Endurance || !load.targetMemory.isEmpty()
        || !load.targetMemorySource.isEmpty() || !load.targetMemoryError.isEmpty()
        || !load.config.memoryMetricsUrl.isEmpty() || load.config.memoryPid > 0;
}

/// Where the target's memory came from, never with credentials or a query.
QString memorySourceText(const LoadResult& load)
{
    QString source = load.targetMemorySource;
    if (source.isEmpty() && !load.config.memoryMetricsUrl.isEmpty())
        source = load.config.memoryMetricsUrl;
    if (source.isEmpty() && load.config.memoryPid > 0)
        //: a memory source, %1 = process id
        return Text::tr("process %1").arg(load.config.memoryPid);
    return displaySource(source);
}

QString thinkText(const LoadConfig& c)
{
    if (c.thinkMaxMs <= 0 && c.thinkMinMs <= 0)
        return Text::tr("none");
    if (c.thinkMaxMs <= c.thinkMinMs)
        return formatDuration(c.thinkMinMs);
    //: think time, %1 = minimum, %2 = maximum
    return Text::tr("uniform in %1 … %2").arg(formatDuration(c.thinkMinMs), formatDuration(c.thinkMaxMs));
}

QString stopConditionsText(const LoadConfig& c)
{
    QStringList conditions;
    if (c.stopErrorRatePercent > 0)
        //: a stop condition, %1 = percent
        conditions.append(Text::tr("error rate above %1 %").arg(svgNumber(c.stopErrorRatePercent, 2)));
    if (c.stopP95Ms > 0)
        //: a stop condition, %1 = milliseconds
        conditions.append(Text::tr("p95 above %1 ms").arg(svgNumber(c.stopP95Ms, 2)));
    if (c.stopOnThroughputPlateau)
        conditions.append(Text::tr("throughput grows less than 5 % over the previous step"));
    if (conditions.isEmpty())
        return Text::tr("none: the ramp runs to its maximum");
    return conditions.join(QStringLiteral("; "));
}

QString reasonText(StressOutcome::Reason reason)
{
    switch (reason) {
    case StressOutcome::Reason::None:
        return Text::tr("none");
    case StressOutcome::Reason::ErrorRate:
        return Text::tr("error rate above the limit");
    case StressOutcome::Reason::P95:
        return Text::tr("p95 above the limit");
    case StressOutcome::Reason::ThroughputPlateau:
        return Text::tr("throughput stopped rising");
    case StressOutcome::Reason::MaxLevel:
        return Text::tr("reached the maximum level without breaking");
    case StressOutcome::Reason::Cancelled:
        return Text::tr("cancelled");
    }
    return {};
}

/// Whether the recovery stage is back near the first step: errors at most one point higher, p95 at most 50 % (and
/// 1 ms) higher.
bool recovered(const LoadStage& recovery, const LoadStage& first)
{
    return recovery.errorRatePercent() <= first.errorRatePercent() + 1.0
        && recovery.p95Ms <= 1.5 * first.p95Ms + 1.0;
}

// ---------------------------------------------------------------------------------------------------------------

Section summarySection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    Section section { QStringLiteral("load-summary"), Text::tr("Summary"), {}, {} };

    // The generator's own trouble first: it makes every other number suspect.
    if (load.saturatedSeconds > 0 || load.totalDropped > 0 || load.totalLate > 0) {
        section.blocks.append(Paragraph {
            Text::tr("Warning: the load generator did not keep up, so part of what this report shows describes the "
                     "generator rather than the target."),
            Tone::Bad });
        BulletList list;
        if (load.saturatedSeconds > 0)
            list.items.append({ Text::tr("The generator was saturated for %n second(s) of the measured run: its "
                                         "CPU was above 90 % of its cores, or its requests went out late.",
                                    nullptr, load.saturatedSeconds),
                {}, Tone::Bad });
        if (load.totalDropped > 0)
            //: %n = dropped requests, %1 = the maximum of requests in flight
            list.items.append({ Text::tr("%n request(s) were dropped: they were due while %1 requests were already "
                                         "in flight.",
                                    nullptr, int(std::min<quint64>(load.totalDropped, INT_MAX)))
                                    .arg(load.config.maxInFlight),
                {}, Tone::Bad });
        if (load.totalLate > 0)
            //: %n = late requests, %1 = milliseconds
            list.items.append({ Text::tr("%n request(s) went out more than %1 ms after their intended send time.",
                                    nullptr, int(std::min<quint64>(load.totalLate, INT_MAX)))
                                    .arg(kLateMs),
                {}, Tone::Warning });
        list.items.last().detail = Text::tr("Give the generator more worker threads or connections, run it on a "
                                            "machine of its own, or lower the level.");
        section.blocks.append(list);
    }

    if (run.error)
        section.blocks.append(
            Paragraph { Text::tr("The run stopped with an error: %1").arg(run.error->message), Tone::Bad });
    else if (run.status == RunStatus::Cancelled || run.status == RunStatus::Interrupted)
        section.blocks.append(
            Paragraph { Text::tr("The run did not finish (%1): the numbers cover the stages measured until then.")
                            .arg(statusLabel(run.status)),
                Tone::Warning });

    const QList<const LoadStage*> stages = cellStages(load);
    const LoadConfig& c = load.config;
    switch (c.kind) {
    case LoadConfig::Kind::Stress: {
        const LoadStage* breaking = stageAt(load, load.stress.breakingStage);
        if (breaking)
            //: %1 = the stage ("Step 5 (50 users)"), %2 = the condition with its numbers
            section.blocks.append(Paragraph { Text::tr("Breaking point at %1: %2.")
                                                  .arg(stageText(*breaking, load), load.stress.detail),
                Tone::Bad });
        else if (load.stress.reason == StressOutcome::Reason::MaxLevel)
            //: %1 = the outcome with its numbers
            section.blocks.append(Paragraph {
                Text::tr("No breaking point: the ramp %1.").arg(load.stress.detail), Tone::Good });
        else
            section.blocks.append(Paragraph {
                Text::tr("The ramp ended before it found a breaking point (%1).").arg(reasonText(load.stress.reason)),
                Tone::Warning });
        break;
    }
    case LoadConfig::Kind::ConcurrencySweep: {
        const analysis::UslFit fit = analysis::fitUsl(uslPoints(load));
        if (!fit.ok)
            section.blocks.append(
                Paragraph { Text::tr("No scalability model could be fitted: %1").arg(fit.reason), Tone::Muted });
        else if (std::isfinite(fit.peakConcurrency))
            //: %1 = users, %2 = requests per second, %3 = sigma, %4 = kappa
            section.blocks.append(Paragraph {
                Text::tr("Throughput peaks at about %1 concurrent users with %2 (Universal Scalability Law: "
                         "contention σ = %3, coherency κ = %4); beyond that, more users make it slower.")
                    .arg(svgNumber(fit.peakConcurrency, 1), rate(fit.maxThroughput), QString::number(fit.sigma, 'g', 3),
                        QString::number(fit.kappa, 'g', 3)),
                Tone::Normal });
        else
            //: %1 = sigma
            section.blocks.append(Paragraph {
                Text::tr("Throughput still rises at the largest level measured: the fitted curve has no peak "
                         "(contention σ = %1, coherency negligible).")
                    .arg(QString::number(fit.sigma, 'g', 3)),
                Tone::Good });
        break;
    }
    case LoadConfig::Kind::Endurance: {
        const analysis::Trend p95 = intervalTrend(load, false);
        //: %1 = the trend of p95 in words
        section.blocks.append(Paragraph { Text::tr("p95 over the intervals: %1.").arg(trendText(p95, QStringLiteral(" ms"))),
            p95.ok && p95.significant && p95.slopePerHour > 0 ? Tone::Warning : Tone::Normal });
        if (!load.targetMemory.isEmpty()) {
            const analysis::Trend memory = memoryTrend(load);
            //: %1 = the trend of the target's memory in words
            section.blocks.append(
                Paragraph { Text::tr("Target memory: %1.").arg(trendText(memory, QStringLiteral(" MB"))),
                    memory.ok && memory.significant && memory.slopePerHour > 0 ? Tone::Warning : Tone::Normal });
        }
        break;
    }
    case LoadConfig::Kind::Load:
        break;
    }
    if (c.kind == LoadConfig::Kind::Load || c.kind == LoadConfig::Kind::Endurance) {
        if (const LoadStage* hold = firstOfRole(load, LoadStage::Role::Hold))
            //: %1 = level ("10 users"), %2 = duration, %3 = the stage's results
            section.blocks.append(Paragraph { Text::tr("%1 held for %2: %3.")
                                                  .arg(levelText(hold->level, c.model),
                                                      formatDuration(hold->endMs - hold->startMs), stageNumbers(*hold)),
                Tone::Normal });
    }
    if (isOpen(load)) {
        if (const LoadStage* stall = worstStall(load))
            //: %1 = stage, %2 = p99 from intended send times, %3 = raw p99, %4 = max, %5 = raw max
            section.blocks.append(Paragraph {
                Text::tr("Requests queued behind the schedule in %1: p99 %2 and max %4 from the intended send times, "
                         "but only %3 and %5 from the moment they were sent. The target (or the generator) stalled; a "
                         "closed-loop tool would have reported %3.")
                    .arg(stageText(*stall, load), formatMsUnit(stall->p99Ms), formatMsUnit(stall->rawP99Ms),
                        formatMsUnit(stall->maxMs), formatMsUnit(stall->rawMaxMs)),
                Tone::Warning });
    }

    KeyValues kv;
    const auto add = [&kv](const QString& key, const QString& value) { kv.items.append({ key, value }); };
    //: %1 = kind ("Stress test"), %2 = model ("closed model (virtual users)")
    add(Text::tr("Test"), Text::tr("%1, %2").arg(loadKindLabel(c.kind), loadModelLabel(c.model)));
    add(Text::tr("Requests"), QString::number(load.totalRequests));
    add(Text::tr("Failed requests"),
        load.totalRequests > 0 ? QStringLiteral("%1 (%2)").arg(load.totalFailures).arg(
                                     formatPercent(100.0 * double(load.totalFailures) / double(load.totalRequests)))
                               : QString::number(load.totalFailures));
    if (isOpen(load)) {
        add(Text::tr("Dropped requests"), QString::number(load.totalDropped));
        add(Text::tr("Late requests"), QString::number(load.totalLate));
    }
    const LoadStage* peak = nullptr;
    const LoadStage* worstP99 = nullptr;
    for (const LoadStage* stage : stages) {
        if (stage->requests == 0)
            continue;
        if (!peak || stage->throughput > peak->throughput)
            peak = stage;
        if (!worstP99 || stage->p99Ms > worstP99->p99Ms)
            worstP99 = stage;
    }
    if (peak)
        //: %1 = throughput, %2 = the stage
        add(Text::tr("Highest throughput"), Text::tr("%1 at %2").arg(rate(peak->throughput), stageText(*peak, load)));
    if (worstP99) {
        QString text = Text::tr("%1 at %2").arg(formatMsUnit(worstP99->p99Ms), stageText(*worstP99, load));
        if (isOpen(load))
            //: appended to a p99, %1 = the raw p99
            text += Text::tr(" (raw: %1)").arg(formatMsUnit(worstP99->rawP99Ms));
        add(Text::tr("Highest p99"), text);
    }
    add(Text::tr("Generator saturated"), Text::tr("%n second(s)", nullptr, load.saturatedSeconds));
    add(Text::tr("Run duration"), formatDuration(durationMs(run)));
    section.blocks.append(kv);
    return section;
}

Section configurationSection(const RunResult& run, const RunLabel& label)
{
    const Plan& plan = run.plan;
    const LoadResult& load = *run.load;
    const LoadConfig& c = load.config;
    const bool closed = c.model == LoadConfig::Model::Closed;
    Section section { QStringLiteral("configuration"), Text::tr("Test configuration"), {}, {} };
    if (!plan.description.isEmpty())
        section.blocks.append(Paragraph { plan.description, Tone::Normal });

    KeyValues kv;
    const auto add = [&kv](const QString& key, const QString& value) { kv.items.append({ key, value }); };
    add(Text::tr("Plan"), runName(run, label));
    add(Text::tr("Target"), displayUrl(plan.target.baseUrl));
    add(Text::tr("Authentication"), authText(plan.auth));
    add(Text::tr("Dataset"), datasetText(plan));
    if (plan.dataset.mode == DatasetMode::Seeded && !plan.dataset.sizes.isEmpty())
        add(Text::tr("Records during the load"), QString::number(plan.dataset.sizes.last()));
    add(Text::tr("Test"), loadKindLabel(c.kind));
    add(Text::tr("Load model"), loadModelLabel(c.model));
    if (closed) {
        if (c.kind == LoadConfig::Kind::Load || c.kind == LoadConfig::Kind::Endurance)
            add(Text::tr("Virtual users"), QString::number(c.users));
        else if (c.kind == LoadConfig::Kind::Stress)
            add(Text::tr("Users at the first step"), QString::number(c.users));
        add(Text::tr("Spawn rate"),
            c.spawnRate > 0 ? Text::tr("%1 users per second").arg(svgNumber(c.spawnRate, 2)) : Text::tr("all at once"));
        add(Text::tr("Think time"), thinkText(c));
    } else {
        const QString rateText = levelText(c.rate, c.model);
        if (c.kind == LoadConfig::Kind::Stress)
            add(Text::tr("Rate at the first step"), rateText);
        else if (c.kind == LoadConfig::Kind::Load && c.rampToRate > 0)
            //: %1 = start rate, %2 = end rate, %3 = duration
            add(Text::tr("Arrival rate"), Text::tr("ramping from %1 to %2 over %3")
                                              .arg(rateText, levelText(c.rampToRate, c.model),
                                                  formatDuration(c.durationMs)));
        else
            add(Text::tr("Arrival rate"), rateText);
        add(Text::tr("Requests in flight at most"), QString::number(c.maxInFlight));
    }
    switch (c.kind) {
    case LoadConfig::Kind::Load:
        add(Text::tr("Hold duration"), formatDuration(c.durationMs));
        break;
    case LoadConfig::Kind::Endurance:
        add(Text::tr("Hold duration"), formatDuration(c.durationMs));
        add(Text::tr("Interval"), formatDuration(c.intervalMs));
        break;
    case LoadConfig::Kind::Stress:
        //: %1 = the increment ("10 users"), %2 = duration of a step
        add(Text::tr("Steps"), Text::tr("+%1 every %2").arg(levelText(c.step, c.model), formatDuration(c.stepDurationMs)));
        add(Text::tr("Maximum level"), levelText(c.maxLevel, c.model));
        add(Text::tr("Stop conditions"), stopConditionsText(c));
        add(Text::tr("Recovery"),
            c.recoveryMs > 0 ? Text::tr("%1 at the first step's level").arg(formatDuration(c.recoveryMs))
                             : Text::tr("none"));
        break;
    case LoadConfig::Kind::ConcurrencySweep: {
        QStringList levels;
        for (int level : c.levels)
            levels.append(QString::number(level));
        //: %1 = users per level
        add(Text::tr("Levels"), Text::tr("%1 users").arg(levels.join(QStringLiteral(", "))));
        add(Text::tr("Time per level"), formatDuration(c.stepDurationMs));
        break;
    }
    }
    add(Text::tr("Warm-up"), c.warmupMs > 0 ? formatDuration(c.warmupMs) : Text::tr("none"));
    add(Text::tr("Worker threads"), load.threads > 0 ? QString::number(load.threads) : dash());
    add(Text::tr("Connections"),
        load.connections > 0 ? QString::number(load.connections)
            : c.connections > 0 ? QString::number(c.connections)
                                : (closed ? Text::tr("one per user") : Text::tr("one per request in flight")));
    if (hasMemorySection(load)) {
        const QString source = memorySourceText(load);
        add(Text::tr("Target memory"), source.isEmpty() ? Text::tr("not measured") : source);
    }
    add(Text::tr("Transport"), transportText(run));
    add(Text::tr("Request timeout"), formatDuration(plan.target.timeoutMs));
    add(Text::tr("TLS certificate verification"), plan.target.verifyTls ? Text::tr("on") : Text::tr("off"));
    appendHeaderNames(kv, plan);
    appendRunFacts(kv, run, label);
    section.blocks.append(kv);

    Table endpoints;
    endpoints.caption = Text::tr("Endpoints and their share of the load");
    endpoints.header = { Text::tr("#"), Text::tr("Endpoint"), Text::tr("Method"), Text::tr("Path"),
        Text::tr("Expected status"), Text::tr("Weight"), Text::tr("Share") };
    endpoints.numericColumns = { 0, 5, 6 };
    int weights = 0;
    for (const EndpointConfig& endpoint : plan.endpoints)
        weights += std::max(0, endpoint.weight);
    for (qsizetype e = 0; e < plan.endpoints.size(); ++e) {
        const EndpointConfig& endpoint = plan.endpoints.at(e);
        QStringList statuses;
        for (int status : endpoint.expectedStatus)
            statuses.append(QString::number(status));
        const bool sent = endpoint.weight > 0 && weights > 0;
        endpoints.rows.append({ QString::number(e + 1), endpoint.name, endpoint.request.method,
            redactedPath(endpoint.request.path),
            statuses.isEmpty() ? Text::tr("any 2xx") : statuses.join(QStringLiteral(", ")),
            QString::number(endpoint.weight),
            sent ? formatPercent(std::round(1000.0 * endpoint.weight / weights) / 10.0) : Text::tr("not sent") });
        endpoints.tones.append(sent ? QList<Tone> {} : QList<Tone>(7, Tone::Muted));
    }
    section.blocks.append(endpoints);
    section.blocks.append(
        Paragraph { Text::tr("Passwords, tokens and header values are never written to a report."), Tone::Muted });
    return section;
}

Section overTimeSection(const RunResult& run, bool withLevel)
{
    Section section { QStringLiteral("load-over-time"), Text::tr("Over time"), {}, {} };
    if (run.load->series.isEmpty())
        section.blocks.append(Paragraph { Text::tr("This run recorded no second of load."), Tone::Muted });
    if (withLevel)
        section.blocks.append(loadLevelChart(run));
    section.blocks.append(loadLatencyChart(run));
    section.blocks.append(loadErrorsChart(run));
    section.blocks.append(loadGeneratorChart(run));
    return section;
}

Table stageSummaryTable(const LoadResult& load, const QList<const LoadStage*>& stages)
{
    Table table;
    table.header = { Text::tr("Stage"), Text::tr("Level"), Text::tr("req/s"), Text::tr("p95"), Text::tr("p99"),
        Text::tr("Errors") };
    table.numericColumns = { 1, 2, 3, 4, 5 };
    for (const LoadStage* stage : stages) {
        table.rows.append({ results::loadStageName(*stage, load), levelText(stage->level, load.config.model),
            number(stage->throughput, stage->throughput < 100 ? 1 : 0), results::formatMs(stage->p95Ms),
            results::formatMs(stage->p99Ms), formatPercent(stage->errorRatePercent()) });
    }
    return table;
}

Section stressSection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    const LoadConfig& c = load.config;
    Section section { QStringLiteral("load-stress"), Text::tr("Breaking point"), {}, {} };
    const LoadStage* breaking = stageAt(load, load.stress.breakingStage);
    const LoadStage* lastGood = stageAt(load, load.stress.lastGoodStage);
    const LoadStage* recovery = stageAt(load, load.stress.recoveryStage);
    const LoadStage* first = firstOfRole(load, LoadStage::Role::Step);

    BulletList words;
    if (breaking) {
        //: %1 = stage, %2 = the condition with its numbers
        words.items.append({ Text::tr("The target broke at %1: %2.").arg(stageText(*breaking, load), load.stress.detail),
            stageNumbers(*breaking), Tone::Bad });
        if (lastGood)
            //: %1 = stage
            words.items.append({ Text::tr("It still coped at %1, the step before.").arg(stageText(*lastGood, load)),
                stageNumbers(*lastGood), Tone::Good });
        else
            words.items.append(
                { Text::tr("Already the first step met a stop condition: no step was good. Start the ramp lower."), {},
                    Tone::Warning });
        if (recovery && first) {
            const bool ok = recovered(*recovery, *first);
            //: %1 = level, %2 = duration
            const QString back = Text::tr("Back at %1 for %2").arg(
                levelText(recovery->level, c.model), formatDuration(recovery->endMs - recovery->startMs));
            //: %1 = "Back at 10 users for 4 s", %2 = p95 now, %3 = p95 of the first step, %4 = error rate now,
            //: %5 = error rate of the first step
            const QString numbers = Text::tr("%1: p95 %2 (first step %3), errors %4 (first step %5).")
                                        .arg(back, formatMsUnit(recovery->p95Ms), formatMsUnit(first->p95Ms),
                                            formatPercent(recovery->errorRatePercent()),
                                            formatPercent(first->errorRatePercent()));
            words.items.append({ ok ? Text::tr("The target recovered once the load went back down.")
                                    : Text::tr("The target did not recover: back at the first step's level it stayed "
                                               "slower or kept failing."),
                numbers, ok ? Tone::Good : Tone::Bad });
        } else {
            words.items.append({ Text::tr("No recovery was measured."), {}, Tone::Muted });
        }
    } else if (load.stress.reason == StressOutcome::Reason::MaxLevel) {
        words.items.append({ Text::tr("The target did not break: the ramp %1.").arg(load.stress.detail),
            lastGood ? stageNumbers(*lastGood) : QString(), Tone::Good });
    } else {
        words.items.append(
            { Text::tr("The ramp ended before it found a breaking point (%1).").arg(reasonText(load.stress.reason)), {},
                Tone::Warning });
    }
    section.blocks.append(words);

    KeyValues kv;
    kv.items.append({ Text::tr("Stop conditions"), stopConditionsText(c) });
    kv.items.append({ Text::tr("Outcome"), reasonText(load.stress.reason) });
    kv.items.append({ Text::tr("Breaking point"), breaking ? stageText(*breaking, load) : Text::tr("none") });
    kv.items.append({ Text::tr("Last good step"), lastGood ? stageText(*lastGood, load) : Text::tr("none") });
    kv.items.append({ Text::tr("Recovery"), recovery ? stageText(*recovery, load) : Text::tr("none") });
    section.blocks.append(kv);

    QList<const LoadStage*> key;
    for (const LoadStage* stage : { first, lastGood, breaking, recovery }) {
        if (stage && !key.contains(stage))
            key.append(stage);
    }
    if (!key.isEmpty()) {
        Table table = stageSummaryTable(load, key);
        table.caption = Text::tr("The steps that matter");
        for (const LoadStage* stage : key)
            table.tones.append({ stage == breaking ? Tone::Bad : stage == lastGood ? Tone::Good : Tone::Normal });
        section.blocks.append(table);
    }
    section.blocks.append(loadLevelChart(run));
    return section;
}

Section sweepSection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    Section section { QStringLiteral("load-sweep"), Text::tr("Throughput vs concurrency"), {}, {} };
    const analysis::UslFit fit = analysis::fitUsl(uslPoints(load));
    section.blocks.append(loadSweepChart(run));
    KeyValues kv;
    if (fit.ok) {
        kv.items.append({ Text::tr("Contention σ"), QString::number(fit.sigma, 'g', 3) });
        kv.items.append({ Text::tr("Coherency κ"), QString::number(fit.kappa, 'g', 3) });
        kv.items.append({ Text::tr("Throughput of one user λ"), rate(fit.lambda) });
        kv.items.append({ Text::tr("Fit (R²)"), QString::number(fit.r2, 'f', 3) });
        kv.items.append({ Text::tr("Predicted peak concurrency"),
            std::isfinite(fit.peakConcurrency) ? Text::tr("%1 users").arg(svgNumber(fit.peakConcurrency, 1))
                                               : Text::tr("none: throughput keeps rising") });
        kv.items.append({ Text::tr("Predicted maximum throughput"),
            !std::isfinite(fit.maxThroughput)   ? Text::tr("unbounded (σ and κ ≈ 0)")
                : std::isfinite(fit.peakConcurrency) ? rate(fit.maxThroughput)
                                                     //: %1 = requests per second, the asymptote λ/σ
                                                     : Text::tr("%1, approached but never reached")
                                                           .arg(rate(fit.maxThroughput)) });
    } else {
        kv.items.append({ Text::tr("Universal Scalability Law"), fit.reason });
    }
    section.blocks.append(kv);

    Table table;
    table.caption = Text::tr("Per level");
    table.header = { Text::tr("Users"), Text::tr("req/s"), Text::tr("Fitted req/s"), Text::tr("p50"),
        Text::tr("p95"), Text::tr("p99"), Text::tr("Errors") };
    table.numericColumns = { 0, 1, 2, 3, 4, 5, 6 };
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Hold)
            continue;
        table.rows.append({ svgNumber(stage.level, 1), number(stage.throughput, stage.throughput < 100 ? 1 : 0),
            fit.ok ? number(fit.predict(stage.level), 0) : dash(), results::formatMs(stage.p50Ms),
            results::formatMs(stage.p95Ms), results::formatMs(stage.p99Ms), formatPercent(stage.errorRatePercent()) });
    }
    if (!table.rows.isEmpty())
        section.blocks.append(table);
    return section;
}

Section enduranceSection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    Section section { QStringLiteral("load-endurance"), Text::tr("Intervals"), {}, {} };
    const QList<const LoadStage*> list = intervals(load);
    section.blocks.append(loadIntervalChart(run));
    KeyValues kv;
    kv.items.append({ Text::tr("Interval"), formatDuration(load.config.intervalMs) });
    kv.items.append({ Text::tr("Intervals"), QString::number(list.size()) });
    kv.items.append({ Text::tr("p95 trend"), trendText(intervalTrend(load, false), QStringLiteral(" ms")) });
    kv.items.append({ Text::tr("Error rate trend"), trendText(intervalTrend(load, true), QStringLiteral(" %")) });
    section.blocks.append(kv);

    Table table;
    table.caption = Text::tr("Per interval (latencies in ms)");
    table.header = { Text::tr("Interval"), Text::tr("From"), Text::tr("req/s"), Text::tr("p50"), Text::tr("p95"),
        Text::tr("p99"), Text::tr("Max"), Text::tr("Errors") };
    table.numericColumns = { 2, 3, 4, 5, 6, 7 };
    for (qsizetype i = 0; i < list.size() && i < kMaxIntervalRows; ++i) {
        const LoadStage& stage = *list.at(i);
        table.rows.append({ results::loadStageName(stage, load), formatDuration(stage.startMs),
            number(stage.throughput, stage.throughput < 100 ? 1 : 0), results::formatMs(stage.p50Ms),
            results::formatMs(stage.p95Ms), results::formatMs(stage.p99Ms), results::formatMs(stage.maxMs),
            formatPercent(stage.errorRatePercent()) });
    }
    if (!table.rows.isEmpty())
        section.blocks.append(table);
    if (list.size() > kMaxIntervalRows)
        section.blocks.append(
            Paragraph { Text::tr("… and %n more interval(s) (the CSV export with --csv-samples has every second).",
                            nullptr, int(list.size() - kMaxIntervalRows)),
                Tone::Muted });
    return section;
}

Section memorySection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    Section section { QStringLiteral("load-memory"), Text::tr("Target memory"), {}, {} };
    if (!load.targetMemoryError.isEmpty())
        //: %1 = the error of the memory source
        section.blocks.append(Paragraph {
            Text::tr("The target's memory could not be read: %1").arg(load.targetMemoryError), Tone::Bad });
    if (!load.targetMemory.isEmpty())
        section.blocks.append(loadMemoryChart(run));
    else if (load.targetMemoryError.isEmpty())
        section.blocks.append(Paragraph { Text::tr("No sample of the target's memory was taken: give the endurance "
                                                   "test a source with --metrics-url or --memory-pid."),
            Tone::Muted });
    KeyValues kv;
    const QString source = memorySourceText(load);
    kv.items.append({ Text::tr("Source"), source.isEmpty() ? Text::tr("none (--metrics-url or --memory-pid)") : source });
    kv.items.append({ Text::tr("Samples"), QString::number(load.targetMemory.size()) });
    if (!load.targetMemory.isEmpty()) {
        double peak = 0;
        for (const MemorySample& sample : load.targetMemory)
            peak = std::max(peak, sample.rssMb);
        //: a memory size, %1 = megabytes
        const auto mb = [](double value) { return Text::tr("%1 MB").arg(number(value, 1)); };
        kv.items.append({ Text::tr("First sample"), mb(load.targetMemory.first().rssMb) });
        kv.items.append({ Text::tr("Last sample"), mb(load.targetMemory.last().rssMb) });
        kv.items.append({ Text::tr("Largest"), mb(peak) });
        kv.items.append({ Text::tr("Trend"), trendText(memoryTrend(load), QStringLiteral(" MB")) });
    }
    section.blocks.append(kv);
    return section;
}

/// The column of a per-stage endpoint table that a threshold metric is about.
int loadColumnOf(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::Throughput:
        return 2;
    case ThresholdMetric::ErrorRate:
        return 3;
    case ThresholdMetric::Mean:
        return 4;
    case ThresholdMetric::P50:
        return 5;
    case ThresholdMetric::P90:
        return 6;
    case ThresholdMetric::P95:
        return 7;
    case ThresholdMetric::P99:
        return 8;
    case ThresholdMetric::Max:
        return 9;
    case ThresholdMetric::Scaling:
        break;
    }
    return -1;
}

Section stagesSection(const RunResult& run)
{
    const LoadResult& load = *run.load;
    const bool open = isOpen(load);
    Section section { QStringLiteral("load-stages"), Text::tr("Results per stage"), {}, {} };
    section.blocks.append(Paragraph {
        open ? Text::tr("Latencies in milliseconds from each request's intended send time; \"raw\" from the moment it "
                        "was actually sent, what a closed-loop tool would report. A marked p99 is at least twice its "
                        "raw p99: requests queued behind the schedule.")
             : Text::tr("Latencies in milliseconds over every measured request of the stage, failed ones included."),
        Tone::Normal });

    const QList<const LoadStage*> stages = cellStages(load);
    Table table;
    table.header = { Text::tr("Stage"), loadLevelUnit(load.config.model), Text::tr("req/s"), Text::tr("p50"),
        Text::tr("p95"), Text::tr("p99"), Text::tr("Max") };
    if (open)
        table.header += { Text::tr("Raw p99"), Text::tr("Raw max") };
    table.header += Text::tr("Errors");
    if (open)
        table.header += { Text::tr("Dropped"), Text::tr("Late") };
    for (int c = 1; c < table.header.size(); ++c)
        table.numericColumns.append(c);
    const std::optional<int> breaking = load.stress.breakingStage;
    const std::optional<int> lastGood = load.stress.lastGoodStage;
    for (const LoadStage* stage : stages) {
        QStringList row { results::loadStageName(*stage, load), svgNumber(stage->level, 1),
            number(stage->throughput, stage->throughput < 100 ? 1 : 0), results::formatMs(stage->p50Ms),
            results::formatMs(stage->p95Ms), results::formatMs(stage->p99Ms), results::formatMs(stage->maxMs) };
        QList<Tone> tones(7, Tone::Normal);
        if (breaking == stage->index)
            tones[0] = Tone::Bad;
        else if (lastGood == stage->index)
            tones[0] = Tone::Good;
        if (open) {
            row += { results::formatMs(stage->rawP99Ms), results::formatMs(stage->rawMaxMs) };
            tones[5] = stalled(*stage) ? Tone::Warning : Tone::Normal;
            tones += { Tone::Normal, Tone::Normal };
        }
        row += formatPercent(stage->errorRatePercent());
        tones += stage->failures == 0 ? Tone::Normal
            : stage->errorRatePercent() < 1.0 ? Tone::Warning
                                               : Tone::Bad;
        if (open) {
            row += { QString::number(stage->dropped), QString::number(stage->late) };
            tones += { stage->dropped > 0 ? Tone::Bad : Tone::Normal, stage->late > 0 ? Tone::Warning : Tone::Normal };
        }
        table.rows.append(row);
        table.tones.append(tones);
    }
    if (table.rows.isEmpty())
        section.blocks.append(Paragraph { Text::tr("No stage was measured."), Tone::Muted });
    else
        section.blocks.append(table);
    if (load.config.kind == LoadConfig::Kind::Endurance)
        section.blocks.append(
            Paragraph { Text::tr("The intervals of the hold are listed under \"Intervals\"."), Tone::Muted });

    // Per stage, its endpoints (from the cells), with the threshold violations marked.
    QList<StageVerdict> failed;
    for (const Threshold& threshold : run.plan.thresholds) {
        for (const QString& endpoint : endpointNames(run)) {
            if (!threshold.endpoint.isEmpty() && threshold.endpoint != endpoint)
                continue;
            for (const StageVerdict& verdict : stageVerdicts(run, threshold, endpoint)) {
                if (!verdict.passed)
                    failed.append(verdict);
            }
        }
    }
    const auto failedColumns = [&](const CellResult* cell) {
        QList<int> columns;
        for (const Threshold& threshold : run.plan.thresholds) {
            if (threshold.metric == ThresholdMetric::Scaling
                || (!threshold.endpoint.isEmpty() && threshold.endpoint != cell->endpoint))
                continue;
            const double value = analysis::thresholdMetricValue(threshold.metric, cell->stats);
            const bool atLeast = threshold.metric == ThresholdMetric::Throughput;
            if (atLeast ? value < threshold.limit : value > threshold.limit)
                columns.append(loadColumnOf(threshold.metric));
        }
        return columns;
    };
    const QStringList names = endpointNames(run);
    for (const LoadStage* stage : stages) {
        Table endpoints;
        endpoints.header = { Text::tr("Endpoint"), Text::tr("Requests"), Text::tr("req/s"), Text::tr("Success"),
            Text::tr("Mean"), Text::tr("p50"), Text::tr("p90"), Text::tr("p95"), Text::tr("p99"), Text::tr("Max") };
        endpoints.numericColumns = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        for (const QString& name : names) {
            const CellResult* cell = findStageCell(run, stage->index, name);
            if (!cell)
                continue;
            const CellStatistics& s = cell->stats;
            if (s.count == 0) {
                endpoints.rows.append({ name, QStringLiteral("0"), dash(), dash(), dash(), dash(), dash(), dash(),
                    dash(), dash() });
                endpoints.tones.append(QList<Tone>(10, Tone::Muted));
                continue;
            }
            endpoints.rows.append({ name, QString::number(s.count), number(s.throughput, s.throughput < 100 ? 1 : 0),
                formatPercent(100.0 * s.successRate()), results::formatMs(s.meanMs), results::formatMs(s.p50Ms),
                results::formatMs(s.p90Ms), results::formatMs(s.p95Ms), results::formatMs(s.p99Ms),
                results::formatMs(s.maxMs) });
            QList<Tone> tones(10, Tone::Normal);
            tones[3] = successTone(s);
            for (int column : failedColumns(cell)) {
                if (column >= 0)
                    tones[column] = Tone::Bad;
            }
            endpoints.tones.append(tones);
        }
        if (endpoints.rows.isEmpty())
            continue;
        //: %1 = stage ("Step 2 (20 users)"), %2 = its duration
        const QString title = Text::tr("%1, %2").arg(stageText(*stage, load), formatDuration(stage->endMs - stage->startMs));
        section.subsections.append({ QStringLiteral("load-stage-%1").arg(stage->index), title, { endpoints }, {} });
    }
    return section;
}

Section loadThresholdsSection(const RunResult& run, const analysis::RunAnalysis& analysis)
{
    const LoadResult& load = *run.load;
    Section section { QStringLiteral("thresholds"), Text::tr("Threshold verdicts"), {}, {} };
    if (run.plan.thresholds.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("The plan sets no thresholds."), Tone::Muted });
        return section;
    }
    Table table;
    table.header = { Text::tr("Threshold"), Text::tr("Endpoint"), Text::tr("Verdict"), Text::tr("Stages"),
        Text::tr("Failed at"), Text::tr("Details") };
    table.numericColumns = { 3 };
    Table failedTable;
    failedTable.caption = Text::tr("Failed checks");
    failedTable.header = { Text::tr("Endpoint"), Text::tr("Stage"), Text::tr("Threshold"), Text::tr("Measured") };
    failedTable.numericColumns = { 3 };
    int checks = 0;
    int failures = 0;
    int listed = 0;
    for (const ThresholdGroup& group : groupThresholds(run, analysis.thresholds)) {
        const Threshold& threshold = group.threshold;
        if (threshold.metric == ThresholdMetric::Scaling) {
            table.rows.append({ thresholdText(threshold), group.endpoint, Text::tr("not applicable"), dash(), {},
                Text::tr("A scaling ceiling judges growth with the dataset; a load test holds one dataset size.") });
            table.tones.append({ Tone::Normal, Tone::Normal, Tone::Muted, Tone::Normal, Tone::Normal, Tone::Muted });
            continue;
        }
        const QList<StageVerdict> verdicts = stageVerdicts(run, threshold, group.endpoint);
        checks += int(verdicts.size());
        QStringList failedAt;
        const StageVerdict* worst = nullptr;
        const bool atLeast = threshold.metric == ThresholdMetric::Throughput;
        for (const StageVerdict& v : verdicts) {
            const QString stage = v.stage ? results::loadStageName(*v.stage, load) : QString::number(v.cell->size);
            if (!v.passed) {
                ++failures;
                failedAt.append(stage);
                if (listed++ < kMaxFailedChecks) {
                    failedTable.rows.append({ group.endpoint, v.stage ? stageText(*v.stage, load) : stage,
                        thresholdText(threshold), thresholdValue(threshold.metric, v.value) });
                    failedTable.tones.append({ Tone::Normal, Tone::Normal, Tone::Normal, Tone::Bad });
                }
            }
            if (!worst || (atLeast ? v.value < worst->value : v.value > worst->value))
                worst = &v;
        }
        QString verdict = Text::tr("passed");
        Tone tone = Tone::Good;
        QString details;
        if (verdicts.isEmpty()) {
            verdict = Text::tr("not measured");
            tone = Tone::Muted;
        } else {
            if (!failedAt.isEmpty()) {
                verdict = Text::tr("failed");
                tone = Tone::Bad;
            }
            //: %1 = the worst value with its unit, %2 = the stage where it was measured
            details = Text::tr("worst: %1 at %2")
                          .arg(thresholdValue(threshold.metric, worst->value),
                              worst->stage ? stageText(*worst->stage, load) : QString::number(worst->cell->size));
        }
        table.rows.append({ thresholdText(threshold), group.endpoint, verdict, QString::number(verdicts.size()),
            failedAt.join(QStringLiteral(", ")), details });
        table.tones.append({ Tone::Normal, Tone::Normal, tone, Tone::Normal,
            failedAt.isEmpty() ? Tone::Normal : Tone::Bad, Tone::Normal });
    }
    if (checks == 0)
        section.blocks.append(
            Paragraph { Text::tr("No threshold could be checked: no stage was measured."), Tone::Muted });
    else if (failures == 0)
        section.blocks.append(Paragraph {
            Text::tr("All %n check(s) passed (each threshold per endpoint per stage).", nullptr, checks), Tone::Good });
    else
        //: %1 = failed checks, %n = all checks
        section.blocks.append(Paragraph {
            Text::tr("%1 of %n check(s) failed (each threshold per endpoint per stage).", nullptr, checks).arg(failures),
            Tone::Bad });
    section.blocks.append(table);
    if (!failedTable.rows.isEmpty())
        section.blocks.append(failedTable);
    if (listed > kMaxFailedChecks)
        section.blocks.append(Paragraph { Text::tr("… and %n more failed check(s) (see the JSON or JUnit export).",
                                              nullptr, listed - kMaxFailedChecks),
            Tone::Muted });
    if (!analysis.thresholds.unmatched.isEmpty()) {
        BulletList unmatched;
        for (const QString& endpoint : analysis.thresholds.unmatched)
            //: %1 = endpoint name
            unmatched.items.append({ Text::tr("A threshold names the endpoint %1, which the plan does not measure: it "
                                              "was not checked.")
                                         .arg(endpoint),
                {}, Tone::Warning });
        section.blocks.append(unmatched);
    }
    return section;
}

} // namespace

Document loadRunReport(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label)
{
    const LoadResult& load = *run.load;
    Document document;
    //: the report title of a load test, %1 = plan (or run) name, %2 = kind ("Stress test")
    document.title = Text::tr("%1 — %2").arg(runName(run, label), loadKindLabel(load.config.kind));
    QStringList subtitle { displayUrl(run.plan.target.baseUrl), formatDateTime(run.startedAt),
        loadModelLabel(load.config.model) };
    if (label.historyId > 0)
        //: %1 = id of the run in the history
        subtitle.append(Text::tr("run %1").arg(label.historyId));
    subtitle.removeAll(QString());
    document.subtitle = subtitle.join(QStringLiteral(" · "));
    document.toolVersion = QStringLiteral("ScaleScope " SCALESCOPE_VERSION);
    document.generatedAt = QDateTime::currentDateTimeUtc();

    const LoadConfig::Kind kind = load.config.kind;
    document.sections.append(summarySection(run));
    document.sections.append(configurationSection(run, label));
    if (kind == LoadConfig::Kind::Stress)
        document.sections.append(stressSection(run));
    if (kind == LoadConfig::Kind::ConcurrencySweep)
        document.sections.append(sweepSection(run));
    if (kind == LoadConfig::Kind::Endurance)
        document.sections.append(enduranceSection(run));
    // The stress section has the level chart with its marks.
    document.sections.append(overTimeSection(run, kind != LoadConfig::Kind::Stress));
    if (hasMemorySection(load))
        document.sections.append(memorySection(run));
    document.sections.append(stagesSection(run));
    document.sections.append(findingsSection(analysis));
    document.sections.append(loadThresholdsSection(run, analysis));
    document.sections.append(errorsSection(run));
    return document;
}

QList<QPair<QString, Chart>> loadRunCharts(const RunResult& run)
{
    QList<QPair<QString, Chart>> charts {
        { QStringLiteral("load-level"), loadLevelChart(run, {}, true) },
        { QStringLiteral("load-latency"), loadLatencyChart(run, {}, true) },
        { QStringLiteral("load-errors"), loadErrorsChart(run, {}, true) },
        { QStringLiteral("load-generator"), loadGeneratorChart(run, {}, true) },
    };
    const LoadResult& load = *run.load;
    if (load.config.kind == LoadConfig::Kind::ConcurrencySweep)
        charts.append({ QStringLiteral("load-sweep"), loadSweepChart(run, {}, true) });
    if (load.config.kind == LoadConfig::Kind::Endurance)
        charts.append({ QStringLiteral("load-intervals"), loadIntervalChart(run, {}, true) });
    if (hasMemorySection(load))
        charts.append({ QStringLiteral("load-memory"), loadMemoryChart(run, {}, true) });
    return charts;
}

} // namespace scalescope::report::detail
