// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later

// scalescope-history-bench: fills a temporary history with N runs × 30 cells (6 endpoints × 5 sizes,
// 100 raw samples each) and times what the GUI and the CLI do with it: open, list every run, load one
// run, and the per-cell cost of writing (whole runs, and one snapshot transaction per cell as a live run
// does). Run by hand; not part of CTest.

#include "plan/planparser.h"
#include "storage/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace scalescope;
using namespace scalescope::storage;

namespace {

constexpr int kEndpoints = 6;
constexpr int kSizes = 5;
constexpr int kSamplesPerCell = 100;

Plan benchPlan()
{
    Result<Plan> plan = loadPlanFile(QStringLiteral(":/plans/demo.json"));
    if (!plan)
        qFatal("the bundled demo plan does not load: %s", qPrintable(plan.error().message));
    Plan out = plan.value();
    out.dataset.sizes = { 10, 50, 100, 200, 500 };
    return out;
}

RunResult benchRun(const Plan& plan, int index)
{
    RunResult run;
    run.plan = plan;
    run.transport = QStringLiteral("lean-http1");
    run.status = RunStatus::Completed;
    run.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(index) * 3600);
    run.finishedAt = run.startedAt.addSecs(90);
    for (int si = 0; si < kSizes; ++si) {
        for (int ei = 0; ei < kEndpoints; ++ei) {
            CellAccumulator accumulator(kSamplesPerCell);
            for (int i = 0; i < kSamplesPerCell; ++i)
                accumulator.add(std::chrono::microseconds(400 + (i * 7919 + index) % 3000 + si * 200),
                    i == 42 ? FailureKind::HttpServerError : FailureKind::None, 2048, 120);
            CellResult cell;
            cell.sizeIndex = si;
            cell.size = plan.dataset.sizes.at(si);
            cell.records = cell.size;
            cell.endpointIndex = ei;
            cell.endpoint = plan.endpoints.at(ei).name;
            cell.method = plan.endpoints.at(ei).request.method;
            cell.path = plan.endpoints.at(ei).request.path;
            cell.stats = accumulator.statistics(0.8);
            cell.histogram = accumulator.histogram();
            cell.samplesNs = accumulator.rawSamples();
            cell.finishedMs = 1000 * (si * kEndpoints + ei);
            run.cells.append(cell);
        }
    }
    return run;
}

template <typename F>
double bestOfMs(int repeats, F&& work)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the run history (SQLite) on a synthetic database."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs to create (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const Plan plan = benchPlan();
    const int cellsPerRun = kEndpoints * kSizes;
    {
        Result<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        HistoryStore& store = *opened.value();
        QList<RunResult> templates;
        for (int i = 0; i < 8; ++i)
            templates.append(benchRun(plan, i));

        // Whole runs: one transaction per run (imports, saveRun()).
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i) {
            RunResult run = templates.at(i % templates.size());
            run.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3600);
            RunHeader header;
            header.name = QStringLiteral("run %1").arg(i);
            header.plan = plan;
            header.startedAt = run.startedAt;
            if (Result<qint64> id = store.saveRun(header, run); !id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
                return 1;
            }
        }
        const double saveMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("insert %d runs x %d cells (%d samples each), one transaction per run: %.0f ms, %.1f us per cell\n",
            runs, cellsPerRun, kSamplesPerCell, saveMs, saveMs * 1000.0 / (double(runs) * cellsPerRun));

        // Live recording: beginRun, then one committed transaction per cell (the worst case of a snapshot).
        const RunResult& live = templates.first();
        RunHeader header;
        header.name = QStringLiteral("live");
        header.plan = plan;
        timer.restart();
        const qint64 liveId = store.beginRun(header).value();
        for (const CellResult& cell : live.cells) {
            if (std::optional<Error> error = store.addCells(liveId, { cell })) {
                std::fprintf(stderr, "%s\n", qPrintable(error->message));
                return 1;
            }
        }
        if (std::optional<Error> error = store.finishRun(liveId, live)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message));
            return 1;
        }
        const double liveMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("record 1 run live, one commit per cell: %.1f ms, %.0f us per cell commit\n", liveMs,
            liveMs * 1000.0 / double(live.cells.size()));
    }
    std::printf("database: %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    std::unique_ptr<HistoryStore> store;
    const double openMs = bestOfMs(5, [&] {
        store.reset();
        Result<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        store = std::move(opened.value());
    });
    std::printf("open (validate + migrate check + recovery): %.1f ms\n", openMs);

    qsizetype listed = 0;
    const double listMs = bestOfMs(5, [&] {
        const Result<QList<RunSummary>> list = store->listRuns();
        if (!list)
            qFatal("%s", qPrintable(list.error().message));
        listed = list->size();
    });
    std::printf("list %lld runs: %.1f ms (goal < 200 ms)\n", static_cast<long long>(listed), listMs);

    const qint64 middle = store->listRuns()->at(listed / 2).id;
    const double loadMs = bestOfMs(5, [&] {
        const Result<StoredRun> run = store->loadRun(middle);
        if (!run || run->result.cells.size() != cellsPerRun)
            qFatal("loadRun failed");
    });
    std::printf("load 1 run (%d cells with histograms and samples): %.1f ms\n", cellsPerRun, loadMs);
    return listMs < 200.0 ? 0 : 1;
}
