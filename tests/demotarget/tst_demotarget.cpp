// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotargetthread.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using scalescope::ErrorKind;
using scalescope::Result;
using scalescope::demo::DemoTargetOptions;
using scalescope::demo::DemoTargetThread;

namespace {

constexpr int kReplyTimeoutMs = 10000;

struct Reply {
    int status = 0; ///< 0: no HTTP answer (timeout, connection error)
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QString errorString;

    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QString detail() const { return object().value(u"detail").toString(); }
    [[nodiscard]] QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

QByteArray toJson(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

/// A content of a few hundred characters whose words are unique to `seed`.
QString distinctContent(int seed)
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words.append(QStringLiteral("w%1x%2").arg(seed).arg(i));
    return words.join(QLatin1Char(' '));
}

/// The value of a sample in a Prometheus text exposition, or nothing when it is absent.
std::optional<double> metricValue(const QByteArray& exposition, const QByteArray& name)
{
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(QByteArray(name + ' '))) {
            bool ok = false;
            const double value = line.mid(name.size() + 1).toDouble(&ok);
            if (ok)
                return value;
        }
    }
    return std::nullopt;
}

const QList<QPair<QByteArray, QString>>& protectedEndpoints()
{
    static const QList<QPair<QByteArray, QString>> endpoints {
        { "GET", u"/api/prompts/"_s }, { "GET", u"/api/prompts/?search=x"_s }, { "POST", u"/api/prompts/"_s },
        { "GET", u"/api/prompts/1/"_s }, { "DELETE", u"/api/prompts/1/"_s }, { "GET", u"/api/prompts/count/"_s },
        { "GET", u"/api/prompts/stats/"_s }, { "GET", u"/api/prompts/duplicates/"_s },
        { "POST", u"/api/prompts/batch-validate/"_s },
        { "PUT", u"/api/prompts/1/"_s }, // 401 comes before 405, as in DRF
    };
    return endpoints;
}

} // namespace

class TestDemoTarget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void login_data();
    void login();
    void loginTokenIsStable();
    void authRequired_data();
    void authRequired();
    void createAndGet();
    void createInvalid_data();
    void createInvalid();
    void list();
    void search_data();
    void search();
    void deleteThenNotFound();
    void unknownId_data();
    void unknownId();
    void unknownPath_data();
    void unknownPath();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void countAndStats();
    void duplicatesFindsPlantedPair();
    void batchValidate_data();
    void batchValidate();
    void batchValidateRejects_data();
    void batchValidateRejects();
    void recordCountAgrees();
    void listDelayDoesNotBlockServer();
    void clientLeavesDuringListDelay();
    void metrics();
    void stallHappensOnce();
    void leakGrowsResidentMemory();
    void maxRequestsPerSecond_data();
    void maxRequestsPerSecond();
    void listenOnBusyPort();
    void startTwice();
    void stopAndRestart();

private:
    void restart(const DemoTargetOptions& options);
    Reply send(const QByteArray& verb, const QString& path, const QByteArray& body = {}, bool withToken = true,
        const QByteArray& contentType = "application/json");
    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body = {});
    static Reply collect(QNetworkReply* reply);
    std::optional<double> metric(const QByteArray& name);
    qint64 create(const QString& title, const QString& content, const QStringList& tags = {});

    std::unique_ptr<DemoTargetThread> m_target;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_base;
    QByteArray m_token;
};

void TestDemoTarget::init() { restart(DemoTargetOptions {}); }

void TestDemoTarget::cleanup()
{
    m_nam.reset();
    m_target.reset();
}

