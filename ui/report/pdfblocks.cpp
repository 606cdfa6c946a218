// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfblocks.h"

#include "svgchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace scalescope::report::pdf {

namespace {
    /// Tones that get a marker in a table cell (Muted is grey text only).
    bool isMarked(Tone tone) { return tone == Tone::Good || tone == Tone::Bad || tone == Tone::Warning; }

    double sum(const QList<double>& values) { return std::accumulate(values.cbegin(), values.cend(), 0.0); }

    /// Column widths summing to @p width. Columns whose natural width is within their fair share keep it (water
    /// filling: a short "Count" column never wraps because a long "Description" exists); the others share the rest,
    /// each at least its minimum, the surplus going where the text is longest. Narrow tables stretch proportionally.
    QList<double> fittedWidths(const QList<double>& natural, const QList<double>& minimum, double width)
    {
        const qsizetype columns = natural.size();
        QList<double> widths(columns, 0);
        QList<bool> settled(columns, false);
        double remaining = width;
        qsizetype open = columns;
        for (bool changed = true; changed && open > 0;) {
            changed = false;
            const double fair = remaining / double(open);
            for (qsizetype c = 0; c < columns; ++c) {
                if (!settled.at(c) && natural.at(c) <= fair) {
                    widths[c] = natural.at(c);
                    settled[c] = true;
                    remaining -= natural.at(c);
                    --open;
                    changed = true;
                }
            }
        }
        if (open == 0) {
            const double total = sum(natural);
            for (qsizetype c = 0; c < columns; ++c)
                widths[c] = total > 0 ? natural.at(c) * width / total : width / double(columns);
            return widths;
        }
        double openNatural = 0;
        double openMinimum = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            if (!settled.at(c)) {
                openNatural += natural.at(c);
                openMinimum += minimum.at(c);
            }
        }
        if (openMinimum <= remaining) {
            for (qsizetype c = 0; c < columns; ++c) {
                if (!settled.at(c)) {
                    const double share
                        = openNatural > openMinimum ? (natural.at(c) - minimum.at(c)) / (openNatural - openMinimum) : 0;
                    widths[c] = minimum.at(c) + (remaining - openMinimum) * share;
                }
            }
            return widths;
        }
        // Not even the minimums fit beside the settled columns: every column from its minimum, or all scaled down.
        const double minimumSum = sum(minimum);
        const double naturalSum = sum(natural);
        for (qsizetype c = 0; c < columns; ++c) {
            if (minimumSum <= width)
                widths[c] = minimum.at(c)
                    + (width - minimumSum) * (natural.at(c) - minimum.at(c)) / (naturalSum - minimumSum);
            else
                widths[c] = minimum.at(c) * width / minimumSum;
        }
        return widths;
    }
} // namespace

// --- TitleBlock ---------------------------------------------------------------------------------------------------

TitleBlock::TitleBlock(
    const Style& style, double width, const QString& title, const QString& subtitle, const QString& meta)
    : m_style(style)
    , m_width(width)
    , m_title(title, style.title, width, style.device())
    , m_subtitle(subtitle, style.subtitle, width, style.device())
    , m_meta(meta, style.meta, width, style.device())
{
    m_height = m_title.height();
    if (!m_subtitle.isEmpty())
        m_height += style.mm(1.5) + m_subtitle.height();
    if (!m_meta.isEmpty())
        m_height += style.mm(1.2) + m_meta.height();
    m_height += style.mm(3) + style.pt(1);
}

void TitleBlock::paint(QPainter& painter, double x, double y, int, int, bool) const
{
    painter.setPen(m_style.heading);
    m_title.draw(painter, { x, y });
    y += m_title.height();
    if (!m_subtitle.isEmpty()) {
        y += m_style.mm(1.5);
        painter.setPen(m_style.text);
        m_subtitle.draw(painter, { x, y });
        y += m_subtitle.height();
    }
    if (!m_meta.isEmpty()) {
        y += m_style.mm(1.2);
        painter.setPen(m_style.muted);
        m_meta.draw(painter, { x, y });
        y += m_meta.height();
    }
    painter.fillRect(QRectF(x, y + m_style.mm(3), m_width, m_style.pt(1)), m_style.strongRule);
}

// --- HeadingBlock -------------------------------------------------------------------------------------------------

