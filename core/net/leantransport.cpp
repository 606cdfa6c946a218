// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/leantransport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <http_parser.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/epoll.h>
#endif

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <functional>
#include <vector>

namespace scalescope {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kTimeoutScanMs = 5;
constexpr std::size_t kReadBufferSize = 64 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The OpenSSL error queue as one line (and emptied, so the next call starts clean).
QString takeOpenSslErrors()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer {};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer.data());
    }
    return text;
}

bool containsLineBreak(const QByteArray& text)
{
    return text.contains('\r') || text.contains('\n');
}

} // namespace

/// One request from send() to its completion.
struct LeanPending {
    Transport::Completion done;
    QByteArray wire; ///< the serialized request, headers and body
    Clock::time_point deadline;
    Clock::time_point writeStart;
    HttpResult result;
    bool head = false;
    bool retried = false;
};
using PendingPtr = std::unique_ptr<LeanPending>;

struct LeanConnection;

/// Readiness of a transport's sockets, reported to one handler. On Linux the sockets are in one level-triggered
/// epoll set behind a single QSocketNotifier: Qt's event dispatchers poll() every enabled notifier on every loop
/// iteration, which costs O(connections) per event and dominates with thousands of connections per thread.
/// Elsewhere each socket gets a QSocketNotifier pair. Same semantics either way: level-triggered read and write
/// interest, switched on and off per socket; errors and hang-ups are reported as readiness.
class SocketWatcher {
public:
    using Handler = std::function<void(LeanConnection*, bool readable, bool writable)>;

    explicit SocketWatcher(Handler handler);
    ~SocketWatcher();
    SocketWatcher(const SocketWatcher&) = delete;
    SocketWatcher& operator=(const SocketWatcher&) = delete;

    /// Starts watching c->fd with write interest only (a connect in progress).
    void add(LeanConnection* c);
    void set(LeanConnection* c, bool read, bool write);
    /// Before c->fd is closed.
    void remove(LeanConnection* c);

private:
    Handler m_handler;
#ifdef __linux__
    void dispatch();
    int m_epoll = -1;
    QSocketNotifier* m_notifier = nullptr;
    std::vector<LeanConnection*> m_byFd; ///< fd → connection (nullptr when none)
    quint32 m_generation = 0;
#endif
};

/// Everything the transport knows about one (scheme, host, port).
struct LeanHostPool {
    bool tls = false;
    QString host; ///< as in the URL, without IPv6 brackets
    quint16 port = 0;
    QString display; ///< "host:port" (IPv6 in brackets) for messages
    QByteArray hostHeader;
    QByteArray sniName; ///< empty for IP literals
    enum class Resolve { None, Pending, Done } resolve = Resolve::None;
    std::vector<sockaddr_storage> addresses;
    std::deque<PendingPtr> queue;
    std::vector<std::unique_ptr<LeanConnection>> connections;
    std::vector<LeanConnection*> idle;
    qint64 maxBodyBytes = 0;
    int connecting = 0; ///< connections not yet ready (TCP connect or TLS handshake in progress)
    SSL_SESSION* session = nullptr;

    ~LeanHostPool();
};

struct LeanConnection {
    enum class State { Connecting, Handshaking, Idle, Busy };

    LeanHostPool* pool = nullptr;
    int fd = -1;
    State state = State::Connecting;
    std::size_t addressIndex = 0;
    SocketWatcher* watcher = nullptr; ///< set while c->fd is watched
    bool watchRead = false;
    bool watchWrite = false;
    quint32 generation = 0; ///< tells a reused fd's events from an old connection's
    QSocketNotifier* readNotifier = nullptr; ///< without epoll
    QSocketNotifier* writeNotifier = nullptr;
    SSL* ssl = nullptr;
    BIO* networkIn = nullptr; ///< owned by ssl: bytes received, to decrypt
    BIO* networkOut = nullptr; ///< owned by ssl: encrypted bytes to send
    QByteArray out; ///< bytes to write to the socket (plain request or TLS records)
    qsizetype outPos = 0;
    PendingPtr current;
    http_parser parser {};
    QByteArray headerField;
    QByteArray headerValue;
    bool inHeaderValue = false;
    bool responseStarted = false;
    bool messageComplete = false;
    bool keepAlive = true;
    int served = 0;
    Clock::time_point connectStart;
    Clock::time_point completedAt;
    std::chrono::nanoseconds connectTime { 0 };

    LeanConnection() = default;
    LeanConnection(const LeanConnection&) = delete;
    LeanConnection& operator=(const LeanConnection&) = delete;
    ~LeanConnection() { closeSocket(); }

    void closeSocket()
    {
        if (watcher)
            watcher->remove(this);
        if (ssl) {
            SSL_free(ssl);
            ssl = nullptr;
        }
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }
};

SocketWatcher::SocketWatcher(Handler handler)
    : m_handler(std::move(handler))
{
#ifdef __linux__
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll >= 0) {
        m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] { dispatch(); });
    }
#endif
}

SocketWatcher::~SocketWatcher()
{
#ifdef __linux__
    delete m_notifier;
    if (m_epoll >= 0)
        ::close(m_epoll);
#endif
}

