// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/runmodelview.h"

#include <QList>

class QAbstractAxis;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;

namespace scalescope::ui {

/// Response time against dataset size (records, or the sweep value): one colour per endpoint, the
/// chosen statistic solid (p50 by default, with p95 dashed), a point per finished cell.
///
/// Dirty levels: a new cell only replaces the points (replot); a statistic switch or a reset rebuilds the
/// series (recompute); a log switch replaces the axes. Every refresh feeds each series with one replace().
class ScaleChartView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleChartView)
public:
    enum class Statistic { P50AndP95, Mean, P99 };

    explicit ScaleChartView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~ScaleChartView() override;

    [[nodiscard]] Statistic statistic() const { return m_statistic; }
    void setStatistic(Statistic statistic);
    /// Offered only while the shown values span more than two decades; on by default then.
    [[nodiscard]] bool isLogScaleAvailable() const { return m_logAvailableX || m_logAvailableY; }
    /// Whether an axis is logarithmic now (only the axes whose values span more than two decades are).
    [[nodiscard]] bool isLogScale() const { return m_logX || m_logY; }
    [[nodiscard]] bool isLogX() const { return m_logX; }
    [[nodiscard]] bool isLogY() const { return m_logY; }
    /// The user's choice: from now on the view no longer switches the scale by itself.
    void setLogScale(bool on);

    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] QAbstractAxis* axisX() const { return m_axisX; }
    [[nodiscard]] QAbstractAxis* axisY() const { return m_axisY; }
    /// The solid line of an endpoint (p50, mean or p99), or nullptr.
    [[nodiscard]] QLineSeries* primarySeries(int endpointIndex) const;
    /// The dashed p95 line of an endpoint, or nullptr unless the statistic is p50 + p95.
    [[nodiscard]] QLineSeries* secondarySeries(int endpointIndex) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh(bool rebuild) override;
    void rebuildSeries();
    void updatePoints();
    void replaceAxes(bool logX, bool logY);
    void applyStyle();
    void styleSeries();
    void showPointToolTip(int endpointIndex, bool secondary, const QPointF& point);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QComboBox* m_statisticBox = nullptr;
    QLabel* m_hintLabel = nullptr;
    QCheckBox* m_logBox = nullptr;
    QAbstractAxis* m_axisX = nullptr;
    QAbstractAxis* m_axisY = nullptr;
    QList<QLineSeries*> m_primary;
    QList<QLineSeries*> m_secondary;
    Statistic m_statistic = Statistic::P50AndP95;
    bool m_logTouched = false; ///< the user chose the scale: do not switch it for them any more
    bool m_logWanted = true; ///< log axes where available (the default until the user says otherwise)
    bool m_logAvailableX = false;
    bool m_logAvailableY = false;
    bool m_logX = false;
    bool m_logY = false;
};

} // namespace scalescope::ui
