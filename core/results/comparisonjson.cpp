// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/comparisonjson.h"

#include "plan/planparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace scalescope::results {

namespace {

QJsonValue number(double value, int decimals = 4)
{
    if (!std::isfinite(value))
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject runToJson(const ComparedRun& run)
{
    return QJsonObject { { QStringLiteral("history_id"), run.historyId },
                         { QStringLiteral("name"), run.name },
                         { QStringLiteral("started_at"), run.startedAt.toString(Qt::ISODateWithMs) } };
}

QJsonArray keysToJson(const QList<analysis::CellKey>& keys)
{
    QJsonArray out;
    for (const analysis::CellKey& key : keys)
        out.append(QJsonObject { { QStringLiteral("endpoint"), key.endpoint }, { QStringLiteral("size"), key.size } });
    return out;
}

QString regressionKindName(analysis::Regression::Kind kind)
{
    switch (kind) {
    case analysis::Regression::Kind::Latency: return QStringLiteral("latency");
    case analysis::Regression::Kind::SuccessRate: return QStringLiteral("success_rate");
    case analysis::Regression::Kind::RunWide: return QStringLiteral("run_wide");
    }
    return {};
}

} // namespace

QJsonObject comparisonToJson(const analysis::RunComparison& comparison, const ComparedRun& base, const ComparedRun& candidate,
                             std::optional<double> tolerancePercent)
{
    QJsonArray cells;
    for (const analysis::CellComparison& cell : comparison.cells) {
        cells.append(QJsonObject {
            { QStringLiteral("endpoint"), cell.endpoint },
            { QStringLiteral("size"), cell.size },
            { QStringLiteral("verdict"), analysis::changeVerdictName(cell.verdict) },
            { QStringLiteral("isolated"), cell.isolated },
            { QStringLiteral("base_p50_ms"), number(cell.baseMedianMs) },
            { QStringLiteral("candidate_p50_ms"), number(cell.candidateMedianMs) },
            { QStringLiteral("base_p95_ms"), number(cell.baseP95Ms) },
            { QStringLiteral("candidate_p95_ms"), number(cell.candidateP95Ms) },
            { QStringLiteral("change_percent"), number(cell.changePercent, 2) },
            { QStringLiteral("adjusted_change_percent"), number(cell.adjustedChangePercent, 2) },
            { QStringLiteral("p_value"), number(cell.test.pValue, 6) },
            { QStringLiteral("p_adjusted"), number(cell.pAdjusted, 6) },
            { QStringLiteral("cliffs_delta"), number(cell.test.cliffsDelta, 4) },
            { QStringLiteral("base_success_rate"), number(cell.baseSuccessRate, 6) },
            { QStringLiteral("candidate_success_rate"), number(cell.candidateSuccessRate, 6) },
            { QStringLiteral("success_regressed"), cell.successRegressed },
            { QStringLiteral("message"), cell.message },
        });
    }
    QJsonArray endpoints;
    for (const analysis::EndpointComparison& endpoint : comparison.endpoints) {
        endpoints.append(QJsonObject {
            { QStringLiteral("endpoint"), endpoint.endpoint },
            { QStringLiteral("verdict"), analysis::changeVerdictName(endpoint.verdict) },
            { QStringLiteral("slower_cells"), endpoint.slowerCells },
            { QStringLiteral("faster_cells"), endpoint.fasterCells },
            { QStringLiteral("cells"), endpoint.cells },
            { QStringLiteral("base_class"), complexityClassName(endpoint.baseFit.bestClass) },
            { QStringLiteral("candidate_class"), complexityClassName(endpoint.candidateFit.bestClass) },
            { QStringLiteral("class_changed"), endpoint.classChanged },
            { QStringLiteral("message"), endpoint.message },
        });
    }
    QJsonObject root {
        { QStringLiteral("schema"), QStringLiteral("scalescope-comparison") },
        { QStringLiteral("schema_version"), 1 },
        { QStringLiteral("base"), runToJson(base) },
        { QStringLiteral("candidate"), runToJson(candidate) },
        { QStringLiteral("compatible"), comparison.compatible },
        { QStringLiteral("incompatibilities"), QJsonArray::fromStringList(comparison.incompatibilities) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(comparison.warnings) },
        { QStringLiteral("summary"), comparison.summary() },
        { QStringLiteral("drift_percent"), number(comparison.driftPercent, 2) },
        { QStringLiteral("noise_percent"), number(comparison.noisePercent, 2) },
        { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("cells"), cells },
        { QStringLiteral("only_in_base"), keysToJson(comparison.onlyInBase) },
        { QStringLiteral("only_in_candidate"), keysToJson(comparison.onlyInCandidate) },
    };
    if (tolerancePercent) {
        QJsonArray found;
        for (const analysis::Regression& regression : analysis::regressions(comparison, *tolerancePercent))
            found.append(QJsonObject { { QStringLiteral("kind"), regressionKindName(regression.kind) },
                                       { QStringLiteral("endpoint"), regression.endpoint },
                                       { QStringLiteral("size"), regression.size },
                                       { QStringLiteral("change_percent"), number(regression.changePercent, 2) },
                                       { QStringLiteral("message"), regression.message } });
        root.insert(QStringLiteral("tolerance_percent"), *tolerancePercent);
        root.insert(QStringLiteral("regressions"), found);
    }
    return root;
}

QByteArray comparisonToJsonBytes(const analysis::RunComparison& comparison, const ComparedRun& base, const ComparedRun& candidate,
                                 std::optional<double> tolerancePercent)
{
    return QJsonDocument(comparisonToJson(comparison, base, candidate, tolerancePercent)).toJson(QJsonDocument::Indented);
}

} // namespace scalescope::results
