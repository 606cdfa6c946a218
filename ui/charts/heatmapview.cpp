// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/heatmapview.h"

#include "charts/chartcolors.h"
#include "runmodel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::ui {

namespace {

    /// Latencies spanning more than this ratio are coloured on a log scale.
    constexpr double kLogRatio = 10.0;
    constexpr int kMaxCellHeight = 56;
    constexpr int kLegendBarWidth = 14;
    constexpr int kGap = 6;

    QColor withAlpha(QColor color, float alpha)
    {
        color.setAlphaF(alpha);
        return color;
    }

} // namespace

/// The painted grid below the metric selector; it only forwards to the view, which owns the data.
class HeatmapCanvas : public QWidget {
public:
    explicit HeatmapCanvas(HeatmapView* view)
        : QWidget(view)
        , m_view(view)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QSize sizeHint() const override { return { 480, 40 + 30 * std::max(1, m_view->rowCount()) }; }
    QSize minimumSizeHint() const override { return { 240, 120 }; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_view->paintCanvas(painter);
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString text = m_view->toolTipAt(mapTo(m_view, help->pos()));
            if (text.isEmpty()) {
                QToolTip::hideText();
                event->ignore();
            } else {
                QToolTip::showText(help->globalPos(), text, this);
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    HeatmapView* m_view;
};

HeatmapView::HeatmapView(RunModel* model, QWidget* parent)
    : RunModelView(Follows::Cells, parent)
{
    m_metricBox = new QComboBox(this);
    for (CellMetric metric :
        { CellMetric::P50, CellMetric::P95, CellMetric::P99, CellMetric::Mean, CellMetric::ErrorRate })
        m_metricBox->addItem(cellMetricLabel(metric), int(metric));
    m_metricBox->setToolTip(tr("The number that colours the cells"));
    auto* metricLabel = new QLabel(tr("&Colour by:"), this);
    metricLabel->setBuddy(m_metricBox);
    m_canvas = new HeatmapCanvas(this);

    auto* tools = new QHBoxLayout;
    tools->addWidget(metricLabel);
    tools->addWidget(m_metricBox);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_canvas, 1);

    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
        [this] { setMetric(CellMetric(m_metricBox->currentData().toInt())); });
    setModel(model);
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setMetric(CellMetric metric)
{
    if (metric != m_metric) {
        m_metric = metric;
        requestRefresh();
        flush();
    }
    const QSignalBlocker blocker(m_metricBox);
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
}

bool HeatmapView::isMeasured(int row, int column) const
{
    return !std::isnan(cellValue(row, column));
}

double HeatmapView::cellValue(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return std::numeric_limits<double>::quiet_NaN();
    return m_values.at(row * m_columns + column);
}

QColor HeatmapView::cellColor(int row, int column) const
{
    const double value = cellValue(row, column);
    return std::isnan(value) ? QColor() : viridisColor(colorPosition(value));
}

QString HeatmapView::cellText(int row, int column) const
{
    const double value = cellValue(row, column);
    return std::isnan(value) ? QString() : formatCellMetric(value, m_metric);
}

QString HeatmapView::toolTipFor(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns || !model())
        return {};
    const QString endpoint = m_rowLabels.at(row).toHtmlEscaped();
    const CellResult* cell = model()->cell(column, row);
    //: %1 = endpoint name, %2 = dataset size
    QString text = tr("<b>%1</b> at size %2").arg(endpoint, m_columnLabels.at(column));
    if (!cell || cell->stats.count == 0)
        return text + QStringLiteral("<br/>") + tr("Not measured yet.");
    const CellStatistics& stats = cell->stats;
    if (cell->records >= 0 && cell->records != cell->size) {
        //: %1 = records the target held while measuring
        text += QStringLiteral("<br/>") + tr("Records in the dataset: %1").arg(QLocale().toString(cell->records));
    }
    const auto row2 = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label, value);
    };
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    table += row2(tr("Requests (n)"), QLocale().toString(stats.count));
    table += row2(tr("Success"),
        //: %1 = percentage of requests that succeeded
        tr("%1 %").arg(100.0 * stats.successRate(), 0, 'f', stats.successes == stats.count ? 0 : 1));
    if (stats.failureCount() > 0)
        table += row2(tr("Failed"), QLocale().toString(stats.failureCount()));
    table += row2(cellMetricLabel(CellMetric::Mean), formatMilliseconds(stats.meanMs));
    table += row2(cellMetricLabel(CellMetric::P50), formatMilliseconds(stats.p50Ms));
    table += row2(cellMetricLabel(CellMetric::P95), formatMilliseconds(stats.p95Ms));
    table += row2(cellMetricLabel(CellMetric::P99), formatMilliseconds(stats.p99Ms));
    table += row2(tr("Max"), formatMilliseconds(stats.maxMs));
    table += QStringLiteral("</table>");
    return text + table;
}

