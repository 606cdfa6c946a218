// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/loadanalysis.h"

#include "results/texttable.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <limits>
#include <random>

namespace scalescope::analysis {

namespace {

/// The translation context of this file's messages (see findings.cpp).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::analysis::LoadAnalysis)
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// USL: κ is negligible when κN(N − 1) at the largest level stays below this (0.01 % of the throughput there).
constexpr double kNegligibleCoherency = 1e-4;
constexpr int kMaxLmIterations = 500;

// Theil–Sen: exact up to this many pairs, from as many sampled pairs beyond.
constexpr qint64 kExactPairs = 500000;

// Findings (docs/findings.md, "Load tests").
constexpr double kRecoveryTolerance = 0.20; // recovered: within 20 % of the first step's p95 and error rate …
constexpr double kRecoveryP95SlackMs = 1.0; // … or within this many ms / percentage points of them
constexpr double kRecoveryErrorSlackPoints = 0.1;
constexpr double kPeakReachFactor = 10.0; // a USL peak beyond 10 × the largest level is "not within reach"
constexpr double kLinearEfficiency = 0.90; // "still rising linearly": X(Nmax) ≥ 90 % of λ·Nmax
constexpr double kMaterialLatencyMs = 1.0; // latency trend: a change over the run ≥ 1 ms and ≥ 10 % of the mean
constexpr double kMaterialLatencyFraction = 0.10;
constexpr double kMaterialErrorPoints = 0.5; // error-rate trend: a change over the run ≥ 0.5 percentage points
constexpr double kMemoryMbPerHour = 1.0; // memory growth: > 1 MB/hour and > 2 %/hour
constexpr double kMemoryRelativePerHour = 0.02;
constexpr double kOmissionFactor = 2.0; // corrected p99 > 2 × raw p99 and > 10 ms above it
constexpr double kOmissionMinMs = 10.0;

// ---------------------------------------------------------------------------------------------------------
// Formatting (results::formatMs() for milliseconds, as findings.cpp; the report's helpers are not reachable from
// core/analysis).

QString trimmedNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

QString formatPercent(double percent) { return trimmedNumber(percent, 1); } // "12", "12.4"

// Two significant figures for rates of change: "30", "4.1", "0.52".
QString formatChange(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 10.0)
        return QString::number(value, 'f', 0);
    if (magnitude >= 1.0)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'g', 2);
}

QString formatSignedPercent(double percent)
{
    return (percent >= 0 ? QStringLiteral("+") : QString()) + formatChange(percent);
}

QString formatRate(double perSecond)
{
    if (!std::isfinite(perSecond))
        return QStringLiteral("∞");
    if (perSecond >= 100.0)
        return QLocale().toString(qlonglong(std::llround(perSecond)));
    return QString::number(perSecond, 'f', perSecond >= 10.0 ? 1 : 2);
}

// Two significant figures with the locale's digit grouping, for approximate values: 8,400.
QString formatApproxRate(double perSecond)
{
    if (!std::isfinite(perSecond))
        return QStringLiteral("∞");
    if (perSecond < 100.0)
        return formatRate(perSecond);
    const double magnitude = std::pow(10.0, std::floor(std::log10(perSecond)) - 1.0);
    return QLocale().toString(qlonglong(std::llround(std::round(perSecond / magnitude) * magnitude)));
}

QString formatMb(double mb) { return QString::number(mb, 'f', std::abs(mb) >= 10.0 ? 0 : 1); }

// σ and κ: "0.05", "0.001"; below 10⁻⁹ (rounding noise of a fit at the bound) "0".
QString formatCoefficient(double value) { return value < 1e-9 ? QStringLiteral("0") : QString::number(value, 'g', 2); }

QString formatPValue(double p)
{
    return p < 0.0001 ? QStringLiteral("< 0.0001") : QStringLiteral("= ") + QString::number(p, 'g', 2);
}

QString formatCount(quint64 count) { return QLocale().toString(qulonglong(count)); }

int pluralCount(quint64 count) { return int(std::min<quint64>(count, INT_MAX)); }

// "10 min", "45 s", "2.5 h".
QString formatSpan(double seconds)
{
    if (seconds < 120.0)
        return Text::tr("%1 s").arg(QString::number(std::round(seconds), 'f', 0));
    if (seconds < 2.0 * 3600.0)
        return Text::tr("%1 min").arg(QString::number(std::round(seconds / 60.0), 'f', 0));
    return Text::tr("%1 h").arg(trimmedNumber(seconds / 3600.0, 1));
}

QString levelText(double level, LoadConfig::Model model)
{
    if (model == LoadConfig::Model::Closed)
        return Text::tr("%n user(s)", nullptr, int(std::llround(std::clamp(level, 0.0, double(INT_MAX)))));
    //: %1 = an arrival rate
    return Text::tr("%1 requests/s").arg(level >= 100.0 ? formatRate(level) : trimmedNumber(level, 1));
}

QString msText(double ms) { return results::formatMs(ms); }

// ---------------------------------------------------------------------------------------------------------
// Small numerics.

