// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/runanalysis.h"
#include "engine/runtypes.h"
#include "report/charts.h"
#include "report/document.h"

#include <QByteArray>
#include <QString>

namespace scalescope::report {

/// What identifies a run in a report (the history id and name when it is stored).
struct RunLabel {
    qint64 historyId = 0; ///< 0 when not stored
    QString name; ///< empty: the plan's name
};

/// The report of one run: test configuration (never a secret), response time vs dataset size per endpoint,
/// success-rate bars, endpoint × size heatmap, over-time chart, per-size result tables, summary statistics,
/// scaling, findings with recommendations, threshold verdicts, errors by kind with sample messages.
/// Section ids: "configuration", "scaling-chart", "success", "heatmap", "over-time", "results", "summary",
/// "scaling", "findings", "thresholds", "errors".
///
/// A load test (RunResult::load set) is presented as one instead: "load-summary" (the outcome in words, the
/// generator-saturation warning first), "configuration" (kind, model, levels, durations, stop conditions, threads,
/// connections, memory source; endpoints with their weights), then by kind "load-stress" (breaking point, last good
/// step, recovery, the marked level chart), "load-sweep" (throughput vs users with the USL fit) or "load-endurance"
/// (per-interval chart, trends, intervals); "load-over-time" (level and requests/s — in the stress section for
/// stress tests —, corrected percentiles with the raw p99 and max of the open model, errors/dropped/late, generator
/// CPU and memory), "load-memory" (the target's memory, when a source was set or for endurance), "load-stages" (a
/// table of the stages, a subsection "load-stage-<index>" of endpoints per stage), "findings", "thresholds" (per
/// endpoint per stage), "errors". A pure function.
[[nodiscard]] Document runReport(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label = {});

/// The report of a comparison: both runs' configuration side by side, overlaid response-time lines per
/// endpoint, the verdict per endpoint, the delta table per cell with its significance, complexity-class
/// changes, cells only one run measured, and the reasons when the runs cannot be compared. Section ids:
/// "runs", "summary", "overlay", "endpoints", "cells", "classes", "unmatched".
///
/// Two load tests: "runs" (with the load configuration; a different model is marked and explained in "summary"),
/// "summary", "load-overlay" (p99 and max over time), "load-stages" (per stage the p50/p99/max, raw p99/max, errors,
/// dropped and late of both runs in adjacent rows), "load-endpoints" (per stage and endpoint p99 and max side by
/// side), "endpoints", "cells", "unmatched". Stages are paired by role and level (same model), else by role and
/// order — so an open-model run and a closed-model run at the same throughput can be put side by side. A pure
/// function.
[[nodiscard]] Document comparisonReport(const RunResult& base, const RunLabel& baseLabel, const RunResult& candidate,
    const RunLabel& candidateLabel, const analysis::RunComparison& comparison);

/// One self-contained HTML file (UTF-8, XHTML-compatible markup): inline CSS (screen and print), inline SVG
/// charts, no external request of any kind, a table of contents linking the section ids.
[[nodiscard]] QByteArray toHtml(const Document& document);

/// CSV (RFC 4180, header row): one row per cell (endpoint, size, records, count, successes, failures by kind,
/// min/mean/p50/p90/p95/p99/max ms, throughput); with @p perSample one row per raw sample instead.
/// A load test's cells also name their stage ("stage", "stage_role"; size is the stage's level); with @p perSample
/// a load test gives one row per second of LoadResult::series instead (level, requests, failures, dropped, late,
/// corrected and raw percentiles, generator CPU and memory) — its cells' raw samples are only a reservoir of each
/// stage, kept in the JSON results.
[[nodiscard]] QByteArray toCsv(const RunResult& run, bool perSample = false);

/// JUnit XML for CI systems: a test suite per run, a test case per threshold per endpoint ("p95 < 300 ms" for
/// "List prompts"), failed with the violating cells' messages; scaling ceilings too.
///
/// Test case names are identifiers to CI systems (history, flakiness) and are not translated:
/// "<endpoint>: <metric> ≤ <limit>" with the plan-file metric names ("List prompts: p95 ≤ 300 ms",
/// "Get prompt: error_rate ≤ 1 %", "Get prompt: throughput ≥ 100 req/s", "Find duplicates: scaling ≤ O(n)");
/// for a load test a case per threshold per endpoint too, checked at every stage, its failure naming the stages;
/// scaling ceilings do not apply to load tests and are <skipped/>;
/// classname is @p label's name or the plan's. The messages are translated. A threshold for every endpoint gives a
/// case per endpoint; an endpoint with no measured cell is <skipped/>; a threshold naming an endpoint the plan does
/// not measure is an <error/>. The first case, "run completed", fails when the run did not complete, so that a run
/// that died before measuring is never green. tests/failures/errors/skipped are set on both <testsuites> and
/// <testsuite>.
[[nodiscard]] QByteArray toJUnit(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label = {});

/// The charts of a run report by file name stem ("response-time", "success-rate", "heatmap", "over-time"; for a load
/// test "load-level", "load-latency", "load-errors", "load-generator" and, by kind, "load-sweep", "load-intervals",
/// "load-memory"), as SVG at
/// their natural size, each with its title drawn inside (standalone images). The report's own charts (runReport())
/// leave the title to the renderer. Other sizes: the chart functions of report/charts.h.
[[nodiscard]] QList<QPair<QString, Chart>> runCharts(const RunResult& run);

} // namespace scalescope::report
