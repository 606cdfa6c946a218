// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/charts.h"

#include "analysis/loadanalysis.h"
#include "report/chartpalette.h"
#include "report/reportformat.h"
#include "report/svgcanvas.h"
#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::report {

namespace {

using detail::SvgCanvas;
using Anchor = SvgCanvas::Anchor;

/// The translation context of the chart texts: lupdate reads it from the macro, so the context it extracts is the one
/// looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::Charts)
};

constexpr double kWidth = 860.0; // natural width: the text column of the HTML report
constexpr double kTickFont = 11.0;
constexpr double kTitleFont = 12.0;
constexpr double kChartTitleFont = 15.0;
constexpr double kLegendFont = 11.5;
constexpr double kLegendRow = 19.0;
constexpr double kMaxLegendLabel = 190.0;
constexpr double kLogSpan = 100.0; // two decades: below that a linear axis shows every value well enough
constexpr double kColorLogSpan = 10.0; // the heatmap's colour scale is logarithmic above one decade

const QString kText = QStringLiteral("#1f2328");
const QString kMutedText = QStringLiteral("#57606a");
const QString kGrid = QStringLiteral("#e3e6ea");
const QString kMinorGrid = QStringLiteral("#f2f3f5");
const QString kAxisLine = QStringLiteral("#8c959f");
const QString kMissing = QStringLiteral("#eceef1");

// Okabe–Ito, as in the GUI's over-time chart: blue for throughput, vermillion for errors, bluish green for latency.
const QString kRequestsColor = QStringLiteral("#0072b2");
const QString kErrorsColor = QStringLiteral("#d55e00");
const QString kLatencyColor = QStringLiteral("#009e73");

QSizeF sizeOr(QSizeF requested, double naturalHeight)
{
    if (requested.isValid() && !requested.isEmpty())
        return requested;
    return { kWidth, std::round(naturalHeight) };
}

// ---------------------------------------------------------------------------------------------------------------
// Axes

struct Extent {
    double minPositive = std::numeric_limits<double>::infinity();
    double max = 0.0;
    void add(double value)
    {
        if (!std::isfinite(value))
            return;
        if (value > 0.0)
            minPositive = std::min(minPositive, value);
        max = std::max(max, value);
    }
    [[nodiscard]] bool spansDecades(double ratio) const
    {
        return std::isfinite(minPositive) && max / minPositive > ratio;
    }
};

int decimalsFor(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, std::abs(scaled))) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

QString tickLabel(double value, double step)
{
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::abs(value) >= 1e6 && std::fmod(step, 1e6) == 0.0)
        return QString::number(value / 1e6, 'f', decimalsFor(step / 1e6)) + QLatin1Char('M');
    if (std::abs(value) >= 1e4 && std::fmod(step, 1e3) == 0.0)
        return QString::number(value / 1e3, 'f', decimalsFor(step / 1e3)) + QLatin1Char('k');
    return QString::number(value, 'f', decimalsFor(step));
}

struct Axis {
    bool log = false;
    double low = 0.0;
    double high = 1.0;
    QList<double> ticks;
    QList<double> minor;
    QStringList labels;

    /// Position between p0 (at low) and p1 (at high).
    [[nodiscard]] double map(double value, double p0, double p1) const
    {
        double t = 0.0;
        if (log) {
            const double v = std::max(value, low);
            t = (std::log10(v) - std::log10(low)) / (std::log10(high) - std::log10(low));
        } else {
            t = (value - low) / (high - low);
        }
        return p0 + t * (p1 - p0);
    }
    [[nodiscard]] double labelWidth() const
    {
        double width = 0.0;
        for (const QString& label : labels)
            width = std::max(width, SvgCanvas::textWidth(label, kTickFont));
        return width;
    }
};

/// 0 … a round top above max × pad in at most maxSteps steps of 1, 2, 2.5 or 5 × 10^k (as the GUI's setRoundRange()).
Axis linearAxis(double max, double pad = 1.05, int maxSteps = 6)
{
    const double top = max > 0.0 && std::isfinite(max) ? max * pad : 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / maxSteps)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (top / step <= maxSteps + 1e-9)
            break;
    }
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    Axis axis;
    axis.low = 0.0;
    axis.high = step * steps;
    for (int i = 0; i <= steps; ++i) {
        axis.ticks.append(step * i);
        axis.labels.append(tickLabel(step * i, step));
    }
    return axis;
}

/// Bounds of 1, 2 or 5 × 10^k around the values (no near-empty decade at either end), a major tick per decade and
/// at the bounds, minor ticks at 2 … 9 × 10^k.
Axis logAxis(const Extent& extent)
{
    Axis axis;
    axis.log = true;
    const int lowExp = int(std::floor(std::log10(extent.minPositive) + 1e-9));
    double low = std::pow(10.0, lowExp);
    if (extent.minPositive >= 5.0 * low * (1.0 - 1e-9))
        low *= 5.0;
    else if (extent.minPositive >= 2.0 * low * (1.0 - 1e-9))
        low *= 2.0;
    const int highExp = int(std::ceil(std::log10(extent.max) - 1e-9));
    double high = std::pow(10.0, highExp);
    if (extent.max <= high / 5.0 * (1.0 + 1e-9))
        high /= 5.0;
    else if (extent.max <= high / 2.0 * (1.0 + 1e-9))
        high /= 2.0;
    if (high <= low * 1.5)
        high = low * 10.0;
    axis.low = low;
    axis.high = high;
    const auto addTick = [&axis](double value) {
        axis.ticks.append(value);
        axis.labels.append(tickLabel(value, value));
    };
    addTick(low);
    for (int e = lowExp; e <= highExp + 1; ++e) {
        const double decade = std::pow(10.0, e);
        if (decade > low * (1.0 + 1e-9) && decade < high * (1.0 - 1e-9))
            addTick(decade);
        for (int m = 2; m <= 9; ++m) {
            const double value = m * decade;
            if (value > low * (1.0 + 1e-9) && value < high * (1.0 - 1e-9))
                axis.minor.append(value);
        }
    }
    addTick(high);
    return axis;
}

Axis autoAxis(const Extent& extent, bool* isLog = nullptr, double pad = 1.05)
{
    const bool log = extent.spansDecades(kLogSpan);
    if (isLog)
        *isLog = log;
    return log ? logAxis(extent) : linearAxis(extent.max, pad);
}

// ---------------------------------------------------------------------------------------------------------------
// Legend: style keys on a row of their own, then the colour entries in a grid of equal columns.

struct LegendLayout {
    double columnWidth = 0.0;
    int columns = 1;
    int rows = 0;
    double height = 0.0;
};

double entryWidth(const QString& label)
{
    return 28.0 + std::min(kMaxLegendLabel, SvgCanvas::textWidth(label, kLegendFont)) + 18.0;
}

LegendLayout layoutLegend(const QList<LegendEntry>& entries, bool styleRow, double width)
{
    LegendLayout layout;
    for (const LegendEntry& entry : entries)
        layout.columnWidth = std::max(layout.columnWidth, entryWidth(entry.label));
    if (!entries.isEmpty()) {
        layout.columns = std::max(1, int((width - 32.0) / std::max(1.0, layout.columnWidth)));
        layout.columns = std::min(layout.columns, int(entries.size()));
        layout.rows = int((entries.size() + layout.columns - 1) / layout.columns);
        // As many entries on every row as the rows need, so that the last one is not a lone straggler.
        layout.columns = int((entries.size() + layout.rows - 1) / layout.rows);
    }
    layout.height = layout.rows * kLegendRow + (styleRow ? kLegendRow : 0.0) + (layout.rows || styleRow ? 6.0 : 0.0);
    return layout;
}

/// Draws the legend from @p top; the entries centred as a block.
void drawLegend(SvgCanvas& canvas, const LegendLayout& layout, const QList<LegendEntry>& entries,
    const QList<LineStyleKey>& styleKeys, double top, bool lines)
{
    double y = top + kLegendRow / 2.0;
    if (!styleKeys.isEmpty()) {
        double total = 0.0;
        for (const LineStyleKey& key : styleKeys)
            total += entryWidth(key.label);
        double x = std::max(16.0, (canvas.width() - total) / 2.0);
        for (const LineStyleKey& key : styleKeys) {
            canvas.lineSwatch(x, y, kMutedText, key.dashed, -1);
            canvas.centredText(x + 28.0, y, SvgCanvas::elided(key.label, kMaxLegendLabel, kLegendFont), Anchor::Start,
                kLegendFont, kText);
            x += entryWidth(key.label);
        }
        y += kLegendRow;
    }
    if (entries.isEmpty())
        return;
    const double blockWidth = layout.columns * layout.columnWidth;
    const double left = std::max(16.0, (canvas.width() - blockWidth) / 2.0);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int row = int(i / layout.columns);
        const int column = int(i % layout.columns);
        const double x = left + column * layout.columnWidth;
        const double cy = y + row * kLegendRow;
        const LegendEntry& entry = entries.at(i);
        const QString color = endpointColor(entry.colorIndex);
        const int shape = (entry.colorIndex / 8) % 3;
        if (lines)
            canvas.lineSwatch(x, cy, color, false, shape);
        else
            canvas.rect(x + 5.0, cy - 6.0, 12.0, 12.0, color);
        const QString label = SvgCanvas::elided(entry.label, kMaxLegendLabel, kLegendFont);
        canvas.centredText(x + 28.0, cy, label, Anchor::Start, kLegendFont, kText);
    }
}

double titleHeight(bool drawTitle)
{
    return drawTitle ? 30.0 : 0.0;
}

void drawTitle(SvgCanvas& canvas, const QString& title)
{
    canvas.text(canvas.width() / 2.0, 21.0, SvgCanvas::elided(title, canvas.width() - 32.0, kChartTitleFont),
        Anchor::Middle, kChartTitleFont, kText, QStringLiteral(" font-weight=\"bold\""));
}

