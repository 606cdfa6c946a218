// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF and chart-image renderers (ui/report), checked from the outside with poppler-utils: pages, sizes and
// metadata (pdfinfo), text per page and word boxes (pdftotext), vector charts (no images: pdfimages), embedded
// fonts (pdffonts), pixels of a rendered page (pdftoppm). Documents are built by hand, so the tests depend on the
// renderer only — but for loadReportsFit, which renders the reports of synthetic load tests (their widest tables and
// their charts) to check that nothing overflows. Skipped when poppler-utils are missing.
#include "report/pdflayout.h"
#include "report/render.h"

#include "../report/syntheticloadrun.h"
#include "analysis/comparison.h"
#include "analysis/runanalysis.h"
#include "report/reports.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace scalescope;
using namespace scalescope::report;

namespace {

constexpr int kTableRows = 120;
constexpr double kMarginPt = 18.0 / 25.4 * 72.0;

const QStringList kWords { QStringLiteral("latency"), QStringLiteral("grows"), QStringLiteral("with"),
    QStringLiteral("the"), QStringLiteral("dataset"), QStringLiteral("while"), QStringLiteral("throughput"),
    QStringLiteral("stays"), QStringLiteral("flat"), QStringLiteral("until"), QStringLiteral("saturation"),
    QStringLiteral("requests"), QStringLiteral("queue"), QStringLiteral("behind"), QStringLiteral("slow"),
    QStringLiteral("queries"), QStringLiteral("and"), QStringLiteral("percentiles"), QStringLiteral("spread"),
    QStringLiteral("out") };

/// @p count words of filler text, deterministic.
QString filler(int count, int seed = 0)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(kWords.at((i * 7 + seed * 3) % kWords.size()));
    return words.join(u' ');
}

/// A small chart with distinct shapes and colours: a blue square, an orange disc, a label in SVG <text>.
QString chartSvg(const QString& label, const QString& squareColour = QStringLiteral("#0072b2"),
    const QString& discColour = QStringLiteral("#d55e00"), bool viewBox = true)
{
    const QString box = viewBox ? QStringLiteral(R"( viewBox="0 0 600 300")") : QString();
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"%1>
  <rect x="0" y="0" width="600" height="300" fill="#ffffff"/>
  <rect x="40" y="30" width="220" height="220" fill="%2"/>
  <circle cx="430" cy="140" r="110" fill="%3" stroke="#000000" stroke-width="2"/>
  <polyline points="20,280 200,200 380,240 580,40" fill="none" stroke="#222222" stroke-width="3"/>
  <text x="300" y="292" font-family="sans-serif" font-size="16" text-anchor="middle">%4</text>
</svg>
)")
        .arg(box, squareColour, discColour, label);
}

/// Labels the way core's SvgCanvas writes them (inherited font, anchors, rotation, group transforms, bold, colours),
/// plus two texts PDF rendering leaves to QtSvg (a <tspan>, a <title> child).
QString labelsSvg()
{
    return QStringLiteral(
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="480" height="240" viewBox="0 0 480 240">
<title>Labels</title>
<g font-family="DejaVu Sans, sans-serif" font-size="11">
<rect x="0" y="0" width="480" height="240" fill="#ffffff"/>
<line x1="60" y1="200" x2="460" y2="200" stroke="#9ca3af" stroke-width="1"/>
<text x="60" y="216" text-anchor="middle" fill="#374151">LBLSTART</text>
<text x="260" y="216" text-anchor="middle" fill="#374151">LBLMIDDLE</text>
<text x="460" y="216" text-anchor="end" font-size="14" fill="#b91c1c">LBLEND</text>
<text x="24" y="120" text-anchor="middle" fill="#1f2937" transform="rotate(-90 24 120)">LBLROTATED</text>
<text x="200" y="40" font-weight="bold" font-size="18" fill="#0072b2">LBLBOLD</text>
<g transform="translate(300 60) scale(1.5)"><text x="0" y="20" fill="#009e73">LBLGROUP</text></g>
<text x="80" y="90" fill="#6b21a8">LBL<tspan font-weight="bold">TSPAN</tspan></text>
<text x="80" y="150" fill="#374151">LBLTITLED<title>tooltip</title></text>
</g>
</svg>
)svg");
}

Chart chart(const QString& title, const QString& label, const QString& square = QStringLiteral("#0072b2"),
    const QString& disc = QStringLiteral("#d55e00"))
{
    return { title, chartSvg(label, square, disc), QSizeF(600, 300), QStringLiteral("Caption of %1").arg(title) };
}

QString rowId(int row) { return QStringLiteral("R%1").arg(row, 3, 10, QLatin1Char('0')); }
QString rowCount(int row) { return QString::number(200000 + row); }
QString rowP95(int row) { return QString::number(row * row * 0.37 + 0.5, 'f', 2); }

struct SectionCheck {
    QString number;
    QString title;
    QString firstToken; ///< a word of the block right after the heading (kept on the heading's page)
};

