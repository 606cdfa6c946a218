// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "runreport.h"
#include "signalwatcher.h"

#include "analysis/findings.h"
#include "demotargetthread.h"
#include "plan/planparser.h"
#include "load/loadtypes.h"
#include "results/resultsjson.h"
#include "results/texttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace scalescope::cli {

namespace {

QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

constexpr const char* kDemoPassword = "admin_password"; // the demo target's documented default, not a secret

} // namespace

RunCommand::RunCommand(CliOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
    connect(&m_engine, &Engine::snapshotReady, this, &RunCommand::onSnapshot);
    connect(&m_engine, &Engine::runFinished, this, &RunCommand::onFinished);
}

RunCommand::~RunCommand() = default;

Result<Plan> RunCommand::preparePlan()
{
    const bool demoLoad = m_options.command == Command::Demo && m_options.load.any();
    const QString file = m_options.command != Command::Demo ? m_options.planFile
        : demoLoad                                        ? QStringLiteral(":/plans/demo-load.json")
                                                          : QStringLiteral(":/plans/demo.json");
    Result<Plan> loaded = loadPlanFile(file);
    if (!loaded)
        return loaded.error();
    Plan plan = std::move(loaded).value();
    if (m_options.sizes)
        plan.dataset.sizes = *m_options.sizes;
    if (m_options.iterations)
        plan.measurement.iterations = *m_options.iterations;
    if (m_options.warmup)
        plan.measurement.warmup = *m_options.warmup;
    if (m_options.concurrent)
        plan.measurement.concurrent = true;
    if (m_options.maxWorkers)
        plan.measurement.maxWorkers = *m_options.maxWorkers;
    if (m_options.minDurationMs)
        plan.measurement.minDurationMs = *m_options.minDurationMs;
    if (m_options.host)
        plan.target.baseUrl = QUrl(*m_options.host);
    if (m_options.username)
        plan.auth.username = *m_options.username;
    m_options.load.applyTo(plan);

    const QList<PlanIssue> issues = validatePlan(plan);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const PlanIssue& issue : issues)
            lines.append(issue.toString());
        return Error { ErrorKind::Plan, lines.join(QLatin1Char('\n')) };
    }
    return plan;
}

int RunCommand::exec()
{
    Result<Plan> plan = preparePlan();
    if (!plan) {
        QString message = plan.error().message;
        m_err << tr("error: %1").arg(message.replace(QLatin1Char('\n'), QStringLiteral("\nerror: "))) << Qt::endl;
        return ExitUsage;
    }

    RunOptions runOptions;
    runOptions.cleanup = !m_options.noCleanup;
    if (m_options.seed)
        runOptions.seed = *m_options.seed;
    if (!m_options.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(m_options.passwordEnv.toLocal8Bit().constData())) {
            m_err << tr("error: --password-env: the environment variable %1 is not set").arg(m_options.passwordEnv) << Qt::endl;
            return ExitUsage;
        }
        runOptions.password = qEnvironmentVariable(m_options.passwordEnv.toLocal8Bit().constData());
    }
    if (m_options.debug) {
        runOptions.debugLog = [](const QString& line) {
            std::fprintf(stderr, "[debug] %s\n", line.toLocal8Bit().constData());
        };
    }

    if (m_options.command == Command::Demo) {
        m_demoTarget = std::make_unique<demo::DemoTargetThread>();
        const Result<QUrl> url = m_demoTarget->start(demo::DemoTargetOptions {});
        if (!url) {
            m_err << tr("error: cannot start the demo target: %1").arg(url.error().message) << Qt::endl;
            return ExitTarget;
        }
        if (!m_options.host)
            plan->target.baseUrl = url.value();
        if (runOptions.password.isEmpty())
            runOptions.password = QString::fromLatin1(kDemoPassword);
        m_out << tr("Demo target listening on %1").arg(url.value().toString()) << Qt::endl;
    }

    const Plan& runPlan = plan.value();
    if (runPlan.load)
        printLoadHeader(runPlan);
    else
        printSweepHeader(runPlan);

    if (!m_options.noHistory) {
        if (const std::optional<Error> error = openHistory(runPlan, runOptions.seed)) {
            m_err << tr("error: %1").arg(error->message) << Qt::endl
                  << tr("(choose another database with --db FILE, or run without storing with --no-history)") << Qt::endl;
            if (m_demoTarget)
                m_demoTarget->stop();
            return ExitHistory;
        }
    }

    SignalWatcher signals;
    connect(&signals, &SignalWatcher::interrupted, this, &RunCommand::onInterrupted);

    QEventLoop loop;
    connect(&m_engine, &Engine::runFinished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_engine.start(runPlan, runOptions);
    loop.exec();
    if (m_demoTarget)
        m_demoTarget->stop();
    return m_exitCode;
}

