// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// exportChart(): one chart as SVG (the same text, resized), PNG (rasterised) or PDF (one vector page).
#include "render.h"

#include "svgchart.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cmath>

namespace scalescope::report {

namespace {
    /// The translation context of the chart export's errors (lupdate reads it from the macro).
    class ChartExport {
        Q_DECLARE_TR_FUNCTIONS(scalescope::report::ChartExport)
    };

    /// Larger images are refused rather than allocated (16k × 16k ARGB is 1 GiB).
    constexpr int kMaxPixels = 16384;

    QString number(double value) { return QString::number(value, 'g', 10); }

    /// @p svg with the root element's width and height set to @p size; a viewBox of the old size is added when there
    /// is none, so the drawing scales instead of being cropped.
    QString resizedSvg(const QString& svg, const QSizeF& size, const QRectF& viewBox)
    {
        static const QRegularExpression root(QStringLiteral("<svg\\b[^>]*>"));
        static const QRegularExpression sizeAttribute(
            QStringLiteral("\\s(?:width|height)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')"));
        static const QRegularExpression viewBoxAttribute(QStringLiteral("\\sviewBox\\s*="));
        const QRegularExpressionMatch match = root.match(svg);
        if (!match.hasMatch())
            return svg;
        QString tag = match.captured(0);
        tag.remove(sizeAttribute);
        QString attributes
            = QStringLiteral(" width=\"%1\" height=\"%2\"").arg(number(size.width()), number(size.height()));
        if (!viewBoxAttribute.match(tag).hasMatch() && viewBox.isValid())
            attributes += QStringLiteral(" viewBox=\"%1 %2 %3 %4\"")
                              .arg(number(viewBox.x()), number(viewBox.y()), number(viewBox.width()),
                                  number(viewBox.height()));
        tag.insert(4, attributes); // after "<svg"
        QString result = svg;
        result.replace(match.capturedStart(), match.capturedLength(), tag);
        return result;
    }

    Error writeError(const QString& file, const QString& reason)
    {
        //: %1 = file, %2 = reason
        return { ErrorKind::Io, ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), reason) };
    }

    std::optional<Error> commit(QSaveFile& out, const QString& file)
    {
        if (!out.commit())
            return writeError(file, out.errorString());
        return std::nullopt;
    }
} // namespace

std::optional<ImageFormat> imageFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"png")
        return ImageFormat::Png;
    if (key == u"svg")
        return ImageFormat::Svg;
    if (key == u"pdf")
        return ImageFormat::Pdf;
    return std::nullopt;
}

QString imageFormatSuffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<Error> exportChart(const Chart& chart, ImageFormat format, const QString& file, QSize size, double scale)
{
    const QString name = QDir::toNativeSeparators(file);
    const pdf::SvgChart renderer(chart.svg);
    if (!renderer.isValid())
        //: %1 = the chart's title, %2 = file
        return Error { ErrorKind::Usage,
            ChartExport::tr("Cannot export the chart “%1” to %2: its SVG is not valid").arg(chart.title, name) };
    QSizeF target = size.isValid() && !size.isEmpty() ? QSizeF(size) : chart.size;
    if (!target.isValid() || target.isEmpty())
        target = renderer.defaultSize();
    if (!target.isValid() || target.isEmpty())
        return Error { ErrorKind::Usage,
            ChartExport::tr("Cannot export the chart “%1” to %2: it has no size").arg(chart.title, name) };
    if (format != ImageFormat::Svg && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error { ErrorKind::Internal,
            ChartExport::tr("Cannot write %1: drawing a chart needs a QGuiApplication").arg(name) };

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(file, out.errorString());

    switch (format) {
    case ImageFormat::Svg: {
        const QByteArray data = resizedSvg(chart.svg, target, QSvgRenderer(chart.svg.toUtf8()).viewBoxF()).toUtf8();
        if (out.write(data) != data.size())
            return writeError(file, out.errorString());
        return commit(out, file);
    }
    case ImageFormat::Png: {
        const double dpr = scale > 0 && std::isfinite(scale) ? scale : 1.0;
        const QSize pixels(qRound(target.width() * dpr), qRound(target.height() * dpr));
        if (pixels.width() > kMaxPixels || pixels.height() > kMaxPixels || pixels.isEmpty())
            //: %1 = file, %2 × %3 = pixels
            return Error { ErrorKind::Usage,
                ChartExport::tr("Cannot write %1: %2 × %3 pixels is too large")
                    .arg(name)
                    .arg(pixels.width())
                    .arg(pixels.height()) };
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return writeError(file, ChartExport::tr("out of memory"));
        image.fill(Qt::white);
        image.setDevicePixelRatio(dpr);
        {
            QPainter painter(&image);
            painter.setRenderHints(
                QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(painter, QRectF(QPointF(0, 0), target));
        }
        // Opaque: image viewers show transparency as a checkerboard. The resolution says the chart's own size
        // (96 dpi × scale), so a document that places the image keeps the intended size.
        QImage opaque = image.convertToFormat(QImage::Format_RGB32);
        opaque.setDotsPerMeterX(qRound(96.0 * dpr / 0.0254));
        opaque.setDotsPerMeterY(qRound(96.0 * dpr / 0.0254));
        if (!opaque.save(&out, "PNG"))
            return writeError(
                file, out.error() != QFileDevice::NoError ? out.errorString() : ChartExport::tr("PNG encoding failed"));
        return commit(out, file);
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(&out);
        // 96 dpi: the painter's unit is the chart's CSS pixel; the page is exactly the chart.
        writer.setResolution(96);
        const QPageSize pageSize(QSizeF(target.width() * 72.0 / 96.0, target.height() * 72.0 / 96.0), QPageSize::Point,
            chart.title, QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(chart.title);
        writer.setCreator(QStringLiteral("ScaleScope"));
        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(file, ChartExport::tr("the PDF could not be started"));
        renderer.render(painter, QRectF(0, 0, writer.width(), writer.height()));
        if (!painter.end())
            return writeError(file, ChartExport::tr("the PDF could not be finished"));
        return commit(out, file);
    }
    }
    return writeError(file, ChartExport::tr("unknown format"));
}

} // namespace scalescope::report
