// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ranktest.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace scalescope::analysis {

namespace {

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::RankTest)
};

constexpr double kZ975 = 1.959963984540054; // standard normal quantile for a two-sided 95 % interval

// P(U ≤ u) for every u = 0 … n1·n2 under H₀ without ties. The counts of U are the coefficients of the
// Gaussian binomial [n1+n2 choose n1]_q = ∏ₖ (1 − q^(n2+k)) / (1 − q^k), k = 1 … n1; the polynomial is
// built factor by factor (each partial product is again a Gaussian binomial, so all coefficients stay
// non-negative integers). Doubles are exact up to 2⁵³ and the tails that matter are small counts.
std::vector<double> exactCdf(qsizetype n1, qsizetype n2)
{
    const qsizetype top = n1 * n2;
    std::vector<double> poly(size_t(top + 1), 0.0);
    poly[0] = 1.0;
    for (qsizetype k = 1; k <= n1; ++k) {
        const qsizetype shift = n2 + k;
        for (qsizetype u = top; u >= shift; --u)
            poly[size_t(u)] -= poly[size_t(u - shift)];
        for (qsizetype u = k; u <= top; ++u)
            poly[size_t(u)] += poly[size_t(u - k)];
    }
    double total = 0.0;
    for (double& c : poly) {
        c = std::max(0.0, c);
        total += c;
    }
    std::vector<double> cdf(poly.size());
    double running = 0.0;
    for (size_t u = 0; u < poly.size(); ++u) {
        running += poly[u];
        cdf[u] = std::min(1.0, running / total);
    }
    return cdf;
}

// Number of pairs with b[j] − a[i] ≤ d. For ascending b, the a[i] that qualify form a suffix a[p…] whose
// start p never decreases, so one pass suffices. The difference is always computed as b[j] − a[i], the same
// expression the selection uses, so rounding cannot make counts and values disagree.
qint64 countAtMost(const std::vector<double>& a, const std::vector<double>& b, double d)
{
    qint64 count = 0;
    size_t p = 0;
    for (const double bj : b) {
        while (p < a.size() && bj - a[p] > d)
            ++p;
        count += qint64(a.size() - p);
    }
    return count;
}

double kthDifference(const std::vector<double>& a, const std::vector<double>& b, qint64 k)
{
    double lo = b.front() - a.back(); // smallest difference
    double hi = b.back() - a.front(); // largest difference
    qint64 countLo = countAtMost(a, b, lo);
    if (countLo >= k)
        return lo;
    qint64 countHi = qint64(a.size()) * qint64(b.size());
    const qint64 enumerateBelow = qint64(a.size() + b.size()) + 16;
    // Invariant: countLo < k ≤ countHi, so the answer lies in (lo, hi].
    while (countHi - countLo > enumerateBelow) {
        const double mid = lo + (hi - lo) / 2.0;
        if (!(mid > lo && mid < hi))
            return hi; // lo and hi are adjacent doubles: every difference in (lo, hi] equals hi
        const qint64 c = countAtMost(a, b, mid);
        if (c >= k) {
            hi = mid;
            countHi = c;
        } else {
            lo = mid;
            countLo = c;
        }
    }
    // Few differences left in (lo, hi]: list them and select.
    std::vector<double> window;
    window.reserve(size_t(countHi - countLo));
    size_t first = 0; // first a[i] with b[j] − a[i] ≤ hi
    size_t last = 0; // first a[i] with b[j] − a[i] ≤ lo
    for (const double bj : b) {
        while (first < a.size() && bj - a[first] > hi)
            ++first;
        while (last < a.size() && bj - a[last] > lo)
            ++last;
        for (size_t i = first; i < last; ++i)
            window.push_back(bj - a[i]);
    }
    const auto index = size_t(k - countLo - 1);
    if (window.empty() || index >= window.size())
        return hi; // cannot happen with consistent counts; hi is then the best bound
    std::nth_element(window.begin(), window.begin() + qsizetype(index), window.end());
    return window[index];
}

std::vector<double> sortedCopy(const QList<double>& values)
{
    std::vector<double> out(values.begin(), values.end());
    std::sort(out.begin(), out.end());
    return out;
}

// ln C(n, k)
double logChoose(double n, double k) { return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0); }

} // namespace

double kthPairwiseDifference(const QList<double>& sortedA, const QList<double>& sortedB, qint64 k)
{
    if (sortedA.isEmpty() || sortedB.isEmpty())
        return 0.0;
    const std::vector<double> a(sortedA.begin(), sortedA.end());
    const std::vector<double> b(sortedB.begin(), sortedB.end());
    k = std::clamp<qint64>(k, 1, qint64(a.size()) * qint64(b.size()));
    return kthDifference(a, b, k);
}

