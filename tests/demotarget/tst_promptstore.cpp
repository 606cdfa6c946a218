// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using scalescope::demo::DuplicateReport;
using scalescope::demo::PromptInput;
using scalescope::demo::PromptRecord;
using scalescope::demo::PromptStore;

namespace {

/// A content of a few hundred characters made of words unique to `seed`, so that distinct seeds
/// never look like duplicates.
QString distinctContent(int seed)
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words.append(QStringLiteral("w%1x%2").arg(seed).arg(i));
    return words.join(QLatin1Char(' '));
}

PromptInput input(const QString& title, const QString& content, const QStringList& tags = {})
{
    return PromptInput { title, content, tags };
}

QJsonValue parse(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

class TestPromptStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void validateFillsInput();
    void createFindRemove();
    void idsAreNotReused();
    void matching_data();
    void matching();
    void listAndSearchScanEveryRecord_data();
    void listAndSearchScanEveryRecord();
    void stats();
    void duplicatesComparesEveryPair_data();
    void duplicatesComparesEveryPair();
    void duplicatesFindsPlantedPair();
    void duplicatesThreshold_data();
    void duplicatesThreshold();
    void duplicatesListIsCapped();
    void duplicatesIgnoresDeleted();
    void words_data();
    void words();
    void tokens();
};

void TestPromptStore::validate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("message");

    QTest::addRow("valid") << QByteArray(R"({"title":"t","content":"c"})") << QString() << QString();
    QTest::addRow("valid with tags") << QByteArray(R"({"title":"t","content":"c","tags":["a","b"]})") << QString()
                                     << QString();
    QTest::addRow("valid, extra fields ignored")
        << QByteArray(R"({"title":"t","content":"c","x":1})") << QString() << QString();
    QTest::addRow("missing title") << QByteArray(R"({"content":"c"})") << u"title"_s << u"This field is required."_s;
    QTest::addRow("missing content") << QByteArray(R"({"title":"t"})") << u"content"_s << u"This field is required."_s;
    QTest::addRow("null title") << QByteArray(R"({"title":null,"content":"c"})") << u"title"_s
                                << u"This field may not be null."_s;
    QTest::addRow("blank title") << QByteArray(R"({"title":"   ","content":"c"})") << u"title"_s
                                 << u"This field may not be blank."_s;
    QTest::addRow("number content") << QByteArray(R"({"title":"t","content":5})") << u"content"_s
                                    << u"Not a valid string."_s;
    QTest::addRow("title too long") << (R"({"title":")" + QByteArray(201, 'x') + R"(","content":"c"})") << u"title"_s
                                    << u"no more than 200 characters"_s;
    QTest::addRow("tags a string") << QByteArray(R"({"title":"t","content":"c","tags":"a"})") << u"tags"_s
                                   << u"Expected a list of items but got type \\\"str\\\"."_s; // JSON-escaped quotes
    QTest::addRow("tag not a string") << QByteArray(R"({"title":"t","content":"c","tags":["a",3]})") << u"tags"_s
                                      << u"\"1\":[\"Not a valid string.\"]"_s;
    QTest::addRow("not an object") << QByteArray(R"([1,2])") << u"non_field_errors"_s
                                   << u"Expected a dictionary, but got list."_s;
}

void TestPromptStore::validate()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);

    PromptStore store;
    const QJsonObject errors = store.validate(parse(json));
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson().constData());
        return;
    }
    QVERIFY2(errors.contains(field), QJsonDocument(errors).toJson().constData());
    const QString text = QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact));
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(store.counters().itemsValidated, 1u);
}

void TestPromptStore::validateFillsInput()
{
    PromptStore store;
    PromptInput in;
    const QJsonObject errors
        = store.validate(parse(R"({"title":"  Title ","content":"Some content","tags":[" x ","y"]})"), &in);
    QVERIFY(errors.isEmpty());
    QCOMPARE(in.title, u"Title"_s); // trimmed, like DRF's CharField
    QCOMPARE(in.content, u"Some content"_s);
    QCOMPARE(in.tags, QStringList({ u"x"_s, u"y"_s }));
}

void TestPromptStore::createFindRemove()
{
    PromptStore store;
    const PromptRecord& first = store.create(input(u"One"_s, u"first content"_s, { u"a"_s }));
    QCOMPARE(first.id, 1);
    QVERIFY(first.createdAt.isValid());
    const qint64 secondId = store.create(input(u"Two"_s, u"second content"_s)).id;
    QCOMPARE(secondId, 2);
    QCOMPARE(store.count(), 2);

    const PromptRecord* found = store.find(1);
    QVERIFY(found);
    QCOMPARE(found->title, u"One"_s);
    QCOMPARE(found->tags, QStringList { u"a"_s });
    QVERIFY(!store.find(3));
    QVERIFY(!store.find(0));

    const QJsonObject json = PromptStore::toJson(*found);
    QCOMPARE(json.value(u"id").toInteger(), 1);
    QCOMPARE(json.value(u"title").toString(), u"One"_s);
    QCOMPARE(json.value(u"content").toString(), u"first content"_s);
    QCOMPARE(json.value(u"tags").toArray(), QJsonArray { u"a"_s });
    QVERIFY(QDateTime::fromString(json.value(u"created_at").toString(), Qt::ISODateWithMs).isValid());

    QVERIFY(store.remove(1));
    QVERIFY(!store.remove(1));
    QVERIFY(!store.find(1));
    QCOMPARE(store.count(), 1);
    QVERIFY(store.find(2));
}

