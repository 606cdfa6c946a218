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
    , m_axisX(new QValueAxis(this))
    , m_linearY(new QValueAxis(this))
    , m_logY(new QLogValueAxis(this))
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
    m_axisX->setTitleText(tr("Dataset size (records)"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_linearY->setLabelFormat(QStringLiteral("%g"));
    m_logY->setBase(10);
    m_logY->setLabelFormat(QStringLiteral("%g"));
    m_logY->setMinorTickCount(8);
    m_linearY->setTitleText(tr("Median response time (ms)"));
    m_logY->setTitleText(tr("Median response time (ms)"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_linearY, Qt::AlignLeft);
    m_chart->addAxis(m_logY, Qt::AlignLeft);
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
        applyStyle();
}

void CompareChartView::applyStyle()
{
    styleChart(m_chart, palette()); // the theme resets the axes' and the series' colours: set them again
    for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*> { m_axisX, m_linearY, m_logY })
        styleAxis(axis, palette());
    for (int i = 0; i < m_base.size(); ++i) {
        if (m_base.at(i))
            m_base.at(i)->setPen(QPen(endpointColor(i), 1.6, Qt::DashLine));
        if (m_candidate.at(i))
            m_candidate.at(i)->setPen(QPen(endpointColor(i), 2.4));
    }
}

void CompareChartView::rebuild()
{
    m_chart->removeAllSeries();
    m_base.clear();
    m_candidate.clear();
    double minY = std::numeric_limits<double>::infinity();
    double maxY = 0;
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
            maxX = std::max(maxX, x);
        }
        const auto byX = [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); };
        std::sort(base.begin(), base.end(), byX);
        std::sort(candidate.begin(), candidate.end(), byX);
        auto* baseLine = new QLineSeries;
        //: legend: an endpoint's line of the base run
        baseLine->setName(tr("%1 (base)").arg(name));
        baseLine->setPointsVisible(true);
        baseLine->replace(base);
        auto* candidateLine = new QLineSeries;
        candidateLine->setName(name);
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
        maxX = 1;
    }
    m_log = maxY / minY > 100.0;
    m_linearY->setVisible(!m_log);
    m_logY->setVisible(m_log);
    setRoundRange(m_axisX, maxX);
    setRoundRange(m_linearY, maxY);
    m_logY->setRange(std::pow(10.0, std::floor(std::log10(minY))) * 0.999, std::pow(10.0, std::ceil(std::log10(maxY))) * 1.001);
    QAbstractAxis* y = m_log ? static_cast<QAbstractAxis*>(m_logY) : m_linearY;
    for (QAbstractSeries* series : m_chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(y);
    }
    applyStyle();
}

} // namespace scalescope::ui
