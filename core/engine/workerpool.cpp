// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/workerpool.h"

#include "engine/timeseriesrecorder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QObject>
#include <QThread>

#include <algorithm>

namespace scalescope {

// ---------------------------------------------------------------------------------------------
// Batch

Batch::Batch(QList<HttpRequest> requests, QList<int> expectedStatus, TransportKind transport, bool keepBodies)
    : m_requests(std::move(requests))
    , m_expected({ std::move(expectedStatus) })
    , m_transport(transport)
    , m_keepBodies(keepBodies)
    , m_outcomes(std::size_t(m_requests.size()))
{
}

Batch::Batch(QList<HttpRequest> requests, QList<QList<int>> expectedPerGroup, QList<int> groupOfRequest,
             TransportKind transport)
    : m_requests(std::move(requests))
    , m_expected(std::move(expectedPerGroup))
    , m_groupOfRequest(std::move(groupOfRequest))
    , m_transport(transport)
    , m_keepBodies(false)
    , m_outcomes(std::size_t(m_requests.size()))
{
    Q_ASSERT(m_groupOfRequest.size() == m_requests.size());
}

int Batch::finishedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

void Batch::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_changed.wakeAll();
}

bool Batch::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

std::optional<int> Batch::take()
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled || m_next >= m_requests.size())
        return std::nullopt;
    ++m_inFlight;
    return m_next++;
}

void Batch::complete(int index, const HttpResult& result)
{
    RequestOutcome outcome;
    outcome.failure = classifyResult(result, m_expected.at(m_groupOfRequest.isEmpty() ? 0 : m_groupOfRequest.at(index)));
    outcome.status = result.status;
    outcome.latency = result.latency;
    outcome.bytesReceived = result.bytesReceived;
    outcome.bytesSent = result.bytesSent;
    outcome.completed = true;
    if (outcome.failure != FailureKind::None) {
        if (!result.errorMessage.isEmpty()) {
            outcome.errorMessage = result.errorMessage;
        } else {
            const HttpRequest& request = m_requests.at(index);
            //: %1 = status code, %2 = method, %3 = path, %4 = start of the response body
            outcome.errorMessage = QCoreApplication::translate("scalescope::Batch", "HTTP %1 from %2 %3: %4")
                                       .arg(result.status)
                                       .arg(QString::fromLatin1(request.method), request.url.path(),
                                            QString::fromUtf8(result.body.left(200)).simplified());
        }
    }
    if (m_series && outcome.failure != FailureKind::Cancelled)
        m_series->add(TimeSeriesRecorder::Clock::now(), outcome.latency, outcome.failure != FailureKind::None);
    if (m_keepBodies) {
        outcome.body = result.body;
        outcome.location = headerValue(result.headers, "location");
    }
    QMutexLocker lock(&m_mutex);
    m_outcomes[std::size_t(index)] = std::move(outcome);
    --m_inFlight;
    ++m_finished;
    m_changed.wakeAll();
}

bool Batch::waitDone(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    const auto done = [this] { return m_inFlight == 0 && (m_cancelled || m_next >= m_requests.size()); };
    if (!done())
        m_changed.wait(&m_mutex, QDeadlineTimer(timeoutMs));
    return done();
}

// ---------------------------------------------------------------------------------------------
// PoolWorker: lives in one pool thread; all its members are touched only there.

class PoolWorker : public QObject {
public:
    explicit PoolWorker(const TransportOptions& options)
        : m_options(options)
    {
    }

    // Starts @p chains request chains: each sends one request, and on completion the next one.
    void start(const std::shared_ptr<Batch>& batch, int chains)
    {
        m_current = batch;
        for (int i = 0; i < chains; ++i)
            pump(batch);
    }

    void abortAll()
    {
        if (m_lean)
            m_lean->abortAll();
        if (m_qnam)
            m_qnam->abortAll();
    }

    void shutdown()
    {
        m_current.reset();
        m_lean.reset();
        m_qnam.reset();
    }

private:
    Transport& transport(TransportKind kind)
    {
        auto& slot = kind == TransportKind::Lean ? m_lean : m_qnam;
        if (!slot)
            slot = createTransport(kind, m_options);
        return *slot;
    }

    void pump(const std::shared_ptr<Batch>& batch)
    {
        const std::optional<int> index = batch->take();
        if (!index)
            return;
        transport(batch->transport()).send(batch->request(*index), [this, batch, i = *index](HttpResult result) {
            batch->complete(i, result);
            pump(batch);
        });
    }

    TransportOptions m_options;
    std::unique_ptr<Transport> m_lean;
    std::unique_ptr<Transport> m_qnam;
    std::shared_ptr<Batch> m_current;
};

// ---------------------------------------------------------------------------------------------
// WorkerPool

WorkerPool::WorkerPool(int threadCount, const TransportOptions& options)
{
    threadCount = std::max(1, threadCount);
    for (int i = 0; i < threadCount; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("scalescope-worker-%1").arg(i));
        auto* worker = new PoolWorker(options);
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
}

WorkerPool::~WorkerPool()
{
    for (PoolWorker* worker : m_workers) {
        // Transports must die in their own thread. The same event quits the loop afterwards: a quit()
        // from here could end the loop before this event ran, leaking the worker.
        QMetaObject::invokeMethod(worker, [worker] {
            worker->shutdown();
            delete worker;
            QThread::currentThread()->quit();
        });
    }
    for (QThread* thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void WorkerPool::run(const std::shared_ptr<Batch>& batch, int concurrency, const std::function<void()>& tick, int tickMs)
{
    if (batch->size() == 0)
        return;
    concurrency = std::clamp(concurrency, 1, batch->size());
    const int workers = std::min<int>(int(m_workers.size()), concurrency);
    for (int w = 0; w < workers; ++w) {
        const int chains = concurrency / workers + (w < concurrency % workers ? 1 : 0);
        PoolWorker* worker = m_workers[std::size_t(w)];
        QMetaObject::invokeMethod(worker, [worker, batch, chains] { worker->start(batch, chains); });
    }
    while (!batch->waitDone(tickMs)) {
        if (tick)
            tick();
    }
    if (tick)
        tick();
}

void WorkerPool::abort(const std::shared_ptr<Batch>& batch)
{
    batch->cancel();
    for (PoolWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, [worker] { worker->abortAll(); });
}

QString WorkerPool::transportName(TransportKind kind)
{
    return kind == TransportKind::Lean ? QStringLiteral("lean-http1") : QStringLiteral("qnam");
}

} // namespace scalescope
