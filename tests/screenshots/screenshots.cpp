// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots of the main screens from real runs against the in-process demo target:
// the wizard, the live dashboard (mid-run), the finished dashboard, findings, history and compare.
//   scripts/screenshots.sh            (English and German, into docs/screenshots/)
//   scalescope-screenshots OUTDIR [LANG]
#include "charts/dashboardwidget.h"
#include "demotargetthread.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "runmodel.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"
#include "wizard/runwizard.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace scalescope;

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScaleScope"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: scalescope-screenshots OUTDIR [LANG]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    QDir().mkpath(out.path());
    ui::applyTheme(app, ui::Theme::Light); // the same look whatever the machine's style
    const QLocale locale(language);
    QLocale::setDefault(locale);
    ui::installTranslations(app, locale);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const auto file = [&](const char* name) { return out.filePath(QLatin1String(name) + suffix + QStringLiteral(".png")); };

    QTemporaryDir dir;
    gui::MainWindow window(dir.filePath(QStringLiteral("history.sqlite")));
    window.resize(1400, 900);
    window.show();
    bool ok = true;

    // 1. The wizard on the demo plan: its endpoints page and its review page; then start.
    window.setWizardDriver([&](ui::RunWizard& wizard) {
        wizard.resize(960, 700);
        wizard.show();
        wizard.restart();
        while (wizard.currentId() != ui::RunWizard::EndpointsPageId && wizard.currentPage()->isComplete())
            wizard.next();
        settle(100);
        ok &= save(&wizard, file("wizard-endpoints"));
        while (wizard.currentId() != ui::RunWizard::ReviewPageId && wizard.currentPage()->isComplete())
            wizard.next();
        settle(100);
        ok &= save(&wizard, file("wizard-review"));
        wizard.hide();
        return true;
    });
    QEventLoop finished;
    QObject::connect(&window, &gui::MainWindow::runStored, &finished, &QEventLoop::quit);
    window.openDemo();
    // 2. The live dashboard, once three sizes are measured.
    while (window.runModel()->cells().size() < 18 && window.engine()->isRunning())
        settle(50);
    window.dashboard()->flush();
    settle(150);
    ok &= save(&window, file("dashboard-live"));
    if (window.engine()->isRunning())
        finished.exec();
    window.dashboard()->flush();
    settle(150);
    ok &= save(&window, file("dashboard"));
    if (language == QLatin1String("en")) { // the dark palette, once
        ui::applyTheme(app, ui::Theme::Dark);
        settle(200);
        window.dashboard()->flush();
        settle(150);
        ok &= save(&window, file("dashboard-dark"));
        ui::applyTheme(app, ui::Theme::Light);
        settle(200);
    }
    window.showPage(gui::MainWindow::Page::Findings);
    settle(100);
    ok &= save(&window, file("findings"));

    // 3. A second run against a demo target whose list endpoint is 5 ms slower, then history and compare.
    demo::DemoTargetThread slowed;
    demo::DemoTargetOptions options;
    options.listDelayMs = 5;
    const Result<QUrl> url = slowed.start(options);
    if (!url) {
        std::fprintf(stderr, "cannot start the slowed demo target: %s\n", qPrintable(url.error().message));
        return 1;
    }
    Plan plan = window.runModel()->plan();
    plan.target.baseUrl = url.value();
    window.startRun(plan, QStringLiteral("admin_password"), QString());
    finished.exec();
    window.showPage(gui::MainWindow::Page::History);
    QList<storage::RunSummary> runs = window.store()->listRuns().value();
    if (runs.size() == 2) { // as a user would: the first run is the baseline, the second says what changed
        (void)window.store()->addTag(runs.at(1).id, QStringLiteral("baseline"));
        (void)window.store()->setNotes(runs.at(0).id, QStringLiteral("--list-delay-ms 5: the list endpoint slowed on purpose"));
        (void)window.store()->addTag(runs.at(0).id, QStringLiteral("slowed-list"));
        window.historyView()->reload();
        runs = window.store()->listRuns().value();
        window.historyView()->selectRun(runs.at(0).id);
    }
    settle(100);
    ok &= save(&window, file("history"));
    if (runs.size() == 2)
        window.compareRuns(runs.at(1).id, runs.at(0).id);
    settle(100);
    ok &= save(&window, file("compare"));
    slowed.stop();
    return ok ? 0 : 1;
}