void RunCommand::printSweepHeader(const Plan& runPlan)
{
    m_out << tr("Running \"%1\" against %2: sizes %3, %4 endpoint(s), %5 iteration(s) each, %6")
                 .arg(runPlan.name.isEmpty() ? QFileInfo(m_options.planFile).fileName() : runPlan.name,
                      runPlan.target.baseUrl.toString(QUrl::RemoveUserInfo))
                 .arg([&] {
                     QStringList sizes;
                     for (const int size : runPlan.dataset.sizes)
                         sizes.append(QString::number(size));
                     return sizes.join(QLatin1Char(' '));
                 }())
                 .arg(runPlan.endpoints.size())
                 .arg(runPlan.measurement.iterations)
                 .arg(runPlan.measurement.concurrent ? tr("concurrent, %1 workers").arg(runPlan.measurement.maxWorkers)
                                                     : tr("sequential"));
    if (runPlan.measurement.order == MeasurementConfig::Order::Interleaved)
        m_out << tr(", endpoints interleaved");
    if (runPlan.measurement.minDurationMs > 0)
        //: %1 = milliseconds
        m_out << tr(", each cell measured for at least %1 ms").arg(runPlan.measurement.minDurationMs);
    m_out << Qt::endl;
}

void RunCommand::printLoadHeader(const Plan& runPlan)
{
    const LoadConfig& load = *runPlan.load;
    const bool closed = load.model == LoadConfig::Model::Closed;
    QString shape;
    switch (load.kind) {
    case LoadConfig::Kind::Load:
    case LoadConfig::Kind::Endurance:
        shape = closed ? tr("%n user(s)", nullptr, load.users) : tr("%1 requests/s").arg(load.rate);
        if (!closed && load.rampToRate > 0)
            shape += tr(" ramping to %1 requests/s").arg(load.rampToRate);
        shape += tr(" for %1 s").arg(load.durationMs / 1000.0);
        break;
    case LoadConfig::Kind::Stress:
        shape = tr("from %1 by %2 up to %3 %4, %5 s per step")
                    .arg(loadStartLevel(load))
                    .arg(load.step)
                    .arg(load.maxLevel)
                    .arg(loadLevelUnit(load.model))
                    .arg(load.stepDurationMs / 1000.0);
        break;
    case LoadConfig::Kind::ConcurrencySweep: {
        QStringList levels;
        for (const int level : load.levels)
            levels.append(QString::number(level));
        shape = tr("users %1, %2 s each").arg(levels.join(QLatin1Char(' '))).arg(load.stepDurationMs / 1000.0);
        break;
    }
    }
    //: %1 = plan name, %2 = URL, %3 = kind (Load test, …), %4 = model, %5 = shape, %6 = endpoints
    m_out << tr("Running \"%1\" against %2: %3, %4, %5, %6 endpoint(s)")
                 .arg(runPlan.name.isEmpty() ? QFileInfo(m_options.planFile).fileName() : runPlan.name,
                      runPlan.target.baseUrl.toString(QUrl::RemoveUserInfo), loadKindLabel(load.kind),
                      loadModelLabel(load.model), shape)
                 .arg(std::count_if(runPlan.endpoints.begin(), runPlan.endpoints.end(),
                                    [](const EndpointConfig& endpoint) { return endpoint.weight > 0; }))
          << Qt::endl;
}

void RunCommand::onInterrupted()
{
    ++m_interrupts;
    clearProgress();
    if (m_interrupts == 1) {
        m_err << tr("Stopping: cleaning up the records this run created (press Ctrl-C again to quit at once)") << Qt::endl;
        m_engine.cancel();
        return;
    }
    m_err << tr("Quitting without waiting for cleanup: records created by this run may remain in the target") << Qt::endl;
    std::fflush(stdout);
    ::_exit(ExitInterrupted);
}

