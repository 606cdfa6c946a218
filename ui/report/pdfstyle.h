// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document.h"

#include <QColor>
#include <QFont>

class QPainter;
class QPaintDevice;
class QPointF;

namespace scalescope::report::pdf {

// The PDF's typography and colours. Everything is in device pixels of the writer (its resolution), so text is laid
// out with the same font metrics it is painted with.
class Style {
public:
    explicit Style(QPaintDevice* device);

    [[nodiscard]] QPaintDevice* device() const { return m_device; }
    [[nodiscard]] double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    [[nodiscard]] double pt(double points) const { return points * m_dpi / 72.0; }

    /// DejaVu Sans at @p pointSize (condensed for tables, which need the width).
    [[nodiscard]] static QFont font(double pointSize, bool bold = false, bool italic = false, bool condensed = false);

    QFont title;
    QFont subtitle;
    QFont meta;
    QFont heading1;
    QFont heading2;
    QFont body;
    QFont bodyBold;
    QFont detail;
    QFont caption;
    QFont captionBold;
    QFont footer;
    QFont tocEntry;
    QFont tocSubEntry;

    QColor text { 0x1a, 0x1a, 0x1a };
    QColor heading { 0x1f, 0x3a, 0x5f }; // dark blue: near black on a monochrome print
    QColor muted { 0x5f, 0x5f, 0x5f };
    QColor rule { 0xb8, 0xb8, 0xb8 };
    QColor strongRule { 0x55, 0x55, 0x55 };
    QColor headerFill { 0xe4, 0xe4, 0xe4 };
    QColor zebraFill { 0xf4, 0xf4, 0xf4 };

private:
    QPaintDevice* m_device;
    double m_dpi;
};

/// The palette colour of a tone (markers, bars): Good #009e73, Bad #d55e00, Warning #e69f00, Muted grey.
[[nodiscard]] QColor toneColor(Tone tone);
/// The colour of text in a tone: the same hues darkened to a contrast of at least 4.5:1 on white (#e69f00 text is
/// 2.2:1, unreadable in print), so the hue says the tone and the text stays legible in grey scale.
[[nodiscard]] QColor toneTextColor(Tone tone, const QColor& normal);
/// Bad text is bold as well: the tone survives a black & white print.
[[nodiscard]] bool toneIsBold(Tone tone);

/// A marker of @p diameter centred on @p centre whose shape alone tells the tone (for monochrome prints):
/// Normal a dot, Good a disc, Bad a square, Warning a triangle, Muted a ring.
void drawToneMarker(QPainter& painter, Tone tone, const QPointF& centre, double diameter, const QColor& normal);

} // namespace scalescope::report::pdf
