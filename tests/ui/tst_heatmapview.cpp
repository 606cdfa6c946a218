// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HeatmapView: colours ordered by value, printed values, hatched unmeasured cells, tooltips with the numbers.
#include "charts/cellmetric.h"
#include "charts/chartcolors.h"
#include "charts/heatmapview.h"
#include "runfixtures.h"
#include "runmodel.h"

#include <QImage>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

using testing::apply;
using testing::cellOf;
using testing::planOf;

double luminance(const QColor& color)
{
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
}

} // namespace

class TestHeatmapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void colorsFollowValues_data()
    {
        QTest::addColumn<QList<double>>("p50s"); // one endpoint, one cell per size, ascending
        QTest::addColumn<bool>("log");
        QTest::addRow("linear") << QList<double> { 1.0, 2.0, 4.0, 8.0 } << false;
        QTest::addRow("log, four decades") << QList<double> { 0.01, 0.1, 1.0, 100.0 } << true;
    }

    void colorsFollowValues()
    {
        QFETCH(QList<double>, p50s);
        QFETCH(bool, log);
        RunModel model;
        HeatmapView view(&model);
        model.beginRun(planOf(1, { 1, 2, 3, 4 }));
        QList<CellResult> cells;
        for (int s = 3; s >= 0; --s) // in reverse: order of arrival must not matter
            cells.append(cellOf(s, s + 1, 0, p50s.at(s)));
        apply(model, cells);
        view.flush();
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(view.columnCount(), 4);
        QCOMPARE(view.isLogColorScale(), log);
        QCOMPARE(view.minimumValue(), p50s.first());
        QCOMPARE(view.maximumValue(), p50s.last());
        QCOMPARE(view.cellColor(0, 0), viridisColor(0.0));
        QCOMPARE(view.cellColor(0, 3), viridisColor(1.0));
        for (int s = 1; s < 4; ++s)
            QVERIFY2(
                luminance(view.cellColor(0, s)) > luminance(view.cellColor(0, s - 1)), qPrintable(QString::number(s)));
        // Linear: 2 ms sits at 1/7 of 1 … 8; log: 0.1 ms at a quarter of 0.01 … 100.
        QCOMPARE(view.cellColor(0, 1), viridisColor(log ? 0.25 : 1.0 / 7.0));
        QCOMPARE(view.cellText(0, 2), formatMilliseconds(p50s.at(2)));
    }

    void metricsAndEmptyCells()
    {
        RunModel model;
        HeatmapView view(&model);
        model.beginRun(planOf(2, { 10, 100 }));
        view.flush();
        QVERIFY(!view.isMeasured(0, 0));
        QVERIFY(!view.cellColor(0, 0).isValid());
        apply(model, { cellOf(0, 10, 0, 2.0, 100), cellOf(1, 100, 1, 4.0, 95) });
        view.flush();
        QVERIFY(view.isMeasured(0, 0));
        QVERIFY(view.isMeasured(1, 1)); // row = endpoint, column = size
        QVERIFY(!view.isMeasured(0, 1));
        QVERIFY(!view.isMeasured(1, 0));
        QVERIFY(!view.cellColor(0, 1).isValid());
        QVERIFY(view.cellText(0, 1).isEmpty());
        QVERIFY(view.toolTipFor(0, 1).contains(QStringLiteral("Not measured")));
        QCOMPARE(view.cellText(1, 1), formatMilliseconds(4.0));

        view.setMetric(CellMetric::P99);
        QCOMPARE(view.cellText(1, 1), formatMilliseconds(8.0));
        view.setMetric(CellMetric::ErrorRate);
        QCOMPARE(view.metric(), CellMetric::ErrorRate);
        QCOMPARE(view.cellText(1, 1), formatCellMetric(5.0, CellMetric::ErrorRate));
        QCOMPARE(view.cellText(0, 0), formatCellMetric(0.0, CellMetric::ErrorRate));
        // The error rate scale starts at 0 %: the error-free cell has the lowest colour.
        QCOMPARE(view.cellColor(0, 0), viridisColor(0.0));
        QCOMPARE(view.cellColor(1, 1), viridisColor(1.0));
        QVERIFY(!view.isLogColorScale());
    }

    void toolTipListsTheNumbers()
    {
        RunModel model;
        HeatmapView view(&model);
        model.beginRun(planOf(2, { 10, 100 }));
        apply(model, { cellOf(1, 100, 1, 2.0, 98) });
        view.flush();
        const QString tip = view.toolTipFor(1, 1);
        for (const QString& fragment : { QStringLiteral("E1"), QStringLiteral("100"), QStringLiteral("98.0 %"),
                 QStringLiteral("p50"), formatMilliseconds(2.0), QStringLiteral("p95"), formatMilliseconds(3.0),
                 QStringLiteral("p99"), formatMilliseconds(4.0), QStringLiteral("Mean"), formatMilliseconds(2.4),
                 QStringLiteral("Max"), formatMilliseconds(8.0) })
            QVERIFY2(tip.contains(fragment), qPrintable(fragment + QStringLiteral(" missing in ") + tip));
        QVERIFY(view.toolTipFor(5, 0).isEmpty());
    }

    void paintsWhatItReports()
    {
        RunModel model;
        HeatmapView view(&model);
        model.beginRun(planOf(2, { 10, 100, 1000 }));
        apply(model, { cellOf(0, 10, 0, 1.0), cellOf(1, 100, 0, 3.0), cellOf(2, 1000, 0, 9.0), cellOf(0, 10, 1, 2.0) });
        view.resize(640, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flush();

        const QImage image = view.grab().toImage();
        for (int column = 0; column < 3; ++column) {
            const QRect rect = view.cellRect(0, column);
            QVERIFY(rect.width() > 20 && rect.height() > 10);
            // A corner of the cell, away from its centred text, has the fill colour.
            QCOMPARE(image.pixelColor(rect.topLeft() + QPoint(2, 2)).rgb(), view.cellColor(0, column).rgb());
            QCOMPARE(view.toolTipAt(rect.center()), view.toolTipFor(0, column));
        }
        // The value is printed in the cell: its centre holds more than the fill colour.
        QSet<QRgb> inside;
        const QRect measured = view.cellRect(0, 2);
        for (int x = measured.left(); x <= measured.right(); ++x)
            inside.insert(image.pixelColor(x, measured.center().y()).rgb());
        QVERIFY(inside.size() > 2);
        // An unmeasured cell is hatched: lines of another colour cross its fill.
        QSet<QRgb> hatch;
        const QRect empty = view.cellRect(1, 2);
        for (int x = empty.left() + 1; x < empty.right(); ++x)
            hatch.insert(image.pixelColor(x, empty.center().y()).rgb());
        QVERIFY(hatch.size() >= 2);
        QVERIFY(!hatch.contains(viridisColor(0.0).rgb()));
        QVERIFY(view.toolTipAt(QPoint(1, 1)).isEmpty());
    }

    void burstOfSnapshotsRefreshesOnce()
    {
        RunModel model;
        HeatmapView view(&model);
        model.beginRun(planOf(50, { 10 }));
        view.flush();
        const int before = view.refreshCount();
        for (int e = 0; e < 50; ++e)
            apply(model, { cellOf(0, 10, e, 1.0 + e) });
        QCOMPARE(view.refreshCount(), before);
        QTRY_COMPARE(view.refreshCount(), before + 1);
        QVERIFY(view.isMeasured(49, 0));
        QTest::qWait(250);
        QCOMPARE(view.refreshCount(), before + 1);
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
