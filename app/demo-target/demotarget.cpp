// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotarget.h"

#include "lowdelaytcpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <cstring>

#include <sys/resource.h>
#include <unistd.h>

// Response texts are part of the HTTP API and mimic Django REST framework word for word (clients
// match on them), so they are not translated; only errorString() is.

namespace scalescope::demo {

namespace {

    using StatusCode = QHttpServerResponder::StatusCode;
    using Method = QHttpServerRequest::Method;

    constexpr qsizetype kTopTags = 10; ///< tags listed by the stats endpoint
    /// Listen backlog when a stall is configured: while the server thread sleeps, the kernel still
    /// completes the handshakes of new connections up to this many (Qt's default is 50); the
    /// kernel caps it at net.core.somaxconn.
    constexpr int kStallListenBacklog = 1024;
    constexpr char kLeakFill = 0x5a; ///< any non-zero byte: the pages must really be written

    const QByteArray kJsonMime = QByteArrayLiteral("application/json");
    const QByteArray kPrometheusMime = QByteArrayLiteral("text/plain; version=0.0.4");

    QHttpServerResponse json(const QJsonObject& body, StatusCode status = StatusCode::Ok)
    {
        return QHttpServerResponse(kJsonMime, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    }

    QHttpServerResponse json(const QJsonArray& body, StatusCode status = StatusCode::Ok)
    {
        return QHttpServerResponse(kJsonMime, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    }

    QHttpServerResponse detail(const QString& text, StatusCode status)
    {
        return json(QJsonObject { { QLatin1String("detail"), text } }, status);
    }

    QHttpServerResponse notFound() { return detail(QStringLiteral("Not found."), StatusCode::NotFound); }

    QHttpServerResponse unauthorized(const QString& text)
    {
        QHttpServerResponse response = detail(text, StatusCode::Unauthorized);
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token"));
        return response;
    }

    /// Comparison whose duration does not depend on where the first difference is.
    bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
    {
        unsigned char difference = a.size() == b.size() ? 0 : 1;
        const qsizetype length = qMin(a.size(), b.size());
        for (qsizetype i = 0; i < length; ++i)
            difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
        return difference == 0;
    }

    /// Parses "<positive integer>" as an id; anything else is an unknown id (→ 404, like Django's
    /// `<int:pk>` converter refusing to match).
    std::optional<qint64> parseId(const QString& text)
    {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0 || !text.at(0).isDigit())
            return std::nullopt;
        return id;
    }

    QString methodName(Method method)
    {
        const char* key = QMetaEnum::fromType<Method>().valueToKey(static_cast<int>(method));
        return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
    }

    /// Resident set size from /proc/self/statm (Linux), or nothing when it cannot be read.
    std::optional<qint64> residentMemoryBytes()
    {
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (!statm.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QList<QByteArray> fields = statm.readAll().split(' '); // size resident shared …, in pages
        bool ok = false;
        const qint64 pages = fields.size() > 1 ? fields.at(1).toLongLong(&ok) : 0;
        const long pageSize = ::sysconf(_SC_PAGESIZE);
        if (!ok || pageSize <= 0)
            return std::nullopt;
        return pages * pageSize;
    }

    /// User + system CPU time of the whole process (all threads), in seconds.
    double cpuSeconds()
    {
        rusage usage {};
        if (::getrusage(RUSAGE_SELF, &usage) != 0)
            return 0.0;
        const auto seconds = [](const timeval& time) {
            return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
        };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }

    /// Appends one metric in the Prometheus text exposition format.
    void addMetric(QByteArray* text, const char* name, const char* type, const char* help, const QByteArray& value)
    {
        *text += QByteArray("# HELP ") + name + ' ' + help + '\n';
        *text += QByteArray("# TYPE ") + name + ' ' + type + '\n';
        *text += QByteArray(name) + ' ' + value + '\n';
    }

    QString hostPort(const QHostAddress& address, quint16 port)
    {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
        return host + QLatin1Char(':') + QString::number(port);
    }

} // namespace

DemoTarget::DemoTarget(DemoTargetOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(std::make_unique<QHttpServer>())
{
    addRoutes();
}

DemoTarget::~DemoTarget() = default;

quint16 DemoTarget::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->servers().isEmpty()) {
        m_errorString = QCoreApplication::translate("DemoTarget", "The demo target is already listening on %1")
                            .arg(m_baseUrl.toString());
        return 0;
    }
    // Our own QTcpServer instead of QAbstractHttpServer::listen(), which in Qt 6.4 drops the
    // reason of a failure after logging it, and cannot set TCP_NODELAY.
    auto tcpServer = std::make_unique<LowDelayTcpServer>();
    if (m_options.stallAfterMs >= 0)
        tcpServer->setListenBacklogSize(kStallListenBacklog);
    if (!tcpServer->listen(address, port)) {
        m_errorString = QCoreApplication::translate("DemoTarget", "Cannot listen on %1: %2")
                            .arg(hostPort(address, port), tcpServer->errorString());
        return 0;
    }
    const quint16 boundPort = tcpServer->serverPort();
    m_server->bind(tcpServer.release()); // reparents the QTcpServer to m_server

    QHostAddress host = address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(host.toString());
    m_baseUrl.setPort(boundPort);
    m_errorString.clear();
    return boundPort;
}

template <typename Handler>
QHttpServerResponse DemoTarget::gated(Admission admission, Handler&& handler)
{
    if (auto refused = admit(admission))
        return std::move(*refused);
    return std::forward<Handler>(handler)();
}

void DemoTarget::addRoutes()
{
    QHttpServer& server = *m_server;
    constexpr Admission limited = Admission::Limited;
    constexpr Admission exempt = Admission::Exempt;
    // The router tries rules in the order they were added: each path first gets its real
    // methods, then a catch-all rule that answers 405 with an Allow header. Every handler goes
    // through admit() first (gated()), so the fault options apply to every request.
    server.route(QStringLiteral("/api/auth/login/"), Method::Post, [this](const QHttpServerRequest& request) {
        return gated(exempt, [&] { return login(request); });
    });
    server.route(QStringLiteral("/api/auth/login/"), [this](const QHttpServerRequest& request) {
        return gated(exempt, [&] { return methodNotAllowed(request, "POST", false); });
    });

    server.route(QStringLiteral("/metrics"), Method::Get,
        [this](const QHttpServerRequest&) { return gated(exempt, [this] { return metrics(); }); });
    server.route(QStringLiteral("/metrics"), [this](const QHttpServerRequest& request) {
        return gated(exempt, [&] { return methodNotAllowed(request, "GET", false); });
    });

    server.route(QStringLiteral("/api/prompts/"), Method::Get,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            if (auto refused = admit(limited)) {
                refused->write(std::move(responder));
                return;
            }
            auto response = std::make_shared<QHttpServerResponse>(listPrompts(request));
            const bool delayed = m_options.listDelayMs > 0 && response->statusCode() == StatusCode::Ok
                && !request.query().hasQueryItem(QStringLiteral("search"));
            if (!delayed) {
                response->write(std::move(responder));
                return;
            }
            // The simulated regression: the answer is ready, it just leaves later. A timer instead
            // of a sleep keeps the server thread free for other requests; the socket is the timer's
            // context, so a client that disconnects meanwhile cancels the write (the request
            // object the responder refers to lives exactly as long as the socket). The client must
            // not pipeline on this connection, which neither QNetworkAccessManager nor wrk do.
            auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(std::chrono::milliseconds(m_options.listDelayMs), pending->socket(),
                [pending, response] { response->write(std::move(*pending)); });
        });
    server.route(QStringLiteral("/api/prompts/"), Method::Post, [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return createPrompt(request); });
    });
    server.route(QStringLiteral("/api/prompts/"), [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return methodNotAllowed(request, "GET, POST", true); });
    });

    server.route(QStringLiteral("/api/prompts/count/"), Method::Get, [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return countPrompts(request); });
    });
    server.route(QStringLiteral("/api/prompts/count/"), [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return methodNotAllowed(request, "GET", true); });
    });

    server.route(QStringLiteral("/api/prompts/stats/"), Method::Get, [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return promptStats(request); });
    });
    server.route(QStringLiteral("/api/prompts/stats/"), [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return methodNotAllowed(request, "GET", true); });
    });

    server.route(QStringLiteral("/api/prompts/duplicates/"), Method::Get, [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return duplicatePrompts(request); });
    });
    server.route(QStringLiteral("/api/prompts/duplicates/"), [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return methodNotAllowed(request, "GET", true); });
    });

    server.route(QStringLiteral("/api/prompts/batch-validate/"), Method::Post,
        [this](const QHttpServerRequest& request) { return gated(limited, [&] { return batchValidate(request); }); });
    server.route(QStringLiteral("/api/prompts/batch-validate/"), [this](const QHttpServerRequest& request) {
        return gated(limited, [&] { return methodNotAllowed(request, "POST", true); });
    });

    server.route(QStringLiteral("/api/prompts/<arg>/"), Method::Get,
        [this](const QString& id, const QHttpServerRequest& request) {
            return gated(limited, [&] { return getPrompt(id, request); });
        });
    server.route(QStringLiteral("/api/prompts/<arg>/"), Method::Delete,
        [this](const QString& id, const QHttpServerRequest& request) {
            return gated(limited, [&] { return deletePrompt(id, request); });
        });
    server.route(QStringLiteral("/api/prompts/<arg>/"), [this](const QString& id, const QHttpServerRequest& request) {
        return gated(limited, [&] {
            if (!parseId(id))
                return notFound();
            return methodNotAllowed(request, "GET, DELETE", true);
        });
    });

    server.setMissingHandler([this](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        gated(limited, [] { return notFound(); }).write(std::move(responder));
    });
}