HeadingBlock::HeadingBlock(const Style& style, double width, const QString& number, const QString& title, int level)
    : m_style(style)
    , m_width(width)
    , m_level(level)
{
    const QFont& font = level <= 1 ? style.heading1 : style.heading2;
    // The number, then a gap of about an em, as in print: "1  Configuration", "2.1  Alpha"; wrapped titles hang.
    if (!number.isEmpty())
        m_indent = TextBox::naturalWidth(number, font, style.device()) + style.pt(font.pointSizeF() * 0.75);
    m_number = TextBox(number, font, m_indent, style.device());
    m_title = TextBox(title, font, width - m_indent, style.device());
    m_height = m_title.height() + (level <= 1 ? style.mm(1.0) + style.pt(0.6) : 0) + style.mm(2.2);
    keepWithNext = true;
}

void HeadingBlock::paint(QPainter& painter, double x, double y, int, int, bool) const
{
    painter.setPen(m_style.heading);
    m_number.draw(painter, { x, y });
    m_title.draw(painter, { x + m_indent, y });
    if (m_level <= 1)
        painter.fillRect(QRectF(x, y + m_title.height() + m_style.mm(1.0), m_width, m_style.pt(0.6)), m_style.rule);
}

// --- TocBlock -----------------------------------------------------------------------------------------------------

TocBlock::TocBlock(const Style& style, double width, const QString& title, QList<Entry> entries)
    : m_style(style)
    , m_width(width)
    , m_title(title, style.heading2, width, style.device())
    , m_entries(std::move(entries))
{
    m_titleHeight = m_title.height() + style.mm(2);
    for (const Entry& entry : std::as_const(m_entries)) {
        const QFontMetricsF metrics(entry.level <= 1 ? style.tocEntry : style.tocSubEntry, style.device());
        m_heights.append(metrics.height() * 1.12 + style.mm(entry.level <= 1 ? 1.4 : 0.5));
    }
    orphans = 2;
    widows = 2;
}

double TocBlock::sliceHeight(int index) const { return m_heights.at(index); }

void TocBlock::paint(QPainter& painter, double x, double y, int first, int last, bool) const
{
    painter.setPen(m_style.heading);
    m_title.draw(painter, { x, y });
    y += m_titleHeight;
    for (int i = first; i <= last; ++i) {
        const Entry& entry = m_entries.at(i);
        const QFont& font = entry.level <= 1 ? m_style.tocEntry : m_style.tocSubEntry;
        const QFontMetricsF metrics(font, m_style.device());
        const double indent = entry.level <= 1 ? 0 : m_style.mm(9);
        const double numberWidth = m_style.mm(entry.level <= 1 ? 9 : 11);
        const QString page = i < m_pages.size() && m_pages.at(i) > 0 ? QString::number(m_pages.at(i)) : QString();
        const double pageWidth = metrics.horizontalAdvance(page);
        const double titleX = x + indent + numberWidth;
        const QString title = metrics.elidedText(entry.title, Qt::ElideRight, x + m_width - titleX - m_style.mm(14));
        const double baseline = y + metrics.ascent() + (m_heights.at(i) - metrics.height()) / 2.0;
        painter.setFont(font);
        painter.setPen(entry.level <= 1 ? m_style.text : m_style.muted);
        painter.drawText(QPointF(x + indent, baseline), entry.number);
        painter.drawText(QPointF(titleX, baseline), title);
        painter.drawText(QPointF(x + m_width - pageWidth, baseline), page);
        // Dot leaders as a dashed line, not as text: they stay out of the text layer (copy & paste, search).
        const double leaderStart = titleX + metrics.horizontalAdvance(title) + m_style.mm(2);
        const double leaderEnd = x + m_width - pageWidth - m_style.mm(2);
        if (leaderEnd > leaderStart) {
            QPen pen(m_style.rule, m_style.pt(0.9), Qt::CustomDashLine, Qt::RoundCap);
            pen.setDashPattern({ 0.01, 3.2 });
            painter.setPen(pen);
            painter.drawLine(
                QPointF(leaderStart, baseline - m_style.pt(0.6)), QPointF(leaderEnd, baseline - m_style.pt(0.6)));
        }
        y += m_heights.at(i);
    }
}

// --- ParagraphBlock -----------------------------------------------------------------------------------------------

ParagraphBlock::ParagraphBlock(const Style& style, double width, const Paragraph& paragraph)
    : m_style(style)
    , m_tone(paragraph.tone)
    , m_text(paragraph.text, toneIsBold(paragraph.tone) ? style.bodyBold : style.body, width, style.device())
{
    orphans = 2;
    widows = 2;
}

