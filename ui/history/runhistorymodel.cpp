// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runhistorymodel.h"

#include "labels.h"

#include <QLocale>

namespace scalescope::ui {

namespace {
    qint64 durationMs(const storage::RunSummary& run)
    {
        if (!run.startedAt.isValid() || !run.finishedAt.isValid())
            return -1;
        return run.startedAt.msecsTo(run.finishedAt);
    }

    QString displayName(const storage::RunSummary& run)
    {
        return run.name.isEmpty() ? run.planName : run.name;
    }
} // namespace

void RunHistoryModel::setRuns(QList<storage::RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int RunHistoryModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

const storage::RunSummary* RunHistoryModel::run(qint64 runId) const
{
    const int row = rowOf(runId);
    return row < 0 ? nullptr : &m_runs.at(row);
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::RunSummary& run = m_runs.at(index.row());
    switch (role) {
    case RunIdRole:
        return run.id;
    case StatusRole:
        return int(run.status);
    case ThresholdFailuresRole:
        return run.thresholdFailures.value_or(-1);
    case SearchTextRole:
        return QStringList { displayName(run), run.planName, run.baseUrl.toString(), run.tags.join(QLatin1Char(' ')),
            run.notes }
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && run.error)
            return run.error->message;
        if (!run.notes.isEmpty())
            return run.notes;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case DurationColumn:
        case CellsColumn:
        case WorstP95Column:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case NameColumn:
            return displayName(run);
        case PlanColumn:
            return run.planName;
        case TargetColumn:
            return run.baseUrl.toString();
        case StartedColumn:
            return run.startedAt.toMSecsSinceEpoch();
        case DurationColumn:
            return durationMs(run);
        case StatusColumn:
            return runStatusLabel(run.status);
        case CellsColumn:
            return run.cellCount;
        case WorstP95Column:
            return run.worstP95Ms.value_or(-1.0);
        case VerdictColumn:
            return run.thresholdFailures.value_or(-1);
        case TagsColumn:
            return run.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case NameColumn:
            return displayName(run);
        case PlanColumn:
            return run.planName;
        case TargetColumn:
            return run.baseUrl.toString(QUrl::RemoveUserInfo);
        case StartedColumn:
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return formatDuration(durationMs(run));
        case StatusColumn:
            return runStatusLabel(run.status);
        case CellsColumn:
            return run.cellCount;
        case WorstP95Column:
            //: a latency in milliseconds
            return run.worstP95Ms ? tr("%1 ms").arg(*run.worstP95Ms, 0, 'f', *run.worstP95Ms < 10 ? 2 : 1)
                                  : QStringLiteral("—");
        case VerdictColumn:
            return thresholdVerdictLabel(run.thresholdChecks, run.thresholdFailures);
        case TagsColumn:
            return run.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        //: column: history id of the run
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case PlanColumn:
        return tr("Plan");
    case TargetColumn:
        return tr("Target");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case CellsColumn:
        return tr("Cells");
    case WorstP95Column:
        return tr("Worst p95");
    case VerdictColumn:
        return tr("Thresholds");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace scalescope::ui
