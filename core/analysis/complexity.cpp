// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/complexity.h"

#include "plan/planparser.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope::analysis {

namespace {

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::Complexity)
};

constexpr double kRepeatability = 0.10; // assumed relative SE of a per-cell median between cells
// Absolute floor of that SE: on a shared machine, cells tens of microseconds long move by about this much
// between cells (timer, scheduler and cache effects), whatever their relative precision.
constexpr double kJitterFloorMs = 0.02;
constexpr double kNoiseFactor = 3.0; // "flat" = fitted change over the range below 3 pooled SEs
constexpr double kMinSpan = 4.0; // max/min size
// A more complex growth class must beat the simpler ones by more than this much BIC (between "positive" and
// "strong" evidence on the Kass–Raftery scale); below it five noisy medians cannot tell n from n log n, and
// the simpler class is reported. 2 let 10-18 % of noisy linear data pass as n log n; 6 lost most noisy
// n log n data to n (see tst_complexity's accuracy table).
constexpr double kParsimonyMargin = 4.0;
constexpr double kLinearithmicMargin = 10.0; // O(n log n) over O(n): "very strong" evidence
constexpr int kMinSamplesForSe = 5;
constexpr double kZ999 = 3.090232;

const ComplexityClass kCandidates[] = { ComplexityClass::Constant, ComplexityClass::Logarithmic, ComplexityClass::Linear,
    ComplexityClass::Linearithmic, ComplexityClass::Quadratic };


struct ModelFit {
    ComplexityClass complexity = ComplexityClass::Constant;
    double a = 0;
    double b = 0;
    double wrss = 0;
    double bic = 0;
};

// Weighted least squares of t = a + b·g(n) (for Constant: t = a).
ModelFit fitModel(ComplexityClass complexity, const QList<SizePoint>& points, const QList<double>& weights)
{
    ModelFit fit;
    fit.complexity = complexity;
    double sw = 0, sx = 0, sy = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        sw += weights[i];
        sx += weights[i] * complexityBasis(complexity, points[i].n);
        sy += weights[i] * points[i].ms;
    }
    const double xMean = sx / sw;
    const double yMean = sy / sw;
    if (complexity == ComplexityClass::Constant) {
        fit.a = yMean;
    } else {
        double sxx = 0, sxy = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double dx = complexityBasis(complexity, points[i].n) - xMean;
            sxx += weights[i] * dx * dx;
            sxy += weights[i] * dx * (points[i].ms - yMean);
        }
        fit.b = sxx > 0 ? sxy / sxx : 0.0;
        fit.a = yMean - fit.b * xMean;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double r = points[i].ms - fit.a - fit.b * complexityBasis(complexity, points[i].n);
        fit.wrss += weights[i] * r * r;
    }
    const double m = double(points.size());
    const int k = complexity == ComplexityClass::Constant ? 1 : 2;
    // A floor of (1e-4 σ)² per point keeps ln() finite on noise-free data; it is far below any real scatter.
    fit.bic = m * std::log(fit.wrss / m + 1e-8) + k * std::log(m);
    return fit;
}

// Robust standard error of the median: 1.2533 · σ̂ / √m with σ̂ = 1.4826 · MAD, the normal-consistent
// scale from the median absolute deviation. Unlike an order-statistic interval (which with ten samples
// spans the 20th to 80th percentile), it ignores up to half the samples being outliers — a few requests
// that hit a scheduler hiccup must not make a clear trend look like noise.
double medianStandardError(QList<double> samples)
{
    const qsizetype m = samples.size();
    if (m < kMinSamplesForSe)
        return 0.0;
    const auto medianOf = [](QList<double>& values) {
        const qsizetype k = values.size() / 2;
        std::nth_element(values.begin(), values.begin() + k, values.end());
        const double upper = values[k];
        if (values.size() % 2 != 0)
            return upper;
        return (*std::max_element(values.begin(), values.begin() + k) + upper) / 2.0;
    };
    const double median = medianOf(samples);
    for (double& value : samples)
        value = std::abs(value - median);
    const double mad = medianOf(samples);
    return 1.2533 * 1.4826 * mad / std::sqrt(double(m));
}