void RunCommand::onSnapshot(const RunSnapshotPtr& snapshot)
{
    // Store first: once a cell is printed, it is in the history (a killed run keeps what it showed).
    if (m_recorder)
        m_recorder->onSnapshot(snapshot);
    if (m_options.quiet)
        return;
    // Events and (off a terminal) finished cells, merged in the order they happened; on a tie the cell
    // comes first, because the events logged with it are about it.
    const QList<RunEvent>& events = snapshot->newEvents;
    const QList<CellResult> cells = m_terminal ? QList<CellResult> {} : snapshot->newCells;
    qsizetype e = 0;
    qsizetype c = 0;
    while (e < events.size() || c < cells.size()) {
        if (c >= cells.size() || (e < events.size() && events.at(e).elapsedMs < cells.at(c).finishedMs))
            printEvent(events.at(e++));
        else
            printCell(cells.at(c++), *snapshot);
    }
    if (m_terminal)
        drawProgress(*snapshot);
}

void RunCommand::printEvent(const RunEvent& event)
{
    clearProgress();
    QString prefix;
    if (event.level == RunEvent::Level::Warning)
        prefix = tr("warning: ");
    else if (event.level == RunEvent::Level::Error)
        prefix = tr("error: ");
    (m_terminal ? m_err : m_out) << QStringLiteral("[%1] ").arg(formatDuration(event.elapsedMs)) << prefix << event.message << Qt::endl;
}

void RunCommand::printCell(const CellResult& cell, const RunSnapshot& snapshot)
{
    const CellStatistics& s = cell.stats;
    //: one line per finished cell on a non-terminal: progress, size (or load level), endpoint, numbers
    m_out << (snapshot.newLoadPoints.isEmpty() && snapshot.loadLevel <= 0
                  ? tr("[%1/%2] size %3  %4  n=%5 ok=%6% p50=%7 ms p95=%8 ms max=%9 ms")
                  : tr("[%1/%2] level %3  %4  n=%5 ok=%6% p50=%7 ms p95=%8 ms max=%9 ms"))
                 .arg(++m_cellsPrinted)
                 .arg(snapshot.cellsTotal)
                 .arg(cell.size)
                 .arg(cell.endpoint)
                 .arg(s.count)
                 .arg(s.successRate() * 100.0, 0, 'f', 1)
                 .arg(results::formatMs(s.p50Ms), results::formatMs(s.p95Ms), results::formatMs(s.maxMs))
          << Qt::endl;
}

void RunCommand::drawProgress(const RunSnapshot& snapshot)
{
    constexpr int kBarWidth = 24;
    const int filled = int(snapshot.progress * kBarWidth + 0.5);
    QString line = QStringLiteral("\r\x1b[2K%1").arg(runPhaseLabel(snapshot.phase), -11);
    if (snapshot.loadLevel > 0)
        line += tr(" level %1").arg(snapshot.loadLevel, -6, 'g', 5);
    else if (snapshot.sizeIndex >= 0)
        line += tr(" size %1").arg(snapshot.size, -6);
    line += tr(" cell %1/%2 [").arg(snapshot.cellsDone).arg(snapshot.cellsTotal) + QString(filled, QLatin1Char('#'))
        + QString(kBarWidth - filled, QLatin1Char('.')) + QStringLiteral("] %1%").arg(int(snapshot.progress * 100.0), 3);
    if (snapshot.etaMs >= 0)
        line += tr("  ETA %1").arg(formatDuration(snapshot.etaMs));
    m_err << line << Qt::flush;
    m_progressShown = true;
}

void RunCommand::clearProgress()
{
    if (!m_progressShown)
        return;
    m_err << QStringLiteral("\r\x1b[2K") << Qt::flush;
    m_progressShown = false;
}

