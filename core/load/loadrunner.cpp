// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/loadrunner.h"

#include "load/loadworker.h"
#include "load/processmonitor.h"
#include "results/texttable.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

#include <sys/resource.h>

namespace scalescope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::LoadRunner)
};

using namespace std::chrono_literals;

/// A second is final this long after it ended: every worker has been asked for its data since.
constexpr qint64 kSettleMs = 300;
constexpr qint64 kTickMs = 100;
/// A generator above this share of its cores is saturated.
constexpr double kSaturatedCpuShare = 0.90;

QString number(double value, int decimals = 1) { return QString::number(value, 'f', decimals); }

double ms(std::chrono::nanoseconds value) { return double(value.count()) / 1e6; }

QString levelText(const LoadConfig& config, double level)
{
    return config.model == LoadConfig::Model::Closed ? Text::tr("%n user(s)", nullptr, int(std::lround(level)))
                                                     : Text::tr("%1 requests/s").arg(number(level, level < 10 ? 1 : 0));
}

} // namespace

StressOutcome::Reason stressStopReason(const LoadConfig& config, const LoadStage& step, const LoadStage* previous,
                                       QString* detail)
{
    const auto say = [detail](const QString& text) {
        if (detail)
            *detail = text;
    };
    const QString at = levelText(config, step.level);
    if (config.stopErrorRatePercent > 0 && step.errorRatePercent() > config.stopErrorRatePercent) {
        say(Text::tr("error rate %1 % > %2 % at %3")
                .arg(number(step.errorRatePercent()), number(config.stopErrorRatePercent), at));
        return StressOutcome::Reason::ErrorRate;
    }
    if (config.stopP95Ms > 0 && step.p95Ms > config.stopP95Ms) {
        say(Text::tr("p95 %1 ms > %2 ms at %3").arg(number(step.p95Ms), number(config.stopP95Ms), at));
        return StressOutcome::Reason::P95;
    }
    if (config.stopOnThroughputPlateau && previous && previous->level > 0 && previous->throughput > 0) {
        const double loadRise = step.level / previous->level - 1.0;
        const double throughputRise = step.throughput / previous->throughput - 1.0;
        if (loadRise > 0 && throughputRise < 0.25 * loadRise) {
            say(Text::tr("throughput no longer rises: %1 requests/s at %2 after %3 requests/s at %4 "
                         "(%5 % for %6 % more load)")
                    .arg(number(step.throughput, 0), at, number(previous->throughput, 0),
                         levelText(config, previous->level), number(100.0 * throughputRise),
                         number(100.0 * loadRise, 0)));
            return StressOutcome::Reason::ThroughputPlateau;
        }
    }
    return StressOutcome::Reason::None;
}

LoadRunner::LoadRunner(Setup setup)
    : m_setup(std::move(setup))
{
    m_result.config = m_setup.config;
}

LoadRunner::~LoadRunner()
{
    stopWorkers();
}

qint64 LoadRunner::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_setup.origin).count();
}

void LoadRunner::event(RunEvent::Level level, const QString& message)
{
    if (m_callbacks && m_callbacks->event)
        m_callbacks->event(level, message);
}

qint64 LoadRunner::plannedMs() const
{
    const LoadConfig& c = m_setup.config;
    const bool closed = c.model == LoadConfig::Model::Closed;
    const auto spawnMs = [&](double users) { return closed && c.spawnRate > 0 ? qint64(1000.0 * users / c.spawnRate) : 0; };
    switch (c.kind) {
    case LoadConfig::Kind::Load:
    case LoadConfig::Kind::Endurance:
        return spawnMs(c.users) + c.warmupMs + c.durationMs;
    case LoadConfig::Kind::ConcurrencySweep:
        return spawnMs(c.levels.isEmpty() ? 0 : c.levels.last()) + c.warmupMs
            + qint64(c.levels.size()) * (c.stepDurationMs + 1000);
    case LoadConfig::Kind::Stress:
        return spawnMs(c.maxLevel) + c.warmupMs + qint64(stressStepCount(c)) * (c.stepDurationMs + 1500) + c.recoveryMs;
    }
    return 1;
}

double LoadRunner::progress() const
{
    return std::clamp(double(nowMs() - m_startMs) / double(std::max<qint64>(1, plannedMs())), 0.0, 0.99);
}

