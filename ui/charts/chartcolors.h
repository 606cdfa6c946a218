// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QAbstractAxis;
class QChart;
class QPalette;
class QValueAxis;

namespace scalescope::ui {

/// One colour per endpoint, the same in every chart (Okabe–Ito, readable for colour-blind users and on
/// light and dark backgrounds); cycles after eight endpoints.
[[nodiscard]] QColor endpointColor(int endpointIndex);
/// The perceptually uniform viridis scale, @p t in [0, 1] (clamped).
[[nodiscard]] QColor viridisColor(double t);
/// Black or white, whichever reads better on @p background.
[[nodiscard]] QColor contrastingTextColor(const QColor& background);
/// Whether @p palette is a dark theme (light text on a dark window).
[[nodiscard]] bool isDarkPalette(const QPalette& palette);
/// Applies the light or dark chart theme matching @p palette, with the palette's base and text colours.
/// Series and axes keep their own styling: call before creating them, or re-style them after.
void styleChart(QChart* chart, const QPalette& palette);
/// Labels, title, line and grid of @p axis in the palette's text and mid-tone colours (a chart theme change
/// resets them: call again after styleChart()).
void styleAxis(QAbstractAxis* axis, const QPalette& palette);
/// 0 … a round top above @p max (by 5 %) in at most six steps of 1, 2, 2.5 or 5 × 10^k, with a tick per step:
/// QValueAxis::applyNiceNumbers() turned 0 … 525 into 0 … 1000 with a single tick at 500.
void setRoundRange(QValueAxis* axis, double max);

} // namespace scalescope::ui
