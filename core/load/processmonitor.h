// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Resource measurements around a load test: the generator's own CPU and memory, and the target's resident memory
// (from its Prometheus metrics or from /proc). Linux: processes are read from /proc.

#include "load/loadtypes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QThread;
class QUrl;

namespace scalescope {

/// CPU time used so far and resident memory now, of one process.
struct ProcessSample {
    double cpuSeconds = 0; ///< user + system time since the process started
    double rssMb = 0; ///< resident set size in MiB (2^20 bytes)
};

/// Reads /proc/<pid>/stat (utime + stime) and /proc/<pid>/statm (resident pages). @p pid 0 = this process.
/// nullopt when the process does not exist (or is a zombie: it has exited but was not reaped yet).
[[nodiscard]] std::optional<ProcessSample> sampleProcess(qint64 pid = 0);

/// The value of the process_resident_memory_bytes sample in a Prometheus (or OpenMetrics) text exposition, in
/// bytes: comments and other metrics are skipped, labels and exponent notation are understood. The first valid
/// sample counts; nullopt when there is none (or its value is negative, NaN or infinite).
[[nodiscard]] std::optional<double> parsePrometheusResidentMemory(QByteArrayView text);

/// CPU and memory of this process (the load generator), sampled by its caller (typically once a second).
/// Not thread-safe: one owner calls sample().
class GeneratorMonitor {
public:
    struct Reading {
        double cpuPercent = 0; ///< percent of one core since the previous sample() (200 = two cores busy)
        double rssMb = -1; ///< resident memory now, MiB; -1 if it could not be read
    };

    /// Takes the baseline: the first sample() measures the CPU used since construction.
    GeneratorMonitor();

    /// CPU over the interval since the previous call (or construction), clamped to [0, 100 × coreCount()];
    /// 0 when no time has passed.
    [[nodiscard]] Reading sample();

    /// The cores this process may use: its CPU affinity, further limited by a cgroup CPU quota when one is set.
    [[nodiscard]] static int coreCount();

private:
    std::chrono::steady_clock::time_point m_lastWall;
    double m_lastCpuSeconds = 0;
};

class TargetMemoryPoller;
struct TargetMemoryState;

/// Samples the target's resident memory every intervalMs() from a Prometheus metrics URL (HTTP GET, text format,
/// process_resident_memory_bytes) or from /proc/<pid>, on a thread of its own (with its own event loop and its own
/// QNetworkAccessManager: nothing network-related crosses threads). The first sample is taken right after start().
///
/// Each request times out after min(2000, intervalMs) ms. A failing source keeps being asked every interval (the
/// target may come back); errorString() holds the latest problem and samples resume when the source answers again.
/// All public functions are called from one thread (the owner's) and return within a few ms; takeSamples(),
/// errorString() and isFailing() may also be called from any thread while the monitor runs.
class TargetMemoryMonitor {
public:
    using Clock = std::chrono::steady_clock;

    /// Sample times are milliseconds since @p origin (the run's clock).
    explicit TargetMemoryMonitor(Clock::time_point origin);
    ~TargetMemoryMonitor(); ///< stops
    Q_DISABLE_COPY_MOVE(TargetMemoryMonitor)

    /// Period of the sampling, at least 10 ms; default 5000. Takes effect at the next start().
    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }

    /// Starts sampling @p url (http or https). Stops a previous source first and clears the samples and the error.
    /// A URL that is not http(s) sets the error and samples nothing.
    void start(const QUrl& url);
    /// Starts sampling /proc/<pid>; @p pid 0 = this process. Otherwise as start(const QUrl&).
    void start(qint64 pid);
    /// Stops sampling and joins the thread (aborting a request in flight). Samples and error stay readable.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    /// The samples taken since the previous call, oldest first (removes them). At most 100000 are kept between
    /// calls: beyond that the oldest are dropped.
    [[nodiscard]] QList<MemorySample> takeSamples();
    /// Translated: the latest problem of the source ("Metrics URL … did not answer within 2 s"); empty when it never
    /// failed since start(). Not cleared when the source recovers — see isFailing().
    [[nodiscard]] QString errorString() const;
    /// Whether the latest attempt failed.
    [[nodiscard]] bool isFailing() const;
    /// The source, safe to show and store: the URL without user info and with secret-looking query values
    /// redacted, or "pid 1234"; empty before the first start().
    [[nodiscard]] QString sourceDescription() const { return m_description; }

private:
    void launch(std::unique_ptr<TargetMemoryPoller> poller);

    const Clock::time_point m_origin;
    int m_intervalMs = 5000;
    QString m_description;
    std::shared_ptr<TargetMemoryState> m_state; ///< shared with the poller thread
    QThread* m_thread = nullptr; ///< owned; non-null while running
    TargetMemoryPoller* m_poller = nullptr; ///< lives in m_thread, deleted there
};

} // namespace scalescope