void LoadRunner::startWorkers(double maxLevel)
{
    const LoadConfig& c = m_setup.config;
    const bool closed = c.model == LoadConfig::Model::Closed;
    int threads = m_setup.threads > 0 ? m_setup.threads : std::max(1, QThread::idealThreadCount());
    if (closed)
        threads = std::clamp(int(std::ceil(maxLevel)), 1, threads);
    const int wanted = c.connections > 0 ? c.connections : (closed ? int(std::ceil(maxLevel)) : c.maxInFlight);
    const int perWorker = std::max(1, (wanted + threads - 1) / threads);
    m_result.threads = threads;
    m_result.connections = perWorker * threads;
    raiseFileLimit(m_result.connections);
    for (int w = 0; w < threads; ++w) {
        LoadWorkerSetup setup;
        setup.model = c.model;
        setup.variants = m_setup.variants;
        setup.expected = m_setup.expected;
        setup.weights = m_setup.weights;
        setup.thinkMinMs = c.thinkMinMs;
        setup.thinkMaxMs = c.thinkMaxMs;
        setup.maxInFlight = std::max(1, (c.maxInFlight + threads - 1) / threads);
        setup.transport = m_setup.transport;
        setup.options = m_setup.options;
        setup.options.maxConnectionsPerHost = perWorker;
        setup.seed = m_setup.seed;
        setup.origin = m_setup.origin;
        m_workers.push_back(std::make_unique<LoadWorker>(std::move(setup), w));
    }
}

void LoadRunner::raiseFileLimit(int connections)
{
    // Every connection is a descriptor; the default soft limit (often 1024) would cap thousands of them with
    // "too many open files". Raise it towards the hard limit, and say so when even that is too low.
    const rlim_t wanted = rlim_t(connections) + 256;
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    if (setrlimit(RLIMIT_NOFILE, &raised) != 0)
        raised = limit;
    if (raised.rlim_cur < wanted)
        event(RunEvent::Level::Warning,
              Text::tr("%1 connections need %2 open files, but this process may open only %3 (ulimit -n): "
                       "some connections will fail")
                  .arg(connections)
                  .arg(qulonglong(wanted))
                  .arg(qulonglong(raised.rlim_cur)));
}

void LoadRunner::stopWorkers()
{
    for (auto& worker : m_workers)
        worker->beginStop(2000ms);
    for (auto& worker : m_workers)
        worker->waitStopped();
}

void LoadRunner::setLevel(double level)
{
    m_level = level;
    if (std::abs(level - m_postedLevel) < 1e-9 || m_workers.empty())
        return;
    m_postedLevel = level;
    const auto count = qint64(m_workers.size());
    if (m_setup.config.model == LoadConfig::Model::Closed) {
        const auto users = qint64(std::floor(level + 1e-9));
        for (qint64 w = 0; w < count; ++w)
            m_workers[std::size_t(w)]->setLevel(double(users / count + (w < users % count ? 1 : 0)));
    } else {
        for (auto& worker : m_workers)
            worker->setLevel(level / double(count));
    }
}

void LoadRunner::collect()
{
    for (auto& worker : m_workers) {
        LoadSeconds seconds = worker->take();
        for (auto& [second, data] : seconds) {
            auto it = m_open.find(second);
            if (it == m_open.end())
                m_open.emplace(second, std::move(data));
            else
                it->second.merge(data);
        }
    }
}

void LoadRunner::sampleTargetMemory()
{
    if (m_targetMemory)
        m_result.targetMemory.append(m_targetMemory->takeSamples());
}

bool LoadRunner::drive(qint64 untilMs, const std::function<double(qint64)>& level)
{
    for (;;) {
        const qint64 now = nowMs();
        if (m_callbacks->cancelled && m_callbacks->cancelled())
            return false;
        const double value = level(now);
        setLevel(value);
        SecondInfo& info = m_seconds[now / 1000];
        info.levelSum += value;
        ++info.ticks;
        collect();
        sampleTargetMemory();
        finalizeSeconds(false);
        if (m_callbacks->tick)
            m_callbacks->tick();
        if (now >= untilMs)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(kTickMs, untilMs - now)));
    }
}

bool LoadRunner::ramp(double from, double to)
{
    const LoadConfig& c = m_setup.config;
    if (c.model != LoadConfig::Model::Closed || c.spawnRate <= 0 || to <= from)
        return drive(nowMs(), [to](qint64) { return to; });
    const qint64 start = nowMs();
    const auto duration = qint64(std::ceil(1000.0 * (to - from) / c.spawnRate));
    return drive(start + duration, [=](qint64 now) {
        return std::min(to, from + c.spawnRate * double(now - start) / 1000.0);
    });
}

