// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findings.h"

#include "analysis/loadanalysis.h"

#include "results/texttable.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace scalescope::analysis {

namespace {

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::Findings)
};

constexpr double kRepeatability = 0.10; // as in classify(): relative SE of a per-cell median between cells
constexpr double kMaxCrossing = 1e15; // records; beyond this a projection is meaningless
constexpr int kMinSamplesForSe = 5;
constexpr double kZ975 = 1.959964;

// ---------------------------------------------------------------------------------------------------------
// Series: one endpoint's cells, ordered by dataset size.

struct Series {
    QString endpoint;
    QString method;
    QString path;
    bool sweep = false;
    QList<const CellResult*> cells; // measured cells only (count > 0), ascending size
};

double sizeOf(const CellResult& cell) { return double(cell.records >= 0 ? cell.records : cell.size); }

// Endpoints in the order of their index in the run, then of first appearance.
QList<Series> seriesOf(const QList<CellResult>& cells)
{
    QList<Series> out;
    QList<int> indices;
    for (const CellResult& cell : cells) {
        if (cell.stats.count == 0)
            continue;
        qsizetype at = -1;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out[i].endpoint == cell.endpoint) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            Series series;
            series.endpoint = cell.endpoint;
            series.method = cell.method;
            series.path = cell.path;
            out.append(series);
            indices.append(cell.endpointIndex);
            at = out.size() - 1;
        }
        out[at].cells.append(&cell);
        if (cell.records < 0)
            out[at].sweep = true;
    }
    for (Series& series : out) {
        std::stable_sort(series.cells.begin(), series.cells.end(),
            [](const CellResult* l, const CellResult* r) { return sizeOf(*l) < sizeOf(*r); });
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < out.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) { return indices[l] < indices[r]; });
    QList<Series> sorted;
    for (qsizetype i : order)
        sorted.append(out[i]);
    return sorted;
}

double metricValue(const CellStatistics& stats, ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::P50:
        return stats.p50Ms;
    case ThresholdMetric::P90:
        return stats.p90Ms;
    case ThresholdMetric::P95:
        return stats.p95Ms;
    case ThresholdMetric::P99:
        return stats.p99Ms;
    case ThresholdMetric::Mean:
        return stats.meanMs;
    case ThresholdMetric::Max:
        return stats.maxMs;
    case ThresholdMetric::ErrorRate:
    case ThresholdMetric::Throughput:
    case ThresholdMetric::Scaling:
        break;
    }
    return 0.0;
}

ThresholdMetric metricOf(FindingStatistic statistic)
{
    return statistic == FindingStatistic::P95 ? ThresholdMetric::P95 : ThresholdMetric::P50;
}

QString metricName(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::P50:
        return QStringLiteral("p50");
    case ThresholdMetric::P90:
        return QStringLiteral("p90");
    case ThresholdMetric::P95:
        return QStringLiteral("p95");
    case ThresholdMetric::P99:
        return QStringLiteral("p99");
    case ThresholdMetric::Mean:
        return Text::tr("mean");
    case ThresholdMetric::Max:
        return Text::tr("max");
    case ThresholdMetric::ErrorRate:
        return Text::tr("error rate");
    case ThresholdMetric::Throughput:
        return Text::tr("throughput");
    case ThresholdMetric::Scaling:
        return Text::tr("scaling");
    }
    return {};
}

QString statisticName(FindingStatistic statistic)
{
    return statistic == FindingStatistic::P95 ? QStringLiteral("p95") : Text::tr("median");
}


double predict(const ComplexityFit& fit, double n)
{
    if (fit.bestClass == ComplexityClass::Constant)
        return fit.a;
    return fit.a + fit.b * complexityBasis(fit.bestClass, n);
}

// BIC(simpler) − the lowest BIC of the classes worse than it: > 0 favours worse growth; NaN when not fitted.
double evidenceAgainst(const ComplexityFit& fit, ComplexityClass simpler)
{
    double simplerBic = std::numeric_limits<double>::quiet_NaN();
    double worseBic = std::numeric_limits<double>::infinity();
    for (const auto& [complexity, bic] : fit.criterion) {
        if (complexity == simpler)
            simplerBic = bic;
        else if (int(complexity) > int(simpler))
            worseBic = std::min(worseBic, bic);
    }
    return std::isfinite(simplerBic) && std::isfinite(worseBic) ? simplerBic - worseBic
                                                                : std::numeric_limits<double>::quiet_NaN();
}

bool isGrowing(ComplexityClass complexity)
{
    return complexity == ComplexityClass::Logarithmic || complexity == ComplexityClass::Linear
        || complexity == ComplexityClass::Linearithmic || complexity == ComplexityClass::Quadratic;
}

