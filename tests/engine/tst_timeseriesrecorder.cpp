// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-second bucketing of measured requests, fed from several threads.
#include "engine/timeseriesrecorder.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace scalescope;
using namespace std::chrono_literals;

class TestTimeSeriesRecorder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bucketsBySecondAndReleasesOnlyFinishedSeconds()
    {
        const auto origin = TimeSeriesRecorder::Clock::now();
        TimeSeriesRecorder recorder(origin);
        recorder.add(origin - 5ms, 1ms, false); // before the origin: second 0
        recorder.add(origin + 500ms, 3ms, true);
        recorder.add(origin + 1200ms, 2ms, false);
        recorder.add(origin + 1700ms, 4ms, false);
        recorder.add(origin + 3100ms, 10ms, true);

        QVERIFY(recorder.takeFinished(origin + 900ms).isEmpty()); // second 0 is not over yet

        const QList<TimeSeriesPoint> first = recorder.takeFinished(origin + 2000ms);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).second, 0);
        QCOMPARE(first.at(0).requests, quint64(2));
        QCOMPARE(first.at(0).failures, quint64(1));
        QCOMPARE(first.at(0).maxMs, 3.0);
        QCOMPARE(first.at(1).second, 1);
        QCOMPARE(first.at(1).requests, quint64(2));
        QCOMPARE(first.at(1).failures, quint64(0));
        QVERIFY(qAbs(first.at(1).p50Ms - 2.0) < 0.02);
        QVERIFY(qAbs(first.at(1).p99Ms - 4.0) < 0.04);

        QVERIFY(recorder.takeFinished(origin + 2000ms).isEmpty()); // taken once only
        QVERIFY(recorder.takeFinished(origin + 3500ms).isEmpty()); // second 2 had no request, 3 is open

        const QList<TimeSeriesPoint> rest = recorder.takeAll();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.at(0).second, 3);
        QCOMPARE(rest.at(0).failures, quint64(1));
        QVERIFY(recorder.takeAll().isEmpty());
    }

    void countsEveryRequestFromManyThreads()
    {
        const auto origin = TimeSeriesRecorder::Clock::now();
        TimeSeriesRecorder recorder(origin);
        constexpr int threads = 4;
        constexpr int perThread = 5000;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&recorder, origin, t] {
                for (int i = 0; i < perThread; ++i)
                    recorder.add(origin + std::chrono::milliseconds(i % 3000), std::chrono::microseconds(100 + t), i % 10 == 0);
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        quint64 requests = 0;
        quint64 failures = 0;
        for (const TimeSeriesPoint& point : recorder.takeAll()) {
            requests += point.requests;
            failures += point.failures;
        }
        QCOMPARE(requests, quint64(threads * perThread));
        QCOMPARE(failures, quint64(threads * perThread / 10));
    }
};

QTEST_GUILESS_MAIN(TestTimeSeriesRecorder)
#include "tst_timeseriesrecorder.moc"
