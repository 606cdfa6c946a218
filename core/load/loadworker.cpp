// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/loadworker.h"

#include "load/loadtypes.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <queue>
#include <random>

namespace scalescope {

using Clock = std::chrono::steady_clock;

class LoadWorker::Private {
public:
    Private(LoadWorkerSetup setup, int index)
        : m_setup(std::move(setup))
        , m_rng(m_setup.seed * 0x9E3779B97F4A7C15ULL + quint64(index) + 1)
    {
        double total = 0;
        for (qsizetype e = 0; e < m_setup.variants.size(); ++e) {
            const int weight = m_setup.variants.at(e).isEmpty() ? 0 : std::max(0, m_setup.weights.value(e, 1));
            total += weight;
            m_cumulative.push_back(total);
        }
        m_nextVariant.assign(std::size_t(m_setup.variants.size()), 0);
        m_thread.setObjectName(QStringLiteral("scalescope-load-%1").arg(index));
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [this] { start(); });
    }

    ~Private()
    {
        QMetaObject::invokeMethod(&m_context, [this] {
            m_stopping = true;
            m_timer.reset();
            m_graceTimer.reset();
            if (m_transport)
                m_transport->abortAll();
            m_transport.reset();
            QThread::currentThread()->quit();
        });
        m_thread.wait();
    }

    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    void post(std::function<void()> call) { QMetaObject::invokeMethod(&m_context, std::move(call)); }

    // ---- worker thread ------------------------------------------------------------------------------

