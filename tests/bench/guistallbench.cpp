// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How responsive the main window stays while a run goes on: the demo plan runs from the GUI against the in-process
// demo target while a 5 ms timer measures how late the event loop serves it (a stalled loop serves it late), and
// the window is repainted 20 times a second as a visible window would be. Prints the stall percentiles.
// With --load the load-test demo runs instead: 10 virtual users without think time, i.e. as fast as the in-process
// demo target answers (thousands of requests a second), while the dashboard's load charts follow it.
// Goal (issues #4 and #6): p99 under 50 ms. A benchmark, not a test: run it by hand,
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench/scalescope-gui-stall-bench [--load]
#include "mainwindow.h"
#include "runmodel.h"
#include "wizard/runwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    scalescope::gui::MainWindow window(dir.filePath(QStringLiteral("history.sqlite")));
    window.resize(1280, 800);
    window.show();
    window.setWizardDriver([](scalescope::ui::RunWizard&) { return true; }); // the demo plan as bundled

    QList<double> lateMs;
    QElapsedTimer clock;
    qint64 expected = 0;
    constexpr int kTickMs = 5;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (expected > 0)
            lateMs.append(double(std::max<qint64>(0, now - expected)));
        expected = now + kTickMs;
    });
    QTimer repaint;
    int frames = 0;
    QElapsedTimer frameClock;
    QList<double> frameMs;
    QObject::connect(&repaint, &QTimer::timeout, [&] {
        frameClock.start();
        (void)window.grab(); // paints every visible widget of the current page, charts included
        frameMs.append(double(frameClock.nsecsElapsed()) / 1e6);
        ++frames;
    });
    int snapshots = 0;
    QObject::connect(window.runModel(), &scalescope::ui::RunModel::progressChanged, [&] { ++snapshots; });
    QObject::connect(&window, &scalescope::gui::MainWindow::runStored, &app, [&] { QTimer::singleShot(200, &app, &QApplication::quit); });

    QTimer::singleShot(0, &window, [&] {
        clock.start();
        probe.start(kTickMs);
        repaint.start(50);
        if (QCoreApplication::arguments().contains(QStringLiteral("--load")))
            window.openLoadDemo();
        else
            window.openDemo();
    });
    app.exec();
    probe.stop();
    repaint.stop();

    const auto percentile = [](QList<double> values, double p) {
        if (values.isEmpty())
            return 0.0;
        std::sort(values.begin(), values.end());
        return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p / 100.0 * double(values.size()))));
    };
    QTextStream out(stdout);
    out << "run: " << window.runModel()->cells().size() << " cells, " << window.runModel()->progress().requestsDone
        << " requests, " << snapshots << " progress updates in "
        << clock.elapsed() << " ms; " << frames << " repaints of the dashboard (p50 " << percentile(frameMs, 50)
        << " ms, max " << percentile(frameMs, 100) << " ms)\n";
    out << "event-loop stall (lateness of a 5 ms timer, " << lateMs.size() << " ticks): p50 " << percentile(lateMs, 50)
        << " ms, p99 " << percentile(lateMs, 99) << " ms, max " << percentile(lateMs, 100) << " ms (goal: p99 < 50 ms)\n";
    return 0;
}