double median(QList<double> values)
{
    const qsizetype m = values.size();
    if (m == 0)
        return 0.0;
    auto mid = values.begin() + m / 2;
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    if (m % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2.0;
}

using Vector3 = std::array<double, 3>;
using Matrix3 = std::array<Vector3, 3>;

// Solves the k × k system a·x = b (k ≤ 3) by Gaussian elimination with partial pivoting; false when singular.
bool solve(Matrix3 a, Vector3 b, int k, Vector3& x)
{
    for (int col = 0; col < k; ++col) {
        int pivot = col;
        for (int row = col + 1; row < k; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        }
        if (!(std::abs(a[pivot][col]) > 0.0))
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (int row = col + 1; row < k; ++row) {
            const double factor = a[row][col] / a[col][col];
            for (int c = col; c < k; ++c)
                a[row][c] -= factor * a[col][c];
            b[row] -= factor * b[col];
        }
    }
    for (int row = k - 1; row >= 0; --row) {
        double sum = b[row];
        for (int c = row + 1; c < k; ++c)
            sum -= a[row][c] * x[c];
        x[row] = sum / a[row][row];
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// USL.

double uslDenominator(double sigma, double kappa, double n) { return 1.0 + sigma * (n - 1.0) + kappa * n * (n - 1.0); }

struct UslParams {
    double logLambda = 0;
    double sigma = 0;
    double kappa = 0;
};

// Σ (ln X − ln X̂)²; infinity when a denominator is not positive.
double uslLogSse(const UslParams& p, const QList<UslPoint>& points)
{
    double sse = 0;
    for (const UslPoint& point : points) {
        const double d = uslDenominator(p.sigma, p.kappa, point.n);
        if (!(d > 0))
            return kInfinity;
        const double r = std::log(point.throughput) - (p.logLambda + std::log(point.n) - std::log(d));
        sse += r * r;
    }
    return sse;
}

// Projected Levenberg–Marquardt on (ln λ, σ, κ) with σ, κ ≥ 0: a bound variable whose gradient points outwards is
// held at 0 for the step (active set), the others move; every trial is clamped to the bounds.
UslParams refineUsl(UslParams p, const QList<UslPoint>& points)
{
    double current = uslLogSse(p, points);
    double mu = 1e-3;
    for (int iteration = 0; iteration < kMaxLmIterations && std::isfinite(current); ++iteration) {
        Matrix3 jtj {};
        Vector3 jtr {};
        for (const UslPoint& point : points) {
            const double d = uslDenominator(p.sigma, p.kappa, point.n);
            const double r = std::log(point.throughput) - (p.logLambda + std::log(point.n) - std::log(d));
            const Vector3 j { 1.0, -(point.n - 1.0) / d, -point.n * (point.n - 1.0) / d }; // ∂ model / ∂ parameter
            for (int a = 0; a < 3; ++a) {
                jtr[a] += j[a] * r;
                for (int b = 0; b < 3; ++b)
                    jtj[a][b] += j[a] * j[b];
            }
        }
        // −2·jtr is the gradient of the SSE: a parameter at 0 with jtr ≤ 0 wants to go negative.
        const std::array<bool, 3> movable { true, p.sigma > 0 || jtr[1] > 0, p.kappa > 0 || jtr[2] > 0 };
        std::array<int, 3> map {};
        int k = 0;
        for (int a = 0; a < 3; ++a) {
            if (movable[a])
                map[k++] = a;
        }
        bool improved = false;
        while (mu < 1e12) {
            Matrix3 reduced {};
            Vector3 rhs {};
            for (int a = 0; a < k; ++a) {
                for (int b = 0; b < k; ++b)
                    reduced[a][b] = jtj[map[a]][map[b]];
                reduced[a][a] += mu * std::max(jtj[map[a]][map[a]], 1e-12);
                rhs[a] = jtr[map[a]];
            }
            Vector3 step {};
            if (!solve(reduced, rhs, k, step)) {
                mu *= 4.0;
                continue;
            }
            Vector3 full {};
            for (int a = 0; a < k; ++a)
                full[map[a]] = step[a];
            UslParams trial { p.logLambda + full[0], std::max(0.0, p.sigma + full[1]),
                std::max(0.0, p.kappa + full[2]) };
            const double value = uslLogSse(trial, points);
            if (value < current) {
                const double gain = current - value;
                p = trial;
                current = value;
                mu = std::max(mu / 3.0, 1e-12);
                improved = gain > 1e-15 * (1.0 + current);
                break;
            }
            mu *= 4.0;
        }
        if (!improved)
            break;
    }
    return p;
}

// A start from the linearisation λ₀N/X − 1 = σ(N − 1) + κN(N − 1) (no intercept), the best of its non-negative
// least-squares candidates (both, σ only, κ only).
UslParams linearisedStart(const QList<UslPoint>& points, double lambda0)
{
    double suu = 0, suv = 0, svv = 0, suy = 0, svy = 0;
    for (const UslPoint& point : points) {
        const double y = lambda0 * point.n / point.throughput - 1.0;
        const double u = point.n - 1.0;
        const double v = point.n * (point.n - 1.0);
        suu += u * u;
        suv += u * v;
        svv += v * v;
        suy += u * y;
        svy += v * y;
    }
    struct Candidate {
        double sigma, kappa;
    };
    QList<Candidate> candidates { { 0.0, 0.0 } };
    const double det = suu * svv - suv * suv;
    if (det > 0) {
        const double s = (suy * svv - svy * suv) / det;
        const double c = (svy * suu - suy * suv) / det;
        if (s >= 0 && c >= 0)
            candidates.append({ s, c });
    }
    if (suu > 0 && suy > 0)
        candidates.append({ suy / suu, 0.0 });
    if (svv > 0 && svy > 0)
        candidates.append({ 0.0, svy / svv });
    UslParams best { std::log(lambda0), 0.0, 0.0 };
    double bestSse = kInfinity;
    for (const Candidate& candidate : candidates) {
        const UslParams p { std::log(lambda0), candidate.sigma, candidate.kappa };
        const double value = uslLogSse(p, points);
        if (value < bestSse) {
            bestSse = value;
            best = p;
        }
    }
    return best;
}

} // namespace

double UslFit::predict(double n) const
{
    if (!ok)
        return 0.0;
    const double d = uslDenominator(sigma, kappa, n);
    return d > 0 ? lambda * n / d : 0.0;
}

UslFit fitUsl(const QList<UslPoint>& points)
{
    UslFit fit;
    for (const UslPoint& point : points) {
        if (!std::isfinite(point.n) || point.n < 1.0) {
            //: %1 = the level
            fit.reason = Text::tr("level %1 is not a number of users of at least 1").arg(point.n);
            return fit;
        }
        if (!std::isfinite(point.throughput) || !(point.throughput > 0)) {
            //: %1 = users, %2 = the throughput
            fit.reason
                = Text::tr("the throughput at %1 users is %2; the fit needs a positive throughput at every level")
                      .arg(point.n)
                      .arg(point.throughput);
            return fit;
        }
    }
    QList<double> levels;
    for (const UslPoint& point : points)
        levels.append(point.n);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    if (levels.size() < 3) {
        //: %n = number of distinct levels
        fit.reason = Text::tr("%n distinct level(s) measured; the Universal Scalability Law needs at least 3", nullptr,
            int(levels.size()));
        return fit;
    }
    const double nMax = levels.last();

    // λ is at least the best per-user throughput (X/N can only fall as N grows under the USL).
    double lambda0 = 0;
    for (const UslPoint& point : points)
        lambda0 = std::max(lambda0, point.throughput / point.n);
    UslParams best = refineUsl(UslParams { std::log(lambda0), 0.0, 0.0 }, points);
    double bestSse = uslLogSse(best, points);
    const UslParams fromLinear = refineUsl(linearisedStart(points, lambda0), points);
    if (const double value = uslLogSse(fromLinear, points); value < bestSse) {
        best = fromLinear;
        bestSse = value;
    }
    if (!std::isfinite(bestSse) || !std::isfinite(best.logLambda)) {
        fit.reason = Text::tr("the least-squares fit did not converge");
        return fit;
    }
    fit.ok = true;
    fit.lambda = std::exp(best.logLambda);
    fit.sigma = best.sigma;
    fit.kappa = best.kappa;

    double mean = 0;
    for (const UslPoint& point : points)
        mean += point.throughput;
    mean /= double(points.size());
    double ssRes = 0, ssTot = 0;
    for (const UslPoint& point : points) {
        const double r = point.throughput - fit.predict(point.n);
        ssRes += r * r;
        ssTot += (point.throughput - mean) * (point.throughput - mean);
    }
    fit.r2 = ssTot > 0 ? 1.0 - ssRes / ssTot : (ssRes <= 1e-12 ? 1.0 : 0.0);

    if (fit.sigma >= 1.0) {
        // X(N) = λN / (1 + σ(N − 1) + …) cannot exceed X(1) = λ: the best level is a single user.
        fit.peakConcurrency = 1.0;
        fit.maxThroughput = fit.lambda;
    } else if (fit.kappa * nMax * (nMax - 1.0) < kNegligibleCoherency) {
        fit.peakConcurrency = kInfinity;
        fit.maxThroughput = fit.sigma > 0 ? fit.lambda / fit.sigma : kInfinity;
    } else {
        fit.peakConcurrency = std::max(1.0, std::sqrt((1.0 - fit.sigma) / fit.kappa));
        fit.maxThroughput = fit.predict(fit.peakConcurrency);
    }
    return fit;
}

// ---------------------------------------------------------------------------------------------------------
// Trend.

Trend trendPerHour(const QList<QPair<double, double>>& input)
{
    Trend trend;
    QList<QPair<double, double>> points;
    points.reserve(input.size());
    for (const auto& point : input) {
        if (std::isfinite(point.first) && std::isfinite(point.second))
            points.append(point);
    }
    std::stable_sort(points.begin(), points.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    const qsizetype n = points.size();
    trend.points = int(std::min<qsizetype>(n, INT_MAX));
    if (n < 3) {
        //: %n = number of points
        trend.reason = Text::tr("%n point(s); a trend needs at least 3", nullptr, trend.points);
        return trend;
    }
    if (points.first().first == points.last().first) {
        trend.reason = Text::tr("all points were taken at the same time");
        return trend;
    }

    // Theil–Sen: the median of the slopes of all pairs with distinct times.
    QList<double> slopes;
    const qint64 pairs = qint64(n) * qint64(n - 1) / 2;
    if (pairs <= kExactPairs) {
        slopes.reserve(qsizetype(pairs));
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = i + 1; j < n; ++j) {
                const double dx = points[j].first - points[i].first;
                if (dx > 0)
                    slopes.append((points[j].second - points[i].second) / dx);
            }
        }
    } else {
        // A fixed seed keeps the function pure: the same input gives the same slope.
        std::mt19937_64 rng(0x5ca1e5c0beULL);
        std::uniform_int_distribution<qsizetype> pick(0, n - 1);
        slopes.reserve(qsizetype(kExactPairs));
        for (qint64 attempt = 0; attempt < 4 * kExactPairs && slopes.size() < kExactPairs; ++attempt) {
            const qsizetype i = pick(rng);
            const qsizetype j = pick(rng);
            const double dx = points[j].first - points[i].first;
            if (dx != 0)
                slopes.append((points[j].second - points[i].second) / dx);
        }
    }
    const double slope = median(slopes);
    QList<double> residuals;
    residuals.reserve(n);
    double mean = 0;
    for (const auto& point : points) {
        residuals.append(point.second - slope * point.first);
        mean += point.second;
    }
    mean /= double(n);
    trend.intercept = median(residuals);
    trend.slopePerHour = slope * 3600.0;
    trend.relativePerHour = mean != 0 ? trend.slopePerHour / std::abs(mean) : 0.0;

    // Mann–Kendall: S = Σ sign(yⱼ − yᵢ) over the pairs in time order (pairs at the same time count 0).
    qint64 s = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (points[j].first == points[i].first)
                continue;
            const double dy = points[j].second - points[i].second;
            s += dy > 0 ? 1 : (dy < 0 ? -1 : 0);
        }
    }
    QList<double> values;
    values.reserve(n);
    for (const auto& point : points)
        values.append(point.second);
    std::sort(values.begin(), values.end());
    double tieTerm = 0;
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        while (j < n && values[j] == values[i])
            ++j;
        const double t = double(j - i);
        tieTerm += t * (t - 1.0) * (2.0 * t + 5.0);
        i = j;
    }
    const double dn = double(n);
    const double variance = (dn * (dn - 1.0) * (2.0 * dn + 5.0) - tieTerm) / 18.0;
    double z = 0;
    if (variance > 0 && s != 0)
        z = (double(s) - (s > 0 ? 1.0 : -1.0)) / std::sqrt(variance);
    trend.pValue = variance > 0 ? std::min(1.0, std::erfc(std::abs(z) / std::sqrt(2.0))) : 1.0;
    trend.significant = trend.pValue < kTrendAlpha && n >= kTrendMinPoints;
    trend.ok = true;
    return trend;
}