int LoadRunner::measure(LoadStage::Role role, double level, qint64 durationMs,
                        const std::function<double(double)>& levelAt)
{
    const qint64 now = nowMs();
    const qint64 first = now % 1000 == 0 ? now / 1000 : now / 1000 + 1;
    if (!drive(first * 1000, [level, &levelAt](qint64) { return levelAt ? levelAt(0.0) : level; }))
        return -1;
    const qint64 seconds = std::max<qint64>(1, (durationMs + 999) / 1000);
    const qint64 end = first + seconds;
    const int index = m_nextStageIndex++;
    StageAgg& agg = m_stages[index];
    agg.stage.index = index;
    agg.stage.role = role;
    agg.stage.level = levelAt ? levelAt(1.0) : level;
    agg.stage.startMs = first * 1000;
    agg.stage.endMs = end * 1000;
    agg.firstSecond = first;
    agg.endSecond = end;
    agg.endpoints.resize(std::size_t(m_setup.variants.size()));
    const bool endurance = m_setup.config.kind == LoadConfig::Kind::Endurance && role == LoadStage::Role::Hold;
    const qint64 interval = std::max<qint64>(1, m_setup.config.intervalMs / 1000);
    if (endurance) {
        m_holdStage = index;
        m_intervalSeconds = interval;
        m_nextStageIndex += int((seconds + interval - 1) / interval);
    }
    for (qint64 s = first; s < end; ++s) {
        SecondInfo& info = m_seconds[s];
        info.stage = index;
        if (endurance)
            info.interval = index + 1 + int((s - first) / interval);
    }
    m_currentStage = index;
    const bool ok = drive(end * 1000, [&](qint64 t) {
        return levelAt ? levelAt(std::clamp(double(t - first * 1000) / double(seconds * 1000), 0.0, 1.0)) : level;
    });
    m_currentStage = -1;
    return ok ? index : -1;
}

bool LoadRunner::warmUp(double level)
{
    const int warmupMs = m_setup.config.warmupMs;
    return warmupMs <= 0 || drive(nowMs() + warmupMs, [level](qint64) { return level; });
}

bool LoadRunner::waitFinal(int index, double level)
{
    while (m_stages.contains(index)) {
        if (!drive(nowMs() + kTickMs, [level](qint64) { return level; }))
            return false;
    }
    return true;
}

void LoadRunner::finalizeSeconds(bool all)
{
    // The last second that ended at least kSettleMs ago (floor division: -1 in the run's first 1.3 s).
    const qint64 settled = nowMs() - 1000 - kSettleMs;
    qint64 last = settled >= 0 ? settled / 1000 : -1;
    if (all) {
        // Up to the second now running; the schedule's future seconds (a cancelled stage) never happened.
        last = nowMs() / 1000;
        if (!m_open.empty())
            last = std::max(last, m_open.rbegin()->first);
    }
    while (m_lastFinalSecond < last) {
        const qint64 second = ++m_lastFinalSecond;
        const auto data = m_open.find(second);
        finalizeSecond(second, data == m_open.end() ? nullptr : &data->second);
        if (data != m_open.end())
            m_open.erase(data);
        m_seconds.erase(second);
    }
    // Seconds before the first measured one (login, seeding) never appear; a late straggler merges nowhere.
    while (!m_open.empty() && m_open.begin()->first <= m_lastFinalSecond)
        m_open.erase(m_open.begin());
    if (all)
        m_seconds.clear();
}

