// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace scalescope::ui {

/// Two runs' response time vs dataset size overlaid: per endpoint the candidate's median solid and the base's
/// dashed, in the endpoint's colour, so a regression shows as a gap between the two lines. A selector shows
/// every endpoint or one. The y axis is logarithmic when the medians span more than two decades.
class CompareChartView : public QWidget {
    Q_OBJECT
public:
    explicit CompareChartView(QWidget* parent = nullptr);
    ~CompareChartView() override;
    Q_DISABLE_COPY_MOVE(CompareChartView)

    void setComparison(const analysis::RunComparison& comparison);
    /// -1 = every endpoint.
    void setEndpointFilter(int endpointIndex);

    [[nodiscard]] QChart* chart() const { return m_chart; }
    /// The lines of endpoint @p index of the comparison (nullptr when filtered out or unknown).
    [[nodiscard]] QLineSeries* baseSeries(int index) const;
    [[nodiscard]] QLineSeries* candidateSeries(int index) const;
    [[nodiscard]] bool isLogScale() const { return m_log; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyStyle();

    analysis::RunComparison m_comparison;
    QChart* m_chart;
    QChartView* m_view;
    QComboBox* m_endpoints;
    // Made once and never removed (only the y axis in use is shown): an axis removed from a shown chart leaves
    // its labels painted in the scene in Qt Charts 6.4, a ghost under its successor.
    QValueAxis* m_axisX;
    QValueAxis* m_linearY;
    QLogValueAxis* m_logY;
    QList<QLineSeries*> m_base;
    QList<QLineSeries*> m_candidate;
    int m_filter = -1;
    bool m_log = false;
};

} // namespace scalescope::ui