// ---------------------------------------------------------------------------------------------------------
// Findings.

namespace {

const LoadStage* stageAt(const LoadResult& load, std::optional<int> index)
{
    if (!index || *index < 0 || *index >= load.stages.size())
        return nullptr;
    return &load.stages.at(*index);
}

QString stopReasonText(const LoadResult& load, const LoadStage& broke, const LoadStage* previous)
{
    switch (load.stress.reason) {
    case StressOutcome::Reason::ErrorRate:
        //: %1 = the step's error rate, %2 = the plan's limit (both percent)
        return Text::tr("error rate %1 % > %2 %")
            .arg(formatPercent(broke.errorRatePercent()), formatPercent(load.config.stopErrorRatePercent));
    case StressOutcome::Reason::P95:
        //: %1 = the step's p95, %2 = the plan's limit (both ms)
        return Text::tr("p95 %1 ms > %2 ms").arg(msText(broke.p95Ms), msText(load.config.stopP95Ms));
    case StressOutcome::Reason::ThroughputPlateau:
        if (previous && previous->throughput > 0) {
            //: %1 = growth in percent, %2 → %3 = throughput of the previous step and of this one
            return Text::tr("throughput grew only %1 % over the previous step (%2 → %3 requests/s)")
                .arg(formatPercent(100.0 * (broke.throughput / previous->throughput - 1.0)),
                    formatRate(previous->throughput), formatRate(broke.throughput));
        }
        return Text::tr("throughput stopped growing");
    case StressOutcome::Reason::None:
    case StressOutcome::Reason::MaxLevel:
    case StressOutcome::Reason::Cancelled:
        break;
    }
    return load.stress.detail.isEmpty() ? Text::tr("a stop condition was met") : load.stress.detail;
}

QString breakingRecommendation(const LoadResult& load, const LoadStage& broke)
{
    const QString level = levelText(broke.level, load.config.model);
    switch (load.stress.reason) {
    case StressOutcome::Reason::ErrorRate: {
        std::size_t dominant = 1;
        for (std::size_t i = 1; i < broke.failuresByKind.size(); ++i) {
            if (broke.failuresByKind[i] > broke.failuresByKind[dominant])
                dominant = i;
        }
        const auto kind = static_cast<FailureKind>(dominant);
        QString text;
        if (broke.failuresByKind[dominant] > 0) {
            //: %1 = failures of that kind, %2 = all failures, %3 = the kind ("Timeout"), %4 = level
            text = Text::tr("%1 of the %2 failures at %4 are \"%3\".")
                       .arg(formatCount(broke.failuresByKind[dominant]), formatCount(broke.failures),
                           failureKindLabel(kind), level)
                + QLatin1Char(' ');
        }
        if (kind == FailureKind::Timeout) {
            return text
                + Text::tr("The target answers too slowly under this load: find what saturates first (a connection or "
                           "thread pool, the database, CPU) and widen it, or shed excess load early with a quick 503 "
                           "instead of letting requests time out.");
        }
        if (kind == FailureKind::ConnectionRefused || kind == FailureKind::ConnectionClosed) {
            return text
                + Text::tr("The target refuses or drops connections: check its connection limits (listen backlog, "
                           "maximum connections of the server or proxy, file descriptors).");
        }
        return text
            + Text::tr("Look at the error samples and the target's log at this level: which resource runs out first "
                       "sets the capacity.");
    }
    case StressOutcome::Reason::P95:
        return Text::tr("Latency, not errors, sets the limit: requests queue for something (a pool, a lock, the "
                        "database, CPU). Profile the target at %1 to find it.")
            .arg(level);
    case StressOutcome::Reason::ThroughputPlateau:
        return Text::tr(
            "More load only queues: the target is at its capacity. Find the saturated resource (CPU, a pool, "
            "the database) before adding users; a concurrency sweep shows whether contention or coherency "
            "limits it.");
    case StressOutcome::Reason::None:
    case StressOutcome::Reason::MaxLevel:
    case StressOutcome::Reason::Cancelled:
        break;
    }
    return {};
}

QList<Finding> breakingPointFindings(const LoadResult& load, const QList<CellResult>& cells)
{
    QList<Finding> out;
    const LoadConfig::Model model = load.config.model;
    const LoadStage* firstStep = nullptr;
    const LoadStage* lastStep = nullptr;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Step)
            continue;
        if (!firstStep)
            firstStep = &stage;
        lastStep = &stage;
    }
    const StressOutcome& stress = load.stress;

    if (const LoadStage* broke = stageAt(load, stress.breakingStage)) {
        const LoadStage* good = stageAt(load, stress.lastGoodStage);
        Finding finding;
        finding.kind = FindingKind::BreakingPoint;
        finding.severity = FindingSeverity::Warning;
        finding.size = int(std::llround(std::clamp(broke->level, 0.0, double(INT_MAX))));
        const QString why = stopReasonText(load, *broke, good);
        if (good && model == LoadConfig::Model::Closed) {
            //: %1 = level ("180 users"), %2 = why ("error rate 12 % > 5 %"), %3 = the last good level, %4 = its
            //: throughput, %5 = its p95 in ms
            finding.message = Text::tr("Breaks at %1: %2 (last good step: %3, %4 requests/s, p95 %5 ms)")
                                  .arg(levelText(broke->level, model), why, levelText(good->level, model),
                                      formatRate(good->throughput), msText(good->p95Ms));
        } else if (good) {
            //: %1 = arrival rate ("180 requests/s"), %2 = why, %3 = the last good arrival rate, %4 = the throughput
            //: completed at it, %5 = its p95 in ms
            finding.message
                = Text::tr("Breaks at %1: %2 (last good step: %3 offered, %4 requests/s completed, p95 %5 ms)")
                      .arg(levelText(broke->level, model), why, levelText(good->level, model),
                          formatRate(good->throughput), msText(good->p95Ms));
        } else {
            //: %1 = level, %2 = why
            finding.message = Text::tr("Breaks at the first step, %1: %2; no step of the ramp held")
                                  .arg(levelText(broke->level, model), why);
        }
        // The endpoint that did worst at the breaking step, when there are several.
        const bool byLatency = stress.reason == StressOutcome::Reason::P95;
        const CellResult* worst = nullptr;
        int measured = 0;
        const auto value = [&](const CellResult& cell) {
            return byLatency ? cell.stats.p95Ms : 1.0 - cell.stats.successRate();
        };
        for (const CellResult& cell : cells) {
            if (cell.sizeIndex != *stress.breakingStage || cell.stats.count == 0)
                continue;
            ++measured;
            if (!worst || value(cell) > value(*worst))
                worst = &cell;
        }
        if (measured >= 2 && worst && value(*worst) > 0) {
            finding.message += QStringLiteral(". ")
                + (byLatency ? Text::tr("Slowest endpoint there: %1 (p95 %2 ms)")
                                   .arg(worst->endpoint, msText(worst->stats.p95Ms))
                             : Text::tr("Most failing endpoint there: %1 (error rate %2 %)")
                                   .arg(worst->endpoint, formatPercent(100.0 * value(*worst))));
        }
        if (!good) {
            finding.recommendation = Text::tr("Start the ramp lower (now %1) to find the level the target holds.")
                                         .arg(levelText(broke->level, model));
        } else {
            finding.recommendation = breakingRecommendation(load, *broke);
        }
        out.append(finding);
    } else if (lastStep) {
        Finding finding;
        finding.kind = FindingKind::BreakingPoint;
        finding.severity = FindingSeverity::Info;
        finding.size = int(std::llround(std::clamp(lastStep->level, 0.0, double(INT_MAX))));
        if (stress.reason == StressOutcome::Reason::Cancelled) {
            //: %1 = the last level reached
            finding.message = Text::tr("The stress test was cancelled at %1 before it found a breaking point")
                                  .arg(levelText(lastStep->level, model));
        } else {
            //: %1 = the last level, %2 = the plan's maximum level, %3 = throughput, %4 = p95 ms, %5 = error rate %
            finding.message = Text::tr("The ramp reached %1 without breaking (maximum %2): %3 requests/s, p95 %4 ms, "
                                       "error rate %5 % at that step")
                                  .arg(levelText(lastStep->level, model), levelText(load.config.maxLevel, model),
                                      formatRate(lastStep->throughput), msText(lastStep->p95Ms),
                                      formatPercent(lastStep->errorRatePercent()));
            finding.recommendation = Text::tr("The target holds this load. To find its limit, raise the maximum level "
                                              "or the step.");
        }
        out.append(finding);
    }

    const LoadStage* recovery = stageAt(load, stress.recoveryStage);
    if (recovery && firstStep && firstStep == stageAt(load, stress.breakingStage)) {
        // The first step broke: no step held, so there is nothing healthy to compare the recovery with.
        Finding finding;
        finding.kind = FindingKind::BreakingPoint;
        finding.severity = FindingSeverity::Info;
        finding.size = int(std::llround(std::clamp(recovery->level, 0.0, double(INT_MAX))));
        //: %1 = level, %2 = p95 ms, %3 = error rate %
        finding.message
            = Text::tr("Back at %1 after the breaking point: p95 %2 ms, error rate %3 % (no step held before "
                       "it to compare with)")
                  .arg(levelText(recovery->level, model), msText(recovery->p95Ms),
                      formatPercent(recovery->errorRatePercent()));
        out.append(finding);
    } else if (recovery && firstStep) {
        const bool p95Back = recovery->p95Ms
            <= std::max(firstStep->p95Ms * (1.0 + kRecoveryTolerance), firstStep->p95Ms + kRecoveryP95SlackMs);
        const bool errorsBack = recovery->errorRatePercent() <= std::max(
                                    firstStep->errorRatePercent() * (1.0 + kRecoveryTolerance),
                                    firstStep->errorRatePercent() + kRecoveryErrorSlackPoints);
        const bool recovered = recovery->requests > 0 && p95Back && errorsBack;
        Finding finding;
        finding.kind = FindingKind::BreakingPoint;
        finding.size = int(std::llround(std::clamp(recovery->level, 0.0, double(INT_MAX))));
        if (recovered) {
            finding.severity = FindingSeverity::Info;
            //: %1 = level, %2 = p95 ms, %3 = error rate %, %4 = the first step's p95 ms, %5 = its error rate %
            finding.message
                = Text::tr("The target recovered: back at %1, p95 %2 ms and error rate %3 % are within 20 % "
                           "of the first step's (%4 ms, %5 %)")
                      .arg(levelText(recovery->level, model), msText(recovery->p95Ms),
                          formatPercent(recovery->errorRatePercent()), msText(firstStep->p95Ms),
                          formatPercent(firstStep->errorRatePercent()));
        } else {
            finding.severity = FindingSeverity::Warning;
            if (recovery->requests == 0) {
                //: %1 = level
                finding.message = Text::tr("The target did not recover: back at %1, no request completed")
                                      .arg(levelText(recovery->level, model));
            } else {
                //: %1 = level, %2 = p95 ms, %3 = error rate %, %4 = the first step's p95 ms, %5 = its error rate %
                finding.message = Text::tr("The target did not recover: back at %1, p95 %2 ms and error rate %3 % "
                                           "against %4 ms and %5 % at the first step")
                                      .arg(levelText(recovery->level, model), msText(recovery->p95Ms),
                                          formatPercent(recovery->errorRatePercent()), msText(firstStep->p95Ms),
                                          formatPercent(firstStep->errorRatePercent()));
            }
            //: %1 = the recovery duration
            finding.recommendation
                = Text::tr("A target that stays slow or failing after the load drops holds on to something: queued "
                           "work, pools or connections that are not released, a garbage collector catching up. Run a "
                           "longer recovery (now %1) to see whether it comes back, and check its pools and logs.")
                      .arg(formatSpan(double(load.config.recoveryMs) / 1000.0));
        }
        out.append(finding);
    }
    return out;
}

