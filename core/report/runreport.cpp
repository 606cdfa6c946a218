// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// runReport(): the Document of one run.
#include "report/charts.h"
#include "report/reportformat.h"
#include "report/reportparts.h"
#include "report/reports.h"

#include "analysis/findings.h"
#include "plan/planparser.h"
#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace scalescope::report {

namespace {

using namespace detail;

/// The translation context of the report texts: lupdate reads it from the macro, so the context it extracts is the
/// one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::Reports)
};

constexpr int kMaxListedFailures = 100; // failing threshold messages listed one by one
constexpr int kMaxErrorCells = 60; // cells listed with their sample messages
constexpr int kSamplesPerCell = 3;
constexpr int kMaxEvents = 50;

QString sizesText(const QList<int>& sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts.append(QString::number(size));
    return parts.join(QStringLiteral(", "));
}

Tone classTone(ComplexityClass complexity)
{
    switch (complexity) {
    case ComplexityClass::Constant:
    case ComplexityClass::Logarithmic:
        return Tone::Good;
    case ComplexityClass::Linear:
        return Tone::Normal;
    case ComplexityClass::Linearithmic:
        return Tone::Warning;
    case ComplexityClass::Quadratic:
        return Tone::Bad;
    case ComplexityClass::Inconclusive:
        return Tone::Muted;
    }
    return Tone::Normal;
}

QString className(ComplexityClass complexity)
{
    return complexity == ComplexityClass::Inconclusive ? Text::tr("inconclusive") : complexityClassName(complexity);
}

QString orderText(const MeasurementConfig& m)
{
    if (m.order == MeasurementConfig::Order::Interleaved)
        return Text::tr("Interleaved: the endpoints of a size take turns, %n request(s) each", nullptr, m.block);
    return Text::tr("Grouped: one endpoint after another");
}

QString concurrencyText(const MeasurementConfig& m)
{
    if (!m.concurrent)
        return Text::tr("Sequential: one request at a time");
    return Text::tr("Concurrent: up to %n request(s) in flight", nullptr, m.maxWorkers);
}

} // namespace

