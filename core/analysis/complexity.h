// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QList>
#include <QPair>
#include <QString>

namespace scalescope::analysis {

using scalescope::ComplexityClass;

/// g(n) of a class: 1, ln n, n, n ln n, n²; 0 for Inconclusive. The models are t = a + b·g(n).
[[nodiscard]] double complexityBasis(ComplexityClass complexity, double n);

/// Stable notation, not translated: "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n²)", "inconclusive".
[[nodiscard]] QString complexityName(ComplexityClass complexity);

/// One robust latency statistic (the median) measured at dataset size n.
struct SizePoint {
    double n = 0; ///< dataset size (records), > 0
    double ms = 0; ///< latency in milliseconds, > 0
};

/// The outcome of classify(): the chosen model t = a + b·g(n) and the evidence for it.
struct ComplexityFit {
    ComplexityClass bestClass = ComplexityClass::Inconclusive;
    double a = 0; ///< intercept, ms (for Constant: the weighted mean level)
    double b = 0; ///< slope in ms per unit of g(n); 0 for Constant
    double r2 = 0; ///< weighted R² of the chosen model, 1 − WRSS/WRSS(constant) (0 for Constant)
    double residualStdMs = 0; ///< root-mean-square residual of the chosen model, ms
    /// BIC per candidate that could be fitted, lower is better; empty when the input was rejected.
    QList<QPair<ComplexityClass, double>> criterion;
    QString reason; ///< translated; why the result is inconclusive, "" otherwise
    double nMin = 0; ///< smallest measured size
    double nMax = 0; ///< largest measured size
    double noiseMs = 0; ///< pooled standard error of one median (see classify()), ms
    double rangeChangeMs = 0; ///< fitted change of the best growing model from nMin to nMax, ms

    /// Translated, e.g. "+0.9 ms per 100 records", "+12 ms when n doubles (250 → 500)",
    /// "flat (±0.02 ms)"; empty when inconclusive.
    [[nodiscard]] QString slopeInWords() const;
    /// "O(n): +0.9 ms per 100 records" or "inconclusive: <reason>".
    [[nodiscard]] QString summary() const;
};

/// Classifies how latency scales with n. A pure function.
///
/// Every candidate g ∈ {1, log n, n, n log n, n²} is fitted as t = a + b·g(n) by weighted least squares
/// (never through the origin: fixed network and framework time dominates small n). Each median gets a
/// standard error σᵢ = √(seᵢ² + (0.10·tᵢ)² + (0.02 ms)²): seᵢ is a robust standard error of the median of
/// samplesMsPerSize[i] (1.2533 · 1.4826 · MAD / √m, so up to half the samples may be outliers; sizes with fewer than
/// 5 samples, or no samples at all, get seᵢ = 0), and 10 % is the assumed repeatability of a per-cell
/// median between cells of one run (warm-up, CPU frequency, other load), with an absolute floor of 0.02 ms for
/// cells of tens of microseconds (timer and scheduler jitter). Weights are 1/σᵢ². Candidates
/// are ranked by BIC = m·ln(WRSS/m) + k·ln m (k = 1 for the constant, 2 for the others, m points).
///
/// Decision, in order:
///  1. Inconclusive when there are fewer than 3 distinct sizes, max/min size < 4, a size or latency is
///     not a positive finite number, or samplesMsPerSize is neither empty nor one list per point.
///  2. The pooled noise SE = ŝ·√(mean σᵢ²), ŝ = max(1, √(WRSS/(m−2))) of the best growing model (data
///     that scatter more than assumed widen it). "Flat within noise" means the best non-constant
///     model's fitted change over the measured range, |b·(g(nMax) − g(nMin))|, is below 3·SE (3, not
///     2: the largest of four fitted trends in pure noise passes 2·SE far too often).
///  3. If the constant model wins BIC, or the data are flat within noise, the result is Constant —
///     unless a χ² test (99.9 %) with the σᵢ above rejects the constant model: then the medians jump
///     about without a trend, and the result is Inconclusive.
///  4. A falling best model beyond noise → Inconclusive ("latency falls as data grows").
///  5. Otherwise the simplest growing class (log n < n < n log n < n²) whose BIC is within 4 of the best
///     growing one: with five noisy medians n and n log n differ by little, and a more complex class has to
///     earn its place ("positive" to "strong" evidence on the Kass–Raftery scale).
///     O(n log n) must beat O(n) by 10 ("very strong"): the two are nearly collinear over any realistic span of
///     sizes, and a speed change of the machine at the largest size alone bends a linear series towards n log n.
///  6. With five or more sizes, the growing class must hold without the largest size: when the points without it
///     are Constant (rule 3 on them), the result is Inconclusive ("the growth rests on the largest size alone").
///     A single slow last cell fits n² best; only the largest is left out, because leaving out the smallest
///     would flatten every genuine O(log n).
/// "The best growing model" in 2–4 means the one chosen by this parsimony rule.
[[nodiscard]] ComplexityFit classify(const QList<SizePoint>& points, const QList<QList<double>>& samplesMsPerSize = {});

/// classify() for one endpoint of a run: the median (p50) per size against the records the target held
/// (or the sweep value), with the cell's raw samples as the noise estimate.
[[nodiscard]] ComplexityFit classifyEndpoint(const QList<CellResult>& cells, const QString& endpoint);

} // namespace scalescope::analysis
