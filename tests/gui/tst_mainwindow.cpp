// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the main window: the demo plan run from the GUI against the in-process demo target, the
// live dashboard fed, the run found in the history, opened, re-run and compared — no file touched but a temporary
// history database.
#include "charts/dashboardwidget.h"
#include "charts/loadovertimeview.h"
#include "charts/loadstagesmodel.h"
#include "charts/loadstagesview.h"
#include "compare/compareview.h"
#include "findings/findingsmodels.h"
#include "findings/findingsview.h"
#include "history/historyview.h"
#include "history/runhistorymodel.h"
#include "mainwindow.h"
#include "demotargetthread.h"
#include "runmodel.h"
#include "widgets/banner.h"
#include "wizard/runwizard.h"

#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // The demo plan, smaller: the GUI's path is the subject here, not the measurement.
    static bool quickDemo(RunWizard& wizard)
    {
        Plan plan = wizard.plan();
        plan.dataset.sizes = { 5, 20, 40 };
        plan.measurement.iterations = 5;
        plan.measurement.minDurationMs = 0;
        wizard.setPlan(plan);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
    }

    void runsTheDemoFromTheGuiAndFindsItInTheHistory()
    {
        gui::MainWindow window(m_dir.filePath(QStringLiteral("history.sqlite")));
        window.show();
        QVERIFY(window.store());
        int wizardsShown = 0;
        QString passwordSeen;
        QList<QUrl> targets;
        window.setWizardDriver([&](RunWizard& wizard) {
            ++wizardsShown;
            passwordSeen = wizard.password();
            targets.append(wizard.plan().target.baseUrl);
            return quickDemo(wizard);
        });
        QSignalSpy stored(&window, &gui::MainWindow::runStored);
        QSignalSpy cells(window.runModel(), &RunModel::cellsAdded);

        window.openDemo();
        QCOMPARE(wizardsShown, 1);
        QCOMPARE(passwordSeen, QStringLiteral("admin_password"));
        QCOMPARE(targets, QList<QUrl> { window.demoUrl() }); // aimed at the in-process demo target
        QCOMPARE(window.currentPage(), gui::MainWindow::Page::Dashboard);
        QVERIFY(window.engine()->isRunning());
        QVERIFY(stored.wait(60000));
        QVERIFY(!window.engine()->isRunning());
        QVERIFY(cells.size() >= 1); // the dashboard was fed while the run went on
        QCOMPARE(window.runModel()->cells().size(), 3 * 6);
        QCOMPARE(window.runModel()->status(), std::optional<RunStatus>(RunStatus::Completed));

        const qint64 first = stored.at(0).at(0).toLongLong();
        QVERIFY(first > 0);
        QCOMPARE(window.historyView()->model()->rowCount(), 1);
        QCOMPARE(window.historyView()->model()->runs().first().id, first);
        QCOMPARE(window.historyView()->model()->runs().first().status, RunStatus::Completed);
        QVERIFY(window.historyView()->model()->runs().first().thresholdChecks.has_value());
        QCOMPARE(window.findingsView()->scalingModel()->rowCount(), 6);
        // The password never reached the history.
        const storage::StoredRun run = window.store()->loadRun(first).value();
        QVERIFY(run.result.plan.auth.passwordRef.isEmpty() || run.result.plan.auth.passwordRef.startsWith(QLatin1String("${")));

        // Re-run the stored run (the wizard opens on its plan, against this session's demo target), then compare.
        window.historyView()->selectRun(first);
        window.historyView()->rerunSelected();
        QCOMPARE(wizardsShown, 2);
        QCOMPARE(targets.last(), window.demoUrl());
        QVERIFY(stored.wait(60000));
        const qint64 second = stored.at(1).at(0).toLongLong();
        QVERIFY(second > first);
        window.compareRuns(first, second);
        QCOMPARE(window.currentPage(), gui::MainWindow::Page::Compare);
        QVERIFY(window.compareView()->comparison().compatible);
        QCOMPARE(window.compareView()->comparison().endpoints.size(), 6);
        QVERIFY(!window.compareView()->headline().isEmpty());

        // Open the first run again: read-only, its cells in the dashboard.
        window.openRun(first);
        QCOMPARE(window.currentPage(), gui::MainWindow::Page::Dashboard);
        QCOMPARE(window.runModel()->cells().size(), 18);
        QVERIFY(window.runModel()->isFinished());
    }

    // The load-test demo: a short stress ramp from the GUI, the load views fed live, the outcome at the end, and the
    // run opened again from the history shows the same.
    void runsTheLoadDemoAndOpensItFromTheHistory()
    {
        gui::MainWindow window(m_dir.filePath(QStringLiteral("history-load.sqlite")));
        window.show();
        bool wasLoadTest = false;
        window.setWizardDriver([&](RunWizard& wizard) {
            wasLoadTest = wizard.isLoadTest();
            Plan plan = wizard.plan();
            plan.dataset.sizes = { 20 };
            plan.load->kind = LoadConfig::Kind::Stress;
            plan.load->users = 2;
            plan.load->spawnRate = 0;
            plan.load->step = 2;
            plan.load->maxLevel = 6;
            plan.load->stepDurationMs = 1000;
            plan.load->recoveryMs = 1000;
            plan.load->warmupMs = 0;
            wizard.setPlan(plan);
            return true;
        });
        QSignalSpy stored(&window, &gui::MainWindow::runStored);
        QSignalSpy points(window.runModel(), &RunModel::loadPointsAdded);
        window.openLoadDemo();
        QVERIFY(wasLoadTest);
        QVERIFY(window.dashboard()->isShowingLoad());
        QVERIFY(stored.wait(60000));
        QVERIFY(points.size() >= 1); // fed second by second while it ran
        QCOMPARE(window.runModel()->status(), std::optional<RunStatus>(RunStatus::Completed));
        QVERIFY(window.runModel()->loadResult().has_value());
        window.dashboard()->flush();
        const int stages = window.dashboard()->loadStagesView()->stagesModel()->rowCount();
        QVERIFY(stages >= 2);
        QCOMPARE(stages, int(window.runModel()->loadResult()->stages.size()));
        QVERIFY(window.dashboard()->loadOverTimeChart()->throughputSeries()->count() >= 3);
        const QString outcome = window.dashboard()->loadStagesView()->outcomeLabel()->text();
        QVERIFY(!outcome.isEmpty());

        const qint64 id = stored.at(0).at(0).toLongLong();
        window.openRun(id);
        window.dashboard()->flush();
        QVERIFY(window.dashboard()->isShowingLoad());
        QVERIFY(window.runModel()->loadResult().has_value());
        QCOMPARE(window.dashboard()->loadStagesView()->stagesModel()->rowCount(), stages);
        // The same verdict. (The history keeps stage latencies to 4 decimals: a p95 of 0.25449 ms shows as 0.254 live
        // and 0.255 once stored, so only the verdict line is compared exactly.)
        const auto headline = [](const QString& html) { return html.section(QStringLiteral("<br>"), 0, 0); };
        QCOMPARE(headline(window.dashboard()->loadStagesView()->outcomeLabel()->text()), headline(outcome));
        QVERIFY(window.dashboard()->loadOverTimeChart()->throughputSeries()->count() >= 3);
    }

    // Stop from the dashboard: measuring ends, the records the run created are deleted, what was measured is kept
    // and stored as a cancelled run.
    void stopEndsTheRunGracefully()
    {
        gui::MainWindow window(m_dir.filePath(QStringLiteral("history-stop.sqlite")));
        window.show();
        window.setWizardDriver([](RunWizard& wizard) {
            Plan plan = wizard.plan();
            plan.dataset.sizes = { 5, 50, 100, 150, 200 };
            plan.measurement.minDurationMs = 800; // long enough to stop in the middle
            wizard.setPlan(plan);
            return true;
        });
        QSignalSpy stored(&window, &gui::MainWindow::runStored);
        window.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->cells().size() >= 6, 30000); // the first size is measured
        auto* stop = window.dashboard()->findChild<QPushButton*>(QStringLiteral("stopButton"));
        QVERIFY(stop);
        QVERIFY(stop->isVisible() && stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(stored.wait(60000));
        QCOMPARE(window.runModel()->status(), std::optional<RunStatus>(RunStatus::Cancelled));
        const qsizetype kept = window.runModel()->cells().size();
        QVERIFY(kept >= 6 && kept < 30);
        QCOMPARE(window.demoTarget()->recordCount(), 0); // cleanup ran
        const storage::RunSummary run = window.store()->listRuns()->first();
        QCOMPARE(run.status, RunStatus::Cancelled);
        QCOMPARE(run.cellCount, int(kept));
    }

    void aBadPlanFileIsReportedInTheBanner()
    {
        gui::MainWindow window(m_dir.filePath(QStringLiteral("history2.sqlite")));
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\n  \"version\": 1,\n  \"name\": \n}");
        out.close();
        bool wizardShown = false;
        window.setWizardDriver([&](RunWizard&) {
            wizardShown = true;
            return false;
        });
        window.openPlanFile(file);
        QVERIFY(!wizardShown);
        QVERIFY(!window.banner()->isHidden());
        QVERIFY2(window.banner()->message().contains(QStringLiteral("line 4")), qPrintable(window.banner()->message()));
        QCOMPARE(window.banner()->level(), Banner::Level::Error);
    }

    void aRunThatCannotLogInFailsWithTheServersAnswer()
    {
        gui::MainWindow window(m_dir.filePath(QStringLiteral("history3.sqlite")));
        window.setWizardDriver([](RunWizard& wizard) {
            wizard.setPassword(QStringLiteral("wrong"));
            return quickDemo(wizard);
        });
        QSignalSpy stored(&window, &gui::MainWindow::runStored);
        window.openDemo();
        QVERIFY(stored.wait(60000));
        QCOMPARE(window.runModel()->status(), std::optional<RunStatus>(RunStatus::Failed));
        QVERIFY2(window.banner()->message().contains(QStringLiteral("Login failed")), qPrintable(window.banner()->message()));
        QVERIFY(window.banner()->message().contains(QStringLiteral("401")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
