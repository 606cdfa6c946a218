// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/templateexpander.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace scalescope;

namespace {

QJsonValue json(const char* text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT_X(document.isArray(), "json()", text);
    return document.array().at(0);
}

TemplateContext sampleContext()
{
    TemplateContext context;
    context.n = 7;
    context.size = 500;
    context.index = 3;
    context.username = QStringLiteral("admin");
    context.password = QStringLiteral("s3cret");
    context.token = QStringLiteral("abc123");
    context.id = QStringLiteral("42");
    return context;
}

const QString kEnvName = QStringLiteral("SCALESCOPE_TST_TEMPLATE_VAR");
const QString kUnsetEnvName = QStringLiteral("SCALESCOPE_TST_TEMPLATE_UNSET");

} // namespace

class TestTemplateExpander : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exactExpansion_data();
    void exactExpansion();
    void randomShapes_data();
    void randomShapes();
    void randomIntCoversRange();
    void idPicksAmongCreated();
    void deterministic();
    void urlPathEncoding();
    void expandJson_data();
    void expandJson();
    void repeatCount();
    void repeatIsCapped();
    void check_data();
    void check();
    void checkJson_data();
    void checkJson();
    void placeholders();
    void secretReferences_data();
    void secretReferences();
};

void TestTemplateExpander::initTestCase()
{
    qputenv(qPrintable(kEnvName), "from the environment");
    qunsetenv(qPrintable(kUnsetEnvName));
}

void TestTemplateExpander::cleanupTestCase() { qunsetenv(qPrintable(kEnvName)); }

void TestTemplateExpander::exactExpansion_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("no placeholders") << QStringLiteral("/api/items/") << QStringLiteral("/api/items/");
    QTest::addRow("n") << QStringLiteral("Prompt {n}") << QStringLiteral("Prompt 7");
    QTest::addRow("size") << QStringLiteral("?limit={size}") << QStringLiteral("?limit=500");
    QTest::addRow("i") << QStringLiteral("Item {i}") << QStringLiteral("Item 3");
    QTest::addRow("id from context") << QStringLiteral("/api/prompts/{id}/") << QStringLiteral("/api/prompts/42/");
    QTest::addRow("username password") << QStringLiteral("{username}:{password}") << QStringLiteral("admin:s3cret");
    QTest::addRow("token") << QStringLiteral("Token {token}") << QStringLiteral("Token abc123");
    QTest::addRow("env") << QStringLiteral("[{env:SCALESCOPE_TST_TEMPLATE_VAR}]")
                         << QStringLiteral("[from the environment]");
    QTest::addRow("unset env") << QStringLiteral("[{env:SCALESCOPE_TST_TEMPLATE_UNSET}]") << QStringLiteral("[]");
    QTest::addRow("escaped braces") << QStringLiteral("{{\"n\": {n}}}") << QStringLiteral("{\"n\": 7}");
    QTest::addRow("escaped placeholder") << QStringLiteral("{{n}}") << QStringLiteral("{n}");
    QTest::addRow("random_int single value") << QStringLiteral("{random_int:-3:-3}") << QStringLiteral("-3");
    QTest::addRow("unknown left as written") << QStringLiteral("a{nope}b") << QStringLiteral("a{nope}b");
    QTest::addRow("unbalanced left as written") << QStringLiteral("a{n") << QStringLiteral("a{n");
    QTest::addRow("lone closing brace") << QStringLiteral("a}b{n}") << QStringLiteral("a}b7");
    QTest::addRow("several") << QStringLiteral("{n}-{size}-{n}") << QStringLiteral("7-500-7");
}

void TestTemplateExpander::exactExpansion()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    TemplateExpander expander;
    QCOMPARE(expander.expand(input, sampleContext()), expected);
}

void TestTemplateExpander::randomShapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pattern");

    QTest::addRow("uuid v4") << QStringLiteral("{uuid}")
                             << QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    QTest::addRow("word") << QStringLiteral("{word}") << QStringLiteral("^[a-z]+$");
    QTest::addRow("lorem 40") << QStringLiteral("{lorem:40}") << QStringLiteral("^[a-z]+( [a-z]+){39}$");
    QTest::addRow("lorem 1") << QStringLiteral("<{lorem:1}>") << QStringLiteral("^<[a-z]+>$");
    QTest::addRow("random_int") << QStringLiteral("{random_int:10:99}") << QStringLiteral("^[1-9][0-9]$");
    QTest::addRow("negative random_int") << QStringLiteral("{random_int:-9:-1}") << QStringLiteral("^-[1-9]$");
}