// Upper 99.9 % quantile of χ² with ν degrees of freedom (Wilson–Hilferty; within 2 % for ν ≥ 2).
double chiSquare999(int nu)
{
    const double v = nu;
    const double c = 2.0 / (9.0 * v);
    return v * std::pow(1.0 - c + kZ999 * std::sqrt(c), 3);
}

// Two significant figures, trailing zeros dropped: 0.9, 0.02, 12, 123.
QString formatMs(double value)
{
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude > 0)
        decimals = std::max(0, 1 - int(std::floor(std::log10(magnitude))));
    decimals = std::min(decimals, 6);
    QString text = QString::number(magnitude, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString signedMs(double value)
{
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + formatMs(value);
}

QString formatSize(double n)
{
    return QString::number(n, 'g', 10);
}

ComplexityFit inconclusive(ComplexityFit fit, const QString& reason)
{
    fit.bestClass = ComplexityClass::Inconclusive;
    fit.reason = reason;
    return fit;
}

} // namespace

double complexityBasis(ComplexityClass complexity, double n)
{
    switch (complexity) {
    case ComplexityClass::Constant:
        return 1.0;
    case ComplexityClass::Logarithmic:
        return std::log(n);
    case ComplexityClass::Linear:
        return n;
    case ComplexityClass::Linearithmic:
        return n * std::log(n);
    case ComplexityClass::Quadratic:
        return n * n;
    case ComplexityClass::Inconclusive:
        break;
    }
    return 0.0;
}

QString complexityName(ComplexityClass complexity)
{
    return complexityClassName(complexity);
}

QString ComplexityFit::slopeInWords() const
{
    switch (bestClass) {
    case ComplexityClass::Inconclusive:
        return {};
    case ComplexityClass::Constant:
        //: %1 = residual scatter in ms
        return Text::tr("flat (±%1 ms)").arg(formatMs(residualStdMs));
    case ComplexityClass::Linear: {
        // A round number of records near a fifth of the largest size: per 100 records for sizes up to ~3000.
        const double per = std::pow(10.0, std::max(0.0, std::round(std::log10(std::max(nMax, 1.0))) - 1.0));
        //: %1 = signed ms, %2 = a round number of records
        return Text::tr("%1 ms per %2 records").arg(signedMs(b * per), formatSize(per));
    }
    case ComplexityClass::Logarithmic:
        //: %1 = signed ms
        return Text::tr("%1 ms when n doubles").arg(signedMs(b * std::log(2.0)));
    case ComplexityClass::Linearithmic:
    case ComplexityClass::Quadratic: {
        const double half = nMax / 2.0;
        const double change = b * (complexityBasis(bestClass, nMax) - complexityBasis(bestClass, half));
        //: %1 = signed ms, %2 and %3 = sizes
        return Text::tr("%1 ms when n doubles (%2 → %3)").arg(signedMs(change), formatSize(half), formatSize(nMax));
    }
    }
    return {};
}

QString ComplexityFit::summary() const
{
    if (bestClass == ComplexityClass::Inconclusive)
        //: %1 = the reason
        return Text::tr("inconclusive: %1").arg(reason);
    return complexityName(bestClass) + QStringLiteral(": ") + slopeInWords();
}

namespace {
    ComplexityFit classifyImpl(const QList<SizePoint>& points, const QList<QList<double>>& samplesMsPerSize, bool leaveOneOut);
}

ComplexityFit classify(const QList<SizePoint>& points, const QList<QList<double>>& samplesMsPerSize)
{
    return classifyImpl(points, samplesMsPerSize, true);
}

