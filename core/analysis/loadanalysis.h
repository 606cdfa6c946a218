// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "engine/runtypes.h"
#include "load/loadtypes.h"

#include <QList>
#include <QPair>
#include <QString>

namespace scalescope::analysis {

/// One level of a concurrency sweep: n users in flight, the throughput they achieved (requests per second).
struct UslPoint {
    double n = 0;
    double throughput = 0;
};

/// Gunther's Universal Scalability Law fitted to a concurrency sweep:
/// X(N) = λN / (1 + σ(N − 1) + κN(N − 1)).
struct UslFit {
    bool ok = false;
    double lambda = 0; ///< throughput of one user (requests/s)
    double sigma = 0; ///< contention (serialisation), ≥ 0
    double kappa = 0; ///< coherency (crosstalk), ≥ 0
    double r2 = 0; ///< coefficient of determination on the throughput scale
    /// N* = √((1 − σ)/κ), at least 1; +infinity when κ is negligible (the coherency term changes the throughput at
    /// the largest measured level by less than 0.01 %): then the curve has no peak, only the asymptote λ/σ.
    double peakConcurrency = 0;
    /// X(N*); with a negligible κ the asymptote λ/σ (+infinity when σ is 0 too).
    double maxThroughput = 0;
    QString reason; ///< translated; why the fit is not ok, "" otherwise
    /// The fitted throughput at @p n users (0 when not ok).
    [[nodiscard]] double predict(double n) const;
};

/// Fits the USL by least squares on the logarithm of the throughput (every level weighs the same relative error,
/// as throughput noise is multiplicative): a start from the linearisation λ₀N/X − 1 = σ(N − 1) + κN(N − 1) with λ₀
/// the best per-user throughput X/N, refined by a projected Levenberg–Marquardt on (ln λ, σ, κ) with σ, κ ≥ 0.
/// Not ok (with a reason) with fewer than 3 distinct levels, a level below 1 or a throughput that is not a positive
/// finite number. A pure function.
[[nodiscard]] UslFit fitUsl(const QList<UslPoint>& points);

/// A robust linear trend of a time series with its significance.
struct Trend {
    bool ok = false;
    double slopePerHour = 0; ///< Theil–Sen slope, in the values' unit per hour
    double intercept = 0; ///< the fitted value at time 0: median(yᵢ − slope·tᵢ)
    double relativePerHour = 0; ///< slopePerHour / |the mean value|; 0 when the mean is 0
    double pValue = 1.0; ///< two-sided Mann–Kendall test of "no monotonic trend"
    bool significant = false; ///< pValue < kTrendAlpha and at least kTrendMinPoints points
    int points = 0; ///< the points used (finite time and value)
    QString reason; ///< translated; why the trend is not ok, "" otherwise
};

inline constexpr double kTrendAlpha = 0.01;
inline constexpr int kTrendMinPoints = 6;

/// The trend per hour of (seconds since start, value) points, in any order; points with a time or value that is not
/// finite are ignored. Slope: Theil–Sen (the median of the pairwise slopes: robust against up to 29 % outliers,
/// exact up to 500,000 pairs, from 500,000 pairs drawn with a fixed seed beyond). p-value: Mann–Kendall S with the
/// normal approximation, tie correction and continuity correction. Both assume independent residuals; strongly
/// autocorrelated series (a random walk) look more significant than they are, which is why the load findings also
/// require a material size. Not ok with fewer than 3 points or all at the same time. A pure function.
[[nodiscard]] Trend trendPerHour(const QList<QPair<double, double>>& points);

/// Findings of a load test (docs/findings.md, "Load tests"), most severe first and, within a severity, in this order:
/// * BreakingPoint (Stress): where the ramp broke and whether the target recovered; or that it reached its
///   maximum level without breaking.
/// * Saturation (ConcurrencySweep): the USL fit over the Hold stages — the peak, or that throughput still rises.
/// * LatencyTrend (Endurance): trends of p95 and of the error rate over the Interval stages.
/// * MemoryGrowth (any kind with ≥ kTrendMinPoints target memory samples, or a failed memory source).
/// * GeneratorSaturated: seconds in which the generator was saturated; dropped and late requests.
/// * CoordinatedOmission (open model): the stage whose p99 from intended send times most exceeds its raw p99.
/// @p cells are the run's cells, one per (stage, endpoint) with sizeIndex == the stage's index: they name the
/// endpoint that failed worst at the breaking point.
[[nodiscard]] QList<Finding> loadFindings(const LoadResult& load, const QList<CellResult>& cells);

} // namespace scalescope::analysis