struct Plot {
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    [[nodiscard]] double width() const { return right - left; }
    [[nodiscard]] double height() const { return bottom - top; }
};

/// Grid, axis lines, tick labels and titles of an x/y plot.
void drawAxes(SvgCanvas& canvas, const Plot& plot, const Axis& x, const Axis& y, const QString& xTitle,
    const QString& yTitle, bool xGrid = true)
{
    for (double value : y.minor)
        canvas.line(plot.left, y.map(value, plot.bottom, plot.top), plot.right, y.map(value, plot.bottom, plot.top),
            kMinorGrid);
    if (xGrid) {
        for (double value : x.minor)
            canvas.line(x.map(value, plot.left, plot.right), plot.top, x.map(value, plot.left, plot.right), plot.bottom,
                kMinorGrid);
    }
    // Labels that would touch another are left out: first the decades (or every linear tick), then the bounds of a log
    // axis where there is room (they can sit close to a decade).
    QList<double> drawn;
    for (const bool bounds : { false, true }) {
        for (qsizetype i = 0; i < y.ticks.size(); ++i) {
            const double value = y.ticks.at(i);
            const bool isBound = y.log && std::abs(std::log10(value) - std::round(std::log10(value))) > 1e-9;
            if (isBound != bounds)
                continue;
            const double py = y.map(value, plot.bottom, plot.top);
            if (!bounds && (i > 0 || y.log))
                canvas.line(plot.left, py, plot.right, py, kGrid);
            if (bounds)
                canvas.line(plot.left, py, plot.right, py, kMinorGrid);
            const bool clear = std::none_of(
                drawn.begin(), drawn.end(), [py](double d) { return std::abs(d - py) < kTickFont + 2.0; });
            if (clear) {
                canvas.centredText(plot.left - 6.0, py, y.labels.at(i), Anchor::End, kTickFont, kMutedText);
                drawn.append(py);
            }
        }
    }
    double lastRight = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < x.ticks.size(); ++i) {
        const double px = x.map(x.ticks.at(i), plot.left, plot.right);
        if (xGrid && (i > 0 || x.log))
            canvas.line(px, plot.top, px, plot.bottom, kGrid);
        canvas.line(px, plot.bottom, px, plot.bottom + 4.0, kAxisLine);
        const double half = SvgCanvas::textWidth(x.labels.at(i), kTickFont) / 2.0;
        if (px - half >= lastRight + 4.0) {
            canvas.text(px, plot.bottom + 17.0, x.labels.at(i), Anchor::Middle, kTickFont, kMutedText);
            lastRight = px + half;
        }
    }
    canvas.line(plot.left, plot.bottom, plot.right, plot.bottom, kAxisLine);
    canvas.line(plot.left, plot.top, plot.left, plot.bottom, kAxisLine);
    canvas.text((plot.left + plot.right) / 2.0, plot.bottom + 36.0, xTitle, Anchor::Middle, kTitleFont, kText);
    canvas.text(16.0, (plot.top + plot.bottom) / 2.0, SvgCanvas::elided(yTitle, plot.height(), kTitleFont),
        Anchor::Middle, kTitleFont, kText, {}, -90.0);
}

void drawNoData(SvgCanvas& canvas, const Plot& plot, const QString& text)
{
    canvas.centredText(
        (plot.left + plot.right) / 2.0, (plot.top + plot.bottom) / 2.0, text, Anchor::Middle, 13.0, kMutedText);
}

QString logNote(bool logX, bool logY)
{
    if (logX && logY)
        return Text::tr("Both axes are logarithmic: their values span more than two decades.");
    if (logY)
        return Text::tr("The y axis is logarithmic: its values span more than two decades.");
    if (logX)
        return Text::tr("The x axis is logarithmic: its values span more than two decades.");
    return {};
}

QString joined(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char(' ') + second;
}

QString valueText(double value, HeatmapUnit unit)
{
    if (unit == HeatmapUnit::Percent)
        return QString::number(value, 'f', value >= 10.0 || value == 0.0 ? 0 : 1);
    return results::formatMs(value);
}

