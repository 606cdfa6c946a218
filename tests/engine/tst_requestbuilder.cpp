// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonpointer.h"
#include "engine/requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scalescope;

class TestRequestBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinsBaseUrlAndPath_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "http://127.0.0.1:8000" << "/api/x/" << "http://127.0.0.1:8000/api/x/";
        QTest::addRow("trailing slash") << "http://h:1/" << "/a" << "http://h:1/a";
        QTest::addRow("prefix") << "https://h/v1" << "/a?b=1" << "https://h/v1/a?b=1";
        QTest::addRow("ipv6") << "http://[::1]:9" << "/a" << "http://[::1]:9/a";
    }
    void joinsBaseUrlAndPath()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        TargetConfig target;
        target.baseUrl = QUrl(base);
        RequestBuilder builder(target, 1);
        RequestTemplate request;
        request.path = path;
        QCOMPARE(builder.build(request, {}).url.toString(), expected);
    }

    void mergesHeadersAndAddsAuthExceptForLogin()
    {
        TargetConfig target;
        target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        target.headers = { { QStringLiteral("Accept"), QStringLiteral("application/json") } };
        RequestBuilder builder(target, 1);
        builder.setAuthHeader("Authorization", "Token abc");
        RequestTemplate request;
        request.method = QStringLiteral("post");
        request.path = QStringLiteral("/api/prompts/");
        request.headers = { { QStringLiteral("X-Size"), QStringLiteral("{size}") } };
        request.body = QJsonObject { { QStringLiteral("title"), QStringLiteral("Prompt {n}") } };
        TemplateContext context;
        context.n = 7;
        context.size = 50;
        const HttpRequest built = builder.build(request, context);
        QCOMPARE(built.method, QByteArray("POST"));
        QCOMPARE(headerValue(built.headers, "accept"), QByteArray("application/json"));
        QCOMPARE(headerValue(built.headers, "x-size"), QByteArray("50"));
        QCOMPARE(headerValue(built.headers, "authorization"), QByteArray("Token abc"));
        QCOMPARE(headerValue(built.headers, "content-type"), QByteArray("application/json"));
        QVERIFY(headerValue(built.headers, "user-agent").startsWith("ScaleScope/"));
        QCOMPARE(QJsonDocument::fromJson(built.body).object().value(QStringLiteral("title")).toString(), QStringLiteral("Prompt 7"));

        const HttpRequest login = builder.build(request, context, false);
        QVERIFY(headerValue(login.headers, "authorization").isEmpty());
    }

    void keepsAnExplicitContentType()
    {
        TargetConfig target;
        target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        RequestBuilder builder(target, 1);
        RequestTemplate request;
        request.path = QStringLiteral("/");
        request.headers = { { QStringLiteral("Content-Type"), QStringLiteral("text/plain") } };
        request.bodyText = QStringLiteral("size={size}");
        TemplateContext context;
        context.size = 3;
        const HttpRequest built = builder.build(request, context);
        QCOMPARE(built.body, QByteArray("size=3"));
        QCOMPARE(headerValue(built.headers, "content-type"), QByteArray("text/plain"));
        int contentTypes = 0;
        for (const HttpHeader& header : built.headers)
            contentTypes += header.name.compare("content-type", Qt::CaseInsensitive) == 0;
        QCOMPARE(contentTypes, 1);
    }

    void redactsSecretsInUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::addRow("token") << "http://h/a?token=abc&page=2" << "http://h/a?token=<redacted>&page=2";
        QTest::addRow("api key") << "http://h/a?api_key=s3cr3t" << "http://h/a?api_key=<redacted>";
        QTest::addRow("user info") << "http://bob:pw@h/a" << "http://h/a";
        QTest::addRow("harmless") << "http://h/a?search=pass" << "http://h/a?search=pass";
    }
    void redactsSecretsInUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redactedUrl(QUrl(url)), expected);
    }

    void evaluatesJsonPointers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected");
        QTest::addRow("top") << QByteArray(R"({"token":"abc"})") << "/token" << "abc";
        QTest::addRow("nested") << QByteArray(R"({"data":{"id":42}})") << "/data/id" << "42";
        QTest::addRow("array") << QByteArray(R"({"items":[{"id":1},{"id":2}]})") << "/items/1/id" << "2";
        QTest::addRow("escapes") << QByteArray(R"({"a/b":{"m~n":"x"}})") << "/a~1b/m~0n" << "x";
        QTest::addRow("missing") << QByteArray(R"({"a":1})") << "/b" << "";
        QTest::addRow("bad index") << QByteArray(R"([1,2])") << "/01" << "";
        QTest::addRow("out of range") << QByteArray(R"([1,2])") << "/2" << "";
        QTest::addRow("not json") << QByteArray("<html>") << "/a" << "";
        QTest::addRow("scalar document") << QByteArray("17") << "" << "17";
        QTest::addRow("invalid pointer") << QByteArray(R"({"a":1})") << "a" << "";
    }
    void evaluatesJsonPointers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        QCOMPARE(jsonScalarToString(evaluateJsonPointer(parseJson(json), pointer)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
