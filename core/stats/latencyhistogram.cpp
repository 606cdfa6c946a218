// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

// Bucket layout. Each power of two [2^k, 2^(k+1)) is split into kSubBucketCount linear buckets, so a
// bucket is at most 1/128 of its lower bound wide; reporting its midpoint is at most 1/256 (0.39 %) off
// any value in it, which leaves room under the promised 1 %. 256 sub-buckets would halve the error
// but double the memory past 64 KiB.
constexpr int kSubBucketBits = 7;
constexpr quint64 kSubBucketCount = quint64(1) << kSubBucketBits;
constexpr quint64 kLowestNs = 1'000; // 1 µs
constexpr quint64 kHighestNs = 3'600'000'000'000; // 1 h

// Index in an unbounded log-linear layout: (shift << 7) + (v >> shift), where shift puts the top
// bit of v at position 7, i.e. (v >> shift) is in [128, 256). Consecutive octaves are contiguous.
// Only valid for v >= kSubBucketCount, which the clamp to kLowestNs guarantees.
constexpr int rawIndex(quint64 v)
{
    const int shift = std::bit_width(v) - (kSubBucketBits + 1);
    return (shift << kSubBucketBits) + int(v >> shift);
}

constexpr int kIndexOffset = rawIndex(kLowestNs);
constexpr int kBucketCount = rawIndex(kHighestNs) - kIndexOffset + 1;
static_assert(kBucketCount > 0 && kBucketCount * sizeof(quint64) <= 64 * 1024, "histogram must stay under 64 KiB");

constexpr int bucketIndex(quint64 v)
{
    return rawIndex(std::clamp(v, kLowestNs, kHighestNs)) - kIndexOffset;
}

struct BucketRange {
    quint64 lowest; // smallest value mapped to the bucket
    quint64 width;
};

constexpr BucketRange bucketRange(int index)
{
    const int raw = index + kIndexOffset;
    const int shift = (raw >> kSubBucketBits) - 1;
    const quint64 sub = quint64(raw) - (quint64(shift) << kSubBucketBits);
    return { sub << shift, quint64(1) << shift };
}

static_assert(bucketRange(bucketIndex(kLowestNs)).lowest <= kLowestNs);
static_assert(bucketRange(bucketIndex(kHighestNs)).lowest <= kHighestNs);
static_assert(bucketRange(bucketIndex(kHighestNs)).lowest + bucketRange(bucketIndex(kHighestNs)).width > kHighestNs);
static_assert(bucketIndex(kLowestNs) == 0 && bucketIndex(kHighestNs) == kBucketCount - 1);

constexpr quint64 bucketMidpoint(int index)
{
    const BucketRange range = bucketRange(index);
    return range.lowest + range.width / 2;
}

// A latency cannot be negative; a negative reading comes from a caller's clock arithmetic and is
// recorded as 0 so that min()/max() and the serialized form stay non-negative.
constexpr quint64 sanitize(std::chrono::nanoseconds value)
{
    return value.count() < 0 ? 0 : quint64(value.count());
}

// Serialized form, version 1:
//   byte   kMagicVersion
//   varint count, varint min, varint max (nanoseconds)
//   repeated (varint indexGap, varint bucketCount) for each non-empty bucket in ascending order,
//   where indexGap = index - (previous index + 1), the first previous index being -1.
// Varints are unsigned LEB128. Nothing follows the last pair.
constexpr unsigned char kMagicVersion = 0xB1; // high nibble: magic, low nibble: layout version

void appendVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

class Reader {
public:
    Reader(const QByteArray& data, qsizetype position)
        : m_data(data)
        , m_pos(position)
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }

    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return std::nullopt;
            const auto byte = quint64(static_cast<unsigned char>(m_data.at(m_pos++)));
            // The tenth byte may only carry the top bit of a 64-bit value.
            if (shift == 63 && byte > 1)
                return std::nullopt;
            value |= (byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return std::nullopt;
    }

private:
    const QByteArray& m_data;
    qsizetype m_pos;
};

} // namespace

LatencyHistogram::LatencyHistogram()
    : m_counts(kBucketCount, 0)
{
}

void LatencyHistogram::record(std::chrono::nanoseconds value)
{
    recordN(value, 1);
}

void LatencyHistogram::recordN(std::chrono::nanoseconds value, quint64 count)
{
    if (count == 0)
        return;
    const quint64 ns = sanitize(value);
    m_counts[std::size_t(bucketIndex(ns))] += count;
    const auto signedNs = qint64(ns);
    if (m_count == 0) {
        m_minNs = signedNs;
        m_maxNs = signedNs;
    } else {
        m_minNs = std::min(m_minNs, signedNs);
        m_maxNs = std::max(m_maxNs, signedNs);
    }
    m_count += count;
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    if (m_count == 0) {
        m_minNs = other.m_minNs;
        m_maxNs = other.m_maxNs;
    } else {
        m_minNs = std::min(m_minNs, other.m_minNs);
        m_maxNs = std::max(m_maxNs, other.m_maxNs);
    }
    m_count += other.m_count;
}

void LatencyHistogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_count = 0;
    m_minNs = 0;
    m_maxNs = 0;
}

std::chrono::nanoseconds LatencyHistogram::min() const
{
    return std::chrono::nanoseconds(m_count ? m_minNs : 0);
}

std::chrono::nanoseconds LatencyHistogram::max() const
{
    return std::chrono::nanoseconds(m_count ? m_maxNs : 0);
}

std::chrono::nanoseconds LatencyHistogram::mean() const
{
    if (m_count == 0)
        return std::chrono::nanoseconds(0);
    const int first = bucketIndex(quint64(m_minNs));
    const int last = bucketIndex(quint64(m_maxNs));
    double sum = 0;
    for (int i = first; i <= last; ++i) {
        const quint64 n = m_counts[std::size_t(i)];
        if (n == 0)
            continue;
        // Clamping the midpoint into [min, max] makes the mean exact when every value shares a bucket.
        const auto mid = std::clamp(qint64(bucketMidpoint(i)), m_minNs, m_maxNs);
        sum += double(mid) * double(n);
    }
    const double mean = std::clamp(sum / double(m_count), double(m_minNs), double(m_maxNs));
    return std::chrono::nanoseconds(std::llround(mean));
}

std::chrono::nanoseconds LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return std::chrono::nanoseconds(0);
    if (!(p > 0)) // also catches NaN
        return min();
    if (p >= 100)
        return max();

    // Nearest rank: the smallest value with at least p % of the values at or below it. The factor
    // absorbs the representation error of decimal percentages (99.9 / 100 * 1000 is 999.0000000000001).
    const double exactRank = p * double(m_count) / 100.0;
    const auto rank = std::clamp<quint64>(quint64(std::ceil(exactRank * (1.0 - 1e-12))), 1, m_count);
    // The first and last order statistics are known exactly.
    if (rank == 1)
        return min();
    if (rank == m_count)
        return max();

    const int first = bucketIndex(quint64(m_minNs));
    const int last = bucketIndex(quint64(m_maxNs));
    quint64 cumulative = 0;
    for (int i = first; i <= last; ++i) {
        cumulative += m_counts[std::size_t(i)];
        if (cumulative >= rank)
            return std::chrono::nanoseconds(std::clamp(qint64(bucketMidpoint(i)), m_minNs, m_maxNs));
    }
    return max(); // unreachable while the counts add up to m_count
}

QByteArray LatencyHistogram::serialize() const
{
    QByteArray out;
    out.reserve(32);
    out.append(char(kMagicVersion));
    appendVarint(out, m_count);
    appendVarint(out, quint64(min().count()));
    appendVarint(out, quint64(max().count()));
    int previous = -1;
    for (int i = 0; i < kBucketCount; ++i) {
        const quint64 n = m_counts[std::size_t(i)];
        if (n == 0)
            continue;
        appendVarint(out, quint64(i - previous - 1));
        appendVarint(out, n);
        previous = i;
    }
    return out;
}

std::optional<LatencyHistogram> LatencyHistogram::deserialize(const QByteArray& data)
{
    if (data.isEmpty() || static_cast<unsigned char>(data.at(0)) != kMagicVersion)
        return std::nullopt;
    Reader reader(data, 1);
    const auto count = reader.varint();
    const auto minNs = reader.varint();
    const auto maxNs = reader.varint();
    constexpr auto kMaxNs = quint64(std::numeric_limits<qint64>::max());
    if (!count || !minNs || !maxNs || *minNs > kMaxNs || *maxNs > kMaxNs || *minNs > *maxNs)
        return std::nullopt;
    if (*count == 0 && (*minNs != 0 || *maxNs != 0))
        return std::nullopt;

    LatencyHistogram histogram;
    quint64 total = 0;
    qint64 index = -1;
    qint64 firstIndex = -1;
    while (!reader.atEnd()) {
        const auto gap = reader.varint();
        const auto n = reader.varint();
        if (!gap || !n || *n == 0 || *gap >= quint64(kBucketCount))
            return std::nullopt;
        index += qint64(*gap) + 1;
        if (index >= kBucketCount || *n > std::numeric_limits<quint64>::max() - total)
            return std::nullopt;
        if (firstIndex < 0)
            firstIndex = index;
        histogram.m_counts[std::size_t(index)] = *n;
        total += *n;
    }
    if (total != *count)
        return std::nullopt;
    // The exact extremes must fall into the first and last non-empty buckets.
    if (*count > 0 && (firstIndex != bucketIndex(*minNs) || index != bucketIndex(*maxNs)))
        return std::nullopt;
    histogram.m_count = *count;
    histogram.m_minNs = qint64(*minNs);
    histogram.m_maxNs = qint64(*maxNs);
    return histogram;
}

bool operator==(const LatencyHistogram& a, const LatencyHistogram& b)
{
    return a.m_count == b.m_count && a.min() == b.min() && a.max() == b.max() && a.m_counts == b.m_counts;
}

} // namespace scalescope
