// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/scalechartview.h"

#include "charts/cellmetric.h"
#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QSignalBlocker>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::ui {

namespace {

    /// Two decades: below that a linear axis shows every value well enough.
    constexpr double kLogSpan = 100.0;

    struct Extent {
        double minPositive = std::numeric_limits<double>::infinity();
        double max = 0.0;
        void add(double value)
        {
            if (value > 0.0)
                minPositive = std::min(minPositive, value);
            max = std::max(max, value);
        }
        [[nodiscard]] bool spansDecades() const { return std::isfinite(minPositive) && max / minPositive > kLogSpan; }
    };

    QList<QPointF> positiveOnly(QList<QPointF> points, bool logX, bool logY)
    {
        if (!logX && !logY)
            return points;
        points.erase(std::remove_if(points.begin(), points.end(),
                         [&](const QPointF& p) { return (logX && p.x() <= 0.0) || (logY && p.y() <= 0.0); }),
            points.end());
        return points;
    }

    void setLogRange(QAbstractAxis* axis, const Extent& extent)
    {
        // Whole decades: the labels are then 0.1, 1, 10, … which read at a glance. The axis labels the powers
        // within its range, and 10^-1 computed is not always >= 0.1 written: widen by a hair so the ends are labelled.
        const double low = std::pow(10.0, std::floor(std::log10(extent.minPositive)));
        double high = std::pow(10.0, std::ceil(std::log10(extent.max)));
        if (high <= low)
            high = low * 10.0;
        static_cast<QLogValueAxis*>(axis)->setRange(low * 0.999, high * 1.001);
    }

    void setLinearRange(QAbstractAxis* axis, double max)
    {
        setRoundRange(static_cast<QValueAxis*>(axis), max);
    }

} // namespace

ScaleChartView::ScaleChartView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::Cells, parent)
    , m_chart(new QChart)
{
    m_statisticBox = new QComboBox(this);
    m_statisticBox->addItem(tr("p50 and p95"), int(Statistic::P50AndP95));
    m_statisticBox->addItem(tr("Mean"), int(Statistic::Mean));
    m_statisticBox->addItem(tr("p99"), int(Statistic::P99));
    m_statisticBox->setToolTip(tr("The response time statistic the lines show"));
    auto* statisticLabel = new QLabel(tr("S&tatistic:"), this);
    statisticLabel->setBuddy(m_statisticBox);
    m_hintLabel = new QLabel(tr("solid: p50, dashed: p95"), this);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_logBox = new QCheckBox(tr("&Logarithmic axes"), this);
    m_logBox->setChecked(false);
    m_logBox->setEnabled(false);
    m_logBox->setToolTip(tr("Offered when the values span more than two decades"));

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);

    auto* tools = new QHBoxLayout;
    tools->addWidget(statisticLabel);
    tools->addWidget(m_statisticBox);
    tools->addWidget(m_hintLabel);
    tools->addStretch(1);
    tools->addWidget(m_logBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    connect(m_statisticBox, &QComboBox::currentIndexChanged, this,
        [this] { setStatistic(Statistic(m_statisticBox->currentData().toInt())); });
    connect(m_logBox, &QCheckBox::toggled, this, &ScaleChartView::setLogScale);

    applyStyle();
    replaceAxes(false, false);
    setModel(model);
}

ScaleChartView::~ScaleChartView() = default;

void ScaleChartView::setStatistic(Statistic statistic)
{
    if (statistic != m_statistic) {
        m_statistic = statistic;
        requestRefresh(Dirty::Rebuild);
        flush(); // a user's choice: no need to wait for the tick
    }
    const QSignalBlocker blocker(m_statisticBox);
    m_statisticBox->setCurrentIndex(m_statisticBox->findData(int(statistic)));
}

void ScaleChartView::setLogScale(bool on)
{
    m_logTouched = true;
    if (on != m_logWanted) {
        m_logWanted = on;
        requestRefresh();
        flush();
    }
    const QSignalBlocker blocker(m_logBox);
    m_logBox->setChecked(on);
}

QLineSeries* ScaleChartView::primarySeries(int endpointIndex) const
{
    return m_primary.value(endpointIndex, nullptr);
}