namespace detail {

QString runName(const RunResult& run, const RunLabel& label)
{
    if (!label.name.isEmpty())
        return label.name;
    if (!run.plan.name.isEmpty())
        return run.plan.name;
    return Text::tr("Unnamed plan");
}

QString statusLabel(RunStatus status)
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

Tone successTone(const CellStatistics& stats)
{
    if (stats.count == 0 || stats.successes == stats.count)
        return Tone::Normal;
    return stats.successRate() >= 0.99 ? Tone::Warning : Tone::Bad;
}

/// A threshold for people: "p95 ≤ 300 ms", "error rate ≤ 1 %", "throughput ≥ 100 req/s", "growth at most O(n)".
QString thresholdText(const Threshold& threshold)
{
    const QString limit = threshold.metric == ThresholdMetric::Scaling ? QString() : svgNumber(threshold.limit, 6);
    switch (threshold.metric) {
    case ThresholdMetric::P50:
    case ThresholdMetric::P90:
    case ThresholdMetric::P95:
    case ThresholdMetric::P99:
        return analysis::thresholdMetricName(threshold.metric) + QStringLiteral(" ≤ %1 ms").arg(limit);
    //: a threshold, %1 = limit in ms
    case ThresholdMetric::Mean:
        return Text::tr("mean ≤ %1 ms").arg(limit);
    //: a threshold, %1 = limit in ms
    case ThresholdMetric::Max:
        return Text::tr("max ≤ %1 ms").arg(limit);
    //: a threshold, %1 = limit in percent
    case ThresholdMetric::ErrorRate:
        return Text::tr("error rate ≤ %1 %").arg(limit);
    //: a threshold, %1 = requests per second
    case ThresholdMetric::Throughput:
        return Text::tr("throughput ≥ %1 req/s").arg(limit);
    //: a scaling ceiling, %1 = complexity class ("O(n)")
    case ThresholdMetric::Scaling:
        return Text::tr("growth at most %1").arg(complexityClassName(threshold.ceiling));
    }
    return thresholdLabel(threshold);
}

QString authText(const AuthConfig& auth)
{
    // Never the password, the token or their references: only how the run authenticated, and as whom.
    switch (auth.kind) {
    case AuthKind::None:
        return Text::tr("none");
    case AuthKind::Basic:
        return auth.username.isEmpty() ? Text::tr("HTTP Basic")
                                       //: %1 = user name
                                       : Text::tr("HTTP Basic as %1").arg(auth.username);
    case AuthKind::Bearer:
        return Text::tr("Bearer token (supplied at run time)");
    case AuthKind::Login: {
        const QString request = auth.login.request.method + QLatin1Char(' ') + redactedPath(auth.login.request.path);
        if (auth.username.isEmpty())
            //: %1 = login request ("POST /api/auth/login/"), %2 = header name
            return Text::tr("Login through %1, token sent in the %2 header").arg(request, auth.login.headerName);
        //: %1 = user name, %2 = login request ("POST /api/auth/login/"), %3 = header name
        return Text::tr("Login as %1 through %2, token sent in the %3 header")
            .arg(auth.username, request, auth.login.headerName);
    }
    }
    return {};
}

QString datasetText(const Plan& plan)
{
    if (plan.dataset.mode == DatasetMode::Sweep)
        return Text::tr("Parameter sweep: the size is substituted into the endpoints, no records are created");
    const auto request = [](const std::optional<RequestTemplate>& r) {
        return r ? r->method + QLatin1Char(' ') + redactedPath(r->path) : QString();
    };
    QString text = plan.dataset.seed
        //: %1 = seed request ("POST /api/prompts/")
        ? Text::tr("Seeded through the API with %1").arg(request(plan.dataset.seed))
        : Text::tr("Seeded through the API");
    if (plan.dataset.cleanup)
        //: appended to the dataset description, %1 = cleanup request ("DELETE /api/prompts/{id}/")
        text += Text::tr("; cleaned up with %1").arg(request(plan.dataset.cleanup));
    if (plan.dataset.count)
        //: appended to the dataset description, %1 = count request
        text += Text::tr("; counted with %1").arg(request(plan.dataset.count));
    return text;
}

QString transportText(const RunResult& run)
{
    QString text = run.transport.isEmpty() ? Text::tr("unknown") : run.transport;
    if (run.plan.target.http2)
        text += QStringLiteral(", HTTP/2");
    if (!run.plan.target.proxy.isEmpty())
        //: appended to the transport, %1 = proxy URL without credentials
        text += Text::tr(", through the proxy %1").arg(displayUrl(QUrl(run.plan.target.proxy)));
    return text;
}

qint64 durationMs(const RunResult& run)
{
    return run.startedAt.isValid() && run.finishedAt.isValid() ? run.startedAt.msecsTo(run.finishedAt) : -1;
}

void appendHeaderNames(KeyValues& kv, const Plan& plan)
{
    if (plan.target.headers.isEmpty())
        return;
    QStringList names;
    for (const HeaderTemplate& header : plan.target.headers)
        names.append(header.name);
    //: %1 = header names; their values are not shown (they may hold credentials)
    kv.items.append({ Text::tr("Headers sent with every request"),
        Text::tr("%1 (values not shown)").arg(names.join(QStringLiteral(", "))) });
}

void appendRunFacts(KeyValues& kv, const RunResult& run, const RunLabel& label)
{
    const auto add = [&kv](const QString& key, const QString& value) { kv.items.append({ key, value }); };
    //: the tool that measured and wrote the report
    add(Text::tr("Tool"), QStringLiteral("ScaleScope " SCALESCOPE_VERSION));
    if (label.historyId > 0)
        add(Text::tr("Run in the history"), QString::number(label.historyId));
    add(Text::tr("Started"), formatDateTime(run.startedAt));
    add(Text::tr("Finished"), formatDateTime(run.finishedAt));
    add(Text::tr("Duration"), formatDuration(durationMs(run)));
    add(Text::tr("Status"), statusLabel(run.status));
    add(Text::tr("Template seed"), QString::number(run.seed));
    if (run.plan.dataset.mode == DatasetMode::Seeded) {
        //: %1 = records created, %2 = records deleted
        add(Text::tr("Records"), Text::tr("%1 created, %2 deleted").arg(run.recordsCreated).arg(run.recordsDeleted));
        if (!run.undeletedIds.isEmpty())
            add(Text::tr("Records left on the target"),
                Text::tr("%n record(s) created by this run were not deleted", nullptr, int(run.undeletedIds.size())));
        if (run.countBefore >= 0 || run.countAfter >= 0) {
            const auto count = [](qint64 value) { return value >= 0 ? QString::number(value) : QStringLiteral("–"); };
            //: %1 = records before the run, %2 = after it
            add(Text::tr("Records counted"),
                Text::tr("%1 before the run, %2 after it").arg(count(run.countBefore), count(run.countAfter)));
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------

Section findingsSection(const analysis::RunAnalysis& analysis)
{
    Section section { QStringLiteral("findings"), Text::tr("Findings and recommendations"), {}, {} };
    if (analysis.findings.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("The analysis found nothing to report."), Tone::Muted });
        return section;
    }
    int critical = 0;
    int warnings = 0;
    BulletList list;
    for (const analysis::Finding& finding : analysis.findings) {
        BulletList::Item item;
        item.detail = finding.recommendation;
        switch (finding.severity) {
        case analysis::FindingSeverity::Critical:
            ++critical;
            //: a finding, %1 = its message
            item.text = Text::tr("Critical: %1").arg(finding.message);
            item.tone = Tone::Bad;
            break;
        case analysis::FindingSeverity::Warning:
            ++warnings;
            //: a finding, %1 = its message
            item.text = Text::tr("Warning: %1").arg(finding.message);
            item.tone = Tone::Warning;
            break;
        case analysis::FindingSeverity::Info:
            //: a finding, %1 = its message
            item.text = Text::tr("Info: %1").arg(finding.message);
            item.tone = Tone::Normal;
            break;
        }
        list.items.append(item);
    }
    //: %1 = critical findings, %2 = warnings; %n = all findings
    section.blocks.append(
        Paragraph { Text::tr("%n finding(s) — critical: %1, warnings: %2.", nullptr, int(analysis.findings.size()))
                        .arg(critical)
                        .arg(warnings),
            critical > 0       ? Tone::Bad
                : warnings > 0 ? Tone::Warning
                               : Tone::Normal });
    section.blocks.append(list);
    return section;
}

Section thresholdsSection(const RunResult& run, const analysis::RunAnalysis& analysis)
{
    Section section { QStringLiteral("thresholds"), Text::tr("Threshold verdicts"), {}, {} };
    const analysis::ThresholdReport& report = analysis.thresholds;
    if (run.plan.thresholds.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("The plan sets no thresholds."), Tone::Muted });
        return section;
    }
    const auto checks = int(report.verdicts.size());
    const int failures = report.failureCount();
    if (checks == 0)
        section.blocks.append(
            Paragraph { Text::tr("No threshold could be checked: no cell was measured."), Tone::Muted });
    else if (failures == 0)
        section.blocks.append(Paragraph { Text::tr("All %n check(s) passed.", nullptr, checks), Tone::Good });
    else
        //: %1 = failed checks, %n = all checks
        section.blocks.append(
            Paragraph { Text::tr("%1 of %n check(s) failed.", nullptr, checks).arg(failures), Tone::Bad });

