// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace scalescope::ui {

class RunModel;

/// The events of a run (RunModel::events()) as a table for the dashboard's log: time, level, message.
/// Rows are inserted in the batches RunModel announces (eventsAdded), so a view can follow the end.
/// Presentation only (icons, the error colour): it lives in ui/, beside the view it serves.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)
public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, ElapsedMsRole };

    explicit EventLogModel(RunModel* model, QObject* parent = nullptr);
    ~EventLogModel() override;

    /// Translated level name: "Info", "Warning", "Error".
    [[nodiscard]] static QString levelLabel(RunEvent::Level level);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onReset();
    void onEventsAdded(qsizetype first, qsizetype count);

    QPointer<RunModel> m_model;
    int m_rows = 0; ///< rows announced so far: RunModel has appended before it signals
};

} // namespace scalescope::ui