QLineSeries* ScaleChartView::secondarySeries(int endpointIndex) const
{
    return m_secondary.value(endpointIndex, nullptr);
}

void ScaleChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void ScaleChartView::refresh(bool rebuild)
{
    if (rebuild)
        rebuildSeries();
    updatePoints();
}

void ScaleChartView::rebuildSeries()
{
    m_chart->removeAllSeries(); // deletes them
    m_primary.clear();
    m_secondary.clear();
    const QStringList names = model() ? model()->endpointNames() : QStringList {};
    for (qsizetype e = 0; e < names.size(); ++e) {
        auto* primary = new QLineSeries(m_chart);
        primary->setName(names.at(e));
        primary->setPointsVisible(true);
        m_chart->addSeries(primary);
        connect(primary, &QLineSeries::hovered, this, [this, e](const QPointF& point, bool state) {
            if (state)
                showPointToolTip(int(e), false, point);
        });
        m_primary.append(primary);
        if (m_statistic == Statistic::P50AndP95) {
            auto* secondary = new QLineSeries(m_chart);
            //: legend of the dashed line, %1 = endpoint name
            secondary->setName(tr("%1 (p95)").arg(names.at(e)));
            m_chart->addSeries(secondary);
            connect(secondary, &QLineSeries::hovered, this, [this, e](const QPointF& point, bool state) {
                if (state)
                    showPointToolTip(int(e), true, point);
            });
            m_secondary.append(secondary);
        }
    }
    m_hintLabel->setVisible(m_statistic == Statistic::P50AndP95);
    styleSeries();
    replaceAxes(m_logX, m_logY); // attaches the new series
}

void ScaleChartView::updatePoints()
{
    const qsizetype endpoints = m_primary.size();
    QList<QList<QPointF>> primary(endpoints);
    QList<QList<QPointF>> secondary(endpoints);
    Extent xs;
    Extent ys;
    if (model()) {
        for (int size : model()->sizes())
            xs.add(double(size)); // the axis spans the planned sizes from the start: points do not move it
        for (const CellResult& cell : model()->cells()) {
            if (cell.endpointIndex < 0 || cell.endpointIndex >= endpoints || cell.stats.count == 0)
                continue;
            const double x = cellDatasetSize(cell);
            const CellStatistics& stats = cell.stats;
            const double y = m_statistic == Statistic::Mean ? stats.meanMs
                : m_statistic == Statistic::P99             ? stats.p99Ms
                                                            : stats.p50Ms;
            primary[cell.endpointIndex].append(QPointF(x, y));
            xs.add(x);
            ys.add(y);
            if (m_statistic == Statistic::P50AndP95) {
                secondary[cell.endpointIndex].append(QPointF(x, stats.p95Ms));
                ys.add(stats.p95Ms);
            }
        }
    }

    m_logAvailableX = xs.spansDecades();
    m_logAvailableY = ys.spansDecades();
    const bool logX = m_logWanted && m_logAvailableX;
    const bool logY = m_logWanted && m_logAvailableY;
    {
        const QSignalBlocker blocker(m_logBox);
        m_logBox->setEnabled(isLogScaleAvailable());
        m_logBox->setChecked(m_logWanted && isLogScaleAvailable());
    }
    if (logX != m_logX || logY != m_logY)
        replaceAxes(logX, logY);

    const auto byX = [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); };
    for (qsizetype e = 0; e < endpoints; ++e) {
        std::sort(primary[e].begin(), primary[e].end(), byX);
        m_primary.at(e)->replace(positiveOnly(primary.at(e), m_logX, m_logY));
        if (e < m_secondary.size()) {
            std::sort(secondary[e].begin(), secondary[e].end(), byX);
            m_secondary.at(e)->replace(positiveOnly(secondary.at(e), m_logX, m_logY));
        }
    }

    if (m_logX)
        setLogRange(m_axisX, xs);
    else
        setLinearRange(m_axisX, xs.max);
    if (m_logY)
        setLogRange(m_axisY, ys);
    else
        setLinearRange(m_axisY, ys.max);
}