void TestDemoTarget::restart(const DemoTargetOptions& options)
{
    m_nam.reset();
    m_target = std::make_unique<DemoTargetThread>();
    const Result<QUrl> url = m_target->start(options);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    m_base = url.value();
    QCOMPARE(m_base.host(), u"127.0.0.1"_s);
    QVERIFY(m_base.port() > 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_token.clear();
    const Reply reply = send("POST", u"/api/auth/login/"_s,
        toJson({ { u"username"_s, options.username }, { u"password"_s, options.password } }), false);
    QCOMPARE(reply.status, 200);
    m_token = reply.object().value(u"token").toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

QNetworkReply* TestDemoTarget::start(const QByteArray& verb, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Token " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam->sendCustomRequest(request, verb, body);
}

Reply TestDemoTarget::send(
    const QByteArray& verb, const QString& path, const QByteArray& body, bool withToken, const QByteArray& contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (withToken && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Token " + m_token);
    if (!contentType.isEmpty() && !body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return collect(m_nam->sendCustomRequest(request, verb, body));
}

Reply TestDemoTarget::collect(QNetworkReply* reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer::singleShot(kReplyTimeoutMs, reply, &QNetworkReply::abort);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.errorString = reply->errorString();
    return result;
}

std::optional<double> TestDemoTarget::metric(const QByteArray& name)
{
    const Reply reply = send("GET", u"/metrics"_s, {}, false);
    if (reply.status != 200)
        qWarning() << "/metrics failed:" << reply.status << reply.errorString;
    return metricValue(reply.body, name);
}

qint64 TestDemoTarget::create(const QString& title, const QString& content, const QStringList& tags)
{
    const Reply reply = send("POST", u"/api/prompts/"_s,
        toJson({ { u"title"_s, title }, { u"content"_s, content }, { u"tags"_s, QJsonArray::fromStringList(tags) } }));
    if (reply.status != 201)
        qWarning() << "create failed:" << reply.status << reply.body;
    return reply.status == 201 ? reply.object().value(u"id").toInteger() : -1;
}

void TestDemoTarget::login_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");

    const QByteArray json = "application/json";
    QTest::addRow("ok") << QByteArray(R"({"username":"admin","password":"admin_password"})") << json << 200
                        << u"\"token\":\""_s;
    QTest::addRow("ok, charset parameter") << QByteArray(R"({"username":"admin","password":"admin_password"})")
                                           << QByteArray("application/json; charset=utf-8") << 200 << u"token"_s;
    QTest::addRow("wrong password") << QByteArray(R"({"username":"admin","password":"nope"})") << json << 401
                                    << u"{\"detail\":\"Invalid credentials.\"}"_s;
    QTest::addRow("wrong user") << QByteArray(R"({"username":"root","password":"admin_password"})") << json << 401
                                << u"Invalid credentials."_s;
    QTest::addRow("missing password") << QByteArray(R"({"username":"admin"})") << json << 400
                                      << u"{\"password\":[\"This field is required.\"]}"_s;
    QTest::addRow("empty body") << QByteArray() << json << 400 << u"\"username\":[\"This field is required.\"]"_s;
    QTest::addRow("invalid JSON") << QByteArray(R"({"username":)") << json << 400 << u"JSON parse error"_s;
    QTest::addRow("password not a string") << QByteArray(R"({"username":"admin","password":1})") << json << 400
                                           << u"{\"password\":[\"Not a valid string.\"]}"_s;
    QTest::addRow("array body") << QByteArray(R"([1])") << json << 400 << u"Expected a dictionary"_s;
    QTest::addRow("not JSON media type") << QByteArray("username=admin") << QByteArray("text/plain") << 415
                                         << u"Unsupported media type \\\"text/plain\\\""_s;
}

void TestDemoTarget::login()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, fragment);

    const Reply reply = send("POST", u"/api/auth/login/"_s, body, false, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QVERIFY2(QString::fromUtf8(reply.body).contains(fragment), reply.body.constData());
    if (status == 200) {
        const QString token = reply.object().value(u"token").toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(token).hasMatch(), qPrintable(token));
    }
}

void TestDemoTarget::loginTokenIsStable()
{
    const QByteArray body = R"({"username":"admin","password":"admin_password"})";
    const Reply again = send("POST", u"/api/auth/login/"_s, body, false);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"token").toString().toLatin1(), m_token);
}

void TestDemoTarget::authRequired_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");

    const QList<std::tuple<const char*, QByteArray, QString>> headers {
        { "missing", QByteArray(), u"Authentication credentials were not provided."_s },
        { "other scheme", QByteArray("Bearer abc"), u"Authentication credentials were not provided."_s },
        { "wrong token", QByteArray("Token 0123456789abcdef0123456789abcdef01234567"), u"Invalid token."_s },
        { "keyword only", QByteArray("Token"), u"Invalid token header. No credentials provided."_s },
        { "spaces", QByteArray("Token a b"), u"Invalid token header. Token string should not contain spaces."_s },
    };
    for (const auto& [verb, path] : protectedEndpoints()) {
        for (const auto& [name, header, detail] : headers)
            QTest::addRow("%s %s, %s", verb.constData(), qPrintable(path), name) << verb << path << header << detail;
    }
}

void TestDemoTarget::authRequired()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);

    create(u"existing"_s, u"record one exists"_s); // so that 401 is not confused with 404
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = verb == "POST" ? QByteArray(R"({"title":"t","content":"c","items":[]})") : QByteArray();
    const Reply reply = collect(m_nam->sendCustomRequest(request, verb, body));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.detail(), detail);
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Token"));
    QCOMPARE(m_target->recordCount(), 1); // nothing was created or deleted
}