// Same estimator as classify(): the 95 % order-statistic interval of the median, halved, / 1.96.
double medianStandardError(const QList<qint64>& samplesNs)
{
    const qsizetype m = samplesNs.size();
    if (m < kMinSamplesForSe)
        return 0.0;
    QList<double> ms;
    ms.reserve(m);
    for (const qint64 ns : samplesNs)
        ms.append(double(ns) / 1e6);
    std::sort(ms.begin(), ms.end());
    const double half = kZ975 * std::sqrt(double(m)) / 2.0;
    const auto lo = qsizetype(std::clamp(std::floor(double(m) / 2.0 - half), 0.0, double(m - 1)));
    const auto hi = qsizetype(std::clamp(std::ceil(double(m) / 2.0 + half), 0.0, double(m - 1)));
    return (ms[hi] - ms[lo]) / (2.0 * kZ975);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype m = values.size();
    if (m == 0)
        return 0.0;
    return m % 2 ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2.0;
}

// ---------------------------------------------------------------------------------------------------------
// Formatting.

QString formatSize(double n) { return QString::number(n, 'g', 10); }

QString formatFactor(double factor) { return QString::number(factor, 'f', factor < 10 ? 1 : 0); }

QString formatPercent(double rate) { return QString::number(rate * 100.0, 'f', 1); }

// Two significant figures with the locale's digit grouping: 41,000.
QString formatRoundedSize(double n)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(n, 1.0))) - 1.0);
    const double rounded = std::max(1.0, std::round(n / magnitude) * magnitude);
    return QLocale().toString(qlonglong(rounded));
}

QString rangeText(double from, double to, bool sweep)
{
    if (from == to)
        return sweep ? Text::tr("size %1").arg(formatSize(from)) : Text::tr("%1 records").arg(formatSize(from));
    //: %1 → %2 = smallest and largest size
    return sweep ? Text::tr("size %1 → %2").arg(formatSize(from), formatSize(to))
                 : Text::tr("%1 → %2 records").arg(formatSize(from), formatSize(to));
}

QString sizeText(double n, bool sweep)
{
    return sweep ? Text::tr("size %1").arg(formatSize(n)) : Text::tr("%1 records").arg(formatSize(n));
}

// ---------------------------------------------------------------------------------------------------------
// Recommendations, from what HTTP timings can tell: the growth class and the shape of the request.

enum class EndpointShape { Collection, SingleRecord, Write };

EndpointShape shapeOf(const QString& method, const QString& path)
{
    const QString verb = method.trimmed().toUpper();
    if (!verb.isEmpty() && verb != QStringLiteral("GET") && verb != QStringLiteral("HEAD"))
        return EndpointShape::Write;
    QString route = path.section(QLatin1Char('?'), 0, 0);
    while (route.endsWith(QLatin1Char('/')))
        route.chop(1);
    const QString last = route.section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char('{')) ? EndpointShape::SingleRecord : EndpointShape::Collection;
}

QString recommendationFor(ComplexityClass complexity, EndpointShape shape)
{
    switch (complexity) {
    case ComplexityClass::Linear:
        switch (shape) {
        case EndpointShape::Collection:
            return Text::tr("Paginate it (a page size bounds the work per request) and make sure the columns it filters "
                            "and sorts on are indexed.");
        case EndpointShape::SingleRecord:
            return Text::tr("Add an index on the lookup column: fetching one record should not take longer as the table "
                            "grows.");
        case EndpointShape::Write:
            return Text::tr("Check what a write does per existing record: a uniqueness check or foreign key without an "
                            "index, a trigger, or an aggregate recomputed over the whole table.");
        }
        break;
    case ComplexityClass::Linearithmic:
        return Text::tr("Look for sorting or grouping of the whole table per request: let an index deliver the order, "
                        "and paginate.");
    case ComplexityClass::Quadratic:
        return Text::tr("Look for a nested loop over the records or an N+1 query pattern (one query per record): fetch "
                        "related rows in one query, and paginate.");
    case ComplexityClass::Inconclusive:
        return Text::tr("Measure at least 4 sizes spanning a factor of 10 or more, with enough iterations per size "
                        "(30 or more) for stable medians.");
    case ComplexityClass::Constant:
    case ComplexityClass::Logarithmic:
        break;
    }
    return {};
}

// A weighted least-squares trend t = a + b·g(n) through the first points of a series, with the standard error
// of its prediction: ŝ·√(1/Σw + (g(n) − ḡ)²/Sgg), ŝ = max(1, √(WRSS/(m − k))) as in classify().
struct SizeTrend {
    ComplexityClass complexity = ComplexityClass::Constant;
    double gMean = 0, yMean = 0, b = 0, sw = 0, sgg = 0, scatter = 1;