QList<Finding> saturationFindings(const LoadResult& load)
{
    QList<Finding> out;
    const LoadConfig::Model model = load.config.model;
    QList<UslPoint> points;
    double nMin = kInfinity, nMax = 0, measuredAtMax = 0;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Hold)
            continue;
        points.append({ stage.level, stage.throughput });
        nMin = std::min(nMin, stage.level);
        if (stage.level >= nMax) {
            nMax = stage.level;
            measuredAtMax = stage.throughput;
        }
    }
    if (points.isEmpty())
        return out;
    const UslFit fit = fitUsl(points);
    Finding finding;
    finding.kind = FindingKind::Saturation;
    finding.severity = FindingSeverity::Info;
    if (!fit.ok) {
        //: %1 = the reason
        finding.message = Text::tr("The sweep's throughput cannot be fitted with the Universal Scalability Law: %1")
                              .arg(fit.reason);
        finding.recommendation
            = Text::tr("Sweep at least 3 levels spanning a factor of 10 or more (for example 1, 2, 4, "
                       "8, 16, 32 users), each long enough for a stable throughput.");
        out.append(finding);
        return out;
    }
    //: %1 = σ, %2 = κ (the Universal Scalability Law's coefficients)
    const QString coefficients = Text::tr("contention σ = %1, coherency κ = %2")
                                     .arg(formatCoefficient(fit.sigma), formatCoefficient(fit.kappa));
    //: %1 = R² of the fit
    const QString quality = Text::tr("fit R² %1").arg(QString::number(fit.r2, 'f', 2));
    //: %1 → %2 = the smallest and largest level of the sweep
    const QString range = Text::tr("%1 → %2").arg(trimmedNumber(nMin, 1), levelText(nMax, model));
    const double efficiency = fit.predict(nMax) / (fit.lambda * nMax);
    const bool peakInReach = std::isfinite(fit.peakConcurrency) && fit.peakConcurrency <= kPeakReachFactor * nMax;
    if (peakInReach) {
        finding.size = int(std::llround(std::min(fit.peakConcurrency, double(INT_MAX))));
        //: %1 = users at the peak, %2 = throughput there, %3 = the coefficients, %4 = the fit's R²
        finding.message = Text::tr("Throughput peaks at about %1 (≈ %2 requests/s); %3 (%4)")
                              .arg(levelText(fit.peakConcurrency, model), formatApproxRate(fit.maxThroughput),
                                  coefficients, quality);
        if (fit.peakConcurrency > nMax) {
            finding.message += QStringLiteral(". ")
                + Text::tr("The peak lies beyond the measured %1: an extrapolation").arg(range);
        } else if (fit.peakConcurrency < nMax) {
            finding.severity = FindingSeverity::Warning;
            //: %1 = the largest level, %2 = its measured throughput
            finding.message += QStringLiteral(". ")
                + Text::tr("Beyond it more users only add waiting: at %1 it served %2 requests/s")
                      .arg(levelText(nMax, model), formatRate(measuredAtMax));
        }
    } else if (efficiency >= kLinearEfficiency) {
        //: %1 = the largest level, %2 = percent of linear scaling, %3 = the throughput of one user, %4 = range,
        //: %5 = the coefficients, %6 = R²
        finding.message = Text::tr("Throughput still rises almost linearly: at %1 it is %2 % of linear scaling from "
                                   "the %3 requests/s of one user; no peak within reach of the measured %4 (%5, %6)")
                              .arg(levelText(nMax, model), formatPercent(100.0 * efficiency), formatRate(fit.lambda),
                                  range, coefficients, quality);
    } else {
        //: %1 = the largest level, %2 = percent of linear scaling, %3 = the throughput approached, %4 = the
        //: coefficients, %5 = R²
        finding.message = Text::tr("Throughput is levelling off without a peak within reach: at %1 it is %2 % of "
                                   "linear scaling, approaching about %3 requests/s (%4, %5)")
                              .arg(levelText(nMax, model), formatPercent(100.0 * efficiency),
                                  formatApproxRate(fit.maxThroughput), coefficients, quality);
    }
    // Which term costs more at the largest level tells what to look for.
    const double contention = fit.sigma * (nMax - 1.0);
    const double coherency = fit.kappa * nMax * (nMax - 1.0);
    if (peakInReach && coherency >= contention) {
        finding.recommendation
            = Text::tr("Coherency dominates: beyond the peak the target spends more on keeping shared state consistent "
                       "than on work. Look for state every request touches (a hot row or counter, cache invalidation, "
                       "a distributed lock, chatty replication); partition it, or run at most about %1 per instance.")
                  .arg(levelText(fit.peakConcurrency, model));
    } else if (contention > 0.1) {
        finding.recommendation = Text::tr("Contention dominates: part of every request is serialised (a lock, a single "
                                          "database connection, a pool that is too small, a single-threaded stage). "
                                          "Widening it raises the ceiling.");
    } else if (!peakInReach) {
        finding.recommendation = Text::tr("Sweep to higher levels to find where the throughput bends.");
    }
    out.append(finding);
    return out;
}