void TestDemoTarget::createAndGet()
{
    const QString content = distinctContent(7);
    QVERIFY(content.size() > 200);
    const Reply created = send("POST", u"/api/prompts/"_s,
        toJson(
            { { u"title"_s, u"First"_s }, { u"content"_s, content }, { u"tags"_s, QJsonArray { u"a"_s, u"b"_s } } }));
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.object();
    QCOMPARE(record.value(u"id").toInteger(), 1);
    QCOMPARE(created.header("Location"), QByteArray("/api/prompts/1/"));
    QCOMPARE(record.value(u"title").toString(), u"First"_s);
    QCOMPARE(record.value(u"content").toString(), content);
    QCOMPARE(record.value(u"tags").toArray(), QJsonArray({ u"a"_s, u"b"_s }));
    QVERIFY(QDateTime::fromString(record.value(u"created_at").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(m_target->recordCount(), 1);

    const Reply fetched = send("GET", QString::fromLatin1(created.header("Location")));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), record);

    // Ids are assigned incrementally; tags are optional.
    const Reply second = send("POST", u"/api/prompts/"_s, R"({"title":"Second","content":"c"})");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.object().value(u"id").toInteger(), 2);
    QCOMPARE(second.object().value(u"tags").toArray(), QJsonArray());
    QCOMPARE(m_target->recordCount(), 2);
}

void TestDemoTarget::createInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");

    const QByteArray json = "application/json";
    QTest::addRow("missing title") << QByteArray(R"({"content":"c"})") << json << 400
                                   << u"{\"title\":[\"This field is required.\"]}"_s;
    QTest::addRow("missing content") << QByteArray(R"({"title":"t"})") << json << 400
                                     << u"{\"content\":[\"This field is required.\"]}"_s;
    QTest::addRow("missing both") << QByteArray("{}") << json << 400 << u"\"content\":[\"This field is required.\"]"_s;
    QTest::addRow("title wrong type") << QByteArray(R"({"title":["t"],"content":"c"})") << json << 400
                                      << u"{\"title\":[\"Not a valid string.\"]}"_s;
    QTest::addRow("tags wrong type") << QByteArray(R"({"title":"t","content":"c","tags":{"a":1}})") << json << 400
                                     << u"Expected a list of items but got type \\\"dict\\\"."_s;
    QTest::addRow("blank content") << QByteArray(R"({"title":"t","content":""})") << json << 400
                                   << u"{\"content\":[\"This field may not be blank.\"]}"_s;
    QTest::addRow("invalid JSON") << QByteArray(R"({"title":"t",)") << json << 400 << u"JSON parse error"_s;
    QTest::addRow("list body") << QByteArray(R"([{"title":"t","content":"c"}])") << json << 400
                               << u"Invalid data. Expected a dictionary, but got list."_s;
    QTest::addRow("form media type") << QByteArray("title=t&content=c")
                                     << QByteArray("application/x-www-form-urlencoded") << 415
                                     << u"Unsupported media type"_s;
    QByteArray huge = R"({"title":"t","content":")";
    huge.append(QByteArray(11 * 1024 * 1024, 'x'));
    huge.append(R"("})");
    QTest::addRow("body over 10 MB") << huge << json << 413 << u"Request body too large"_s;
}

void TestDemoTarget::createInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, fragment);

    const Reply reply = send("POST", u"/api/prompts/"_s, body, true, contentType);
    QCOMPARE(reply.status, status);
    QVERIFY2(QString::fromUtf8(reply.body).contains(fragment), reply.body.left(300).constData());
    QVERIFY(reply.json.isObject());
    QCOMPARE(m_target->recordCount(), 0);
    QCOMPARE(send("GET", u"/api/prompts/count/"_s).object().value(u"count").toInteger(), 0);
}

void TestDemoTarget::list()
{
    QCOMPARE(send("GET", u"/api/prompts/"_s).json.array(), QJsonArray());
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(create(QStringLiteral("Title %1").arg(i), distinctContent(i), { u"t%1"_s.arg(i % 2) }), i);

    const Reply reply = send("GET", u"/api/prompts/"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonArray records = reply.json.array();
    QCOMPARE(records.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject record = records.at(i).toObject();
        QCOMPARE(record.value(u"id").toInteger(), i + 1); // insertion order
        QCOMPARE(record.value(u"title").toString(), QStringLiteral("Title %1").arg(i + 1));
        QCOMPARE(record.value(u"content").toString(), distinctContent(i + 1)); // fully serialised
        QCOMPARE(record.keys(), QStringList({ u"content"_s, u"created_at"_s, u"id"_s, u"tags"_s, u"title"_s }));
    }
}

void TestDemoTarget::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expectedIds");

    QTest::addRow("title, other case") << u"?search=SUNSET"_s << QList<qint64> { 2 };
    QTest::addRow("content") << u"?search=haiku"_s << QList<qint64> { 1, 3 };
    QTest::addRow("percent-encoded space") << u"?search=about%20the"_s << QList<qint64> { 1, 2 };
    QTest::addRow("no match") << u"?search=zebra"_s << QList<qint64> {};
    QTest::addRow("empty search lists all") << u"?search="_s << QList<qint64> { 1, 2, 3 };
    QTest::addRow("other parameters ignored") << u"?page=2"_s << QList<qint64> { 1, 2, 3 };
}