void ParagraphBlock::paint(QPainter& painter, double x, double y, int first, int last, bool) const
{
    if (isMarked(m_tone)) {
        // A bar in the margin: the tone without relying on the text colour alone.
        const double height = m_text.linesHeight(first, last);
        painter.fillRect(
            QRectF(x - m_style.mm(2.8), y + m_style.pt(1), m_style.pt(2.2), height - m_style.pt(2)), toneColor(m_tone));
    }
    painter.setPen(toneTextColor(m_tone, m_style.text));
    m_text.drawLines(painter, { x, y }, first, last);
}

// --- KeyValuesBlock -----------------------------------------------------------------------------------------------

KeyValuesBlock::KeyValuesBlock(const Style& style, double width, const KeyValues& keyValues)
    : m_style(style)
{
    double keyWidth = 0;
    for (const auto& [key, value] : keyValues.items)
        keyWidth = std::max(keyWidth, TextBox::naturalWidth(key, style.bodyBold, style.device()) + style.pt(1));
    keyWidth = std::min(keyWidth, width * 0.38);
    m_valueX = keyWidth + style.mm(4);
    for (const auto& [key, value] : keyValues.items) {
        Row row { TextBox(key, style.bodyBold, keyWidth, style.device()),
            TextBox(value, style.body, width - m_valueX, style.device()), 0 };
        row.height = std::max(row.key.height(), row.value.height()) + style.mm(1.0);
        m_rows.append(std::move(row));
    }
}

void KeyValuesBlock::paint(QPainter& painter, double x, double y, int first, int last, bool) const
{
    for (int i = first; i <= last; ++i) {
        const Row& row = m_rows.at(i);
        painter.setPen(m_style.muted);
        row.key.draw(painter, { x, y });
        painter.setPen(m_style.text);
        row.value.draw(painter, { x + m_valueX, y });
        y += row.height;
    }
}

// --- BulletListBlock ----------------------------------------------------------------------------------------------

BulletListBlock::BulletListBlock(const Style& style, double width, const BulletList& list)
    : m_style(style)
    , m_indent(style.mm(5))
{
    for (const BulletList::Item& source : list.items) {
        // Not bold for Bad: the square bullet already tells it in grey scale, and a list of failures in bold is a
        // wall of ink.
        const QFont& font = style.body;
        Item item { TextBox(source.text, font, width - m_indent, style.device()),
            TextBox(source.detail, style.detail, width - m_indent, style.device()), source.tone, 0, 0 };
        if (!item.text.isEmpty())
            item.markerY = item.text.lineAscent(0) - QFontMetricsF(font, style.device()).xHeight() / 2.0;
        item.height
            = item.text.height() + (item.detail.isEmpty() ? 0 : style.mm(0.5) + item.detail.height()) + style.mm(1.6);
        m_items.append(std::move(item));
    }
}

void BulletListBlock::paint(QPainter& painter, double x, double y, int first, int last, bool) const
{
    for (int i = first; i <= last; ++i) {
        const Item& item = m_items.at(i);
        drawToneMarker(painter, item.tone, { x + m_style.mm(1.8), y + item.markerY }, m_style.mm(1.9), m_style.text);
        painter.setPen(toneTextColor(item.tone, m_style.text));
        item.text.draw(painter, { x + m_indent, y });
        if (!item.detail.isEmpty()) {
            painter.setPen(m_style.muted);
            item.detail.draw(painter, { x + m_indent, y + item.text.height() + m_style.mm(0.5) });
        }
        y += item.height;
    }
}

// --- TableBlock ---------------------------------------------------------------------------------------------------

