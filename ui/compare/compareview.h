// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "engine/runtypes.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace scalescope::ui {

class CompareCellModel;
class CompareChartView;
class CompareEndpointModel;

/// Two runs side by side: a one-line headline ("1 endpoint slower, 5 without significant change"), the
/// warnings of the comparison, both runs' lines per endpoint overlaid, the verdict and scaling of each endpoint,
/// and the delta table per (endpoint, size), coloured by significance. The statistics are analysis::compareRuns()'.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;
    Q_DISABLE_COPY_MOVE(CompareView)

    /// Compares @p candidate against @p base; the labels name them in the header ("run 3, 2026-12-01 10:04").
    void setRuns(const RunResult& base, const QString& baseLabel, const RunResult& candidate, const QString& candidateLabel);
    void clear();

    [[nodiscard]] const analysis::RunComparison& comparison() const { return m_comparison; }
    [[nodiscard]] QString headline() const;
    [[nodiscard]] CompareEndpointModel* endpointModel() const { return m_endpoints; }
    [[nodiscard]] CompareCellModel* cellModel() const { return m_cells; }
    [[nodiscard]] CompareChartView* chart() const { return m_chart; }

private:
    analysis::RunComparison m_comparison;
    CompareEndpointModel* m_endpoints;
    CompareCellModel* m_cells;
    QSortFilterProxyModel* m_cellSort;
    QLabel* m_title;
    QLabel* m_headline;
    QLabel* m_warnings;
    QTableView* m_endpointTable;
    QTableView* m_cellTable;
    CompareChartView* m_chart = nullptr;
};

} // namespace scalescope::ui
