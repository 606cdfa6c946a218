// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgchart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace scalescope::report::pdf {

namespace {
    /// What a <text> inherits from its ancestors, as far as this class models it.
    struct TextState {
        QStringList families;
        std::optional<double> size;
        bool bold = false;
        bool italic = false;
        QString fill = QStringLiteral("black");
        double fillOpacity = 1.0;
        double opacity = 1.0; // group opacity, approximated by multiplying
        Qt::Alignment anchor = Qt::AlignLeft;
        QTransform transform;
        bool stroked = false;
        bool supported = true; // false: something here that drawText() would not reproduce
    };

    /// Containers whose content is not drawn where it stands (or is drawn in ways this class does not model).
    bool isOpaqueContainer(QStringView name)
    {
        static const QStringList names { QStringLiteral("defs"), QStringLiteral("symbol"), QStringLiteral("clipPath"),
            QStringLiteral("mask"), QStringLiteral("pattern"), QStringLiteral("marker"), QStringLiteral("switch"),
            QStringLiteral("svg"), QStringLiteral("foreignObject"), QStringLiteral("a") };
        return names.contains(name);
    }

    /// Attributes of an ancestor that change how its texts look in ways drawText() would not reproduce.
    bool isUnmodelledInherited(QStringView name)
    {
        static const QStringList names { QStringLiteral("style"), QStringLiteral("class"),
            QStringLiteral("letter-spacing"), QStringLiteral("word-spacing"), QStringLiteral("text-decoration"),
            QStringLiteral("dominant-baseline"), QStringLiteral("alignment-baseline"), QStringLiteral("baseline-shift"),
            QStringLiteral("writing-mode"), QStringLiteral("direction"), QStringLiteral("unicode-bidi"),
            QStringLiteral("clip-path"), QStringLiteral("mask"), QStringLiteral("filter"), QStringLiteral("font"),
            QStringLiteral("font-variant"), QStringLiteral("font-stretch"), QStringLiteral("display"),
            QStringLiteral("visibility") };
        return names.contains(name);
    }

    /// Attributes a <text> may have and still be drawn by this class.
    bool isModelledTextAttribute(QStringView name)
    {
        static const QStringList names { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("id"),
            QStringLiteral("fill"), QStringLiteral("fill-opacity"), QStringLiteral("opacity"),
            QStringLiteral("font-family"), QStringLiteral("font-size"), QStringLiteral("font-weight"),
            QStringLiteral("font-style"), QStringLiteral("text-anchor"), QStringLiteral("transform"),
            QStringLiteral("stroke"), QStringLiteral("role") };
        return names.contains(name) || name.startsWith(u"aria-") || name.startsWith(u"data-");
    }

    std::optional<double> parseLength(QStringView value)
    {
        QStringView v = value.trimmed();
        if (v.endsWith(u"px"))
            v.chop(2);
        bool ok = false;
        const double number = v.toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }

    std::optional<QTransform> parseTransform(const QString& value)
    {
        static const QRegularExpression function(QStringLiteral("\\s*,?\\s*([a-zA-Z]+)\\s*\\(([^)]*)\\)"));
        static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
        QTransform result;
        qsizetype at = 0;
        const QString trimmed = value.trimmed();
        while (at < trimmed.size()) {
            const QRegularExpressionMatch match = function.match(
                trimmed, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch())
                return std::nullopt;
            at = match.capturedEnd();
            QList<double> n;
            for (const QString& part : match.captured(2).split(separator, Qt::SkipEmptyParts)) {
                bool ok = false;
                n.append(part.toDouble(&ok));
                if (!ok)
                    return std::nullopt;
            }
            const QString name = match.captured(1);
            QTransform step;
            if (name == u"translate" && (n.size() == 1 || n.size() == 2))
                step.translate(n.at(0), n.value(1, 0.0));
            else if (name == u"scale" && (n.size() == 1 || n.size() == 2))
                step.scale(n.at(0), n.value(1, n.at(0)));
            else if (name == u"rotate" && n.size() == 1)
                step.rotate(n.at(0));
            else if (name == u"rotate" && n.size() == 3)
                step.translate(n.at(1), n.at(2)).rotate(n.at(0)).translate(-n.at(1), -n.at(2));
            else if (name == u"matrix" && n.size() == 6)
                step = QTransform(n.at(0), n.at(1), n.at(2), n.at(3), n.at(4), n.at(5));
            else if (name == u"skewX" && n.size() == 1)
                step.shear(std::tan(qDegreesToRadians(n.at(0))), 0);
            else if (name == u"skewY" && n.size() == 1)
                step.shear(0, std::tan(qDegreesToRadians(n.at(0))));
            else
                return std::nullopt;
            // SVG lists apply right to left to points, like successive QPainter calls.
            result = step * result;
        }
        return result;
    }