void TestDemoTarget::search()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expectedIds);

    create(u"Poem"_s, u"Write a haiku about the sea"_s);
    create(u"Sunset"_s, u"Describe a picture about the evening sky"_s);
    create(u"Code"_s, u"Explain recursion in a Haiku"_s);
    const Reply reply = send("GET", u"/api/prompts/"_s + query);
    QCOMPARE(reply.status, 200);
    QList<qint64> ids;
    for (const QJsonValue& record : reply.json.array())
        ids.append(record.toObject().value(u"id").toInteger());
    QCOMPARE(ids, expectedIds);
}

void TestDemoTarget::deleteThenNotFound()
{
    const qint64 id = create(u"Doomed"_s, u"to be deleted"_s);
    const qint64 kept = create(u"Kept"_s, u"stays"_s);
    QCOMPARE(m_target->recordCount(), 2);
    const QString path = u"/api/prompts/%1/"_s.arg(id);

    const Reply deleted = send("DELETE", path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_target->recordCount(), 1);

    const Reply get = send("GET", path);
    QCOMPARE(get.status, 404);
    QCOMPARE(get.detail(), u"Not found."_s);
    const Reply again = send("DELETE", path);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.detail(), u"Not found."_s);
    QCOMPARE(send("GET", u"/api/prompts/%1/"_s.arg(kept)).status, 200);
    QCOMPARE(send("GET", u"/api/prompts/count/"_s).object().value(u"count").toInteger(), 1);
}

void TestDemoTarget::unknownId_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addRow("GET never created") << QByteArray("GET") << u"/api/prompts/99/"_s;
    QTest::addRow("DELETE never created") << QByteArray("DELETE") << u"/api/prompts/99/"_s;
    QTest::addRow("zero") << QByteArray("GET") << u"/api/prompts/0/"_s;
    QTest::addRow("negative") << QByteArray("GET") << u"/api/prompts/-1/"_s;
    QTest::addRow("plus sign") << QByteArray("GET") << u"/api/prompts/+1/"_s;
    QTest::addRow("not a number") << QByteArray("GET") << u"/api/prompts/abc/"_s;
    QTest::addRow("overflow") << QByteArray("DELETE") << u"/api/prompts/99999999999999999999999/"_s;
    QTest::addRow("PUT on a non-id") << QByteArray("PUT") << u"/api/prompts/abc/"_s;
}

void TestDemoTarget::unknownId()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    create(u"One"_s, u"exists"_s);
    const Reply reply = send(verb, path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object(), QJsonObject({ { u"detail"_s, u"Not found."_s } }));
    QCOMPARE(m_target->recordCount(), 1);
}

void TestDemoTarget::unknownPath_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addRow("root") << QByteArray("GET") << u"/"_s;
    QTest::addRow("api") << QByteArray("GET") << u"/api/"_s;
    QTest::addRow("no trailing slash") << QByteArray("GET") << u"/api/prompts"_s;
    QTest::addRow("login without slash") << QByteArray("POST") << u"/api/auth/login"_s;
    QTest::addRow("below count") << QByteArray("GET") << u"/api/prompts/count/extra/"_s;
    QTest::addRow("below an id") << QByteArray("GET") << u"/api/prompts/1/x/"_s;
    QTest::addRow("elsewhere") << QByteArray("DELETE") << u"/admin/"_s;
}

void TestDemoTarget::unknownPath()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const Reply reply = send(verb, path, {}, false);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.detail(), u"Not found."_s);
}

void TestDemoTarget::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::addRow("GET login") << QByteArray("GET") << u"/api/auth/login/"_s << QByteArray("POST");
    QTest::addRow("PATCH list") << QByteArray("PATCH") << u"/api/prompts/"_s << QByteArray("GET, POST");
    QTest::addRow("PUT record") << QByteArray("PUT") << u"/api/prompts/1/"_s << QByteArray("GET, DELETE");
    QTest::addRow("DELETE count") << QByteArray("DELETE") << u"/api/prompts/count/"_s << QByteArray("GET");
    QTest::addRow("POST stats") << QByteArray("POST") << u"/api/prompts/stats/"_s << QByteArray("GET");
    QTest::addRow("PUT duplicates") << QByteArray("PUT") << u"/api/prompts/duplicates/"_s << QByteArray("GET");
    QTest::addRow("GET batch-validate") << QByteArray("GET") << u"/api/prompts/batch-validate/"_s << QByteArray("POST");
}

void TestDemoTarget::methodNotAllowed()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    create(u"One"_s, u"exists"_s);
    const Reply reply = send(verb, path);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.detail(), u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(verb)));
    QCOMPARE(reply.header("Allow"), allow);
    QCOMPARE(m_target->recordCount(), 1);
}

