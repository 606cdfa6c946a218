// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later

// scalescope-transport-bench: a closed-loop load generator built on the ScaleScope transports, to
// compare them with wrk on the same target (see transport-vs-wrk.sh). Each thread owns one transport
// and keeps its share of the connections busy: every completion sends the next request.

#include "net/transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace scalescope;

namespace {

constexpr std::size_t kMaxSamplesPerThread = 4'000'000;

struct ThreadResult {
    quint64 completed = 0;
    quint64 failed = 0;
    std::array<quint64, kFailureKindCount> failures {};
    QString firstError;
    std::vector<qint64> latenciesNs;
};

struct BenchConfig {
    QUrl url;
    int connections = 10;
    int threads = 1;
    double durationS = 10;
    TransportKind kind = TransportKind::Lean;
    int timeoutMs = 10000;
    bool verifyTls = true;
};

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Runs in its own thread: one transport, @p connections requests in flight until the deadline.
void runWorker(const BenchConfig& config, int connections, ThreadResult* out)
{
    TransportOptions options;
    options.maxConnectionsPerHost = connections;
    options.timeoutMs = config.timeoutMs;
    options.verifyTls = config.verifyTls;
    std::unique_ptr<Transport> transport = createTransport(config.kind, options);
    out->latenciesNs.reserve(std::min<std::size_t>(kMaxSamplesPerThread, 1'000'000));

    HttpRequest request;
    request.url = config.url;
    bool stopped = false;
    QEventLoop loop;

    std::function<void()> issue;
    issue = [&] {
        transport->send(request, [&](const HttpResult& result) {
            if (stopped) {
                if (transport->pendingCount() == 0)
                    loop.quit();
                return;
            }
            ++out->completed;
            const bool ok = result.failure == FailureKind::None && result.status >= 200 && result.status < 400;
            if (!ok) {
                ++out->failed;
                const FailureKind kind = result.failure == FailureKind::None ? FailureKind::UnexpectedStatus : result.failure;
                ++out->failures[static_cast<std::size_t>(kind)];
                if (out->firstError.isEmpty())
                    out->firstError = result.errorMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(result.status)
                                                                   : result.errorMessage;
            } else if (out->latenciesNs.size() < kMaxSamplesPerThread) {
                out->latenciesNs.push_back(result.latency.count());
            }
            issue();
        });
    };
    for (int i = 0; i < connections; ++i)
        issue();
    QTimer::singleShot(std::chrono::milliseconds(qint64(config.durationS * 1000)), &loop, [&] {
        stopped = true;
        if (transport->pendingCount() == 0)
            loop.quit();
        else
            transport->abortAll();
    });
    loop.exec();
    transport.reset();
}

double percentileMs(const std::vector<qint64>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(p / 100.0 * double(sorted.size() - 1) + 0.5);
    return double(sorted[std::min(rank, sorted.size() - 1)]) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scalescope-transport-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Closed-loop HTTP benchmark of the ScaleScope transports."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("url"), QStringLiteral("Target URL."), QStringLiteral("url") });
    parser.addOption({ QStringLiteral("connections"), QStringLiteral("Requests in flight, over all threads."),
                       QStringLiteral("n"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("duration"), QStringLiteral("Seconds to run."), QStringLiteral("s"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Threads, each with its own transport."),
                       QStringLiteral("n"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("transport"), QStringLiteral("lean or qnam."), QStringLiteral("kind"), QStringLiteral("lean") });
    parser.addOption({ QStringLiteral("timeout"), QStringLiteral("Per-request timeout in ms."), QStringLiteral("ms"),
                       QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("insecure"), QStringLiteral("Do not verify TLS certificates.") });
    parser.process(app);

    const auto fail = [](const QString& message) {
        std::fprintf(stderr, "scalescope-transport-bench: %s\n", qPrintable(message));
        return 2;
    };
    BenchConfig config;
    config.url = QUrl(parser.value(QStringLiteral("url")));
    if (!config.url.isValid() || config.url.host().isEmpty()
        || (config.url.scheme() != u"http" && config.url.scheme() != u"https"))
        return fail(QStringLiteral("--url: \"%1\" is not an http:// or https:// URL").arg(parser.value(QStringLiteral("url"))));
    bool ok = false;
    config.connections = parser.value(QStringLiteral("connections")).toInt(&ok);
    if (!ok || config.connections < 1)
        return fail(QStringLiteral("--connections: expected a positive integer"));
    config.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || config.threads < 1 || config.threads > config.connections)
        return fail(QStringLiteral("--threads: expected an integer between 1 and --connections"));
    config.durationS = parser.value(QStringLiteral("duration")).toDouble(&ok);
    if (!ok || config.durationS <= 0)
        return fail(QStringLiteral("--duration: expected a positive number of seconds"));
    config.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || config.timeoutMs < 1)
        return fail(QStringLiteral("--timeout: expected a positive number of milliseconds"));
    config.verifyTls = !parser.isSet(QStringLiteral("insecure"));
    const QString kind = parser.value(QStringLiteral("transport"));
    if (kind == u"lean")
        config.kind = TransportKind::Lean;
    else if (kind == u"qnam")
        config.kind = TransportKind::Qnam;
    else
        return fail(QStringLiteral("--transport: expected lean or qnam, not \"%1\"").arg(kind));

    std::vector<ThreadResult> results(static_cast<std::size_t>(config.threads));
    std::vector<std::unique_ptr<QThread>> threads;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < config.threads; ++t) {
        const int share = config.connections / config.threads + (t < config.connections % config.threads ? 1 : 0);
        ThreadResult* out = &results[static_cast<std::size_t>(t)];
        threads.emplace_back(QThread::create([&config, share, out] { runWorker(config, share, out); }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        thread->wait();
    const double elapsedS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuUsed = cpuSeconds() - cpuBefore;

    ThreadResult total;
    for (ThreadResult& r : results) {
        total.completed += r.completed;
        total.failed += r.failed;
        for (std::size_t k = 0; k < kFailureKindCount; ++k)
            total.failures[k] += r.failures[k];
        if (total.firstError.isEmpty())
            total.firstError = r.firstError;
        total.latenciesNs.insert(total.latenciesNs.end(), r.latenciesNs.begin(), r.latenciesNs.end());
    }
    std::sort(total.latenciesNs.begin(), total.latenciesNs.end());
    // Requests are counted until the deadline; the drain after it is not part of the rate.
    const double rps = double(total.completed) / config.durationS;
    const double p50 = percentileMs(total.latenciesNs, 50);
    const double p90 = percentileMs(total.latenciesNs, 90);
    const double p99 = percentileMs(total.latenciesNs, 99);
    const double cpuUsPerRequest = total.completed ? cpuUsed * 1e6 / double(total.completed) : 0;

    std::printf("transport   %s\n", qPrintable(kind));
    std::printf("target      %s, %d connection(s), %d thread(s), %.1f s\n", qPrintable(config.url.toString()),
                config.connections, config.threads, config.durationS);
    std::printf("requests    %llu (%llu failed)\n", static_cast<unsigned long long>(total.completed),
                static_cast<unsigned long long>(total.failed));
    for (std::size_t k = 0; k < kFailureKindCount; ++k) {
        if (total.failures[k])
            std::printf("  %-20s %llu\n", qPrintable(failureKindName(static_cast<FailureKind>(k))),
                        static_cast<unsigned long long>(total.failures[k]));
    }
    if (!total.firstError.isEmpty())
        std::printf("first error %s\n", qPrintable(total.firstError));
    std::printf("requests/s  %.0f\n", rps);
    std::printf("latency     p50 %.3f ms, p90 %.3f ms, p99 %.3f ms (%zu samples)\n", p50, p90, p99,
                total.latenciesNs.size());
    std::printf("cpu         %.2f s over %.2f s wall, %.1f us per request\n", cpuUsed, elapsedS, cpuUsPerRequest);
    std::printf("RESULT transport=%s requests=%llu failed=%llu rps=%.1f p50_ms=%.4f p90_ms=%.4f p99_ms=%.4f cpu_s=%.3f "
                "cpu_us_per_req=%.2f\n",
                qPrintable(kind), static_cast<unsigned long long>(total.completed),
                static_cast<unsigned long long>(total.failed), rps, p50, p90, p99, cpuUsed, cpuUsPerRequest);
    std::fflush(stdout);
    return total.completed > 0 && total.failed < total.completed ? 0 : 1;
}