QString sizeLabel(double x)
{
    return detail::svgNumber(x, 0);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

Chart lineChart(const LineChartSpec& spec)
{
    const double requestedWidth = spec.size.isValid() && !spec.size.isEmpty() ? spec.size.width() : kWidth;
    const LegendLayout legend = layoutLegend(spec.legend, !spec.styleKeys.isEmpty(), requestedWidth);
    const QSizeF size = sizeOr(spec.size, 330.0 + titleHeight(spec.drawTitle) + legend.height);
    SvgCanvas canvas(size, spec.title);

    Extent xs;
    Extent ys;
    for (const LineSeries& series : spec.series) {
        for (const QPointF& point : series.points) {
            xs.add(point.x());
            ys.add(point.y());
        }
    }
    bool logX = false;
    bool logY = false;
    const Axis x = autoAxis(xs, &logX, 1.0); // the largest size ends the axis: no empty stretch to its right
    const Axis y = autoAxis(ys, &logY);

    Plot plot;
    plot.top = 14.0 + titleHeight(spec.drawTitle);
    plot.left = 30.0 + y.labelWidth() + 8.0;
    plot.right = size.width() - 22.0;
    plot.bottom = std::max(plot.top + 40.0, size.height() - legend.height - 50.0);
    if (spec.drawTitle)
        drawTitle(canvas, spec.title);
    drawAxes(canvas, plot, x, y, spec.xTitle, spec.yTitle);

    bool any = false;
    // Dashed lines first, so that the solid ones (and their markers) stay on top.
    for (const bool dashedPass : { true, false }) {
        for (const LineSeries& series : spec.series) {
            if (series.dashed != dashedPass)
                continue;
            QList<QPointF> points;
            for (const QPointF& point : series.points) {
                if (!std::isfinite(point.x()) || !std::isfinite(point.y()) || (logX && point.x() <= 0.0)
                    || (logY && point.y() <= 0.0))
                    continue;
                points.append(point);
            }
            std::stable_sort(
                points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
            if (points.isEmpty())
                continue;
            any = true;
            QList<QPointF> pixels;
            pixels.reserve(points.size());
            for (const QPointF& point : points)
                pixels.append({ x.map(point.x(), plot.left, plot.right), y.map(point.y(), plot.bottom, plot.top) });
            const QString color = endpointColor(series.colorIndex);
            if (series.dashed) {
                canvas.polyline(pixels, color, SvgCanvas::kDashedWidth, SvgCanvas::kDash);
                continue;
            }
            canvas.polyline(pixels, color, 2.0);
            const int shape = (series.colorIndex / 8) % 3;
            for (qsizetype i = 0; i < pixels.size(); ++i) {
                //: tooltip of a point: %1 = series, %2 = x axis title, %3 = x value, %4 = y value
                const QString tooltip = Text::tr("%1 · %2 %3: %4")
                                            .arg(series.name, spec.xTitle, sizeLabel(points.at(i).x()),
                                                detail::formatMsUnit(points.at(i).y()));
                canvas.marker(shape, pixels.at(i).x(), pixels.at(i).y(), color, tooltip);
            }
        }
    }
    if (!any)
        drawNoData(canvas, plot, Text::tr("No measured values"));
    drawLegend(canvas, legend, spec.legend, spec.styleKeys, plot.bottom + 46.0, true);
    return { spec.title, canvas.finish(), size, joined(spec.caption, logNote(logX, logY)) };
}

Chart barChart(const BarChartSpec& spec)
{
    const double requestedWidth = spec.size.isValid() && !spec.size.isEmpty() ? spec.size.width() : kWidth;
    QList<LegendEntry> entries;
    for (const BarSeries& series : spec.series)
        entries.append({ series.name, series.colorIndex });
    const LegendLayout legend = layoutLegend(entries, false, requestedWidth);
    const QSizeF size = sizeOr(spec.size, 300.0 + titleHeight(spec.drawTitle) + legend.height);
    SvgCanvas canvas(size, spec.title);
    if (spec.drawTitle)
        drawTitle(canvas, spec.title);

    const double yMax = spec.yMax > 0.0 ? spec.yMax : 100.0;
    Axis y;
    y.high = yMax;
    const double step = yMax / 5.0;
    for (int i = 0; i <= 5; ++i) {
        y.ticks.append(step * i);
        y.labels.append(tickLabel(step * i, step));
    }
    Plot plot;
    plot.top = 14.0 + titleHeight(spec.drawTitle);
    plot.left = 30.0 + y.labelWidth() + 8.0;
    plot.right = size.width() - 22.0;
    plot.bottom = std::max(plot.top + 40.0, size.height() - legend.height - 50.0);

    // Categories as an x axis without grid: a label under the middle of each group.
    const qsizetype groups = spec.categories.size();
    const double groupWidth = groups > 0 ? plot.width() / double(groups) : plot.width();
    Axis x;
    x.low = 0.0;
    x.high = double(std::max<qsizetype>(1, groups));
    for (qsizetype g = 0; g < groups; ++g) {
        x.ticks.append(double(g) + 0.5);
        x.labels.append(spec.categories.at(g));
    }
    drawAxes(canvas, plot, x, y, spec.xTitle, spec.yTitle, false);

    const qsizetype bars = std::max<qsizetype>(1, spec.series.size());
    const double inner = groupWidth * 0.82;
    const double barWidth = inner / double(bars);
    const double gap = barWidth >= 5.0 ? std::min(2.0, barWidth * 0.15) : 0.0;
    bool any = false;
    for (qsizetype g = 0; g < groups; ++g) {
        const double groupLeft = plot.left + double(g) * groupWidth + (groupWidth - inner) / 2.0;
        for (qsizetype s = 0; s < spec.series.size(); ++s) {
            const BarSeries& series = spec.series.at(s);
            const double value = series.values.value(g, std::numeric_limits<double>::quiet_NaN());
            if (!std::isfinite(value))
                continue;
            any = true;
            const double top = y.map(std::clamp(value, 0.0, yMax), plot.bottom, plot.top);
            const double height = std::max(1.5, plot.bottom - top); // a measured 0 still shows as a stub
            //: tooltip of a bar: %1 = series (endpoint), %2 = x axis title, %3 = category, %4 = value
            const QString tooltip
                = Text::tr("%1 · %2 %3: %4")
                      .arg(series.name, spec.xTitle, spec.categories.at(g),
                          QString::number(value, 'f', value == std::round(value) ? 0 : 1) + spec.valueSuffix);
            canvas.rect(groupLeft + double(s) * barWidth + gap / 2.0, plot.bottom - height, barWidth - gap, height,
                endpointColor(series.colorIndex), {}, tooltip);
        }
    }
    canvas.line(plot.left, plot.bottom, plot.right, plot.bottom, kAxisLine);
    if (!any)
        drawNoData(canvas, plot, Text::tr("No measured values"));
    drawLegend(canvas, legend, entries, {}, plot.bottom + 46.0, false);
    return { spec.title, canvas.finish(), size, spec.caption };
}

Chart heatmapChart(const HeatmapSpec& spec)
{
    const auto rows = int(spec.rows.size());
    const auto columns = int(spec.columns.size());
    constexpr double kRowHeight = 26.0;
    const double top = 30.0 + titleHeight(spec.drawTitle);
    const double bottom = 46.0;
    const QSizeF size = sizeOr(spec.size, top + std::max(3, rows) * kRowHeight + bottom);
    SvgCanvas canvas(size, spec.title);
    if (spec.drawTitle)
        drawTitle(canvas, spec.title);

    const auto valueAt = [&](int row, int column) {
        const qsizetype i = qsizetype(row) * columns + column;
        return i < spec.values.size() ? spec.values.at(i) : std::numeric_limits<double>::quiet_NaN();
    };
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double value : spec.values) {
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    const bool anyValue = std::isfinite(low);
    if (!anyValue) {
        low = 0.0;
        high = 0.0;
    }
    if (spec.unit == HeatmapUnit::Percent)
        low = 0.0; // no error is the reference, whatever the best cell had
    const bool log = spec.unit != HeatmapUnit::Percent && low > 0.0 && high / low > kColorLogSpan;
    const auto position = [&](double value) {
        if (!(high > low))
            return 0.0;
        if (log)
            return (std::log(std::max(value, low)) - std::log(low)) / (std::log(high) - std::log(low));
        return (value - low) / (high - low);
    };

    // Legend first: it decides how wide the grid may be.
    const QString legendTitle = log ? Text::tr("%1, log scale").arg(spec.valueTitle) : spec.valueTitle;
    const double middle = log ? std::sqrt(low * high) : (low + high) / 2.0;
    double legendLabels = 0.0;
    for (double value : { low, middle, high })
        legendLabels = std::max(legendLabels, SvgCanvas::textWidth(valueText(value, spec.unit), kTickFont));
    const double legendWidth
        = std::max(std::min(SvgCanvas::textWidth(legendTitle, kTickFont), 150.0), 14.0 + 6.0 + legendLabels) + 14.0;

    double nameWidth = 0.0;
    for (const QString& name : spec.rows)
        nameWidth = std::max(nameWidth, SvgCanvas::textWidth(name, kTickFont));
    const double labelWidth = std::min(nameWidth, size.width() * 0.3) + 10.0;
    const double gridLeft = 8.0 + labelWidth;
    const double gridWidth = std::max(10.0, size.width() - gridLeft - legendWidth - 20.0);
    const double cellWidth = columns > 0 ? gridWidth / columns : gridWidth;
    const double cellHeight = rows > 0 ? std::min(30.0, (size.height() - top - bottom) / rows) : 0.0;
    const double gridBottom = top + cellHeight * rows;

    // One font size for every value, the largest (11 down to 8 px) at which they all fit.
    double valueFont = 8.0;
    for (const double candidate : { 11.0, 10.0, 9.0, 8.0 }) {
        bool fits = candidate <= cellHeight - 3.0;
        for (int i = 0; fits && i < spec.values.size(); ++i) {
            if (std::isfinite(spec.values.at(i)))
                fits = SvgCanvas::textWidth(valueText(spec.values.at(i), spec.unit), candidate) + 4.0 <= cellWidth;
        }
        if (fits) {
            valueFont = candidate;
            break;
        }
    }

    for (int row = 0; row < rows; ++row) {
        const double y = top + row * cellHeight;
        canvas.centredText(gridLeft - 8.0, y + cellHeight / 2.0,
            SvgCanvas::elided(spec.rows.at(row), labelWidth - 10.0, kTickFont), Anchor::End, kTickFont, kText);
        for (int column = 0; column < columns; ++column) {
            const double x = gridLeft + column * cellWidth;
            const double value = valueAt(row, column);
            //: tooltip of a heatmap cell: %1 = row (endpoint), %2 = column title, %3 = column, %4 = value
            const QString tooltip = Text::tr("%1 · %2 %3: %4")
                                        .arg(spec.rows.at(row), spec.columnTitle, spec.columns.at(column),
                                            std::isfinite(value) ? valueText(value, spec.unit) : QStringLiteral("–"));
            if (!std::isfinite(value)) {
                canvas.rect(x + 0.5, y + 0.5, cellWidth - 1.0, cellHeight - 1.0, kMissing, {}, tooltip);
                canvas.centredText(x + cellWidth / 2.0, y + cellHeight / 2.0, QStringLiteral("–"), Anchor::Middle,
                    valueFont, kMutedText);
                continue;
            }
            const QString color = viridisColor(position(value));
            canvas.rect(x + 0.5, y + 0.5, cellWidth - 1.0, cellHeight - 1.0, color, {}, tooltip);
            canvas.centredText(x + cellWidth / 2.0, y + cellHeight / 2.0, valueText(value, spec.unit), Anchor::Middle,
                valueFont, contrastingTextColor(color));
        }
    }
    for (int column = 0; column < columns; ++column) {
        canvas.text(gridLeft + (column + 0.5) * cellWidth, gridBottom + 16.0,
            SvgCanvas::elided(spec.columns.at(column), cellWidth - 2.0, kTickFont), Anchor::Middle, kTickFont,
            kMutedText);
    }
    canvas.text(gridLeft + gridWidth / 2.0, gridBottom + 35.0, spec.columnTitle, Anchor::Middle, kTitleFont, kText);

    // Colour legend: the scale from the minimum (bottom) to the maximum (top), in slices (no gradient: no ids in an
    // SVG that is inlined next to others).
    const double barLeft = gridLeft + gridWidth + 20.0;
    const double barTop = top;
    const double barHeight = std::max(cellHeight * rows, 90.0);
    canvas.text(barLeft, barTop - 10.0, SvgCanvas::elided(legendTitle, size.width() - barLeft - 4.0, kTickFont),
        Anchor::Start, kTickFont, kText);
    constexpr int kSlices = 64;
    for (int i = 0; i < kSlices; ++i) {
        const double sliceTop = barTop + barHeight * (1.0 - double(i + 1) / kSlices);
        canvas.rect(barLeft, sliceTop, 14.0, barHeight / kSlices + 0.6, viridisColor((i + 0.5) / kSlices));
    }
    canvas.rect(barLeft, barTop, 14.0, barHeight, QStringLiteral("none"),
        QStringLiteral(" stroke=\"") + kAxisLine + QStringLiteral("\" stroke-width=\"0.6\""));
    if (anyValue) {
        canvas.centredText(
            barLeft + 20.0, barTop + 5.0, valueText(high, spec.unit), Anchor::Start, kTickFont, kMutedText);
        canvas.centredText(
            barLeft + 20.0, barTop + barHeight - 5.0, valueText(low, spec.unit), Anchor::Start, kTickFont, kMutedText);
        if (barHeight >= 80.0 && high > low) {
            canvas.centredText(barLeft + 20.0, barTop + barHeight * (1.0 - position(middle)),
                valueText(middle, spec.unit), Anchor::Start, kTickFont, kMutedText);
        }
    }
    if (rows == 0 || columns == 0) {
        Plot plot { gridLeft, top, gridLeft + gridWidth, top + std::max(3, rows) * kRowHeight };
        drawNoData(canvas, plot, Text::tr("No measured values"));
    }
    QString caption = spec.caption;
    if (log)
        caption = joined(caption, Text::tr("The colour scale is logarithmic: the values span more than one decade."));
    return { spec.title, canvas.finish(), size, caption };
}

Chart overTimeChart(const OverTimeSpec& spec)
{
    // The same buckets as the GUI's over-time chart: whole seconds from the first second measured, wider buckets for
    // longer runs so that a line has at most maxPoints points.
    QList<QPointF> requests;
    QList<QPointF> errors;
    QList<QPointF> p50;
    QList<QPointF> p95;
    double maxRate = 0.0;
    double maxLatency = 0.0;
    qint64 end = 0;
    int bucketSeconds = 1;
    const QList<TimeSeriesPoint>& points = spec.points;
    if (!points.isEmpty()) {
        const qint64 start = points.first().second;
        end = points.last().second + 1;
        const qint64 span = std::max<qint64>(1, end - start);
        const int maxPoints = std::max(2, spec.maxPoints);
        bucketSeconds = int(std::max<qint64>(1, (span + maxPoints - 1) / maxPoints));
        const qint64 buckets = (span + bucketSeconds - 1) / bucketSeconds;
        qsizetype i = 0;
        for (qint64 b = 0; b < buckets; ++b) {
            const qint64 bucketStart = start + b * bucketSeconds;
            const qint64 bucketEnd = std::min(end, bucketStart + bucketSeconds);
            quint64 count = 0;
            quint64 failures = 0;
            double weightedP50 = 0.0;
            double worstP95 = 0.0;
            for (; i < points.size() && points.at(i).second < bucketEnd; ++i) {
                const TimeSeriesPoint& point = points.at(i);
                count += point.requests;
                failures += point.failures;
                if (point.requests > 0) {
                    weightedP50 += point.p50Ms * double(point.requests);
                    worstP95 = std::max(worstP95, point.p95Ms);
                }
            }
            const double seconds = double(std::max<qint64>(1, bucketEnd - bucketStart));
            const double x = double(bucketStart) + (seconds - 1.0) / 2.0;
            const double rate = double(count) / seconds;
            requests.append({ x, rate });
            errors.append({ x, double(failures) / seconds });
            maxRate = std::max(maxRate, rate);
            if (count > 0) {
                p50.append({ x, weightedP50 / double(count) });
                p95.append({ x, worstP95 });
                maxLatency = std::max(maxLatency, worstP95);
            }
        }
    }

    const QString requestsLabel = Text::tr("Requests/s");
    const QString errorsLabel = Text::tr("Errors/s");
    const QString p50Label = Text::tr("p50 (ms)");
    const QString p95Label = Text::tr("p95 (ms)");
    double legendWidth = 0.0;
    for (const QString& label : { requestsLabel, errorsLabel, p50Label, p95Label })
        legendWidth += entryWidth(label);
    const QSizeF size = sizeOr(spec.size, 340.0 + titleHeight(spec.drawTitle) + kLegendRow + 6.0);
    SvgCanvas canvas(size, spec.title);
    if (spec.drawTitle)
        drawTitle(canvas, spec.title);

    const Axis x = linearAxis(double(std::max<qint64>(end, 1)), 1.0, 8);
    const Axis rate = linearAxis(std::max(maxRate, 10.0 / 1.05));
    const Axis latency = linearAxis(std::max(maxLatency, 1.0 / 1.05));
    Plot plot;
    plot.top = 14.0 + titleHeight(spec.drawTitle);
    plot.left = 30.0 + rate.labelWidth() + 8.0;
    plot.right = size.width() - 30.0 - latency.labelWidth() - 8.0;
    plot.bottom = std::max(plot.top + 40.0, size.height() - kLegendRow - 6.0 - 50.0);
    drawAxes(canvas, plot, x, rate, Text::tr("Time since start (s)"), Text::tr("Requests per second"));
    // The right axis: labels and title only, the grid is the left axis'.
    canvas.line(plot.right, plot.top, plot.right, plot.bottom, kAxisLine);
    for (qsizetype i = 0; i < latency.ticks.size(); ++i) {
        const double py = latency.map(latency.ticks.at(i), plot.bottom, plot.top);
        canvas.line(plot.right, py, plot.right + 4.0, py, kAxisLine);
        canvas.centredText(plot.right + 7.0, py, latency.labels.at(i), Anchor::Start, kTickFont, kLatencyColor);
    }
    canvas.text(size.width() - 12.0, (plot.top + plot.bottom) / 2.0,
        SvgCanvas::elided(Text::tr("Response time (ms)"), plot.height(), kTitleFont), Anchor::Middle, kTitleFont,
        kLatencyColor, {}, 90.0);

    const auto pixels = [&](const QList<QPointF>& values, const Axis& y) {
        QList<QPointF> out;
        out.reserve(values.size());
        for (const QPointF& point : values)
            out.append({ x.map(point.x(), plot.left, plot.right), y.map(point.y(), plot.bottom, plot.top) });
        return out;
    };
    const auto draw = [&](const QList<QPointF>& values, const Axis& y, const QString& color, bool dashed) {
        const QList<QPointF> line = pixels(values, y);
        if (line.size() == 1)
            canvas.marker(0, line.first().x(), line.first().y(), color);
        canvas.polyline(line, color, dashed ? SvgCanvas::kDashedWidth : 1.8, dashed ? SvgCanvas::kDash : QString());
    };
    draw(requests, rate, kRequestsColor, false);
    draw(p95, latency, kLatencyColor, true);
    draw(p50, latency, kLatencyColor, false);
    draw(errors, rate, kErrorsColor, false);
    if (points.isEmpty())
        drawNoData(canvas, plot, Text::tr("No time series recorded"));

    // Legend: one row of four.
    const double cy = plot.bottom + 46.0 + kLegendRow / 2.0;
    double lx = std::max(16.0, (size.width() - legendWidth) / 2.0);
    const struct {
        QString label;
        QString color;
        bool dashed;
    } entries[] = { { requestsLabel, kRequestsColor, false }, { errorsLabel, kErrorsColor, false },
        { p50Label, kLatencyColor, false }, { p95Label, kLatencyColor, true } };
    for (const auto& entry : entries) {
        canvas.lineSwatch(lx, cy, entry.color, entry.dashed, -1);
        canvas.centredText(lx + 28.0, cy, entry.label, Anchor::Start, kLegendFont, kText);
        lx += entryWidth(entry.label);
    }
    QString caption = spec.caption;
    if (bucketSeconds > 1)
        caption = joined(caption, Text::tr("Each point covers %n second(s).", nullptr, bucketSeconds));
    return { spec.title, canvas.finish(), size, caption };
}

// ---------------------------------------------------------------------------------------------------------------

namespace {

QString xTitleOf(const RunResult& run)
{
    return run.plan.dataset.mode == DatasetMode::Sweep ? Text::tr("Size parameter")
                                                       : Text::tr("Records in the dataset");
}

} // namespace

Chart responseTimeChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    LineChartSpec spec;
    spec.title = Text::tr("Response time vs dataset size");
    spec.xTitle = xTitleOf(run);
    spec.yTitle = Text::tr("Response time (ms)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.styleKeys = { { Text::tr("solid: p50 (median)"), false }, { Text::tr("dashed: p95"), true } };
    spec.caption = Text::tr("One colour per endpoint: the solid line is the median (p50), the dashed line the 95th "
                            "percentile (p95) of each cell.");
    const QStringList names = detail::endpointNames(run);
    for (qsizetype e = 0; e < names.size(); ++e) {
        LineSeries median;
        //: series name of a chart: %1 = endpoint
        median.name = Text::tr("%1, p50").arg(names.at(e));
        median.colorIndex = int(e);
        LineSeries tail;
        //: series name of a chart: %1 = endpoint
        tail.name = Text::tr("%1, p95").arg(names.at(e));
        tail.colorIndex = int(e);
        tail.dashed = true;
        for (const CellResult& cell : run.cells) {
            if (cell.endpoint != names.at(e) || cell.stats.count == 0)
                continue;
            median.points.append({ detail::cellX(cell), cell.stats.p50Ms });
            tail.points.append({ detail::cellX(cell), cell.stats.p95Ms });
        }
        spec.legend.append({ names.at(e), int(e) });
        spec.series.append(tail);
        spec.series.append(median);
    }
    return lineChart(spec);
}

Chart successRateChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    BarChartSpec spec;
    spec.title = Text::tr("Success rate per dataset size");
    spec.xTitle = run.plan.dataset.mode == DatasetMode::Sweep ? Text::tr("Size parameter") : Text::tr("Dataset size");
    spec.yTitle = Text::tr("Successful requests (%)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.caption = Text::tr("One bar per endpoint and dataset size; no bar: the cell was not measured.");
    const QList<int> sizes = detail::measuredSizes(run);
    for (int value : sizes)
        spec.categories.append(QString::number(value));
    const QStringList names = detail::endpointNames(run);
    for (qsizetype e = 0; e < names.size(); ++e) {
        BarSeries series;
        series.name = names.at(e);
        series.colorIndex = int(e);
        for (int value : sizes) {
            const CellResult* cell = detail::findCell(run, names.at(e), value);
            series.values.append(cell && cell->stats.count > 0 ? 100.0 * cell->stats.successRate()
                                                               : std::numeric_limits<double>::quiet_NaN());
        }
        spec.series.append(series);
    }
    return barChart(spec);
}

Chart latencyHeatmap(const RunResult& run, QSizeF size, bool drawTitle)
{
    HeatmapSpec spec;
    spec.title = Text::tr("Median response time by endpoint and dataset size");
    spec.columnTitle
        = run.plan.dataset.mode == DatasetMode::Sweep ? Text::tr("Size parameter") : Text::tr("Dataset size");
    spec.valueTitle = Text::tr("p50 (ms)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.caption = Text::tr("Each cell shows the median (p50) in milliseconds, coloured on the viridis scale from the "
                            "fastest (dark) to the slowest (yellow) cell; grey: not measured.");
    spec.rows = detail::endpointNames(run);
    const QList<int> sizes = detail::measuredSizes(run);
    for (int value : sizes)
        spec.columns.append(QString::number(value));
    for (const QString& name : std::as_const(spec.rows)) {
        for (int value : sizes) {
            const CellResult* cell = detail::findCell(run, name, value);
            spec.values.append(
                cell && cell->stats.count > 0 ? cell->stats.p50Ms : std::numeric_limits<double>::quiet_NaN());
        }
    }
    return heatmapChart(spec);
}

Chart runOverTimeChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    OverTimeSpec spec;
    spec.title = Text::tr("Throughput and response time over time");
    spec.points = run.timeSeries;
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.caption = Text::tr("Measured requests and failures per second (left axis) and their p50 and p95 response "
                            "times (right axis); warm-up, seeding and cleanup requests are not counted.");
    return overTimeChart(spec);
}

Chart comparisonChart(const analysis::RunComparison& comparison, const QString& baseLabel,
    const QString& candidateLabel, QSizeF size, bool drawTitle)
{
    LineChartSpec spec;
    spec.title = Text::tr("Median response time: base and candidate run");
    bool sweep = false;
    for (const analysis::CellComparison& cell : comparison.cells)
        sweep = sweep || cell.baseRecords < 0;
    spec.xTitle = sweep ? Text::tr("Size parameter") : Text::tr("Records in the dataset");
    spec.yTitle = Text::tr("Median response time (ms)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    //: legend of the solid lines, %1 = the candidate run
    spec.styleKeys = { { Text::tr("solid: %1").arg(candidateLabel), false },
        //: legend of the dashed lines, %1 = the base run
        { Text::tr("dashed: %1").arg(baseLabel), true } };
    spec.caption = Text::tr("One colour per endpoint: the dashed line is the base run, the solid line the candidate "
                            "run (medians of the raw samples).");
    for (qsizetype e = 0; e < comparison.endpoints.size(); ++e) {
        const QString& name = comparison.endpoints.at(e).endpoint;
        LineSeries base;
        //: series name: %1 = endpoint, %2 = the base run
        base.name = Text::tr("%1, %2").arg(name, baseLabel);
        base.colorIndex = int(e);
        base.dashed = true;
        LineSeries candidate;
        candidate.name = Text::tr("%1, %2").arg(name, candidateLabel);
        candidate.colorIndex = int(e);
        for (const analysis::CellComparison& cell : comparison.cells) {
            if (cell.endpoint != name)
                continue;
            const double x = cell.baseRecords >= 0 ? double(cell.baseRecords) : double(cell.size);
            base.points.append({ x, cell.baseMedianMs });
            candidate.points.append({ x, cell.candidateMedianMs });
        }
        spec.legend.append({ name, int(e) });
        spec.series.append(base);
        spec.series.append(candidate);
    }
    return lineChart(spec);
}


// ---------------------------------------------------------------------------------------------------------------
// Load tests

namespace {

enum class LineStyle { Solid, Dashed, Dotted };

const QString kDotted = QStringLiteral("1.5 3");

// Okabe–Ito again: the percentiles from light to dark, the raw values in the same hue but another style.
const QString kP50Color = QStringLiteral("#009e73");
const QString kP95Color = QStringLiteral("#e69f00");
const QString kP99Color = QStringLiteral("#d55e00");
const QString kMaxColor = QStringLiteral("#57606a");
const QString kLevelColor = QStringLiteral("#1f2328");
const QString kDroppedColor = QStringLiteral("#cc79a7");
const QString kMemoryColor = QStringLiteral("#8c6d31");
const QString kFitColor = QStringLiteral("#d55e00");
// Light fills of the stress bands: the last good step, the breaking point, the recovery.
const QString kGoodBand = QStringLiteral("#e3f4e8");
const QString kBadBand = QStringLiteral("#fde4e1");
const QString kRecoveryBand = QStringLiteral("#e4eefa");
const QString kGoodText = QStringLiteral("#1a7f37");
const QString kBadText = QStringLiteral("#b42318");
const QString kRecoveryText = QStringLiteral("#0b5cad");

constexpr int kMaxLoadPoints = 300; // per line: about one per 2.5 px at the natural width
constexpr int kMaxMarkers = 80; // beyond this many points a line has no markers

QString dashOf(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid:
        return {};
    case LineStyle::Dashed:
        return SvgCanvas::kDash;
    case LineStyle::Dotted:
        return kDotted;
    }
    return {};
}

/// A line of an x/y chart with one or two y axes. A NaN y breaks the line (a second without a value).
struct XyLine {
    QString label;
    QString color;
    LineStyle style = LineStyle::Solid;
    double width = 1.8;
    bool right = false; ///< on the right axis
    bool connect = true; ///< false: markers only
    bool markers = false; ///< a marker with a tooltip at every point (up to kMaxMarkers points)
    bool legend = true;
    QString unit; ///< of the tooltips: " ms", " req/s"
    QList<QPointF> points;
};

/// A band over [from, to] of the x axis, behind the lines, labelled at its top; from == to: a vertical line.
struct XyBand {
    double from = 0;
    double to = 0;
    QString label;
    QString fill; ///< of a band; the colour of a line
    QString textColor;
};

struct XyChartSpec {
    QString title;
    QString xTitle;
    QString leftTitle;
    QString rightTitle; ///< empty: no right axis
    QString leftColor = kText;
    QString rightColor = kText;
    bool leftLog = false; ///< logarithmic when the values span more than two decades
    bool rightLog = false;
    double leftAtLeast = 0; ///< the left axis reaches at least this (100 for a CPU share)
    double rightAtLeast = 0;
    double xMax = 0; ///< 0: the largest x
    QList<XyLine> lines;
    QList<XyBand> bands;
    QString noData;
    QString caption;
    QSizeF size;
    bool drawTitle = false;
};

struct LegendItem {
    QString label;
    QString color;
    LineStyle style = LineStyle::Solid;
    bool marker = false;
};

double legendItemWidth(const QString& label)
{
    return 30.0 + std::min(kMaxLegendLabel, SvgCanvas::textWidth(label, kLegendFont)) + 16.0;
}

/// The items on each legend row: as many as fit the width, in order.
QList<QList<LegendItem>> legendRows(const QList<LegendItem>& items, double width)
{
    QList<QList<LegendItem>> rows;
    double used = 0.0;
    for (const LegendItem& item : items) {
        const double w = legendItemWidth(item.label);
        if (rows.isEmpty() || used + w > width - 32.0) {
            rows.append(QList<LegendItem>());
            used = 0.0;
        }
        rows.last().append(item);
        used += w;
    }
    return rows;
}

void drawLegendRows(SvgCanvas& canvas, const QList<QList<LegendItem>>& rows, double top)
{
    for (qsizetype r = 0; r < rows.size(); ++r) {
        double total = 0.0;
        for (const LegendItem& item : rows.at(r))
            total += legendItemWidth(item.label);
        double x = std::max(16.0, (canvas.width() - total) / 2.0);
        const double cy = top + kLegendRow * (double(r) + 0.5);
        for (const LegendItem& item : rows.at(r)) {
            if (!item.marker) // a marker alone: points that no line connects
                canvas.line(x, cy, x + 22.0, cy, item.color,
                    item.style == LineStyle::Solid ? 2.0 : SvgCanvas::kDashedWidth, dashOf(item.style));
            else
                canvas.marker(0, x + 11.0, cy, item.color);
            canvas.centredText(x + 28.0, cy, SvgCanvas::elided(item.label, kMaxLegendLabel, kLegendFont),
                Anchor::Start, kLegendFont, kText);
            x += legendItemWidth(item.label);
        }
    }
}

Axis valueAxis(const Extent& extent, bool logAllowed, double atLeast, bool* isLog)
{
    Extent e = extent;
    if (atLeast > 0.0)
        e.max = std::max(e.max, atLeast / 1.05);
    const bool log = logAllowed && e.spansDecades(kLogSpan);
    *isLog = log;
    if (log)
        return logAxis(e);
    return linearAxis(e.max > 0.0 ? e.max : 1.0 / 1.05);
}

QString tooltipNumber(double value)
{
    return QString::number(value, 'f', std::abs(value) >= 100.0 ? 0 : std::abs(value) >= 10.0 ? 1 : 2);
}

Chart xyChart(const XyChartSpec& spec)
{
    const double requestedWidth = spec.size.isValid() && !spec.size.isEmpty() ? spec.size.width() : kWidth;
    QList<LegendItem> items;
    for (const XyLine& line : spec.lines) {
        if (line.legend)
            items.append({ line.label, line.color, line.style, line.markers && !line.connect });
    }
    const QList<QList<LegendItem>> rows = legendRows(items, requestedWidth);
    const double legendHeight = rows.isEmpty() ? 0.0 : double(rows.size()) * kLegendRow + 6.0;
    const QSizeF size = sizeOr(spec.size, 320.0 + titleHeight(spec.drawTitle) + legendHeight);
    SvgCanvas canvas(size, spec.title);
    if (spec.drawTitle)
        drawTitle(canvas, spec.title);

    const bool twoAxes = !spec.rightTitle.isEmpty();
    Extent xs;
    Extent left;
    Extent right;
    bool any = false;
    for (const XyLine& line : spec.lines) {
        for (const QPointF& point : line.points) {
            if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
                continue;
            xs.add(point.x());
            (line.right && twoAxes ? right : left).add(point.y());
            any = true;
        }
    }
    for (const XyBand& band : spec.bands)
        xs.add(band.to);
    bool leftIsLog = false;
    bool rightIsLog = false;
    const Axis x = linearAxis(spec.xMax > 0.0 ? spec.xMax : std::max(xs.max, 1.0), 1.0, 8);
    const Axis yLeft = valueAxis(left, spec.leftLog, spec.leftAtLeast, &leftIsLog);
    const Axis yRight = valueAxis(right, spec.rightLog, spec.rightAtLeast, &rightIsLog);

    Plot plot;
    plot.top = 14.0 + titleHeight(spec.drawTitle);
    plot.left = 30.0 + yLeft.labelWidth() + 8.0;
    plot.right = twoAxes ? size.width() - 30.0 - yRight.labelWidth() - 8.0 : size.width() - 22.0;
    plot.bottom = std::max(plot.top + 40.0, size.height() - legendHeight - 50.0);

    // Bands behind everything, their labels on top of the lines (below).
    const auto px = [&](double value) { return std::clamp(x.map(value, plot.left, plot.right), plot.left, plot.right); };
    for (const XyBand& band : spec.bands) {
        if (band.to > band.from)
            canvas.rect(px(band.from), plot.top, px(band.to) - px(band.from), plot.height(), band.fill);
    }
    drawAxes(canvas, plot, x, yLeft, spec.xTitle, spec.leftTitle);
    if (twoAxes) {
        canvas.line(plot.right, plot.top, plot.right, plot.bottom, kAxisLine);
        for (qsizetype i = 0; i < yRight.ticks.size(); ++i) {
            const double py = yRight.map(yRight.ticks.at(i), plot.bottom, plot.top);
            canvas.line(plot.right, py, plot.right + 4.0, py, kAxisLine);
            canvas.centredText(plot.right + 7.0, py, yRight.labels.at(i), Anchor::Start, kTickFont, spec.rightColor);
        }
        canvas.text(size.width() - 12.0, (plot.top + plot.bottom) / 2.0,
            SvgCanvas::elided(spec.rightTitle, plot.height(), kTitleFont), Anchor::Middle, kTitleFont,
            spec.rightColor, {}, 90.0);
    }

    // Dashed and dotted lines first, so that the solid ones stay on top.
    for (const bool solidPass : { false, true }) {
        for (const XyLine& line : spec.lines) {
            if ((line.style == LineStyle::Solid) != solidPass)
                continue;
            const Axis& y = line.right && twoAxes ? yRight : yLeft;
            const bool log = line.right && twoAxes ? rightIsLog : leftIsLog;
            QList<QPointF> segment;
            QList<QPair<QPointF, QPointF>> marks; // pixel, value
            const auto flush = [&] {
                if (line.connect && segment.size() == 1)
                    canvas.marker(0, segment.first().x(), segment.first().y(), line.color, {}, line.width);
                else if (line.connect)
                    canvas.polyline(segment, line.color, line.width, dashOf(line.style));
                segment.clear();
            };
            for (const QPointF& point : line.points) {
                if (!std::isfinite(point.x()) || !std::isfinite(point.y()) || (log && point.y() <= 0.0)) {
                    flush();
                    continue;
                }
                const QPointF pixel(x.map(point.x(), plot.left, plot.right),
                    std::clamp(y.map(point.y(), plot.bottom, plot.top), plot.top, plot.bottom));
                segment.append(pixel);
                marks.append({ pixel, point });
            }
            flush();
            if (line.markers && marks.size() <= kMaxMarkers) {
                for (const auto& [pixel, value] : marks) {
                    //: tooltip of a point: %1 = series, %2 = x axis title, %3 = x value, %4 = y value with its unit
                    const QString tooltip = Text::tr("%1 · %2 %3: %4")
                                                .arg(line.label, spec.xTitle, tooltipNumber(value.x()),
                                                    tooltipNumber(value.y()) + line.unit);
                    canvas.marker(0, pixel.x(), pixel.y(), line.color, tooltip);
                }
            }
        }
    }

    for (const XyBand& band : spec.bands) {
        const QString color = band.textColor.isEmpty() ? kMutedText : band.textColor;
        if (band.to > band.from) {
            const double width = px(band.to) - px(band.from);
            const QString label = SvgCanvas::elided(band.label, width - 4.0, 10.0);
            if (label.size() > 1)
                canvas.text(
                    (px(band.from) + px(band.to)) / 2.0, plot.top + 12.0, label, Anchor::Middle, 10.0, color);
        } else {
            const double at = px(band.from);
            canvas.line(at, plot.top, at, plot.bottom, band.fill, 1.2, SvgCanvas::kDash);
            const bool roomRight = plot.right - at > 120.0;
            canvas.text(roomRight ? at + 4.0 : at - 4.0, plot.top + 12.0,
                SvgCanvas::elided(band.label, std::max(plot.right - at, at - plot.left) - 8.0, 10.0),
                roomRight ? Anchor::Start : Anchor::End, 10.0, color);
        }
    }
    if (!any)
        drawNoData(canvas, plot, spec.noData.isEmpty() ? Text::tr("No measured values") : spec.noData);
    drawLegendRows(canvas, rows, plot.bottom + 46.0);
    return { spec.title, canvas.finish(), size, joined(spec.caption, logNote(false, leftIsLog || rightIsLog)) };
}

/// Whole seconds of a load series merged: rates per second, the request-weighted mean p50 and the worst second's
/// other percentiles, the mean level and generator CPU, the largest generator memory. Seconds without a point
/// (nothing completed) count as zero requests; their latencies are NaN.
struct LoadBucket {
    double x = 0; ///< the middle of the bucket, seconds since the start of the run
    double level = std::numeric_limits<double>::quiet_NaN();
    double requests = 0; ///< per second
    double failures = 0;
    double dropped = 0;
    double late = 0;
    double p50 = std::numeric_limits<double>::quiet_NaN();
    double p95 = std::numeric_limits<double>::quiet_NaN();
    double p99 = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double rawP99 = std::numeric_limits<double>::quiet_NaN();
    double rawMax = std::numeric_limits<double>::quiet_NaN();
    double cpu = std::numeric_limits<double>::quiet_NaN();
    double rss = std::numeric_limits<double>::quiet_NaN();
};

int bucketSecondsFor(qint64 span, int maxPoints)
{
    return int(std::max<qint64>(1, (std::max<qint64>(1, span) + maxPoints - 1) / maxPoints));
}

QList<LoadBucket> loadBuckets(const QList<LoadPoint>& points, int bucketSeconds, qint64 shift = 0)
{
    QList<LoadBucket> buckets;
    if (points.isEmpty())
        return buckets;
    const qint64 start = points.first().second;
    const qint64 end = points.last().second + 1;
    const qint64 count = (end - start + bucketSeconds - 1) / bucketSeconds;
    buckets.reserve(count);
    double lastLevel = std::numeric_limits<double>::quiet_NaN();
    qsizetype i = 0;
    for (qint64 b = 0; b < count; ++b) {
        const qint64 bucketStart = start + b * bucketSeconds;
        const qint64 bucketEnd = std::min(end, bucketStart + bucketSeconds);
        const double seconds = double(std::max<qint64>(1, bucketEnd - bucketStart));
        LoadBucket bucket;
        bucket.x = double(bucketStart - shift) + seconds / 2.0;
        quint64 requests = 0;
        double weightedP50 = 0;
        double levelSum = 0;
        int levels = 0;
        double cpuSum = 0;
        int cpus = 0;
        const auto worst = [](double& into, double value) { into = std::isfinite(into) ? std::max(into, value) : value; };
        for (; i < points.size() && points.at(i).second < bucketEnd; ++i) {
            const LoadPoint& p = points.at(i);
            requests += p.requests;
            bucket.failures += double(p.failures);
            bucket.dropped += double(p.dropped);
            bucket.late += double(p.late);
            levelSum += p.level;
            ++levels;
            if (p.generatorCpuPercent >= 0) {
                cpuSum += p.generatorCpuPercent;
                ++cpus;
            }
            if (p.generatorRssMb >= 0)
                worst(bucket.rss, p.generatorRssMb);
            if (p.requests == 0)
                continue;
            weightedP50 += p.p50Ms * double(p.requests);
            worst(bucket.p95, p.p95Ms);
            worst(bucket.p99, p.p99Ms);
            worst(bucket.max, p.maxMs);
            worst(bucket.rawP99, p.rawP99Ms);
            worst(bucket.rawMax, p.rawMaxMs);
        }
        bucket.requests = double(requests) / seconds;
        bucket.failures /= seconds;
        bucket.dropped /= seconds;
        bucket.late /= seconds;
        if (requests > 0)
            bucket.p50 = weightedP50 / double(requests);
        if (levels > 0)
            lastLevel = levelSum / levels;
        bucket.level = lastLevel;
        if (cpus > 0)
            bucket.cpu = cpuSum / cpus;
        buckets.append(bucket);
    }
    return buckets;
}

QList<QPointF> pointsOf(const QList<LoadBucket>& buckets, double LoadBucket::*member)
{
    QList<QPointF> points;
    points.reserve(buckets.size());
    for (const LoadBucket& bucket : buckets)
        points.append({ bucket.x, bucket.*member });
    return points;
}

struct LoadSeries {
    QList<LoadBucket> buckets;
    int bucketSeconds = 1;
    double end = 0; ///< seconds: the end of the x axis
};

LoadSeries loadSeries(const LoadResult& load)
{
    LoadSeries out;
    if (load.series.isEmpty())
        return out;
    const qint64 span = load.series.last().second + 1 - load.series.first().second;
    out.bucketSeconds = bucketSecondsFor(span, kMaxLoadPoints);
    out.buckets = loadBuckets(load.series, out.bucketSeconds);
    out.end = double(load.series.last().second + 1);
    for (const LoadStage& stage : load.stages)
        out.end = std::max(out.end, double(stage.endMs) / 1000.0);
    return out;
}

QString bucketNote(int bucketSeconds)
{
    if (bucketSeconds <= 1)
        return {};
    return Text::tr("Each point covers %n second(s): rates are their mean, percentiles the worst second's.", nullptr,
        bucketSeconds);
}

/// The stress bands: the last good step, the breaking point, the recovery.
QList<XyBand> stressBands(const LoadResult& load)
{
    QList<XyBand> bands;
    if (load.config.kind != LoadConfig::Kind::Stress)
        return bands;
    const auto add = [&](const std::optional<int>& index, const QString& label, const QString& fill,
                         const QString& text) {
        if (!index)
            return;
        if (const LoadStage* stage = detail::findStage(load, *index))
            bands.append({ double(stage->startMs) / 1000.0, double(stage->endMs) / 1000.0, label, fill, text });
    };
    add(load.stress.lastGoodStage, Text::tr("last good"), kGoodBand, kGoodText);
    add(load.stress.breakingStage, Text::tr("breaking point"), kBadBand, kBadText);
    add(load.stress.recoveryStage, Text::tr("recovery"), kRecoveryBand, kRecoveryText);
    return bands;
}

QString stressBandNote(const LoadResult& load)
{
    if (stressBands(load).isEmpty())
        return {};
    return Text::tr("Shaded: the last good step (green), the breaking point (red) and the recovery (blue).");
}

QString noLoadText()
{
    return Text::tr("Not a load test");
}

bool isOpen(const LoadResult& load)
{
    return load.config.model == LoadConfig::Model::Open;
}

XyChartSpec timeSpec(const QString& title, const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec;
    spec.title = title;
    spec.xTitle = Text::tr("Time since start (s)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.noData = run.load ? Text::tr("No second of load was recorded") : noLoadText();
    return spec;
}

} // namespace

Chart loadLevelChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec = timeSpec(Text::tr("Load level and throughput"), run, size, drawTitle);
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    const LoadSeries series = loadSeries(load);
    spec.xMax = series.end;
    spec.bands = stressBands(load);
    const QString unit = loadLevelUnit(load.config.model);
    XyLine requests { Text::tr("Requests completed/s"), kRequestsColor, LineStyle::Solid, 1.8, false, true, false,
        true, {}, pointsOf(series.buckets, &LoadBucket::requests) };
    if (isOpen(load)) {
        // Both in requests per second: one axis, so that the line of the schedule and the line of what came back can
        // be compared directly.
        spec.leftTitle = Text::tr("Requests per second");
        spec.lines.append({ Text::tr("Target arrival rate"), kLevelColor, LineStyle::Dashed, 1.6, false, true, false,
            true, {}, pointsOf(series.buckets, &LoadBucket::level) });
        spec.lines.append(requests);
        spec.caption = Text::tr("The arrival rate the schedule asked for (dashed) and the requests completed per "
                                "second (solid).");
    } else {
        spec.leftTitle = Text::tr("Virtual users");
        spec.rightTitle = Text::tr("Requests per second");
        spec.rightColor = kRequestsColor;
        spec.lines.append({ Text::tr("Virtual users"), kLevelColor, LineStyle::Dashed, 1.6, false, true, false, true,
            QLatin1Char(' ') + unit, pointsOf(series.buckets, &LoadBucket::level) });
        requests.right = true;
        spec.lines.append(requests);
        spec.caption = Text::tr("Virtual users running (dashed, left axis) and the requests they completed per second "
                                "(solid, right axis).");
    }
    spec.caption = joined(joined(spec.caption, stressBandNote(load)), bucketNote(series.bucketSeconds));
    return xyChart(spec);
}

Chart loadLatencyChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec = timeSpec(Text::tr("Response time over time"), run, size, drawTitle);
    spec.leftTitle = Text::tr("Response time (ms)");
    spec.leftLog = true;
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    const LoadSeries series = loadSeries(load);
    spec.xMax = series.end;
    spec.bands = stressBands(load);
    const bool open = isOpen(load);
    const auto line = [&](const QString& label, const QString& color, LineStyle style, double LoadBucket::*member) {
        return XyLine { label, color, style, style == LineStyle::Solid ? 1.8 : 1.6, false, true, false, true,
            QStringLiteral(" ms"), pointsOf(series.buckets, member) };
    };
    if (open) {
        spec.lines.append(line(Text::tr("raw max"), kMaxColor, LineStyle::Dotted, &LoadBucket::rawMax));
        spec.lines.append(line(Text::tr("raw p99"), kP99Color, LineStyle::Dashed, &LoadBucket::rawP99));
    } else {
        spec.lines.append(line(Text::tr("max"), kMaxColor, LineStyle::Dotted, &LoadBucket::max));
    }
    spec.lines.append(line(Text::tr("p99"), kP99Color, LineStyle::Solid, &LoadBucket::p99));
    spec.lines.append(line(Text::tr("p95"), kP95Color, LineStyle::Solid, &LoadBucket::p95));
    spec.lines.append(line(Text::tr("p50"), kP50Color, LineStyle::Solid, &LoadBucket::p50));
    // The legend reads best from the median up.
    std::reverse(spec.lines.begin(), spec.lines.end());
    spec.caption = open
        ? Text::tr("Solid: p50, p95 and p99 of each second, measured from every request's intended send time. Dashed "
                   "and dotted: the raw p99 and max, measured from the moment a request was actually sent — what a "
                   "closed-loop tool would report. Where the solid lines rise above the dashed one, the target (or "
                   "the generator) stalled and requests queued behind the schedule.")
        : Text::tr("p50, p95, p99 (solid) and max (dotted) of the requests completed in each second. In the closed "
                   "model a user waits for each answer before sending again, so a stall of the target delays the "
                   "requests instead of showing in their latencies (coordinated omission); the open model shows it.");
    spec.caption = joined(joined(spec.caption, stressBandNote(load)), bucketNote(series.bucketSeconds));
    return xyChart(spec);
}

