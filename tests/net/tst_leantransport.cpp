// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackhttpserver.h"
#include "nettesting.h"
#include "net/leantransport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
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

Q_DECLARE_METATYPE(scalescope::HttpRequest)
Q_DECLARE_METATYPE(scalescope::FailureKind)

namespace {


} // namespace

class TestLeanTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void responses_data();
    void responses();
    void requestSerialization();
    void keepAliveReuse();
    void closedLoopFromCompletion();
    void failingClosedLoopDoesNotStarveEventLoop();
    void poolLimit_data();
    void poolLimit();
    void fifoOrder();
    void timeout();
    void refused();
    void brokenResponses_data();
    void brokenResponses();
    void staleKeepAliveIsRetriedOnce();
    void freshConnectionIsNotRetried();
    void idleConnectionClosedByServer();
    void bodyCap();
    void abortAll();
    void destructionWithPending();
    void destructionFromCompletion();
    void invalidRequests_data();
    void invalidRequests();
    void hostNameResolution();
    void ipv6Loopback();
    void tls_data();
    void tls();

private:
    QTemporaryDir m_certDir;
    QString m_certSkipReason;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestLeanTransport::initTestCase()
{
    const test::TestCertificate made = test::createTestCertificate(m_certDir.path());
    m_certificate = made.certificate;
    m_key = made.key;
    m_certSkipReason = made.skipReason;
}

void TestLeanTransport::responses_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<LoopbackReply>("reply");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray text = QByteArrayLiteral("The quick brown fox jumps over the lazy dog");
    QTest::addRow("GET small") << QByteArray("GET") << QByteArray() << LoopbackReply::text("hello") << 200 << QByteArray("hello");
    QTest::addRow("POST with body") << QByteArray("POST") << QByteArray(R"({"n":1})")
                                    << LoopbackReply::text("created", 201) << 201 << QByteArray("created");
    LoopbackReply chunked = LoopbackReply::text(text);
    chunked.framing = Framing::Chunked;
    QTest::addRow("chunked") << QByteArray("GET") << QByteArray() << chunked << 200 << text;
    LoopbackReply slowChunked = chunked;
    slowChunked.pieceSize = 5;
    slowChunked.pieceDelayMs = 2;
    QTest::addRow("chunked, trickled") << QByteArray("GET") << QByteArray() << slowChunked << 200 << text;
    QTest::addRow("Content-Length 0") << QByteArray("GET") << QByteArray() << LoopbackReply::text({}) << 200 << QByteArray();
    LoopbackReply noContent;
    noContent.status = 204;
    noContent.reason = "No Content";
    noContent.framing = Framing::NoBody;
    QTest::addRow("204") << QByteArray("DELETE") << QByteArray() << noContent << 204 << QByteArray();
    LoopbackReply notModified;
    notModified.status = 304;
    notModified.reason = "Not Modified";
    notModified.framing = Framing::NoBody;
    notModified.addHeader("Content-Length", "10"); // must not make the client wait for a body
    QTest::addRow("304 with Content-Length") << QByteArray("GET") << QByteArray() << notModified << 304 << QByteArray();
    LoopbackReply head;
    head.framing = Framing::NoBody;
    head.addHeader("Content-Length", "5");
    QTest::addRow("HEAD") << QByteArray("HEAD") << QByteArray() << head << 200 << QByteArray();
    LoopbackReply close = LoopbackReply::text("bye");
    close.close = true;
    QTest::addRow("Connection: close") << QByteArray("GET") << QByteArray() << close << 200 << QByteArray("bye");
    LoopbackReply untilClose = LoopbackReply::text(text);
    untilClose.framing = Framing::UntilClose;
    QTest::addRow("body until close") << QByteArray("GET") << QByteArray() << untilClose << 200 << text;
    QTest::addRow("404 is a response") << QByteArray("GET") << QByteArray() << LoopbackReply::text("nope", 404) << 404
                                       << QByteArray("nope");
    QTest::addRow("500 is a response") << QByteArray("PUT") << QByteArray("x") << LoopbackReply::text("boom", 500) << 500
                                       << QByteArray("boom");
    LoopbackReply interim = LoopbackReply::text("after continue");
    interim.raw = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 14\r\n\r\nafter continue");
    QTest::addRow("100 Continue first") << QByteArray("POST") << QByteArray("x") << interim << 200 << QByteArray("after continue");
    const QByteArray big(300 * 1024, 'b');
    QTest::addRow("300 KiB body") << QByteArray("GET") << QByteArray() << LoopbackReply::text(big) << 200 << big;
    LoopbackReply bigChunked = LoopbackReply::text(big);
    bigChunked.framing = Framing::Chunked;
    bigChunked.chunkSize = 10000;
    QTest::addRow("300 KiB chunked") << QByteArray("GET") << QByteArray() << bigChunked << 200 << big;
}

