// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots of the main screens from real runs against the in-process demo target:
// the wizard, the live dashboard (mid-run), the finished dashboard, findings, history and compare; then the load
// tests: the wizard's Test page and endpoint weights, a stress ramp live and finished, and a concurrency sweep.
//   scripts/screenshots.sh            (English and German, into docs/screenshots/)
//   scalescope-screenshots OUTDIR [LANG] [load]     (load: only the load-test screenshots)
#include "charts/dashboardwidget.h"
#include "demotargetthread.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "runmodel.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"
#include "wizard/endpointspage.h"
#include "wizard/runwizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
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
        std::fprintf(stderr, "usage: scalescope-screenshots OUTDIR [LANG] [load]\n");
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
    const bool loadOnly = argc > 3 && QLatin1String(argv[3]) == QLatin1String("load");
    QEventLoop finished;
    QObject::connect(&window, &gui::MainWindow::runStored, &finished, &QEventLoop::quit);

    if (!loadOnly) {
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
    } // !loadOnly

    // 4. Load tests of the demo target: a stress ramp (small steps, so that the ramp shows before the single-threaded
    // demo server saturates), then a concurrency sweep.
    const auto setNumber = [](ui::RunWizard& wizard, const char* name, double value) {
        if (auto* spin = wizard.findChild<QDoubleSpinBox*>(QLatin1String(name)))
            spin->setValue(value);
        else if (auto* intSpin = wizard.findChild<QSpinBox*>(QLatin1String(name)))
            intSpin->setValue(int(value));
    };
    const auto setKind = [](ui::RunWizard& wizard, LoadConfig::Kind kind) {
        auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("loadKindCombo"));
        combo->setCurrentIndex(combo->findData(int(kind)));
    };
    const auto goTo = [](ui::RunWizard& wizard, ui::RunWizard::PageId id) {
        wizard.restart();
        while (wizard.currentId() != id && wizard.currentPage()->isComplete())
            wizard.next();
    };
    window.setWizardDriver([&](ui::RunWizard& wizard) {
        wizard.resize(960, 700);
        wizard.show();
        goTo(wizard, ui::RunWizard::LoadPageId);
        setKind(wizard, LoadConfig::Kind::Stress);
        // Users who think 5–10 ms between requests: the demo server saturates at a few dozen of them.
        setNumber(wizard, "loadUsersSpin", 4);
        setNumber(wizard, "loadSpawnRateSpin", 50);
        setNumber(wizard, "loadThinkMinSpin", 5);
        setNumber(wizard, "loadThinkMaxSpin", 10);
        setNumber(wizard, "loadStepSpin", 4);
        setNumber(wizard, "loadMaxLevelSpin", 80);
        setNumber(wizard, "loadStepDurationSpin", 3);
        setNumber(wizard, "loadRecoverySpin", 4);
        setNumber(wizard, "loadWarmupSpin", 1);
        settle(100);
        ok &= save(&wizard, file("load-wizard"));
        goTo(wizard, ui::RunWizard::EndpointsPageId);
        settle(100);
        ok &= save(&wizard, file("load-wizard-endpoints"));
        goTo(wizard, ui::RunWizard::ReviewPageId);
        settle(100);
        ok &= save(&wizard, file("load-wizard-review"));
        wizard.hide();
        return true;
    });
    window.openLoadDemo();
    // Live, once three steps are over.
    while (window.runModel()->loadStages().size() < 3 && window.engine()->isRunning())
        settle(50);
    settle(1500); // into the next step
    window.dashboard()->flush();
    settle(150);
    ok &= save(&window, file("load-dashboard-live"));
    if (window.engine()->isRunning())
        finished.exec();
    window.dashboard()->flush();
    settle(150);
    ok &= save(&window, file("load-dashboard"));
    if (language == QLatin1String("en")) {
        ui::applyTheme(app, ui::Theme::Dark);
        settle(200);
        window.dashboard()->flush();
        settle(150);
        ok &= save(&window, file("load-dashboard-dark"));
        ui::applyTheme(app, ui::Theme::Light);
        settle(200);
    }

    window.setWizardDriver([&](ui::RunWizard& wizard) {
        wizard.resize(960, 700);
        wizard.show();
        goTo(wizard, ui::RunWizard::LoadPageId);
        setKind(wizard, LoadConfig::Kind::ConcurrencySweep);
        wizard.findChild<QLineEdit*>(QStringLiteral("loadLevelsEdit"))->setText(QStringLiteral("1 2 4 8 16 32"));
        setNumber(wizard, "loadStepDurationSpin", 3);
        setNumber(wizard, "loadWarmupSpin", 1);
        settle(100);
        ok &= save(&wizard, file("load-wizard-sweep"));
        wizard.hide();
        return true;
    });
    window.openLoadDemo();
    if (window.engine()->isRunning())
        finished.exec();
    window.dashboard()->flush();
    settle(150);
    ok &= save(&window, file("load-dashboard-sweep"));
    return ok ? 0 : 1;
}
