// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/runanalysis.h"
#include "engine/runtypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace scalescope::ui {

class FindingsModel;
class ScalingModel;
class ThresholdModel;

/// The analysis of a finished or opened run: how each endpoint scales, the findings with their
/// recommendations (cliffs, projections, outliers, declining success), and the threshold verdicts.
class FindingsView : public QWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    ~FindingsView() override;
    Q_DISABLE_COPY_MOVE(FindingsView)

    /// Shows the analysis of @p run: analyzeRun(run), classifyEndpoint() per endpoint.
    void setRun(const RunResult& run);
    /// Empties the view ("no run yet").
    void clear();

    /// One line: "3 endpoints grow linearly, 1 quadratically · 2 critical, 4 warnings · thresholds: 60 passed".
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] ScalingModel* scalingModel() const { return m_scaling; }
    [[nodiscard]] FindingsModel* findingsModel() const { return m_findings; }
    [[nodiscard]] ThresholdModel* thresholdModel() const { return m_thresholds; }

private:
    ScalingModel* m_scaling;
    FindingsModel* m_findings;
    ThresholdModel* m_thresholds;
    QSortFilterProxyModel* m_thresholdFilter;
    QLabel* m_summary;
    QCheckBox* m_failuresOnly;
    QTableView* m_scalingTable;
    std::optional<LoadConfig::Kind> m_loadKind; ///< set while a load test is shown
    QTableView* m_findingsTable;
    QTableView* m_thresholdTable;
};

} // namespace scalescope::ui
