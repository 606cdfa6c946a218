// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparison.h"
#include "analysis/ranktest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace scalescope;
using namespace scalescope::analysis;

Q_DECLARE_METATYPE(scalescope::analysis::PValueMethod)

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr qint64 kTimeLimitMs = 5000; // sanitizers slow the selection loops several times over
#else
constexpr qint64 kTimeLimitMs = 1000; // the brief: "well under a second" for 10⁵ samples per side
#endif

constexpr quint64 kSeedRounds = 10; // seed pairs for the known-answer comparisons

const QList<int> kSizes = { 10, 50, 100, 200, 500 };
const QStringList kEndpoints
    = { QStringLiteral("List prompts"), QStringLiteral("Search prompts"), QStringLiteral("Get prompt"),
          QStringLiteral("Count prompts"), QStringLiteral("Prompt stats"), QStringLiteral("Find duplicates") };

// Latency in ms of one request to endpoint e at size n, before noise: distinct levels per endpoint, some growing.
double level(int e, int n)
{
    switch (e) {
    case 0: return 0.2 + 0.03 * n; // linear
    case 1: return 0.15 + 0.004 * n;
    case 4: return 0.12 + 0.002 * n;
    case 5: return 0.1 + 0.0004 * double(n) * n; // quadratic
    default: return 0.09; // flat
    }
}

/// A latency in ms for (endpoint, size); failure decides FailureKind per request.
using Sampler = std::function<double(int endpoint, int size, std::mt19937_64& rng)>;

struct RunSpec {
    QStringList endpoints = kEndpoints;
    QList<int> sizes = kSizes;
    int samples = 20;
    QString baseUrl = QStringLiteral("http://127.0.0.1:8000");
    DatasetMode mode = DatasetMode::Seeded;
    double failureRate = 0.0; ///< per request, for every cell
};

/// Builds a RunResult the way the engine would: CellAccumulator per cell, raw samples kept.
RunResult makeRun(const RunSpec& spec, const Sampler& sampler, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    RunResult run;
    run.status = RunStatus::Completed;
    run.transport = QStringLiteral("lean-http1");
    run.plan.name = QStringLiteral("synthetic");
    run.plan.target.baseUrl = QUrl(spec.baseUrl);
    run.plan.dataset.mode = spec.mode;
    run.plan.dataset.sizes = spec.sizes;
    run.plan.measurement.iterations = spec.samples;
    for (const QString& name : spec.endpoints) {
        EndpointConfig endpoint;
        endpoint.name = name;
        endpoint.request.path
            = QStringLiteral("/api/") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('/');
        run.plan.endpoints.append(endpoint);
    }
    for (qsizetype si = 0; si < spec.sizes.size(); ++si) {
        for (qsizetype ei = 0; ei < spec.endpoints.size(); ++ei) {
            const int e = int(kEndpoints.indexOf(spec.endpoints[ei]));
            CellAccumulator acc;
            for (int i = 0; i < spec.samples; ++i) {
                const double ms = sampler(e, spec.sizes[si], rng);
                const FailureKind failure
                    = unit(rng) < spec.failureRate ? FailureKind::HttpServerError : FailureKind::None;
                acc.add(std::chrono::nanoseconds(qint64(ms * 1e6)), failure);
            }
            CellResult cell;
            cell.sizeIndex = int(si);
            cell.size = spec.sizes[si];
            cell.records = spec.mode == DatasetMode::Seeded ? spec.sizes[si] : -1;
            cell.endpointIndex = int(ei);
            cell.endpoint = spec.endpoints[ei];
            cell.method = run.plan.endpoints[ei].request.method;
            cell.path = run.plan.endpoints[ei].request.path;
            cell.stats = acc.statistics(1.0);
            cell.histogram = acc.histogram();
            cell.samplesNs = acc.rawSamples();
            run.cells.append(cell);
        }
    }
    return run;
}

// Log-normal noise around the level (σ = 0.25: a p95/p50 of about 1.5, typical of an idle API), times factor.
Sampler lognormal(std::function<double(int, int)> factor = {})
{
    return [factor](int e, int n, std::mt19937_64& rng) {
        std::normal_distribution<double> normal(0.0, 0.25);
        const double f = factor ? factor(e, n) : 1.0;
        return level(e, n) * f * std::exp(normal(rng));
    };
}

const EndpointComparison* endpointOf(const RunComparison& c, const QString& name)
{
    for (const EndpointComparison& e : c.endpoints) {
        if (e.endpoint == name)
            return &e;
    }
    return nullptr;
}

bool anyContains(const QStringList& list, const QString& fragment)
{
    return std::any_of(list.begin(), list.end(), [&](const QString& s) { return s.contains(fragment); });
}

} // namespace

class TestComparison : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- ranktest ---
    void mannWhitneyKnownAnswers_data();
    void mannWhitneyKnownAnswers();
    void mannWhitneyIdenticalSamples();
    void mannWhitneyInvalidInput_data();
    void mannWhitneyInvalidInput();
    void mannWhitneyShiftInterval();
    void kthDifferenceMatchesBruteForce();
    void hodgesLehmannLargeSamplesFast();
    void fisherExact_data();
    void fisherExact();
    void holm();

    // --- comparison ---
    void shiftedEndpointIsSlower_data();
    void shiftedEndpointIsSlower();
    void sameDistributionFalsePositiveRate();
    void tinyShiftHugeSamplesIsNoChange();
    void tooFewSamplesIsInsufficient_data();
    void tooFewSamplesIsInsufficient();
    void incompatibleRuns_data();
    void incompatibleRuns();
    void everyIncompatibilityListed();
    void endpointWithOtherMethodListed();
    void settingsDifferencesAreWarnings();
    void partialOverlapListed();
    void regressionTolerance();
    void successRateDropIsRegression();
    void runWideDriftIsRemovedAndReported_data();
    void runWideDriftIsRemovedAndReported();
    void fewEndpointsNoDriftEstimate();
    void highRunToRunNoiseWarned();
    void complexityClassChangeReported();
    void isolatedCellDoesNotMakeEndpointSlower();
};