void LoadRunner::finalizeSecond(qint64 second, const LoadSecond* data)
{
    const auto infoIt = m_seconds.find(second);
    if (!data && infoIt == m_seconds.end())
        return;
    const SecondInfo info = infoIt == m_seconds.end() ? SecondInfo {} : infoIt->second;

    LoadPoint point;
    point.second = second;
    point.level = info.ticks > 0 ? info.levelSum / info.ticks : m_level;
    point.stage = info.stage;
    LatencyHistogram corrected;
    LatencyHistogram raw;
    if (data) {
        for (const EndpointSecond& endpoint : data->endpoints) {
            corrected.merge(endpoint.corrected.histogram());
            raw.merge(endpoint.raw);
            const CellStatistics stats = endpoint.corrected.statistics(1.0);
            point.failures += stats.failureCount();
            point.bytesReceived += stats.bytesReceived;
        }
        point.requests = corrected.count();
        point.dropped = data->dropped;
        point.late = data->late;
    }
    point.p50Ms = ms(corrected.percentile(50));
    point.p95Ms = ms(corrected.percentile(95));
    point.p99Ms = ms(corrected.percentile(99));
    point.maxMs = ms(corrected.max());
    point.rawP50Ms = ms(raw.percentile(50));
    point.rawP95Ms = ms(raw.percentile(95));
    point.rawP99Ms = ms(raw.percentile(99));
    point.rawMaxMs = ms(raw.max());
    if (m_generator) {
        const GeneratorMonitor::Reading reading = m_generator->sample();
        point.generatorCpuPercent = reading.cpuPercent;
        point.generatorRssMb = reading.rssMb;
        // Late requests mean the generator's loop fell behind its schedule: saturated when more than 1 % are.
        const bool saturated = reading.cpuPercent > kSaturatedCpuShare * 100.0 * m_cores
            || point.late > std::max<quint64>(1, point.requests / 100);
        if (saturated && point.stage >= 0) {
            ++m_result.saturatedSeconds;
            if (!std::exchange(m_saturatedWarned, true))
                event(RunEvent::Level::Warning,
                      Text::tr("The load generator is saturated (CPU %1 % of %2 %, %3 requests late): its numbers "
                               "are suspect while it lasts")
                          .arg(number(reading.cpuPercent, 0))
                          .arg(100 * m_cores)
                          .arg(point.late));
        }
    }
    m_result.totalRequests += point.requests;
    m_result.totalFailures += point.failures;
    m_result.totalDropped += point.dropped;
    m_result.totalLate += point.late;
    m_result.series.append(point);
    m_newPoints.append(point);
    if (point.requests > 0)
        m_newSeries.append(TimeSeriesPoint { second, point.requests, point.failures, point.p50Ms, point.p95Ms,
                                             point.p99Ms, point.maxMs });

    const auto feed = [&](int index, bool cells) {
        if (index < 0)
            return;
        auto it = m_stages.find(index);
        if (it == m_stages.end()) {
            if (cells || !m_intervalSeconds)
                return; // a stage already final (cancelled runs)
            // An endurance interval, created when its first second is final: bounded memory for any duration.
            const StageAgg& hold = m_stages.at(m_holdStage);
            const qint64 j = index - m_holdStage - 1;
            StageAgg& agg = m_stages[index];
            agg.withCells = false;
            agg.firstSecond = hold.firstSecond + j * *m_intervalSeconds;
            agg.endSecond = std::min(hold.endSecond, agg.firstSecond + *m_intervalSeconds);
            agg.stage.index = index;
            agg.stage.role = LoadStage::Role::Interval;
            agg.stage.level = hold.stage.level;
            agg.stage.startMs = agg.firstSecond * 1000;
            agg.stage.endMs = agg.endSecond * 1000;
            agg.endpoints.resize(hold.endpoints.size());
            it = m_stages.find(index);
        }
        if (data)
            addToStage(it->second, *data);
        if (second >= it->second.endSecond - 1)
            finalizeStage(it->second);
    };
    // The interval first: the hold stage (which creates intervals) must still exist while its last one is made.
    feed(info.interval, false);
    feed(info.stage, true);
}

void LoadRunner::addToStage(StageAgg& agg, const LoadSecond& data)
{
    static thread_local std::mt19937_64 rng(0x5EED);
    for (std::size_t e = 0; e < std::min(agg.endpoints.size(), data.endpoints.size()); ++e) {
        const EndpointSecond& in = data.endpoints[e];
        EndpointAgg& out = agg.endpoints[e];
        agg.corrected.merge(in.corrected.histogram());
        agg.raw.merge(in.raw);
        agg.all.merge(in.corrected);
        if (!agg.withCells)
            continue;
        out.corrected.merge(in.corrected);
        for (const auto& [kind, message] : in.errorSamples)
            addErrorSample(out.errorSamples, kind, message);
        // Algorithm R over the kept samples: a uniform sample of the whole stage for significance tests.
        constexpr auto cap = std::size_t(MeasurementConfig::kMaxSamplesPerCell);
        for (const qint64 sample : in.corrected.rawSamples()) {
            ++out.seen;
            if (out.reservoir.size() < cap) {
                out.reservoir.push_back(sample);
            } else {
                const quint64 j = std::uniform_int_distribution<quint64>(0, out.seen - 1)(rng);
                if (j < cap)
                    out.reservoir[std::size_t(j)] = sample;
            }
        }
    }
    agg.stage.dropped += data.dropped;
    agg.stage.late += data.late;
}

