// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promptstore.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

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
    void addRoutes();

    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse createPrompt(const QHttpServerRequest& request);
    QHttpServerResponse listPrompts(const QHttpServerRequest& request);
    QHttpServerResponse getPrompt(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse deletePrompt(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse countPrompts(const QHttpServerRequest& request);
    QHttpServerResponse promptStats(const QHttpServerRequest& request);
    QHttpServerResponse duplicatePrompts(const QHttpServerRequest& request);
    QHttpServerResponse batchValidate(const QHttpServerRequest& request);
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
};

} // namespace scalescope::demo
