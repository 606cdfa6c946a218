// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/latencyhistogram.h"

#include "iota.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace std::chrono_literals;
using scalescope::LatencyHistogram;

namespace {

constexpr qint64 kLowestNs = 1'000;
constexpr qint64 kHighestNs = 3'600'000'000'000;
constexpr double kMaxRelativeError = 0.01;
constexpr unsigned char kMagicVersion = 0xB1;

// Percentiles under test, in thousandths of a percent so that ranks can be computed exactly.
constexpr qint64 kPercentilesMilli[] = { 0, 1'000, 25'000, 50'000, 90'000, 95'000, 99'000, 99'900, 100'000 };

struct DataSet {
    const char* name;
    QList<qint64> values;
};

QList<qint64> generate(std::size_t n, const std::function<double(std::mt19937_64&)>& draw, std::mt19937_64& rng)
{
    QList<qint64> values;
    values.reserve(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i)
        values.append(std::max<qint64>(0, std::llround(draw(rng))));
    return values;
}

QList<DataSet> dataSets()
{
    std::mt19937_64 rng(20260101);
    QList<DataSet> sets;

    std::uniform_real_distribution<double> uniform(1e3, 100e6);
    sets.append({ "uniform 1us..100ms", generate(100'000, [&](auto& r) { return uniform(r); }, rng) });

    std::lognormal_distribution<double> logNormal(std::log(5e6), 1.0);
    sets.append({ "log-normal median 5ms", generate(100'000, [&](auto& r) { return logNormal(r); }, rng) });

    std::normal_distribution<double> fast(2e6, 0.2e6);
    std::normal_distribution<double> slow(200e6, 20e6);
    std::bernoulli_distribution pickSlow(0.3);
    sets.append({ "bimodal 2ms/200ms",
                  generate(50'000, [&](auto& r) { return pickSlow(r) ? slow(r) : fast(r); }, rng) });

    sets.append({ "constant 4.2ms", QList<qint64>(10'000, 4'200'000) });
    sets.append({ "single sample 250us", QList<qint64> { 250'000 } });

    QList<qint64> oneToHundred;
    for (int us : scalescope::testsupport::iota(1, 100))
        oneToHundred.append(qint64(us) * 1'000);
    sets.append({ "1..100us", oneToHundred });

    std::uniform_real_distribution<double> nearHour(0.9 * double(kHighestNs), double(kHighestNs));
    sets.append({ "huge 54min..1h", generate(20'000, [&](auto& r) { return nearHour(r); }, rng) });

    std::uniform_real_distribution<double> pastHour(50.0 * 60e9, 2.0 * double(kHighestNs));
    sets.append({ "50min..2h (clamped above)", generate(20'000, [&](auto& r) { return pastHour(r); }, rng) });

    std::uniform_real_distribution<double> belowMicro(0, 999);
    sets.append({ "0..999ns (all below range)", generate(5'000, [&](auto& r) { return belowMicro(r); }, rng) });

    std::uniform_real_distribution<double> inRange(1e3, 10e6);
    std::bernoulli_distribution pickBelow(0.1);
    sets.append({ "10% below 1us",
                  generate(20'000, [&](auto& r) { return pickBelow(r) ? belowMicro(r) : inRange(r); }, rng) });

    std::uniform_int_distribution<int> fewValues(0, 4);
    const qint64 discrete[] = { 1'500, 80'000, 80'001, 3'000'000, 900'000'000 };
    sets.append({ "five repeated values", generate(9'999, [&](auto& r) { return double(discrete[fewValues(r)]); }, rng) });

    std::uniform_real_distribution<double> wide(1e3, 1e12);
    sets.append({ "seven samples", generate(7, [&](auto& r) { return wide(r); }, rng) });
    return sets;
}

LatencyHistogram histogramOf(const QList<qint64>& values)
{
    LatencyHistogram h;
    for (qint64 v : values)
        h.record(std::chrono::nanoseconds(v));
    return h;
}

QByteArray varint(quint64 value)
{
    QByteArray out;
    while (value >= 0x80) {
        out.append(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
    return out;
}

QByteArray header(quint64 count, quint64 minNs, quint64 maxNs)
{
    return QByteArray(1, char(kMagicVersion)) + varint(count) + varint(minNs) + varint(maxNs);
}

} // namespace

class TestLatencyHistogram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentile_data();
    void percentile();
    void extremesAreExact_data();
    void extremesAreExact();
    void mean_data();
    void mean();
    void mergeOfHalvesEqualsWhole_data();
    void mergeOfHalvesEqualsWhole();
    void mergeWithEmpty();
    void reset();
    void emptyReturnsZero();
    void recordN();
    void outOfRangeValuesClamp_data();
    void outOfRangeValuesClamp();
    void negativeValueCountsAsZero();
    void serializeRoundTrip_data();
    void serializeRoundTrip();
    void serializeIsCompact();
    void deserializeRejectsCorrupt_data();
    void deserializeRejectsCorrupt();
    void deserializeRejectsEveryTruncation_data();
    void deserializeRejectsEveryTruncation();
    void deserializeRandomBytes();
};

void TestLatencyHistogram::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<qint64>("percentileMilli");
    for (const DataSet& set : dataSets()) {
        for (qint64 milli : kPercentilesMilli)
            QTest::addRow("%s p%g", set.name, double(milli) / 1000.0) << set.values << milli;
    }
}

void TestLatencyHistogram::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(qint64, percentileMilli);

    const LatencyHistogram h = histogramOf(values);
    QList<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto n = qint64(sorted.size());

    // Exact nearest rank: ceil(p / 100 * n), at least 1, in integer arithmetic.
    const qint64 rank = std::max<qint64>(1, (percentileMilli * n + 100'000 - 1) / 100'000);
    const qint64 exact = sorted.at(rank - 1);
    const qint64 got = h.percentile(double(percentileMilli) / 1000.0).count();

    if (percentileMilli == 0) {
        QCOMPARE(got, sorted.first());
        return;
    }
    if (percentileMilli == 100'000) {
        QCOMPARE(got, sorted.last());
        return;
    }
    // Inside [1 µs, 1 h] the answer is within 1 %; a value outside resolves to somewhere between
    // itself and the range boundary it was clamped to.
    const qint64 boundary = std::clamp(exact, kLowestNs, kHighestNs);
    const double low = double(std::min(exact, boundary)) * (1 - kMaxRelativeError);
    const double high = double(std::max(exact, boundary)) * (1 + kMaxRelativeError);
    if (got < low || got > high) {
        QFAIL(qPrintable(QStringLiteral("rank %1 of %2: exact %3 ns, got %4 ns (relative error %5)")
                             .arg(rank)
                             .arg(n)
                             .arg(exact)
                             .arg(got)
                             .arg(double(got - exact) / double(exact))));
    }
    QVERIFY(got >= h.min().count());
    QVERIFY(got <= h.max().count());
}

void TestLatencyHistogram::extremesAreExact_data()
{
    QTest::addColumn<QList<qint64>>("values");
    for (const DataSet& set : dataSets())
        QTest::addRow("%s", set.name) << set.values;
}

void TestLatencyHistogram::extremesAreExact()
{
    QFETCH(QList<qint64>, values);
    const LatencyHistogram h = histogramOf(values);
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    QCOMPARE(h.count(), quint64(values.size()));
    QCOMPARE(h.min().count(), *lo);
    QCOMPARE(h.max().count(), *hi);
    QCOMPARE(h.percentile(0), h.min());
    QCOMPARE(h.percentile(100), h.max());
}

void TestLatencyHistogram::mean_data()
{
    extremesAreExact_data();
}

void TestLatencyHistogram::mean()
{
    QFETCH(QList<qint64>, values);
    const LatencyHistogram h = histogramOf(values);
    long double sum = 0;
    for (qint64 v : values)
        sum += std::clamp(v, kLowestNs, kHighestNs);
    const double exactClamped = double(sum / values.size());
    const auto got = double(h.mean().count());
    QVERIFY2(std::abs(got - exactClamped) <= kMaxRelativeError * exactClamped,
             qPrintable(QStringLiteral("mean %1, exact %2").arg(got).arg(exactClamped)));
    QVERIFY(h.mean() >= h.min() && h.mean() <= h.max());
}

void TestLatencyHistogram::mergeOfHalvesEqualsWhole_data()
{
    extremesAreExact_data();
}

void TestLatencyHistogram::mergeOfHalvesEqualsWhole()
{
    QFETCH(QList<qint64>, values);
    const LatencyHistogram whole = histogramOf(values);
    const qsizetype half = values.size() / 2;
    LatencyHistogram merged = histogramOf(values.mid(0, half));
    merged.merge(histogramOf(values.mid(half)));

    QVERIFY(merged == whole);
    QCOMPARE(merged.count(), whole.count());
    QCOMPARE(merged.min(), whole.min());
    QCOMPARE(merged.max(), whole.max());
    QCOMPARE(merged.mean(), whole.mean());
    for (qint64 milli : kPercentilesMilli)
        QCOMPARE(merged.percentile(double(milli) / 1000.0), whole.percentile(double(milli) / 1000.0));
}

void TestLatencyHistogram::mergeWithEmpty()
{
    const LatencyHistogram values = histogramOf({ 5'000, 70'000, 3'000'000 });

    LatencyHistogram intoEmpty;
    intoEmpty.merge(values);
    QVERIFY(intoEmpty == values);
    QCOMPARE(intoEmpty.min(), 5us);

    LatencyHistogram fromEmpty = values;
    fromEmpty.merge(LatencyHistogram());
    QVERIFY(fromEmpty == values);

    LatencyHistogram bothEmpty;
    bothEmpty.merge(LatencyHistogram());
    QVERIFY(bothEmpty.isEmpty());
    QVERIFY(bothEmpty == LatencyHistogram());
}

void TestLatencyHistogram::reset()
{
    LatencyHistogram h = histogramOf({ 1'000, 20'000, 300'000 });
    QVERIFY(!(h == LatencyHistogram()));
    h.reset();
    QVERIFY(h == LatencyHistogram());
    QVERIFY(h.isEmpty());
    QCOMPARE(h.percentile(50), 0ns);

    // Extremes restart from the first value after a reset, not from the old ones.
    h.record(7ms);
    QCOMPARE(h.min(), 7ms);
    QCOMPARE(h.max(), 7ms);
    QCOMPARE(h.count(), quint64(1));
}

void TestLatencyHistogram::emptyReturnsZero()
{
    const LatencyHistogram h;
    QVERIFY(h.isEmpty());
    QCOMPARE(h.count(), quint64(0));
    QCOMPARE(h.min(), 0ns);
    QCOMPARE(h.max(), 0ns);
    QCOMPARE(h.mean(), 0ns);
    for (qint64 milli : kPercentilesMilli)
        QCOMPARE(h.percentile(double(milli) / 1000.0), 0ns);
}

void TestLatencyHistogram::recordN()
{
    LatencyHistogram bulk;
    bulk.recordN(3ms, 5);
    bulk.recordN(10ms, 0); // no-op, must not touch the extremes
    bulk.recordN(1ms, 2);

    LatencyHistogram single;
    for (int i = 0; i < 5; ++i)
        single.record(3ms);
    for (int i = 0; i < 2; ++i)
        single.record(1ms);

    QVERIFY(bulk == single);
    QCOMPARE(bulk.count(), quint64(7));
    QCOMPARE(bulk.max(), 3ms);

    LatencyHistogram onlyZero;
    onlyZero.recordN(4ms, 0);
    QVERIFY(onlyZero.isEmpty());
    QCOMPARE(onlyZero.max(), 0ns);
}

void TestLatencyHistogram::outOfRangeValuesClamp_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("expectedNs"); // within 1 %

    const qint64 twoHours = 2 * kHighestNs;
    const qint64 threeHours = 3 * kHighestNs;
    // The middle value is neither the minimum nor the maximum, so it comes from its bucket: the top
    // bucket, whose values are reported as ~1 h, not as 2 h.
    QTest::addRow("above 1h") << QList<qint64> { 100, twoHours, threeHours } << 50.0 << kHighestNs;
    QTest::addRow("below 1us") << QList<qint64> { 100, 200, 5'000 } << 50.0 << kLowestNs;
    QTest::addRow("above 1h p0 exact") << QList<qint64> { twoHours, threeHours, threeHours } << 0.0 << twoHours;
    QTest::addRow("above 1h p100 exact") << QList<qint64> { twoHours, threeHours } << 100.0 << threeHours;
    QTest::addRow("below 1us p0 exact") << QList<qint64> { 1, 2, 900 } << 0.0 << qint64(1);
    QTest::addRow("below 1us p100 exact") << QList<qint64> { 1, 2, 900 } << 100.0 << qint64(900);
    QTest::addRow("zero") << QList<qint64> { 0, 0, 0 } << 50.0 << qint64(0);
}

void TestLatencyHistogram::outOfRangeValuesClamp()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(qint64, expectedNs);

    const LatencyHistogram h = histogramOf(values);
    const qint64 got = h.percentile(p).count();
    QVERIFY2(std::abs(double(got - expectedNs)) <= kMaxRelativeError * double(expectedNs),
             qPrintable(QStringLiteral("got %1 ns, expected %2 ns").arg(got).arg(expectedNs)));
    // The recorded extremes stay exact even though the buckets saturate.
    QCOMPARE(h.min().count(), *std::min_element(values.cbegin(), values.cend()));
    QCOMPARE(h.max().count(), *std::max_element(values.cbegin(), values.cend()));

    // Values beyond the same boundary share its bucket.
    LatencyHistogram atBoundary;
    for (qint64 v : values)
        atBoundary.record(std::chrono::nanoseconds(std::clamp(v, kLowestNs, kHighestNs)));
    const QByteArray clampedBuckets = h.serialize().mid(header(h.count(), quint64(h.min().count()), quint64(h.max().count())).size());
    const QByteArray boundaryBuckets = atBoundary.serialize().mid(header(atBoundary.count(), quint64(atBoundary.min().count()), quint64(atBoundary.max().count())).size());
    QCOMPARE(clampedBuckets, boundaryBuckets);
}

void TestLatencyHistogram::negativeValueCountsAsZero()
{
    LatencyHistogram h;
    h.record(-5ns);
    h.record(2ms);
    QCOMPARE(h.count(), quint64(2));
    QCOMPARE(h.min(), 0ns);
    QCOMPARE(h.max(), 2ms);
    QVERIFY(LatencyHistogram::deserialize(h.serialize()).has_value());
}

void TestLatencyHistogram::serializeRoundTrip_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addRow("empty") << QList<qint64> {};
    for (const DataSet& set : dataSets())
        QTest::addRow("%s", set.name) << set.values;
}

void TestLatencyHistogram::serializeRoundTrip()
{
    QFETCH(QList<qint64>, values);
    const LatencyHistogram h = histogramOf(values);
    const QByteArray bytes = h.serialize();
    const std::optional<LatencyHistogram> back = LatencyHistogram::deserialize(bytes);
    QVERIFY(back.has_value());
    QVERIFY(*back == h);
    QCOMPARE(back->count(), h.count());
    QCOMPARE(back->min(), h.min());
    QCOMPARE(back->max(), h.max());
    QCOMPARE(back->mean(), h.mean());
    QCOMPARE(back->percentile(99.9), h.percentile(99.9));
    QCOMPARE(back->serialize(), bytes);
}

void TestLatencyHistogram::serializeIsCompact()
{
    QCOMPARE(LatencyHistogram().serialize().size(), 4); // magic, count, min, max

    LatencyHistogram constant;
    constant.recordN(4200us, 1'000'000);
    // magic + count (3) + min (4) + max (4) + one pair (2 + 3)
    QVERIFY2(constant.serialize().size() <= 20, qPrintable(QString::number(constant.serialize().size())));

    // A full-range histogram touches every bucket at most once: ~2 bytes per bucket, far below the
    // 8 bytes per bucket of the in-memory array.
    LatencyHistogram wide;
    for (qint64 v = 1'000; v < kHighestNs; v += v / 200 + 1)
        wide.record(std::chrono::nanoseconds(v));
    QVERIFY2(wide.serialize().size() < 5'000 * 3, qPrintable(QString::number(wide.serialize().size())));
}

void TestLatencyHistogram::deserializeRejectsCorrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");

    LatencyHistogram one;
    one.record(5us);
    const QByteArray valid = one.serialize();
    const QByteArray validHeader = header(1, 5'000, 5'000);
    QVERIFY(valid.startsWith(validHeader));
    const QByteArray pair = valid.mid(validHeader.size());
    QCOMPARE(pair.size(), 3); // gap (1 or 2 bytes) + count 1

    QTest::addRow("no bytes") << QByteArray();
    QTest::addRow("wrong magic") << QByteArray(1, '\x00') + valid.mid(1);
    QTest::addRow("future version") << QByteArray(1, char(kMagicVersion + 1)) + valid.mid(1);
    QTest::addRow("count larger than buckets") << header(2, 5'000, 5'000) + pair;
    QTest::addRow("count zero with a bucket") << header(0, 0, 0) + pair;
    QTest::addRow("empty with extremes") << header(0, 5'000, 5'000);
    QTest::addRow("bucket with zero count") << validHeader + pair.left(pair.size() - 1) + varint(0);
    QTest::addRow("min above max") << header(1, 6'000, 5'000) + pair;
    QTest::addRow("extremes outside the bucket") << header(1, 9'000, 9'000) + pair;
    QTest::addRow("index out of range") << header(1, 5'000, 5'000) + varint(100'000) + varint(1);
    QTest::addRow("second index out of range") << header(2, 5'000, 5'000) + pair + varint(5'000) + varint(1);
    QTest::addRow("trailing byte") << valid + QByteArray(1, '\x00');
    QTest::addRow("trailing pair") << valid + varint(0) + varint(1);
    QTest::addRow("negative min") << header(1, quint64(1) << 63, quint64(1) << 63) + pair;
    QTest::addRow("varint longer than 10 bytes") << QByteArray(1, char(kMagicVersion)) + QByteArray(11, '\xFF');
    QTest::addRow("varint overflows 64 bits")
        << QByteArray(1, char(kMagicVersion)) + QByteArray(9, '\xFF') + QByteArray(1, '\x02') + varint(0) + varint(0);
    QTest::addRow("bucket counts overflow")
        << header(2, 5'000, 5'000) + pair.left(pair.size() - 1) + varint(~quint64(0)) + varint(0) + varint(2);
}

void TestLatencyHistogram::deserializeRejectsCorrupt()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!LatencyHistogram::deserialize(bytes).has_value());
}

void TestLatencyHistogram::deserializeRejectsEveryTruncation_data()
{
    serializeRoundTrip_data();
}

void TestLatencyHistogram::deserializeRejectsEveryTruncation()
{
    QFETCH(QList<qint64>, values);
    const QByteArray bytes = histogramOf(values).serialize();
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        if (LatencyHistogram::deserialize(bytes.left(length)).has_value())
            QFAIL(qPrintable(QStringLiteral("accepted a prefix of %1 of %2 bytes").arg(length).arg(bytes.size())));
    }
}

void TestLatencyHistogram::deserializeRandomBytes()
{
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 64);

    // Random bodies behind a valid magic byte: the consistency checks must catch all of them.
    for (int i = 0; i < 20'000; ++i) {
        QByteArray bytes(1, char(kMagicVersion));
        const int n = length(rng);
        for (int j = 0; j < n; ++j)
            bytes.append(char(byte(rng)));
        if (LatencyHistogram::deserialize(bytes).has_value())
            QFAIL(qPrintable(QStringLiteral("accepted random bytes %1").arg(QString::fromLatin1(bytes.toHex()))));
    }

    // Bit flips in a valid serialization: either rejected, or (when the flip produced another
    // consistent histogram) accepted as exactly what it says.
    const QList<DataSet> sets = dataSets();
    const QByteArray valid = histogramOf(sets.at(2).values).serialize();
    std::uniform_int_distribution<qsizetype> position(0, valid.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    int rejected = 0;
    for (int i = 0; i < 5'000; ++i) {
        QByteArray bytes = valid;
        const qsizetype at = position(rng);
        bytes[at] = char(bytes.at(at) ^ (1 << bit(rng)));
        const std::optional<LatencyHistogram> h = LatencyHistogram::deserialize(bytes);
        if (!h) {
            ++rejected;
            continue;
        }
        QCOMPARE(h->serialize(), bytes);
    }
    QVERIFY2(rejected > 4'500, qPrintable(QString::number(rejected)));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
