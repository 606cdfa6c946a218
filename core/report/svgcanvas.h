// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringView>

namespace scalescope::report::detail {

/// Writes the SVG text of one chart: the root element with its size, a white background, then shapes in paint order.
/// Coordinates are rounded to 0.1 px; every text and attribute value is escaped. Internal to core/report.
class SvgCanvas {
public:
    enum class Anchor { Start, Middle, End };

    SvgCanvas(QSizeF size, const QString& title);

    [[nodiscard]] double width() const { return m_size.width(); }
    [[nodiscard]] double height() const { return m_size.height(); }

    /// @p extra: further attributes, already escaped (" stroke=\"#fff\"").
    void rect(double x, double y, double w, double h, const QString& fill, const QString& extra = {},
        const QString& tooltip = {});
    void line(double x1, double y1, double x2, double y2, const QString& stroke, double width = 1.0,
        const QString& dash = {});
    /// An open path through @p points (at least two).
    void polyline(const QList<QPointF>& points, const QString& stroke, double width, const QString& dash = {});
    /// Text whose baseline is at @p y; @p rotate: degrees around (x, y).
    void text(double x, double y, const QString& text, Anchor anchor = Anchor::Start, double size = 11.0,
        const QString& fill = QStringLiteral("#374151"), const QString& extra = {}, double rotate = 0.0);
    /// Text centred vertically on @p cy.
    void centredText(double x, double cy, const QString& text, Anchor anchor = Anchor::Middle, double size = 11.0,
        const QString& fill = QStringLiteral("#374151"), const QString& extra = {});
    /// A point marker: 0 circle, 1 square, 2 triangle (shape % 3), with an optional tooltip.
    void marker(int shape, double x, double y, const QString& color, const QString& tooltip = {}, double radius = 3.2);
    /// A legend swatch for a line: a short line in @p color (dashed or solid) with a marker.
    void lineSwatch(double x, double cy, const QString& color, bool dashed, int markerShape);

    /// The SVG text, closed.
    [[nodiscard]] QString finish();

    /// An estimate of the advance width of @p text in DejaVu Sans at @p fontSize px (core has no font metrics);
    /// on the wide side, so that text measured with it fits in narrower sans fonts too.
    [[nodiscard]] static double textWidth(QStringView text, double fontSize);
    /// @p text cut with "…" so that textWidth() ≤ @p maxWidth.
    [[nodiscard]] static QString elided(const QString& text, double maxWidth, double fontSize);

    static constexpr double kDashedWidth = 1.6;
    static inline const QString kDash = QStringLiteral("5 3");

private:
    QSizeF m_size;
    QString m_svg;
};

} // namespace scalescope::report::detail
