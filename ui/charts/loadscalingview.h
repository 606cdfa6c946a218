// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/loadanalysis.h"
#include "charts/runmodelview.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace scalescope::ui {

/// Throughput against the load level, one point per stage as stages finish (RunModel::loadStages()): for a
/// concurrency sweep its levels (users), with the Universal Scalability Law fitted to them (analysis::fitUsl(), from
/// three levels on) as a dashed curve and its peak in the caption; for a stress test its steps. The p95 latency of
/// each stage is drawn on the right axis. Other kinds of test hold one level: nothing to draw.
class LoadScalingView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadScalingView)
public:
    explicit LoadScalingView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~LoadScalingView() override;

    /// Whether the run's kind of test has levels to compare (stress, concurrency sweep).
    [[nodiscard]] static bool appliesTo(const Plan& plan);

    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] QLineSeries* throughputSeries() const { return m_throughput; }
    [[nodiscard]] QScatterSeries* throughputPoints() const { return m_points; }
    [[nodiscard]] QLineSeries* fitSeries() const { return m_fit; }
    [[nodiscard]] QLineSeries* p95Series() const { return m_p95; }
    [[nodiscard]] QValueAxis* levelAxis() const { return m_levelAxis; }
    /// The last USL fit (ok == false when there is none, e.g. fewer than three levels or not a sweep).
    [[nodiscard]] const analysis::UslFit& fit() const { return m_usl; }
    /// The caption under the chart: the fit, or why there is none.
    [[nodiscard]] QString caption() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh(bool rebuild) override;
    void applyStyle();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_caption = nullptr;
    QLineSeries* m_throughput = nullptr;
    QScatterSeries* m_points = nullptr;
    QLineSeries* m_fit = nullptr;
    QLineSeries* m_p95 = nullptr;
    QValueAxis* m_levelAxis = nullptr;
    QValueAxis* m_rateAxis = nullptr;
    QValueAxis* m_latencyAxis = nullptr;
    analysis::UslFit m_usl;
};

} // namespace scalescope::ui