void SocketWatcher::add(LeanConnection* c)
{
    c->watcher = this;
    c->watchRead = false;
    c->watchWrite = true;
#ifdef __linux__
    if (m_epoll >= 0) {
        c->generation = ++m_generation;
        if (std::size_t(c->fd) >= m_byFd.size())
            m_byFd.resize(std::size_t(c->fd) + 1, nullptr);
        m_byFd[std::size_t(c->fd)] = c;
        epoll_event event {};
        event.events = EPOLLOUT;
        event.data.u64 = (quint64(c->generation) << 32) | quint32(c->fd);
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c->fd, &event);
        return;
    }
#endif
    c->readNotifier = new QSocketNotifier(c->fd, QSocketNotifier::Read);
    c->readNotifier->setEnabled(false);
    QObject::connect(c->readNotifier, &QSocketNotifier::activated, c->readNotifier, [this, c] { m_handler(c, true, false); });
    c->writeNotifier = new QSocketNotifier(c->fd, QSocketNotifier::Write);
    QObject::connect(c->writeNotifier, &QSocketNotifier::activated, c->writeNotifier, [this, c] { m_handler(c, false, true); });
}

void SocketWatcher::set(LeanConnection* c, bool read, bool write)
{
    if (c->watchRead == read && c->watchWrite == write)
        return;
    c->watchRead = read;
    c->watchWrite = write;
#ifdef __linux__
    if (m_epoll >= 0) {
        epoll_event event {};
        event.events = (read ? EPOLLIN : 0u) | (write ? EPOLLOUT : 0u);
        event.data.u64 = (quint64(c->generation) << 32) | quint32(c->fd);
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c->fd, &event);
        return;
    }
#endif
    c->readNotifier->setEnabled(read);
    c->writeNotifier->setEnabled(write);
}

void SocketWatcher::remove(LeanConnection* c)
{
    c->watcher = nullptr;
#ifdef __linux__
    if (m_epoll >= 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c->fd, nullptr);
        if (std::size_t(c->fd) < m_byFd.size() && m_byFd[std::size_t(c->fd)] == c)
            m_byFd[std::size_t(c->fd)] = nullptr;
        return;
    }
#endif
    delete c->readNotifier;
    c->readNotifier = nullptr;
    delete c->writeNotifier;
    c->writeNotifier = nullptr;
}

#ifdef __linux__
void SocketWatcher::dispatch()
{
    std::array<epoll_event, 256> events {};
    const int count = ::epoll_wait(m_epoll, events.data(), int(events.size()), 0);
    for (int k = 0; k < count; ++k) {
        const quint64 data = events[std::size_t(k)].data.u64;
        const auto fd = std::size_t(quint32(data));
        const auto generation = quint32(data >> 32);
        // A handler may have closed this connection (or another may own its fd by now): look it up afresh.
        LeanConnection* c = fd < m_byFd.size() ? m_byFd[fd] : nullptr;
        if (!c || c->generation != generation)
            continue;
        const quint32 what = events[std::size_t(k)].events;
        const bool failed = what & (EPOLLERR | EPOLLHUP);
        const bool writable = c->watchWrite && ((what & EPOLLOUT) || failed);
        const bool readable = !writable && (c->watchRead && ((what & EPOLLIN) || failed));
        if (writable || readable)
            m_handler(c, readable, writable);
        else if (failed)
            set(c, false, false); // nobody listens: stop the level-triggered report (the owner notices on use)
    }
}
#endif

LeanHostPool::~LeanHostPool()
{
    connections.clear();
    if (session)
        SSL_SESSION_free(session);
}

class LeanTransport::Private {
public:
    Q_DECLARE_TR_FUNCTIONS(scalescope::LeanTransport)
public:

    explicit Private(const TransportOptions& options);
    ~Private();
    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    void send(HttpRequest&& request, Completion&& done);
    void abortAll();

    TransportOptions m_options;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<SocketWatcher> m_watcher; ///< before m_pools: connections leave it when they close
    std::vector<std::unique_ptr<LeanHostPool>> m_pools;
    std::vector<PendingPtr> m_ready; ///< completed, waiting to be delivered
    int m_pendingCount = 0;
    int m_depth = 0; ///< > 0 while inside a handler: completions are delivered when it returns
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QTimer* m_timeoutTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    SSL_CTX* m_sslContext = nullptr;
    QString m_sslContextError;
    std::unique_ptr<char[]> m_buffer { new char[kReadBufferSize] };
    std::unique_ptr<char[]> m_plain { new char[kReadBufferSize] };

    /// Delivers completions when the outermost handler returns; never touch `this` after it.
    class Scope {
    public:
        explicit Scope(Private* d)
            : m_d(d)
        {
            ++m_d->m_depth;
        }
        ~Scope()
        {
            if (--m_d->m_depth == 0)
                m_d->deliverReady();
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Private* m_d;
    };

    LeanHostPool* poolFor(const QUrl& url, bool tls, QString* error);
    static QByteArray serialize(const HttpRequest& request, const LeanHostPool& pool, QString* error);

    void complete(PendingPtr p);
    void fail(PendingPtr p, FailureKind kind, const QString& message);
    void deliverReady();

    void pump(LeanHostPool* pool);
    void startResolve(LeanHostPool* pool);
    void onResolved(LeanHostPool* pool, const QHostInfo& info);
    void openConnection(LeanHostPool* pool);
    void startConnect(LeanConnection* c);
    void checkConnect(LeanConnection* c);
    void connectFailed(LeanConnection* c, int error);
    void connected(LeanConnection* c);
    void connectionReady(LeanConnection* c);
    void failHead(LeanHostPool* pool, FailureKind kind, const QString& message);
    void destroyConnection(LeanConnection* c);

