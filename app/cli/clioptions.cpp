// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "load/loadtypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

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
  scalescope-cli run PLAN [options]    run a plan file headless and store it in the history
  scalescope-cli demo [options]        start the built-in demo target and run the demo plan against it
  scalescope-cli validate PLAN         check a plan file without touching the network
  scalescope-cli history list [--limit N] [--tag TAG]
                                       stored runs, newest first
  scalescope-cli history show RUN      a stored run: tables, scaling, findings, thresholds
  scalescope-cli history delete RUN
  scalescope-cli history tag RUN TAG   (history untag RUN TAG removes it)
  scalescope-cli history note RUN TEXT
  scalescope-cli compare BASE CANDIDATE [--fail-on-regression PCT]
                                       what changed between two stored runs, judged against noise
  scalescope-cli report RUN|--last [--html F] [--pdf F] [--charts DIR --format png|svg|pdf]
                       [--csv F] [--json F] [--junit F]
                                       reports and exports of a stored run
  scalescope-cli --help | --version

RUN, BASE and CANDIDATE are run ids from 'history list', or 'last', or 'last~N' (N runs before the last).

Options of run and demo (override the plan):
  --sizes N [N ...]       dataset sizes, e.g. --sizes 25 75 150 (or 25,75,150)
  --iterations N          measured requests per endpoint per size
  --warmup N              unmeasured requests per endpoint per size
  --min-duration MS       keep measuring each cell for at least MS milliseconds (0 = exactly the iterations)
  --concurrent            send requests concurrently (see --max-workers)
  --max-workers N         requests in flight at once when concurrent
  --host URL              target base URL, e.g. http://localhost:8000
  --username USER         login user name
  --password-env VAR      read the password from environment variable VAR
  --output-dir DIR        write the results file into DIR
  --json FILE             write the results file (JSON, schema scalescope-results v1) to FILE
  --seed N                seed for generated data (same seed, same requests)
  --no-cleanup            keep the records the run created
  --name NAME             the run's name in the history (default: the plan's name)
  --tag TAG               tag the run in the history (repeatable)
  --no-history            do not store the run in the history
  --debug                 print every request with status and time (secrets redacted)
  --quiet                 no progress output, only the final tables

Load tests (run, demo; override or start the plan's "load" section; times in seconds):
  --load KIND             load, stress, endurance or concurrency-sweep (demo: the demo load plan)
  --model closed|open     virtual users (closed) or an arrival rate (open, latency from intended send times)
  --users N               closed: users (stress: the first step)
  --spawn-rate R          closed: users started per second (0 = all at once)
  --think MIN[:MAX]       closed: think time between a user's requests, uniform in [MIN, MAX]
  --rate R                open: requests per second (stress: the first step)
  --ramp-to-rate R        open load test: ramp the arrival rate from --rate to R over --duration
  --max-in-flight N       open: requests in flight at most; beyond it a due request is dropped (counted)
  --connections N         connections at most (default: users, or max-in-flight)
  --duration S            load and endurance: how long the level is held
  --load-warmup S         unmeasured time at the start
  --step X --max X        stress: users or requests/s added per step, and where the ramp ends
  --step-duration S       stress and concurrency sweep: time per step
  --recovery S            stress: time at the first step's level after the breaking point
  --interval S            endurance: per-interval statistics (trends)
  --levels N [N ...]      concurrency sweep: users per level, e.g. --levels 1 2 4 8 16
  --metrics-url URL       the target's Prometheus metrics (process_resident_memory_bytes) over time
  --memory-pid PID        or a local process whose resident memory is sampled

Options of run, demo, history and compare:
  --db FILE               the history database (default: %1)

Options of compare:
  --fail-on-regression P  exit 1 when an endpoint is significantly slower by more than P percent (e.g. 10%)
  --json FILE             write the comparison as JSON to FILE

Reports and exports (run, demo, report; compare: --html, --pdf, --charts):
  --html FILE             a self-contained HTML report (inline CSS and SVG charts, no external requests)
  --pdf FILE              the same report as a paginated PDF with vector charts (--page a4|letter)
  --charts DIR            every chart as a file in DIR (--format png|svg|pdf, default svg)
  --csv FILE              one row per cell (--csv-samples: one row per raw sample; load tests: per second)
  --junit FILE            JUnit XML: a test case per threshold per endpoint, for CI systems
  --json FILE             the results file (report: of the stored run)

Exit codes: 0 ok, 1 thresholds failed (run) or regression found (compare), 2 plan or usage error,
            3 target unreachable or login failed, 4 interrupted (cleanup still ran),
            5 history database unusable or no such run
)");
}