void TestLeanTransport::responses()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, requestBody);
    QFETCH(LoopbackReply, reply);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const LoopbackRequest&) { return reply; });
    LeanTransport transport;

    // Twice on the same transport: the second exchange proves the connection state is sound after
    // each kind of response (reused, or reopened after a close).
    for (int round = 0; round < 2; ++round) {
        const HttpResult result = exchange(transport, makeRequest(server.url(QStringLiteral("/r?x=1")), method, requestBody));
        QCOMPARE(result.errorMessage, QString());
        QCOMPARE(result.failure, FailureKind::None);
        QCOMPARE(result.status, status);
        QCOMPARE(result.body.size(), body.size());
        QCOMPARE(result.body, body);
        QVERIFY(result.latency.count() > 0);
        QVERIFY(result.bytesReceived >= body.size() + 17);
        QVERIFY(result.bytesSent > 0);
        if (status == 200 && method == "GET" && reply.raw.isEmpty())
            QCOMPARE(headerValue(result.headers, "content-type"), QByteArray("text/plain"));
    }
    QCOMPARE(server.requests().size(), 2);
    const LoopbackRequest& received = server.requests().constFirst();
    QCOMPARE(received.method, method);
    QCOMPARE(received.target, QByteArray("/r?x=1"));
    QCOMPARE(received.body, requestBody);
    QCOMPARE(received.header("host"), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    QCOMPARE(transport.pendingCount(), 0);
}

void TestLeanTransport::requestSerialization()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    LeanTransport transport;

    HttpRequest request = makeRequest(server.url(QStringLiteral("/items/%C3%A9t%C3%A9?q=a%20b&n=2#fragment")), "POST", "abc");
    request.headers = { { "Authorization", "Bearer secret" }, { "X-Trace", "t1" } };
    QCOMPARE(exchange(transport, request).failure, FailureKind::None);

    HttpRequest custom = makeRequest(server.url(), "POST");
    custom.headers = { { "Host", "example.test" } };
    QCOMPARE(exchange(transport, custom).failure, FailureKind::None);

    QCOMPARE(server.requests().size(), 2);
    const LoopbackRequest& first = server.requests().at(0);
    QCOMPARE(first.target, QByteArray("/items/%C3%A9t%C3%A9?q=a%20b&n=2"));
    QCOMPARE(first.header("content-length"), QByteArray("3"));
    QCOMPARE(first.header("authorization"), QByteArray("Bearer secret"));
    QCOMPARE(first.header("x-trace"), QByteArray("t1"));
    const LoopbackRequest& second = server.requests().at(1);
    QCOMPARE(second.header("host"), QByteArray("example.test")); // the caller's Host wins, sent once
    QCOMPARE(second.header("content-length"), QByteArray("0")); // POST without body still says so
    int hostHeaders = 0;
    for (const auto& header : second.headers)
        hostHeaders += header.first.compare("host", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(hostHeaders, 1);
}

void TestLeanTransport::keepAliveReuse()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    LeanTransport transport;
    for (int i = 0; i < 10; ++i) {
        const HttpResult result = exchange(transport, makeRequest(server.url()));
        QCOMPARE(result.failure, FailureKind::None);
        if (i == 0)
            QVERIFY2(result.connectTime.count() > 0, "the first request opens the connection");
        else
            QCOMPARE(result.connectTime.count(), 0);
    }
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(transport.openConnectionCount(), 1);
}

