// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"
#include "comparecommand.h"
#include "historycommand.h"
#include "reportcommand.h"
#include "runcommand.h"

#include "storage/historystore.h"

#include "plan/planparser.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace scalescope;
using namespace scalescope::cli;

namespace {

int validate(const QString& fileName)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<Plan> plan = loadPlanFile(fileName);
    if (!plan) {
        for (const QString& line : plan.error().message.split(QLatin1Char('\n')))
            err << QCoreApplication::translate("scalescope::cli", "%1: error: %2").arg(fileName, line) << Qt::endl;
        return ExitUsage;
    }
    //: %1 = file, %2 = endpoint count, %3 = size count
    out << QCoreApplication::translate("scalescope::cli", "%1: valid plan (%2 endpoint(s), %3 dataset size(s))")
               .arg(fileName)
               .arg(plan->endpoints.size())
               .arg(plan->dataset.sizes.size())
        << Qt::endl;
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
    // A PDF report or raster charts need a painter, so a QGuiApplication — on the offscreen platform: the CLI never
    // shows a window and must work without a display. Everything else stays a plain QCoreApplication.
    bool painter = false;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray arg(argv[i]);
        const QByteArray next = QByteArray(argv[i + 1]).toLower();
        painter = painter || arg == "--pdf" || (arg == "--format" && next != "svg");
    }
    if (painter && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = painter ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scalescope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ScaleScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALESCOPE_VERSION));
    ui::installEnglishPlurals(*application); // "30 cells", not "30 cell(s)"; the output stays English

    const Result<CliOptions> options = parseCommandLine(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << QCoreApplication::translate("scalescope::cli", "error: %1").arg(options.error().message) << Qt::endl;
        return ExitUsage;
    }
    switch (options->command) {
    case Command::Help:
        QTextStream(stdout) << usageText().arg(QDir::toNativeSeparators(storage::HistoryStore::defaultPath()));
        return ExitOk;
    case Command::Version:
        QTextStream(stdout) << QStringLiteral("scalescope-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    case Command::Validate:
        return validate(options->planFile);
    case Command::History:
        return HistoryCommand(options.value()).exec();
    case Command::Compare:
        return CompareCommand(options.value()).exec();
    case Command::Report:
        return ReportCommand(options.value()).exec();
    case Command::Run:
    case Command::Demo:
        break;
    }
    RunCommand command(options.value());
    return command.exec();
}