    Table table;
    table.header = { Text::tr("Threshold"), Text::tr("Endpoint"), Text::tr("Verdict"), Text::tr("Checked"),
        Text::tr("Failed at size"), Text::tr("Details") };
    table.numericColumns = { 3 };
    for (const ThresholdGroup& group : groupThresholds(run, report)) {
        const bool ceiling = group.threshold.metric == ThresholdMetric::Scaling;
        QString verdict;
        Tone tone = Tone::Normal;
        QStringList failedSizes;
        QString details;
        if (!group.measured()) {
            verdict = Text::tr("not measured");
            tone = Tone::Muted;
        } else if (group.failures() > 0) {
            verdict = Text::tr("failed");
            tone = Tone::Bad;
        } else {
            verdict = Text::tr("passed");
            tone = Tone::Good;
        }
        if (ceiling) {
            for (const analysis::ThresholdVerdict& v : group.verdicts)
                details = v.message;
        } else if (group.measured()) {
            const bool atLeast = group.threshold.metric == ThresholdMetric::Throughput;
            const analysis::ThresholdVerdict* worst = nullptr;
            for (const analysis::ThresholdVerdict& v : group.verdicts) {
                if (!v.passed)
                    failedSizes.append(QString::number(v.size));
                if (!worst || (atLeast ? v.value < worst->value : v.value > worst->value))
                    worst = &v;
            }
            //: %1 = the worst value with its unit, %2 = the size where it was measured
            details = Text::tr("worst: %1 at size %2")
                          .arg(thresholdValue(group.threshold.metric, worst->value))
                          .arg(worst->size);
        }
        table.rows.append({ thresholdText(group.threshold), group.endpoint, verdict,
            ceiling ? Text::tr("all sizes") : QString::number(group.verdicts.size()),
            failedSizes.join(QStringLiteral(", ")), details });
        QList<Tone> tones(6, Tone::Normal);
        tones[2] = tone;
        tones[4] = failedSizes.isEmpty() ? Tone::Normal : Tone::Bad;
        table.tones.append(tones);
    }
    section.blocks.append(table);