MannWhitneyResult mannWhitneyU(const QList<double>& a, const QList<double>& b)
{
    MannWhitneyResult result;
    result.n1 = a.size();
    result.n2 = b.size();
    if (a.isEmpty() || b.isEmpty()) {
        result.reason = a.isEmpty() && b.isEmpty() ? Text::tr("both samples are empty")
            : a.isEmpty()                          ? Text::tr("the first sample is empty")
                                                   : Text::tr("the second sample is empty");
        return result;
    }
    const auto nonFinite = [](const QList<double>& values) {
        return std::find_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }) - values.begin();
    };
    if (const qsizetype at = nonFinite(a); at < a.size()) {
        result.reason
            = Text::tr("the first sample holds a value that is not a finite number (at position %1)").arg(at + 1);
        return result;
    }
    if (const qsizetype at = nonFinite(b); at < b.size()) {
        result.reason
            = Text::tr("the second sample holds a value that is not a finite number (at position %1)").arg(at + 1);
        return result;
    }

    const double n1 = double(a.size());
    const double n2 = double(b.size());
    const double pairs = n1 * n2;

    // Ranks of the pooled sample, ties sharing their mean rank.
    std::vector<std::pair<double, bool>> pooled; // value, from a
    pooled.reserve(size_t(a.size() + b.size()));
    for (const double v : a)
        pooled.emplace_back(v, true);
    for (const double v : b)
        pooled.emplace_back(v, false);
    std::sort(pooled.begin(), pooled.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    double rankSumA = 0.0;
    double tieTerm = 0.0; // Σ (t³ − t) over tie groups
    for (size_t i = 0; i < pooled.size();) {
        size_t j = i;
        while (j < pooled.size() && pooled[j].first == pooled[i].first)
            ++j;
        const double t = double(j - i);
        const double midRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t m = i; m < j; ++m) {
            if (pooled[m].second)
                rankSumA += midRank;
        }
        if (t > 1) {
            tieTerm += t * t * t - t;
            result.ties = true;
        }
        i = j;
    }
    result.u = rankSumA - n1 * (n1 + 1.0) / 2.0;
    result.cliffsDelta = 1.0 - 2.0 * result.u / pairs;

    const double uMax = std::max(result.u, pairs - result.u);
    const double n = n1 + n2;
    const double sigma = std::sqrt(pairs / 12.0 * ((n + 1.0) - tieTerm / (n * (n - 1.0))));
    std::vector<double> cdf;
    if (!result.ties && a.size() <= kExactMaxSampleSize && b.size() <= kExactMaxSampleSize) {
        // Two-sided: twice the smaller tail, as scipy's method="exact" and R's wilcox.test(exact = TRUE).
        cdf = exactCdf(a.size(), b.size());
        const auto uMin = qsizetype(std::llround(pairs - uMax));
        result.pValue = std::min(1.0, 2.0 * cdf[size_t(uMin)]);
        result.method = PValueMethod::Exact;
    } else {
        result.method = PValueMethod::Normal;
        if (sigma > 0.0) {
            result.z = (uMax - pairs / 2.0 - 0.5) / sigma;
            result.pValue = std::min(1.0, std::erfc(result.z / std::sqrt(2.0)));
        } else {
            result.pValue = 1.0; // every value is the same: nothing to tell apart
        }
    }

    const std::vector<double> sa = sortedCopy(a);
    const std::vector<double> sb = sortedCopy(b);
    const auto total = qint64(a.size()) * qint64(b.size());
    result.hodgesLehmann = total % 2 ? kthDifference(sa, sb, (total + 1) / 2)
                                     : (kthDifference(sa, sb, total / 2) + kthDifference(sa, sb, total / 2 + 1)) / 2.0;

    // Moses confidence interval: the kLow-th smallest and kLow-th largest difference, where kLow − 1 is the
    // largest c with P(U ≤ c) ≤ 2.5 %. Samples too small for any such c get the full range.
    qint64 kLow = 1;
    if (!cdf.empty()) {
        qint64 c = -1;
        while (c + 1 < qint64(cdf.size()) && cdf[size_t(c + 1)] <= 0.025)
            ++c;
        kLow = c + 1;
    } else if (sigma > 0.0) {
        kLow = qint64(std::floor(pairs / 2.0 - 0.5 - kZ975 * sigma)) + 1;
    }
    kLow = std::clamp<qint64>(kLow, 1, (total + 1) / 2);
    result.shiftLow = kthDifference(sa, sb, kLow);
    result.shiftHigh = kthDifference(sa, sb, total + 1 - kLow);
    result.valid = true;
    return result;
}

double fisherExactGreater(quint64 failuresA, quint64 countA, quint64 failuresB, quint64 countB)
{
    if (countA == 0 || countB == 0 || failuresA > countA || failuresB > countB)
        return 1.0;
    // X = failures in B given the margins: hypergeometric(N = countA + countB, K = all failures, draws = countB).
    const double bigN = double(countA + countB);
    const double bigK = double(failuresA + failuresB);
    const double draws = double(countB);
    const quint64 xMax = std::min(failuresA + failuresB, countB);
    if (failuresB == 0)
        return 1.0;
    const double logDenominator = logChoose(bigN, draws);
    const auto logP = [&](double x) { return logChoose(bigK, x) + logChoose(bigN - bigK, draws - x) - logDenominator; };
    // Sum the upper tail from its largest term down, in log space (the terms fall off fast past the mode).
    std::vector<double> logs;
    for (quint64 x = failuresB; x <= xMax; ++x) {
        if (draws - double(x) > bigN - bigK)
            continue; // impossible: more successes drawn than exist
        logs.push_back(logP(double(x)));
    }
    if (logs.empty())
        return 0.0;
    const double peak = *std::max_element(logs.begin(), logs.end());
    double sum = 0.0;
    for (const double l : logs)
        sum += std::exp(l - peak);
    return std::min(1.0, std::exp(peak) * sum);
}

QList<double> holmAdjust(const QList<double>& pValues)
{
    const qsizetype m = pValues.size();
    std::vector<qsizetype> order(static_cast<size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) { return pValues[x] < pValues[y]; });
    QList<double> adjusted(m, 1.0);
    double running = 0.0;
    for (qsizetype i = 0; i < m; ++i) {
        const qsizetype at = order[size_t(i)];
        running = std::max(running, std::min(1.0, double(m - i) * pValues[at]));
        adjusted[at] = running;
    }
    return adjusted;
}

} // namespace scalescope::analysis
