// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LoadOverTimeView: the level, throughput, latency, errors and generator CPU of a load test follow scripted snapshots,
// the raw p99 and the dropped/late lines only where they mean something, one refresh per burst, buckets for long runs,
// and a run loaded from the history draws as it did live.
#include "charts/loadovertimeview.h"
#include "loadfixtures.h"
#include "runmodel.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

bool legendShows(QLineSeries* series)
{
    const QList<QLegendMarker*> markers = series->chart()->legend()->markers(series);
    return !markers.isEmpty() && markers.first()->isVisible();
}

} // namespace

class TestLoadOverTimeView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsScriptedSnapshots()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        LoadOverTimeView view(&model);
        view.resize(700, 700);
        view.show(); // legend markers are graphics items: visible only in a shown view
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.beginRun(run.plan);
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 0);

        model.applySnapshot(run.snapshot(0, 6));
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 6);
        QCOMPARE(view.throughputSeries()->at(3), QPointF(3, 1000)); // 10 users, 100 requests/s each
        QCOMPARE(view.levelSeries()->at(5), QPointF(5, 20));
        QCOMPARE(view.p50Series()->at(3).y(), 1.0);
        QCOMPARE(view.p95Series()->at(3).y(), 2.0);
        QCOMPARE(view.p99Series()->at(3).y(), 3.0);
        QCOMPARE(view.cpuSeries()->at(3).y(), 30.0);
        QCOMPARE(view.errorsSeries()->at(3).y(), 0.0);

        model.applySnapshot(run.snapshot(6, 30));
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), run.points.size());
        QCOMPARE(view.errorsSeries()->at(18), QPointF(18, 800)); // the breaking step
        QVERIFY(view.levelAxis()->max() >= 50);
        QVERIFY(view.rateAxis()->max() >= 4000);
        QVERIFY(view.latencyAxis()->max() >= 15);
        // Closed model: no raw p99 (it equals the corrected one), no dropped or late requests.
        for (QLineSeries* hidden : { view.rawP99Series(), view.droppedSeries(), view.lateSeries() }) {
            QVERIFY(!hidden->isVisible());
            QVERIFY(!legendShows(hidden));
        }
        QVERIFY(legendShows(view.p99Series()));
        QVERIFY(view.levelAxis()->isVisible());
        QVERIFY(view.rateAxis()->isVisible());
        QCOMPARE(view.levelSeries()->name(), QStringLiteral("Users"));
        // One second at the same x in every chart.
        const qreal left = view.loadChart()->plotArea().left();
        const qreal right = view.loadChart()->plotArea().right();
        for (QChart* chart : { view.latencyChart(), view.errorsChart(), view.generatorChart() }) {
            QCOMPARE(chart->plotArea().left(), left);
            QCOMPARE(chart->plotArea().right(), right);
        }
        QCOMPARE(view.p99Series()->pen().style(), Qt::SolidLine);
        // The four charts share the time axis.
        for (QChart* chart : { view.loadChart(), view.latencyChart(), view.errorsChart(), view.generatorChart() }) {
            const auto* time = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).constFirst());
            QVERIFY(time);
            QVERIFY(time->max() >= double(run.points.size()));
        }
    }

    void openModelShowsRawP99AndDrops()
    {
        testing::ScriptedLoadRun run = testing::stressRun(LoadConfig::Model::Open);
        run.points[7].dropped = 12;
        run.points[8].late = 3;
        RunModel model;
        LoadOverTimeView view(&model);
        view.resize(700, 700);
        view.show(); // legend markers are graphics items: visible only in a shown view
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.beginRun(run.plan);
        model.applySnapshot(run.snapshot(0, 30));
        view.flush();
        QVERIFY(view.rawP99Series()->isVisible());
        QVERIFY(legendShows(view.rawP99Series()));
        QCOMPARE(view.rawP99Series()->pen().style(), Qt::DashLine);
        QCOMPARE(view.rawP99Series()->at(3).y(), 1.5); // half the corrected p99
        QVERIFY(view.droppedSeries()->isVisible());
        QCOMPARE(view.droppedSeries()->at(7).y(), 12.0);
        QVERIFY(view.lateSeries()->isVisible());
        QCOMPARE(view.lateSeries()->at(8).y(), 3.0);
        // The target rate shares the throughput's scale, on the left.
        QVERIFY(view.levelAxis()->isVisible());
        QVERIFY(!view.rateAxis()->isVisible());
        QCOMPARE(view.levelAxis()->max(), view.rateAxis()->max());
        QVERIFY(view.levelAxis()->max() >= 4000);
        QCOMPARE(view.levelSeries()->name(), QStringLiteral("Target rate"));
    }

    void burstOfSnapshotsRefreshesOnce()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        LoadOverTimeView view(&model);
        model.beginRun(run.plan);
        view.flush();
        const int before = view.refreshCount();
        for (qint64 s = 0; s < 25; ++s)
            model.applySnapshot(run.snapshot(s, s + 1));
        QCOMPARE(view.refreshCount(), before);
        QTRY_COMPARE(view.refreshCount(), before + 1);
        QCOMPARE(view.throughputSeries()->count(), 25);
        QTest::qWait(250);
        QCOMPARE(view.refreshCount(), before + 1);
    }

    void longRunsAreBucketed()
    {
        RunModel model;
        LoadOverTimeView view(&model);
        view.setMaxPoints(10);
        model.beginRun(testing::loadPlanOf(LoadConfig::Kind::Endurance));
        auto snapshot = std::make_shared<RunSnapshot>();
        for (int s = 0; s < 100; ++s)
            snapshot->newLoadPoints.append(testing::loadPointAt(s, 0, 10 + s, quint64(s), s < 10 ? 1 : 0));
        model.applySnapshot(snapshot);
        view.flush();
        QCOMPARE(view.bucketSeconds(), 10);
        QCOMPARE(view.throughputSeries()->count(), 10);
        QCOMPARE(view.throughputSeries()->at(0), QPointF(4.5, 4.5)); // mean of 0 … 9 requests per second
        QCOMPARE(view.levelSeries()->at(0).y(), 14.5);
        QCOMPARE(view.errorsSeries()->at(0).y(), 1.0);
        QCOMPARE(view.p99Series()->at(0).y(), 5.7); // the bucket's worst second: level 19 → 3 × 1.9
    }

    void historyDrawsAsLive()
    {
        const testing::ScriptedLoadRun run = testing::stressRun(LoadConfig::Model::Open);
        RunModel live;
        LoadOverTimeView liveView(&live);
        live.beginRun(run.plan);
        live.applySnapshot(run.snapshot(0, 12));
        live.finish(std::make_shared<RunResult>(run.result)); // brings the seconds no snapshot did
        liveView.flush();

        RunModel stored;
        LoadOverTimeView storedView(&stored);
        stored.load(run.result);
        storedView.flush();
        for (const auto& [a, b] : { std::pair { liveView.throughputSeries(), storedView.throughputSeries() },
                 std::pair { liveView.p99Series(), storedView.p99Series() },
                 std::pair { liveView.rawP99Series(), storedView.rawP99Series() },
                 std::pair { liveView.cpuSeries(), storedView.cpuSeries() } }) {
            QCOMPARE(a->count(), run.points.size());
            QCOMPARE(a->points(), b->points());
        }
        stored.clear();
        storedView.flush();
        QCOMPARE(storedView.throughputSeries()->count(), 0);
    }
};

QTEST_MAIN(TestLoadOverTimeView)
#include "tst_loadovertimeview.moc"