QString HeatmapView::toolTipAt(const QPoint& pos) const
{
    const QPoint local = m_canvas->mapFrom(this, pos);
    const Geometry g = geometry();
    if (!g.grid.contains(local) || g.cellWidth <= 0 || g.cellHeight <= 0)
        return {};
    const int column = (local.x() - g.grid.left()) / g.cellWidth;
    const int row = (local.y() - g.grid.top()) / g.cellHeight;
    return toolTipFor(row, column);
}

QRect HeatmapView::cellRect(int row, int column) const
{
    const QRect rect = canvasCellRect(geometry(), row, column);
    return rect.translated(m_canvas->mapTo(this, QPoint(0, 0)));
}

void HeatmapView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_canvas->update();
}

void HeatmapView::refresh(bool /*rebuild*/)
{
    // Every refresh reads the whole grid from the model: a rebuild costs nothing more.
    m_rowLabels = model() ? model()->endpointNames() : QStringList {};
    const QList<int> sizes = model() ? model()->sizes() : QList<int> {};
    m_columnLabels.clear();
    for (int size : sizes)
        m_columnLabels.append(QLocale().toString(size));
    m_rows = int(m_rowLabels.size());
    m_columns = int(m_columnLabels.size());
    m_values.fill(std::numeric_limits<double>::quiet_NaN(), qsizetype(m_rows) * m_columns);
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    if (model()) {
        for (const CellResult& cell : model()->cells()) {
            if (cell.endpointIndex < 0 || cell.endpointIndex >= m_rows || cell.sizeIndex < 0
                || cell.sizeIndex >= m_columns || cell.stats.count == 0)
                continue;
            const double value = cellMetricValue(cell.stats, m_metric);
            m_values[cell.endpointIndex * m_columns + cell.sizeIndex] = value;
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (!std::isfinite(low)) {
        low = 0.0;
        high = 0.0;
    }
    if (m_metric == CellMetric::ErrorRate)
        low = 0.0; // no error is the reference, whatever the best cell had
    m_min = low;
    m_max = high;
    m_log = m_metric != CellMetric::ErrorRate && low > 0.0 && high / low > kLogRatio;
    m_canvas->update();
}

double HeatmapView::colorPosition(double value) const
{
    if (!(m_max > m_min))
        return 0.0;
    if (m_log)
        return (std::log(std::max(value, m_min)) - std::log(m_min)) / (std::log(m_max) - std::log(m_min));
    return (value - m_min) / (m_max - m_min);
}

QString HeatmapView::legendLabel(double value) const
{
    return formatCellMetric(value, m_metric);
}

HeatmapView::Geometry HeatmapView::geometry() const
{
    Geometry g;
    const QRect area = m_canvas->rect();
    const QFontMetrics metrics = m_canvas->fontMetrics();
    int nameWidth = 0;
    for (const QString& name : m_rowLabels)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name));
    g.rowLabelWidth = std::min(nameWidth, area.width() * 3 / 10) + kGap;
    int legendText = metrics.horizontalAdvance(cellMetricLabel(m_metric));
    for (double value : { m_min, m_max, m_max * 10.0 })
        legendText = std::max(legendText, metrics.horizontalAdvance(legendLabel(value)) + kLegendBarWidth + kGap);
    const int legendWidth = legendText + 2 * kGap;
    const int top = metrics.height() + kGap; // room for the legend's title
    const int bottom = 2 * metrics.height() + kGap; // size labels and the axis title
    const int width = std::max(0, area.width() - g.rowLabelWidth - legendWidth - kGap);
    const int height = std::max(0, area.height() - top - bottom);
    g.cellWidth = m_columns > 0 ? width / m_columns : 0;
    g.cellHeight = m_rows > 0 ? std::min(kMaxCellHeight, height / m_rows) : 0;
    g.grid = QRect(g.rowLabelWidth + kGap / 2, top, g.cellWidth * m_columns, g.cellHeight * m_rows);
    const int legendLeft = g.grid.right() + 2 * kGap;
    g.legendBar = QRect(legendLeft, top, kLegendBarWidth, std::max(g.grid.height(), 3 * metrics.height()));
    return g;
}

QRect HeatmapView::canvasCellRect(const Geometry& g, int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return {};
    return QRect(g.grid.left() + column * g.cellWidth, g.grid.top() + row * g.cellHeight, g.cellWidth, g.cellHeight)
        .adjusted(1, 1, -1, -1);
}