void TestLeanTransport::closedLoopFromCompletion()
{
    // The engine's pattern: every completion sends the next request, from inside the completion.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    TransportOptions options;
    options.maxConnectionsPerHost = 2;
    LeanTransport transport(options);
    int completed = 0;
    int failed = 0;
    std::function<void()> next = [&] {
        transport.send(makeRequest(server.url()), [&](const HttpResult& result) {
            ++completed;
            failed += result.failure == FailureKind::None ? 0 : 1;
            if (completed < 400)
                next();
        });
    };
    next();
    next();
    QTRY_VERIFY_WITH_TIMEOUT(completed >= 400 && transport.pendingCount() == 0, 10000);
    QCOMPARE(completed, 401); // the second chain ends one request after the first stops resending
    QCOMPARE(failed, 0);
    QCOMPARE(server.connectionCount(), 2);
}

void TestLeanTransport::failingClosedLoopDoesNotStarveEventLoop()
{
    // A completion that resends to a refused port must not turn into a busy loop inside delivery:
    // failures are delivered from the event loop, so timers still run.
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    LeanTransport transport;
    int failures = 0;
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    std::function<void()> next = [&] {
        transport.send(makeRequest(url), [&](const HttpResult& result) {
            QCOMPARE(result.failure, FailureKind::ConnectionRefused);
            if (++failures < 200)
                next();
        });
    };
    next();
    QTRY_COMPARE(failures, 200);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QCOMPARE(transport.openConnectionCount(), 0);
}

void TestLeanTransport::poolLimit_data()
{
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<int>("requests");
    QTest::addRow("1 connection") << 1 << 10;
    QTest::addRow("2 connections") << 2 << 20;
    QTest::addRow("4 connections") << 4 << 40;
    QTest::addRow("more connections than requests") << 8 << 3;
}

void TestLeanTransport::poolLimit()
{
    QFETCH(int, maxConnections);
    QFETCH(int, requests);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest&) {
        LoopbackReply reply = LoopbackReply::text("slowish");
        reply.delayMs = 10;
        return reply;
    });
    TransportOptions options;
    options.maxConnectionsPerHost = maxConnections;
    LeanTransport transport(options);
    int completed = 0;
    int failed = 0;
    for (int i = 0; i < requests; ++i) {
        transport.send(makeRequest(server.url()), [&](const HttpResult& result) {
            ++completed;
            failed += result.failure == FailureKind::None ? 0 : 1;
        });
    }
    QCOMPARE(transport.pendingCount(), requests);
    QTRY_COMPARE_WITH_TIMEOUT(completed, requests, 10000);
    QCOMPARE(failed, 0);
    QCOMPARE(transport.pendingCount(), 0);
    QVERIFY2(server.maxOpenConnections() <= maxConnections, qPrintable(QString::number(server.maxOpenConnections())));
    QCOMPARE(server.connectionCount(), std::min(maxConnections, requests));
}

void TestLeanTransport::fifoOrder()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    TransportOptions options;
    options.maxConnectionsPerHost = 1;
    LeanTransport transport(options);
    QList<int> completionOrder;
    for (int i = 0; i < 8; ++i) {
        transport.send(makeRequest(server.url(QStringLiteral("/%1").arg(i))),
                       [&completionOrder, i](const HttpResult&) { completionOrder.append(i); });
    }
    QTRY_COMPARE(completionOrder.size(), 8);
    QCOMPARE(completionOrder, (QList<int> { 0, 1, 2, 3, 4, 5, 6, 7 }));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(server.requests().at(i).target, QByteArray("/") + QByteArray::number(i));
}

