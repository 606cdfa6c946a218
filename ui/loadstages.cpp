// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadstages.h"

#include <algorithm>
#include <map>

namespace scalescope::ui {

namespace {

    double ms(std::chrono::nanoseconds value) { return double(value.count()) / 1e6; }

    struct PointSums {
        qint64 firstSecond = -1;
        qint64 lastSecond = -1;
        double lastLevel = 0;
        double levelSum = 0;
        int seconds = 0;
        quint64 requests = 0;
        quint64 failures = 0;
        quint64 dropped = 0;
        quint64 late = 0;
        double weightedP50 = 0, weightedP95 = 0, weightedP99 = 0;
        double weightedRawP50 = 0, weightedRawP95 = 0, weightedRawP99 = 0;
        double maxMs = 0, rawMaxMs = 0;

        void add(const LoadPoint& point)
        {
            if (firstSecond < 0)
                firstSecond = point.second;
            lastSecond = point.second;
            lastLevel = point.level;
            levelSum += point.level;
            ++seconds;
            requests += point.requests;
            failures += point.failures;
            dropped += point.dropped;
            late += point.late;
            const auto weight = double(point.requests);
            weightedP50 += weight * point.p50Ms;
            weightedP95 += weight * point.p95Ms;
            weightedP99 += weight * point.p99Ms;
            weightedRawP50 += weight * point.rawP50Ms;
            weightedRawP95 += weight * point.rawP95Ms;
            weightedRawP99 += weight * point.rawP99Ms;
            maxMs = std::max(maxMs, point.maxMs);
            rawMaxMs = std::max(rawMaxMs, point.rawMaxMs);
        }
    };

    /// Raw (uncorrected) percentiles only exist per second while the run goes on: their request-weighted means.
    void setRawFrom(LoadStage& stage, const PointSums& sums)
    {
        if (sums.requests == 0)
            return;
        const auto n = double(sums.requests);
        stage.rawP50Ms = sums.weightedRawP50 / n;
        stage.rawP95Ms = sums.weightedRawP95 / n;
        stage.rawP99Ms = sums.weightedRawP99 / n;
        stage.rawMaxMs = sums.rawMaxMs;
    }

} // namespace

QList<LoadStage> liveLoadStages(
    const LoadConfig& config, const QList<CellResult>& cells, const QList<LoadPoint>& points, bool ended)
{
    std::map<int, PointSums> byStage;
    for (const LoadPoint& point : points) {
        if (point.stage >= 0)
            byStage[point.stage].add(point);
    }

    // Stages with cells, by index.
    std::map<int, QList<const CellResult*>> cellsByStage;
    for (const CellResult& cell : cells)
        cellsByStage[cell.sizeIndex].append(&cell);
    QList<LoadStage> stages;
    for (const auto& [index, stageCells] : cellsByStage) {
        LoadStage stage;
        stage.index = index;
        LatencyHistogram merged;
        double wallSeconds = 0;
        double meanSum = 0;
        for (const CellResult* cell : stageCells) {
            merged.merge(cell->histogram);
            stage.requests += cell->stats.count;
            stage.failures += cell->stats.failureCount();
            for (std::size_t k = 0; k < stage.failuresByKind.size(); ++k)
                stage.failuresByKind[k] += cell->stats.failures[k];
            wallSeconds = std::max(wallSeconds, cell->stats.wallSeconds);
            meanSum += cell->stats.meanMs * double(cell->stats.count);
        }
        stage.throughput = wallSeconds > 0 ? double(stage.requests) / wallSeconds : 0.0;
        stage.meanMs = stage.requests ? meanSum / double(stage.requests) : 0.0;
        stage.p50Ms = ms(merged.percentile(50));
        stage.p95Ms = ms(merged.percentile(95));
        stage.p99Ms = ms(merged.percentile(99));
        stage.maxMs = ms(merged.max());
        stage.level = stageCells.constFirst()->size;
        if (const auto sums = byStage.find(index); sums != byStage.end()) {
            stage.level = sums->second.lastLevel;
            stage.startMs = sums->second.firstSecond * 1000;
            stage.endMs = (sums->second.lastSecond + 1) * 1000;
            stage.dropped = sums->second.dropped;
            stage.late = sums->second.late;
            setRawFrom(stage, sums->second);
        }
        stages.append(stage);
    }

    // Roles, from the kind and the order of the levels.
    for (qsizetype k = 0; k < stages.size(); ++k) {
        LoadStage& stage = stages[k];
        if (config.kind == LoadConfig::Kind::Stress)
            stage.role = k > 0 && stage.level < stages.at(k - 1).level - 1e-9 ? LoadStage::Role::Recovery
                                                                             : LoadStage::Role::Step;
        else
            stage.role = LoadStage::Role::Hold;
    }
    if (config.kind != LoadConfig::Kind::Endurance)
        return stages;

    // Endurance: the hold stage's seconds in intervals, each a stage of its own (index hold + 1 + j).
    int hold = -1;
    for (const LoadPoint& point : points) {
        if (point.stage >= 0) {
            hold = point.stage;
            break;
        }
    }
    if (hold < 0)
        return stages;
    const qint64 intervalSeconds = std::max<qint64>(1, config.intervalMs / 1000);
    const qint64 first = byStage[hold].firstSecond;
    const bool holdDone = ended || cellsByStage.count(hold) > 0;
    std::map<qint64, PointSums> intervals;
    qint64 lastSecond = first;
    for (const LoadPoint& point : points) {
        if (point.stage != hold)
            continue;
        intervals[(point.second - first) / intervalSeconds].add(point);
        lastSecond = std::max(lastSecond, point.second);
    }
    QList<LoadStage> result;
    for (const auto& [j, sums] : intervals) {
        const qint64 start = first + j * intervalSeconds;
        const qint64 end = start + intervalSeconds;
        if (!holdDone && lastSecond < end - 1)
            continue; // still running
        LoadStage stage;
        stage.index = hold + 1 + int(j);
        stage.role = LoadStage::Role::Interval;
        stage.level = sums.seconds ? sums.levelSum / sums.seconds : 0.0;
        stage.startMs = start * 1000;
        stage.endMs = std::min(end, sums.lastSecond + 1) * 1000;
        stage.requests = sums.requests;
        stage.failures = sums.failures;
        stage.dropped = sums.dropped;
        stage.late = sums.late;
        const double seconds = double(std::max<qint64>(1, (stage.endMs - stage.startMs) / 1000));
        stage.throughput = double(sums.requests) / seconds;
        if (sums.requests > 0) {
            const auto n = double(sums.requests);
            stage.p50Ms = sums.weightedP50 / n;
            stage.p95Ms = sums.weightedP95 / n;
            stage.p99Ms = sums.weightedP99 / n;
            stage.maxMs = sums.maxMs;
        }
        setRawFrom(stage, sums);
        result.append(stage);
    }
    // The engine finalises the hold stage after its last interval.
    for (const LoadStage& stage : std::as_const(stages)) {
        if (stage.index != hold)
            result.append(stage);
    }
    for (const LoadStage& stage : std::as_const(stages)) {
        if (stage.index == hold)
            result.append(stage);
    }
    return result;
}

} // namespace scalescope::ui