/// Many sections, a 120-row table that spans pages, long paragraphs, charts, subsections, every kind of block.
Document richDocument(QList<SectionCheck>* checks = nullptr)
{
    Document document;
    document.title = QStringLiteral("Render test report");
    document.subtitle = QStringLiteral("http://127.0.0.1:8000 · 2026-12-01 09:00 UTC · run 12");
    document.toolVersion = QStringLiteral("ScaleScope 9.8.7");
    document.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    const auto check = [&](const QString& number, const QString& title, const QString& token) {
        if (checks)
            checks->append({ number, title, token });
    };

    Section configuration { QStringLiteral("configuration"), QStringLiteral("Configuration"), {}, {} };
    configuration.blocks.append(KeyValues { {
        { QStringLiteral("Target"), QStringLiteral("KVTARGET http://127.0.0.1:8000/api/v1/prompts") },
        { QStringLiteral("Dataset sizes"), QStringLiteral("10 100 1000 10000 100000") },
        { QStringLiteral("Concurrency"), QStringLiteral("8 workers × 6 connections") },
        { QStringLiteral("A rather long label that has to wrap in its column"),
            QStringLiteral("https://example.invalid/a/very/long/path/without/any/spaces/that/must/be/broken/somewhere/"
                           "because/it/cannot/fit/on/one/line/of/the/page/at/all/really") },
        { QStringLiteral("Notes"), filler(60, 1) },
    } });
    configuration.blocks.append(Paragraph { QStringLiteral("PARCONF ") + filler(90, 2), Tone::Normal });
    check(QStringLiteral("1"), configuration.title, QStringLiteral("KVTARGET"));
    document.sections.append(configuration);

    Section findings { QStringLiteral("findings"), QStringLiteral("Findings and recommendations"), {}, {} };
    findings.blocks.append(BulletList { {
        { QStringLiteral("BULLETONE List prompts grows linearly with the dataset"),
            QStringLiteral("Add an index on created_at."), Tone::Warning },
        { QStringLiteral("Find duplicates grows quadratically: FAILED at 10000 records"), filler(40, 3), Tone::Bad },
        { QStringLiteral("Get prompt stays constant"), QString(), Tone::Good },
        { QStringLiteral("Count prompts was not measured at 100000 records"), QStringLiteral("Muted detail"),
            Tone::Muted },
        { QStringLiteral("A plain item"), QString(), Tone::Normal },
    } });
    findings.blocks.append(Paragraph { QStringLiteral("FAILED: 2 of 12 thresholds. ") + filler(30, 4), Tone::Bad });
    findings.blocks.append(Paragraph { QStringLiteral("Passed checks. ") + filler(20, 5), Tone::Good });
    check(QStringLiteral("2"), findings.title, QStringLiteral("BULLETONE"));
    document.sections.append(findings);

    Table table;
    table.caption = QStringLiteral("Per-row results");
    table.header = { QStringLiteral("Row"), QStringLiteral("Endpoint"), QStringLiteral("Description"),
        QStringLiteral("p95 ms"), QStringLiteral("Count") };
    table.numericColumns = { 3, 4 };
    for (int r = 0; r < kTableRows; ++r) {
        const QString description = r % 10 == 3 ? filler(45, r) : filler(3 + r % 4, r);
        table.rows.append(
            { rowId(r), QStringLiteral("GET /prompts/%1").arg(r % 7), description, rowP95(r), rowCount(r) });
        QList<Tone> tones;
        if (r % 5 == 0)
            tones = { Tone::Normal, Tone::Normal, Tone::Normal, r % 3 == 0 ? Tone::Bad : Tone::Warning, Tone::Good };
        table.tones.append(tones);
    }
    Section results { QStringLiteral("results"), QStringLiteral("Results per row"), { table }, {} };
    check(QStringLiteral("3"), results.title, QStringLiteral("Per-row"));
    document.sections.append(results);

    Section charts { QStringLiteral("charts"), QStringLiteral("Charts overview"), {}, {} };
    Section alpha { QStringLiteral("alpha"), QStringLiteral("Alpha chart"),
        { chart(QStringLiteral("Alpha"), QStringLiteral("ALPHALABEL")),
            Chart { QStringLiteral("Labels"), labelsSvg(), QSizeF(480, 240), QStringLiteral("Labels of every kind") } },
        {} };
    Section beta { QStringLiteral("beta"), QStringLiteral("Beta chart"),
        { chart(QStringLiteral("Beta"), QStringLiteral("BETALABEL"), QStringLiteral("#009e73"),
              QStringLiteral("#cc79a7")),
            Paragraph { filler(50, 6), Tone::Muted } },
        {} };
    charts.subsections = { alpha, beta };
    check(QStringLiteral("4"), charts.title, QStringLiteral("ALPHALABEL"));
    check(QStringLiteral("4.1"), alpha.title, QStringLiteral("ALPHALABEL"));
    check(QStringLiteral("4.2"), beta.title, QStringLiteral("BETALABEL"));
    document.sections.append(charts);

    Table wide;
    wide.caption = QStringLiteral("A wide table");
    for (int c = 0; c < 11; ++c)
        wide.header.append(QStringLiteral("Column %1 header").arg(c));
    for (int r = 0; r < 8; ++r) {
        QStringList row;
        for (int c = 0; c < 11; ++c)
            row.append(c == 0 ? QStringLiteral("WIDE%1").arg(r) : QString::number((r + 1) * (c + 1) * 123.456, 'f', 1));
        wide.rows.append(row);
    }
    wide.numericColumns = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    Section wideSection { QStringLiteral("wide"), QStringLiteral("Wide table"), { wide }, {} };
    check(QStringLiteral("5"), wideSection.title, QStringLiteral("wide"));
    document.sections.append(wideSection);

    // Sections of growing length: their headings land at many different heights of a page.
    for (int i = 0; i < 12; ++i) {
        const QString token = QStringLiteral("S%1START").arg(i + 6);
        Section notes { QStringLiteral("notes-%1").arg(i), QStringLiteral("Notes number %1").arg(i + 6), {}, {} };
        notes.blocks.append(Paragraph { token + u' ' + filler(25 + i * 37, i), Tone::Normal });
        if (i % 3 == 1)
            notes.blocks.append(Chart {
                QStringLiteral("Gamma %1").arg(i), chartSvg(QStringLiteral("GAMMA%1").arg(i)), QSizeF(600, 300), {} });
        if (i % 4 == 2)
            notes.blocks.append(BulletList {
                { { filler(12, i), filler(18, i + 1), Tone::Normal }, { filler(9, i + 2), {}, Tone::Warning } } });
        check(QString::number(i + 6), notes.title, token);
        document.sections.append(notes);
    }

    Section invalid { QStringLiteral("invalid"), QStringLiteral("Broken chart"),
        { Chart { QStringLiteral("Broken"), QStringLiteral("<svg this is not xml"), QSizeF(600, 300), {} } }, {} };
    check(QString::number(document.sections.size() + 1), invalid.title, QStringLiteral("Broken"));
    document.sections.append(invalid);
    return document;
}