void TestLeanTransport::timeout()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("late");
        reply.delayMs = request.target == "/slow" ? 3000 : 0;
        return reply;
    });
    TransportOptions options;
    options.timeoutMs = 100;
    options.maxConnectionsPerHost = 1;
    LeanTransport transport(options);

    QElapsedTimer clock;
    clock.start();
    int completed = 0;
    HttpResult slow;
    HttpResult queued;
    transport.send(makeRequest(server.url(QStringLiteral("/slow"))), [&](HttpResult result) {
        slow = std::move(result);
        ++completed;
    });
    // Waits in the queue behind /slow: its timeout counts from send(), not from its turn.
    transport.send(makeRequest(server.url(QStringLiteral("/queued"))), [&](HttpResult result) {
        queued = std::move(result);
        ++completed;
    });
    QTRY_COMPARE_WITH_TIMEOUT(completed, 2, 2000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(slow.failure, FailureKind::Timeout);
    QCOMPARE(queued.failure, FailureKind::Timeout);
    QVERIFY2(slow.errorMessage.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(slow.errorMessage));
    QCOMPARE(transport.openConnectionCount(), 0); // the timed-out connection is closed

    // The transport recovers: a new request gets a new connection.
    const HttpResult after = exchange(transport, makeRequest(server.url(QStringLiteral("/fast"))));
    QCOMPARE(after.failure, FailureKind::None);
}

void TestLeanTransport::refused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    LeanTransport transport;
    bool returned = false;
    bool calledSynchronously = false;
    std::optional<HttpResult> outcome;
    transport.send(makeRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))), [&](HttpResult result) {
        calledSynchronously = !returned;
        outcome = std::move(result);
    });
    returned = true;
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!calledSynchronously);
    QCOMPARE(outcome->failure, FailureKind::ConnectionRefused);
    QCOMPARE(outcome->status, 0);
    QVERIFY2(outcome->errorMessage.contains(QStringLiteral("Cannot connect to 127.0.0.1:%1").arg(port)),
             qPrintable(outcome->errorMessage));
    QVERIFY2(outcome->errorMessage.contains(QStringLiteral("refused")), qPrintable(outcome->errorMessage));
    QCOMPARE(transport.openConnectionCount(), 0);
}

void TestLeanTransport::brokenResponses_data()
{
    QTest::addColumn<LoopbackReply>("reply");
    QTest::addColumn<FailureKind>("failure");
    QTest::addColumn<QString>("messageFragment");

    LoopbackReply garbage;
    garbage.raw = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    QTest::addRow("garbage") << garbage << FailureKind::Protocol << QStringLiteral("Invalid HTTP response");
    LoopbackReply badLength;
    badLength.raw = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: twelve\r\n\r\n");
    QTest::addRow("bad Content-Length") << badLength << FailureKind::Protocol << QStringLiteral("Invalid HTTP response");
    LoopbackReply badChunk;
    badChunk.raw = QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::addRow("bad chunk size") << badChunk << FailureKind::Protocol << QStringLiteral("Invalid HTTP response");

    LoopbackReply resetMidBody = LoopbackReply::text(QByteArray(1000, 'r'));
    resetMidBody.truncateAt = 200;
    resetMidBody.reset = true;
    QTest::addRow("reset mid-body") << resetMidBody << FailureKind::ConnectionClosed << QStringLiteral("Connection to");
    LoopbackReply closeMidBody = LoopbackReply::text(QByteArray(1000, 'c'));
    closeMidBody.truncateAt = 200;
    QTest::addRow("closed mid-body") << closeMidBody << FailureKind::ConnectionClosed << QStringLiteral("closed by the server");
    LoopbackReply closeMidHeaders = LoopbackReply::text("x");
    closeMidHeaders.truncateAt = 10;
    QTest::addRow("closed mid-headers") << closeMidHeaders << FailureKind::ConnectionClosed << QStringLiteral("closed by the server");
    LoopbackReply chunkedCut = LoopbackReply::text(QByteArray(100, 'k'));
    chunkedCut.framing = Framing::Chunked;
    chunkedCut.truncateAt = 80;
    QTest::addRow("closed mid-chunks") << chunkedCut << FailureKind::ConnectionClosed << QStringLiteral("closed by the server");
    LoopbackReply dropped;
    dropped.drop = true;
    QTest::addRow("closed before answering") << dropped << FailureKind::ConnectionClosed << QStringLiteral("closed by the server");
}