void TestTemplateExpander::randomShapes()
{
    QFETCH(QString, input);
    QFETCH(QString, pattern);
    const QRegularExpression regex(pattern);
    TemplateExpander expander(99);
    for (int k = 0; k < 50; ++k) {
        const QString value = expander.expand(input, sampleContext());
        QVERIFY2(regex.match(value).hasMatch(), qPrintable(value));
    }
}

void TestTemplateExpander::randomIntCoversRange()
{
    TemplateExpander expander(5);
    QSet<QString> seen;
    for (int k = 0; k < 300; ++k)
        seen.insert(expander.expand(QStringLiteral("{random_int:5:7}"), {}));
    QCOMPARE(seen, (QSet<QString> { QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7") }));

    // The extreme range must not overflow.
    const QString extreme
        = expander.expand(QStringLiteral("{random_int:-9223372036854775808:9223372036854775807}"), {});
    bool ok = false;
    extreme.toLongLong(&ok);
    QVERIFY(ok);

    // {word} draws from a list of about 200 words: 2000 draws see most of them.
    QSet<QString> words;
    for (int k = 0; k < 2000; ++k)
        words.insert(expander.expand(QStringLiteral("{word}"), {}));
    QVERIFY2(words.size() > 150, qPrintable(QString::number(words.size())));
}

void TestTemplateExpander::idPicksAmongCreated()
{
    const QStringList ids { QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13") };
    TemplateContext context;
    context.createdIds = &ids;
    TemplateExpander expander(3);
    QSet<QString> seen;
    for (int k = 0; k < 200; ++k)
        seen.insert(expander.expand(QStringLiteral("{id}"), context));
    QCOMPARE(seen, QSet<QString>(ids.begin(), ids.end()));

    context.id = QStringLiteral("99"); // an explicit id wins
    QCOMPARE(expander.expand(QStringLiteral("{id}"), context), QStringLiteral("99"));

    const QStringList none;
    TemplateContext empty;
    empty.createdIds = &none;
    QCOMPARE(expander.expand(QStringLiteral("/x/{id}/"), empty), QStringLiteral("/x//"));
    QCOMPARE(expander.expand(QStringLiteral("/x/{id}/"), TemplateContext {}), QStringLiteral("/x//"));
}

void TestTemplateExpander::deterministic()
{
    const QString text = QStringLiteral("{uuid} {word} {lorem:5} {random_int:0:1000000} {id}");
    const QJsonValue body = json(R"({"a": "{word}", "b": {"$repeat": "{random_int:1:5}", "item": "{uuid}"}})");
    const QStringList ids { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") };
    TemplateContext context;
    context.createdIds = &ids;

    const auto run = [&](quint64 seed) {
        TemplateExpander expander(seed);
        QStringList out;
        for (int k = 0; k < 20; ++k) {
            out.append(expander.expand(text, context));
            out.append(QString::fromUtf8(expander.expandJson(body, context)));
        }
        return out;
    };
    const QStringList first = run(1234);
    QCOMPARE(run(1234), first);
    QVERIFY(run(1235) != first);
    QVERIFY(first.at(0) != first.at(2)); // the sequence moves on between calls

    // Pinned: the same seed gives the same data on every platform and release (portable bounded
    // sampling, not std::uniform_int_distribution). Changing it changes every generated dataset.
    TemplateExpander pinned(1);
    QCOMPARE(pinned.expand(QStringLiteral("{random_int:1:1000} {word}"), {}), QStringLiteral("529 integer"));
}

void TestTemplateExpander::urlPathEncoding()
{
    TemplateContext context;
    context.id = QStringLiteral("a b/c?d&e=é");
    context.size = 10;
    TemplateExpander expander;
    QCOMPARE(expander.expand(QStringLiteral("/api/items/{id}/?search={id}&limit={size}"), context,
                 TemplateExpander::Context::UrlPath),
        QStringLiteral("/api/items/a%20b%2Fc%3Fd%26e%3D%C3%A9/?search=a%20b%2Fc%3Fd%26e%3D%C3%A9&limit=10"));
    // Literal text is kept as written, even characters that would be encoded in a value.
    QCOMPARE(expander.expand(QStringLiteral("/a b/{{x}}"), context, TemplateExpander::Context::UrlPath),
        QStringLiteral("/a b/{x}"));
    // Text mode does not encode.
    QCOMPARE(expander.expand(QStringLiteral("{id}"), context), context.id);
}

void TestTemplateExpander::expandJson_data()
{
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("numeric promotion") << json(R"({"n": "{n}", "size": "{size}", "i": "{i}", "r": "{random_int:4:4}"})")
                                       << QByteArray(R"({"i":3,"n":7,"r":4,"size":500})");
    QTest::addRow("mixed text stays a string")
        << json(R"({"a": "{n} ", "b": "#{n}", "c": "{n}{n}", "d": "{id}", "e": "{{n}}"})")
        << QByteArray(R"({"a":"7 ","b":"#7","c":"77","d":"42","e":"{n}"})");
    QTest::addRow("nested arrays and literals") << json(R"({"tags": ["{username}", 1, true, null, {"x": "{size}"}]})")
                                                << QByteArray(R"({"tags":["admin",1,true,null,{"x":500}]})");
    QTest::addRow("repeat with index")
        << json(R"({"items": {"$repeat": "{i}", "item": {"title": "Item {i}", "k": "{i}"}}})")
        << QByteArray(R"({"items":[{"k":0,"title":"Item 0"},{"k":1,"title":"Item 1"},{"k":2,"title":"Item 2"}]})");
    QTest::addRow("repeat literal count") << json(R"({"$repeat": 2, "item": "x"})") << QByteArray(R"(["x","x"])");
    QTest::addRow("repeat string count") << json(R"({"$repeat": "2", "item": ["{n}"]})") << QByteArray("[[7],[7]]");
    QTest::addRow("repeat zero") << json(R"({"a": {"$repeat": 0, "item": 1}})") << QByteArray(R"({"a":[]})");
    QTest::addRow("nested repeat") << json(R"({"$repeat": 2, "item": {"$repeat": 2, "item": "{i}"}})")
                                   << QByteArray("[[0,1],[0,1]]");
    QTest::addRow("escaping") << json(R"({"q": "say \"hi\"\n\t\\ \u00e9 \u0001 {n}", "k\"ey": 1})")
                              << QByteArray(R"({"k\"ey":1,"q":"say \"hi\"\n\t\\ )"
                                            "\xc3\xa9"
                                            R"( \u0001 7"})");
    QTest::addRow("numbers as written") << json(R"([1.5, -0.25, 1e300, 9007199254740993, -3, 0])")
                                        << QByteArray("[1.5,-0.25,1e+300,9007199254740993,-3,0]");
    QTest::addRow("top-level string") << json(R"("Prompt {n}")") << QByteArray(R"("Prompt 7")");
    QTest::addRow("top-level number placeholder") << json(R"("{size}")") << QByteArray("500");
    QTest::addRow("top-level null") << json("null") << QByteArray("null");
    QTest::addRow("undefined body") << QJsonValue(QJsonValue::Undefined) << QByteArray();
}

void TestTemplateExpander::expandJson()
{
    QFETCH(QJsonValue, body);
    QFETCH(QByteArray, expected);
    TemplateExpander expander;
    const QByteArray out = expander.expandJson(body, sampleContext());
    QCOMPARE(out, expected);
    if (body.isObject() || body.isArray()) {
        QJsonParseError error;
        QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.errorString(), QJsonParseError {}.errorString()); // the output is valid JSON
    }
}

void TestTemplateExpander::repeatCount()
{
    const QJsonValue body
        = json(R"({"items": {"$repeat": "{size}", "item": {"title": "Item {i}", "content": "{lorem:20}"}}})");
    TemplateExpander expander;
    for (const qint64 size : { 0, 1, 10, 1000 }) {
        TemplateContext context;
        context.size = size;
        const QJsonDocument document = QJsonDocument::fromJson(expander.expandJson(body, context));
        const QJsonArray items = document.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), size);
        if (size > 0) {
            QCOMPARE(items.last().toObject().value(QStringLiteral("title")).toString(),
                QStringLiteral("Item %1").arg(size - 1));
            QCOMPARE(
                items.first().toObject().value(QStringLiteral("content")).toString().split(QLatin1Char(' ')).size(),
                20);
        }
    }
}

void TestTemplateExpander::repeatIsCapped()
{
    // A count from the context beyond the cap (check() rejects literal ones) is clamped, never trusted.
    TemplateContext context;
    context.size = -5;
    TemplateExpander expander;
    QCOMPARE(expander.expandJson(json(R"({"$repeat": "{size}", "item": 0})"), context), QByteArray("[]"));
    context.size = 1000001;
    const QByteArray capped = expander.expandJson(json(R"({"$repeat": "{size}", "item": 0})"), context);
    QCOMPARE(capped.count(','), 999999); // 1,000,000 items
    QCOMPARE(TemplateExpander::checkJson(json(R"({"$repeat": "1000000", "item": 0})")), QString());
    QCOMPARE(TemplateExpander::checkJson(json(R"({"$repeat": "1000001", "item": 0})")),
        QStringLiteral("\"$repeat\" count 1000001 exceeds the limit of 1000000"));
    QCOMPARE(TemplateExpander::checkJson(json(R"({"$repeat": "{random_int:1:2000000}", "item": 0})")),
        QStringLiteral("\"$repeat\" count {random_int:1:2000000} can exceed the limit of 1000000"));
}

void TestTemplateExpander::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::addRow("plain") << QStringLiteral("/api/items/") << QString();
    QTest::addRow("every placeholder") << QStringLiteral(
        "{n}{size}{i}{uuid}{random_int:-5:5}{word}{lorem:3}{id}{env:HOME}{username}{password}{token}")
                                       << QString();
    QTest::addRow("escapes") << QStringLiteral("{{}} {{n}}") << QString();
    QTest::addRow("unknown") << QStringLiteral("Prompt {nmae}") << QStringLiteral("unknown placeholder {nmae}");
    QTest::addRow("unknown with suggestion")
        << QStringLiteral("{szie}") << QStringLiteral("unknown placeholder {szie} (did you mean {size}?)");
    QTest::addRow("unbalanced open") << QStringLiteral("/a/{size") << QStringLiteral("unbalanced '{' at character 4");
    QTest::addRow("nested open") << QStringLiteral("{a{n}") << QStringLiteral("unbalanced '{' at character 1");
    QTest::addRow("unbalanced close") << QStringLiteral("a}") << QStringLiteral("unbalanced '}' at character 2");
    QTest::addRow("empty") << QStringLiteral("{}") << QStringLiteral("empty placeholder {}");
    QTest::addRow("arguments on n") << QStringLiteral("{n:2}") << QStringLiteral("{n} takes no arguments");
    QTest::addRow("random_int a > b") << QStringLiteral("{random_int:5:1}") << QStringLiteral("needs a <= b");
    QTest::addRow("random_int words") << QStringLiteral("{random_int:a:b}")
                                      << QStringLiteral("needs two integers a and b");
    QTest::addRow("random_int one arg") << QStringLiteral("{random_int:5}")
                                        << QStringLiteral("needs two integers a and b");
    QTest::addRow("lorem zero") << QStringLiteral("{lorem:0}")
                                << QStringLiteral("needs a word count K between 1 and 10000");
    QTest::addRow("lorem missing") << QStringLiteral("{lorem}") << QStringLiteral("needs a word count K");
    QTest::addRow("env bad name") << QStringLiteral("{env:1X}") << QStringLiteral("{env:NAME} needs a variable name");
    QTest::addRow("env missing") << QStringLiteral("{env}") << QStringLiteral("{env:NAME} needs a variable name");
}

void TestTemplateExpander::check()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QString result = TemplateExpander::check(text);
    if (problem.isEmpty())
        QCOMPARE(result, QString());
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
}

