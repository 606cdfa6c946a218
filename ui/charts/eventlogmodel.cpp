// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/eventlogmodel.h"

#include "charts/cellmetric.h"
#include "runmodel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace scalescope::ui {

namespace {

    QIcon levelIcon(RunEvent::Level level)
    {
        QStyle* style = QApplication::style();
        if (!style)
            return {};
        switch (level) {
        case RunEvent::Level::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case RunEvent::Level::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case RunEvent::Level::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    }

} // namespace

EventLogModel::EventLogModel(RunModel* model, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    if (model) {
        connect(model, &RunModel::reset, this, &EventLogModel::onReset);
        connect(model, &RunModel::eventsAdded, this, &EventLogModel::onEventsAdded);
        m_rows = int(model->events().size());
    }
}

EventLogModel::~EventLogModel() = default;

QString EventLogModel::levelLabel(RunEvent::Level level)
{
    switch (level) {
    case RunEvent::Level::Info:
        return tr("Info");
    case RunEvent::Level::Warning:
        return tr("Warning");
    case RunEvent::Level::Error:
        return tr("Error");
    }
    return {};
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!m_model || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_model->events().size())
        return {};
    const RunEvent& event = m_model->events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatElapsed(event.elapsedMs);
        case LevelColumn: return levelLabel(event.level);
        case MessageColumn: return event.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return event.message; // long messages are elided in the table
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return levelIcon(event.level);
        break;
    case Qt::ForegroundRole:
        // Vermillion reads on light and dark bases alike; warnings keep the text colour and their icon.
        if (event.level == RunEvent::Level::Error)
            return QColor(0xd5, 0x5e, 0x00);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LevelRole: return int(event.level);
    case ElapsedMsRole: return event.elapsedMs;
    default: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case MessageColumn: return tr("Message");
    }
    return {};
}

void EventLogModel::onReset()
{
    beginResetModel();
    m_rows = m_model ? int(m_model->events().size()) : 0;
    endResetModel();
}

void EventLogModel::onEventsAdded(qsizetype first, qsizetype count)
{
    if (count <= 0 || !m_model)
        return;
    if (first != m_rows) { // not the continuation of what the view knows: start over
        onReset();
        return;
    }
    beginInsertRows({}, m_rows, int(first + count - 1));
    m_rows = int(first + count);
    endInsertRows();
}

} // namespace scalescope::ui
