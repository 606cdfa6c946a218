// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// writePdf(): the document becomes a flow of blocks (pdfblocks.h), the flow is paginated (pdflayout.h), then the
// pages are painted with the page count known — for the footer and the table of contents.
#include "render.h"

#include "pdfblocks.h"
#include "pdflayout.h"
#include "pdfstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace scalescope::report {

namespace {
    /// The translation context of the PDF's texts and errors (lupdate reads it from the macro).
    class Pdf {
        Q_DECLARE_TR_FUNCTIONS(scalescope::report::Pdf)
    };

    template <class... Ts> struct Overloaded : Ts... {
        using Ts::operator()...;
    };
    template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

    constexpr double kMarginMm = 18.0;

    /// The caption of a table over its rows on the pages after the first (none without a caption).
    QString continuedCaption(const Table& table)
    {
        if (table.caption.isEmpty())
            return {};
        //: The caption of a table over its rows on the following pages. %1 = the caption
        return Pdf::tr("%1 (continued)").arg(table.caption);
    }

    /// Turns the document into the flow: title, contents, then the sections depth first with their numbers.
    class FlowBuilder {
    public:
        FlowBuilder(const pdf::Style& style, double width, double pageHeight)
            : m_style(style)
            , m_width(width)
            , m_pageHeight(pageHeight)
        {
        }

        void addTitle(const Document& document)
        {
            const QString tool = document.toolVersion.isEmpty() ? QStringLiteral("ScaleScope " SCALESCOPE_VERSION)
                                                                : document.toolVersion;
            QString meta = tool;
            if (document.generatedAt.isValid())
                //: The line under the report's title. %1 = tool and version ("ScaleScope 0.1.0"), %2 = date and time
                //: (UTC)
                meta = Pdf::tr("%1 · generated %2")
                           .arg(tool, document.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            add(std::make_unique<pdf::TitleBlock>(m_style, m_width, document.title, document.subtitle, meta), 0);
        }

        void addContents(const Document& document)
        {
            QList<pdf::TocBlock::Entry> entries;
            const auto collect
                = [&](const auto& self, const QList<Section>& sections, const QString& prefix, int level) -> void {
                for (int i = 0; i < sections.size(); ++i) {
                    const Section& section = sections.at(i);
                    const QString number = prefix + QString::number(i + 1);
                    if (!section.title.isEmpty())
                        entries.append({ number, section.title, level });
                    self(self, section.subsections, number + u'.', level + 1);
                }
            };
            collect(collect, document.sections, QString(), 1);
            if (entries.size() < 2)
                return;
            auto toc = std::make_unique<pdf::TocBlock>(m_style, m_width, Pdf::tr("Contents"), std::move(entries));
            m_toc = toc.get();
            add(std::move(toc), m_style.mm(7));
        }

        void addSections(const QList<Section>& sections, const QString& prefix = {}, int level = 1)
        {
            for (int i = 0; i < sections.size(); ++i) {
                const Section& section = sections.at(i);
                const QString number = prefix + QString::number(i + 1);
                if (!section.title.isEmpty()) {
                    m_headings.append(int(m_flow.size()));
                    add(std::make_unique<pdf::HeadingBlock>(m_style, m_width, number, section.title, level),
                        m_style.mm(level <= 1 ? 8 : 5.5));
                }
                for (const Block& block : section.blocks)
                    addBlock(block);
                addSections(section.subsections, number + u'.', level + 1);
            }
        }

        /// Gives the contents the pages of the headings.
        void setPages(const pdf::Pagination& pagination)
        {
            if (!m_toc)
                return;
            QList<int> pages;
            for (const int block : std::as_const(m_headings)) {
                const auto it = std::find_if(pagination.placements.cbegin(), pagination.placements.cend(),
                    [block](const pdf::Placement& placement) { return placement.block == block; });
                pages.append(it == pagination.placements.cend() ? 0 : it->page + 1);
            }
            m_toc->setPages(std::move(pages));
        }

        [[nodiscard]] const pdf::Flow& flow() const { return m_flow; }

    private:
        void addBlock(const Block& block)
        {
            const double gap = m_style.mm(3.5);
            std::visit(Overloaded {
                           [&](const Paragraph& paragraph) {
                               add(std::make_unique<pdf::ParagraphBlock>(m_style, m_width, paragraph),
                                   m_lastWasParagraph ? m_style.mm(2.2) : gap);
                           },
                           [&](const KeyValues& keyValues) {
                               add(std::make_unique<pdf::KeyValuesBlock>(m_style, m_width, keyValues), gap);
                           },
                           [&](const BulletList& list) {
                               add(std::make_unique<pdf::BulletListBlock>(m_style, m_width, list), gap);
                           },
                           [&](const Table& table) {
                               add(std::make_unique<pdf::TableBlock>(m_style, m_width, table, continuedCaption(table)),
                                   gap);
                           },
                           [&](const Chart& chart) {
                               // At most a page less room for two headings: a heading is never left behind.
                               add(std::make_unique<pdf::ChartBlock>(m_style, m_width, m_pageHeight - m_style.mm(30),
                                       chart, Pdf::tr("This chart could not be drawn: its SVG is not valid.")),
                                   m_style.mm(5));
                           },
                       },
                block);
            m_lastWasParagraph = std::holds_alternative<Paragraph>(block);
        }

        void add(std::unique_ptr<pdf::FlowBlock> block, double spaceBefore)
        {
            // A heading sets its own distance to what follows.
            block->spaceBefore = m_lastWasHeading ? 0 : spaceBefore;
            m_lastWasHeading = block->keepWithNext;
            m_lastWasParagraph = false;
            m_flow.push_back(std::move(block));
        }

        const pdf::Style& m_style;
        double m_width;
        double m_pageHeight;
        pdf::Flow m_flow;
        pdf::TocBlock* m_toc = nullptr;
        QList<int> m_headings;
        bool m_lastWasHeading = false;
        bool m_lastWasParagraph = false;
    };

