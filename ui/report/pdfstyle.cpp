// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstyle.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace scalescope::report::pdf {

Style::Style(QPaintDevice* device)
    : title(font(21, true))
    , subtitle(font(11.5))
    , meta(font(9))
    , heading1(font(14, true))
    , heading2(font(11.5, true))
    , body(font(10))
    , bodyBold(font(10, true))
    , detail(font(9))
    , caption(font(8.5))
    , captionBold(font(9.5, true))
    , footer(font(8))
    , tocEntry(font(10))
    , tocSubEntry(font(9))
    , m_device(device)
    , m_dpi(device->logicalDpiY())
{
}

QFont Style::font(double pointSize, bool bold, bool italic, bool condensed)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    if (condensed)
        font.setStretch(QFont::Condensed);
    // Spacing "100 %" changes no advance but turns ligatures off: with them, "fi" would be one glyph (U+FB01) in the
    // PDF's text, and searching or copying "Configuration" would fail.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    // Outline metrics at any resolution: what is measured is what the PDF shows.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return { 0x00, 0x9e, 0x73 };
    case Tone::Bad:
        return { 0xd5, 0x5e, 0x00 };
    case Tone::Warning:
        return { 0xe6, 0x9f, 0x00 };
    case Tone::Muted:
        return { 0x8c, 0x8c, 0x8c };
    case Tone::Normal:
        break;
    }
    return { 0x33, 0x33, 0x33 };
}

QColor toneTextColor(Tone tone, const QColor& normal)
{
    switch (tone) {
    case Tone::Good:
        return { 0x00, 0x7a, 0x58 };
    case Tone::Bad:
        return { 0xa8, 0x4a, 0x00 };
    case Tone::Warning:
        return { 0x8f, 0x63, 0x00 };
    case Tone::Muted:
        return { 0x66, 0x66, 0x66 };
    case Tone::Normal:
        break;
    }
    return normal;
}

bool toneIsBold(Tone tone) { return tone == Tone::Bad; }

void drawToneMarker(QPainter& painter, Tone tone, const QPointF& centre, double diameter, const QColor& normal)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = tone == Tone::Normal ? normal : toneColor(tone);
    const double r = diameter / 2.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    switch (tone) {
    case Tone::Normal:
        painter.drawEllipse(centre, r * 0.62, r * 0.62);
        break;
    case Tone::Good:
        painter.drawEllipse(centre, r, r);
        break;
    case Tone::Bad:
        painter.drawRect(QRectF(centre.x() - r * 0.9, centre.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case Tone::Warning: {
        const QPolygonF triangle { QPointF(centre.x(), centre.y() - r * 1.05),
            QPointF(centre.x() + r * 1.1, centre.y() + r * 0.85),
            QPointF(centre.x() - r * 1.1, centre.y() + r * 0.85) };
        painter.drawPolygon(triangle);
        break;
    }
    case Tone::Muted:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, r * 0.35));
        painter.drawEllipse(centre, r * 0.8, r * 0.8);
        break;
    }
    painter.restore();
}

} // namespace scalescope::report::pdf
