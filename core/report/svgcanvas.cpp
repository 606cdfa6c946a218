// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/svgcanvas.h"

#include "report/reportformat.h"

#include <cmath>

namespace scalescope::report::detail {

namespace {

QString n(double value)
{
    return svgNumber(value, 1);
}

/// Approximate DejaVu Sans advance widths in em, by character class (rounded up).
double advance(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return 0.64;
    switch (c) {
    case u' ':
    case u'.':
    case u',':
    case u':':
    case u';':
    case u'!':
    case u'|':
    case u'\'':
        return 0.32;
    case u'i':
    case u'j':
    case u'l':
        return 0.28;
    case u'I':
    case u'f':
        return 0.36;
    case u't':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'-':
    case u'/':
    case u'\\':
        return 0.40;
    case u'r':
        return 0.42;
    case u's':
    case u'z':
    case u'c':
    case u'J':
        return 0.56;
    case u'm':
        return 0.98;
    case u'w':
        return 0.82;
    case u'M':
    case u'W':
    case u'%':
    case u'@':
    case u'…':
    case u'—':
        return 1.0;
    case u'±':
    case u'×':
    case u'→':
    case u'≤':
    case u'≥':
    case u'+':
    case u'=':
    case u'<':
    case u'>':
        return 0.84;
    default:
        break;
    }
    if (c >= u'A' && c <= u'Z')
        return 0.74;
    if (c >= u'a' && c <= u'z')
        return 0.63;
    if (c >= 0x2E80) // CJK and other wide scripts
        return 1.0;
    return 0.66;
}

} // namespace

SvgCanvas::SvgCanvas(QSizeF size, const QString& title)
    : m_size(size)
{
    const QString w = n(size.width());
    const QString h = n(size.height());
    m_svg.reserve(16 * 1024);
    m_svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"") + w
        + QStringLiteral("\" height=\"") + h + QStringLiteral("\" viewBox=\"0 0 ") + w + QLatin1Char(' ') + h
        + QStringLiteral("\" role=\"img\" aria-label=\"") + xmlEscaped(title) + QStringLiteral("\">");
    m_svg += QStringLiteral("<title>") + xmlEscaped(title) + QStringLiteral("</title>");
    m_svg += QStringLiteral("<g font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">");
    m_svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"") + w + QStringLiteral("\" height=\"") + h
        + QStringLiteral("\" fill=\"#ffffff\"/>");
}

void SvgCanvas::rect(
    double x, double y, double w, double h, const QString& fill, const QString& extra, const QString& tooltip)
{
    m_svg += QStringLiteral("<rect x=\"") + n(x) + QStringLiteral("\" y=\"") + n(y) + QStringLiteral("\" width=\"")
        + n(std::max(0.0, w)) + QStringLiteral("\" height=\"") + n(std::max(0.0, h)) + QStringLiteral("\" fill=\"")
        + fill + QLatin1Char('"') + extra;
    if (tooltip.isEmpty())
        m_svg += QStringLiteral("/>");
    else
        m_svg += QStringLiteral("><title>") + xmlEscaped(tooltip) + QStringLiteral("</title></rect>");
}

void SvgCanvas::line(
    double x1, double y1, double x2, double y2, const QString& stroke, double width, const QString& dash)
{
    m_svg += QStringLiteral("<line x1=\"") + n(x1) + QStringLiteral("\" y1=\"") + n(y1) + QStringLiteral("\" x2=\"")
        + n(x2) + QStringLiteral("\" y2=\"") + n(y2) + QStringLiteral("\" stroke=\"") + stroke
        + QStringLiteral("\" stroke-width=\"") + svgNumber(width, 2) + QLatin1Char('"');
    if (!dash.isEmpty())
        m_svg += QStringLiteral(" stroke-dasharray=\"") + dash + QLatin1Char('"');
    m_svg += QStringLiteral("/>");
}