    [[nodiscard]] double predict(double n) const
    {
        return complexity == ComplexityClass::Constant ? yMean : yMean + b * (complexityBasis(complexity, n) - gMean);
    }
    [[nodiscard]] double standardError(double n) const
    {
        double leverage = 1.0 / sw;
        if (complexity != ComplexityClass::Constant && sgg > 0) {
            const double dg = complexityBasis(complexity, n) - gMean;
            leverage += dg * dg / sgg;
        }
        return scatter * std::sqrt(leverage);
    }
};

SizeTrend fitTrend(ComplexityClass complexity, const QList<double>& n, const QList<double>& y, const QList<double>& sigma,
    qsizetype count)
{
    SizeTrend trend;
    trend.complexity = complexity;
    double sg = 0, sy = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double w = 1.0 / (sigma[i] * sigma[i]);
        trend.sw += w;
        sg += w * complexityBasis(complexity, n[i]);
        sy += w * y[i];
    }
    trend.gMean = sg / trend.sw;
    trend.yMean = sy / trend.sw;
    if (complexity != ComplexityClass::Constant) {
        double sgy = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const double w = 1.0 / (sigma[i] * sigma[i]);
            const double dg = complexityBasis(complexity, n[i]) - trend.gMean;
            trend.sgg += w * dg * dg;
            sgy += w * dg * (y[i] - trend.yMean);
        }
        trend.b = trend.sgg > 0 ? sgy / trend.sgg : 0.0;
    }
    double wrss = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double r = (y[i] - trend.predict(n[i])) / sigma[i];
        wrss += r * r;
    }
    const int parameters = complexity == ComplexityClass::Constant ? 1 : 2;
    if (count > parameters)
        trend.scatter = std::max(1.0, std::sqrt(wrss / double(count - parameters)));
    return trend;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

QList<Threshold> defaultThresholds()
{
    auto make = [](ThresholdMetric metric, double limit) {
        Threshold threshold;
        threshold.metric = metric;
        threshold.limit = limit;
        return threshold;
    };
    return { make(ThresholdMetric::P50, 100.0), make(ThresholdMetric::P95, 300.0), make(ThresholdMetric::P99, 500.0),
        make(ThresholdMetric::ErrorRate, 1.0), make(ThresholdMetric::Throughput, 100.0) };
}

ComplexityFit fitEndpoint(const QList<CellResult>& cells, const QString& endpoint, FindingStatistic statistic)
{
    return fitEndpoint(cells, endpoint, metricOf(statistic));
}

ComplexityFit fitEndpoint(const QList<CellResult>& cells, const QString& endpoint, ThresholdMetric metric)
{
    if (metric == ThresholdMetric::P50)
        return classifyEndpoint(cells, endpoint);
    QList<SizePoint> points;
    for (const CellResult& cell : cells) {
        if (cell.endpoint != endpoint || cell.stats.count == 0)
            continue;
        points.append({ sizeOf(cell), metricValue(cell.stats, metric) });
    }
    return classify(points);
}

std::optional<double> projectCrossing(const ComplexityFit& fit, double limitMs)
{
    if (!isGrowing(fit.bestClass) || !(fit.b > 0) || !std::isfinite(limitMs) || !(fit.nMax > 0))
        return std::nullopt;
    const auto at = [&](double n) { return fit.a + fit.b * complexityBasis(fit.bestClass, n); };
    if (at(fit.nMax) >= limitMs)
        return std::nullopt;
    // Every candidate basis grows monotonically for n ≥ 1: bracket by doubling, then bisect geometrically.
    double lo = fit.nMax;
    double hi = fit.nMax * 2.0;
    while (at(hi) < limitMs) {
        lo = hi;
        hi *= 2.0;
        if (hi > kMaxCrossing * 2.0)
            return std::nullopt;
    }
    for (int i = 0; i < 200 && hi / lo > 1.0 + 1e-12; ++i) {
        const double mid = std::sqrt(lo * hi);
        (at(mid) < limitMs ? lo : hi) = mid;
    }
    if (hi > kMaxCrossing)
        return std::nullopt;
    return hi;
}

// 1. -------------------------------------------------------------------------------------------------------

