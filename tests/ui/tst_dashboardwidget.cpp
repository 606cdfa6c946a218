// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardWidget: progress texts, Stop, the event log, one refresh per burst, and a realistic run rendered at
// 1280×800 in a light and a dark palette (set SCALESCOPE_SCREENSHOT_DIR to keep the PNGs).
#include "charts/dashboardwidget.h"
#include "charts/eventlogmodel.h"
#include "charts/heatmapview.h"
#include "charts/loadovertimeview.h"
#include "charts/loadscalingview.h"
#include "charts/loadstagesmodel.h"
#include "charts/loadstagesview.h"
#include "charts/overtimechartview.h"
#include "charts/scalechartview.h"
#include "charts/successbarsview.h"
#include "labels.h"
#include "loadfixtures.h"
#include "runfixtures.h"
#include "runmodel.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

const bool kOffscreen = testing::defaultToOffscreen();

const QList<int> kSizes { 10, 50, 100, 200, 500 };
const QStringList kEndpoints { QStringLiteral("List prompts"), QStringLiteral("Search prompts"),
    QStringLiteral("Get prompt"), QStringLiteral("Count prompts"), QStringLiteral("Prompt stats"),
    QStringLiteral("Find duplicates") };

Plan promptPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Prompt library API");
    plan.target.baseUrl = QUrl(QStringLiteral("http://admin:secret@localhost:8000/api"));
    plan.dataset.sizes = kSizes;
    for (const QString& name : kEndpoints) {
        EndpointConfig endpoint;
        endpoint.name = name;
        plan.endpoints.append(endpoint);
    }
    return plan;
}

/// Latencies as the demo target shows them: linear list and search, flat get and count, a quadratic
/// duplicate finder; a few failures on the search at the largest sizes.
CellResult realisticCell(int sizeIndex, int endpointIndex)
{
    const int n = kSizes.at(sizeIndex);
    const double f = double(n - 10) / 490.0;
    double p50 = 0.12;
    switch (endpointIndex) {
    case 0: p50 = 0.2 + 2.7 * f; break;
    case 1: p50 = 0.3 + 4.4 * f; break;
    case 2: p50 = 0.12 + 0.005 * sizeIndex; break;
    case 3: p50 = 0.11 + 0.004 * sizeIndex; break;
    case 4: p50 = 0.15 + 1.1 * f; break;
    case 5: p50 = 0.12 + 42.0 * std::pow(double(n) / 500.0, 2.0); break;
    }
    CellResult cell;
    cell.sizeIndex = sizeIndex;
    cell.size = n;
    cell.records = n;
    cell.endpointIndex = endpointIndex;
    cell.endpoint = kEndpoints.at(endpointIndex);
    cell.finishedMs = 1000 * (sizeIndex * 8 + endpointIndex + 2);
    cell.stats.count = 100;
    cell.stats.successes = endpointIndex == 1 && sizeIndex >= 3 ? 100 - quint64(sizeIndex - 1) : 100;
    cell.stats.p50Ms = p50;
    cell.stats.meanMs = p50 * 1.08;
    cell.stats.p90Ms = p50 * 1.2;
    cell.stats.p95Ms = p50 * 1.3;
    cell.stats.p99Ms = p50 * 1.7;
    cell.stats.maxMs = p50 * 2.6;
    cell.stats.minMs = p50 * 0.8;
    return cell;
}

QList<TimeSeriesPoint> realisticSeries(int seconds)
{
    QList<TimeSeriesPoint> points;
    for (int s = 0; s < seconds; ++s) {
        if (s % 8 == 0 && s > 0)
            continue; // seeding the next size: nothing measured
        TimeSeriesPoint point;
        point.second = s;
        point.requests = quint64(700 + 150 * std::sin(s * 0.7) - 8 * s);
        point.failures = s > 26 && s % 5 == 0 ? 2 + quint64(s % 3) : 0;
        point.p50Ms = 0.5 + 0.08 * s + 0.2 * std::sin(s * 1.3);
        point.p95Ms = point.p50Ms * 2.4 + (s > 30 ? 0.05 * s * s / 10.0 : 0.0);
        point.p99Ms = point.p95Ms * 1.4;
        point.maxMs = point.p99Ms * 1.6;
        points.append(point);
    }
    return points;
}