// Expected values: scipy 1.10.1 (Debian 12 python3-scipy), scipy.stats.mannwhitneyu(a, b, alternative="two-sided",
// method="exact" or "asymptotic" — the one this implementation picks), computed on this machine; the
// Hodges–Lehmann shift is numpy.median(numpy.subtract.outer(b, a)).
void TestComparison::mannWhitneyKnownAnswers_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::addColumn<double>("u");
    QTest::addColumn<double>("p");
    QTest::addColumn<PValueMethod>("method");
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("shift");

    // By hand: every b above every a, U = 0; exact P(U ≤ 0) = 1/C(6,3) = 1/20, two-sided 0.1.
    QTest::addRow("hand 3 vs 3 separated")
        << QList<double> { 1, 2, 3 } << QList<double> { 4, 5, 6 } << 0.0 << 0.1 << PValueMethod::Exact << 1.0 << 3.0;
    // R's ?wilcox.test example (Hollander & Wolfe 1973, p. 69): W = 35, one-sided p 0.1272 → two-sided 0.2544.
    QTest::addRow("Hollander-Wolfe permeability")
        << QList<double> { 0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46 }
        << QList<double> { 1.15, 0.88, 0.90, 0.74, 1.21 } << 35.0 << 0.2544122544122544 << PValueMethod::Exact << -0.4
        << -0.305;
    QTest::addRow("interleaved 6 vs 7") << QList<double> { 1, 3, 5, 7, 9, 11 }
                                        << QList<double> { 2, 4, 6, 8, 10, 12, 14 } << 15.0 << 0.4452214452214452
                                        << PValueMethod::Exact << 1.0 - 2.0 * 15.0 / 42.0 << 2.0;
    // Ties: normal approximation with tie correction and continuity correction.
    QTest::addRow("ties 7 vs 7") << QList<double> { 1, 2, 2, 3, 3, 3, 4 } << QList<double> { 3, 3, 4, 4, 5, 5, 6 }
                                 << 6.0 << 0.01785429278938296 << PValueMethod::Normal << 1.0 - 2.0 * 6.0 / 49.0 << 2.0;
    // More than kExactMaxSampleSize values: normal approximation.
    QList<double> a;
    QList<double> b;
    for (int i = 0; i < 60; ++i)
        a.append(std::round(std::pow(10.0 * i / 59.0, 1.3) * 1e6) / 1e6);
    for (int i = 0; i < 55; ++i)
        b.append(std::round((std::pow(1.0 + 10.0 * i / 54.0, 1.3) + 0.5) * 1e6) / 1e6);
    QTest::addRow("60 vs 55") << a << b << 1268.0 << 0.03268023468281915 << PValueMethod::Normal
                              << 1.0 - 2.0 * 1268.0 / 3300.0 << 2.5013090000000004;
}

void TestComparison::mannWhitneyKnownAnswers()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(double, u);
    QFETCH(double, p);
    QFETCH(PValueMethod, method);
    QFETCH(double, delta);
    QFETCH(double, shift);
    const MannWhitneyResult r = mannWhitneyU(a, b);
    QVERIFY2(r.valid, qPrintable(r.reason));
    QCOMPARE(r.method, method);
    QCOMPARE(r.u, u);
    QVERIFY2(std::abs(r.pValue - p) < 1e-9 * std::max(1.0, p), qPrintable(QString::number(r.pValue, 'g', 17)));
    QVERIFY(std::abs(r.cliffsDelta - delta) < 1e-12);
    QVERIFY2(std::abs(r.hodgesLehmann - shift) < 1e-9, qPrintable(QString::number(r.hodgesLehmann, 'g', 17)));
    QVERIFY(r.shiftLow <= r.hodgesLehmann && r.hodgesLehmann <= r.shiftHigh);
    // Symmetry: swapping the samples mirrors U, δ and the shift, and keeps p.
    const MannWhitneyResult s = mannWhitneyU(b, a);
    QCOMPARE(s.u, double(a.size() * b.size()) - u);
    QVERIFY(std::abs(s.pValue - r.pValue) < 1e-12);
    QVERIFY(std::abs(s.cliffsDelta + r.cliffsDelta) < 1e-12);
    QVERIFY(std::abs(s.hodgesLehmann + r.hodgesLehmann) < 1e-9);
}

void TestComparison::mannWhitneyIdenticalSamples()
{
    const QList<double> x = { 1.5, 2.5, 2.5, 3.0, 7.0, 9.0 };
    const MannWhitneyResult r = mannWhitneyU(x, x);
    QVERIFY(r.valid);
    QCOMPARE(r.pValue, 1.0);
    QCOMPARE(r.cliffsDelta, 0.0);
    QCOMPARE(r.hodgesLehmann, 0.0);
    // All values equal: zero variance, nothing to tell apart.
    const MannWhitneyResult flat = mannWhitneyU({ 4, 4, 4 }, { 4, 4, 4, 4 });
    QVERIFY(flat.valid);
    QCOMPARE(flat.pValue, 1.0);
    QCOMPARE(flat.cliffsDelta, 0.0);
}