QList<Finding> findComplexity(const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    const QString statistic = statisticName(options.statistic);
    for (const Series& series : seriesOf(cells)) {
        const ComplexityFit fit = fitEndpoint(cells, series.endpoint, options.statistic);
        const EndpointShape shape = shapeOf(series.method, series.path);
        const QString range = rangeText(fit.nMin, fit.nMax, series.sweep);
        const QString r2 = QString::number(fit.r2, 'f', 2);
        Finding finding;
        finding.kind = FindingKind::Complexity;
        finding.severity = FindingSeverity::Info;
        finding.endpoint = series.endpoint;

        const double levelAtMin = predict(fit, fit.nMin);
        const bool material = fit.rangeChangeMs > options.materialGrowthMs
            && fit.rangeChangeMs > options.materialGrowthFraction * levelAtMin;

        switch (fit.bestClass) {
        case ComplexityClass::Inconclusive:
            //: %1 = endpoint, %2 = why
            finding.message
                = Text::tr("%1: how it grows with the data is inconclusive: %2").arg(series.endpoint, fit.reason);
            finding.recommendation = recommendationFor(fit.bestClass, shape);
            break;
        case ComplexityClass::Constant:
            //: %1 = endpoint, %2 = level in ms, %3 = scatter in ms, %4 = statistic ("median"), %5 = size range
            finding.message = Text::tr("%1 does not grow with the data: %2 ms ±%3 ms (%4, %5)")
                                  .arg(series.endpoint, results::formatMs(fit.a), results::formatMs(fit.residualStdMs),
                                      statistic, range);
            break;
        case ComplexityClass::Logarithmic:
            //: %1 = endpoint, %2 = "+0.4 ms when n doubles", %3 = statistic, %4 = R², %5 = size range
            finding.message = Text::tr("%1 grows logarithmically: %2 (%3, R² %4, %5)")
                                  .arg(series.endpoint, fit.slopeInWords(), statistic, r2, range);
            break;
        case ComplexityClass::Linear:
            if (material && !(evidenceAgainst(fit, ComplexityClass::Constant) >= options.strongEvidenceBic)) {
                //: %1 = endpoint, %2 = "+0.9 ms per 100 records", %3 = statistic, %4 = R², %5 = size range,
                //: %6 = BIC difference, %7 = the difference that counts as strong
                finding.message = Text::tr("%1 seems to grow linearly, but the evidence against a flat curve is weak (BIC "
                                           "difference %6, %7 needed): %2 (%3, R² %4, %5)")
                                      .arg(series.endpoint, fit.slopeInWords(), statistic, r2, range,
                                          QString::number(evidenceAgainst(fit, ComplexityClass::Constant), 'f', 2),
                                          QString::number(options.strongEvidenceBic, 'g', 3));
                finding.recommendation = Text::tr("Measure again with more iterations per size to confirm it.");
            } else if (material) {
                finding.severity = FindingSeverity::Warning;
                //: %1 = endpoint, %2 = "+0.9 ms per 100 records", %3 = statistic, %4 = R², %5 = size range
                finding.message = Text::tr("%1 grows linearly: %2 (%3, R² %4, %5)")
                                      .arg(series.endpoint, fit.slopeInWords(), statistic, r2, range);
                finding.recommendation = recommendationFor(fit.bestClass, shape);
            } else {
                //: %1 = endpoint, %2 = "+0.01 ms per 100 records", %3 = statistic, %4 = R², %5 = size range
                finding.message = Text::tr("%1 grows linearly, but little over the measured range: %2 (%3, R² %4, %5)")
                                      .arg(series.endpoint, fit.slopeInWords(), statistic, r2, range);
            }
            break;
        case ComplexityClass::Linearithmic:
        case ComplexityClass::Quadratic:
            finding.kind = FindingKind::NonLinearGrowth;
            if (material) {
                // Critical only when O(n²) is strongly preferred over O(n); otherwise it is at least linear.
                const bool strong = evidenceAgainst(fit, ComplexityClass::Linear) >= options.strongEvidenceBic;
                finding.severity = fit.bestClass == ComplexityClass::Quadratic && strong ? FindingSeverity::Critical
                                                                                         : FindingSeverity::Warning;
            }
            //: %1 = endpoint, %2 = "O(n²)", %3 = "+12 ms when n doubles (250 → 500)", %4 = statistic, %5 = R²,
            //: %6 = size range
            finding.message
                = Text::tr("%1 grows faster than the data, as %2: %3 (%4, R² %5, %6)")
                      .arg(series.endpoint, complexityName(fit.bestClass), fit.slopeInWords(), statistic, r2, range);
            finding.recommendation = recommendationFor(fit.bestClass, shape);
            break;
        }
        out.append(finding);
    }
    return out;
}

// 2. -------------------------------------------------------------------------------------------------------

