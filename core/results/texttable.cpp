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

QString loadStageName(const LoadStage& stage, const LoadResult& load)
{
    const auto position = [&] {
        int n = 0;
        for (const LoadStage& other : load.stages) {
            if (other.role == stage.role)
                ++n;
            if (other.index == stage.index)
                break;
        }
        return n;
    };
    switch (stage.role) {
    case LoadStage::Role::Step: return Text::tr("Step %1").arg(position());
    case LoadStage::Role::Recovery: return Text::tr("Recovery");
    case LoadStage::Role::Interval: return Text::tr("Interval %1").arg(position());
    case LoadStage::Role::Hold:
        return load.config.kind == LoadConfig::Kind::ConcurrencySweep ? Text::tr("Level %1").arg(position())
                                                                      : Text::tr("Hold");
    }
    return {};
}

QString formatLoadTables(const RunResult& run)
{
    if (!run.load)
        return {};
    const LoadResult& load = *run.load;
    const QString unit = loadLevelUnit(load.config.model);
    QString out;
    const QStringList cellHeader { Text::tr("Endpoint"), Text::tr("n"), Text::tr("req/s"), Text::tr("success"),
                                   Text::tr("p50 ms"), Text::tr("p95 ms"), Text::tr("p99 ms"), Text::tr("max ms") };
    for (const LoadStage& stage : load.stages) {
        QList<QStringList> rows;
        for (const CellResult& cell : run.cells) {
            if (cell.sizeIndex != stage.index)
                continue;
            const CellStatistics& s = cell.stats;
            rows.append({ cell.endpoint, QString::number(s.count), QString::number(s.throughput, 'f', 0),
                          QString::number(s.successRate() * 100.0, 'f', 1) + QLatin1Char('%'), formatMs(s.p50Ms),
                          formatMs(s.p95Ms), formatMs(s.p99Ms), formatMs(s.maxMs) });
        }
        if (rows.isEmpty())
            continue;
        //: %1 = stage name, %2 = level, %3 = unit (users, requests/s), %4 = seconds
        out += Text::tr("%1: %2 %3 for %4 s").arg(loadStageName(stage, load), QString::number(stage.level, 'g', 6), unit)
                   .arg((stage.endMs - stage.startMs) / 1000);
        out += QLatin1Char('\n') + formatTable(cellHeader, rows) + QLatin1Char('\n');
    }

    const bool open = load.config.model == LoadConfig::Model::Open;
    QStringList header { Text::tr("Stage"), unit, Text::tr("req/s"), Text::tr("errors"), Text::tr("p50 ms"),
                         Text::tr("p95 ms"), Text::tr("p99 ms"), Text::tr("max ms") };
    if (open)
        header += { Text::tr("raw p99 ms"), Text::tr("raw max ms"), Text::tr("dropped"), Text::tr("late") };
    QList<QStringList> rows;
    for (const LoadStage& stage : load.stages) {
        QStringList row { loadStageName(stage, load), QString::number(stage.level, 'g', 6),
                          QString::number(stage.throughput, 'f', 0),
                          QString::number(stage.errorRatePercent(), 'f', 2) + QLatin1Char('%'), formatMs(stage.p50Ms),
                          formatMs(stage.p95Ms), formatMs(stage.p99Ms), formatMs(stage.maxMs) };
        if (open)
            row += { formatMs(stage.rawP99Ms), formatMs(stage.rawMaxMs), QString::number(stage.dropped),
                     QString::number(stage.late) };
        rows.append(row);
    }
    if (!rows.isEmpty()) {
        out += Text::tr("%1, %2 (latencies from %3):")
                   .arg(loadKindLabel(load.config.kind), loadModelLabel(load.config.model),
                        open ? Text::tr("intended send times; raw = from actual send") : Text::tr("send"));
        out += QLatin1Char('\n') + formatTable(header, rows) + QLatin1Char('\n');
    }
    if (load.config.kind == LoadConfig::Kind::Stress && !load.stress.detail.isEmpty()) {
        if (load.stress.breakingStage)
            out += Text::tr("Breaking point: %1").arg(load.stress.detail) + QLatin1Char('\n');
        else
            out += Text::tr("No breaking point: %1").arg(load.stress.detail) + QLatin1Char('\n');
    }
    out += Text::tr("%1 requests, %2 failed, %3 dropped, %4 late; %5 worker thread(s), %6 connection(s)")
               .arg(load.totalRequests)
               .arg(load.totalFailures)
               .arg(load.totalDropped)
               .arg(load.totalLate)
               .arg(load.threads)
               .arg(load.connections)
        + QLatin1Char('\n');
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
