// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "runreport.h"

#include "analysis/findings.h"
#include "results/texttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace scalescope::cli {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("scalescope::cli::History", text, comment, n);
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}

QString duration(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("—");
    const qint64 ms = from.msecsTo(to);
    return ms < 60000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1)
                      : QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

} // namespace

QString historyPath(const CliOptions& options)
{
    return options.dbPath.isEmpty() ? storage::HistoryStore::defaultPath() : options.dbPath;
}

Result<std::unique_ptr<storage::HistoryStore>> openHistoryForReading(const QString& path, QString* warning)
{
    if (path.isEmpty())
        return Error { ErrorKind::Io, tr("no location for the history database; give one with --db FILE") };
    if (!QFileInfo::exists(path))
        return Error { ErrorKind::Io, tr("%1: no history database here yet (runs are stored by 'scalescope-cli run' and 'demo')")
                                          .arg(QDir::toNativeSeparators(path)) };
    Result<std::unique_ptr<storage::HistoryStore>> store = storage::HistoryStore::open(path);
    if (store)
        return store;
    Result<std::unique_ptr<storage::HistoryStore>> readOnly = storage::HistoryStore::open(path, storage::HistoryStore::Access::ReadOnly);
    if (!readOnly)
        return store.error(); // the read-write reason is the more telling one
    if (warning)
        *warning = tr("opened read-only: %1").arg(store.error().message);
    return readOnly;
}

Result<qint64> resolveRunRef(const storage::HistoryStore& store, const QString& ref)
{
    static const QRegularExpression last(QStringLiteral("^last(?:~(\\d+))?$"));
    const QRegularExpressionMatch match = last.match(ref);
    if (!match.hasMatch()) {
        bool ok = false;
        const qint64 id = ref.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error { ErrorKind::Usage, tr("'%1' is not a run; give a run id from 'history list', 'last' or 'last~N'").arg(ref) };
        return id;
    }
    const int back = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
    storage::RunQuery query;
    query.limit = back + 1;
    const Result<QList<storage::RunSummary>> runs = store.listRuns(query);
    if (!runs)
        return runs.error();
    if (runs->size() <= back)
        //: %1 = last~N, %2 = stored run count, %3 = database
        return Error { ErrorKind::Io, tr("%1: the history holds only %n run(s) (%2)", nullptr, int(runs->size()))
                                          .arg(ref, QDir::toNativeSeparators(store.path())) };
    return runs->at(back).id;
}