Chart loadErrorsChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    const bool open = run.load && isOpen(*run.load);
    XyChartSpec spec = timeSpec(
        open ? Text::tr("Errors, dropped and late requests") : Text::tr("Failed requests over time"), run, size, drawTitle);
    spec.leftTitle = Text::tr("Requests per second");
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    const LoadSeries series = loadSeries(load);
    spec.xMax = series.end;
    spec.bands = stressBands(load);
    spec.leftAtLeast = 1.0;
    spec.lines.append({ Text::tr("Errors/s"), kErrorsColor, LineStyle::Solid, 1.8, false, true, false, true,
        QStringLiteral(" /s"), pointsOf(series.buckets, &LoadBucket::failures) });
    if (open) {
        spec.lines.append({ Text::tr("Dropped/s"), kDroppedColor, LineStyle::Dashed, 1.6, false, true, false, true,
            QStringLiteral(" /s"), pointsOf(series.buckets, &LoadBucket::dropped) });
        spec.lines.append({ Text::tr("Late/s"), kP95Color, LineStyle::Dotted, 1.6, false, true, false, true,
            QStringLiteral(" /s"), pointsOf(series.buckets, &LoadBucket::late) });
        //: %1 = the maximum of requests in flight, %2 = milliseconds
        spec.caption = Text::tr("Failed requests per second; dropped: due requests not sent because %1 were in flight; "
                                "late: sent more than %2 ms after their intended time (the generator fell behind).")
                           .arg(load.config.maxInFlight)
                           .arg(kLateMs);
    } else {
        spec.caption = Text::tr("Failed requests (transport errors and unexpected statuses) per second.");
    }
    spec.caption = joined(joined(spec.caption, stressBandNote(load)), bucketNote(series.bucketSeconds));
    return xyChart(spec);
}

