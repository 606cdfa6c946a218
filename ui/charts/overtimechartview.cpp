// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/overtimechartview.h"

#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scalescope::ui {

namespace {

    // Okabe–Ito, as everywhere: blue for throughput (sky blue on dark backgrounds, where the deep blue fades),
    // vermillion for errors, bluish green for latency.
    QColor requestsColor(bool dark)
    {
        return QColor::fromRgb(dark ? 0xff56b4e9 : 0xff0072b2);
    }
    constexpr QRgb kErrorsColor = 0xffd55e00;
    constexpr QRgb kLatencyColor = 0xff009e73;

    void setNiceRange(QValueAxis* axis, double max, double floor)
    {
        axis->setRange(0.0, std::max(max * 1.08, floor));
        axis->applyNiceNumbers();
    }

} // namespace

OverTimeChartView::OverTimeChartView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::TimeSeries, parent)
    , m_chart(new QChart)
{
    m_requests = new QLineSeries(m_chart);
    m_requests->setName(tr("Requests/s"));
    m_errors = new QLineSeries(m_chart);
    m_errors->setName(tr("Errors/s"));
    m_p50 = new QLineSeries(m_chart);
    m_p50->setName(tr("p50 (ms)"));
    m_p95 = new QLineSeries(m_chart);
    m_p95->setName(tr("p95 (ms)"));
    for (QLineSeries* series : { m_requests, m_errors, m_p50, m_p95 })
        m_chart->addSeries(series);

    m_timeAxis = new QValueAxis(m_chart);
    m_timeAxis->setTitleText(tr("Time since start (s)"));
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis = new QValueAxis(m_chart);
    m_rateAxis->setTitleText(tr("Requests per second"));
    m_rateAxis->setLabelFormat(QStringLiteral("%g"));
    m_latencyAxis = new QValueAxis(m_chart);
    m_latencyAxis->setTitleText(tr("Response time (ms)"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_latencyAxis, Qt::AlignRight);
    for (QLineSeries* series : { m_requests, m_errors })
        series->attachAxis(m_rateAxis);
    for (QLineSeries* series : { m_p50, m_p95 })
        series->attachAxis(m_latencyAxis);
    for (QLineSeries* series : { m_requests, m_errors, m_p50, m_p95 })
        series->attachAxis(m_timeAxis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // a dashed line for p95

    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    applyStyle();
    setModel(model);
}

OverTimeChartView::~OverTimeChartView() = default;

void OverTimeChartView::setMaxPoints(int points)
{
    points = std::max(2, points);
    if (points == m_maxPoints)
        return;
    m_maxPoints = points;
    requestRefresh();
}

void OverTimeChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void OverTimeChartView::refresh(bool /*rebuild*/)
{
    // The four series stay: every refresh replaces their points from the whole time series.
    const QList<TimeSeriesPoint> empty;
    const QList<TimeSeriesPoint>& points = model() ? model()->timeSeries() : empty;
    QList<QPointF> requests;
    QList<QPointF> errors;
    QList<QPointF> p50;
    QList<QPointF> p95;
    double maxRate = 0.0;
    double maxLatency = 0.0;
    qint64 end = 0;
    if (!points.isEmpty()) {
        // Buckets of whole seconds from the first second measured; the series are in order (RunModel keeps
        // them so). The bucket width grows with the run so that there are at most m_maxPoints of them.
        const qint64 start = points.first().second;
        end = points.last().second + 1;
        const qint64 span = end - start;
        m_bucketSeconds = int(std::max<qint64>(1, (span + m_maxPoints - 1) / m_maxPoints));
        const qint64 buckets = (span + m_bucketSeconds - 1) / m_bucketSeconds;
        requests.reserve(buckets);
        errors.reserve(buckets);
        p50.reserve(buckets);
        p95.reserve(buckets);
        qsizetype i = 0;
        for (qint64 b = 0; b < buckets; ++b) {
            const qint64 bucketStart = start + b * m_bucketSeconds;
            const qint64 bucketEnd = std::min(end, bucketStart + m_bucketSeconds);
            quint64 count = 0;
            quint64 failures = 0;
            double weightedP50 = 0.0;
            double worstP95 = 0.0;
            bool latency = false;
            for (; i < points.size() && points.at(i).second < bucketEnd; ++i) {
                const TimeSeriesPoint& point = points.at(i);
                count += point.requests;
                failures += point.failures;
                if (point.requests > 0) {
                    weightedP50 += point.p50Ms * double(point.requests);
                    worstP95 = std::max(worstP95, point.p95Ms);
                    latency = true;
                }
            }
            const double seconds = double(bucketEnd - bucketStart);
            const double x = double(bucketStart) + (seconds - 1.0) / 2.0;
            const double rate = double(count) / seconds;
            requests.append(QPointF(x, rate));
            errors.append(QPointF(x, double(failures) / seconds));
            maxRate = std::max(maxRate, rate);
            if (latency) {
                p50.append(QPointF(x, weightedP50 / double(count)));
                p95.append(QPointF(x, worstP95));
                maxLatency = std::max(maxLatency, worstP95);
            }
        }
    } else {
        m_bucketSeconds = 1;
    }
    m_requests->replace(requests);
    m_errors->replace(errors);
    m_p50->replace(p50);
    m_p95->replace(p95);
    m_timeAxis->setRange(0.0, double(std::max<qint64>(end, 10)));
    m_timeAxis->applyNiceNumbers();
    setNiceRange(m_rateAxis, maxRate, 10.0);
    setNiceRange(m_latencyAxis, maxLatency, 1.0);
}

void OverTimeChartView::applyStyle()
{
    styleChart(m_chart, palette()); // resets series and axes to the theme: style them again
    const bool dark = isDarkPalette(palette());
    m_requests->setPen(QPen(requestsColor(dark), 2.0));
    m_errors->setPen(QPen(QColor::fromRgb(kErrorsColor), 2.0));
    m_p50->setPen(QPen(QColor::fromRgb(kLatencyColor), 2.0));
    m_p95->setPen(QPen(QColor::fromRgb(kLatencyColor), 1.5, Qt::DashLine));
    for (QValueAxis* axis : { m_timeAxis, m_rateAxis, m_latencyAxis })
        styleAxis(axis, palette());
    m_latencyAxis->setGridLineVisible(false); // one grid, the left axis'
    m_rateAxis->setTitleBrush(requestsColor(dark));
    m_latencyAxis->setTitleBrush(QColor::fromRgb(kLatencyColor));
}

} // namespace scalescope::ui