void TestDemoTarget::countAndStats()
{
    const Reply empty = send("GET", u"/api/prompts/stats/"_s);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.object(),
        QJsonObject({ { u"count"_s, 0 }, { u"avg_content_length"_s, 0 }, { u"avg_word_count"_s, 0 },
            { u"distinct_tags"_s, 0 }, { u"top_tags"_s, QJsonArray() } }));

    create(u"a"_s, u"1234"_s, { u"x"_s, u"y"_s });
    create(u"b"_s, u"1234 678"_s, { u"x"_s });
    create(u"c"_s, u"Grüße"_s); // code points, not UTF-8 bytes
    const Reply count = send("GET", u"/api/prompts/count/"_s);
    QCOMPARE(count.status, 200);
    QCOMPARE(count.object(), QJsonObject({ { u"count"_s, 3 } }));

    const QJsonObject stats = send("GET", u"/api/prompts/stats/"_s).object();
    QCOMPARE(stats.value(u"count").toInteger(), 3);
    QCOMPARE(stats.value(u"avg_content_length").toDouble(), (4 + 8 + 5) / 3.0);
    QCOMPARE(stats.value(u"avg_word_count").toDouble(), (1 + 2 + 1) / 3.0);
    QCOMPARE(stats.value(u"distinct_tags").toInteger(), 2);
    QCOMPARE(stats.value(u"top_tags").toArray(), QJsonArray({ QJsonArray { u"x"_s, 2 }, QJsonArray { u"y"_s, 1 } }));

    // Only the ten most used tags are listed, most used first, ties by name.
    for (int i = 0; i < 12; ++i)
        create(u"t%1"_s.arg(i), u"text"_s, { u"tag%1"_s.arg(i, 2, 10, QLatin1Char('0')) });
    const QJsonObject many = send("GET", u"/api/prompts/stats/"_s).object();
    QCOMPARE(many.value(u"distinct_tags").toInteger(), 14);
    const QJsonArray top = many.value(u"top_tags").toArray();
    QCOMPARE(top.size(), 10);
    QCOMPARE(top.at(0), QJsonValue(QJsonArray { u"x"_s, 2 }));
    QCOMPARE(top.at(1), QJsonValue(QJsonArray { u"tag00"_s, 1 }));
    QCOMPARE(top.at(9), QJsonValue(QJsonArray { u"tag08"_s, 1 }));
}

void TestDemoTarget::duplicatesFindsPlantedPair()
{
    const Reply none = send("GET", u"/api/prompts/duplicates/"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.object().value(u"pairs").toArray(), QJsonArray());
    QCOMPARE(none.object().value(u"compared").toInteger(), 0);

    for (int i = 1; i <= 12; ++i)
        create(QStringLiteral("Prompt %1").arg(i), distinctContent(i));
    // A near-duplicate of record 3: same title, same content and one more word (41 of 42 shared).
    const qint64 copy = create(u"Prompt 3"_s, distinctContent(3) + u" indeed"_s);
    QCOMPARE(copy, 13);

    const Reply reply = send("GET", u"/api/prompts/duplicates/"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.object();
    const qint64 n = 13;
    QCOMPARE(result.value(u"compared").toInteger(), n * (n - 1) / 2);
    const QJsonArray pairs = result.value(u"pairs").toArray();
    QCOMPARE(pairs.size(), 1);
    const QJsonArray pair = pairs.first().toArray();
    QCOMPARE(pair.size(), 3);
    QCOMPARE(pair.at(0).toInteger(), 3);
    QCOMPARE(pair.at(1).toInteger(), 13);
    const double similarity = pair.at(2).toDouble();
    QVERIFY2(similarity >= 0.8 && similarity < 1.0, qPrintable(QString::number(similarity)));

    // Deleting one of them makes the pair disappear; the comparisons shrink with n.
    QCOMPARE(send("DELETE", u"/api/prompts/3/"_s).status, 204);
    const QJsonObject after = send("GET", u"/api/prompts/duplicates/"_s).object();
    QCOMPARE(after.value(u"pairs").toArray(), QJsonArray());
    QCOMPARE(after.value(u"compared").toInteger(), (n - 1) * (n - 2) / 2);
}

void TestDemoTarget::batchValidate_data()
{
    QTest::addColumn<QJsonArray>("items");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("reportedErrors");

    const QJsonObject good { { u"title"_s, u"t"_s }, { u"content"_s, u"c"_s } };
    const QJsonObject noTitle { { u"content"_s, u"c"_s } };
    QTest::addRow("empty") << QJsonArray() << 0 << 0 << 0;
    QTest::addRow("all valid") << QJsonArray { good, good, good } << 3 << 0 << 0;
    QTest::addRow("mixed") << QJsonArray { good, noTitle, 42, good } << 2 << 2 << 2;
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(i % 4 == 0 ? QJsonValue(noTitle) : QJsonValue(good));
    QTest::addRow("100 items, 25 invalid") << many << 75 << 25 << 10;
}

void TestDemoTarget::batchValidate()
{
    QFETCH(QJsonArray, items);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, reportedErrors);

    const Reply reply = send("POST", u"/api/prompts/batch-validate/"_s, toJson({ { u"items"_s, items } }));
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.object();
    QCOMPARE(result.value(u"valid").toInteger(), valid);
    QCOMPARE(result.value(u"invalid").toInteger(), invalid);
    const QJsonArray errors = result.value(u"errors").toArray();
    QCOMPARE(errors.size(), reportedErrors);
    for (const QJsonValue& error : errors) {
        const qsizetype index = error.toObject().value(u"index").toInteger(-1);
        QVERIFY(index >= 0 && index < items.size());
        QVERIFY(!error.toObject().value(u"errors").toObject().isEmpty());
    }
    QCOMPARE(m_target->recordCount(), 0); // validation stores nothing
}

