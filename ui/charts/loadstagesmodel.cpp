// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/loadstagesmodel.h"

#include "charts/cellmetric.h"
#include "results/texttable.h"
#include "runmodel.h"

#include <QFont>
#include <QLocale>

namespace scalescope::ui {

LoadStagesModel::LoadStagesModel(RunModel* model, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    if (model) {
        connect(model, &RunModel::reset, this, &LoadStagesModel::reload);
        connect(model, &RunModel::loadStagesChanged, this, &LoadStagesModel::update);
        connect(model, &RunModel::finished, this, &LoadStagesModel::update);
    }
    reload();
}

LoadStagesModel::~LoadStagesModel() = default;

int LoadStagesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_stages.size()); }

int LoadStagesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const LoadStage* LoadStagesModel::stage(int row) const
{
    return row >= 0 && row < m_stages.size() ? &m_stages.at(row) : nullptr;
}

LoadStagesModel::Mark LoadStagesModel::mark(int row) const
{
    const LoadStage* stage = this->stage(row);
    if (!stage || !m_final || m_resultHead.config.kind != LoadConfig::Kind::Stress)
        return Mark::None;
    const StressOutcome& outcome = m_resultHead.stress;
    if (outcome.breakingStage == stage->index)
        return Mark::Breaking;
    if (outcome.lastGoodStage == stage->index)
        return Mark::LastGood;
    if (outcome.recoveryStage == stage->index)
        return Mark::Recovery;
    return Mark::None;
}

void LoadStagesModel::reload()
{
    beginResetModel();
    m_stages.clear();
    m_resultHead = LoadResult {};
    m_final = false;
    if (m_model && m_model->isLoadTest()) {
        m_stages = m_model->loadStages();
        m_resultHead.config = *m_model->plan().load;
        if (const auto& result = m_model->loadResult()) {
            m_resultHead.config = result->config;
            m_resultHead.stress = result->stress;
            m_final = true;
        }
    }
    m_resultHead.stages = m_stages; // loadStageName() numbers the steps among them
    endResetModel();
}

void LoadStagesModel::update()
{
    if (!m_model || !m_model->isLoadTest()) {
        if (!m_stages.isEmpty())
            reload();
        return;
    }
    const QList<LoadStage>& stages = m_model->loadStages();
    const bool final = m_model->loadResult().has_value();
    // Rows that are still the same stages are updated in place, new ones inserted; anything else starts over.
    bool continues = stages.size() >= m_stages.size() && final == m_final;
    for (qsizetype k = 0; continues && k < m_stages.size(); ++k)
        continues = stages.at(k).index == m_stages.at(k).index;
    if (!continues) {
        reload();
        return;
    }
    const qsizetype before = m_stages.size();
    for (qsizetype k = 0; k < before; ++k) {
        if (!(stages.at(k) == m_stages.at(k))) {
            m_stages[k] = stages.at(k);
            m_resultHead.stages = m_stages;
            Q_EMIT dataChanged(index(int(k), 0), index(int(k), ColumnCount - 1));
        }
    }
    if (stages.size() > before) {
        beginInsertRows({}, int(before), int(stages.size() - 1));
        m_stages.append(stages.mid(before));
        m_resultHead.stages = m_stages;
        endInsertRows();
    }
    m_resultHead.stages = m_stages;
}

QVariant LoadStagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoadStage& stage = m_stages.at(index.row());
    const QLocale locale;
    const bool provisional = !m_final && stage.role == LoadStage::Role::Interval;
    const auto value = [&]() -> QVariant {
        switch (Column(index.column())) {
        case StageColumn: return stage.index;
        case LevelColumn: return stage.level;
        case ThroughputColumn: return stage.throughput;
        case P50Column: return stage.p50Ms;
        case P95Column: return stage.p95Ms;
        case P99Column: return stage.p99Ms;
        case ErrorsColumn: return stage.errorRatePercent();
        case DroppedColumn: return qulonglong(stage.dropped);
        case ColumnCount: break;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StageColumn: return results::loadStageName(stage, m_resultHead);
        case LevelColumn: return locale.toString(stage.level, 'f', QLocale::FloatingPointShortest);
        case ThroughputColumn: return locale.toString(stage.throughput, 'f', stage.throughput < 10 ? 1 : 0);
        case P50Column: return formatMilliseconds(stage.p50Ms);
        case P95Column: return formatMilliseconds(stage.p95Ms);
        case P99Column: return formatMilliseconds(stage.p99Ms);
        case ErrorsColumn:
            //: %1 = a percentage
            return tr("%1 %").arg(locale.toString(stage.errorRatePercent(), 'f', 2));
        case DroppedColumn: return locale.toString(qulonglong(stage.dropped));
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: {
        const QString span = tr("%1 to %2 s of the run").arg(stage.startMs / 1000).arg(stage.endMs / 1000);
        if (provisional)
            //: %1 = when the stage ran
            return tr("%1; percentiles approximate (means of the seconds') until the run ends").arg(span);
        switch (mark(index.row())) {
        case Mark::Breaking: return tr("%1; the breaking point: %2").arg(span, m_resultHead.stress.detail);
        case Mark::LastGood: return tr("%1; the last step before the breaking point").arg(span);
        case Mark::Recovery: return tr("%1; back at the start level after the breaking point").arg(span);
        case Mark::None: break;
        }
        return span;
    }
    case Qt::TextAlignmentRole:
        if (index.column() != StageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (provisional) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (mark(index.row()) == Mark::Breaking) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ValueRole: return value();
    case StageIndexRole: return stage.index;
    case MarkRole: return int(mark(index.row()));
    case ProvisionalRole: return provisional;
    default: break;
    }
    return {};
}

QVariant LoadStagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case LevelColumn: return tr("Users running (closed model) or the arrival rate asked for (open model)");
        case ThroughputColumn: return tr("Requests completed per second");
        case P50Column:
        case P95Column:
        case P99Column:
            return tr("Latency percentiles of every request of the stage; in the open model from the intended send "
                      "time, so that a stall is not hidden");
        case ErrorsColumn: return tr("Failed requests (transport errors, unexpected statuses) of all");
        case DroppedColumn: return tr("Open model: requests due while the maximum in flight were in flight, not sent");
        default: break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StageColumn: return tr("Stage");
    case LevelColumn:
        return m_resultHead.config.model == LoadConfig::Model::Open ? tr("Rate") : tr("Users");
    case ThroughputColumn: return tr("Requests/s");
    case P50Column: return tr("p50");
    case P95Column: return tr("p95");
    case P99Column: return tr("p99");
    case ErrorsColumn: return tr("Errors");
    case DroppedColumn: return tr("Dropped");
    case ColumnCount: break;
    }
    return {};
}

} // namespace scalescope::ui
