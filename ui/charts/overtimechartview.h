// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/runmodelview.h"

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace scalescope::ui {

/// The run over time, from RunModel::timeSeries(): requests/s and errors/s on the left axis, p50 and p95
/// latency (ms) on the right axis, x in seconds since the start. Seconds without measured traffic (seeding,
/// between sizes) count as zero requests and leave the latency lines alone. A long run is drawn in buckets
/// of several seconds so that no line has more than maxPoints() points (rates averaged over the bucket,
/// p50 weighted by requests, p95 the bucket's worst).
class OverTimeChartView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverTimeChartView)
public:
    static constexpr int kDefaultMaxPoints = 1200;

    explicit OverTimeChartView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~OverTimeChartView() override;

    [[nodiscard]] int maxPoints() const { return m_maxPoints; }
    void setMaxPoints(int points); ///< at least 2
    /// Seconds per drawn point: 1 until the run is longer than maxPoints() seconds.
    [[nodiscard]] int bucketSeconds() const { return m_bucketSeconds; }

    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] QLineSeries* requestsSeries() const { return m_requests; }
    [[nodiscard]] QLineSeries* errorsSeries() const { return m_errors; }
    [[nodiscard]] QLineSeries* p50Series() const { return m_p50; }
    [[nodiscard]] QLineSeries* p95Series() const { return m_p95; }
    [[nodiscard]] QValueAxis* rateAxis() const { return m_rateAxis; }
    [[nodiscard]] QValueAxis* latencyAxis() const { return m_latencyAxis; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh(bool rebuild) override;
    void applyStyle();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_requests = nullptr;
    QLineSeries* m_errors = nullptr;
    QLineSeries* m_p50 = nullptr;
    QLineSeries* m_p95 = nullptr;
    QValueAxis* m_timeAxis = nullptr;
    QValueAxis* m_rateAxis = nullptr;
    QValueAxis* m_latencyAxis = nullptr;
    int m_maxPoints = kDefaultMaxPoints;
    int m_bucketSeconds = 1;
};

} // namespace scalescope::ui