void TestDemoTarget::batchValidateRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("no items") << QByteArray("{}") << u"{\"items\":[\"This field is required.\"]}"_s;
    QTest::addRow("items not a list") << QByteArray(R"({"items":{"title":"t"}})") << u"Expected a list of items"_s;
    QTest::addRow("invalid JSON") << QByteArray(R"({"items":[)") << u"JSON parse error"_s;
}

void TestDemoTarget::batchValidateRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);
    const Reply reply = send("POST", u"/api/prompts/batch-validate/"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(QString::fromUtf8(reply.body).contains(fragment), reply.body.constData());
}

void TestDemoTarget::recordCountAgrees()
{
    QCOMPARE(m_target->recordCount(), 0);
    for (int i = 0; i < 25; ++i)
        QVERIFY(create(QStringLiteral("t%1").arg(i), distinctContent(i)) > 0);
    for (int id = 1; id <= 5; ++id)
        QCOMPARE(send("DELETE", u"/api/prompts/%1/"_s.arg(id)).status, 204);
    QCOMPARE(m_target->recordCount(), 20);
    QCOMPARE(send("GET", u"/api/prompts/count/"_s).object().value(u"count").toInteger(), 20);
    QCOMPARE(send("GET", u"/api/prompts/"_s).json.array().size(), 20);
    m_target->stop();
    QCOMPARE(m_target->recordCount(), 0);
}

void TestDemoTarget::listDelayDoesNotBlockServer()
{
    DemoTargetOptions options;
    options.listDelayMs = 500;
    restart(options);
    create(u"Delayed"_s, u"listed late"_s);

    // Requests go out on parallel connections (QNAM opens up to 6 per host). If the delay blocked
    // the server thread, the later requests would finish after the list; they must finish first.
    QStringList finishedOrder;
    QNetworkReply* list = start("GET", u"/api/prompts/"_s);
    QNetworkReply* search = start("GET", u"/api/prompts/?search=late"_s);
    QNetworkReply* count = start("GET", u"/api/prompts/count/"_s);
    connect(list, &QNetworkReply::finished, this, [&] { finishedOrder.append(u"list"_s); });
    connect(search, &QNetworkReply::finished, this, [&] { finishedOrder.append(u"search"_s); });
    connect(count, &QNetworkReply::finished, this, [&] { finishedOrder.append(u"count"_s); });
    QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 3, kReplyTimeoutMs);
    QCOMPARE(finishedOrder.last(), u"list"_s);

    const Reply listReply = collect(list);
    QCOMPARE(listReply.status, 200);
    QCOMPARE(listReply.json.array().size(), 1);
    QCOMPARE(collect(search).json.array().size(), 1);
    QCOMPARE(collect(count).object().value(u"count").toInteger(), 1);
}

void TestDemoTarget::clientLeavesDuringListDelay()
{
    DemoTargetOptions options;
    options.listDelayMs = 200;
    restart(options);
    create(u"Delayed"_s, u"listed late"_s);

    // The client gives up while the answer is pending: the server must drop it quietly (this is
    // the case ASan watches: the pending write must not touch the closed connection).
    QNetworkReply* list = start("GET", u"/api/prompts/"_s);
    QTest::qWait(50);
    list->abort();
    delete list;
    QTest::qWait(400); // past the delay: the cancelled write would have happened by now
    const Reply after = send("GET", u"/api/prompts/"_s);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json.array().size(), 1);
}