    bool ensureSslContext();
    void continueHandshake(LeanConnection* c);
    void tlsFailed(LeanConnection* c, const QString& reason);
    bool drainTlsOutput(LeanConnection* c);

    void assign(LeanConnection* c, PendingPtr p);
    bool flushOut(LeanConnection* c);
    void onReadable(LeanConnection* c);
    void onWritable(LeanConnection* c);
    bool incoming(LeanConnection* c, const char* data, std::size_t size);
    bool feed(LeanConnection* c, const char* data, std::size_t size);
    void finishResponse(LeanConnection* c);
    void peerClosed(LeanConnection* c, int error);
    void scanTimeouts();

    static int onHeaderField(http_parser* parser, const char* at, std::size_t length);
    static int onHeaderValue(http_parser* parser, const char* at, std::size_t length);
    static int onHeadersComplete(http_parser* parser);
    static int onBody(http_parser* parser, const char* at, std::size_t length);
    static int onMessageComplete(http_parser* parser);
    static const http_parser_settings s_parserSettings;
};

const http_parser_settings LeanTransport::Private::s_parserSettings = {
    nullptr, // on_message_begin
    nullptr, // on_url
    nullptr, // on_status
    &LeanTransport::Private::onHeaderField,
    &LeanTransport::Private::onHeaderValue,
    &LeanTransport::Private::onHeadersComplete,
    &LeanTransport::Private::onBody,
    &LeanTransport::Private::onMessageComplete,
    nullptr, // on_chunk_header
    nullptr, // on_chunk_complete
};

LeanTransport::Private::Private(const TransportOptions& options)
    : m_options(options)
    , m_timeout(std::max(1, options.timeoutMs))
    , m_timeoutTimer(new QTimer)
    , m_flushTimer(new QTimer)
{
    m_watcher = std::make_unique<SocketWatcher>([this](LeanConnection* c, bool readable, bool writable) {
        if (writable)
            onWritable(c);
        else if (readable)
            onReadable(c);
    });
    m_options.maxConnectionsPerHost = std::max(1, m_options.maxConnectionsPerHost);
    m_options.maxBodyBytes = std::max<qint64>(0, m_options.maxBodyBytes);
    m_timeoutTimer->setInterval(kTimeoutScanMs);
    QObject::connect(m_timeoutTimer, &QTimer::timeout, m_timeoutTimer, [this] { scanTimeouts(); });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    QObject::connect(m_flushTimer, &QTimer::timeout, m_flushTimer, [this] { deliverReady(); });
}

LeanTransport::Private::~Private()
{
    *m_alive = false;
    // Deleting the timer also drops pending host lookups: it is their context object.
    delete m_timeoutTimer;
    delete m_flushTimer;
    m_pools.clear();
    m_ready.clear();
    if (m_sslContext)
        SSL_CTX_free(m_sslContext);
}

LeanHostPool* LeanTransport::Private::poolFor(const QUrl& url, bool tls, QString* error)
{
    const QString host = url.host(QUrl::FullyEncoded);
    const int port = url.port(tls ? 443 : 80);
    for (const auto& pool : m_pools) {
        if (pool->port == port && pool->tls == tls && pool->host == host)
            return pool.get();
    }
    if (host.isEmpty() || port <= 0 || port > 65535) {
        *error = tr("Invalid URL %1: a host name and a port are required")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return nullptr;
    }

    auto pool = std::make_unique<LeanHostPool>();
    pool->tls = tls;
    pool->host = host;
    pool->port = static_cast<quint16>(port);
    pool->maxBodyBytes = m_options.maxBodyBytes;
    const bool ipv6 = host.contains(u':');
    const QString bracketed = ipv6 ? u'[' + host + u']' : host;
    pool->display = bracketed + u':' + QString::number(port);
    pool->hostHeader = (port == (tls ? 443 : 80)) ? bracketed.toLatin1() : pool->display.toLatin1();

    QHostAddress numeric;
    if (numeric.setAddress(host)) {
        sockaddr_storage storage {};
        if (numeric.protocol() == QAbstractSocket::IPv6Protocol) {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(pool->port);
            const Q_IPV6ADDR bytes = numeric.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof(bytes.c));
            in6->sin6_scope_id = numeric.scopeId().toUInt();
        } else {
            auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(pool->port);
            in4->sin_addr.s_addr = htonl(numeric.toIPv4Address());
        }
        pool->addresses.push_back(storage);
        pool->resolve = LeanHostPool::Resolve::Done;
    } else {
        pool->sniName = host.toLatin1();
    }
    m_pools.push_back(std::move(pool));
    return m_pools.back().get();
}

