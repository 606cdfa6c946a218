// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/runmodelview.h"

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace scalescope::ui {

/// A load test over time, from RunModel::loadPoints(), in four charts stacked on one time axis (seconds since the
/// start): the level (users, or the arrival rate asked for) and the requests completed per second; the corrected
/// latency percentiles p50/p95/p99 (solid) and, in the open model, the raw p99 (dashed) — the gap between the two is
/// what coordinated omission would have hidden; errors per second, with dropped and late requests when there are
/// any; and the generator's own CPU. Long runs are drawn in buckets of several seconds (at most maxPoints() points
/// per line: rates averaged, p50 weighted by requests, p95/p99 the bucket's worst). Every refresh replaces each
/// series' points once.
class LoadOverTimeView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadOverTimeView)
public:
    static constexpr int kDefaultMaxPoints = 1200;

    explicit LoadOverTimeView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~LoadOverTimeView() override;

    [[nodiscard]] int maxPoints() const { return m_maxPoints; }
    void setMaxPoints(int points); ///< at least 2
    [[nodiscard]] int bucketSeconds() const { return m_bucketSeconds; }

    [[nodiscard]] QChart* loadChart() const { return m_loadChart; }
    [[nodiscard]] QChart* latencyChart() const { return m_latencyChart; }
    [[nodiscard]] QChart* errorsChart() const { return m_errorsChart; }
    [[nodiscard]] QChart* generatorChart() const { return m_generatorChart; }
    [[nodiscard]] QLineSeries* levelSeries() const { return m_level; }
    [[nodiscard]] QLineSeries* throughputSeries() const { return m_throughput; }
    [[nodiscard]] QLineSeries* p50Series() const { return m_p50; }
    [[nodiscard]] QLineSeries* p95Series() const { return m_p95; }
    [[nodiscard]] QLineSeries* p99Series() const { return m_p99; }
    [[nodiscard]] QLineSeries* rawP99Series() const { return m_rawP99; }
    [[nodiscard]] QLineSeries* errorsSeries() const { return m_errors; }
    [[nodiscard]] QLineSeries* droppedSeries() const { return m_dropped; }
    [[nodiscard]] QLineSeries* lateSeries() const { return m_late; }
    [[nodiscard]] QLineSeries* cpuSeries() const { return m_cpu; }
    [[nodiscard]] QValueAxis* levelAxis() const { return m_levelAxis; }
    [[nodiscard]] QValueAxis* rateAxis() const { return m_rateAxis; }
    [[nodiscard]] QValueAxis* latencyAxis() const { return m_latencyAxis; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh(bool rebuild) override;
    void applyStyle();
    /// Gives the four plot areas the same left and right edges, so that one second is at the same x in every chart
    /// whatever the width of each chart's axis labels.
    void alignPlotAreas();
    /// Shows @p series and its legend entry, or hides both.
    static void showSeries(QLineSeries* series, bool visible);

    QChart* m_loadChart = nullptr;
    QChart* m_latencyChart = nullptr;
    QChart* m_errorsChart = nullptr;
    QChart* m_generatorChart = nullptr;
    QList<QChartView*> m_views;
    QList<QValueAxis*> m_timeAxes;
    QLineSeries* m_level = nullptr;
    QLineSeries* m_throughput = nullptr;
    QLineSeries* m_p50 = nullptr;
    QLineSeries* m_p95 = nullptr;
    QLineSeries* m_p99 = nullptr;
    QLineSeries* m_rawP99 = nullptr;
    QLineSeries* m_errors = nullptr;
    QLineSeries* m_dropped = nullptr;
    QLineSeries* m_late = nullptr;
    QLineSeries* m_cpu = nullptr;
    QValueAxis* m_levelAxis = nullptr;
    QValueAxis* m_rateAxis = nullptr;
    QValueAxis* m_latencyAxis = nullptr;
    QValueAxis* m_errorsAxis = nullptr;
    QValueAxis* m_cpuAxis = nullptr;
    int m_maxPoints = kDefaultMaxPoints;
    int m_bucketSeconds = 1;
};

} // namespace scalescope::ui
