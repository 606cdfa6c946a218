// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace scalescope::analysis {

/// How mannWhitneyU() obtained its p-value.
enum class PValueMethod {
    None, ///< the result is invalid: no p-value
    Exact, ///< the exact permutation distribution of U (no ties, both samples ≤ kExactMaxSampleSize)
    Normal, ///< normal approximation with tie correction and continuity correction
};

/// Samples up to this size (on both sides, and without ties) get the exact distribution of U.
inline constexpr int kExactMaxSampleSize = 50;

/// The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples a and b, with effect sizes.
struct MannWhitneyResult {
    bool valid = false;
    QString reason; ///< translated; why the result is invalid, "" otherwise
    qsizetype n1 = 0; ///< size of a
    qsizetype n2 = 0; ///< size of b
    /// U of sample a: the number of pairs (aᵢ, bⱼ) with aᵢ > bⱼ, ties counting ½ (scipy.stats.mannwhitneyu(a, b)
    /// reports this one; R's wilcox.test(a, b) calls it W).
    double u = 0;
    double z = 0; ///< standardised max(U, n1·n2 − U) with continuity correction; 0 for the exact method
    double pValue = 1.0; ///< two-sided; 1 when invalid
    PValueMethod method = PValueMethod::None;
    bool ties = false; ///< some value occurs more than once in the pooled sample
    /// Cliff's δ = P(b > a) − P(b < a) ∈ [−1, 1], equal to the rank-biserial correlation: +1 when every b
    /// exceeds every a (b is slower), 0 for identical samples. |δ| ≥ 0.147 / 0.33 / 0.474 are the usual
    /// small / medium / large thresholds (Romano et al., 2006).
    double cliffsDelta = 0;
    /// Hodges–Lehmann shift estimate: the median of all n1·n2 differences bⱼ − aᵢ (exact, also for 10⁵ values
    /// per side: the k-th pairwise difference is selected by bisection over counts, O((n1+n2) log) time).
    double hodgesLehmann = 0;
    /// About 95 % confidence interval of the shift (Moses / Bauer): the k-th smallest and k-th largest
    /// pairwise difference, with k from the exact or the normal distribution of U.
    double shiftLow = 0;
    double shiftHigh = 0;
};

/// Two-sided Mann–Whitney U test of a against b plus Cliff's δ and the Hodges–Lehmann shift (b − a).
/// Exact p-value when neither sample has more than kExactMaxSampleSize values and there are no ties;
/// otherwise the normal approximation with tie and continuity correction, as scipy.stats.mannwhitneyu
/// (method "asymptotic") and R's wilcox.test(correct = TRUE) compute it. Invalid (with a reason) when a
/// sample is empty or holds a value that is not a finite number. A pure function.
[[nodiscard]] MannWhitneyResult mannWhitneyU(const QList<double>& a, const QList<double>& b);

/// The k-th smallest (1-based, 1 ≤ k ≤ a.size()·b.size()) of the pairwise differences bⱼ − aᵢ. Both lists must
/// be sorted ascending and hold finite values. Exact; O((n1 + n2) · log) time, O(n1 + n2) extra memory.
[[nodiscard]] double kthPairwiseDifference(const QList<double>& sortedA, const QList<double>& sortedB, qint64 k);

/// One-sided Fisher exact test that sample B fails more often than sample A: P(X ≥ failuresB) for X
/// hypergeometric with the table's margins. 1 when B fails no more often than A could by chance, or when a
/// count is 0 or smaller than its failures.
[[nodiscard]] double fisherExactGreater(quint64 failuresA, quint64 countA, quint64 failuresB, quint64 countB);

/// Holm–Bonferroni adjusted p-values, in the input order: p₍ᵢ₎ · (m − i + 1) for the i-th smallest, made
/// monotone and capped at 1. Reject H₀ for every adjusted p < α: controls the family-wise error rate at α.
[[nodiscard]] QList<double> holmAdjust(const QList<double>& pValues);

} // namespace scalescope::analysis
