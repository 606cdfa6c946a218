// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ThresholdsModel: a well-behaved table model; metrics, limits and scaling ceilings edited as the delegate does.
#include "analysis/findings.h"
#include "wizard/planitemdelegate.h"
#include "wizard/thresholdsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestThresholdsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        ThresholdsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEndpointNames({ QStringLiteral("List"), QStringLiteral("Get") });
        model.setThresholds(analysis::defaultThresholds());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("< 300 ms"));
        QCOMPARE(model.index(4, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("> 100 req/s"));
        QCOMPARE(model.index(0, ThresholdsModel::EndpointColumn).data().toString(), QStringLiteral("All endpoints"));
        QCOMPARE(model.index(0, ThresholdsModel::EndpointColumn).data(PlanItemDelegate::ChoicesRole).toStringList(),
            (QStringList { QStringLiteral("All endpoints"), QStringLiteral("List"), QStringLiteral("Get") }));

        const int row = model.appendThreshold(Threshold {});
        QCOMPARE(row, 5);
        QVERIFY(model.setData(model.index(row, ThresholdsModel::EndpointColumn), QStringLiteral("List")));
        QVERIFY(model.setData(model.index(row, ThresholdsModel::MetricColumn), QStringLiteral("scaling")));
        QCOMPARE(model.index(row, ThresholdsModel::LimitColumn).data(PlanItemDelegate::ChoicesRole).toStringList().size(), 5);
        QVERIFY(model.setData(model.index(row, ThresholdsModel::LimitColumn), QStringLiteral("O(n²)")));
        QVERIFY(!model.setData(model.index(row, ThresholdsModel::LimitColumn), QStringLiteral("O(2^n)")));
        QCOMPARE(model.index(row, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("no worse than O(n²)"));
        Threshold expected;
        expected.endpoint = QStringLiteral("List");
        expected.metric = ThresholdMetric::Scaling;
        expected.ceiling = ComplexityClass::Quadratic;
        QCOMPARE(model.thresholds().at(row), expected);

        // Another unit: the limit takes that metric's default.
        QVERIFY(model.setData(model.index(row, ThresholdsModel::MetricColumn), QStringLiteral("error rate")));
        QCOMPARE(model.thresholds().at(row).limit, 1.0);
        QCOMPARE(model.index(row, ThresholdsModel::LimitColumn).data(PlanItemDelegate::MaximumRole).toDouble(), 100.0);
        QVERIFY(model.setData(model.index(row, ThresholdsModel::LimitColumn), 2.5));
        QCOMPARE(model.index(row, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("< 2.5 %"));
        // The same unit: the number stays.
        QVERIFY(model.setData(model.index(1, ThresholdsModel::MetricColumn), QStringLiteral("p99 latency")));
        QCOMPARE(model.thresholds().at(1).limit, 300.0);
        QVERIFY(!model.setData(model.index(1, ThresholdsModel::MetricColumn), QStringLiteral("p42")));
        QVERIFY(model.setData(model.index(row, ThresholdsModel::EndpointColumn), QStringLiteral("All endpoints")));
        QVERIFY(model.thresholds().at(row).endpoint.isEmpty());

        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.removeRows(3, 2));
        model.setThresholds({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThresholdsModel)
#include "tst_thresholdsmodel.moc"
