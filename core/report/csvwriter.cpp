// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// toCsv(): RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
#include "report/reportformat.h"
#include "report/reports.h"

#include "results/texttable.h"

#include <cmath>

namespace scalescope::report {

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// A number for machines: C locale, up to @p decimals decimals, no trailing zeros.
QString number(double value, int decimals = 4)
{
    return detail::svgNumber(value, decimals);
}

void appendRow(QString& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields.at(i));
    }
    out += QStringLiteral("\r\n");
}

/// A load test's per-second series: one row per LoadPoint, with its stage.
QByteArray loadSeriesCsv(const LoadResult& load)
{
    QString out;
    appendRow(out,
        { QStringLiteral("second"), QStringLiteral("stage"), QStringLiteral("stage_role"), QStringLiteral("level"),
            QStringLiteral("requests"), QStringLiteral("failures"), QStringLiteral("dropped"), QStringLiteral("late"),
            QStringLiteral("p50_ms"), QStringLiteral("p95_ms"), QStringLiteral("p99_ms"), QStringLiteral("max_ms"),
            QStringLiteral("raw_p50_ms"), QStringLiteral("raw_p95_ms"), QStringLiteral("raw_p99_ms"),
            QStringLiteral("raw_max_ms"), QStringLiteral("bytes_received"), QStringLiteral("generator_cpu_percent"),
            QStringLiteral("generator_rss_mb") });
    for (const LoadPoint& p : load.series) {
        const LoadStage* stage = detail::findStage(load, p.stage);
        const auto measured = [](double value) { return value >= 0 ? number(value, 2) : QString(); };
        appendRow(out,
            { QString::number(p.second), stage ? results::loadStageName(*stage, load) : QString(),
                stage ? loadStageRoleName(stage->role) : QString(), number(p.level, 3), QString::number(p.requests),
                QString::number(p.failures), QString::number(p.dropped), QString::number(p.late), number(p.p50Ms),
                number(p.p95Ms), number(p.p99Ms), number(p.maxMs), number(p.rawP50Ms), number(p.rawP95Ms),
                number(p.rawP99Ms), number(p.rawMaxMs), QString::number(p.bytesReceived),
                measured(p.generatorCpuPercent), measured(p.generatorRssMb) });
    }
    return out.toUtf8();
}

} // namespace

QByteArray toCsv(const RunResult& run, bool perSample)
{
    if (run.load && perSample)
        return loadSeriesCsv(*run.load);
    // Column names are stable identifiers (as in the JSON results), not translated: scripts read them. A load test's
    // cells are (stage, endpoint): its rows also name the stage (size is the stage's level, rounded).
    QString out;
    QStringList key { QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("path"),
        QStringLiteral("size"), QStringLiteral("records") };
    if (run.load)
        key = QStringList { QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("path"),
            QStringLiteral("stage"), QStringLiteral("stage_role"), QStringLiteral("size"), QStringLiteral("records") };
    if (perSample) {
        appendRow(out, key + QStringList { QStringLiteral("sample"), QStringLiteral("latency_ms") });
    } else {
        QStringList header = key;
        header << QStringLiteral("count") << QStringLiteral("successes") << QStringLiteral("failures");
        for (std::size_t k = 1; k < kFailureKindCount; ++k)
            header << QStringLiteral("failures_") + failureKindName(FailureKind(k));
        header << QStringLiteral("success_rate") << QStringLiteral("min_ms") << QStringLiteral("mean_ms")
               << QStringLiteral("stddev_ms") << QStringLiteral("p50_ms") << QStringLiteral("p90_ms")
               << QStringLiteral("p95_ms") << QStringLiteral("p99_ms") << QStringLiteral("max_ms")
               << QStringLiteral("throughput_rps") << QStringLiteral("wall_s") << QStringLiteral("bytes_received")
               << QStringLiteral("bytes_sent");
        appendRow(out, header);
    }
    for (const CellResult& cell : run.cells) {
        QStringList cellKey { cell.endpoint, cell.method, detail::redactedPath(cell.path), QString::number(cell.size),
            cell.records >= 0 ? QString::number(cell.records) : QString() };
        if (run.load) {
            const LoadStage* stage = detail::findStage(*run.load, cell.sizeIndex);
            cellKey.insert(3, stage ? results::loadStageName(*stage, *run.load) : QString());
            cellKey.insert(4, stage ? loadStageRoleName(stage->role) : QString());
        }
        if (perSample) {
            for (qsizetype i = 0; i < cell.samplesNs.size(); ++i)
                appendRow(out,
                    cellKey + QStringList { QString::number(i + 1), number(double(cell.samplesNs.at(i)) / 1e6, 6) });
            continue;
        }
        const CellStatistics& s = cell.stats;
        QStringList row = cellKey;
        row << QString::number(s.count) << QString::number(s.successes) << QString::number(s.failureCount());
        for (std::size_t k = 1; k < kFailureKindCount; ++k)
            row << QString::number(s.failures[k]);
        row << number(s.successRate(), 6) << number(s.minMs) << number(s.meanMs) << number(s.stddevMs)
            << number(s.p50Ms) << number(s.p90Ms) << number(s.p95Ms) << number(s.p99Ms) << number(s.maxMs)
            << number(s.throughput, 2) << number(s.wallSeconds, 6) << QString::number(s.bytesReceived)
            << QString::number(s.bytesSent);
        appendRow(out, row);
    }
    return out.toUtf8();
}

} // namespace scalescope::report
