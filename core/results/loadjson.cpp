// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/loadjson.h"

#include <QJsonArray>

#include <cmath>

namespace scalescope::results {

namespace {

double rounded(double value, int decimals = 4)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue optionalIndex(const std::optional<int>& index)
{
    return index ? QJsonValue(*index) : QJsonValue(QJsonValue::Null);
}

std::optional<int> indexFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QJsonObject failuresToJson(const std::array<quint64, kFailureKindCount>& failures)
{
    QJsonObject object;
    for (std::size_t k = 1; k < kFailureKindCount; ++k) {
        if (failures[k] > 0)
            object.insert(failureKindName(FailureKind(k)), qint64(failures[k]));
    }
    return object;
}

std::array<quint64, kFailureKindCount> failuresFromJson(const QJsonObject& object)
{
    std::array<quint64, kFailureKindCount> failures {};
    for (std::size_t k = 1; k < kFailureKindCount; ++k)
        failures[k] = quint64(object.value(failureKindName(FailureKind(k))).toInteger());
    return failures;
}

// The per-second series as columns (one array per field): a day of seconds stays a few MB.
const char* const kSeriesColumns[] = { "second", "level", "stage", "requests", "failures", "dropped", "late",
                                       "p50_ms", "p95_ms", "p99_ms", "max_ms", "raw_p50_ms", "raw_p95_ms",
                                       "raw_p99_ms", "raw_max_ms", "bytes_received", "generator_cpu_percent",
                                       "generator_rss_mb" };

QList<double> seriesRow(const LoadPoint& p)
{
    return { double(p.second), p.level, double(p.stage), double(p.requests), double(p.failures), double(p.dropped),
             double(p.late), p.p50Ms, p.p95Ms, p.p99Ms, p.maxMs, p.rawP50Ms, p.rawP95Ms, p.rawP99Ms, p.rawMaxMs,
             double(p.bytesReceived), p.generatorCpuPercent, p.generatorRssMb };
}

LoadPoint seriesPoint(const QList<double>& v)
{
    LoadPoint p;
    p.second = qint64(v.value(0));
    p.level = v.value(1);
    p.stage = int(v.value(2, -1));
    p.requests = quint64(v.value(3));
    p.failures = quint64(v.value(4));
    p.dropped = quint64(v.value(5));
    p.late = quint64(v.value(6));
    p.p50Ms = v.value(7);
    p.p95Ms = v.value(8);
    p.p99Ms = v.value(9);
    p.maxMs = v.value(10);
    p.rawP50Ms = v.value(11);
    p.rawP95Ms = v.value(12);
    p.rawP99Ms = v.value(13);
    p.rawMaxMs = v.value(14);
    p.bytesReceived = qint64(v.value(15));
    p.generatorCpuPercent = v.value(16, -1);
    p.generatorRssMb = v.value(17, -1);
    return p;
}

} // namespace

QJsonObject loadResultToJson(const LoadResult& load)
{
    QJsonArray stages;
    for (const LoadStage& s : load.stages) {
        stages.append(QJsonObject {
            { QStringLiteral("index"), s.index },
            { QStringLiteral("role"), loadStageRoleName(s.role) },
            { QStringLiteral("level"), rounded(s.level) },
            { QStringLiteral("start_ms"), s.startMs },
            { QStringLiteral("end_ms"), s.endMs },
            { QStringLiteral("requests"), qint64(s.requests) },
            { QStringLiteral("failures"), qint64(s.failures) },
            { QStringLiteral("failures_by_kind"), failuresToJson(s.failuresByKind) },
            { QStringLiteral("dropped"), qint64(s.dropped) },
            { QStringLiteral("late"), qint64(s.late) },
            { QStringLiteral("throughput"), rounded(s.throughput, 3) },
            { QStringLiteral("mean_ms"), rounded(s.meanMs) },
            { QStringLiteral("p50_ms"), rounded(s.p50Ms) },
            { QStringLiteral("p95_ms"), rounded(s.p95Ms) },
            { QStringLiteral("p99_ms"), rounded(s.p99Ms) },
            { QStringLiteral("max_ms"), rounded(s.maxMs) },
            { QStringLiteral("raw_p50_ms"), rounded(s.rawP50Ms) },
            { QStringLiteral("raw_p95_ms"), rounded(s.rawP95Ms) },
            { QStringLiteral("raw_p99_ms"), rounded(s.rawP99Ms) },
            { QStringLiteral("raw_max_ms"), rounded(s.rawMaxMs) },
        });
    }
    QJsonObject series;
    for (std::size_t c = 0; c < std::size(kSeriesColumns); ++c) {
        QJsonArray column;
        for (const LoadPoint& point : load.series)
            column.append(rounded(seriesRow(point).at(qsizetype(c))));
        series.insert(QLatin1StringView(kSeriesColumns[c]), column);
    }
    QJsonArray memory;
    for (const MemorySample& sample : load.targetMemory)
        memory.append(QJsonArray { sample.elapsedMs, rounded(sample.rssMb, 3) });
    return QJsonObject {
        { QStringLiteral("kind"), loadKindName(load.config.kind) },
        { QStringLiteral("model"), loadModelName(load.config.model) },
        { QStringLiteral("stages"), stages },
        { QStringLiteral("series"), series },
        { QStringLiteral("target_memory"),
          QJsonObject { { QStringLiteral("source"), load.targetMemorySource },
                        { QStringLiteral("error"), load.targetMemoryError },
                        { QStringLiteral("samples"), memory } } },
        { QStringLiteral("stress"),
          QJsonObject { { QStringLiteral("reason"), stressReasonName(load.stress.reason) },
                        { QStringLiteral("breaking_stage"), optionalIndex(load.stress.breakingStage) },
                        { QStringLiteral("last_good_stage"), optionalIndex(load.stress.lastGoodStage) },
                        { QStringLiteral("recovery_stage"), optionalIndex(load.stress.recoveryStage) },
                        { QStringLiteral("detail"), load.stress.detail } } },
        { QStringLiteral("total_requests"), qint64(load.totalRequests) },
        { QStringLiteral("total_failures"), qint64(load.totalFailures) },
        { QStringLiteral("total_dropped"), qint64(load.totalDropped) },
        { QStringLiteral("total_late"), qint64(load.totalLate) },
        { QStringLiteral("saturated_seconds"), load.saturatedSeconds },
        { QStringLiteral("connections"), load.connections },
        { QStringLiteral("threads"), load.threads },
    };
}

std::optional<LoadResult> loadResultFromJson(const QJsonObject& json, const LoadConfig& config)
{
    if (!json.value(QStringLiteral("stages")).isArray())
        return std::nullopt;
    LoadResult load;
    load.config = config;
    for (const QJsonValue& value : json.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject o = value.toObject();
        LoadStage s;
        s.index = o.value(QStringLiteral("index")).toInt();
        s.role = loadStageRoleFromName(o.value(QStringLiteral("role")).toString()).value_or(LoadStage::Role::Hold);
        s.level = o.value(QStringLiteral("level")).toDouble();
        s.startMs = o.value(QStringLiteral("start_ms")).toInteger();
        s.endMs = o.value(QStringLiteral("end_ms")).toInteger();
        s.requests = quint64(o.value(QStringLiteral("requests")).toInteger());
        s.failures = quint64(o.value(QStringLiteral("failures")).toInteger());
        s.failuresByKind = failuresFromJson(o.value(QStringLiteral("failures_by_kind")).toObject());
        s.dropped = quint64(o.value(QStringLiteral("dropped")).toInteger());
        s.late = quint64(o.value(QStringLiteral("late")).toInteger());
        s.throughput = o.value(QStringLiteral("throughput")).toDouble();
        s.meanMs = o.value(QStringLiteral("mean_ms")).toDouble();
        s.p50Ms = o.value(QStringLiteral("p50_ms")).toDouble();
        s.p95Ms = o.value(QStringLiteral("p95_ms")).toDouble();
        s.p99Ms = o.value(QStringLiteral("p99_ms")).toDouble();
        s.maxMs = o.value(QStringLiteral("max_ms")).toDouble();
        s.rawP50Ms = o.value(QStringLiteral("raw_p50_ms")).toDouble();
        s.rawP95Ms = o.value(QStringLiteral("raw_p95_ms")).toDouble();
        s.rawP99Ms = o.value(QStringLiteral("raw_p99_ms")).toDouble();
        s.rawMaxMs = o.value(QStringLiteral("raw_max_ms")).toDouble();
        load.stages.append(s);
    }
    const QJsonObject series = json.value(QStringLiteral("series")).toObject();
    QList<QJsonArray> columns;
    for (const char* name : kSeriesColumns)
        columns.append(series.value(QLatin1StringView(name)).toArray());
    for (qsizetype row = 0; row < columns.first().size(); ++row) {
        QList<double> values;
        for (const QJsonArray& column : columns)
            values.append(row < column.size() ? column.at(row).toDouble() : 0.0);
        load.series.append(seriesPoint(values));
    }
    const QJsonObject memory = json.value(QStringLiteral("target_memory")).toObject();
    load.targetMemorySource = memory.value(QStringLiteral("source")).toString();
    load.targetMemoryError = memory.value(QStringLiteral("error")).toString();
    for (const QJsonValue& value : memory.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray pair = value.toArray();
        load.targetMemory.append(MemorySample { pair.at(0).toInteger(), pair.at(1).toDouble() });
    }
    const QJsonObject stress = json.value(QStringLiteral("stress")).toObject();
    load.stress.reason = stressReasonFromName(stress.value(QStringLiteral("reason")).toString())
                             .value_or(StressOutcome::Reason::None);
    load.stress.breakingStage = indexFrom(stress.value(QStringLiteral("breaking_stage")));
    load.stress.lastGoodStage = indexFrom(stress.value(QStringLiteral("last_good_stage")));
    load.stress.recoveryStage = indexFrom(stress.value(QStringLiteral("recovery_stage")));
    load.stress.detail = stress.value(QStringLiteral("detail")).toString();
    load.totalRequests = quint64(json.value(QStringLiteral("total_requests")).toInteger());
    load.totalFailures = quint64(json.value(QStringLiteral("total_failures")).toInteger());
    load.totalDropped = quint64(json.value(QStringLiteral("total_dropped")).toInteger());
    load.totalLate = quint64(json.value(QStringLiteral("total_late")).toInteger());
    load.saturatedSeconds = json.value(QStringLiteral("saturated_seconds")).toInt();
    load.connections = json.value(QStringLiteral("connections")).toInt();
    load.threads = json.value(QStringLiteral("threads")).toInt();
    return load;
}

} // namespace scalescope::results