QList<RunEvent> realisticEvents()
{
    QList<RunEvent> events { { 120, RunEvent::Level::Info, QStringLiteral("Logged in as admin") } };
    for (int s = 0; s < kSizes.size(); ++s) {
        events.append(
            { 400 + 8000 * s, RunEvent::Level::Info, QStringLiteral("Seeding up to %1 records").arg(kSizes.at(s)) });
        events.append({ 900 + 8000 * s, RunEvent::Level::Info, QStringLiteral("Measuring size %1").arg(kSizes.at(s)) });
    }
    events.append({ 27100, RunEvent::Level::Warning,
        QStringLiteral("Search prompts: 2 of 100 requests failed (HTTP 500 Internal Server Error)") });
    events.append({ 35200, RunEvent::Level::Warning,
        QStringLiteral("Search prompts: 3 of 100 requests failed (HTTP 500 Internal Server Error)") });
    events.append({ 39800, RunEvent::Level::Error, QStringLiteral("Cleanup: could not delete record 412 (HTTP 404)") });
    events.append({ 40100, RunEvent::Level::Info, QStringLiteral("Deleted 499 of 500 records") });
    return events;
}

RunResult realisticRun()
{
    RunResult run;
    run.plan = promptPlan();
    run.status = RunStatus::Completed;
    run.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    run.finishedAt = run.startedAt.addMSecs(41'300);
    for (int s = 0; s < kSizes.size(); ++s) {
        for (int e = 0; e < kEndpoints.size(); ++e)
            run.cells.append(realisticCell(s, e));
    }
    run.timeSeries = realisticSeries(40);
    run.events = realisticEvents();
    run.recordsCreated = 500;
    return run;
}

QString labelText(const DashboardWidget& dashboard, const char* name)
{
    const auto* label = dashboard.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

/// How many distinct colours a widget shows: an empty or unpainted view has one or two.
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void save(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCALESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestDashboardWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The platform style differs between machines; Fusion paints the same everywhere.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void progressTexts()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        model.beginRun(promptPlan());
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "titleLabel"), QStringLiteral("Prompt library API"));
        QCOMPARE(labelText(dashboard, "targetLabel"), QStringLiteral("http://localhost:8000/api")); // no user info
        QCOMPARE(labelText(dashboard, "statusLabel"), QStringLiteral("Running"));
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("Cell 1 / 30"));
        QCOMPARE(labelText(dashboard, "sizeLabel"), QStringLiteral("Sizes 10 to 500"));
        QVERIFY(labelText(dashboard, "timeLabel").contains(QStringLiteral("unknown")));

        auto snapshot = std::make_shared<RunSnapshot>();
        snapshot->phase = RunPhase::Measuring;
        snapshot->sizeIndex = 2;
        snapshot->size = 100;
        snapshot->cellsDone = 6;
        snapshot->cellsTotal = 30;
        snapshot->progress = 0.454;
        snapshot->elapsedMs = 42'000;
        snapshot->etaMs = 65'000;
        snapshot->recordsCreated = 100;
        snapshot->requestsDone = 4210;
        model.applySnapshot(snapshot);
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "phaseLabel"), QStringLiteral("Measuring"));
        QCOMPARE(labelText(dashboard, "sizeLabel"), QStringLiteral("Size 100 (3 / 5)"));
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("Cell 7 / 30"));
        QCOMPARE(dashboard.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value(), 45);
        QCOMPARE(labelText(dashboard, "timeLabel"),
            QStringLiteral("Elapsed %1, ETA %2").arg(formatDuration(42'000), formatDuration(65'000)));
        QCOMPARE(labelText(dashboard, "recordsLabel"), QStringLiteral("Records created: 100"));
        QCOMPARE(labelText(dashboard, "requestsLabel"), QStringLiteral("Requests: %1").arg(QLocale().toString(4210)));

        auto result = std::make_shared<RunResult>();
        result->status = RunStatus::Failed;
        result->error = Error { ErrorKind::Network, QStringLiteral("Cannot reach localhost:8000") };
        model.finish(result);
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "statusLabel"), QStringLiteral("Failed: Cannot reach localhost:8000"));
        QCOMPARE(labelText(dashboard, "phaseLabel"), QStringLiteral("Finished"));
        QCOMPARE(labelText(dashboard, "timeLabel"), QStringLiteral("Took %1").arg(formatDuration(42'000)));
        QCOMPARE(dashboard.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value(), 100);
    }

    void progressIsThrottled()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        model.beginRun(promptPlan());
        dashboard.flush();
        const int before = dashboard.refreshCount();
        const int chartBefore = dashboard.scaleChart()->refreshCount();
        for (int i = 0; i < 50; ++i) {
            auto snapshot = std::make_shared<RunSnapshot>();
            snapshot->phase = RunPhase::Measuring;
            snapshot->cellsDone = i % 30;
            snapshot->cellsTotal = 30;
            snapshot->progress = i / 50.0;
            snapshot->newCells = { realisticCell(i % 5, (i / 5) % 6) };
            model.applySnapshot(snapshot);
        }
        QCOMPARE(dashboard.refreshCount(), before);
        QTRY_COMPARE(dashboard.refreshCount(), before + 1);
        QTRY_COMPARE(dashboard.scaleChart()->refreshCount(), chartBefore + 1);
        QTest::qWait(250);
        QCOMPARE(dashboard.refreshCount(), before + 1);
        QCOMPARE(dashboard.scaleChart()->refreshCount(), chartBefore + 1);
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("Cell 20 / 30")); // the last snapshot's
    }

    void stopButton()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        QSignalSpy stop(&dashboard, &DashboardWidget::stopRequested);
        auto* button = dashboard.findChild<QPushButton*>(QStringLiteral("stopButton"));
        QVERIFY(button);
        QVERIFY(button->isHidden()); // no run: nothing to stop
        model.beginRun(promptPlan());
        QVERIFY(!button->isHidden());
        QVERIFY(!button->toolTip().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(stop.size(), 1);
        QVERIFY(!button->isEnabled()); // stopping: a second click does nothing
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(stop.size(), 1);

        model.beginRun(promptPlan()); // the next run can be stopped again
        QVERIFY(button->isEnabled());
        dashboard.setReadOnly(true);
        QVERIFY(button->isHidden());
        dashboard.setReadOnly(false);
        QVERIFY(!button->isHidden());
        model.finish(std::make_shared<RunResult>());
        QVERIFY(button->isHidden()); // finished: nothing to stop
    }

    void eventLogFollowsTheModel()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        QAbstractItemModelTester tester(
            dashboard.eventLogModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun(promptPlan());
        QCOMPARE(dashboard.eventLog()->model()->rowCount(), 0);
        auto first = std::make_shared<RunSnapshot>();
        first->newEvents = realisticEvents().mid(0, 2);
        model.applySnapshot(first);
        QCOMPARE(dashboard.eventLog()->model()->rowCount(), 2);
        auto second = std::make_shared<RunSnapshot>();
        const QList<RunEvent> events = realisticEvents();
        second->newEvents = events.mid(2);
        model.applySnapshot(second);
        const QAbstractItemModel* log = dashboard.eventLog()->model();
        QCOMPARE(log->rowCount(), events.size());
        QCOMPARE(log->columnCount(), 3);
        QCOMPARE(log->index(0, EventLogModel::TimeColumn).data().toString(), QStringLiteral("0:00.1"));
        QCOMPARE(log->index(0, EventLogModel::MessageColumn).data().toString(), QStringLiteral("Logged in as admin"));
        const int last = int(events.size()) - 2; // the cleanup error
        QCOMPARE(log->index(last, EventLogModel::TimeColumn).data().toString(), QStringLiteral("0:39.8"));
        QCOMPARE(log->index(last, EventLogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(log->index(last, EventLogModel::LevelColumn).data(EventLogModel::LevelRole).toInt(),
            int(RunEvent::Level::Error));
        QVERIFY(!log->index(last, EventLogModel::LevelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(log->index(last, EventLogModel::MessageColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!log->index(0, EventLogModel::MessageColumn).data(Qt::ForegroundRole).isValid());

        model.clear();
        QCOMPARE(log->rowCount(), 0);
        RunResult run = realisticRun();
        model.load(run);
        QCOMPARE(log->rowCount(), run.events.size());
    }

    void loadedRunIsReadOnly()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        dashboard.setReadOnly(true);
        model.load(realisticRun());
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "statusLabel"), QStringLiteral("Completed"));
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("30 / 30 cells"));
        QCOMPARE(labelText(dashboard, "timeLabel"), QStringLiteral("Took %1").arg(formatDuration(41'300)));
        QCOMPARE(labelText(dashboard, "recordsLabel"), QStringLiteral("Records created: 500"));
        QCOMPARE(labelText(dashboard, "requestsLabel"),
            QStringLiteral("Measured requests: %1").arg(QLocale().toString(3000)));
        QVERIFY(dashboard.findChild<QPushButton*>(QStringLiteral("stopButton"))->isHidden());
        QCOMPARE(dashboard.scaleChart()->primarySeries(5)->count(), 5);
        QCOMPARE(dashboard.overTimeChart()->requestsSeries()->count(), 40);
        QVERIFY(dashboard.heatmap()->isMeasured(5, 4));
    }

    void loadRunShowsTheLoadViews()
    {
        const testing::ScriptedLoadRun run = testing::stressRun();
        RunModel model;
        DashboardWidget dashboard(&model);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(!dashboard.isShowingLoad());

        model.beginRun(run.plan);
        QVERIFY(dashboard.isShowingLoad());
        // The scale sweep's views mean nothing here: hidden, and not following the model.
        for (RunModelView* view : std::initializer_list<RunModelView*> { dashboard.scaleChart(), dashboard.heatmap(),
                 dashboard.successBars(), dashboard.overTimeChart() }) {
            QVERIFY(!view->isVisible());
            QCOMPARE(view->model(), nullptr);
        }
        QVERIFY(dashboard.loadOverTimeChart()->isVisible());
        QCOMPARE(dashboard.loadOverTimeChart()->model(), &model);
        QVERIFY(dashboard.loadStagesView()->isVisible());
        QVERIFY(dashboard.loadScalingChart()->isVisible()); // a stress ramp has levels to compare
        QVERIFY(dashboard.eventLog()->isVisible());

        model.applySnapshot(run.snapshot(0, 13)); // three steps over, at 30 users now
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "sizeLabel"), QStringLiteral("Stress test: 30 users now"));
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("Stages done: 3"));
        QCOMPARE(dashboard.loadOverTimeChart()->throughputSeries()->count(), 13);
        QCOMPARE(dashboard.loadStagesView()->stagesModel()->rowCount(), 3);
        QCOMPARE(dashboard.loadScalingChart()->throughputSeries()->count(), 3);
        QVERIFY(dashboard.loadStagesView()->outcomeLabel()->isHidden());

        model.applySnapshot(run.snapshot(13, 30));
        model.finish(std::make_shared<RunResult>(run.result));
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "sizeLabel"), QStringLiteral("Stress test, closed model (virtual users)"));
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("Stages done: 6"));
        QLabel* outcome = dashboard.loadStagesView()->outcomeLabel();
        QVERIFY(outcome->isVisible());
        QVERIFY2(outcome->text().contains(QLatin1String("Breaking point: Step 5 at 50 users")), qPrintable(outcome->text()));

        // A scale sweep afterwards: its views again, the event log with them.
        model.load(realisticRun());
        QVERIFY(!dashboard.isShowingLoad());
        QVERIFY(dashboard.scaleChart()->isVisible());
        QCOMPARE(dashboard.scaleChart()->model(), &model);
        QCOMPARE(dashboard.loadOverTimeChart()->model(), nullptr);
        QVERIFY(dashboard.eventLog()->isVisible());
        dashboard.flush();
        QCOMPARE(labelText(dashboard, "cellLabel"), QStringLiteral("30 / 30 cells"));
    }

    void storedLoadRunShowsTheSameAsLive()
    {
        const testing::ScriptedLoadRun run = testing::stressRun(LoadConfig::Model::Open);
        RunModel live;
        DashboardWidget liveDashboard(&live);
        live.beginRun(run.plan);
        for (qint64 s = 0; s < 30; s += 3)
            live.applySnapshot(run.snapshot(s, s + 3));
        live.finish(std::make_shared<RunResult>(run.result));
        liveDashboard.flush();

        RunModel stored;
        DashboardWidget storedDashboard(&stored);
        storedDashboard.setReadOnly(true);
        stored.load(run.result);
        storedDashboard.flush();
        QVERIFY(storedDashboard.isShowingLoad());
        QCOMPARE(storedDashboard.loadOverTimeChart()->throughputSeries()->points(),
            liveDashboard.loadOverTimeChart()->throughputSeries()->points());
        QCOMPARE(storedDashboard.loadOverTimeChart()->rawP99Series()->points(),
            liveDashboard.loadOverTimeChart()->rawP99Series()->points());
        const LoadStagesModel* a = liveDashboard.loadStagesView()->stagesModel();
        const LoadStagesModel* b = storedDashboard.loadStagesView()->stagesModel();
        QCOMPARE(b->rowCount(), 6);
        QCOMPARE(a->rowCount(), b->rowCount());
        for (int row = 0; row < a->rowCount(); ++row) {
            for (int column = 0; column < LoadStagesModel::ColumnCount; ++column)
                QCOMPARE(b->index(row, column).data().toString(), a->index(row, column).data().toString());
        }
        QCOMPARE(storedDashboard.loadStagesView()->outcomeLabel()->text(), liveDashboard.loadStagesView()->outcomeLabel()->text());
        QVERIFY(storedDashboard.loadStagesView()->outcomeLabel()->text().contains(QLatin1String("Breaking point")));
        QCOMPARE(labelText(storedDashboard, "cellLabel"), QStringLiteral("Stages done: 6"));
        // Open model: the dropped requests have a column.
        QVERIFY(!storedDashboard.loadStagesView()->table()->isColumnHidden(LoadStagesModel::DroppedColumn));
    }

    void sweepAndOneLevelRuns()
    {
        RunModel model;
        DashboardWidget dashboard(&model);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        model.load(testing::sweepRun().result);
        dashboard.flush();
        QVERIFY(dashboard.loadScalingChart()->isVisible());
        QVERIFY(dashboard.loadScalingChart()->fit().ok);
        QVERIFY(dashboard.loadStagesView()->outcomeLabel()->text().contains(QLatin1String("Highest throughput")));
        // One level held: nothing to draw against the level.
        RunResult hold = testing::sweepRun().result;
        hold.plan = testing::loadPlanOf(LoadConfig::Kind::Load);
        hold.load->config = *hold.plan.load;
        model.load(hold);
        QVERIFY(dashboard.isShowingLoad());
        QVERIFY(!dashboard.loadScalingChart()->isVisible());
    }

    void rendersALoadRun_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("sweep");
        QTest::addRow("light, stress") << false << false;
        QTest::addRow("dark, stress") << true << false;
        QTest::addRow("light, sweep") << false << true;
    }

    void rendersALoadRun()
    {
        QFETCH(bool, dark);
        QFETCH(bool, sweep);
        RunModel model;
        DashboardWidget dashboard(&model);
        if (dark)
            dashboard.setPalette(themePalette(Theme::Dark));
        const testing::ScriptedLoadRun run = sweep ? testing::sweepRun() : testing::stressRun(LoadConfig::Model::Open);
        model.load(run.result);
        dashboard.setReadOnly(true);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.flush();
        QTest::qWait(50); // the charts lay out on posted events, the load charts align their plot areas after that
        const QString suffix = QStringLiteral("%1-%2.png")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                       sweep ? QStringLiteral("sweep") : QStringLiteral("stress"));
        save(dashboard.grab().toImage(), QStringLiteral("load-dashboard-") + suffix);
        const QList<QPair<QWidget*, QString>> views {
            { dashboard.loadOverTimeChart(), QStringLiteral("load-overtime-") },
            { dashboard.loadStagesView(), QStringLiteral("load-stages-") },
            { dashboard.loadScalingChart(), QStringLiteral("load-scaling-") },
        };
        for (const auto& [view, name] : views) {
            QVERIFY2(view->isVisible(), qPrintable(name));
            QVERIFY2(view->width() >= 300 && view->height() >= 150, qPrintable(name));
            const QImage image = view->grab().toImage();
            QVERIFY2(colourCount(image) > 20, qPrintable(name)); // drawn, not a blank area
            save(image, name + suffix);
        }
    }

    void rendersARealisticRun_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("live");
        QTest::addRow("light, finished") << false << false;
        QTest::addRow("dark, finished") << true << false;
        QTest::addRow("light, live") << false << true;
        QTest::addRow("dark, live") << true << true;
    }

    void rendersARealisticRun()
    {
        QFETCH(bool, dark);
        QFETCH(bool, live);
        RunModel model;
        DashboardWidget dashboard(&model);
        if (dark)
            dashboard.setPalette(themePalette(Theme::Dark));
        const RunResult run = realisticRun();
        if (live) {
            // Three sizes and a half measured, seconds 0 … 29 published, seeding the fourth size.
            model.beginRun(run.plan);
            auto snapshot = std::make_shared<RunSnapshot>();
            snapshot->phase = RunPhase::Measuring;
            snapshot->sizeIndex = 3;
            snapshot->size = 200;
            snapshot->cellsDone = 21;
            snapshot->cellsTotal = 30;
            snapshot->progress = 0.62;
            snapshot->elapsedMs = 29'400;
            snapshot->etaMs = 18'000;
            snapshot->recordsCreated = 200;
            snapshot->requestsDone = 17'230;
            snapshot->newCells = run.cells.mid(0, 21);
            snapshot->newTimeSeries = realisticSeries(30);
            snapshot->newEvents = run.events.mid(0, 9);
            model.applySnapshot(snapshot);
        } else {
            model.load(run);
            dashboard.setReadOnly(true);
        }
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.flush();
        QCoreApplication::processEvents();

        const QString suffix = QStringLiteral("%1-%2.png")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                       live ? QStringLiteral("live") : QStringLiteral("finished"));
        const QImage whole = dashboard.grab().toImage();
        QCOMPARE(whole.size(), QSize(1280, 800));
        save(whole, QStringLiteral("dashboard-") + suffix);
        const QList<QPair<QWidget*, QString>> views {
            { dashboard.scaleChart(), QStringLiteral("scale-") },
            { dashboard.heatmap(), QStringLiteral("heatmap-") },
            { dashboard.overTimeChart(), QStringLiteral("overtime-") },
            { dashboard.eventLog(), QStringLiteral("events-") },
        };
        for (const auto& [view, name] : views) {
            QVERIFY2(view->isVisible(), qPrintable(name));
            QVERIFY2(view->width() >= 300 && view->height() >= 200, qPrintable(name));
            const QImage image = view->grab().toImage();
            QVERIFY2(colourCount(image) > 20, qPrintable(name)); // drawn, not a blank area
            save(image, name + suffix);
        }
        // The success bars sit in the tab behind the heatmap: show them in a window of their own.
        SuccessBarsView bars(&model);
        if (dark)
            bars.setPalette(themePalette(Theme::Dark));
        bars.resize(560, 340);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        bars.flush();
        QCoreApplication::processEvents(); // the chart lays its legend out on a posted event
        const QImage barsImage = bars.grab().toImage();
        QVERIFY(colourCount(barsImage) > 20);
        save(barsImage, QStringLiteral("bars-") + suffix);
    }
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
