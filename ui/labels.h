// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QString>

#include <optional>

namespace scalescope::ui {

/// Translated run status for views: "Running", "Completed", "Failed", "Cancelled", "Interrupted".
[[nodiscard]] QString runStatusLabel(RunStatus status);
/// A duration for tables: "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min"; "—" when negative.
[[nodiscard]] QString formatDuration(qint64 ms);
/// The threshold verdict of a run: "passed (60 checks)", "3 of 60 failed", "—" when it was not evaluated.
[[nodiscard]] QString thresholdVerdictLabel(std::optional<int> checks, std::optional<int> failures);

} // namespace scalescope::ui
