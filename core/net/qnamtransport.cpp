// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/qnamtransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#ifndef QT_NO_SSL
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

namespace scalescope {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kTimeoutScanMs = 10;

QString displayHost(const QUrl& url)
{
    const QString host = url.host();
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return bracketed + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

FailureKind mapError(QNetworkReply::NetworkError error, int status)
{
    using E = QNetworkReply;
    // Qt turns HTTP error statuses into content/protocol/server errors; at transport level they are
    // answers, classified by the engine.
    if (status > 0 && error >= E::ContentAccessDenied && error != E::ProtocolUnknownError && error != E::ProtocolFailure)
        return FailureKind::None;
    switch (error) {
    case E::NoError:
        return FailureKind::None;
    case E::ConnectionRefusedError:
        return FailureKind::ConnectionRefused;
    case E::HostNotFoundError:
        return FailureKind::Dns;
    case E::SslHandshakeFailedError:
        return FailureKind::Tls;
    case E::TimeoutError:
        return FailureKind::Timeout;
    case E::RemoteHostClosedError:
        return FailureKind::ConnectionClosed;
    case E::OperationCanceledError:
        return FailureKind::Cancelled;
    case E::ProtocolUnknownError:
    case E::ProtocolFailure:
    case E::ProtocolInvalidOperationError:
        return FailureKind::Protocol;
    default:
        return FailureKind::Other;
    }
}

} // namespace

struct QnamPending {
    HttpRequest request;
    Transport::Completion done;
    QString hostKey;
    Clock::time_point deadline;
    Clock::time_point start;
    QNetworkReply* reply = nullptr;
    bool timedOut = false;
    bool cancelled = false;
    HttpResult result;
};
using QnamPendingPtr = std::unique_ptr<QnamPending>;

struct QnamHostQueue {
    std::deque<QnamPendingPtr> waiting;
    int inFlight = 0;
};

class QnamTransport::Private {
public:
    Q_DECLARE_TR_FUNCTIONS(scalescope::QnamTransport)
public:

    explicit Private(const TransportOptions& options);
    ~Private();
    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    void send(HttpRequest&& request, Completion&& done);
    void abortAll();
    void pump(const QString& hostKey);
    void dispatch(QnamPendingPtr p);
    void onFinished(QNetworkReply* reply);
    void scanTimeouts();
    void complete(QnamPendingPtr p);
    void deliverReady();

