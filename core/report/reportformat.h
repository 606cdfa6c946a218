// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers of core/report: escaping, number and date formatting, secret redaction, threshold grouping.
// Not part of the report API (reports.h, charts.h).

#include "analysis/thresholds.h"
#include "engine/runtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace scalescope::report::detail {

/// Text for XML character data and attribute values: & < > " escaped, characters XML 1.0 forbids (C0 controls
/// other than tab and newline, lone surrogates, U+FFFE/U+FFFF) dropped, carriage returns turned into newlines.
[[nodiscard]] QString xmlEscaped(QStringView text);
/// @p text without the characters XML 1.0 forbids (for QXmlStreamWriter, which escapes but does not drop them).
[[nodiscard]] QString xmlCharactersOnly(QStringView text);

/// A coordinate for SVG: at most @p decimals decimals, trailing zeros dropped ("12", "12.5", "-0.25").
[[nodiscard]] QString svgNumber(double value, int decimals = 1);

/// "2026-12-01 09:00:00 UTC"; "–" when invalid.
[[nodiscard]] QString formatDateTime(const QDateTime& time);
/// A duration for people: "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min".
[[nodiscard]] QString formatDuration(qint64 ms);
/// Milliseconds with their unit: "0.152 ms", "12.35 ms" (results::formatMs()).
[[nodiscard]] QString formatMsUnit(double ms);
/// "99.5 %" (one decimal unless the value is whole: "100 %").
[[nodiscard]] QString formatPercent(double percent);

/// The target as a report may show it: scheme, host, port and path; never user info, query or fragment.
[[nodiscard]] QString displayUrl(const QUrl& url);
/// A request path with the values of query parameters that look secret (key, token, secret, password,
/// signature, auth, session, credential) replaced by "***"; template placeholders and other values kept.
[[nodiscard]] QString redactedPath(const QString& path);

/// The endpoints of a run in the plan's order, then any endpoint only the cells name.
[[nodiscard]] QStringList endpointNames(const RunResult& run);
/// The dataset sizes of a run's cells, ascending and distinct (the plan's sizes when no cell was measured).
[[nodiscard]] QList<int> measuredSizes(const RunResult& run);
/// The cell of (endpoint, size), or nullptr.
[[nodiscard]] const CellResult* findCell(const RunResult& run, const QString& endpoint, int size);
/// Records the target held while @p cell was measured, or its size for sweeps: the x of the scale charts.
[[nodiscard]] double cellX(const CellResult& cell);

// --- Load tests: each cell is one (stage, endpoint), CellResult::sizeIndex the stage's index.

/// The stage of @p load with index @p index, or nullptr.
[[nodiscard]] const LoadStage* findStage(const LoadResult& load, int index);
/// The cell of (stage, endpoint), or nullptr.
[[nodiscard]] const CellResult* findStageCell(const RunResult& run, int stageIndex, const QString& endpoint);
/// The stages that have cells (every role but Interval), in run order.
[[nodiscard]] QList<const LoadStage*> cellStages(const LoadResult& load);
/// A level with its unit, translated: "10 users", "500 requests/s" (up to one decimal).
[[nodiscard]] QString levelText(double level, LoadConfig::Model model);
/// A memory source for a report ("pid 4242", or a URL shown as displayUrl() shows it: never user info or a query).
[[nodiscard]] QString displaySource(const QString& source);
/// A stage for people: "Step 3 (30 users)".
[[nodiscard]] QString stageText(const LoadStage& stage, const LoadResult& load);
/// The stage named by a cell of a load run ("Step 3 (30 users)"); the size for a cell of no stage.
[[nodiscard]] QString cellStageText(const RunResult& run, const CellResult& cell);

/// A threshold checked against one (stage, endpoint) cell of a load run: the analysis checks the same cells
/// (analysis::evaluateThresholds()), this names the stage each verdict belongs to.
struct StageVerdict {
    const CellResult* cell = nullptr;
    const LoadStage* stage = nullptr; ///< nullptr when the cell belongs to no stage of the result
    double value = 0.0;
    bool passed = true;
};
/// The verdicts of @p threshold for @p endpoint, one per measured cell in run order; empty for a scaling ceiling.
[[nodiscard]] QList<StageVerdict> stageVerdicts(const RunResult& run, const Threshold& threshold, const QString& endpoint);

/// Stable, untranslated label of a threshold: "p95 ≤ 300 ms", "error_rate ≤ 1 %", "throughput ≥ 100 req/s",
/// "scaling ≤ O(n)".
[[nodiscard]] QString thresholdLabel(const Threshold& threshold);
/// A threshold's value with its unit: "312 ms", "2.50 %", "95.0 req/s".
[[nodiscard]] QString thresholdValue(ThresholdMetric metric, double value);

/// Every verdict of one (threshold, endpoint) pair of the plan.
struct ThresholdGroup {
    Threshold threshold;
    QString endpoint;
    QList<analysis::ThresholdVerdict> verdicts; ///< empty when no cell of the endpoint was measured
    [[nodiscard]] int failures() const;
    [[nodiscard]] bool measured() const { return !verdicts.isEmpty(); }
};
/// The verdicts grouped per (threshold, endpoint), in plan order of the thresholds and then of the endpoints; a
/// threshold for every endpoint yields one group per endpoint. Thresholds naming an unknown endpoint
/// (report.unmatched) and repeated thresholds yield none.
[[nodiscard]] QList<ThresholdGroup> groupThresholds(const RunResult& run, const analysis::ThresholdReport& report);

} // namespace scalescope::report::detail
