// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The load engine end to end against loopback servers: closed and open models, weights, stages of every kind,
// stop conditions, a stall that the open model shows and the closed model hides, faults, cancellation.

#include "load/loadrunner.h"
#include "loopbackhttpserver.h"
#include "nettesting.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace scalescope;
using scalescope::test::LoopbackHttpServer;
using scalescope::test::LoopbackReply;
using scalescope::test::LoopbackRequest;
using Clock = std::chrono::steady_clock;

namespace {

struct Outcome {
    LoadResult load;
    QList<CellResult> cells;
    QList<RunEvent> events;
    qint64 wallMs = 0;
};

LoadRunner::Setup setupFor(const QUrl& base, const LoadConfig& config, const QList<QPair<QString, int>>& endpoints)
{
    LoadRunner::Setup setup;
    setup.config = config;
    for (const auto& [path, weight] : endpoints) {
        HttpRequest request;
        request.url = base.resolved(QUrl(path));
        setup.variants.append(weight > 0 ? QList<HttpRequest> { request } : QList<HttpRequest> {});
        setup.expected.append(QList<int> {});
        setup.weights.append(weight);
        setup.names.append(path);
        setup.methods.append(QStringLiteral("GET"));
        setup.paths.append(path);
    }
    setup.options.timeoutMs = 2000;
    setup.origin = Clock::now();
    return setup;
}

/// Runs the load on a thread of its own while this thread serves the loopback server.
Outcome runLoad(LoadRunner::Setup setup, int timeoutMs = 60000, const std::function<bool(qint64)>& cancelAt = {})
{
    Outcome out;
    LoadRunner runner(std::move(setup));
    std::atomic<bool> done { false };
    QElapsedTimer clock;
    clock.start();
    std::thread thread([&] {
        LoadRunner::Callbacks callbacks;
        callbacks.cancelled = [&] { return cancelAt && cancelAt(clock.elapsed()); };
        callbacks.event = [&](RunEvent::Level level, const QString& message) {
            out.events.append(RunEvent { clock.elapsed(), level, message });
        };
        callbacks.tick = [&] {
            out.cells.append(runner.takeNewCells());
            (void)runner.takeNewPoints();
            (void)runner.takeNewTimeSeries();
        };
        runner.run(callbacks);
        done = true;
    });
    while (!done && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    while (!done) // the runner must end by itself; a hang fails the test below, but never deadlocks it
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    thread.join();
    out.wallMs = clock.elapsed();
    out.load = runner.result();
    return out;
}

LoadConfig closedConfig(int users, int durationMs)
{
    LoadConfig config;
    config.kind = LoadConfig::Kind::Load;
    config.model = LoadConfig::Model::Closed;
    config.users = users;
    config.spawnRate = 0;
    config.durationMs = durationMs;
    return config;
}

LoadConfig openConfig(double rate, int durationMs)
{
    LoadConfig config;
    config.kind = LoadConfig::Kind::Load;
    config.model = LoadConfig::Model::Open;
    config.rate = rate;
    config.durationMs = durationMs;
    config.maxInFlight = 200;
    return config;
}

quint64 failuresOf(const LoadResult& load, FailureKind kind)
{
    quint64 n = 0;
    for (const LoadStage& stage : load.stages)
        n += stage.failuresByKind[std::size_t(kind)];
    return n;
}

} // namespace

class TestLoadRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void closedModelMeasuresEveryWeightedEndpoint()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Outcome run = runLoad(setupFor(server.url(), closedConfig(4, 2000),
                                       { { QStringLiteral("/a"), 3 }, { QStringLiteral("/b"), 1 }, { QStringLiteral("/never"), 0 } }));
        QCOMPARE(run.load.stages.size(), 1);
        const LoadStage& hold = run.load.stages.first();
        QCOMPARE(hold.role, LoadStage::Role::Hold);
        QCOMPARE(hold.level, 4.0);
        QCOMPARE(hold.endMs - hold.startMs, 2000);
        QVERIFY2(hold.requests > 100, qPrintable(QString::number(hold.requests)));
        QCOMPARE(hold.failures, quint64(0));
        QVERIFY(hold.throughput > 50);
        QCOMPARE(run.cells.size(), 2); // weight 0 is never sent and has no cell
        QCOMPARE(run.cells.at(0).endpoint, QStringLiteral("/a"));
        QCOMPARE(run.cells.at(0).size, 4);
        QCOMPARE(run.cells.at(0).sizeIndex, 0);
        const double ratio = double(run.cells.at(0).stats.count) / double(std::max<quint64>(1, run.cells.at(1).stats.count));
        QVERIFY2(ratio > 2.0 && ratio < 4.5, qPrintable(QString::number(ratio))); // weights 3 : 1
        QVERIFY(!run.cells.at(0).samplesNs.isEmpty());
        QVERIFY(run.cells.at(0).samplesNs.size() <= MeasurementConfig::kMaxSamplesPerCell);
        quint64 cellRequests = 0;
        for (const CellResult& cell : run.cells)
            cellRequests += cell.stats.count;
        QCOMPARE(cellRequests, hold.requests);
        // Closed model: no schedule, so corrected and raw latencies are the same measurement.
        QVERIFY(std::abs(hold.p99Ms - hold.rawP99Ms) <= 0.05 * hold.p99Ms + 0.01);
        // Never more connections than users.
        QVERIFY2(server.maxOpenConnections() <= 4, qPrintable(QString::number(server.maxOpenConnections())));
        // One point per second with the level and the generator's own CPU and memory.
        QVERIFY(run.load.series.size() >= 2);
        bool sawLevel = false;
        for (const LoadPoint& point : run.load.series) {
            sawLevel = sawLevel || (point.stage == 0 && point.level == 4.0 && point.requests > 0);
            QVERIFY(point.generatorRssMb > 1);
            QVERIFY(point.generatorCpuPercent >= 0);
        }
        QVERIFY(sawLevel);
    }

    void httpsKeepsItsConnections()
    {
        // The lean transport carries HTTPS load too: a handshake per connection, then keep-alive.
        QTemporaryDir dir;
        const test::TestCertificate made = test::createTestCertificate(dir.path());
        if (!made.skipReason.isEmpty())
            QSKIP(qPrintable(made.skipReason));
        LoopbackHttpServer server;
        server.setTls(made.certificate, made.key);
        QVERIFY(server.listen());
        LoadRunner::Setup setup = setupFor(server.url(), closedConfig(3, 2000), { { QStringLiteral("/"), 1 } });
        setup.options.verifyTls = false; // self-signed
        QVERIFY(server.url().scheme() == QLatin1String("https"));
        Outcome run = runLoad(std::move(setup));
        QCOMPARE(run.load.stages.size(), 1);
        const LoadStage& hold = run.load.stages.first();
        QVERIFY2(hold.requests > 50, qPrintable(QString::number(hold.requests)));
        QCOMPARE(hold.failures, quint64(0));
        QVERIFY2(server.connectionCount() <= 3, qPrintable(QString::number(server.connectionCount())));
    }

    void thinkTimeBoundsTheRate()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoadConfig config = closedConfig(2, 2000);
        config.thinkMinMs = 90;
        config.thinkMaxMs = 110;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 1);
        // 2 users × one request per ~100 ms ≈ 20 requests/s.
        const double rate = run.load.stages.first().throughput;
        QVERIFY2(rate > 12 && rate < 24, qPrintable(QString::number(rate)));
    }

    void openModelKeepsTheRate()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Outcome run = runLoad(setupFor(server.url(), openConfig(200, 3000), { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 1);
        const LoadStage& hold = run.load.stages.first();
        QVERIFY2(hold.throughput > 170 && hold.throughput < 230, qPrintable(QString::number(hold.throughput)));
        QCOMPARE(hold.dropped, quint64(0));
        QCOMPARE(run.load.totalDropped, quint64(0));
    }

    void rampingArrivalRate()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoadConfig config = openConfig(50, 4000);
        config.rampToRate = 250;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 1);
        QCOMPARE(run.load.stages.first().level, 250.0); // a ramp's stage is named by where it ends
        QList<LoadPoint> measured;
        for (const LoadPoint& point : run.load.series)
            if (point.stage == 0)
                measured.append(point);
        QCOMPARE(measured.size(), 4);
        QVERIFY2(measured.first().level < 120 && measured.last().level > 180,
                 qPrintable(QStringLiteral("%1 → %2").arg(measured.first().level).arg(measured.last().level)));
        QVERIFY(measured.last().requests > 2 * measured.first().requests);
    }

    void openModelShowsAStallThatTheClosedModelHides()
    {
        // The server stops answering for 600 ms once, 1.5 s into the run; every request that arrives during the
        // stall is answered when it ends. At the same ~100 requests/s, the closed model's two users each wait out
        // the stall once — two slow samples among hundreds — while the open model keeps sending on schedule, so
        // ~60 requests are late by up to 600 ms measured from their intended send times.
        const auto stallingServer = [](LoopbackHttpServer& server, QElapsedTimer& clock) {
            server.setHandler([&clock](const LoopbackRequest&) {
                LoopbackReply reply = LoopbackReply::text("ok");
                const qint64 now = clock.elapsed();
                if (now >= 1500 && now < 2100)
                    reply.delayMs = int(2100 - now);
                return reply;
            });
        };
        QElapsedTimer openClock;
        LoopbackHttpServer openServer;
        stallingServer(openServer, openClock);
        QVERIFY(openServer.listen());
        LoadConfig open = openConfig(100, 4000);
        openClock.start();
        const Outcome openRun = runLoad(setupFor(openServer.url(), open, { { QStringLiteral("/"), 1 } }));

        QElapsedTimer closedClock;
        LoopbackHttpServer closedServer;
        stallingServer(closedServer, closedClock);
        QVERIFY(closedServer.listen());
        LoadConfig closed = closedConfig(2, 4000);
        closed.thinkMinMs = closed.thinkMaxMs = 20; // ≈ 2 × 1 / 20 ms = 100 requests/s
        closedClock.start();
        const Outcome closedRun = runLoad(setupFor(closedServer.url(), closed, { { QStringLiteral("/"), 1 } }));

        QCOMPARE(openRun.load.stages.size(), 1);
        QCOMPARE(closedRun.load.stages.size(), 1);
        const LoadStage& o = openRun.load.stages.first();
        const LoadStage& c = closedRun.load.stages.first();
        const QString numbers = QStringLiteral("open p99 %1 max %2 (%3 req/s); closed p99 %4 max %5 (%6 req/s)")
                                    .arg(o.p99Ms).arg(o.maxMs).arg(o.throughput).arg(c.p99Ms).arg(c.maxMs).arg(c.throughput);
        QVERIFY2(o.maxMs > 400 && c.maxMs > 400, qPrintable(numbers)); // both saw it once at least
        QVERIFY2(o.p99Ms > 300, qPrintable(numbers)); // the open model shows it in p99
        QVERIFY2(c.p99Ms < 100, qPrintable(numbers)); // the closed model hides it
    }

    void stressFindsTheBreakingPointAndRecovers()
    {
        // Beyond 3 requests at once the server answers 503: a capacity to break at.
        LoopbackHttpServer server;
        int inFlight = 0;
        server.setHandler([&](const LoopbackRequest&) {
            LoopbackReply reply = LoopbackReply::text("ok");
            if (++inFlight > 3)
                reply.status = 503;
            reply.delayMs = 5;
            QTimer::singleShot(reply.delayMs, &server, [&inFlight] { --inFlight; });
            return reply;
        });
        QVERIFY(server.listen());
        LoadConfig config;
        config.kind = LoadConfig::Kind::Stress;
        config.model = LoadConfig::Model::Closed;
        config.users = 1;
        config.spawnRate = 0;
        config.step = 2;
        config.maxLevel = 11;
        config.stepDurationMs = 1000;
        config.stopErrorRatePercent = 5;
        config.stopOnThroughputPlateau = false;
        config.recoveryMs = 1000;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        const StressOutcome& stress = run.load.stress;
        QCOMPARE(stress.reason, StressOutcome::Reason::ErrorRate);
        QVERIFY(stress.breakingStage);
        QVERIFY(stress.lastGoodStage);
        const LoadStage& broken = run.load.stages.at(*stress.breakingStage);
        const LoadStage& good = run.load.stages.at(*stress.lastGoodStage);
        QCOMPARE(broken.role, LoadStage::Role::Step);
        QVERIFY2(broken.level >= 5 && broken.level <= 7, qPrintable(QString::number(broken.level)));
        QCOMPARE(good.level, broken.level - 2);
        QVERIFY(broken.errorRatePercent() > 5);
        QVERIFY(good.errorRatePercent() <= 5);
        QVERIFY(stress.detail.contains(QStringLiteral("error rate")));
        QVERIFY(stress.recoveryStage);
        const LoadStage& recovery = run.load.stages.at(*stress.recoveryStage);
        QCOMPARE(recovery.role, LoadStage::Role::Recovery);
        QCOMPARE(recovery.level, 1.0);
        QCOMPARE(recovery.failures, quint64(0));
        QVERIFY(failuresOf(run.load, FailureKind::HttpServerError) > 0);
        // Cells per step and for the recovery, each named by its level.
        QCOMPARE(run.cells.size(), run.load.stages.size());
    }

    void stressReachesItsMaximum()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoadConfig config;
        config.kind = LoadConfig::Kind::Stress;
        config.users = 1;
        config.spawnRate = 0;
        config.step = 1;
        config.maxLevel = 2;
        config.stepDurationMs = 1000;
        config.stopErrorRatePercent = 1;
        config.stopOnThroughputPlateau = false;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stress.reason, StressOutcome::Reason::MaxLevel);
        QVERIFY(!run.load.stress.breakingStage);
        QCOMPARE(run.load.stages.size(), 2);
        QVERIFY(!run.load.stress.detail.isEmpty());
    }

    void stopConditions_data()
    {
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("throughput");
        QTest::addColumn<int>("expected");
        QTest::newRow("fine") << 0.5 << 10.0 << 1900.0 << int(StressOutcome::Reason::None);
        QTest::newRow("errors") << 8.0 << 10.0 << 1900.0 << int(StressOutcome::Reason::ErrorRate);
        QTest::newRow("slow") << 0.0 << 250.0 << 1900.0 << int(StressOutcome::Reason::P95);
        QTest::newRow("plateau") << 0.0 << 10.0 << 1150.0 << int(StressOutcome::Reason::ThroughputPlateau);
        QTest::newRow("falls") << 0.0 << 10.0 << 800.0 << int(StressOutcome::Reason::ThroughputPlateau);
    }

    void stopConditions()
    {
        QFETCH(double, errorRate);
        QFETCH(double, p95);
        QFETCH(double, throughput);
        QFETCH(int, expected);
        LoadConfig config;
        config.stopErrorRatePercent = 5;
        config.stopP95Ms = 200;
        config.stopOnThroughputPlateau = true;
        LoadStage previous;
        previous.level = 10;
        previous.throughput = 1000;
        LoadStage step;
        step.level = 20; // +100 % load: a plateau is less than +25 % throughput
        step.requests = 10000;
        step.failures = quint64(errorRate * 100);
        step.p95Ms = p95;
        step.throughput = throughput;
        QString detail;
        QCOMPARE(int(stressStopReason(config, step, &previous, &detail)), expected);
        QCOMPARE(detail.isEmpty(), expected == int(StressOutcome::Reason::None));
        QCOMPARE(int(stressStopReason(config, step, nullptr)),
                 expected == int(StressOutcome::Reason::ThroughputPlateau) ? int(StressOutcome::Reason::None) : expected);
    }

    void concurrencySweepLevels()
    {
        LoopbackHttpServer server;
        server.setHandler([](const LoopbackRequest&) {
            LoopbackReply reply = LoopbackReply::text("ok");
            reply.delayMs = 10;
            return reply;
        });
        QVERIFY(server.listen());
        LoadConfig config;
        config.kind = LoadConfig::Kind::ConcurrencySweep;
        config.spawnRate = 0;
        config.levels = { 1, 2, 4 };
        config.stepDurationMs = 1000;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(run.load.stages.at(k).level, double(config.levels.at(k)));
            QCOMPARE(run.cells.at(k).size, config.levels.at(k));
        }
        // 10 ms answers: about 100 requests/s per user, rising with the users.
        QVERIFY(run.load.stages.at(1).throughput > 1.5 * run.load.stages.at(0).throughput);
        QVERIFY(run.load.stages.at(2).throughput > 1.5 * run.load.stages.at(1).throughput);
    }

    void enduranceIntervals()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoadConfig config = closedConfig(2, 4000);
        config.kind = LoadConfig::Kind::Endurance;
        config.intervalMs = 1000;
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 5);
        QCOMPARE(run.load.stages.first().role, LoadStage::Role::Hold);
        quint64 intervalRequests = 0;
        for (int k = 1; k < 5; ++k) {
            const LoadStage& interval = run.load.stages.at(k);
            QCOMPARE(interval.role, LoadStage::Role::Interval);
            QCOMPARE(interval.index, k);
            QCOMPARE(interval.endMs - interval.startMs, 1000);
            QVERIFY(interval.requests > 0);
            intervalRequests += interval.requests;
        }
        QCOMPARE(intervalRequests, run.load.stages.first().requests);
        QCOMPARE(run.cells.size(), 1); // cells for the hold, not per interval
    }

    void faultsAreCountedByKind_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage") << 0 << int(FailureKind::Protocol);
        QTest::newRow("reset") << 1 << int(FailureKind::ConnectionClosed);
        QTest::newRow("slower than the timeout") << 2 << int(FailureKind::Timeout);
        QTest::newRow("500") << 3 << int(FailureKind::HttpServerError);
    }

    void faultsAreCountedByKind()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        LoopbackHttpServer server;
        server.setHandler([fault](const LoopbackRequest&) {
            LoopbackReply reply = LoopbackReply::text("a body that will not arrive whole");
            switch (fault) {
            case 0: reply.raw = "SSH-2.0-OpenSSH_9.2\r\n"; reply.close = true; break;
            case 1: reply.truncateAt = 20; reply.reset = true; break;
            case 2: reply.silent = true; break;
            case 3: reply.status = 500; break;
            }
            return reply;
        });
        QVERIFY(server.listen());
        LoadRunner::Setup setup = setupFor(server.url(), closedConfig(2, 2000), { { QStringLiteral("/"), 1 } });
        setup.options.timeoutMs = 300;
        Outcome run = runLoad(std::move(setup));
        QCOMPARE(run.load.stages.size(), 1);
        const LoadStage& hold = run.load.stages.first();
        QVERIFY2(hold.failuresByKind[std::size_t(kind)] > 0,
                 qPrintable(QStringLiteral("%1 requests, %2 failed").arg(hold.requests).arg(hold.failures)));
        QCOMPARE(hold.failures, hold.requests);
        QVERIFY(!run.cells.isEmpty());
        QVERIFY(!run.cells.first().errorSamples.isEmpty());
        QVERIFY(run.wallMs < 15000);
    }

    void hugeBodiesAreCappedButCounted()
    {
        LoopbackHttpServer server;
        const QByteArray big(3 * 1024 * 1024, 'x');
        server.setHandler([&big](const LoopbackRequest&) { return LoopbackReply::text(big); });
        QVERIFY(server.listen());
        LoadRunner::Setup setup = setupFor(server.url(), closedConfig(1, 1000), { { QStringLiteral("/"), 1 } });
        setup.options.maxBodyBytes = 64 * 1024;
        Outcome run = runLoad(std::move(setup));
        QCOMPARE(run.cells.size(), 1);
        const CellStatistics& stats = run.cells.first().stats;
        QVERIFY(stats.count > 0);
        QCOMPARE(stats.successes, stats.count);
        QVERIFY(stats.bytesReceived >= qint64(stats.count) * big.size());
    }

    void targetGoneMidRun()
    {
        auto server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(server->listen());
        const QUrl base = server->url();
        LoadRunner::Setup setup = setupFor(base, closedConfig(2, 3000), { { QStringLiteral("/"), 1 } });
        setup.options.timeoutMs = 500;
        QTimer::singleShot(1500, this, [&server] { server.reset(); }); // the target dies
        Outcome run = runLoad(std::move(setup));
        QCOMPARE(run.load.stages.size(), 1);
        const LoadStage& hold = run.load.stages.first();
        QVERIFY(hold.requests > hold.failures);
        QVERIFY(hold.failures > 0);
        QVERIFY(hold.failuresByKind[std::size_t(FailureKind::ConnectionRefused)]
                    + hold.failuresByKind[std::size_t(FailureKind::ConnectionClosed)] > 0);
    }

    void cancelEndsPromptlyAndKeepsWhatWasMeasured()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Outcome run = runLoad(setupFor(server.url(), closedConfig(2, 60000), { { QStringLiteral("/"), 1 } }), 30000,
                              [](qint64 elapsed) { return elapsed > 2500; });
        QVERIFY2(run.wallMs < 8000, qPrintable(QString::number(run.wallMs)));
        QCOMPARE(run.load.stages.size(), 1);
        QVERIFY(run.load.stages.first().requests > 0);
        QVERIFY(run.load.stages.first().endMs - run.load.stages.first().startMs < 60000);
    }

    void unansweredMetricsUrlIsReported()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoopbackHttpServer silent;
        silent.setHandler([](const LoopbackRequest&) {
            LoopbackReply reply;
            reply.silent = true;
            return reply;
        });
        QVERIFY(silent.listen());
        LoadConfig config = closedConfig(1, 3000);
        config.memoryMetricsUrl = silent.url(QStringLiteral("/metrics")).toString();
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QCOMPARE(run.load.stages.size(), 1);
        QVERIFY(run.load.stages.first().requests > 0);
        QVERIFY(run.load.targetMemory.isEmpty());
        QVERIFY2(!run.load.targetMemoryError.isEmpty(), "the metrics URL's silence is reported");
        QVERIFY(!run.load.targetMemorySource.isEmpty());
    }

    void localPidMemoryIsSampled()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        LoadConfig config = closedConfig(1, 3000);
        config.memoryPid = QCoreApplication::applicationPid();
        Outcome run = runLoad(setupFor(server.url(), config, { { QStringLiteral("/"), 1 } }));
        QVERIFY2(run.load.targetMemory.size() >= 2, qPrintable(QString::number(run.load.targetMemory.size())));
        QVERIFY(run.load.targetMemory.first().rssMb > 1);
        QVERIFY(run.load.targetMemoryError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoadRunner)
#include "tst_loadrunner.moc"
