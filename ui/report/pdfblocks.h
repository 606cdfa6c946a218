// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdflayout.h"
#include "pdfstyle.h"
#include "report/document.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

namespace scalescope::report::pdf {

class SvgChart;

// The blocks of the PDF flow, one per kind of document block plus the title, the headings and the contents.
// Each lays itself out for a text width in its constructor; texts to translate come in as arguments.

/// Title, subtitle and the "tool · date" line, over a rule.
class TitleBlock final : public FlowBlock {
public:
    TitleBlock(const Style& style, double width, const QString& title, const QString& subtitle, const QString& meta);
    [[nodiscard]] int sliceCount() const override { return 1; }
    [[nodiscard]] double sliceHeight(int) const override { return m_height; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    const Style& m_style;
    double m_width;
    TextBox m_title;
    TextBox m_subtitle;
    TextBox m_meta;
    double m_height = 0;
};

/// A numbered section heading ("2.1  Title", hanging indent); keeps with the next block.
class HeadingBlock final : public FlowBlock {
public:
    HeadingBlock(const Style& style, double width, const QString& number, const QString& title, int level);
    [[nodiscard]] int sliceCount() const override { return 1; }
    [[nodiscard]] double sliceHeight(int) const override { return m_height; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    const Style& m_style;
    double m_width;
    int m_level;
    TextBox m_number;
    TextBox m_title;
    double m_indent = 0;
    double m_height = 0;
};

/// The table of contents: an entry per heading with its page number, known only after pagination (setPages()).
class TocBlock final : public FlowBlock {
public:
    struct Entry {
        QString number;
        QString title;
        int level = 1;
    };
    TocBlock(const Style& style, double width, const QString& title, QList<Entry> entries);
    void setPages(QList<int> pages) { m_pages = std::move(pages); }

    [[nodiscard]] int sliceCount() const override { return int(m_entries.size()); }
    [[nodiscard]] double sliceHeight(int index) const override;
    [[nodiscard]] double headerHeight(bool) const override { return m_titleHeight; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    const Style& m_style;
    double m_width;
    TextBox m_title;
    double m_titleHeight = 0;
    QList<Entry> m_entries;
    QList<double> m_heights;
    QList<int> m_pages;
};

/// Word-wrapped text; breaks between lines, never leaving a single line alone at either side.
class ParagraphBlock final : public FlowBlock {
public:
    ParagraphBlock(const Style& style, double width, const Paragraph& paragraph);
    [[nodiscard]] int sliceCount() const override { return m_text.lineCount(); }
    [[nodiscard]] double sliceHeight(int index) const override { return m_text.lineRect(index).height(); }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    const Style& m_style;
    Tone m_tone;
    TextBox m_text;
};

/// Label: value rows, the labels in a column of their own.
class KeyValuesBlock final : public FlowBlock {
public:
    KeyValuesBlock(const Style& style, double width, const KeyValues& keyValues);
    [[nodiscard]] int sliceCount() const override { return int(m_rows.size()); }
    [[nodiscard]] double sliceHeight(int index) const override { return m_rows.at(index).height; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    struct Row {
        TextBox key;
        TextBox value;
        double height = 0;
    };
    const Style& m_style;
    double m_valueX = 0;
    QList<Row> m_rows;
};

/// Bulleted items with an optional smaller detail line; the bullet's shape and colour tell the tone.
class BulletListBlock final : public FlowBlock {
public:
    BulletListBlock(const Style& style, double width, const BulletList& list);
    [[nodiscard]] int sliceCount() const override { return int(m_items.size()); }
    [[nodiscard]] double sliceHeight(int index) const override { return m_items.at(index).height; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

private:
    struct Item {
        TextBox text;
        TextBox detail;
        Tone tone = Tone::Normal;
        double markerY = 0; ///< the bullet's centre below the item's top
        double height = 0;
    };
    const Style& m_style;
    double m_indent = 0;
    QList<Item> m_items;
};

/// A table: columns fitted to their content, wrapped cells, rows never cut, caption and header row repeated on
/// every page it spans.
class TableBlock final : public FlowBlock {
public:
    /// @p continuedCaption is the caption shown on the following pages (empty: none).
    TableBlock(const Style& style, double width, const Table& table, const QString& continuedCaption);
    [[nodiscard]] int sliceCount() const override { return int(m_rows.size()); }
    [[nodiscard]] double sliceHeight(int index) const override { return m_rows.at(index).height; }
    [[nodiscard]] double headerHeight(bool continued) const override;
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

    /// The font size the columns fitted with (smaller for wide tables).
    [[nodiscard]] double fontSize() const { return m_fontSize; }

private:
    struct Cell {
        TextBox text;
        Tone tone = Tone::Normal;
    };
    struct Row {
        QList<Cell> cells;
        double height = 0;
    };
    void fitColumns(const Table& table, int columns);
    [[nodiscard]] Row layoutRow(
        const QStringList& cells, const QList<Tone>& tones, const QFont& font, bool header) const;
    void paintRow(QPainter& painter, const Row& row, double x, double y, bool header, bool zebra) const;

    const Style& m_style;
    double m_width;
    double m_tableWidth = 0; ///< m_width, or less for a table of few columns
    double m_fontSize = 8.5;
    QFont m_font;
    QFont m_boldFont;
    double m_padX = 0;
    double m_padY = 0;
    double m_marker = 0;
    double m_xHeight = 0;
    bool m_hasHeader = false;
    QList<double> m_columnWidths;
    QList<bool> m_numeric;
    QList<bool> m_marked;
    TextBox m_caption;
    TextBox m_continuedCaption;
    Row m_header;
    QList<Row> m_rows;
};

/// A chart as vectors (SvgChart: QSvgRenderer into the PDF painter, labels as text): the text width, the chart's
/// aspect ratio, never split (smaller when it would not fit a page), its title and caption below it as in the HTML.
/// An SVG that does not parse becomes a framed note.
class ChartBlock final : public FlowBlock {
public:
    ChartBlock(const Style& style, double width, double maxHeight, const Chart& chart, const QString& invalidText);
    ~ChartBlock() override;
    [[nodiscard]] int sliceCount() const override { return 1; }
    [[nodiscard]] double sliceHeight(int) const override { return m_height; }
    void paint(QPainter& painter, double x, double y, int first, int last, bool continued) const override;

    /// Where the chart is drawn, relative to the block's top left.
    [[nodiscard]] QRectF chartRect() const { return m_chartRect; }

private:
    const Style& m_style;
    double m_width;
    std::unique_ptr<SvgChart> m_chart;
    TextBox m_caption; ///< "Title — caption", the title bold, as the HTML's figcaption
    TextBox m_invalid;
    QRectF m_chartRect;
    double m_height = 0;
};

} // namespace scalescope::report::pdf