    void start()
    {
        m_transport = createTransport(m_setup.transport, m_setup.options);
        m_timer = std::make_unique<QTimer>();
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { onTimer(); });
    }

    void applyLevel(double level)
    {
        if (m_stopping || !m_transport || m_cumulative.empty() || m_cumulative.back() <= 0)
            return;
        if (m_setup.model == LoadConfig::Model::Closed) {
            m_targetUsers = std::max(0, int(std::floor(level + 1e-9)));
            while (m_runningUsers < m_targetUsers) {
                ++m_runningUsers;
                send(Clock::now());
            }
            // Users above the target retire when their current request (or think time) ends.
        } else {
            const bool wasIdle = m_rate <= 0;
            m_rate = std::max(0.0, level);
            if (m_rate > 0) {
                m_period = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / m_rate));
                if (wasIdle)
                    m_nextDue = Clock::now();
                arm();
            } else {
                m_timer->stop();
            }
        }
    }

    void stop(std::chrono::milliseconds grace)
    {
        m_stopping = true;
        if (m_timer)
            m_timer->stop();
        m_wakes = {};
        if (m_inFlight.load() == 0) {
            finishStop();
            return;
        }
        m_graceTimer = std::make_unique<QTimer>();
        m_graceTimer->setSingleShot(true);
        QObject::connect(m_graceTimer.get(), &QTimer::timeout, m_graceTimer.get(), [this] {
            if (m_transport)
                m_transport->abortAll(); // completions follow with Cancelled, not recorded
        });
        m_graceTimer->start(grace);
    }

    void finishStop()
    {
        if (!std::exchange(m_stopReleased, true))
            m_stopped.release();
    }

    int pickEndpoint()
    {
        if (m_cumulative.size() == 1)
            return 0;
        std::uniform_real_distribution<double> uniform(0.0, m_cumulative.back());
        const double x = uniform(m_rng);
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

    void send(Clock::time_point intended)
    {
        const int endpoint = pickEndpoint();
        const QList<HttpRequest>& variants = m_setup.variants.at(endpoint);
        std::size_t& next = m_nextVariant[std::size_t(endpoint)];
        const HttpRequest& request = variants.at(qsizetype(next % std::size_t(variants.size())));
        ++next;
        const Clock::time_point sent = Clock::now();
        m_inFlight.fetch_add(1, std::memory_order_relaxed);
        m_transport->send(request, [this, endpoint, intended, sent](HttpResult result) {
            completed(endpoint, intended, sent, result);
        });
    }

    void completed(int endpoint, Clock::time_point intended, Clock::time_point sent, const HttpResult& result)
    {
        m_inFlight.fetch_sub(1, std::memory_order_relaxed);
        const Clock::time_point now = Clock::now();
        if (result.failure != FailureKind::Cancelled)
            record(endpoint, intended, sent, now, result);
        if (m_stopping) {
            if (m_inFlight.load() == 0)
                finishStop();
            return;
        }
        if (m_setup.model != LoadConfig::Model::Closed)
            return;
        if (m_runningUsers > m_targetUsers) {
            --m_runningUsers;
            return;
        }
        userNext(now);
    }

    void userNext(Clock::time_point now)
    {
        const int thinkMs = m_setup.thinkMaxMs > m_setup.thinkMinMs
            ? std::uniform_int_distribution<int>(m_setup.thinkMinMs, m_setup.thinkMaxMs)(m_rng)
            : m_setup.thinkMinMs;
        if (thinkMs <= 0) {
            send(now);
            return;
        }
        m_wakes.push(now + std::chrono::milliseconds(thinkMs));
        arm();
    }

    void record(int endpoint, Clock::time_point intended, Clock::time_point sent, Clock::time_point now,
                const HttpResult& result)
    {
        const FailureKind kind = classifyResult(result, m_setup.expected.value(endpoint));
        QMutexLocker lock(&m_mutex);
        EndpointSecond& bucket = secondAt(secondOf(now)).endpoints[std::size_t(endpoint)];
        bucket.corrected.add(now - intended, kind, result.bytesReceived, result.bytesSent);
        bucket.raw.record(now - sent);
        // The message is composed only when it is kept: a storm of failures costs no string per request.
        if (kind != FailureKind::None && wantsErrorSample(bucket.errorSamples, kind))
            bucket.errorSamples.append({ kind, errorMessage(endpoint, result) });
    }

    QString errorMessage(int endpoint, const HttpResult& result) const
    {
        if (result.failure != FailureKind::None)
            return result.errorMessage;
        const HttpRequest& request = m_setup.variants.at(endpoint).first();
        //: %1 = status code, %2 = method, %3 = path, %4 = start of the response body
        return QCoreApplication::translate("scalescope::Batch", "HTTP %1 from %2 %3: %4")
            .arg(result.status)
            .arg(QString::fromLatin1(request.method), request.url.path(),
                 QString::fromUtf8(result.body.left(200)).simplified());
    }

    LoadSecond& secondAt(qint64 second) // with m_mutex held
    {
        auto it = m_seconds.find(second);
        if (it == m_seconds.end())
            it = m_seconds.try_emplace(second, int(m_setup.variants.size()), m_setup.sampleCapPerSecond).first;
        return it->second;
    }

    qint64 secondOf(Clock::time_point time) const
    {
        return std::max<qint64>(0, std::chrono::duration_cast<std::chrono::seconds>(time - m_setup.origin).count());
    }

    void onTimer()
    {
        if (m_stopping)
            return;
        const Clock::time_point now = Clock::now();
        if (m_setup.model == LoadConfig::Model::Closed) {
            while (!m_wakes.empty() && m_wakes.top() <= now) {
                m_wakes.pop();
                if (m_runningUsers > m_targetUsers)
                    --m_runningUsers;
                else
                    send(now);
            }
        } else if (m_rate > 0) {
            const auto lateBy = std::chrono::duration<double, std::milli>(kLateMs);
            quint64 dropped = 0;
            quint64 late = 0;
            while (m_nextDue <= now) {
                if (m_inFlight.load(std::memory_order_relaxed) >= m_setup.maxInFlight) {
                    // Everything due until now finds the same full pipe: count it in one step.
                    const auto behind = now - m_nextDue;
                    const qint64 count = qint64(behind / m_period) + 1;
                    dropped += quint64(count);
                    m_nextDue += m_period * count;
                    break;
                }
                if (now - m_nextDue > lateBy)
                    ++late;
                send(m_nextDue);
                m_nextDue += m_period;
            }
            if (dropped || late) {
                QMutexLocker lock(&m_mutex);
                LoadSecond& bucket = secondAt(secondOf(now));
                bucket.dropped += dropped;
                bucket.late += late;
            }
        }
        arm();
    }

    void arm()
    {
        if (m_stopping || !m_timer)
            return;
        Clock::time_point next;
        if (m_setup.model == LoadConfig::Model::Closed) {
            if (m_wakes.empty())
                return;
            next = m_wakes.top();
        } else {
            if (m_rate <= 0)
                return;
            next = m_nextDue;
        }
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now());
        const int ms = int(std::clamp<qint64>(wait.count(), 0, 60000));
        if (!m_timer->isActive() || m_timer->remainingTime() > ms)
            m_timer->start(ms);
    }

    // Set before the thread starts, then read-only.
    const LoadWorkerSetup m_setup;
    std::vector<double> m_cumulative;

    // Worker thread only.
    std::mt19937_64 m_rng;
    std::vector<std::size_t> m_nextVariant;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<QTimer> m_timer;
    std::unique_ptr<QTimer> m_graceTimer;
    int m_targetUsers = 0;
    int m_runningUsers = 0;
    std::priority_queue<Clock::time_point, std::vector<Clock::time_point>, std::greater<>> m_wakes;
    double m_rate = 0;
    Clock::duration m_period { 0 };
    Clock::time_point m_nextDue;
    bool m_stopping = false;
    bool m_stopReleased = false;

    // Shared.
    std::chrono::milliseconds m_grace { 0 }; ///< controller thread only
    bool m_stopWaited = false; ///< controller thread only
    QSemaphore m_stopped; ///< released once when stop() is complete
    std::atomic<int> m_inFlight { 0 };
    QMutex m_mutex;
    LoadSeconds m_seconds; ///< guarded by m_mutex

    QThread m_thread;
    QObject m_context; ///< lives in m_thread: the target of posted calls
};

LoadWorker::LoadWorker(LoadWorkerSetup setup, int index)
    : d(std::make_unique<Private>(std::move(setup), index))
{
}

LoadWorker::~LoadWorker() = default;

void LoadWorker::setLevel(double level)
{
    d->post([p = d.get(), level] { p->applyLevel(level); });
}

void LoadWorker::stop(std::chrono::milliseconds grace)
{
    beginStop(grace);
    waitStopped();
}

void LoadWorker::beginStop(std::chrono::milliseconds grace)
{
    if (d->m_stopWaited)
        return;
    d->m_grace = grace;
    d->post([p = d.get(), grace] { p->stop(grace); });
}

void LoadWorker::waitStopped()
{
    if (d->m_stopWaited)
        return;
    d->m_stopWaited = true;
    // The grace period, then the aborted requests' completions; never forever.
    d->m_stopped.tryAcquire(1, int(d->m_grace.count()) + 5000);
}

LoadSeconds LoadWorker::take()
{
    QMutexLocker lock(&d->m_mutex);
    return std::exchange(d->m_seconds, {});
}

int LoadWorker::inFlight() const { return d->m_inFlight.load(); }

} // namespace scalescope