Chart loadGeneratorChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec = timeSpec(Text::tr("Load generator CPU and memory"), run, size, drawTitle);
    spec.leftTitle = Text::tr("CPU (% of one core)");
    spec.rightTitle = Text::tr("Resident memory (MB)");
    spec.leftColor = kRequestsColor;
    spec.rightColor = kMemoryColor;
    spec.leftAtLeast = 100.0;
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    const LoadSeries series = loadSeries(load);
    spec.xMax = series.end;
    spec.noData = Text::tr("The generator's CPU and memory were not measured");
    spec.lines.append({ Text::tr("CPU %"), kRequestsColor, LineStyle::Solid, 1.8, false, true, false, true,
        QStringLiteral(" %"), pointsOf(series.buckets, &LoadBucket::cpu) });
    spec.lines.append({ Text::tr("Resident memory"), kMemoryColor, LineStyle::Dashed, 1.6, true, true, false, true,
        QStringLiteral(" MB"), pointsOf(series.buckets, &LoadBucket::rss) });
    //: %1 = worker threads, %n = seconds
    spec.caption = Text::tr("ScaleScope's own process: 100 % is one core busy (%1 worker thread(s) generated the "
                            "load). A generator near its cores' limit, or one whose requests go out late, measures "
                            "itself as much as the target: %n second(s) were saturated.",
        nullptr, load.saturatedSeconds)
                       .arg(load.threads);
    spec.caption = joined(spec.caption, bucketNote(series.bucketSeconds));
    return xyChart(spec);
}