std::optional<QHttpServerResponse> DemoTarget::admit(Admission admission)
{
    ++m_requestsTotal;

    if (m_options.leakBytesPerRequest > 0) {
        const auto size = static_cast<std::size_t>(m_options.leakBytesPerRequest);
        auto block = std::make_unique_for_overwrite<char[]>(size);
        std::memset(block.get(), kLeakFill, size); // untouched pages would not count as resident
        m_leaked.push_back(std::move(block));
        m_leakedBytes += m_options.leakBytesPerRequest;
    }

    Clock::time_point now = Clock::now();
    if (!m_firstRequestAt)
        m_firstRequestAt = now;
    if (m_options.stallAfterMs >= 0 && !m_stalled
        && now - *m_firstRequestAt >= std::chrono::milliseconds(m_options.stallAfterMs)) {
        // Blocking the one server thread is the honest way to stop the *whole* server: nothing is
        // read, computed or written meanwhile, on any connection — responses already queued on a
        // socket leave afterwards, as do the list's delayed ones. New connections still complete
        // their handshake in the kernel's listen backlog and their requests wait in the socket
        // buffers, as on a real server in a long GC pause or a lock convoy. This request is
        // answered after the stall as well.
        m_stalled = true;
        QThread::msleep(static_cast<unsigned long>(m_options.stallMs));
        now = Clock::now();
    }

    if (admission == Admission::Exempt || m_options.maxRequestsPerSecond <= 0)
        return std::nullopt;
    // Fixed one-second windows, each starting with the first request after the previous one ended;
    // refused requests do not count.
    if (m_windowRequests == 0 || now - m_windowStart >= std::chrono::seconds(1)) {
        m_windowStart = now;
        m_windowRequests = 0;
    }
    if (m_windowRequests < m_options.maxRequestsPerSecond) {
        ++m_windowRequests;
        return std::nullopt;
    }
    ++m_rejectedTotal;
    QHttpServerResponse response = detail(QStringLiteral("over capacity"), StatusCode::ServiceUnavailable);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

std::optional<QHttpServerResponse> DemoTarget::rejectUnauthenticated(const QHttpServerRequest& request) const
{
    // DRF's TokenAuthentication: a header with another keyword is "no credentials".
    const QList<QByteArray> parts = request.value(QByteArrayLiteral("Authorization")).simplified().split(' ');
    if (parts.isEmpty() || parts.first().toLower() != "token")
        return unauthorized(QStringLiteral("Authentication credentials were not provided."));
    if (parts.size() == 1)
        return unauthorized(QStringLiteral("Invalid token header. No credentials provided."));
    if (parts.size() > 2)
        return unauthorized(QStringLiteral("Invalid token header. Token string should not contain spaces."));
    if (!m_store.userForToken(parts.at(1)))
        return unauthorized(QStringLiteral("Invalid token."));
    return std::nullopt;
}

std::optional<QHttpServerResponse> DemoTarget::parseBody(const QHttpServerRequest& request, QJsonValue* out)
{
    const QByteArray body = request.body();
    // Qt 6.4's QHttpServer has no hook to refuse a body before it is read, so the limit applies
    // to what was received; a declared Content-Length above the limit is refused just as well.
    const qint64 declared = request.value(QByteArrayLiteral("Content-Length")).toLongLong();
    if (body.size() > kMaxBodyBytes || declared > kMaxBodyBytes) {
        return detail(QStringLiteral("Request body too large: %1 bytes (the limit is %2 bytes).")
                          .arg(qMax(declared, static_cast<qint64>(body.size())))
                          .arg(kMaxBodyBytes),
            StatusCode::PayloadTooLarge);
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
    const qsizetype semicolon = contentType.indexOf(';'); // Qt 6: left(-1) is empty, not everything
    const QByteArray mediaType = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    if (!mediaType.isEmpty() && mediaType != kJsonMime) {
        return detail(QStringLiteral("Unsupported media type \"%1\" in request.").arg(QString::fromLatin1(contentType)),
            StatusCode::UnsupportedMediaType);
    }
    if (body.trimmed().isEmpty()) { // like DRF: an empty body is empty data, not a parse error
        *out = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return detail(QStringLiteral("JSON parse error - %1 at offset %2.").arg(error.errorString()).arg(error.offset),
            StatusCode::BadRequest);
    }
    *out = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return std::nullopt;
}

void DemoTarget::updateRecordCount()
{
    m_recordCount.store(static_cast<int>(m_store.count()), std::memory_order_relaxed);
}

QHttpServerResponse DemoTarget::login(const QHttpServerRequest& request)
{
    QJsonValue body;
    if (auto rejected = parseBody(request, &body))
        return std::move(*rejected);
    if (!body.isObject()) {
        return json(QJsonObject { { QLatin1String("non_field_errors"),
                        QJsonArray { QStringLiteral("Invalid data. Expected a dictionary, but got list.") } } },
            StatusCode::BadRequest);
    }
    const QJsonObject object = body.toObject();
    QJsonObject errors;
    for (const QLatin1String field : { QLatin1String("username"), QLatin1String("password") }) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined())
            errors.insert(field, QJsonArray { QStringLiteral("This field is required.") });
        else if (!value.isString())
            errors.insert(field, QJsonArray { QStringLiteral("Not a valid string.") });
        else if (value.toString().isEmpty())
            errors.insert(field, QJsonArray { QStringLiteral("This field may not be blank.") });
    }
    if (!errors.isEmpty())
        return json(errors, StatusCode::BadRequest);

    const QString username = object.value(QLatin1String("username")).toString();
    const bool userOk = constantTimeEquals(username.toUtf8(), m_options.username.toUtf8());
    const bool passwordOk
        = constantTimeEquals(object.value(QLatin1String("password")).toString().toUtf8(), m_options.password.toUtf8());
    if (!userOk || !passwordOk)
        return detail(QStringLiteral("Invalid credentials."), StatusCode::Unauthorized);
    return json(QJsonObject { { QLatin1String("token"), QString::fromLatin1(m_store.tokenFor(username)) } });
}

