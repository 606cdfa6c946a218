// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparechartview.h"

#include "charts/chartcolors.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::ui {

CompareChartView::CompareChartView(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_endpoints(new QComboBox(this))
{
    setObjectName(QStringLiteral("compareChart"));
    m_endpoints->setObjectName(QStringLiteral("compareChartEndpoint"));
    m_endpoints->setToolTip(tr("Show every endpoint, or one"));
    auto* label = new QLabel(tr("&Endpoint:"), this);
    label->setBuddy(m_endpoints);
    auto* hint = new QLabel(tr("solid: candidate, dashed: base (median)"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(220);
    auto* tools = new QHBoxLayout;
    tools->addWidget(label);
    tools->addWidget(m_endpoints);
    tools->addWidget(hint);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    connect(m_endpoints, &QComboBox::activated, this, [this] { setEndpointFilter(m_endpoints->currentData().toInt()); });
    rebuild();
}

CompareChartView::~CompareChartView() = default;

void CompareChartView::setComparison(const analysis::RunComparison& comparison)
{
    m_comparison = comparison;
    m_filter = -1;
    m_endpoints->clear();
    m_endpoints->addItem(tr("All endpoints"), -1);
    for (int i = 0; i < comparison.endpoints.size(); ++i)
        m_endpoints->addItem(comparison.endpoints.at(i).endpoint, i);
    rebuild();
}

void CompareChartView::setEndpointFilter(int endpointIndex)
{
    m_filter = endpointIndex;
    m_endpoints->setCurrentIndex(std::max(0, m_endpoints->findData(endpointIndex)));
    rebuild();
}

QLineSeries* CompareChartView::baseSeries(int index) const
{
    return m_base.value(index, nullptr);
}

QLineSeries* CompareChartView::candidateSeries(int index) const
{
    return m_candidate.value(index, nullptr);
}

void CompareChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild();
}

void CompareChartView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    styleChart(m_chart, palette());
    m_base.clear();
    m_candidate.clear();
    double minY = std::numeric_limits<double>::infinity();
    double maxY = 0;
    double minX = std::numeric_limits<double>::infinity();
    double maxX = 0;
    for (int i = 0; i < m_comparison.endpoints.size(); ++i) {
        m_base.append(nullptr);
        m_candidate.append(nullptr);
        if (m_filter >= 0 && m_filter != i)
            continue;
        const QString name = m_comparison.endpoints.at(i).endpoint;
        QList<QPointF> base;
        QList<QPointF> candidate;
        for (const analysis::CellComparison& cell : m_comparison.cells) {
            if (cell.endpoint != name)
                continue;
            const double x = cell.baseRecords >= 0 ? double(cell.baseRecords) : double(cell.size);
            base.append({ x, cell.baseMedianMs });
            candidate.append({ x, cell.candidateMedianMs });
            for (const double y : { cell.baseMedianMs, cell.candidateMedianMs }) {
                if (y > 0)
                    minY = std::min(minY, y);
                maxY = std::max(maxY, y);
            }
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
        }
        const auto byX = [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); };
        std::sort(base.begin(), base.end(), byX);
        std::sort(candidate.begin(), candidate.end(), byX);
        const QColor color = endpointColor(i);
        auto* baseLine = new QLineSeries;
        //: legend: an endpoint's line of the base run
        baseLine->setName(tr("%1 (base)").arg(name));
        QPen dashed(color, 1.6, Qt::DashLine);
        baseLine->setPen(dashed);
        baseLine->setPointsVisible(true);
        baseLine->replace(base);
        auto* candidateLine = new QLineSeries;
        candidateLine->setName(name);
        candidateLine->setPen(QPen(color, 2.4));
        candidateLine->setPointsVisible(true);
        candidateLine->replace(candidate);
        m_chart->addSeries(baseLine);
        m_chart->addSeries(candidateLine);
        m_base[i] = baseLine;
        m_candidate[i] = candidateLine;
    }
    if (!std::isfinite(minY)) {
        minY = 0.1;
        maxY = 1;
        minX = 0;
        maxX = 1;
    }
    m_log = maxY / minY > 100.0;
    auto* x = new QValueAxis;
    x->setTitleText(tr("Dataset size (records)"));
    x->setRange(0, maxX * 1.05);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    QAbstractAxis* y = nullptr;
    if (m_log) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(std::pow(10.0, std::floor(std::log10(minY))) * 0.999, std::pow(10.0, std::ceil(std::log10(maxY))) * 1.001);
        log->setLabelFormat(QStringLiteral("%g"));
        y = log;
    } else {
        auto* linear = new QValueAxis;
        linear->setRange(0, maxY * 1.1);
        linear->applyNiceNumbers();
        y = linear;
    }
    y->setTitleText(tr("Median response time (ms)"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    styleAxis(x, palette());
    styleAxis(y, palette());
    for (QAbstractSeries* series : m_chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace scalescope::ui