Chart loadSweepChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec;
    spec.title = Text::tr("Throughput vs concurrency");
    spec.xTitle = Text::tr("Virtual users");
    spec.leftTitle = Text::tr("Throughput (requests/s)");
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.noData = run.load ? Text::tr("No level of the sweep was measured") : noLoadText();
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    QList<analysis::UslPoint> points;
    XyLine measured { Text::tr("measured"), kRequestsColor, LineStyle::Solid, 1.8, false, false, true, true,
        QStringLiteral(" req/s"), {} };
    double maxLevel = 0;
    double maxThroughput = 0;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Hold || stage.requests == 0)
            continue;
        points.append({ stage.level, stage.throughput });
        measured.points.append({ stage.level, stage.throughput });
        maxLevel = std::max(maxLevel, stage.level);
        maxThroughput = std::max(maxThroughput, stage.throughput);
    }
    const analysis::UslFit fit = analysis::fitUsl(points);
    spec.xMax = std::max(1.0, maxLevel) * 1.05;
    if (fit.ok) {
        const bool peakShown = std::isfinite(fit.peakConcurrency) && fit.peakConcurrency <= 2.0 * maxLevel;
        if (peakShown)
            spec.xMax = std::max(spec.xMax, fit.peakConcurrency * 1.1);
        XyLine curve { Text::tr("USL fit"), kFitColor, LineStyle::Solid, 1.6, false, true, false, true,
            QStringLiteral(" req/s"), {} };
        XyLine linear { Text::tr("linear scaling (λ·N)"), kMaxColor, LineStyle::Dotted, 1.4, false, true, false, true,
            QStringLiteral(" req/s"), {} };
        constexpr int kSteps = 120;
        const double from = 1.0;
        const double to = spec.xMax;
        for (int i = 0; i <= kSteps; ++i) {
            const double n = from + (to - from) * double(i) / kSteps;
            curve.points.append({ n, fit.predict(n) });
            // Ideal scaling only as far as it stays in the picture of what was measured.
            if (fit.lambda * n <= 1.25 * std::max(maxThroughput, fit.predict(n)))
                linear.points.append({ n, fit.lambda * n });
        }
        spec.lines.append(linear);
        spec.lines.append(curve);
        if (peakShown)
            //: a marker of a chart, %1 = users
            spec.bands.append({ fit.peakConcurrency, fit.peakConcurrency,
                Text::tr("peak ≈ %1 users").arg(detail::svgNumber(fit.peakConcurrency, 1)), kFitColor, kFitColor });
        //: %1 = sigma, %2 = kappa, %3 = lambda (requests/s of one user), %4 = R²
        spec.caption = Text::tr("Measured throughput per level (points) and the Universal Scalability Law X(N) = "
                                "λN / (1 + σ(N − 1) + κN(N − 1)) fitted to it: σ = %1 (contention), κ = %2 "
                                "(coherency), λ = %3 requests/s per user, R² = %4.")
                           .arg(QString::number(fit.sigma, 'g', 3), QString::number(fit.kappa, 'g', 3),
                               QString::number(fit.lambda, 'f', 1), QString::number(fit.r2, 'f', 3));
        if (std::isfinite(fit.peakConcurrency))
            //: %1 = users, %2 = requests per second
            spec.caption = joined(spec.caption,
                Text::tr("Throughput peaks at about %1 users with %2 requests/s.")
                    .arg(detail::svgNumber(fit.peakConcurrency, 1), QString::number(fit.maxThroughput, 'f', 0)));
        else
            spec.caption = joined(spec.caption,
                Text::tr("The fitted curve has no peak: throughput still rises at the largest level measured."));
    } else {
        //: %1 = why the fit failed
        spec.caption = Text::tr("Measured throughput per level. No Universal Scalability Law curve: %1")
                           .arg(fit.reason.isEmpty() ? Text::tr("the fit failed") : fit.reason);
    }
    spec.lines.append(measured);
    return xyChart(spec);
}