QHttpServerResponse DemoTarget::createPrompt(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    QJsonValue body;
    if (auto rejected = parseBody(request, &body))
        return std::move(*rejected);
    PromptInput input;
    const QJsonObject errors = m_store.validate(body, &input);
    if (!errors.isEmpty())
        return json(errors, StatusCode::BadRequest);

    const PromptRecord& record = m_store.create(std::move(input));
    updateRecordCount();
    QHttpServerResponse response = json(PromptStore::toJson(record), StatusCode::Created);
    response.setHeader(
        QByteArrayLiteral("Location"), QByteArray("/api/prompts/" + QByteArray::number(record.id) + '/'));
    return response;
}

QHttpServerResponse DemoTarget::listPrompts(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    const QString search = request.query().queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const QList<const PromptRecord*> records = m_store.matching(search);
    QJsonArray array;
    for (const PromptRecord* record : records)
        array.append(PromptStore::toJson(*record));
    return json(array);
}

QHttpServerResponse DemoTarget::getPrompt(const QString& id, const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    const std::optional<qint64> parsed = parseId(id);
    const PromptRecord* record = parsed ? m_store.find(*parsed) : nullptr;
    if (!record)
        return notFound();
    return json(PromptStore::toJson(*record));
}

QHttpServerResponse DemoTarget::deletePrompt(const QString& id, const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    const std::optional<qint64> parsed = parseId(id);
    if (!parsed || !m_store.remove(*parsed))
        return notFound();
    updateRecordCount();
    return QHttpServerResponse(StatusCode::NoContent);
}

