// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotargetthread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

namespace scalescope::demo {

/// The thread owning the DemoTarget: run() creates it, reports the outcome of listen() through a
/// semaphore (start() blocks on it — no BlockingQueuedConnection), serves until quit(), and
/// destroys the target before the thread ends.
class DemoTargetThread::ServerThread final : public QThread {
public:
    ServerThread(DemoTargetOptions options, QHostAddress address, quint16 port)
        : m_options(std::move(options))
        , m_address(std::move(address))
        , m_port(port)
    {
        setObjectName(QStringLiteral("DemoTarget"));
    }

    ~ServerThread() override
    {
        quit();
        wait();
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    /// Blocks until run() has tried to listen.
    Result<QUrl> waitUntilListening()
    {
        m_ready.acquire();
        QMutexLocker lock(&m_mutex);
        if (!m_target)
            return Error { ErrorKind::Network, m_error };
        return m_url;
    }

    int recordCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_target ? m_target->recordCount() : 0;
    }

    QUrl url() const
    {
        QMutexLocker lock(&m_mutex);
        return m_target ? m_url : QUrl();
    }

protected:
    void run() override
    {
        DemoTarget target(m_options);
        const quint16 port = target.listen(m_address, m_port);
        {
            QMutexLocker lock(&m_mutex);
            if (port != 0) {
                m_target = &target;
                m_url = target.baseUrl();
            } else {
                m_error = target.errorString();
            }
        }
        m_ready.release();
        if (port == 0)
            return;
        exec(); // QThread remembers a quit() that arrives before exec() starts
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }

private:
    const DemoTargetOptions m_options;
    const QHostAddress m_address;
    const quint16 m_port;
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    const DemoTarget* m_target = nullptr; // guarded by m_mutex; set while the event loop serves
    QUrl m_url;
    QString m_error;
};

DemoTargetThread::DemoTargetThread() = default;

DemoTargetThread::~DemoTargetThread() { stop(); }

Result<QUrl> DemoTargetThread::start(const DemoTargetOptions& options, const QHostAddress& address, quint16 port)
{
    if (m_thread) {
        return Error { ErrorKind::Usage,
            QCoreApplication::translate("DemoTargetThread", "The demo target is already running on %1")
                .arg(m_thread->url().toString()) };
    }
    auto thread = std::make_unique<ServerThread>(options, address, port);
    thread->start();
    Result<QUrl> result = thread->waitUntilListening();
    if (result.ok())
        m_thread = std::move(thread); // on failure run() has returned; the destructor joins it
    return result;
}

void DemoTargetThread::stop()
{
    m_thread.reset(); // quit() + wait(); the target is destroyed in its own thread
}

bool DemoTargetThread::isRunning() const { return m_thread != nullptr; }

QUrl DemoTargetThread::baseUrl() const { return m_thread ? m_thread->url() : QUrl(); }

int DemoTargetThread::recordCount() const { return m_thread ? m_thread->recordCount() : 0; }

} // namespace scalescope::demo
