// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// toCsv(): RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
#include "report/reportformat.h"
#include "report/reports.h"

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

} // namespace

QByteArray toCsv(const RunResult& run, bool perSample)
{
    // Column names are stable identifiers (as in the JSON results), not translated: scripts read them.
    QString out;
    const QStringList key { QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("path"),
        QStringLiteral("size"), QStringLiteral("records") };
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
        const QStringList cellKey { cell.endpoint, cell.method, detail::redactedPath(cell.path),
            QString::number(cell.size), cell.records >= 0 ? QString::number(cell.records) : QString() };
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
