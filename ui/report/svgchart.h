// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

#include <memory>

class QPainter;
class QSvgRenderer;

namespace scalescope::report::pdf {

/// A chart's SVG drawn as vectors with its labels as real text.
///
/// QtSvg 6.4 paints every SVG <text> as glyph outlines on a PDF: it gives text an outline pen (its default pen is
/// SolidLine with NoBrush, whatever stroke says), and QTextLine::draw turns outlined text into paths — sharp, but
/// nobody can search, copy or read it aloud. So the texts this class understands (plain <text> with presentation
/// attributes and transforms, what core's SvgCanvas writes) are taken out of the SVG before QtSvg sees it and
/// painted with QPainter::drawText at the same place, in the same font, size, colour and anchor, after the shapes.
/// Anything else (tspans, CSS, clipping, baselines) stays in the SVG for QtSvg to draw as before.
class SvgChart {
public:
    explicit SvgChart(const QString& svg);
    ~SvgChart();
    SvgChart(const SvgChart&) = delete;
    SvgChart& operator=(const SvgChart&) = delete;

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QSize defaultSize() const;
    /// The texts drawn as text (the rest, if any, QtSvg draws).
    [[nodiscard]] int textCount() const { return int(m_texts.size()); }

    /// Draws the chart into @p target, keeping its aspect ratio (centred, like preserveAspectRatio's default).
    void render(QPainter& painter, const QRectF& target) const;

private:
    struct Text {
        QString text;
        QPointF position; ///< the anchor point on the baseline, in the element's user space
        QTransform transform; ///< element user space → root user space
        QStringList families;
        double size = 16;
        bool bold = false;
        bool italic = false;
        QColor colour;
        Qt::Alignment anchor = Qt::AlignLeft; ///< start, middle, end
    };
    [[nodiscard]] QTransform viewBoxTransform(const QRectF& target) const;

    std::unique_ptr<QSvgRenderer> m_renderer;
    QList<Text> m_texts;
    bool m_explicitViewBox = false;
};

} // namespace scalescope::report::pdf
