// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stages of a load test: liveLoadStages() while it runs (exact percentiles from the cells, roles from the kind,
// endurance intervals from the seconds), LoadStagesModel (QAbstractItemModelTester; rows as stages finish; the
// engine's final stages and the stress marks at the end) and the outcome LoadStagesView puts above it.
#include "charts/loadstagesmodel.h"
#include "charts/loadstagesview.h"
#include "loadfixtures.h"
#include "loadstages.h"
#include "runmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

QString cellText(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

double cellValue(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(LoadStagesModel::ValueRole).toDouble();
}

} // namespace

class TestLoadStagesModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveStagesFromCellsAndPoints()
    {
        const testing::ScriptedLoadRun run = testing::stressRun(LoadConfig::Model::Open);
        QList<CellResult> cells;
        for (const auto& [after, stageCells] : run.cellsAfter)
            cells.append(stageCells);
        QList<LoadPoint> points = run.points;
        points[2].dropped = 5; // in stage 0
        points[3].late = 2;
        const QList<LoadStage> stages = liveLoadStages(*run.plan.load, cells, points, false);
        QCOMPARE(stages.size(), 6);
        const LoadStage& first = stages.at(0);
        QCOMPARE(first.index, 0);
        QCOMPARE(first.role, LoadStage::Role::Step);
        QCOMPARE(first.level, 10.0);
        QCOMPARE(first.requests, quint64(4000));
        QCOMPARE(first.throughput, 1000.0);
        QCOMPARE(first.startMs, 1000);
        QCOMPARE(first.endMs, 5000);
        QCOMPARE(first.dropped, quint64(5));
        QCOMPARE(first.late, quint64(2));
        // The two endpoints answer in 1.0 and 1.5 ms: the merged histogram's percentiles, within its 1 %.
        QVERIFY(std::abs(first.p50Ms - 1.0) < 0.02);
        QVERIFY(std::abs(first.p99Ms - 1.5) < 0.02);
        QVERIFY(first.rawP99Ms > 0); // from the seconds, while the run goes on
        QCOMPARE(stages.at(4).errorRatePercent(), 20.0);
        QCOMPARE(stages.at(4).failuresByKind[std::size_t(FailureKind::HttpServerError)], quint64(3200));
        // Back down to the start level after the steps: the recovery.
        QCOMPARE(stages.at(5).role, LoadStage::Role::Recovery);
        QCOMPARE(stages.at(5).level, 10.0);
    }

    void liveEnduranceIntervals()
    {
        Plan plan = testing::loadPlanOf(LoadConfig::Kind::Endurance);
        plan.load->intervalMs = 5000;
        QList<LoadPoint> points;
        for (int s = 0; s < 12; ++s)
            points.append(testing::loadPointAt(s, 0, 20, s < 5 ? 100 : 300, s < 5 ? 0 : 3));
        // Seconds 0 … 11: intervals [0, 5) and [5, 10) are over, [10, 12) is still running.
        QList<LoadStage> stages = liveLoadStages(*plan.load, {}, points, false);
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(0).role, LoadStage::Role::Interval);
        QCOMPARE(stages.at(0).index, 1);
        QCOMPARE(stages.at(0).throughput, 100.0);
        QCOMPARE(stages.at(1).index, 2);
        QCOMPARE(stages.at(1).requests, quint64(1500));
        QCOMPARE(stages.at(1).errorRatePercent(), 1.0);
        QCOMPARE(stages.at(1).p95Ms, 4.0); // every second's: 2 × 20 / 10
        // The hold stage's cells arrive at its end: the last, partial interval is over too, the hold comes last.
        const QList<CellResult> cells { testing::loadCellOf(0, 20, 0, 2100, 21, 2.0, 12) };
        stages = liveLoadStages(*plan.load, cells, points, false);
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages.at(2).index, 3);
        QCOMPARE(stages.at(2).endMs, 12000);
        QCOMPARE(stages.at(3).index, 0);
        QCOMPARE(stages.at(3).role, LoadStage::Role::Hold);
    }

    void modelFollowsTheRun()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        LoadStagesModel stages(&model);
        QAbstractItemModelTester tester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(stages.rowCount(), 0);
        QCOMPARE(stages.columnCount(), int(LoadStagesModel::ColumnCount));

        model.beginRun(run.plan);
        QSignalSpy inserted(&stages, &QAbstractItemModel::rowsInserted);
        model.applySnapshot(run.snapshot(0, 4)); // stage 0 runs seconds 1 … 4: not over yet
        QCOMPARE(stages.rowCount(), 0);
        model.applySnapshot(run.snapshot(4, 9));
        QCOMPARE(stages.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cellText(stages, 0, LoadStagesModel::StageColumn), QStringLiteral("Step 1"));
        QCOMPARE(cellText(stages, 1, LoadStagesModel::StageColumn), QStringLiteral("Step 2"));
        QCOMPARE(cellText(stages, 1, LoadStagesModel::LevelColumn), QStringLiteral("20"));
        QCOMPARE(cellValue(stages, 1, LoadStagesModel::ThroughputColumn), 2000.0);
        QCOMPARE(cellText(stages, 1, LoadStagesModel::ThroughputColumn), QLocale().toString(2000.0, 'f', 0));
        QCOMPARE(cellText(stages, 1, LoadStagesModel::ErrorsColumn), QStringLiteral("0.00 %"));
        QVERIFY(cellText(stages, 1, LoadStagesModel::P95Column).endsWith(QLatin1String(" ms")));
        QCOMPARE(stages.headerData(LoadStagesModel::LevelColumn, Qt::Horizontal).toString(), QStringLiteral("Users"));

        model.applySnapshot(run.snapshot(9, 30));
        QCOMPARE(stages.rowCount(), 6);
        QCOMPARE(cellText(stages, 4, LoadStagesModel::ErrorsColumn), QStringLiteral("20.00 %"));
        QCOMPARE(cellText(stages, 5, LoadStagesModel::StageColumn), QStringLiteral("Recovery"));
        // No verdict before the engine's.
        for (int row = 0; row < stages.rowCount(); ++row)
            QCOMPARE(stages.mark(row), LoadStagesModel::Mark::None);

        // The end: the engine's own stages replace the live ones, with the stress outcome's marks.
        model.finish(std::make_shared<RunResult>(run.result));
        QCOMPARE(stages.rowCount(), 6);
        QCOMPARE(stages.mark(3), LoadStagesModel::Mark::LastGood);
        QCOMPARE(stages.mark(4), LoadStagesModel::Mark::Breaking);
        QCOMPARE(stages.mark(5), LoadStagesModel::Mark::Recovery);
        QCOMPARE(stages.index(4, 0).data(LoadStagesModel::MarkRole).toInt(), int(LoadStagesModel::Mark::Breaking));
        QVERIFY(stages.index(4, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("error rate 20.0 %")));

        // From the history: the same rows at once.
        model.load(run.result);
        QCOMPARE(stages.rowCount(), 6);
        QCOMPARE(stages.mark(4), LoadStagesModel::Mark::Breaking);
        model.clear();
        QCOMPARE(stages.rowCount(), 0);
        // A scale sweep has no stages.
        model.load(RunResult {});
        QCOMPARE(stages.rowCount(), 0);
    }

    void provisionalIntervalsUpdateInPlace()
    {
        Plan plan = testing::loadPlanOf(LoadConfig::Kind::Endurance);
        RunModel model;
        LoadStagesModel stages(&model);
        QAbstractItemModelTester tester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun(plan);
        auto snapshot = std::make_shared<RunSnapshot>();
        for (int s = 0; s < 11; ++s)
            snapshot->newLoadPoints.append(testing::loadPointAt(s, 0, 20, 100));
        model.applySnapshot(snapshot);
        QCOMPARE(stages.rowCount(), 2);
        QVERIFY(stages.index(0, 0).data(LoadStagesModel::ProvisionalRole).toBool());
        QCOMPARE(cellText(stages, 0, LoadStagesModel::StageColumn), QStringLiteral("Interval 1"));
        QVERIFY(stages.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("approximate")));
    }

    void outcomeOfAStressRun()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        const QString text = LoadStagesView::outcomeText(*run.result.load);
        QVERIFY2(text.contains(QLatin1String("Breaking point: Step 5 at 50 users (error rate 20.0 % > 5 % at 50 users).")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Last good step: Step 4 at 40 users: %1 requests/s").arg(QLocale().toString(4000.0, 'f', 0))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Recovery: Recovery at 10 users: %1 requests/s").arg(QLocale().toString(1000.0, 'f', 0))),
            qPrintable(text));
        QVERIFY(LoadStagesView::outcomeIsBreak(*run.result.load));

        LoadResult noBreak = *run.result.load;
        noBreak.stress = StressOutcome {};
        noBreak.stress.reason = StressOutcome::Reason::MaxLevel;
        noBreak.stress.lastGoodStage = 4;
        QVERIFY(LoadStagesView::outcomeText(noBreak).startsWith(QLatin1String("No breaking point up to 100 users")));
        QVERIFY(!LoadStagesView::outcomeIsBreak(noBreak));

        // Shown once the run has ended, above the table.
        RunModel model;
        LoadStagesView view(&model);
        model.beginRun(run.plan);
        model.applySnapshot(run.snapshot(0, 30));
        QVERIFY(view.outcomeLabel()->isHidden());
        QVERIFY(view.table()->isColumnHidden(LoadStagesModel::DroppedColumn)); // closed model: nothing is dropped
        model.finish(std::make_shared<RunResult>(run.result));
        QVERIFY(!view.outcomeLabel()->isHidden());
        for (const QString& line : text.split(QLatin1Char('\n')))
            QVERIFY2(view.outcomeLabel()->text().contains(line.toHtmlEscaped()), qPrintable(view.outcomeLabel()->text()));
        QVERIFY(view.outcomeLabel()->text().contains(QLatin1String("<b>Breaking point")));
    }

    void outcomeOfASweep()
    {
        const testing::ScriptedLoadRun run = testing::sweepRun();
        const QString text = LoadStagesView::outcomeText(*run.result.load);
        QVERIFY2(text.startsWith(QLatin1String("Highest throughput: Level 5 at 16 users")), qPrintable(text));
    }
};

QTEST_MAIN(TestLoadStagesModel)
#include "tst_loadstagesmodel.moc"
