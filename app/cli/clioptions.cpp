// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include <QCoreApplication>
#include <QUrl>

#include <limits>

namespace scalescope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("scalescope::cli", text);
}

Error usageError(const QString& message)
{
    return Error { ErrorKind::Usage, message };
}

} // namespace

QString usageText()
{
    return tr(R"(Usage:
  scalescope-cli run PLAN [options]    run a plan file headless
  scalescope-cli demo [options]        start the built-in demo target and run the demo plan against it
  scalescope-cli validate PLAN         check a plan file without touching the network
  scalescope-cli --help | --version

Options of run and demo (override the plan):
  --sizes N [N ...]       dataset sizes, e.g. --sizes 25 75 150 (or 25,75,150)
  --iterations N          measured requests per endpoint per size
  --warmup N              unmeasured requests per endpoint per size
  --concurrent            send requests concurrently (see --max-workers)
  --max-workers N         requests in flight at once when concurrent
  --host URL              target base URL, e.g. http://localhost:8000
  --username USER         login user name
  --password-env VAR      read the password from environment variable VAR
  --output-dir DIR        write the results file into DIR
  --json FILE             write the results file (JSON, schema scalescope-results v1) to FILE
  --seed N                seed for generated data (same seed, same requests)
  --no-cleanup            keep the records the run created
  --debug                 print every request with status and time (secrets redacted)
  --quiet                 no progress output, only the final tables

Exit codes: 0 ok, 1 thresholds failed, 2 plan or usage error,
            3 target unreachable or login failed, 4 interrupted (cleanup still ran)
)");
}

Result<CliOptions> parseCommandLine(const QStringList& arguments)
{
    CliOptions options;
    QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given; try 'scalescope-cli --help'"));

    const QString command = args.takeFirst();
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        options.command = Command::Help;
        return options;
    }
    if (command == QStringLiteral("--version")) {
        options.command = Command::Version;
        return options;
    }
    if (command == QStringLiteral("run"))
        options.command = Command::Run;
    else if (command == QStringLiteral("validate"))
        options.command = Command::Validate;
    else if (command == QStringLiteral("demo"))
        options.command = Command::Demo;
    else
        return usageError(tr("unknown command '%1'; expected run, demo or validate").arg(command));

    const auto takeValue = [&](qsizetype& i) -> std::optional<QString> {
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--")))
            return std::nullopt;
        return args.at(++i);
    };
    const auto positiveInt = [](const QString& text, int minimum, int maximum) -> std::optional<int> {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < minimum || value > maximum)
            return std::nullopt;
        return value;
    };

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (!arg.startsWith(QStringLiteral("--"))) {
            if (options.command == Command::Demo)
                return usageError(tr("demo takes no plan file (got '%1')").arg(arg));
            if (!options.planFile.isEmpty())
                return usageError(tr("only one plan file may be given (got '%1' and '%2')").arg(options.planFile, arg));
            options.planFile = arg;
            continue;
        }
        if (options.command == Command::Validate)
            return usageError(tr("validate takes no option (got '%1')").arg(arg));
        const auto needInt = [&](int minimum, int maximum) -> Result<int> {
            const std::optional<QString> value = takeValue(i);
            if (!value)
                return usageError(tr("%1: expects a number").arg(arg));
            const std::optional<int> number = positiveInt(*value, minimum, maximum);
            if (!number)
                //: %1 = option, %2/%3 = range, %4 = given text
                return usageError(tr("%1: expected a whole number from %2 to %3, got '%4'").arg(arg).arg(minimum).arg(maximum).arg(*value));
            return *number;
        };
        if (arg == QStringLiteral("--sizes")) {
            QList<int> sizes;
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--"))) {
                const QString token = args.at(++i);
                for (const QString& part : token.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const std::optional<int> size = positiveInt(part.trimmed(), 0, 1000000);
                    if (!size)
                        return usageError(tr("--sizes: '%1' is not a dataset size (a whole number from 0 to 1000000)").arg(part));
                    sizes.append(*size);
                }
            }
            if (sizes.isEmpty())
                return usageError(tr("--sizes: expects at least one size, e.g. --sizes 10 50 100"));
            options.sizes = sizes;
        } else if (arg == QStringLiteral("--iterations")) {
            const Result<int> value = needInt(1, 1000000);
            if (!value)
                return value.error();
            options.iterations = value.value();
        } else if (arg == QStringLiteral("--warmup")) {
            const Result<int> value = needInt(0, 10000);
            if (!value)
                return value.error();
            options.warmup = value.value();
        } else if (arg == QStringLiteral("--max-workers")) {
            const Result<int> value = needInt(1, 1024);
            if (!value)
                return value.error();
            options.maxWorkers = value.value();
        } else if (arg == QStringLiteral("--seed")) {
            const Result<int> value = needInt(0, std::numeric_limits<int>::max());
            if (!value)
                return value.error();
            options.seed = quint64(value.value());
        } else if (arg == QStringLiteral("--concurrent")) {
            options.concurrent = true;
        } else if (arg == QStringLiteral("--debug")) {
            options.debug = true;
        } else if (arg == QStringLiteral("--quiet")) {
            options.quiet = true;
        } else if (arg == QStringLiteral("--no-cleanup")) {
            options.noCleanup = true;
        } else if (arg == QStringLiteral("--host") || arg == QStringLiteral("--username") || arg == QStringLiteral("--password-env")
                   || arg == QStringLiteral("--output-dir") || arg == QStringLiteral("--json")) {
            const std::optional<QString> value = takeValue(i);
            if (!value || value->isEmpty())
                return usageError(tr("%1: expects a value").arg(arg));
            if (arg == QStringLiteral("--host")) {
                const QUrl url(*value, QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) || url.host().isEmpty())
                    return usageError(tr("--host: '%1' is not an http:// or https:// URL with a host").arg(*value));
                options.host = *value;
            } else if (arg == QStringLiteral("--username")) {
                options.username = *value;
            } else if (arg == QStringLiteral("--password-env")) {
                options.passwordEnv = *value;
            } else if (arg == QStringLiteral("--output-dir")) {
                options.outputDir = *value;
            } else {
                options.jsonFile = *value;
            }
        } else if (arg == QStringLiteral("--password")) {
            return usageError(tr("--password: passwords are not accepted on the command line (they end up in shell history "
                                 "and process lists); use --password-env VAR"));
        } else {
            return usageError(tr("unknown option '%1'; try 'scalescope-cli --help'").arg(arg));
        }
    }
    if ((options.command == Command::Run || options.command == Command::Validate) && options.planFile.isEmpty())
        return usageError(tr("%1: expects a plan file, e.g. scalescope-cli %1 plan.json").arg(command));
    return options;
}

} // namespace scalescope::cli