    TransportOptions m_options;
    QNetworkProxy m_proxy;
    QString m_proxyError;
    std::unique_ptr<QObject> m_context; ///< receiver of every reply connection; deleted first
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QTimer* m_timeoutTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    std::unordered_map<QString, QnamHostQueue> m_hosts;
    std::unordered_map<QNetworkReply*, QnamPendingPtr> m_inFlight;
    std::vector<QnamPendingPtr> m_ready;
    int m_pendingCount = 0;
    int m_depth = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

QnamTransport::Private::Private(const TransportOptions& options)
    : m_options(options)
    , m_context(std::make_unique<QObject>())
    , m_manager(std::make_unique<QNetworkAccessManager>())
    , m_timeoutTimer(new QTimer(m_context.get()))
    , m_flushTimer(new QTimer(m_context.get()))
{
    m_options.maxConnectionsPerHost = std::max(1, m_options.maxConnectionsPerHost);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_manager->setTransferTimeout(m_options.timeoutMs);
    if (!m_options.proxy.isEmpty()) {
        const QUrl proxyUrl(m_options.proxy);
        if (!proxyUrl.isValid() || proxyUrl.host().isEmpty() || proxyUrl.port() <= 0
            || (proxyUrl.scheme() != u"http" && proxyUrl.scheme() != u"socks5")) {
            m_proxyError = tr("Invalid proxy \"%1\": expected http://host:port or socks5://host:port")
                               .arg(proxyUrl.toDisplayString(QUrl::RemoveUserInfo));
        } else {
            m_proxy = QNetworkProxy(proxyUrl.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                    proxyUrl.host(), static_cast<quint16>(proxyUrl.port()), proxyUrl.userName(),
                                    proxyUrl.password());
            m_manager->setProxy(m_proxy);
        }
    } else {
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }
    m_timeoutTimer->setInterval(kTimeoutScanMs);
    QObject::connect(m_timeoutTimer, &QTimer::timeout, m_context.get(), [this] { scanTimeouts(); });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    QObject::connect(m_flushTimer, &QTimer::timeout, m_context.get(), [this] { deliverReady(); });
}

QnamTransport::Private::~Private()
{
    *m_alive = false;
    m_context.reset(); // no reply signal reaches us from here on
    for (auto& [reply, pending] : m_inFlight) {
        reply->abort();
        delete reply;
    }
    m_inFlight.clear();
    m_manager.reset();
}

void QnamTransport::Private::send(HttpRequest&& request, Completion&& done)
{
    ++m_pendingCount;
    auto p = std::make_unique<QnamPending>();
    p->done = std::move(done);
    p->deadline = Clock::now() + std::chrono::milliseconds(m_options.timeoutMs);
    if (!m_timeoutTimer->isActive())
        m_timeoutTimer->start();
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        p->result.failure = FailureKind::Other;
        p->result.errorMessage = tr("Cannot send a request to %1: only valid http:// and https:// URLs are supported")
                                     .arg(request.url.toDisplayString(QUrl::RemoveUserInfo));
        complete(std::move(p));
        return;
    }
    if (!m_proxyError.isEmpty()) {
        p->result.failure = FailureKind::Other;
        p->result.errorMessage = m_proxyError;
        complete(std::move(p));
        return;
    }
    p->hostKey = scheme + u"://" + displayHost(request.url);
    p->request = std::move(request);
    const QString key = p->hostKey;
    m_hosts[key].waiting.push_back(std::move(p));
    pump(key);
}

void QnamTransport::Private::pump(const QString& hostKey)
{
    QnamHostQueue& host = m_hosts[hostKey];
    while (!host.waiting.empty() && host.inFlight < m_options.maxConnectionsPerHost) {
        QnamPendingPtr p = std::move(host.waiting.front());
        host.waiting.pop_front();
        ++host.inFlight;
        dispatch(std::move(p));
    }
}

void QnamTransport::Private::dispatch(QnamPendingPtr p)
{
    const HttpRequest& request = p->request;
    QNetworkRequest networkRequest(request.url);
    for (const HttpHeader& header : request.headers)
        networkRequest.setRawHeader(header.name, header.value);
    const bool plainHttp = request.url.scheme() == u"http";
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    if (m_options.http2 && plainHttp)
        networkRequest.setAttribute(QNetworkRequest::Http2DirectAttribute, true); // h2c, prior knowledge
#ifndef QT_NO_SSL
    if (!m_options.verifyTls && !plainHttp) {
        QSslConfiguration ssl = networkRequest.sslConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        networkRequest.setSslConfiguration(ssl);
    }
#endif
    p->start = Clock::now();
    QNetworkReply* reply = nullptr;
    if (request.method == "GET" && request.body.isEmpty())
        reply = m_manager->get(networkRequest);
    else if (request.method == "HEAD")
        reply = m_manager->head(networkRequest);
    else
        reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    p->result.bytesSent = request.body.size();
    p->reply = reply;
    if (!m_options.verifyTls) {
        QObject::connect(reply, &QNetworkReply::sslErrors, m_context.get(), [reply] { reply->ignoreSslErrors(); });
    }
    QObject::connect(reply, &QNetworkReply::finished, m_context.get(), [this, reply] { onFinished(reply); });
    m_inFlight.emplace(reply, std::move(p));
}

void QnamTransport::Private::onFinished(QNetworkReply* reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    ++m_depth;
    QnamPendingPtr p = std::move(it->second);
    m_inFlight.erase(it);
    HttpResult& result = p->result;
    result.latency = Clock::now() - p->start;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qint64 headerBytes = 0;
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.append(HttpHeader { name, value });
        headerBytes += name.size() + value.size() + 4;
    }
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // aborted replies are closed
    result.bytesReceived = body.size() + (result.status > 0 ? headerBytes + 17 : 0); // + status line
    if (body.size() > m_options.maxBodyBytes)
        body.truncate(std::max<qint64>(0, m_options.maxBodyBytes));
    result.body = std::move(body);

