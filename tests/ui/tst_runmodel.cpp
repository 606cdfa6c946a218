// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RunModel: snapshots in, batched signals out, the same content live and loaded; load tests' points, stages and level.
#include "loadfixtures.h"
#include "runfixtures.h"
#include "runmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

using testing::planOf;
using testing::pointAt;

CellResult cellOf(int sizeIndex, int endpointIndex)
{
    return testing::cellOf(sizeIndex, 0, endpointIndex, 1.0 + sizeIndex);
}

} // namespace

class TestRunModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotsAppendInBatches()
    {
        RunModel model;
        QSignalSpy reset(&model, &RunModel::reset);
        QSignalSpy cells(&model, &RunModel::cellsAdded);
        QSignalSpy series(&model, &RunModel::timeSeriesAdded);
        QSignalSpy events(&model, &RunModel::eventsAdded);
        QSignalSpy progress(&model, &RunModel::progressChanged);
        QSignalSpy finished(&model, &RunModel::finished);
        model.beginRun(planOf(2, { 10, 50 }));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.progress().cellsTotal, 4);

        auto first = std::make_shared<RunSnapshot>();
        first->phase = RunPhase::Measuring;
        first->progress = 0.5;
        first->newCells = { cellOf(0, 0), cellOf(0, 1) };
        first->newTimeSeries = { pointAt(0), pointAt(1) };
        first->newEvents = { RunEvent { 5, RunEvent::Level::Info, QStringLiteral("Logged in") } };
        model.applySnapshot(first);
        QCOMPARE(cells.size(), 1); // one signal for both cells
        QCOMPARE(cells.first().at(0).value<qsizetype>(), 0);
        QCOMPARE(cells.first().at(1).value<qsizetype>(), 2);
        QCOMPARE(series.size(), 1);
        QCOMPARE(events.size(), 1);
        QVERIFY(model.progress().newCells.isEmpty()); // progress keeps no lists
        QCOMPARE(model.progress().progress, 0.5);
        QVERIFY(model.cell(0, 1));
        QVERIFY(!model.cell(1, 0));

        // An empty snapshot only moves the progress.
        auto quiet = std::make_shared<RunSnapshot>();
        quiet->progress = 0.6;
        model.applySnapshot(quiet);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(model.progress().progress, 0.6);

        // The result repeats what snapshots brought: only the rest is appended.
        auto result = std::make_shared<RunResult>();
        result->status = RunStatus::Completed;
        result->cells = { cellOf(0, 0), cellOf(0, 1), cellOf(1, 0), cellOf(1, 1) };
        result->timeSeries = { pointAt(0), pointAt(1), pointAt(2) };
        result->events = { RunEvent { 5, RunEvent::Level::Info, QStringLiteral("Logged in") },
                           RunEvent { 9, RunEvent::Level::Info, QStringLiteral("Run completed") } };
        model.finish(result);
        QCOMPARE(model.cells().size(), 4);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.last().at(0).value<qsizetype>(), 2);
        QCOMPARE(model.timeSeries().size(), 3);
        QCOMPARE(model.events().size(), 2);
        QCOMPARE(model.events().last().message, QStringLiteral("Run completed"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(model.isFinished());
        QCOMPARE(model.progress().phase, RunPhase::Finished);
        QVERIFY(progress.size() >= 3);

        // A late snapshot of the finished run changes nothing.
        model.applySnapshot(first);
        QCOMPARE(model.cells().size(), 4);
    }

    void loadShowsAStoredRunAtOnce()
    {
        RunModel model;
        QSignalSpy reset(&model, &RunModel::reset);
        QSignalSpy finished(&model, &RunModel::finished);
        RunResult run;
        run.plan = planOf(3, { 1, 2, 3 });
        run.status = RunStatus::Interrupted;
        run.cells = { cellOf(0, 0), cellOf(0, 1) };
        run.startedAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        run.finishedAt = QDateTime::fromMSecsSinceEpoch(4500, Qt::UTC);
        model.load(run);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.endpointNames(), (QStringList { QStringLiteral("E0"), QStringLiteral("E1"), QStringLiteral("E2") }));
        QCOMPARE(model.progress().cellsDone, 2);
        QCOMPARE(model.progress().cellsTotal, 9);
        QCOMPARE(model.progress().elapsedMs, 3500);
        QCOMPARE(model.status(), std::optional<RunStatus>(RunStatus::Interrupted));
        model.clear();
        QVERIFY(model.cells().isEmpty());
        QVERIFY(!model.isFinished());
    }

    void loadTestsInBatches()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        QSignalSpy points(&model, &RunModel::loadPointsAdded);
        QSignalSpy stages(&model, &RunModel::loadStagesChanged);
        model.beginRun(run.plan);
        QVERIFY(model.isLoadTest());
        QCOMPARE(model.progress().cellsTotal, 0); // the engine's snapshots say how many stages there will be
        model.applySnapshot(run.snapshot(0, 9));
        QCOMPARE(points.size(), 1); // one signal per snapshot, whatever it carries
        QCOMPARE(points.at(0).at(0).value<qsizetype>(), 0);
        QCOMPARE(points.at(0).at(1).value<qsizetype>(), 9);
        QCOMPARE(stages.size(), 1);
        QCOMPARE(model.loadStages().size(), 2);
        QVERIFY(!model.loadStagesAreFinal());
        QCOMPARE(model.loadLevel(), 20.0);
        QVERIFY(model.progress().newLoadPoints.isEmpty()); // the lists stay in the model, not in the progress
        // A second already seen is not appended twice.
        model.applySnapshot(run.snapshot(8, 12));
        QCOMPARE(model.loadPoints().size(), 12);
        QCOMPARE(points.size(), 2);
        model.finish(std::make_shared<RunResult>(run.result));
        QCOMPARE(model.loadPoints().size(), run.points.size()); // the rest came with the result
        QVERIFY(model.loadStagesAreFinal());
        QCOMPARE(model.loadStages(), run.result.load->stages);
        QCOMPARE(model.loadLevel(), 0.0);

        model.load(run.result);
        QCOMPARE(model.loadPoints(), run.result.load->series);
        QCOMPARE(model.loadStages(), run.result.load->stages);
        QCOMPARE(model.progress().cellsTotal, int(run.result.cells.size()));
        model.clear();
        QVERIFY(!model.isLoadTest());
        QVERIFY(model.loadPoints().isEmpty());
        QVERIFY(model.loadStages().isEmpty());
        QVERIFY(!model.loadResult());
    }
};

QTEST_MAIN(TestRunModel)
#include "tst_runmodel.moc"
