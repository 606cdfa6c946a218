// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "historycommand.h"

#include "results/resultsjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace scalescope::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("scalescope::cli::Report", text);
}
} // namespace

ReportCommand::ReportCommand(CliOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{
}

int ReportCommand::exec()
{
    QString warning;
    Result<std::unique_ptr<storage::HistoryStore>> store = openHistoryForReading(historyPath(m_options), &warning);
    if (!store) {
        m_err << tr("error: %1").arg(store.error().message) << Qt::endl;
        return ExitHistory;
    }
    if (!warning.isEmpty())
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    const Result<qint64> id = resolveRunRef(**store, m_options.runRef);
    if (!id) {
        m_err << tr("error: %1").arg(id.error().message) << Qt::endl;
        return id.error().kind == ErrorKind::Usage ? ExitUsage : ExitHistory;
    }
    const Result<storage::StoredRun> stored = (*store)->loadRun(id.value());
    if (!stored) {
        m_err << tr("error: %1").arg(stored.error().message) << Qt::endl;
        return ExitHistory;
    }
    const RunResult& run = stored->result;
    bool ok = true;
    if (!m_options.jsonFile.isEmpty()) {
        const QByteArray json = results::toJsonBytes(run);
        QSaveFile file(m_options.jsonFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            m_err << tr("error: cannot write results to %1: %2").arg(m_options.jsonFile, file.errorString()) << Qt::endl;
            ok = false;
        } else {
            m_out << tr("Results written to %1").arg(QDir::toNativeSeparators(m_options.jsonFile)) << Qt::endl;
        }
    }
    const report::RunLabel label { stored->summary.id, stored->summary.name };
    ok &= writeRunOutputs(m_options.outputs, run, analysis::analyzeRun(run), label, m_out, m_err);
    return ok ? ExitOk : ExitUsage;
}

} // namespace scalescope::cli
