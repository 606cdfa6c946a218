// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/loadovertimeview.h"

#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QTimer>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::ui {

namespace {

    // Okabe–Ito: blue for throughput (sky blue on dark backgrounds), orange for the level, bluish green / orange /
    // vermillion for p50 / p95 / p99, vermillion for errors, reddish purple for dropped, brown for late.
    QColor throughputColor(bool dark) { return QColor::fromRgb(dark ? 0xff56b4e9 : 0xff0072b2); }
    constexpr QRgb kLevelColor = 0xffe69f00;
    constexpr QRgb kP50Color = 0xff009e73;
    constexpr QRgb kP95Color = 0xffe69f00;
    constexpr QRgb kP99Color = 0xffd55e00;
    constexpr QRgb kErrorsColor = 0xffd55e00;
    constexpr QRgb kDroppedColor = 0xffcc79a7;
    constexpr QRgb kLateColor = 0xff8c6d31;
    QColor cpuColor(bool dark) { return QColor::fromRgb(dark ? 0xffb0b0b0 : 0xff555555); }

    /// One bucket of seconds, as drawn.
    struct Bucket {
        double x = 0;
        double seconds = 1;
        double levelSum = 0;
        int levelSeconds = 0;
        quint64 requests = 0;
        quint64 failures = 0;
        quint64 dropped = 0;
        quint64 late = 0;
        double weightedP50 = 0;
        double p95 = 0, p99 = 0, rawP99 = 0;
        double cpuSum = 0;
        int cpuSeconds = 0;
    };

    /// 0 … a round top above @p max in at most four steps of 1, 2, 2.5 or 5 × 10^k: the charts are short, more ticks
    /// than that overlap (Qt then drops labels at random).
    void setCompactRange(QValueAxis* axis, double max)
    {
        const double top = max > 0.0 ? max * 1.05 : 1.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(top / 4.0)));
        double step = magnitude;
        for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
            step = factor * magnitude;
            if (top / step <= 4.0)
                break;
        }
        const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
        axis->setRange(0.0, step * steps);
        axis->setTickCount(steps + 1);
    }

    /// 0 … the end of the run in at most six steps of whole seconds (1, 2, 5 × 10^k: the labels show no fractions).
    void setTimeRange(QValueAxis* axis, double end)
    {
        const double top = std::max(end, 10.0);
        double step = 1.0;
        for (double magnitude = 1.0;; magnitude *= 10.0) {
            bool found = false;
            for (const double factor : { 1.0, 2.0, 5.0 }) {
                step = factor * magnitude;
                if (top / step <= 6.0) {
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
        axis->setRange(0.0, step * steps);
        axis->setTickCount(steps + 1);
    }

} // namespace

LoadOverTimeView::LoadOverTimeView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::LoadPoints, parent)
    , m_loadChart(new QChart)
    , m_latencyChart(new QChart)
    , m_errorsChart(new QChart)
    , m_generatorChart(new QChart)
{
    const auto series = [](QChart* chart, const QString& name) {
        auto* line = new QLineSeries(chart);
        line->setName(name);
        chart->addSeries(line);
        return line;
    };
    m_level = series(m_loadChart, tr("Level"));
    m_throughput = series(m_loadChart, tr("Requests/s"));
    m_p50 = series(m_latencyChart, tr("p50"));
    m_p95 = series(m_latencyChart, tr("p95"));
    m_p99 = series(m_latencyChart, tr("p99"));
    m_rawP99 = series(m_latencyChart, tr("p99 raw (uncorrected)"));
    m_errors = series(m_errorsChart, tr("Errors/s"));
    m_dropped = series(m_errorsChart, tr("Dropped/s"));
    m_late = series(m_errorsChart, tr("Late/s"));
    m_cpu = series(m_generatorChart, tr("Generator CPU"));

    const auto axis = [](QChart* chart, Qt::Alignment alignment, const QString& title) {
        auto* value = new QValueAxis(chart);
        value->setTitleText(title);
        value->setLabelFormat(QStringLiteral("%g"));
        chart->addAxis(value, alignment);
        return value;
    };
    m_levelAxis = axis(m_loadChart, Qt::AlignLeft, tr("Users"));
    m_rateAxis = axis(m_loadChart, Qt::AlignRight, tr("Requests/s"));
    m_latencyAxis = axis(m_latencyChart, Qt::AlignLeft, tr("Latency (ms)"));
    m_errorsAxis = axis(m_errorsChart, Qt::AlignLeft, tr("Per second"));
    m_cpuAxis = axis(m_generatorChart, Qt::AlignLeft, tr("CPU (%)"));
    m_level->attachAxis(m_levelAxis);
    m_throughput->attachAxis(m_rateAxis);
    for (QLineSeries* line : { m_p50, m_p95, m_p99, m_rawP99 })
        line->attachAxis(m_latencyAxis);
    for (QLineSeries* line : { m_errors, m_dropped, m_late })
        line->attachAxis(m_errorsAxis);
    m_cpu->attachAxis(m_cpuAxis);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const QList<QChart*> charts { m_loadChart, m_latencyChart, m_errorsChart, m_generatorChart };
    for (QChart* chart : charts) {
        auto* time = new QValueAxis(chart);
        time->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(time, Qt::AlignBottom);
        for (QAbstractSeries* line : chart->series())
            line->attachAxis(time);
        m_timeAxes.append(time);
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // a dashed line for the raw p99
        auto* view = new QChartView(chart, this); // takes the chart
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::NoFocus);
        view->setMinimumHeight(120);
        m_views.append(view);
        layout->addWidget(view, 1);
    }
    // One time axis title, under the last chart: the four share it.
    m_timeAxes.constLast()->setTitleText(tr("Time since start (s)"));
    m_loadChart->setObjectName(QStringLiteral("loadChart"));
    m_views.at(0)->setToolTip(tr("The load applied (users, or the arrival rate asked for) and the requests completed "
                                 "per second"));
    m_views.at(1)->setToolTip(tr("Latency percentiles per second. In the open model they count from each request's "
                                 "intended send time; the dashed raw p99 counts from when it was actually sent"));
    m_views.at(2)->setToolTip(tr("Failed requests per second; in the open model also requests dropped (too many in "
                                 "flight) and sent late"));
    m_views.at(3)->setToolTip(tr("The load generator's own CPU (100 % = one core busy): near its cores' limit its "
                                 "numbers are suspect"));

    applyStyle();
    setModel(model);
}

