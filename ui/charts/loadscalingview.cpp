// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/loadscalingview.h"

#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scalescope::ui {

namespace {

    QColor throughputColor(bool dark) { return QColor::fromRgb(dark ? 0xff56b4e9 : 0xff0072b2); }
    constexpr QRgb kFitColor = 0xffcc79a7;
    constexpr QRgb kLatencyColor = 0xff009e73;
    constexpr int kFitSamples = 120;

    QString number(double value, int decimals)
    {
        return QLocale().toString(value, 'f', decimals);
    }

} // namespace

bool LoadScalingView::appliesTo(const Plan& plan)
{
    return plan.load
        && (plan.load->kind == LoadConfig::Kind::ConcurrencySweep || plan.load->kind == LoadConfig::Kind::Stress);
}

LoadScalingView::LoadScalingView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::LoadStages, parent)
    , m_chart(new QChart)
    , m_caption(new QLabel(this))
{
    m_throughput = new QLineSeries(m_chart);
    m_throughput->setName(tr("Throughput"));
    m_points = new QScatterSeries(m_chart);
    m_points->setName(tr("Throughput"));
    m_points->setMarkerSize(8.0);
    m_fit = new QLineSeries(m_chart);
    m_fit->setName(tr("USL fit"));
    m_p95 = new QLineSeries(m_chart);
    m_p95->setName(tr("p95 (ms)"));
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*> { m_throughput, m_points, m_fit, m_p95 })
        m_chart->addSeries(series);
    m_levelAxis = new QValueAxis(m_chart);
    m_levelAxis->setTitleText(tr("Users"));
    m_levelAxis->setLabelFormat(QStringLiteral("%g"));
    m_rateAxis = new QValueAxis(m_chart);
    m_rateAxis->setTitleText(tr("Requests/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%g"));
    m_latencyAxis = new QValueAxis(m_chart);
    m_latencyAxis->setTitleText(tr("p95 (ms)"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_levelAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_latencyAxis, Qt::AlignRight);
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*> { m_throughput, m_points, m_fit, m_p95 })
        series->attachAxis(m_levelAxis);
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*> { m_throughput, m_points, m_fit })
        series->attachAxis(m_rateAxis);
    m_p95->attachAxis(m_latencyAxis);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // The scatter shows the same points as the line: one legend entry is enough.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_points))
        marker->setVisible(false);

    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(160);
    m_view->setToolTip(tr("Requests per second each level achieved: where more users stop bringing more answers, the "
                          "target is saturated"));
    m_caption->setObjectName(QStringLiteral("uslCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);

    applyStyle();
    setModel(model);
}

LoadScalingView::~LoadScalingView() = default;

void LoadScalingView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

QString LoadScalingView::caption() const { return m_caption->text(); }

void LoadScalingView::refresh(bool /*rebuild*/)
{
    const RunModel* run = model();
    const bool applies = run && appliesTo(run->plan());
    const bool sweep = applies && run->plan().load->kind == LoadConfig::Kind::ConcurrencySweep;
    QList<QPointF> throughput;
    QList<QPointF> p95;
    QList<analysis::UslPoint> usl;
    double maxLevel = 0, maxRate = 0, maxLatency = 0;
    if (applies) {
        for (const LoadStage& stage : run->loadStages()) {
            // The measured levels: a sweep's holds, a ramp's steps (its recovery goes back down).
            if (stage.role != (sweep ? LoadStage::Role::Hold : LoadStage::Role::Step))
                continue;
            throughput.append(QPointF(stage.level, stage.throughput));
            p95.append(QPointF(stage.level, stage.p95Ms));
            usl.append(analysis::UslPoint { stage.level, stage.throughput });
            maxLevel = std::max(maxLevel, stage.level);
            maxRate = std::max(maxRate, stage.throughput);
            maxLatency = std::max(maxLatency, stage.p95Ms);
        }
        std::sort(throughput.begin(), throughput.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
        std::sort(p95.begin(), p95.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    }
    m_usl = sweep && usl.size() >= 3 ? analysis::fitUsl(usl) : analysis::UslFit {};
    QList<QPointF> fit;
    double xMax = std::max(maxLevel * 1.05, 1.0); // room for the last point's marker
    if (m_usl.ok) {
        // Beyond the last level a little, to the peak when it is near: where the curve turns is the point.
        if (std::isfinite(m_usl.peakConcurrency) && m_usl.peakConcurrency < 2.0 * maxLevel)
            xMax = std::max(xMax, m_usl.peakConcurrency * 1.1);
        xMax = std::max(xMax, maxLevel * 1.15);
        for (int k = 0; k <= kFitSamples; ++k) {
            const double n = 1.0 + (xMax - 1.0) * double(k) / kFitSamples;
            const double x = m_usl.predict(n);
            fit.append(QPointF(n, x));
            maxRate = std::max(maxRate, x);
        }
    }
    m_throughput->replace(throughput);
    m_points->replace(throughput);
    m_fit->replace(fit);
    m_p95->replace(p95);
    m_fit->setVisible(m_usl.ok);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_fit))
        marker->setVisible(m_usl.ok);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_points))
        marker->setVisible(false);

    const LoadConfig::Model unitModel = applies ? run->plan().load->model : LoadConfig::Model::Closed;
    m_levelAxis->setTitleText(unitModel == LoadConfig::Model::Open ? tr("Arrival rate (requests/s)") : tr("Users"));
    m_levelAxis->setRange(0.0, xMax);
    m_levelAxis->applyNiceNumbers();
    setRoundRange(m_rateAxis, std::max(maxRate, 10.0));
    setRoundRange(m_latencyAxis, std::max(maxLatency, 1.0));

    QString caption;
    if (!applies) {
        caption = tr("Throughput against the level: for stress tests and concurrency sweeps.");
    } else if (!sweep) {
        caption = throughput.isEmpty() ? tr("Each step appears here as it finishes.")
                                       : tr("Each step's throughput; the stages table says where the ramp broke.");
    } else if (m_usl.ok) {
        QString peak;
        if (std::isfinite(m_usl.peakConcurrency))
            //: %1 = users, %2 = requests/s
            peak = tr("throughput peaks near %1 users at %2 requests/s")
                       .arg(number(m_usl.peakConcurrency, 1), number(m_usl.maxThroughput, 0));
        else if (std::isfinite(m_usl.maxThroughput))
            //: %1 = requests/s
            peak = tr("no peak: throughput approaches %1 requests/s").arg(number(m_usl.maxThroughput, 0));
        else
            peak = tr("no peak: throughput still grows linearly");
        //: %1 = where throughput peaks, %2 = σ (contention), %3 = κ (coherency), %4 = R²
        caption = tr("Universal Scalability Law: %1 (contention σ = %2, coherency κ = %3, R² = %4).")
                      .arg(peak, QLocale().toString(m_usl.sigma, 'g', 3), QLocale().toString(m_usl.kappa, 'g', 3),
                          number(m_usl.r2, 3));
    } else if (usl.size() < 3) {
        caption = tr("The Universal Scalability Law is fitted from three levels on (%1 so far).").arg(usl.size());
    } else {
        caption = tr("No Universal Scalability Law fit: %1").arg(m_usl.reason);
    }
    m_caption->setText(caption);
}

void LoadScalingView::applyStyle()
{
    const QPalette palette = this->palette();
    const bool dark = isDarkPalette(palette);
    styleChart(m_chart, palette);
    for (QAbstractAxis* axis : m_chart->axes())
        styleAxis(axis, palette);
    m_throughput->setPen(QPen(throughputColor(dark), 2.0));
    m_points->setColor(throughputColor(dark));
    m_points->setBorderColor(throughputColor(dark));
    m_fit->setPen(QPen(QColor::fromRgb(kFitColor), 2.0, Qt::DashLine));
    m_p95->setPen(QPen(QColor::fromRgb(kLatencyColor), 1.5));
    m_latencyAxis->setGridLineVisible(false);
    m_rateAxis->setTitleBrush(throughputColor(dark));
    m_latencyAxis->setTitleBrush(QColor::fromRgb(kLatencyColor));
}

} // namespace scalescope::ui