/// A block of the PDF flow with given slice heights, for the paginator's rules (it paints nothing).
class FakeBlock final : public pdf::FlowBlock {
public:
    FakeBlock(QList<double> heights, double header = 0, bool keep = false, int minimum = 1)
        : m_heights(std::move(heights))
        , m_header(header)
    {
        keepWithNext = keep;
        orphans = minimum;
        widows = minimum;
    }
    [[nodiscard]] int sliceCount() const override { return int(m_heights.size()); }
    [[nodiscard]] double sliceHeight(int index) const override { return m_heights.at(index); }
    [[nodiscard]] double headerHeight(bool) const override { return m_header; }
    void paint(QPainter&, double, double, int, int, bool) const override { }

private:
    QList<double> m_heights;
    double m_header;
};

/// "page:first-last" per placement of block @p block.
QStringList partsOf(const pdf::Pagination& pagination, int block)
{
    QStringList parts;
    for (const pdf::Placement& placement : pagination.placements)
        if (placement.block == block)
            parts.append(QStringLiteral("%1:%2-%3").arg(placement.page).arg(placement.first).arg(placement.last));
    return parts;
}

struct Word {
    QString text;
    QRectF box; ///< points, top left origin
};
struct Page {
    QSizeF size;
    QList<Word> words;
};

} // namespace

class TestRender : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_outputDir; ///< $SCALESCOPE_RENDER_OUTPUT: keep the files there, to look at them
    QString m_pdftotext;
    QString m_pdfinfo;
    QString m_pdftoppm;
    QString m_pdfimages;
    QString m_pdffonts;

    QString path(const QString& name) const
    {
        return m_outputDir.isEmpty() ? m_dir.filePath(name) : QDir(m_outputDir).filePath(name);
    }

    static QByteArray run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning() << program << arguments << "failed:" << process.readAllStandardError();
            return {};
        }
        return process.readAllStandardOutput();
    }

    /// pdftotext -layout, one string per page.
    QStringList pageTexts(const QString& file) const
    {
        QStringList pages
            = QString::fromUtf8(run(m_pdftotext, { QStringLiteral("-layout"), file, QStringLiteral("-") }))
                  .split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    QMap<QString, QString> info(const QString& file) const
    {
        QMap<QString, QString> result;
        const QStringList lines = QString::fromUtf8(run(m_pdfinfo, { file })).split(u'\n');
        for (const QString& line : lines) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                result.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        return result;
    }

    /// pdftotext -bbox: every word with its box, per page.
    QList<Page> words(const QString& file) const
    {
        QList<Page> pages;
        QXmlStreamReader xml(run(m_pdftotext, { QStringLiteral("-bbox"), file, QStringLiteral("-") }));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"page") {
                pages.append(
                    { QSizeF(a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble()),
                        {} });
            } else if (xml.name() == u"word" && !pages.isEmpty()) {
                const QRectF box(
                    QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                    QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
                pages.last().words.append({ xml.readElementText(), box });
            }
        }
        if (xml.hasError())
            qWarning() << "pdftotext -bbox:" << xml.errorString();
        return pages;
    }

    /// The pages (1-based) whose text has a line matching @p pattern.
    static QList<int> pagesMatching(const QStringList& pages, const QRegularExpression& pattern)
    {
        QList<int> result;
        for (int p = 0; p < pages.size(); ++p) {
            auto it = pattern.globalMatch(pages.at(p));
            while (it.hasNext()) {
                it.next();
                result.append(p + 1);
            }
        }
        return result;
    }

    static int countColoured(const QImage& image, QColor colour, int tolerance = 40)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) < tolerance && std::abs(c.green() - colour.green()) < tolerance
                    && std::abs(c.blue() - colour.blue()) < tolerance)
                    ++count;
            }
        return count;
    }

    /// Renders page @p page of @p file at @p dpi.
    QImage renderPage(const QString& file, int page, int dpi) const
    {
        const QString prefix = path(QStringLiteral("page-%1-%2").arg(QFileInfo(file).baseName()).arg(page));
        run(m_pdftoppm,
            { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), file,
                prefix });
        return QImage(prefix + QStringLiteral(".png"));
    }

