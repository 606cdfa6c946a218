// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the suites that talk to loopback servers.
#pragma once

#include "net/transport.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

namespace scalescope::test {

/// A loopback port nothing listens on (0 if none could be found): connecting to it is refused.
inline quint16 closedPort(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline HttpRequest makeRequest(const QUrl& url, QByteArray method = QByteArrayLiteral("GET"), QByteArray body = {})
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = url;
    request.body = std::move(body);
    return request;
}

/// Sends one request and waits for its completion; a hang comes back as FailureKind::Other after @p waitMs.
inline HttpResult exchange(Transport& transport, HttpRequest request, int waitMs = 10000)
{
    auto outcome = std::make_shared<std::optional<HttpResult>>();
    transport.send(std::move(request), [outcome](HttpResult result) { *outcome = std::move(result); });
    if (!QTest::qWaitFor([&] { return outcome->has_value(); }, waitMs)) {
        HttpResult missing;
        missing.failure = FailureKind::Other;
        missing.errorMessage = QStringLiteral("test: no completion within %1 ms").arg(waitMs);
        return missing;
    }
    return std::move(**outcome);
}

} // namespace scalescope::test