QByteArray LeanTransport::Private::serialize(const HttpRequest& request, const LeanHostPool& pool, QString* error)
{
    if (request.method.isEmpty() || containsLineBreak(request.method) || request.method.contains(' ')) {
        *error = tr("Invalid HTTP method \"%1\" for %2").arg(QString::fromLatin1(request.method), pool.display);
        return {};
    }
    QByteArray target = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');

    bool hasHost = false;
    bool hasLength = false;
    qsizetype headerBytes = 0;
    for (const HttpHeader& header : request.headers) {
        if (header.name.isEmpty() || containsLineBreak(header.name) || containsLineBreak(header.value)
            || header.name.contains(':')) {
            *error = tr("Invalid header \"%1\" in a request to %2: names must not be empty, and neither names nor values may contain line breaks")
                         .arg(QString::fromLatin1(header.name), pool.display);
            return {};
        }
        hasHost = hasHost || header.name.compare("host", Qt::CaseInsensitive) == 0;
        hasLength = hasLength || header.name.compare("content-length", Qt::CaseInsensitive) == 0
            || header.name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
        headerBytes += header.name.size() + header.value.size() + 4;
    }
    const bool sendLength = !hasLength
        && (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH");

    QByteArray wire;
    wire.reserve(request.method.size() + target.size() + pool.hostHeader.size() + headerBytes + request.body.size() + 64);
    wire.append(request.method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (!hasHost)
        wire.append("Host: ").append(pool.hostHeader).append("\r\n");
    for (const HttpHeader& header : request.headers)
        wire.append(header.name).append(": ").append(header.value).append("\r\n");
    if (sendLength)
        wire.append("Content-Length: ").append(QByteArray::number(request.body.size())).append("\r\n");
    wire.append("\r\n").append(request.body);
    return wire;
}

void LeanTransport::Private::send(HttpRequest&& request, Completion&& done)
{
    ++m_pendingCount;
    auto p = std::make_unique<LeanPending>();
    p->done = std::move(done);
    p->deadline = Clock::now() + m_timeout;
    if (!m_timeoutTimer->isActive())
        m_timeoutTimer->start();

    const QString scheme = request.url.scheme();
    const bool tls = scheme == u"https";
    if (!request.url.isValid() || (!tls && scheme != u"http")) {
        fail(std::move(p), FailureKind::Other,
             tr("Cannot send a request to %1: only valid http:// and https:// URLs are supported")
                 .arg(request.url.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    QString error;
    LeanHostPool* pool = poolFor(request.url, tls, &error);
    if (!pool) {
        fail(std::move(p), FailureKind::Other, error);
        return;
    }
    p->wire = serialize(request, *pool, &error);
    if (p->wire.isEmpty()) {
        fail(std::move(p), FailureKind::Other, error);
        return;
    }
    p->head = request.method == "HEAD";
    p->result.bytesSent = p->wire.size();
    pool->queue.push_back(std::move(p));
    pump(pool);
}

void LeanTransport::Private::complete(PendingPtr p)
{
    m_ready.push_back(std::move(p));
    // Inside a handler the Scope delivers on return; elsewhere (send(), a completion) defer to the
    // event loop, so send() never completes synchronously and a failing closed loop cannot starve it.
    if (m_depth == 0 && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void LeanTransport::Private::fail(PendingPtr p, FailureKind kind, const QString& message)
{
    p->result.failure = kind;
    p->result.errorMessage = message;
    complete(std::move(p));
}

void LeanTransport::Private::deliverReady()
{
    if (m_ready.empty())
        return;
    std::vector<PendingPtr> batch;
    batch.swap(m_ready);
    const std::shared_ptr<bool> alive = m_alive;
    for (PendingPtr& p : batch) {
        --m_pendingCount;
        Completion done = std::move(p->done);
        HttpResult result = std::move(p->result);
        p.reset();
        done(std::move(result));
        if (!*alive)
            return; // the completion destroyed the transport; `batch` is local and only holds our data
    }
}

void LeanTransport::Private::pump(LeanHostPool* pool)
{
    while (!pool->queue.empty()) {
        if (pool->resolve != LeanHostPool::Resolve::Done) {
            if (pool->resolve == LeanHostPool::Resolve::None)
                startResolve(pool);
            return;
        }
        if (!pool->idle.empty()) {
            LeanConnection* c = pool->idle.back();
            pool->idle.pop_back();
            PendingPtr p = std::move(pool->queue.front());
            pool->queue.pop_front();
            assign(c, std::move(p));
            continue;
        }
        const auto waiting = static_cast<qsizetype>(pool->queue.size());
        const auto open = static_cast<int>(pool->connections.size());
        if (pool->connecting < waiting && open < m_options.maxConnectionsPerHost) {
            openConnection(pool);
            continue;
        }
        break;
    }
}

void LeanTransport::Private::startResolve(LeanHostPool* pool)
{
    pool->resolve = LeanHostPool::Resolve::Pending;
    // QHostInfo resolves on Qt's lookup thread; the timer is the context object, so the callback
    // is dropped if the transport is destroyed first.
    QHostInfo::lookupHost(pool->host, m_timeoutTimer,
                          [this, pool](const QHostInfo& info) { onResolved(pool, info); });
}

void LeanTransport::Private::onResolved(LeanHostPool* pool, const QHostInfo& info)
{
    Scope scope(this);
    pool->addresses.clear();
    if (info.error() == QHostInfo::NoError) {
        for (const QHostAddress& address : info.addresses()) {
            sockaddr_storage storage {};
            if (address.protocol() == QAbstractSocket::IPv6Protocol) {
                auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
                in6->sin6_family = AF_INET6;
                in6->sin6_port = htons(pool->port);
                const Q_IPV6ADDR bytes = address.toIPv6Address();
                std::memcpy(&in6->sin6_addr, bytes.c, sizeof(bytes.c));
            } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
                in4->sin_family = AF_INET;
                in4->sin_port = htons(pool->port);
                in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            } else {
                continue;
            }
            pool->addresses.push_back(storage);
        }
    }
    if (pool->addresses.empty()) {
        // Not cached: the next request looks the name up again.
        pool->resolve = LeanHostPool::Resolve::None;
        const QString reason = info.error() == QHostInfo::NoError ? tr("no address found") : info.errorString();
        const QString message = tr("Cannot resolve host name %1: %2").arg(pool->host, reason);
        while (!pool->queue.empty()) {
            PendingPtr p = std::move(pool->queue.front());
            pool->queue.pop_front();
            fail(std::move(p), FailureKind::Dns, message);
        }
        return;
    }
    pool->resolve = LeanHostPool::Resolve::Done;
    pump(pool);
}

void LeanTransport::Private::openConnection(LeanHostPool* pool)
{
    auto owned = std::make_unique<LeanConnection>();
    LeanConnection* c = owned.get();
    c->pool = pool;
    c->connectStart = Clock::now();
    pool->connections.push_back(std::move(owned));
    ++pool->connecting;
    startConnect(c);
}

void LeanTransport::Private::startConnect(LeanConnection* c)
{
    const sockaddr_storage& address = c->pool->addresses[c->addressIndex];
    c->fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        connectFailed(c, errno);
        return;
    }
    const int one = 1;
    ::setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    const socklen_t length = address.ss_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    int rc = 0;
    do {
        rc = ::connect(c->fd, reinterpret_cast<const sockaddr*>(&address), length);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0 && errno != EINPROGRESS) {
        connectFailed(c, errno);
        return;
    }
    c->state = LeanConnection::State::Connecting;
    m_watcher->add(c);
    if (rc == 0)
        connected(c);
}

void LeanTransport::Private::checkConnect(LeanConnection* c)
{
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
        error = errno;
    if (error != 0)
        connectFailed(c, error);
    else
        connected(c);
}

void LeanTransport::Private::connectFailed(LeanConnection* c, int error)
{
    LeanHostPool* pool = c->pool;
    if (c->addressIndex + 1 < pool->addresses.size()) {
        c->closeSocket();
        ++c->addressIndex;
        startConnect(c);
        return;
    }
    // One connection attempt answers for one request: the oldest one waiting.
    const FailureKind kind = error == ECONNREFUSED ? FailureKind::ConnectionRefused
        : error == ETIMEDOUT                       ? FailureKind::Timeout
                                                   : FailureKind::Other;
    failHead(pool, kind, tr("Cannot connect to %1: %2").arg(pool->display, errnoText(error)));
    destroyConnection(c);
    pump(pool);
}

void LeanTransport::Private::failHead(LeanHostPool* pool, FailureKind kind, const QString& message)
{
    if (pool->queue.empty())
        return;
    PendingPtr p = std::move(pool->queue.front());
    pool->queue.pop_front();
    fail(std::move(p), kind, message);
}

void LeanTransport::Private::connected(LeanConnection* c)
{
    m_watcher->set(c, true, false);
    if (!c->pool->tls) {
        connectionReady(c);
        return;
    }
    if (!ensureSslContext()) {
        tlsFailed(c, m_sslContextError);
        return;
    }
    c->state = LeanConnection::State::Handshaking;
    ERR_clear_error();
    c->ssl = SSL_new(m_sslContext);
    c->networkIn = BIO_new(BIO_s_mem());
    c->networkOut = BIO_new(BIO_s_mem());
    if (!c->ssl || !c->networkIn || !c->networkOut) {
        // Not attached to the SSL object yet: ours to free.
        if (c->networkIn)
            BIO_free(c->networkIn);
        if (c->networkOut)
            BIO_free(c->networkOut);
        c->networkIn = c->networkOut = nullptr;
        tlsFailed(c, takeOpenSslErrors());
        return;
    }
    // A memory BIO pair: all socket I/O stays ours (MSG_NOSIGNAL, one notifier pair, one code path).
    SSL_set_bio(c->ssl, c->networkIn, c->networkOut);
    LeanHostPool* pool = c->pool;
    if (!pool->sniName.isEmpty())
        SSL_set_tlsext_host_name(c->ssl, pool->sniName.constData());
    if (m_options.verifyTls) {
        if (!pool->sniName.isEmpty()) {
            SSL_set_hostflags(c->ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            SSL_set1_host(c->ssl, pool->sniName.constData());
        } else {
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(c->ssl), pool->host.toLatin1().constData());
        }
    }
    if (pool->session)
        SSL_set_session(c->ssl, pool->session);
    SSL_set_connect_state(c->ssl);
    continueHandshake(c);
}

bool LeanTransport::Private::ensureSslContext()
{
    if (m_sslContext)
        return true;
    if (!m_sslContextError.isEmpty())
        return false;
    ERR_clear_error();
    SSL_CTX* context = SSL_CTX_new(TLS_client_method());
    if (!context) {
        m_sslContextError = tr("cannot create a TLS context: %1").arg(takeOpenSslErrors());
        return false;
    }
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_mode(context, SSL_MODE_RELEASE_BUFFERS);
    static const unsigned char kAlpn[] = { 8, 'h', 't', 't', 'p', '/', '1', '.', '1' };
    SSL_CTX_set_alpn_protos(context, kAlpn, sizeof(kAlpn));
    if (m_options.verifyTls) {
        if (SSL_CTX_set_default_verify_paths(context) != 1) {
            m_sslContextError = tr("cannot load the system certificate store: %1").arg(takeOpenSslErrors());
            SSL_CTX_free(context);
            return false;
        }
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    } else {
        SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    }
    m_sslContext = context;
    return true;
}

bool LeanTransport::Private::drainTlsOutput(LeanConnection* c)
{
    for (;;) {
        const auto pending = static_cast<qsizetype>(BIO_ctrl_pending(c->networkOut));
        if (pending <= 0)
            break;
        if (c->outPos > 0 && c->outPos == c->out.size()) {
            c->out.resize(0);
            c->outPos = 0;
        }
        const qsizetype old = c->out.size();
        c->out.resize(old + pending);
        const int read = BIO_read(c->networkOut, c->out.data() + old, static_cast<int>(pending));
        c->out.resize(old + std::max(0, read));
        if (read <= 0)
            break;
    }
    return flushOut(c);
}

void LeanTransport::Private::continueHandshake(LeanConnection* c)
{
    ERR_clear_error();
    const int rc = SSL_connect(c->ssl);
    if (!drainTlsOutput(c))
        return;
    if (rc == 1) {
        connectionReady(c);
        return;
    }
    const int error = SSL_get_error(c->ssl, rc);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return; // the read notifier brings the next records
    QString reason;
    const long verify = SSL_get_verify_result(c->ssl);
    if (verify != X509_V_OK)
        reason = QString::fromLatin1(X509_verify_cert_error_string(verify));
    const QString queued = takeOpenSslErrors();
    if (reason.isEmpty())
        reason = queued.isEmpty() ? tr("handshake failed (SSL error %1)").arg(error) : queued;
    tlsFailed(c, reason);
}

void LeanTransport::Private::tlsFailed(LeanConnection* c, const QString& reason)
{
    LeanHostPool* pool = c->pool;
    failHead(pool, FailureKind::Tls, tr("TLS handshake with %1 failed: %2").arg(pool->display, reason));
    destroyConnection(c);
    pump(pool);
}

void LeanTransport::Private::connectionReady(LeanConnection* c)
{
    LeanHostPool* pool = c->pool;
    c->connectTime = Clock::now() - c->connectStart;
    --pool->connecting;
    c->state = LeanConnection::State::Idle;
    pool->idle.push_back(c);
    pump(pool);
}

void LeanTransport::Private::destroyConnection(LeanConnection* c)
{
    LeanHostPool* pool = c->pool;
    if (c->state == LeanConnection::State::Connecting || c->state == LeanConnection::State::Handshaking)
        --pool->connecting;
    if (auto it = std::find(pool->idle.begin(), pool->idle.end(), c); it != pool->idle.end())
        pool->idle.erase(it);
    auto it = std::find_if(pool->connections.begin(), pool->connections.end(),
                           [c](const std::unique_ptr<LeanConnection>& owned) { return owned.get() == c; });
    if (it != pool->connections.end())
        pool->connections.erase(it); // closes the socket and deletes the notifiers
}

void LeanTransport::Private::assign(LeanConnection* c, PendingPtr p)
{
    c->state = LeanConnection::State::Busy;
    http_parser_init(&c->parser, HTTP_RESPONSE);
    c->parser.data = c;
    c->headerField.clear();
    c->headerValue.clear();
    c->inHeaderValue = false;
    c->responseStarted = false;
    c->messageComplete = false;
    c->keepAlive = true;
    p->result.connectTime = c->served == 0 ? c->connectTime : std::chrono::nanoseconds(0);
    p->result.headers.reserve(12); // one allocation instead of a growth series for typical responses
    c->current = std::move(p);
    LeanPending* current = c->current.get();
    if (c->ssl) {
        ERR_clear_error();
        const int written = SSL_write(c->ssl, current->wire.constData(), static_cast<int>(current->wire.size()));
        current->writeStart = Clock::now();
        if (written <= 0) {
            PendingPtr failed = std::move(c->current);
            LeanHostPool* pool = c->pool;
            fail(std::move(failed), FailureKind::Tls,
                 tr("Cannot send a request to %1 over TLS: %2").arg(pool->display, takeOpenSslErrors()));
            destroyConnection(c);
            pump(pool);
            return;
        }
        drainTlsOutput(c);
        return;
    }
    c->out = current->wire; // implicitly shared, no copy
    c->outPos = 0;
    current->writeStart = Clock::now();
    flushOut(c);
}

bool LeanTransport::Private::flushOut(LeanConnection* c)
{
    while (c->outPos < c->out.size()) {
        const ssize_t written = ::send(c->fd, c->out.constData() + c->outPos,
                                       static_cast<std::size_t>(c->out.size() - c->outPos), MSG_NOSIGNAL);
        if (written >= 0) {
            c->outPos += written;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_watcher->set(c, c->watchRead, true);
            return true;
        }
        peerClosed(c, errno);
        return false;
    }
    if (c->ssl) {
        c->out.resize(0);
    } else {
        c->out = QByteArray();
    }
    c->outPos = 0;
    if (c->watchWrite)
        m_watcher->set(c, c->watchRead, false);
    return true;
}

void LeanTransport::Private::onWritable(LeanConnection* c)
{
    Scope scope(this);
    if (c->state == LeanConnection::State::Connecting)
        checkConnect(c);
    else
        flushOut(c);
}

void LeanTransport::Private::onReadable(LeanConnection* c)
{
    Scope scope(this);
    if (c->state == LeanConnection::State::Connecting) {
        checkConnect(c);
        return;
    }
    char* buffer = m_buffer.get();
    for (;;) {
        const ssize_t received = ::recv(c->fd, buffer, kReadBufferSize, 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            peerClosed(c, errno);
            return;
        }
        if (received == 0) {
            peerClosed(c, 0);
            return;
        }
        if (!incoming(c, buffer, static_cast<std::size_t>(received)))
            return;
        if (static_cast<std::size_t>(received) < kReadBufferSize)
            return; // drained: the notifier fires again when more arrives
    }
}

/// Returns false when the caller must stop reading (connection gone, or response finished).
bool LeanTransport::Private::incoming(LeanConnection* c, const char* data, std::size_t size)
{
    if (!c->ssl) {
        if (c->state != LeanConnection::State::Busy) {
            // Bytes on an idle connection (a late 408, garbage): the connection cannot be trusted.
            LeanHostPool* pool = c->pool;
            destroyConnection(c);
            pump(pool);
            return false;
        }
        return feed(c, data, size);
    }

    BIO_write(c->networkIn, data, static_cast<int>(size));
    if (c->state == LeanConnection::State::Handshaking) {
        continueHandshake(c);
        return false;
    }
    char* plain = m_plain.get();
    for (;;) {
        ERR_clear_error();
        const int read = SSL_read(c->ssl, plain, static_cast<int>(kReadBufferSize));
        if (read > 0) {
            if (c->state != LeanConnection::State::Busy) {
                LeanHostPool* pool = c->pool;
                destroyConnection(c);
                pump(pool);
                return false;
            }
            if (!feed(c, plain, static_cast<std::size_t>(read)))
                return false;
            continue;
        }
        const int error = SSL_get_error(c->ssl, read);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
            break;
        if (error == SSL_ERROR_ZERO_RETURN) {
            peerClosed(c, 0);
            return false;
        }
        LeanHostPool* pool = c->pool;
        const QString reason = takeOpenSslErrors();
        if (c->current) {
            PendingPtr p = std::move(c->current);
            fail(std::move(p), FailureKind::Tls,
                 tr("TLS error on the connection to %1: %2").arg(pool->display, reason));
        }
        destroyConnection(c);
        pump(pool);
        return false;
    }
    // Post-handshake messages (session tickets, key updates) may need an answer.
    return drainTlsOutput(c);
}

bool LeanTransport::Private::feed(LeanConnection* c, const char* data, std::size_t size)
{
    c->responseStarted = true;
    const std::size_t parsed = http_parser_execute(&c->parser, &s_parserSettings, data, size);
    c->current->result.bytesReceived += static_cast<qint64>(parsed);
    if (c->messageComplete) {
        if (parsed < size)
            c->keepAlive = false; // bytes after a complete response: we never pipeline
        finishResponse(c);
        return false;
    }
    const auto error = HTTP_PARSER_ERRNO(&c->parser);
    if (error != HPE_OK || parsed != size) {
        LeanHostPool* pool = c->pool;
        PendingPtr p = std::move(c->current);
        fail(std::move(p), FailureKind::Protocol,
             tr("Invalid HTTP response from %1: %2")
                 .arg(pool->display, QString::fromLatin1(http_errno_description(error))));
        destroyConnection(c);
        pump(pool);
        return false;
    }
    return true;
}

void LeanTransport::Private::finishResponse(LeanConnection* c)
{
    LeanHostPool* pool = c->pool;
    PendingPtr p = std::move(c->current);
    p->result.latency = c->completedAt - p->writeStart;
    ++c->served;
    if (c->ssl && c->served == 1 && SSL_session_reused(c->ssl) == 0) {
        if (SSL_SESSION* session = SSL_get1_session(c->ssl)) {
            if (SSL_SESSION_is_resumable(session)) {
                if (pool->session)
                    SSL_SESSION_free(pool->session);
                pool->session = session;
            } else {
                SSL_SESSION_free(session);
            }
        }
    }
    if (c->keepAlive && c->parser.upgrade == 0) {
        c->state = LeanConnection::State::Idle;
        pool->idle.push_back(c);
    } else {
        destroyConnection(c);
    }
    complete(std::move(p));
    pump(pool);
}

void LeanTransport::Private::peerClosed(LeanConnection* c, int error)
{
    LeanHostPool* pool = c->pool;
    switch (c->state) {
    case LeanConnection::State::Connecting:
        connectFailed(c, error != 0 ? error : ECONNRESET);
        return;
    case LeanConnection::State::Handshaking:
        tlsFailed(c, error != 0 ? errnoText(error) : tr("the server closed the connection"));
        return;
    case LeanConnection::State::Idle:
        destroyConnection(c);
        pump(pool);
        return;
    case LeanConnection::State::Busy:
        break;
    }

    if (!c->responseStarted && c->served > 0 && !c->current->retried) {
        // A keep-alive connection the server had already given up on: nothing was processed, so
        // writing the request again on a fresh connection is safe whatever the method.
        PendingPtr p = std::move(c->current);
        p->retried = true;
        p->result.connectTime = std::chrono::nanoseconds(0);
        destroyConnection(c);
        pool->queue.push_front(std::move(p));
        pump(pool);
        return;
    }
    if (error == 0 && c->responseStarted) {
        // A response delimited by the end of the connection completes here.
        http_parser_execute(&c->parser, &s_parserSettings, nullptr, 0);
        if (c->messageComplete) {
            c->keepAlive = false;
            finishResponse(c);
            return;
        }
    }
    PendingPtr p = std::move(c->current);
    const QString message = error != 0
        ? tr("Connection to %1 lost: %2").arg(pool->display, errnoText(error))
        : tr("Connection to %1 closed by the server before the response was complete").arg(pool->display);
    fail(std::move(p), FailureKind::ConnectionClosed, message);
    destroyConnection(c);
    pump(pool);
}

void LeanTransport::Private::scanTimeouts()
{
    Scope scope(this);
    const auto now = Clock::now();
    for (const auto& owned : m_pools) {
        LeanHostPool* pool = owned.get();
        const QString message = tr("No response from %1 within %2 ms").arg(pool->display).arg(m_timeout.count());
        while (!pool->queue.empty() && pool->queue.front()->deadline <= now)
            failHead(pool, FailureKind::Timeout, message);

        std::vector<LeanConnection*> expired;
        for (const auto& connection : pool->connections) {
            LeanConnection* c = connection.get();
            const bool busyExpired = c->current && c->current->deadline <= now;
            const bool connectExpired = (c->state == LeanConnection::State::Connecting
                                         || c->state == LeanConnection::State::Handshaking)
                && c->connectStart + m_timeout <= now;
            if (busyExpired || connectExpired)
                expired.push_back(c);
        }
        for (LeanConnection* c : expired) {
            if (c->current) {
                PendingPtr p = std::move(c->current);
                fail(std::move(p), FailureKind::Timeout, message);
            }
            destroyConnection(c);
        }
        if (!expired.empty())
            pump(pool);
    }
    if (m_pendingCount == 0)
        m_timeoutTimer->stop();
}

void LeanTransport::Private::abortAll()
{
    // No Scope: complete() defers delivery to the event loop, as the contract asks.
    for (const auto& owned : m_pools) {
        LeanHostPool* pool = owned.get();
        const QString message = tr("Request to %1 cancelled").arg(pool->display);
        while (!pool->queue.empty())
            failHead(pool, FailureKind::Cancelled, message);
        std::vector<LeanConnection*> busy;
        for (const auto& connection : pool->connections) {
            if (connection->current)
                busy.push_back(connection.get());
        }
        for (LeanConnection* c : busy) {
            PendingPtr p = std::move(c->current);
            fail(std::move(p), FailureKind::Cancelled, message);
            destroyConnection(c); // its response can no longer be matched to a request
        }
    }
    if (!m_ready.empty() && !m_flushTimer->isActive())
        m_flushTimer->start();
}

int LeanTransport::Private::onHeaderField(http_parser* parser, const char* at, std::size_t length)
{
    auto* c = static_cast<LeanConnection*>(parser->data);
    if (c->inHeaderValue) {
        c->current->result.headers.append(HttpHeader { std::move(c->headerField), std::move(c->headerValue) });
        c->headerField = QByteArray();
        c->headerValue = QByteArray();
        c->inHeaderValue = false;
    }
    c->headerField.append(at, static_cast<qsizetype>(length));
    return 0;
}

int LeanTransport::Private::onHeaderValue(http_parser* parser, const char* at, std::size_t length)
{
    auto* c = static_cast<LeanConnection*>(parser->data);
    c->inHeaderValue = true;
    c->headerValue.append(at, static_cast<qsizetype>(length));
    return 0;
}

int LeanTransport::Private::onHeadersComplete(http_parser* parser)
{
    auto* c = static_cast<LeanConnection*>(parser->data);
    HttpResult& result = c->current->result;
    if (c->inHeaderValue || !c->headerField.isEmpty()) {
        result.headers.append(HttpHeader { std::move(c->headerField), std::move(c->headerValue) });
        c->headerField = QByteArray();
        c->headerValue = QByteArray();
        c->inHeaderValue = false;
    }
    const int status = static_cast<int>(parser->status_code);
    result.status = status;
    // 1 = "this response has no body": http-parser cannot know it for HEAD, and it honours a
    // Content-Length on 1xx/204/304 answers, which RFC 9110 says carry no body whatever the headers.
    const bool noBody = c->current->head || (status >= 100 && status < 200) || status == 204 || status == 304;
    return noBody ? 1 : 0;
}

int LeanTransport::Private::onBody(http_parser* parser, const char* at, std::size_t length)
{
    auto* c = static_cast<LeanConnection*>(parser->data);
    QByteArray& body = c->current->result.body;
    const qint64 room = c->pool->maxBodyBytes - body.size();
    if (room > 0)
        body.append(at, static_cast<qsizetype>(std::min<qint64>(room, static_cast<qint64>(length))));
    return 0;
}

int LeanTransport::Private::onMessageComplete(http_parser* parser)
{
    auto* c = static_cast<LeanConnection*>(parser->data);
    HttpResult& result = c->current->result;
    if (result.status >= 100 && result.status < 200 && result.status != 101) {
        // Interim response (100 Continue, 103 Early Hints): the real one follows on the same connection.
        result.headers.clear();
        result.status = 0;
        return 0;
    }
    c->completedAt = Clock::now();
    c->messageComplete = true;
    c->keepAlive = http_should_keep_alive(parser) != 0;
    http_parser_pause(parser, 1); // stop right after this message: we never pipeline
    return 0;
}

LeanTransport::LeanTransport(const TransportOptions& options)
    : d(std::make_unique<Private>(options))
{
}

LeanTransport::~LeanTransport() = default;

void LeanTransport::send(HttpRequest request, Completion done)
{
    d->send(std::move(request), std::move(done));
}

void LeanTransport::abortAll()
{
    d->abortAll();
}

int LeanTransport::pendingCount() const
{
    return d->m_pendingCount;
}

QString LeanTransport::name() const
{
    return QStringLiteral("lean-http1");
}

int LeanTransport::openConnectionCount() const
{
    int count = 0;
    for (const auto& pool : d->m_pools)
        count += static_cast<int>(pool->connections.size());
    return count;
}

} // namespace scalescope
