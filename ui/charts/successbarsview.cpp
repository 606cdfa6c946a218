// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/successbarsview.h"

#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace scalescope::ui {

namespace {

    QString formatPercent(double value)
    {
        //: %1 = a percentage
        return QCoreApplication::translate("scalescope::ui::SuccessBarsView", "%1 %")
            .arg(value, 0, 'f', value > 99.95 || value < 0.05 ? 0 : 1);
    }

} // namespace

SuccessBarsView::SuccessBarsView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::Cells, parent)
    , m_chart(new QChart)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_series = new QBarSeries(m_chart);
    m_series->setBarWidth(0.85);
    m_chart->addSeries(m_series);
    m_axisX = new QBarCategoryAxis(m_chart);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setRange(0.0, 100.0);
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Successful requests (%)"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    // On the right: six endpoint names do not fit under a chart as narrow as a tab, and get cut there.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    connect(m_series, &QBarSeries::hovered, this, &SuccessBarsView::showBarToolTip);

    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    applyStyle();
    setModel(model);
}

SuccessBarsView::~SuccessBarsView() = default;

QBarSet* SuccessBarsView::barSet(int endpointIndex) const
{
    return m_sets.value(endpointIndex, nullptr);
}

QStringList SuccessBarsView::categories() const
{
    return m_axisX->categories();
}

QString SuccessBarsView::summaryText() const
{
    return m_summary->text();
}

void SuccessBarsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void SuccessBarsView::refresh(bool rebuild)
{
    if (rebuild)
        rebuildSets();

    // A group per size that has at least one measured cell, so that an empty bar means a failed cell,
    // except for the endpoints of the size being measured.
    m_sizeIndexes.clear();
    const QList<int> sizes = model() ? model()->sizes() : QList<int> {};
    if (model()) {
        for (const CellResult& cell : model()->cells()) {
            if (cell.sizeIndex >= 0 && cell.sizeIndex < sizes.size() && !m_sizeIndexes.contains(cell.sizeIndex))
                m_sizeIndexes.append(cell.sizeIndex);
        }
    }
    std::sort(m_sizeIndexes.begin(), m_sizeIndexes.end());
    QStringList labels;
    for (int sizeIndex : std::as_const(m_sizeIndexes))
        labels.append(QLocale().toString(sizes.at(sizeIndex)));

    int measured = 0;
    int withFailures = 0;
    const CellResult* worst = nullptr;
    for (qsizetype e = 0; e < m_sets.size(); ++e) {
        QList<qreal> values;
        values.reserve(m_sizeIndexes.size());
        for (int sizeIndex : std::as_const(m_sizeIndexes)) {
            const CellResult* cell = model()->cell(sizeIndex, int(e));
            if (!cell || cell->stats.count == 0) {
                values.append(0.0);
                continue;
            }
            ++measured;
            values.append(100.0 * cell->stats.successRate());
            if (cell->stats.successes < cell->stats.count) {
                ++withFailures;
                if (!worst || cell->stats.successRate() < worst->stats.successRate())
                    worst = cell;
            }
        }
        QBarSet* set = m_sets.at(e);
        set->remove(0, set->count());
        set->append(values);
    }
    m_axisX->setCategories(labels);
    m_axisX->setTitleText(
        model() && model()->plan().dataset.mode == DatasetMode::Sweep ? tr("Size parameter") : tr("Dataset size"));

    if (measured == 0) {
        m_summary->setText(tr("No cell measured yet."));
    } else if (withFailures == 0) {
        m_summary->setText(tr("Every measured request succeeded (%n cell(s)).", nullptr, measured));
    } else {
        //: %n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate
        m_summary->setText(
            tr("%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.", nullptr, withFailures)
                .arg(worst->endpoint, QLocale().toString(sizes.value(worst->sizeIndex)),
                    formatPercent(100.0 * worst->stats.successRate())));
    }
}

void SuccessBarsView::rebuildSets()
{
    m_series->clear(); // deletes the sets
    m_sets.clear();
    const QStringList names = model() ? model()->endpointNames() : QStringList {};
    QList<QBarSet*> sets;
    for (const QString& name : names)
        sets.append(new QBarSet(name));
    m_series->append(sets); // takes them
    m_sets = sets;
    applyStyle();
}

void SuccessBarsView::applyStyle()
{
    styleChart(m_chart, palette()); // resets the sets and axes to the theme: style them again
    for (qsizetype e = 0; e < m_sets.size(); ++e) {
        const QColor color = endpointColor(int(e));
        m_sets.at(e)->setColor(color);
        m_sets.at(e)->setBorderColor(color);
    }
    styleAxis(m_axisX, palette());
    styleAxis(m_axisY, palette());
    m_axisX->setGridLineVisible(false);
}

void SuccessBarsView::showBarToolTip(bool status, int index, QBarSet* set)
{
    if (!status || !model()) {
        QToolTip::hideText();
        return;
    }
    const int endpointIndex = int(m_sets.indexOf(set));
    const int sizeIndex = m_sizeIndexes.value(index, -1);
    if (endpointIndex < 0 || sizeIndex < 0)
        return;
    const QString endpoint = model()->endpointNames().value(endpointIndex);
    const QString size = QLocale().toString(model()->sizes().value(sizeIndex));
    const CellResult* cell = model()->cell(sizeIndex, endpointIndex);
    QString text;
    if (!cell || cell->stats.count == 0) {
        //: %1 = endpoint, %2 = dataset size
        text = tr("%1 at size %2: not measured yet").arg(endpoint, size);
    } else {
        //: %1 = endpoint, %2 = dataset size, %3 = success rate, %4 = successful requests, %n = all requests
        text = tr("%1 at size %2: %3 succeeded (%4 of %n request(s))", nullptr, int(cell->stats.count))
                   .arg(endpoint, size, formatPercent(100.0 * cell->stats.successRate()),
                       QLocale().toString(cell->stats.successes));
    }
    QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace scalescope::ui
