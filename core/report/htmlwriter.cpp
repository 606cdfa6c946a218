// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// toHtml(): one self-contained, XHTML-compatible file (parses as XML after its doctype line).
#include "report/reportformat.h"
#include "report/reports.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace scalescope::report {

namespace {

using detail::xmlEscaped;

/// The translation context of the HTML frame: lupdate reads it from the macro, so the context it extracts is the one
/// looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::Html)
};

// Inline, so that the file makes no request: system fonts only, no images, no script.
const char* const kStyle = R"css(
:root{--text:#1f2328;--muted:#59636e;--border:#d1d9e0;--rule:#e6eaef;--subtle:#f6f8fa;--accent:#0b5cad;
--good:#116329;--good-bg:#e6f6ea;--good-edge:#2da44e;--bad:#a0111f;--bad-bg:#fdecea;--bad-edge:#cf222e;
--warn:#7a4b00;--warn-bg:#fff6d6;--warn-edge:#d4a72c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--text);font:15px/1.55 "DejaVu Sans","Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,sans-serif}
.page{max-width:1000px;margin:0 auto;padding:32px 28px 40px}
.report-header{border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:22px}
.report-header h1{font-size:27px;line-height:1.25;margin:0 0 6px;letter-spacing:-.01em}
.subtitle{margin:0;color:var(--muted);font-size:15px}
.generated{margin:4px 0 0;color:var(--muted);font-size:13px}
nav.toc{background:var(--subtle);border:1px solid var(--border);border-radius:6px;padding:12px 22px 14px;margin:0 0 32px}
nav.toc h2{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);border:0;margin:0 0 6px;padding:0}
nav.toc ol{list-style:none;margin:0;padding:0;columns:2;column-gap:40px}
nav.toc li{break-inside:avoid;padding:1px 0}
nav.toc ol ol{columns:1;padding-left:26px;font-size:13.5px}
nav.toc a{color:var(--accent);text-decoration:none}
nav.toc a:hover{text-decoration:underline}
.secnum{display:inline-block;min-width:1.9em;color:var(--muted);font-weight:normal;font-variant-numeric:tabular-nums}
section.report-section{margin:0 0 40px}
h2{font-size:21px;line-height:1.3;margin:0 0 12px;padding-bottom:6px;border-bottom:1px solid var(--border)}
h3{font-size:16.5px;margin:22px 0 8px}
p{margin:8px 0}
a{color:var(--accent)}
p.tone-muted{color:var(--muted);font-size:14px}
p.tone-good,p.tone-bad,p.tone-warning{padding:8px 14px;border-left:4px solid;border-radius:0 4px 4px 0}
p.tone-good{background:var(--good-bg);border-color:var(--good-edge);color:var(--good)}
p.tone-bad{background:var(--bad-bg);border-color:var(--bad-edge);color:var(--bad)}
p.tone-warning{background:var(--warn-bg);border-color:var(--warn-edge);color:var(--warn)}
dl.kv{display:grid;grid-template-columns:minmax(10em,max-content) 1fr;gap:3px 22px;margin:12px 0 18px;font-size:14px}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;margin:12px 0 20px}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
caption{caption-side:top;text-align:left;font-weight:600;font-size:14px;padding:0 0 6px}
th,td{padding:4px 9px;text-align:left;vertical-align:top;border-bottom:1px solid var(--rule);white-space:pre-line}
th{background:var(--subtle);border-bottom:2px solid var(--border);font-weight:600;vertical-align:bottom}
td:first-child:not(.num){min-width:10em}
table.narrow{width:auto;min-width:55%}
th.num,td.num{text-align:right}
td.num{white-space:nowrap}
tbody tr:nth-child(even) td{background:#fbfcfd}
tbody tr:hover td{background:#f1f5fa}
td.tone-good{color:var(--good);background:var(--good-bg)!important;font-weight:600}
td.tone-bad{color:var(--bad);background:var(--bad-bg)!important;font-weight:600}
td.tone-warning{color:var(--warn);background:var(--warn-bg)!important}
td.tone-muted{color:var(--muted)}
ul.bullets{list-style:none;margin:12px 0 18px;padding:0}
ul.bullets li{margin:6px 0;padding:7px 14px;border-left:4px solid var(--border);background:var(--subtle);border-radius:0 4px 4px 0}
ul.bullets li.tone-good{border-color:var(--good-edge);background:var(--good-bg)}
ul.bullets li.tone-bad{border-color:var(--bad-edge);background:var(--bad-bg)}
ul.bullets li.tone-warning{border-color:var(--warn-edge);background:var(--warn-bg)}
ul.bullets li.tone-muted{color:var(--muted);background:none}
ul.bullets .detail{display:block;margin-top:3px;color:var(--muted);font-size:13.5px}
figure.chart{margin:14px 0 22px}
figure.chart svg{display:block;max-width:100%;height:auto;margin:0 auto}
figure.chart figcaption{margin:8px 0 0;color:var(--muted);font-size:13px}
figure.chart figcaption strong{color:var(--text)}
.report-footer{margin-top:36px;padding-top:10px;border-top:1px solid var(--border);color:var(--muted);font-size:12.5px}
@page{size:A4;margin:16mm 14mm 16mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10pt}
.page{max-width:none;padding:0}
nav.toc{break-after:page}
nav.toc a{color:var(--text)}
section.report-section{break-before:page;margin:0}
section.subsection{break-inside:auto}
h2,h3,caption{break-after:avoid}
h3{break-before:auto}
tr,li,figure,dl.kv,p.tone-good,p.tone-bad,p.tone-warning{break-inside:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible}
table{font-size:8.5pt}
dl.kv{font-size:9pt;gap:1pt 14pt}
th,td{padding:2.5pt 5pt}
tbody tr:hover td{background:inherit}
figure.chart svg{max-height:240mm}
a{color:inherit;text-decoration:none}
.report-footer{break-before:avoid}
}
)css";