QList<Finding> findCliffs(const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    const ThresholdMetric metric = metricOf(options.statistic);
    const bool withSamples = options.statistic == FindingStatistic::Median;
    const qsizetype minBefore = std::max(3, options.cliffMinPointsBefore);
    for (const Series& series : seriesOf(cells)) {
        QList<double> n;
        QList<double> y;
        QList<SizePoint> points;
        QList<QList<double>> samples;
        for (const CellResult* cell : series.cells) {
            n.append(sizeOf(*cell));
            y.append(metricValue(cell->stats, metric));
            points.append({ n.last(), y.last() });
            QList<double> ms;
            if (withSamples) {
                ms.reserve(cell->samplesNs.size());
                for (const qint64 ns : cell->samplesNs)
                    ms.append(double(ns) / 1e6);
            }
            samples.append(ms);
        }
        // Each median's standard error, as classify() weighs it: its samples' median SE and the repeatability.
        QList<double> sigma;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double se = withSamples ? medianStandardError(series.cells[i]->samplesNs) : 0.0;
            sigma.append(std::sqrt(se * se + kRepeatability * y[i] * kRepeatability * y[i]));
        }
        for (qsizetype k = minBefore; k < points.size(); ++k) {
            if (!(y[k] > 0) || !(y[k - 1] > 0) || n[k] <= n[k - 1])
                continue;
            // The points before the candidate must fit a model: classify() is inconclusive when they scatter
            // without a trend (χ² test), span too little, or fall.
            const ComplexityFit before
                = classify(points.mid(0, k), withSamples ? samples.mid(0, k) : QList<QList<double>> {});
            if (before.bestClass == ComplexityClass::Inconclusive)
                continue;
            // Expected: the larger of the chosen model's and a straight line's extrapolation, with the larger of
            // their prediction errors. A prefix that grows but is too short or noisy to show it passes as flat;
            // the line keeps its next step from looking like a cliff.
            const SizeTrend model = fitTrend(before.bestClass, n, y, sigma, k);
            const SizeTrend line = fitTrend(ComplexityClass::Linear, n, y, sigma, k);
            const double expected = std::max(model.predict(n[k]), line.predict(n[k]));
            const double expectedPrev = std::max(model.predict(n[k - 1]), line.predict(n[k - 1]));
            if (!(expected > 0) || !(expectedPrev > 0))
                continue;
            const double predictionSe = std::max(model.standardError(n[k]), line.standardError(n[k]));
            const double seOwn = withSamples ? medianStandardError(series.cells[k]->samplesNs) : 0.0;
            const double pointSe = std::sqrt(seOwn * seOwn + kRepeatability * expected * kRepeatability * expected);
            const double se = std::sqrt(predictionSe * predictionSe + pointSe * pointSe);
            const double margin = std::max(options.cliffNoiseFactor * se, options.cliffRelativeJump * expected);
            const double excess = y[k] - expected;
            if (excess <= margin || excess < options.cliffMinExcessMs)
                continue;

            Finding finding;
            finding.kind = FindingKind::Cliff;
            finding.severity = FindingSeverity::Warning;
            finding.endpoint = series.endpoint;
            finding.size = series.cells[k]->size;
            //: %1 = endpoint, %2 = observed factor, %3 → %4 = sizes ("200 and 500 records"), %5, %6 = ms,
            //: %7 = statistic, %8 = factor the trend expected
            finding.message = (series.sweep ? Text::tr("%1 jumps %2× between size %3 and %4: %5 → %6 ms (%7), where the "
                                                       "trend of the smaller sizes expected %8×")
                                            : Text::tr("%1 jumps %2× between %3 and %4 records: %5 → %6 ms (%7), where the "
                                                       "trend of the smaller sizes expected %8×"))
                                  .arg(series.endpoint, formatFactor(y[k] / y[k - 1]), formatSize(n[k - 1]),
                                      formatSize(n[k]), results::formatMs(y[k - 1]), results::formatMs(y[k]),
                                      statisticName(options.statistic), formatFactor(expected / expectedPrev));
            //: %1, %2 = the two sizes
            finding.recommendation = Text::tr("Something changes between %1 and %2: a cache or buffer that stops fitting, "
                                              "a query plan that switches from an index to a scan, or timeouts and "
                                              "retries. Measure sizes in between to find the edge, and compare the "
                                              "database's query plans on both sides of it.")
                                         .arg(formatSize(n[k - 1]), formatSize(n[k]));
            out.append(finding);
            break; // later points are judged against a trend that already contains the jump
        }
    }
    return out;
}

// 3. -------------------------------------------------------------------------------------------------------

