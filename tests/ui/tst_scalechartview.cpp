// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ScaleChartView: a point per finished cell, p95 dashed only with p50, log axes only for wide spans,
// one refresh for a burst of snapshots.
#include "charts/chartcolors.h"
#include "charts/scalechartview.h"
#include "runfixtures.h"
#include "runmodel.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTest>
#include <QValueAxis>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

using testing::planOf;
using testing::snapshotWith;

/// testing::cellOf() with the records the target held while it was measured: the chart's x.
CellResult cellOf(int sizeIndex, int size, int endpointIndex, double p50, qint64 records)
{
    CellResult cell = testing::cellOf(sizeIndex, size, endpointIndex, p50);
    cell.records = records;
    return cell;
}

} // namespace

class TestScaleChartView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointsAppearAsCellsFinish()
    {
        RunModel model;
        ScaleChartView view(&model);
        model.beginRun(planOf(2, { 10, 100 }));
        view.flush();
        QVERIFY(view.primarySeries(0));
        QVERIFY(view.primarySeries(1));
        QVERIFY(!view.primarySeries(2));
        QCOMPARE(view.primarySeries(0)->count(), 0);
        QCOMPARE(view.primarySeries(0)->color(), endpointColor(0));
        QCOMPARE(view.primarySeries(1)->color(), endpointColor(1));

        model.applySnapshot(snapshotWith({ cellOf(0, 10, 0, 2.0, 12) }));
        view.flush();
        QCOMPARE(view.primarySeries(0)->count(), 1);
        QCOMPARE(view.primarySeries(1)->count(), 0);
        QCOMPARE(view.primarySeries(0)->at(0), QPointF(12, 2.0)); // x is the records the target held

        // Cells finishing out of order are drawn in order of size.
        model.applySnapshot(snapshotWith({ cellOf(1, 100, 0, 5.0, 104), cellOf(1, 100, 1, 1.0, 104) }));
        view.flush();
        QCOMPARE(view.primarySeries(0)->points(), (QList<QPointF> { { 12, 2.0 }, { 104, 5.0 } }));
        QCOMPARE(view.primarySeries(1)->points(), (QList<QPointF> { { 104, 1.0 } }));
        QCOMPARE(view.secondarySeries(0)->points(), (QList<QPointF> { { 12, 3.0 }, { 104, 7.5 } }));

        // The axes cover every point, with units in their titles.
        auto* x = qobject_cast<QValueAxis*>(view.axisX());
        auto* y = qobject_cast<QValueAxis*>(view.axisY());
        QVERIFY(x && y);
        QVERIFY(x->max() >= 104);
        QVERIFY(y->max() >= 7.5);
        QVERIFY(x->titleText().contains(QStringLiteral("records")));
        QVERIFY(y->titleText().contains(QStringLiteral("ms")));
    }

    void sweepsUseTheSizeParameter()
    {
        RunModel model;
        ScaleChartView view(&model);
        model.beginRun(planOf(1, { 5, 50 }, DatasetMode::Sweep));
        model.applySnapshot(snapshotWith({ cellOf(1, 50, 0, 1.0, -1) }));
        view.flush();
        QCOMPARE(view.primarySeries(0)->points(), (QList<QPointF> { { 50, 1.0 } }));
        QVERIFY(!view.axisX()->titleText().contains(QStringLiteral("records")));
    }

    void statistic_data()
    {
        QTest::addColumn<ScaleChartView::Statistic>("statistic");
        QTest::addColumn<double>("primaryY");
        QTest::addColumn<bool>("dashed");
        // cellOf(…, p50 = 4): mean 4.8, p95 6, p99 8
        QTest::addRow("p50 + p95") << ScaleChartView::Statistic::P50AndP95 << 4.0 << true;
        QTest::addRow("mean") << ScaleChartView::Statistic::Mean << 4.8 << false;
        QTest::addRow("p99") << ScaleChartView::Statistic::P99 << 8.0 << false;
    }

    void statistic()
    {
        QFETCH(ScaleChartView::Statistic, statistic);
        QFETCH(double, primaryY);
        QFETCH(bool, dashed);
        RunModel model;
        ScaleChartView view(&model);
        model.beginRun(planOf(2, { 10 }));
        model.applySnapshot(snapshotWith({ cellOf(0, 10, 0, 4.0, 10), cellOf(0, 10, 1, 4.0, 10) }));
        view.setStatistic(ScaleChartView::Statistic::P99); // switch away and back: series are rebuilt each time
        view.setStatistic(statistic);
        view.show(); // legend markers are graphics items: visible only in a shown chart
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flush();
        QCOMPARE(view.statistic(), statistic);
        QCOMPARE(view.primarySeries(0)->count(), 1);
        QCOMPARE(view.primarySeries(0)->at(0).y(), primaryY);
        QCOMPARE(view.primarySeries(0)->pen().style(), Qt::SolidLine);
        QCOMPARE(view.secondarySeries(0) != nullptr, dashed);
        int visibleMarkers = 0;
        for (QLegendMarker* marker : view.chart()->legend()->markers()) {
            if (marker->isVisible()) {
                ++visibleMarkers;
                QVERIFY2(!marker->label().contains(QStringLiteral("p95")), qPrintable(marker->label()));
            }
        }
        QCOMPARE(visibleMarkers, 2); // the legend names endpoints, not statistics
        QCOMPARE(view.chart()->series().size(), dashed ? 4 : 2);
        if (dashed) {
            QCOMPARE(view.secondarySeries(0)->pen().style(), Qt::DashLine);
            QCOMPARE(view.secondarySeries(0)->color(), endpointColor(0));
            QCOMPARE(view.secondarySeries(0)->at(0).y(), 6.0);
        }
    }

    void logScaleOnlyForWideSpans()
    {
        RunModel model;
        ScaleChartView view(&model);
        model.beginRun(planOf(2, { 10, 50 }));
        model.applySnapshot(snapshotWith({ cellOf(0, 10, 0, 1.0, 10), cellOf(1, 50, 0, 20.0, 50) }));
        view.flush();
        // 1 … 30 ms (p95 of 20) and 10 … 50 records: less than two decades on both axes.
        QVERIFY(!view.isLogScaleAvailable());
        QVERIFY(!view.isLogScale());
        QVERIFY(qobject_cast<QValueAxis*>(view.axisY()));

        // 0.1 ms beside 30 ms: the y values span more than two decades, the sizes still do not.
        model.applySnapshot(snapshotWith({ cellOf(0, 10, 1, 0.1, 10) }));
        view.flush();
        QVERIFY(view.isLogScaleAvailable());
        QVERIFY(view.isLogY());
        QVERIFY(!view.isLogX());
        auto* logY = qobject_cast<QLogValueAxis*>(view.axisY());
        QVERIFY(logY);
        QVERIFY(logY->min() <= 0.1);
        QVERIFY(logY->max() >= 30.0);
        QVERIFY(qobject_cast<QValueAxis*>(view.axisX()));
        QCOMPARE(view.primarySeries(1)->count(), 1);

        // The user's choice sticks, even when later cells would call for log axes again.
        view.setLogScale(false);
        QVERIFY(!view.isLogScale());
        QVERIFY(qobject_cast<QValueAxis*>(view.axisY()));
        model.applySnapshot(snapshotWith({ cellOf(1, 50, 1, 0.05, 50) }));
        view.flush();
        QVERIFY(view.isLogScaleAvailable());
        QVERIFY(!view.isLogScale());
        view.setLogScale(true);
        QVERIFY(view.isLogY());
    }

    void burstOfSnapshotsRefreshesOnce()
    {
        RunModel model;
        ScaleChartView view(&model);
        QList<int> sizes;
        for (int i = 1; i <= 50; ++i)
            sizes.append(i * 10);
        model.beginRun(planOf(1, sizes));
        view.flush();
        const int before = view.refreshCount();
        for (int i = 0; i < 50; ++i)
            model.applySnapshot(snapshotWith({ cellOf(i, sizes.at(i), 0, 1.0 + i, sizes.at(i)) }));
        QCOMPARE(view.refreshCount(), before); // nothing yet: the throttle waits for its tick
        QTRY_COMPARE(view.refreshCount(), before + 1);
        QCOMPARE(view.primarySeries(0)->count(), 50);
        QTest::qWait(250);
        QCOMPARE(view.refreshCount(), before + 1); // and nothing more after it
    }

    void loadedRunAndReset()
    {
        RunModel model;
        ScaleChartView view(&model);
        RunResult run;
        run.plan = planOf(3, { 10, 100, 5000 });
        for (int s = 0; s < 3; ++s) {
            for (int e = 0; e < 3; ++e)
                run.cells.append(cellOf(s, run.plan.dataset.sizes.at(s), e, 1.0 + s + e, run.plan.dataset.sizes.at(s)));
        }
        run.status = RunStatus::Completed;
        model.load(run);
        view.flush();
        for (int e = 0; e < 3; ++e)
            QCOMPARE(view.primarySeries(e)->count(), 3);
        // 10 … 5000 records: more than two decades on x.
        QVERIFY(view.isLogX());

        model.beginRun(planOf(1, { 10 }));
        view.flush();
        QVERIFY(view.primarySeries(0));
        QCOMPARE(view.primarySeries(0)->count(), 0);
        QVERIFY(!view.primarySeries(1));
    }
};

QTEST_MAIN(TestScaleChartView)
#include "tst_scalechartview.moc"
