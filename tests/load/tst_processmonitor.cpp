// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/processmonitor.h"
#include "loopbackhttpserver.h"
#include "nettesting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

#include <time.h>

#include <atomic>
#include <cmath>
#include <memory>

using namespace scalescope;
using scalescope::test::closedPort;
using scalescope::test::LoopbackHttpServer;
using scalescope::test::LoopbackReply;
using scalescope::test::LoopbackRequest;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kMb = 1024.0 * 1024.0;
/// Beyond PID_MAX_LIMIT (2^22 on 64-bit Linux): never a process.
constexpr qint64 kNoSuchPid = 2147483647;

double cpuTime()
{
    timespec now {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// Spins until this process used @p seconds of CPU (whatever the machine's load: CPU time, not wall time).
void burnCpu(double seconds)
{
    const double until = cpuTime() + seconds;
    volatile double sink = 0;
    while (cpuTime() < until) {
        for (int i = 0; i < 10000; ++i)
            sink = sink + std::sqrt(double(i));
    }
}

QByteArray metricsText(double residentBytes)
{
    return "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.\n"
           "# TYPE process_cpu_seconds_total counter\n"
           "process_cpu_seconds_total 1.25\n"
           "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
           "# TYPE process_resident_memory_bytes gauge\n"
           "process_resident_memory_bytes "
        + QByteArray::number(residentBytes, 'g', 17) + "\nprocess_virtual_memory_bytes 1e9\n";
}

/// Stops @p monitor and returns how long that took, in ms.
qint64 timedStop(TargetMemoryMonitor& monitor)
{
    QElapsedTimer timer;
    timer.start();
    monitor.stop();
    return timer.elapsed();
}

} // namespace

class TestProcessMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sampleOwnProcess();
    void residentMemoryFollowsAllocation();
    void missingProcess();
    void parsePrometheus_data();
    void parsePrometheus();
    void generatorMonitor();
    void metricsUrlSamplesFollowTheTarget();
    void metricsUrlSilent();
    void metricsUrlFailures_data();
    void metricsUrlFailures();
    void metricsUrlRecovers();
    void invalidUrl();
    void sourceDescriptionRedacts();
    void pid();
    void pidMissing();
    void restartClears();
};

void TestProcessMonitor::sampleOwnProcess()
{
    const auto before = sampleProcess(0);
    QVERIFY(before);
    QVERIFY2(before->rssMb > 1, qPrintable(QString::number(before->rssMb)));
    burnCpu(0.3);
    const auto after = sampleProcess(0);
    QVERIFY(after);
    // /proc counts in clock ticks (10 ms): allow for the rounding at both ends.
    QVERIFY2(after->cpuSeconds - before->cpuSeconds >= 0.25,
             qPrintable(QStringLiteral("%1 -> %2").arg(before->cpuSeconds).arg(after->cpuSeconds)));

    const auto byPid = sampleProcess(QCoreApplication::applicationPid());
    QVERIFY(byPid);
    QVERIFY(byPid->cpuSeconds >= after->cpuSeconds);
    QVERIFY(std::abs(byPid->rssMb - after->rssMb) < 20);
}

void TestProcessMonitor::residentMemoryFollowsAllocation()
{
    const auto before = sampleProcess(0);
    QVERIFY(before);
    constexpr std::size_t kSize = 50 * 1024 * 1024;
    const std::unique_ptr<char[]> block(new char[kSize]);
    for (std::size_t at = 0; at < kSize; at += 4096)
        block[at] = char(1 + at % 251); // untouched pages are not resident
    const auto after = sampleProcess(0);
    QVERIFY(after);
    QVERIFY2(after->rssMb - before->rssMb >= 40,
             qPrintable(QStringLiteral("%1 MB -> %2 MB").arg(before->rssMb).arg(after->rssMb)));
    volatile char keep = block[kSize - 4096];
    Q_UNUSED(keep);
}

void TestProcessMonitor::missingProcess()
{
    QVERIFY(!sampleProcess(kNoSuchPid));
    QVERIFY(!sampleProcess(-1));
}

