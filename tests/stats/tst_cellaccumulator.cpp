// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/cellaccumulator.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace std::chrono_literals;
using scalescope::CellAccumulator;
using scalescope::CellStatistics;
using scalescope::FailureKind;
using scalescope::kFailureKindCount;

namespace {

constexpr double kWelfordTolerance = 1e-9;

struct Sample {
    qint64 ns;
    FailureKind failure;
    qint64 received;
    qint64 sent;
};

struct Exact {
    double meanMs;
    double stddevMs;
};

// Two-pass reference in extended precision.
Exact exactMoments(const QList<qint64>& values)
{
    long double sum = 0;
    for (qint64 v : values)
        sum += v;
    const long double mean = sum / values.size();
    long double squares = 0;
    for (qint64 v : values)
        squares += (v - mean) * (v - mean);
    const long double variance = values.size() > 1 ? squares / (values.size() - 1) : 0;
    return { double(mean / 1e6L), double(std::sqrt(variance) / 1e6L) };
}

bool closeRelative(double got, double expected, double tolerance)
{
    if (expected == 0)
        return got == 0;
    return std::abs(got - expected) <= tolerance * std::abs(expected);
}

QList<Sample> randomSamples(int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::lognormal_distribution<double> latency(std::log(3e6), 0.8);
    std::uniform_int_distribution<int> kind(0, int(kFailureKindCount) - 1);
    std::bernoulli_distribution fails(0.2);
    std::uniform_int_distribution<qint64> bytes(0, 1 << 20);
    QList<Sample> samples;
    for (int i = 0; i < n; ++i) {
        const auto failure = fails(rng) ? FailureKind(kind(rng)) : FailureKind::None;
        samples.append({ std::llround(latency(rng)), failure, bytes(rng), bytes(rng) });
    }
    return samples;
}

void addAll(CellAccumulator& acc, const QList<Sample>& samples)
{
    for (const Sample& s : samples)
        acc.add(std::chrono::nanoseconds(s.ns), s.failure, s.received, s.sent);
}

} // namespace

class TestCellAccumulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void meanAndStddevMatchTwoPass_data();
    void meanAndStddevMatchTwoPass();
    void mergeEqualsSequential_data();
    void mergeEqualsSequential();
    void selfMerge();
    void failuresByKind();
    void rawSampleCap_data();
    void rawSampleCap();
    void throughput_data();
    void throughput();
    void emptyStatistics();
    void negativeLatencyCountsAsZero();
};

