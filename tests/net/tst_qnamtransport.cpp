// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackhttpserver.h"
#include "nettesting.h"
#include "net/qnamtransport.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace scalescope;
using scalescope::test::LoopbackHttpServer;
using scalescope::test::LoopbackReply;
using scalescope::test::LoopbackRequest;
using Framing = LoopbackReply::Framing;
using scalescope::test::closedPort;
using scalescope::test::exchange;
using scalescope::test::makeRequest;

Q_DECLARE_METATYPE(scalescope::FailureKind)

namespace {


} // namespace

class TestQnamTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void responses_data();
    void responses();
    void requestHeadersAndBody();
    void poolLimit();
    void refused();
    void timeout();
    void resetMidBody();
    void abortAll();
    void destructionWithPending();
    void invalidInput();
    void factory();
};

void TestQnamTransport::responses_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<LoopbackReply>("reply");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("GET") << QByteArray("GET") << LoopbackReply::text("hello") << 200 << QByteArray("hello");
    LoopbackReply chunked = LoopbackReply::text("a chunked body");
    chunked.framing = Framing::Chunked;
    QTest::addRow("chunked") << QByteArray("GET") << chunked << 200 << QByteArray("a chunked body");
    LoopbackReply head;
    head.framing = Framing::NoBody;
    head.addHeader("Content-Length", "5");
    QTest::addRow("HEAD") << QByteArray("HEAD") << head << 200 << QByteArray();
    LoopbackReply noContent;
    noContent.status = 204;
    noContent.framing = Framing::NoBody;
    QTest::addRow("204") << QByteArray("DELETE") << noContent << 204 << QByteArray();
    // Error statuses are answers at transport level: the engine decides what they mean.
    QTest::addRow("404") << QByteArray("GET") << LoopbackReply::text("missing", 404) << 404 << QByteArray("missing");
    QTest::addRow("401") << QByteArray("GET") << LoopbackReply::text("who", 401) << 401 << QByteArray("who");
    QTest::addRow("500") << QByteArray("POST") << LoopbackReply::text("boom", 500) << 500 << QByteArray("boom");
    QTest::addRow("503") << QByteArray("GET") << LoopbackReply::text("later", 503) << 503 << QByteArray("later");
}

void TestQnamTransport::responses()
{
    QFETCH(QByteArray, method);
    QFETCH(LoopbackReply, reply);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const LoopbackRequest&) { return reply; });
    QnamTransport transport;
    const HttpResult result = exchange(transport, makeRequest(server.url(QStringLiteral("/x")), method));
    QCOMPARE(result.errorMessage, QString());
    QCOMPARE(result.failure, FailureKind::None);
    QCOMPARE(result.status, status);
    QCOMPARE(result.body, body);
    QVERIFY(result.latency.count() > 0);
    QCOMPARE(server.requests().constFirst().method, method);
    QCOMPARE(transport.pendingCount(), 0);
}

void TestQnamTransport::requestHeadersAndBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QnamTransport transport;
    HttpRequest request = makeRequest(server.url(QStringLiteral("/p?q=1")), "PATCH", R"({"a":2})");
    request.headers = { { "Content-Type", "application/json" }, { "X-Trace", "t9" } };
    const HttpResult result = exchange(transport, request);
    QCOMPARE(result.failure, FailureKind::None);
    const LoopbackRequest& received = server.requests().constFirst();
    QCOMPARE(received.method, QByteArray("PATCH"));
    QCOMPARE(received.target, QByteArray("/p?q=1"));
    QCOMPARE(received.body, QByteArray(R"({"a":2})"));
    QCOMPARE(received.header("x-trace"), QByteArray("t9"));
    QCOMPARE(headerValue(result.headers, "content-type"), QByteArray("text/plain"));
}