struct TrendMetric {
    QString title; // at the start of a sentence: "p95", "Error rate"
    QString name; // within one: "p95", "error rate"
    QString unit; // "ms", "percentage points"
    bool latency = true;
};

Finding trendFinding(const TrendMetric& metric, const QList<QPair<double, double>>& points)
{
    Finding finding;
    finding.kind = FindingKind::LatencyTrend;
    finding.severity = FindingSeverity::Info;
    const Trend trend = trendPerHour(points);
    if (!trend.ok) {
        //: %1 = the metric ("p95"), %2 = the reason
        finding.message = Text::tr("The trend of the %1 cannot be judged: %2").arg(metric.name, trend.reason);
        return finding;
    }
    if (trend.points < kTrendMinPoints) {
        //: %n = number of intervals, %1 = the metric, %2 = intervals needed
        finding.message = Text::tr("%n interval(s) are too few to judge the trend of the %1 (%2 are needed)", nullptr,
            trend.points)
                              .arg(metric.name)
                              .arg(kTrendMinPoints);
        finding.recommendation = Text::tr("Run longer, or use a shorter interval.");
        return finding;
    }
    double first = kInfinity, last = -kInfinity, mean = 0;
    for (const auto& point : points) {
        first = std::min(first, point.first);
        last = std::max(last, point.first);
        mean += point.second;
    }
    mean /= double(points.size());
    const double change = trend.slopePerHour * (last - first) / 3600.0;
    const bool material = metric.latency
        ? change >= std::max(kMaterialLatencyMs, kMaterialLatencyFraction * std::abs(mean))
        : change >= kMaterialErrorPoints;
    //: %1 = p-value ("= 0.003", "< 0.0001"), %n = number of intervals
    const QString test
        = Text::tr("Mann–Kendall p %1 over %n intervals", nullptr, trend.points).arg(formatPValue(trend.pValue));
    const QString perHour = formatChange(trend.slopePerHour);
    const QString relative = formatSignedPercent(100.0 * trend.relativePerHour);
    if (trend.significant && trend.slopePerHour > 0 && material) {
        finding.severity = FindingSeverity::Warning;
        if (metric.latency) {
            //: %1 = metric, %2 = ms per hour, %3 = percent per hour, %4 = the test
            finding.message = Text::tr("%1 grows %2 ms/hour (%3 %/hour), significant (%4)")
                                  .arg(metric.title, perHour, relative, test);
            finding.recommendation = Text::tr("Latency that grows under constant load points to state that "
                                              "accumulates: tables and indexes filled by the test's writes, a cache or "
                                              "queue that is never trimmed, a garbage collector working harder as "
                                              "memory fills. Compare with the memory finding.");
        } else {
            //: %1 = metric, %2 = percentage points per hour, %3 = the test
            finding.message = Text::tr("%1 grows %2 percentage points/hour, significant (%3)")
                                  .arg(metric.title, perHour, test);
            finding.recommendation = Text::tr("Errors that become more frequent over hours point to a resource running "
                                              "out: connections, file descriptors, disk, memory, a quota. Check the "
                                              "target's logs around the later intervals.");
        }
    } else if (trend.significant && trend.slopePerHour > 0) {
        //: %1 = metric, %2 = change per hour, %3 = its unit, %4 = the test
        finding.message
            = Text::tr("%1 grows slightly, %2 %3/hour, significant (%4) but too little over the run to matter")
                  .arg(metric.title, perHour, metric.unit, test);
    } else if (trend.significant && trend.slopePerHour < 0) {
        //: %1 = metric, %2 = change per hour, %3 = its unit, %4 = the test
        finding.message
            = Text::tr("%1 falls %2 %3/hour, significant (%4): the target got faster as it ran (caches warming up)")
                  .arg(metric.title, formatChange(-trend.slopePerHour), metric.unit, test);
    } else {
        //: %1 = metric, %2 = change per hour, %3 = its unit, %4 = the test
        finding.message = Text::tr("%1 is stable: %2 %3/hour, not significant (%4)")
                              .arg(metric.title, perHour, metric.unit, test);
    }
    return finding;
}

