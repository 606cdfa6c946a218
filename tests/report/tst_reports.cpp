// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report writers: HTML well formed, self-contained and complete; SVG charts of the requested size with a mark for
// every endpoint; CSV rows and quoting; JUnit test cases and counts; no secret of the plan in any output.
// With SCALESCOPE_REPORT_CHECK_DIR set, the HTML of a demo run and of a comparison are written there to look at.
#include "analysis/comparison.h"
#include "analysis/runanalysis.h"
#include "report/chartpalette.h"
#include "report/charts.h"
#include "report/reports.h"
#include "syntheticloadrun.h"
#include "syntheticrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace scalescope;
using namespace scalescope::report;

namespace {

const QStringList kRunSections = { QStringLiteral("configuration"), QStringLiteral("scaling-chart"),
    QStringLiteral("success"), QStringLiteral("heatmap"), QStringLiteral("over-time"), QStringLiteral("results"),
    QStringLiteral("summary"), QStringLiteral("scaling"), QStringLiteral("findings"), QStringLiteral("thresholds"),
    QStringLiteral("errors") };
const QStringList kComparisonSections = { QStringLiteral("runs"), QStringLiteral("summary"), QStringLiteral("overlay"),
    QStringLiteral("endpoints"), QStringLiteral("cells"), QStringLiteral("classes"), QStringLiteral("unmatched") };

const QString kPassword = QStringLiteral("s3cr3t-pw");
const QString kToken = QStringLiteral("tok-3f9a8c");

/// What a parsed XML document holds, for the assertions.
struct XmlDocument {
    bool ok = false;
    QString error;
    QString rootName;
    QString rootNamespace;
    QXmlStreamAttributes rootAttributes;
    QString text; ///< every character data, concatenated with spaces
    QSet<QString> ids;
    QStringList sectionIds; ///< ids of <section> elements, in order
    QList<QPair<QString, QString>> urlAttributes; ///< (attribute, value) of every href/src/xlink:href
    QHash<QString, int> elementCounts;
    QStringList titles; ///< text of every <title> element (SVG tooltips)
    int svgCount = 0;
};

XmlDocument parseXml(const QByteArray& bytes)
{
    XmlDocument doc;
    QXmlStreamReader xml(bytes);
    bool inTitle = false;
    QString title;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (doc.rootName.isEmpty()) {
                doc.rootName = name;
                doc.rootNamespace = xml.namespaceUri().toString();
                doc.rootAttributes = xml.attributes();
            }
            doc.elementCounts[name] += 1;
            if (name == QLatin1String("svg"))
                ++doc.svgCount;
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id")) {
                    doc.ids.insert(attribute.value().toString());
                    if (name == QLatin1String("section"))
                        doc.sectionIds.append(attribute.value().toString());
                }
                if (attribute.name() == QLatin1String("href") || attribute.name() == QLatin1String("src"))
                    doc.urlAttributes.append({ attribute.qualifiedName().toString(), attribute.value().toString() });
            }
            if (name == QLatin1String("title")) {
                inTitle = true;
                title.clear();
            }
        } else if (token == QXmlStreamReader::Characters) {
            doc.text += xml.text() + QLatin1Char(' ');
            if (inTitle)
                title += xml.text();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("title")) {
            inTitle = false;
            doc.titles.append(title);
        }
    }
    doc.ok = !xml.hasError();
    doc.error
        = xml.errorString() + QStringLiteral(" at line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber());
    return doc;
}

/// The HTML after its doctype line, as XML.
XmlDocument parseHtml(const QByteArray& html)
{
    if (!html.startsWith("<!DOCTYPE html>\n"))
        return {};
    return parseXml(html.mid(html.indexOf('\n') + 1));
}

/// Every http(s) reference in @p html that is neither a namespace URI nor @p allowedText (the target's address,
/// shown as text).
QStringList externalReferences(const QByteArray& html, const QStringList& allowedText)
{
    static const QRegularExpression url(QStringLiteral("(?:https?:)?//[A-Za-z0-9._~:@%+-]+[^\\s\"'<>)]*"));
    QStringList found;
    const QString text = QString::fromUtf8(html);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QString match = it.next().captured(0);
        if (match == QLatin1String("http://www.w3.org/1999/xhtml")
            || match == QLatin1String("http://www.w3.org/2000/svg"))
            continue;
        if (std::any_of(allowedText.begin(), allowedText.end(), [&](const QString& a) { return match.startsWith(a); }))
            continue;
        found.append(match);
    }
    return found;
}

QStringList endpointsOf(const RunResult& run)
{
    QStringList names;
    for (const EndpointConfig& endpoint : run.plan.endpoints)
        names.append(endpoint.name);
    return names;
}

/// A finished run of @p endpoints endpoints × @p sizes, latencies growing with the size at different rates, 60 raw
/// samples per cell, a time-series point per second.
RunResult largeRun(int endpoints, const QList<int>& sizes, int samples = 60)
{
    RunResult run = testing::syntheticRun(testing::demoShape, 7, 5);
    run.plan.name = QStringLiteral("Large API");
    run.plan.dataset.sizes = sizes;
    run.plan.endpoints.clear();
    run.cells.clear();
    run.timeSeries.clear();
    for (int e = 0; e < endpoints; ++e) {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("Endpoint %1 with a longer name").arg(e + 1, 2, 10, QLatin1Char('0'));
        endpoint.request.path = QStringLiteral("/api/items/%1/").arg(e);
        endpoint.expectedStatus = { 200 };
        run.plan.endpoints.append(endpoint);
    }
    QRandomGenerator random(42);
    qint64 elapsedMs = 0;
    for (int si = 0; si < sizes.size(); ++si) {
        for (int e = 0; e < endpoints; ++e) {
            CellAccumulator accumulator;
            const double median = 0.1 + (e % 4) * 0.002 * sizes.at(si) + (e % 3 == 0 ? 0.05 * e : 0.0);
            for (int i = 0; i < samples; ++i) {
                const double factor = 1.0 + 0.2 * (random.generateDouble() - 0.5);
                accumulator.add(std::chrono::nanoseconds(qint64(median * factor * 1e6)),
                    i % 50 == 49 && e == 3 ? FailureKind::Timeout : FailureKind::None, 1024, 100);
            }
            CellResult cell;
            cell.sizeIndex = si;
            cell.size = sizes.at(si);
            cell.records = sizes.at(si);
            cell.endpointIndex = e;
            cell.endpoint = run.plan.endpoints.at(e).name;
            cell.method = QStringLiteral("GET");
            cell.path = run.plan.endpoints.at(e).request.path;
            cell.stats = accumulator.statistics(median * samples / 1000.0);
            cell.histogram = accumulator.histogram();
            cell.samplesNs = accumulator.rawSamples();
            if (e == 3)
                cell.errorSamples
                    = { { FailureKind::Timeout, QStringLiteral("Timeout after 10 s: GET /api/items/3/") } };
            elapsedMs += 3000;
            cell.finishedMs = elapsedMs;
            run.cells.append(cell);
        }
    }
    for (qint64 second = 0; second * 1000 < elapsedMs; ++second) {
        TimeSeriesPoint point;
        point.second = second;
        point.requests = 300 + quint64(random.bounded(50));
        point.p50Ms = 0.3 + 0.001 * double(second);
        point.p95Ms = point.p50Ms * 2;
        run.timeSeries.append(point);
    }
    run.finishedAt = run.startedAt.addMSecs(elapsedMs);
    return run;
}

/// The demo run with its endpoints renamed: names that need escaping in XML and quoting in CSV.
RunResult awkwardNames()
{
    RunResult run = testing::syntheticRun(testing::demoShape, 3, 30, 0.1, 9);
    const QStringList names = { QStringLiteral("List <prompts> & \"more\""), QStringLiteral("Search, \"fuzzy\""),
        QStringLiteral("Get 'one' prompt"), QStringLiteral("Count → prompts ≤ ∞"), QStringLiteral("Prompt\nstats"),
        QStringLiteral("Find dupl\x01icates") };
    for (int e = 0; e < names.size(); ++e)
        run.plan.endpoints[e].name = names.at(e);
    for (CellResult& cell : run.cells) {
        cell.endpoint = names.at(cell.endpointIndex);
        for (auto& sample : cell.errorSamples)
            sample.second += QStringLiteral(" <html>\x02 & \"quoted\"");
    }
    return run;
}

/// A base and a candidate of the demo plan: the candidate's List prompts twice as slow and its Count prompts
/// growing linearly.
std::pair<RunResult, RunResult> comparedRuns()
{
    RunResult base = testing::syntheticRun(testing::demoShape, 11);
    RunResult candidate = testing::syntheticRun(
        [](int endpoint, double n) {
            const double level = testing::demoShape(endpoint, n);
            if (endpoint == 0)
                return level * 2.0;
            if (endpoint == 3)
                return level + 0.004 * n;
            return level;
        },
        12, 60, 0.10, 0, QDateTime(QDate(2026, 12, 2), QTime(10, 30), Qt::UTC));
    return { base, candidate };
}

/// Records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

struct JUnitCase {
    QString name;
    QString classname;
    QString outcome; ///< "passed", "failure", "error", "skipped"
    QString message;
};

struct JUnitDocument {
    bool ok = false;
    QHash<QString, int> suitesCounts; ///< attributes of <testsuites>
    QHash<QString, int> suiteCounts; ///< of <testsuite>
    QList<JUnitCase> cases;
};