QList<Finding> findSuccessDecline(const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    for (const Series& series : seriesOf(cells)) {
        const qsizetype m = series.cells.size();
        if (m < 2)
            continue;
        const qsizetype lowCount = std::max<qsizetype>(1, m / 2);
        double lowSuccesses = 0, lowTotal = 0;
        for (qsizetype i = 0; i < lowCount; ++i) {
            lowSuccesses += double(series.cells[i]->stats.successes);
            lowTotal += double(series.cells[i]->stats.count);
        }
        const double p1 = lowSuccesses / lowTotal;
        qsizetype worst = -1;
        double worstZ = 0;
        for (qsizetype k = lowCount; k < m; ++k) {
            const CellStatistics& stats = series.cells[k]->stats;
            const double n2 = double(stats.count);
            const double p2 = stats.successRate();
            const double pooled = (lowSuccesses + double(stats.successes)) / (lowTotal + n2);
            const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / lowTotal + 1.0 / n2));
            if (!(se > 0))
                continue;
            const double z = (p1 - p2) / se;
            if (z < options.successZ || (p1 - p2) * 100.0 < options.successMinDropPoints)
                continue;
            if (worst < 0 || p2 <= series.cells[worst]->stats.successRate()) {
                worst = k;
                worstZ = z;
            }
        }
        if (worst < 0)
            continue;
        const CellResult& cell = *series.cells[worst];
        const double p2 = cell.stats.successRate();
        const double dropPoints = (p1 - p2) * 100.0;
        Finding finding;
        finding.kind = FindingKind::SuccessDecline;
        finding.severity
            = dropPoints >= options.successCriticalDropPoints ? FindingSeverity::Critical : FindingSeverity::Warning;
        finding.endpoint = series.endpoint;
        finding.size = cell.size;
        const QString lowRange
            = rangeText(sizeOf(*series.cells.first()), sizeOf(*series.cells[lowCount - 1]), series.sweep);
        //: %1 = endpoint, %2 = success % at the larger size, %3 = that size, %4 = pooled success % of the smaller
        //: sizes, %5 = their range, %6 = z statistic
        finding.message = Text::tr("%1 succeeds less often as the data grows: %2 % at %3, against %4 % at %5 (z = %6)")
                              .arg(series.endpoint, formatPercent(p2), sizeText(sizeOf(cell), series.sweep),
                                  formatPercent(p1), lowRange, QString::number(worstZ, 'f', 1));
        // The dominant failure kind at that size makes the advice concrete.
        std::size_t dominant = 0;
        for (std::size_t i = 1; i < cell.stats.failures.size(); ++i) {
            if (cell.stats.failures[i] > cell.stats.failures[dominant])
                dominant = i;
        }
        const auto kind = static_cast<FailureKind>(dominant);
        const quint64 failed = cell.stats.failureCount();
        if (kind == FailureKind::Timeout) {
            //: %1 = failures of that kind, %2 = all failures, %3 = size
            finding.recommendation = Text::tr("%1 of the %2 failures at %3 are timeouts: the work per request outgrows "
                                              "the time limit. Act on the growth findings for this endpoint, or raise "
                                              "the target's timeout if slow answers are acceptable.")
                                         .arg(cell.stats.failures[dominant])
                                         .arg(failed)
                                         .arg(sizeText(sizeOf(cell), series.sweep));
        } else if (cell.stats.failures[dominant] > 0) {
            //: %1 = failures of that kind, %2 = all failures, %3 = the kind ("HTTP 5xx"), %4 = size
            finding.recommendation = Text::tr("%1 of the %2 failures at %4 are \"%3\". Look at the error samples and the "
                                              "server's log at that size: server errors at larger data often come from "
                                              "query timeouts, memory or payload limits.")
                                         .arg(cell.stats.failures[dominant])
                                         .arg(failed)
                                         .arg(failureKindLabel(kind), sizeText(sizeOf(cell), series.sweep));
        }
        out.append(finding);
    }
    return out;
}

// 4. -------------------------------------------------------------------------------------------------------

QList<Finding> findOutlierEndpoints(const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    const ThresholdMetric metric = metricOf(options.statistic);
    const QList<Series> all = seriesOf(cells);
    for (const Series& series : all) {
        struct Hit {
            const CellResult* cell;
            double value;
            double others;
        };
        QList<Hit> hits;
        for (const CellResult* cell : series.cells) {
            QList<double> siblings;
            for (const Series& other : all) {
                if (other.endpoint == series.endpoint)
                    continue;
                for (const CellResult* candidate : other.cells) {
                    if (candidate->size == cell->size) {
                        siblings.append(metricValue(candidate->stats, metric));
                        break;
                    }
                }
            }
            if (siblings.size() < options.outlierMinSiblings || siblings.isEmpty())
                continue;
            const double value = metricValue(cell->stats, metric);
            const double others = median(siblings);
            if (value > options.outlierFactor * others && value - others > options.outlierMinMs)
                hits.append({ cell, value, others });
        }
        if (hits.isEmpty())
            continue;
        const Hit& hit = hits.last(); // the largest size
        Finding finding;
        finding.kind = FindingKind::OutlierEndpoint;
        finding.severity = FindingSeverity::Warning;
        finding.endpoint = series.endpoint;
        finding.size = hit.cell->size;
        const QString factor = hit.others > 0 ? formatFactor(hit.value / hit.others) : QStringLiteral("∞");
        //: %1 = endpoint, %2 = factor, %3 = size, %4 = its ms, %5 = the others' median ms, %6 = statistic
        finding.message
            = Text::tr("%1 is %2× slower than the other endpoints at %3: %4 ms against their median %5 ms (%6).")
                  .arg(series.endpoint, factor, sizeText(sizeOf(*hit.cell), series.sweep), results::formatMs(hit.value),
                      results::formatMs(hit.others), statisticName(options.statistic));
        if (hits.size() > 1) {
            //: %n = number of further sizes
            finding.message
                += QLatin1Char(' ') + Text::tr("The same holds at %n smaller size(s).", nullptr, int(hits.size() - 1));
        }
        finding.recommendation = Text::tr("Profile this endpoint first: it dominates the response time at this size. If "
                                          "it is expected to do more (an export, a report), consider computing it in the "
                                          "background or caching it.");
        out.append(finding);
    }
    return out;
}