void TestQnamTransport::poolLimit()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply = LoopbackReply::text("ok");
        reply.delayMs = 10;
        return reply;
    });
    TransportOptions options;
    options.maxConnectionsPerHost = 2;
    QnamTransport transport(options);
    int completed = 0;
    for (int i = 0; i < 12; ++i)
        transport.send(makeRequest(server.url()), [&completed](const HttpResult& result) {
            completed += result.failure == FailureKind::None ? 1 : 1000;
        });
    QTRY_COMPARE_WITH_TIMEOUT(completed, 12, 10000);
    QVERIFY2(server.maxOpenConnections() <= 2, qPrintable(QString::number(server.maxOpenConnections())));
}

void TestQnamTransport::refused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    QnamTransport transport;
    const HttpResult result = exchange(transport, makeRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
    QCOMPARE(result.failure, FailureKind::ConnectionRefused);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(result.errorMessage));
}

void TestQnamTransport::timeout()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply;
        reply.silent = true;
        return reply;
    });
    TransportOptions options;
    options.timeoutMs = 150;
    QnamTransport transport(options);
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = exchange(transport, makeRequest(server.url()));
    QCOMPARE(result.failure, FailureKind::Timeout);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(result.errorMessage.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(result.errorMessage));
}

void TestQnamTransport::resetMidBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply = LoopbackReply::text(QByteArray(1000, 'r'));
        reply.truncateAt = 200;
        reply.reset = true;
        return reply;
    });
    QnamTransport transport;
    const HttpResult result = exchange(transport, makeRequest(server.url()));
    QVERIFY2(result.failure == FailureKind::ConnectionClosed || result.failure == FailureKind::Other,
             qPrintable(failureKindName(result.failure) + u' ' + result.errorMessage));
    QVERIFY(!result.errorMessage.isEmpty());
}

void TestQnamTransport::abortAll()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply;
        reply.silent = true;
        return reply;
    });
    TransportOptions options;
    options.maxConnectionsPerHost = 2;
    QnamTransport transport(options);
    QList<FailureKind> failures;
    for (int i = 0; i < 4; ++i)
        transport.send(makeRequest(server.url()), [&failures](const HttpResult& result) { failures.append(result.failure); });
    QTRY_COMPARE(server.requests().size(), 2);
    transport.abortAll();
    QVERIFY2(failures.isEmpty(), "abortAll() completes asynchronously");
    QTRY_COMPARE(failures.size(), 4);
    QCOMPARE(failures, QList<FailureKind>(4, FailureKind::Cancelled));
    QCOMPARE(transport.pendingCount(), 0);
}

void TestQnamTransport::destructionWithPending()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply = LoopbackReply::text("late");
        reply.delayMs = 100;
        return reply;
    });
    int calls = 0;
    auto counter = std::make_shared<int>(0);
    {
        auto transport = std::make_unique<QnamTransport>();
        for (int i = 0; i < 3; ++i)
            transport->send(makeRequest(server.url()), [&calls, counter](const HttpResult&) { ++calls; });
        QTRY_COMPARE(server.requests().size(), 3);
        transport.reset();
    }
    QCOMPARE(counter.use_count(), 1);
    QTest::qWait(250);
    QCOMPARE(calls, 0);
}

void TestQnamTransport::invalidInput()
{
    QnamTransport transport;
    const HttpResult badScheme = exchange(transport, makeRequest(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    QCOMPARE(badScheme.failure, FailureKind::Other);
    QVERIFY2(badScheme.errorMessage.contains(QStringLiteral("ftp://127.0.0.1/")), qPrintable(badScheme.errorMessage));

    TransportOptions options;
    options.proxy = QStringLiteral("not a proxy");
    QnamTransport proxied(options);
    const HttpResult badProxy = exchange(proxied, makeRequest(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
    QCOMPARE(badProxy.failure, FailureKind::Other);
    QVERIFY2(badProxy.errorMessage.contains(QStringLiteral("proxy")), qPrintable(badProxy.errorMessage));
}

void TestQnamTransport::factory()
{
    QCOMPARE(createTransport(TransportKind::Lean, {})->name(), QStringLiteral("lean-http1"));
    QCOMPARE(createTransport(TransportKind::Qnam, {})->name(), QStringLiteral("qnam"));
}

QTEST_GUILESS_MAIN(TestQnamTransport)
#include "tst_qnamtransport.moc"