    QStringList parseFamilies(const QString& value)
    {
        QStringList families;
        for (QString family : value.split(u',', Qt::SkipEmptyParts)) {
            family = family.trimmed();
            if (family.size() >= 2 && (family.front() == u'"' || family.front() == u'\'')
                && family.back() == family.front())
                family = family.mid(1, family.size() - 2);
            if (!family.isEmpty())
                families.append(family);
        }
        return families;
    }

    /// Applies the presentation attributes of an element to the state its children inherit.
    void inherit(TextState& state, const QXmlStreamAttributes& attributes)
    {
        for (const QXmlStreamAttribute& attribute : attributes) {
            const QStringView name = attribute.qualifiedName();
            const QString value = attribute.value().toString().trimmed();
            if (name == u"transform") {
                const std::optional<QTransform> transform = parseTransform(value);
                if (transform)
                    state.transform = *transform * state.transform;
                else
                    state.supported = false;
            } else if (name == u"font-family") {
                state.families = parseFamilies(value);
            } else if (name == u"font-size") {
                state.size = parseLength(value);
                state.supported &= state.size.has_value();
            } else if (name == u"font-weight") {
                const int weight = value.toInt();
                state.bold = value == u"bold" || value == u"bolder" || weight >= 600;
            } else if (name == u"font-style") {
                state.italic = value == u"italic" || value == u"oblique";
            } else if (name == u"fill") {
                state.fill = value;
            } else if (name == u"fill-opacity") {
                state.fillOpacity = value.toDouble();
            } else if (name == u"opacity") {
                state.opacity *= value.toDouble();
            } else if (name == u"text-anchor") {
                state.anchor = value == u"middle" ? Qt::AlignHCenter : value == u"end" ? Qt::AlignRight : Qt::AlignLeft;
            } else if (name == u"stroke") {
                state.stroked = value != u"none";
            } else if (isUnmodelledInherited(name)) {
                state.supported = false;
            }
        }
    }

    bool isText(const QXmlStreamReader& xml) { return xml.name() == u"text"; }
} // namespace

SvgChart::SvgChart(const QString& svg)
{
    // Pass 1: which top-level <text> elements can be drawn as text, and how.
    QList<bool> extracted;
    {
        QXmlStreamReader xml(svg);
        QList<TextState> stack { TextState {} };
        bool root = true;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                stack.removeLast();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (!isText(xml)) {
                TextState state = stack.last();
                if (root)
                    m_explicitViewBox = xml.attributes().hasAttribute(QStringLiteral("viewBox"));
                else if (isOpaqueContainer(xml.name()))
                    state.supported = false;
                root = false;
                inherit(state, xml.attributes());
                stack.append(state);
                continue;
            }
            TextState state = stack.last();
            bool ok = state.supported;
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                ok &= isModelledTextAttribute(attribute.qualifiedName());
            inherit(state, xml.attributes());
            const QXmlStreamAttributes attributes = xml.attributes();
            const std::optional<double> x = attributes.hasAttribute(QStringLiteral("x"))
                ? parseLength(attributes.value(QStringLiteral("x")))
                : std::optional<double>(0.0);
            const std::optional<double> y = attributes.hasAttribute(QStringLiteral("y"))
                ? parseLength(attributes.value(QStringLiteral("y")))
                : std::optional<double>(0.0);
            // Its content: characters only (a <tspan> or <title> child leaves the element to QtSvg).
            QString content;
            for (int depth = 1; depth > 0 && !xml.atEnd();) {
                switch (xml.readNext()) {
                case QXmlStreamReader::StartElement:
                    ++depth;
                    ok = false;
                    break;
                case QXmlStreamReader::EndElement:
                    --depth;
                    break;
                case QXmlStreamReader::Characters:
                    content += xml.text();
                    break;
                default:
                    break;
                }
            }
            const QColor colour = QColor::fromString(state.fill);
            ok = ok && x && y && state.size && !state.stroked && colour.isValid() && state.fill != u"none";
            if (ok) {
                QColor painted = colour;
                painted.setAlphaF(float(std::clamp(colour.alphaF() * state.fillOpacity * state.opacity, 0.0, 1.0)));
                m_texts.append({ content.simplified(), QPointF(*x, *y), state.transform,
                    state.families.isEmpty() ? QStringList { QStringLiteral("DejaVu Sans") } : state.families,
                    *state.size, state.bold, state.italic, painted, state.anchor });
            }
            extracted.append(ok);
        }
        if (xml.hasError()) {
            // Not XML: QtSvg reports it as invalid.
            m_texts.clear();
            m_renderer = std::make_unique<QSvgRenderer>(svg.toUtf8());
            return;
        }
    }

    // Pass 2: the same SVG without the extracted texts, for QtSvg.
    QString stripped;
    if (m_texts.isEmpty()) {
        stripped = svg;
    } else {
        QXmlStreamReader xml(svg);
        QXmlStreamWriter writer(&stripped);
        int index = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.tokenType() == QXmlStreamReader::StartElement && isText(xml)) {
                const bool skip = extracted.value(index++, false);
                for (int depth = 0;;) {
                    if (xml.tokenType() == QXmlStreamReader::StartElement)
                        ++depth;
                    else if (xml.tokenType() == QXmlStreamReader::EndElement)
                        --depth;
                    if (!skip)
                        writer.writeCurrentToken(xml);
                    if (depth == 0 || xml.atEnd())
                        break;
                    xml.readNext();
                }
                continue;
            }
            writer.writeCurrentToken(xml);
        }
    }
    m_renderer = std::make_unique<QSvgRenderer>(stripped.toUtf8());
    m_renderer->setAspectRatioMode(Qt::KeepAspectRatio);
    if (!m_renderer->isValid())
        m_texts.clear();
}