void TestComparison::mannWhitneyInvalidInput_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("first empty") << QList<double> {} << QList<double> { 1 } << QStringLiteral("first sample is empty");
    QTest::addRow("second empty") << QList<double> { 1 } << QList<double> {}
                                  << QStringLiteral("second sample is empty");
    QTest::addRow("both empty") << QList<double> {} << QList<double> {} << QStringLiteral("both samples are empty");
    QTest::addRow("NaN") << QList<double> { 1, std::nan(""), 3 } << QList<double> { 1 }
                         << QStringLiteral("first sample holds a value that is not a finite number (at position 2)");
    QTest::addRow("infinity") << QList<double> { 1 } << QList<double> { HUGE_VAL }
                              << QStringLiteral(
                                     "second sample holds a value that is not a finite number (at position 1)");
}

void TestComparison::mannWhitneyInvalidInput()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(QString, fragment);
    const MannWhitneyResult r = mannWhitneyU(a, b);
    QVERIFY(!r.valid);
    QCOMPARE(r.method, PValueMethod::None);
    QCOMPARE(r.pValue, 1.0);
    QVERIFY2(r.reason.contains(fragment), qPrintable(r.reason));
}

void TestComparison::mannWhitneyShiftInterval()
{
    // Moses interval, computed from first principles in Python (enumerating the 1716 rank arrangements of U for
    // 6 vs 7: the largest c with P(U ≤ c) ≤ 2.5 % is 6, so the 7th smallest and 7th largest of the 42 differences).
    const MannWhitneyResult r = mannWhitneyU({ 1, 3, 5, 7, 9, 11 }, { 2, 4, 6, 8, 10, 12, 14 });
    QCOMPARE(r.shiftLow, -3.0);
    QCOMPARE(r.shiftHigh, 7.0);
}

void TestComparison::kthDifferenceMatchesBruteForce()
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> sizeDist(1, 40);
    std::uniform_int_distribution<int> valueDist(0, 30); // small range: many ties among the differences
    for (int round = 0; round < 200; ++round) {
        QList<double> a(sizeDist(rng));
        QList<double> b(sizeDist(rng));
        for (double& v : a)
            v = valueDist(rng) * 0.25;
        for (double& v : b)
            v = valueDist(rng) * 0.25 + (round % 3);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QList<double> all;
        for (const double bj : b) {
            for (const double ai : a)
                all.append(bj - ai);
        }
        std::sort(all.begin(), all.end());
        for (const qint64 k : { qint64(1), qint64(all.size() / 2 + 1), qint64(all.size()), qint64(all.size() / 3 + 1) })
            QCOMPARE(kthPairwiseDifference(a, b, k), all[k - 1]);
    }
}

void TestComparison::hodgesLehmannLargeSamplesFast()
{
    // 100 000 values per side (10¹⁰ pairs): b = a·1.1 + 3 ms shifts every pair; the median difference is exact.
    std::mt19937_64 rng(11);
    std::lognormal_distribution<double> dist(1.0, 0.5);
    QList<double> a;
    QList<double> b;
    for (int i = 0; i < 100000; ++i)
        a.append(dist(rng));
    for (int i = 0; i < 100000; ++i)
        b.append(dist(rng) + 3.0);
    QElapsedTimer timer;
    timer.start();
    const MannWhitneyResult r = mannWhitneyU(a, b);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(r.valid);
    QCOMPARE(r.method, PValueMethod::Normal);
    QVERIFY2(elapsed < kTimeLimitMs, qPrintable(QString::number(elapsed)));
    qInfo("mannWhitneyU on 2 x 100000 values: %lld ms, HL %.4f [%.4f, %.4f]", elapsed, r.hodgesLehmann, r.shiftLow,
        r.shiftHigh);
    QVERIFY(std::abs(r.hodgesLehmann - 3.0) < 0.05);
    QVERIFY(r.shiftLow < r.hodgesLehmann && r.hodgesLehmann < r.shiftHigh && r.shiftHigh - r.shiftLow < 0.1);
    QVERIFY(r.pValue < 1e-100 || r.pValue == 0.0);
    // P(b > a) for b − a ~ 3 + (difference of two lognormals): well above ½, δ = 2·P − 1.
    QVERIFY2(r.cliffsDelta > 0.5, qPrintable(QString::number(r.cliffsDelta)));

    // Exactly shifted copy: the median of the differences is exactly the shift only if computed exactly.
    QList<double> c;
    for (const double v : a)
        c.append(v + 2.5);
    const MannWhitneyResult exact = mannWhitneyU(a, c);
    QVERIFY(std::abs(exact.hodgesLehmann - 2.5) < 1e-12);
}

void TestComparison::fisherExact_data()
{
    QTest::addColumn<quint64>("failA");
    QTest::addColumn<quint64>("countA");
    QTest::addColumn<quint64>("failB");
    QTest::addColumn<quint64>("countB");
    QTest::addColumn<double>("p");
    // scipy.stats.fisher_exact([[failA, countA - failA], [failB, countB - failB]], alternative="less"), scipy 1.10.1.
    QTest::addRow("5/100 vs 15/100") << quint64(5) << quint64(100) << quint64(15) << quint64(100)
                                     << 0.015860019543155274;
    QTest::addRow("0/50 vs 6/50") << quint64(0) << quint64(50) << quint64(6) << quint64(50) << 0.013330538154195232;
    QTest::addRow("3/100 vs 3/100") << quint64(3) << quint64(100) << quint64(3) << quint64(100) << 0.658641705207019;
    QTest::addRow("10/1000 vs 30/1000") << quint64(10) << quint64(1000) << quint64(30) << quint64(1000)
                                        << 0.0010041667809150047;
    QTest::addRow("no failures in B") << quint64(4) << quint64(10) << quint64(0) << quint64(10) << 1.0;
    QTest::addRow("empty") << quint64(0) << quint64(0) << quint64(3) << quint64(10) << 1.0;
}