void TestDemoTarget::metrics()
{
    const Reply reply = send("GET", u"/metrics"_s, {}, false); // no token: scrapers do not log in
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; version=0.0.4"));
    const QByteArray& body = reply.body;
    QVERIFY(body.endsWith('\n'));
    const QList<QPair<QByteArray, QByteArray>> expected {
        { "process_resident_memory_bytes", "gauge" },
        { "process_cpu_seconds_total", "counter" },
        { "scalescope_demo_requests_total", "counter" },
        { "scalescope_demo_rejected_requests_total", "counter" },
        { "scalescope_demo_leaked_bytes", "gauge" },
    };
    for (const auto& [name, type] : expected) {
        const QByteArray help = "# HELP " + name + ' ';
        QVERIFY2(body.startsWith(help) || body.contains(QByteArray('\n' + help)), name.constData());
        QVERIFY2(body.contains(QByteArray("\n# TYPE " + name + ' ' + type + '\n')), name.constData());
    }
    // Every sample line is "name value", as Prometheus parses it.
    const QRegularExpression sample(u"^[a-zA-Z_:][a-zA-Z0-9_:]* [0-9]+(\\.[0-9]+)?$"_s);
    for (const QByteArray& line : body.trimmed().split('\n')) {
        if (!line.startsWith('#'))
            QVERIFY2(sample.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    }

    const std::optional<double> resident = metricValue(body, "process_resident_memory_bytes");
    QVERIFY(resident);
    QVERIFY2(*resident > 1024.0 * 1024.0 && *resident < 64.0 * 1024 * 1024 * 1024, body.constData());
    const std::optional<double> cpu = metricValue(body, "process_cpu_seconds_total");
    QVERIFY(cpu);
    QVERIFY2(*cpu > 0.0 && *cpu < 24.0 * 3600, body.constData());
    // the login of restart() and this request
    QCOMPARE(metricValue(body, "scalescope_demo_requests_total").value_or(-1), 2.0);
    QCOMPARE(metricValue(body, "scalescope_demo_rejected_requests_total").value_or(-1), 0.0);
    QCOMPARE(metricValue(body, "scalescope_demo_leaked_bytes").value_or(-1), 0.0); // no leak unless asked for

    // Every request counts, whatever its path or outcome.
    QCOMPARE(send("GET", u"/api/prompts/count/"_s).status, 200);
    QCOMPARE(send("GET", u"/nowhere/"_s).status, 404);
    QCOMPARE(send("GET", u"/api/prompts/"_s, {}, false).status, 401);
    QCOMPARE(metric("scalescope_demo_requests_total").value_or(-1), 6.0);

    const Reply post = send("POST", u"/metrics"_s, "{}", false);
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET"));
}

void TestDemoTarget::stallHappensOnce()
{
    DemoTargetOptions options;
    options.stallAfterMs = 200;
    options.stallMs = 1000; // long against a loaded machine's scheduling delays (ctest -j2 beside load tests)
    restart(options); // its login is the first request: the 200 ms count from there
    QTest::qWait(250);

    // The first request after the deadline stalls; so does one sent 100 ms later on another
    // connection: the whole server stops, not just one connection.
    QElapsedTimer clock;
    clock.start();
    qint64 firstDoneMs = -1;
    qint64 secondDoneMs = -1;
    QNetworkReply* first = start("GET", u"/api/prompts/count/"_s);
    connect(first, &QNetworkReply::finished, this, [&] { firstDoneMs = clock.elapsed(); });
    QTest::qWait(100);
    QNetworkReply* second = start("GET", u"/api/prompts/count/"_s);
    const qint64 secondSentMs = clock.elapsed();
    connect(second, &QNetworkReply::finished, this, [&] { secondDoneMs = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(firstDoneMs >= 0 && secondDoneMs >= 0, kReplyTimeoutMs);
    QCOMPARE(collect(first).status, 200);
    QCOMPARE(collect(second).status, 200);
    QVERIFY2(firstDoneMs >= 950, qPrintable(u"the stalled request took %1 ms"_s.arg(firstDoneMs)));
    QVERIFY2(secondDoneMs - secondSentMs >= 400,
        qPrintable(u"the request sent during the stall took %1 ms"_s.arg(secondDoneMs - secondSentMs)));

    // Once only: the next requests, later ones too, are fast again.
    for (const int waitMs : { 0, 300, 600 }) {
        QTest::qWait(waitMs);
        clock.restart();
        QCOMPARE(send("GET", u"/api/prompts/count/"_s).status, 200);
        QVERIFY2(clock.elapsed() < 600, qPrintable(u"%1 ms after %2 ms"_s.arg(clock.elapsed()).arg(waitMs)));
    }
}

void TestDemoTarget::leakGrowsResidentMemory()
{
    // 1 MiB per request, 100 MiB in all: more than the free heap the process may hold from earlier tests (64 KiB
    // blocks came from there, and RSS grew by 2 MB for 12.5 MiB leaked in one CI run).
    constexpr qsizetype kLeak = 1024 * 1024;
    constexpr int kRequests = 100;
    DemoTargetOptions options;
    options.leakBytesPerRequest = kLeak;
    restart(options);
    const std::optional<double> before = metric("process_resident_memory_bytes");
    QVERIFY(before);
    for (int i = 0; i < kRequests; ++i)
        QCOMPARE(send("GET", i % 2 ? u"/api/prompts/count/"_s : u"/nowhere/"_s).status, i % 2 ? 200 : 404);
    const std::optional<double> after = metric("process_resident_memory_bytes");
    QVERIFY(after);
    // RSS is noisy (the test process allocates and frees too), but the leak is touched memory and it stays:
    // at least half of the 100 MiB leaked must show.
    QVERIFY2(*after - *before >= 50e6, qPrintable(u"RSS grew by %1 bytes only"_s.arg(*after - *before, 0, 'f', 0)));
    // the login, two /metrics, the requests, and this /metrics, which leaks before it reports
    QCOMPARE(metric("scalescope_demo_leaked_bytes").value_or(-1), static_cast<double>((kRequests + 4) * kLeak));
}

void TestDemoTarget::maxRequestsPerSecond_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedOk");
    QTest::addRow("no limit (default)") << 0 << 120;
    QTest::addRow("50 per second") << 50 << 50;
}

void TestDemoTarget::maxRequestsPerSecond()
{
    QFETCH(int, limit);
    QFETCH(int, expectedOk);
    constexpr int kRequests = 120;
    DemoTargetOptions options;
    options.maxRequestsPerSecond = limit;
    restart(options);

    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRequests; ++i)
        replies.append(start("GET", u"/api/prompts/count/"_s));
    int ok = 0;
    int refused = 0;
    for (QNetworkReply* pending : replies) {
        const Reply reply = collect(pending);
        if (reply.status == 200) {
            ++ok;
        } else if (reply.status == 503) {
            ++refused;
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(reply.body, QByteArray(R"({"detail":"over capacity"})"));
        }
    }
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(ok + refused, kRequests);
    if (elapsedMs < 1000) {
        QCOMPARE(ok, expectedOk); // all in one window
    } else { // a slow machine: a second window opened meanwhile
        qWarning("%d requests took %lld ms", kRequests, elapsedMs);
        const int windows = int(elapsedMs / 1000) + 1; // each window may admit expectedOk
        QVERIFY2(ok >= expectedOk && ok <= qMin(windows * expectedOk, kRequests), qPrintable(QString::number(ok)));
    }

    // The login and /metrics are never refused, not even now.
    const QByteArray credentials = R"({"username":"admin","password":"admin_password"})";
    QCOMPARE(send("POST", u"/api/auth/login/"_s, credentials, false).status, 200);
    QCOMPARE(metric("scalescope_demo_rejected_requests_total").value_or(-1), static_cast<double>(refused));

    if (limit > 0) {
        QTest::qWait(1100); // the next window
        QCOMPARE(send("GET", u"/api/prompts/count/"_s).status, 200);
    }
}

void TestDemoTarget::listenOnBusyPort()
{
    DemoTargetThread second;
    const auto port = static_cast<quint16>(m_base.port());
    const Result<QUrl> url = second.start(DemoTargetOptions {}, QHostAddress::LocalHost, port);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, ErrorKind::Network);
    const QString message = url.error().message;
    QVERIFY2(message.contains(u"Cannot listen on 127.0.0.1:%1: "_s.arg(port)), qPrintable(message));
    QVERIFY2(message.contains(u"in use"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!second.isRunning());
    QCOMPARE(second.recordCount(), 0);
    QCOMPARE(send("GET", u"/api/prompts/count/"_s).status, 200); // the first one is unaffected
}

void TestDemoTarget::startTwice()
{
    const Result<QUrl> again = m_target->start(DemoTargetOptions {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Usage);
    QVERIFY2(again.error().message.contains(u"already running"_s), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(m_base.toString()), qPrintable(again.error().message));
    QCOMPARE(m_target->baseUrl(), m_base);
}

void TestDemoTarget::stopAndRestart()
{
    create(u"One"_s, u"exists"_s);
    QCOMPARE(m_target->recordCount(), 1);
    m_target->stop();
    m_target->stop(); // idempotent
    QVERIFY(!m_target->isRunning());
    QVERIFY(m_target->baseUrl().isEmpty());

    // A stopped target refuses connections.
    const Reply refused = send("GET", u"/api/prompts/count/"_s);
    QCOMPARE(refused.status, 0);

    DemoTargetOptions options;
    options.username = u"alice"_s;
    options.password = u"s3cret"_s;
    restart(options); // logs in as alice: fresh data, new credentials
    QCOMPARE(m_target->recordCount(), 0);
    const Reply oldCredentials
        = send("POST", u"/api/auth/login/"_s, R"({"username":"admin","password":"admin_password"})", false);
    QCOMPARE(oldCredentials.status, 401);
}

QTEST_GUILESS_MAIN(TestDemoTarget)
#include "tst_demotarget.moc"
