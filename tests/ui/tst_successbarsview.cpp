// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SuccessBarsView: a group per measured size, a bar per endpoint, success in percent, a caption for failures.
#include "charts/chartcolors.h"
#include "charts/successbarsview.h"
#include "runfixtures.h"
#include "runmodel.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QTest>
#include <QValueAxis>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

using testing::apply;
using testing::planOf;

/// A cell at size index @p sizeIndex (the bars label the plan's sizes, not the cell's) where @p successes of 100
/// requests succeeded.
CellResult cellOf(int sizeIndex, int endpointIndex, quint64 successes)
{
    return testing::cellOf(sizeIndex, 0, endpointIndex, 1.0, successes);
}

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

} // namespace

class TestSuccessBarsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void barsPerEndpointAndSize()
    {
        RunModel model;
        SuccessBarsView view(&model);
        model.beginRun(planOf(2, { 10, 100, 1000 }));
        view.flush();
        QVERIFY(view.categories().isEmpty());
        QCOMPARE(view.series()->count(), 2);
        QCOMPARE(view.barSet(0)->label(), QStringLiteral("E0"));
        QCOMPARE(view.barSet(1)->color(), endpointColor(1));
        QVERIFY(view.summaryText().contains(QStringLiteral("No cell")));

        apply(model, { cellOf(0, 0, 100), cellOf(0, 1, 90) });
        view.flush();
        QCOMPARE(view.categories(), QStringList { QStringLiteral("10") });
        QCOMPARE(valuesOf(view.barSet(0)), (QList<qreal> { 100.0 }));
        QCOMPARE(valuesOf(view.barSet(1)), (QList<qreal> { 90.0 }));

        // The largest size comes before the middle one: categories stay in order of size; a bar not
        // measured yet is empty.
        apply(model, { cellOf(2, 0, 50) });
        view.flush();
        QCOMPARE(view.categories(), (QStringList { QStringLiteral("10"), QLocale().toString(1000) }));
        QCOMPARE(view.categorySizeIndexes(), (QList<int> { 0, 2 }));
        QCOMPARE(valuesOf(view.barSet(0)), (QList<qreal> { 100.0, 50.0 }));
        QCOMPARE(valuesOf(view.barSet(1)), (QList<qreal> { 90.0, 0.0 }));

        auto* y = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
        QVERIFY(y->titleText().contains(QStringLiteral("%")));
    }

    void summary_data()
    {
        QTest::addColumn<QList<quint64>>("successes"); // of 100 requests, one cell per endpoint at size 10
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("all succeeded") << QList<quint64> { 100, 100 }
                                       << QStringList {
                                              QStringLiteral("Every measured request succeeded"),
                                              QStringLiteral("(2 cell")
                                          }; // "(2 cells)" once an English catalogue resolves plurals
        QTest::addRow("one failing") << QList<quint64> { 100, 97 }
                                     << QStringList { QStringLiteral("1 cell"), QStringLiteral("had failed requests"),
                                            QStringLiteral("E1"), QStringLiteral("97.0 %") };
        QTest::addRow("worst named") << QList<quint64> { 40,
            97 } << QStringList { QStringLiteral("2 cell"), QStringLiteral("E0"), QStringLiteral("40.0 %") };
    }

    void summary()
    {
        QFETCH(QList<quint64>, successes);
        QFETCH(QStringList, fragments);
        RunModel model;
        SuccessBarsView view(&model);
        model.beginRun(planOf(2, { 10 }));
        apply(model, { cellOf(0, 0, successes.at(0)), cellOf(0, 1, successes.at(1)) });
        view.flush();
        for (const QString& fragment : std::as_const(fragments))
            QVERIFY2(view.summaryText().contains(fragment), qPrintable(view.summaryText()));
    }

    void loadedRunAtOnce()
    {
        RunModel model;
        SuccessBarsView view(&model);
        RunResult run;
        run.plan = planOf(3, { 1, 2 });
        for (int s = 0; s < 2; ++s) {
            for (int e = 0; e < 3; ++e)
                run.cells.append(cellOf(s, e, 100 - quint64(10 * e)));
        }
        model.load(run);
        view.flush();
        QCOMPARE(view.categories().size(), 2);
        QCOMPARE(valuesOf(view.barSet(2)), (QList<qreal> { 80.0, 80.0 }));
        const int before = view.refreshCount();
        model.beginRun(planOf(1, { 1 }));
        for (int i = 0; i < 50; ++i)
            apply(model, { cellOf(0, 0, 100) });
        QTRY_COMPARE(view.refreshCount(), before + 1);
        QCOMPARE(view.series()->count(), 1);
    }
};

QTEST_MAIN(TestSuccessBarsView)
#include "tst_successbarsview.moc"