void HeatmapView::paintCanvas(QPainter& painter) const
{
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    painter.fillRect(m_canvas->rect(), pal.color(QPalette::Base));
    const Geometry g = geometry();
    const QFontMetrics metrics = m_canvas->fontMetrics();

    if (m_rows == 0 || m_columns == 0) {
        painter.setPen(withAlpha(text, 0.6f));
        painter.drawText(m_canvas->rect(), Qt::AlignCenter, tr("No run to show."));
        return;
    }

    // Row labels (endpoints), right-aligned against the grid.
    painter.setPen(text);
    for (int row = 0; row < m_rows; ++row) {
        const QRect label(0, g.grid.top() + row * g.cellHeight, g.rowLabelWidth, g.cellHeight);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_rowLabels.at(row), Qt::ElideRight, g.rowLabelWidth - kGap / 2));
    }
    // Column labels (sizes) and the axis title.
    for (int column = 0; column < m_columns; ++column) {
        const QRect label(g.grid.left() + column * g.cellWidth, g.grid.bottom() + 3, g.cellWidth, metrics.height());
        painter.drawText(label, Qt::AlignCenter, m_columnLabels.at(column));
    }
    const bool sweep = model() && model()->plan().dataset.mode == DatasetMode::Sweep;
    painter.setPen(withAlpha(text, 0.75f));
    painter.drawText(QRect(g.grid.left(), g.grid.bottom() + 3 + metrics.height(), g.grid.width(), metrics.height()),
        Qt::AlignCenter, sweep ? tr("Size parameter") : tr("Dataset size"));

    // Cells. One font for every value, the largest (down to 80 %) at which they all fit: a grid of mixed
    // sizes reads as if some numbers mattered more.
    QFont cellFont = m_canvas->font();
    bool showValues = false;
    for (double scale : { 1.0, 0.9, 0.8 }) {
        QFont candidate = m_canvas->font();
        candidate.setPointSizeF(candidate.pointSizeF() * scale);
        const QFontMetrics candidateMetrics(candidate);
        bool fits = candidateMetrics.height() <= g.cellHeight - 2;
        for (int i = 0; fits && i < m_values.size(); ++i) {
            if (!std::isnan(m_values.at(i)))
                fits = candidateMetrics.horizontalAdvance(cellText(i / m_columns, i % m_columns)) + 6 <= g.cellWidth;
        }
        if (fits) {
            cellFont = candidate;
            showValues = true;
            break;
        }
    }
    painter.setFont(cellFont);
    for (int row = 0; row < m_rows; ++row) {
        for (int column = 0; column < m_columns; ++column) {
            const QRect rect = canvasCellRect(g, row, column);
            const QColor color = cellColor(row, column);
            if (!color.isValid()) {
                painter.fillRect(rect, withAlpha(text, 0.04f));
                painter.fillRect(rect, QBrush(withAlpha(text, 0.22f), Qt::BDiagPattern));
                continue;
            }
            painter.fillRect(rect, color);
            if (showValues) {
                painter.setPen(contrastingTextColor(color));
                painter.drawText(rect, Qt::AlignCenter, cellText(row, column));
            }
        }
    }
    painter.setFont(m_canvas->font());

    // Colour legend: the scale from the minimum (bottom) to the maximum (top).
    const QRect bar = g.legendBar;
    painter.setPen(text);
    painter.drawText(QRect(bar.left(), 0, m_canvas->width() - bar.left(), g.grid.top() - 2),
        Qt::AlignLeft | Qt::AlignBottom,
        m_log ? tr("%1 (log)").arg(cellMetricLabel(m_metric)) : cellMetricLabel(m_metric));
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 8; ++i)
        gradient.setColorAt(i / 8.0, viridisColor(i / 8.0));
    painter.fillRect(bar, gradient);
    painter.setPen(withAlpha(text, 0.4f));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(text);
    const int labelLeft = bar.right() + kGap;
    const int labelWidth = m_canvas->width() - labelLeft;
    painter.drawText(
        QRect(labelLeft, bar.top(), labelWidth, metrics.height()), Qt::AlignLeft | Qt::AlignTop, legendLabel(m_max));
    painter.drawText(QRect(labelLeft, bar.bottom() - metrics.height() + 1, labelWidth, metrics.height()),
        Qt::AlignLeft | Qt::AlignBottom, legendLabel(m_min));
    if (bar.height() >= 4 * metrics.height() && m_max > m_min) {
        const double middle = m_log ? std::sqrt(m_min * m_max) : (m_min + m_max) / 2.0;
        painter.drawText(QRect(labelLeft, bar.center().y() - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, legendLabel(middle));
    }
}

} // namespace scalescope::ui