LoadOverTimeView::~LoadOverTimeView() = default;

void LoadOverTimeView::setMaxPoints(int points)
{
    points = std::max(2, points);
    if (points == m_maxPoints)
        return;
    m_maxPoints = points;
    requestRefresh();
}

void LoadOverTimeView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void LoadOverTimeView::resizeEvent(QResizeEvent* event)
{
    RunModelView::resizeEvent(event);
    // After the chart views have resized their charts.
    QTimer::singleShot(0, this, &LoadOverTimeView::alignPlotAreas);
}

void LoadOverTimeView::alignPlotAreas()
{
    const QList<QChart*> charts { m_loadChart, m_latencyChart, m_errorsChart, m_generatorChart };
    QList<QRectF> areas;
    qreal left = 0;
    qreal right = std::numeric_limits<qreal>::max();
    for (QChart* chart : charts) {
        chart->setPlotArea(QRectF()); // back to the chart's own layout, to measure what its axes need
        if (QGraphicsLayout* layout = chart->layout()) {
            layout->invalidate();
            layout->activate();
        }
        const QRectF area = chart->plotArea();
        areas.append(area);
        left = std::max(left, area.left());
        right = std::min(right, area.right());
    }
    if (right - left < 20)
        return; // too narrow to matter: leave the charts as they laid themselves out
    for (qsizetype k = 0; k < charts.size(); ++k) {
        QChart* chart = charts.at(k);
        chart->setPlotArea(QRectF(left, areas.at(k).top(), right - left, areas.at(k).height()));
        // Lay the series and axis labels out in the new area now, not with the measured one.
        if (QGraphicsLayout* layout = chart->layout()) {
            layout->invalidate();
            layout->activate();
        }
    }
}