void SvgCanvas::polyline(const QList<QPointF>& points, const QString& stroke, double width, const QString& dash)
{
    if (points.size() < 2)
        return;
    QString d;
    d.reserve(points.size() * 12);
    for (qsizetype i = 0; i < points.size(); ++i) {
        d += (i == 0 ? QStringLiteral("M") : QStringLiteral(" L")) + n(points.at(i).x()) + QLatin1Char(' ')
            + n(points.at(i).y());
    }
    m_svg += QStringLiteral("<path d=\"") + d + QStringLiteral("\" fill=\"none\" stroke=\"") + stroke
        + QStringLiteral("\" stroke-width=\"") + svgNumber(width, 2)
        + QStringLiteral("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
    if (!dash.isEmpty())
        m_svg += QStringLiteral(" stroke-dasharray=\"") + dash + QLatin1Char('"');
    m_svg += QStringLiteral("/>");
}

void SvgCanvas::text(double x, double y, const QString& text, Anchor anchor, double size, const QString& fill,
    const QString& extra, double rotate)
{
    m_svg += QStringLiteral("<text x=\"") + n(x) + QStringLiteral("\" y=\"") + n(y) + QLatin1Char('"');
    if (anchor == Anchor::Middle)
        m_svg += QStringLiteral(" text-anchor=\"middle\"");
    else if (anchor == Anchor::End)
        m_svg += QStringLiteral(" text-anchor=\"end\"");
    if (size != 11.0)
        m_svg += QStringLiteral(" font-size=\"") + svgNumber(size, 1) + QLatin1Char('"');
    m_svg += QStringLiteral(" fill=\"") + fill + QLatin1Char('"') + extra;
    if (rotate != 0.0) {
        m_svg += QStringLiteral(" transform=\"rotate(") + n(rotate) + QLatin1Char(' ') + n(x) + QLatin1Char(' ') + n(y)
            + QStringLiteral(")\"");
    }
    m_svg += QLatin1Char('>') + xmlEscaped(text) + QStringLiteral("</text>");
}

void SvgCanvas::centredText(
    double x, double cy, const QString& text, Anchor anchor, double size, const QString& fill, const QString& extra)
{
    // No dominant-baseline (SVG Tiny renderers ignore it): the baseline of a centred line of DejaVu Sans.
    this->text(x, cy + 0.36 * size, text, anchor, size, fill, extra);
}

void SvgCanvas::marker(int shape, double x, double y, const QString& color, const QString& tooltip, double radius)
{
    const QString style
        = QStringLiteral("\" fill=\"") + color + QStringLiteral("\" stroke=\"#ffffff\" stroke-width=\"0.8\"");
    QString element;
    QString close;
    switch (((shape % 3) + 3) % 3) {
    case 1: {
        const double r = radius * 0.9;
        element = QStringLiteral("<rect x=\"") + n(x - r) + QStringLiteral("\" y=\"") + n(y - r)
            + QStringLiteral("\" width=\"") + n(2 * r) + QStringLiteral("\" height=\"") + n(2 * r) + style;
        close = QStringLiteral("</rect>");
        break;
    }
    case 2: {
        const double r = radius * 1.2;
        element = QStringLiteral("<path d=\"M") + n(x) + QLatin1Char(' ') + n(y - r) + QStringLiteral(" L")
            + n(x + r * 0.87) + QLatin1Char(' ') + n(y + r * 0.5) + QStringLiteral(" L") + n(x - r * 0.87)
            + QLatin1Char(' ') + n(y + r * 0.5) + QStringLiteral(" Z") + style;
        close = QStringLiteral("</path>");
        break;
    }
    default:
        element = QStringLiteral("<circle cx=\"") + n(x) + QStringLiteral("\" cy=\"") + n(y) + QStringLiteral("\" r=\"")
            + n(radius) + style;
        close = QStringLiteral("</circle>");
        break;
    }
    m_svg += element;
    if (tooltip.isEmpty())
        m_svg += QStringLiteral("/>");
    else
        m_svg += QStringLiteral("><title>") + xmlEscaped(tooltip) + QStringLiteral("</title>") + close;
}

void SvgCanvas::lineSwatch(double x, double cy, const QString& color, bool dashed, int markerShape)
{
    line(x, cy, x + 22, cy, color, dashed ? kDashedWidth : 2.0, dashed ? kDash : QString());
    if (markerShape >= 0)
        marker(markerShape, x + 11, cy, color);
}

QString SvgCanvas::finish()
{
    m_svg += QStringLiteral("</g></svg>");
    return std::move(m_svg);
}

double SvgCanvas::textWidth(QStringView text, double fontSize)
{
    double em = 0.0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            em += advance(c.unicode());
    }
    return em * fontSize;
}

QString SvgCanvas::elided(const QString& text, double maxWidth, double fontSize)
{
    if (textWidth(text, fontSize) <= maxWidth)
        return text;
    const double ellipsis = textWidth(u"…", fontSize);
    double width = 0.0;
    qsizetype keep = 0;
    while (keep < text.size()) {
        const double next = width + advance(text.at(keep).unicode()) * fontSize;
        if (next + ellipsis > maxWidth)
            break;
        width = next;
        ++keep;
    }
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep).trimmed() + QStringLiteral("…");
}

} // namespace scalescope::report::detail
