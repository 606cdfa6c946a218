// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/complexity.h"
#include "analysis/finding.h"
#include "analysis/thresholds.h"

#include <QAbstractTableModel>

namespace scalescope::ui {

/// How each endpoint of a run scales: one row per endpoint with its class, growth in words and fit.
class ScalingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EndpointColumn, ClassColumn, GrowthColumn, FitColumn, ColumnCount };
    enum Role { ClassRole = Qt::UserRole + 1 }; ///< int(ComplexityClass)

    struct Row {
        QString endpoint;
        analysis::ComplexityFit fit;
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<Row> rows);
    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

/// The analysis' findings, most severe first: severity, endpoint, size, the statement and what to do.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, EndpointColumn, SizeColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, KindRole }; ///< int(FindingSeverity), int(FindingKind)

    using QAbstractTableModel::QAbstractTableModel;
    void setFindings(QList<analysis::Finding> findings);
    [[nodiscard]] const QList<analysis::Finding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analysis::Finding> m_findings;
};

/// The threshold verdicts of a run: one row per (threshold, cell) check, failures first.
class ThresholdModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ResultColumn, EndpointColumn, SizeColumn, MetricColumn, ValueColumn, LimitColumn, ColumnCount };
    enum Role { PassedRole = Qt::UserRole + 1 }; ///< bool

    using QAbstractTableModel::QAbstractTableModel;
    void setVerdicts(QList<analysis::ThresholdVerdict> verdicts);
    [[nodiscard]] const QList<analysis::ThresholdVerdict>& verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analysis::ThresholdVerdict> m_verdicts;
};

/// Translated severity: "Critical", "Warning", "Info".
[[nodiscard]] QString findingSeverityLabel(analysis::FindingSeverity severity);

} // namespace scalescope::ui
