// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findings.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <iterator>
#include <random>

using namespace scalescope;
using namespace scalescope::analysis;

Q_DECLARE_METATYPE(scalescope::analysis::FindingKind)
Q_DECLARE_METATYPE(scalescope::analysis::FindingSeverity)
Q_DECLARE_METATYPE(scalescope::analysis::CeilingOutcome)
Q_DECLARE_METATYPE(scalescope::ComplexityClass)
Q_DECLARE_METATYPE(scalescope::Threshold)

namespace {

const QList<int> kSizes = { 10, 50, 100, 200, 500 };

/// Latency samples of one cell: @p requests log-normal values (σ = @p sigma) around @p levelMs, the first
/// @p failures of them failed with @p kind.
struct CellSpec {
    QString endpoint;
    int endpointIndex = 0;
    int size = 0;
    double levelMs = 1.0;
    double sigma = 0.0;
    int requests = 200;
    int failures = 0;
    FailureKind kind = FailureKind::HttpServerError;
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/items");
};

CellResult makeCell(const CellSpec& spec, std::mt19937_64& rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    CellAccumulator accumulator;
    for (int i = 0; i < spec.requests; ++i) {
        const double ms = spec.levelMs * std::exp(spec.sigma * normal(rng));
        accumulator.add(
            std::chrono::nanoseconds(std::llround(ms * 1e6)), i < spec.failures ? spec.kind : FailureKind::None);
    }
    CellResult cell;
    cell.size = spec.size;
    cell.records = spec.size;
    cell.endpoint = spec.endpoint;
    cell.endpointIndex = spec.endpointIndex;
    cell.method = spec.method;
    cell.path = spec.path;
    cell.stats = accumulator.statistics(1.0);
    cell.histogram = accumulator.histogram();
    cell.samplesNs = accumulator.rawSamples();
    return cell;
}

/// One endpoint measured at every size of @p sizes with the given levels (ms).
QList<CellResult> series(const QString& endpoint, const QList<double>& levels, std::mt19937_64& rng, double sigma = 0.0,
    const QString& method = QStringLiteral("GET"), const QString& path = QStringLiteral("/items"),
    const QList<int>& sizes = kSizes, int endpointIndex = 0)
{
    QList<CellResult> cells;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        CellSpec spec;
        spec.endpoint = endpoint;
        spec.endpointIndex = endpointIndex;
        spec.size = sizes[i];
        spec.levelMs = levels[i];
        spec.sigma = sigma;
        spec.method = method;
        spec.path = path;
        cells.append(makeCell(spec, rng));
    }
    return cells;
}

QList<double> levels(const QList<int>& sizes, const std::function<double(double)>& curve)
{
    QList<double> out;
    for (int n : sizes)
        out.append(curve(double(n)));
    return out;
}

Threshold threshold(ThresholdMetric metric, double limit, const QString& endpoint = {})
{
    Threshold t;
    t.metric = metric;
    t.limit = limit;
    t.endpoint = endpoint;
    return t;
}

Threshold ceiling(ComplexityClass complexity, const QString& endpoint = {})
{
    Threshold t;
    t.metric = ThresholdMetric::Scaling;
    t.ceiling = complexity;
    t.endpoint = endpoint;
    return t;
}

bool containsAll(const QString& text, const QStringList& fragments)
{
    return std::all_of(fragments.begin(), fragments.end(), [&](const QString& f) { return text.contains(f); });
}

QList<Finding> ofKind(const QList<Finding>& findings, FindingKind kind)
{
    QList<Finding> out;
    std::copy_if(
        findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.kind == kind; });
    return out;
}

} // namespace

class TestFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const QList<Threshold> thresholds = defaultThresholds();
        QCOMPARE(thresholds.size(), 5);
        QCOMPARE(thresholds[0], threshold(ThresholdMetric::P50, 100));
        QCOMPARE(thresholds[1], threshold(ThresholdMetric::P95, 300));
        QCOMPARE(thresholds[2], threshold(ThresholdMetric::P99, 500));
        QCOMPARE(thresholds[3], threshold(ThresholdMetric::ErrorRate, 1));
        QCOMPARE(thresholds[4], threshold(ThresholdMetric::Throughput, 100));
    }

    // --- 1. complexity ------------------------------------------------------------------------------------

    void complexity_data()
    {
        QTest::addColumn<QList<double>>("ms");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<FindingKind>("kind");
        QTest::addColumn<FindingSeverity>("severity");
        QTest::addColumn<QStringList>("messageFragments");
        QTest::addColumn<QString>("recommendationFragment"); // empty: no recommendation

        const QString get = QStringLiteral("GET");
        const QString list = QStringLiteral("/prompts");
        auto curve = [](double a, double b, ComplexityClass c) {
            return levels(kSizes, [=](double n) {
                switch (c) {
                case ComplexityClass::Logarithmic:
                    return a + b * std::log(n);
                case ComplexityClass::Linear:
                    return a + b * n;
                case ComplexityClass::Linearithmic:
                    return a + b * n * std::log(n);
                case ComplexityClass::Quadratic:
                    return a + b * n * n;
                default:
                    return a;
                }
            });
        };
        QTest::addRow("flat") << curve(5, 0, ComplexityClass::Constant) << kSizes << get << list
                              << FindingKind::Complexity << FindingSeverity::Info
                              << QStringList { QStringLiteral("List prompts does not grow with the data"),
                                     QStringLiteral("10 → 500 records") }
                              << QString();
        QTest::addRow("log n") << curve(0.5, 0.4, ComplexityClass::Logarithmic) << kSizes << get << list
                               << FindingKind::Complexity << FindingSeverity::Info
                               << QStringList { QStringLiteral("grows logarithmically"),
                                      QStringLiteral("when n doubles") }
                               << QString();
        QTest::addRow("n, list") << curve(1, 0.01, ComplexityClass::Linear) << kSizes << get << list
                                 << FindingKind::Complexity << FindingSeverity::Warning
                                 << QStringList { QStringLiteral("List prompts grows linearly: +1 ms per 100 records"),
                                        QStringLiteral("R² 1.00"), QStringLiteral("10 → 500 records") }
                                 << QStringLiteral("Paginate it");
        QTest::addRow("n, one record") << curve(1, 0.01, ComplexityClass::Linear) << kSizes << get
                                       << QStringLiteral("/prompts/{id}") << FindingKind::Complexity
                                       << FindingSeverity::Warning << QStringList { QStringLiteral("grows linearly") }
                                       << QStringLiteral("index on the lookup column");
        QTest::addRow("n, write") << curve(1, 0.01, ComplexityClass::Linear) << kSizes << QStringLiteral("POST") << list
                                  << FindingKind::Complexity << FindingSeverity::Warning
                                  << QStringList { QStringLiteral("grows linearly") }
                                  << QStringLiteral("uniqueness check");
        // +0.7 ms over the range: beyond noise, but below the 1 ms materiality floor.
        QTest::addRow("n, immaterial") << curve(0.2, 0.0015, ComplexityClass::Linear) << kSizes << get << list
                                       << FindingKind::Complexity << FindingSeverity::Info
                                       << QStringList { QStringLiteral("grows linearly, but little") } << QString();
        QTest::addRow("n, weak evidence")
            << QList<double> { 2.81, 1.78, 3.29, 3.35, 5.99 } << kSizes << get << list << FindingKind::Complexity
            << FindingSeverity::Info
            << QStringList { QStringLiteral("seems to grow linearly"), QStringLiteral("BIC difference 4.36, 6 needed") }
            << QStringLiteral("Measure again");
        QTest::addRow("n log n") << curve(0.5, 0.002, ComplexityClass::Linearithmic) << kSizes << get << list
                                 << FindingKind::NonLinearGrowth << FindingSeverity::Warning
                                 << QStringList { QStringLiteral("grows faster than the data, as O(n log n)") }
                                 << QStringLiteral("sorting");
        QTest::addRow("n²") << curve(0.3, 2e-5, ComplexityClass::Quadratic) << kSizes << get << list
                            << FindingKind::NonLinearGrowth << FindingSeverity::Critical
                            << QStringList { QStringLiteral("grows faster than the data, as O(n²)"),
                                   QStringLiteral("250 → 500") }
                            << QStringLiteral("N+1 query");
        QTest::addRow("two sizes") << QList<double> { 1, 5 } << QList<int> { 10, 500 } << get << list
                                   << FindingKind::Complexity << FindingSeverity::Info
                                   << QStringList { QStringLiteral("inconclusive"),
                                          QStringLiteral("at least 3 distinct") }
                                   << QStringLiteral("Measure at least 4 sizes");
    }
    void complexity()
    {
        QFETCH(QList<double>, ms);
        QFETCH(QList<int>, sizes);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(FindingKind, kind);
        QFETCH(FindingSeverity, severity);
        QFETCH(QStringList, messageFragments);
        QFETCH(QString, recommendationFragment);
        std::mt19937_64 rng(1);
        const QList<CellResult> cells = series(QStringLiteral("List prompts"), ms, rng, 0.0, method, path, sizes);
        const QList<Finding> findings = findComplexity(cells);
        QCOMPARE(findings.size(), 1);
        const Finding& f = findings.first();
        QCOMPARE(f.kind, kind);
        QVERIFY2(
            f.severity == severity, qPrintable(findingSeverityName(f.severity) + QStringLiteral(": ") + f.message));
        QCOMPARE(f.endpoint, QStringLiteral("List prompts"));
        QVERIFY2(containsAll(f.message, messageFragments), qPrintable(f.message));
        if (recommendationFragment.isEmpty())
            QVERIFY2(f.recommendation.isEmpty(), qPrintable(f.recommendation));
        else
            QVERIFY2(f.recommendation.contains(recommendationFragment), qPrintable(f.recommendation));
    }

    void complexityP95Statistic()
    {
        std::mt19937_64 rng(2);
        const QList<CellResult> cells
            = series(QStringLiteral("List prompts"), levels(kSizes, [](double n) { return 1 + 0.01 * n; }), rng, 0.2);
        FindingOptions options;
        options.statistic = FindingStatistic::P95;
        const QList<Finding> findings = findComplexity(cells, options);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(
            findings.first().message.contains(QStringLiteral("grows linearly")), qPrintable(findings.first().message));
        QVERIFY2(findings.first().message.contains(QStringLiteral("(p95, ")), qPrintable(findings.first().message));
        const ComplexityFit fit = fitEndpoint(cells, QStringLiteral("List prompts"), FindingStatistic::P95);
        // p95 of log-normal samples with σ = 0.2 is e^(1.645·0.2) ≈ 1.39× the level: the fitted slope says so.
        QVERIFY2(std::abs(fit.b / 0.01 - 1.39) < 0.1, qPrintable(QString::number(fit.b)));
    }

    void flatEndpointsHaveNoGrowthWarnings()
    {
        // 100 seeded flat endpoints with 10 % cell-to-cell noise: (almost) no Warning/Critical complexity or
        // projection. classify() itself calls about 5 % of them growing; the strong-evidence rule keeps those Info.
        int warnings = 0;
        for (int seed = 0; seed < 100; ++seed) {
            std::mt19937_64 rng(quint64(seed) * 7919u + 3u);
            std::normal_distribution<double> normal(0.0, 1.0);
            QList<double> ms;
            for (qsizetype i = 0; i < kSizes.size(); ++i)
                ms.append(5.0 * std::max(0.5, 1.0 + 0.10 * normal(rng)));
            const QList<CellResult> cells = series(QStringLiteral("Flat"), ms, rng, 0.3);
            QList<Finding> findings = findComplexity(cells) + findProjections(Plan {}, cells);
            for (const Finding& f : findings) {
                if (f.severity != FindingSeverity::Info) {
                    ++warnings;
                    qInfo("seed %d: %s", seed, qPrintable(f.message));
                }
            }
        }
        QVERIFY2(warnings <= 1, qPrintable(QString::number(warnings)));
    }

    // --- 2. cliffs ----------------------------------------------------------------------------------------

    void cliff_data()
    {
        QTest::addColumn<QList<double>>("ms");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<int>("expectedSize"); // 0: no cliff
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("flat, then 5×") << QList<double> { 5, 5, 5, 5, 25 } << kSizes << 500
                                       << QStringList { QStringLiteral("Find duplicates jumps 5.0× between 200 and 500 "
                                                                       "records"),
                                              QStringLiteral("expected 1.0×") };
        // Linear 2 + 0.02·n up to 200 (expects 12 ms at 500), then 48 ms.
        QTest::addRow("linear, then 4×") << QList<double> { 2.2, 3, 4, 6, 48 } << kSizes << 500
                                         << QStringList { QStringLiteral("jumps 8.0× between 200 and 500 records"),
                                                QStringLiteral("expected 2.0×") };
        QTest::addRow("cliff in the middle")
            << QList<double> { 5, 5.1, 4.9, 5, 30, 31, 30 } << QList<int> { 10, 20, 50, 100, 200, 500, 1000 } << 200
            << QStringList { QStringLiteral("between 100 and 200 records") };
        QTest::addRow("clean linear") << levels(kSizes, [](double n) { return 2 + 0.02 * n; }) << kSizes << 0
                                      << QStringList {};
        QTest::addRow("clean n²") << levels(kSizes, [](double n) { return 0.3 + 2e-5 * n * n; }) << kSizes << 0
                                  << QStringList {};
        QTest::addRow("jump of 40 percent") << QList<double> { 5, 5, 5, 5, 7 } << kSizes << 0 << QStringList {};
        QTest::addRow("2× but below 1 ms")
            << QList<double> { 0.3, 0.3, 0.3, 0.3, 0.6 } << kSizes << 0 << QStringList {};
        // A jump at the second step has too few points before it to tell a cliff from a trend.
        QTest::addRow("too early") << QList<double> { 5, 25, 25, 26, 25 } << kSizes << 0 << QStringList {};
        QTest::addRow("drop") << QList<double> { 20, 20, 20, 20, 4 } << kSizes << 0 << QStringList {};
    }
    void cliff()
    {
        QFETCH(QList<double>, ms);
        QFETCH(QList<int>, sizes);
        QFETCH(int, expectedSize);
        QFETCH(QStringList, fragments);
        std::mt19937_64 rng(3);
        const QList<CellResult> cells = series(
            QStringLiteral("Find duplicates"), ms, rng, 0.0, QStringLiteral("GET"), QStringLiteral("/dups"), sizes);
        const QList<Finding> findings = findCliffs(cells);
        if (expectedSize == 0) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, FindingKind::Cliff);
        QCOMPARE(findings.first().severity, FindingSeverity::Warning);
        QCOMPARE(findings.first().size, std::optional<int>(expectedSize));
        QVERIFY2(containsAll(findings.first().message, fragments), qPrintable(findings.first().message));
        QVERIFY(!findings.first().recommendation.isEmpty());
    }

    void sweepsNameSizesNotRecords()
    {
        std::mt19937_64 rng(12);
        QList<CellResult> cells = series(QStringLiteral("Page"), { 5, 5, 5, 5, 25 }, rng, 0.0);
        for (CellResult& cell : cells)
            cell.records = -1; // a parameter sweep: no records
        const QList<Finding> cliffs = findCliffs(cells);
        QCOMPARE(cliffs.size(), 1);
        qInfo("%s", qPrintable(cliffs.first().message));
        QVERIFY2(cliffs.first().message.contains(QStringLiteral("between size 200 and 500")),
            qPrintable(cliffs.first().message));
        QList<CellResult> linear
            = series(QStringLiteral("Page"), levels(kSizes, [](double n) { return 1 + 0.01 * n; }), rng);
        for (CellResult& cell : linear)
            cell.records = -1;
        const QList<Finding> growth = findComplexity(linear);
        QCOMPARE(growth.size(), 1);
        QVERIFY2(growth.first().message.contains(QStringLiteral("size 10 → 500")), qPrintable(growth.first().message));
    }

    void noiseMakesNoCliff_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QList<int>>("sizes");
        const QList<int> seven = { 10, 20, 50, 100, 200, 500, 1000 };
        for (double noise : { 0.05, 0.10 }) {
            QTest::addRow("flat, %g%%", noise * 100) << 5.0 << 0.0 << noise << kSizes;
            QTest::addRow("linear, %g%%", noise * 100) << 2.0 << 0.02 << noise << kSizes;
            QTest::addRow("gentle linear, %g%%", noise * 100) << 5.0 << 0.005 << noise << kSizes;
            QTest::addRow("flat, 7 sizes, %g%%", noise * 100) << 5.0 << 0.0 << noise << seven;
            QTest::addRow("linear, 7 sizes, %g%%", noise * 100) << 2.0 << 0.01 << noise << seven;
        }
    }
    void noiseMakesNoCliff()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, noise);
        QFETCH(QList<int>, sizes);
        constexpr int kSeries = 200;
        int cliffs = 0;
        QString example;
        for (int seed = 0; seed < kSeries; ++seed) {
            std::mt19937_64 rng(quint64(seed) * 104729u + 11u);
            std::normal_distribution<double> normal(0.0, 1.0);
            QList<double> ms;
            for (int n : sizes)
                ms.append((a + b * n) * std::max(0.5, 1.0 + noise * normal(rng)));
            const QList<Finding> findings = findCliffs(
                series(QStringLiteral("Noisy"), ms, rng, 0.3, QStringLiteral("GET"), QStringLiteral("/items"), sizes));
            cliffs += int(findings.size());
            if (!findings.isEmpty() && example.isEmpty())
                example = findings.first().message;
        }
        qInfo("FALSE CLIFFS %s: %d/%d %s", QTest::currentDataTag(), cliffs, kSeries, qPrintable(example));
        QVERIFY2(
            cliffs <= kSeries / 100, qPrintable(QStringLiteral("%1/%2: %3").arg(cliffs).arg(kSeries).arg(example)));
    }

    void clearCliffsAreFoundInNoise()
    {
        // Flat 5 ms with 10 % noise, then 4× at 500 records: found in at least 95 % of 100 seeded series.
        int found = 0;
        for (int seed = 0; seed < 100; ++seed) {
            std::mt19937_64 rng(quint64(seed) * 15485863u + 5u);
            std::normal_distribution<double> normal(0.0, 1.0);
            QList<double> ms;
            for (int n : kSizes)
                ms.append((n == 500 ? 20.0 : 5.0) * std::max(0.5, 1.0 + 0.10 * normal(rng)));
            const QList<Finding> findings = findCliffs(series(QStringLiteral("Noisy"), ms, rng, 0.3));
            found += findings.size() == 1 && findings.first().size == std::optional<int>(500) ? 1 : 0;
        }
        qInfo("CLIFFS FOUND: %d/100", found);
        QVERIFY2(found >= 95, qPrintable(QString::number(found)));
    }

    // --- 3. success decline -------------------------------------------------------------------------------

    void successDecline_data()
    {
        QTest::addColumn<QList<int>>("failures"); // per size, of 200 requests
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("minDropPoints");
        QTest::addColumn<int>("expectedSize"); // 0: none
        QTest::addColumn<FindingSeverity>("severity");
        QTest::addColumn<QStringList>("fragments");
        const int serverError = int(FailureKind::HttpServerError);
        QTest::addRow("sharp decline") << QList<int> { 0, 0, 0, 2, 30 } << int(FailureKind::Timeout) << 1.0 << 500
                                       << FindingSeverity::Critical
                                       << QStringList { QStringLiteral("Create prompt succeeds less often"),
                                              QStringLiteral("85.0 % at 500 records"),
                                              QStringLiteral("100.0 % at 10 → 50 records"),
                                              QStringLiteral("(z = 7.9)") };
        QTest::addRow("small decline") << QList<int> { 0, 0, 0, 0, 5 } << serverError << 1.0 << 500
                                       << FindingSeverity::Warning
                                       << QStringList { QStringLiteral("97.5 % at 500 records"),
                                              QStringLiteral("(z = 3.2)") };
        QTest::addRow("worst size named")
            << QList<int> { 0, 0, 20, 40, 10 } << serverError << 1.0 << 200 << FindingSeverity::Critical
            << QStringList { QStringLiteral("80.0 % at 200 records") };
        QTest::addRow("within noise") << QList<int> { 0, 0, 0, 0, 1 } << serverError << 1.0 << 0
                                      << FindingSeverity::Info << QStringList {};
        QTest::addRow("steady failures") << QList<int> { 4, 5, 3, 4, 5 } << serverError << 1.0 << 0
                                         << FindingSeverity::Info << QStringList {};
        QTest::addRow("below the material drop")
            << QList<int> { 0, 0, 0, 0, 5 } << serverError << 5.0 << 0 << FindingSeverity::Info << QStringList {};
        QTest::addRow("improving") << QList<int> { 30, 20, 0, 0, 0 } << serverError << 1.0 << 0 << FindingSeverity::Info
                                   << QStringList {};
    }
    void successDecline()
    {
        QFETCH(QList<int>, failures);
        QFETCH(int, kind);
        QFETCH(double, minDropPoints);
        QFETCH(int, expectedSize);
        QFETCH(FindingSeverity, severity);
        QFETCH(QStringList, fragments);
        std::mt19937_64 rng(4);
        QList<CellResult> cells;
        for (qsizetype i = 0; i < kSizes.size(); ++i) {
            CellSpec spec;
            spec.endpoint = QStringLiteral("Create prompt");
            spec.size = kSizes[i];
            spec.levelMs = 3.0;
            spec.sigma = 0.2;
            spec.failures = failures[i];
            spec.kind = FailureKind(kind);
            spec.method = QStringLiteral("POST");
            cells.append(makeCell(spec, rng));
        }
        FindingOptions options;
        options.successMinDropPoints = minDropPoints;
        const QList<Finding> findings = findSuccessDecline(cells, options);
        if (expectedSize == 0) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        const Finding& f = findings.first();
        QCOMPARE(f.kind, FindingKind::SuccessDecline);
        QCOMPARE(f.severity, severity);
        QCOMPARE(f.size, std::optional<int>(expectedSize));
        QVERIFY2(containsAll(f.message, fragments), qPrintable(f.message));
        if (FailureKind(kind) == FailureKind::Timeout)
            QVERIFY2(f.recommendation.contains(QStringLiteral("timeouts")), qPrintable(f.recommendation));
        else
            QVERIFY2(f.recommendation.contains(failureKindLabel(FailureKind(kind))), qPrintable(f.recommendation));
    }

    // --- 4. outliers --------------------------------------------------------------------------------------

    void outlier_data()
    {
        QTest::addColumn<QList<double>>("slowMs"); // the candidate at 10, 100, 1000 records
        QTest::addColumn<int>("siblings");
        QTest::addColumn<double>("siblingMs");
        QTest::addColumn<int>("expectedSize"); // 0: none
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("slow at the largest size") << QList<double> { 6, 7, 60 } << 3 << 5.0 << 1000
                                                  << QStringList { QStringLiteral("Export is 12× slower than the other "
                                                                                  "endpoints at 1000 records"),
                                                         QStringLiteral("60.00 ms") };
        QTest::addRow("slow everywhere") << QList<double> { 60, 60, 60 } << 3 << 5.0 << 1000
                                         << QStringList { QStringLiteral("The same holds at 2 smaller size") };
        QTest::addRow("4× only") << QList<double> { 20, 20, 20 } << 3 << 5.0 << 0 << QStringList {};
        QTest::addRow("8× but 3.5 ms") << QList<double> { 4, 4, 4 } << 3 << 0.5 << 0 << QStringList {};
        QTest::addRow("one sibling") << QList<double> { 60, 60, 60 } << 1 << 5.0 << 0 << QStringList {};
    }
    void outlier()
    {
        QFETCH(QList<double>, slowMs);
        QFETCH(int, siblings);
        QFETCH(double, siblingMs);
        QFETCH(int, expectedSize);
        QFETCH(QStringList, fragments);
        const QList<int> sizes = { 10, 100, 1000 };
        std::mt19937_64 rng(5);
        QList<CellResult> cells;
        for (int s = 0; s < siblings; ++s) {
            cells += series(QStringLiteral("Sibling %1").arg(s), { siblingMs * (1 + 0.1 * s), siblingMs, siblingMs },
                rng, 0.0, QStringLiteral("GET"), QStringLiteral("/items"), sizes, s);
        }
        cells += series(QStringLiteral("Export"), slowMs, rng, 0.0, QStringLiteral("GET"), QStringLiteral("/export"),
            sizes, siblings);
        const QList<Finding> findings = findOutlierEndpoints(cells);
        if (expectedSize == 0) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, FindingKind::OutlierEndpoint);
        QCOMPARE(findings.first().severity, FindingSeverity::Warning);
        QCOMPARE(findings.first().endpoint, QStringLiteral("Export"));
        QCOMPARE(findings.first().size, std::optional<int>(expectedSize));
        QVERIFY2(containsAll(findings.first().message, fragments), qPrintable(findings.first().message));
    }

    // --- 5. projections -----------------------------------------------------------------------------------

    void projectCrossing_data()
    {
        QTest::addColumn<ComplexityClass>("complexity");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("limit");
        QTest::addColumn<double>("expected"); // 0: none
        QTest::addRow("n") << ComplexityClass::Linear << 2.0 << 0.01 << 100.0 << 9800.0;
        QTest::addRow("n²") << ComplexityClass::Quadratic << 1.0 << 1e-4 << 101.0 << 1000.0;
        QTest::addRow("log n") << ComplexityClass::Logarithmic << 1.0 << 2.0 << 21.0 << std::exp(10.0);
        QTest::addRow("n log n") << ComplexityClass::Linearithmic << 0.0 << 1.0 << 1000.0 * std::log(1000.0) << 1000.0;
        QTest::addRow("constant") << ComplexityClass::Constant << 5.0 << 0.0 << 100.0 << 0.0;
        QTest::addRow("inconclusive") << ComplexityClass::Inconclusive << 5.0 << 1.0 << 100.0 << 0.0;
        QTest::addRow("already crossed") << ComplexityClass::Linear << 2.0 << 1.0 << 100.0 << 0.0;
        QTest::addRow("log n, astronomically far") << ComplexityClass::Logarithmic << 1.0 << 0.1 << 300.0 << 0.0;
    }
    void projectCrossing()
    {
        QFETCH(ComplexityClass, complexity);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, limit);
        QFETCH(double, expected);
        ComplexityFit fit;
        fit.bestClass = complexity;
        fit.a = a;
        fit.b = b;
        fit.nMin = 10;
        fit.nMax = 500;
        const std::optional<double> crossing = scalescope::analysis::projectCrossing(fit, limit);
        if (expected == 0) {
            QVERIFY2(!crossing, qPrintable(QString::number(crossing.value_or(0))));
            return;
        }
        QVERIFY(crossing);
        QVERIFY2(std::abs(*crossing / expected - 1) < 1e-9, qPrintable(QString::number(*crossing)));
    }

    void projection_data()
    {
        QTest::addColumn<double>("b"); // ms per record, 2 ms intercept
        QTest::addColumn<QList<Threshold>>("thresholds");
        QTest::addColumn<QList<double>>("expectedSizes"); // analytic crossings, in the order reported
        QTest::addColumn<QList<FindingSeverity>>("severities");
        QTest::addColumn<QStringList>("fragments"); // in the first finding
        // Defaults: p50 100 ms at (100 − 2)/b, p95 300 ms at (300 − 2)/b.
        QTest::addRow("defaults, far") << 0.01 << QList<Threshold> {} << QList<double> { 9800, 29800 }
                                       << QList<FindingSeverity> { FindingSeverity::Info, FindingSeverity::Info }
                                       << QStringList { QStringLiteral("List prompts would reach p50 100 ms at about"),
                                              QStringLiteral("20× the largest measured size"),
                                              QStringLiteral("an extrapolation") };
        QTest::addRow("defaults, near") << 0.1 << QList<Threshold> {} << QList<double> { 980, 2980 }
                                        << QList<FindingSeverity> { FindingSeverity::Warning, FindingSeverity::Warning }
                                        << QStringList { QStringLiteral(
                                               "2.0× the largest measured size, growing as O(n))") };
        QTest::addRow("plan's p95") << 0.01
                                    << QList<Threshold> { threshold(
                                           ThresholdMetric::P95, 50, QStringLiteral("List prompts")) }
                                    << QList<double> { 4800 } << QList<FindingSeverity> { FindingSeverity::Warning }
                                    << QStringList { QStringLiteral("p95 50 ms") };
        QTest::addRow("other endpoint's threshold")
            << 0.01 << QList<Threshold> { threshold(ThresholdMetric::P95, 50, QStringLiteral("Other")) }
            << QList<double> { 9800, 29800 } << QList<FindingSeverity> { FindingSeverity::Info, FindingSeverity::Info }
            << QStringList {};
        QTest::addRow("already crossed") << 0.01 << QList<Threshold> { threshold(ThresholdMetric::P50, 5) }
                                         << QList<double> {} << QList<FindingSeverity> {} << QStringList {};
        QTest::addRow("growth within noise")
            << 1e-5 << QList<Threshold> {} << QList<double> {} << QList<FindingSeverity> {} << QStringList {};
    }
    void projection()
    {
        QFETCH(double, b);
        QFETCH(QList<Threshold>, thresholds);
        QFETCH(QList<double>, expectedSizes);
        QFETCH(QList<FindingSeverity>, severities);
        QFETCH(QStringList, fragments);
        std::mt19937_64 rng(6);
        // Every sample at the level: the histogram reports it within 1 %.
        const QList<CellResult> cells
            = series(QStringLiteral("List prompts"), levels(kSizes, [&](double n) { return 2 + b * n; }), rng, 0.0);
        Plan plan;
        plan.thresholds = thresholds;
        const QList<Finding> findings = findProjections(plan, cells);
        QCOMPARE(findings.size(), expectedSizes.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings[i].kind, FindingKind::Projection);
            QCOMPARE(findings[i].severity, severities[i]);
            QVERIFY(findings[i].size);
            const double error = double(*findings[i].size) / expectedSizes[i] - 1.0;
            QVERIFY2(std::abs(error) < 0.05,
                qPrintable(QStringLiteral("%1 vs %2").arg(*findings[i].size).arg(expectedSizes[i])));
        }
        if (!fragments.isEmpty())
            QVERIFY2(containsAll(findings.first().message, fragments), qPrintable(findings.first().message));
    }

    void projectionTooFar()
    {
        // +0.28 ms when n doubles: p50 100 ms lies astronomically far beyond 500 records.
        std::mt19937_64 rng(7);
        const QList<CellResult> cells = series(
            QStringLiteral("Lookup"), levels(kSizes, [](double n) { return 1 + 0.4 * std::log(n); }), rng, 0.0);
        QCOMPARE(fitEndpoint(cells, QStringLiteral("Lookup")).bestClass, ComplexityClass::Logarithmic);
        QVERIFY(findProjections(Plan {}, cells).isEmpty());
    }

    void projectionNeedsGrowth()
    {
        std::mt19937_64 rng(7);
        const QList<CellResult> flat = series(QStringLiteral("Flat"), { 5, 5, 5, 5, 5 }, rng, 0.1);
        QVERIFY(findProjections(Plan {}, flat).isEmpty());
    }

    // --- 6. scaling ceilings ------------------------------------------------------------------------------

    void ceilings_data()
    {
        QTest::addColumn<QList<double>>("ms");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<Threshold>("limit");
        QTest::addColumn<CeilingOutcome>("outcome");
        QTest::addColumn<ComplexityClass>("measured");
        QTest::addColumn<QStringList>("fragments");
        const QList<double> quadratic = levels(kSizes, [](double n) { return 0.3 + 2e-5 * n * n; });
        const QList<double> linear = levels(kSizes, [](double n) { return 1 + 0.01 * n; });
        const QString name = QStringLiteral("Search");
        QTest::addRow("n² over O(n)") << quadratic << kSizes << ceiling(ComplexityClass::Linear)
                                      << CeilingOutcome::Failed << ComplexityClass::Quadratic
                                      << QStringList { QStringLiteral(
                                                           "Search scales as O(n²), worse than the ceiling O(n)"),
                                             QStringLiteral("strong evidence") };
        QTest::addRow("n within O(n)") << linear << kSizes << ceiling(ComplexityClass::Linear, name)
                                       << CeilingOutcome::Passed << ComplexityClass::Linear
                                       << QStringList { QStringLiteral(
                                              "Search scales as O(n), within the ceiling O(n)") };
        QTest::addRow("n over O(1)") << linear << kSizes << ceiling(ComplexityClass::Constant) << CeilingOutcome::Failed
                                     << ComplexityClass::Linear
                                     << QStringList { QStringLiteral("worse than the ceiling O(1)") };
        QTest::addRow("n² within O(n²)") << quadratic << kSizes << ceiling(ComplexityClass::Quadratic)
                                         << CeilingOutcome::Passed << ComplexityClass::Quadratic
                                         << QStringList { QStringLiteral("within the ceiling O(n²)") };
        // Hand-made so that classify() picks the worse class, but with BIC evidence below 6 against the ceiling.
        QTest::addRow("weak n over O(1)")
            << QList<double> { 2.81, 1.78, 3.29, 3.35, 5.99 } << kSizes << ceiling(ComplexityClass::Constant)
            << CeilingOutcome::Passed << ComplexityClass::Linear
            << QStringList { QStringLiteral("Search looks O(n), worse than the ceiling O(1), "
                                            "but the evidence is weak (BIC difference 4.36") };
        // Slightly bent upwards: O(n log n) must beat O(n) by 10 in BIC to be chosen at all, so a curve that only
        // leans towards it is O(n) — within the ceiling.
        QTest::addRow("bent linear under O(n)")
            << QList<double> { 1.1, 1.55, 2.2, 3.5, 8.0 } << kSizes << ceiling(ComplexityClass::Linear)
            << CeilingOutcome::Passed << ComplexityClass::Linear
            << QStringList { QStringLiteral("scales as O(n), within the ceiling O(n)") };
        QTest::addRow("two sizes") << QList<double> { 1, 50 } << QList<int> { 10, 500 }
                                   << ceiling(ComplexityClass::Constant) << CeilingOutcome::Inconclusive
                                   << ComplexityClass::Inconclusive
                                   << QStringList { QStringLiteral("cannot be classified"),
                                          QStringLiteral("at least 3 distinct"),
                                          QStringLiteral("the scaling ceiling O(1) passes") };
        QTest::addRow("not measured") << linear << kSizes << ceiling(ComplexityClass::Linear, QStringLiteral("Ghost"))
                                      << CeilingOutcome::Inconclusive << ComplexityClass::Inconclusive
                                      << QStringList { QStringLiteral("Ghost was not measured") };
    }
    void ceilings()
    {
        QFETCH(QList<double>, ms);
        QFETCH(QList<int>, sizes);
        QFETCH(Threshold, limit);
        QFETCH(CeilingOutcome, outcome);
        QFETCH(ComplexityClass, measured);
        QFETCH(QStringList, fragments);
        std::mt19937_64 rng(8);
        const QList<CellResult> cells
            = series(QStringLiteral("Search"), ms, rng, 0.0, QStringLiteral("GET"), QStringLiteral("/search"), sizes);
        Plan plan;
        plan.thresholds = { threshold(ThresholdMetric::P95, 300), limit };
        const QList<CeilingVerdict> verdicts = evaluateScalingCeilings(plan, cells);
        QCOMPARE(verdicts.size(), 1);
        const CeilingVerdict& v = verdicts.first();
        QCOMPARE(v.outcome, outcome);
        QCOMPARE(v.passed(), outcome != CeilingOutcome::Failed);
        QCOMPARE(v.measured, measured);
        QCOMPARE(v.threshold, limit);
        QVERIFY2(containsAll(v.message, fragments), qPrintable(v.message));
        if (outcome == CeilingOutcome::Failed)
            QVERIFY(v.evidence >= 6.0);

        const QList<Finding> findings = findScalingCeilings(plan, cells);
        QCOMPARE(findings.size(), outcome == CeilingOutcome::Passed ? 0 : 1);
        if (outcome == CeilingOutcome::Failed) {
            QCOMPARE(findings.first().severity, FindingSeverity::Critical);
            QCOMPARE(findings.first().kind, FindingKind::ScalingCeiling);
            QCOMPARE(findings.first().message, v.message);
        } else if (outcome == CeilingOutcome::Inconclusive) {
            QCOMPARE(findings.first().severity, FindingSeverity::Info);
        }
    }

    void flatEndpointsRarelyFailConstantCeiling()
    {
        // Only strong evidence fails a ceiling: across 100 seeded series of a flat endpoint with 10 % noise, the
        // ceiling O(1) fails at most once.
        Plan plan;
        plan.thresholds = { ceiling(ComplexityClass::Constant) };
        int failed = 0;
        int weak = 0;
        for (int seed = 0; seed < 100; ++seed) {
            std::mt19937_64 rng(quint64(seed) * 32452843u + 9u);
            std::normal_distribution<double> normal(0.0, 1.0);
            QList<double> ms;
            for (qsizetype i = 0; i < kSizes.size(); ++i)
                ms.append(5.0 * std::max(0.5, 1.0 + 0.10 * normal(rng)));
            const QList<CeilingVerdict> verdicts
                = evaluateScalingCeilings(plan, series(QStringLiteral("Flat"), ms, rng, 0.3));
            QCOMPARE(verdicts.size(), 1);
            failed += verdicts.first().passed() ? 0 : 1;
            weak += verdicts.first().message.contains(QStringLiteral("evidence is weak")) ? 1 : 0;
        }
        qInfo("FLAT vs O(1): %d failed, %d weak passes of 100", failed, weak);
        QVERIFY2(failed <= 1, qPrintable(QString::number(failed)));
    }

    // --- all together -------------------------------------------------------------------------------------

    void findFindingsOrdersBySeverity()
    {
        std::mt19937_64 rng(10);
        RunResult run;
        run.plan.thresholds = { ceiling(ComplexityClass::Linear) };
        for (const char* name : { "List", "Search", "Health" }) {
            EndpointConfig endpoint;
            endpoint.name = QString::fromLatin1(name);
            run.plan.endpoints.append(endpoint);
        }
        run.cells += series(QStringLiteral("List"), levels(kSizes, [](double n) { return 1 + 0.01 * n; }), rng, 0.1);
        run.cells += series(QStringLiteral("Search"), levels(kSizes, [](double n) { return 0.3 + 2e-5 * n * n; }), rng,
            0.1, QStringLiteral("GET"), QStringLiteral("/search"), kSizes, 1);
        run.cells += series(QStringLiteral("Health"), { 1, 1, 1, 1, 1 }, rng, 0.1, QStringLiteral("GET"),
            QStringLiteral("/health"), kSizes, 2);
        const QList<Finding> findings = findFindings(run);
        QVERIFY(!findings.isEmpty());
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(int(findings[i - 1].severity) >= int(findings[i].severity));
        // One growth finding per endpoint.
        QCOMPARE(
            ofKind(findings, FindingKind::Complexity).size() + ofKind(findings, FindingKind::NonLinearGrowth).size(),
            3);
        const QList<Finding> ceilingFindings = ofKind(findings, FindingKind::ScalingCeiling);
        QCOMPARE(ceilingFindings.size(), 1);
        QCOMPARE(ceilingFindings.first().endpoint, QStringLiteral("Search"));
        QCOMPARE(findings.first().severity, FindingSeverity::Critical);
        // Search's n² and List's O(n) both reach p50 100 ms and p95 300 ms within 1000× of 500 records.
        QCOMPARE(ofKind(findings, FindingKind::Projection).size(), 4);
        for (const Finding& f : findings) {
            qInfo("%s %s: %s | %s", qPrintable(findingSeverityName(f.severity)), qPrintable(findingKindName(f.kind)),
                qPrintable(f.message), qPrintable(f.recommendation));
            QVERIFY2(!f.message.isEmpty(), qPrintable(findingKindName(f.kind)));
            QVERIFY2(!f.endpoint.isEmpty(), qPrintable(f.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