void TestPromptStore::idsAreNotReused()
{
    PromptStore store;
    store.create(input(u"a"_s, u"a"_s));
    store.create(input(u"b"_s, u"b"_s));
    QVERIFY(store.remove(2));
    QCOMPARE(store.create(input(u"c"_s, u"c"_s)).id, 3);
    // Listing keeps insertion order after a delete in the middle.
    store.create(input(u"d"_s, u"d"_s));
    QVERIFY(store.remove(3));
    QList<qint64> ids;
    for (const PromptRecord* record : store.matching({}))
        ids.append(record->id);
    QCOMPARE(ids, QList<qint64>({ 1, 4 }));
}

void TestPromptStore::matching_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<qint64>>("expectedIds");

    QTest::addRow("empty lists all") << QString() << QList<qint64> { 1, 2, 3 };
    QTest::addRow("title, other case") << u"ALPHA"_s << QList<qint64> { 1 };
    QTest::addRow("content") << u"shared"_s << QList<qint64> { 2, 3 };
    QTest::addRow("substring of a word") << u"har"_s << QList<qint64> { 2, 3 };
    QTest::addRow("no match") << u"zebra"_s << QList<qint64> {};
}

void TestPromptStore::matching()
{
    QFETCH(QString, needle);
    QFETCH(QList<qint64>, expectedIds);

    PromptStore store;
    store.create(input(u"Alpha"_s, u"nothing here"_s));
    store.create(input(u"Beta"_s, u"some SHARED words"_s));
    store.create(input(u"Gamma"_s, u"also shared"_s));
    QList<qint64> ids;
    for (const PromptRecord* record : store.matching(needle))
        ids.append(record->id);
    QCOMPARE(ids, expectedIds);
}

void TestPromptStore::listAndSearchScanEveryRecord_data()
{
    QTest::addColumn<int>("records");
    QTest::addRow("0") << 0;
    QTest::addRow("1") << 1;
    QTest::addRow("100") << 100;
    QTest::addRow("1000") << 1000;
}

void TestPromptStore::listAndSearchScanEveryRecord()
{
    // The documented O(n) of list and search, asserted as work done rather than as time.
    QFETCH(int, records);
    PromptStore store;
    for (int i = 0; i < records; ++i)
        store.create(input(QStringLiteral("title %1").arg(i), distinctContent(i)));

    QCOMPARE(store.counters().recordsScanned, 0u);
    QCOMPARE(store.matching({}).size(), records);
    QCOMPARE(store.counters().recordsScanned, quint64(records));
    QCOMPARE(store.matching(u"title 1"_s).isEmpty(), records < 2);
    QCOMPARE(store.counters().recordsScanned, 2 * quint64(records));
    QCOMPARE(store.stats().count, records);
    QCOMPARE(store.counters().recordsScanned, 3 * quint64(records));
    // count and find are O(1): they scan nothing.
    QCOMPARE(store.count(), records);
    QCOMPARE(store.find(records) != nullptr, records > 0);
    QCOMPARE(store.counters().recordsScanned, 3 * quint64(records));
    QCOMPARE(store.counters().pairComparisons, 0u);
}

void TestPromptStore::stats()
{
    PromptStore store;
    auto s = store.stats();
    QCOMPARE(s.count, 0);
    QCOMPARE(s.averageContentLength, 0.0);
    QVERIFY(s.tagCounts.isEmpty());

    store.create(input(u"a"_s, u"12 45"_s, { u"x"_s, u"y"_s }));
    store.create(input(u"b"_s, u"one, two, 3"_s, { u"x"_s }));
    store.create(input(u"c"_s, u"a\U0001F600b"_s)); // the emoji is one code point (two UTF-16 units)
    s = store.stats();
    QCOMPARE(s.count, 3);
    QCOMPARE(s.averageContentLength, (5 + 11 + 3) / 3.0);
    QCOMPARE(s.averageWordCount, (2 + 3 + 2) / 3.0);
    QCOMPARE(s.tagCounts.value(u"x"_s), 2);
    QCOMPARE(s.tagCounts.value(u"y"_s), 1);
    QCOMPARE(s.tagCounts.size(), 2);
}

void TestPromptStore::duplicatesComparesEveryPair_data()
{
    QTest::addColumn<int>("records");
    for (const int n : { 0, 1, 2, 3, 10, 100, 300 })
        QTest::addRow("%d", n) << n;
}

