// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <initializer_list>
#include <utility>

using namespace scalescope;

namespace {

QJsonValue json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]", &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "json()", text);
    return document.array().at(0);
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

/// Sets (or, with kRemove, removes) the value at a dotted path such as "endpoints.0.path".
QJsonValue setAt(const QJsonValue& node, QStringList steps, const QJsonValue& value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        const QJsonValue child = setAt(index < array.size() ? array.at(index) : QJsonValue(), steps, value);
        if (child.isUndefined())
            array.removeAt(index);
        else if (index < array.size())
            array[index] = child;
        else
            array.append(child);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(step), steps, value);
    if (child.isUndefined())
        object.remove(step);
    else
        object.insert(step, child);
    return object;
}

QString sourcePath(const char* relative)
{
    return QStringLiteral(SCALESCOPE_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

enum class Base {
    Seeded, ///< tests/data/plans/base.json: a valid seeded plan with login, cleanup, count, thresholds
    Sweep, ///< tests/data/plans/sweep-base.json: a valid sweep plan
};

QJsonObject basePlan(Base base)
{
    QFile file(sourcePath(base == Base::Seeded ? "tests/data/plans/base.json" : "tests/data/plans/sweep-base.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The base plan with the given keys changed (or removed with kRemove); the bad-input cases
/// below each change one or two keys of a valid plan.
QByteArray mutated(Base base, std::initializer_list<std::pair<const char*, QJsonValue>> changes)
{
    static const QJsonObject seeded = basePlan(Base::Seeded);
    static const QJsonObject sweep = basePlan(Base::Sweep);
    QJsonValue root = base == Base::Seeded ? seeded : sweep;
    for (const auto& [path, value] : changes)
        root = setAt(root, QString::fromLatin1(path).split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

/// True when one line of @p message reads "<path>: …<reason>…".
bool hasIssue(const QString& message, const QString& path, const QString& reason)
{
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(path + QStringLiteral(": ")) && line.contains(reason))
            return true;
    }
    return false;
}

} // namespace

class TestPlanParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validPlans_data();
    void validPlans();
    void demoPlanContents();
    void sweepPlanContents();
    void fullPlanContents();
    void invalidPlans_data();
    void invalidPlans();
    void syntaxErrorPosition();
    void reportsEveryIssue();
    void clearTextSecretIsNotEchoed();
    void newerVersionIsReportedAlone();
    void roundTrip_data();
    void roundTrip();
    void validateStruct();
    void loadMissingFile();
};

void TestPlanParser::validPlans_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addRow("bundled demo") << sourcePath("resources/plans/demo.json");
    QTest::addRow("bundled demo sweep") << sourcePath("resources/plans/demo-sweep.json");
    QTest::addRow("bundled django") << sourcePath("resources/plans/django-prompts.json");
    QTest::addRow("bundled demo load") << sourcePath("resources/plans/demo-load.json");
    QTest::addRow("minimal") << sourcePath("tests/data/plans/minimal.json");
    QTest::addRow("every key") << sourcePath("tests/data/plans/everything.json");
    // The bases of the bad-input cases must be valid, or those cases would prove nothing.
    QTest::addRow("base of the bad cases") << sourcePath("tests/data/plans/base.json");
    QTest::addRow("sweep base of the bad cases") << sourcePath("tests/data/plans/sweep-base.json");
}

void TestPlanParser::validPlans()
{
    QFETCH(QString, fileName);
    const Result<Plan> plan = loadPlanFile(fileName);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QVERIFY(validatePlan(plan.value()).isEmpty());
    QVERIFY(!plan->endpoints.isEmpty());
}

void TestPlanParser::demoPlanContents()
{
    const Result<Plan> plan = loadPlanFile(sourcePath("resources/plans/demo.json"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->target.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8000")));
    QCOMPARE(plan->auth.kind, AuthKind::Login);
    QCOMPARE(plan->auth.username, QStringLiteral("admin"));
    QVERIFY(plan->auth.passwordRef.isEmpty()); // the CLI supplies the demo password at run time
    QCOMPARE(plan->auth.login.request.method, QStringLiteral("POST"));
    QCOMPARE(plan->auth.login.request.path, QStringLiteral("/api/auth/login/"));
    QCOMPARE(plan->auth.login.headerTemplate, QStringLiteral("Token {token}"));
    QCOMPARE(plan->dataset.mode, DatasetMode::Seeded);
    QCOMPARE(plan->dataset.sizes, (QList<int> { 10, 50, 100, 200, 500 }));
    QVERIFY(plan->dataset.seed && plan->dataset.cleanup && plan->dataset.count);
    QCOMPARE(plan->dataset.idSource, IdSource::JsonPointer);
    QCOMPARE(plan->dataset.idPointer, QStringLiteral("/id"));
    QCOMPARE(plan->dataset.countPointer, QStringLiteral("/count"));
    QStringList names;
    for (const EndpointConfig& endpoint : plan->endpoints)
        names.append(
            endpoint.name + QLatin1Char('=') + endpoint.request.method + QLatin1Char(' ') + endpoint.request.path);
    QCOMPARE(names,
        (QStringList { QStringLiteral("List prompts=GET /api/prompts/"),
            QStringLiteral("Search prompts=GET /api/prompts/?search={word}"),
            QStringLiteral("Get prompt=GET /api/prompts/{id}/"),
            QStringLiteral("Count prompts=GET /api/prompts/count/"),
            QStringLiteral("Prompt stats=GET /api/prompts/stats/"),
            QStringLiteral("Find duplicates=GET /api/prompts/duplicates/") }));
    QCOMPARE(plan->measurement, (MeasurementConfig { 10, 1, false, 5, MeasurementConfig::Order::Interleaved, 5, 1000 }));
    QCOMPARE(plan->thresholds,
        (QList<Threshold> {
            { QString(), ThresholdMetric::P95, 300.0 }, { QString(), ThresholdMetric::ErrorRate, 1.0 } }));
}

void TestPlanParser::sweepPlanContents()
{
    const Result<Plan> plan = loadPlanFile(sourcePath("resources/plans/demo-sweep.json"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->dataset.mode, DatasetMode::Sweep);
    QCOMPARE(plan->dataset.sizes, (QList<int> { 1, 10, 100, 1000 }));
    QVERIFY(!plan->dataset.seed && !plan->dataset.cleanup && !plan->dataset.count);
    QCOMPARE(plan->endpoints.size(), 1);
    QCOMPARE(plan->endpoints.at(0)
                 .request.body.toObject()
                 .value(QStringLiteral("items"))
                 .toObject()
                 .value(QStringLiteral("$repeat")),
        QJsonValue(QStringLiteral("{size}")));

    const Result<Plan> django = loadPlanFile(sourcePath("resources/plans/django-prompts.json"));
    QVERIFY(django.ok());
    QCOMPARE(django->auth.passwordRef, QStringLiteral("${SCALESCOPE_PASSWORD}"));
    QCOMPARE(django->target.baseUrl, QUrl(QStringLiteral("http://localhost:8000")));
    QVERIFY(django->measurement.concurrent);
    QCOMPARE(django->measurement.maxWorkers, 5);
}

void TestPlanParser::fullPlanContents()
{
    const Result<Plan> plan = loadPlanFile(sourcePath("tests/data/plans/everything.json"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->target.timeoutMs, 2500);
    QCOMPARE(plan->target.verifyTls, false);
    QCOMPARE(plan->target.http2, true);
    QCOMPARE(plan->target.proxy, QStringLiteral("http://proxy.example.test:3128"));
    // QJsonObject sorts keys: headers come back in name order.
    QCOMPARE(plan->target.headers,
        (QList<HeaderTemplate> { { QStringLiteral("Accept"), QStringLiteral("application/json") },
            { QStringLiteral("X-Client"), QStringLiteral("scalescope {uuid}") } }));
    QCOMPARE(plan->auth.kind, AuthKind::Bearer);
    QCOMPARE(plan->auth.tokenRef, QStringLiteral("${API_TOKEN}"));
    QCOMPARE(plan->dataset.seed->method, QStringLiteral("PUT")); // "put" in the file
    QCOMPARE(plan->dataset.seed->bodyText,
        std::optional<QString>(QStringLiteral("{n},{word},{random_int:1:100},{{literal}}")));
    QVERIFY(plan->dataset.seed->body.isUndefined());
    QCOMPARE(plan->dataset.idSource, IdSource::LocationHeader);
    QCOMPARE(plan->dataset.countPointer, QStringLiteral("/meta/total"));
    QCOMPARE(plan->endpoints.at(0).expectedStatus, (QList<int> { 200, 304 }));
    QCOMPARE(plan->endpoints.at(1).expectedStatus, (QList<int> { 201 }));
    QVERIFY(plan->endpoints.at(2).request.body.isNull()); // an explicit null body is kept
    QVERIFY(plan->endpoints.at(0).request.body.isUndefined());
    QCOMPARE(plan->measurement, (MeasurementConfig { 250, 0, true, 64, MeasurementConfig::Order::Interleaved, 3, 1500 }));
    QCOMPARE(plan->thresholds.size(), 8);
    QCOMPARE(plan->thresholds.at(7).metric, ThresholdMetric::Scaling);
    QCOMPARE(plan->thresholds.at(7).ceiling, ComplexityClass::Quadratic); // "o(n ^2)": case and spaces ignored
    QCOMPARE(plan->thresholds.at(6), (Threshold { QStringLiteral("Bulk"), ThresholdMetric::Throughput, 100.0 }));
    QCOMPARE(plan->thresholds.at(2), (Threshold { QString(), ThresholdMetric::P99, 80.5 }));

    // Absent keys take plan.h's defaults.
    const Result<Plan> minimal = loadPlanFile(sourcePath("tests/data/plans/minimal.json"));
    QVERIFY(minimal.ok());
    QCOMPARE(minimal->target.timeoutMs, TargetConfig {}.timeoutMs);
    QCOMPARE(minimal->auth, AuthConfig {});
    QCOMPARE(minimal->measurement, MeasurementConfig {});
    QCOMPARE(minimal->endpoints.at(0).request.method, QStringLiteral("GET"));
    QVERIFY(minimal->endpoints.at(0).expectedStatus.isEmpty());
}

void TestPlanParser::invalidPlans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char* name, const QByteArray& input, const char* path, const char* reason) {
        QTest::addRow("%s", name) << input << QString::fromUtf8(path) << QString::fromUtf8(reason);
    };

    // Structure
    row("root is an array", "[1, 2]", "", "a plan must be a JSON object, got an array");
    row("unknown key with suggestion", mutated(Base::Seeded, { { "target.base_ulr", QStringLiteral("http://x") } }),
        "target.base_ulr", "unknown key (did you mean \"base_url\"?)");
    row("unknown top-level key", mutated(Base::Seeded, { { "endpionts", QJsonArray() } }), "endpionts",
        "did you mean \"endpoints\"?");
    row("unknown key without suggestion", mutated(Base::Seeded, { { "measurement.zzzzzzzz", 1 } }),
        "measurement.zzzzzzzz", "unknown key (expected one of \"iterations\"");
    row("unknown endpoint key", mutated(Base::Seeded, { { "endpoints.1.expected", json("[200]") } }),
        "endpoints[1].expected", "did you mean \"expect\"?");
    row("wrong type integer", mutated(Base::Seeded, { { "measurement.iterations", QStringLiteral("10") } }),
        "measurement.iterations", "expected an integer, got a string");
    row("fractional integer", mutated(Base::Seeded, { { "measurement.warmup", 1.5 } }), "measurement.warmup",
        "expected an integer, got 1.5");
    row("wrong type boolean", mutated(Base::Seeded, { { "target.verify_tls", QStringLiteral("yes") } }),
        "target.verify_tls", "expected a boolean (true or false), got a string");
    row("wrong type object", mutated(Base::Seeded, { { "target", QStringLiteral("http://x") } }), "target",
        "expected an object, got a string");
    row("wrong type array", mutated(Base::Seeded, { { "endpoints", json("{}") } }), "endpoints",
        "expected an array, got an object");
    row("endpoint not an object", mutated(Base::Seeded, { { "endpoints.1", QStringLiteral("GET /") } }), "endpoints[1]",
        "expected an object, got a string");
    row("header value not a string", mutated(Base::Seeded, { { "target.headers.X-Count", 3 } }),
        "target.headers.X-Count", "expected a string, got a number");
    row("size not an integer", mutated(Base::Seeded, { { "dataset.sizes", json("[10, \"50\"]") } }), "dataset.sizes[1]",
        "expected an integer, got a string");

    // Required keys
    row("missing version", mutated(Base::Seeded, { { "version", kRemove } }), "version", "required");
    row("missing base_url", mutated(Base::Seeded, { { "target.base_url", kRemove } }), "target.base_url", "required");
    row("missing target", mutated(Base::Seeded, { { "target", kRemove } }), "target.base_url", "required");
    row("missing endpoints", mutated(Base::Seeded, { { "endpoints", kRemove } }), "endpoints",
        "at least one endpoint is required");
    row("empty endpoints", mutated(Base::Seeded, { { "endpoints", QJsonArray() } }), "endpoints",
        "at least one endpoint is required");
    row("missing sizes", mutated(Base::Seeded, { { "dataset.sizes", kRemove } }), "dataset.sizes",
        "at least one size is required");
    row("missing seed", mutated(Base::Seeded, { { "dataset.seed", kRemove } }), "dataset.seed",
        "required when dataset.mode is \"seed\"");
    row("missing auth type", mutated(Base::Seeded, { { "auth.type", kRemove } }), "auth.type", "required");
    row("missing endpoint path", mutated(Base::Seeded, { { "endpoints.0.path", kRemove } }), "endpoints[0].path",
        "required");
    row("missing threshold metric", mutated(Base::Seeded, { { "thresholds.0.metric", kRemove } }),
        "thresholds[0].metric", "required");

    // Enumerations
    row("bad dataset mode", mutated(Base::Seeded, { { "dataset.mode", QStringLiteral("seeed") } }), "dataset.mode",
        "unknown value \"seeed\" (did you mean \"seed\"?)");
    row("bad measurement order", mutated(Base::Seeded, { { "measurement.order", QStringLiteral("interleave") } }),
        "measurement.order", "unknown value \"interleave\" (did you mean \"interleaved\"?)");
    row("bad measurement mode", mutated(Base::Seeded, { { "measurement.mode", QStringLiteral("parallel") } }),
        "measurement.mode", "unknown value \"parallel\" (expected \"sequential\", \"concurrent\")");
    row("bad auth type", mutated(Base::Seeded, { { "auth.type", QStringLiteral("oauth2") } }), "auth.type",
        "unknown value \"oauth2\"");
    row("bad metric", mutated(Base::Seeded, { { "thresholds.0.metric", QStringLiteral("p96") } }),
        "thresholds[0].metric", "unknown value \"p96\"");
    row("bad id_from", mutated(Base::Seeded, { { "dataset.seed.id_from", QStringLiteral("header") } }),
        "dataset.seed.id_from", "expected \"json:<pointer>\"");
    row("bad id pointer", mutated(Base::Seeded, { { "dataset.seed.id_from", QStringLiteral("json:id") } }),
        "dataset.seed.id_from", "\"json:id\" is not a JSON pointer");
    row("bad count pointer", mutated(Base::Seeded, { { "dataset.count.pointer", QStringLiteral("count") } }),
        "dataset.count.pointer", "\"count\" is not a JSON pointer");

    // Sizes
    row("non-ascending sizes", mutated(Base::Seeded, { { "dataset.sizes", json("[10, 50, 200, 100]") } }),
        "dataset.sizes[3]", "must be greater than the previous size (200)");
    row("repeated size", mutated(Base::Seeded, { { "dataset.sizes", json("[10, 10]") } }), "dataset.sizes[1]",
        "must be greater than the previous size (10)");
    row("zero size when seeding", mutated(Base::Seeded, { { "dataset.sizes", json("[0, 10]") } }), "dataset.sizes[0]",
        "must be at least 1 when dataset.mode is \"seed\"");
    row("negative size in sweep", mutated(Base::Sweep, { { "dataset.sizes", json("[-1, 10]") } }), "dataset.sizes[0]",
        "must not be negative");
    row("size too large", mutated(Base::Seeded, { { "dataset.sizes", json("[10, 1000001]") } }), "dataset.sizes[1]",
        "must be at most 1000000");
    row("empty sizes", mutated(Base::Seeded, { { "dataset.sizes", QJsonArray() } }), "dataset.sizes",
        "at least one size is required");

    // Sweeps
    row("sweep without {size}", mutated(Base::Sweep, { { "endpoints.0.path", QStringLiteral("/api/items/") } }),
        "dataset.mode", "a sweep needs {size} in at least one endpoint's path, headers or body");
    row("{id} in a sweep",
        mutated(Base::Sweep, { { "endpoints.0.path", QStringLiteral("/api/items/{id}/?limit={size}") } }),
        "endpoints[0].path", "{id} needs seeded records");
    row("seed in a sweep", mutated(Base::Sweep, { { "dataset.seed", json(R"({"method": "POST", "path": "/x"})") } }),
        "dataset.seed", "not used when dataset.mode is \"sweep\"");
    row("cleanup in a sweep", mutated(Base::Sweep, { { "dataset.cleanup", json(R"({"path": "/x/{id}"})") } }),
        "dataset.cleanup", "not used when dataset.mode is \"sweep\"");

    // Secrets and auth
    row("clear-text password", mutated(Base::Seeded, { { "auth.password", QStringLiteral("admin_password") } }),
        "auth.password",
        "a password must not be stored in a plan file; use a reference such as ${SCALESCOPE_PASSWORD} or supply it at "
        "run time");
    row("malformed password reference", mutated(Base::Seeded, { { "auth.password", QStringLiteral("${1BAD}") } }),
        "auth.password", "a password must not be stored in a plan file");
    row("clear-text token",
        mutated(Base::Seeded, { { "auth", json(R"({"type": "bearer", "token": "abcdef0123456789"})") } }), "auth.token",
        "a token must not be stored in a plan file");
    row("token without bearer", mutated(Base::Seeded, { { "auth.token", QStringLiteral("${API_TOKEN}") } }),
        "auth.token", "only used with \"bearer\" authentication");
    row("login without username", mutated(Base::Seeded, { { "auth.username", kRemove } }), "auth.username",
        "required for \"login\" authentication");
    row("basic without username", mutated(Base::Seeded, { { "auth", json(R"({"type": "basic"})") } }), "auth.username",
        "required for \"basic\" authentication");
    row("login without path", mutated(Base::Seeded, { { "auth.login.path", kRemove } }), "auth.login.path", "required");
    row("login without login", mutated(Base::Seeded, { { "auth.login", kRemove } }), "auth.login.path", "required");
    row("header template without token",
        mutated(Base::Seeded, { { "auth.login.header_template", QStringLiteral("Token") } }),
        "auth.login.header_template", "must contain {token}");
    row("bad token pointer", mutated(Base::Seeded, { { "auth.login.token_pointer", QStringLiteral("token") } }),
        "auth.login.token_pointer", "is not a JSON pointer");
    row("password placeholder in endpoint",
        mutated(Base::Seeded, { { "endpoints.0.headers", json(R"({"X-Pass": "{password}"})") } }),
        "endpoints[0].headers.X-Pass", "{password} is only available in the login request");
    row("token placeholder in endpoint",
        mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("/api/?t={token}") } }), "endpoints[0].path",
        "{token} is only available in auth.login.header_template");
    row("credential header in clear",
        mutated(Base::Seeded, { { "target.headers.Authorization", QStringLiteral("Token 0123abcd") } }),
        "target.headers.Authorization", "a credential must not be stored in a plan file");
    row("credential in base_url",
        mutated(Base::Seeded, { { "target.base_url", QStringLiteral("http://admin:pw@host") } }), "target.base_url",
        "must not contain user credentials");

    // Requests
    row("relative path", mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("api/prompts/") } }),
        "endpoints[0].path", "must start with \"/\"");
    row("path with a space", mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("/api/my prompts/") } }),
        "endpoints[0].path", "must not contain spaces");
    row("path with a fragment", mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("/api/#top") } }),
        "endpoints[0].path", "must not contain a fragment");
    row("bad method", mutated(Base::Seeded, { { "endpoints.1.method", QStringLiteral("FETCH") } }),
        "endpoints[1].method", "unknown HTTP method \"FETCH\"");
    row("bad seed method", mutated(Base::Seeded, { { "dataset.seed.method", QStringLiteral("CREATE") } }),
        "dataset.seed.method", "unknown HTTP method \"CREATE\"");
    row("bad status", mutated(Base::Seeded, { { "endpoints.0.expect", json("[200, 700]") } }), "endpoints[0].expect[1]",
        "must be an HTTP status between 100 and 599, got 700");
    row("body and body_text",
        mutated(Base::Seeded, { { "endpoints.0.body", json("{}") }, { "endpoints.0.body_text", QStringLiteral("x") } }),
        "endpoints[0].body_text", "use either \"body\" or \"body_text\", not both");
    row("bad header name", mutated(Base::Seeded, { { "endpoints.0.headers", json(R"({"Bad Header": "x"})") } }),
        "endpoints[0].headers.Bad Header", "is not a valid header name");
    row("header value with newline",
        mutated(Base::Seeded, { { "endpoints.0.headers", json(R"({"X-A": "a\r\nX-B: b"})") } }),
        "endpoints[0].headers.X-A", "must not contain line breaks");
    row("cleanup without {id}", mutated(Base::Seeded, { { "dataset.cleanup.path", QStringLiteral("/api/prompts/") } }),
        "dataset.cleanup", "must use {id}");

    // URLs
    row("ftp base_url", mutated(Base::Seeded, { { "target.base_url", QStringLiteral("ftp://example.org") } }),
        "target.base_url", "must start with http:// or https://");
    row("base_url without host", mutated(Base::Seeded, { { "target.base_url", QStringLiteral("http://") } }),
        "target.base_url", "has no host name");
    row("base_url with query", mutated(Base::Seeded, { { "target.base_url", QStringLiteral("http://host/?a=1") } }),
        "target.base_url", "must not have a query or fragment");
    row("base_url not a URL", mutated(Base::Seeded, { { "target.base_url", QStringLiteral("http://exa mple.org") } }),
        "target.base_url", "not a valid URL");
    row("bad proxy", mutated(Base::Seeded, { { "target.proxy", QStringLiteral("proxy:3128") } }), "target.proxy",
        "expected a proxy URL");

    // Names
    row("duplicate names", mutated(Base::Seeded, { { "endpoints.1.name", QStringLiteral("List") } }),
        "endpoints[1].name", "duplicate name \"List\" (also used by endpoints[0])");
    row("empty name", mutated(Base::Seeded, { { "endpoints.1.name", QStringLiteral("  ") } }), "endpoints[1].name",
        "required");

    // Placeholders
    row("unknown placeholder in body",
        mutated(Base::Seeded, { { "dataset.seed.body.title", QStringLiteral("Prompt {nmae}") } }),
        "dataset.seed.body.title", "unknown placeholder {nmae}");
    row("unknown placeholder in endpoint body",
        mutated(Base::Seeded,
            { { "endpoints.1.method", QStringLiteral("POST") },
                { "endpoints.1.body", json(R"({"tags": ["{wrod}"]})") } }),
        "endpoints[1].body.tags[0]", "unknown placeholder {wrod} (did you mean {word}?)");
    row("unbalanced brace in path", mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("/api/{size/") } }),
        "endpoints[0].path", "unbalanced '{'");
    row("bad random_int", mutated(Base::Seeded, { { "endpoints.0.path", QStringLiteral("/api/?p={random_int:9:1}") } }),
        "endpoints[0].path", "needs a <= b");
    row("placeholder in header", mutated(Base::Seeded, { { "target.headers.X-Req", QStringLiteral("{uuid:4}") } }),
        "target.headers.X-Req", "{uuid} takes no arguments");
    row("{i} outside $repeat", mutated(Base::Seeded, { { "dataset.seed.body.title", QStringLiteral("Item {i}") } }),
        "dataset.seed.body.title", "{i} is only defined inside a \"$repeat\" item");
    row("$repeat over the cap",
        mutated(Base::Seeded, { { "dataset.seed.body.tags", json(R"({"$repeat": 2000000, "item": "{word}"})") } }),
        "dataset.seed.body.tags", "\"$repeat\" count 2000000 exceeds the limit of 1000000");
    row("$repeat without item",
        mutated(Base::Seeded, { { "dataset.seed.body.tags", json(R"({"$repeat": "{size}"})") } }),
        "dataset.seed.body.tags", "\"$repeat\" needs an \"item\"");
    row("$repeat with a word",
        mutated(Base::Seeded, { { "dataset.seed.body.tags", json(R"({"$repeat": "{word}", "item": 1})") } }),
        "dataset.seed.body.tags", "must be a non-negative integer or one numeric placeholder");
    row("bad placeholder inside $repeat item",
        mutated(Base::Seeded, { { "dataset.seed.body.tags", json(R"({"$repeat": 3, "item": {"t": "{lorem:0}"}})") } }),
        "dataset.seed.body.tags.item.t", "{lorem:K} needs a word count K between 1 and 10000");

    // Thresholds
    row("throughput with max",
        mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "throughput", "max": 100})") } }),
        "thresholds[0].max", "throughput takes \"min\"");
    row("latency with min", mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "p95", "min": 100})") } }),
        "thresholds[0].min", "p95 takes \"max\"");
    row("error rate with min",
        mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "error_rate", "min": 1})") } }),
        "thresholds[0].min", "error_rate takes \"max\"");
    row("threshold without bound", mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "p99"})") } }),
        "thresholds[0].max", "required for metric \"p99\"");
    row("threshold bound not a number", mutated(Base::Seeded, { { "thresholds.0.max", QStringLiteral("300ms") } }),
        "thresholds[0].max", "expected a number, got a string");
    row("scaling with min", mutated(Base::Seeded, { { "thresholds.0", json(R"x({"metric": "scaling", "min": "O(n)"})x") } }),
        "thresholds[0].min", "scaling takes \"max\"");
    row("scaling ceiling unknown",
        mutated(Base::Seeded, { { "thresholds.0", json(R"x({"metric": "scaling", "max": "O(n^3)"})x") } }),
        "thresholds[0].max",
        "unknown complexity class \"O(n^3)\" (one of \"O(1)\", \"O(log n)\", \"O(n)\", \"O(n log n)\", \"O(n²)\")");
    row("scaling ceiling a number",
        mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "scaling", "max": 2})") } }),
        "thresholds[0].max", "expected a complexity class such as \"O(n)\", got a number");
    row("error rate over 100",
        mutated(Base::Seeded, { { "thresholds.0", json(R"({"metric": "error_rate", "max": 150})") } }),
        "thresholds[0].max", "at most 100");
    row("negative limit", mutated(Base::Seeded, { { "thresholds.0.max", -5 } }), "thresholds[0].max",
        "must be a non-negative number");
    row("threshold unknown endpoint", mutated(Base::Seeded, { { "thresholds.0.endpoint", QStringLiteral("Lits") } }),
        "thresholds[0].endpoint", "no endpoint is named \"Lits\" (did you mean \"List\"?)");

    // Ranges
    row("zero iterations", mutated(Base::Seeded, { { "measurement.iterations", 0 } }), "measurement.iterations",
        "must be between 1 and 1000000, got 0");
    row("negative warmup", mutated(Base::Seeded, { { "measurement.warmup", -1 } }), "measurement.warmup",
        "must be between 0 and 10000");
    row("zero block", mutated(Base::Seeded, { { "measurement.block", 0 } }), "measurement.block",
        "must be between 1 and 1000000, got 0");
    row("negative minimum duration", mutated(Base::Seeded, { { "measurement.min_duration_ms", -5 } }),
        "measurement.min_duration_ms", "must be between 0 and 600000, got -5");
    row("too many workers", mutated(Base::Seeded, { { "measurement.max_workers", 5000 } }), "measurement.max_workers",
        "must be between 1 and 1024");
    row("zero timeout", mutated(Base::Seeded, { { "target.timeout_ms", 0 } }), "target.timeout_ms",
        "must be between 1 and 3600000");
    row("huge timeout", mutated(Base::Seeded, { { "target.timeout_ms", 1e12 } }), "target.timeout_ms",
        "must be between 1 and 3600000");

    // Versions
    row("version 2", mutated(Base::Seeded, { { "version", 2 } }), "version",
        "this plan was written by a newer ScaleScope (format version 2)");
    row("version 0", mutated(Base::Seeded, { { "version", 0 } }), "version",
        "unsupported format version 0 (expected 1)");
    row("version as string", mutated(Base::Seeded, { { "version", QStringLiteral("1") } }), "version",
        "expected an integer, got a string");

    // Load tests
    row("unknown load kind", mutated(Base::Seeded, { { "load.kind", QStringLiteral("soak") } }), "load.kind",
        "unknown value \"soak\"");
    row("unknown load key", mutated(Base::Seeded, { { "load.user", 3 } }), "load.user", "did you mean \"users\"?");
    row("no users", mutated(Base::Seeded, { { "load.users", 0 } }), "load.users", "must be between 1 and 100000, got 0");
    row("think max below min", mutated(Base::Seeded, { { "load.think_time_s", json(R"({"min": 2, "max": 1})") } }),
        "load.think_time_s.max", "must not be below think_time_s.min (2 s)");
    row("think time in the open model",
        mutated(Base::Seeded, { { "load.model", QStringLiteral("open") }, { "load.think_time_s", json(R"({"min": 1})") } }),
        "load.think_time_s", "only for the closed model");
    row("zero rate", mutated(Base::Seeded, { { "load.model", QStringLiteral("open") }, { "load.rate", 0 } }), "load.rate",
        "must be above 0");
    row("ramp in the closed model", mutated(Base::Seeded, { { "load.ramp_to_rate", 50 } }), "load.ramp_to_rate",
        "only for a load test with model \"open\"");
    row("duration too short", mutated(Base::Seeded, { { "load.duration_s", 0.2 } }), "load.duration_s",
        "must be between 1 and 604800 seconds, got 0.2");
    row("duration as text", mutated(Base::Seeded, { { "load.duration_s", QStringLiteral("10m") } }), "load.duration_s",
        "expected a number, got a string");
    row("stress without a stop condition",
        mutated(Base::Seeded, { { "load.kind", QStringLiteral("stress") }, { "load.stop", json("{}") } }), "load.stop",
        "a stress test needs a stop condition");
    row("stress max below start",
        mutated(Base::Seeded, { { "load.kind", QStringLiteral("stress") }, { "load.users", 50 }, { "load.max", 20 } }),
        "load.max", "must not be below the start level (50)");
    row("open concurrency sweep",
        mutated(Base::Seeded, { { "load.kind", QStringLiteral("concurrency-sweep") }, { "load.model", QStringLiteral("open") } }),
        "load.model", "a concurrency sweep varies users");
    row("levels not ascending",
        mutated(Base::Seeded, { { "load.kind", QStringLiteral("concurrency-sweep") }, { "load.levels", json("[1, 4, 2]") } }),
        "load.levels[2]", "must be greater than the previous level (4)");
    row("interval longer than the run",
        mutated(Base::Seeded, { { "load.kind", QStringLiteral("endurance") }, { "load.duration_s", 30 }, { "load.interval_s", 60 } }),
        "load.interval_s", "must not be longer than duration_s (30 s)");
    row("metrics url not http", mutated(Base::Seeded, { { "load.target_memory", json(R"({"metrics_url": "ftp://x/m"})") } }),
        "load.target_memory.metrics_url", "is not an http(s) URL");
    row("metrics url and pid",
        mutated(Base::Seeded, { { "load.target_memory", json(R"({"metrics_url": "http://127.0.0.1:9/m", "pid": 5})") } }),
        "load.target_memory.pid", "either metrics_url or pid");
    row("negative weight", mutated(Base::Seeded, { { "load.users", 2 }, { "endpoints.0.weight", -1 } }),
        "endpoints[0].weight", "must be between 0 and 1000000, got -1");
}

void TestPlanParser::invalidPlans()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const Result<Plan> plan = parsePlan(input);
    QVERIFY2(!plan.ok(), "the plan was accepted");
    QCOMPARE(plan.error().kind, ErrorKind::Plan);
    const QString& message = plan.error().message;
    if (path.isEmpty())
        QVERIFY2(message.contains(reason), qPrintable(message));
    else
        QVERIFY2(hasIssue(message, path, reason),
            qPrintable(QStringLiteral("wanted \"%1: …%2…\" in:\n%3").arg(path, reason, message)));
}

void TestPlanParser::syntaxErrorPosition()
{
    // The missing value is on line 3: Qt stops just after the '}' at column 11.
    const QByteArray input = "{\n  \"version\": 1,\n  \"name\": }\n";
    const Result<Plan> plan = parsePlan(input);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::Plan);
    QVERIFY2(plan.error().message.startsWith(QStringLiteral("line 3, column 12: ")), qPrintable(plan.error().message));
    // followed by QJsonParseError's own text
    QVERIFY2(
        plan.error().message.size() > QStringLiteral("line 3, column 12: ").size(), qPrintable(plan.error().message));

    // Columns count characters, not bytes: "é" is two bytes in UTF-8. Qt stops after the second
    // string's opening quote, character 14 (byte 15): column 15, where bytes would give 16.
    const Result<Plan> utf8 = parsePlan(QByteArray("{\"name\": \"\xc3\xa9\" \"x\"}"));
    QVERIFY(!utf8.ok());
    QVERIFY2(utf8.error().message.startsWith(QStringLiteral("line 1, column 15: ")), qPrintable(utf8.error().message));

    const Result<Plan> empty = parsePlan(QByteArray());
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().message.startsWith(QStringLiteral("line 1, column 1: ")), qPrintable(empty.error().message));
}

void TestPlanParser::reportsEveryIssue()
{
    const Result<Plan> plan = loadPlanFile(sourcePath("tests/data/plans/many-errors.json"));
    QVERIFY(!plan.ok());
    const QString& message = plan.error().message;
    const QList<std::pair<QString, QString>> expected {
        { QStringLiteral("target.base_ulr"), QStringLiteral("did you mean \"base_url\"?") },
        { QStringLiteral("target.timeout_ms"), QStringLiteral("expected an integer, got a string") },
        { QStringLiteral("auth.password"), QStringLiteral("a password must not be stored in a plan file") },
        { QStringLiteral("dataset.sizes[3]"), QStringLiteral("must be greater than the previous size (200)") },
        { QStringLiteral("dataset.seed.body.title"), QStringLiteral("unknown placeholder {nmae}") },
        { QStringLiteral("endpoints[0].method"), QStringLiteral("unknown HTTP method \"FETCH\"") },
        { QStringLiteral("endpoints[0].path"), QStringLiteral("must start with \"/\"") },
        { QStringLiteral("endpoints[1].name"), QStringLiteral("duplicate name \"List\"") },
        { QStringLiteral("measurement.iterations"), QStringLiteral("must be between 1 and 1000000") },
        { QStringLiteral("thresholds[0].max"), QStringLiteral("throughput takes \"min\"") },
        { QStringLiteral("target.base_url"), QStringLiteral("required") },
    };
    for (const auto& [path, reason] : expected)
        QVERIFY2(hasIssue(message, path, reason), qPrintable(path + QStringLiteral(" missing in:\n") + message));
    // Nothing else: one line per issue, no noise from issues that follow from others.
    QCOMPARE(message.count(QLatin1Char('\n')) + 1, expected.size());
}

void TestPlanParser::clearTextSecretIsNotEchoed()
{
    const QByteArray input = mutated(Base::Seeded,
        { { "auth.password", QStringLiteral("hunter2-very-secret") },
            { "target.headers.Authorization", QStringLiteral("Token tok-very-secret") } });
    const Result<Plan> plan = parsePlan(input);
    QVERIFY(!plan.ok());
    QVERIFY(!plan.error().message.contains(QStringLiteral("hunter2")));
    QVERIFY(!plan.error().message.contains(QStringLiteral("tok-very-secret")));
}

void TestPlanParser::newerVersionIsReportedAlone()
{
    // A newer format may add keys: they must not be listed as unknown.
    const Result<Plan> plan = parsePlan(mutated(Base::Seeded, { { "version", 3 }, { "future_key", true } }));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().message,
        QStringLiteral(
            "version: this plan was written by a newer ScaleScope (format version 3); this version reads version 1"));
}

void TestPlanParser::roundTrip_data() { validPlans_data(); }

void TestPlanParser::roundTrip()
{
    QFETCH(QString, fileName);
    const Result<Plan> original = loadPlanFile(fileName);
    QVERIFY(original.ok());
    const QByteArray written = planToJsonBytes(original.value());
    const Result<Plan> reparsed = parsePlan(written);
    QVERIFY2(reparsed.ok(), reparsed.ok() ? "" : qPrintable(reparsed.error().message));
    QVERIFY2(reparsed.value() == original.value(), written.constData());
    // Writing is canonical: a second round gives the same bytes.
    QCOMPARE(planToJsonBytes(reparsed.value()), written);
    QCOMPARE(planToJson(reparsed.value()), planToJson(original.value()));
}

void TestPlanParser::validateStruct()
{
    Plan plan;
    plan.target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    plan.dataset.mode = DatasetMode::Sweep;
    plan.dataset.sizes = { 1, 2 };
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("Echo");
    endpoint.request.path = QStringLiteral("/echo/{size}");
    plan.endpoints.append(endpoint);
    QVERIFY(validatePlan(plan).isEmpty());

    plan.auth.kind = AuthKind::Basic;
    plan.auth.username = QStringLiteral("u");
    plan.auth.passwordRef = QStringLiteral("plain");
    plan.endpoints[0].request.method = QStringLiteral("get"); // the GUI must store it upper-case
    const QList<PlanIssue> issues = validatePlan(plan);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).path, QStringLiteral("auth.password"));
    QCOMPARE(issues.at(1).path, QStringLiteral("endpoints[0].method"));
    QVERIFY(issues.at(1).toString().startsWith(QStringLiteral("endpoints[0].method: unknown HTTP method \"get\"")));

    plan.auth.passwordRef = QStringLiteral("${MY_PASSWORD}");
    plan.endpoints[0].request.method = QStringLiteral("GET");
    QVERIFY(validatePlan(plan).isEmpty());
}

void TestPlanParser::loadMissingFile()
{
    const QString fileName = QStringLiteral(SCALESCOPE_BINARY_DIR "/no-such-plan.json");
    const Result<Plan> plan = loadPlanFile(fileName);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::Io);
    QVERIFY(plan.error().message.contains(fileName));
}

QTEST_GUILESS_MAIN(TestPlanParser)
#include "tst_planparser.moc"
