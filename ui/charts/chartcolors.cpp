// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartcolors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace scalescope::ui {

QColor endpointColor(int endpointIndex)
{
    // Okabe–Ito without its black and yellow (yellow vanishes on white), plus two darker tones.
    static constexpr std::array<QRgb, 8> kColors { 0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00, 0xffcc79a7,
        0xff56b4e9, 0xff8c6d31, 0xff7f7f7f };
    const auto count = int(kColors.size());
    return QColor::fromRgb(kColors[std::size_t(((endpointIndex % count) + count) % count)]);
}

QColor viridisColor(double t)
{
    // Samples of matplotlib's viridis at t = 0, 0.125, …, 1; linear interpolation in between stays
    // within a barely visible distance of the real map.
    static constexpr std::array<QRgb, 9> kStops { 0xff440154, 0xff472d7b, 0xff3b528b, 0xff2c728e, 0xff21918c,
        0xff28ae80, 0xff5ec962, 0xffaddc30, 0xfffde725 };
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double position = t * double(kStops.size() - 1);
    const auto low = std::min(std::size_t(position), kStops.size() - 2);
    const double fraction = position - double(low);
    const QColor a = QColor::fromRgb(kStops[low]);
    const QColor b = QColor::fromRgb(kStops[low + 1]);
    const auto mix = [fraction](int x, int y) { return int(std::lround(x + (y - x) * fraction)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor contrastingTextColor(const QColor& background)
{
    // Relative luminance (sRGB approximation) against the midpoint between black and white contrast.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void styleChart(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    QColor minorGrid = text;
    minorGrid.setAlphaF(0.07f);
    QColor line = text;
    line.setAlphaF(0.45f);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(line);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(minorGrid);
    axis->setShadesVisible(false);
}

void setRoundRange(QValueAxis* axis, double max)
{
    const double top = max > 0.0 ? max * 1.05 : 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 6.0)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (top / step <= 6.0)
            break;
    }
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setRange(0.0, step * steps);
    axis->setTickCount(steps + 1);
}

} // namespace scalescope::ui
