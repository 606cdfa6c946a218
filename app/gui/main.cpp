// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScaleScope"));
    QApplication::setOrganizationName(QStringLiteral("ScaleScope"));
    QApplication::setApplicationVersion(QStringLiteral(SCALESCOPE_VERSION));

    // The language must be known before any string is translated, so the command line is read twice: once for
    // --lang, once (translated) for everything.
    QString language = scalescope::ui::Settings().language();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            language = arguments.at(i + 1);
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    scalescope::ui::installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "How your HTTP API behaves as its data and its load grow."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in demo target and open its plan, ready to run."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "The language of the user interface, e.g. de or en (default: the system's)."),
        QApplication::translate("main", "code"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main", "The colours: system, light or dark (default: the Theme setting)."),
        QApplication::translate("main", "name"));
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("main", "The history database (default: the one scalescope-cli uses)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption loadDemo(QStringLiteral("demo-load"),
        QApplication::translate("main", "Start the built-in demo target and open its load-test plan, ready to run."));
    parser.addOption(demo);
    parser.addOption(loadDemo);
    parser.addOption(lang);
    parser.addOption(db);
    parser.addOption(theme);
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "A plan file to open."),
        QStringLiteral("[plan.json]"));
    parser.process(app);

    scalescope::ui::applyTheme(app,
        scalescope::ui::themeFromName(parser.isSet(theme) ? parser.value(theme) : scalescope::ui::Settings().theme()));
    scalescope::gui::MainWindow window(parser.value(db));
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so the wizard opens over a visible window.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(demo))
            window.openDemo();
        else if (parser.isSet(loadDemo))
            window.openLoadDemo();
        else if (!files.isEmpty())
            window.openPlanFile(files.first());
    });
    return QApplication::exec();
}
