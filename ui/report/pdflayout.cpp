// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace scalescope::report::pdf {

namespace {
    /// Line pitch as a multiple of the font's height: a little air for reading, still compact for tables.
    constexpr double kLinePitch = 1.12;
    /// Rounding slack when comparing heights (device pixels).
    constexpr double kEpsilon = 0.01;
} // namespace

TextBox::TextBox(const QString& text, const QFont& font, double width, QPaintDevice* device, Qt::Alignment alignment,
    const LeadIn& leadIn)
{
    if (text.isEmpty())
        return;
    QString flowText = text;
    flowText.remove(u'\r');
    flowText.replace(u'\n', QChar::LineSeparator);
    flowText.replace(u'\t', u' ');
    m_layout = std::make_shared<QTextLayout>(flowText, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    if (leadIn.length > 0) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = leadIn.length;
        range.format.setFontWeight(QFont::Bold);
        if (leadIn.colour.isValid())
            range.format.setForeground(leadIn.colour);
        m_layout->setFormats({ range });
    }
    const double pitch = QFontMetricsF(font, device).height() * kLinePitch;
    m_layout->beginLayout();
    double y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y + (pitch - line.height()) / 2.0));
        y += pitch;
    }
    m_layout->endLayout();
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const QRectF natural = line.naturalTextRect();
        m_lines.append(QRectF(natural.x(), pitch * i, natural.width(), pitch));
    }
    m_height = y;
}

double TextBox::lineAscent(int index) const
{
    const QTextLine line = m_layout->lineAt(index);
    return line.y() - m_lines.at(index).top() + line.ascent();
}

double TextBox::linesHeight(int first, int last) const
{
    if (first > last || m_lines.isEmpty())
        return 0;
    return m_lines.at(last).bottom() - m_lines.at(first).top();
}

void TextBox::draw(QPainter& painter, const QPointF& topLeft) const
{
    if (!m_lines.isEmpty())
        drawLines(painter, topLeft, 0, lineCount() - 1);
}

void TextBox::drawLines(QPainter& painter, const QPointF& topLeft, int first, int last) const
{
    if (!m_layout)
        return;
    const QPointF origin = topLeft - QPointF(0, m_lines.at(first).top());
    for (int i = first; i <= last && i < lineCount(); ++i)
        m_layout->lineAt(i).draw(&painter, origin);
}

double TextBox::naturalWidth(const QString& text, const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF metrics(font, device);
    double width = 0;
    for (const QString& line : text.split(u'\n'))
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

double TextBox::longestWordWidth(const QString& text, const QFont& font, QPaintDevice* device)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QFontMetricsF metrics(font, device);
    double width = 0;
    for (const QString& word : text.split(whitespace, Qt::SkipEmptyParts))
        width = std::max(width, metrics.horizontalAdvance(word));
    return width;
}

namespace {
    double slicesHeight(const FlowBlock& block, int first, int count)
    {
        double height = 0;
        for (int i = first; i < first + count; ++i)
            height += block.sliceHeight(i);
        return height;
    }

    /// The smallest first part of @p block: its first orphans' slices, or all of them when it is too short to break
    /// with enough slices on both sides.
    int firstPartSlices(const FlowBlock& block)
    {
        const int count = block.sliceCount();
        return count < block.orphans + block.widows ? count : std::min(block.orphans, count);
    }

    double firstPartHeight(const FlowBlock& block)
    {
        return block.headerHeight(false) + slicesHeight(block, 0, firstPartSlices(block));
    }

    /// What has to fit below the current position for block @p index to start here: its smallest first part and —
    /// while blocks keep with the next — the next one's too.
    double leadHeight(const Flow& flow, int index)
    {
        double height = 0;
        for (int i = index; i < int(flow.size()); ++i) {
            const FlowBlock& block = *flow.at(i);
            if (i > index)
                height += block.spaceBefore;
            height += firstPartHeight(block);
            if (!block.keepWithNext)
                break;
        }
        return height;
    }
} // namespace

Pagination paginate(const Flow& flow, double top, double bottom)
{
    Pagination result;
    const double pageHeight = bottom - top;
    int page = 0;
    double y = top;
    const auto newPage = [&] {
        ++page;
        y = top;
    };
    for (int index = 0; index < int(flow.size()); ++index) {
        const FlowBlock& block = *flow.at(index);
        const int count = block.sliceCount();
        if (count == 0)
            continue;
        if (y > top)
            y += block.spaceBefore;
        const double lead = leadHeight(flow, index);
        const double ownLead = firstPartHeight(block);
        if (y > top && y + lead > bottom + kEpsilon && (lead <= pageHeight || y + ownLead > bottom + kEpsilon))
            newPage();
        int first = 0;
        while (first < count) {
            const bool continued = first > 0;
            const double available = bottom - y - block.headerHeight(continued) + kEpsilon;
            int taken = 0;
            double used = 0;
            while (first + taken < count && used + block.sliceHeight(first + taken) <= available) {
                used += block.sliceHeight(first + taken);
                ++taken;
            }
            if (taken == 0) {
                if (y > top) {
                    newPage();
                    continue;
                }
                taken = 1; // taller than a page: alone, overflowing
                used = block.sliceHeight(first);
            }
            const int rest = count - first - taken;
            if (rest > 0 && rest < block.widows) {
                const int shorter = count - block.widows - first;
                if (shorter >= (continued ? 1 : block.orphans)) {
                    taken = shorter;
                    used = slicesHeight(block, first, taken);
                }
            }
            result.placements.append({ index, page, y, first, first + taken - 1, continued });
            y += block.headerHeight(continued) + used;
            first += taken;
            if (first < count)
                newPage();
        }
    }
    result.pageCount = page + 1;
    return result;
}

} // namespace scalescope::report::pdf