void TestComparison::fisherExact()
{
    QFETCH(quint64, failA);
    QFETCH(quint64, countA);
    QFETCH(quint64, failB);
    QFETCH(quint64, countB);
    QFETCH(double, p);
    const double got = fisherExactGreater(failA, countA, failB, countB);
    QVERIFY2(std::abs(got - p) < 1e-9, qPrintable(QString::number(got, 'g', 17)));
}

void TestComparison::holm()
{
    // By hand: sorted 0.01, 0.02, 0.03, 0.04 (m = 4) → 0.04, 0.06, 0.06 (monotone), 0.06 (0.04·1) → in input order.
    const QList<double> adjusted = holmAdjust({ 0.03, 0.01, 0.04, 0.02 });
    const QList<double> expected = { 0.06, 0.04, 0.06, 0.06 };
    QCOMPARE(adjusted.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(adjusted[i] - expected[i]) < 1e-12, qPrintable(QString::number(adjusted[i])));
    QCOMPARE(holmAdjust({ 0.5, 0.9 }), (QList<double> { 1.0, 1.0 }));
    QVERIFY(holmAdjust({}).isEmpty());
}

void TestComparison::shiftedEndpointIsSlower_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= kSeedRounds; ++seed)
        QTest::addRow("seed %llu", seed) << seed;
}

void TestComparison::shiftedEndpointIsSlower()
{
    QFETCH(quint64, seed);
    const RunSpec spec;
    const RunResult base = makeRun(spec, lognormal(), 2 * seed);
    // "List prompts" 1.6× slower at every size, everything else as before.
    const RunResult candidate = makeRun(spec, lognormal([](int e, int) { return e == 0 ? 1.6 : 1.0; }), 2 * seed + 1);
    const RunComparison c = compareRuns(base, candidate);
    QVERIFY2(c.compatible, qPrintable(c.summary()));
    QCOMPARE(c.cells.size(), 30);
    QCOMPARE(c.endpoints.size(), 6);
    for (const EndpointComparison& e : c.endpoints) {
        const ChangeVerdict expected
            = e.endpoint == kEndpoints[0] ? ChangeVerdict::Slower : ChangeVerdict::NoSignificantChange;
        QVERIFY2(e.verdict == expected, qPrintable(e.message));
    }
    const EndpointComparison* list = endpointOf(c, kEndpoints[0]);
    QVERIFY(list->message.startsWith(QStringLiteral("List prompts: slower, significant at ")));
    QVERIFY(list->slowerCells >= 3);
    const auto slower = std::find_if(
        c.cells.begin(), c.cells.end(), [](const CellComparison& x) { return x.verdict == ChangeVerdict::Slower; });
    QVERIFY(slower != c.cells.end());
    const CellComparison& cell = *slower;
    QCOMPARE(cell.endpoint, kEndpoints[0]);
    QVERIFY(!cell.isolated);
    QVERIFY(cell.test.cliffsDelta > 0.6);
    QVERIFY(cell.changePercent > 30);
    QVERIFY2(cell.message.startsWith(QStringLiteral("List prompts @ "))
            && cell.message.contains(QStringLiteral(" ms (+"))
            && cell.message.contains(QStringLiteral("slower, significant (p"))
            && cell.message.contains(QStringLiteral("δ = 0.")),
        qPrintable(cell.message));
    QVERIFY2(c.summary().startsWith(QStringLiteral("Compared 30 cell")), qPrintable(c.summary()));
}

void TestComparison::sameDistributionFalsePositiveRate()
{
    // Two runs of the same distribution, 100 times: an endpoint verdict other than "no significant change" is a
    // false positive. Required: at most 1 of 100 comparisons has one.
    const RunSpec spec;
    int comparisonsWithFalsePositive = 0;
    int falseCells = 0;
    for (int rep = 0; rep < 100; ++rep) {
        const RunResult base = makeRun(spec, lognormal(), 1000 + 2 * rep);
        const RunResult candidate = makeRun(spec, lognormal(), 1001 + 2 * rep);
        const RunComparison c = compareRuns(base, candidate);
        QVERIFY(c.compatible);
        const bool any = std::any_of(c.endpoints.begin(), c.endpoints.end(),
            [](const EndpointComparison& e) { return e.verdict != ChangeVerdict::NoSignificantChange; });
        comparisonsWithFalsePositive += any;
        falseCells += c.countCells(ChangeVerdict::Slower) + c.countCells(ChangeVerdict::Faster);
        QVERIFY(regressions(c, 10.0).isEmpty() || any);
    }
    qInfo("identical distributions: %d of 100 comparisons with a false endpoint verdict, %d of 3000 cells flagged",
        comparisonsWithFalsePositive, falseCells);
    QVERIFY(comparisonsWithFalsePositive <= 1);
}

