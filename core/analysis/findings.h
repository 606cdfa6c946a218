// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/complexity.h"
#include "analysis/finding.h"
#include "engine/runtypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace scalescope::analysis {

/// The latency statistic the growth, cliff and outlier detectors look at.
enum class FindingStatistic {
    Median, ///< p50 per cell, with the cell's raw samples as its noise estimate (classifyEndpoint())
    P95, ///< p95 per cell, classified with classify() without samples (only the 10 % repeatability)
};

/// The knobs of the detectors. The defaults are the documented rules (docs/findings.md).
struct FindingOptions {
    FindingStatistic statistic = FindingStatistic::Median;

    /// Linear growth is a Warning only when the fitted change over the measured range exceeds both this share
    /// of the fitted level at the smallest size and materialGrowthMs; otherwise it is Info.
    double materialGrowthFraction = 0.20;
    double materialGrowthMs = 1.0;

    /// A cliff: the statistic at a size exceeds the prediction of the points before it (at least
    /// cliffMinPointsBefore of them, classifiable) by more than max(cliffNoiseFactor × SE, cliffRelativeJump ×
    /// prediction) and by at least cliffMinExcessMs.
    int cliffMinPointsBefore = 3;
    double cliffNoiseFactor = 3.5;
    double cliffRelativeJump = 0.5;
    double cliffMinExcessMs = 1.0;

    /// Success decline: one-sided two-proportion z-test (2.326 = 1 % level) and a drop of at least
    /// successMinDropPoints percentage points; Critical from successCriticalDropPoints on.
    double successZ = 2.326;
    double successMinDropPoints = 1.0;
    double successCriticalDropPoints = 10.0;

    /// Outlier endpoint: statistic > outlierFactor × the median of the other endpoints' statistic at the same
    /// size and more than outlierMinMs above it, with at least outlierMinSiblings other endpoints measured.
    double outlierFactor = 5.0;
    double outlierMinMs = 10.0;
    int outlierMinSiblings = 2;

    /// Projections beyond extrapolationCaveatFactor × the largest measured size carry a caveat and are Info
    /// (Warning when nearer); beyond maxProjectionFactor × it they are not reported at all.
    double extrapolationCaveatFactor = 10.0;
    double maxProjectionFactor = 1000.0;

    /// "Strong evidence" (Kass–Raftery) that growth is worse than a class: that class's BIC exceeds the best worse
    /// class's by at least this much. A scaling ceiling fails only then; linear growth is a Warning and O(n²) is
    /// Critical only with strong evidence against O(1) and O(n) respectively.
    double strongEvidenceBic = 6.0;
};

enum class CeilingOutcome { Passed, Failed, Inconclusive };

/// A Scaling threshold of the plan checked against one endpoint.
struct CeilingVerdict {
    Threshold threshold;
    QString endpoint;
    ComplexityClass measured = ComplexityClass::Inconclusive; ///< the class classifyEndpoint() chose
    /// BIC(ceiling class) − BIC(best class worse than the ceiling); > 0 favours the worse class. 0 when not computed.
    double evidence = 0.0;
    CeilingOutcome outcome = CeilingOutcome::Inconclusive;
    QString message; ///< translated, names the endpoint, the classes and the evidence
    /// Inconclusive data passes with a note: only strong evidence of a worse class fails.
    [[nodiscard]] bool passed() const { return outcome != CeilingOutcome::Failed; }
};

/// The usual targets, offered by the CLI and the GUI when a plan has none: p50 < 100 ms, p95 < 300 ms,
/// p99 < 500 ms, error rate < 1 %, throughput > 100 req/s (all for every endpoint).
[[nodiscard]] QList<Threshold> defaultThresholds();

/// Fits how @p endpoint's @p statistic grows with the dataset size: classifyEndpoint() for the median,
/// classify() on the per-size values otherwise. Latency metrics other than P50 (P90, P95, P99, Mean, Max)
/// are accepted through the ThresholdMetric overload.
[[nodiscard]] ComplexityFit fitEndpoint(
    const QList<CellResult>& cells, const QString& endpoint, FindingStatistic statistic = FindingStatistic::Median);
[[nodiscard]] ComplexityFit fitEndpoint(
    const QList<CellResult>& cells, const QString& endpoint, ThresholdMetric metric);

/// The dataset size n > fit.nMax at which the fitted curve a + b·g(n) reaches @p limitMs; nullopt when the
/// class does not grow (Constant, Inconclusive, b ≤ 0), when the fitted curve already reaches the limit at
/// fit.nMax, or when the crossing lies beyond 10¹⁵ records.
[[nodiscard]] std::optional<double> projectCrossing(const ComplexityFit& fit, double limitMs);

/// 1. One finding per endpoint (kind Complexity, or NonLinearGrowth for O(n log n) / O(n²)) describing its
/// growth in words with its numbers and a recommendation tied to the class and the kind of endpoint.
[[nodiscard]] QList<Finding> findComplexity(const QList<CellResult>& cells, const FindingOptions& options = {});

/// 2. At most one cliff per endpoint: the first size whose statistic jumps far above what the sizes before it
/// predict (see FindingOptions). Finding::size is the larger size of the pair.
[[nodiscard]] QList<Finding> findCliffs(const QList<CellResult>& cells, const FindingOptions& options = {});

/// 3. Per endpoint: the success rate at a size of the upper half falls significantly and materially below the
/// pooled rate of the lower half of the sizes. Finding::size is the size with the lowest significant rate.
[[nodiscard]] QList<Finding> findSuccessDecline(const QList<CellResult>& cells, const FindingOptions& options = {});

/// 4. Per endpoint: sizes at which it is far slower than its siblings; one finding at the largest such size.
[[nodiscard]] QList<Finding> findOutlierEndpoints(const QList<CellResult>& cells, const FindingOptions& options = {});

/// 5. Per endpoint with a growing class and per latency threshold of @p plan that applies to it (P50, P90,
/// P95, P99, Mean; defaultThresholds()' p50 and p95 when none applies): the size at which the fitted curve of
/// that metric crosses the limit. Nothing when it never crosses or when a measured size already exceeds it.
[[nodiscard]] QList<Finding> findProjections(
    const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options = {});

/// 6. Every Scaling threshold of @p plan against every endpoint it names (empty: each endpoint of the plan,
/// or of @p cells when the plan lists none), in plan order. Always judged on the median.
[[nodiscard]] QList<CeilingVerdict> evaluateScalingCeilings(
    const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options = {});

/// Findings for the ceiling verdicts: Critical (ScalingCeiling) for each failure, Info for each inconclusive one.
[[nodiscard]] QList<Finding> findScalingCeilings(
    const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options = {});

/// Every detector above on @p run, most severe first (stable: within a severity, in the order 1–6 and then the
/// endpoints' order in the run). For a load test (run.load set) the load findings instead (loadFindings()).
[[nodiscard]] QList<Finding> findFindings(const RunResult& run, const FindingOptions& options = {});

} // namespace scalescope::analysis
