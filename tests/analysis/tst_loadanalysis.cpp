// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/loadanalysis.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace scalescope;
using namespace scalescope::analysis;

Q_DECLARE_METATYPE(scalescope::analysis::FindingKind)
Q_DECLARE_METATYPE(scalescope::analysis::FindingSeverity)
Q_DECLARE_METATYPE(scalescope::StressOutcome::Reason)

namespace {

using Points = QList<QPair<double, double>>;

const QList<double> kSweep = { 1, 2, 4, 8, 16, 32, 64 };

double usl(double lambda, double sigma, double kappa, double n)
{
    return lambda * n / (1.0 + sigma * (n - 1.0) + kappa * n * (n - 1.0));
}

/// USL throughput at @p levels with multiplicative normal noise of relative size @p noise.
QList<UslPoint> uslPoints(double lambda, double sigma, double kappa, const QList<double>& levels = kSweep,
    double noise = 0.0, quint64 seed = 1)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    QList<UslPoint> points;
    for (const double n : levels)
        points.append({ n, usl(lambda, sigma, kappa, n) * (1.0 + noise * normal(rng)) });
    return points;
}

/// @p count points every @p stepSeconds: level + perHour·t + normal noise.
QList<QPair<double, double>> series(
    int count, double stepSeconds, double level, double perHour, double noise, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    QList<QPair<double, double>> points;
    for (int i = 0; i < count; ++i) {
        const double t = i * stepSeconds;
        points.append({ t, level + perHour * t / 3600.0 + noise * normal(rng) });
    }
    return points;
}

LoadStage stage(int index, LoadStage::Role role, double level, double throughput, double p95Ms,
    double errorPercent = 0.0, qint64 durationMs = 10000)
{
    LoadStage s;
    s.index = index;
    s.role = role;
    s.level = level;
    s.startMs = index * durationMs;
    s.endMs = s.startMs + durationMs;
    s.throughput = throughput;
    s.requests = quint64(std::llround(throughput * double(durationMs) / 1000.0));
    s.failures = quint64(std::llround(double(s.requests) * errorPercent / 100.0));
    s.failuresByKind[std::size_t(FailureKind::HttpServerError)] = s.failures;
    s.p50Ms = p95Ms / 2.0;
    s.p95Ms = p95Ms;
    s.p99Ms = p95Ms * 1.2;
    s.rawP50Ms = s.p50Ms;
    s.rawP95Ms = s.p95Ms;
    s.rawP99Ms = s.p99Ms;
    return s;
}

CellResult cell(int stageIndex, int endpointIndex, const QString& endpoint, int count, int failures, double p95Ms)
{
    CellResult c;
    c.sizeIndex = stageIndex;
    c.endpointIndex = endpointIndex;
    c.endpoint = endpoint;
    c.stats.count = quint64(count);
    c.stats.successes = quint64(count - failures);
    c.stats.p95Ms = p95Ms;
    return c;
}

/// A stress ramp 20, 40, … users; the step at @p breakAt (index) has the given trouble; a recovery stage after it.
LoadResult stressRun(StressOutcome::Reason reason, int breakAt, double recoveryP95Ms, double recoveryErrorPercent)
{
    LoadResult load;
    load.config.kind = LoadConfig::Kind::Stress;
    load.config.model = LoadConfig::Model::Closed;
    load.config.users = 20;
    load.config.step = 20;
    load.config.maxLevel = 200;
    load.config.stopErrorRatePercent = 5.0;
    load.config.stopP95Ms = 200.0;
    const int steps = breakAt >= 0 ? breakAt + 1 : 10;
    for (int i = 0; i < steps; ++i) {
        const double users = 20.0 * (i + 1);
        double throughput = std::min(930.0, 120.0 * (i + 1));
        double p95 = 20.0 + 3.0 * i;
        double errors = 0.0;
        if (i == 7) {
            throughput = 930;
            p95 = 41;
        }
        if (i == breakAt) {
            switch (reason) {
            case StressOutcome::Reason::ErrorRate:
                errors = 12.0;
                break;
            case StressOutcome::Reason::P95:
                p95 = 350.0;
                break;
            case StressOutcome::Reason::ThroughputPlateau:
                throughput = (i > 0 ? load.stages.last().throughput : throughput) * 1.02;
                break;
            default:
                break;
            }
        }
        load.stages.append(stage(i, LoadStage::Role::Step, users, throughput, p95, errors));
    }
    load.stress.reason = reason;
    if (breakAt >= 0) {
        load.stress.breakingStage = breakAt;
        if (breakAt > 0)
            load.stress.lastGoodStage = breakAt - 1;
        load.stages.append(
            stage(int(load.stages.size()), LoadStage::Role::Recovery, 20, 120, recoveryP95Ms, recoveryErrorPercent));
        load.stress.recoveryStage = int(load.stages.size() - 1);
    } else {
        load.stress.reason = StressOutcome::Reason::MaxLevel;
    }
    return load;
}

QList<Finding> ofKind(const QList<Finding>& findings, FindingKind kind)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.kind == kind)
            out.append(f);
    }
    return out;
}

QString dump(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings) {
        lines.append(findingSeverityName(f.severity) + QLatin1Char(' ') + findingKindName(f.kind) + QStringLiteral(": ")
            + f.message + QStringLiteral(" | ") + f.recommendation);
    }
    return lines.join(QLatin1Char('\n'));
}

bool sortedBySeverity(const QList<Finding>& findings)
{
    for (qsizetype i = 1; i < findings.size(); ++i) {
        if (int(findings[i - 1].severity) < int(findings[i].severity))
            return false;
    }
    return true;
}