void TestLeanTransport::brokenResponses()
{
    QFETCH(LoopbackReply, reply);
    QFETCH(FailureKind, failure);
    QFETCH(QString, messageFragment);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const LoopbackRequest& request) {
        return request.target == "/broken" ? reply : LoopbackReply::text("fine");
    });
    LeanTransport transport;
    const HttpResult result = exchange(transport, makeRequest(server.url(QStringLiteral("/broken"))));
    QCOMPARE(result.failure, failure);
    QVERIFY2(result.errorMessage.contains(messageFragment), qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(result.errorMessage));
    QCOMPARE(transport.openConnectionCount(), 0);
    // And the transport is usable afterwards.
    QCOMPARE(exchange(transport, makeRequest(server.url(QStringLiteral("/ok")))).failure, FailureKind::None);
}

void TestLeanTransport::staleKeepAliveIsRetriedOnce()
{
    // The server forgets the connection exactly when the second request arrives: the classic
    // keep-alive race. Nothing was processed, so the transport must write it again elsewhere.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("ok");
        reply.drop = request.connectionIndex == 0 && request.indexOnConnection == 1;
        return reply;
    });
    LeanTransport transport;
    QCOMPARE(exchange(transport, makeRequest(server.url())).failure, FailureKind::None);
    const HttpResult second = exchange(transport, makeRequest(server.url(), "POST", "once"));
    QCOMPARE(second.errorMessage, QString());
    QCOMPARE(second.failure, FailureKind::None);
    QCOMPARE(second.body, QByteArray("ok"));
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(server.requests().size(), 3);
}

void TestLeanTransport::freshConnectionIsNotRetried()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("ok");
        reply.drop = request.indexOnConnection == 1;
        return reply;
    });
    LeanTransport transport;
    QCOMPARE(exchange(transport, makeRequest(server.url())).failure, FailureKind::None);
    // Retried once on a fresh connection, which the server drops too: a failure, no third attempt.
    LoopbackHttpServer dropAll;
    QVERIFY(dropAll.listen());
    dropAll.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("ok");
        reply.drop = request.indexOnConnection >= 1 || request.connectionIndex >= 1;
        return reply;
    });
    QCOMPARE(exchange(transport, makeRequest(dropAll.url())).failure, FailureKind::None);
    const HttpResult result = exchange(transport, makeRequest(dropAll.url()));
    QCOMPARE(result.failure, FailureKind::ConnectionClosed);
    QCOMPARE(dropAll.requests().size(), 3); // first, the stale attempt, the single retry
    QCOMPARE(dropAll.connectionCount(), 2);
}

void TestLeanTransport::idleConnectionClosedByServer()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    LeanTransport transport;
    QCOMPARE(exchange(transport, makeRequest(server.url())).failure, FailureKind::None);
    QCOMPARE(transport.openConnectionCount(), 1);
    server.closeIdleConnections();
    QTRY_COMPARE(transport.openConnectionCount(), 0); // noticed while idle, not on the next request
    const HttpResult result = exchange(transport, makeRequest(server.url()));
    QCOMPARE(result.failure, FailureKind::None);
    QVERIFY(result.connectTime.count() > 0);
    QCOMPARE(server.connectionCount(), 2);
}

void TestLeanTransport::bodyCap()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray body(100000, 'z');
    server.setHandler([body](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text(body);
        if (request.target == "/chunked")
            reply.framing = Framing::Chunked;
        reply.chunkSize = 4096;
        return reply;
    });
    TransportOptions options;
    options.maxBodyBytes = 10;
    LeanTransport transport(options);
    for (const QString& path : { QStringLiteral("/plain"), QStringLiteral("/chunked") }) {
        const HttpResult result = exchange(transport, makeRequest(server.url(path)));
        QCOMPARE(result.failure, FailureKind::None);
        QCOMPARE(result.body, QByteArray(10, 'z'));
        QVERIFY2(result.bytesReceived > body.size(), qPrintable(QString::number(result.bytesReceived)));
    }
    QCOMPARE(server.connectionCount(), 1); // the rest of the body was read, so the connection stays usable
}