void TestComparison::tinyShiftHugeSamplesIsNoChange()
{
    // One endpoint, one size, 20 000 samples per side, +3 %: Mann–Whitney is overwhelmingly significant, but the
    // effect (δ ≈ 0.07) and the change (3 % < 20 %) are not worth reporting.
    RunSpec spec;
    spec.endpoints = { kEndpoints[2] };
    spec.sizes = { 100 };
    spec.samples = 20000;
    const RunResult base = makeRun(spec, lognormal(), 5);
    const RunResult candidate = makeRun(spec, lognormal([](int, int) { return 1.03; }), 6);
    const RunComparison c = compareRuns(base, candidate);
    QCOMPARE(c.cells.size(), 1);
    const CellComparison& cell = c.cells.first();
    QVERIFY2(cell.test.pValue < 1e-6, qPrintable(QString::number(cell.test.pValue)));
    QCOMPARE(cell.verdict, ChangeVerdict::NoSignificantChange);
    QVERIFY2(cell.note.contains(QStringLiteral("minimum effect")), qPrintable(cell.note));
    QVERIFY2(cell.note.contains(QStringLiteral("change below the 20 % minimum")), qPrintable(cell.note));
    QCOMPARE(c.noiseCells, 0); // one cell: no drift or noise estimate
    // Without the practical floors the same data is "slower": the floors, not the test, decide here.
    CompareOptions loose;
    loose.minEffectSize = 0.0;
    loose.minRelativeChange = 0.0;
    loose.minAbsoluteChangeMs = 0.0;
    QCOMPARE(compareRuns(base, candidate, loose).cells.first().verdict, ChangeVerdict::Slower);
}

void TestComparison::tooFewSamplesIsInsufficient_data()
{
    QTest::addColumn<int>("baseSamples");
    QTest::addColumn<int>("candidateSamples");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("4 vs 20") << 4 << 20 << QStringLiteral("too few samples (4 and 20; at least 5 per run needed)");
    QTest::addRow("20 vs 3") << 20 << 3 << QStringLiteral("too few samples (20 and 3; at least 5 per run needed)");
    QTest::addRow("no raw samples") << 0 << 20 << QStringLiteral("no raw samples in the base run");
}

void TestComparison::tooFewSamplesIsInsufficient()
{
    QFETCH(int, baseSamples);
    QFETCH(int, candidateSamples);
    QFETCH(QString, fragment);
    RunSpec spec;
    spec.endpoints = { kEndpoints[0] };
    spec.sizes = { 10, 100 };
    spec.samples = candidateSamples;
    const RunResult candidate = makeRun(spec, lognormal([](int, int) { return 3.0; }), 2);
    spec.samples = std::max(baseSamples, 1);
    RunResult base = makeRun(spec, lognormal(), 1);
    if (baseSamples == 0) {
        for (CellResult& cell : base.cells)
            cell.samplesNs.clear(); // e.g. a run stored without samples: the histogram p50 is still shown
    }
    const RunComparison c = compareRuns(base, candidate);
    QVERIFY(c.compatible);
    QCOMPARE(c.cells.size(), 2);
    for (const CellComparison& cell : c.cells) {
        QCOMPARE(cell.verdict, ChangeVerdict::Insufficient);
        QVERIFY(!cell.test.valid);
        QVERIFY2(cell.message.contains(fragment), qPrintable(cell.message));
        QVERIFY(cell.baseMedianMs > 0);
    }
    QCOMPARE(c.endpoints.first().verdict, ChangeVerdict::Insufficient);
    QVERIFY(regressions(c, 0).isEmpty());
}

void TestComparison::incompatibleRuns_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("other host")
        << QStringLiteral("host")
        << QStringLiteral(
               "different targets: http://127.0.0.1:8000 (base) and http://staging.example:8000 (candidate)");
    QTest::addRow("other path prefix") << QStringLiteral("path") << QStringLiteral("different targets");
    QTest::addRow("other dataset mode") << QStringLiteral(
        "mode") << QStringLiteral("different dataset modes: seeded in the base run, sweep in the candidate");
    QTest::addRow("no endpoint in common")
        << QStringLiteral("endpoints")
        << QStringLiteral(
               "no endpoint in common (the base run measured List prompts, Search prompts; the candidate Get prompt)");
    QTest::addRow("no size in common") << QStringLiteral(
        "sizes") << QStringLiteral("no dataset size in common (the base run measured 10, 50; the candidate 100, 200)");
    QTest::addRow("load test vs sweep") << QStringLiteral("load-vs-sweep")
                                        << QStringLiteral("the base run is a scale sweep, the candidate a load test");
    QTest::addRow("open vs closed model")
        << QStringLiteral("models")
        << QStringLiteral("different load models: open model (arrival rate) in the base run, closed model (virtual users)");
    QTest::addRow("no load level in common") << QStringLiteral("levels")
                                             << QStringLiteral("no load level in common (the base run ran at 10, 50; "
                                                               "the candidate at 100, 200 users)");
    QTest::addRow("candidate failed at login") << QStringLiteral(
        "failed") << QStringLiteral("the candidate run has no measured cell (it failed: Login failed: 401)");
}

void TestComparison::incompatibleRuns()
{
    QFETCH(QString, what);
    QFETCH(QString, fragment);
    RunSpec baseSpec;
    RunSpec candidateSpec;
    if (what == QStringLiteral("endpoints")) {
        baseSpec.endpoints = { kEndpoints[0], kEndpoints[1] };
        candidateSpec.endpoints = { kEndpoints[2] };
    } else if (what == QStringLiteral("sizes") || what == QStringLiteral("levels")) {
        baseSpec.sizes = { 10, 50 };
        candidateSpec.sizes = { 100, 200 };
    } else if (what == QStringLiteral("host")) {
        candidateSpec.baseUrl = QStringLiteral("http://staging.example:8000");
    } else if (what == QStringLiteral("path")) {
        candidateSpec.baseUrl = QStringLiteral("http://127.0.0.1:8000/v2");
    } else if (what == QStringLiteral("mode")) {
        candidateSpec.mode = DatasetMode::Sweep;
    }
    const RunResult base = makeRun(baseSpec, lognormal(), 1);
    RunResult candidate = makeRun(candidateSpec, lognormal(), 2);
    RunResult loadBase = base;
    if (what == QStringLiteral("load-vs-sweep") || what == QStringLiteral("levels"))
        candidate.load = LoadResult {};
    if (what == QStringLiteral("levels"))
        loadBase.load = LoadResult {};
    if (what == QStringLiteral("models")) {
        loadBase.load = LoadResult {};
        loadBase.load->config.model = LoadConfig::Model::Open;
        candidate.load = LoadResult {};
    }
    if (what == QStringLiteral("failed")) {
        candidate.cells.clear();
        candidate.status = RunStatus::Failed;
        candidate.error = Error { ErrorKind::Auth, QStringLiteral("Login failed: 401") };
    }
    const RunComparison c = compareRuns(loadBase, candidate);
    QVERIFY(!c.compatible);
    QVERIFY(c.cells.isEmpty());
    QVERIFY(c.endpoints.isEmpty());
    QVERIFY2(anyContains(c.incompatibilities, fragment), qPrintable(c.incompatibilities.join(QLatin1Char('\n'))));
    QVERIFY(c.summary().startsWith(QStringLiteral("Runs cannot be compared: ")));
    QVERIFY(regressions(c, 0).isEmpty());
}