    void paintFooter(
        QPainter& painter, const pdf::Style& style, const QRectF& content, const QString& title, int page, int pages)
    {
        const double ruleY = content.bottom() + style.mm(5);
        painter.fillRect(QRectF(content.left(), ruleY, content.width(), style.pt(0.5)), style.rule);
        const QFontMetricsF metrics(style.footer, style.device());
        const double baseline = ruleY + style.mm(1.5) + metrics.ascent();
        //: The footer of every PDF page: %1 = this page, %2 = the number of pages
        const QString number = Pdf::tr("Page %1 / %2").arg(page).arg(pages);
        const double numberWidth = metrics.horizontalAdvance(number);
        painter.setFont(style.footer);
        painter.setPen(style.muted);
        painter.drawText(QPointF(content.right() - numberWidth, baseline), number);
        const QString left = metrics.elidedText(title, Qt::ElideRight, content.width() - numberWidth - style.mm(10));
        painter.drawText(QPointF(content.left(), baseline), left);
    }

    Error writeError(const QString& file, const QString& reason)
    {
        //: %1 = file, %2 = reason
        return { ErrorKind::Io, Pdf::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), reason) };
    }
} // namespace

std::optional<QPageSize> pageSizeFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"a4")
        return QPageSize(QPageSize::A4);
    if (key == u"letter")
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QPageSize defaultPageSize(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

std::optional<Error> writePdf(const Document& document, const QString& file, const PdfOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error { ErrorKind::Internal,
            Pdf::tr("Cannot write %1: rendering a PDF needs a QGuiApplication").arg(QDir::toNativeSeparators(file)) };
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(file, out.errorString());

    QPdfWriter writer(&out);
    writer.setResolution(std::clamp(options.resolution, 72, 1200));
    // No printer margins: the layout keeps its own, so the footer can sit in the bottom one.
    writer.setPageLayout(QPageLayout(options.pageSize.isValid() ? options.pageSize : QPageSize(QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("ScaleScope"));

    const pdf::Style style(&writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    const double margin = style.mm(kMarginMm);
    const QRectF content = page.adjusted(margin, margin, -margin, -margin);

    FlowBuilder builder(style, content.width(), content.height());
    builder.addTitle(document);
    builder.addContents(document);
    builder.addSections(document.sections);
    const pdf::Pagination pagination = pdf::paginate(builder.flow(), content.top(), content.bottom());
    builder.setPages(pagination);

    QPainter painter;
    if (!painter.begin(&writer))
        return writeError(file, Pdf::tr("the PDF could not be started"));
    int current = 0;
    for (const pdf::Placement& placement : pagination.placements) {
        while (current < placement.page) {
            paintFooter(painter, style, content, document.title, current + 1, pagination.pageCount);
            if (!writer.newPage()) {
                painter.end();
                return writeError(file, Pdf::tr("a page could not be added"));
            }
            ++current;
        }
        builder.flow()
            .at(placement.block)
            ->paint(painter, content.left(), placement.y, placement.first, placement.last, placement.continued);
    }
    for (; current < pagination.pageCount; ++current) {
        paintFooter(painter, style, content, document.title, current + 1, pagination.pageCount);
        if (current + 1 < pagination.pageCount && !writer.newPage()) {
            painter.end();
            return writeError(file, Pdf::tr("a page could not be added"));
        }
    }
    if (!painter.end())
        return writeError(file, Pdf::tr("the PDF could not be finished"));
    if (!out.commit())
        return writeError(file, out.errorString());
    return std::nullopt;
}

} // namespace scalescope::report
