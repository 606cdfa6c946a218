// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/thresholds.h"

#include <QTest>

using namespace scalescope;
using namespace scalescope::analysis;

namespace {

CellResult cell(const QString& endpoint, int size, double p95Ms, quint64 count, quint64 successes, double throughput)
{
    CellResult out;
    out.endpoint = endpoint;
    out.size = size;
    out.stats.count = count;
    out.stats.successes = successes;
    out.stats.p95Ms = p95Ms;
    out.stats.throughput = throughput;
    return out;
}

Plan planWith(QList<Threshold> thresholds)
{
    Plan plan;
    plan.endpoints = { EndpointConfig { QStringLiteral("List"), {}, {} }, EndpointConfig { QStringLiteral("Get"), {}, {} } };
    plan.thresholds = std::move(thresholds);
    return plan;
}

const QList<CellResult> kCells = {
    cell(QStringLiteral("List"), 10, 20.0, 100, 100, 400.0),
    cell(QStringLiteral("Get"), 10, 5.0, 100, 100, 900.0),
    cell(QStringLiteral("List"), 500, 312.0, 100, 97, 80.0),
    cell(QStringLiteral("Get"), 500, 5.5, 100, 100, 880.0),
};

} // namespace

class TestThresholds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QList<Threshold>>("thresholds");
        QTest::addColumn<int>("checks");
        QTest::addColumn<QStringList>("failures"); // "endpoint@size"
        QTest::addRow("p95 everywhere") << QList<Threshold> { { {}, ThresholdMetric::P95, 300.0 } } << 4 << QStringList { QStringLiteral("List@500") };
        QTest::addRow("p95 on Get only") << QList<Threshold> { { QStringLiteral("Get"), ThresholdMetric::P95, 300.0 } } << 2 << QStringList {};
        QTest::addRow("limit is inclusive") << QList<Threshold> { { {}, ThresholdMetric::P95, 312.0 } } << 4 << QStringList {};
        QTest::addRow("error rate 1 pct") << QList<Threshold> { { {}, ThresholdMetric::ErrorRate, 1.0 } } << 4 << QStringList { QStringLiteral("List@500") };
        QTest::addRow("throughput at least 100") << QList<Threshold> { { {}, ThresholdMetric::Throughput, 100.0 } } << 4 << QStringList { QStringLiteral("List@500") };
        QTest::addRow("two thresholds") << QList<Threshold> { { {}, ThresholdMetric::P95, 10.0 }, { QStringLiteral("Get"), ThresholdMetric::P95, 5.2 } } << 6
                                        << QStringList { QStringLiteral("List@10"), QStringLiteral("List@500"), QStringLiteral("Get@500") };
    }
    void evaluates()
    {
        QFETCH(QList<Threshold>, thresholds);
        QFETCH(int, checks);
        QFETCH(QStringList, failures);
        const ThresholdReport report = evaluateThresholds(planWith(thresholds), kCells);
        QCOMPARE(report.verdicts.size(), checks);
        QStringList failed;
        for (const ThresholdVerdict& verdict : report.verdicts) {
            if (!verdict.passed)
                failed.append(verdict.endpoint + QLatin1Char('@') + QString::number(verdict.size));
        }
        QCOMPARE(failed, failures);
        QCOMPARE(report.passed(), failures.isEmpty());
        QCOMPARE(report.failureCount(), int(failures.size()));
    }

    void messagesNameTheCellAndTheNumbers()
    {
        const ThresholdReport report = evaluateThresholds(planWith({ { {}, ThresholdMetric::P95, 300.0 } }), kCells);
        const ThresholdVerdict& failed = report.verdicts.at(2);
        QVERIFY(!failed.passed);
        QVERIFY2(failed.message.contains(QStringLiteral("List at size 500")), qPrintable(failed.message));
        QVERIFY2(failed.message.contains(QStringLiteral("p95 312.0 ms exceeds 300.0 ms")), qPrintable(failed.message));
        const ThresholdReport rate = evaluateThresholds(planWith({ { {}, ThresholdMetric::ErrorRate, 1.0 } }), kCells);
        QVERIFY2(rate.verdicts.at(2).message.contains(QStringLiteral("error_rate 3.00 % exceeds 1.00 %")), qPrintable(rate.verdicts.at(2).message));
        const ThresholdReport throughput = evaluateThresholds(planWith({ { {}, ThresholdMetric::Throughput, 100.0 } }), kCells);
        QVERIFY2(throughput.verdicts.at(2).message.contains(QStringLiteral("throughput 80.0 req/s is below 100.0 req/s")),
                 qPrintable(throughput.verdicts.at(2).message));
    }

    void unknownEndpointIsReportedNotIgnored()
    {
        const ThresholdReport report = evaluateThresholds(planWith({ { QStringLiteral("Lsit"), ThresholdMetric::P95, 1.0 } }), kCells);
        QVERIFY(report.verdicts.isEmpty());
        QCOMPARE(report.unmatched, QStringList { QStringLiteral("Lsit") });
    }

    void emptyCellsAreSkipped()
    {
        const QList<CellResult> cells { cell(QStringLiteral("List"), 10, 0.0, 0, 0, 0.0) };
        QVERIFY(evaluateThresholds(planWith({ { {}, ThresholdMetric::Throughput, 100.0 } }), cells).verdicts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