namespace {

ComplexityFit classifyImpl(const QList<SizePoint>& points, const QList<QList<double>>& samplesMsPerSize, bool leaveOneOut)
{
    ComplexityFit result;

    // 1. Input guard rails.
    QSet<double> distinct;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SizePoint& p = points[i];
        if (!std::isfinite(p.n) || p.n <= 0)
            return inconclusive(result,
                //: %1 = point index (1-based), %2 = the value
                Text::tr("point %1: size n must be a positive number, got %2").arg(i + 1).arg(p.n));
        if (!std::isfinite(p.ms) || p.ms <= 0)
            return inconclusive(result,
                //: %1 = point index (1-based), %2 = the value
                Text::tr("point %1: latency ms must be a positive number, got %2").arg(i + 1).arg(p.ms));
        distinct.insert(p.n);
        result.nMin = i == 0 ? p.n : std::min(result.nMin, p.n);
        result.nMax = i == 0 ? p.n : std::max(result.nMax, p.n);
    }
    if (distinct.size() < 3)
        return inconclusive(result,
            //: %1 = number of distinct sizes
            Text::tr("needs at least 3 distinct dataset sizes, got %1").arg(distinct.size()));
    if (result.nMax / result.nMin < kMinSpan)
        return inconclusive(result,
            //: %1, %2 = sizes, %3 = their ratio, %4 = the minimum ratio
            Text::tr("sizes span %1 to %2 (a factor of %3), less than the factor of %4 needed to tell the classes apart")
                .arg(formatSize(result.nMin), formatSize(result.nMax), QString::number(result.nMax / result.nMin, 'g', 3),
                    QString::number(kMinSpan)));
    if (!samplesMsPerSize.isEmpty() && samplesMsPerSize.size() != points.size())
        return inconclusive(result,
            //: %1, %2 = counts
            Text::tr("samplesMsPerSize has %1 lists but there are %2 points (give one list per point, or none)")
                .arg(samplesMsPerSize.size())
                .arg(points.size()));

