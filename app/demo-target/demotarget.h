// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promptstore.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QJsonValue;

namespace scalescope::demo {

struct DemoTargetOptions {
    QString username = QStringLiteral("admin");
    QString password = QStringLiteral("admin_password");
    /// Extra delay added to the plain list (GET /api/prompts/ without ?search=) only, to simulate
    /// a regression. The delay does not block the server thread: other requests are served meanwhile.
    int listDelayMs = 0;
    /// A one-time stall of the whole server, for demonstrating coordinated omission: the first
    /// request arriving at least this many ms after the first request the server received blocks the
    /// server thread for stallMs, so every request (on any connection) waits. -1 = never.
    int stallAfterMs = -1;
    int stallMs = 1000;
    /// Bytes retained, touched, for the life of the target by every request received (any path),
    /// so that resident memory really grows: a leak for endurance tests to find. 0 = none.
    qsizetype leakBytesPerRequest = 0;
    /// Capacity limit for stress tests: beyond this many requests in a one-second window, requests
    /// are answered 503 (login and /metrics are exempt). 0 = no limit.
    int maxRequestsPerSecond = 0;
};

/// The built-in sample API: a small Django-REST-framework-like prompts service on a QHttpServer,
/// whose endpoints have known complexities (see app/demo-target/README.md). Lives in, and must be
/// used from, one thread; only recordCount() may be called from anywhere.
class DemoTarget : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 10 * 1024 * 1024;
    static constexpr qsizetype kMaxBatchErrors = 10;

    explicit DemoTarget(DemoTargetOptions options = {}, QObject* parent = nullptr);
    ~DemoTarget() override;
    Q_DISABLE_COPY_MOVE(DemoTarget)

    /// Starts listening; returns the bound port (the chosen one when `port` is 0), or 0 and sets
    /// errorString(). Can be called once.
    quint16 listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// http://host:port of the listening server (loopback when listening on "any"); empty before.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /// Number of stored prompts; thread-safe.
    [[nodiscard]] int recordCount() const { return m_recordCount.load(std::memory_order_relaxed); }

private:
    /// Whether the capacity limit (maxRequestsPerSecond) applies to a route.
    enum class Admission { Limited, Exempt };

    void addRoutes();
    /// What every request goes through before its route: counts it, leaks, stalls (once) and
    /// answers 503 when over capacity — the returned response, to be sent instead of the route's.
    [[nodiscard]] std::optional<QHttpServerResponse> admit(Admission admission);
    /// admit(), then `handler()` unless the request was refused.
    template <typename Handler>
    QHttpServerResponse gated(Admission admission, Handler&& handler);

    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse createPrompt(const QHttpServerRequest& request);
    QHttpServerResponse listPrompts(const QHttpServerRequest& request);
    QHttpServerResponse getPrompt(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse deletePrompt(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse countPrompts(const QHttpServerRequest& request);
    QHttpServerResponse promptStats(const QHttpServerRequest& request);
    QHttpServerResponse duplicatePrompts(const QHttpServerRequest& request);
    QHttpServerResponse batchValidate(const QHttpServerRequest& request);
    QHttpServerResponse metrics() const;
    QHttpServerResponse methodNotAllowed(
        const QHttpServerRequest& request, const QByteArray& allowed, bool authenticated);

    /// The 401 response for a request without a valid token, or nothing when it may pass.
    [[nodiscard]] std::optional<QHttpServerResponse> rejectUnauthenticated(const QHttpServerRequest& request) const;
    /// Parses a JSON request body into `out`, or returns the 400/413/415 response.
    [[nodiscard]] static std::optional<QHttpServerResponse> parseBody(
        const QHttpServerRequest& request, QJsonValue* out);
    void updateRecordCount();

    DemoTargetOptions m_options;
    std::unique_ptr<QHttpServer> m_server;
    PromptStore m_store;
    std::atomic<int> m_recordCount { 0 };
    QString m_errorString;
    QUrl m_baseUrl;

    // Fault injection and /metrics (see admit()); used only from the target's thread.
    using Clock = std::chrono::steady_clock;
    quint64 m_requestsTotal = 0;
    quint64 m_rejectedTotal = 0;
    std::optional<Clock::time_point> m_firstRequestAt;
    bool m_stalled = false;
    std::vector<std::unique_ptr<char[]>> m_leaked; // deliberately unbounded: --leak-kb-per-request
    qint64 m_leakedBytes = 0;
    Clock::time_point m_windowStart;
    int m_windowRequests = 0;
};

} // namespace scalescope::demo