    const QNetworkReply::NetworkError error = reply->error();
    FailureKind kind = mapError(error, result.status);
    // Only abortAll() cancels on purpose; otherwise it was our deadline or QNAM's transfer timeout
    // (which Qt 6.4 reports as OperationCanceledError).
    if (error == QNetworkReply::OperationCanceledError)
        kind = p->cancelled && !p->timedOut ? FailureKind::Cancelled : FailureKind::Timeout;
    result.failure = kind;
    if (kind != FailureKind::None) {
        const QString host = displayHost(p->request.url);
        if (kind == FailureKind::Timeout)
            result.errorMessage = tr("No response from %1 within %2 ms").arg(host).arg(m_options.timeoutMs);
        else if (kind == FailureKind::Cancelled)
            result.errorMessage = tr("Request to %1 cancelled").arg(host);
        else
            result.errorMessage = tr("Request to %1 failed: %2").arg(host, reply->errorString());
    }
    reply->deleteLater();
    const QString key = p->hostKey;
    --m_hosts[key].inFlight;
    complete(std::move(p));
    pump(key);
    if (--m_depth == 0)
        deliverReady();
}

void QnamTransport::Private::scanTimeouts()
{
    ++m_depth;
    const auto now = Clock::now();
    for (auto& [key, host] : m_hosts) {
        while (!host.waiting.empty() && host.waiting.front()->deadline <= now) {
            QnamPendingPtr p = std::move(host.waiting.front());
            host.waiting.pop_front();
            p->result.failure = FailureKind::Timeout;
            p->result.errorMessage = tr("No response from %1 within %2 ms")
                                         .arg(displayHost(p->request.url))
                                         .arg(m_options.timeoutMs);
            complete(std::move(p));
        }
    }
    std::vector<QNetworkReply*> expired;
    for (auto& [reply, pending] : m_inFlight) {
        if (pending->deadline <= now) {
            pending->timedOut = true;
            expired.push_back(reply);
        }
    }
    for (QNetworkReply* reply : expired)
        reply->abort(); // finished() runs synchronously and completes the request
    if (m_pendingCount == 0)
        m_timeoutTimer->stop();
    if (--m_depth == 0)
        deliverReady();
}

void QnamTransport::Private::abortAll()
{
    ++m_depth; // replies finish synchronously inside abort(): collect, deliver from the event loop
    for (auto& [key, host] : m_hosts) {
        while (!host.waiting.empty()) {
            QnamPendingPtr p = std::move(host.waiting.front());
            host.waiting.pop_front();
            p->result.failure = FailureKind::Cancelled;
            p->result.errorMessage = tr("Request to %1 cancelled").arg(displayHost(p->request.url));
            complete(std::move(p));
        }
    }
    std::vector<QNetworkReply*> replies;
    replies.reserve(m_inFlight.size());
    for (auto& [reply, pending] : m_inFlight) {
        pending->cancelled = true;
        replies.push_back(reply);
    }
    for (QNetworkReply* reply : replies)
        reply->abort();
    --m_depth;
    if (!m_ready.empty() && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void QnamTransport::Private::complete(QnamPendingPtr p)
{
    m_ready.push_back(std::move(p));
    if (m_depth == 0 && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void QnamTransport::Private::deliverReady()
{
    if (m_ready.empty())
        return;
    std::vector<QnamPendingPtr> batch;
    batch.swap(m_ready);
    const std::shared_ptr<bool> alive = m_alive;
    for (QnamPendingPtr& p : batch) {
        --m_pendingCount;
        Completion done = std::move(p->done);
        HttpResult result = std::move(p->result);
        p.reset();
        done(std::move(result));
        if (!*alive)
            return;
    }
}

QnamTransport::QnamTransport(const TransportOptions& options)
    : d(std::make_unique<Private>(options))
{
}

QnamTransport::~QnamTransport() = default;

void QnamTransport::send(HttpRequest request, Completion done)
{
    d->send(std::move(request), std::move(done));
}

void QnamTransport::abortAll()
{
    d->abortAll();
}

int QnamTransport::pendingCount() const
{
    return d->m_pendingCount;
}

QString QnamTransport::name() const
{
    return QStringLiteral("qnam");
}

} // namespace scalescope