void ScaleChartView::replaceAxes(bool logX, bool logY)
{
    for (QAbstractAxis* axis : { m_axisX, m_axisY }) {
        if (axis) {
            m_chart->removeAxis(axis);
            delete axis;
        }
    }
    const auto makeAxis = [](bool log, const QString& format) -> QAbstractAxis* {
        if (log) {
            auto* axis = new QLogValueAxis;
            axis->setBase(10.0);
            axis->setLabelFormat(QStringLiteral("%g"));
            axis->setMinorTickCount(8);
            return axis;
        }
        auto* axis = new QValueAxis;
        axis->setLabelFormat(format);
        return axis;
    };
    m_logX = logX;
    m_logY = logY;
    m_axisX = makeAxis(logX, QStringLiteral("%.0f"));
    m_axisY = makeAxis(logY, QStringLiteral("%g"));
    const bool sweep = model() && model()->plan().dataset.mode == DatasetMode::Sweep;
    m_axisX->setTitleText(sweep ? tr("Size parameter") : tr("Dataset size (records)"));
    m_axisY->setTitleText(tr("Response time (ms)"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* series : std::as_const(m_primary)) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    for (QLineSeries* series : std::as_const(m_secondary)) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    styleAxis(m_axisX, palette());
    styleAxis(m_axisY, palette());
}

void ScaleChartView::applyStyle()
{
    styleChart(m_chart, palette()); // resets series and axes to the theme: style them again
    styleSeries();
    if (m_axisX)
        styleAxis(m_axisX, palette());
    if (m_axisY)
        styleAxis(m_axisY, palette());
}

void ScaleChartView::styleSeries()
{
    for (qsizetype e = 0; e < m_primary.size(); ++e) {
        const QColor color = endpointColor(int(e));
        QPen pen(color, 2.0);
        pen.setCapStyle(Qt::RoundCap);
        m_primary.at(e)->setPen(pen);
        m_primary.at(e)->setMarkerSize(4.0); // the radius of the point drawn for each cell
        if (e < m_secondary.size()) {
            QPen dashed(color, 1.5, Qt::DashLine);
            m_secondary.at(e)->setPen(dashed);
            // The legend lists endpoints; the hint beside the selector explains solid and dashed.
            for (QLegendMarker* marker : m_chart->legend()->markers(m_secondary.at(e)))
                marker->setVisible(false);
        }
    }
}

void ScaleChartView::showPointToolTip(int endpointIndex, bool secondary, const QPointF& point)
{
    if (!model())
        return;
    // The hovered position lies anywhere on the line: name the nearest measured cell.
    const CellResult* nearest = nullptr;
    double distance = std::numeric_limits<double>::infinity();
    for (const CellResult& cell : model()->cells()) {
        if (cell.endpointIndex != endpointIndex)
            continue;
        const double d = std::abs(cellDatasetSize(cell) - point.x());
        if (d < distance) {
            distance = d;
            nearest = &cell;
        }
    }
    if (!nearest)
        return;
    const CellStatistics& stats = nearest->stats;
    const QString value = secondary      ? formatMilliseconds(stats.p95Ms)
        : m_statistic == Statistic::Mean ? formatMilliseconds(stats.meanMs)
        : m_statistic == Statistic::P99  ? formatMilliseconds(stats.p99Ms)
                                         : formatMilliseconds(stats.p50Ms);
    const QString statistic = secondary  ? cellMetricLabel(CellMetric::P95)
        : m_statistic == Statistic::Mean ? cellMetricLabel(CellMetric::Mean)
        : m_statistic == Statistic::P99  ? cellMetricLabel(CellMetric::P99)
                                         : cellMetricLabel(CellMetric::P50);
    //: %1 = endpoint, %2 = dataset size
    const QString where = tr("%1 at %2").arg(nearest->endpoint, QLocale().toString(cellDatasetSize(*nearest), 'f', 0));
    //: %1 = statistic name, %2 = its value, %n = requests measured
    const QString what = tr("%1: %2 (%n request(s))", nullptr, int(stats.count)).arg(statistic, value);
    const QString text = where + QLatin1Char('\n') + what;
    QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace scalescope::ui