void TestLeanTransport::abortAll()
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
    LeanTransport transport(options);
    QList<FailureKind> failures;
    for (int i = 0; i < 5; ++i) // 2 on the wire, 3 queued
        transport.send(makeRequest(server.url()), [&failures](const HttpResult& result) { failures.append(result.failure); });
    QTRY_COMPARE(server.requests().size(), 2);
    transport.abortAll();
    QVERIFY2(failures.isEmpty(), "abortAll() completes asynchronously");
    QTRY_COMPARE(failures.size(), 5);
    QCOMPARE(failures, QList<FailureKind>(5, FailureKind::Cancelled));
    QCOMPARE(transport.pendingCount(), 0);
    QCOMPARE(transport.openConnectionCount(), 0);
    QTest::qWait(50);
    QCOMPARE(failures.size(), 5); // exactly once each
}

void TestLeanTransport::destructionWithPending()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("late");
        reply.delayMs = request.target == "/now" ? 0 : 100;
        return reply;
    });
    int calls = 0;
    auto counter = std::make_shared<int>(0); // owned by the completions: freed with them, or leaked (ASan)
    {
        TransportOptions options;
        options.maxConnectionsPerHost = 2;
        auto transport = std::make_unique<LeanTransport>(options);
        for (int i = 0; i < 4; ++i)
            transport->send(makeRequest(server.url()), [&calls, counter](const HttpResult&) { ++calls; });
        QTRY_COMPARE(server.requests().size(), 2);
        // One that fails at once: its completion is still waiting in the delivery queue.
        transport->send(makeRequest(QUrl(QStringLiteral("ftp://127.0.0.1/"))), [&calls, counter](const HttpResult&) { ++calls; });
        QCOMPARE(counter.use_count(), 6);
        transport.reset();
    }
    QCOMPARE(counter.use_count(), 1);
    QTest::qWait(250);
    QCOMPARE(calls, 0);
}

void TestLeanTransport::destructionFromCompletion()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    TransportOptions options;
    options.maxConnectionsPerHost = 1;
    auto transport = std::make_unique<LeanTransport>(options);
    int calls = 0;
    for (int i = 0; i < 3; ++i) {
        transport->send(makeRequest(server.url()), [&](const HttpResult&) {
            ++calls;
            transport.reset(); // the engine may drop its transport from the last completion
        });
    }
    QTRY_VERIFY(!transport);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestLeanTransport::invalidRequests_data()
{
    QTest::addColumn<HttpRequest>("request");
    QTest::addColumn<QString>("messageFragment");
    QTest::addRow("ftp scheme") << makeRequest(QUrl(QStringLiteral("ftp://127.0.0.1/x"))) << QStringLiteral("http://");
    QTest::addRow("no host") << makeRequest(QUrl(QStringLiteral("http:///path"))) << QStringLiteral("Invalid URL");
    QTest::addRow("empty URL") << makeRequest(QUrl()) << QStringLiteral("http://");
    HttpRequest injected = makeRequest(QUrl(QStringLiteral("http://127.0.0.1:1/")));
    injected.headers = { { "X-Evil", "a\r\nInjected: yes" } };
    QTest::addRow("header with CRLF") << injected << QStringLiteral("X-Evil");
    QTest::addRow("method with space") << makeRequest(QUrl(QStringLiteral("http://127.0.0.1:1/")), "GET /x") << QStringLiteral("method");
}

void TestLeanTransport::invalidRequests()
{
    QFETCH(HttpRequest, request);
    QFETCH(QString, messageFragment);
    LeanTransport transport;
    bool returned = false;
    bool synchronous = false;
    std::optional<HttpResult> outcome;
    transport.send(request, [&](HttpResult result) {
        synchronous = !returned;
        outcome = std::move(result);
    });
    returned = true;
    QCOMPARE(transport.pendingCount(), 1);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!synchronous);
    QCOMPARE(outcome->failure, FailureKind::Other);
    QVERIFY2(outcome->errorMessage.contains(messageFragment), qPrintable(outcome->errorMessage));
    QCOMPARE(transport.pendingCount(), 0);
}

