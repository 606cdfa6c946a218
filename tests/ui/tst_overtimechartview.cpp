// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OverTimeChartView: a point per second, zero rates for silent seconds, buckets for long runs.
#include "charts/overtimechartview.h"
#include "runfixtures.h"
#include "runmodel.h"

#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

using testing::apply;
using testing::pointAt;

/// One endpoint measured at one size: the chart draws the run's seconds, whatever the plan.
Plan planOf()
{
    return testing::planOf(1, { 10 });
}

} // namespace

class TestOverTimeChartView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPointPerSecond()
    {
        RunModel model;
        OverTimeChartView view(&model);
        model.beginRun(planOf());
        view.flush();
        QCOMPARE(view.requestsSeries()->count(), 0);
        QList<TimeSeriesPoint> points;
        for (int s = 0; s < 40; ++s)
            points.append(pointAt(s, 100 + quint64(s), s == 7 ? 3 : 0));
        apply(model, points.mid(0, 20));
        view.flush();
        QCOMPARE(view.requestsSeries()->count(), 20);
        apply(model, points.mid(20));
        view.flush();
        QCOMPARE(view.bucketSeconds(), 1);
        for (QLineSeries* series : { view.requestsSeries(), view.errorsSeries(), view.p50Series(), view.p95Series() })
            QCOMPARE(series->count(), 40);
        QCOMPARE(view.requestsSeries()->at(5), QPointF(5, 105));
        QCOMPARE(view.errorsSeries()->at(7), QPointF(7, 3));
        QCOMPARE(view.errorsSeries()->at(8), QPointF(8, 0));
        QCOMPARE(view.p50Series()->at(39), QPointF(39, 40.0));
        QCOMPARE(view.p95Series()->at(39), QPointF(39, 41.0));
        // Rates on the left axis, latencies on the right one.
        QVERIFY(view.rateAxis()->max() >= 139);
        QVERIFY(view.latencyAxis()->max() >= 41);
        QCOMPARE(view.p95Series()->attachedAxes().contains(view.latencyAxis()), true);
        QCOMPARE(view.requestsSeries()->attachedAxes().contains(view.rateAxis()), true);
        QCOMPARE(view.p95Series()->pen().style(), Qt::DashLine);
    }

    void silentSecondsCountAsZero()
    {
        RunModel model;
        OverTimeChartView view(&model);
        model.beginRun(planOf());
        QList<TimeSeriesPoint> points;
        for (int s : { 0, 1, 2, 6, 7 })
            points.append(pointAt(s, 50));
        apply(model, points);
        view.flush();
        QCOMPARE(view.requestsSeries()->count(), 8); // 0 … 7
        QCOMPARE(view.requestsSeries()->at(4), QPointF(4, 0));
        QCOMPARE(view.p50Series()->count(), 5); // no latency where nothing was measured
        QCOMPARE(view.p50Series()->at(3), QPointF(6, 7.0));
    }

    void longRunsAreBucketed()
    {
        RunModel model;
        OverTimeChartView view(&model);
        view.setMaxPoints(10);
        model.beginRun(planOf());
        QList<TimeSeriesPoint> points;
        for (int s = 0; s < 100; ++s)
            points.append(pointAt(s, quint64(s), s < 10 ? 1 : 0));
        apply(model, points);
        view.flush();
        QCOMPARE(view.bucketSeconds(), 10);
        QCOMPARE(view.requestsSeries()->count(), 10);
        QCOMPARE(view.requestsSeries()->at(0), QPointF(4.5, 4.5)); // mean of 0 … 9 requests per second
        QCOMPARE(view.errorsSeries()->at(0).y(), 1.0);
        QCOMPARE(view.errorsSeries()->at(1).y(), 0.0);
        QCOMPARE(view.p95Series()->at(0).y(), 11.0); // the worst second of the bucket
        // p50 weighted by requests: (1·2 + 2·3 + … + 9·10) / 45
        QCOMPARE(view.p50Series()->at(0).y(), 330.0 / 45.0);

        // The default cap holds however long the run.
        OverTimeChartView capped(&model);
        QList<TimeSeriesPoint> more;
        for (int s = 100; s < 5000; ++s)
            more.append(pointAt(s, 10));
        apply(model, more);
        capped.flush();
        QVERIFY(capped.requestsSeries()->count() <= OverTimeChartView::kDefaultMaxPoints);
        QVERIFY(capped.requestsSeries()->count() >= OverTimeChartView::kDefaultMaxPoints / 2);
        QCOMPARE(capped.bucketSeconds(), 5);
    }

    void burstOfSnapshotsRefreshesOnce()
    {
        RunModel model;
        OverTimeChartView view(&model);
        model.beginRun(planOf());
        view.flush();
        const int before = view.refreshCount();
        for (int s = 0; s < 50; ++s)
            apply(model, { pointAt(s, 10) });
        QCOMPARE(view.refreshCount(), before);
        QTRY_COMPARE(view.refreshCount(), before + 1);
        QCOMPARE(view.requestsSeries()->count(), 50);
        QTest::qWait(250);
        QCOMPARE(view.refreshCount(), before + 1);
    }

    void loadedRun()
    {
        RunModel model;
        OverTimeChartView view(&model);
        RunResult run;
        run.plan = planOf();
        for (int s = 0; s < 12; ++s)
            run.timeSeries.append(pointAt(s, 5));
        model.load(run);
        view.flush();
        QCOMPARE(view.requestsSeries()->count(), 12);
        model.clear();
        view.flush();
        QCOMPARE(view.requestsSeries()->count(), 0);
    }
};

QTEST_MAIN(TestOverTimeChartView)
#include "tst_overtimechartview.moc"