void LoadRunner::finalizeStage(StageAgg& agg)
{
    LoadStage stage = agg.stage;
    const qint64 endSecond = std::min(agg.endSecond, m_lastFinalSecond + 1);
    const double seconds = double(std::max<qint64>(1, endSecond - agg.firstSecond));
    stage.endMs = endSecond * 1000;
    const CellStatistics all = agg.all.statistics(seconds);
    stage.requests = all.count;
    stage.failures = all.failureCount();
    stage.failuresByKind = all.failures;
    stage.throughput = all.throughput;
    stage.meanMs = all.meanMs;
    stage.p50Ms = ms(agg.corrected.percentile(50));
    stage.p95Ms = ms(agg.corrected.percentile(95));
    stage.p99Ms = ms(agg.corrected.percentile(99));
    stage.maxMs = ms(agg.corrected.max());
    stage.rawP50Ms = ms(agg.raw.percentile(50));
    stage.rawP95Ms = ms(agg.raw.percentile(95));
    stage.rawP99Ms = ms(agg.raw.percentile(99));
    stage.rawMaxMs = ms(agg.raw.max());
    m_result.stages.append(stage);

    if (agg.withCells) {
        for (std::size_t e = 0; e < agg.endpoints.size(); ++e) {
            if (m_setup.variants.value(qsizetype(e)).isEmpty())
                continue;
            EndpointAgg& endpoint = agg.endpoints[e];
            CellResult cell;
            cell.sizeIndex = stage.index;
            cell.finishedMs = nowMs();
            cell.size = int(std::lround(stage.level));
            cell.records = m_setup.records;
            cell.endpointIndex = int(e);
            cell.endpoint = m_setup.names.value(qsizetype(e));
            cell.method = m_setup.methods.value(qsizetype(e));
            cell.path = m_setup.paths.value(qsizetype(e));
            cell.stats = endpoint.corrected.statistics(seconds);
            cell.histogram = endpoint.corrected.histogram();
            cell.samplesNs = QList<qint64>(endpoint.reservoir.begin(), endpoint.reservoir.end());
            cell.errorSamples = endpoint.errorSamples;
            m_newCells.append(std::move(cell));
        }
    }
    // Named as the tables and reports name it ("Step 3", "Level 2", "Interval 4", "Hold", "Recovery").
    const QString role = results::loadStageName(stage, m_result);
    event(stage.failures > 0 ? RunEvent::Level::Warning : RunEvent::Level::Info,
          Text::tr("%1 at %2: %3 requests/s, p95 %4 ms, p99 %5 ms, %6 % errors")
              .arg(role, levelText(m_setup.config, stage.level), number(stage.throughput, 0), number(stage.p95Ms, 2),
                   number(stage.p99Ms, 2), number(stage.errorRatePercent(), 2)));
    m_stages.erase(stage.index);
}

