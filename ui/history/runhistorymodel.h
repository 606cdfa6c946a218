// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/historystore.h"

#include <QAbstractTableModel>

namespace scalescope::ui {

/// The stored runs as a table, newest first as given. Display texts are formatted; SortRole gives the raw
/// value of every column (numbers, times) so a QSortFilterProxyModel sorts them right. No colours: the
/// status is painted by a MarkDelegate.
class RunHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        PlanColumn,
        TargetColumn,
        StartedColumn,
        DurationColumn,
        StatusColumn,
        CellsColumn,
        WorstP95Column,
        VerdictColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< qint64 history id (every column)
        SortRole, ///< raw value of the column
        StatusRole, ///< int(RunStatus) (every column)
        ThresholdFailuresRole, ///< int, -1 when not evaluated (every column)
        SearchTextRole, ///< name, plan, target, tags and notes in one string, for the text filter
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces every row (one model reset).
    void setRuns(QList<storage::RunSummary> runs);
    [[nodiscard]] const QList<storage::RunSummary>& runs() const { return m_runs; }
    /// The row of @p runId, or -1.
    [[nodiscard]] int rowOf(qint64 runId) const;
    /// The summary of @p runId, or nullptr.
    [[nodiscard]] const storage::RunSummary* run(qint64 runId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::RunSummary> m_runs;
};

} // namespace scalescope::ui