void LoadOverTimeView::showSeries(QLineSeries* series, bool visible)
{
    series->setVisible(visible);
    if (QChart* chart = series->chart()) {
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(visible);
    }
}

void LoadOverTimeView::refresh(bool /*rebuild*/)
{
    const QList<LoadPoint> empty;
    const QList<LoadPoint>& points = model() ? model()->loadPoints() : empty;
    const bool open = model() && model()->plan().load && model()->plan().load->model == LoadConfig::Model::Open;

    QList<Bucket> buckets;
    qint64 end = 0;
    if (!points.isEmpty()) {
        // Buckets of whole seconds from the first second; points are in order (RunModel keeps them so).
        const qint64 start = points.first().second;
        end = points.last().second + 1;
        const qint64 span = end - start;
        m_bucketSeconds = int(std::max<qint64>(1, (span + m_maxPoints - 1) / m_maxPoints));
        const qint64 count = (span + m_bucketSeconds - 1) / m_bucketSeconds;
        buckets.reserve(count);
        qsizetype i = 0;
        for (qint64 b = 0; b < count; ++b) {
            const qint64 bucketStart = start + b * m_bucketSeconds;
            const qint64 bucketEnd = std::min(end, bucketStart + m_bucketSeconds);
            Bucket bucket;
            bucket.seconds = double(bucketEnd - bucketStart);
            bucket.x = double(bucketStart) + (bucket.seconds - 1.0) / 2.0;
            for (; i < points.size() && points.at(i).second < bucketEnd; ++i) {
                const LoadPoint& point = points.at(i);
                bucket.levelSum += point.level;
                ++bucket.levelSeconds;
                bucket.requests += point.requests;
                bucket.failures += point.failures;
                bucket.dropped += point.dropped;
                bucket.late += point.late;
                if (point.requests > 0) {
                    bucket.weightedP50 += point.p50Ms * double(point.requests);
                    bucket.p95 = std::max(bucket.p95, point.p95Ms);
                    bucket.p99 = std::max(bucket.p99, point.p99Ms);
                    bucket.rawP99 = std::max(bucket.rawP99, point.rawP99Ms);
                }
                if (point.generatorCpuPercent >= 0) {
                    bucket.cpuSum += point.generatorCpuPercent;
                    ++bucket.cpuSeconds;
                }
            }
            buckets.append(bucket);
        }
    } else {
        m_bucketSeconds = 1;
    }

    QList<QPointF> level, throughput, p50, p95, p99, rawP99, errors, dropped, late, cpu;
    double maxLevel = 0, maxRate = 0, maxLatency = 0, maxErrors = 0, maxCpu = 0;
    bool anyDropped = false;
    bool anyLate = false;
    for (const Bucket& bucket : std::as_const(buckets)) {
        const double x = bucket.x;
        if (bucket.levelSeconds > 0) {
            level.append(QPointF(x, bucket.levelSum / bucket.levelSeconds));
            maxLevel = std::max(maxLevel, level.constLast().y());
        }
        throughput.append(QPointF(x, double(bucket.requests) / bucket.seconds));
        maxRate = std::max(maxRate, throughput.constLast().y());
        if (bucket.requests > 0) {
            p50.append(QPointF(x, bucket.weightedP50 / double(bucket.requests)));
            p95.append(QPointF(x, bucket.p95));
            p99.append(QPointF(x, bucket.p99));
            rawP99.append(QPointF(x, bucket.rawP99));
            maxLatency = std::max({ maxLatency, bucket.p99, open ? bucket.rawP99 : 0.0 });
        }
        errors.append(QPointF(x, double(bucket.failures) / bucket.seconds));
        dropped.append(QPointF(x, double(bucket.dropped) / bucket.seconds));
        late.append(QPointF(x, double(bucket.late) / bucket.seconds));
        anyDropped = anyDropped || bucket.dropped > 0;
        anyLate = anyLate || bucket.late > 0;
        maxErrors = std::max({ maxErrors, errors.constLast().y(), dropped.constLast().y(), late.constLast().y() });
        if (bucket.cpuSeconds > 0) {
            cpu.append(QPointF(x, bucket.cpuSum / bucket.cpuSeconds));
            maxCpu = std::max(maxCpu, cpu.constLast().y());
        }
    }
    m_level->replace(level);
    m_throughput->replace(throughput);
    m_p50->replace(p50);
    m_p95->replace(p95);
    m_p99->replace(p99);
    m_rawP99->replace(open ? rawP99 : QList<QPointF> {});
    m_errors->replace(errors);
    m_dropped->replace(anyDropped ? dropped : QList<QPointF> {});
    m_late->replace(anyLate ? late : QList<QPointF> {});
    m_cpu->replace(cpu);
    showSeries(m_rawP99, open);
    showSeries(m_dropped, anyDropped);
    showSeries(m_late, anyLate);

    // The open model's level is a rate: it shares the throughput's scale (on the left, the right axis is hidden), so
    // that a target that cannot keep up shows as the gap between the two lines.
    m_level->setName(open ? tr("Target rate") : tr("Users"));
    m_levelAxis->setTitleText(open ? tr("Requests/s") : tr("Users"));
    m_levelAxis->setTitleBrush(open ? throughputColor(isDarkPalette(palette())) : QColor::fromRgb(kLevelColor));
    m_rateAxis->setVisible(!open);
    if (open) {
        setCompactRange(m_levelAxis, std::max({ maxRate, maxLevel, 10.0 }));
        m_rateAxis->setRange(m_levelAxis->min(), m_levelAxis->max());
        m_rateAxis->setTickCount(m_levelAxis->tickCount());
    } else {
        setCompactRange(m_levelAxis, std::max(maxLevel, 1.0));
        setCompactRange(m_rateAxis, std::max(maxRate, 10.0));
    }
    setCompactRange(m_latencyAxis, std::max(maxLatency, 1.0));
    setCompactRange(m_errorsAxis, std::max(maxErrors, 4.0));
    setCompactRange(m_cpuAxis, std::max(maxCpu, 10.0));
    // The time axis is long: up to six round steps (applyNiceNumbers() made 0 … 26 s into 0 … 40 s).
    for (QValueAxis* time : std::as_const(m_timeAxes))
        setTimeRange(time, double(end));
    alignPlotAreas();
}

