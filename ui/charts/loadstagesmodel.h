// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/loadtypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace scalescope::ui {

class RunModel;

/// The stages of a load test (RunModel::loadStages()) as a table: stage, level, requests/s, p50/p95/p99, errors and
/// dropped requests. Rows are inserted as stages finish; provisional rows (endurance intervals while the run goes on)
/// are updated in place, and the engine's final stages replace them when the run ends. DisplayRole is text for
/// people, ValueRole the raw number (for sorting and tests), MarkRole what a stress ramp made of the stage.
class LoadStagesModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStagesModel)
public:
    enum Column { StageColumn, LevelColumn, ThroughputColumn, P50Column, P95Column, P99Column, ErrorsColumn,
        DroppedColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, StageIndexRole, MarkRole, ProvisionalRole };
    /// A stress ramp's verdict on a stage (MarkRole), from the LoadResult's StressOutcome once the run ended.
    enum class Mark { None, LastGood, Breaking, Recovery };

    explicit LoadStagesModel(RunModel* model, QObject* parent = nullptr);
    ~LoadStagesModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The stage shown in @p row.
    [[nodiscard]] const LoadStage* stage(int row) const;
    [[nodiscard]] Mark mark(int row) const;

private:
    void reload();
    void update();

    QPointer<RunModel> m_model;
    QList<LoadStage> m_stages; ///< what the rows show (a copy: RunModel replaces its list)
    LoadResult m_resultHead; ///< config and stress outcome of the run, for names and marks
    bool m_final = false;
};

} // namespace scalescope::ui