// 5. -------------------------------------------------------------------------------------------------------

QList<Finding> findProjections(const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    const auto projectable = [](ThresholdMetric metric) {
        return metric == ThresholdMetric::P50 || metric == ThresholdMetric::P90 || metric == ThresholdMetric::P95
            || metric == ThresholdMetric::P99 || metric == ThresholdMetric::Mean;
    };
    for (const Series& series : seriesOf(cells)) {
        QList<Threshold> limits;
        for (const Threshold& threshold : plan.thresholds) {
            if (!projectable(threshold.metric) || !(threshold.limit > 0))
                continue;
            if (!threshold.endpoint.isEmpty() && threshold.endpoint != series.endpoint)
                continue;
            const bool duplicate = std::any_of(limits.begin(), limits.end(),
                [&](const Threshold& t) { return t.metric == threshold.metric && t.limit == threshold.limit; });
            if (!duplicate)
                limits.append(threshold);
        }
        if (limits.isEmpty()) {
            for (const Threshold& threshold : defaultThresholds()) {
                if (threshold.metric == ThresholdMetric::P50 || threshold.metric == ThresholdMetric::P95)
                    limits.append(threshold);
            }
        }
        for (const Threshold& threshold : limits) {
            // A measured size already beyond the limit is a threshold failure, not a projection.
            const bool crossed = std::any_of(series.cells.begin(), series.cells.end(),
                [&](const CellResult* cell) { return metricValue(cell->stats, threshold.metric) >= threshold.limit; });
            if (crossed)
                continue;
            const ComplexityFit fit = fitEndpoint(cells, series.endpoint, threshold.metric);
            const std::optional<double> crossing = projectCrossing(fit, threshold.limit);
            if (!crossing)
                continue;
            const double factor = *crossing / fit.nMax;
            if (factor > options.maxProjectionFactor)
                continue;
            Finding finding;
            finding.kind = FindingKind::Projection;
            finding.endpoint = series.endpoint;
            finding.size = int(std::min(*crossing, double(INT_MAX)));
            const QString where = series.sweep ? Text::tr("size %1").arg(formatRoundedSize(*crossing))
                                               : Text::tr("%1 records").arg(formatRoundedSize(*crossing));
            const QString limit = metricName(threshold.metric) + QLatin1Char(' ')
                + QString::number(threshold.limit, 'g', 6) + QStringLiteral(" ms");
            if (factor > options.extrapolationCaveatFactor) {
                finding.severity = FindingSeverity::Info;
                //: %1 = endpoint, %2 = "p95 300 ms", %3 = "41,000 records", %4 = factor beyond the largest size,
                //: %5 = growth class
                finding.message
                    = Text::tr("%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5 — "
                               "an extrapolation, treat it as a rough guide)")
                          .arg(series.endpoint, limit, where, formatFactor(factor), complexityName(fit.bestClass));
                finding.recommendation = Text::tr("Measure at larger sizes before relying on this figure.");
            } else {
                finding.severity = FindingSeverity::Warning;
                //: %1 = endpoint, %2 = "p95 300 ms", %3 = "2,400 records", %4 = factor beyond the largest size,
                //: %5 = growth class
                finding.message
                    = Text::tr("%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5)")
                          .arg(series.endpoint, limit, where, formatFactor(factor), complexityName(fit.bestClass));
                finding.recommendation = Text::tr("That is within reach: act on this endpoint's growth before the data gets "
                                                  "there, and measure sizes closer to it to confirm.");
            }
            out.append(finding);
        }
    }
    return out;
}

// 6. -------------------------------------------------------------------------------------------------------