namespace {

/// Which command accepts which option.
enum OptionScope : unsigned {
    ScopeRun = 1u << 0, // run and demo
    ScopeHistory = 1u << 1,
    ScopeCompare = 1u << 2,
    ScopeHistoryList = 1u << 3,
    ScopeReport = 1u << 4,
};

unsigned scopeOf(Command command, HistoryAction action)
{
    switch (command) {
    case Command::Run:
    case Command::Demo:
        return ScopeRun;
    case Command::History:
        return ScopeHistory | (action == HistoryAction::List ? ScopeHistoryList : 0u);
    case Command::Compare:
        return ScopeCompare;
    case Command::Report:
        return ScopeReport;
    case Command::Help:
    case Command::Version:
    case Command::Validate:
        break;
    }
    return 0;
}

bool isRunRef(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+|last(~\\d+)?)$"));
    return pattern.match(text).hasMatch();
}

} // namespace

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
    else if (command == QStringLiteral("history"))
        options.command = Command::History;
    else if (command == QStringLiteral("compare"))
        options.command = Command::Compare;
    else if (command == QStringLiteral("report"))
        options.command = Command::Report;
    else
        return usageError(tr("unknown command '%1'; expected run, demo, validate, history, compare or report").arg(command));

    if (options.command == Command::History) {
        static const QList<QPair<QString, HistoryAction>> actions = {
            { QStringLiteral("list"), HistoryAction::List }, { QStringLiteral("show"), HistoryAction::Show },
            { QStringLiteral("delete"), HistoryAction::Delete }, { QStringLiteral("tag"), HistoryAction::Tag },
            { QStringLiteral("untag"), HistoryAction::Untag }, { QStringLiteral("note"), HistoryAction::Note },
        };
        const QString action = args.isEmpty() ? QString() : args.takeFirst();
        const auto found = std::find_if(actions.begin(), actions.end(), [&](const auto& entry) { return entry.first == action; });
        if (found == actions.end())
            return usageError(action.isEmpty() ? tr("history: expects list, show, delete, tag, untag or note")
                                               : tr("history: unknown action '%1'; expected list, show, delete, tag, untag or note").arg(action));
        options.historyAction = found->second;
    }
    const unsigned scope = scopeOf(options.command, options.historyAction);

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

    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("--")) {
            positional.append(arg);
            continue;
        }
        const auto allowedIn = [&](unsigned scopes) -> std::optional<Error> {
            if (scope & scopes)
                return std::nullopt;
            return usageError(tr("%1 does not take %2; try 'scalescope-cli --help'").arg(command, arg));
        };
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
        const auto needText = [&]() -> Result<QString> {
            const std::optional<QString> value = takeValue(i);
            if (!value || value->isEmpty())
                return usageError(tr("%1: expects a value").arg(arg));
            return *value;
        };
        const auto needNumber = [&](double minimum, double maximum) -> Result<double> {
            const std::optional<QString> value = takeValue(i);
            if (!value)
                return usageError(tr("%1: expects a number").arg(arg));
            bool ok = false;
            const double number = value->toDouble(&ok);
            if (!ok || !(number >= minimum) || number > maximum)
                //: %1 = option, %2/%3 = range, %4 = given text
                return usageError(tr("%1: expected a number from %2 to %3, got '%4'").arg(arg).arg(minimum).arg(maximum).arg(*value));
            return number;
        };
        const auto needSeconds = [&](double minimum, double maximum) -> Result<int> {
            const Result<double> value = needNumber(minimum, maximum);
            if (!value)
                return value.error();
            return int(std::lround(value.value() * 1000.0));
        };
        CliOptions::LoadOverrides& load = options.load;
        if (arg == QStringLiteral("--load") || arg == QStringLiteral("--model")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--load")) {
                load.kind = loadKindFromName(value.value());
                if (!load.kind)
                    return usageError(tr("--load: expected load, stress, endurance or concurrency-sweep, got '%1'").arg(value.value()));
            } else {
                load.model = loadModelFromName(value.value());
                if (!load.model)
                    return usageError(tr("--model: expected closed or open, got '%1'").arg(value.value()));
            }
            continue;
        }
        if (arg == QStringLiteral("--users") || arg == QStringLiteral("--connections") || arg == QStringLiteral("--max-in-flight")
            || arg == QStringLiteral("--memory-pid")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<int> value = needInt(1, arg == QStringLiteral("--memory-pid") ? std::numeric_limits<int>::max() : 100000);
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--users"))
                load.users = value.value();
            else if (arg == QStringLiteral("--connections"))
                load.connections = value.value();
            else if (arg == QStringLiteral("--max-in-flight"))
                load.maxInFlight = value.value();
            else
                load.memoryPid = value.value();
            continue;
        }
        if (arg == QStringLiteral("--spawn-rate") || arg == QStringLiteral("--rate") || arg == QStringLiteral("--ramp-to-rate")
            || arg == QStringLiteral("--step") || arg == QStringLiteral("--max")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<double> value = needNumber(arg == QStringLiteral("--spawn-rate") ? 0.0 : 0.001, 1000000.0);
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--spawn-rate"))
                load.spawnRate = value.value();
            else if (arg == QStringLiteral("--rate"))
                load.rate = value.value();
            else if (arg == QStringLiteral("--ramp-to-rate"))
                load.rampToRate = value.value();
            else if (arg == QStringLiteral("--step"))
                load.step = value.value();
            else
                load.maxLevel = value.value();
            continue;
        }
        if (arg == QStringLiteral("--duration") || arg == QStringLiteral("--load-warmup") || arg == QStringLiteral("--step-duration")
            || arg == QStringLiteral("--recovery") || arg == QStringLiteral("--interval")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<int> value = needSeconds(0.0, 7.0 * 24 * 3600);
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--duration"))
                load.durationMs = value.value();
            else if (arg == QStringLiteral("--load-warmup"))
                load.warmupMs = value.value();
            else if (arg == QStringLiteral("--step-duration"))
                load.stepDurationMs = value.value();
            else if (arg == QStringLiteral("--recovery"))
                load.recoveryMs = value.value();
            else
                load.intervalMs = value.value();
            continue;
        }
        if (arg == QStringLiteral("--think")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            const QStringList parts = value.value().split(QLatin1Char(':'));
            bool okMin = false;
            bool okMax = parts.size() == 1;
            const double min = parts.value(0).toDouble(&okMin);
            const double max = parts.size() == 2 ? parts.at(1).toDouble(&okMax) : min;
            if (parts.size() > 2 || !okMin || !okMax || min < 0 || max < min || max > 3600)
                return usageError(tr("--think: expected seconds as MIN or MIN:MAX (e.g. 1:3), got '%1'").arg(value.value()));
            load.thinkMs = QPair<int, int>(int(std::lround(min * 1000)), int(std::lround(max * 1000)));
            continue;
        }
        if (arg == QStringLiteral("--levels")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            QList<int> levels;
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--"))) {
                for (const QString& part : args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const std::optional<int> level = positiveInt(part.trimmed(), 1, 100000);
                    if (!level)
                        return usageError(tr("--levels: '%1' is not a number of users (1 to 100000)").arg(part));
                    levels.append(*level);
                }
            }
            if (levels.isEmpty())
                return usageError(tr("--levels: expects users per level, e.g. --levels 1 2 4 8 16"));
            load.levels = levels;
            continue;
        }
        if (arg == QStringLiteral("--metrics-url")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            load.metricsUrl = value.value();
            continue;
        }
        if (arg == QStringLiteral("--sizes")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
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
        } else if (arg == QStringLiteral("--iterations") || arg == QStringLiteral("--warmup") || arg == QStringLiteral("--max-workers")
                   || arg == QStringLiteral("--seed") || arg == QStringLiteral("--min-duration")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            const int maximum = arg == QStringLiteral("--iterations") ? 1000000
                : arg == QStringLiteral("--warmup")                    ? 10000
                : arg == QStringLiteral("--max-workers")               ? 1024
                : arg == QStringLiteral("--min-duration")              ? 600000
                                                                       : std::numeric_limits<int>::max();
            const int minimum = arg == QStringLiteral("--iterations") || arg == QStringLiteral("--max-workers") ? 1 : 0;
            const Result<int> value = needInt(minimum, maximum);
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--iterations"))
                options.iterations = value.value();
            else if (arg == QStringLiteral("--warmup"))
                options.warmup = value.value();
            else if (arg == QStringLiteral("--max-workers"))
                options.maxWorkers = value.value();
            else if (arg == QStringLiteral("--min-duration"))
                options.minDurationMs = value.value();
            else
                options.seed = quint64(value.value());
        } else if (arg == QStringLiteral("--limit")) {
            if (auto error = allowedIn(ScopeHistoryList))
                return *error;
            const Result<int> value = needInt(0, std::numeric_limits<int>::max());
            if (!value)
                return value.error();
            options.limit = value.value();
        } else if (arg == QStringLiteral("--concurrent") || arg == QStringLiteral("--debug") || arg == QStringLiteral("--quiet")
                   || arg == QStringLiteral("--no-cleanup") || arg == QStringLiteral("--no-history")) {
            if (auto error = allowedIn(ScopeRun))
                return *error;
            if (arg == QStringLiteral("--concurrent"))
                options.concurrent = true;
            else if (arg == QStringLiteral("--debug"))
                options.debug = true;
            else if (arg == QStringLiteral("--quiet"))
                options.quiet = true;
            else if (arg == QStringLiteral("--no-cleanup"))
                options.noCleanup = true;
            else
                options.noHistory = true;
        } else if (arg == QStringLiteral("--host") || arg == QStringLiteral("--username") || arg == QStringLiteral("--password-env")
                   || arg == QStringLiteral("--output-dir") || arg == QStringLiteral("--name") || arg == QStringLiteral("--tag")) {
            if (auto error = allowedIn(arg == QStringLiteral("--tag") ? (ScopeRun | ScopeHistoryList) : ScopeRun))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            if (arg == QStringLiteral("--host")) {
                const QUrl url(value.value(), QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) || url.host().isEmpty())
                    return usageError(tr("--host: '%1' is not an http:// or https:// URL with a host").arg(value.value()));
                options.host = value.value();
            } else if (arg == QStringLiteral("--username")) {
                options.username = value.value();
            } else if (arg == QStringLiteral("--password-env")) {
                options.passwordEnv = value.value();
            } else if (arg == QStringLiteral("--output-dir")) {
                options.outputDir = value.value();
            } else if (arg == QStringLiteral("--name")) {
                options.runName = value.value();
            } else if (options.command == Command::History) {
                options.tagFilter = value.value();
            } else {
                options.tags.append(value.value());
            }
        } else if (arg == QStringLiteral("--html") || arg == QStringLiteral("--pdf") || arg == QStringLiteral("--charts")
                   || arg == QStringLiteral("--csv") || arg == QStringLiteral("--junit") || arg == QStringLiteral("--format")
                   || arg == QStringLiteral("--page")) {
            const bool perRun = arg == QStringLiteral("--csv") || arg == QStringLiteral("--junit");
            if (auto error = allowedIn(perRun ? (ScopeRun | ScopeReport) : (ScopeRun | ScopeReport | ScopeCompare)))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            ReportOutputs& outputs = options.outputs;
            if (arg == QStringLiteral("--html")) {
                outputs.html = value.value();
            } else if (arg == QStringLiteral("--pdf")) {
                outputs.pdf = value.value();
            } else if (arg == QStringLiteral("--charts")) {
                outputs.chartsDir = value.value();
            } else if (arg == QStringLiteral("--csv")) {
                outputs.csv = value.value();
            } else if (arg == QStringLiteral("--junit")) {
                outputs.junit = value.value();
            } else if (arg == QStringLiteral("--format")) {
                const QString format = value.value().toLower();
                if (format != QLatin1String("png") && format != QLatin1String("svg") && format != QLatin1String("pdf"))
                    return usageError(tr("--format: expected png, svg or pdf, got '%1'").arg(value.value()));
                outputs.chartFormat = format;
            } else {
                const QString page = value.value().toLower();
                if (page != QLatin1String("a4") && page != QLatin1String("letter"))
                    return usageError(tr("--page: expected a4 or letter, got '%1'").arg(value.value()));
                outputs.pageSize = page;
            }
        } else if (arg == QStringLiteral("--csv-samples") || arg == QStringLiteral("--last")) {
            if (auto error = allowedIn(arg == QStringLiteral("--last") ? ScopeReport : (ScopeRun | ScopeReport)))
                return *error;
            if (arg == QStringLiteral("--last"))
                positional.append(QStringLiteral("last"));
            else
                options.outputs.csvSamples = true;
        } else if (arg == QStringLiteral("--json")) {
            if (auto error = allowedIn(ScopeRun | ScopeCompare | ScopeReport))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            options.jsonFile = value.value();
        } else if (arg == QStringLiteral("--db")) {
            if (auto error = allowedIn(ScopeRun | ScopeHistory | ScopeCompare | ScopeReport))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            options.dbPath = value.value();
        } else if (arg == QStringLiteral("--fail-on-regression")) {
            if (auto error = allowedIn(ScopeCompare))
                return *error;
            const Result<QString> value = needText();
            if (!value)
                return value.error();
            QString number = value.value().trimmed();
            if (number.endsWith(QLatin1Char('%')))
                number.chop(1);
            bool ok = false;
            const double percent = number.toDouble(&ok);
            if (!ok || !std::isfinite(percent) || percent < 0 || percent > 10000)
                return usageError(tr("--fail-on-regression: expected a tolerance in percent such as 10%, got '%1'").arg(value.value()));
            options.failOnRegressionPercent = percent;
        } else if (arg == QStringLiteral("--password")) {
            return usageError(tr("--password: passwords are not accepted on the command line (they end up in shell history "
                                 "and process lists); use --password-env VAR"));
        } else {
            return usageError(tr("unknown option '%1'; try 'scalescope-cli --help'").arg(arg));
        }
    }

    const auto expectPositional = [&](const QStringList& names, const QString& example) -> std::optional<Error> {
        if (positional.size() < names.size())
            //: %1 = command, %2 = what is missing, %3 = example
            return usageError(tr("%1: expects %2, e.g. %3").arg(command, names.mid(positional.size()).join(QStringLiteral(" and ")), example));
        if (positional.size() > names.size())
            return usageError(tr("%1: unexpected argument '%2'").arg(command, positional.at(names.size())));
        return std::nullopt;
    };
    const auto checkRunRef = [&](const QString& ref) -> std::optional<Error> {
        if (isRunRef(ref))
            return std::nullopt;
        return usageError(tr("%1: '%2' is not a run; give a run id from 'history list', 'last' or 'last~N'").arg(command, ref));
    };
    switch (options.command) {
    case Command::Run:
    case Command::Validate:
        if (auto error = expectPositional({ tr("a plan file") }, QStringLiteral("scalescope-cli %1 plan.json").arg(command)))
            return *error;
        options.planFile = positional.at(0);
        break;
    case Command::Demo:
        if (!positional.isEmpty())
            return usageError(tr("demo takes no plan file (got '%1')").arg(positional.first()));
        break;
    case Command::History:
        switch (options.historyAction) {
        case HistoryAction::List:
            if (auto error = expectPositional({}, QStringLiteral("scalescope-cli history list")))
                return *error;
            break;
        case HistoryAction::Show:
        case HistoryAction::Delete:
            if (auto error = expectPositional({ tr("a run") }, QStringLiteral("scalescope-cli history show last")))
                return *error;
            break;
        case HistoryAction::Tag:
        case HistoryAction::Untag:
            if (auto error = expectPositional({ tr("a run"), tr("a tag") }, QStringLiteral("scalescope-cli history tag 12 baseline")))
                return *error;
            break;
        case HistoryAction::Note:
            if (auto error = expectPositional({ tr("a run"), tr("a text") },
                                              QStringLiteral("scalescope-cli history note 12 \"after adding the index\"")))
                return *error;
            break;
        }
        if (!positional.isEmpty()) {
            if (auto error = checkRunRef(positional.at(0)))
                return *error;
            options.runRef = positional.at(0);
            options.historyText = positional.value(1).trimmed();
            if (positional.size() > 1 && options.historyText.isEmpty() && options.historyAction != HistoryAction::Note)
                return usageError(tr("history: a tag may not be empty"));
        }
        break;
    case Command::Compare:
        if (auto error = expectPositional({ tr("a base run"), tr("a candidate run") }, QStringLiteral("scalescope-cli compare last~1 last")))
            return *error;
        for (const QString& ref : positional) {
            if (auto error = checkRunRef(ref))
                return *error;
        }
        options.baseRef = positional.at(0);
        options.candidateRef = positional.at(1);
        break;
    case Command::Report:
        if (auto error = expectPositional({ tr("a run") }, QStringLiteral("scalescope-cli report last --html report.html")))
            return *error;
        if (auto error = checkRunRef(positional.at(0)))
            return *error;
        options.runRef = positional.at(0);
        if (!options.outputs.any() && options.jsonFile.isEmpty())
            return usageError(tr("report: give at least one output: --html, --pdf, --charts, --csv, --json or --junit"));
        break;
    case Command::Help:
    case Command::Version:
        break;
    }
    return options;
}

