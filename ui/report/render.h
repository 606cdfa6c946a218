// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "report/document.h"

#include <QLocale>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>

namespace scalescope::report {

// Library scalescope_render (Qt Gui + Svg, no Widgets): what needs a painter. Needs a QGuiApplication; headless,
// the offscreen platform is enough (the CLI creates one for --pdf and image charts).

struct PdfOptions {
    QPageSize pageSize = QPageSize(QPageSize::A4); ///< or Letter
    int resolution = 300; ///< dpi of the writer (QPdfWriter defaults to 1200)
};

/// "a4" or "letter" (case-insensitive), for the CLI's and the export dialog's choice; nullopt otherwise.
[[nodiscard]] std::optional<QPageSize> pageSizeFromName(const QString& name);
/// The paper of @p locale: Letter where it is the norm (the Americas' US-paper countries, the Philippines), else A4.
[[nodiscard]] QPageSize defaultPageSize(const QLocale& locale = QLocale());

/// Writes @p document as a paginated PDF: title page header, headings, text, tables (split across pages with the
/// header repeated), vector charts (the same SVG as the HTML, drawn with QSvgRenderer), page numbers "3 / 12" in the
/// footer, embedded fonts. Errors name the file and the reason.
/// Also: a table of contents with page numbers (two sections or more), numbered headings kept with what follows,
/// chart labels as real (searchable) text, PDF title and creator "ScaleScope". The file is written atomically
/// (QSaveFile): a failed export leaves no partial file and an existing one untouched.
[[nodiscard]] std::optional<Error> writePdf(const Document& document, const QString& file, const PdfOptions& options = {});

enum class ImageFormat { Png, Svg, Pdf };
/// "png", "svg", "pdf" (case-insensitive); nullopt otherwise.
[[nodiscard]] std::optional<ImageFormat> imageFormatFromName(const QString& name);
[[nodiscard]] QString imageFormatSuffix(ImageFormat format);

/// Exports one chart: SVG as is (resized to @p size), PNG rasterised at @p size × @p scale pixels (scale 2 for high
/// DPI), PDF as a one-page vector document of @p size at 96 dpi. An invalid @p size keeps the chart's own size.
[[nodiscard]] std::optional<Error> exportChart(
    const Chart& chart, ImageFormat format, const QString& file, QSize size = {}, double scale = 1.0);

} // namespace scalescope::report