void TestTemplateExpander::checkJson_data()
{
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QString>("problem");

    QTest::addRow("valid") << json(R"({"a": ["{word}", 1], "b": {"$repeat": "{size}", "item": {"t": "{i}"}}})")
                           << QString();
    QTest::addRow("nested path") << json(R"({"a": {"b": [1, "{nope}"]}})")
                                 << QStringLiteral("a.b[1]: unknown placeholder {nope}");
    QTest::addRow("root string") << json(R"("{nope}")") << QStringLiteral("unknown placeholder {nope}");
    QTest::addRow("repeat without item") << json(R"({"x": {"$repeat": 3}})")
                                         << QStringLiteral("x: \"$repeat\" needs an \"item\"");
    QTest::addRow("repeat extra key") << json(R"({"$repeat": 3, "item": 1, "count": 2})")
                                      << QStringLiteral("unexpected key \"count\" next to \"$repeat\"");
    QTest::addRow("repeat negative") << json(R"({"$repeat": -1, "item": 1})")
                                     << QStringLiteral("\"$repeat\" must be a non-negative integer");
    QTest::addRow("repeat fraction") << json(R"({"$repeat": 1.5, "item": 1})")
                                     << QStringLiteral("\"$repeat\" must be a non-negative integer");
    QTest::addRow("repeat text") << json(R"({"$repeat": "{size} items", "item": 1})")
                                 << QStringLiteral("one numeric placeholder such as \"{size}\"");
    QTest::addRow("repeat bad placeholder")
        << json(R"({"$repeat": "{sise}", "item": 1})") << QStringLiteral("\"$repeat\": unknown placeholder {sise}");
    QTest::addRow("repeat over the cap") << json(R"({"$repeat": 1000001, "item": 1})")
                                         << QStringLiteral("exceeds the limit of 1000000");
    QTest::addRow("bad placeholder in item") << json(R"({"$repeat": 2, "item": {"t": "{lorem:x}"}})")
                                             << QStringLiteral("item.t: {lorem:x}: {lorem:K} needs a word count");
    QTest::addRow("i outside repeat") << json(R"({"t": "Item {i}"})")
                                      << QStringLiteral("t: {i} is only defined inside a \"$repeat\" item");
}

