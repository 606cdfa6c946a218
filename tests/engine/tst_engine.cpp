// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against the in-process demo target: seeding, measuring, cleanup, failures, cancel.
#include "demotargetthread.h"
#include "nettesting.h"
#include "engine/engine.h"
#include "plan/planparser.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace scalescope;

class TestEngine : public QObject {
    Q_OBJECT

private:
    static Plan demoPlan(const QUrl& baseUrl, QList<int> sizes, int iterations)
    {
        Result<Plan> plan = loadPlanFile(QStringLiteral(SCALESCOPE_SOURCE_DIR "/resources/plans/demo.json"));
        if (!plan)
            qFatal("demo plan does not load: %s", qPrintable(plan.error().message));
        Plan out = plan.value();
        out.target.baseUrl = baseUrl;
        out.dataset.sizes = std::move(sizes);
        out.measurement.iterations = iterations;
        out.measurement.warmup = 1;
        out.measurement.minDurationMs = 0; // exact request counts; the demo plan's own value is tested below
        return out;
    }

    static RunOptions demoOptions()
    {
        RunOptions options;
        options.password = QStringLiteral("admin_password");
        return options;
    }

    static RunResultPtr runToEnd(Engine& engine, const Plan& plan, const RunOptions& options, QList<RunSnapshotPtr>* snapshots = nullptr)
    {
        QSignalSpy finished(&engine, &Engine::runFinished);
        QList<RunSnapshotPtr> seen;
        QObject context;
        connect(&engine, &Engine::snapshotReady, &context, [&](const RunSnapshotPtr& snapshot) { seen.append(snapshot); });
        if (engine.start(plan, options) == 0)
            return nullptr;
        if (!finished.wait(120000))
            return nullptr;
        if (snapshots)
            *snapshots = seen;
        return finished.takeFirst().at(0).value<RunResultPtr>();
    }