void TestLeanTransport::hostNameResolution()
{
    // "localhost" comes from /etc/hosts (no network); it may resolve to ::1 first while the server
    // listens on 127.0.0.1 only, which also exercises the fallback to the next address.
    LoopbackHttpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LeanTransport transport;
    const QUrl url(QStringLiteral("http://localhost:%1/").arg(server.port()));
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = exchange(transport, makeRequest(url));
        QCOMPARE(result.errorMessage, QString());
        QCOMPARE(result.failure, FailureKind::None);
    }
    QCOMPARE(server.requests().constFirst().header("host"), QByteArray("localhost:") + QByteArray::number(server.port()));
    QCOMPARE(server.connectionCount(), 1);
}

void TestLeanTransport::ipv6Loopback()
{
    LoopbackHttpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("::1 is not available on this machine");
    LeanTransport transport;
    const QUrl url(QStringLiteral("http://[::1]:%1/v6").arg(server.port()));
    const HttpResult result = exchange(transport, makeRequest(url));
    QCOMPARE(result.errorMessage, QString());
    QCOMPARE(result.failure, FailureKind::None);
    QCOMPARE(result.body, QByteArray("hello"));
    QCOMPARE(server.requests().constFirst().header("host"), QByteArray("[::1]:") + QByteArray::number(server.port()));

    const quint16 closed = closedPort(QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(closed != 0);
    const HttpResult refused = exchange(transport, makeRequest(QUrl(QStringLiteral("http://[::1]:%1/").arg(closed))));
    QCOMPARE(refused.failure, FailureKind::ConnectionRefused);
    QVERIFY2(refused.errorMessage.contains(QStringLiteral("[::1]:%1").arg(closed)), qPrintable(refused.errorMessage));
}

void TestLeanTransport::tls_data()
{
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("host");
    QTest::addColumn<FailureKind>("failure");
    QTest::addRow("no verification, IP") << false << QStringLiteral("127.0.0.1") << FailureKind::None;
    QTest::addRow("no verification, name") << false << QStringLiteral("localhost") << FailureKind::None;
    QTest::addRow("verification rejects self-signed") << true << QStringLiteral("127.0.0.1") << FailureKind::Tls;
}

void TestLeanTransport::tls()
{
    QFETCH(bool, verify);
    QFETCH(QString, host);
    QFETCH(FailureKind, failure);
    if (!m_certSkipReason.isEmpty())
        QSKIP(qPrintable(m_certSkipReason));
    LoopbackHttpServer server;
    server.setTls(m_certificate, m_key);
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackRequest& request) {
        LoopbackReply reply = LoopbackReply::text("secure " + request.target);
        if (request.target == "/chunked")
            reply.framing = Framing::Chunked;
        if (request.target == "/close")
            reply.close = true;
        return reply;
    });
    TransportOptions options;
    options.verifyTls = verify;
    LeanTransport transport(options);
    const QString base = QStringLiteral("https://%1:%2").arg(host).arg(server.port());
    const HttpResult first = exchange(transport, makeRequest(QUrl(base + QStringLiteral("/a"))));
    QCOMPARE(first.failure, failure);
    if (failure != FailureKind::None) {
        QVERIFY2(first.errorMessage.contains(QStringLiteral("TLS handshake with %1:%2").arg(host).arg(server.port())),
                 qPrintable(first.errorMessage));
        QVERIFY2(first.errorMessage.contains(QStringLiteral("self")), qPrintable(first.errorMessage));
        return;
    }
    QCOMPARE(first.errorMessage, QString());
    QCOMPARE(first.body, QByteArray("secure /a"));
    QVERIFY(first.connectTime.count() > 0);
    for (const QString& path : { QStringLiteral("/chunked"), QStringLiteral("/b"), QStringLiteral("/close"), QStringLiteral("/c") }) {
        const HttpResult result = exchange(transport, makeRequest(QUrl(base + path)));
        QCOMPARE(result.errorMessage, QString());
        QCOMPARE(result.failure, FailureKind::None);
        QCOMPARE(result.body, "secure " + path.toLatin1());
    }
    QCOMPARE(server.connectionCount(), 2); // kept alive until /close
}

QTEST_GUILESS_MAIN(TestLeanTransport)
#include "tst_leantransport.moc"