    // Standard error of each median.
    QList<double> sigma;
    QList<double> weights;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double se = samplesMsPerSize.isEmpty() ? 0.0 : medianStandardError(samplesMsPerSize[i]);
        const double rep = kRepeatability * points[i].ms;
        sigma.append(std::sqrt(se * se + rep * rep + kJitterFloorMs * kJitterFloorMs));
        weights.append(1.0 / (sigma.last() * sigma.last()));
    }

    QList<ModelFit> fits;
    for (ComplexityClass candidate : kCandidates) {
        fits.append(fitModel(candidate, points, weights));
        result.criterion.append({ candidate, fits.last().bic });
    }
    const ModelFit& constant = fits.first();
    const ModelFit* bestAny = &fits.first();
    double bestGrowingBic = std::numeric_limits<double>::infinity();
    for (const ModelFit& fit : fits) {
        if (fit.bic < bestAny->bic)
            bestAny = &fit;
        if (fit.complexity != ComplexityClass::Constant)
            bestGrowingBic = std::min(bestGrowingBic, fit.bic);
    }
    // The simplest growing class (fits are in order of growth) within the parsimony margin of the best.
    const ModelFit* bestGrowing = nullptr;
    for (qsizetype i = 1; i < fits.size() && !bestGrowing; ++i) {
        if (fits[i].bic <= bestGrowingBic + kParsimonyMargin)
            bestGrowing = &fits[i];
    }
    // n and n log n are nearly collinear over any realistic span of sizes: a CPU that runs faster or slower
    // for the largest size alone bends a linear series enough to favour n log n. It has to win by a "very
    // strong" margin.
    const auto fitOf = [&](ComplexityClass complexity) {
        return std::find_if(fits.cbegin(), fits.cend(), [&](const ModelFit& fit) { return fit.complexity == complexity; });
    };
    if (bestGrowing->complexity == ComplexityClass::Linearithmic) {
        const auto linear = fitOf(ComplexityClass::Linear);
        if (linear != fits.cend() && linear->bic <= bestGrowing->bic + kLinearithmicMargin)
            bestGrowing = &*linear;
    }

    // 2. Noise: pooled SE of one median, widened when the data scatter more than assumed.
    const double m = double(points.size());
    double meanVariance = 0;
    for (double s : sigma)
        meanVariance += s * s / m;
    const double scatter = std::max(1.0, std::sqrt(bestGrowing->wrss / (m - 2.0)));
    result.noiseMs = scatter * std::sqrt(meanVariance);
    result.rangeChangeMs = bestGrowing->b
        * (complexityBasis(bestGrowing->complexity, result.nMax) - complexityBasis(bestGrowing->complexity, result.nMin));
    const bool flat = std::abs(result.rangeChangeMs) < kNoiseFactor * result.noiseMs;

    // The chosen model's descriptive numbers, filled in before the verdict so inconclusive results keep them.
    auto describe = [&](const ModelFit& fit) {
        result.a = fit.a;
        result.b = fit.b;
        double ssRes = 0;
        for (const SizePoint& p : points) {
            const double r = p.ms - fit.a - fit.b * complexityBasis(fit.complexity, p.n);
            ssRes += r * r;
        }
        result.residualStdMs = std::sqrt(ssRes / m);
        // R² in the fit's own (weighted) metric: the share of the constant model's WRSS the slope explains.
        result.r2 = fit.complexity == ComplexityClass::Constant || constant.wrss <= 0 ? 0.0 : 1.0 - fit.wrss / constant.wrss;
    };

    // 3. Constant, when it wins or when the trend is within noise, unless the medians jump about.
    if (bestAny == &constant || flat) {
        describe(constant);
        double chi2 = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double z = (points[i].ms - constant.a) / sigma[i];
            chi2 += z * z;
        }
        if (chi2 > chiSquare999(int(points.size()) - 1))
            return inconclusive(result,
                //: %1 = spread in ms, %2 = noise in ms
                Text::tr("latency varies with size without a consistent trend (medians scatter ±%1 ms, noise ±%2 ms)")
                    .arg(formatMs(result.residualStdMs), formatMs(result.noiseMs)));
        result.bestClass = ComplexityClass::Constant;
        return result;
    }

    describe(*bestGrowing);
    // 4. Falling latency is not a complexity class (often warm-up, caching, or a different query plan).
    if (result.rangeChangeMs < 0)
        return inconclusive(result,
            //: %1 = signed ms change, %2, %3 = sizes, %4 = noise in ms
            Text::tr("latency falls as data grows (%1 ms from n = %2 to %3, noise ±%4 ms)")
                .arg(signedMs(result.rangeChangeMs), formatSize(result.nMin), formatSize(result.nMax), formatMs(result.noiseMs)));

    // 5. A trend must not rest on the largest size alone: when the data without it are flat, that size is a
    //    jump (a cliff, or the machine changing speed while it was measured), not growth. With five sizes a
    //    single high last point is fitted best by n², so without this check one slow cell reads as quadratic.
    //    (Only the largest: leaving out the smallest would flatten every genuine O(log n).)
    if (leaveOneOut && distinct.size() >= 5) {
        qsizetype largest = 0;
        for (qsizetype j = 1; j < points.size(); ++j)
            largest = points[j].n > points[largest].n ? j : largest;
        QList<SizePoint> rest = points;
        rest.removeAt(largest);
        QList<QList<double>> restSamples = samplesMsPerSize;
        if (!restSamples.isEmpty())
            restSamples.removeAt(largest);
        if (classifyImpl(rest, restSamples, false).bestClass == ComplexityClass::Constant)
            return inconclusive(result,
                //: %1 = a dataset size, %2 = the class the data would have with it
                Text::tr("the growth rests on the largest size (%1) alone: without it latency is flat — a jump, not a "
                         "trend (%2 with it); measure a larger size to tell")
                    .arg(formatSize(points[largest].n), complexityName(bestGrowing->complexity)));
    }

    // 6. The best growing model.
    result.bestClass = bestGrowing->complexity;
    return result;
}

} // namespace

ComplexityFit classifyEndpoint(const QList<CellResult>& cells, const QString& endpoint)
{
    QList<SizePoint> points;
    QList<QList<double>> samples;
    for (const CellResult& cell : cells) {
        if (cell.endpoint != endpoint || cell.stats.count == 0)
            continue;
        points.append({ double(cell.records >= 0 ? cell.records : cell.size), cell.stats.p50Ms });
        QList<double> ms;
        ms.reserve(cell.samplesNs.size());
        for (const qint64 ns : cell.samplesNs)
            ms.append(double(ns) / 1e6);
        samples.append(ms);
    }
    return classify(points, samples);
}

} // namespace scalescope::analysis