    static void verifyTimeSeries(const RunResult& result, const QList<RunSnapshotPtr>& snapshots)
    {
        quint64 measured = 0;
        quint64 failed = 0;
        for (const CellResult& cell : result.cells) {
            measured += cell.stats.count;
            failed += cell.stats.failureCount();
        }
        quint64 inSeries = 0;
        quint64 failedInSeries = 0;
        qint64 previous = -1;
        for (const TimeSeriesPoint& point : result.timeSeries) {
            QVERIFY(point.second > previous);
            previous = point.second;
            QVERIFY(point.requests > 0);
            QVERIFY(point.p50Ms > 0.0 && point.p95Ms >= point.p50Ms && point.maxMs >= point.p99Ms * 0.99);
            inSeries += point.requests;
            failedInSeries += point.failures;
        }
        QCOMPARE(inSeries, measured);
        QCOMPARE(failedInSeries, failed);
        QList<TimeSeriesPoint> fromSnapshots;
        for (const RunSnapshotPtr& snapshot : snapshots)
            fromSnapshots.append(snapshot->newTimeSeries);
        QCOMPARE(fromSnapshots, result.timeSeries);
    }

private Q_SLOTS:
    void seedsIncrementallyMeasuresEveryCellAndCleansUp()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));

        Engine engine;
        const Plan plan = demoPlan(url.value(), { 3, 7, 12 }, 4);
        QList<RunSnapshotPtr> snapshots;
        const RunResultPtr result = runToEnd(engine, plan, demoOptions(), &snapshots);
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("completed"));
        QVERIFY(!result->error);
        QCOMPARE(result->recordsCreated, 12); // 3, then 4 more, then 5 more: never re-created
        QCOMPARE(result->recordsDeleted, 12);
        QVERIFY(result->undeletedIds.isEmpty());
        QCOMPARE(result->countBefore, 0);
        QCOMPARE(result->countAfter, 0);
        QCOMPARE(target.recordCount(), 0);
        QCOMPARE(result->transport, QStringLiteral("lean-http1"));

        QCOMPARE(result->cells.size(), 3 * plan.endpoints.size());
        for (const CellResult& cell : result->cells) {
            QCOMPARE(cell.stats.count, quint64(4));
            QVERIFY2(cell.stats.successes == 4, qPrintable(cell.endpoint + QStringLiteral(" at ") + QString::number(cell.size)));
            QCOMPARE(cell.records, qint64(cell.size));
            QCOMPARE(cell.samplesNs.size(), 4);
            QVERIFY(cell.stats.p50Ms > 0.0);
            QVERIFY(cell.stats.maxMs >= cell.stats.p50Ms);
        }

        // Snapshots carry every cell exactly once and arrive at most ~10 per second.
        int cellsInSnapshots = 0;
        for (const RunSnapshotPtr& snapshot : snapshots)
            cellsInSnapshots += int(snapshot->newCells.size());
        QCOMPARE(cellsInSnapshots, int(result->cells.size()));
        QVERIFY(!snapshots.isEmpty());
        const qint64 elapsed = snapshots.last()->elapsedMs;
        QVERIFY2(snapshots.size() <= elapsed / 100 + 2, qPrintable(QStringLiteral("%1 snapshots in %2 ms").arg(snapshots.size()).arg(elapsed)));
        QCOMPARE(snapshots.last()->phase, RunPhase::Finished);
        QCOMPARE(snapshots.last()->progress, 1.0);

        // The per-second series counts every measured request once (warm-up excluded), in order, and
        // the snapshots deliver exactly the series the result holds.
        verifyTimeSeries(*result, snapshots);
    }

    void neverDeletesRecordsItDidNotCreate()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());

        // Someone else's two records exist before the run.
        Engine engine;
        Plan setup = demoPlan(url.value(), { 2 }, 1);
        RunOptions keep = demoOptions();
        keep.cleanup = false;
        const RunResultPtr first = runToEnd(engine, setup, keep);
        QVERIFY(first);
        QCOMPARE(first->recordsCreated, 2);
        QCOMPARE(first->undeletedIds.size(), 2);
        QCOMPARE(target.recordCount(), 2);

        // With a count request, the dataset size counts them: size 5 seeds 3 more, cleanup removes only those.
        const RunResultPtr second = runToEnd(engine, demoPlan(url.value(), { 5 }, 1), demoOptions());
        QVERIFY(second);
        QCOMPARE(runStatusName(second->status), QStringLiteral("completed"));
        QCOMPARE(second->countBefore, 2);
        QCOMPARE(second->recordsCreated, 3);
        QCOMPARE(second->recordsDeleted, 3);
        QCOMPARE(target.recordCount(), 2);
    }

    void wrongPasswordStopsBeforeSeeding()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Engine engine;
        RunOptions options = demoOptions();
        options.password = QStringLiteral("wrong");
        const RunResultPtr result = runToEnd(engine, demoPlan(url.value(), { 5, 10 }, 2), options);
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("failed"));
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ErrorKind::Auth);
        QVERIFY2(result->error->message.contains(QStringLiteral("/api/auth/login/")), qPrintable(result->error->message));
        QVERIFY2(result->error->message.contains(QStringLiteral("401")), qPrintable(result->error->message));
        QVERIFY2(result->error->message.contains(QStringLiteral("Invalid credentials")), qPrintable(result->error->message));
        QVERIFY(!result->error->message.contains(QStringLiteral("wrong"))); // the password is never echoed
        QCOMPARE(result->recordsCreated, 0);
        QVERIFY(result->cells.isEmpty());
        QCOMPARE(target.recordCount(), 0);
    }

    void deadPortFailsFast()
    {
        const quint16 port = test::closedPort(); // nothing listens there
        QVERIFY(port != 0);
        Engine engine;
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        const RunResultPtr result = runToEnd(engine, demoPlan(url, { 5 }, 2), demoOptions());
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("failed"));
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ErrorKind::Network);
        QVERIFY2(result->error->message.contains(QString::number(port)), qPrintable(result->error->message));
        QVERIFY(result->cells.isEmpty());
    }

    void missingPasswordIsAUsageError()
    {
        Engine engine;
        RunOptions options; // no password, and the demo plan references none
        const RunResultPtr result = runToEnd(engine, demoPlan(QUrl(QStringLiteral("http://127.0.0.1:9")), { 5 }, 1), options);
        QVERIFY(result);
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ErrorKind::Usage);
        QVERIFY2(result->error->message.contains(QStringLiteral("auth.password")), qPrintable(result->error->message));
    }

    void cancelMidRunCleansUp()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Engine engine;
        QSignalSpy finished(&engine, &Engine::runFinished);
        bool cancelled = false;
        connect(&engine, &Engine::snapshotReady, this, [&](const RunSnapshotPtr& snapshot) {
            if (!cancelled && snapshot->cellsDone >= 2) {
                cancelled = true;
                engine.cancel();
            }
        });
        QVERIFY(engine.start(demoPlan(url.value(), { 20, 100, 300 }, 30), demoOptions()) != 0);
        QVERIFY(finished.wait(120000));
        const auto result = finished.takeFirst().at(0).value<RunResultPtr>();
        QVERIFY(cancelled);
        QCOMPARE(runStatusName(result->status), QStringLiteral("cancelled"));
        QVERIFY(result->cells.size() >= 2);
        QVERIFY(result->cells.size() < 3 * 6);
        QCOMPARE(result->recordsDeleted, result->recordsCreated);
        QCOMPARE(target.recordCount(), 0);
    }

    // Regression: aborting in-flight seed requests left records the server had committed but whose ids
    // the run never learned. Seed requests in flight now finish; only new ones stop.
    void cancelWhileSeedingLeavesNoRecord()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Plan plan = demoPlan(url.value(), { 2000 }, 1);
        plan.measurement.maxWorkers = 8;
        Engine engine;
        QSignalSpy finished(&engine, &Engine::runFinished);
        bool cancelled = false;
        connect(&engine, &Engine::snapshotReady, this, [&](const RunSnapshotPtr& snapshot) {
            if (!cancelled && snapshot->phase == RunPhase::Seeding && snapshot->recordsCreated == 0) {
                cancelled = true;
                engine.cancel();
            }
        });
        QVERIFY(engine.start(plan, demoOptions()) != 0);
        QVERIFY(finished.wait(120000));
        const auto result = finished.takeFirst().at(0).value<RunResultPtr>();
        QVERIFY(cancelled);
        QCOMPARE(runStatusName(result->status), QStringLiteral("cancelled"));
        QVERIFY(result->recordsCreated < 2000);
        QCOMPARE(result->recordsDeleted, result->recordsCreated);
        QCOMPARE(target.recordCount(), 0);
    }

    void parameterSweepSeedsNothing()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Result<Plan> loaded = loadPlanFile(QStringLiteral(SCALESCOPE_SOURCE_DIR "/resources/plans/demo-sweep.json"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        Plan plan = loaded.value();
        plan.target.baseUrl = url.value();
        plan.dataset.sizes = { 1, 10, 100 };
        plan.measurement.iterations = 3;
        Engine engine;
        const RunResultPtr result = runToEnd(engine, plan, demoOptions());
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("completed"));
        QCOMPARE(result->recordsCreated, 0);
        QCOMPARE(target.recordCount(), 0);
        QCOMPARE(result->cells.size(), 3 * plan.endpoints.size());
        for (const CellResult& cell : result->cells) {
            QCOMPARE(cell.stats.successes, quint64(3));
            QCOMPARE(cell.records, qint64(-1));
        }
        // The request body grows with the size: bytes sent per request rise with it.
        QVERIFY(result->cells.last().stats.bytesSent > result->cells.first().stats.bytesSent * 10);
    }

    void interleavedOrderTakesTurnsInBlocks()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Plan plan = demoPlan(url.value(), { 5 }, 7);
        plan.endpoints = { plan.endpoints.at(0), plan.endpoints.at(3) }; // List, Count
        plan.measurement.order = MeasurementConfig::Order::Interleaved;
        plan.measurement.block = 3;
        QStringList order;
        RunOptions options = demoOptions();
        options.debugLog = [&order](const QString& line) {
            if (line.startsWith(QLatin1String("GET ")))
                order.append(line.contains(QLatin1String("/count/")) ? QStringLiteral("C") : QStringLiteral("L"));
        };
        Engine engine;
        QList<RunSnapshotPtr> snapshots;
        const RunResultPtr result = runToEnd(engine, plan, options, &snapshots);
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("completed"));
        // Warm-up (one of each, C also from the count requests before and after), then turns of 3.
        const QString joined = order.join(QString());
        QVERIFY2(joined.contains(QLatin1String("LCLLLCCCLLLCCCLC")), qPrintable(joined));
        QCOMPARE(result->cells.size(), 2);
        for (const CellResult& cell : result->cells)
            QCOMPARE(cell.stats.successes, quint64(7)); // exactly the iterations: the last turn is shorter
        verifyTimeSeries(*result, snapshots);
    }

    void minimumDurationSpreadsTheSamples_data()
    {
        QTest::addColumn<bool>("interleaved");
        QTest::addRow("grouped") << false;
        QTest::addRow("interleaved") << true;
    }

    void minimumDurationSpreadsTheSamples()
    {
        QFETCH(bool, interleaved);
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Plan plan = demoPlan(url.value(), { 5 }, 5);
        plan.endpoints = { plan.endpoints.at(2), plan.endpoints.at(3) }; // Get, Count: well under a millisecond
        plan.measurement.order = interleaved ? MeasurementConfig::Order::Interleaved : MeasurementConfig::Order::Grouped;
        plan.measurement.minDurationMs = 300;
        Engine engine;
        QList<RunSnapshotPtr> snapshots;
        QElapsedTimer wall;
        wall.start();
        const RunResultPtr result = runToEnd(engine, plan, demoOptions(), &snapshots);
        QVERIFY(result);
        QCOMPARE(runStatusName(result->status), QStringLiteral("completed"));
        QCOMPARE(result->cells.size(), 2);
        // Interleaved cells share their 300 ms; a cell also stops at the sample cap (a fast machine gets there first).
        int spanned = 0;
        for (const CellResult& cell : result->cells)
            spanned += cell.stats.count < quint64(MeasurementConfig::kMaxSamplesPerCell) ? 1 : 0;
        if (interleaved)
            spanned = std::min(spanned, 1);
        QVERIFY2(wall.elapsed() >= 300 * spanned, qPrintable(QString::number(wall.elapsed())));
        for (const CellResult& cell : result->cells) {
            QVERIFY2(cell.stats.count > 5, qPrintable(QString::number(cell.stats.count)));
            QVERIFY(cell.stats.count <= quint64(MeasurementConfig::kMaxSamplesPerCell));
            QCOMPARE(cell.stats.successes, cell.stats.count);
            QCOMPARE(cell.samplesNs.size(), qsizetype(cell.stats.count));
        }
        if (interleaved)
            QCOMPARE(result->cells.at(0).stats.count, result->cells.at(1).stats.count);
        QCOMPARE(snapshots.last()->progress, 1.0);
        verifyTimeSeries(*result, snapshots);
    }

    void concurrentMeasurementCountsEveryRequest()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        Plan plan = demoPlan(url.value(), { 10 }, 25);
        plan.measurement.concurrent = true;
        plan.measurement.maxWorkers = 5;
        Engine engine;
        QList<RunSnapshotPtr> snapshots;
        const RunResultPtr result = runToEnd(engine, plan, demoOptions(), &snapshots);
        QVERIFY(result);
        verifyTimeSeries(*result, snapshots);
        QCOMPARE(runStatusName(result->status), QStringLiteral("completed"));
        for (const CellResult& cell : result->cells)
            QCOMPARE(cell.stats.successes, quint64(25));
        QCOMPARE(target.recordCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