void TestProcessMonitor::parsePrometheus_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected"); // -1 = nullopt

    QTest::addRow("plain") << QByteArray("process_resident_memory_bytes 12345678\n") << 12345678.0;
    QTest::addRow("no final newline") << QByteArray("process_resident_memory_bytes 42") << 42.0;
    QTest::addRow("CRLF") << QByteArray("process_resident_memory_bytes 42\r\n") << 42.0;
    QTest::addRow("exponent") << QByteArray("process_resident_memory_bytes 4.2e+07\n") << 4.2e7;
    QTest::addRow("exponent upper case") << QByteArray("process_resident_memory_bytes 1.5E6\n") << 1.5e6;
    QTest::addRow("labels") << QByteArray("process_resident_memory_bytes{job=\"api\",instance=\"a:1\"} 2048\n")
                            << 2048.0;
    QTest::addRow("labels with brace and escaped quote")
        << QByteArray("process_resident_memory_bytes{path=\"/x}\\\"y\"} 4096 1700000000000\n") << 4096.0;
    QTest::addRow("empty labels") << QByteArray("process_resident_memory_bytes{} 7\n") << 7.0;
    QTest::addRow("timestamp") << QByteArray("process_resident_memory_bytes 1000 1700000000000\n") << 1000.0;
    QTest::addRow("tabs and indent") << QByteArray("  process_resident_memory_bytes\t\t99\n") << 99.0;
    QTest::addRow("among others and comments") << metricsText(4.2e7) << 4.2e7;
    QTest::addRow("comment mentions it")
        << QByteArray("# process_resident_memory_bytes 1\n# HELP process_resident_memory_bytes x\n"
                      "process_resident_memory_bytes 5\n")
        << 5.0;
    QTest::addRow("longer name first")
        << QByteArray("process_resident_memory_bytes_max 900\nprocess_resident_memory_bytes 300\n") << 300.0;
    QTest::addRow("OpenMetrics") << QByteArray("# TYPE process_resident_memory_bytes gauge\n"
                                               "# UNIT process_resident_memory_bytes bytes\n"
                                               "process_resident_memory_bytes 8.5e6\n# EOF\n")
                                 << 8.5e6;
    QTest::addRow("bad sample, then a good one")
        << QByteArray("process_resident_memory_bytes abc\nprocess_resident_memory_bytes 11\n") << 11.0;

    QTest::addRow("missing") << QByteArray("process_cpu_seconds_total 3\nprocess_virtual_memory_bytes 1e9\n") << -1.0;
    QTest::addRow("only in comments") << QByteArray("# HELP process_resident_memory_bytes 5\n") << -1.0;
    QTest::addRow("only a longer name") << QByteArray("process_resident_memory_bytes_total 5\n") << -1.0;
    QTest::addRow("empty") << QByteArray() << -1.0;
    QTest::addRow("no value") << QByteArray("process_resident_memory_bytes\n") << -1.0;
    QTest::addRow("unterminated labels") << QByteArray("process_resident_memory_bytes{a=\"b 5\n") << -1.0;
    QTest::addRow("not a number") << QByteArray("process_resident_memory_bytes 12MB\n") << -1.0;
    QTest::addRow("NaN") << QByteArray("process_resident_memory_bytes NaN\n") << -1.0;
    QTest::addRow("Inf") << QByteArray("process_resident_memory_bytes +Inf\n") << -1.0;
    QTest::addRow("negative") << QByteArray("process_resident_memory_bytes -5\n") << -1.0;
    QTest::addRow("HTML") << QByteArray("<html><body>process_resident_memory_bytes</body></html>") << -1.0;
    static constexpr char kGarbage[] = "\x00\xff\xfe{}}\"\n\x01process_resident_memory_bytes{\"\"\n";
    QTest::addRow("garbage") << QByteArray(kGarbage, sizeof kGarbage - 1) << -1.0;
}

void TestProcessMonitor::parsePrometheus()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    const std::optional<double> value = parsePrometheusResidentMemory(text);
    if (expected < 0) {
        QVERIFY2(!value, qPrintable(QString::number(value.value_or(0))));
    } else {
        QVERIFY(value);
        QCOMPARE(*value, expected);
    }
}