QList<Finding> latencyTrendFindings(const LoadResult& load)
{
    QList<QPair<double, double>> p95, errors;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Interval || stage.requests == 0)
            continue;
        const double mid = double(stage.startMs + stage.endMs) / 2000.0;
        p95.append({ mid, stage.p95Ms });
        errors.append({ mid, stage.errorRatePercent() });
    }
    if (p95.isEmpty())
        return {};
    return { trendFinding({ QStringLiteral("p95"), QStringLiteral("p95"), QStringLiteral("ms"), true }, p95),
        trendFinding(
            { Text::tr("Error rate"), Text::tr("error rate"), Text::tr("percentage points"), false }, errors) };
}

QList<Finding> memoryFindings(const LoadResult& load)
{
    QList<Finding> out;
    const QString source = load.targetMemorySource.isEmpty() ? Text::tr("the memory source") : load.targetMemorySource;
    if (!load.targetMemoryError.isEmpty()) {
        Finding finding;
        finding.kind = FindingKind::MemoryGrowth;
        finding.severity = FindingSeverity::Warning;
        //: %1 = the source ("pid 1234", a metrics URL), %2 = the error
        finding.message
            = Text::tr("The target's memory could not be read from %1: %2").arg(source, load.targetMemoryError);
        finding.recommendation = Text::tr("Check the memory metrics URL or process id of the plan: without them a leak "
                                          "under load cannot be seen.");
        out.append(finding);
    }
    const QList<MemorySample>& samples = load.targetMemory;
    if (samples.isEmpty())
        return out;
    Finding finding;
    finding.kind = FindingKind::MemoryGrowth;
    finding.severity = FindingSeverity::Info;
    if (samples.size() < kTrendMinPoints) {
        //: %n = number of samples, %1 = samples needed
        finding.message = Text::tr("%n memory sample(s) of the target are too few to judge its growth (%1 are needed)",
            nullptr, int(samples.size()))
                              .arg(kTrendMinPoints);
        out.append(finding);
        return out;
    }
    QList<QPair<double, double>> points;
    const MemorySample* first = &samples.first();
    const MemorySample* last = &samples.first();
    for (const MemorySample& sample : samples) {
        points.append({ double(sample.elapsedMs) / 1000.0, sample.rssMb });
        if (sample.elapsedMs < first->elapsedMs)
            first = &sample;
        if (sample.elapsedMs >= last->elapsedMs)
            last = &sample;
    }
    const Trend trend = trendPerHour(points);
    const QString span = formatSpan(double(last->elapsedMs - first->elapsedMs) / 1000.0);
    if (trend.ok && trend.significant && trend.slopePerHour > kMemoryMbPerHour
        && trend.relativePerHour > kMemoryRelativePerHour) {
        finding.severity = FindingSeverity::Warning;
        //: %1 = MB per hour, %2 = first sample MB, %3 = last sample MB, %4 = time between them
        finding.message
            = Text::tr("Target memory grows %1 MB/hour (from %2 MB to %3 MB over %4)")
                  .arg(formatChange(trend.slopePerHour), formatMb(first->rssMb), formatMb(last->rssMb), span);
        finding.recommendation = Text::tr(
            "Memory that keeps growing under steady load is the usual sign of a leak: a cache without a "
            "bound, sessions, listeners or buffers that are never released. Compare heap snapshots taken some "
            "time apart; a longer run tells a leak from a cache that fills and then stops growing.");
    } else if (trend.ok) {
        //: %1 = first sample MB, %2 = last sample MB, %3 = time between them, %4 = MB per hour, %5 = why it is stable
        finding.message
            = Text::tr("Target memory is stable: %1 MB → %2 MB over %3 (%4 MB/hour, %5)")
                  .arg(formatMb(first->rssMb), formatMb(last->rssMb), span, formatChange(trend.slopePerHour),
                      trend.significant ? Text::tr("below %1 MB/hour or %2 %/hour")
                                              .arg(trimmedNumber(kMemoryMbPerHour, 1),
                                                  trimmedNumber(100.0 * kMemoryRelativePerHour, 1))
                                        : Text::tr("not significant"));
    } else {
        //: %1 = the reason
        finding.message = Text::tr("The target's memory trend cannot be judged: %1").arg(trend.reason);
    }
    if (!load.targetMemorySource.isEmpty())
        finding.message += QStringLiteral(" — ") + load.targetMemorySource;
    out.append(finding);
    return out;
}