Chart loadIntervalChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec = timeSpec(Text::tr("Response time and errors per interval"), run, size, drawTitle);
    spec.leftTitle = Text::tr("Response time (ms)");
    spec.rightTitle = Text::tr("Errors (%)");
    spec.rightColor = kErrorsColor;
    spec.rightAtLeast = 1.0;
    spec.noData = run.load ? Text::tr("No interval was measured") : noLoadText();
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    XyLine p95 { Text::tr("p95"), kP95Color, LineStyle::Solid, 1.8, false, true, false, true, QStringLiteral(" ms"),
        {} };
    XyLine p99 { Text::tr("p99"), kP99Color, LineStyle::Solid, 1.8, false, true, false, true, QStringLiteral(" ms"),
        {} };
    XyLine errors { Text::tr("errors %"), kErrorsColor, LineStyle::Dashed, 1.6, true, true, false, true,
        QStringLiteral(" %"), {} };
    QList<QPair<double, double>> trendPoints;
    double first = std::numeric_limits<double>::infinity();
    double last = 0;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Interval)
            continue;
        const double x = double(stage.startMs + stage.endMs) / 2000.0;
        spec.xMax = std::max(spec.xMax, double(stage.endMs) / 1000.0);
        if (stage.requests == 0) {
            errors.points.append({ x, 0.0 });
            continue;
        }
        p95.points.append({ x, stage.p95Ms });
        p99.points.append({ x, stage.p99Ms });
        errors.points.append({ x, stage.errorRatePercent() });
        trendPoints.append({ x, stage.p95Ms });
        first = std::min(first, x);
        last = std::max(last, x);
    }
    p95.markers = p99.markers = errors.markers = true;
    spec.lines = { p95, p99, errors };
    spec.caption = Text::tr("Per interval of the hold: p95 and p99 (left axis) and the share of failed requests "
                            "(right axis).");
    const analysis::Trend trend = analysis::trendPerHour(trendPoints);
    if (trend.ok && last > first) {
        XyLine line { Text::tr("p95 trend"), kP95Color, LineStyle::Dotted, 1.4, false, true, false, true,
            QStringLiteral(" ms"), {} };
        for (const double t : { first, last })
            line.points.append({ t, trend.intercept + trend.slopePerHour * t / 3600.0 });
        spec.lines.append(line);
        //: %1 = signed ms per hour, %2 = p-value
        spec.caption = joined(spec.caption,
            Text::tr("Dotted: the p95 trend (Theil–Sen), %1 ms per hour (Mann–Kendall p = %2).")
                .arg(QString::number(trend.slopePerHour, 'f', 2), QString::number(trend.pValue, 'g', 2)));
    }
    return xyChart(spec);
}

