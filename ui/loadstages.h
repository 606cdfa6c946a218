// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QList>

namespace scalescope::ui {

/// The stages of a load test that are over, put together while it runs from what the snapshots brought — the
/// engine publishes a stage's numbers only in the final LoadResult. A pure function.
/// * A stage with cells (one per endpoint with a weight, CellResult::sizeIndex == the stage's index): requests,
///   failures by kind and throughput from the cells; p50/p95/p99/max exact, from their merged histograms (the engine's
///   stage histogram is the same merge); the level, the time span and dropped/late requests from @p points.
/// * Endurance intervals (no cells): from @p points alone, an interval once its last second is in (or, with
///   @p ended, also the last partial one); their percentiles are the request-weighted means of the seconds' (max:
///   the worst second's), close to but not exactly the engine's.
/// Roles follow @p config: Stress steps, a Stress stage below the previous step's level is the Recovery, Endurance
/// intervals, Hold otherwise. In the engine's order: by index, an endurance run's intervals before its hold stage.
[[nodiscard]] QList<LoadStage> liveLoadStages(
    const LoadConfig& config, const QList<CellResult>& cells, const QList<LoadPoint>& points, bool ended);

} // namespace scalescope::ui
