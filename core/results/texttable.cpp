// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope::results {

namespace {

/// The translation context of the tables' labels: lupdate reads it from the macro, so the context it extracts is
/// the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::results)
};

} // namespace

QString formatMs(double ms)
{
    if (ms >= 1000.0)
        return QString::number(ms, 'f', 0);
    if (ms >= 100.0)
        return QString::number(ms, 'f', 1);
    if (ms >= 10.0)
        return QString::number(ms, 'f', 2);
    return QString::number(ms, 'f', 3);
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& cell : header)
        widths.append(cell.size());
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            if (c > 0)
                out += QStringLiteral("  ");
            out += c == 0 ? cell.leftJustified(widths[c]) : cell.rightJustified(widths[c]);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    QString rule;
    for (qsizetype c = 0; c < widths.size(); ++c)
        rule += (c > 0 ? QStringLiteral("  ") : QString()) + QString(widths[c], QLatin1Char('-'));
    out += rule + QLatin1Char('\n');
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

QString formatSizeTables(const RunResult& run)
{
    const QStringList header { Text::tr("Endpoint"), Text::tr("n"),      Text::tr("success"), Text::tr("mean ms"),
                               Text::tr("p50 ms"),   Text::tr("p95 ms"), Text::tr("p99 ms"),  Text::tr("max ms") };
    QString out;
    const auto& sizes = run.plan.dataset.sizes;
    for (int si = 0; si < sizes.size(); ++si) {
        QList<QStringList> rows;
        qint64 records = -1;
        for (const CellResult& cell : run.cells) {
            if (cell.sizeIndex != si)
                continue;
            records = cell.records;
            const CellStatistics& s = cell.stats;
            rows.append({ cell.endpoint, QString::number(s.count),
                          QString::number(s.successRate() * 100.0, 'f', 1) + QLatin1Char('%'), formatMs(s.meanMs),
                          formatMs(s.p50Ms), formatMs(s.p95Ms), formatMs(s.p99Ms), formatMs(s.maxMs) });
        }
        if (rows.isEmpty())
            continue;
        if (run.plan.dataset.mode == DatasetMode::Sweep)
            out += Text::tr("Size %1 (parameter sweep)").arg(sizes.at(si));
        else
            out += Text::tr("Size %1 (%2 records)").arg(sizes.at(si)).arg(records);
        out += QLatin1Char('\n') + formatTable(header, rows) + QLatin1Char('\n');
    }
    return out;
}

} // namespace scalescope::results