Chart loadMemoryChart(const RunResult& run, QSizeF size, bool drawTitle)
{
    XyChartSpec spec = timeSpec(Text::tr("Target memory over time"), run, size, drawTitle);
    spec.leftTitle = Text::tr("Resident memory (MB)");
    spec.leftColor = kMemoryColor;
    if (!run.load)
        return xyChart(spec);
    const LoadResult& load = *run.load;
    XyLine memory { Text::tr("target resident memory"), kMemoryColor, LineStyle::Solid, 1.8, false, true, false, true,
        QStringLiteral(" MB"), {} };
    QList<QPair<double, double>> trendPoints;
    for (const MemorySample& sample : load.targetMemory) {
        const double t = double(sample.elapsedMs) / 1000.0;
        memory.points.append({ t, sample.rssMb });
        trendPoints.append({ t, sample.rssMb });
    }
    memory.markers = true;
    for (const LoadStage& stage : load.stages)
        spec.xMax = std::max(spec.xMax, double(stage.endMs) / 1000.0);
    spec.lines.append(memory);
    if (!load.targetMemoryError.isEmpty())
        spec.noData = load.targetMemoryError;
    else if (load.targetMemorySource.isEmpty())
        spec.noData = Text::tr("No memory source was configured (--metrics-url or --memory-pid)");
    else
        spec.noData = Text::tr("No memory sample was taken");
    if (!load.targetMemorySource.isEmpty())
        //: %1 = where the memory came from ("http://…/metrics", "pid 1234")
        spec.caption = Text::tr("Resident memory of the target from %1.").arg(detail::displaySource(load.targetMemorySource));
    if (!load.targetMemoryError.isEmpty())
        //: %1 = the error of the memory source
        spec.caption = joined(spec.caption, Text::tr("The source failed: %1").arg(load.targetMemoryError));
    const analysis::Trend trend = analysis::trendPerHour(trendPoints);
    if (trend.ok && memory.points.size() >= 2) {
        XyLine line { Text::tr("trend"), kMemoryColor, LineStyle::Dotted, 1.4, false, true, false, true,
            QStringLiteral(" MB"), {} };
        for (const double t : { memory.points.first().x(), memory.points.last().x() })
            line.points.append({ t, trend.intercept + trend.slopePerHour * t / 3600.0 });
        spec.lines.append(line);
        //: %1 = signed MB per hour, %2 = p-value
        spec.caption = joined(spec.caption,
            Text::tr("Dotted: the trend (Theil–Sen), %1 MB per hour (Mann–Kendall p = %2).")
                .arg(QString::number(trend.slopePerHour, 'f', 2), QString::number(trend.pValue, 'g', 2)));
    }
    return xyChart(spec);
}

Chart loadComparisonChart(const RunResult& base, const RunResult& candidate, const QString& baseLabel,
    const QString& candidateLabel, QSizeF size, bool drawTitle)
{
    XyChartSpec spec;
    spec.title = Text::tr("p99 and max over time, both runs");
    spec.xTitle = Text::tr("Time since the first stage started (s)");
    spec.leftTitle = Text::tr("Response time (ms)");
    spec.leftLog = true;
    spec.size = size;
    spec.drawTitle = drawTitle;
    spec.noData = base.load && candidate.load ? Text::tr("No second of load was recorded")
                                              : Text::tr("Both runs must be load tests");
    if (!base.load || !candidate.load)
        return xyChart(spec);
    const auto startOf = [](const LoadResult& load) {
        qint64 start = load.series.isEmpty() ? 0 : load.series.first().second;
        if (!load.stages.isEmpty())
            start = load.stages.first().startMs / 1000;
        return start;
    };
    const auto spanOf = [&](const LoadResult& load) {
        return load.series.isEmpty() ? qint64(0) : load.series.last().second + 1 - startOf(load);
    };
    const int bucketSeconds
        = bucketSecondsFor(std::max(spanOf(*base.load), spanOf(*candidate.load)), kMaxLoadPoints);
    const auto measuredPart = [&](const LoadResult& load) {
        QList<LoadPoint> points;
        const qint64 start = startOf(load);
        for (const LoadPoint& point : load.series) {
            if (point.second >= start)
                points.append(point);
        }
        return points;
    };
    const QList<LoadBucket> a = loadBuckets(measuredPart(*base.load), bucketSeconds, startOf(*base.load));
    const QList<LoadBucket> b = loadBuckets(measuredPart(*candidate.load), bucketSeconds, startOf(*candidate.load));
    //: series of a chart, %1 = the run ("base (run 12)")
    spec.lines.append({ Text::tr("max, %1").arg(baseLabel), kMaxColor, LineStyle::Dashed, 1.4, false, true, false,
        true, QStringLiteral(" ms"), pointsOf(a, &LoadBucket::max) });
    spec.lines.append({ Text::tr("p99, %1").arg(baseLabel), kP99Color, LineStyle::Dashed, 1.6, false, true, false,
        true, QStringLiteral(" ms"), pointsOf(a, &LoadBucket::p99) });
    spec.lines.append({ Text::tr("max, %1").arg(candidateLabel), kMaxColor, LineStyle::Solid, 1.4, false, true, false,
        true, QStringLiteral(" ms"), pointsOf(b, &LoadBucket::max) });
    spec.lines.append({ Text::tr("p99, %1").arg(candidateLabel), kP99Color, LineStyle::Solid, 1.8, false, true, false,
        true, QStringLiteral(" ms"), pointsOf(b, &LoadBucket::p99) });
    spec.caption = Text::tr("p99 and max of each second, dashed: the base run, solid: the candidate run. Open-model "
                            "runs measure from the intended send time, closed-model runs from the actual send.");
    spec.caption = joined(spec.caption, bucketNote(bucketSeconds));
    return xyChart(spec);
}

} // namespace scalescope::report