QString toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Normal:
        return {};
    case Tone::Good:
        return QStringLiteral("tone-good");
    case Tone::Bad:
        return QStringLiteral("tone-bad");
    case Tone::Warning:
        return QStringLiteral("tone-warning");
    case Tone::Muted:
        return QStringLiteral("tone-muted");
    }
    return {};
}

QString classAttribute(const QStringList& classes)
{
    QStringList present = classes;
    present.removeAll(QString());
    return present.isEmpty() ? QString()
                             : QStringLiteral(" class=\"") + present.join(QLatin1Char(' ')) + QLatin1Char('"');
}

/// An id usable as an XML attribute and a URL fragment, unique within the document.
class IdRegistry {
public:
    QString take(const QString& wanted, const QString& fallback)
    {
        static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]+"));
        QString id = QString(wanted).replace(invalid, QStringLiteral("-"));
        if (id.isEmpty() || !id.at(0).isLetter())
            id = fallback + (id.isEmpty() ? QString() : QLatin1Char('-') + id);
        QString unique = id;
        for (int n = 2; m_used.contains(unique); ++n)
            unique = id + QLatin1Char('-') + QString::number(n);
        m_used.insert(unique);
        return unique;
    }

private:
    QSet<QString> m_used;
};

/// The chart's SVG as an element of the page: without an XML declaration or doctype of its own (they are not allowed
/// inside a document).
QString inlineSvg(const QString& svg)
{
    qsizetype start = svg.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    return svg.mid(start).trimmed();
}

void writeBlock(QString& out, const Block& block)
{
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
        out += QStringLiteral("<p") + classAttribute({ toneClass(paragraph->tone) }) + QLatin1Char('>')
            + xmlEscaped(paragraph->text) + QStringLiteral("</p>\n");
    } else if (const auto* kv = std::get_if<KeyValues>(&block)) {
        out += QStringLiteral("<dl class=\"kv\">\n");
        for (const auto& [key, value] : kv->items)
            out += QStringLiteral("<dt>") + xmlEscaped(key) + QStringLiteral("</dt><dd>") + xmlEscaped(value)
                + QStringLiteral("</dd>\n");
        out += QStringLiteral("</dl>\n");
    } else if (const auto* list = std::get_if<BulletList>(&block)) {
        out += QStringLiteral("<ul class=\"bullets\">\n");
        for (const BulletList::Item& item : list->items) {
            out += QStringLiteral("<li") + classAttribute({ toneClass(item.tone) }) + QLatin1Char('>')
                + xmlEscaped(item.text);
            if (!item.detail.isEmpty())
                out += QStringLiteral("<span class=\"detail\">") + xmlEscaped(item.detail) + QStringLiteral("</span>");
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    } else if (const auto* table = std::get_if<Table>(&block)) {
        // Few columns: as wide as the content (a 100 % wide table of four columns scatters its numbers).
        out += QStringLiteral("<div class=\"table-wrap\"><table")
            + classAttribute({ table->header.size() <= 4 ? QStringLiteral("narrow") : QString() }) + QLatin1Char('>');
        if (!table->caption.isEmpty())
            out += QStringLiteral("<caption>") + xmlEscaped(table->caption) + QStringLiteral("</caption>");
        const auto columns = int(table->header.size());
        out += QStringLiteral("\n<thead><tr>");
        for (int c = 0; c < columns; ++c) {
            out += QStringLiteral("<th scope=\"col\"")
                + classAttribute({ table->numericColumns.contains(c) ? QStringLiteral("num") : QString() })
                + QLatin1Char('>') + xmlEscaped(table->header.at(c)) + QStringLiteral("</th>");
        }
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < int(table->rows.size()); ++r) {
            const QStringList& row = table->rows.at(r);
            out += QStringLiteral("<tr>");
            for (int c = 0; c < std::max(columns, int(row.size())); ++c) {
                const QString cls
                    = classAttribute({ table->numericColumns.contains(c) ? QStringLiteral("num") : QString(),
                        toneClass(table->toneAt(r, c)) });
                out += QStringLiteral("<td") + cls + QLatin1Char('>') + xmlEscaped(row.value(c))
                    + QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table></div>\n");
    } else if (const auto* chart = std::get_if<Chart>(&block)) {
        out += QStringLiteral("<figure class=\"chart\">\n") + inlineSvg(chart->svg) + QStringLiteral("\n<figcaption>");
        if (!chart->title.isEmpty())
            out += QStringLiteral("<strong>") + xmlEscaped(chart->title) + QStringLiteral("</strong>");
        if (!chart->title.isEmpty() && !chart->caption.isEmpty())
            out += QStringLiteral(" — ");
        out += xmlEscaped(chart->caption) + QStringLiteral("</figcaption></figure>\n");
    }
}

} // namespace

