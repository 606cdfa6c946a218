// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httptypes.h"

#include <QTest>

#include <set>

using namespace scalescope;

Q_DECLARE_METATYPE(scalescope::FailureKind)

class TestHttpTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headerValue_data();
    void headerValue();
    void failureKindName_data();
    void failureKindName();
    void failureKindNamesAreUnique();
    void failureKindLabel();
    void classifyResult_data();
    void classifyResult();
};

void TestHttpTypes::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("exact case") << QByteArray("Content-Type") << QByteArray("text/plain");
    QTest::addRow("lower case") << QByteArray("content-type") << QByteArray("text/plain");
    QTest::addRow("upper case") << QByteArray("X-REQUEST-ID") << QByteArray("42");
    QTest::addRow("first of duplicates") << QByteArray("set-cookie") << QByteArray("a=1");
    QTest::addRow("absent") << QByteArray("Location") << QByteArray();
}

void TestHttpTypes::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);
    const HttpHeaders headers { { "Content-Type", "text/plain" }, { "x-request-id", "42" },
                                { "Set-Cookie", "a=1" }, { "Set-Cookie", "b=2" } };
    QCOMPARE(scalescope::headerValue(headers, name), expected);
}

void TestHttpTypes::failureKindName_data()
{
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("name");
    // These names are written to JSON files and the database: changing one breaks old data.
    QTest::addRow("none") << FailureKind::None << QStringLiteral("none");
    QTest::addRow("refused") << FailureKind::ConnectionRefused << QStringLiteral("connection_refused");
    QTest::addRow("dns") << FailureKind::Dns << QStringLiteral("dns");
    QTest::addRow("tls") << FailureKind::Tls << QStringLiteral("tls");
    QTest::addRow("timeout") << FailureKind::Timeout << QStringLiteral("timeout");
    QTest::addRow("closed") << FailureKind::ConnectionClosed << QStringLiteral("connection_closed");
    QTest::addRow("protocol") << FailureKind::Protocol << QStringLiteral("protocol");
    QTest::addRow("4xx") << FailureKind::HttpClientError << QStringLiteral("http_4xx");
    QTest::addRow("5xx") << FailureKind::HttpServerError << QStringLiteral("http_5xx");
    QTest::addRow("unexpected") << FailureKind::UnexpectedStatus << QStringLiteral("unexpected_status");
    QTest::addRow("cancelled") << FailureKind::Cancelled << QStringLiteral("cancelled");
    QTest::addRow("other") << FailureKind::Other << QStringLiteral("other");
}

void TestHttpTypes::failureKindName()
{
    QFETCH(FailureKind, kind);
    QFETCH(QString, name);
    QCOMPARE(scalescope::failureKindName(kind), name);
}

void TestHttpTypes::failureKindNamesAreUnique()
{
    std::set<QString> names;
    std::set<QString> labels;
    for (std::size_t i = 0; i < kFailureKindCount; ++i) {
        const auto kind = static_cast<FailureKind>(i);
        names.insert(scalescope::failureKindName(kind));
        labels.insert(scalescope::failureKindLabel(kind));
    }
    QCOMPARE(names.size(), kFailureKindCount);
    QCOMPARE(labels.size(), kFailureKindCount);
}

void TestHttpTypes::failureKindLabel()
{
    QCOMPARE(scalescope::failureKindLabel(FailureKind::ConnectionRefused), QStringLiteral("Connection refused"));
    QCOMPARE(scalescope::failureKindLabel(FailureKind::HttpServerError), QStringLiteral("HTTP 5xx"));
    QVERIFY(!scalescope::failureKindLabel(FailureKind::Timeout).isEmpty());
}

void TestHttpTypes::classifyResult_data()
{
    QTest::addColumn<FailureKind>("transportFailure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<FailureKind>("result");

    const QList<int> any;
    QTest::addRow("200, any 2xx") << FailureKind::None << 200 << any << FailureKind::None;
    QTest::addRow("204, any 2xx") << FailureKind::None << 204 << any << FailureKind::None;
    QTest::addRow("299, any 2xx") << FailureKind::None << 299 << any << FailureKind::None;
    QTest::addRow("301, any 2xx") << FailureKind::None << 301 << any << FailureKind::UnexpectedStatus;
    QTest::addRow("101, any 2xx") << FailureKind::None << 101 << any << FailureKind::UnexpectedStatus;
    QTest::addRow("404, any 2xx") << FailureKind::None << 404 << any << FailureKind::HttpClientError;
    QTest::addRow("400, any 2xx") << FailureKind::None << 400 << any << FailureKind::HttpClientError;
    QTest::addRow("500, any 2xx") << FailureKind::None << 500 << any << FailureKind::HttpServerError;
    QTest::addRow("503, any 2xx") << FailureKind::None << 503 << any << FailureKind::HttpServerError;
    QTest::addRow("404 expected") << FailureKind::None << 404 << QList<int> { 200, 404 } << FailureKind::None;
    QTest::addRow("200 not in list") << FailureKind::None << 200 << QList<int> { 201 } << FailureKind::UnexpectedStatus;
    QTest::addRow("500 not in list") << FailureKind::None << 500 << QList<int> { 201 } << FailureKind::HttpServerError;
    QTest::addRow("302 expected") << FailureKind::None << 302 << QList<int> { 302 } << FailureKind::None;
    QTest::addRow("no status, no failure") << FailureKind::None << 0 << any << FailureKind::Other;
    QTest::addRow("timeout wins") << FailureKind::Timeout << 0 << any << FailureKind::Timeout;
    QTest::addRow("closed wins over status") << FailureKind::ConnectionClosed << 200 << any << FailureKind::ConnectionClosed;
    QTest::addRow("cancelled wins") << FailureKind::Cancelled << 0 << QList<int> { 200 } << FailureKind::Cancelled;
}

void TestHttpTypes::classifyResult()
{
    QFETCH(FailureKind, transportFailure);
    QFETCH(int, status);
    QFETCH(QList<int>, expected);
    QFETCH(FailureKind, result);
    HttpResult http;
    http.failure = transportFailure;
    http.status = status;
    QCOMPARE(scalescope::classifyResult(http, expected), result);
}

QTEST_GUILESS_MAIN(TestHttpTypes)
#include "tst_httptypes.moc"