TableBlock::TableBlock(const Style& style, double width, const Table& table, const QString& continuedCaption)
    : m_style(style)
    , m_width(width)
    , m_padX(style.mm(1.3))
    , m_padY(style.mm(0.8))
    , m_marker(style.mm(2.6))
{
    int columns = int(table.header.size());
    for (const QStringList& row : table.rows)
        columns = std::max(columns, int(row.size()));
    if (columns == 0)
        return;
    m_hasHeader = !table.header.isEmpty();
    for (int c = 0; c < columns; ++c) {
        m_numeric.append(table.numericColumns.contains(c));
        bool marked = false;
        for (int r = 0; r < table.rows.size() && !marked; ++r)
            marked = isMarked(table.toneAt(r, c));
        m_marked.append(marked);
    }
    fitColumns(table, columns);
    m_xHeight = QFontMetricsF(m_font, style.device()).xHeight();
    m_caption = TextBox(table.caption, style.captionBold, width, style.device());
    QFont continuedFont = style.caption;
    continuedFont.setItalic(true);
    m_continuedCaption = TextBox(continuedCaption, continuedFont, width, style.device());
    if (m_hasHeader)
        m_header = layoutRow(table.header, {}, m_boldFont, true);
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<Tone> tones;
        for (int c = 0; c < columns; ++c)
            tones.append(table.toneAt(r, c));
        m_rows.append(layoutRow(table.rows.at(r), tones, m_font, false));
    }
    orphans = 2;
    widows = 2;
}

void TableBlock::fitColumns(const Table& table, int columns)
{
    // Like a browser's automatic table layout: every column gets at least its longest word (capped, so one URL
    // cannot starve the others), the rest of the width goes where the text is longest; wide tables step the font
    // down before words have to be broken.
    QList<double> natural;
    QList<double> minimum;
    for (const double size : { 8.5, 7.5, 6.5 }) {
        m_fontSize = size;
        m_font = Style::font(size, false, false, true);
        m_boldFont = Style::font(size, true, false, true);
        natural.fill(0, columns);
        minimum.fill(0, columns);
        const auto measure = [&](int c, const QString& text, const QFont& font) {
            natural[c] = std::max(natural[c], TextBox::naturalWidth(text, font, m_style.device()));
            minimum[c] = std::max(
                minimum[c], std::min(TextBox::longestWordWidth(text, font, m_style.device()), m_width * 0.4));
        };
        for (int c = 0; c < table.header.size() && c < columns; ++c)
            measure(c, table.header.at(c), m_boldFont);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows.at(r);
            for (int c = 0; c < row.size() && c < columns; ++c)
                measure(c, row.at(c), toneIsBold(table.toneAt(r, c)) ? m_boldFont : m_font);
        }
        for (int c = 0; c < columns; ++c) {
            const double extra = 2 * m_padX + (m_marked.at(c) ? m_marker : 0) + m_style.pt(0.5);
            natural[c] += extra;
            minimum[c] += extra;
        }
        if (sum(minimum) <= m_width)
            break;
    }
    // As the HTML: a table of up to four columns is as wide as its content, at least 55 % of the text width (at
    // full width, four columns scatter their numbers); wider ones fill the text width.
    m_tableWidth = m_width;
    if (columns <= 4)
        m_tableWidth = std::clamp(sum(natural), m_width * 0.55, m_width);
    m_columnWidths = fittedWidths(natural, minimum, m_tableWidth);
}

TableBlock::Row TableBlock::layoutRow(
    const QStringList& cells, const QList<Tone>& tones, const QFont& font, bool header) const
{
    Row row;
    double height = 0;
    for (int c = 0; c < m_columnWidths.size(); ++c) {
        const Tone tone = header ? Tone::Normal : tones.value(c, Tone::Normal);
        const double textWidth = m_columnWidths.at(c) - 2 * m_padX - (m_marked.at(c) ? m_marker : 0);
        const QFont& cellFont = header || toneIsBold(tone) ? m_boldFont : font;
        Cell cell { TextBox(cells.value(c), cellFont, textWidth, m_style.device(),
                        m_numeric.at(c) ? Qt::AlignRight : Qt::AlignLeft),
            tone };
        height = std::max(height, cell.text.height());
        row.cells.append(std::move(cell));
    }
    if (height == 0)
        height = QFontMetricsF(font, m_style.device()).height();
    row.height = height + 2 * m_padY;
    return row;
}

double TableBlock::headerHeight(bool continued) const
{
    const TextBox& caption = continued ? m_continuedCaption : m_caption;
    return (caption.isEmpty() ? 0 : caption.height() + m_style.mm(1.2)) + (m_hasHeader ? m_header.height : 0);
}

