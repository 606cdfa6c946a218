// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace scalescope::report::pdf {

// The PDF is laid out before it is painted: the document becomes a flow of blocks, each a list of slices that
// must not be cut (a line of a paragraph, a table row, a chart), the paginator assigns the slices to pages, and
// only then is anything painted — so the page count is known for the footer and the table of contents.

/// A bold lead-in of a TextBox's text (a figure's title before its caption), in its own colour.
struct LeadIn {
    int length = 0;
    QColor colour;
};

/// Plain text wrapped to a width with QTextLayout against the writer (its font metrics, its resolution).
class TextBox {
public:
    TextBox() = default;
    TextBox(const QString& text, const QFont& font, double width, QPaintDevice* device,
        Qt::Alignment alignment = Qt::AlignLeft, const LeadIn& leadIn = {});

    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }
    [[nodiscard]] double height() const { return m_height; }
    [[nodiscard]] int lineCount() const { return int(m_lines.size()); }
    /// Line @p index relative to the box: its top and height, and the x range its text covers (alignment applied).
    [[nodiscard]] QRectF lineRect(int index) const { return m_lines.at(index); }
    [[nodiscard]] double lineAscent(int index) const;
    /// The height of lines [@p first, @p last].
    [[nodiscard]] double linesHeight(int first, int last) const;

    /// Draws the whole box with its top left at @p topLeft, in the painter's pen colour.
    void draw(QPainter& painter, const QPointF& topLeft) const;
    /// Draws lines [@p first, @p last] so that line @p first's top is at @p topLeft.
    void drawLines(QPainter& painter, const QPointF& topLeft, int first, int last) const;

    /// The width of @p text on one line (longest of its lines).
    [[nodiscard]] static double naturalWidth(const QString& text, const QFont& font, QPaintDevice* device);
    /// The width of the longest word of @p text: below it, words have to be broken.
    [[nodiscard]] static double longestWordWidth(const QString& text, const QFont& font, QPaintDevice* device);

private:
    std::shared_ptr<QTextLayout> m_layout;
    QList<QRectF> m_lines;
    double m_height = 0;
};

/// A piece of the flow: slices (indivisible), an optional header painted at the top of each page's part (a table's
/// column header), and the rules that decide where it may break.
class FlowBlock {
public:
    FlowBlock() = default;
    virtual ~FlowBlock() = default;
    FlowBlock(const FlowBlock&) = delete;
    FlowBlock& operator=(const FlowBlock&) = delete;

    [[nodiscard]] virtual int sliceCount() const = 0;
    [[nodiscard]] virtual double sliceHeight(int index) const = 0;
    /// Painted above the slices of each part; @p continued for the parts after the first.
    [[nodiscard]] virtual double headerHeight(bool continued) const
    {
        Q_UNUSED(continued)
        return 0;
    }
    /// Paints the header and slices [@p first, @p last] with the part's top left at (@p x, @p y).
    virtual void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const = 0;

    /// Space above the block, dropped at the top of a page.
    double spaceBefore = 0;
    /// The block stays on the page of the next one's first part (headings).
    bool keepWithNext = false;
    /// At least this many slices at the bottom of a page (orphans) and at the top of the next (widows).
    int orphans = 1;
    int widows = 1;
};

using Flow = std::vector<std::unique_ptr<FlowBlock>>;

/// Slices [first, last] of block @p block on page @p page (0-based), header included, from y.
struct Placement {
    int block = 0;
    int page = 0;
    double y = 0;
    int first = 0;
    int last = 0;
    bool continued = false;
};

struct Pagination {
    QList<Placement> placements; ///< in flow order, so in page order
    int pageCount = 1;
};

/// Breaks @p flow into pages whose content runs from @p top to @p bottom. A slice taller than a page is placed alone
/// on a page and overflows (blocks keep theirs smaller: charts scale down to fit).
[[nodiscard]] Pagination paginate(const Flow& flow, double top, double bottom);

} // namespace scalescope::report::pdf