QHttpServerResponse DemoTarget::countPrompts(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    return json(QJsonObject { { QLatin1String("count"), static_cast<qint64>(m_store.count()) } });
}

QHttpServerResponse DemoTarget::promptStats(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    const PromptStats stats = m_store.stats();
    // The ten most used tags (most used first, then by name), not all of them: an answer whose size grows
    // with the number of distinct tags (which levels off) would bend the endpoint's O(n) growth.
    QList<QPair<QString, qsizetype>> ranked;
    for (auto it = stats.tagCounts.cbegin(); it != stats.tagCounts.cend(); ++it)
        ranked.append({ it.key(), it.value() });
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray topTags;
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), kTopTags); ++i)
        topTags.append(QJsonArray { ranked.at(i).first, static_cast<qint64>(ranked.at(i).second) });
    return json(QJsonObject {
        { QLatin1String("count"), static_cast<qint64>(stats.count) },
        { QLatin1String("avg_content_length"), stats.averageContentLength },
        { QLatin1String("avg_word_count"), stats.averageWordCount },
        { QLatin1String("distinct_tags"), static_cast<qint64>(stats.tagCounts.size()) },
        { QLatin1String("top_tags"), topTags },
    });
}

QHttpServerResponse DemoTarget::duplicatePrompts(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    const DuplicateReport report = m_store.duplicates();
    QJsonArray pairs;
    for (const DuplicatePair& pair : report.pairs) {
        const double rounded = qRound64(pair.similarity * 1000.0) / 1000.0;
        pairs.append(QJsonArray { pair.firstId, pair.secondId, rounded });
    }
    return json(QJsonObject {
        { QLatin1String("pairs"), pairs },
        { QLatin1String("compared"), report.compared },
        { QLatin1String("pairs_found"), report.pairsFound },
        { QLatin1String("truncated"), report.pairsFound > report.pairs.size() },
    });
}