void TestProcessMonitor::generatorMonitor()
{
    QVERIFY(GeneratorMonitor::coreCount() >= 1);
    QCOMPARE(GeneratorMonitor::coreCount(), GeneratorMonitor::coreCount());

    GeneratorMonitor monitor;
    QTest::qSleep(200);
    const GeneratorMonitor::Reading idle = monitor.sample();
    QVERIFY2(idle.cpuPercent < 50, qPrintable(QString::number(idle.cpuPercent)));
    QVERIFY(idle.rssMb > 1);

    burnCpu(0.3);
    const GeneratorMonitor::Reading busy = monitor.sample();
    // One busy thread: close to 100 % of a core, less when the machine is shared.
    QVERIFY2(busy.cpuPercent > 20, qPrintable(QString::number(busy.cpuPercent)));
    QVERIFY2(busy.cpuPercent <= 100.0 * GeneratorMonitor::coreCount(), qPrintable(QString::number(busy.cpuPercent)));
    QVERIFY(busy.rssMb > 1);
}

void TestProcessMonitor::metricsUrlSamplesFollowTheTarget()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    int served = 0;
    server.setHandler([&served](const LoopbackRequest&) { return LoopbackReply::text(metricsText((100 + served++) * kMb)); });

    const Clock::time_point origin = Clock::now();
    TargetMemoryMonitor monitor(origin);
    QCOMPARE(monitor.intervalMs(), 5000);
    monitor.setIntervalMs(100);
    monitor.start(server.url(QStringLiteral("/metrics")));
    QVERIFY(monitor.isRunning());
    QCOMPARE(monitor.sourceDescription(), server.url(QStringLiteral("/metrics")).toString());

    QList<MemorySample> samples;
    QTRY_VERIFY_WITH_TIMEOUT((samples += monitor.takeSamples(), samples.size() >= 4), 5000);
    QVERIFY(timedStop(monitor) < 500);
    samples += monitor.takeSamples();
    QVERIFY(!monitor.isRunning());

    QVERIFY2(monitor.errorString().isEmpty(), qPrintable(monitor.errorString()));
    QVERIFY(!monitor.isFailing());
    QCOMPARE(server.requests().first().method, QByteArray("GET"));
    QCOMPARE(server.requests().first().target, QByteArray("/metrics"));
    // Every answer became a sample, in order, with the value it carried (but the last one, when stop() aborted it).
    QVERIFY2(samples.size() == served || samples.size() == served - 1,
             qPrintable(QStringLiteral("%1 samples, %2 answers").arg(samples.size()).arg(served)));
    const qint64 elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - origin).count();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        QCOMPARE(samples[i].rssMb, 100.0 + double(i));
        QVERIFY(samples[i].elapsedMs >= 0 && samples[i].elapsedMs <= elapsed);
        if (i > 0)
            QVERIFY(samples[i].elapsedMs > samples[i - 1].elapsedMs);
    }
    // The first sample is taken right away, not after an interval.
    QVERIFY2(samples.first().elapsedMs < 100 + 50, qPrintable(QString::number(samples.first().elapsedMs)));
    QVERIFY(monitor.takeSamples().isEmpty());
}

void TestProcessMonitor::metricsUrlSilent()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply;
        reply.silent = true;
        return reply;
    });
    TargetMemoryMonitor monitor(Clock::now());
    monitor.setIntervalMs(300);
    const QUrl url = server.url(QStringLiteral("/metrics"));
    monitor.start(url);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.errorString().contains(QStringLiteral("did not answer")), 5000);
    const QString error = monitor.errorString();
    QVERIFY2(error.contains(url.toString()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("within 0.3 s")), qPrintable(error));
    QVERIFY(monitor.isFailing());
    // It keeps asking (on new connections: the silent one is stuck).
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 3, 5000);
    QVERIFY(monitor.takeSamples().isEmpty());

    // Stop while a request is in flight: aborted, not waited for.
    QTest::qWait(150);
    const qint64 stopMs = timedStop(monitor);
    QVERIFY2(stopMs < 200, qPrintable(QString::number(stopMs)));
    QVERIFY(!monitor.isRunning());
    QCOMPARE(monitor.errorString(), error);
}