HistoryCommand::HistoryCommand(CliOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{
}

int HistoryCommand::fail(const Error& error)
{
    m_err << tr("error: %1").arg(error.message) << Qt::endl;
    return ExitHistory; // bad command lines were refused while parsing: what is left is about the database
}

int HistoryCommand::exec()
{
    const QString path = historyPath(m_options);
    if (m_options.historyAction == HistoryAction::List && !path.isEmpty() && !QFileInfo::exists(path)) {
        m_out << tr("No runs stored yet (%1).").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return ExitOk;
    }
    QString warning;
    Result<std::unique_ptr<storage::HistoryStore>> store = openHistoryForReading(path, &warning);
    if (!store)
        return fail(store.error());
    if (!warning.isEmpty())
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    if (m_options.historyAction == HistoryAction::List)
        return list(**store);
    const Result<qint64> id = resolveRunRef(**store, m_options.runRef);
    if (!id)
        return fail(id.error());
    if (m_options.historyAction == HistoryAction::Show)
        return show(**store, id.value());
    return edit(**store, id.value());
}

int HistoryCommand::list(storage::HistoryStore& store)
{
    storage::RunQuery query;
    query.limit = m_options.limit;
    query.tag = m_options.tagFilter;
    const Result<QList<storage::RunSummary>> runs = store.listRuns(query);
    if (!runs)
        return fail(runs.error());
    if (runs->isEmpty()) {
        m_out << (query.tag.isEmpty() ? tr("No runs stored yet (%1).").arg(QDir::toNativeSeparators(store.path()))
                                      : tr("No run is tagged \"%1\".").arg(query.tag))
              << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const storage::RunSummary& run : *runs) {
        const QString name = run.name.isEmpty() ? run.planName : run.name;
        rows.append({ QString::number(run.id), localTime(run.startedAt), runStatusName(run.status), name,
                      run.baseUrl.toString(QUrl::RemoveUserInfo), QString::number(run.cellCount), run.tags.join(QStringLiteral(", ")) });
    }
    m_out << results::formatTable({ tr("ID"), tr("started"), tr("status"), tr("name"), tr("target"), tr("cells"), tr("tags") }, rows);
    if (m_options.limit > 0 && runs->size() == m_options.limit)
        m_out << tr("(the newest %1; --limit 0 lists every run)").arg(m_options.limit) << Qt::endl;
    return ExitOk;
}

int HistoryCommand::show(storage::HistoryStore& store, qint64 id)
{
    const Result<storage::StoredRun> stored = store.loadRun(id);
    if (!stored)
        return fail(stored.error());
    const storage::RunSummary& summary = stored->summary;
    const RunResult& run = stored->result;
    const QString name = summary.name.isEmpty() ? summary.planName : summary.name;
    m_out << tr("Run %1: %2").arg(summary.id).arg(name) << Qt::endl
          << tr("  status    %1").arg(runStatusName(summary.status)) << Qt::endl
          << tr("  started   %1 (%2)").arg(localTime(summary.startedAt), duration(summary.startedAt, summary.finishedAt)) << Qt::endl
          << tr("  target    %1").arg(summary.baseUrl.toString(QUrl::RemoveUserInfo)) << Qt::endl
          << tr("  plan      %1: sizes %2, %3 iteration(s), %4")
                 .arg(summary.planName)
                 .arg([&] {
                     QStringList sizes;
                     for (const int size : summary.sizes)
                         sizes.append(QString::number(size));
                     return sizes.join(QLatin1Char(' '));
                 }())
                 .arg(run.plan.measurement.iterations)
                 .arg(run.plan.measurement.concurrent ? tr("concurrent, %1 workers").arg(run.plan.measurement.maxWorkers) : tr("sequential"))
          << Qt::endl
          << tr("  measured  by ScaleScope %1 over %2, seed %3").arg(summary.toolVersion, summary.transport).arg(summary.seed) << Qt::endl;
    if (!summary.tags.isEmpty())
        m_out << tr("  tags      %1").arg(summary.tags.join(QStringLiteral(", "))) << Qt::endl;
    if (!summary.notes.isEmpty())
        m_out << tr("  notes     %1").arg(summary.notes) << Qt::endl;
    if (summary.error)
        m_out << tr("  error     %1").arg(summary.error->message) << Qt::endl;
    if (summary.status == RunStatus::Interrupted)
        m_out << tr("  The process running it ended without finishing it (killed or crashed); the %n cell(s) it completed are kept.",
                    nullptr, int(run.cells.size()))
              << Qt::endl;
    // Runs stored before findings existed, or cut short, get them computed now.
    const QList<analysis::Finding> findings = stored->findings.isEmpty() ? analysis::findFindings(run) : stored->findings;
    printRunReport(m_out, m_err, run, findings);
    return ExitOk;
}

int HistoryCommand::edit(storage::HistoryStore& store, qint64 id)
{
    if (store.access() != storage::HistoryStore::Access::ReadWrite)
        return fail(Error { ErrorKind::Io, tr("%1 is read-only here; it cannot be changed").arg(QDir::toNativeSeparators(store.path())) });
    std::optional<Error> error;
    QString done;
    switch (m_options.historyAction) {
    case HistoryAction::Delete:
        error = store.deleteRun(id);
        done = tr("Deleted run %1.").arg(id);
        break;
    case HistoryAction::Tag:
        error = store.addTag(id, m_options.historyText);
        done = tr("Run %1 tagged \"%2\".").arg(id).arg(m_options.historyText);
        break;
    case HistoryAction::Untag:
        error = store.removeTag(id, m_options.historyText);
        done = tr("Run %1 no longer tagged \"%2\".").arg(id).arg(m_options.historyText);
        break;
    case HistoryAction::Note:
        error = store.setNotes(id, m_options.historyText);
        done = m_options.historyText.isEmpty() ? tr("Note of run %1 removed.").arg(id) : tr("Note of run %1 saved.").arg(id);
        break;
    case HistoryAction::List:
    case HistoryAction::Show:
        break;
    }
    if (error)
        return fail(*error);
    m_out << done << Qt::endl;
    return ExitOk;
}

} // namespace scalescope::cli