QList<CeilingVerdict> evaluateScalingCeilings(
    const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<CeilingVerdict> out;
    QStringList endpoints;
    for (const EndpointConfig& endpoint : plan.endpoints)
        endpoints.append(endpoint.name);
    if (endpoints.isEmpty()) {
        for (const Series& series : seriesOf(cells))
            endpoints.append(series.endpoint);
    }
    for (const Threshold& threshold : plan.thresholds) {
        if (threshold.metric != ThresholdMetric::Scaling)
            continue;
        const QStringList names = threshold.endpoint.isEmpty() ? endpoints : QStringList { threshold.endpoint };
        for (const QString& name : names) {
            CeilingVerdict verdict;
            verdict.threshold = threshold;
            verdict.endpoint = name;
            const QString ceiling = complexityName(threshold.ceiling);
            if (threshold.ceiling == ComplexityClass::Inconclusive) {
                //: %1 = endpoint
                verdict.message = Text::tr("%1: the scaling ceiling is not a complexity class (use O(1), O(log n), O(n), "
                                           "O(n log n) or O(n²)); not checked")
                                      .arg(name);
                out.append(verdict);
                continue;
            }
            const bool measuredAny = std::any_of(cells.begin(), cells.end(),
                [&](const CellResult& cell) { return cell.endpoint == name && cell.stats.count > 0; });
            if (!measuredAny) {
                //: %1 = endpoint, %2 = ceiling class
                verdict.message = Text::tr("%1 was not measured; the scaling ceiling %2 passes").arg(name, ceiling);
                out.append(verdict);
                continue;
            }
            const ComplexityFit fit = classifyEndpoint(cells, name);
            verdict.measured = fit.bestClass;
            if (fit.bestClass == ComplexityClass::Inconclusive) {
                //: %1 = endpoint, %2 = the reason, %3 = ceiling class
                verdict.message = Text::tr("%1: the growth cannot be classified (%2); the scaling ceiling %3 passes")
                                      .arg(name, fit.reason, ceiling);
                out.append(verdict);
                continue;
            }
            const double evidence = evidenceAgainst(fit, threshold.ceiling);
            verdict.evidence = std::isfinite(evidence) ? evidence : 0.0;
            const QString measured = complexityName(fit.bestClass);
            if (int(fit.bestClass) <= int(threshold.ceiling)) {
                verdict.outcome = CeilingOutcome::Passed;
                //: %1 = endpoint, %2 = measured class, %3 = ceiling class
                verdict.message = Text::tr("%1 scales as %2, within the ceiling %3").arg(name, measured, ceiling);
            } else if (verdict.evidence >= options.strongEvidenceBic) {
                verdict.outcome = CeilingOutcome::Failed;
                //: %1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference
                verdict.message = Text::tr("%1 scales as %2, worse than the ceiling %3 (strong evidence: the BIC of %3 is "
                                           "%4 higher)")
                                      .arg(name, measured, ceiling, QString::number(verdict.evidence, 'f', 1));
            } else {
                verdict.outcome = CeilingOutcome::Passed;
                //: %1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference, %5 = required
                verdict.message = Text::tr("%1 looks %2, worse than the ceiling %3, but the evidence is weak (BIC difference "
                                           "%4, %5 needed); passes")
                                      .arg(name, measured, ceiling, QString::number(verdict.evidence, 'f', 2),
                                          QString::number(options.strongEvidenceBic, 'g', 3));
            }
            out.append(verdict);
        }
    }
    return out;
}

QList<Finding> findScalingCeilings(const Plan& plan, const QList<CellResult>& cells, const FindingOptions& options)
{
    QList<Finding> out;
    for (const CeilingVerdict& verdict : evaluateScalingCeilings(plan, cells, options)) {
        if (verdict.outcome == CeilingOutcome::Passed)
            continue;
        Finding finding;
        finding.kind = FindingKind::ScalingCeiling;
        finding.endpoint = verdict.endpoint;
        finding.message = verdict.message;
        if (verdict.outcome == CeilingOutcome::Failed) {
            finding.severity = FindingSeverity::Critical;
            QString method, path;
            for (const CellResult& cell : cells) {
                if (cell.endpoint == verdict.endpoint) {
                    method = cell.method;
                    path = cell.path;
                    break;
                }
            }
            finding.recommendation = recommendationFor(verdict.measured, shapeOf(method, path));
        } else {
            finding.severity = FindingSeverity::Info;
            finding.recommendation = recommendationFor(ComplexityClass::Inconclusive, EndpointShape::Collection);
        }
        out.append(finding);
    }
    return out;
}

QList<Finding> findFindings(const RunResult& run, const FindingOptions& options)
{
    if (run.load) // a load test: its stages are not dataset sizes
        return loadFindings(*run.load, run.cells);
    QList<Finding> out;
    out += findComplexity(run.cells, options);
    out += findCliffs(run.cells, options);
    out += findSuccessDecline(run.cells, options);
    out += findOutlierEndpoints(run.cells, options);
    out += findProjections(run.plan, run.cells, options);
    out += findScalingCeilings(run.plan, run.cells, options);
    std::stable_sort(
        out.begin(), out.end(), [](const Finding& l, const Finding& r) { return int(l.severity) > int(r.severity); });
    return out;
}

} // namespace scalescope::analysis
