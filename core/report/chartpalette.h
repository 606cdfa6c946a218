// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace scalescope::report {

/// The colours of the report charts, as "#rrggbb" for SVG and CSS. The same tables as the GUI's
/// (ui/charts/chartcolors.cpp), copied because core does not link QtGui: a report and the dashboard show an
/// endpoint in the same colour.

/// One colour per endpoint: Okabe–Ito without black and yellow, plus two darker tones; cycles after eight.
[[nodiscard]] QString endpointColor(int endpointIndex);
/// Matplotlib's viridis at @p t in [0, 1] (clamped; NaN is 0), interpolated between nine samples.
[[nodiscard]] QString viridisColor(double t);
/// "#000000" or "#ffffff", whichever reads better on @p background ("#rrggbb").
[[nodiscard]] QString contrastingTextColor(const QString& background);

} // namespace scalescope::report