    Table failed;
    failed.caption = Text::tr("Failed checks");
    failed.header = { Text::tr("Endpoint"), Text::tr("Size"), Text::tr("Threshold"), Text::tr("Measured") };
    failed.numericColumns = { 1, 3 };
    int listed = 0;
    for (const analysis::ThresholdVerdict& verdict : report.verdicts) {
        if (verdict.passed || verdict.threshold.metric == ThresholdMetric::Scaling)
            continue; // a failed ceiling's message is in the table above
        if (listed++ >= kMaxListedFailures)
            continue;
        failed.rows.append({ verdict.endpoint, QString::number(verdict.size), thresholdText(verdict.threshold),
            thresholdValue(verdict.threshold.metric, verdict.value) });
        failed.tones.append({ Tone::Normal, Tone::Normal, Tone::Normal, Tone::Bad });
    }
    if (!failed.rows.isEmpty())
        section.blocks.append(failed);
    if (listed > kMaxListedFailures)
        section.blocks.append(Paragraph { Text::tr("… and %n more failed check(s) (see the JSON or JUnit export).",
                                              nullptr, listed - kMaxListedFailures),
            Tone::Muted });
    if (!report.unmatched.isEmpty()) {
        BulletList unmatched;
        for (const QString& endpoint : report.unmatched)
            //: %1 = endpoint name
            unmatched.items.append({ Text::tr("A threshold names the endpoint %1, which the plan does not measure: it "
                                              "was not checked.")
                                         .arg(endpoint),
                {}, Tone::Warning });
        section.blocks.append(unmatched);
    }
    return section;
}

Section errorsSection(const RunResult& run)
{
    Section section { QStringLiteral("errors"), Text::tr("Errors"), {}, {} };
    if (run.error)
        section.blocks.append(
            Paragraph { Text::tr("The run stopped with an error: %1").arg(run.error->message), Tone::Bad });

    std::array<quint64, kFailureKindCount> byKind {};
    std::array<int, kFailureKindCount> cellsByKind {};
    quint64 total = 0;
    for (const CellResult& cell : run.cells) {
        for (std::size_t k = 1; k < kFailureKindCount; ++k) {
            byKind[k] += cell.stats.failures[k];
            cellsByKind[k] += cell.stats.failures[k] > 0 ? 1 : 0;
            total += cell.stats.failures[k];
        }
    }
    if (total == 0) {
        section.blocks.append(Paragraph { Text::tr("No measured request failed."), Tone::Good });
    } else {
        Table kinds;
        kinds.caption = Text::tr("Failed requests by kind");
        kinds.header
            = { Text::tr("Kind"), Text::tr("Failed requests"), Text::tr("Share of failures"), Text::tr("Cells") };
        kinds.numericColumns = { 1, 2, 3 };
        for (std::size_t k = 1; k < kFailureKindCount; ++k) {
            if (byKind[k] == 0)
                continue;
            kinds.rows.append({ failureKindLabel(FailureKind(k)), QString::number(byKind[k]),
                formatPercent(100.0 * double(byKind[k]) / double(total)), QString::number(cellsByKind[k]) });
        }
        section.blocks.append(kinds);

        Table samples;
        samples.caption = Text::tr("Cells with failed requests, with the first messages of each");
        samples.header = { Text::tr("Endpoint"), run.load ? Text::tr("Stage") : Text::tr("Size"), Text::tr("Failed"),
            Text::tr("Kind"), Text::tr("Sample messages") };
        samples.numericColumns = run.load ? QList<int> { 2 } : QList<int> { 1, 2 };
        int cells = 0;
        for (const CellResult& cell : run.cells) {
            if (cell.stats.failureCount() == 0)
                continue;
            if (cells++ >= kMaxErrorCells)
                continue;
            QStringList kindNames;
            for (std::size_t k = 1; k < kFailureKindCount; ++k) {
                if (cell.stats.failures[k] > 0)
                    kindNames.append(failureKindLabel(FailureKind(k)));
            }
            QStringList messages;
            for (const auto& [kind, message] : cell.errorSamples) {
                if (messages.size() >= kSamplesPerCell)
                    break;
                messages.append(message);
            }
            samples.rows.append({ cell.endpoint, cellStageText(run, cell), QString::number(cell.stats.failureCount()),
                kindNames.join(QStringLiteral(", ")),
                messages.isEmpty() ? Text::tr("(no message recorded)") : messages.join(QLatin1Char('\n')) });
            samples.tones.append({ Tone::Normal, Tone::Normal, Tone::Bad, Tone::Normal, Tone::Normal });
        }
        section.blocks.append(samples);
        if (cells > kMaxErrorCells)
            section.blocks.append(
                Paragraph { Text::tr("… and %n more cell(s) with failed requests (see the CSV or JSON export).",
                                nullptr, cells - kMaxErrorCells),
                    Tone::Muted });
    }

    BulletList events;
    int eventCount = 0;
    for (const RunEvent& event : run.events) {
        if (event.level == RunEvent::Level::Info)
            continue;
        if (eventCount++ >= kMaxEvents)
            continue;
        //: when an event happened, %1 = duration since the start of the run
        events.items.append({ event.message, Text::tr("after %1").arg(formatDuration(event.elapsedMs)),
            event.level == RunEvent::Level::Error ? Tone::Bad : Tone::Warning });
    }
    if (!events.items.isEmpty()) {
        section.blocks.append(Paragraph { Text::tr("Warnings and errors during the run:"), Tone::Normal });
        if (eventCount > kMaxEvents)
            events.items.append({ Text::tr("… and %n more", nullptr, eventCount - kMaxEvents), {}, Tone::Muted });
        section.blocks.append(events);
    }
    return section;
}

} // namespace detail