QList<Finding> generatorFindings(const LoadResult& load)
{
    QList<Finding> out;
    if (load.saturatedSeconds > 0) {
        double maxCpu = -1;
        for (const LoadPoint& point : load.series)
            maxCpu = std::max(maxCpu, point.generatorCpuPercent);
        QString cpu = maxCpu >= 0 ? Text::tr("CPU up to %1 % of one core").arg(formatPercent(maxCpu))
                                  : Text::tr("CPU not measured");
        if (load.threads > 0) {
            //: %n = worker threads of the generator
            cpu += QStringLiteral(", ") + Text::tr("%n worker thread(s)", nullptr, load.threads);
        }
        Finding finding;
        finding.kind = FindingKind::GeneratorSaturated;
        finding.severity = FindingSeverity::Warning;
        //: %1 = seconds, %2 = the CPU it used
        finding.message
            = Text::tr("The generator was saturated for %1 s (%2) — its numbers are suspect in those seconds")
                  .arg(load.saturatedSeconds)
                  .arg(cpu);
        finding.recommendation
            = Text::tr("Give the generator more room: more worker threads, a machine of its own (not "
                       "the target's), or a lower level. In saturated seconds it measures itself as "
                       "much as the target.");
        out.append(finding);
    }
    if (load.totalDropped > 0 || load.totalLate > 0) {
        Finding finding;
        finding.kind = FindingKind::GeneratorSaturated;
        finding.severity = FindingSeverity::Warning;
        const QString lateMs = trimmedNumber(kLateMs, 1);
        if (load.totalDropped > 0 && load.totalLate > 0) {
            //: %n = dropped requests, %1 = late requests, %2 = the lateness limit in ms, %3 = maxInFlight
            finding.message = Text::tr("%n request(s) were dropped and %1 sent late (more than %2 ms after their "
                                       "intended time) because the generator fell behind (%3 in flight at most)",
                nullptr, pluralCount(load.totalDropped))
                                  .arg(formatCount(load.totalLate), lateMs)
                                  .arg(load.config.maxInFlight);
        } else if (load.totalDropped > 0) {
            //: %n = dropped requests, %1 = maxInFlight
            finding.message = Text::tr("%n request(s) were dropped because the generator fell behind: %1 requests were "
                                       "already in flight",
                nullptr, pluralCount(load.totalDropped))
                                  .arg(load.config.maxInFlight);
        } else {
            //: %n = late requests, %1 = the lateness limit in ms
            finding.message
                = Text::tr("%n request(s) were sent late (more than %1 ms after their intended time) because "
                           "the generator fell behind",
                    nullptr, pluralCount(load.totalLate))
                      .arg(lateMs);
        }
        const quint64 due = load.totalRequests + load.totalDropped;
        if (due > 0) {
            //: %1 = percent, %2 = requests due
            finding.message += QStringLiteral(" — ")
                + Text::tr("%1 % of the %2 requests due")
                      .arg(formatPercent(100.0 * double(load.totalDropped + load.totalLate) / double(due)),
                          formatCount(due));
        }
        finding.recommendation = load.totalDropped > 0
            ? Text::tr(
                "A dropped request is load the target never saw: raise the in-flight limit if the target can take "
                "more concurrent requests, or lower the rate.")
            : Text::tr(
                "Late sends mean the generator could not keep its schedule: add worker threads or connections, or "
                "move it to a machine of its own. Latencies stay measured from the intended times, but the target "
                "got less load than planned.");
        out.append(finding);
    }
    return out;
}

