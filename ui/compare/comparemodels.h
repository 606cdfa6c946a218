// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"

#include <QAbstractTableModel>

namespace scalescope::ui {

/// One row per endpoint measured in both runs: the rolled-up verdict, the cells behind it and the
/// complexity class in each run.
class CompareEndpointModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EndpointColumn, VerdictColumn, CellsColumn, ScalingColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1, ClassChangedRole }; ///< int(ChangeVerdict), bool

    using QAbstractTableModel::QAbstractTableModel;
    void setEndpoints(QList<analysis::EndpointComparison> endpoints);
    [[nodiscard]] const QList<analysis::EndpointComparison>& endpoints() const { return m_endpoints; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analysis::EndpointComparison> m_endpoints;
};

/// The delta table: one row per (endpoint, size) cell measured in both runs.
class CompareCellModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EndpointColumn,
        SizeColumn,
        BaseColumn,
        CandidateColumn,
        ChangeColumn,
        PColumn,
        EffectColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role { VerdictRole = Qt::UserRole + 1, SortRole }; ///< int(ChangeVerdict); raw numbers

    using QAbstractTableModel::QAbstractTableModel;
    void setCells(QList<analysis::CellComparison> cells);
    [[nodiscard]] const QList<analysis::CellComparison>& cells() const { return m_cells; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analysis::CellComparison> m_cells;
};

/// "3 endpoints slower, 1 faster, 2 unchanged" (translated), or the reasons the runs cannot be compared.
[[nodiscard]] QString comparisonHeadline(const analysis::RunComparison& comparison);

} // namespace scalescope::ui
