// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/chartpalette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace scalescope::report {

namespace {

// Keep in step with ui/charts/chartcolors.cpp.
constexpr std::array<unsigned, 8> kEndpointColors { 0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7, 0x56b4e9,
    0x8c6d31, 0x7f7f7f };
constexpr std::array<unsigned, 9> kViridisStops { 0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
    0xaddc30, 0xfde725 };

QString hex(unsigned rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffffu, 6, 16, QLatin1Char('0'));
}

int channel(unsigned rgb, int shift)
{
    return int((rgb >> shift) & 0xffu);
}

} // namespace

QString endpointColor(int endpointIndex)
{
    const auto count = int(kEndpointColors.size());
    return hex(kEndpointColors[std::size_t(((endpointIndex % count) + count) % count)]);
}

QString viridisColor(double t)
{
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double position = t * double(kViridisStops.size() - 1);
    const auto low = std::min(std::size_t(position), kViridisStops.size() - 2);
    const double fraction = position - double(low);
    const unsigned a = kViridisStops[low];
    const unsigned b = kViridisStops[low + 1];
    unsigned rgb = 0;
    for (const int shift : { 16, 8, 0 }) {
        const int x = channel(a, shift);
        const int y = channel(b, shift);
        rgb |= unsigned(std::lround(x + (y - x) * fraction)) << shift;
    }
    return hex(rgb);
}

QString contrastingTextColor(const QString& background)
{
    bool ok = false;
    const unsigned rgb = background.mid(1).toUInt(&ok, 16);
    if (!ok)
        return QStringLiteral("#000000");
    // Relative luminance (sRGB approximation) against the midpoint, as the GUI's heatmap does.
    const double luminance = (0.2126 * channel(rgb, 16) + 0.7152 * channel(rgb, 8) + 0.0722 * channel(rgb, 0)) / 255.0;
    return luminance > 0.5 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

} // namespace scalescope::report
