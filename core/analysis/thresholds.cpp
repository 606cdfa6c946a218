// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/thresholds.h"

#include "analysis/findings.h"

#include "results/texttable.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope::analysis {

namespace {

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::Thresholds)
};

QString formatValue(ThresholdMetric metric, double value)
{
    switch (metric) {
    case ThresholdMetric::ErrorRate:
        return QString::number(value, 'f', 2) + QStringLiteral(" %");
    case ThresholdMetric::Throughput:
        return QString::number(value, 'f', 1) + QStringLiteral(" req/s");
    default:
        return results::formatMs(value) + QStringLiteral(" ms");
    }
}

/// The verdict sentence of one cell: the limit is a minimum (@p atLeast, throughput) or a maximum.
QString verdictFormat(bool atLeast, bool passed)
{
    if (atLeast) {
        if (passed)
            //: a minimum is met. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit
            return Text::tr("%1 at size %2: %3 %4 reaches %5");
        //: a minimum is missed. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit
        return Text::tr("%1 at size %2: %3 %4 is below %5");
    }
    if (passed)
        //: a maximum is kept. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit
        return Text::tr("%1 at size %2: %3 %4 is within %5");
    //: a maximum is exceeded. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit
    return Text::tr("%1 at size %2: %3 %4 exceeds %5");
}

} // namespace

QString thresholdMetricName(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::P50: return QStringLiteral("p50");
    case ThresholdMetric::P90: return QStringLiteral("p90");
    case ThresholdMetric::P95: return QStringLiteral("p95");
    case ThresholdMetric::P99: return QStringLiteral("p99");
    case ThresholdMetric::Mean: return QStringLiteral("mean");
    case ThresholdMetric::Max: return QStringLiteral("max");
    case ThresholdMetric::ErrorRate: return QStringLiteral("error_rate");
    case ThresholdMetric::Throughput: return QStringLiteral("throughput");
    case ThresholdMetric::Scaling: return QStringLiteral("scaling");
    }
    return {};
}

double thresholdMetricValue(ThresholdMetric metric, const CellStatistics& stats)
{
    switch (metric) {
    case ThresholdMetric::P50: return stats.p50Ms;
    case ThresholdMetric::P90: return stats.p90Ms;
    case ThresholdMetric::P95: return stats.p95Ms;
    case ThresholdMetric::P99: return stats.p99Ms;
    case ThresholdMetric::Mean: return stats.meanMs;
    case ThresholdMetric::Max: return stats.maxMs;
    case ThresholdMetric::ErrorRate: return stats.count ? 100.0 * double(stats.failureCount()) / double(stats.count) : 0.0;
    case ThresholdMetric::Throughput: return stats.throughput;
    case ThresholdMetric::Scaling: break; // a property of an endpoint over all sizes, not of one cell
    }
    return 0.0;
}

int ThresholdReport::failureCount() const
{
    int failures = 0;
    for (const ThresholdVerdict& verdict : verdicts)
        failures += verdict.passed ? 0 : 1;
    return failures;
}

ThresholdReport evaluateThresholds(const Plan& plan, const QList<CellResult>& cells)
{
    ThresholdReport report;
    for (const Threshold& threshold : plan.thresholds) {
        if (!threshold.endpoint.isEmpty()) {
            const bool known = std::any_of(plan.endpoints.begin(), plan.endpoints.end(),
                                           [&](const EndpointConfig& endpoint) { return endpoint.name == threshold.endpoint; });
            if (!known) {
                report.unmatched.append(threshold.endpoint);
                continue;
            }
        }
        if (threshold.metric == ThresholdMetric::Scaling)
            continue; // judged per endpoint over all sizes, below
        const bool atLeast = threshold.metric == ThresholdMetric::Throughput;
        for (const CellResult& cell : cells) {
            if (cell.stats.count == 0 || (!threshold.endpoint.isEmpty() && cell.endpoint != threshold.endpoint))
                continue;
            ThresholdVerdict verdict;
            verdict.threshold = threshold;
            verdict.endpoint = cell.endpoint;
            verdict.size = cell.size;
            verdict.value = thresholdMetricValue(threshold.metric, cell.stats);
            verdict.passed = atLeast ? verdict.value >= threshold.limit : verdict.value <= threshold.limit;
            verdict.message = verdictFormat(atLeast, verdict.passed)
                                  .arg(cell.endpoint)
                                  .arg(cell.size)
                                  .arg(thresholdMetricName(threshold.metric),
                                       formatValue(threshold.metric, verdict.value),
                                       formatValue(threshold.metric, threshold.limit));
            report.verdicts.append(verdict);
        }
    }
    Plan ceilingsOnly = plan;
    ceilingsOnly.thresholds.removeIf([](const Threshold& threshold) { return threshold.metric != ThresholdMetric::Scaling; });
    ceilingsOnly.thresholds.removeIf([&](const Threshold& threshold) { return report.unmatched.contains(threshold.endpoint); });
    for (const CeilingVerdict& ceiling : evaluateScalingCeilings(ceilingsOnly, cells)) {
        ThresholdVerdict verdict;
        verdict.threshold = ceiling.threshold;
        verdict.endpoint = ceiling.endpoint;
        verdict.size = -1;
        verdict.value = ceiling.evidence;
        verdict.passed = ceiling.passed();
        verdict.message = ceiling.message;
        report.verdicts.append(verdict);
    }
    return report;
}

} // namespace scalescope::analysis