QHttpServerResponse DemoTarget::batchValidate(const QHttpServerRequest& request)
{
    if (auto rejected = rejectUnauthenticated(request))
        return std::move(*rejected);
    QJsonValue body;
    if (auto rejected = parseBody(request, &body))
        return std::move(*rejected);
    if (!body.isObject()) {
        return json(QJsonObject { { QLatin1String("non_field_errors"),
                        QJsonArray { QStringLiteral("Invalid data. Expected a dictionary, but got list.") } } },
            StatusCode::BadRequest);
    }
    const QJsonValue items = body.toObject().value(QLatin1String("items"));
    if (items.isUndefined())
        return json(
            QJsonObject { { QLatin1String("items"), QJsonArray { QStringLiteral("This field is required.") } } },
            StatusCode::BadRequest);
    if (!items.isArray()) {
        return json(QJsonObject { { QLatin1String("items"),
                        QJsonArray { QStringLiteral("Expected a list of items but got type \"%1\".")
                                         .arg(items.isObject() ? QStringLiteral("dict") : QStringLiteral("str")) } } },
            StatusCode::BadRequest);
    }
    const QJsonArray array = items.toArray();
    qint64 valid = 0;
    qint64 invalid = 0;
    QJsonArray errors;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject itemErrors = m_store.validate(array.at(i));
        if (itemErrors.isEmpty()) {
            ++valid;
            continue;
        }
        ++invalid;
        if (errors.size() < kMaxBatchErrors)
            errors.append(QJsonObject {
                { QLatin1String("index"), static_cast<qint64>(i) }, { QLatin1String("errors"), itemErrors } });
    }
    return json(QJsonObject {
        { QLatin1String("valid"), valid },
        { QLatin1String("invalid"), invalid },
        { QLatin1String("errors"), errors },
    });
}

QHttpServerResponse DemoTarget::metrics() const
{
    // Prometheus text format; like a real /metrics endpoint, no authentication. The process_*
    // names and help texts are those of the official client libraries, so that dashboards work.
    QByteArray text;
    if (const std::optional<qint64> resident = residentMemoryBytes()) {
        addMetric(&text, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.",
            QByteArray::number(*resident));
    }
    addMetric(&text, "process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.",
        QByteArray::number(cpuSeconds(), 'f', 6));
    addMetric(&text, "scalescope_demo_requests_total", "counter",
        "Requests received by the demo target, on any path, including refused ones.",
        QByteArray::number(m_requestsTotal));
    addMetric(&text, "scalescope_demo_rejected_requests_total", "counter",
        "Requests answered 503 because they exceeded the capacity limit (--max-rps).",
        QByteArray::number(m_rejectedTotal));
    addMetric(&text, "scalescope_demo_leaked_bytes", "gauge",
        "Memory retained on purpose by the simulated leak (--leak-kb-per-request).", QByteArray::number(m_leakedBytes));
    addMetric(&text, "scalescope_demo_records", "gauge", "Stored prompts.", QByteArray::number(m_store.count()));
    return QHttpServerResponse(kPrometheusMime, text);
}

QHttpServerResponse DemoTarget::methodNotAllowed(
    const QHttpServerRequest& request, const QByteArray& allowed, bool authenticated)
{
    // DRF authenticates before it dispatches on the method, so protected views answer 401 first.
    if (authenticated) {
        if (auto rejected = rejectUnauthenticated(request))
            return std::move(*rejected);
    }
    QHttpServerResponse response = detail(
        QStringLiteral("Method \"%1\" not allowed.").arg(methodName(request.method())), StatusCode::MethodNotAllowed);
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

} // namespace scalescope::demo