QList<Finding> coordinatedOmissionFindings(const LoadResult& load)
{
    if (load.config.model != LoadConfig::Model::Open)
        return {};
    // Endurance: the intervals (the Hold stage spans them all and would count the same stall twice).
    const bool hasIntervals = std::any_of(load.stages.begin(), load.stages.end(),
        [](const LoadStage& stage) { return stage.role == LoadStage::Role::Interval; });
    const LoadStage* worst = nullptr;
    int affected = 0;
    for (const LoadStage& stage : load.stages) {
        if (stage.requests == 0 || (hasIntervals && stage.role != LoadStage::Role::Interval))
            continue;
        if (stage.p99Ms > kOmissionFactor * stage.rawP99Ms && stage.p99Ms - stage.rawP99Ms > kOmissionMinMs) {
            ++affected;
            if (!worst || stage.p99Ms - stage.rawP99Ms > worst->p99Ms - worst->rawP99Ms)
                worst = &stage;
        }
    }
    if (!worst)
        return {};
    Finding finding;
    finding.kind = FindingKind::CoordinatedOmission;
    finding.size = int(std::llround(std::clamp(worst->level, 0.0, double(INT_MAX))));
    const QString level = levelText(worst->level, load.config.model);
    if (load.saturatedSeconds > 0) {
        // The generator's own delays also separate intended from actual send times: the target is not proven guilty.
        finding.severity = FindingSeverity::Info;
        //: %1 = corrected p99 ms, %2 = raw p99 ms, %3 = level, %4 = seconds the generator was saturated
        finding.message = Text::tr("p99 %1 ms from intended send times vs %2 ms from actual send times at %3: the "
                                   "target or the generator stalled (the generator was saturated for %4 s); a "
                                   "closed-loop tool would hide it")
                              .arg(msText(worst->p99Ms), msText(worst->rawP99Ms), level)
                              .arg(load.saturatedSeconds);
    } else {
        finding.severity = FindingSeverity::Warning;
        //: %1 = corrected p99 ms, %2 = raw p99 ms, %3 = level
        finding.message = Text::tr("p99 %1 ms from intended send times vs %2 ms from actual send times at %3: the "
                                   "target stalled; a closed-loop tool would hide it")
                              .arg(msText(worst->p99Ms), msText(worst->rawP99Ms), level);
    }
    if (affected > 1) {
        //: %n = further stages
        finding.message += QStringLiteral(". ")
            + Text::tr("%n more stage(s) show the same gap.", nullptr, affected - 1);
    }
    finding.recommendation = Text::tr("Requests due while the target stalled waited for it, and users arriving at this "
                                      "rate would have too: judge the target on the p99 from intended times. Stalls of "
                                      "this kind are typically garbage-collection pauses, an exhausted connection or "
                                      "thread pool, lock convoys or a slow dependency.");
    return { finding };
}

} // namespace

QList<Finding> loadFindings(const LoadResult& load, const QList<CellResult>& cells)
{
    QList<Finding> out;
    switch (load.config.kind) {
    case LoadConfig::Kind::Stress:
        out += breakingPointFindings(load, cells);
        break;
    case LoadConfig::Kind::ConcurrencySweep:
        out += saturationFindings(load);
        break;
    case LoadConfig::Kind::Endurance:
        out += latencyTrendFindings(load);
        break;
    case LoadConfig::Kind::Load:
        break;
    }
    out += memoryFindings(load);
    out += generatorFindings(load);
    out += coordinatedOmissionFindings(load);
    std::stable_sort(
        out.begin(), out.end(), [](const Finding& l, const Finding& r) { return int(l.severity) > int(r.severity); });
    return out;
}

} // namespace scalescope::analysis
