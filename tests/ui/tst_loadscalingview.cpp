// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LoadScalingView: throughput against the level as stages finish; for a concurrency sweep the USL fitted from three
// levels on, with its peak in the caption; a stress ramp's steps without its recovery; nothing for one level.
#include "charts/loadscalingview.h"
#include "loadfixtures.h"
#include "runmodel.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

} // namespace

class TestLoadScalingView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sweepWithUslFit()
    {
        const testing::ScriptedLoadRun run = testing::sweepRun();
        RunModel model;
        LoadScalingView view(&model);
        model.beginRun(run.plan);
        QVERIFY(LoadScalingView::appliesTo(run.plan));
        model.applySnapshot(run.snapshot(0, 6)); // levels 1 and 2
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 2);
        QCOMPARE(view.throughputSeries()->at(0), QPointF(1, 100));
        QVERIFY(!view.fit().ok);
        QVERIFY(!view.fitSeries()->isVisible());
        QVERIFY2(view.caption().contains(QLatin1String("three levels")), qPrintable(view.caption()));

        model.applySnapshot(run.snapshot(6, 18));
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 6);
        QCOMPARE(view.throughputPoints()->count(), 6);
        QCOMPARE(view.p95Series()->count(), 6);
        QVERIFY(view.fit().ok);
        // λ = 100, σ = 0.05, κ = 0.002: N* = √(0.95 / 0.002) ≈ 21.8
        QVERIFY2(std::abs(view.fit().peakConcurrency - 21.8) < 1.0, qPrintable(QString::number(view.fit().peakConcurrency)));
        QVERIFY(view.fitSeries()->isVisible());
        QVERIFY(view.fitSeries()->count() > 50);
        QCOMPARE(view.fitSeries()->pen().style(), Qt::DashLine);
        QVERIFY(view.levelAxis()->max() >= 32);
        QVERIFY2(view.caption().contains(QLatin1String("throughput peaks near 21")), qPrintable(view.caption()));

        // The same from the history.
        RunModel stored;
        LoadScalingView storedView(&stored);
        stored.load(run.result);
        storedView.flush();
        QCOMPARE(storedView.throughputSeries()->count(), 6);
        QVERIFY(storedView.fit().ok);
    }

    void stressStepsWithoutRecovery()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        LoadScalingView view(&model);
        model.load(run.result);
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 5); // the recovery goes back down: not a level of the ramp
        QCOMPARE(view.throughputSeries()->at(4), QPointF(50, 4000));
        QVERIFY(!view.fit().ok); // the USL is for concurrency sweeps
        QVERIFY(!view.fitSeries()->isVisible());
    }

    void oneLevelHasNothingToDraw()
    {
        RunModel model;
        LoadScalingView view(&model);
        const Plan plan = testing::loadPlanOf(LoadConfig::Kind::Load);
        QVERIFY(!LoadScalingView::appliesTo(plan));
        model.beginRun(plan);
        view.flush();
        QCOMPARE(view.throughputSeries()->count(), 0);
    }
};

QTEST_MAIN(TestLoadScalingView)
#include "tst_loadscalingview.moc"