void TestComparison::everyIncompatibilityListed()
{
    RunSpec candidateSpec;
    candidateSpec.baseUrl = QStringLiteral("https://api.example");
    candidateSpec.mode = DatasetMode::Sweep;
    candidateSpec.sizes = { 1, 2 };
    const RunComparison c = compareRuns(makeRun({}, lognormal(), 1), makeRun(candidateSpec, lognormal(), 2));
    QVERIFY(!c.compatible);
    QCOMPARE(c.incompatibilities.size(), 3);
    QVERIFY(anyContains(c.incompatibilities, QStringLiteral("different targets")));
    QVERIFY(anyContains(c.incompatibilities, QStringLiteral("different dataset modes")));
    QVERIFY(anyContains(c.incompatibilities, QStringLiteral("no dataset size in common")));
}

void TestComparison::endpointWithOtherMethodListed()
{
    const RunResult base = makeRun({}, lognormal(), 1);
    RunResult candidate = makeRun({}, lognormal(), 2);
    for (CellResult& cell : candidate.cells) {
        if (cell.endpoint == kEndpoints[2])
            cell.method = QStringLiteral("POST");
    }
    const RunComparison c = compareRuns(base, candidate);
    QVERIFY(c.compatible);
    QCOMPARE(c.incompatibleEndpoints.size(), 1);
    QVERIFY2(c.incompatibleEndpoints.first().contains(QStringLiteral(
                 "Get prompt: GET /api/get-prompt/ in the base run but POST /api/get-prompt/ in the candidate")),
        qPrintable(c.incompatibleEndpoints.first()));
    QCOMPARE(c.endpoints.size(), 5);
    QVERIFY(!endpointOf(c, kEndpoints[2]));
    QCOMPARE(c.cells.size(), 25);

    // Every endpoint differs: nothing comparable is left.
    for (CellResult& cell : candidate.cells)
        cell.path += QStringLiteral("v2/");
    const RunComparison none = compareRuns(base, candidate);
    QVERIFY(!none.compatible);
    QVERIFY(anyContains(none.incompatibilities, QStringLiteral("no endpoint in common with the same method and path")));
    QCOMPARE(none.incompatibleEndpoints.size(), 6);
}

void TestComparison::settingsDifferencesAreWarnings()
{
    RunSpec candidateSpec;
    candidateSpec.baseUrl = QStringLiteral("http://127.0.0.1:41234");
    RunResult candidate = makeRun(candidateSpec, lognormal(), 2);
    candidate.plan.measurement.iterations = 50;
    candidate.plan.measurement.concurrent = true;
    candidate.plan.measurement.maxWorkers = 8;
    candidate.transport = QStringLiteral("qnam");
    candidate.status = RunStatus::Cancelled;
    candidate.cells[0].records = 12;
    const RunComparison c = compareRuns(makeRun({}, lognormal(), 1), candidate);
    QVERIFY(c.compatible);
    const QString all = c.warnings.join(QLatin1Char('\n'));
    QVERIFY2(anyContains(c.warnings, QStringLiteral("port differs (8000 in the base run, 41234 in the candidate)")),
        qPrintable(all));
    QVERIFY2(anyContains(
                 c.warnings, QStringLiteral("different iterations per cell: 20 in the base run, 50 in the candidate")),
        qPrintable(all));
    QVERIFY2(anyContains(c.warnings,
                 QStringLiteral(
                     "different concurrency: sequential in the base run, concurrent (8 workers) in the candidate")),
        qPrintable(all));
    QVERIFY2(anyContains(
                 c.warnings, QStringLiteral("different transports: lean-http1 in the base run, qnam in the candidate")),
        qPrintable(all));
    QVERIFY2(
        anyContains(c.warnings, QStringLiteral("the candidate run did not complete (cancelled)")), qPrintable(all));
    QVERIFY2(anyContains(c.warnings,
                 QStringLiteral("at size 10 the target held 10 records in the base run but 12 in the candidate")),
        qPrintable(all));
    QCOMPARE(c.cells.size(), 30);
}