void TestPromptStore::duplicatesComparesEveryPair()
{
    // The documented O(n²) of duplicates, asserted as comparisons made (counted in the loop).
    QFETCH(int, records);
    PromptStore store;
    for (int i = 0; i < records; ++i)
        store.create(input(QStringLiteral("t%1").arg(i), distinctContent(i)));

    const DuplicateReport report = store.duplicates();
    const qint64 expected = qint64(records) * (records - 1) / 2;
    QCOMPARE(report.compared, expected);
    QCOMPARE(store.counters().pairComparisons, quint64(expected));
    QCOMPARE(report.pairsFound, 0);
    QVERIFY(report.pairs.isEmpty());
    std::ignore = store.duplicates();
    QCOMPARE(store.counters().pairComparisons, 2 * quint64(expected)); // counters accumulate
    QCOMPARE(store.counters().recordsScanned, 0u);
}

void TestPromptStore::duplicatesFindsPlantedPair()
{
    PromptStore store;
    for (int i = 0; i < 20; ++i)
        store.create(input(QStringLiteral("t%1").arg(i), distinctContent(i)));
    // Record 21 repeats record 5's title and content plus one extra word: 41 of 42 words shared.
    const PromptRecord* original = store.find(6);
    QVERIFY(original);
    const qint64 copyId = store.create(input(original->title, original->content + u" extra"_s)).id;

    const DuplicateReport report = store.duplicates();
    QCOMPARE(report.compared, qint64(21) * 20 / 2);
    QCOMPARE(report.pairsFound, 1);
    QCOMPARE(report.pairs.size(), 1);
    QCOMPARE(report.pairs.first().firstId, 6);
    QCOMPARE(report.pairs.first().secondId, copyId);
    QCOMPARE(report.pairs.first().similarity, 41.0 / 42.0);
}

void TestPromptStore::duplicatesThreshold_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("duplicate");

    // Titles are part of the compared text; both are "t" here.
    QTest::addRow("identical") << u"a b c d"_s << u"a b c d"_s << true;
    QTest::addRow("case and punctuation ignored") << u"A, b. C! d?"_s << u"a b c d"_s << true;
    QTest::addRow("exactly 0.8 (4 of 5)") << u"a b c"_s << u"a b c d"_s << true;
    QTest::addRow("below 0.8 (4 of 6)") << u"a b c x"_s << u"a b c y"_s << false;
    QTest::addRow("repeated words count once") << u"a a a b b c"_s << u"a b c"_s << true;
    QTest::addRow("disjoint") << u"a b"_s << u"c d"_s << false;
}

void TestPromptStore::duplicatesThreshold()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, duplicate);

    PromptStore store;
    store.create(input(u"t"_s, first));
    store.create(input(u"t"_s, second));
    const DuplicateReport report = store.duplicates();
    QCOMPARE(report.compared, 1);
    QCOMPARE(report.pairsFound, duplicate ? 1 : 0);
    if (duplicate)
        QVERIFY(report.pairs.first().similarity >= PromptStore::kDuplicateThreshold);
}

void TestPromptStore::duplicatesListIsCapped()
{
    PromptStore store;
    for (int i = 0; i < 50; ++i)
        store.create(input(u"same"_s, u"the very same content"_s));
    const DuplicateReport report = store.duplicates();
    QCOMPARE(report.compared, 50 * 49 / 2);
    QCOMPARE(report.pairsFound, 50 * 49 / 2);
    QCOMPARE(report.pairs.size(), PromptStore::kMaxReportedPairs);
}

void TestPromptStore::duplicatesIgnoresDeleted()
{
    PromptStore store;
    store.create(input(u"t"_s, u"same words here"_s));
    store.create(input(u"t"_s, u"other things entirely"_s));
    store.create(input(u"t"_s, u"same words here"_s));
    QCOMPARE(store.duplicates().pairsFound, 1);
    QVERIFY(store.remove(3));
    const DuplicateReport report = store.duplicates();
    QCOMPARE(report.compared, 1);
    QCOMPARE(report.pairsFound, 0);
}

void TestPromptStore::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty") << QString() << QStringList {};
    QTest::addRow("punctuation only") << u" ,.!? "_s << QStringList {};
    QTest::addRow("lower-cased") << u"Hello WORLD"_s << QStringList { u"hello"_s, u"world"_s };
    QTest::addRow("digits are letters") << u"gpt-4o v2"_s << QStringList { u"gpt"_s, u"4o"_s, u"v2"_s };
    QTest::addRow("non-ASCII") << u"Grüße, Zoë"_s << QStringList { u"grüße"_s, u"zoë"_s };
}

void TestPromptStore::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(PromptStore::words(text), expected);
}

void TestPromptStore::tokens()
{
    PromptStore store;
    QVERIFY(!store.userForToken("0123456789abcdef0123456789abcdef01234567"));
    const QByteArray token = store.tokenFor(u"admin"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(QString::fromLatin1(token)).hasMatch());
    QCOMPARE(store.tokenFor(u"admin"_s), token); // get-or-create, like DRF
    QCOMPARE(store.userForToken(token).value_or(QString()), u"admin"_s);
    const QByteArray other = store.tokenFor(u"someone"_s);
    QVERIFY(other != token);
    QCOMPARE(store.userForToken(other).value_or(QString()), u"someone"_s);
    QVERIFY(!store.userForToken(QByteArray()));
}

QTEST_GUILESS_MAIN(TestPromptStore)
#include "tst_promptstore.moc"