void TableBlock::paintRow(QPainter& painter, const Row& row, double x, double y, bool header, bool zebra) const
{
    if (header)
        painter.fillRect(QRectF(x, y, m_tableWidth, row.height), m_style.headerFill);
    else if (zebra)
        painter.fillRect(QRectF(x, y, m_tableWidth, row.height), m_style.zebraFill);
    double cellX = x;
    for (int c = 0; c < row.cells.size(); ++c) {
        const Cell& cell = row.cells.at(c);
        const double textX = cellX + m_padX + (m_marked.at(c) ? m_marker : 0);
        // Header cells sit on the bottom, next to the column they name (as the HTML's th); data cells on the top.
        const double textY = header ? y + row.height - m_padY - cell.text.height() : y + m_padY;
        if (isMarked(cell.tone) && !cell.text.isEmpty()) {
            const QRectF line = cell.text.lineRect(0);
            const QPointF centre(textX + line.x() - m_marker / 2.0, textY + cell.text.lineAscent(0) - m_xHeight / 2.0);
            drawToneMarker(painter, cell.tone, centre, m_style.mm(1.5), m_style.text);
        }
        painter.setPen(toneTextColor(cell.tone, m_style.text));
        cell.text.draw(painter, { textX, textY });
        cellX += m_columnWidths.at(c);
    }
    const double rule = header ? m_style.pt(0.8) : m_style.pt(0.35);
    painter.fillRect(QRectF(x, y + row.height - rule, m_tableWidth, rule), header ? m_style.strongRule : m_style.rule);
}

void TableBlock::paint(QPainter& painter, double x, double y, int first, int last, bool continued) const
{
    const TextBox& caption = continued ? m_continuedCaption : m_caption;
    if (!caption.isEmpty()) {
        painter.setPen(continued ? m_style.muted : m_style.text);
        caption.draw(painter, { x, y });
        y += caption.height() + m_style.mm(1.2);
    }
    painter.fillRect(QRectF(x, y, m_tableWidth, m_style.pt(0.8)), m_style.strongRule);
    if (m_hasHeader) {
        paintRow(painter, m_header, x, y, true, false);
        y += m_header.height;
    }
    for (int r = first; r <= last; ++r) {
        paintRow(painter, m_rows.at(r), x, y, false, r % 2 == 1);
        y += m_rows.at(r).height;
    }
}

// --- ChartBlock ---------------------------------------------------------------------------------------------------

ChartBlock::ChartBlock(
    const Style& style, double width, double maxHeight, const Chart& chart, const QString& invalidText)
    : m_style(style)
    , m_width(width)
    , m_chart(std::make_unique<SvgChart>(chart.svg))
{
    QString caption = chart.title;
    if (!chart.title.isEmpty() && !chart.caption.isEmpty())
        caption += QStringLiteral(" — ");
    caption += chart.caption;
    m_caption = TextBox(
        caption, style.caption, width, style.device(), Qt::AlignLeft, { int(chart.title.size()), style.text });
    const double captionHeight = m_caption.isEmpty() ? 0 : style.mm(1.8) + m_caption.height();
    const QSizeF natural = chart.size.isValid() && !chart.size.isEmpty() ? chart.size : QSizeF(m_chart->defaultSize());
    if (!m_chart->isValid() || natural.isEmpty()) {
        m_chart.reset();
        m_invalid = TextBox(invalidText, style.caption, width - style.mm(8), style.device(), Qt::AlignCenter);
        m_chartRect = QRectF(0, 0, width, m_invalid.height() + style.mm(8));
    } else {
        double chartWidth = width;
        double chartHeight = width * natural.height() / natural.width();
        const double room = maxHeight - captionHeight;
        if (chartHeight > room && room > 0) {
            chartWidth *= room / chartHeight;
            chartHeight = room;
        }
        m_chartRect = QRectF((width - chartWidth) / 2.0, 0, chartWidth, chartHeight);
    }
    m_height = m_chartRect.bottom() + captionHeight;
}

ChartBlock::~ChartBlock() = default;

void ChartBlock::paint(QPainter& painter, double x, double y, int, int, bool) const
{
    const QRectF target = m_chartRect.translated(x, y);
    if (m_chart) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setClipRect(target);
        m_chart->render(painter, target);
        painter.restore();
    } else {
        painter.save();
        painter.setPen(QPen(m_style.rule, m_style.pt(0.8), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
        painter.restore();
        painter.setPen(m_style.muted);
        m_invalid.draw(painter, { target.x() + m_style.mm(4), target.y() + m_style.mm(4) });
    }
    if (!m_caption.isEmpty()) {
        painter.setPen(m_style.muted);
        m_caption.draw(painter, { x, target.bottom() + m_style.mm(1.8) });
    }
}

} // namespace scalescope::report::pdf