bool RunCommand::writeResults(const RunResult& result)
{
    QStringList files;
    if (!m_options.jsonFile.isEmpty())
        files.append(m_options.jsonFile);
    if (!m_options.outputDir.isEmpty()) {
        QDir dir(m_options.outputDir);
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            m_err << tr("error: --output-dir: cannot create directory %1").arg(dir.absolutePath()) << Qt::endl;
            return false;
        }
        const QString stamp = result.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        files.append(dir.filePath(QStringLiteral("scalescope-results-%1.json").arg(stamp)));
    }
    const QByteArray json = results::toJsonBytes(result);
    bool ok = true;
    for (const QString& fileName : std::as_const(files)) {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            m_err << tr("error: cannot write results to %1: %2").arg(fileName, file.errorString()) << Qt::endl;
            ok = false;
            continue;
        }
        m_out << tr("Results written to %1").arg(QDir::toNativeSeparators(fileName)) << Qt::endl;
    }
    return ok;
}

std::optional<Error> RunCommand::openHistory(const Plan& plan, quint64 seed)
{
    const QString path = m_options.dbPath.isEmpty() ? storage::HistoryStore::defaultPath() : m_options.dbPath;
    if (path.isEmpty())
        return Error { ErrorKind::Io, tr("no writable location for the history database") };
    Result<std::unique_ptr<storage::HistoryStore>> store = storage::HistoryStore::open(path);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_recorder = std::make_unique<storage::RunRecorder>(*m_store);
    connect(m_recorder.get(), &storage::RunRecorder::writeFailed, this,
            [this](const Error& error) { reportStorageError(error); });
    storage::RunHeader header;
    header.name = m_options.runName;
    header.plan = plan;
    header.seed = seed;
    header.transport = measuringTransportName(plan);
    if (!m_recorder->begin(header))
        return m_recorder->lastError().value_or(Error { ErrorKind::Io, tr("cannot store the run in %1").arg(path) });
    for (const QString& tag : std::as_const(m_options.tags))
        reportStorageError(m_store->addTag(m_recorder->runId(), tag));
    return std::nullopt;
}

void RunCommand::reportStorageError(const std::optional<Error>& error)
{
    if (!error || m_storageErrorShown)
        return;
    m_storageErrorShown = true; // once: a broken disk must not flood the output; the run goes on
    clearProgress();
    m_err << tr("warning: history: %1").arg(error->message) << Qt::endl;
}

int RunCommand::exitCodeFor(const RunResult& result) const
{
    if (result.status == RunStatus::Cancelled || m_interrupts > 0)
        return ExitInterrupted;
    if (result.error) {
        switch (result.error->kind) {
        case ErrorKind::Usage:
        case ErrorKind::Plan:
            return ExitUsage;
        case ErrorKind::Cancelled:
            return ExitInterrupted;
        default:
            return ExitTarget;
        }
    }
    return ExitOk;
}

void RunCommand::onFinished(const RunResultPtr& result)
{
    clearProgress();
    const QList<analysis::Finding> findings = analysis::findFindings(*result);
    if (m_recorder)
        m_recorder->onFinished(result); // stores the findings and the threshold verdict as well
    const analysis::ThresholdReport thresholds = printRunReport(m_out, m_err, *result, findings);
    if (!result->undeletedIds.isEmpty())
        m_out << tr("Records created by this run and left in the target: %1").arg(result->undeletedIds.join(QStringLiteral(", ")))
              << Qt::endl;
    if (result->error && result->status != RunStatus::Cancelled)
        m_err << tr("error: %1").arg(result->error->message) << Qt::endl;
    bool written = writeResults(*result);
    if (m_options.outputs.any()) {
        const report::RunLabel label { m_recorder ? m_recorder->runId() : 0, m_options.runName };
        written &= writeRunOutputs(m_options.outputs, *result, analysis::RunAnalysis { findings, thresholds }, label, m_out, m_err);
    }
    if (m_recorder && m_recorder->runId() > 0)
        //: %1 = history id, %2 = database file
        m_out << tr("Stored in the history as run %1 (%2)").arg(m_recorder->runId()).arg(QDir::toNativeSeparators(m_store->path()))
              << Qt::endl;
    m_exitCode = exitCodeFor(*result);
    if (m_exitCode == ExitOk && !thresholds.passed())
        m_exitCode = ExitThresholdsFailed;
    if (!written && m_exitCode == ExitOk)
        m_exitCode = ExitUsage;
}

} // namespace scalescope::cli