namespace {

Section configurationSection(const RunResult& run, const RunLabel& label)
{
    const Plan& plan = run.plan;
    Section section { QStringLiteral("configuration"), Text::tr("Test configuration"), {}, {} };
    if (!plan.description.isEmpty())
        section.blocks.append(Paragraph { plan.description, Tone::Normal });

    KeyValues kv;
    const auto add = [&kv](const QString& key, const QString& value) { kv.items.append({ key, value }); };
    add(Text::tr("Plan"), runName(run, label));
    add(Text::tr("Target"), displayUrl(plan.target.baseUrl));
    add(Text::tr("Authentication"), authText(plan.auth));
    add(Text::tr("Dataset"), datasetText(plan));
    add(plan.dataset.mode == DatasetMode::Sweep ? Text::tr("Size parameter values") : Text::tr("Dataset sizes"),
        sizesText(plan.dataset.sizes));
    add(Text::tr("Endpoints"), QString::number(endpointNames(run).size()));
    add(Text::tr("Iterations per cell"), QString::number(plan.measurement.iterations));
    add(Text::tr("Warm-up requests per cell"), QString::number(plan.measurement.warmup));
    add(Text::tr("Minimum duration per cell"),
        plan.measurement.minDurationMs > 0 ? formatDuration(plan.measurement.minDurationMs) : Text::tr("none"));
    add(Text::tr("Order"), orderText(plan.measurement));
    add(Text::tr("Concurrency"), concurrencyText(plan.measurement));
    add(Text::tr("Transport"), transportText(run));
    add(Text::tr("Request timeout"), formatDuration(plan.target.timeoutMs));
    add(Text::tr("TLS certificate verification"), plan.target.verifyTls ? Text::tr("on") : Text::tr("off"));
    appendHeaderNames(kv, plan);
    appendRunFacts(kv, run, label);
    section.blocks.append(kv);

    Table endpoints;
    endpoints.caption = Text::tr("Endpoints measured");
    endpoints.header
        = { Text::tr("#"), Text::tr("Endpoint"), Text::tr("Method"), Text::tr("Path"), Text::tr("Expected status") };
    endpoints.numericColumns = { 0 };
    for (qsizetype e = 0; e < plan.endpoints.size(); ++e) {
        const EndpointConfig& endpoint = plan.endpoints.at(e);
        QStringList statuses;
        for (int status : endpoint.expectedStatus)
            statuses.append(QString::number(status));
        endpoints.rows.append(
            { QString::number(e + 1), endpoint.name, endpoint.request.method, redactedPath(endpoint.request.path),
                statuses.isEmpty() ? Text::tr("any 2xx") : statuses.join(QStringLiteral(", ")) });
    }
    section.blocks.append(endpoints);
    section.blocks.append(
        Paragraph { Text::tr("Passwords, tokens and header values are never written to a report."), Tone::Muted });
    return section;
}

Section chartSection(const QString& id, const QString& title, const Chart& chart)
{
    return { id, title, { chart }, {} };
}

Section successSection(const RunResult& run)
{
    Section section { QStringLiteral("success"), Text::tr("Success rate"), {}, {} };
    int measured = 0;
    int withFailures = 0;
    const CellResult* worst = nullptr;
    for (const CellResult& cell : run.cells) {
        if (cell.stats.count == 0)
            continue;
        ++measured;
        if (cell.stats.successes < cell.stats.count) {
            ++withFailures;
            if (!worst || cell.stats.successRate() < worst->stats.successRate())
                worst = &cell;
        }
    }
    if (measured == 0) {
        section.blocks.append(Paragraph { Text::tr("No cell was measured."), Tone::Muted });
    } else if (withFailures == 0) {
        section.blocks.append(
            Paragraph { Text::tr("Every measured request succeeded (%n cell(s)).", nullptr, measured), Tone::Good });
    } else {
        //: %n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate
        section.blocks.append(Paragraph {
            Text::tr(
                "%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.", nullptr, withFailures)
                .arg(worst->endpoint, QString::number(worst->size), formatPercent(100.0 * worst->stats.successRate())),
            successTone(worst->stats) });
    }
    section.blocks.append(successRateChart(run));
    return section;
}

Section overTimeSection(const RunResult& run)
{
    Section section { QStringLiteral("over-time"), Text::tr("Over time"), {}, {} };
    if (run.timeSeries.isEmpty())
        section.blocks.append(Paragraph { Text::tr("This run recorded no time series."), Tone::Muted });
    section.blocks.append(runOverTimeChart(run));
    return section;
}

/// Which column of a per-size table a threshold metric is about.
int columnOf(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::ErrorRate:
        return 2;
    case ThresholdMetric::Mean:
        return 3;
    case ThresholdMetric::P50:
        return 4;
    case ThresholdMetric::P90:
        return 5;
    case ThresholdMetric::P95:
        return 6;
    case ThresholdMetric::P99:
        return 7;
    case ThresholdMetric::Max:
        return 8;
    case ThresholdMetric::Throughput:
        return 9;
    case ThresholdMetric::Scaling:
        break;
    }
    return -1;
}