void TestCellAccumulator::meanAndStddevMatchTwoPass_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("tolerance");
    std::mt19937_64 rng(7);

    auto draw = [&rng](int n, auto distribution) {
        QList<qint64> values;
        for (int i = 0; i < n; ++i)
            values.append(std::max<qint64>(0, std::llround(distribution(rng))));
        return values;
    };
    QTest::addRow("uniform 1us..100ms") << draw(100'000, std::uniform_real_distribution<double>(1e3, 100e6))
                                        << kWelfordTolerance;
    QTest::addRow("log-normal") << draw(100'000, std::lognormal_distribution<double>(std::log(5e6), 1.2))
                                << kWelfordTolerance;
    // A large offset with a small spread: the naive sum-of-squares formula loses every digit here.
    QTest::addRow("100ms +- 10us") << draw(50'000, std::uniform_real_distribution<double>(100e6, 100e6 + 20e3))
                                   << kWelfordTolerance;
    // Extreme case: at 1e12 ns a double mean has a resolution of 1.2e-4 ns, and Welford's running
    // mean rounds to it on every update, which bounds the stddev's accuracy near 1e-8 relative.
    QTest::addRow("1000s +- 1us") << draw(50'000, std::uniform_real_distribution<double>(1e12, 1e12 + 2e3)) << 1e-7;
    QTest::addRow("constant") << QList<qint64>(1'000, 4'200'000) << kWelfordTolerance;
    QTest::addRow("single") << QList<qint64> { 250'000 } << kWelfordTolerance;
    QTest::addRow("two values") << QList<qint64> { 1'000'000, 3'000'000 } << kWelfordTolerance;
}

void TestCellAccumulator::meanAndStddevMatchTwoPass()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, tolerance);
    CellAccumulator acc;
    for (qint64 v : values)
        acc.add(std::chrono::nanoseconds(v), FailureKind::None);
    const CellStatistics stats = acc.statistics(1.0);
    const Exact exact = exactMoments(values);

    QVERIFY2(closeRelative(stats.meanMs, exact.meanMs, tolerance),
             qPrintable(QStringLiteral("mean %1 vs %2").arg(stats.meanMs, 0, 'g', 17).arg(exact.meanMs, 0, 'g', 17)));
    QVERIFY2(closeRelative(stats.stddevMs, exact.stddevMs, tolerance),
             qPrintable(QStringLiteral("stddev %1 vs %2").arg(stats.stddevMs, 0, 'g', 17).arg(exact.stddevMs, 0, 'g', 17)));
    QCOMPARE(stats.count, quint64(values.size()));
    QCOMPARE(stats.minMs, double(*std::min_element(values.cbegin(), values.cend())) / 1e6);
    QCOMPARE(stats.maxMs, double(*std::max_element(values.cbegin(), values.cend())) / 1e6);

    QList<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto nearestRank = [&sorted](int percent) {
        const qint64 rank = std::max<qint64>(1, (percent * sorted.size() + 99) / 100);
        return double(sorted.at(rank - 1)) / 1e6;
    };
    QVERIFY(closeRelative(stats.p50Ms, nearestRank(50), 0.01));
    QVERIFY(closeRelative(stats.p90Ms, nearestRank(90), 0.01));
    QVERIFY(closeRelative(stats.p95Ms, nearestRank(95), 0.01));
    QVERIFY(closeRelative(stats.p99Ms, nearestRank(99), 0.01));
}

void TestCellAccumulator::mergeEqualsSequential_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("rawCap");
    QTest::addRow("2 parts, cap above count") << 2 << 100'000;
    QTest::addRow("3 parts, cap hit in the second") << 3 << 1'500;
    QTest::addRow("7 parts, cap hit in the first") << 7 << 100;
    QTest::addRow("5 parts, no raw samples") << 5 << 0;
}

void TestCellAccumulator::mergeEqualsSequential()
{
    QFETCH(int, parts);
    QFETCH(int, rawCap);
    const QList<Sample> samples = randomSamples(3'000, 99);

    CellAccumulator sequential(rawCap);
    addAll(sequential, samples);

    CellAccumulator merged(rawCap);
    const qsizetype chunk = (samples.size() + parts - 1) / parts;
    for (int part = 0; part < parts; ++part) {
        CellAccumulator worker(rawCap);
        addAll(worker, samples.mid(part * chunk, chunk));
        merged.merge(worker);
    }

    const CellStatistics a = sequential.statistics(2.5);
    const CellStatistics b = merged.statistics(2.5);
    QCOMPARE(b.count, a.count);
    QCOMPARE(b.successes, a.successes);
    QCOMPARE(b.failures, a.failures);
    QCOMPARE(b.bytesReceived, a.bytesReceived);
    QCOMPARE(b.bytesSent, a.bytesSent);
    QCOMPARE(b.minMs, a.minMs);
    QCOMPARE(b.maxMs, a.maxMs);
    QCOMPARE(b.p50Ms, a.p50Ms);
    QCOMPARE(b.p99Ms, a.p99Ms);
    QCOMPARE(b.throughput, a.throughput);
    QVERIFY(closeRelative(b.meanMs, a.meanMs, kWelfordTolerance));
    QVERIFY(closeRelative(b.stddevMs, a.stddevMs, kWelfordTolerance));
    QVERIFY(merged.histogram() == sequential.histogram());
    QCOMPARE(merged.rawSamples(), sequential.rawSamples());
    QCOMPARE(merged.rawSamples().size(), std::min<qsizetype>(rawCap, samples.size()));

    QList<qint64> all;
    for (const Sample& s : samples)
        all.append(s.ns);
    const Exact exact = exactMoments(all);
    QVERIFY(closeRelative(b.meanMs, exact.meanMs, kWelfordTolerance));
    QVERIFY(closeRelative(b.stddevMs, exact.stddevMs, kWelfordTolerance));
}

void TestCellAccumulator::selfMerge()
{
    CellAccumulator acc(3);
    acc.add(1ms, FailureKind::None, 10, 1);
    acc.add(3ms, FailureKind::Timeout, 20, 2);
    acc.merge(acc);
    const CellStatistics stats = acc.statistics(1.0);
    QCOMPARE(stats.count, quint64(4));
    QCOMPARE(stats.successes, quint64(2));
    QCOMPARE(stats.failures[std::size_t(FailureKind::Timeout)], quint64(2));
    QCOMPARE(stats.bytesReceived, qint64(60));
    QCOMPARE(stats.meanMs, 2.0);
    QVERIFY(closeRelative(stats.stddevMs, exactMoments({ 1'000'000, 3'000'000, 1'000'000, 3'000'000 }).stddevMs, 1e-12));
    QCOMPARE(acc.rawSamples(), (QList<qint64> { 1'000'000, 3'000'000, 1'000'000 }));
}

void TestCellAccumulator::failuresByKind()
{
    CellAccumulator acc;
    const QList<FailureKind> kinds = { FailureKind::None,
                                       FailureKind::Timeout,
                                       FailureKind::None,
                                       FailureKind::HttpServerError,
                                       FailureKind::Timeout,
                                       FailureKind::ConnectionRefused,
                                       FailureKind::None,
                                       FailureKind::Timeout,
                                       // Not a declared enumerator: must not index past the array.
                                       static_cast<FailureKind>(200) };
    for (FailureKind kind : kinds)
        acc.add(2ms, kind);

    const CellStatistics stats = acc.statistics(1.0);
    std::array<quint64, kFailureKindCount> expected {};
    expected[std::size_t(FailureKind::Timeout)] = 3;
    expected[std::size_t(FailureKind::HttpServerError)] = 1;
    expected[std::size_t(FailureKind::ConnectionRefused)] = 1;
    expected[std::size_t(FailureKind::Other)] = 1;
    QCOMPARE(stats.failures, expected);
    QCOMPARE(stats.failures[std::size_t(FailureKind::None)], quint64(0));
    QCOMPARE(stats.count, quint64(9));
    QCOMPARE(stats.successes, quint64(3));
    QCOMPARE(stats.failureCount(), quint64(6));
    QCOMPARE(stats.successRate(), 3.0 / 9.0);
    // Failed requests still count as response times.
    QCOMPARE(acc.histogram().count(), quint64(9));
}

void TestCellAccumulator::rawSampleCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("expectedSize");
    QTest::addRow("zero") << 0 << 25 << 0;
    QTest::addRow("negative means zero") << -5 << 25 << 0;
    QTest::addRow("one") << 1 << 25 << 1;
    QTest::addRow("below cap") << 100 << 25 << 25;
    QTest::addRow("exactly cap") << 25 << 25 << 25;
    QTest::addRow("above cap") << 10 << 25 << 10;
}

void TestCellAccumulator::rawSampleCap()
{
    QFETCH(int, cap);
    QFETCH(int, added);
    QFETCH(int, expectedSize);

    CellAccumulator acc(cap);
    QList<qint64> expected;
    for (int i = 1; i <= added; ++i) {
        acc.add(std::chrono::microseconds(i), FailureKind::None);
        if (i <= expectedSize)
            expected.append(qint64(i) * 1'000);
    }
    QCOMPARE(acc.rawSamples(), expected); // the first ones, in arrival order
    QCOMPARE(acc.count(), quint64(added)); // the statistics still see every request

    CellAccumulator other(cap);
    for (int i = 0; i < added; ++i)
        other.add(1s, FailureKind::None);
    acc.merge(other);
    QCOMPARE(acc.rawSamples().size(), std::min(std::max(cap, 0), 2 * added));
    QCOMPARE(acc.rawSamples().mid(0, expectedSize), expected);
}

void TestCellAccumulator::throughput_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<double>("wallSeconds");
    QTest::addColumn<double>("expected");
    QTest::addRow("100 in 2s") << 100 << 2.0 << 50.0;
    QTest::addRow("3 in 0.5s") << 3 << 0.5 << 6.0;
    QTest::addRow("zero wall time") << 100 << 0.0 << 0.0;
    QTest::addRow("negative wall time") << 100 << -1.0 << 0.0;
    QTest::addRow("infinite wall time") << 100 << qInf() << 0.0;
    QTest::addRow("nothing measured") << 0 << 5.0 << 0.0;
}

void TestCellAccumulator::throughput()
{
    QFETCH(int, requests);
    QFETCH(double, wallSeconds);
    QFETCH(double, expected);
    CellAccumulator acc;
    for (int i = 0; i < requests; ++i)
        acc.add(1ms, i % 2 ? FailureKind::None : FailureKind::Timeout);
    const CellStatistics stats = acc.statistics(wallSeconds);
    QCOMPARE(stats.throughput, expected);
    QCOMPARE(stats.wallSeconds, wallSeconds);
}

void TestCellAccumulator::emptyStatistics()
{
    const CellAccumulator acc;
    const CellStatistics stats = acc.statistics(3.0);
    QCOMPARE(stats.count, quint64(0));
    QCOMPARE(stats.successes, quint64(0));
    QCOMPARE(stats.failureCount(), quint64(0));
    QCOMPARE(stats.successRate(), 0.0);
    QCOMPARE(stats.minMs, 0.0);
    QCOMPARE(stats.meanMs, 0.0);
    QCOMPARE(stats.stddevMs, 0.0);
    QCOMPARE(stats.p99Ms, 0.0);
    QCOMPARE(stats.maxMs, 0.0);
    QCOMPARE(stats.throughput, 0.0);
    QVERIFY(acc.rawSamples().isEmpty());

    // Merging an empty accumulator changes nothing.
    CellAccumulator one;
    one.add(5ms, FailureKind::None, 7, 3);
    one.merge(acc);
    QCOMPARE(one.statistics(1.0).meanMs, 5.0);
    QCOMPARE(one.statistics(1.0).bytesSent, qint64(3));
    CellAccumulator empty;
    empty.merge(one);
    QCOMPARE(empty.statistics(1.0).meanMs, 5.0);
    QCOMPARE(empty.statistics(1.0).stddevMs, 0.0);
    QCOMPARE(empty.rawSamples(), QList<qint64> { 5'000'000 });
}

void TestCellAccumulator::negativeLatencyCountsAsZero()
{
    CellAccumulator acc;
    acc.add(-3ms, FailureKind::None);
    acc.add(3ms, FailureKind::None);
    const CellStatistics stats = acc.statistics(1.0);
    QCOMPARE(stats.minMs, 0.0);
    QCOMPARE(stats.meanMs, 1.5);
    QCOMPARE(acc.rawSamples(), (QList<qint64> { 0, 3'000'000 }));
}

QTEST_GUILESS_MAIN(TestCellAccumulator)
#include "tst_cellaccumulator.moc"
