// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the suites that talk to loopback servers.
#pragma once

#include "net/transport.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

#include <memory>
#include <optional>

namespace scalescope::test {

#if QT_CONFIG(ssl)
/// A self-signed certificate for localhost and 127.0.0.1, made with the openssl binary in @p directory; when
/// that is impossible, skipReason says why (the suites skip their TLS cases then).
struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QString skipReason;
};

inline TestCertificate createTestCertificate(const QString& directory)
{
    TestCertificate out;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        out.skipReason = QStringLiteral("the openssl binary is not installed: cannot create a test certificate");
        return out;
    }
    QProcess process;
    const QString certPath = directory + QStringLiteral("/cert.pem");
    const QString keyPath = directory + QStringLiteral("/key.pem");
    process.start(openssl, { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                             QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("1"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        out.skipReason = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return out;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        out.skipReason = QStringLiteral("cannot read the generated certificate in %1").arg(directory);
        return out;
    }
    out.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    out.key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (out.certificate.isNull() || out.key.isNull())
        out.skipReason = QStringLiteral("Qt cannot load the generated certificate (no TLS backend?)");
    return out;
}
#endif

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