Section resultsSection(const RunResult& run, const analysis::RunAnalysis& analysis)
{
    Section section { QStringLiteral("results"), Text::tr("Results per dataset size"), {}, {} };
    section.blocks.append(Paragraph { Text::tr("Latencies in milliseconds over every measured request, failed ones "
                                               "included; a marked value failed a threshold of the plan."),
        Tone::Normal });
    const QStringList names = endpointNames(run);
    const bool sweep = run.plan.dataset.mode == DatasetMode::Sweep;
    for (int size : measuredSizes(run)) {
        Table table;
        table.header = { Text::tr("Endpoint"), Text::tr("Requests"), Text::tr("Success"), Text::tr("Mean"),
            Text::tr("p50"), Text::tr("p90"), Text::tr("p95"), Text::tr("p99"), Text::tr("Max"), Text::tr("req/s") };
        table.numericColumns = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        qint64 records = -1;
        for (const QString& name : names) {
            const CellResult* cell = findCell(run, name, size);
            if (!cell)
                continue;
            if (records < 0)
                records = cell->records;
            const CellStatistics& s = cell->stats;
            if (s.count == 0) {
                table.rows.append({ name, QStringLiteral("0"), QStringLiteral("–"), QStringLiteral("–"),
                    QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
                    QStringLiteral("–"), QStringLiteral("–") });
                table.tones.append(QList<Tone>(10, Tone::Muted));
                continue;
            }
            table.rows.append(
                { name, QString::number(s.count), formatPercent(100.0 * s.successRate()), results::formatMs(s.meanMs),
                    results::formatMs(s.p50Ms), results::formatMs(s.p90Ms), results::formatMs(s.p95Ms),
                    results::formatMs(s.p99Ms), results::formatMs(s.maxMs), QString::number(s.throughput, 'f', 1) });
            QList<Tone> tones(10, Tone::Normal);
            tones[2] = successTone(s);
            for (const analysis::ThresholdVerdict& verdict : analysis.thresholds.verdicts) {
                if (!verdict.passed && verdict.endpoint == name && verdict.size == size) {
                    const int column = columnOf(verdict.threshold.metric);
                    if (column >= 0)
                        tones[column] = Tone::Bad;
                }
            }
            table.tones.append(tones);
        }
        if (table.rows.isEmpty())
            continue;
        QString title;
        if (sweep)
            title = Text::tr("Size parameter %1").arg(size);
        else if (records >= 0 && records != size)
            //: %1 = nominal size, %2 = records the target held
            title = Text::tr("Size %1 (%2 records)").arg(size).arg(records);
        else
            title = Text::tr("Size %1").arg(size);
        section.subsections.append({ QStringLiteral("results-size-%1").arg(size), title, { table }, {} });
    }
    if (section.subsections.isEmpty())
        section.blocks.append(Paragraph { Text::tr("No cell was measured."), Tone::Muted });
    return section;
}