#define REQUIRE_POPPLER()                                                                                              \
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty() || m_pdftoppm.isEmpty() || m_pdfimages.isEmpty()                  \
        || m_pdffonts.isEmpty())                                                                                       \
    QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm, pdfimages, pdffonts) are not installed")

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outputDir = qEnvironmentVariable("SCALESCOPE_RENDER_OUTPUT");
        if (!m_outputDir.isEmpty())
            QVERIFY(QDir().mkpath(m_outputDir));
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        m_pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    }

    // The paginator's rules on blocks of known heights, a page being 100 units high.
    void paginateKeepsHeadingsWithTheirBlock()
    {
        pdf::Flow flow;
        flow.push_back(std::make_unique<FakeBlock>(QList<double>(9, 10.0))); // 90 of 100
        flow.push_back(std::make_unique<FakeBlock>(QList<double> { 6 }, 0, true)); // heading: fits, its table would not
        flow.push_back(std::make_unique<FakeBlock>(QList<double>(12, 10.0), 5, false, 2)); // table, header 5
        const pdf::Pagination pagination = pdf::paginate(flow, 0, 100);
        QCOMPARE(partsOf(pagination, 1), QStringList { QStringLiteral("1:0-0") });
        // 6 + 5 + 8 × 10 on page 1, the rest under a repeated header on page 2.
        QCOMPARE(partsOf(pagination, 2), (QStringList { QStringLiteral("1:0-7"), QStringLiteral("2:8-11") }));
        QCOMPARE(pagination.pageCount, 3);
        QVERIFY(pagination.placements.at(2).continued == false && pagination.placements.at(3).continued);
        QCOMPARE(pagination.placements.at(3).y, 0.0);
    }
    void paginateOrphansAndWidows()
    {
        pdf::Flow flow;
        flow.push_back(std::make_unique<FakeBlock>(QList<double> { 85 }));
        flow.push_back(
            std::make_unique<FakeBlock>(QList<double>(3, 10.0), 0, false, 2)); // one line would fit: moved whole
        flow.push_back(std::make_unique<FakeBlock>(QList<double>(9, 10.0), 5, false, 2));
        flow.back()->spaceBefore = 5;
        const pdf::Pagination pagination = pdf::paginate(flow, 0, 100);
        QCOMPARE(partsOf(pagination, 1), QStringList { QStringLiteral("1:0-2") });
        // Page 1: 30 + 5 space + 5 header + 6 × 10; the other 3 under the repeated header.
        QCOMPARE(partsOf(pagination, 2), (QStringList { QStringLiteral("1:0-5"), QStringLiteral("2:6-8") }));

        // At the top of a page: 9 + 9 + 1 would leave a widow, so 9 + 8 + 2.
        pdf::Flow widows;
        widows.push_back(std::make_unique<FakeBlock>(QList<double>(19, 10.0), 5, false, 2));
        QCOMPARE(partsOf(pdf::paginate(widows, 0, 100), 0),
            (QStringList { QStringLiteral("0:0-8"), QStringLiteral("1:9-16"), QStringLiteral("2:17-18") }));
    }
    void paginateOversizedSliceAlone()
    {
        pdf::Flow flow;
        flow.push_back(std::make_unique<FakeBlock>(QList<double> { 30 }));
        flow.push_back(std::make_unique<FakeBlock>(QList<double> { 150 }));
        flow.push_back(std::make_unique<FakeBlock>(QList<double> { 30 }));
        const pdf::Pagination pagination = pdf::paginate(flow, 10, 110);
        QCOMPARE(partsOf(pagination, 1), QStringList { QStringLiteral("1:0-0") });
        QCOMPARE(partsOf(pagination, 2), QStringList { QStringLiteral("2:0-0") });
        QCOMPARE(pagination.placements.at(2).y, 10.0);
        QCOMPARE(pagination.pageCount, 3);
    }

    void pageSizeAndMetadata_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addColumn<QString>("expectedSize");
        QTest::addRow("A4") << QPageSize(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::addRow("Letter") << QPageSize(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
    }
    void pageSizeAndMetadata()
    {
        REQUIRE_POPPLER();
        QFETCH(QPageSize, pageSize);
        QFETCH(QString, expectedSize);
        const QString file = path(QStringLiteral("meta-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        const std::optional<Error> error = writePdf(richDocument(), file, { pageSize, 300 });
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        const QMap<QString, QString> meta = info(file);
        QCOMPARE(meta.value(QStringLiteral("Page size")), expectedSize);
        QCOMPARE(meta.value(QStringLiteral("Title")), QStringLiteral("Render test report"));
        QCOMPARE(meta.value(QStringLiteral("Creator")), QStringLiteral("ScaleScope"));
        QVERIFY(meta.value(QStringLiteral("Pages")).toInt() > 3);
    }

    // "Page N / M" on every page, M = pdfinfo's page count; the first page has the title block.
    void footerNumbersEveryPage_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addRow("A4") << QPageSize(QPageSize::A4);
        QTest::addRow("Letter") << QPageSize(QPageSize::Letter);
    }
    void footerNumbersEveryPage()
    {
        REQUIRE_POPPLER();
        QFETCH(QPageSize, pageSize);
        const QString file = path(QStringLiteral("footer-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(!writePdf(richDocument(), file, { pageSize, 300 }));
        const int pageCount = info(file).value(QStringLiteral("Pages")).toInt();
        const QStringList pages = pageTexts(file);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY(pageCount > 3);
        static const QRegularExpression footer(QStringLiteral("Page (\\d+) / (\\d+)"));
        for (int p = 0; p < pageCount; ++p) {
            QList<QRegularExpressionMatch> matches;
            for (auto it = footer.globalMatch(pages.at(p)); it.hasNext();)
                matches.append(it.next());
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().captured(1).toInt(), p + 1);
            QCOMPARE(matches.first().captured(2).toInt(), pageCount);
        }
        QVERIFY(pages.first().contains(QStringLiteral("Render test report")));
        QVERIFY(pages.first().contains(QStringLiteral("run 12")));
        QVERIFY(pages.first().contains(QStringLiteral("ScaleScope 9.8.7")));
        QVERIFY(pages.first().contains(QStringLiteral("2026-12-01 09:30 UTC")));
    }

    // Every heading once, numbered, on the page the contents give for it, with the start of its first block on the
    // same page (never alone at the bottom of a page).
    void headingsContentsAndKeepWithNext()
    {
        REQUIRE_POPPLER();
        QList<SectionCheck> checks;
        const Document document = richDocument(&checks);
        const QString file = path(QStringLiteral("headings.pdf"));
        QVERIFY(!writePdf(document, file));
        const QStringList pages = pageTexts(file);
        QVERIFY(pages.size() > 3);
        QVERIFY(pages.first().contains(QStringLiteral("Contents")));
        for (const SectionCheck& check : std::as_const(checks)) {
            const QString title = QRegularExpression::escape(check.title);
            const QString number = QRegularExpression::escape(check.number);
            const QRegularExpression heading(QStringLiteral("(?m)^\\s*%1\\s+%2\\s*$").arg(number, title));
            const QRegularExpression contents(QStringLiteral("(?m)^\\s*%1\\s+%2\\s+(\\d+)\\s*$").arg(number, title));
            const QList<int> headingPages = pagesMatching(pages, heading);
            QVERIFY2(headingPages.size() == 1, qPrintable(check.title));
            QCOMPARE(pagesMatching(pages, QRegularExpression(title)).size(), 2); // contents + heading
            const QRegularExpressionMatch entry = contents.match(pages.first());
            QVERIFY2(entry.hasMatch(), qPrintable(check.title));
            QCOMPARE(entry.captured(1).toInt(), headingPages.first());
            const int page = headingPages.first() - 1;
            QVERIFY2(pages.at(page).contains(check.firstToken),
                qPrintable(QStringLiteral("%1 is not on the page of heading %2").arg(check.firstToken, check.title)));
            // …and below the heading.
            const qsizetype headingAt = heading.match(pages.at(page)).capturedStart();
            QVERIFY(pages.at(page).indexOf(check.firstToken, headingAt) > headingAt);
        }
    }

    // The 120-row table spans pages: caption and header on each, "(continued)" after the first, every row once, no
    // row cut (its first and last cells on the same page, on the same line), numbers right-aligned.
    void tableSpansPagesWithRepeatedHeader()
    {
        REQUIRE_POPPLER();
        const QString file = path(QStringLiteral("table.pdf"));
        QVERIFY(!writePdf(richDocument(), file));
        const QStringList pages = pageTexts(file);
        const QList<Page> boxes = words(file);
        QCOMPARE(boxes.size(), pages.size());

        QList<int> rowPages(kTableRows, 0);
        QList<int> tablePages;
        for (int r = 0; r < kTableRows; ++r) {
            const QRegularExpression first(QStringLiteral("\\b%1\\b").arg(rowId(r)));
            const QList<int> found = pagesMatching(pages, first);
            QVERIFY2(found.size() == 1, qPrintable(rowId(r)));
            rowPages[r] = found.first();
            if (!tablePages.contains(found.first()))
                tablePages.append(found.first());
            QCOMPARE(pagesMatching(pages, QRegularExpression(QStringLiteral("\\b%1\\b").arg(rowCount(r)))), found);
        }
        QVERIFY2(tablePages.size() >= 3, "the table should span pages");
        QVERIFY(std::is_sorted(rowPages.cbegin(), rowPages.cend()));
        static const QRegularExpression header(QStringLiteral("Row\\s+Endpoint\\s+Description\\s+p95 ms\\s+Count"));
        for (int i = 0; i < tablePages.size(); ++i) {
            const QString& text = pages.at(tablePages.at(i) - 1);
            QCOMPARE(pagesMatching({ text }, header).size(), 1);
            const qsizetype headerAt = header.match(text).capturedStart();
            const qsizetype firstRowAt = text.indexOf(QRegularExpression(QStringLiteral("\\bR\\d{3}\\b")));
            QVERIFY(headerAt < firstRowAt);
            QCOMPARE(text.contains(QStringLiteral("Per-row results (continued)")), i > 0);
            QVERIFY(text.contains(QStringLiteral("Per-row results")));
        }

        // Boxes: the row's first and last cell share a line; the p95 and count columns are right-aligned (one
        // right edge on every page, while the left edges of numbers of different widths differ).
        QList<double> p95Right;
        QList<double> p95Left;
        QList<double> countRight;
        for (const int tablePage : std::as_const(tablePages)) {
            const Page& page = boxes.at(tablePage - 1);
            QHash<QString, QRectF> byText;
            for (const Word& word : page.words)
                byText.insert(word.text, word.box);
            for (int r = 0; r < kTableRows; ++r) {
                if (rowPages.at(r) != tablePage)
                    continue;
                QVERIFY(byText.contains(rowId(r)));
                QVERIFY(byText.contains(rowCount(r)));
                QVERIFY(std::abs(byText.value(rowId(r)).top() - byText.value(rowCount(r)).top()) < 3.0);
                QVERIFY(byText.contains(rowP95(r)));
                p95Right.append(byText.value(rowP95(r)).right());
                p95Left.append(byText.value(rowP95(r)).left());
                countRight.append(byText.value(rowCount(r)).right());
            }
        }
        QCOMPARE(p95Right.size(), kTableRows);
        const auto [minRight, maxRight] = std::minmax_element(p95Right.cbegin(), p95Right.cend());
        QVERIFY2(*maxRight - *minRight < 1.0, "p95 column not right-aligned");
        const auto [minLeft, maxLeft] = std::minmax_element(p95Left.cbegin(), p95Left.cend());
        QVERIFY(*maxLeft - *minLeft > 8.0);
        const auto [minCount, maxCount] = std::minmax_element(countRight.cbegin(), countRight.cend());
        QVERIFY(*maxCount - *minCount < 1.0);
        QVERIFY(*minCount > *maxRight);
    }

    // Nothing is cut off: every word lies inside the page's side margins and inside the page.
    void textStaysInsideMargins_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addRow("A4") << QPageSize(QPageSize::A4);
        QTest::addRow("Letter") << QPageSize(QPageSize::Letter);
    }
    void textStaysInsideMargins()
    {
        REQUIRE_POPPLER();
        QFETCH(QPageSize, pageSize);
        const QString file = path(QStringLiteral("margins-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(!writePdf(richDocument(), file, { pageSize, 300 }));
        const QList<Page> pages = words(file);
        QVERIFY(pages.size() > 3);
        int count = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const Page& page = pages.at(p);
            for (const Word& word : page.words) {
                ++count;
                const QString where = QStringLiteral("page %1: \"%2\" at %3..%4")
                                          .arg(p + 1)
                                          .arg(word.text)
                                          .arg(word.box.left())
                                          .arg(word.box.right());
                QVERIFY2(word.box.left() >= kMarginPt - 0.5, qPrintable(where));
                QVERIFY2(word.box.right() <= page.size.width() - kMarginPt + 0.5, qPrintable(where));
                QVERIFY2(
                    word.box.top() >= kMarginPt - 2 && word.box.bottom() <= page.size.height() - 5, qPrintable(where));
            }
        }
        QVERIFY(count > 2000);
        // The long URL was broken, not lost.
        QString all;
        for (const Page& page : pages)
            for (const Word& word : page.words)
                all += word.text;
        QVERIFY(all.contains(QStringLiteral("https://example.invalid/a/very/long/path")));
        QVERIFY(all.contains(QStringLiteral("line/of/the/page/at/all/really")));
    }

    // Charts are vectors: their SVG <text> is PDF text, there is no image, and the shapes' colours show on the page.
    void chartsAreVectors()
    {
        REQUIRE_POPPLER();
        const QString file = path(QStringLiteral("charts.pdf"));
        QVERIFY(!writePdf(richDocument(), file));
        const QStringList pages = pageTexts(file);
        const QList<int> alphaPages = pagesMatching(pages, QRegularExpression(QStringLiteral("ALPHALABEL")));
        QCOMPARE(alphaPages.size(), 1);
        QCOMPARE(pagesMatching(pages, QRegularExpression(QStringLiteral("BETALABEL"))).size(), 1);
        QCOMPARE(pagesMatching(pages, QRegularExpression(QStringLiteral("GAMMA\\d+"))).size(), 4);
        QVERIFY(pages.join(QString()).contains(QStringLiteral("This chart could not be drawn")));

        // Every label is text, rotated ones too, except those left to QtSvg (outlines: not in the text layer).
        const QString all = pages.join(QString());
        for (const QString& label : { QStringLiteral("LBLSTART"), QStringLiteral("LBLMIDDLE"), QStringLiteral("LBLEND"),
                 QStringLiteral("LBLBOLD"), QStringLiteral("LBLGROUP") })
            QVERIFY2(all.contains(label), qPrintable(label));
        const QString raw = QString::fromUtf8(run(m_pdftotext, { QStringLiteral("-raw"), file, QStringLiteral("-") }));
        QVERIFY(raw.contains(QStringLiteral("LBLROTATED")));
        QVERIFY(!all.contains(QStringLiteral("TSPAN")));

        const QStringList images
            = QString::fromUtf8(run(m_pdfimages, { QStringLiteral("-list"), file })).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines of the listing, no image

        const QImage page = renderPage(file, alphaPages.first(), 40);
        QVERIFY(!page.isNull());
        QVERIFY2(countColoured(page, QColor(0x00, 0x72, 0xb2)) > 500, "blue square missing");
        QVERIFY2(countColoured(page, QColor(0xd5, 0x5e, 0x00)) > 500, "orange disc missing");
        // The chart spans the text width: the blue square starts near the left margin, the disc ends near the right.
        int minX = page.width();
        int maxX = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (c.red() < 60 && std::abs(c.green() - 0x72) < 40 && c.blue() > 140)
                    minX = std::min(minX, x);
                if (c.red() > 170 && std::abs(c.green() - 0x5e) < 40 && c.blue() < 60)
                    maxX = std::max(maxX, x);
            }
        const double textWidthPx = page.width() - 2 * kMarginPt * 40 / 72.0;
        const double leftMarginPx = kMarginPt * 40 / 72.0;
        QVERIFY2(std::abs(minX - (leftMarginPx + 40.0 / 600 * textWidthPx)) < 4, qPrintable(QString::number(minX)));
        QVERIFY2(std::abs(maxX - (leftMarginPx + 540.0 / 600 * textWidthPx)) < 4, qPrintable(QString::number(maxX)));
    }

    void fontsAreEmbedded()
    {
        REQUIRE_POPPLER();
        const QString file = path(QStringLiteral("fonts.pdf"));
        QVERIFY(!writePdf(richDocument(), file));
        const QStringList lines = QString::fromUtf8(run(m_pdffonts, { file })).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        bool dejaVu = false;
        for (const QString& line : lines.mid(2)) {
            // name type encoding emb sub uni object ID
            const QStringList columns = line.simplified().split(u' ');
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(line));
            dejaVu |= line.contains(QStringLiteral("DejaVu"));
        }
        QVERIFY(dejaVu);
    }

    void emptyDocumentIsOnePage()
    {
        REQUIRE_POPPLER();
        Document document;
        document.title = QStringLiteral("Nothing measured");
        const QString file = path(QStringLiteral("empty.pdf"));
        QVERIFY(!writePdf(document, file));
        QCOMPARE(info(file).value(QStringLiteral("Pages")), QStringLiteral("1"));
        const QStringList pages = pageTexts(file);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages.first().contains(QStringLiteral("Page 1 / 1")));
        QVERIFY(pages.first().contains(QStringLiteral("Nothing measured")));
        QVERIFY(!pages.first().contains(QStringLiteral("Contents")));
    }

    void exportPng_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("pixels");
        QTest::addRow("requested size, 2x") << QSize(400, 200) << 2.0 << QSize(800, 400);
        QTest::addRow("requested size, 1x") << QSize(300, 300) << 1.0 << QSize(300, 300);
        QTest::addRow("chart's own size") << QSize() << 1.0 << QSize(600, 300);
    }
    void exportPng()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(QSize, pixels);
        const QString file = path(
            QStringLiteral("chart-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const std::optional<Error> error
            = exportChart(chart(QStringLiteral("Alpha"), QStringLiteral("ALPHA")), ImageFormat::Png, file, size, scale);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        const QImage image(file);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), QColor(Qt::white));
        const int area = pixels.width() * pixels.height();
        QVERIFY(countColoured(image, QColor(0x00, 0x72, 0xb2), 12) > area / 20);
        QVERIFY(countColoured(image, QColor(0xd5, 0x5e, 0x00), 12) > area / 20);
    }

    // The PNG (labels drawn as text by the renderer) looks like QtSvg's own rendering of the same SVG: same
    // places, sizes, anchors and rotations — glyph edges may differ, positions may not.
    void labelsMatchQtSvg()
    {
        const Chart source { QStringLiteral("Labels"), labelsSvg(), QSizeF(480, 240), {} };
        const QString file = path(QStringLiteral("labels.png"));
        QVERIFY(!exportChart(source, ImageFormat::Png, file, QSize(960, 480)));
        const QImage ours = QImage(file).convertToFormat(QImage::Format_RGB32);
        QImage reference(QSize(960, 480), QImage::Format_RGB32);
        reference.fill(Qt::white);
        {
            QPainter painter(&reference);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            QSvgRenderer renderer(labelsSvg().toUtf8());
            renderer.render(&painter, QRectF(0, 0, 960, 480));
        }
        QCOMPARE(ours.size(), reference.size());
        // Ink per 16 × 16 tile: a label one tile off, or of another size, changes whole tiles.
        const auto ink = [](const QImage& image, int tx, int ty) {
            double sum = 0;
            for (int y = ty * 16; y < ty * 16 + 16; ++y)
                for (int x = tx * 16; x < tx * 16 + 16; ++x)
                    sum += 255 - qGray(image.pixel(x, y));
            return sum / 256.0;
        };
        int inked = 0;
        int different = 0;
        for (int ty = 0; ty < 30; ++ty)
            for (int tx = 0; tx < 60; ++tx) {
                const double a = ink(ours, tx, ty);
                const double b = ink(reference, tx, ty);
                inked += a > 8 || b > 8;
                different += std::abs(a - b) > 24;
            }
        QVERIFY(inked > 60);
        QVERIFY2(
            different <= inked / 20, qPrintable(QStringLiteral("%1 of %2 tiles differ").arg(different).arg(inked)));
    }

    void exportSvg_data()
    {
        QTest::addColumn<bool>("viewBox");
        QTest::addRow("with viewBox") << true;
        QTest::addRow("without viewBox") << false;
    }
    void exportSvg()
    {
        QFETCH(bool, viewBox);
        const Chart source { QStringLiteral("Alpha"),
            chartSvg(QStringLiteral("ALPHA"), QStringLiteral("#0072b2"), QStringLiteral("#d55e00"), viewBox),
            QSizeF(600, 300), {} };
        const QString file = path(QStringLiteral("chart-%1.svg").arg(viewBox));
        QVERIFY(!exportChart(source, ImageFormat::Svg, file, QSize(400, 200)));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray data = in.readAll();
        QXmlStreamReader xml(data);
        bool root = true;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && root) {
                root = false;
                QCOMPARE(xml.name(), u"svg");
                QCOMPARE(xml.attributes().value(QLatin1String("width")), u"400");
                QCOMPARE(xml.attributes().value(QLatin1String("height")), u"200");
                QCOMPARE(xml.attributes().value(QLatin1String("viewBox")), u"0 0 600 300");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!root);
        QSvgRenderer renderer(data);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(400, 200));
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 600, 300));
        QVERIFY(data.contains("stroke-width=\"2\"")); // the content is untouched
        QVERIFY(data.contains("ALPHA"));
    }

    void exportPdf()
    {
        REQUIRE_POPPLER();
        const QString file = path(QStringLiteral("chart.pdf"));
        QVERIFY(!exportChart(
            chart(QStringLiteral("Alpha"), QStringLiteral("ALPHAPDF")), ImageFormat::Pdf, file, QSize(600, 300)));
        const QMap<QString, QString> meta = info(file);
        QCOMPARE(meta.value(QStringLiteral("Pages")), QStringLiteral("1"));
        QCOMPARE(meta.value(QStringLiteral("Page size")), QStringLiteral("450 x 225 pts"));
        QCOMPARE(meta.value(QStringLiteral("Creator")), QStringLiteral("ScaleScope"));
        QVERIFY(pageTexts(file).join(QString()).contains(QStringLiteral("ALPHAPDF")));
        QCOMPARE(QString::fromUtf8(run(m_pdfimages, { QStringLiteral("-list"), file }))
                     .split(u'\n', Qt::SkipEmptyParts)
                     .size(),
            2);
        const QImage page = renderPage(file, 1, 96);
        QCOMPARE(page.size(), QSize(600, 300));
        QVERIFY(countColoured(page, QColor(0x00, 0x72, 0xb2), 20) > 600 * 300 / 20);
        // The chart's own size when none is asked for.
        const QString own = path(QStringLiteral("chart-own.pdf"));
        QVERIFY(!exportChart(chart(QStringLiteral("Alpha"), QStringLiteral("ALPHAPDF")), ImageFormat::Pdf, own));
        QCOMPARE(info(own).value(QStringLiteral("Page size")), QStringLiteral("450 x 225 pts"));
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<int>("format"); // -1: writePdf
        QTest::addRow("pdf report") << -1;
        QTest::addRow("png chart") << int(ImageFormat::Png);
        QTest::addRow("svg chart") << int(ImageFormat::Svg);
        QTest::addRow("pdf chart") << int(ImageFormat::Pdf);
    }
    void errorsNameTheFile()
    {
        QFETCH(int, format);
        const QString file = path(QStringLiteral("no-such-dir/out.file"));
        const std::optional<Error> error = format < 0
            ? writePdf(richDocument(), file)
            : exportChart(chart(QStringLiteral("Alpha"), QStringLiteral("A")), ImageFormat(format), file);
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::Io);
        QVERIFY2(error->message.contains(QDir::toNativeSeparators(file)), qPrintable(error->message));
        QVERIFY(!QFile::exists(file));
    }

    void invalidChartIsAnError()
    {
        const Chart broken { QStringLiteral("Broken one"), QStringLiteral("<svg oops"), QSizeF(100, 100), {} };
        const QString file = path(QStringLiteral("broken.png"));
        const std::optional<Error> error = exportChart(broken, ImageFormat::Png, file);
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("Broken one")));
        QVERIFY(error->message.contains(QDir::toNativeSeparators(file)));
        QVERIFY(!QFile::exists(file));
    }

    void imageFormatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: none
        QTest::addRow("png") << QStringLiteral("png") << int(ImageFormat::Png);
        QTest::addRow("PNG") << QStringLiteral("PNG") << int(ImageFormat::Png);
        QTest::addRow("Svg") << QStringLiteral("Svg") << int(ImageFormat::Svg);
        QTest::addRow("pdf") << QStringLiteral(" pdf ") << int(ImageFormat::Pdf);
        QTest::addRow("jpeg") << QStringLiteral("jpeg") << -1;
        QTest::addRow("empty") << QString() << -1;
    }
    void imageFormatNames()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const std::optional<ImageFormat> parsed = imageFormatFromName(name);
        QCOMPARE(parsed.has_value(), format >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), format);
            QCOMPARE(imageFormatFromName(imageFormatSuffix(*parsed)), parsed);
            QCOMPARE(imageFormatSuffix(*parsed), name.trimmed().toLower());
        }
    }

    // The reports of load tests: the open model's stage table (12 columns) and the comparison's side-by-side tables
    // stay inside the margins on A4 and Letter; the charts are vectors; the stall's numbers are on the page.
    void loadReportsFit_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QPageSize>("pageSize");
        for (const char* which : { "stress-open", "sweep", "endurance", "comparison" }) {
            QTest::addRow("%s, A4", which) << QString::fromLatin1(which) << QPageSize(QPageSize::A4);
            QTest::addRow("%s, Letter", which) << QString::fromLatin1(which) << QPageSize(QPageSize::Letter);
        }
    }
    void loadReportsFit()
    {
        REQUIRE_POPPLER();
        QFETCH(QString, which);
        QFETCH(QPageSize, pageSize);
        const auto runOf = [](LoadConfig::Kind kind, LoadConfig::Model model, bool stall) {
            testing::LoadRunOptions options;
            options.kind = kind;
            options.model = model;
            options.stall = stall;
            options.saturated = true;
            return testing::syntheticLoadRun(options);
        };
        Document document;
        QStringList expected;
        if (which == QLatin1String("comparison")) {
            const RunResult open = runOf(LoadConfig::Kind::Load, LoadConfig::Model::Open, true);
            const RunResult closed = runOf(LoadConfig::Kind::Load, LoadConfig::Model::Closed, false);
            document = comparisonReport(open, RunLabel { 6, {} }, closed, RunLabel { 7, {} },
                analysis::compareRuns(open, closed));
            expected = { QStringLiteral("1500"), QStringLiteral("1980"), QStringLiteral("Candidate p99") };
        } else {
            const RunResult run = which == QLatin1String("sweep")
                ? runOf(LoadConfig::Kind::ConcurrencySweep, LoadConfig::Model::Closed, false)
                : which == QLatin1String("endurance") ? runOf(LoadConfig::Kind::Endurance, LoadConfig::Model::Open, false)
                                                      : runOf(LoadConfig::Kind::Stress, LoadConfig::Model::Open, false);
            document = runReport(run, analysis::analyzeRun(run));
            expected = { QStringLiteral("did not keep up") };
            if (run.load->config.model == LoadConfig::Model::Open)
                expected += { QStringLiteral("Dropped"), QStringLiteral("Raw") };
            if (which == QLatin1String("stress-open"))
                expected += { QStringLiteral("breaking"), QStringLiteral("Recovery") };
            if (which == QLatin1String("sweep"))
                expected += { QStringLiteral("USL"), QStringLiteral("21.8") };
            if (which == QLatin1String("endurance"))
                expected += { QStringLiteral("4242"), QStringLiteral("Interval 12") };
        }
        const QString file = path(QStringLiteral("load-%1-%2.pdf")
                                      .arg(which, pageSize.id() == QPageSize::A4 ? QStringLiteral("a4")
                                                                                  : QStringLiteral("letter")));
        QVERIFY(!writePdf(document, file, { pageSize, 300 }));
        const QList<Page> pages = words(file);
        QVERIFY(pages.size() >= 3);
        QString all;
        for (int p = 0; p < pages.size(); ++p) {
            const Page& page = pages.at(p);
            for (const Word& word : page.words) {
                all += word.text + QLatin1Char(' ');
                const QString where = QStringLiteral("page %1: \"%2\" at %3..%4")
                                          .arg(p + 1)
                                          .arg(word.text)
                                          .arg(word.box.left())
                                          .arg(word.box.right());
                QVERIFY2(word.box.left() >= kMarginPt - 0.5, qPrintable(where));
                QVERIFY2(word.box.right() <= page.size.width() - kMarginPt + 0.5, qPrintable(where));
                QVERIFY2(
                    word.box.top() >= kMarginPt - 2 && word.box.bottom() <= page.size.height() - 5, qPrintable(where));
            }
        }
        for (const QString& text : expected)
            QVERIFY2(all.contains(text), qPrintable(text));
        const QStringList images
            = QString::fromUtf8(run(m_pdfimages, { QStringLiteral("-list"), file })).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the listing's header lines: every chart is vectors
    }

    void pageSizeNames()
    {
        QCOMPARE(pageSizeFromName(QStringLiteral("A4"))->id(), QPageSize::A4);
        QCOMPARE(pageSizeFromName(QStringLiteral("letter"))->id(), QPageSize::Letter);
        QVERIFY(!pageSizeFromName(QStringLiteral("a5")));
        QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
        QCOMPARE(defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