void TestTemplateExpander::checkJson()
{
    QFETCH(QJsonValue, body);
    QFETCH(QString, problem);
    const QString result = TemplateExpander::checkJson(body);
    if (problem.isEmpty())
        QCOMPARE(result, QString());
    else
        QVERIFY2(result.startsWith(problem) || result.contains(problem), qPrintable(result));
}

void TestTemplateExpander::placeholders()
{
    QCOMPARE(TemplateExpander::placeholders(QStringLiteral("/a/{id}/{env:HOME}/{id}?q={random_int:1:2}&{{x}}")),
        (QStringList { QStringLiteral("id"), QStringLiteral("env"), QStringLiteral("random_int") }));
    QCOMPARE(TemplateExpander::placeholders(QStringLiteral("no placeholders")), QStringList());
    QCOMPARE(TemplateExpander::placeholders(QStringLiteral("{nope}")), QStringList { QStringLiteral("nope") });
}

void TestTemplateExpander::secretReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isReference");
    QTest::addColumn<std::optional<QString>>("resolved");

    QTest::addRow("set") << QStringLiteral("${SCALESCOPE_TST_TEMPLATE_VAR}") << true
                         << std::optional<QString>(QStringLiteral("from the environment"));
    QTest::addRow("unset") << QStringLiteral("${SCALESCOPE_TST_TEMPLATE_UNSET}") << true << std::optional<QString>();
    QTest::addRow("underscore name") << QStringLiteral("${_X1}") << true << std::optional<QString>();
    QTest::addRow("clear text") << QStringLiteral("admin_password") << false << std::optional<QString>();
    QTest::addRow("no braces") << QStringLiteral("$SCALESCOPE_TST_TEMPLATE_VAR") << false << std::optional<QString>();
    QTest::addRow("digit first") << QStringLiteral("${1X}") << false << std::optional<QString>();
    QTest::addRow("empty name") << QStringLiteral("${}") << false << std::optional<QString>();
    QTest::addRow("trailing text") << QStringLiteral("${SCALESCOPE_TST_TEMPLATE_VAR}x") << false
                                   << std::optional<QString>();
    QTest::addRow("leading text") << QStringLiteral("x${SCALESCOPE_TST_TEMPLATE_VAR}") << false
                                  << std::optional<QString>();
    QTest::addRow("dash in name") << QStringLiteral("${A-B}") << false << std::optional<QString>();
    QTest::addRow("empty") << QString() << false << std::optional<QString>();
}

void TestTemplateExpander::secretReferences()
{
    QFETCH(QString, text);
    QFETCH(bool, isReference);
    QFETCH(std::optional<QString>, resolved);
    QCOMPARE(isSecretReference(text), isReference);
    QCOMPARE(resolveSecretReference(text), resolved);
}

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "tst_templateexpander.moc"