void LoadRunner::run(const Callbacks& callbacks)
{
    m_callbacks = &callbacks;
    m_startMs = nowMs();
    m_lastFinalSecond = m_startMs / 1000 - 1;
    const LoadConfig& c = m_setup.config;
    const bool closed = c.model == LoadConfig::Model::Closed;
    m_cores = std::max(1, GeneratorMonitor::coreCount());
    m_generator = std::make_unique<GeneratorMonitor>();
    if (!c.memoryMetricsUrl.isEmpty() || c.memoryPid > 0) {
        m_targetMemory = std::make_unique<TargetMemoryMonitor>(m_setup.origin);
        const qint64 span = c.kind == LoadConfig::Kind::Endurance || c.kind == LoadConfig::Kind::Load ? c.durationMs
                                                                                                       : plannedMs();
        m_targetMemory->setIntervalMs(int(std::clamp<qint64>(span / 60, 1000, 5000)));
        if (!c.memoryMetricsUrl.isEmpty())
            m_targetMemory->start(QUrl(c.memoryMetricsUrl));
        else
            m_targetMemory->start(c.memoryPid);
        m_result.targetMemorySource = m_targetMemory->sourceDescription();
    }

    double maxLevel = loadStartLevel(c);
    if (c.kind == LoadConfig::Kind::Stress)
        maxLevel = c.maxLevel;
    else if (c.kind == LoadConfig::Kind::ConcurrencySweep)
        maxLevel = c.levels.isEmpty() ? 1 : c.levels.last();
    startWorkers(maxLevel);
    event(RunEvent::Level::Info,
          Text::tr("%1, %2: %3 worker thread(s), up to %4 connection(s)")
              .arg(loadKindLabel(c.kind), loadModelLabel(c.model))
              .arg(m_result.threads)
              .arg(m_result.connections));

    switch (c.kind) {
    case LoadConfig::Kind::Load:
    case LoadConfig::Kind::Endurance: {
        const double level = loadStartLevel(c);
        if (!ramp(0, level) || !warmUp(level))
            break;
        std::function<double(double)> levelAt;
        if (!closed && c.rampToRate > 0 && c.kind == LoadConfig::Kind::Load)
            levelAt = [from = c.rate, to = c.rampToRate](double f) { return from + (to - from) * f; };
        measure(LoadStage::Role::Hold, level, c.durationMs, levelAt);
        break;
    }
    case LoadConfig::Kind::ConcurrencySweep: {
        double previous = 0;
        for (qsizetype k = 0; k < c.levels.size(); ++k) {
            const double level = c.levels.at(k);
            if (!ramp(previous, level) || (k == 0 && !warmUp(level)))
                break;
            if (measure(LoadStage::Role::Hold, level, c.stepDurationMs) < 0)
                break;
            previous = level;
        }
        break;
    }
    case LoadConfig::Kind::Stress:
        runStress();
        break;
    }

    setLevel(0);
    stopWorkers();
    collect();
    sampleTargetMemory();
    finalizeSeconds(true);
    while (!m_stages.empty()) // cancelled: what was measured of the current stage is kept
        finalizeStage(m_stages.begin()->second);
    std::sort(m_result.stages.begin(), m_result.stages.end(),
              [](const LoadStage& a, const LoadStage& b) { return a.index < b.index; });
    if (m_targetMemory) {
        m_targetMemory->stop();
        sampleTargetMemory();
        m_result.targetMemoryError = m_targetMemory->errorString();
        if (!m_result.targetMemoryError.isEmpty())
            event(RunEvent::Level::Warning, m_result.targetMemoryError);
    }
    if (m_callbacks->tick)
        m_callbacks->tick();
    m_callbacks = nullptr;
}

void LoadRunner::runStress()
{
    const LoadConfig& c = m_setup.config;
    const double start = loadStartLevel(c);
    StressOutcome& outcome = m_result.stress;
    if (!ramp(0, start) || !warmUp(start)) {
        outcome.reason = StressOutcome::Reason::Cancelled;
        return;
    }
    const auto stageAt = [this](int index) -> const LoadStage* {
        for (const LoadStage& stage : m_result.stages)
            if (stage.index == index)
                return &stage;
        return nullptr;
    };
    double previousLevel = start;
    int previous = -1;
    for (int k = 0;; ++k) {
        const double level = start + k * c.step;
        if (level > c.maxLevel + 1e-9) {
            outcome.reason = StressOutcome::Reason::MaxLevel;
            break;
        }
        const int index = ramp(previousLevel, level) ? measure(LoadStage::Role::Step, level, c.stepDurationMs) : -1;
        if (index < 0 || !waitFinal(index, level)) {
            outcome.reason = StressOutcome::Reason::Cancelled;
            break;
        }
        QString detail;
        const StressOutcome::Reason reason = stressStopReason(c, *stageAt(index), stageAt(previous), &detail);
        if (reason != StressOutcome::Reason::None) {
            outcome.reason = reason;
            outcome.breakingStage = index;
            if (previous >= 0)
                outcome.lastGoodStage = previous;
            outcome.detail = detail;
            event(RunEvent::Level::Warning, Text::tr("Breaking point: %1").arg(detail));
            break;
        }
        previous = index;
        previousLevel = level;
    }
    if (outcome.reason == StressOutcome::Reason::MaxLevel) {
        if (previous >= 0)
            outcome.lastGoodStage = previous;
        outcome.detail = Text::tr("reached the maximum of %1 without meeting a stop condition")
                             .arg(levelText(c, previousLevel));
        event(RunEvent::Level::Info, Text::tr("Stress ramp ended: %1").arg(outcome.detail));
    }
    if (outcome.breakingStage && c.recoveryMs > 0) {
        const int index = measure(LoadStage::Role::Recovery, start, c.recoveryMs);
        if (index >= 0)
            outcome.recoveryStage = index;
    }
}

} // namespace scalescope
