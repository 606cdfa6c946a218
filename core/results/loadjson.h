// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/loadtypes.h"

#include <QJsonObject>

#include <optional>

namespace scalescope::results {

/// A load test's stages, per-second series, stress outcome and target memory as JSON (the "load" object of the
/// results file and of the history's runs.load_json). The config is not included: it is the plan's "load" section.
/// Latencies in ms rounded to 0.1 µs; failures by kind under their stable names.
[[nodiscard]] QJsonObject loadResultToJson(const LoadResult& load);
/// The inverse, with @p config as the plan's load section. Nothing when @p json is not a load result.
[[nodiscard]] std::optional<LoadResult> loadResultFromJson(const QJsonObject& json, const LoadConfig& config);

} // namespace scalescope::results
