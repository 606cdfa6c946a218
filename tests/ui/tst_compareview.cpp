// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view: a run with one endpoint slowed against its base, and runs that cannot be compared.
#include "charts/comparechartview.h"
#include "compare/comparemodels.h"
#include "compare/compareview.h"
#include "syntheticrun.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineSeries>
#include <QChart>
#include <QCoreApplication>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestCompareView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("1 endpoint", "2 endpoints").
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    }

    void findsTheSlowedEndpointOnly()
    {
        CompareView view;
        QAbstractItemModelTester endpoints(view.endpointModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester cells(view.cellModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RunResult base = testing::syntheticRun(testing::demoShape, 1, 60, 0.05);
        // The candidate: List prompts 5 ms slower at every size, everything else the same shape (other noise).
        const RunResult candidate = testing::syntheticRun(
            [](int endpoint, double n) { return testing::demoShape(endpoint, n) + (endpoint == 0 ? 5.0 : 0.0); }, 2, 60, 0.05);
        view.setRuns(base, QStringLiteral("run 1"), candidate, QStringLiteral("run 2"));
        QVERIFY(view.comparison().compatible);
        QCOMPARE(view.headline(), QStringLiteral("1 endpoint slower, 5 without significant change"));
        const CompareEndpointModel* model = view.endpointModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(0, CompareEndpointModel::EndpointColumn).data().toString(), QStringLiteral("List prompts"));
        QCOMPARE(model->index(0, CompareEndpointModel::VerdictColumn).data().toString(), QStringLiteral("slower"));
        QCOMPARE(model->index(0, 0).data(CompareEndpointModel::VerdictRole).toInt(), int(analysis::ChangeVerdict::Slower));
        for (int row = 1; row < 6; ++row)
            QCOMPARE(model->index(row, CompareEndpointModel::VerdictColumn).data().toString(), QStringLiteral("no significant change"));
        QCOMPARE(view.cellModel()->rowCount(), 30);
        QCOMPARE(view.cellModel()->index(0, CompareCellModel::ChangeColumn).data().toString().left(1), QStringLiteral("+"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("compareTitle"))->text().contains(QStringLiteral("run 2")));

        // The overlay: per endpoint the base dashed and the candidate solid, five sizes each; List's lines 5 ms apart.
        CompareChartView* chart = view.chart();
        QVERIFY(chart->baseSeries(0) && chart->candidateSeries(0));
        QCOMPARE(chart->baseSeries(0)->count(), 5);
        QCOMPARE(chart->baseSeries(0)->pen().style(), Qt::DashLine);
        QCOMPARE(chart->candidateSeries(0)->pen().style(), Qt::SolidLine);
        QVERIFY(chart->candidateSeries(0)->at(0).y() - chart->baseSeries(0)->at(0).y() > 4.0);
        QVERIFY(chart->isLogScale()); // 0.1 … 42 ms
        chart->setEndpointFilter(5);
        QVERIFY(!chart->baseSeries(0));
        QVERIFY(chart->candidateSeries(5));
        QCOMPARE(chart->chart()->series().size(), 2);
    }

    void explainsWhyRunsCannotBeCompared()
    {
        CompareView view;
        const RunResult base = testing::syntheticRun();
        RunResult other = testing::syntheticRun();
        other.plan.target.baseUrl = QUrl(QStringLiteral("http://staging.example:8000"));
        view.setRuns(base, QStringLiteral("a"), other, QStringLiteral("b"));
        QVERIFY(!view.comparison().compatible);
        QCOMPARE(view.cellModel()->rowCount(), 0);
        QVERIFY2(view.headline().contains(QStringLiteral("cannot be compared")), qPrintable(view.headline()));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("compareWarnings"))->text().contains(QStringLiteral("staging.example")));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