void TestProcessMonitor::metricsUrlFailures_data()
{
    QTest::addColumn<LoopbackReply>("reply");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("404") << LoopbackReply::text("no such page", 404) << QStringLiteral("answered 404");
    LoopbackReply unavailable = LoopbackReply::text("busy", 503);
    unavailable.reason = "Service Unavailable";
    QTest::addRow("503") << unavailable << QStringLiteral("answered 503 Service Unavailable");
    QTest::addRow("no metric") << LoopbackReply::text("process_cpu_seconds_total 1\n")
                               << QStringLiteral("has no process_resident_memory_bytes");
    QTest::addRow("HTML") << LoopbackReply::text("<html>login</html>")
                          << QStringLiteral("has no process_resident_memory_bytes");
    LoopbackReply garbage;
    garbage.raw = QByteArray("\x16\x03\x01 this is not HTTP\r\n\r\n");
    garbage.close = true;
    QTest::addRow("garbage") << garbage << QStringLiteral("cannot be read");
    LoopbackReply drop;
    drop.drop = true;
    QTest::addRow("dropped") << drop << QStringLiteral("cannot be read");
}

void TestProcessMonitor::metricsUrlFailures()
{
    QFETCH(LoopbackReply, reply);
    QFETCH(QString, fragment);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const LoopbackRequest&) { return reply; });
    TargetMemoryMonitor monitor(Clock::now());
    monitor.setIntervalMs(100);
    const QUrl url = server.url(QStringLiteral("/metrics"));
    monitor.start(url);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.errorString().isEmpty(), 5000);
    const QString error = monitor.errorString();
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(error.contains(url.toString()), qPrintable(error));
    QVERIFY(monitor.isFailing());
    // Retried every interval.
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 3, 5000);
    QVERIFY(monitor.takeSamples().isEmpty());
    QVERIFY(timedStop(monitor) < 500);
}

void TestProcessMonitor::metricsUrlRecovers()
{
    // Nothing listens first (refused), then a 404, then the metrics: samples resume, the latest problem stays.
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    TargetMemoryMonitor monitor(Clock::now());
    monitor.setIntervalMs(100);
    monitor.start(url);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.errorString().contains(QStringLiteral("cannot be read")), 5000);
    QVERIFY2(monitor.errorString().contains(url.toString()), qPrintable(monitor.errorString()));

    LoopbackHttpServer server;
    QVERIFY(server.listen());
    bool healthy = false;
    server.setHandler([&healthy](const LoopbackRequest&) {
        return healthy ? LoopbackReply::text(metricsText(64 * kMb)) : LoopbackReply::text("later", 404);
    });
    monitor.start(server.url(QStringLiteral("/metrics")));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.errorString().contains(QStringLiteral("answered 404")), 5000);
    QVERIFY(monitor.takeSamples().isEmpty());

    healthy = true;
    QList<MemorySample> samples;
    QTRY_VERIFY_WITH_TIMEOUT((samples += monitor.takeSamples(), samples.size() >= 2), 5000);
    QCOMPARE(samples.first().rssMb, 64.0);
    QVERIFY(!monitor.isFailing());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("answered 404")), qPrintable(monitor.errorString()));
}

void TestProcessMonitor::invalidUrl()
{
    TargetMemoryMonitor monitor(Clock::now());
    monitor.start(QUrl(QStringLiteral("ftp://127.0.0.1/metrics")));
    QVERIFY(!monitor.isRunning());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("ftp://127.0.0.1/metrics")), qPrintable(monitor.errorString()));
    QVERIFY2(monitor.errorString().contains(QStringLiteral("not an http or https URL")), qPrintable(monitor.errorString()));
    monitor.start(QUrl());
    QVERIFY(!monitor.isRunning());
    QVERIFY(!monitor.errorString().isEmpty());
    monitor.stop(); // harmless when not running
}