Section summarySection(const RunResult& run)
{
    Section section { QStringLiteral("summary"), Text::tr("Summary statistics"), {}, {} };
    if (run.error)
        //: %1 = the error message
        section.blocks.append(
            Paragraph { Text::tr("The run stopped with an error: %1").arg(run.error->message), Tone::Bad });
    else if (run.status == RunStatus::Cancelled || run.status == RunStatus::Interrupted)
        section.blocks.append(
            Paragraph { Text::tr("The run did not finish (%1): the numbers cover the cells measured until then.")
                            .arg(statusLabel(run.status)),
                Tone::Warning });

    quint64 requests = 0;
    quint64 failures = 0;
    double wall = 0.0;
    int measured = 0;
    for (const CellResult& cell : run.cells) {
        requests += cell.stats.count;
        failures += cell.stats.failureCount();
        wall += cell.stats.wallSeconds;
        measured += cell.stats.count > 0 ? 1 : 0;
    }
    const QStringList names = endpointNames(run);
    const int planned = int(names.size() * run.plan.dataset.sizes.size());
    KeyValues kv;
    //: %1 = measured cells, %2 = planned cells (endpoints × sizes)
    kv.items.append(
        { Text::tr("Cells measured"), Text::tr("%1 of %2").arg(measured).arg(std::max(planned, measured)) });
    kv.items.append({ Text::tr("Requests measured"), QString::number(requests) });
    kv.items.append({ Text::tr("Failed requests"),
        requests > 0
            ? QStringLiteral("%1 (%2)").arg(failures).arg(formatPercent(100.0 * double(failures) / double(requests)))
            : QString::number(failures) });
    kv.items.append({ Text::tr("Time spent measuring"), formatDuration(qint64(std::llround(wall * 1000.0))) });
    if (wall > 0.0)
        //: %1 = requests per second
        kv.items.append({ Text::tr("Mean throughput"),
            Text::tr("%1 req/s").arg(QString::number(double(requests) / wall, 'f', 1)) });
    kv.items.append({ Text::tr("Run duration"), formatDuration(durationMs(run)) });
    section.blocks.append(kv);

    Table table;
    table.caption = Text::tr("Per endpoint, over every dataset size (latencies in ms)");
    table.header = { Text::tr("Endpoint"), Text::tr("Cells"), Text::tr("Requests"), Text::tr("Success"),
        Text::tr("p50, smallest size"), Text::tr("p50, largest size"), Text::tr("Highest p95"), Text::tr("Highest p99"),
        Text::tr("Highest max"), Text::tr("req/s") };
    table.numericColumns = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    for (const QString& name : names) {
        QList<const CellResult*> cells;
        for (const CellResult& cell : run.cells) {
            if (cell.endpoint == name && cell.stats.count > 0)
                cells.append(&cell);
        }
        std::sort(
            cells.begin(), cells.end(), [](const CellResult* a, const CellResult* b) { return a->size < b->size; });
        if (cells.isEmpty()) {
            table.rows.append({ name, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("–"),
                QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
                QStringLiteral("–") });
            table.tones.append(QList<Tone>(10, Tone::Muted));
            continue;
        }
        CellStatistics total;
        double p95 = 0.0;
        double p99 = 0.0;
        double max = 0.0;
        double seconds = 0.0;
        for (const CellResult* cell : cells) {
            total.count += cell->stats.count;
            total.successes += cell->stats.successes;
            p95 = std::max(p95, cell->stats.p95Ms);
            p99 = std::max(p99, cell->stats.p99Ms);
            max = std::max(max, cell->stats.maxMs);
            seconds += cell->stats.wallSeconds;
        }
        table.rows.append({ name, QString::number(cells.size()), QString::number(total.count),
            formatPercent(100.0 * total.successRate()), results::formatMs(cells.first()->stats.p50Ms),
            results::formatMs(cells.last()->stats.p50Ms), results::formatMs(p95), results::formatMs(p99),
            results::formatMs(max),
            seconds > 0.0 ? QString::number(double(total.count) / seconds, 'f', 1) : QStringLiteral("–") });
        QList<Tone> tones(10, Tone::Normal);
        tones[3] = successTone(total);
        table.tones.append(tones);
    }
    section.blocks.append(table);
    return section;
}

