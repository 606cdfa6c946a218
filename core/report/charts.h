// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "engine/runtypes.h"
#include "report/document.h"

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace scalescope::report {

/// The chart writers: pure functions from numbers to a Chart whose svg is self-contained SVG 1.1 text (xmlns set,
/// no external reference, no id, no CSS, no script; presentation attributes only, so QSvgRenderer draws it as a
/// browser does), width, height and viewBox equal to the size, font family "DejaVu Sans, sans-serif". An invalid
/// or empty size means the chart's natural size (which grows with the legend and the rows). Text is escaped.

/// A legend entry of one colour: an endpoint.
struct LegendEntry {
    QString label;
    int colorIndex = 0; ///< endpointColor() index; also picks the marker shape (circle, square, triangle) per cycle
};

/// A legend entry of one line style: "solid: p50", "dashed: p95".
struct LineStyleKey {
    QString label;
    bool dashed = false;
};

struct LineSeries {
    QString name; ///< the tooltip of its points ("List prompts p50")
    int colorIndex = 0;
    bool dashed = false; ///< thinner and dashed, without markers
    QList<QPointF> points; ///< (x, y) in any order; drawn sorted by x; points ≤ 0 are dropped on a log axis
};

/// Lines over a numeric x axis: response time vs dataset size, a comparison overlay.
struct LineChartSpec {
    QString title;
    QString xTitle;
    QString yTitle;
    QList<LineSeries> series;
    QList<LegendEntry> legend;
    QList<LineStyleKey> styleKeys; ///< shown above the legend entries
    QString caption; ///< copied to Chart::caption; the writer appends a note when an axis is logarithmic
    QSizeF size;
    bool drawTitle = false; ///< draw the title inside the image (a standalone export); reports use Chart::title
};
/// Linear axes from 0 with round ticks, each axis logarithmic (whole decades, minor ticks) when its positive values
/// span more than two decades.
[[nodiscard]] Chart lineChart(const LineChartSpec& spec);

struct BarSeries {
    QString name;
    int colorIndex = 0;
    QList<double> values; ///< one per category; NaN = not measured (no bar)
};

/// Grouped bars: a group per category, a bar per series.
struct BarChartSpec {
    QString title;
    QString xTitle;
    QString yTitle;
    QStringList categories;
    QList<BarSeries> series;
    double yMax = 100.0; ///< the axis runs 0 … yMax (success rates in percent)
    QString valueSuffix = QStringLiteral(" %"); ///< of tooltips and tick labels
    QString caption;
    QSizeF size;
    bool drawTitle = false;
};
[[nodiscard]] Chart barChart(const BarChartSpec& spec);

enum class HeatmapUnit { Milliseconds, Percent };

/// A grid of rows × columns, each cell coloured on viridis (logarithmically when the values span more than one
/// decade) and labelled with its value in black or white, whichever contrasts; a colour legend at the right.
struct HeatmapSpec {
    QString title;
    QString columnTitle; ///< under the column labels ("Dataset size")
    QString valueTitle; ///< above the colour legend ("p50 (ms)")
    QStringList rows;
    QStringList columns;
    QList<double> values; ///< row-major, rows.size() × columns.size(); NaN = not measured (grey, "–")
    HeatmapUnit unit = HeatmapUnit::Milliseconds;
    QString caption;
    QSizeF size;
    bool drawTitle = false;
};
[[nodiscard]] Chart heatmapChart(const HeatmapSpec& spec);

/// Requests/s and errors/s on the left axis, p50 and p95 (ms) on the right, over the seconds of a run; the
/// seconds are merged into buckets so that at most @p maxPoints points are drawn per line.
struct OverTimeSpec {
    QString title;
    QList<TimeSeriesPoint> points;
    int maxPoints = 240;
    QString caption;
    QSizeF size;
    bool drawTitle = false;
};
[[nodiscard]] Chart overTimeChart(const OverTimeSpec& spec);

// ---------------------------------------------------------------------------------------------------------------
// The charts of a run and of a comparison, translated titles and captions.

/// p50 (solid, with markers) and p95 (dashed) against the records the target held, one colour per endpoint.
[[nodiscard]] Chart responseTimeChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Success rate per size (groups) and endpoint (bars).
[[nodiscard]] Chart successRateChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// p50 per endpoint (rows) and size (columns).
[[nodiscard]] Chart latencyHeatmap(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// The run's time series.
[[nodiscard]] Chart runOverTimeChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Median per endpoint and size of both runs: base dashed, candidate solid, the colour of the endpoint.
[[nodiscard]] Chart comparisonChart(const analysis::RunComparison& comparison, const QString& baseLabel,
    const QString& candidateLabel, QSizeF size = {}, bool drawTitle = false);

// ---------------------------------------------------------------------------------------------------------------
// Load tests (RunResult::load set): over-time charts from LoadResult::series, merged into buckets of whole seconds so
// that a line has at most about 300 points whatever the duration. Each returns a chart that says so when the run
// has no load result or nothing to draw. Stress runs mark the last good step, the breaking point and the recovery.

/// The level (users or the target arrival rate) and the requests completed per second.
[[nodiscard]] Chart loadLevelChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// p50, p95 and p99 from the intended send times; in the open model also the raw (uncorrected) p99 and max, in a
/// second style, so that a stall the schedule exposes shows next to what a closed-loop tool would have reported.
[[nodiscard]] Chart loadLatencyChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Failed requests per second; in the open model also dropped and late requests per second.
[[nodiscard]] Chart loadErrorsChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// The load generator's own CPU (percent of one core) and resident memory.
[[nodiscard]] Chart loadGeneratorChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Concurrency sweep: throughput per level against the users, with the Universal Scalability Law fitted to them
/// (analysis::fitUsl()) and its peak.
[[nodiscard]] Chart loadSweepChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Endurance: p95 and p99 per interval (left) and the error rate per interval (right), with the p95 trend.
[[nodiscard]] Chart loadIntervalChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// The target's resident memory over time (LoadResult::targetMemory) with its trend; the source's error when it
/// failed.
[[nodiscard]] Chart loadMemoryChart(const RunResult& run, QSizeF size = {}, bool drawTitle = false);
/// Two load runs over time, aligned on the start of their first stage: the p99 and the max of every second from the
/// intended send times, base dashed, candidate solid.
[[nodiscard]] Chart loadComparisonChart(const RunResult& base, const RunResult& candidate, const QString& baseLabel,
    const QString& candidateLabel, QSizeF size = {}, bool drawTitle = false);

} // namespace scalescope::report