bool CliOptions::LoadOverrides::any() const
{
    return kind || model || users || spawnRate || rate || rampToRate || durationMs || warmupMs || thinkMs || connections
        || maxInFlight || step || maxLevel || stepDurationMs || recoveryMs || intervalMs || levels || metricsUrl
        || memoryPid;
}

void CliOptions::LoadOverrides::applyTo(Plan& plan) const
{
    if (!any())
        return;
    if (!plan.load)
        plan.load = LoadConfig {};
    LoadConfig& load = *plan.load;
    const auto set = [](auto& target, const auto& value) {
        if (value)
            target = *value;
    };
    set(load.kind, kind);
    set(load.model, model);
    set(load.users, users);
    set(load.spawnRate, spawnRate);
    set(load.rate, rate);
    set(load.rampToRate, rampToRate);
    set(load.durationMs, durationMs);
    set(load.warmupMs, warmupMs);
    if (thinkMs) {
        load.thinkMinMs = thinkMs->first;
        load.thinkMaxMs = thinkMs->second;
    }
    set(load.connections, connections);
    set(load.maxInFlight, maxInFlight);
    set(load.step, step);
    set(load.maxLevel, maxLevel);
    set(load.stepDurationMs, stepDurationMs);
    set(load.recoveryMs, recoveryMs);
    set(load.intervalMs, intervalMs);
    set(load.levels, levels);
    if (metricsUrl) {
        load.memoryMetricsUrl = *metricsUrl;
        load.memoryPid = 0;
    }
    if (memoryPid) {
        load.memoryPid = *memoryPid;
        load.memoryMetricsUrl.clear();
    }
}

} // namespace scalescope::cli