void LoadOverTimeView::applyStyle()
{
    const QPalette palette = this->palette();
    const bool dark = isDarkPalette(palette);
    for (QChart* chart : { m_loadChart, m_latencyChart, m_errorsChart, m_generatorChart }) {
        styleChart(chart, palette); // resets series and axes to the theme: style them again
        chart->setMargins(QMargins(2, 0, 2, 0));
        QFont legendFont = chart->legend()->font();
        legendFont.setPointSizeF(font().pointSizeF() * 0.9);
        chart->legend()->setFont(legendFont);
        for (QAbstractAxis* axis : chart->axes())
            styleAxis(axis, palette);
    }
    m_level->setPen(QPen(QColor::fromRgb(kLevelColor), 2.0));
    m_throughput->setPen(QPen(throughputColor(dark), 2.0));
    m_p50->setPen(QPen(QColor::fromRgb(kP50Color), 2.0));
    m_p95->setPen(QPen(QColor::fromRgb(kP95Color), 2.0));
    m_p99->setPen(QPen(QColor::fromRgb(kP99Color), 2.0));
    m_rawP99->setPen(QPen(QColor::fromRgb(kP99Color), 1.5, Qt::DashLine));
    m_errors->setPen(QPen(QColor::fromRgb(kErrorsColor), 2.0));
    m_dropped->setPen(QPen(QColor::fromRgb(kDroppedColor), 2.0));
    m_late->setPen(QPen(QColor::fromRgb(kLateColor), 1.5, Qt::DashLine));
    m_cpu->setPen(QPen(cpuColor(dark), 2.0));
    m_rateAxis->setGridLineVisible(false); // one grid, the left axis'
    m_levelAxis->setTitleBrush(QColor::fromRgb(kLevelColor));
    m_rateAxis->setTitleBrush(throughputColor(dark));
    requestRefresh(); // what depends on the model (the open model's axis titles) is styled there
}

} // namespace scalescope::ui