void TestComparison::partialOverlapListed()
{
    RunSpec baseSpec;
    baseSpec.endpoints = { kEndpoints[0], kEndpoints[1], kEndpoints[2] };
    baseSpec.sizes = { 10, 50, 100 };
    RunSpec candidateSpec;
    candidateSpec.endpoints = { kEndpoints[1], kEndpoints[2], kEndpoints[3] };
    candidateSpec.sizes = { 50, 100, 200 };
    const RunComparison c = compareRuns(makeRun(baseSpec, lognormal(), 1), makeRun(candidateSpec, lognormal(), 2));
    QVERIFY(c.compatible);
    QCOMPARE(c.onlyInBaseEndpoints, QStringList { kEndpoints[0] });
    QCOMPARE(c.onlyInCandidateEndpoints, QStringList { kEndpoints[3] });
    const QList<CellKey> onlyBase = { { kEndpoints[1], 10 }, { kEndpoints[2], 10 } };
    const QList<CellKey> onlyCandidate = { { kEndpoints[1], 200 }, { kEndpoints[2], 200 } };
    QCOMPARE(c.onlyInBase, onlyBase);
    QCOMPARE(c.onlyInCandidate, onlyCandidate);
    QCOMPARE(c.cells.size(), 4);
    QCOMPARE(c.endpoints.size(), 2);
    QCOMPARE(c.endpoints[0].cells, 2);
}

void TestComparison::regressionTolerance()
{
    const RunSpec spec;
    const RunResult base = makeRun(spec, lognormal(), 1);
    const RunResult candidate = makeRun(spec, lognormal([](int e, int) { return e == 0 ? 1.6 : 1.0; }), 2);
    const RunComparison c = compareRuns(base, candidate);
    const QList<Regression> at10 = regressions(c, 10.0);
    QVERIFY(!at10.isEmpty());
    for (const Regression& r : at10) {
        QCOMPARE(r.kind, Regression::Kind::Latency);
        QCOMPARE(r.endpoint, kEndpoints[0]);
        QVERIFY(r.changePercent > 10.0);
        QVERIFY(r.message.contains(QStringLiteral("slower, significant")));
    }
    // A tolerance above every measured change: nothing fails.
    double largest = 0;
    for (const CellComparison& cell : c.cells)
        largest = std::max(largest, cell.adjustedChangePercent);
    QVERIFY(regressions(c, largest + 1.0).isEmpty());
    // In between: only the cells above the tolerance.
    const double middle = (at10.first().changePercent + largest) / 2.0;
    const QList<Regression> some = regressions(c, middle);
    for (const Regression& r : some)
        QVERIFY(r.changePercent > middle);
    // A faster candidate is never a regression.
    QVERIFY(regressions(compareRuns(candidate, base), 0.0).isEmpty());
}

void TestComparison::successRateDropIsRegression()
{
    RunSpec spec;
    spec.endpoints = { kEndpoints[0], kEndpoints[2] };
    spec.sizes = { 10 };
    spec.samples = 400;
    const RunResult base = makeRun(spec, lognormal(), 1);
    spec.failureRate = 0.08;
    const RunResult candidate = makeRun(spec, lognormal(), 2);
    const RunComparison c = compareRuns(base, candidate);
    QVERIFY(c.compatible);
    for (const CellComparison& cell : c.cells) {
        QVERIFY2(cell.successRegressed, qPrintable(cell.message));
        QVERIFY2(cell.successMessage.contains(QStringLiteral("success rate fell from 100.0 % to ")),
            qPrintable(cell.successMessage));
        QCOMPARE(cell.verdict, ChangeVerdict::NoSignificantChange); // latency unchanged
    }
    QVERIFY(c.endpoints.first().successRegressed);
    QVERIFY(c.endpoints.first().message.contains(QStringLiteral("success rate fell")));
    const QList<Regression> found = regressions(c, 10.0);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().kind, Regression::Kind::SuccessRate);
    QVERIFY(found.first().changePercent < -1.0);
    // The other way round (fewer failures) is no regression.
    QVERIFY(regressions(compareRuns(candidate, base), 10.0).isEmpty());
}

void TestComparison::runWideDriftIsRemovedAndReported_data() { shiftedEndpointIsSlower_data(); }

void TestComparison::runWideDriftIsRemovedAndReported()
{
    QFETCH(quint64, seed);
    // The candidate ran on a machine twice as busy: every cell 2× slower, and List prompts a further 3×.
    const RunSpec spec;
    const RunResult base = makeRun(spec, lognormal(), 2 * seed);
    const RunResult candidate = makeRun(spec, lognormal([](int e, int) { return e == 0 ? 6.0 : 2.0; }), 2 * seed + 1);
    const RunComparison c = compareRuns(base, candidate);
    QVERIFY2(std::abs(c.driftPercent - 100.0) < 15.0, qPrintable(QString::number(c.driftPercent)));
    QCOMPARE(c.noiseCells, 30);
    QVERIFY2(anyContains(c.warnings, QStringLiteral("slower across the board")),
        qPrintable(c.warnings.join(QLatin1Char('\n'))));
    for (const EndpointComparison& e : c.endpoints) {
        const ChangeVerdict expected
            = e.endpoint == kEndpoints[0] ? ChangeVerdict::Slower : ChangeVerdict::NoSignificantChange;
        QVERIFY2(e.verdict == expected, qPrintable(e.message));
    }
    QVERIFY(c.cells.first().message.contains(QStringLiteral("beyond the run-wide +")));
    const QList<Regression> found = regressions(c, 10.0);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().kind, Regression::Kind::RunWide);
    QCOMPARE(found.first().message, c.driftMessage);
    // Without the normalisation the load shows as slower endpoints: those whose 2× exceeds the 0.2 ms floor at
    // most sizes (List, Search, Find duplicates; Get and Count move by 0.09 ms only).
    CompareOptions raw;
    raw.normalizeDrift = false;
    const RunComparison r = compareRuns(base, candidate, raw);
    QCOMPARE(r.driftPercent, 0.0);
    for (const int e : { 0, 1, 5 })
        QVERIFY2(endpointOf(r, kEndpoints[e])->verdict == ChangeVerdict::Slower,
            qPrintable(endpointOf(r, kEndpoints[e])->message));
    for (const int e : { 2, 3 })
        QCOMPARE(endpointOf(r, kEndpoints[e])->verdict, ChangeVerdict::NoSignificantChange);
}