/// An endurance run of @p intervals 60-s intervals at 100 requests/s: p95 and error rate from the functions of t
/// (seconds since start, at the interval's midpoint).
template <typename P95, typename Errors>
LoadResult enduranceRun(int intervals, P95 p95, Errors errorPercent)
{
    LoadResult load;
    load.config.kind = LoadConfig::Kind::Endurance;
    load.config.model = LoadConfig::Model::Closed;
    load.config.intervalMs = 60000;
    LoadStage hold = stage(0, LoadStage::Role::Hold, 10, 100, 30, 0, qint64(intervals) * 60000);
    load.stages.append(hold);
    for (int i = 0; i < intervals; ++i) {
        const double mid = i * 60.0 + 30.0;
        LoadStage s = stage(i + 1, LoadStage::Role::Interval, 10, 100, p95(mid), errorPercent(mid), 60000);
        s.startMs = qint64(i) * 60000;
        s.endMs = s.startMs + 60000;
        load.stages.append(s);
    }
    return load;
}

} // namespace

class TestLoadAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // numbers without digit grouping

    // ---- USL -------------------------------------------------------------------------------------------

    void uslRecoversKnownCoefficients_data()
    {
        QTest::addColumn<double>("noise");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("sigmaTolerance");
        QTest::addColumn<double>("kappaTolerance");
        QTest::addColumn<double>("peakTolerance");
        QTest::addRow("exact") << 0.0 << quint64(1) << 1e-6 << 1e-8 << 1e-3;
        for (quint64 seed = 1; seed <= 20; ++seed)
            QTest::addRow("3%% noise, seed %llu", seed) << 0.03 << seed << 0.02 << 0.0004 << 5.0;
    }

    void uslRecoversKnownCoefficients()
    {
        QFETCH(double, noise);
        QFETCH(quint64, seed);
        QFETCH(double, sigmaTolerance);
        QFETCH(double, kappaTolerance);
        QFETCH(double, peakTolerance);
        const UslFit fit = fitUsl(uslPoints(1000, 0.05, 0.001, kSweep, noise, seed));
        QVERIFY2(fit.ok, qPrintable(fit.reason));
        QVERIFY(fit.reason.isEmpty());
        const QByteArray got = QByteArray("λ ") + QByteArray::number(fit.lambda) + " σ " + QByteArray::number(fit.sigma)
            + " κ " + QByteArray::number(fit.kappa) + " N* " + QByteArray::number(fit.peakConcurrency);
        QVERIFY2(std::abs(fit.sigma - 0.05) <= sigmaTolerance, got.constData());
        QVERIFY2(std::abs(fit.kappa - 0.001) <= kappaTolerance, got.constData());
        QVERIFY2(std::abs(fit.peakConcurrency - std::sqrt(0.95 / 0.001)) <= peakTolerance, got.constData());
        QVERIFY2(std::abs(fit.lambda - 1000) <= 1000 * (noise > 0 ? 0.08 : 1e-6), got.constData());
        QVERIFY(fit.r2 > (noise > 0 ? 0.95 : 0.999999));
        QVERIFY(std::abs(fit.maxThroughput - fit.predict(fit.peakConcurrency)) < 1e-9 * fit.maxThroughput);
        if (noise == 0.0) {
            QVERIFY(std::abs(fit.peakConcurrency - 30.82) < 0.01);
            QVERIFY(std::abs(fit.predict(16) - usl(1000, 0.05, 0.001, 16)) < 1e-3);
        }
    }

    void uslWithoutPeak_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("expectedMax");
        QTest::addRow("linear") << 0.0 << std::numeric_limits<double>::infinity();
        QTest::addRow("contention only") << 0.1 << 5000.0;
    }

    void uslWithoutPeak()
    {
        QFETCH(double, sigma);
        QFETCH(double, expectedMax);
        const UslFit fit = fitUsl(uslPoints(500, sigma, 0.0));
        QVERIFY2(fit.ok, qPrintable(fit.reason));
        QVERIFY(std::isinf(fit.peakConcurrency));
        QVERIFY(std::abs(fit.sigma - sigma) < 1e-6);
        QVERIFY(fit.kappa < 1e-9);
        QVERIFY(std::abs(fit.lambda - 500) < 1e-3);
        if (std::isinf(expectedMax))
            QVERIFY(std::isinf(fit.maxThroughput));
        else
            QVERIFY(std::abs(fit.maxThroughput - expectedMax) < 1e-2 * expectedMax);
        QVERIFY(fit.r2 > 0.999999);
    }

    void uslFlatThroughput()
    {
        // Every level serves the same: σ ≈ 1 (fully serialised); whether the fit lands just below 1 (no peak, the
        // asymptote λ/σ) or at 1 (peak at one user), the most it can serve is the flat 400 requests/s.
        QList<UslPoint> points;
        for (const double n : kSweep)
            points.append({ n, 400.0 });
        const UslFit fit = fitUsl(points);
        QVERIFY2(fit.ok, qPrintable(fit.reason));
        QVERIFY2(std::abs(fit.sigma - 1.0) < 1e-3, qPrintable(QString::number(fit.sigma)));
        QVERIFY(std::abs(fit.predict(32) - 400.0) < 1.0);
        QVERIFY(fit.peakConcurrency < 1.5 || std::isinf(fit.peakConcurrency));
        QVERIFY2(std::abs(fit.maxThroughput - 400.0) < 1.0, qPrintable(QString::number(fit.maxThroughput)));
    }

    void uslLevelsInAnyOrderWithRepeats()
    {
        QList<UslPoint> points = uslPoints(1000, 0.05, 0.001);
        points.append(points.at(3));
        std::reverse(points.begin(), points.end());
        const UslFit fit = fitUsl(points);
        QVERIFY(fit.ok);
        QVERIFY(std::abs(fit.peakConcurrency - 30.82) < 0.01);
    }

    void uslRetrogradeFromTheStart()
    {
        // σ > 1: every added user costs more than it brings; the best level is one user.
        const UslFit fit = fitUsl(uslPoints(100, 1.5, 0.0, { 1, 2, 4, 8 }));
        QVERIFY(fit.ok);
        QCOMPARE(fit.peakConcurrency, 1.0);
        QVERIFY(std::abs(fit.maxThroughput - 100) < 1e-3);
    }

    void uslBadInput_data()
    {
        QTest::addColumn<QList<double>>("levels");
        QTest::addColumn<QList<double>>("throughputs");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("empty") << QList<double> {} << QList<double> {} << QStringLiteral("at least 3");
        QTest::addRow("two points") << QList<double> { 1, 2 } << QList<double> { 100, 190 }
                                    << QStringLiteral("at least 3");
        QTest::addRow("two distinct levels") << QList<double> { 1, 2, 2, 1 } << QList<double> { 100, 190, 191, 101 }
                                             << QStringLiteral("2 distinct");
        QTest::addRow("zero throughput") << QList<double> { 1, 2, 4 } << QList<double> { 100, 0, 300 }
                                         << QStringLiteral("positive throughput");
        QTest::addRow("negative throughput") << QList<double> { 1, 2, 4 } << QList<double> { 100, -5, 300 }
                                             << QStringLiteral("positive throughput");
        QTest::addRow("NaN throughput") << QList<double> { 1, 2, 4 }
                                        << QList<double> { 100, std::numeric_limits<double>::quiet_NaN(), 300 }
                                        << QStringLiteral("positive throughput");
        QTest::addRow("zero users") << QList<double> { 0, 2, 4 } << QList<double> { 100, 200, 300 }
                                    << QStringLiteral("at least 1");
    }

    void uslBadInput()
    {
        QFETCH(QList<double>, levels);
        QFETCH(QList<double>, throughputs);
        QFETCH(QString, fragment);
        QList<UslPoint> points;
        for (qsizetype i = 0; i < levels.size(); ++i)
            points.append({ levels[i], throughputs[i] });
        const UslFit fit = fitUsl(points);
        QVERIFY(!fit.ok);
        QVERIFY2(fit.reason.contains(fragment), qPrintable(fit.reason));
        QCOMPARE(fit.predict(10), 0.0);
    }

    // ---- Trend -----------------------------------------------------------------------------------------

    void flatNoisySeriesIsNotSignificant()
    {
        int significant = 0;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            const Trend trend = trendPerHour(series(120, 5, 50, 0, 5, seed));
            QVERIFY(trend.ok);
            QCOMPARE(trend.points, 120);
            QVERIFY(trend.pValue >= 0 && trend.pValue <= 1);
            if (trend.significant)
                ++significant;
        }
        // At the 1 % level about 2 of 200 flat series are "significant" by chance.
        QVERIFY2(significant <= 6, qPrintable(QString::number(significant)));
        QVERIFY(!trendPerHour(series(120, 5, 50, 0, 5, 7)).significant);
    }

    void growingSeriesIsSignificant_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void growingSeriesIsSignificant()
    {
        QFETCH(quint64, seed);
        // 30 units/hour over 10 minutes, one sample every 5 s, noise 0.5 (a tenth of the total rise).
        const Trend trend = trendPerHour(series(121, 5, 42, 30, 0.5, seed));
        QVERIFY(trend.ok);
        QVERIFY(trend.significant);
        QVERIFY(trend.pValue < 1e-6);
        QVERIFY2(std::abs(trend.slopePerHour - 30) <= 0.15 * 30, qPrintable(QString::number(trend.slopePerHour)));
        QVERIFY(std::abs(trend.intercept - 42) < 0.5);
        QVERIFY(std::abs(trend.relativePerHour - trend.slopePerHour / 44.5) < 0.05);
    }

    void trendIsRobustAndSigned()
    {
        // Falling, in shuffled order, with 10 % wild outliers: Theil–Sen keeps the slope.
        QList<QPair<double, double>> points = series(200, 10, 100, -20, 0.2, 3);
        for (qsizetype i = 0; i < points.size(); i += 10)
            points[i].second += 500;
        std::mt19937_64 rng(9);
        std::shuffle(points.begin(), points.end(), rng);
        points.append({ std::numeric_limits<double>::quiet_NaN(), 1.0 });
        const Trend trend = trendPerHour(points);
        QVERIFY(trend.ok);
        QCOMPARE(trend.points, 200);
        QVERIFY(trend.significant);
        QVERIFY2(std::abs(trend.slopePerHour + 20) < 2, qPrintable(QString::number(trend.slopePerHour)));
        QVERIFY(trend.relativePerHour < 0);
    }

    void trendOfManyPointsSamplesPairs()
    {
        // 2,000 points (about 2 million pairs): the slope comes from sampled pairs and is still accurate.
        const Trend trend = trendPerHour(series(2000, 5, 10, 12, 0.5, 5));
        QVERIFY(trend.ok);
        QVERIFY(trend.significant);
        QVERIFY2(std::abs(trend.slopePerHour - 12) < 0.3, qPrintable(QString::number(trend.slopePerHour)));
        QCOMPARE(trendPerHour(series(2000, 5, 10, 12, 0.5, 5)).slopePerHour, trend.slopePerHour); // deterministic
    }

    void trendEdgeCases_data()
    {
        QTest::addColumn<Points>("points");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("significant");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QList<QPair<double, double>> {} << false << false << QStringLiteral("at least 3");
        QTest::addRow("two points") << QList<QPair<double, double>> { { 0, 1 }, { 60, 2 } } << false << false
                                    << QStringLiteral("at least 3");
        QTest::addRow("same time") << QList<QPair<double, double>> { { 5, 1 }, { 5, 2 }, { 5, 3 } } << false << false
                                   << QStringLiteral("same time");
        QTest::addRow("constant") << series(50, 5, 7, 0, 0, 1) << true << false << QString();
        QTest::addRow("5 rising points") << series(5, 60, 1, 100, 0, 1) << true << false << QString();
        QTest::addRow("6 rising points") << series(6, 60, 1, 100, 0, 1) << true << true << QString();
    }

    void trendEdgeCases()
    {
        QFETCH(Points, points);
        QFETCH(bool, ok);
        QFETCH(bool, significant);
        QFETCH(QString, reason);
        const Trend trend = trendPerHour(points);
        QCOMPARE(trend.ok, ok);
        QCOMPARE(trend.significant, significant);
        if (!ok)
            QVERIFY2(trend.reason.contains(reason), qPrintable(trend.reason));
        else
            QVERIFY(trend.reason.isEmpty());
    }

    void mannKendallPValue_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("pValue");
        // S = 45, Var(S) = 125, z = 44/√125 (pymannkendall.original_test gives the same).
        QTest::addRow("10 rising") << QList<double> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } << 8.303070332644999e-05;
        // S = 24, Var(S) = (8·7·21 − 2·1·9 − 3·2·11)/18 = 60.67 with the tie correction.
        QTest::addRow("rising with ties") << QList<double> { 1, 2, 2, 3, 3, 3, 4, 5 } << 0.003147759855700587;
        QTest::addRow("10 falling") << QList<double> { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 } << 8.303070332644999e-05;
    }

    void mannKendallPValue()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, pValue);
        Points points;
        for (qsizetype i = 0; i < values.size(); ++i)
            points.append({ 60.0 * double(i), values[i] });
        const Trend trend = trendPerHour(points);
        QVERIFY(trend.ok);
        QVERIFY2(std::abs(trend.pValue - pValue) < 1e-12, qPrintable(QString::number(trend.pValue, 'g', 17)));
        QCOMPARE(trend.significant, pValue < kTrendAlpha);
        QVERIFY(values.first() < values.last() ? trend.slopePerHour > 0 : trend.slopePerHour < 0);
    }

    void constantSeriesHasNoTrend()
    {
        const Trend trend = trendPerHour(series(50, 5, 7, 0, 0, 1));
        QCOMPARE(trend.slopePerHour, 0.0);
        QCOMPARE(trend.intercept, 7.0);
        QCOMPARE(trend.pValue, 1.0);
    }

    // ---- Breaking point --------------------------------------------------------------------------------

    void breakingPoint_data()
    {
        QTest::addColumn<StressOutcome::Reason>("reason");
        QTest::addColumn<int>("breakAt");
        QTest::addColumn<double>("recoveryP95");
        QTest::addColumn<double>("recoveryErrors");
        QTest::addColumn<QStringList>("breakingFragments");
        QTest::addColumn<FindingSeverity>("breakingSeverity");
        QTest::addColumn<QStringList>("recoveryFragments"); // empty: no recovery finding
        QTest::addColumn<FindingSeverity>("recoverySeverity");

        using R = StressOutcome::Reason;
        const QStringList lastGood { QStringLiteral("last good step: 160 user"), QStringLiteral("930 requests/s"),
            QStringLiteral("p95 41.00 ms") };
        QTest::addRow("error rate, recovered")
            << R::ErrorRate << 8 << 21.0 << 0.0
            << (QStringList { QStringLiteral("Breaks at 180 user"), QStringLiteral("error rate 12 % > 5 %") }
                   + lastGood)
            << FindingSeverity::Warning
            << QStringList { QStringLiteral("recovered"), QStringLiteral("20 user"), QStringLiteral("within 20 %") }
            << FindingSeverity::Info;
        QTest::addRow("error rate, slow after")
            << R::ErrorRate << 8 << 60.0 << 0.0 << QStringList { QStringLiteral("Breaks at 180 user") }
            << FindingSeverity::Warning
            << QStringList { QStringLiteral("did not recover"), QStringLiteral("p95 60.00 ms"),
                   QStringLiteral("20.00 ms") }
            << FindingSeverity::Warning;
        QTest::addRow("error rate, failing after")
            << R::ErrorRate << 8 << 20.0 << 3.0 << QStringList { QStringLiteral("Breaks at 180 user") }
            << FindingSeverity::Warning
            << QStringList { QStringLiteral("did not recover"), QStringLiteral("error rate 3 %") }
            << FindingSeverity::Warning;
        QTest::addRow("p95")
            << R::P95 << 8 << 20.5 << 0.0
            << (QStringList { QStringLiteral("Breaks at 180 user"), QStringLiteral("p95 350.0 ms > 200.0 ms") }
                   + lastGood)
            << FindingSeverity::Warning << QStringList { QStringLiteral("recovered") } << FindingSeverity::Info;
        QTest::addRow("plateau")
            << R::ThroughputPlateau << 8 << 20.0 << 0.0
            << (QStringList { QStringLiteral("Breaks at 180 user"), QStringLiteral("throughput grew only 2 %"),
                    QStringLiteral("930 → 949 requests/s") }
                   + lastGood)
            << FindingSeverity::Warning << QStringList { QStringLiteral("recovered") } << FindingSeverity::Info;
        QTest::addRow("first step")
            << R::ErrorRate << 0 << 20.0 << 0.0
            << QStringList { QStringLiteral("Breaks at the first step, 20 user"), QStringLiteral("no step") }
            << FindingSeverity::Warning
            << QStringList { QStringLiteral("Back at 20 user"), QStringLiteral("error rate 0 %"),
                   QStringLiteral("no step held before it") }
            << FindingSeverity::Info;
        QTest::addRow("no breaking point")
            << R::MaxLevel << -1 << 0.0 << 0.0
            << QStringList { QStringLiteral("reached 200 user"), QStringLiteral("without breaking"),
                   QStringLiteral("maximum 200 user"), QStringLiteral("930 requests/s") }
            << FindingSeverity::Info << QStringList {} << FindingSeverity::Info;
    }

    void breakingPoint()
    {
        QFETCH(StressOutcome::Reason, reason);
        QFETCH(int, breakAt);
        QFETCH(double, recoveryP95);
        QFETCH(double, recoveryErrors);
        QFETCH(QStringList, breakingFragments);
        QFETCH(FindingSeverity, breakingSeverity);
        QFETCH(QStringList, recoveryFragments);
        QFETCH(FindingSeverity, recoverySeverity);
        const LoadResult load = stressRun(reason, breakAt, recoveryP95, recoveryErrors);
        const QList<Finding> findings = ofKind(loadFindings(load, {}), FindingKind::BreakingPoint);
        QVERIFY2(findings.size() == (recoveryFragments.isEmpty() ? 1 : 2), qPrintable(dump(findings)));
        // The breaking point is a Warning (or the only finding); stable within a severity, it precedes the recovery.
        const Finding breaking = findings[0];
        QCOMPARE(breaking.severity, breakingSeverity);
        for (const QString& fragment : breakingFragments)
            QVERIFY2(
                breaking.message.contains(fragment), qPrintable(fragment + QStringLiteral(" in ") + breaking.message));
        QVERIFY(breaking.size.has_value());
        if (recoveryFragments.isEmpty())
            return;
        const Finding recovery = findings[1];
        QCOMPARE(recovery.severity, recoverySeverity);
        for (const QString& fragment : recoveryFragments)
            QVERIFY2(
                recovery.message.contains(fragment), qPrintable(fragment + QStringLiteral(" in ") + recovery.message));
        if (recoverySeverity == FindingSeverity::Warning)
            QVERIFY(!recovery.recommendation.isEmpty());
    }

    void breakingPointNamesWorstEndpoint()
    {
        LoadResult load = stressRun(StressOutcome::Reason::ErrorRate, 8, 20, 0);
        load.stages[8].failuresByKind = {};
        load.stages[8].failuresByKind[std::size_t(FailureKind::Timeout)] = load.stages[8].failures;
        const QList<CellResult> cells { cell(7, 0, QStringLiteral("List"), 500, 0, 30),
            cell(7, 1, QStringLiteral("Create"), 500, 1, 40), cell(8, 0, QStringLiteral("List"), 500, 5, 35),
            cell(8, 1, QStringLiteral("Create"), 500, 100, 90) };
        const Finding breaking = ofKind(loadFindings(load, cells), FindingKind::BreakingPoint).first();
        QVERIFY2(breaking.message.contains(QStringLiteral("Create (error rate 20 %)")), qPrintable(breaking.message));
        QVERIFY2(breaking.recommendation.contains(QStringLiteral("time out")), qPrintable(breaking.recommendation));
        QCOMPARE(breaking.size, std::optional<int>(180));

        load = stressRun(StressOutcome::Reason::P95, 8, 20, 0);
        const Finding slow = ofKind(loadFindings(load, cells), FindingKind::BreakingPoint).first();
        QVERIFY2(slow.message.contains(QStringLiteral("Create (p95 90.00 ms)")), qPrintable(slow.message));
    }

    void cancelledStress()
    {
        LoadResult load = stressRun(StressOutcome::Reason::MaxLevel, -1, 0, 0);
        load.stages.resize(4);
        load.stress.reason = StressOutcome::Reason::Cancelled;
        const QList<Finding> findings = loadFindings(load, {});
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].message.contains(QStringLiteral("cancelled at 80 user")), qPrintable(findings[0].message));
    }

    // ---- Saturation ------------------------------------------------------------------------------------

    void saturation_data()
    {
        QTest::addColumn<QList<double>>("levels");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<FindingSeverity>("severity");
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("past the peak") << kSweep << 0.05 << 0.001 << FindingSeverity::Warning
                                       << QStringList { QStringLiteral("peaks at about 31 user"),
                                              QStringLiteral("≈ 9000 requests/s"), QStringLiteral("σ = 0.05"),
                                              QStringLiteral("κ = 0.001"),
                                              QStringLiteral("only add waiting: at 64 user") };
        QTest::addRow("peak ahead") << QList<double> { 1, 2, 4, 8, 16 } << 0.05 << 0.001 << FindingSeverity::Info
                                    << QStringList { QStringLiteral("peaks at about 31 user"),
                                           QStringLiteral("extrapolation") };
        QTest::addRow("linear") << kSweep << 0.0 << 0.0 << FindingSeverity::Info
                                << QStringList { QStringLiteral("still rises almost linearly"),
                                       QStringLiteral("no peak within reach"), QStringLiteral("100 % of linear") };
        QTest::addRow("levelling off") << kSweep << 0.1 << 0.0 << FindingSeverity::Info
                                       << QStringList { QStringLiteral("levelling off"),
                                              QStringLiteral("without a peak"), QStringLiteral("10000 requests/s") };
        QTest::addRow("two levels") << QList<double> { 1, 2 } << 0.0 << 0.0 << FindingSeverity::Info
                                    << QStringList { QStringLiteral("cannot be fitted"), QStringLiteral("at least 3") };
    }

    void saturation()
    {
        QFETCH(QList<double>, levels);
        QFETCH(double, sigma);
        QFETCH(double, kappa);
        QFETCH(FindingSeverity, severity);
        QFETCH(QStringList, fragments);
        LoadResult load;
        load.config.kind = LoadConfig::Kind::ConcurrencySweep;
        int index = 0;
        for (const UslPoint& point : uslPoints(1000, sigma, kappa, levels))
            load.stages.append(stage(index++, LoadStage::Role::Hold, point.n, point.throughput, 20));
        const QList<Finding> findings = loadFindings(load, {});
        QCOMPARE(findings.size(), 1);
        const Finding& finding = findings.first();
        QCOMPARE(finding.kind, FindingKind::Saturation);
        QCOMPARE(finding.severity, severity);
        for (const QString& fragment : fragments)
            QVERIFY2(
                finding.message.contains(fragment), qPrintable(fragment + QStringLiteral(" in ") + finding.message));
        QVERIFY(!finding.recommendation.isEmpty());
    }

    // ---- Latency trend ---------------------------------------------------------------------------------

    void latencyTrend_data()
    {
        QTest::addColumn<int>("intervals");
        QTest::addColumn<double>("p95PerHour");
        QTest::addColumn<double>("errorsPerHour");
        QTest::addColumn<FindingSeverity>("p95Severity");
        QTest::addColumn<QString>("p95Fragment");
        QTest::addColumn<FindingSeverity>("errorSeverity");
        QTest::addColumn<QString>("errorFragment");
        QTest::addRow("stable") << 60 << 0.0 << 0.0 << FindingSeverity::Info << QStringLiteral("p95 is stable")
                                << FindingSeverity::Info << QStringLiteral("Error rate is stable");
        QTest::addRow("p95 grows") << 60 << 4.0 << 0.0 << FindingSeverity::Warning
                                   << QStringLiteral("p95 grows 4.2 ms/hour (+13 %/hour), significant")
                                   << FindingSeverity::Info << QStringLiteral("stable");
        // (This seed's flat p95 happens to rise significantly by 0.15 ms/hour: too little to matter, so Info.)
        QTest::addRow("errors grow") << 120 << 0.0 << 1.5 << FindingSeverity::Info << QStringLiteral("p95")
                                     << FindingSeverity::Warning
                                     << QStringLiteral("Error rate grows 1.5 percentage points/hour, significant");
        QTest::addRow("p95 grows a little") << 60 << 0.5 << 0.0 << FindingSeverity::Info
                                            << QStringLiteral("grows slightly") << FindingSeverity::Info
                                            << QStringLiteral("stable");
        QTest::addRow("p95 falls") << 60 << -4.0 << 0.0 << FindingSeverity::Info << QStringLiteral("p95 falls")
                                   << FindingSeverity::Info << QStringLiteral("stable");
        QTest::addRow("too few intervals") << 4 << 40.0 << 0.0 << FindingSeverity::Info << QStringLiteral("too few")
                                           << FindingSeverity::Info << QStringLiteral("too few");
    }

    void latencyTrend()
    {
        QFETCH(int, intervals);
        QFETCH(double, p95PerHour);
        QFETCH(double, errorsPerHour);
        QFETCH(FindingSeverity, p95Severity);
        QFETCH(QString, p95Fragment);
        QFETCH(FindingSeverity, errorSeverity);
        QFETCH(QString, errorFragment);
        std::mt19937_64 rng(11);
        std::normal_distribution<double> normal(0.0, 1.0);
        // p95 30 ms with 0.3 ms noise; error rate 0.2 % with 0.05 points of noise.
        const LoadResult load = enduranceRun(
            intervals, [&](double t) { return 30.0 + p95PerHour * t / 3600.0 + 0.3 * normal(rng); },
            [&](double t) { return std::max(0.0, 0.2 + errorsPerHour * t / 3600.0 + 0.05 * normal(rng)); });
        const QList<Finding> findings = loadFindings(load, {});
        const QList<Finding> trends = ofKind(findings, FindingKind::LatencyTrend);
        QVERIFY2(trends.size() == 2, qPrintable(dump(findings)));
        QVERIFY(sortedBySeverity(findings));
        const auto find = [&](const QString& what) {
            for (const Finding& f : trends) {
                if (f.message.contains(what, Qt::CaseInsensitive))
                    return f;
            }
            return Finding {};
        };
        const Finding p95 = find(QStringLiteral("p95"));
        const Finding errors = find(QStringLiteral("error rate"));
        QVERIFY2(p95.message.contains(p95Fragment), qPrintable(p95.message));
        QCOMPARE(p95.severity, p95Severity);
        QVERIFY2(errors.message.contains(errorFragment), qPrintable(errors.message));
        QCOMPARE(errors.severity, errorSeverity);
    }

    void loadRunsHaveNoTrendFindings()
    {
        LoadResult load = enduranceRun(
            60, [](double t) { return 30.0 + 10.0 * t / 3600.0; }, [](double) { return 0.0; });
        load.config.kind = LoadConfig::Kind::Load;
        QVERIFY(loadFindings(load, {}).isEmpty());
    }

    // ---- Memory ----------------------------------------------------------------------------------------

    void memory_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("stepSeconds");
        QTest::addColumn<double>("mbPerHour");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QList<FindingSeverity>>("severities");
        QTest::addColumn<QStringList>("fragments");
        using S = FindingSeverity;
        QTest::addRow("leak") << 121 << 5.0 << 30.0 << QString() << QList<S> { S::Warning }
                              << QStringList { QStringLiteral("Target memory grows 30 MB/hour (from 42 MB to 47 MB "
                                                              "over 10 min)"),
                                     QStringLiteral("pid 4242") };
        QTest::addRow("flat") << 121 << 5.0 << 0.0 << QString() << QList<S> { S::Info }
                              << QStringList { QStringLiteral("stable"), QStringLiteral("42 MB → 42 MB") };
        QTest::addRow("slow growth") << 97 << 300.0 << 0.5 << QString() << QList<S> { S::Info }
                                     << QStringList { QStringLiteral("stable"), QStringLiteral("below 1 MB/hour"),
                                            QStringLiteral("over 8 h") };
        QTest::addRow("too few") << 3 << 5.0 << 30.0 << QString() << QList<S> { S::Info }
                                 << QStringList { QStringLiteral("too few") };
        QTest::addRow("source failed") << 0 << 5.0 << 0.0 << QStringLiteral("did not answer within 2 s")
                                       << QList<S> { S::Warning }
                                       << QStringList { QStringLiteral("pid 4242"),
                                              QStringLiteral("did not answer within 2 s") };
        QTest::addRow("failed midway") << 121 << 5.0 << 30.0 << QStringLiteral("process exited")
                                       << QList<S> { S::Warning, S::Warning }
                                       << QStringList { QStringLiteral("process exited") };
    }

    void memory()
    {
        QFETCH(int, samples);
        QFETCH(double, stepSeconds);
        QFETCH(double, mbPerHour);
        QFETCH(QString, error);
        QFETCH(QList<FindingSeverity>, severities);
        QFETCH(QStringList, fragments);
        LoadResult load;
        load.config.kind = LoadConfig::Kind::Endurance;
        load.targetMemorySource = QStringLiteral("pid 4242");
        load.targetMemoryError = error;
        std::mt19937_64 rng(3);
        std::normal_distribution<double> normal(0.0, 1.0);
        for (int i = 0; i < samples; ++i) {
            const double t = i * stepSeconds;
            load.targetMemory.append({ qint64(t * 1000), 42.0 + mbPerHour * t / 3600.0 + 0.05 * normal(rng) });
        }
        const QList<Finding> findings = ofKind(loadFindings(load, {}), FindingKind::MemoryGrowth);
        QVERIFY2(findings.size() == severities.size(), qPrintable(dump(findings)));
        QString all;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings[i].severity, severities[i]);
            all += findings[i].message + QLatin1Char('\n');
            if (findings[i].severity == FindingSeverity::Warning)
                QVERIFY(!findings[i].recommendation.isEmpty());
        }
        for (const QString& fragment : fragments)
            QVERIFY2(all.contains(fragment), qPrintable(fragment + QStringLiteral(" in ") + all));
        if (samples > 0 && mbPerHour > 1 && samples >= kTrendMinPoints)
            QVERIFY(findings.last().recommendation.contains(QStringLiteral("leak")));
    }

    // ---- Generator ---------------------------------------------------------------------------------------

    void generator_data()
    {
        QTest::addColumn<int>("saturatedSeconds");
        QTest::addColumn<quint64>("dropped");
        QTest::addColumn<quint64>("late");
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("fine") << 0 << quint64(0) << quint64(0) << QStringList {};
        QTest::addRow("saturated") << 12 << quint64(0) << quint64(0)
                                   << QStringList { QStringLiteral("saturated for 12 s"),
                                          QStringLiteral("CPU up to 195 % of one core"), QStringLiteral("suspect") };
        QTest::addRow("dropped") << 0 << quint64(30) << quint64(0)
                                 << QStringList { QStringLiteral("30 request(s) were dropped"),
                                        QStringLiteral("fell behind"), QStringLiteral("1000 requests were already") };
        QTest::addRow("late") << 0 << quint64(0) << quint64(250)
                              << QStringList { QStringLiteral("250 request(s) were sent late"),
                                     QStringLiteral("5 ms") };
        QTest::addRow("all") << 3 << quint64(40) << quint64(60)
                             << QStringList { QStringLiteral("saturated for 3 s"),
                                    QStringLiteral("40 request(s) were dropped and 60 sent late"),
                                    QStringLiteral("— 1 % of the 10040 requests due") };
    }

    void generator()
    {
        QFETCH(int, saturatedSeconds);
        QFETCH(quint64, dropped);
        QFETCH(quint64, late);
        QFETCH(QStringList, fragments);
        LoadResult load;
        load.config.model = LoadConfig::Model::Open;
        load.threads = 2;
        load.totalRequests = 10000;
        load.saturatedSeconds = saturatedSeconds;
        load.totalDropped = dropped;
        load.totalLate = late;
        for (int s = 0; s < 5; ++s) {
            LoadPoint point;
            point.second = s;
            point.generatorCpuPercent = 150.0 + 15.0 * s - (s == 4 ? 15 : 0);
            load.series.append(point);
        }
        const QList<Finding> findings = loadFindings(load, {});
        QCOMPARE(ofKind(findings, FindingKind::GeneratorSaturated).size(), findings.size());
        QCOMPARE(findings.size(), qsizetype(saturatedSeconds > 0) + qsizetype(dropped + late > 0));
        QString all;
        for (const Finding& f : findings) {
            QCOMPARE(f.severity, FindingSeverity::Warning);
            QVERIFY(!f.recommendation.isEmpty());
            all += f.message + QLatin1Char('\n');
        }
        for (const QString& fragment : fragments)
            QVERIFY2(all.contains(fragment), qPrintable(fragment + QStringLiteral(" in ") + all));
    }

    // ---- Coordinated omission --------------------------------------------------------------------------

    void coordinatedOmission_data()
    {
        QTest::addColumn<LoadConfig::Model>("model");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("rawP99");
        QTest::addColumn<int>("saturatedSeconds");
        QTest::addColumn<bool>("found");
        QTest::addColumn<FindingSeverity>("severity");
        QTest::addRow("stall") << LoadConfig::Model::Open << 3210.0 << 12.0 << 0 << true << FindingSeverity::Warning;
        QTest::addRow("stall, generator saturated")
            << LoadConfig::Model::Open << 3210.0 << 12.0 << 5 << true << FindingSeverity::Info;
        QTest::addRow("closed model") << LoadConfig::Model::Closed << 3210.0 << 12.0 << 0 << false
                                      << FindingSeverity::Info;
        QTest::addRow("less than 2×") << LoadConfig::Model::Open << 230.0 << 120.0 << 0 << false
                                      << FindingSeverity::Info;
        QTest::addRow("less than 10 ms") << LoadConfig::Model::Open << 15.0 << 6.0 << 0 << false
                                         << FindingSeverity::Info;
    }

    void coordinatedOmission()
    {
        QFETCH(LoadConfig::Model, model);
        QFETCH(double, p99);
        QFETCH(double, rawP99);
        QFETCH(int, saturatedSeconds);
        QFETCH(bool, found);
        QFETCH(FindingSeverity, severity);
        LoadResult load;
        load.config.kind = LoadConfig::Kind::Load;
        load.config.model = model;
        load.saturatedSeconds = saturatedSeconds;
        LoadStage s = stage(0, LoadStage::Role::Hold, 500, 500, 20);
        s.p99Ms = p99;
        s.rawP99Ms = rawP99;
        load.stages.append(s);
        const QList<Finding> findings = ofKind(loadFindings(load, {}), FindingKind::CoordinatedOmission);
        QCOMPARE(findings.size(), qsizetype(found));
        if (!found)
            return;
        QCOMPARE(findings[0].severity, severity);
        QVERIFY2(findings[0].message.contains(QStringLiteral("p99 3210 ms from intended send times vs 12.00 ms from "
                                                             "actual send times at 500 requests/s")),
            qPrintable(findings[0].message));
        QVERIFY(findings[0].message.contains(QStringLiteral("closed-loop tool would hide it")));
        QCOMPARE(findings[0].size, std::optional<int>(500));
    }

    void coordinatedOmissionPicksTheWorstInterval()
    {
        LoadResult load = enduranceRun(10, [](double) { return 20.0; }, [](double) { return 0.0; });
        load.config.model = LoadConfig::Model::Open;
        load.stages[0].p99Ms = 900; // the Hold stage spans every interval: not counted again
        load.stages[0].rawP99Ms = 20;
        load.stages[3].p99Ms = 400;
        load.stages[3].rawP99Ms = 20;
        load.stages[7].p99Ms = 800;
        load.stages[7].rawP99Ms = 25;
        const QList<Finding> findings = ofKind(loadFindings(load, {}), FindingKind::CoordinatedOmission);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].message.contains(QStringLiteral("p99 800.0 ms")), qPrintable(findings[0].message));
        QVERIFY2(findings[0].message.contains(QStringLiteral("1 more stage")), qPrintable(findings[0].message));
    }

    // ---- All together ----------------------------------------------------------------------------------

    void findingsAreOrderedBySeverity()
    {
        LoadResult load = stressRun(StressOutcome::Reason::ErrorRate, 8, 20, 0);
        load.config.model = LoadConfig::Model::Open;
        load.saturatedSeconds = 4;
        load.stages[2].p99Ms = 500;
        load.stages[2].rawP99Ms = 10;
        for (int i = 0; i < 20; ++i)
            load.targetMemory.append({ qint64(i) * 5000, 50.0 });
        const QList<Finding> findings = loadFindings(load, {});
        QVERIFY2(sortedBySeverity(findings), qPrintable(dump(findings)));
        QCOMPARE(findings.first().severity, FindingSeverity::Warning);
        QCOMPARE(findings.last().severity, FindingSeverity::Info);
        QCOMPARE(ofKind(findings, FindingKind::BreakingPoint).size(), 2);
        QVERIFY2(findings.first().message.contains(
                     QStringLiteral("Breaks at 180 requests/s: error rate 12 % > 5 % (last good step: 160 requests/s "
                                    "offered, 930 requests/s completed")),
            qPrintable(findings.first().message));
        QCOMPARE(ofKind(findings, FindingKind::MemoryGrowth).size(), 1);
        QCOMPARE(ofKind(findings, FindingKind::CoordinatedOmission).size(), 1);
        QCOMPARE(ofKind(findings, FindingKind::GeneratorSaturated).size(), 1);
        for (const Finding& f : findings)
            QVERIFY2(!f.message.isEmpty(), qPrintable(findingKindName(f.kind)));
        qInfo("%s", qPrintable(dump(findings)));
    }

    void kindNamesAreStable_data()
    {
        QTest::addColumn<FindingKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addRow("breaking point") << FindingKind::BreakingPoint << QStringLiteral("breaking_point");
        QTest::addRow("saturation") << FindingKind::Saturation << QStringLiteral("saturation");
        QTest::addRow("latency trend") << FindingKind::LatencyTrend << QStringLiteral("latency_trend");
        QTest::addRow("memory growth") << FindingKind::MemoryGrowth << QStringLiteral("memory_growth");
        QTest::addRow("generator saturated")
            << FindingKind::GeneratorSaturated << QStringLiteral("generator_saturated");
        QTest::addRow("coordinated omission")
            << FindingKind::CoordinatedOmission << QStringLiteral("coordinated_omission");
    }

    void kindNamesAreStable()
    {
        QFETCH(FindingKind, kind);
        QFETCH(QString, name);
        QCOMPARE(findingKindName(kind), name);
        QCOMPARE(findingKindFromName(name), std::optional<FindingKind>(kind));
    }
};

QTEST_GUILESS_MAIN(TestLoadAnalysis)
#include "tst_loadanalysis.moc"