SvgChart::~SvgChart() = default;

bool SvgChart::isValid() const { return m_renderer && m_renderer->isValid(); }

QSize SvgChart::defaultSize() const { return m_renderer ? m_renderer->defaultSize() : QSize(); }

QTransform SvgChart::viewBoxTransform(const QRectF& target) const
{
    // As QSvgTinyDocument::mapSourceToTarget: centred and aspect-kept with a viewBox, stretched without one.
    const QRectF source = m_renderer->viewBoxF();
    QTransform transform;
    if (source.isEmpty())
        return transform;
    if (!m_explicitViewBox) {
        transform.translate(target.x() - source.x() * target.width() / source.width(),
            target.y() - source.y() * target.height() / source.height());
        transform.scale(target.width() / source.width(), target.height() / source.height());
        return transform;
    }
    QSizeF size = source.size();
    size.scale(target.size(), Qt::KeepAspectRatio);
    transform.translate(
        target.x() + (target.width() - size.width()) / 2.0, target.y() + (target.height() - size.height()) / 2.0);
    transform.scale(size.width() / source.width(), size.height() / source.height());
    transform.translate(-source.x(), -source.y());
    return transform;
}

void SvgChart::render(QPainter& painter, const QRectF& target) const
{
    if (!isValid())
        return;
    m_renderer->render(&painter, target);
    if (m_texts.isEmpty())
        return;
    const QTransform toTarget = viewBoxTransform(target);
    // A 100 px font scaled to the text's size, as QtSvg does: fractional sizes stay exact at any resolution.
    constexpr double kPixels = 100.0;
    for (const Text& text : m_texts) {
        if (text.text.isEmpty())
            continue;
        QFont font;
        font.setFamilies(text.families);
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(int(kPixels));
        font.setBold(text.bold);
        font.setItalic(text.italic);
        font.setLetterSpacing(QFont::PercentageSpacing, 100); // no ligatures in the text layer
        font.setHintingPreference(QFont::PreferNoHinting);
        const double width = QFontMetricsF(font, painter.device()).horizontalAdvance(text.text);
        const double scale = text.size / kPixels;
        double x = text.position.x() / scale;
        if (text.anchor == Qt::AlignHCenter)
            x -= width / 2.0;
        else if (text.anchor == Qt::AlignRight)
            x -= width;
        painter.save();
        painter.setWorldTransform(QTransform::fromScale(scale, scale) * text.transform * toTarget, true);
        painter.setFont(font);
        painter.setPen(text.colour);
        painter.drawText(QPointF(x, text.position.y() / scale), text.text);
        painter.restore();
    }
}

} // namespace scalescope::report::pdf