Section scalingSection(const RunResult& run)
{
    Section section { QStringLiteral("scaling"), Text::tr("Scaling"), {}, {} };
    section.blocks.append(Paragraph { Text::tr("How the median response time of each endpoint grows with the dataset: "
                                               "the simplest model t = a + b·g(n) that the measurements support."),
        Tone::Normal });
    Table table;
    table.header = { Text::tr("Endpoint"), Text::tr("Growth"), Text::tr("Slope"), Text::tr("Fit (R²)"),
        Text::tr("Sizes"), Text::tr("Note") };
    table.numericColumns = { 3, 4 };
    for (const QString& name : endpointNames(run)) {
        const analysis::ComplexityFit fit = analysis::fitEndpoint(run.cells, name);
        int sizes = 0;
        for (const CellResult& cell : run.cells)
            sizes += cell.endpoint == name && cell.stats.count > 0 ? 1 : 0;
        const bool conclusive = fit.bestClass != ComplexityClass::Inconclusive;
        table.rows.append({ name, className(fit.bestClass), conclusive ? fit.slopeInWords() : QStringLiteral("–"),
            conclusive && fit.bestClass != ComplexityClass::Constant ? QString::number(fit.r2, 'f', 3)
                                                                     : QStringLiteral("–"),
            QString::number(sizes), fit.reason });
        QList<Tone> tones(6, Tone::Normal);
        tones[1] = classTone(fit.bestClass);
        tones[5] = Tone::Muted;
        table.tones.append(tones);
    }
    const bool anyNote = std::any_of(
        table.rows.begin(), table.rows.end(), [](const QStringList& row) { return !row.last().isEmpty(); });
    if (!anyNote) {
        table.header.removeLast();
        for (QStringList& row : table.rows)
            row.removeLast();
        for (QList<Tone>& tones : table.tones)
            tones.removeLast();
    }
    if (table.rows.isEmpty())
        section.blocks.append(Paragraph { Text::tr("No endpoint was measured."), Tone::Muted });
    else
        section.blocks.append(table);
    return section;
}

} // namespace

Document runReport(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label)
{
    if (run.load)
        return detail::loadRunReport(run, analysis, label);
    Document document;
    const QString name = runName(run, label);
    //: the report title, %1 = plan (or run) name
    document.title = Text::tr("%1 — scale test").arg(name);
    QStringList subtitle { displayUrl(run.plan.target.baseUrl), formatDateTime(run.startedAt) };
    if (label.historyId > 0)
        //: %1 = id of the run in the history
        subtitle.append(Text::tr("run %1").arg(label.historyId));
    subtitle.removeAll(QString());
    document.subtitle = subtitle.join(QStringLiteral(" · "));
    document.toolVersion = QStringLiteral("ScaleScope " SCALESCOPE_VERSION);
    document.generatedAt = QDateTime::currentDateTimeUtc();

    document.sections.append(configurationSection(run, label));
    document.sections.append(chartSection(
        QStringLiteral("scaling-chart"), Text::tr("Response time vs dataset size"), responseTimeChart(run)));
    document.sections.append(successSection(run));
    document.sections.append(
        chartSection(QStringLiteral("heatmap"), Text::tr("Endpoint × size heatmap"), latencyHeatmap(run)));
    document.sections.append(overTimeSection(run));
    document.sections.append(resultsSection(run, analysis));
    document.sections.append(summarySection(run));
    document.sections.append(scalingSection(run));
    document.sections.append(findingsSection(analysis));
    document.sections.append(thresholdsSection(run, analysis));
    document.sections.append(errorsSection(run));
    return document;
}

QList<QPair<QString, Chart>> runCharts(const RunResult& run)
{
    if (run.load)
        return detail::loadRunCharts(run);
    return {
        { QStringLiteral("response-time"), responseTimeChart(run, {}, true) },
        { QStringLiteral("success-rate"), successRateChart(run, {}, true) },
        { QStringLiteral("heatmap"), latencyHeatmap(run, {}, true) },
        { QStringLiteral("over-time"), runOverTimeChart(run, {}, true) },
    };
}

} // namespace scalescope::report
