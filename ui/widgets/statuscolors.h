// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/finding.h"
#include "engine/runtypes.h"

#include <QColor>

namespace scalescope::ui {

// Mark colours readable on light and dark backgrounds (Okabe–Ito tones), one meaning each across the app.

/// Completed green, failed red, interrupted orange, cancelled grey, running blue.
[[nodiscard]] QColor runStatusColor(RunStatus status);
/// Critical red, warning orange, info blue.
[[nodiscard]] QColor severityColor(analysis::FindingSeverity severity);
/// Slower red, faster green, mixed orange, no change grey, insufficient invalid (no mark).
[[nodiscard]] QColor verdictColor(analysis::ChangeVerdict verdict);
/// Passed green, failed red.
[[nodiscard]] QColor passColor(bool passed);

} // namespace scalescope::ui
