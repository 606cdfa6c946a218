// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel: scaling classes, findings and threshold verdicts of a run of known shape.
#include "findings/findingsmodels.h"
#include "findings/findingsview.h"
#include "syntheticrun.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QTableView>
#include <QCoreApplication>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestFindingsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("1 endpoint", "2 endpoints").
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    }

    void showsHowEachEndpointScales()
    {
        FindingsView view;
        QAbstractItemModelTester scaling(view.scalingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findings(view.findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester thresholds(view.thresholdModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setRun(testing::syntheticRun(testing::demoShape, 7, 60, 0.02));
        const ScalingModel* model = view.scalingModel();
        QCOMPARE(model->rowCount(), 6);
        QStringList classes;
        for (int row = 0; row < model->rowCount(); ++row)
            classes.append(model->index(row, ScalingModel::ClassColumn).data().toString());
        QCOMPARE(classes, (QStringList { QStringLiteral("O(n)"), QStringLiteral("O(n)"), QStringLiteral("O(1)"),
                              QStringLiteral("O(1)"), QStringLiteral("O(n)"), QStringLiteral("O(n²)") }));
        QVERIFY(model->index(0, ScalingModel::GrowthColumn).data().toString().contains(QStringLiteral("per 100 records")));

        // Find duplicates is quadratic and far slower than its siblings: a critical finding first.
        const FindingsModel* list = view.findingsModel();
        QVERIFY(list->rowCount() >= 6);
        QCOMPARE(list->index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(list->index(0, FindingsModel::EndpointColumn).data().toString(), QStringLiteral("Find duplicates"));
        QVERIFY(list->index(0, FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("→ ")));

        // The demo plan: p95 ≤ 300 ms and errors ≤ 1 % at 30 cells, all passing.
        QCOMPARE(view.thresholdModel()->rowCount(), 60);
        QVERIFY(view.summaryText().contains(QStringLiteral("3 × O(n)")));
        QVERIFY(view.summaryText().contains(QStringLiteral("all 60 checks passed")));
        QVERIFY(!view.findChild<QCheckBox*>(QStringLiteral("failuresOnly"))->isChecked());
    }

    void failuresComeFirstAndCanBeShownAlone()
    {
        FindingsView view;
        // Every 10th request fails: 10 % errors break the 1 % threshold in every cell.
        view.setRun(testing::syntheticRun(testing::demoShape, 3, 40, 0.02, 10));
        const ThresholdModel* model = view.thresholdModel();
        QCOMPARE(model->index(0, ThresholdModel::ResultColumn).data().toString(), QStringLiteral("FAILED"));
        QCOMPARE(model->index(0, ThresholdModel::MetricColumn).data().toString(), QStringLiteral("error_rate"));
        QCOMPARE(model->index(0, ThresholdModel::LimitColumn).data().toString(), QStringLiteral("≤ 1.00 %"));
        QVERIFY(view.summaryText().contains(QStringLiteral("30 of 60 checks FAILED")));
        auto* failuresOnly = view.findChild<QCheckBox*>(QStringLiteral("failuresOnly"));
        QVERIFY(failuresOnly->isChecked()); // on by default when something failed
        auto* table = view.findChild<QTableView*>(QStringLiteral("thresholdTable"));
        QCOMPARE(table->model()->rowCount(), 30);
        failuresOnly->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 60);
    }

    void loadTestsHaveNoScalingTable()
    {
        FindingsView view;
        view.show();
        RunResult run = testing::syntheticRun();
        run.load = LoadResult {};
        run.load->config.kind = LoadConfig::Kind::Stress;
        view.setRun(run);
        auto* scaling = view.findChild<QTableView*>(QStringLiteral("scalingTable"));
        QVERIFY(!scaling->isVisibleTo(&view));
        QCOMPARE(scaling->model()->rowCount(), 0);
        const QString summary = view.findChild<QLabel*>(QStringLiteral("findingsSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Stress test: ")), qPrintable(summary));
        view.clear();
        QVERIFY(scaling->isVisibleTo(&view));
    }

    void clearSaysWhatWillAppear()
    {
        FindingsView view;
        view.setRun(testing::syntheticRun());
        view.clear();
        QCOMPARE(view.scalingModel()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("findingsSummary"))->text().contains(QStringLiteral("No run yet")));
    }
};

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