void TestComparison::fewEndpointsNoDriftEstimate()
{
    // Two endpoints, one 2× slower: half the cells moved, so their median is no estimate of a run-wide drift.
    RunSpec spec;
    spec.endpoints = { kEndpoints[0], kEndpoints[1] };
    const RunComparison c = compareRuns(
        makeRun(spec, lognormal(), 1), makeRun(spec, lognormal([](int e, int) { return e == 0 ? 2.0 : 1.0; }), 2));
    QCOMPARE(c.noiseCells, 0);
    QCOMPARE(c.driftPercent, 0.0);
    QVERIFY(c.driftMessage.isEmpty());
    QCOMPARE(c.endpoints[0].verdict, ChangeVerdict::Slower);
    QCOMPARE(c.endpoints[1].verdict, ChangeVerdict::NoSignificantChange);
    QCOMPARE(c.cells.first().requiredChangePercent, 20.0);
}

void TestComparison::highRunToRunNoiseWarned()
{
    // A busy machine: every cell of the candidate moved by its own random factor (log-sd 0.6, like the demo
    // runs measured while others compiled). No endpoint may be called slower or faster, and the user is told.
    std::mt19937_64 rng(99);
    std::normal_distribution<double> cellNoise(0.0, 0.6);
    QHash<int, double> factors;
    for (int e = 0; e < 6; ++e) {
        for (const int n : kSizes)
            factors.insert(e * 1000 + n, std::exp(cellNoise(rng)));
    }
    const RunSpec spec;
    const RunComparison c = compareRuns(makeRun(spec, lognormal(), 1),
        makeRun(spec, lognormal([&factors](int e, int n) { return factors.value(e * 1000 + n); }), 2));
    QVERIFY2(c.noisePercent > 40.0, qPrintable(QString::number(c.noisePercent)));
    QVERIFY2(anyContains(c.warnings, QStringLiteral("cannot be told from noise")),
        qPrintable(c.warnings.join(QLatin1Char('\n'))));
    for (const EndpointComparison& e : c.endpoints)
        QVERIFY2(e.verdict == ChangeVerdict::NoSignificantChange, qPrintable(e.message));
    // Two runs of the same distribution: no such warning.
    QVERIFY(!anyContains(compareRuns(makeRun(spec, lognormal(), 1), makeRun(spec, lognormal(), 2)).warnings,
        QStringLiteral("cannot be told from noise")));
}

void TestComparison::complexityClassChangeReported()
{
    // "Find duplicates" was linear and became quadratic; the others keep their shape.
    RunSpec spec;
    spec.endpoints = { kEndpoints[0], kEndpoints[2], kEndpoints[5] };
    spec.samples = 40;
    const Sampler quiet = [](int e, int n, std::mt19937_64& rng) {
        std::normal_distribution<double> normal(0.0, 0.05);
        const double ms = e == 5 ? 0.5 + 0.02 * n : level(e, n);
        return ms * std::exp(normal(rng));
    };
    const Sampler quadratic = [](int e, int n, std::mt19937_64& rng) {
        std::normal_distribution<double> normal(0.0, 0.05);
        const double ms = e == 5 ? 0.5 + 0.0004 * double(n) * n : level(e, n);
        return ms * std::exp(normal(rng));
    };
    const RunComparison c = compareRuns(makeRun(spec, quiet, 1), makeRun(spec, quadratic, 2));
    const EndpointComparison* dup = endpointOf(c, kEndpoints[5]);
    QVERIFY(dup);
    QCOMPARE(dup->baseFit.bestClass, ComplexityClass::Linear);
    QCOMPARE(dup->candidateFit.bestClass, ComplexityClass::Quadratic);
    QVERIFY(dup->classChanged);
    QVERIFY2(dup->message.contains(QStringLiteral("scaling O(n) → O(n²)")), qPrintable(dup->message));
    const EndpointComparison* get = endpointOf(c, kEndpoints[2]);
    QVERIFY(!get->classChanged);
    QVERIFY(!get->message.contains(QStringLiteral("scaling")));
}

void TestComparison::isolatedCellDoesNotMakeEndpointSlower()
{
    // A burst of load hit one cell (Count prompts @ 200, 4× slower): significant there, not confirmed at the other
    // sizes, so the endpoint stays "no significant change" and --fail-on-regression ignores it.
    const RunSpec spec;
    const RunResult base = makeRun(spec, lognormal(), 1);
    const RunResult candidate
        = makeRun(spec, lognormal([](int e, int n) { return e == 3 && n == 200 ? 20.0 : 1.0; }), 2);
    const RunComparison c = compareRuns(base, candidate);
    const EndpointComparison* count = endpointOf(c, kEndpoints[3]);
    QCOMPARE(count->verdict, ChangeVerdict::NoSignificantChange);
    QVERIFY2(count->message.contains(QStringLiteral("isolated change at 1 size")), qPrintable(count->message));
    const auto burst = std::find_if(c.cells.begin(), c.cells.end(),
        [](const CellComparison& cell) { return cell.endpoint == kEndpoints[3] && cell.size == 200; });
    QCOMPARE(burst->verdict, ChangeVerdict::Slower);
    QVERIFY(burst->isolated);
    QVERIFY(regressions(c, 10.0).isEmpty());
    // The brief's literal rule (any size decides) is one option away.
    CompareOptions anySize;
    anySize.minConsistentFraction = 0.0;
    QCOMPARE(endpointOf(compareRuns(base, candidate, anySize), kEndpoints[3])->verdict, ChangeVerdict::Slower);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