QByteArray toHtml(const Document& document)
{
    // Ids first: the table of contents links them.
    IdRegistry ids;
    QList<QString> sectionIds;
    QList<QList<QString>> subsectionIds;
    for (qsizetype s = 0; s < document.sections.size(); ++s) {
        const Section& section = document.sections.at(s);
        sectionIds.append(ids.take(section.id, QStringLiteral("section-%1").arg(s + 1)));
        QList<QString> subs;
        for (qsizetype t = 0; t < section.subsections.size(); ++t)
            subs.append(ids.take(section.subsections.at(t).id, sectionIds.last() + QStringLiteral("-%1").arg(t + 1)));
        subsectionIds.append(subs);
    }

    QString out;
    out.reserve(256 * 1024);
    //: the language code of this translation, for the lang attribute of HTML reports ("de" in German)
    const QString lang = Text::tr("en");
    out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"") + xmlEscaped(lang)
        + QStringLiteral("\" xml:lang=\"") + xmlEscaped(lang)
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        + QStringLiteral("<meta name=\"generator\" content=\"") + xmlEscaped(document.toolVersion)
        + QStringLiteral("\"/>\n") + QStringLiteral("<title>") + xmlEscaped(document.title)
        + QStringLiteral("</title>\n<style>") + QString::fromUtf8(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n<div class=\"page\">\n");

    out += QStringLiteral("<header class=\"report-header\">\n<h1>") + xmlEscaped(document.title)
        + QStringLiteral("</h1>\n");
    if (!document.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">") + xmlEscaped(document.subtitle) + QStringLiteral("</p>\n");
    if (document.generatedAt.isValid()) {
        //: %1 = tool and version, %2 = date and time
        out += QStringLiteral("<p class=\"generated\">")
            + xmlEscaped(Text::tr("Generated by %1 on %2")
                             .arg(document.toolVersion, detail::formatDateTime(document.generatedAt)))
            + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("</header>\n");

    if (!document.sections.isEmpty()) {
        out += QStringLiteral("<nav class=\"toc\" id=\"contents\">\n<h2>") + xmlEscaped(Text::tr("Contents"))
            + QStringLiteral("</h2>\n<ol>\n");
        for (qsizetype s = 0; s < document.sections.size(); ++s) {
            const Section& section = document.sections.at(s);
            out += QStringLiteral("<li><a href=\"#") + sectionIds.at(s) + QStringLiteral("\"><span class=\"secnum\">")
                + QString::number(s + 1) + QStringLiteral("</span>") + xmlEscaped(section.title)
                + QStringLiteral("</a>");
            if (!section.subsections.isEmpty()) {
                out += QStringLiteral("\n<ol>\n");
                for (qsizetype t = 0; t < section.subsections.size(); ++t) {
                    out += QStringLiteral("<li><a href=\"#") + subsectionIds.at(s).at(t) + QStringLiteral("\">")
                        + xmlEscaped(section.subsections.at(t).title) + QStringLiteral("</a></li>\n");
                }
                out += QStringLiteral("</ol>\n");
            }
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ol>\n</nav>\n");
    }

    out += QStringLiteral("<main>\n");
    for (qsizetype s = 0; s < document.sections.size(); ++s) {
        const Section& section = document.sections.at(s);
        out += QStringLiteral("<section class=\"report-section\" id=\"") + sectionIds.at(s)
            + QStringLiteral("\">\n<h2>") + QStringLiteral("<span class=\"secnum\">") + QString::number(s + 1)
            + QStringLiteral("</span>") + xmlEscaped(section.title) + QStringLiteral("</h2>\n");
        for (const Block& block : section.blocks)
            writeBlock(out, block);
        for (qsizetype t = 0; t < section.subsections.size(); ++t) {
            const Section& sub = section.subsections.at(t);
            out += QStringLiteral("<section class=\"subsection\" id=\"") + subsectionIds.at(s).at(t)
                + QStringLiteral("\">\n<h3>") + xmlEscaped(sub.title) + QStringLiteral("</h3>\n");
            for (const Block& block : sub.blocks)
                writeBlock(out, block);
            out += QStringLiteral("</section>\n");
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</main>\n<footer class=\"report-footer\">");
    //: %1 = tool and version
    out += xmlEscaped(Text::tr("Written by %1. This file is self-contained: it loads nothing from the network.")
                          .arg(document.toolVersion.isEmpty() ? QStringLiteral("ScaleScope") : document.toolVersion));
    out += QStringLiteral("</footer>\n</div>\n</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace scalescope::report
