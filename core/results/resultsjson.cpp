// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsjson.h"

#include "results/loadjson.h"

#include "analysis/findings.h"
#include "analysis/thresholds.h"
#include "plan/planparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace scalescope::results {

namespace {

double rounded(double value, int decimals = 4)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString levelName(RunEvent::Level level)
{
    switch (level) {
    case RunEvent::Level::Info: return QStringLiteral("info");
    case RunEvent::Level::Warning: return QStringLiteral("warning");
    case RunEvent::Level::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject cellToJson(const CellResult& cell, bool includeSamples)
{
    const CellStatistics& s = cell.stats;
    QJsonObject failures;
    for (std::size_t k = 1; k < kFailureKindCount; ++k) {
        if (s.failures[k] > 0)
            failures.insert(failureKindName(FailureKind(k)), qint64(s.failures[k]));
    }
    QJsonArray errors;
    for (const auto& [kind, message] : cell.errorSamples)
        errors.append(QJsonObject { { QStringLiteral("kind"), failureKindName(kind) }, { QStringLiteral("message"), message } });
    QJsonObject cellJson {
        { QStringLiteral("size"), cell.size },
        { QStringLiteral("records"), cell.records },
        { QStringLiteral("endpoint"), cell.endpoint },
        { QStringLiteral("method"), cell.method },
        { QStringLiteral("path"), cell.path },
        { QStringLiteral("count"), qint64(s.count) },
        { QStringLiteral("successes"), qint64(s.successes) },
        { QStringLiteral("success_rate"), rounded(s.successRate(), 6) },
        { QStringLiteral("failures"), failures },
        { QStringLiteral("latency_ms"),
          QJsonObject {
              { QStringLiteral("min"), rounded(s.minMs) },
              { QStringLiteral("mean"), rounded(s.meanMs) },
              { QStringLiteral("stddev"), rounded(s.stddevMs) },
              { QStringLiteral("p50"), rounded(s.p50Ms) },
              { QStringLiteral("p90"), rounded(s.p90Ms) },
              { QStringLiteral("p95"), rounded(s.p95Ms) },
              { QStringLiteral("p99"), rounded(s.p99Ms) },
              { QStringLiteral("max"), rounded(s.maxMs) },
          } },
        { QStringLiteral("throughput_rps"), rounded(s.throughput, 2) },
        { QStringLiteral("wall_s"), rounded(s.wallSeconds, 6) },
        { QStringLiteral("bytes_received"), s.bytesReceived },
        { QStringLiteral("bytes_sent"), s.bytesSent },
        { QStringLiteral("errors"), errors },
    };
    if (includeSamples) {
        QJsonArray samples;
        for (const qint64 ns : cell.samplesNs)
            samples.append(rounded(double(ns) / 1e6));
        cellJson.insert(QStringLiteral("samples_ms"), samples);
    }
    return cellJson;
}

QJsonObject thresholdsToJson(const RunResult& run)
{
    const analysis::ThresholdReport report = analysis::evaluateThresholds(run.plan, run.cells);
    QJsonArray checks;
    for (const analysis::ThresholdVerdict& verdict : report.verdicts) {
        const bool ceiling = verdict.threshold.metric == ThresholdMetric::Scaling;
        checks.append(QJsonObject {
            { QStringLiteral("endpoint"), verdict.endpoint },
            { QStringLiteral("size"), ceiling ? QJsonValue(QJsonValue::Null) : QJsonValue(verdict.size) },
            { QStringLiteral("metric"), analysis::thresholdMetricName(verdict.threshold.metric) },
            { QStringLiteral("limit"), ceiling ? QJsonValue(complexityClassName(verdict.threshold.ceiling))
                                               : QJsonValue(verdict.threshold.limit) },
            { QStringLiteral("value"), rounded(verdict.value) },
            { QStringLiteral("passed"), verdict.passed },
            { QStringLiteral("message"), verdict.message },
        });
    }
    return QJsonObject {
        { QStringLiteral("passed"), report.passed() },
        { QStringLiteral("failures"), report.failureCount() },
        { QStringLiteral("unmatched_endpoints"), QJsonArray::fromStringList(report.unmatched) },
        { QStringLiteral("checks"), checks },
    };
}

QJsonArray findingsToJson(const RunResult& run)
{
    QJsonArray findings;
    for (const analysis::Finding& finding : analysis::findFindings(run)) {
        QJsonObject object {
            { QStringLiteral("kind"), analysis::findingKindName(finding.kind) },
            { QStringLiteral("severity"), analysis::findingSeverityName(finding.severity) },
            { QStringLiteral("endpoint"), finding.endpoint },
            { QStringLiteral("size"), finding.size ? QJsonValue(*finding.size) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("message"), finding.message },
            { QStringLiteral("recommendation"), finding.recommendation },
        };
        findings.append(object);
    }
    return findings;
}

} // namespace

QJsonObject toJson(const RunResult& run, bool includeSamples)
{
    QJsonObject error;
    if (run.error) {
        static const char* const kinds[] = { "usage", "plan", "io", "network", "auth", "target", "cancelled", "internal" };
        error = QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(run.error->kind)]) },
                              { QStringLiteral("message"), run.error->message } };
    }
    const qint64 durationMs = run.startedAt.isValid() && run.finishedAt.isValid() ? run.startedAt.msecsTo(run.finishedAt) : 0;
    QJsonObject runJson {
        { QStringLiteral("id"), qint64(run.runId) },
        { QStringLiteral("status"), runStatusName(run.status) },
        { QStringLiteral("started_at"), run.startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("finished_at"), run.finishedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("duration_s"), rounded(double(durationMs) / 1000.0, 3) },
        { QStringLiteral("transport"), run.transport },
        { QStringLiteral("seed"), qint64(run.seed) },
        { QStringLiteral("error"), run.error ? QJsonValue(error) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("records_created"), run.recordsCreated },
        { QStringLiteral("records_deleted"), run.recordsDeleted },
        { QStringLiteral("undeleted_ids"), QJsonArray::fromStringList(run.undeletedIds) },
        { QStringLiteral("count_before"), run.countBefore },
        { QStringLiteral("count_after"), run.countAfter },
    };
    QJsonArray sizes;
    for (const int size : run.plan.dataset.sizes)
        sizes.append(size);
    QJsonArray endpoints;
    for (const EndpointConfig& endpoint : run.plan.endpoints)
        endpoints.append(QJsonObject { { QStringLiteral("name"), endpoint.name },
                                       { QStringLiteral("method"), endpoint.request.method },
                                       { QStringLiteral("path"), endpoint.request.path } });
    QJsonArray cells;
    for (const CellResult& cell : run.cells)
        cells.append(cellToJson(cell, includeSamples));
    QJsonArray events;
    for (const RunEvent& event : run.events)
        events.append(QJsonObject { { QStringLiteral("t_ms"), event.elapsedMs },
                                    { QStringLiteral("level"), levelName(event.level) },
                                    { QStringLiteral("message"), event.message } });
    QJsonArray timeSeries;
    for (const TimeSeriesPoint& point : run.timeSeries)
        timeSeries.append(QJsonObject { { QStringLiteral("second"), point.second },
                                        { QStringLiteral("requests"), qint64(point.requests) },
                                        { QStringLiteral("failures"), qint64(point.failures) },
                                        { QStringLiteral("p50_ms"), rounded(point.p50Ms, 4) },
                                        { QStringLiteral("p95_ms"), rounded(point.p95Ms, 4) },
                                        { QStringLiteral("p99_ms"), rounded(point.p99Ms, 4) },
                                        { QStringLiteral("max_ms"), rounded(point.maxMs, 4) } });
    return QJsonObject {
        { QStringLiteral("schema"), QStringLiteral("scalescope-results") },
        { QStringLiteral("schema_version"), kSchemaVersion },
        { QStringLiteral("tool"), QJsonObject { { QStringLiteral("name"), QStringLiteral("ScaleScope") },
                                                { QStringLiteral("version"), QStringLiteral(SCALESCOPE_VERSION) } } },
        { QStringLiteral("run"), runJson },
        { QStringLiteral("plan"), planToJson(run.plan) },
        { QStringLiteral("sizes"), sizes },
        { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("cells"), cells },
        { QStringLiteral("thresholds"), thresholdsToJson(run) },
        { QStringLiteral("findings"), findingsToJson(run) },
        { QStringLiteral("events"), events },
        { QStringLiteral("time_series"), timeSeries },
        { QStringLiteral("load"), run.load ? QJsonValue(loadResultToJson(*run.load)) : QJsonValue(QJsonValue::Null) },
    };
}

QByteArray toJsonBytes(const RunResult& run, bool includeSamples)
{
    return QJsonDocument(toJson(run, includeSamples)).toJson(QJsonDocument::Indented);
}

} // namespace scalescope::results