void TestProcessMonitor::sourceDescriptionRedacts()
{
    TargetMemoryMonitor monitor(Clock::now());
    QVERIFY(monitor.sourceDescription().isEmpty());
    const quint16 port = closedPort();
    monitor.start(QUrl(QStringLiteral("http://admin:hunter2@127.0.0.1:%1/metrics?token=abc123&format=text").arg(port)));
    const QString description = monitor.sourceDescription();
    QVERIFY2(!description.contains(QStringLiteral("hunter2")), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("admin")), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("abc123")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("127.0.0.1:%1/metrics").arg(port)), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("format=text")), qPrintable(description));
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.errorString().isEmpty(), 5000);
    QVERIFY2(!monitor.errorString().contains(QStringLiteral("hunter2")), qPrintable(monitor.errorString()));
    QVERIFY2(!monitor.errorString().contains(QStringLiteral("abc123")), qPrintable(monitor.errorString()));
}

void TestProcessMonitor::pid()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const Clock::time_point origin = Clock::now();
    TargetMemoryMonitor monitor(origin);
    monitor.setIntervalMs(100);
    monitor.start(pid);
    QVERIFY(monitor.isRunning());
    QCOMPARE(monitor.sourceDescription(), QStringLiteral("pid %1").arg(pid));

    QList<MemorySample> samples;
    QTRY_VERIFY_WITH_TIMEOUT((samples += monitor.takeSamples(), samples.size() >= 5), 5000);
    QVERIFY(timedStop(monitor) < 500);
    QVERIFY2(monitor.errorString().isEmpty(), qPrintable(monitor.errorString()));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        QVERIFY(samples[i].rssMb > 1);
        if (i > 0)
            QVERIFY(samples[i].elapsedMs > samples[i - 1].elapsedMs);
    }
    QVERIFY2(samples.first().elapsedMs < 100, qPrintable(QString::number(samples.first().elapsedMs)));
    // Spaced by the interval (not faster; slower only by scheduling delays).
    const double spacing = double(samples.last().elapsedMs - samples.first().elapsedMs) / double(samples.size() - 1);
    QVERIFY2(spacing >= 90 && spacing < 250, qPrintable(QString::number(spacing)));

    // pid 0 is this process too.
    monitor.start(qint64(0));
    QCOMPARE(monitor.sourceDescription(), QStringLiteral("pid %1").arg(pid));
    samples.clear();
    QTRY_VERIFY_WITH_TIMEOUT((samples += monitor.takeSamples(), !samples.isEmpty()), 5000);
}

void TestProcessMonitor::pidMissing()
{
    TargetMemoryMonitor monitor(Clock::now());
    monitor.setIntervalMs(50);
    monitor.start(kNoSuchPid);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.errorString().isEmpty(), 5000);
    QCOMPARE(monitor.errorString(), QStringLiteral("process %1 does not exist (any more)").arg(kNoSuchPid));
    QVERIFY(monitor.isFailing());
    QVERIFY(monitor.takeSamples().isEmpty());
    QVERIFY(monitor.isRunning()); // it may come back (a restarted target may get the same pid)

    monitor.start(qint64(-3));
    QVERIFY(!monitor.isRunning());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("-3")), qPrintable(monitor.errorString()));
}

void TestProcessMonitor::restartClears()
{
    TargetMemoryMonitor monitor(Clock::now());
    monitor.setIntervalMs(50);
    monitor.start(kNoSuchPid);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.errorString().isEmpty(), 5000);
    monitor.start(QCoreApplication::applicationPid());
    QVERIFY(monitor.errorString().isEmpty());
    QList<MemorySample> samples; // QTRY_VERIFY evaluates its condition once more after it held: accumulate
    QTRY_VERIFY_WITH_TIMEOUT((samples += monitor.takeSamples(), !samples.isEmpty()), 5000);
    monitor.stop();
    (void)monitor.takeSamples();
    // Stopped: nothing new arrives.
    QTest::qWait(150);
    QVERIFY(monitor.takeSamples().isEmpty());
    // The destructor stops a running monitor (checked by the sanitizers and by not hanging).
    auto running = std::make_unique<TargetMemoryMonitor>(Clock::now());
    running->start(QCoreApplication::applicationPid());
    running.reset();
}

QTEST_GUILESS_MAIN(TestProcessMonitor)
#include "tst_processmonitor.moc"