JUnitDocument parseJUnit(const QByteArray& bytes)
{
    JUnitDocument doc;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto counts = [&] {
            QHash<QString, int> out;
            for (const char* key : { "tests", "failures", "errors", "skipped" })
                out.insert(QLatin1String(key), attributes.value(QLatin1String(key)).toInt());
            return out;
        };
        if (name == QLatin1String("testsuites")) {
            doc.suitesCounts = counts();
        } else if (name == QLatin1String("testsuite")) {
            doc.suiteCounts = counts();
        } else if (name == QLatin1String("testcase")) {
            doc.cases.append({ attributes.value(QLatin1String("name")).toString(),
                attributes.value(QLatin1String("classname")).toString(), QStringLiteral("passed"), {} });
        } else if ((name == QLatin1String("failure") || name == QLatin1String("error")
                       || name == QLatin1String("skipped"))
            && !doc.cases.isEmpty()) {
            doc.cases.last().outcome = name.toString();
            doc.cases.last().message = attributes.value(QLatin1String("message")).toString();
        }
    }
    doc.ok = !xml.hasError() && !doc.cases.isEmpty();
    return doc;
}

const JUnitCase* caseNamed(const JUnitDocument& doc, const QString& name)
{
    for (const JUnitCase& c : doc.cases) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void writeCheckFile(const QString& name, const QByteArray& bytes)
{
    const QString dir = qEnvironmentVariable("SCALESCOPE_REPORT_CHECK_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

enum class ChartKind { ResponseTime, SuccessRate, Heatmap, OverTime, Comparison };

/// The top-level sections of a load test's report, in order.
QStringList loadSections(LoadConfig::Kind kind)
{
    QStringList ids { QStringLiteral("load-summary"), QStringLiteral("configuration") };
    if (kind == LoadConfig::Kind::Stress)
        ids.append(QStringLiteral("load-stress"));
    if (kind == LoadConfig::Kind::ConcurrencySweep)
        ids.append(QStringLiteral("load-sweep"));
    if (kind == LoadConfig::Kind::Endurance)
        ids.append(QStringLiteral("load-endurance"));
    ids.append(QStringLiteral("load-over-time"));
    if (kind == LoadConfig::Kind::Endurance)
        ids.append(QStringLiteral("load-memory"));
    ids += { QStringLiteral("load-stages"), QStringLiteral("findings"), QStringLiteral("thresholds"),
        QStringLiteral("errors") };
    return ids;
}

const Section* sectionOf(const Document& document, const QString& id)
{
    for (const Section& section : document.sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

/// The first table of @p section whose header starts with @p firstColumn (any table when empty).
const Table* tableOf(const Section& section, const QString& firstColumn = {})
{
    for (const Block& block : section.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            if (firstColumn.isEmpty() || table->header.value(0) == firstColumn)
                return table;
        }
    }
    return nullptr;
}

/// Every text of a section's blocks (paragraphs, key-values, list items, table cells, chart captions), joined.
QString textOf(const Section& section)
{
    QStringList parts;
    for (const Block& block : section.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block))
            parts.append(paragraph->text);
        else if (const auto* kv = std::get_if<KeyValues>(&block))
            for (const auto& [key, value] : kv->items)
                parts << key << value;
        else if (const auto* list = std::get_if<BulletList>(&block))
            for (const BulletList::Item& item : list->items)
                parts << item.text << item.detail;
        else if (const auto* table = std::get_if<Table>(&block))
            for (const QStringList& row : table->rows)
                parts += row;
        else if (const auto* chart = std::get_if<Chart>(&block))
            parts << chart->title << chart->caption;
    }
    return parts.join(QLatin1Char('\n'));
}

testing::LoadRunOptions loadOptions(LoadConfig::Kind kind, LoadConfig::Model model, bool stall = false)
{
    testing::LoadRunOptions options;
    options.kind = kind;
    options.model = model;
    options.stall = stall;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(scalescope::RunResult)
Q_DECLARE_METATYPE(ChartKind)
Q_DECLARE_METATYPE(scalescope::AuthKind)
Q_DECLARE_METATYPE(scalescope::LoadConfig::Kind)

class TestReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runHtml_data()
    {
        QTest::addColumn<RunResult>("run");
        QTest::addRow("demo run") << testing::syntheticRun();
        QTest::addRow("failures every 7th request") << testing::syntheticRun(testing::demoShape, 2, 60, 0.1, 7);
        QTest::addRow("names to escape") << awkwardNames();
        QTest::addRow("20 endpoints x 10 sizes")
            << largeRun(20, { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 });
        RunResult failed = testing::syntheticRun();
        failed.cells.clear();
        failed.timeSeries.clear();
        failed.status = RunStatus::Failed;
        failed.error = Error { ErrorKind::Auth, QStringLiteral("Login failed: HTTP 401 from POST /api/auth/login/") };
        QTest::addRow("failed before measuring") << failed;
        RunResult sweep = testing::syntheticRun();
        sweep.plan.dataset.mode = DatasetMode::Sweep;
        for (CellResult& cell : sweep.cells)
            cell.records = -1;
        QTest::addRow("parameter sweep") << sweep;
    }
    void runHtml()
    {
        QFETCH(RunResult, run);
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const QByteArray html = toHtml(runReport(run, analysis, RunLabel { 12, {} }));
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.rootName, QStringLiteral("html"));
        QCOMPARE(doc.rootNamespace, QStringLiteral("http://www.w3.org/1999/xhtml"));
        QVERIFY(doc.elementCounts.value(QStringLiteral("style")) == 1);
        QVERIFY(doc.elementCounts.value(QStringLiteral("nav")) == 1);

        // Every section, in the documented order, each linked from the table of contents.
        QStringList topLevel;
        for (const QString& id : doc.sectionIds) {
            if (kRunSections.contains(id))
                topLevel.append(id);
        }
        QCOMPARE(topLevel, kRunSections);
        for (const QString& id : kRunSections)
            QVERIFY2(doc.urlAttributes.contains(QPair<QString, QString>(QStringLiteral("href"), QLatin1Char('#') + id)),
                qPrintable(id));

        // Every endpoint by name (as XML text: escaped in the file, restored by the parser; invalid characters
        // dropped).
        for (QString name : endpointsOf(run)) {
            name.remove(QChar(0x01));
            QVERIFY2(doc.text.contains(name), qPrintable(name));
        }
        // Four charts, always (an empty one says so).
        QCOMPARE(doc.svgCount, 4);

        // Self-contained: no element that loads anything, links only to anchors, no URL but the target's text.
        for (const char* element :
            { "link", "script", "img", "iframe", "object", "embed", "image", "use", "audio", "video" })
            QVERIFY2(!doc.elementCounts.contains(QLatin1String(element)), element);
        for (const auto& [attribute, value] : doc.urlAttributes)
            QVERIFY2(value.startsWith(QLatin1Char('#')), qPrintable(attribute + QLatin1Char('=') + value));
        QVERIFY(!html.contains("url("));
        QVERIFY(!html.contains("@import"));
        const QString target = run.plan.target.baseUrl.toDisplayString();
        const QStringList external = externalReferences(html, { target });
        QVERIFY2(external.isEmpty(), qPrintable(external.join(QLatin1Char(' '))));
        QVERIFY(QString::fromUtf8(html).contains(target));

        // Under 2 MB, also for 20 endpoints × 10 sizes.
        QVERIFY2(html.size() < 2 * 1024 * 1024, qPrintable(QString::number(html.size())));
        if (QByteArray(QTest::currentDataTag()) == "20 endpoints x 10 sizes")
            qInfo("HTML of 20 endpoints x 10 sizes: %lld bytes", qlonglong(html.size()));
        if (QByteArray(QTest::currentDataTag()) == "demo run") {
            qInfo("HTML of the demo run: %lld bytes", qlonglong(html.size()));
            writeCheckFile(QStringLiteral("run.html"), html);
        }
        if (QByteArray(QTest::currentDataTag()) == "failures every 7th request")
            writeCheckFile(QStringLiteral("run-failures.html"), html);
        if (QByteArray(QTest::currentDataTag()) == "20 endpoints x 10 sizes")
            writeCheckFile(QStringLiteral("run-large.html"), html);
    }

    void runReportContent()
    {
        const RunResult run = testing::syntheticRun(testing::demoShape, 2, 60, 0.1, 7);
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const Document document = runReport(run, analysis);
        QCOMPARE(document.sections.size(), kRunSections.size());
        const auto section = [&](const QString& id) -> const Section& {
            for (const Section& s : document.sections) {
                if (s.id == id)
                    return s;
            }
            static const Section none;
            return none;
        };
        // A table per dataset size, a row per endpoint.
        const Section& results = section(QStringLiteral("results"));
        QCOMPARE(results.subsections.size(), run.plan.dataset.sizes.size());
        for (const Section& sub : results.subsections) {
            QCOMPARE(sub.blocks.size(), 1);
            const Table& table = std::get<Table>(sub.blocks.first());
            QCOMPARE(table.rows.size(), run.plan.endpoints.size());
            for (const QStringList& row : table.rows)
                QCOMPARE(row.size(), table.header.size());
        }
        // The findings as a list, critical ones in the "bad" tone, each with its recommendation.
        const Section& findings = section(QStringLiteral("findings"));
        const auto list = std::find_if(findings.blocks.begin(), findings.blocks.end(),
            [](const Block& b) { return std::holds_alternative<BulletList>(b); });
        QVERIFY(list != findings.blocks.end());
        const BulletList& bullets = std::get<BulletList>(*list);
        QCOMPARE(bullets.items.size(), analysis.findings.size());
        for (qsizetype i = 0; i < bullets.items.size(); ++i) {
            QVERIFY(bullets.items.at(i).text.contains(analysis.findings.at(i).message));
            QCOMPARE(bullets.items.at(i).detail, analysis.findings.at(i).recommendation);
            QCOMPARE(bullets.items.at(i).tone == Tone::Bad,
                analysis.findings.at(i).severity == analysis::FindingSeverity::Critical);
        }
        // One in seven requests failed: the error-rate threshold fails everywhere, and the errors name their kind and
        // quote the sample message.
        const Section& thresholds = section(QStringLiteral("thresholds"));
        const auto table = std::find_if(thresholds.blocks.begin(), thresholds.blocks.end(),
            [](const Block& b) { return std::holds_alternative<Table>(b); });
        QVERIFY(table != thresholds.blocks.end());
        int failedRows = 0;
        for (const QList<Tone>& tones : std::get<Table>(*table).tones)
            failedRows += tones.value(2) == Tone::Bad ? 1 : 0;
        QCOMPARE(failedRows, run.plan.endpoints.size()); // error_rate ≤ 1 % fails for each endpoint; p95 passes
        const QByteArray html = toHtml(document);
        QVERIFY(html.contains("HTTP 500 from GET /api/prompts/: boom"));
        QVERIFY(html.contains("class=\"tone-bad\""));
    }

    void charts_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("endpoints");
        for (const auto& [kind, name] : { std::pair { ChartKind::ResponseTime, "response time" },
                 std::pair { ChartKind::SuccessRate, "success rate" }, std::pair { ChartKind::Heatmap, "heatmap" },
                 std::pair { ChartKind::OverTime, "over time" }, std::pair { ChartKind::Comparison, "comparison" } }) {
            QTest::addRow("%s, 6 endpoints, 640x400", name) << kind << QSizeF(640, 400) << 6;
            QTest::addRow("%s, 6 endpoints, 1200x700", name) << kind << QSizeF(1200, 700) << 6;
            QTest::addRow("%s, 20 endpoints, 900x800", name) << kind << QSizeF(900, 800) << 20;
            QTest::addRow("%s, 6 endpoints, natural size", name) << kind << QSizeF() << 6;
        }
    }
    void charts()
    {
        QFETCH(ChartKind, kind);
        QFETCH(QSizeF, size);
        QFETCH(int, endpoints);
        const RunResult run = endpoints == 6 ? testing::syntheticRun(testing::demoShape, 4, 60, 0.1, 20)
                                             : largeRun(endpoints, { 10, 100, 1000, 10000 }, 20);
        Chart chart;
        switch (kind) {
        case ChartKind::ResponseTime:
            chart = responseTimeChart(run, size);
            break;
        case ChartKind::SuccessRate:
            chart = successRateChart(run, size);
            break;
        case ChartKind::Heatmap:
            chart = latencyHeatmap(run, size);
            break;
        case ChartKind::OverTime:
            chart = runOverTimeChart(run, size);
            break;
        case ChartKind::Comparison: {
            const RunResult candidate = endpoints == 6 ? testing::syntheticRun(testing::demoShape, 5)
                                                       : largeRun(endpoints, { 10, 100, 1000, 10000 }, 20);
            chart = comparisonChart(
                analysis::compareRuns(run, candidate), QStringLiteral("base"), QStringLiteral("candidate"), size);
            break;
        }
        }
        QVERIFY(!chart.title.isEmpty());
        const XmlDocument svg = parseXml(chart.svg.toUtf8());
        QVERIFY2(svg.ok, qPrintable(svg.error));
        QCOMPARE(svg.rootName, QStringLiteral("svg"));
        QCOMPARE(svg.rootNamespace, QStringLiteral("http://www.w3.org/2000/svg"));
        // Of the requested size (or a natural one of the report's width), set three ways.
        const QSizeF expected = size.isValid() ? size : QSizeF(860, chart.size.height());
        QCOMPARE(chart.size, expected);
        if (!size.isValid())
            QVERIFY(chart.size.height() >= 200);
        const QString w = QString::number(expected.width());
        const QString h = QString::number(expected.height());
        QCOMPARE(svg.rootAttributes.value(QLatin1String("width")).toString(), w);
        QCOMPARE(svg.rootAttributes.value(QLatin1String("height")).toString(), h);
        QCOMPARE(svg.rootAttributes.value(QLatin1String("viewBox")).toString(), QStringLiteral("0 0 %1 %2").arg(w, h));
        // Self-contained, generic fonts.
        QVERIFY(!chart.svg.contains(QLatin1String("href")));
        QVERIFY(!chart.svg.contains(QLatin1String("url(")));
        QVERIFY(!chart.svg.contains(QLatin1String("<?xml")));
        QVERIFY(chart.svg.contains(QLatin1String("font-family=\"DejaVu Sans, sans-serif\"")));
        // Not empty: lines, bars or cells, and a mark for every endpoint (its tooltip names it).
        const int paths = svg.elementCounts.value(QStringLiteral("path"));
        const int rects = svg.elementCounts.value(QStringLiteral("rect"));
        const int texts = svg.elementCounts.value(QStringLiteral("text"));
        QVERIFY(texts > 5);
        const QStringList names = endpointsOf(run);
        switch (kind) {
        case ChartKind::ResponseTime:
        case ChartKind::Comparison:
            QVERIFY2(paths >= 2 * endpoints, qPrintable(QString::number(paths))); // a solid and a dashed line each
            break;
        case ChartKind::SuccessRate:
            QVERIFY(rects >= endpoints * 4);
            break;
        case ChartKind::Heatmap:
            QVERIFY(rects >= endpoints * 4);
            break;
        case ChartKind::OverTime:
            QCOMPARE(paths, 4); // requests/s, errors/s, p50, p95
            break;
        }
        if (kind != ChartKind::OverTime) {
            for (const QString& name : names) {
                const bool marked = std::any_of(
                    svg.titles.begin(), svg.titles.end(), [&](const QString& title) { return title.startsWith(name); });
                QVERIFY2(marked, qPrintable(name));
            }
        }
        // Small: no per-sample data.
        QVERIFY2(chart.svg.size() < 150 * 1024, qPrintable(QString::number(chart.svg.size())));
    }

    void logarithmicAxis_data()
    {
        QTest::addColumn<double>("exponent");
        QTest::addColumn<bool>("log");
        QTest::addRow("linear growth, 0.11 to 0.6 ms: linear axis") << 1.0 << false;
        QTest::addRow("quadratic growth, 0.2 to 250 ms: log axis") << 2.0 << true;
    }
    void logarithmicAxis()
    {
        QFETCH(double, exponent);
        QFETCH(bool, log);
        const RunResult run
            = testing::syntheticRun([exponent](int, double n) { return 0.1 + 0.001 * std::pow(n, exponent); });
        const Chart chart = responseTimeChart(run);
        QCOMPARE(chart.caption.contains(QLatin1String("logarithmic")), log);
        QVERIFY(parseXml(chart.svg.toUtf8()).ok);
        // The y tick labels (the only right-aligned texts): whole decades on a log axis, 0 and equal steps on a
        // linear one.
        static const QRegularExpression yLabel(QStringLiteral("<text [^>]*text-anchor=\"end\"[^>]*>([^<]*)</text>"));
        QList<double> ticks;
        for (auto it = yLabel.globalMatch(chart.svg); it.hasNext();)
            ticks.append(it.next().captured(1).toDouble());
        QVERIFY2(ticks.size() >= 3, qPrintable(chart.svg));
        double lowest = std::numeric_limits<double>::infinity();
        double highest = 0.0;
        for (const CellResult& cell : run.cells) {
            lowest = std::min(lowest, cell.stats.p50Ms);
            highest = std::max(highest, cell.stats.p95Ms);
        }
        if (log) {
            // Labels bottom-up: 1, 2 or 5 × 10^k at the ends (around the values), whole decades between them.
            std::sort(ticks.begin(), ticks.end());
            QVERIFY(ticks.first() <= lowest && ticks.last() >= highest);
            QVERIFY(ticks.last() <= highest * 5.0);
            for (qsizetype i = 0; i < ticks.size(); ++i) {
                const double mantissa = ticks.at(i) / std::pow(10.0, std::floor(std::log10(ticks.at(i)) + 1e-9));
                const bool decade = std::abs(mantissa - 1.0) < 1e-6;
                QVERIFY2(decade
                        || ((i == 0 || i + 1 == ticks.size())
                            && (std::abs(mantissa - 2.0) < 1e-6 || std::abs(mantissa - 5.0) < 1e-6)),
                    qPrintable(QString::number(ticks.at(i))));
            }
            QVERIFY(ticks.contains(1.0) && ticks.contains(10.0) && ticks.contains(100.0));
        } else {
            QCOMPARE(ticks.first(), 0.0);
            const double step = ticks.at(1) - ticks.at(0);
            for (qsizetype i = 1; i < ticks.size(); ++i)
                QVERIFY(std::abs(ticks.at(i) - ticks.at(i - 1) - step) < 1e-9);
            QVERIFY(ticks.last() >= 0.6 * 1.05);
        }
    }

    void heatmapCells()
    {
        HeatmapSpec spec;
        spec.title = QStringLiteral("t");
        spec.rows = { QStringLiteral("A"), QStringLiteral("B") };
        spec.columns = { QStringLiteral("10"), QStringLiteral("100"), QStringLiteral("1000") };
        spec.values = { 1.0, 2.0, 4.0, 8.0, 16.0, std::nan("") };
        spec.valueTitle = QStringLiteral("p50 (ms)");
        spec.columnTitle = QStringLiteral("size");
        spec.size = QSizeF(600, 200);
        const Chart chart = heatmapChart(spec);
        const XmlDocument svg = parseXml(chart.svg.toUtf8());
        QVERIFY2(svg.ok, qPrintable(svg.error));
        // Every measured value printed, "–" for the missing one; log colours (16 / 1 > 10).
        for (const char* value : { " 1.000 ", " 2.000 ", " 4.000 ", " 8.000 ", " 16.00 ", " – " })
            QVERIFY2(svg.text.contains(QString::fromUtf8(value)), value);
        QVERIFY(chart.caption.contains(QLatin1String("logarithmic")));
        // The darkest cell (viridis 0) has white text, the brightest (viridis 1) black.
        QVERIFY(chart.svg.contains(QStringLiteral("fill=\"%1\"").arg(viridisColor(0.0))));
        QVERIFY(chart.svg.contains(QStringLiteral("fill=\"%1\"").arg(viridisColor(1.0))));
        QCOMPARE(contrastingTextColor(viridisColor(0.0)), QStringLiteral("#ffffff"));
        QCOMPARE(contrastingTextColor(viridisColor(1.0)), QStringLiteral("#000000"));
        const QRegularExpression darkCell(
            QStringLiteral("fill=\"%1\"><title>A · size 10: 1.000</title></rect><text[^>]*fill=\"#ffffff\">1.000<")
                .arg(viridisColor(0.0)));
        QVERIFY2(darkCell.match(chart.svg).hasMatch(), qPrintable(chart.svg));
    }

    void comparisonHtml()
    {
        const auto [base, candidate] = comparedRuns();
        const analysis::RunComparison comparison = analysis::compareRuns(base, candidate);
        QVERIFY(comparison.compatible);
        const Document document
            = comparisonReport(base, RunLabel { 12, {} }, candidate, RunLabel { 14, {} }, comparison);
        QStringList ids;
        for (const Section& section : document.sections)
            ids.append(section.id);
        QCOMPARE(ids, kComparisonSections);

        const QByteArray html = toHtml(document);
        writeCheckFile(QStringLiteral("comparison.html"), html);
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QStringList sections;
        for (const QString& id : doc.sectionIds) {
            if (kComparisonSections.contains(id))
                sections.append(id);
        }
        QCOMPARE(sections, kComparisonSections);
        for (const QString& name : endpointsOf(base))
            QVERIFY2(doc.text.contains(name), qPrintable(name));
        QCOMPARE(doc.svgCount, 1);
        QVERIFY(externalReferences(html, { base.plan.target.baseUrl.toDisplayString() }).isEmpty());
        QVERIFY(doc.text.contains(QStringLiteral("run 12")) && doc.text.contains(QStringLiteral("run 14")));

        // The cell table: a row per compared cell; List prompts slower with its significance.
        const Section& cells = document.sections.at(kComparisonSections.indexOf(QStringLiteral("cells")));
        const auto tableIt = std::find_if(
            cells.blocks.begin(), cells.blocks.end(), [](const Block& b) { return std::holds_alternative<Table>(b); });
        QVERIFY(tableIt != cells.blocks.end());
        const Table& table = std::get<Table>(*tableIt);
        QCOMPARE(table.rows.size(), comparison.cells.size());
        bool slowerListed = false;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (comparison.cells.at(r).verdict == analysis::ChangeVerdict::Slower) {
                QCOMPARE(table.toneAt(int(r), 8), Tone::Bad);
                QVERIFY(
                    table.rows.at(r).at(6).startsWith(QLatin1Char('<')) || table.rows.at(r).at(6).toDouble() < 0.01);
                slowerListed = slowerListed || table.rows.at(r).first() == QLatin1String("List prompts");
            }
        }
        QVERIFY(slowerListed);
        // Count prompts went from O(1) to O(n): a class change, marked as worse.
        const Section& classes = document.sections.at(kComparisonSections.indexOf(QStringLiteral("classes")));
        const QByteArray classesHtml = toHtml(Document { {}, {}, {}, {}, { classes } });
        QVERIFY2(classesHtml.contains("O(1)") && classesHtml.contains("O(n)"), classesHtml.constData());
    }

    void incompatibleComparison()
    {
        RunResult base = testing::syntheticRun();
        RunResult candidate = testing::syntheticRun(testing::demoShape, 2);
        candidate.plan.target.baseUrl = QUrl(QStringLiteral("http://elsewhere.example:8000"));
        const analysis::RunComparison comparison = analysis::compareRuns(base, candidate);
        QVERIFY(!comparison.compatible);
        const QByteArray html = toHtml(comparisonReport(base, {}, candidate, {}, comparison));
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        for (const QString& id : kComparisonSections)
            QVERIFY2(doc.ids.contains(id), qPrintable(id));
        QVERIFY(doc.text.contains(comparison.incompatibilities.first()));
    }

    void csv_data()
    {
        QTest::addColumn<bool>("perSample");
        QTest::addRow("a row per cell") << false;
        QTest::addRow("a row per sample") << true;
    }
    void csv()
    {
        QFETCH(bool, perSample);
        const RunResult run = awkwardNames();
        const QByteArray bytes = toCsv(run, perSample);
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(bytes);
        qsizetype expected = 0;
        for (const CellResult& cell : run.cells)
            expected += perSample ? cell.samplesNs.size() : 1;
        QVERIFY(expected > 0);
        QCOMPARE(records.size(), expected + 1); // and the header
        const QStringList& header = records.first();
        for (const QStringList& record : records)
            QCOMPARE(record.size(), header.size());
        QCOMPARE(header.first(), QStringLiteral("endpoint"));
        // A name with a comma and quotes is quoted, its quotes doubled; it reads back as it was.
        QVERIFY(bytes.contains("\"Search, \"\"fuzzy\"\"\""));
        QVERIFY(bytes.contains("\"Prompt\nstats\""));
        QVERIFY(std::any_of(records.begin(), records.end(),
            [](const QStringList& record) { return record.first() == QStringLiteral("Search, \"fuzzy\""); }));
        if (!perSample)
            QCOMPARE(records.at(2).first(), QStringLiteral("Search, \"fuzzy\""));
        if (perSample) {
            QCOMPARE(header.last(), QStringLiteral("latency_ms"));
            const double first = records.at(1).last().toDouble();
            QVERIFY(std::abs(first - double(run.cells.first().samplesNs.first()) / 1e6) < 1e-6);
        } else {
            const int count = int(header.indexOf(QStringLiteral("count")));
            const int p95 = int(header.indexOf(QStringLiteral("p95_ms")));
            const int http5xx = int(header.indexOf(QStringLiteral("failures_http_5xx")));
            QVERIFY(count > 0 && p95 > 0 && http5xx > 0);
            for (qsizetype i = 0; i < run.cells.size(); ++i) {
                const QStringList& record = records.at(i + 1);
                QCOMPARE(record.at(count).toULongLong(), run.cells.at(i).stats.count);
                QVERIFY(std::abs(record.at(p95).toDouble() - run.cells.at(i).stats.p95Ms) < 1e-4);
                QCOMPARE(record.at(http5xx).toULongLong(),
                    run.cells.at(i).stats.failures[std::size_t(FailureKind::HttpServerError)]);
            }
        }
    }

    void junit_data()
    {
        QTest::addColumn<RunResult>("run");
        QTest::addColumn<int>("tests");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QStringList>("failedCases");

        // The demo plan: p95 ≤ 300 ms and error_rate ≤ 1 % for each of six endpoints, and the run's own case.
        QTest::addRow("demo plan, all pass") << testing::syntheticRun() << 13 << 0 << 0 << 0 << QStringList {};
        QTest::addRow("10 %% errors") << testing::syntheticRun(testing::demoShape, 1, 60, 0.1, 10) << 13 << 6 << 0 << 0
                                      << QStringList { QStringLiteral("List prompts: error_rate ≤ 1 %"),
                                             QStringLiteral("Find duplicates: error_rate ≤ 1 %") };
        RunResult tight = testing::syntheticRun();
        tight.plan.thresholds = { Threshold { QStringLiteral("List prompts"), ThresholdMetric::P95, 1.0, {} },
            Threshold { QStringLiteral("Get prompt"), ThresholdMetric::P95, 1.0, {} },
            Threshold { {}, ThresholdMetric::Throughput, 1.0, {} } };
        QTest::addRow("p95 1 ms on List prompts")
            << tight << 1 + 2 + 6 << 1 << 0 << 0 << QStringList { QStringLiteral("List prompts: p95 ≤ 1 ms") };
        RunResult ceilings = testing::syntheticRun();
        ceilings.plan.thresholds
            = { Threshold { QStringLiteral("Find duplicates"), ThresholdMetric::Scaling, 0, ComplexityClass::Linear },
                  Threshold { QStringLiteral("Get prompt"), ThresholdMetric::Scaling, 0, ComplexityClass::Linear },
                  Threshold { QStringLiteral("Ghost endpoint"), ThresholdMetric::P95, 300.0, {} } };
        QTest::addRow("scaling ceilings and an unknown endpoint")
            << ceilings << 4 << 1 << 1 << 0 << QStringList { QStringLiteral("Find duplicates: scaling ≤ O(n)") };
        RunResult failed = testing::syntheticRun();
        failed.cells.clear();
        failed.status = RunStatus::Failed;
        failed.error = Error { ErrorKind::Network, QStringLiteral("Cannot reach 127.0.0.1:8000: connection refused") };
        QTest::addRow("run failed before measuring")
            << failed << 13 << 1 << 0 << 12 << QStringList { QStringLiteral("run completed") };
    }
    void junit()
    {
        QFETCH(RunResult, run);
        QFETCH(int, tests);
        QFETCH(int, failures);
        QFETCH(int, errors);
        QFETCH(int, skipped);
        QFETCH(QStringList, failedCases);
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const QByteArray xml = toJUnit(run, analysis);
        const JUnitDocument doc = parseJUnit(xml);
        QVERIFY2(doc.ok, xml.constData());
        QCOMPARE(doc.cases.size(), tests);
        for (const auto* counts : { &doc.suitesCounts, &doc.suiteCounts }) {
            QCOMPARE(counts->value(QStringLiteral("tests")), tests);
            QCOMPARE(counts->value(QStringLiteral("failures")), failures);
            QCOMPARE(counts->value(QStringLiteral("errors")), errors);
            QCOMPARE(counts->value(QStringLiteral("skipped")), skipped);
        }
        int failed = 0;
        for (const JUnitCase& c : doc.cases) {
            QCOMPARE(c.classname, run.plan.name);
            failed += c.outcome == QLatin1String("failure") ? 1 : 0;
        }
        QCOMPARE(failed, failures);
        QVERIFY(caseNamed(doc, QStringLiteral("run completed")));
        for (const QString& name : failedCases) {
            const JUnitCase* c = caseNamed(doc, name);
            QVERIFY2(c, qPrintable(name + QLatin1Char('\n') + QString::fromUtf8(xml)));
            QCOMPARE(c->outcome, QStringLiteral("failure"));
            QVERIFY(!c->message.isEmpty());
        }
    }

    void junitListsTheViolatingCells()
    {
        RunResult run = testing::syntheticRun();
        // List prompts: p50 0.7 ms at 100 records, 1.25 ms at 200, 2.9 ms at 500 (±10 %).
        run.plan.thresholds = { Threshold { QStringLiteral("List prompts"), ThresholdMetric::P95, 1.0, {} } };
        const QByteArray xml = toJUnit(run, analysis::analyzeRun(run), RunLabel { 3, QStringLiteral("Nightly") });
        writeCheckFile(QStringLiteral("junit.xml"), xml);
        writeCheckFile(QStringLiteral("cells.csv"), toCsv(run));
        const JUnitDocument doc = parseJUnit(xml);
        const JUnitCase* c = caseNamed(doc, QStringLiteral("List prompts: p95 ≤ 1 ms"));
        QVERIFY(c);
        QCOMPARE(c->classname, QStringLiteral("Nightly"));
        QCOMPARE(c->outcome, QStringLiteral("failure"));
        QVERIFY2(c->message.contains(QLatin1String("List prompts at size 200")), qPrintable(c->message));
        QVERIFY2(c->message.contains(QLatin1String("List prompts at size 500")), qPrintable(c->message));
        QVERIFY2(!c->message.contains(QLatin1String("size 100")), qPrintable(c->message));
        QVERIFY(c->message.contains(QLatin1String("exceeds 1.000 ms")));
    }

    void noSecretInAnyOutput_data()
    {
        QTest::addColumn<AuthKind>("auth");
        QTest::addRow("basic") << AuthKind::Basic;
        QTest::addRow("bearer") << AuthKind::Bearer;
        QTest::addRow("login") << AuthKind::Login;
    }
    void noSecretInAnyOutput()
    {
        QFETCH(AuthKind, auth);
        // The secrets live in the environment and in RunOptions only; the plan holds references, and the places a
        // careless writer might leak them from: user info in URLs, header values, a secret in a query string.
        qputenv("SECRET_PW", kPassword.toUtf8());
        qputenv("API_TOKEN", kToken.toUtf8());
        RunOptions options;
        options.password = kPassword;
        options.token = kToken;
        RunResult run = testing::syntheticRun(testing::demoShape, 1, 30, 0.1, 11);
        run.plan.auth.kind = auth;
        run.plan.auth.username = QStringLiteral("admin");
        run.plan.auth.passwordRef = QStringLiteral("${SECRET_PW}");
        run.plan.auth.tokenRef = auth == AuthKind::Bearer ? QStringLiteral("${API_TOKEN}") : QString();
        run.plan.target.baseUrl = QUrl(QStringLiteral("http://admin:") + kPassword + QStringLiteral("@127.0.0.1:8000"));
        run.plan.target.proxy = QStringLiteral("http://proxy-user:") + kPassword + QStringLiteral("@proxy.local:3128");
        run.plan.target.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer ${API_TOKEN}") },
            { QStringLiteral("X-Api-Key"), kToken } };
        run.plan.endpoints[1].request.path = QStringLiteral("/api/prompts/?search={word}&api_key=") + kToken;
        for (CellResult& cell : run.cells) {
            if (cell.endpointIndex == 1)
                cell.path = run.plan.endpoints[1].request.path;
        }
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const RunResult candidate = run;
        const analysis::RunComparison comparison = analysis::compareRuns(run, candidate);

        QList<QPair<QString, QByteArray>> outputs {
            { QStringLiteral("HTML"), toHtml(runReport(run, analysis)) },
            { QStringLiteral("comparison HTML"), toHtml(comparisonReport(run, {}, candidate, {}, comparison)) },
            { QStringLiteral("CSV"), toCsv(run) },
            { QStringLiteral("CSV per sample"), toCsv(run, true) },
            { QStringLiteral("JUnit"), toJUnit(run, analysis) },
        };
        for (const auto& [stem, chart] : runCharts(run))
            outputs.append({ stem, chart.svg.toUtf8() });
        for (const auto& [what, bytes] : outputs) {
            for (const QString& secret : { kPassword, kToken, QStringLiteral("${SECRET_PW}"),
                     QStringLiteral("SECRET_PW"), QStringLiteral("${API_TOKEN}"), QStringLiteral("proxy-user") }) {
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(what + QStringLiteral(" holds ") + secret));
            }
        }
        // What may be said: how the run authenticated, as whom, against which host.
        const QByteArray& html = outputs.first().second;
        if (auth != AuthKind::Bearer)
            QVERIFY(html.contains("as admin"));
        QVERIFY(html.contains("http://127.0.0.1:8000"));
        QVERIFY(html.contains("api_key=***"));
        QVERIFY(html.contains("X-Api-Key"));
        qunsetenv("SECRET_PW");
        qunsetenv("API_TOKEN");
    }

    void runChartsByStem()
    {
        const RunResult run = testing::syntheticRun();
        const QList<QPair<QString, Chart>> charts = runCharts(run);
        QStringList stems;
        for (const auto& [stem, chart] : charts) {
            stems.append(stem);
            writeCheckFile(stem + QStringLiteral(".svg"), chart.svg.toUtf8());
            QVERIFY(parseXml(chart.svg.toUtf8()).ok);
            // A standalone image carries its title.
            QVERIFY2(
                chart.svg.contains(QStringLiteral(">") + chart.title + QStringLiteral("</text>")), qPrintable(stem));
        }
        QCOMPARE(stems,
            QStringList({ QStringLiteral("response-time"), QStringLiteral("success-rate"), QStringLiteral("heatmap"),
                QStringLiteral("over-time") }));
    }

    // --- Load tests ------------------------------------------------------------------------------------------------

    void loadHtml_data()
    {
        QTest::addColumn<RunResult>("run");
        QTest::addColumn<int>("charts");
        using K = LoadConfig::Kind;
        using M = LoadConfig::Model;
        QTest::addRow("load, closed") << testing::syntheticLoadRun(loadOptions(K::Load, M::Closed)) << 4;
        QTest::addRow("load, open, stall") << testing::syntheticLoadRun(loadOptions(K::Load, M::Open, true)) << 4;
        QTest::addRow("stress, closed") << testing::syntheticLoadRun(loadOptions(K::Stress, M::Closed)) << 4;
        QTest::addRow("stress, open") << testing::syntheticLoadRun(loadOptions(K::Stress, M::Open)) << 4;
        QTest::addRow("concurrency sweep") << testing::syntheticLoadRun(loadOptions(K::ConcurrencySweep, M::Closed))
                                           << 5;
        QTest::addRow("endurance") << testing::syntheticLoadRun(loadOptions(K::Endurance, M::Closed)) << 6;
        testing::LoadRunOptions saturated = loadOptions(K::Load, M::Open);
        saturated.saturated = true;
        QTest::addRow("generator saturated") << testing::syntheticLoadRun(saturated) << 4;
        testing::LoadRunOptions hours = loadOptions(K::Endurance, M::Open);
        hours.intervals = 8 * 60; // eight hours of minutes: bounded output all the same
        QTest::addRow("endurance, 8 h") << testing::syntheticLoadRun(hours) << 6;
        RunResult cancelled = testing::syntheticLoadRun(loadOptions(K::Stress, M::Closed));
        cancelled.status = RunStatus::Cancelled;
        cancelled.load->stress = {};
        cancelled.load->stress.reason = StressOutcome::Reason::Cancelled;
        cancelled.load->stages.resize(2);
        cancelled.cells.resize(4);
        QTest::addRow("stress, cancelled") << cancelled << 4;
    }
    void loadHtml()
    {
        QFETCH(RunResult, run);
        QFETCH(int, charts);
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const Document document = runReport(run, analysis, RunLabel { 21, {} });
        QStringList ids;
        for (const Section& section : document.sections)
            ids.append(section.id);
        QCOMPARE(ids, loadSections(run.load->config.kind));
        // Not the scale-sweep sections.
        for (const char* id : { "scaling-chart", "heatmap", "results", "scaling", "success" })
            QVERIFY2(!ids.contains(QLatin1String(id)), id);
        QVERIFY(document.title.contains(loadKindLabel(run.load->config.kind)));

        const QByteArray html = toHtml(document);
        writeCheckFile(QStringLiteral("load-%1.html").arg(QString::fromLatin1(QTest::currentDataTag()))
                           .replace(QLatin1Char(' '), QLatin1Char('-'))
                           .remove(QLatin1Char(',')),
            html);
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.svgCount, charts);
        for (const QString& id : ids)
            QVERIFY2(doc.urlAttributes.contains(QPair<QString, QString>(QStringLiteral("href"), QLatin1Char('#') + id)),
                qPrintable(id));
        for (const char* element : { "link", "script", "img", "iframe", "object", "embed", "image", "use" })
            QVERIFY2(!doc.elementCounts.contains(QLatin1String(element)), element);
        const QStringList external = externalReferences(html, { run.plan.target.baseUrl.toDisplayString() });
        QVERIFY2(external.isEmpty(), qPrintable(external.join(QLatin1Char(' '))));
        // Bounded, also for eight hours of per-second points.
        QVERIFY2(html.size() < 1024 * 1024, qPrintable(QString::number(html.size())));
        for (const Block& block : document.sections.at(ids.indexOf(QStringLiteral("load-over-time"))).blocks) {
            if (const auto* chart = std::get_if<Chart>(&block)) {
                QVERIFY2(chart->svg.size() < 120 * 1024, qPrintable(chart->title));
                QVERIFY(parseXml(chart->svg.toUtf8()).ok);
            }
        }

        // Every stage with cells has a table of its endpoints; the unweighted endpoint is in the configuration only.
        const Section& stages = *sectionOf(document, QStringLiteral("load-stages"));
        const Table* stageTable = tableOf(stages, QStringLiteral("Stage"));
        QVERIFY(stageTable);
        int cellStages = 0;
        for (const LoadStage& stage : run.load->stages)
            cellStages += stage.role == LoadStage::Role::Interval ? 0 : 1;
        QCOMPARE(stageTable->rows.size(), cellStages);
        for (const QStringList& row : stageTable->rows)
            QCOMPARE(row.size(), stageTable->header.size());
        QCOMPARE(stages.subsections.size(), cellStages);
        for (const Section& sub : stages.subsections) {
            const Table& endpoints = std::get<Table>(sub.blocks.first());
            QCOMPARE(endpoints.rows.size(), 2);
            QVERIFY(!textOf(sub).contains(QStringLiteral("Unweighted")));
        }
        const bool open = run.load->config.model == LoadConfig::Model::Open;
        QCOMPARE(stageTable->header.contains(QStringLiteral("Raw p99")), open);
        QCOMPARE(stageTable->header.contains(QStringLiteral("Dropped")), open);
        const QString configuration = textOf(*sectionOf(document, QStringLiteral("configuration")));
        QVERIFY(configuration.contains(loadModelLabel(run.load->config.model)));
        QVERIFY(configuration.contains(QStringLiteral("Worker threads")));
        QVERIFY(configuration.contains(QStringLiteral("not sent")));

        // The generator's saturation is the first thing the report says.
        const Section& summary = *sectionOf(document, QStringLiteral("load-summary"));
        if (run.load->saturatedSeconds > 0) {
            const auto& first = std::get<Paragraph>(summary.blocks.first());
            QCOMPARE(first.tone, Tone::Bad);
            QVERIFY(first.text.contains(QStringLiteral("generator")));
            QVERIFY(textOf(summary).contains(QStringLiteral("saturated for 3 second(s)")));
        } else {
            QVERIFY(!textOf(summary).contains(QStringLiteral("did not keep up")));
        }
    }

    void loadStressSection()
    {
        const RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Stress, LoadConfig::Model::Closed));
        const Document document = runReport(run, analysis::analyzeRun(run));
        const Section& stress = *sectionOf(document, QStringLiteral("load-stress"));
        const QString text = textOf(stress);
        // In words and numbers: where it broke, the last good step, the recovery.
        QVERIFY2(text.contains(QStringLiteral("The target broke at Step 4 (40 users): error rate 12.0 % > 5 % at 40 "
                                              "users.")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("It still coped at Step 3 (30 users)")));
        QVERIFY(text.contains(QStringLiteral("The target recovered")));
        QVERIFY(text.contains(QStringLiteral("Back at 10 users")));
        const Table* key = tableOf(stress, QStringLiteral("Stage"));
        QVERIFY(key);
        QCOMPARE(key->rows.size(), 4); // first step, last good, breaking point, recovery
        QCOMPARE(key->toneAt(2, 0), Tone::Bad);
        QCOMPARE(key->toneAt(1, 0), Tone::Good);
        // Marked on the level chart.
        const auto chart = std::find_if(stress.blocks.begin(), stress.blocks.end(),
            [](const Block& b) { return std::holds_alternative<Chart>(b); });
        QVERIFY(chart != stress.blocks.end());
        const QString svg = std::get<Chart>(*chart).svg;
        for (const char* label : { ">last good<", ">breaking point<", ">recovery<" })
            QVERIFY2(svg.contains(QLatin1String(label)), label);
        // The failed requests of the breaking point, by stage.
        const QString errors = textOf(*sectionOf(document, QStringLiteral("errors")));
        QVERIFY(errors.contains(QStringLiteral("Step 4 (40 users)")));
        QVERIFY(errors.contains(QStringLiteral("HTTP 503 from GET")));
        // The threshold verdicts name the stage, not a size.
        const Section& thresholds = *sectionOf(document, QStringLiteral("thresholds"));
        const QString verdicts = textOf(thresholds);
        QVERIFY2(verdicts.contains(QStringLiteral("2 of 10 check(s) failed (each threshold per endpoint per stage).")),
            qPrintable(verdicts));
        const Table* failed = tableOf(thresholds, QStringLiteral("Endpoint"));
        QVERIFY(failed);
        for (const QStringList& row : failed->rows)
            QCOMPARE(row.at(1), QStringLiteral("Step 4 (40 users)"));
    }

    void loadOpenStallShowsBothNumbers()
    {
        // An open-model run whose p99 from the intended send times is far above its raw p99: the target stalled and
        // the schedule exposed it. Both numbers are shown, the raw one in a second style.
        const RunResult run
            = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Load, LoadConfig::Model::Open, true));
        const Document document = runReport(run, analysis::analyzeRun(run));
        const QString summary = textOf(*sectionOf(document, QStringLiteral("load-summary")));
        QVERIFY2(summary.contains(QStringLiteral("p99 1500 ms and max 1980 ms from the intended send times, but only "
                                                 "12.00 ms and 25.00 ms")),
            qPrintable(summary));
        const Section& stages = *sectionOf(document, QStringLiteral("load-stages"));
        const Table& table = *tableOf(stages, QStringLiteral("Stage"));
        const QStringList& hold = table.rows.first();
        QCOMPARE(hold.at(int(table.header.indexOf(QStringLiteral("p99")))), QStringLiteral("1500"));
        QCOMPARE(hold.at(int(table.header.indexOf(QStringLiteral("Raw p99")))), QStringLiteral("12.00"));
        QCOMPARE(hold.at(int(table.header.indexOf(QStringLiteral("Max")))), QStringLiteral("1980"));
        QCOMPARE(hold.at(int(table.header.indexOf(QStringLiteral("Raw max")))), QStringLiteral("25.00"));
        QCOMPARE(table.toneAt(0, int(table.header.indexOf(QStringLiteral("p99")))), Tone::Warning);

        // The latency chart: corrected lines solid, the raw p99 dashed and the raw max dotted, in the legend too.
        const Chart latency = loadLatencyChart(run);
        QVERIFY(parseXml(latency.svg.toUtf8()).ok);
        QVERIFY(latency.svg.contains(QStringLiteral(">raw p99</text>")));
        QVERIFY(latency.svg.contains(QStringLiteral(">raw max</text>")));
        QVERIFY(latency.svg.contains(QStringLiteral("stroke-dasharray=\"5 3\"")));
        QVERIFY(latency.svg.contains(QStringLiteral("stroke-dasharray=\"1.5 3\"")));
        QVERIFY(latency.caption.contains(QStringLiteral("closed-loop tool")));
        // A closed-model run has no raw lines: there the two are the same.
        const RunResult closed = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Load, LoadConfig::Model::Closed));
        QVERIFY(!loadLatencyChart(closed).svg.contains(QStringLiteral(">raw p99</text>")));
        const QString closedSummary
            = textOf(*sectionOf(runReport(closed, analysis::analyzeRun(closed)), QStringLiteral("load-summary")));
        QVERIFY(!closedSummary.contains(QStringLiteral("queued behind the schedule")));
    }

    void loadSweepSection()
    {
        const RunResult run
            = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::ConcurrencySweep, LoadConfig::Model::Closed));
        const Document document = runReport(run, analysis::analyzeRun(run));
        const Section& sweep = *sectionOf(document, QStringLiteral("load-sweep"));
        const QString text = textOf(sweep);
        // λ 100, σ 0.05, κ 0.002: the peak at √((1 − σ)/κ) ≈ 21.8 users.
        QVERIFY2(text.contains(QStringLiteral("Contention σ")) && text.contains(QStringLiteral("0.05")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0.002")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("21.8 users")), qPrintable(text));
        const Table* levels = tableOf(sweep, QStringLiteral("Users"));
        QVERIFY(levels);
        QCOMPARE(levels->rows.size(), 6);
        const auto chart = std::find_if(
            sweep.blocks.begin(), sweep.blocks.end(), [](const Block& b) { return std::holds_alternative<Chart>(b); });
        const QString svg = std::get<Chart>(*chart).svg;
        QVERIFY(svg.contains(QStringLiteral(">USL fit</text>")));
        QVERIFY(svg.contains(QStringLiteral("peak ≈ 21.8 users")));
        QCOMPARE(svg.count(QStringLiteral("<circle")), 6 + 1); // the measured levels and the legend's marker
        // Too few levels: the points alone, and why.
        RunResult two = run;
        two.load->stages.resize(2);
        const Chart few = loadSweepChart(two);
        QVERIFY(!few.svg.contains(QStringLiteral(">USL fit</text>")));
        QVERIFY(few.caption.contains(QStringLiteral("No Universal Scalability Law curve")));
    }

    void loadEnduranceSections()
    {
        const RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Endurance, LoadConfig::Model::Closed));
        const Document document = runReport(run, analysis::analyzeRun(run));
        const Section& endurance = *sectionOf(document, QStringLiteral("load-endurance"));
        const Table* intervals = tableOf(endurance, QStringLiteral("Interval"));
        QVERIFY(intervals);
        QCOMPARE(intervals->rows.size(), 12);
        QVERIFY(textOf(endurance).contains(QStringLiteral("p95 trend")));
        const Section& memory = *sectionOf(document, QStringLiteral("load-memory"));
        const QString text = textOf(memory);
        QVERIFY(text.contains(QStringLiteral("pid 4242")));
        QVERIFY2(text.contains(QStringLiteral("+60.00 MB per hour")), qPrintable(text));
        // A failed source: the error instead of the chart.
        RunResult failed = run;
        failed.load->targetMemory.clear();
        failed.load->targetMemoryError = QStringLiteral("http://127.0.0.1:9100/metrics did not answer within 2 s");
        const Section failedMemory
            = *sectionOf(runReport(failed, analysis::analyzeRun(failed)), QStringLiteral("load-memory"));
        const auto& first = std::get<Paragraph>(failedMemory.blocks.first());
        QCOMPARE(first.tone, Tone::Bad);
        QVERIFY(first.text.contains(QStringLiteral("did not answer within 2 s")));
        QVERIFY(loadMemoryChart(failed).svg.contains(QStringLiteral("did not answer within 2 s")));
    }

    void loadCsv()
    {
        const RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Stress, LoadConfig::Model::Open));
        const QByteArray cells = toCsv(run);
        const QList<QStringList> records = parseCsv(cells);
        QCOMPARE(records.size(), run.cells.size() + 1);
        const QStringList& header = records.first();
        for (const QStringList& record : records)
            QCOMPARE(record.size(), header.size());
        const int stage = int(header.indexOf(QStringLiteral("stage")));
        const int role = int(header.indexOf(QStringLiteral("stage_role")));
        const int size = int(header.indexOf(QStringLiteral("size")));
        QVERIFY(stage > 0 && role > 0 && size > 0);
        QCOMPARE(records.at(1).at(stage), QStringLiteral("Step 1"));
        QCOMPARE(records.at(1).at(role), QStringLiteral("step"));
        QCOMPARE(records.at(1).at(size), QStringLiteral("100"));
        QCOMPARE(records.last().at(stage), QStringLiteral("Recovery"));
        QCOMPARE(records.last().at(role), QStringLiteral("recovery"));
        writeCheckFile(QStringLiteral("load-cells.csv"), cells);

        // --csv-samples: a row per second of the series.
        const QByteArray series = toCsv(run, true);
        QVERIFY(series.endsWith("\r\n"));
        const QList<QStringList> seconds = parseCsv(series);
        QCOMPARE(seconds.size(), run.load->series.size() + 1);
        const QStringList& columns = seconds.first();
        QCOMPARE(columns.first(), QStringLiteral("second"));
        for (const char* column : { "level", "dropped", "late", "p99_ms", "raw_p99_ms", "generator_cpu_percent" })
            QVERIFY2(columns.contains(QLatin1String(column)), column);
        for (const QStringList& record : seconds)
            QCOMPARE(record.size(), columns.size());
        const int p99 = int(columns.indexOf(QStringLiteral("p99_ms")));
        QVERIFY(std::abs(seconds.at(1).at(p99).toDouble() - run.load->series.first().p99Ms) < 1e-4);
        writeCheckFile(QStringLiteral("load-series.csv"), series);
    }

    void loadJUnit()
    {
        RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Stress, LoadConfig::Model::Closed));
        run.plan.thresholds.append(Threshold { QStringLiteral("Get item"), ThresholdMetric::Scaling, 0, ComplexityClass::Linear });
        const QByteArray xml = toJUnit(run, analysis::analyzeRun(run));
        writeCheckFile(QStringLiteral("load-junit.xml"), xml);
        const JUnitDocument doc = parseJUnit(xml);
        QVERIFY2(doc.ok, xml.constData());
        // The run, p95 ≤ 50 ms for the three endpoints (the unweighted one was not sent), the ceiling.
        QCOMPARE(doc.cases.size(), 1 + 3 + 1);
        const JUnitCase* get = caseNamed(doc, QStringLiteral("Get item: p95 ≤ 50 ms"));
        QVERIFY(get);
        QCOMPARE(get->outcome, QStringLiteral("failure"));
        QVERIFY2(get->message.contains(QStringLiteral("Get item at Step 4 (40 users): p95")), qPrintable(get->message));
        QVERIFY(!get->message.contains(QStringLiteral("Step 3")));
        QCOMPARE(caseNamed(doc, QStringLiteral("Unweighted: p95 ≤ 50 ms"))->outcome, QStringLiteral("skipped"));
        QCOMPARE(caseNamed(doc, QStringLiteral("Get item: scaling ≤ O(n)"))->outcome, QStringLiteral("skipped"));
        QCOMPARE(doc.suiteCounts.value(QStringLiteral("failures")), 2);
        QCOMPARE(doc.suiteCounts.value(QStringLiteral("skipped")), 2);
        QVERIFY(xml.contains("name=\"load_kind\" value=\"stress\""));
    }

    void loadComparison()
    {
        // An open-model run whose target stalled, against a closed-model run of the same target: the open run shows
        // the stall in its p99 and max, the closed run hides it.
        const RunResult open
            = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Load, LoadConfig::Model::Open, true));
        const RunResult closed
            = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Load, LoadConfig::Model::Closed));
        const analysis::RunComparison comparison = analysis::compareRuns(open, closed);
        const Document document = comparisonReport(open, RunLabel { 6, {} }, closed, RunLabel { 7, {} }, comparison);
        QStringList ids;
        for (const Section& section : document.sections)
            ids.append(section.id);
        QCOMPARE(ids,
            QStringList({ QStringLiteral("runs"), QStringLiteral("summary"), QStringLiteral("load-overlay"),
                QStringLiteral("load-stages"), QStringLiteral("load-endpoints"), QStringLiteral("endpoints"),
                QStringLiteral("cells"), QStringLiteral("unmatched") }));
        const QString summary = textOf(*sectionOf(document, QStringLiteral("summary")));
        QVERIFY2(summary.contains(QStringLiteral("The runs use different load models")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("coordinated omission")));
        const Table& runs = *tableOf(*sectionOf(document, QStringLiteral("runs")));
        const auto model = std::find_if(runs.rows.begin(), runs.rows.end(),
            [](const QStringList& row) { return row.first() == QLatin1String("Load model"); });
        QVERIFY(model != runs.rows.end());
        QCOMPARE(runs.toneAt(int(model - runs.rows.begin()), 1), Tone::Warning);

        // Stages: the two runs' rows next to each other, p99 and max of both.
        const Table& stages = *tableOf(*sectionOf(document, QStringLiteral("load-stages")), QStringLiteral("Stage"));
        QCOMPARE(stages.rows.size(), 2);
        const int p99 = int(stages.header.indexOf(QStringLiteral("p99")));
        const int max = int(stages.header.indexOf(QStringLiteral("Max")));
        const int rawP99 = int(stages.header.indexOf(QStringLiteral("Raw p99")));
        QCOMPARE(stages.rows.at(0).at(p99), QStringLiteral("1500"));
        QCOMPARE(stages.rows.at(0).at(max), QStringLiteral("1980"));
        QCOMPARE(stages.rows.at(0).at(rawP99), QStringLiteral("12.00"));
        QCOMPARE(stages.rows.at(1).at(p99), QStringLiteral("10.00"));
        QCOMPARE(stages.rows.at(1).at(max), QStringLiteral("20.00"));
        QCOMPARE(stages.toneAt(0, p99), Tone::Warning);
        QCOMPARE(stages.toneAt(1, p99), Tone::Normal);
        QCOMPARE(stages.rows.at(0).at(1), QStringLiteral("base (run 6)"));
        // Endpoints per stage: p99 and max side by side.
        const Table& endpoints
            = *tableOf(*sectionOf(document, QStringLiteral("load-endpoints")), QStringLiteral("Stage"));
        QCOMPARE(endpoints.rows.size(), 2);
        QVERIFY(endpoints.rows.at(0).at(2).toDouble() > 1000.0); // the open run's p99: the stall
        QVERIFY(endpoints.rows.at(0).at(3).toDouble() < 50.0); // the closed run's: hidden

        const QByteArray html = toHtml(document);
        writeCheckFile(QStringLiteral("load-comparison.html"), html);
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.svgCount, 1);
        QVERIFY(externalReferences(html, { open.plan.target.baseUrl.toDisplayString() }).isEmpty());
    }

    void loadComparisonAtTheSameLevels()
    {
        const RunResult base = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Stress, LoadConfig::Model::Closed));
        testing::LoadRunOptions options = loadOptions(LoadConfig::Kind::Stress, LoadConfig::Model::Closed);
        options.seed = 2;
        const RunResult candidate = testing::syntheticLoadRun(options);
        const analysis::RunComparison comparison = analysis::compareRuns(base, candidate);
        const Document document = comparisonReport(base, {}, candidate, {}, comparison);
        QVERIFY(textOf(*sectionOf(document, QStringLiteral("summary")))
                    .contains(QStringLiteral("Every stage is paired with the stage at the same level.")));
        const Table& stages = *tableOf(*sectionOf(document, QStringLiteral("load-stages")), QStringLiteral("Stage"));
        QCOMPARE(stages.rows.size(), 2 * 5);
        QCOMPARE(stages.rows.at(8).first(), QStringLiteral("Recovery"));
        const Table& endpoints
            = *tableOf(*sectionOf(document, QStringLiteral("load-endpoints")), QStringLiteral("Stage"));
        QCOMPARE(endpoints.rows.size(), 5 * 2);
        QVERIFY(parseHtml(toHtml(document)).ok);
    }

    void loadNoSecretInAnyOutput()
    {
        RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Endurance, LoadConfig::Model::Open));
        run.plan.auth.kind = AuthKind::Bearer;
        run.plan.auth.tokenRef = QStringLiteral("${API_TOKEN}");
        run.plan.target.baseUrl = QUrl(QStringLiteral("http://admin:") + kPassword + QStringLiteral("@127.0.0.1:8000"));
        run.plan.target.headers = { { QStringLiteral("X-Api-Key"), kToken } };
        const QString metrics = QStringLiteral("http://scrape:") + kPassword + QStringLiteral("@127.0.0.1:9100/metrics?token=")
            + kToken;
        run.load->config.memoryMetricsUrl = metrics;
        run.plan.load->memoryMetricsUrl = metrics;
        // The runner redacts the source it reports (LoadResult::targetMemorySource); the configuration keeps the URL
        // as given, and the report must not show its credentials or query.
        run.load->targetMemorySource = QStringLiteral("http://127.0.0.1:9100/metrics");
        run.load->targetMemoryError = QStringLiteral("127.0.0.1:9100 did not answer within 2 s");
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const RunResult candidate = run;
        QList<QPair<QString, QByteArray>> outputs {
            { QStringLiteral("HTML"), toHtml(runReport(run, analysis)) },
            { QStringLiteral("comparison"),
                toHtml(comparisonReport(run, {}, candidate, {}, analysis::compareRuns(run, candidate))) },
            { QStringLiteral("CSV"), toCsv(run) },
            { QStringLiteral("CSV per second"), toCsv(run, true) },
            { QStringLiteral("JUnit"), toJUnit(run, analysis) },
        };
        for (const auto& [stem, chart] : runCharts(run))
            outputs.append({ stem, chart.svg.toUtf8() });
        for (const auto& [what, bytes] : outputs) {
            for (const QString& secret : { kPassword, kToken, QStringLiteral("${API_TOKEN}"), QStringLiteral("scrape:") })
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(what + QStringLiteral(" holds ") + secret));
        }
        QVERIFY(outputs.first().second.contains("http://127.0.0.1:9100/metrics"));
        // Without a reported source the configured URL is named, redacted too.
        run.load->targetMemorySource.clear();
        const QByteArray html = toHtml(runReport(run, analysis));
        QVERIFY(html.contains("http://127.0.0.1:9100/metrics"));
        for (const QString& secret : { kPassword, kToken, QStringLiteral("scrape:") })
            QVERIFY2(!html.contains(secret.toUtf8()), qPrintable(secret));
    }

    void loadRunChartsByStem()
    {
        const RunResult run = testing::syntheticLoadRun(loadOptions(LoadConfig::Kind::Endurance, LoadConfig::Model::Open));
        QStringList stems;
        for (const auto& [stem, chart] : runCharts(run)) {
            stems.append(stem);
            writeCheckFile(stem + QStringLiteral(".svg"), chart.svg.toUtf8());
            QVERIFY(parseXml(chart.svg.toUtf8()).ok);
            QVERIFY2(chart.svg.contains(QStringLiteral(">") + chart.title + QStringLiteral("</text>")), qPrintable(stem));
        }
        QCOMPARE(stems,
            QStringList({ QStringLiteral("load-level"), QStringLiteral("load-latency"), QStringLiteral("load-errors"),
                QStringLiteral("load-generator"), QStringLiteral("load-intervals"), QStringLiteral("load-memory") }));
        // Charts of a run that is no load test say so instead of failing.
        const RunResult sweep = testing::syntheticRun();
        QVERIFY(loadLevelChart(sweep).svg.contains(QStringLiteral("Not a load test")));
        QVERIFY(parseXml(loadSweepChart(sweep).svg.toUtf8()).ok);
    }

    void germanReport()
    {
        // The report's contexts are the ones lupdate extracted: with the German catalogue the report is German.
        QTranslator translator;
        if (!translator.load(QStringLiteral(SCALESCOPE_BINARY_DIR "/ui/scalescope_de.qm")))
            QSKIP("the German catalogue is not built (target scalescope_ui_lrelease)");
        QCoreApplication::installTranslator(&translator);
        const RunResult run = testing::syntheticRun(testing::demoShape, 2, 60, 0.1, 7);
        const analysis::RunAnalysis analysis = analysis::analyzeRun(run);
        const QByteArray html = toHtml(runReport(run, analysis, RunLabel { 12, {} }));
        const auto [base, candidate] = comparedRuns();
        const QByteArray comparison = toHtml(comparisonReport(
            base, RunLabel { 12, {} }, candidate, RunLabel { 14, {} }, analysis::compareRuns(base, candidate)));
        RunResult unmeasured = run;
        unmeasured.cells.clear();
        const QByteArray junit = toJUnit(unmeasured, analysis::analyzeRun(unmeasured));
        QCoreApplication::removeTranslator(&translator);
        writeCheckFile(QStringLiteral("run-de.html"), html);
        writeCheckFile(QStringLiteral("comparison-de.html"), comparison);

        QVERIFY(parseHtml(html).ok);
        QVERIFY(html.contains("lang=\"de\""));
        for (const char* text :
            { "Testkonfiguration", "Antwortzeit nach Größe des Datenbestands", "Befunde und Empfehlungen",
                "Bewertung der Schwellenwerte", "Fehlgeschlagene Anfragen nach Art", "Inhalt", "Erfolgsquote" })
            QVERIFY2(html.contains(text), text);
        for (const char* text : { "Die beiden Läufe", "Referenzlauf", "Vergleichslauf", "Änderungen pro Zelle" })
            QVERIFY2(comparison.contains(text), text);
        QVERIFY(junit.contains("Keine Zelle von List prompts wurde gemessen."));
        // Test case names stay as they are: CI systems key their history on them.
        QVERIFY(junit.contains("name=\"List prompts: p95 ≤ 300 ms\""));
    }

    void htmlEscapesEverything()
    {
        Document document;
        document.title = QStringLiteral("<script>alert(1)</script> & co");
        document.sections.append({ QStringLiteral("bad id \"x\""), QStringLiteral("A <b>section</b>"),
            { Paragraph { QStringLiteral("1 < 2 & \"3\" > 0\x07"), Tone::Bad },
                KeyValues { { { QStringLiteral("<k>"), QStringLiteral("<v>") } } },
                BulletList { { { QStringLiteral("<i>"), QStringLiteral("<d>"), Tone::Warning } } },
                Table { QStringLiteral("<cap>"), { QStringLiteral("<h>") }, { { QStringLiteral("<c>") } }, {}, {} },
                Chart { QStringLiteral("<chart>"),
                    QStringLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                   "height=\"10\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"),
                    QSizeF(10, 10), {} } },
            {} });
        document.sections.append({ QStringLiteral("bad id \"x\""), QStringLiteral("Same id"), {}, {} });
        const QByteArray html = toHtml(document);
        const XmlDocument doc = parseHtml(html);
        QVERIFY2(doc.ok, qPrintable(doc.error + QLatin1Char('\n') + QString::fromUtf8(html)));
        QVERIFY(!doc.elementCounts.contains(QStringLiteral("script")));
        QVERIFY(!doc.elementCounts.contains(QStringLiteral("b")));
        QVERIFY(doc.text.contains(QStringLiteral("1 < 2 & \"3\" > 0")));
        QCOMPARE(doc.sectionIds.size(), 2);
        QVERIFY(doc.sectionIds.at(0) != doc.sectionIds.at(1)); // made unique
        QCOMPARE(doc.svgCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
